"""Checking a graph against the natokg SHACL shapes (``ontology/shapes.ttl``).

Files are parsed with Oxigraph, which is strict and reports every syntax error with a
line and column; the triples are then validated with pySHACL, with the ontology as
ontology graph and no inference (the shapes count the asserted ``rdf:type`` values,
and inference would add the superclasses).

SPARQL constraints of node shapes that have targets are run here instead, by Oxigraph,
once over the whole graph with ``$this`` unbound, keeping the solutions whose ``$this``
is a focus node of the shape. pySHACL parses and runs such a query once per focus node
(about 40 ms each with rdflib), which does not scale to a corpus. The result is the
same for constraints whose ``$this`` occurs in a triple pattern, as in natokg's shapes.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.namespace import RDF, RDFS, SH
from rdflib.term import Node

from .config import data_path
from .errors import ConfigError
from .export import oxigraph_triples
from .rdf.vocab import PREFIXES
from .files import load_graph
from .rdf.io import to_rdflib

__all__ = ["ValidationReport", "Violation", "validate"]

@dataclass(frozen=True, slots=True, order=True)
class Violation:
    """One SHACL validation result, with its terms written compactly (``nkg:Fact``, ``<iri>``)."""

    focus: str
    path: str
    message: str
    severity: str = "Violation"
    value: str = ""
    shape: str = ""
    #: why a nested shape (``sh:node``) failed, one entry per nested result
    details: tuple[str, ...] = ()

    def line(self) -> str:
        value = f" (value {self.value})" if self.value and self.value != self.focus else ""
        because = f" Because: {'; '.join(self.details)}" if self.details else ""
        return f"{self.severity}: {self.focus} {self.path or '-'}: {self.message}{value}{because}"


@dataclass(slots=True)
class ValidationReport:
    """Whether a graph conforms to the shapes, and every result if it does not."""

    conforms: bool
    triples: int
    results: list[Violation] = field(default_factory=list)

    def lines(self) -> list[str]:
        """One line per result, then the summary line."""
        return [r.line() for r in self.results] + [self.summary()]

    def summary(self) -> str:
        counts = Counter(r.severity for r in self.results)
        if not self.results:
            return f"conforms: {self.triples} triples, 0 violations"
        parts = ", ".join(f"{n} {sev.lower()}{'s' if n != 1 else ''}" for sev, n in sorted(counts.items()))
        nodes = len({r.focus for r in self.results})
        verdict = "conforms" if self.conforms else "does not conform"
        return f"{verdict}: {self.triples} triples, {parts} on {nodes} node{'s' if nodes != 1 else ''}"


def validate(graph: Graph | str | Path, *, shapes: str | Path | None = None,
             ontology: str | Path | None = None) -> ValidationReport:
    """Validate *graph* (an rdflib graph or an RDF file) against the natokg shapes.

    *shapes* and *ontology* default to the bundled ``ontology/shapes.ttl`` and ``ontology/natokg.ttl``.
    """
    try:
        import pyshacl
    except ImportError as err:  # pragma: no cover - depends on the installation
        raise ConfigError("validation needs pySHACL: pip install pyshacl") from err
    data = graph if isinstance(graph, Graph) else load_graph(graph)
    shapes_graph = load_graph(shapes or data_path("ontology", "shapes.ttl"))
    ont_graph = load_graph(ontology or data_path("ontology", "natokg.ttl"))
    checks = _take_sparql_checks(shapes_graph)
    conforms, results, _ = pyshacl.validate(
        data, shacl_graph=shapes_graph, ont_graph=ont_graph, inference="none", allow_warnings=True,
        abort_on_first=False, meta_shacl=False, advanced=False)
    found = _violations(results) + _run_sparql_checks(checks, data, ont_graph)
    failed = any(v.severity == "Violation" for v in found)
    return ValidationReport(conforms=bool(conforms) and not failed, triples=len(data), results=sorted(found))


@dataclass(frozen=True, slots=True)
class _SparqlCheck:
    shape: Node
    query: str
    message: str
    severity: str
    #: SPARQL patterns binding ?this to the shape's focus nodes, one per target
    targets: tuple[str, ...]


def _take_sparql_checks(shapes: Graph) -> list[_SparqlCheck]:
    """Remove the SPARQL constraints of targeted node shapes from *shapes* and return them."""
    kinds = {SH.targetClass: "?this rdf:type/rdfs:subClassOf* {} .", SH.targetNode: "BIND({} AS ?this)",
             SH.targetSubjectsOf: "?this {} [] .", SH.targetObjectsOf: "[] {} ?this ."}
    checks = []
    for shape, constraint in sorted(shapes.subject_objects(SH.sparql)):
        targets = tuple(pattern.format(target.n3()) for kind, pattern in kinds.items()
                        for target in shapes.objects(shape, kind))
        select = shapes.value(constraint, SH.select)
        deactivated = any(shapes.value(n, SH.deactivated) == Literal(True) for n in (shape, constraint))
        if not targets or select is None or deactivated or shapes.value(shape, SH.path) is not None:
            continue  # left to pySHACL
        prefixes = "".join(f"PREFIX {shapes.value(d, SH.prefix)}: <{shapes.value(d, SH.namespace)}>\n"
                           for source in shapes.objects(constraint, SH.prefixes)
                           for d in shapes.objects(source, SH.declare))
        message = shapes.value(constraint, SH.message) or shapes.value(shape, SH.message) or "SPARQL constraint"
        severity = _local(shapes.value(constraint, SH.severity) or shapes.value(shape, SH.severity))
        checks.append(_SparqlCheck(shape, prefixes + str(select), str(message), severity, targets))
        shapes.remove((shape, SH.sparql, constraint))
    return checks


def _run_sparql_checks(checks: list[_SparqlCheck], data: Graph, ontology: Graph) -> list[Violation]:
    if not checks:
        return []
    store = ox.Store()
    triples = oxigraph_triples(data) | oxigraph_triples(ontology)
    store.bulk_extend(ox.Quad(t.subject, t.predicate, t.object) for t in triples)
    found = []
    for check in checks:
        union = " } UNION { ".join(check.targets)
        focus_query = f"PREFIX rdf: <{RDF}>\nPREFIX rdfs: <{RDFS}>\nSELECT DISTINCT ?this WHERE {{ {{ {union} }} }}"
        focus = {row["this"] for row in store.query(focus_query)}
        solutions = store.query(check.query)
        has_value = "value" in {v.value for v in solutions.variables}
        for row in solutions:
            this = row["this"]
            if this in focus:
                value = to_rdflib(row["value"] if has_value and row["value"] is not None else this)
                found.append(Violation(focus=_show(to_rdflib(this)), path="", message=check.message,
                                       severity=check.severity, value=_show(value), shape=_show(check.shape)))
    return found


def _violations(report: Graph) -> list[Violation]:
    nested = set(report.objects(None, SH.detail))
    return [_violation(report, result) for result in report.subjects(SH.resultSeverity, None)
            if result not in nested]


def _violation(report: Graph, result: Node) -> Violation:
    """One top-level result; the reasons of a failed ``sh:node`` (``sh:detail``) are folded into its message."""
    path = report.value(result, SH.resultPath)
    message = " ".join(" ".join(sorted(str(m) for m in report.objects(result, SH.resultMessage))).split())
    details = sorted(_violation(report, d) for d in report.objects(result, SH.detail))
    value = report.value(result, SH.value)
    return Violation(
        focus=_show(report.value(result, SH.focusNode)),
        path=_path(report, path) if path is not None else "",
        message=message or "constraint not satisfied",
        severity=_local(report.value(result, SH.resultSeverity)),
        value=_show(value) if value is not None else "",
        shape=_show(report.value(result, SH.sourceShape)),
        details=tuple(d.line().split(": ", 1)[1] for d in details),
    )


def _path(report: Graph, path: Node) -> str:
    """A SHACL property path in SPARQL syntax: ``nkg:rule``, ``^nkg:asserts``, ``oa:hasTarget/oa:hasSource``."""
    if isinstance(path, URIRef):
        return _show(path)
    inverse = report.value(path, SH.inversePath)
    if inverse is not None:
        return "^" + _path(report, inverse)
    alternatives = report.value(path, SH.alternativePath)
    if alternatives is not None:
        return "(" + "|".join(_path(report, p) for p in Collection(report, alternatives)) + ")"
    for prop, mark in ((SH.zeroOrMorePath, "*"), (SH.oneOrMorePath, "+"), (SH.zeroOrOnePath, "?")):
        inner = report.value(path, prop)
        if inner is not None:
            return f"({_path(report, inner)}){mark}"
    return "/".join(_path(report, p) for p in Collection(report, path))


def _show(term: Node | None) -> str:
    if term is None:
        return ""
    if isinstance(term, URIRef):
        for prefix, namespace in PREFIXES.items():
            local = str(term)[len(str(namespace)):]
            if str(term).startswith(str(namespace)) and re.fullmatch(r"[A-Za-z_][\w.-]*", local or "-"):
                return f"{prefix}:{local}"
        return f"<{term}>"
    if isinstance(term, BNode):
        return f"_:{term}"
    text = " ".join(term.n3().split())
    return text if len(text) <= 80 else text[:77] + "..."


def _local(term: Node | None) -> str:
    text = str(term or SH.Violation)
    return text.rsplit("#", 1)[-1]
