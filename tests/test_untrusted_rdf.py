"""Untrusted RDF files: bounded memory and time, one-line errors, the store unchanged, fresh blank nodes.

Every hostile file is generated here. The commands run as real processes under an
address-space limit, so a file that expands would fail the test instead of the machine.
"""

from __future__ import annotations

import resource
import subprocess
import sys
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg.errors import RDFSyntaxError
from kg.rdf.limits import MAX_DEPTH, MAX_ENTITY
from kg.files import load_graph
from kg.store import OxigraphStore, open_store

RDF_NS = 'xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:ex="http://example.org/"'
MEMORY = 2 * 2**30  # the attacks below took 12 GB


def _limit() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY, MEMORY))


def kg(*args: str | Path, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "kg", *map(str, args)], capture_output=True, text=True,
                          timeout=timeout, preexec_fn=_limit)


def billion_laughs(path: Path) -> Path:
    entities = ['<!ENTITY lol "lol">'] + [f'<!ENTITY lol{i} "{("&lol" + ("" if i == 1 else str(i - 1)) + ";") * 10}">'
                                          for i in range(1, 10)]
    path.write_text(f'<?xml version="1.0"?>\n<!DOCTYPE rdf:RDF [\n{chr(10).join(entities)}\n]>\n'
                    f'<rdf:RDF {RDF_NS}>\n<rdf:Description rdf:about="http://example.org/a">'
                    '<ex:p>&lol9;</ex:p></rdf:Description>\n</rdf:RDF>\n', encoding="utf-8")
    return path


def quadratic(path: Path, size: int = 50_000, uses: int = 50_000) -> Path:
    path.write_text(f'<?xml version="1.0"?>\n<!DOCTYPE rdf:RDF [<!ENTITY a "{"A" * size}">]>\n'
                    f'<rdf:RDF {RDF_NS}>\n<rdf:Description rdf:about="http://example.org/a">'
                    f'<ex:p>{"&a;" * uses}</ex:p></rdf:Description>\n</rdf:RDF>\n', encoding="utf-8")
    return path


@pytest.fixture
def store_with_data(tmp_path: Path) -> Path:
    location = tmp_path / "store"
    with OxigraphStore(location) as store:
        store.insert([ox.Triple(ox.NamedNode("urn:x:a"), ox.NamedNode("urn:x:p"), ox.Literal("kept"))])
    return location


def _count(location: Path) -> int:
    """Quads in every graph (imports are kept in named graphs of their own)."""
    with OxigraphStore(location) as store:
        return len(store.oxigraph)


def _one_line(done: subprocess.CompletedProcess[str], *needles: str) -> None:
    assert done.returncode == 1, (done.returncode, done.stderr[-2000:])
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("kg: error: "), done.stderr[-2000:]
    for needle in needles:
        assert needle in lines[0], lines[0]


@pytest.mark.parametrize("make", [billion_laughs, quadratic], ids=["billion-laughs", "quadratic"])
def test_entity_expansion_is_refused_in_bounded_memory(tmp_path: Path, store_with_data: Path, make) -> None:
    hostile = make(tmp_path / "hostile.rdf")
    done = kg("validate", hostile)
    _one_line(done, "hostile.rdf:", "entity")
    assert not done.stdout  # no "conforms"
    done = kg("import", hostile, "--store", store_with_data, "--out", tmp_path / "out")
    _one_line(done, "hostile.rdf:", "entity")
    assert _count(store_with_data) == 1  # unchanged
    assert not (tmp_path / "out").exists()


def test_expansion_budget_counts_every_use(tmp_path: Path) -> None:
    """Entities under the size cap, used often enough to expand past the budget, are refused too."""
    with pytest.raises(RDFSyntaxError, match="expand to more than"):
        load_graph(quadratic(tmp_path / "many.rdf", size=MAX_ENTITY, uses=5_000))
    attribute = tmp_path / "attribute.rdf"
    attribute.write_text(f'<?xml version="1.0"?>\n<!DOCTYPE rdf:RDF [<!ENTITY a "{"A" * MAX_ENTITY}">]>\n'
                         f'<rdf:RDF {RDF_NS}><rdf:Description rdf:about="http://example.org/a" '
                         f'ex:p="{"&a;" * 5_000}"/></rdf:RDF>\n', encoding="utf-8")
    with pytest.raises(RDFSyntaxError, match="expand to more than|amplification"):  # ours or expat's own guard
        load_graph(attribute)


def test_namespace_entities_as_protege_writes_them_still_work(tmp_path: Path) -> None:
    owl = tmp_path / "ontology.owl"
    owl.write_text('<?xml version="1.0"?>\n<!DOCTYPE rdf:RDF [\n'
                   '  <!ENTITY owl "http://www.w3.org/2002/07/owl#" >\n  <!ENTITY ex "http://example.org/" >\n]>\n'
                   f'<rdf:RDF {RDF_NS}>\n  <rdf:Description rdf:about="&ex;Thing">\n'
                   '    <rdf:type rdf:resource="&owl;Class"/>\n  </rdf:Description>\n</rdf:RDF>\n', encoding="utf-8")
    graph = load_graph(owl)
    assert {(str(s), str(o)) for s, _, o in graph} == {("http://example.org/Thing",
                                                        "http://www.w3.org/2002/07/owl#Class")}


@pytest.mark.parametrize(("doctype", "reason"), [
    ('<!ENTITY x SYSTEM "file:///etc/passwd">', "external entity"),
    ('<!ENTITY % p "x">', "parameter entity"),
])
def test_external_and_parameter_entities_are_refused(tmp_path: Path, doctype: str, reason: str) -> None:
    path = tmp_path / "x.rdf"
    path.write_text(f'<?xml version="1.0"?>\n<!DOCTYPE rdf:RDF [{doctype}]>\n<rdf:RDF {RDF_NS}/>\n', encoding="utf-8")
    with pytest.raises(RDFSyntaxError, match=reason) as caught:
        load_graph(path)
    assert caught.value.line == 2


def test_deep_nesting_is_refused_quickly(tmp_path: Path) -> None:
    """RDF/XML nested 100,000 deep took minutes (quadratic); JSON-LD 20,000 deep crashed the parser's stack."""
    n = 100_000
    xml = tmp_path / "deep.rdf"
    xml.write_text(f'<?xml version="1.0"?><rdf:RDF {RDF_NS}>' + "<rdf:Description><ex:p>" * n + "<rdf:Description/>"
                   + "</ex:p></rdf:Description>" * n + "</rdf:RDF>", encoding="utf-8")
    jsonld = tmp_path / "deep.jsonld"
    jsonld.write_text('{"@id": "http://example.org/a", "http://example.org/p": ' + '{"http://example.org/p": [' * 20_000
                      + '"x"' + "]}" * 20_000 + "}", encoding="utf-8")
    for path in (xml, jsonld):
        done = kg("validate", path, timeout=60)
        _one_line(done, f"{path.name}:1", f"nested more than {MAX_DEPTH} deep")
    shallow = tmp_path / "shallow.jsonld"
    shallow.write_text('{"@id": "http://example.org/a", "http://example.org/p": {"@value": "a \\"{[ string"}}',
                       encoding="utf-8")
    assert len(load_graph(shallow)) == 1


def test_a_200_mb_literal_is_one_line(tmp_path: Path, store_with_data: Path) -> None:
    big = tmp_path / "big.ttl"
    with big.open("w", encoding="utf-8") as handle:
        handle.write('<http://example.org/a> <http://example.org/p> "')
        for _ in range(200):
            handle.write("x" * 2**20)
        handle.write('" .\n')
    done = kg("import", big, "--store", store_with_data, "--out", tmp_path / "out")
    _one_line(done, "big.ttl:", "limit")
    assert _count(store_with_data) == 1


def test_blank_nodes_of_different_files_stay_apart(tmp_path: Path) -> None:
    """Two files both saying ``_:b1`` describe two nodes: Alice does not come to know Dave."""
    first, second = tmp_path / "first.ttl", tmp_path / "second.ttl"
    first.write_text('@prefix ex: <http://example.org/> .\nex:alice ex:knows _:b1 .\n_:b1 ex:name "Bob" .\n',
                     encoding="utf-8")
    second.write_text('@prefix ex: <http://example.org/> .\nex:carol ex:knows _:b1 .\n_:b1 ex:name "Dave" .\n',
                      encoding="utf-8")
    location = tmp_path / "store"
    done = kg("import", first, second, "--store", location, "--out", tmp_path / "out")
    assert done.returncode == 0, done.stderr
    with open_store(location, create=False) as store:
        rows = store.query("SELECT ?name WHERE { <http://example.org/alice> <http://example.org/knows>/"
                           "<http://example.org/name> ?name }").rows
    assert [row[0].value for row in rows] == ["Bob"]


@pytest.mark.parametrize("chunk", [1, 2, 3, 7, 64])
def test_json_scan_is_exact_across_chunk_boundaries(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                    chunk: int) -> None:
    """Brackets inside strings (escaped quotes, backslashes cut by a chunk's end) are not nesting."""
    from kg.rdf import limits

    monkeypatch.setattr(limits, "_CHUNK", chunk)
    monkeypatch.setattr(limits, "MAX_DEPTH", 3)
    path = tmp_path / "x.jsonld"
    path.write_text('{"a": ["\\\\", "\\"[[[[{{{", {"b": "\\\\\\"]]]"}]}', encoding="utf-8")
    limits.check_file(path, ox.RdfFormat.JSON_LD)
    path.write_text('{"a": [{"b": ["\\\\"]}]}', encoding="utf-8")
    with pytest.raises(RDFSyntaxError, match="nested more than 3 deep"):
        limits.check_file(path, ox.RdfFormat.JSON_LD)
