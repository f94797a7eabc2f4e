"""kg.rdf.shape: the writer, the evidence reader and the SPARQL pattern agree on "plain"."""

from __future__ import annotations

import pyoxigraph as ox

from kg.model import Document, Entity, Evidence, Extraction, Relation
from kg.rdf.build import to_graph
from kg.rdf.shape import PLAIN_SPARQL, fact_parts, read_assertion
from kg.rdf.vocab import NKG, PREFIXES, RDF
from kg.rdf.io import ox_triples


def _extraction() -> Extraction:
    doc = Document("d1", "a.txt", "a.txt", "Lithuania joined NATO. Japan may join NATO.", "0" * 64, 44)
    entities = {key: Entity(key, key.split(":")[1], key.split(":")[0])
                for key in ("Country:Lithuania", "Country:Japan", "InternationalOrganization:NATO")}
    nato = "InternationalOrganization:NATO"
    return Extraction([doc], entities, [], [
        Relation("Country:Lithuania", "memberOf", nato, Evidence("d1", "Lithuania joined NATO.", 0, 22), "r", 0.9),
        Relation("Country:Japan", "memberOf", nato, Evidence("d1", "Japan may join NATO.", 23, 43), "r", 0.5,
                 modality="may"),
    ])


def test_shape_reader_and_sparql_agree_with_the_writer() -> None:
    extraction = _extraction()
    graph = to_graph(extraction)
    records = [read_assertion(graph, a) for a in graph.subjects(RDF.type, NKG.Assertion)]
    by_sentence = {r.sentence: r for r in records}
    assert set(by_sentence) == {"Lithuania joined NATO.", "Japan may join NATO."}
    for rel in extraction.relations:
        record = by_sentence[rel.evidence.sentence]
        assert record.plain == rel.is_fact
        assert (record.start, record.end, record.rule) == (str(rel.evidence.start), str(rel.evidence.end), "r")
        s, p, o = fact_parts(graph, record.fact)
        assert p == NKG.memberOf and ((s, p, o) in graph) == rel.is_fact
    store = ox.Store()
    store.extend(ox.Quad(t.subject, t.predicate, t.object) for t in ox_triples(graph))
    prefixes = "".join(f"PREFIX {k}: <{v}>\n" for k, v in PREFIXES.items())
    plain = {str(row[0].value) for row in store.query(prefixes + f"SELECT ?a WHERE {{ ?a {PLAIN_SPARQL} }}")}
    assert plain == {str(r.node) for r in records if r.plain}


def test_shape_assertion_index_agrees_with_the_reader_in_any_order() -> None:
    """The index folds an assertion's selectors into its target when they come first (sorted
    output) and looks them up later when they come after it (blank nodes sort last)."""
    from rdflib import BNode, Graph, URIRef

    from kg.rdf.shape import AssertionIndex
    from kg.summary import by_subject

    graph = to_graph(_extraction())
    expected = {r.sentence: (r.start, r.end, r.rule, r.plain)
                for r in (read_assertion(graph, a) for a in graph.subjects(RDF.type, NKG.Assertion))}
    # the same evidence with blank-node selectors, as another tool may write it
    blank = Graph()
    for s, p, o in graph:
        rename = {n: BNode(str(n).replace("#", "-").rsplit("/", 1)[1]) for n in (s, o)
                  if isinstance(n, URIRef) and str(n).endswith(("#quote", "#position"))}
        blank.add((rename.get(s, s), p, rename.get(o, o)))
    for source, left in ((graph, 0), (blank, 4)):
        index = AssertionIndex()
        for group in by_subject(sorted(ox_triples(source), key=str)):
            index.add(group)
        facts = {str(f) for f in source.objects(None, NKG.asserts)}
        found = {r.sentence: (r.start, r.end, r.rule, r.plain) for f in facts for r in index.records(f)}
        assert found == expected
        assert len(index.selector_kind) == left  # sorted IRIs: every selector folded into its target
