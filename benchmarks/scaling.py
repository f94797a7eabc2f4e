"""How a build scales: time and peak memory of each phase at growing corpus sizes.

For each size (default 100k, 300k and 1M words of the generated corpus, :mod:`corpus`) a
fresh process runs ``kg.build`` into a new embedded store, with each phase timed (wall and
CPU) and its resident memory sampled every 50 ms. Phases are nested calls of the build:
the inner one is charged while it runs. Prints one table per size, then, between
consecutive sizes, each phase's growth against the corpus's, and a warning for a phase
that grows faster than the corpus (CPU time more than 1.25 times the corpus's growth, or
peak memory growing as fast as the corpus: it should stay nearly flat). CPU time, not wall
time, because other work on the machine stretches the wall time of whatever runs beside it.

    python benchmarks/scaling.py                       # 100k, 300k, 1M words (1M: minutes)
    python benchmarks/scaling.py --sizes 50000,100000
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus import write_corpus  # noqa: E402

#: (module, attribute, phase): the calls charged to a phase, outermost first
PHASES = [
    ("kg.api", "_ingest", "ingest"),
    ("kg.api", "_sync", "extract"),  # what the phases inside it leave: spaCy and natokg's extraction
    ("kg.extract", "load_nlp", "model load"),
    ("kg.api", "stored_documents", "store: read"),
    ("kg.api", "retract", "store: retract"),
    ("kg.api", "orphans", "store: read"),
    ("kg.api", "to_part", "rdf"),
    ("kg.api", "merge", "store: merge"),
    ("kg.api", "commit", "store: commit"),
    ("kg.api", "sync_reference", "reference layer"),
    ("kg.api", "counts", "store: count"),
    ("kg.api", "refresh_names", "name index"),
    ("kg.api", "write_outputs", "outputs: other"),
    ("kg.outputs", "_write_turtle", "outputs: graph.ttl + summary"),
    ("kg.outputs", "_check", "outputs: re-read graph.ttl"),
    ("kg.network.Projection", "network", "outputs: network"),
    ("kg.viz", "write_html", "outputs: graph.html"),
]


class Meter:
    """Wall and CPU time per phase (exclusive) and peak RSS per phase, from a sampling thread."""

    def __init__(self) -> None:
        self.stack = ["start-up"]
        self.wall: dict[str, float] = {}
        self.cpu: dict[str, float] = {}
        self.peak: dict[str, float] = {}
        self.mark = (time.perf_counter(), time.process_time())
        self.page = os.sysconf("SC_PAGE_SIZE")
        threading.Thread(target=self._sample, daemon=True).start()

    def _rss(self) -> float:
        with open("/proc/self/statm") as handle:
            return int(handle.read().split()[1]) * self.page / 2**20

    def _sample(self) -> None:
        while True:
            phase = self.stack[-1]
            self.peak[phase] = max(self.peak.get(phase, 0.0), self._rss())
            time.sleep(0.05)

    def switch(self, phase: str | None) -> None:
        now = (time.perf_counter(), time.process_time())
        current = self.stack[-1]
        self.wall[current] = self.wall.get(current, 0.0) + now[0] - self.mark[0]
        self.cpu[current] = self.cpu.get(current, 0.0) + now[1] - self.mark[1]
        self.peak[current] = max(self.peak.get(current, 0.0), self._rss())
        self.mark = now
        if phase is None:
            self.stack.pop()
        else:
            self.stack.append(phase)

    def wrap(self, function: Callable[..., Any], phase: str) -> Callable[..., Any]:
        def timed(*args: Any, **kwargs: Any) -> Any:
            self.switch(phase)
            try:
                return function(*args, **kwargs)
            finally:
                self.switch(None)
        return timed


def child(folder: Path, out: Path) -> None:
    """Run one instrumented build; print its phases as JSON on stdout."""
    import importlib

    from kg.heap import limit_arenas

    limit_arenas()  # as `kg build` does
    meter = Meter()
    import kg.api
    import kg.extract
    import kg.network
    import kg.outputs
    import kg.viz

    for module_name, attribute, phase in PHASES:
        owner: Any
        if module_name == "kg.network.Projection":
            owner = kg.network.Projection
        else:
            owner = importlib.import_module(module_name)
        setattr(owner, attribute, meter.wrap(getattr(owner, attribute), phase))
    meter.switch("build")
    kg.api.build([folder], out)
    meter.stack[-1] = "end"
    print(json.dumps({"wall": meter.wall, "cpu": meter.cpu, "peak": meter.peak,
                      "maxrss": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="100000,300000,1000000")
    parser.add_argument("--child", nargs=2, type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(*args.child)
        return
    sizes = [int(s) for s in args.sizes.split(",")]
    work = Path(tempfile.mkdtemp(prefix="natokg-scaling-"))
    results: list[tuple[int, dict[str, Any]]] = []
    try:
        for words in sizes:
            folder, out = work / f"corpus-{words}", work / f"out-{words}"
            write_corpus(folder, words)
            started = time.perf_counter()
            done = subprocess.run([sys.executable, __file__, "--child", str(folder), str(out)],
                                  capture_output=True, text=True, check=False)
            if done.returncode:
                raise SystemExit(done.stderr[-3000:])
            data = json.loads(done.stdout.strip().splitlines()[-1])
            results.append((words, data))
            print(f"\n{words:,} words: {time.perf_counter() - started:.1f} s, peak RSS {data['maxrss']:.0f} MiB")
            print(f"  {'phase':32} {'wall s':>8} {'CPU s':>8} {'peak MiB':>9}")
            for phase, wall in sorted(data["wall"].items(), key=lambda kv: -kv[1]):
                print(f"  {phase:32} {wall:8.2f} {data['cpu'].get(phase, 0):8.2f} {data['peak'].get(phase, 0):9.0f}")
            shutil.rmtree(folder, ignore_errors=True)
            shutil.rmtree(out, ignore_errors=True)
        warnings = 0
        for (small, a), (large, b) in zip(results, results[1:]):
            factor = large / small
            print(f"\n{small:,} -> {large:,} words (x{factor:.2f}): growth by phase (CPU time, peak memory)")
            for phase, cpu in sorted(b["cpu"].items(), key=lambda kv: -kv[1]):
                before = a["cpu"].get(phase, 0.0)
                grew = cpu / before if before > 0 else float("inf")
                memory = b["peak"].get(phase, 0.0) / max(a["peak"].get(phase, 0.0), 1.0)
                flag = ""
                if cpu >= 1.0 and grew > 1.25 * factor:
                    flag += "  WARNING: time grows faster than the corpus"
                if memory >= factor:
                    flag += "  WARNING: memory grows as fast as the corpus"
                warnings += bool(flag)
                print(f"  {phase:32} CPU x{grew:6.2f}  memory x{memory:5.2f}{flag}")
        print(f"\n{warnings} warning(s)")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
