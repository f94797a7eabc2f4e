"""natokg: knowledge graphs of NATO partnership relations from English text.

Stages, data flowing one way: :mod:`kg.ingest` (files → documents) → :mod:`kg.extract`
(documents → entities and relations with evidence) → :mod:`kg.rdf` (→ RDF against the
ontology) → :mod:`kg.store` (persistence) → :mod:`kg.network` / :mod:`kg.viz`.

Names are imported on first use, so that ``kg --help`` or ``kg query`` do not pay for
loading spaCy.
"""

from __future__ import annotations

import importlib
import sys
import types
from typing import TYPE_CHECKING, Any


#: public name → module that defines it
_EXPORTS = {
    "BuildReport": "api", "build": "api", "build_graph": "api",
    "ConfigError": "errors", "InputError": "errors", "KGError": "errors", "OutputError": "errors",
    "QueryError": "errors",
    "RDFSyntaxError": "errors",
    "export": "export", "extract": "extract", "load_nlp": "extract", "read_documents": "ingest",
    "Document": "model", "Entity": "model", "Evidence": "model", "Extraction": "model", "Mention": "model",
    "Relation": "model", "Skipped": "model",
    "to_networkx": "network", "to_graph": "rdf", "load_graph": "files", "save_graph": "files",
    "validate": "validate", "render_html": "viz",
}

__all__ = [
    "BuildReport", "ConfigError", "Document", "Entity", "Evidence", "Extraction", "InputError",
    "KGError", "Mention", "OutputError", "QueryError", "RDFSyntaxError", "Relation", "Skipped", "build",
    "build_graph", "export", "extract", "load_graph", "load_nlp", "read_documents", "render_html",
    "save_graph", "to_graph", "to_networkx", "validate",
]

#: names of functions that are also the names of their submodules
_SHADOWED = frozenset({"export", "extract", "validate"})


class _Package(types.ModuleType):
    """The package ``kg``: ``kg.export``, ``kg.extract`` and ``kg.validate`` stay the functions.

    Importing a submodule binds it on its package; for these three names the binding is
    skipped (the submodule stays in ``sys.modules``), so the functions can be loaded on
    first use like every other name instead of at ``import kg``.
    """

    def __setattr__(self, name: str, value: Any) -> None:
        if name in _SHADOWED and isinstance(value, types.ModuleType):
            return
        super().__setattr__(name, value)


sys.modules[__name__].__class__ = _Package

if TYPE_CHECKING:
    from .api import BuildReport, build, build_graph
    from .export import export
    from .extract import extract, load_nlp
    from .validate import validate
    from .errors import ConfigError, InputError, KGError, OutputError, QueryError, RDFSyntaxError
    from .ingest import read_documents
    from .model import Document, Entity, Evidence, Extraction, Mention, Relation, Skipped
    from .network import to_networkx
    from .rdf import to_graph
    from .files import load_graph, save_graph
    from .viz import render_html


def __getattr__(name: str) -> Any:
    if name == "__version__":
        from .config import package_version

        return package_version()
    if name in _EXPORTS:
        value = getattr(importlib.import_module(f".{_EXPORTS[name]}", __name__), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'kg' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
