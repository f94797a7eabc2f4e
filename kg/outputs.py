"""The files a build leaves in its output folder, written from the store in one pass.

``graph.ttl`` is the whole store as Turtle, sorted (subject by subject, each subject's
triples in order) so that the same content gives the same bytes; its first line records
the state of the store it was written from. The same fingerprint goes into ``.natokg-state``
last, after every output is in place: outputs are skipped only when both match the store,
so a build killed (or a disk filled) between two outputs is completed by the next one.
``graph.html`` and ``dataset.ttl`` are drawn from the same pass: the description's census
(:class:`kg.rdf.describe.Census`) reads every triple, the page's projection
(:class:`kg.network.Projection`) a *summary*: every triple except the evidence beyond the
first :data:`EVIDENCE_PER_FACT` assertions of each fact (:data:`LARGE_PAGE_EVIDENCE` in a store
of more than :data:`LARGE_GRAPH` triples, and the page says so). Both keep only what they show
or count; no copy of the graph is made, and the page is written as it is made, one row of
data at a time. Memory therefore follows the number of subjects and facts, not the number of
assertions: a graph of a 100 MB dump with a hundred thousand sentences of evidence is written
without holding it in memory.

``graph.ttl`` holds the default graph only: what the documents say. The reference layer
(:mod:`kg.reference`), when it holds facts, is written apart as ``reference.ttl``, and the
graph page draws its facts in their own style.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Callable, Iterable
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

import pyoxigraph as ox

from .config import DEFAULT_BASE, GRAPH_FILE, output_path
from .errors import RDFSyntaxError
from .heap import release_free_memory
from .incremental import stored_documents
from .rdf.describe import BuildInfo, Census, describe_build
from .rdf.shape import REFERENCE
from .reference import OUTPUT_NAME as REFERENCE_OUTPUT
from .reference import recorded_base, reference_state
from .files import atomic_write, atomic_writer, save_graph
from .rdf.io import PREFIX_IRIS
from .store import Store
from .summary import EVIDENCE_PER_FACT, EvidenceCap, by_subject

if TYPE_CHECKING:  # networkx loads only when a page is drawn (kg query never needs it)
    import networkx as nx

__all__ = ["DISTRIBUTIONS", "EVIDENCE_PER_FACT", "LARGE_GRAPH", "LARGE_PAGE_EVIDENCE", "STAMP", "page_evidence",
           "write_outputs"]

DISTRIBUTIONS = {GRAPH_FILE: "text/turtle", "graph.html": "text/html"}
_STATE = b"# natokg store state "
#: written after every output: the store state all of them were written from
STAMP = ".natokg-state"
_BATCH = 20_000
#: a store of more triples than this gets a page showing :data:`LARGE_PAGE_EVIDENCE` pieces of
#: evidence per fact, not :data:`EVIDENCE_PER_FACT` (about 800,000 words of news; see benchmarks/)
LARGE_GRAPH = 1_000_000
LARGE_PAGE_EVIDENCE = 5


def state(store: Store, reference: list[ox.Triple] | None = None, count: int | None = None) -> bytes:
    """A fingerprint of the store's content: its documents, its number of triples (*count*, when
    the caller has it) and its reference layer (*reference*: the triples of that named graph)."""
    shas = sorted(d.sha256 for d in stored_documents(store))
    statement = ox.NamedNode(str(REFERENCE))
    layer = ""  # a layer without facts changes no output
    if any(t.object == statement for t in reference or ()):
        layer = hashlib.sha256("\n".join(sorted(str(t) for t in reference or ())).encode()).hexdigest() + "|"
    count = store.count() if count is None else count
    return hashlib.sha256(f"{count}|{layer}{'|'.join(shas)}".encode()).hexdigest().encode()


def _write_reference(triples: list[ox.Triple], path: Path) -> Path | None:
    """``reference.ttl``: the reference layer as sorted Turtle, when it holds facts (else removed)."""
    statement = ox.NamedNode(str(REFERENCE))
    if not any(t.object == statement for t in triples):
        path.unlink(missing_ok=True)
        return None
    data = ox.serialize(sorted(triples, key=str), format=ox.RdfFormat.TURTLE, prefixes=PREFIX_IRIS) or b""
    with atomic_writer(path) as (handle, temporary):
        handle.write(data)
        handle.flush()
        _check(temporary, len(triples), str(path))
    return path


def _write_turtle(store: Store, handle: BinaryIO, *readers: Callable[[list[ox.Triple]], None]) -> int:
    """Write the store as sorted Turtle in batches of whole subjects, handing each subject's
    triples to *readers* on the way; returns the triple count."""
    header = ox.serialize([], format=ox.RdfFormat.TURTLE, prefixes=PREFIX_IRIS) or b""
    handle.write(header)
    batch: list[ox.Triple] = []
    written = 0

    def flush() -> None:
        data = ox.serialize(batch, format=ox.RdfFormat.TURTLE, prefixes=PREFIX_IRIS) or b""
        handle.write(data.removeprefix(header))

    for triples in store.by_subject():
        for read in readers:
            read(triples)
        batch += triples
        written += len(triples)
        if len(batch) >= _BATCH:
            flush()
            batch = []
    if batch:
        flush()
    return written


def _check(path: Path, expected: int, where: str) -> None:
    """Re-read the written Turtle strictly (streaming) and count its triples."""
    try:
        found = sum(1 for _ in ox.parse(path=str(path), format=ox.RdfFormat.TURTLE))
    except SyntaxError as err:
        raise RDFSyntaxError(where, str(err)) from err
    if found != expected:
        raise RDFSyntaxError(where, f"wrote {expected} triples but {found} read back")


def write_outputs(store: Store, out: str | Path, *, force: bool = False, info: BuildInfo | None = None,
                  base: str | None = None) -> dict[str, Path]:
    """Write ``graph.ttl`` (sorted, checked), ``graph.html`` and ``dataset.ttl`` of *store* into *out*.

    Skipped when all exist and ``graph.ttl`` was written from the same store state
    (unless *force*). *info* describes the activity that changed the store (default: a
    change without extraction). *base* defaults to the one the store was built with, so that
    ``kg remove``, ``kg update`` and ``kg import`` keep a build's ``--base``. Returns the paths.
    """
    base = base or recorded_base(store) or DEFAULT_BASE
    out_dir = Path(out)
    ttl, html_path, dataset = (output_path(name, out_dir) for name in (GRAPH_FILE, "graph.html", "dataset.ttl"))
    outputs = {GRAPH_FILE: ttl, "graph.html": html_path, "dataset.ttl": dataset}
    layer = reference_state(store)
    reference = store.named_triples(layer.graph)
    count = store.count()
    fingerprint = state(store, reference, count)
    if layer.facts:
        outputs["reference.ttl"] = out_dir / REFERENCE_OUTPUT
    if not force and _current(out_dir, fingerprint, outputs.values()):
        return outputs
    from .viz import write_html

    cap = page_evidence(count)
    census = Census()
    release_free_memory()  # what the extraction let go, before the outputs' own tables grow
    with atomic_writer(ttl) as (handle, temporary):
        handle.write(_STATE + fingerprint + b"\n")
        net, written = _turtle_and_network(store, handle, census, reference, cap)
        handle.flush()
        _check(temporary, written, str(ttl))
    documents = len(census.documents - census.curated_sources)
    layers = Counter(layer_of for *_, layer_of in net.edges(data="layer"))
    drawn = layers["reference"] + layers["both"]
    note = (f"{net.number_of_nodes()} entities, {layers['document'] + layers['both']} relations from "
            f"{documents} document(s)" + (f"; {drawn} reference facts from relations.tsv "
                                          f"({layers['both']} also in the documents)" if drawn else ""))
    if cap < EVIDENCE_PER_FACT:
        note += f"; a big graph: the first {cap} pieces of evidence of each fact are shown (graph.ttl holds them all)"
    now = datetime.now(UTC)
    description = describe_build(census, info or BuildInfo(now, now, "none (no extraction)"), base=base,
                                 distributions={**DISTRIBUTIONS, **({"reference.ttl": "text/turtle"}
                                                                    if layer.facts else {})}, triples=written)
    _write_reference(reference, out_dir / REFERENCE_OUTPUT)
    del reference
    release_free_memory()  # the projection's tables, before the page is laid out and written
    with atomic_writer(html_path) as (handle, _):  # written as it is made: never one string in memory
        write_html(net, handle, title="natokg — NATO partnership graph", note=note, evidence_cap=cap)
    del net
    save_graph(description, dataset)
    atomic_write(out_dir / STAMP, fingerprint + b"\n")  # last: every output above is now current
    return outputs


def page_evidence(triples: int) -> int:
    """Pieces of evidence per fact the page of a graph of *triples* shows: :data:`EVIDENCE_PER_FACT`,
    or :data:`LARGE_PAGE_EVIDENCE` past :data:`LARGE_GRAPH` triples."""
    return EVIDENCE_PER_FACT if triples <= LARGE_GRAPH else LARGE_PAGE_EVIDENCE


def _turtle_and_network(store: Store, handle: BinaryIO, census: Census, reference: list[ox.Triple],
                        cap: int) -> tuple[nx.MultiDiGraph, int]:
    """Write graph.ttl to *handle* while the page's projection (first *cap* pieces of evidence of
    each fact) and *census* (every triple) read the same pass; the network of the store and of its
    reference layer, and the number of triples written. The projection's tables are let go on return."""
    from .network import Projection

    projection = Projection()
    summary = EvidenceCap(cap, sink=projection.add)
    written = _write_turtle(store, handle, summary.add, census.add)
    release_free_memory()  # the store's list of subjects and the last batch, before the network is built
    summary.finish()
    for group in by_subject(sorted(reference, key=str)):
        projection.add(group)
    return projection.network(), written


def _current(out_dir: Path, fingerprint: bytes, outputs: Iterable[Path]) -> bool:
    """True when every output exists, ``graph.ttl`` records *fingerprint* and so does the stamp
    written after the last output."""
    try:
        if not all(path.is_file() for path in outputs):
            return False
        if (out_dir / STAMP).read_bytes().rstrip(b"\n") != fingerprint:
            return False
        with output_path(GRAPH_FILE, out_dir).open("rb") as handle:
            return handle.readline().rstrip(b"\n") == _STATE + fingerprint
    except OSError:
        return False
