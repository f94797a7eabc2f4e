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

from spacy.tokens import Span, Token

from ...model import LEARNED_RULE
from ..context import TOPIC, Context, Problem, RelationCandidate
from ..distribute import respectively
from . import commands, events, following, learned, lists, nouns, owners, paths, places, titles, transfers, verbs

__all__ = ["FAMILIES", "Family", "problem", "run_families"]


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
            "gapping", "attendance", "ellipsis"),
           _VERBS),
    Family("transfer", "token", transfers.transfer, ("transfer",), frozenset({"VERB"})),
    Family("relational-noun", "token", nouns.relational_noun, ("relational-noun", "operation-staff"), _NOUNS),
    Family("inclusion", "token", nouns.inclusion, ("hearst-including",), _NOUNS),
    Family("agentive-noun", "token", nouns.agentive_noun, ("agentive-noun",), _NOUNS),
    Family("action-noun", "token", nouns.action_noun, ("action-noun",), _NOUNS),
    Family("status-noun", "token", nouns.status_noun, ("status-noun",), _NOUNS),
    Family("succession-noun", "token", nouns.succession_noun, ("succession-noun",), _NOUNS),
    Family("title", "sentence", titles.title, ("title",)),
    Family("command-change", "token", commands.command_change, ("command-change",), _NOUNS),
    Family("event-place", "sentence", events.event_place, ("event-place",)),
    Family("places", "sentence", places.places,
           ("event-place-prep", "place-apposition", "place-in", "beneficiary", "parties", "active-in")),
    Family("owner", "sentence", owners.owner, ("owner",)),
    Family("endorsed-bid", "token", nouns.endorsed_bid, ("endorse-bid",), frozenset({"VERB"})),
    Family("enumeration", "sentence", lists.enumeration, ("list-heading", "list-colon", "list-table", "list-field")),
    Family("bracketed-members", "sentence", lists.bracketed_members, ("list-bracket",)),
    Family("dated-entry", "sentence", lists.dated_entry, ("dated-entry",)),
    Family("dependency-path", "sentence", paths.dependency_path, ("path-verb", "path-noun")),
    Family(LEARNED_RULE, "sentence", learned.learned_pair, (LEARNED_RULE,)),
)


def run_families(ctx: Context, *, learned: bool = True) -> Iterator[RelationCandidate]:
    """Every family over every sentence of *ctx*'s paragraph, in registry order
    (*learned* False: the rules alone, as the model's training reads them).

    A family that fails on a sentence (a defect of ours, met on some unusual parse) costs
    that sentence's remaining relations, not the build: the failure is recorded in
    ``ctx.problems`` and the next sentence is read.
    """
    chosen = [f for f in FAMILIES if learned or f.name != LEARNED_RULE]
    by_pos: dict[str, list[Callable[..., Iterator[RelationCandidate]]]] = {}
    for family in (f for f in chosen if f.unit == "token"):
        for pos in family.pos:
            by_pos.setdefault(pos, []).append(family.run)
    sentence_families = [f.run for f in chosen if f.unit == "sentence"]
    before: list[RelationCandidate] = []  # the facts of the sentence before, which "Sweden followed" repeats
    for sent in ctx.doc.sents:
        try:
            found = list(_sentence(ctx, sent, by_pos, sentence_families, before))
            before = found
            yield from found
        except MemoryError:
            raise
        except Exception as err:  # noqa: BLE001 - recorded, and the paragraph goes on
            ctx.problems.append(problem(ctx.offset + sent.start_char, "the relations of the sentence", err))


def problem(at: int, what: str, err: Exception) -> Problem:
    """What could not be read at character *at* of the paragraph or document, and why, in a line."""
    message = " ".join(str(err).split())[:200]
    return Problem(at, what, f"{type(err).__name__}: {message}" if message else type(err).__name__)


def _sentence(ctx: Context, sent: Span, by_pos: dict[str, list[Callable[..., Iterator[RelationCandidate]]]],
              sentence_families: list[Callable[..., Iterator[RelationCandidate]]],
              before: list[RelationCandidate]) -> Iterator[RelationCandidate]:
    if ctx.menu_line(sent):
        return  # (a menu's link titles state nothing)
    pos = ctx.pos  # (a Token is made only for a word some family reads)
    found: list[RelationCandidate] = []
    for i in range(sent.start, sent.end):
        runs = by_pos.get(pos[i])
        if not runs:
            continue
        token: Token = ctx.doc[i]
        for run in runs:
            found += _related(ctx, run(ctx, token, sent))
    for run in sentence_families:
        found += _related(ctx, run(ctx, sent))
    found = respectively(ctx, sent, found)
    followed = list(_related(ctx, following.followers(ctx, sent, found, before)))
    if followed:  # (the followers' reading of the text's topic gives way to what the clause before names)
        said = {(f.subject, f.predicate) for f in followed}
        found = [f for f in found if not (f.object == TOPIC and (f.subject, f.predicate) in said)] + followed
    # the members met at a summit do not also do what the summit did ("At the Wales Summit, Allies
    # launched the Initiative": the summit launched it)
    venues = {(f.predicate, f.object) for f in found if f.subject >= 0 and f.predicate in ctx.lex["venue_predicates"]
              and ctx.candidates[f.subject].kind == "Event"}
    succession = _ruled_succession(ctx, found)
    yield from (f for f in found if not (venues and f.subject >= 0 and (f.predicate, f.object) in venues
                                         and ctx.candidates[f.subject].rule.startswith("reference")
                                         and ctx.candidates[f.subject].kind != "Event")
                and not (f.rule == LEARNED_RULE and _skips_a_link(ctx, f, succession)))


def _ruled_succession(ctx: Context, found: list[RelationCandidate]) -> set[tuple[str, str]]:
    """The (later, earlier) persons of the successions a rule of the sentence read between named persons."""
    return {(ctx.entity_of(f.subject), ctx.entity_of(f.object)) for f in found if f.rule != LEARNED_RULE
            and f.predicate == ctx.states["succession"] and f.subject >= 0 and f.object >= 0
            and all(_named_person(ctx, end) for end in (f.subject, f.object))}


def _named_person(ctx: Context, index: int) -> bool:
    """A person the sentence names ("he" may be the other end of the model's reading)."""
    return ctx.candidates[index].kind == "Person" and not ctx.candidates[index].rule.startswith("reference")


def _skips_a_link(ctx: Context, found: RelationCandidate, succession: set[tuple[str, str]]) -> bool:
    """A succession the model reads past one a rule read ("succeeding A, and was succeeded by B": B did
    not succeed A): a person has a single direct predecessor and successor in an office."""
    if found.predicate != ctx.states["succession"] or found.subject < 0 or found.object < 0:
        return False
    link = (ctx.entity_of(found.subject), ctx.entity_of(found.object))
    return link not in succession and any(link[0] == later or link[1] == earlier for later, earlier in succession)


def _related(ctx: Context, found: Iterator[RelationCandidate]) -> Iterator[RelationCandidate]:
    """The candidates a family yields, each pair marked as read as soon as it is (the families after
    it leave a pair read alone), an officer heading a country left out."""
    for candidate in found:
        if not _officer_heads_country(ctx, candidate):
            ctx.relate(candidate.subject, candidate.object)
            yield candidate


def _officer_heads_country(ctx: Context, found: RelationCandidate) -> bool:
    """ "a U.S. unit commanded by Major General X": an officer heads no country, unless an office
    says so ("General Charles de Gaulle, President of France")."""
    return found.predicate == "leaderOf" and found.rule != "title" and found.subject >= 0 and found.object >= 0 \
        and ctx.candidates[found.object].kind == "Country" and titles.ranked(ctx, found.subject)
