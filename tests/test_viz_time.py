"""Time on the page and in ``kg viz --as-of``: undated facts stay, dated facts appear from their
date, reference facts hold within their active periods (a suspended period hides them)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import networkx as nx
import pytest
from click.testing import CliRunner
from rdflib import Graph
from test_viz import ARTIFACTS, Opened, browser, page_data  # noqa: F401  (browser is a fixture)

from kg.analysis import as_of, day, holds, periods
from kg.cli import cli
from kg.errors import QueryError
from kg.network import to_networkx
from kg.viz import render_html

#: Poland joins in 1999 (a dated document fact), Lithuania in 2004 (reference only), NATO partners
#: the UN (undated), Russia's PfP participation is active 1994–2014 and suspended since 2014.
DATED = """
@prefix nkg: <https://w3id.org/natokg/ontology#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix oa: <http://www.w3.org/ns/oa#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
<urn:x:pl> a nkg:Country ; rdfs:label "Poland" .
<urn:x:lt> a nkg:Country ; rdfs:label "Lithuania" .
<urn:x:ru> a nkg:Country ; rdfs:label "Russia" .
<urn:x:nato> a nkg:InternationalOrganization ; rdfs:label "NATO" .
<urn:x:un> a nkg:InternationalOrganization ; rdfs:label "United Nations" .
<urn:x:pfp> a nkg:PartnershipFramework ; rdfs:label "Partnership for Peace" .
<urn:x:pl> nkg:memberOf <urn:x:nato> . <urn:x:nato> nkg:partnerOf <urn:x:un> .
<urn:x:f1> a nkg:Fact ; nkg:subject <urn:x:pl> ; nkg:predicate nkg:memberOf ; nkg:object <urn:x:nato> ; nkg:supportCount 1 .
<urn:x:a1> a nkg:Assertion ; nkg:asserts <urn:x:f1> ; prov:wasDerivedFrom <urn:x:d> ; nkg:rule "copula" ;
    nkg:confidence 0.9 ; nkg:date "1999-03-12"^^xsd:date ; oa:hasTarget <urn:x:a1#t> .
<urn:x:a1#t> oa:hasSelector <urn:x:a1#q> .
<urn:x:a1#q> a oa:TextQuoteSelector ; oa:exact "Poland became a member of NATO on 12 March 1999." .
<urn:x:d> a nkg:Document ; dcterms:identifier "d.txt" .
<urn:x:src> dcterms:identifier "relations.tsv" .
<urn:x:r1> a nkg:ReferenceStatement ; nkg:subject <urn:x:lt> ; nkg:predicate nkg:memberOf ; nkg:object <urn:x:nato> ;
    nkg:since "2004-03-29"^^xsd:date ; nkg:status "active" ; nkg:row 24 ; prov:wasDerivedFrom <urn:x:src> .
<urn:x:r2> a nkg:ReferenceStatement ; nkg:subject <urn:x:ru> ; nkg:predicate nkg:participatesIn ;
    nkg:object <urn:x:pfp> ; nkg:since "1994"^^xsd:gYear ; nkg:until "2014"^^xsd:gYear ; nkg:status "active" ;
    nkg:row 100 ; prov:wasDerivedFrom <urn:x:src> .
<urn:x:r3> a nkg:ReferenceStatement ; nkg:subject <urn:x:ru> ; nkg:predicate nkg:participatesIn ;
    nkg:object <urn:x:pfp> ; nkg:since "2014"^^xsd:gYear ; nkg:status "suspended" ; nkg:row 101 ;
    prov:wasDerivedFrom <urn:x:src> .
"""


@pytest.fixture(scope="module")
def dated() -> nx.MultiDiGraph:
    return to_networkx(Graph().parse(data=DATED, format="turtle"))


def _facts(net: nx.MultiDiGraph) -> set[str]:
    return {f"{net.nodes[s]['label']} {k} {net.nodes[o]['label']}" for s, o, k in net.edges(keys=True)}


def test_days_and_periods(dated: nx.MultiDiGraph) -> None:
    assert day("2004") == "2004-01-01" and day("2004", end=True) == "2004-12-31"
    assert day("2004-06", end=True) == "2004-06-31" and day("2004-06-30", end=True) == "2004-06-30"
    with pytest.raises(QueryError, match="is not a date"):
        day("June 2004")
    spans = {f"{dated.nodes[s]['label']} {k}": periods(d) for s, o, k, d in dated.edges(keys=True, data=True)}
    assert spans["Poland memberOf"] == [("1999-03-12", None)]
    assert spans["NATO partnerOf"] == [(None, None)]
    assert spans["Russia participatesIn"] == [("1994-01-01", "2014-01-01")]  # the suspended row adds nothing
    assert holds(spans["Russia participatesIn"], "2000-01-01") and not holds(spans["Russia participatesIn"], "2015-01-01")


def test_as_of(dated: nx.MultiDiGraph) -> None:
    assert _facts(as_of(dated, "1997")) == {"NATO partnerOf United Nations", "Russia participatesIn Partnership for Peace"}
    assert "Lithuania" not in {d["label"] for _, d in as_of(dated, "1997").nodes(data=True)}
    assert _facts(as_of(dated, "2004-06-30")) == _facts(dated)
    assert _facts(as_of(dated, "2015")) == {"NATO partnerOf United Nations", "Poland memberOf NATO",
                                            "Lithuania memberOf NATO"}


def test_cli_viz_as_of(dated: nx.MultiDiGraph, tmp_path: Path) -> None:
    path = tmp_path / "graph.ttl"
    Graph().parse(data=DATED, format="turtle").serialize(path, format="turtle")
    result = CliRunner().invoke(cli, ["viz", str(path), "--as-of", "1999", "--out", str(tmp_path / "p.html")])
    assert result.exit_code == 0, result.output
    assert "as of 1999" in result.stderr
    nodes, edges = page_data((tmp_path / "p.html").read_text(encoding="utf-8"))
    assert {e["relation"] for e in edges} == {"memberOf", "partnerOf", "participatesIn"}
    assert "Lithuania" not in {n["label"] for n in nodes}
    bad = CliRunner().invoke(cli, ["viz", str(path), "--as-of", "99", "--out", str(tmp_path / "q.html")])
    assert bad.exit_code == 1 and "is not a date" in bad.stderr


@pytest.mark.browser
def test_time_slider_in_chromium(browser: Any, dated: nx.MultiDiGraph, tmp_path: Path) -> None:  # noqa: F811
    path = tmp_path / "dated.html"
    path.write_text(render_html(dated, title="dated"), encoding="utf-8")
    opened = Opened(browser, path)
    page = opened.page

    def shown() -> set[str]:
        return set(page.evaluate("() => edges.get({filter: e => !e.hidden})"
                                 ".map(e => byId[e.from].label + ' ' + e.relation + ' ' + byId[e.to].label)"))

    assert shown() == _facts(dated) and page.inner_text("#when-label") == "all dates"
    page.fill("#when", str(1999 * 12))  # the slider's own input: January 1999, the end of the month
    page.dispatch_event("#when", "input")
    assert page.inner_text("#when-label") == "as of 1999-01"
    assert shown() == {"NATO partnerOf United Nations", "Russia participatesIn Partnership for Peace"}
    assert page.evaluate("() => nodes.get(KG.nodes.find(n => n.label === 'Lithuania').id).hidden") is True
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "time-1999.png"))
    page.fill("#when", str(2004 * 12 + 5))  # June 2004: Poland (1999) and Lithuania (2004) are Allies
    page.dispatch_event("#when", "input")
    assert shown() == _facts(dated)
    page.evaluate("() => kgAsOf('2015-06-30')")  # Russia's participation is suspended
    assert "Russia participatesIn Partnership for Peace" not in shown() and "as of 2015-06" in page.inner_text("#status")
    page.screenshot(path=str(ARTIFACTS / "time-2015.png"))
    with page.expect_download() as saved:  # "Save PNG": the view as an image
        page.click("#save-png")
    png = Path(saved.value.path()).read_bytes()
    assert png.startswith(b"\x89PNG") and len(png) > 5_000
    page.click("#play")  # from the first year, a year at a time, to "all dates"
    page.wait_for_function("() => document.getElementById('when-label').textContent === 'all dates'", timeout=60_000)
    assert shown() == _facts(dated)
    assert opened.errors == [] and all(url.startswith("file://") for url in opened.requests)
    page.close()
