"""The reference layer: curated knowledge, kept apart from what the documents say.

``data/reference/`` holds curated entities (names, aliases, Wikidata IDs, classes), which
extraction always uses to recognise and link names, and curated facts
(``relations.tsv``: memberships, partnerships, frameworks...), each with a validity period
(``since``, ``until``) and a ``status`` (``active``, ``suspended``). The facts never enter
the document graph. Depending on the mode, they go into their own named graph,
``<base>graph/reference`` (written out as ``reference.ttl``), as ``nkg:ReferenceStatement``
nodes, with no plain triple, so a query over plain triples or document facts never meets
them, and they never count towards ``nkg:supportCount``.

Modes (``kg build --reference``):

* ``none``: no reference facts, and no Wikidata links (``skos:exactMatch``) on entities;
* ``linked`` (default): Wikidata links, no reference facts;
* ``facts``: plus the reference facts whose two ends one document mentions;
* ``corpus-wide``: plus the reference facts whose two ends are mentioned anywhere in the
  corpus (possibly by different documents).

The layer is derived from the store's documents, so every build (and ``kg remove``)
recomputes it; the store records its mode, which later builds keep unless told otherwise.
"""

from __future__ import annotations

import csv
import hashlib
from collections import defaultdict
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pyoxigraph as ox
from rdflib import Graph, Literal, URIRef

from .config import DEFAULT_BASE, data_path
from .errors import ConfigError
from .lexicon import load_lexicon
from .incremental import retract
from .rdf.build import new_graph
from .rdf.iri import IRIs, digest
from .rdf.shape import (
    CURATED_RULE,
    DEFAULT_REFERENCE_MODE,
    FACT_PARTS,
    REFERENCE,
    REFERENCE_MODES,
    REFERENCE_STATUSES,
)
from .rdf.vocab import DCTERMS, NKG, PROV, RDF, RDFS, WD, XSD
from .files import load_graph
from .rdf.io import ox_triples, sparql_term
from .settings import recorded_settings
from .store import Store

__all__ = ["DEFAULT_MODE", "MODES", "REFERENCE_FILE", "ReferenceRow", "ReferenceState", "graph_iri",
           "load_with_reference", "reference_graph", "reference_rows", "reference_state", "sync_reference"]

MODES = REFERENCE_MODES
DEFAULT_MODE = DEFAULT_REFERENCE_MODE
REFERENCE_FILE = "relations.tsv"
#: the file written beside graph.ttl with the reference layer
OUTPUT_NAME = "reference.ttl"
_COLUMNS = ("subject", "predicate", "object", "since", "until", "status", "note")


@dataclass(frozen=True, slots=True)
class ReferenceRow:
    """One row of ``relations.tsv``; *row* is its line number (the header is line 1)."""

    row: int
    subject: str
    predicate: str
    object: str
    since: str = ""
    until: str = ""
    status: str = ""
    note: str = ""


def graph_iri(base: str = DEFAULT_BASE) -> str:
    """The named graph of the reference layer."""
    return f"{base}graph/reference"


@cache
def reference_rows() -> tuple[ReferenceRow, ...]:
    """The curated facts of ``data/reference/relations.tsv`` (subject and object as entity keys)."""
    path = data_path("data", "reference", REFERENCE_FILE)
    by_name = {e.name: e.key for e in load_lexicon().curated.values()}
    rows = []
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
        header = next(reader, [])
        if tuple(header[:len(_COLUMNS)]) != _COLUMNS:
            raise ConfigError(f"{path}:1: expected the columns {', '.join(_COLUMNS)}")
        for number, cells in enumerate(reader, start=2):
            if not any(cell.strip() for cell in cells):
                continue
            values = dict(zip(_COLUMNS, (c.strip() for c in cells), strict=False))
            try:
                subject, obj = by_name[values["subject"]], by_name[values["object"]]
            except KeyError as err:
                raise ConfigError(f"{path}:{number}: unknown entity {err}") from err
            if values.get("status", "") not in ("", *REFERENCE_STATUSES):
                raise ConfigError(f"{path}:{number}: status must be one of "
                                  f"{', '.join(REFERENCE_STATUSES)} or empty")
            rows.append(ReferenceRow(number, subject, values["predicate"], obj, values.get("since", ""),
                                     values.get("until", ""), values.get("status", ""), values.get("note", "")))
    return tuple(rows)


def _date(value: str) -> Literal:
    kind = {4: XSD.gYear, 7: XSD.gYearMonth}.get(len(value), XSD.date)
    return Literal(value, datatype=kind)


def _source(graph: Graph, base: str) -> URIRef:
    path = data_path("data", "reference", REFERENCE_FILE)
    sha = hashlib.sha256(path.read_bytes()).hexdigest()
    iri = URIRef(f"{base}reference/source/{sha[:16]}")
    graph.add((iri, RDF.type, NKG.ReferenceSource))
    graph.add((iri, DCTERMS.identifier, Literal(REFERENCE_FILE)))
    graph.add((iri, DCTERMS.source, Literal(f"data/reference/{REFERENCE_FILE}")))
    graph.add((iri, DCTERMS.title, Literal("natokg curated reference facts")))
    graph.add((iri, NKG.sha256, Literal(sha)))
    return iri


def reference_graph(mentions: dict[str, set[str]], entities: dict[tuple[str, str], str], mode: str,
                    base: str = DEFAULT_BASE) -> Graph:
    """The reference layer for a store whose entities are *entities* ((class, label) → IRI) and
    whose documents mention them as *mentions* (entity IRI → document IRIs)."""
    if mode not in MODES:
        raise ConfigError(f"reference mode must be one of {', '.join(MODES)} (got {mode!r})")
    graph = new_graph()
    layer = URIRef(graph_iri(base))
    graph.add((layer, RDF.type, NKG.ReferenceLayer))
    graph.add((layer, NKG.referenceMode, Literal(mode)))
    if mode not in ("facts", "corpus-wide"):
        return graph
    curated = load_lexicon().curated
    iris = IRIs(base, load_lexicon().iri_kind)
    source: URIRef | None = None
    for row in reference_rows():
        ends = [entities.get((curated[key].kind, curated[key].name)) for key in (row.subject, row.object)]
        if ends[0] is None or ends[1] is None:
            continue
        s, o = URIRef(ends[0]), URIRef(ends[1])
        together = mentions.get(str(s), set()) & mentions.get(str(o), set())
        if mode == "facts" and not together:
            continue
        source = source or _source(graph, base)
        p = NKG[row.predicate]
        statement = URIRef(f"{base}reference/{digest(s, p, o, row.since, row.until, row.status)}")
        graph.add((statement, RDF.type, REFERENCE))
        for part, term in zip(FACT_PARTS, (s, p, o)):
            graph.add((statement, part, term))
        graph.add((statement, NKG.fact, iris.fact(s, p, o)))
        graph.add((statement, NKG.row, Literal(row.row)))
        graph.add((statement, PROV.wasDerivedFrom, source))
        for prop, value in ((NKG.since, row.since), (NKG.until, row.until)):
            if value:
                graph.add((statement, prop, _date(value)))
        if row.status:
            graph.add((statement, NKG.status, Literal(row.status)))
        if row.note:
            graph.add((statement, RDFS.comment, Literal(row.note, lang="en")))
        for doc in sorted(together):
            graph.add((statement, NKG.endsMentionedIn, URIRef(doc)))
    return graph


@dataclass(frozen=True, slots=True)
class ReferenceState:
    """The reference layer of a store: its mode, its named graph, how many distinct facts
    (subject, relation, object) it holds and how many of those the documents state too."""

    mode: str
    graph: str
    facts: int
    in_documents: int


def _layer(store: Store) -> tuple[str, str] | None:
    """(graph IRI, mode) of the reference layer recorded in *store*, if any."""
    rows = store.query("""SELECT ?g ?mode WHERE { GRAPH ?g { ?g a nkg:ReferenceLayer ; nkg:referenceMode ?mode } }
        ORDER BY ?g LIMIT 1""").rows
    if not rows or rows[0][0] is None or rows[0][1] is None:
        return None
    return rows[0][0].value, rows[0][1].value


def reference_state(store: Store) -> ReferenceState:
    """What the reference layer of *store* holds (mode ``linked`` and no facts when it has none)."""
    found = _layer(store)
    if found is None:
        return ReferenceState(DEFAULT_MODE, graph_iri(), 0, 0)
    name, mode = found
    rows = store.query(f"""SELECT DISTINCT ?f ?n WHERE {{
        GRAPH {sparql_term(ox.NamedNode(name))} {{ ?r a nkg:ReferenceStatement ; nkg:fact ?f }}
        OPTIONAL {{ ?f a nkg:Fact ; nkg:supportCount ?n }} }}""").rows
    facts = {f.value for f, _ in rows if f is not None}
    stated = {f.value for f, n in rows if f is not None and n is not None and int(n.value) > 0}
    return ReferenceState(mode, name, len(facts), len(stated))


def _retract_legacy(store: Store) -> None:
    """Stores built before the reference layer hold curated facts as document evidence: take them out."""
    legacy = store.query(f'SELECT DISTINCT ?r WHERE {{ ?a nkg:rule "{CURATED_RULE}" ; prov:wasDerivedFrom ?r }}').rows
    if legacy:
        retract(store, [row[0].value for row in legacy if row[0] is not None])


def _sync_links(store: Store, entities: dict[tuple[str, str], str], keep: bool) -> None:
    """Add (*keep*) or remove the curated Wikidata links of the store's entities, only where needed."""
    lexicon = load_lexicon()
    pairs = set()
    for key, ids in lexicon.identifiers.items():
        entity = lexicon.curated.get(key)
        iri = entities.get((entity.kind, entity.name)) if entity is not None else None
        if iri is not None and ids.get("wikidata"):
            pairs.add((iri, str(WD[ids["wikidata"]])))
    if not pairs:
        return
    values = " ".join(f"({sparql_term(ox.NamedNode(e))} {sparql_term(ox.NamedNode(w))})" for e, w in sorted(pairs))
    present = {(r[0].value, r[1].value) for r in store.query(
        f"SELECT ?e ?w WHERE {{ VALUES (?e ?w) {{ {values} }} ?e skos:exactMatch ?w }}").rows
        if r[0] is not None and r[1] is not None}
    change = (pairs - present) if keep else present
    if change:
        data = " ".join(f"{sparql_term(ox.NamedNode(e))} skos:exactMatch {sparql_term(ox.NamedNode(w))} ."
                        for e, w in sorted(change))
        store.update(f"{'INSERT' if keep else 'DELETE'} DATA {{ {data} }}")


def recorded_base(store: Store) -> str | None:
    """The base IRI *store* was built with: from its settings (:mod:`kg.settings`), else (a store
    built before they were recorded) from its reference layer's graph name."""
    settings = recorded_settings(store)
    if settings is not None:
        return settings.base
    recorded = _layer(store)
    if recorded and recorded[0].endswith("graph/reference"):
        return recorded[0][: -len("graph/reference")]
    return None


def sync_reference(store: Store, mode: str | None = None, base: str | None = None) -> ReferenceState:
    """Recompute the reference layer of *store* for its documents; *mode* defaults to the mode
    the store records (``linked`` for a new store), *base* to the one its layer was made with.

    Writes only what changed, so a build that changes nothing leaves the store as it was.
    """
    recorded = _layer(store)
    if base is None:
        base = recorded_base(store) or DEFAULT_BASE
    mode = mode or (recorded[1] if recorded else DEFAULT_MODE)
    if mode not in MODES:
        raise ConfigError(f"reference mode must be one of {', '.join(MODES)} (got {mode!r})")
    _retract_legacy(store)
    classes = " ".join(f"nkg:{kind}" for kind in sorted(load_lexicon().iri_kind))
    entities: dict[tuple[str, str], str] = {}
    mentions: dict[str, set[str]] = defaultdict(set)
    for e, cls, label, doc in store.query(f"""SELECT ?e ?class ?label ?d WHERE {{
            VALUES ?class {{ {classes} }} ?e a ?class ; rdfs:label ?label . OPTIONAL {{ ?d schema:mentions ?e }} }}""").rows:
        if e is None or cls is None or label is None:
            continue
        entities.setdefault((cls.value.rsplit("#", 1)[-1], label.value), e.value)
        if doc is not None:
            mentions[e.value].add(doc.value)
    _sync_links(store, entities, keep=mode != "none")
    name = graph_iri(base)
    wanted = set(ox_triples(reference_graph(mentions, entities, mode, base)))
    if recorded is not None and recorded[0] != name:
        store.replace_named(recorded[0], [])
    if set(store.named_triples(name)) != wanted:
        store.replace_named(name, wanted)
    return reference_state(store)


def load_with_reference(path: str | Path, *, evidence_per_fact: int | None = None) -> Graph:
    """An RDF file, with the reference layer written beside it (``reference.ttl``) when there is one."""
    graph = load_graph(path, evidence_per_fact=evidence_per_fact)
    beside = Path(path).with_name(OUTPUT_NAME)
    if beside.is_file() and beside != Path(path):
        for triple in load_graph(beside):
            graph.add(triple)
    return graph


def snapshot_store(graph_file: str | Path) -> Store:
    """A store in memory holding what a build wrote: ``graph.ttl`` in the default graph and,
    when it is there, ``reference.ttl`` in the reference layer's named graph — what a read
    sees while the on-disk store is held by another process."""
    from .store import open_store

    store = open_store(Path(graph_file))
    beside = Path(graph_file).with_name(OUTPUT_NAME)
    if beside.is_file():
        layer = list(ox_triples(load_graph(beside)))
        names = {t.subject.value for t in layer if t.predicate.value == str(NKG.referenceMode)}
        if len(names) == 1:
            store.replace_named(names.pop(), layer)
    return store
