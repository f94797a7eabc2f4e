"""RDF syntaxes and terms between the two engines, written once.

:data:`RDF_FORMATS` is the one table of the RDF syntaxes natokg reads and writes: file
suffixes, media types, Oxigraph's format and rdflib's name. :func:`to_ox` and
:func:`to_rdflib` are the one converter between rdflib and Oxigraph terms. The store,
the exports and the file readers all use them.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.term import Node

from ..errors import RDFSyntaxError
from .vocab import PREFIXES, XSD

__all__ = ["PREFIX_IRIS", "RDF_FORMATS", "OxTerm", "RdfFormat", "format_of_path", "graph_of", "ox_triple",
           "ox_triples", "rdf_format", "sparql_term", "to_ox", "to_rdflib"]

OxTerm = ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple
#: natokg's prefixes (``nkg:``, ``rdfs:``...) as prefix → IRI, the form both engines take
PREFIX_IRIS: dict[str, str] = {prefix: str(ns) for prefix, ns in PREFIXES.items()}
_XSD_STRING = str(XSD.string)


@dataclass(frozen=True, slots=True)
class RdfFormat:
    """One RDF syntax under its four names."""

    #: natokg's name (``kg export --format``)
    name: str
    #: file suffixes read as this syntax; the first is the one written
    suffixes: tuple[str, ...]
    media_type: str
    oxigraph: ox.RdfFormat
    #: rdflib's serializer and parser name
    rdflib: str
    #: other media types clients send for it (``Accept``, ``Content-Type``)
    aliases: tuple[str, ...] = ()

    @property
    def suffix(self) -> str:
        return self.suffixes[0]

    @property
    def media_types(self) -> tuple[str, ...]:
        """Every media type that names it, its own first."""
        return (self.media_type, *self.aliases)


RDF_FORMATS: dict[str, RdfFormat] = {f.name: f for f in (
    RdfFormat("turtle", (".ttl",), "text/turtle", ox.RdfFormat.TURTLE, "turtle", ("application/x-turtle",)),
    RdfFormat("nt", (".nt",), "application/n-triples", ox.RdfFormat.N_TRIPLES, "nt", ("text/plain",)),
    RdfFormat("nquads", (".nq",), "application/n-quads", ox.RdfFormat.N_QUADS, "nquads"),
    RdfFormat("trig", (".trig",), "application/trig", ox.RdfFormat.TRIG, "trig"),
    RdfFormat("jsonld", (".jsonld", ".json"), "application/ld+json", ox.RdfFormat.JSON_LD, "json-ld",
              ("application/json",)),
    RdfFormat("xml", (".rdf", ".owl", ".xml"), "application/rdf+xml", ox.RdfFormat.RDF_XML, "xml",
              ("application/xml", "text/xml")),
    RdfFormat("n3", (".n3",), "text/n3", ox.RdfFormat.N3, "n3"),
)}


def format_of_path(path: str | Path) -> RdfFormat | None:
    """The syntax of an RDF file, from its suffix; ``None`` when the suffix is not an RDF one."""
    suffix = Path(path).suffix.lower()
    return next((f for f in RDF_FORMATS.values() if suffix in f.suffixes), None)


def rdf_format(rdflib_name: str) -> RdfFormat:
    """The syntax rdflib calls *rdflib_name*."""
    return next(f for f in RDF_FORMATS.values() if f.rdflib == rdflib_name)


def to_ox(term: Node) -> ox.NamedNode | ox.BlankNode | ox.Literal:
    """The Oxigraph term of an rdflib term (a plain literal becomes an ``xsd:string`` one).

    An IRI Oxigraph refuses raises :class:`RDFSyntaxError`; a blank node identifier it
    refuses gets a stable one derived from it. Anything else than a term raises ``TypeError``.
    """
    if isinstance(term, URIRef):
        try:
            return ox.NamedNode(str(term))
        except ValueError as err:
            raise RDFSyntaxError("<graph>", f"the invalid IRI <{term}>: {err}") from err
    if isinstance(term, BNode):
        try:
            return ox.BlankNode(str(term))
        except ValueError:
            return ox.BlankNode("b" + hashlib.sha256(str(term).encode()).hexdigest()[:32])
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype is not None:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    raise TypeError(f"not an RDF term: {term!r}")


def to_rdflib(term: OxTerm) -> Node:
    """The rdflib term of an Oxigraph term (``xsd:string`` literals become plain ones, as rdflib writes them)."""
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        if term.datatype.value == _XSD_STRING:
            return Literal(term.value)
        return Literal(term.value, datatype=URIRef(term.datatype.value))
    raise TypeError(f"not supported in rdflib: {term!r}")


def ox_triple(s: Node, p: Node, o: Node) -> ox.Triple:
    """An Oxigraph triple of three rdflib terms."""
    subject, predicate = to_ox(s), to_ox(p)
    if isinstance(subject, ox.Literal) or not isinstance(predicate, ox.NamedNode):
        raise TypeError(f"not an RDF triple: {s!r} {p!r} {o!r}")
    return ox.Triple(subject, predicate, to_ox(o))


def ox_triples(graph: Graph) -> Iterator[ox.Triple]:
    """The triples of an rdflib graph as Oxigraph triples."""
    for s, p, o in graph:
        yield ox_triple(s, p, o)


def graph_of(triples: Iterable[ox.Triple]) -> Graph:
    """A new rdflib graph, natokg's prefixes bound, holding *triples*."""
    graph = Graph(bind_namespaces="none")
    for prefix, iri in PREFIX_IRIS.items():
        graph.bind(prefix, iri)
    graph.addN((to_rdflib(t.subject), to_rdflib(t.predicate), to_rdflib(t.object), graph) for t in triples)
    return graph


def sparql_term(term: OxTerm) -> str:
    """*term* written for a SPARQL text: pyoxigraph's N-Triples form (IRIs validated, strings escaped)."""
    if not isinstance(term, ox.NamedNode | ox.BlankNode | ox.Literal):
        raise TypeError(f"cannot write {term!r} into SPARQL")
    return str(term).replace("\t", "\\t")
