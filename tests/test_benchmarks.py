"""The benchmark scripts are not run by the suite (they measure, and take minutes), but each
must still start: a script that no longer imports is a figure nobody can reproduce."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

BENCHMARKS = sorted((Path(__file__).resolve().parent.parent / "benchmarks").glob("*.py"))


def test_benchmarks_are_there() -> None:
    assert {p.name for p in BENCHMARKS} >= {"build_throughput.py", "cluster.py", "corpus.py", "scaling.py"}


@pytest.mark.parametrize("script", BENCHMARKS, ids=[p.name for p in BENCHMARKS])
def test_benchmark_script_starts(script: Path) -> None:
    done = subprocess.run([sys.executable, str(script), "--help"], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    assert "usage:" in done.stdout
