"""The spaCy pipeline: the model plus natokg's components.

* ``attribute_ruler``: the model's own, its patterns run from token arrays (see
  :mod:`kg.extract.attribute_ruler`).
* ``natokg_sentences`` (before the parser): sentences end only after terminal
  punctuation or at a line break, so a parenthesis or a heading-like capital word
  does not cut a sentence in two; a bulleted line that is a sentence starts after its bullet.
  The parser respects preset boundaries.
* ``natokg_dated_names`` (after ``ner``): a date the model ran on past a spaced hyphen into the
  name after it ("1 October 2014 - Jens Stoltenberg becomes …") ends at the hyphen; a name of two
  or three capitalised words after it is a person's, unless the ruler knows it as another name.
* ``natokg_ruler`` (an entity ruler after ``ner``, overwriting its spans; see :mod:`kg.extract.ruler`): curated names and aliases
  from ``data/reference/`` (with the canonical key as pattern id), country demonyms,
  generic patterns from ``data/lexicon/patterns.jsonl`` and definite descriptions.
* ``natokg_joined_persons`` (after the ruler): one person's name the model cut in two is one name.
* ``natokg_designated_units`` (after that): a unit's name and the place right after it that says
  which unit it is are one name ("NATO Liaison Office Georgia").
* ``natokg_owned_bodies`` (after that): a body's name that opens with its owner's is one name
  ("United States Senate", "OSCE Kosovo Verification Mission").
* ``natokg_repeated_names`` (after that): a name of two or more words the model found once in
  a paragraph is that name where the paragraph repeats it and the model missed it; line breaks
  and a negating prefix ("non-") the model took into a name are left out of it.
* ``natokg_known_persons`` (after that): a known given name (``data/reference/given_names.txt``)
  opening a run of capitalised proper nouns the model left outside every name is a person's name.
* ``natokg_known_places`` (after that): a town the model missed (``data/reference/cities.tsv``)
  is a place where the text names it alone.
* ``natokg_acronyms`` (after that): an acronym the model missed that is no English word is a name.
* ``natokg_relations`` (last): the paragraph's mentions and relations, read where it is
  parsed (see :mod:`kg.extract.component`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache, wraps
from typing import Any

import numpy as np
import spacy
from spacy.attrs import IS_PUNCT, IS_SPACE, LOWER, ORTH, POS, SENT_START
from spacy.strings import hash_string
from spacy.symbols import PROPN
from spacy.language import Language
from spacy.tokens import Doc, Span

from ..config import data_path, resolve_model
from ..errors import ConfigError
from ..lexicon import Lexicon, load_lexicon
from .context import Problem
from .families import problem
from .pairs import pipeline_identity, use_vectors_of

__all__ = ["GUARD_KEY", "load_nlp", "ruler_patterns"]

#: ``doc.user_data`` key of the name components that failed on the paragraph (see :func:`_guarded`)
GUARD_KEY = "natokg_failed_components"


def _guarded(name: str) -> Callable[[Callable[[Doc], Doc]], Callable[[Doc], Doc]]:
    """Register a natokg component under *name* that a defect met on one paragraph does not end
    (see :func:`_run_guarded`)."""
    def register(component: Callable[[Doc], Doc]) -> Callable[[Doc], Doc]:
        @wraps(component)
        def guarded(doc: Doc) -> Doc:
            return _run_guarded(name, component, doc)
        Language.component(name)(guarded)
        return guarded
    return register


def _run_guarded(name: str, component: Callable[[Doc], Doc], doc: Doc) -> Doc:
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

_TERMINAL = frozenset({".", "!", "?", "…"})
_BULLETS = frozenset({"•", "·", "▪", "◦", "‣", "●", "■"})
_CLOSERS = frozenset({'"', "”", "’", "'", ")", "»"})


@_guarded("natokg_sentences")
def natokg_sentences(doc: Doc) -> Doc:
    """Allow a sentence start only after terminal punctuation (and closing quotes), a line break or
    a run of spaces (a layout gap); not after the one extra space of a joined hard wrap ("\\r\\n")."""
    if len(doc) < 2:
        return doc
    # token attributes as arrays and the flags of each distinct word: reading them token by token costs more
    orths, spaces, puncts, preset = doc.to_array([ORTH, IS_SPACE, IS_PUNCT, SENT_START]).T
    words, where = np.unique(orths, return_inverse=True)
    marks = np.array([_marks(doc.vocab.strings[int(w)]) for w in words], dtype=np.uint8)[where]
    breaks = (marks & _NEWLINE).astype(bool) | (spaces.astype(bool) & ~(marks & _ONE_SPACE).astype(bool))
    ends = (marks & _TERMINAL_MARK).astype(bool) | ((marks & _PERIOD).astype(bool) & puncts.astype(bool))
    # a closing quote or parenthesis takes the place of the word before it (the first word always counts)
    positions = np.arange(len(doc))
    counted = ~(marks & _CLOSER).astype(bool)
    counted[0] = True
    last_counted = np.maximum.accumulate(np.where(counted, positions, 0))
    starts = (breaks[:-1] | ends[last_counted[:-1]]) & ~spaces[1:].astype(bool)
    flags = preset.astype(np.int64)
    flags[1:] = np.where(starts, 1, -1)
    for start in (0, *(np.flatnonzero(marks & _NEWLINE) + 1)):
        after = _dateline_end(doc, int(start))
        if after:  # "BRUSSELS, 20 February 2002 (news agencies) – Tajikistan …": the news starts its own sentence
            flags[after] = 1
        elif start + 1 < len(doc) and doc[int(start)].text in _BULLETS and _bulleted_sentence(doc, int(start) + 1):
            flags[start + 1] = 1  # "• Finland and Sweden … are now Allies": the model tags a bullet as a name
    doc.from_array([SENT_START], flags.astype(np.uint64))
    return doc


def _bulleted_sentence(doc: Doc, start: int) -> bool:
    """The line from token *start* is a sentence (it ends with a period after ten words or more),
    not a list item ("• Canada (1949)"), which the list families read with its bullet."""
    end = start
    while end < len(doc) and "\n" not in doc[end].text:
        end += 1
    words = [t for t in doc[start:end] if t.is_alpha]
    return len(words) >= 10 and doc[end - 1].text in _TERMINAL


@_guarded("natokg_dated_names")
def natokg_dated_names(doc: Doc) -> Doc:
    """A DATE entity that runs past a spaced hyphen into capitalised words ends before the hyphen."""
    if not any(ent.label_ == "DATE" and any(t.text in _DASHES for t in ent) for ent in doc.ents):
        return doc
    ents: list[Span] = []
    for ent in doc.ents:
        cut = next((t.i for t in ent if t.text in _DASHES and t.i > ent.start and t.whitespace_
                    and doc[t.i - 1].whitespace_), None) if ent.label_ == "DATE" else None
        rest = doc[cut + 1:ent.end] if cut is not None else None
        if rest is None or not all(t.is_title and t.tag_ == "NNP" for t in rest):
            ents.append(ent)
            continue
        ents.append(Span(doc, ent.start, cut, label="DATE"))
        if 2 <= len(rest) <= 3:  # "Jens Stoltenberg": the ruler overwrites a name it knows as another kind
            ents.append(Span(doc, rest.start, rest.end, label="PERSON"))
    doc.ents = ents
    return doc


@_guarded("natokg_joined_persons")
def natokg_joined_persons(doc: Doc) -> Doc:
    """One person's name that the model cut in two with nothing but a space between ("General Dah
    Sidi | Mohamed El Agheb") is one name."""
    ents = doc.ents
    if len(ents) < 2:
        return doc
    joined: list[Span] = []
    for ent in ents:
        last = joined[-1] if joined else None
        if last is not None and ent.label_ == "PERSON" and last.label_ == "PERSON" and last.end == ent.start \
                and doc[last.end - 1].whitespace_ == " ":
            joined[-1] = Span(doc, last.start, ent.end, label="PERSON")
        else:
            joined.append(ent)
    if len(joined) < len(ents):
        doc.ents = joined
    return doc


#: the labels of a place or country that can designate a unit named before it
_DESIGNATING_LABELS = frozenset({"GPE", "PLACE", "COUNTRY"})


@_guarded("natokg_designated_units")
def natokg_designated_units(doc: Doc) -> Doc:
    """A unit's or office's name followed straight by the place or country it is for is one name
    ("NATO Liaison Office Georgia", "Combined Air Operations Centre Uedem"): the place says which
    office, so it is no mention of its own (lexicon ``designated_unit_heads``). Only a name the
    curated data does not hold is extended, and not across a line break or before "'s"; but an
    organisation's seat with a place after it is the office it keeps there ("NATO Headquarters
    Sarajevo", lexicon ``seat_nouns``). A body "of" a country is one name too ("the Grand National
    Assembly of Türkiye")."""
    ents = list(doc.ents)
    if len(ents) < 2:
        return doc
    heads, seats = _designated_unit_heads(), _seat_nouns()
    merged: list[Span] = []
    changed = False
    for ent in ents:
        last = merged[-1] if merged else None
        if last is not None and _body_of_country(doc, last, ent):
            merged[-1] = Span(doc, last.start, ent.end, label=last.label, kb_id=last.kb_id, span_id=last.id)
            changed = True
        elif last is None or last.end != ent.start or ent.label_ not in _DESIGNATING_LABELS \
                or doc[last.end - 1].whitespace_ != " " or not all(t.is_title for t in ent) \
                or (ent.end < len(doc) and doc[ent.end].lower_ in _POSSESSIVES):
            merged.append(ent)
        elif last.label_ == "ORG" and last.ent_id_ in ("", "pattern") and doc[last.end - 1].lower_ in heads:
            merged[-1] = Span(doc, last.start, ent.end, label=last.label, kb_id=last.kb_id, span_id=last.id)
            changed = True
        elif last.label_ == "PLACE" and doc[last.end - 1].lower_ in seats:
            # "NATO Headquarters Sarajevo": not the seat, but the office the organisation keeps there
            merged[-1] = _new_name(doc, last.start, ent.end, "ORG")
            changed = True
        else:
            merged.append(ent)
    if changed:
        doc.ents = merged
    return doc


_POSSESSIVES = frozenset({"'s", "’s", "'", "’"})


def _body_of_country(doc: Doc, body: Span, country: Span) -> bool:
    """ "the Grand National Assembly of Türkiye": a body's name the curated data does not hold, with
    an owned body's head (lexicon ``owned_body_heads``), then "of" and a country, is one name."""
    return body.label_ == "ORG" and body.ent_id_ in _MODEL_IDS and country.label_ == "COUNTRY" \
        and body.end + 1 == country.start and doc[body.end].lower_ == "of" \
        and doc[body.end - 1].lower_ in _owned_body_heads() and all(t.whitespace_ == " " for t in doc[body.end - 1:body.end + 1]) \
        and (country.end == len(doc) or doc[country.end].lower_ not in _POSSESSIVES)


@lru_cache(maxsize=1)
def _designated_unit_heads() -> frozenset[str]:
    return frozenset(load_lexicon().names["designated_unit_heads"])


@lru_cache(maxsize=1)
def _seat_nouns() -> frozenset[str]:
    return frozenset(load_lexicon().relations["seat_nouns"])


#: the labels of the names that own bodies named after them ("United States Senate", "UN Protection Force")
_OWNER_LABELS = frozenset({"COUNTRY", "INTL_ORG"})
#: names a body's name may take in after its owner's: the place it is for ("OSCE Kosovo Verification Mission")
_TAKEN_LABELS = frozenset({"PLACE", "GPE", "LOC"})
#: the most words after the owner's name
_BODY_WORDS = 4
#: the ids of names the model or a generic pattern found, which an owned body's name may take in
#: ("United States" | "Senate" when the model split the name); a curated name it never takes in
_MODEL_IDS = frozenset({"", "pattern"})


@_guarded("natokg_owned_bodies")
def natokg_owned_bodies(doc: Doc) -> Doc:
    """A body's name that opens with its owner's name is one name ("United States Senate", "UN
    Protection Force", "OSCE Kosovo Verification Mission"), where the model and the curated names
    stop at the owner: up to four capitalised words on the owner's line, none in a curated name but a
    place's, the last one or two a body's head (lexicon ``owned_body_heads``, which gives the
    label). A run of such words that ends otherwise is cut after its last head ("NATO Response
    Force Commander" is no body's name, "US Army Europe" is the army's)."""
    ents = list(doc.ents)
    if not any(e.label_ in _OWNER_LABELS for e in ents):
        return doc
    heads, placed = _owned_body_heads(), _placed_body_heads()
    label_at = {t: e for e in ents for t in range(e.start, e.end)}
    found: list[Span] = []
    for ent in ents:
        if ent.label_ not in _OWNER_LABELS or (found and found[-1].end > ent.start):
            continue
        end, label = ent.end, ""
        for i in range(ent.end, min(ent.end + _BODY_WORDS, len(doc))):
            word, other = doc[i], label_at.get(i)
            if not word.is_title or doc[i - 1].whitespace_ != " " or (
                    other is not None and other.label_ not in _TAKEN_LABELS and other.ent_id_ not in _MODEL_IDS):
                break
            head = heads.get(f"{doc[i - 1].lower_} {word.lower_}") or heads.get(word.lower_)
            if head:
                end, label = i + 1, head
        if label and doc[end - 1].lower_ in placed:  # "African Union Mission in Sudan", "NATO Representation to Ukraine"
            end = _place_end(doc, end, label_at)
        elif label:  # "United States Department of State"
            end = _complement_end(doc, end, label_at)
        if label and not any(e.start < end and e.end > end for e in ents):  # no name cut in two
            found.append(_new_name(doc, ent.start, end, label))
    if found:
        taken = {t for span in found for t in range(span.start, span.end)}
        doc.ents = sorted([e for e in ents if not taken.intersection(range(e.start, e.end))] + found,
                          key=lambda e: e.start)
    return doc


#: the prepositions that join a body's name to the place it is for ("Mission in Kosovo", "Representation to Ukraine")
_PLACE_PREPS = frozenset({"in", "to"})
_PLACE_LABELS = frozenset({"PLACE", "GPE", "COUNTRY"})


def _place_end(doc: Doc, end: int, label_at: dict[int, Span]) -> int:
    """Where a body's name ends that a place joined by "in" or "to" follows on its line: after the
    place; else at *end*."""
    if end + 1 >= len(doc) or doc[end].lower_ not in _PLACE_PREPS or doc[end - 1].whitespace_ != " ":
        return end
    place = label_at.get(end + 1)
    if place is None or place.start != end + 1 or place.label_ not in _PLACE_LABELS or not all(t.is_title for t in place):
        return end
    return place.end


def _complement_end(doc: Doc, end: int, label_at: dict[int, Span]) -> int:
    """Where a body's name ends whose head an "of" and capitalised words outside other names
    follow ("Department of State", "Ministry of Defence"): after them; else at *end*."""
    if end + 1 >= len(doc) or doc[end].lower_ != "of" or doc[end - 1].whitespace_ != " ":
        return end
    last = end
    for i in range(end + 1, min(end + 1 + _BODY_WORDS, len(doc))):
        if not doc[i].is_title or doc[i - 1].whitespace_ != " " or i in label_at:
            break
        last = i + 1
    return last


def _new_name(doc: Doc, start: int, end: int, label: str) -> Span:
    """A name of *label* over tokens [start, end) that no curated name's id follows: the ids of the
    names it takes in stay on their tokens otherwise (spaCy sets a token's id only when it has one)."""
    for token in doc[start:end]:
        token.ent_id = 0
    return Span(doc, start, end, label=label)


@lru_cache(maxsize=1)
def _owned_body_heads() -> dict[str, str]:
    return dict(load_lexicon().names["owned_body_heads"])


@lru_cache(maxsize=1)
def _placed_body_heads() -> frozenset[str]:
    return frozenset(load_lexicon().names["placed_body_heads"])


#: labels whose names are repeated in full where the model missed them (a person's name is left to
#: the resolver's surname matching; groups, numbers and dates are no names)
_REPEATED_LABELS = frozenset({"ORG", "INTL_ORG", "FRAMEWORK", "EVENT", "AGREEMENT", "LAW", "FAC", "COUNTRY"})


#: the owner of the words of a name :func:`natokg_repeated_names` added (no model's name, no second repeat)
_REPEATED = -2


@_guarded("natokg_repeated_names")
def natokg_repeated_names(doc: Doc) -> Doc:
    """A name of two or more words that the model found once in a paragraph is that name wherever it
    is repeated there and the model missed it ("Nordic Defence Cooperation" as a heading, then "The
    Nordic Defence Cooperation is a collaboration …" read as a nationality and two nouns). Every
    name is first trimmed (:func:`_trimmed`)."""
    original = doc.ents
    trimmed = [_trimmed(e) for e in original]
    changed = any(a is not b for a, b in zip(trimmed, original))
    ents = [e for e in trimmed if e is not None]
    names = {tuple(t.orth for t in e): e for e in ents if len(e) > 1 and e.label_ in _REPEATED_LABELS}
    if not names:
        if changed:
            doc.ents = ents
        return doc
    owner = np.full(len(doc), -1)
    for n, ent in enumerate(ents):
        owner[ent.start:ent.end] = n
    orths = doc.to_array([ORTH])
    added: list[Span] = []
    for words, source in names.items():
        size = len(words)
        for start in np.flatnonzero(orths[: len(doc) - size + 1] == words[0]):
            end = int(start) + size
            if tuple(orths[start:end]) != words:
                continue
            covered = owner[start:end]
            if (covered == _REPEATED).any():
                continue  # a longer repeated name took these words
            inside = {int(o) for o in covered if o >= 0}
            # only where no name crosses its edges (a nationality inside it may go)
            if all(ents[o].start >= start and ents[o].end <= end and len(ents[o]) < size for o in inside):
                added.append(Span(doc, int(start), end, label=source.label, kb_id=source.kb_id, span_id=source.id))
                owner[start:end] = _REPEATED
                for o in inside:
                    ents[o] = None  # type: ignore[call-overload]
    if added or changed:
        doc.ents = sorted([e for e in ents if e is not None] + added, key=lambda e: e.start)
    return doc


def _hashes(words: Any) -> Any:
    """The sorted string hashes of *words* (spaCy's, as ``Doc.to_array([ORTH])`` gives them): a name
    list held as 8 bytes a name, not as Python strings (#18: a build's memory), and looked up for a
    whole paragraph at once."""
    return np.unique(np.fromiter((hash_string(word) for word in words), dtype=np.uint64))


def _member(values: Any, hashes: Any) -> Any:
    """Which of *values* (string hashes) are in the sorted *hashes*: a binary search a word
    (``numpy.isin`` would sort the whole list again for every paragraph)."""
    if not len(hashes):
        return np.zeros(len(values), dtype=bool)
    at = np.searchsorted(hashes, values).clip(max=len(hashes) - 1)
    return hashes[at] == values


def english_words(nlp: Language) -> frozenset[str]:
    """The words the English lemmatizer's index knows as nouns, verbs, adjectives or adverbs (the
    WordNet words of spaCy's English models); none for a pipeline without that index. The name
    lists of ``data/reference/`` leave them out too (``make_cities.py``, ``make_given_names.py``)."""
    lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None) if "lemmatizer" in nlp.pipe_names else None
    if lookups is None or not lookups.has_table("lemma_index"):
        return frozenset()
    index = lookups.get_table("lemma_index")
    return frozenset(word for part in ("noun", "verb", "adj", "adv") for word in index.get(part, []))


#: :func:`english_words` as :func:`_hashes`, by model (the pipelines of one model share one array)
_ENGLISH_HASHES: dict[tuple[str, str, str], Any] = {}


def _english_hashes(nlp: Language) -> Any:
    meta = nlp.meta
    model = (str(meta.get("lang", "")), str(meta.get("name", "")), str(meta.get("version", "")))
    if model not in _ENGLISH_HASHES:
        _ENGLISH_HASHES[model] = _hashes(english_words(nlp))
    return _ENGLISH_HASHES[model]


@lru_cache(maxsize=1)
def _given_names() -> Any:
    """Given names in Latin script (``data/reference/given_names.txt``), as :func:`_hashes`."""
    text = data_path("data", "reference", "given_names.txt").read_text(encoding="utf-8")
    return _hashes(line for line in text.splitlines() if line)


#: how many words after a given name a person's name may run ("Anders Fogh Rasmussen", "Alessandro Minuto-Rizzo")
_MORE_NAMES = 3


class KnownPersons:
    """``natokg_known_persons``: a person the model missed is named where a known given name opens a
    run of capitalised proper nouns outside every name ("Manfred Wörner died in office",
    "- Sergio Balanzino (Italy)"):
    one to three more words, a hyphen allowed inside one ("Minuto-Rizzo"), none of them an English
    word ("Julia Station"), and no proper noun before the run that would make it part of a longer
    name. A title before it may be one ("President Petro Poroshenko"). An English word is one of the
    pipeline's lemmatizer (:func:`english_words`)."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name
        self.words = _english_hashes(nlp)

    def __call__(self, doc: Doc) -> Doc:
        return _run_guarded(self.name, self._add_persons, doc)

    def _add_persons(self, doc: Doc) -> Doc:
        n = len(doc)
        taken = np.zeros(n + 1, dtype=bool)
        for ent in doc.ents:
            taken[ent.start:ent.end] = True
        proper = np.append(doc.to_array(POS) == PROPN, False)
        if not proper.any():
            return doc
        words = np.append(_member(doc.to_array(LOWER), self.words), False)
        self._complete_persons(doc, taken, proper, words)
        opening = np.flatnonzero(proper[:n] & ~taken[:n] & _member(doc.to_array(ORTH), _given_names())).tolist()
        if not opening:
            return doc
        found: list[Span] = []
        for i in opening:
            if found and i < found[-1].end:
                continue
            start = i
            if i > 1 and doc[i - 1].tag_ == "HYPH" and not doc[i - 1].whitespace_ and not doc[i - 2].whitespace_ \
                    and proper[i - 2] and not taken[i - 2] and doc[i - 2].is_title:
                start = i - 2  # a double given name ("Paul-Henri Spaak")
            if start > 0 and proper[start - 1] and not words[start - 1]:
                continue
            end, parts = i + 1, 0
            while end < n and parts < _MORE_NAMES and not taken[end]:
                if proper[end] and doc[end].is_title and not words[end]:
                    end, parts = end + 1, parts + 1
                elif doc[end].tag_ == "HYPH" and end + 1 < n and proper[end + 1] and not taken[end + 1] \
                        and doc[end + 1].is_title and not doc[end].whitespace_ and not doc[end - 1].whitespace_:
                    end += 1
                else:
                    break
            if parts and not (end < n and proper[end]) and doc[end - 1].tag_ != "HYPH":
                found.append(Span(doc, start, end, label="PERSON"))
        if found:
            doc.ents = sorted([*doc.ents, *found], key=lambda e: e.start)
        return doc

    @staticmethod
    def _complete_persons(doc: Doc, taken: Any, proper: Any, words: Any) -> None:
        """A person's name of two words the model ended one word early ("President Yoon Suk | Yeol of
        Korea"): the capitalised proper noun right after it, outside every name and no English word,
        with no proper noun after it, is its last word."""
        n, changed = len(doc), False
        ents = list(doc.ents)
        for k, ent in enumerate(ents):
            end = ent.end
            if ent.label_ != "PERSON" or ent.ent_id_ or len(ent) != 2 or end >= n or taken[end] or not proper[end] \
                    or words[end] or proper[end + 1] or not doc[end].is_title or doc[end - 1].whitespace_ != " ":
                continue
            ents[k] = Span(doc, ent.start, end + 1, label="PERSON")
            taken[end] = changed = True
        if changed:
            doc.ents = ents


@Language.factory("natokg_known_persons")
def make_known_persons(nlp: Language, name: str) -> KnownPersons:
    return KnownPersons(nlp, name)

class Acronyms:
    """``natokg_acronyms``: an acronym the model left outside every name is a name where it is no
    English word and stands in running text ("AMIS was replaced by UNAMID", "the CCMS"): four to
    ten capital letters, a proper noun by the tagger, with no capitalised word beside it (a heading
    in capitals: "PRESS RELEASE") and none of the lexicon's ``not_entities``. Provisionally an
    organisation; one the document defines ("… Modern Society (CCMS)") is what it defines."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name
        self.words = _english_hashes(nlp)
        self.excluded = {w.casefold() for w in load_lexicon().names["not_entities"]}

    def __call__(self, doc: Doc) -> Doc:
        return _run_guarded(self.name, self._add_acronyms, doc)

    def _add_acronyms(self, doc: Doc) -> Doc:
        n = len(doc)
        if not n:
            return doc
        taken = np.zeros(n, dtype=bool)
        for ent in doc.ents:
            taken[ent.start:ent.end] = True
        proper = doc.to_array(POS) == PROPN
        candidates = np.flatnonzero(proper & ~taken & ~_member(doc.to_array(LOWER), self.words)).tolist()
        found: list[Span] = []
        for i in candidates:
            token = doc[i]
            text = token.text
            if not (_ACRONYM_MIN <= len(text) <= _ACRONYM_MAX and text.isalpha() and text.isupper()) \
                    or text.casefold() in self.excluded \
                    or any(0 <= j < n and doc[j].is_upper and doc[j].is_alpha and len(doc[j]) > 1 and not taken[j]
                           for j in (i - 1, i + 1)):
                continue
            found.append(Span(doc, i, i + 1, label="ORG"))
        if found:
            doc.ents = sorted([*doc.ents, *found], key=lambda e: e.start)
        return doc


#: the lengths of an acronym natokg_acronyms takes for a name (three letters are too often codes)
_ACRONYM_MIN, _ACRONYM_MAX = 4, 10


@Language.factory("natokg_acronyms")
def make_acronyms(nlp: Language, name: str) -> Acronyms:
    return Acronyms(nlp, name)


#: the tags of a word before a noun that makes it a common noun's phrase ("the Mission", "our Summit")
_ARTICLE_TAGS = frozenset({"DT", "PRP$", "WP$"})


@lru_cache(maxsize=1)
def _known_places() -> Any:
    """The names of the world's towns of 15,000 people or more (``data/reference/cities.tsv``),
    as :func:`_hashes`."""
    path = data_path("data", "reference", "cities.tsv")
    with path.open(encoding="utf-8") as handle:
        next(handle, None)  # the header
        return _hashes(line.split("\t", 1)[0] for line in handle if line.strip())


@_guarded("natokg_known_places")
def natokg_known_places(doc: Doc) -> Doc:
    """A town the model did not find is a place where the text names it alone: one capitalised word,
    a proper noun by the tagger, outside every name, with no proper noun beside it that would make
    it part of a longer name ("Stacy Cummings", "Taranto Naval Base", "African Union Mission"), no
    article before it ("the Mission") and no person of the paragraph named with it ("Austin" after
    "Lloyd Austin"); a town the model took for a nationality that natokg does not know is a place too
    ("in Bamyan")."""
    places = _known_places()
    taken = np.zeros(len(doc), dtype=bool)
    persons: set[str] = set()
    nationalities: dict[int, Span] = {}
    for ent in doc.ents:
        if ent.label_ == "NORP" and len(ent) == 1 and not ent.ent_id_:  # "in Bamyan" read as a nationality
            nationalities[ent.start] = ent
            continue
        taken[ent.start:ent.end] = True
        if ent.label_ == "PERSON":
            persons.update(t.text for t in ent)
    proper = doc.to_array(POS) == PROPN
    found: list[Span] = []
    for i in np.flatnonzero(proper & ~taken & _member(doc.to_array(ORTH), places)).tolist():
        token = doc[i]  # (a Token is made only for these)
        if (not token.is_title or token.text in persons
                or (i > 0 and (proper[i - 1] or doc[i - 1].tag_ in _ARTICLE_TAGS))
                or (i + 1 < len(doc) and proper[i + 1])):
            continue
        found.append(Span(doc, i, i + 1, label="GPE"))
    if found:
        kept = [e for e in doc.ents if not any(e.start == f.start for f in found)]
        doc.ents = sorted([*kept, *found], key=lambda e: e.start)
    return doc


@lru_cache(maxsize=1)
def _negating_prefixes() -> frozenset[str]:
    return frozenset(load_lexicon().relations["function_words"]["negating_prefixes"])


def _trimmed(ent: Span) -> Span | None:
    """*ent* without the line breaks and spaces the model took into it at its end, and without a
    negating prefix it took in at its start ("a non-Nato ally": the name is "Nato", the prefix negates)."""
    start, end = ent.start, ent.end
    while end > start and ent.doc[end - 1].is_space:
        end -= 1
    if end - start > 2 and ent.doc[start].lower_ in _negating_prefixes() and ent.doc[start + 1].text in _DASHES:
        start += 2
    if (start, end) == (ent.start, ent.end):
        return ent
    return Span(ent.doc, start, end, label=ent.label, kb_id=ent.kb_id, span_id=ent.id) if end > start else None


_DASHES = frozenset({"–", "—", "--", "-"})


def _dateline_end(doc: Doc, start: int) -> int:
    """The token after a news dateline opening a line at *start* ("MONS, Belgium —", "INDEPENDENCE,
    Missouri, 12 March 1999 –"), or 0: a capitalised place, a comma, then names, numbers and a
    bracket up to a dash, with the place in capitals or a number in the line."""
    if start >= len(doc) or not doc[start].is_title and not doc[start].is_upper:
        return 0
    comma = number = bracket = False
    for token in doc[start + 1:min(start + 16, len(doc) - 1)]:
        if token.text in _DASHES and comma and not bracket:
            return token.i + 1 if (number or doc[start].is_upper and len(doc[start]) > 2) else 0
        if token.text == "(":
            bracket = True
        elif token.text == ")":
            bracket = False
        elif token.text == ",":
            comma = True
        elif token.like_num:
            number = True
        elif not bracket and token.tag_ not in {"NNP", "NNPS", "."}:
            return 0
    return 0


_NEWLINE, _TERMINAL_MARK, _PERIOD, _CLOSER, _ONE_SPACE = 1, 2, 4, 8, 16


@lru_cache(maxsize=1 << 16)
def _marks(text: str) -> int:
    """The flags of one word: holds a line break, is terminal punctuation, ends with a period, closes a
    quote, is a single space."""
    return ((_NEWLINE if "\n" in text else 0) | (_TERMINAL_MARK if text in _TERMINAL else 0)
            | (_PERIOD if text.endswith(".") else 0) | (_CLOSER if text in _CLOSERS else 0)
            | (_ONE_SPACE if text == " " else 0))


def ruler_patterns(lexicon: Lexicon) -> list[dict[str, Any]]:
    """Entity-ruler patterns built from the curated data and the lexicon."""
    patterns: list[dict[str, Any]] = []
    for entity in lexicon.curated.values():
        label = lexicon.ruler_label[entity.kind]
        forms = {form[4:] if form.lower().startswith("the ") else form for form in (entity.name, *entity.aliases)}
        if entity.kind in lexicon.names["upper_case_kinds"]:  # news datelines: "MONS, Belgium —"
            forms |= {form.upper() for form in forms if len(form) > 3 and not form.isupper()}
        if entity.kind in lexicon.names["plural_kinds"]:
            forms |= {form + "s" for form in forms if _pluralizable(form)}
        # "the operation called 'Active Endeavour'": an operation's name of two words or more without "Operation"
        forms |= {form.split(" ", 1)[1] for form in forms if entity.kind == "Event"
                  and form.split(" ", 1)[0] in lexicon.names["operation_openers"] and form.count(" ") >= 2}
        for form in forms:
            patterns.append({"label": label, "pattern": form, "id": entity.key})
    for demonym, key in lexicon.demonyms.items():
        patterns.append({"label": "NORP", "pattern": demonym, "id": key})
    patterns.extend({**p, "id": "pattern"} for p in lexicon.token_patterns)
    for series in lexicon.names["exercise_series"]:  # "Trident Juncture 2018", "BALTOPS 24": one iteration each
        patterns.append({"label": "EVENT", "id": "pattern", "pattern": [
            *({"ORTH": word} for word in series.split()), {"SHAPE": {"IN": ["dd", "dddd"]}, "OP": "?"}]})
    patterns.extend(_compass_patterns(lexicon))
    heads = lexicon.names["anaphor_heads"]
    patterns.append({"label": "ANAPHOR", "pattern": [
        {"LOWER": {"IN": lexicon.names["anaphor_determiners"]}}, {"TAG": {"IN": ["NNP", "NNPS"]}, "LOWER": {"IN": heads}}],
        "id": "pattern"})
    return patterns


def _compass_patterns(lexicon: Lexicon) -> list[dict[str, Any]]:
    """ "Multinational Division North", "Multinational Division South-East": a unit's name with the
    compass point that says which one (lexicon ``designated_unit_heads``, ``compass_designators``)."""
    name = [{"TAG": {"IN": ["NNP", "NNPS"]}}, {"TAG": {"IN": ["NNP", "NNPS", "JJ", "HYPH"]}, "OP": "*"},
            {"LOWER": {"IN": lexicon.names["designated_unit_heads"]}, "IS_TITLE": True}]
    point = {"LOWER": {"IN": lexicon.names["compass_designators"]}, "IS_TITLE": True}
    return [{"label": "ORG", "id": "pattern", "pattern": [*name, point]},
            {"label": "ORG", "id": "pattern", "pattern": [*name, point, {"TEXT": "-"}, point]}]


def _pluralizable(form: str) -> bool:
    """ "Individual Partnership Action Plan", "IPAP": a capitalised noun or an acronym that takes an 's'."""
    last = form.rsplit(" ", 1)[-1]
    return last.isalpha() and last[0].isupper() and last[-1] not in "sS" and (" " in form or len(last) >= 3)


def _split_final_periods(nlp: Language, lexicon: Lexicon) -> None:
    """A sentence-final period stays on a mixed-case acronym ("joined the PfP." is one token
    "PfP."), so the name goes unread: tokenizer special cases split it off."""
    for entity in lexicon.curated.values():
        for form in (entity.name, *entity.aliases):
            if form.isalnum() and len(nlp.tokenizer(f"{form}.")) == 1:
                nlp.tokenizer.add_special_case(f"{form}.", [{ORTH: form}, {ORTH: "."}])


#: emoticons among the English tokenizer's exceptions that glue a bracket to a colon and so hide
#: a list's colon ("First participants (1995): Egypt, Israel, …"); texts about NATO have none
_BRACKET_COLONS = ("):", "(:")


def _keep_rank_abbreviations(nlp: Language, lexicon: Lexicon) -> None:
    """ "Lt. General Ronald Adams": the English tokenizer splits "Lt." at its period, which then
    ends the sentence inside a list of names (lexicon ``rank_abbreviations``)."""
    for form in lexicon.names["rank_abbreviations"]:
        nlp.tokenizer.add_special_case(form, [{ORTH: form}])


def _split_modifier_apostrophes(nlp: Language, lexicon: Lexicon) -> None:
    """ "Swedenʼs accession" (U+02BC, a letter to the tokenizer): its "ʼs" and a final "ʼ" split off
    as the English tokenizer splits "'s" and "’s", and read as they are, so the name is read."""
    marks = "".join(re.escape(m) for m in lexicon.names["modifier_apostrophes"])
    own = nlp.tokenizer.suffix_search.__self__.pattern  # the model's own suffixes, kept as they are
    nlp.tokenizer.suffix_search = re.compile(rf"{own}|(?<=\w)[{marks}][sS]?$").search
    for mark in lexicon.names["modifier_apostrophes"]:  # the tagger reads them as it reads "'s"
        nlp.vocab[mark].norm_ = "'"
        for ending in ("s", "S"):
            nlp.vocab[mark + ending].norm_ = "'s"


def _split_bracket_colons(nlp: Language) -> None:
    rules = {key: value for key, value in nlp.tokenizer.rules.items() if key not in _BRACKET_COLONS}
    nlp.tokenizer.rules = rules


def _verbs_tagged_as_nouns(nlp: Language, lexicon: Lexicon) -> None:
    """A clause's verb after a list of names is tagged a noun though the parser heads a clause
    with it ("Japan, Australia and New Zealand attend; …"): the attribute ruler makes it a verb."""
    if "attribute_ruler" not in nlp.pipe_names:
        return
    fixes = lexicon.relations["verbs_tagged_as_nouns"]
    ruler = nlp.get_pipe("attribute_ruler")
    for forms, tag in ((fixes["base"], "VBP"), (fixes["third_person"], "VBZ")):
        pattern = {"LOWER": {"IN": forms}, "TAG": {"IN": ["NN", "NNS"]}, "DEP": {"IN": fixes["deps"]}}
        ruler.add([[pattern]], {"POS": "VERB", "TAG": tag})  # type: ignore[attr-defined]


def load_nlp(model: str | None = None) -> Language:
    """Load *model* (see :func:`kg.config.resolve_model`) and add natokg's components."""
    name = resolve_model(model)
    try:
        nlp = spacy.load(name)
    except OSError as err:
        raise ConfigError(f"cannot load spaCy model {name!r}: not installed (pip install it or pass --model)") from err
    missing = {"parser", "ner"} - set(nlp.pipe_names)
    if missing:
        raise ConfigError(f"spaCy model {name!r} lacks {', '.join(sorted(missing))}; natokg needs a parser and NER")
    from .attribute_ruler import use_indexed_ruler

    _verbs_tagged_as_nouns(nlp, load_lexicon())
    use_indexed_ruler(nlp)  # the values of the model's attribute ruler, from token arrays
    _split_bracket_colons(nlp)
    _split_final_periods(nlp, load_lexicon())
    _keep_rank_abbreviations(nlp, load_lexicon())
    _split_modifier_apostrophes(nlp, load_lexicon())
    nlp.add_pipe("natokg_sentences", before="parser")
    from . import ruler as _  # noqa: F401  (registers natokg_entity_ruler)

    nlp.add_pipe("natokg_dated_names", after="ner")
    ruler = nlp.add_pipe("natokg_entity_ruler", name="natokg_ruler", after="natokg_dated_names")
    nlp.add_pipe("natokg_joined_persons", after="natokg_ruler")
    nlp.add_pipe("natokg_designated_units", after="natokg_joined_persons")
    nlp.add_pipe("natokg_owned_bodies", after="natokg_designated_units")
    nlp.add_pipe("natokg_repeated_names", after="natokg_owned_bodies")
    nlp.add_pipe("natokg_known_persons", after="natokg_repeated_names")
    nlp.add_pipe("natokg_known_places", after="natokg_known_persons")
    nlp.add_pipe("natokg_acronyms", after="natokg_known_places")
    # names match by ORTH, so their pattern Docs need the tokenizer alone: with the model's
    # components enabled, adding the patterns would parse every name (about 1 s at each start)
    with nlp.select_pipes(enable=[]):
        ruler.add_patterns(ruler_patterns(load_lexicon()))  # type: ignore[attr-defined]
    from . import component  # noqa: F401  (registers natokg_relations)

    nlp.add_pipe("natokg_relations", last=True)
    use_vectors_of(pipeline_identity(nlp))  # the pair model reads context vectors of its own pipeline only
    return nlp
