"""``list-heading`` / ``list-colon``: enumerations that state one relation for every item.

* a heading over items: "Partner countries:" or "Members" on its own line, or a table
  header ("Country | Joined | Notes"), followed by bullet lines, short lines or table rows;
* a colon list inside a sentence: "The partner countries are: Armenia, Azerbaijan and Georgia",
  "Member states: Albania, Belgium, …".

The heading's words give the predicate (``list_headings`` in the lexicon); the organisation
named in the heading is the other end, or else the document's salient organisation (the
resolver picks it, see :data:`~kg.extract.context.TOPIC`). A date on an item's line dates it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.tokens import Span

from ..context import TOPIC, Context, RelationCandidate
from ..dates import normalize_date

__all__ = ["enumeration", "heading_of"]

_ITEM_KINDS = frozenset({"Country", "InternationalOrganization", "Organization", "PartnershipFramework"})
_WHOLE_KINDS = frozenset({"InternationalOrganization", "PartnershipFramework", "Organization", "Agreement", "Event"})
_BULLET = re.compile(r"^\s*(?:[-–—•*·▪►]|\d{1,3}[.)])\s+")
_MAX_ITEM_TOKENS = 16


def heading_of(text: str, headings: dict[str, str]) -> tuple[str, str] | None:
    """(predicate, phrase) when *text* reads as a list heading ("Partner countries:",
    "NATO members", a table header with a "Joined" column)."""
    cells = [c for c in re.split(r"\s*\|\s*", text) if c.strip()] if "|" in text else [text]
    for cell in cells:
        words = re.sub(r"[^\w\s-]", " ", _BULLET.sub("", cell)).lower().split()
        if not words or len(words) > 8:
            continue
        joined = " ".join(words)
        for phrase in sorted(headings, key=len, reverse=True):
            if re.search(rf"(?:^|\s){re.escape(phrase)}(?:$|\s)", joined):
                return headings[phrase], phrase
    return None


def _is_item(sent: Span) -> bool:
    text = sent.text
    return bool(_BULLET.match(text)) or "|" in text or (
        len(sent) <= _MAX_ITEM_TOKENS and not any(t.pos_ in {"VERB", "AUX"} and t.dep_ == "ROOT" for t in sent))


def _members(ctx: Context, start: int, end: int) -> list[int]:
    return [i for i, span in sorted(ctx.spans.items(), key=lambda kv: kv[1].start)
            if start <= span.start and span.end <= end and ctx.candidates[i].kind in _ITEM_KINDS]


def _whole(ctx: Context, start: int, end: int) -> int:
    inside = [i for i, span in ctx.spans.items() if start <= span.start and span.end <= end
              and ctx.candidates[i].kind in _WHOLE_KINDS]
    return inside[0] if inside else TOPIC


def enumeration(ctx: Context, sent: Span) -> Iterator[RelationCandidate]:
    headings: dict[str, str] = ctx.lex["list_headings"]
    colon = next((t for t in sent if t.text == ":"), None)
    if colon is not None and colon.i < sent.end - 1:
        found = heading_of(ctx.doc[sent.start:colon.i].text, headings)
        if found is not None:
            whole = _whole(ctx, sent.start, colon.i)
            items = [i for i in _members(ctx, colon.i + 1, sent.end) if i != whole]
            if items:
                ctx.heading = None
                yield from _emit(ctx, sent, items, found, whole, "list-colon", ctx.doc[sent.start:colon.i].text)
                return
    text = sent.text.strip()
    found = heading_of(text, headings) if (text.endswith(":") or len(sent) <= 8 or "|" in text) else None
    if found is not None and (ctx.heading is None or "|" not in text):
        whole = _whole(ctx, sent.start, sent.end)
        if not [i for i in _members(ctx, sent.start, sent.end) if i != whole]:
            ctx.heading = (found[0], found[1], whole, text)
            return
    if ctx.heading is None:
        return
    if not _is_item(sent):
        ctx.heading = None
        return
    predicate, phrase, whole, heading_text = ctx.heading
    items = [i for i in _members(ctx, sent.start, sent.end) if i != whole][:1 if "|" in text else None]
    yield from _emit(ctx, sent, items, (predicate, phrase), whole, "list-heading", heading_text)


def _emit(ctx: Context, sent: Span, items: list[int], found: tuple[str, str], whole: int, rule: str,
          hint: str) -> Iterator[RelationCandidate]:
    predicate, phrase = found
    date = normalize_date(sent.text) if len(items) == 1 else ""
    for item in items:
        yield RelationCandidate(item, predicate, whole, rule, phrase, ctx.offset + sent.start_char,
                                ctx.offset + sent.end_char, date=date, hint=hint)
