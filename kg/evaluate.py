"""Extraction quality against a hand-annotated gold standard (``data/gold/*.jsonl``).

Gold entities carry every surface form seen in their document; a built entity matches
a gold entity of the same document when one of its labels (``rdfs:label``,
``skos:altLabel``) equals one of the gold forms, compared without determiners,
possessives, case, dash or apostrophe differences. Relations match when both ends
match and (typed) the predicate is the same, or (untyped) the pair is the same in
either direction. Only plain facts are scored against plain gold facts; negated,
hedged and reported statements are scored separately as "qualified".
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Graph
from rdflib.term import Node

from .errors import InputError
from .lexicon import load_lexicon
from .extract.mentions import normalize_name
from .model import LEARNED_RULE, POSITIVE, is_plain
from .rdf.shape import fact_parts, read_assertion
from .rdf.vocab import DCTERMS, NKG, PROV, RDFS, SCHEMA, SKOS

__all__ = ["Evaluation", "Score", "evaluate", "load_gold", "merge_evaluations"]


@dataclass(slots=True)
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass(slots=True)
class Evaluation:
    entities: Score = field(default_factory=Score)
    duplicate_rate: float = 0.0
    typed: Score = field(default_factory=Score)
    untyped: Score = field(default_factory=Score)
    qualified: Score = field(default_factory=Score)
    #: recall per gold pattern family; precision per system rule
    gold_families: dict[str, Score] = field(default_factory=lambda: defaultdict(Score))
    system_rules: dict[str, Score] = field(default_factory=lambda: defaultdict(Score))
    #: share of the document's entity nodes that are fragments of a gold name or debris
    junk_rate: float = 0.0
    #: recall of gold facts with one end given only by reference ("the country", "it")
    reference: Score = field(default_factory=Score)
    #: gold facts with a date, found with a system date that agrees (tp) out of those found (tp + fn)
    dates: Score = field(default_factory=Score)
    junk_labels: list[str] = field(default_factory=list)
    #: "document: name (class)" of every gold entity no node of its document matches
    missed_entities: list[str] = field(default_factory=list)
    #: raw counts behind the two rates, so that evaluations of several parts can be merged
    nodes: int = 0
    junk: int = 0
    duplicate_nodes: int = 0
    missed: list[tuple[str, str, str, str]] = field(default_factory=list)
    #: (document, subject, predicate, object, rules) of every plain fact no gold fact matches
    false_positives: list[tuple[str, Node, str, Node, str]] = field(default_factory=list)
    #: (document, subject, predicate, object, gold date, system dates) of every found fact dated otherwise
    wrong_dates: list[tuple[str, str, str, str, str, str]] = field(default_factory=list)

    def table(self) -> str:
        """The scores as a plain-text table."""
        rows = [("entities", self.entities), ("relations typed", self.typed), ("relations untyped", self.untyped),
                ("qualified statements (untyped)", self.qualified)]
        lines = [f"{'':34} {'P':>6} {'R':>6} {'F1':>6} {'TP':>4} {'FP':>4} {'FN':>4}"]
        lines += [f"{name:34} {s.precision:6.3f} {s.recall:6.3f} {s.f1:6.3f} {s.tp:4} {s.fp:4} {s.fn:4}" for name, s in rows]
        lines.append(f"{'duplicate rate (nodes/gold entity)':34} {self.duplicate_rate:6.3f}")
        lines.append(f"{'junk entity nodes (share)':34} {self.junk_rate:6.3f}")
        lines.append(f"{'facts through reference (recall)':34} {'':6} {self.reference.recall:6.3f} {'':6} "
                     f"{self.reference.tp:4} {'':4} {self.reference.fn:4}")
        lines.append(f"{'dates right on found facts':34} {'':6} {self.dates.recall:6.3f} {'':6} "
                     f"{self.dates.tp:4} {'':4} {self.dates.fn:4}")
        lines.append("gold pattern family (typed recall):")
        lines += [f"  {k:32} {'':6} {s.recall:6.3f} {'':6} {s.tp:4} {'':4} {s.fn:4}" for k, s in sorted(self.gold_families.items())]
        lines.append("system rule (typed precision):")
        lines += [f"  {k:32} {s.precision:6.3f} {'':6} {'':6} {s.tp:4} {s.fp:4}" for k, s in sorted(self.system_rules.items())]
        return "\n".join(lines)

    def as_dict(self) -> dict[str, object]:
        def score(s: Score) -> dict[str, float | int]:
            return {"precision": s.precision, "recall": s.recall, "f1": s.f1, "tp": s.tp, "fp": s.fp, "fn": s.fn}

        return {"entities": score(self.entities), "duplicate_rate": self.duplicate_rate,
                "junk_rate": self.junk_rate, "reference": score(self.reference), "dates": score(self.dates),
                "relations_typed": score(self.typed), "relations_untyped": score(self.untyped),
                "qualified": score(self.qualified),
                "gold_families": {k: score(v) for k, v in sorted(self.gold_families.items())},
                "system_rules": {k: score(v) for k, v in sorted(self.system_rules.items())}}


def _fold(form: str) -> str:
    return load_lexicon().fold(normalize_name(form))


def load_gold(paths: Iterable[str | Path]) -> list[dict[str, object]]:
    """Records of every gold ``.jsonl`` file under *paths* (files or folders)."""
    records: list[dict[str, object]] = []
    for raw in paths:
        path = Path(raw)
        files = sorted(path.glob("*.jsonl")) if path.is_dir() else [path]
        if not path.exists() or not files:
            raise InputError(str(path), "no gold .jsonl files")
        for file in files:
            for number, line in enumerate(file.read_text(encoding="utf-8").splitlines(), 1):
                if line.strip():
                    try:
                        records.append(json.loads(line))
                    except ValueError as err:
                        raise InputError(f"{file}:{number}", f"not JSON ({err})") from err
    return records


def _is_plain(record: dict[str, object]) -> bool:
    """A gold record states a plain fact (the rule of :func:`kg.model.is_plain`)."""
    return is_plain(str(record.get("polarity") or POSITIVE), str(record.get("modality") or ""),
                    str(record.get("attributedTo") or ""))


#: predicates scored without direction ("partnership between NATO and Japan")
SYMMETRIC = frozenset({"partnerOf", "cooperatesWith"})
#: characters that mark navigation debris in a name ("• Partner", "Home | News")
_DEBRIS = frozenset("•|›»«·▸►©")


def _junk(label: str, gold_forms: set[str]) -> bool:
    """A node that is a fragment of a gold name ("Security Programme" of "Science for Peace and
    Security Programme") or carries navigation debris."""
    if any(ch in _DEBRIS for ch in label):
        return True
    words = label.split()
    for form in gold_forms:
        other = form.split()
        if len(words) < len(other) and any(other[i:i + len(words)] == words for i in range(len(other))):
            return True
    return False


def evaluate(gold: list[dict[str, object]], graph: Graph, learned_cut: float | None = None) -> Evaluation:
    """Score the built *graph* against *gold* records, document by document.

    Facts are compared per document as sets: a gold fact stated in three sentences counts
    once, and so does a system fact read three times. Only assertions derived from the
    document itself are scored, so curated reference facts never count as read from text.
    With *learned_cut*, the learned pair model's readings less confident than it are left out:
    the graph read as a build whose model had that threshold would have read it.
    """
    result = Evaluation()
    docs = {str(graph.value(d, DCTERMS.identifier)): d for d in graph.subjects(DCTERMS.identifier, None)}
    forms: dict[Node, set[str]] = defaultdict(set)
    for predicate in (RDFS.label, SKOS.altLabel):
        for entity, label in graph.subject_objects(predicate):
            forms[entity].add(_fold(str(label)))
    duplicates: list[int] = []
    nodes = junk = 0
    by_doc: dict[str, list[dict[str, object]]] = defaultdict(list)
    for record in gold:
        by_doc[str(record["doc"])].append(record)
    for name, records in sorted(by_doc.items()):
        doc = docs.get(name)
        mentioned = set(graph.objects(doc, SCHEMA.mentions)) if doc is not None else set()
        gold_entities = {str(r["name"]): {_fold(str(f)) for f in r["forms"]} | {_fold(str(r["name"]))}  # type: ignore[union-attr]
                         for r in records if r["kind"] == "entity"}
        matches = {g: {e for e in mentioned if forms[e] & gf} for g, gf in gold_entities.items()}
        classes = {str(r["name"]): str(r.get("class", "")) for r in records if r["kind"] == "entity"}
        for g, found in matches.items():
            if found:
                result.entities.tp += 1
                duplicates.append(len(found))
            else:
                result.entities.fn += 1
                result.missed_entities.append(f"{name}: {g} ({classes[g]})")
        unmatched = [e for e in mentioned if not any(e in f for f in matches.values())]
        result.entities.fp += len(unmatched)
        all_forms = set().union(*gold_entities.values()) if gold_entities else set()
        nodes += len(mentioned)
        labels = sorted(_fold(str(graph.value(entity, RDFS.label) or "")) for entity in unmatched)
        for label in labels:  # sorted: the listing is the same from run to run
            if _junk(label, all_forms):
                junk += 1
                result.junk_labels.append(f"{name}: {label}")
        _score_relations(result, graph, doc, [r for r in records if r["kind"] == "relation"], matches, learned_cut)
    result.nodes, result.junk, result.duplicate_nodes = nodes, junk, sum(duplicates)
    _rates(result)
    return result


def _rates(result: Evaluation) -> None:
    result.duplicate_rate = result.duplicate_nodes / result.entities.tp if result.entities.tp else 0.0
    result.junk_rate = result.junk / result.nodes if result.nodes else 0.0


def merge_evaluations(parts: Iterable[Evaluation]) -> Evaluation:
    """One evaluation of the union of the parts' documents (counts added, rates recomputed)."""
    total = Evaluation()
    for part in parts:
        for name in ("entities", "typed", "untyped", "qualified", "reference", "dates"):
            mine, theirs = getattr(total, name), getattr(part, name)
            mine.tp, mine.fp, mine.fn = mine.tp + theirs.tp, mine.fp + theirs.fp, mine.fn + theirs.fn
        for table in ("gold_families", "system_rules"):
            for key, score in getattr(part, table).items():
                mine = getattr(total, table)[key]
                mine.tp, mine.fp, mine.fn = mine.tp + score.tp, mine.fp + score.fp, mine.fn + score.fn
        total.nodes += part.nodes
        total.junk += part.junk
        total.duplicate_nodes += part.duplicate_nodes
        total.junk_labels += part.junk_labels
        total.missed_entities += part.missed_entities
        total.missed += part.missed
        total.false_positives += part.false_positives
        total.wrong_dates += part.wrong_dates
    _rates(total)
    return total


Assertion = tuple[Node, str, Node, str, bool, str]


def _system_assertions(graph: Graph, doc: Node | None, learned_cut: float | None = None) -> list[Assertion]:
    """(subject, predicate name, object, rule, plain, date) of every assertion read from *doc*
    (of the learned pair model's, those at least *learned_cut* confident)."""
    found = []
    for assertion in graph.subjects(PROV.wasDerivedFrom, doc) if doc is not None else ():
        record = read_assertion(graph, assertion)
        if record.fact is None or learned_cut is not None and record.rule == LEARNED_RULE \
                and float(record.confidence) < learned_cut:
            continue
        subject, predicate, obj = fact_parts(graph, record.fact)
        found.append((subject, str(predicate).removeprefix(str(NKG)), obj, record.rule, record.plain,
                      record.date))
    return found


def _score_relations(result: Evaluation, graph: Graph, doc: Node | None, gold: list[dict[str, object]],
                     matches: dict[str, set[Node]], learned_cut: float | None = None) -> None:
    system = _system_assertions(graph, doc, learned_cut)
    plain_system: dict[tuple[Node, str, Node], set[str]] = defaultdict(set)
    dates: dict[tuple[Node, str, Node], set[str]] = defaultdict(set)
    for s, p, o, rule, plain, date in system:
        if plain:
            plain_system[(s, p, o)].add(rule)
            if date:
                dates[(s, p, o)].add(date)
    qualified_system = {(s, o) for s, _, o, _, plain, _ in system if not plain}

    def ends(g: dict[str, object]) -> tuple[set[Node], set[Node]]:
        return matches.get(str(g["subject"]), set()), matches.get(str(g["object"]), set())

    def pair(g: dict[str, object], s: Node, o: Node) -> bool:
        gs, go = ends(g)
        return (s in gs and o in go) or (s in go and o in gs)

    def typed(g: dict[str, object], s: Node, p: str, o: Node) -> bool:
        if p != g["predicate"]:
            return False
        gs, go = ends(g)
        return (s in gs and o in go) or (p in SYMMETRIC and s in go and o in gs)

    plain_gold = list({(str(g["subject"]), str(g["predicate"]), str(g["object"])): g
                       for g in gold if _is_plain(g)}.values())
    for g in plain_gold:
        hits = [key for key in plain_system if typed(g, key[0], key[1], key[2])]
        result.typed.tp += bool(hits)
        result.typed.fn += not hits
        family = result.gold_families[str(g.get("pattern", "?"))]
        family.tp += bool(hits)
        family.fn += not hits
        if g.get("reference"):
            result.reference.tp += bool(hits)
            result.reference.fn += not hits
        if hits and g.get("date"):
            right = any(d.startswith(str(g["date"])) or str(g["date"]).startswith(d) for k in hits for d in dates[k])
            result.dates.tp += right
            result.dates.fn += not right
            if not right:
                result.wrong_dates.append((str(graph.value(doc, DCTERMS.identifier)), str(g["subject"]),
                                           str(g["predicate"]), str(g["object"]), str(g["date"]),
                                           ", ".join(sorted({d for k in hits for d in dates[k]})) or "none"))
        hit_untyped = any(pair(g, s, o) for s, _, o in plain_system)
        result.untyped.tp += hit_untyped
        result.untyped.fn += not hit_untyped
    for (s, p, o), rules in plain_system.items():
        ok_typed = any(typed(g, s, p, o) for g in plain_gold)
        result.typed.fp += not ok_typed
        for rule in rules:
            result.system_rules[rule].tp += ok_typed
            result.system_rules[rule].fp += not ok_typed
        if not ok_typed:
            result.false_positives.append((str(graph.value(doc, DCTERMS.identifier)), s, p, o, ", ".join(sorted(rules))))
        result.untyped.fp += not any(pair(g, s, o) for g in plain_gold)
    result.missed.extend((str(graph.value(doc, DCTERMS.identifier)), str(g["subject"]), str(g["predicate"]), str(g["object"]))
                         for g in plain_gold if not any(typed(g, *k) for k in plain_system))
    qualified_gold = [g for g in gold if not _is_plain(g)]
    for g in qualified_gold:
        hit = any(pair(g, s, o) for s, o in qualified_system)
        result.qualified.tp += hit
        result.qualified.fn += not hit
    result.qualified.fp += sum(1 for s, o in qualified_system if not any(pair(g, s, o) for g in qualified_gold))
