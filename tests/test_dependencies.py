"""Every third-party module kg/ imports is declared in pyproject.toml.

Imports that run when a module is imported must be among the project's dependencies;
imports inside functions (optional features such as rebuilding the pair model) may instead
be in an optional extra. Import names are mapped to distribution names through the
installed packages' metadata (``sklearn`` is scikit-learn's).
"""

from __future__ import annotations

import ast
import re
import sys
import tomllib
from importlib.metadata import packages_distributions
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "kg"


def _normal(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _names(requirements: list[str]) -> set[str]:
    return {_normal(re.match(r"[A-Za-z0-9._-]+", r).group()) for r in requirements}  # type: ignore[union-attr]


def _declared() -> tuple[set[str], set[str]]:
    """(dependencies, dependencies of any optional extra) as normalised distribution names."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    extras = set().union(*(_names(reqs) for reqs in project.get("optional-dependencies", {}).values()))
    return _names(project["dependencies"]), extras


def _third_party_imports() -> dict[str, set[tuple[str, bool]]]:
    """Top-level import name → {(module path, imported inside a function)}."""
    found: dict[str, set[tuple[str, bool]]] = {}

    def visit(node: ast.AST, path: str, lazy: bool) -> None:
        for child in ast.iter_child_nodes(node):
            inner = lazy or isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef)
            if isinstance(child, ast.If) and "TYPE_CHECKING" in ast.unparse(child.test):
                inner = True  # for type checkers only: never imported at run time
            names = ([a.name for a in child.names] if isinstance(child, ast.Import)
                     else [child.module or ""] if isinstance(child, ast.ImportFrom) and not child.level else [])
            for name in names:
                top = name.split(".")[0]
                if top not in sys.stdlib_module_names and top not in {"kg", "__future__"}:
                    found.setdefault(top, set()).add((path, inner))
            visit(child, path, inner)

    for path in sorted(PACKAGE.rglob("*.py")):
        visit(ast.parse(path.read_text(encoding="utf-8")), str(path.relative_to(ROOT)), False)
    return found


def test_dependencies_every_import_is_declared() -> None:
    core, extras = _declared()
    distributions = packages_distributions()
    imports = _third_party_imports()
    assert {"rdflib", "pyoxigraph", "spacy", "click"} <= set(imports), "the imports were read"
    missing = []
    for name, places in sorted(imports.items()):
        dists = {_normal(d) for d in distributions.get(name, [name])}
        eager = sorted(path for path, lazy in places if not lazy)
        if eager and not dists & core:
            missing.append(f"{name} ({', '.join(sorted(dists))}): imported by {', '.join(eager)}, "
                           "not in [project] dependencies")
        elif not dists & (core | extras):
            missing.append(f"{name} ({', '.join(sorted(dists))}): imported by "
                           f"{', '.join(sorted(p for p, _ in places))}, declared nowhere")
    assert not missing, "\n".join(missing)
