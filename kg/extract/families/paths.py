"""``path-verb`` / ``path-noun``: any two mentions of a sentence that no other family related,
linked through the dependency path between them.

The path runs from each mention's head up to their lowest common ancestor. A trigger on it
— a verb of the lexicon's verb maps, or a relational noun ("member", "successor",
"accession") — decides the predicate; the grammatical role each end has towards the trigger
decides the direction:

* towards a verb: ``nsubj`` / ``agent`` (or the noun an infinitive complements, "Finland's
  decision to join") is the subject; ``dobj`` / ``nsubjpass`` / a mapped preposition is the object;
* towards a noun: its owner (``poss`` / ``compound``, or the phrase it is in apposition to or
  predicated of) is the subject; its prepositional complement is the object.

Paths longer than the lexicon's ``max_path`` (``max_verb_path`` through a verb, ``max_noun_path``
through a noun) are not read: long paths cross clauses, and a noun far from both ends relates
something else.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from spacy.tokens import Span, Token

from ...model import NEGATIVE
from ..context import PLAIN, Context, RelationCandidate, ahead_of_its_clause, head_paths, own_date

__all__ = ["dependency_path"]

_SUBJECT_ROLES = frozenset({"nsubj", "csubj", "poss", "agent", "head"})
#: links through which the end above a trigger still controls it
_CONTROL = frozenset({"acl", "xcomp", "conj", "advcl", "relcl", "appos", "prep", "pobj", "attr"})
_OBJECT_ROLES = frozenset({"dobj", "nsubjpass", "prep", "dative", "attr", "pobj", "appos"})
#: how a name marks the troops or officials that stand for it ("Russian troops", "Russia's envoy")
_OWNER_MARKS = frozenset({"amod", "poss", "compound"})


def _role(ctx: Context, trigger: Token, side: list[Token], other: list[Token]) -> tuple[str, Token | None]:
    """The role of one end towards *trigger* and the preposition it comes through, if any.

    *side* is the end's chain up to the common ancestor; *other* the other end's chain.
    """
    if trigger in side:
        below = side[side.index(trigger) - 1] if side.index(trigger) > 0 else None
        if below is None:
            return "self", None
        if below.dep_ == "prep":
            return "prep", below
        if below.dep_ == "pobj" and below.head.dep_ == "prep":
            return "prep", below.head
        if below.dep_ == "nsubj" and below.i not in ctx.without_apposed(ctx.kids(trigger.i, {"nsubj"})):
            return "none", None  # an apposition the parser made a second subject
        return below.dep_, None
    # the trigger is on the other end's side: this end is above it, reached through the ancestor
    if trigger.dep_ == "relcl" and side[0].i == trigger.head.i:  # "NATO, which Finland joined"
        pronoun = next((c for c in trigger.children if c.lower_ in ctx.words["relative_pronouns"]), None)
        if pronoun is not None:
            return pronoun.dep_, None
    if trigger.dep_ == "acl" and trigger.tag_ == "VBN":  # "the Council, established by …"
        return "nsubjpass", None
    if len(side) == 1 and trigger.pos_ in {"NOUN", "PROPN"}:  # the end dominates: "Finland, a member of NATO"
        # "Afghanistan, where Georgia was a contributor to RSM": the clause has a subject (a relative
        # pronoun too: "Finland, which was a contributor to KFOR" is read by the copula family)
        if trigger in other and any(t.pos_ in {"VERB", "AUX"} and any(c.dep_ in {"nsubj", "nsubjpass"}
                                                                      for c in t.children)
                                    for t in other[other.index(trigger) + 1:-1]):
            return "none", None
        return "head", None
    controlled = all(t.dep_ in _CONTROL for t in other[other.index(trigger):-1]) if trigger in other else False
    below = other[other.index(trigger) + 1:-1] if trigger in other else []
    if any(t.pos_ in {"VERB", "AUX"} and (t is trigger or t.dep_ == "conj") and any(
            c.dep_ in {"nsubj", "nsubjpass"} and c.tag_ not in {"PRP", "PRP$"} for c in t.children)
           for t in (trigger, *below)):
        # "Sweden had to wait while Finland joined NATO", "Jordan has been a partner, and our Allies have
        # agreed to open an office": the clause, or one coordinated below the end, has its own subject
        controlled = False
        # (a pronoun subject is the end above again: "Ukraine has been a partner since it joined the NACC")
    subjects = {"poss", "nsubj"} | ({"nsubjpass"} if trigger.pos_ in {"NOUN", "PROPN"} else set())
    if len(side) == 2 and side[0].dep_ in subjects and controlled:
        # "Finland's decision to join NATO"; "the EAPC was inaugurated as the successor to the NACC"
        return "head", None
    if len(side) == 3 and side[0].dep_ in _OWNER_MARKS and side[1].dep_ in subjects and controlled \
            and _proxy(ctx, side[1]):
        return "head", None  # "a Russian brigade deploys to Bosnia as part of IFOR": the troops stand for Russia
    return "none", None


def dependency_path(ctx: Context, sent: Span) -> Iterator[RelationCandidate]:
    max_path = int(ctx.lex["limits"]["max_path"])
    inside = [(i, ctx.spans[i]) for i in ctx.in_sentence(sent)]
    for n, (i, span_i) in enumerate(inside):
        for j, span_j in inside[n + 1:]:
            if frozenset((i, j)) in ctx.related or ctx.candidates[i].key and ctx.candidates[i].key == ctx.candidates[j].key:
                continue
            if ctx.piped and "|" in ctx.texts[span_i.end:span_j.start] and "|" in ctx.texts[sent.start:span_i.start]:
                continue  # names in two cells of a table's line, neither its first: its columns relate them
            found = _read(ctx, sent, i, span_i.root, j, span_j.root, max_path)
            if found is not None and found.rule == "path-verb" and (ctx.organisation_group(i) or ctx.organisation_group(j)):
                continue  # "both organisations" through a verb far off: the verb families name its role
            if found is not None:
                yield found
                yield from _coordinated_ends(ctx, found)


def _coordinated_ends(ctx: Context, found: RelationCandidate) -> Iterator[RelationCandidate]:
    """The names coordinated with a path's end take its reading: the path from each of them runs
    through the first ("our support for the integrity of Ukraine, Georgia and Moldova")."""
    for end, field in ((found.subject, "subject"), (found.object, "object")):
        opposite = found.object if field == "subject" else found.subject
        # "26 Allies and two partners, Australia and Sweden": the partners are the other end's list, not this one's
        theirs = {o for o, _ in ctx.entities(ctx.spans[opposite].root)}
        there = ctx.spans[opposite].start
        side = ctx.spans[end].start < there
        for other, _ in ctx.entities(ctx.spans[end].root):
            if (ctx.spans[other].start < there) != side:
                continue  # "A and B – both members of C – as well as D": D, past the other end, is not in it
            pair = frozenset((other, opposite))
            if other != end and other not in theirs and len(pair) == 2 and pair not in ctx.related:
                ctx.relate(*pair)
                polarity = NEGATIVE if ctx.negated(other) else found.polarity  # "… of Ukraine and non-…"
                yield replace(found, polarity=polarity, **{field: other})


def _read(ctx: Context, sent: Span, i: int, a: Token, j: int, b: Token, max_path: int) -> RelationCandidate | None:
    paths = head_paths(a, b, ctx.chains)
    if paths is None:
        return None
    up_a, up_b = paths
    if len(up_a) + len(up_b) - 2 > max_path:
        return None
    if _modifies_a_thing(ctx, up_a) or _modifies_a_thing(ctx, up_b):
        return None
    if _part_of_a_group(ctx, i, up_a) or _part_of_a_group(ctx, j, up_b):
        return None  # "Most of them signed the Framework Document": not all of those they stand for
    if _victim(ctx, up_a) or _victim(ctx, up_b):
        return None  # "Belarus supported the invasion of Ukraine": the act, not its victim, is the verb's
    between = [t for t in (*up_b[1:], *reversed(up_a[1:-1])) if t.i not in ctx.token_to_candidate]
    if len(between) < len(up_a) + len(up_b) - 3:
        return None  # the path runs through another entity ("joined NATO's Partnership for Peace"): that one is related
    for trigger in between:
        found = _by_trigger(ctx, sent, trigger, i, up_a, j, up_b)
        if found is not None:
            return found
    return None


def _victim(ctx: Context, up: list[Token]) -> bool:
    """An end that is what a hostile act below the path's top is against ("the invasion of Ukraine",
    "the attack on Libya"): no argument of the verb above the act."""
    return len(up) > 3 and up[0].dep_ == "pobj" and up[1].lower_ in ctx.words["victim_preps"] \
        and up[2].lemma_.lower() in ctx.lex["hostile_action_nouns"]


def _part_of_a_group(ctx: Context, index: int, up: list[Token]) -> bool:
    """A reference to a group that only a part of it is taken from ("most of them", "two of these
    countries"), but for the whole ("all of them", "each of them", "both of them")."""
    if len(up) < 3 or up[0].dep_ != "pobj" or up[1].lower_ != "of" or up[2].i in ctx.token_to_candidate \
            or not ctx.candidates[index].rule.startswith("reference"):
        return False
    return up[2].pos_ in {"NUM", "ADJ", "DET", "PRON"} and up[2].lower_ not in ctx.words["whole_quantifiers"]


def _modifies_a_thing(ctx: Context, up: list[Token]) -> bool:
    """An end that only modifies a common noun ("attended a NATO summit") is not an argument of
    the trigger above that noun, unless the noun stands for it (delegates, troops) or relates it."""
    if len(up) >= 4 and up[0].dep_ == "pobj" and up[1].dep_ == "prep" and up[2].pos_ == "NOUN" \
            and up[2].i not in ctx.token_to_candidate and up[2].dep_ in {"nsubj", "nsubjpass"}:
        thing = up[2]  # "the non-member states of NATO … joined": NATO is no argument of "joined"
    elif len(up) >= 4 and up[0].dep_ == "pobj" and up[1].dep_ == "prep" and up[1].lower_ in ctx.lex["place_preps"] \
            and up[2].i not in ctx.token_to_candidate and up[2].lemma_.lower() in ctx.lex["operation_nouns"]:
        return True  # "supported the AU mission in Somalia": where the mission is, not whom it supports
    elif len(up) >= 4 and up[0].dep_ == "npadvmod" and up[1].dep_ == "amod" and up[2].pos_ == "NOUN" \
            and up[2].i not in ctx.token_to_candidate:
        thing = up[2]  # "supports the NATO-led missions": NATO leads them, it is not supported
    elif len(up) < 3 or up[0].dep_ not in {"compound", "poss", "nmod", "amod"} or up[1].pos_ not in {"NOUN", "PROPN"} \
            or up[1].i in ctx.token_to_candidate:
        return False
    else:
        thing = up[1]
    lemma = thing.lemma_.lower()
    # (nor a noun that stands for its owner: "support for Ukraine's independence")
    return lemma not in ctx.proxies and lemma not in ctx.lex["nouns"] and lemma not in ctx.lex["transparent_nouns"]


def _by_trigger(ctx: Context, sent: Span, trigger: Token, i: int, up_a: list[Token], j: int,
                up_b: list[Token]) -> RelationCandidate | None:
    lemma = trigger.lemma_.lower()
    is_verb = trigger.pos_ in {"VERB", "AUX"} and lemma not in ctx.linking
    is_noun = trigger.pos_ in {"NOUN", "PROPN"} and lemma in ctx.lex["nouns"]
    if not (is_verb or is_noun):
        return None
    if is_noun and any(c.dep_ == "poss" and ctx.credited(c.i) is not None for c in trigger.children):
        return None  # "NATO thanked Ireland for its participation in KFOR": Ireland's, read by the noun's own rules
    if is_noun and trigger.dep_ == "conj" and ctx.token_to_candidate.get(trigger.head.i) in (i, j) \
            and lemma not in ctx.lex["owned_by_predecessor_nouns"]:
        return None  # "cooperation with the Alliance and former members of the Warsaw Pact": coordinated, no argument
    role_a, prep_a = _role(ctx, trigger, up_a, up_b)
    role_b, prep_b = _role(ctx, trigger, up_b, up_a)
    ends = {"a": (i, role_a, prep_a), "b": (j, role_b, prep_b)}
    subject = next((k for k, (_, role, _) in ends.items() if role in _SUBJECT_ROLES), None)
    obj = next((k for k, (_, role, _) in ends.items() if k != subject and role in _OBJECT_ROLES), None)
    if is_noun and lemma in ctx.lex["agent_of_nouns"] and {role_a, role_b} & {"head"} and trigger.dep_ == "pobj" \
            and trigger.head.lower_ in ctx.words["accompanying_preps"]:
        if any(c.dep_ == "prep" and c.lower_ in ctx.words["beneficiary_preps"] for c in trigger.children):
            return None  # "with NATO's support for Georgia, Armenia …": the support is Georgia's, not the clause's
        # "with the support of Norway, Sweden built …", "Estonia, with Finland's support, …": the
        # owner or of-phrase gives the support, the clause above it receives it
        giver = next((k for k, (_, role, p) in ends.items() if role in {"poss", "compound"}
                      or p is not None and p.lower_ == "of"), None)
        taker = next((k for k, (_, role, _) in ends.items() if k != giver and role == "head"), None)
        if giver is None or taker is None:
            return None
        subject, obj = giver, taker
    if subject is None or obj is None:
        return None
    if is_noun and lemma in ctx.lex["owned_by_predecessor_nouns"] and (
            ends[subject][1] == "poss" or _own_successor(ctx, trigger, ends[subject][0])):
        subject, obj = obj, subject  # "his successor, Y": Y succeeded him; "the NACC and its successor, the EAPC"
    elif is_noun and lemma in ctx.lex["role_nouns"] and ends[subject][1] == "poss" and ends[obj][1] != "poss":
        subject, obj = obj, subject  # "our partners in the Indo-Pacific, Australia, …": the role is held in the owner
    s_index, _, _ = ends[subject]
    o_index, _, prep = ends[obj]
    if is_verb and len(up_a) + len(up_b) - 2 > int(ctx.lex["limits"]["max_verb_path"]):
        return None
    if is_verb:
        particle = next((c.lower_ for c in trigger.children if c.dep_ == "prt"), "")
        phrase = f"{lemma} {particle}" if particle else lemma
        if prep is not None:
            predicate = ctx.lex["verb_preps"].get(f"{phrase} {prep.lower_}")
            if ctx.place_of_object(predicate, trigger):
                return None
            if f"{phrase} {prep.lower_}" in ctx.lex["operation_verb_preps"] and ctx.candidates[o_index].kind != "Event":
                return None  # ("flew with NATO aircraft": only an operation is taken part in so)
        else:
            predicate = ctx.lex["verbs"].get(phrase)
        rule, word = "path-verb", phrase if prep is None else f"{phrase} {prep.lower_}"
        clause = trigger
    else:
        if prep is not None and prep.lower_ not in ctx.lex["noun_preps"]:
            return None
        if _links(ctx, up_a, trigger) + _links(ctx, up_b, trigger) > int(ctx.lex["limits"]["max_noun_path"]) \
                and not _spoken_for(ctx, trigger, (up_a[0], up_b[0])):
            return None  # a noun further away relates something else ("since Croatia's accession to NATO, Hungary …")
        predicate, rule, word = ctx.lex["nouns"][lemma], "path-noun", lemma
        clause = ctx.governor(trigger)
    if predicate is None:
        return None
    side = up_a if s_index == i else up_b
    if is_verb and any(t.pos_ == "NOUN" and t.i not in ctx.token_to_candidate and _other_role(ctx, t, predicate)
                       for t in side[1:-1]):
        return None  # "NATO partner leaders including Ukraine are joining Allies": introduced as partners
    stance = ctx.stance(clause, sent) if clause.pos_ in {"VERB", "AUX"} and not (
        not is_verb and trigger.dep_ == "appos") else PLAIN  # "Oman, a member of the GCC, has not joined": given
    if not is_verb and trigger.dep_ == "appos" and (ctx.after_negating_prefix(trigger.i) or (
            trigger.left_edge.i > 0 and ctx.deps[trigger.left_edge.i - 1] == "neg")):
        stance = (NEGATIVE, *stance[1:])  # "Oman, not a member of the GCC, …"
    if not is_verb and trigger.dep_ == "pobj" and trigger.head.lower_ in ctx.words["predicative_preps"] \
            and trigger.head.head.dep_ in {"nsubj", "nsubjpass"}:
        # "The EAPC, as the successor to the NACC, will provide …": the role is given, not what the clause will do
        stance = (stance[0], "", stance[2], stance[3])
    elif not is_verb and (trigger.dep_ not in {"attr", "oprd"} and any(c.dep_ == "poss" for c in trigger.children)
                          and (lemma in ctx.lex["role_nouns"] or lemma in ctx.lex["tie_nouns"])
                          or ctx.presupposed(trigger)):
        # "We will focus on engagement with our partners in the Caucasus, Armenia, …", "will deepen the
        # partnership": the tie is presupposed, not what the clause will do
        stance = (stance[0], "", stance[2], stance[3])
    hedge = ctx.hedge(trigger)
    if hedge and not stance[1]:
        stance = (stance[0], hedge, stance[2], stance[3])
    found = next(ctx.emit([(s_index, False)], predicate, [(o_index, False)], rule, clause, sent, word, stance=stance),
                 None)
    if found is not None and not is_verb and ahead_of_its_clause(trigger):
        found = replace(found, date="")  # "In 2002, before its accession to NATO, Latvia …"
    elif found is not None and not is_verb and trigger.dep_ == "appos":
        # "France, a founding member of NATO, left its command in 1966": a role given, not dated by the clause
        found = replace(found, date=own_date(trigger, clauses=False))
    return found


def _links(ctx: Context, up: list[Token], noun: Token) -> int:
    """Dependency links from an end up to the common ancestor. A noun that only stands for its
    complement ("support for the sovereignty of Ukraine") adds none, nor does a role predicated
    with "as", with its own preposition ("inaugurated as the successor to the NACC"), nor the
    troops a country's adjective marks ("a Russian brigade deployed … as part of IFOR")."""
    transparent = ctx.lex["transparent_nouns"]
    predicated = noun.dep_ == "pobj" and noun.head.lower_ in ctx.words["predicative_preps"]
    return sum(1 for t in up[:-1] if not (t.dep_ == "prep" and (t.head.lemma_.lower() in transparent or predicated and (
        t.i == noun.head.i or t.head.i == noun.i))) and t.lemma_.lower() not in transparent
        and not (t.dep_ in _OWNER_MARKS and _proxy(ctx, t.head)))


def _proxy(ctx: Context, noun: Token) -> bool:
    """Troops, officials or ships that stand for the name marking them, and relate nothing themselves."""
    lemma = noun.lemma_.lower()
    return lemma in ctx.proxies and lemma not in ctx.lex["nouns"]


def _spoken_for(ctx: Context, noun: Token, ends: tuple[Token, Token]) -> bool:
    """A noun of support that accompanies its clause ("with NATO assistance, Georgia …"), or one
    whose owner is a pronoun while an end is its own complement ("before its accession to NATO,
    Latvia …"): the clause says whose it is, however far."""
    if noun.dep_ == "pobj" and noun.head.lower_ in ctx.words["accompanying_preps"] \
            and noun.lemma_.lower() in ctx.lex["agent_of_nouns"]:
        return True
    return any(c.dep_ == "poss" and c.tag_ == "PRP$" for c in noun.children) and any(
        end.dep_ == "pobj" and end.head.head.i == noun.i for end in ends)


def _own_successor(ctx: Context, noun: Token, end: int) -> bool:
    """The end is the predecessor a conjoined "its successor" points back to ("the NACC and its successor, the EAPC")."""
    return noun.dep_ == "conj" and ctx.token_to_candidate.get(noun.head.i) == end \
        and any(c.dep_ == "poss" and c.pos_ == "PRON" for c in noun.children)


def _other_role(ctx: Context, noun: Token, predicate: str) -> bool:
    """A noun the subject's path runs through that gives it a role of another kind ("partner")."""
    word = ctx.relational_word(noun)
    return word is not None and ctx.lex["nouns"][word] not in {predicate, ""}
