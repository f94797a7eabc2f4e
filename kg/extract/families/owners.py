"""``owner``: an operation, programme or body and the organisation it belongs to, read from
the name's owner — "NATO's Partnership for Peace", "the NATO-led Stabilisation Force",
"the European Union's mission EULEX": partOf. Meetings and summits are not parts of the
organisation that holds them.

``name-owner``: a body whose name opens with an organisation's acronym is part of it ("the NATO
International Staff", "the OSCE Permanent Council"), when the text names that organisation too.
A hyphen makes a joint body of two parties ("NATO-Ukraine Council") and is not read."""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache

from spacy.tokens import Span, Token

from ...lexicon import load_lexicon
from ..context import PLAIN, TOPIC, Arg, Context, RelationCandidate

__all__ = ["name_owner", "owner"]


def owner(ctx: Context, sent: Span) -> Iterator[RelationCandidate]:
    owned_kinds, owner_kinds = ctx.lex["owned_kinds"], ctx.lex["owner_kinds"]
    for index in ctx.in_sentence(sent):
        if ctx.candidates[index].kind not in owned_kinds or \
                any(word in ctx.lex["not_owned_heads"] for word in ctx.candidates[index].name.lower().split()):
            continue
        span = ctx.spans[index]
        root = span.root
        owners = _stated_owners(ctx, root)
        if root.dep_ == "appos" or (root.dep_ == "compound" and root.head.i not in ctx.token_to_candidate):
            owners += _stated_owners(ctx, root.head)  # "NATO's counter-piracy operation Ocean Shield"
        kind_noun = _example_of(ctx, root)
        if kind_noun is not None:
            owners += _stated_owners(ctx, kind_noun)  # "NATO-led operations including KFOR and ISAF"
        owners = [e for e in owners if e[0] != index and ctx.candidates[e[0]].kind in owner_kinds]
        yield from ctx.emit([(index, False)], ctx.states["inclusion"], owners, "owner", root, sent, "belong",
                            stance=PLAIN)


def _stated_owners(ctx: Context, noun: Token) -> list[Arg]:
    """Owners a possessive or a participle states ("NATO's", "NATO-led"); a compound is left
    out: "UN Security Council" names the council, it does not say whose it is."""
    return [e for e in ctx.owners(noun) if ctx.spans[e[0]].root.dep_ != "compound"]


def _example_of(ctx: Context, root: Token) -> Token | None:
    """The common noun whose example *root* is ("operations including KFOR and ISAF")."""
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head
    prep = root.head
    if root.dep_ == "pobj" and prep.dep_ == "prep" and ctx.introduces_examples(prep) and prep.head.pos_ == "NOUN":
        return prep.head
    return None


def name_owner(ctx: Context, sent: Span) -> Iterator[RelationCandidate]:
    """The other end is left to the resolver (:data:`TOPIC` with the acronym as its hint), which
    finds it only among the entities the document names: no hint, no relation."""
    acronyms = _owner_acronyms()
    for index in ctx.in_sentence(sent):
        if ctx.candidates[index].kind not in ctx.lex["name_owned_kinds"]:
            continue
        words = [t for t in ctx.spans[index] if t.dep_ != "det"]
        if len(words) > 1 and words[0].text in acronyms and words[1].is_title:
            yield RelationCandidate(index, ctx.states["inclusion"], TOPIC, "name-owner", "belong",
                                    ctx.offset + sent.start_char, ctx.offset + sent.end_char, hint=words[0].text)


@cache
def _owner_acronyms() -> frozenset[str]:
    """One-word upper-case names of the curated organisations ("NATO", "OSCE", "EU")."""
    owners = load_lexicon().relations["owner_kinds"]
    return frozenset(form for entity in load_lexicon().curated.values() if entity.kind in owners
                     for form in (entity.name, *entity.aliases) if form.isupper() and " " not in form)
