"""The description of a build: a VoID/DCAT dataset and the PROV-O activity that made it.

Kept apart from the data (``dataset.ttl`` beside ``graph.ttl``) so that the data stays
byte-stable across runs: timestamps and versions live only here.
"""

from __future__ import annotations

import platform
from dataclasses import dataclass
from datetime import datetime


from rdflib import Graph, Literal, URIRef

from ..config import DEFAULT_BASE, package_version
from .build import new_graph
from .iri import digest
from .shape import NON_ENTITY_CLASSES
from .vocab import DCAT, DCTERMS, NKG, ONTOLOGY, PROV, RDF, RDFS, VOID, XSD

__all__ = ["BuildInfo", "describe_build"]

LICENSE = URIRef("https://creativecommons.org/licenses/by/4.0/")


@dataclass(frozen=True, slots=True)
class BuildInfo:
    """When and with what a graph was built."""

    started: datetime
    ended: datetime
    model: str
    model_version: str = ""


_version = package_version


def describe_build(data: Graph, info: BuildInfo, *, base: str = DEFAULT_BASE,
                   distributions: dict[str, str] | None = None, triples: int | None = None) -> Graph:
    """VoID/DCAT + PROV-O description of the built *data* graph (*triples*: its size, when
    *data* is a summary of it)."""
    graph = new_graph()
    dataset = URIRef(f"{base}dataset")
    build = URIRef(f"{base}build/{digest(info.started.isoformat(), info.model, size=12)}")
    software = URIRef(f"{base}software/natokg-{_version('natokg')}")
    documents = sorted(set(data.subjects(RDF.type, NKG.Document)))
    entities = {s for s, _, o in data.triples((None, RDF.type, None)) if str(o).startswith(str(NKG))
                and o not in NON_ENTITY_CLASSES}
    for cls in (VOID.Dataset, DCAT.Dataset, PROV.Entity):
        graph.add((dataset, RDF.type, cls))
    graph.add((dataset, DCTERMS.title, Literal("natokg knowledge graph of NATO partnership relations", lang="en")))
    graph.add((dataset, DCTERMS.license, LICENSE))
    graph.add((dataset, DCTERMS.issued, Literal(info.ended.isoformat(timespec="seconds"), datatype=XSD.dateTime)))
    graph.add((dataset, VOID.triples, Literal(len(data) if triples is None else triples)))
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
