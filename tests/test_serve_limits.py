"""kg serve under hostile or heavy use: a real ``kg serve`` process, real sockets.

What one request may cost (time, rows, body), how browsers are kept out (CORS, Host),
content negotiation for SPARQL clients, and one-line failures.
"""

from __future__ import annotations

import http.client
import json
import select
import socket
import subprocess
import sys
import threading
import time
import urllib.parse
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg.serve import Limits, make_server
from kg.store import OxigraphStore

EXPENSIVE = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?p ?b . ?c ?q ?d . ?e ?r ?f }"
PRODUCT = "SELECT * WHERE { ?a ?p ?b . ?c ?q ?d }"


def start(store: Path, *args: str) -> tuple[subprocess.Popen[str], str, int]:
    process = subprocess.Popen([sys.executable, "-m", "kg", "serve", "--store", str(store), "--port", "0", "-q",
                                *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert process.stdout is not None
    ready, _, _ = select.select([process.stdout], [], [], 60)
    url = process.stdout.readline().strip() if ready else ""
    assert url.startswith("http://127.0.0.1:") and url.endswith("/sparql"), url
    return process, url, urllib.parse.urlsplit(url).port or 0


def stop(process: subprocess.Popen[str]) -> None:
    process.terminate()
    process.wait(timeout=10)
    for stream in (process.stdout, process.stderr):
        if stream is not None:
            stream.close()


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """600 triples: a 2-way product has 360,000 rows, a 3-way COUNT runs for many seconds."""
    location = tmp_path_factory.mktemp("limits") / "store"
    p = ox.NamedNode("http://example.org/p")
    with OxigraphStore(location) as opened:
        opened.insert(ox.Triple(ox.NamedNode(f"http://example.org/s{i}"), p, ox.Literal(f"value {i}"))
                      for i in range(600))
    return location


@pytest.fixture(scope="module")
def server(store: Path) -> Iterator[tuple[str, int]]:
    process, url, port = start(store, "--timeout", "2", "--max-rows", "50", "--cors", "https://ok.example")
    try:
        yield url, port
    finally:
        stop(process)


def request(port: int, method: str, path: str = "/sparql", body: bytes | None = None,
            headers: dict[str, str] | None = None, host: str | None = None) -> tuple[int, dict[str, str], bytes]:
    """One raw HTTP request (headers exactly as given); (status, headers, body)."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    try:
        connection.putrequest(method, path, skip_host=True, skip_accept_encoding=True)
        connection.putheader("Host", host if host is not None else f"127.0.0.1:{port}")
        for key, value in (headers or {}).items():
            connection.putheader(key, value)
        connection.endheaders(body)
        response = connection.getresponse()
        return response.status, {k.lower(): v for k, v in response.getheaders()}, response.read()
    finally:
        connection.close()


def get(port: int, query: str, accept: str = "application/sparql-results+json",
        **extra: str) -> tuple[int, dict[str, str], bytes]:
    return request(port, "GET", "/sparql?" + urllib.parse.urlencode({"query": query}),
                   headers={"Accept": accept, **extra})


def test_a_slow_query_times_out_and_does_not_block_others(server: tuple[str, int]) -> None:
    _, port = server

    def timed(query: str) -> tuple[int, bytes, float]:
        status, _, body = get(port, query)
        return status, body, time.monotonic()

    with ThreadPoolExecutor(1) as pool:
        slow = pool.submit(timed, EXPENSIVE)
        answers = [timed("ASK {}") for _ in range(3)]
        status, body, slow_end = slow.result(timeout=60)
    assert status == 503 and b"still running after 2 s" in body, body
    assert all(status == 200 and json.loads(body)["boolean"] for status, body, _ in answers)
    assert all(end < slow_end for _, _, end in answers), "the cheap queries waited for the expensive one"


def test_results_stream_and_stop_at_the_row_ceiling(server: tuple[str, int]) -> None:
    _, port = server
    status, headers, body = get(port, PRODUCT)
    assert status == 200 and headers["transfer-encoding"] == "chunked" and headers["x-max-rows"] == "50"
    parsed = json.loads(body)
    assert len(parsed["results"]["bindings"]) == 50 and parsed["truncated"] is True
    for accept, fmt in (("application/sparql-results+xml", ox.QueryResultsFormat.XML),
                        ("text/tab-separated-values", ox.QueryResultsFormat.TSV)):
        status, headers, body = get(port, PRODUCT, accept)
        assert status == 200 and headers["content-type"].startswith(accept)
        assert len(list(ox.parse_query_results(body, fmt))) == 50
    status, headers, body = get(port, PRODUCT, "text/csv")
    assert status == 200 and len(body.decode().splitlines()) == 1 + 50
    status, _, body = get(port, "SELECT ?s WHERE { ?s ?p ?o } LIMIT 3")
    assert "truncated" not in json.loads(body) and len(json.loads(body)["results"]["bindings"]) == 3


@pytest.mark.parametrize(("length", "status"), [("-1", 400), ("abc", 400), ("1e3", 400), (None, 411),
                                                ("2000000", 413)])
def test_content_length_is_strict(server: tuple[str, int], length: str | None, status: int) -> None:
    _, port = server
    headers = {"Content-Type": "application/sparql-query"}
    if length is not None:
        headers["Content-Length"] = length
    got, _, body = request(port, "POST", body=b"ASK {}", headers=headers)
    assert got == status and len(body.decode().strip().splitlines()) == 1


def test_cors_is_for_the_allowed_origin_only(server: tuple[str, int]) -> None:
    _, port = server
    _, headers, _ = get(port, "ASK {}", Origin="https://evil.example")
    assert "access-control-allow-origin" not in headers
    _, headers, _ = get(port, "ASK {}", Origin="https://ok.example")
    assert headers["access-control-allow-origin"] == "https://ok.example"
    status, headers, _ = request(port, "OPTIONS", headers={"Origin": "https://evil.example"})
    assert status == 204 and "access-control-allow-origin" not in headers
    assert headers["x-content-type-options"] == "nosniff" if "x-content-type-options" in headers else True
    _, headers, _ = get(port, "ASK {}")
    assert headers["x-content-type-options"] == "nosniff"


def test_the_host_must_be_the_bound_address(server: tuple[str, int]) -> None:
    """DNS rebinding: a page on evil.example whose name now resolves to 127.0.0.1 is refused."""
    _, port = server
    path = "/sparql?" + urllib.parse.urlencode({"query": "ASK {}"})
    for host in (f"evil.example:{port}", "127.0.0.1:1", f"127.0.0.1:{port}> . <urn:a> <urn:b> <urn:c", ""):
        assert request(port, "GET", path, host=host)[0] == 403, host
    for host in (f"127.0.0.1:{port}", f"localhost:{port}"):
        assert request(port, "GET", path, host=host)[0] == 200, host
    status, _, body = request(port, "GET", host=f"localhost:{port}")
    triples = list(ox.parse(body, ox.RdfFormat.TURTLE))
    assert status == 200 and {t.subject for t in triples if isinstance(t.subject, ox.NamedNode)} == {
        ox.NamedNode(f"http://localhost:{port}/sparql")}


def test_construct_answers_what_sparql_clients_ask_for(server: tuple[str, int]) -> None:
    _, port = server
    construct = "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o } LIMIT 5"
    for accept, fmt in (("application/rdf+xml", ox.RdfFormat.RDF_XML), ("application/ld+json", ox.RdfFormat.JSON_LD),
                        ("text/turtle", ox.RdfFormat.TURTLE), ("application/n-triples", ox.RdfFormat.N_TRIPLES),
                        ("application/rdf+xml;q=0.9, application/sparql-results+xml", ox.RdfFormat.RDF_XML),
                        ("*/*", ox.RdfFormat.TURTLE)):
        status, headers, body = get(port, construct, accept)
        assert status == 200 and headers["content-type"].split(";")[0] == fmt.media_type, accept
        assert len(list(ox.parse(body, fmt))) == 5
    status, _, body = get(port, "CONSTRUCT WHERE { ?s ?p ?o }", "text/turtle")
    assert status == 400 and b"more than 50 triples" in body


def test_error_statuses_come_from_error_classes(server: tuple[str, int]) -> None:
    _, port = server
    assert get(port, "DROP ALL")[0] == 403
    assert get(port, "SELECT * WHERE { ?s ?p [ a nkg:Country]SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }")[0] == 400
    status, _, body = get(port, "SELECT * WHERE { ?s }")
    assert status == 400 and body.startswith(b"query:1:")


def test_fifty_concurrent_clients_are_all_served(server: tuple[str, int]) -> None:
    _, port = server
    with ThreadPoolExecutor(50) as pool:
        statuses = list(pool.map(lambda _: get(port, "ASK { ?s ?p ?o }")[0], range(200)))
    assert statuses == [200] * 200


def test_a_port_in_use_is_one_line(tmp_path: Path) -> None:
    store = tmp_path / "store"
    OxigraphStore(store).close()
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        done = subprocess.run([sys.executable, "-m", "kg", "serve", "--store", str(store), "--port", str(port)],
                              capture_output=True, text=True, timeout=60)
    assert done.returncode == 3
    assert done.stderr.strip().splitlines() == [f"kg: error: cannot listen on 127.0.0.1:{port}: Address already in use"]


def test_idle_connections_are_closed() -> None:
    server = make_server(OxigraphStore(), "127.0.0.1", 0, limits=Limits(connection_timeout=0.5))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        with socket.create_connection(server.server_address[:2], timeout=30) as idle:
            idle.sendall(b"GET /sparql HTTP/1.1\r\n")  # and nothing more
            assert idle.recv(1024) == b""  # closed by the server, not by our 30 s timeout
    finally:
        server.shutdown()
        server.server_close()
        server.pool.shutdown()  # type: ignore[attr-defined]


def test_refused_results_free_their_iterators_in_the_worker() -> None:
    """A graph over --max-rows is refused mid-stream; pyoxigraph's result iterator must be freed by
    the worker that made it, or a later garbage collection in another thread raises."""
    import gc
    import urllib.error
    import urllib.request

    store = OxigraphStore()
    store.insert([ox.Triple(ox.NamedNode(f"https://example.org/{i}"), ox.NamedNode("https://example.org/p"),
                            ox.Literal(str(i))) for i in range(50)])
    server = make_server(store, "127.0.0.1", 0, limits=Limits(max_rows=5))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_address[1]}/sparql?"
    try:
        for _ in range(3):
            query = urllib.parse.urlencode({"query": "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }"})
            with pytest.raises(urllib.error.HTTPError) as refused:
                urllib.request.urlopen(url + query, timeout=30)
            assert refused.value.code == 400
            refused.value.close()
        gc.collect()  # raised "PyQueryTriples is unsendable, but is being dropped on another thread" before
    finally:
        server.shutdown()
        server.server_close()
        server.pool.shutdown()  # type: ignore[attr-defined]
