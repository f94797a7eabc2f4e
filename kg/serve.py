"""A read-only SPARQL 1.1 Protocol endpoint over a store (``kg serve``), on the standard library.

``GET /sparql?query=...``, ``POST /sparql`` with a form (``query=...``) or a
``application/sparql-query`` body. Results are negotiated with ``Accept``: SPARQL JSON
(default), XML, CSV or TSV for ``SELECT``/``ASK``; Turtle (default), N-Triples, RDF/XML or
JSON-LD for ``CONSTRUCT``/``DESCRIBE``. ``GET /sparql`` without a query returns the SPARQL
1.1 Service Description of the endpoint.

What one request can cost is bounded (:class:`Limits`):

* queries are checked as in ``kg query`` (updates ``403``; ``SERVICE``/``FROM`` ``400``) and
  evaluated in a pool of threads that cannot open a socket (:mod:`kg.offline`); reads run in
  parallel, with no lock between them;
* each query has a time limit (``503`` when it passes before the first result; the stream is
  cut if it passes later); Oxigraph cannot be interrupted, so an abandoned evaluation keeps
  its worker until it ends, and when every worker is taken new queries get ``503`` at once;
* results are streamed (chunked) and stop at a row and a byte ceiling; a cut JSON or XML
  result says so (``"truncated": true``, a comment), and ``X-Max-Rows`` gives the ceiling;
  a graph (``CONSTRUCT``, ``DESCRIBE``) over the ceiling is refused with ``400``;
* request bodies need a valid ``Content-Length`` of at most :data:`MAX_BODY`; idle
  connections are closed after a timeout; the listen backlog is deep.

Browsers: CORS is off unless an origin is allowed (``--cors``); the ``Host`` header must name
the address the server is bound to (an IP literal, ``localhost`` on loopback, or a name
allowed with ``--allow-host``), which defeats DNS rebinding; responses carry
``X-Content-Type-Options: nosniff``.
"""

from __future__ import annotations

import csv
import io
import ipaddress
import json
import queue
import re
import sys
import threading
import time
import urllib.parse
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from xml.sax.saxutils import quoteattr

import pyoxigraph as ox

from .errors import ConfigError, KGError, QueryError, QueryTimeout, UpdateRefused
from .query import OUTPUT_FORMATS, Query, _csv_cell, _json_term, _xml_term, prepare_query
from .offline import OfflinePool, clear_frames, no_network
from .rdf.io import PREFIX_IRIS, RDF_FORMATS, sparql_term
from .store import Store, Term

__all__ = ["MAX_BODY", "PATH", "Limits", "make_server", "serve"]

PATH = "/sparql"
MAX_BODY = 1_000_000
_READ_ONLY = "read-only endpoint: updates are refused"


@dataclass(frozen=True, slots=True)
class Limits:
    """What one request may cost, and how many may run at once."""

    #: seconds a query may run
    timeout: float = 30.0
    #: rows (SELECT) or triples (CONSTRUCT, DESCRIBE) in one response
    max_rows: int = 100_000
    #: bytes of one response body (checked between rows)
    max_bytes: int = 64 * 2**20
    #: queries evaluated at once
    workers: int = 8
    #: seconds a connection may stay idle (reading a request, or a slow client reading a response)
    connection_timeout: float = 30.0
    #: connections waiting to be accepted
    backlog: int = 128
    #: connections served at once; more are closed at once
    max_connections: int = 256


#: result formats of SELECT and ASK → their media type (kg query's table), and the media types asked for them
_RESULT_MEDIA = {name: OUTPUT_FORMATS[name][1] for name in ("json", "xml", "csv", "tsv")}
_RESULTS = {**{media: name for name, media in _RESULT_MEDIA.items()},
            "application/json": "json", "application/xml": "xml", "text/xml": "xml"}
#: media type asked for → RDF syntax of CONSTRUCT and DESCRIBE results, from the one table of syntaxes
_GRAPHS = {media: RDF_FORMATS[name] for name in ("turtle", "nt", "xml", "jsonld")
           for media in RDF_FORMATS[name].media_types}
_CHUNK = 64 * 1024


def _accepted(header: str) -> list[str]:
    """Media types of an ``Accept`` header, by decreasing quality (q=0 left out)."""
    ranked = []
    for position, part in enumerate(header.split(",")):
        fields = [f.strip() for f in part.split(";")]
        quality = 1.0
        for item in fields[1:]:
            if item.startswith("q="):
                try:
                    quality = float(item[2:])
                except ValueError:
                    quality = 0.0
        if fields[0] and quality > 0:
            ranked.append((-quality, position, fields[0].lower()))
    return [media for _, _, media in sorted(ranked)]


def _negotiate(accept: str, graph: bool) -> tuple[str | ox.RdfFormat, str]:
    """(format, media type) for an ``Accept`` header: the first supported type, else the default."""
    for media in _accepted(accept or "*/*"):
        if graph and media in _GRAPHS:
            return _GRAPHS[media].oxigraph, _GRAPHS[media].media_type
        if not graph and media in _RESULTS:
            return _RESULTS[media], _RESULT_MEDIA[_RESULTS[media]]
    default = RDF_FORMATS["turtle"]
    return (default.oxigraph, default.media_type) if graph else ("json", _RESULT_MEDIA["json"])


#: the HTTP status of an error, by its class in :mod:`kg.errors` (the most specific class listed wins)
_STATUS: dict[type[KGError], HTTPStatus] = {
    UpdateRefused: HTTPStatus.FORBIDDEN,
    QueryTimeout: HTTPStatus.SERVICE_UNAVAILABLE,
    QueryError: HTTPStatus.BAD_REQUEST,
}


def _status(err: KGError) -> int:
    return next((_STATUS[cls] for cls in type(err).__mro__ if cls in _STATUS), HTTPStatus.INTERNAL_SERVER_ERROR)


def _description(url: str) -> str:
    return f"""@prefix sd: <http://www.w3.org/ns/sparql-service-description#> .
@prefix void: <http://rdfs.org/ns/void#> .
{url} a sd:Service ;
    sd:endpoint {url} ;
    sd:supportedLanguage sd:SPARQL11Query ;
    sd:resultFormat <http://www.w3.org/ns/formats/SPARQL_Results_JSON>, <http://www.w3.org/ns/formats/SPARQL_Results_XML>,
        <http://www.w3.org/ns/formats/SPARQL_Results_CSV>, <http://www.w3.org/ns/formats/SPARQL_Results_TSV>,
        <http://www.w3.org/ns/formats/Turtle>, <http://www.w3.org/ns/formats/N-Triples>,
        <http://www.w3.org/ns/formats/RDF_XML>, <http://www.w3.org/ns/formats/JSON-LD> ;
    sd:defaultDataset [ a sd:Dataset ; sd:defaultGraph [ a sd:Graph, void:Dataset ] ] .
"""


# -- evaluation and streamed rendering (in an offline worker) ----------------------------------


class _Cut(Exception):
    """The consumer went away: stop evaluating."""


def _rendered(form: str, variables: list[str], rows: Iterable[tuple[Term | None, ...]], fmt: str | ox.RdfFormat,
              limits: Limits, deadline: float) -> Iterator[bytes]:
    """The response body, a piece at a time, stopping at the row and byte ceilings."""
    if form == "boolean":
        value = next(iter(rows))[0].value  # type: ignore[union-attr]
        yield {"json": f'{{"head": {{}}, "boolean": {value}}}\n',
               "xml": '<?xml version="1.0" encoding="utf-8"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#">'
                      f"<head/><boolean>{value}</boolean></sparql>\n"}.get(str(fmt), f"{value}\n").encode()
        return
    if form == "graph":
        triples = []
        for count, (triple,) in enumerate(rows, 1):
            if count > limits.max_rows:  # a graph cut anywhere would say something false
                raise QueryError(f"query: the graph has more than {limits.max_rows:,} triples (--max-rows); "
                                 "add a LIMIT")
            _check_time(deadline, limits)
            triples.append(triple if isinstance(triple, ox.Triple) else triple.triple)  # type: ignore[union-attr]
        _check_time(deadline, limits)
        prefixes = PREFIX_IRIS if fmt in (ox.RdfFormat.TURTLE, ox.RdfFormat.RDF_XML) else None
        data = ox.serialize(triples, format=fmt, prefixes=prefixes) or b""  # type: ignore[arg-type]
        if len(data) > limits.max_bytes:
            raise QueryError(f"query: the graph is over {limits.max_bytes:,} bytes; add a LIMIT")
        for start in range(0, len(data), _CHUNK):
            yield data[start:start + _CHUNK]
        return
    head, row_of, tail, truncated = _select_writer(str(fmt), variables)
    size, buffer, cut = 0, [head], False
    for count, row in enumerate(rows):
        if count >= limits.max_rows or size > limits.max_bytes:
            cut = True
            break
        _check_time(deadline, limits)
        text = row_of(row, count)
        size += len(text)
        buffer.append(text)
        if len(buffer) >= 256:
            yield "".join(buffer).encode()
            buffer = []
    _check_time(deadline, limits)
    buffer.append(truncated if cut else tail)
    yield "".join(buffer).encode()


def _timeout(limits: Limits) -> QueryTimeout:
    return QueryTimeout(f"query: still running after {limits.timeout:g} s; add a LIMIT or more specific patterns")


def _check_time(deadline: float, limits: Limits) -> None:
    if time.monotonic() > deadline:
        raise _timeout(limits)


def _select_writer(fmt: str, names: list[str]) -> tuple[str, Callable[[tuple[Term | None, ...], int], str], str, str]:
    """(head, row writer, tail, truncation mark) of a SELECT result in *fmt*."""
    if fmt == "json":
        def json_row(row: tuple[Term | None, ...], index: int) -> str:
            binding = {n: _json_term(t) for n, t in zip(names, row) if t is not None}
            return ("," if index else "") + json.dumps(binding, ensure_ascii=False)
        head = json.dumps({"head": {"vars": names}})[:-1] + ', "results": {"bindings": ['
        return head, json_row, "]}}\n", ']}, "truncated": true}\n'
    if fmt == "xml":
        def xml_row(row: tuple[Term | None, ...], _index: int) -> str:
            return "<result>" + "".join(f"<binding name={quoteattr(n)}>{_xml_term(t)}</binding>"
                                        for n, t in zip(names, row) if t is not None) + "</result>\n"
        head = ('<?xml version="1.0" encoding="utf-8"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#">\n'
                "<head>" + "".join(f"<variable name={quoteattr(n)}/>" for n in names) + "</head>\n<results>\n")
        return head, xml_row, "</results>\n</sparql>\n", "<!-- truncated -->\n</results>\n</sparql>\n"
    if fmt == "csv":
        def csv_row(row: tuple[Term | None, ...], _index: int) -> str:
            out = io.StringIO()
            csv.writer(out, lineterminator="\r\n").writerow([_csv_cell(t) for t in row])
            return out.getvalue()
        return ",".join(names) + "\r\n", csv_row, "", ""
    return ("\t".join("?" + n for n in names) + "\n",
            lambda row, _i: "\t".join("" if t is None else sparql_term(t) for t in row) + "\n", "", "")


class _Channel:
    """Pieces of a response from a worker to the connection's thread; either side may give up."""

    END = object()

    def __init__(self) -> None:
        self.items: queue.Queue[object] = queue.Queue(maxsize=16)
        self.gone = threading.Event()

    def put(self, item: object, patience: float) -> None:
        give_up = time.monotonic() + patience
        while not self.gone.is_set():
            try:
                self.items.put(item, timeout=0.2)
                return
            except queue.Full:
                if time.monotonic() > give_up:
                    break
        raise _Cut

    def get(self, deadline: float) -> object:
        try:
            return self.items.get(timeout=max(0.0, deadline - time.monotonic()))
        except queue.Empty:
            return None


def _stream(store: Store, text: str, fmt: str | ox.RdfFormat, limits: Limits, deadline: float,
            channel: _Channel) -> None:
    """Evaluate and render into *channel*. The lazy rows hold pyoxigraph's result iterator,
    which must be freed by the thread that made it: they are closed here, whatever happens."""
    rows: Iterable[tuple[Term | None, ...]] = ()
    pieces: Iterator[bytes] | None = None
    try:
        with no_network():
            form, names, rows = store.stream(text)
            pieces = _rendered(form, names, rows, fmt, limits, deadline)
            for piece in pieces:
                channel.put(piece, limits.connection_timeout)
    finally:
        for lazy in (pieces, rows):
            close = getattr(lazy, "close", None)
            if close is not None:
                close()
        del rows, pieces


def _work(store: Store, text: str, fmt: str | ox.RdfFormat, limits: Limits, deadline: float,
          channel: _Channel, slots: threading.Semaphore) -> None:
    try:
        _stream(store, text, fmt, limits, deadline, channel)
        channel.put(_Channel.END, limits.connection_timeout)
    except _Cut:
        pass
    except BaseException as err:
        # pyoxigraph's result iterators must be freed by this thread: clear the finished frames
        # that hold them, and hand over the error without its traceback (which would keep this
        # frame, and so a reference cycle, alive until a collection in another thread)
        clear_frames(err)
        error = (err if isinstance(err, KGError) else QueryError(f"query: {err}")).with_traceback(None)
        err.__context__ = err.__cause__ = None
        try:
            channel.put(error, limits.connection_timeout)
        except _Cut:
            pass
    finally:
        slots.release()


# -- HTTP ---------------------------------------------------------------------------------------


def _split_host(value: str) -> tuple[str, int | None] | None:
    found = re.fullmatch(r"(\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9._-]+)(?::(\d{1,5}))?", value.strip())
    if not found:
        return None
    return found[1].lower(), int(found[2]) if found[2] else None


def _is_ip(name: str) -> bool:
    try:
        ipaddress.ip_address(name.strip("[]"))
    except ValueError:
        return False
    return True


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False

    def __init__(self, address: tuple[str, int], handler: type[BaseHTTPRequestHandler], limits: Limits) -> None:
        self.request_queue_size = limits.backlog
        self.connections = threading.BoundedSemaphore(limits.max_connections)
        super().__init__(address, handler)

    def process_request(self, request, client_address) -> None:  # type: ignore[no-untyped-def]
        if not self.connections.acquire(blocking=False):
            self.shutdown_request(request)  # too many connections: close this one at once
            return
        super().process_request(request, client_address)

    def process_request_thread(self, request, client_address) -> None:  # type: ignore[no-untyped-def]
        try:
            super().process_request_thread(request, client_address)
        finally:
            self.connections.release()


def make_server(store: Store, host: str = "127.0.0.1", port: int = 7879,
                log: Callable[[str], None] | None = None, *, limits: Limits | None = None,
                cors: str | None = None, allow_hosts: Iterable[str] = ()) -> ThreadingHTTPServer:
    """A threaded HTTP server answering SPARQL queries on *store* at ``http://host:port/sparql``.

    *cors* is the one origin browsers may call from (``*`` for any); *allow_hosts* are host
    names besides the bound address that ``Host`` may carry (a name that resolves to it).
    Raises :class:`~kg.errors.ConfigError` when the address cannot be listened on.
    """
    limits = limits or Limits()
    pool = OfflinePool(limits.workers, "kg-serve", seal=not store.remote)
    slots = threading.Semaphore(limits.workers)
    names = {name.lower() for name in allow_hosts}

    class Handler(BaseHTTPRequestHandler):
        server_version = "natokg"
        protocol_version = "HTTP/1.1"
        disable_nagle_algorithm = True
        timeout = limits.connection_timeout

        def log_message(self, format: str, *args: object) -> None:
            if log is not None:
                log(f"{self.address_string()} {format % args}")

        # -- replies

        def _headers(self, status: int, media: str, length: int | None) -> None:
            self.send_response(status)
            self.send_header("Content-Type", f"{media}; charset=utf-8" if media.startswith("text/")
                             or media.endswith("json") or media.endswith("xml") else media)
            if length is None:
                self.send_header("Transfer-Encoding", "chunked")
            else:
                self.send_header("Content-Length", str(length))
            self.send_header("X-Content-Type-Options", "nosniff")
            self.send_header("Vary", "Accept, Origin")
            self.send_header("Cache-Control", "no-store")
            origin = self._allowed_origin()
            if origin:
                self.send_header("Access-Control-Allow-Origin", origin)
            self.end_headers()

        def _send(self, status: int, body: str, media: str = "text/plain", extra: dict[str, str] | None = None) -> None:
            data = body.encode("utf-8")
            self._extra = getattr(self, "_extra", {}) | (extra or {})
            self._headers(status, media, len(data))
            if self.command != "HEAD":
                self.wfile.write(data)

        def _fail(self, err: KGError) -> None:
            """The error as one line, with the status of its class."""
            self._send(_status(err), f"{err}\n")

        def _allowed_origin(self) -> str | None:
            origin = self.headers.get("Origin") if hasattr(self, "headers") else None
            if cors is None or origin is None:
                return None
            return cors if cors == "*" or origin == cors else None

        def _host_allowed(self) -> bool:
            """``Host`` names the bound address (DNS rebinding would bring another name)."""
            value = self.headers.get("Host")
            if value is None:
                return True  # HTTP/1.0 clients; browsers always send it
            split = _split_host(value)
            if split is None:
                return False
            name, given = split
            bound_host, bound_port = self.server.server_address[:2]
            if (given or 80) != bound_port:
                return False
            if name in names:
                return True
            bound = ipaddress.ip_address(bound_host)
            if not _is_ip(name):
                return name == "localhost" and bound.is_loopback
            address = ipaddress.ip_address(name.strip("[]"))
            return address == bound or bound.is_unspecified or (bound.is_loopback and address.is_loopback)

        def _url(self) -> str:
            """The endpoint's IRI, written for Turtle (the ``Host`` was checked; the IRI is validated)."""
            host = self.headers.get("Host") or "{}:{}".format(*self.server.server_address[:2])
            try:
                return str(ox.NamedNode(f"http://{host}{PATH}"))
            except ValueError:
                return str(ox.NamedNode("http://{}:{}{}".format(*self.server.server_address[:2], PATH)))

        # -- methods

        def handle_one_request(self) -> None:
            try:
                super().handle_one_request()
            except (TimeoutError, ConnectionError):
                self.close_connection = True

        def _guard(self) -> bool:
            if not self._host_allowed():
                self._send(403, "Host not allowed: use the address the server listens on\n")
                return False
            return True

        def do_OPTIONS(self) -> None:
            if not self._guard():
                return
            self.send_response(HTTPStatus.NO_CONTENT)
            origin = self._allowed_origin()
            if origin:
                self.send_header("Access-Control-Allow-Origin", origin)
                self.send_header("Access-Control-Allow-Methods", "GET, POST, OPTIONS")
                self.send_header("Access-Control-Allow-Headers", "Content-Type, Accept")
                self.send_header("Access-Control-Max-Age", "600")
            self.send_header("Vary", "Origin")
            self.send_header("Content-Length", "0")
            self.end_headers()

        def do_GET(self) -> None:
            if not self._guard():
                return
            split = urllib.parse.urlsplit(self.path)
            if split.path == "/":
                self._send(200, f"natokg SPARQL endpoint (read-only): {self._url()[1:-1]}\n")
            elif split.path != PATH:
                self._send(404, f"not found; the endpoint is {PATH}\n")
            else:
                self._answer(urllib.parse.parse_qs(split.query))

        do_HEAD = do_GET

        def do_POST(self) -> None:
            if not self._guard():
                return
            if self.headers.get("Transfer-Encoding"):
                self.close_connection = True
                self._send(411, "send the body with a Content-Length, not chunked\n")
                return
            declared = self.headers.get("Content-Length")
            if declared is None or not re.fullmatch(r"\s*\d{1,12}\s*", declared):
                self.close_connection = True
                self._send(411 if declared is None else 400, "a POST needs a valid Content-Length\n")
                return
            length = int(declared)
            if length > MAX_BODY:
                self.close_connection = True
                self._send(413, f"request body over {MAX_BODY:,} bytes\n")
                return
            body = self.rfile.read(length)
            if len(body) < length:
                self.close_connection = True
                return
            if urllib.parse.urlsplit(self.path).path != PATH:
                self._send(404, f"not found; the endpoint is {PATH}\n")
                return
            text = body.decode("utf-8", "replace")
            media = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
            if media == "application/sparql-update":
                self._fail(UpdateRefused(_READ_ONLY))
            elif media == "application/sparql-query":
                self._answer({"query": [text]})
            elif media == "application/x-www-form-urlencoded":
                self._answer(urllib.parse.parse_qs(text))
            else:
                self._send(415, "send application/sparql-query or a form with query=\n")

        def _answer(self, params: dict[str, list[str]]) -> None:
            if "update" in params:
                self._fail(UpdateRefused(_READ_ONLY))
                return
            if "query" not in params:
                self._send(200, _description(self._url()), "text/turtle")
                return
            if params.get("default-graph-uri") or params.get("named-graph-uri"):
                self._fail(QueryError("default-graph-uri and named-graph-uri are not supported: the data is the "
                                      "default graph"))
                return
            query = Query(params["query"][0], "query")
            try:
                form = prepare_query(query)
            except KGError as err:
                self._fail(err)
                return
            fmt, media = _negotiate(self.headers.get("Accept", ""), form in {"CONSTRUCT", "DESCRIBE"})
            if not slots.acquire(timeout=min(1.0, limits.timeout)):
                self._send(503, "busy: every query worker is taken; try again later\n", extra={"Retry-After": "5"})
                return
            channel, deadline = _Channel(), time.monotonic() + limits.timeout
            try:
                pool.submit(_work, store, query.text, fmt, limits, deadline, channel, slots)
            except RuntimeError:
                slots.release()
                self._send(503, "shutting down\n")
                return
            try:
                self._stream(channel, deadline, media)
            finally:
                channel.gone.set()

        def _stream(self, channel: _Channel, deadline: float, media: str) -> None:
            first = channel.get(deadline)
            if first is None:
                self._fail(_timeout(limits))
                return
            if isinstance(first, KGError):
                self._fail(first)
                return
            self._extra = {"X-Max-Rows": str(limits.max_rows)}
            self._hold = True  # the headers go out with the first piece of the body, in one send
            self._headers(200, media, None)
            self._hold = False
            out, size = [b"".join(self._headers_buffer)], 0
            self._headers_buffer = []
            if self.command == "HEAD":
                self.wfile.write(out[0])
                return
            item = first
            while item is not _Channel.END:
                if not isinstance(item, bytes):  # an error or the time limit, mid-stream
                    self.wfile.write(b"".join(out))
                    self.close_connection = True  # no last chunk: the client sees the response cut
                    return
                if item:
                    out.append(b"%x\r\n%s\r\n" % (len(item), item))
                    size += len(item)
                item = channel.get(0.0)  # what is ready now goes out in the same send
                if item is None or size >= _CHUNK:
                    self.wfile.write(b"".join(out))
                    out, size = [], 0
                if item is None:
                    item = channel.get(deadline + 1.0)
            out.append(b"0\r\n\r\n")
            self.wfile.write(b"".join(out))

        def flush_headers(self) -> None:
            if not getattr(self, "_hold", False):
                super().flush_headers()

        def end_headers(self) -> None:
            for key, value in getattr(self, "_extra", {}).items():
                self.send_header(key, value)
            self._extra = {}
            super().end_headers()

    try:
        server = _Server((host, port), Handler, limits)
    except OSError as err:
        pool.shutdown()
        raise ConfigError(f"cannot listen on {host}:{port}: {err.strerror or err}") from err
    server.pool = pool  # type: ignore[attr-defined]
    return server


def serve(store: Store, host: str = "127.0.0.1", port: int = 7879, *,
          ready: Callable[[str], None] | None = None, log: Callable[[str], None] | None = None,
          limits: Limits | None = None, cors: str | None = None, allow_hosts: Iterable[str] = ()) -> None:
    """Answer SPARQL queries on *store* until interrupted; *ready* gets the endpoint URL."""
    server = make_server(store, host, port, log, limits=limits, cors=cors, allow_hosts=allow_hosts)
    sys.setswitchinterval(0.001)  # many short requests: hand the GIL over sooner (default 5 ms) for the tail latency
    try:
        if ready is not None:
            bound, bound_port = server.server_address[:2]
            shown = f"[{bound}]" if ":" in str(bound) else bound
            ready(f"http://{shown}:{bound_port}{PATH}")
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
        server.pool.shutdown()  # type: ignore[attr-defined]
