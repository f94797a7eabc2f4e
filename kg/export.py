"""Exporting a graph to other RDF syntaxes, to Gephi (GraphML, GEXF) and to CSV.

RDF syntaxes carry every triple of the graph, in the default graph (also in N-Quads
and TriG). They are written by Oxigraph from the triples sorted, so output is the same
byte for byte across runs (graphs without blank nodes: every natokg build), and every
output is parsed again by Oxigraph before it is returned: it must give back exactly the
triples of the graph. rdflib is used only for JSON-LD, with an inline context of
natokg's prefixes (a remote context would be fetched by consumers).

GraphML and GEXF hold the entity network (:func:`kg.network.to_networkx`) with flat
attributes only, as Gephi needs, and the page's look: layout positions, colours per class
and per relation, node sizes by degree (GEXF in Gephi's ``viz`` namespace; GraphML as the
``x``, ``y``, ``size``, ``r``, ``g``, ``b`` attributes Gephi reads). No attribute of
networkx's own (``networkx_key``) is written. CSV has one row per assertion (piece of evidence).
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Any

import networkx as nx
import pyoxigraph as ox
from networkx.readwrite.gexf import GEXFWriter
from rdflib import Graph, URIRef
from rdflib.term import Node

from .config import package_version
from .errors import ConfigError, RDFSyntaxError
from .network import local_name, to_networkx
from .rdf.io import RDF_FORMATS, ox_triples
from .rdf.shape import fact_parts, read_assertion
from .rdf.vocab import DCTERMS, NKG, PREFIXES, RDF, RDFS
from .files import atomic_write

__all__ = ["FORMATS", "Format", "export", "format_for", "oxigraph_triples", "write_export"]


@dataclass(frozen=True, slots=True)
class Format:
    """One export format: how to write it and, for RDF, which syntax Oxigraph checks it as."""

    suffix: str
    media_type: str
    description: str
    render: Callable[[_Source], bytes]
    #: the syntax the output is re-parsed as (RDF formats only)
    rdf: ox.RdfFormat | None = None


class _Source:
    """The graph being exported; its Oxigraph triples are computed once, for writing and for the check."""

    def __init__(self, graph: Graph) -> None:
        self.graph = graph

    @cached_property
    def triples(self) -> list[ox.Triple]:
        """Distinct and sorted (the N-Triples order)."""
        return sorted(oxigraph_triples(self.graph), key=str)


# -- RDF -------------------------------------------------------------------------------------


def oxigraph_triples(graph: Graph) -> set[ox.Triple]:
    """The distinct triples of an rdflib graph as Oxigraph triples; invalid IRIs raise :class:`RDFSyntaxError`."""
    return set(ox_triples(graph))


def _oxigraph(fmt: ox.RdfFormat, *, quads: bool = False, sort_lines: bool = False) -> Callable[[_Source], bytes]:
    def render(source: _Source) -> bytes:
        triples = source.triples
        items = [ox.Quad(t.subject, t.predicate, t.object, ox.DefaultGraph()) for t in triples] if quads else triples
        data = ox.serialize(items, format=fmt, prefixes={p: str(ns) for p, ns in PREFIXES.items()})
        if sort_lines:  # line formats: sorted lines are canonical whatever the serializer's order
            data = b"".join(sorted(data.splitlines(keepends=True)))
        return _escape_cr(data) if fmt == ox.RdfFormat.RDF_XML else data

    return render


def _escape_cr(xml: bytes) -> bytes:
    """Write carriage returns as ``&#13;``: XML parsers turn a raw CR (or CRLF) into LF.

    Markup never contains a CR, so only text and attribute values change.
    """
    return xml.replace(b"\r", b"&#13;")


def _jsonld(source: _Source) -> bytes:
    context = {prefix: str(namespace) for prefix, namespace in PREFIXES.items()}
    text = source.graph.serialize(format="json-ld", context=context, auto_compact=True)
    return (json.dumps(_sorted_json(json.loads(text)), ensure_ascii=False, indent=1, sort_keys=True) + "\n").encode()


def _sorted_json(value: Any, key: str = "") -> Any:
    """JSON-LD with its unordered arrays sorted, so that output does not depend on set order."""
    if isinstance(value, dict):
        return {k: _sorted_json(v, k) for k, v in value.items()}
    if isinstance(value, list):
        items = [_sorted_json(v) for v in value]
        return items if key == "@list" else sorted(items, key=lambda v: json.dumps(v, sort_keys=True))
    return value


# -- Gephi: GraphML and GEXF -------------------------------------------------------------------

_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _flat(text: str) -> str:
    """Characters XML 1.0 cannot carry at all become U+FFFD."""
    return _XML_ILLEGAL.sub("\ufffd", text)


def _rgb(colour: str) -> tuple[int, int, int]:
    return int(colour[1:3], 16), int(colour[3:5], 16), int(colour[5:7], 16)


def _flat_network(graph: Graph) -> nx.MultiDiGraph:
    """The entity network with str/int/float attributes only, in sorted order, for GraphML and GEXF;
    nodes carry the page's layout (``x``, ``y``; y grows upwards, as in Gephi), class colour and
    size, edges their relation's colour."""
    from .viz import CLASS_STYLE, OTHER_STYLE, layout, node_size, relation_colours

    net = to_networkx(graph)
    degree = dict(net.degree())
    top = max(degree.values(), default=0) or 1
    value = {n: (d / top) ** 0.5 for n, d in degree.items()}
    positions = layout(net, value)
    flat = nx.MultiDiGraph()
    for node in sorted(net.nodes):
        data = net.nodes[node]
        r, g, b = _rgb(CLASS_STYLE.get(data.get("kind", ""), OTHER_STYLE)[0])
        x, y = positions[node]
        flat.add_node(_flat(node), label=_flat(data.get("label", "")), kind=data.get("kind", ""),
                      aliases=_flat("; ".join(data.get("aliases", []))), x=round(x, 1), y=round(-y, 1),
                      size=round(node_size(value[node], net.number_of_nodes()), 1), r=r, g=g, b=b)
    edges = sorted(net.edges(keys=True, data=True), key=lambda e: (e[0], e[1], str(e[2])))
    colours = relation_colours(sorted({str(k) for *_, k, _ in edges}))
    for number, (u, v, _, data) in enumerate(edges):
        evidence = data.get("evidence", [])
        relation = str(data.get("relation", ""))
        r, g, b = _rgb(colours.get(relation, "#9a9a9a"))
        flat.add_edge(
            _flat(u), _flat(v), key=f"e{number}", id=f"e{number}", label=relation, relation=relation,
            r=r, g=g, b=b,
            predicate=str(data.get("predicate") or NKG[relation]),
            support=int(data.get("support", 0)), weight=float(max(int(data.get("support", 0)), 1)),
            evidence=_flat("; ".join(e.sentence for e in evidence)),
            documents=_flat("; ".join(dict.fromkeys(e.document for e in evidence))),
            rules=_flat("; ".join(dict.fromkeys(e.rule for e in evidence))),
            confidence=max((float(e.confidence) for e in evidence), default=0.0))
    return flat


def _graphml(source: _Source) -> bytes:
    net = _flat_network(source.graph)
    for *_, data in net.edges(data=True):
        del data["id"]  # the edge key is its id already
    buffer = io.BytesIO()
    nx.write_graphml_xml(net, buffer, encoding="utf-8")
    return _escape_cr(buffer.getvalue())


def _gexf(source: _Source) -> bytes:
    """GEXF 1.2 with the look in Gephi's viz namespace, and only natokg's own attributes."""
    net = _flat_network(source.graph)
    for _, data in net.nodes(data=True):
        x, y, size, r, g, b = (data.pop(k) for k in ("x", "y", "size", "r", "g", "b"))
        data["viz"] = {"position": {"x": x, "y": y, "z": 0.0}, "size": size, "color": {"r": r, "g": g, "b": b, "a": 1.0}}
    for *_, data in net.edges(data=True):
        r, g, b = (data.pop(k) for k in ("r", "g", "b"))
        data["viz"] = {"color": {"r": r, "g": g, "b": b, "a": 1.0}, "thickness": data["weight"]}
    writer = GEXFWriter(encoding="utf-8", version="1.2draft")
    writer.add_graph(net)
    for attributes in writer.xml.iter("attributes"):  # the edge keys networkx writes as an attribute
        for attribute in list(attributes):
            if attribute.get("title") == "networkx_key":
                attributes.remove(attribute)
                for values in writer.xml.iter("attvalues"):
                    for found in [v for v in values if v.get("for") == attribute.get("id")]:
                        values.remove(found)
    meta = writer.xml.find("meta")
    if meta is not None:  # no date and no networkx version, so that output is stable
        meta.attrib.pop("lastmodifieddate", None)
        creator = meta.find("creator")
        if creator is not None:
            creator.text = f"natokg {package_version()}"
    buffer = io.BytesIO()
    writer.write(buffer)
    return _escape_cr(buffer.getvalue())


# -- CSV -----------------------------------------------------------------------------------------

CSV_COLUMNS = ("subject_label", "subject", "predicate", "object_label", "object", "support", "document",
               "sentence", "start", "end", "rule", "confidence", "polarity", "modality")


def _csv(source: _Source) -> bytes:
    """One row per assertion (fact × evidence), hedged and negated ones included; RFC 4180, UTF-8."""
    graph = source.graph
    rows = sorted((_csv_row(graph, a) for a in graph.subjects(RDF.type, NKG.Assertion)), key=_row_order)
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    writer.writerows(rows)
    return buffer.getvalue().encode("utf-8")


def _row_order(row: tuple[str, ...]) -> tuple[Any, ...]:
    """Facts in label order, then their evidence by document and position."""
    start = int(row[8]) if row[8].lstrip("-").isdigit() else -1
    return row[0], row[2], row[3], row[1], row[4], row[6], start, row


def _csv_row(graph: Graph, assertion: Node) -> tuple[str, ...]:
    def text(node: Node | None, prop: URIRef) -> str:
        found = graph.value(node, prop) if node is not None else None
        return str(found) if found is not None else ""

    record = read_assertion(graph, assertion)
    fact, doc = record.fact, record.document
    subject, predicate, obj = fact_parts(graph, fact) if fact is not None else (None, None, None)
    return (
        text(subject, RDFS.label), str(subject or ""), local_name(predicate) if predicate else "",
        text(obj, RDFS.label), str(obj or ""), text(fact, NKG.supportCount),
        text(doc, DCTERMS.identifier) or str(doc or ""), record.sentence, record.start, record.end, record.rule,
        record.confidence, record.polarity, record.modality,
    )


# -- the table and the entry points -----------------------------------------------------------

def _rdf(name: str, description: str, render: Callable[[_Source], bytes]) -> Format:
    """An RDF export format: suffix, media type and Oxigraph syntax from :data:`~kg.rdf.io.RDF_FORMATS`."""
    spec = RDF_FORMATS[name]
    return Format(spec.suffix, spec.media_type, description, render, spec.oxigraph)


FORMATS: dict[str, Format] = {
    "turtle": _rdf("turtle", "Turtle with prefixes", _oxigraph(ox.RdfFormat.TURTLE)),
    "nt": _rdf("nt", "N-Triples, sorted lines", _oxigraph(ox.RdfFormat.N_TRIPLES, sort_lines=True)),
    "nquads": _rdf("nquads", "N-Quads, sorted lines, everything in the default graph",
                   _oxigraph(ox.RdfFormat.N_QUADS, quads=True, sort_lines=True)),
    "trig": _rdf("trig", "TriG, everything in the default graph", _oxigraph(ox.RdfFormat.TRIG, quads=True)),
    "jsonld": _rdf("jsonld", "JSON-LD with an inline context of natokg's prefixes", _jsonld),
    "xml": _rdf("xml", "RDF/XML", _oxigraph(ox.RdfFormat.RDF_XML)),
    "graphml": Format(".graphml", "application/graphml+xml", "entity network for Gephi, yEd, Cytoscape",
                      _graphml),
    "gexf": Format(".gexf", "application/gexf+xml", "entity network for Gephi", _gexf),
    "csv": Format(".csv", "text/csv", "one row per assertion: fact, evidence sentence, document, offsets",
                  _csv),
}


def format_for(path: str | Path) -> str | None:
    """The export format whose suffix *path* has, if any."""
    suffix = Path(path).suffix.lower()
    return next((name for name, fmt in FORMATS.items() if fmt.suffix == suffix), None)


def export(graph: Graph, fmt: str) -> bytes:
    """*graph* serialised as *fmt* (a key of :data:`FORMATS`); RDF output is checked by re-parsing."""
    if fmt not in FORMATS:
        raise ConfigError(f"unknown export format {fmt!r}; known: {', '.join(FORMATS)}")
    spec, source = FORMATS[fmt], _Source(graph)
    data = spec.render(source)
    if spec.rdf is not None:
        _check(source, data, spec.rdf, fmt)
    return data


def _check(source: _Source, data: bytes, syntax: ox.RdfFormat, fmt: str) -> None:
    """Oxigraph must read back exactly the graph's triples (the count only, when there are blank nodes)."""
    try:
        back = {q.triple for q in ox.parse(data, format=syntax)}
    except SyntaxError as err:
        raise RDFSyntaxError(f"<{fmt} export>", err.msg or str(err), err.lineno, err.offset) from err
    expected = set(source.triples)
    has_bnodes = any(isinstance(t.subject, ox.BlankNode) or isinstance(t.object, ox.BlankNode) for t in expected)
    if len(back) != len(expected) or (not has_bnodes and back != expected):
        raise RDFSyntaxError(f"<{fmt} export>", f"the output reads back as {len(back)} triples, "
                                                f"not the graph's {len(expected)}")


def write_export(graph: Graph, fmt: str, out: str | Path) -> Path:
    """Export *graph* as *fmt* to the file *out* (atomically: a checked temporary file, then a rename)."""
    return atomic_write(out, export(graph, fmt))
