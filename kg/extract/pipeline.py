"""The spaCy pipeline: the model plus natokg's components.

* ``attribute_ruler``: the model's own, its patterns run from token arrays (see
  :mod:`kg.extract.attribute_ruler`).
* ``natokg_sentences`` (before the parser): sentences end only after terminal
  punctuation or at a line break, so a parenthesis or a heading-like capital word
  does not cut a sentence in two; a bulleted line that is a sentence starts after its bullet.
  The parser respects preset boundaries. Each cell of a table's line (between pipes, and between
  semicolons on such a line) is parsed apart: a parse across cells joins words of different cells.
* ``natokg_semicolon_clauses``, ``natokg_year_subjects`` and ``natokg_object_relatives`` (after the
  lemmatizer; see :mod:`kg.extract.repairs`): repairs of regular misparses — names after a semicolon
  that open a clause, a year read as a name's number, relative clauses read as complements, participles
  on an object, joining verbs read as participles.
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
* ``natokg_companion_operations`` (after the name components; see :mod:`kg.extract.repairs`): an
  operation's "in" phrase after a verb's unnamed companions is the verb's.
* ``natokg_apposed_relatives`` (after that): a relative
  clause set off after an apposition's place is on the name the apposition describes.
* ``natokg_row_descriptions`` (after that): a noun
  phrase a table's cell holds alone is in apposition to the row's name.
* ``natokg_table_rows`` (after that, once no component re-hangs a token, which re-cuts the
  sentences): a table's line is one sentence again, for the families that read a row.
* ``natokg_relations`` (last): the paragraph's mentions and relations, read where it is
  parsed (see :mod:`kg.extract.component`).

The name components (``natokg_dated_names`` to ``natokg_acronyms``, but the ruler) live in
:mod:`kg.extract.names`; every natokg component fails on one paragraph only (:mod:`kg.extract.guard`).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

import numpy as np
import spacy
from spacy.attrs import IS_PUNCT, IS_SPACE, ORTH, SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from ..config import resolve_model
from ..errors import ConfigError
from ..lexicon import Lexicon, load_lexicon
from .guard import GUARD_KEY, guarded
from .dates import DASHES, dateline_end
from .names import english_words, natokg_repeated_names  # (importing names registers its components)
from .pairs import pipeline_identity, use_vectors_of

__all__ = ["GUARD_KEY", "english_words", "load_nlp", "natokg_repeated_names", "ruler_patterns"]


_TERMINAL = frozenset({".", "!", "?", "…"})
_BULLETS = frozenset({"•", "·", "▪", "◦", "‣", "●", "■"})
_CLOSERS = frozenset({'"', "”", "’", "'", ")", "»"})


@guarded("natokg_sentences")
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
        after = dateline_end(doc, int(start))
        if after:  # "BRUSSELS, 20 February 2002 (news agencies) – Tajikistan …": the news starts its own sentence
            flags[after] = 1
        elif start + 1 < len(doc) and doc[int(start)].text in _BULLETS and _bulleted_sentence(doc, int(start) + 1):
            flags[start + 1] = 1  # "• Finland and Sweden … are now Allies": the model tags a bullet as a name
    rows = _part_cells(doc, flags)
    if rows:
        doc.user_data[_TABLE_LINES] = rows
    doc.from_array([SENT_START], flags.astype(np.uint64))
    return doc


#: ``doc.user_data`` key of the table's lines whose cells are parsed apart (see :func:`_part_cells`)
_TABLE_LINES = "natokg_table_lines"


def _part_cells(doc: Doc, flags: np.ndarray) -> list[tuple[int, int]]:
    """Parse each cell of a table's line apart ("Finland | May 1994 | took part in Cold Response 2022"):
    a parse across cells joins words of different cells, and a cell's clause loses its own arguments.
    The pipes, and the semicolons of a table's line, and the words after them start sentences for the
    parser (*flags* changed in place). Returns the token ranges of the table's lines, which
    :func:`natokg_table_rows` makes one sentence each again for every family that reads a row."""
    if "|" not in doc.text:
        return []
    lines, start = [], 0
    for i, token in enumerate(doc):
        if "\n" in token.text:
            lines.append((start, i + 1))
            start = i + 1
    lines.append((start, len(doc)))
    rows = [(a, b) for a, b in lines if any(doc[t].text == "|" for t in range(a, b))]
    for a, b in rows:
        for mark in (t for t in range(a, b) if doc[t].text in _CELL_MARKS):
            for at in (mark, mark + 1):
                if a < at < b and flags[at] != 1 and "\n" not in doc[at].text and not doc[at].is_space:
                    flags[at] = 1
    return rows


#: what parts a table's line into cells, and a cell into its clauses or items
_CELL_MARKS = frozenset({"|", ";"})


@guarded("natokg_table_rows")
def natokg_table_rows(doc: Doc) -> Doc:
    """A table's line is one sentence again (see :func:`_part_cells`), and only one: not cut after an
    abbreviation's period in a cell ("Readiness Action Plan, incl. the VJTF"), since the families read a
    row whole."""
    rows = doc.user_data.pop(_TABLE_LINES, None)
    if not rows:
        return doc
    flags = doc.to_array([SENT_START]).astype(np.int64)
    for start, end in rows:
        first = next((t for t in range(start, end) if not doc[t].is_space), None)
        if first is not None:
            flags[first + 1:end] = -1
            if first > 0:
                flags[first] = 1
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
    patterns.extend(_designated_place_patterns(lexicon))
    patterns.extend(_facility_patterns(lexicon))
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
            {"label": "ORG", "id": "pattern", "pattern": [*name, point, {"TEXT": "-"}, point]},
            {"label": "ORG", "id": "pattern", "pattern": [*name, point, point]}]  # "Division North East"


def _designated_place_patterns(lexicon: Lexicon) -> list[dict[str, Any]]:
    """ "Uruzgan province", "Helmand province": a name before a lower-case word that says what kind
    of place it is (lexicon ``place_designators``) is a place, whatever the model made of the name
    (it reads "Uruzgan" as a nationality); a demonym before it is none ("the Dutch province")."""
    demonyms = sorted({word.lower() for demonym in lexicon.demonyms for word in demonym.split()})
    name = {"TAG": {"IN": ["NNP", "NNPS"]}, "IS_TITLE": True, "LOWER": {"NOT_IN": demonyms}, "OP": "+"}
    return [{"label": "PLACE", "id": "pattern", "pattern": [name, {"ORTH": word}]}
            for word in lexicon.names["place_designators"]]


def _facility_patterns(lexicon: Lexicon) -> list[dict[str, Any]]:
    """ "Manas air base", "Bagram airfield", "Pratica di Mare air base": a name before lower-case words
    that make it a site's (lexicon ``facility_words``) is one place with them, as "Šiauliai Air Base"
    is; not after a demonym or an alliance's adjective ("a German air base", "Allied airfields")."""
    # (nor a word of a country's, an organisation's or an event's known name: "a United States air base",
    # "Georgia airport", "the Kosovo Force barracks"; nor a date: "Monday airport strikes")
    named = {word.lower() for entity in lexicon.curated.values() if entity.kind != "Place"
             for form in (entity.name, *entity.aliases) for word in form.split()}
    excluded = sorted({word.lower() for demonym in lexicon.demonyms for word in demonym.split()}
                      | set(lexicon.names["allied_adjectives"]) | named)
    name = {"TAG": {"IN": ["NNP", "NNPS"]}, "IS_TITLE": True, "LOWER": {"NOT_IN": excluded},
            "ENT_TYPE": {"NOT_IN": ["DATE", "TIME"]}}
    particle = {"LOWER": {"IN": lexicon.names["name_particles"]}}
    patterns = []
    for words in lexicon.names["facility_words"]:
        # (the words before the last as patterns, so that the ruler runs the pattern only over a text with
        # the last, the rarer: "base", not "military" or "air")
        *before, last = words.split()
        site = [*({"LOWER": {"REGEX": f"^{word}$"}} for word in before), {"LOWER": last}]
        patterns.append({"label": "PLACE", "id": "pattern", "pattern": [{**name, "OP": "+"}, *site]})
        patterns.append({"label": "PLACE", "id": "pattern", "pattern": [name, particle, name, *site]})
    return patterns


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
    from . import repairs as _repairs  # noqa: F401  (registers natokg_semicolon_clauses, natokg_year_subjects,
    # natokg_object_relatives, natokg_event_conjuncts, natokg_companion_operations, natokg_apposed_relatives,
    # natokg_row_descriptions)

    nlp.add_pipe("natokg_semicolon_clauses", after="lemmatizer" if "lemmatizer" in nlp.pipe_names else "parser")
    nlp.add_pipe("natokg_year_subjects", after="natokg_semicolon_clauses")
    nlp.add_pipe("natokg_object_relatives", after="natokg_year_subjects")
    from . import ruler as _  # noqa: F401  (registers natokg_entity_ruler)

    nlp.add_pipe("natokg_dated_names", after="ner")
    ruler = nlp.add_pipe("natokg_entity_ruler", name="natokg_ruler", after="natokg_dated_names")
    nlp.add_pipe("natokg_abbreviated_names", after="natokg_ruler")
    nlp.add_pipe("natokg_joined_persons", after="natokg_abbreviated_names")
    nlp.add_pipe("natokg_designated_units", after="natokg_joined_persons")
    nlp.add_pipe("natokg_owned_bodies", after="natokg_designated_units")
    nlp.add_pipe("natokg_repeated_names", after="natokg_owned_bodies")
    nlp.add_pipe("natokg_known_persons", after="natokg_repeated_names")
    nlp.add_pipe("natokg_known_places", after="natokg_known_persons")
    nlp.add_pipe("natokg_acronyms", after="natokg_known_places")
    nlp.add_pipe("natokg_lone_names", after="natokg_acronyms")
    nlp.add_pipe("natokg_event_conjuncts", after="natokg_lone_names")
    nlp.add_pipe("natokg_companion_operations", after="natokg_event_conjuncts")
    nlp.add_pipe("natokg_apposed_relatives", after="natokg_companion_operations")
    nlp.add_pipe("natokg_row_descriptions", after="natokg_apposed_relatives")
    nlp.add_pipe("natokg_table_rows", after="natokg_row_descriptions")  # (once no component re-hangs a token)
    # names match by ORTH, so their pattern Docs need the tokenizer alone: with the model's
    # components enabled, adding the patterns would parse every name (about 1 s at each start)
    with nlp.select_pipes(enable=[]):
        ruler.add_patterns(ruler_patterns(load_lexicon()))  # type: ignore[attr-defined]
    from . import component  # noqa: F401  (registers natokg_relations)

    nlp.add_pipe("natokg_relations", last=True)
    use_vectors_of(pipeline_identity(nlp))  # the pair model reads context vectors of its own pipeline only
    return nlp
