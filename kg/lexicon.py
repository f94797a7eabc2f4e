"""Domain knowledge loaded from the bundled data files.

Curated reference entities (``data/reference/``) and the lexicon (``data/lexicon/``):
label → class map, relation verb/noun maps, name-handling lists and entity-ruler
patterns. Nothing here is hard-coded; the files are the single source.
"""

from __future__ import annotations

import csv
import re
from collections import Counter
import hashlib
import json
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from .config import data_path
from .errors import ConfigError
from .model import Document, Entity

__all__ = ["Lexicon", "load_lexicon"]


@dataclass(frozen=True)
class Lexicon:
    labels: dict[str, str | None]
    ruler_label: dict[str, str]
    iri_kind: dict[str, str]
    relations: dict[str, Any]
    names: dict[str, Any]
    token_patterns: list[dict[str, Any]]
    #: curated entities by key
    curated: dict[str, Entity] = field(default_factory=dict)
    #: demonym (as written) -> key of the country or region ("Estonian", "Western European")
    demonyms: dict[str, str] = field(default_factory=dict)
    #: capital city (as written) -> key of its country, for "Kyiv signed …" (the government acts)
    capitals: dict[str, str] = field(default_factory=dict)
    #: curated reference facts: (subject key, predicate, object key, since, row start, row end)
    reference_facts: list[tuple[str, str, str, str, int, int]] = field(default_factory=list)
    #: the curated facts file as a document, so curated facts carry provenance like extracted ones
    reference_document: Document | None = None
    #: curated external identifiers: key -> {"wikidata": "Q..", "iso2": ..}
    identifiers: dict[str, dict[str, str]] = field(default_factory=dict)

    def fold(self, name: str) -> str:
        """Comparison key of a name: case, dashes, apostrophes and spelling variants folded."""
        text = name.replace("–", "-").replace("—", "-").replace("’", "'").casefold()
        words = [self.names["spelling_variants"].get(w, w) for w in text.replace("-", " - ").split()]
        return " ".join(words).replace(" - ", "-")


def _read_tsv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return [{k: (v or "").strip() for k, v in row.items()} for row in csv.DictReader(handle, delimiter="\t")]


def _split(cell: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in cell.split("|") if part.strip())


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """A JSON object whose keys are unique: a second section of one name would silently win."""
    repeated = sorted(key for key, n in Counter(key for key, _ in pairs).items() if n > 1)
    if repeated:
        raise ValueError(f"repeated key(s) {', '.join(map(repr, repeated))}")
    return dict(pairs)


def _read_json(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"), object_pairs_hook=_unique_keys)
    except (OSError, ValueError) as err:
        raise ConfigError(f"{path}: cannot read lexicon file ({err})") from err
    if not isinstance(data, dict):
        raise ConfigError(f"{path}: a lexicon file holds one JSON object of sections")
    return data


def _plain(value: Any, depth: int = 0) -> bool:
    """Words, numbers, and lists or maps of them, at most three levels deep."""
    if isinstance(value, (str, int, float)) and not isinstance(value, bool):
        return True
    if depth >= 3:
        return False
    if isinstance(value, list):
        return all(_plain(v, depth + 1) for v in value)
    if isinstance(value, dict):
        return all(isinstance(k, str) and _plain(v, depth + 1) for k, v in value.items())
    return False


def _check_sections(path: str, sections: dict[str, Any], properties: frozenset[str] = frozenset(),
                    property_maps: tuple[str, ...] = ()) -> None:
    """Refuse a lexicon file whose sections are not lists or maps of words, or whose relation
    maps name a property the ontology does not have."""
    for name, value in sections.items():
        if not name.startswith("_") and not (isinstance(value, (list, dict)) and _plain(value)):
            raise ConfigError(f"{path}: section {name!r} must be a list or a map of words")
    for name in property_maps:
        section = sections.get(name, {})
        # "": no relation; "<relatedTo host": the property, reversed, with its verb
        named = set(section) if name in {"signatures"} else {v.lstrip("<").split()[0] for v in section.values() if v}
        unknown = sorted(named - properties)
        if unknown:
            raise ConfigError(f"{path}: section {name!r} names unknown properties {', '.join(unknown)}")


_SUMMIT = re.compile(r"^(?P<place>.+) Summit (?P<year>\d{4})$")


def _add_summit_aliases(lexicon: Lexicon) -> None:
    """The ways texts name a summit ("the NATO Summit in Vilnius", "the 2023 Vilnius summit"),
    from the curated "<Place> Summit <Year>" names; forms without a year only where the place
    held one summit, so that Madrid 1997 and Madrid 2022 stay apart."""
    summits = {key: _SUMMIT.match(e.name) for key, e in lexicon.curated.items() if e.kind == "Event"}
    places = Counter(m["place"] for m in summits.values() if m)
    templates = lexicon.names["summit_aliases"]
    for key, match in summits.items():
        if match is None:
            continue
        forms = templates["any"] + (templates["unique_place"] if places[match["place"]] == 1 else [])
        entity = lexicon.curated[key]
        extra = {t.format(place=match["place"], year=match["year"]) for t in forms} - {entity.name, *entity.aliases}
        lexicon.curated[key] = Entity(entity.key, entity.name, entity.kind, (*entity.aliases, *sorted(extra)), True)


@cache
def load_lexicon() -> Lexicon:
    """Load (once per process) every bundled data file into a :class:`Lexicon`."""
    labels = _read_json(data_path("data", "lexicon", "labels.json"))
    with data_path("data", "lexicon", "patterns.jsonl").open(encoding="utf-8") as handle:
        patterns = [json.loads(line) for line in handle if line.strip()]
    relations = _read_json(data_path("data", "lexicon", "relations.json"))
    names = _read_json(data_path("data", "lexicon", "names.json"))
    _check_sections("relations.json", relations, frozenset(relations.get("properties", [])),
                    ("verbs", "verb_preps", "inverse_verbs", "nouns", "titles", "agentive_nouns", "list_headings", "reroute",
                     "signatures", "table_columns", "operation_staff", "owning_verbs", "operation_verbs",
                     "converse_verbs", "converse_verb_preps", "meeting_verbs"))
    _check_sections("names.json", names)
    lexicon = Lexicon(
        labels=labels["labels"],
        ruler_label=labels["ruler_label"],
        iri_kind=labels["iri_kind"],
        relations=relations,
        names=names,
        token_patterns=patterns,
    )
    reference = data_path("data", "reference")
    for row in _read_tsv(reference / "countries.tsv"):
        key = f"Country:{row['name']}"
        lexicon.curated[key] = Entity(key, row["name"], "Country", _split(row.get("aliases", "")), curated=True)
        lexicon.identifiers[key] = {k: row[k] for k in ("iso2", "iso3") if row.get(k)}
        for demonym in _split(row.get("demonyms", "")):
            lexicon.demonyms[demonym] = key
    for number, row in enumerate(_read_tsv(reference / "capitals.tsv"), 2):
        key = f"Country:{row['country']}"
        if key not in lexicon.curated:
            raise ConfigError(f"{reference / 'capitals.tsv'}:{number}: unknown country {row['country']!r}")
        for capital in _split(row["capital"]):
            lexicon.capitals[capital] = key
    for row in _read_tsv(reference / "entities.tsv"):
        key = f"{row['class']}:{row['name']}"
        lexicon.curated[key] = Entity(key, row["name"], row["class"], _split(row.get("aliases", "")), curated=True)
        for demonym in _split(row.get("demonyms") or ""):
            lexicon.demonyms[demonym] = key
        if row.get("wikidata"):
            lexicon.identifiers[key] = {"wikidata": row["wikidata"]}
    _add_summit_aliases(lexicon)
    by_name = {e.name: e.key for e in lexicon.curated.values()}
    facts_file = reference / "relations.tsv"
    data = facts_file.read_bytes()
    text = data.decode("utf-8")
    sha = hashlib.sha256(data).hexdigest()
    object.__setattr__(lexicon, "reference_document", Document(
        id=sha[:16], name="relations.tsv", path="data/reference/relations.tsv", text=text, sha256=sha,
        byte_size=len(data), title="natokg curated reference facts"))
    position = 0
    for number, line in enumerate(text.splitlines(keepends=True)):
        start, position = position, position + len(line)
        if number == 0 or not line.strip():
            continue
        row = dict(zip(("subject", "predicate", "object", "since", "note"), line.rstrip("\r\n").split("\t")))
        try:
            lexicon.reference_facts.append((by_name[row["subject"]], row["predicate"], by_name[row["object"]],
                                            row.get("since", "").strip(), start, start + len(line.rstrip("\r\n"))))
        except KeyError as err:
            raise ConfigError(f"{facts_file}:{number + 1}: unknown entity {err}") from err
    return lexicon
