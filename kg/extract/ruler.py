"""An entity ruler whose token patterns run only over paragraphs that hold their anchor word.

spaCy's ``Matcher`` pays for every pattern at every token, and a set predicate (``IN``,
``NOT_IN``) is a Python call each time: with the few dozen patterns of
``data/lexicon/patterns.jsonl`` the ruler cost more than the tagger and the lemmatizer
together. Almost every pattern needs one word it cannot do without ("Council", "Summit",
"Initiative"), and most paragraphs hold none of them. :class:`AnchoredEntityRuler` finds
each pattern's most selective required word (its *anchor*) when the patterns are added, and
runs a pattern over a paragraph only when the paragraph holds its anchor
(:class:`AnchoredMatcher`, which the attribute ruler uses too). The matches are the ones
spaCy's own ruler finds; of two equal spans, a curated name now wins over a generic pattern.
"""

from __future__ import annotations

import warnings
from typing import Any, Callable

from spacy.attrs import LOWER, ORTH
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.pipeline import EntityRuler
from spacy.tokens import Doc
from spacy.vocab import Vocab

__all__ = ["AnchoredEntityRuler", "AnchoredMatcher", "pattern_anchor"]

# token attributes whose value is the word itself (a LOWER anchor is found among the lower-case forms)
_WORD_ATTRS = {"ORTH": "ORTH", "TEXT": "ORTH", "LOWER": "LOWER"}
_REQUIRED_OPS = {None, "1", "+"}


def pattern_anchor(pattern: list[dict[str, Any]], common: Callable[[str], bool] = lambda word: False,
                   ) -> tuple[str, frozenset[str]] | None:
    """The attribute and the words of which a match must hold one, from the required token of
    *pattern* that names its words and is the most selective: no *common* word (a function word
    or a punctuation mark is in most paragraphs), then the fewest words. ``None`` when no
    required token names its words."""
    best: tuple[str, frozenset[str]] | None = None
    best_rank = (True, 0)
    for token in pattern:
        if token.get("OP") not in _REQUIRED_OPS:
            continue
        for key, value in token.items():
            attr = _WORD_ATTRS.get(key.upper())
            if attr is None:
                continue
            if isinstance(value, str):
                words = frozenset({value})
            elif isinstance(value, dict) and set(value) == {"IN"} and all(isinstance(w, str) for w in value["IN"]):
                words = frozenset(value["IN"])
            else:
                continue
            if attr == "LOWER" and any(word != word.lower() for word in words):
                continue  # a LOWER value with capitals never matches; leave such a pattern ungated
            rank = (any(common(word) for word in words), len(words))
            if best is None or rank < best_rank:
                best, best_rank = (attr, words), rank
    return best


class AnchoredMatcher:
    """Matcher patterns, each run only over a doc that holds its anchor word (see :func:`pattern_anchor`)."""

    def __init__(self, vocab: Vocab) -> None:
        self.vocab = vocab
        self._gated: list[tuple[frozenset[int] | None, Matcher]] = []

    def add(self, key: str | int, pattern: list[dict[str, Any]]) -> None:
        matcher = Matcher(self.vocab)
        matcher.add(key, [pattern])
        anchor = pattern_anchor(pattern, self._common)
        self._gated.append((None if anchor is None else frozenset(self.vocab.strings.add(w) for w in anchor[1]),
                            matcher))

    def _common(self, word: str) -> bool:
        lexeme = self.vocab[word]
        return lexeme.is_stop or lexeme.is_punct

    def __call__(self, doc: Doc, **options: Any) -> list[tuple[int, int, int]]:
        present = set(doc.to_array([ORTH, LOWER]).ravel().tolist()) if len(doc) else set()
        with warnings.catch_warnings():
            warnings.filterwarnings("ignore", message="\\[W036")
            return [match for hashes, matcher in self._gated if hashes is None or not hashes.isdisjoint(present)
                    for match in matcher(doc, **options)]


#: the labels of the ruler's matches that an organisation's name may open: a place, and a definite
#: description ("the Partnership" of "the Partnership Cooperation Menu")
_PLACE_MATCH_LABELS = frozenset({"PLACE", "ANAPHOR"})
#: the labels of an organisation that owns what its name opens ("NATO Membership Action Plan")
_OWNER_LABELS = frozenset({"INTL_ORG"})
#: the labels of what such an owner's name may open: its programmes and frameworks, not its bodies or its
#: summits, whose name holds it ("the NATO Military Committee", "the NATO Warsaw Summit")
_OWNED_LABELS = frozenset({"AGREEMENT", "FRAMEWORK"})


class AnchoredEntityRuler(EntityRuler):
    """spaCy's ``EntityRuler`` (phrase patterns, overlap rules and ids unchanged) with its token
    patterns gated by anchor words."""

    _anchored: AnchoredMatcher | None = None  # (until patterns are added)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        self._labels: dict[int, str] = {}  # a match id's label, read once per id
        super().__init__(*args, **kwargs)

    def add_patterns(self, patterns: list[dict[str, Any]]) -> None:  # type: ignore[override]
        super().add_patterns(patterns)
        self._anchored = AnchoredMatcher(self.nlp.vocab)
        for label, token_patterns in self.token_patterns.items():
            for pattern in token_patterns:
                self._anchored.add(label, pattern)

    def clear(self) -> None:
        super().clear()
        self._anchored = AnchoredMatcher(self.nlp.vocab)
        self._labels = {}

    def match(self, doc: Doc) -> list[tuple[int, int, int]]:
        """The ruler's matches, longest first, then leftmost; of two equal spans a curated name
        (a phrase pattern) comes before a generic token pattern (spaCy's ruler leaves that tie to
        the order of a set, so one name could get its curated id in one sentence and not in the next)."""
        self._require_patterns()
        generic = set(self._anchored(doc)) if self._anchored is not None else set()
        curated = set(self.phrase_matcher(doc))
        ranked = [(end - start, -start, source, m_id) for source, matches in enumerate((generic, curated))
                  for m_id, start, end in matches if start != end]
        ranked.sort(reverse=True)
        found = [(m_id, -negative_start, -negative_start + length) for length, negative_start, _, m_id in ranked]
        # an organisation's one-word name and a curated programme's after it that a generic pattern takes as
        # one ("the NATO Membership Action Plan"): each is its own name
        owners = {start for m_id, start, end in curated if end == start + 1 and self._label(m_id) in _OWNER_LABELS}
        bounds = {(start, end) for m_id, start, end in curated if self._label(m_id) in _OWNED_LABELS}
        joined = {(start, end) for _, start, end in generic if start in owners and (start + 1, end) in bounds}
        return [m for m in found if (m[1], m[2]) not in joined and not self._opens_a_longer_name(doc, *m)]

    def _label(self, m_id: int) -> str:
        """The label of a match's id (read once per id: a paragraph's curated matches ask for many)."""
        label = self._labels.get(m_id)
        if label is None:
            label = self._labels[m_id] = self.nlp.vocab.strings[m_id].split(self.ent_id_sep)[0]
        return label

    def _opens_a_longer_name(self, doc: Doc, m_id: int, start: int, end: int) -> bool:
        """A known place that opens an organisation's longer name the model found ("the Black Sea
        Economic Cooperation Organization"): the name is the organisation's, the place a word of it;
        so is a description's head ("the Partnership Cooperation Menu")."""
        if doc[start].ent_type_ != "ORG" \
                or self._label(m_id) not in _PLACE_MATCH_LABELS:
            return False  # (the cheap test first: most matches are in no organisation's name)
        if any(t.ent_iob_ != "I" for t in doc[start + 1:end]):
            return False  # (the model's organisation must hold the whole place)
        stop = end
        while stop < len(doc) and doc[stop].ent_iob_ == "I":
            stop += 1
        return stop > end and all(t.is_title and t.pos_ == "PROPN" for t in doc[end:stop])


@Language.factory("natokg_entity_ruler", default_config={"phrase_matcher_attr": "ORTH", "overwrite_ents": True})
def make_anchored_ruler(nlp: Language, name: str, phrase_matcher_attr: str, overwrite_ents: bool) -> AnchoredEntityRuler:
    return AnchoredEntityRuler(nlp, name, phrase_matcher_attr=phrase_matcher_attr, overwrite_ents=overwrite_ents)
