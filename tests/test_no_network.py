"""No query reaches the network: the parse-tree check, and the engine's own wall behind it.

A real HTTP server on loopback records every request; hostile queries go through
``kg query``, ``kg update``, ``kg viz --query`` and the engines directly.
"""

from __future__ import annotations

import http.server
import socket
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg.errors import QueryError
from kg.query import check_query, check_update, run_query
from kg.offline import deny_sockets, run_offline
from kg.store import OxigraphStore, RdflibStore


class Recorder(http.server.ThreadingHTTPServer):
    hits: list[str]


@pytest.fixture
def listener() -> Iterator[Recorder]:
    """An HTTP server on loopback that answers 500 and remembers every request path."""

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            server.hits.append(self.path)
            self.send_response(500)
            self.send_header("Content-Length", "0")
            self.end_headers()

        do_POST = do_GET

        def log_message(self, *args: object) -> None:
            pass

    server = Recorder(("127.0.0.1", 0), Handler)
    server.hits = []
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()


def _url(server: Recorder) -> str:
    return f"http://127.0.0.1:{server.server_address[1]}/sparql"


def hostile(url: str) -> list[str]:
    """Ways of writing SERVICE and FROM that a word-by-word check of the text misses or might miss."""
    return [
        f"SELECT * WHERE {{ ?s ?p [ a nkg:Country]SERVICE <{url}> {{ ?a ?b ?c }} }}",
        f"SELECT * WHERE {{ ?s ?p ?o .SERVICE<{url}>{{?a ?b ?c}} }}",
        f"SELECT * WHERE {{ \\u0053ERVICE <{url}> {{ ?a ?b ?c }} }}",
        f"SELECT * WHERE {{ OPTIONAL {{ SERVICE SILENT <{url}> {{ ?a ?b ?c }} }} }}",
        f"SELECT * WHERE {{ {{ SELECT * WHERE {{ SERVICE <{url}> {{ ?a ?b ?c }} }} }} }}",
        f"ASK {{ FILTER EXISTS {{ sErViCe <{url}> {{ ?a ?b ?c }} }} }}",
        f"SELECT * FROM <{url}> WHERE {{ ?s ?p ?o }}",
        f"SELECT * FROM NAMED <{url}> WHERE {{ GRAPH ?g {{ ?s ?p ?o }} }}",
    ]


def test_hostile_queries_are_refused_on_the_parse_tree(listener: Recorder) -> None:
    for text in hostile(_url(listener)):
        with pytest.raises(QueryError, match="refused"):
            check_query(text)
        for store in (OxigraphStore(), RdflibStore()):
            with pytest.raises(QueryError, match="refused"):
                run_query(store, text)
    for update in (f"LOAD <{_url(listener)}>", f"LOAD SILENT <{_url(listener)}> INTO GRAPH <urn:g>",
                   f"INSERT {{ ?s ?p ?o }} WHERE {{ ?x ?y [] SERVICE <{_url(listener)}> {{ ?s ?p ?o }} }}",
                   f"INSERT {{ ?s ?p ?o }} USING <{_url(listener)}> WHERE {{ ?s ?p ?o }}"):
        with pytest.raises(QueryError, match="refused"):
            check_update(update)
    for update in ("CLEAR DEFAULT", "INSERT DATA { <urn:a> <urn:b> <urn:c> }", "DROP ALL"):
        with pytest.raises(QueryError, match="updates are refused"):
            check_query(update)
    assert listener.hits == []


def test_the_engine_has_no_network_even_unchecked(listener: Recorder) -> None:
    """The wall behind the check: a SERVICE given straight to the store's engine makes no request."""
    url = _url(listener)
    with pytest.raises(QueryError):
        OxigraphStore().query(f"SELECT * WHERE {{ SERVICE <{url}> {{ ?a ?b ?c }} }}")
    with pytest.raises(QueryError):
        OxigraphStore().update(f"LOAD <{url}>")
    assert listener.hits == [], "pyoxigraph reached the test server"
    # and the same engine, in an ordinary thread, does reach it: the test server works
    with pytest.raises(OSError):
        list(ox.Store().query(f"SELECT * WHERE {{ SERVICE <{url}> {{ ?a ?b ?c }} }}"))
    assert listener.hits == ["/sparql"]


def test_sealed_threads_cannot_open_sockets_and_others_still_can() -> None:
    def attempt() -> str:
        try:
            socket.socket().close()
        except PermissionError:
            return "refused"
        return "opened"

    if not run_offline(deny_sockets):
        pytest.skip("seccomp is not available here")
    assert run_offline(attempt) == "refused"
    assert attempt() == "opened"


def test_cli_query_update_and_viz_refuse_the_bypass(tmp_path: Path, listener: Recorder) -> None:
    url = _url(listener)
    store = tmp_path / "store"
    with OxigraphStore(store) as opened:
        opened.insert([ox.Triple(ox.NamedNode("urn:a"), ox.NamedNode("urn:b"), ox.NamedNode("urn:c"))])
    graph = tmp_path / "graph.ttl"
    graph.write_text("<urn:a> <urn:b> <urn:c> .\n", encoding="utf-8")
    bypass = f"SELECT * WHERE {{ ?s ?p [ a nkg:Country]SERVICE <{url}> {{ ?s ?p ?o }} }}"
    rq = tmp_path / "bypass.rq"
    rq.write_text(bypass, encoding="utf-8")
    runs = [
        ["query", "--store", str(store), bypass],
        ["update", "--store", str(store), "--no-outputs",
         f"INSERT {{ ?s ?p ?o }} WHERE {{ ?x ?y [] SERVICE <{url}> {{ ?s ?p ?o }} }}"],
        ["viz", str(graph), "--query", str(rq), "--out", str(tmp_path / "viz.html")],
    ]
    for args in runs:
        done = subprocess.run([sys.executable, "-m", "kg", *args], capture_output=True, text=True, timeout=120)
        assert done.returncode == 1, done.stderr
        assert done.stderr.startswith("kg: error: ") and "refused" in done.stderr, done.stderr
        assert len(done.stderr.strip().splitlines()) == 1, done.stderr
    assert listener.hits == []
    assert not (tmp_path / "viz.html").exists()


def test_the_check_gives_the_same_answers_from_many_threads(listener: Recorder) -> None:
    """rdflib's parser is shared state: the check must hold when an endpoint's threads run it at once."""
    from concurrent.futures import ThreadPoolExecutor

    good = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?p ?b . ?c ?q ?d . ?e ?r ?f }"
    bad = hostile(_url(listener))[0]

    def verdict(text: str) -> str:
        try:
            return check_query(text)
        except QueryError as err:
            return "refused" if "SERVICE is refused" in str(err) else str(err)

    texts = [good, bad, "ASK {}"] * 100
    with ThreadPoolExecutor(16) as pool:
        verdicts = list(pool.map(verdict, texts))
    assert verdicts == ["SELECT", "refused", "ASK"] * 100
