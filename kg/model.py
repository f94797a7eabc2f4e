"""Plain values passed between the pipeline stages.

They hold no spaCy, rdflib or networkx objects, so they pickle, compare and print.
Offsets are Python ``str`` indices (code points) into :attr:`Document.text`, end exclusive.
"""

from __future__ import annotations

from dataclasses import dataclass, field

__all__ = ["LEARNED_RULE", "NEGATIVE", "POSITIVE", "Document", "Entity", "Evidence", "Extraction", "Mention",
           "Relation", "Skipped", "is_plain"]

#: the polarity of a statement that is not negated, and of one that is
POSITIVE = "positive"
NEGATIVE = "negative"
#: the rule of the facts the learned pair model reads; their confidence is its probability
LEARNED_RULE = "learned-pair"


def is_plain(polarity: str, modality: str, attributed_to: str) -> bool:
    """The one rule for a plain statement: positive, not hedged, not reported.

    Only plain statements are facts that count as support (:mod:`kg.rdf.shape` reads it from RDF).
    """
    return polarity == POSITIVE and not modality and not attributed_to


@dataclass(frozen=True, slots=True)
class Document:
    """A decoded source text. ``id`` is the first 16 hex digits of the SHA-256 of the bytes.

    A large file is ``chunked``: its ``text`` is empty and :func:`kg.ingest.paragraphs`
    reads it again from ``path`` a block at a time.
    """

    id: str
    name: str
    path: str
    text: str
    sha256: str
    byte_size: int
    encoding: str = "utf-8"
    title: str = ""
    #: (start, end) character spans of site boilerplate that extraction skips
    boilerplate: tuple[tuple[int, int], ...] = ()
    chunked: bool = False


@dataclass(frozen=True, slots=True)
class Skipped:
    """An input that was not used, and why."""

    path: str
    reason: str


@dataclass(frozen=True, slots=True)
class Entity:
    """A canonical entity: one node per real-world thing.

    ``key`` is ``"<Class>:<name>"`` and identifies the entity within a build;
    ``kind`` is the ontology class name (``Country``, ``PartnershipFramework``...).
    """

    key: str
    name: str
    kind: str
    aliases: tuple[str, ...] = ()
    curated: bool = False


@dataclass(frozen=True, slots=True)
class Mention:
    """One occurrence of an entity in a document, and the rule that resolved it."""

    doc_id: str
    text: str
    start: int
    end: int
    label: str
    entity_key: str
    rule: str


@dataclass(frozen=True, slots=True)
class Evidence:
    """Where a relation was read: the sentence and its offsets in the document."""

    doc_id: str
    sentence: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Relation:
    """A typed relation between two canonical entities, with its evidence.

    ``polarity``, ``modality`` and ``attributed_to`` mark statements that are not
    plain facts ("would not affect", "may join", "X said that ...").
    """

    subject: str
    predicate: str
    object: str
    evidence: Evidence
    rule: str
    confidence: float
    verb: str = ""
    polarity: str = POSITIVE
    modality: str = ""
    attributed_to: str = ""
    #: date stated for the fact, ISO 8601 (``2004-01-14``, ``2004-01`` or ``2004``)
    date: str = ""

    @property
    def is_fact(self) -> bool:
        """True when the statement is asserted plainly: positive, not hedged, not reported."""
        return is_plain(self.polarity, self.modality, self.attributed_to)


@dataclass(slots=True)
class Extraction:
    """Everything extraction produced for a set of documents."""

    documents: list[Document] = field(default_factory=list)
    entities: dict[str, Entity] = field(default_factory=dict)
    mentions: list[Mention] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)
    sentences: int = 0
    #: one line for each part of a document that could not be read (the rest of it was)
    notes: list[str] = field(default_factory=list)
