"""The one rule of docs/architecture.md, checked on the real imports: no module imports a later layer."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "kg"

LAYERS = [
    {"errors", "model", "config", "offline", "heap"},
    {"lexicon"},
    {"ingest", "duplicates"},
    {"extract"},
    {"rdf", "summary", "files"},
    {"store"},
    {"query", "incremental", "reference", "search", "serve", "settings"},
    {"network", "analysis", "viz", "webgl", "export", "validate", "imports", "outputs", "evaluate"},
    {"api", "training"},
    {"cli", "__init__", "__main__"},
]


def _layer(top: str) -> int:
    for number, members in enumerate(LAYERS):
        if top in members:
            return number
    raise AssertionError(f"kg.{top} is in no layer of docs/architecture.md")


def _imports(path: Path) -> set[str]:
    """Top-level kg modules that *path* imports (relative or absolute)."""
    parts = path.relative_to(PACKAGE).with_suffix("").parts
    package = parts[:-1]
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.level:
            base = list(package[: len(package) - (node.level - 1)])
            target = base + (node.module.split(".") if node.module else [])
            names = target[:1] or [alias.name for alias in node.names]
            found.update(n if (PACKAGE / n).is_dir() or (PACKAGE / f"{n}.py").exists() else "__init__" for n in names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("kg."):
            found.add(node.module.split(".")[1])
        elif isinstance(node, ast.Import):
            found.update(a.name.split(".")[1] for a in node.names if a.name.startswith("kg."))
    return found


def test_architecture_no_module_imports_a_later_layer() -> None:
    checked, wrong = 0, []
    for path in sorted(PACKAGE.rglob("*.py")):
        own = path.relative_to(PACKAGE).parts[0].removesuffix(".py")
        for target in _imports(path):
            checked += 1
            if _layer(target) > _layer(own):
                wrong.append(f"kg/{path.relative_to(PACKAGE)} imports kg.{target}")
    assert checked > 100, "the imports were read"
    assert not wrong, "\n".join(wrong)


def test_architecture_every_module_has_a_layer() -> None:
    tops = {p.relative_to(PACKAGE).parts[0].removesuffix(".py") for p in PACKAGE.rglob("*.py")}
    tops -= {"templates", "_data"}
    for top in tops:
        _layer(top)
