"""GEXF and GraphML carry the page's look for Gephi: positions, colours, sizes; no networkx internals."""

from __future__ import annotations

import io

import networkx as nx

from kg.api import BuildReport
from kg.export import export
from kg.network import to_networkx
from kg.viz import CLASS_STYLE


def _hex(rgb: dict[str, int]) -> str:
    return "#{:02x}{:02x}{:02x}".format(rgb["r"], rgb["g"], rgb["b"])


def test_gexf_opens_in_networkx_with_positions_colours_sizes(sample_build: BuildReport) -> None:
    net = to_networkx(sample_build.graph)
    data = export(sample_build.graph, "gexf")
    assert b"networkx_key" not in data and b'xmlns:viz="http://www.gexf.net/1.2draft/viz"' in data
    back = nx.read_gexf(io.BytesIO(data))
    assert back.number_of_nodes() == net.number_of_nodes() and back.number_of_edges() == net.number_of_edges()
    positions = set()
    for node, attrs in back.nodes(data=True):
        viz = attrs["viz"]
        positions.add((viz["position"]["x"], viz["position"]["y"]))
        assert _hex(viz["color"]) == CLASS_STYLE[attrs["kind"]][0]
        assert viz["size"] >= 8
        assert attrs["label"] == net.nodes[node]["label"]  # natokg's own attributes stay
    assert len(positions) == back.number_of_nodes()  # a real layout, not all at the origin
    nato = next(d for _, d in back.nodes(data=True) if d["label"] == "NATO")
    assert nato["viz"]["size"] == max(d["viz"]["size"] for _, d in back.nodes(data=True))  # the hub is biggest
    for *_, attrs in back.edges(data=True):
        assert {"relation", "predicate", "support", "evidence", "documents"} <= set(attrs)
        assert "networkx_key" not in attrs and attrs["id"].startswith("e")


def test_graphml_carries_the_attributes_gephi_reads(sample_build: BuildReport) -> None:
    back = nx.read_graphml(io.BytesIO(export(sample_build.graph, "graphml")))
    for _, attrs in back.nodes(data=True):
        assert {"x", "y", "size", "r", "g", "b", "label", "kind"} <= set(attrs)
        assert _hex(attrs) == CLASS_STYLE[attrs["kind"]][0]
    for *_, attrs in back.edges(data=True):
        assert {"r", "g", "b", "relation"} <= set(attrs) and "id" not in attrs
    assert export(sample_build.graph, "graphml") == export(sample_build.graph, "graphml")  # stable output
    assert export(sample_build.graph, "gexf") == export(sample_build.graph, "gexf")
