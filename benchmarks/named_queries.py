"""The named queries (queries/*.rq) and name search on a store of ~1M triples, embedded Oxigraph.

Generates natokg-shaped data with the generator of ``sparql_store.py``, bulk-loads it into
an on-disk store, opens it again (as ``kg query`` would), then times each named query
through ``kg.query.run_query`` with parameters taken from the data (a busy framework, a
country, an entity, two ends of a path) and prints p50 / p90 in milliseconds. With
``--before DIR`` the ``.rq`` files in DIR are timed too, side by side, and their rows
compared with the shipped ones.

    python benchmarks/named_queries.py [--triples 1000000] [--runs 20] [--before OLD_QUERIES_DIR]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

import pyoxigraph as ox

sys.path.insert(0, str(Path(__file__).resolve().parent))
from sparql_store import generate, machine, ms  # noqa: E402

from kg.query import Query, named_queries, run_query  # noqa: E402
from kg.search import refresh, search  # noqa: E402
from kg.store import OxigraphStore  # noqa: E402

#: the label scan that the name index replaces
SCAN = Query.parse("# Parameters:\n#   word (string) a word of the name\n"
                   "SELECT ?e ?label ?word WHERE { ?e rdfs:label|skos:altLabel ?label . "
                   "FILTER(CONTAINS(LCASE(STR(?label)), LCASE(?word))) }")


def parameters(store: OxigraphStore, start: str) -> dict[str, dict[str, str]]:
    """Values for each named query's parameters, picked from the data."""
    def first(sparql: str) -> str:
        return str(run_query(store, sparql).rows[0][0].value)  # type: ignore[union-attr]

    framework = first("SELECT ?l WHERE { ?f nkg:object ?fw . ?fw a nkg:PartnershipFramework ; rdfs:label ?l } "
                      "GROUP BY ?l ORDER BY DESC(COUNT(?f)) LIMIT 1")
    country = first("SELECT ?l WHERE { ?f nkg:subject ?c . ?c a nkg:Country ; rdfs:label ?l } "
                    "GROUP BY ?l ORDER BY DESC(COUNT(?f)) LIMIT 1")
    far = first(f"SELECT ?l WHERE {{ ?a rdfs:label {ox.Literal(start, language='en')} . ?a ?p ?b . ?b ?q ?c . "
                "?c rdfs:label ?l . FILTER(?c != ?a) } LIMIT 1")
    return {"partners-of": {"framework": framework}, "country-facts": {"country": country},
            "adopted-signed": {}, "documents-mentioning": {"entity": country},
            "path-between": {"from": start, "to": far}, "reference-facts": {"entity": country}}


def timed(store: OxigraphStore, query: Query, params: dict[str, str], runs: int) -> tuple[list[float], set]:
    """Times of the engine alone (the query with its parameters bound, as ``run_query`` hands it over)."""
    run_query(store, query, params)  # warm-up, and the checks run_query makes
    bindings = query.bindings(params)
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        result = store.query(query.text, bindings)
        times.append(time.perf_counter() - started)
    return times, {tuple(None if t is None else str(t) for t in row) for row in result.rows}


def end_to_end(store: OxigraphStore, query: Query, params: dict[str, str], runs: int) -> list[float]:
    """Times of ``run_query`` (checks, binding and the engine), after one warm-up run."""
    run_query(store, query, params)
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        run_query(store, query, params)
        times.append(time.perf_counter() - started)
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--triples", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--before", type=Path, help="a folder of earlier .rq files to time beside the shipped ones")
    args = parser.parse_args()
    print(f"machine: {machine()}")
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "data.nt"
        shape = generate(data, args.triples)
        store = OxigraphStore(Path(tmp) / "store")
        store.oxigraph.bulk_load(path=str(data), format=ox.RdfFormat.N_TRIPLES, to_graph=ox.DefaultGraph())
        store.close()
        store = OxigraphStore(Path(tmp) / "store")
        print(f"data: {shape['triples']:,} triples, {shape['entities']:,} entities, {shape['facts']:,} facts")
        values = parameters(store, str(shape["name"]))
        print("\nengine: the store's query call alone; run_query: with the checks kg query makes (warm)\n")
        print("| query | parameters | rows | before: engine p50 ms | engine p50 ms | engine p90 ms | run_query p50 ms "
              "| same rows |")
        print("|---|---|---:|---:|---:|---:|---:|---|")
        for name, query in named_queries().items():
            params = values.get(name, {})
            times, rows = timed(store, query, params, args.runs)
            before, same = "", ""
            old = args.before / f"{name}.rq" if args.before else None
            if old is not None and old.is_file():
                old_times, old_rows = timed(store, Query.parse(old.read_text(encoding="utf-8"), str(old)), params,
                                            args.runs)
                before, same = f"{ms(old_times):.1f}", "yes" if old_rows == rows else "NO"
            shown = ", ".join(f"{k}={v}" for k, v in params.items())
            whole = ms(end_to_end(store, query, params, args.runs))
            print(f"| {name} | {shown} | {len(rows):,} | {before} | {ms(times):.1f} | {ms(times, 0.9):.1f} | "
                  f"{whole:.1f} | {same} |")
        started = time.perf_counter()
        refresh(store)
        print(f"\nname index written in {time.perf_counter() - started:.2f} s (what each build, remove, import "
              "and update adds)\n")
        print("| name search | matches | index p50 ms | index p90 ms | label scan (SPARQL) p50 ms |")
        print("|---|---:|---:|---:|---:|")
        for word in ("atlantic", "partnership peace", str(values["country-facts"]["country"]).split()[0]):
            search(store, word)
            times = []
            for _ in range(args.runs):
                began = time.perf_counter()
                found = search(store, word)
                times.append(time.perf_counter() - began)
            scan, _ = timed(store, SCAN, {"word": word.split()[0]}, max(3, args.runs // 4))
            print(f"| {word} | {len(found)} | {ms(times):.2f} | {ms(times, 0.9):.2f} | {ms(scan):.0f} |")
        store.close()


if __name__ == "__main__":
    main()
