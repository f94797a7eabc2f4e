"""Relations from the dependency parse, between entity mentions of one paragraph.

The families that read them are registered in :mod:`kg.extract.families`; each records
its rule name on every relation. Coordination is followed on either side, subjects are
inherited through ``conj``/``xcomp``, and every relation carries polarity (negation),
modality (modal verbs, hedges, questions), the speaker of reported speech and the date
of its own clause. Word maps come from ``data/lexicon/relations.json``.
"""

from __future__ import annotations

from spacy.tokens import Doc

from .context import Context, Problem, RelationCandidate
from .families import run_families
from .mentions import Candidate

__all__ = ["RelationCandidate", "relation_candidates"]


def relation_candidates(doc: Doc, candidates: list[Candidate], offset: int = 0,
                        heading: str = "", problems: list[Problem] | None = None) -> list[RelationCandidate]:
    """All relation candidates of a parsed paragraph whose mentions are *candidates*
    (*heading*: the previous paragraph, when it was a single short line). Each sentence whose
    relations could not be read is appended to *problems*."""
    ctx = Context(doc, candidates, offset, heading)
    found = list(dict.fromkeys(run_families(ctx)))
    if problems is not None:
        problems += ctx.problems
    return found
