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
from pathlib import Path

import networkx as nx
import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.term import Node

from .errors import QueryError
from .lexicon import load_lexicon
from .model import POSITIVE
from .rdf.shape import FACT_PARTS, REFERENCE, AssertionIndex, Object, term_text
from .rdf.vocab import DCTERMS, NKG, PREFIXES, PROV, RDF, RDFS, SCHEMA, SKOS

__all__ = ["BOTH_LAYERS", "DOCUMENT_LAYER", "REFERENCE_LAYER", "EvidenceItem", "Projection", "ReferenceItem",
           "file_network", "local_name", "project", "query_network", "to_networkx", "triples_to_networkx"]

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


def _edge_data(relation: str, predicate: str, evidence: list[EvidenceItem], support: int) -> dict[str, object]:
    return {"relation": relation, "predicate": predicate, "support": support, "evidence": evidence,
            "evidence_count": len(evidence), "documents": sorted({e.document for e in evidence if e.document}),
            "layer": DOCUMENT_LAYER, "reference": []}


def to_networkx(graph: Graph) -> nx.MultiDiGraph:
    """Entities and plain facts of *graph* as a directed multigraph (parallel relations kept apart).

    The same projection as :class:`Projection`, fed with the graph's triples subject by subject.

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
    from .rdf.io import ox_triples

    return project(ox_triples(graph))


def project(triples: Iterable[ox.Triple]) -> nx.MultiDiGraph:
    """:func:`to_networkx` of Oxigraph triples (in any order)."""
    from .summary import by_subject

    projection = Projection()
    for group in by_subject(sorted(triples, key=str)):
        projection.add(group)
    return projection.network()


def file_network(path: str | Path, *, evidence_per_fact: int | None = None) -> nx.MultiDiGraph:
    """:func:`to_networkx` of an RDF file read by Oxigraph (no rdflib graph), with the reference
    layer written beside it (``reference.ttl``) when there is one; *evidence_per_fact* as in
    :func:`kg.files.read_triples`."""
    from .reference import OUTPUT_NAME
    from .files import read_triples

    triples = read_triples(path, evidence_per_fact=evidence_per_fact)
    beside = Path(path).with_name(OUTPUT_NAME)
    if beside.is_file() and beside != Path(path):
        triples += read_triples(beside)
    return project(triples)


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


# -- the projection, read from Oxigraph triples subject by subject ---------------------------------

_X = {name: ox.NamedNode(str(iri)) for name, iri in {
    "type": RDF.type, "label": RDFS.label, "alt": SKOS.altLabel, "mentions": SCHEMA.mentions,
    "identifier": DCTERMS.identifier, "fact": NKG.Fact, "support": NKG.supportCount, "derived": PROV.wasDerivedFrom,
    "reference": REFERENCE, "row": NKG.row, "since": NKG.since, "until": NKG.until, "status": NKG.status,
    "comment": RDFS.comment}.items()}
_PARTS = tuple(ox.NamedNode(str(p)) for p in FACT_PARTS)
_NKG = str(NKG)


class Projection:
    """Builds :func:`to_networkx`'s multigraph from Oxigraph triples fed one subject at a time
    (:meth:`add`), keeping only what the network holds: entities, plain facts and the evidence
    of the assertions it is given (feed it :class:`kg.summary.EvidenceCap`'s output to cap them).
    So a build draws its page from the store without an rdflib copy of it.
    """

    def __init__(self) -> None:
        self.classes = {ox.NamedNode(str(NKG[kind])): kind for kind in load_lexicon().iri_kind}
        self.entities: dict[str, dict[str, tuple[str, list[str]]]] = {kind: {} for kind in self.classes.values()}
        self.identifiers: dict[str, str] = {}
        self.mentions: list[tuple[str, str]] = []
        self.edges: list[tuple[str, str, str]] = []
        self.facts: list[tuple[str, str, str, str, int]] = []
        self.evidence = AssertionIndex()
        self.references: list[tuple[str, str, str, str, str, str, str, str, str, str]] = []

    def add(self, group: list[ox.Triple]) -> None:
        """One subject's triples."""
        node = term_text(group[0].subject)
        # each access to a term makes a new Python object: each triple's are read once, here, and
        # handed to the assertion index too
        pairs = [(t.predicate, t.object) for t in group]
        first: dict[ox.NamedNode, Object] = {}
        types = []
        kind_of, mentions = _X["type"], _X["mentions"]
        for predicate, value in pairs:
            first.setdefault(predicate, value)
            if predicate == kind_of:
                types.append(value)
            elif predicate == mentions:
                self.mentions.append((node, term_text(value)))
        if _X["identifier"] in first:
            self.identifiers[node] = term_text(first[_X["identifier"]])
        kinds = [self.classes[t] for t in types if t in self.classes]
        for kind in dict.fromkeys(kinds):
            aliases = [term_text(value) for predicate, value in pairs if predicate == _X["alt"]]
            self.entities[kind][node] = (term_text(first.get(_X["label"])), aliases)
        if kinds:  # an entity: its links to other nodes
            self.edges += [(node, term_text(p), term_text(o)) for p, o in pairs
                           if isinstance(o, ox.NamedNode) and p.value.startswith(_NKG)]
        if _X["fact"] in types:
            parts = [term_text(first.get(p)) if p in first else "" for p in _PARTS]
            support = first.get(_X["support"])
            self.facts.append((node, *parts, int(term_text(support)) if support is not None else 0))
        self.evidence.read(node, pairs)
        if _X["reference"] in types:
            parts = [term_text(first.get(p)) if p in first else "" for p in _PARTS]
            self.references.append((node, *parts, *(term_text(first.get(_X[k])) if _X[k] in first else "" for k in (
                "derived", "row", "since", "until", "status", "comment"))))

    def _name(self, document: str) -> str:
        return self.identifiers.get(document) or local_name(document)

    def _evidence(self, fact: str) -> list[EvidenceItem]:
        items = [EvidenceItem(
            r.sentence, self._name(str(r.document)) if r.document else "", int(r.start or -1), int(r.end or -1), r.rule,
            float(r.confidence or 0.0), r.polarity, r.modality, r.date) for r in self.evidence.records(fact)]
        return sorted(items, key=lambda e: (e.document, e.start, e.rule))

    def network(self) -> nx.MultiDiGraph:
        """The multigraph of everything added."""
        mentioned: dict[str, set[str]] = {}
        for doc, entity in self.mentions:
            mentioned.setdefault(entity, set()).add(self._name(doc))
        net = nx.MultiDiGraph()
        for kind, entities in self.entities.items():
            for entity, (label, aliases) in entities.items():
                net.add_node(entity, label=label or local_name(entity), kind=kind, aliases=sorted(aliases),
                             documents=sorted(mentioned.get(entity, ())))
        for s, p, o in self.edges:
            if s in net and o in net:
                net.add_edge(s, o, key=local_name(p), **_edge_data(local_name(p), p, [], 0))
        for fact, fs, fp, fo, support in self.facts:
            if fs and fp and fo and net.has_edge(fs, fo, local_name(fp)):
                net.edges[fs, fo, local_name(fp)].update(
                    _edge_data(local_name(fp), fp, self._evidence(fact), support))
        for statement, fs, fp, fo, source, row, since, until, status, comment in self.references:
            if not (fs and fp and fo) or fs not in net or fo not in net:
                continue
            item = ReferenceItem(self.identifiers.get(source, "reference"), int(row or 0), since, until,
                                 status, comment)
            key = local_name(fp)
            if not net.has_edge(fs, fo, key):
                net.add_edge(fs, fo, key=key, **{**_edge_data(key, fp, [], 0), "layer": REFERENCE_LAYER})
            data = net.edges[fs, fo, key]
            data["reference"] = sorted([*data["reference"], item], key=lambda r: (r.since, r.row))
            if data["layer"] == DOCUMENT_LAYER:
                data["layer"] = BOTH_LAYERS
        return net
