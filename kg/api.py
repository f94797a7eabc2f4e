"""The library's front door: one call per job, used by the CLI and by notebooks.

Builds are incremental: the graph lives in a store (by default the embedded Oxigraph
store ``out/store/``), each document is known by the SHA-256 of its bytes, and a build
extracts only the documents the store does not hold yet. A document whose file changed
(same path, new content) replaces its old version. ``graph.ttl`` and ``graph.html`` are
written from the store after every change.
"""

from __future__ import annotations

import gc
import hashlib
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from rdflib import Graph

from .config import (
    DEFAULT_BASE,
    DEFAULT_GRAPH,
    DEFAULT_INPUT,
    DEFAULT_OUTPUT,
    GRAPH_FILE,
    STORE_ENV,
    default_store,
    output_path,
    package_version,
    resolve_model,
)
from .errors import InputError, QueryTimeout, StoreInUse
from .lexicon import load_lexicon
from .incremental import (
    PendingMerge,
    Retraction,
    StoredDocument,
    add_imports,
    commit,
    counts,
    import_size,
    merge,
    orphans,
    remove_import,
    retract,
    stored_documents,
)
from .ingest import MAX_BYTES, STREAM_BYTES, Ingested, paragraphs, read_documents
from .model import Extraction, Skipped
from .outputs import write_outputs
from .query import Query, load_query, named_queries, render, run_query, run_update
from .search import Match, refresh as refresh_names
from .settings import BuildSettings, record_settings, recorded_settings
from .search import search as find_names
from .reference import snapshot_store, sync_reference
from .rdf.build import to_part
from .rdf.describe import BuildInfo
from .rdf.shape import DEFAULT_REFERENCE_MODE
from .rdf.vocab import NKG
from .offline import run_offline
from .files import StagedRdf, load_graph, stage_rdf
from .heap import release_free_memory
from .store import Result, Store, open_store

if TYPE_CHECKING:
    from spacy.language import Language

    from .analysis import Analysis, Chains
    from .evaluate import Evaluation
    from .validate import ValidationReport
    from .viz import Page

__all__ = ["DEFAULT_STORE", "STORE_ENV", "BuildReport", "ImportReport", "RemoveReport", "analyze", "build",
           "build_graph", "chains", "default_store", "draw", "evaluate", "evaluate_corpus", "export_format",
           "export_formats", "export_graph", "import_rdf", "name_suggestions", "named_queries", "query", "reading",
           "remove", "remove_imports", "render", "search", "serve", "update", "validate", "write_outputs"]

#: the store of ``kg query``, ``kg build``... when neither ``--store`` nor ``$NATOKG_STORE`` names one
DEFAULT_STORE = output_path("store")
StoreLike = str | Path | Store
#: a build goes into the store in parts of about this many characters of text (bounded memory)
PART_CHARS = 500_000


@dataclass(slots=True)
class BuildReport:
    """What a build read, skipped, produced and wrote.

    ``documents``, ``entities``, ``relations`` (extracted assertions) and ``facts`` (distinct
    plain facts) count the whole store after the build; ``sentences`` and ``extraction``
    cover the documents processed in this run: ``new`` ones and ``replaced`` ones (same
    path, new content); ``unchanged`` documents were already in the store, and of those
    ``reread`` ones were extracted again because another spaCy model or another version of
    natokg's extraction (:func:`~kg.extract.extractor_fingerprint`) had read them. A run that
    went into the store in several parts (over ``part_chars`` of text) keeps only the
    entities, documents and sentence count in ``extraction``, not its mentions and relations.
    ``reference_mode``, ``reference_facts`` and ``reference_in_documents`` describe the
    reference layer (:mod:`kg.reference`): its mode, its distinct facts, and how many of
    those the documents state too. Reference facts are never in ``relations`` or ``facts``.
    """

    documents: int
    sentences: int
    entities: int
    relations: int
    facts: int
    seconds: float
    skipped: list[Skipped] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    outputs: dict[str, Path] = field(default_factory=dict)
    extraction: Extraction | None = None
    new: int = 0
    unchanged: int = 0
    replaced: int = 0
    #: unchanged documents read again: the store had been extracted by another model or extractor
    reread: int = 0
    #: documents of the store, not among the inputs, that another model or extractor read (the
    #: store keeps its earlier settings until a build reads them too)
    left_stale: int = 0
    store: str = ""
    reference_mode: str = DEFAULT_REFERENCE_MODE
    reference_facts: int = 0
    reference_in_documents: int = 0
    _graph: Graph | None = field(default=None, repr=False, compare=False)
    _load: Callable[[], Graph] | None = field(default=None, repr=False, compare=False)

    @property
    def graph(self) -> Graph | None:
        """The whole store as an rdflib graph (read on first use when the build changed nothing)."""
        if self._graph is None and self._load is not None:
            self._graph, self._load = self._load(), None
        return self._graph

    @graph.setter
    def graph(self, value: Graph | None) -> None:
        self._graph, self._load = value, None


@dataclass(slots=True)
class RemoveReport:
    """What ``kg remove`` took out of the store, and the outputs it rewrote."""

    retraction: Retraction
    seconds: float
    outputs: dict[str, Path] = field(default_factory=dict)


@contextmanager
def opened(store: StoreLike | None, out: str | Path | None = None, *, create: bool = True) -> Iterator[Store]:
    """*store* opened (a :class:`Store` is used as it is), else the default store of *out*;
    closed afterwards unless the caller passed it open."""
    target = open_store(store if store is not None else default_store(out), create=create)
    try:
        yield target
    finally:
        if target is not store:
            target.close()


def _ingest(inputs: Iterable[str | Path], max_bytes: int = MAX_BYTES, stream_bytes: int = STREAM_BYTES,
            follow_symlinks: bool = False) -> Ingested:
    paths = list(inputs)
    ingested = read_documents(paths, max_bytes=max_bytes, stream_bytes=stream_bytes, follow_symlinks=follow_symlinks)
    if not ingested.documents:
        reasons = "; ".join(f"{s.path}: {s.reason}" for s in ingested.skipped) or "no .txt, .md or .html files"
        raise InputError(", ".join(str(p) for p in paths), f"no usable documents ({reasons})")
    return ingested


def _known_names(store: Store) -> dict[tuple[str, str], str]:
    """(class, folded label or alias) → label of the entities already in *store*."""
    lexicon = load_lexicon()
    classes = " ".join(f"nkg:{kind}" for kind in lexicon.iri_kind)
    rows = store.query(f"""SELECT ?class ?label ?form WHERE {{
        VALUES ?class {{ {classes} }} ?e a ?class ; rdfs:label ?label .
        {{ ?e rdfs:label ?form }} UNION {{ ?e skos:altLabel ?form }} }}""").rows
    known: dict[tuple[str, str], str] = {}
    for cls, label, form in rows:
        if cls is not None and label is not None and form is not None:
            known.setdefault((cls.value.rsplit("#", 1)[-1], lexicon.fold(form.value)), label.value)
    return known


def _entity_classes() -> list[str]:
    return [str(NKG[kind]) for kind in load_lexicon().iri_kind]


def _keep_totals(total: Extraction, part: Extraction) -> Extraction:
    """A build in several parts keeps entities, documents and the sentence count, not the
    mentions and relations (they are in the store)."""
    total.entities.update(part.entities)
    total.mentions, total.relations = [], []
    total.sentences += part.sentences
    total.notes += part.notes
    total.documents = part.documents or total.documents
    return total


def _sync(store: Store, ingested: Ingested, *, model: str | None, nlp: Language | None, base: str,
          on_start: Callable[[int], None] | None, progress: Callable[[int], None] | None,
          started: float, workers: int = 1, part_chars: int | None = None,
          reference: str | None = None, cluster: str | None = None,
          on_dashboard: Callable[[str], None] | None = None, partition_chars: int | None = None,
          settings: BuildSettings) -> BuildReport:
    """Bring *store* up to date with the ingested documents; extract only what it lacks, or
    everything when the store's recorded *settings* say another model or extractor read it."""
    stored = stored_documents(store)
    recorded = recorded_settings(store)
    stale = bool(stored) and (recorded is None or not recorded.reads_like(settings))
    known = {d.sha256 for d in stored}
    by_source: dict[str, list[str]] = defaultdict(list)
    by_sha: dict[str, list[str]] = defaultdict(list)
    for held in stored:
        by_source[held.source].append(held.iri)
        by_sha[held.sha256].append(held.iri)
    todo, old, replaced, reread = [], [], 0, 0
    for doc in ingested.documents:
        if doc.sha256 in known:
            if not stale:
                continue
            reread += 1
            old += by_sha[doc.sha256]
        elif by_source.get(doc.path):
            replaced += 1
            old += by_source[doc.path]
        todo.append(doc)
    extraction = Extraction()
    if todo:
        # a streamed file counts its bytes: its units are read once, as it is extracted
        total = sum(doc.byte_size if doc.chunked else sum(len(t) for _, t in paragraphs(doc)) for doc in todo)
        if on_start:
            on_start(total)
        from .extract import extract_parts

        parts = extract_parts(todo, nlp=nlp, model=model, progress=progress, workers=workers, cluster=cluster,
                              known_names=_known_names(store) if stored else None, flush_chars=part_chars,
                              on_dashboard=on_dashboard, partition_chars=partition_chars, total_chars=total)
        pending = PendingMerge()
        for number, part in enumerate(parts):
            if number == 0:  # the old versions go once the new ones are being read
                retract(store, old + orphans(store))
            merge(store, to_part(part, base=base), pending)
            store.flush()  # an on-disk store would otherwise hold every part in its write buffers
            extraction = part if number == 0 else _keep_totals(extraction, part)
        del parts
        _drop_pipeline()
        commit(store, pending)
    layer = sync_reference(store, reference, base)  # derived from the documents now in the store
    found = counts(store, _entity_classes())
    return BuildReport(
        documents=found["documents"], sentences=extraction.sentences, entities=found["entities"],
        relations=found["relations"], facts=found["facts"], seconds=time.perf_counter() - started,
        skipped=ingested.skipped, notes=ingested.notes + extraction.notes, extraction=extraction, new=len(todo) - replaced - reread,
        unchanged=len(ingested.documents) - len(todo) + reread, replaced=replaced, reread=reread,
        left_stale=_left_stale(stored, ingested, set(old)) if stale else 0,
        store=store.location,
        reference_mode=layer.mode, reference_facts=layer.facts, reference_in_documents=layer.in_documents)


def _drop_pipeline() -> None:
    """Let go of what only the extraction needs once it is done, and give its pages back: the
    learned pair model that :func:`kg.extract.pairs.load_pair_model` caches (a 16.5 MiB weight
    matrix and its feature index, about 20 MiB, which every later phase would otherwise carry;
    the next extraction in this process loads it again) and the spaCy pipeline, cyclic garbage
    once the extraction's executor is closed, which the collector would free only at its next
    full pass, somewhere in the commit. A 1M-word build (``benchmarks/scaling.py``, back to back)
    peaked at 563 MiB with this against 592 MiB without; the outputs do not change."""
    from .extract import release_models

    release_models()
    gc.collect()
    release_free_memory()


def build_graph(
    inputs: Iterable[str | Path] = (DEFAULT_INPUT,),
    *,
    store: StoreLike = "memory",
    model: str | None = None,
    nlp: Language | None = None,
    base: str | None = None,
    workers: int = 1,
    cluster: str | None = None,
    partition_chars: int | None = None,
    max_bytes: int = MAX_BYTES,
    stream_bytes: int = STREAM_BYTES,
    part_chars: int = PART_CHARS,
    reference: str | None = None,
    follow_symlinks: bool = False,
    on_start: Callable[[int], None] | None = None,
    progress: Callable[[int], None] | None = None,
    on_dashboard: Callable[[str], None] | None = None,
) -> BuildReport:
    """Read and extract *inputs* into *store* (default: a new in-memory store); no files are written.

    Text files over *stream_bytes* are read in blocks, never whole; files over *max_bytes*
    are skipped. The extraction goes into the store in parts of about *part_chars*
    characters, so memory does not grow with the size of the input. *reference* is the mode
    of the reference layer (``none``, ``linked``, ``facts``, ``corpus-wide``; see
    :mod:`kg.reference`); by default the store's own, ``linked`` for a new store; *base* too
    (the base IRI the store records, :data:`~kg.config.DEFAULT_BASE` for a new store). A symbolic
    link in an input folder whose target is outside it is skipped unless *follow_symlinks*.

    *workers* > 1 extracts in that many processes; *cluster* on a Dask cluster (``local:N``
    starts one of N processes, else a scheduler address such as ``tcp://host:8786``), whose
    dashboard link, when it has one, goes to *on_dashboard*. Work goes out in partitions of
    about *partition_chars* characters (default
    :data:`~kg.extract.partition.PARTITION_CHARS`). The graph is the same whatever the executor and
    partition size; a lost scheduler raises :class:`~kg.errors.ClusterError`.
    """
    started = time.perf_counter()
    ingested = _ingest(inputs, max_bytes, stream_bytes, follow_symlinks)
    with opened(store) as target:
        base = base or _store_base(target)
        used = _settings(base, model, nlp)
        report = _sync(target, ingested, model=model, nlp=nlp, base=base, on_start=on_start, progress=progress,
                       started=started, workers=workers, part_chars=part_chars, reference=reference,
                       cluster=cluster, on_dashboard=on_dashboard, partition_chars=partition_chars, settings=used)
        if not report.left_stale:
            record_settings(target, used)
        refresh_names(target)
        report.graph = target.graph()
    report.seconds = time.perf_counter() - started
    return report


def build(
    inputs: Iterable[str | Path] = (DEFAULT_INPUT,),
    out: str | Path = DEFAULT_OUTPUT,
    *,
    store: StoreLike | None = None,
    model: str | None = None,
    nlp: Language | None = None,
    base: str | None = None,
    workers: int = 1,
    cluster: str | None = None,
    partition_chars: int | None = None,
    max_bytes: int = MAX_BYTES,
    stream_bytes: int = STREAM_BYTES,
    part_chars: int = PART_CHARS,
    reference: str | None = None,
    follow_symlinks: bool = False,
    on_start: Callable[[int], None] | None = None,
    progress: Callable[[int], None] | None = None,
    on_dashboard: Callable[[str], None] | None = None,
) -> BuildReport:
    """Bring the store up to date with *inputs*, then write ``graph.ttl``, ``graph.html`` and
    ``dataset.ttl`` (VoID/DCAT description and PROV-O build activity) into *out*.

    *store* defaults to ``$NATOKG_STORE`` or the embedded store ``OUT/store``; ``"memory"``
    keeps nothing between runs; a URL names a SPARQL server. Re-running on the same inputs
    extracts nothing and rewrites nothing. *max_bytes*, *stream_bytes*, *part_chars*,
    *reference*, *follow_symlinks*, *workers*, *cluster*, *partition_chars* and *on_dashboard* are as in
    :func:`build_graph`.
    """
    started, began = time.perf_counter(), datetime.now(UTC)
    ingested = _ingest(inputs, max_bytes, stream_bytes, follow_symlinks)
    with opened(store, out) as target:
        base = base or _store_base(target)
        used = _settings(base, model, nlp)
        report = _sync(target, ingested, model=model, nlp=nlp, base=base, on_start=on_start, progress=progress,
                       started=started, workers=workers, part_chars=part_chars, reference=reference,
                       cluster=cluster, on_dashboard=on_dashboard, partition_chars=partition_chars, settings=used)
        if not report.left_stale:
            record_settings(target, used)
        refresh_names(target)
        info = BuildInfo(began, datetime.now(UTC), used.model, used.model_version)
        report.outputs = write_outputs(target, out, info=info, base=base)
    report._load = lambda: load_graph(report.outputs[GRAPH_FILE])
    report.seconds = time.perf_counter() - started
    return report


def _store_base(store: Store) -> str:
    """The base IRI *store* was built with (:mod:`kg.settings`), or the default for a new store."""
    settings = recorded_settings(store)
    return settings.base if settings is not None else DEFAULT_BASE


def _rewrite(store: Store, out: str | Path | None) -> dict[str, Path]:
    """The outputs in *out* written again after a change that extracted nothing (none when *out*
    is None), with the base and model the store records (:mod:`kg.settings`)."""
    if out is None:
        return {}
    settings = recorded_settings(store)
    if settings is None or not settings.model:
        return write_outputs(store, out, force=True)
    now = datetime.now(UTC)
    return write_outputs(store, out, force=True, info=BuildInfo(now, now, settings.model, settings.model_version),
                         base=settings.base)


def _left_stale(stored: list[StoredDocument], ingested: Ingested, retracted: set[str]) -> int:
    """How many documents of the store this build neither read again nor retracted."""
    read = {d.sha256 for d in ingested.documents}
    return sum(1 for d in stored if d.sha256 not in read and d.iri not in retracted)


def _settings(base: str, model: str | None, nlp: Language | None) -> BuildSettings:
    """The settings a build records: its base, its spaCy model and natokg's extractor."""
    from .extract import extractor_fingerprint

    return BuildSettings(base, *_model_name(model, nlp), extractor_fingerprint())


def _model_name(model: str | None, nlp: Language | None) -> tuple[str, str]:
    """(name, version) of the spaCy model a build used or would use."""
    if nlp is not None:
        return f"{nlp.meta.get('lang', '')}_{nlp.meta.get('name', '')}", str(nlp.meta.get("version", ""))
    name = resolve_model(model)
    return name, package_version(name.replace("_", "-"), missing="")


def remove(documents: Iterable[str], *, store: StoreLike | None = None,
           out: str | Path | None = DEFAULT_OUTPUT) -> RemoveReport:
    """Retract *documents* (file name, source path, SHA-256 or its prefix, or document IRI) from *store*.

    Their evidence goes, with the facts and entities nothing else supports; support counts
    are updated; the outputs in *out* are rewritten (unless *out* is None).
    """
    started = time.perf_counter()
    with opened(store, out, create=False) as target:
        iris = _resolve(target, list(documents))
        retraction = retract(target, iris)
        sync_reference(target)  # reference facts whose ends are no longer mentioned go
        refresh_names(target)
        outputs = _rewrite(target, out)
    return RemoveReport(retraction, time.perf_counter() - started, outputs)


def _file_sha256(path: Path) -> str:
    with path.open("rb") as handle:
        return hashlib.file_digest(handle, "sha256").hexdigest()


def _resolve(store: Store, wanted: list[str]) -> list[str]:
    stored = stored_documents(store)
    found: list[str] = []
    for item in wanted:
        path = Path(item)
        sha = _file_sha256(path) if path.is_file() else None
        matches = {d.iri for d in stored if item in {d.iri, d.name, d.source, d.sha256} or d.sha256 == sha
                   or (len(item) >= 8 and d.sha256.startswith(item.lower())) or d.source == path.as_posix()}
        if not matches:
            raise InputError(item, "no such document in the store")
        if len(matches) > 1:
            raise InputError(item, f"matches {len(matches)} documents ({', '.join(sorted(matches))}); "
                                   "give the path or the SHA-256")
        found += matches
    return found


def query(text: str | None = None, *, name: str | None = None, params: Mapping[str, str] | None = None,
          store: StoreLike | None = None, timeout: float | None = None) -> Result:
    """Run a read-only SPARQL query (text, a ``.rq`` file or a named query) on *store*.

    With *timeout* (seconds), a query still running then raises :class:`~kg.errors.QueryTimeout`; the
    evaluation is left to finish in a daemon thread, which a command-line process drops
    when it exits.
    """
    prepared: Query = load_query(text, name=name)
    with reading(store) as (target, note):
        result = run_offline(lambda: run_query(target, prepared, params or {}), timeout or None, lambda: QueryTimeout(
            f"{prepared.source}: query still running after {timeout:g} s (--timeout); "
            "add a LIMIT or more specific patterns, or allow more time"), seal=False)
    result.note = note
    return result


def name_suggestions(name: str, params: Mapping[str, str], *,
                     store: StoreLike | None = None) -> dict[str, list[str]]:
    """After the named query *name* answered nothing: each of its name parameters in *params*
    that names no entity → the closest names the store has (parameters without any left out)."""
    named = named_queries().get(name)
    asked = {p.name: params[p.name] for p in (named.parameters if named else ())
             if p.kind == "name" and p.name in params}
    if not asked:
        return {}
    from .analysis import close_names

    names = [str(row[0].value) for row in query("SELECT DISTINCT ?l WHERE { ?x rdfs:label|skos:altLabel ?l }",
                                                 store=store).rows if row[0] is not None]
    return {key: close for key, value in asked.items() if (close := close_names(value, names))}


@contextmanager
def reading(store: StoreLike | None = None, out: str | Path | None = None) -> Iterator[tuple[Store, str]]:
    """*store* opened for reading, and a note for the user (empty when there is nothing to say).

    While another process holds the on-disk store (a build writing it, a running
    ``kg serve``), reads are answered from the snapshot next to it: the ``graph.ttl`` (and
    ``reference.ttl``) the last complete build wrote, loaded into memory.
    """
    try:
        with opened(store, out, create=False) as target:
            yield target, ""
            return
    except StoreInUse:
        location = Path(str(store if store is not None else default_store(out)))
        snapshot = location.parent / GRAPH_FILE
        if isinstance(store, Store) or not snapshot.is_file():
            raise
    target = snapshot_store(snapshot)
    try:
        yield target, (f"the store {location} is in use by another process; answered from {snapshot}, "
                       "written by the last complete build")
    finally:
        target.close()


def search(name: str, *, store: StoreLike | None = None, limit: int = 20) -> list[Match]:
    """Entities of *store* whose label or alias holds every word of *name* (or a word's start), best first.

    Read from the store's name index (:mod:`kg.search`), which builds, removes, imports
    and updates keep up to date.
    """
    with opened(store, create=False) as target:
        return find_names(target, name, limit=limit)


def update(text: str, *, store: StoreLike | None = None, out: str | Path | None = DEFAULT_OUTPUT) -> dict[str, Path]:
    """Run a SPARQL update (text or a ``.ru`` file) on *store*, then rewrite the outputs in *out*."""
    prepared = load_query(text)
    with opened(store, out, create=False) as target:
        run_update(target, Query(prepared.text, prepared.source if prepared.source != "<query>" else "<update>"))
        refresh_names(target)
        return _rewrite(target, out)


@dataclass(slots=True)
class ImportReport:
    """What ``kg import`` added: triples read, the imports written (name → triples), the names
    that replaced an earlier import, warnings (one line each) and the outputs rewritten."""

    triples: int
    imports: dict[str, int] = field(default_factory=dict)
    replaced: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    outputs: dict[str, Path] = field(default_factory=dict)


def import_rdf(paths: Iterable[str | Path], *, store: StoreLike | None = None,
               out: str | Path | None = DEFAULT_OUTPUT, name: str | None = None) -> ImportReport:
    """Add the triples of RDF files (Turtle, N-Triples, N-Quads, TriG, JSON-LD, RDF/XML) to *store*.

    All files are parsed strictly first; a syntax error anywhere raises
    :class:`~kg.errors.RDFSyntaxError` (path:line:column) and the store is left as it was.
    Each file is an import named by its file name (or all of them the import *name*),
    kept in a named graph of its own beside the default graph, so that ``kg remove
    --import NAME`` takes it out again and retracting a document leaves it alone; an
    import of a name already in the store replaces it. The files are staged first (parsed
    whole, written out in chunks, see :func:`~kg.files.stage_rdf`), then go in all at once:
    with Oxigraph's bulk loader into an on-disk store, which a failure puts back as it was,
    in one update elsewhere. The data is checked against the shapes (up to
    :data:`~kg.imports.SHAPES_LIMIT` triples) and the named queries (warnings in the
    report), and the outputs in *out* are rewritten (none when *out* is None).
    """
    files = [Path(p) for p in paths]
    with tempfile.TemporaryDirectory(prefix="natokg-import-") as folder:
        loaded: dict[str, list[StagedRdf]] = defaultdict(list)
        for path in files:
            loaded[name or path.name].append(stage_rdf(path, folder))
        with opened(store, out) as target:
            report = ImportReport(0)
            report.replaced = add_imports(target, loaded)
            report.imports = {n: import_size(target, n) or len({t for part in parts for t in part.read()})
                              for n, parts in loaded.items()}
            report.triples = sum(report.imports.values())
            refresh_names(target)
            from .imports import check_import

            for label, parts in loaded.items():
                report.warnings += check_import(target, label, parts)
            report.outputs = _rewrite(target, out)
    return report


def remove_imports(names: Iterable[str], *, store: StoreLike | None = None,
                   out: str | Path | None = DEFAULT_OUTPUT) -> tuple[dict[str, int], dict[str, Path]]:
    """Take the imports *names* out of *store* (see :func:`kg.incremental.remove_import`) and
    rewrite the outputs in *out*; returns name → triples the import held, and the outputs."""
    with opened(store, out, create=False) as target:
        removed = remove_import(target, list(names))
        refresh_names(target)
        outputs = _rewrite(target, out)
    return removed, outputs


def evaluate_corpus(root: str | Path, *, splits: Iterable[str] = (), model: str | None = None,
                    nlp: Language | None = None, rules_only: bool = False) -> dict[str, Evaluation]:
    """Build each split of an evaluation corpus in memory and score it against its gold.

    *root* holds one folder per split (``dev``, ``test``), each with ``docs/`` (the texts)
    and ``gold/`` (their annotations, see ``docs/annotation.md``). Splits are scored
    separately, so that tuning on ``dev`` never reads ``test``'s scores. *rules_only* builds
    without the learned pair model: what the rules read by themselves, which the model,
    trained on ``dev``, cannot hide there.
    """
    from .extract.pairs import reset_pair_model, use_pair_model

    if rules_only:
        use_pair_model(None)
        try:
            return evaluate_corpus(root, splits=splits, model=model, nlp=nlp)
        finally:
            reset_pair_model()
    from .evaluate import evaluate, load_gold
    from .extract import load_nlp

    base = Path(root)
    names = list(splits) or sorted(p.name for p in base.iterdir() if (p / "docs").is_dir() and (p / "gold").is_dir())
    if not names:
        raise InputError(str(base), "no split folders with docs/ and gold/ (see docs/annotation.md)")
    nlp = nlp or load_nlp(model)
    results: dict[str, Evaluation] = {}
    for name in names:
        split = base / name
        if not (split / "docs").is_dir():
            raise InputError(str(split), "no such split (a folder with docs/ and gold/)")
        report = build_graph([split / "docs"], nlp=nlp)
        assert report.graph is not None
        results[name] = evaluate(load_gold([split / "gold"]), report.graph)
    return results


def serve(store: StoreLike | None = None, host: str = "127.0.0.1", port: int = 7879, *,
          ready: Callable[[str], None] | None = None, log: Callable[[str], None] | None = None,
          note: Callable[[str], None] | None = None, timeout: float | None = None, max_rows: int | None = None,
          workers: int | None = None, cors: str | None = None, allow_hosts: Iterable[str] = ()) -> None:
    """Answer SPARQL queries on *store* over HTTP until interrupted (:mod:`kg.serve`).

    *timeout*, *max_rows* and *workers* change the :class:`~kg.serve.Limits` of a request;
    *note* hears when the store is held by another process and the last build's snapshot is
    served instead (see :func:`reading`).
    """
    from .serve import Limits
    from .serve import serve as run

    given = {"timeout": timeout, "max_rows": max_rows, "workers": workers}
    limits = Limits(**{key: value for key, value in given.items() if value is not None})  # type: ignore[arg-type]
    with reading(store) as (target, said):
        if said and note is not None:
            note(said)
        run(target, host, port, ready=ready, log=log, limits=limits, cors=cors, allow_hosts=allow_hosts)


# -- views of a written graph (an RDF file, by default out/graph.ttl) ---------------------------


def evaluate(gold: str | Path, graph: str | Path | None = None, *, splits: Iterable[str] = (),
             model: str | None = None, rules_only: bool = False) -> dict[str, Evaluation]:
    """Score extraction against gold annotations; split name → scores ("" for a single graph).

    *gold* is a ``.jsonl`` file or a folder of them, scored against *graph* (default
    ``out/graph.ttl``); or, with no *graph*, an evaluation corpus (see :func:`evaluate_corpus`,
    and its *rules_only*).
    """
    from .evaluate import evaluate as score
    from .evaluate import load_gold

    gold = Path(gold)
    if graph is None and gold.is_dir() and not any(gold.glob("*.jsonl")):
        return evaluate_corpus(gold, splits=splits, model=model, rules_only=rules_only)
    if rules_only:
        raise InputError(str(gold), "rules_only builds the splits of an evaluation corpus; a built graph is scored as it is")
    target = Path(graph) if graph is not None else DEFAULT_GRAPH
    if not target.is_file():
        raise InputError(str(target), "no such graph file (run kg build first)")
    return {"": score(load_gold([gold]), load_graph(target))}


def validate(graph: str | Path = DEFAULT_GRAPH) -> ValidationReport:
    """Check the RDF file *graph* against the natokg SHACL shapes (:func:`kg.validate.validate`)."""
    from .validate import validate as check

    return check(graph)


def export_formats() -> list[str]:
    """The names of the export formats (``turtle``, ``nt``... ``graphml``, ``gexf``, ``csv``)."""
    from .export import FORMATS

    return list(FORMATS)


def export_format(path: str | Path) -> str | None:
    """The export format a file name asks for by its suffix, if any."""
    from .export import format_for

    return format_for(path)


def export_graph(graph: str | Path, fmt: str, out: str | Path | None = None) -> bytes | Path:
    """The RDF file *graph* exported as *fmt*: written (atomically) to *out* and its path returned,
    or the data itself when *out* is None."""
    from .export import export, write_export

    data = load_graph(graph)
    return write_export(data, fmt, out) if out is not None else export(data, fmt)


def draw(graph: str | Path, out: str | Path, **options: object) -> Page:
    """The graph page of the RDF file *graph*, written to *out* (options of :func:`kg.viz.make_page`)."""
    from .viz import write_page

    return write_page(graph, out, **options)


def analyze(graph: str | Path = DEFAULT_GRAPH) -> Analysis:
    """Network analytics of the RDF file *graph* and the reference layer beside it."""
    from .analysis import analyze_file

    return analyze_file(graph)


def chains(source: str, target: str, *, graph: str | Path = DEFAULT_GRAPH, limit: int = 3,
           relations: Iterable[str] = ()) -> Chains:
    """The shortest chains of facts linking two entities of the RDF file *graph*."""
    from .analysis import chains_in_file

    return chains_in_file(graph, source, target, limit=limit, relations=relations)
