"""Stage 2: documents → canonical entities and relations with evidence."""

from __future__ import annotations

import functools
import hashlib
from collections.abc import Callable, Iterable, Iterator, Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from ..config import data_path, resolve_model
from ..ingest import MAX_UNIT_CHARS
from ..model import Document, Extraction
from .partition import PARTITION_CHARS, merge, split

if TYPE_CHECKING:
    from spacy.language import Language

    from .executors import Executor

__all__ = ["extract", "extract_parts", "extractor_fingerprint", "load_nlp", "release_models"]

Progress = Callable[[int], None]


@functools.cache
def extractor_fingerprint() -> str:
    """A digest of what decides the extraction besides the spaCy model: this package's code,
    the lexicon and the reference data it reads, and the learned pair model. A store records
    it, and a build re-reads documents a different extractor read."""
    digest = hashlib.sha256()
    code = Path(__file__).parent
    files = sorted(code.rglob("*.py")) + [code.parent / "lexicon.py"]
    for folder in ("lexicon", "reference", "model"):
        files += sorted(p for p in data_path("data", folder).rglob("*") if p.is_file())
    for path in files:
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def load_nlp(model: str | None = None) -> Language:
    """The spaCy pipeline with natokg's components (see :mod:`kg.extract.pipeline`)."""
    from .pipeline import load_nlp as load

    return load(model)


def release_models() -> None:
    """Drop the learned pair model this process holds (it is loaded again when next needed),
    for a build whose extraction is over; a model chosen with
    :func:`~kg.extract.pairs.use_pair_model` stays."""
    from .pairs import release_shipped_model

    release_shipped_model()


def extract(
    documents: Iterable[Document],
    *,
    nlp: Language | None = None,
    model: str | None = None,
    batch_size: int = 64,
    workers: int = 1,
    cluster: str | None = None,
    known_names: Mapping[tuple[str, str], str] | None = None,
    progress: Progress | None = None,
) -> Extraction:
    """Run the pipeline over *documents* (paragraph by paragraph, boilerplate skipped).

    *workers* > 1 parses and reads relations in that many processes, *cluster* on a Dask
    cluster (``local:N`` or a scheduler address, see :mod:`kg.extract.cluster`); the result
    is the same as with one, because resolution runs in order in this process.
    *known_names* maps (class, folded form) to names an earlier build chose (see
    :class:`~kg.extract.resolve.Resolver`).
    *progress* is called with the number of characters done after each paragraph.
    """
    (result,) = extract_parts(documents, nlp=nlp, model=model, batch_size=batch_size, workers=workers,
                              cluster=cluster, known_names=known_names, progress=progress, flush_chars=None)
    return result


def extract_parts(
    documents: Iterable[Document],
    *,
    nlp: Language | None = None,
    model: str | None = None,
    batch_size: int = 64,
    workers: int = 1,
    cluster: str | None = None,
    known_names: Mapping[tuple[str, str], str] | None = None,
    progress: Progress | None = None,
    flush_chars: int | None = 500_000,
    partition_chars: int | None = None,
    on_dashboard: Callable[[str], None] | None = None,
    total_chars: int | None = None,
) -> Iterator[Extraction]:
    """Like :func:`extract`, but yields the result in parts of about *flush_chars* characters
    of text each, so that memory stays bounded however large the input (``None``: one part).

    Each part holds the entities, mentions and relations resolved since the previous one
    (an entity keeps the name it was given in its first part); the last part lists all
    *documents* in ``documents``. At least one part is yielded.

    The documents are split into partitions of about *partition_chars* characters (default
    :data:`~kg.extract.partition.PARTITION_CHARS`)
    (:func:`~kg.extract.partition.split`), extracted by the executor *workers* or *cluster*
    choose, and merged in order: one code path whatever the executor
    (:mod:`kg.extract.partition`). *on_dashboard* receives a cluster's dashboard link.
    *total_chars*, the characters of the documents' text units when the caller knows them,
    lets the last partitions be smaller, so that parallel workers finish together.
    """
    docs = list(documents)
    limit = min(nlp.max_length, MAX_UNIT_CHARS) if nlp is not None else MAX_UNIT_CHARS
    with _executor(nlp, model, batch_size, workers, cluster, on_dashboard) as executor:
        results = executor.map(split(docs, partition_chars or PARTITION_CHARS, limit, total_chars))
        yield from merge(docs, results, known_names=known_names, progress=progress, flush_chars=flush_chars)


def _executor(nlp: Language | None, model: str | None, batch_size: int, workers: int, cluster: str | None,
              on_dashboard: Callable[[str], None] | None) -> Executor:
    if cluster:
        from .cluster import DaskCluster

        # the workers load the model this process would (a pipeline object does not travel)
        return DaskCluster(cluster, resolve_model(model), batch_size, on_dashboard)
    if workers > 1:
        from .executors import ProcessPool

        return ProcessPool(nlp or load_nlp(model), workers, model, batch_size)
    from .executors import InProcess

    return InProcess(nlp or load_nlp(model), batch_size)
