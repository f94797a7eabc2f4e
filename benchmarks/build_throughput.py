"""Build throughput against bare spaCy: the whole ``kg build`` process against ``nlp.pipe`` alone.

Writes a varied corpus (:mod:`corpus`: generated sentences, new entities and evidence all
along), then runs, in alternating rounds, two fresh processes on it:

  bare:   Python, spaCy, the stock model loaded, ``nlp.pipe`` over the same text units
          ``kg build`` parses (same batch size), nothing else
  natokg: ``kg build CORPUS --out TMP`` (ingest, model, extraction, the embedded store,
          graph.ttl, graph.html, dataset.ttl, the name index), as a user runs it

Each process is timed from start to exit, with its own CPU time (user + system) and peak
RSS from ``wait4``. Prints every round, then the median and range of the CPU and wall
ratios (bare / natokg: 1.0 means natokg costs nothing over parsing; target ≥ 0.85 on one
core) and of the peak RSS of both.

    python benchmarks/build_throughput.py --words 300000 [--rounds 3] [--before CHECKOUT ...]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus import write_corpus  # noqa: E402

BARE = """
import json, sys, spacy
nlp = spacy.load(sys.argv[1])
with open(sys.argv[2], encoding="utf-8") as handle:
    units = json.load(handle)
for _ in nlp.pipe(units, batch_size=int(sys.argv[3])):
    pass
"""


def run(command: list[str], pythonpath: str | None = None) -> tuple[float, float, float]:
    """(wall seconds, CPU seconds, peak RSS MiB) of a child process run to its end."""
    env = {**os.environ, "PYTHONPATH": pythonpath} if pythonpath else None
    started = time.perf_counter()
    # run outside any checkout: ``python -m`` puts the working folder first on the import path
    child = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env, cwd=tempfile.gettempdir())
    _, status, usage = os.wait4(child.pid, 0)
    wall = time.perf_counter() - started
    child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode:
        raise SystemExit(f"{command[:4]} failed: {child.stderr.read().decode()[-2000:] if child.stderr else ''}")
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024


def units_of(folder: Path) -> list[str]:
    """The text units ``kg build`` parses (paragraphs, boilerplate left out)."""
    import kg
    from kg.ingest import paragraphs

    return [text for doc in kg.read_documents([folder]).documents for _, text in paragraphs(doc)]


def spread(values: list[float], digits: int = 3) -> str:
    return f"{statistics.median(values):.{digits}f} ({min(values):.{digits}f}-{max(values):.{digits}f})"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", type=int, default=300_000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--batch-size", type=int, default=64)
    parser.add_argument("--keep", type=Path, help="write the corpus and outputs here instead of a temporary folder")
    parser.add_argument("--before", type=Path, metavar="CHECKOUT", action="append", default=[],
                        help="also time kg build from another checkout of natokg (e.g. the previous release), "
                             "in the same rounds; may be given more than once")
    args = parser.parse_args()
    from kg.config import resolve_model

    work = args.keep or Path(tempfile.mkdtemp(prefix="natokg-throughput-"))
    try:
        folder = work / "corpus"
        if folder.exists():
            shutil.rmtree(folder)
        files = write_corpus(folder, args.words)
        units = units_of(folder)
        words = sum(len(u.split()) for u in units)
        (work / "units.json").write_text(json.dumps(units), encoding="utf-8")
        model = resolve_model()
        print(f"corpus: {len(files)} documents, {len(units)} paragraphs, {words:,} words; model {model}; one process each")
        bare_cmd = [sys.executable, "-c", BARE, model, str(work / "units.json"), str(args.batch_size)]
        contenders = {"bare spaCy": ([], None), "kg build": ([], None)}
        for checkout in args.before:
            name = "kg build (before)" if len(args.before) == 1 else f"kg build ({checkout.name})"
            contenders[name] = ([], str(checkout.resolve()))
        for number in range(args.rounds):  # alternate, so that other load on the machine hits all alike
            order = list(contenders)
            order = order[number % len(order):] + order[:number % len(order)]
            timed = {}
            for name in order:
                out = work / "out"
                shutil.rmtree(out, ignore_errors=True)
                command = bare_cmd if name == "bare spaCy" else \
                    [sys.executable, "-m", "kg", "build", str(folder), "--out", str(out), "--quiet"]
                timed[name] = run(command, contenders[name][1])
                contenders[name][0].append(timed[name])
            bare = timed["bare spaCy"]
            print(f"round {number + 1}: " + "; ".join(
                f"{name} {t[0]:.1f} s wall, {t[1]:.1f} s CPU, {t[2]:.0f} MiB" for name, t in timed.items()))
        bare_rows = contenders["bare spaCy"][0]
        print(f"\n{'median of ' + str(args.rounds) + ' rounds':24} {'words/s':>8} {'CPU ratio (range)':>24} "
              f"{'wall ratio (range)':>24} {'peak RSS MiB (range)':>24}")
        for name, (rows, _) in contenders.items():
            cpu = [b[1] / r[1] for b, r in zip(bare_rows, rows)]
            wall = [b[0] / r[0] for b, r in zip(bare_rows, rows)]
            print(f"{name:24} {words / statistics.median(r[0] for r in rows):8,.0f} {spread(cpu):>24} "
                  f"{spread(wall):>24} {spread([r[2] for r in rows], 0):>24}")
        print("ratios are bare spaCy / contender (1.0: no cost over parsing; target >= 0.85 CPU)")
    finally:
        if args.keep is None:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
