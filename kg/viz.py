"""Stage 5b: the entity network as a self-contained, offline HTML page.

pyvis assembles the vis-network nodes, edges and options; the page is rendered from
natokg's own template (``kg/templates/graph.html``), which inlines the vis-network
script and stylesheet that ship inside pyvis, so the page loads nothing from the
network. Tooltips are plain text (vis-network shows them with ``innerText``), and all
data enters the page through Jinja's ``tojson``; the template autoescapes the rest.
"""

from __future__ import annotations

from collections import Counter
from importlib.metadata import version as package_version
from pathlib import Path

import networkx as nx
import pyvis
from jinja2 import Environment, FileSystemLoader, select_autoescape
from pyvis.network import Network

from .network import EvidenceItem

__all__ = ["CLASS_STYLE", "render_html"]

#: colour and vis-network shape per ontology class
CLASS_STYLE: dict[str, tuple[str, str]] = {
    "Country": ("#4e79a7", "dot"),
    "InternationalOrganization": ("#f28e2b", "diamond"),
    "PartnershipFramework": ("#e15759", "triangle"),
    "Organization": ("#edc948", "diamond"),
    "Person": ("#59a14f", "star"),
    "Event": ("#b07aa1", "square"),
    "Agreement": ("#9c755f", "triangleDown"),
    "Place": ("#76b7b2", "dot"),
    "Topic": ("#bab0ac", "dot"),
}
#: beyond this many nodes the layout is computed in Python and physics stays off
PHYSICS_LIMIT = 300
_TEMPLATES = Path(__file__).parent / "templates"
_VIS = Path(pyvis.__file__).parent / "templates" / "lib" / "vis-9.1.2"


def _evidence_text(items: list[EvidenceItem], limit: int = 8) -> str:
    lines = []
    for item in items[:limit]:
        stance = "" if item.polarity == "positive" and not item.modality else f" [{item.polarity} {item.modality}]"
        lines.append(f"“{item.sentence}”\n    — {item.document} [{item.start}:{item.end}], {item.rule} "
                     f"({item.confidence:.2f}){stance}")
    if len(items) > limit:
        lines.append(f"… and {len(items) - limit} more")
    return "\n".join(lines)


def _network(net: nx.MultiDiGraph) -> Network:
    vis = Network(directed=True, height="100%", width="100%", cdn_resources="in_line")
    degree = dict(net.degree())
    top = max(degree.values(), default=1) or 1
    positions = None
    if net.number_of_nodes() > PHYSICS_LIMIT:
        positions = nx.spring_layout(nx.Graph(net), seed=7, k=2 / max(net.number_of_nodes(), 1) ** 0.5)
    for node, data in sorted(net.nodes(data=True), key=lambda item: item[1]["label"]):
        color, shape = CLASS_STYLE.get(data["kind"], ("#999999", "dot"))
        extra = {}
        if positions is not None:
            x, y = positions[node]
            extra = {"x": float(x) * 2000, "y": float(y) * 2000}
        aliases = sorted(data.get("aliases", ()))
        title = f"{data['label']} ({data['kind']})\n{node}"
        if aliases:
            title += "\nalso: " + "; ".join(aliases)
        title += f"\n{degree[node]} relation(s)"
        vis.add_node(node, label=data["label"], title=title, color=color, shape=shape, group=data["kind"],
                     size=12 + 28 * (degree[node] / top) ** 0.5, aliases=aliases, **extra)
    for index, (s, o, key, data) in enumerate(sorted(net.edges(keys=True, data=True))):
        parallel = sorted(k for k in net.get_edge_data(s, o))
        roundness = 0.15 + 0.15 * parallel.index(key)
        evidence = _evidence_text(data.get("evidence", []))
        title = f"{net.nodes[s]['label']} —{key}→ {net.nodes[o]['label']}\nsupported by {data.get('support', 0)} document(s)"
        if evidence:
            title += "\n\n" + evidence
        vis.add_edge(s, o, id=f"e{index}", label=key, relation=key, title=title, arrows="to",
                     smooth={"enabled": True, "type": "curvedCW", "roundness": roundness})
    return vis


def render_html(net: nx.MultiDiGraph, *, title: str = "natokg", note: str = "") -> str:
    """The HTML page for *net* (a projection from :func:`kg.network.to_networkx`)."""
    vis = _network(net)
    physics = net.number_of_nodes() <= PHYSICS_LIMIT
    options = {
        "physics": {"enabled": physics, "solver": "forceAtlas2Based",
                    "forceAtlas2Based": {"gravitationalConstant": -60, "springLength": 120, "avoidOverlap": 0.4},
                    "stabilization": {"enabled": True, "iterations": 400, "fit": True}},
        "edges": {"font": {"size": 10, "align": "middle"}, "color": {"inherit": False, "color": "#8a8a8a"}},
        "nodes": {"font": {"size": 14}},
        "interaction": {"hover": True, "navigationButtons": False, "tooltipDelay": 150, "hideEdgesOnDrag": True},
    }
    kinds = Counter(data["kind"] for _, data in net.nodes(data=True))
    relations = Counter(key for _, _, key in net.edges(keys=True))
    env = Environment(loader=FileSystemLoader(_TEMPLATES), autoescape=select_autoescape(["html"]))
    return env.get_template("graph.html").render(
        title=title, note=note, version=package_version("natokg"),
        nodes=vis.nodes, edges=vis.edges, options=options,
        names=sorted({n["label"] for n in vis.nodes}),
        legend=[{"kind": k, "color": CLASS_STYLE.get(k, ("#999999", ""))[0], "count": c} for k, c in sorted(kinds.items())],
        relations=[{"name": r, "count": c} for r, c in sorted(relations.items())],
        vis_js=(_VIS / "vis-network.min.js").read_text(encoding="utf-8"),
        vis_css=(_VIS / "vis-network.css").read_text(encoding="utf-8"),
    )
