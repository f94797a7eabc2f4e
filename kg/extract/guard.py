"""natokg's pipeline components fail on one paragraph only: the paragraph keeps the names the
components before the failing one found, and the failure becomes one problem line of the build."""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps

from spacy.language import Language
from spacy.tokens import Doc

from .context import Problem
from .families import problem

__all__ = ["GUARD_KEY", "guarded", "run_guarded"]

#: ``doc.user_data`` key of the name components that failed on the paragraph (see :func:`guarded`)
GUARD_KEY = "natokg_failed_components"


def guarded(name: str) -> Callable[[Callable[[Doc], Doc]], Callable[[Doc], Doc]]:
    """Register a natokg component under *name* that a defect met on one paragraph does not end
    (see :func:`run_guarded`)."""
    def register(component: Callable[[Doc], Doc]) -> Callable[[Doc], Doc]:
        @wraps(component)
        def guarded(doc: Doc) -> Doc:
            return run_guarded(name, component, doc)
        Language.component(name)(guarded)
        return guarded
    return register


def run_guarded(name: str, component: Callable[[Doc], Doc], doc: Doc) -> Doc:
    """*component* on *doc*; should it fail, the paragraph keeps what the components before it
    found, and the failure is one problem line of the build (:mod:`kg.extract.component` reports
    it with the paragraph's other problems)."""
    before = doc.ents
    try:
        return component(doc)
    except MemoryError:
        raise
    except Exception as err:  # noqa: BLE001 - a defect met on one paragraph must not end the build
        doc.ents = before
        failed: list[Problem] = doc.user_data.setdefault(GUARD_KEY, [])
        failed.append(problem(0, f"the names of the paragraph ({name})", err))
        return doc
