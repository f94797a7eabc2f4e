"""Keeping a store up to date, document by document, with SPARQL only (so any store works).

Each document is known by the SHA-256 of its bytes (``nkg:sha256`` on its node).
:func:`merge` adds the graph of newly extracted documents; :func:`retract` takes documents
out again: their assertions (with the ``#target``, ``#quote`` and ``#position`` nodes),
the facts no other assertion supports (with their plain triples), and the entities nothing
uses any more. Curated reference facts are not evidence and are not kept here: they form
their own layer, recomputed after every change (:mod:`kg.reference`).
Both recompute ``nkg:supportCount`` of the facts they touch (distinct documents with a
plain assertion: positive, no modality, not reported) and keep the plain triple exactly
when that count is above zero.

Known approximations, also in the README: ``nkg:mentionCount`` is added up as documents
come in and is not decreased when one is retracted (the graph does not record counts per
document); labels and aliases of an entity that stays are kept; entities are merged by
IRI, so a non-curated entity whose canonical name differs between two runs gets two
labels (same slug) or two nodes (different slugs).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

import pyoxigraph as ox
from rdflib import Graph

from .rdf.vocab import NKG, RDF
from .store import Store, ox_triple, sparql_term

__all__ = ["PendingMerge", "Retraction", "StoredDocument", "commit", "counts", "merge", "orphans", "retract",
           "stored_documents"]

#: a plain assertion: what counts towards nkg:supportCount and keeps the plain triple
_PLAIN = """nkg:polarity "positive" .
        FILTER NOT EXISTS { ?a nkg:modality ?_m }
        FILTER NOT EXISTS { ?a nkg:attributedTo ?_w }
        FILTER NOT EXISTS { ?a nkg:attributedToName ?_wn }"""
_CURATED = '"curated"'


@dataclass(frozen=True, slots=True)
class StoredDocument:
    iri: str
    sha256: str
    source: str
    name: str


@dataclass(frozen=True, slots=True)
class Retraction:
    """What :func:`retract` took out."""

    documents: tuple[str, ...]
    assertions: int
    facts_removed: int
    facts_updated: int
    entities_removed: int


def _values(var: str, iris: Iterable[str]) -> str:
    return f"VALUES ?{var} {{ {' '.join(sparql_term(ox.NamedNode(i)) for i in sorted(set(iris)))} }}"


def _value(term: ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple | None) -> str:
    return "" if term is None else getattr(term, "value", str(term))


def stored_documents(store: Store) -> list[StoredDocument]:
    """Every document node in *store*: IRI, SHA-256, source path, file name."""
    result = store.query("""SELECT ?d ?sha ?source ?name WHERE {
        ?d a nkg:Document ; nkg:sha256 ?sha .
        OPTIONAL { ?d dcterms:source ?source } OPTIONAL { ?d dcterms:identifier ?name } }""")
    return [StoredDocument(*(_value(t) for t in row)) for row in result.rows]


def _recompute(facts: set[str]) -> list[str]:
    """Updates setting nkg:supportCount of *facts*, and their plain triple when it is above zero."""
    if not facts:
        return []
    values = _values("f", facts)
    return [
        f"DELETE {{ ?f nkg:supportCount ?old }} WHERE {{ {values} ?f nkg:supportCount ?old }}",
        f"""INSERT {{ ?f nkg:supportCount ?n }} WHERE {{
          {{ SELECT ?f (COUNT(DISTINCT ?doc) AS ?n) WHERE {{
              {values} ?f a nkg:Fact .
              OPTIONAL {{ ?a nkg:asserts ?f ; prov:wasDerivedFrom ?doc ; {_PLAIN} }}
          }} GROUP BY ?f }} }}""",
        f"""DELETE {{ ?s ?p ?o }} WHERE {{ {values}
            ?f nkg:supportCount 0 ; nkg:subject ?s ; nkg:predicate ?p ; nkg:object ?o }}""",
        f"""INSERT {{ ?s ?p ?o }} WHERE {{ {values}
            ?f nkg:supportCount ?n ; nkg:subject ?s ; nkg:predicate ?p ; nkg:object ?o FILTER(?n > 0) }}""",
    ]


@dataclass(slots=True)
class PendingMerge:
    """What :func:`merge` holds back until :func:`commit`: the triples about documents and
    entities (so an interrupted build leaves no document or entity half in), and the
    mention counts to add up."""

    held: set[ox.Triple] = field(default_factory=set)
    mentions: Counter[str] = field(default_factory=Counter)


def merge(store: Store, graph: Graph, pending: PendingMerge | None = None) -> None:
    """Add the graph of newly extracted documents to *store*.

    The evidence (facts and assertions) is loaded first and the support counts of its facts
    recomputed; then one update (:func:`commit`) adds up the mention counts and adds the
    document and entity nodes. So until that update has run, the documents are not in the
    store and a new build redoes them. With *pending*, the held-back part is added to it
    and left for the caller to commit: a build that merges its extraction in parts commits
    once, at the end.
    """
    own = pending is None
    pending = PendingMerge() if pending is None else pending
    nodes = set(graph.subjects(RDF.type, NKG.Document)) | set(graph.subjects(NKG.mentionCount))
    body: list[ox.Triple] = []
    for s, p, o in graph:
        if p == NKG.mentionCount:
            pending.mentions[str(s)] += int(str(o))
        elif p == NKG.supportCount:
            continue
        elif s in nodes:
            pending.held.add(ox_triple(s, p, o))
        else:
            body.append(ox_triple(s, p, o))
    store.insert(body)
    updates = _recompute({str(f) for f in graph.subjects(RDF.type, NKG.Fact)})
    if own:
        commit(store, pending, updates)
    elif updates:
        store.update(" ;\n".join(updates))


def commit(store: Store, pending: PendingMerge, updates: Iterable[str] = ()) -> None:
    """Add what :func:`merge` held back, in one update (with *updates* first)."""
    todo = list(updates)
    if pending.mentions:
        rows = " ".join(f"({sparql_term(ox.NamedNode(e))} {n})" for e, n in sorted(pending.mentions.items()))
        todo.append(f"""DELETE {{ ?e nkg:mentionCount ?old }} INSERT {{ ?e nkg:mentionCount ?sum }} WHERE {{
            VALUES (?e ?add) {{ {rows} }} OPTIONAL {{ ?e nkg:mentionCount ?old }}
            BIND(COALESCE(?old, 0) + ?add AS ?sum) }}""")
    if pending.held:
        data = ox.serialize(sorted(pending.held, key=str), format=ox.RdfFormat.N_TRIPLES) or b""
        todo.append("INSERT DATA {\n" + data.decode("utf-8") + "}")
    if todo:
        store.update(" ;\n".join(todo))


def orphans(store: Store) -> list[str]:
    """Documents that evidence in *store* derives from but that have no node: left by an
    interrupted build, to be retracted before the build is redone."""
    return sorted(_column(store, """SELECT DISTINCT ?d WHERE { ?a a nkg:Assertion ; prov:wasDerivedFrom ?d .
        FILTER NOT EXISTS { ?d a nkg:Document } }"""))


def _column(store: Store, sparql: str) -> set[str]:
    return {_value(row[0]) for row in store.query(sparql).rows if row[0] is not None}


def retract(store: Store, documents: Iterable[str]) -> Retraction:
    """Take the documents (IRIs) out of *store*, and what only they supported; one update."""
    docs = sorted(set(documents))
    if not docs:
        return Retraction((), 0, 0, 0, 0)
    d_values = _values("d", docs)
    rows = store.query(f"SELECT ?a ?f WHERE {{ {d_values} ?a prov:wasDerivedFrom ?d ; nkg:asserts ?f }}").rows
    assertions = {_value(a) for a, _ in rows}
    facts = {_value(f) for _, f in rows}
    entities = _column(store, f"""SELECT DISTINCT ?e WHERE {{ {d_values}
        {{ ?d schema:mentions ?e }} UNION {{ ?a prov:wasDerivedFrom ?d ; nkg:asserts/(nkg:subject|nkg:object) ?e }}
        UNION {{ ?a prov:wasDerivedFrom ?d ; nkg:attributedTo ?e }} }}""")
    before = _existing(store, facts, entities)
    updates = [f"DELETE {{ ?d ?p ?o }} WHERE {{ {d_values} ?d ?p ?o }}"]
    if assertions:
        a_values = _values("a", assertions)
        updates[:0] = [
            f"DELETE {{ ?sel ?p ?o }} WHERE {{ {a_values} ?a oa:hasTarget ?t . ?t oa:hasSelector ?sel . ?sel ?p ?o }}",
            f"DELETE {{ ?t ?p ?o }} WHERE {{ {a_values} ?a oa:hasTarget ?t . ?t ?p ?o }}",
            f"DELETE {{ ?a ?p ?o }} WHERE {{ {a_values} ?a ?p ?o }}",
        ]
    if facts:
        updates.append(f"""DELETE {{ ?f ?p ?o . ?s ?pr ?ob }} WHERE {{ {_values("f", facts)}
            ?f nkg:subject ?s ; nkg:predicate ?pr ; nkg:object ?ob ; ?p ?o .
            FILTER NOT EXISTS {{ ?x nkg:asserts ?f }} }}""")
        updates += _recompute(facts)
    if entities:
        updates.append(f"""DELETE {{ ?e ?p ?o }} WHERE {{ {_values("e", entities)} ?e ?p ?o .
            FILTER NOT EXISTS {{ ?d schema:mentions ?e }} FILTER NOT EXISTS {{ ?f nkg:subject ?e }}
            FILTER NOT EXISTS {{ ?g nkg:object ?e }} FILTER NOT EXISTS {{ ?a nkg:attributedTo ?e }} }}""")
    store.update(" ;\n".join(updates))
    after = _existing(store, facts, entities)
    return Retraction(tuple(docs), len(assertions), before[0] - after[0], after[0], before[1] - after[1])


def _existing(store: Store, facts: set[str], entities: set[str]) -> tuple[int, int]:
    """How many of *facts* and *entities* are still in the store."""
    found = []
    for var, iris in (("f", facts), ("e", entities)):
        found.append(len(_column(store, f"SELECT DISTINCT ?{var} WHERE {{ {_values(var, iris)} ?{var} ?p ?o }}"))
                     if iris else 0)
    return found[0], found[1]


def counts(store: Store, classes: Iterable[str]) -> dict[str, int]:
    """documents, entities (of *classes*), relations (extracted assertions), facts (distinct plain
    extracted facts) and triples in *store*; the curated reference file is not counted."""
    result = store.query(f"""SELECT ?documents ?entities ?relations ?facts ?triples WHERE {{
      {{ SELECT (COUNT(DISTINCT ?d) AS ?documents) WHERE {{ ?d a nkg:Document
          FILTER NOT EXISTS {{ ?c prov:wasDerivedFrom ?d ; nkg:rule {_CURATED} }} }} }}
      {{ SELECT (COUNT(DISTINCT ?e) AS ?entities) WHERE {{ {_values("k", classes)} ?e a ?k }} }}
      {{ SELECT (COUNT(DISTINCT ?r) AS ?relations) WHERE {{ ?r a nkg:Assertion
          FILTER NOT EXISTS {{ ?r nkg:rule {_CURATED} }} }} }}
      {{ SELECT (COUNT(DISTINCT ?f) AS ?facts) WHERE {{ ?a nkg:asserts ?f ; {_PLAIN}
          FILTER NOT EXISTS {{ ?a nkg:rule {_CURATED} }} }} }}
      {{ SELECT (COUNT(*) AS ?triples) WHERE {{ ?s ?p ?o }} }} }}""")
    return {name: int(_value(term) or 0) for name, term in zip(result.variables, result.rows[0])}
