"""kg.query: named queries on rdflib and Oxigraph, output formats, read-only, bound parameters."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner

from kg.api import BuildReport
from kg.cli import cli
from kg.errors import QueryError
from kg.query import Query, named_queries, render, run_query, run_update
from kg.store import OxigraphStore, RdflibStore, Store, open_store

ID = "https://w3id.org/natokg/id/"

#: named query → (parameters, something every engine must find)
NAMED = {
    "partners-of": ({"framework": "NATO"}, "Poland"),
    "country-facts": ({"country": "Lithuania"}, "Program Against Terrorism"),
    "adopted-signed": ({}, "Program Against Terrorism"),
    "documents-mentioning": ({"entity": "NATO"}, "000_09de478905b3451f.txt"),
    "path-between": ({"from": "Poland", "to": "United States"}, "Poland –memberOf→ NATO ←memberOf– United States"),
}
HOSTILE = ['x" } ; DROP ALL ; #', "a\nb\r\nc", 'x"""y', "x'''y", "EAPC> } INSERT DATA { <a:b> <a:c> <a:d> } #",
           "back\\slash \\u0022", "tab\there", "}", ">", "Łódź ✓ 𝔘"]


@pytest.fixture(scope="module")
def engines(sample_build: BuildReport) -> dict[str, Store]:
    """The sample graph in Oxigraph and in rdflib (whose default-graph semantics differ)."""
    oxigraph = OxigraphStore()
    with open_store(sample_build.outputs["graph.ttl"].parent / "store", create=False) as built:
        oxigraph.insert(built.triples())
    return {"oxigraph": oxigraph, "rdflib": RdflibStore(oxigraph.graph())}


def texts(result) -> set[tuple[str, ...]]:
    return {tuple("" if t is None else t.value for t in row) for row in result.rows}


def test_query_named_queries_are_documented() -> None:
    queries = named_queries()
    assert set(NAMED) <= set(queries)
    for name, query in queries.items():
        assert query.summary and "Example:" in query.text and f"--name {name}" in query.text, name
        for param in query.parameters:
            assert param.kind in {"name", "iri", "string", "integer"} and param.description
            assert f"?{param.name}" in query.text.split("WHERE")[0], f"{name}: ?{param.name} must be projected"


@pytest.mark.parametrize("name", sorted(NAMED))
def test_query_named_query_same_on_rdflib_and_oxigraph(engines: dict[str, Store], name: str) -> None:
    params, expected = NAMED[name]
    query = named_queries()[name]
    found = {engine: texts(run_query(store, query, params)) for engine, store in engines.items()}
    assert found["oxigraph"] == found["rdflib"]
    assert any(expected in row for row in found["oxigraph"]), found["oxigraph"]


def test_query_output_formats(engines: dict[str, Store]) -> None:
    store = engines["oxigraph"]
    result = run_query(store, "SELECT ?e ?label ?n WHERE { ?e a nkg:Country ; rdfs:label ?label "
                              "OPTIONAL { ?e nkg:mentionCount ?n } } ORDER BY ?label")
    assert result.rows and [c.strip() for c in render(result).splitlines()[0].split("|")] == ["e", "label", "n"]
    assert render(result).rstrip().endswith(f"({len(result.rows)} rows)")
    for fmt, parser in (("json", ox.QueryResultsFormat.JSON), ("tsv", ox.QueryResultsFormat.TSV),
                        ("xml", ox.QueryResultsFormat.XML)):
        # rows read at once: a pyoxigraph result held by this frame would be freed by whatever
        # thread collects it, and pyoxigraph refuses to be freed by another thread
        parsed = [tuple(s[v] for v in result.variables) for s in ox.parse_query_results(render(result, fmt), parser)]
        assert parsed == result.rows, fmt
    assert json.loads(render(result, "json"))["head"]["vars"] == ["e", "label", "n"]
    rows = list(csv.reader(io.StringIO(render(result, "csv"), newline="")))
    assert rows[0] == ["e", "label", "n"] and [r[1] for r in rows[1:]] == [r[1].value for r in result.rows]
    ask = run_query(store, "ASK { ?c a nkg:Country }")
    assert render(ask) == "true\n" and json.loads(render(ask, "json")) == {"head": {}, "boolean": True}
    assert bool(ox.parse_query_results(render(ask, "xml"), ox.QueryResultsFormat.XML))
    graph = run_query(store, "CONSTRUCT { ?e rdfs:label ?l } WHERE { ?e a nkg:Country ; rdfs:label ?l }")
    for fmt, syntax in (("turtle", ox.RdfFormat.TURTLE), ("nt", ox.RdfFormat.N_TRIPLES)):
        assert {q.triple for q in ox.parse(render(graph, fmt).encode(), syntax)} == set(graph.triples)
    header = render(graph, "table").splitlines()[0]
    assert render(graph).startswith("@prefix") and [c.strip() for c in header.split("|")] == ["subject", "predicate",
                                                                                              "object"]
    with pytest.raises(QueryError, match="CONSTRUCT"):
        render(result, "turtle")
    with pytest.raises(QueryError, match="SELECT and ASK"):
        render(graph, "json")


@pytest.mark.parametrize("text", [
    'INSERT DATA { <https://example.org/a> <https://example.org/b> "c" }',
    "# a comment first\nPREFIX ex: <https://example.org/>\nDELETE WHERE { ?s ?p ?o }",
    "drop all",
    "WITH <https://example.org/g> DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }",
])
def test_query_refuses_updates(tmp_path: Path, engines: dict[str, Store], text: str) -> None:
    with OxigraphStore(tmp_path / "store") as store:
        store.insert(engines["oxigraph"].triples())
        before = store.count()
    result = CliRunner().invoke(cli, ["query", "--store", str(tmp_path / "store"), text])
    assert result.exit_code == 1 and result.stdout == ""
    assert "updates are refused by kg query" in result.stderr and "kg update" in result.stderr
    with OxigraphStore(tmp_path / "store") as store:
        assert store.count() == before


@pytest.mark.parametrize("text", [
    "SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }",
    "SELECT * WHERE { service silent <http://127.0.0.1:9/sparql> { ?s ?p ?o } }",
    "SELECT * WHERE { \\u0053ERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }",
    "SELECT * FROM <http://127.0.0.1:9/data.ttl> WHERE { ?s ?p ?o }",
    "SELECT * FROM NAMED <http://127.0.0.1:9/data.ttl> WHERE { GRAPH ?g { ?s ?p ?o } }",
])
def test_query_refuses_network_access(engines: dict[str, Store], text: str) -> None:
    for store in engines.values():
        with pytest.raises(QueryError, match="refused"):
            run_query(store, text)


def test_query_allows_the_words_in_strings_iris_and_variables(engines: dict[str, Store]) -> None:
    text = ('SELECT ?from ?service WHERE { BIND("SERVICE FROM INSERT" AS ?service) '
            'BIND(<https://example.org/from#service> AS ?from) } # FROM SERVICE')
    for store in engines.values():
        assert run_query(store, text).rows[0][0] == ox.NamedNode("https://example.org/from#service")


def test_update_refuses_network_and_queries(engines: dict[str, Store]) -> None:
    store = OxigraphStore()
    with pytest.raises(QueryError, match="LOAD is refused"):
        run_update(store, "LOAD <http://127.0.0.1:9/data.ttl>")
    with pytest.raises(QueryError, match="run it with kg query"):
        run_update(store, "SELECT * WHERE { ?s ?p ?o }")
    run_update(store, 'INSERT DATA { <https://example.org/a> rdfs:label "a"@en }')
    assert store.count() == 1


@pytest.mark.parametrize("engine", ["oxigraph", "rdflib"])
def test_query_parameters_are_bound_as_terms_never_as_text(engine: str, engines: dict[str, Store]) -> None:
    store = OxigraphStore() if engine == "oxigraph" else RdflibStore()
    store.insert(engines["oxigraph"].triples())
    before = store.count()
    hostile = named_queries()["documents-mentioning"]
    for value in HOSTILE:
        assert run_query(store, hostile, {"entity": value}).rows == [], value
    assert store.count() == before
    # a label that is exactly the hostile text is found, as that very literal
    entity = ox.NamedNode(f"{ID}place/Odd")
    store.insert(ox.Triple(entity, ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label"),
                           ox.Literal(v, language="en")) for v in HOSTILE)
    lookup = Query.parse("# Parameters:\n#   name (name) a label\n"
                         "SELECT ?name ?e WHERE { ?e rdfs:label ?name }")
    for value in HOSTILE:
        assert run_query(store, lookup, {"name": value}).rows == [(ox.Literal(value, language="en"), entity)]
    typed = Query.parse("# Parameters:\n#   e (iri) an entity\n#   n (integer) a count\n"
                        "SELECT ?e ?n WHERE { ?e nkg:mentionCount ?n }")
    assert run_query(store, typed, {"e": f"{ID}organization/NATO", "n": "0"}).rows == []
    for bad in ["https://example.org/a> } DROP ALL { <b", "https://example.org/a b", "relative/iri"]:
        with pytest.raises(QueryError, match="not an absolute IRI"):
            run_query(store, typed, {"e": bad, "n": "1"})
    with pytest.raises(QueryError, match="not an integer"):
        run_query(store, typed, {"e": f"{ID}organization/NATO", "n": "1 } ; DROP ALL"})
    assert store.count() == before + len(HOSTILE)


def test_query_errors_are_one_line_with_position(engines: dict[str, Store]) -> None:
    store = engines["oxigraph"]
    with pytest.raises(QueryError, match=r"^<query>:2:\d+: "):
        run_query(store, "SELECT * WHERE {\n  ?s ?p }")
    partners = named_queries()["partners-of"]
    with pytest.raises(QueryError, match="missing --param framework"):
        run_query(store, partners, {})
    with pytest.raises(QueryError, match="unknown parameter 'country'"):
        run_query(store, partners, {"framework": "EAPC", "country": "x"})
    hidden = Query.parse("# Parameters:\n#   n (name) a label\nSELECT ?e WHERE { ?e rdfs:label ?n }")
    with pytest.raises(QueryError, match="must be projected"):
        run_query(store, hidden, {"n": "NATO"})


def test_query_cli_named_query_file_and_list(tmp_path: Path, sample_build: BuildReport) -> None:
    graph = str(sample_build.outputs["graph.ttl"])
    runner = CliRunner()
    named = runner.invoke(cli, ["query", "--store", graph, "--name", "partners-of", "--param", "framework=NATO"])
    assert named.exit_code == 0, named.output
    assert named.stdout.splitlines()[0].startswith("framework | partner") and "Poland" in named.stdout
    (tmp_path / "q.rq").write_text("SELECT ?c WHERE { ?c a nkg:Country } LIMIT 2\n", encoding="utf-8")
    from_file = runner.invoke(cli, ["query", "--store", graph, str(tmp_path / "q.rq"), "--format", "csv"])
    assert from_file.exit_code == 0 and from_file.stdout.splitlines()[0] == "c"
    listed = runner.invoke(cli, ["query", "--list"])
    assert all(name in listed.stdout for name in NAMED) and "--param framework=" in listed.stdout
    bad = runner.invoke(cli, ["query", "--store", graph, "--name", "partners-of", "--param", "framework"])
    assert bad.exit_code == 2


def test_query_timeout_gives_a_clear_message(sample_build) -> None:
    """A real process: the runaway evaluation is dropped when the command exits."""
    import subprocess
    import sys
    import time

    store = sample_build.outputs["graph.ttl"].parent / "store"
    slow = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
    started = time.monotonic()
    done = subprocess.run([sys.executable, "-m", "kg", "query", "--store", str(store), "--timeout", "1", slow],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 1 and done.stdout == ""
    assert done.stderr.startswith("kg: error: ") and "still running after 1 s (--timeout)" in done.stderr
    assert done.stderr.count("\n") == 1
    assert time.monotonic() - started < 60
    quick = subprocess.run([sys.executable, "-m", "kg", "query", "--store", str(store), "ASK { ?s ?p ?o }"],
                           capture_output=True, text=True, timeout=120)
    assert quick.returncode == 0 and "true" in quick.stdout.lower(), "the store is free again"
