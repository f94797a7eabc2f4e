"""The library's front door: one call per job, used by the CLI and by notebooks."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Graph

from .config import DEFAULT_BASE, DEFAULT_INPUT, DEFAULT_OUTPUT
from .errors import InputError
from .extract import extract, load_nlp
from .ingest import paragraphs, read_documents
from .model import Extraction, Skipped
from .network import to_networkx
from .rdf import to_graph
from .store import atomic_write, save_graph
from .viz import render_html

__all__ = ["BuildReport", "build", "build_graph"]


@dataclass(slots=True)
class BuildReport:
    """What a build read, skipped, produced and wrote."""

    documents: int
    sentences: int
    entities: int
    relations: int
    facts: int
    seconds: float
    skipped: list[Skipped] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    outputs: dict[str, Path] = field(default_factory=dict)
    extraction: Extraction | None = None
    graph: Graph | None = None


def build_graph(
    inputs: Iterable[str | Path] = (DEFAULT_INPUT,),
    *,
    model: str | None = None,
    base: str = DEFAULT_BASE,
    on_start: Callable[[int], None] | None = None,
    progress: Callable[[int], None] | None = None,
) -> BuildReport:
    """Read, extract and build the RDF graph in memory (nothing is written)."""
    started = time.perf_counter()
    ingested = read_documents(list(inputs))
    if not ingested.documents:
        reasons = "; ".join(f"{s.path}: {s.reason}" for s in ingested.skipped) or "no .txt, .md or .html files"
        raise InputError(", ".join(str(p) for p in inputs), f"no usable documents ({reasons})")
    if on_start:
        on_start(sum(len(text) for doc in ingested.documents for _, text in paragraphs(doc)))
    extraction = extract(ingested.documents, nlp=load_nlp(model), progress=progress)
    graph = to_graph(extraction, base=base)
    facts = {(r.subject, r.predicate, r.object) for r in extraction.relations if r.is_fact}
    return BuildReport(
        documents=len(extraction.documents), sentences=extraction.sentences, entities=len(extraction.entities),
        relations=len(extraction.relations), facts=len(facts), seconds=time.perf_counter() - started,
        skipped=ingested.skipped, notes=ingested.notes, extraction=extraction, graph=graph)


def build(
    inputs: Iterable[str | Path] = (DEFAULT_INPUT,),
    out: str | Path = DEFAULT_OUTPUT,
    *,
    model: str | None = None,
    base: str = DEFAULT_BASE,
    on_start: Callable[[int], None] | None = None,
    progress: Callable[[int], None] | None = None,
) -> BuildReport:
    """Build the knowledge graph of *inputs* and write ``graph.ttl`` and ``graph.html`` into *out*."""
    report = build_graph(inputs, model=model, base=base, on_start=on_start, progress=progress)
    assert report.graph is not None
    out_dir = Path(out)
    report.outputs["graph.ttl"] = save_graph(report.graph, out_dir / "graph.ttl", "turtle")
    net = to_networkx(report.graph)
    note = f"{net.number_of_nodes()} entities, {net.number_of_edges()} relations from {report.documents} document(s)"
    html = render_html(net, title="natokg — NATO partnership graph", note=note)
    report.outputs["graph.html"] = atomic_write(out_dir / "graph.html", html)
    report.seconds = report.seconds
    return report
