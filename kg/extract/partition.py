"""The one parallel code path of extraction: split, extract, merge.

* :func:`split` cuts documents into :class:`Partition` s of about *partition_chars*
  characters, at the units :func:`kg.ingest.paragraphs` gives (a streamed file is cut at
  the same block boundaries as in a one-process build). A unit carries the list heading
  above it (the previous unit of its document, when that reads as a heading or opens with a
  heading line over its first item, or the heading of the previous unit when that is a short
  line, the list's previous item), so a partition can be read without its neighbours.
* :func:`extract_partition` parses a partition and reads its mentions and relations; it
  runs in whatever executor the build uses (this process, a process pool, a Dask
  cluster: :mod:`kg.extract.executors`) and returns plain :class:`Paragraph` values.
* :func:`merge` resolves the values in document order in this process
  (:class:`~kg.extract.resolve.Resolver`), whatever order the executor finished them in.

Partitions do not depend on the executor or its number of workers, and each is parsed by
one ``nlp.pipe`` call with the same batches, so every executor gives the same graph.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from typing import TYPE_CHECKING

from ..ingest import MAX_UNIT_CHARS, paragraphs
from ..lexicon import load_lexicon
from ..model import Document, Extraction

if TYPE_CHECKING:
    from spacy.language import Language

    from .context import Problem, RelationCandidate
    from .mentions import Candidate

__all__ = ["PARTITION_CHARS", "Paragraph", "Partition", "Unit", "extract_partition", "merge", "split"]

#: characters of text per partition: large enough that dispatch costs little, small enough
#: that workers stay evenly loaded to the end and the coordinator merges while they parse
PARTITION_CHARS = 50_000
#: near the end, a partition is at most this fraction of the text left...
_TAPER = 4
#: ...and at least this fraction of a full partition
_TAPER_FLOOR = 8
#: a list heading is one short line
_HEADING_CHARS = 80
_SENTENCE_ENDS = frozenset(".!?")


@dataclass(frozen=True, slots=True)
class Unit:
    """A paragraph (or part of one) of document number *doc*, at *offset* in its text."""

    doc: int
    offset: int
    text: str
    #: the previous unit of the document when it reads as a list heading, else ""
    heading: str = ""


@dataclass(slots=True)
class Partition:
    """Consecutive units, in document order; *number* counts partitions from 0."""

    number: int
    units: list[Unit] = field(default_factory=list)

    @property
    def chars(self) -> int:
        return sum(len(u.text) for u in self.units)


@dataclass(frozen=True, slots=True)
class Paragraph:
    """What a worker read in one unit: no spaCy objects, offsets into the document."""

    sentences: int
    candidates: list[Candidate]
    relations: list[RelationCandidate]
    #: the parts of the unit that could not be read (none, but for a defect met on some parse)
    problems: list[Problem] = field(default_factory=list)


def split(documents: Sequence[Document], partition_chars: int = PARTITION_CHARS,
          max_chars: int = MAX_UNIT_CHARS, total_chars: int | None = None) -> Iterator[Partition]:
    """Partitions of about *partition_chars* characters of the documents' units, lazily
    (a streamed document is read a block at a time).

    Given the *total_chars* of the units, the last partitions are smaller (a quarter of
    what is left, down to an eighth of *partition_chars*), so that parallel workers finish
    close together instead of one parsing a whole partition while the others wait.
    """
    from .families.lists import heading_of

    headings = load_lexicon().relations["list_headings"]
    partition, size, done = Partition(0), 0, 0

    def wanted() -> int:
        if total_chars is None:
            return partition_chars
        return max(partition_chars // _TAPER_FLOOR, min(partition_chars, (total_chars - done) // _TAPER))

    limit = wanted()
    for index, doc in enumerate(documents):
        above = ""
        for offset, text in paragraphs(doc, max_chars):
            partition.units.append(Unit(index, offset, text, above))
            size += len(text)
            short = len(text.splitlines()) == 1 and len(text) <= _HEADING_CHARS
            if short and heading_of(text, headings) is not None:
                above = text
            elif text.rstrip().endswith(":") and heading_of(last := _last_sentence(text), headings) is not None:
                above = last  # "… The Dialogue includes the following nations:" over items of their own
            elif len(lines := [ln for ln in text.splitlines() if ln.strip()]) == 2 and lines[0].rstrip().endswith(":") \
                    and heading_of(last := _last_sentence(lines[0]), headings) is not None:
                above = last  # "Members:", a blank line and the first item (one unit: kg.ingest), then items apart
            elif not short or text.rstrip()[-1:] in _SENTENCE_ENDS:
                above = ""  # (a short line that is no sentence is the next item of the list above)
            if size >= limit:
                yield partition
                done += size
                partition, size = Partition(partition.number + 1), 0
                limit = wanted()
    if partition.units:
        yield partition


def _last_sentence(text: str) -> str:
    """The last sentence of a paragraph (split after a full stop and a space), whole."""
    return _SENTENCE_BREAK.split(text.strip())[-1]


_SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s+")

#: a line at least this long that breaks mid-sentence is prose wrapped by its publisher
_WRAPPED_LINE = 30
_LINE_BREAK = re.compile(r"[ \t]*\r?\n")


def unwrapped(text: str) -> str:
    """*text* with the line breaks of hard-wrapped prose turned into spaces, character for
    character, so that offsets stay exact. A break joins its lines when the line before it is cut
    short (it ends in a comma or in a function word, lexicon ``wrap_words``) or long (at least
    ``_WRAPPED_LINE`` characters), and the next line goes on in lower case ("Participating
    in⏎the meeting were …"); or when the line before is both ("… composed of the⏎Ministers of
    Defence"). Headings ("Who we work with", "Milestones"), list lines and lines after closing
    punctuation keep their breaks."""
    if "\n" not in text:
        return text
    words = _wrap_words()
    chars = list(text)
    for match in _LINE_BREAK.finditer(text):
        line = text[text.rfind("\n", 0, match.start()) + 1:match.start()].rstrip()
        following = text[match.end():match.end() + 1]
        if not line or line[-1] in ".!?:;…" or not following.isalpha():
            continue
        cut_short = line.endswith(",") or line.rsplit(None, 1)[-1].lower() in words
        long_line = len(line.strip()) >= _WRAPPED_LINE
        if (cut_short or long_line) and (following.islower() or cut_short and long_line) \
                or _wrapped_prose(line, _line_from(text, match.end()), _line_before(text, match.start())):
            chars[match.start():match.end()] = " " * (match.end() - match.start())
    return "".join(chars)


def _wrapped_prose(line: str, following: str, before: str) -> bool:
    """A line of running prose cut at the publisher's width before a capitalised word ("… a dinner
    that the ministers held with the Finnish⏎President Sauli Niinistö …"): long, in sentence case,
    ending in a word, inside a block of lines and followed by a long line; not a heading, which is
    short, title-cased or opens its block."""
    words = line.split()
    if len(line) < _PROSE_LINE or len(words) < 9 or len(following.strip()) < _WRAPPED_LINE \
            or not before.strip() or not words[-1][-1].isalpha() or "|" in line:
        return False
    return sum(w[0].isupper() for w in words) * 3 <= len(words)


def _line_from(text: str, start: int) -> str:
    """The line that starts at *start*."""
    end = text.find("\n", start)
    return text[start:end if end >= 0 else len(text)]


def _line_before(text: str, end: int) -> str:
    """The line before the one that ends at *end*."""
    start = text.rfind("\n", 0, end)
    return text[text.rfind("\n", 0, start) + 1:start] if start > 0 else ""


#: a line of prose at least this long that ends in a word was wrapped, whatever the next line opens with
_PROSE_LINE = 60

#: a reference mark copied with an encyclopedia's text ("Belgrade.[13]", "[citation needed]"): no words of its own
_REFERENCE_MARK = re.compile(r"\[(?:\d{1,3}|[a-z]|note \d{1,3}|citation needed|clarification needed)\]")


def parser_text(text: str) -> str:
    """What the parser reads of *text*: :func:`unwrapped`, and reference marks blanked, character
    for character, so that offsets stay exact and "Belgrade.[13]" is read as "Belgrade."."""
    text = unwrapped(text)
    return _REFERENCE_MARK.sub(lambda mark: " " * len(mark.group()), text) if "[" in text else text


@cache
def _wrap_words() -> frozenset[str]:
    return frozenset(load_lexicon().names["wrap_words"])


def extract_partition(partition: Partition, nlp: Language, batch_size: int = 64) -> list[Paragraph]:
    """Parse the partition's units and read their mentions and relations (one per unit)."""
    from .component import guarded_relations, unpack

    found = []
    units = ((parser_text(u.text), u) for u in partition.units)
    for parsed, unit in nlp.pipe(units, as_tuples=True, batch_size=batch_size):
        candidates, relations, problems = unpack(parsed, unit.offset)
        if unit.heading and not any(p.what == "the paragraph" for p in problems):
            problems = [p for p in problems if not p.what.startswith("the relations")]  # (read again below)
            relations = guarded_relations(parsed, candidates, unit.offset, unit.heading, problems)
        found.append(Paragraph(sum(1 for _ in parsed.sents), candidates, relations, problems))
    return found


def merge(documents: Sequence[Document], results: Iterable[tuple[Partition, list[Paragraph]]], *,
          known_names: Mapping[tuple[str, str], str] | None = None, progress: Callable[[int], None] | None = None,
          flush_chars: int | None = None) -> Iterator[Extraction]:
    """Resolve the partitions' values in order; yield a part every *flush_chars* characters
    (``None``: one part) and always a last one, which lists *documents*."""
    from .resolve import Resolver

    resolver = Resolver(known_names)
    current, pending = -1, 0
    notes: list[str] = []
    for partition, values in results:
        for unit, value in zip(partition.units, values, strict=True):
            if unit.doc != current:
                resolver.start_document(documents[unit.doc].id)
                current = unit.doc
            resolver.add_paragraph(value.candidates, value.relations, value.sentences, unit.text, unit.offset)
            notes += (f"{documents[unit.doc].path}: {p.what} at character {p.at:,} could not be read ({p.reason}); "
                      "the rest was read. Please report this with the text." for p in value.problems)
            pending += len(unit.text)
            if progress:
                progress(len(unit.text))
            if flush_chars is not None and pending >= flush_chars:
                pending = 0
                part = resolver.flush()
                part.notes, notes = notes, []
                yield part
    part = resolver.finish()
    part.documents = list(documents)
    part.notes = notes
    yield part
