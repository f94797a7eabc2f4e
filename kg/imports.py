"""What imported RDF means for the rest of natokg: checked at import time, reported as warnings.

Imported triples are in the default graph, so SPARQL, pages, paths and analytics see them.
Two things can still surprise: the SHACL shapes (``kg validate``) may not accept them, and
the named queries read facts through ``nkg:Fact`` nodes and entities through their
labels and classes, so a bare ``A nkg:partnerOf B`` is invisible to them. The check runs on
the imported triples with what the store says about the same nodes, so its cost follows
the size of the import, not of the store.
"""

from __future__ import annotations

from collections.abc import Iterable

import pyoxigraph as ox

from .rdf.vocab import NKG, RDF, RDFS
from .rdf.io import graph_of, sparql_term
from .store import Store

__all__ = ["check_import"]

_SHOWN = 3


def _short(term: ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple) -> str:
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


def check_import(store: Store, name: str, triples: list[ox.Triple]) -> list[str]:
    """Warnings about the import *name* (*triples*, already in *store*): one line each."""
    from .query import named_queries
    from .validate import validate

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
    bare = sorted((t for t in relations if t not in with_node), key=str)
    if bare:
        users = sorted(n for n, q in named_queries().items() if "nkg:subject" in q.text)
        shown = "; ".join(f"{_short(t.subject)} {_short(t.predicate)} {_short(t.object)}" for t in bare[:_SHOWN])
        warnings.append(f"{name}: {len(bare)} natokg relation(s) without a fact node (e.g. {shown}): the named "
                        f"queries {', '.join(users)} read facts through nkg:Fact nodes and will not list them")
    typed = {t.subject for t in context if t.predicate == _TYPE}
    labelled = {t.subject for t in context if t.predicate == _LABEL}
    ends = {t.object for t in bare if isinstance(t.object, ox.NamedNode)} | {t.subject for t in bare}
    unnamed = sorted((n for n in ends if n not in typed or n not in labelled), key=str)
    if unnamed:
        shown = ", ".join(_short(n) for n in unnamed[:_SHOWN])
        warnings.append(f"{name}: {len(unnamed)} entit(ies) without an rdf:type or rdfs:label (e.g. {shown}): the "
                        "named queries match entities by label and class and will not see them")
    return warnings


_TYPE = ox.NamedNode(str(RDF.type))
_LABEL = ox.NamedNode(str(RDFS.label))
#: natokg properties of nodes, not relations between entities
_NODE_PROPERTIES = {str(NKG[p]) for p in ("subject", "predicate", "object", "supportCount", "mentionCount",
                                          "asserts", "rule", "confidence", "verb", "polarity", "modality",
                                          "attributedTo", "attributedToName", "date", "sha256", "accessionYear")}


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
