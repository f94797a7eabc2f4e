"""A corpus of bad inputs, generated here, builds with one line per skipped file and loses nothing."""

from __future__ import annotations

import codecs
import io
import zipfile
from pathlib import Path

from click.testing import CliRunner

from kg.cli import cli

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
