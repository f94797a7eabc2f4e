"""Stage 5a: the RDF graph projected onto a networkx ``MultiDiGraph``.

Nodes are entities (IRI as id; ``label``, ``kind``, ``aliases``, and ``documents``: the
identifiers of the documents that mention them, from ``schema:mentions``); edges are the plain
facts between them, keyed by relation name, with the predicate IRI, their support
count, and the evidence read from the assertion nodes (sentence, document, offsets,
rule, confidence). Reference statements (:mod:`kg.reference`) in the graph become edges too,
or join the edge of the same document fact: each edge says its ``layer`` (``document``,
``reference`` or ``both``) and carries its ``reference`` rows, which never count as support.
:func:`query_network` draws the result of any SPARQL CONSTRUCT (or ``SELECT ?s ?p ?o``) the
same way, borrowing labels and evidence from the graph.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import networkx as nx
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.term import Node

from .errors import QueryError
from .lexicon import load_lexicon
from .model import POSITIVE
from .rdf.shape import REFERENCE, fact_parts, read_assertion
from .rdf.vocab import DCTERMS, NKG, PREFIXES, PROV, RDF, RDFS, SCHEMA, SKOS

__all__ = ["BOTH_LAYERS", "DOCUMENT_LAYER", "REFERENCE_LAYER", "EvidenceItem", "ReferenceItem", "local_name",
           "query_network", "to_networkx", "triples_to_networkx"]

#: the ``layer`` of an edge: a fact stated by the documents, by the reference data, or by both
DOCUMENT_LAYER, REFERENCE_LAYER, BOTH_LAYERS = "document", "reference", "both"


@dataclass(frozen=True, slots=True)
class EvidenceItem:
    """One piece of evidence for a fact: the quoted sentence and where it comes from."""

    sentence: str
    document: str
    start: int
    end: int
    rule: str
    confidence: float
    polarity: str = POSITIVE
    modality: str = ""
    #: the date the sentence gives the fact (``nkg:date``: 1999, 1999-03 or 1999-03-12), "" when none
    date: str = ""


@dataclass(frozen=True, slots=True)
class ReferenceItem:
    """One curated reference row behind a fact: where it is, and when and how it holds."""

    source: str
    row: int
    since: str = ""
    until: str = ""
    status: str = ""
    note: str = ""

    @property
    def where(self) -> str:
        """"reference data (relations.tsv, row 24)"."""
        return f"reference data ({self.source}, row {self.row})"

    @property
    def period(self) -> str:
        """"1994–2014 active", "since 2014 suspended", "" when nothing is curated."""
        span = f"{self.since}–{self.until}" if self.since and self.until else \
            f"since {self.since}" if self.since else f"until {self.until}" if self.until else ""
        return " ".join(part for part in (span, self.status) if part)


def local_name(iri: Node) -> str:
    text = str(iri)
    return text.rsplit("#", 1)[-1] if "#" in text else text.rsplit("/", 1)[-1]


def _value(graph: Graph, subject: Node, predicate: URIRef, default: Any = "") -> Any:
    found = graph.value(subject, predicate)
    if found is None:
        return default
    return found.toPython() if isinstance(found, Literal) else str(found)


def _evidence(graph: Graph, fact: Node) -> list[EvidenceItem]:
    items = []
    for assertion in graph.subjects(NKG.asserts, fact):
        record = read_assertion(graph, assertion)
        doc = record.document
        items.append(EvidenceItem(
            record.sentence, str(_value(graph, doc, DCTERMS.identifier, local_name(doc))) if doc else "",
            int(record.start or -1), int(record.end or -1), record.rule, float(record.confidence or 0.0),
            record.polarity, record.modality, record.date))
    return sorted(items, key=lambda e: (e.document, e.start, e.rule))


def _edge_data(relation: str, predicate: str, evidence: list[EvidenceItem], support: int) -> dict[str, object]:
    return {"relation": relation, "predicate": predicate, "support": support, "evidence": evidence,
            "evidence_count": len(evidence), "documents": sorted({e.document for e in evidence if e.document}),
            "layer": DOCUMENT_LAYER, "reference": []}


def _reference(graph: Graph, net: nx.MultiDiGraph) -> None:
    """Add the reference statements of *graph* to *net*: new edges, or rows on document facts."""
    for statement in graph.subjects(RDF.type, REFERENCE):
        fs, fp, fo = fact_parts(graph, statement)
        if fs is None or fp is None or fo is None or str(fs) not in net or str(fo) not in net:
            continue
        source = graph.value(statement, PROV.wasDerivedFrom)
        item = ReferenceItem(
            str(_value(graph, source, DCTERMS.identifier, "reference")) if source is not None else "reference",
            int(_value(graph, statement, NKG.row, 0)), str(graph.value(statement, NKG.since) or ""),
            str(graph.value(statement, NKG.until) or ""), str(_value(graph, statement, NKG.status)),
            str(_value(graph, statement, RDFS.comment)))
        s, o, key = str(fs), str(fo), local_name(fp)
        if not net.has_edge(s, o, key):
            net.add_edge(s, o, key=key, **{**_edge_data(key, str(fp), [], 0), "layer": REFERENCE_LAYER})
        data = net.edges[s, o, key]
        data["reference"] = sorted([*data["reference"], item], key=lambda r: (r.since, r.row))
        if data["layer"] == DOCUMENT_LAYER:
            data["layer"] = BOTH_LAYERS


def to_networkx(graph: Graph) -> nx.MultiDiGraph:
    """Entities and plain facts of *graph* as a directed multigraph (parallel relations kept apart).

    Examples
    --------
    >>> g = Graph().parse(format="turtle", data='''
    ...     @prefix nkg: <https://w3id.org/natokg/ontology#> . @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
    ...     <urn:x:LT> a nkg:Country ; rdfs:label "Lithuania" . <urn:x:NATO> a nkg:InternationalOrganization .
    ...     <urn:x:LT> nkg:memberOf <urn:x:NATO> .''')
    >>> net = to_networkx(g)
    >>> net.nodes["urn:x:LT"]["label"], list(net.edges(keys=True))
    ('Lithuania', [('urn:x:LT', 'urn:x:NATO', 'memberOf')])
    """
    classes = {NKG[kind]: kind for kind in load_lexicon().iri_kind}
    mentioned: dict[str, set[str]] = {}
    for doc, entity in graph.subject_objects(SCHEMA.mentions):
        name = str(_value(graph, doc, DCTERMS.identifier, local_name(doc)))
        mentioned.setdefault(str(entity), set()).add(name)
    net = nx.MultiDiGraph()
    for cls, kind in classes.items():
        for entity in graph.subjects(RDF.type, cls):
            label = str(graph.value(entity, RDFS.label) or local_name(entity))
            aliases = sorted(str(a) for a in graph.objects(entity, SKOS.altLabel))
            net.add_node(str(entity), label=label, kind=kind, aliases=aliases,
                         documents=sorted(mentioned.get(str(entity), ())))
    relation_props = {p for p in graph.predicates() if str(p).startswith(str(NKG))}
    for s, p, o in graph:
        if p in relation_props and str(s) in net and isinstance(o, URIRef) and str(o) in net:
            net.add_edge(str(s), str(o), key=local_name(p), **_edge_data(local_name(p), str(p), [], 0))
    for fact in graph.subjects(RDF.type, NKG.Fact):
        fs, fp, fo = fact_parts(graph, fact)
        if fs is None or fp is None or fo is None or not net.has_edge(str(fs), str(fo), local_name(fp)):
            continue
        support = int(_value(graph, fact, NKG.supportCount, 0))
        net.edges[str(fs), str(fo), local_name(fp)].update(
            _edge_data(local_name(fp), str(fp), _evidence(graph, fact), support))
    _reference(graph, net)
    return net


def _relation_name(predicate: URIRef, graph: Graph) -> str:
    """``memberOf`` for the ontology's own properties, a prefixed name (``rdfs:label``) otherwise."""
    if str(predicate).startswith(str(NKG)):
        return local_name(predicate)
    for prefix, namespace in PREFIXES.items():
        if str(predicate).startswith(str(namespace)):
            return f"{prefix}:{str(predicate)[len(str(namespace)):]}"
    try:
        return graph.namespace_manager.normalizeUri(predicate).strip("<>")
    except (ValueError, KeyError):  # an IRI rdflib cannot split into namespace and name
        return str(predicate)


def _term_node(term: Node, graph: Graph, entities: nx.MultiDiGraph) -> tuple[str, dict[str, object]]:
    """Node id and attributes of a query-result term that is not one of the graph's entities."""
    if isinstance(term, Literal):
        text = str(term)
        short = text if len(text) <= 60 else text[:57] + "…"
        return term.n3(), {"label": short, "kind": "Literal", "aliases": [], "documents": []}
    key = term.n3() if isinstance(term, BNode) else str(term)
    if key in entities:
        return key, dict(entities.nodes[key])
    label = next((str(v) for prop in (RDFS.label, SKOS.prefLabel, DCTERMS.title, DCTERMS.identifier)
                  if (v := graph.value(term, prop)) is not None), local_name(term))
    kinds = sorted(local_name(t) for t in graph.objects(term, RDF.type))
    kind = "BlankNode" if isinstance(term, BNode) else (kinds[0] if kinds else "Resource")
    return key, {"label": label, "kind": kind, "aliases": [], "documents": []}


def triples_to_networkx(triples: Iterable[tuple[Node, Node, Node]], graph: Graph,
                        entities: nx.MultiDiGraph | None = None) -> nx.MultiDiGraph:
    """Any triples (a CONSTRUCT result) as a multigraph; labels, types and evidence come from *graph*.

    *entities* is ``to_networkx(graph)`` when the caller already has it. A triple that is one
    of the graph's facts carries that fact's evidence; literals become nodes of kind ``Literal``.
    """
    entities = to_networkx(graph) if entities is None else entities
    net = nx.MultiDiGraph()
    for s, p, o in triples:
        if not isinstance(p, URIRef):
            continue
        (sid, sdata), (oid, odata) = _term_node(s, graph, entities), _term_node(o, graph, entities)
        net.add_node(sid, **sdata)
        net.add_node(oid, **odata)
        name = _relation_name(p, graph)
        if entities.has_edge(sid, oid, name):
            net.add_edge(sid, oid, key=name, **entities.edges[sid, oid, name])
        else:
            net.add_edge(sid, oid, key=name, **_edge_data(name, str(p), [], 0))
    return net


def query_network(graph: Graph, sparql: str) -> nx.MultiDiGraph:
    """The result of a SPARQL CONSTRUCT/DESCRIBE, or of a SELECT with three variables, as a network.

    A SELECT must bind ``?s ?p ?o`` (or exactly three variables, read in that order).

    The query goes through :func:`kg.query.run_query`, as ``kg query`` does: updates,
    ``SERVICE`` and ``FROM`` are refused and the engine has no network. Raises
    :class:`~kg.errors.QueryError` when the query does not parse, is refused, fails, or is
    an ASK / a SELECT of another shape.
    """
    from .query import Query, run_query
    from .rdf.io import to_rdflib
    from .store import RdflibStore

    result = run_query(RdflibStore(graph), Query(sparql, "--query"))  # kg query's checks, no network
    if result.form == "graph":
        return triples_to_networkx(((to_rdflib(t.subject), to_rdflib(t.predicate), to_rdflib(t.object))
                                    for t in result.triples), graph)
    if result.form == "bindings":
        names = result.variables
        wanted = ["s", "p", "o"] if {"s", "p", "o"} <= set(names) else names
        if len(wanted) != 3:
            bound = ", ".join(names) or "nothing"
            raise QueryError(f"a SELECT drawn as a graph needs ?s ?p ?o; this one binds {bound}")
        columns = [result.column(v) for v in wanted]
        return triples_to_networkx((tuple(to_rdflib(t) for t in row)  # type: ignore[misc]
                                    for row in zip(*columns) if None not in row), graph)
    raise QueryError("an ASK query has no graph to draw; use CONSTRUCT or SELECT ?s ?p ?o")
