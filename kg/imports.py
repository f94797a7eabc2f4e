"""What imported RDF means for the rest of natokg: checked at import time, reported as warnings.

Imported triples are in the default graph, so SPARQL, pages, paths and analytics see them.
Two things can still surprise: the SHACL shapes (``kg validate``) may not accept them, and
the named queries read facts through ``nkg:Fact`` nodes and entities through their
labels and classes, so a bare ``A nkg:partnerOf B`` is invisible to them. The check runs on
the imported triples with what the store says about the same nodes, so its cost follows
the size of the import, not of the store.

pySHACL takes about a minute per 100,000 triples, so only an import of up to
:data:`SHAPES_LIMIT` triples is checked against the shapes (a larger one gets a line saying
it was not); the two checks of what the named queries see run for any size, as SPARQL on the
import's named graph when the import is large.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import pyoxigraph as ox

from .files import StagedRdf
from .incremental import import_graph
from .rdf.vocab import NKG, RDF, RDFS
from .rdf.io import graph_of, sparql_term
from .store import Store

__all__ = ["SHAPES_LIMIT", "check_import"]

_SHOWN = 3
#: the largest import (triples) checked against the shapes at import time
SHAPES_LIMIT = 20_000


def _short(term: ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple) -> str:
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    value = getattr(term, "value", str(term))
    return value.rstrip("/").rsplit("/", 1)[-1].rsplit("#", 1)[-1] if isinstance(term, ox.NamedNode) else value


def _about(store: Store, nodes: Iterable[ox.NamedNode | ox.BlankNode]) -> list[ox.Triple]:
    """The store's triples whose subject is one of *nodes* (named nodes only: blank nodes are the import's)."""
    iris = sorted({n for n in nodes if isinstance(n, ox.NamedNode)}, key=str)
    found: list[ox.Triple] = []
    for start in range(0, len(iris), 500):
        values = " ".join(sparql_term(i) for i in iris[start:start + 500])
        result = store.query(f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ VALUES ?s {{ {values} }} ?s ?p ?o }}")
        found += result.triples
    return found


def check_import(store: Store, name: str, parts: Sequence[StagedRdf], *,
                 shapes_limit: int = SHAPES_LIMIT) -> list[str]:
    """Warnings about the import *name* (its files, staged, already in *store*): one line each.

    An import of more than *shapes_limit* triples, in a store with named graphs, is not
    checked against the shapes, and its relations are checked in SPARQL.
    """
    size = sum(part.triples for part in parts)
    if size > shapes_limit and store.named_graphs:
        relations = sorted({p for part in parts for p in part.predicates
                            if p.startswith(str(NKG)) and p not in _NODE_PROPERTIES})
        bare, unnamed = _in_graph(store, import_graph(name), relations)
        skipped = (f"{name}: not checked against the shapes ({size:,} triples, over the {shapes_limit:,} checked "
                   "at import); kg validate checks the whole graph")
        return [skipped, *_relation_warnings(name, bare, unnamed)]
    from .validate import validate

    triples = list(dict.fromkeys(t for part in parts for t in part.read()))
    nodes = {t.subject for t in triples} | {t.object for t in triples
                                              if isinstance(t.object, ox.NamedNode | ox.BlankNode)}
    context = set(_about(store, nodes)) | set(triples)
    warnings = []
    report = validate(graph_of(context))
    if not report.conforms:
        first = report.results[0]
        warnings.append(f"{name}: with this import the graph does not conform to the shapes ({report.summary()}; "
                        f"first: {first.focus} {first.path}: {first.message}); kg validate lists every violation")
    relations = [t for t in triples
                 if t.predicate.value.startswith(str(NKG)) and t.predicate.value not in _NODE_PROPERTIES]
    with_node = _with_fact_node(store, relations)
    bare = [t for t in relations if t not in with_node]
    typed = {t.subject for t in context if t.predicate == _TYPE}
    labelled = {t.subject for t in context if t.predicate == _LABEL}
    ends = {t.object for t in bare if isinstance(t.object, ox.NamedNode)} | {t.subject for t in bare}
    unnamed = [n for n in ends if n not in typed or n not in labelled]
    return warnings + _relation_warnings(name, bare, unnamed)


def _relation_warnings(name: str, bare: list[ox.Triple], unnamed: list[ox.NamedNode | ox.BlankNode]) -> list[str]:
    """The lines about natokg relations without a fact node and their ends without a type or label."""
    from .query import named_queries

    warnings = []
    if bare:
        bare = sorted(bare, key=str)
        users = sorted(n for n, q in named_queries().items() if "nkg:subject" in q.text)
        shown = "; ".join(f"{_short(t.subject)} {_short(t.predicate)} {_short(t.object)}" for t in bare[:_SHOWN])
        warnings.append(f"{name}: {len(bare)} natokg relation(s) without a fact node (e.g. {shown}): the named "
                        f"queries {', '.join(users)} read facts through nkg:Fact nodes and will not list them")
    if unnamed:
        unnamed = sorted(unnamed, key=str)
        shown = ", ".join(_short(n) for n in unnamed[:_SHOWN])
        warnings.append(f"{name}: {len(unnamed)} entit(ies) without an rdf:type or rdfs:label (e.g. {shown}): the "
                        "named queries match entities by label and class and will not see them")
    return warnings


def _in_graph(store: Store, graph: str, relations: list[str]) -> tuple[list[ox.Triple],
                                                                       list[ox.NamedNode | ox.BlankNode]]:
    """The natokg relations (*relations*: predicate IRIs) in the named graph *graph* that no fact
    node describes, and their ends (subjects, objects that are IRIs) without a type or label."""
    g = sparql_term(ox.NamedNode(graph))
    bare: list[ox.Triple] = []
    unnamed: set[ox.NamedNode | ox.BlankNode] = set()
    for iri in relations:
        p = sparql_term(ox.NamedNode(iri))
        rows = store.query(f"""SELECT ?s ?o WHERE {{
            {{ GRAPH {g} {{ ?s {p} ?o }} FILTER(isBlank(?s) || isBlank(?o)) }} UNION
            {{ GRAPH {g} {{ ?s {p} ?o }} FILTER(!isBlank(?s) && !isBlank(?o))
               MINUS {{ ?f nkg:subject ?s ; nkg:predicate {p} ; nkg:object ?o }} }} }}""").rows
        bare += [ox.Triple(s, ox.NamedNode(iri), o) for s, o in rows]  # type: ignore[arg-type]
        unnamed.update(row[0] for row in store.query(f"""SELECT DISTINCT ?s WHERE {{ GRAPH {g} {{ ?s {p} ?o }}
            FILTER(isBlank(?s)) FILTER(NOT EXISTS {{ ?s a ?type }} || NOT EXISTS {{ ?s rdfs:label ?label }}) }}""").rows
            if isinstance(row[0], ox.BlankNode))
    ends = sorted({t.subject for t in bare if isinstance(t.subject, ox.NamedNode)}
                  | {t.object for t in bare if isinstance(t.object, ox.NamedNode)}, key=str)
    for start in range(0, len(ends), 500):
        values = " ".join(sparql_term(n) for n in ends[start:start + 500])
        named = store.query(f"SELECT ?n WHERE {{ VALUES ?n {{ {values} }} ?n a ?type ; rdfs:label ?label }}")
        unnamed.update(set(ends[start:start + 500]) - set(named.column("n")))  # type: ignore[arg-type]
    return bare, list(unnamed)


_TYPE = ox.NamedNode(str(RDF.type))
_LABEL = ox.NamedNode(str(RDFS.label))
#: natokg properties of nodes, not relations between entities
_NODE_PROPERTIES = {str(NKG[p]) for p in ("subject", "predicate", "object", "supportCount", "mentionCount",
                                          "asserts", "rule", "confidence", "verb", "polarity", "modality",
                                          "attributedTo", "attributedToName", "date", "sha256", "byteSize",
                                          "accessionYear")}


def _with_fact_node(store: Store, triples: list[ox.Triple]) -> set[ox.Triple]:
    """The *triples* that a fact node describes (``nkg:subject``, ``nkg:predicate``, ``nkg:object``)."""
    named = [t for t in triples if not isinstance(t.subject, ox.BlankNode) and not isinstance(t.object, ox.BlankNode)
             and not isinstance(t.object, ox.Triple)]
    found: set[ox.Triple] = set()
    for start in range(0, len(named), 500):
        rows = " ".join(f"({sparql_term(t.subject)} {sparql_term(t.predicate)} {sparql_term(t.object)})"
                        for t in named[start:start + 500])
        result = store.query(f"""SELECT ?s ?p ?o WHERE {{ VALUES (?s ?p ?o) {{ {rows} }}
            ?f nkg:subject ?s ; nkg:predicate ?p ; nkg:object ?o }}""")
        found |= {ox.Triple(s, p, o) for s, p, o in result.rows}  # type: ignore[arg-type]
    return found
