"""The notebooks in notebooks/: each runs top to bottom, headless, and is committed without outputs.

Each notebook runs in a fresh ``python3`` kernel (ipykernel) with the notebook's folder as working
directory, as Jupyter runs it; the notebooks find the repository root themselves. They must write
nothing into the repository (only into temporary folders).
"""

from __future__ import annotations

import os
from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOK_DIR = ROOT / "notebooks"
NOTEBOOKS = sorted(NOTEBOOK_DIR.glob("*.ipynb"))
#: seconds per cell; a whole notebook takes about ten
CELL_TIMEOUT = 240
#: where a notebook could write by mistake: its own folder (the working directory), the data and
#: the default output folder; plus any new entry at the top of the repository
_WATCHED = ("notebooks", "data", "out")


def _tree() -> dict[str, tuple[int, int]]:
    """Files a notebook must not touch: path → (size, mtime); top-level entries (not hidden) by name."""
    files: dict[str, tuple[int, int]] = {e.name: (0, 0) for e in ROOT.iterdir() if not e.name.startswith(".")}
    for top in _WATCHED:
        for folder, dirs, names in os.walk(ROOT / top):
            dirs[:] = [d for d in dirs if d not in {"__pycache__", ".ipynb_checkpoints"}]
            for name in names:
                stat = Path(folder, name).stat()
                files[Path(folder, name).relative_to(ROOT).as_posix()] = (stat.st_size, stat.st_mtime_ns)
    return files


def test_the_notebooks_are_there() -> None:
    assert {"01_build_and_explore.ipynb", "02_sparql_cookbook.ipynb", "03_add_your_documents.ipynb"} <= {
        p.name for p in NOTEBOOKS}


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_notebook_runs_top_to_bottom(path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("NATOKG_STORE", raising=False)  # the kernel inherits the environment
    monkeypatch.setenv("MPLBACKEND", "module://matplotlib_inline.backend_inline")
    notebook = nbformat.read(path, as_version=4)
    before = _tree()
    client = NotebookClient(notebook, timeout=CELL_TIMEOUT, kernel_name="python3", allow_errors=False,
                            resources={"metadata": {"path": str(path.parent)}})
    client.execute()  # raises CellExecutionError (with the cell and its traceback) when a cell fails
    code = [cell for cell in notebook.cells if cell.cell_type == "code"]
    assert all(cell.execution_count for cell in code)
    errors = [out for cell in code for out in cell.outputs if out.output_type == "error"]
    assert not errors
    after = _tree()
    changed = sorted(name for name in before.keys() | after.keys() if before.get(name) != after.get(name))
    assert not changed, f"{path.name} wrote into the repository: {changed}"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_notebook_is_committed_clean(path: Path) -> None:
    notebook = nbformat.read(path, as_version=4)
    nbformat.validate(notebook)
    assert notebook.metadata.get("kernelspec", {}).get("name") == "python3"
    assert "widgets" not in notebook.metadata, "widget state is saved in the notebook"
    for index, cell in enumerate(notebook.cells):
        where = f"{path.name}, cell {index}"
        if cell.cell_type == "code":
            assert cell.outputs == [], f"{where}: outputs not cleared"
            assert cell.execution_count is None, f"{where}: execution count not cleared"
        assert "execution" not in cell.metadata, f"{where}: execution timings saved"
        assert "attachments" not in cell, f"{where}: attachment saved"
