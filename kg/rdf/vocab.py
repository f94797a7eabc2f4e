"""Namespaces and the IRIs of a build's resources.

The ontology namespace is fixed (it is a published vocabulary); the base of the data
(entities, documents, facts, assertions, builds) is configurable.
"""

from __future__ import annotations

from rdflib import Namespace
from rdflib.namespace import DCAT, DCTERMS, OWL, PROV, RDF, RDFS, SKOS, VOID, XSD

__all__ = ["DCAT", "DCTERMS", "NKG", "OA", "ONTOLOGY", "OWL", "PREFIXES", "PROV", "RDF", "RDFS", "SCHEMA",
           "SKOS", "VOID", "WD", "XSD"]

ONTOLOGY = "https://w3id.org/natokg/ontology"
NKG = Namespace(ONTOLOGY + "#")
OA = Namespace("http://www.w3.org/ns/oa#")
SCHEMA = Namespace("https://schema.org/")
WD = Namespace("http://www.wikidata.org/entity/")

#: prefixes bound in every serialisation and predeclared in queries
PREFIXES: dict[str, Namespace] = {
    "nkg": NKG, "rdf": Namespace(str(RDF)), "rdfs": Namespace(str(RDFS)), "owl": Namespace(str(OWL)),
    "xsd": Namespace(str(XSD)), "skos": Namespace(str(SKOS)), "prov": Namespace(str(PROV)), "oa": OA,
    "dcterms": Namespace(str(DCTERMS)), "schema": SCHEMA, "void": Namespace(str(VOID)),
    "dcat": Namespace(str(DCAT)), "wd": WD,
}
