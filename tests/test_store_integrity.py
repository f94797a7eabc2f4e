"""A damaged store is refused with one line, never silently started afresh; a bulk change that
failed, or whose process died, is undone."""

from __future__ import annotations

import subprocess
import sys
import time
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


def _quads(location: Path) -> set[ox.Quad]:
    with OxigraphStore(location) as opened:
        return set(opened.oxigraph)


def test_a_failed_bulk_change_puts_the_store_back(store: Path, tmp_path: Path) -> None:
    before = _quads(store)
    (store / "labels.sqlite").write_bytes(b"the name index")
    data = tmp_path / "more.nt"
    data.write_text("".join(f"<http://example.org/n{i}> <http://example.org/p> \"new\" .\n" for i in range(1000)),
                    encoding="utf-8")
    with OxigraphStore(store) as opened:
        with pytest.raises(RuntimeError, match="stop"), opened.restorable():
            opened.bulk_load(data, [None, "http://example.org/graph"])
            assert len(opened.oxigraph) == len(before) + 2000
            raise RuntimeError("stop")
        assert len(opened.oxigraph) == len(before), "the store object works on the state before"
        with opened.restorable():
            opened.bulk_load(data, [None])
    assert len(_quads(store)) == len(before) + 1000
    assert (store / "labels.sqlite").read_bytes() == b"the name index"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["more.nt", "store"], "no backup left beside the store"


def test_an_import_killed_in_its_bulk_load_is_undone_at_the_next_open(store: Path, tmp_path: Path) -> None:
    """The process dies (SIGKILL) while the bulk loader writes: the next open puts the store back."""
    before = _quads(store)
    data = tmp_path / "big.nt"
    with data.open("w", encoding="utf-8") as handle:
        for i in range(300_000):
            handle.write(f"<http://example.org/big{i}> <http://example.org/p> \"value {i}\" .\n")
    backup = tmp_path / ".store.before-import"
    running = subprocess.Popen([sys.executable, "-m", "kg", "import", str(data), "--store", str(store),
                                "--no-outputs"], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)

    def loading() -> bool:  # part of the import is in (read beside the running process, without its lock)
        try:
            return backup.exists() and len(ox.Store.read_only(str(store))) > len(before)
        except (OSError, RuntimeError):  # a table compacted away while it opened
            return False

    try:
        while not loading() and running.poll() is None:
            time.sleep(0.005)
    finally:
        running.kill()
        _, error = running.communicate(timeout=60)
    assert running.returncode == -9, error
    assert backup.exists() and len(ox.Store(str(store))) > len(before), "the dead process left part of the import"
    assert _quads(store) == before
    assert not backup.exists()
