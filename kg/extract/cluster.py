"""The Dask executor: partitions extracted on a ``dask.distributed`` cluster.

``local:N`` starts a LocalCluster of N worker processes on this machine; any other address
(``tcp://host:8786``) is an existing scheduler, whose workers must have natokg and the
model installed. Each worker process loads the pipeline once (:func:`_pipeline`, loaded on
every worker when the build starts and on a restarted worker at its first partition).
A worker lost mid-partition is Dask's to handle: the scheduler gives the partition to
another worker, and the values, hence the graph, are the same. A lost scheduler ends the
build with :class:`~kg.errors.ClusterError`; the store keeps its last complete state.
"""

from __future__ import annotations

import importlib.util
import logging
import threading
import uuid
from collections.abc import Callable, Iterable
from concurrent.futures import CancelledError
from typing import TYPE_CHECKING, Any, Self

from ..errors import ClusterError, ConfigError
from .executors import Results, in_order
from .partition import Paragraph, Partition, extract_partition

if TYPE_CHECKING:
    from spacy.language import Language

__all__ = ["DaskCluster"]

_lock = threading.Lock()
_loaded: dict[str | None, Language] = {}


def _pipeline(model: str | None) -> Language:
    """The worker process's pipeline for *model*, loaded on first use (call under ``_lock``)."""
    if model not in _loaded:
        from . import load_nlp

        _loaded[model] = load_nlp(model)
    return _loaded[model]


def _preload(model: str | None) -> None:
    with _lock:
        _pipeline(model)


def _extract(partition: Partition, model: str | None, batch_size: int) -> list[Paragraph]:
    """The task a worker runs. Threads of one worker share its pipeline one at a time."""
    with _lock:
        return extract_partition(partition, _pipeline(model), batch_size)


class DaskCluster:
    """Extraction on the Dask cluster at *address* (``local:N`` or a scheduler address).

    *on_dashboard* is called with the cluster's dashboard link when one is served.
    """

    def __init__(self, address: str, model: str | None = None, batch_size: int = 64,
                 on_dashboard: Callable[[str], None] | None = None) -> None:
        self.address, self.model, self.batch_size, self.on_dashboard = address, model, batch_size, on_dashboard
        self.client: Any = None
        self.local: Any = None
        self._level = logging.NOTSET

    def __enter__(self) -> Self:
        try:
            from distributed import Client, LocalCluster
        except ImportError as err:
            raise ConfigError(f"--cluster needs dask.distributed ({err}); pip install 'natokg[cluster]'") from err
        # the library does not print: Dask's own log lines (a worker restarted, the scheduler gone)
        # become the build's result or its ClusterError
        logger = logging.getLogger("distributed")
        self._level = logger.level
        logger.setLevel(logging.CRITICAL)
        try:
            if self.address.startswith("local:"):
                count = _count(self.address)
                self.local = LocalCluster(n_workers=count, threads_per_worker=1, processes=True,
                                          dashboard_address=":0", silence_logs=logging.CRITICAL)
                self.client = Client(self.local)
            else:
                self.client = Client(self.address)  # waits distributed.comm.timeouts.connect
            self.client.run(_preload, self.model)
        except (OSError, TimeoutError) as err:
            self.__exit__()
            raise ClusterError(f"{self.address}: cannot reach the Dask scheduler ({_first_line(err)})") from err
        except BaseException:
            self.__exit__()
            raise
        if self.on_dashboard and importlib.util.find_spec("bokeh") and self.client.dashboard_link:
            self.on_dashboard(self.client.dashboard_link)
        return self

    def __exit__(self, *exc: object) -> None:
        client, local, self.client, self.local = self.client, self.local, None, None
        try:
            if client is not None:
                client.close()
        finally:
            if local is not None:
                local.close()
            logging.getLogger("distributed").setLevel(self._level)

    @property
    def threads(self) -> int:
        """Worker threads the scheduler knows of now."""
        return max(1, sum(self.client.nthreads().values()))

    def map(self, partitions: Iterable[Partition]) -> Results:
        from distributed import KilledWorker

        client, build = self.client, uuid.uuid4().hex[:12]
        assert client is not None, "use the cluster as a context manager"

        def submit(partition: Partition) -> Any:
            return client.submit(_extract, partition, self.model, self.batch_size,
                                 key=f"natokg-{build}-{partition.number}", pure=False)

        try:
            yield from in_order(submit, partitions, 2 * self.threads + 1)
        except KilledWorker as err:
            raise ClusterError(f"{self.address}: a partition's workers died each time it ran "
                               f"({_first_line(err)})") from err
        except (CancelledError, OSError, TimeoutError) as err:
            raise ClusterError(f"{self.address}: lost the Dask scheduler mid-build ({type(err).__name__}); the store "
                               "keeps its last complete state, run kg build again to finish") from err


def _count(address: str) -> int:
    text = address.removeprefix("local:")
    if not text.isdigit() or int(text) < 1:
        raise ConfigError(f"{address}: expected local:N with N ≥ 1 worker processes")
    return int(text)


def _first_line(err: BaseException) -> str:
    """A foreign exception's message as one line (Dask's may span several)."""
    lines = str(err).strip().splitlines()
    return lines[0] if lines else type(err).__name__
