"""Dates stated in a sentence, normalised to ISO 8601 lexical forms (``xsd:date``, ``gYearMonth``, ``gYear``).

Only dates that carry a year are normalised ("14 January 2004" → ``2004-01-14``,
"April 2005" → ``2005-04``, "in 1949" → ``1949``); relative dates ("last year") and
dates without a year ("19 April") are left out rather than guessed.
"""

from __future__ import annotations

import calendar
import datetime
import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["DASHES", "MONTH_WORDS", "dateline_end", "in_year", "is_day_of_month", "normalize_date", "opening_day",
           "refers_to_a_year", "time_later", "year_referred", "YEAR_SPAN"]

#: the dashes that end a date or a dateline before a name ("1 October 2014 - Jens Stoltenberg …")
DASHES = frozenset({"–", "—", "--", "-"})
#: the most tokens of a news dateline before its dash ("STRASBOURG/KEHL, France/Germany, 4 April 2009 –")
DATELINE_TOKENS = 16

_MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
_MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
_MONTHS["sept"] = 9  # "Sept. 13, 2011": the four-letter form news style uses
_MONTH = r"\b(" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\b\.?"
#: a day and month, or a month alone, of a date that names no year
_DAY_MONTH = re.compile(rf"(?:\d{{1,2}}\s+)?{_MONTH}(?:\s+\d{{1,2}}\b)?", re.I)
#: the month names and abbreviations, lower-cased ("october", "oct", "sept")
MONTH_WORDS = frozenset(_MONTHS)
_DASH = "[" + "".join(sorted(re.escape(d) for d in DASHES if len(d) == 1)) + "]"
#: what joins the two ends of a range of dates ("31 March-31 October 2011", "October to November 2018")
_RANGE = rf"\s*(?:{_DASH}|/|\bto\b|\buntil\b)\s*"
#: a range of days or months within one year, which dates from its start
_RANGES = [
    (re.compile(rf"(?<!\d)(\d{{1,2}})\s+{_MONTH}{_RANGE}\d{{1,2}}\s+{_MONTH},?\s+(\d{{4}})", re.I),
     ("day", "month", "end", "year")),
    (re.compile(rf"{_MONTH}{_RANGE}{_MONTH},?\s+(\d{{4}})", re.I), ("month", "end", "year")),
]
_PATTERNS = [
    (re.compile(rf"(?<!\d)(\d{{1,2}})(?:(?:{_RANGE}|\s+and\s+)\d{{1,2}})?\s+{_MONTH},?\s+(\d{{4}})", re.I),
     ("day", "month", "year")),
    (re.compile(rf"{_MONTH}\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})", re.I), ("month", "day", "year")),
    (re.compile(rf"{_MONTH},?\s+(\d{{4}})", re.I), ("month", "year")),
    (re.compile(r"(?<!\d)(1[6-9]\d\d|20\d\d)(?![\d']|s\b)"), ("year",)),
]
#: a year or a span of years written as one word ("1957–1961", "2019-"), which the model may leave untagged
YEAR_SPAN = re.compile(rf"(?:1[6-9]|20)\d\d{_DASH}(?:(?:\d\d){{1,2}})?")


def normalize_date(text: str) -> str:
    """ISO form of the dated expression in *text* (of the patterns in order, the first that
    matches; a range within one year, from its start, when it comes first), or "" when it has
    no year."""
    found = next(((m, f) for p, f in _PATTERNS if (m := p.search(text))), None)
    ranged = next(((m, f) for p, f in _RANGES if (m := p.search(text))), None)
    if ranged is not None and (found is None or ranged[0].start() <= found[0].start()):
        found = ranged
    if found is None:
        return ""
    parts = dict(zip(found[1], found[0].groups()))
    year = int(parts["year"])
    if "month" not in parts:
        return f"{year:04d}"
    month = _MONTHS[parts["month"].lower().rstrip(".")]
    if "end" in parts and _MONTHS[parts["end"].lower().rstrip(".")] < month:
        year -= 1  # "31 December-2 January 2004", "Nov-Feb 2004": the range began the year before
    if "day" not in parts:
        return f"{year:04d}-{month:02d}"
    day = int(parts["day"])
    if 1 <= day <= calendar.monthrange(year, month)[1]:
        return f"{year:04d}-{month:02d}-{day:02d}"
    return f"{year:04d}-{month:02d}"


def in_year(partial: str, year: str) -> str:
    """The date a yearless *partial* names in *year* ("in April of that year", "in December of the
    same year", "on 12 March"), or "" when it names no month."""
    found = _DAY_MONTH.search(partial)
    return normalize_date(f"{found.group(0)} {year}") if found and year else ""


#: a yearless date that names the year of the date before it ("in December of that year", "the same
#: year"), or the year after it ("the following year", "in April of the next year")
_THAT_YEAR = re.compile(r"\b(?:that|the same|that same)\s+year\b", re.IGNORECASE)
_NEXT_YEAR = re.compile(r"\bthe\s+(?:following|next|subsequent)\s+year\b", re.IGNORECASE)


def refers_to_a_year(partial: str) -> bool:
    """Whether a date with no year of its own names the year of a date before it, or the year after."""
    return not any(c.isdigit() for c in partial) and bool(_THAT_YEAR.search(partial) or _NEXT_YEAR.search(partial))


def year_referred(partial: str, before: str) -> str:
    """The date *partial* names from the date *before* (:func:`refers_to_a_year`): "in December of
    that year" after 2004 is 2004-12, "the next year" after 1994 is 1995."""
    year = before[:4] if _THAT_YEAR.search(partial) else f"{int(before[:4]) + 1:04d}"
    return in_year(partial, year) or year


def is_day_of_month(text: str) -> bool:
    """Whether *text* is a day of a month and nothing else ("9 February", "February 9"): a
    chronology's line under a heading that names the year."""
    return bool(re.fullmatch(rf"(?:\d{{1,2}}\s+{_MONTH}|{_MONTH}\s+\d{{1,2}})", text.strip(), re.I))


#: a line's opening day of a month before a dash, colon or comma ("- 10 January: …", "8 February - …")
_OPENING_DAY = re.compile(rf"\s*(?:[-–—•*]\s*)?(\d{{1,2}}\s+{_MONTH}|{_MONTH}\s+\d{{1,2}})(?=\s*[-–—:,])", re.I)


def opening_day(line: str) -> str:
    """The day of a month a chronology's line opens with ("- 10 January: Allies launch …" →
    "10 January"), or ""."""
    found = _OPENING_DAY.match(line)
    return found.group(1) if found else ""


#: "ten years later", "a year later", "two days after": a span of time after a date named before
_TIME_LATER = re.compile(r"(a|an|one|\d+|[a-z]+)\s+(year|month|week|day)s?\s+(?:later|after)", re.I)


def time_later(text: str, since: str, numbers: dict[str, int]) -> str:
    """The date *text* ("ten years later", "two days later") names counted from the date *since*
    ("2004", "1999-06-10"), as precise as both allow (a count of days needs the day it counts
    from), or "" when either says no date (*numbers*: number words by value, beyond "a" and "one")."""
    match = _TIME_LATER.fullmatch(text.strip())
    if not match or not since[:4].isdigit():
        return ""
    word, unit = match.group(1).lower(), match.group(2).lower()
    count = 1 if word in {"a", "an", "one"} else int(word) if word.isdigit() else numbers.get(word)
    if not count:
        return ""
    if unit == "year":
        return f"{int(since[:4]) + count:04d}"
    if unit == "month" and len(since) >= 7:
        months = int(since[:4]) * 12 + int(since[5:7]) - 1 + count
        return f"{months // 12:04d}-{months % 12 + 1:02d}"
    if unit in {"week", "day"} and len(since) == 10:
        try:
            later = datetime.date.fromisoformat(since) + datetime.timedelta(days=count * (7 if unit == "week" else 1))
        except (OverflowError, ValueError):
            return ""  # ("4000000 days later": past any calendar)
        return later.isoformat()
    return ""


def dateline_end(doc: Doc, start: int) -> int:
    """The token after a news dateline opening a line at *start* ("MONS, Belgium —", "INDEPENDENCE,
    Missouri, 12 March 1999 –"), or 0: a capitalised place, a comma, then names, numbers and a
    bracket up to a dash, with the place in capitals or a number in the line."""
    if start >= len(doc) or not doc[start].is_title and not doc[start].is_upper:
        return 0
    comma = number = bracket = False
    for token in doc[start + 1:min(start + DATELINE_TOKENS, len(doc) - 1)]:
        if token.text in DASHES and comma and not bracket:
            return token.i + 1 if (number or doc[start].is_upper and len(doc[start]) > 2) else 0
        if token.text == "(":
            bracket = True
        elif token.text == ")":
            bracket = False
        elif token.text == ",":
            comma = True
        elif token.like_num:
            number = True
        elif not bracket and token.tag_ not in {"NNP", "NNPS", "."}:
            return 0
    return 0


def full_date(text: str) -> str:
    """The ISO form of the first date in *text* that names its day, month and year ("Istanbul, 28 June
    2004"), or ""."""
    for pattern, fields in _PATTERNS[:2]:
        found = pattern.search(text)
        if found:
            return normalize_date(found.group(0))
    return ""

