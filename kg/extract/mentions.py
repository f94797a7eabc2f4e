"""Entity mentions of a parsed paragraph, resolved as far as one paragraph allows.

Each ``doc.ents`` span becomes a :class:`Candidate`: curated entity (ruler id or alias
index), country through a demonym, definite description waiting for its antecedent,
or a new entity typed from its label. Document- and corpus-level resolution
(abbreviations, antecedents, surnames, merging) happens in :mod:`kg.extract.resolve`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from spacy.attrs import DEP, ENT_TYPE, LEMMA, LOWER, ORTH, SHAPE
from spacy.strings import hash_string
from spacy.tokens import Doc, Span, Token

from ..lexicon import Lexicon, load_lexicon
from .dates import normalize_date
from .meetings import meeting_phrase

__all__ = ["Candidate", "abbreviates", "alias_index", "mention_candidates", "normalize_name", "office_name_words"]


@dataclass(frozen=True, slots=True)
class Candidate:
    """A mention before document-level resolution. Offsets index the document text."""

    text: str
    start: int
    end: int
    label: str
    kind: str | None
    key: str | None
    rule: str
    name: str
    #: the abbreviation defined right after this mention, as in "Long Name (LN)"
    defines: str = ""
    #: the mention is the subject of its clause (salience for later pronouns)
    subject: bool = False
    #: for an object pronoun, the character span of its own clause's subject, which it cannot
    #: stand for ("Bahrain joined it": not Bahrain); (0, 0) when there is none
    not_within: tuple[int, int] = (0, 0)
    #: for a group reference, how many it counts ("the two countries"; 0 when it does not say)
    count: int = 0
    #: other forms of the entity as written, besides its name ("informal meeting of NATO Defence
    #: Ministers" of the "2007 Seville informal meeting of NATO Defence Ministers")
    forms: tuple[str, ...] = ()
    #: the mention is in the background of its clause: where it happens ("launched at the Istanbul
    #: Summit") or the owner of what its subject is said to be ("… is a forum of NATO"); a later
    #: object "it" stands for what the clause is about before it stands for such a name
    background: bool = False


@cache
def alias_index() -> dict[str, str]:
    """Folded curated name or alias → entity key."""
    lexicon = load_lexicon()
    index: dict[str, str] = {}
    for entity in lexicon.curated.values():
        for form in (entity.name, *entity.aliases):
            index.setdefault(lexicon.fold(_strip_determiner(form, lexicon)), entity.key)
    return index


#: the entity labels of a country or body that an office is of ("the Finnish president", "Sweden's prime minister")
_OWNER_LABELS = frozenset({"NORP", "GPE", "COUNTRY", "ORG", "INTL_ORG"})
#: classes NER gives a person's name by mistake (a lone surname, a titled name)
PERSON_LOOKALIKES = frozenset({"Organization", "Place"})
#: a regnal number after a monarch's name ("Felipe VI")
_ROMAN = re.compile(r"[IVX]{1,5}")
#: what opens a bullet line: a dash, a bullet sign or an item number ("3." or "3)")
BULLET_MARK = re.compile(r"[-–—•*·▪►]|\d{1,3}[.)]")


def _strip_determiner(text: str, lexicon: Lexicon) -> str:
    first, _, rest = text.partition(" ")
    return rest if rest and first.lower() in lexicon.names["determiners"] else text


def normalize_name(text: str, lexicon: Lexicon | None = None) -> str:
    """Surface form → name: no leading determiner or trailing possessive, one space, plain dashes."""
    lexicon = lexicon or load_lexicon()
    text = " ".join(text.replace("’", "'").replace("–", "-").split())
    text = text.removesuffix("'s").removesuffix("'").strip()
    return _strip_determiner(text, lexicon)


def canonical_name(name: str, lexicon: Lexicon) -> str:
    """The one name of a document known by several shapes (``canonical_names`` in the lexicon:
    "UNSCR 1244", "UN Security Council resolution 1244" → "UN Security Council Resolution 1244")."""
    for pattern, template in lexicon.names["canonical_names"]:
        found = re.fullmatch(pattern, name, re.IGNORECASE)  # (re keeps the compiled patterns)
        if found:
            return found.expand(template)
    return name


def _acts_as_government(root: Token, lexicon: Lexicon) -> bool:
    """A capital that is the subject of a government's act ("Kyiv signed …") or of a relational
    noun ("Vienna has been a steady contributor to KFOR"), or owns what a government has
    ("Tbilisi's plan to join"), stands for its country."""
    while root.dep_ == "conj" and root.head.i != root.i:  # "with Tokyo, Seoul, Canberra and Wellington"
        root = root.head
    if root.dep_ == "poss":  # "Tbilisi's plan to join the Alliance"
        return root.head.lemma_.lower() in lexicon.relations["government_possessions"]
    if root.dep_ == "pobj" and root.head.dep_ == "prep" and root.head.lower_ in lexicon.relations["partner_preps"]:
        # "its partnership with Kabul", "cooperation with Tokyo": a relational noun's other party
        return root.head.head.lemma_.lower() in lexicon.relations["nouns"]
    if root.dep_ not in {"nsubj", "nsubjpass", "agent"}:
        return False
    head = root.head
    if head.pos_ == "VERB" and head.lemma_.lower() in lexicon.relations["government_acts"]:
        return True
    return head.lemma_.lower() in lexicon.relations["linking_verbs"] and any(
        c.dep_ == "attr" and c.lemma_.lower() in lexicon.relations["nouns"] for c in head.children)


def _resolve(span: Span, lexicon: Lexicon, index: dict[str, str],
             own_id: bool = True, name: str = "") -> tuple[str | None, str | None, str]:
    """(kind, key, rule) of a span; kind None and key None means: not an entity.

    *own_id* False for a span cut out of a ruler match (its tokens still carry the match's id);
    *name*: the span's :func:`normalize_name`, when the caller has it."""
    name = name or normalize_name(span.text, lexicon)
    capital = lexicon.capitals.get(name)
    if capital and _acts_as_government(span.root, lexicon):
        return "Country", capital, "capital-for-country"  # "Kyiv signed the Framework Document"
    if span.label_ in _PLACE_LABELS and (summit := _bracketed_summit(span, name, lexicon, index)
                                         or _dated_summit_place(span, name, lexicon, index)):
        return "Event", summit, "curated-by-year"  # "took part in Madrid (2022) and Vilnius (2023)"
    ent_id = span.ent_id_  # (each read makes the string again)
    if own_id and ent_id and ent_id in lexicon.curated and not _other_years_event(span, ent_id, lexicon):
        return lexicon.curated[ent_id].kind, ent_id, "demonym" if span.label_ == "NORP" else "curated-name"
    folded = lexicon.fold(name)
    key = index.get(folded)
    if key and span.label_ == "ANAPHOR" and _only_an_acronym(key, folded, lexicon):
        key = None  # "the Act": not ACT, whose short name only folds to the word
    if key and not _other_years_event(span, key, lexicon):
        return lexicon.curated[key].kind, key, "curated-alias"
    words = name.split()
    for size in range(len(words), 0, -1):  # "Western European", then "Western"
        found = lexicon.demonyms.get(" ".join(words[:size]))
        if found is None:
            continue
        rest = " ".join(words[size:]).lower()
        if not rest:
            return lexicon.curated[found].kind, found, "demonym"
        if rest in lexicon.names["institutions"]:
            return lexicon.curated[found].kind, found, "demonym-institution"
        break
    if span.label_ == "ANAPHOR":
        return None, None, "anaphor"
    if span.label_ == "EVENT":  # "the Washington Summit … in April 1999": the 1999 summit
        place = _place_after(span, lexicon)  # "the NATO Summit in Madrid in June 2022": Madrid's 2022 summit
        for year in _years(span.sent):
            for form in (f"{name} {year}", *((f"{place} {span[-1].text} {year}",) if place else ())):
                key = index.get(lexicon.fold(form))
                if key:
                    return lexicon.curated[key].kind, key, "curated-by-year"
        if _generic_summit(words, lexicon):  # "the NATO Leaders' Summit … 2023": the one summit of that year
            summits = {key for year in _years(span.sent) for key in _summits_by_year().get(year, ())}
            if len(summits) == 1:
                key = summits.pop()
                return lexicon.curated[key].kind, key, "curated-by-year"
    if folded in lexicon.names["web_debris"] or folded in lexicon.names["not_entities"] \
            or any(mark in name for mark in lexicon.names["debris_marks"]):
        return None, None, "dropped"
    if words[0].lower() in lexicon.names["part_heads"] and len(words) > 1 and words[1][:1].isdigit():
        return "Agreement", None, "part-of-agreement"  # "Article 10" stands for its treaty
    if folded in lexicon.names["accession_instruments"]:
        return "Agreement", None, "accession-instrument"  # named by whose it is: see _instrument_owners
    if folded in lexicon.names["national_missions"]:
        if span.end < len(span.doc) and span.doc[span.end].pos_ == "PROPN":
            return None, None, "dropped"  # ("Delegation to NATO Parliamentary Assembly": another name's start)
        return "Organization", None, "national-mission"  # "Japan's Mission to NATO": see _mission_owner
    kind = lexicon.labels.get(span.label_)
    if kind is None or not any(ch.isupper() for ch in name):
        return None, None, "dropped"
    if all(word in lexicon.names["generic_terms"] for word in folded.split()):
        return None, None, "dropped"
    if all(word.lower() in lexicon.names["honorifics"] for word in words):
        return None, None, "dropped"  # "Major General": a rank, no name
    if len(words) == 1 and (folded in lexicon.names["person_titles"] or folded in lexicon.relations["titles"]):
        return None, None, "dropped"  # "headed by a Commandant": an office, no name
    if _headline(span) or _infobox_label(span, lexicon) or _source_label(span) or _titled_possessive(span, lexicon) \
            or _header_cell(span, lexicon):
        return None, None, "dropped"
    if kind in PERSON_LOOKALIKES and (_after_person_title(span, lexicon) or _ranked_name(span, lexicon)):
        return "Person", None, "titled-person"  # "President Sauli Niinistö": NER's organisation is a person
    if kind == "Person" and any(word.lower() in lexicon.names["venue_words"] for word in words):
        return "Place", None, "venue"  # "Feira Internacional de Lisboa": NER's person is a venue
    if kind in _PLACE_LOOKALIKES and _placed_in_country(span, lexicon):
        return "Place", None, "place-of-country"  # "at Pratica di Mare, Italy": NER's person is a town
    if kind == "Organization" and operation_noun(span, lexicon) is not None:
        return "Event", None, "named-operation"  # "the AU mission in Somalia (AMISOM)": a mission, not a body
    return kind, None, "pattern" if ent_id == "pattern" else "ner"


#: what NER takes a little-known town for
_PLACE_LOOKALIKES = frozenset({"Organization", "Person"})
_BODY_LABELS = frozenset({"ORG", "INTL_ORG"})


def _placed_in_country(span: Span, lexicon: Lexicon) -> bool:
    """ "in Garmisch-Partenkirchen, Germany", "at Pratica di Mare, Italy", "at Šiauliai, in
    Lithuania,": a name that a place preposition opens and a country alone closes after a comma, or
    an "in" after it, names a town (not "Jens Stoltenberg, Norway", which no place preposition opens,
    nor "from Saab, in Sweden": a company's products come "from" it too)."""
    doc, start, end = span.doc, span.start, span.end
    # (or a comma after a body's name: "Combined Air Operations Centre, Poggio Renatico, Italy")
    if start < 2 or doc[start - 1].lower_ not in lexicon.relations["event_place_preps"] and not (
            doc[start - 1].text == "," and doc[start - 2].ent_type_ in _BODY_LABELS) \
            or end + 1 >= len(doc) or doc[end].text != ",":
        return False
    country = end + 2 if doc[end + 1].lower_ == "in" and end + 2 < len(doc) else end + 1
    if doc[country].ent_type_ != "COUNTRY":
        return False
    close = country + 1
    while close < len(doc) and doc[close].ent_iob_ == "I":
        close += 1
    return close >= len(doc) or doc[close].is_punct or doc[close].is_space


def _only_an_acronym(key: str, folded: str, lexicon: Lexicon) -> bool:
    """Whether every curated form of *key* that folds to *folded* is written in capitals ("ACT")."""
    entity = lexicon.curated[key]
    forms = [f for f in (entity.name, *entity.aliases) if lexicon.fold(f) == folded]
    return bool(forms) and all(f.isupper() for f in forms)


#: how many tokens a bracketed abbreviation takes after a name ("(OAE)")
_ABBREVIATION_TOKENS = 3


def operation_noun(span: Span, lexicon: Lexicon) -> Token | None:
    """The operation noun a name is given to, bracketed after it or following it ("the AU mission in
    Somalia (AMISOM)", "AMIS, the AU mission in Darfur"): surface shapes, as the parser attaches
    such names anywhere."""
    nouns, doc = lexicon.relations["operation_nouns"], span.doc
    root = span.root
    if root.dep_ == "compound" and root.head.i == span.end and root.head.is_lower and root.head.lemma_.lower() in nouns:
        return root.head  # "the United Protector campaign"
    for child in root.rights:  # "Operation Active Endeavour (OAE), the Alliance's maritime operation in …"
        comma = child.left_edge.i - 1
        if child.dep_ == "appos" and child.pos_ == "NOUN" and child.is_lower and child.lemma_.lower() in nouns \
                and doc[comma].text == "," and span.end <= comma <= span.end + _ABBREVIATION_TOKENS:
            return child
    if span.start >= 2 and doc[span.start - 1].text == "(" and span.end < len(doc) and doc[span.end].text == ")":
        node = doc[span.start - 2]
        while node.dep_ == "appos" and node.head.i < node.i:  # "in Darfur, Sudan (AMIS)"
            node = node.head
        if node.dep_ == "pobj" and node.head.dep_ == "prep":  # "mission in Somalia (AMISOM)"
            node = node.head.head
        return node if node.pos_ == "NOUN" and node.lemma_.lower() in nouns else None
    if span.end + 1 < len(doc) and doc[span.end].text in {",", "–", "—"}:
        for token in doc[span.end + 1:span.end + 6]:  # "AMIS, the AU mission in …"
            if token.pos_ == "NOUN":
                return token if token.lemma_.lower() in nouns else None
            if token.pos_ not in {"DET", "PROPN", "ADJ"}:
                return None
    return None


def _titled_possessive(span: Span, lexicon: Lexicon) -> bool:
    """ "General's Special" (of "Secretary General's Special Representative"): a rank's possessive
    and the words after it, no name."""
    return len(span) > 1 and span[1].text in {"'s", "’s"} and span[0].lower_ in lexicon.names["honorifics"]


def _source_label(span: Span) -> bool:
    """ "EurActiv, 23.03.17: Senate backs Montenegro's membership": the outlet that a line of
    references opens with, before the date and the headline, takes no part in the headline."""
    doc = span.doc
    if span.end >= len(doc) or doc[span.end].text != "," or not _at_line_start(span):
        return False
    for token in doc[span.end + 1:span.end + 8]:
        if token.text == ":":
            return token.i > span.end + 1
        if not (token.like_num or token.ent_type_ == "DATE" or token.is_punct):
            return False
    return False


def _at_line_start(span: Span) -> bool:
    """Whether *span* opens a line (the token before it ends one; never the doc's whole text)."""
    return at_line_start(span.doc, span.start)


def at_line_start(doc: Doc, i: int) -> bool:
    """Whether token *i* opens a line of *doc*."""
    return i == 0 or "\n" in doc[i - 1].text_with_ws


def _infobox_label(span: Span, lexicon: Lexicon) -> bool:
    """ "Motto Union", "Formation", "Type Military": the label of an infobox row that the model
    took into a name, at the start of a line."""
    first = span[0]
    return first.is_title and first.lower_ in lexicon.relations["infobox_labels"] and _at_line_start(span)


def _header_cell(span: Span, lexicon: Lexicon) -> bool:
    """ "Participants", "Host nation": a whole cell of a table row that names a column (lexicon
    ``table_columns``, ``list_headings``), which the model took for a name."""
    doc = span.doc
    bounds = [doc[span.start - 1].text if span.start > 0 else "\n", doc[span.end].text if span.end < len(doc) else "\n"]
    if "|" not in bounds or not all(b == "|" or b.isspace() for b in bounds):
        return False
    folded = span.text.lower()
    return folded in lexicon.relations["table_columns"] or folded in lexicon.relations["list_headings"]


def _other_years_event(span: Span, key: str, lexicon: Lexicon) -> bool:
    """A curated event of one year named in a sentence that gives only other years: "the
    NATO-Russia Summit in Rome on 28 May 2002" is not the Rome Summit of 1991."""
    entity = lexicon.curated[key]
    if entity.kind != "Event":
        return False
    own = {w for w in f"{entity.name} {' '.join(entity.aliases)}".split() if w.isdigit() and len(w) == 4}
    if not own or any(t.shape_ == "dddd" for t in span):
        return False
    # the year must be the summit's own: in the phrase right after it ("the Summit in Rome on 28 May 2002"),
    # not elsewhere in the sentence ("At the Istanbul Summit, NATO launched the ICI, which Kuwait joined in 2005")
    for token in span.doc[span.end:min(span.end + 6, span.sent.end)]:
        if token.is_punct and token.ent_type_ != "DATE" or token.pos_ in {"VERB", "AUX"}:
            return False  # (the comma of "on May 28, 2002" is the date's own)
        if token.shape_ == "dddd" and token.ent_type_ == "DATE":
            return token.text not in own
    return False


def _dated_event(span: Span, name: str, lexicon: Lexicon) -> str:
    """An unnamed summit or meeting ("NATO Summit") with the year the text gives it ("the 2009
    NATO Summit", or the one year of its sentence), so that summits of different years stay
    different entities."""
    words = name.split()
    if len(words) > 2 and words[0].lower() in lexicon.names["dated_event_heads"] and words[1].lower() in {"in", "at"}:
        name = f"{' '.join(words[2:])} {words[0]}"  # "Summit in Rome" is the Rome Summit (of its year)
    if name.split()[-1].lower() not in lexicon.names["dated_event_heads"] or any(ch.isdigit() for ch in name):
        return name
    before = span.doc[span.start - 1] if span.start > 0 else None
    if before is not None and before.shape_ == "dddd" and before.ent_type_ == "DATE":
        return f"{name} {before.text}"
    years = set(_years(span.sent))
    return f"{name} {years.pop()}" if len(years) == 1 else name


def _generic_summit(words: list[str], lexicon: Lexicon) -> bool:
    """ "NATO Summit", "NATO Leaders' Summit": a summit named by no place."""
    return len(words) > 1 and words[-1].lower() == "summit" and all(
        w.lower().rstrip("'’") in lexicon.names["generic_summit_words"] for w in words[:-1])


@cache
def _summits_by_year() -> dict[str, frozenset[str]]:
    """The curated summits of each year (from the year in their names)."""
    found: dict[str, set[str]] = {}
    for key, entity in load_lexicon().curated.items():
        if entity.kind == "Event" and "Summit" in entity.name:
            for word in f"{entity.name} {' '.join(entity.aliases)}".split():
                if word.isdigit() and len(word) == 4:
                    found.setdefault(word, set()).add(key)
    return {year: frozenset(keys) for year, keys in found.items()}


#: the most words of a bracket after a place that may hold its summit's year ("Madrid (28-30 June 2022)")
_BRACKET_WORDS = 8


def _bracketed_summit(span: Span, name: str, lexicon: Lexicon, index: dict[str, str]) -> str | None:
    """The curated summit a place stands for with the year bracketed after it ("Madrid (2022)",
    "Washington (9-11 July 2024)"): a place so dated is where the summit of that year met."""
    doc = span.doc
    if span.end >= len(doc) or doc[span.end].text != "(":
        return None
    for token in doc[span.end + 1:min(span.end + 1 + _BRACKET_WORDS, len(doc))]:
        if token.text == ")":
            return None
        if token.shape_ == "dddd":
            return index.get(lexicon.fold(f"{name} Summit {token.text}"))
    return None


#: the most words of the date after a place that may hold its summit's year ("Vilnius on 11-12 July 2023")
_DATE_WORDS = 6
#: the most words between a summit word and the place its phrase names ("a NATO summit for the first time in Madrid")
_SUMMIT_REACH = 6


def _dated_summit_place(span: Span, name: str, lexicon: Lexicon, index: dict[str, str]) -> str | None:
    """The curated summit a place stands for when the text dates the place with that summit's year
    and the place is where leaders were, not where a thing is ("at Vilnius in 2023", "their
    attendance in Vilnius in July 2023", "invited again to Vilnius in 2023" in a sentence on
    summits); never the place of a summit word's own phrase ("the summit … in Madrid in 2022")."""
    doc = span.doc
    if span.start == 0:
        return None
    before = doc[span.start - 1]
    if before.lower_ in {"and", ","} and span.root.dep_ == "conj" and span.root.head.i > 0:
        before = doc[span.root.head.i - 1]  # "in Vilnius in 2023 and Washington in 2024": Vilnius's word
    if before.lower_ not in lexicon.relations["summit_place_preps"]:
        return None
    key = _summit_by_date(span, name, lexicon, index)  # (the cheapest test that fails for most places: first)
    if key is None or _summit_word_before(span, lexicon) or _holding_place(before, lexicon):
        return None  # "the summit … held in Lisbon on 19 November 2010", "an office opened in Brussels in 2018"
    if before.i > 0 and lexicon.labels.get(doc[before.i - 1].ent_type_) is not None:
        return None  # "The NATO Defense College at Rome in 1991": where the name before it is
    if before.lower_ == "at":
        return key
    # "their attendance in Vilnius in July 2023", in a sentence on summits (not "Ahead of the summit,
    # Finland opened an embassy in Vilnius in 2023", nor "Sweden joined NATO in Washington on 7 March 2024")
    if any(t.lemma_.lower() == "summit" for t in span.sent) \
            and before.head.lemma_.lower() in lexicon.relations["summit_presence_words"]:
        return key
    return None


def _holding_place(prep: Token, lexicon: Lexicon) -> bool:
    """Whether *prep* gives where its verb's event was held or its thing is ("held in", "took place in",
    "opened in", "located at")."""
    verb = prep.head
    return verb.pos_ in {"VERB", "AUX"} and lexicon.relations["verb_preps"].get(
        f"{_holding_phrase(verb, lexicon)} {prep.lower_}") in {"heldIn", "locatedIn"}


def _holding_phrase(verb: Token, lexicon: Lexicon) -> str:
    """A verb with its particle or object of holding ("take place", "hold")."""
    return " ".join([verb.lemma_.lower(), *(c.lower_ for c in verb.children if c.dep_ in {"prt", "dobj"}
                                            and c.lower_ in lexicon.names["holding_objects"])])


def _summit_by_date(span: Span, name: str, lexicon: Lexicon, index: dict[str, str]) -> str | None:
    """The curated summit of place *span* in the year of the date right after it ("Vilnius in July
    2023", "Madrid on 29 June 2022"), or None."""
    doc = span.doc
    if span.end + 1 >= len(doc) or doc[span.end].lower_ not in {"in", "on"} or doc[span.end + 1].ent_type_ != "DATE":
        return None
    words = doc[span.end + 1:min(span.end + 1 + _DATE_WORDS, len(doc))]
    at = next((n for n, t in enumerate(words) if t.ent_type_ == "DATE" and t.shape_ == "dddd"), None)
    if at is None:
        return None
    key = index.get(lexicon.fold(f"{name} Summit {words[at].text}"))
    month = lexicon.names["summit_months"].get(key or "")
    date = normalize_date(words[:at + 1].text)
    if key is None or month is not None and date[5:7].isdigit() and int(date[5:7]) != month:
        return None  # "Brussels in November 2021": not the summit of June 2021
    return key


def _summit_word_before(span: Span, lexicon: Lexicon) -> bool:
    """Whether a summit word whose phrase runs on to *span* comes before it ("the summit in Madrid",
    "a NATO summit for the first time in Madrid"): that word is the summit's mention."""
    doc = span.doc
    for token in reversed(doc[max(span.sent.start, span.start - _SUMMIT_REACH):span.start]):
        if token.lower_ in lexicon.names["dated_event_heads"]:
            return True
        if token.is_punct or token.pos_ in {"VERB", "AUX"}:
            return False
    return False


def _summit_place_after(token: Token, lexicon: Lexicon, index: dict[str, str]) -> str | None:
    """The curated summit of a dated place a few words on in a summit word's phrase ("attended a
    NATO summit for the first time in Madrid in June 2022"), or None."""
    doc = token.doc
    for other in doc[token.i + 1:min(token.i + 1 + _SUMMIT_REACH, token.sent.end)]:
        if other.is_punct or other.pos_ in {"VERB", "AUX"}:
            return None
        if other.ent_iob_ == "B" and other.ent_type_ in _PLACE_LABELS:
            span = next((e for e in doc.ents if e.start == other.i), None)
            return _summit_by_date(span, span.text, lexicon, index) if span is not None else None
    return None


def _years(sent: Span) -> list[str]:
    """The four-digit years of *sent*'s dates."""
    return [t.text for t in sent if t.ent_type_ == "DATE" and t.shape_ == "dddd"]


def strip_honorifics(name: str, lexicon: Lexicon, keep: int = 1) -> str:
    """A person's name without the forms of address and ranks before it and the letters after it,
    keeping at least *keep* words ("General Petr Pavel", "Field Marshal Erwin Rommel", "Mike Utley OBE"
    → "Petr Pavel", "Erwin Rommel", "Mike Utley")."""
    words = name.split()
    offices = _offices()
    while len(words) > 1 and words[0].lower().removesuffix("s") in offices:
        words = words[1:]  # "EU Presidents Tusk and Juncker": an office is never part of a name
    def rank(word: str) -> bool:
        return all(w in lexicon.names["honorifics"] for w in word.lower().split("-"))

    leading = next((n for n, w in enumerate(words) if not rank(w)), len(words))
    if leading >= 2 and leading < len(words):  # "Lieutenant General Schreurs": a rank of two words is never a name
        words = words[leading:]
    while len(words) > keep and rank(words[0]):
        words = words[1:]  # "General", "Lieutenant-Colonel"
    while len(words) > keep and words[-1].lower().strip(",") in lexicon.names["post_nominals"]:
        words = words[:-1]  # "Mike Utley OBE"
    if len(words) > 2 and words[-1] == words[-2]:
        words = words[:-1]  # "Jens Stoltenberg Stoltenberg": a page's caption run into the text
    return " ".join(words)


_PLACE_LABELS = frozenset({"GPE", "LOC", "PLACE", "COUNTRY", "FAC"})


def _place_after(span: Span, lexicon: Lexicon) -> str:
    """The place named right after an event's name ("Summit in Madrid"), or ""."""
    doc = span.doc
    if span.end + 1 >= len(doc) or doc[span.end].lower_ not in lexicon.relations["event_place_preps"] \
            or doc[span.end + 1].ent_type_ not in _PLACE_LABELS or doc[span.end + 1].ent_iob_ != "B":
        return ""
    end = span.end + 2
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return doc[span.end + 1:end].text


def _place_before(token: Token) -> str:
    """The place named right before a lower-case event word ("the Madrid summit"), or ""."""
    doc = token.doc
    end = token.i
    if not end or doc[end - 1].ent_type_ not in _PLACE_LABELS:
        return ""
    start = end - 1
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    return doc[start:end].text


def _summit_of(token: Token, place: str, years: list[str], lexicon: Lexicon, index: dict[str, str]) -> str | None:
    """The curated summit of *place* in the first of *years* that has one ("Vilnius summit 2023")."""
    return next((key for year in years if (key := index.get(lexicon.fold(f"{place} {token.text} {year}")))), None)


def _alliance_summit(token: Token, lexicon: Lexicon) -> bool:
    """A summit word that no other body's name qualifies ("the NATO summit", "the 2023 summit", not "the
    G20 summit", "the European Council summit")."""
    return all(c.is_lower or c.ent_type_ == "DATE" or c.lower_.rstrip("'’") in lexicon.names["generic_summit_words"]
               for c in token.children if c.dep_ in {"compound", "amod", "nmod", "poss"})


def _place_by_verb(token: Token, lexicon: Lexicon) -> str:
    """The place where the verb a lower-case event word is the subject of holds it ("the next NATO
    summit will be held in The Hague", "the summit took place in Vilnius"), or ""."""
    verb = token.head
    if token.dep_ not in {"nsubj", "nsubjpass"} or verb.pos_ not in {"VERB", "AUX"}:
        return ""
    phrase = _holding_phrase(verb, lexicon)
    for prep in (c for c in verb.children if c.dep_ == "prep"):
        if lexicon.relations["verb_preps"].get(f"{phrase} {prep.lower_}") != "heldIn":
            continue
        for place in (o for o in prep.children if o.dep_ == "pobj" and o.ent_type_ in _PLACE_LABELS):
            span = next((e for e in token.doc.ents if e.start <= place.i < e.end), None)
            if span is not None:
                return span.text
    return ""


@cache
def _hyphen_words() -> frozenset[str]:
    """Words that follow a name after a hyphen without being part of it ("Putin-backed")."""
    return frozenset(load_lexicon().names["hyphen_suffix_words"])


@cache
def _not_given_names() -> frozenset[str]:
    """Words before a name that are part of an office or a form of address, not of the name."""
    names = load_lexicon().names
    return _offices() | frozenset(names["honorifics"]) | frozenset(names["title_words"])


@cache
def _offices() -> frozenset[str]:
    """Words of an office, never part of a person's name ("President", "Special Envoy")."""
    names = load_lexicon().names
    return frozenset(names["person_titles"]) | frozenset(names["office_words"])


def _whole_person(span: Span) -> Span:
    """A person's name with the given name NER left out ("Anders" of "Anders Fogh Rasmussen"):
    one title-case proper noun right before it that is no entity, title or honorific; and the
    lower-case end of a hyphenated given name ("Yoon Suk-yeol")."""
    doc = span.doc
    if span.end + 1 < len(doc) and doc[span.end].text == "-" and not doc[span.end - 1].whitespace_ \
            and not doc[span.end].whitespace_ and doc[span.end + 1].is_alpha and doc[span.end + 1].is_lower \
            and doc[span.end + 1].lower_ not in _hyphen_words():  # "Suk-yeol", not "Putin-backed", "Kallas-led"
        span = Span(doc, span.start, span.end + 2, label=span.label_)
    if span.start == 0:
        return span
    token = span.doc[span.start - 1]
    if token.pos_ != "PROPN" or not token.is_title or token.ent_type_ or token.lower_ in _not_given_names():
        return span
    return Span(span.doc, token.i, span.end, label=span.label_)


_FUNCTION_TAGS = frozenset({"IN", "DT", "TO", "CC", "PRP$", "PRP"})
_FINITE_TAGS = frozenset({"MD", "VBZ", "VBP", "VBD"})


def _headline(span: Span) -> bool:
    """A headline in title case that the model took for a name ("Claes' Resignation Leaves Nato
    In A Lurch", "Partners Get Closer", "Its Asian Supporters"): a capitalised finite verb or two
    capitalised function words inside it, where a name keeps them lower case ("Partnership for
    Peace"; one may be capitalised: "Defence Against Terrorism COE")."""
    inner = [t for t in span[1:] if t.is_title]
    return (sum(t.tag_ in _FUNCTION_TAGS for t in inner) >= 2 or any(t.tag_ in _FINITE_TAGS for t in inner)
            or len(span) >= 2 and span[0].tag_ in {"PRP$", "PRP"})


def _ranked_name(span: Span, lexicon: Lexicon) -> bool:
    """ "General Petr Pavel", "Cpl Jean-Roch Chabot": a rank or form of address, then a short
    title-case name with no word of an institution's name."""
    words = span.text.split()
    if len(words) < 3 or len(words) > 5 or words[0].lower() not in lexicon.names["honorifics"]:
        return False
    rest = span[1:]
    return all(t.is_title or t.text == "-" for t in rest) and not any(
        t.lower_ in lexicon.names["institutions"] or t.lower_ in lexicon.names["generic_terms"] for t in rest)


def _succeeded_person(root: Token, lexicon: Lexicon) -> bool:
    """*root* is what a verb of succession with a preposition reaches ("takes over from Luns", "hands
    over to Rutte") and the verb's subject is a person's name."""
    if root.dep_ != "pobj" or root.head.dep_ != "prep":
        return False
    verb = root.head.head
    particles = [c.lower_ for c in verb.children if c.dep_ == "prt"]
    phrase = " ".join([verb.lemma_.lower(), *particles, root.head.lower_])
    return lexicon.relations["verb_preps"].get(phrase) == "succeeded" and any(
        c.dep_ == "nsubj" and c.ent_type_ == "PERSON" for c in verb.children)


def _as_office(verb: Token, lexicon: Lexicon) -> bool:
    """*verb* says in what office ("… as Secretary General", "as chair of the Committee")."""
    return any(c.dep_ == "prep" and c.lower_ in lexicon.relations["as_preps"] and any(
        o.dep_ == "pobj" and _office_word(o, lexicon) for o in c.children) for c in verb.children)


def _office_word(token: Token, lexicon: Lexicon) -> bool:
    """A person's title, or the last word of an office's ("chairperson", "Secretary General")."""
    return token.lower_ in lexicon.names["person_titles"] or token.lower_ in _title_heads()


@cache
def _title_heads() -> frozenset[str]:
    return frozenset(title.rsplit(" ", 1)[-1] for title in load_lexicon().relations["titles"])


def _instrument_owners(span: Span, lexicon: Lexicon, index: dict[str, str]) -> list[str]:
    """The countries an accession instrument is of: a possessive right before it ("Sweden's
    accession protocol", "Stockholm's") or the names after its "for" or "of" ("the Accession
    Protocols for Finland and Sweden"), by their curated names in alphabetical order."""
    doc = span.doc
    by_end = {ent.end: ent for ent in doc.ents}
    by_start = {ent.start: ent for ent in doc.ents}
    names: list[Span] = []
    if span.start >= 2 and doc[span.start - 1].tag_ == "POS" and span.start - 1 in by_end:
        names.append(by_end[span.start - 1])
    elif span.start >= 1 and doc[span.start - 1].tag_ == "PRP$" and span.root.dep_ == "dobj":
        # "North Macedonia signed its accession protocol": the clause's subject's
        by_token = {t: ent for ent in doc.ents for t in range(ent.start, ent.end)}
        names += [by_token[t.i] for c in span.root.head.children if c.dep_ == "nsubj"
                  for t in (c, *c.conjuncts) if t.i in by_token]  # ("Sweden and Finland signed their …")
    elif span.end + 1 < len(doc) and doc[span.end].lower_ in lexicon.names["instrument_owner_preps"]:
        joiners = lexicon.relations["function_words"]["list_joiners"]
        i = span.end + 1
        while i < len(doc):
            if i in by_start:
                names.append(by_start[i])
                i = by_start[i].end
            elif doc[i].lower_ in joiners and (names or doc[i].lower_ == "the"):  # ", and", "the"
                i += 1
            else:
                break
    owners = set()
    for ent in names:
        kind, key, _ = _resolve(ent, lexicon, index)
        if key is None or kind != "Country":
            return []
        owners.add(lexicon.curated[key].name)
    return sorted(owners)  # (one name however the text orders them: "for Sweden and Finland")


def _mission_owner(span: Span, lexicon: Lexicon, index: dict[str, str]) -> str | None:
    """The curated name of the one country whose diplomatic mission to NATO *span* is: a possessive or a
    nationality right before it ("Japan's Mission to NATO", "the Swiss Mission to NATO"), else the subject
    of the clause it is the object of ("Japan established a Mission to NATO in 2018"), or None."""
    doc = span.doc
    by_token = {t: ent for ent in doc.ents for t in range(ent.start, ent.end)}
    before = span.start - 2 if span.start >= 2 and doc[span.start - 1].tag_ == "POS" else span.start - 1
    owners = [by_token[before]] if before >= 0 and before in by_token else []
    if any(c.dep_ == "det" and c.lower_ in lexicon.relations["function_words"]["negating_values"]
           for c in span.root.children) or any(c.dep_ == "neg" for c in span.root.head.children):
        return None  # ("China has no Mission to NATO", "Brazil does not have a Mission to NATO")
    if not owners and span.root.dep_ == "dobj":
        owners = list(dict.fromkeys(by_token[t.i] for c in span.root.head.children if c.dep_ == "nsubj"
                                    for t in (c, *c.conjuncts) if t.i in by_token))
    keys = {key for ent in owners for kind, key, _ in (_resolve(ent, lexicon, index),) if kind == "Country"}
    return lexicon.curated[keys.pop()].name if len(keys) == 1 and len(owners) == 1 else None


def _instrument_title(name: str) -> str:
    """ "Accession Protocol(s)" however written ("protocol of accession"), "Instrument(s) of Accession"."""
    words = name.lower().split()
    if words[0].startswith("protocol") or words[-1].startswith("protocol"):
        return "Accession Protocols" if "protocols" in words else "Accession Protocol"
    return " ".join(w if w == "of" else w.capitalize() for w in words)


def _joined(names: list[str]) -> str:
    """ "Finland and Sweden", "Albania, Croatia and Greece"."""
    return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} and {names[-1]}"


def _given_name_shape(span: Span) -> bool:
    """Words shaped like a person's names: each a capital and lower-case letters, no acronym, no digit,
    or a hyphen inside one ("Paul-Henri Spaak")."""
    return all(t.is_alpha and t.is_title and len(t) > 1 or t.text == "-" and span.start < t.i < span.end - 1
               for t in span)


def _after_person_title(span: Span, lexicon: Lexicon) -> bool:
    """A short title-case name right after a person's title ("Prime Minister", "President")."""
    if not 1 <= len(span) <= 4 or not all(t.is_title or t.text == "-" for t in span):
        return False
    if any(t.lower_ in lexicon.names["institutions"] or t.lower_ in lexicon.names["generic_terms"] for t in span):
        return False
    if span.start > 0 and span.doc[span.start - 1].lower_ in lexicon.names["person_titles"]:
        return True
    office = span.root.head
    if span.root.dep_ == "appos" and office.lower_ in lexicon.names["person_titles"] \
            and any(c.dep_ == "prep" and c.lower_ == "of" or c.dep_ == "poss" for c in office.children):
        # "the Prime Minister of Sweden, Ulf Kristersson,", "Its president, Sauli Niinistö," (not a
        # table's "Admiral, Navy")
        return True
    if _given_name_shape(span) and any(
            c.dep_ == "appos" and c.i > span.end and _office_word(c, lexicon)
            and any(p.dep_ == "prep" and p.lower_ == "of" or p.dep_ in {"poss", "amod"} and p.ent_type_ in _OWNER_LABELS
                    for p in c.children) for c in span.root.children):
        # "Alpha Oumar Konaré, the chairperson of the African Union Commission, …", "Sauli Niinistö, the
        # Finnish president, …"
        return True
    verbs = lexicon.relations["verbs"]
    if span.root.dep_ in {"nsubj", "dobj"} and _given_name_shape(span) \
            and verbs.get(span.root.head.lemma_.lower()) == "succeeded" and _as_office(span.root.head, lexicon):
        return True  # "Dirk Stikker followed Paul-Henri Spaak as Secretary General": who succeeds to an office
    if _given_name_shape(span) and _succeeded_person(span.root, lexicon):
        return True  # "Lord Carrington takes over from Luns": a person takes over from a person
    # "Petr Pavel was elected President …", "X became Prime Minister", "X was secretary-general of
    # NATO": the subject of an office (capitalised, or hyphenated, which only an office is)
    if span.root.dep_ not in {"nsubj", "nsubjpass"}:
        return False
    if span.root.dep_ == "nsubj" and 2 <= len(span) <= 3 and verbs.get(span.root.head.lemma_.lower()) == "leaderOf" \
            and _given_name_shape(span):
        return True  # "Petr Pavel chaired the Military Committee": who leads a body is a person
    for office in (c for c in span.root.head.children if c.dep_ in {"attr", "oprd"}):
        word = office.lower_
        if office.i + 2 < len(office.doc) and office.doc[office.i + 1].text == "-":
            word = f"{word}-{office.doc[office.i + 2].lower_}"
        if word in lexicon.names["person_titles"] and (office.is_title or "-" in word):
            return True
    return False


def mention_candidates(doc: Doc, offset: int = 0) -> list[Candidate]:
    """Candidates for ``doc.ents`` (drops what is not an entity), offsets shifted by *offset*."""
    lexicon = load_lexicon()
    index = alias_index()
    found: list[Candidate] = []
    for span in (part for ent in doc.ents for dashed in _split_dashed(ent) for part in _split_coordinated(_trim(dashed))):
        if span.label_ == "PERSON":
            span = _whole_person(span)
        text = span.text
        name = normalize_name(text, lexicon)
        kind, key, rule = _resolve(span, lexicon, index, name=name)
        if rule == "dropped":
            continue
        defines = _defined_abbreviation(span)
        if key is None and not defines:
            name, defines = _inner_abbreviation(span, name, lexicon)
        forms: tuple[str, ...] = ()
        if kind == "Event" and key is None and (meeting := meeting_phrase(span.root, lexicon, named=True)):
            # "meeting of NATO Defence Ministers in Seville": the phrase and the recognised name are forms
            forms = tuple(dict.fromkeys(f for f in (meeting[1], name) if f != meeting[0]))
            name = meeting[0]
        elif kind == "Event" and key is None:
            name = _dated_event(span, name, lexicon)
            if name.split(" ", 1)[0].lower() in lexicon.names["event_name_openers"] and " " in name:
                name = name.split(" ", 1)[1]  # "Exercise Trident Juncture 2018", "code-named Rapid Trident 2015"
            if name.rsplit(" ", 1)[-1].lower() in lexicon.names["event_name_closers"] and " " in name:
                name = name.rsplit(" ", 1)[0]  # "the Steppe Eagle exercise"
        elif kind == "Person" and key is None:
            name = strip_honorifics(name, lexicon, keep=2)
        elif rule == "national-mission":
            owner = _mission_owner(span, lexicon, index)
            if owner is None:
                continue  # ("a mission to NATO" of no country named: no entity of its own)
            head, rest = name.split(" ", 1)
            forms, name = (name,), f"{head.capitalize()} of {owner} {rest}"  # "Mission of Japan to NATO"
        elif rule == "accession-instrument":
            owners = _instrument_owners(span, lexicon, index)
            if owners:  # "Sweden's accession protocol", "the Accession Protocols for Finland and Sweden"
                forms, name = (name,), f"{_instrument_title(name)} for {_joined(owners)}"
            else:  # "the Accession Protocols", "its accession protocol": the one the text named last, if any
                rule = "instrument-description"
        elif kind == "Agreement" and key is None and (canonical := canonical_name(name, lexicon)) != name:
            forms, name = (name,), canonical  # "UNSCR 1244", "Resolution 1244": one resolution, named as written too
        elif kind == "Place" and key is None and (bare := _without_designator(name, lexicon)):
            forms, name = (name,), bare  # "Uruzgan province" is Uruzgan, named so
        found.append(Candidate(text, offset + span.start_char, offset + span.end_char, span.label_,
                               kind, key, rule, name, defines, _salient_subject(span.root), forms=forms,
                               background=_background(span, lexicon)))
        place = _nested_place(span, lexicon) if kind == "Event" else None
        body = _nested_body(span, lexicon) if kind == "Event" else None
        if place is not None:
            kind, key, rule = _resolve(place, lexicon, index, own_id=False)
            if kind in {"Place", "Country"}:
                found.append(Candidate(place.text, offset + place.start_char, offset + place.end_char, place.label_,
                                       kind, key, rule, normalize_name(place.text, lexicon)))
        owner = _nested_owner(span, lexicon, index) if kind == "Event" else None
        if owner is not None:  # "the OSCE Kosovo Verification Mission": the organisation it is a mission of
            found.append(Candidate(owner.text, offset + owner.start_char, offset + owner.end_char, "INTL_ORG",
                                   "InternationalOrganization", owner.label_, "name-owner",
                                   normalize_name(owner.text, lexicon)))
        if body is not None:
            kind, key, rule = _resolve(body, lexicon, index, own_id=False)
            if key is not None and kind in lexicon.relations["meeting_bodies"]:
                found.append(Candidate(body.text, offset + body.start_char, offset + body.end_char, body.label_,
                                       kind, key, rule, normalize_name(body.text, lexicon)))
    found.extend(reference_candidates(doc, offset, lexicon))
    found.extend(abbreviation_candidates(doc, offset, lexicon))
    found.extend(office_holder_candidates(doc, offset, lexicon))
    found.extend(titled_name_candidates(doc, offset, lexicon))
    found.extend(unnamed_event_candidates(doc, offset, lexicon, index))
    found.extend(meeting_candidates(doc, offset, lexicon))
    taken = {c.start for c in found}
    found.extend(c for c in surname_candidates(doc, offset) if c.start not in taken)
    found.sort(key=lambda c: c.start)
    return found


_MAX_ABBREVIATION = 10


@cache
def _abbreviation_shape(shape: str) -> bool:
    """Token shapes ("XXXX", "XxX", "XdX") that can be an abbreviation: a capital first, two
    capitals or more, letters and digits only."""
    return shape[:1] == "X" and shape.count("X") >= 2 and set(shape) <= {"X", "x", "d"}


def office_holder_candidates(doc: Doc, offset: int, lexicon: Lexicon) -> list[Candidate]:
    """The holder the model left out after an office's country ("President of Ukraine Volodymyr
    Zelenskyy", "the Prime Minister of Georgia Lado Gurgenidze", "King of Spain Felipe VI"): two to
    four capitalised proper nouns (or a regnal number), in no entity, right after "<title> of
    (the) <country>"."""
    found: list[Candidate] = []
    for ent in doc.ents:
        of = ent.start - 2 if ent.start >= 3 and doc[ent.start - 1].lower_ == "the" else ent.start - 1
        if of < 1 or doc[of].lower_ != "of" or doc[of - 1].lower_ not in lexicon.names["person_titles"]:
            continue  # ("President of the Republic of Finland Sauli Niinistö" too)
        end = ent.end
        while end < len(doc) and end - ent.end < 4 and doc[end].pos_ == "PROPN" and not doc[end].ent_type_ \
                and (doc[end].is_title or end > ent.end and _ROMAN.fullmatch(doc[end].text)):  # "Felipe VI"
            end += 1
        if end - ent.end >= 2:
            name = doc[ent.end:end]
            found.append(Candidate(name.text, offset + name.start_char, offset + name.end_char, "PERSON", "Person",
                                   None, "office-holder", strip_honorifics(name.text, lexicon, keep=2),
                                   subject=_salient_subject(name.root)))
    return found


def titled_name_candidates(doc: Doc, offset: int, lexicon: Lexicon) -> list[Candidate]:
    """The name the model left out after a person's title or form of address ("welcome President
    Ilves of Estonia", "Ambassador Kristina Balić"): one to three capitalised proper nouns in no
    entity, right after a capitalised title, and no longer name going on after them."""
    found: list[Candidate] = []
    titles = _title_hashes()
    # the title words, outside entities: read from arrays, not token by token
    for i, (lower, ent_type) in enumerate(doc.to_array([LOWER, ENT_TYPE]).tolist()):
        if ent_type or lower not in titles or not doc[i].is_title:
            continue
        token = doc[i]
        end = token.i + 1
        while end < len(doc) and end - token.i <= 3 and not doc[end].ent_type_ and doc[end].pos_ == "PROPN" \
                and doc[end].is_title and doc[end].is_alpha and doc[end].lower_ not in office_name_words():
            end += 1
        if end == token.i + 1 or end - token.i > 3 or end < len(doc) and doc[end].pos_ == "PROPN":
            continue  # nothing after the title, or a longer name goes on ("President Bush Administration")
        name = doc[token.i + 1:end]
        found.append(Candidate(name.text, offset + name.start_char, offset + name.end_char, "PERSON", "Person",
                               None, "titled-name", name.text, subject=_salient_subject(name.root)))
    return found


#: where ``natokg_lone_names`` (:class:`kg.extract.names.LoneNames`) leaves the indices of the
#: lone proper nouns it marks
LONE_NAMES = "natokg_lone_names"


def surname_candidates(doc: Doc, offset: int) -> list[Candidate]:
    """The lone proper nouns :class:`kg.extract.names.LoneNames` marked ("Stoltenberg, Charles
    Michel and Ursula von der Leyen sign …", "May 2014 - Abe signs …"): provisionally persons, whom
    the resolver keeps only where the document named someone so in full before ("Shinzo Abe")."""
    return [Candidate(token.text, offset + token.idx, offset + token.idx + len(token.text), "PERSON", "Person", None,
                      "surname", token.text, subject=_salient_subject(token))
            for token in (doc[i] for i in doc.user_data.get(LONE_NAMES, ()))]


@cache
def _title_hashes() -> frozenset[int]:
    """The string-store keys of the lower-case person titles and forms of address."""
    names = load_lexicon().names
    return frozenset(hash_string(word) for word in [*names["person_titles"], *names["honorifics"]])


@cache
def office_name_words() -> frozenset[str]:
    """Any word of a title, a form of address or an office ("General Manager" names no one)."""
    return _not_given_names() | frozenset(word for title in load_lexicon().relations["titles"] for word in title.split())


def abbreviation_candidates(doc: Doc, offset: int, lexicon: Lexicon) -> list[Candidate]:
    """Abbreviations the tagger left outside any entity ("the PARP participants"); the resolver
    keeps one only where the document defined it ("Planning and Review Process (PARP)") and
    gives it that entity. Provisionally an organisation, so that families can read it."""
    found: list[Candidate] = []
    if not len(doc):
        return found
    strings = doc.vocab.strings
    # token attributes as arrays: reading shapes and entity types token by token costs more
    for index, (shape, ent_type) in enumerate(doc.to_array([SHAPE, ENT_TYPE]).tolist()):
        if ent_type or not _abbreviation_shape(strings[shape]):
            continue
        token = doc[index]
        text = token.text
        if len(text) > _MAX_ABBREVIATION or lexicon.fold(text) in lexicon.names["not_entities"]:
            continue
        found.append(Candidate(text, offset + token.idx, offset + token.idx + len(text), "ORG", "Organization",
                               None, "abbreviation-use", text, subject=_salient_subject(token)))
    return found


def unnamed_event_candidates(doc: Doc, offset: int, lexicon: Lexicon, index: dict[str, str]) -> list[Candidate]:
    """A lower-case "summit" before or after its place, in a sentence with its year ("at their
    summit in Madrid in June 2022", "the Madrid summit of 2022"): the curated summit of that place and the year nearest to it, where
    there is one."""
    found: list[Candidate] = []
    if not len(doc):
        return found
    heads = {doc.vocab.strings.add(head) for head in lexicon.names["dated_event_heads"]}
    paragraph_years: list[Token] | None = None  # (read once, when a summit word needs them)
    # only "summit" and its like, outside entities: read from arrays, not token by token
    for i, (orth, ent_type) in enumerate(doc.to_array([ORTH, ENT_TYPE]).tolist()):
        if ent_type or orth not in heads:
            continue
        token = doc[i]
        place = _place_after(doc[token.i:token.i + 1], lexicon) or _place_before(token)
        by_verb = "" if place else _place_by_verb(token, lexicon)
        if not place and not by_verb:
            # (a summit of the alliance's, not "a meeting of defence ministers in Brussels in February 2021"
            # nor "a summit of Central European presidents in Prague in 2002")
            key = _summit_place_after(token, lexicon, index) if token.lower_ == "summit" and _alliance_summit(
                token, lexicon) and not any(c.dep_ == "prep" and c.lower_ == "of" for c in token.children) else None
        else:
            # the nearest year first: "before the summit in Madrid in 2022" is not the 1997 one; then the
            # paragraph's years; then the place's one summit ("our summit in Vilnius": of 2023, there is no other)
            if paragraph_years is None:
                paragraph_years = [t for t in doc if t.ent_type_ == "DATE" and t.shape_ == "dddd"]
            own = token.sent
            years = sorted((t for t in paragraph_years if t.sent == own), key=lambda t: abs(t.i - token.i))
            years += sorted((t for t in paragraph_years if t.sent != own), key=lambda t: abs(t.i - token.i))
            if by_verb:  # "the 2023 summit took place in Vilnius": only the summit of a year its sentence names
                key = _summit_of(token, by_verb, [t.text for t in years if t.sent == own], lexicon, index) \
                    if _alliance_summit(token, lexicon) else None
            else:
                key = _summit_of(token, place, [t.text for t in years], lexicon, index) \
                    or index.get(lexicon.fold(f"{place} {token.text}"))
        if key and lexicon.curated[key].kind == "Event":
            found.append(Candidate(token.text, offset + token.idx, offset + token.idx + len(token.text), "EVENT",
                                   lexicon.curated[key].kind, key, "curated-by-year", lexicon.curated[key].name,
                                   subject=_salient_subject(token)))
    return found


def meeting_candidates(doc: Doc, offset: int, lexicon: Lexicon) -> list[Candidate]:
    """Meetings named by what they are, with who met and when or where (see :mod:`.meetings`)."""
    found: list[Candidate] = []
    if not len(doc):
        return found
    heads = {doc.vocab.strings.add(word) for word in lexicon.names["meeting_words"]}
    for i, (lemma, ent_type) in enumerate(doc.to_array([LEMMA, ENT_TYPE]).tolist()):
        if ent_type or lemma not in heads:
            continue
        token = doc[i]
        named = meeting_phrase(token, lexicon)
        if named is not None:
            found.append(Candidate(token.text, offset + token.idx, offset + token.idx + len(token.text), "EVENT",
                                   "Event", None, "unnamed-meeting", named[0], subject=_salient_subject(token),
                                   forms=(named[1],)))
    return found


def _salient_subject(token: Token) -> bool:
    """The subject of a clause that a later "it" can point back to: not of a relative
    clause ("the forum NATO had set up" leaves the salient subject as it was); also the name a
    subject noun is "of" ("The creation of the Council was prompted by … It replaces …"), or whose
    it is ("Kazakhstan's relations with NATO began in 1992, when it joined …")."""
    if token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.pos_ == "NOUN" \
            and token.head.head.tag_ == "NN":
        token = token.head.head
    elif token.dep_ == "poss" and token.head.pos_ == "NOUN":
        token = token.head
    return token.dep_ in {"nsubj", "nsubjpass"} and token.head.dep_ not in {"relcl", "acl"}


def _background(span: Span, lexicon: Lexicon) -> bool:
    """A name that is the object of "at" or "during" on a verb: where or when its clause happens
    (read on every word the name's phrase hangs by: "the Istanbul Summit in 2004"); or the "of"
    owner of a predicate noun or an apposition ("The Dialogue is a forum of NATO", "PfP, a
    programme of NATO, …"), or of a group a preposition names ("offered to the members of the GCC"):
    the clause is about its subject, not about the owner."""
    preps = lexicon.relations["function_words"]["venue_preps"]

    def venue(t: Token) -> bool:
        return t.dep_ == "pobj" and t.head.lower_ in preps and t.head.head.pos_ in {"VERB", "AUX"}

    groups = lexicon.names["state_group_nouns"]

    def group_owner(t: Token) -> bool:
        # "(addressed) to the six members of the Gulf Cooperation Council (GCC)": the group whose members a
        # phrase names is its background, and so is its bracketed abbreviation
        if t.dep_ == "appos" and t.head.dep_ == "pobj":
            t = t.head
        of = t.head
        return t.dep_ == "pobj" and of.lower_ == "of" and of.head.lower_ in groups and of.head.dep_ == "pobj"

    # (and the owner of such a place or time: "launched at the Alliance's summit")
    return any(venue(t) or t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.dep_ in {"attr", "appos"}
               or t.dep_ == "poss" and venue(t.head) or group_owner(t)
               for t in span if not span.start <= t.head.i < span.end)


def reference_candidates(doc: Doc, offset: int, lexicon: Lexicon) -> list[Candidate]:
    """Pronouns and lower-case descriptions that can carry a relation ("it", "its", "the
    country", "the alliance"), outside any entity; the resolver finds what they stand for
    (kind: the class a description requires; None for a pronoun)."""
    names = lexicon.names
    strings = doc.vocab.strings
    roles = {strings.add(role) for role in names["reference_roles"]}
    cardinal = strings.add("CARDINAL")
    found: list[Candidate] = []
    if not len(doc):
        return found
    # only tokens outside entities in a reference role: read from arrays, not token by token
    amod = strings.add("amod")
    for index, (dep, ent_type) in enumerate(doc.to_array([DEP, ENT_TYPE]).tolist()):
        # "Allied leaders agreed", "allied ministers met": people acting for the alliance
        allied = dep == amod and not ent_type and doc[index].lower_ in names["allied_adjectives"] \
            and doc[index].head.lemma_.lower() in _allied_heads()
        if not allied and (ent_type and not (ent_type == cardinal and doc[index].lower_ in names["group_sizes"])
                           or dep not in roles):
            continue  # (a number word may still be a group: "All three took part")
        token = doc[index]
        lower = token.lower_
        fixed = names["allied_adjectives"][lower] if allied else names["fixed_references"].get(token.text)
        if fixed and token.is_lower and any(c.dep_ in _SUBSET_MARKS or c.dep_ == "poss" and c.lower_ not in
                                            names["alliance_possessives"] for c in token.children):
            fixed = None  # "four allies – Greece, …", "Russia's allies": some, or another's, not the alliance
        if fixed and any(c.dep_ in {"amod", "compound"} and c.ent_type_ == "NORP" for c in token.children):
            fixed = None  # "Spanish and Portuguese Allies": those countries, not the alliance
        if fixed:  # "Allies agreed": in any text, NATO's members acting together
            found.append(Candidate(token.text, offset + token.idx, offset + token.idx + len(token.text), "REFERENCE",
                                   fixed.split(":", 1)[0], fixed, "reference", lower, "", _salient_subject(token)))
            continue
        office = _office_reference(token, names)
        if office is not None:  # "the Secretary General signed": the office's holder, whom a title named
            first = office[0]
            found.append(Candidate(doc[first:token.i + 1].text, offset + doc[first].idx,
                                   offset + token.idx + len(token.text), "REFERENCE", "Person", None, "reference",
                                   office[1], "", token.dep_ in {"nsubj", "nsubjpass"}))
            continue
        if _group_reference(token, names):
            # "both countries", "the two organisations": the countries, or organisations, last named together
            kind = "InternationalOrganization" if lower in names["organisation_group_nouns"] else "Country"
            found.append(Candidate(token.text, offset + token.idx, offset + token.idx + len(token.text), "REFERENCE",
                                   kind, None, "reference-group", lower, "", _salient_subject(token),
                                   count=_group_size(token, names)))
            continue
        if lower in names["collective_references"]:
            kind = names["collective_references"][lower]  # "the Allies agreed", "we decided": the alliance
        elif lower in names["reference_pronouns"] and token.tag_ in {"PRP", "PRP$"}:
            # "in protest of its annexation of Crimea": what annexes or invades is a state
            kind = "Country" if token.dep_ == "poss" and token.head.lemma_.lower() in names["state_acts"] else None
        elif lower in names["person_pronouns"] and token.tag_ in {"PRP", "PRP$"}:
            kind = "Person"  # "he", "her": the person last named as a subject
        elif (lower in names["reference_nouns"] and token.is_lower
              and any(c.dep_ in {"det", "poss"} and c.lower_ in names["reference_determiners"] for c in token.children)
              and not any(c.dep_ in {"prep", "compound"} or c.dep_ == "nmod" and c.ent_type_
                          or c.dep_ == "appos" and not _after_semicolon(c) for c in token.children)):
            # "the Five Eyes alliance" names another one (an "apposition" after a semicolon is a misparse)
            kind = names["reference_nouns"][lower]
        else:
            continue
        # a description that is a subject, even of a "when" clause, passes the salience on to a later "it"
        found.append(Candidate(token.text, offset + token.idx, offset + token.idx + len(token.text), "REFERENCE",
                               kind, None, "reference", lower, "", token.dep_ in {"nsubj", "nsubjpass"},
                               _own_subject(token, offset) if kind is None or kind == "Person" and token.tag_ == "PRP"
                               else (0, 0)))
    return found


#: how many words after an office its holder's name may follow ("the Secretary General, a post then held by X")
_HOLDER_REACH = 8


def _office_reference(token: Token, names: dict[str, Any]) -> tuple[int, str] | None:
    """(first token, office) of a capitalised office after a determiner that names neither its
    organisation nor a holder of its own ("the Secretary General"; not "the UN Secretary General",
    "the Secretary General of the OSCE", "the Secretary General, X"), or None."""
    if not token.is_title:
        return None
    words = [c for c in token.lefts if c.dep_ == "compound"]
    office = names["office_references"].get(" ".join([*(w.lower_ for w in words), token.lower_]))
    after = token.doc[token.i + 1:min(token.i + 1 + _HOLDER_REACH, token.sent.end)]
    after = after[:next((t.i - after.start for t in after if t.dep_ == "cc"), len(after))]  # (not "… and X")
    determiners = names["reference_determiners"]
    if office is None or not any(c.dep_ == "det" and c.lower_ in determiners for c in token.children) \
            or any(c.dep_ == "prep" and c.lower_ == "of" for c in token.children) \
            or any(t.ent_type_ == "PERSON" for t in after):
        return None  # ("the Secretary General, a post then held by Javier Solana": the title names its holder)
    return (words[0].i if words else token.i), office


@cache
def _allied_heads() -> frozenset[str]:
    """Nouns for people who act for what they belong to (lexicon ``proxy_nouns`` and ``allied_heads``)."""
    lexicon = load_lexicon()
    return frozenset(lexicon.relations["proxy_nouns"]) | frozenset(lexicon.names["allied_heads"])


def _after_semicolon(token: Token) -> bool:
    """A phrase the parser hung on a word before a semicolon ("The country has contributed to …,
    including SFOR; the KFOR mission …"): a misparsed item of a series, not an apposition."""
    start = token.left_edge.i
    return start > 0 and token.doc[start - 1].text == ";"


def _own_subject(token: Token, offset: int) -> tuple[int, int]:
    """The character span of the subject of the clause whose object *token* is ("Bahrain and
    Kuwait joined it", "Qatar took part in it"): a pronoun there never stands for it."""
    if token.dep_ == "dobj":
        verb = token.head
    elif token.dep_ == "pobj" and token.head.dep_ == "prep":
        verb = token.head.head
    elif token.dep_ == "poss" and (copula := _copula_of_attribute(token.head)) is not None:
        verb = copula  # "Austria and Ireland are among its members": not their own
    else:
        return (0, 0)
    # (all of them: "Switzerland, Austria and Ireland are …" may be parsed with two subjects)
    subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    for _ in range(_SUBJECT_REACH):  # a clause without its own subject has its governing clause's
        if subjects:
            break
        if verb.dep_ in {"xcomp", "conj"}:  # "Kuwait decided to join it", "Kuwait signed and joined it"
            verb = verb.head
        elif verb.dep_ in {"relcl", "acl"} and verb.head.dep_ == "attr":  # "Kuwait was the first to join it"
            verb = verb.head.head
        else:
            break
        subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    if not subjects or verb.pos_ not in {"VERB", "AUX"}:
        return (0, 0)
    last = max(s.right_edge.i for s in subjects)
    return (offset + min(s.left_edge.idx for s in subjects), offset + token.doc[last].idx + len(token.doc[last]))


def _copula_of_attribute(noun: Token) -> Token | None:
    """The linking verb whose attribute *noun* is ("are its members", "is among its partners")."""
    for _ in range(_ATTRIBUTE_REACH):  # ("is one of its partners": of the attribute's "of")
        if noun.dep_ == "pobj" and noun.head.dep_ == "prep":
            noun = noun.head.head
        elif noun.dep_ == "prep":
            noun = noun.head
        else:
            break
    verb = noun if noun.pos_ in {"VERB", "AUX"} else noun.head if noun.dep_ == "attr" else None
    return verb if verb is not None and verb.lemma_.lower() in load_lexicon().relations["linking_verbs"] else None


#: how many clauses up an object's pronoun looks for the subject it never stands for
_SUBJECT_REACH = 3

#: how many prepositions an attribute's noun may hang below it ("one of its partners")
_ATTRIBUTE_REACH = 2


#: what makes a lower-case collective name ("allies") stand for some of the members, not all of them
_SUBSET_MARKS = frozenset({"nummod", "appos", "relcl", "amod", "prep", "acl"})


def _group_reference(token: Token, names: dict[str, Any]) -> bool:
    """ "the three countries", "both countries", "these states", "they": the countries last named together."""
    if token.lower_ in names["group_sizes"] and token.tag_ == "DT" and token.dep_ in {"nsubj", "nsubjpass"}:
        return True  # "Both took part in …": the two countries last named together
    if token.lower_ in names["group_quantifiers"] and token.tag_ == "DT" and token.dep_ in {"nsubj", "nsubjpass"} \
            and not (token.n_lefts or token.n_rights):
        return True  # "… although each had been a partner since 1994": each of those last named together
    if token.dep_ in {"nsubj", "nsubjpass"} and (
            token.lower_ in names["group_quantifiers"] and any(  # "Each of them takes part in …"
                c.dep_ == "prep" and c.lower_ == "of" and any(
                    g.lower_ in names["group_pronouns"] or g.lower_ in names["group_sizes"] and g.tag_ == "CD"
                    for g in c.children)  # "each of them", "each of the four"
                for c in token.children)
            or token.tag_ == "CD" and token.lower_ in names["group_sizes"] and any(  # "All three take part in …"
                c.dep_ in {"det", "predet"} and c.lower_ in names["group_quantifiers"] for c in token.children)):
        return True
    if token.lower_ in names["group_pronouns"]:
        # "NATO member states: Belgium, … also sent their troops": a group of states as the
        # clause's subject is what "their" stands for (not "NATO leaders welcomed their applications")
        clause = token.head.head if token.dep_ == "poss" else token.head
        return token.tag_ in {"PRP", "PRP$"} and not any(
            c.dep_ in {"nsubj", "nsubjpass"} and c.lower_ in names["state_group_nouns"] and c.i != token.head.i
            for c in clause.children)
    if token.lower_ not in names["group_nouns"] and token.lower_ not in names["organisation_group_nouns"] \
            or token.tag_ != "NNS":
        return False
    marks = [c for c in token.children if c.dep_ in {"det", "predet", "nummod"}]
    # "the three countries, together with the United States, signed …": a companion names no other group
    return any(c.lower_ in names["group_determiners"] or c.like_num for c in marks) and not any(
        c.dep_ in {"prep", "appos", "relcl", "compound", "poss"} and not _companion(c) and not _aside(c)
        for c in token.children)


def _aside(clause: Token) -> bool:
    """A relative clause set off by a comma, which says more of its noun without narrowing it
    ("The seven countries, which had been invited at Prague, …": the seven named before)."""
    first = clause.left_edge
    return clause.dep_ == "relcl" and first.i > 0 and clause.doc[first.i - 1].text == ","


def _companion(prep: Token) -> bool:
    """A preposition that adds companions to its head ("together with", "alongside"; lexicon
    ``companion_preps``)."""
    if prep.dep_ != "prep":
        return False
    before = " ".join(k.lower_ for k in prep.children if k.dep_ == "advmod" and k.i < prep.i)
    return f"{before} {prep.lower_}".strip() in _companion_preps()


@cache
def _companion_preps() -> frozenset[str]:
    return frozenset(load_lexicon().relations["companion_preps"])


def _group_size(token: Token, names: dict[str, Any]) -> int:
    """How many a group reference counts: "both countries" 2, "the 3 states" 3, "these countries" 0,
    "both" (alone) 2."""
    if token.lower_ in names["group_sizes"] and token.tag_ in {"DT", "CD"}:
        return int(names["group_sizes"][token.lower_])
    for mark in (c for c in token.children if c.dep_ in {"det", "predet", "nummod"}):
        if mark.text.isdigit():
            return int(mark.text)
        if mark.lower_ in names["group_sizes"]:
            return int(names["group_sizes"][mark.lower_])
    return 0


def _nested_place(event: Span, lexicon: Lexicon) -> Span | None:
    """The place that ends an event's name ("meeting of NATO Foreign Ministers in Oslo" → Oslo):
    entities cannot overlap in ``doc.ents``, so the place is taken out of the event here."""
    for i in range(event.end - 2, event.start, -1):
        token = event.doc[i]
        if token.lower_ in lexicon.relations["event_place_preps"]:
            tail = event.doc[i + 1:event.end]
            # of a meeting only: "Interim Administration Mission in Kosovo" names its place inside its name
            meeting = any(t.lower_ in lexicon.relations["meeting_heads"] for t in event.doc[event.start:i])
            if tail and meeting and all(t.pos_ == "PROPN" for t in tail):
                return Span(event.doc, tail.start, tail.end, label="GPE")
            return None
    return None


def _without_designator(name: str, lexicon: Lexicon) -> str:
    """A place's name without the word that says what kind of place it is ("Uruzgan province" →
    "Uruzgan"; lexicon ``place_designators``), or "" when it has none."""
    words = name.split()
    if len(words) > 1 and words[-1].lower() in lexicon.names["place_designators"]:
        return " ".join(words[:-1])
    return ""


def _nested_owner(event: Span, lexicon: Lexicon, index: dict[str, str]) -> Span | None:
    """The curated international organisation whose name or abbreviation opens an operation's name
    ("OSCE Kosovo Verification Mission", "AU Mission in Somalia", "EU Training Mission"), as a span
    labelled with its key, or None (lexicon ``operation_nouns`` for the name's head; not NATO's,
    lexicon ``unstated_owners``: the text's own organisation, which its readers take as said)."""
    if event.root.lemma_.lower() not in lexicon.relations["operation_nouns"] or len(event) < 2:
        return None
    for size in (3, 2, 1):
        part = event.doc[event.start:event.start + size]
        if part.end >= event.end or not all(t.pos_ == "PROPN" for t in part):
            continue
        kind, key, _ = _resolve(part, lexicon, index, own_id=False)
        if kind == "InternationalOrganization" and key is not None and key not in lexicon.relations["unstated_owners"]:
            return Span(event.doc, part.start, part.end, label=key)
    return None


def _nested_body(event: Span, lexicon: Lexicon) -> Span | None:
    """The curated body whose meeting an event's name is ("meeting of the North Atlantic Council in
    Bucharest" → North Atlantic Council): cut out of the event as :func:`_nested_place` cuts its
    place, and kept only where the caller finds it among the curated names."""
    doc = event.doc
    for head in event[:-2]:
        if head.lower_ not in lexicon.relations["meeting_heads"] or doc[head.i + 1].lower_ != "of":
            continue
        start = head.i + 2 + (doc[head.i + 2].lower_ == "the")
        end = next((t.i for t in doc[start:event.end] if t.lower_ in lexicon.relations["event_place_preps"]), event.end)
        if start < end and all(t.pos_ == "PROPN" for t in doc[start:end]):
            return Span(doc, start, end, label="ORG")
        return None
    return None


_SPACED_DASHES = frozenset({"-", "–", "—"})


@cache
def _loose_openers() -> frozenset[str]:
    """Lower-case words the model may take into the start of a name (lexicon ``loose_openers``)."""
    return frozenset(load_lexicon().names["loose_openers"])


def _trim(span: Span) -> Span:
    """Drop function words and punctuation the model left at the end of a name ("Article 5 of the"),
    and bullets, separators or a lower-case modifier at its start ("• Partner", "own … Programme")."""
    start = span.start
    loose = _loose_openers()  # "its own Individual Partnership … Programme"
    while start < span.end - 1 and (span.doc[start].is_punct or span.doc[start].text in {"•", "|", "·"}
                                    or span.doc[start].text in loose):
        start += 1
    if start != span.start:
        span = Span(span.doc, start, span.end, label=span.label_, kb_id=span.kb_id_, span_id=span.id_)
    end = span.end
    opened = [t.i for t in span if t.text == "("]
    if opened and not any(t.text == ")" for t in span.doc[opened[-1]:span.end]) and opened[-1] > span.start:
        end = opened[-1]  # "Building Integrity (BI": the name ends before an unclosed parenthesis
    while end > span.start + 1 and (span.doc[end - 1].is_punct or span.doc[end - 1].pos_ in {"ADP", "DET", "CCONJ"}):
        end -= 1
    if end == span.end:
        return span
    return Span(span.doc, span.start, end, label=span.label_, kb_id=span.kb_id_, span_id=span.id_)


def _split_dashed(span: Span) -> list[Span]:
    """A spaced dash inside a name separates two things: "Shinzo Abe - Opening remarks" (a title
    line) is the name before it, "in Ukraine - NATO Information and Documentation Centre" two names."""
    ent_id = span.ent_id_
    if ent_id and ent_id != "pattern":  # a curated name is whole ("NATO - Russia Council")
        return [span]
    dash = next((t for t in span[1:-1] if t.text in _SPACED_DASHES and t.whitespace_ and t.nbor(-1).whitespace_), None)
    if dash is None:
        return [span]
    parts = [Span(span.doc, span.start, dash.i, label=span.label_, span_id=span.id_)]
    rest = span.doc[dash.i + 1:span.end]
    if len(rest) > 1 and rest[0].pos_ == "PROPN" and (rest[0].is_title or rest[0].is_upper):
        parts.append(Span(span.doc, rest.start, rest.end, label=span.label_, span_id=span.id_))
    return parts


def _split_coordinated(span: Span) -> list[Span]:
    """ "Article 4 and Article 5" → two names, when both conjuncts open with the same word, or when
    a known name comes before the "and" ("Croatia and Three Seas Initiative")."""
    ent_id = span.ent_id_
    if ent_id and ent_id != "pattern":  # a curated name is whole ("Science for Peace and Security")
        return [span]
    index = alias_index()
    lexicon = load_lexicon()
    for token in span:
        if token.pos_ == "CCONJ" and span.start < token.i < span.end - 1 and (
                span[0].text == span.doc[token.i + 1].text
                or lexicon.fold(span.doc[span.start:token.i].text) in index):
            return [Span(span.doc, span.start, token.i, label=span.label_, span_id=span.id_),
                    Span(span.doc, token.i + 1, span.end, label=span.label_, span_id=span.id_)]
    return [span]


def _defined_abbreviation(span: Span) -> str:
    """"Euro-Atlantic Partnership Council (EAPC)" → "EAPC" when the letters fit the name."""
    doc = span.doc
    if span.end + 3 < len(doc) and doc[span.end].text == "(" and doc[span.end + 3].text == ")" \
            and doc[span.end + 1].is_upper and doc[span.end + 2].text in load_lexicon().names["two_word_abbreviation_heads"]:
        abbr = f"{doc[span.end + 1].text} {doc[span.end + 2].text}"  # "… Centre of Excellence (ENSEC COE)"
        return abbr if abbreviates(abbr, span.text) else ""
    if span.end + 2 >= len(doc) or doc[span.end].text != "(" or doc[span.end + 2].text != ")":
        return ""
    abbr = doc[span.end + 1].text
    if not (2 <= len(abbr) <= 10 and abbr[0].isupper() and sum(c.isupper() for c in abbr) >= 2):
        return ""
    return abbr if abbreviates(abbr, span.text) else ""


def _inner_abbreviation(span: Span, name: str, lexicon: Lexicon) -> tuple[str, str]:
    """ "Defence Education Enhancement (DEEP) Programme" → the name without its bracket, and
    "DEEP", when its letters fit the name; else (*name*, "")."""
    doc = span.doc
    i = span.end - 4  # one head word after the bracket: "Building Integrity (BI) Executing Agent
    if i > span.start and doc[i].text == "(" and doc[i + 2].text == ")":  # Arrangement": BI names the programme
        abbr, whole = doc[i + 1].text, f"{doc[span.start:i].text} {doc[i + 3].text}"
        if 2 <= len(abbr) <= 10 and abbr.isupper() and abbreviates(abbr, whole):
            return normalize_name(whole, lexicon), abbr
    return name, ""


def abbreviates(abbr: str, long_form: str) -> bool:
    """Schwartz–Hearst test: the letters of *abbr* appear in order in *long_form*, the first at a word start."""
    letters = [c.lower() for c in abbr if c.isalnum()]
    text = long_form.lower()
    if not letters or not text or letters[0] not in {w[0] for w in text.replace("-", " ").split() if w}:
        return False
    position = 0
    for letter in letters:
        position = text.find(letter, position)
        if position < 0:
            return False
        position += 1
    return True
