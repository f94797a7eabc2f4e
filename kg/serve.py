"""A read-only SPARQL 1.1 Protocol endpoint over a store (``kg serve``), on the standard library.

``GET /sparql?query=...``, ``POST /sparql`` with a form (``query=...``) or a
``application/sparql-query`` body. Results are negotiated with ``Accept``: SPARQL JSON
(default), XML, CSV or TSV for ``SELECT``/``ASK``; Turtle (default) or N-Triples for
``CONSTRUCT``/``DESCRIBE``. Updates get ``403``; ``SERVICE`` and ``FROM`` are refused as
in ``kg query``; errors are ``400`` with a one-line ``text/plain`` body. CORS is open so
that browser clients (YASGUI) can call it. ``GET /sparql`` without a query returns the
SPARQL 1.1 Service Description of the endpoint.
"""

from __future__ import annotations

import threading
import urllib.parse
from collections.abc import Callable
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from .errors import KGError, QueryError
from .query import OUTPUT_FORMATS, Query, render, run_query
from .store import Store

__all__ = ["PATH", "make_server", "serve"]

PATH = "/sparql"
MAX_BODY = 1_000_000
#: media type asked for → output format
_RESULTS = {"application/sparql-results+json": "json", "application/json": "json",
            "application/sparql-results+xml": "xml", "application/xml": "xml", "text/xml": "xml",
            "text/csv": "csv", "text/tab-separated-values": "tsv"}
_GRAPHS = {"text/turtle": "turtle", "application/x-turtle": "turtle", "application/n-triples": "nt",
           "text/plain": "nt"}


def _accepted(header: str) -> list[str]:
    """Media types of an ``Accept`` header, by decreasing quality."""
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
        if fields[0]:
            ranked.append((-quality, position, fields[0].lower()))
    return [media for _, _, media in sorted(ranked)]


def _negotiate(accept: str, graph: bool) -> str:
    table, default = (_GRAPHS, "turtle") if graph else (_RESULTS, "json")
    for media in _accepted(accept or "*/*"):
        if media in table:
            return table[media]
    return default


def _description(url: str) -> str:
    return f"""@prefix sd: <http://www.w3.org/ns/sparql-service-description#> .
@prefix void: <http://rdfs.org/ns/void#> .
<{url}> a sd:Service ;
    sd:endpoint <{url}> ;
    sd:supportedLanguage sd:SPARQL11Query ;
    sd:resultFormat <http://www.w3.org/ns/formats/SPARQL_Results_JSON>, <http://www.w3.org/ns/formats/SPARQL_Results_XML>,
        <http://www.w3.org/ns/formats/SPARQL_Results_CSV>, <http://www.w3.org/ns/formats/SPARQL_Results_TSV>,
        <http://www.w3.org/ns/formats/Turtle>, <http://www.w3.org/ns/formats/N-Triples> ;
    sd:defaultDataset [ a sd:Dataset ; sd:defaultGraph [ a sd:Graph, void:Dataset ] ] .
"""


def _address(server: object) -> str:
    host, port = getattr(server, "server_address", ("127.0.0.1", 0))[:2]
    return f"{host}:{port}"


def make_server(store: Store, host: str = "127.0.0.1", port: int = 7879,
                log: Callable[[str], None] | None = None) -> ThreadingHTTPServer:
    """A threaded HTTP server answering SPARQL queries on *store* at ``http://host:port/sparql``."""
    lock = threading.Lock()

    class Handler(BaseHTTPRequestHandler):
        server_version = "natokg"

        def log_message(self, format: str, *args: object) -> None:
            if log is not None:
                log(f"{self.address_string()} {format % args}")

        def _send(self, status: int, body: str, media: str) -> None:
            data = body.encode("utf-8")
            self.send_response(status)
            self.send_header("Content-Type", f"{media}; charset=utf-8")
            self.send_header("Content-Length", str(len(data)))
            self.send_header("Access-Control-Allow-Origin", "*")
            self.send_header("Vary", "Accept")
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(data)

        def _url(self) -> str:
            return f"http://{self.headers.get('Host') or _address(self.server)}{PATH}"

        def do_OPTIONS(self) -> None:
            self.send_response(HTTPStatus.NO_CONTENT)
            self.send_header("Access-Control-Allow-Origin", "*")
            self.send_header("Access-Control-Allow-Methods", "GET, POST, OPTIONS")
            self.send_header("Access-Control-Allow-Headers", "Content-Type, Accept")
            self.end_headers()

        def do_GET(self) -> None:
            split = urllib.parse.urlsplit(self.path)
            if split.path == "/":
                self._send(200, f"natokg SPARQL endpoint (read-only): {self._url()}\n", "text/plain")
            elif split.path != PATH:
                self._send(404, f"not found; the endpoint is {PATH}\n", "text/plain")
            else:
                self._answer(urllib.parse.parse_qs(split.query))

        do_HEAD = do_GET

        def do_POST(self) -> None:
            if urllib.parse.urlsplit(self.path).path != PATH:
                self._send(404, f"not found; the endpoint is {PATH}\n", "text/plain")
                return
            length = int(self.headers.get("Content-Length") or 0)
            if length > MAX_BODY:
                self._send(413, "request too large\n", "text/plain")
                return
            body = self.rfile.read(length).decode("utf-8", "replace")
            media = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
            if media == "application/sparql-update":
                self._send(403, "read-only endpoint: updates are refused\n", "text/plain")
            elif media == "application/sparql-query":
                self._answer({"query": [body]})
            elif media == "application/x-www-form-urlencoded":
                self._answer(urllib.parse.parse_qs(body))
            else:
                self._send(415, "send application/sparql-query or a form with query=\n", "text/plain")

        def _answer(self, params: dict[str, list[str]]) -> None:
            if "update" in params:
                self._send(403, "read-only endpoint: updates are refused\n", "text/plain")
                return
            if "query" not in params:
                self._send(200, _description(self._url()), "text/turtle")
                return
            if params.get("default-graph-uri") or params.get("named-graph-uri"):
                self._send(400, "default-graph-uri and named-graph-uri are not supported: the data is the "
                                "default graph\n", "text/plain")
                return
            try:
                with lock:
                    result = run_query(store, Query(params["query"][0], "query"))
                fmt = _negotiate(self.headers.get("Accept", ""), result.form == "graph")
                self._send(200, render(result, fmt), OUTPUT_FORMATS[fmt][1])
            except QueryError as err:
                status = 403 if "updates are refused" in str(err) else 400
                self._send(status, f"{err}\n", "text/plain")
            except KGError as err:
                self._send(500, f"{err}\n", "text/plain")

    return ThreadingHTTPServer((host, port), Handler)


def serve(store: Store, host: str = "127.0.0.1", port: int = 7879, *,
          ready: Callable[[str], None] | None = None, log: Callable[[str], None] | None = None) -> None:
    """Answer SPARQL queries on *store* until interrupted; *ready* gets the endpoint URL."""
    server = make_server(store, host, port, log)
    try:
        if ready is not None:
            ready(f"http://{_address(server)}{PATH}")
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
