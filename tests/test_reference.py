"""The reference layer: curated facts kept apart from what the documents say, dated, visible."""

from __future__ import annotations

import csv
from collections import Counter
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner

from kg.api import BuildReport, build, remove
from kg.cli import cli
from kg.query import named_queries, run_query
from kg.reference import graph_iri, reference_rows, reference_state
from kg.files import load_graph
from kg.store import OxigraphStore, RdflibStore, open_store
from kg.validate import validate

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "data" / "corpus"
RELATIONS = ROOT / "data" / "reference" / "relations.tsv"
NKG = "https://w3id.org/natokg/ontology#"

#: the period of a statement covering YEAR (years compared, so 2024 and 2024-03-07 agree)
AS_OF = """SELECT ?status ?since ?until WHERE {{
  ?s rdfs:label "{subject}"@en . ?o rdfs:label "{object}"@en .
  GRAPH ?layer {{ ?r a nkg:ReferenceStatement ; nkg:subject ?s ; nkg:predicate nkg:{relation} ; nkg:object ?o ;
                  nkg:status ?status .
    OPTIONAL {{ ?r nkg:since ?since }} OPTIONAL {{ ?r nkg:until ?until }} }}
  FILTER(!BOUND(?since) || xsd:integer(SUBSTR(STR(?since), 1, 4)) <= {year})
  FILTER(!BOUND(?until) || xsd:integer(SUBSTR(STR(?until), 1, 4)) > {year})
}}"""


def _rows() -> list[dict[str, str]]:
    with RELATIONS.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))


def _line(subject: str, predicate: str, obj: str) -> int:
    """Line number of a row of relations.tsv (the header is line 1)."""
    for number, row in enumerate(_rows(), start=2):
        if (row["subject"], row["predicate"], row["object"]) == (subject, predicate, obj):
            return number
    raise AssertionError(f"no row {subject} {predicate} {obj}")


@pytest.fixture(scope="module")
def facts_build(tmp_path_factory: pytest.TempPathFactory, nlp) -> BuildReport:
    """The sample corpus built with --reference facts, into an on-disk store."""
    out = tmp_path_factory.mktemp("reference-facts")
    return build([CORPUS], out, nlp=nlp, reference="facts")


def _words(text: str) -> set[str]:
    return set(text.split())


# --- the data ------------------------------------------------------------------------------------

def test_reference_data_is_complete_and_dated() -> None:
    rows = _rows()
    assert all(row["note"].strip() for row in rows), "every row has a short source note"
    members = {r["subject"]: r["since"] for r in rows if r["predicate"] == "memberOf" and r["object"] == "NATO"}
    assert len(members) == 32 and members["Sweden"] == "2024-03-07" and members["Finland"] == "2023-04-04"
    by_framework = Counter(r["object"] for r in rows if r["predicate"] == "participatesIn" and not r["until"])
    assert by_framework["Mediterranean Dialogue"] == 7 and by_framework["Istanbul Cooperation Initiative"] == 4
    partners = {r["subject"] for r in rows if r["object"] == "Euro-Atlantic Partnership Council"
                and r["predicate"] == "participatesIn" and not r["until"]}
    assert len(partners) == 18  # the EAPC's partners (the 32 Allies sit in it too, and are not listed)
    pfp = {(r["subject"], r["since"], r["until"], r["status"]) for r in rows if r["object"] == "Partnership for Peace"
           and r["predicate"] == "participatesIn"}
    assert ("Russia", "1994", "2014", "active") in pfp and ("Russia", "2014", "", "suspended") in pfp
    assert ("Belarus", "2022", "", "suspended") in pfp
    for country in ("Sweden", "Finland", "Poland", "North Macedonia"):  # partners until they joined
        assert any(s == country and u == members[country] for s, _, u, _ in pfp)
    assert {r["status"] for r in rows} <= {"", "active", "suspended"}
    assert len(reference_rows()) == len(rows)


# --- the default build ---------------------------------------------------------------------------

def test_default_sample_build_has_no_reference_fact_in_its_document_graph(sample_build: BuildReport) -> None:
    assert sample_build.reference_mode == "linked" and sample_build.reference_facts == 0
    assert "reference.ttl" not in sample_build.outputs
    assert not (sample_build.outputs["graph.ttl"].parent / "reference.ttl").exists()
    graph = load_graph(sample_build.outputs["graph.ttl"])
    prefixes = {"nkg": NKG, "prov": "http://www.w3.org/ns/prov#", "dcterms": "http://purl.org/dc/terms/"}
    files = {str(row[0]) for row in graph.query("SELECT ?n WHERE { ?d a nkg:Document ; dcterms:identifier ?n }",
                                                initNs=prefixes)}
    assert files and "relations.tsv" not in files
    assert not graph.query('ASK { ?a nkg:rule "curated" }', initNs=prefixes).askAnswer
    assert not graph.query("ASK { ?r a nkg:ReferenceStatement }", initNs=prefixes).askAnswer
    for (file,) in graph.query("SELECT ?n WHERE { ?a a nkg:Assertion ; prov:wasDerivedFrom/dcterms:identifier ?n }",
                               initNs=prefixes):
        assert (CORPUS / str(file)).exists(), "every piece of evidence comes from a document of the corpus"


# --- --reference facts ---------------------------------------------------------------------------

def test_facts_mode_adds_a_dated_layer_in_its_own_named_graph(facts_build: BuildReport,
                                                              sample_build: BuildReport) -> None:
    assert facts_build.reference_mode == "facts" and facts_build.reference_facts > 0
    document_graph = facts_build.outputs["graph.ttl"].read_bytes().split(b"\n", 1)[1]
    assert document_graph == sample_build.outputs["graph.ttl"].read_bytes().split(b"\n", 1)[1], \
        "the document graph is the same whatever the reference mode"
    reference = facts_build.outputs["reference.ttl"]
    assert validate(reference).conforms
    with open_store(facts_build.outputs["graph.ttl"].parent / "store", create=False) as store:
        name = graph_iri()
        assert reference_state(store).graph == name
        quads = list(store.oxigraph.quads_for_pattern(None, None, None, ox.NamedNode(name)))
        assert quads and len(quads) == sum(1 for _ in ox.parse(path=str(reference), format=ox.RdfFormat.TURTLE))
        # no plain triple of a relation property in the layer: a plain-triple reader never meets them
        assert not [q for q in quads if q.predicate.value in (NKG + "memberOf", NKG + "participatesIn")]
        lithuania = store.query(f"""SELECT ?since ?row WHERE {{ ?s rdfs:label "Lithuania"@en . ?o rdfs:label "NATO"@en .
            GRAPH <{name}> {{ ?r nkg:subject ?s ; nkg:predicate nkg:memberOf ; nkg:object ?o ; nkg:since ?since ;
                              nkg:row ?row }} }}""").rows
        assert [(s.value, s.datatype.value, int(r.value)) for s, r in lithuania] == \
            [("2004-03-29", "http://www.w3.org/2001/XMLSchema#date", _line("Lithuania", "memberOf", "NATO"))]
        # each statement's two ends are mentioned by one document, which it names
        apart = store.query(f"""ASK {{ GRAPH <{name}> {{ ?r a nkg:ReferenceStatement ; nkg:subject ?s ; nkg:object ?o
            FILTER NOT EXISTS {{ ?r nkg:endsMentionedIn ?d }} }} }}""").boolean
        assert apart is False
        # the default graph holds no reference statement (Oxigraph's default graph is not the union)
        assert store.query("ASK { ?r a nkg:ReferenceStatement }").boolean is False


def test_russia_pfp_is_suspended_as_of_2015(tmp_path: Path, nlp) -> None:
    (tmp_path / "a.txt").write_text("Russia joined the Partnership for Peace in 1994.\n", encoding="utf-8")
    report = build([tmp_path / "a.txt"], tmp_path / "out", nlp=nlp, reference="facts")
    with open_store(tmp_path / "out" / "store", create=False) as store:
        def as_of(year: int) -> list[str]:
            query = AS_OF.format(subject="Russia", object="Partnership for Peace", relation="participatesIn",
                                 year=year)
            return [row[0].value for row in store.query(query).rows]

        assert as_of(2015) == ["suspended"]
        assert as_of(2000) == ["active"]
        assert as_of(1990) == []
    assert report.reference_facts >= 1


def test_sweden_was_a_partner_until_it_became_a_member(tmp_path: Path, nlp) -> None:
    (tmp_path / "a.txt").write_text("In 2020 Sweden was a NATO partner in the Partnership for Peace.\n",
                                    encoding="utf-8")
    build([tmp_path / "a.txt"], tmp_path / "out", nlp=nlp, reference="facts")
    with open_store(tmp_path / "out" / "store", create=False) as store:
        def holds(relation: str, obj: str, year: int) -> list[str]:
            query = AS_OF.format(subject="Sweden", object=obj, relation=relation, year=year)
            return [row[0].value for row in store.query(query).rows]

        assert holds("participatesIn", "Partnership for Peace", 2020) == ["active"]
        assert holds("participatesIn", "Partnership for Peace", 2025) == []
        assert holds("memberOf", "NATO", 2020) == [] and holds("memberOf", "NATO", 2025) == ["active"]


def test_reference_facts_never_count_as_support(tmp_path: Path, nlp) -> None:
    (tmp_path / "a.txt").write_text("Sweden joined NATO in 2024.\n", encoding="utf-8")
    report = build([tmp_path / "a.txt"], tmp_path / "out", nlp=nlp, reference="facts")
    support = "SELECT ?n WHERE { ?f nkg:predicate nkg:memberOf ; nkg:subject/rdfs:label \"Sweden\"@en ; nkg:supportCount ?n }"
    with open_store(tmp_path / "out" / "store", create=False) as store:
        assert [int(r[0].value) for r in store.query(support).rows] == [1]
        assert store.query("ASK { GRAPH ?g { ?r nkg:supportCount ?n } }").boolean is False
    assert report.reference_facts == 1 and report.reference_in_documents == 1 and report.facts == 1


def test_mode_is_kept_by_the_store_and_switched_by_the_option(tmp_path: Path, nlp) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text("Lithuania works closely with NATO.\n", encoding="utf-8")
    out = tmp_path / "out"
    assert build([tmp_path / "in"], out, nlp=nlp, reference="facts").reference_facts == 1
    assert (out / "reference.ttl").exists()
    again = build([tmp_path / "in"], out, nlp=nlp)  # no option: the store's mode
    assert again.reference_mode == "facts" and again.reference_facts == 1 and again.new == 0
    linked = build([tmp_path / "in"], out, nlp=nlp, reference="linked")
    assert linked.reference_facts == 0 and not (out / "reference.ttl").exists()
    exact = "SELECT ?w WHERE { ?e rdfs:label \"NATO\"@en ; skos:exactMatch ?w }"
    with open_store(out / "store", create=False) as store:
        assert [r[0].value for r in store.query(exact).rows] == ["http://www.wikidata.org/entity/Q7184"]
    build([tmp_path / "in"], out, nlp=nlp, reference="none")
    with open_store(out / "store", create=False) as store:
        assert store.query(exact).rows == []
    build([tmp_path / "in"], out, nlp=nlp, reference="corpus-wide")
    with open_store(out / "store", create=False) as store:
        assert len(store.query(exact).rows) == 1
        assert reference_state(store).mode == "corpus-wide"


def test_facts_and_corpus_wide_differ_on_ends_in_different_documents(tmp_path: Path, nlp) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text("Lithuania adopted a new defence plan.\n", encoding="utf-8")
    (tmp_path / "in" / "b.txt").write_text("NATO met in Brussels.\n", encoding="utf-8")
    out = tmp_path / "out"
    facts = build([tmp_path / "in"], out, nlp=nlp, reference="facts")
    wide = build([tmp_path / "in"], out, nlp=nlp, reference="corpus-wide")
    assert wide.reference_facts > facts.reference_facts  # Lithuania memberOf NATO: ends in two documents
    remove(["a.txt"], out=out)
    with open_store(out / "store", create=False) as store:
        state = reference_state(store)
        assert state.mode == "corpus-wide"
        lithuania = 'ASK { GRAPH ?g { ?r nkg:subject ?s } ?s rdfs:label "Lithuania"@en }'
        assert store.query(lithuania).boolean is False, "kg remove takes out reference facts it leaves unanchored"


# --- visible everywhere ------------------------------------------------------------------------

def test_named_queries_have_a_source_column_and_never_a_tsv_row_as_sentence(facts_build: BuildReport) -> None:
    queries = named_queries()
    with open_store(facts_build.outputs["graph.ttl"].parent / "store", create=False) as store:
        facts = run_query(store, queries["country-facts"], {"country": "Lithuania"})
        rows = [dict(zip(facts.variables, row, strict=True)) for row in facts.rows]
        reference = [r for r in rows if r["source"].value.startswith("reference data (relations.tsv, row ")]
        documents = [r for r in rows if r not in reference]
        assert reference and documents
        assert all(r["sentence"] is None and r["support"] is None for r in reference)
        assert all(r["source"].value == f"{r['document'].value} [{r['start'].value}:{r['end'].value}]"
                   for r in documents)
        row = _line("Lithuania", "memberOf", "NATO")
        assert any(r["source"].value == f"reference data (relations.tsv, row {row})" for r in reference)
        for name, params in {"partners-of": {"framework": "PfP"}, "adopted-signed": {},
                             "path-between": {"from": "Lithuania", "to": "Program Against Terrorism"},
                             "reference-facts": {"entity": "NATO"}}.items():
            result = run_query(store, queries[name], params)
            assert "source" in result.variables, name
            assert "\t" not in "".join(str(t.value) for row in result.rows for t in row if t is not None)


def test_named_queries_agree_on_rdflib_and_oxigraph_with_a_reference_layer(facts_build: BuildReport) -> None:
    with open_store(facts_build.outputs["graph.ttl"].parent / "store", create=False) as disk:
        oxigraph = OxigraphStore()
        oxigraph.insert(disk.triples())
        name = reference_state(disk).graph
        oxigraph.replace_named(name, disk.named_triples(name))
    rdflib = RdflibStore(oxigraph.graph())
    rdflib.replace_named(name, oxigraph.named_triples(name))
    params = {"partners-of": {"framework": "PfP"}, "country-facts": {"country": "Lithuania"}, "adopted-signed": {},
              "reference-facts": {"entity": "NATO"}}
    for query, values in params.items():
        found = [sorted(map(str, run_query(store, named_queries()[query], values).rows)) for store in (oxigraph, rdflib)]
        assert found[0] == found[1] and found[0], query


def test_kg_path_names_the_reference_row(facts_build: BuildReport) -> None:
    result = CliRunner().invoke(cli, ["path", "Lithuania", "NATO", "--graph", str(facts_build.outputs["graph.ttl"])])
    assert result.exit_code == 0, result.output
    row = _line("Lithuania", "memberOf", "NATO")
    assert f"reference data (relations.tsv, row {row}): since 2004-03-29 active" in result.stdout
    assert "(reference data only)" in result.stdout and "\t" not in result.stdout


def test_build_summary_reports_reference_facts_apart(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Sweden joined NATO in 2024.\n", encoding="utf-8")
    runner = CliRunner()
    plain = runner.invoke(cli, ["build", str(tmp_path / "a.txt"), "--out", str(tmp_path / "out")])
    assert plain.exit_code == 0, plain.output
    assert "1 relations (1 distinct facts) from the documents; 0 reference facts in" in plain.stderr
    facts = runner.invoke(cli, ["build", str(tmp_path / "a.txt"), "--out", str(tmp_path / "out"),
                                "--reference", "facts"])
    assert "from the documents; 1 reference facts (1 also in the documents) (mode facts)" in facts.stderr
    assert str(tmp_path / "out" / "reference.ttl") in facts.stdout.splitlines()
    bad = runner.invoke(cli, ["build", str(tmp_path / "a.txt"), "--reference", "everything"])
    assert bad.exit_code == 2


def test_page_draws_reference_facts_in_their_own_style(facts_build: BuildReport) -> None:
    import json
    import re

    page = facts_build.outputs["graph.html"].read_text(encoding="utf-8")
    edges = json.loads(re.search(r"var allEdges = (\[.*?\]);\n", page, re.DOTALL).group(1))
    layers = Counter(e["layer"] for e in edges)
    assert layers["reference"] > 0 and layers["document"] > 0
    for edge in edges:
        if edge["layer"] == "reference":
            assert edge["support"] == 0 and edge["evidence"] == [] and edge["dashes"] and edge["reference"]
            assert edge["reference"][0][0].startswith("reference data (relations.tsv, row ")
        else:
            assert edge["support"] > 0
    assert 'id="reference-toggle"' in page
    assert f"{layers['reference'] + layers['both']} reference facts from relations.tsv" in page


def test_a_broken_reference_statement_does_not_conform(facts_build: BuildReport, tmp_path: Path) -> None:
    text = facts_build.outputs["reference.ttl"].read_text(encoding="utf-8")
    broken = tmp_path / "broken.ttl"
    broken.write_text(text.replace('nkg:status "active"', 'nkg:status "ongoing"', 1), encoding="utf-8")
    report = validate(broken)
    assert not report.conforms and any("active" in line for line in report.lines())


def test_reference_given_names_keep_common_ones_that_are_words_but_not_words_writers_capitalise() -> None:
    from kg.config import data_path

    names = set(data_path("data", "reference", "given_names.txt").read_text(encoding="utf-8").split())
    assert {"Paul", "Maria", "Dirk", "George"} <= names
    assert not {"Mark", "Will", "General", "Georgia", "Jordan", "May"} & names
