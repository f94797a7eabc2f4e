"""Stage 4: persistence. Outputs are written to a temporary file beside the target,
checked, then renamed into place, so an interrupted run never leaves half a file.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pyoxigraph
from rdflib import Graph

from .errors import RDFSyntaxError

__all__ = ["atomic_write", "load_graph", "save_graph", "validate_rdf"]

#: rdflib serializer name → (file suffix, media type for the strict re-parse)
FORMATS: dict[str, tuple[str, str]] = {
    "turtle": (".ttl", "text/turtle"),
    "nt": (".nt", "application/n-triples"),
    "xml": (".rdf", "application/rdf+xml"),
    "json-ld": (".jsonld", "application/ld+json"),
}


def atomic_write(path: str | Path, data: str | bytes) -> Path:
    """Write *data* to *path* through a temporary file in the same folder and ``os.replace``."""
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    payload = data.encode("utf-8") if isinstance(data, str) else data
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        os.chmod(tmp, 0o666 & ~_umask())
        with os.fdopen(fd, "wb") as handle:
            handle.write(payload)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return target


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def validate_rdf(data: bytes, media_type: str, path: str = "<data>") -> int:
    """Parse *data* with a strict engine (Oxigraph); returns the number of triples or quads."""
    try:
        return sum(1 for _ in pyoxigraph.parse(data, media_type))
    except SyntaxError as err:
        raise RDFSyntaxError(path, str(err)) from err


def save_graph(graph: Graph, path: str | Path, fmt: str = "turtle") -> Path:
    """Serialise *graph* as *fmt*, re-parse it strictly, then move it into place."""
    data = graph.serialize(format=fmt, encoding="utf-8")
    validate_rdf(data, FORMATS[fmt][1], str(path))
    return atomic_write(path, data)


def load_graph(path: str | Path, fmt: str | None = None) -> Graph:
    """Parse an RDF file into a fresh rdflib graph; syntax errors become :class:`RDFSyntaxError`."""
    graph = Graph()
    try:
        graph.parse(str(path), format=fmt)
    except FileNotFoundError as err:
        raise RDFSyntaxError(str(path), "no such file") from err
    except (SyntaxError, ValueError, UnicodeDecodeError) as err:
        raise RDFSyntaxError(str(path), str(err).splitlines()[0] if str(err) else type(err).__name__) from err
    except Exception as err:  # rdflib raises plain Exception subclasses from several parsers
        raise RDFSyntaxError(str(path), f"{type(err).__name__}: {err}") from err
    return graph
