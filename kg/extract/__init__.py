"""Stage 2: documents → canonical entities and relations with evidence."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import TYPE_CHECKING

from ..ingest import paragraphs
from ..model import Document, Extraction

if TYPE_CHECKING:
    from spacy.language import Language

__all__ = ["extract", "load_nlp"]

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
    from .mentions import mention_candidates
    from .relations import relation_candidates
    from .resolve import Resolver

    nlp = nlp or load_nlp(model)
    docs = list(documents)
    resolver = Resolver(known_names)
    limit = min(nlp.max_length, 100_000)
    units = ((text, (doc, offset)) for doc in docs for offset, text in paragraphs(doc, limit))
    current = None
    for parsed, (doc, offset) in nlp.pipe(units, as_tuples=True, batch_size=batch_size, n_process=max(1, workers)):
        if doc is not current:
            resolver.start_document(doc.id, doc.text)
            current = doc
        candidates = mention_candidates(parsed, offset)
        relations = relation_candidates(parsed, candidates, offset)
        resolver.add_paragraph(candidates, relations, sum(1 for _ in parsed.sents))
        if progress:
            progress(len(parsed.text))
    result = resolver.finish()
    result.documents = docs
    return result
