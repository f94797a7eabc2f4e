"""Repairs of parses the small model gets wrong in a regular way, made on the ``Doc`` so every
family reads the same tree.

``natokg_semicolon_clauses``: after a semicolon, the names that open a clause of their own are
its subject, not more items of the list before the semicolon ("… protects civilians in Libya;
Jordan, Qatar and Sweden take part alongside the Allies": the parser lists Jordan with Libya and
leaves "take" without a subject).

``natokg_year_subjects``: a year right after "in" and right before a name with no comma between is the
preposition's object, and the name the subject of a clause that has none ("In 2015 General Petr Pavel
became …", "At the Wales Summit in 2014 Sweden was recognised …": the parser numbers the name with
the year and hangs it on "in"). With a second name after "and" that the parser made the subject alone,
the first heads the subject ("In 2012 Australia and NATO signed …").

The same misreading with the year read as the object of "in" and the name after it as a second
object, before the comma that opens the subject's list: the name heads that list ("In 2004 Slovenia,
Slovakia and Romania were admitted").

``natokg_object_relatives``: "that" or "which" right after a verb's object and the object of a clause
the parser made a complement of that verb opens a relative clause on the object ("replaced the Council
that the Alliance created in 1991"); a past form so misread, with a "by" phrase, is a participle on the
object, done by the "by" phrase ("welcome the Memorandum concluded on 28 June by Türkiye, …"). No relative
clause opens after a semicolon ("2002: Prague Summit; Action Plans introduced"), unless on the name right
before it ("…; and Ireland, which joined in 1999"). A joining verb read as a participle on the noun that
roots its sentence is the sentence's verb ("The two Nordic countries applied in May.").

``natokg_event_conjuncts``: an event's name coordinated with the place of the event before it is
that event's conjunct ("including the International Security Assistance Force (ISAF) in Afghanistan
and the Kosovo Force (KFOR)": the parser joins KFOR to Afghanistan). It runs once the names are
tagged, which tell an event from a place.

``natokg_companion_operations``: an operation's "in" phrase after the unnamed companions of a verb is the
verb's ("served alongside Allied units in the Implementation Force": the parser hangs it on "units").
It runs once the names are tagged.

``natokg_apposed_relatives``: a relative clause set off by a comma right after an apposition's place is
on the name the apposition describes ("Operation Active Endeavour, a maritime operation in the
Mediterranean, which was succeeded by …"), when its pronoun fits that name ("which" a thing's, "who" a
person's) and not the place (or the date: "Azerbaijan, a partner since 1994, which …"); not a clause
a place's own verb opens ("…, which borders Pakistan"). A passive clause "which" opens right after a
name and a comma that the parser made an adverbial clause of the verb before is a relative clause on
the name ("… the Partnership for Peace (PfP), which was launched at the Brussels Summit"). A participle
set off by commas right after a name, which the parser made a verb with the name its subject, is on the
name, and the finite verb after it is the name's ("The Partnership for Peace (PfP), launched at the
Brussels Summit in 1994, was joined by …"). An office after an office and a comma, with a conjunct of
its own, is the next item of a list of offices, not an apposition ("by the NATO Secretary General, the
President of the European Council and the President of the European Commission"). It runs once the
names are tagged.

``natokg_row_descriptions``: a table's cell that is a noun phrase describing the row's thing is
in apposition to the name that is the row's first cell ("Australia | … | Largest non-NATO contributor
to ISAF": as "Australia, the largest non-NATO contributor to ISAF"). Each cell is parsed apart
(:mod:`kg.extract.pipeline`), so without it the description hangs on nothing. A cell's participle
with its doer after "by", or of an invitation, says what was done to the row's thing and hangs on its
name as well ("Ukraine | supported by NATO since 2014", "Montenegro | invited to join NATO"). And a
document's name before a participle with no object of its own is that participle's object ("Serbia | …
| IPAP agreed Jan. 2015": as "agreed IPAP", which the row's thing did). It runs once the names are tagged.
"""

from __future__ import annotations

from functools import cache

import numpy as np
from spacy.attrs import DEP, LOWER, ORTH
from spacy.language import Language
from spacy.tokens import Doc, Token

from ..lexicon import load_lexicon

__all__ = ["apposed_relatives", "companion_operations", "event_conjuncts", "object_relatives", "row_descriptions",
           "semicolon_clauses", "year_subjects"]

#: tags of a finite verb, which opens a clause
_FINITE = frozenset({"VBP", "VBZ", "VBD", "MD"})
#: the dependencies by which a verb has its subject
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "expl", "csubj"})
#: the years a "nummod" may be misread for ("In 2015 General Petr Pavel …")
_YEARS = range(1800, 2100)
#: the parts of speech of a clause's verb
_VERBS = frozenset({"VERB", "AUX"})
#: the labels of a place's name, and of an event's
_PLACES = frozenset({"GPE", "LOC", "PLACE", "COUNTRY", "FAC"})
_EVENTS = frozenset({"EVENT"})
#: entity labels that name no thing (a row's description relates to none; a "which" clause is on none)
_UNNAMED = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY", "PERCENT", "MONEY"})
#: the dependencies of a verb's object, and the parts of speech of a noun
_OBJECTS = frozenset({"dobj", "pobj"})
_NOUNS = frozenset({"NOUN", "PROPN"})
#: the relative pronouns that open a clause on a name set off by commas
_RELATIVE_SUBJECTS = frozenset({"which", "who"})
#: words that may stand between a clause's subject and its verb ("… subsequently joined")
_BETWEEN = frozenset({"RB", "RBR", "RBS"})


@Language.component("natokg_semicolon_clauses")
def semicolon_clauses(doc: Doc) -> Doc:
    """Re-hang the names after each semicolon that open a clause of their own (found from the token
    array: most documents have few semicolons, and a Token is made only for them)."""
    if not len(doc):
        return doc
    for at in np.flatnonzero(doc.to_array(ORTH) == doc.vocab.strings[";"]).tolist():
        first = _list_opened_after(doc, at) if at + 1 < len(doc) else None
        verb = _clause_verb(doc, first, at) if first is not None else None
        if first is None or verb is None:
            continue
        for wrong in [c for c in verb.children if c.dep_ in _SUBJECTS]:
            # a subject the parser found before the semicolon is not this clause's
            wrong.head, wrong.dep_ = verb.head, "dep"
        first.head, first.dep_ = verb, "nsubj"
    return doc


def _list_opened_after(doc: Doc, semicolon: int) -> Token | None:
    """The first name after *semicolon* that the parser made a conjunct of a word before it."""
    for token in doc[semicolon + 1:min(semicolon + 4, len(doc))]:
        if token.dep_ == "conj" and token.head.i < semicolon and token.pos_ == "PROPN":
            return token
        if token.dep_ not in {"det", "compound", "amod"}:
            return None
    return None


def _clause_verb(doc: Doc, first: Token, semicolon: int) -> Token | None:
    """The finite verb right after the list *first* opens, with no subject after the semicolon
    (one before it the parser took from the clause before), or None."""
    last = max(t.i for t in first.subtree)
    at = last + 1
    while at < len(doc) and doc[at].tag_ in _BETWEEN:
        at += 1
    if at >= len(doc) or doc[at].tag_ not in _FINITE or doc[at].sent != first.sent:
        return None
    verb = doc[at]
    if verb.dep_ == "aux" or verb.head.i == verb.i or any(c.dep_ in _SUBJECTS and c.i > semicolon for c in verb.children):
        return None
    if any(c.dep_ in _SUBJECTS and verb.head.i in (t.i for t in c.subtree) for c in verb.children):
        return None  # (the subject's own words hold the verb's head: no re-hanging without a cycle)
    return verb


@Language.component("natokg_year_subjects")
def year_subjects(doc: Doc) -> Doc:
    """Re-hang each name the parser numbered with the year of an "in" before it (found from the token
    array: a Token is made only at "in")."""
    if len(doc) < 3:
        return doc
    for at in np.flatnonzero(doc.to_array(LOWER)[:-2] == doc.vocab.strings["in"]).tolist():
        year = doc[at + 1]
        if year.dep_ == "pobj" and year.head.i == at and year.text.isdigit() and int(year.text) in _YEARS:
            _first_item_after_year(doc, doc[at], year)
            continue
        if year.dep_ != "nummod" or not year.text.isdigit() or int(year.text) not in _YEARS:
            continue
        name = year.head
        if name.i <= year.i or name.dep_ != "pobj" or name.head.i != at or name.pos_ != "PROPN" \
                or any(t.is_punct for t in doc[year.i + 1:name.i]):
            continue  # (not "in 2014, Sweden …": a comma closes the phrase the year ends)
        verb = doc[at].head
        while verb.pos_ not in _VERBS and verb.head.i != verb.i:
            verb = verb.head
        if verb.pos_ not in _VERBS or verb.i < name.i:
            continue
        subject = next((c for c in verb.children if c.dep_ in _SUBJECTS), None)
        if subject is not None:
            _joined_after_year(doc, at, year, name, subject)
            continue
        year.head, year.dep_ = doc[at], "pobj"
        name.head, name.dep_ = verb, "nsubjpass" if any(c.dep_ == "auxpass" for c in verb.children) else "nsubj"
    return doc


@Language.component("natokg_object_relatives")
def object_relatives(doc: Doc) -> Doc:
    """Re-hang each relative clause the parser made a clausal complement of the verb before: "that" or
    "which" as its object right after that verb's object ("replaced the North Atlantic Cooperation Council
    that the Alliance created in 1991": the clause describes the council). Found from the token array:
    a Token is made only at such a pronoun."""
    if len(doc) < 4:
        return doc
    lowers = doc.to_array(LOWER)
    pronouns = (lowers == doc.vocab.strings["that"]) | (lowers == doc.vocab.strings["which"])
    for at in np.flatnonzero(pronouns[1:]).tolist():
        pronoun = doc[at + 1]
        verb, noun = pronoun.head, doc[at]
        if pronoun.dep_ != "dobj" or verb.dep_ != "ccomp" or verb.i <= pronoun.i or noun.dep_ not in _OBJECTS \
                or noun.head.i != verb.head.i or noun.pos_ not in _NOUNS \
                or not any(c.dep_ in _SUBJECTS for c in verb.children) or verb.head.lemma_.lower() in _telling_verbs():
            continue  # (not "told the Council that Sweden had joined": what was told)
        verb.head, verb.dep_ = noun, "relcl"
    deps = doc.to_array(DEP)
    for at in np.flatnonzero(deps == doc.vocab.strings["acl"]).tolist():
        _finite_after_subject(doc[at])
    for at in np.flatnonzero(deps == doc.vocab.strings["ccomp"]).tolist():
        _participle_by(doc[at])
    for at in np.flatnonzero(deps == doc.vocab.strings["relcl"]).tolist():
        verb = doc[at]
        if verb.head.i < at and any(t.text == ";" for t in doc[verb.head.i + 1:verb.left_edge.i]):
            before = verb.left_edge.i - 1
            while before > verb.head.i and doc[before].text == ",":
                before -= 1
            if doc[before].pos_ in _NOUNS and doc[before].text != ";" and any(
                    t.text == ";" for t in doc[verb.head.i + 1:before]):
                verb.head = doc[before]  # "…; and Ireland, which joined in 1999": the name right before it
            else:
                verb.dep_ = "parataxis"  # "2002: Prague Summit; Action Plans introduced": no clause on the summit
    return doc


@cache
def _place_clause_verbs() -> frozenset[str]:
    """Verbs of a clause that tells of a place itself (lexicon ``place_clause_verbs``)."""
    return frozenset(load_lexicon().relations["place_clause_verbs"])


@cache
def _telling_verbs() -> frozenset[str]:
    """Verbs whose object a "that" clause may follow as what is said to it (lexicon ``reporting_verbs``,
    ``addressing_verbs``, ``telling_verbs``)."""
    relations = load_lexicon().relations
    return frozenset(relations["reporting_verbs"]) | frozenset(relations["addressing_verbs"]) \
        | frozenset(relations["telling_verbs"])


def _finite_after_subject(verb: Token) -> None:
    """ "The two Nordic countries applied in May.": a verb that joins or applies with no object (lexicon
    ``objectless_verbs``) read as a participle on the noun that roots its full sentence is that sentence's
    verb, the noun its subject."""
    noun = verb.head
    if noun.dep_ != "ROOT" or noun.pos_ not in _NOUNS or verb.tag_ != "VBN" or verb.i != noun.i + 1 \
            or verb.lemma_.lower() not in load_lexicon().relations["objectless_verbs"] \
            or any(c.dep_ in {"agent", "auxpass", "aux", "dobj"} for c in verb.children):
        return
    sent = verb.sent
    if sent[-1].text != "." or any(t.pos_ in _VERBS and t.i != verb.i and t.dep_ in {"ROOT", "ccomp", "conj"}
                                   for t in sent):
        return
    for token in sent:  # the sentence's other words hang where they hung, the noun's now under the verb
        if token.head.i == noun.i and token.i > verb.i and token.dep_ == "punct":
            token.head = verb
    verb.head, verb.dep_ = verb, "ROOT"
    noun.head, noun.dep_ = verb, "nsubj"


def _participle_by(verb: Token) -> None:
    """ "We welcome the Trilateral Memorandum concluded on 28 June by Türkiye, …": a past form right after
    the object of the verb it complements, with no subject, object or auxiliary of its own and a "by" in
    its phrase (hung on its date), is a participle on that object, the "by" phrase its doer."""
    head = verb.head
    if verb.tag_ not in {"VBD", "VBN"} or verb.i == 0 or head.pos_ not in _VERBS or head.i > verb.i:
        return
    noun = verb.doc[verb.i - 1]
    if noun.dep_ != "dobj" or noun.head.i != head.i or noun.pos_ not in _NOUNS \
            or any(c.dep_ in _SUBJECTS or c.dep_ in {"dobj", "aux", "auxpass"} for c in verb.children):
        return
    by = next((t for t in verb.subtree if t.lower_ == "by" and t.dep_ in {"prep", "agent"}
               and any(c.dep_ == "pobj" for c in t.children)), None)
    if by is None:
        return
    verb.head, verb.dep_ = noun, "acl"
    by.head, by.dep_ = verb, "agent"


def _event_roots(doc: Doc, dep: str) -> list[Token]:
    """The root tokens of the events' names in *doc* that hang on their head by *dep*."""
    return [ent.root for ent in doc.ents if ent.label_ in _EVENTS and ent.root.dep_ == dep]


@Language.component("natokg_event_conjuncts")
def event_conjuncts(doc: Doc) -> Doc:
    """Re-hang each event's name joined to the place an "in" gives the event before it onto that event."""
    for root in _event_roots(doc, "conj"):
        place = root.head
        prep = place.head
        event = prep.head
        if place.ent_type_ not in _PLACES or place.dep_ != "pobj" or prep.lower_ != "in" \
                or event.ent_type_ not in _EVENTS or event.i >= place.i:
            continue
        for joiner in [c for c in place.children if c.dep_ in {"cc", "punct"} and place.i < c.i < root.i]:
            joiner.head = event
        root.head = event
    return doc


@Language.component("natokg_companion_operations")
def companion_operations(doc: Doc) -> Doc:
    """Re-hang an operation's "in" phrase that the parser put on the unnamed companions of a verb onto
    the verb ("Russian troops served alongside Allied units in the Implementation Force": served in
    IFOR, not units in IFOR; lexicon ``companion_attachments``). Runs once the names are tagged."""
    words = _companion_attachments()
    for root in _event_roots(doc, "pobj"):
        prep = root.head
        companions = prep.head
        companion_prep = companions.head
        verb = companion_prep.head
        if prep.dep_ == "prep" and prep.lower_ in words["operation_preps"] and companions.dep_ == "pobj" \
                and companions.pos_ == "NOUN" and not companions.ent_type_ \
                and companion_prep.lower_ in words["companion_preps"] and verb.pos_ == "VERB" \
                and companion_prep.i < companions.i < prep.i:
            prep.head = verb
    return doc


@cache
def _companion_attachments() -> dict[str, frozenset[str]]:
    """The prepositions of a verb's companions and of the operation they are in (lexicon ``companion_attachments``)."""
    return {key: frozenset(words) for key, words in load_lexicon().relations["companion_attachments"].items()}


@Language.component("natokg_apposed_relatives")
def apposed_relatives(doc: Doc) -> Doc:
    """Re-hang each relative clause set off by a comma right after an apposition's place onto the name
    the apposition describes ("Operation Active Endeavour, a maritime operation in the Mediterranean,
    which was succeeded by …"). Runs once the names are tagged: "which" is a thing's and "who" a
    person's, so the pronoun must fit the name and not the place."""
    if len(doc) < 6:
        return doc
    deps = doc.to_array(DEP)
    for at in np.flatnonzero(deps == doc.vocab.strings["relcl"]).tolist():
        _after_apposition(doc[at])
    for at in np.flatnonzero(deps == doc.vocab.strings["advcl"]).tolist():
        _relative_on_name(doc[at])
    roots = deps == doc.vocab.strings["ROOT"]
    for at in np.flatnonzero(roots | (deps == doc.vocab.strings["conj"])).tolist():
        _participle_on_subject(doc[at])
    for at in np.flatnonzero(deps == doc.vocab.strings["appos"]).tolist():
        _listed_office(doc[at])
    for at in np.flatnonzero(roots).tolist():
        _fronted_phrase_subject(doc[at])
    return doc


def _fronted_phrase_subject(verb: Token) -> None:
    """ "During a visit to NATO Headquarters, Shinzo Abe and Anders Fogh Rasmussen sign …": names after the
    comma that closes a phrase before a verb with no subject, which the parser made conjuncts of a noun
    inside that phrase, are the verb's subject."""
    if verb.pos_ != "VERB" or verb.tag_ not in _FINITE or any(c.dep_ in _SUBJECTS for c in verb.children):
        return
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.i < verb.i and c.lower_ != "among"):
        # (not "Among the partners in ISAF, Australia, Georgia and Mongolia sent troops": of the partners)
        nouns = [o for o in prep.children if o.dep_ == "pobj"]
        nouns += [o for n in nouns for q in n.children if q.dep_ == "prep" for o in q.children if o.dep_ == "pobj"]
        for noun in nouns:
            # the names after the phrase's last comma ("Like Australia, Japan and New Zealand, South Korea
            # attended": South Korea, not the phrase's own list)
            # (but "In Brussels, Belgium, France, …, the Netherlands and the United Kingdom sign": all after
            # the phrase's comma, when the phrase has no list of its own, which an "and" before the comma ends)
            chain = sorted(c for c in noun.conjuncts if noun.i < c.i < verb.i)
            words = verb.doc[noun.i + 1:verb.i]
            commas = [t.i for t in words if t.text == ","]
            ands = [t.i for t in words if t.lower_ in {"and", "or"}]
            if not chain or not commas:
                continue
            closing = next(c for c in commas if c > ands[0]) if ands and ands[0] < commas[-1] else commas[0]
            after = [c for c in chain if c.i > closing]
            first = after[0] if after else None
            if first is None or first.left_edge.i != closing + 1 or not first.ent_type_ \
                    or first.ent_type_ in _UNNAMED or any(t.pos_ in _VERBS for t in verb.doc[first.i:verb.i]):
                continue
            first.head = verb
            first.dep_ = "nsubj"
            for later in after[1:]:  # the rest of the subject's list
                later.head = first
                later.dep_ = "conj"
            return


def _listed_office(office: Token) -> None:
    """ "by the NATO Secretary General, the President of the European Council and the President of the
    European Commission": an office after an office and a comma, with a conjunct of its own, is the next
    item of a list of offices, not an apposition (an office after a person's name is one: "Jens
    Stoltenberg, the Secretary General and …")."""
    after = office.right_edge.i + 1
    if not any(c.dep_ == "conj" for c in office.children) or office.left_edge.i == 0 \
            or office.left_edge.nbor(-1).text != "," or not _is_office(office) or not _is_office(office.head) \
            or after + 1 < len(office.doc) and office.doc[after].text == "," and office.doc[after + 1].pos_ in _VERBS:
        return  # (nor an apposition a comma closes: "The Secretary General, the chair of the Council and …, said")
    office.dep_ = "conj"


def _is_office(token: Token) -> bool:
    """Whether *token* heads an office's words ("President", "NATO Secretary General"), no name with them."""
    if token.ent_type_ == "PERSON":
        return False
    words = [c.lower_ for c in token.lefts if c.dep_ == "compound" and not c.ent_type_] + [token.lower_]
    return any(" ".join(words[n:]) in _titles() for n in range(len(words)))


@cache
def _titles() -> frozenset[str]:
    """The offices' words (lexicon ``titles``)."""
    return frozenset(load_lexicon().relations["titles"])


def _participle_on_subject(verb: Token) -> None:
    """ "The Partnership for Peace (PfP), launched at the Brussels Summit in 1994, was joined by …": a
    participle set off by commas right after a name, which the parser made the sentence's verb with the
    name its subject, is on the name; the finite verb after the second comma, which the parser left
    hanging on the participle, is the sentence's, with the name its subject."""
    if verb.tag_ != "VBN" or verb.i < 2 or verb.nbor(-1).text != "," \
            or any(c.dep_ in {"aux", "auxpass"} for c in verb.children):
        return
    head = verb.head
    if verb.dep_ == "conj" and head.tag_ not in _FINITE and not any(c.dep_ in {"aux", "auxpass"} for c in head.children):
        return  # ("The PfP, launched in 1994, and the MD, launched in 1994, were joined by …": a list of subjects)
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    # the finite verb: hung on the participle, or (the participle a conjunct) its next conjunct
    after = [c for c in verb.children if c.dep_ in {"dep", "conj", "ccomp", "parataxis"}]
    if verb.dep_ == "conj":
        after += [c for c in verb.head.children if c.dep_ == "conj"]
    main = next((c for c in after if c.i > verb.i and c.pos_ == "VERB" and c.left_edge.i > 0
                 and c.left_edge.nbor(-1).text == "," and not any(t.pos_ in _VERBS for t in verb.doc[verb.i + 1:c.left_edge.i])
                 and any(a.dep_ in {"aux", "auxpass"} and a.i < c.i for a in c.children)), None)
    if subject is None or main is None or not subject.ent_type_ or subject.ent_type_ in _UNNAMED \
            or subject.pos_ != "PROPN" or any(c.dep_ == "cc" and verb.i < c.i < main.i for c in verb.children):
        return
    if main.head == verb:
        main.head = main
        main.dep_ = "ROOT"
    subject.head = main
    subject.dep_ = "nsubjpass" if any(a.dep_ == "auxpass" for a in main.children) else "nsubj"
    verb.head = subject
    verb.dep_ = "acl"


def _relative_on_name(verb: Token) -> None:
    """ "… part of the Partnership for Peace (PfP), which was launched at the Brussels Summit": a passive
    clause that "which" opens right after a name and a comma, which the parser made an adverbial clause
    of the verb before, is a relative clause on that name (a bracket after the name may stand between)."""
    pronoun = verb.left_edge
    if pronoun.lower_ != "which" or pronoun.dep_ != "nsubjpass" or pronoun.i < 2 \
            or pronoun.nbor(-1).text != "," or not any(c.dep_ == "auxpass" for c in verb.children):
        return
    before = pronoun.nbor(-2)
    name = before.head if before.text == ")" else before
    if not name.ent_type_ or name.ent_type_ in _PLACES or name.ent_type_ in _UNNAMED or name.ent_type_ == "PERSON" \
            or name.is_ancestor(verb) or verb.is_ancestor(name) or name.pos_ != "PROPN":
        return
    verb.head = name
    verb.dep_ = "relcl"


def _after_apposition(verb: Token) -> None:
    """Re-hang the relative clause *verb* heads onto the name an apposition describes (see
    :func:`apposed_relatives`)."""
    noun, pronoun = verb.head, verb.left_edge
    if noun.i >= pronoun.i or noun.dep_ != "pobj" or pronoun.nbor(-1).text != "," \
            or not all(noun.is_ancestor(t) for t in verb.doc[noun.i + 1:pronoun.i - 1]):
        return  # (the comma closes the noun's own phrase: "in the Gulf of Aden, which")
    apposed = noun.head.head
    name = apposed.head
    if noun.head.dep_ != "prep" or apposed.dep_ != "appos" or apposed.pos_ != "NOUN" or name.pos_ != "PROPN" \
            or name.i > apposed.i or apposed.left_edge.i == 0 or apposed.left_edge.nbor(-1).text != ",":
        return
    person = name.ent_type_ == "PERSON"
    if pronoun.lower_ == "which" and not person and (noun.ent_type_ in _PLACES or noun.ent_type_ == "DATE") \
            and verb.lemma_.lower() not in _place_clause_verbs():
        # (or a date's: "Azerbaijan, a partner since 1994, which was the first …"; not "the commander of
        # US European Command, which is based in Stuttgart", nor "… in Afghanistan, which borders Pakistan")
        verb.head = name
    elif pronoun.lower_ == "who" and person and noun.ent_type_ != "PERSON":
        verb.head = name  # ("X, the former prime minister of Norway, who …"; not "the successor of Y, who …")


def _joined_after_year(doc: Doc, at: int, year: Token, name: Token, subject: Token) -> None:
    """ "In 2012 Australia and NATO signed a declaration": the parser numbers the first name with the year
    and makes the second alone the subject; the first heads the subject, the second its conjunct."""
    joiner = name.right_edge.i + 1
    if joiner >= subject.left_edge.i or doc[joiner].lower_ != "and" or subject.left_edge.i != joiner + 1:
        return
    year.head, year.dep_ = doc[at], "pobj"
    name.head, name.dep_ = subject.head, subject.dep_
    subject.head, subject.dep_ = name, "conj"
    doc[joiner].head, doc[joiner].dep_ = name, "cc"


def _first_item_after_year(doc: Doc, prep: Token, year: Token) -> None:
    """ "In 2004 Slovenia, Slovakia and Romania were admitted": the parser makes the first name a
    second object of "in" and the rest the subject; the first name heads the subject's list."""
    name = next((c for c in prep.children if c.dep_ == "pobj" and c.i > year.i and c.left_edge.i == year.i + 1
                 and c.pos_ == "PROPN"), None)
    comma = name.right_edge.i + 1 if name is not None else len(doc)
    if comma >= len(doc) - 1 or doc[comma].text != ",":
        return
    verb = prep.head
    subject = next((c for c in verb.children if c.dep_ in _SUBJECTS and c.left_edge.i == comma + 1), None)
    if verb.pos_ not in _VERBS or subject is None or not any(c.dep_ == "conj" for c in subject.children):
        return  # (a list goes on after the subject: "…, Slovakia and Romania")
    name.head, name.dep_ = verb, subject.dep_
    subject.head, subject.dep_ = name, "conj"
    doc[comma].head = name


#: the parts of speech of a description's head ("contributor", or "Cooperation" the tagger took for a name)
_NOUNS = frozenset({"NOUN", "PROPN"})
#: the tags of a participle a table's cell states a thing done with ("IPAP agreed Jan. 2015")
_PARTICIPLES = frozenset({"VBN", "VBD"})
#: the labels of the names of documents and programmes, which are agreed, not agreeing
_DOCUMENT_LABELS = frozenset({"AGREEMENT", "FRAMEWORK", "LAW"})
#: the marks that part a table's cells, and the clauses or items of a cell
_CELL_MARKS = frozenset({"|", ";"})


@Language.component("natokg_row_descriptions")
def row_descriptions(doc: Doc) -> Doc:
    """Hang each noun phrase a later cell of a table's row holds alone on the row's name as its apposition,
    and each participle that says what was done to the row's thing as a participle on it (the first line of a
    table is its header, whose cells describe no row)."""
    if "|" not in doc.text:
        return doc
    table_line = False
    for line in _lines(doc):
        if not any(t.text == "|" for t in line):
            table_line = False
            continue
        header, table_line = not table_line, True
        key = None if header else _row_name(doc, line)
        if key is None:
            continue
        start = next(t.i for t in line if t.text == "|")
        for segment in _segments(doc, start + 1, line[-1].i + 1):
            for root in (t for t in segment if t.head.i == t.i and t.pos_ in _NOUNS and not t.ent_type_
                         and _names_its_other(t)):
                root.head, root.dep_ = key, "appos"
            for root in (t for t in segment if t.head.i == t.i and t.tag_ in _PARTICIPLES):
                if _row_passive(root):
                    root.head, root.dep_ = key, "acl"  # "Ukraine | supported by NATO since 2014", "invited to join"
                else:
                    _telegraphic_passive(root)
    return doc


def _row_passive(verb: Token) -> bool:
    """A cell's participle that says what was done to the row's thing: with its doer after "by" ("supported
    by NATO since 2014"), or one of a verb whose object is another's, with no object ("invited to join NATO")."""
    if verb.tag_ != "VBN" or any(c.dep_ in {"nsubj", "nsubjpass", "dobj"} for c in verb.children):
        return False
    lexicon = load_lexicon().relations
    return any(c.dep_ == "agent" for c in verb.children) or verb.lemma_.lower() in lexicon["object_control_verbs"] \
        or lexicon["status_verbs"].get(verb.lemma_.lower()) == "recipient"


def _telegraphic_passive(verb: Token) -> None:
    """ "Serbia | … | IPAP agreed Jan. 2015": a document's name before a participle that has no object
    is what was agreed, as in "agreed IPAP" (the row's thing agreed it), not the verb's subject."""
    if any(c.dep_ in {"dobj", "aux", "auxpass", "nsubjpass"} for c in verb.children):
        return
    names = [c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i and c.ent_type_ in _DOCUMENT_LABELS]
    if len(names) == 1:
        names[0].dep_ = "dobj"


def _names_its_other(noun: Token) -> bool:
    """Whether a noun's phrase names what it relates the row's thing to ("contributor to ISAF", "successor
    to the NACC", "NATO-led operation"; not "member since 2004" or "Partner", which the table's columns read)."""
    return any(t.ent_type_ and t.ent_type_ not in _UNNAMED for t in noun.subtree if t.i != noun.i)


def _lines(doc: Doc) -> list[list[Token]]:
    """The tokens of each line of *doc* (without its line breaks)."""
    lines: list[list[Token]] = [[]]
    for token in doc:
        if "\n" in token.text:
            lines.append([])
        elif not token.is_space:
            lines[-1].append(token)
    return [line for line in lines if line]


def _row_name(doc: Doc, line: list[Token]) -> Token | None:
    """The root of the one name a row's first cell is (its words outside brackets: "Stabilisation Force (SFOR)")."""
    depth, words = 0, []
    for token in line:
        if token.text == "|":
            break
        depth += token.text == "("
        if not depth and not token.is_punct:
            words.append(token)
        depth -= token.text == ")" and depth > 0
    if not words or not words[0].ent_type_ or words[0].ent_iob_ != "B":
        return None
    ent = next((e for e in doc.ents if e.start == words[0].i), None)
    if ent is None or any(t.i >= ent.end for t in words):
        return None
    return ent.root


def _segments(doc: Doc, start: int, end: int) -> list[list[Token]]:
    """The parts of tokens *start* to *end* between cell marks."""
    parts: list[list[Token]] = [[]]
    for token in doc[start:end]:
        if token.text in _CELL_MARKS:
            parts.append([])
        else:
            parts[-1].append(token)
    return [p for p in parts if p]

