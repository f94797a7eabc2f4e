"""``learned-pair``: pairs of mentions no rule related, decided by the learned pair model
(:mod:`kg.extract.pairs`). Runs last, so a rule's reading always wins."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from functools import cache

from spacy.tokens import Span, Token

from ...lexicon import load_lexicon
from ...model import LEARNED_RULE, NEGATIVE
from ..context import PLAIN, Context, RelationCandidate, head_paths
from ..pairs import kinds_of, load_pair_model, pair_features, pair_vector, sentence_pairs
from .titles import serves_an_office, titled_body

__all__ = ["learned_pair"]

#: how many tokens after a country an office holder's name may follow it ("Spanish prime minister X")
_TITLE_REACH = 5
#: the words on a pair's path that can hedge it ("integration", "attempted", "aspiring")
_HEDGE_POS = frozenset({"VERB", "NOUN", "ADJ"})
#: the parts of speech of a word that heads a clause, whose negation is the whole clause's
_CLAUSE_POS = frozenset({"VERB", "AUX"})
#: dependencies that open a clause of its own below a verb ("X is not …; both Y and Z take part")
_CLAUSE_LINKS = frozenset({"conj", "ccomp", "advcl", "relcl", "parataxis", "xcomp"})
#: the words between an office and the body it names ("Crown Prince of the Kingdom")
_OF_BODY = frozenset({"of", "the"})
#: how many words before a name can hold its title
_TITLE_WORDS = 3


def learned_pair(ctx: Context, sent: Span) -> Iterator[RelationCandidate]:
    """The model's readings of the sentence's pairs; where two mentions of the same two entities
    read one fact plainly and negated ("Since the UK left the European Union, the Allies that do
    not belong to the EU are Albania, …"), the negation stands."""
    found = list(_read_pairs(ctx, sent))
    negated = {_identity(ctx, f) for f in found if f.polarity == NEGATIVE}
    yield from (f for f in found if f.polarity == NEGATIVE or _identity(ctx, f) not in negated)


def _identity(ctx: Context, found: RelationCandidate) -> tuple[str, str, str]:
    """(subject, predicate, object) of a candidate, each end by its curated key or its name."""
    subject, obj = ctx.candidates[found.subject], ctx.candidates[found.object]
    return subject.key or subject.name, found.predicate, obj.key or obj.name


def _read_pairs(ctx: Context, sent: Span) -> Iterator[RelationCandidate]:
    model = load_pair_model()
    if model is None or model.threshold >= 1.0:
        return  # no model, or one whose training found no cut precise enough: it reads nothing
    vectors = model.reads_vectors()
    candidates = ctx.candidates
    for first, second in sentence_pairs(ctx, sent):
        if candidates[first].rule.startswith("reference") or candidates[second].rule.startswith("reference") \
                or ctx.ruled(first, second):
            continue
        kinds = kinds_of(ctx, first, second)
        if model.kinds and kinds not in model.kinds:
            continue
        label, probability = model.predict(pair_features(ctx, first, second, kinds),
                                           vector=pair_vector(ctx, first, second) if vectors else None)
        if probability < model.threshold:
            continue
        predicate, direction = label[:-1], label[-1]
        subject, obj = (first, second) if direction == ">" else (second, first)
        if predicate == "leaderOf" and (_no_head(ctx, ctx.spans[subject]) or _titles_another(ctx, subject, obj)
                                        or _role_heads_nothing(ctx, ctx.spans[subject], ctx.spans[obj])
                                        or _office_of_no_head(ctx, ctx.spans[obj])
                                        or titled_body(ctx, subject) not in (None, obj)):
            continue  # ("NATO Secretary General X" leads NATO, not China; an officer is left out for every
            # rule alike, see families._officer_heads_country)
        a, b = ctx.spans[first].root, ctx.spans[second].root
        paths = head_paths(a, b, ctx.chains)
        anchor = ctx.governor(b if b.head.i != b.i else a)
        # where a thing is or was held is no part of what the clause hedges ("…, coordinated by ACT in Norfolk, are considered …")
        hedged = anchor.pos_ in {"VERB", "AUX"} and predicate not in ctx.lex["place_predicates"]
        # two names joined inside a noun phrase state their tie whatever the clause says of the phrase
        # ("partners across the globe are not members of NATO's regional frameworks, namely the Mediterranean Dialogue")
        hedged = hedged and (paths is None or ctx.pos[paths[0][-1].i] in _CLAUSE_POS)
        stance = ctx.stance(anchor, sent) if hedged else PLAIN
        if _negated_branch(ctx, paths):  # "a member of the EU but not of NATO"
            stance = (NEGATIVE, *stance[1:])
        if not stance[1] and predicate not in ctx.lex["place_predicates"]:
            # ("Leaders at the Riga Summit invite Serbia to join": the link is the invitation, not one invited)
            hedge = _path_hedge(ctx, paths, joint=predicate != ctx.states["open"])
            if hedge:  # "Georgia continues its integration into NATO": a membership in the making
                stance = (stance[0], hedge, *stance[2:])
        for candidate in ctx.emit([(subject, False)], predicate, [(obj, False)], LEARNED_RULE, anchor, sent,
                                  anchor.lemma_.lower(), stance=stance):
            yield replace(candidate, confidence=round(probability, 3))


def _negated_branch(ctx: Context, paths: tuple[list[Token], list[Token]] | None) -> bool:
    """A negation of the verb that joins the two mentions, or one on either mention's own way up
    to it, or a negating prefix there ("five non-alliance members — Australia, Finland …"), or
    "without" on the way ("joined without having taken part in the MAP"). *paths*: the two
    mentions' ways up to the word that joins them (:func:`head_paths`)."""
    if paths is None:
        return False
    joint = paths[0][-1]
    if ctx.pos[joint.i] in _CLAUSE_POS and any(c.dep_ == "neg" for c in joint.children) \
            and not any(t.dep_ in _CLAUSE_LINKS for path in paths for t in path[:-1]):
        return True  # "Malta was not using the PfP as a stepping stone to NATO membership": the clause of both
    # "EU members outside the Alliance" excludes the clause's own subjects, not those of a clause
    # hung on it ("…, while Norway belongs to NATO")
    crossing = any(t.dep_ in _CLAUSE_LINKS and t.dep_ != "conj" for path in paths for t in path[:-1])
    return any(ctx.prefix_negated(t) or (t.lower_ in ctx.words["negating_preps"] and not crossing)
               or any(c.dep_ == "neg" or c.lower_ in ctx.words["negating_coordinators"] for c in t.children)
               for path in paths for t in path[:-1])


def _path_hedge(ctx: Context, paths: tuple[list[Token], list[Token]] | None, joint: bool = True) -> str:
    """A hedge word (lexicon: hedges) on the dependency path between the two mentions: what the
    pair states is wished, planned or in the making, not a fact (*joint* False: not the word
    that joins them, when the link is what that word says)."""
    if paths is None:
        return ""
    up_a, up_b = paths
    if up_a[-1].i in ctx.token_to_candidate and not any(ctx.pos[t.i] in _CLAUSE_POS
                                                       for t in (*up_a[1:-1], *up_b[1:-1])):
        return ""  # one name's phrase holds the other ("a Dialogue on Georgia's aspirations"): it describes it
    inner = [*up_a[1:], *up_b[1:-1]] if joint else [*up_a[1:-1], *up_b[1:-1]]
    lemmas, pos = ctx.lemmas, ctx.pos
    return next((ctx.hedges[lemmas[t.i]] for t in inner
                 if pos[t.i] in _HEDGE_POS and lemmas[t.i] in ctx.hedges and not _circumstance(ctx, t.i)), "")


def _circumstance(ctx: Context, i: int) -> bool:
    """A noun in a phrase hung on a verb, which says how the verb's act came about ("deployed at the
    request of the Iraqi government", "set up on the basis of a Russian proposal"), not that it is
    only wished or planned."""
    if ctx.pos[i] != "NOUN" or ctx.deps[i] != "pobj":
        return False
    prep = ctx.heads[i]
    return ctx.deps[prep] == "prep" and ctx.pos[ctx.heads[prep]] in _CLAUSE_POS


def _titles_another(ctx: Context, person: int, body: int) -> bool:
    """The body names another person's office: a person named right after it ("Spanish prime
    minister Pedro Sánchez", "the President of Spain, Pedro Sánchez") holds it, not *person*."""
    span = ctx.spans[body]
    after = ctx.within(span.sent, span.end, min(span.end + _TITLE_REACH, span.sent.end))
    return any(i != person and ctx.candidates[i].kind == "Person" for i in after)


def _role_heads_nothing(ctx: Context, person: Span, body: Span) -> bool:
    """A copula gives the person a role that is no leader's title, in whose own phrase the body
    is named ("The spokesperson for the Secretary General of NATO is X", "X is the wife of the
    President"): the role is the person's, the office named with it another's. A verb between
    the role and the body says what the person did ("X is a politician who served as Secretary
    General of NATO")."""
    root = person.root
    verb = root.head
    if verb.i == root.i or ctx.lemmas[verb.i] != "be" or root.dep_ not in _COPULA_ENDS:
        return False
    other = next((c for c in verb.children if c.i != root.i and c.dep_ in _COPULA_ENDS), None)
    if other is None or other.i in ctx.token_to_candidate or ctx.pos[other.i] != "NOUN" \
            or ctx.lemmas[other.i] in _leader_title_heads():
        return False
    way = [body.root]  # from the body up to the role, through its noun phrase only
    while way[-1].i != other.i and way[-1].head.i != way[-1].i and ctx.pos[way[-1].head.i] not in _CLAUSE_POS:
        way.append(way[-1].head)
    return way[-1].i == other.i


#: the two sides of a copula ("X is the spokesperson", "The spokesperson is X")
_COPULA_ENDS = frozenset({"nsubj", "attr"})


@cache
def _leader_title_heads() -> frozenset[str]:
    """The last words of the titles that lead what they name ("president", "general", "head")."""
    return frozenset(title.split()[-1].split("-")[-1] for title, predicate in load_lexicon().relations["titles"].items()
                     if predicate == "leaderOf")


def _no_head(ctx: Context, person: Span) -> bool:
    """A person whose title right before the name heads nothing: "Foreign Minister X",
    "Deputy Prime Minister X", "Ambassador X" (not "Prime Minister X", a national office),
    or who serves an office's holder ("Press Secretary of the President of Russia X")."""
    return _title_heads_nothing(ctx, person.start) or serves_an_office(ctx, person.start) \
        or _apposed_deputy(ctx, person)


def _apposed_deputy(ctx: Context, person: Span) -> bool:
    """A deputy's title set after the name ("Thomas Goffus, NATO's Assistant Secretary General")."""
    return any(_deputy_word(ctx, t.i) for c in person.root.children if c.dep_ == "appos" for t in c.subtree)


def _deputy_word(ctx: Context, i: int) -> bool:
    """Token *i* makes an office a deputy's: "Deputy", "Assistant", or "Under" joined by a hyphen
    ("Under-Secretary-General"; "under President de Gaulle" is no office)."""
    return ctx.lowers[i] in ctx.lex["deputy_words"] or ctx.lowers[i] in ctx.lex["hyphen_deputy_words"] \
        and i + 1 < len(ctx.doc) and ctx.texts[i + 1] == "-"


def _office_of_no_head(ctx: Context, body: Span) -> bool:
    """A body named after an office that heads nothing ("the Crown Prince of Kuwait, Sheikh X",
    "Foreign Minister of the Russian Federation, Mr X"): the holder does not lead the body."""
    start = body.start
    while start > 0 and ctx.lowers[start - 1] in _OF_BODY:
        start -= 1
    if start == body.start or any(i in ctx.token_to_candidate for i in range(max(start - _TITLE_WORDS, 0), start)):
        return False  # "Prime Minister Christopher Luxon of New Zealand": a name, not an office, before it
    return _title_heads_nothing(ctx, start)


def _title_heads_nothing(ctx: Context, end: int) -> bool:
    """The words right before token *end* are a title that heads nothing (a deputy's, or a
    minister's, ambassador's … that is no national office)."""
    words = ctx.lowers[max(end - _TITLE_WORDS, 0):end]
    if any(_deputy_word(ctx, i) for i in range(max(end - _TITLE_WORDS, 0), end)):
        return True
    text = f" {' '.join(words)} "
    head = any(f" {office} " in text for office in ctx.lex["national_offices"])
    return not head and bool(set(words) & set(ctx.lex["non_head_titles"]))
