"""kg.build / kg.build_graph and the store commands of the CLI: reports, reruns, remove, update."""

from __future__ import annotations

import hashlib
from pathlib import Path

from click.testing import CliRunner
from rdflib import Graph

import kg
from kg.api import BuildReport, build, build_graph
from kg.config import DEFAULT_BASE
from kg.cli import cli
from kg.store import OxigraphStore, RdflibStore, open_store

TEXT = "Poland is a member of NATO. Lithuania adopted the Program Against Terrorism.\n"


def test_api_sample_build_report(sample_build: BuildReport) -> None:
    report = sample_build
    assert (report.new, report.unchanged, report.replaced, report.documents) == (4, 0, 0, 4)
    assert report.extraction is not None and len(report.extraction.documents) == 4
    assert report.sentences == report.extraction.sentences > 50
    assert report.entities > 20 and report.relations >= report.facts > 5
    assert isinstance(report.graph, Graph) and set(report.outputs) == {"graph.ttl", "graph.html", "dataset.ttl"}
    store = report.outputs["graph.ttl"].parent / "store"
    assert store.is_dir() and report.store == str(store)
    with open_store(store, create=False) as opened:
        assert opened.count() == len(report.graph)


def test_api_build_graph_defaults_to_memory_and_takes_a_store(tmp_path: Path, nlp) -> None:
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    report = build_graph([tmp_path / "a.txt"], nlp=nlp)
    assert report.store == "memory" and report.outputs == {} and not list(tmp_path.glob("*/"))
    rdflib_store = RdflibStore()
    again = build_graph([tmp_path / "a.txt"], store=rdflib_store, nlp=nlp)
    assert again.graph is rdflib_store.rdf and len(again.graph) == len(report.graph)
    unchanged = build_graph([tmp_path / "a.txt"], store=rdflib_store)
    assert (unchanged.new, unchanged.reread, unchanged.sentences) == (0, 0, 0)


def test_api_build_in_memory_writes_outputs_only(tmp_path: Path, nlp) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(TEXT, encoding="utf-8")
    report = build([tmp_path / "in"], tmp_path / "out", store="memory", nlp=nlp)
    written = sorted(p.name for p in (tmp_path / "out").iterdir())
    assert written == [".natokg-state", "dataset.ttl", "graph.html", "graph.ttl"]
    assert kg.load_graph(report.outputs["graph.ttl"]).isomorphic(report.graph)


def test_api_cli_build_twice_reports_zero_new_documents(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(TEXT, encoding="utf-8")
    args = ["build", str(tmp_path / "in"), "--out", str(tmp_path / "out")]
    first = CliRunner().invoke(cli, args)
    assert first.exit_code == 0, first.output
    assert first.stderr.startswith("1 new documents, 0 unchanged, 0 replaced; 1 documents, 2 sentences")
    second = CliRunner().invoke(cli, args)
    assert second.exit_code == 0, second.output
    assert second.stderr.startswith("0 new documents, 1 unchanged, 0 replaced; 1 documents, 0 sentences")
    assert second.stdout == first.stdout


def test_api_build_reads_again_what_another_extractor_read(tmp_path: Path) -> None:
    from dataclasses import replace

    from kg.settings import record_settings, recorded_settings
    from kg.store import OxigraphStore

    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(TEXT, encoding="utf-8")
    args = ["build", str(tmp_path / "in"), "--out", str(tmp_path / "out")]
    assert CliRunner().invoke(cli, args).exit_code == 0
    graph = (tmp_path / "out" / "graph.ttl").read_bytes()
    with OxigraphStore(tmp_path / "out" / "store") as store:
        settings = recorded_settings(store)
        assert settings is not None and len(settings.extractor) == 16
        record_settings(store, replace(settings, extractor="0" * 16))  # as an earlier natokg would have left it
    again = CliRunner().invoke(cli, args)
    assert again.exit_code == 0, again.output
    assert "kg: note: 1 unchanged document(s) read again: the store had been extracted by another" in again.stderr
    assert "0 new documents, 1 unchanged, 0 replaced; 1 documents, 2 sentences" in again.stderr
    assert (tmp_path / "out" / "graph.ttl").read_bytes() == graph
    with OxigraphStore(tmp_path / "out" / "store") as store:
        assert recorded_settings(store) == settings
    third = CliRunner().invoke(cli, args)
    assert "read again" not in third.stderr and "1 unchanged, 0 replaced; 1 documents, 0 sentences" in third.stderr
    (tmp_path / "other").mkdir()
    (tmp_path / "other" / "b.txt").write_text("Poland is a member of NATO.\n", encoding="utf-8")
    both = args[:1] + [str(tmp_path / "other")] + args[1:]
    assert CliRunner().invoke(cli, both).exit_code == 0
    with OxigraphStore(tmp_path / "out" / "store") as store:
        record_settings(store, replace(settings, extractor="0" * 16))
    part = CliRunner().invoke(cli, args)  # a.txt only: b.txt keeps its earlier reading, and so do the settings
    assert "1 unchanged document(s) read again" in part.stderr
    assert "kg: note: 1 document(s) of the store were not among the inputs and keep their earlier reading" in part.stderr
    whole = CliRunner().invoke(cli, both)
    assert "2 unchanged document(s) read again" in whole.stderr and "not among the inputs" not in whole.stderr
    with OxigraphStore(tmp_path / "out" / "store") as store:
        assert recorded_settings(store) == settings


def test_api_cli_update_and_remove(tmp_path: Path, nlp) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(TEXT, encoding="utf-8")
    out = tmp_path / "out"
    build([tmp_path / "in"], out, nlp=nlp)
    runner = CliRunner()
    added = runner.invoke(cli, ["update", "--out", str(out),
                                'INSERT DATA { <https://w3id.org/natokg/id/country/Poland> skos:altLabel "Polska"@en }'])
    assert added.exit_code == 0, added.output
    assert b'"Polska"@en' in (out / "graph.ttl").read_bytes()
    found = runner.invoke(cli, ["query", "--store", str(out / "store"), "--name", "documents-mentioning",
                                "--param", "entity=Polska", "--format", "tsv"])
    assert found.exit_code == 0 and "a.txt" in found.stdout
    removed = runner.invoke(cli, ["remove", "--out", str(out), "a.txt"])
    assert removed.exit_code == 0, removed.output
    assert removed.stdout.split() == [str(out / "graph.ttl"), str(out / "graph.html"), str(out / "dataset.ttl")]
    assert "removed 1 document(s)" in removed.stderr
    with OxigraphStore(out / "store") as store:
        assert store.triples() == [], "the only document is gone, and with it every entity and fact"
    missing = runner.invoke(cli, ["remove", "--out", str(out), "a.txt"])
    assert missing.exit_code == 1 and "no such document in the store" in missing.stderr


def test_api_import_rdf_is_all_or_nothing(tmp_path: Path, nlp) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(TEXT, encoding="utf-8")
    out = tmp_path / "out"
    build([tmp_path / "in"], out, nlp=nlp)
    with OxigraphStore(out / "store") as store:
        before = store.count()
    good = tmp_path / "good.ttl"
    good.write_text('<https://example.org/x> <http://www.w3.org/2000/01/rdf-schema#label> "Łódź \\"quoted\\""@pl .\n',
                    encoding="utf-8")
    bad = tmp_path / "bad.ttl"
    bad.write_text("@prefix ex: <https://example.org/> .\nex:a ex:b ex:c .\nex:d ex:e \n", encoding="utf-8")
    runner = CliRunner()
    failed = runner.invoke(cli, ["import", str(good), str(bad), "--out", str(out)])
    assert failed.exit_code == 1
    assert failed.stderr.startswith(f"kg: error: {bad}:4:1: Unexpected end") and failed.stderr.count("\n") == 1
    with OxigraphStore(out / "store") as store:
        assert store.count() == before, "nothing from good.ttl went in either"
    done = runner.invoke(cli, ["import", str(good), "--out", str(out)])
    assert done.exit_code == 0, done.output
    assert "imported 1 triples" in done.stderr
    assert '"Łódź \\"quoted\\""@pl' in (out / "graph.ttl").read_text(encoding="utf-8")


# -- large inputs: files read in chunks, extraction merged in parts ----------------------------
def _clean_text() -> str:
    """The prose paragraphs of the sample corpus as one text (no navigation lines)."""
    from kg.ingest import paragraphs, read_documents

    docs = read_documents([Path(__file__).resolve().parent.parent / "data" / "corpus"]).documents
    return "\n\n".join(text for doc in docs for _, text in paragraphs(doc) if len(text.split()) > 8)


def test_api_large_file_in_chunks_and_parts_gives_the_graph_of_one_read(tmp_path: Path, nlp, monkeypatch) -> None:
    import kg.ingest

    path = tmp_path / "dump.txt"
    path.write_text(_clean_text(), encoding="utf-8")
    whole = build_graph([path], nlp=nlp)
    monkeypatch.setattr(kg.ingest, "BLOCK_BYTES", 1000)
    parts = build_graph([path], nlp=nlp, stream_bytes=1000, part_chars=3000)
    assert whole.extraction is not None and parts.extraction is not None
    assert len(whole.extraction.relations) >= 15 and parts.extraction.relations == []  # kept in the store only
    assert parts.extraction.sentences == whole.extraction.sentences
    assert set(parts.graph) == set(whole.graph) and len(whole.graph) > 700


def test_api_build_interrupted_between_parts_is_redone_cleanly(tmp_path: Path, nlp) -> None:
    from kg.incremental import orphans

    path = tmp_path / "in" / "dump.txt"
    path.parent.mkdir()
    path.write_text(_clean_text(), encoding="utf-8")
    done = [0]

    def interrupt(chars: int) -> None:
        done[0] += chars
        if done[0] > 9000:
            raise KeyboardInterrupt

    store = tmp_path / "store"
    try:
        build_graph([path.parent], store=store, nlp=nlp, part_chars=3000, progress=interrupt)
    except KeyboardInterrupt:
        pass
    with OxigraphStore(store) as held:
        sha = hashlib.sha256(path.read_bytes()).hexdigest()
        assert f"{DEFAULT_BASE}doc/{sha[:16]}" in orphans(held), "parts went in, without their document"
        assert held.count() > 100
        assert not list(held.query("SELECT ?d WHERE { ?d a nkg:Document }").rows)
    again = build_graph([path.parent], store=store, nlp=nlp, part_chars=3000)
    fresh = build_graph([path.parent], nlp=nlp)
    assert again.new == 1 and set(again.graph) == set(fresh.graph)


def test_api_remove_keeps_the_build_base(tmp_path: Path, nlp) -> None:
    base = "https://example.org/kg/"
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "a.txt").write_text(TEXT, encoding="utf-8")
    (inputs / "b.txt").write_text("Finland joined NATO in 2023.\n", encoding="utf-8")
    build([inputs], tmp_path / "out", nlp=nlp, base=base)
    from kg.api import remove

    remove(["b.txt"], store=tmp_path / "out" / "store", out=tmp_path / "out")
    dataset = (tmp_path / "out" / "dataset.ttl").read_text(encoding="utf-8")
    graph = (tmp_path / "out" / "graph.ttl").read_text(encoding="utf-8")
    assert f"<{base}" in dataset and f"<{DEFAULT_BASE}build/" not in dataset and f"<{DEFAULT_BASE}doc/" not in dataset
    assert f"<{base}doc/" in graph and f"<{DEFAULT_BASE}doc/" not in graph
