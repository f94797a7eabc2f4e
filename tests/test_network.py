"""kg.network: the RDF graph as a networkx multigraph, and SPARQL results drawn as networks."""

from __future__ import annotations

import pytest
from rdflib import Graph

from kg.api import BuildReport
from kg.errors import QueryError
from kg.network import EvidenceItem, query_network, to_networkx

#: two entities, two relations between them (parallel), one fact with two pieces of evidence
TINY = """
@prefix nkg: <https://w3id.org/natokg/ontology#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix oa: <http://www.w3.org/ns/oa#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix schema: <https://schema.org/> .
@prefix c: <https://w3id.org/natokg/id/country/> .
@prefix o: <https://w3id.org/natokg/id/organization/> .

c:Lithuania a nkg:Country ; rdfs:label "Lithuania"@en ; skos:altLabel "Lietuva"@en .
o:NATO a nkg:InternationalOrganization ; rdfs:label "NATO"@en ; skos:altLabel "Alliance"@en .
c:Lithuania nkg:memberOf o:NATO ; nkg:partnerOf o:NATO .

<https://w3id.org/natokg/fact/f1> a nkg:Fact ; nkg:subject c:Lithuania ; nkg:predicate nkg:memberOf ;
    nkg:object o:NATO ; nkg:supportCount 2 .
<https://w3id.org/natokg/doc/d1> a nkg:Document ; dcterms:identifier "a.txt" ; schema:mentions c:Lithuania .
<https://w3id.org/natokg/doc/d2> a nkg:Document ; dcterms:identifier "b.txt" .
<https://w3id.org/natokg/assertion/a1> a nkg:Assertion ; nkg:asserts <https://w3id.org/natokg/fact/f1> ;
    prov:wasDerivedFrom <https://w3id.org/natokg/doc/d1> ; nkg:rule "active" ; nkg:confidence 0.9 ;
    oa:hasTarget <https://w3id.org/natokg/assertion/a1#t> .
<https://w3id.org/natokg/assertion/a1#t> oa:hasSource <https://w3id.org/natokg/doc/d1> ;
    oa:hasSelector <https://w3id.org/natokg/assertion/a1#q>, <https://w3id.org/natokg/assertion/a1#p> .
<https://w3id.org/natokg/assertion/a1#q> a oa:TextQuoteSelector ; oa:exact "Lithuania joined NATO in 2004." .
<https://w3id.org/natokg/assertion/a1#p> a oa:TextPositionSelector ; oa:start 10 ; oa:end 40 .
<https://w3id.org/natokg/assertion/a2> a nkg:Assertion ; nkg:asserts <https://w3id.org/natokg/fact/f1> ;
    prov:wasDerivedFrom <https://w3id.org/natokg/doc/d2> ; nkg:rule "title" ; nkg:confidence 0.6 .
"""
LT, NATO = "https://w3id.org/natokg/id/country/Lithuania", "https://w3id.org/natokg/id/organization/NATO"


@pytest.fixture(scope="module")
def tiny() -> Graph:
    return Graph().parse(data=TINY, format="turtle")


def test_entities_become_nodes_with_label_kind_and_aliases(tiny: Graph) -> None:
    net = to_networkx(tiny)
    assert dict(net.nodes(data=True)) == {
        LT: {"label": "Lithuania", "kind": "Country", "aliases": ["Lietuva"], "documents": ["a.txt"]},
        NATO: {"label": "NATO", "kind": "InternationalOrganization", "aliases": ["Alliance"], "documents": []},
    }


def test_parallel_relations_stay_apart_with_predicate_and_evidence(tiny: Graph) -> None:
    net = to_networkx(tiny)
    assert sorted(net.edges(keys=True)) == [(LT, NATO, "memberOf"), (LT, NATO, "partnerOf")]
    member = net.edges[LT, NATO, "memberOf"]
    assert member["predicate"] == "https://w3id.org/natokg/ontology#memberOf"
    assert (member["support"], member["evidence_count"], member["documents"]) == (2, 2, ["a.txt", "b.txt"])
    assert member["evidence"][0] == EvidenceItem("Lithuania joined NATO in 2004.", "a.txt", 10, 40, "active", 0.9)
    assert member["evidence"][1].sentence == "" and member["evidence"][1].start == -1
    partner = net.edges[LT, NATO, "partnerOf"]
    assert (partner["support"], partner["evidence"], partner["documents"]) == (0, [], [])


def test_sample_projection_counts_match_the_rdf(sample_build: BuildReport) -> None:
    graph = sample_build.graph
    assert graph is not None
    net = to_networkx(graph)
    entities = graph.query("""SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE {
        VALUES ?c { nkg:Country nkg:InternationalOrganization nkg:Organization nkg:PartnershipFramework
                    nkg:Person nkg:Event nkg:Agreement nkg:Place nkg:Topic } ?e a ?c }""",
                           initNs={"nkg": "https://w3id.org/natokg/ontology#"})
    facts = graph.query("""SELECT (COUNT(*) AS ?n) WHERE {
        ?f a nkg:Fact ; nkg:subject ?s ; nkg:predicate ?p ; nkg:object ?o . ?s ?p ?o }""",
                        initNs={"nkg": "https://w3id.org/natokg/ontology#"})
    assert net.number_of_nodes() == int(next(iter(entities))[0])
    assert net.number_of_edges() == int(next(iter(facts))[0])
    labels = {d["label"] for _, d in net.nodes(data=True)}
    assert {"NATO", "Lithuania", "United Nations"} <= labels


def test_construct_result_carries_the_facts_evidence(tiny: Graph) -> None:
    net = query_network(tiny, "CONSTRUCT { ?s nkg:memberOf ?o } WHERE { ?s nkg:memberOf ?o }")
    assert list(net.edges(keys=True)) == [(LT, NATO, "memberOf")]
    assert net.nodes[LT]["label"] == "Lithuania"
    assert net.edges[LT, NATO, "memberOf"]["evidence_count"] == 2


def test_select_spo_draws_literals_and_prefixed_predicates(tiny: Graph) -> None:
    net = query_network(tiny, f"SELECT ?s ?p ?o WHERE {{ ?s ?p ?o . FILTER(?s = <{LT}>) }}")
    assert net.number_of_edges() == 5  # rdf:type, rdfs:label, skos:altLabel, memberOf, partnerOf
    assert {k for *_, k in net.edges(keys=True)} == {"rdf:type", "rdfs:label", "skos:altLabel", "memberOf", "partnerOf"}
    assert {d["kind"] for _, d in net.nodes(data=True)} >= {"Literal", "Country"}
    assert '"Lietuva"@en' in net


@pytest.mark.parametrize(("query", "message"), [
    ("ASK { ?s ?p ?o }", "ASK query has no graph"),
    ("SELECT ?s WHERE { ?s ?p ?o }", r"needs \?s \?p \?o; this one binds s$"),
    ("SELEC ?s", r"^--query:1:\d+: expected"),
    ("INSERT DATA { <urn:a> <urn:b> <urn:c> }", "updates are refused"),
    ("SELECT ?s ?p ?o WHERE { ?s nkg:nope ?o ", r"^--query:1:\d+: "),
    ("SELECT * WHERE { ?s ?p [ a nkg:Country]SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }", "SERVICE is refused"),
    ("SELECT * FROM <http://127.0.0.1:9/g.ttl> WHERE { ?s ?p ?o }", "FROM and FROM NAMED are refused"),
])
def test_queries_that_cannot_be_drawn_raise_query_error(tiny: Graph, query: str, message: str) -> None:
    with pytest.raises(QueryError, match=message):
        query_network(tiny, query)
    assert len(tiny) == len(Graph().parse(data=TINY, format="turtle"))  # nothing was inserted


def test_file_network_reads_the_file_as_the_graph_gives_it(tiny: Graph, tmp_path) -> None:
    from kg.network import file_network

    path = tmp_path / "graph.ttl"
    path.write_text(TINY, encoding="utf-8")
    streamed, loaded = file_network(path, evidence_per_fact=1), to_networkx(tiny)
    assert dict(streamed.nodes(data=True)) == dict(loaded.nodes(data=True))
    assert set(streamed.edges(keys=True)) == set(loaded.edges(keys=True))
    fact = streamed.edges[LT, NATO, "memberOf"]
    assert fact["support"] == 2 and fact["evidence_count"] == 1, "the first piece of evidence only"
    assert fact["evidence"][0] == EvidenceItem("Lithuania joined NATO in 2004.", "a.txt", 10, 40, "active", 0.9)
    assert loaded.edges[LT, NATO, "memberOf"]["evidence_count"] == 2
