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

    python benchmarks/build_throughput.py --words 300000 [--rounds 3]
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


def run(command: list[str]) -> tuple[float, float, float]:
    """(wall seconds, CPU seconds, peak RSS MiB) of a child process run to its end."""
    started = time.perf_counter()
    child = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
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


def spread(values: list[float]) -> str:
    return f"{statistics.median(values):.3f} (range {min(values):.3f}-{max(values):.3f})"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", type=int, default=300_000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--batch-size", type=int, default=64)
    parser.add_argument("--keep", type=Path, help="write the corpus and outputs here instead of a temporary folder")
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
        rows = []
        for number in range(args.rounds):  # alternate, so that other load on the machine hits both alike
            out = work / "out"
            shutil.rmtree(out, ignore_errors=True)
            ours_cmd = [sys.executable, "-m", "kg", "build", str(folder), "--out", str(out), "--quiet"]
            first, second = (bare_cmd, ours_cmd) if number % 2 == 0 else (ours_cmd, bare_cmd)
            timed = {id(first): run(first), id(second): run(second)}
            bare, ours = timed[id(bare_cmd)], timed[id(ours_cmd)]
            rows.append((bare, ours))
            print(f"round {number + 1}: bare {bare[0]:.1f} s wall, {bare[1]:.1f} s CPU, {bare[2]:.0f} MiB; "
                  f"kg build {ours[0]:.1f} s wall, {ours[1]:.1f} s CPU, {ours[2]:.0f} MiB; "
                  f"ratio wall {bare[0] / ours[0]:.3f}, CPU {bare[1] / ours[1]:.3f}")
        print(f"words/s, median: bare {words / statistics.median(b[0] for b, _ in rows):,.0f}, "
              f"kg build {words / statistics.median(o[0] for _, o in rows):,.0f}")
        print(f"ratio bare/kg build over {len(rows)} rounds (target >= 0.85): "
              f"CPU {spread([b[1] / o[1] for b, o in rows])}, wall {spread([b[0] / o[0] for b, o in rows])}")
        print(f"peak RSS MiB: bare {spread([b[2] for b, _ in rows])}, kg build {spread([o[2] for _, o in rows])}")
    finally:
        if args.keep is None:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
