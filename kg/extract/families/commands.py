"""``command-change``: a change of command names who leads what, and who follows whom.

"General X took command of KFOR from General Y": X leads KFOR and succeeded Y, who led it;
"Y handed over command of KFOR to X" reads the same; "X was given command of EUROFOR" and
"KFOR, under the command of General X" make X its leader. A country or an organisation that
takes command of an operation takes part in it ("The Netherlands takes command of NATO Mission
Iraq"); an operation an international organisation takes command of is part of it ("NATO took
command of ISAF"). The words are lexicon data (``command_nouns``, ``command_taking_verbs``,
``command_giving_verbs``, ``command_handing_verbs``, ``command_predicates``,
``command_whole_kinds``, ``command_preps``); "Under the presidency of X, France …" reads
the ``presiding_nouns`` the same way.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from spacy.tokens import Span, Token

from ..context import Arg, Context, RelationCandidate
from .titles import ranked

__all__ = ["command_change"]


def command_change(ctx: Context, noun: Token, sent: Span) -> Iterator[RelationCandidate]:
    lemma = noun.lemma_.lower()
    if noun.i in ctx.token_to_candidate and noun.dep_ == "pobj" and noun.head.lower_ in ctx.lex["command_preps"] \
            and ctx.candidates[ctx.token_to_candidate[noun.i]].kind == "Person":
        yield from _under_command(ctx, noun, sent)  # "Under General Lyman Lemnitzer, SHAPE …": the person's own name
        return
    if lemma not in ctx.lex["command_nouns"] and lemma not in ctx.lex["presiding_nouns"] \
            or noun.i in ctx.token_to_candidate:
        return
    if noun.dep_ == "pobj" and noun.head.lower_ in ctx.lex["command_preps"]:
        yield from _under_command(ctx, noun, sent)
        return
    if noun.dep_ not in {"dobj", "nsubjpass"} or lemma in ctx.lex["presiding_nouns"]:
        return
    verb = noun.head
    particle = next((c.lower_ for c in verb.children if c.dep_ == "prt"), "")
    phrase = f"{verb.lemma_.lower()} {particle}".strip()
    # the body named itself, not one whose forces are meant ("took command of NATO forces in Afghanistan")
    # ("command of JFC Naples taking over from Y" parses Naples as the subject of "taking")
    commanded = [e for e in _after(ctx, noun, verb, "of") if e[0] in ctx.spans
                 and (ctx.spans[e[0]].root.dep_ in {"pobj", "conj", "appos"}
                      or ctx.spans[e[0]].root.dep_ == "nsubj" and ctx.spans[e[0]].root.head.dep_ == "pcomp")]
    if not commanded:
        return
    passive = any(c.dep_ in {"nsubjpass", "auxpass"} for c in verb.children)
    givers = _after(ctx, noun, verb, "to")
    if phrase in ctx.lex["command_taking_verbs"] or passive and phrase in ctx.lex["command_giving_verbs"] and not givers:
        # "X took command of KFOR from Y", "X was given command of EUROFOR"
        takers = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
        new = [e for t in takers for e in ctx.entities(t)] or ctx.subjects(verb)
        old = _after(ctx, noun, verb, "from")
    elif phrase in ctx.lex["command_handing_verbs"] or phrase in ctx.lex["command_giving_verbs"]:
        new, old = givers, ctx.subjects(verb)  # "Y handed over command of KFOR to X"
    else:
        return
    yield from _changed(ctx, verb, sent, commanded, new, old)


def _under_command(ctx: Context, noun: Token, sent: Span) -> Iterator[RelationCandidate]:
    """ "KFOR, under the command of General Klaus Reinhardt, …": the person leads what the phrase is on
    (so does one named right after "under": "Under General Lyman Lemnitzer, SHAPE moved …")."""
    named = ctx.entities(noun) if noun.i in ctx.token_to_candidate else \
        [e for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for e in ctx.pobjs(p)]
    holders = [e for e in named if ctx.candidates[e[0]].kind == "Person"]
    # "Sea Guardian comes under the command of Allied Maritime Command": a command the operation is part of
    commands = [e for e in named if ctx.candidates[e[0]].kind in ctx.lex["command_body_kinds"]]
    head = noun.head.head
    if head.i in ctx.token_to_candidate:
        commanded = ctx.entities(head)
    elif head.lemma_ in ctx.linking or head.lemma_.lower() in ctx.lex["command_coming_verbs"]:
        commanded = ctx.subjects(head)  # "ISAF was under the command of …", "… comes under the command of …"
    elif head.pos_ == "VERB" and noun.head.i > 0 and ctx.doc[noun.head.i - 1].text == ",":
        # "KFOR, under the command of General X, secured …": set off after the subject
        commanded = [e for e in ctx.subjects(head) if e[0] in ctx.spans and ctx.spans[e[0]].end <= noun.head.i]
    elif head.pos_ == "VERB" and noun.head.i == sent.start and noun.head.right_edge.i + 1 < sent.end \
            and ctx.doc[noun.head.right_edge.i + 1].text == ",":
        # "Under the presidency of Charles de Gaulle, France left …": fronted before the subject
        commanded = [e for e in ctx.subjects(head) if e[0] in ctx.spans and ctx.spans[e[0]].start > noun.head.right_edge.i]
    else:
        return
    if noun.i in ctx.token_to_candidate:
        # a person named alone after "under": an officer leads the command or operation that acts ("Under
        # General Lyman Lemnitzer, SHAPE moved …"); a civilian's office is not said ("Under Jens Stoltenberg,
        # Finland joined", "Under President Viktor Yanukovych, the Verkhovna Rada adopted …")
        commanded = [e for e in commanded if all(ranked(ctx, h) for h, _ in holders)
                     and ctx.candidates[e[0]].kind in ctx.lex["command_led_kinds"]]
    yield from ctx.emit(holders, ctx.lex["command_predicates"]["holder"], commanded, "command-change", ctx.governor(noun),
                        sent, "command")
    operations = [e for e in commanded if ctx.candidates[e[0]].kind in ctx.lex["command_body_kinds"] + ["Event"]]
    yield from ctx.emit(operations, ctx.lex["command_predicates"]["whole"], commands, "command-change",
                        ctx.governor(noun), sent, "command")


def _after(ctx: Context, noun: Token, verb: Token, word: str) -> list[Arg]:
    """The entities of the *word* phrase on the command noun, on its verb, or on what the
    command is of ("handed over command of KFOR to X": the parser may hang "to X" on KFOR)."""
    heads = [noun, verb]
    if word != "of":
        heads += [o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
                  if o.dep_ in {"pobj", "pcomp"}]
        # "…, taking over from Y": the participle that says from whom
        heads += [c for c in verb.children if c.dep_ in {"advcl", "xcomp"} and c.tag_ == "VBG"]
    return [e for head in heads for p in head.children if p.dep_ == "prep" and p.lower_ == word
            for e in ctx.pobjs(p)]


def _changed(ctx: Context, verb: Token, sent: Span, commanded: list[Arg], new: list[Arg],
             old: list[Arg]) -> Iterator[RelationCandidate]:
    predicates = ctx.lex["command_predicates"]
    persons = [e for e in new if ctx.candidates[e[0]].kind == "Person"]
    wholes = [e for e in new if ctx.candidates[e[0]].kind in ctx.lex["command_whole_kinds"]]
    bodies = [e for e in new if e not in persons and e not in wholes]
    yield from ctx.emit(persons, predicates["holder"], commanded, "command-change", verb, sent, "command")
    yield from ctx.emit(bodies, predicates["body"], commanded, "command-change", verb, sent, "command")
    # "NATO took command of ISAF in 2003": a NATO-led force
    yield from ctx.emit(commanded, predicates["whole"], wholes, "command-change", verb, sent, "command")
    before = [e for e in old if ctx.candidates[e[0]].kind == "Person"]
    yield from ctx.emit(persons, predicates["successor"], before, "command-change", verb, sent, "succeed")
    for found in ctx.emit(before, predicates["holder"], commanded, "command-change", verb, sent, "command"):
        yield replace(found, date="")  # led it before: the date is the handover's
