"""kg.validate and ``kg validate``: the sample build conforms; broken graphs and files are reported."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pyshacl
import pytest
from click.testing import CliRunner
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS, SH, SKOS

from kg.api import BuildReport
from kg.cli import cli
from kg.config import data_path
from kg.errors import RDFSyntaxError
from kg.model import Document, Entity, Evidence, Extraction, Relation
from kg.rdf import NKG, to_graph
from kg.rdf.vocab import OA, PROV
from kg.files import load_graph
from kg.validate import validate

LITHUANIA = URIRef("https://w3id.org/natokg/id/country/Lithuania")


def copy_of(graph: Graph) -> Graph:
    copy = Graph()
    for triple in graph:
        copy.add(triple)
    return copy


def test_validate_sample_build_conforms(sample_build: BuildReport) -> None:
    report = validate(sample_build.outputs["graph.ttl"])
    assert report.conforms and report.results == [], report.lines()
    assert report.triples == len(sample_build.graph)
    assert report.lines() == [f"conforms: {len(sample_build.graph)} triples, 0 violations"]
    assert validate(sample_build.graph).conforms


def test_validate_reports_missing_labels_and_missing_document(sample_build: BuildReport) -> None:
    graph = copy_of(sample_build.graph)
    graph.remove((LITHUANIA, RDFS.label, None))
    graph.remove((LITHUANIA, SKOS.prefLabel, None))
    assertion = min(graph.subjects(RDF.type, NKG.Assertion))
    graph.remove((assertion, PROV.wasDerivedFrom, None))
    report = validate(graph)
    assert not report.conforms
    found = {(v.focus, v.path, v.message) for v in report.results}
    lithuania, where = f"<{LITHUANIA}>", f"<{assertion}>"
    assert (lithuania, "rdfs:label",
            "An entity must have exactly one rdfs:label, an English (@en) language-tagged string.") in found
    assert (lithuania, "skos:prefLabel",
            "An entity must have a skos:prefLabel, language-tagged, at most one per language.") in found
    assert (where, "prov:wasDerivedFrom",
            "An assertion must be derived from exactly one nkg:Document (prov:wasDerivedFrom).") in found
    assert (where, "oa:hasTarget/oa:hasSource",
            "The target's source must be the document the assertion is derived from.") in found
    assert len(report.results) == 4
    assert report.lines()[-1] == f"does not conform: {len(graph)} triples, 4 violations on 2 nodes"
    assert report.lines()[0].startswith("Violation: <https://w3id.org/natokg/assertion/")


def test_validate_fact_support_matches_the_plain_triple() -> None:
    """A fact only hedged has support 0 and no plain triple (conforms); a plain triple needs support >= 1."""
    text = "Freedonia may sign the Sylvania Accord."
    doc = Document(id="00112233aabbccdd", name="a.txt", path="a.txt", text=text,
                   sha256=hashlib.sha256(text.encode()).hexdigest(), byte_size=len(text))
    state = Entity(key="Country:Freedonia", name="Freedonia", kind="Country")
    accord = Entity(key="Agreement:Sylvania Accord", name="Sylvania Accord", kind="Agreement")
    hedged = Relation(state.key, "signed", accord.key, Evidence(doc.id, text, 0, len(text)), "hand", 0.5,
                      modality="may")
    graph = to_graph(Extraction(documents=[doc], entities={state.key: state, accord.key: accord},
                                relations=[hedged]))
    fact = next(graph.subjects(RDF.type, NKG.Fact))
    assert graph.value(fact, NKG.supportCount) == Literal(0)
    assert validate(graph).conforms
    subject, obj = graph.value(fact, NKG.subject), graph.value(fact, NKG.object)
    graph.add((subject, NKG.signed, obj))
    report = validate(graph)
    assert [(v.focus, v.message) for v in report.results] == [
        (f"<{fact}>", "A fact whose plain triple is in the graph must have a support count of at least 1.")]
    graph.set((fact, NKG.supportCount, Literal(-1)))
    assert "at least 0" in " ".join(v.message for v in validate(graph).results)


def test_validate_sparql_constraints_agree_with_pyshacl_running_them(sample_build: BuildReport) -> None:
    """kg.validate runs the shapes' SPARQL constraints once in Oxigraph; pySHACL runs them per node."""
    graph = copy_of(sample_build.graph)
    selector = min(graph.subjects(RDF.type, OA.TextPositionSelector))
    graph.set((selector, OA.end, Literal(graph.value(selector, OA.end).toPython() + 1)))
    facts = sorted(graph.subjects(RDF.type, NKG.Fact))
    graph.set((facts[0], NKG.supportCount, Literal(0)))
    graph.set((facts[1], NKG.supportCount, Literal(2)))
    graph.remove(tuple(graph.value(facts[1], p) for p in (NKG.subject, NKG.predicate, NKG.object)))
    ours = {(v.focus, v.message) for v in validate(graph).results}
    _, results, _ = pyshacl.validate(graph, shacl_graph=load_graph(data_path("ontology", "shapes.ttl")),
                                     ont_graph=load_graph(data_path("ontology", "natokg.ttl")), inference="none")
    theirs = {(f"<{results.value(r, SH.focusNode)}>", str(results.value(r, SH.resultMessage)))
              for r in results.subjects(RDF.type, SH.ValidationResult)}
    assert ours == theirs and len(ours) == 3


def test_validate_malformed_turtle_gives_line_and_column(tmp_path: Path) -> None:
    bad = tmp_path / "bad.ttl"
    bad.write_text('@prefix ex: <http://example.org/> .\nex:a ex:b ex:c .\nex:d ex:e ex:f ex:g .\n', encoding="utf-8")
    with pytest.raises(RDFSyntaxError) as caught:
        validate(bad)
    assert (caught.value.line, caught.value.column) == (3, 16)
    assert str(caught.value) == f"{bad}:3:16: A dot is expected at the end of statements"
    with pytest.raises(RDFSyntaxError, match="no such file"):
        load_graph(tmp_path / "missing.ttl")


def test_cli_validate_exit_codes(sample_build: BuildReport, tmp_path: Path) -> None:
    runner = CliRunner()
    ok = runner.invoke(cli, ["validate", str(sample_build.outputs["graph.ttl"])])
    assert ok.exit_code == 0 and ok.stdout.startswith("conforms: ") and ok.stderr == ""
    graph = copy_of(sample_build.graph)
    graph.remove((LITHUANIA, RDFS.label, None))
    broken = tmp_path / "broken.nt"
    broken.write_bytes(graph.serialize(format="nt", encoding="utf-8"))
    failed = runner.invoke(cli, ["validate", str(broken)])
    assert failed.exit_code == 1
    assert failed.stdout.splitlines()[-1].startswith("does not conform: ")
    assert f"<{LITHUANIA}> rdfs:label: " in failed.stdout
    (tmp_path / "bad.ttl").write_text("<a> <b> .\n", encoding="utf-8")
    malformed = runner.invoke(cli, ["validate", str(tmp_path / "bad.ttl")])
    assert malformed.exit_code == 1 and malformed.stdout == ""
    assert malformed.stderr.startswith(f"kg: error: {tmp_path / 'bad.ttl'}:1:") and malformed.stderr.count("\n") == 1
