"""Places given by a preposition or an apposition.

* ``event-place-prep``: "the NATO Summit in Vilnius", "a meeting at NATO Headquarters" — an
  event and the place its preposition names (``place_preps`` in the lexicon): heldIn;
  an organisation or site "in" a place ("SHAPE in Mons"): locatedIn;
* ``place-apposition``: "Vilnius, Lithuania" — a city followed by its country: locatedIn; so is a
  body followed by a city and its country ("Allied Maritime Command, Northwood, United Kingdom");
* ``parties``: "the Action Plan between Serbia and NATO" — the parties signed the agreement;
* ``beneficiary``: "the Comprehensive Assistance Package for Ukraine" — a programme for a country: supports.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from functools import cache

from spacy.tokens import Span, Token

from ...lexicon import load_lexicon
from ...model import POSITIVE
from ..context import PLAIN, Arg, Context, RelationCandidate
from ..dates import DASHES
from ..mentions import at_line_start

__all__ = ["places"]

_WHERE = frozenset({"Place", "Country"})
_LOCATED = frozenset({"Organization", "Place"})
#: programmes and packages that are for a country
_AIDS = frozenset({"Agreement", "PartnershipFramework"})
#: what parties make between them
_PACTS = frozenset({"Agreement"})
_SEATED = frozenset({"InternationalOrganization", "Organization", "Event"})
_BASED = frozenset({"InternationalOrganization", "Organization"})


#: the parts of speech of a word that, right after a list of places, shows the list was a clause's subjects
_CLAUSE_POS = frozenset({"VERB", "AUX", "ADV"})
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "expl"})


def _ending_phrase(ctx: Context, places: list[Arg]) -> list[Arg]:
    """*places* (a preposition's objects, in text order), or only the first when the list runs into a
    verb that has no subject of its own (see :func:`_listed_places`: "Within the Kosovo Force (KFOR) in
    Kosovo, Finland and Sweden served")."""
    if len(places) < 2:
        return places
    after = ctx.spans[places[-1][0]].end
    if after >= len(ctx.doc) or ctx.pos[after] not in _CLAUSE_POS:
        return places
    verb = ctx.doc[after] if ctx.pos[after] == "VERB" else ctx.doc[after].head
    subjectless = verb.pos_ in {"VERB", "AUX"} and not any(c.dep_ in _SUBJECT_DEPS for c in verb.children)
    return places[:1] if subjectless else places


def _listed_places(ctx: Context, first: int) -> list[Arg]:
    """The places coordinated after mention *first*, when they end their phrase: not the subjects of the
    clause a fronted phrase opens ("Among the partners in ISAF in Afghanistan, Australia, Georgia and
    Mongolia sent troops", where the parser lists the subjects with the place)."""
    listed = [(joined, False) for c in ctx.spans[first].root.conjuncts
              if (joined := ctx.token_to_candidate.get(c.i)) is not None and joined != first
              and ctx.candidates[joined].kind in _WHERE and c.i > ctx.spans[first].start]
    return _ending_phrase(ctx, [(first, False), *listed])[1:]


def _meeting_body(ctx: Context, root: Token) -> bool:
    """ "the meeting of the North Atlantic Council in Bucharest": the place is the meeting's, not the body's."""
    return root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lower_ in ctx.lex["meeting_heads"]


def places(ctx: Context, sent: Span) -> Iterator[RelationCandidate]:
    yield from _seats(ctx, sent)
    yield from _based_in(ctx, sent)
    yield from _active_in(ctx, sent)
    yield from _capitals(ctx, sent)
    yield from _typed_places(ctx, sent)
    for index in ctx.in_sentence(sent):
        span = ctx.spans[index]
        kind = ctx.candidates[index].kind
        root = span.root
        # "the ISAF combat mission in Afghanistan": the preposition of the noun the name qualifies
        attribute = _attribute(ctx, root)
        # and of the one it names ("the NATO-led peacekeeping force in Kosovo (KFOR)")
        named = ctx.named_operation(index)
        holder = root.head if root.dep_ == "compound" and root.head.i not in ctx.token_to_candidate \
            and root.head.lemma_.lower() in ctx.lex["operation_nouns"] else named or attribute or root
        # a place the copula states takes the copula's negation ("KFOR is not a mission in Serbia")
        stance = ctx.stance(root.head, sent) if attribute is not None else PLAIN
        if kind == "Event" or kind in _LOCATED:
            # ("in the Gulf of Aden and off the Horn of Africa": a place preposition coordinated with one)
            preps = ctx.place_conjuncts([c for c in holder.children if c.dep_ == "prep"
                                         and c.lower_ in ctx.lex["place_preps"]])
            others = _second_pairs(ctx, preps)
            for prep in preps:
                where = _ending_phrase(ctx, [e for e in ctx.pobjs(prep) if ctx.candidates[e[0]].kind in _WHERE
                                        and not _after_city(ctx, e[0]) and e[0] not in others])
                # the place of a noun is no part of what the clause hedges ("invited … at the Summit in Madrid")
                if kind == "Event":
                    yield from ctx.emit([(index, False)], ctx.lex["place_preps"][prep.lower_], where,
                                        "event-place-prep", root, sent, "hold", stance=stance)
                elif prep.lower_ in ctx.words["seat_preps"] and not _meeting_body(ctx, root):
                    yield from ctx.emit([(index, False)], ctx.states["located"], where, "event-place-prep", root, sent,
                                        "locate", stance=PLAIN)
        if kind == "Event" or kind in _LOCATED:
            # "Ämari in Estonia", "the … Force (ISAF) in Afghanistan" with "in" attached elsewhere, or
            # with the place misread ("Operation X in the Mediterranean and Operation Y" as one phrase)
            after = _after_abbreviation(ctx, span, sent)
            # an operation "in the Mediterranean", "in the Balkans": an event is held in a region too
            start = after + 2 if kind == "Event" and after + 2 < sent.end and ctx.doc[after + 1].lower_ == "the" \
                and after + 2 in ctx.token_to_candidate else after + 1
            if start < sent.end and ctx.doc[after].lower_ == "in" and start in ctx.token_to_candidate:
                other = ctx.token_to_candidate[start]
                # (a body's "in" hangs wherever the parse left it: "opened the Baltic Defence College in
                # Tartu", "the … Centre of Excellence (CCDCOE) in Tallinn")
                # an event's place already read through the parse above; anything else's "in" on its own
                # name was read there too, or is no place of it
                read = any(e[0] == other for c in holder.children if c.dep_ == "prep" and c.lower_ == "in"
                           for e in ctx.pobjs(c)) if kind == "Event" else \
                    any(c.dep_ == "prep" and c.lower_ == "in" for c in root.children)
                if ctx.candidates[other].kind in _WHERE and ctx.spans[other].start == start and not read \
                        and (kind == "Event" or not _meeting_body(ctx, root)):
                    predicate = ctx.lex["place_preps"]["in"] if kind == "Event" else ctx.states["located"]
                    # ("an enhanced Forward Presence (eFP) in Estonia, Latvia, Lithuania and Poland": each of them)
                    places = [(other, False)] + _listed_places(ctx, other)
                    yield from ctx.emit([(index, False)], predicate, places, "place-in",
                                        root, sent, "locate", stance=PLAIN)
        if kind == "Country":
            yield from _in_region(ctx, index, root, sent)
        if kind in _AIDS:
            yield from _beneficiary(ctx, index, sent)
        if kind in _PACTS:
            yield from _parties(ctx, index, root, sent)
        if kind in _SEATED:
            yield from _seat_after_comma(ctx, index, sent)
        if kind == "Place":
            other = _place_after_comma(ctx, span.end, sent) or _in_brackets(ctx, span.end, sent) \
                or _in_after_comma(ctx, span.end, sent)
            if other is not None and ctx.candidates[other].kind == "Place":
                # "Brunssum, Limburg, the Netherlands": the region between the city and its country
                country = _place_after_comma(ctx, ctx.spans[other].end, sent)
                if country is None and not _place_listed(ctx, index, other):
                    pass  # "Norfolk, Virginia": a city and its state
                elif country is None or ctx.candidates[country].kind != "Country":
                    other = None
            if other is not None and not ctx.candidates[other].rule.startswith("reference") \
                    and not _in_a_list(ctx, index, other) and not _part_of_name(ctx, index, other):
                yield from _undated(ctx.emit([(index, False)], ctx.states["located"], [(other, False)],
                                             "place-apposition", root, sent, "locate", stance=PLAIN))


@cache
def _region_words() -> frozenset[str]:
    return frozenset(load_lexicon().names["region_words"])


def _in_region(ctx: Context, index: int, root: Token, sent: Span) -> Iterator[RelationCandidate]:
    """ "Georgia in the South Caucasus", "Armenia, Azerbaijan and Georgia in the South Caucasus": a
    country, or a list of them, right before "in" a region (a place one of whose words is a region's,
    lexicon ``region_words``: not "Sweden in Mazar-i-Sharif", a town where it led a team) is in it."""
    last = max((root, *(c for c in root.conjuncts if ";" not in ctx.texts[min(c.i, root.i):max(c.i, root.i)])),
               key=lambda t: t.i)  # (not past a semicolon: "…; Kazakhstan in Central Asia; and Serbia in …")
    named = ctx.token_to_candidate.get(last.i)
    first = min((root, *root.conjuncts), key=lambda t: t.i)
    if named is None or ctx.candidates[named].kind != "Country" or first.dep_ == "pobj":
        return  # (not a country a phrase hangs on another noun: "the presence of the United States in Europe")
    after = ctx.spans[named].end
    prep = ctx.doc[after] if after < sent.end else None
    if prep is not None and prep.head.pos_ == "NOUN" and prep.head.i not in ctx.token_to_candidate:
        return  # ("Troops from Germany in the Baltic region": the troops')
    start = after + 2 if after + 2 < sent.end and ctx.lowers[after + 1] == "the" else after + 1
    region = ctx.token_to_candidate.get(start)
    if start >= sent.end or ctx.lowers[after] != "in" or region is None or ctx.spans[region].start != start \
            or ctx.candidates[region].kind != "Place" \
            or not set(ctx.candidates[region].name.lower().split()) & _region_words() \
            or ctx.spans[region].end < sent.end and (ctx.lowers[ctx.spans[region].end] in {"and", "or"}
                                                     or ctx.pos[ctx.spans[region].end] == "NOUN"):
        return  # (nor in one of two regions: "… and Ukraine in Eastern Europe and the South Caucasus", nor a
        # region's noun: "Turkey in the Middle East crisis")
    yield from _undated(ctx.emit([(index, False)], ctx.states["located"], [(region, False)], "place-in", root, sent,
                                 "locate", stance=PLAIN))


def _part_of_name(ctx: Context, place: int, other: int) -> bool:
    """ "Washington, D.C.": the place after the comma is a part of the first one's own name."""
    first = ctx.candidates[place]
    names = (first.key or "").split(":", 1)[-1].split(", ")[1:] + first.name.split(", ")[1:]
    return ctx.candidates[other].name in names


def _attribute(ctx: Context, subject: Token) -> Token | None:
    """ "Ocean Shield was a counter-piracy mission in the Gulf of Aden": the operation noun a
    copula predicates of its subject, whose place is the subject's."""
    if subject.dep_ != "nsubj" or subject.head.lemma_.lower() not in ctx.linking:
        return None
    return next((c for c in subject.head.children if c.dep_ == "attr" and c.i not in ctx.token_to_candidate
                 and c.lemma_.lower() in ctx.lex["operation_nouns"]), None)


def _seat_after_comma(ctx: Context, index: int, sent: Span) -> Iterator[RelationCandidate]:
    """ "Allied Maritime Command (MARCOM), Northwood, United Kingdom": a body followed by a city and
    its country is in the city (a city alone after a comma may start a list or a clause); so is one
    followed by a city alone in a bracket ("Regional Command North (Mazar-i-Sharif)")."""
    bracketed = _in_brackets(ctx, ctx.spans[index].end, sent, "Place")
    if bracketed is None and ctx.candidates[index].kind == "Event":
        # "Warsaw Summit (Poland, 8–9 July 2016)", "ISAF (Afghanistan)": where it was held
        bracketed = _held_in_brackets(ctx, index, sent)
    if bracketed is not None and ctx.candidates[index].kind != "InternationalOrganization":  # ("EU (Atalanta)")
        predicate = ctx.lex["place_preps"]["in"] if ctx.candidates[index].kind == "Event" else ctx.states["located"]
        yield from _undated(ctx.emit([(index, False)], predicate, [(bracketed, False)], "place-apposition",
                                     ctx.spans[index].root, sent, "locate", stance=PLAIN))
    after = _after_abbreviation(ctx, ctx.spans[index], sent)
    city = _place_after_comma(ctx, after, sent)
    if city is None and _entry_dash(ctx, index, after, sent):
        # "• Energy Security COE – Vilnius, Lithuania": a list entry's body, a dash, its city and country (not
        # a dateline's: "North Atlantic Council – Madrid, Spain – 29 June 2022")
        city = _place_after_comma(ctx, after, sent, ctx.texts[after])
        country = _place_after_comma(ctx, ctx.spans[city].end, sent) if city is not None else None
        end = ctx.spans[country].end if country is not None else sent.end
        if country is None or end < sent.end and not (ctx.texts[end] in {".", ";"} or ctx.doc[end].is_space):
            city = None
    if city is not None and ctx.candidates[city].kind == "Country" and ctx.is_meeting(index) \
            and _dateline_end(ctx, ctx.spans[city].end, sent):
        # "2–4 April 2008 – Bucharest Summit, Romania.", "Launched: Istanbul Summit, Türkiye, June 2004"
        yield from _undated(ctx.emit([(index, False)], ctx.lex["place_preps"]["in"], [(city, False)],
                                     "place-apposition", ctx.spans[index].root, sent, "locate", stance=PLAIN))
    if city is None or ctx.candidates[city].kind != "Place":
        return
    country = _place_after_comma(ctx, ctx.spans[city].end, sent)
    if country is not None and ctx.candidates[country].kind == "Country" and not _in_a_list(ctx, city, country) \
            or country is None and _closes_entry(ctx, index, city, sent):
        yield from _undated(ctx.emit([(index, False)], ctx.states["located"], [(city, False)], "place-apposition",
                                     ctx.spans[index].root, sent, "locate", stance=PLAIN))


_ENTRY_ENDS = frozenset({";", ":", "–", "—", "(", "|"})
#: the marks that open a list's entry before its name
_BULLETS = frozenset({"•", "-", "*", "–", "—", "·"})


def _closes_entry(ctx: Context, body: int, city: int, sent: Span) -> bool:
    """ "Media contact: NATO Press Office, Brussels": a city alone after a body's comma, where the
    sentence, line or semicolon part ends and the body is no list's item, is where the body is
    (an international organisation's seat is not given so)."""
    end, start = ctx.spans[city].end, ctx.spans[body].start
    while start >= 1 and ctx.deps[start - 1] == "det":
        start -= 1  # "Ukraine and the OSCE, Geneva": the list's item
    listed = start >= 1 and (ctx.texts[start - 1] == "," or ctx.deps[start - 1] == "cc")
    if listed or ctx.candidates[body].kind == "InternationalOrganization":
        return False
    if end >= sent.end or ctx.texts[end] == ";" or all(t.is_space or t.text == "." for t in ctx.doc[end:sent.end]):
        return True
    # a colon, a dash or a bracket ends the entry too ("NATO Military Liaison Mission, Moscow: established in
    # 2002", "Regional Command West, Herat – Italy"), not a dateline's ("Statement by the North Atlantic
    # Council, Madrid – 29 June 2022": a date follows, and the body is the one a document is by or of)
    return ctx.texts[end] in _ENTRY_ENDS and not _date_follows(ctx, end + 1, sent) \
        and ctx.deps[ctx.spans[body].root.i] != "pobj"


def _date_follows(ctx: Context, i: int, sent: Span) -> bool:
    """Whether token *i* (past a bracket, a dash or a colon) opens a date."""
    while i < sent.end and (ctx.texts[i] in DASHES or ctx.texts[i] in {"(", ":"}):
        i += 1
    return i < sent.end and ctx.doc[i].ent_type_ == "DATE"


def _held_in_brackets(ctx: Context, event: int, sent: Span) -> int | None:
    """The country alone, or first before a date, in a bracket right after an event's name (not
    a bracketed list of the countries taking part, "… (Poland, Latvia and …)"); an operation's only
    outside a sentence of contributions, where it names a contributor ("Troop contributions: ISAF
    (Mongolia)")."""
    bracketed = _in_brackets(ctx, ctx.spans[event].end, sent, "Country", closers={")", ","})
    if bracketed is None:
        return None
    after = ctx.spans[bracketed].end + 1
    if after < sent.end and ctx.texts[after - 1] == "," and ctx.deps[after] == "det":
        after += 1  # ("Ocean Shield (Denmark, the Netherlands and Norway)")
    if (ctx.texts[after - 1] == "," or ctx.deps[after - 1] == "det") and after in ctx.token_to_candidate:
        return None
    if not ctx.is_meeting(event) and any(
            ctx.lemmas[t] in ctx.lex["contingent_nouns"] or ctx.lowers[t] in ctx.lex["taking_part_columns"]
            for t in range(sent.start, sent.end)):
        return None
    return bracketed


def _undated(found: Iterator[RelationCandidate]) -> Iterator[RelationCandidate]:
    """Where a place lies has no date ("HELSINKI, Finland, June 21 –": the dateline dates the news)."""
    return (replace(f, date="") for f in found)


def _in_brackets(ctx: Context, after: int, sent: Span, kind: str = "Country",
                 closers: frozenset[str] | set[str] = frozenset({")"})) -> int | None:
    """The country (or other *kind*) alone in a bracket right after a name ("Eindhoven (the
    Netherlands)", "Regional Command North (Mazar-i-Sharif)"), or first in it before one of
    *closers* ("Warsaw Summit (Poland, 8–9 July 2016)")."""
    if after + 2 >= sent.end or ctx.doc[after].text != "(":
        return None
    start = after + 2 if ctx.doc[after + 1].lower_ == "the" else after + 1
    other = ctx.token_to_candidate.get(start)
    if other is None or ctx.candidates[other].kind != kind or ctx.spans[other].start != start:
        return None
    end = ctx.spans[other].end
    return other if end < sent.end and ctx.doc[end].text in closers else None


def _in_after_comma(ctx: Context, after: int, sent: Span) -> int | None:
    """The place an "in" phrase set off by a comma names right after a place ("at Brunssum, in the
    Netherlands;", "Oberammergau, in Bavaria,"), not one item of a list of "in" phrases ("in Bosnia,
    in Kosovo and in Afghanistan")."""
    if after + 2 >= sent.end or ctx.texts[after] != "," or ctx.lowers[after + 1] != "in":
        return None
    start = after + 3 if ctx.lowers[after + 2] == "the" else after + 2
    other = ctx.token_to_candidate.get(start)
    if other is None or ctx.spans[other].start != start or ctx.candidates[other].kind not in {"Place", "Country"}:
        return None
    end = ctx.spans[other].end
    comma = end < sent.end and ctx.texts[end] == ","
    if comma and end + 1 < sent.end and ctx.lowers[end + 1] in {"in", "and", "or"}:
        return None  # ("in Bosnia, in Kosovo and in Afghanistan": a list of places)
    if ctx.candidates[other].kind == "Place":  # a place within a place is set off on both sides
        return other if comma else None  # ("Oberammergau, in Bavaria, …"; not "trained in Vilnius, in Riga.")
    closed = end >= sent.end or ctx.punct[end] and ctx.texts[end] not in {",", "-", "–"}
    return other if comma or closed else None


def _dateline_end(ctx: Context, end: int, sent: Span) -> bool:
    """Whether token *end* ends an entry's place: the sentence ends there, or a date follows its comma
    ("Vilnius Summit, Lithuania, 11–12 July 2023"), not a list's next item or a clause ("…, Ukraine;
    Georgia …")."""
    if end >= sent.end or ctx.texts[end] == "." or ctx.doc[end].is_space:
        return True
    return ctx.texts[end] == "," and end + 1 < sent.end and ctx.doc[end + 1].ent_type_ == "DATE"


def _entry_dash(ctx: Context, body: int, after: int, sent: Span) -> bool:
    """Whether a dash at token *after* follows the name *body* that opens a line (a list's entry,
    after its bullet or number, if any)."""
    if after >= sent.end or ctx.texts[after] not in DASHES:
        return False
    start = ctx.spans[body].start
    while start > 0 and (ctx.pos[start - 1] == "DET" or ctx.texts[start - 1] in _BULLETS):
        start -= 1
    return at_line_start(ctx.doc, start)


def _place_after_comma(ctx: Context, after: int, sent: Span, mark: str = ",") -> int | None:
    """The place or country right after a comma (or *mark*) at token *after* ("Vilnius, Lithuania",
    "Limburg, the Netherlands")."""
    if after + 1 >= sent.end or ctx.doc[after].text != mark:
        return None
    start = after + 2 if ctx.doc[after + 1].lower_ == "the" else after + 1
    other = ctx.token_to_candidate.get(start)
    if other is None or ctx.spans[other].start != start or ctx.candidates[other].kind not in {"Place", "Country"} \
            or ctx.candidates[other].rule == "demonym":  # "TCG Gediz, Dutch frigates …": an adjective, no place
        return None
    end = ctx.spans[other].end
    if start > after + 1 and end < sent.end and not ctx.doc[end].is_punct:
        return None  # "in Budapest, the United States and its allies stated": a new clause's subject
    root, before = ctx.spans[other].root, ctx.doc[after - 1]
    if root.dep_ in {"nsubj", "nsubjpass"} and before.dep_ == "pobj" and root.head in before.ancestors:
        # "In the northern Atlantic Ocean, Iceland sits …", "At the event in New York, Stoltenberg called
        # for …": the clause's subject after its setting
        return None
    if end < sent.end and ctx.doc[end].pos_ == "PROPN":
        return None  # "Security Zones, Iceland Air Defence System": a longer name
    if end < sent.end and (ctx.doc[end].pos_ in {"NUM", "PRON"} or ctx.doc[end].lower_ in ctx.lex["place_preps"] and any(
            ctx.candidates[i].kind in {"Place", "Country"} for i in map(ctx.token_to_candidate.get, (end + 1, end + 2))
            if i is not None)):
        # "Sweden in Mazar-i-Sharif, Norway in Meymaneh", "a team in Bamyan, South Korea one in Parwan": the
        # country opens the next item of a list, with a place of its own
        return None
    return other


def _seats(ctx: Context, sent: Span) -> Iterator[RelationCandidate]:
    """ "the Alliance's headquarters in Brussels", "NATO headquarters in Brussels", "the headquarters
    of the mission is in Kabul", "has its headquarters in Baghdad": the owner of a seat is where the
    seat is (lexicon ``seat_nouns``, ``seat_verbs``)."""
    for noun in (t for t in ctx.find(sent, ctx.lemmas, ctx.lex["seat_nouns"]) if t.i not in ctx.token_to_candidate):
        # (or a pronoun, whatever it stands for: "has its headquarters in Baghdad")
        owners = [e for e in [*ctx.owners(noun), *(o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"
                                                   for o in ctx.pobjs(p))]  # ("the headquarters of the mission")
                  if ctx.candidates[e[0]].kind in _SEATED or ctx.candidates[e[0]].kind is None]
        holders = [noun]
        moved_by_owner = noun.dep_ == "dobj" and noun.head.lemma_ in ctx.lex["moving_verbs"]
        if noun.dep_ in {"nsubj", "nsubjpass", "dobj"} and noun.head.lemma_ in ctx.lex["seat_verbs"] \
                and not moved_by_owner:  # ("the Council moved its seat to Brussels": the verb's own reading)
            holders.append(noun.head)  # "its headquarters is located in Baghdad", "has its headquarters in Kabul"
        where = [(p.lower_, e) for h in holders for p in h.children if p.dep_ == "prep" and (
                     p.lower_ in ctx.words["seat_preps"] or p.lower_ in ctx.lex["moving_verbs"].get(h.lemma_, ()))
                 for e in ctx.pobjs(p) if ctx.candidates[e[0]].kind in _WHERE]
        # (an operation's headquarters is where it is based, not only where it is held: "seat", lexicon reroute_by_verb)
        moved = noun.head if noun.head.lemma_ in ctx.lex["moving_verbs"] and len(holders) > 1 else None
        # ("its headquarters will be moved to Mons": the move's own stance)
        stance = ctx.stance(moved, sent) if moved is not None else PLAIN
        yield from ctx.emit(owners, ctx.states["located"], [e for prep, e in where if prep != "from"],
                            "event-place-prep", noun, sent, "seat", stance=stance)
        if stance[0] == POSITIVE and not stance[1]:  # (not "was never moved from Brussels": it is still there)
            # ("its headquarters was moved from Paris to Brussels in 1967": it was in Paris before then)
            yield from _undated(ctx.emit(owners, ctx.states["located"], [e for prep, e in where if prep == "from"],
                                         "event-place-prep", noun, sent, "seat", stance=PLAIN))


#: how many words a common noun's phrase between a name's comma and its participle may hold ("a separate organisation")
_APPOSED_REACH = 5


def _based_in(ctx: Context, sent: Span) -> Iterator[RelationCandidate]:
    """ "the NCIA, based in Brussels, …", "NSATU, a command headquartered in Wiesbaden": a body set off
    by a comma right before a participle of place (lexicon ``based_participles``), or before a common
    noun's phrase that the participle ends, is in the place after it, however the parser hung them."""
    for verb in ctx.find(sent, ctx.lemmas, ctx.lex["based_participles"]):
        if verb.tag_ != "VBN" or verb.i + 2 >= sent.end or ctx.lowers[verb.i + 1] not in ctx.words["seat_preps"]:
            continue
        start = verb.i + 3 if ctx.lowers[verb.i + 2] == "the" else verb.i + 2
        place = ctx.token_to_candidate.get(start)
        if place is None or ctx.spans[place].start != start or ctx.candidates[place].kind not in _WHERE:
            continue
        comma = verb.i - 1
        while comma > sent.start and verb.i - comma <= _APPOSED_REACH and ctx.texts[comma] != "," \
                and ctx.pos[comma] in {"DET", "ADJ", "NOUN"} and comma not in ctx.token_to_candidate:
            comma -= 1  # ("…, a separate organisation based in Brussels")
        if ctx.texts[comma] != "," or comma - 1 < sent.start:
            continue
        end = comma - 1
        if ctx.texts[end] == ")":  # ("the NATO Support and Procurement Agency (NSPA), based in …")
            end = next((t - 1 for t in range(end - 1, max(end - 6, sent.start), -1) if ctx.texts[t] == "("), end)
        body = ctx.token_to_candidate.get(end)
        if body is None or ctx.spans[body].end != end + 1 or ctx.candidates[body].kind not in _BASED:
            continue
        root = ctx.spans[body].root
        if root.dep_ == "pobj" and root.head.head.lemma_.lower() in ctx.proxies:
            continue  # "the special representative to the United Nations, based in Brussels": the envoy's place
        yield from _undated(ctx.emit([(body, False)], ctx.states["located"], [(place, False)], "place-apposition",
                                     verb, sent, "locate", stance=PLAIN))


def _active_in(ctx: Context, sent: Span) -> Iterator[RelationCandidate]:
    """ "DEEP is active in Armenia and Georgia", "DEEP initiatives are ongoing in Armenia": a
    framework or programme said to be under way in a country (lexicon ``presence_words``) has the
    country taking part in it."""
    for word in ctx.find(sent, ctx.lowers, ctx.lex["presence_words"]):
        verb = word.head
        if word.dep_ not in {"acomp", "attr", "advmod"} or verb.lemma_ not in ctx.linking:
            continue
        subjects = [e for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}
                    for e in (ctx.entities(c) or [x for m in c.children if m.dep_ in {"compound", "nmod"}
                                                  for x in ctx.entities(m)])]
        # (an abbreviation the model took for an organisation is resolved to its programme only later)
        frameworks = [e for e in subjects if ctx.candidates[e[0]].kind in _AIDS
                      or ctx.candidates[e[0]].kind == "Organization" and ctx.candidates[e[0]].text.isupper()]
        countries = [e for p in (*word.children, *verb.children) if p.dep_ == "prep" and p.lower_ == "in"
                     for e in ctx.pobjs(p) if ctx.candidates[e[0]].kind == "Country"]
        yield from ctx.emit(countries, ctx.states["presence"], frameworks, "active-in", verb, sent,
                            word.lower_)


def _second_pairs(ctx: Context, preps: list[Token]) -> set[int]:
    """The mentions of a second place-and-country pair coordinated after a country ("at Šiauliai
    Airport in Lithuania and Ämari Air Base in Estonia"): Ämari and Estonia are not Šiauliai's,
    wherever the parser hung the second "in"."""
    found: set[int] = set()
    for prep in preps:
        where = ctx.pobjs(prep)
        if len(where) < 2 or ctx.candidates[where[0][0]].kind != "Country":
            continue
        for index, _ in where[1:]:
            span = ctx.spans[index]
            after = span.end
            if span.root.dep_ != "conj" or ctx.candidates[index].kind != "Place" or after >= len(ctx.doc) \
                    or ctx.deps[after] != "prep" or ctx.lowers[after] not in ctx.lex["place_preps"]:
                continue
            inner = [e[0] for e in ctx.pobjs_at(after) if ctx.candidates[e[0]].kind == "Country"]
            if inner:
                found |= {index, *inner}
    return found


def _capitals(ctx: Context, sent: Span) -> Iterator[RelationCandidate]:
    """ "the Romanian capital Bucharest", "Prague, the Czech capital", "Kyiv, the capital of
    Ukraine": the capital is in its country."""
    for token in (t for t in ctx.find(sent, ctx.lowers, ctx.words["capital_nouns"]) if t.i not in ctx.token_to_candidate):
        countries = [e for c in token.children if c.dep_ in {"amod", "compound", "poss"} for e in ctx.entities(c)]
        countries += [e for p in token.children if p.dep_ == "prep" and p.lower_ == "of" for e in ctx.pobjs(p)]
        if token.dep_ == "compound":  # "the Belgian capital Brussels": the country's word hangs on the city
            countries += [e for c in token.head.children if c.dep_ in {"amod", "compound"} and c.i < token.i
                          for e in ctx.entities(c)]
        # "the Latvian capital Riga", "the Latvian capital, Riga,"
        after = token.i + 2 if token.i + 2 < sent.end and ctx.doc[token.i + 1].text == "," else token.i + 1
        cities = [ctx.token_to_candidate.get(after)]
        if token.dep_ == "appos":
            cities.append(ctx.token_to_candidate.get(token.head.i))
        where = [(i, False) for i in cities if i is not None and ctx.candidates[i].kind == "Place"
                 and (ctx.spans[i].start == after or ctx.spans[i].end - 1 == token.head.i)]
        yield from _undated(ctx.emit(where, ctx.states["located"],
                                     [e for e in countries if ctx.candidates[e[0]].kind == "Country"],
                                     "place-apposition", token, sent, "locate", stance=PLAIN))


def _typed_places(ctx: Context, sent: Span) -> Iterator[RelationCandidate]:
    """ "the Georgian regions of Abkhazia and South Ossetia", "the German town of Kehl": the places
    named with "of" are in the country of the adjective; "the Drenica region of Kosovo": the place
    named before the noun is in the one after "of"."""
    for token in (t for t in ctx.find(sent, ctx.lemmas, ctx.words["place_type_nouns"]) if t.i not in ctx.token_to_candidate
                  and t.lower_ not in ctx.words["capital_nouns"]):
        before = [e for c in token.children if c.dep_ in {"amod", "compound"} and c.i < token.i for e in ctx.entities(c)]
        after = [e for p in token.children if p.dep_ == "prep" and p.lower_ == "of" for e in ctx.pobjs(p)
                 if ctx.candidates[e[0]].kind in _WHERE]
        countries = [e for e in before if ctx.candidates[e[0]].kind == "Country"]
        named = [e for e in before if ctx.candidates[e[0]].kind == "Place"]
        if countries and not named:
            pairs = ([e for e in after if ctx.candidates[e[0]].kind == "Place"], countries)
        elif named and len(after) == 1:
            pairs = (named, after)
        else:
            continue
        yield from _undated(ctx.emit(pairs[0], ctx.states["located"], pairs[1], "place-apposition", token, sent,
                                     "locate", stance=PLAIN))


def _beneficiary(ctx: Context, index: int, sent: Span) -> Iterator[RelationCandidate]:
    """ "the Comprehensive Assistance Package (CAP) for Ukraine", "a package for Mauritania":
    a programme for a country supports it."""
    span = ctx.spans[index]
    after = _after_abbreviation(ctx, span, sent)
    if after + 1 >= sent.end or ctx.doc[after].lower_ != "for" or ctx.candidates[index].rule == "accession-instrument":
        return  # (the countries after an accession protocol's "for" are whose it is)
    other = ctx.token_to_candidate.get(after + 1)
    if other is None and after + 2 < sent.end and ctx.doc[after + 1].dep_ == "det":
        other = ctx.token_to_candidate.get(after + 2)
    if other is not None and ctx.candidates[other].kind == "Country":
        yield from ctx.emit([(index, False)], ctx.states["aid"], [(other, False)], "beneficiary", span.root, sent,
                            "support", stance=PLAIN)


def _parties(ctx: Context, index: int, root: Token, sent: Span) -> Iterator[RelationCandidate]:
    """ "the Individual Partnership Action Plan (IPAP) between Serbia and NATO": the parties
    between whom an agreement is made signed it."""
    preps = [c for c in root.children if c.dep_ == "prep" and c.lower_ in ctx.words["party_preps"]]
    parties = [e for p in preps for e in ctx.pobjs(p) if ctx.candidates[e[0]].kind in ctx.lex["member_kinds"]]
    above = root.head.head if root.dep_ == "pobj" else root.head  # "preparations for the Agreement …"
    if len(parties) >= 2 and not ctx.hedge(root) and above.lemma_.lower() not in ctx.words["unconcluded_nouns"]:
        # (not "the proposed Plan between …", "preparations for the Agreement between …")
        governor = ctx.governor(root)
        # "the Plan between Serbia and NATO was approved": they adopted it, as the verb says
        adopted = root.dep_ == "nsubjpass" and ctx.lex["verbs"].get(governor.lemma_.lower()) == ctx.states["adopt"]
        yield from ctx.emit(parties, ctx.states["adopt" if adopted else "party"], [(index, False)], "parties",
                            governor, sent, governor.lemma_.lower() if adopted else "sign")


def _after_abbreviation(ctx: Context, span: Span, sent: Span) -> int:
    """The token after a name and its parenthesised abbreviation, if any ("the … Force (ISAF) in",
    "… Command (HQ MARCOM),")."""
    after = span.end
    if after + 2 < sent.end and ctx.doc[after].text == "(":
        close = next((i for i in range(after + 2, min(after + 5, sent.end)) if ctx.doc[i].text == ")"), None)
        if close is not None and all(t.pos_ == "PROPN" or t.is_upper for t in ctx.doc[after + 1:close]):
            after = close + 1
    return after


def _after_city(ctx: Context, index: int) -> bool:
    """ "the Summit in Strasbourg, France": the country after a city and a comma places the
    city, not the event."""
    start = ctx.spans[index].start
    before = ctx.token_to_candidate.get(start - 2)
    return (ctx.candidates[index].kind == "Country" and start >= 2 and ctx.doc[start - 1].text == ","
            and before is not None and ctx.candidates[before].kind == "Place")


def _place_listed(ctx: Context, place: int, other: int) -> bool:
    """ "Brussels, Mons and Paris", "Kabul, Herat, …": places in a list, not a city and its region."""
    before, after = ctx.spans[place].start - 1, ctx.spans[other].end
    if ctx.spans[other].text in ctx.candidates[place].name:
        return True  # "Washington, D.C.": one name
    if before >= 1 and ctx.doc[before].text == "," and before - 1 in ctx.token_to_candidate:
        return True
    if after + 1 >= len(ctx.doc) or ctx.doc[after].text not in {",", "and", "or"}:
        return False
    following = after + 1 + (after + 2 < len(ctx.doc) and ctx.doc[after + 1].dep_ == "det")  # "and the Sahel"
    if ctx.doc[following].lower_ in {"and", "or"}:  # ("Kabul, Herat, and Kandahar"; not "Independence, Missouri,
        # and handed over …")
        following += 1 + (following + 2 < len(ctx.doc) and ctx.doc[following + 1].dep_ == "det")
    return following in ctx.token_to_candidate


def _listed_after(ctx: Context, end: int) -> bool:
    """Whether another name follows token *end* as a list's next item (", X", "and X", "or the X")."""
    following = end + 1
    while following < len(ctx.doc) and (ctx.deps[following] == "det" or ctx.lowers[following] in {"and", "or"}):
        following += 1  # (", and Norfolk", "and the Netherlands")
    return following < len(ctx.doc) and ctx.texts[end] in {",", "and", "or"} and following in ctx.token_to_candidate


def _in_a_list(ctx: Context, place: int, country: int) -> bool:
    """ "Albania, Bulgaria, Czechoslovakia, Hungary": names in a list, not a city and its country."""
    before, after = ctx.spans[place].start - 1, ctx.spans[country].end
    listed_before = before >= 1 and ctx.doc[before].text == "," and before - 1 in ctx.token_to_candidate \
        and ctx.candidates[ctx.token_to_candidate[before - 1]].kind == "Country"
    following = after + 1
    if following < len(ctx.doc) and ctx.doc[following].lower_ == "the" and ctx.doc[after].lower_ in {"and", "or"}:
        following += 1  # "the Gulf, Kuwait and the United Arab Emirates" (not "Brunssum, Limburg, the Netherlands")
    listed_after = following < len(ctx.doc) and ctx.doc[after].text in {",", "and", "or"} \
        and following in ctx.token_to_candidate and ctx.candidates[ctx.token_to_candidate[following]].kind == "Country"
    if listed_after and ctx.doc[after].text == "," and ctx.candidates[country].kind == "Place" \
            and not _listed_after(ctx, ctx.spans[ctx.token_to_candidate[following]].end):
        # "Norfolk, Virginia, United States": a city, its region and its country (not "Kabul, Kandahar,
        # Pakistan and India", a list)
        listed_after = False
    return listed_before or listed_after
