"""Files written atomically, and RDF files read and written strictly.

Every file natokg writes goes to a temporary file beside the target, is checked where it
can be (RDF is parsed again by Oxigraph), synced, then renamed into place
(:func:`atomic_writer`), so an interrupted run never leaves half a file. RDF files from
elsewhere are read by Oxigraph within the limits of :mod:`kg.rdf.limits` (:func:`read_rdf`,
:func:`load_graph`).
"""

from __future__ import annotations

import os
import re
import stat
import tempfile
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO, Self

import pyoxigraph as ox
from rdflib import Graph

from .errors import OutputError, RDFSyntaxError
from .rdf.io import format_of_path, graph_of, rdf_format
from .rdf.limits import MAX_LITERAL, check_file, check_literal

__all__ = ["STAGE_CHUNK", "StagedRdf", "atomic_write", "atomic_writer", "load_graph", "parse_error", "read_rdf",
           "read_triples", "save_graph", "stage_rdf", "validate_rdf"]


def atomic_write(path: str | Path, data: str | bytes) -> Path:
    """Write *data* to *path* through a temporary file in the same folder and ``os.replace``."""
    with atomic_writer(path) as (handle, _):
        handle.write(data.encode("utf-8") if isinstance(data, str) else data)
    return Path(path)


@contextmanager
def atomic_writer(path: str | Path) -> Iterator[tuple[BinaryIO, Path]]:
    """A binary handle on a temporary file beside *path* (and its path); on a clean exit the
    file is synced and renamed to *path*, on an error it is removed and *path* is untouched.

    An existing *path* keeps its permission bits; one that is not a regular file (a device,
    a FIFO) is refused, never replaced. Writers to the same *path* at once each finish (the
    last rename wins); temporary files of processes that died are cleared. A failed write
    (full disk, permissions) raises :class:`~kg.errors.OutputError`.
    """
    target = Path(path)
    try:
        mode = _replaceable_mode(target)
        target.parent.mkdir(parents=True, exist_ok=True)
        _clear_stale(target)
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.{os.getpid()}.", suffix=".tmp", dir=target.parent)
    except OSError as err:
        raise OutputError(str(target), f"cannot write ({err.strerror or err})") from err
    try:
        os.chmod(tmp, mode)
        with os.fdopen(fd, "wb") as handle:
            yield handle, Path(tmp)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, target)
    except BaseException as err:
        Path(tmp).unlink(missing_ok=True)
        if isinstance(err, OSError):
            raise OutputError(str(target), f"cannot write ({err.strerror or err}); "
                                           "the previous file, if any, is unchanged") from err
        raise


def _replaceable_mode(target: Path) -> int:
    """The permission bits the new *target* gets: those of the file it replaces, else the umask's."""
    try:
        info = target.stat()
    except FileNotFoundError:
        return 0o666 & ~_umask()
    if not stat.S_ISREG(info.st_mode):
        kind = "a folder" if stat.S_ISDIR(info.st_mode) else "not a regular file"
        raise OutputError(str(target), f"{kind}; refusing to replace it (give a file path)")
    return stat.S_IMODE(info.st_mode)


def _clear_stale(target: Path) -> None:
    """Remove temporary files beside *target* left by processes that are no longer running."""
    for stale in target.parent.glob(f".{target.name}.*.tmp"):
        owner = stale.name[len(target.name) + 2:].split(".", 1)[0]
        if owner.isdigit() and _running(int(owner)):
            continue
        stale.unlink(missing_ok=True)


def _running(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def validate_rdf(data: bytes, media_type: str, path: str = "<data>") -> int:
    """Parse *data* with a strict engine (Oxigraph); returns the number of triples or quads."""
    try:
        return sum(1 for _ in ox.parse(data, ox.RdfFormat.from_media_type(media_type)))
    except SyntaxError as err:
        raise RDFSyntaxError(path, str(err)) from err


def save_graph(graph: Graph, path: str | Path, fmt: str = "turtle") -> Path:
    """Serialise *graph* as *fmt*, re-parse it strictly, then move it into place."""
    data = graph.serialize(format=fmt, encoding="utf-8")
    validate_rdf(data, rdf_format(fmt).media_type, str(path))
    return atomic_write(path, data)


#: the location prefix of Oxigraph's messages, already given by line and column
_WHERE = re.compile(r"^Parser error\b[^:]*:\s*")


def parse_error(where: str, err: SyntaxError) -> RDFSyntaxError:
    """Oxigraph's syntax error in the file *where*, as ``where:line:column: reason``."""
    return RDFSyntaxError(where, _WHERE.sub("", err.msg or str(err)), err.lineno, err.offset)


def read_rdf(path: str | Path) -> Iterator[ox.Triple]:
    """The triples of an RDF file, parsed strictly by Oxigraph within :mod:`kg.rdf.limits`.

    The format comes from the suffix (``.ttl``, ``.nt``, ``.nq``, ``.trig``, ``.jsonld``,
    ``.rdf``/``.owl``/``.xml``); named graphs are merged. Blank nodes get fresh identifiers,
    so two files that both say ``_:b1`` describe two nodes. Raises :class:`RDFSyntaxError`
    (before reading, for a breached limit or an unknown suffix) or ``SyntaxError`` /
    ``OSError`` while iterating.
    """
    return _within_limits(_parse(path), str(path))


def _parse(path: str | Path) -> Iterator[ox.Quad]:
    """Oxigraph's parser on *path* (format from the suffix, fresh blank nodes), once the file passed
    the checks made before reading (:func:`~kg.rdf.limits.check_file`)."""
    where = str(path)
    known = format_of_path(path)
    if known is None:
        raise RDFSyntaxError(where, f"unknown RDF file suffix {Path(path).suffix!r} (use .ttl, .nt, .nq, .trig, "
                                    ".jsonld or .rdf)")
    if not Path(path).is_file():
        raise RDFSyntaxError(where, "no such file")
    check_file(path, known.oxigraph)
    return ox.parse(path=str(path), format=known.oxigraph, rename_blank_nodes=True)


def _within_limits(quads: Iterable[ox.Quad], where: str) -> Iterator[ox.Triple]:
    for quad in quads:
        value = quad.object
        if isinstance(value, ox.Literal) and len(value.value) > MAX_LITERAL:
            check_literal(value.value, where)
        yield quad.triple


@contextmanager
def _read_errors(where: str) -> Iterator[None]:
    """Errors while reading the RDF file *where* as :class:`RDFSyntaxError` (path:line:column)."""
    try:
        yield
    except SyntaxError as err:
        raise parse_error(where, err) from err
    except OSError as err:
        raise RDFSyntaxError(where, err.strerror or type(err).__name__) from err
    except MemoryError as err:  # Oxigraph's parsers refuse a token over their 16 MiB buffer so
        reason = ("a literal or IRI over the parser's limit of 16 MiB" if "buffer" in str(err)
                  else "out of memory while reading the file")
        raise RDFSyntaxError(where, reason) from err


#: triples per staged N-Triples chunk: what one bulk load holds in memory at a time
STAGE_CHUNK = 200_000
#: triples serialised at once while staging
_BATCH = 20_000


@dataclass(slots=True)
class StagedRdf:
    """An RDF file read strictly and written out again as N-Triples, ready for a bulk load.

    Triples without blank nodes are in *chunks* of at most :data:`STAGE_CHUNK`; those with
    a blank node are in *blank*, with the fresh labels the file's nodes were given, which a
    bulk load would rename again (one load, one set of labels), so they are loaded as terms.
    """

    source: Path
    chunks: list[Path] = field(default_factory=list)
    blank: Path | None = None
    #: triples as read (a triple the file repeats counts each time)
    triples: int = 0
    #: the IRIs of the predicates the file uses
    predicates: set[str] = field(default_factory=set)

    def read(self) -> Iterator[ox.Triple]:
        """The staged triples, blank node labels as staged."""
        for path in [*self.chunks, *([self.blank] if self.blank else [])]:
            for quad in ox.parse(path=str(path), format=ox.RdfFormat.N_TRIPLES):
                yield quad.triple


def stage_rdf(path: str | Path, folder: str | Path, *, chunk: int = STAGE_CHUNK) -> StagedRdf:
    """Read the RDF file *path* strictly (as :func:`read_rdf`: limits, fresh blank nodes, named
    graphs merged) and write its triples into *folder* in chunks of *chunk* triples (see
    :class:`StagedRdf`).

    The whole file is parsed before the caller writes anything to a store, so a syntax error
    (:class:`RDFSyntaxError` with line and column) leaves the store as it was.
    """
    where, folder = str(path), Path(folder)
    staged = StagedRdf(Path(path))
    stem = f"{len(list(folder.iterdir())):04d}"
    with _read_errors(where), _Chunks(folder, stem, chunk, staged) as chunks:
        plain: list[ox.Quad | ox.Triple] = []
        blank: list[ox.Triple] = []
        predicates: set[ox.NamedNode] = set()
        default, literal, blank_node, triple_term = ox.DefaultGraph, ox.Literal, ox.BlankNode, ox.Triple
        for quad in _parse(path):  # the loop runs once per triple: plain type tests, no helpers
            subject, value = type(quad.subject), quad.object
            kind = type(value)
            if kind is literal and len(value.value) > MAX_LITERAL:
                check_literal(value.value, where)
            predicates.add(quad.predicate)
            if subject is blank_node or kind is blank_node:
                blank.append(quad.triple)
                if len(blank) == _BATCH:
                    chunks.write_blank(blank)
                    blank = []
            elif subject is triple_term or kind is triple_term:
                raise RDFSyntaxError(where, f"an RDF-star triple term ({quad.triple}) is not supported")
            else:
                plain.append(quad if type(quad.graph_name) is default else quad.triple)
                if len(plain) == _BATCH:
                    chunks.write(plain)
                    plain = []
        chunks.write(plain)
        chunks.write_blank(blank)
    staged.triples = chunks.count
    staged.predicates = {p.value for p in predicates}
    return staged


class _Chunks:
    """The N-Triples files :func:`stage_rdf` writes: chunks of plain triples, one file of those with blank nodes."""

    def __init__(self, folder: Path, stem: str, size: int, staged: StagedRdf) -> None:
        self.folder, self.stem, self.size, self.staged = folder, stem, size, staged
        self.handle: BinaryIO | None = None
        self.written = self.count = 0

    def write(self, triples: list[ox.Quad | ox.Triple]) -> None:
        while triples:
            if self.handle is None or self.written >= self.size:
                self._next()
            room = self.size - self.written
            ox.serialize(triples[:room], self.handle, ox.RdfFormat.N_TRIPLES)
            self.written += min(room, len(triples))
            self.count += min(room, len(triples))
            triples = triples[room:]

    def write_blank(self, triples: list[ox.Triple]) -> None:
        if triples:
            self.staged.blank = self.folder / f"{self.stem}-blank.nt"
            with self.staged.blank.open("ab") as handle:
                ox.serialize(triples, handle, ox.RdfFormat.N_TRIPLES)
            self.count += len(triples)

    def _next(self) -> None:
        if self.handle is not None:
            self.handle.close()
        path = self.folder / f"{self.stem}-{len(self.staged.chunks):04d}.nt"
        self.staged.chunks.append(path)
        self.handle = path.open("wb")
        self.written = 0

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        if self.handle is not None:
            self.handle.close()


def read_triples(path: str | Path, *, evidence_per_fact: int | None = None) -> list[ox.Triple]:
    """The triples of an RDF file, parsed strictly (Oxigraph); named graphs are merged.

    The file is read by :func:`read_rdf` (format from the suffix, limits, fresh blank
    nodes). Syntax errors become :class:`RDFSyntaxError` with line and column, and invalid
    IRIs are refused rather than passed on. With *evidence_per_fact*, the file is read as a
    stream and each fact keeps only its first assertions (see :mod:`kg.summary`): what
    pages, analytics and paths of a large graph need.
    """
    with _read_errors(str(path)):
        parsed = read_rdf(path)
        if evidence_per_fact is None:
            return list(parsed)
        from .summary import EvidenceCap, by_subject

        cap = EvidenceCap(evidence_per_fact)
        for group in by_subject(parsed):
            cap.add(group)
        return cap.triples()


def load_graph(path: str | Path, *, evidence_per_fact: int | None = None) -> Graph:
    """Parse an RDF file strictly (Oxigraph) into a fresh rdflib graph; named graphs are merged.

    Read by :func:`read_triples` (limits, fresh blank nodes, *evidence_per_fact*).
    """
    where = str(path)
    triples = read_triples(path, evidence_per_fact=evidence_per_fact)
    try:
        return graph_of(triples)
    except TypeError as err:
        raise RDFSyntaxError(where, str(err)) from err
