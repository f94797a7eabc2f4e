"""Build throughput of one process, ``--workers 2`` and ``--cluster local:2`` against the
two-worker ceiling, measured in the same run on the same text.

The corpus is the generated, varied one of ``corpus.py`` (the same as ``build_throughput.py``
times), of about --words words. Each configuration runs the build's own extraction and merge into an in-memory
store (``kg.api``'s incremental sync: split, extract, resolve, RDF, store merge in parts of
``PART_CHARS`` as ``kg.build`` does, commit); the configurations alternate within each round so
that load from other processes hits all alike. As ``kg build`` does, the loaded model is moved
out of the cyclic garbage collector's reach (``gc.freeze``; not with --no-freeze).

  one process     --workers 1
  workers 2       --workers 2 (a process pool forked from the loaded pipeline)
  cluster local:2 --cluster on a LocalCluster of two processes started before the rounds
                  (as a running cluster would be; each worker has loaded the model)
  ceiling         two independent processes, each running nlp.pipe (natokg's pipeline, the
                  same batch size) over half of the paragraphs, with nothing to merge

It prints words/s per configuration (median of the rounds), the ratio of each configuration
to the ceiling of the same round (median over rounds; target for the cluster ≥ 0.85), and
the coordinator's share of wall time: the CPU time of the build's main thread (split,
dispatch, resolution, RDF and store merge) over the wall time of the cluster build, for
each size of --shares.

    python benchmarks/cluster.py --words 300000 --rounds 3 --shares 100000,1000000
"""

from __future__ import annotations

import argparse
import gc
import inspect
import logging
import multiprocessing
import resource
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import documents

import kg
from kg.api import PART_CHARS, _sync
from kg.config import DEFAULT_BASE
from kg.ingest import Ingested, document_from_text, paragraphs
from kg.settings import BuildSettings
from kg.store import OxigraphStore

_half: dict[str, object] = {}


def corpus(words: int) -> list[kg.Document]:
    """The generated, varied corpus of about *words* words (``corpus.py``), as documents."""
    return [document_from_text(text, name) for name, text in documents(words)]


def _pipe_half(texts: list[str], batch_size: int) -> None:
    nlp = _half["nlp"]
    for _ in nlp.pipe(texts, batch_size=batch_size):  # type: ignore[attr-defined]
        pass


def cpu_seconds() -> float:
    """CPU seconds of this process (all its threads) and of its children that have ended."""
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return time.process_time() + children.ru_utime + children.ru_stime


def ceiling(nlp: object, texts: list[str], batch_size: int) -> float:
    """Wall seconds of two forked processes, each piping half of *texts*."""
    _half["nlp"] = nlp
    context = multiprocessing.get_context("fork")
    middle = len(texts) // 2
    started = time.perf_counter()
    processes = [context.Process(target=_pipe_half, args=(part, batch_size)) for part in (texts[:middle], texts[middle:])]
    for process in processes:
        process.start()
    for process in processes:
        process.join()
        assert process.exitcode == 0
    return time.perf_counter() - started


def build_once(docs: list[kg.Document], nlp: object, **executor: object) -> tuple[float, float, int]:
    """(wall seconds, main-thread CPU seconds, relations) of one build into a new memory store."""
    store = OxigraphStore()
    started, cpu = time.perf_counter(), time.thread_time()
    # into the store in parts of PART_CHARS, as kg.build does; a new store: its settings say nothing
    if "settings" in inspect.signature(_sync).parameters:  # not in checkouts before the store recorded them
        executor = {**executor, "settings": BuildSettings(DEFAULT_BASE)}
    report = _sync(store, Ingested(documents=docs), model=None, nlp=nlp, base=DEFAULT_BASE,  # type: ignore[arg-type]
                   on_start=None, progress=None, started=started, part_chars=PART_CHARS,
                   **executor)  # type: ignore[arg-type]
    wall, cpu = time.perf_counter() - started, time.thread_time() - cpu
    store.close()
    return wall, cpu, report.relations


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", type=int, default=300_000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--batch-size", type=int, default=64)
    parser.add_argument("--shares", default="100000",
                        help="corpus sizes (words) at which to measure the coordinator's share once more, "
                             "comma-separated (e.g. 100000,1000000)")
    parser.add_argument("--configs", default="one,workers,cluster",
                        help="which builds to time against the ceiling, comma-separated (one, workers, cluster)")
    parser.add_argument("--no-freeze", action="store_true",
                        help="leave the loaded model in reach of the cyclic garbage collector (kg build freezes it)")
    args = parser.parse_args()
    chosen = set(args.configs.split(","))

    from distributed import LocalCluster

    docs = corpus(args.words)
    texts = [text for doc in docs for _, text in paragraphs(doc)]
    words = sum(len(t.split()) for t in texts)
    nlp = kg.load_nlp()
    if not args.no_freeze:
        gc.freeze()  # as `kg build` does once the model is loaded (the ceiling's processes inherit it too)
    print(f"corpus: {len(docs)} documents, {len(texts)} paragraphs, {words:,} words", flush=True)
    # a LocalCluster's scheduler runs in this process: none unless the cluster is timed
    cluster = LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0",
                           silence_logs=logging.CRITICAL) if "cluster" in chosen else None
    address = cluster.scheduler_address if cluster is not None else ""
    configs: dict[str, Callable[[], tuple[float, float, int]]] = {
        "one process": lambda: build_once(docs, nlp),
        "--workers 2": lambda: build_once(docs, nlp, workers=2),
        "--cluster local:2": lambda: build_once(docs, nlp, cluster=address),
    }
    keys = {"one process": "one", "--workers 2": "workers", "--cluster local:2": "cluster"}
    configs = {name: run for name, run in configs.items() if keys[name] in chosen}
    try:
        if "cluster" in chosen:
            build_once(docs[:2], nlp, cluster=address)  # the workers load the model once, outside the rounds
        walls: dict[str, list[float]] = {name: [] for name in [*configs, "ceiling (2 x nlp.pipe)"]}
        cpus: dict[str, list[float]] = {name: [] for name in walls}
        shares: list[float] = []
        relations: set[int] = set()
        for number in range(args.rounds):
            for name, run in configs.items():
                before = cpu_seconds()
                wall, cpu, found = run()
                cpus[name].append(cpu_seconds() - before)
                walls[name].append(wall)
                relations.add(found)
                if name.startswith("--cluster"):
                    shares.append(cpu / wall)
            before = cpu_seconds()
            walls["ceiling (2 x nlp.pipe)"].append(ceiling(nlp, texts, args.batch_size))
            cpus["ceiling (2 x nlp.pipe)"].append(cpu_seconds() - before)
            print(f"round {number + 1}: " + ", ".join(f"{n} {words / w[-1]:,.0f} w/s" for n, w in walls.items()),
                  flush=True)
        assert len(relations) == 1, f"every build gives the same relations: {relations}"
        tops = walls["ceiling (2 x nlp.pipe)"]
        print(f"\n{'median of ' + str(args.rounds) + ' rounds':24} {'seconds':>8} {'words/s':>8} {'/ ceiling':>9}")
        for name, values in walls.items():
            median = statistics.median(values)
            # each round against the ceiling measured in the same round (same load from other work)
            ratios = sorted(t / v for t, v in zip(tops, values, strict=True)) if values is not tops else []
            shown = f"{statistics.median(ratios):9.2f}" if ratios else " " * 9
            spread = f"  (rounds {', '.join(f'{r:.2f}' for r in ratios)})" if ratios else ""
            print(f"{name:24} {median:8.1f} {words / median:8,.0f} {shown}{spread}")
        # CPU: the ceiling's two processes against the build's own process and pool workers (a
        # cluster's workers are not this process's children, so not counted); less noisy than
        # wall time on a shared machine, blind to a worker waiting for the coordinator
        print(f"\n{'CPU seconds, median':24} {'seconds':>8} {'ceiling CPU / CPU':>18}")
        for name, values in cpus.items():
            if name.startswith("--cluster"):
                continue
            ratios = sorted(t / v for t, v in zip(cpus["ceiling (2 x nlp.pipe)"], values, strict=True))
            print(f"{name:24} {statistics.median(values):8.1f} {statistics.median(ratios):18.3f}"
                  f"  (rounds {', '.join(f'{r:.3f}' for r in ratios)})")
        if not shares:
            return
        print(f"\ncoordinator share of the cluster build's wall time (main-thread CPU / wall), {words:,} words: "
              f"{statistics.median(shares):.1%} (rounds {min(shares):.1%}-{max(shares):.1%})")
        for size in [int(s) for s in args.shares.split(",") if s]:
            sized = corpus(size)
            wall, cpu, _ = build_once(sized, nlp, cluster=address)
            size_words = sum(len(t.split()) for d in sized for _, t in paragraphs(d))
            print(f"  {size_words:>10,} words: cluster {wall:7.1f} s, {size_words / wall:6,.0f} w/s, coordinator "
                  f"{cpu:6.1f} s CPU = {cpu / wall:.1%} of wall, {cpu / size_words * 1e6:.0f} µs/word", flush=True)
    finally:
        if cluster is not None:
            cluster.close()


if __name__ == "__main__":
    main()
