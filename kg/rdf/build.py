"""Stage 3: an :class:`~kg.model.Extraction` → an rdflib graph against ``ontology/natokg.ttl``.

Each plain fact is a direct triple in the default graph, plus a ``nkg:Fact`` node and
one ``nkg:Assertion`` per piece of evidence (source document through PROV-O, sentence
and offsets through Web Annotation selectors). Hedged, negated or reported statements
get the fact node and assertions, but no direct triple. See docs/data-model.md.

Curated reference facts are not part of this graph: they form their own layer
(:mod:`kg.reference`).
"""

from __future__ import annotations

from collections import defaultdict
from decimal import Decimal

from rdflib import Graph, Literal, URIRef

from ..config import DEFAULT_BASE
from ..lexicon import load_lexicon
from ..model import Document, Extraction, Relation
from .iri import IRIs
from .shape import ASSERTION_PARTS, FACT_PARTS, assertion_part
from .vocab import DCTERMS, NKG, OA, PREFIXES, PROV, RDF, RDFS, SCHEMA, SKOS, WD, XSD

__all__ = ["document_mentions", "new_graph", "to_graph"]


def new_graph() -> Graph:
    """An empty graph with natokg's prefixes bound."""
    graph = Graph(bind_namespaces="none")
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, namespace)
    return graph


def _nodes(extraction: Extraction, base: str) -> tuple[IRIs, dict[str, URIRef]]:
    iris = IRIs(base, load_lexicon().iri_kind)
    iris.register_entities((e.kind, e.name) for e in extraction.entities.values())
    return iris, {key: iris.entity(e.kind, e.name) for key, e in extraction.entities.items()}


def document_mentions(extraction: Extraction, *, base: str = DEFAULT_BASE) -> dict[tuple[str, str], int]:
    """(document IRI, entity IRI) → mentions, the per-document parts of ``nkg:mentionCount``
    that :func:`to_graph` adds up, with the same IRIs."""
    iris, node = _nodes(extraction, base)
    counts: dict[tuple[str, str], int] = defaultdict(int)
    for mention in extraction.mentions:
        counts[str(iris.document(mention.doc_id)), str(node[mention.entity_key])] += 1
    return dict(counts)


def to_graph(extraction: Extraction, *, base: str = DEFAULT_BASE) -> Graph:
    """Build the RDF graph of *extraction* under the data namespace *base*."""
    lexicon = load_lexicon()
    iris, node = _nodes(extraction, base)
    graph = new_graph()
    mentions: dict[str, int] = defaultdict(int)
    for mention in extraction.mentions:
        mentions[mention.entity_key] += 1
    for key, entity in extraction.entities.items():
        iri = node[key]
        graph.add((iri, RDF.type, NKG[entity.kind]))
        graph.add((iri, RDFS.label, Literal(entity.name, lang="en")))
        graph.add((iri, SKOS.prefLabel, Literal(entity.name, lang="en")))
        for alias in entity.aliases:
            graph.add((iri, SKOS.altLabel, Literal(alias, lang="en")))
        graph.add((iri, NKG.mentionCount, Literal(mentions[key])))
        wikidata = lexicon.identifiers.get(key, {}).get("wikidata")
        if wikidata:
            graph.add((iri, SKOS.exactMatch, WD[wikidata]))
    for doc in extraction.documents:
        _add_document(graph, iris.document(doc.id), doc)
    for doc_id, key in {(m.doc_id, m.entity_key) for m in extraction.mentions}:
        graph.add((iris.document(doc_id), SCHEMA.mentions, node[key]))
    _add_relations(graph, iris, node, extraction.relations)
    return graph


def _add_document(graph: Graph, iri: URIRef, doc: Document) -> None:
    graph.add((iri, RDF.type, NKG.Document))
    graph.add((iri, DCTERMS.title, Literal(doc.title or doc.name)))
    graph.add((iri, DCTERMS.identifier, Literal(doc.name)))
    graph.add((iri, DCTERMS.source, Literal(doc.path)))
    graph.add((iri, DCTERMS.language, Literal("en")))
    graph.add((iri, NKG.sha256, Literal(doc.sha256)))
    graph.add((iri, NKG.byteSize, Literal(doc.byte_size)))


def _add_relations(graph: Graph, iris: IRIs, node: dict[str, URIRef], relations: list[Relation]) -> None:
    supporting: dict[URIRef, set[str]] = defaultdict(set)
    for rel in relations:
        s, p, o = node[rel.subject], NKG[rel.predicate], node[rel.object]
        fact = iris.fact(s, p, o)
        graph.add((fact, RDF.type, NKG.Fact))
        for part, term in zip(FACT_PARTS, (s, p, o)):
            graph.add((fact, part, term))
        if rel.is_fact:  # plain: the direct triple, and support
            graph.add((s, p, o))
            supporting[fact].add(rel.evidence.doc_id)
        else:
            supporting.setdefault(fact, set())
        _add_assertion(graph, iris, fact, rel, node)
    for fact, docs in supporting.items():
        graph.add((fact, NKG.supportCount, Literal(len(docs))))


def _add_assertion(graph: Graph, iris: IRIs, fact: URIRef, rel: Relation, node: dict[str, URIRef]) -> None:
    ev = rel.evidence
    doc = iris.document(ev.doc_id)
    assertion = iris.assertion(fact, ev.doc_id, ev.start, ev.end, rel.rule)
    target, quote, position = (assertion_part(assertion, part) for part in ASSERTION_PARTS)
    graph.add((assertion, RDF.type, NKG.Assertion))
    graph.add((assertion, NKG.asserts, fact))
    graph.add((assertion, PROV.wasDerivedFrom, doc))
    graph.add((assertion, NKG.rule, Literal(rel.rule)))
    graph.add((assertion, NKG.confidence, Literal(Decimal(str(rel.confidence)), datatype=XSD.decimal)))
    if rel.verb:
        graph.add((assertion, NKG.verb, Literal(rel.verb)))
    graph.add((assertion, NKG.polarity, Literal(rel.polarity)))
    if rel.modality:
        graph.add((assertion, NKG.modality, Literal(rel.modality)))
    if rel.date:
        kind = {4: XSD.gYear, 7: XSD.gYearMonth}.get(len(rel.date), XSD.date)
        graph.add((assertion, NKG.date, Literal(rel.date, datatype=kind)))
    if rel.attributed_to:
        speaker = node.get(rel.attributed_to)
        if speaker is not None:
            graph.add((assertion, NKG.attributedTo, speaker))
        else:
            graph.add((assertion, NKG.attributedToName, Literal(rel.attributed_to)))
    graph.add((assertion, OA.hasTarget, target))
    graph.add((target, RDF.type, OA.SpecificResource))
    graph.add((target, OA.hasSource, doc))
    graph.add((target, OA.hasSelector, quote))
    graph.add((target, OA.hasSelector, position))
    graph.add((quote, RDF.type, OA.TextQuoteSelector))
    graph.add((quote, OA.exact, Literal(ev.sentence)))
    graph.add((position, RDF.type, OA.TextPositionSelector))
    graph.add((position, OA.start, Literal(ev.start)))
    graph.add((position, OA.end, Literal(ev.end)))
