"""Property tests: arbitrary bytes and text never crash ingest or extraction with a foreign error."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import kg
from kg.errors import InputError
from kg.ingest import decode, document_from_text, find_boilerplate, paragraphs, read_documents


@given(st.binary(max_size=4096))
@settings(max_examples=300, deadline=None)
def test_fuzz_decode_returns_text_or_raises_input_error(data: bytes) -> None:
    try:
        text, encoding, note = decode(data, "fuzz.txt")
    except InputError as err:
        assert err.path == "fuzz.txt" and err.reason
    else:
        assert isinstance(text, str) and encoding


@given(st.lists(st.binary(max_size=600), min_size=1, max_size=4))
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_fuzz_read_documents_skips_or_reads_every_file(tmp_path: Path, blobs: list[bytes]) -> None:
    folder = tmp_path / f"case{abs(hash(tuple(blobs)))}"
    folder.mkdir()
    for i, blob in enumerate(blobs):
        (folder / f"f{i}.txt").write_bytes(blob)
    result = read_documents([folder])
    assert len(result.documents) + len(result.skipped) == len(blobs)
    for doc in result.documents:
        for offset, text in paragraphs(doc):
            assert doc.text[offset:offset + len(text)] == text


@given(st.lists(st.text(max_size=200), min_size=1, max_size=5))
@settings(max_examples=150, deadline=None)
def test_fuzz_boilerplate_spans_are_inside_the_text(texts: list[str]) -> None:
    for text, spans in zip(texts, find_boilerplate(texts)):
        assert all(0 <= s < e <= len(text) for s, e in spans)


@given(st.text(alphabet=st.characters(blacklist_categories=["Cs"]), min_size=1, max_size=300))
@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_fuzz_extract_and_graph_on_arbitrary_text(nlp, text: str) -> None:
    extraction = kg.extract([document_from_text(text)], nlp=nlp)
    for rel in extraction.relations:
        assert text[rel.evidence.start:rel.evidence.end] == rel.evidence.sentence
    for mention in extraction.mentions:
        assert text[mention.start:mention.end] == mention.text
    kg.to_graph(extraction).serialize(format="nt")
