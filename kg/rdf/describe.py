"""The description of a build: a VoID/DCAT dataset and the PROV-O activity that made it.

Kept apart from the data (``dataset.ttl`` beside ``graph.ttl``) so that the data stays
byte-stable across runs: timestamps and versions live only here.
"""

from __future__ import annotations

import platform
from dataclasses import dataclass, field
from datetime import datetime

import pyoxigraph as ox
from rdflib import Graph, Literal, URIRef

from ..config import DEFAULT_BASE, package_version
from .build import new_graph
from .iri import digest
from .io import ox_triple
from .shape import CURATED_RULE, NON_ENTITY_CLASSES, term_text
from .vocab import DCAT, DCTERMS, NKG, ONTOLOGY, PROV, RDF, RDFS, VOID, XSD

__all__ = ["BuildInfo", "Census", "describe_build"]

LICENSE = URIRef("https://creativecommons.org/licenses/by/4.0/")


@dataclass(frozen=True, slots=True)
class BuildInfo:
    """When and with what a graph was built."""

    started: datetime
    ended: datetime
    model: str
    model_version: str = ""


_version = package_version
_TYPE, _RULE, _DERIVED = (ox.NamedNode(str(p)) for p in (RDF.type, NKG.rule, PROV.wasDerivedFrom))
_DOCUMENT = ox.NamedNode(str(NKG.Document))
_NON_ENTITY = frozenset(str(c) for c in NON_ENTITY_CLASSES)
_NKG = str(NKG)


@dataclass(slots=True)
class Census:
    """What the description counts, gathered from the data one subject at a time (:meth:`add`)."""

    documents: set[str] = field(default_factory=set)
    entities: set[str] = field(default_factory=set)
    #: documents that curated assertions derive from (stores made before the reference layer)
    curated_sources: set[str] = field(default_factory=set)

    def add(self, group: list[ox.Triple]) -> None:
        """One subject's triples."""
        subject = term_text(group[0].subject)
        curated = False
        for t in group:
            predicate = t.predicate  # each access makes a new Python object: read once
            if predicate == _TYPE:
                kind = t.object
                if kind == _DOCUMENT:
                    self.documents.add(subject)
                text = term_text(kind)
                if text.startswith(_NKG) and text not in _NON_ENTITY:
                    self.entities.add(subject)
            elif predicate == _RULE and term_text(t.object) == CURATED_RULE:
                curated = True
        if curated:
            self.curated_sources.update(term_text(t.object) for t in group if t.predicate == _DERIVED)

    @classmethod
    def of(cls, data: Graph) -> Census:
        """The census of an rdflib graph."""
        census = cls()
        for subject in set(data.subjects()):
            census.add([ox_triple(subject, p, o) for p, o in data.predicate_objects(subject)])
        return census


def describe_build(data: Census | Graph, info: BuildInfo, *, base: str = DEFAULT_BASE,
                   distributions: dict[str, str] | None = None, triples: int | None = None) -> Graph:
    """VoID/DCAT + PROV-O description of the built data, from its :class:`Census` (or the graph
    itself); *triples* is its size (required with a census)."""
    census = data if isinstance(data, Census) else Census.of(data)
    if triples is None:
        assert isinstance(data, Graph), "a census needs the number of triples"
        triples = len(data)
    graph = new_graph()
    dataset = URIRef(f"{base}dataset")
    build = URIRef(f"{base}build/{digest(info.started.isoformat(), info.model, size=12)}")
    software = URIRef(f"{base}software/natokg-{_version('natokg')}")
    documents = sorted(URIRef(d) for d in census.documents)
    entities = census.entities
    for cls in (VOID.Dataset, DCAT.Dataset, PROV.Entity):
        graph.add((dataset, RDF.type, cls))
    graph.add((dataset, DCTERMS.title, Literal("natokg knowledge graph of NATO partnership relations", lang="en")))
    graph.add((dataset, DCTERMS.license, LICENSE))
    graph.add((dataset, DCTERMS.issued, Literal(info.ended.isoformat(timespec="seconds"), datatype=XSD.dateTime)))
    graph.add((dataset, VOID.triples, Literal(triples)))
    graph.add((dataset, VOID.entities, Literal(len(entities))))
    graph.add((dataset, VOID.uriSpace, Literal(base)))
    graph.add((dataset, VOID.vocabulary, URIRef(ONTOLOGY)))
    for doc in documents:
        graph.add((dataset, DCTERMS.source, doc))
        graph.add((dataset, PROV.wasDerivedFrom, doc))
    for name, media_type in sorted((distributions or {}).items()):
        dist = URIRef(f"{base}dataset/{name}")
        graph.add((dataset, DCAT.distribution, dist))
        graph.add((dist, RDF.type, DCAT.Distribution))
        graph.add((dist, DCAT.mediaType, Literal(media_type)))
        graph.add((dist, DCTERMS.title, Literal(name)))
    graph.add((dataset, PROV.wasGeneratedBy, build))
    graph.add((build, RDF.type, NKG.Build))
    graph.add((build, RDF.type, PROV.Activity))
    graph.add((build, PROV.startedAtTime, Literal(info.started.isoformat(timespec="seconds"), datatype=XSD.dateTime)))
    graph.add((build, PROV.endedAtTime, Literal(info.ended.isoformat(timespec="seconds"), datatype=XSD.dateTime)))
    graph.add((build, PROV.wasAssociatedWith, software))
    for doc in documents:
        graph.add((build, PROV.used, doc))
    graph.add((software, RDF.type, PROV.SoftwareAgent))
    graph.add((software, RDFS.label, Literal(
        f"natokg {_version('natokg')} (spaCy {_version('spacy')}, model {info.model} {info.model_version}, "
        f"rdflib {_version('rdflib')}, Python {platform.python_version()})")))
    return graph
