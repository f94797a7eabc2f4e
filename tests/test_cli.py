"""The kg command: exit codes, stdout for data, one-line errors on stderr."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from click.testing import CliRunner

from kg.cli import cli


def invoke(*args: str):
    return CliRunner().invoke(cli, list(args))


def test_cli_help_lists_commands_and_exit_codes() -> None:
    result = invoke("--help")
    assert result.exit_code == 0
    assert "build" in result.stdout and "Exit codes" in result.stdout
    assert invoke("build", "--help").exit_code == 0


def test_cli_missing_input_path_is_a_usage_error(tmp_path: Path) -> None:
    result = invoke("build", str(tmp_path / "missing"), "--out", str(tmp_path / "out"))
    assert result.exit_code == 2
    assert "does not exist" in result.stderr and result.stdout == ""
    assert not (tmp_path / "out").exists()


def test_cli_empty_folder_fails_with_one_line(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    result = invoke("build", str(tmp_path / "in"), "--out", str(tmp_path / "out"))
    assert result.exit_code == 1
    assert result.stderr.strip().count("\n") == 0
    assert result.stderr.startswith("kg: error: ") and "no usable documents" in result.stderr
    assert not (tmp_path / "out").exists()


def test_cli_build_writes_outputs_and_reports_skips(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text("Finland joined NATO in 2023. Sweden joined NATO in 2024.\n", encoding="utf-8")
    (tmp_path / "in" / "b.txt").write_bytes(b"")
    out = tmp_path / "out"
    result = invoke("build", str(tmp_path / "in"), "--out", str(out))
    assert result.exit_code == 0, result.output
    assert result.stdout.split() == [str(out / "graph.ttl"), str(out / "graph.html"), str(out / "dataset.ttl")]
    assert f"kg: skipped: {tmp_path / 'in' / 'b.txt'}: empty file, skipped" in result.stderr
    assert "1 documents, 2 sentences" in result.stderr
    strict = invoke("build", str(tmp_path / "in"), "--out", str(out), "--strict")
    assert strict.exit_code == 1 and "skipped under --strict" in strict.stderr


def test_cli_python_m_kg_is_the_same_command() -> None:
    done = subprocess.run([sys.executable, "-m", "kg", "--version"], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "natokg, version 0.1.0"


def test_cli_sizes_take_units() -> None:
    from kg.cli import ByteSize

    size = ByteSize()
    assert [size.convert(v, None, None) for v in ("8000000", "8MB", "8m", "1.5GB", "512KiB", "100 kb")] == [
        8_000_000, 8_000_000, 8_000_000, 1_500_000_000, 524_288, 100_000]
    result = CliRunner().invoke(cli, ["build", "--max-bytes", "12XB"])
    assert result.exit_code == 2 and "'12XB' is not a size" in result.stderr


def test_cli_commands_that_rewrite_outputs_keep_the_build_settings(tmp_path: Path) -> None:
    import re

    from kg.config import DEFAULT_BASE
    from kg.settings import recorded_settings
    from kg.store import OxigraphStore

    base = "https://example.org/kg/"
    inputs, out = tmp_path / "in", tmp_path / "out"
    inputs.mkdir()
    (inputs / "a.txt").write_text("Finland joined NATO in 2023. Sweden joined NATO in 2024.\n", encoding="utf-8")
    (inputs / "b.txt").write_text("Poland is a member of NATO.\n", encoding="utf-8")
    extra = tmp_path / "extra.ttl"
    extra.write_text(f"<{base}id/note> <http://www.w3.org/2000/01/rdf-schema#comment> \"an import\" .\n",
                     encoding="utf-8")

    def dataset() -> str:
        text = (out / "dataset.ttl").read_text(encoding="utf-8")
        assert f'void:uriSpace "{base}"' in text and f"<{base}build/" in text and f"<{base}doc/" in text
        assert not any(f"<{DEFAULT_BASE}{kind}" in text for kind in ("build/", "doc/", "dataset", "software/"))
        return re.search(r"model (\S+) ", text)[1]  # type: ignore[index]

    assert invoke("build", str(inputs), "--out", str(out), "--base", base).exit_code == 0
    model = dataset()
    with OxigraphStore(out / "store") as store:
        settings = recorded_settings(store)
    assert settings is not None and (settings.base, settings.model) == (base, model)
    steps = [["remove", "b.txt"], ["update", f'INSERT DATA {{ <{base}id/x> rdfs:label "x" }}'],
             ["import", str(extra)]]
    for step in steps:
        result = invoke(*step, "--out", str(out))
        assert result.exit_code == 0, (step, result.output)
        assert dataset() == model, step
        graph = (out / "graph.ttl").read_text(encoding="utf-8")
        assert f"<{base}doc/" in graph and f"<{DEFAULT_BASE}doc/" not in graph, step
    # a later build without --base keeps the store's base for the documents it adds
    (inputs / "c.txt").write_text("Estonia joined NATO in 2004.\n", encoding="utf-8")
    assert invoke("build", str(inputs), "--out", str(out)).exit_code == 0
    graph = (out / "graph.ttl").read_text(encoding="utf-8")
    assert "Estonia" in graph and f"<{base}doc/" in graph
    assert not any(f"<{DEFAULT_BASE}{kind}" in graph for kind in ("doc/", "id/", "fact/", "assertion/"))
    assert dataset() == model
