"""Name search: a full-text index of entity names (SQLite FTS5), kept with the store.

A label scan in SPARQL (``FILTER(CONTAINS(LCASE(?label), "atlantic"))``) reads every label
of the graph; the index answers from a token table instead. It holds each entity of the
default graph with every name it has (``rdfs:label`` and ``skos:altLabel``), its label and
classes, and is what ``kg search`` and :func:`kg.api.search` read.

For the embedded on-disk store the index is a file in the store's folder
(``labels.sqlite``, which RocksDB leaves alone), written again in full (to a temporary
file, then renamed) by :func:`refresh` after every change the library makes: builds,
removes, imports and updates. Any other store (in memory, rdflib, a SPARQL server) gets an
index in memory for each search.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterator
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from .files import atomic_writer
from .store import Store

__all__ = ["INDEX_FILE", "Match", "index_path", "refresh", "search"]

#: the index's file name in the folder of an on-disk store
INDEX_FILE = "labels.sqlite"
_NKG = "https://w3id.org/natokg/ontology#"
_SCHEMA = """CREATE VIRTUAL TABLE names USING fts5(name, entity UNINDEXED, label UNINDEXED, kinds UNINDEXED,
             tokenize = "unicode61 remove_diacritics 2")"""
_NAMES = """SELECT ?e ?name ?label ?kind WHERE {
  { ?e rdfs:label ?name } UNION { ?e skos:altLabel ?name }
  ?e rdfs:label ?label .
  OPTIONAL { ?e a ?kind }
}"""


@dataclass(frozen=True, slots=True)
class Match:
    """An entity found by name: its IRI, label, classes (``Country``...) and the name that matched."""

    entity: str
    label: str
    kinds: tuple[str, ...]
    name: str


def index_path(store: Store) -> Path | None:
    """Where the index of *store* is kept: a file in an on-disk store's folder, else None (in memory)."""
    return store.folder / INDEX_FILE if store.folder is not None else None


def _rows(store: Store) -> Iterator[tuple[str, str, str, str]]:
    """(name, entity, label, kinds) for every name of every labelled entity in the default graph."""
    entities: dict[tuple[str, str], tuple[str, set[str]]] = {}
    for entity, name, label, kind in store.query(_NAMES).rows:
        if not isinstance(entity, ox.NamedNode) or not isinstance(name, ox.Literal):
            continue
        found = entities.setdefault((entity.value, name.value), (getattr(label, "value", ""), set()))
        if isinstance(kind, ox.NamedNode) and kind.value.startswith(_NKG):
            found[1].add(kind.value[len(_NKG):])
    for (entity, name), (label, kinds) in sorted(entities.items()):
        yield name, entity, label, " ".join(sorted(kinds))


def _fill(connection: sqlite3.Connection, store: Store) -> None:
    connection.execute(_SCHEMA)
    connection.executemany("INSERT INTO names (name, entity, label, kinds) VALUES (?, ?, ?, ?)", _rows(store))
    connection.commit()


def refresh(store: Store) -> Path | None:
    """Write the name index of *store* again from its labels; the index file, or None when it is kept in memory."""
    target = index_path(store)
    if target is None:
        return None
    with atomic_writer(target) as (_, temporary), closing(sqlite3.connect(temporary)) as connection:
        _fill(connection, store)
    return target


def _connect(store: Store) -> sqlite3.Connection:
    target = index_path(store)
    if target is None:
        connection = sqlite3.connect(":memory:")
        _fill(connection, store)
        return connection
    if not target.is_file():  # a store written before the index existed, or by another tool
        refresh(store)
    return sqlite3.connect(f"{target.resolve().as_uri()}?mode=ro", uri=True)


def _expression(text: str) -> str:
    """The FTS5 query for *text*: every word, each as a prefix ("atlan" finds "Atlantic")."""
    words = re.findall(r"\w+", text)
    return " ".join('"' + word.replace('"', '""') + '"*' for word in words)


def search(store: Store, text: str, *, limit: int = 20) -> list[Match]:
    """Entities of *store* with a name holding every word of *text* (as a word or its start), best first.

    A name equal to *text* (ignoring case) comes first, then FTS5's rank (bm25); each
    entity appears once, with the best of its names.
    """
    expression = _expression(text)
    if not expression or limit < 1:
        return []
    with closing(_connect(store)) as connection:
        # exact names first; then FTS5's own top-k by rank (it ranks only what the LIMIT keeps),
        # with room for entities that match by several of their names
        rows = connection.execute("SELECT entity, label, kinds, name FROM names WHERE names MATCH ? AND "
                                  "lower(name) = lower(?) ORDER BY rowid", (expression, text.strip())).fetchall()
        rows += connection.execute("SELECT entity, label, kinds, name FROM names WHERE names MATCH ? "
                                   "ORDER BY rank LIMIT ?", (expression, limit * 4 + len(rows))).fetchall()
    found: dict[str, Match] = {}
    for entity, label, kinds, name in rows:
        if entity not in found:
            found[entity] = Match(entity, label, tuple(kinds.split()), name)
            if len(found) == limit:
                break
    return list(found.values())
