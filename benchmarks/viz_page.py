"""Graph page at scale: time to write a page of N entities and for headless Chromium to draw it.

Generates a synthetic graph in the natokg data model (entities of every class, facts with
one piece of evidence each, hubs like a real partnership graph: organisations and
frameworks with many members), then times, for each size:

  project:  RDF graph -> networkx (kg.network.to_networkx)
  analyse:  degree, PageRank, Louvain (kg.analysis.annotate)
  layout:   kg.viz.layout
  render:   the whole page (kg.viz.render_html, layout included) and its atomic write
  draw:     navigation start -> first frame drawn in headless Chromium (window.kgReadyMs)
  relax:    the page's bounded physics run ("Relax layout") until it stops by itself

and prints page size, ratios to the smallest size and per-1,000-entity figures. With
``--renderer webgl`` (or ``both``) the WebGL page (kg.webgl) is measured the same way; its
layout comes from Python, so its first frame is its stable layout (no relax step).

    python benchmarks/viz_page.py                  # 500, 2,000 and 5,000 entities
    python benchmarks/viz_page.py --sizes 5000 --screenshot big.png
    python benchmarks/viz_page.py --sizes 1000,5000,20000 --renderer both
    python benchmarks/viz_page.py --sizes 20000 --process   # the whole `kg viz` process, 3 runs
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import networkx as nx
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, RDF, RDFS

from kg.analysis import annotate
from kg.files import atomic_write
from kg.network import to_networkx
from kg.rdf.vocab import NKG, OA
from kg.viz import layout, render_html
from kg.webgl import render_webgl

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]
BASE = "https://w3id.org/natokg/"
#: share of entities per class, and how many facts an entity of that class starts
MIX = {"Country": (0.10, 3), "InternationalOrganization": (0.01, 1), "PartnershipFramework": (0.01, 1),
       "Organization": (0.12, 1), "Person": (0.30, 1), "Event": (0.12, 2), "Agreement": (0.14, 1),
       "Place": (0.12, 1), "Topic": (0.08, 0)}
#: (subject class, relation, object classes)
PATTERNS = {"Country": [("memberOf", ["InternationalOrganization"]), ("participatesIn", ["PartnershipFramework"]),
                        ("partnerOf", ["Country", "InternationalOrganization"])],
            "InternationalOrganization": [("cooperatesWith", ["InternationalOrganization"])],
            "PartnershipFramework": [("partOf", ["InternationalOrganization"])],
            "Organization": [("partOf", ["Country", "InternationalOrganization"])],
            "Person": [("leaderOf", ["Country", "Organization", "InternationalOrganization"])],
            "Event": [("heldIn", ["Place"]), ("supports", ["Topic"])],
            "Agreement": [("relatedTo", ["Topic", "PartnershipFramework"])],
            "Place": [("locatedIn", ["Country"])]}


def synthetic_graph(entities: int, seed: int = 1) -> Graph:
    """A graph of *entities* entities shaped like a natokg build (facts, assertions, quotes)."""
    rng = random.Random(seed)
    graph = Graph()
    by_class: dict[str, list[URIRef]] = {}
    for cls, (share, _) in MIX.items():
        for i in range(max(2, round(entities * share))):
            iri = URIRef(f"{BASE}id/{cls.lower()}/{cls}_{i}")
            graph.add((iri, RDF.type, NKG[cls]))
            graph.add((iri, RDFS.label, Literal(f"{cls} {i}", lang="en")))
            by_class.setdefault(cls, []).append(iri)
    docs = [URIRef(f"{BASE}doc/{i:016x}") for i in range(max(1, entities // 50))]
    for i, doc in enumerate(docs):
        graph.add((doc, RDF.type, NKG.Document))
        graph.add((doc, DCTERMS.identifier, Literal(f"doc_{i:05d}.txt")))
    number = 0
    for cls, (_, out_degree) in MIX.items():
        for subject in by_class[cls]:
            for _ in range(rng.randint(out_degree and 1, out_degree + 1) if out_degree else 0):
                relation, targets = rng.choice(PATTERNS[cls])
                pool = by_class[rng.choice(targets)]
                obj = pool[min(int(rng.paretovariate(1.2)) - 1, len(pool) - 1)]  # a few hubs take most
                if obj == subject:
                    continue
                number += 1
                fact, assertion = URIRef(f"{BASE}fact/{number}"), URIRef(f"{BASE}assertion/{number}")
                graph.add((subject, NKG[relation], obj))
                graph.add((fact, RDF.type, NKG.Fact))
                graph.add((fact, NKG.subject, subject))
                graph.add((fact, NKG.predicate, NKG[relation]))
                graph.add((fact, NKG.object, obj))
                graph.add((fact, NKG.supportCount, Literal(1)))
                graph.add((assertion, RDF.type, NKG.Assertion))
                graph.add((assertion, NKG.asserts, fact))
                graph.add((assertion, PROV.wasDerivedFrom, rng.choice(docs)))
                graph.add((assertion, NKG.rule, Literal("active")))
                graph.add((assertion, NKG.confidence, Literal(0.7)))
                target, quote = URIRef(f"{assertion}#target"), URIRef(f"{assertion}#quote")
                graph.add((assertion, OA.hasTarget, target))
                graph.add((target, OA.hasSelector, quote))
                graph.add((quote, RDF.type, OA.TextQuoteSelector))
                graph.add((quote, OA.exact, Literal(f"Sentence {number}: the {cls.lower()} {relation} the other "
                                                    "party, as the communiqué of the meeting recorded.")))
    return graph


def timed(label: str, times: dict[str, float], func, *args, **kwargs):  # type: ignore[no-untyped-def]
    started = time.perf_counter()
    result = func(*args, **kwargs)
    times[label] = time.perf_counter() - started
    return result


def in_browser(path: Path, screenshot: Path | None, relax: bool = True) -> tuple[float, float]:
    """(ms to first frame, ms for the bounded physics run, 0 without one) in headless Chromium."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright, tempfile.TemporaryDirectory() as profile:
        context = playwright.chromium.launch_persistent_context(
            profile, executable_path=CHROMIUM, args=ARGS, headless=True, viewport={"width": 1400, "height": 900})
        page = context.new_page()
        page.route("**/*", lambda route: route.continue_() if route.request.url.startswith("file:")
                   else route.abort())
        page.goto(path.resolve().as_uri())
        page.wait_for_function("() => window.kgReady === true", timeout=600_000)
        drawn = float(page.evaluate("() => window.kgReadyMs"))
        if screenshot:
            page.screenshot(path=str(screenshot))
        relaxed = 0.0
        if relax:
            started = time.perf_counter()
            page.click("#relax")
            page.wait_for_function("() => window.kgRelaxed === true", timeout=600_000)
            relaxed = (time.perf_counter() - started) * 1000
        context.close()
    return drawn, relaxed


def write_turtle(graph: Graph, path: Path) -> None:
    """*graph* as sorted Turtle, as a build writes graph.ttl."""
    import pyoxigraph as ox

    from kg.rdf.io import PREFIX_IRIS, ox_triples

    path.write_bytes(ox.serialize(sorted(ox_triples(graph), key=str), format=ox.RdfFormat.TURTLE,
                                  prefixes=PREFIX_IRIS) or b"")


def whole_process(sizes: list[int], runs: int, args: list[str]) -> None:
    """Time ``kg viz FILE --max-nodes 0`` as a user runs it: a fresh process that reads the Turtle
    file, analyses, lays out and writes the page; wall and CPU seconds and peak RSS per run."""
    print(f"kg viz FILE {' '.join(args)}: whole process, {runs} runs each (median, range)")
    print(f"{'entities':>8} {'file MB':>8} {'wall s':>18} {'CPU s':>18} {'peak RSS MiB':>20}")
    with tempfile.TemporaryDirectory() as tmp:
        for size in sizes:
            source = Path(tmp) / f"graph_{size}.ttl"
            # in a child: the graph would otherwise count in the peak RSS of every process started after it
            subprocess.run([sys.executable, __file__, "--turtle", str(size), str(source)], check=True)
            walls, cpus, peaks = [], [], []
            for _ in range(runs):
                started = time.perf_counter()
                child = subprocess.Popen([sys.executable, "-m", "kg", "viz", str(source), *args,
                                          "--out", str(Path(tmp) / "page.html")],
                                         stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
                _, status, usage = os.wait4(child.pid, 0)
                walls.append(time.perf_counter() - started)
                if status:
                    raise SystemExit(f"kg viz failed on {size} entities")
                cpus.append(usage.ru_utime + usage.ru_stime)
                peaks.append(usage.ru_maxrss / 1024)

            def cell(values: list[float]) -> str:
                return f"{statistics.median(values):.1f} ({min(values):.1f}–{max(values):.1f})"

            print(f"{size:>8,} {source.stat().st_size / 1e6:>8.1f} {cell(walls):>18} {cell(cpus):>18} "
                  f"{cell(peaks):>20}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="500,2000,5000", help="entity counts, comma-separated")
    parser.add_argument("--screenshot", type=Path, help="PNG of the largest page as first drawn")
    parser.add_argument("--no-browser", action="store_true", help="only time the Python side")
    parser.add_argument("--renderer", choices=["vis", "webgl", "both"], default="vis",
                        help="which page to measure (both: vis-network up to 5,000 entities, WebGL at every size)")
    parser.add_argument("--process", action="store_true",
                        help="time the whole `kg viz FILE --max-nodes 0` process (reading the file included)")
    parser.add_argument("--runs", type=int, default=3, help="runs per size with --process")
    parser.add_argument("--turtle", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.turtle:
        write_turtle(synthetic_graph(int(args.turtle[0])), Path(args.turtle[1]))
        return
    sizes = [int(s) for s in args.sizes.split(",")]
    if args.process:
        whole_process(sizes, args.runs, ["--max-nodes", "0"])
        return
    rows, webgl = [], []
    with tempfile.TemporaryDirectory() as tmp:
        for size in sizes:
            graph = synthetic_graph(size)
            times: dict[str, float] = {}
            net = timed("project", times, to_networkx, graph)
            marked = timed("analyse", times, annotate, net)
            timed("layout", times, layout, marked)
            if args.renderer == "vis" or (args.renderer == "both" and size <= 5000):
                html = timed("render", times, render_html, marked, title=f"{size} entities")
                path = Path(tmp) / f"page_{size}.html"
                timed("write", times, atomic_write, path, html)
                drawn = relaxed = float("nan")
                if not args.no_browser:
                    shot = args.screenshot if size == sizes[-1] and args.renderer == "vis" else None
                    drawn, relaxed = in_browser(path, shot)
                rows.append((size, net.number_of_nodes(), net.number_of_edges(), times, path.stat().st_size,
                             drawn, relaxed))
            if args.renderer in ("webgl", "both"):
                started = time.perf_counter()
                path = Path(tmp) / f"webgl_{size}.html"
                atomic_write(path, render_webgl(marked, title=f"{size} entities"))
                write_s = time.perf_counter() - started
                drawn = float("nan")
                if not args.no_browser:
                    shot = args.screenshot if size == sizes[-1] else None
                    drawn, _ = in_browser(path, shot, relax=False)
                webgl.append((net.number_of_nodes(), net.number_of_edges(), times["project"] + times["analyse"],
                              write_s, path.stat().st_size, drawn))
    if webgl:
        print("WebGL page (sigma.js): the first frame is the stable layout (positions from Python)")
        print(f"{'entities':>8} {'relations':>9} {'load+analyse s':>14} {'write s':>8} {'page MB':>8} {'drawn=stable s':>14}")
        for nodes, edges, before, write_s, size_b, drawn in webgl:
            print(f"{nodes:>8,} {edges:>9,} {before:>14.2f} {write_s:>8.2f} {size_b / 1e6:>8.2f} {drawn / 1000:>14.2f}")
        print()
    if not rows:
        return
    print(f"{'entities':>8} {'relations':>9} {'project':>8} {'analyse':>8} {'layout':>8} {'render':>8} {'write':>6} "
          f"{'page MB':>8} {'drawn s':>8} {'relax s':>8}")
    for size, nodes, edges, t, size_b, drawn, relaxed in rows:
        print(f"{nodes:>8,} {edges:>9,} {t['project']:>8.2f} {t['analyse']:>8.2f} {t['layout']:>8.2f} "
              f"{t['render']:>8.2f} {t['write']:>6.2f} {size_b / 1e6:>8.2f} {drawn / 1000:>8.2f} "
              f"{relaxed / 1000:>8.2f}")
    base = len(render_html(nx.MultiDiGraph()).encode("utf-8"))  # vis-network, styles, script: the same on every page
    print(f"\nfixed part of every page (vis-network bundle, styles, script): {base / 1e6:.2f} MB")
    small = rows[0]
    print(f"\nratios to {small[1]:,} entities (render includes layout; 'page s' = render + write + drawn):")
    for size, nodes, edges, t, size_b, drawn, relaxed in rows[1:]:
        page_s = t["render"] + t["write"] + drawn / 1000
        small_s = small[3]["render"] + small[3]["write"] + small[5] / 1000
        print(f"  {nodes:>6,}: x{nodes / small[1]:.1f} entities -> render x{t['render'] / small[3]['render']:.1f}, "
              f"page bytes x{size_b / small[4]:.1f}, drawn x{drawn / small[5]:.1f}, page s x{page_s / small_s:.1f}")
    for size, nodes, edges, t, size_b, drawn, relaxed in rows:
        print(f"  {nodes:>6,} entities: {(size_b - base) / nodes / 1000:.2f} kB of data per entity, "
              f"{(t['render'] + t['write']) / nodes * 1000:.2f} s per 1,000 entities to write, "
              f"{drawn / nodes:.2f} s per 1,000 to draw")


if __name__ == "__main__":
    main()
