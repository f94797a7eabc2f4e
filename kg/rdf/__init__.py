"""Stage 3: RDF graph building, IRIs and vocabulary."""

from __future__ import annotations

from .build import new_graph, to_graph
from .iri import IRIs, slug
from .vocab import NKG, PREFIXES

__all__ = ["IRIs", "NKG", "PREFIXES", "new_graph", "slug", "to_graph"]
