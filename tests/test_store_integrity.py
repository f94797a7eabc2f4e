"""A damaged store is refused with one line, never silently started afresh."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg.store import OxigraphStore


@pytest.fixture
def store(tmp_path: Path) -> Path:
    location = tmp_path / "store"
    p = ox.NamedNode("http://example.org/p")
    with OxigraphStore(location) as opened:
        opened.insert(ox.Triple(ox.NamedNode(f"http://example.org/s{i}"), p, ox.Literal("x" * 100 + str(i)))
                      for i in range(20_000))
    assert list(location.glob("*.sst")), "the data should be in table files"
    return location


def kg_query(store: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "kg", "query", "--store", str(store), "ASK { ?s ?p ?o }"],
                          capture_output=True, text=True, timeout=120)


def test_a_missing_current_file_is_refused_every_time(store: Path) -> None:
    (store / "CURRENT").unlink()
    for _ in range(2):  # the first refusal must not leave an empty store for the second command
        done = kg_query(store)
        assert done.returncode == 3 and done.stdout == ""
        lines = done.stderr.strip().splitlines()
        assert len(lines) == 1 and "the store is damaged (its CURRENT file is missing)" in lines[0]
        assert "kg build" in lines[0]
    assert not (store / "CURRENT").exists()


def test_a_truncated_table_file_is_one_line(store: Path) -> None:
    table = sorted(store.glob("*.sst"))[0]
    with table.open("r+b") as handle:
        handle.truncate(100)
    done = kg_query(store)
    assert done.returncode == 3 and done.stdout == ""
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and "the store is damaged" in lines[0] and "Traceback" not in done.stderr


def test_an_intact_store_opens(store: Path) -> None:
    done = kg_query(store)
    assert done.returncode == 0 and done.stdout.strip() == "true"
