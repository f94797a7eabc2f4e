"""``owner``: an operation, programme or body and the organisation it belongs to, read from
the name's owner — "NATO's Partnership for Peace", "the NATO-led Stabilisation Force",
"the European Union's mission EULEX": partOf. Meetings and summits are not parts of the
organisation that holds them.

A body whose name merely opens with an organisation's acronym ("the NATO International Staff")
is not read as part of it: annotators of both the corpus and fresh web texts list few such
facts (a rule for it was right 11 times in 58 on them, and was dropped)."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from ..context import PLAIN, Arg, Context, RelationCandidate

__all__ = ["owner"]


def owner(ctx: Context, sent: Span) -> Iterator[RelationCandidate]:
    owned_kinds, owner_kinds = ctx.lex["owned_kinds"], ctx.lex["owner_kinds"]
    yield from _listed_under_kind(ctx, sent)
    yield from _under_framework(ctx, sent)
    yield from _national_missions(ctx, sent)
    yield from _name_owners(ctx, sent)
    for index in ctx.in_sentence(sent):
        if ctx.candidates[index].kind not in owned_kinds or \
                any(word in ctx.lex["not_owned_heads"] for word in ctx.candidates[index].name.lower().split()):
            continue
        span = ctx.spans[index]
        root = span.root
        owners = _stated_owners(ctx, root)
        first = _first_conjunct(ctx, root)  # "NATO's programmes, namely the PfP and the Mediterranean Dialogue"
        if first.dep_ == "appos" or (root.dep_ in {"compound", "nmod"} and root.head.i not in ctx.token_to_candidate):
            owners += _stated_owners(ctx, first.head)  # "NATO's counter-piracy operation Ocean Shield"
        # "Operation Ocean Shield, NATO's latest mission", "the Peninsula Shield, the GCC military force"
        owners += [e for c in root.children if c.dep_ == "appos" and c.i not in ctx.token_to_candidate
                   and c.lemma_.lower() in ctx.lex["owned_kind_nouns"] for e in ctx.owners(c)]
        named = ctx.named_operation(index)
        if named is not None:  # "the AU mission in Somalia (AMISOM)": a common noun's compound is its owner
            owners += [e for e in ctx.owners(named) if e not in owners]
        kind_noun = _example_of(ctx, root)
        if kind_noun is not None:
            owners += _stated_owners(ctx, kind_noun)  # "NATO-led operations including KFOR and ISAF"
        owners = list(dict.fromkeys(e for e in owners if e[0] != index and ctx.candidates[e[0]].kind in owner_kinds))
        yield from ctx.emit([(index, False)], ctx.states["inclusion"], owners, "owner", root, sent, "belong",
                            stance=PLAIN)


def _listed_under_kind(ctx: Context, sent: Span) -> Iterator[RelationCandidate]:
    """ "NATO-led operations: IFOR, SFOR and KFOR", "the NATO-led operations in Bosnia (IFOR and
    SFOR)": the names a colon or a bracket lists right after an owned plural kind noun are its owner's."""
    owned_kinds, owner_kinds = ctx.lex["owned_kinds"], ctx.lex["owner_kinds"]
    for noun in (t for t in sent if t.tag_ == "NNS" and t.lemma_.lower() in ctx.lex["owned_kind_nouns"]):
        owners = [e for e in _stated_owners(ctx, noun) if ctx.candidates[e[0]].kind in owner_kinds]
        after = noun.right_edge.i + 1
        if not owners or after >= sent.end or ctx.texts[after] not in {":", "("}:
            continue
        end = sent.end if ctx.texts[after] == ":" else next(
            (t.i for t in ctx.doc[after:sent.end] if t.text == ")"), after)
        listed = [(i, False) for i in ctx.in_sentence(sent) if i in ctx.spans and after < ctx.spans[i].start < end
                  and ctx.candidates[i].kind in owned_kinds and not ctx.candidates[i].rule.startswith("reference")]
        yield from ctx.emit(listed, ctx.states["inclusion"], owners, "owner", noun, sent, "belong", stance=PLAIN)


#: what a partnership framework holds: programmes, bodies and activities, not countries
_HELD_KINDS = frozenset({"Agreement", "Organization", "Event"})


def _under_framework(ctx: Context, sent: Span) -> Iterator[RelationCandidate]:
    """ "Ukraine prepares Annual National Programmes under the NUC", "the Building Integrity programme
    is initiated under the EAPC": a programme, body or activity done under a partnership framework
    (lexicon ``instrument_preps``) is part of it; one under an agreement is read as its founding
    (verbs._passive)."""
    for index in (i for i in ctx.in_sentence(sent) if ctx.candidates[i].kind == "PartnershipFramework"):
        prep = ctx.spans[index].root.head
        if ctx.spans[index].root.dep_ != "pobj" or prep.lower_ not in ctx.words["instrument_preps"]:
            continue
        head = prep.head
        if head.pos_ in {"VERB", "AUX"}:  # ("… begins preparing Annual National Programmes under the NUC")
            held = [e for c in head.children if c.dep_ in {"dobj", "nsubjpass"} for e in ctx.entities(c)]
            held += [e for c in head.children if c.dep_ == "prep" and c.lower_ == "with" for e in ctx.pobjs(c)]
            # (a verb's operation is what the framework let it join, not a part of it: "Sweden joined KFOR
            # under the PfP")
            held = [e for e in held if e[0] >= 0 and ctx.candidates[e[0]].kind != "Event"]
        else:
            held = ctx.entities(head)
        held = [e for e in held if e[0] >= 0 and e[0] != index and ctx.candidates[e[0]].kind in _HELD_KINDS]
        yield from ctx.emit(held, ctx.states["inclusion"], [(index, False)], "owner", prep, sent, "belong",
                            stance=PLAIN)


def _name_owners(ctx: Context, sent: Span) -> Iterator[RelationCandidate]:
    """ "the OSCE Kosovo Verification Mission", "the AU Mission in Somalia": an operation whose name opens
    with an organisation's is that organisation's (the mention cut out of the name: rule ``name-owner``)."""
    for index in ctx.in_sentence(sent):
        if ctx.candidates[index].rule != "name-owner":
            continue
        start = ctx.candidates[index].start
        operations = [i for i in ctx.in_sentence(sent) if i != index and ctx.candidates[i].kind == "Event"
                      and ctx.candidates[i].start == start]
        for operation in operations:
            yield RelationCandidate(operation, ctx.states["inclusion"], index, "owner", "belong",
                                    ctx.offset + sent.start_char, ctx.offset + sent.end_char)


def _national_missions(ctx: Context, sent: Span) -> Iterator[RelationCandidate]:
    """ "Japan's Mission to NATO", "Japan has maintained a Mission to NATO since 2018": a country's mission
    to the Alliance is part of that country (the one its name was given by)."""
    for index in ctx.in_sentence(sent):
        if ctx.candidates[index].rule != "national-mission":
            continue
        root, start = ctx.spans[index].root, ctx.spans[index].start
        before = start - 2 if start >= 2 and ctx.tags[start - 1] == "POS" else start - 1
        owners = [(ctx.token_to_candidate[before], False)] if before in ctx.token_to_candidate else []
        if not owners and root.dep_ == "dobj" and ctx.lex["verbs"].get(root.head.lemma_.lower()) != "established":
            # (not "Japan established a Mission to NATO": what the clause says)
            owners = [e for c in root.head.children if c.dep_ == "nsubj" for e in ctx.entities(c)]
        owners = [e for e in owners if e[0] >= 0 and ctx.candidates[e[0]].kind == "Country"]
        yield from ctx.emit([(index, False)], ctx.states["inclusion"], owners[:1], "owner", root, sent, "belong",
                            stance=PLAIN)


def _stated_owners(ctx: Context, noun: Token) -> list[Arg]:
    """Owners a possessive or a participle states ("NATO's", "NATO-led"); a compound is left
    out: "UN Security Council" names the council, it does not say whose it is."""
    return [e for e in ctx.owners(noun) if ctx.spans[e[0]].root.dep_ != "compound"]


def _first_conjunct(ctx: Context, root: Token) -> Token:
    """The first of the names *root* is coordinated with (itself if none); the parser may hang a
    name on a word inside the name before ("the Partnership for Peace and the Mediterranean Dialogue")."""
    last = root
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head
        inside = ctx.token_to_candidate.get(root.i)
        if inside is not None and inside in ctx.spans:
            root = ctx.spans[inside].root
        elif (named := next((c for c in root.children if c.dep_ == "appos" and c.i < last.i
                             and c.i in ctx.token_to_candidate), None)) is not None:
            return named  # "NATO's frameworks, namely the PfP, the MD and the ICI": the tail hung on the noun
    return root


def _example_of(ctx: Context, root: Token) -> Token | None:
    """The common noun whose example *root* is ("operations including KFOR and ISAF")."""
    root = _first_conjunct(ctx, root)
    prep = root.head
    if root.dep_ == "pobj" and prep.dep_ == "prep" and ctx.introduces_examples(prep) and prep.head.pos_ == "NOUN":
        return prep.head
    return None
