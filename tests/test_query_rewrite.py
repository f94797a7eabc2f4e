"""The named queries rewritten for Oxigraph's planner answer exactly as the versions before them.

``tests/queries_before/`` keeps the earlier text of each rewritten query (VALUES inside
UNION branches, type patterns joined first). Both run on the sample corpus built with its
reference facts, for every name of every entity the query can take, and must return the
same rows.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.api import BuildReport, build
from kg.query import Query, named_queries, run_query
from kg.store import Store, open_store

BEFORE = Path(__file__).parent / "queries_before"
CORPUS = Path(__file__).resolve().parent.parent / "data" / "corpus"


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory, nlp) -> Store:
    report: BuildReport = build([CORPUS], tmp_path_factory.mktemp("rewrite"), nlp=nlp, reference="facts")
    with open_store(report.outputs["graph.ttl"].parent / "store", create=False) as built:
        memory = open_store("memory")
        memory.insert(built.triples())
        for graph in built.query("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }").column("g"):
            memory.replace_named(graph.value, built.named_triples(graph.value))  # type: ignore[union-attr]
    return memory


def _rows(store: Store, query: Query, params: dict[str, str]) -> list[tuple[str, ...]]:
    return [tuple("" if t is None else str(t) for t in row) for row in run_query(store, query, params).rows]


@pytest.mark.parametrize("name", sorted(p.stem for p in BEFORE.glob("*.rq")))
def test_rewritten_query_returns_the_rows_of_its_earlier_text(store: Store, name: str) -> None:
    now = named_queries()[name]
    before = Query.parse((BEFORE / f"{name}.rq").read_text(encoding="utf-8"), name=name)
    assert [p.name for p in now.parameters] == [p.name for p in before.parameters]
    names = sorted({str(t.value) for t in store.query(  # type: ignore[union-attr]
        "SELECT ?l WHERE { { ?e rdfs:label|skos:altLabel ?l } UNION { GRAPH ?g { ?e rdfs:label|skos:altLabel ?l } } }").column("l")})
    assert len(names) > 20
    found, curated = 0, False
    for value in names:
        params = {p.name: value for p in now.parameters}
        rows = _rows(store, now, params)
        assert rows == _rows(store, before, params), (name, value)  # same rows, same order
        found += bool(rows)
        curated |= any(cell.startswith('"reference data') for row in rows for cell in row)
    assert found >= 3, f"{name}: too few names with an answer to compare"
    assert curated, f"{name}: no reference fact among the rows compared"
