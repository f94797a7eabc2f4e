"""natokg: knowledge graphs of NATO partnership relations from English text.

Stages, data flowing one way: :mod:`kg.ingest` (files → documents) → :mod:`kg.extract`
(documents → entities and relations with evidence) → :mod:`kg.rdf` (→ RDF against the
ontology) → :mod:`kg.store` (persistence) → :mod:`kg.network` / :mod:`kg.viz`.
"""

from __future__ import annotations

__version__ = "0.1.0"

from .api import BuildReport, build, build_graph
from .errors import ConfigError, InputError, KGError, QueryError, RDFSyntaxError
from .export import export
from .extract import extract, load_nlp
from .ingest import read_documents
from .model import Document, Entity, Evidence, Extraction, Mention, Relation, Skipped
from .network import to_networkx
from .rdf import to_graph
from .store import load_graph, save_graph
from .validate import validate
from .viz import render_html

__all__ = [
    "BuildReport", "ConfigError", "Document", "Entity", "Evidence", "Extraction", "InputError",
    "KGError", "Mention", "QueryError", "RDFSyntaxError", "Relation", "Skipped", "build",
    "build_graph", "export", "extract", "load_graph", "load_nlp", "read_documents", "render_html",
    "save_graph", "to_graph", "to_networkx", "validate",
]
