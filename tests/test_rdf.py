"""kg.rdf and the written graph.ttl: types from the ontology, labels, facts with evidence."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import OWL, RDF, RDFS

from kg.api import BuildReport
from kg.rdf import NKG, slug
from kg.rdf.vocab import OA, PROV

ONTOLOGY = Path(__file__).resolve().parent.parent / "ontology" / "natokg.ttl"
ENTITY_CLASSES = {NKG[c] for c in ("Country", "InternationalOrganization", "Organization", "PartnershipFramework",
                                   "Person", "Event", "Agreement", "Place", "Topic")}


def written_graph(sample_build: BuildReport) -> Graph:
    return Graph().parse(sample_build.outputs["graph.ttl"], format="turtle")


def test_rdf_graph_ttl_parses_in_rdflib_and_oxigraph(sample_build: BuildReport) -> None:
    path = sample_build.outputs["graph.ttl"]
    graph = written_graph(sample_build)
    quads = list(pyoxigraph.parse(path.read_bytes(), "text/turtle"))
    assert len(graph) == len(quads) == len(sample_build.graph) > 300


def test_rdf_every_entity_has_one_ontology_type_and_a_label(sample_build: BuildReport) -> None:
    graph = written_graph(sample_build)
    ontology = Graph().parse(ONTOLOGY)
    declared = set(ontology.subjects(RDF.type, OWL.Class))
    entities = {s for s in graph.subjects(RDF.type) if set(graph.objects(s, RDF.type)) & ENTITY_CLASSES}
    assert len(entities) == sample_build.entities
    for entity in entities:
        types = set(graph.objects(entity, RDF.type))
        assert len(types) == 1 and types <= declared, entity
        labels = list(graph.objects(entity, RDFS.label))
        assert len(labels) == 1 and labels[0].language == "en", entity


def test_rdf_every_property_and_class_used_is_declared(sample_build: BuildReport) -> None:
    graph = written_graph(sample_build)
    ontology = Graph().parse(ONTOLOGY)
    used_props = {p for p in graph.predicates() if str(p).startswith(str(NKG))}
    used_classes = {o for o in graph.objects(None, RDF.type) if str(o).startswith(str(NKG))}
    assert used_props - set(ontology.subjects(RDF.type, None)) == set()
    assert used_classes - set(ontology.subjects(RDF.type, OWL.Class)) == set()


def test_rdf_fact_has_direct_triple_and_evidence(sample_build: BuildReport) -> None:
    graph = written_graph(sample_build)
    lithuania = URIRef("https://w3id.org/natokg/id/country/Lithuania")
    programme = URIRef("https://w3id.org/natokg/id/agreement/Program_Against_Terrorism")
    assert (lithuania, NKG.adopted, programme) in graph
    assert (lithuania, RDFS.label, Literal("Lithuania", lang="en")) in graph
    fact = graph.value(predicate=NKG.subject, object=lithuania)
    assert graph.value(fact, NKG.object) == programme and graph.value(fact, NKG.supportCount).toPython() == 1
    assertion = graph.value(predicate=NKG.asserts, object=fact)
    doc = graph.value(assertion, PROV.wasDerivedFrom)
    assert str(graph.value(doc, URIRef("http://purl.org/dc/terms/identifier"))) == "000_09de478905b3451f.txt"
    target = graph.value(assertion, OA.hasTarget)
    exact = [graph.value(s, OA.exact) for s in graph.objects(target, OA.hasSelector) if graph.value(s, OA.exact)]
    assert str(exact[0]).startswith("That is why in the national Program Against Terrorism")


def test_rdf_slug_transliterates() -> None:
    assert slug("Łódź") == "Lodz"
    assert slug("Jaap de Hoop Scheffer") == "Jaap_de_Hoop_Scheffer"
    assert slug("NATO–Russia Council") == "NATO_Russia_Council"
    assert slug("???").startswith("x")


def test_rdf_dataset_description_counts_and_provenance(sample_build: BuildReport) -> None:
    from rdflib.namespace import DCAT, VOID, XSD

    data = written_graph(sample_build)
    description = Graph().parse(sample_build.outputs["dataset.ttl"], format="turtle")
    dataset = URIRef("https://w3id.org/natokg/dataset")
    assert (dataset, RDF.type, VOID.Dataset) in description and (dataset, RDF.type, DCAT.Dataset) in description
    assert description.value(dataset, VOID.triples).toPython() == len(data)
    docs = set(data.subjects(RDF.type, NKG.Document))
    assert set(description.objects(dataset, PROV.wasDerivedFrom)) == docs
    build = description.value(dataset, PROV.wasGeneratedBy)
    assert (build, RDF.type, PROV.Activity) in description
    started = description.value(build, PROV.startedAtTime)
    assert started.datatype == XSD.dateTime and started.toPython() <= description.value(build, PROV.endedAtTime).toPython()
    agent = description.value(build, PROV.wasAssociatedWith)
    assert "spaCy" in str(description.value(agent, RDFS.label))
    assert not any(isinstance(o, Literal) and o.datatype == XSD.dateTime for o in data.objects()), "no timestamps in data"
