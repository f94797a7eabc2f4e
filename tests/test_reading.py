"""Reads while another process holds the store: kg query and kg serve answer from the snapshot
the last complete build wrote (kg.api.reading), and say so."""

from __future__ import annotations

import select
import subprocess
import sys
import urllib.parse
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from kg.api import build

HOLD = "import pyoxigraph, sys, time; s = pyoxigraph.Store(sys.argv[1]); print('held', flush=True); time.sleep(120)"


@contextmanager
def held(store: Path) -> Iterator[None]:
    """Another process holding the on-disk store, as a running build does."""
    holder = subprocess.Popen([sys.executable, "-c", HOLD, str(store)], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        yield
    finally:
        holder.kill()
        holder.wait(timeout=10)
        if holder.stdout is not None:
            holder.stdout.close()


def test_reading_query_answers_from_the_snapshot_while_the_store_is_held(tmp_path: Path, nlp) -> None:
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "a.txt").write_text("Poland is a member of NATO. Finland joined NATO in 2023.\n", encoding="utf-8")
    build([inputs], tmp_path / "out", nlp=nlp, reference="facts")
    store = tmp_path / "out" / "store"
    with held(store):
        done = subprocess.run([sys.executable, "-m", "kg", "query", "--store", str(store), "--format", "csv",
                               "SELECT ?c WHERE { ?c a nkg:Country } ORDER BY ?c"], capture_output=True, text=True)
        layer = subprocess.run([sys.executable, "-m", "kg", "query", "--store", str(store), "--name", "reference-facts",
                                "--param", "entity=Poland", "--format", "csv"], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[1:] == ["https://w3id.org/natokg/id/country/Finland",
                                            "https://w3id.org/natokg/id/country/Poland"]
    assert done.stderr.startswith("kg: note: the store ") and "answered from" in done.stderr
    assert layer.returncode == 0 and "Poland" in layer.stdout, "the reference layer is in the snapshot too"


def test_reading_serve_starts_on_the_snapshot_while_the_store_is_held(tmp_path: Path, nlp) -> None:
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "a.txt").write_text("Poland is a member of NATO.\n", encoding="utf-8")
    build([inputs], tmp_path / "out", nlp=nlp)
    store = tmp_path / "out" / "store"
    with held(store):
        server = subprocess.Popen([sys.executable, "-m", "kg", "serve", "--store", str(store), "--port", "0"],
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        try:
            assert server.stdout is not None
            ready, _, _ = select.select([server.stdout], [], [], 60)
            url = server.stdout.readline().strip() if ready else ""
            assert url.endswith("/sparql"), url
            query = urllib.parse.urlencode({"query": "ASK { ?c nkg:memberOf ?o }"})
            with urllib.request.urlopen(f"{url}?{query}", timeout=30) as response:
                assert b"true" in response.read()
        finally:
            server.terminate()
            _, stderr = server.communicate(timeout=10)
    assert "kg: note: the store " in stderr and "restart kg serve after the build" in stderr
