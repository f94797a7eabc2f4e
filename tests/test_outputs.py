"""kg.outputs: graph.ttl written in one sorted pass, the page drawn from a capped summary."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox

from kg.api import build_graph
from kg.outputs import EVIDENCE_PER_FACT, LARGE_GRAPH, LARGE_PAGE_EVIDENCE, page_evidence, write_outputs
from kg.rdf.vocab import OA
from kg.files import load_graph
from kg.store import OxigraphStore, RdflibStore

SENTENCE = "In 1999 Poland supported Finland."  # a fact with no curated counterpart


def test_outputs_page_keeps_the_first_pieces_of_evidence_and_graph_ttl_keeps_all(tmp_path: Path, nlp) -> None:
    text = "\n\n".join([SENTENCE] * (EVIDENCE_PER_FACT + 5)) + "\n"
    (tmp_path / "poland.txt").write_text(text, encoding="utf-8")
    with OxigraphStore(tmp_path / "store") as store:
        build_graph([tmp_path / "poland.txt"], store=store, nlp=nlp)
        outputs = write_outputs(store, tmp_path / "out")
    graph = load_graph(outputs["graph.ttl"])
    quotes = [o for o in graph.objects(None, OA.exact) if str(o) == SENTENCE]
    assert len(quotes) == EVIDENCE_PER_FACT + 5
    page = outputs["graph.html"].read_text(encoding="utf-8")
    assert page.count(SENTENCE) == EVIDENCE_PER_FACT
    description = outputs["dataset.ttl"].read_text(encoding="utf-8")
    assert f"void:triples {len(graph)}" in description


def test_outputs_graph_ttl_is_the_same_bytes_from_any_store(tmp_path: Path, sample_build) -> None:
    triples = [q.triple for q in ox.parse(path=str(sample_build.outputs["graph.ttl"]), format=ox.RdfFormat.TURTLE)]
    with OxigraphStore() as memory:
        memory.insert(reversed(triples))
        from_oxigraph = write_outputs(memory, tmp_path / "a")["graph.ttl"].read_bytes()
    plain = RdflibStore()
    plain.insert(triples)
    from_rdflib = write_outputs(plain, tmp_path / "b")["graph.ttl"].read_bytes()
    assert from_oxigraph == from_rdflib == sample_build.outputs["graph.ttl"].read_bytes()


def test_page_of_a_big_store_carries_fewer_pieces_of_evidence() -> None:
    assert page_evidence(1000) == page_evidence(LARGE_GRAPH) == EVIDENCE_PER_FACT
    assert page_evidence(LARGE_GRAPH + 1) == LARGE_PAGE_EVIDENCE < EVIDENCE_PER_FACT
