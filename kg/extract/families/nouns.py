"""Relations carried by nouns.

* ``relational-noun``: "NATO's partnerships with the UN", "Finland's accession to NATO",
  "the partnership between NATO and Japan", "Estonia's membership" (owner → the noun's object);
* ``hearst-including``: "NATO-based fora, including the EAPC and PfP" → each partOf the owner;
* ``agentive-noun``: "X marks … in an address to Y";
* ``action-noun``: "the planned US deployment of interceptors in Poland" — the owner acts;
* ``status-noun``: "Australia was granted Enhanced Opportunities Partner status" — the holder of a
  framework's status takes part in it;
* ``succession-noun``: "Stoltenberg's successor, Mark Rutte" — who followed whom.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import replace

from spacy.tokens import Span, Token

from ...lexicon import load_lexicon
from ...model import NEGATIVE, POSITIVE
from ..context import PLAIN, TOPIC, Arg, Context, RelationCandidate, Stance, ahead_of_its_clause, own_date
from ..dates import DASHES, normalize_date
from ..mentions import PERSON_LOOKALIKES

__all__ = ["action_noun", "agentive_noun", "endorsed_bid", "inclusion", "relational_noun", "status_noun",
           "succession_noun"]

_NOUNS = frozenset({"NOUN", "PROPN"})
_QUANTIFIERS = frozenset({"ADJ", "NUM", "PRON", "DET"})
#: what a status is of, and what a country is given or obtains by its name ("was granted the MAP")
_STATUS_KINDS = frozenset({"PartnershipFramework"})
_GRANTED_KINDS = frozenset({"PartnershipFramework", "Agreement"})


def relational_noun(ctx: Context, noun: Token, sent: Span) -> Iterator[RelationCandidate]:
    i = noun.i
    lemma = ctx.lemmas[i]
    if ctx.pos[i] not in _NOUNS:
        return
    if ctx.tags[i] == "NNPS" and lemma not in ctx.lex["nouns"]:
        lemma = _singular(ctx.lowers[i])  # "both Allies – Italy and Greece –": the tagger leaves "Allies" unlemmatised
    if lemma not in ctx.lex["nouns"]:
        yield from _unlisted_noun(ctx, noun, sent)
        return
    if ctx.names_a_framework(i):
        return  # "the Mediterranean Dialogue": a name's head word, no dialogue between parties
    if noun.dep_ in {"attr", "oprd"} and noun.head.lemma_ in ctx.linking:
        return
    if lemma in ctx.lex["prose_nouns"] and not any(t.pos_ in {"VERB", "AUX"} for t in sent):
        return  # "NATO-Ukraine relations: key dates", "Related: NATO-EU relations": a label, not a statement
    predicate = ctx.lex["nouns"][lemma]
    owners = ctx.owners(noun)
    if noun.dep_ == "compound" and lemma in ctx.lex["implicit_nouns"]:
        yield from _title_noun(ctx, noun, sent, predicate, owners)
        return
    preps = {c.lower_: c for c in noun.children if c.dep_ == "prep"}
    stand_ins = [c for c in noun.children if c.dep_ == "appos" and c.lower_ in ctx.words["demonstrative_stand_ins"]]
    for stand_in in stand_ins:
        # "the next accessions, those of the Czech Republic, Hungary and Poland": the pronoun's phrases are the noun's
        preps = {c.lower_: c for c in stand_in.children if c.dep_ == "prep"} | preps
    if noun.dep_ == "nsubj" and noun.head.lemma_ in ctx.linking and lemma in ctx.lex["role_nouns"] \
            and not _set_off(ctx, noun):  # ("Four EU members - Austria, …, Malta - are not in NATO": listed)
        yield from _named_role(ctx, noun, sent, predicate, owners, preps)
        return
    if noun.dep_ == "pobj" and noun.head.lower_ in ctx.words["predicative_preps"] and lemma in ctx.lex["role_nouns"]:
        yield from _role_given(ctx, noun, sent, predicate, owners)
        return
    named = ctx.token_to_candidate.get(i)
    if named is not None and not ctx.candidates[named].rule.startswith("reference") \
            and ctx.spans[named].root.i == i and len(ctx.spans[named]) > 1:
        # "NATO's Enhanced Opportunities Partners": the head of a name, not a relational noun; but the name in
        # apposition says what a name before it takes part in ("Iraq, a partner across the globe, …")
        if noun.dep_ == "appos" and ctx.candidates[named].kind in ctx.lex["framework_noun_kinds"]:
            countries = [e for e in ctx.entities_at(noun.head.i) if ctx.candidates[e[0]].kind == "Country"]
            for found in ctx.emit(countries, predicate, [(named, False)], "relational-noun", ctx.governor(noun), sent,
                                  lemma, stance=PLAIN):
                yield replace(found, date=own_date(noun, clauses=False))  # "…, a partner since 2014,": its own
        elif ctx.candidates[named].kind in ctx.lex["framework_noun_kinds"]:
            # "partners across the globe such as Australia and Japan": its examples take part in it
            examples = ctx.examples(noun) or [  # (or hung on a word of its name: "… across the globe such as …")
                e for t in ctx.spans[named] if t.i != i for p in t.children if p.dep_ == "prep"
                and ctx.introduces_examples(p) for c in p.children if c.dep_ == "pobj" for e in ctx.entities(c)]
            examples = [e for e in examples if ctx.candidates[e[0]].kind == "Country"]
            yield from ctx.emit(examples, predicate, [(named, False)], "relational-noun", ctx.governor(noun), sent,
                                lemma, stance=PLAIN)
        return
    if noun.dep_ == "conj" and not preps:  # "the dialogue and practical cooperation between Finland and NATO"
        preps = {c.lower_: c for c in noun.head.children if c.dep_ == "prep" and c.i > noun.i}
    symmetric = predicate in ctx.lex["symmetric_predicates"]
    others = [e for word in ctx.words["noun_object_preps"] if word in preps
              for e in ctx.pobjs(preps[word])]
    targets = [e for word in ctx.words["noun_target_preps"] if word in preps for e in ctx.pobjs(preps[word])]
    if not targets and noun.dep_ == "dobj" and lemma in ctx.lex["implicit_owner_nouns"]:
        # "confirmed the accession of Finland and Sweden to the Alliance": the parser gives "to" to the verb
        targets = _verb_preps(ctx, noun, ctx.words["noun_target_preps"])
    if not owners and "of" in preps and targets:
        # "the accession of Finland to NATO": the of-phrase names the owner
        owners, others = ctx.pobjs(preps["of"]), targets
    elif owners and "of" in preps and lemma in ctx.lex["target_compound_nouns"] \
            and all(ctx.spans[e].root.dep_ == "compound" for e, _ in owners if e >= 0):
        # "the NATO accession of Sweden and Finland": the compound names what is joined
        owners, others = ctx.pobjs(preps["of"]), owners
    elif not owners and targets and lemma in ctx.lex["agent_of_nouns"] and (hung := [
            p for w in ctx.words["noun_target_preps"] if w in preps for t in preps[w].children
            if t.dep_ == "pobj" and t.lemma_.lower() in ctx.lex["meeting_heads"]
            for p in t.children if p.dep_ == "prep" and p.lower_ == "of"]):
        # "the participation in this Summit of Australia and Japan": the parser hangs the owner's "of" on the
        # meeting (not "participation in Operation Althea of the European Union": the operation's owner)
        owners, others = [e for p in hung for e in ctx.pobjs(p)], targets
    elif not owners and "of" in preps and lemma in ctx.lex["implicit_owner_nouns"]:
        # "the accessions of Greece and Turkey in 1952": to what the text is about
        owners, others = ctx.pobjs(preps["of"]), [(TOPIC, False)]
    given = noun.dep_ == "dobj" and lemma in ctx.lex["agent_of_nouns"] \
        and noun.head.lemma_.lower() in ctx.lex["giving_verbs"] + ctx.lex["raising_verbs"]
    if not others and given:
        # "NATO provides support to Ukraine", "Allies stepped up support to Moldova": the parser gives "to" to
        # the verb, or the noun keeps it ("the Allies stepped up their support for Ukraine"); the giver owns
        # the support, whatever pronoun says so
        others = [e for word in ctx.words["beneficiary_preps"] if word in preps for e in ctx.pobjs(preps[word])] \
            or _verb_preps(ctx, noun, ctx.words["beneficiary_preps"])
        pronouns = all(e[0] >= 0 and ctx.candidates[e[0]].rule.startswith("reference")
                       and ctx.spans[e[0]].root.tag_ == "PRP$" for e in owners)
        if pronouns and others:  # (no owner, or only a pronoun's)
            owners = ctx.subjects(noun.head)
    if noun.head.i != noun.i and noun.dep_ in {"dobj", "nsubj", "nsubjpass", "pobj"}:
        others += _verb_preps(ctx, noun, preps)
    if not owners and len(others) > 1 and "between" in preps:
        owners, others = others[:1], others[1:]
        if _whole_first(ctx, owners, others):
            owners, others = others, owners  # "the partnership between NATO and Ukraine": Ukraine is the partner
    elif not owners and len(others) == 1 and "between" in preps and symmetric and _referred_pair(ctx, others[0][0]):
        # "cooperation between the two organisations": between the two last named (the resolver pairs them)
        pair = others[0][0]
        yield RelationCandidate(pair, predicate, pair, "relational-noun", lemma, ctx.offset + sent.start_char,
                                ctx.offset + sent.end_char, *ctx.stance(noun, sent), date=ctx.date(noun, sent))
        return
    if symmetric and not others:
        owners, others = _shared(ctx, noun) or _ends_before(ctx, noun, owners)
    if others and not owners and given:
        # "Allies agreed to step up support to Moldova": who gives or raises the support gives it
        owners = [e for e in ctx.subjects(noun.head) if ctx.candidates[e[0]].kind != "Person"]
    if symmetric and others and not owners and noun.dep_ == "dobj":
        # "NATO decided to continue the cooperation with Finland" (a person describing it does not cooperate)
        owners = [e for e in ctx.subjects(noun.head) if ctx.candidates[e[0]].kind != "Person"]
    of_phrase = ctx.pobjs(preps["of"]) if not owners and "of" in preps else []
    joined = [e for e in others if e in of_phrase and ctx.candidates[e[0]].kind in ctx.lex["whole_kinds"]]
    if (not others or joined == others) and lemma in ctx.lex["target_compound_nouns"] and noun.dep_ in {"dobj", "pobj"}:
        # "Sweden applied for NATO membership": the compound names what is joined, the clause's subject joins
        # ("Albania obtained membership of NATO": an organisation's of-phrase names it too)
        named = [e for c in noun.children if c.dep_ == "compound" for e in ctx.entities(c)] or joined
        # "approved Sweden's application for NATO membership": the bid's owner, not the clause's subject
        bid = noun.head.head if noun.dep_ == "pobj" and noun.head.head.lemma_.lower() in ctx.lex["bid_nouns"] else None
        holders = [e for c in bid.children if c.dep_ == "poss" for e in ctx.entities(c)] if bid is not None else []
        # "backed Montenegro's NATO accession": the noun's own possessive joins
        holders = holders or [e for c in noun.children if c.dep_ == "poss" for e in ctx.entities(c)]
        # "Turkey blocked Sweden's approval of NATO membership": the owner of what it is the membership of
        if noun.dep_ == "pobj" and noun.head.lower_ == "of":
            holders = holders or [e for c in noun.head.head.children if c.dep_ == "poss" for e in ctx.entities(c)]
        # "Russia objected to NATO membership for Poland": whom the noun is for joins
        holders = holders or [e for c in noun.children if c.dep_ == "prep" and c.lower_ == "for" for e in ctx.pobjs(c)]
        governor = ctx.governor(noun)
        if not holders and ctx.lex["status_verbs"].get(ctx.lemmas[governor.i]) == "recipient" \
                and noun.dep_ == "dobj" and any(c.dep_ == "auxpass" for c in governor.children):
            # "Albania was granted membership of the Alliance": the passive subject is given it
            holders = [e for c in governor.children if c.dep_ == "nsubjpass" for e in ctx.entities(c)]
        subjects = holders or ctx.subjects(governor)
        if named and subjects:
            owners, others = subjects, named
    members = _members(ctx, noun)
    regions = ctx.region(noun) if lemma in ctx.lex["implicit_nouns"] else []
    others = [e for e in others if e not in regions]  # "Colombia, NATO's first partner in Latin America"
    if not others and not members and lemma in ctx.lex["implicit_nouns"] and noun.dep_ == "appos" \
            and noun.head.i in ctx.token_to_candidate and not any(
                c.dep_ == "prep" and c.lower_ != "since" and not (regions and set(ctx.pobjs(c)) <= set(regions))
                for c in noun.children):
        # "Finland, a partner since 1994, …": a partner of what the text is about, or of the
        # noun's owner ("Georgia, a NATO partner since 1994")
        if owners and _country_owned(ctx, noun):
            return
        since = [t for c in noun.children if c.dep_ == "prep" for t in c.subtree if t.ent_type_ == "DATE"]
        date = normalize_date(" ".join(t.text for t in since))
        named = ctx.token_to_candidate[noun.head.i]
        # "Finland and Sweden, two close partners, …": a plural describes the names coordinated with it too
        described = [named] + ([e for e, proxy in ctx.entities(noun.head) if e >= 0 and e != named and not proxy
                                and ctx.candidates[e].kind == ctx.candidates[named].kind
                                and e in ctx.spans and ctx.spans[e].end < noun.i]  # (before it: not a later clause's)
                               if noun.tag_ in {"NNS", "NNPS"} else [])
        # "Bahrain, a major non-NATO ally": a member of none
        polarity = NEGATIVE if ctx.prefix_negated(noun) else POSITIVE
        for whole, _ in owners or [(TOPIC, False)]:
            for each in described:
                yield RelationCandidate(each, predicate, whole, "relational-noun", lemma,
                                        ctx.offset + sent.start_char, ctx.offset + sent.end_char, polarity, date=date)
        yield from ctx.emit([(e, False) for e in described], ctx.states["located"], regions, "relational-noun",
                            ctx.governor(noun), sent, "locate", stance=PLAIN)
        return
    if members and lemma in ctx.lex["implicit_nouns"]:
        # "its twelve founding members – Belgium, Canada, …": the listed are members of the owner,
        # whatever the clause says of them ("four allies – Greece, … – do not recognise it")
        if not owners and _country_owned(ctx, noun):
            return  # "New Zealand has one ally – Australia": the country's, not the text's organisation's
        whole, stance = _whole_of_list(ctx, noun, owners)
        for found in ctx.emit(members, predicate, whole, "relational-noun", ctx.governor(noun), sent, lemma,
                              stance=stance):
            # "new members: Montenegro in 2017, North Macedonia in 2020": each item at its own date
            own = own_date(ctx.spans[found.subject].root, clauses=False) if found.subject in ctx.spans else ""
            yield replace(found, date=own or ("" if ctx.held_before(noun, found.object) else found.date))
        listed = _set_off_after_phrase(ctx, noun)  # (not the places of the list itself: "… – Serbia and Kosovo –")
        yield from ctx.emit(members, ctx.states["located"], [e for e in ctx.region(noun) if e[0] not in listed],
                            "relational-noun", ctx.governor(noun), sent, "locate", stance=PLAIN)
        # "NATO's partners in Western Europe – Austria, …"
        return
    if not others and lemma in ctx.lex["fellow_nouns"]:
        yield from _fellows(ctx, noun, sent, predicate, owners)
    governor = ctx.governor(noun)
    if not owners and not others and lemma in ctx.lex["bid_nouns"] and governor is not noun \
            and noun.dep_ in {"dobj", "pobj"}:
        # "Finland and Sweden submit applications for membership": whose membership, of what the text is about
        # ("Russia opposed Georgian membership": the country of the demonym's, not the clause's subject)
        demonyms = [e for c in noun.children if c.dep_ == "amod" for e in ctx.entities(c)
                    if ctx.candidates[e[0]].kind == "Country"]
        owners, others = demonyms or ctx.subjects(governor), [(TOPIC, False)]
        if predicate != ctx.states["bid"]:
            return
    if owners and not others and lemma in ctx.lex["implicit_owner_nouns"] \
            and (all(ctx.spans[e].root.dep_ == "poss" for e, _ in owners if e >= 0)
                 or any(c.dep_ == "poss" and c.tag_ in {"WP$", "PRP$"} for c in noun.children)):
        # "following Finland's accession in April 2023", "Poland, whose accession took effect in 1999",
        # "Following its accession, Sweden …": to what the text is about
        others = [(TOPIC, False)]
    if not owners and others and noun.dep_ == "pobj" and noun.head.lower_ in ctx.words["manner_preps"]:
        # "SFOR operated in support of Operation Joint Guard", "France flew missions in support of …"
        host = noun.head.head
        if host.dep_ == "dobj" and host.pos_ == "NOUN" and host.i not in ctx.token_to_candidate:
            host = host.head
        owners = ctx.subjects(host) if host.pos_ in {"VERB", "AUX"} else []
    # "the partnership between NATO and Russia will be …": a subject's tie is presupposed, not hedged
    # and so is one a possessive owns ("They discussed Jordan's partnership with the Alliance")
    owned = symmetric and any(c.dep_ == "poss" for c in noun.children)
    presupposed = symmetric and noun.dep_ in {"nsubj", "nsubjpass"} or owned or ctx.presupposed(noun)
    stance = ctx.stance(governor, sent) if governor is not noun else PLAIN
    if presupposed:  # (a negation still holds: "the partnership … will never happen")
        stance = (stance[0], "", stance[2], stance[3])
    hedge = "" if owned else ctx.hedge(noun)
    if not hedge and predicate == ctx.lex["nouns"]["membership"]:
        hedge = _approval(ctx, noun)  # "ratified the accession of Sweden"
    if hedge and not stance[1]:
        stance = (stance[0], hedge, stance[2], stance[3])
    if ctx.prefix_negated(noun) or _said_suspended(ctx, noun):  # "the non-member states of NATO"
        stance = (NEGATIVE, *stance[1:])
    if lemma in ctx.lex["role_nouns"] and owners and all(
            e >= 0 and ctx.spans[e].root.dep_ in {"compound", "poss"} and ctx.spans[e].root.head.i == noun.i
            for e, _ in owners):
        owners = [e for e in owners if ctx.candidates[e[0]].kind not in ctx.lex["whole_kinds"]]
        # "the former Warsaw Pact members into NATO": the members' own organisation joins nothing
    # "the accession of Croatia and Albania in 2009 enlarged NATO" ("those of … in 1999": the stand-in's)
    own = own_date(noun) or next((d for d in map(own_date, stand_ins) if d), "")
    later = ahead_of_its_clause(noun)
    for found in ctx.emit(owners, predicate, others, "relational-noun", governor, sent, lemma, stance=stance):
        past = ctx.held_before(noun, found.subject) or ctx.held_before(noun, found.object)
        yield replace(found, date=own or ("" if later or past else found.date))
    for gapped, date in _gapped_possessives(ctx, noun):
        # "Finland's accession in April 2023 and Sweden's in March 2024": the second owner of the same noun
        for found in ctx.emit(gapped, predicate, others, "relational-noun", governor, sent, lemma, stance=stance):
            yield replace(found, date=date)
    if "of" in preps and lemma in ctx.lex["implicit_owner_nouns"] and governor is not noun:
        # "the accession of Greece in 1952, of Germany in 1955 and of Spain in 1982": the parser hangs the
        # gapped "of" phrases on the verb; each names an owner, dated by the "in" after it
        for gapped, date in _gapped_of(ctx, governor, noun):
            for found in ctx.emit(gapped, predicate, others, "relational-noun", governor, sent, lemma, stance=stance):
                yield replace(found, date=date)
    if "of" in preps and lemma in ctx.lex["implicit_owner_nouns"] and own and owners \
            and all(e >= 0 and ctx.candidates[e].kind == "Country" for e, _ in owners):
        # "the accession of Montenegro in June 2017, North Macedonia in March 2020 and Sweden in March
        # 2024": the gapped owners after the first, each dated by its own "in"
        taken = {e for e, _ in owners}
        for group, date in ctx.dated_groups(noun, sent):
            if _own_clause(ctx, noun, group):
                break  # "After the accession of Finland in 2023, Russia in May announced …": another clause's
            gapped = [(e, False) for e in group if e not in taken]
            for found in ctx.emit(gapped, predicate, others, "gapping", governor, sent, lemma, stance=stance):
                yield replace(found, date=date)


def _own_clause(ctx: Context, noun: Token, group: list[int]) -> bool:
    """Whether a run of dated countries after *noun* belongs to a clause of its own: a verb stands
    between them, or one of them is a subject."""
    first = min(ctx.spans[i].start for i in group)
    return any(ctx.pos[t] in {"VERB", "AUX"} for t in range(noun.i + 1, first)) \
        or any(ctx.spans[i].root.dep_ in {"nsubj", "nsubjpass"} for i in group)


def _gapped_possessives(ctx: Context, noun: Token) -> Iterator[tuple[list[Arg], str]]:
    """Possessives coordinated with *noun* that own no noun of their own ("… and Sweden's in March
    2024"), each with the date of the "in" phrase after it."""
    for conj in (c for c in noun.children if c.dep_ == "conj" and c.i in ctx.token_to_candidate
                 and any(g.dep_ == "case" and g.lower_ in {"'s", "’s"} for g in c.children)):
        after = [p for p in noun.children if p.dep_ == "prep" and p.lower_ == "in" and p.i > conj.i]
        date = normalize_date(" ".join(t.text for t in after[0].subtree)) if after else ""
        yield ctx.entities(conj), date


def _gapped_of(ctx: Context, verb: Token, noun: Token) -> Iterator[tuple[list[Arg], str]]:
    """The "of" phrases after *noun* that hang on *verb* or on each other's conjunctions, each with the
    date of the "in" phrase right after it."""
    candidates = [c for c in verb.subtree if c.dep_ in {"prep", "conj"} and c.lower_ == "of" and c.i > noun.right_edge.i
                  and (c.head.i == verb.i or c.dep_ == "conj")]
    for prep in candidates:
        owners = [e for o in prep.children if o.dep_ == "pobj" for e in ctx.entities(o)]
        after = prep.right_edge.i + 1
        date = ""
        if after < len(ctx.doc) and ctx.lowers[after] == "in":
            date = normalize_date(" ".join(t.text for t in ctx.doc[after + 1:after + 4] if t.ent_type_ == "DATE"))
        if owners:
            yield owners, date



def _fellows(ctx: Context, noun: Token, sent: Span, predicate: str, owners: list[Arg]) -> Iterator[RelationCandidate]:
    """ "Iceland's NATO allies", "its fellow NATO allies": the country whose allies they are is in
    the whole they are allies in too."""
    countries = [e for e in owners if e[0] >= 0 and ctx.spans[e[0]].root.dep_ == "poss"
                 and ctx.candidates[e[0]].kind == "Country"]
    wholes = [e for e in owners if e[0] >= 0 and ctx.spans[e[0]].root.dep_ == "compound"
              and ctx.candidates[e[0]].kind in ctx.lex["whole_kinds"]]
    if countries and wholes:
        yield from ctx.emit(countries, predicate, wholes, "relational-noun", ctx.governor(noun), sent, ctx.lemmas[noun.i],
                            stance=PLAIN)


def _said_suspended(ctx: Context, noun: Token) -> bool:
    """A tie its clause says is suspended ("cooperation with Belarus remains suspended", "regarded
    cooperation with Minsk as suspended"): not in force. (Suspending it, "NATO suspended
    cooperation with Russia", still states that it was.)"""
    clause, states = noun.head, ctx.lex["suspended_states"]
    if noun.dep_ not in {"nsubj", "nsubjpass", "dobj"} or clause.pos_ not in {"VERB", "AUX"}:
        return False
    if noun.dep_ != "dobj" and ctx.lowers[clause.i] in states:  # "… remains suspended"
        return any(ctx.lemmas[c] in ctx.lex["lasting_verbs"] for c in ctx.kids(clause.i, {"aux", "auxpass"}))
    said = [c for c in clause.children if c.dep_ in {"acomp", "oprd", "attr", "xcomp", "advcl"}]
    said += [o for p in clause.children if p.dep_ == "prep" and p.lower_ in ctx.lex["as_preps"] for o in p.children]
    return any(ctx.lowers[t.i] in states for t in said)

def _unlisted_noun(ctx: Context, noun: Token, sent: Span) -> Iterator[RelationCandidate]:
    """A noun that is no relational word itself, but may have one as its modifier ("member
    states"), or be a country word, a coalition or a proxy the readers below read."""
    i, own = noun.i, ctx.lemmas[noun.i]
    word = ctx.relational_word(noun)
    if word is None and own not in ctx.words["country_words"] and own not in ctx.lex["coalition_nouns"] \
            and own not in ctx.proxies:
        return  # (what each reader below asks first: most nouns are none of these)
    # "Participating NATO nations are: …" take part in the exercise the text is about (and are NATO's)
    yield from _participating(ctx, noun, sent)
    if word is not None and word.endswith(f" {own}") and ctx.deps[i] == "compound" \
            and word in ctx.lex["implicit_nouns"]:
        # "allied nations Denmark, Italy and Spain": a two-word title before the names
        yield from _title_noun(ctx, noun, sent, ctx.lex["nouns"][word], ctx.owners(noun))
        return
    if word is not None and word.endswith(f" {own}") and ctx.deps[i] == "nsubj" \
            and ctx.raw_lemmas[ctx.heads[i]] in ctx.linking:
        # "the participating countries to the Centre are Estonia, Finland, …"
        preps = {c.lower_: c for c in noun.children if c.dep_ == "prep"}
        yield from _named_role(ctx, noun, sent, ctx.lex["nouns"][word], ctx.owners(noun), preps)
        return
    yield from _listed_members(ctx, noun, sent)
    yield from _member_countries(ctx, noun, sent)
    yield from _coalition_members(ctx, noun, sent)
    yield from _operation_staff(ctx, noun, sent)


def _verb_preps(ctx: Context, noun: Token, words: Iterable[str]) -> list[Arg]:
    """The objects of the prepositions among *words* that the parser hung on the noun's head after
    the noun ("confirmed the accession of Finland to the Alliance", "provides support to Ukraine")."""
    wanted = set(words)
    return [e for c in noun.head.children if c.dep_ in {"prep", "dative"} and c.pos_ == "ADP" and c.i > noun.i
            and c.lower_ in wanted for e in ctx.pobjs(c)]


def _whole_of_list(ctx: Context, noun: Token, owners: list[Arg]) -> tuple[list[Arg], Stance]:
    """What the names a relational noun lists belong to — its owner, its of-phrase ("the member
    states of the EU, such as …"), the subject that takes them in ("welcomed four new members – …"),
    else what the text is about — and the stance: plain, or
    negative under a negating prefix ("non-member countries such as …")."""
    whole = owners or [e for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for e in ctx.pobjs(p)]
    # "the participants in the Membership Action Plan – …": an "in" phrase naming no place is the whole too
    # (its own name, not the list set off after it: "the participants in the talks – Georgia, Russia and the OSCE")
    whole = whole or [(ctx.token_to_candidate[o.i], False) for p in noun.children if p.dep_ == "prep"
                      and p.lower_ == "in" for o in p.children if o.dep_ == "pobj" and o.i in ctx.token_to_candidate
                      and ctx.candidates[ctx.token_to_candidate[o.i]].kind not in {"Place", "Country"}]
    if not whole and noun.dep_ == "dobj" and noun.head.lemma_.lower() in ctx.lex["admitting_verbs"]:
        # "the Centre has welcomed four new members – Bulgaria, …": the members of the one taking them in
        # (one that can have members: "Germany welcomed two new members" welcomes them to the text's alliance)
        whole = [e for e in ctx.subjects(noun.head) if ctx.candidates[e[0]].kind in ctx.lex["whole_kinds"]]
    if ctx.prefix_negated(noun):
        return whole or [(TOPIC, False)], (NEGATIVE, *PLAIN[1:])
    # "aspiring members, such as Georgia": the noun's own modifier qualifies the names it lists
    own = _own_hedge(ctx, noun)
    return whole or [(TOPIC, False)], (PLAIN[0], own, *PLAIN[2:]) if own else PLAIN


def _approval(ctx: Context, noun: Token) -> str:
    """A membership still being decided: the object of a word of approval, or of a bid that is
    ("ratified the accession of Sweden", "approved Sweden's application for NATO membership",
    "the ratification of Finland's accession"); not one a clause merely follows ("… after the accession")."""
    hedges: dict[str, str] = ctx.lex["membership_hedges"]
    node = noun
    if node.dep_ == "pobj" and node.head.head.lemma_.lower() in ctx.lex["bid_nouns"]:
        node = node.head.head  # the application for membership
    if node.dep_ in {"dobj", "nsubjpass"} and node.head.lemma_.lower() in hedges:
        return hedges[node.head.lemma_.lower()]
    if node.dep_ == "pobj" and node.head.head.lemma_.lower() in hedges and node.head.head.pos_ == "NOUN":
        return hedges[node.head.head.lemma_.lower()]
    if node.dep_ == "pobj" and node.head.lower_ == "to" and node.head.head.lemma_.lower() in hedges \
            and node.head.head.pos_ == "VERB":
        return hedges[node.head.head.lemma_.lower()]  # "objected to NATO membership for Poland"
    return ""


def _country_owned(ctx: Context, noun: Token) -> bool:
    """A role noun a country holds ("Russian ally", "New Zealand has one ally"): a tie between
    two states, which none of the organisation predicates reads."""
    modifiers = [c for c in noun.children if c.dep_ in {"amod", "compound", "poss"} and c.i in ctx.token_to_candidate]
    if any(ctx.candidates[ctx.token_to_candidate[c.i]].kind == "Country" for c in modifiers):
        return True
    holder = noun.head
    return noun.dep_ == "dobj" and holder.lemma_.lower() == "have" and any(
        ctx.candidates[e[0]].kind == "Country" for e in ctx.subjects(holder))


def _title_noun(ctx: Context, noun: Token, sent: Span, predicate: str, owners: list[Arg]) -> Iterator[RelationCandidate]:
    """ "NATO member Turkey", "Alliance members Poland and the United States", "partner country
    Georgia": a role noun before a name, as its compound (through "state", "country"), relates
    the name to the noun's owner, or to what the text is about."""
    head = noun.head
    while head.dep_ == "compound" and head.lemma_.lower() in ctx.words["country_words"] \
            and head.i not in ctx.token_to_candidate:
        head = head.head
    described = _described_by_country_word(ctx, noun, head)
    if noun.i in ctx.token_to_candidate or head.i < noun.i or head.i not in ctx.token_to_candidate and not described:
        return
    if ctx.hedge(noun) or _country_owned(ctx, noun) or _not_now(ctx, noun):
        return  # "aspiring member Georgia" is no member; "Russian ally Belarus" is Russia's
    if described and not owners:  # "two NATO member states": the owner may hang on the country word
        owners = ctx.owners(head)
    named = described or [e for e in ctx.entities(head) if ctx.candidates[e[0]].kind in ctx.lex["member_kinds"]
                          and ctx.spans[e[0]].start >= noun.i]  # not the names of a list the titled one is added to
    stance = (NEGATIVE, *PLAIN[1:]) if ctx.prefix_negated(noun) else PLAIN  # "the non-members Sweden and Finland"
    for found in ctx.emit(named, predicate, owners or [(TOPIC, False)], "relational-noun", ctx.governor(noun), sent,
                          noun.lemma_.lower(), stance=stance):
        yield replace(found, date="")  # a standing role: the clause's date is of another event


def _described_by_country_word(ctx: Context, noun: Token, head: Token) -> list[Arg]:
    """ "Finland and Sweden, both EU member states, …", "two NATO member states, Greece and Lithuania":
    the countries a role noun's country word is set off with (apposed to them, or they to it)."""
    if head.i in ctx.token_to_candidate or head.i == noun.i or head.lemma_.lower() not in ctx.words["country_words"]:
        return []
    if ctx.hedge(head) or _not_now(ctx, head) or _own_hedge(ctx, head):
        return []  # "both aspiring NATO member states"
    if head.dep_ == "appos":
        found = ctx.entities(head.head)
    else:
        found = [e for c in head.children if c.dep_ in {"appos", "conj"} and c.i > head.i + 1
                 and ctx.texts[head.i + 1] in {",", ":", *DASHES} for e in ctx.entities(c)]
    found = [e for e in found if e[0] >= 0 and ctx.candidates[e[0]].kind == "Country"]
    # (names the parser hung on the country word are a plain list unless it counts them)
    return found if head.dep_ == "appos" or _counted(head, len({e for e, _ in found})) else []


def _counted(noun: Token, items: int) -> bool:
    """The noun counts as many as its set-off names ("two NATO member states, Greece and Lithuania",
    "both EU members"): without a count, "NATO member states, Ukraine and Georgia" is a plain list."""
    sizes = load_lexicon().names["group_sizes"]
    return any(c.dep_ in {"nummod", "det", "predet"} and (sizes.get(c.lower_) == items or c.text == str(items))
               for c in noun.children)


def _not_now(ctx: Context, noun: Token) -> bool:
    """ "Non-NATO member Sweden", "former Warsaw Pact member Poland": a role the name does not hold."""
    words = set(ctx.words["past_role_words"]) | set(ctx.words["negating_prefixes"])
    return any(t.lower_ in words for t in ctx.doc[noun.left_edge.i:noun.i])


def _shared(ctx: Context, noun: Token) -> tuple[list[Arg], list[Arg]] | None:
    """ "South Korea and NATO agreed to upgrade their partnership": "their" tie is between the
    subjects of the clause (None when the noun has no such owner)."""
    # (or, for the two subjects of a clause, no owner at all: "NATO and Mauritania strengthen cooperation")
    # (or, built by the two subjects: "Mongolia and NATO have built a close partnership")
    # "their dialogue and cooperation": a coordinated noun shares the possessive of the first
    owned = noun.head if noun.dep_ == "conj" and ctx.pos[noun.head.i] in _NOUNS else noun
    shared = any(c.dep_ == "poss" and c.lower_ in ctx.words["shared_possessives"] for c in (*noun.children, *owned.children))
    governor = ctx.governor(noun)
    # ("Mongolia and NATO have engaged in dialogue and cooperation": in what the clause's verb says they do)
    slot = owned.head.head if owned.dep_ == "pobj" and owned.head.lower_ == "in" else None
    unowned = (noun.dep_ == "dobj" or slot is not None and slot.pos_ == "VERB" and any(
        c.dep_ in {"nsubj", "nsubjpass"} for c in slot.children)) and not any(
        c.dep_ in {"poss", "compound"} for c in noun.children)
    if not shared and not (unowned and (ctx.lex["nouns"].get(noun.lemma_.lower()) == ctx.lex["nouns"]["cooperation"]
                                        or governor.lemma_.lower() in ctx.words["tie_building_verbs"])):
        return None
    if any(ctx.candidates[e[0]].kind in ctx.lex["member_kinds"] for c in governor.children if c.dep_ == "dobj"
           for e in ctx.entities(c)):
        return None  # "Japan and Korea thanked NATO for their cooperation": with NATO, not between them
    # "NATO and the AU took a step in advancing their cooperation": the subjects of the clause above
    subjects = ctx.subjects(governor) or ctx.subjects(noun.sent.root)
    ends = [e for e in subjects if ctx.candidates[e[0]].kind in ctx.lex["member_kinds"]]
    return (ends[:1], ends[1:]) if len(ends) >= 2 and (shared or len(ends) == 2) else None


def _ends_before(ctx: Context, noun: Token, owners: list[Arg]) -> tuple[list[Arg], list[Arg]]:
    """Both ends of a symmetric noun before it: "NATO-EU cooperation", "the NATO-EU strategic
    partnership" (the parser makes them compounds or nominal modifiers, one under the other)."""
    ends = owners + [e for c in noun.children if c.dep_ == "nmod" for e in ctx.entities(c) if e not in owners]
    if len(ends) == 1:
        ends += [e for c in noun.children if c.dep_ in {"compound", "nmod"} for t in c.subtree
                 if t.dep_ in {"compound", "nmod"} and t.i < c.i and t.i in ctx.token_to_candidate
                 for e in ctx.entities(t) if e != ends[0]][:1]
    head = noun.head
    if len(ends) == 1 and noun.dep_ == "conj" and head.i < noun.i and head.i in ctx.token_to_candidate \
            and any(c.dep_ == "cc" for c in head.children) and not any(c.dep_ in {"det", "poss"} for c in noun.children) \
            and ctx.lex["nouns"].get(noun.lemma_.lower()) == ctx.lex["nouns"]["cooperation"]:
        # "NATO and Moldova relations": the parser coordinates the first name with the noun
        ends += [e for e in ctx.entities(head) if e != ends[0] and e[0] not in {x for x, _ in ends}][:1]
    return ends[:1], ends[1:]


def _named_role(ctx: Context, noun: Token, sent: Span, predicate: str, owners: list[Arg],
                preps: dict[str, Token]) -> Iterator[RelationCandidate]:
    """ "Its founding members were Belgium, Canada and Denmark", "The partners of the Dialogue
    are Egypt and Israel": the names the copula gives the role noun hold its role, in the
    whole the noun's owner or object names (or what the text is about)."""
    named = [e for c in noun.head.children if c.dep_ in {"attr", "oprd"} for e in ctx.entities(c)]
    # "Its first members were the sixteen Allies, together with Bulgaria and Estonia": and their companions
    named += ctx.companions(named, [], noun.head, kinds=None if named else ctx.lex["member_kinds"])
    if not named:
        return
    wholes = [e for word in ctx.words["noun_object_preps"] if word in preps for e in ctx.pobjs(preps[word])]
    wholes = wholes or owners or ([(TOPIC, False)] if noun.lemma_.lower() in ctx.lex["implicit_nouns"] else [])
    # the role holds whatever a clause narrowing the noun says ("the allies that do not belong to the EU are …")
    stance = ctx.stance(noun.head, sent) if not any(c.dep_ in {"relcl", "acl"} for c in noun.children) else PLAIN
    yield from ctx.emit(named, predicate, wholes, "relational-noun", noun.head, sent, noun.lemma_.lower(), stance=stance)


def _whole_first(ctx: Context, first: list[Arg], rest: list[Arg]) -> bool:
    """An organisation named before the countries a tie between them joins it to."""
    return all(e >= 0 and ctx.candidates[e].kind == "InternationalOrganization" for e, _ in first) \
        and all(e >= 0 and ctx.candidates[e].kind == "Country" for e, _ in rest)


def _role_given(ctx: Context, noun: Token, sent: Span, predicate: str, owners: list[Arg]) -> Iterator[RelationCandidate]:
    """ "NATO recognised Colombia as a global partner", "NATO lists Japan and Iraq as partners
    across the globe", "The Alliance counts Sweden among its closest partners": the verb's
    object holds the role, in the noun's owner or else the verb's subject; with no object and the
    role before the verb ("As a NATO partner, Ukraine …"), the subject holds the role it names."""
    verb = noun.head.head
    if verb.pos_ != "VERB" or noun.head.dep_ != "prep":
        return
    named = [e for c in verb.children if c.dep_ == "dobj" for e in ctx.entities(c)]
    wholes = owners or ctx.subjects(verb)
    if not named and noun.head.i < verb.i:  # "As a NATO partner, Ukraine participates …": the subject holds it
        wholes = owners or [e for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for e in ctx.pobjs(p)]
        if not wholes and noun.head.lower_ == "among" and noun.tag_ == "NNS":
            wholes = [(TOPIC, False)]  # "Among the partners, Georgia provided …": of what the text is about
        named = ctx.subjects(verb) if wholes else []
        if named and noun.head.lower_ == "among":  # "…, Georgia provided X, while Armenia and Austria also deployed Y"
            named += [e for c in verb.children if c.dep_ in {"conj", "advcl"} and c.pos_ in {"VERB", "AUX"}
                      for e in ctx.subjects(c) if e not in named]
    if named and wholes:
        stance = ctx.stance(verb, sent)
        hedge = ctx.hedge(noun)  # "As a potential partner of NATO, Kazakhstan …"
        if hedge and not stance[1]:
            stance = (stance[0], hedge, stance[2], stance[3])
        if ctx.prefix_negated(noun):
            stance = (NEGATIVE, *stance[1:])
        yield from ctx.emit(named, predicate, wholes, "relational-noun", verb, sent, noun.lemma_.lower(), stance=stance)
    group = ctx.token_to_candidate.get(noun.i)
    if named and group is not None and ctx.candidates[group].kind in ctx.lex["group_kinds"]:
        # "… as partners across the globe": the role is a named group of partners too
        yield from ctx.emit(named, ctx.lex["nouns"]["participant"], [(group, False)], "relational-noun", verb, sent,
                            noun.lemma_.lower())


def _members(ctx: Context, noun: Token) -> list[Arg]:
    """The names a plural noun lists: in apposition, as its examples, or right after it."""
    # set off by punctuation ("its members – Belgium, …") or right after the noun ("our partners
    # Australia, Japan"): "allies Poland and Lithuania border Belarus" misparsed lists no one
    members = [e for c in noun.children if c.dep_ == "appos" and c.left_edge.i > 0
               and (ctx.doc[c.left_edge.i - 1].is_punct or c.i == noun.i + 1) for e in ctx.entities(c)]
    members += [e for p in noun.children if p.dep_ == "prep" and ctx.introduces_examples(p) for e in ctx.pobjs(p)
                if e[0] not in ctx.spans or not _other_group_between(ctx, noun, ctx.spans[e[0]].start)]
    if not members:
        members = _set_off_conjuncts(ctx, noun)
    if not members and noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ in _QUANTIFIERS:
        # "several of NATO's partners, including Finland and Malta": the examples hang on the quantity
        members = [e for p in noun.head.head.children if p.dep_ == "prep" and p.i > noun.i
                   and ctx.introduces_examples(p) for e in ctx.pobjs(p)]
    if not members and noun.dep_ == "conj" and not _own_hedge(ctx, noun) and any(
            c.dep_ == "amod" and c.lower_ in ctx.words["others_adjectives"] for c in noun.children):
        # "Belgium, Norway and other NATO allies": the names before are of the noun's kind
        first = noun.head
        while first.dep_ == "conj":
            first = first.head
        members = [e for t in (first, *first.conjuncts) if t.i < noun.i for e in ctx.entities(t)]
    if not members:
        # "All the NATO nations with armed forces (Belgium, Canada, …)": a bracketed list of countries
        # after the noun's own phrase, which the parser hangs on that phrase's last noun
        members = [e for c in _phrase_appositions(noun) if c.left_edge.i > 0 and ctx.doc[c.left_edge.i - 1].text == "("
                   and c.head.i not in ctx.token_to_candidate for e in ctx.entities(c)
                   if ctx.candidates[e[0]].kind == "Country"]
    if not members and noun.tag_ in {"NNS", "NNPS"}:
        # "The remaining participants in the Membership Action Plan – Albania, Croatia and …": a list of
        # countries set off by dashes or commas after the noun's own phrase, which the parser hangs on its name
        members = [e for c in _phrase_appositions(noun) if _set_off_both_sides(ctx, c)
                   for e in ctx.entities(c) if ctx.candidates[e[0]].kind == "Country"]
    if not members and noun.tag_ == "NNS" and noun.dep_ == "nsubj":
        members = ctx.among_them(noun.head)  # "Several partners also serve, among them Georgia and Ukraine"
    return members or ctx.listed_after(noun) or ctx.listed_in_region(noun)


def _set_off_after_phrase(ctx: Context, noun: Token) -> set[int]:
    """The names of a list set off after the noun's own prepositional phrase, which the parser hangs on
    that phrase's noun ("The participants in the dialogue – Serbia and Kosovo – met")."""
    return {found for c in _phrase_appositions(noun) for t in c.subtree
            if (found := ctx.token_to_candidate.get(t.i)) is not None}


def _phrase_appositions(noun: Token) -> list[Token]:
    """The appositions the parser hangs on the objects of the noun's own prepositional phrases."""
    return [c for p in noun.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"
            for c in o.children if c.dep_ == "appos"]


def _set_off_both_sides(ctx: Context, token: Token) -> bool:
    """Whether the phrase *token* heads stands between two dashes or two commas (or ends its sentence
    after the first)."""
    start, end = token.left_edge.i, token.right_edge.i
    if ctx.texts[end] in {",", *DASHES}:
        end -= 1  # (the closing mark may be the phrase's own)
    if start == 0 or ctx.texts[start - 1] not in {",", *DASHES}:
        return False
    after = ctx.texts[end + 1] if end + 1 < token.sent.end else "."
    return after == ctx.texts[start - 1] or after in DASHES and ctx.texts[start - 1] in DASHES or after == "."


def _set_off(ctx: Context, noun: Token) -> bool:
    """The noun's names follow it right after a comma, colon or dash, as an apposition or as conjuncts."""
    return any(c.dep_ == "appos" and c.left_edge.i == noun.i + 2 and ctx.texts[noun.i + 1] in {",", *DASHES}
               for c in noun.children) or bool(_set_off_conjuncts(ctx, noun))


def _set_off_conjuncts(ctx: Context, noun: Token) -> list[Arg]:
    """ "Two EU members, Austria and Malta, stayed neutral": countries the parser made conjuncts of
    a plural noun, set off by punctuation on both sides, are its apposition."""
    first = next((c for c in noun.children if c.dep_ == "conj" and c.i > noun.i + 1), None)
    if first is None or noun.tag_ not in {"NNS", "NNPS"} or ctx.texts[noun.i + 1] not in {",", ":", *DASHES}:
        return []
    items = [first.i, *(c for c in ctx.conjuncts(first.i) if c > first.i)]  # (not the noun itself)
    end = max(ctx.doc[t].right_edge.i for t in items) + 1
    if end >= noun.sent.end or ctx.texts[end] not in {",", *DASHES} or not _counted(noun, len(items)):
        return []
    found = [(ctx.token_to_candidate[t], False) for t in items if t in ctx.token_to_candidate]
    return found if len(found) == len(items) and all(ctx.candidates[e].kind == "Country" for e, _ in found) else []


def _own_hedge(ctx: Context, noun: Token) -> str:
    """A hedge in the noun's own phrase ("Georgia and other aspiring members"), not in the clause it
    is a subject of: "Bahrain and other GCC countries have been pushing for closer ties" still says
    Bahrain is a GCC country."""
    return next((ctx.hedges[c.lower_] for c in noun.children if c.dep_ in {"amod", "compound"}
                 and c.lower_ in ctx.hedges), "")


def _participating(ctx: Context, noun: Token, sent: Span) -> Iterator[RelationCandidate]:
    """ "Participating NATO nations are: Greece, Hungary, …": the countries listed take part in the
    operation or exercise the text is about (whatever else the noun says of them)."""
    if ctx.lemmas[noun.i] not in ctx.words["country_words"] or not any(
            c.dep_ == "amod" and c.lower_ in ctx.lex["participant_adjectives"] for c in noun.children) or any(
            c.dep_ == "prep" and c.lower_ in ctx.words["noun_object_preps"] for c in noun.children):
        return  # ("the participating countries to the Centre are …": in what the noun names)
    listed = _members(ctx, noun)
    if not listed and noun.dep_ == "nsubj" and noun.head.lemma_ in ctx.linking:
        listed = [e for c in noun.head.children if c.dep_ in {"attr", "oprd"} for e in ctx.entities(c)]
    if not listed and noun.dep_ == "nsubj" and noun.head.lemma_.lower() in ctx.lex["staffing_verbs"]:
        # "Participating nations include Belgium, Bulgaria, …"
        listed = [e for c in noun.head.children if c.dep_ == "dobj" for e in ctx.entities(c)]
    stance = ctx.stance(noun.head, sent) if noun.head.pos_ in {"VERB", "AUX"} else PLAIN
    if any(c.dep_ == "amod" and ctx.after_negating_prefix(c.i) for c in noun.children):
        stance = (NEGATIVE, *stance[1:])  # "non-participating nations such as Austria"
    for index, _ in listed:
        if index >= 0 and ctx.candidates[index].kind == "Country":
            yield RelationCandidate(index, ctx.lex["nouns"]["participant"], TOPIC, "relational-noun", "contribute",
                                    ctx.offset + sent.start_char, ctx.offset + sent.end_char, *stance)


def _singular(word: str) -> str:
    return f"{word[:-3]}y" if word.endswith("ies") else word[:-1] if word.endswith("s") else word


def _other_group_between(ctx: Context, noun: Token, end: int) -> bool:
    """ "ten NATO member nations – including the US … – and six partner countries, including
    Georgia": examples after another group noun of another role are that group's."""
    role = ctx.relational_word(noun)
    for token in ctx.doc[noun.i + 1:end]:
        other = ctx.relational_word(token) if token.tag_ == "NNS" and token.i not in ctx.token_to_candidate else None
        if other is not None and (role is None or ctx.lex["nouns"][other] != ctx.lex["nouns"][role]):
            return True
    return False


def _listed_members(ctx: Context, noun: Token, sent: Span) -> Iterator[RelationCandidate]:
    """ "the parliaments of partner countries, including Armenia and Austria": a noun whose
    compound is a relational word ("partner countries", "member states") relates the names it
    lists to its owner, or to what the text is about."""
    word = ctx.relational_word(noun)
    if word is None or word not in ctx.lex["implicit_nouns"] or noun.i in ctx.token_to_candidate:
        return
    members = _members(ctx, noun)
    if members:
        whole, stance = _whole_of_list(ctx, noun, ctx.owners(noun))
        yield from ctx.emit(members, ctx.lex["nouns"][word], whole, "relational-noun", ctx.governor(noun), sent, word,
                            stance=stance)
        # "its partner countries in Central Asia — Kazakhstan, …": and they are in that region
        yield from ctx.emit(members, ctx.states["located"], ctx.region(noun), "relational-noun", ctx.governor(noun),
                            sent, "locate", stance=PLAIN)


def _member_countries(ctx: Context, noun: Token, sent: Span) -> Iterator[RelationCandidate]:
    """ "the G7 countries Canada, France and Japan", "troops from non-NATO countries, including
    Austria and Ireland": a plural country word under an organisation's name lists its members
    (its participants, for a framework), or under "non-" names that are not."""
    if ctx.lemmas[noun.i] not in ctx.words["country_words"] or noun.tag_ != "NNS" or noun.i in ctx.token_to_candidate:
        return
    # the organisation's name right before the word: "NATO partner countries" are no members
    wholes = [(c, e) for c in noun.children if c.dep_ in {"compound", "amod", "nmod"} and c.i < noun.i
              for e in ctx.entities(c) if ctx.candidates[e[0]].kind in ctx.lex["coalition_kinds"]
              and ctx.spans[e[0]].end == noun.i]
    if len(wholes) != 1:
        return
    modifier, whole = wholes[0]
    members = [e for e in _members(ctx, noun) if ctx.candidates[e[0]].kind == "Country"]
    if not members:
        return
    kind = ctx.candidates[whole[0]].kind
    predicate = ctx.lex["nouns"]["participant" if kind == "PartnershipFramework" else "member"]
    stance = (NEGATIVE, *PLAIN[1:]) if ctx.after_negating_prefix(modifier.i) else PLAIN
    yield from ctx.emit(members, predicate, [whole], "relational-noun", ctx.governor(noun), sent,
                        noun.lemma_.lower(), stance=stance)


def _coalition_members(ctx: Context, noun: Token, sent: Span) -> Iterator[RelationCandidate]:
    """ "The JEF is a coalition of Nordic and Baltic countries, including Denmark and Finland",
    "the B9, a group of eastern allies such as Poland, …": the countries the group is made of
    are members of the named group."""
    if ctx.lemmas[noun.i] not in ctx.lex["coalition_nouns"]:
        return
    if noun.dep_ == "attr" and noun.head.lemma_ in ctx.linking:
        groups, stance = ctx.subjects(noun.head), ctx.stance(noun.head, sent)  # "X is not a coalition of …"
    elif noun.dep_ == "appos":
        groups, stance = ctx.entities(noun.head), PLAIN
    else:
        return
    groups = [e for e in groups if ctx.candidates[e[0]].kind in ctx.lex["coalition_kinds"]]
    # made of countries ("a coalition of countries, including …"), not of "allies and partners, including …"
    parts = [t for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for t in p.children
             if t.dep_ == "pobj" and t.tag_ == "NNS" and t.lemma_.lower() in ctx.words["country_words"]
             and not any(c.dep_ == "conj" for c in t.children)]
    members = [e for t in parts for e in _members(ctx, t) if ctx.candidates[e[0]].kind == "Country"]
    yield from ctx.emit(members, ctx.lex["nouns"]["member"], groups, "relational-noun", ctx.governor(noun), sent,
                        noun.lemma_.lower(), stance=stance)


def _operation_staff(ctx: Context, noun: Token, sent: Span) -> Iterator[RelationCandidate]:
    """ "KFOR soldiers from Italy and Hungary": the countries people of an operation come from
    take part in it."""
    if ctx.lemmas[noun.i] not in ctx.proxies:
        return
    operations = [e for c in noun.children if c.dep_ == "compound" for e in ctx.entities(c)
                  if ctx.candidates[e[0]].kind in ctx.lex["operated_kinds"]]
    if not operations and noun.dep_ == "appos" and noun.i > 0 and ctx.texts[noun.i - 1] == ")":
        # "Kosovo Force (KFOR) troops from …": the parser sets the noun after the bracket beside the name
        operations = [e for e in ctx.entities(noun.head) if ctx.candidates[e[0]].kind in ctx.lex["operated_kinds"]]
    sources = ctx.sources(noun)
    verb = noun.head
    if not operations and noun.dep_ == "dobj" and verb.lemma_.lower() in ctx.lex["staffing_verbs"]:
        # "KFOR also involves troops from non-NATO countries, including Austria and Ireland"
        operations = [e for e in ctx.subjects(verb) if ctx.candidates[e[0]].kind in ctx.lex["operated_kinds"]]
        sources += [e for p in verb.children if p.dep_ == "prep" and p.i > noun.i
                    and p.lower_ in ctx.lex["source_preps"] for e in ctx.pobjs(p)]
    # "KFOR does not involve troops from Russia": the staffing verb's stance holds
    stance = ctx.stance(verb, sent) if verb.lemma_.lower() in ctx.lex["staffing_verbs"] and noun.dep_ == "dobj" else PLAIN
    yield from ctx.emit(sources, ctx.lex["operation_staff"]["serve"], operations, "operation-staff",
                        ctx.governor(noun), sent, "serve", stance=stance)


def inclusion(ctx: Context, noun: Token, sent: Span) -> Iterator[RelationCandidate]:
    if noun.pos_ not in _NOUNS or not (ctx.lemmas[noun.i] in ctx.lex["container_nouns"]
                                       or ctx.lowers[noun.i] in ctx.lex["container_nouns"]):
        return
    owners = ctx.owners(noun)
    if not owners:
        return
    members = [e for c in noun.children if c.dep_ == "prep" and c.lower_ in ctx.lex["inclusion_preps"]
               for e in ctx.pobjs(c)]
    yield from ctx.emit(members, ctx.states["inclusion"], owners, "hearst-including", ctx.governor(noun), sent, "include")


def agentive_noun(ctx: Context, noun: Token, sent: Span) -> Iterator[RelationCandidate]:
    """ "X paid a visit to Y", "the visit of X to Y", "X's visit to Y", "meetings between X and Y",
    "following a meeting with Y, X announced …": who visits, meets or addresses whom."""
    if noun.pos_ not in _NOUNS or ctx.lemmas[noun.i] not in ctx.lex["agentive_nouns"]:
        return
    lemma = ctx.lemmas[noun.i]
    preps = ctx.lex["agentive_noun_preps"]
    targets = [e for c in noun.children if c.dep_ == "prep" and c.lower_ in preps for e in ctx.pobjs(c)]
    if not targets and noun.dep_ == "dobj":  # "made a speech to the Council": the parser gives "to" to the verb
        targets = _verb_preps(ctx, noun, preps)
    # the noun's own agent: "the visit of X", "X's visit", "a visit by X"
    agents = [e for c in noun.children if c.dep_ == "poss" for e in ctx.entities(c)]
    agents += [e for c in noun.children if c.dep_ == "prep" and c.lower_ in {"of", "by"} for e in ctx.pobjs(c)]
    between = [e for c in noun.children if c.dep_ == "prep" and c.lower_ == "between" for e in ctx.pobjs(c)]
    if not agents and not targets and len(between) > 1:  # "meetings between X and Y, Z"
        agents, targets = between[:1], between[1:]
    governor = ctx.governor(noun.head)
    if not agents:
        if governor.pos_ not in {"VERB", "AUX"}:
            return
        agents = ctx.subjects(governor)
        if not agents and governor.dep_ == "prep" and governor.head.i != governor.i:
            agents = ctx.subjects(ctx.governor(governor.head))  # "Following a meeting with Y, X announced …"
    # a place does not visit or address anyone ("Prague/Brussels, 5 May 2017 – … concluded a visit to …": a dateline)
    agents = [e for e in agents if ctx.candidates[e[0]].kind != "Place"]
    anchor = governor if governor.pos_ in {"VERB", "AUX"} else noun
    yield from ctx.emit(agents, ctx.lex["agentive_nouns"][lemma], targets, "agentive-noun", anchor, sent,
                        ctx.lex["action_verbs"].get(lemma, lemma))


def action_noun(ctx: Context, noun: Token, sent: Span) -> Iterator[RelationCandidate]:
    """The owner of an action acts on what its *of* names, or on the place or party a
    preposition of the action (or of its theme) names. A plan modifier ("planned") is the
    modality; the speaker of the clause is kept, its negation and modals are not the action's."""
    lemma = ctx.lemmas[noun.i]
    if noun.pos_ not in _NOUNS or lemma not in ctx.actions:
        return
    # ("NATO thanked Austria and Ireland for their contributions": the thanked ones')
    owners: list[Arg] = [e for m in noun.children if m.dep_ in {"compound", "poss", "amod"}
                         and m.i in ctx.token_to_candidate for e in ctx.owner_at(m.i)]
    verb = ctx.lex["action_verbs"].get(lemma, lemma)
    implicit = ctx.lex["implicit_object"].get(verb)
    if not owners and implicit:  # "contributions from Spain and Italy"
        owners = ctx.sources(noun)
    of_owners = not owners and implicit and any(p.dep_ == "prep" and p.lower_ in ctx.lex["action_preps"]
                                                and ctx.pobjs(p) for p in noun.children) \
        and not any(p.dep_ in {"prep", "agent"} and p.lower_ == "by" for p in noun.children)  # ("signing of X by Y")
    if of_owners:  # "the contributions of Australia and New Zealand to ISAF": the "of" names who acts
        owners = [e for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for e in ctx.pobjs(p)]
    if not owners and noun.dep_ == "dobj" and ctx.lemmas[noun.head.i] in ctx.lex["action_light_verbs"]:
        # "Russia launched a full-scale invasion of Ukraine": the verb's own subject, not one inherited
        owners = [e for c in noun.head.children if c.dep_ == "nsubj" for e in ctx.entities(c)]
        control = noun.head.head
        if not owners and noun.head.dep_ == "xcomp" and control.lemma_.lower() in ctx.lex["aspect_verbs"] \
                and ctx.stance(control, sent)[:2] == (POSITIVE, ""):
            # "Georgia continues to make contributions to …" (not "wants to make", "decided not to make")
            owners = [e for c in control.children if c.dep_ == "nsubj" for e in ctx.entities(c)]
    if not owners:  # "the adoption of the Action Plan by the Commission": the agent after "by"
        themes = [t for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for t in p.children if t.dep_ == "pobj"]
        owners = [e for head in (noun, *themes) for p in head.children if p.dep_ in {"prep", "agent"}
                  and p.lower_ == "by" for e in ctx.pobjs(p)]
    if not owners:
        return
    preps = set(ctx.lex["action_preps"])
    targets: list[Arg] = []
    for head in (noun, *noun.conjuncts):
        for prep in (c for c in head.children if c.dep_ == "prep"):
            if prep.lower_ in preps:
                targets += ctx.pobjs(prep)
            elif prep.lower_ == "of" and not of_owners:
                for theme in (c for c in prep.children if c.dep_ == "pobj"):
                    targets += ctx.entities(theme)
                    targets += [e for p in theme.children if p.dep_ == "prep" and p.lower_ in preps
                                for e in ctx.pobjs(p)]
    plans = [ctx.lex["plan_modifiers"][m.lower_] for m in noun.children
             if m.dep_ == "amod" and m.lower_ in ctx.lex["plan_modifiers"]]
    _, _, speaker, speaker_text = ctx.stance(ctx.governor(noun), sent)
    if implicit and not targets:  # "Austria's contribution": to what the text is about
        targets = [(TOPIC, False)]
    yield from ctx.emit(owners, ctx.lex["verbs"].get(verb, ctx.states["open"]), list(dict.fromkeys(targets)),
                        "action-noun", noun, sent, verb,
                        stance=(POSITIVE, plans[0] if plans else "", speaker, speaker_text))


def succession_noun(ctx: Context, noun: Token, sent: Span) -> Iterator[RelationCandidate]:
    """ "Domröse's predecessor, General Langheld", "Mark Rutte, Stoltenberg's successor", "Rutte
    is Stoltenberg's successor", "His predecessor was X": who follows whom (lexicon
    ``succession_nouns``: which end the named one is)."""
    side = ctx.lex["succession_nouns"].get(ctx.lemmas[noun.i])
    if side is None or noun.pos_ not in _NOUNS:
        return
    owners = [e for c in noun.children if c.dep_ == "poss" for e in ctx.entities(c)]
    named = [e for e in ctx.appositive(noun) if ctx.candidates[e[0]].kind == "Person"]
    if not named and noun.dep_ == "appos" and noun.head.i in ctx.token_to_candidate:
        named = [(ctx.token_to_candidate[noun.head.i], False)]  # "Mark Rutte, Stoltenberg's successor"
    elif not named and noun.dep_ == "attr" and noun.head.lemma_ in ctx.linking:
        named = ctx.subjects(noun.head)  # "Rutte is Stoltenberg's successor"
    elif not named and noun.dep_ == "nsubj" and noun.head.lemma_ in ctx.linking:
        # "His predecessor was Sir Stuart Peach"
        named = [e for c in noun.head.children if c.dep_ == "attr" for e in ctx.entities(c)]
    # (a surname alone before "'s" is often taken for an organisation; the resolver knows the person)
    persons = [e for e in owners if ctx.candidates[e[0]].kind == "Person"
               or ctx.candidates[e[0]].kind in PERSON_LOOKALIKES and len(ctx.spans[e[0]]) == 1]
    named = [e for e in named if ctx.candidates[e[0]].kind == "Person"]
    later, earlier = (named, persons) if side == "later" else (persons, named)
    yield from ctx.emit(later, ctx.states["succession"], earlier, "succession-noun", ctx.governor(noun),
                        sent, ctx.lemmas[noun.i])


def _dialogue_on(ctx: Context, noun: Token, sent: Span) -> Iterator[RelationCandidate]:
    """ "an Intensified Dialogue on Georgia's membership aspirations": the country whose aspirations or bid a
    framework opened or launched is on takes part in it (lexicon ``framework_topic_nouns``,
    ``framework_opening_verbs``)."""
    index = ctx.token_to_candidate.get(noun.i)
    if index is None or ctx.candidates[index].kind != "PartnershipFramework" or ctx.spans[index].root.i != noun.i \
            or noun.dep_ not in {"dobj", "nsubjpass"} \
            or noun.head.lemma_.lower() not in ctx.lex["framework_opening_verbs"]:
        return  # (opened or launched: not "talks in the NATO-Russia Council on Ukraine's aspirations")
    countries = [e for p in noun.children if p.dep_ == "prep" and p.lower_ == "on"
                 for o in p.children if o.dep_ == "pobj" and o.lemma_.lower() in ctx.lex["framework_topic_nouns"]
                 for c in o.children if c.dep_ == "poss" for e in ctx.entities(c)
                 if ctx.candidates[e[0]].kind == "Country"]
    verb = noun.head  # (its clause's date and stance)
    yield from ctx.emit(countries, ctx.lex["nouns"]["participant"], [(index, False)], "status-noun", verb, sent,
                        "dialogue", stance=ctx.stance(verb, sent))


def status_noun(ctx: Context, noun: Token, sent: Span) -> Iterator[RelationCandidate]:
    """Who is given, obtains or holds a framework's status takes part in the framework; and a
    country given or obtaining a framework or programme by its name ("Montenegro was granted the
    MAP in 2009") takes part in it."""
    yield from _dialogue_on(ctx, noun, sent)
    if noun.dep_ not in {"dobj", "nsubjpass"}:
        return
    named = ctx.lemmas[noun.i] not in ctx.lex["status_nouns"]
    if named and (noun.i not in ctx.token_to_candidate or ctx.spans[ctx.token_to_candidate[noun.i]].root.i != noun.i):
        return
    verb = noun.head
    holder = ctx.lex["status_verbs"].get(ctx.lemmas[verb.i])
    if holder is None or named and ctx.lemmas[verb.i] not in ctx.lex["acquiring_verbs" if holder == "subject"
                                                                  else "granting_verbs"]:
        return  # (the verb first: it is a lookup, the framework a reading of the noun phrase)
    kinds = _GRANTED_KINDS if named else _STATUS_KINDS
    frameworks = [e for e in ctx.entities(noun) if ctx.candidates[e[0]].kind in kinds]
    if not frameworks:
        return
    if holder == "subject":
        holders = ctx.subjects(verb) if noun.dep_ == "dobj" else []
    elif noun.dep_ == "nsubjpass":  # "the status was granted to Jordan"
        holders = [e for c in verb.children if c.dep_ in {"prep", "dative"} and c.lower_ == "to" for e in ctx.pobjs(c)]
    else:  # "Australia was granted … status" (its passive subject), "NATO granted Australia … status"
        holders = [e for c in verb.children if c.dep_ in {"nsubjpass", "dative"} for e in ctx.entities(c)] or \
            [e for c in verb.children if c.dep_ == "prep" and c.lower_ == "to" for e in ctx.pobjs(c)]
        if not holders and any(c.dep_ == "auxpass" for c in verb.children):
            holders = ctx.subjects(verb)  # "… and was granted … status": a passive subject shared
        if not holders:  # "NATO granted Jordan EOP status", read as one noun phrase
            first = min(ctx.spans[i].start for i, _ in frameworks)
            holders = [(ctx.token_to_candidate[c.i], False) for c in noun.children
                       if c.dep_ == "compound" and c.i < first and c.i in ctx.token_to_candidate
                       and ctx.candidates[ctx.token_to_candidate[c.i]].kind in ctx.lex["member_kinds"]]
    # and those said to get it with them in the role an "as" phrase gives ("as a partner, alongside A and B")
    holders += [e for c in verb.children if c.dep_ == "prep" and c.lower_ in ctx.lex["as_preps"]
                for role in c.children if role.dep_ == "pobj" for e in ctx.companions(holders, frameworks, role)]
    if named:
        holders = [e for e in holders if ctx.candidates[e[0]].kind == "Country"]
    yield from ctx.emit(holders, ctx.states["status"], frameworks, "status-noun", verb, sent,
                        ctx.lemmas[verb.i])


def endorsed_bid(ctx: Context, verb: Token, sent: Span) -> Iterator[RelationCandidate]:
    """"Hungary's parliament approved Sweden's accession": who approves, ratifies or backs a
    country's bid supports that country."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in ctx.lex["endorsing_verbs"]:
        return
    for obj in (c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}):
        if obj.lemma_.lower() in ctx.lex["bid_nouns"] and obj.i not in ctx.token_to_candidate:
            endorsers = ctx.subjects(verb) if obj.dep_ == "dobj" else \
                [e for c in verb.children if c.dep_ == "agent" for e in ctx.pobjs(c)]
            # "Turkey and Hungary have yet to approve their bids": "their" after endorsers named
            # together stands for them, and nobody endorses their own bid (but "NATO leaders welcomed
            # their applications" after "Finland and Sweden applied": the applicants')
            holders = [e for e in _bid_holders(ctx, obj) if e[0] < 0 or not (
                len(endorsers) > 1 and ctx.candidates[e[0]].rule.startswith("reference")
                and ctx.candidates[e[0]].text.lower() in ctx.words["possessive_pronouns"])]
            yield from ctx.emit(endorsers, ctx.states["endorse-bid"], holders, "endorse-bid", verb, sent,
                                verb.lemma_.lower())


def _bid_holders(ctx: Context, bid: Token) -> list[Arg]:
    """Whose bid: its possessive owner ("Sweden's accession") or its of-phrase ("the NATO membership of
    Finland"); a compound names what is joined, not who joins."""
    owners = ctx.owners(bid)
    held = [e for e in owners if e[0] < 0 or ctx.spans[e[0]].root.dep_ != "compound"]
    if bid.lemma_.lower() not in ctx.lex["target_compound_nouns"]:
        return owners
    return held or [e for p in bid.children if p.dep_ == "prep" and p.lower_ == "of" for e in ctx.pobjs(p)]


def _referred_pair(ctx: Context, index: int) -> bool:
    """Whether mention *index* refers to the two organisations named before ("the two
    organisations"): a symmetric tie "between" them is between the two (the resolver pairs them).
    Not "the two sides" or "the two members", which may stand for others than the last two named."""
    return ctx.referred_pair(index) and ctx.organisation_group(index) \
        and load_lexicon().names["organisation_group_nouns"].get(ctx.candidates[index].name) == ["InternationalOrganization"]
