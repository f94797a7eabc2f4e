"""Incremental builds: a rerun with nothing changed against a full build, measured in the same run.

Generates a corpus from the sample documents (their paragraphs, shuffled with a fixed seed
and cut into documents of about --doc-words words, each made unique), writes it to a
temporary folder, then times ``kg.build`` into the embedded store (``out/store``):

  full:       the first build (model load, extraction of every document, store, graph.ttl, graph.html)
  rerun:      the same inputs again: nothing changed (median of --reruns)
  add one:    one new document in the folder
  change one: one document edited (replaces its old version)
  remove one: ``kg.api.remove`` of one document (retraction, outputs rewritten)
  CLI rerun:  ``python -m kg build`` with nothing changed, as a process (imports included)

and prints each time with its ratio to the full build. Target: rerun ≤ 2 % of the full build.

    python benchmarks/incremental.py [--words 100000] [--doc-words 2000]
"""

from __future__ import annotations

import argparse
import os
import platform
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import kg
from kg.api import build, remove
from kg.ingest import paragraphs

ROOT = Path(__file__).resolve().parent.parent


def write_corpus(folder: Path, words: int, doc_words: int, seed: int = 11) -> list[Path]:
    """Documents of about *doc_words* words made of the sample paragraphs, until *words* in all.

    Every paragraph gets its document's number appended, so that no line is shared between
    documents (ingest would take shared lines for site boilerplate and skip them).
    """
    units = [text for doc in kg.read_documents([ROOT / "data" / "corpus"]).documents for _, text in paragraphs(doc)]
    rng = random.Random(seed)
    folder.mkdir(parents=True)
    paths, total = [], 0
    while total < words:
        chosen, size = [], 0
        while size < doc_words:
            text = rng.choice(units)
            chosen.append(f"{text} (Report {len(paths)}.)")
            size += len(text.split())
        path = folder / f"gen{len(paths):05d}.txt"
        path.write_text(f"Generated document {len(paths)}\n\n" + "\n\n".join(chosen) + "\n", encoding="utf-8")
        paths.append(path)
        total += size
    return paths


def timed(action) -> tuple[float, object]:  # type: ignore[no-untyped-def]
    started = time.perf_counter()
    result = action()
    return time.perf_counter() - started, result


def machine() -> str:
    cpu = ""
    if Path("/proc/cpuinfo").exists():
        cpu = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                    if line.startswith("model name")), "")
    memory = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    return f"{os.cpu_count()} vCPU {cpu}, {memory:.0f} GiB RAM, Python {platform.python_version()}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", type=int, default=100_000)
    parser.add_argument("--doc-words", type=int, default=2_000)
    parser.add_argument("--reruns", type=int, default=5)
    args = parser.parse_args()
    print(f"machine: {machine()}")
    with tempfile.TemporaryDirectory() as tmp:
        folder, out = Path(tmp) / "in", Path(tmp) / "out"
        docs = write_corpus(folder, args.words, args.doc_words)
        words = sum(len(p.read_text(encoding="utf-8").split()) for p in docs)
        print(f"corpus: {len(docs)} documents, {words:,} words (from the sample paragraphs)")
        full, report = timed(lambda: build([folder], out))
        print(f"store: {report.documents} documents, {report.entities} entities, {report.relations} relations, "  # type: ignore[attr-defined]
              f"{report.facts} facts")  # type: ignore[attr-defined]
        reruns = []
        for _ in range(args.reruns):
            seconds, again = timed(lambda: build([folder], out))
            assert again.new == 0 and again.sentences == 0, "a rerun must change nothing"  # type: ignore[attr-defined]
            reruns.append(seconds)
        rerun = statistics.median(reruns)
        extra = folder / "extra.txt"
        extra.write_text(docs[0].read_text(encoding="utf-8").replace("Generated document 0", "An extra document"),
                         encoding="utf-8")
        added, report = timed(lambda: build([folder], out))
        assert report.new == 1  # type: ignore[attr-defined]
        docs[1].write_text(docs[1].read_text(encoding="utf-8") + "\nFinland joined NATO in 2023.\n", encoding="utf-8")
        changed, report = timed(lambda: build([folder], out))
        assert report.replaced == 1  # type: ignore[attr-defined]
        removed, _ = timed(lambda: remove([str(extra)], store=out / "store", out=out))
        extra.unlink()
        build([folder], out)
        cli, done = timed(lambda: subprocess.run([sys.executable, "-m", "kg", "build", str(folder), "--out", str(out)],
                                                 capture_output=True, text=True, check=True))
        assert "0 new documents" in done.stderr  # type: ignore[attr-defined]
        started = time.perf_counter()
        subprocess.run([sys.executable, "-c", "import kg"], check=True)
        imports = time.perf_counter() - started
    print("\n| step | seconds | of the full build |")
    print("|---|---:|---:|")
    for name, seconds in (("full build", full), (f"rerun, nothing changed (median of {len(reruns)})", rerun),
                          ("one document added", added), ("one document changed", changed),
                          ("one document removed", removed), ("CLI rerun (new process)", cli),
                          ("  of which `python -c 'import kg'`", imports)):
        print(f"| {name} | {seconds:.2f} | {100 * seconds / full:.2f} % |")
    print(f"\ntarget: rerun ≤ 2 % of the full build: {'met' if rerun <= 0.02 * full else 'NOT met'} "
          f"({100 * rerun / full:.2f} %)")


if __name__ == "__main__":
    main()
