"""Network analytics on the entity graph from :func:`kg.network.to_networkx`.

Centrality (degree, PageRank), Louvain communities, the shortest chains of facts
between two entities, name resolution with "did you mean", and the subgraph
selection behind ``kg viz`` (filters, ego networks, a cap that keeps the most
central entities and says what it left out).

PageRank is computed here by power iteration on numpy arrays because networkx's
``pagerank`` needs scipy, which natokg does not depend on; it follows networkx's definition
(parallel edges add weight, dangling nodes spread their rank evenly).
"""

from __future__ import annotations

import difflib
import itertools
import json
from collections import Counter
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from functools import cache
from pathlib import Path

import networkx as nx
import numpy as np
from rdflib import Graph

from .config import data_path
from .errors import QueryError
from .lexicon import load_lexicon
from .network import DOCUMENT_LAYER, REFERENCE_LAYER, EvidenceItem, ReferenceItem, local_name, to_networkx
from .rdf.shape import ACTIVE
from .rdf.vocab import NKG, RDFS

__all__ = [
    "Analysis", "Chain", "Chains", "Community", "Ranked", "Selection", "Step", "analyze", "analyze_file",
    "annotate", "as_of", "chains_in_file", "close_names", "communities", "day", "holds", "pagerank", "periods",
    "resolve_entity", "select", "shortest_chains", "suggest", "undirected",
]


@dataclass(frozen=True, slots=True)
class Ranked:
    """One entity with its centrality scores."""

    id: str
    label: str
    kind: str
    degree: int
    pagerank: float
    community: int


@dataclass(frozen=True, slots=True)
class Community:
    """A Louvain community; *members* are ordered by PageRank, highest first."""

    index: int
    members: tuple[str, ...]
    labels: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Analysis:
    """What ``kg analyze`` reports. *ranking* holds every entity, by PageRank."""

    entities: int
    relations: int
    components: int
    largest_component: int
    modularity: float
    kinds: dict[str, int]
    relation_counts: dict[str, int]
    ranking: tuple[Ranked, ...]
    communities: tuple[Community, ...]

    def table(self, top: int = 10) -> str:
        """A plain-text report: counts, the *top* entities by PageRank, the *top* communities."""
        lines = [(f"{self.entities:,} entities, {self.relations:,} relations, {self.components:,} connected "
                  f"components (largest: {self.largest_component:,} entities), modularity {self.modularity:.3f}"),
                 "entity types: " + ", ".join(f"{k} {c}" for k, c in self.kinds.items()),
                 "relations: " + ", ".join(f"{k} {c}" for k, c in self.relation_counts.items()), ""]
        width = max([len(r.label) for r in self.ranking[:top]] + [len("entity")])
        lines.append(f"{'entity':<{width}}  {'PageRank':>8}  {'degree':>6}  {'community':>9}  type")
        lines += [f"{r.label:<{width}}  {r.pagerank:>8.4f}  {r.degree:>6}  {r.community + 1:>9}  {r.kind}"
                  for r in self.ranking[:top]]
        singles = sum(len(c.members) == 1 for c in self.communities)
        lines += ["", f"communities (Louvain): {len(self.communities)}, of which {singles} single entities"]
        for c in self.communities[:top]:
            if len(c.members) > 1:
                names = ", ".join(c.labels[:6]) + (", …" if len(c.labels) > 6 else "")
                lines.append(f"{c.index + 1:>4}  {len(c.members):>4} entities: {names}")
        return "\n".join(lines)

    def to_json(self) -> str:
        """Everything, every entity included, as JSON."""
        data = asdict(self)
        data["communities"] = [{"index": c.index + 1, "members": [{"id": m, "label": label} for m, label in
                                zip(c.members, c.labels, strict=True)]} for c in self.communities]
        for row in data["ranking"]:
            row["community"] += 1
        return json.dumps(data, indent=2, ensure_ascii=False)


@dataclass(frozen=True, slots=True)
class Step:
    """One fact on a chain, walked from *source* to *target* (the fact may point backwards)."""

    source: str
    target: str
    subject: str
    relation: str
    object: str
    support: int
    evidence: tuple[EvidenceItem, ...]
    #: the curated reference rows behind the fact (never counted as support)
    reference: tuple[ReferenceItem, ...] = ()

    @property
    def forward(self) -> bool:
        return self.subject == self.source


@dataclass(frozen=True, slots=True)
class Chain:
    """A shortest chain of facts linking two entities."""

    steps: tuple[Step, ...] = field(default_factory=tuple)

    @property
    def nodes(self) -> tuple[str, ...]:
        return (self.steps[0].source, *(s.target for s in self.steps)) if self.steps else ()


def undirected(net: nx.MultiDiGraph) -> nx.Graph:
    """Simple undirected view; ``weight`` counts the relations between two entities, either way."""
    und = nx.Graph()
    und.add_nodes_from(net.nodes)
    for s, o in net.edges():
        if s != o:
            weight = und.edges[s, o]["weight"] + 1 if und.has_edge(s, o) else 1
            und.add_edge(s, o, weight=weight)
    return und


def pagerank(net: nx.MultiDiGraph, alpha: float = 0.85, tol: float = 1.0e-10, max_iter: int = 200) -> dict[str, float]:
    """PageRank of every entity; each parallel relation counts as one unit of weight."""
    nodes = list(net)
    n = len(nodes)
    if n == 0:
        return {}
    index = {node: i for i, node in enumerate(nodes)}
    pairs = np.array([(index[s], index[o]) for s, o in net.edges()], dtype=np.intp).reshape(-1, 2)
    source, target = pairs[:, 0], pairs[:, 1]
    out_weight = np.bincount(source, minlength=n).astype(float)
    dangling = out_weight == 0
    share = 1.0 / out_weight[source]
    rank = np.full(n, 1.0 / n)
    for _ in range(max_iter):
        teleport = (1.0 - alpha) / n + alpha * rank[dangling].sum() / n
        new = teleport + np.bincount(target, weights=alpha * rank[source] * share, minlength=n)  # float even if no edge
        if np.abs(new - rank).sum() < n * tol:
            return dict(zip(nodes, new.tolist(), strict=True))
        rank = new
    return dict(zip(nodes, rank.tolist(), strict=True))


def communities(net: nx.MultiDiGraph, seed: int = 0) -> list[set[str]]:
    """Louvain communities of the undirected, weighted view; largest first, isolated entities alone."""
    found = nx.community.louvain_communities(undirected(net), weight="weight", seed=seed)
    return sorted(found, key=lambda c: (-len(c), min(net.nodes[n]["label"] for n in c)))


def annotate(net: nx.MultiDiGraph, seed: int = 0, *, in_place: bool = False) -> nx.MultiDiGraph:
    """A copy of *net* (*net* itself with *in_place*) whose nodes carry ``degree``, ``pagerank``
    and ``community`` (0 = largest)."""
    out = net if in_place else net.copy()
    ranks = pagerank(net)
    for index, members in enumerate(communities(net, seed)):
        for node in members:
            out.nodes[node].update(degree=net.degree(node), pagerank=ranks[node], community=index)
    return out


def analyze(net: nx.MultiDiGraph, seed: int = 0) -> Analysis:
    """Centrality, communities and summary counts of *net*."""
    marked = annotate(net, seed)
    und = undirected(net)
    parts = communities(net, seed)
    ranking = tuple(sorted(
        (Ranked(n, d["label"], d["kind"], d["degree"], d["pagerank"], d["community"])
         for n, d in marked.nodes(data=True)),
        key=lambda r: (-r.pagerank, -r.degree, r.label)))
    order = {r.id: i for i, r in enumerate(ranking)}
    groups = []
    for index, members in enumerate(parts):
        ordered = tuple(sorted(members, key=order.__getitem__))
        groups.append(Community(index, ordered, tuple(net.nodes[n]["label"] for n in ordered)))
    components = [len(c) for c in nx.connected_components(und)]
    return Analysis(
        entities=net.number_of_nodes(), relations=net.number_of_edges(), components=len(components),
        largest_component=max(components, default=0),
        modularity=nx.community.modularity(und, parts, weight="weight") if und.number_of_edges() else 0.0,
        kinds=dict(sorted(Counter(d["kind"] for _, d in net.nodes(data=True)).items())),
        relation_counts=dict(sorted(Counter(k for _, _, k in net.edges(keys=True)).items())),
        ranking=ranking, communities=tuple(groups))


# --- names -----------------------------------------------------------------------------------

def _index(net: nx.MultiDiGraph) -> dict[str, list[tuple[int, str]]]:
    """Folded name → [(priority, node)]: labels and ``Kind:Label`` (0), aliases (1), IRIs (2)."""
    fold = load_lexicon().fold
    index: dict[str, list[tuple[int, str]]] = {}
    for node, data in net.nodes(data=True):
        names = [(0, data["label"]), (0, f"{data['kind']}:{data['label']}"), (2, node)]
        names += [(1, alias) for alias in data.get("aliases", ())]
        for priority, name in names:
            index.setdefault(fold(" ".join(name.split())), []).append((priority, node))
    return index


def suggest(net: nx.MultiDiGraph, name: str, n: int = 5) -> list[str]:
    """Labels of entities whose label or alias is close to *name* (for "did you mean")."""
    fold = load_lexicon().fold
    index = _index(net)
    wanted = fold(" ".join(name.split()))
    close = difflib.get_close_matches(wanted, [k for k in index if ":" not in k], n=n * 2, cutoff=0.6)
    close += sorted((k for k in index if wanted and wanted in k and ":" not in k), key=len)
    labels: list[str] = []
    for key in close:
        for _, node in sorted(index[key]):
            if net.nodes[node]["label"] not in labels:
                labels.append(net.nodes[node]["label"])
    return labels[:n]


def close_names(name: str, names: Iterable[str], n: int = 3) -> list[str]:
    """The names among *names* closest to *name* (folded for case, dashes and spelling); empty
    when *name* is one of them. For "did you mean" on names typed outside a network (``--param``)."""
    fold = load_lexicon().fold
    by_fold: dict[str, str] = {}
    for known in sorted(names, key=len):
        by_fold.setdefault(fold(" ".join(known.split())), known)
    wanted = fold(" ".join(name.split()))
    if not wanted or wanted in by_fold:
        return []
    return [by_fold[k] for k in difflib.get_close_matches(wanted, list(by_fold), n=n, cutoff=0.6)]


def resolve_entity(net: nx.MultiDiGraph, name: str) -> str:
    """The node id of the entity called *name* (label, alias, ``Kind:Label`` or IRI; case-insensitive).

    Raises :class:`~kg.errors.QueryError` when no entity has that name (the message lists
    close names) or when it names several entities (the message lists ``Kind:Label`` forms).
    """
    hits = _index(net).get(load_lexicon().fold(" ".join(name.split())), [])
    if not hits:
        close = suggest(net, name)
        hint = f"; did you mean: {', '.join(close)}?" if close else " (and no name is close)"
        raise QueryError(f'no entity named "{name}"{hint}')
    best = min(priority for priority, _ in hits)
    nodes = sorted({node for priority, node in hits if priority == best})
    if len(nodes) > 1:
        forms = ", ".join(sorted(f"{net.nodes[n]['kind']}:{net.nodes[n]['label']}" for n in nodes))
        raise QueryError(f'"{name}" names {len(nodes)} entities; say which: {forms}')
    return nodes[0]


# --- paths -----------------------------------------------------------------------------------

def _steps(net: nx.MultiDiGraph, a: str, b: str, relations: frozenset[str] | None) -> list[Step]:
    found = []
    for s, o in ((a, b), (b, a)):
        for key, data in (net.get_edge_data(s, o) or {}).items():
            if relations is None or key in relations:
                found.append(Step(a, b, s, key, o, int(data.get("support", 0)), tuple(data.get("evidence", ())),
                                  tuple(data.get("reference", ()))))
    return sorted(found, key=lambda st: (-st.support, st.relation == "relatedTo", st.relation, not st.forward))


def shortest_chains(net: nx.MultiDiGraph, source: str, target: str, *, limit: int = 5,
                    relations: set[str] | None = None) -> list[Chain]:
    """Up to *limit* shortest chains of facts between two entities, facts followed either way.

    Chains are ranked by their weakest link's support (best first), then prefer typed
    relations over ``relatedTo``. An empty list means the two are not connected.
    """
    if source == target:
        raise QueryError("a chain needs two different entities")
    allowed = frozenset(relations) if relations else None
    und = undirected(net) if allowed is None else undirected(
        net.edge_subgraph([(s, o, k) for s, o, k in net.edges(keys=True) if k in allowed]).copy())
    und.add_nodes_from((source, target))
    if not nx.has_path(und, source, target):
        return []
    chains: list[Chain] = []
    for path in itertools.islice(nx.all_shortest_paths(und, source, target), 50):
        options = [_steps(net, a, b, allowed) for a, b in itertools.pairwise(path)]
        chains.extend(Chain(tuple(c)) for c in itertools.islice(itertools.product(*options), limit))
    chains.sort(key=lambda c: (-min(s.support for s in c.steps), sum(s.relation == "relatedTo" for s in c.steps),
                               [net.nodes[n]["label"] for n in c.nodes], [s.relation for s in c.steps]))
    return chains[:limit]


@dataclass(frozen=True, slots=True)
class Chains:
    """The answer to ``kg path``: the two entities resolved, and the chains found."""

    net: nx.MultiDiGraph
    source: str
    target: str
    chains: tuple[Chain, ...]

    def text(self, evidence: int = 3) -> str:
        """Each chain on one line, then each fact with up to *evidence* sentences."""
        def label(node: str) -> str:
            return str(self.net.nodes[node]["label"])

        count = f"{len(self.chains)} shortest chain{'s' if len(self.chains) != 1 else ''}"
        facts = len(self.chains[0].steps) if self.chains else 0
        lines = [f"{self.source} → {self.target}: {count} of {facts} fact{'s' if facts != 1 else ''}"]
        for number, chain in enumerate(self.chains, 1):
            walk = label(chain.nodes[0]) + "".join(
                f" —{s.relation}→ {label(s.target)}" if s.forward else f" ←{s.relation}— {label(s.target)}"
                for s in chain.steps)
            lines += ["", f"{number}. {walk}"]
            for step in chain.steps:
                backing = f"{step.support} document{'s' if step.support != 1 else ''}"
                if step.reference:
                    backing = "reference data only" if not step.support else backing + " and reference data"
                lines.append(f"   {label(step.subject)} {step.relation} {label(step.object)}  ({backing})")
                for item in step.evidence[:evidence]:
                    where = f" [{item.start}:{item.end}]" if item.start >= 0 else ""
                    lines.append(f"     “{' '.join(item.sentence.split())}” — {item.document}{where}")
                if len(step.evidence) > evidence:
                    lines.append(f"     … and {len(step.evidence) - evidence} more")
                for ref in step.reference:
                    lines.append(f"     {ref.where}" + (f": {ref.period}" if ref.period else "")
                                 + (f" — {ref.note}" if ref.note else ""))
        return "\n".join(lines)


def analyze_file(path: str | Path, seed: int = 0) -> Analysis:
    """:func:`analyze` of the entity network of an RDF file (and of ``reference.ttl`` beside it)."""
    from .reference import load_with_reference
    from .summary import EVIDENCE_PER_FACT

    return analyze(to_networkx(load_with_reference(path, evidence_per_fact=EVIDENCE_PER_FACT)), seed)


def chains_in_file(path: str | Path, source: str, target: str, *, limit: int = 3,
                   relations: Iterable[str] = ()) -> Chains:
    """:func:`shortest_chains` between two entities named as a user would name them; the
    reference layer written beside the file (``reference.ttl``) is followed too."""
    from .reference import load_with_reference
    from .summary import EVIDENCE_PER_FACT

    net = to_networkx(load_with_reference(path, evidence_per_fact=EVIDENCE_PER_FACT))
    a, b = resolve_entity(net, source), resolve_entity(net, target)
    allowed = _choose(relations, {k for *_, k in net.edges(keys=True)} | _ontology_relations(), "relation")
    found = shortest_chains(net, a, b, limit=limit, relations=allowed or None)
    return Chains(net, net.nodes[a]["label"], net.nodes[b]["label"], tuple(found))


# --- time ------------------------------------------------------------------------------------

def day(value: str, end: bool = False) -> str:
    """An ISO day for a date of the graph (1999, 1999-03, 1999-03-12): the first day of a year or
    month, or with *end* its last (so "as of 1999" means at the end of 1999). Days compare as text.

    >>> day("1999"), day("1999-03"), day("1999", end=True), day("2004-06-30", end=True)
    ('1999-01-01', '1999-03-01', '1999-12-31', '2004-06-30')
    """
    value = value.strip()
    parts = value.split("-")
    if not (1 <= len(parts) <= 3 and all(p.isdigit() for p in parts) and len(parts[0]) == 4
            and all(len(p) == 2 for p in parts[1:])):
        raise QueryError(f'"{value}" is not a date (examples: 2004, 2004-06, 2004-06-30)')
    fill = ["12", "31"] if end else ["01", "01"]
    return "-".join(parts + fill[len(parts) - 1:])


def periods(data: dict[str, object]) -> list[tuple[str | None, str | None]]:
    """When the fact of an edge holds: [since, until) day pairs, None for an open end.

    A fact the documents state holds from the earliest date its evidence gives (always when no
    sentence dates it); each curated reference row adds its period when its status is active
    (a suspended row adds nothing: the fact is off then). An edge with no period never holds.
    """
    found: list[tuple[str | None, str | None]] = []
    evidence = [e for e in data.get("evidence", ()) or () if isinstance(e, EvidenceItem)]
    if evidence or int(data.get("support", 0) or 0) > 0 or data.get("layer", DOCUMENT_LAYER) != REFERENCE_LAYER:
        dates = sorted(day(e.date) for e in evidence if e.date)
        found.append((dates[0] if dates else None, None))
    for row in data.get("reference", ()) or ():
        if isinstance(row, ReferenceItem) and row.status in ("", ACTIVE):
            found.append((day(row.since) if row.since else None, day(row.until) if row.until else None))
    return found


def holds(spans: Iterable[tuple[str | None, str | None]], when: str) -> bool:
    """Whether one of the [since, until) *spans* contains the day *when*."""
    return any((since is None or since <= when) and (until is None or when < until) for since, until in spans)


def as_of(net: nx.MultiDiGraph, when: str) -> nx.MultiDiGraph:
    """*net* as it stood on *when* (1999, 1999-06 or 1999-06-30; a year or month means its end):
    facts that did not hold then go, and so do the entities left without any of their facts;
    entities that never had a fact stay."""
    date = day(when, end=True)
    out = net.copy()
    out.remove_edges_from([(s, o, k) for s, o, k, d in net.edges(keys=True, data=True) if not holds(periods(d), date)])
    out.remove_nodes_from([n for n in net if net.degree(n) > 0 and out.degree(n) == 0])
    return out


# --- views -----------------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class Selection:
    """The part of a network a page shows, and a note saying what was left out and why."""

    net: nx.MultiDiGraph
    note: str
    focus: str | None = None


@cache
def _ontology_relations() -> frozenset[str]:
    """Local names of the ontology's relation properties (``nkg:relatedTo`` and its subproperties)."""
    onto = Graph().parse(data_path("ontology", "natokg.ttl"), format="turtle")
    return frozenset(local_name(p) for p in onto.transitive_subjects(RDFS.subPropertyOf, NKG.relatedTo) if p)


def _choose(asked: Iterable[str], known: Iterable[str], what: str) -> set[str]:
    """*asked* mapped case-insensitively onto *known*; an unknown name raises with close ones."""
    by_fold = {k.casefold(): k for k in known}
    chosen = set()
    for name in asked:
        if name.casefold() not in by_fold:
            close = difflib.get_close_matches(name.casefold(), list(by_fold), n=3, cutoff=0.5)
            hint = f"did you mean: {', '.join(by_fold[c] for c in close)}?" if close else \
                f"known: {', '.join(sorted(by_fold.values()))}"
            raise QueryError(f'no {what} named "{name}"; {hint}')
        chosen.add(by_fold[name.casefold()])
    return chosen


def _document(net: nx.MultiDiGraph, document: str) -> str:
    """The document identifier *document* names (an identifier, or a path ending in one)."""
    known: set[str] = {str(doc) for *_, docs in net.edges(data="documents") for doc in docs or ()}
    known |= {str(doc) for _, docs in net.nodes(data="documents") for doc in docs or ()}
    for candidate in (document, document.replace("\\", "/").rsplit("/", 1)[-1]):
        if candidate in known:
            return candidate
    starting = [doc for doc in sorted(known) if doc.startswith(document)]
    if len(starting) == 1:
        return starting[0]
    close = starting[:5] or difflib.get_close_matches(document, sorted(known), n=3, cutoff=0.5)
    hint = f"did you mean: {', '.join(close)}?" if close else \
        f"{len(known)} documents carry evidence" + (f": {', '.join(sorted(known))}" if len(known) <= 10 else "")
    raise QueryError(f'no document named "{document}" in the graph; {hint}')


def _count(count: int, one: str, many: str) -> str:
    return f"{count:,} {one if count == 1 else many}"


def select(net: nx.MultiDiGraph, *, focus: str | None = None, hops: int = 1, types: Iterable[str] = (),
           relations: Iterable[str] = (), min_degree: int = 0, document: str | None = None,
           max_nodes: int = 300, rank: str = "degree", when: str | None = None) -> Selection:
    """The view of *net* that ``kg viz`` draws.

    Relation and document filters drop facts (and the entities left without any, except
    those the document mentions); the type filter and *min_degree* drop entities; *focus* keeps the entities within *hops* of it
    (facts followed either way). The focus entity survives every filter. Past *max_nodes*
    (0: no cap) the view keeps the entities ranked highest by *rank* (``degree`` or
    ``pagerank``; nearer to the focus first). With *when* (a date), only the facts that held
    then are kept (:func:`as_of`). Unknown names raise :class:`QueryError`. When nothing is
    cut, the view is *net* itself.
    """
    center = resolve_entity(net, focus) if focus else None
    filters: list[str] = []
    whole = net
    if when:
        net = as_of(net, when)
        filters.append(f"as of {when}")
        if center and center not in net:
            net.add_node(center, **whole.nodes[center])
    work: nx.MultiDiGraph = net
    relations, types = list(relations), list(types)
    if relations:
        present = {k for _, _, k in net.edges(keys=True)}
        allowed = _choose(relations, present | _ontology_relations(), "relation")
        work = work.edge_subgraph([e for e in work.edges(keys=True) if e[2] in allowed])
        filters.append("relations " + ", ".join(sorted(allowed)))
    keep_too: set[str] = set()
    if document:
        doc = _document(whole, document)
        work = work.edge_subgraph([(s, o, k) for s, o, k, d in work.edges(keys=True, data="documents") if doc in d])
        keep_too = {n for n, docs in net.nodes(data="documents") if doc in (docs or ())}
        filters.append(f"mentioned in or evidenced by {doc}")
    keep = (set(work.nodes) | keep_too) if (relations or document) else set(net.nodes)
    if types:
        kinds = _choose(types, {d for _, d in net.nodes(data="kind")} | set(load_lexicon().iri_kind), "entity type")
        keep = {n for n in keep if net.nodes[n]["kind"] in kinds}
        filters.append("types " + ", ".join(sorted(kinds)))
    keep |= {center} if center else set()
    if relations or document or len(keep) < net.number_of_nodes():
        work = (work if (relations or document) else net).subgraph(keep).copy()
    else:  # nothing cut: no copy (a whole graph of 20,000 entities takes half a second to copy)
        work = net
    work.add_nodes_from((n, net.nodes[n]) for n in keep - set(work))  # the focus, entities the document mentions
    if relations or document:  # entities whose facts all went with the filters go, unless the document names them
        work.remove_nodes_from([n for n in list(work) if work.degree(n) == 0 and n != center and n not in keep_too])
    if min_degree > 0:
        work = work.subgraph({n for n in work if work.degree(n) >= min_degree or n == center}).copy()
        filters.append(f"at least {min_degree} relations")
    distance: dict[str, int] = {}
    if center:
        distance = nx.single_source_shortest_path_length(undirected(work), center, cutoff=hops)
        work = work.subgraph(distance).copy()
        filters.insert(0, f"within {_count(hops, 'hop', 'hops')} of {net.nodes[center]['label']}")
    if max_nodes and work.number_of_nodes() > max_nodes:
        score = pagerank(work) if rank == "pagerank" else {n: float(d) for n, d in work.degree()}
        order = sorted(work, key=lambda n: (distance.get(n, 0), -score[n], work.nodes[n]["label"]))
        work = work.subgraph(order[:max_nodes]).copy()
        filters.append(f"capped at the {max_nodes:,} entities with the highest "
                       f"{'PageRank' if rank == 'pagerank' else 'degree'}")
    note = _note(whole, work, filters)
    if work.number_of_nodes() == 0 and types and relations:
        note += _empty_hint(net, allowed, kinds)
    return Selection(work, note, center)


def _empty_hint(net: nx.MultiDiGraph, relations: set[str], kinds: set[str]) -> str:
    """Why a type and relation filter left nothing: the classes at the other end of those facts."""
    others: Counter[str] = Counter()
    for s, o, key in net.edges(keys=True):
        ends = (net.nodes[s]["kind"], net.nodes[o]["kind"])
        if key in relations and (ends[0] in kinds) != (ends[1] in kinds):
            others[ends[1] if ends[0] in kinds else ends[0]] += 1
    if not others:
        return " No fact of those relations links entities of those types."
    return (" The " + ", ".join(sorted(relations)) + " facts of those types lead to "
            + ", ".join(f"{k} ({c})" for k, c in others.most_common()) + ": add it to --types.")


def _note(net: nx.MultiDiGraph, shown: nx.MultiDiGraph, filters: list[str]) -> str:
    """What a view shows and leaves out: "19 of 33 entities and 28 of 30 relations shown: …"."""
    entities = _count(net.number_of_nodes(), "entity", "entities")
    relations = _count(net.number_of_edges(), "relation", "relations")
    if shown.number_of_nodes() == net.number_of_nodes() and shown.number_of_edges() == net.number_of_edges():
        return f"All {entities} and {relations}" + (f" ({'; '.join(filters)})." if filters else ".")
    kinds = Counter(kind for n, kind in net.nodes(data="kind") if n not in shown)
    left_nodes = net.number_of_nodes() - shown.number_of_nodes()
    return (f"{shown.number_of_nodes():,} of {entities} and {shown.number_of_edges():,} of {relations} shown: "
            f"{'; '.join(filters)}. Left out: {_count(left_nodes, 'entity', 'entities')}"
            + (f" ({', '.join(f'{c:,} {k}' for k, c in kinds.most_common())})" if kinds else "")
            + f" and {_count(net.number_of_edges() - shown.number_of_edges(), 'relation', 'relations')}.")
