"""A corpus of bad inputs, generated here, builds with one line per skipped file and loses nothing."""

from __future__ import annotations

import codecs
import importlib
import io
import os
import socket
import subprocess
import sys
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

import kg
from kg.cli import cli
from kg.ingest import MAX_DEPTH, read_documents

GOOD = "Finland joined NATO in 2023. Sweden joined NATO in 2024.\n"


def bad_corpus(folder: Path) -> dict[str, str]:
    """Write the bad inputs; returns file name → expected skip reason (None: read)."""
    folder.mkdir()
    zipped = io.BytesIO()
    with zipfile.ZipFile(zipped, "w") as archive:
        archive.writestr("inner.txt", "hello")
    files: dict[str, bytes] = {
        "good.txt": GOOD.encode(),
        "copy-of-good.txt": GOOD.encode(),
        "empty.txt": b"",
        "blank.md": b"   \n\n\t\n",
        "report.pdf.txt": b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj",
        "photo.txt": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
        "archive.txt": zipped.getvalue(),
        "nul.txt": b"Estonia joined\x00 NATO.",
        "utf16.txt": codecs.BOM_UTF16_LE + "Latvia joined NATO in 2004.\n".encode("utf-16-le"),
        "latin1.txt": "Le Traité de Washington a été signé par la Norvège en 1949, à Washington.\n".encode("latin-1") * 3,
        "cp1252.txt": "NATO’s “open door” — Montenegro joined NATO in 2017.\n".encode("cp1252") * 3,
        "long-line.txt": ("Slovakia cooperates with NATO. " * 800).encode(),
        "page.html": b"<html><head><style>p{}</style><script>alert('x')</script></head><body><!-- c -->"
                     b"<p>Croatia joined NATO in 2009.</p></body></html>",
        "huge.txt": b"Albania joined NATO in 2009. " * 20_000,
        "large.txt": b"Bulgaria joined NATO in 2004.\n\n" * 1_000,  # over --stream-bytes: read in blocks
        "large-cp1252.txt": "Romania’s accession to NATO came in 2004.\n\n".encode("cp1252") * 600,
    }
    for name, data in files.items():
        (folder / name).write_bytes(data)
    (folder / "dangling.txt").symlink_to(folder / "missing.txt")
    (folder / "loop-a.txt").symlink_to(folder / "loop-b.txt")
    (folder / "loop-b.txt").symlink_to(folder / "loop-a.txt")
    return {
        "copy-of-good.txt": None, "good.txt": f"duplicate of {folder / 'copy-of-good.txt'}, skipped",
        "empty.txt": "empty file, skipped", "blank.md": "empty document, skipped",
        "report.pdf.txt": "binary file, skipped", "photo.txt": "binary file, skipped",
        "archive.txt": "binary file, skipped", "nul.txt": "binary file, skipped",
        "dangling.txt": "broken symbolic link, skipped", "loop-a.txt": "symbolic link loop, skipped",
        "loop-b.txt": "symbolic link loop, skipped",
        "huge.txt": "file too large (580,000 bytes > 100,000), skipped",
        "utf16.txt": None, "latin1.txt": None, "cp1252.txt": None, "long-line.txt": None, "page.html": None,
        "large.txt": None, "large-cp1252.txt": None,
    }


def test_bad_inputs_build_reports_each_skip_and_keeps_the_rest(tmp_path: Path) -> None:
    expected = bad_corpus(tmp_path / "in")
    out = tmp_path / "out"
    result = CliRunner().invoke(cli, ["build", str(tmp_path / "in"), "--out", str(out), "--max-bytes", "100000",
                                      "--stream-bytes", "20000"])
    assert result.exit_code == 0, result.output
    skipped = [line for line in result.stderr.splitlines() if line.startswith("kg: skipped: ")]
    for name, reason in expected.items():
        if reason is not None:
            assert f"kg: skipped: {tmp_path / 'in' / name}: {reason}" in skipped, name
    assert len(skipped) == sum(r is not None for r in expected.values())
    notes = [line for line in result.stderr.splitlines() if line.startswith("kg: note: ")]
    assert any("latin1.txt: not UTF-8 (byte 0xE9" in n for n in notes)
    assert any("large-cp1252.txt: not UTF-8 (byte 0x92 at offset 7); read as cp1252" in n for n in notes)
    assert f"; {len(skipped)} input(s) skipped" in result.stderr
    ttl = (out / "graph.ttl").read_text(encoding="utf-8")
    for country in ("Finland", "Latvia", "Montenegro", "Croatia", "Slovakia", "Bulgaria", "Romania"):
        assert f'"{country}"@en' in ttl, country
    assert "alert" not in ttl
    strict = CliRunner().invoke(cli, ["build", str(tmp_path / "in"), "--out", str(out), "--max-bytes", "100000",
                                      "--strict"])
    assert strict.exit_code == 1 and "skipped under --strict" in strict.stderr


def test_bad_inputs_only_bad_files_is_an_error(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_bytes(b"")
    (folder / "b.txt").write_bytes(b"%PDF-1.4")
    result = CliRunner().invoke(cli, ["build", str(folder), "--out", str(tmp_path / "out")])
    assert result.exit_code == 1
    assert result.stderr.count("\n") == 1 and "no usable documents" in result.stderr
    assert "a.txt: empty file, skipped" in result.stderr and "b.txt: binary file, skipped" in result.stderr
    assert not (tmp_path / "out" / "graph.ttl").exists()


@pytest.fixture
def unnest(tmp_path: Path) -> Iterator[None]:
    """Remove the deep nest afterwards: pytest's own clean-up (shutil.rmtree) recurses past Python's limit."""
    yield
    subprocess.run(["rm", "-rf", str(tmp_path / "in" / "d")], check=False)


def hostile_folder(folder: Path, outside: Path) -> dict[str, str]:
    """Special files, links out of the folder, a name that is not UTF-8, a deep nest; returns the
    shown path → expected skip reason."""
    folder.mkdir()
    outside.mkdir()
    (folder / "good.txt").write_text(GOOD, encoding="utf-8")
    (folder / "zero.txt").symlink_to("/dev/zero")
    os.mkfifo(folder / "pipe.txt")
    server = socket.socket(socket.AF_UNIX)
    server.bind(str(folder / "sock.txt"))
    server.close()
    (outside / "secret.txt").write_text("Norway joined NATO in 1949.\n", encoding="utf-8")
    (folder / "leak.txt").symlink_to(outside / "secret.txt")
    fd = os.open(os.path.join(os.fsencode(folder), b"caf\xe9.txt"), os.O_WRONLY | os.O_CREAT, 0o644)
    os.write(fd, b"Iceland joined NATO in 1949.\n")
    os.close(fd)
    level = os.open(folder, os.O_RDONLY)
    for _ in range(1_000):  # Path.mkdir(parents=True) would recurse past Python's limit
        os.mkdir("d", dir_fd=level)
        level, parent = os.open("d", os.O_RDONLY, dir_fd=level), level
        os.close(parent)
    bottom = os.open("bottom.txt", os.O_WRONLY | os.O_CREAT, 0o644, dir_fd=level)
    os.write(bottom, b"Greece joined NATO in 1952.\n")
    os.close(bottom)
    os.close(level)
    return {
        str(folder / "zero.txt"): "symbolic link to /dev/zero, outside " + str(folder) +
                                  "; not followed (--follow-symlinks follows it)",
        str(folder / "leak.txt"): f"symbolic link to {outside / 'secret.txt'}, outside {folder}; not followed "
                                  "(--follow-symlinks follows it)",
        str(folder / "pipe.txt"): "not a regular file (a FIFO), skipped",
        str(folder / "sock.txt"): "not a regular file (a socket), skipped",
        str(folder / "caf\\xe9.txt"): "file name is not valid UTF-8, skipped (rename the file)",
        str(Path(folder, *["d"] * (MAX_DEPTH + 1))): f"folders nested deeper than {MAX_DEPTH} levels, not read",
    }


def _build(*args: str) -> subprocess.CompletedProcess[str]:
    """A real process with a time limit: a FIFO read would hang it, /dev/zero would fill its memory."""
    return subprocess.run([sys.executable, "-m", "kg", "build", *args], capture_output=True, text=True, timeout=180)


def test_hostile_inputs_are_skipped_one_line_each_and_the_build_goes_on(tmp_path: Path, unnest: None) -> None:
    folder, out = tmp_path / "in", tmp_path / "out"
    expected = hostile_folder(folder, tmp_path / "elsewhere")
    named_fifo = tmp_path / "named.txt"
    os.mkfifo(named_fifo)
    expected[str(named_fifo)] = "not a regular file (a FIFO), skipped"
    done = _build(str(folder), str(named_fifo), "--out", str(out), "--store", "memory")
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    skipped = sorted(line for line in done.stderr.splitlines() if line.startswith("kg: skipped: "))
    assert skipped == sorted(f"kg: skipped: {path}: {reason}" for path, reason in expected.items())
    ttl = (out / "graph.ttl").read_text(encoding="utf-8")
    assert '"Finland"@en' in ttl
    assert not any(f'"{c}"@en' in ttl for c in ("Norway", "Iceland", "Greece")), "nothing skipped was read"


def test_follow_symlinks_reads_a_file_outside_the_folder_but_never_a_device(tmp_path: Path, unnest: None) -> None:
    folder = tmp_path / "in"
    expected = hostile_folder(folder, tmp_path / "elsewhere")
    found = read_documents([folder], follow_symlinks=True)
    assert {d.name for d in found.documents} == {"good.txt", "leak.txt"}
    reasons = {s.path: s.reason for s in found.skipped}
    assert reasons[str(folder / "zero.txt")] == "not a regular file (a character device), skipped"
    assert len(reasons) == len(expected) - 1  # all but the link to a file outside


def test_a_regular_file_is_never_read_past_the_limit(tmp_path: Path) -> None:
    """A file that grows after its size was taken (here: /proc files report size 0) is read up to the
    limit only."""
    link = tmp_path / "in"
    link.mkdir()
    (link / "status.txt").symlink_to("/proc/self/status")
    found = read_documents([link], follow_symlinks=True, stream_bytes=64, max_bytes=64)
    assert [s.reason for s in found.skipped] == ["file grew over 64 bytes while it was read, skipped"]


def _failing_family(word: str):
    """A relation family with a defect: it fails on any sentence containing *word*."""
    from kg.extract.families import Family

    def run(ctx, sent):
        if word in sent.text:
            raise RuntimeError(f"a defect met on {word!r}\nsecond line")
        yield from ()

    return Family("failing", "sentence", run, ("failing",))


def test_a_defect_met_on_one_sentence_costs_that_sentence_only(tmp_path: Path, monkeypatch, nlp) -> None:
    """A family that fails on a sentence (an unusual parse meeting a defect of ours) is reported
    in one line with the file and the place; the build goes on and every other sentence of the
    paragraph and of the corpus is read."""
    families = importlib.import_module("kg.extract.families")

    monkeypatch.setattr(families, "FAMILIES", (_failing_family("Zorbland"), *families.FAMILIES))
    folder = tmp_path / "in"
    folder.mkdir()
    odd = "Estonia joined NATO in 2004. Zorbland signed nothing. Finland joined NATO in 2023."
    (folder / "odd.txt").write_text(odd, encoding="utf-8")
    (folder / "plain.txt").write_text("Sweden joined NATO in 2024.", encoding="utf-8")
    note = (f"{folder / 'odd.txt'}: the relations of the sentence at character {odd.index('Zorbland')} could not be "
            "read (RuntimeError: a defect met on 'Zorbland' second line); the rest was read. "
            "Please report this with the text.")
    report = kg.build([folder], tmp_path / "lib", nlp=nlp)
    assert report.notes == [note]
    extraction = report.extraction
    assert extraction is not None
    names = {(extraction.entities[r.subject].name, r.predicate, extraction.entities[r.object].name)
             for r in extraction.relations}
    assert {("Estonia", "memberOf", "NATO"), ("Finland", "memberOf", "NATO"), ("Sweden", "memberOf", "NATO")} <= names

    result = CliRunner().invoke(cli, ["build", str(folder), "--out", str(tmp_path / "cli")])
    assert result.exit_code == 0, result.output
    assert [line for line in result.stderr.splitlines() if "could not be read" in line] == [f"kg: note: {note}"]


def _fail_on_zorbland(monkeypatch, module: str, name: str, text_of) -> None:
    """Make *module*.*name* raise (a defect) on the paragraph that mentions "Zorbland"; *text_of*
    gives that paragraph's text from the function's arguments."""
    owner = importlib.import_module(module)
    real = getattr(owner, name)

    def failing(*args):
        if "Zorbland" in text_of(*args):
            raise ValueError("names")
        return real(*args)

    monkeypatch.setattr(owner, name, failing)


def test_a_defect_met_on_a_paragraphs_names_costs_that_paragraph_only(monkeypatch, nlp) -> None:
    """Finding the names of a paragraph fails (a defect): that paragraph is reported, the others
    are read."""
    from kg.ingest import document_from_text

    _fail_on_zorbland(monkeypatch, "kg.extract.component", "mention_candidates", lambda doc, *_: doc.text)
    text = "Estonia joined NATO in 2004.\n\nZorbland and Latvia joined NATO.\n\nFinland joined NATO in 2023."
    extraction = kg.extract([document_from_text(text, "odd.txt")], nlp=nlp)
    note = (f"odd.txt: the paragraph at character {text.index('Zorbland')} could not be read (ValueError: names); "
            "the rest was read. Please report this with the text.")
    assert extraction.notes == [note]
    assert {e.name for e in extraction.entities.values()} == {"Estonia", "NATO", "Finland"}


def test_a_defect_met_in_a_name_component_keeps_the_models_names(monkeypatch, nlp) -> None:
    """A name component of natokg's pipeline fails on a paragraph (a defect): that paragraph keeps
    the names the components before it found and its relations are read; the failure is one note."""
    from kg.ingest import document_from_text

    _fail_on_zorbland(monkeypatch, "kg.extract.names", "_trimmed", lambda ent: ent.doc.text)
    text = "Estonia joined NATO in 2004.\n\nZorbland and Latvia joined NATO.\n\nFinland joined NATO in 2023."
    extraction = kg.extract([document_from_text(text, "odd.txt")], nlp=nlp)
    note = (f"odd.txt: the names of the paragraph (natokg_repeated_names) at character {text.index('Zorbland')} "
            "could not be read (ValueError: names); the rest was read. Please report this with the text.")
    assert extraction.notes == [note]
    facts = {(extraction.entities[r.subject].name, r.predicate, extraction.entities[r.object].name)
             for r in extraction.relations}
    assert {("Estonia", "memberOf", "NATO"), ("Latvia", "memberOf", "NATO"), ("Finland", "memberOf", "NATO")} <= facts
