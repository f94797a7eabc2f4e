"""The model's attribute ruler, run from token arrays.

spaCy's ``AttributeRuler`` (in the English pipelines: a tag map, fine tag → ``POS`` and
``MORPH``, then about 120 exceptions by word, tag and dependency) runs every pattern at
every token through a ``Matcher`` (a set predicate such as ``{"LOWER": {"IN": [...]}}`` is a
Python call each time) and then sets each match in Python, one per token at least: it cost
as much as the dependency parse. :class:`IndexedAttributeRuler` gives the same values:

* the leading tag map is one array lookup per doc;
* a one-token pattern of equalities and ``IN``/``NOT_IN`` sets is indexed by one of its
  values, so only the tokens holding that value are tested;
* the others (several tokens, regular expressions) run through spaCy's ``Matcher``, each only
  over a doc that holds the word it cannot match without (:class:`kg.extract.ruler.AnchoredMatcher`).

As in spaCy's ruler, every match is found before any value is set, and the values are set
in the order of the patterns (a later one wins): ``POS``, ``MORPH``, ``LEMMA`` and ``TAG`` in
one array, any other attribute token by token after it.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from typing import Any

import numpy as np
from spacy.attrs import DEP, IS_SPACE, LEMMA, LOWER, MORPH, NORM, ORTH, POS, TAG
from spacy.language import Language
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc
from spacy.tokens._retokenize import set_token_attrs

from .ruler import AnchoredMatcher

__all__ = ["IndexedAttributeRuler", "use_indexed_ruler"]

_TESTED = {"TAG": TAG, "LOWER": LOWER, "ORTH": ORTH, "TEXT": ORTH, "NORM": NORM, "DEP": DEP, "IS_SPACE": IS_SPACE}
#: the columns the ruler's values are set in (anything else is set token by token)
_SET = (POS, MORPH, LEMMA, TAG)
#: which test of a pattern indexes it, the most selective first
_INDEX_ORDER = (LOWER, ORTH, NORM, DEP, IS_SPACE, TAG)

Test = tuple[int, bool, frozenset[int]]  # attribute, whether the value must be in the set, the set


def _value(strings: Any, value: str | bool) -> int:
    if isinstance(value, bool):
        return int(value)
    return 0 if value == "" else int(strings.add(value))  # an unset attribute reads 0


def compile_token(strings: Any, token: dict[str, Any]) -> list[Test] | None:
    """The tests of a one-token pattern, or None when it has a test the index does not read."""
    tests: list[Test] = []
    for key, value in token.items():
        attr = _TESTED.get(key.upper())
        if attr is None:
            return None
        if isinstance(value, (str, bool)):
            tests.append((attr, True, frozenset({_value(strings, value)})))
        elif isinstance(value, dict) and len(value) == 1 and set(value) <= {"IN", "NOT_IN"} \
                and all(isinstance(v, str) for v in next(iter(value.values()))):
            (kind, values), = value.items()
            tests.append((attr, kind == "IN", frozenset(_value(strings, v) for v in values)))
        else:
            return None
    return tests if any(wanted for _, wanted, _ in tests) else None


def _tag_map_length(patterns: list[dict[str, Any]]) -> int:
    count = 0
    for p in patterns:
        if len(p["patterns"]) != 1 or len(p["patterns"][0]) != 1 or set(p["patterns"][0][0]) != {"TAG"} \
                or not isinstance(p["patterns"][0][0]["TAG"], str) or not set(p["attrs"]) <= {"POS", "MORPH"}:
            break
        count += 1
    return count


class IndexedAttributeRuler:
    """Pipeline component giving the values of spaCy's ruler *source*, from its own patterns."""

    def __init__(self, nlp: Language, name: str, source: AttributeRuler) -> None:
        self.name = name
        strings = nlp.vocab.strings
        patterns = source.patterns
        # the values as spaCy's ruler keeps them (strings interned, the morphology normalised)
        self._attrs: list[dict[Any, Any]] = list(source.attrs)
        self._offsets = list(source.indices)
        mapped = _tag_map_length(patterns)
        last = {_value(strings, p["patterns"][0][0]["TAG"]): n for n, p in enumerate(patterns[:mapped])}
        self._map_tags = np.array(sorted(last), dtype=np.uint64)
        self._map_ids = np.array([last[tag] for tag in sorted(last)], dtype=np.int64)
        #: per indexed attribute and value, the rules and the tests of a one-token pattern holding it
        self._index: dict[int, dict[int, list[tuple[int, list[Test]]]]] = defaultdict(lambda: defaultdict(list))
        self._matcher = AnchoredMatcher(nlp.vocab)
        for rule, p in enumerate(patterns[mapped:], start=mapped):
            for pattern in p["patterns"]:
                tests = compile_token(strings, pattern[0]) if len(pattern) == 1 else None
                if tests is None:
                    self._matcher.add(str(rule), pattern)
                    continue
                attr, _, keys = min((t for t in tests if t[1]), key=lambda t: (_INDEX_ORDER.index(t[0]), len(t[2])))
                for key in keys:
                    self._index[attr][key].append((rule, tests))
        self._read = sorted({a for by_value in self._index.values() for entries in by_value.values()
                             for _, tests in entries for a, _, _ in tests} | set(self._index))
        self._keys = {attr: frozenset(by_value) for attr, by_value in self._index.items()}
        self._column = {attr: n for n, attr in enumerate(self._read)}

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        matched: dict[int, list[int]] = defaultdict(list)
        values = doc.to_array(list(_SET))
        if len(self._map_tags):
            tags = values[:, _SET.index(TAG)]
            found = np.minimum(np.searchsorted(self._map_tags, tags), len(self._map_tags) - 1)
            known = np.flatnonzero(self._map_tags[found] == tags)
            for rule, tokens in _grouped(self._map_ids[found[known]], known):
                matched[rule].extend(tokens)
        self._indexed(doc, matched)
        for key, start, end in self._matcher(doc, allow_missing=True):
            rule = int(doc.vocab.strings[key])
            offset = self._offsets[rule]
            matched[rule].append(start + offset if offset >= 0 else end + offset)
        later: list[tuple[int, dict[Any, Any]]] = []
        for rule in sorted(matched):
            tokens = np.array(matched[rule], dtype=np.int64)
            for attr, value in self._attrs[rule].items():
                if attr in _SET:
                    values[tokens, _SET.index(attr)] = value
                else:
                    later.extend((int(i), {attr: value}) for i in tokens)
        doc.from_array(list(_SET), values)
        for i, attrs in later:
            set_token_attrs(doc[i], attrs)
        return doc

    def _indexed(self, doc: Doc, matched: dict[int, list[int]]) -> None:
        """Add to *matched* the tokens the indexed one-token patterns match."""
        if not self._read:
            return
        rows = doc.to_array(self._read).tolist()
        for attr, keys in self._keys.items():
            n = self._column[attr]
            for i, row in enumerate(rows):
                if row[n] in keys:
                    for rule, tests in self._index[attr][row[n]]:
                        if all((row[self._column[a]] in values) == wanted for a, wanted, values in tests):
                            matched[rule].append(i)


def _grouped(rules: np.ndarray, tokens: np.ndarray) -> Iterator[tuple[int, list[int]]]:
    """(rule, its tokens) for each rule of the parallel arrays *rules* and *tokens*."""
    order = np.argsort(rules, kind="stable")
    rules, tokens = rules[order], tokens[order]
    starts = np.flatnonzero(np.r_[True, rules[1:] != rules[:-1]])
    for start, end in zip(starts, [*starts[1:], len(rules)]):
        yield int(rules[start]), tokens[start:end].tolist()


@Language.factory("natokg_indexed_attribute_ruler", default_config={"source": "attribute_ruler"})
def make_indexed_ruler(nlp: Language, name: str, source: str) -> IndexedAttributeRuler:
    """Built from the pipeline's ruler *source*, which :func:`use_indexed_ruler` then removes."""
    return IndexedAttributeRuler(nlp, name, nlp.get_pipe(source))


def use_indexed_ruler(nlp: Language, name: str = "attribute_ruler") -> bool:
    """Put :class:`IndexedAttributeRuler` in the place (and under the name) of *nlp*'s attribute
    ruler *name*; whether there was one."""
    if name not in nlp.pipe_names or not isinstance(nlp.get_pipe(name), AttributeRuler):
        return False
    staged = f"{name}_indexed"
    nlp.add_pipe("natokg_indexed_attribute_ruler", name=staged, before=name, config={"source": name})
    nlp.remove_pipe(name)
    nlp.rename_pipe(staged, name)
    return True
