"""Stage 3: an :class:`~kg.model.Extraction` → RDF against ``ontology/natokg.ttl``.

Each plain fact is a direct triple in the default graph, plus a ``nkg:Fact`` node and
one ``nkg:Assertion`` per piece of evidence (source document through PROV-O, sentence
and offsets through Web Annotation selectors). Hedged, negated or reported statements
get the fact node and assertions, but no direct triple. See docs/data-model.md.

:func:`to_part` writes Oxigraph triples directly (what a build puts into its store, part by
part), with the two counts a store adds up across parts kept apart: mentions per document
and entity (``nkg:mentionCount``) and the documents asserting each fact plainly
(``nkg:supportCount``). :func:`to_graph` is the same as one rdflib graph, counts included.

Curated reference facts are not part of this graph: they form their own layer
(:mod:`kg.reference`).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from decimal import Decimal

import pyoxigraph as ox
from rdflib import Graph

from ..config import DEFAULT_BASE
from ..lexicon import load_lexicon
from ..model import Document, Extraction, Relation
from .io import to_rdflib
from .iri import IRIs
from .shape import ASSERTION_PARTS, FACT_PARTS, assertion_part
from .vocab import DCTERMS, NKG, OA, PREFIXES, PROV, RDF, RDFS, SCHEMA, SKOS, WD, XSD

__all__ = ["Part", "mentioned", "new_graph", "to_graph", "to_part"]


def new_graph() -> Graph:
    """An empty graph with natokg's prefixes bound."""
    graph = Graph(bind_namespaces="none")
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, namespace)
    return graph


def _n(iri: str) -> ox.NamedNode:
    return ox.NamedNode(str(iri))


class _V:
    """The vocabulary as Oxigraph terms, made once."""

    TYPE, LABEL, PREF, ALT, EXACT = _n(RDF.type), _n(RDFS.label), _n(SKOS.prefLabel), _n(SKOS.altLabel), \
        _n(SKOS.exactMatch)
    MENTIONS, MENTION_COUNT, SUPPORT_COUNT = _n(SCHEMA.mentions), _n(NKG.mentionCount), _n(NKG.supportCount)
    DOCUMENT, FACT, ASSERTION = _n(NKG.Document), _n(NKG.Fact), _n(NKG.Assertion)
    TITLE, IDENTIFIER, SOURCE, LANGUAGE = _n(DCTERMS.title), _n(DCTERMS.identifier), _n(DCTERMS.source), \
        _n(DCTERMS.language)
    SHA, SIZE = _n(NKG.sha256), _n(NKG.byteSize)
    FACT_PARTS = tuple(_n(p) for p in FACT_PARTS)
    ASSERTS, DERIVED, RULE, CONFIDENCE, VERB = _n(NKG.asserts), _n(PROV.wasDerivedFrom), _n(NKG.rule), \
        _n(NKG.confidence), _n(NKG.verb)
    POLARITY, MODALITY, DATE = _n(NKG.polarity), _n(NKG.modality), _n(NKG.date)
    ATTRIBUTED, ATTRIBUTED_NAME = _n(NKG.attributedTo), _n(NKG.attributedToName)
    TARGET, SPECIFIC, HAS_SOURCE, SELECTOR = _n(OA.hasTarget), _n(OA.SpecificResource), _n(OA.hasSource), \
        _n(OA.hasSelector)
    QUOTE, EXACT_TEXT, POSITION, START, END = _n(OA.TextQuoteSelector), _n(OA.exact), \
        _n(OA.TextPositionSelector), _n(OA.start), _n(OA.end)
    DECIMAL = _n(XSD.decimal)
    DATE_KINDS = {4: _n(XSD.gYear), 7: _n(XSD.gYearMonth)}
    XSD_DATE = _n(XSD.date)
    EN = ox.Literal("en")


@dataclass(slots=True)
class Part:
    """The RDF of one extraction (a build's part) as Oxigraph triples.

    ``evidence`` holds the facts, their plain triples and the assertions, as quads of the
    default graph (what a store takes: making each a triple first and a quad then costs
    more than the store's own insert); ``nodes`` the
    triples of the document and entity nodes (which a store adds last, see
    :func:`kg.incremental.merge`) but their ``schema:mentions`` (:meth:`mentioned`). The counts are kept apart, as they add up across parts:
    ``mentions`` (entity IRI → mentions, zero included), ``by_document`` ((document IRI,
    entity IRI) → mentions) and ``support`` (fact IRI → documents asserting it plainly).
    """

    evidence: list[ox.Quad] = field(default_factory=list)
    nodes: list[ox.Triple] = field(default_factory=list)
    mentions: Counter[str] = field(default_factory=Counter)
    by_document: Counter[tuple[str, str]] = field(default_factory=Counter)
    support: dict[str, set[str]] = field(default_factory=dict)

    def mentioned(self) -> Iterator[ox.Triple]:
        """``schema:mentions`` of each document and entity in ``by_document`` (made when asked, not
        held: a build keeps the pairs until its documents go in)."""
        return mentioned(self.by_document)

    def counts(self) -> list[ox.Triple]:
        """``nkg:mentionCount`` and ``nkg:supportCount`` of this part alone."""
        return ([ox.Triple(_n(e), _V.MENTION_COUNT, ox.Literal(n)) for e, n in self.mentions.items()]
                + [ox.Triple(_n(f), _V.SUPPORT_COUNT, ox.Literal(len(d))) for f, d in self.support.items()])


def to_part(extraction: Extraction, *, base: str = DEFAULT_BASE) -> Part:
    """The RDF of *extraction* under the data namespace *base*, as Oxigraph triples."""
    lexicon = load_lexicon()
    iris = IRIs(base, lexicon.iri_kind)
    iris.register_entities((e.kind, e.name) for e in extraction.entities.values())
    node = {key: _n(iris.entity(e.kind, e.name)) for key, e in extraction.entities.items()}
    part = Part()
    add = part.nodes.append
    for key, entity in extraction.entities.items():
        iri, name = node[key], ox.Literal(entity.name, language="en")
        add(ox.Triple(iri, _V.TYPE, _n(NKG[entity.kind])))
        add(ox.Triple(iri, _V.LABEL, name))
        add(ox.Triple(iri, _V.PREF, name))
        for alias in entity.aliases:
            add(ox.Triple(iri, _V.ALT, ox.Literal(alias, language="en")))
        part.mentions[iri.value] += 0
        wikidata = lexicon.identifiers.get(key, {}).get("wikidata")
        if wikidata:
            add(ox.Triple(iri, _V.EXACT, _n(WD[wikidata])))
    documents: dict[str, ox.NamedNode] = {}

    def document(doc_id: str) -> ox.NamedNode:
        if doc_id not in documents:
            documents[doc_id] = _n(iris.document(doc_id))
        return documents[doc_id]

    for doc in extraction.documents:
        _add_document(part, document(doc.id), doc)
    texts = {key: iri.value for key, iri in node.items()}  # one string per IRI, however many mentions
    doc_texts = {doc_id: document(doc_id).value for doc_id in {m.doc_id for m in extraction.mentions}}
    for mention in extraction.mentions:
        entity = texts[mention.entity_key]
        part.mentions[entity] += 1
        part.by_document[doc_texts[mention.doc_id], entity] += 1
    for rel in extraction.relations:
        _add_relation(part, iris, node, document, rel)
    return part


def to_graph(extraction: Extraction, *, base: str = DEFAULT_BASE) -> Graph:
    """The RDF of *extraction* under the data namespace *base* as one rdflib graph, counts included."""
    part = to_part(extraction, base=base)
    graph = new_graph()
    graph.addN((to_rdflib(t.subject), to_rdflib(t.predicate), to_rdflib(t.object), graph)
               for t in (*part.nodes, *part.mentioned(), *part.evidence, *part.counts()))
    return graph


def mentioned(pairs: Iterable[tuple[str, str]]) -> Iterator[ox.Triple]:
    """``schema:mentions`` triples of (document IRI, entity IRI) pairs, in sorted order."""
    for document, entity in sorted(pairs):
        yield ox.Triple(_n(document), _V.MENTIONS, _n(entity))


def _add_document(part: Part, iri: ox.NamedNode, doc: Document) -> None:
    add = part.nodes.append
    add(ox.Triple(iri, _V.TYPE, _V.DOCUMENT))
    add(ox.Triple(iri, _V.TITLE, ox.Literal(doc.title or doc.name)))
    add(ox.Triple(iri, _V.IDENTIFIER, ox.Literal(doc.name)))
    add(ox.Triple(iri, _V.SOURCE, ox.Literal(doc.path)))
    add(ox.Triple(iri, _V.LANGUAGE, _V.EN))
    add(ox.Triple(iri, _V.SHA, ox.Literal(doc.sha256)))
    add(ox.Triple(iri, _V.SIZE, ox.Literal(doc.byte_size)))


def _add_relation(part: Part, iris: IRIs, node: dict[str, ox.NamedNode],
                  document: Callable[[str], ox.NamedNode], rel: Relation) -> None:
    add = part.evidence.append
    s, p, o = node[rel.subject], _n(NKG[rel.predicate]), node[rel.object]
    fact_iri = str(iris.fact(s.value, p.value, o.value))
    fact = _n(fact_iri)
    if fact_iri not in part.support:
        part.support[fact_iri] = set()
        add(ox.Quad(fact, _V.TYPE, _V.FACT))
        for prop, term in zip(_V.FACT_PARTS, (s, p, o)):
            add(ox.Quad(fact, prop, term))
    if rel.is_fact:  # plain: the direct triple, and support
        if not part.support[fact_iri]:
            add(ox.Quad(s, p, o))
        part.support[fact_iri].add(rel.evidence.doc_id)
    ev = rel.evidence
    doc = document(ev.doc_id)
    assertion_iri = iris.assertion(fact_iri, ev.doc_id, ev.start, ev.end, rel.rule)
    assertion = _n(assertion_iri)
    target, quote, position = (_n(assertion_part(assertion_iri, name)) for name in ASSERTION_PARTS)
    add(ox.Quad(assertion, _V.TYPE, _V.ASSERTION))
    add(ox.Quad(assertion, _V.ASSERTS, fact))
    add(ox.Quad(assertion, _V.DERIVED, doc))
    add(ox.Quad(assertion, _V.RULE, ox.Literal(rel.rule)))
    add(ox.Quad(assertion, _V.CONFIDENCE, ox.Literal(format(Decimal(str(rel.confidence)), "f"),
                                                       datatype=_V.DECIMAL)))
    if rel.verb:
        add(ox.Quad(assertion, _V.VERB, ox.Literal(rel.verb)))
    add(ox.Quad(assertion, _V.POLARITY, ox.Literal(rel.polarity)))
    if rel.modality:
        add(ox.Quad(assertion, _V.MODALITY, ox.Literal(rel.modality)))
    if rel.date:
        add(ox.Quad(assertion, _V.DATE, ox.Literal(rel.date, datatype=_V.DATE_KINDS.get(len(rel.date),
                                                                                        _V.XSD_DATE))))
    if rel.attributed_to:
        speaker = node.get(rel.attributed_to)
        if speaker is not None:
            add(ox.Quad(assertion, _V.ATTRIBUTED, speaker))
        else:
            add(ox.Quad(assertion, _V.ATTRIBUTED_NAME, ox.Literal(rel.attributed_to)))
    add(ox.Quad(assertion, _V.TARGET, target))
    add(ox.Quad(target, _V.TYPE, _V.SPECIFIC))
    add(ox.Quad(target, _V.HAS_SOURCE, doc))
    add(ox.Quad(target, _V.SELECTOR, quote))
    add(ox.Quad(target, _V.SELECTOR, position))
    add(ox.Quad(quote, _V.TYPE, _V.QUOTE))
    add(ox.Quad(quote, _V.EXACT_TEXT, ox.Literal(ev.sentence)))
    add(ox.Quad(position, _V.TYPE, _V.POSITION))
    add(ox.Quad(position, _V.START, ox.Literal(ev.start)))
    add(ox.Quad(position, _V.END, ox.Literal(ev.end)))
