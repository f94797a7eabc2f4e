"""Stage 2: documents → canonical entities and relations with evidence."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import TYPE_CHECKING

from ..ingest import MAX_UNIT_CHARS, paragraphs
from ..lexicon import load_lexicon
from ..model import Document, Extraction

if TYPE_CHECKING:
    from spacy.language import Language

__all__ = ["extract", "extract_parts", "load_nlp"]

Progress = Callable[[int], None]


def load_nlp(model: str | None = None) -> Language:
    """The spaCy pipeline with natokg's components (see :mod:`kg.extract.pipeline`)."""
    from .pipeline import load_nlp as load

    return load(model)


def extract(
    documents: Iterable[Document],
    *,
    nlp: Language | None = None,
    model: str | None = None,
    batch_size: int = 64,
    workers: int = 1,
    known_names: Mapping[tuple[str, str], str] | None = None,
    progress: Progress | None = None,
) -> Extraction:
    """Run the pipeline over *documents* (paragraph by paragraph, boilerplate skipped).

    *workers* > 1 parses in that many processes (``nlp.pipe(n_process=...)``); the
    result is the same as with one, because resolution runs in order in this process.
    *known_names* maps (class, folded form) to names an earlier build chose (see
    :class:`~kg.extract.resolve.Resolver`).
    *progress* is called with the number of characters done after each paragraph.
    """
    (result,) = extract_parts(documents, nlp=nlp, model=model, batch_size=batch_size, workers=workers,
                              known_names=known_names, progress=progress, flush_chars=None)
    return result


def extract_parts(
    documents: Iterable[Document],
    *,
    nlp: Language | None = None,
    model: str | None = None,
    batch_size: int = 64,
    workers: int = 1,
    known_names: Mapping[tuple[str, str], str] | None = None,
    progress: Progress | None = None,
    flush_chars: int | None = 500_000,
) -> Iterator[Extraction]:
    """Like :func:`extract`, but yields the result in parts of about *flush_chars* characters
    of text each, so that memory stays bounded however large the input (``None``: one part).

    Each part holds the entities, mentions and relations resolved since the previous one
    (an entity keeps the name it was given in its first part); the last part lists all
    *documents* in ``documents``. At least one part is yielded.
    """
    from .component import unpack
    from .families.lists import heading_of
    from .relations import relation_candidates
    from .resolve import Resolver

    nlp = nlp or load_nlp(model)
    nlp_headings = load_lexicon().relations["list_headings"]
    docs = list(documents)
    resolver = Resolver(known_names)
    limit = min(nlp.max_length, MAX_UNIT_CHARS)
    units = ((text, (doc, offset)) for doc in docs for offset, text in paragraphs(doc, limit))
    current: Document | None = None
    heading = ""  # the last line of the previous paragraph: a list heading may sit above a blank line
    pending = 0
    for parsed, (doc, offset) in nlp.pipe(units, as_tuples=True, batch_size=batch_size, n_process=max(1, workers)):
        if doc is not current:
            resolver.start_document(doc.id)
            current, heading = doc, ""
        candidates, relations = unpack(parsed, offset)  # read in the worker that parsed it
        if heading and heading_of(heading, nlp_headings) is not None:
            relations = relation_candidates(parsed, candidates, offset, heading)
        lines = parsed.text.strip().splitlines()
        heading = lines[-1] if len(lines) == 1 and len(lines[-1]) <= 80 else ""
        resolver.add_paragraph(candidates, relations, sum(1 for _ in parsed.sents), parsed.text, offset)
        pending += len(parsed.text)
        if progress:
            progress(len(parsed.text))
        if flush_chars is not None and pending >= flush_chars:
            pending = 0
            yield resolver.flush()
    part = resolver.finish()
    part.documents = docs
    yield part
