"""Imported RDF is first-class: kept apart per import, untouched by kg remove DOC, removable by name,
checked at import time; mention counts follow the documents in and out."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner

from kg.api import build, import_rdf, remove, remove_imports
from kg.cli import cli
from kg.files import stage_rdf
from kg.imports import check_import
from kg.incremental import IMPORTS, imports
from kg.query import named_queries
from kg.store import OxigraphStore

ROOT = Path(__file__).resolve().parent.parent
DOC_000 = ROOT / "data" / "corpus" / "000_09de478905b3451f.txt"
DOC_003 = ROOT / "data" / "corpus" / "003_8575cdd9b53e07a0.txt"
ID = "https://w3id.org/natokg/id/"
NKG = "https://w3id.org/natokg/ontology#"
PARTNERS = f"""@prefix nkg: <{NKG}> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
<{ID}country/Lithuania> nkg:partnerOf <{ID}country/Ukraine> .
<{ID}country/Ukraine> a nkg:Country ; rdfs:label "Ukraine"@en ; rdfs:comment [ rdfs:label "a note" ] .
"""


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory, nlp) -> Path:
    """Outputs and store of a build of documents 000 and 003 (they share a site header)."""
    root = tmp_path_factory.mktemp("imports")
    (root / "in").mkdir()
    for doc in (DOC_000, DOC_003):
        shutil.copy(doc, root / "in")
    build([root / "in"], root / "out", nlp=nlp)
    return root / "out"


def _copy(built: Path, tmp_path: Path) -> Path:
    out = tmp_path / "out"
    shutil.copytree(built, out)
    return out


def _ttl(out: Path) -> str:
    return (out / "graph.ttl").read_text(encoding="utf-8")


def test_remove_document_keeps_the_imported_triples(built: Path, tmp_path: Path) -> None:
    out = _copy(built, tmp_path)
    (tmp_path / "partners.ttl").write_text(PARTNERS, encoding="utf-8")
    report = import_rdf([tmp_path / "partners.ttl"], out=out)
    assert report.imports == {"partners.ttl": 5}
    link = f"<{ID}country/Lithuania> <{NKG}partnerOf> <{ID}country/Ukraine>"
    remove([DOC_000.name], out=out)  # the document that mentions Lithuania
    with OxigraphStore(out / "store") as store:
        assert store.query(f"ASK {{ {link} }}").boolean, "the import still states it"
        assert store.query(f'ASK {{ <{ID}country/Ukraine> rdfs:comment/rdfs:label "a note" }}').boolean
        assert imports(store) == {"partners.ttl": 5}
    assert "nkg:partnerOf <https://w3id.org/natokg/id/country/Ukraine>" in _ttl(out)


def test_remove_import_gives_back_the_graph_before_it(built: Path, tmp_path: Path) -> None:
    """Also when the import restates what the documents say (a label, an extracted fact)."""
    out = _copy(built, tmp_path)
    before = _ttl(out)
    restated = tmp_path / "restated.ttl"
    with OxigraphStore(out / "store") as store:
        extracted = store.query("""SELECT ?s ?p ?o WHERE { ?f nkg:supportCount ?n ; nkg:subject ?s ;
            nkg:predicate ?p ; nkg:object ?o FILTER(?n > 0) } LIMIT 1""").rows[0]
    restated.write_text(PARTNERS + f'<{ID}country/Lithuania> rdfs:label "Lithuania"@en .\n'
                        + " ".join(str(t) for t in extracted) + " .\n", encoding="utf-8")
    import_rdf([restated], out=out)
    assert _ttl(out) != before
    removed, _ = remove_imports(["restated.ttl"], out=out)
    assert removed == {"restated.ttl": 7}
    assert _ttl(out) == before, "exactly what the import added went out, nothing the documents gave"
    with OxigraphStore(out / "store") as store:
        assert not store.query(f"ASK {{ GRAPH ?g {{ ?s ?p ?o }} FILTER(STRSTARTS(STR(?g), '{IMPORTS}')) }}").boolean


def test_an_import_shared_by_two_names_stays_until_both_go(built: Path, tmp_path: Path) -> None:
    out = _copy(built, tmp_path)
    for name in ("a.ttl", "b.ttl"):
        (tmp_path / name).write_text(PARTNERS, encoding="utf-8")
    import_rdf([tmp_path / "a.ttl", tmp_path / "b.ttl"], out=out)
    remove_imports(["a.ttl"], out=out)
    assert "country/Ukraine" in _ttl(out)
    remove_imports(["b.ttl"], out=out)
    assert "country/Ukraine" not in _ttl(out)


def test_cli_import_warns_about_shapes_and_named_queries_and_remove_import(built: Path, tmp_path: Path) -> None:
    out = _copy(built, tmp_path)
    odd = tmp_path / "odd.ttl"
    odd.write_text(PARTNERS + f"<{ID}country/Narnia> a <{NKG}Country> .\n"
                   f"<{ID}country/Lithuania> <{NKG}partnerOf> <{ID}country/Atlantis> .\n", encoding="utf-8")
    runner = CliRunner()
    done = runner.invoke(cli, ["import", str(odd), "--out", str(out)])
    assert done.exit_code == 0, done.output
    lines = done.stderr.splitlines()
    assert lines[0] == "imported 7 triples from 1 file(s) as odd.ttl"
    warnings = [line for line in lines if line.startswith("kg: warning: odd.ttl: ")]
    assert len(warnings) == len(lines) - 1 == 3, lines
    assert any("does not conform to the shapes" in w and "Narnia" in w for w in warnings)
    readers = ", ".join(sorted(n for n, q in named_queries().items() if "nkg:subject" in q.text))
    assert any("2 natokg relation(s) without a fact node (e.g. Lithuania partnerOf Atlantis; Lithuania partnerOf "
               f"Ukraine): the named queries {readers} read facts" in w for w in warnings)
    assert any("1 entit(ies) without an rdf:type or rdfs:label (e.g. Atlantis)" in w for w in warnings)
    again = runner.invoke(cli, ["import", str(odd), "--out", str(out)])
    assert "(replacing the earlier odd.ttl)" in again.stderr
    gone = runner.invoke(cli, ["remove", "--import", "odd.ttl", "--out", str(out)])
    assert gone.exit_code == 0 and gone.stderr == "removed 1 import(s): odd.ttl (7 triples)\n"
    assert "Narnia" not in _ttl(out)
    missing = runner.invoke(cli, ["remove", "--import", "odd.ttl", "--out", str(out)])
    assert missing.exit_code == 1
    assert missing.stderr == "kg: error: odd.ttl: no such import in the store (imports: none)\n"


def test_a_conforming_import_gives_no_warning(built: Path, tmp_path: Path) -> None:
    out = _copy(built, tmp_path)
    fine = tmp_path / "fine.ttl"
    fine.write_text(f'<{ID}country/Lithuania> <http://www.w3.org/2004/02/skos/core#altLabel> "Lietuva"@lt .\n',
                    encoding="utf-8")
    assert import_rdf([fine], out=out).warnings == []


def _mention_counts(out: Path) -> dict[str, int]:
    with OxigraphStore(out / "store") as store:
        rows = store.query("SELECT ?e ?n WHERE { ?e nkg:mentionCount ?n }").rows
    return {e.value: int(n.value) for e, n in rows if isinstance(e, ox.NamedNode) and isinstance(n, ox.Literal)}


def test_mention_counts_do_not_grow_with_remove_and_rebuild(built: Path, tmp_path: Path, nlp) -> None:
    out = _copy(built, tmp_path)
    first = _mention_counts(out)
    for _ in range(3):
        remove([DOC_003.name], out=out)
        build([built.parent / "in"], out, nlp=nlp)
        assert _mention_counts(out) == first
    remove([DOC_003.name], out=out)
    only = tmp_path / "only"
    build([DOC_000], only, nlp=nlp)
    assert _mention_counts(out) == _mention_counts(only), "what is left is what document 000 alone gives"


def test_a_large_import_is_checked_in_sparql_on_its_named_graph(built: Path, tmp_path: Path) -> None:
    """Over the shapes limit the relation checks run in SPARQL and say what the small path says."""
    out = _copy(built, tmp_path)
    odd = tmp_path / "odd.ttl"
    odd.write_text(PARTNERS + f"<{ID}country/Lithuania> <{NKG}partnerOf> <{ID}country/Atlantis> .\n"
                   f"_:x <{NKG}partnerOf> <{ID}country/Ukraine> .\n", encoding="utf-8")
    import_rdf([odd], out=None, store=out / "store")
    staging = tmp_path / "staging"
    staging.mkdir()
    parts = [stage_rdf(odd, staging)]
    with OxigraphStore(out / "store") as store:
        small = check_import(store, "odd.ttl", parts)
        large = check_import(store, "odd.ttl", parts, shapes_limit=5)
    assert large[0] == ("odd.ttl: not checked against the shapes (7 triples, over the 5 checked at import); "
                        "kg validate checks the whole graph")
    assert "does not conform to the shapes" in small[0]
    fresh = re.compile(r"_:[0-9a-f]+\b")  # the blank node's label: each read of the file gives a new one
    assert [fresh.sub("_:x", line) for line in large[1:]] == [fresh.sub("_:x", line) for line in small[1:]]
    assert large[1].startswith("odd.ttl: 3 natokg relation(s) without a fact node (e.g. Lithuania partnerOf "
                               "Atlantis; Lithuania partnerOf Ukraine; ")
    assert large[2].startswith("odd.ttl: 2 entit(ies) without an rdf:type or rdfs:label (e.g. Atlantis, ")


def test_cli_import_without_outputs_writes_only_the_store(built: Path, tmp_path: Path) -> None:
    out = _copy(built, tmp_path)
    before = _ttl(out)
    (tmp_path / "partners.ttl").write_text(PARTNERS, encoding="utf-8")
    done = CliRunner().invoke(cli, ["import", str(tmp_path / "partners.ttl"), "--out", str(out), "--no-outputs"])
    assert done.exit_code == 0, done.output
    assert done.stdout == "" and done.stderr.startswith("imported 5 triples from 1 file(s) as partners.ttl")
    assert _ttl(out) == before
    with OxigraphStore(out / "store") as store:
        assert imports(store) == {"partners.ttl": 5}
        assert store.query(f"ASK {{ <{ID}country/Lithuania> nkg:partnerOf <{ID}country/Ukraine> }}").boolean
