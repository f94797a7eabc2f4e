"""Name search: the FTS5 index kept with the store, fresh after builds, removes, imports and updates."""

from __future__ import annotations

import shutil
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner

from kg.api import BuildReport, build, import_rdf, remove, remove_imports, search, update
from kg.cli import cli
from kg.search import INDEX_FILE, index_path
from kg.store import open_store

ROOT = Path(__file__).resolve().parent.parent
DOC_000 = ROOT / "data" / "corpus" / "000_09de478905b3451f.txt"
ID = "https://w3id.org/natokg/id/"
ZYX = f"""@prefix nkg: <https://w3id.org/natokg/ontology#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
<{ID}country/Zyxland> a nkg:Country ; rdfs:label "Zyxland"@en ; skos:altLabel "Republic of Żyxland"@en .
"""


def _store(report: BuildReport) -> Path:
    return report.outputs["graph.ttl"].parent / "store"


def labels(matches) -> list[str]:
    return [m.label for m in matches]


def test_search_finds_names_by_word_and_word_start(sample_build: BuildReport) -> None:
    store = _store(sample_build)
    assert (store / INDEX_FILE).is_file(), "the build writes the index beside its data"
    found = search("atlantic", store=store)
    assert "Euro-Atlantic Partnership Council" in labels(found)
    assert all("atlantic" in m.name.lower() for m in found)
    eapc = next(m for m in found if m.label == "Euro-Atlantic Partnership Council")
    assert eapc.entity.startswith(ID) and "PartnershipFramework" in eapc.kinds
    assert "Partnership for Peace" in labels(search("partnersh peac", store=store))  # word starts, any order
    assert labels(search("Partnership for Peace", store=store))[0] == "Partnership for Peace"  # exact name first
    assert search("no such name at all", store=store) == []
    assert len(search("a", store=store, limit=2)) <= 2
    for hostile in ['"', '*', 'NEAR(a b)', "x OR y AND NOT z", "'; DROP TABLE names; --", "^", ""]:
        search(hostile, store=store)  # the words only reach FTS5, quoted: never a syntax error


def test_search_index_follows_imports_updates_and_removes(tmp_path: Path, nlp) -> None:
    (tmp_path / "in").mkdir()
    shutil.copy(DOC_000, tmp_path / "in")
    out = tmp_path / "out"
    report = build([tmp_path / "in"], out, nlp=nlp)
    store = _store(report)
    before = {m.entity for m in search("NATO", store=store)}
    assert before

    data = tmp_path / "zyx.ttl"
    data.write_text(ZYX, encoding="utf-8")
    import_rdf([data], store=store, out=None)
    assert labels(search("zyxland", store=store)) == ["Zyxland"]
    assert search("zyx", store=store)[0].name == "Zyxland"
    assert search("republic zyxland", store=store)[0].name == "Republic of Żyxland"  # accents folded
    remove_imports(["zyx.ttl"], store=store, out=None)
    assert search("zyxland", store=store) == []

    update(f'INSERT DATA {{ <{ID}topic/Quuxology> a nkg:Topic ; rdfs:label "Quuxology"@en }}', store=store, out=None)
    assert labels(search("quux", store=store)) == ["Quuxology"]

    remove([DOC_000.name], store=store, out=None)
    assert {m.entity for m in search("NATO", store=store)} == set()
    assert labels(search("quux", store=store)) == ["Quuxology"]  # hand-made data stays

    (store / INDEX_FILE).unlink()  # a store from before the index: made on first search
    assert labels(search("quux", store=store)) == ["Quuxology"] and (store / INDEX_FILE).is_file()


def test_search_on_a_store_in_memory() -> None:
    store = open_store("memory")
    store.insert(t.triple for t in ox.parse(ZYX.encode(), ox.RdfFormat.TURTLE))
    assert index_path(store) is None
    assert labels(search("zyxland", store=store)) == ["Zyxland"]


def test_search_command(sample_build: BuildReport) -> None:
    runner = CliRunner()
    result = runner.invoke(cli, ["search", "atlantic", "--store", str(_store(sample_build))])
    assert result.exit_code == 0, result.output
    lines = [line.split("\t") for line in result.stdout.splitlines()]
    assert ["Euro-Atlantic Partnership Council", "PartnershipFramework"] in [row[:2] for row in lines]
    assert all(len(row) == 4 and row[2].startswith(ID) for row in lines)
    empty = runner.invoke(cli, ["search", "no such name at all", "--store", str(_store(sample_build))])
    assert empty.exit_code == 0 and empty.stdout == ""
    missing = runner.invoke(cli, ["search", "x", "--store", str(_store(sample_build).parent / "nowhere")])
    assert missing.exit_code != 0 and "kg: error:" in missing.stderr
