"""kg serve: a real process answering real SPARQL 1.1 Protocol requests over HTTP."""

from __future__ import annotations

import json
import select
import subprocess
import sys
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg.api import BuildReport
from kg.store import OxigraphStore, open_store

COUNTRIES = "SELECT ?label WHERE { ?c a nkg:Country ; rdfs:label ?label } ORDER BY ?label"


@pytest.fixture(scope="module")
def endpoint(sample_build: BuildReport, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """``kg serve`` over an embedded store holding the sample graph; the endpoint URL it printed."""
    location = tmp_path_factory.mktemp("served") / "store"
    with open_store(sample_build.outputs["graph.ttl"].parent / "store", create=False) as built, \
            OxigraphStore(location) as store:
        store.insert(built.triples())
    process = subprocess.Popen([sys.executable, "-m", "kg", "serve", "--store", str(location), "--port", "0", "-q"],
                               stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    try:
        assert process.stdout is not None
        ready, _, _ = select.select([process.stdout], [], [], 60)
        url = process.stdout.readline().strip() if ready else ""
        assert url.startswith("http://127.0.0.1:") and url.endswith("/sparql"), url
        yield url
    finally:
        process.terminate()
        process.wait(timeout=10)
        if process.stdout is not None:
            process.stdout.close()


def call(url: str, *, data: bytes | None = None, headers: dict[str, str] | None = None,
         method: str | None = None) -> tuple[int, str, str]:
    request = urllib.request.Request(url, data=data, headers=headers or {}, method=method)
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, response.headers.get_content_type(), response.read().decode("utf-8")
    except urllib.error.HTTPError as err:
        with err:
            return err.code, err.headers.get_content_type(), err.read().decode("utf-8")


def test_serve_answers_get_and_post_queries(endpoint: str) -> None:
    status, media, body = call(f"{endpoint}?{urllib.parse.urlencode({'query': COUNTRIES})}",
                               headers={"Accept": "application/sparql-results+json"})
    assert (status, media) == (200, "application/sparql-results+json")
    labels = [b["label"]["value"] for b in json.loads(body)["results"]["bindings"]]
    assert "Lithuania" in labels and labels == sorted(labels)
    status, media, body = call(endpoint, data=urllib.parse.urlencode({"query": COUNTRIES}).encode(),
                               headers={"Accept": "text/csv", "Content-Type": "application/x-www-form-urlencoded"})
    assert (status, media) == (200, "text/csv") and body.splitlines()[1:] == labels
    construct = "CONSTRUCT { ?c rdfs:label ?l } WHERE { ?c a nkg:Country ; rdfs:label ?l }"
    status, media, body = call(endpoint, data=construct.encode(), headers={"Content-Type": "application/sparql-query"})
    assert (status, media) == (200, "text/turtle")
    assert len(list(ox.parse(body.encode(), ox.RdfFormat.TURTLE))) == len(labels)
    asked = bool(ox.parse_query_results(call(f"{endpoint}?{urllib.parse.urlencode({'query': 'ASK { ?s ?p ?o }'})}",
                                             headers={"Accept": "application/sparql-results+xml"})[2],
                                        ox.QueryResultsFormat.XML))
    assert asked


def test_serve_is_read_only_and_offline(endpoint: str) -> None:
    form = {"Content-Type": "application/x-www-form-urlencoded"}
    assert call(endpoint, data=b"update=DROP+ALL", headers=form)[0] == 403
    assert call(endpoint, data=b"DROP ALL", headers={"Content-Type": "application/sparql-update"})[0] == 403
    assert call(endpoint, data=urllib.parse.urlencode({"query": "DROP ALL"}).encode(), headers=form)[0] == 403
    service = "SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }"
    status, _, body = call(endpoint, data=urllib.parse.urlencode({"query": service}).encode(), headers=form)
    assert status == 400 and "SERVICE is refused" in body
    status, _, body = call(endpoint, data=b"query=SELECT+*+WHERE+%7B+%3Fs+%7D", headers=form)
    assert status == 400 and body.startswith("query:1:")
    status, _, body = call(f"{endpoint}?{urllib.parse.urlencode({'query': COUNTRIES})}")
    assert status == 200 and "Lithuania" in body, "the store is unchanged"


def test_serve_describes_itself_and_keeps_cors_off(endpoint: str) -> None:
    status, media, body = call(endpoint)
    assert (status, media) == (200, "text/turtle")
    service = ox.NamedNode("http://www.w3.org/ns/sparql-service-description#Service")
    assert any(q.object == service for q in ox.parse(body.encode(), ox.RdfFormat.TURTLE))
    request = urllib.request.Request(endpoint, method="OPTIONS")
    with urllib.request.urlopen(request, timeout=30) as response:
        assert response.status == 204 and "Access-Control-Allow-Origin" not in response.headers
    assert call(endpoint.replace("/sparql", "/elsewhere"))[0] == 404


def test_serve_needs_an_existing_store(tmp_path: Path) -> None:
    done = subprocess.run([sys.executable, "-m", "kg", "serve", "--store", str(tmp_path / "none")],
                          check=False, capture_output=True, text=True, timeout=60)
    assert done.returncode == 3 and "no store here" in done.stderr and done.stdout == ""
