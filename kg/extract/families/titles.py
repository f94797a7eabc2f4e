"""``title``: a person's office before the name ("NATO Secretary General Jaap de Hoop Scheffer")
or in apposition ("Jens Stoltenberg, NATO Secretary General" / "NATO's Secretary General,
Jens Stoltenberg") gives the person and the organisation the office belongs to."""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache

from spacy.tokens import Span, Token

from ...lexicon import load_lexicon
from ..context import PLAIN, TOPIC, Context, RelationCandidate, Stance, own_date
from ..dates import normalize_date

_CELL_MARKS = frozenset({"|"})
#: the marks a list line may open with before its label
_BULLET_MARKS = frozenset({"-", "•", "*", "·", "–", "—"})
_MODIFIERS = frozenset({"poss", "compound", "amod", "nmod"})
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})

__all__ = ["ranked", "serves_an_office", "title", "titled_body"]

#: how far before a name an aide's title is looked for ("Press Secretary of the President of Russia")
_AIDE_REACH = 8


def _leaders_listed(ctx: Context, sent: Span) -> Iterator[RelationCandidate]:
    """ "the leaders of Australia, Japan and New Zealand – Anthony Albanese, Kishida Fumio and Jacinda
    Ardern –": as many persons set off by dashes as the countries before them lead them in turn."""
    titles = ctx.lex["titles"]
    for noun in (t for t in sent if t.tag_ == "NNS" and titles.get(t.lemma_.lower()) == "leaderOf"):
        for pobj in (o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"
                     for o in p.children if o.dep_ == "pobj"):
            persons = ctx.dashed_persons(pobj.i)
            countries = [i for i, _ in ctx.entities_at(pobj.i) if ctx.candidates[i].kind == "Country"]
            if persons and len(persons) == len(countries):
                for (person, _), country in zip(persons, countries):
                    yield RelationCandidate(person, "leaderOf", country, "title", noun.lemma_.lower(),
                                            ctx.offset + sent.start_char, ctx.offset + sent.end_char)
        # "Their leaders - Japan's Fumio Kishida, Australia's Anthony Albanese - attended": each leads the
        # country that owns their name in the noun's apposition
        for person in (i for i in ctx.in_sentence(sent) if ctx.candidates[i].kind == "Person"
                       and i in ctx.spans and ctx.spans[i].root.i in _apposed_tokens(noun)):
            root = ctx.spans[person].root
            for country in (c for m in root.children if m.dep_ == "poss" for c, _ in ctx.entities(m)
                            if c >= 0 and ctx.candidates[c].kind == "Country"):
                yield RelationCandidate(person, "leaderOf", country, "title", noun.lemma_.lower(),
                                        ctx.offset + sent.start_char, ctx.offset + sent.end_char)


def _apposed_tokens(noun: Token) -> set[int]:
    """The tokens of the noun's apposition and its conjuncts ("leaders – A, B and C")."""
    return {t.i for c in noun.children if c.dep_ == "appos" for t in (c, *c.conjuncts)}


@cache
def _referred_offices() -> frozenset[str]:
    """The offices a capitalised description refers to a holder by (lexicon ``office_references``)."""
    return frozenset(load_lexicon().names["office_references"].values())


def _bracketed_after(ctx: Context, span: Span, index: int) -> bool:
    """The name *index* opens a bracket right after *span* ("Jens Stoltenberg (Norway)")."""
    return span.end + 1 < len(ctx.doc) and ctx.doc[span.end].text == "(" and ctx.spans[index].start == span.end + 1


def title(ctx: Context, sent: Span) -> Iterator[RelationCandidate]:
    yield from _leaders_listed(ctx, sent)
    for index in ctx.in_sentence(sent):
        cand, span = ctx.candidates[index], ctx.spans[index]
        if cand.kind == "Person":
            yield from _envoy(ctx, index, span, sent)
        if cand.kind != "Person" or cand.rule == "reference" and cand.name in _referred_offices() \
                or _deputy(ctx, span, sent):
            continue  # "the Secretary General, the President of …" names two holders; "Deputy Prime Minister X" none
        whose = _whose_office(ctx, span, sent)
        if whose is not None:  # "Türkiye, whose Prime Minister, X, …": the office of the name before "whose"
            yield RelationCandidate(index, ctx.lex["titles"][whose[0]], whose[1], "title", whose[0],
                                    ctx.offset + sent.start_char, ctx.offset + sent.end_char)
            continue
        before = _title_before(ctx, span, sent) or _shared_title(ctx, span, sent)
        found = before or _title_then_of(ctx, span, sent) or _title_of_before(ctx, span, sent)
        date = ""
        stance: Stance = PLAIN
        offices: list[Token] = []
        held: list[Token] = []
        appositions: list[Token] = []
        phrase: Token | None = None
        if found is None:
            root = span.root
            phrases = [c for c in root.children if c.dep_ == "appos"] + _appos_of_service(ctx, root) \
                + ctx.row_phrases(span)  # ("President of Ukraine | Leonid Kravchuk | 1991-1994")
            if root.dep_ == "appos" or _honoured_after_comma(ctx, span):
                phrases.append(root.head)
            # an event's name in another cell of a table's row is no apposition of the name, whose title
            # it takes in ("Brussels Summit | … | Belgium (PM X)"), unlike a country's ("Estonia | President X")
            cell = ctx.table_cells[root.i]
            phrases = [p for p in phrases if ctx.table_cells[p.i] in (None, cell) or p.i not in ctx.token_to_candidate
                       or ctx.candidates[ctx.token_to_candidate[p.i]].kind != "Event"]
            appositions = [p for p in phrases if not _other_person(ctx, p, index)]
            held = _office_phrases(ctx, root)
            first = root
            while first.dep_ == "conj" and first.head.i != first.i:  # "… were A, B and C": B and C too
                first = first.head
            if first.dep_ == "attr" and first.head.lemma_ in ctx.linking or \
                    first.dep_ == "dobj" and first.head.lemma_ in ctx.lex["holder_listing_verbs"]:
                # "The current Secretary General of NATO is Mark Rutte", "The commanders of SFOR were A, B
                # and C", "Its Secretaries General have included A, B and C": the subject names the office
                # (its head is the office: not "The spokesperson for the Secretary General of NATO is …")
                offices = [c for c in first.head.children if c.dep_ in {"nsubj", "nsubjpass"}
                           and (c.lower_ in _office_heads() or c.tag_ == "NNS" and c.lemma_ in _office_heads())]
                held += offices
                stance = ctx.stance(first.head, sent) if offices else PLAIN  # "… is not X", "… will be X"
            # another person in apposition ("X, Japan's Prime Minister Y, …") holds their own office
            phrases = [p for p in phrases + held if not _other_person(ctx, p, index)]
            found, phrase = next(((f, p) for f, p in ((_title_in(ctx, p), p) for p in phrases) if f is not None),
                                 (None, None))
            if phrase is not None and phrase in held:  # "X served as Secretary General of NATO from 1995"
                verb = ctx.governor(phrase)
                date = _date_after(ctx, verb, phrase) if phrase.dep_ == "conj" else \
                    ctx.date_after(index) or ctx.date(verb, sent)  # ("have included A (Belgium, 1957–1961), B …")
                if root.dep_ in {"nsubj", "nsubjpass"} and root.head.i == verb.i and not offices:
                    stance = ctx.stance(verb, sent)  # "X will succeed Y at the head of NATO": X will lead it
        # "the secretary general has been Jens Stoltenberg, a former prime minister of Norway", "X became
        # Secretary General": an office with no complement is the text's organisation's, whatever
        # other office the name holds
        implied = next((o for o in map(_office_text, offices) if o in ctx.lex["implied_offices"]), "")
        if not implied and found is None and before is None:
            # "Jens Stoltenberg, the Secretary General, said", "The Secretary General, Jens Stoltenberg, said": an
            # office in apposition with no organisation is the text's organisation's
            implied = next((_office_text(p) for p in appositions if _office_text(p) in ctx.lex["implied_offices"]
                            and not any(c.dep_ in {"poss", "prep"} for c in p.children)), "")
        if not implied:
            phrase = next((p for p in held if _office_text(p) in ctx.lex["implied_offices"]
                           and not any(c.dep_ == "poss" for c in p.children)), None)  # not "the Alliance's …"
            if phrase is not None:  # "X became Secretary General", "Y succeeded X as Secretary General"
                implied = _office_text(phrase)
                verb = ctx.governor(phrase)
                stance, date = ctx.stance(verb, sent), ctx.date_after(index) or ctx.date(verb, sent)
        if implied and found is not None:
            yield RelationCandidate(index, ctx.lex["titles"][implied], TOPIC, "title", implied,
                                    ctx.offset + sent.start_char, ctx.offset + sent.end_char, *stance, hint=implied)
        yield from _second_offices(ctx, index, sent, [p for p in held if p.dep_ == "conj" and (
            phrase is None or p.i != phrase.i)])
        if found is None:
            found = _national_office(ctx, span, sent) or _office_cell(ctx, span)
        if found is None:
            # "Secretary General Jens Stoltenberg": of the organisation the text is about
            office = _implied_office(ctx, span, sent)
            if office or implied:
                yield RelationCandidate(index, ctx.lex["titles"][office or implied], TOPIC, "title", office or implied,
                                        ctx.offset + sent.start_char, ctx.offset + sent.end_char,
                                        *(PLAIN if office else stance), date="" if office else date,
                                        hint=office or implied)
            elif (national := _national(ctx, span, sent)) \
                    and (country := _coordinated_country(ctx, span, sent)) is not None:
                # "Finland's President Sauli Niinistö and Prime Minister Sanna Marin": the first one's country
                yield RelationCandidate(index, ctx.lex["titles"][national], country, "title", national,
                                        ctx.offset + sent.start_char, ctx.offset + sent.end_char)
            elif len(span) > 1 and national and not _names_a_country(ctx, sent) \
                    and not _owned_office(ctx, span, sent):
                # "… was due to meet President Giorgi Margvelashvili": of the country the text is about (a
                # surname alone is more often a famous foreign leader's: "President Clinton" in a text on Ukraine)
                yield RelationCandidate(index, ctx.lex["titles"][national], TOPIC, "title", national,
                                        ctx.offset + sent.start_char, ctx.offset + sent.end_char)
        elif found[1] != index:
            office, org = found
            if org >= 0 and ctx.candidates[org].kind == "Country" and office in ctx.lex["body_offices"]:
                continue  # "Lithuania's Armed Forces Commander X", "commander of the Lithuanian-led team"
            if org >= 0 and ctx.candidates[org].kind == "Country" and office in ctx.lex["implied_offices"] \
                    and _bracketed_after(ctx, span, org):
                continue  # "Secretary General: Jens Stoltenberg (Norway)": the holder's country, not the office's
            yield RelationCandidate(index, ctx.lex["titles"][office], org, "title", office,
                                    ctx.offset + sent.start_char, ctx.offset + sent.end_char, *stance,
                                    date=date or _term(ctx, span, sent))  # ("President of Ukraine | X | 1991-1994")
            if org >= 0:  # "Commander of NATO's Allied Air Command": the office is not also the owner's
                owners = [c.i for c in ctx.spans[org].root.children if c.dep_ == "poss"]
                for owner in (o for o in owners if o in ctx.token_to_candidate):
                    ctx.relate(index, ctx.token_to_candidate[owner])
            if before is not None:  # "…, NATO Secretary General X": a title of its own
                yield from _second_office(ctx, index, span, sent, org)


def _whose_office(ctx: Context, span: Span, sent: Span) -> tuple[str, int] | None:
    """(office, holder's organisation or country) of a name right after "whose <office>" ("Ukraine,
    whose President, X, …", "Kuwait, whose Prime Minister X …"): the name before "whose" owns the office."""
    at = span.start - 1
    while at > sent.start and ctx.doc[at].is_punct:
        at -= 1
    words: list[str] = []
    while at > sent.start and ctx.doc[at].tag_ != "WP$" and ctx.doc[at].is_title and len(words) < 4:
        words.append(ctx.doc[at].lower_)
        at -= 1
    office = " ".join(reversed(words))
    if at <= sent.start or ctx.doc[at].tag_ != "WP$" or office not in ctx.lex["titles"]:
        return None
    owner = at - 1
    while owner > sent.start and ctx.doc[owner].is_punct:
        owner -= 1
    found = ctx.token_to_candidate.get(owner)
    if found is None or ctx.candidates[found].kind in {None, "Person", "Place"} or ctx.spans[found].end != owner + 1:
        return None
    if ctx.candidates[found].kind == "Country" and office in ctx.lex["body_offices"]:
        return None  # "Lithuania, whose Armed Forces Commander …": a body's head, not the country's
    return office, found


def _term(ctx: Context, span: Span, sent: Span) -> str:
    """The date of the table row a title's holder is in, unless the row is an event's, whose date is the event's
    ("Brussels Summit | 11-12 Jul 2018 | … | Belgium (PM Charles Michel)": not when the office was taken)."""
    row = ctx.row_name(span.start)
    return "" if row is not None and ctx.candidates[row].kind == "Event" else ctx.row_date(sent)


def _appos_of_service(ctx: Context, root: Token) -> list[Token]:
    """ "Adm. X of the Italian navy, chairman of the NATO Military Committee": the parser hangs the
    office on the service named after the name, not on the name."""
    services = [g for c in root.children if c.dep_ == "prep" and c.lower_ == "of"
                for g in c.children if g.dep_ == "pobj" and g.i not in ctx.token_to_candidate]
    return [a for g in services for a in g.children if a.dep_ == "appos" and a.i > g.i]


def _second_office(ctx: Context, index: int, span: Span, sent: Span, first: int) -> Iterator[RelationCandidate]:
    """The office a name with its own title before it is in apposition to ("The chairman of the NRC,
    NATO Secretary General Jaap de Hoop Scheffer, …": the chair of the NRC too)."""
    root, head = span.root, span.root.head
    if root.dep_ != "appos" or head.i in ctx.token_to_candidate or _other_person(ctx, head, index) \
            or head.dep_ == "conj" or any(c.dep_ == "conj" for c in head.children) \
            or head.i > root.i or ctx.doc[root.left_edge.i - 1].text != ",":
        return  # (one office, then a comma and the titled name: not a list of offices and names)
    found = _title_in(ctx, head)
    if found is not None and found[1] not in (first, index) and not _deputy_before(ctx, head.left_edge.i, sent):
        office, org = found
        yield RelationCandidate(index, ctx.lex["titles"][office], org, "title", office,
                                ctx.offset + sent.start_char, ctx.offset + sent.end_char)


def _envoy(ctx: Context, index: int, span: Span, sent: Span) -> Iterator[RelationCandidate]:
    """ "US envoy Richard Holbrooke", "Kremlin spokesman Dmitry Peskov", "the Italian Ambassador in Iraq,
    Maurizio Greganti", "Deividas Matulionis, Lithuania's ambassador to NATO": an envoy's title with
    whom the envoy speaks for (lexicon ``envoy_titles``)."""
    titles = ctx.lex["envoy_titles"]
    stance: Stance = PLAIN
    before = span.start - 1
    if before - 1 >= sent.start and ctx.doc[before].lower_ in titles:
        owner = before - 1 - (ctx.doc[before - 1].dep_ == "case")  # "NATO's spokesperson X"
        heads = [ctx.doc[owner]] if owner >= sent.start else []
    else:
        title = _envoy_title(ctx, span.root.head) if span.root.dep_ == "appos" else None
        # or the title in apposition after the name ("X, Lithuania's ambassador to NATO")
        title = title or next((c for c in span.root.children if c.dep_ == "appos" and c.i > span.root.i
                               and c.lower_ in titles), None)
        if title is None and span.root.dep_ == "nsubj" and span.root.head.lemma_ in ctx.linking:
            # "X has been Estonia's ambassador to NATO since 2021": the title the copula gives the name
            title = next((c for c in span.root.head.children if c.dep_ == "attr" and c.lower_ in titles), None)
            stance = ctx.stance(span.root.head, sent) if title is not None else stance
        if title is None:
            return
        heads = [c for c in title.children if c.dep_ in {"amod", "compound", "poss"} and c.i < title.i]
    owners = [ctx.token_to_candidate[t.i] for t in heads if t.i in ctx.token_to_candidate]
    for owner in (o for o in owners if ctx.candidates[o].kind in ctx.lex["represented_kinds"]):
        yield RelationCandidate(index, ctx.states["open"], owner, "title", "represent",
                                ctx.offset + sent.start_char, ctx.offset + sent.end_char, *stance)


def _envoy_title(ctx: Context, head: Token) -> Token | None:
    """The envoy's title a name is in apposition to: *head* itself, or the title whose
    complement the parser hung the name on ("Armenia's representative to NATO, Samvel Mkrtchian")."""
    titles = ctx.lex["envoy_titles"]
    for _ in range(3):  # ("… to the NATO headquarters in Brussels, X": two complements down)
        if head.lower_ in titles:
            return head
        if head.dep_ != "pobj" or head.head.dep_ != "prep":
            return None
        head = head.head.head
    return None


def _office_text(office: Token) -> str:
    """ "secretary general", "secretary-general": an office noun with its own modifiers; "" when it has
    a complement ("the secretary general of NATO" names its organisation)."""
    if any(c.dep_ == "prep" for c in office.children):
        return ""
    words = [t for t in office.subtree if t.i == office.i or t.head.i == office.i and (
        t.dep_ in {"compound", "amod"} or t.text == "-") and t.lower_ not in _incumbency_words()
        and t.ent_type_ != "ORDINAL"]
    return " ".join(t.lower_ for t in words).replace(" - ", "-")


@cache
def _incumbency_words() -> frozenset[str]:
    """Words that say when the office is held ("the current Secretary General", "the outgoing"): no
    part of its name."""
    relations = load_lexicon().relations
    return frozenset(relations["incumbency_words"] + relations["office_rank_words"])


@cache
def _honorifics() -> frozenset[str]:
    """The words that may open a person's name ("Mr.", "Admiral", "H.E.")."""
    return frozenset(load_lexicon().names["honorifics"])


@cache
def _office_heads() -> frozenset[str]:
    """The last words of the offices ("general" of "Secretary General", "commander")."""
    return frozenset(office.split()[-1].split("-")[-1] for office in load_lexicon().relations["titles"])


def _deputy(ctx: Context, span: Span, sent: Span) -> bool:
    return any(_deputy_before(ctx, start, sent) for _, start in _offices_before(ctx, span, sent))


def _deputy_before(ctx: Context, start: int, sent: Span) -> bool:
    """A deputy's word before an office, hyphenated too ("Under-Secretary-General")."""
    if start > sent.start + 1 and ctx.doc[start - 1].text == "-":
        return ctx.doc[start - 2].lower_ in (*ctx.lex["deputy_words"], *ctx.lex["hyphen_deputy_words"])
    return start > sent.start and ctx.doc[start - 1].lower_ in ctx.lex["deputy_words"]


def _other_person(ctx: Context, token: Token, index: int) -> bool:
    """Whether the phrase *token* heads names another person, whose office it gives
    ("X, GCC Secretary-General Y, …")."""
    joined = {t.i for c in token.children if c.dep_ == "conj" for t in c.subtree}  # (another office, or its holder)
    # (and not the predecessor the office is taken over from: "as Chair of the Committee from Admiral X")
    joined |= {t.i for c in token.subtree if c.dep_ == "prep" and c.lower_ in ctx.words["predecessor_preps"]
               for t in c.subtree}
    others = (ctx.token_to_candidate.get(t.i) for t in token.subtree if t.i not in joined)
    return any(o is not None and o != index and ctx.candidates[o].kind == "Person" for o in others)


def _honoured_after_comma(ctx: Context, span: Span) -> bool:
    """ "the NATO Secretary General, Mr. Jaap de Hoop Scheffer", "the JFC Naples Commander, Admiral
    Mark Ferguson": a name after an office, a comma and an honorific, which the parser coordinates
    with the office instead of setting it in apposition."""
    root = span.root
    if root.dep_ != "conj" or root.head.i in ctx.token_to_candidate or root.head.pos_ not in {"NOUN", "PROPN"}:
        return False
    start = span.start
    honorifics = _honorifics()
    while start > root.head.i + 1 and ctx.lowers[start - 1] in honorifics:
        start -= 1
    between = ctx.doc[root.head.i + 1:start]
    honoured = start < span.start or ctx.lowers[span.start] in honorifics
    return honoured and [t.text for t in between] == [","]


def _office_phrases(ctx: Context, root: Token) -> list[Token]:
    """The office a subject holds by its verb: "X served as / took office as Secretary General
    of NATO", "X was elected President of …", "X is NATO's Secretary General"."""
    verbs = [root.head] if root.dep_ in {"nsubj", "nsubjpass"} else []
    if root.dep_ == "dobj" and ctx.lex["verbs"].get(root.head.lemma_) == "succeeded":
        verbs.append(root.head)  # "X succeeded Y as Secretary General": Y held the office too
    if root.dep_ == "dobj" and root.head.lemma_.lower() in ctx.lex["appointing_verbs"]:
        verbs.append(root.head)  # "Allies appointed X as Secretary General": X holds the office
    if root.dep_ == "appos" and root.head.dep_ in {"nsubj", "nsubjpass"}:
        verbs.append(root.head.head)  # "a Spaniard, Javier Solana, had served as the Alliance's Secretary General"
    # "X, who remains head of the Command, …": a relative clause's subject stands for the name, and so
    # does one on what a copula says the name is ("X is a politician who served as Secretary General of NATO")
    described = [root] + ([a for a in root.head.children if a.dep_ == "attr"]
                          if root.dep_ == "nsubj" and root.head.lemma_ in ctx.linking else [])
    verbs += [c for noun in described for c in noun.children if c.dep_ == "relcl" and any(
        s.dep_ in {"nsubj", "nsubjpass"} and s.lower_ in ctx.words["relative_pronouns"] for s in c.children)]
    return [p for verb in verbs for p in _offices_of(ctx, verb)]


def _offices_of(ctx: Context, verb: Token) -> list[Token]:
    found = [c for c in verb.children if c.dep_ in {"attr", "oprd"}]
    if found:  # "was Prime Minister of Denmark … and the 12th Secretary General of NATO …"
        found += ctx.joined_attributes(verb)
    if any(c.dep_ in {"nsubjpass", "auxpass"} for c in verb.children):
        # "He was later elected President of …": the parser may take a passive's complement for an object
        found += [c for c in verb.children if c.dep_ == "dobj" and c.i not in ctx.token_to_candidate]
    found += [o for c in verb.children if c.dep_ == "prep" and c.lower_ in ctx.lex["office_preps"]
              for o in c.children if o.dep_ == "pobj"]
    # "assumed the post of NATO Secretary General", "was appointed to the office of President": the post's office
    posts = [c for c in verb.children if c.dep_ == "dobj"] + [
        o for c in verb.children if c.dep_ == "prep" and c.lower_ in ctx.words["post_preps"] for o in c.children
        if o.dep_ == "pobj"]
    found += [o for post in posts if post.lemma_.lower() in ctx.lex["office_posts"] for c in post.children
              if c.dep_ == "prep" and c.lower_ == "of" for o in c.children if o.dep_ == "pobj"]
    return found


def _second_offices(ctx: Context, index: int, sent: Span, phrases: list[Token]) -> Iterator[RelationCandidate]:
    """Offices joined after the first the person held ("was Prime Minister of Denmark from 2001 to 2009 and the
    12th Secretary General of NATO from 2009 to 2014"), each dated by its own phrase."""
    for phrase in phrases:
        found = _title_in(ctx, phrase)
        if found is None or found[1] == index:
            continue
        office, whole = found
        if whole >= 0 and ctx.candidates[whole].kind == "Country" and office in ctx.lex["body_offices"]:
            continue  # (a body's head, not the country's: as for the first office)
        verb = ctx.governor(phrase)
        yield RelationCandidate(index, ctx.lex["titles"][office], whole, "title", office,
                                ctx.offset + sent.start_char, ctx.offset + sent.end_char, *ctx.stance(verb, sent),
                                date=_date_after(ctx, verb, phrase))


def _date_after(ctx: Context, verb: Token, office: Token) -> str:
    """The date of a second office joined to the verb: its own, else the first dated preposition of the
    verb after it ("… and the 12th Secretary General of NATO from 2009 to 2014")."""
    own = own_date(office, clauses=False)
    if own:
        return own
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.i > office.i):
        found = normalize_date(" ".join(t.text for t in prep.subtree))
        if found:
            return found
    return ""


def _offices_before(ctx: Context, span: Span, sent: Span) -> Iterator[tuple[str, int]]:
    """(office, its first token) for each office of the lexicon's titles that ends right before
    *span* in its sentence, longest first ("Secretary General", then "General"); also when the
    model took the office into the name ("King Abdullah II") or a form of address stands between
    ("Qatar's Emir Sheikh Tamim")."""
    end = span.start
    while end < span.end - 1 and ctx.lowers[end] in _name_openers():
        end += 1
    while True:
        yield from _offices_ending(ctx, end, sent)
        if end - 1 < sent.start or ctx.lowers[end - 1] not in _honorifics() or ctx.lowers[end - 1] in ctx.lex["titles"]:
            return
        end -= 1


@cache
def _name_openers() -> frozenset[str]:
    """Words of an office or a form of address that may open a person's span ("King", "Sheikh")."""
    names = load_lexicon().names
    return frozenset(names["person_titles"]) | frozenset(names["honorifics"])


def _offices_ending(ctx: Context, end: int, sent: Span) -> Iterator[tuple[str, int]]:
    """(office, its first token) for each office that ends right before token *end*."""
    titles: dict[str, str] = ctx.lex["titles"]
    # a hyphen is a token of its own: "Secretary-General" is three
    for size in range(max(len(t.split()) + 2 * t.count("-") for t in titles), 0, -1):
        start = end - size
        if start < sent.start:
            continue
        office = " ".join(t.lower_ for t in ctx.doc[start:end]).replace(" - ", "-")
        if office in titles:
            yield office, start
        elif office.endswith("s") and office[:-1] in titles:  # "EU Presidents Tusk and Juncker"
            yield office[:-1], start


def _title_before(ctx: Context, span: Span, sent: Span) -> tuple[str, int] | None:
    """The office and the organisation before it: "NATO Secretary General X", "NATO's Secretary General X"."""
    for office, start in _offices_before(ctx, span, sent):
        before = start - 1
        if before < sent.start:
            continue
        if ctx.doc[before].dep_ == "case" and before - 1 >= sent.start:  # "NATO's Secretary General X"
            before -= 1
        if ctx.doc[before].text == ")" and before - 3 >= sent.start and ctx.doc[before - 2].text == "(":
            before -= 3  # "Gulf Cooperation Council (GCC) Secretary-General X"
        if before in ctx.token_to_candidate:
            return office, ctx.token_to_candidate[before]
    office = ctx.lowers[span.start].removesuffix("s")
    if span.end - span.start > 1 and span.start > sent.start and ctx.lowers[span.start] != office \
            and office in ctx.lex["titles"] and span.start - 1 in ctx.token_to_candidate:
        return office, ctx.token_to_candidate[span.start - 1]  # "EU Presidents Tusk": a plural office in the span
    return None


def titled_body(ctx: Context, person: int) -> int | None:
    """The body whose office the title right before a person names ("NATO Secretary General X":
    NATO), or None: the body they lead, and no other."""
    span = ctx.spans[person]
    found = _title_before(ctx, span, ctx.doc[span.start].sent)
    return found[1] if found is not None else None


def ranked(ctx: Context, person: int) -> bool:
    """A military rank right before the person or opening the name ("US General David Petraeus",
    "General Iannucci", "Major General X" taken whole by the model): an officer, who heads no country."""
    span = ctx.spans[person]
    ranks = _military_ranks()
    return span.start > 0 and ctx.lowers[span.start - 1] in ranks or len(span) > 1 and ctx.lowers[span.start] in ranks


@cache
def _military_ranks() -> frozenset[str]:
    return frozenset(load_lexicon().names["military_ranks"])


def _shared_title(ctx: Context, span: Span, sent: Span) -> tuple[str, int] | None:
    """A plural office before the first of coordinated names holds for each ("EU Presidents Tusk
    and Juncker": Juncker too)."""
    index = _first_coordinated_person(ctx, span)
    if index is None:
        return None
    first_span = ctx.spans[index]
    found = _title_before(ctx, first_span, sent)
    if found is None or not (ctx.lowers[first_span.start - 1].endswith("s") or ctx.lowers[first_span.start] != found[0]
                             and ctx.lowers[first_span.start].removesuffix("s") == found[0]):
        return None
    return found


def _coordinated_country(ctx: Context, span: Span, sent: Span) -> int | None:
    """The country whose office the first of coordinated titled names holds ("Finland's President
    X and Prime Minister Y": Finland), for the names after it; None when there is none."""
    index = _first_coordinated_person(ctx, span)
    found = _title_before(ctx, ctx.spans[index], sent) if index is not None else None
    if found is None or found[1] < 0 or ctx.candidates[found[1]].kind != "Country":
        return None
    return found[1]


def _first_coordinated_person(ctx: Context, span: Span) -> int | None:
    """The candidate of the first person the name *span* is coordinated with, if it is not that one."""
    first = span.root
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    index = ctx.token_to_candidate.get(first.i)
    if first.i == span.root.i or index is None or ctx.candidates[index].kind != "Person":
        return None
    return index


def _implied_office(ctx: Context, span: Span, sent: Span) -> str:
    """An office named right before the person with no organisation, that needs none in a text
    about one ("Secretary General X"); not a deputy's ("Deputy Secretary General X")."""
    for office, start in _offices_before(ctx, span, sent):
        if office not in ctx.lex["implied_offices"]:
            continue
        if start > sent.start and (ctx.doc[start - 1].lower_ in ctx.lex["deputy_words"]
                                   or start - 1 in ctx.token_to_candidate):
            return ""  # a deputy's office, or one of an organisation the title reading did not take
        return office
    return ""


def _national_office(ctx: Context, span: Span, sent: Span) -> tuple[str, int] | None:
    """ "… France's decision …, which it left under President Charles de Gaulle": a head of
    state or government with no country of their own, in a sentence that names one country only."""
    office = _national(ctx, span, sent)
    if office is not None and (row := ctx.row_name(span.start)) is not None and ctx.candidates[row].kind == "Country" \
            and _own_head(ctx, span):
        return office, row  # "Estonia | President Alar Karis": the row's country
    if office is not None and (label := _country_label(ctx, sent)) is not None and _own_head(ctx, span):
        return office, label  # "Finland: announced by President X and Prime Minister Y": the line's country
    if office is None or any(t.text in _CELL_MARKS for t in sent):
        return None
    # every head of state or government counts, a "Russian President Putin" too: whose is whose is then not said
    holders = [i for i in ctx.in_sentence(sent) if ctx.candidates[i].kind == "Person" and any(
        office in ctx.lex["national_offices"] for office, _ in _offices_before(ctx, ctx.spans[i], sent))]
    named = {ctx.candidates[i].key: i for i in ctx.in_sentence(sent) if ctx.candidates[i].kind == "Country"
             and ctx.candidates[i].key is not None and not _before_an_office(ctx, ctx.spans[i])
             and ctx.spans[i].root.dep_ not in _MODIFIERS and not _possessive(ctx, ctx.spans[i])}
    # ("Russia's invasion", "US envoy": another's)
    if not named and len(holders) == 1 and (own := _own_country_object(ctx, span, sent)) is not None:
        return office, own  # "President Zelenskyy signs Ukraine's application": the one country, the head's own
    if len(holders) == 1 and len(named) == 1 and _thanked_together(ctx, span, ctx.spans[next(iter(named.values()))]):
        return office, next(iter(named.values()))  # "We thank President X and the people of Romania": its head
    governs = _heads_a_government(ctx, span)  # "In Turkey, … the government of Prime Minister X": theirs
    countries = {key: i for key, i in named.items() if governs or not _where_a_thing_is(ctx, ctx.spans[i].root)}
    if not all(ctx.spans[i].root.dep_ in _SUBJECT_DEPS or governs and _scene(ctx, ctx.spans[i]) for i in countries.values()):
        return None  # the country a clause is about ("France left the command under President X"), not one
        # a phrase places or names ("walked across a bridge into France", "attended by Finland")
    # ("the NATO summit in Romania", "a visit to Turkey": where, not whose; but a country still, so that
    # "Bush's visit to Turkey … hostages in Iraq" leaves whose head he is unsaid)
    if len(holders) != 1 or len(countries) != 1 or len(named) != 1:
        return None  # several heads, or several countries: whose is whose is not said
    root = span.root
    if root.dep_ in {"dobj", "dative", "iobj"} and root.head.lemma_.lower() in ctx.lex["addressing_verbs"] \
            and any(e == next(iter(countries.values())) for e, _ in ctx.subjects(root.head)):
        return None  # "Serbia will ask President George W. Bush to …": the country addresses another's head
    return office, next(iter(countries.values()))


def _thanked_together(ctx: Context, holder: Span, country: Span) -> bool:
    """Whether a head of state or government and a country (or its people) are thanked together ("We thank
    President X and the people of Romania", "grateful to the Kingdom of Spain … and to Prime Minister Y"):
    a host's thanks name a country with its own head (lexicon ``thanking_words``, ``people_nouns``)."""
    first, second = _thanked_by(ctx, holder.root), _thanked_by(ctx, country.root)
    return first is not None and first == second


def _thanked_by(ctx: Context, token: Token) -> int | None:
    """The index of the word of thanks *token* is thanked by, through coordination, "to" and "the people of"."""
    if token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.lemma_.lower() in ctx.lex["people_nouns"]:
        token = token.head.head  # "the people of Romania"
    for _ in range(2):  # a name, then the preposition it is the object of ("…, to His Majesty … and to PM Y")
        while token.dep_ == "conj" and token.head.i != token.i:
            token = token.head
        if token.dep_ != "pobj" or token.head.lower_ != "to":
            break
        token = token.head
    words = ctx.lex["thanking_words"]
    if token.dep_ in _SUBJECT_DEPS:
        return None  # ("The people of Lithuania thank President Biden": who thanks, not who is thanked)
    if token.lemma_.lower() in words:
        return token.i  # "We thank the Czech Republic, and President X in particular": parsed as a conjunct of "thank"
    head = token.head
    if head.lemma_.lower() in words:
        return head.i
    if head.lemma_ in ctx.linking:  # "We are grateful to the Kingdom of Spain, to …": the adjective after "are"
        return next((c.i for c in head.children if c.dep_ == "acomp" and c.lemma_.lower() in words), None)
    if token.lower_ == "to":  # "We express our thanks to PM X and the people of Norway": the verb's object
        return next((c.i for c in head.children if c.dep_ == "dobj" and c.lemma_.lower() in words), None)
    return None


def _scene(ctx: Context, span: Span) -> bool:
    """A country its sentence happens in ("In Turkey, …") or that labels its line ("Sweden: …")."""
    root = span.root
    if root.dep_ == "pobj":
        return root.head.lower_ == "in" and root.head.head.pos_ in {"VERB", "AUX"}
    return span.start == span.sent.start and span.end < len(ctx.doc) and ctx.doc[span.end].text == ":"


def _heads_a_government(ctx: Context, span: Span) -> bool:
    """ "the government of Prime Minister X", "President X's government": the name heads a state's
    government (lexicon ``government_heads``), so a country the sentence places things in is theirs."""
    root = span.root
    if root.dep_ == "pobj" and root.head.lower_ == "of":
        return root.head.head.lower_ in ctx.lex["government_heads"]
    return root.dep_ == "poss" and root.head.lower_ in ctx.lex["government_heads"]


def _own_country_object(ctx: Context, span: Span, sent: Span) -> int | None:
    """The country whose thing a head of state or government acts on as the subject of a verb
    ("President X announced Georgia's aim", "… signs Ukraine's application"), when the sentence
    names no other country."""
    root = span.root
    if root.dep_ != "nsubj" or root.head.lemma_.lower() not in ctx.lex["own_country_verbs"]:
        return None  # (not "President Bush welcomed Georgia's application": another's)
    owners = [ctx.token_to_candidate[c.i] for o in root.head.children if o.dep_ == "dobj"
              for c in o.children if c.dep_ == "poss" and c.i in ctx.token_to_candidate]
    countries = {ctx.candidates[i].key for i in ctx.in_sentence(sent) if ctx.candidates[i].kind == "Country"}
    found = [i for i in owners if ctx.candidates[i].kind == "Country"]
    return found[0] if len(found) == 1 and len(countries) == 1 else None


def _where_a_thing_is(ctx: Context, root: Token) -> bool:
    """A country that only places or is the beneficiary of a common noun ("attend the NATO summit in
    Romania", "the accession protocol for Sweden")."""
    return root.dep_ == "pobj" and root.head.head.pos_ == "NOUN" and (
        root.head.lower_ in ctx.lex["place_preps"] or root.head.lower_ in ctx.words["beneficiary_preps"])


def _possessive(ctx: Context, span: Span) -> bool:
    """ "China's growing assertiveness": a possessor, however the parser attached it."""
    return span.end < len(ctx.doc) and ctx.doc[span.end].tag_ == "POS"


def _office_cell(ctx: Context, span: Span) -> tuple[str, int] | None:
    """The national office another cell of a person's row names alone, of the one country a third cell
    names alone ("Mark Rutte | Prime Minister | Netherlands"), when the person is their cell's whole."""
    phrases = ctx.row_phrases(span)
    offices = [o for o in map(_office_text, phrases) if o in ctx.lex["national_offices"]]
    countries = [ctx.token_to_candidate[p.i] for p in phrases if p.i in ctx.token_to_candidate
                 and ctx.candidates[ctx.token_to_candidate[p.i]].kind == "Country"]
    return (offices[0], countries[0]) if len(offices) == 1 and len(set(countries)) == 1 else None


def _own_head(ctx: Context, span: Span) -> bool:
    """Whether a titled name on a country's row or line is no argument of a clause, or its subject, or the
    doer of one of the country's own acts ("announced by President X", "decided by the Government of Prime Minister Y";
    lexicon ``national_act_verbs``), not any head a clause names ("visited by President Biden")."""
    token = span.root
    if token.dep_ == "nsubj" and token.head.pos_ in {"VERB", "AUX"}:
        return True  # "Japan | Prime Minister Fumio Kishida attended the Madrid Summit": the row's own head acts
    while token.head.i != token.i and token.pos_ not in {"VERB", "AUX"}:
        if token.dep_ == "agent" or token.lower_ == "by" and token.dep_ == "prep":
            verb = token.head
            return verb.pos_ in {"VERB", "AUX"} and verb.lemma_.lower() in ctx.lex["national_act_verbs"]
        token = token.head
    return token.pos_ not in {"VERB", "AUX"}


def _country_label(ctx: Context, sent: Span) -> int | None:
    """The country a line opens with as its label, before a colon ("Finland: announced by …")."""
    first = next((t for t in sent if not t.is_space and t.text not in _BULLET_MARKS), None)
    index = ctx.token_to_candidate.get(first.i) if first is not None else None
    if index is None or ctx.candidates[index].kind != "Country":
        return None
    end = ctx.spans[index].end
    return index if end < sent.end and ctx.doc[end].text == ":" else None


def _national(ctx: Context, span: Span, sent: Span) -> str | None:
    """A head of state's or government's office right before the person, not a deputy's
    ("deputy prime minister") nor one whose nationality an adjective gives ("Korean President")."""
    for office, start in _offices_before(ctx, span, sent):
        if office in ctx.lex["national_offices"]:
            before = ctx.doc[start - 1] if start > sent.start else None
            if before is not None and (before.lower_ in ctx.lex["deputy_words"] or before.ent_type_ == "NORP"):
                return None
            return office
    return None


def _owned_office(ctx: Context, span: Span, sent: Span) -> bool:
    """ "Commission President Jean-Claude Juncker": a name right before the office owns it."""
    return any(start - 1 >= sent.start and start - 1 in ctx.token_to_candidate for _, start in _offices_before(ctx, span, sent))


def _names_a_country(ctx: Context, sent: Span) -> bool:
    """Whether *sent* names a country, by its name or a nationality ("Russian President …")."""
    return any(ctx.candidates[i].kind == "Country" for i in ctx.in_sentence(sent)) \
        or any(t.ent_type_ == "NORP" for t in sent)


def _before_an_office(ctx: Context, span: Span) -> bool:
    """ "Serbian President …": the country belongs to the office after it."""
    return span.end < len(ctx.doc) and ctx.doc[span.end].lower_ in {o.split()[0] for o in ctx.lex["titles"]}


def _title_of_before(ctx: Context, span: Span, sent: Span) -> tuple[str, int] | None:
    """ "the President of Georgia Mikhail Saakashvili", "the Prime Minister of Sweden, Ulf
    Kristersson,", "Commander of the Lithuanian Air Force Colonel X": the office and its
    organisation, then the name (a military rank may stand before it)."""
    before = span.start - 1
    if before > sent.start and ctx.doc[before].text == ",":
        root = span.root
        if root.dep_ in {"nsubj", "nsubjpass"} and _offices_of(ctx, root.head):
            return None  # "A was Prime Minister of Denmark, B was Prime Minister of Norway": B's own office
        before -= 1
    while before > sent.start and ctx.lowers[before] in _military_ranks() and before not in ctx.token_to_candidate:
        before -= 1
    org = ctx.token_to_candidate.get(before)
    if org is None or ctx.candidates[org].kind == "Person":
        return None
    of = ctx.spans[org].start - 1
    if of > sent.start and ctx.doc[of].dep_ == "det":
        of -= 1
    if of <= sent.start or ctx.doc[of].lower_ != "of":
        return None
    office, start = next(_offices_ending(ctx, of, sent), ("", 0))  # the longest
    deputy = start > sent.start and ctx.doc[start - 1].lower_ in ctx.lex["deputy_words"]
    return (office, org) if office and not deputy and not serves_an_office(ctx, span.start) else None


def serves_an_office(ctx: Context, end: int) -> bool:
    """A title right before token *end* that is "… of / for / to (the) <national office> …" ("Press
    Secretary of the President of Russia Dmitry Peskov"): the office of an office holder's aide, who heads
    nothing (no other person named in between)."""
    start = max(end - _AIDE_REACH, ctx.doc[end].sent.start) if end < len(ctx.doc) else end
    # "of" after any title; "for" / "to" only after a role noun ("adviser to", not "grateful to")
    preps = [i for i in range(start, end) if ctx.lowers[i] == "of" or (
        i > 0 and ctx.lowers[i] in ctx.words["aide_preps"] and ctx.doc[i - 1].pos_ in ("NOUN", "PROPN"))]
    named = [f"{' '.join(ctx.lowers[i + 1:end])} " for i in preps]
    return any(rest.startswith((f"{office} ", f"the {office} ")) for rest in named for office in ctx.lex["national_offices"]) \
        and not any(i in ctx.token_to_candidate and ctx.candidates[ctx.token_to_candidate[i]].kind == "Person"
                    for i in range(start, end))


def _title_then_of(ctx: Context, span: Span, sent: Span) -> tuple[str, int] | None:
    """ "Prime Minister David Cameron of the United Kingdom": the office before the name, its
    holder's country or organisation after it."""
    for office, _ in _offices_before(ctx, span, sent):
        for prep in (c for c in span.root.children if c.dep_ == "prep" and c.lower_ == "of"):
            found = [e for e, _ in ctx.pobjs(prep) if ctx.candidates[e].kind != "Person"]
            if found and office in ctx.lex["implied_offices"] and ctx.candidates[found[0]].kind == "Country":
                return None  # "Secretary General Willy Claes of Belgium": no country has one; its holder's country
            if found:
                return office, found[0]
    return None


def _owns_unnamed_body(ctx: Context, token: Token, head: Token) -> bool:
    """ "Commander of NATO's southern Air Operations Centre": the office is the unnamed body's,
    which *token* only owns (a possessor or compound of a common noun under the office's "of")."""
    owner = token.head
    while owner.dep_ in {"compound", "nmod"} and owner.head.i != owner.i:  # "the U.S. 6th Fleet"
        owner = owner.head
    if token.dep_ in {"poss", "compound"} and owner.i != head.i and owner.pos_ in {"NOUN", "PROPN"} \
            and owner.i not in ctx.token_to_candidate and owner.dep_ == "pobj" and owner.head.lower_ == "of":
        return True
    # "head of the country's liaison office with NATO": nor what that body's own phrases name
    node = token
    while node.i != head.i and node.head.i != node.i:
        if node.i != token.i and node.pos_ == "NOUN" and node.i not in ctx.token_to_candidate \
                and node.dep_ == "pobj" and node.head.lower_ == "of" and node.head.head.i != node.i:
            return True
        node = node.head
    return False


def _in_clause(token: Token, head: Token) -> bool:
    """ "the first head of the alliance to visit Pakistan": a name in a clause on the office noun is no owner of it."""
    node = token.head
    while node.i != head.i and node.head.i != node.i:
        if node.pos_ in {"VERB", "AUX"}:
            return True
        node = node.head
    return False


def _aide_of(ctx: Context, head: Token, office: str, text: str) -> bool:
    """The phrase is headed by a role that serves the *office* named after it ("spokesperson for
    the Secretary General", "adviser to the President"; lexicon ``aide_preps``)."""
    words = office.split()
    if head.lower_ in words or head.lemma_.lower() in words:
        return False
    before = f" {text} ".split(f" {office} ", 1)[0]
    return any(f" {prep} " in f"{before} " for prep in ctx.words["aide_preps"])


def _title_in(ctx: Context, head: Token) -> tuple[str, int] | None:
    """(title, organisation) named inside the noun phrase headed by *head*, if any."""
    # a conjoined phrase is an office of its own ("the Tajik ambassador … and the head of …")
    joined = {t.i for c in head.children if c.dep_ == "conj" for t in c.subtree}
    # (nor the words of a clause on it: "a Norwegian politician who served as Secretary General of NATO" holds no
    # Norwegian office)
    tokens = [t for t in head.subtree if (t.i not in ctx.token_to_candidate or t.i == head.i) and t.i not in joined
              and (t.i == head.i or t.pos_ not in {"VERB", "AUX"} and not _in_clause(t, head))]
    text = " ".join(t.lemma_.lower() if t.i == head.i and t.tag_ == "NNS" else t.lower_  # "the commanders of"
                    for t in tokens if (not t.is_punct or t.text == "-") and t.dep_ != "det").replace(" - ", "-")
    orgs = [ctx.token_to_candidate[t.i] for t in head.subtree if t.i in ctx.token_to_candidate and t.i not in joined
            and not _owns_unnamed_body(ctx, t, head) and not _in_clause(t, head)]
    orgs = [o for o in orgs if ctx.candidates[o].kind != "Person" and ctx.candidates[o].rule != "name-owner"]
    # "head of the Irish Mission to NATO", "head of Ireland's Mission to NATO": the mission, not its country
    missions = {ctx.spans[o].start for o in orgs if ctx.candidates[o].rule == "national-mission"}
    orgs = [o for o in orgs if not any(0 <= start - ctx.spans[o].end <= 1 for start in missions)]
    # "Commander of NATO's Allied Air Command": the body owned, not its owner
    owned = {ctx.spans[o].root.i for o in orgs}
    orgs = [o for o in orgs if not (ctx.spans[o].root.dep_ == "poss" and ctx.spans[o].root.head.i in owned)] or orgs
    if head.tag_ == "NNS" and len(orgs) > 1:
        return None  # "the commanders of KFOR and SFOR were A and B": whose is whose is not said
    for office in sorted(ctx.lex["titles"], key=len, reverse=True):
        if f" {office} " in f" {text} " and orgs:
            if any(f" {deputy} {office} " in f" {text} " for deputy in ctx.lex["deputy_words"]) or any(
                    f" {deputy}-{office} " in f" {text} " for deputy in (*ctx.lex["deputy_words"],
                                                                         *ctx.lex["hyphen_deputy_words"])):
                return None  # "current deputy prime minister", "UN Under-Secretary-General"
            if any(f" {office} {mark} " in f" {text} " for mark in ("'s", "’s")):
                continue  # "the Secretary General's Special Representative": another's office
            if _aide_of(ctx, head, office, text):
                return None  # "the spokesperson for the Secretary General of NATO": an aide's role
            before = [o for o in orgs if ctx.spans[o].end <= head.i]
            # "the NATO JFC Naples Commander": the body nearest the office word is the one it heads
            return office, before[-1] if len(before) == len(orgs) else orgs[0]
    return None
