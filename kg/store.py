"""Stage 4: persistence. The knowledge graph lives in a store.

A :class:`Store` holds the knowledge graph in its default graph (and the reference layer in
one named graph, see :mod:`kg.reference`), behind one small interface used by build, query,
serve, export and the output writers, which never ask which engine is behind it:

* :class:`OxigraphStore`: embedded Oxigraph, persistent on disk (``out/store/``) or in memory;
* :class:`RdflibStore`: an rdflib :class:`~rdflib.Graph` in memory (notebooks, rdflib's engine);
* :class:`RemoteStore`: any SPARQL 1.1 server, through the SPARQL Protocol (query, update)
  and, when it has one, the Graph Store HTTP Protocol (bulk load and dump).

:func:`open_store` turns a location (``memory``, a folder, an RDF file, a URL) into one.
Query results come back materialised as a :class:`Result` of pyoxigraph terms, the same
shape whatever the engine; :meth:`Store.stream` and :meth:`Store.by_subject` read lazily
where the engine can. Files are read and written by :mod:`kg.files`.
"""

from __future__ import annotations

import base64
import os
import re
import shutil
import threading
import urllib.error
import urllib.parse
import urllib.request
from abc import ABC, abstractmethod
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Self
from typing import Literal as Form

import pyoxigraph as ox
from rdflib import Dataset, Graph, URIRef

from .errors import ConfigError, QueryError, RDFSyntaxError, StoreInUse
from .files import parse_error, read_rdf
from .offline import no_network, run_offline
from .rdf.io import (
    PREFIX_IRIS,
    RDF_FORMATS,
    OxTerm,
    format_of_path,
    graph_of,
    ox_triples,
    sparql_term,
    to_ox,
    to_rdflib,
)
from .summary import by_subject

__all__ = ["OxigraphStore", "RdflibStore", "RemoteStore", "Result", "Rows", "Store", "Term", "open_store"]

Term = OxTerm
#: a query answer read lazily: (form, variables, rows); see :meth:`Store.stream`
Rows = tuple[Form["bindings", "boolean", "graph"], list[str], Iterable[tuple[Term | None, ...]]]
_PROLOG = " ".join(f"PREFIX {p}: <{iri}>" for p, iri in PREFIX_IRIS.items())
_RDF_SUFFIXES = [suffix for f in RDF_FORMATS.values() for suffix in f.suffixes]


# -- results ------------------------------------------------------------------------------------


@dataclass(slots=True)
class Result:
    """A query result, materialised: rows of bindings, a boolean or triples (pyoxigraph terms)."""

    form: Form["bindings", "boolean", "graph"]
    variables: list[str] = field(default_factory=list)
    rows: list[tuple[Term | None, ...]] = field(default_factory=list)
    boolean: bool = False
    triples: list[ox.Triple] = field(default_factory=list)
    #: said to the user beside the answer (e.g. that it came from the last written snapshot)
    note: str = ""

    @classmethod
    def of(cls, answer: Any) -> Result:
        """Materialise a pyoxigraph answer (``QuerySolutions``, ``QueryBoolean``, ``QueryTriples``)."""
        if isinstance(answer, ox.QuerySolutions):
            names = [v.value for v in answer.variables]
            return cls("bindings", names, [tuple(s[n] for n in names) for s in answer])
        if isinstance(answer, ox.QueryBoolean):
            return cls("boolean", boolean=bool(answer))
        return cls("graph", triples=[t if isinstance(t, ox.Triple) else t.triple for t in answer])

    def column(self, name: str) -> list[Term | None]:
        """The values of one variable, row by row."""
        index = self.variables.index(name)
        return [row[index] for row in self.rows]


def _syntax_error(err: Exception) -> QueryError:
    """pyoxigraph's ``error at 1:25: expected ...`` as ``1:25: expected ...``."""
    text = str(err)
    found = re.match(r"error at (\d+):(\d+): (.*)", text, re.DOTALL)
    return QueryError(f"{found[1]}:{found[2]}: {found[3]}" if found else text)


# -- stores -------------------------------------------------------------------------------------


class Store(ABC):
    """A SPARQL store holding one knowledge graph in its default graph."""

    #: where the store is, for messages (no credentials)
    location: str = ""
    #: whether named graphs can be kept beside the default graph (imports, mention counts per document)
    named_graphs: bool = True
    #: the folder an on-disk store keeps its files in (others keep theirs beside it, e.g. the name index)
    folder: Path | None = None
    #: whether the engine is reached over the network (it cannot run in a thread without sockets)
    remote: bool = False

    @abstractmethod
    def query(self, sparql: str, bindings: Mapping[str, Term] | None = None) -> Result:
        """Run a SPARQL query; natokg's prefixes are predeclared; *bindings* are bound as terms.

        A bound variable must be projected (``SELECT``) and should occur in a triple pattern,
        so that every engine gives it the same meaning.
        """

    @abstractmethod
    def update(self, sparql: str) -> None:
        """Run a SPARQL update (one request, applied atomically where the engine can)."""

    @abstractmethod
    def insert(self, triples: Iterable[ox.Triple | ox.Quad]) -> None:
        """Add *triples* to the default graph (bulk); a quad is taken as its triple."""

    def insert_graphs(self, graphs: Mapping[str | None, Iterable[ox.Triple]]) -> None:
        """Add triples to the default graph (key ``None``) and to named graphs (IRI keys), at once."""
        blocks = []
        for graph, triples in graphs.items():
            data = (ox.serialize(list(triples), format=ox.RdfFormat.N_TRIPLES) or b"").decode("utf-8")
            blocks.append(data if graph is None else f"GRAPH {sparql_term(ox.NamedNode(graph))} {{\n{data}}}")
        if any(blocks):
            self.update("INSERT DATA {\n" + "\n".join(blocks) + "}")

    @abstractmethod
    def triples(self) -> list[ox.Triple]:
        """Every triple of the default graph."""

    def graph(self) -> Graph:
        """A copy of the default graph as an rdflib graph."""
        return graph_of(self.triples())

    def by_subject(self) -> Iterator[list[ox.Triple]]:
        """The default graph subject by subject, each run of triples and the runs in the order of
        ``str(triple)``: what sorted output needs (a store that can holds one subject at a time)."""
        yield from by_subject(sorted(self.triples(), key=str))

    def stream(self, sparql: str) -> Rows:
        """(form, variables, rows) of a query; rows are binding tuples, one ``(boolean literal,)``
        or ``(triple,)`` each. A store that can reads them lazily, and then only the thread that
        ran the query may read or close them (the caller runs it offline, see :mod:`kg.offline`)."""
        result = self.query(sparql)
        if result.form == "bindings":
            return "bindings", result.variables, result.rows
        if result.form == "boolean":
            return "boolean", [], [(ox.Literal(str(result.boolean).lower()),)]
        return "graph", [], ((t,) for t in result.triples)

    def named_triples(self, graph: str) -> list[ox.Triple]:
        """Every triple of the named graph *graph* (an IRI); empty when there is no such graph."""
        name = sparql_term(ox.NamedNode(graph))
        return self.query(f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH {name} {{ ?s ?p ?o }} }}").triples

    def replace_named(self, graph: str, triples: Iterable[ox.Triple]) -> None:
        """Make *triples* the whole content of the named graph *graph*, in one update."""
        name = sparql_term(ox.NamedNode(graph))
        data = (ox.serialize(sorted(triples, key=str), format=ox.RdfFormat.N_TRIPLES) or b"").decode("utf-8")
        self.update(f"DROP SILENT GRAPH {name}" + (f" ;\nINSERT DATA {{ GRAPH {name} {{\n{data}}} }}" if data else ""))

    def count(self) -> int:
        """Number of triples in the default graph."""
        value = self.query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }").rows[0][0]
        return int(value.value) if isinstance(value, ox.Literal) else 0

    def flush(self) -> None:
        """Write buffered changes out (an on-disk store frees its write buffers); no-op elsewhere."""

    def close(self) -> None:
        """Release the store (the on-disk lock, connections)."""

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.location}>"


@contextmanager
def _query_errors() -> Iterator[None]:
    """Oxigraph's errors while parsing or evaluating a query, as :class:`QueryError`."""
    try:
        yield
    except SyntaxError as err:
        raise _syntax_error(err) from err
    except RuntimeError as err:
        missing = re.search(r"variable \?(\w+) in its SELECT projection", str(err))
        if missing:
            raise QueryError(f"parameter ?{missing[1]} must be projected by the query (SELECT ?{missing[1]} "
                             "...) so that it is bound the same way on every engine") from err
        raise QueryError(str(err)) from err
    except OSError as err:
        raise QueryError(f"query failed: {err}") from err


class OxigraphStore(Store):
    """Embedded Oxigraph: persistent in the folder *path* (RocksDB), or in memory when *path* is None."""

    def __init__(self, path: str | Path | None = None) -> None:
        self.path = self.folder = Path(path) if path is not None else None
        self.location = str(path) if path is not None else "memory"
        try:
            if self.path is not None:
                if not self.path.exists() and (_backup_path(self.path) / "CURRENT").is_file():
                    os.replace(_backup_path(self.path), self.path)  # died between the two renames of a restore
                self.path.mkdir(parents=True, exist_ok=True)
                _check_intact(self.path)
            self._store: ox.Store | None = ox.Store(str(path)) if path is not None else ox.Store()
            if self.path is not None and _backup_path(self.path).exists():  # the lock is ours: nobody is in it
                self._store = None
                _restore_unfinished(self.path)
                self._store = ox.Store(str(path))
        except OSError as err:
            if "lock" in str(err).lower():
                raise StoreInUse(f"{path}: the store is in use by another process (a running kg serve "
                                 "or kg build?); stop it first") from err
            raise ConfigError(f"{path}: cannot open the store ({err})") from err
        except RuntimeError as err:  # RocksDB's "Corruption: ..."
            raise _damaged(self.path, str(err).splitlines()[0] if str(err) else type(err).__name__) from err

    @property
    def oxigraph(self) -> ox.Store:
        """The underlying ``pyoxigraph.Store``."""
        if self._store is None:
            raise ConfigError(f"{self.location}: the store is closed")
        return self._store

    def query(self, sparql: str, bindings: Mapping[str, Term] | None = None) -> Result:
        substitutions = {ox.Variable(k): v for k, v in (bindings or {}).items()}
        with _query_errors(), no_network():
            return run_offline(lambda: Result.of(self.oxigraph.query(
                sparql, prefixes=PREFIX_IRIS, substitutions=substitutions)))

    def stream(self, sparql: str) -> Rows:
        with _query_errors():
            answer = self.oxigraph.query(sparql, prefixes=PREFIX_IRIS)
        if isinstance(answer, ox.QuerySolutions):
            names = [v.value for v in answer.variables]
            return "bindings", names, (tuple(s[n] for n in names) for s in answer)
        if isinstance(answer, ox.QueryBoolean):
            return "boolean", [], [(ox.Literal(str(bool(answer)).lower()),)]
        return "graph", [], ((t,) for t in answer)

    def by_subject(self) -> Iterator[list[ox.Triple]]:
        default = ox.DefaultGraph()
        subjects = [row[0] for row in self.oxigraph.query("SELECT DISTINCT ?s WHERE { ?s ?p ?o }")]  # in Rust: fast
        subjects.sort(key=str, reverse=True)
        while subjects:  # each subject let go once read: the list shrinks as the reader's tables grow
            subject = subjects.pop()
            yield sorted((q.triple for q in self.oxigraph.quads_for_pattern(subject, None, None, default)), key=str)

    def update(self, sparql: str) -> None:
        try:
            with no_network():
                run_offline(lambda: self.oxigraph.update(sparql, prefixes=PREFIX_IRIS))
        except SyntaxError as err:
            raise _syntax_error(err) from err
        except (OSError, RuntimeError) as err:
            raise QueryError(f"update failed: {err}") from err

    def insert(self, triples: Iterable[ox.Triple | ox.Quad]) -> None:
        # a quad of the default graph goes in as it is: reading a triple's terms to make one costs
        # more than the store's insert
        default = ox.DefaultGraph()
        self.oxigraph.extend(t if type(t) is ox.Quad and t.graph_name == default
                             else ox.Quad(t.subject, t.predicate, t.object, default) for t in triples)

    def insert_graphs(self, graphs: Mapping[str | None, Iterable[ox.Triple]]) -> None:
        """One transaction through Oxigraph's API: a SPARQL ``INSERT DATA`` of the same triples
        takes about three times the memory."""
        quads = (ox.Quad(t.subject, t.predicate, t.object, ox.DefaultGraph() if graph is None else ox.NamedNode(graph))
                 for graph, triples in graphs.items() for t in triples)
        try:
            self.oxigraph.extend(quads)
        except OSError as err:
            raise QueryError(f"update failed: {err}") from err

    def load(self, data: bytes, fmt: ox.RdfFormat, path: str = "<data>") -> None:
        """Parse RDF *data* strictly into the default graph (data natokg wrote; files from
        elsewhere go through :func:`read_rdf`, which has limits)."""
        try:
            self.oxigraph.load(data, format=fmt, to_graph=ox.DefaultGraph())
        except SyntaxError as err:
            raise RDFSyntaxError(path, str(err)) from err

    def triples(self) -> list[ox.Triple]:
        return [q.triple for q in self.oxigraph.quads_for_pattern(None, None, None, ox.DefaultGraph())]

    def bulk_load(self, path: Path, graphs: Iterable[str | None]) -> None:
        """Load the N-Triples file *path* (natokg wrote it) into each of *graphs* (``None``: the
        default graph) with Oxigraph's bulk loader: fast, not atomic (see :meth:`restorable`).
        Blank nodes get new labels at each load."""
        try:
            for graph in graphs:
                self.oxigraph.bulk_load(path=str(path), format=ox.RdfFormat.N_TRIPLES,
                                        to_graph=ox.DefaultGraph() if graph is None else ox.NamedNode(graph))
        except SyntaxError as err:
            raise RDFSyntaxError(str(path), str(err)) from err
        except OSError as err:
            raise QueryError(f"bulk load failed: {err}") from err

    def bulk_insert(self, triples: Iterable[ox.Triple], graphs: Iterable[str | None]) -> None:
        """Add *triples* to each of *graphs* with the bulk loader, terms (blank node labels) as they are."""
        names = [ox.DefaultGraph() if graph is None else ox.NamedNode(graph) for graph in graphs]
        try:
            self.oxigraph.bulk_extend(ox.Quad(t.subject, t.predicate, t.object, g) for t in triples for g in names)
        except OSError as err:
            raise QueryError(f"bulk load failed: {err}") from err

    @contextmanager
    def restorable(self) -> Iterator[None]:
        """Changes made in the block are undone if it raises (bulk loads are not transactions).

        An on-disk store is backed up first beside its folder (RocksDB's checkpoint: hard links,
        no copy); an error in the block puts the backup back in place, and the backup is removed
        when the block ends; one left by a process that died in the block is put back when the
        store is next opened (:func:`_restore_unfinished`). An in-memory store has no backup:
        the block only runs.
        """
        if self.path is None:
            yield
            return
        backup = _backup_path(self.path)
        shutil.rmtree(backup, ignore_errors=True)
        self.oxigraph.flush()
        self.oxigraph.backup(str(backup))
        try:
            yield
        except BaseException:
            self._store = None  # closes RocksDB: its files can be swapped
            _swap_back(self.path, backup)
            self._store = ox.Store(str(self.path))
            raise
        self.oxigraph.flush()
        shutil.rmtree(backup, ignore_errors=True)

    def flush(self) -> None:
        if self.path is not None:
            self.oxigraph.flush()

    def close(self) -> None:
        if self._store is not None:
            if self.path is not None:
                self._store.flush()
            self._store = None


def _backup_path(path: Path) -> Path:
    """Where :meth:`OxigraphStore.restorable` keeps the state before a bulk change: beside the folder."""
    return path.with_name(f".{path.name}.before-import")


def _swap_back(path: Path, backup: Path) -> None:
    """Put *backup* in the place of the store folder *path*, keeping the files that are not
    RocksDB's (the name index) from *path*."""
    for entry in os.scandir(path):
        own = _ROCKSDB_FILES.fullmatch(entry.name) or entry.name in {"CURRENT", "LOCK"} or entry.name.startswith("LOG")
        if entry.is_file() and not own and not (backup / entry.name).exists():
            shutil.copy2(entry.path, backup / entry.name)
    failed = path.with_name(f".{path.name}.failed-import")
    shutil.rmtree(failed, ignore_errors=True)
    os.replace(path, failed)
    os.replace(backup, path)
    shutil.rmtree(failed, ignore_errors=True)


def _restore_unfinished(path: Path) -> bool:
    """Put back the backup of a bulk change that a process which died did not finish; True if there was one."""
    backup = _backup_path(path)
    if not (backup / "CURRENT").is_file():
        shutil.rmtree(backup, ignore_errors=True)
        return False
    _swap_back(path, backup)
    return True


_ROCKSDB_FILES = re.compile(r"\d+\.(sst|log|blob)|MANIFEST-\d+|OPTIONS-\d+|IDENTITY")


def _damaged(path: Path | None, detail: str) -> ConfigError:
    return ConfigError(f"{path}: the store is damaged ({detail}); it was left as it is. Rebuild it: move the "
                       "folder away, then run kg build (and kg import again for imported files)")


def _check_intact(path: Path) -> None:
    """Refuse a store folder that holds data but lost the file naming its current state.

    Opened as it is, RocksDB would start a new, empty database there: the data would be
    lost without a word.
    """
    names = {entry.name for entry in os.scandir(path)}
    if not any(_ROCKSDB_FILES.fullmatch(name) for name in names):
        return  # a new, empty store
    if "CURRENT" not in names:
        raise _damaged(path, "its CURRENT file is missing")
    try:
        manifest = (path / "CURRENT").read_text(encoding="ascii", errors="replace").strip()
    except OSError as err:
        raise _damaged(path, f"CURRENT cannot be read: {err.strerror}") from err
    if not re.fullmatch(r"MANIFEST-\d+", manifest) or manifest not in names:
        raise _damaged(path, f"CURRENT names {manifest[:40]!r}, which is missing")


class RdflibStore(Store):
    """An rdflib graph in memory, queried by rdflib's own SPARQL engine (union default graph).

    ``rdf`` is the default graph; named graphs (the reference layer) live beside it in the
    same rdflib store, and queries see them through ``GRAPH`` and, as rdflib's default
    graph is the union of all graphs, in the default graph too.
    """

    named_graphs = False

    def __init__(self, graph: Graph | None = None) -> None:
        self.rdf = graph if graph is not None else Graph()
        self.location = "memory:rdflib"
        self._dataset = Dataset(store=self.rdf.store, default_union=True)
        self._lock = threading.RLock()

    def query(self, sparql: str, bindings: Mapping[str, Term] | None = None) -> Result:
        init: dict[str, Any] = {k: to_rdflib(v) for k, v in (bindings or {}).items()}
        try:
            with no_network():
                return run_offline(lambda: self._query(sparql, init))
        except QueryError:
            raise
        except Exception as err:  # pyparsing.ParseException, rdflib's evaluation errors
            raise _rdflib_error(err) from err

    def _query(self, sparql: str, init: dict[str, Any]) -> Result:
        with self._lock:  # rdflib's parser and engine are not made for threads
            return self._answer(sparql, init)

    def _answer(self, sparql: str, init: dict[str, Any]) -> Result:
        answer = self._dataset.query(sparql, initNs=PREFIX_IRIS, initBindings=init)
        if answer.type == "SELECT":
            names = [str(v) for v in answer.vars or []]
            rows = [tuple(None if t is None else to_ox(t) for t in row)  # type: ignore[union-attr]
                    for row in answer]
            return Result("bindings", names, rows)  # type: ignore[arg-type]
        if answer.type == "ASK":
            return Result("boolean", boolean=bool(answer.askAnswer))
        assert answer.graph is not None
        return Result("graph", triples=list(ox_triples(answer.graph)))

    def update(self, sparql: str) -> None:
        try:
            with no_network():
                run_offline(lambda: self._update(sparql))
        except Exception as err:
            raise _rdflib_error(err) from err

    def _update(self, sparql: str) -> None:
        with self._lock:
            self.rdf.update(sparql, initNs=PREFIX_IRIS)

    def insert(self, triples: Iterable[ox.Triple | ox.Quad]) -> None:
        g = self.rdf
        g.addN((to_rdflib(t.subject), to_rdflib(t.predicate), to_rdflib(t.object), g) for t in triples)

    def triples(self) -> list[ox.Triple]:
        return list(ox_triples(self.rdf))

    def graph(self) -> Graph:
        return self.rdf

    def count(self) -> int:
        return len(self.rdf)

    def named_triples(self, graph: str) -> list[ox.Triple]:
        return list(ox_triples(self._dataset.graph(URIRef(graph))))

    def replace_named(self, graph: str, triples: Iterable[ox.Triple]) -> None:
        named = self._dataset.graph(URIRef(graph))
        named.remove((None, None, None))
        named.addN((to_rdflib(t.subject), to_rdflib(t.predicate), to_rdflib(t.object), named) for t in triples)


def _rdflib_error(err: Exception) -> QueryError:
    line, col = getattr(err, "lineno", None), getattr(err, "col", None)
    reason = str(getattr(err, "msg", "") or err).splitlines()[0] if str(err) else type(err).__name__
    return QueryError(f"{line}:{col}: {reason}" if line is not None else f"{type(err).__name__}: {reason}")


class RemoteStore(Store):
    """A SPARQL 1.1 server: *query* and *update* endpoints (SPARQL Protocol), *data* (Graph Store Protocol).

    Without a *data* endpoint, triples are loaded with ``INSERT DATA`` and read with ``CONSTRUCT``.
    Credentials may be given in the URLs (``http://user:password@host/...``); they never
    appear in messages.
    """

    CHUNK = 20_000
    remote = True
    ACCEPT = "application/sparql-results+json, application/n-triples;q=0.9, text/turtle;q=0.8"

    def __init__(self, query: str, update: str | None = None, data: str | None = None, *,
                 timeout: float = 120.0) -> None:
        self.query_url, self.auth = _split_auth(query)
        self.update_url = _split_auth(update)[0] if update else None
        self.data_url = _split_auth(data)[0] if data else None
        self.timeout = timeout
        self.location = self.query_url

    @classmethod
    def from_url(cls, url: str, *, timeout: float = 120.0) -> RemoteStore:
        """Endpoints from one URL.

        * ``http://host:7878`` (no path): an Oxigraph server (``/query``, ``/update``, ``/store``);
        * ``http://host:3030/natokg``: a dataset URL, Fuseki's layout (``/query``, ``/update``, ``/data``);
        * ``http://host/sparql`` or ``.../query``: a query endpoint; updates go to the sibling ``update``;
        * ``query=URL,update=URL[,data=URL]``: every endpoint spelt out (GraphDB, Virtuoso...).
        """
        if url.startswith("query="):
            parts = dict(part.split("=", 1) for part in url.split(",") if "=" in part)
            return cls(parts["query"], parts.get("update"), parts.get("data"), timeout=timeout)
        split = urllib.parse.urlsplit(url)
        path = split.path.rstrip("/")
        root = urllib.parse.urlunsplit((split.scheme, split.netloc, "", "", ""))
        if not path:
            return cls(root + "/query", root + "/update", root + "/store", timeout=timeout)
        if path.rsplit("/", 1)[-1] in {"query", "sparql"}:
            parent = root + path.rsplit("/", 1)[0]
            return cls(root + path, parent + "/update", None, timeout=timeout)
        return cls(root + path + "/query", root + path + "/update", root + path + "/data", timeout=timeout)

    def _request(self, url: str, body: bytes | None, content_type: str | None, accept: str,
                 method: str = "POST") -> tuple[str, bytes]:
        headers = {"Accept": accept, "User-Agent": "natokg"}
        if content_type:
            headers["Content-Type"] = content_type
        if self.auth:
            headers["Authorization"] = "Basic " + base64.b64encode(self.auth.encode()).decode()
        request = urllib.request.Request(url, data=body, headers=headers, method=method)
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:
                return response.headers.get_content_type(), response.read()
        except urllib.error.HTTPError as err:
            detail = err.read().decode("utf-8", "replace").strip().splitlines()
            raise QueryError(f"{url}: HTTP {err.code} {err.reason}" + (f": {detail[0][:300]}" if detail else "")) \
                from err
        except (urllib.error.URLError, OSError) as err:
            reason = getattr(err, "reason", err)
            raise ConfigError(f"{url}: cannot reach the SPARQL server ({reason})") from err

    def query(self, sparql: str, bindings: Mapping[str, Term] | None = None) -> Result:
        text = _PROLOG + " " + sparql
        if bindings:
            names = list(bindings)
            values = " ".join(sparql_term(bindings[n]) for n in names)
            text += f"\nVALUES ({' '.join('?' + n for n in names)}) {{ ({values}) }}"
        body = urllib.parse.urlencode({"query": text}).encode()
        media, data = self._request(self.query_url, body, "application/x-www-form-urlencoded", self.ACCEPT)
        try:
            if media in {"application/sparql-results+json", "application/json"}:
                return Result.of(ox.parse_query_results(data, ox.QueryResultsFormat.JSON))
            if media in {"application/sparql-results+xml", "application/xml"}:
                return Result.of(ox.parse_query_results(data, ox.QueryResultsFormat.XML))
            fmt = ox.RdfFormat.from_media_type(media)
            if fmt is None:
                raise QueryError(f"{self.query_url}: unexpected response type {media}")
            return Result("graph", triples=[q.triple for q in ox.parse(data, fmt)])
        except SyntaxError as err:
            raise QueryError(f"{self.query_url}: unreadable response ({err})") from err

    def update(self, sparql: str) -> None:
        if not self.update_url:
            raise ConfigError(f"{self.location}: no update endpoint configured")
        body = urllib.parse.urlencode({"update": _PROLOG + "\n" + sparql}).encode()
        self._request(self.update_url, body, "application/x-www-form-urlencoded", "*/*")

    def insert(self, triples: Iterable[ox.Triple | ox.Quad]) -> None:
        batch: list[ox.Triple] = []
        for triple in triples:
            batch.append(triple if isinstance(triple, ox.Triple) else triple.triple)
            if len(batch) >= self.CHUNK:
                self._insert(batch)
                batch = []
        if batch:
            self._insert(batch)

    def _insert(self, batch: list[ox.Triple]) -> None:
        data = ox.serialize(batch, format=ox.RdfFormat.N_TRIPLES) or b""
        if self.data_url:
            self._request(self.data_url + "?default", data, "application/n-triples", "*/*")
        else:
            self.update("INSERT DATA {\n" + data.decode("utf-8") + "}")

    def triples(self) -> list[ox.Triple]:
        if self.data_url:
            media, data = self._request(self.data_url + "?default", None, None, "application/n-triples", "GET")
            fmt = ox.RdfFormat.from_media_type(media) or ox.RdfFormat.N_TRIPLES
            return [q.triple for q in ox.parse(data, fmt)]
        return self.query("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }").triples


def _split_auth(url: str) -> tuple[str, str]:
    """(URL without credentials, ``user:password`` or "")."""
    split = urllib.parse.urlsplit(url)
    if split.scheme not in {"http", "https"}:
        raise ConfigError(f"{url}: a SPARQL endpoint must be an http(s) URL")
    if "@" not in split.netloc:
        return url, ""
    auth, host = split.netloc.rsplit("@", 1)
    return urllib.parse.urlunsplit(split._replace(netloc=host)), urllib.parse.unquote(auth)


def open_store(location: str | Path | Store, *, create: bool = True) -> Store:
    """The store at *location*.

    ``memory`` (Oxigraph in memory), ``memory:rdflib`` (rdflib in memory), an ``http(s)://``
    URL or ``query=URL,update=URL[,data=URL]`` (a SPARQL server, see
    :meth:`RemoteStore.from_url`), an RDF file (``.ttl``, ``.nt``...: loaded into memory), or
    a folder (the embedded on-disk store; made if *create*, else it must exist). A
    :class:`Store` is returned as it is.
    """
    if isinstance(location, Store):
        return location
    text = str(location)
    if text == "memory":
        return OxigraphStore()
    if text == "memory:rdflib":
        return RdflibStore()
    if re.match(r"^(https?://|query=)", text):
        return RemoteStore.from_url(text)
    path = Path(location)
    if path.is_file():
        if format_of_path(path) is None:
            raise ConfigError(f"{path}: not a store (a folder) nor an RDF file ({', '.join(_RDF_SUFFIXES)})")
        store = OxigraphStore()
        try:
            store.insert(read_rdf(path))
        except SyntaxError as err:
            raise parse_error(str(path), err) from err
        return store
    if not create and not path.is_dir():
        raise ConfigError(f"{path}: no store here (run kg build first, or pass --store)")
    return OxigraphStore(path)
