"""natokg's name components: names the model misses, cuts or mislabels, fixed after its ``ner``
and the entity ruler (see :mod:`kg.extract.pipeline` for their order)."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

import numpy as np
from spacy.attrs import LOWER, ORTH, POS
from spacy.language import Language
from spacy.strings import hash_string
from spacy.symbols import NOUN, PROPN
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from ..config import data_path
from ..lexicon import load_lexicon
from .dates import DASHES, MONTH_WORDS
from .guard import guarded, run_guarded
from .mentions import LONE_NAMES, abbreviates, office_name_words

__all__ = ["DASHES", "english_words", "natokg_repeated_names"]


@guarded("natokg_dated_names")
def natokg_dated_names(doc: Doc) -> Doc:
    """A DATE entity that runs past a spaced hyphen into capitalised words ends before the hyphen."""
    if not any(ent.label_ == "DATE" and any(t.text in DASHES for t in ent) for ent in doc.ents):
        return doc
    ents: list[Span] = []
    for ent in doc.ents:
        cut = next((t.i for t in ent if t.text in DASHES and t.i > ent.start and t.whitespace_
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


@guarded("natokg_abbreviated_names")
def natokg_abbreviated_names(doc: Doc) -> Doc:
    """A name the model cut short before the abbreviation that follows it ("the NATO-Ukraine Joint
    Analysis, | Training and Education Centre (JATEC)") runs back to where the abbreviation's
    letters begin (the Schwartz–Hearst test, :func:`kg.extract.mentions.abbreviates`), with the
    proper nouns right before that ("NATO-Ukraine"); the names it now covers are part of it."""
    ents = list(doc.ents)
    longer = [_abbreviated(doc, ent) for ent in ents]
    if not any(longer):
        return doc
    doc.ents = filter_spans([new or ent for ent, new in zip(ents, longer)])
    return doc


#: labels of the names an abbreviation in brackets may stand for
_ABBREVIATED_LABELS = frozenset({"ORG", "EVENT", "LAW", "FAC", "WORK_OF_ART", "PRODUCT"})
#: words a long form runs over between its capitalised words ("Analysis, Training and Education")
_LONG_FORM_JOINS = frozenset({",", "-", "and", "&", "of", "for", "on", "in"})
_LONG_FORM_REACH = 8


def _abbreviated(doc: Doc, ent: Span) -> Span | None:
    """*ent* run back to the start of the long form of the abbreviation after it, or None."""
    end = ent.end
    if ent.label_ not in _ABBREVIATED_LABELS or end + 2 >= len(doc) or doc[end].text != "(" or doc[end + 2].text != ")":
        return None
    abbr = doc[end + 1].text
    if not (2 <= len(abbr) <= 10 and abbr[0].isupper() and sum(c.isupper() for c in abbr) >= 2) \
            or abbreviates(abbr, ent.text):
        return None
    first = ent.sent.start
    for i in range(ent.start - 1, max(first, ent.start - _LONG_FORM_REACH) - 1, -1):
        token = doc[i]
        if not (token.is_title or token.is_upper) and token.lower_ not in _LONG_FORM_JOINS:
            return None
        if (token.is_title or token.is_upper) and token.lower_[0] == abbr[0].lower() \
                and abbreviates(abbr, doc[i:end].text):
            while i > first and (doc[i - 1].tag_ == "NNP" and doc[i - 1].is_alpha
                                 or doc[i - 1].text == "-" and not doc[i - 1].whitespace_ and doc[i - 2].tag_ == "NNP"):
                i -= 1  # "NATO-Ukraine" before "Joint …"
            return Span(doc, i, end, label=ent.label_)
    return None


@guarded("natokg_joined_persons")
def natokg_joined_persons(doc: Doc) -> Doc:
    """One person's name that the model cut in two with nothing but a space between ("General Dah
    Sidi | Mohamed El Agheb") is one name; and a short name the model took for an organisation that
    opens with a given name and ends in no body's head word ("Radmila Shekerinska") is a person's."""
    ents = [Span(doc, e.start, e.end, label="PERSON") if _person_read_as_body(e) else e for e in doc.ents]
    if len(ents) < 2:
        if ents and ents[0].label_ != doc.ents[0].label_:
            doc.ents = ents
        return doc
    joined: list[Span] = []
    for ent in ents:
        last = joined[-1] if joined else None
        if last is not None and ent.label_ == "PERSON" and last.end == ent.start and doc[last.end - 1].whitespace_ == " " \
                and (last.label_ == "PERSON" or _lone_given_name(last)):
            joined[-1] = Span(doc, last.start, ent.end, label="PERSON")
        else:
            joined.append(ent)
    listed = _listed_persons(doc, joined)
    if listed:
        doc.ents = filter_spans([*joined, *listed])
    elif len(joined) < len(ents) or any(a.label_ != b.label_ for a, b in zip(ents, doc.ents)):
        doc.ents = joined
    return doc


#: the most words of a person's name read from its place in a list of persons
_LISTED_PERSON_WORDS = 3


def _listed_persons(doc: Doc, ents: list[Span]) -> list[Span]:
    """Capitalised words outside every name that the parser coordinates with a person's name ("Fumio
    Kishida, Yoon Suk Yeol, Anthony Albanese and Jacinda Ardern attend"): a person's name too, of two
    or three words."""
    roots = [e.root for e in ents if e.label_ == "PERSON"]
    if not roots:
        return []
    named = {t for e in ents for t in range(e.start, e.end)}
    # (the words coordinated with a person's name: its conjuncts, and the word it is a conjunct of)
    listed = {c.i: c for r in roots for c in r.children if c.dep_ == "conj"}
    listed.update((r.head.i, r.head) for r in roots if r.dep_ == "conj")
    found: list[Span] = []
    for token in sorted(listed.values(), key=lambda t: t.i):
        if token.i in named or token.pos != PROPN or not token.is_title:
            continue
        start = token.i
        while start > 0 and doc[start - 1].dep_ == "compound" and doc[start - 1].head.i == token.i \
                and doc[start - 1].is_title and doc[start - 1].is_alpha and start - 1 not in named:
            start -= 1
        before = doc[start - 1] if start > 0 else None
        if 2 <= token.i + 1 - start <= _LISTED_PERSON_WORDS \
                and not any(t.lower_ in office_name_words() for t in doc[start:token.i + 1]) \
                and not (before is not None and before.is_alpha and (before.is_title or before.is_upper)):
            # (not "the Prime Minister", nor the tail of a longer name: "NATO Mobile Education and Training Teams")
            found.append(Span(doc, start, token.i + 1, label="PERSON"))
    return found


#: the most words of a person's name the model took for an organisation's ("Matti Saarelainen")
_BODY_READ_PERSON_WORDS = 3


def _person_read_as_body(ent: Span) -> bool:
    """ "Radmila Shekerinska", "Paul-Henri Spaak" labelled ORG: a given name, then capitalised words,
    none a body's head (a hyphen inside a word joins two given names)."""
    if ent.label_ != "ORG" or ent.ent_id_ not in ("", "pattern"):
        return False
    joins = [t for t in ent[1:-1] if t.text == "-" and not t.whitespace_ and not t.nbor(-1).whitespace_]
    words = [t for t in ent if t not in joins]
    return 2 <= len(words) - len(joins) <= _BODY_READ_PERSON_WORDS and all(t.is_title and t.is_alpha for t in words) \
        and ent[-1].lower_ not in _body_heads() \
        and bool(_member(np.array([ent[0].orth], dtype=np.uint64), _given_names())[0])


@lru_cache(maxsize=1)
def _body_heads() -> frozenset[str]:
    """Head words of bodies' names (lexicon ``anaphor_heads``, ``owned_body_heads``): "Media Service" is no person."""
    names = load_lexicon().names
    return frozenset(names["anaphor_heads"]) | frozenset(w.split()[-1] for w in names["owned_body_heads"])


def _lone_given_name(ent: Span) -> bool:
    """One word the model named as something else that is a known given name ("Sergio" of "Sergio
    Balanzino", read as a place), not a name the curated data holds."""
    return len(ent) == 1 and ent.ent_id_ in ("", "pattern") and bool(
        _member(np.array([ent[0].orth], dtype=np.uint64), _given_names())[0])


#: the labels of a place or country that can designate a unit named before it
_DESIGNATING_LABELS = frozenset({"GPE", "PLACE", "COUNTRY"})


@guarded("natokg_designated_units")
def natokg_designated_units(doc: Doc) -> Doc:
    """A unit's or office's name followed straight by the place or country it is for is one name
    ("NATO Liaison Office Georgia", "Combined Air Operations Centre Uedem"): the place says which
    office, so it is no mention of its own (lexicon ``designated_unit_heads``). Only a name the
    curated data does not hold is extended, and not across a line break or before "'s"; but an
    organisation's seat with a place after it is the office it keeps there ("NATO Headquarters
    Sarajevo", lexicon ``seat_nouns``). A body "of" a country is one name too ("the Grand National
    Assembly of Türkiye")."""
    ents = _hyphen_designated(doc)
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


#: what a body's name takes in after its hyphen ("Transition Command–Iraq"), besides a plain word
_HYPHEN_TAKEN_LABELS = frozenset({"PLACE", "GPE", "LOC", "COUNTRY"})


def _hyphen_designated(doc: Doc) -> list[Span]:
    """A body's name the model or a pattern ended before a hyphen joined to one capitalised word
    ("Regional Command-East", "Transition Command–Iraq") goes on through it: the word says which
    body, and "Regional Command-East" and "Regional Command-West" are two. The entities of *doc*,
    so extended (and set on it when one was)."""
    ents = list(doc.ents)
    changed = False
    for n, ent in enumerate(ents):
        end = ent.end
        if end + 1 >= len(doc) or ent.label_ != "ORG" or ent.ent_id_ not in _MODEL_IDS \
                or doc[end].text not in DASHES or doc[end - 1].whitespace_ or doc[end].whitespace_:
            continue
        word = doc[end + 1]
        if not (word.is_title and word.is_alpha and word.pos_ == "PROPN") \
                or (word.ent_type_ and word.ent_type_ not in _HYPHEN_TAKEN_LABELS) \
                or (word.ent_type_ and not word.ent_iob_ == "B") or end + 2 < len(doc) and doc[end + 2].ent_iob_ == "I":
            continue  # a longer name after the hyphen is a name of its own
        ents[n] = Span(doc, ent.start, end + 2, label=ent.label, kb_id=ent.kb_id, span_id=ent.id)
        changed = True
    if changed:  # the place the hyphen's word was read as is now inside the longer name
        ents = filter_spans(ents)
        doc.ents = ents
    return ents


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
#: the labels of a programme's or treaty's name, which a body named after it opens ("Brussels Treaty Organisation")
_INSTRUMENT_LABELS = frozenset({"AGREEMENT", "FRAMEWORK"})
#: words that carry a name on past a body's head ("Centre of Excellence", "Office for Partnerships")
_NAME_JOINERS = frozenset({"of", "for", "on", "and"})
#: names a body's name may take in after its owner's: the place it is for ("OSCE Kosovo Verification Mission")
_TAKEN_LABELS = frozenset({"PLACE", "GPE", "LOC"})
#: the most words after the owner's name
_BODY_WORDS = 4
#: the ids of names the model or a generic pattern found, which an owned body's name may take in
#: ("United States" | "Senate" when the model split the name); a curated name it never takes in
_MODEL_IDS = frozenset({"", "pattern"})


@guarded("natokg_owned_bodies")
def natokg_owned_bodies(doc: Doc) -> Doc:
    """A body's name that opens with its owner's name is one name ("United States Senate", "UN
    Protection Force", "OSCE Kosovo Verification Mission"), where the model and the curated names
    stop at the owner: up to four capitalised words on the owner's line, none in a curated name but a
    place's, the last one or two a body's head (lexicon ``owned_body_heads``, which gives the
    label). A run of such words that ends otherwise is cut after its last head ("NATO Response
    Force Commander" is no body's name, "US Army Europe" is the army's). A country's demonym owns
    the state's own bodies (lexicon ``demonym_body_heads``: "the Romanian Senate", "the Moldovan
    Ministry of Defence"), not its government, which stands for the country ("the Finnish government");
    a programme's or a treaty's name opens a body named after it (lexicon ``instrument_body_heads``:
    "the Science for Peace and Security Committee", "the Brussels Treaty Organisation")."""
    ents = list(doc.ents)
    if not any(e.label_ in _OWNER_LABELS or e.label_ == "NORP" or e.label_ in _INSTRUMENT_LABELS for e in ents):
        return doc
    owned, placed, national = _owned_body_heads(), _placed_body_heads(), _demonym_body_heads()
    label_at = {t: e for e in ents for t in range(e.start, e.end)}
    found: list[Span] = []
    for ent in ents:
        if found and found[-1].end > ent.start:
            continue
        if ent.label_ in _OWNER_LABELS:
            heads = owned
        elif ent.label_ == "NORP" and ent.ent_id_ and len(ent) == 1:  # "the Romanian Senate"
            heads = national
        elif ent.label_ in _INSTRUMENT_LABELS:  # "the Science for Peace and Security Committee"
            heads = _instrument_body_heads()
        else:
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
        if label and ent.label_ in _INSTRUMENT_LABELS:
            if end < len(doc) and (doc[end].is_title or doc[end].lower_ in _NAME_JOINERS):
                continue  # a programme's body ends its name ("Partnership for Peace Centre of Excellence")
        elif label and doc[end - 1].lower_ in placed:
            end = _place_end(doc, end, label_at)  # "African Union Mission in Sudan", "NATO Representation to Ukraine"
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
def _instrument_body_heads() -> dict[str, str]:
    """Heads of a body named after a programme or a treaty (lexicon ``instrument_body_heads``)."""
    return dict.fromkeys(load_lexicon().names["instrument_body_heads"], "ORG")


@lru_cache(maxsize=1)
def _owned_body_heads() -> dict[str, str]:
    return dict(load_lexicon().names["owned_body_heads"])


@lru_cache(maxsize=1)
def _demonym_body_heads() -> dict[str, str]:
    return dict.fromkeys(load_lexicon().names["demonym_body_heads"], "ORG")


@lru_cache(maxsize=1)
def _placed_body_heads() -> frozenset[str]:
    return frozenset(load_lexicon().names["placed_body_heads"])


#: labels whose names are repeated in full where the model missed them (a person's name is left to
#: the resolver's surname matching; groups, numbers and dates are no names)
_REPEATED_LABELS = frozenset({"ORG", "INTL_ORG", "FRAMEWORK", "EVENT", "AGREEMENT", "LAW", "FAC", "COUNTRY"})


#: the owner of the words of a name :func:`natokg_repeated_names` added (no model's name, no second repeat)
_REPEATED = -2


@guarded("natokg_repeated_names")
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
        return run_guarded(self.name, self._add_persons, doc)

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
        return run_guarded(self.name, self._add_acronyms, doc)

    def _add_acronyms(self, doc: Doc) -> Doc:
        n = len(doc)
        if not n:
            return doc
        taken = np.zeros(n, dtype=bool)
        for ent in doc.ents:
            taken[ent.start:ent.end] = True
        pos = doc.to_array(POS)
        # (the tagger takes some acronyms for common nouns: "EULEX"/NNS; the shape test below decides)
        proper = (pos == PROPN) | (pos == NOUN)
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


class LoneNames:
    """``natokg_lone_names``: a capitalised proper noun alone outside every name, no English word
    (by the pipeline's lemmatizer, :func:`english_words`) nor a month ("Stoltenberg, Charles Michel
    and …", "Rasmussen visits Tokyo"). It may be the family name of a person the document named in
    full before, which only the resolver knows: the component marks the tokens (``doc.user_data``
    under :data:`LONE_NAMES`) and the mentions offer them as such."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name
        self.words = _english_hashes(nlp)
        self.excluded = _hashes(w.casefold() for w in load_lexicon().names["not_entities"])

    def __call__(self, doc: Doc) -> Doc:
        return run_guarded(self.name, self._mark, doc)

    def _mark(self, doc: Doc) -> Doc:
        n = len(doc)
        proper = np.append(doc.to_array(POS) == PROPN, False)
        if not proper.any():
            return doc
        taken = np.zeros(n, dtype=bool)
        for ent in doc.ents:
            taken[ent.start:ent.end] = True
        lowers = doc.to_array(LOWER)
        words = _member(lowers, self.words) | _member(lowers, self.excluded) | _member(lowers, _month_hashes())
        alone = proper[:n] & ~taken & ~words & ~proper[1:] & ~np.insert(proper[:n - 1], 0, False)
        marked = [i for i in np.flatnonzero(alone).tolist()
                  if doc[i].is_title and doc[i].is_alpha and len(doc[i]) >= _LONE_NAME_MIN and doc[i].dep_ != "compound"
                  and not self._plural_word(doc[i].lower_)]
        if marked:
            doc.user_data[LONE_NAMES] = marked
        return doc

    def _plural_word(self, lower: str) -> bool:
        """Whether *lower* is the plural of an English word ("partners", "centres", "countries")."""
        stems = [lower[:-1], lower[:-2], lower[:-3] + "y"] if lower.endswith("s") else []
        return bool(stems) and bool(_member(np.array([hash_string(s) for s in stems], dtype=np.uint64), self.words).any())


_LONE_NAME_MIN = 3


@lru_cache(maxsize=1)
def _month_hashes() -> Any:
    """The month names and their abbreviations ("Oct", "Sept"), lower-cased, as :func:`_hashes`."""
    return _hashes(MONTH_WORDS)


@Language.factory("natokg_lone_names")
def make_lone_names(nlp: Language, name: str) -> LoneNames:
    return LoneNames(nlp, name)


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


@guarded("natokg_known_places")
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
    if end - start > 2 and ent.doc[start].lower_ in _negating_prefixes() and ent.doc[start + 1].text in DASHES:
        start += 2
    if (start, end) == (ent.start, ent.end):
        return ent
    return Span(ent.doc, start, end, label=ent.label, kb_id=ent.kb_id, span_id=ent.id) if end > start else None

