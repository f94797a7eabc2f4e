"""The progress bar of ``kg build``: live on a terminal, absent when stderr is piped or under CI."""

from __future__ import annotations

import os
import pty
import select
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _build(tmp_path: Path, name: str, terminal: bool, **env: str) -> str:
    """stderr of ``kg build`` of one sample document, on a pseudo-terminal or a pipe."""
    corpus = tmp_path / "in"
    if not corpus.exists():
        corpus.mkdir()
        shutil.copy(ROOT / "data" / "corpus" / "000_09de478905b3451f.txt", corpus)
    environ = {k: v for k, v in os.environ.items() if k not in ("CI", "NATOKG_STORE")}
    environ.update(env, TERM="xterm", COLUMNS="200", PYTHONPATH=str(ROOT))
    command = [sys.executable, "-m", "kg", "build", str(corpus), "--out", str(tmp_path / name)]
    if not terminal:
        return subprocess.run(command, capture_output=True, text=True, env=environ, check=True).stderr
    main, other = pty.openpty()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=other, env=environ)
    os.close(other)
    chunks = []
    while True:
        ready, _, _ = select.select([main], [], [], 60)
        try:
            chunk = os.read(main, 4096) if ready else b""
        except OSError:  # the process closed the terminal
            chunk = b""
        if not chunk:
            break
        chunks.append(chunk)
    os.close(main)
    assert process.wait(timeout=60) == 0
    return b"".join(chunks).decode("utf-8", "replace")


def test_bar_is_live_on_a_terminal(tmp_path: Path) -> None:
    out = _build(tmp_path, "tty", terminal=True)
    frames = [f for f in out.split("\r") if f.strip("\x1b[2K")]
    bars = [f for f in frames if "Extracting [" in f]
    assert len(bars) >= 3  # redrawn while it works, not once at the end
    assert "characters" in bars[0] and "0%" in bars[0] and "ETA" not in bars[0]  # no guess before a part is done
    assert any("100%" in f for f in bars)
    assert "1 new documents" in out


def test_no_bar_when_piped_or_under_ci(tmp_path: Path) -> None:
    assert "Extracting" not in _build(tmp_path, "piped", terminal=False)
    assert "Extracting" not in _build(tmp_path, "ci", terminal=True, CI="true")
