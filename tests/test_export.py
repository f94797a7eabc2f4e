"""kg.export: every format of the sample build reads back whole in real engines; hostile text survives."""

from __future__ import annotations

import csv
import hashlib
import io
import os
import shutil
import stat
import subprocess
import sys
from pathlib import Path

import networkx as nx
import pyoxigraph as ox
import pytest
from click.testing import CliRunner
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS

from kg.api import BuildReport
from kg.cli import cli
from kg.errors import RDFSyntaxError
from kg.export import CSV_COLUMNS, FORMATS, export, format_for, write_export
from kg.model import Document, Entity, Evidence, Extraction, Mention, Relation
from kg.network import to_networkx
from kg.rdf import NKG, to_graph
from kg.files import atomic_writer

RDF_FORMATS = [name for name, fmt in FORMATS.items() if fmt.rdf is not None]
RDFLIB_NAMES = {"jsonld": "json-ld"}
HOSTILE = ('Say "hi" \\ \'quoted\' <b>&amp;</b> ]]> --> \n second line\r\nthird\ttab 😀 '
           'שלום עולם مرحبا <script>alert(1)</script> Łódź')

FACTS_WITH_EVIDENCE = """
PREFIX nkg: <https://w3id.org/natokg/ontology#>
PREFIX oa: <http://www.w3.org/ns/oa#>
SELECT ?s ?p ?o ?sentence WHERE {
    ?fact a nkg:Fact ; nkg:subject ?s ; nkg:predicate ?p ; nkg:object ?o .
    ?s ?p ?o .
    ?assertion nkg:asserts ?fact ; oa:hasTarget/oa:hasSelector/oa:exact ?sentence .
}"""


def triples_of(graph: Graph) -> set[str]:
    """The graph's triples in N-Triples, as rdflib writes them and Oxigraph reads them."""
    return {str(q.triple) for q in ox.parse(graph.serialize(format="nt", encoding="utf-8"),
                                            format=ox.RdfFormat.N_TRIPLES)}


def read_back(data: bytes, fmt: str) -> list[ox.Quad]:
    return list(ox.parse(data, format=FORMATS[fmt].rdf))


@pytest.fixture(scope="module")
def hostile_graph() -> Graph:
    """Two entities and two facts (one plain, one hedged) whose label and evidence are hostile text."""
    text = "Intro. " + HOSTILE + " End."
    doc = Document(id="0123456789abcdef", name='hostile "1" <x>.txt', path="in/hostile.txt", text=text,
                   sha256=hashlib.sha256(text.encode()).hexdigest(), byte_size=len(text.encode()))
    country = Entity(key="Country:" + HOSTILE, name=HOSTILE, kind="Country", aliases=('alias "2"\nline',))
    nato = Entity(key="InternationalOrganization:NATO", name="NATO", kind="InternationalOrganization")
    evidence = Evidence(doc.id, HOSTILE, 7, 7 + len(HOSTILE))
    extraction = Extraction(
        documents=[doc], entities={country.key: country, nato.key: nato},
        mentions=[Mention(doc.id, HOSTILE, 7, 7 + len(HOSTILE), "COUNTRY", country.key, "hand")],
        relations=[Relation(country.key, "memberOf", nato.key, evidence, "hand", 0.9),
                   Relation(country.key, "partnerOf", nato.key, evidence, "hand", 0.5, modality="may")])
    return to_graph(extraction)


@pytest.mark.parametrize("fmt", RDF_FORMATS)
def test_export_rdf_reads_back_every_triple_in_oxigraph(sample_build: BuildReport, fmt: str) -> None:
    graph = sample_build.graph
    quads = read_back(export(graph, fmt), fmt)
    assert len(quads) == len(graph) > 300
    assert all(isinstance(q.graph_name, ox.DefaultGraph) for q in quads)
    assert {str(q.triple) for q in quads} == triples_of(graph)


@pytest.mark.parametrize("fmt", RDF_FORMATS)
def test_export_rdf_sparql_answers_agree_in_rdflib_and_oxigraph(sample_build: BuildReport, fmt: str) -> None:
    expected = {tuple(str(v) for v in row) for row in sample_build.graph.query(FACTS_WITH_EVIDENCE)}
    store = ox.Store()
    store.load(export(sample_build.graph, fmt), format=FORMATS[fmt].rdf)
    found = {tuple(s[v].value for v in ("s", "p", "o", "sentence")) for s in store.query(FACTS_WITH_EVIDENCE)}
    assert found == expected and len(expected) >= 5


def test_export_gephi_formats_load_in_networkx_with_flat_attributes(sample_build: BuildReport) -> None:
    net = to_networkx(sample_build.graph)
    for fmt, read in (("graphml", nx.read_graphml), ("gexf", nx.read_gexf)):
        back = read(io.BytesIO(export(sample_build.graph, fmt)))
        assert (back.number_of_nodes(), back.number_of_edges()) == (net.number_of_nodes(), net.number_of_edges())
        assert all(d["label"] and d["kind"] for _, d in back.nodes(data=True)), fmt
        for *_, data in back.edges(data=True):
            assert data["label"] == data["relation"] and data["support"] >= 1 and data["evidence"], fmt


def test_export_csv_has_one_row_per_assertion(sample_build: BuildReport) -> None:
    rows = list(csv.reader(io.StringIO(export(sample_build.graph, "csv").decode("utf-8"), newline="")))
    assert tuple(rows[0]) == CSV_COLUMNS
    assert len(rows) - 1 == len(set(sample_build.graph.subjects(RDF.type, NKG.Assertion)))
    for row in map(dict, (zip(CSV_COLUMNS, r) for r in rows[1:])):
        assert row["subject"].startswith("https://") and row["sentence"]
        assert 0 <= int(row["start"]) < int(row["end"]) and 0 <= float(row["confidence"]) <= 1


def test_export_ntriples_is_sorted_and_byte_identical(sample_build: BuildReport, tmp_path: Path) -> None:
    first = export(sample_build.graph, "nt")
    reparsed = Graph().parse(sample_build.outputs["graph.ttl"], format="turtle")  # other insertion order
    assert export(reparsed, "nt") == first
    lines = first.splitlines()
    assert lines == sorted(lines) and len(lines) == len(sample_build.graph)
    written = write_export(sample_build.graph, "nt", tmp_path / "graph.nt")
    assert written.read_bytes() == first and [p.name for p in tmp_path.iterdir()] == ["graph.nt"]


@pytest.mark.parametrize("fmt", RDF_FORMATS)
def test_export_hostile_text_round_trips_in_rdf(hostile_graph: Graph, fmt: str) -> None:
    data = export(hostile_graph, fmt)
    assert {str(q.triple) for q in read_back(data, fmt)} == triples_of(hostile_graph)
    literals = {q.object.value for q in read_back(data, fmt) if isinstance(q.object, ox.Literal)}
    assert HOSTILE in literals
    rdflib_back = Dataset()  # rdflib reads it too, quads and all
    rdflib_back.parse(data=data, format=RDFLIB_NAMES.get(fmt, fmt))
    quads = list(rdflib_back.quads((None, None, None, None)))
    assert len(quads) == len(hostile_graph)
    assert HOSTILE in {str(o) for _, p, o, _ in quads if p == RDFS.label}


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_export_hostile_text_round_trips_in_gephi_formats(hostile_graph: Graph, fmt: str) -> None:
    read = nx.read_graphml if fmt == "graphml" else nx.read_gexf
    back = read(io.BytesIO(export(hostile_graph, fmt)))
    assert HOSTILE in {d["label"] for _, d in back.nodes(data=True)}
    assert 'alias "2"\nline' in {d["aliases"] for _, d in back.nodes(data=True)}
    assert [d["evidence"] for *_, d in back.edges(data=True)] == [HOSTILE]  # the plain fact only


def test_export_hostile_text_round_trips_in_csv(hostile_graph: Graph) -> None:
    rows = list(csv.DictReader(io.StringIO(export(hostile_graph, "csv").decode("utf-8"), newline="")))
    assert [(r["predicate"], r["support"], r["modality"]) for r in rows] == [("memberOf", "1", ""),
                                                                             ("partnerOf", "0", "may")]
    assert all(r["subject_label"] == HOSTILE and r["sentence"] == HOSTILE for r in rows)


@pytest.mark.parametrize("fmt", RDF_FORMATS)
def test_export_refuses_invalid_iris(fmt: str) -> None:
    graph = Graph()
    graph.add((URIRef("https://example.org/Jaap de Hoop Scheffer"), RDFS.label, Literal("x")))
    with pytest.raises(RDFSyntaxError, match="invalid IRI"):
        export(graph, fmt)


def test_export_format_table_and_suffixes() -> None:
    assert list(FORMATS) == ["turtle", "nt", "nquads", "trig", "jsonld", "xml", "graphml", "gexf", "csv"]
    assert format_for("a/graph.gexf") == "gexf" and format_for("graph.TTL") == "turtle"
    assert format_for("graph.txt") is None


def test_cli_export_to_stdout_and_to_a_file(sample_build: BuildReport, tmp_path: Path) -> None:
    graph = str(sample_build.outputs["graph.ttl"])
    runner = CliRunner()
    result = runner.invoke(cli, ["export", "--format", "nt", graph])
    assert result.exit_code == 0, result.output
    assert result.stdout_bytes == export(Graph().parse(graph), "nt") and result.stderr == ""
    result = runner.invoke(cli, ["export", graph, "--out", str(tmp_path / "g.gexf")])
    assert result.exit_code == 0 and result.stdout.strip() == str(tmp_path / "g.gexf")
    assert nx.read_gexf(tmp_path / "g.gexf").number_of_nodes() == to_networkx(sample_build.graph).number_of_nodes()
    assert runner.invoke(cli, ["export", graph]).exit_code == 2


# -- the file written: devices refused, modes kept, concurrent writers, a full disk ----------------


def _export_to(graph: Path, target: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "kg", "export", str(graph), "--format", "nt", "--out", str(target)],
                          capture_output=True, text=True, timeout=120)


def test_cli_export_refuses_to_replace_a_device_or_fifo(sample_build: BuildReport, tmp_path: Path) -> None:
    """``--out /dev/null`` as root used to replace the device with a file; now nothing is replaced."""
    targets = [tmp_path / "fifo"]
    os.mkfifo(targets[0])
    if os.geteuid() == 0:
        targets.append(tmp_path / "null")
        os.mknod(targets[1], 0o666 | stat.S_IFCHR, os.makedev(1, 3))
    for target in targets:
        kind = stat.S_IFMT(target.stat().st_mode)
        done = _export_to(sample_build.outputs["graph.ttl"], target)
        assert done.returncode == 1
        assert done.stderr == f"kg: error: {target}: not a regular file; refusing to replace it (give a file path)\n"
        assert stat.S_IFMT(target.stat().st_mode) == kind, "the device or FIFO is still there"
        assert not list(tmp_path.glob(".*.tmp"))


def test_export_keeps_the_mode_of_the_file_it_replaces(sample_build: BuildReport, tmp_path: Path) -> None:
    target = tmp_path / "private.nt"
    target.write_text("old\n", encoding="utf-8")
    target.chmod(0o600)
    write_export(sample_build.graph, "nt", target)
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert target.read_bytes() == export(sample_build.graph, "nt")


def test_two_writers_to_one_file_both_finish(tmp_path: Path) -> None:
    """The second writer used to delete the first one's temporary file as stale (a traceback at its rename)."""
    target = tmp_path / "graph.nt"
    with atomic_writer(target) as (first, _):
        first.write(b"first\n")
        with atomic_writer(target) as (second, _):
            second.write(b"second\n")
    assert target.read_bytes() == b"first\n" and not list(tmp_path.glob(".*.tmp"))


def test_cli_concurrent_exports_to_one_file_each_end_in_one_line(sample_build: BuildReport, tmp_path: Path) -> None:
    target = tmp_path / "same.nt"
    command = [sys.executable, "-m", "kg", "export", str(sample_build.outputs["graph.ttl"]), "--out", str(target)]
    runs = [subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(4)]
    for run in runs:
        out, err = run.communicate(timeout=120)
        assert (run.returncode, out, err) == (0, f"{target}\n", "")
    assert target.read_bytes() == export(sample_build.graph, "nt")


def test_cli_export_on_a_full_disk_is_one_line(sample_build: BuildReport, tmp_path: Path) -> None:
    if os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("mounting a small tmpfs needs root")
    disk = tmp_path / "disk"
    disk.mkdir()
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(disk)], capture_output=True).returncode:
        pytest.skip("this system does not allow mounting a tmpfs")
    try:
        done = _export_to(sample_build.outputs["graph.ttl"], disk / "graph.nt")
        assert done.returncode == 1
        assert done.stderr.startswith(f"kg: error: {disk / 'graph.nt'}: cannot write (No space left on device)")
        assert done.stderr.count("\n") == 1 and not os.listdir(disk)
    finally:
        subprocess.run(["umount", str(disk)], check=False)
