"""SPARQL on a store of ≥ 1M triples: the embedded Oxigraph store against plain in-memory rdflib.

Generates synthetic data in natokg's data model (entities named after the curated
reference names, with labels, aliases and mention counts; facts with their plain triple,
fact node, assertions and Web Annotation selectors; documents that mention entities),
loads it into the embedded on-disk store (``kg.store.OxigraphStore``), an in-memory
Oxigraph store and, in a child process, a plain rdflib ``Graph``, then times two 2-hop
queries with a label filter through ``kg.query.run_query`` (the path of ``kg query``):

  name:      the start entity found by its name, bound as a term (how queries/*.rq work)
  contains:  the start entities found by FILTER(CONTAINS(label, "Partnership")) (a label scan)

and prints the median (p50) and p90 of each, rdflib's times (capped by --timeout; a query
cut off counts as the cap, so its speed-up is a lower bound) and the speed-up measured in
this run. Target: embedded p50 under 50 ms.

    python benchmarks/sparql_store.py [--triples 1000000] [--runs 20] [--timeout 60]
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import platform
import random
import re
import signal
import subprocess
import sys
import tempfile
import time
from importlib.metadata import version
from pathlib import Path

import pyoxigraph as ox

from kg.query import Query, run_query
from kg.store import OxigraphStore, RdflibStore

ROOT = Path(__file__).resolve().parent.parent
BASE = "https://w3id.org/natokg/"
NKG = "https://w3id.org/natokg/ontology#"
RDF, RDFS, SKOS = ("http://www.w3.org/1999/02/22-rdf-syntax-ns#", "http://www.w3.org/2000/01/rdf-schema#",
                   "http://www.w3.org/2004/02/skos/core#")
PROV, OA, DCT, SCHEMA = ("http://www.w3.org/ns/prov#", "http://www.w3.org/ns/oa#", "http://purl.org/dc/terms/",
                         "https://schema.org/")
XSD = "http://www.w3.org/2001/XMLSchema#"
RELATIONS = ["memberOf", "partnerOf", "participatesIn", "cooperatesWith", "adopted", "signed", "established",
             "leaderOf", "locatedIn", "supports", "partOf", "relatedTo"]
KIND_PATH = {"Country": "country", "InternationalOrganization": "organization", "Organization": "organization",
             "PartnershipFramework": "framework", "Person": "person", "Event": "event", "Agreement": "agreement",
             "Place": "place", "Topic": "topic"}

TWO_HOPS = """
  ?a ?p1 ?b . ?b a ?tb ; rdfs:label ?lb .
  ?b ?p2 ?c . ?c a ?tc ; rdfs:label ?lc ."""
QUERIES = {
    "name": Query.parse("# Parameters:\n#   name (name) the start entity\n"
                        "SELECT ?name ?p1 ?lb ?p2 ?lc WHERE {\n  VALUES ?nameProperty { rdfs:label skos:altLabel }\n"
                        f"  ?a ?nameProperty ?name .{TWO_HOPS}\n}}"),
    "contains": Query.parse(f"SELECT ?la ?p1 ?lb ?p2 ?lc WHERE {{\n  ?a rdfs:label ?la .\n"
                            f'  FILTER(CONTAINS(?la, "Partnership")){TWO_HOPS}\n}}'),
}


def _lit(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r") + '"'


def reference_names() -> list[tuple[str, str]]:
    """(name, class) of the curated countries, organisations, frameworks, agreements..."""
    names = []
    for file, fixed in (("countries.tsv", "Country"), ("entities.tsv", None)):
        with (ROOT / "data" / "reference" / file).open(encoding="utf-8") as handle:
            for row in csv.DictReader(handle, delimiter="\t"):
                kind = fixed or row["class"]
                if kind in KIND_PATH:
                    names.append((row["name"], kind))
    return names


def generate(path: Path, target: int, seed: int = 7) -> dict[str, object]:
    """Write ≥ *target* triples of natokg-shaped data as N-Triples; returns counts and a sample name."""
    rng = random.Random(seed)
    names = reference_names()
    n_entities = max(1000, target // 28)
    n_docs = max(10, n_entities // 25)
    lines: list[str] = []
    entities: list[str] = []
    labels: dict[str, str] = {}
    for i in range(n_entities):
        base, kind = names[i % len(names)]
        label = base if i < len(names) else f"{base} {i // len(names)}"
        iri = f"<{BASE}id/{KIND_PATH[kind]}/{re.sub(r'[^A-Za-z0-9]+', '_', label).strip('_')}_{i}>"
        entities.append(iri)
        labels[iri] = label
        lines += [f"{iri} <{RDF}type> <{NKG}{kind}> .", f"{iri} <{RDFS}label> {_lit(label)}@en .",
                  f"{iri} <{SKOS}prefLabel> {_lit(label)}@en .", f"{iri} <{SKOS}altLabel> {_lit(label + ' (alias)')}@en .",
                  f'{iri} <{NKG}mentionCount> "{rng.randint(1, 40)}"^^<{XSD}integer> .']
    docs = [f"<{BASE}doc/{i:016x}>" for i in range(n_docs)]
    mentions: set[tuple[str, str]] = set()
    for i, doc in enumerate(docs):
        lines += [f"{doc} <{RDF}type> <{NKG}Document> .", f"{doc} <{DCT}title> {_lit(f'Document {i}')} .",
                  f"{doc} <{DCT}identifier> {_lit(f'doc{i:05d}.txt')} .", f"{doc} <{DCT}source> {_lit(f'corpus/doc{i:05d}.txt')} .",
                  f'{doc} <{DCT}language> "en" .', f"{doc} <{NKG}sha256> {_lit(f'{i:064x}')} .",
                  f'{doc} <{NKG}byteSize> "{rng.randint(2000, 20000)}"^^<{XSD}integer> .']
    hubs = entities[: max(10, n_entities // 50)]
    facts = 0
    out: dict[str, list[str]] = {}
    while len(lines) + len(mentions) < target:
        s = rng.choice(entities)
        o = rng.choice(hubs) if rng.random() < 0.4 else rng.choice(entities)
        if o == s:
            continue
        p = f"<{NKG}{rng.choice(RELATIONS)}>"
        out.setdefault(s, []).append(o)
        fact = f"<{BASE}fact/{facts:016x}>"
        support = rng.choice((1, 1, 1, 2))
        lines += [f"{s} {p} {o} .", f"{fact} <{RDF}type> <{NKG}Fact> .", f"{fact} <{NKG}subject> {s} .",
                  f"{fact} <{NKG}predicate> {p} .", f"{fact} <{NKG}object> {o} .",
                  f'{fact} <{NKG}supportCount> "{support}"^^<{XSD}integer> .']
        for k in range(support):
            doc = rng.choice(docs)
            mentions |= {(doc, s), (doc, o)}
            a = f"{BASE}assertion/{facts:016x}{k}"
            start = rng.randint(0, 9000)
            lines += [f"<{a}> <{RDF}type> <{NKG}Assertion> .", f"<{a}> <{NKG}asserts> {fact} .",
                      f"<{a}> <{PROV}wasDerivedFrom> {doc} .", f'<{a}> <{NKG}rule> "active" .',
                      f'<{a}> <{NKG}confidence> "0.8"^^<{XSD}decimal> .', f'<{a}> <{NKG}polarity> "positive" .',
                      f"<{a}> <{OA}hasTarget> <{a}#target> .", f"<{a}#target> <{RDF}type> <{OA}SpecificResource> .",
                      f"<{a}#target> <{OA}hasSource> {doc} .", f"<{a}#target> <{OA}hasSelector> <{a}#quote> .",
                      f"<{a}#target> <{OA}hasSelector> <{a}#position> .",
                      f"<{a}#quote> <{RDF}type> <{OA}TextQuoteSelector> .",
                      f"<{a}#quote> <{OA}exact> {_lit(f'Sentence {facts} about the partnership.')} .",
                      f"<{a}#position> <{RDF}type> <{OA}TextPositionSelector> .",
                      f'<{a}#position> <{OA}start> "{start}"^^<{XSD}integer> .',
                      f'<{a}#position> <{OA}end> "{start + 120}"^^<{XSD}integer> .']
        facts += 1
    lines += [f"{doc} <{SCHEMA}mentions> {entity} ." for doc, entity in sorted(mentions)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    # the start of the name query: a well-connected entity (90th percentile of 2-hop paths)
    paths = sorted((sum(len(out.get(o, ())) for o in ends), iri) for iri, ends in out.items())
    paths = [(n, iri) for n, iri in paths if n > 0]
    count, start = paths[int(len(paths) * 0.9)]
    return {"triples": len(lines), "entities": n_entities, "facts": facts, "documents": n_docs,
            "name": labels[start], "paths": count}


def timed(store: object, name: str, params: dict[str, str], runs: int) -> tuple[list[float], int]:
    times, rows = [], 0
    for _ in range(runs):
        started = time.perf_counter()
        rows = len(run_query(store, QUERIES[name], params).rows)  # type: ignore[arg-type]
        times.append(time.perf_counter() - started)
    return times, rows


def rdflib_child(data: str, params: str, runs: int, timeout: int) -> None:
    """Child process: parse the data into a plain rdflib Graph, run each query with a time cap."""
    from rdflib import Graph

    def alarm(*_: object) -> None:
        raise TimeoutError

    signal.signal(signal.SIGALRM, alarm)
    started = time.perf_counter()
    graph = Graph()
    graph.parse(data, format="nt")
    result: dict[str, object] = {"load_s": time.perf_counter() - started, "triples": len(graph)}
    store = RdflibStore(graph)
    for name in QUERIES:
        times, rows, cut = [], 0, False
        for _ in range(runs):
            signal.alarm(timeout)
            began = time.perf_counter()
            try:
                rows = len(run_query(store, QUERIES[name], json.loads(params) if name == "name" else {}).rows)
            except Exception as err:  # the alarm surfaces inside rdflib, wrapped in QueryError
                cause: BaseException | None = err
                while cause is not None and not isinstance(cause, TimeoutError):
                    cause = cause.__cause__
                if cause is None:
                    raise
                cut = True
            finally:
                signal.alarm(0)
            times.append(time.perf_counter() - began)
            if cut:
                break
        result[name] = {"times": times, "rows": rows, "cut": cut}
    print(json.dumps(result))


def machine() -> str:
    cpu = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                if line.startswith("model name")), platform.processor()) if Path("/proc/cpuinfo").exists() else ""
    memory = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    return (f"{os.cpu_count()} vCPU {cpu}, {memory:.0f} GiB RAM, Python {platform.python_version()}, "
            f"pyoxigraph {version('pyoxigraph')}, rdflib {version('rdflib')}")


def ms(values: list[float], q: float = 0.5) -> float:
    ordered = sorted(values)
    return 1000 * ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--triples", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=20, help="timed runs per query on Oxigraph (after one warm-up)")
    parser.add_argument("--rdflib-runs", type=int, default=3)
    parser.add_argument("--timeout", type=int, default=60, help="cap per rdflib query run, seconds")
    parser.add_argument("--child", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        rdflib_child(args.child[0], args.child[1], args.rdflib_runs, args.timeout)
        return
    print(f"machine: {machine()}")
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "data.nt"
        started = time.perf_counter()
        shape = generate(data, args.triples)
        print(f"data: {shape['triples']:,} triples ({shape['entities']:,} entities, {shape['facts']:,} facts, "
              f"{shape['documents']:,} documents) generated in {time.perf_counter() - started:.1f} s")
        params = {"name": str(shape["name"])}
        child = subprocess.Popen([sys.executable, __file__, "--child", str(data), json.dumps(params),
                                  "--rdflib-runs", str(args.rdflib_runs), "--timeout", str(args.timeout)],
                                 stdout=subprocess.PIPE, text=True)
        results: dict[str, dict[str, tuple[list[float], int]]] = {}
        for label, location in (("embedded (disk)", Path(tmp) / "store"), ("Oxigraph in memory", None)):
            started = time.perf_counter()
            store = OxigraphStore(location)
            store.oxigraph.bulk_load(path=str(data), format=ox.RdfFormat.N_TRIPLES, to_graph=ox.DefaultGraph())
            if location is not None:  # opened again, as a later kg query would
                store.close()
                store = OxigraphStore(location)
            load = time.perf_counter() - started
            results[label] = {}
            for name in QUERIES:
                timed(store, name, params if name == "name" else {}, 1)
                results[label][name] = timed(store, name, params if name == "name" else {}, args.runs)
            store.close()
            print(f"{label}: loaded in {load:.1f} s")
        output, _ = child.communicate(timeout=args.timeout * 2 * args.rdflib_runs + 1800)
        rdflib = json.loads(output.strip().splitlines()[-1])
        print(f"rdflib: parsed {rdflib['triples']:,} triples in {rdflib['load_s']:.1f} s")
    print(f"\nquery 'name' binds ?name = {params['name']!r} (an entity with {shape['paths']} 2-hop paths over "
          f"relations); cap per rdflib run {args.timeout} s\n")
    print("| query | engine | rows | p50 ms | p90 ms | runs | speed-up vs rdflib (p50) |")
    print("|---|---|---:|---:|---:|---:|---:|")
    for name in QUERIES:
        slow = rdflib[name]
        rdflib_p50 = ms(slow["times"])
        for label, found in results.items():
            times, rows = found[name]
            ratio = rdflib_p50 / ms(times)
            print(f"| {name} | {label} | {rows:,} | {ms(times):.1f} | {ms(times, 0.9):.1f} | {len(times)} | "
                  f"{'≥ ' if slow['cut'] else ''}{ratio:,.0f}× |")
        shown = f"> {args.timeout * 1000:,}" if slow["cut"] else f"{rdflib_p50:,.0f}"
        print(f"| {name} | rdflib (memory) | {slow['rows'] if not slow['cut'] else '–'} | {shown} | | "
              f"{len(slow['times'])} | 1× |")
    embedded = ms(results["embedded (disk)"]["name"][0])
    print(f"\ntarget: embedded p50 < 50 ms for the name query: {'met' if embedded < 50 else 'NOT met'} "
          f"({embedded:.1f} ms)")


if __name__ == "__main__":
    main()
