"""The model's attribute ruler with its tag map applied as arrays.

spaCy's ``AttributeRuler`` (in the English pipelines: the tag map, fine tag → ``POS`` and
``MORPH``, then about a hundred exceptions by word and dependency) finds its matches with a
``Matcher`` and then sets each one in Python: a ``Span`` and a token attribute call for every
token of the text, since every token matches a tag-map pattern. That per-token Python work
cost as much as the whole dependency parse. :class:`TagMappedAttributeRuler` applies the
leading tag-map patterns (one token, a ``TAG`` value alone, setting ``POS``/``MORPH``) as one
array lookup per doc, then runs the remaining patterns, in their order, through spaCy's own
ruler. No pattern matches on ``POS`` or ``MORPH``, so every match and every value is what the
model's ruler gives (see ``tests/test_extract.py``); a ruler of another shape is left as it is.
"""

from __future__ import annotations

from typing import Any

import numpy as np
from spacy.attrs import MORPH, POS, TAG
from spacy.language import Language
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc

__all__ = ["TagMappedAttributeRuler", "tag_map_length", "use_tag_map"]

_READ_ATTRS = {"TAG", "LOWER", "ORTH", "TEXT", "NORM", "DEP", "IS_SPACE", "IS_PUNCT", "SHAPE", "LENGTH"}


def tag_map_length(patterns: list[dict[str, Any]]) -> int:
    """How many leading *patterns* are tag-map entries, 0 when a pattern reads an attribute
    the ruler itself sets (then the order of setting and reading matters, and nothing is split)."""
    if any(key.upper() not in _READ_ATTRS for p in patterns for pattern in p["patterns"]
           for token in pattern for key in token):
        return 0
    count = 0
    for p in patterns:
        (pattern, *others) = p["patterns"]
        if others or len(pattern) != 1 or set(pattern[0]) != {"TAG"} or not isinstance(pattern[0]["TAG"], str) \
                or not set(p["attrs"]) <= {"POS", "MORPH"} or p.get("index", 0) not in (0, -1):
            break
        count += 1
    return count


class TagMappedAttributeRuler:
    """Pipeline component: the tag map as arrays, then spaCy's ruler with the other patterns."""

    def __init__(self, nlp: Language, name: str, patterns: list[dict[str, Any]], mapped: int) -> None:
        self.name = name
        tag_map = AttributeRuler(nlp.vocab, f"{name}_tag_map")
        tag_map.add_patterns(patterns[:mapped])
        tags = [p["patterns"][0][0]["TAG"] for p in patterns[:mapped]]
        # the values spaCy's ruler sets, read back from a doc that has one token per tag
        values = tag_map(Doc(nlp.vocab, words=[f"w{i}" for i in range(len(tags))], tags=tags)).to_array([POS, MORPH])
        last = {nlp.vocab.strings[tag]: n for n, tag in enumerate(tags)}  # a later entry for a tag wins, as in spaCy
        self._tags = np.array(sorted(last), dtype=np.uint64)
        self._values = values[[last[tag] for tag in sorted(last)]]
        self.rest = AttributeRuler(nlp.vocab, name)
        self.rest.add_patterns(patterns[mapped:])

    def __call__(self, doc: Doc) -> Doc:
        if len(doc):
            tags = doc.to_array(TAG)
            found = np.minimum(np.searchsorted(self._tags, tags), len(self._tags) - 1)
            known = self._tags[found] == tags
            if known.any():
                values = doc.to_array([POS, MORPH])
                values[known] = self._values[found[known]]
                doc.from_array([POS, MORPH], values)
        return self.rest(doc)


@Language.factory("natokg_tag_mapped_ruler", default_config={"source": "attribute_ruler"})
def make_tag_mapped_ruler(nlp: Language, name: str, source: str) -> TagMappedAttributeRuler:
    """Built from the patterns of the pipeline's ruler *source*, which :func:`use_tag_map` then removes."""
    patterns = nlp.get_pipe(source).patterns
    return TagMappedAttributeRuler(nlp, name, patterns, tag_map_length(patterns))


def use_tag_map(nlp: Language, name: str = "attribute_ruler") -> bool:
    """Put :class:`TagMappedAttributeRuler` in the place (and under the name) of *nlp*'s ruler
    *name*, when that ruler has a tag map to split off; whether it did."""
    if name not in nlp.pipe_names or not isinstance(nlp.get_pipe(name), AttributeRuler) \
            or not tag_map_length(nlp.get_pipe(name).patterns):
        return False
    staged = f"{name}_tag_mapped"
    nlp.add_pipe("natokg_tag_mapped_ruler", name=staged, before=name, config={"source": name})
    nlp.remove_pipe(name)
    nlp.rename_pipe(staged, name)
    return True
