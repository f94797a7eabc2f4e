"""Stage 5a: the RDF graph projected onto a networkx ``MultiDiGraph``.

Nodes are entities (IRI as id; ``label``, ``kind``, ``aliases``); edges are the plain
facts between them, keyed by relation name, with their support count and the
evidence read from the assertion nodes (sentence, document, offsets, rule, confidence).
"""

from __future__ import annotations

from dataclasses import dataclass

import networkx as nx
from rdflib import Graph, URIRef
from rdflib.term import Node

from .extract.lexicon import load_lexicon
from .rdf.vocab import DCTERMS, NKG, OA, PROV, RDF, RDFS, SKOS

__all__ = ["EvidenceItem", "local_name", "to_networkx"]


@dataclass(frozen=True, slots=True)
class EvidenceItem:
    sentence: str
    document: str
    start: int
    end: int
    rule: str
    confidence: float
    polarity: str = "positive"
    modality: str = ""


def local_name(iri: Node) -> str:
    text = str(iri)
    return text.rsplit("#", 1)[-1] if "#" in text else text.rsplit("/", 1)[-1]


def _value(graph: Graph, subject: Node, predicate: URIRef, default: object = "") -> object:
    found = graph.value(subject, predicate)
    return found.toPython() if found is not None else default


def _evidence(graph: Graph, fact: Node) -> list[EvidenceItem]:
    items = []
    for assertion in graph.subjects(NKG.asserts, fact):
        doc = graph.value(assertion, PROV.wasDerivedFrom)
        target = graph.value(assertion, OA.hasTarget)
        sentence, start, end = "", -1, -1
        for selector in graph.objects(target, OA.hasSelector) if target is not None else ():
            if (selector, RDF.type, OA.TextQuoteSelector) in graph:
                sentence = str(graph.value(selector, OA.exact) or "")
            elif (selector, RDF.type, OA.TextPositionSelector) in graph:
                start, end = int(_value(graph, selector, OA.start, -1)), int(_value(graph, selector, OA.end, -1))
        items.append(EvidenceItem(
            sentence, str(_value(graph, doc, DCTERMS.identifier, local_name(doc))) if doc else "", start, end,
            str(_value(graph, assertion, NKG.rule)), float(_value(graph, assertion, NKG.confidence, 0.0)),
            str(_value(graph, assertion, NKG.polarity, "positive")), str(_value(graph, assertion, NKG.modality))))
    return sorted(items, key=lambda e: (e.document, e.start, e.rule))


def to_networkx(graph: Graph) -> nx.MultiDiGraph:
    """Entities and plain facts of *graph* as a directed multigraph (parallel relations kept apart)."""
    classes = {NKG[kind]: kind for kind in load_lexicon().iri_kind}
    net = nx.MultiDiGraph()
    for cls, kind in classes.items():
        for entity in graph.subjects(RDF.type, cls):
            label = str(graph.value(entity, RDFS.label) or local_name(entity))
            aliases = sorted(str(a) for a in graph.objects(entity, SKOS.altLabel))
            net.add_node(str(entity), label=label, kind=kind, aliases=aliases)
    relation_props = {p for p in graph.predicates() if str(p).startswith(str(NKG))}
    for s, p, o in graph:
        if p in relation_props and str(s) in net and isinstance(o, URIRef) and str(o) in net:
            net.add_edge(str(s), str(o), key=local_name(p), relation=local_name(p), support=0, evidence=[])
    for fact in graph.subjects(RDF.type, NKG.Fact):
        s, p, o = (graph.value(fact, prop) for prop in (NKG.subject, NKG.predicate, NKG.object))
        if s is None or p is None or o is None or not net.has_edge(str(s), str(o), local_name(p)):
            continue
        data = net.edges[str(s), str(o), local_name(p)]
        data["support"] = int(_value(graph, fact, NKG.supportCount, 0))
        data["evidence"] = _evidence(graph, fact)
    return net
