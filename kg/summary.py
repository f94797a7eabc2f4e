"""A graph without most of its evidence: what the graph page, analytics and paths need.

A fact read in ten thousand sentences does not need ten thousand tooltips. :class:`EvidenceCap`
keeps every triple except the assertions of a fact beyond its first *per_fact* (and their
``#target``, ``#quote`` and ``#position`` nodes), reading triples subject by subject in sorted
order (as ``graph.ttl`` is written and the store is read), so memory follows the number of
facts, not the number of assertions. Input in another order loses nothing: parts that do
not come right before their assertion are kept.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from itertools import groupby
from operator import attrgetter

import pyoxigraph as ox

from .rdf.shape import ASSERTION_PARTS, EVIDENCE_PER_FACT
from .rdf.vocab import NKG, RDF

__all__ = ["EVIDENCE_PER_FACT", "EvidenceCap", "by_subject"]

_ASSERTION = ox.NamedNode(str(RDF.type)), ox.NamedNode(str(NKG.Assertion))
_ASSERTS = ox.NamedNode(str(NKG.asserts))
_PARTS = frozenset(ASSERTION_PARTS)
_SUBJECT = attrgetter("subject")


def by_subject(triples: Iterable[ox.Triple]) -> Iterator[list[ox.Triple]]:
    """Runs of consecutive triples with the same subject."""
    for _, group in groupby(triples, key=_SUBJECT):
        yield list(group)


class EvidenceCap:
    """Collects the triples to keep; feed it one subject's triples at a time with :meth:`add`."""

    def __init__(self, per_fact: int = EVIDENCE_PER_FACT,
                 sink: Callable[[list[ox.Triple]], None] | None = None) -> None:
        """With *sink*, what is kept is handed to it one subject's triples at a time, not kept
        here (so that a reader such as :class:`kg.network.Projection` holds only what it needs)."""
        self.per_fact = per_fact
        self.kept: list[ox.Triple] = []
        self.sink = sink
        self.parts: list[ox.Triple] = []
        self.per: Counter[str] = Counter()

    def add(self, triples: list[ox.Triple]) -> None:
        """An assertion's parts sort just before it: they wait until it says which fact it supports."""
        node = triples[0].subject
        subject = node.value
        if subject.rpartition("#")[2] in _PARTS:
            self.parts += triples
            return
        if ox.Triple(node, *_ASSERTION) in triples:  # compared in Rust, no term read into Python
            fact = next((t.object.value for t in triples if t.predicate == _ASSERTS), "")
            own: list[ox.Triple] = []
            other: list[ox.Triple] = []
            for t in self.parts:
                (own if t.subject.value.partition("#")[0] == subject else other).append(t)
            self._keep(other)
            self.per[fact] += 1
            if self.per[fact] <= self.per_fact:
                self._keep(triples + own)
        elif self.parts:
            self._keep(self.parts + triples)
        elif self.sink is None:
            self.kept += triples
        else:  # one subject: the group as it came
            self.sink(triples)
        self.parts = []

    def _keep(self, triples: list[ox.Triple]) -> None:
        if self.sink is None:
            self.kept += triples
        else:
            for group in by_subject(triples):
                self.sink(group)

    def finish(self) -> None:
        """Hand parts still waiting for their assertion to the sink (the input has ended)."""
        if self.sink is not None and self.parts:
            self._keep(self.parts)
            self.parts = []

    def triples(self) -> list[ox.Triple]:
        """Everything kept so far."""
        return self.kept + self.parts
