"""Verb clauses: active, passive, participles, verb + preposition, and be/become/remain + noun.

* ``active`` / ``active-prep``: subject–verb–object, and verb + preposition ("cooperate with");
* ``passive-agent`` / ``passive-prep``: "X was adopted by Y", "the summit was held in Lisbon";
* ``participle``: "the Plan (adopted in May) ..." — the agent is the subject of the governing clause;
* ``other-members``: "… briefed other NATO members" — the subject is one of them;
* ``object-via-prep``: "… would not affect the strategic balance with Russia";
* ``copula``: "Norway is a member of NATO", "North Macedonia is a member state of NATO".
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import replace

from spacy.tokens import Span, Token

from ...lexicon import load_lexicon
from ...model import NEGATIVE, POSITIVE
from ..context import (CHRONOLOGY_MARKS, MEMBER_HINT, PLAIN, SUBJECTS, TOPIC, Arg, Context, RelationCandidate,
                       Stance, own_date)
from ..dates import time_later
from ..mentions import at_line_start

__all__ = ["copula", "verb_clause"]


def verb_clause(ctx: Context, verb: Token, sent: Span) -> Iterator[RelationCandidate]:
    i = verb.i
    if ctx.pos[i] not in {"VERB", "AUX"}:
        return
    lemma = ctx.lemmas[i]
    if lemma in ctx.words["pro_verbs"]:
        antecedent = _stood_for(ctx, verb)
        if antecedent is not None:
            yield from _elliptic(ctx, verb, antecedent, sent)
            return
    if lemma in ctx.linking:
        yield from copula(ctx, verb, sent)
        return
    if lemma in ctx.lex["as_linking_verbs"] or _passive_as(ctx, verb):
        yield from copula(ctx, verb, sent)  # "the Council serves as NATO's executive body", "… are grouped as …"
    if lemma in ctx.lex["small_clause_verbs"]:  # "…, making Russia a partner"
        yield from _small_clause(ctx, verb, sent)
    if lemma in ctx.lex["object_naming_verbs"]:  # "NATO recognised Georgia as a partner", "name Georgia a partner"
        yield from _object_named(ctx, verb, sent)
    phrase = _phrase_of(ctx, verb)
    predicate = ctx.lex["verbs"].get(phrase, ctx.states["open"])
    children = list(verb.children)
    passive = bool(ctx.kids(i, {"nsubjpass", "auxpass"})) or (  # "is staffed and funded by"
        ctx.deps[i] == "conj" and ctx.tags[i] == "VBN" and bool(ctx.kids(ctx.heads[i], {"auxpass"}))
        and not ctx.kids(i, {"aux", "dobj", "nsubj"})) \
        or bool(_comma_participle(ctx, verb))  # not "… and has joined NATO"
    # "sent troops to the mission": the parser's dative "to" is a preposition too
    # ("was conducted in the Gulf of Aden and off the Horn of Africa": "off" as well)
    preps = ctx.place_conjuncts([ctx.doc[c] for c in ctx.children(i) if ctx.deps[c] in {"prep", "agent"}
                                 or (ctx.deps[c] == "dative" and ctx.pos[c] == "ADP")])
    parenthetical = any(ctx.texts[c] == "(" for c in ctx.children(i)) and not ctx.kids(i, SUBJECTS)
    implicit = ctx.lex["implicit_object"].get(lemma)
    role = _joined_as(ctx, children) if implicit else None
    if role is not None:  # "Argentina asked to join as a global partner": the role names the tie
        predicate = implicit = role
    if parenthetical and implicit and not passive and not any(c.dep_ in {"dobj", "prep"} and ctx.entities(c)
                                                               for c in children):
        paren = next(c for c in children if c.text == "(")
        item = [(ctx.token_to_candidate[paren.i - 1], False)] if paren.i - 1 in ctx.token_to_candidate else []
        if item:  # "Algeria (joined in March 2000)": the item joined what the text is about
            yield from _to_topic(ctx, item, implicit, verb, sent, phrase)
            return
    if phrase in ctx.lex["renaming_verbs"] and ctx.deps[i] in {"conj", "parataxis"} \
            and not ctx.kids(i, {"nsubj", "nsubjpass"}):
        # "the NACC, renamed the EAPC in 1997" parsed as a clause of its own: the name before it was renamed
        yield from _renamed(ctx, verb, sent, phrase, _participle_patient(ctx, verb), "participle")
        return
    if phrase in ctx.lex["renaming_verbs"] and not passive and any(c.dep_ == "dobj" for c in children):
        # "Allies upgraded the NATO-Ukraine Commission to a NATO-Ukraine Council": what it became succeeds it
        turned = [e for c in children if c.dep_ == "dobj" for e in ctx.entities(c)]
        yield from _renamed(ctx, verb, sent, phrase, turned, "active-prep")
    agreement = _dated_line_agreement(ctx, verb, sent)
    if agreement is not None:
        # "Key dates - Armenia" over "- December 2005: first IPAP agreed with NATO": the section's country's act
        yield from _section_country(ctx.emit([(TOPIC, False)], predicate, ctx.entities(agreement), "", verb, sent,
                                             phrase))
        return
    yield from _founded_with(ctx, verb, sent, phrase)
    if passive or _participle(ctx, verb, parenthetical):
        yield from _passive(ctx, verb, sent, phrase, predicate, parenthetical)
        return
    yield from _taken_in(ctx, verb, sent, phrase, children)
    replaced = list(_new_in_place_of(ctx, verb, sent, phrase)) if predicate == ctx.states["succession"] else []
    if replaced:  # (the subject that replaced one thing with another succeeded nothing)
        yield from replaced
        return
    subjects = ctx.subjects(verb)
    if lemma in ctx.lex["accepting_verbs"]:
        yield from _accepted_offer(ctx, verb, sent, subjects, children)
    attended = list(_attendance(ctx, verb, sent, subjects))
    yield from attended
    yield from _joint_action(ctx, verb, sent, subjects)
    yield from _took_over(ctx, verb, sent, phrase, subjects, children)
    venues = [e for e in _venue(ctx, verb, predicate, named_subject=False) if e not in subjects]
    subjects += venues
    if predicate in ctx.lex["venue_predicates"] and all(ctx.candidates[e[0]].rule.startswith("reference")
                                                          for e in subjects if e[0] >= 0):
        # "23-25 April 1999 - Washington Summit. Leaders launch the MAP.": the summit the entry is of
        subjects += _dateline_event(ctx, sent)
    if not subjects and (_opens_dated_line(ctx, verb, sent)
                         or ctx.deps[i] == "xcomp" and _opens_dated_line(ctx, verb.head, sent)):
        # "Key dates - Armenia" over "- 1992: joins the NACC", "- 1999: begins participating in the MAP": the
        # section's country does it
        read = [(predicate, [e for c in children if c.dep_ == "dobj" for e in ctx.entities(c)], phrase)]
        read += [(ctx.lex["verb_preps"].get(f"{phrase} {p.lower_}"), ctx.pobjs(p), f"{phrase} {p.lower_}")
                 for p in preps]
        for said, objects, words in read:
            if said:
                yield from _section_country(ctx.emit([(TOPIC, False)], said, objects, "", verb, sent, words))
        return
    if not subjects:
        yield from _members_named(ctx, verb, sent, phrase)
        # "NATO Heads of State and Government invited the following countries, A, B and C, to accession talks"
        yield from _invitations(ctx, verb, sent, lemma, [e for c in children if c.dep_ == "dobj" for e in ctx.entities(c)],
                                children)
        return
    named = {ctx.roots[s] for s, _ in subjects if s in ctx.spans}
    # "countries contributed, among them Sweden/dobj": a subject's example misparsed as the object is not one
    children = [c for c in children if c.i not in named]
    objects = [e for c in children if c.dep_ in {"dobj", "dative"} for e in ctx.entities(c)]
    objects += _objects_after_a_date(ctx, children, objects)
    if not objects and verb.dep_ == "relcl" and phrase in ctx.lex["verbs"] and not any(
            c.lower_ in ctx.words["relative_pronouns"] or c.dep_ in {"dobj", "ccomp", "xcomp"} for c in children):
        # "the forum the Alliance set up in 1991": a relative clause without its pronoun leaves its object out
        objects = [e for e in ctx.antecedent(verb.head) if e not in subjects]
    if not objects:  # "which joined PfP in 1994": a name right after the verb the parser took for an adverb
        objects = [e for c in children if c.dep_ == "npadvmod" and c.i == verb.i + 1 and c.i in ctx.token_to_candidate
                   for e in ctx.entities(c)]
    if not objects and verb.dep_ == "xcomp":
        # "the Initiative, which Bahrain and Qatar chose to join": the relative pronoun is the infinitive's object
        objects = [e for c in verb.head.children if c.dep_ == "dobj" and c.lower_ in ctx.words["relative_pronouns"]
                   for e in ctx.entities(c)]
    if not objects and lemma in ctx.lex["bare_infinitive_verbs"]:
        # "NATO has helped Moldova reform its defence sector": the parser makes the object the subject of the infinitive
        objects = [e for c in children if c.dep_ in {"ccomp", "xcomp"} and c.tag_ == "VB"
                   for s in c.children if s.dep_ == "nsubj" for e in ctx.entities(s)]
    if phrase in ctx.lex["opening_to_verbs"] and objects:
        # "the Alliance opened the Partnership for Peace to Bosnia and Herzegovina and Serbia": they take
        # part in it (and no one founds it then)
        frameworks = [e for e in objects if e[0] >= 0 and ctx.candidates[e[0]].kind == "PartnershipFramework"]
        opened_to = [e for c in children if c.dep_ in {"prep", "dative"} and c.lower_ in ctx.words["opening_preps"]
                     for e in ctx.pobjs(c) if e[0] >= 0 and ctx.candidates[e[0]].kind == "Country"]
        if frameworks and opened_to:
            yield from ctx.emit(opened_to, ctx.lex["nouns"]["participation"], frameworks, "active", verb, sent,
                                f"{phrase} to")
            for (subject, _), (obj, _) in ((s, o) for s in subjects for o in frameworks):
                ctx.relate(subject, obj)  # (no other family reads the opener's pair)
            objects = [e for e in objects if e not in frameworks]
    if (phrase in ctx.lex["bilateral_opening_verbs"] and _opened_with_one(ctx, children)) or (
            attended and predicate == ctx.lex["verbs"].get("join")
            and all(o >= 0 and ctx.candidates[o].rule.startswith("reference") for o, _ in objects)):
        # "Allies opened an Intensified Dialogue with Georgia": one country's, no framework founded; "Japan
        # and Australia joined us at the Washington Summit": the meeting's company, no membership (and no
        # other family reads the pairs)
        for (subject, _), (obj, _) in ((s, o) for s in subjects for o in objects):
            ctx.relate(subject, obj)
        objects = []
    hosted = ctx.lex["host_verbs"].get(phrase, {})
    guests = [e for e in objects if ctx.candidates[e[0]].kind in hosted]
    # "Kazakhstan hosts the Steppe Eagle exercise": the event is held where its host is (and no open link besides)
    for found in ctx.emit(subjects, predicate, [e for e in objects if e not in guests], "active", verb, sent, phrase):
        # "joined the PfP in 1994 and the EAPC three years later": a second object's own date
        later = _years_after(ctx, found.object, found.date) if found.object >= 0 and found.date else ""
        yield replace(found, date=later) if later else found
    if objects:
        yield from _gapped_objects(ctx, verb, sent, subjects, objects, predicate, phrase)
        yield from _cosignatories(ctx, verb, sent, predicate, objects, phrase)
    # a country that hosts an event hosts it ("Romania hosted the summit"); a city or site is where it is
    # held, and a country is where a hosted body is ("Switzerland hosts the Geneva Centre")
    hosts = [e for e in subjects if ctx.candidates[e[0]].kind in ctx.lex["host_kinds"]]
    for kind, relation in hosted.items():
        yield from ctx.emit([e for e in guests if ctx.candidates[e[0]].kind == kind], relation,
                            [e for e in subjects if e not in hosts] if kind == "Event" else subjects,
                            "inverse-active", verb, sent, phrase)
    yield from ctx.emit(hosts, ctx.states["open"], [e for e in guests if ctx.candidates[e[0]].kind == "Event"], "active",
                        verb, sent, phrase)
    # "NATO conducted Operation Allied Force": the operation is the organisation's
    yield from _owned(ctx, phrase, subjects, objects, "inverse-active", verb, sent)
    if lemma in ctx.lex["follow_verbs"] and not objects and not _reacted(ctx, verb, children):
        yield from _followers(ctx, verb, sent, subjects)
    if lemma not in ctx.lex["as_linking_verbs"] and lemma not in ctx.linking:
        yield from _in_role(ctx, verb, sent, subjects, children)
    mutual = _mutual(ctx, phrase, predicate, children)
    if mutual and not objects and len(subjects) >= 2:
        # "NATO and Russia cooperated within the NACC", "Jordan and NATO have worked together"
        yield from ctx.emit(subjects[:1], mutual, subjects[1:], "active", verb, sent, phrase)
    elif mutual and not objects and len(subjects) == 1 and ctx.referred_pair(subjects[0][0]):
        # "the two organisations have cooperated": with each other (the resolver relates the pair's members)
        stance = ctx.stance(verb, sent)
        index = subjects[0][0]
        yield RelationCandidate(index, mutual, index, "active", phrase, ctx.offset + sent.start_char,
                                ctx.offset + sent.end_char, *stance, date=ctx.date(verb, sent))
    converse = ctx.lex["converse_verbs"].get(phrase)
    if converse:  # "Allied Command Atlantic preceded Allied Command Transformation"
        yield from ctx.emit(objects, converse, subjects, "inverse-active", verb, sent, phrase)
    inverse = ctx.lex["inverse_verbs"].get(phrase)
    if inverse:  # "the Dialogue includes Algeria, Egypt …": each member is in it
        members = [e for e in objects if ctx.candidates[e[0]].kind in ctx.lex["member_kinds"]]
        yield from ctx.emit(members, inverse, subjects, "inverse-active", verb, sent, phrase)
        for extra, own in _gapped_names(ctx, verb, objects) if members else ():
            if ctx.candidates[extra[0]].kind in ctx.lex["member_kinds"]:
                for found in ctx.emit([extra], inverse, subjects, "gapping", verb, sent, phrase):
                    yield replace(found, date=own or found.date)
    yield from _invitations(ctx, verb, sent, lemma, objects, children)
    yield from _gapped(ctx, verb, sent, subjects, objects, predicate if objects else implicit, phrase)
    if implicit and not objects and not _has_complement(ctx, children) and not _definite_object(children) \
            and not _other_role(ctx, children):
        # "Spain joined in 1982", "Austria contributed troops": joined, or contributed to, what the document is about
        yield from _to_topic(ctx, subjects, implicit, verb, sent, phrase)
    bid = ctx.lex["bid_implicit_object"].get(lemma)
    if bid and not objects and not _has_complement(ctx, [c for c in children if not _companion(ctx, c)]) \
            and not any(c.dep_ in {"xcomp", "ccomp"} for c in children):
        # "Sweden applied in May 2022": a bid to join what the document is about (not "applied to join NATO")
        countries = [e for e in subjects if ctx.candidates[e[0]].kind == "Country"]
        for found in _to_topic(ctx, countries, bid["predicate"], verb, sent, phrase):
            yield replace(found, modality=found.modality or bid["modality"])
    operation = ctx.lex["operation_verbs"].get(lemma)
    if operation and not objects and _topic_noun(ctx, children, "operation_nouns", _OPERATION_OWNERS):
        # "Spain contributed troops to the force", "Belgium joined the German-led battle group"
        countries = [e for e in subjects if ctx.candidates[e[0]].kind == "Country"]
        yield from _to_topic(ctx, countries, operation, verb, sent, "contribute", rule="operation-noun")
    meeting = ctx.lex["meeting_verbs"].get(lemma)
    light = [c for c in children if c.dep_ == "dobj" and f"{lemma} {c.lemma_.lower()}" in ctx.lex["meeting_verbs"]]
    if meeting is None and light and not any(c.dep_ == "prep" and not _companion(ctx, c)
                                             for c in [*children, *light[0].children]):
        meeting = ctx.lex["meeting_verbs"][f"{lemma} {light[0].lemma_.lower()}"]  # "… took part." (in nothing named)
    if meeting and not objects and _topic_noun(ctx, children, "meeting_heads", _MEETING_OWNERS):
        # "leaders from Japan and Australia attended the meeting of the alliance": the summit of the text
        yield from _to_topic(ctx, _present(ctx, subjects), meeting, verb, sent, "attend", rule="meeting-noun")
    elif meeting and not objects and not any(c.dep_ in {"prep", "dative"} and ctx.pobjs(c) and not _companion(ctx, c)
                                             for c in children):  # ("take part alongside the Allies")
        yield from _attended_before(ctx, verb, sent, subjects, meeting)
    if not objects:
        # "deployed troops with ISAF": a preposition of the verb's own (lexicon verb_preps) the parser hung
        # on a proxy object ("troops") is the verb's
        proxied = {p.i: ctx.lex["verb_preps"][f"{phrase} {p.lower_}"] for c in children if c.dep_ == "dobj"
                   and c.lemma_.lower() in ctx.proxies for p in c.children
                   if p.dep_ == "prep" and f"{phrase} {p.lower_}" in ctx.lex["verb_preps"]}
        for at, mapped in proxied.items():
            yield from ctx.emit(subjects, mapped, ctx.pobjs(ctx.doc[at]), "active-prep", verb, sent,
                                f"{phrase} {ctx.lowers[at]}")
        via = [e for c in children if c.dep_ == "dobj" for p in c.children if p.i not in proxied
               and p.dep_ == "prep" and p.lower_ in ctx.lex["object_preps"] for e in ctx.pobjs(p)]
        pact = _pact_with(ctx, lemma, children)
        yield from ctx.emit(subjects, ctx.states["open"], [e for e in via if e not in pact], "object-via-prep", verb,
                            sent, phrase)
        # "Kuwait signed an agreement with NATO": the parties to an unnamed agreement cooperate (a
        # minister who signs one acts for a party)
        parties = [e for e in subjects if ctx.candidates[e[0]].kind in ctx.lex["member_kinds"]
                   or ctx.candidates[e[0]].kind is None]  # (or a pronoun: "it concluded an agreement with …")
        yield from ctx.emit(parties, ctx.states["pact"], pact, "object-via-prep", verb, sent, phrase)
        if not pact and len(parties) > 1 and any(c.lemma_.lower() not in ctx.lex["one_party_pact_nouns"]
                                                 for c in _pacts(ctx, lemma, children)):
            # "Türkiye, Finland and Sweden signed a trilateral memorandum": the signatories cooperate, each with each
            for n, party in enumerate(parties[:-1]):
                yield from ctx.emit([party], ctx.states["pact"], parties[n + 1:], "active", verb, sent, phrase)
    for obj in (c for c in children if c.dep_ == "dobj"):
        noun = obj.lemma_.lower()
        if noun in ctx.lex["nouns"] and any(m.lower_ == "other" for m in obj.children):
            yield from ctx.emit(subjects, ctx.lex["nouns"][noun], ctx.owners(obj), "other-members", verb, sent,
                                f"other {noun}")
    yield from _crewed_by(ctx, verb, sent, subjects, preps, phrase)
    yield from _deployed(ctx, verb, sent, subjects, objects, preps, phrase)
    for prep, key in _prep_phrases(ctx, phrase, preps, children):
        if _moved_from(ctx, phrase, prep):  # "the College moved from Paris to Rome" (not "moved troops from …")
            if not any(c.dep_ == "dobj" for c in children):
                yield from _left_place(ctx, ctx.emit(subjects, ctx.states["located"], ctx.pobjs(prep), "active-prep",
                                                     verb, sent, key))
            continue
        if key in ctx.lex["converse_verb_preps"]:  # "Rasmussen handed over to Stoltenberg": Stoltenberg succeeded him
            yield from ctx.emit(ctx.pobjs(prep), ctx.lex["converse_verb_preps"][key], subjects, "inverse-active", verb,
                                sent, key)
            continue
        mapped = ctx.lex["verb_preps"].get(key)
        if mapped is None and prep.lower_ in ctx.lex["event_place_verb_preps"]:
            # "IFOR takes over from UN forces in Bosnia", "Operation Unified Protector enforces the no-fly
            # zone over Libya": where an operation or meeting acts, it is held
            # (not a summit that acts for those who met there: "leaders at the Summit invite the government in Skopje")
            events = [e for e in subjects if ctx.candidates[e[0]].kind == "Event" and e not in venues]
            yield from _held_where(ctx, events, prep, verb, sent, key)
        if mapped is None and (prep.lower_ not in ctx.words["open_object_preps"] or objects or (
                prep.lower_ == "to" or prep.lower_ == "with" and predicate != ctx.states["open"])
                and any(c.dep_ == "dobj" and c.i not in ctx.token_to_candidate for c in children)):
            # "decided to establish the ROK Mission to NATO", "opened a dialogue with NATO": the phrase is
            # the object's (an open link's is the subject's: "criticised the border with Russia")
            continue
        if ctx.place_of_object(mapped, verb) and key == f"{phrase} {prep.lower_}":
            continue  # (but "took place in": the object is the phrase's own noun)
        yield from ctx.emit(subjects, mapped or predicate, _operations_only(ctx, key, ctx.pobjs(prep)), "active-prep",
                            verb, sent, key)
    # "KFOR ended its patrols in Kosovo", "Ocean Shield began its work off the Horn of Africa": the place of
    # an operation's own work or forces is the operation's (lexicon operation_work_nouns; not a summit's,
    # whose decisions act elsewhere: "the Summit launched a training mission in Iraq")
    operations = [e for e in subjects if ctx.candidates[e[0]].kind == "Event" and e not in venues
                  and not ctx.is_meeting(e[0])]
    work = ctx.lex["operation_work_nouns"]  # (not "has an office in Skopje", "sparked protests in Russia")
    for noun in (c for c in children if c.dep_ == "dobj" and (c.lemma_.lower() in work or c.lower_ in work)
                 and c.i not in ctx.token_to_candidate
                 and not any(d.lower_ == "no" for d in c.children)):  # ("has no ships in the Black Sea")
        for prep in noun.children:
            if prep.dep_ == "prep" and prep.lower_ in ctx.lex["event_place_verb_preps"]:
                # ("KFOR will not conduct patrols in Serbia": the clause's own stance)
                yield from _held_where(ctx, operations, prep, verb, sent, f"{phrase} {prep.lower_}", stance=None)


#: the classes of what a move takes from one seat to another
_MOVING_KINDS = frozenset({"Organization", "InternationalOrganization"})


def _moved_from(ctx: Context, phrase: str, prep: Token) -> bool:
    """*prep* names where what a moving verb moved was before it moved (lexicon ``moving_verbs``)."""
    return prep.lower_ == "from" and "from" in ctx.lex["moving_verbs"].get(phrase, ())


def _left_place(ctx: Context, found: Iterable[RelationCandidate]) -> Iterator[RelationCandidate]:
    """The readings of the place a body moved from ("moved from Paris to Rome in 1966"), without the
    move's date (it was there before); none where the move is denied or only planned ("never moved
    from Rome", "will be moved from Brussels": it is still there), and only for a body (not "the summit
    moved from Paris to Brussels", "Russia moved from Crimea into Ukraine")."""
    return (replace(f, date="") for f in found if f.polarity == POSITIVE and not f.modality
            and ctx.candidates[f.subject].kind in _MOVING_KINDS)


def _held_where(ctx: Context, events: list[Arg], prep: Token, verb: Token, sent: Span, key: str,
                stance: Stance | None = PLAIN) -> Iterator[RelationCandidate]:
    """*events* held in the places that *prep* names (*stance*: None for the clause's own)."""
    places = [e for e in ctx.pobjs(prep) if ctx.candidates[e[0]].kind in {"Place", "Country"}]
    yield from ctx.emit(events, ctx.states["event-place"], places, "active-prep", verb, sent, key, stance=stance)


def _section_country(found: Iterable[RelationCandidate]) -> Iterator[RelationCandidate]:
    """Readings of a chronology line with no subject, done by the country its section names: the
    resolver gives the topic of a ``list-field`` reading with the member hint that country."""
    return (replace(f, rule="list-field", hint=MEMBER_HINT) for f in found)


def _dated_line_agreement(ctx: Context, verb: Token, sent: Span) -> Token | None:
    """The agreement a chronology line opens with, that *verb* says was agreed or signed by no one
    named ("- December 2005: first IPAP agreed with NATO", parsed with the plan as the subject or
    the participle as its modifier), else None."""
    if ctx.kids(verb.i, {"agent", "dobj"}) or ctx.lex["verbs"].get(ctx.lemmas[verb.i]) not in _LINE_PACTS:
        return None
    if ctx.deps[verb.i] == "acl" and ctx.tags[verb.i] == "VBN":
        noun = verb.head
    else:
        # (the parser may take the line's date for a second subject)
        subjects = [s for s in ctx.kids(verb.i, SUBJECTS) if ctx.doc[s].ent_type_ != "DATE"]
        noun = ctx.doc[subjects[0]] if len(subjects) == 1 and ctx.tags[verb.i] in {"VBD", "VBN"} else None
    named = ctx.token_to_candidate.get(noun.i) if noun is not None else None
    if named is None or ctx.candidates[named].kind != "Agreement":
        return None
    before = ctx.spans[named].start - 1
    for _ in range(_LINE_OPENER_WORDS):  # "- 2005: the first IPAP agreed"
        if before >= sent.start and ctx.doc[before].is_lower:
            before -= 1
    return noun if _after_line_date(ctx, sent, before) else None


def _opens_dated_line(ctx: Context, verb: Token, sent: Span) -> bool:
    """A verb (finite, or a participle) with no subject right after a chronology line's date and its
    dash or colon ("- 1992: joins the NACC", "- 2009: invited to join the MAP")."""
    if ctx.tags[verb.i] not in {"VBZ", "VBD", "VBN"} or not _after_line_date(ctx, sent, verb.i - 1):
        return False
    # (the parser may take the date for the subject: "1992/nsubj: joins")
    return all(s < verb.i - 1 for s in ctx.kids(verb.i, SUBJECTS))


def _after_line_date(ctx: Context, sent: Span, mark: int) -> bool:
    """Token *mark* is the dash or colon after the date a line of *sent* opens with ("- 1992: …")."""
    return sent.start <= mark and ctx.texts[mark] in CHRONOLOGY_MARKS and bool(ctx.opening_date(sent)) \
        and at_line_start(ctx.doc, next(t.i for t in sent if not t.is_space))


#: what a chronology line may do with the agreement it opens with ("- 2005: IPAP agreed", "… signed")
_LINE_PACTS = frozenset({"adopted", "signed"})
#: the most lower-case words between a chronology line's dash and the agreement it names ("the first")
_LINE_OPENER_WORDS = 2


def _founded_with(ctx: Context, verb: Token, sent: Span, phrase: str) -> Iterator[RelationCandidate]:
    """ "NATO launched the Mediterranean Dialogue with Egypt, Israel and Tunisia", "the Dialogue is
    opened with Egypt and Israel": the countries a framework is started with take part in it."""
    if phrase not in ctx.lex["start_verbs"]:
        return
    started = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
    frameworks = [e for c in started for e in ctx.entities(c) if ctx.candidates[e[0]].kind == "PartnershipFramework"]
    if not frameworks:
        return
    preps = [p for t in (verb, *started) for p in t.children
             if p.dep_ == "prep" and p.lower_ in ctx.words["accompanying_preps"]]
    countries = [e for p in preps for e in ctx.pobjs(p) if ctx.candidates[e[0]].kind == "Country"]
    rule = "passive-prep" if any(c.dep_ == "nsubjpass" for c in verb.children) else "active-prep"
    yield from ctx.emit(countries, ctx.states["founded-with"], frameworks, rule, verb, sent, f"{phrase} with")


def _opened_with_one(ctx: Context, children: list[Token]) -> bool:
    """A process opened with one country, or on one country's bid: the "with" and "on" phrases of the
    verb and of its object name a single country ("an Intensified Dialogue with Georgia", "… on
    Georgia's aspirations", "with your country"; not "the Dialogue with Egypt, Israel and Morocco")."""
    preps = [c for c in children if c.dep_ == "prep"] + [
        p for o in children if o.dep_ == "dobj" for p in o.children if p.dep_ == "prep"]
    words, named = ctx.words["country_words"], ctx.token_to_candidate
    inside = [t for p in preps if ctx.lowers[p.i] in ctx.words["bilateral_preps"] for t in p.subtree]
    countries = {ctx.entity_of(named[t.i]) for t in inside
                 if t.i in named and ctx.candidates[named[t.i]].kind == "Country"}
    nouns = [t for t in inside if ctx.lowers[t.i] in words]  # (singular: "countries" is no country word)
    return len(countries) == 1 or not countries and len(nouns) == 1


def _modifies_role(ctx: Context, index: int) -> bool:
    """A name (or the first of its conjuncts) that modifies a relational common noun ("NATO members",
    "EU and NATO member states")."""
    if index < 0 or index not in ctx.spans:
        return False
    root = ctx.spans[index].root
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head
    head = root.head
    return root.dep_ in {"compound", "nmod", "amod"} and head.pos_ == "NOUN" and head.i not in ctx.token_to_candidate \
        and ctx.relational_word(head) is not None


def _joined_as(ctx: Context, children: list[Token]) -> str | None:
    """The relation a role noun after "as" names, when it is not the verb's own ("join as a partner")."""
    for prep in (c for c in children if c.dep_ == "prep" and c.lower_ in ctx.words["predicative_preps"]):
        # ("as contributing participants": the parser may read the participle as a gerund with an object)
        nouns = [c for c in prep.children if c.dep_ == "pobj"] + [
            o for c in prep.children if c.dep_ == "pcomp" and c.tag_ == "VBG" for o in c.children if o.dep_ == "dobj"]
        for noun in nouns:
            relation = ctx.lex["nouns"].get(noun.lemma_.lower())
            if isinstance(relation, str) and noun.i not in ctx.token_to_candidate:
                return relation
    return None


def _deployed(ctx: Context, verb: Token, sent: Span, subjects: list[Arg], objects: list[Arg], preps: list[Token],
              phrase: str) -> Iterator[RelationCandidate]:
    """ "we deployed the Implementation Force to Bosnia", "KFOR entered Kosovo": an operation sent to
    a place, or entering it, is held there (lexicon ``deploying_verbs``, ``deploying_preps``,
    ``entering_verbs``)."""
    if phrase in ctx.lex["entering_verbs"]:
        events = [e for e in subjects if ctx.candidates[e[0]].kind == "Event"]
        places = [e for e in objects if ctx.candidates[e[0]].kind in {"Place", "Country"}]
    elif phrase in ctx.lex["deploying_verbs"]:
        events = [e for e in objects if ctx.candidates[e[0]].kind == "Event"]
        places = [e for p in preps if p.lower_ in ctx.lex["deploying_preps"] for e in ctx.pobjs(p)
                  if ctx.candidates[e[0]].kind in {"Place", "Country"}]
    else:
        return
    yield from ctx.emit(events, ctx.states["event-place"], places, "active-prep", verb, sent, phrase, stance=PLAIN)


def _taken_in(ctx: Context, verb: Token, sent: Span, phrase: str, children: list[Token]) -> Iterator[RelationCandidate]:
    """ "we brought Finland and Sweden into our Alliance", "the Allies welcomed Montenegro into NATO":
    the object becomes a member of what the "into" phrase names, whoever takes it in (lexicon
    ``taking_in_verbs``; not a proxy: "integrated Ukrainian units into the NRF")."""
    taken_in = ctx.lex["taking_in_verbs"].get(phrase)
    if not taken_in:
        return
    objects = [c for c in children if c.dep_ == "dobj"]
    members = [e for c in objects for e in ctx.entities(c)
               if not e[1] and e[0] >= 0 and ctx.candidates[e[0]].kind in ctx.lex["member_kinds"]]
    wholes = [e for c in (verb, *objects) for p in c.children
              if p.dep_ == "prep" and p.lower_ in ctx.words["taking_in_preps"] for e in ctx.pobjs(p)]
    yield from ctx.emit(members, taken_in, [e for e in wholes if e not in members], "inverse-active", verb, sent,
                        phrase)


def _crewed_by(ctx: Context, verb: Token, sent: Span, subjects: list[Arg], preps: list[Token],
               phrase: str) -> Iterator[RelationCandidate]:
    """ "Operation Deny Flight began with aircraft from France and the Netherlands": the countries
    whose troops, ships or aircraft an operation acts with take part in it."""
    events = [e for e in subjects if ctx.candidates[e[0]].kind == "Event"]
    if not events or phrase not in ctx.lex["crewed_verbs"]:  # not "collided with a ship from Russia"
        return
    for prep in (p for p in preps if p.lower_ == "with"):
        for noun in (c for c in prep.children if c.dep_ == "pobj" and c.lemma_.lower() in ctx.proxies):
            sources = [e for e in ctx.sources(noun) if ctx.candidates[e[0]].kind == "Country"]
            yield from ctx.emit(sources, ctx.lex["operation_staff"]["serve"], events, "active-prep", verb, sent,
                                f"{phrase} with")


def _prep_phrases(ctx: Context, phrase: str, preps: list[Token], children: list[Token]) -> list[tuple[Token, str]]:
    """Each preposition with the phrase it reads in the lexicon: "cooperate with", or with a
    light verb's object noun ("take part in", "take its seat in", wherever "in" hangs), or a
    contribution ("supplied soldiers for ISAF": "contribute to")."""
    found = [(prep, f"{phrase} {prep.lower_}") for prep in preps]
    known = ctx.lex["verb_preps"].keys() | ctx.lex["converse_verb_preps"].keys()  # ("gives way to")
    for noun in (c for c in children if c.dep_ == "dobj" and c.i not in ctx.token_to_candidate):
        if phrase in ctx.lex["contributing_verbs"] and noun.lemma_.lower() in ctx.lex["contingent_nouns"]:
            # "Mongolia supplied soldiers for ISAF", "provided a frigate to Sea Guardian": a contribution to an
            # operation (not "instructors for the Afghan National Army")
            found = [(p, "contribute to" if _to_operation(ctx, p) else key) for p, key in found]
            found += [(p, "contribute to") for p in noun.children if p.dep_ == "prep" and _to_operation(ctx, p)]
        light = f"{phrase} {noun.lemma_.lower()}"
        found = [(p, f"{light} {p.lower_}" if f"{light} {p.lower_}" in known else key) for p, key in found]
        found += [(p, f"{light} {p.lower_}") for p in noun.children
                  if p.dep_ == "prep" and f"{light} {p.lower_}" in known]
    return found


def _to_operation(ctx: Context, prep: Token) -> bool:
    """A contributing preposition whose object is an operation ("… for ISAF")."""
    return prep.lower_ in ctx.lex["contributing_preps"] and any(
        ctx.candidates[e[0]].kind == "Event" for e in ctx.pobjs(prep) if e[0] >= 0)


def _cosignatories(ctx: Context, verb: Token, sent: Span, predicate: str, objects: list[Arg],
                   phrase: str) -> Iterator[RelationCandidate]:
    """ "Donald Tusk signed the declaration with Jens Stoltenberg": whoever the subject signs
    a named document with signs it too (lexicon ``signing_predicates``)."""
    if predicate not in ctx.words["signing_predicates"]:
        return
    documents = [e for e in objects if ctx.candidates[e[0]].kind == "Agreement"]
    # (the property's signature keeps the kinds that sign; a partner's programme agreed "with NATO" is the
    # partner's own, annotators do not give it NATO's signature)
    partners = [e for p in verb.children if p.dep_ == "prep" and p.lower_ == "with" for e in ctx.pobjs(p)
                if ctx.candidates[e[0]].kind not in ctx.lex["owner_kinds"]] if documents else []
    yield from ctx.emit(partners, predicate, documents, "active", verb, sent, phrase)
    for document in (e for e in documents if e[0] in ctx.spans):
        # the parser may hang "with" on the document: "signed the Joint Declaration with A and B"
        own = [e for p in ctx.spans[document[0]].root.children if p.dep_ == "prep" and p.lower_ == "with"
               for e in ctx.pobjs(p) if ctx.candidates[e[0]].kind not in ctx.lex["owner_kinds"] and e not in partners]
        yield from ctx.emit(own, predicate, [document], "active", verb, sent, phrase)


def _members_named(ctx: Context, verb: Token, sent: Span, phrase: str) -> Iterator[RelationCandidate]:
    """ "Contributors to the battlegroups have included A, B and C", "Members include A and B": a
    relational noun as the subject of an inverse verb relates each object to the noun's
    complement or owner."""
    if phrase not in ctx.lex["inverse_verbs"]:
        return
    nouns = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"} and c.i not in ctx.token_to_candidate]
    for noun in nouns:
        word = ctx.relational_word(noun)
        if word is None:
            continue
        predicate = ctx.lex["nouns"][word]
        kinds = {*ctx.lex["member_kinds"], "Person"} if word in ctx.lex["attendee_nouns"] else ctx.lex["member_kinds"]
        members = [e for c in verb.children if c.dep_ in {"dobj", "attr"} for e in ctx.entities(c)
                   if ctx.candidates[e[0]].kind in kinds]
        whole = [e for p in noun.children if p.dep_ == "prep" and p.lower_ in ctx.lex["copula_preps"]
                 for e in ctx.pobjs(p)] + ctx.owners(noun)
        if not whole and word in ctx.lex["implicit_nouns"] and not any(c.dep_ in {"relcl", "conj"} for c in noun.children):
            # "Members include …": of what the text is about (not "the partners that received …")
            yield from _to_topic(ctx, members, predicate, verb, sent, word)
            continue
        yield from ctx.emit(members, predicate, whole, "inverse-active", verb, sent, phrase)


def _accepted_offer(ctx: Context, verb: Token, sent: Span, subjects: list[Arg],
                    children: list[Token]) -> Iterator[RelationCandidate]:
    """ "The ICI was offered to the six Gulf states. Bahrain, Kuwait and Qatar accepted": countries that
    accept with no object of their own take part in the framework the sentence, or the one before, says
    was offered (lexicon ``accepting_verbs``, ``offering_verbs``); not what a clause says they accept
    ("accepted that KFOR would stay"), nor an acceptance denied, hedged or supposed ("Had Serbia accepted")."""
    if any(c.dep_ in {"dobj", "ccomp", "xcomp", "attr", "oprd", "nsubjpass"} for c in children) or not subjects \
            or any(ctx.candidates[e[0]].kind != "Country" or ctx.candidates[e[0]].rule.startswith("reference")
                   for e in subjects):
        return
    first = min(ctx.spans[e[0]].start for e in subjects)
    if any(c.dep_ == "aux" and c.i < first for c in children):
        return  # (an inverted conditional: "Had Serbia accepted, …")
    stance = ctx.stance(verb, sent)
    if stance[0] != POSITIVE or stance[1]:
        return
    start = ctx.doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    offered: list[Arg] = []
    for offer in (t for t in ctx.doc[start:verb.i] if t.lemma_.lower() in ctx.lex["offering_verbs"]):
        passive = [c for c in offer.children if c.dep_ == "nsubjpass"]
        things = [offer.head] if passive and passive[0].lower_ in ctx.words["relative_pronouns"] \
            and offer.dep_ == "relcl" else passive or [c for c in offer.children if c.dep_ == "dobj"]
        found = [e for t in things for e in ctx.entities(t)]
        if not things and any(c.dep_ == "auxpass" for c in offer.children):
            found = ctx.subjects(offer)  # ("The ICI, launched in 2004, was offered to …" read as two verbs)
        offered = [e for e in found if ctx.candidates[e[0]].kind == "PartnershipFramework"] or offered
    yield from ctx.emit(subjects, ctx.lex["accepting_verbs"][ctx.lemmas[verb.i]], offered[-1:], "implicit-object",
                        verb, sent, "accept", stance=stance)


def _owned(ctx: Context, phrase: str, doers: list[Arg], done: list[Arg], rule: str, verb: Token,
           sent: Span) -> Iterator[RelationCandidate]:
    """An operation an organisation runs (``owning_verbs``: conduct, lead, run …) is its part."""
    owning = ctx.lex["owning_verbs"].get(phrase)
    if owning:
        owners = [e for e in doers if ctx.candidates[e[0]].kind in ctx.lex["owner_kinds"]]
        yield from ctx.emit([e for e in done if ctx.candidates[e[0]].kind in ctx.lex["operated_kinds"]], owning,
                            owners, rule, verb, sent, phrase)


def _in_role(ctx: Context, verb: Token, sent: Span, subjects: list[Arg],
             children: list[Token]) -> Iterator[RelationCandidate]:
    """ "Finland and Sweden took part as partner nations", "Sweden joined the exercise as a partner":
    a role an "as" phrase gives the subjects with no whole of its own is one of what the text is about."""
    if verb.tag_ not in {"VBD", "VBZ", "VBP", "VBN"} or any(c.dep_ == "aux" and c.lower_ == "to" for c in children):
        return  # "in time for the invitees to take their seats as full members": not yet said to be
    if verb.dep_ == "relcl" or ctx.table_cells[verb.i] is not None:
        return  # "a forum in which the Allies and Russia work as equal partners": partners in the forum; a table cell
    for role in (o for c in children if c.dep_ == "prep" and c.lower_ in ctx.lex["as_preps"]
                 for o in c.children if o.dep_ == "pobj" and o.i not in ctx.token_to_candidate):
        word = ctx.relational_word(role)
        if word in ctx.lex["implicit_nouns"] and not any(c.dep_ in {"prep", "poss"} for c in role.children) \
                and not ctx.prefix_negated(role):
            yield from _to_topic(ctx, [e for e in subjects if ctx.candidates[e[0]].kind in ctx.lex["member_kinds"]],
                                 ctx.lex["nouns"][word], verb, sent, word, rule="implicit-object")


def _to_topic(ctx: Context, subjects: list[Arg], predicate: str, verb: Token, sent: Span,
              word: str, rule: str = "implicit-object") -> Iterator[RelationCandidate]:
    """Relations whose other end is what the document is about (the resolver picks it: its
    salient organisation, or by *word* the operation or summit the text is about); a subject
    gapped with its own date ("Greece joined in 1952, Germany in 1955") keeps that date."""
    stance = ctx.stance(verb, sent)
    date = ctx.date(verb, sent)
    for index, _ in subjects:
        span = ctx.spans.get(index)
        own = own_date(span.root) if span is not None else ""
        yield RelationCandidate(index, predicate, TOPIC, rule, word, ctx.offset + sent.start_char,
                                ctx.offset + sent.end_char, *stance, date=own or date)


def _present(ctx: Context, subjects: list[Arg]) -> list[Arg]:
    """Who can attend a meeting: countries and people named, not a reference to a group."""
    return [e for e in subjects if ctx.candidates[e[0]].kind in {"Country", "Person"}
            and not ctx.candidates[e[0]].rule.startswith("reference")]


def _attended_before(ctx: Context, verb: Token, sent: Span, subjects: list[Arg],
                     predicate: str) -> Iterator[RelationCandidate]:
    """ "28-30 June 2022 - Madrid Summit. Japan and Australia attend": an attendance that names
    nothing attended is of the event before it (:func:`_event_before`)."""
    before = _event_before(ctx, verb, sent)
    present = _present(ctx, subjects)
    if before and present:
        yield from ctx.emit(present, predicate, before, "meeting-noun", verb, sent, verb.lemma_.lower())


def _companion(ctx: Context, prep: Token) -> bool:
    """A preposition that names who else does it ("alongside the Allies"), not what is done."""
    return prep.lower_ in ctx.lex["companion_preps"] or f"{ctx.doc[prep.i - 1].lower_} {prep.lower_}" in ctx.lex[
        "companion_preps"]


#: how many sentences of a chronology entry may follow its heading sentence
_ENTRY_SENTENCES = 3


def _dateline_event(ctx: Context, sent: Span) -> list[Arg]:
    """The event a chronology entry's heading sentence names before *sent* in its paragraph
    ("23-25 April 1999 - Washington Summit. … Leaders launch the MAP."): a sentence of dates,
    punctuation and that one name."""
    heading = sent
    for _ in range(_ENTRY_SENTENCES):
        if heading.start == 0 or "\n" in ctx.doc[heading.start - 1].text:
            return []  # (the entry's paragraph begins here)
        heading = ctx.doc[heading.start - 1].sent
        named = ctx.in_sentence(heading)
        if len(named) != 1 or ctx.candidates[named[0]].kind != "Event":
            continue
        span = ctx.spans[named[0]]
        rest = [t for t in heading if not (span.start <= t.i < span.end) and not (t.is_punct or t.is_space)]
        if all(t.ent_type_ == "DATE" or t.like_num for t in rest):
            return [(named[0], False)]
    return []


def _event_before(ctx: Context, verb: Token, sent: Span) -> list[Arg]:
    """The event named last before *verb* in its sentence, else the one the sentence before is about
    (its subject, or the last it names: "28-30 June 2022 - Madrid Summit. Japan and Australia
    attend"), as the one argument it can be."""
    before = [i for i in ctx.within(sent, sent.start, verb.i) if ctx.candidates[i].kind == "Event"]
    if not before and sent.start > 0:
        previous = ctx.doc[sent.start - 1].sent
        events = [i for i in ctx.in_sentence(previous) if ctx.candidates[i].kind == "Event"]
        # the one the sentence before is about, before one it names on the way ("Operation X … cooperated
        # with Operation Y. Ships from Denmark took part.": in X)
        before = [i for i in events if ctx.spans[i].root.dep_ in {"nsubj", "nsubjpass"}][:1]
        if not before and previous.start > 0 and _pronoun_subject(previous):
            # "Operation X is … . It succeeded Operation Y. Ships from Italy took part.": what "it" is
            earlier = ctx.doc[previous.start - 1].sent
            before = [i for i in ctx.in_sentence(earlier) if ctx.candidates[i].kind == "Event"
                      and ctx.spans[i].root.dep_ in {"nsubj", "nsubjpass"}][:1]
        before = before or events
    return [(before[-1], False)] if before else []


def _pronoun_subject(sent: Span) -> bool:
    """Whether the subject of *sent*'s main clause is a pronoun ("It succeeded …")."""
    return any(c.dep_ in {"nsubj", "nsubjpass"} and c.tag_ == "PRP" for c in sent.root.children)


def _pacts(ctx: Context, lemma: str, children: list[Token]) -> list[Token]:
    """The unnamed agreements the verb concludes ("signed a trilateral memorandum")."""
    if lemma not in ctx.lex["pact_verbs"]:
        return []
    return [c for c in children if c.dep_ == "dobj" and c.lemma_.lower() in ctx.lex["pact_nouns"]
            and c.i not in ctx.token_to_candidate]


def _unnamed_pact(ctx: Context, verb: Token) -> bool:
    """A passive or participle of concluding whose patient is an unnamed agreement between parties
    ("a trilateral memorandum signed by …", "the deal was agreed by …"), not one a party may conclude
    alone (lexicon ``one_party_pact_nouns``)."""
    if ctx.lemmas[verb.i] not in ctx.lex["pact_verbs"]:
        return False
    nouns = [verb.head] if verb.dep_ == "acl" else [c for c in verb.children if c.dep_ == "nsubjpass"]
    lemmas = [ctx.lemmas[n.i] for n in nouns if ctx.token_to_candidate.get(n.i) is None  # (or "the memorandum")
              or ctx.candidates[ctx.token_to_candidate[n.i]].rule == "reference"]
    return any(lemma in ctx.lex["pact_nouns"] and lemma not in ctx.lex["one_party_pact_nouns"] for lemma in lemmas)


def _pact_with(ctx: Context, lemma: str, children: list[Token]) -> list[Arg]:
    """The other parties of an unnamed agreement the verb concludes ("signed an agreement with
    NATO", "concluded with Spain a defence agreement"), or none."""
    pacts = _pacts(ctx, lemma, children)
    if not pacts:
        return []
    preps = [p for c in pacts for p in c.children if p.dep_ == "prep"] + [c for c in children if c.dep_ == "prep"]
    # "reached agreement to share information with NATO": the partner of what the agreement is to do
    purposes = [c for c in [*children, *(a for p in pacts for a in p.children)] if c.dep_ in {"advcl", "xcomp", "acl"}
                and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]
    preps += [p for v in purposes for n in (v, *(o for o in v.children if o.dep_ == "dobj"))
              for p in n.children if p.dep_ == "prep"]
    return [e for p in preps if p.lower_ in ctx.words["accompanying_preps"] for e in ctx.pobjs(p)]


def _followed_clause(verb: Token) -> Token | None:
    """The clause a passive "followed by" continues: the verb it hangs on ("Ukraine signs, followed
    by Hungary"; "Kuwait joined it and was followed by Qatar"), or the one an attribute's clause
    holds ("Kuwait was the first country to join it, and was followed by Qatar"); None for another."""
    head = verb.head
    if verb.dep_ not in {"acl", "advcl", "conj"} or head.i == verb.i:
        return None
    if head.pos_ == "VERB":
        return head
    if head.pos_ == "AUX":  # (", followed by Latvia" hung on the copula too, or on its attribute)
        return _attribute_clause(head)
    if head.dep_ == "attr" and head.head.pos_ == "AUX":
        return _attribute_clause(head.head)
    return None


def _attribute_clause(linking: Token) -> Token | None:
    """The verb of what a copula's subject is the first to do ("was the first country to join it",
    "became the first country to sign it", the parser hanging "to sign" on "became")."""
    return next((c for a in linking.children if a.dep_ == "attr" for c in a.children
                 if c.dep_ in {"relcl", "acl"} and c.pos_ == "VERB"), None) or next(
        (c for c in linking.children if c.dep_ == "xcomp" and c.pos_ == "VERB"
         and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)


def _reacted(ctx: Context, verb: Token, children: list[Token]) -> bool:
    """A "follow" that says how one reacted or what one watched, not that one did the same: with an object
    of its own ("followed events closely"), a manner phrase ("followed with concern", "followed by closing
    its border"; lexicon ``followed_manner_preps``), or a possessor's subject ("Russia's aggression
    followed")."""
    return any(c.dep_ == "dobj" or c.dep_ == "prep" and c.lower_ in ctx.lex["followed_manner_preps"]
               or c.dep_ == "nsubj" and any(p.dep_ == "poss" for p in c.children) for c in children)


def _followers(ctx: Context, verb: Token, sent: Span, subjects: list[Arg],
               before: Token | None = None) -> Iterator[RelationCandidate]:
    """ "Kuwait joined the ICI in 2004 and Qatar followed in 2005": the followers did what the
    clause before did, with the same object, at their own date; the clause before may end the
    sentence before, or be the one a passive "followed by" hangs on (*before*: "Ukraine signs,
    followed by Hungary")."""
    if before is None:
        before = verb.head if verb.dep_ == "conj" else next(
            (c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i), None)
    if before is None and verb.dep_ == "ROOT" and sent.start > 0:
        before = ctx.doc[sent.start - 1].sent.root  # "Slovenia joined NATO in 2004. Croatia followed in 2009."
        if before.lemma_.lower() not in ctx.lex["implicit_object"] and verb.tag_ == "VBD":
            # "Seven countries joined in 2004. They had been invited at Prague. Albania and Croatia followed in
            # 2009": the whole others were last said to join in the paragraph (the resolver's; none, no fact)
            countries = [e for e in subjects if ctx.candidates[e[0]].kind == "Country"]
            yield from _to_topic(ctx, countries, "memberOf", verb, sent, verb.lemma_.lower(), rule="gapping")
            yield from _gapped(ctx, verb, sent, countries, [], "memberOf", verb.lemma_.lower())
            return
    if before is not None and before.lemma_.lower() in ctx.linking:  # "… became the first to sign it, and
        before = _attribute_clause(before)  # Latvia followed": what the first did
    if before is None or before.pos_ != "VERB" or before.lemma_.lower() in ctx.lex["follow_verbs"]:
        return
    particle = next((c.lower_ for c in before.children if c.dep_ == "prt"), "")
    phrase = f"{before.lemma_.lower()} {particle}" if particle else before.lemma_.lower()
    predicate = ctx.lex["verbs"].get(phrase)
    objects = [e for c in before.children if c.dep_ == "dobj" for e in ctx.entities(c)]
    countries = [e for e in subjects if ctx.candidates[e[0]].kind == "Country"]
    stance = ctx.stance(before, before.sent)  # (its own sentence's: the one before, where it ends it)
    own = ctx.stance(verb, sent)
    if own[:2] != (POSITIVE, "") and stance[:2] == (POSITIVE, ""):
        stance = own  # "Sweden will follow", "Norway did not follow": the follower's own clause says so
    if predicate and objects:  # (what the clause before denies, the followers do not do either)
        yield from ctx.emit(countries, predicate, objects, "gapping", verb, sent, phrase, stance=stance)
        # "Croatia followed in 2009, Montenegro in 2017 and North Macedonia in 2020"
        yield from _gapped(ctx, verb, sent, countries, objects, predicate, phrase)
    implicit = ctx.lex["implicit_object"].get(before.lemma_.lower())
    if implicit and not objects and not _has_complement(ctx, list(before.children)) and stance[:2] == (POSITIVE, ""):
        # "Finland joined on 4 April 2023, and Sweden followed on 7 March 2024": what the text is about
        yield from _to_topic(ctx, countries, implicit, verb, sent, phrase, rule="gapping")
        # ("Austria followed in February 1995, Malta in April of that year and …": each at its own date)
        yield from _gapped(ctx, verb, sent, countries, [], implicit, phrase)


def _joint_action(ctx: Context, verb: Token, sent: Span, subjects: list[Arg]) -> Iterator[RelationCandidate]:
    """ "NATO, together with the Western European Union, enforced the embargo": organisations that act
    together cooperate (lexicon ``joint_action_preps``, or "jointly"; countries that do are only said to do the
    same)."""
    kinds = ctx.lex["joint_action_kinds"]
    actors = [e for e in subjects if e[0] >= 0 and ctx.candidates[e[0]].kind in kinds]
    if not actors:
        return
    anchors = [verb] + [ctx.spans[e].root for e, _ in actors if e in ctx.spans]
    # ("works in coordination with": the parser hangs "with" on the noun)
    anchors += [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "in"
                for o in p.children if o.dep_ == "pobj"]
    partners = [e for anchor in anchors for p in anchor.children if p.dep_ == "prep"
                and f"{ctx.doc[p.i - 1].lower_} {p.lower_}" in ctx.lex["joint_action_preps"]
                for e in ctx.pobjs(p) if e not in actors and ctx.candidates[e[0]].kind in kinds]
    if all(ctx.candidates[e].kind != "Event" for e, _ in actors):  # (an operation works with an operation)
        partners = [e for e in partners if ctx.candidates[e[0]].kind != "Event"]
    yield from ctx.emit(actors, "cooperatesWith", list(dict.fromkeys(partners)), "active-prep", verb, sent, "cooperate")
    if len(actors) > 1 and not partners and any(c.dep_ == "advmod" and c.lower_ in ctx.words["mutual_adverbs"]
                                                for c in verb.children):
        # "The European Union and NATO jointly organised the exercise"
        yield from ctx.emit(actors[:1], "cooperatesWith", actors[1:], "active", verb, sent, "cooperate")


def _mutual(ctx: Context, phrase: str, predicate: str, children: list[Token]) -> str | None:
    """The symmetric relation a verb states between its coordinated subjects when it names no
    other party ("cooperate", "work together"), or None; it is read from the first subject to
    each of the others."""
    if any(c.dep_ == "prep" and f"{phrase} {c.lower_}" in ctx.lex["verb_preps"] for c in children):
        return None  # "cooperate with": the other party is named
    if predicate in ctx.lex["symmetric_predicates"]:
        return predicate
    together = any(c.dep_ == "advmod" and c.lower_ in ctx.words["mutual_adverbs"] for c in children)
    mapped = ctx.lex["verb_preps"].get(f"{phrase} with")
    return mapped if together and mapped in ctx.lex["symmetric_predicates"] else None


def _definite_object(children: list[Token]) -> bool:
    """ "Belgium joined the unit": a definite object names something of its own (the text's
    corps), which the document's organisation is not."""
    return any(c.dep_ == "dobj" and any(d.dep_ == "det" and d.lower_ in {"the", "this", "that"} for d in c.children)
               for c in children)


def _other_role(ctx: Context, children: list[Token]) -> bool:
    """ "The Netherlands and Ukraine also joined as co-sponsors": joined in a role none of the
    lexicon's relational nouns names (a founding member, a partner would be one), not as members."""
    roles = [t for c in children if c.dep_ == "prep" and c.lower_ in ctx.words["role_preps"]
             for t in c.children if t.dep_ == "pobj"]
    return bool(roles) and not any(ctx.relational_word(t) or t.lemma_.lower() in ctx.words["country_words"]
                                   for t in roles)


def _has_complement(ctx: Context, children: list[Token]) -> bool:
    """Whether the verb names what it acts on: an object or a prepositional complement, also one
    on a proxy object ("sent troops to the UN mission"); not a circumstance ("joined in 1982")."""
    def complement(token: Token) -> bool:
        return token.dep_ in {"dobj", "prep", "dative"} and token.lower_ not in ctx.words["circumstance_preps"] \
            and token.lower_ not in ctx.lex["partitive_preps"] and token.lemma_.lower() not in ctx.proxies
    proxies = [c for c in children if c.dep_ == "dobj" and c.lemma_.lower() in ctx.proxies]
    return any(complement(c) for c in children) or any(
        complement(p) for c in proxies for p in c.children if p.dep_ == "prep")


#: who may own an unnamed operation or meeting noun that stands for the text's ("the Canadian-led
#: battle group"; "the meeting of the alliance"): another organisation's mission is another one
_OPERATION_OWNERS = frozenset({"Country"})
_MEETING_OWNERS = frozenset({"Country", "InternationalOrganization"})


def _topic_noun(ctx: Context, children: list[Token], section: str, owner_kinds: frozenset[str]) -> bool:
    """Whether the verb's object, or its "to"/"in" complement, is an unnamed noun of the lexicon
    *section* ("the force", "the Canadian-led battle group in Latvia", "the meeting") that stands
    for the operation or meeting the text is about: definite, and owned by nothing but
    *owner_kinds* ("the UN mission" is another one)."""
    nouns = [c for c in children if c.dep_ == "dobj"]
    preps = ctx.words["topic_noun_preps"]
    heads = [c for c in children if c.dep_ in {"prep", "dative"} and c.lower_ in preps]
    heads += [p for d in nouns for p in d.children if p.dep_ == "prep" and p.lower_ in preps]
    nouns += [o for p in heads for o in p.children if o.dep_ == "pobj"]
    return any(_stands_for_topic(ctx, noun, section, owner_kinds) for noun in nouns)


def _stands_for_topic(ctx: Context, noun: Token, section: str, owner_kinds: frozenset[str],
                      several: bool = False) -> bool:
    """*several*: a plural stands for it too ("the battlegroups are led by …": the units of the operation)."""
    tags = {"NN", "NNS"} if several else {"NN"}
    if noun.pos_ != "NOUN" or noun.tag_ not in tags or noun.i in ctx.token_to_candidate:
        return False  # "the mission" as a reference: the resolver decides; "the missions" are several
    compound = next((c.lower_ for c in noun.children if c.dep_ == "compound" and c.i == noun.i - 1), "")
    words = set(ctx.lex[section])
    if noun.lemma_.lower() not in words and f"{compound} {noun.lemma_.lower()}" not in words:
        return False
    determiners = [c.lower_ for c in noun.children if c.dep_ in {"det", "poss"}]
    if not determiners or determiners[0] not in ctx.words["definite_determiners"]:
        return False
    owners = [c for c in noun.children if c.dep_ in {"compound", "poss", "nmod", "amod"}]
    owners += [o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children]
    return not any(ctx.candidates[ctx.token_to_candidate[o.i]].kind not in owner_kinds
                   for o in owners if o.i in ctx.token_to_candidate)


def _gapped(ctx: Context, verb: Token, sent: Span, subjects: list[Arg], objects: list[Arg], predicate: str | None,
            word: str) -> Iterator[RelationCandidate]:
    """Gapped clauses after the verb, each with its own date: "Greece and Turkey joined in 1952,
    Germany in 1955 and Spain in 1982" — Germany and Spain joined too."""
    if not predicate or predicate == ctx.states["open"] or not subjects \
            or any(ctx.candidates[s].kind != "Country" for s, _ in subjects):
        return
    taken = {i for i, _ in subjects} | {i for i, _ in objects}
    stance = ctx.stance(verb, sent)
    for group, date in ctx.dated_groups(verb, sent):
        for index in (i for i in group if i not in taken):
            for obj in ([o for o, _ in objects] or [TOPIC]):
                yield RelationCandidate(index, predicate, obj, "gapping", word, ctx.offset + sent.start_char,
                                        ctx.offset + sent.end_char, *stance, date=date)


def _gapped_attributes(ctx: Context, verb: Token, sent: Span, subjects: list[Arg],
                       said: list[RelationCandidate]) -> Iterator[RelationCandidate]:
    """Gapped clauses after a copula, each with its own date: "Poland became a member in 1999 and
    Slovakia in 2004", "Finland became the 31st member in April 2023 and Sweden the 32nd in March
    2024" — the later countries are what the subjects are said to be."""
    if not subjects or any(s < 0 or ctx.candidates[s].kind != "Country" for s, _ in subjects):
        return
    own = {s for s, _ in subjects}
    facts = [f for f in said if f.subject in own]
    taken = own | {f.object for f in said}
    ties = {(f.predicate, f.object): f for f in facts}
    for group, date in ctx.dated_groups(verb, sent) if ties else ():
        for index in (i for i in group if i not in taken):
            for found in ties.values():
                yield replace(found, subject=index, rule="gapping", date=date)


def _gapped_objects(ctx: Context, verb: Token, sent: Span, subjects: list[Arg], objects: list[Arg], predicate: str,
                    phrase: str) -> Iterator[RelationCandidate]:
    """ "it joined the NACC in 1992 and the Partnership for Peace in 1994": a name coordinated
    with the verb (the parse of a gapped object) is another object, with its own date."""
    for extra, own in _gapped_names(ctx, verb, objects):
        for found in ctx.emit(subjects, predicate, [extra], "gapping", verb, sent, phrase):
            # "… the PfP in 1994 and the EAPC three years later": counted from the clause's date
            yield replace(found, date=own or _years_after(ctx, extra[0], found.date) or found.date)


def _gapped_names(ctx: Context, verb: Token, objects: list[Arg]) -> list[tuple[Arg, str]]:
    """Names after the objects that the parser hung on the verb (or on the verb an infinitive
    completes) in a gapped list, each with its own date: "to include Greece and Turkey in 1952,
    Germany/npadvmod in 1955 and Spain/conj in 1982"."""
    heads = [verb, verb.head] if verb.dep_ in {"xcomp", "advcl"} and verb.head.pos_ in {"VERB", "AUX"} else [verb]
    found: list[tuple[Arg, str]] = []
    for head in heads:
        for child in head.children:
            if child.i < verb.i or child.pos_ not in {"NOUN", "PROPN"} or not (
                    child.dep_ == "conj" or child.dep_ == "npadvmod" and child.i in ctx.token_to_candidate):
                continue
            found += [(e, ctx.date_after(e[0]) or own_date(child)) for e in ctx.entities(child) if e not in objects]
    return found


def _years_after(ctx: Context, index: int, since: str) -> str:
    """The year a span of years right after a name counts from *since* ("the EAPC three years
    later"), or ""."""
    span = ctx.spans[index]
    end = span.end
    while end < len(ctx.doc) and ctx.doc[end].ent_type_ == "DATE" and end - span.end < 4:
        end += 1
    return time_later(ctx.doc[span.end:end].text, since, load_lexicon().names["group_sizes"]) if end > span.end else ""


def _misparsed_particle(ctx: Context, lemma: str, particle: int) -> bool:
    """A particle that opens a noun phrase and makes no phrase of the lexicon with its verb is a
    preposition ("chose to join over the following months": "join", not "join over")."""
    phrase = f"{lemma} {ctx.lowers[particle]}"
    return phrase not in ctx.lex["verbs"] and phrase not in ctx.lex["inverse_verbs"] \
        and particle + 1 < len(ctx.doc) and ctx.tags[particle + 1] in {"DT", "CD", "PRP$"}


def _new_in_place_of(ctx: Context, verb: Token, sent: Span, phrase: str) -> Iterator[RelationCandidate]:
    """A verb of succession whose successor is not its subject: what a verb of founding made ("the
    EAPC was created to succeed the NACC", "ministers set up the EAPC, replacing the NACC"), or
    what its "with" phrase names ("the Allies replaced the Commission with the Council")."""
    objects = [e for c in ctx.kids(verb.i, {"dobj"}) for e in ctx.entities_at(c)]
    if not objects:
        return
    successors = [e for p in ctx.kids(verb.i, {"prep"}) if ctx.lowers[p] == "with" for e in ctx.pobjs(ctx.doc[p])]
    head = verb.head
    if not successors and ctx.deps[verb.i] in {"advcl", "xcomp"} and not ctx.kids(verb.i, SUBJECTS) \
            and ctx.lemmas[verb.i] not in ctx.lex["follow_verbs"] \
            and ctx.lex["verbs"].get(_phrase_of(ctx, head)) == ctx.states["founding"]:
        # (not "launched the operation following the summit": a time, no succession)
        made = "nsubjpass" if ctx.kids(head.i, {"auxpass"}) else "dobj"
        successors = [e for c in ctx.kids(head.i, {made}) for e in ctx.entities_at(c)]
    kinds = {ctx.candidates[e[0]].kind for e in objects if e[0] >= 0}
    successors = [e for e in successors if e[0] >= 0 and ctx.candidates[e[0]].kind in kinds]
    yield from ctx.emit(successors, ctx.states["succession"], objects, "active", verb, sent, phrase)


def _phrase_of(ctx: Context, verb: Token) -> str:
    """A verb's lemma with its particle ("set up"), or with the adverb the parser took for one when the
    lexicon knows the pair ("brings together"); not a preposition misread as a particle."""
    i, lemma = verb.i, ctx.lemmas[verb.i]
    particle = next((ctx.lowers[c] for c in ctx.kids(i, {"prt"}) if not _misparsed_particle(ctx, lemma, c)), "") or next(
        (ctx.lowers[c] for c in ctx.kids(i, {"advmod"}) if f"{lemma} {ctx.lowers[c]}" in ctx.lex["inverse_verbs"]
         or f"{lemma} {ctx.lowers[c]}" in ctx.lex["verbs"]), "")
    return f"{lemma} {particle}" if particle else lemma


def _participle(ctx: Context, verb: Token, parenthetical: bool) -> bool:
    """A past participle opening a clause: "the Pledge adopted at the Wales Summit" (also when
    tagged as a past tense), "the Package (SNGP), endorsed at the 2014 Wales Summit, is …"
    (parsed as a clausal subject)."""
    if verb.tag_ == "VBN" and (verb.dep_ in {"acl", "advcl"} or parenthetical) \
            and not any(c.dep_ == "aux" and c.lower_ == "having" for c in verb.children):
        return True  # ("…, having joined the Dialogue in 1995": a perfect, active)
    if verb.dep_ == "acl" and verb.tag_ == "VBD" and not any(c.dep_ in SUBJECTS for c in verb.children):
        return True
    before = verb.nbor(-1) if verb.i > 0 else verb
    if verb.dep_ == "advcl" and verb.tag_ == "VBD" and before.pos_ in {"NOUN", "PROPN"} \
            and not (before.dep_ == "pobj" and (before.head.head.pos_ in {"NOUN", "PROPN"} or before.head.head == verb)) \
            and not any(c.dep_ in SUBJECTS or c.dep_ in {"aux", "auxpass"} for c in verb.children) \
            and not any(t.text == "|" for t in verb.sent):
        # "… through the Package agreed at the 2014 Wales Summit": right after its noun (not after a noun's
        # own phrase, "Mission to NATO opened in Brussels", nor in a table row, whose cells the parser runs together)
        return True
    return _misparsed_participle(verb) or ctx.participle_misread_as_clause(verb.i)


def _misparsed_participle(verb: Token) -> bool:
    """A participle after a comma that the parser made a clause with its noun as the subject
    ("the Package (SNGP), endorsed at …, is …" as a clausal subject; "welcomed the Initiative
    (ICI), launched at the Istanbul Summit" as a complement clause; "The Initiative (ICI),
    launched at …, brings …" as the sentence's root): a past participle with a subject and no
    auxiliary is no finite clause — as a root, only where a finite verb after it is the sentence's
    ("Javier Solana, then Secretary General, signed" is a mistagged past tense)."""
    return verb.tag_ == "VBN" and verb.dep_ in {"csubj", "ccomp", "ROOT"} and verb.i > 0 and verb.nbor(-1).text == "," \
        and not any(c.dep_ in {"aux", "auxpass"} for c in verb.children) \
        and (verb.dep_ != "ROOT" or any(c.dep_ == "conj" and _finite(c) for c in verb.children)
             # (or a list's item with no finite verb, the participle taking no object: "the ICI, launched at …;",
             # not a person's "Javier Solana, then Secretary General, signed on behalf of …")
             or not any(c.dep_ == "dobj" or c.dep_ == "nsubj" and c.ent_type_ == "PERSON" for c in verb.children)
             and not any(_finite(t) for t in verb.sent))


def _finite(verb: Token) -> bool:
    """A finite verb, or one with a finite auxiliary ("was offered")."""
    return verb.tag_ in _FINITE or any(c.dep_ in {"aux", "auxpass"} and c.tag_ in _FINITE for c in verb.children)


#: the tags of a finite verb
_FINITE = frozenset({"VBZ", "VBD", "VBP"})


def _renamed(ctx: Context, verb: Token, sent: Span, phrase: str, patients: list[Arg],
             rule: str) -> Iterator[RelationCandidate]:
    """ "the NACC (later renamed the EAPC)", "which was transformed into the EAPC in 1997": what a
    body was renamed or turned into succeeds it (lexicon: renaming_verbs)."""
    renamed = ctx.lex["renaming_verbs"].get(phrase)
    patients = [e for e in patients if e[0] < 0 or ctx.candidates[e[0]].kind in ctx.lex["renamed_kinds"]]
    if not renamed or not patients:
        return  # (a country renamed is the same state: "was renamed North Macedonia")
    successors = [e for c in verb.children if c.dep_ in {"oprd", "dobj", "attr"} for e in ctx.entities(c)]
    successors += [e for c in verb.children if c.dep_ == "prep" and c.lower_ in ctx.words["renaming_preps"]
                   and not any(o.dep_ == "pobj" and o.tag_ == "PRP" for o in c.children)  # ("merged into it")
                   for e in ctx.pobjs(c)]
    yield from ctx.emit(successors, renamed, patients, rule, verb, sent, phrase)


def _passive(ctx: Context, verb: Token, sent: Span, phrase: str, predicate: str,
             parenthetical: bool) -> Iterator[RelationCandidate]:
    children = list(verb.children)
    patients = [e for c in children if c.dep_ == "nsubjpass" or c.dep_ == "nsubj" and (
                _misparsed_participle(verb) or ctx.participle_misread_as_clause(verb.i))
                for e in ctx.entities(c)]  # a participle after a comma or an object misparsed as a clause
    rule = "passive-agent"
    own_subject = any(c.dep_ in {"nsubj", "nsubjpass"} for c in children)  # "…, and the campaign was commanded by"
    if not patients and verb.dep_ == "conj" and verb.head.tag_ == "VBN" and not own_subject:
        patients = [e for c in verb.head.children if c.dep_ == "nsubjpass" for e in ctx.entities(c)]  # "staffed and funded by"
    if not patients and verb.dep_ == "conj" and any(c.dep_ == "auxpass" for c in children) and not own_subject:
        # "The summit opened on Tuesday and is being attended by …": the first clause's subject
        patients = [e for c in verb.head.children if c.dep_ in {"nsubj", "nsubjpass"} for e in ctx.entities(c)]
    if not patients and (verb.dep_ in {"acl", "advcl", "csubj"} or parenthetical):
        patients, rule = _participle_patient(ctx, verb), "participle"
    elif not patients and ctx.participle_misread_as_clause(verb.i):
        patients, rule = _named_right_before(ctx, verb), "participle"
    elif not patients and (named := _comma_participle(ctx, verb)):
        patients, rule = named, "participle"
    # "Georgia was named one of five Enhanced Opportunities Partners", "… was named an Enhanced
    # Opportunities Partner together with Australia": what it was named it is, and so are its companions
    named = [c for c in children if c.dep_ == "oprd"]
    if named:
        yield from _attributed(ctx, verb, sent, patients + ctx.companions(patients, [], verb), named)
    yield from _renamed(ctx, verb, sent, phrase, patients, rule)
    # "by Italy and by France, Greece and Spain": the second "by" is a conjunct of the first
    agents = [e for c in children if c.dep_ == "agent" for by in (c, *c.conjuncts)
              for e in ctx.pobjs(by) or ctx.prep_listed(by)]  # (and "… was signed by:" over a list)
    # "the Treaty was signed between representatives of Albania and Hungary": they signed it
    agents += [e for c in children if c.dep_ == "prep" and f"{phrase} {c.lower_}" in ctx.lex["agent_preps"]
               for e in ctx.pobjs(c)]
    if predicate in ctx.lex["venue_predicates"]:  # "set up under the Charter": the charter set it up; a
        # framework holds what is set up under it ("the Platform set up under the PII")
        under = [e for c in children if c.dep_ == "prep" and c.lower_ in ctx.words["instrument_preps"]
                 for e in ctx.pobjs(c)]
        agents += [e for e in under if ctx.candidates[e[0]].kind == "Agreement" and e not in agents]
        holders = [e for e in under if ctx.candidates[e[0]].kind == "PartnershipFramework"]
        yield from ctx.emit([e for e in patients if ctx.candidates[e[0]].kind in ctx.lex["owned_kinds"]],
                            ctx.states["inclusion"], holders, rule, verb, sent, phrase, stance=PLAIN)
    if not agents:  # "Operation Sea Guardian was launched as a maritime operation by NATO": "by" under the role
        agents = [e for c in children if c.dep_ == "prep" and c.lower_ in ctx.words["role_preps"]
                  for n in c.children if n.dep_ == "pobj" for p in n.children
                  if p.dep_ in {"prep", "agent"} and p.lower_ in ctx.words["agent_marks"] for e in ctx.pobjs(p)]
    if not agents and rule == "participle":
        # the governing clause's subject acts only for a parenthetical participle ("the Plan
        # (approved in May) the government implemented"); an ordinary participial clause
        # ("…, launched in 1994, …") gets its agent from a venue or nowhere
        agents = _instrument_agents(ctx, verb) or (_governing_subject(ctx, verb) if parenthetical else [])
    if ctx.lemmas[verb.i] in ctx.lex["follow_verbs"] and (before := _followed_clause(verb)) is not None \
            and (verb.dep_ != "conj" or any(ctx.candidates[a[0]].kind == "Country" for a in agents)):
        # "Ukraine signs, followed by Hungary and Poland": they did what the clause did (a person who
        # "was followed by" another in a coordinated clause succeeded them: read below)
        yield from _followers(ctx, verb, sent, agents, before=before)
        return
    admitted = ctx.lex["passive_implicit_object"].get(phrase)
    if admitted and not agents and rule == "passive-agent" and not _has_complement(ctx, children) \
            and verb.dep_ != "relcl" and not any(c.dep_ == "prep" and c.lower_ in ctx.words["role_preps"]
                                                 for c in children):  # not "admitted as participants"
        # "Greece and Turkey were admitted in 1952, West Germany in 1955": to what the text is about
        countries = [e for e in patients if ctx.candidates[e[0]].kind == "Country"]
        yield from _to_topic(ctx, countries, admitted, verb, sent, phrase)
        yield from _gapped(ctx, verb, sent, countries, [], admitted, phrase)
    if not agents:
        agents = _venue(ctx, verb, predicate, named_subject=False)
    if not agents and ctx.lemmas[verb.i] in ctx.lex["meeting_open_verbs"] and rule != "participle":
        # "Prague Summit. Bulgaria and Estonia are invited to join.": by the summit the entry names
        agents = _event_before(ctx, verb, sent)
    if not agents and predicate in ctx.lex["owner_agent_predicates"]:
        # "Its first Individual Partnership Action Plan was agreed in 2006": whose plan it is agreed it
        agents = [e for p, _ in patients if p >= 0 for c in ctx.kids(ctx.spans[p].root.i, {"poss"})
                  for e in ctx.entities_at(c) if e[0] >= 0 and ctx.candidates[e[0]].kind in {None, *ctx.lex["member_kinds"]}]
    if _unnamed_pact(ctx, verb):  # "a trilateral memorandum signed by Türkiye, Finland and Sweden"
        parties = [e for e in agents if e[0] >= 0 and ctx.candidates[e[0]].kind in ctx.lex["member_kinds"]]
        for n, party in enumerate(parties[:-1]):
            yield from ctx.emit([party], ctx.states["pact"], parties[n + 1:], rule, verb, sent, phrase)
    if phrase in ctx.lex["composing_verbs"] and any(
            c.dep_ == "auxpass" and c.tag_ in {"VBZ", "VBP"} for c in children):
        # "the COE is now formed by Lithuania, Estonia …": who form it now are its members, not its founders
        predicate = ctx.lex["nouns"]["member"]
    converse = ctx.lex["converse_verbs"].get(phrase)
    operation = ctx.lex["operation_verbs"].get(phrase) if phrase in ctx.lex["company_verbs"] else None
    led = ctx.lex["operation_verbs"].get(phrase) if not patients else None
    if led and any(_stands_for_topic(ctx, c, "operation_nouns", _OPERATION_OWNERS, several=True)
                   for c in children if c.dep_ == "nsubjpass"):
        # "The battlegroups are led by the United Kingdom, Canada and Germany": the operation of the text
        countries = [e for e in agents if ctx.candidates[e[0]].kind == "Country"]
        yield from _to_topic(ctx, countries, led, verb, sent, "contribute", rule="operation-noun")
    if operation and patients and all(_company(ctx, p[0]) for p in patients):
        # "They were joined by Sweden, Jordan and Qatar", "the Allies were joined by …": the newcomers
        # took part in what those did, the operation the paragraph or the text is about
        countries = [e for e in agents if ctx.candidates[e[0]].kind == "Country"]
        yield from _to_topic(ctx, countries, operation, verb, sent, "contribute", rule="operation-noun")
    elif converse:  # "X was preceded by Y": X succeeded Y
        yield from ctx.emit(patients, converse, agents, rule, verb, sent, phrase)
    elif predicate == ctx.states["succession"] and len(patients) == 1 and len(agents) > 1:
        # "Eisenhower was followed by Ridgway, Gruenther and Norstad": each by the one after
        for before, after in zip([*patients, *agents], agents):
            yield from ctx.emit([after], predicate, [before], rule, verb, sent, phrase)
    else:
        yield from ctx.emit(agents, predicate, patients, rule, verb, sent, phrase)
    # "KFOR has been led by NATO since 1999": the operation is the organisation's
    yield from _owned(ctx, phrase, agents, patients, rule, verb, sent)
    for prep in ctx.place_conjuncts([c for c in children if c.dep_ in {"prep", "agent"}]):
        key = f"{phrase} {prep.lower_}"
        mapped = ctx.lex["verb_preps"].get(key) or ctx.lex["passive_verb_preps"].get(key)
        # "Operation Ocean Shield was launched in the Gulf of Aden", "the Mission was established in
        # Iraq": where an operation is set up, it is held
        set_up = not mapped and prep.lower_ in ctx.words["seat_preps"] and phrase in ctx.lex["start_verbs"]
        # "IFOR was deployed to Bosnia": where an operation is sent, it is held
        sent_to = phrase in ctx.lex["deploying_verbs"] and prep.lower_ in ctx.lex["deploying_preps"]
        held = mapped == ctx.states["located"] or set_up and prep.lower_ == "in" or sent_to
        events = [e for e in patients if ctx.candidates[e[0]].kind == "Event"] if held else []
        named = [e for e in ctx.pobjs(prep) if not _beside_common_noun(ctx, e[0], prep)]
        yield from ctx.emit(events, ctx.states["event-place"], named, "passive-prep", verb, sent, key)
        if set_up:  # "the Liaison Office was inaugurated in Tbilisi", "the cell was set up at NATO Headquarters"
            # (an "it" too: "Founded in Paris in 1951, it moved to Rome")
            bodies = [e for e in patients if ctx.candidates[e[0]].kind in {None, *ctx.lex["seated_kinds"]}]
            places = [e for e in named if ctx.candidates[e[0]].kind in {"Place", "Country"}]
            yield from ctx.emit(bodies, ctx.states["located"], places, "passive-prep", verb, sent, key)
        if mapped:
            yield from ctx.emit([e for e in patients if e not in events], mapped, named, "passive-prep", verb, sent, key)
        if _moved_from(ctx, phrase, prep):  # "the College was relocated from Paris to Rome"
            yield from _left_place(ctx, ctx.emit(patients, ctx.states["located"], named, "passive-prep", verb,
                                                 sent, key))


def _company(ctx: Context, index: int) -> bool:
    """Whether a passive "joined"'s subject is company others join, not a body they enter: a
    pronoun or a group word ("They were joined by …", "the Allies were joined by …"), or countries."""
    candidate = ctx.candidates[index] if index >= 0 else None
    return candidate is not None and (candidate.rule.startswith("reference") and candidate.kind is not None
                                      or candidate.kind == "Country")  # (not "it": the body last named)


def _beside_common_noun(ctx: Context, index: int, prep: Token) -> bool:
    """A name coordinated with the preposition's common-noun object ("organised in three divisions,
    …, the United Kingdom and France"): a misparsed list, not what the verb puts the subject in."""
    if index < 0:
        return False
    root = ctx.spans[index].root
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head
    return root.dep_ == "pobj" and root.head.i == prep.i and root.pos_ == "NOUN" and root.i not in ctx.token_to_candidate \
        and root.i != ctx.spans[index].root.i


def _venue(ctx: Context, verb: Token, predicate: str, named_subject: bool = True) -> list[Arg]:
    """A summit where something was launched or adopted acts for the leaders who met there
    ("launched at the 2004 Istanbul Summit": the summit established it; "at the Wales Summit,
    Allies launched …": the summit too), unless *named_subject* asks for none to be named."""
    summit_act = ctx.lemmas[verb.i] in ctx.lex["meeting_open_verbs"]  # "invited at the Prague Summit"
    if predicate not in ctx.lex["venue_predicates"] and not summit_act:
        return []
    if named_subject and any(c.dep_ in SUBJECTS and ctx.entities(c) for c in verb.children):
        return []
    node, found = verb, []
    for _ in range(3):
        found = _venues_of(ctx, node)
        if found or node.dep_ not in {"conj", "xcomp", "advcl"} or node.head.i == node.i:
            break
        node = node.head
    if not found:  # the parser may hang the venue on the object or on unnamed agents ("leaders endorse
        # a Policy at the Warsaw Summit", "approved by Allied leaders at the Wales Summit"), or the
        # unnamed subject may carry it ("Leaders at the Brussels Summit decide to launch …")
        hosts = [c for c in verb.children if c.dep_ == "dobj"]
        hosts += [ctx.doc[n] for c in verb.children if c.dep_ == "agent" for n in ctx.kids(c.i, {"pobj"})
                  if n not in ctx.token_to_candidate]
        hosts += [c for c in node.children
                  if c.dep_ == "nsubj" and c.pos_ == "NOUN" and c.i not in ctx.token_to_candidate]
        found = [e for host in hosts for e in _venues_of(ctx, host) if ctx.is_meeting(e[0])]
    if not found and summit_act:  # "invited to begin accession talks at the Lisbon Summit"
        found = [e for x in verb.children if x.dep_ == "xcomp"
                 for n in (x, *(o for o in x.children if o.dep_ == "dobj")) for e in _venues_of(ctx, n)]
    return found


def _took_over(ctx: Context, verb: Token, sent: Span, phrase: str, subjects: list[Arg],
               children: list[Token]) -> Iterator[RelationCandidate]:
    """ "Denmark assumed command in late 2020, and Italy took over in 2022", "Balanzino served as acting
    Secretary General until Willy Claes took over", "Simmons was the first to hold the post; Appathurai
    took over in 2010": who takes over with nothing named as taken or from whom (lexicon
    ``taking_over_verbs``) succeeds the subject of the clause it follows, of the same class."""
    if phrase not in ctx.lex["taking_over_verbs"] or not subjects or any(
            c.dep_ in {"dobj", "dative"} or c.dep_ == "prep" and c.lower_ in {"from", "of", "for", "after"}
            for c in children):
        return
    if verb.dep_ in {"conj", "advcl"} and verb.head.i < verb.i:
        before = verb.head
    else:  # (after a semicolon the parser makes the clause before a complement of this one)
        before = next((c for c in children if c.dep_ in {"ccomp", "parataxis"} and c.i < verb.i
                       and ctx.texts[c.right_edge.i + 1] == ";"), None)
    if before is None:
        return
    # "Germany led the VJTF in 2019 until Poland took over in 2020, and Italy took over in 2021": Poland's
    earlier = [c for c in before.children if c.dep_ in {"conj", "advcl"} and c.i < verb.i
               and ctx.lemmas[c.i] == verb.lemma_.lower() and any(p.dep_ == "prt" for p in c.children)]
    if earlier:
        before = earlier[-1]
    # the clause before holds a post or a command ("led", "commanded", "was the first to hold the post"), not
    # a place or a country ("Ukraine defended Mariupol until Russia took over")
    elif not any(ctx.lemmas[t.i] in ctx.lex["holding_verbs"] or any(
            f"{ctx.lemmas[t.i]} {c.lower_}" in ctx.lex["holding_verbs"] for c in t.children if c.dep_ == "prep")
            for t in before.subtree if t.i < verb.i):
        return  # (serving "as" Secretary General holds a post; serving in ISAF does not)
    # (persons and countries, who take over a post or a command; not bodies: "NATO led the mission until the
    # European Union took over" says whose the mission became, not that one body succeeded the other)
    kinds = {ctx.candidates[e[0]].kind for e in subjects if e[0] >= 0} & {"Person", "Country"}
    held = [e for e in ctx.subjects(before) if e[0] >= 0 and ctx.candidates[e[0]].kind in kinds and e not in subjects]
    yield from ctx.emit(subjects, ctx.states["succession"], held, "active", verb, sent, phrase)


def _operations_only(ctx: Context, key: str, objects: list[Arg]) -> list[Arg]:
    """The operations among *objects* for a verb and preposition that take part only in one
    (lexicon ``operation_verb_preps``: "sailed with Operation Active Endeavour", not "with NATO" or
    "with the US Navy"); all of them for any other."""
    if key not in ctx.lex["operation_verb_preps"]:
        return objects
    return [e for e in objects if e[0] >= 0 and ctx.candidates[e[0]].kind == "Event"]


def _venues_of(ctx: Context, node: Token) -> list[Arg]:
    """The events a venue preposition of *node* names ("at the Madrid Summit")."""
    return [e for c in node.children if c.dep_ == "prep" and c.lower_ in ctx.words["venue_preps"]
            for e in ctx.pobjs(c) if ctx.candidates[e[0]].kind == "Event"]


def _invitations(ctx: Context, verb: Token, sent: Span, lemma: str, objects: list[Arg],
                 children: list[Token]) -> Iterator[RelationCandidate]:
    """ "the summit invited Albania to start accession talks": a membership in prospect."""
    invited = ctx.lex["invitation_verbs"].get(lemma)
    if not invited or not objects or any(c.dep_ == "xcomp" and c.lemma_.lower() in ctx.lex["implicit_object"]
                                         and any(g.dep_ == "dobj" for g in c.children) for c in children):
        return
    stance = ctx.stance(verb, sent)
    for index, _ in objects:
        yield RelationCandidate(index, invited, TOPIC, "invitation", lemma, ctx.offset + sent.start_char,
                                ctx.offset + sent.end_char, stance[0], stance[1] or lemma, stance[2], stance[3],
                                date=ctx.date(verb, sent))


def _where_clause_of(ctx: Context, verb: Token) -> list[Arg]:
    """The event a "where" clause is said of ("the Madrid Summit in June 2022, where Türkiye, Finland and
    Sweden signed a memorandum"), across the date or place phrase the parser may hang it on."""
    if not ctx.where_clause(verb):
        return []
    node = verb.head
    for _ in range(3):
        found = [e for e in ctx.entities(node) if e[0] >= 0 and ctx.candidates[e[0]].kind == "Event"]
        if found or node.dep_ not in {"pobj", "prep"}:
            return found
        node = node.head
        if node.pos_ in {"VERB", "AUX"}:  # "joined at the Madrid Summit in June 2022, where …": the venue
            return [e for c in node.children if c.dep_ == "prep" and c.lower_ in ctx.words["venue_preps"]
                    for e in ctx.pobjs(c) if e[0] >= 0 and ctx.candidates[e[0]].kind == "Event"]
    return []


def _attendance(ctx: Context, verb: Token, sent: Span, subjects: list[Arg]) -> Iterator[RelationCandidate]:
    """ "At the NATO Summit in Vilnius, Erdoğan agreed …": the people and countries who act at a
    summit or meeting take part in it."""
    where = _where_clause_of(ctx, verb)
    # (a relative clause's own venue too: "the Charter, which Kuchma signed at the Madrid Summit")
    if verb.dep_ not in {"ROOT", "conj", "relcl"} and not where:
        return
    meetings = [e for c in verb.children if c.dep_ == "prep" and c.lower_ in ctx.words["venue_preps"]
                for e in ctx.pobjs(c) if ctx.is_meeting(e[0])]
    meetings += [e for e in where if ctx.is_meeting(e[0])]
    # (in a relative clause, a person only: "the sanctions, which Russia condemned at the Summit")
    present = {"Person"} if verb.dep_ == "relcl" and not where else {"Person", "Country"}
    attendees = [e for e in subjects if not e[1] and ctx.candidates[e[0]].kind in present
                 and not ctx.candidates[e[0]].rule.startswith("reference")]  # "they agreed": whoever they are
    yield from ctx.emit(attendees, ctx.states["attend"], meetings, "attendance", verb, sent, "attend", stance=PLAIN)
    if ctx.lemmas[verb.i] in ctx.lex["welcoming_verbs"]:
        # "Stoltenberg welcomed President Zelenskyy to the Vilnius Summit": the one welcomed and the
        # one who welcomes are both there
        welcomed_to = [e for c in verb.children if c.dep_ == "prep" and c.lower_ in ctx.lex["welcoming_preps"]
                       for e in ctx.pobjs(c) if ctx.is_meeting(e[0])]
        welcomed = [e for c in verb.children if c.dep_ == "dobj" for e in ctx.entities(c)
                    if not e[1] and ctx.candidates[e[0]].kind in {"Person", "Country"}]
        if welcomed:
            present = [e for e in subjects if not e[1] and ctx.candidates[e[0]].kind == "Person"]
            yield from ctx.emit(welcomed + present, ctx.states["attend"], welcomed_to, "attendance", verb, sent,
                                "welcome", stance=PLAIN)


def _instrument_agents(ctx: Context, verb: Token) -> list[Arg]:
    """"founded with the signing of the Treaty": the instrument named by a nominalisation."""
    found = []
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "with"):
        for noun in (c for c in prep.children if c.dep_ == "pobj" and c.lower_ in ctx.lex["instrument_nouns"]):
            found += [e for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for e in ctx.pobjs(p)]
    return found


def _participle_patient(ctx: Context, verb: Token) -> list[Arg]:
    """The noun a participle describes: its head (acl), the subject of the clause it opens
    ("Founded in 1949, NATO ..."), or the entity right before it, across punctuation and adverbs
    ("X (adopted ...)", "the NACC (later renamed …)", "the NACC, renamed …")."""
    if verb.dep_ == "acl":  # "IFOR and SFOR were NATO-led forces deployed in Bosnia": the copula's subjects
        noun = verb.head
        if not ctx.entities(noun):
            # "the summit of the heads of state of NATO held in Lisbon": the meeting the of-phrases hang on
            while noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ in {"NOUN", "PROPN"}:
                noun = noun.head.head
            if noun.lemma_.lower() not in ctx.lex["meeting_heads"]:
                noun = verb.head
        # ("A, based in Mons, and B, based in Norfolk": a conjunct with a participle of its own is not this one's)
        own = {ctx.token_to_candidate.get(c.i) for c in (noun, *noun.conjuncts)
               if c.i != noun.i and any(a.dep_ == "acl" and a.i != verb.i for a in c.children)}
        return [e for e in ctx.entities(noun) if e[0] not in own] \
            or (ctx.subjects(noun.head) if noun.dep_ == "attr" else []) \
            or (_apposed_to(ctx, noun) if noun.dep_ == "appos" and noun.pos_ == "NOUN" else []) \
            or _named_right_before(ctx, verb)
    if verb.i < verb.head.i and verb.left_edge.i == verb.head.left_edge.i:
        return ctx.subjects(verb.head)
    i = verb.i - 1
    while i > 0 and (ctx.punct[i] or ctx.deps[i] == "advmod"):
        i -= 1
    if (i < verb.i - 1 or verb.dep_ == "advcl") and i in ctx.token_to_candidate:
        return [(ctx.token_to_candidate[i], False)]  # (right after it: a reduced relative the parser hung on the verb)
    return []


def _named_right_before(ctx: Context, verb: Token) -> list[Arg]:
    """The name right before a participle the parser hung on a noun further back ("support under the
    Defence Capacity Building Initiative launched at the Wales Summit" with "launched" on "support")."""
    index = ctx.token_to_candidate.get(verb.i - 1)
    return [(index, False)] if index is not None and ctx.spans[index].end == verb.i else []


def _comma_participle(ctx: Context, verb: Token) -> list[Arg]:
    """The name before the comma of a participle the parser read as a past tense joined to a clause in
    the present ("We reaffirm our Defence Investment Pledge, also agreed at the Wales Summit, and …"):
    no subject, auxiliary or object of its own, a verb in another tense it hangs on whose object the
    name is, and a comma or the sentence's end after its phrase."""
    i = verb.i
    if ctx.tags[i] not in {"VBD", "VBN"} or ctx.deps[i] not in {"conj", "dep"} \
            or ctx.tags[ctx.heads[i]] not in _PRESENT or ctx.kids(i, _OWN_CLAUSE):
        return []
    before = i - 1
    while before > 0 and ctx.deps[before] == "advmod" and ctx.heads[before] == i:
        before -= 1  # ("also agreed")
    index = ctx.token_to_candidate.get(before - 1)
    if ctx.texts[before] != "," or index is None or ctx.spans[index].end != before:
        return []
    # the name is the object of the verb the participle hangs on, and a comma or the sentence's end
    # closes the participle's phrase (not "is a member of the PfP, participated in KFOR and …")
    closing = verb.right_edge.i + 1
    root = ctx.spans[index].root
    if ctx.deps[root.i] != "dobj" or ctx.heads[root.i] != ctx.heads[i] \
            or closing < len(ctx.doc) and ctx.texts[closing] not in {",", ".", ";"} \
            and not ctx.doc[closing].is_sent_start:
        return []
    return [(index, False)]


#: the tags of a verb in the present, which a past tense joined to it would not share
_PRESENT = frozenset({"VBP", "VBZ", "VB"})
#: what a participle misread as a clause lacks
_OWN_CLAUSE = frozenset({"nsubj", "nsubjpass", "aux", "auxpass", "dobj"})


def _apposed_to(ctx: Context, noun: Token) -> list[Arg]:
    """The name a common noun in apposition describes: the one right before its comma ("the NACC, the
    consultative forum created by the Alliance in 1991", whatever the parser hung the noun on)."""
    before = noun.left_edge.i - 2
    if before < 0 or ctx.texts[before + 1] != "," or before not in ctx.token_to_candidate:
        return []
    return [(ctx.token_to_candidate[before], False)]


def _governing_subject(ctx: Context, verb: Token) -> list[Arg]:
    """Subject of the clause a subjectless participle sits in: nearest verb with an entity subject."""
    root = verb
    while root.head.i != root.i and root.dep_ != "ROOT":
        root = root.head
    clauses = sorted((t for t in root.subtree if t.pos_ in {"VERB", "AUX"} and t.i != verb.i),
                     key=lambda t: abs(t.i - verb.i))
    for clause in clauses:
        found = [e for c in clause.children if c.dep_ in SUBJECTS for e in ctx.entities(c)]
        if found:
            return found
    return []


def _home_to(ctx: Context, verb: Token, sent: Span, subjects: list[Arg], attr: Token) -> Iterator[RelationCandidate]:
    """ "Brussels is home to NATO Headquarters and the European Commission": what a place is home
    to is there (lexicon ``home_nouns``); an event is held there."""
    if attr.lemma_.lower() not in ctx.lex["home_nouns"]:
        return
    places = [e for e in subjects if ctx.candidates[e[0]].kind in {"Place", "Country"}]
    things = [e for p in attr.children if p.dep_ == "prep" and p.lower_ == "to" for e in ctx.pobjs(p)]
    events = [e for e in things if ctx.candidates[e[0]].kind == "Event"]
    yield from ctx.emit([e for e in things if e not in events], ctx.states["located"], places, "copula", verb, sent,
                        attr.lemma_.lower())
    yield from ctx.emit(events, ctx.states["event-place"], places, "copula", verb, sent, attr.lemma_.lower())


def _one_of(ctx: Context, verb: Token, sent: Span, subjects: list[Arg], attr: Token) -> Iterator[RelationCandidate]:
    """ "Australia became one of five Enhanced Opportunities Partners", "Georgia was named one of
    …": one of a named group is a member of it."""
    if attr.lower_ not in ctx.lex["partitive_words"] and not (attr.like_num and attr.pos_ == "NUM") \
            and attr.ent_type_ != "ORDINAL" and attr.tag_ != "JJS":
        return  # "one of", "two of NATO's four partners", "the first of", "the largest of"
    groups = [e for p in attr.children if p.dep_ == "prep" and p.lower_ == "of" for e in ctx.pobjs(p)
              if ctx.candidates[e[0]].kind in ctx.lex["group_kinds"]]
    # ("one of five Enhanced Opportunities Partners, with Australia, Finland …": those named with it are too)
    kinds = {ctx.candidates[s].kind for s, _ in subjects if s >= 0}
    hosts = [verb, attr, *(ctx.spans[g].root for g, _ in groups if g in ctx.spans)] if groups else []
    fellows = [e for host in hosts for p in host.children if p.dep_ == "prep" and p.lower_ == "with"
               and p.i > attr.i for e in ctx.pobjs(p) if ctx.candidates[e[0]].kind in kinds and e not in subjects]
    yield from ctx.emit(subjects + fellows, ctx.lex["nouns"]["member"], groups, "copula", verb, sent, attr.lower_)
    for noun in (o for p in attr.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
                 if o.dep_ == "pobj" and o.i not in ctx.token_to_candidate):
        word = ctx.relational_word(noun)  # "one of NATO's closest partners"
        owners = ctx.owners(noun) if word is not None else []
        regions = ctx.region(noun)
        if word is not None:  # (or "one of the largest contributors to ISAF")
            # ("one of five partners – with Australia, …": those named with "with" are companions)
            owners += [e for p in noun.children if p.dep_ == "prep" and p.lower_ in ctx.lex["copula_preps"]
                       and p.lower_ != "with" for e in ctx.pobjs(p) if e not in owners and e not in regions]
            yield from ctx.emit(subjects, ctx.lex["nouns"][word], owners, "copula", verb, sent, word)
        fellows = [e for p in noun.children if p.dep_ == "prep" and p.lower_ == "with" for e in ctx.pobjs(p)]
        if word is not None and not owners and word in ctx.lex["implicit_nouns"] and not any(
                e not in regions + fellows for c in noun.children if c.dep_ == "prep" for e in ctx.pobjs(c)):
            # "Switzerland has become one of the most active partners (in peace support)": of the
            # organisation the text is about, unless a phrase names another whole ("… partners of the EU");
            # "one of four partners – with Ireland and Malta": those named with it are partners too
            yield from _to_topic(ctx, subjects + [e for e in fellows if e not in subjects], ctx.lex["nouns"][word],
                                 verb, sent, word)
        # "one of NATO's oldest partnership tools", "one of three NATO air policing missions"
        yield from _owned_kind(ctx, verb, sent, subjects, noun)
        # "two of NATO's partners in the Indo-Pacific", "one of the few countries in Europe"
        yield from ctx.emit(subjects, ctx.states["located"], regions, "copula", verb, sent, "locate", stance=PLAIN)


def _owned_kind(ctx: Context, verb: Token, sent: Span, subjects: list[Arg], head: Token) -> Iterator[RelationCandidate]:
    """ "The Membership Action Plan is a NATO programme", "Sea Guardian is an Alliance maritime
    operation", "ACO is one of the two commands of NATO": a thing of the organisation's own kind
    is part of it."""
    if head.lemma_.lower() not in ctx.lex["owned_kind_nouns"]:
        return
    # "… is one of the two supreme commands of NATO", "… is the headquarters of Allied Command Operations"
    whole = [e for c in head.children if c.dep_ == "prep" and c.lower_ == "of" for e in ctx.pobjs(c)]
    # ("a NATO maritime security operation": the parser may take the owner for a modifier)
    modifiers = [e for c in head.children if c.dep_ == "nmod" and c.i < head.i for e in ctx.entities(c)] + [
        e for c in head.children if c.dep_ == "amod" and c.i < head.i for d in c.children if d.dep_ == "compound"
        for e in ctx.entities(d)]
    owners = [e for e in ctx.owners(head) + whole + modifiers if ctx.candidates[e[0]].kind in ctx.lex["owner_kinds"]]
    yield from ctx.emit(subjects, ctx.states["inclusion"], owners, "copula", verb, sent, head.lemma_.lower())


def _described_group(ctx: Context, verb: Token, sent: Span) -> Iterator[RelationCandidate]:
    """ "The nations comprising the SAC are A, B and C", "the countries participating in the PfP
    are …": a plural group noun described by what its members do, equated with a list."""
    for group in (c for c in verb.children if c.dep_ == "nsubj" and c.tag_ == "NNS"
                  and c.lower_ in ctx.words["country_nouns"] and (c.i not in ctx.token_to_candidate or ctx.candidates[
                      ctx.token_to_candidate[c.i]].rule.startswith("reference"))):
        members = [e for c in verb.children if c.dep_ == "attr" and c.i in ctx.token_to_candidate  # a list of names,
                   for e in ctx.entities(c) if ctx.candidates[e[0]].kind in ctx.lex["member_kinds"]]  # not "members of …"
        for clause in (c for c in group.children if c.dep_ in {"acl", "relcl"} and c.pos_ == "VERB"):
            particle = next((c.lower_ for c in clause.children if c.dep_ == "prt"), "")
            phrase = f"{clause.lemma_.lower()} {particle}".strip()
            if phrase in ctx.lex["constituting_verbs"]:  # "the nations comprising/making up X"
                wholes = [(ctx.lex["nouns"]["member"], e) for c in clause.children if c.dep_ == "dobj"
                          for e in ctx.entities(c)]
            else:
                wholes = [(predicate, e) for p in clause.children if p.dep_ == "prep"
                          for predicate in (ctx.lex["verb_preps"].get(f"{phrase} {p.lower_}"),) if predicate
                          for e in ctx.pobjs(p)]
                if phrase in ctx.lex["verbs"]:  # "the countries that joined NATO in 2004 are …"
                    wholes += [(ctx.lex["verbs"][phrase], e) for c in clause.children if c.dep_ == "dobj"
                               for e in ctx.entities(c)]
            for predicate, whole in wholes:
                yield from ctx.emit(members, predicate, [whole], "copula", clause, sent, phrase)


def _small_clause(ctx: Context, verb: Token, sent: Span) -> Iterator[RelationCandidate]:
    """ "…, making Russia a partner", "The summit made Montenegro a partner in the plan": the verb's
    object is what the noun after it says, as the subject of "is" (the parser reads the two as a
    verbless clause, the noun its head and the name its subject)."""
    for attr in (c for c in verb.children if c.dep_ in {"ccomp", "xcomp", "oprd"} and c.pos_ in {"NOUN", "PROPN"}
                 and (c.i not in ctx.token_to_candidate  # ("made Ukraine an Enhanced Opportunities Partner")
                      or ctx.candidates[ctx.token_to_candidate[c.i]].kind in ctx.lex["framework_noun_kinds"])):
        subjects = [e for s in attr.children if s.dep_ == "nsubj" for e in ctx.entities(s)]
        if subjects:
            yield from _attributed(ctx, verb, sent, subjects, [attr])


def _object_named(ctx: Context, verb: Token, sent: Span) -> Iterator[RelationCandidate]:
    """An active verb of naming or classing says what its object is: what follows "as" ("In 2014
    NATO recognised Jordan as one of five Enhanced Opportunities Partners"), or a second object
    ("leaders name Georgia an Enhanced Opportunities Partner"; lexicon ``object_naming_verbs``)."""
    if ctx.kids(verb.i, {"auxpass", "nsubjpass"}):
        return  # the passive's subject is named: see :func:`copula`
    objects = sorted(ctx.kids(verb.i, {"dobj", "oprd"}))  # (the parser may read either of two objects as "oprd")
    subjects = ctx.entities_at(objects[0]) if objects else []
    if not subjects:
        return
    attributes = [ctx.doc[o] for p in ctx.kids(verb.i, {"prep"}) if ctx.lowers[p] == "as" and p > objects[0]
                  for o in ctx.kids(p, {"pobj"})] + [ctx.doc[o] for o in objects[1:]]
    yield from _attributed(ctx, verb, sent, subjects, attributes)


def _inside_framework(ctx: Context, verb: Token, sent: Span, subjects: list[Arg]) -> Iterator[RelationCandidate]:
    """ "Bosnia and Herzegovina has been in the Membership Action Plan since 2010": a country that is in
    a framework or plan takes part in it (lexicon ``inside_preps``)."""
    inside = [e for p in ctx.kids(verb.i, {"prep"}) if ctx.lowers[p] in ctx.lex["inside_preps"]
              for e in ctx.pobjs(ctx.doc[p]) if ctx.candidates[e[0]].kind in ctx.lex["framework_noun_kinds"]]
    countries = [e for e in subjects if e[0] >= 0 and ctx.candidates[e[0]].kind == "Country"]
    yield from ctx.emit(countries, ctx.lex["nouns"]["participant"], inside, "copula", verb, sent, "be in")


def _passive_as(ctx: Context, verb: Token) -> bool:
    """A passive verb of naming or classing, whose "as" phrase says what its subject is ("Australia and
    Japan are grouped as NATO's Indo-Pacific partners"; lexicon ``passive_as_linking_verbs``)."""
    return ctx.lemmas[verb.i] in ctx.lex["passive_as_linking_verbs"] and bool(ctx.kids(verb.i, {"auxpass"})) \
        and any(ctx.lowers[c] == "as" for c in ctx.kids(verb.i, {"prep"}))


def copula(ctx: Context, verb: Token, sent: Span) -> Iterator[RelationCandidate]:
    # "Another four NATO members are EU applicants": a name that only modifies a role noun is not the subject
    subjects = [e for e in ctx.subjects(verb) if not _modifies_role(ctx, e[0])]
    if not subjects and _passive_as(ctx, verb):
        subjects = [e for c in ctx.kids(verb.i, {"nsubjpass"}) for e in ctx.entities_at(c)]
    if not subjects and _opens_dated_line(ctx, verb, sent):
        # "Key dates - Montenegro" over "- 5 June 2017: becomes NATO's 29th member": the section's country is it
        attributes = [c for c in verb.children if c.dep_ in {"attr", "oprd"}]
        yield from _section_country(f for f in _attributed(ctx, verb, sent, [(TOPIC, False)], attributes)
                                    if f.subject == TOPIC and f.object != TOPIC)
        return
    yield from _described_group(ctx, verb, sent)
    among = [o for p in verb.children if p.dep_ == "prep" and p.lower_ in ctx.lex["partitive_preps"]
             for o in p.children if o.dep_ == "pobj"]  # "Austria has been among the contributors"
    if verb.lemma_.lower() in ctx.lex["as_linking_verbs"] or _passive_as(ctx, verb):
        # "serves as …", "are often grouped together as …": what follows "as" is the attribute
        among = [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "as" for o in p.children
                 if o.dep_ == "pobj"]
    attributes = [c for c in verb.children if c.dep_ in {"attr", "oprd"}]
    if not attributes and ctx.lemmas[verb.i] in ctx.linking:
        yield from _inside_framework(ctx, verb, sent, subjects)
    if not attributes and verb.lemma_.lower() in ctx.lex["object_linking_verbs"]:
        # "while remaining a member of the Alliance": the parser takes the attribute for an object
        attributes = [c for c in verb.children if c.dep_ == "dobj"]
    if not attributes:  # "have become contributing participants in …": the adjective read as a verb of its own
        attributes = [o for c in verb.children if c.dep_ == "xcomp" and c.lower_ in ctx.lex["participant_adjectives"]
                      for o in c.children if o.dep_ == "dobj" and o.i == c.i + 1]
    for home in (c for c in verb.children if c.dep_ in {"attr", "advmod", "npadvmod"}):
        yield from _home_to(ctx, verb, sent, subjects, home)  # (the parser may read "is home" as "is at home")
    said = list(_attributed(ctx, verb, sent, subjects, attributes + among))
    yield from said
    yield from _gapped_attributes(ctx, verb, sent, subjects, said)
    # "has been a member of the PfP since 1994 and a member of the EAPC since 1997": the parser joins the
    # second attribute to the verb; it has its own date
    for attr in ctx.joined_attributes(verb) if attributes else []:
        own = own_date(attr, clauses=False)
        for found in _attributed(ctx, verb, sent, subjects, [attr]):
            yield replace(found, date=own if found.date else "")  # (not the clause's: the first attribute's)


def _objects_after_a_date(ctx: Context, children: list[Token], objects: list[Arg]) -> list[Arg]:
    """A second object the parser joined to the first one's date ("led the Implementation Force from
    December 1995 and the Stabilisation Force from December 1996": the second force, as a conjunct
    of "December"), of the first object's class (its own date follows it: :meth:`Context.date_after`)."""
    if not objects or objects[0][0] < 0:
        return []
    kind = ctx.candidates[objects[0][0]].kind
    return [(index, False) for prep in children if prep.dep_ == "prep"
            for date in prep.children if date.dep_ == "pobj" and date.ent_type_ == "DATE"
            for conj in date.children if conj.dep_ == "conj" and conj.i in ctx.token_to_candidate
            for index in (ctx.token_to_candidate[conj.i],)
            if ctx.candidates[index].kind == kind and (index, False) not in objects]


def _elided_noun(verb: Token, attr: Token) -> Token:
    """The attribute a number stands for when its noun is left out after the clause before ("Montenegro
    became our 29th member in 2017, and North Macedonia became our 30th in 2020": member); else *attr*."""
    if not attr.like_num or verb.dep_ != "conj" or any(c.dep_ == "prep" for c in attr.children):
        return attr
    return next((a for a in verb.head.children if a.dep_ == "attr" and a.pos_ == "NOUN" and not a.like_num
                 and any(m.dep_ == "amod" and m.like_num for m in a.children)), attr)


def _attributed(ctx: Context, verb: Token, sent: Span, subjects: list[Arg],
                attributes: list[Token]) -> Iterator[RelationCandidate]:
    """What the attributes of a copula (or a small clause) say of its subjects."""
    for attr in (_elided_noun(verb, a) for a in attributes):
        yield from _one_of(ctx, verb, sent, subjects, attr)
        # "members or partners": alternatives, of which the clause states neither
        either = next((ctx.lex["disjunctions"][c.lower_] for c in attr.children
                       if c.dep_ == "cc" and c.lower_ in ctx.lex["disjunctions"]), "") if attr.conjuncts else ""
        for head in (attr, *attr.conjuncts):
            word = ctx.relational_word(head)
            # "X is a NATO programme", "X is NATO's main partnership tool" (the kind, not "partnership", decides)
            yield from _owned_kind(ctx, verb, sent, subjects, head)
            if word is None:
                continue
            predicate = ctx.lex["nouns"][word]
            objects = [e for p in head.children if p.dep_ == "prep" and p.lower_ in ctx.lex["copula_preps"]
                       and f"{ctx.lowers[p.i - 1]} {p.lower_}" not in ctx.lex["companion_preps"]  # ("together with")
                       for e in ctx.pobjs(p)]
            objects += [e for c in head.children if c.dep_ in {"poss", "compound"} for e in ctx.entities(c)]
            # ("a PfP partner" with the name tagged an adjective; not a nationality: "a Swedish partner")
            objects += [(i, False) for c in head.children if c.dep_ == "amod" and (i := ctx.token_to_candidate.get(c.i))
                        is not None and ctx.candidates[i].rule != "demonym" and not ctx.negated(i)]  # ("non-NATO")
            framework_named = ctx.token_to_candidate.get(head.i)
            if framework_named is not None \
                    and ctx.candidates[framework_named].kind not in ctx.lex["framework_noun_kinds"]:
                framework_named = None
            if not objects and framework_named is not None:
                # "Colombia became a partner across the globe": the framework its name is
                objects = [(framework_named, False)]
            stance = ctx.stance(verb, sent)
            hedge = ctx.hedge(head) or either
            if hedge and not stance[1]:
                stance = (stance[0], hedge, stance[2], stance[3])
            if ctx.prefix_negated(head) or ctx.phrase_negated(head):  # "a non-member state", "not yet a member"
                stance = (NEGATIVE, *stance[1:])
            if not objects and word in ctx.lex["topic_kinds_by_word"] and _topic_noun(
                    ctx, [c for c in head.children if c.dep_ == "prep"], "operation_nouns", _OPERATION_OWNERS):
                # "Canada is the framework nation for the battlegroup in Latvia": the operation of the text
                yield from _to_topic(ctx, subjects, predicate, verb, sent, word, rule="operation-noun")
                continue
            if not objects and word in ctx.lex["implicit_nouns"] and not any(
                    c.dep_ == "prep" and c.lower_ not in ctx.words["after_preps"] for c in head.children):
                # "Germany became the fifteenth member": of the organisation the text is about ("…, together
                # with Bulgaria": Bulgaria too)
                for index, _ in subjects + ctx.companions(subjects, [], verb):
                    own = ctx.date_after(index) if index in ctx.spans else ""  # "Finland (April 2023) and …"
                    yield RelationCandidate(index, predicate, TOPIC, "implicit-object", word,
                                            ctx.offset + sent.start_char, ctx.offset + sent.end_char, *stance,
                                            date=own or ctx.date(verb, sent))
                continue
            own = own_date(head, clauses=False)  # "has been a partner of NATO since 1994 and …": the attribute's
            for found in ctx.emit(subjects, predicate, objects, "copula", verb, sent, word, stance=stance):
                yield replace(found, date="" if ctx.held_before(head, found.object) else own or found.date)
            if framework_named is not None and (framework_named, False) not in objects:
                # "are among NATO's partners across the globe": NATO's partners, and in the framework the words name
                yield from ctx.emit(subjects, ctx.lex["nouns"]["participant"], [(framework_named, False)], "copula",
                                    verb, sent, word, stance=stance)


def _stood_for(ctx: Context, verb: Token) -> Token | None:
    """The earlier verb a pro verb stands for: "Finland joined the PfP, as did Sweden" (an "as"
    clause on it), "…, and so did Armenia", "…, and Sweden did too" (coordinated with it), "Jordan
    joined in 1995; Algeria did so in 2000" (the parser's clausal complement before it); ``None``
    when the verb has an object or clause of its own ("did the work", "did not want to join")."""
    marks = ctx.words["ellipsis_marks"]
    kids = ctx.children(verb.i)
    if not any(ctx.lowers[c] in marks for c in kids) \
            or any(ctx.deps[c] in {"dobj", "xcomp", "neg"} and ctx.lowers[c] not in marks for c in kids):
        return None
    head = ctx.heads[verb.i]
    if ctx.deps[verb.i] in {"advcl", "conj"} and head < verb.i and ctx.pos[head] in {"VERB", "AUX"}:
        return ctx.doc[head]
    before = [c for c in kids if c < verb.i and ctx.deps[c] in {"ccomp", "parataxis"} and ctx.pos[c] in {"VERB", "AUX"}]
    return ctx.doc[before[-1]] if before else None


def _elliptic(ctx: Context, verb: Token, antecedent: Token, sent: Span) -> Iterator[RelationCandidate]:
    """What the antecedent's clause says of its subjects, said of the pro verb's own subjects, with
    the pro verb's own date where it has one ("…; Algeria did so in 2000")."""
    subjects = ctx.subjects(verb)
    theirs = {s for s, _ in ctx.subjects(antecedent)}
    if not subjects or not theirs or {s for s, _ in subjects} & theirs:
        return
    own = ctx.date(verb, sent)
    for found in verb_clause(ctx, antecedent, sent):
        if found.subject in theirs:
            for subject, _ in subjects:
                yield replace(found, subject=subject, rule="ellipsis", date=own or found.date)
