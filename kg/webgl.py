"""Stage 5c: the entity network as a WebGL page, for graphs too big for the vis-network page.

The page (``kg/templates/graph_webgl.html``) draws with sigma.js on graphology, both inlined
from ``kg/templates/vendor/`` (MIT, copied from their npm packages), under the same
Content-Security-Policy as the default page: nothing is loaded from the network. Positions
come from :func:`kg.viz.layout`, so the first frame is the stable layout; there is no
physics in the browser. Data is sent as compact rows (one short list per entity and per
fact, the first distinct sentence of evidence only) and put on screen with ``textContent``.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import networkx as nx
from jinja2 import Environment, FileSystemLoader, select_autoescape

from .analysis import annotate, day, periods
from .config import package_version
from .network import DOCUMENT_LAYER
from .viz import CLASS_STYLE, OTHER_STYLE, PALETTE, REFERENCE_COLOUR, _scale, layout, node_size, relation_colours

__all__ = ["render_webgl"]

_TEMPLATES = Path(__file__).parent / "templates"
_VENDOR = _TEMPLATES / "vendor"
#: a sentence of evidence is cut at this many characters on the WebGL page
SENTENCE_CHARS = 300


def _script(name: str) -> str:
    return "\n".join(line for line in (_VENDOR / name).read_text(encoding="utf-8").split("\n")
                     if not line.startswith("//# sourceMappingURL"))


def render_webgl(net: nx.MultiDiGraph, *, title: str = "natokg", note: str = "", color: str = "kind",
                 size: str = "degree", focus: str | None = None, as_of: str | None = None) -> str:
    """The WebGL page for *net*: the same data model and options as :func:`kg.viz.render_html`."""
    if any("community" not in d for _, d in net.nodes(data=True)):
        net = annotate(net)
    degree = dict(net.degree())
    metric = _scale({n: float(d.get(size if size == "pagerank" else "degree", degree[n]))
                     for n, d in net.nodes(data=True)})
    positions = layout(net, metric, labels=False)  # sigma.js draws only the labels that fit
    order = sorted(net.nodes, key=lambda n: (net.nodes[n]["label"], n))
    index = {n: i for i, n in enumerate(order)}
    kinds = sorted({str(net.nodes[n]["kind"]) for n in order})
    nodes = []
    for n in order:
        data = net.nodes[n]
        fill = CLASS_STYLE.get(data["kind"], OTHER_STYLE)[0]
        if color == "community":
            c = int(data.get("community", -1))
            fill = PALETTE[c] if 0 <= c < len(PALETTE) else OTHER_STYLE[0]
        x, y = positions[n]
        nodes.append([n, data["label"], kinds.index(data["kind"]), round(x, 1), round(-y, 1),
                      round(node_size(metric[n], len(order)) / 3, 2), fill, int(data.get("degree", degree[n])),
                      int(data.get("community", -1))])
    counts = Counter(k for *_, k in net.edges(keys=True))
    relations = [k for k, _ in counts.most_common()]
    colours = relation_colours(relations)
    edges = []
    bounds: set[str] = set()
    for s, o, key, data in sorted(net.edges(keys=True, data=True)):
        evidence = data.get("evidence", ()) or ()
        first = evidence[0] if evidence else None
        spans = periods(data)
        bounds |= {b for span in spans for b in span if b}
        edges.append([index[s], index[o], relations.index(key), int(data.get("support", 0)),
                      str(data.get("layer", DOCUMENT_LAYER)),
                      first.sentence[:SENTENCE_CHARS] if first else "", first.document if first else "",
                      len(evidence), [list(span) for span in spans]])
    if as_of:
        bounds.add(day(as_of, end=True))
    ordered = sorted(bounds)
    env = Environment(loader=FileSystemLoader(_TEMPLATES), autoescape=select_autoescape(["html"]))
    return env.get_template("graph_webgl.html").render(
        title=title, note=note, version=package_version(), size=size,
        nodes=nodes, edges=edges, focus=index.get(focus) if focus else None,
        kinds=[{"kind": k, "count": sum(1 for n in nodes if n[2] == i),
                "fill": CLASS_STYLE.get(k, OTHER_STYLE)[0]} for i, k in enumerate(kinds)],
        relations=[{"name": r, "count": counts[r], "colour": colours[r]} for r in relations],
        reference_colour=REFERENCE_COLOUR, by_community=color == "community",
        time={"first": int(ordered[0][:4]), "last": int(ordered[-1][:4]),
              "start": day(as_of, end=True) if as_of else None} if ordered else None,
        graphology_js=_script("graphology.umd.min.js"), sigma_js=_script("sigma.min.js"),
    )
