"""Minting IRIs: readable, stable, valid in every RDF syntax.

Entity IRIs are ``<base>id/<kind>/<Slug>``: the canonical name NFC-normalised,
transliterated to ASCII with anyascii (ISC licence; ``Łódź`` → ``Lodz``), every run of
other characters replaced by ``_``, case kept. When two distinct names of a build
share a slug (``NATO-Russia`` and ``NATO Russia``) each gets a short hash of its exact
name appended, so distinct canonical names always get distinct IRIs. Facts and
assertions get hash IRIs, never blank nodes, so they stay the same across runs.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable

from anyascii import anyascii
from rdflib import URIRef

__all__ = ["IRIs", "digest", "slug"]

_UNSAFE = re.compile(r"[^A-Za-z0-9]+")


def digest(*parts: object, size: int = 16) -> str:
    """Short stable hex digest of *parts* (joined with a unit separator)."""
    text = "\x1f".join(str(p) for p in parts)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:size]


def slug(name: str) -> str:
    """Readable ASCII slug of *name*; a hash when nothing readable is left."""
    ascii_name = anyascii(unicodedata.normalize("NFC", name))
    text = _UNSAFE.sub("_", ascii_name).strip("_")
    return text[:120] or "x" + digest(name, size=12)


class IRIs:
    """IRIs of one build's resources under *base* (which must end with ``/`` or ``#``)."""

    def __init__(self, base: str, iri_kind: dict[str, str]) -> None:
        if not re.match(r"^[A-Za-z][A-Za-z0-9+.-]*://[^\s<>\"{}|\\^`]*[/#]$", base):
            from ..errors import ConfigError

            raise ConfigError(f"base IRI {base!r} must be absolute and end with '/' or '#'")
        self.base = base
        self.iri_kind = iri_kind
        self._entities: dict[tuple[str, str], URIRef] = {}
        #: minted IRI -> the name it was minted for, so that no IRI is handed to two names
        self._owner: dict[URIRef, str] = {}

    def register_entities(self, entities: Iterable[tuple[str, str]]) -> None:
        """Mint IRIs for (kind, name) pairs, resolving slug collisions deterministically.

        Names already registered keep their IRI. A name whose readable slug is taken by
        another name (in this call, an earlier call, or as another name's hashed form)
        gets a hash of its exact name appended, so distinct names never share an IRI.
        Registering all names in one call makes the result independent of order.
        """
        by_slug: dict[tuple[str, str], set[str]] = defaultdict(set)
        pairs = sorted(set(entities) - self._entities.keys())
        for kind, name in pairs:
            by_slug[(self.iri_kind[kind], slug(name))].add(name)
        for kind, name in pairs:
            path_kind, plain = self.iri_kind[kind], slug(name)
            hashed = [f"{plain}_{digest(name, size=size)}" for size in (8, 16, 64)]
            for local in ([plain] if len(by_slug[(path_kind, plain)]) == 1 else []) + hashed:
                iri = URIRef(f"{self.base}id/{path_kind}/{local}")
                if self._owner.setdefault(iri, name) == name:
                    break
            self._entities[(kind, name)] = iri

    def entity(self, kind: str, name: str) -> URIRef:
        if (kind, name) not in self._entities:
            self.register_entities([(kind, name)])
        return self._entities[(kind, name)]

    def document(self, doc_id: str) -> URIRef:
        return URIRef(f"{self.base}doc/{doc_id}")

    def fact(self, subject: URIRef, predicate: URIRef, obj: URIRef) -> URIRef:
        return URIRef(f"{self.base}fact/{digest(subject, predicate, obj)}")

    def assertion(self, fact: URIRef, doc_id: str, start: int, end: int, rule: str) -> URIRef:
        return URIRef(f"{self.base}assertion/{digest(fact, doc_id, start, end, rule)}")

    def build(self, build_id: str) -> URIRef:
        return URIRef(f"{self.base}build/{build_id}")
