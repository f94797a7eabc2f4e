"""`kg import` of a million triples against a bare bulk load of the same file.

Generates N-Triples in natokg's data model (the generator of ``sparql_store.py``: entities,
facts with their fact nodes, assertions with Web Annotation selectors, documents), then,
alternating for each round, times as whole processes:

  bare:    pyoxigraph ``Store.bulk_load`` of the file into a fresh on-disk store, then ``flush``
  both:    the same, then a second ``bulk_load`` of the file into a named graph: the two copies
           an import keeps (default graph and its named graph), with nothing else
  import:  ``kg import FILE --store FRESH --no-outputs`` (parse and stage, bulk load into the
           default graph and the import's named graph, name index, checks)

and prints each round, the median and range of the time ratios import / bare and
import / both, and the peak RSS of each process. With ``--outputs`` one more ``kg import`` that also writes graph.ttl,
graph.html and dataset.ttl is timed once. Target: the ratio at most 2, import under 1 GiB.

    python benchmarks/import_bulk.py [--triples 1000000] [--rounds 3] [--outputs]
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from sparql_store import generate, machine  # noqa: E402

BARE = """import sys, pyoxigraph as ox
store = ox.Store(sys.argv[2])
store.bulk_load(path=sys.argv[1], format=ox.RdfFormat.N_TRIPLES)
if len(sys.argv) > 3:
    store.bulk_load(path=sys.argv[1], format=ox.RdfFormat.N_TRIPLES, to_graph=ox.NamedNode(sys.argv[3]))
store.flush()
"""
GRAPH = "https://w3id.org/natokg/graph/import/data.nt"
KINDS = ("bare", "both", "import")


def run(command: list[str]) -> tuple[float, float]:
    """Wall seconds and peak RSS (MiB) of *command*, a child process of its own."""
    started = time.perf_counter()
    child = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(child.pid, 0)
    elapsed = time.perf_counter() - started
    error = child.stderr.read().decode() if child.stderr else ""
    if status != 0:
        raise SystemExit(f"{command[:4]} failed:\n{error}")
    return elapsed, usage.ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--triples", type=int, default=1_000_000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--outputs", action="store_true", help="also time one kg import that writes the outputs")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="natokg-bench-") as tmp:
        root = Path(tmp)
        data = root / "data.nt"
        info = generate(data, args.triples)
        print(f"{machine()}\n{info['triples']:,} triples, {data.stat().st_size / 2**20:.0f} MiB of N-Triples",
              flush=True)
        runs: dict[str, list[tuple[float, float]]] = {kind: [] for kind in KINDS}
        for number in range(1, args.rounds + 1):
            for kind in KINDS:
                store = root / f"store-{kind}-{number}"
                command = {"bare": [sys.executable, "-c", BARE, str(data), str(store)],
                           "both": [sys.executable, "-c", BARE, str(data), str(store), GRAPH],
                           "import": [sys.executable, "-m", "kg", "import", str(data), "--store", str(store),
                                      "--no-outputs"]}[kind]
                runs[kind].append(run(command))
                shutil.rmtree(store)
            print(f"round {number}: " + ", ".join(f"{kind} {runs[kind][-1][0]:.1f} s ({runs[kind][-1][1]:.0f} MiB)"
                                                  for kind in KINDS), flush=True)
        for base in ("bare", "both"):
            ratios = [i / b for (b, _), (i, _) in zip(runs[base], runs["import"])]
            print(f"ratio import/{base}: median {statistics.median(ratios):.2f}, "
                  f"range {min(ratios):.2f}–{max(ratios):.2f}")
        for kind in KINDS:
            times = [s for s, _ in runs[kind]]
            print(f"{kind}: median {statistics.median(times):.1f} s (range {min(times):.1f}–{max(times):.1f}), "
                  f"peak RSS {max(r for _, r in runs[kind]):.0f} MiB")
        if args.outputs:
            out = root / "out"
            seconds, rss = run([sys.executable, "-m", "kg", "import", str(data), "--out", str(out)])
            print(f"kg import with the outputs written: {seconds:.1f} s, peak RSS {rss:.0f} MiB")


if __name__ == "__main__":
    main()
