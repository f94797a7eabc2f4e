"""kg.store and incremental builds: the same graph in every store, idempotence, replacement, removal.

The server tests start a real Oxigraph server (``oxigraph serve``, PyPI package ``oxigraph``)
on a free loopback port.
"""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox
import pytest

import kg
from kg.api import build, build_graph, remove
from kg.errors import ConfigError, InputError, QueryError
from kg.incremental import stored_documents
from kg.query import Query, named_queries, run_query
from kg.rdf.vocab import NKG as NKG_NS
from kg.rdf.vocab import RDFS
from kg.rdf.io import to_ox
from kg.store import OxigraphStore, RdflibStore, RemoteStore, Store, open_store

CORPUS = Path(__file__).resolve().parent.parent / "data" / "corpus"
NKG = "https://w3id.org/natokg/ontology#"
ID = "https://w3id.org/natokg/id/"
A = "Poland is a member of NATO. Lithuania adopted the Program Against Terrorism.\n"
B = "Poland is a member of NATO. Sweden joined NATO in 2024.\n"
C = "Finland joined NATO in 2023. Russia may join the Partnership for Peace.\n"


def quads(store: Store) -> set[str]:
    """The store's triples in Oxigraph's canonical form (numbers written the same way everywhere)."""
    canonical = ox.Store()
    canonical.extend(ox.Quad(t.subject, t.predicate, t.object) for t in store.triples())
    return {str(q) for q in canonical}


def state(path: Path) -> set[str]:
    with open_store(path, create=False) as store:
        return quads(store)


def corpus(folder: Path, **texts: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in texts.items():
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    return folder


def value(store: Store, sparql: str) -> str | None:
    rows = run_query(store, sparql).rows
    return rows[0][0].value if rows and rows[0][0] is not None else None


def support(store: Store, subject: str, predicate: str, obj: str) -> str | None:
    return value(store, f"SELECT ?n WHERE {{ ?f nkg:subject <{ID}{subject}> ; nkg:predicate nkg:{predicate} ; "
                        f"nkg:object <{ID}{obj}> ; nkg:supportCount ?n }}")


@pytest.fixture
def oxigraph_server() -> Iterator[str]:
    """A fresh in-memory Oxigraph server on a free loopback port; its base URL."""
    binary = shutil.which("oxigraph") or str(Path(sys.executable).with_name("oxigraph"))
    if not Path(binary).exists():
        pytest.skip("the Oxigraph server is not installed (pip install oxigraph)")
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    url = f"http://127.0.0.1:{port}"
    process = subprocess.Popen([binary, "serve", "--bind", f"127.0.0.1:{port}"],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 15
        while True:
            try:
                with urllib.request.urlopen(f"{url}/query?query=ASK%7B%7D", timeout=1):
                    break
            except OSError:
                if process.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError("oxigraph serve did not start") from None
                time.sleep(0.05)
        yield url
    finally:
        process.terminate()
        process.wait(timeout=10)


def test_store_parity_memory_embedded_server_rdflib(tmp_path: Path, nlp, oxigraph_server: str) -> None:
    docs = sorted(CORPUS.glob("*.txt"))
    expected = kg.to_graph(kg.extract(kg.read_documents(docs).documents, nlp=nlp))
    reference = OxigraphStore()
    reference.insert(ox.Triple(*(to_ox(t) for t in triple)) for triple in expected)
    found, read = {}, {}
    for name, location in {"memory": "memory", "embedded": tmp_path / "store",
                           "server": oxigraph_server, "rdflib": "memory:rdflib"}.items():
        with open_store(location) as store:
            report = build_graph(docs, store=store, nlp=nlp)
            assert (report.new, report.unchanged, report.documents) == (len(docs), 0, len(docs)), name
            found[name] = quads(store)
            read[name] = lazily(store)
    assert found["memory"] == quads(reference), "a one-document-at-a-time store equals the one-shot graph"
    for name in ("embedded", "server", "rdflib"):
        assert found[name] == found["memory"], name
        assert read[name] == read["memory"], name
    groups, countries, ask, labels = read["memory"]
    assert len(groups) > 100 and sum(n for _, n in groups) == len(found["memory"])
    assert [subject for subject, _ in groups] == sorted(subject for subject, _ in groups)
    assert ("Poland", "country/Poland") in countries and ask == [("true",)] and len(labels) == len(countries)


def lazily(store: Store) -> tuple[list[tuple[str, int]], list[tuple[str, ...]], list[tuple[str, ...]], set[str]]:
    """What the lazy readers of *store* give: its subjects in order with their number of triples,
    and the forms of a SELECT, an ASK and a CONSTRUCT read through :meth:`Store.stream`."""
    groups = []
    for group in store.by_subject():
        assert len({t.subject for t in group}) == 1
        groups.append((str(group[0].subject), len(group)))
    rows = []
    for sparql in ("SELECT ?l ?e WHERE { ?c a nkg:Country ; rdfs:label ?l BIND(STRAFTER(STR(?c), '/id/') AS ?e) } "
                   "ORDER BY ?l", "ASK { ?c a nkg:Country }"):
        form, _, answer = store.stream(sparql)
        rows.append([tuple(term.value for term in row) for row in answer])  # type: ignore[union-attr]
    form, _, triples = store.stream("CONSTRUCT { ?c rdfs:label ?l } WHERE { ?c a nkg:Country ; rdfs:label ?l }")
    assert form == "graph"
    return groups, rows[0], rows[1], {str(triple) for (triple,) in triples}


def test_store_insert_takes_triples_and_quads_into_the_default_graph() -> None:
    a, p, b = ox.NamedNode("http://example.org/a"), ox.NamedNode("http://example.org/p"), ox.NamedNode("http://example.org/b")
    given = [ox.Triple(a, p, b), ox.Quad(b, p, a), ox.Quad(a, p, ox.Literal("x"), ox.NamedNode("http://example.org/g"))]
    for store in (OxigraphStore(), RdflibStore()):
        store.insert(iter(given))
        assert quads(store) == {'<http://example.org/a> <http://example.org/p> <http://example.org/b>',
                                '<http://example.org/b> <http://example.org/p> <http://example.org/a>',
                                '<http://example.org/a> <http://example.org/p> "x"'}
        if isinstance(store, OxigraphStore):
            assert list(store.oxigraph.named_graphs()) == [] and len(store.oxigraph) == 3


def test_store_rebuild_changes_nothing_and_runs_no_nlp(tmp_path: Path, nlp) -> None:
    inputs = corpus(tmp_path / "in", a=A, b=B)
    first = build([inputs], tmp_path / "out", nlp=nlp)
    assert (first.new, first.unchanged, first.replaced, first.documents) == (2, 0, 0, 2)
    ttl = first.outputs["graph.ttl"]
    written, before = ttl.read_bytes(), state(tmp_path / "out" / "store")
    mtime = ttl.stat().st_mtime_ns
    again = build([inputs], tmp_path / "out")  # same model and extractor: nothing is read again
    assert (again.new, again.unchanged, again.replaced, again.reread, again.sentences) == (0, 2, 0, 0, 0)
    assert again.extraction is not None and again.extraction.documents == []
    assert (again.documents, again.entities, again.relations, again.facts) == \
           (first.documents, first.entities, first.relations, first.facts)
    assert state(tmp_path / "out" / "store") == before
    assert ttl.read_bytes() == written and ttl.stat().st_mtime_ns == mtime, "outputs are not rewritten"
    assert again.graph is not None and len(again.graph) == len(first.graph)


def test_store_new_document_is_the_only_one_processed(tmp_path: Path, nlp) -> None:
    inputs = corpus(tmp_path / "in", a=A, b=B)
    build([inputs], tmp_path / "out", nlp=nlp)
    before = state(tmp_path / "out" / "store")
    corpus(inputs, c=C)
    report = build([inputs], tmp_path / "out", nlp=nlp)
    assert (report.new, report.unchanged, report.replaced, report.documents) == (1, 2, 0, 3)
    assert report.extraction is not None and [d.name for d in report.extraction.documents] == ["c.txt"]
    after = state(tmp_path / "out" / "store")
    counts = (f"<{NKG}mentionCount>", f"<{NKG}supportCount>")
    assert {q for q in before if not any(c in q for c in counts)} <= after
    with open_store(tmp_path / "out" / "store") as store:
        assert support(store, "country/Finland", "memberOf", "organization/NATO") is not None
        # hedged: a fact node and an assertion, but no plain triple and no support
        # joining a framework is taking part in it (kg.extract.signatures)
        assert support(store, "country/Russia", "participatesIn", "framework/Partnership_for_Peace") == "0"
        assert not run_query(store, f"ASK {{ <{ID}country/Russia> nkg:participatesIn ?o }}").boolean


def test_store_changed_document_replaces_its_old_facts(tmp_path: Path, nlp) -> None:
    inputs = corpus(tmp_path / "in", a=A, b=B)
    build([inputs], tmp_path / "out", nlp=nlp)
    with open_store(tmp_path / "out" / "store") as store:
        old = {d.iri for d in stored_documents(store) if d.name == "b.txt"}
    corpus(inputs, b="Poland is a member of NATO. Finland joined NATO in 2023.\n")
    report = build([inputs], tmp_path / "out", nlp=nlp)
    assert (report.new, report.unchanged, report.replaced, report.documents) == (0, 1, 1, 2)
    with open_store(tmp_path / "out" / "store") as store:
        names = {d.iri: d.name for d in stored_documents(store)}
        assert not old & set(names) and sorted(names.values()).count("b.txt") == 1
        assert support(store, "country/Sweden", "memberOf", "organization/NATO") is None
        assert not run_query(store, f"ASK {{ <{ID}country/Sweden> ?p ?o }}").boolean
        assert support(store, "country/Finland", "memberOf", "organization/NATO") is not None


def test_store_remove_retracts_one_document_and_nothing_else(tmp_path: Path, nlp) -> None:
    inputs = corpus(tmp_path / "in", a=A)
    build([inputs], tmp_path / "alone", nlp=nlp)
    build([corpus(inputs, b=B)], tmp_path / "out", nlp=nlp)
    with open_store(tmp_path / "out" / "store") as store:
        shared = support(store, "country/Poland", "memberOf", "organization/NATO")
    report = remove(["b.txt"], out=tmp_path / "out")
    assert report.retraction.documents and report.retraction.assertions >= 2
    assert report.retraction.entities_removed >= 1 and report.retraction.facts_removed >= 1
    assert report.outputs["graph.ttl"].read_bytes().count(b"Sweden") == 0
    with open_store(tmp_path / "out" / "store") as store:
        assert int(support(store, "country/Poland", "memberOf", "organization/NATO") or 0) == int(shared or 0) - 1
    # the same as never having read b.txt, but for the mention counts, which are not kept per document
    mention = f"<{NKG}mentionCount>"
    left, alone = state(tmp_path / "out" / "store"), state(tmp_path / "alone" / "store")
    assert {q for q in left if mention not in q} == {q for q in alone if mention not in q}
    with pytest.raises(InputError, match="no such document"):
        remove(["b.txt"], out=tmp_path / "out")


def test_store_server_build_query_export(tmp_path: Path, nlp, oxigraph_server: str) -> None:
    inputs = corpus(tmp_path / "in", a=A, b=B)
    report = build([inputs], tmp_path / "out", store=oxigraph_server, nlp=nlp)
    assert report.new == 2 and report.store == f"{oxigraph_server}/query"
    again = build([inputs], tmp_path / "out", store=oxigraph_server)
    assert (again.new, again.unchanged, again.sentences) == (0, 2, 0)
    server = RemoteStore.from_url(oxigraph_server)
    exported = {str(q) for q in ox.parse(path=str(report.outputs["graph.ttl"]), format=ox.RdfFormat.TURTLE)}
    assert exported == quads(server)
    result = run_query(server, "SELECT ?name WHERE { ?c nkg:memberOf ?o ; rdfs:label ?name }")
    assert {"Poland", "Sweden"} <= {r[0].value for r in result.rows}
    remove(["b.txt"], store=oxigraph_server, out=tmp_path / "out")
    (inputs / "b.txt").unlink()
    build([inputs], tmp_path / "ref-out", nlp=nlp)
    mention = f"<{NKG}mentionCount>"
    assert {q for q in quads(server) if mention not in q} == \
           {q for q in state(tmp_path / "ref-out" / "store") if mention not in q}


def test_store_locations(tmp_path: Path) -> None:
    assert isinstance(open_store("memory"), OxigraphStore)
    assert isinstance(open_store("memory:rdflib"), RdflibStore)
    fuseki = RemoteStore.from_url("http://localhost:3030/natokg")
    assert (fuseki.query_url, fuseki.update_url, fuseki.data_url) == (
        "http://localhost:3030/natokg/query", "http://localhost:3030/natokg/update", "http://localhost:3030/natokg/data")
    graphdb = RemoteStore.from_url("query=http://h:7200/repositories/kg,update=http://h:7200/repositories/kg/statements")
    assert (graphdb.update_url, graphdb.data_url) == ("http://h:7200/repositories/kg/statements", None)
    secret = RemoteStore.from_url("http://user:s3cret@localhost:7878")
    assert "s3cret" not in secret.location and secret.auth == "user:s3cret"
    with pytest.raises(ConfigError, match="no store here"):
        open_store(tmp_path / "missing", create=False)
    (tmp_path / "g.ttl").write_text(f"<{ID}x> <{NKG}p> 1 .\n", encoding="utf-8")
    assert open_store(tmp_path / "g.ttl").count() == 1
    with OxigraphStore(tmp_path / "locked"), pytest.raises(ConfigError, match="in use"):
        OxigraphStore(tmp_path / "locked")
    with pytest.raises(ConfigError, match="cannot reach"):
        RemoteStore.from_url("http://127.0.0.1:9").count()


def test_store_server_takes_a_cluster_build(tmp_path: Path, nlp, oxigraph_server: str) -> None:
    """Extraction on a Dask LocalCluster, the graph in a real SPARQL server: the graph of a local build."""
    local = build([CORPUS], tmp_path / "local", store="memory", nlp=nlp)
    remote = build([CORPUS], tmp_path / "remote", store=oxigraph_server, cluster="local:2", partition_chars=5000)
    assert remote.store == f"{oxigraph_server}/query" and remote.new == 4
    assert (tmp_path / "remote" / "graph.ttl").read_bytes() == local.outputs["graph.ttl"].read_bytes()
    assert len(quads(RemoteStore.from_url(oxigraph_server))) > 700


def test_store_server_binds_parameters_as_terms(oxigraph_server: str) -> None:
    """For a server the bound terms travel as a VALUES block: hostile values stay literals, or are refused."""
    hostile = ['x" } ; DROP ALL ; #', "a\nb\r\nc", 'x"""y', "EAPC> } INSERT DATA { <a:b> <a:c> <a:d> } #",
               "back\\slash \\u0022", "tab\there", "}", ">", "Łódź ✓ 𝔘"]
    server = RemoteStore.from_url(oxigraph_server)
    entity = ox.NamedNode(f"{ID}place/Odd")
    label = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label")
    server.insert(ox.Triple(entity, label, ox.Literal(v, language="en")) for v in hostile)
    lookup = Query.parse("# Parameters:\n#   name (name) a label\nSELECT ?name ?e WHERE { ?e rdfs:label ?name }")
    for text in hostile:
        assert run_query(server, lookup, {"name": text}).rows == [(ox.Literal(text, language="en"), entity)]
        assert run_query(server, named_queries()["documents-mentioning"], {"entity": text}).rows == []
    typed = Query.parse("# Parameters:\n#   e (iri) an entity\nSELECT ?e ?l WHERE { ?e rdfs:label ?l }")
    assert len(run_query(server, typed, {"e": entity.value}).rows) == len(hostile)
    with pytest.raises(QueryError, match="not an absolute IRI"):
        run_query(server, typed, {"e": "https://example.org/a> } DROP ALL { <b"})
    assert server.count() == len(hostile)


def test_store_incremental_build_adds_curated_facts_across_runs(tmp_path: Path, nlp) -> None:
    """Lithuania in one run, NATO in the next: in mode corpus-wide the curated membership appears
    in the reference layer once both are mentioned, and never in the document graph."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("Lithuania adopted a new defence plan.\n", encoding="utf-8")
    out = tmp_path / "out"
    first = build([folder], out, nlp=nlp, reference="corpus-wide")
    memberships = ('SELECT ?y WHERE { ?s rdfs:label "Lithuania"@en . ?o rdfs:label "NATO"@en . GRAPH ?g { '
                   '?r nkg:subject ?s ; nkg:predicate nkg:memberOf ; nkg:object ?o ; nkg:since ?y } }')
    with open_store(out / "store", create=False) as store:
        assert store.query(memberships).rows == []
    assert first.reference_facts == 0
    (folder / "b.txt").write_text("NATO met in Brussels.\n", encoding="utf-8")
    second = build([folder], out, nlp=nlp)
    assert second.new == 1 and second.unchanged == 1 and second.reference_mode == "corpus-wide"
    with open_store(out / "store", create=False) as store:
        assert [row[0].value for row in store.query(memberships).rows] == ["2004-03-29"]
    assert not list(second.graph.triples((None, NKG_NS.memberOf, None)))


def test_store_incremental_build_keeps_one_name_per_entity(tmp_path: Path, nlp) -> None:
    """A later document spelling a name differently (Programme/Program) joins the existing node."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("Estonia adopted the Baltic Defence Programme in 2001.\n", encoding="utf-8")
    out = tmp_path / "out"
    build([folder], out, nlp=nlp)
    (folder / "b.txt").write_text("Latvia adopted the Baltic Defence Program in 2002. "
                                  "The Baltic Defence Program grew.\n", encoding="utf-8")
    report = build([folder], out, nlp=nlp)
    labels = {str(o) for s, o in report.graph.subject_objects(RDFS.label) if "Baltic Defence" in str(o)}
    assert labels == {"Baltic Defence Programme"}
    adopters = {str(report.graph.value(s, RDFS.label)) for s, _, _ in report.graph.triples((None, NKG_NS.adopted, None))}
    assert adopters == {"Estonia", "Latvia"}
