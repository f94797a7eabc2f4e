"""kg.rdf.io: the one table of RDF syntaxes and the one term converter."""

from __future__ import annotations

import pyoxigraph as ox
import pytest
from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.namespace import XSD

from kg.errors import RDFSyntaxError
from kg.rdf.io import RDF_FORMATS, format_of_path, ox_triples, rdf_format, to_ox, to_rdflib


@pytest.mark.parametrize("name", list(RDF_FORMATS))
def test_rdf_io_table_agrees_with_both_engines(name: str) -> None:
    spec = RDF_FORMATS[name]
    assert ox.RdfFormat.from_media_type(spec.media_type) == spec.oxigraph
    assert all(format_of_path(f"a/b{suffix.upper()}") == spec for suffix in spec.suffixes)
    assert rdf_format(spec.rdflib) == spec
    graph = Graph()
    graph.add((URIRef("https://example.org/a"), URIRef("https://example.org/p"), Literal("x", lang="en")))
    written = graph
    if name in {"nquads", "trig"}:  # rdflib writes quads of a Dataset only
        written = Dataset()
        written.addN((s, p, o, written.default_context) for s, p, o in graph)
    data = written.serialize(format=spec.rdflib, encoding="utf-8")
    assert {q.triple for q in ox.parse(data, format=spec.oxigraph)} == set(ox_triples(graph))


def test_rdf_io_terms_round_trip_and_invalid_iris_are_refused() -> None:
    terms = [URIRef("https://example.org/a"), BNode("b1"), Literal("x"), Literal("x", lang="fr"),
             Literal("3", datatype=XSD.integer)]
    assert [to_rdflib(to_ox(t)) for t in terms] == terms
    assert to_ox(Literal("x")) == ox.Literal("x", datatype=ox.NamedNode(str(XSD.string)))
    assert format_of_path("notes.txt") is None
    with pytest.raises(RDFSyntaxError, match="invalid IRI"):
        to_ox(URIRef("https://example.org/a b"))
