"""RDF files staged for a bulk load: parsed whole first, written in chunks, blank nodes apart."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest

from kg.errors import RDFSyntaxError
from kg.files import read_rdf, stage_rdf

DATA = """@prefix ex: <http://example.org/> .
ex:a ex:p ex:b , ex:c , ex:d ; ex:q "one" , "two"@en .
ex:b ex:comment [ ex:label "a note" ] .
"""


def test_stage_rdf_writes_chunks_and_keeps_blank_nodes_apart(tmp_path: Path) -> None:
    source = tmp_path / "data.ttl"
    source.write_text(DATA, encoding="utf-8")
    staging = tmp_path / "staging"
    staging.mkdir()
    staged = stage_rdf(source, staging, chunk=2)
    assert staged.triples == 7
    assert [p.name for p in staged.chunks] == ["0000-0000.nt", "0000-0001.nt", "0000-0002.nt"]
    assert [len(p.read_text(encoding="utf-8").splitlines()) for p in staged.chunks] == [2, 2, 1]
    assert staged.blank is not None and len(staged.blank.read_text(encoding="utf-8").splitlines()) == 2
    assert staged.predicates == {f"http://example.org/{p}" for p in ("p", "q", "comment", "label")}
    read = list(staged.read())
    assert len(read) == 7
    note = next(t for t in read if t.predicate.value.endswith("label")).subject
    assert [t.subject for t in read if t.predicate.value.endswith("comment")] == [ox.NamedNode("http://example.org/b")]
    assert [t.object for t in read if t.predicate.value.endswith("comment")] == [note], "one node, one label"
    named = {str(t) for t in read if not isinstance(t.subject, ox.BlankNode) and not isinstance(t.object, ox.BlankNode)}
    assert named == {str(t) for t in read_rdf(source) if "comment" not in str(t) and "label" not in str(t)}
    again = stage_rdf(source, staging)
    assert [p.name for p in again.chunks] == ["0004-0000.nt"], "a second file does not overwrite the first"
    assert next(again.read()).subject == ox.NamedNode("http://example.org/a")
    assert {t.object for t in again.read() if t.predicate.value.endswith("comment")} != {note}, "fresh blank nodes"


def test_stage_rdf_refuses_a_syntax_error_with_line_and_column(tmp_path: Path) -> None:
    source = tmp_path / "bad.nt"
    source.write_text('<http://example.org/a> <http://example.org/p> "x" .\n<http://example.org/a> <p> "y" .\n',
                      encoding="utf-8")
    with pytest.raises(RDFSyntaxError) as caught:
        stage_rdf(source, tmp_path)
    assert caught.value.line == 2 and str(caught.value).startswith(f"{source}:2:")
