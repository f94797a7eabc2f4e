"""Unnamed meetings as events: "the informal meeting of NATO Defence Ministers in Seville",
"the first Foreign Ministers' meeting in December 2004 (Brussels)", "an EAPC meeting".

Press releases name most meetings by what they are, not by a proper name. Such a phrase is an
event when it says who met (a capitalised modifier, or "of" ministers, leaders …) and when or
where: its name is the year, the place and the phrase ("2007 Seville informal meeting of NATO
Defence Ministers"), so that meetings of other years or places stay apart, and the phrase as
written is one of its forms. The mention is the head word alone ("meeting"), so that the names
inside the phrase ("NATO", "EAPC") stay mentions of their own.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from ..lexicon import Lexicon

__all__ = ["meeting_phrase"]

#: labels of the entities that name a place
_PLACE_LABELS = frozenset({"GPE", "LOC", "PLACE", "COUNTRY", "FAC"})
_KEPT_DEPS = frozenset({"compound", "amod", "poss", "nmod", "case", "punct"})


def meeting_phrase(head: Token, lexicon: Lexicon, named: bool = False) -> tuple[str, str] | None:
    """(event name, phrase as written) of a meeting word that names a specific meeting, or None.
    *named*: the word heads an event the entity recogniser found ("meeting of NATO Defence
    Ministers in Seville"), which gets the same name."""
    words = lexicon.names
    if (head.ent_type_ and not named) or head.pos_ != "NOUN" or head.tag_ == "NNS" \
            or head.lemma_.lower() not in words["meeting_words"]:
        return None  # (not "the Alliance meetings of 2016": many)
    left = [t for t in head.lefts if t.dep_ in _KEPT_DEPS and t.i >= _phrase_start(head, words)]
    start = min((t.left_edge.i for t in left), default=head.i)
    while start < head.i and (head.doc[start].lower_ in words["meeting_skip_modifiers"]
                              or head.doc[start].is_punct or head.doc[start].pos_ in {"DET", "NUM"}):
        start += 1
    end = head.i + 1
    members = [o for c in head.children if c.dep_ == "prep" and c.lower_ == "of"
               for o in c.children if o.dep_ == "pobj" and o.lemma_.lower() in words["meeting_participants"]]
    if members:  # "of NATO Foreign Ministers", "of the Heads of State and Government", not "… in Sintra"
        end = max(t.i for t in _of_chain(members[0])) + 1
    # who met: a capitalised word that is neither a date nor only the Alliance ("Allied", "NATO")
    who = [t for t in head.doc[start:head.i] if (t.is_title or t.is_upper) and not t.ent_type_ == "DATE"
           and t.lower_ not in words["meeting_generic_hosts"]]
    if not who and not members:
        return None  # "the meeting", "a high-level meeting": nothing says who met
    phrase = head.doc[start:end].text
    place = _place(head, end, named)
    year = _year(head.sent, head.i)
    if not place and not year:
        return None
    name = " ".join(part for part in (year, place if place not in phrase else "", phrase) if part)
    return name, phrase


def _of_chain(noun: Token) -> list[Token]:
    """*noun*, its modifiers and its "of" phrases, recursively ("Heads of State and Government")."""
    tokens = [t for t in noun.lefts if t.dep_ != "det"] + [noun]
    for prep in (c for c in noun.rights if c.dep_ == "prep" and c.lower_ == "of"):
        tokens.append(prep)
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            tokens += [t for t in obj.subtree if not any(a.dep_ == "prep" and a.lower_ != "of" for a in t.ancestors
                                                         if a.i > obj.i)]
    return tokens


def _phrase_start(head: Token, words: dict) -> int:
    """The first token that may open the phrase: after the head's determiner."""
    det = [t.i for t in head.lefts if t.dep_ == "det"]
    return max(det) + 1 if det else head.left_edge.i


def _place(head: Token, end: int, named: bool) -> str:
    """The place named in the phrase's own words ("Sintra meeting") or a few words after it
    ("in Seville", "in December 2004 (Brussels)"); inside the recognised event's own span too
    (*named*: "meeting of NATO Defence Ministers in Seville")."""
    doc = head.doc
    for token in doc[head.left_edge.i:head.i]:
        if token.ent_type_ in _PLACE_LABELS and token.ent_iob_ == "B":
            return _entity_text(doc, token.i)
    # "in Seville", "in December 2004 (Brussels)", "at NATO Headquarters": a few words on, before a verb
    for i in range(end, min(end + _PLACE_WINDOW, head.sent.end)):
        token = doc[i]
        if token.pos_ in {"VERB", "AUX"} or token.is_punct and token.text != "(":
            return ""
        if doc[i - 1].lower_ not in {"in", "at", "("}:
            continue
        if token.ent_type_ in _PLACE_LABELS and token.ent_iob_ == "B":
            return _entity_text(doc, i)
        if named and token.ent_iob_ == "I" and token.ent_type_ == head.ent_type_ and token.pos_ == "PROPN":
            return _rest_of_entity(doc, i)
    return ""


#: how many tokens after a meeting phrase its place may come ("in December 2004 (Brussels)")
_PLACE_WINDOW = 7


def _rest_of_entity(doc: Doc, start: int) -> str:
    end = start + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return doc[start:end].text


def _entity_text(doc: Doc, start: int) -> str:
    end = start + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return doc[start:end].text


def _year(sent: Span, near: int) -> str:
    """The year nearest to the meeting word in its sentence, or ""."""
    years = [t for t in sent if t.ent_type_ == "DATE" and t.shape_ == "dddd"]
    return min(years, key=lambda t: abs(t.i - near)).text if years else ""
