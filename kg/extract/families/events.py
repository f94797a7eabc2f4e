"""``event-place``: an event whose name ends in its place ("a meeting of NATO Foreign
Ministers in Oslo") is held there."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span

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
