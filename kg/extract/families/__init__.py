"""The registry of relation families: each a small pure function over a parsed paragraph.

A family is registered with the rule names it records and the unit it reads: a
``token`` family is called for every token of the parts of speech it declares, a
``sentence`` family once per sentence. :func:`kg.extract.relations.relation_candidates` runs them in this order;
later families add what earlier ones did not find (the same relation is kept once).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Literal

from spacy.tokens import Token

from ..context import Context, RelationCandidate
from . import events, learned, lists, nouns, owners, paths, places, titles, verbs

__all__ = ["FAMILIES", "Family", "run_families"]


@dataclass(frozen=True, slots=True)
class Family:
    name: str
    unit: Literal["token", "sentence"]
    run: Callable[..., Iterator[RelationCandidate]]
    #: the ``rule`` values this family records
    rules: tuple[str, ...]
    #: for a token family, the parts of speech it reads (others are not offered to it)
    pos: frozenset[str] = frozenset()


_VERBS = frozenset({"VERB", "AUX"})
_NOUNS = frozenset({"NOUN", "PROPN"})


FAMILIES: tuple[Family, ...] = (
    Family("verb-clause", "token", verbs.verb_clause,
           ("active", "active-prep", "inverse-active", "proxy-subject", "passive-agent", "passive-prep", "participle",
            "other-members", "object-via-prep", "copula", "implicit-object", "operation-noun", "meeting-noun", "invitation",
            "gapping", "attendance"),
           _VERBS),
    Family("relational-noun", "token", nouns.relational_noun, ("relational-noun", "operation-staff"), _NOUNS),
    Family("inclusion", "token", nouns.inclusion, ("hearst-including",), _NOUNS),
    Family("agentive-noun", "token", nouns.agentive_noun, ("agentive-noun",), _NOUNS),
    Family("action-noun", "token", nouns.action_noun, ("action-noun",), _NOUNS),
    Family("title", "sentence", titles.title, ("title",)),
    Family("event-place", "sentence", events.event_place, ("event-place",)),
    Family("places", "sentence", places.places,
           ("event-place-prep", "place-apposition", "place-in", "beneficiary", "parties")),
    Family("owner", "sentence", owners.owner, ("owner",)),
    Family("name-owner", "sentence", owners.name_owner, ("name-owner",)),
    Family("endorsed-bid", "token", nouns.endorsed_bid, ("endorse-bid",), frozenset({"VERB"})),
    Family("enumeration", "sentence", lists.enumeration, ("list-heading", "list-colon", "list-table")),
    Family("dependency-path", "sentence", paths.dependency_path, ("path-verb", "path-noun")),
    Family("learned-pair", "sentence", learned.learned_pair, ("learned-pair",)),
)


def run_families(ctx: Context, *, learned: bool = True) -> Iterator[RelationCandidate]:
    """Every family over every sentence of *ctx*'s paragraph, in registry order
    (*learned* False: the rules alone, as the model's training reads them)."""
    chosen = [f for f in FAMILIES if learned or f.name != "learned-pair"]
    by_pos: dict[str, list[Callable[..., Iterator[RelationCandidate]]]] = {}
    for family in (f for f in chosen if f.unit == "token"):
        for pos in family.pos:
            by_pos.setdefault(pos, []).append(family.run)
    sentence_families = [f.run for f in chosen if f.unit == "sentence"]
    for sent in ctx.doc.sents:
        token: Token
        for token in sent:
            for run in by_pos.get(token.pos_, ()):
                for found in run(ctx, token, sent):
                    ctx.relate(found.subject, found.object)
                    yield found
        for run in sentence_families:
            for found in run(ctx, sent):
                ctx.relate(found.subject, found.object)
                yield found


