"""Keeping a store up to date, document by document, with SPARQL only (so any store works).

Each document is known by the SHA-256 of its bytes (``nkg:sha256`` on its node).
:func:`merge` adds the RDF of newly extracted documents; :func:`retract` takes documents
out again: their assertions (with the ``#target``, ``#quote`` and ``#position`` nodes),
the facts no other assertion supports (with their plain triples), and the entities nothing
uses any more. Curated reference facts are not evidence and are not kept here: they form
their own layer, recomputed after every change (:mod:`kg.reference`).
``nkg:supportCount`` of a fact counts the distinct documents with a plain assertion of it
(positive, no modality, not reported), and the plain triple is there exactly when that count
is above zero: :func:`merge` adds the new documents to the stored counts, :func:`retract`
recomputes the counts of the facts it touches.

Two kinds of named graphs keep what the default graph cannot say (a store without named
graphs, such as rdflib's, keeps neither): ``<document>#mentions`` holds a document's share
of each ``nkg:mentionCount``, taken off again when the document is retracted; and
``…/graph/import/NAME`` holds the triples of an RDF file added with ``kg import``. Imported
triples are also in the default graph, where every query sees them: retracting a document
never takes them out, and :func:`remove_import` takes out only what no other import holds
and the documents' extraction did not produce.

Known approximations, also in the README: labels and aliases of an entity that stays are
kept; entities are merged by IRI, so a non-curated entity whose canonical name differs
between two runs gets two labels (same slug) or two nodes (different slugs).
"""

from __future__ import annotations

import itertools
import urllib.parse
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

import pyoxigraph as ox

from .errors import InputError
from .rdf.build import Part, mentioned
from .rdf.shape import CURATED_RULE, PLAIN_SPARQL
from .rdf.vocab import NKG, RDF
from .rdf.io import sparql_term
from .files import STAGE_CHUNK, StagedRdf
from .store import OxigraphStore, Store

__all__ = ["IMPORTS", "PendingMerge", "Retraction", "StoredDocument", "add_imports", "commit", "counts",
           "import_graph", "import_size", "imports", "merge", "orphans", "remove_import", "retract", "stored_documents"]

#: a plain assertion: what counts towards nkg:supportCount and keeps the plain triple
_PLAIN = PLAIN_SPARQL
_CURATED = f'"{CURATED_RULE}"'
_MENTION_COUNT = ox.NamedNode(str(NKG.mentionCount))
_TYPE, _DOCUMENT = ox.NamedNode(str(RDF.type)), ox.NamedNode(str(NKG.Document))
#: facts per query when reading stored support counts
_CHUNK = 5_000
#: named graphs of imported RDF files, one per import name
IMPORTS = "https://w3id.org/natokg/graph/import/"
#: entity triples a document's extraction also gives: never taken out with an import
_ENTITY_PROPERTIES = "rdf:type, rdfs:label, skos:prefLabel, skos:altLabel, skos:exactMatch, nkg:mentionCount"


def import_graph(name: str) -> str:
    """The IRI of the named graph holding the import *name*."""
    return IMPORTS + urllib.parse.quote(name, safe="")


def _mentions_graph(document: str) -> str:
    return document + "#mentions"


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
    counts to add up: mentions per entity and per document, and the documents that assert
    each fact plainly (``nkg:supportCount``), kept as the parts come, never recomputed."""

    held: set[ox.Triple] = field(default_factory=set)
    mentions: Counter[str] = field(default_factory=Counter)
    #: (document, entity) → mentions: each document's share of the counts
    by_document: Counter[tuple[str, str]] = field(default_factory=Counter)
    #: fact → the new documents asserting it plainly (an empty set: none)
    support: dict[str, set[str]] = field(default_factory=dict)


def merge(store: Store, part: Part, pending: PendingMerge | None = None) -> None:
    """Add the RDF of newly extracted documents (:func:`kg.rdf.build.to_part`) to *store*.

    The evidence (facts and assertions) is loaded first; then one update (:func:`commit`)
    adds up the mention and support counts and adds the document and entity nodes. So
    until that update has run, the documents are not in the store and a new build redoes
    them. With *pending*, the held-back part is added to it and left for the caller to
    commit: a build that merges its extraction in parts commits once, at the end.
    """
    own = pending is None
    pending = PendingMerge() if pending is None else pending
    pending.held.update(part.nodes)
    pending.mentions.update(part.mentions)
    for entity in part.mentions:  # an entity no mention names still gets its count (0)
        pending.mentions[entity] += 0
    pending.by_document.update(part.by_document)
    for fact, documents in part.support.items():
        pending.support.setdefault(fact, set()).update(documents)
    store.insert(part.evidence)
    if own:
        commit(store, pending)


def _support(store: Store, support: dict[str, set[str]]) -> None:
    """Add the new documents' support to the facts' ``nkg:supportCount``.

    The new documents are not in the store before (a build retracts the old version of a
    document first), so a stored count and the new documents add up. The plain triple of a
    fact that was unsupported and now is supported is part of the evidence already. This
    need not go with the documents: retracting the evidence of an interrupted build
    recomputes the counts of its facts.
    """
    stored: dict[str, int] = {}
    facts = sorted(support)
    for start in range(0, len(facts), _CHUNK):
        rows = store.query(f"SELECT ?f ?n WHERE {{ {_values('f', facts[start:start + _CHUNK])} "
                           "?f nkg:supportCount ?n }").rows
        stored.update((_value(f), int(_value(n))) for f, n in rows if f is not None and n is not None)
    counted = ox.NamedNode(str(NKG.supportCount))
    if stored:  # facts already in the store: their count changes in one update
        gone = [ox.Triple(ox.NamedNode(f), counted, ox.Literal(n)) for f, n in sorted(stored.items())]
        new = [ox.Triple(ox.NamedNode(f), counted, ox.Literal(n + len(support[f]))) for f, n in sorted(stored.items())]
        store.update("DELETE DATA {\n" + (ox.serialize(gone, format=ox.RdfFormat.N_TRIPLES) or b"").decode() + "} ;\n"
                     "INSERT DATA {\n" + (ox.serialize(new, format=ox.RdfFormat.N_TRIPLES) or b"").decode() + "}")
    store.insert(ox.Triple(ox.NamedNode(f), counted, ox.Literal(len(docs)))
                 for f, docs in sorted(support.items()) if f not in stored)


def commit(store: Store, pending: PendingMerge, updates: Iterable[str] = ()) -> None:
    """Add what :func:`merge` held back, the documents last.

    The triples about entities and documents and each document's share of the mention
    counts go in first (one transaction), then the support counts; then one update adds up
    the mention counts (with *updates* first) and types the documents ``nkg:Document``: from
    then on they are in the store. Until then they are orphans to the next build
    (:func:`orphans`), whose retraction takes back only what this function added before.
    """
    typed = {t for t in pending.held if t.predicate == _TYPE and t.object == _DOCUMENT}
    graphs: dict[str | None, Iterable[ox.Triple]] = {
        None: itertools.chain(sorted(pending.held - typed, key=str), mentioned(pending.by_document))}
    if pending.by_document and store.named_graphs:
        for (document, entity), n in sorted(pending.by_document.items()):
            graphs.setdefault(_mentions_graph(document), []).append(  # type: ignore[union-attr]
                ox.Triple(ox.NamedNode(entity), _MENTION_COUNT, ox.Literal(n)))
    store.insert_graphs(graphs)
    _support(store, pending.support)
    todo = list(updates)
    if pending.mentions:
        rows = " ".join(f"({sparql_term(ox.NamedNode(e))} {n})" for e, n in sorted(pending.mentions.items()))
        todo.append(f"""DELETE {{ ?e nkg:mentionCount ?old }} INSERT {{ ?e nkg:mentionCount ?sum }} WHERE {{
            VALUES (?e ?add) {{ {rows} }} OPTIONAL {{ ?e nkg:mentionCount ?old }}
            BIND(COALESCE(?old, 0) + ?add AS ?sum) }}""")
    if typed:
        data = ox.serialize(sorted(typed, key=str), format=ox.RdfFormat.N_TRIPLES) or b""
        todo.append("INSERT DATA {\n" + data.decode("utf-8") + "}")
    if todo:
        store.update(" ;\n".join(todo))


def _in_graphs(graphs: dict[str, list[ox.Triple]]) -> str:
    """``GRAPH <g> { triples }`` blocks for an ``INSERT DATA``."""
    blocks = []
    for graph, triples in graphs.items():
        data = (ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES) or b"").decode("utf-8")
        blocks.append(f"GRAPH {sparql_term(ox.NamedNode(graph))} {{\n{data}}}")
    return "\n".join(blocks)


def orphans(store: Store) -> list[str]:
    """Documents that evidence in *store* derives from but that have no node: left by an
    interrupted build, to be retracted before the build is redone."""
    return sorted(_column(store, """SELECT DISTINCT ?d WHERE {
        { ?a a nkg:Assertion ; prov:wasDerivedFrom ?d } UNION { ?d schema:mentions ?e }
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
    if store.named_graphs:  # each document's share of the mention counts goes with it
        g_values = _values("g", (_mentions_graph(d) for d in docs))
        updates[:0] = [f"DELETE {{ GRAPH ?g {{ ?s ?p ?o }} }} WHERE {{ {g_values} GRAPH ?g {{ ?s ?p ?o }} }}"]
        # only a committed document's share was added to the counts (see commit)
        committed = _column(store, f"SELECT ?d WHERE {{ {d_values} ?d a nkg:Document }}")
        if committed:
            c_values = _values("g", (_mentions_graph(d) for d in committed))
            updates[:0] = [f"""DELETE {{ ?e nkg:mentionCount ?old }} INSERT {{ ?e nkg:mentionCount ?left }} WHERE {{
                {{ SELECT ?e (SUM(?n) AS ?gone) WHERE {{ {c_values} GRAPH ?g {{ ?e nkg:mentionCount ?n }} }}
                   GROUP BY ?e }}
                ?e nkg:mentionCount ?old BIND(?old - ?gone AS ?left) }}"""]
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
    if store.named_graphs:  # what an import states stays, whatever the documents said
        updates.append(f"""INSERT {{ ?s ?p ?o }} WHERE {{ GRAPH ?g {{ ?s ?p ?o }}
            FILTER(STRSTARTS(STR(?g), "{IMPORTS}")) }}""")
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


# -- imports ------------------------------------------------------------------------------------


def imports(store: Store) -> dict[str, int]:
    """Import name → number of triples, for every import in *store*."""
    if not store.named_graphs:
        return {}
    rows = store.query(f"""SELECT ?g (COUNT(*) AS ?n) WHERE {{ GRAPH ?g {{ ?s ?p ?o }}
        FILTER(STRSTARTS(STR(?g), "{IMPORTS}")) }} GROUP BY ?g""").rows
    return {urllib.parse.unquote(_value(g)[len(IMPORTS):]): int(_value(n)) for g, n in rows}


def add_imports(store: Store, loaded: Mapping[str, Sequence[StagedRdf]]) -> list[str]:
    """Add the triples of each import (name → its files, staged) to the default graph and record
    them in the import's named graph, replacing an earlier import of that name. Returns the
    names that replaced an import.

    An on-disk Oxigraph store takes them with the bulk loader, inside
    :meth:`~kg.store.OxigraphStore.restorable` (a failure puts the store back as it was);
    any other store in one ``INSERT DATA`` update.
    """
    replaced = [name for name in loaded if store.named_graphs and store.query(
        f"ASK {{ GRAPH {sparql_term(ox.NamedNode(import_graph(name)))} {{ ?s ?p ?o }} }}").boolean]
    removal = [update for name in replaced for update in _removal(import_graph(name))]
    if isinstance(store, OxigraphStore) and store.path is not None:
        with store.restorable():
            if removal:
                store.update(" ;\n".join(removal))
            for name, parts in loaded.items():
                graphs = [None, import_graph(name)]
                for part in parts:
                    for chunk in part.chunks:
                        store.bulk_load(chunk, graphs)
                    if part.blank is not None:  # loaded as terms: a label names one node in both graphs
                        parsed = (q.triple for q in ox.parse(path=str(part.blank), format=ox.RdfFormat.N_TRIPLES))
                        while batch := list(itertools.islice(parsed, STAGE_CHUNK)):
                            store.bulk_insert(batch, graphs)
        return replaced
    triples = {name: list(dict.fromkeys(t for part in parts for t in part.read())) for name, parts in loaded.items()}
    # one INSERT DATA: a blank node label names the same node in the default and the named graph
    data = "".join((ox.serialize(t, format=ox.RdfFormat.N_TRIPLES) or b"").decode("utf-8") for t in triples.values())
    if store.named_graphs:
        data += _in_graphs({import_graph(name): t for name, t in triples.items()})
    store.update(" ;\n".join([*removal, "INSERT DATA {\n" + data + "}"]))
    return replaced


def import_size(store: Store, name: str) -> int:
    """The number of triples the import *name* holds (0 when there is no such import)."""
    if not store.named_graphs:
        return 0
    value = store.query(f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH {sparql_term(ox.NamedNode(import_graph(name)))} "
                        "{ ?s ?p ?o } }").rows[0][0]
    return int(_value(value) or 0)


def remove_import(store: Store, names: Iterable[str]) -> dict[str, int]:
    """Take the imports *names* out of *store*: name → triples the import held.

    A triple leaves the default graph unless another import holds it, or the documents'
    extraction gives it too: the plain triple of a fact documents support, and the type,
    labels and mention count of an entity a document mentions.
    """
    held = imports(store)
    missing = [name for name in names if name not in held]
    if missing:
        known = ", ".join(sorted(held)) or "none"
        raise InputError(missing[0], f"no such import in the store (imports: {known})")
    todo = [update for name in names for update in _removal(import_graph(name))]
    if todo:
        store.update(" ;\n".join(todo))
    return {name: held[name] for name in names}


def _removal(graph: str) -> list[str]:
    g = sparql_term(ox.NamedNode(graph))
    return [
        f"""DELETE {{ ?s ?p ?o }} WHERE {{ GRAPH {g} {{ ?s ?p ?o }}
            FILTER NOT EXISTS {{ GRAPH ?other {{ ?s ?p ?o }}
                FILTER(?other != {g} && STRSTARTS(STR(?other), "{IMPORTS}")) }}
            FILTER NOT EXISTS {{ ?f nkg:subject ?s ; nkg:predicate ?p ; nkg:object ?o ; nkg:supportCount ?n
                FILTER(?n > 0) }}
            FILTER(!(?p IN ({_ENTITY_PROPERTIES}) && EXISTS {{ ?d schema:mentions ?s }})) }}""",
        f"DROP SILENT GRAPH {g}",
    ]
