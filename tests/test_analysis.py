"""kg.analysis: centrality, communities, names, chains of facts and the views ``kg viz`` draws."""

from __future__ import annotations

import json
from pathlib import Path

import networkx as nx
import pytest
from click.testing import CliRunner
from networkx.algorithms.link_analysis.pagerank_alg import _pagerank_python

from kg.analysis import (
    analyze,
    annotate,
    communities,
    pagerank,
    resolve_entity,
    select,
    shortest_chains,
    suggest,
)
from kg.api import BuildReport
from kg.cli import cli
from kg.errors import QueryError
from kg.network import EvidenceItem, to_networkx


def entity_net(nodes: dict[str, str], edges: list[tuple[str, str, str]], support: int = 1) -> nx.MultiDiGraph:
    """A projection-shaped network: node id = label, kind given; one evidence item per edge."""
    net = nx.MultiDiGraph()
    for label, kind in nodes.items():
        net.add_node(label, label=label, kind=kind, aliases=[])
    for s, o, rel in edges:
        ev = [EvidenceItem(f"{s} {rel} {o}.", "doc.txt", 0, 9, "test", 1.0)]
        net.add_edge(s, o, key=rel, relation=rel, support=support, evidence=ev, documents=["doc.txt"])
    return net


@pytest.fixture(scope="module")
def sample_net(sample_build: BuildReport) -> nx.MultiDiGraph:
    assert sample_build.graph is not None
    return to_networkx(sample_build.graph)


@pytest.fixture(scope="module")
def two_cliques() -> nx.MultiDiGraph:
    """Two 4-cliques of countries joined by one partnerOf edge, plus an isolated topic."""
    nodes = {n: "Country" for n in "ABCDEFGH"} | {"T": "Topic"}
    edges = [(a, b, "cooperatesWith") for group in ("ABCD", "EFGH") for i, a in enumerate(group) for b in group[i + 1:]]
    return entity_net(nodes, edges + [("D", "E", "partnerOf")])


def lid(net: nx.MultiDiGraph, label: str) -> str:
    return next(n for n, d in net.nodes(data=True) if d["label"] == label)


# --- centrality and communities -----------------------------------------------------------------

def test_pagerank_matches_networkx_reference(sample_net: nx.MultiDiGraph, two_cliques: nx.MultiDiGraph) -> None:
    for net in (sample_net, two_cliques):
        ours, theirs = pagerank(net), _pagerank_python(net, tol=1e-12, max_iter=1000)
        assert ours.keys() == theirs.keys()
        assert max(abs(ours[n] - theirs[n]) for n in ours) < 1e-8
        assert sum(ours.values()) == pytest.approx(1.0)


def test_annotate_copies_unless_asked_to_mark_in_place(two_cliques: nx.MultiDiGraph) -> None:
    net = two_cliques.copy()
    copied = annotate(net)
    assert copied is not net and all("community" not in d for _, d in net.nodes(data=True))
    marked = annotate(net, in_place=True)
    assert marked is net
    assert dict(marked.nodes(data="pagerank")) == dict(copied.nodes(data="pagerank"))
    assert dict(marked.nodes(data="community")) == dict(copied.nodes(data="community"))


def test_whole_view_is_the_network_itself(two_cliques: nx.MultiDiGraph) -> None:
    whole = select(two_cliques, max_nodes=0)
    assert whole.net is two_cliques
    capped = select(two_cliques, max_nodes=3)
    assert capped.net is not two_cliques and capped.net.number_of_nodes() == 3


def test_pagerank_of_empty_net_is_empty() -> None:
    assert pagerank(nx.MultiDiGraph()) == {}


def test_pagerank_without_relations_is_even() -> None:
    net = nx.MultiDiGraph()
    net.add_nodes_from("ABCD")
    assert pagerank(net) == dict.fromkeys("ABCD", 0.25)


def test_louvain_finds_the_two_cliques(two_cliques: nx.MultiDiGraph) -> None:
    found = communities(two_cliques)
    assert found == [set("ABCD"), set("EFGH"), {"T"}]
    assert communities(two_cliques) == found  # seeded: the same every run


def test_analyze_sample_puts_nato_first(sample_net: nx.MultiDiGraph) -> None:
    report = analyze(sample_net)
    assert (report.entities, report.relations) == (sample_net.number_of_nodes(), sample_net.number_of_edges())
    assert len(report.ranking) == report.entities
    top = report.ranking[0]
    assert (top.label, top.degree) == ("NATO", max(d for _, d in sample_net.degree()))
    assert sum(len(c.members) for c in report.communities) == report.entities
    assert report.communities[0].labels[0] == "NATO"
    assert report.components == nx.number_connected_components(sample_net.to_undirected())
    table = report.table(5)
    assert table.splitlines()[0].startswith(f"{report.entities} entities, {report.relations} relations")
    assert "NATO" in table.splitlines()[5]
    data = json.loads(report.to_json())
    assert len(data["ranking"]) == report.entities and data["ranking"][0]["label"] == "NATO"


# --- names --------------------------------------------------------------------------------------

@pytest.mark.parametrize(("name", "label"), [
    ("Lithuania", "Lithuania"), ("  lithuania ", "Lithuania"), ("UN", "United Nations"),
    ("Country:Lithuania", "Lithuania"), ("https://w3id.org/natokg/id/organization/NATO", "NATO"),
])
def test_names_aliases_and_iris_resolve(sample_net: nx.MultiDiGraph, name: str, label: str) -> None:
    assert sample_net.nodes[resolve_entity(sample_net, name)]["label"] == label


def test_unknown_name_gives_did_you_mean(sample_net: nx.MultiDiGraph) -> None:
    with pytest.raises(QueryError, match=r'no entity named "Lithuana"; did you mean: Lithuania'):
        resolve_entity(sample_net, "Lithuana")
    assert suggest(sample_net, "Lisbon")[0].startswith("Lisbon")
    with pytest.raises(QueryError, match="no name is close"):
        resolve_entity(sample_net, "Zqxwv")


def test_ambiguous_label_asks_which() -> None:
    net = entity_net({"A": "Country"}, [])
    net.add_node("x:1", label="Ohio", kind="Place", aliases=[])
    net.add_node("x:2", label="Ohio", kind="Event", aliases=[])
    with pytest.raises(QueryError, match="names 2 entities; say which: Event:Ohio, Place:Ohio"):
        resolve_entity(net, "ohio")
    assert resolve_entity(net, "Event:Ohio") == "x:2"


# --- chains ---------------------------------------------------------------------------------------

def test_sample_path_poland_to_united_nations(sample_net: nx.MultiDiGraph) -> None:
    pl, un = resolve_entity(sample_net, "Poland"), resolve_entity(sample_net, "United Nations")
    chains = shortest_chains(sample_net, pl, un)
    assert chains, "Poland and the United Nations are linked in the sample build"
    labels = [sample_net.nodes[n]["label"] for n in chains[0].nodes]
    assert labels == ["Poland", "NATO", "United Nations"]
    assert all(step.evidence for step in chains[0].steps)


def test_chains_follow_facts_backwards_and_rank_by_support() -> None:
    net = entity_net({"A": "Country", "H": "Organization", "B": "Country"},
                     [("A", "H", "memberOf"), ("A", "H", "relatedTo"), ("B", "H", "memberOf")])
    net.edges["A", "H", "memberOf"]["support"] = 3
    chains = shortest_chains(net, "A", "B", limit=5)
    assert [[(s.subject, s.relation, s.object, s.forward) for s in c.steps] for c in chains] == [
        [("A", "memberOf", "H", True), ("B", "memberOf", "H", False)],
        [("A", "relatedTo", "H", True), ("B", "memberOf", "H", False)],
    ]
    assert shortest_chains(net, "A", "B", relations={"relatedTo"}) == []


def test_unlinked_or_identical_ends(two_cliques: nx.MultiDiGraph) -> None:
    assert shortest_chains(two_cliques, "A", "T") == []
    assert [c.nodes for c in shortest_chains(two_cliques, "A", "H")] == [("A", "D", "E", "H")]
    with pytest.raises(QueryError):
        shortest_chains(two_cliques, "A", "A")


# --- views ------------------------------------------------------------------------------------------

def test_focus_keeps_the_ego_network(two_cliques: nx.MultiDiGraph) -> None:
    view = select(two_cliques, focus="D", hops=1)
    assert set(view.net) == set("ABCDE") and view.focus == "D"
    assert set(select(two_cliques, focus="D", hops=2).net) == set("ABCDEFGH")
    assert view.note.startswith("5 of 9 entities and 7 of 13 relations shown: within 1 hop of D.")
    assert view.note.endswith("Left out: 4 entities (3 Country, 1 Topic) and 6 relations.")


def test_cap_keeps_the_most_connected_and_says_what_went(two_cliques: nx.MultiDiGraph) -> None:
    view = select(two_cliques, max_nodes=2)
    assert set(view.net) == {"D", "E"}  # degree 4 each; every other node has 3 or 0
    assert "capped at the 2 entities with the highest degree" in view.note
    assert "Left out: 7 entities (6 Country, 1 Topic) and 12 relations." in view.note
    assert select(two_cliques, max_nodes=0).note == "All 9 entities and 13 relations."


def test_filters_types_relations_degree(two_cliques: nx.MultiDiGraph) -> None:
    assert set(select(two_cliques, types=["topic"]).net) == {"T"}
    partners = select(two_cliques, relations=["partnerof"])
    assert set(partners.net) == {"D", "E"} and partners.net.number_of_edges() == 1
    assert set(select(two_cliques, min_degree=4).net) == {"D", "E"}
    # the focus survives a filter that would drop it
    assert set(select(two_cliques, focus="A", relations=["partnerOf"]).net) == {"A"}


def test_unknown_filter_names_raise_with_suggestions(two_cliques: nx.MultiDiGraph) -> None:
    with pytest.raises(QueryError, match='no entity type named "Contry"; did you mean: Country'):
        select(two_cliques, types=["Contry"])
    with pytest.raises(QueryError, match='no relation named "memberof_"; did you mean: memberOf'):
        select(two_cliques, relations=["memberof_"])
    with pytest.raises(QueryError, match='no document named "nope.txt" in the graph'):
        select(two_cliques, document="nope.txt")


def test_document_filter_on_sample(sample_net: nx.MultiDiGraph) -> None:
    doc = "003_8575cdd9b53e07a0.txt"
    view = select(sample_net, document="003_8575")  # a unique prefix is enough
    assert view.net.number_of_edges() == sum(doc in d for *_, d in sample_net.edges(data="documents"))
    assert all(doc in d for *_, d in view.net.edges(data="documents"))
    mentioned = {n for n, docs in sample_net.nodes(data="documents") if doc in docs}
    assert mentioned and mentioned <= set(view.net)  # what the document names, even without a fact
    assert set(view.net) == mentioned | {n for e in view.net.edges() for n in e}
    assert f"mentioned in or evidenced by {doc}" in view.note


# --- command line -----------------------------------------------------------------------------------

def test_cli_analyze_and_path(sample_build: BuildReport) -> None:
    graph = str(sample_build.outputs["graph.ttl"])
    runner = CliRunner()
    result = runner.invoke(cli, ["analyze", graph, "--top", "3"])
    assert result.exit_code == 0, result.output
    assert "NATO" in result.stdout and "communities (Louvain)" in result.stdout
    result = runner.invoke(cli, ["path", "Poland", "United Nations", "--graph", graph])
    assert result.exit_code == 0, result.output
    assert "1. Poland —memberOf→ NATO —partnerOf→ United Nations" in result.stdout
    assert "“" in result.stdout  # evidence sentences are printed
    result = runner.invoke(cli, ["path", "Lithuana", "NATO", "--graph", graph])
    assert result.exit_code == 1 and "did you mean: Lithuania" in result.stderr and not result.stdout


def test_cli_path_without_chain_exits_1(tmp_path: Path) -> None:
    ttl = tmp_path / "g.ttl"
    ttl.write_text("""@prefix nkg: <https://w3id.org/natokg/ontology#> .
        <urn:x:a> a nkg:Country ; <http://www.w3.org/2000/01/rdf-schema#label> "Aland" .
        <urn:x:b> a nkg:Country ; <http://www.w3.org/2000/01/rdf-schema#label> "Bland" .""", encoding="utf-8")
    result = CliRunner().invoke(cli, ["path", "Aland", "Bland", "--graph", str(ttl)])
    assert result.exit_code == 1 and "no chain of facts links Aland and Bland" in result.stderr


def test_close_names_for_did_you_mean() -> None:
    from kg.analysis import close_names

    names = ["Lithuania", "Latvia", "United Nations", "United States"]
    assert close_names("Lithuanai", names) == ["Lithuania"]
    assert close_names("lithuania", names) == []  # a name that is there needs no suggestion
    assert close_names("Zzz", names) == []
