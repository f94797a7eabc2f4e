"""kg query loads only what it uses: no spaCy, numpy, networkx, pages or exports (measured in a fresh process)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from kg.api import BuildReport

ROOT = Path(__file__).resolve().parent.parent
#: modules kg query has no use for (parsing, near-duplicates, graphs, pages, exports, SHACL)
UNUSED = ("spacy", "thinc", "numpy", "networkx", "scipy", "jinja2", "pyshacl", "kg.extract", "kg.export",
          "kg.network", "kg.analysis", "kg.viz", "kg.duplicates", "kg.validate")
SCRIPT = """
import json, sys
from kg.cli import cli
cli(sys.argv[1:], standalone_mode=False)
print(json.dumps(sorted(sys.modules)), file=sys.stderr)
"""


def _loaded(*args: str) -> tuple[str, set[str]]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-c", SCRIPT, *args], capture_output=True, text=True, env=env,
                          timeout=120, check=True)
    return done.stdout, set(json.loads(done.stderr.strip().splitlines()[-1]))


def test_kg_query_imports_nothing_it_does_not_use(sample_build: BuildReport) -> None:
    store = str(sample_build.outputs["graph.ttl"].parent / "store")
    out, modules = _loaded("query", "--name", "partners-of", "--param", "framework=NATO", "--store", store)
    assert "Poland" in out
    assert not {m for m in modules if any(m == u or m.startswith(u + ".") for u in UNUSED)}


def test_kg_package_keeps_its_functions_after_submodule_imports() -> None:
    import kg
    import kg.export
    import kg.extract.pipeline
    import kg.validate

    assert callable(kg.export) and callable(kg.extract) and callable(kg.validate)
    assert kg.extract.__module__ == "kg.extract" and "kg.extract.pipeline" in sys.modules
