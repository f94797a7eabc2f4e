"""kg.ingest: decoding, offsets, boilerplate detection, skips."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.errors import InputError
from kg.ingest import decode, document_from_text, find_boilerplate, html_to_text, paragraphs, read_documents

NAV = "SITE ACCOUNT\n\nRegister\n\nCreate an account\n\nReset password\n\nVerification code\n\n"


def test_ingest_sample_corpus_reads_four_documents(corpus_paths: list[Path]) -> None:
    result = read_documents(corpus_paths)
    assert [d.name for d in result.documents] == [p.name for p in corpus_paths]
    assert result.skipped == [] and result.notes == []
    for doc, path in zip(result.documents, corpus_paths):
        assert doc.text == path.read_bytes().decode("utf-8")
        assert len(doc.sha256) == 64 and doc.id == doc.sha256[:16]


def test_ingest_sample_boilerplate_block_is_found_and_prose_kept(corpus_paths: list[Path]) -> None:
    docs = {d.name[:3]: d for d in read_documents(corpus_paths).documents}
    for key in ("000", "003"):
        doc = docs[key]
        (start, end), *_ = doc.boilerplate
        block = doc.text[start:end]
        assert start == 0 and "NATO MULTIMEDIA ACCOUNT" in block and "Reset password" in block
        kept = " ".join(text for _, text in paragraphs(doc))
        assert "Reset password" not in kept and "verification code" not in kept
    assert "Program Against Terrorism" in " ".join(t for _, t in paragraphs(docs["000"]))
    assert next(paragraphs(docs["003"]))[1].startswith("Following high-level consultations")
    assert docs["002"].boilerplate == ()


def test_ingest_boilerplate_needs_lines_shared_across_documents() -> None:
    prose = "The Council met in Brussels and agreed on a new plan for regional cooperation.\n"
    texts = [NAV + prose, NAV + "Another long sentence about a different subject entirely, for testing.\n"]
    spans = find_boilerplate(texts)
    assert all(len(s) == 1 and s[0][0] == 0 for s in spans)
    assert texts[0][spans[0][0][0]:spans[0][0][1]].endswith("Verification code")
    assert find_boilerplate([prose]) == [[]]


def _removed_from_first(texts: list[str]) -> list[str]:
    """The boilerplate found in the first of *texts*, as text."""
    return [texts[0][s:e] for s, e in find_boilerplate(texts)[0]]


def test_ingest_a_chronology_entry_two_pages_share_is_content() -> None:
    entry = "1 October 2024 - Mark Rutte succeeds Jens Stoltenberg as Secretary General.\n"
    short = "Share this page\n"
    texts = [f"{short}\nThe Alliance has had many leaders over the decades since its founding.\n\n{entry}\n"
             "It met again the following year, at the same place and with the same members present.\n",
             f"{short}\nPartnerships grew in many directions after the end of the Cold War period.\n\n{entry}\n"
             "A new chapter opened for the Alliance with the accession of two new members to it.\n"]
    assert _removed_from_first(texts) == [short.strip()]  # the shared short line goes, the dated entry stays


def test_ingest_a_section_heading_naming_a_known_entity_two_pages_share_is_content() -> None:
    heading, short = "Istanbul Cooperation Initiative\n", "Share this page\n"
    texts = [f"{short}\nThe Alliance works with many partners in the south of its area.\n\n{heading}"
             "- Participants: Bahrain, Kuwait, Qatar and the United Arab Emirates\n",
             f"{short}\nSouthern partnerships took shape in the years after the Cold War.\n\n{heading}"
             "- Launched at the summit held in Istanbul in the summer of the year 2004\n"]
    assert _removed_from_first(texts) == [short.strip()]  # the shared short line goes, the section heading stays


def test_ingest_a_sentence_that_opens_pages_makes_no_header_of_their_title() -> None:
    title, issued = "Summit Declaration\n", ("Issued by the Heads of State and Government participating in the meeting "
                                             "of the North Atlantic Council in Washington, 10 July 2024.\n")
    texts = [f"{title}\n{issued}\nWe, the Heads of State, met in Washington to mark a long anniversary.\n",
             f"{title}\n{issued}\nOur Alliance remains the foundation of our collective defence today.\n"]
    for text, spans in zip(texts, find_boilerplate(texts)):
        assert not any(text[s:e] in issued for s, e in spans) and not any(issued.strip() in text[s:e] for s, e in spans)


def test_ingest_records_are_content_not_navigation() -> None:
    records = ("Secretaries General since 1952:\n- Lord Ismay (United Kingdom): 1952–1957\n"
               "- Paul-Henri Spaak (Belgium): 1957–1961\n- Manlio Brosio (Italy): 1964–1971\n"
               "- Host nation: Lithuania\n")
    assert find_boilerplate([records]) == [[]]
    figures = "Troops by nation\n\nBelgium 40 Norway 12\n\nEstonia 3 Latvia 7\n\nPoland 250\n"
    assert find_boilerplate([figures]) == [[]]
    countries = ("Partners that have taken part include:\n- Armenia, Georgia and Moldova\n- Serbia and Tunisia\n"
                 "- Bosnia and Herzegovina and Ukraine\n")
    assert find_boilerplate([countries]) == [[]]
    menu = "Home\nNews\nAbout us\nContact\n\nThe Council met in Brussels and agreed on a plan.\n"
    assert find_boilerplate([menu]) == [[(0, len("Home\nNews\nAbout us\nContact"))]]


def test_ingest_an_infobox_and_its_list_of_members_are_content() -> None:
    """Infobox rows ("Headquarters Moscow"), flag-and-name lines ("Albania Albania") and a list's
    heading that other pages share ("Membership") are content, not navigation."""
    infobox = ("Warsaw Pact\nType Military alliance\nHeadquarters Moscow, Soviet Union\nMembership\n"
               "Albania Albania\nBulgaria Bulgaria\nHungary\n\nThe pact was signed in Warsaw in 1955.\n")
    other = "Membership\nAbout us\nContact\n\nThe forum met in Geneva and agreed a new plan.\n"
    spans = find_boilerplate([infobox, other])
    assert spans[0] == []
    assert spans[1] == [(0, len("Membership\nAbout us\nContact"))]


def test_ingest_offsets_index_crlf_text(tmp_path: Path) -> None:
    path = tmp_path / "crlf.txt"
    path.write_bytes("First paragraph here.\r\n\r\nSecond one, with Poland.\r\n".encode())
    doc = read_documents([path]).documents[0]
    assert "\r\n" in doc.text
    for offset, text in paragraphs(doc):
        assert doc.text[offset:offset + len(text)] == text
    assert [t for _, t in paragraphs(doc)] == ["First paragraph here.", "Second one, with Poland."]


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        ("Türkiye joined.".encode("utf-8"), "utf-8"),
        ("\ufeffTürkiye joined.".encode("utf-8"), "utf-8-sig"),
        ("Türkiye joined.".encode("utf-16"), "utf-16"),
    ],
)
def test_ingest_decode_utf_variants(data: bytes, encoding: str) -> None:
    text, used, note = decode(data)
    assert text == "Türkiye joined." and used == encoding and note == ""


def test_ingest_decode_falls_back_with_a_note() -> None:
    data = ("Le Traité de l'Atlantique Nord a été signé à Washington, et la Türkiye a adhéré en 1952. " * 3).encode("cp1252")
    text, used, note = decode(data, "legacy.txt")
    assert "Traité" in text and used != "utf-8"
    assert note.startswith("legacy.txt: not UTF-8 (byte 0xE9 at offset")


@pytest.mark.parametrize(
    ("data", "reason"),
    [(b"", "empty file"), (b"%PDF-1.7\n...", "binary file"), (b"abc\x00def", "binary file"),
     (b"\x89PNG\r\n\x1a\n", "binary file")],
)
def test_ingest_decode_rejects_unusable_bytes(data: bytes, reason: str) -> None:
    with pytest.raises(InputError, match=reason):
        decode(data, "bad.txt")


def test_ingest_skips_bad_files_and_duplicates_and_keeps_the_rest(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text("Poland joined NATO in 1999.\n", encoding="utf-8")
    (tmp_path / "copy.txt").write_text("Poland joined NATO in 1999.\n", encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.md").write_text("  \n\n", encoding="utf-8")
    (tmp_path / "scan.txt").write_bytes(b"%PDF-1.4 binary")
    (tmp_path / "image.png").write_bytes(b"\x89PNG")  # not a supported suffix: ignored
    result = read_documents([tmp_path])
    assert [d.name for d in result.documents] == ["copy.txt"]
    reasons = {Path(s.path).name: s.reason for s in result.skipped}
    assert reasons == {
        "blank.md": "empty document, skipped",
        "empty.txt": "empty file, skipped",
        "good.txt": f"duplicate of {(tmp_path / 'copy.txt')}, skipped",
        "scan.txt": "binary file, skipped",
    }


def test_ingest_missing_path_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file or folder"):
        read_documents([tmp_path / "nope"])


def test_ingest_html_keeps_visible_text_only() -> None:
    page = """<html><head><title>T</title><style>p {color: red}</style></head><body>
    <nav>Menu</nav><p>Finland joined <b>NATO</b> in 2023.</p><script>alert("x")</script>
    <!-- a comment --><p>Sweden followed &amp; joined in 2024.</p></body></html>"""
    text = html_to_text(page)
    assert "Finland joined NATO in 2023." in text and "Sweden followed & joined in 2024." in text
    assert "alert" not in text and "color" not in text and "comment" not in text


def test_ingest_long_paragraph_is_cut_at_sentence_ends() -> None:
    from kg.ingest import document_from_text

    sentence = "Estonia joined NATO in 2004 and hosts a battlegroup. "
    doc = document_from_text("Intro line.\n\n" + sentence * 40)
    units = list(paragraphs(doc, max_chars=300))
    assert len(units) > 5 and all(len(text) <= 300 for _, text in units)
    for offset, text in units:
        assert doc.text[offset:offset + len(text)] == text
    assert all(text.endswith(".") for _, text in units)
    assert "".join(t + " " for _, t in units[1:]).strip() == (sentence * 40).strip()


def test_ingest_symlinks_broken_and_looping(tmp_path: Path) -> None:
    (tmp_path / "ok.txt").write_text("Poland joined NATO in 1999.\n", encoding="utf-8")
    (tmp_path / "broken.txt").symlink_to(tmp_path / "nowhere.txt")
    (tmp_path / "a.txt").symlink_to(tmp_path / "b.txt")
    (tmp_path / "b.txt").symlink_to(tmp_path / "a.txt")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "up").symlink_to(tmp_path / "sub")
    result = read_documents([tmp_path])
    assert [d.name for d in result.documents] == ["ok.txt"]
    reasons = {Path(s.path).name: s.reason for s in result.skipped}
    assert reasons["broken.txt"] == "broken symbolic link, skipped"
    assert reasons["a.txt"] == reasons["b.txt"] == "symbolic link loop, skipped"


def test_ingest_a_list_after_a_colon_and_a_blank_line_is_one_paragraph_with_its_introduction() -> None:
    text = ("The Treaty was signed on 4 April 1949 by:\n\n• Canada\n• Iceland\n\nA note follows:\n\n"
            "It is not a list.\n\n- Norway")
    units = [unit for _, unit in paragraphs(document_from_text(text, name="t.txt"))]
    assert units == ["The Treaty was signed on 4 April 1949 by:\n\n• Canada\n• Iceland", "A note follows:",
                     "It is not a list.", "- Norway"]


def test_ingest_footer_takes_the_navigation_above_it() -> None:
    text = ("NATO and Finland signed a host nation support agreement in 2014.\n\n"
            "Previous page\nNext page\n\n© 2005 Some Division - E-mail: office@example.org\n")
    (span,) = find_boilerplate([text])[0]
    assert text[span[0]:span[1]] == "Previous page\nNext page\n\n© 2005 Some Division - E-mail: office@example.org"


# -- large files, read in chunks -------------------------------------------------------------
from dataclasses import replace  # noqa: E402

from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

import kg.ingest  # noqa: E402


def _both(path: Path, max_chars: int) -> tuple[list[tuple[int, str]], list[tuple[int, str]]]:
    """Units of *path* read in chunks, and read whole (without boilerplate, which chunks skip)."""
    (chunked,) = read_documents([path], stream_bytes=1).documents
    (whole,) = read_documents([path]).documents
    assert chunked.chunked and chunked.text == "" and not whole.chunked
    assert (chunked.sha256, chunked.byte_size, chunked.encoding) == (whole.sha256, whole.byte_size, whole.encoding)
    return list(paragraphs(chunked, max_chars)), list(paragraphs(replace(whole, boilerplate=()), max_chars))


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16"])
def test_ingest_chunked_file_gives_the_units_of_the_whole_file(tmp_path: Path, monkeypatch, encoding: str) -> None:
    monkeypatch.setattr(kg.ingest, "BLOCK_BYTES", 101)  # blocks split lines, CRLFs and multi-byte characters
    text = ("Łódź hosted the NATO–Ukraine Commission.\r\nIt met twice.\r\n\r\n"
            + "Finland joined NATO in 2023. " * 40 + "\n \n\n"
            + "The Alliance welcomed Sweden 🇸🇪 in 2024.\n" * 3)
    path = tmp_path / "big.txt"
    path.write_bytes(text.encode(encoding))
    chunked, whole = _both(path, max_chars=200)
    assert chunked == whole
    decoded = path.read_bytes().decode(encoding)
    assert all(decoded[start:start + len(unit)] == unit for start, unit in chunked)
    assert max(len(unit) for _, unit in chunked) <= 200 and len(chunked) > 5


@pytest.mark.parametrize("text", [
    "NATO" * 4 + "a" * 30 + " \n" + "a" * 60,  # a chunk that starts with a line break keeps it
    "é\r\n" + "a" * 30 + "\nPoland.\nmet Kyiv!Kyiv!" + "a" * 30 + "Kyiv!\r\n\nNATO\n",  # cuts need the text after
    "Members by:" + " " * 81 + "\n\n" + "• Canada Iceland Norway\n" * 6,  # a colon far before a blank line
])
def test_ingest_a_long_paragraph_read_in_blocks_is_cut_as_the_whole(tmp_path: Path, monkeypatch, text: str) -> None:
    monkeypatch.setattr(kg.ingest, "BLOCK_BYTES", 7)
    path = tmp_path / "t.txt"
    path.write_bytes(text.encode("utf-8"))
    chunked, whole = _both(path, max_chars=40)
    assert chunked == whole and len(whole) > 2


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(["NATO", "met", "Poland.", "Kyiv!", " ", "\n", "\r\n", "\n\n", " \n \n", "é", "a" * 30,
                                 "signed by:", "• Canada", "- Norway", "1) "]),
                min_size=1, max_size=120))
def test_ingest_chunked_units_match_whole_units_on_any_text(tmp_path_factory, words: list[str]) -> None:
    text = "".join(words)
    if not text.strip():
        return
    path = tmp_path_factory.mktemp("chunks") / "t.txt"
    path.write_bytes(text.encode("utf-8"))
    old = kg.ingest.BLOCK_BYTES
    kg.ingest.BLOCK_BYTES = 7
    try:
        chunked, whole = _both(path, max_chars=40)
    finally:
        kg.ingest.BLOCK_BYTES = old
    assert chunked == whole


def test_ingest_chunked_file_checks_encoding_and_emptiness(tmp_path: Path) -> None:
    (tmp_path / "blank.txt").write_bytes(b" \n\n \t\n" * 100)
    (tmp_path / "nul.txt").write_bytes(b"Some text\x00\x00" * 100)
    (tmp_path / "latin.txt").write_bytes("Der Gipfel in Brüssel war ein Erfolg.\n".encode("cp1252") * 100)
    result = read_documents([tmp_path], stream_bytes=10)
    assert {Path(s.path).name: s.reason for s in result.skipped} == {
        "blank.txt": "empty document, skipped", "nul.txt": "binary file, skipped"}
    (latin,) = result.documents
    assert latin.chunked and latin.encoding in {"cp1252", "latin_1", "iso8859_15"}
    assert result.notes == [f"{tmp_path / 'latin.txt'}: not UTF-8 (byte 0xFC at offset 16); read as {latin.encoding}"]
    assert next(paragraphs(latin))[1].startswith("Der Gipfel in Brüssel war ein Erfolg.")


def test_ingest_chunked_file_changed_after_reading_stops_with_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "moving.txt"
    path.write_text("NATO met in Brussels.\n\n" * 50, encoding="utf-8")
    (doc,) = read_documents([path], stream_bytes=1).documents
    path.write_text("NATO met in Madrid.\n\n" * 50, encoding="utf-8")
    with pytest.raises(InputError, match="changed while it was being read"):
        list(paragraphs(doc))


def test_ingest_unreadable_file_is_skipped_with_its_reason(tmp_path: Path) -> None:
    """Runs the reader as an unprivileged user when the tests run as root (root reads anything)."""
    import os
    import signal
    import tempfile

    folder = Path(tempfile.mkdtemp(prefix="natokg-perm-"))
    folder.chmod(0o755)
    (folder / "ok.txt").write_text("Finland joined NATO in 2023.\n", encoding="utf-8")
    (folder / "ok.txt").chmod(0o644)
    locked = folder / "locked.txt"
    locked.write_text("Secret text.\n", encoding="utf-8")
    locked.chmod(0o000)
    if os.geteuid() != 0:
        result = read_documents([folder])
        found = ([d.name for d in result.documents], [(Path(s.path).name, s.reason) for s in result.skipped])
    else:
        read_end, write_end = os.pipe()
        pid = os.fork()
        if pid == 0:  # child: drop to nobody, read, report through the pipe
            code = 1
            try:
                signal.alarm(60)  # never hang the suite, whatever the parent's threads held at fork
                os.close(read_end)
                os.setgid(65534)
                os.setuid(65534)
                result = read_documents([folder])
                report = repr(([d.name for d in result.documents], [(Path(s.path).name, s.reason) for s in result.skipped]))
                os.write(write_end, report.encode())
                code = 0
            finally:
                os._exit(code)
        os.close(write_end)
        with os.fdopen(read_end) as pipe:
            output = pipe.read()
        assert os.waitpid(pid, 0)[1] == 0
        import ast

        found = ast.literal_eval(output)
    assert found == (["ok.txt"], [("locked.txt", "cannot read (Permission denied), skipped")])


def test_ingest_a_list_heading_above_a_blank_line_is_content() -> None:
    page = "Membership\n\nEstonia\nLatvia\nLithuania\n\nThe three states joined in 2004.\n"
    other = "Membership\nAbout us\nContact\n\nThe forum met in Geneva and agreed a new plan.\n"
    spans = find_boilerplate([page, other])
    assert spans[0] == [], spans
