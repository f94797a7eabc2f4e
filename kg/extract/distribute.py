""" "Respectively": the items of one list paired, in order, with the items of another.

"Finland and Sweden joined NATO in 2023 and 2024 respectively" dates Finland's accession 2023
and Sweden's 2024, not both by the first year; "New Zealand and Korea ran teams in Bamyan and
Parwan respectively" places New Zealand's in Bamyan only. The families read such a sentence as
they read any list; this step, run over one sentence's relations once every family has read it,
dates what any of them read by rank and pairs subjects with objects by rank.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from .context import Context, RelationCandidate
from .dates import normalize_date

__all__ = ["respectively"]


def respectively(ctx: Context, sent: Span, found: list[RelationCandidate]) -> list[RelationCandidate]:
    """*found*, the relations of *sent*, with the items of a list paired by rank with the dates or
    the names of the list before "respectively" in it."""
    word = next((t for t in sent if t.lower_ in ctx.words["respective_marks"]), None)
    if word is None or len(found) < 2:
        return found
    dates = _dates_before(ctx, word)
    if len(dates) > 1:
        return _dated_by_rank(ctx, found, dates)
    return _paired_by_rank(ctx, found)


def _dates_before(ctx: Context, word: Token) -> list[str]:
    """The dates listed right before *word* ("in 1999 and 2004", "on 4 April 2023 and 7 March 2024,"), in order."""
    links = ctx.words["date_list_links"]
    start = word.i
    while start > word.sent.start and (ctx.doc[start - 1].ent_type_ == "DATE" or ctx.doc[start - 1].like_num
                                       or ctx.doc[start - 1].lower_ in links):
        start -= 1
    parts: list[list[str]] = [[]]
    for token in ctx.doc[start:word.i]:
        if token.lower_ in links:
            if parts[-1]:
                parts.append([])
        else:
            parts[-1].append(token.text)
    dates = [normalize_date(" ".join(part)) for part in parts if part]
    return dates if all(dates) else []


def _rank(ctx: Context, index: int) -> int:
    return ctx.candidates[index].start


def _dated_by_rank(ctx: Context, found: list[RelationCandidate], dates: list[str]) -> list[RelationCandidate]:
    """Each of as many subjects (or else objects) of one relation as there are dates takes the date of
    its rank, where each was read with no date or with one of the list's (not a relation of another
    clause: "X joined in 1994, and talks began in 2008 and 2005 respectively")."""
    result = list(found)
    redated: set[int] = set()
    for varied in ("subject", "object"):
        other = "object" if varied == "subject" else "subject"
        groups: dict[tuple[str, int], list[int]] = {}
        for n, f in enumerate(found):
            if f.subject >= 0 and f.object >= 0 and n not in redated:
                groups.setdefault((f.predicate, getattr(f, other)), []).append(n)
        for members in groups.values():
            ranked = sorted({getattr(found[n], varied) for n in members}, key=lambda i: _rank(ctx, i))
            if len(ranked) != len(dates) or len({_rank(ctx, i) for i in ranked}) != len(ranked) \
                    or not all(any(date.startswith(found[n].date) for date in dates) for n in members):
                continue
            date_of = dict(zip(ranked, dates))
            for n in members:
                result[n] = replace(found[n], date=date_of[getattr(found[n], varied)])
                redated.add(n)
    return result


def _paired_by_rank(ctx: Context, found: list[RelationCandidate]) -> list[RelationCandidate]:
    """Of a predicate read between every one of n subjects and every one of n objects, the n pairs of the same rank."""
    keep = list(found)
    for predicate in {f.predicate for f in found}:
        named = [f for f in found if f.predicate == predicate and f.subject >= 0 and f.object >= 0]
        subjects = sorted({f.subject for f in named}, key=lambda i: _rank(ctx, i))
        objects = sorted({f.object for f in named}, key=lambda i: _rank(ctx, i))
        if len(subjects) < 2 or len(subjects) != len(objects) or len({(f.subject, f.object) for f in named}) \
                != len(subjects) ** 2:
            continue
        pairs = set(zip(subjects, objects))
        keep = [f for f in keep if f not in named or (f.subject, f.object) in pairs]
    return keep
