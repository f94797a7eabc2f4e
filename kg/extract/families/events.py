"""``event-place``: an event whose name ends in its place ("a meeting of NATO Foreign
Ministers in Oslo") is held there; so is a summit named after the city of the dateline before its
sentence ("VILNIUS, Lithuania, 12 July 2023 - … on the second day of the Vilnius Summit")."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from ..context import PLAIN, Context, RelationCandidate

__all__ = ["event_place"]


def event_place(ctx: Context, sent: Span) -> Iterator[RelationCandidate]:
    inside = ctx.in_sentence(sent)
    for index in inside:
        span = ctx.spans[index]
        if ctx.candidates[index].kind != "Event":
            continue
        for other in inside:
            inner = ctx.spans[other]
            if (other != index and span.start < inner.start and inner.end == span.end
                    and ctx.doc[inner.start - 1].lower_ in ctx.lex["event_place_preps"]):
                yield from ctx.emit([(index, False)], ctx.states["event-place"], [(other, False)], "event-place", span.root, sent,
                                    "hold", stance=PLAIN)
    yield from _dateline_summits(ctx, sent, inside)
    yield from _where_held(ctx, sent, inside)


#: how far up from an operation's name a "where" clause's verb is looked for
_WHERE_REACH = 4


def _where_held(ctx: Context, sent: Span, inside: list[int]) -> Iterator[RelationCandidate]:
    """ "the war in Afghanistan, where NATO took command of ISAF in 2003": an operation a "where"
    clause names is held in the country the clause describes (not a meeting: "Brussels, where the
    Council approved Operation Ocean Shield")."""
    seen: set[str] = set()
    for index in inside:
        if ctx.candidates[index].kind != "Event" or ctx.is_meeting(index) or ctx.entity_of(index) in seen:
            continue  # (a name's bracketed abbreviation is the same operation)
        seen.add(ctx.entity_of(index))
        node = ctx.spans[index].root
        for _ in range(_WHERE_REACH):
            if node.dep_ == "relcl" or node.head.i == node.i:
                break
            node = node.head
        if not ctx.where_clause(node) or not _argument_of(ctx.spans[index].root, node):
            continue
        countries = [e for e in ctx.entities(node.head) if e[0] >= 0 and ctx.candidates[e[0]].kind == "Country"]
        yield from ctx.emit([(index, False)], ctx.states["event-place"], countries, "event-place", node, sent,
                            "hold", stance=PLAIN)


def _argument_of(token: Token, verb: Token) -> bool:
    """Whether *token* is what *verb*'s clause is about, not a word of another verb's (" where they
    decided to launch Operation X") or of its subject's phrase ("where supplies for ISAF passed")."""
    node = token
    while node.i != verb.i:
        if node.i != token.i and (node.pos_ in {"VERB", "AUX"} or node.dep_ in {"nsubj", "nsubjpass"}):
            return False
        node = node.head
    return True


#: the most tokens of a dateline ("STRASBOURG/KEHL, France/Germany, 4 April 2009 –")
_DATELINE_TOKENS = 14


def _dateline_summits(ctx: Context, sent: Span, inside: list[int]) -> Iterator[RelationCandidate]:
    """A curated summit ("Vilnius Summit 2023") named after the city that opens the dateline just before."""
    if sent.start == 0:
        return
    line = ctx.doc[sent.start - 1].sent
    if len(line) > _DATELINE_TOKENS or line[-1].text not in ctx.words["dateline_dashes"]:
        return
    city = ctx.token_to_candidate.get(line.start)
    if city is None or ctx.candidates[city].kind != "Place" or not ctx.candidates[city].key:
        return
    name = ctx.candidates[city].key.split(":", 1)[1]
    for index in inside:
        key = ctx.candidates[index].key or ""
        if ctx.candidates[index].kind == "Event" and key.startswith(f"Event:{name} Summit"):
            yield from ctx.emit([(index, False)], ctx.states["event-place"], [(city, False)], "event-place",
                                ctx.spans[index].root, sent, "hold", stance=PLAIN)
