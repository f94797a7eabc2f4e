"""Aid passed from one party to another, read as the giver's support of the receiver.

* giving: "Australia provided military assistance to Ukraine", "… provided Ukraine with armoured
  vehicles", "… gave Ukraine vehicles", "… supplied weapons to Ukraine";
* receiving: "Ukraine received vehicles from Australia", "Greece had received American assistance"
  (the giver a demonym of the thing received);
* made available: "Italy made its air bases available to the Alliance".

What passes must be aid (lexicon ``aid_nouns``: assistance, weapons, funding …): "sent troops to
Afghanistan" or "gave a speech to the Council" say nothing of support. Both ends are countries or
organisations, and the receiver is not the giver.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from ..context import Arg, Context, RelationCandidate

__all__ = ["transfer"]

_PARTIES = frozenset({"Country", "InternationalOrganization", "Organization"})
_GIVERS_ON_AID = frozenset({"Country", "InternationalOrganization"})
_RECEIVERS = _PARTIES | {"Event"}


def transfer(ctx: Context, verb: Token, sent: Span) -> Iterator[RelationCandidate]:
    lemma = verb.lemma_.lower()
    if lemma in ctx.lex["availing_verbs"]:
        yield from _made_available(ctx, verb, sent, lemma)
        return
    giving = lemma in ctx.lex["giving_verbs"]
    if not giving and lemma not in ctx.lex["receiving_verbs"]:
        return
    if any(c.dep_ in {"nsubjpass", "auxpass"} for c in verb.children):
        return  # "Ukraine was provided with …": the giver, if any, is an agent the passive families read
    things = _aid(ctx, verb)
    if not things:
        return
    subjects = _parties(ctx, ctx.subjects(verb))
    if giving and verb.dep_ == "acl" and verb.head in things:
        # "the military support provided to Russia by Iran": the giver is the participle's agent
        subjects = _parties(ctx, [e for c in verb.children if c.dep_ == "agent" for e in ctx.pobjs(c)])
    if giving:
        others = [e for c in verb.children if c.dep_ == "dative" or c.dep_ == "dobj" and c not in things
                  for e in ctx.entities(c)]
        # "gave Ukraine armoured vehicles": the parser may make the receiver a modifier of the aid
        others += [e for thing in things for c in thing.children if c.dep_ == "nmod" and verb.i < c.i < thing.i
                   for e in ctx.entities(c)]
        others += [e for head in (verb, *things) for p in head.children
                   if p.dep_ in {"prep", "dative"} and p.lower_ in ctx.lex["aid_recipient_preps"] for e in ctx.pobjs(p)]
        # (an operation receives aid too: "provided airlift for the AU Mission in Somalia")
        yield from ctx.emit(subjects, ctx.states["aid"], _parties(ctx, others, _RECEIVERS), "transfer", verb, sent,
                            lemma)
    else:
        givers = [e for head in (verb, *things) for p in head.children
                  if p.dep_ == "prep" and p.lower_ in ctx.lex["aid_giver_preps"] for e in ctx.pobjs(p)]
        # "received American assistance", "NATO support": a country or an alliance named on the aid (not the
        # name of a programme, "a Defence Capacity Building package")
        givers += [e for thing in things for c in thing.children if c.dep_ in {"amod", "compound", "poss"}
                   for e in ctx.entities(c) if ctx.candidates[e[0]].kind in _GIVERS_ON_AID]
        yield from ctx.emit(_parties(ctx, givers), ctx.states["aid"], subjects, "transfer", verb, sent, lemma)


def _made_available(ctx: Context, verb: Token, sent: Span, lemma: str) -> Iterator[RelationCandidate]:
    """ "Italy made its air bases available to the Alliance": whatever a party puts at another's
    disposal supports it (lexicon ``availing_verbs``, ``availability_words``)."""
    words = [c for c in verb.children if c.lower_ in ctx.lex["availability_words"]]
    receivers = [e for word in words for p in word.children
                 if p.dep_ == "prep" and p.lower_ in ctx.lex["aid_recipient_preps"] for e in ctx.pobjs(p)]
    yield from ctx.emit(_parties(ctx, ctx.subjects(verb)), ctx.states["aid"], _parties(ctx, receivers), "transfer",
                        verb, sent, f"{lemma} available")


def _aid(ctx: Context, verb: Token) -> list[Token]:
    """The aid the verb passes: its object ("provided assistance") or the object of its "with"
    ("provided Ukraine with vehicles"), with their conjuncts, or what a sum of money is of; or the
    noun a relative clause or a participle describes ("the support that Japan has given to Ukraine",
    "the support provided to Russia by Iran")."""
    heads = [c for c in verb.children if c.dep_ == "dobj" and c.lower_ not in ctx.words["relative_pronouns"]]
    if verb.dep_ == "acl" and not heads or verb.dep_ == "relcl" and any(
            c.dep_ == "dobj" and c.lower_ in ctx.words["relative_pronouns"] for c in verb.children):
        heads.append(verb.head)
    heads += [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "with" for o in p.children if o.dep_ == "pobj"]
    # "provided Ukraine with 50 billion euros in military support", "… $2 billion of aid": the sum's aid
    heads += [o for head in heads for p in head.children if p.dep_ == "prep" and p.lower_ in {"in", "of"}
              and head.lemma_.lower() in ctx.lex["sum_nouns"] for o in p.children if o.dep_ == "pobj"]
    return [t for head in heads for t in (head, *head.conjuncts) if t.lemma_.lower() in ctx.lex["aid_nouns"]]


def _parties(ctx: Context, found: list[Arg], kinds: frozenset[str] = _PARTIES) -> list[Arg]:
    return list(dict.fromkeys(e for e in found if e[0] >= 0 and ctx.candidates[e[0]].kind in kinds))
