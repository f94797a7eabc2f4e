"""Where :func:`~kg.extract.partition.extract_partition` runs: the only part of a build that
differs between one process, ``--workers N`` and ``--cluster``.

An executor maps partitions to their extraction values and yields them in partition order,
with a bounded number in flight, so that the coordinator merges while workers parse and
memory does not grow with the corpus. The Dask executor is in :mod:`kg.extract.cluster`.
"""

from __future__ import annotations

import gc
import multiprocessing
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from typing import TYPE_CHECKING, Any, Protocol, Self

from .partition import Paragraph, Partition, extract_partition

if TYPE_CHECKING:
    from spacy.language import Language

__all__ = ["Executor", "InProcess", "ProcessPool", "in_order"]

Results = Iterator[tuple[Partition, list[Paragraph]]]


class Executor(Protocol):
    """Runs partitions somewhere (a context manager); :meth:`map` yields (partition, values)
    in partition order."""

    def __enter__(self) -> Self: ...

    def __exit__(self, *exc: object) -> None: ...

    def map(self, partitions: Iterable[Partition]) -> Results: ...


def in_order(submit: Callable[[Partition], Any], partitions: Iterable[Partition], window: int) -> Results:
    """Submit partitions, at most *window* ahead of the one being waited for; yield their
    results in order. *submit* returns a future (``concurrent.futures`` or Dask)."""
    pending: deque[tuple[Partition, Any]] = deque()
    for partition in partitions:
        pending.append((partition, submit(partition)))
        if len(pending) >= window:
            done, future = pending.popleft()
            yield done, future.result()
    while pending:
        done, future = pending.popleft()
        yield done, future.result()


class InProcess:
    """Partitions parsed one after the other by *nlp*, in this process."""

    def __init__(self, nlp: Language, batch_size: int = 64) -> None:
        self.nlp, self.batch_size = nlp, batch_size

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        return None

    def map(self, partitions: Iterable[Partition]) -> Results:
        for partition in partitions:
            yield partition, extract_partition(partition, self.nlp, self.batch_size)


_worker: dict[str, Any] = {}


def _adopt(nlp: Language | None, model: str | None, batch_size: int) -> None:
    """Pool initializer: a forked worker inherits *nlp*; a spawned one loads *model*.

    The worker process exists to parse: what it holds now (the pipeline, the modules) is moved
    out of the cyclic garbage collector's reach, which would otherwise walk the model's hundred
    thousand objects at every full collection."""
    from . import load_nlp

    _worker["nlp"], _worker["batch_size"] = nlp or load_nlp(model), batch_size
    gc.freeze()


def _run(partition: Partition) -> list[Paragraph]:
    return extract_partition(partition, _worker["nlp"], _worker["batch_size"])


class ProcessPool:
    """*workers* processes of this machine. Where ``fork`` exists they inherit the loaded
    pipeline (nothing is pickled but partitions and values); elsewhere each loads *model*."""

    def __init__(self, nlp: Language, workers: int, model: str | None = None, batch_size: int = 64) -> None:
        self.nlp, self.workers, self.model, self.batch_size = nlp, workers, model, batch_size
        self.pool: ProcessPoolExecutor | None = None

    def __enter__(self) -> Self:
        fork = "fork" in multiprocessing.get_all_start_methods()
        context = multiprocessing.get_context("fork" if fork else "spawn")
        self.pool = ProcessPoolExecutor(self.workers, mp_context=context, initializer=_adopt,
                                        initargs=(self.nlp if fork else None, self.model, self.batch_size))
        return self

    def __exit__(self, *exc: object) -> None:
        if self.pool is not None:
            self.pool.shutdown(wait=True, cancel_futures=True)
            self.pool = None

    def map(self, partitions: Iterable[Partition]) -> Results:
        assert self.pool is not None, "use the pool as a context manager"
        pool = self.pool

        def submit(partition: Partition) -> Future[list[Paragraph]]:
            return pool.submit(_run, partition)

        return in_order(submit, partitions, 2 * self.workers + 1)
