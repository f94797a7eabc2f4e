"""``natokg_relations``: the last pipeline component, so that mentions and relations are read
where the parse is made — in a worker process when a build uses ``--workers`` or ``--cluster``.

It leaves plain tuples in ``doc.user_data``, with offsets relative to the paragraph;
:func:`unpack` shifts them to the document, and the worker sends them back as plain values
(:func:`kg.extract.partition.extract_partition`; the Doc stays in the worker), which the
coordinator resolves in order (:mod:`kg.extract.resolve`). Only a list whose heading ended
the previous paragraph needs the paragraph's relations read again, with that heading.
"""

from __future__ import annotations

from dataclasses import fields, replace
from operator import attrgetter

from spacy.language import Language
from spacy.tokens import Doc

from .context import Problem, RelationCandidate
from .families import problem
from .mentions import Candidate, mention_candidates
from .guard import GUARD_KEY
from .relations import relation_candidates

__all__ = ["KEY", "guarded_relations", "read_paragraph", "unpack"]

KEY = "natokg"

# the fields as a flat tuple (all plain values; ``dataclasses.astuple`` deep-copies each one)
_candidate_values = attrgetter(*(f.name for f in fields(Candidate)))
_relation_values = attrgetter(*(f.name for f in fields(RelationCandidate)))


@Language.component("natokg_relations")
def read_paragraph(doc: Doc) -> Doc:
    problems: list[Problem] = list(doc.user_data.pop(GUARD_KEY, ()))  # name components that failed here
    try:
        candidates = mention_candidates(doc, 0)
    except MemoryError:
        raise
    except Exception as err:  # noqa: BLE001 - a defect met on one paragraph must not end the build
        candidates, relations = [], []
        problems.append(problem(0, "the paragraph", err))
    else:
        relations = guarded_relations(doc, candidates, 0, "", problems)
    doc.user_data[KEY] = ([_candidate_values(c) for c in candidates], [_relation_values(r) for r in relations],
                          problems)
    return doc


def guarded_relations(doc: Doc, candidates: list[Candidate], offset: int, heading: str,
                      problems: list[Problem]) -> list[RelationCandidate]:
    """The paragraph's relations; a failure outside any one sentence (reading the paragraph's
    context) costs its relations, which *problems* records, not its names."""
    try:
        return relation_candidates(doc, candidates, offset, heading, problems)
    except MemoryError:
        raise
    except Exception as err:  # noqa: BLE001 - a defect met on one paragraph must not end the build
        problems.append(problem(offset, "the relations of the paragraph", err))
        return []


def unpack(doc: Doc, offset: int) -> tuple[list[Candidate], list[RelationCandidate], list[Problem]]:
    """The paragraph's candidates, relations and the parts that could not be read, with
    offsets into the document."""
    candidates, relations, problems = doc.user_data[KEY]
    mentions = [Candidate(*c) for c in candidates]
    return ([replace(c, start=c.start + offset, end=c.end + offset, not_within=_shifted(c.not_within, offset))
             for c in mentions],
            [replace(r, sentence_start=r.sentence_start + offset, sentence_end=r.sentence_end + offset)
             for r in (RelationCandidate(*r) for r in relations)],
            [p._replace(at=p.at + offset) for p in problems])


def _shifted(span: tuple[int, int], offset: int) -> tuple[int, int]:
    """A paragraph's character span moved into the document; (0, 0), no span, stays."""
    return span if span == (0, 0) else (span[0] + offset, span[1] + offset)
