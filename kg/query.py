"""SPARQL over a store: read-only queries, bound parameters, named queries, result formats.

Safety rules, whatever the store:

* ``run_query`` runs ``SELECT``, ``ASK``, ``CONSTRUCT`` and ``DESCRIBE`` only; updates are
  refused and go through ``run_update`` (``kg update``) instead.
* No network: ``SERVICE``, ``FROM`` / ``FROM NAMED`` and ``LOAD`` are refused before anything
  runs (the check walks rdflib's parse tree of the query, not its text), and the embedded
  engines run in threads that cannot open a socket (:mod:`kg.offline`) with Python's
  network access blocked (:func:`kg.offline.no_network`).
* Parameters are bound as RDF terms (SEP-0007 substitution on Oxigraph, ``initBindings`` on
  rdflib, a ``VALUES`` block of validated terms for a SPARQL server), never pasted into the
  query text. A ``name`` parameter is a ``@en`` literal, matched by the query against
  ``rdfs:label`` / ``skos:altLabel``.

Named queries live in ``queries/*.rq``; the comment block at the top documents them::

    # Partners of a partnership framework.
    #
    # Parameters:
    #   framework (name)  the framework, by label or alias: EAPC
"""

from __future__ import annotations

import csv
import functools
import io
import json
import re
import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

import pyoxigraph as ox

from .config import data_path
from .errors import ConfigError, QueryError, QueryRefused, UpdateRefused
from .offline import run_offline
from .rdf.io import PREFIX_IRIS, RDF_FORMATS, sparql_term
from .store import Result, Store, Term

__all__ = [
    "OUTPUT_FORMATS", "Parameter", "Query", "check_query", "check_update", "load_query", "named_queries",
    "prepare_query", "render", "run_query", "run_update",
]

_XSD_INTEGER = ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer")


#: parse-tree nodes (rdflib's SPARQL grammar) that reach outside the store, and why they are refused
_NETWORK_NODES = {
    "ServiceGraphPattern": "SERVICE is refused: queries never reach the network",
    "DatasetClause": "FROM and FROM NAMED are refused: queries read the store and never load graphs from the network",
    "Load": "LOAD is refused: updates never reach the network",
    "UsingClause": "USING and USING NAMED are refused: updates read the store and never load graphs from the network",
}
_PARSING = threading.Lock()
_FORMS = {"SelectQuery": "SELECT", "AskQuery": "ASK", "ConstructQuery": "CONSTRUCT", "DescribeQuery": "DESCRIBE"}


def _node_names(node: object, found: set[str]) -> set[str]:
    """Names of every node of an rdflib SPARQL parse tree (``ServiceGraphPattern``, ``Load``...)."""
    from pyparsing import ParseResults
    from rdflib.plugins.sparql.parserutils import CompValue

    stack = [node]
    while stack:
        item = stack.pop()
        if isinstance(item, CompValue):
            found.add(item.name)
            stack.extend(item.values())
        elif isinstance(item, list | tuple | ParseResults):
            stack.extend(item)
        elif isinstance(item, dict):
            stack.extend(item.values())
    return found


def _parse_tree(text: str, update: bool) -> object | None:
    """rdflib's parse tree of *text* as a query or an update; None if it does not parse so."""
    from rdflib.plugins.sparql.parser import parseQuery, parseUpdate

    try:
        with _PARSING:  # pyparsing's grammar objects are not thread-safe
            return parseUpdate(text) if update else parseQuery(text)
    except Exception:  # pyparsing.ParseException and friends
        return None


def _vet(text: str, source: str, update: bool) -> str:
    """Check the parse tree of *text* (not its words): the form, and nothing that reaches the network."""
    tree = _parse_tree(text, update)
    if tree is None:
        if not update and _parse_tree(text, True) is not None:
            raise UpdateRefused(f"{source}: updates are refused by kg query (read-only); run them with kg update")
        if update and _parse_tree(text, False) is not None:
            raise QueryError(f"{source}: this is a query; run it with kg query")
        _validate(text, source, update)  # Oxigraph's own message, with line and column
        raise QueryRefused(f"{source}: this query uses syntax natokg cannot check for network access "
                           "(SPARQL 1.1 only), so it is refused")
    names = _node_names(tree, set())
    for node, reason in _NETWORK_NODES.items():
        if node in names:
            raise QueryRefused(f"{source}: {reason}")
    return next((form for node, form in _FORMS.items() if node in names), "")


def check_query(text: str, source: str = "<query>") -> str:
    """The form of a read-only query (``SELECT``...); :class:`QueryError` for updates and network access.

    The check reads rdflib's parse tree of the query, so no spelling (escapes, missing
    spaces, comments) hides a ``SERVICE`` or a ``FROM``; the engines also run without
    network access (:mod:`kg.offline`, :func:`kg.offline.no_network`).
    """
    form = _vet(text, source, update=False)
    if not form:
        raise QueryError(f"{source}: not a SPARQL query (expected SELECT, ASK, CONSTRUCT or DESCRIBE)")
    return form


def check_update(text: str, source: str = "<update>") -> None:
    """Refuse what an update must not do here: reach the network (``LOAD``, ``SERVICE``, ``USING``) or be a query."""
    _vet(text, source, update=True)


# -- parameters and named queries ---------------------------------------------------------------


def _name(value: str) -> Term:
    return ox.Literal(value, language="en")


def _iri(value: str) -> Term:
    prefix, _, local = value.partition(":")
    if prefix in PREFIX_IRIS and not local.startswith("//"):
        value = PREFIX_IRIS[prefix] + local
    try:
        return ox.NamedNode(value)
    except ValueError as err:
        raise ValueError(f"not an absolute IRI ({err})") from err


def _integer(value: str) -> Term:
    if not re.fullmatch(r"[+-]?\d+", value.strip()):
        raise ValueError("not an integer")
    return ox.Literal(str(int(value)), datatype=_XSD_INTEGER)


#: parameter kind → how a command-line value becomes an RDF term
KINDS: dict[str, Callable[[str], Term]] = {
    "name": _name, "iri": _iri, "string": lambda v: ox.Literal(v), "integer": _integer,
}


@dataclass(frozen=True, slots=True)
class Parameter:
    """A documented query parameter: ``name (kind)  description`` in the query's header."""

    name: str
    kind: str
    description: str = ""

    def bind(self, value: str) -> Term:
        try:
            return KINDS[self.kind](value)
        except ValueError as err:
            raise QueryError(f"--param {self.name}={value!r}: {err}") from err


@dataclass(frozen=True, slots=True)
class Query:
    """A SPARQL text with its source (file or ``<query>``) and the documentation of its header."""

    text: str
    source: str = "<query>"
    name: str = ""
    summary: str = ""
    parameters: tuple[Parameter, ...] = ()

    @classmethod
    def parse(cls, text: str, source: str = "<query>", name: str = "") -> Query:
        """Read the header comment: first line = summary; ``Parameters:`` lists ``name (kind) description``."""
        header = []
        for line in text.splitlines():
            if not line.startswith("#"):
                break
            header.append(line[1:].strip())
        summary = next((line for line in header if line), "")
        params, in_params = [], False
        for line in header:
            if re.fullmatch(r"[A-Z][\w ]*:", line):
                in_params = line == "Parameters:"
                continue
            found = re.fullmatch(r"(\w+)\s+\((\w+)\)\s*(.*)", line) if in_params else None
            if found:
                if found[2] not in KINDS:
                    raise ConfigError(f"{source}: parameter {found[1]}: unknown kind {found[2]!r} "
                                      f"(one of {', '.join(KINDS)})")
                params.append(Parameter(found[1], found[2], found[3]))
        return cls(text, source, name, summary, tuple(params))

    def bindings(self, values: Mapping[str, str]) -> dict[str, Term]:
        """Bind *values* to the declared parameters, as terms; every parameter is required."""
        declared = {p.name: p for p in self.parameters}
        unknown = sorted(set(values) - set(declared))
        if unknown:
            known = ", ".join(declared) or "none"
            raise QueryError(f"{self.source}: unknown parameter {unknown[0]!r} (declared: {known})")
        missing = [name for name in declared if name not in values]
        if missing:
            raise QueryError(f"{self.source}: missing --param {missing[0]}=... ({declared[missing[0]].description})")
        return {name: declared[name].bind(value) for name, value in values.items()}


def named_queries() -> dict[str, Query]:
    """The queries shipped in ``queries/``, by name (file name without ``.rq``)."""
    folder = data_path("queries")
    return {p.stem: Query.parse(p.read_text(encoding="utf-8"), f"queries/{p.name}", p.stem)
            for p in sorted(folder.glob("*.rq"))}


def load_query(query: str | None = None, *, name: str | None = None) -> Query:
    """A named query, a ``.rq``/``.ru`` file, or SPARQL text."""
    if name:
        queries = named_queries()
        if name not in queries:
            raise QueryError(f"no named query {name!r} (available: {', '.join(queries)})")
        return queries[name]
    if not query:
        raise QueryError("no query given")
    path = Path(query)
    if "\n" not in query and "{" not in query and path.suffix in {".rq", ".ru", ".sparql"}:
        if not path.is_file():
            raise QueryError(f"{query}: no such file")
        return Query.parse(path.read_text(encoding="utf-8"), str(path))
    return Query.parse(query)


# -- running ------------------------------------------------------------------------------------


def _located(err: QueryError, source: str) -> QueryError:
    message = str(err)
    return QueryError(f"{source}:{message}" if re.match(r"\d+:\d+: ", message) else f"{source}: {message}")


def _validate(text: str, source: str, update: bool = False) -> None:
    """Parse with Oxigraph (on an empty store) so every store reports syntax errors alike, with line:col."""
    def parse() -> None:  # on an empty store, in a thread that cannot open a socket
        if update:
            ox.Store().update(text, prefixes=PREFIX_IRIS)
        else:
            ox.Store().query(text, prefixes=PREFIX_IRIS)

    try:
        run_offline(parse)
    except SyntaxError as err:
        found = re.match(r"error at (\d+):(\d+): (.*)", str(err), re.DOTALL)
        raise QueryError(f"{source}:{found[1]}:{found[2]}: {found[3]}" if found else f"{source}: {err}") from err


def prepare_query(query: Query) -> str:
    """Check *query* as :func:`run_query` does before running it (refusals, then syntax); its form.

    Accepted texts of up to 8 KB are remembered (an endpoint sees the same queries again).
    """
    if len(query.text) <= 8192:
        return _prepared(query.text, query.source)
    return _prepare(query.text, query.source)


def _prepare(text: str, source: str) -> str:
    form = check_query(text, source)
    _validate(text, source)
    return form


_prepared = functools.lru_cache(maxsize=512)(_prepare)
#: the checks of run_query, remembered for accepted texts of up to 8 KB (parsing a query
#: for the network check costs more than running a named query)
_checked = functools.lru_cache(maxsize=512)(check_query)
_validated = functools.lru_cache(maxsize=512)(_validate)


def _remembered(cached: Callable[[str, str], object], check: Callable[[str, str], object], text: str,
                source: str) -> None:
    (cached if len(text) <= 8192 else check)(text, source)


def run_query(store: Store, query: Query | str, params: Mapping[str, str] | None = None) -> Result:
    """Run a read-only query on *store* with *params* bound as RDF terms."""
    query = query if isinstance(query, Query) else Query.parse(query)
    _remembered(_checked, check_query, query.text, query.source)
    bindings = query.bindings(params or {})
    _remembered(_validated, _validate, query.text, query.source)
    try:
        return store.query(query.text, bindings)
    except QueryError as err:
        raise _located(err, query.source) from err


def run_update(store: Store, update: Query | str) -> None:
    """Run a SPARQL update on *store* (the only way to write with SPARQL)."""
    update = update if isinstance(update, Query) else Query.parse(update, "<update>")
    check_update(update.text, update.source)
    _validate(update.text, update.source, update=True)
    try:
        store.update(update.text)
    except QueryError as err:
        raise _located(err, update.source) from err


# -- output formats -----------------------------------------------------------------------------


def _short(term: Term | None) -> str:
    if term is None:
        return ""
    if isinstance(term, ox.NamedNode):
        for prefix, iri in PREFIX_IRIS.items():
            if term.value.startswith(iri) and re.fullmatch(r"[\w-]*", term.value[len(iri):]):
                return f"{prefix}:{term.value[len(iri):]}"
        return term.value
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    if isinstance(term, ox.Literal):
        return term.value
    return str(term)


def _table(variables: list[str], rows: list[tuple[Term | None, ...]], width: int = 100) -> str:
    cells = [[re.sub(r"\s+", " ", _short(t)) for t in row] for row in rows]
    cells = [[c if len(c) <= width else c[: width - 1] + "…" for c in row] for row in cells]
    widths = [max([len(v)] + [len(row[i]) for row in cells]) for i, v in enumerate(variables)]
    lines = [" | ".join(v.ljust(w) for v, w in zip(variables, widths)).rstrip(),
             "-+-".join("-" * w for w in widths)]
    lines += [" | ".join(c.ljust(w) for c, w in zip(row, widths)).rstrip() for row in cells]
    lines.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(lines) + "\n"


def _json_term(term: Term) -> dict[str, str]:
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    assert isinstance(term, ox.Literal)
    found = {"type": "literal", "value": term.value}
    if term.language:
        found["xml:lang"] = term.language
    elif term.datatype.value != "http://www.w3.org/2001/XMLSchema#string":
        found["datatype"] = term.datatype.value
    return found


def _xml_term(term: Term) -> str:
    if isinstance(term, ox.NamedNode):
        return f"<uri>{escape(term.value)}</uri>"
    if isinstance(term, ox.BlankNode):
        return f"<bnode>{escape(term.value)}</bnode>"
    assert isinstance(term, ox.Literal)
    if term.language:
        return f"<literal xml:lang={quoteattr(term.language)}>{escape(term.value)}</literal>"
    if term.datatype.value != "http://www.w3.org/2001/XMLSchema#string":
        return f"<literal datatype={quoteattr(term.datatype.value)}>{escape(term.value)}</literal>"
    return f"<literal>{escape(term.value)}</literal>"


def _rows(result: Result) -> tuple[list[str], list[tuple[Term | None, ...]]]:
    if result.form == "graph":
        return ["subject", "predicate", "object"], [(t.subject, t.predicate, t.object) for t in result.triples]
    return result.variables, result.rows


def _render_table(result: Result) -> str:
    if result.form == "boolean":
        return "true\n" if result.boolean else "false\n"
    return _table(*_rows(result))


def _csv_cell(term: Term | None) -> str:
    """A term in a SPARQL CSV result: its value (blank nodes as ``_:id``), empty when unbound."""
    if term is None:
        return ""
    return f"_:{term.value}" if isinstance(term, ox.BlankNode) else getattr(term, "value", str(term))


def _render_csv(result: Result) -> str:
    if result.form == "boolean":
        return "true\n" if result.boolean else "false\n"
    variables, rows = _rows(result)
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(variables)
    for row in rows:
        writer.writerow([_csv_cell(t) for t in row])
    return buffer.getvalue()


def _render_tsv(result: Result) -> str:
    if result.form == "boolean":
        return "true\n" if result.boolean else "false\n"
    variables, rows = _rows(result)
    lines = ["\t".join("?" + v for v in variables)]
    lines += ["\t".join("" if t is None else sparql_term(t) for t in row) for row in rows]
    return "\n".join(lines) + "\n"


def _render_json(result: Result) -> str:
    if result.form == "graph":
        raise QueryError("JSON is for SELECT and ASK results; use --format turtle or nt for a graph")
    if result.form == "boolean":
        return json.dumps({"head": {}, "boolean": result.boolean}) + "\n"
    bindings = [{v: _json_term(t) for v, t in zip(result.variables, row) if t is not None} for row in result.rows]
    return json.dumps({"head": {"vars": result.variables}, "results": {"bindings": bindings}},
                      ensure_ascii=False) + "\n"


def _render_xml(result: Result) -> str:
    if result.form == "graph":
        raise QueryError("XML results are for SELECT and ASK; use --format turtle or nt for a graph")
    out = ['<?xml version="1.0" encoding="utf-8"?>', '<sparql xmlns="http://www.w3.org/2005/sparql-results#">']
    if result.form == "boolean":
        out += ["<head/>", f"<boolean>{'true' if result.boolean else 'false'}</boolean>", "</sparql>"]
        return "\n".join(out) + "\n"
    out.append("<head>" + "".join(f"<variable name={quoteattr(v)}/>" for v in result.variables) + "</head>")
    out.append("<results>")
    for row in result.rows:
        out.append("<result>" + "".join(f"<binding name={quoteattr(v)}>{_xml_term(t)}</binding>"
                                        for v, t in zip(result.variables, row) if t is not None) + "</result>")
    out += ["</results>", "</sparql>"]
    return "\n".join(out) + "\n"


def _render_rdf(fmt: ox.RdfFormat) -> Callable[[Result], str]:
    def render_graph(result: Result) -> str:
        if result.form != "graph":
            raise QueryError(f"{fmt.name} is for CONSTRUCT and DESCRIBE results; use table, csv, tsv or json")
        triples = sorted(result.triples, key=str)
        prefixes = PREFIX_IRIS if fmt == ox.RdfFormat.TURTLE else None
        return (ox.serialize(triples, format=fmt, prefixes=prefixes) or b"").decode("utf-8")
    return render_graph


#: output format → (renderer, media type)
OUTPUT_FORMATS: dict[str, tuple[Callable[[Result], str], str]] = {
    "table": (_render_table, "text/plain"),
    "csv": (_render_csv, "text/csv"),
    "tsv": (_render_tsv, "text/tab-separated-values"),
    "json": (_render_json, "application/sparql-results+json"),
    "xml": (_render_xml, "application/sparql-results+xml"),
    **{name: (_render_rdf(RDF_FORMATS[name].oxigraph), RDF_FORMATS[name].media_type) for name in ("turtle", "nt")},
}


def render(result: Result, fmt: str | None = None) -> str:
    """*result* as text in *fmt* (default: a table, or Turtle for a graph)."""
    fmt = fmt or ("turtle" if result.form == "graph" else "table")
    if fmt not in OUTPUT_FORMATS:
        raise QueryError(f"unknown output format {fmt!r} (one of {', '.join(OUTPUT_FORMATS)})")
    return OUTPUT_FORMATS[fmt][0](result)
