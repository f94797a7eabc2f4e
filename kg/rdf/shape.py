"""The shape of natokg's data model in RDF, written once: what :mod:`kg.rdf.build` writes and
every reader (network, export, evaluation, summary, outputs, the build description, the
incremental updates) reads.

A **fact** is an ``nkg:Fact`` node naming its triple with :data:`FACT_PARTS`; when at least
one document asserts it plainly it also stands as that triple in the default graph, and
``nkg:supportCount`` counts those documents. An **assertion** (``nkg:Assertion``) is one
piece of evidence: it ``nkg:asserts`` a fact, is ``prov:wasDerivedFrom`` a document, and has
the parts ``<assertion>#target``, ``#quote`` (the sentence) and ``#position`` (its offsets)
(:data:`ASSERTION_PARTS`). An assertion is **plain** when it is positive, has no modality
and is not attributed to anyone (:func:`kg.model.is_plain`, the one rule); only plain
assertions count as support. **Reference** facts (curated, :mod:`kg.reference`) are
``nkg:ReferenceStatement`` nodes in their own named graph; stores built before that layer
existed hold them as assertions whose rule is :data:`CURATED_RULE`. Pages and analytics keep
at most :data:`EVIDENCE_PER_FACT` assertions of a fact.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass

import pyoxigraph as ox
from rdflib import Graph, URIRef
from rdflib.term import Node

from ..model import POSITIVE, is_plain
from .vocab import NKG, OA, PROV, RDF

__all__ = ["ACTIVE", "ASSERTION_PARTS", "CURATED_RULE", "DEFAULT_REFERENCE_MODE", "EVIDENCE_PER_FACT", "FACT_PARTS",
           "NON_ENTITY_CLASSES", "PLAIN_SPARQL", "QUALIFIERS", "REFERENCE", "REFERENCE_MODES", "REFERENCE_STATUSES",
           "AssertionIndex", "AssertionRecord", "assertion_part", "fact_parts", "read_assertion", "term_text"]

#: the properties of a fact node naming its triple, in (subject, predicate, object) order
FACT_PARTS = (NKG.subject, NKG.predicate, NKG.object)
#: fragments of an assertion's IRI for its target, its quote selector and its position selector
ASSERTION_PARTS = ("target", "quote", "position")
#: properties that make an assertion not plain when present (besides a polarity other than positive)
QUALIFIERS = (NKG.modality, NKG.attributedTo, NKG.attributedToName)
#: the class of a curated reference fact
REFERENCE = NKG.ReferenceStatement
#: the rule of curated facts held as document evidence (stores made before the reference layer)
CURATED_RULE = "curated"
#: the modes a reference layer is built in (``nkg:referenceMode``; see :mod:`kg.reference`) and the default
REFERENCE_MODES = ("none", "linked", "facts", "corpus-wide")
DEFAULT_REFERENCE_MODE = "linked"
#: the statuses of a reference statement (``nkg:status``); one without a status holds as active
ACTIVE = "active"
REFERENCE_STATUSES = (ACTIVE, "suspended")
#: pieces of evidence per fact kept by default on pages and in analytics
EVIDENCE_PER_FACT = 25
#: ontology classes of a build's nodes that are not entities
NON_ENTITY_CLASSES = frozenset({NKG.Document, NKG.Fact, NKG.Assertion})

#: a SPARQL pattern completing ``?a ...`` with: ``?a`` is a plain assertion
PLAIN_SPARQL = f'nkg:polarity "{POSITIVE}" .\n' + "\n".join(
    f"        FILTER NOT EXISTS {{ ?a nkg:{q.removeprefix(str(NKG))} ?_q{n} }}" for n, q in enumerate(QUALIFIERS))


def assertion_part(assertion: str, part: str) -> URIRef:
    """The IRI of one of an assertion's :data:`ASSERTION_PARTS`."""
    return URIRef(f"{assertion}#{part}")


def fact_parts(graph: Graph, fact: Node) -> tuple[Node | None, Node | None, Node | None]:
    """Subject, predicate and object a fact (or reference statement) names; ``None`` where missing."""
    s, p, o = (graph.value(fact, prop) for prop in FACT_PARTS)
    return s, p, o


@dataclass(frozen=True, slots=True)
class AssertionRecord:
    """One assertion as written: literals as text ("" when absent), nodes as they are."""

    #: rdflib terms from :func:`read_assertion`, IRIs or blank node identifiers (text) from :class:`AssertionIndex`
    node: Node | str
    fact: Node | str | None
    document: Node | str | None
    sentence: str
    start: str
    end: str
    rule: str
    confidence: str
    polarity: str
    modality: str
    date: str
    attributed: bool

    @property
    def plain(self) -> bool:
        """Positive, not hedged, not reported: it counts as support."""
        return is_plain(self.polarity, self.modality, "yes" if self.attributed else "")


def read_assertion(graph: Graph, assertion: Node) -> AssertionRecord:
    """The one reader of an assertion's evidence: fact, document, sentence, offsets and qualifiers."""

    def text(node: Node | None, prop: URIRef) -> str:
        found = graph.value(node, prop) if node is not None else None
        return "" if found is None else str(found)

    target = graph.value(assertion, OA.hasTarget)
    quote = position = None
    for selector in graph.objects(target, OA.hasSelector) if target is not None else ():
        if (selector, RDF.type, OA.TextQuoteSelector) in graph:
            quote = selector
        elif (selector, RDF.type, OA.TextPositionSelector) in graph:
            position = selector
    return AssertionRecord(
        assertion, graph.value(assertion, NKG.asserts), graph.value(assertion, PROV.wasDerivedFrom),
        text(quote, OA.exact), text(position, OA.start), text(position, OA.end), text(assertion, NKG.rule),
        text(assertion, NKG.confidence), text(assertion, NKG.polarity) or POSITIVE, text(assertion, NKG.modality),
        text(assertion, NKG.date),
        any(graph.value(assertion, q) is not None for q in (NKG.attributedTo, NKG.attributedToName)))


def term_text(term: ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple | None) -> str:
    """A term's text as rdflib's ``str`` gives it: an IRI, a blank node identifier, a literal's lexical form.

    IRIs are interned: the readers that keep them (:class:`AssertionIndex`, the page's projection)
    hold each one once however often it occurs."""
    if term is None:
        return ""
    if isinstance(term, ox.NamedNode):
        return sys.intern(term.value)
    return str(term) if isinstance(term, ox.Triple) else term.value


_OX = {name: ox.NamedNode(str(iri)) for name, iri in {
    "type": RDF.type, "asserts": NKG.asserts, "derived": PROV.wasDerivedFrom, "target": OA.hasTarget,
    "selector": OA.hasSelector, "quote": OA.TextQuoteSelector, "position": OA.TextPositionSelector,
    "exact": OA.exact, "start": OA.start, "end": OA.end, "rule": NKG.rule, "confidence": NKG.confidence,
    "polarity": NKG.polarity, "modality": NKG.modality, "date": NKG.date}.items()}
_QUALIFIED = frozenset(ox.NamedNode(str(q)) for q in (NKG.attributedTo, NKG.attributedToName))
#: the object of a triple
Object = ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple


class AssertionIndex:
    """:func:`read_assertion` for Oxigraph triples fed one subject at a time (:meth:`add`): keeps
    only the assertions, their targets and selectors, as text; :meth:`records` reads them back.

    Fed in sorted order, an assertion's selectors (``<a#position>``, ``<a#quote>``) come before
    its target (``<a#target>``): the target takes in their text when it is read and their IRIs
    are let go, which halves what a large graph's index holds. A selector read after its target
    (a blank node, which sorts last) is looked up when the records are read."""

    def __init__(self) -> None:
        self.assertions: dict[str, tuple[str, ...]] = {}
        #: fact → the assertions asserting it, in the order they came
        self.by_fact: dict[str, list[str]] = {}
        #: target → its selectors: (kind, exact, start, end) once read, else the selector's IRI or identifier
        self.selectors: dict[str, list[str | tuple[str, str, str, str]]] = {}
        self.selector_kind: dict[str, str] = {}
        self.selector_text: dict[str, tuple[str, str, str]] = {}

    def add(self, group: list[ox.Triple]) -> None:
        """One subject's triples (the triples of other subjects are ignored)."""
        # each access to a term makes a new Python object: read once
        self.read(term_text(group[0].subject), [(t.predicate, t.object) for t in group])

    def read(self, node: str, pairs: list[tuple[ox.NamedNode, Object]]) -> None:
        """One subject's triples as its text (:func:`term_text`) and its (predicate, object) pairs."""
        first: dict[ox.NamedNode, Object] = {}
        types = set()
        asserts, selector, kind_of = _OX["asserts"], _OX["selector"], _OX["type"]
        for predicate, value in pairs:
            first.setdefault(predicate, value)
            if predicate == asserts:
                self.by_fact.setdefault(term_text(value), []).append(node)
            elif predicate == selector:
                self.selectors.setdefault(node, []).append(term_text(value))
            elif predicate == kind_of:
                types.add(value)
        if asserts in first:
            qualified = any(p in _QUALIFIED for p, _ in pairs)
            # the values repeat (rules, confidences, dates): one string each
            self.assertions[node] = (*(sys.intern(term_text(first.get(_OX[k]))) for k in (
                "asserts", "derived", "target", "rule", "confidence", "polarity", "modality", "date")),
                "yes" if qualified else "")
        for kind in ("quote", "position"):  # a node of both kinds reads as a quote, as in read_assertion
            if _OX[kind] in types:
                self.selector_kind.setdefault(node, kind)
                # a sentence that is the evidence of several facts is held once
                self.selector_text[node] = tuple(sys.intern(term_text(first.get(_OX[k]))) for k in ("exact", "start", "end"))
        if node in self.selectors:
            self._take_in(node)

    def _take_in(self, target: str) -> None:
        """Replace the selectors of *target* read so far by their kind and text."""
        held = self.selectors[target]
        for n, selector in enumerate(held):
            if isinstance(selector, str) and selector in self.selector_kind:
                held[n] = (self.selector_kind.pop(selector), *self.selector_text.pop(selector))

    def records(self, fact: str) -> list[AssertionRecord]:
        """The assertions of *fact* added so far, in the order they came."""
        found = []
        for node in self.by_fact.get(fact, ()):
            fact_of, document, target, rule, confidence, polarity, modality, date, attributed = self.assertions[node]
            quote: list[str] | None = None
            position: list[str] | None = None
            for selector in self.selectors.get(target, ()) if target else ():
                kind, *text = selector if isinstance(selector, tuple) else (
                    self.selector_kind.get(selector), *self.selector_text.get(selector, ("", "", "")))
                if kind == "quote":
                    quote = text
                elif kind == "position":
                    position = text
            sentence = quote[0] if quote else ""
            start, end = position[1:] if position else ("", "")
            found.append(AssertionRecord(node, fact_of or None, document or None, sentence, start, end, rule,
                                         confidence, polarity or POSITIVE, modality, date, bool(attributed)))
        return found
