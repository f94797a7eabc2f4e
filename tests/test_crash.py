"""Interrupted builds (SIGINT, SIGKILL) leave the previous outputs and store readable, and the next build completes."""

from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pyoxigraph
import pytest

from kg.store import OxigraphStore

ROOT = Path(__file__).resolve().parent.parent
EXTRA = ("Estonia and Latvia joined NATO in 2004. The Baltic states cooperate with Finland. "
         "Poland signed the Washington Treaty in 1999. ") * 1500  # ~37,000 words: several seconds of
# parsing, so that the signal 2.5 s after the start lands before the build ends even on a fast, idle machine


def _inputs(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    shutil.copytree(ROOT / "data" / "corpus", folder)
    return folder


def _build(folder: Path, out: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "kg", "build", str(folder), "--out", str(out), "-q"],
                          capture_output=True, text=True, timeout=300)


def _interrupt(folder: Path, out: Path, sig: int) -> tuple[int, str]:
    """Start a build that has work to do and send *sig* once extraction is under way."""
    # the child takes SIGINT as a terminal would send it, even when this run was started with SIGINT
    # ignored (a background job of a non-interactive shell), which a child would otherwise inherit
    process = subprocess.Popen([sys.executable, "-m", "kg", "build", str(folder), "--out", str(out), "-q"],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                               preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    time.sleep(2.5)  # model loaded; the new document is being extracted or merged (any point is fine)
    process.send_signal(sig)
    _, stderr = process.communicate(timeout=120)
    return process.returncode, stderr


def _readable(out: Path) -> int:
    data = (out / "graph.ttl").read_bytes()
    triples = sum(1 for _ in pyoxigraph.parse(data, "text/turtle"))
    assert "</html>" in (out / "graph.html").read_text(encoding="utf-8")
    with OxigraphStore(out / "store") as store:
        assert store.count() > 0
    return triples


@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGKILL], ids=["SIGINT", "SIGKILL"])
def test_crash_interrupted_build_keeps_previous_graph_and_recovers(tmp_path: Path, sig: int) -> None:
    folder, out = _inputs(tmp_path), tmp_path / "out"
    assert _build(folder, out).returncode == 0
    before = (out / "graph.ttl").read_bytes()
    (folder / "new.txt").write_text(EXTRA, encoding="utf-8")
    code, stderr = _interrupt(folder, out, sig)
    if sig == signal.SIGINT:
        assert code == 130 and stderr.startswith("kg: interrupted; the store and outputs keep their last complete "
                                                 "state (run kg build again to finish)"), stderr
    else:
        assert code == -signal.SIGKILL
    assert _readable(out) > 0
    after = (out / "graph.ttl").read_bytes()
    assert after == before or b"Estonia" in after, "the graph is the old one or the new one, never a mix"
    done = _build(folder, out)
    assert done.returncode == 0, done.stderr
    assert b"Estonia" in (out / "graph.ttl").read_bytes()
    assert not list(out.glob(".*.tmp")), "stale temporary files are cleared"
    clean = tmp_path / "clean"
    assert _build(folder, clean).returncode == 0
    lines = lambda p: sorted((p / "graph.ttl").read_text(encoding="utf-8").splitlines()[1:])  # noqa: E731
    assert lines(out) == lines(clean), "the recovered build equals a build from scratch"


_PARTS_BUILD = """
import sys, kg
done = 0
def tick(chars):
    global done
    done += chars
    print(done, flush=True)
kg.build([sys.argv[1]], sys.argv[2], stream_bytes=1000, part_chars=3000, progress=tick)
"""


def test_crash_killed_between_parts_of_a_large_file_recovers(tmp_path: Path) -> None:
    """SIGKILL once several parts of a file read in chunks are in the store, before its document is."""
    folder, out = tmp_path / "in", tmp_path / "out"
    folder.mkdir()
    (folder / "dump.txt").write_text(("Estonia and Latvia joined NATO in 2004. Poland signed the Washington "
                                      "Treaty in 1999.\n\n") * 150, encoding="utf-8")
    process = subprocess.Popen([sys.executable, "-c", _PARTS_BUILD, str(folder), str(out)],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert process.stdout is not None
    for line in process.stdout:
        if int(line) > 7000:  # two parts merged, the document not yet
            process.kill()
            break
    process.communicate(timeout=60)
    assert process.returncode == -signal.SIGKILL
    from kg.incremental import orphans

    with OxigraphStore(out / "store") as store:
        assert orphans(store) and store.count() > 0
    done = _build(folder, out)
    assert done.returncode == 0, done.stderr
    clean = tmp_path / "clean"
    assert _build(folder, clean).returncode == 0
    lines = lambda p: sorted((p / "graph.ttl").read_text(encoding="utf-8").splitlines()[1:])  # noqa: E731
    assert lines(out) == lines(clean), "the recovered build equals a build from scratch"


# -- the window between outputs: graph.ttl in place, graph.html and dataset.ttl not yet -----------

_KILL_AFTER_RENAMES = """
import os, signal, sys
import kg
from kg.outputs import STAMP

limit, renamed, real = int(sys.argv[3]), [], os.replace
def replace(src, dst, *args, **kwargs):
    real(src, dst, *args, **kwargs)
    if os.path.basename(os.fspath(dst)) in {"graph.ttl", "graph.html", "dataset.ttl", STAMP}:
        renamed.append(dst)
        if len(renamed) == limit:
            os.kill(os.getpid(), signal.SIGKILL)
os.replace = replace
kg.build([sys.argv[1]], sys.argv[2])
"""
SMALL = "Estonia and Latvia joined NATO in 2004. Poland signed the Washington Treaty in 1999.\n"


@pytest.fixture(scope="module")
def two_states(tmp_path_factory: pytest.TempPathFactory, nlp) -> tuple[Path, Path, Path]:
    """(inputs with a new document, outputs built before it came, outputs of a clean build with it)."""
    root = tmp_path_factory.mktemp("windows")
    folder = root / "in"
    folder.mkdir()
    shutil.copy(ROOT / "data" / "corpus" / "003_8575cdd9b53e07a0.txt", folder)
    import kg

    kg.build([folder], root / "before", nlp=nlp)
    (folder / "new.txt").write_text(SMALL, encoding="utf-8")
    kg.build([folder], root / "clean", nlp=nlp)
    return folder, root / "before", root / "clean"


def _same_outputs(out: Path, clean: Path) -> None:
    assert (out / "graph.ttl").read_bytes() == (clean / "graph.ttl").read_bytes()
    assert (out / "graph.html").read_bytes() == (clean / "graph.html").read_bytes()
    def triples(folder: Path) -> str:
        return re.findall(r"void:triples (\d+)", (folder / "dataset.ttl").read_text(encoding="utf-8"))[0]

    assert triples(out) == triples(clean)
    assert not list(out.glob(".*.tmp"))


@pytest.mark.parametrize("renames", [1, 2, 3])
def test_crash_killed_between_output_renames_next_build_repairs(tmp_path: Path, two_states, renames: int) -> None:
    """SIGKILL after graph.ttl (1), graph.html (2) or dataset.ttl (3) is renamed into place: the store
    already holds the new document, so the next build has nothing to extract, yet rewrites all."""
    folder, before, clean = two_states
    out = tmp_path / "out"
    shutil.copytree(before, out)
    killed = subprocess.run([sys.executable, "-c", _KILL_AFTER_RENAMES, str(folder), str(out), str(renames)],
                            capture_output=True, text=True, timeout=300)
    assert killed.returncode == -signal.SIGKILL, killed.stderr
    assert (out / "graph.ttl").read_bytes() == (clean / "graph.ttl").read_bytes(), "graph.ttl went in first"
    rerun = _build(folder, out)
    assert rerun.returncode == 0, rerun.stderr
    _same_outputs(out, clean)


def test_crash_full_disk_between_outputs_is_one_line_and_next_build_repairs(tmp_path: Path, two_states) -> None:
    """The output folder on a small tmpfs, filled so that graph.ttl fits but graph.html does not."""
    if os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("mounting a small tmpfs needs root")
    folder, before, clean = two_states
    out, store = tmp_path / "disk", tmp_path / "store"
    out.mkdir()
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(out)], capture_output=True).returncode:
        pytest.skip("this system does not allow mounting a tmpfs")
    try:
        shutil.copytree(before / "store", store)
        for name in ("graph.ttl", "graph.html", "dataset.ttl", ".natokg-state"):
            shutil.copy(before / name, out / name)
        free = os.statvfs(out)
        filler = free.f_bavail * free.f_frsize - 3 * (clean / "graph.ttl").stat().st_size
        (out / "filler").write_bytes(b"\0" * filler)
        command = [sys.executable, "-m", "kg", "build", str(folder), "--out", str(out), "--store", str(store), "-q"]
        full = subprocess.run(command, capture_output=True, text=True, timeout=300)
        assert full.returncode == 1
        assert full.stderr.count("\n") == 1 and "Traceback" not in full.stderr, full.stderr
        assert full.stderr.startswith(f"kg: error: {out / 'graph.html'}: cannot write (No space left on device)")
        (out / "filler").unlink()
        rerun = subprocess.run(command, capture_output=True, text=True, timeout=300)
        assert rerun.returncode == 0, rerun.stderr
        _same_outputs(out, clean)
    finally:
        subprocess.run(["umount", str(out)], check=False)
