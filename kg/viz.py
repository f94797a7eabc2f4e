"""Stage 5b: the entity network as a self-contained, offline HTML page.

The page is rendered from natokg's own template (``kg/templates/graph.html``), which
inlines the vis-network script and stylesheet that ship inside pyvis, so it loads
nothing from the network. pyvis's ``Network`` class is not used: it drops a node's
colour when a group is set, and its template pulls Bootstrap from a CDN.

All data enters the page through Jinja's ``tojson`` and is put on screen with
``textContent``/``innerText`` only, so text from documents cannot become markup.
The layout is computed here (:func:`layout`); vis-network's physics only polishes it for
a bounded number of iterations, then the page turns physics off.
"""

from __future__ import annotations

import gc
import importlib.util
import math
from collections import Counter
from urllib.parse import quote
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, BinaryIO

import networkx as nx
import numpy as np
from jinja2 import Environment, FileSystemLoader, select_autoescape
from jinja2.utils import htmlsafe_json_dumps
from rdflib import Graph

from .analysis import annotate, day, periods, select, undirected
from .config import package_version
from .errors import ConfigError
from .model import POSITIVE
from .network import BOTH_LAYERS, DOCUMENT_LAYER, REFERENCE_LAYER, file_network, query_network, to_networkx
from .reference import load_with_reference
from .files import atomic_write
from .summary import EVIDENCE_PER_FACT

__all__ = ["CLASS_STYLE", "Page", "html_chunks", "layout", "make_page", "render_html", "write_html", "write_page"]

#: colour and vis-network shape per ontology class (kinds outside the ontology are grey)
CLASS_STYLE: dict[str, tuple[str, str]] = {
    "Country": ("#4e79a7", "dot"),
    "InternationalOrganization": ("#f28e2b", "diamond"),
    "PartnershipFramework": ("#e15759", "hexagon"),
    "Organization": ("#edc948", "square"),
    "Person": ("#59a14f", "star"),
    "Event": ("#b07aa1", "triangle"),
    "Agreement": ("#9c755f", "triangleDown"),
    "Place": ("#76b7b2", "pentagon"),
    "Topic": ("#ff9da7", "cross"),
    "Literal": ("#d9d9d9", "box"),
}
OTHER_STYLE = ("#a0a0a0", "ellipse")
#: glyphs vis-network has no shape for: drawn as SVG images (data: URIs, which the page's policy allows)
IMAGE_SHAPES = ("pentagon", "cross", "ellipse")
#: relation colours (relatedTo, the verb-only relation, stays grey and dashed)
RELATION_PALETTE = ("#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b", "#e377c2", "#17becf",
                    "#bcbd22", "#393b79", "#637939", "#843c39")
RELATED_COLOUR = "#9a9a9a"
#: edges of facts that only the reference data states: dashed, light grey (relatedTo edges are dashed 5,5)
REFERENCE_COLOUR = "#b8b8b8"
REFERENCE_DASHES = [2, 4]
#: community colours; communities past the palette are grey
PALETTE = ("#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#b07aa1", "#ff9da7",
           "#9c755f", "#17becf", "#bcbd22", "#8c564b")
#: legend glyphs (SVG, drawn in a 14×14 box centred on 0)
_GLYPH = {
    "dot": '<circle r="6"/>', "diamond": '<polygon points="0,-7 7,0 0,7 -7,0"/>',
    "hexagon": '<polygon points="6,-3.5 6,3.5 0,7 -6,3.5 -6,-3.5 0,-7"/>',
    "square": '<rect x="-6" y="-6" width="12" height="12"/>',
    "star": '<polygon points="0,-7 1.8,-2.3 6.7,-2.2 2.8,0.9 4.1,5.7 0,3 -4.1,5.7 -2.8,0.9 -6.7,-2.2 -1.8,-2.3"/>',
    "triangle": '<polygon points="0,-7 7,6 -7,6"/>', "triangleDown": '<polygon points="0,7 7,-6 -7,-6"/>',
    "box": '<rect x="-7" y="-4" width="14" height="8" rx="2"/>',
    "pentagon": '<polygon points="0,-7 6.7,-2.2 4.1,5.7 -4.1,5.7 -6.7,-2.2"/>',
    "cross": '<polygon points="-2.5,-7 2.5,-7 2.5,-2.5 7,-2.5 7,2.5 2.5,2.5 2.5,7 -2.5,7 -2.5,2.5 -7,2.5 -7,-2.5 -2.5,-2.5"/>',
    "ellipse": '<ellipse rx="7" ry="4.5"/>',
}
#: vis-network units per sqrt(entities) in a block's radius; about one label width between neighbours
SPACING = 95.0
#: labels wrap at this width (vis-network ``widthConstraint``) and grow up to this font size
LABEL_WIDTH = 170
FONT_MAX = 26
#: blocks up to this size get a force-directed layout directly; bigger ones are split by community
BLOCK = 250
#: pages of more entities than this open with each community as one node (click to expand) and
#: list the entities without relations in the side panel
CLUSTER_ABOVE = 1000
#: pages of more entities than this are drawn with WebGL (:mod:`kg.webgl`) unless a renderer is named
WEBGL_ABOVE = 5000
_TEMPLATES = Path(__file__).parent / "templates"


def _vis_folder() -> Path:
    """vis-network as pyvis ships it, found without importing pyvis (which imports IPython: 0.08 s)."""
    spec = importlib.util.find_spec("pyvis")
    if spec is None or spec.origin is None:
        raise ImportError("pyvis is not installed: kg.viz inlines the vis-network files it ships")
    return Path(spec.origin).parent / "templates" / "lib" / "vis-9.1.2"


_VIS = _vis_folder()


@dataclass(frozen=True, slots=True)
class Page:
    """A rendered page and what it shows."""

    html: str
    entities: int
    relations: int
    note: str
    path: Path | None = None


# --- layout ----------------------------------------------------------------------------------

def _size_max(entities: int) -> float:
    """Radius of the biggest node: enough for the hubs to show when the whole graph is in view."""
    return max(40.0, math.sqrt(entities))


def node_size(value: float, entities: int) -> float:
    """The radius the page draws a node of *value* (0..1) with, in a graph of *entities*."""
    return 8 + (_size_max(entities) - 8) * value


def _boxes(net: nx.MultiDiGraph, nodes: list[str], value: dict[str, float]) -> tuple[np.ndarray, np.ndarray]:
    """Centre offset and half size of each node with its label below it, as vis-network draws them
    (labels at the size they have when zoomed in, where overlaps matter)."""
    offset, half = np.zeros((len(nodes), 2)), np.empty((len(nodes), 2))
    top = _size_max(net.number_of_nodes())
    for i, n in enumerate(nodes):
        size, font = 8 + (top - 8) * value.get(n, 0.0), 14 + (FONT_MAX - 14) * value.get(n, 0.0)
        text = len(str(net.nodes[n].get("label", n))) * font * 0.58
        label_height = 6 + max(1, math.ceil(text / LABEL_WIDTH)) * font * 1.5
        offset[i, 1] = label_height / 2
        half[i] = (max(min(text, LABEL_WIDTH), 2 * size) / 2 + 8, size + label_height / 2 + 6)
    return offset, half


def _declutter(pos: np.ndarray, half: np.ndarray, rounds: int = 60) -> np.ndarray:
    """Move overlapping label boxes apart, each pair along the axis where they overlap least."""
    pos, half = pos.astype(np.float32), half.astype(np.float32)
    upper = np.triu(np.ones((len(pos), len(pos)), dtype=bool), 1)
    for _ in range(rounds):
        delta = pos[:, None, :] - pos[None, :, :]
        overlap = half[:, None, :] + half[None, :, :] - np.abs(delta)
        hit = upper & (overlap[..., 0] > 0) & (overlap[..., 1] > 0)
        if not hit.any():
            break
        along_x = overlap[..., 0] * 0.6 < overlap[..., 1]
        sign = np.where(delta >= 0, 1.0, -1.0)
        push = np.zeros_like(delta)
        push[..., 0] = np.where(hit & along_x, overlap[..., 0] / 2 * sign[..., 0], 0)
        push[..., 1] = np.where(hit & ~along_x, overlap[..., 1] / 2 * sign[..., 1], 0)
        pos += push.sum(axis=1) - push.sum(axis=0)
    return pos


def _spring(net: nx.MultiDiGraph, sub: nx.Graph, value: dict[str, float], seed: int,
            labels: bool = True) -> dict[str, np.ndarray]:
    """Force-directed positions of a connected block, centred on 0, labels kept apart (*labels*)."""
    nodes = sorted(sub, key=str)
    if len(nodes) <= 2:
        start = np.array([[(i - (len(nodes) - 1) / 2) * SPACING * 2, 0.0] for i in range(len(nodes))])
    else:
        pos = nx.spring_layout(sub, seed=seed, method="force", iterations=80 if labels else 50, weight=None)
        start = np.array([pos[n] for n in nodes]) * SPACING * math.sqrt(len(nodes))
    if labels:
        offset, half = _boxes(net, nodes, value)
        placed = _declutter(start + offset, half) - offset
    else:
        placed = start.astype(np.float32)
    placed -= placed.mean(axis=0)
    return dict(zip(nodes, placed, strict=True))


def _sunflower(nodes: list[str], radius: float) -> dict[str, np.ndarray]:
    """Nodes on a phyllotaxis spiral, the first (most connected) in the middle."""
    golden = math.pi * (3 - math.sqrt(5))
    return {n: radius * math.sqrt((i + 0.5) / len(nodes)) * np.array([math.cos(i * golden), math.sin(i * golden)])
            for i, n in enumerate(nodes)}


def _separate(centres: np.ndarray, radii: np.ndarray, rounds: int = 60) -> np.ndarray:
    """Push overlapping discs apart (pairwise, a few rounds) so communities do not overlap."""
    centres = centres.copy()
    for _ in range(rounds):
        delta = centres[:, None, :] - centres[None, :, :]
        dist = np.maximum(np.linalg.norm(delta, axis=-1), 1e-6)
        overlap = np.triu(radii[:, None] + radii[None, :] - dist, 1)
        if overlap.max(initial=0) <= 0:
            break
        push = np.where(overlap > 0, overlap / 2, 0)
        push = push + push.T
        centres += np.einsum("ijk,ij->ik", delta / dist[..., None], push)
    return centres


def _parts(net: nx.MultiDiGraph, block: nx.Graph, seed: int) -> list[set[str]]:
    """The communities of a connected block, largest first: those already on the nodes
    (:func:`kg.analysis.annotate`'s, over the whole graph) when they split it, else Louvain's."""
    found: dict[int, set[str]] = {}
    for n in block:
        found.setdefault(int(net.nodes[n].get("community", -1)) if n in net else -1, set()).add(n)
    if len(found) < 2 or -1 in found:
        found = dict(enumerate(nx.community.louvain_communities(block, seed=seed)))
    return sorted(found.values(), key=lambda part: (-len(part), min(part, key=str)))


def _ordered(graph: nx.Graph, nodes: set[str]) -> nx.Graph:
    """The subgraph of *graph* on *nodes*, its nodes and edges in sorted order: a set of names
    is iterated in an order that changes from run to run (string hashing), and the spring
    layout's random start and Louvain's sweep follow the graph's order, so the page would too."""
    keep = sorted(nodes, key=str)
    sub = nx.Graph()
    sub.add_nodes_from(keep)
    ends = sorted((tuple(sorted(edge, key=str)) for edge in graph.subgraph(keep).edges()),
                  key=lambda edge: tuple(map(str, edge)))
    sub.add_edges_from((a, b, graph.edges[a, b]) for a, b in ends)  # with their data: Louvain weighs the relations
    return sub


def _place(net: nx.MultiDiGraph, und: nx.Graph, nodes: set[str], value: dict[str, float],
           seed: int, labels: bool = True) -> dict[str, np.ndarray]:
    """Positions of one connected block; big blocks are laid out community by community."""
    radius = SPACING * math.sqrt(len(nodes))
    if len(nodes) <= BLOCK:
        return _spring(net, _ordered(und, nodes), value, seed, labels)
    block = _ordered(und, nodes)  # a copy: Louvain walks a graph much faster than a filtered view
    parts = _parts(net, block, seed)
    if len(parts) == 1:
        return _sunflower(sorted(nodes, key=lambda n: (-block.degree(n), n)), radius)
    owner = {n: f"c{i}" for i, part in enumerate(parts) for n in part}
    quotient = nx.Graph()
    quotient.add_nodes_from(f"c{i}" for i in range(len(parts)))
    quotient.add_edges_from((owner[a], owner[b]) for a, b in block.edges() if owner[a] != owner[b])
    radii = np.array([SPACING * math.sqrt(len(p)) for p in parts])
    centres = _place(nx.MultiDiGraph(quotient), quotient, set(quotient), {}, seed, labels)
    scaled = np.array([centres[f"c{i}"] for i in range(len(parts))]) * (radius / (SPACING * math.sqrt(len(parts))))
    scaled = _separate(scaled, radii * 1.05)
    positions: dict[str, np.ndarray] = {}
    for i, part in enumerate(parts):
        positions.update({n: p + scaled[i] for n, p in _place(net, block, part, value, seed, labels).items()})
    return positions


def _grid(net: nx.MultiDiGraph, nodes: list[str], value: dict[str, float], height: float) -> dict[str, np.ndarray]:
    """Entities without relations stacked in columns about *height* tall, each as tall as its label."""
    offset, half = _boxes(net, nodes, value)
    out: dict[str, np.ndarray] = {}
    x = y = 0.0
    for n, (_, dy), (_, hh) in zip(nodes, offset, half, strict=True):
        if y > 0 and y + 2 * hh > height:
            x, y = x + LABEL_WIDTH + 20, 0.0
        out[n] = np.array([x, y + hh - dy])
        y += 2 * hh
    return out


def layout(net: nx.MultiDiGraph, value: dict[str, float] | None = None,
           seed: int = 7, labels: bool = True) -> dict[str, tuple[float, float]]:
    """vis-network coordinates for every node of *net* (*value*: 0..1 node importance, for label sizes).

    Each connected component is laid out on its own with its labels kept apart, and the
    components, then a grid of the entities without relations, are packed in rows, largest
    first, about 1.5 times as wide as high. The O(n²) steps only run within blocks of at
    most :data:`BLOCK` nodes (bigger ones are split by community), so 5,000 entities take seconds.
    Without *labels* (a renderer that draws only the labels that fit, as the WebGL page does),
    label boxes are not moved apart and the force-directed runs are shorter, which together
    halve the time on a big graph.
    """
    value = value or {}
    und = undirected(net)
    blocks = sorted((c for c in nx.connected_components(und) if len(c) > 1), key=lambda c: (-len(c), min(c)))
    placed = [_place(net, und, block, value, seed, labels) for block in blocks]
    isolated = sorted((n for n in und if und.degree(n) == 0),
                      key=lambda n: (net.nodes[n].get("kind", ""), net.nodes[n].get("label", n)))
    if isolated:
        tallest = float(np.ptp(np.array(list(placed[0].values()))[:, 1])) if placed else 0.0
        height = max(min(tallest + SPACING, SPACING * 1.6 * math.sqrt(len(isolated))), SPACING * 3)
        placed.insert(min(1, len(placed)), _grid(net, isolated, value, height))
    boxes = []
    for pos in placed:
        xy = np.array(list(pos.values()))
        boxes.append((xy.min(axis=0) - SPACING, xy.max(axis=0) + SPACING))
    area = sum(float(np.prod(hi - lo)) for lo, hi in boxes)
    first_row = sum(hi[0] - lo[0] for lo, hi in boxes[:2 if isolated else 1])
    width = max(first_row, math.sqrt(area * 1.5))
    out: dict[str, tuple[float, float]] = {}
    x = y = row = 0.0
    for pos, (lo, hi) in zip(placed, boxes, strict=True):
        w, h = hi - lo
        if x > 0 and x + w > width * 1.05:
            x, y, row = 0.0, y + row, 0.0
        out.update({n: (float(p[0] - lo[0] + x), float(p[1] - lo[1] + y)) for n, p in pos.items()})
        x, row = x + w, max(row, h)
    for a, b in und.edges():  # vis-network 9.1 loses the label of an exactly horizontal leftward edge
        if abs(out[a][1] - out[b][1]) < 1:
            out[b] = (out[b][0], out[b][1] + 2)
    return out


# --- page ------------------------------------------------------------------------------------

def _reference_rows(data: dict[str, object]) -> list[list[object]]:
    """[where, period, note] of each reference row behind a fact."""
    return [[r.where, r.period, r.note] for r in data.get("reference", ()) or ()]  # type: ignore[attr-defined]


def _evidence_rows(data: dict[str, object], cap: int = EVIDENCE_PER_FACT) -> list[list[object]]:
    rows = []
    for e in list(data.get("evidence", ()) or ())[:cap]:  # type: ignore[call-overload]
        stance = "" if e.polarity == POSITIVE and not e.modality else f"{e.polarity} {e.modality}".strip()
        rows.append([e.sentence, e.document, e.start, e.end, e.rule, round(e.confidence, 3), stance,
                     getattr(e, "date", "")])
    return rows


def _scale(values: dict[str, float]) -> dict[str, float]:
    """Square-root scaled to 0..1 so that one hub does not make every other node a dot."""
    top = max(values.values(), default=0.0) or 1.0
    return {n: math.sqrt(max(v, 0.0) / top) for n, v in values.items()}


Records = list[dict[str, object]]


#: an edge drawn straight (shared by the records, which are only read)
_STRAIGHT: dict[str, object] = {"enabled": False}


def _payload(net: nx.MultiDiGraph, color: str, size: str) -> tuple[Records, Records, list[dict[str, object]]]:
    """vis-network node and edge records, and the data of each edge; ``hub`` marks the nodes whose
    names stay readable when the whole of a big graph is in view (the page draws them over
    vis-network's own). An edge's ``evidence`` is left empty: the rows are made as the page is
    written (:func:`_rows`), so that all the evidence of a big graph is never held twice."""
    shown_degree = dict(net.degree())
    metric = _scale({n: float(d.get(size if size == "pagerank" else "degree", shown_degree[n]))
                     for n, d in net.nodes(data=True)})
    positions = layout(net, metric)
    low, high = min(metric.values(), default=0.0), max(metric.values(), default=0.0)
    ranked = sorted((n for n in net if shown_degree[n] > 0), key=lambda n: -metric[n])
    hubs = set(ranked[:max(10, min(40, net.number_of_nodes() // 100))])
    nodes = []
    for node, data in sorted(net.nodes(data=True), key=lambda item: (item[1]["label"], item[0])):
        fill, shape = CLASS_STYLE.get(data["kind"], OTHER_STYLE)
        if color == "community":
            index = int(data.get("community", -1))
            fill = PALETTE[index] if 0 <= index < len(PALETTE) else OTHER_STYLE[0]
        x, y = positions[node]
        look: dict[str, object] = {"shape": shape}
        if shape in IMAGE_SHAPES:
            look = {"shape": "image", "image": _glyph_image(shape, fill), "glyph": shape}
        nodes.append({
            "id": node, "label": data["label"], "kind": data["kind"], **look, "color": fill,
            "value": round(metric[node], 4), "x": round(x, 1), "y": round(y, 1), "physics": shown_degree[node] > 0,
            "aliases": list(data.get("aliases", ())), "documents": list(data.get("documents", ())),
            "degree": int(data.get("degree", shown_degree[node])),
            "shownDegree": shown_degree[node], "pagerank": round(float(data.get("pagerank", 0.0)), 6),
            "community": int(data.get("community", -1)),
            # vis-network scales the label font linearly with value; wrap at the same scale
            "widthConstraint": {"maximum": round(LABEL_WIDTH * _font(metric[node], low, high) / 14)},
            "hub": node in hubs,
        })
    edges, sources = [], []
    colours = relation_colours([k for k, _ in Counter(k for *_, k in net.edges(keys=True)).most_common()])
    # the values many edges share are one object each (a big graph has tens of thousands of edges)
    colour_of = {key: {"color": colour, "inherit": False} for key, colour in colours.items()}
    for index, (s, o, key, data) in enumerate(sorted(net.edges(keys=True, data=True))):
        pair = sorted(k for k in net.get_edge_data(s, o)) + sorted(k for k in (net.get_edge_data(o, s) or {}))
        smooth: dict[str, object] = _STRAIGHT
        if len(pair) > 1:
            smooth = {"enabled": True, "type": "curvedCW", "roundness": 0.12 + 0.18 * pair.index(key)}
        support = int(data.get("support", 0))
        layer = str(data.get("layer", DOCUMENT_LAYER))
        edge: dict[str, object] = {
            "id": f"e{index}", "from": s, "to": o, "label": key, "relation": key, "support": support,
            "predicate": str(data.get("predicate", "")), "documents": list(data.get("documents", ())),
            "evidence": [], "reference": _reference_rows(data), "layer": layer,
            "smooth": smooth, "dashes": key == "relatedTo", "width": 1 + math.log2(max(support, 1)),
            "color": colour_of[key], "colour": colours[key],
            "periods": [list(span) for span in periods(data)],
        }
        if layer == REFERENCE_LAYER:  # curated, not read in any document: its own style
            edge.update(dashes=REFERENCE_DASHES, width=1, color={"color": REFERENCE_COLOUR, "inherit": False},
                        font={"color": REFERENCE_COLOUR})
        edges.append(edge)
        sources.append(data)
    return nodes, edges, sources


def _rows(records: Records, sources: list[dict[str, object]] | None = None,
          cap: int = EVIDENCE_PER_FACT) -> Iterator[str]:
    """Each record as JSON safe inside a ``<script>`` (as Jinja's ``tojson``), with its evidence
    rows from *sources* when given, one at a time."""
    for i, record in enumerate(records):
        row = {**record, "evidence": _evidence_rows(sources[i], cap)} if sources is not None else record
        yield htmlsafe_json_dumps(row, sort_keys=True)


def _glyph_image(shape: str, fill: str) -> str:
    """A class glyph as an SVG data: URI (for the shapes vis-network does not draw itself)."""
    svg = (f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="-8 -8 16 16" width="64" height="64">'
           f'<g fill="{fill}" stroke="#00000055" stroke-width="0.6">{_GLYPH[shape]}</g></svg>')
    return "data:image/svg+xml," + quote(svg)


def relation_colours(names: list[str]) -> dict[str, str]:
    """A colour per relation name, the most frequent first; relatedTo grey; past the palette grey."""
    typed = [n for n in names if n != "relatedTo"]
    return {n: RELATED_COLOUR if n == "relatedTo" else
            (RELATION_PALETTE[typed.index(n)] if typed.index(n) < len(RELATION_PALETTE) else RELATED_COLOUR)
            for n in names}


def _font(value: float, low: float, high: float) -> float:
    """The label size vis-network gives a node of *value* (``scaling.label``, linear in value)."""
    return 14 + (FONT_MAX - 14) * ((value - low) / (high - low) if high > low else 0.5)


def _options(n: int, spring: float) -> dict[str, object]:
    """vis-network options. The precomputed layout is drawn as it is (physics off, so the page
    is ready at the first frame, whatever its size); "Relax layout" on the page runs a bounded
    number of physics iterations, with springs as long as the layout's typical edge, then stops.

    Sizes are in layout units and scale with the zoom: labels too small to read are not drawn
    (``drawThreshold``), so a big graph seen whole shows only the hubs' names, which the page
    draws itself at a fixed screen size.
    """
    edge_colour = "#9a9a9a" if n <= 1000 else "rgba(120,120,120,0.3)"
    return {
        "autoResize": True,
        "layout": {"improvedLayout": False, "randomSeed": 7},
        "physics": {"enabled": False, "solver": "forceAtlas2Based", "maxVelocity": 30, "minVelocity": 1.0,
                    "forceAtlas2Based": {"gravitationalConstant": -25, "centralGravity": 0.0, "springLength": spring,
                                         "springConstant": 0.02, "damping": 0.7, "avoidOverlap": 0.5},
                    "stabilization": {"enabled": True, "iterations": 150 if n <= 2000 else 60,
                                      "updateInterval": 10, "fit": False}},
        "nodes": {"font": {"size": 14, "strokeWidth": 3, "strokeColor": "#ffffff"}, "borderWidth": 1,
                  "scaling": {"min": 8, "max": round(_size_max(n)),
                              "label": {"enabled": True, "min": 14, "max": FONT_MAX,
                                        "maxVisible": 28, "drawThreshold": 6}}},
        "edges": {"arrows": {"to": {"enabled": True, "scaleFactor": 0.6}},
                  "color": {"color": edge_colour, "highlight": "#333333", "hover": "#555555", "inherit": False},
                  "font": {"size": 11, "color": "#555555", "strokeWidth": 3, "align": "middle"},
                  "scaling": {"label": {"drawThreshold": 7}}, "selectionWidth": 2},
        "interaction": {"hover": True, "tooltipDelay": 120, "hideEdgesOnDrag": n > 1000,
                        "hideEdgesOnZoom": n > 1000, "navigationButtons": False, "keyboard": False},
    }


def _edge_length(nodes: list[dict[str, object]], edges: list[dict[str, object]]) -> float:
    """Median edge length of the precomputed layout (vis-network units)."""
    at = {n["id"]: (float(n["x"]), float(n["y"])) for n in nodes}  # type: ignore[arg-type]
    lengths = sorted(math.dist(at[e["from"]], at[e["to"]]) for e in edges if e["from"] != e["to"])
    return round(lengths[len(lengths) // 2], 1) if lengths else SPACING * 2


def _legend(nodes: list[dict[str, object]], color: str) -> tuple[list[dict[str, object]], list[dict[str, object]]]:
    kinds = Counter(str(n["kind"]) for n in nodes)
    classes = []
    for kind, count in sorted(kinds.items()):
        fill, shape = CLASS_STYLE.get(kind, OTHER_STYLE)
        glyph = _GLYPH.get(shape, _GLYPH["dot"])
        classes.append({"kind": kind, "count": count, "glyph": glyph,
                        "fill": "#666666" if color == "community" else fill})
    groups = []
    if color == "community":
        members: dict[int, list[dict[str, object]]] = {}
        for n in nodes:
            members.setdefault(int(n["community"]), []).append(n)  # type: ignore[call-overload]
        for index, group in sorted(members.items(), key=lambda item: (-len(item[1]), item[0])):
            top = sorted(group, key=lambda n: (-float(n["pagerank"]), str(n["label"])))[:3]  # type: ignore[arg-type]
            groups.append({"index": index, "count": len(group), "names": ", ".join(str(n["label"]) for n in top),
                           "fill": PALETTE[index] if 0 <= index < len(PALETTE) else OTHER_STYLE[0]})
    return classes, groups


def render_html(net: nx.MultiDiGraph, **options: Any) -> str:
    """The HTML page for *net* (a projection from :func:`kg.network.to_networkx`), as one string;
    options as in :func:`html_chunks`."""
    return "".join(html_chunks(net, **options))


def write_html(net: nx.MultiDiGraph, handle: BinaryIO, **options: Any) -> None:
    """:func:`render_html` written to *handle* (UTF-8) as it is made, never whole in memory."""
    handle.writelines(chunk.encode("utf-8") for chunk in html_chunks(net, **options))


def html_chunks(net: nx.MultiDiGraph, *, title: str = "natokg", note: str = "", color: str = "kind",
                size: str = "degree", focus: str | None = None, as_of: str | None = None,
                cluster_above: int = CLUSTER_ABOVE, evidence_cap: int = EVIDENCE_PER_FACT) -> Iterator[str]:
    """The HTML page for *net*, piece by piece (one row of data at a time).

    *color* is ``kind`` (ontology class) or ``community``; *size* is ``degree`` or
    ``pagerank``. Analytics already on the nodes (from :func:`kg.analysis.annotate`, for
    example over the whole graph before a view was cut out) are used as they are;
    missing ones are computed on *net*. *focus* (a node id) is selected and centred when the
    page opens. *as_of* (a date) is where the page's time slider starts. A page of more than
    *cluster_above* entities (0: never) opens with its communities collapsed into cluster nodes.
    Each fact shows its first *evidence_cap* pieces of evidence (the page says so).
    """
    if color not in ("kind", "community") or size not in ("degree", "pagerank"):
        raise ConfigError(f"color must be kind or community, size degree or pagerank (got {color!r}, {size!r})")
    if any("community" not in d for _, d in net.nodes(data=True)):
        net = annotate(net)
    nodes, edges, sources = _payload(net, color, size)
    classes, groups = _legend(nodes, color)
    relations = Counter(str(e["relation"]) for e in edges)
    colours = {str(e["relation"]): e["colour"] for e in edges}
    bounds = sorted({str(b) for e in edges for span in e["periods"] for b in span if b})  # type: ignore[attr-defined]
    if as_of:
        bounds = sorted({*bounds, day(as_of, end=True)})
    layers = Counter(str(e["layer"]) for e in edges)
    env = Environment(loader=FileSystemLoader(_TEMPLATES), autoescape=select_autoescape(["html"]))
    vis_js = (_VIS / "vis-network.min.js").read_text(encoding="utf-8")
    return env.get_template("graph.html").generate(
        title=title, note=note, version=package_version(), color=color, size=size,
        evidence_cap=evidence_cap, reference_only=layers[REFERENCE_LAYER], reference_both=layers[BOTH_LAYERS],
        reference_colour=REFERENCE_COLOUR,
        node_rows=_rows(nodes), edge_rows=_rows(edges, sources, evidence_cap),
        options=_options(len(nodes), _edge_length(nodes, edges)),
        focus=focus if focus in net else None,
        names=sorted({str(n["label"]) for n in nodes}), classes=classes, groups=groups,
        relations=[{"name": r, "count": c, "colour": colours[r]} for r, c in sorted(relations.items())],
        clustered=bool(cluster_above) and len(nodes) > cluster_above,
        time={"first": int(bounds[0][:4]), "last": int(bounds[-1][:4]),
              "start": day(as_of, end=True) if as_of else None} if bounds else None,
        vis_js="\n".join(line for line in vis_js.split("\n") if not line.startswith("//# sourceMappingURL")),
        vis_css=(_VIS / "vis-network.css").read_text(encoding="utf-8"),
    )


@contextmanager
def _paused_gc() -> Iterator[None]:
    """Python's cycle collector off while a page is made: the network and its evidence are
    hundreds of thousands of objects, which every full collection walks again (a fifth of the
    time of a page of 20,000 entities); what is left over is collected when it is back on."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def make_page(source: Graph | str | Path, *, query: str | None = None, focus: str | None = None, hops: int = 1,
              types: tuple[str, ...] = (), relations: tuple[str, ...] = (), min_degree: int = 0,
              document: str | None = None, max_nodes: int = 300, color: str = "kind", size: str = "degree",
              title: str | None = None, as_of: str | None = None, cluster_above: int = CLUSTER_ABOVE,
              renderer: str = "auto") -> Page:
    """Load *source* (a graph or a graph file), cut out the view, and render it.

    *query* is SPARQL text (CONSTRUCT, or SELECT ?s ?p ?o) whose result is drawn instead of
    the whole graph; the other options then filter that result. Analytics (degree, PageRank,
    communities) are computed on the whole graph or query result, before the view is cut.
    *as_of* (2004, 2004-06 or 2004-06-30) keeps only the facts that held then. *renderer* is
    ``vis`` (vis-network), ``webgl`` (:mod:`kg.webgl`) or ``auto``: WebGL above
    :data:`WEBGL_ABOVE` entities.
    """
    with _paused_gc():
        return _make_page(source, query=query, focus=focus, hops=hops, types=types, relations=relations,
                          min_degree=min_degree, document=document, max_nodes=max_nodes, color=color, size=size,
                          title=title, as_of=as_of, cluster_above=cluster_above, renderer=renderer)


def _make_page(source: Graph | str | Path, *, query: str | None, focus: str | None, hops: int,
               types: tuple[str, ...], relations: tuple[str, ...], min_degree: int, document: str | None,
               max_nodes: int, color: str, size: str, title: str | None, as_of: str | None, cluster_above: int,
               renderer: str) -> Page:
    if isinstance(source, Graph):
        net = query_network(source, query) if query is not None else to_networkx(source)
    elif query is not None:  # a query sees every piece of evidence
        net = query_network(load_with_reference(source), query)
    else:  # the page shows the first pieces of evidence of a fact
        net = file_network(source, evidence_per_fact=EVIDENCE_PER_FACT)
    view = select(annotate(net, in_place=True), focus=focus, hops=hops, types=types, relations=relations,
                  min_degree=min_degree, document=document, max_nodes=max_nodes, rank=size, when=as_of)
    note = view.note if query is None else "Query result: " + view.note[0].lower() + view.note[1:]
    if title is None:
        title = "natokg — " + ("query result" if query is not None else "NATO partnership graph")
        if view.focus:
            title += f": {net.nodes[view.focus]['label']}, {hops} hop{'s' if hops != 1 else ''}"
        if as_of:
            title += f", as of {as_of}"
    if renderer not in ("auto", "vis", "webgl"):
        raise ConfigError(f"renderer must be auto, vis or webgl (got {renderer!r})")
    if renderer == "webgl" or (renderer == "auto" and view.net.number_of_nodes() > WEBGL_ABOVE):
        from .webgl import render_webgl

        html = render_webgl(view.net, title=title, note=note, color=color, size=size, focus=view.focus, as_of=as_of)
    else:
        html = render_html(view.net, title=title, note=note, color=color, size=size, focus=view.focus, as_of=as_of,
                           cluster_above=cluster_above)
    return Page(html, view.net.number_of_nodes(), view.net.number_of_edges(), note)


def write_page(source: Graph | str | Path, out: str | Path, **options: object) -> Page:
    """:func:`make_page` written atomically to *out* (UTF-8)."""
    page = make_page(source, **options)  # type: ignore[arg-type]
    return replace(page, path=atomic_write(out, page.html))
