"""kg.summary: graphs read with a cap on the evidence per fact (pages, analytics, paths)."""

from __future__ import annotations

import random
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg.api import build
from kg.rdf.vocab import NKG, OA, RDF
from kg.files import load_graph
from kg.summary import EvidenceCap, by_subject

SENTENCE = "In 1999 Poland supported Finland."


@pytest.fixture(scope="module")
def repeated(tmp_path_factory: pytest.TempPathFactory, nlp) -> Path:
    """graph.ttl of a document stating one fact in 12 paragraphs."""
    folder = tmp_path_factory.mktemp("summary")
    (folder / "in.txt").write_text("\n\n".join([SENTENCE] * 12) + "\n", encoding="utf-8")
    return build([folder / "in.txt"], folder / "out", store="memory", nlp=nlp).outputs["graph.ttl"]


def _evidence_free(graph, full) -> set:
    """The triples of *graph* not about an assertion of *full* (or its target and selectors)."""
    evidence = {str(a) for a in full.subjects(RDF.type, NKG.Assertion)}
    return {t for t in graph if str(t[0]).partition("#")[0] not in evidence}


def test_summary_keeps_the_first_assertions_of_a_fact_and_everything_else(repeated: Path) -> None:
    full, capped = load_graph(repeated), load_graph(repeated, evidence_per_fact=5)
    quotes = lambda g: [o for o in g.objects(None, OA.exact) if str(o) == SENTENCE]  # noqa: E731
    assert len(quotes(full)) == 12 and len(quotes(capped)) == 5
    assert _evidence_free(capped, full) == _evidence_free(full, full)
    kept = {str(a) for a in capped.subjects(RDF.type, NKG.Assertion)}
    own = {t for t in full if str(t[0]).partition("#")[0] in kept}  # with its target and selectors
    assert len(own) == 5 * 18 and own <= set(capped)  # 9 on the assertion, 4 on its target, 2 + 3 on its selectors


def test_summary_of_unsorted_input_loses_nothing_but_capped_assertions(repeated: Path, tmp_path: Path) -> None:
    triples = [q.triple for q in ox.parse(path=str(repeated), format=ox.RdfFormat.TURTLE)]
    random.Random(7).shuffle(triples)
    shuffled = tmp_path / "shuffled.nt"
    shuffled.write_bytes(ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES) or b"")
    full, capped = load_graph(shuffled), load_graph(shuffled, evidence_per_fact=5)
    assert _evidence_free(capped, full) == _evidence_free(full, full)
    assert set(capped) <= set(full) and len(set(capped.subjects(RDF.type, NKG.Assertion))) <= 12


def test_a_sink_gets_what_is_kept_one_subject_at_a_time(repeated: Path) -> None:
    triples = sorted((q.triple for q in ox.parse(path=str(repeated), format=ox.RdfFormat.TURTLE)), key=str)
    fed: list[list[ox.Triple]] = []
    kept, sunk = EvidenceCap(5), EvidenceCap(5, sink=fed.append)
    for group in by_subject(triples):
        kept.add(group)
        sunk.add(group)
    sunk.finish()
    assert fed == list(by_subject(kept.triples())) and len(kept.triples()) < len(triples)
