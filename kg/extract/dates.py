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

__all__ = ["DASHES", "MONTH_WORDS", "dateline_end", "is_day_of_month", "normalize_date", "opening_day", "time_later"]

#: the dashes that end a date or a dateline before a name ("1 October 2014 - Jens Stoltenberg …")
DASHES = frozenset({"–", "—", "--", "-"})
#: the most tokens of a news dateline before its dash ("STRASBOURG/KEHL, France/Germany, 4 April 2009 –")
DATELINE_TOKENS = 16

_MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
_MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
_MONTHS["sept"] = 9  # "Sept. 13, 2011": the four-letter form news style uses
_MONTH = "(" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
#: the month names and abbreviations, lower-cased ("october", "oct", "sept")
MONTH_WORDS = frozenset(_MONTHS)
#: what joins the two ends of a range of dates ("31 March-31 October 2011", "October to November 2018")
_RANGE = r"\s*(?:[-–—/]|to|until)\s*"
_PATTERNS = [
    # a range of days or months in one year dates from its start
    (re.compile(rf"(\d{{1,2}})\s+{_MONTH}{_RANGE}\d{{1,2}}\s+{_MONTH},?\s+(\d{{4}})", re.I),
     ("day", "month", "end", "year")),
    (re.compile(rf"{_MONTH}{_RANGE}{_MONTH},?\s+(\d{{4}})", re.I), ("month", "end", "year")),
    (re.compile(rf"(\d{{1,2}})(?:\s*(?:[-–]|and)\s*\d{{1,2}})?\s+{_MONTH},?\s+(\d{{4}})", re.I),
     ("day", "month", "year")),
    (re.compile(rf"{_MONTH}\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})", re.I), ("month", "day", "year")),
    (re.compile(rf"{_MONTH},?\s+(\d{{4}})", re.I), ("month", "year")),
    (re.compile(r"(?<!\d)(1[6-9]\d\d|20\d\d)(?![\d']|s\b)"), ("year",)),
]


def normalize_date(text: str) -> str:
    """ISO form of the first dated expression in *text*, or "" when it has no year."""
    for pattern, fields in _PATTERNS:
        match = pattern.search(text)
        if not match:
            continue
        parts = dict(zip(fields, match.groups()))
        year = int(parts["year"])
        if "month" not in parts:
            return f"{year:04d}"
        month = _MONTHS[parts["month"].lower().rstrip(".")]
        if "day" not in parts:
            return f"{year:04d}-{month:02d}"
        day = int(parts["day"])
        if 1 <= day <= calendar.monthrange(year, month)[1]:
            return f"{year:04d}-{month:02d}-{day:02d}"
        return f"{year:04d}-{month:02d}"
    return ""


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
        later = datetime.date.fromisoformat(since) + datetime.timedelta(days=count * (7 if unit == "week" else 1))
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
