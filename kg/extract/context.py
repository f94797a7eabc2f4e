"""What every relation family reads: one parsed paragraph, its mentions, and argument helpers.

A family (see :mod:`kg.extract.families`) is a pure function over a :class:`Context`; the
helpers here find the entities a token denotes (conjuncts, slash composites, proxies such
as "representatives from X", relative pronouns), subjects inherited through ``conj`` /
``xcomp``, the stance of a clause (negation, modality, hedges, reported speech) and the
date that belongs to it. Word lists come from the lexicon, never from literals here.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Iterator
from dataclasses import dataclass
from functools import cached_property
from typing import NamedTuple

import numpy as np
from spacy.attrs import IS_PUNCT, LEMMA, LOWER, ORTH, POS, SENT_START, TAG
from spacy.tokens import Doc, Span, Token

from ..lexicon import load_lexicon
from ..model import NEGATIVE, POSITIVE
from .dates import normalize_date
from .mentions import Candidate, operation_noun

#: what follows the date that opens a chronology's line
_CHRONOLOGY_MARKS = frozenset({":", "–", "—", "-"})

__all__ = ["PLAIN", "Arg", "Context", "RelationCandidate", "Stance", "head_paths"]

SUBJECTS = frozenset({"nsubj", "csubj"})
_INHERIT = frozenset({"conj", "xcomp", "advcl"})
#: (candidate index, True when the entity stands behind a proxy noun or owns an action)
Arg = tuple[int, bool]
#: (polarity, modality, speaker candidate, speaker text)
Stance = tuple[str, str, int | None, str]
#: the stance of a plain statement: positive, no modality, no speaker
PLAIN: Stance = (POSITIVE, "", None, "")
#: a relation end given by the resolver rather than by a mention of this paragraph
TOPIC = -1


def ahead_of_its_clause(token: Token) -> bool:
    """ "In 2002, before its accession to NATO, Latvia …": what a noun under "before" / "prior
    to" names happened after the clause's date, which does not date it."""
    if token.dep_ != "pobj":
        return False
    words = load_lexicon().relations["function_words"]["before_preps"]
    prep = token.head
    return prep.lower_ in words or f"{prep.head.lower_} {prep.lower_}" in words


def own_date(token: Token) -> str:
    """The date in a preposition of *token* itself ("Germany in 1955", "accession … in 2009"), or
    in a relative clause on it ("Spain's integration into the EEC, which occurred on 1 January 1986")."""
    for prep in (c for c in token.children if c.dep_ == "prep"):
        for obj in prep.children:
            if obj.ent_type_ == "DATE":
                return normalize_date(" ".join(t.text for t in obj.subtree))
    pronouns = load_lexicon().relations["function_words"]["relative_pronouns"]
    for clause in (c for c in token.children if c.dep_ == "relcl"):
        if any(c.lower_ in pronouns for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}):
            found = own_date(clause)
            if found:
                return found
    return ""


def _column(doc: Doc, attr: int) -> list[str]:
    """The string of one token attribute for every token of *doc*, by index (each distinct value
    looked up once)."""
    if not len(doc):
        return []
    ids = doc.to_array(attr).tolist()
    strings = doc.vocab.strings
    names = {value: strings[value] for value in set(ids)}
    return [names[value] for value in ids]


def _sentence_starts(doc: Doc) -> list[int]:
    """The first token of each token's sentence, by index (what ``doc[i].sent.start`` gives, which
    walks the tokens back to the sentence start on every call)."""
    if not len(doc):
        return []
    positions = np.arange(len(doc))
    opens = doc.to_array(SENT_START) == 1
    opens[0] = True
    return np.maximum.accumulate(np.where(opens, positions, 0)).tolist()


#: how many words of a header cell name its column ("Participation in KFOR" → participation_in_kfor)
_HEADER_WORDS = 4


def _lines(texts: list[str]) -> Iterator[tuple[int, int]]:
    """The token ranges of a paragraph's lines (split at the whitespace tokens holding a newline)."""
    start = 0
    for i, text in enumerate(texts):
        if "\n" in text:
            yield start, i
            start = i + 1
    yield start, len(texts)


def _header_words(texts: list[str], lemmas: list[str], punct: list[bool], start: int, end: int) -> list[str]:
    """Each cell of a header line as its first words' lemmas, joined by "_"."""
    cells: list[list[str]] = [[]]
    for i in range(start, end):
        if texts[i] == "|":
            cells.append([])
        elif not punct[i] and not texts[i].isspace():
            cells[-1].append(lemmas[i])
    return ["_".join(words[:_HEADER_WORDS]) for words in cells]


class Problem(NamedTuple):
    """A part of a paragraph that could not be read: where (a character offset), what, and why."""

    at: int
    what: str
    reason: str


@dataclass(frozen=True, slots=True)
class RelationCandidate:
    """A relation between candidate indices of one paragraph; offsets index the document.

    An end equal to :data:`TOPIC` is the document's salient entity of a class that fits
    the predicate (a list under the heading "Members:" in a page about NATO).
    """

    subject: int
    predicate: str
    object: int
    rule: str
    verb: str
    sentence_start: int
    sentence_end: int
    polarity: str = POSITIVE
    modality: str = ""
    speaker: int | None = None
    speaker_text: str = ""
    date: str = ""
    #: for a :data:`TOPIC` end, the words that may name it (a list's heading)
    hint: str = ""
    #: the learned model's probability for its decision; a rule's reading takes its rule's confidence
    confidence: float | None = None


def head_paths(a: Token, b: Token, chains: dict[int, list[Token]] | None = None
               ) -> tuple[list[Token], list[Token]] | None:
    """The dependency path between two tokens: (a up to their lowest common ancestor, b up to
    it), both ending at that ancestor; None when they are in different trees. *chains* keeps
    each token's way up to its root between calls (a paragraph's families ask for many pairs)."""
    def chain(token: Token) -> list[Token]:
        if chains is not None and token.i in chains:
            return chains[token.i]
        found = [token]
        while found[-1].head.i != found[-1].i:
            found.append(found[-1].head)
        if chains is not None:
            chains[token.i] = found
        return found

    up_a, up_b = chain(a), chain(b)
    # two ways up the same tree meet and then share the rest up to the root: the ancestor is
    # where their common tail begins
    n_a, n_b = len(up_a), len(up_b)
    if up_a[-1].i != up_b[-1].i:
        return None
    while n_a > 1 and n_b > 1 and up_a[n_a - 2].i == up_b[n_b - 2].i:
        n_a -= 1
        n_b -= 1
    return up_a[:n_a], up_b[:n_b]


class Context:
    """One paragraph's doc and mention candidates, with the helpers families share."""

    def __init__(self, doc: Doc, candidates: list[Candidate], offset: int, heading: str = "") -> None:
        """*heading* is the list heading that ended the previous paragraph, if any."""
        self.doc, self.candidates, self.offset = doc, candidates, offset
        self.lex = load_lexicon().relations
        self.token_to_candidate: dict[int, int] = {}
        self.spans: dict[int, Span] = {}
        #: operation candidate → the lower-case operation noun it names (built when first asked)
        self._operation_nouns: dict[int, Token] | None = None
        #: each token's sentence, by its first token
        self.sentence_start = _sentence_starts(doc)
        for index, cand in enumerate(candidates):
            span = doc.char_span(cand.start - offset, cand.end - offset, alignment_mode="expand")
            if span is not None:
                self.spans[index] = span
                for token in span:
                    self.token_to_candidate[token.i] = index
        #: candidate indices of each sentence (by its first token), in text order: families read
        #: one sentence at a time, so a paragraph of thousands of sentences stays linear
        self._by_sentence: dict[int, list[int]] = {}
        for index, span in sorted(self.spans.items(), key=lambda kv: kv[1].start):
            self._by_sentence.setdefault(self.sentence_start[span.start], []).append(index)
        #: DATE entities of each sentence (Span.ents scans the whole document each time)
        self._dates: dict[int, list[Span]] = {}
        for ent in doc.ents:
            if ent.label_ == "DATE":
                self._dates.setdefault(self.sentence_start[ent.start], []).append(ent)
        self.proxies = set(self.lex["proxy_nouns"])
        #: plural nouns that a colon list can spell out ("countries", "partners", "members")
        self._list_nouns = set(self.lex["colon_list_nouns"])
        self.actions = set(self.lex["action_nouns"])
        self.linking = set(self.lex["linking_verbs"])
        self.hedges: dict[str, str] = self.lex["hedges"]
        #: function words the families read (lexicon: function_words)
        self.words: dict[str, list[str]] = self.lex["function_words"]
        #: the property each fixed family states (lexicon: family_predicates)
        self.states: dict[str, str] = self.lex["family_predicates"]
        #: tokens whose entities are being read (guards the mutual calls of the argument readers)
        self._resolving: set[int] = set()
        #: pairs of candidates some family has related already (later families skip them), and
        #: the same pairs as entities, for the other mentions of their ends (see :meth:`relate`)
        self.related: set[frozenset[int]] = set()
        self.related_entities: set[frozenset[str]] = set()
        #: one line per sentence whose relations could not be read (see ``run_families``)
        self.problems: list[Problem] = []
        #: each token's way up to its sentence root, by token index (see :func:`head_paths`)
        self.chains: dict[int, list[Token]] = {}
        #: what the argument and clause readers found, asked again by later families (see :meth:`entities`)
        self._entities_of: dict[int, list[Arg]] = {}
        self._stances: dict[tuple[int, int], Stance] = {}
        self._dates_of: dict[tuple[int, int], str] = {}
        self._relational_words: dict[int, str | None] = {}
        #: each sentence's text, by its first token
        self._sentence_texts: dict[int, str] = {}
        #: content words of each sentence, by its first token (features of the learned pair model)
        self.sentence_words: dict[int, dict[str, float]] = {}
        #: the header of the table in force: per column, (predicate, whole candidate or TOPIC) or None
        self.table: list[tuple[str, int] | None] | None = None
        #: its linking columns ("City", "Host nation"): per column, (predicate, reversed, verb, every entity
        #: of a cell) or None
        self.table_links: list[tuple[str, bool, str, bool] | None] | None = None
        #: the list heading in force: (predicate, heading phrase, whole candidate or TOPIC, heading text)
        self.heading: tuple[str, str, int, str] | None = None
        #: a heading right above it with no item read under it yet ("The founding members"), and whether one was
        self.outer_heading: tuple[str, str, int, str] | None = None
        self.heading_read = False
        #: the heading is a sentence announcing a list ("Here are the main contributors:"): only
        #: lines that open with a name and give a figure are its items
        self.heading_records = False
        if heading:
            from .families.lists import heading_of

            found = heading_of(heading, self.lex["list_headings"])
            if found is not None:
                self.heading = (found[0], found[1], TOPIC, heading)

    @cached_property
    def texts(self) -> list[str]:
        """Each token's text, by index: a family looking for a word in a sentence reads these
        rather than make a Token of every word (as iterating the sentence does)."""
        return _column(self.doc, ORTH)

    @cached_property
    def lowers(self) -> list[str]:
        """Each token's ``lower_``, by index."""
        return _column(self.doc, LOWER)

    @cached_property
    def lemmas(self) -> list[str]:
        """Each token's ``lemma_.lower()``, by index."""
        return [lemma.lower() for lemma in _column(self.doc, LEMMA)]

    @cached_property
    def pos(self) -> list[str]:
        """Each token's ``pos_``, by index."""
        return _column(self.doc, POS)

    @cached_property
    def tags(self) -> list[str]:
        """Each token's ``tag_``, by index."""
        return _column(self.doc, TAG)

    @cached_property
    def punct(self) -> list[bool]:
        """Each token's ``is_punct``, by index."""
        return [bool(flag) for flag in self.doc.to_array(IS_PUNCT).tolist()] if len(self.doc) else []

    @cached_property
    def table_cells(self) -> list[tuple[int, str] | None]:
        """Each token's table cell, by index: (column number, the header's words over that
        column), or None outside table rows. A table is a block of lines holding "|"; its first
        line is the header ("Country | Joined | Notes"), whose own tokens are in no cell."""
        cells: list[tuple[int, str] | None] = [None] * len(self.doc)
        header: list[str] | None = None
        for start, end in _lines(self.texts):
            if "|" not in self.texts[start:end]:
                header = None
                continue
            if header is None:
                header = _header_words(self.texts, self.lemmas, self.punct, start, end)
                continue
            column = 0
            for i in range(start, end):
                if self.texts[i] == "|":
                    column += 1
                else:
                    cells[i] = (column, header[column] if column < len(header) else "?")
        return cells

    def find(self, sent: Span, column: list[str], words: Collection[str]) -> list[Token]:
        """The tokens of *sent* whose value in *column* (:attr:`texts`, :attr:`lowers`, ...) is one of *words*."""
        if not isinstance(words, (set, frozenset)):
            words = frozenset(words)
        start = sent.start
        return [self.doc[start + n] for n, value in enumerate(column[start:sent.end]) if value in words]

    def sentence_text(self, sent: Span) -> str:
        """``sent.text``, joined once per sentence however many families ask."""
        text = self._sentence_texts.get(sent.start)
        if text is None:
            text = self._sentence_texts[sent.start] = sent.text
        return text

    def in_sentence(self, sent: Span) -> list[int]:
        """Indices of the candidates whose span starts in *sent*, in text order."""
        return self._by_sentence.get(sent.start, [])

    def within(self, sent: Span, start: int, end: int) -> list[int]:
        """Candidates of *sent* whose span lies within tokens [start, end)."""
        return [i for i in self.in_sentence(sent) if start <= self.spans[i].start and self.spans[i].end <= end]

    # -- arguments ----------------------------------------------------------------------
    def entities(self, token: Token) -> list[Arg]:
        """Candidates denoted by *token* and its conjuncts; True marks a proxy ("representatives from X")."""
        if token.i in self._resolving:  # a list marker can lead back to the noun being read
            return []
        # a reading started outside any other is the same whenever asked (families ask again for the
        # same words); one inside another may be cut short by the guard above, so it is not kept
        outermost = not self._resolving
        if outermost and token.i in self._entities_of:
            return list(self._entities_of[token.i])
        self._resolving.add(token.i)
        try:
            found = self._entities(token)
        finally:
            self._resolving.discard(token.i)
        if outermost:
            self._entities_of[token.i] = list(found)
        return found

    def _entities(self, token: Token) -> list[Arg]:
        found: list[Arg] = []
        if token.lower_ in self.words["relative_pronouns"] and token.head.dep_ == "relcl":
            return self.antecedent(token.head.head)
        for item in self._coordinated(token):
            group = item.i in self.token_to_candidate \
                and self.candidates[self.token_to_candidate[item.i]].rule == "reference-group"
            named = (self.appositive(item) or self.examples(item) or self.colon_listed(item)) if group else []
            if named:  # "eighteen countries …, among them Russia and Sweden": the named ones
                found.extend(named)
            elif item.i in self.token_to_candidate:
                found.append((self.token_to_candidate[item.i], False))
                found.extend((i, False) for i in self.composite(item))
                found.extend((i, False) for i in self._listed_apposition(item))
            elif item.lemma_.lower() in self.actions:
                found.extend((self.token_to_candidate[m.i], True) for m in item.children
                             if m.dep_ in {"compound", "poss", "amod"} and m.i in self.token_to_candidate)
            elif item.lemma_.lower() in self.proxies:
                for prep in item.children:
                    if prep.dep_ == "prep" and prep.lower_ in self.words["proxy_preps"]:
                        for pobj in prep.children:
                            if pobj.dep_ == "pobj":
                                found.extend((i, True) for i, _ in self.entities(pobj))
                for mod in item.children:
                    if mod.dep_ in {"compound", "amod", "poss"} and mod.i in self.token_to_candidate:
                        found.append((self.token_to_candidate[mod.i], True))
            else:
                found.extend(self.appositive(item) or self.examples(item) or self._named_by_modifier(item)
                             or self.colon_listed(item) or self._named_place(item) or self._meeting_of(item)
                             or self._operation_named(item))
        return list(dict.fromkeys(found))

    def _meeting_of(self, noun: Token) -> list[Arg]:
        """ "took part in the first meeting of the NATO-Ukraine Commission": the body that met."""
        if noun.lemma_.lower() not in self.lex["meeting_heads"] or noun.dep_ != "pobj":
            return []
        return [(i, False) for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"
                for c in p.children if c.dep_ == "pobj" and c.i in self.token_to_candidate
                for i in (self.token_to_candidate[c.i],) if self.candidates[i].kind in self.lex["meeting_bodies"]]

    def _coordinated(self, token: Token) -> list[Token]:
        """*token* and its conjuncts, also those the parser hung on a word inside a name ("the
        Republic of Korea, Mongolia and Pakistan": the list goes on from "Korea")."""
        items = [token, *token.conjuncts]
        seen = {t.i for t in items}
        for item in items:
            index = self.token_to_candidate.get(item.i)
            if index is None:
                continue
            for listed in self._list_apposition(item, index):  # "Georgia, the Republic of Moldova, Ukraine …"
                for other in (listed, *self._countries(listed.conjuncts)):  # the list goes on from the apposition
                    if other.i not in seen:
                        seen.add(other.i)
                        items.append(other)
            span = self.spans[index]
            if len(span) == 1:
                continue
            for inner in span:
                for other in inner.conjuncts:
                    if other.i not in seen and other.i >= span.end and not other.is_ancestor(token):
                        seen.add(other.i)
                        items.append(other)
        tail = self._list_tail(items)
        while tail is not None and tail.i not in seen:  # "(Finland, Australia, Georgia, Sweden)"
            seen.add(tail.i)
            items.append(tail)
            tail = self._list_tail(items)
        return items

    def _list_tail(self, items: list[Token]) -> Token | None:
        """The country after a comma that ends a list of countries with no "and", which the parser
        hangs on an item as a modifier ("(Finland, Australia, Georgia, Sweden)": Sweden/npadvmod)."""
        last = self.token_to_candidate.get(max(items, key=lambda t: t.i).i)
        if last is None or self.candidates[last].kind != "Country":
            return None
        end = self.spans[last].end
        following = self.token_to_candidate.get(end + 1)
        if end + 1 >= len(self.doc) or self.doc[end].text != "," or following is None \
                or self.spans[following].start != end + 1 or self.candidates[following].kind != "Country":
            return None
        root = self.spans[following].root
        listed = {t.i for t in items}
        return root if root.dep_ in {"npadvmod", "appos", "dep"} and root.head.i in listed else None

    def _countries(self, tokens: Iterable[Token]) -> list[Token]:
        return [t for t in tokens if t.i in self.token_to_candidate
                and self.candidates[self.token_to_candidate[t.i]].kind == "Country"]

    def _list_apposition(self, item: Token, index: int) -> list[Token]:
        """A name of the same class in apposition after a comma (and a determiner) that the list
        goes on from ("Georgia, the Republic of Moldova, Ukraine and Armenia")."""
        found = []
        for child in (c for c in item.children if c.dep_ == "appos" and c.i in self.token_to_candidate):
            other = self.token_to_candidate[child.i]
            span = self.spans[other]
            if span.start < 2:
                continue
            before = span.start - 1 - (self.doc[span.start - 1].dep_ == "det")
            goes_on = any(c.i >= span.end for t in span for c in t.conjuncts)
            # countries only: "Norfolk, Virginia, United States" is an address, not a list
            if self.doc[before].text == "," and goes_on and self.candidates[other].kind == "Country" \
                    and self.candidates[index].kind == "Country":
                found.append(child)
        if self.candidates[index].kind == "Person":
            found += self._titled_persons(item)
        return found

    def _titled_persons(self, item: Token) -> list[Token]:
        """ "Stephen Harper, US president Barack Obama and German chancellor Angela Merkel": a list of
        persons each after a title, which the parser hangs on the first as appositions of the titles."""
        found = []
        for title in (c for c in item.children if c.dep_ == "appos" and c.i not in self.token_to_candidate
                      and c.pos_ == "NOUN" and c.left_edge.i > 0 and self.doc[c.left_edge.i - 1].text == ","):
            for name in (c for c in title.children if c.dep_ == "appos" and c.i in self.token_to_candidate):
                other = self.token_to_candidate[name.i]
                if self.candidates[other].kind == "Person" and any(
                        c.i >= self.spans[other].end for t in self.spans[other] for c in t.conjuncts):
                    found.append(name)
        return found

    def _listed_apposition(self, item: Token) -> list[int]:
        """ "(Finland, Australia, Georgia, Sweden)": the last name of a list without "and", which
        the parser hangs on a conjunct as an apposition (a name of the same class after a comma)."""
        own = self.candidates[self.token_to_candidate[item.i]]
        if not item.conjuncts:
            return []
        return [self.token_to_candidate[c.i] for c in item.children if c.dep_ == "appos" and c.i in self.token_to_candidate
                and self.doc[c.i - 1].text == "," and self.candidates[self.token_to_candidate[c.i]].kind == own.kind]

    def _named_place(self, noun: Token) -> list[Arg]:
        """ "the French city of Strasbourg": the place a place-type noun names with "of"."""
        if noun.lemma_.lower() not in self.words["place_type_nouns"]:
            return []
        return [(i, False) for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"
                for c in p.children if c.dep_ == "pobj" and c.i in self.token_to_candidate
                for i in (self.token_to_candidate[c.i],) if self.candidates[i].kind in {"Place", "Country"}]

    def _named_by_modifier(self, noun: Token) -> list[Arg]:
        """A common noun named by the name before it: "the Resolute Support mission" (an operation),
        "NATO's Mediterranean Dialogue (MD) group", "the ICI framework" (a framework)."""
        lemma = noun.lemma_.lower()
        kinds = {"Event"} if lemma in self.lex["operation_nouns"] else \
            set(self.lex["framework_noun_kinds"]) if lemma in self.lex["framework_nouns"] else set()
        named = [self.token_to_candidate[c.i] for c in noun.children if c.dep_ in {"compound", "nmod"}
                 and c.i in self.token_to_candidate and c.i < noun.i]
        one_each = {self.candidates[i].key or self.candidates[i].name: i for i in reversed(named)}  # "Dialogue (MD)"
        return [(i, False) for i in sorted(one_each.values()) if self.candidates[i].kind in kinds]

    def relational_word(self, noun: Token) -> str | None:
        """The relational word of a noun phrase: the noun itself or a compound before it
        ("member state", "partner country", "founding member")."""
        if noun.i not in self._relational_words:
            self._relational_words[noun.i] = self._relational_word(noun)
        return self._relational_words[noun.i]

    def _relational_word(self, noun: Token) -> str | None:
        lemmas, lowers = self.lemmas, self.lowers
        modifiers = list(dict.fromkeys(w for c in noun.children if c.dep_ in {"compound", "amod"}
                                       for w in (lemmas[c.i], lowers[c.i])))  # "participating", not "participate"
        lemma = lemmas[noun.i]
        # "framework nation", "contributing country": the two words together first
        for word in (*(f"{m} {lemma}" for m in modifiers), lemma, *modifiers):
            if word in self.lex["nouns"]:
                return word
        return None

    def examples(self, token: Token) -> list[Arg]:
        """A common noun stands for the examples it introduces: "operations including KFOR",
        "partners such as Austria and Ireland have sent soldiers"."""
        if token.pos_ != "NOUN":
            return []
        found = [e for p in token.children if p.dep_ == "prep" and self.introduces_examples(p)
                 for c in p.children if c.dep_ == "pobj" for e in [*self.entities(c), *self._semicolon_items(c)]]
        if not found and token.tag_ == "NNS":
            # "countries with a neutral status, such as Switzerland and Austria": on a noun of its phrase
            found = [e for p in token.subtree if p.dep_ == "prep" and p.head.i != token.i and p.head.pos_ == "NOUN"
                     and p.head.head.head.i == token.i and self.introduces_examples(p)
                     and self.doc[p.left_edge.i - 1].text == ","  # set off from the phrase's own noun
                     for c in p.children if c.dep_ == "pobj" for e in self.entities(c)]
        if not found and token.dep_ in SUBJECTS and token.tag_ == "NNS":
            found = self._among_them(token.head)
        return found or self.listed_after(token)

    def _semicolon_items(self, first: Token) -> list[Arg]:
        """The names that open the parts of a list set off by semicolons after *first* ("including SFOR
        in Bosnia; the KFOR mission in Kosovo; and Operation Unified Protector"), of *first*'s class."""
        index = self.token_to_candidate.get(first.i)
        end = first.sent.end
        at = first.right_edge.i + 1
        if index is None or at >= end or self.doc[at].text != ";":
            return []
        kind, found = self.candidates[index].kind, []
        while at < end and self.doc[at].text == ";":
            start = at + 1
            while start < end and self.doc[start].lower_ in self.words["list_item_openers"]:
                start += 1
            item = self.token_to_candidate.get(start)
            if item is None or self.candidates[item].kind != kind or self.spans[item].start != start:
                break
            found.append((item, False))
            at = next((t.i for t in self.doc[start:end] if t.text == ";"), end)
        return found

    def listed_after(self, token: Token) -> list[Arg]:
        """ "the partners, among them Australia and Georgia, …", "partners (they regard as
        exposed), namely Georgia and Moldova": names a plural noun's phrase lists after a marker."""
        if token.tag_ != "NNS":
            return []
        for at in range(token.i + 1, min(max(token.right_edge.i, token.i + 2) + 2, len(self.doc) - 1)):
            word = self.doc[at]
            if word.lower_ in self.lex["partitive_preps"] and self.doc[at + 1].pos_ == "PRON":
                at += 2
            elif word.lower_ in self.words["example_adverbs"]:
                at += 1
            else:
                continue
            return self._named_from(at)
        return []

    def colon_listed(self, token: Token) -> list[Arg]:
        """ "Three partner countries have declared their aspirations to membership: Bosnia and
        Herzegovina, Georgia and Ukraine": a plural group noun of the clause before a colon
        stands for the names the colon lists, when nothing but names follows the colon."""
        if token.tag_ != "NNS" or token.dep_ not in SUBJECTS | {"nsubjpass"} or token.lemma_.lower() not in self._list_nouns:
            return []
        sent = token.sent
        colon = next((t for t in self.doc[token.i + 1:sent.end] if t.text == ":"), None)
        if colon is None or colon.i >= sent.end - 1 or any(
                t.lemma_.lower() in self._list_nouns and t.tag_ == "NNS" for t in self.doc[sent.start:token.i]):
            return []
        tail = self.doc[colon.i + 1:sent.end]
        if any(t.i not in self.token_to_candidate and not (t.is_punct or t.pos_ in {"CCONJ", "DET"})
               for t in tail):
            return []
        named = list(dict.fromkeys(self.token_to_candidate[t.i] for t in tail if t.i in self.token_to_candidate))
        if len(named) < 2 or any(self.candidates[i].kind not in {"Country", "InternationalOrganization"}
                                 for i in named):
            return []
        return [(i, False) for i in named]

    def _named_from(self, at: int) -> list[Arg]:
        """The entities named first after the punctuation at *at* (a list after its marker)."""
        while at < len(self.doc) and self.doc[at].is_punct:
            at += 1
        return self.entities(self.doc[at]) if at in self.token_to_candidate else []

    def _among_them(self, verb: Token) -> list[Arg]:
        """ "Eighteen countries contributed, among them Russia, Ukraine and Sweden": the names
        after "among them" in the clause (parsed in several ways) are the subject's examples."""
        for them in verb.subtree:
            if them.pos_ == "PRON" and them.i > 0 and self.doc[them.i - 1].lower_ in self.lex["partitive_preps"]:
                found = self._named_from(them.i + 1)
                if found:
                    return found
        return []

    def introduces_examples(self, prep: Token) -> bool:
        """ "partners such as Austria", "members including Norway", "allies like Poland"."""
        return prep.lower_ in self.lex["inclusion_preps"] or prep.lower_ == "as" and (
            any(c.lower_ == "such" for c in prep.children)  # "partners such as Austria"
            or any(c.lower_ == "such" and c.i < prep.i for c in prep.head.children))  # "such partners as Austria"

    def appositive(self, token: Token) -> list[Arg]:
        """A common noun with an entity in apposition or as its compound head-mate stands for it
        ("the country, Finland, …"; "the alliance NATO")."""
        found = [e for c in token.children if c.dep_ == "appos" and c.i in self.token_to_candidate
                 for e in self.entities(c)]
        return found or self.listed_in_region(token)

    def listed_in_region(self, noun: Token) -> list[Arg]:
        """ "its partner countries in Central Asia — Kazakhstan, Kyrgyzstan, …": the list the parser
        hangs on the region a plural noun is in (countries after a dash or colon)."""
        if noun.tag_ != "NNS":
            return []
        found: list[Arg] = []
        for region in (e for p in noun.children if p.dep_ == "prep" and p.lower_ == "in" for e in self.pobjs(p)
                       if self.candidates[e[0]].kind == "Place"):
            root = self.spans[region[0]].root
            for first in (c for c in root.children if c.dep_ in {"appos", "conj"} and c.i in self.token_to_candidate
                          and self.doc[c.left_edge.i - 1].text in _CHRONOLOGY_MARKS):
                listed = dict.fromkeys(self.token_to_candidate[t.i] for t in first.subtree if t.i in self.token_to_candidate)
                found += [(i, False) for i in listed if self.candidates[i].kind == "Country"]
        return found

    def composite(self, token: Token) -> list[int]:
        """Other entities joined to *token*'s by a slash: "EAPC/PfP" names both."""
        own = self.token_to_candidate[token.i]
        found = []
        for child in token.children:
            if child.dep_ in {"compound", "appos", "conj"} and child.i in self.token_to_candidate:
                other = self.token_to_candidate[child.i]
                between = self.doc[min(child.i, token.i) + 1:max(child.i, token.i)]
                if other != own and any(t.text == "/" for t in between):
                    found.append(other)
        return found

    def antecedent(self, noun: Token) -> list[Arg]:
        """What a relative pronoun stands for: the noun it modifies, or the subject that noun
        describes ("NATO is an organization that connects ...")."""
        found = self.entities(noun) if noun.lower_ not in self.words["relative_pronouns"] else []
        if noun.dep_ == "attr" and noun.head.lemma_ in self.linking and noun.i not in self.token_to_candidate:
            # "The ICI is a NATO initiative that was launched in 2004": the initiative, not its owner
            found = self.subjects(noun.head) or found
        return found

    def region(self, noun: Token) -> list[Arg]:
        """The place a group noun is in: "NATO's partners in Western Europe", "countries in Europe"."""
        return [e for p in noun.children if p.dep_ == "prep" and p.lower_ == "in" for e in self.pobjs(p)
                if self.candidates[e[0]].kind == "Place"]

    def sources(self, noun: Token) -> list[Arg]:
        """Where what *noun* names comes from: "contributions from Spain", "soldiers from Italy"."""
        return [e for p in noun.children if p.dep_ == "prep" and p.lower_ in self.lex["source_preps"]
                for e in self.pobjs(p)]

    def _operation_named(self, noun: Token) -> list[Arg]:
        """The operation a lower-case operation noun is named as ("assist the AU mission in Somalia (AMISOM)")."""
        named = {n.i: index for index, n in reversed(self._named_operations().items())}
        return [(named[noun.i], False)] if noun.i in named else []

    def named_operation(self, index: int) -> Token | None:
        """The common operation noun the operation candidate *index* names: its apposition, or the
        noun the name is bracketed after or followed by ("the AU mission in Somalia (AMISOM)")."""
        return self._named_operations().get(index)

    def _named_operations(self) -> dict[int, Token]:
        """Operation candidate → the lower-case operation noun it names, found once per paragraph."""
        if self._operation_nouns is None:
            self._operation_nouns = {}
            for index, span in self.spans.items():
                if self.candidates[index].kind != "Event":
                    continue
                root = span.root
                if root.dep_ == "appos" and root.head.i not in self.token_to_candidate and root.head.is_lower \
                        and root.head.lemma_.lower() in self.lex["operation_nouns"]:
                    noun: Token | None = root.head
                else:
                    noun = operation_noun(span, load_lexicon())
                # (a capitalised one is a word of a name the model split: "African Union Mission in Somalia")
                if noun is not None and noun.i not in self.token_to_candidate and noun.is_lower:
                    self._operation_nouns[index] = noun
        return self._operation_nouns

    def owners(self, noun: Token) -> list[Arg]:
        """Entities owning *noun*: "NATO's partnerships", "NATO partnerships", "NATO-based fora"."""
        found = [e for c in noun.children if c.dep_ in {"poss", "compound"} for e in self.entities(c)]
        for mod in noun.children:
            if mod.dep_ == "amod" and mod.lower_ in self.lex["owner_participles"]:
                found += [e for c in mod.children if c.dep_ in {"npadvmod", "compound"} for e in self.entities(c)]
        return found

    def subjects(self, verb: Token) -> list[Arg]:
        """Subject entities of *verb*, inherited from the governing verb through conj/xcomp/advcl,
        or the owner of the noun an infinitive complements ("Finland's decision to join")."""
        shared = SUBJECTS
        fronted = self._fronted_subject(verb)
        if fronted:
            return fronted
        for _ in range(4):
            subj = [c for c in verb.children if c.dep_ in shared] or self._misparsed_subject(verb)
            if subj:
                return [e for s in subj for e in self.entities(s)]
            # "X was launched in 1994 and now includes …": a coordinated verb shares even a passive subject
            # and so does a participle after it ("X was set up in 2023, replacing Y")
            shared = SUBJECTS | {"nsubjpass"} if verb.dep_ == "conj" or verb.tag_ == "VBG" and verb.dep_ == "advcl" \
                or verb.dep_ in {"advcl", "xcomp"} and verb.head.lemma_.lower() in self.lex["growth_verbs"] \
                or verb.dep_ == "xcomp" and verb.head.lemma_.lower() in self.lex["object_control_verbs"] \
                else SUBJECTS  # and what grew to include ("NATO was enlarged to include Greece"), and
            # the one a passive control verb names ("Romania was invited to join NATO")
            if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in self.lex["object_control_verbs"]:
                # "NATO invited Finland to join": the one invited joins
                objects = [c for c in verb.head.children if c.dep_ == "dobj"]
                if objects:
                    return [e for o in objects for e in self.entities(o)]
            if verb.dep_ in _INHERIT and verb.head.i != verb.i and verb.head.pos_ in {"VERB", "AUX"}:
                verb = verb.head
                continue
            if verb.dep_ == "pcomp" and verb.head.dep_ == "prep" and verb.head.lower_ in self.words["gerund_preps"] \
                    and verb.head.head.pos_ in {"VERB", "AUX"}:
                verb = verb.head.head  # "Since joining the Dialogue in 1994, Morocco has become …"
                continue
            if verb.dep_ == "acl" and verb.head.pos_ in {"NOUN", "PROPN"}:
                owners = self.owners(verb.head)
                if not owners and verb.head.dep_ == "dobj" and verb.head.head.pos_ in {"VERB", "AUX"}:
                    return self.subjects(verb.head.head)  # "Sweden has no plans to join NATO"
                return owners
            return []
        return []

    def _fronted_subject(self, verb: Token) -> list[Arg]:
        """A subject the parser joined to a fronted phrase as its conjunct ("On 9 July, at the Madrid
        Summit, Allied leaders and President Kuchma sign the Charter"): the names after the comma."""
        if verb.dep_ != "ROOT" or verb.pos_ != "VERB" or any(c.dep_ in SUBJECTS | {"nsubjpass", "aux", "auxpass"}
                                                            for c in verb.children):
            return []
        for prep in (c for c in verb.children if c.dep_ == "prep" and c.i < verb.i):
            for pobj in (c for c in prep.children if c.dep_ == "pobj"):
                for conj in (c for c in pobj.children if c.dep_ == "conj" and c.i < verb.i):
                    comma = conj.left_edge.i - 1
                    if self.doc[comma].text == "," and self.doc[comma - 1].i >= pobj.i:
                        return [e for e in self.entities(conj) if e[0] in self.spans and self.spans[e[0]].start > comma]
        return []

    def _misparsed_subject(self, verb: Token) -> list[Token]:
        """An entity the parser hung on a finite verb as a compound ("Armenia/compound participates"):
        it is the subject when the verb has none."""
        if verb.tag_ not in {"VBZ", "VBD", "VBP"}:
            return []
        return [c for c in verb.lefts if c.dep_ in {"compound", "npadvmod", "nmod"} and c.i in self.token_to_candidate]

    def place_of_object(self, predicate: str | None, verb: Token) -> bool:
        """A place the verb's object has, not its subject: "NATO opened an office in Kyiv"."""
        return predicate in self.lex["place_predicates"] and any(c.dep_ == "dobj" for c in verb.children)

    def pobjs(self, prep: Token) -> list[Arg]:
        """The entities of *prep*'s object, and of the same preposition coordinated with it or with
        another preposition of its head, or with its head itself ("took part in KFOR and in ISAF",
        "served with SFOR in Bosnia and with ISAF")."""
        preps = [prep]
        if prep.dep_ != "conj":
            preps += [c for sibling in prep.head.children if sibling.dep_ == "prep"
                      for c in sibling.conjuncts if c.dep_ == "conj" and c.lower_ == prep.lower_ and c.i > prep.i]
            # "served in KFOR and in ISAF" parsed with the second "in" conjoined to the verb
            preps += [c for c in prep.head.children if c.dep_ == "conj" and c.pos_ == "ADP"
                      and c.lower_ == prep.lower_ and c.i > prep.i]
        return [e for p in preps for c in p.children if c.dep_ == "pobj" for e in self.entities(c)]

    @staticmethod
    def governor(token: Token) -> Token:
        """The nearest verb at or above *token* (the token itself when there is none)."""
        node = token
        while node.pos_ not in {"VERB", "AUX"} and node.head.i != node.i:
            node = node.head
        return node if node.pos_ in {"VERB", "AUX"} else token

    # -- stance -------------------------------------------------------------------------
    def hedge(self, token: Token, hedges: dict[str, str] | None = None) -> str:
        """A hedge over *token*: a wish, plan, application or doubt in a word that governs it
        ("applied to join", "the idea of Sweden joining … seemed unlikely", "aspiring members");
        *hedges* replaces the lexicon's general ones."""
        hedges = self.hedges if hedges is None else hedges
        for child in token.children:
            if child.dep_ in {"amod", "compound"} and child.lower_ in hedges:
                return hedges[child.lower_]
        node = token
        while node.head.i != node.i:
            if node.dep_ == "advcl" and any(c.dep_ in {"mark", "advmod"} and c.lower_ in self.words["time_marks"]
                                            for c in node.children):
                break  # "When Estonia joined …, Bush prepared for further enlargement": not hedged by the main clause
            node = node.head
            word = next((w for w in (node.lemma_.lower(), node.lower_) if w in hedges), None)
            if word is not None and node.pos_ in {"VERB", "NOUN", "ADJ"}:
                return hedges[word]
            if node.pos_ in {"VERB", "AUX"}:
                for child in node.children:
                    if child.dep_ in {"acomp", "attr", "oprd"} and child.lower_ in hedges:
                        return hedges[child.lower_]
                if node.dep_ not in {"xcomp", "ccomp", "csubj", "acl", "pcomp", "advcl"} and node.lemma_ not in self.linking:
                    break
        return ""

    def stance(self, verb: Token, sent: Span) -> Stance:
        """(polarity, modality, speaker candidate, speaker text) of the clause headed by *verb*."""
        if self._resolving:  # (the speaker's entities, read inside another reading: see :meth:`entities`)
            return self._stance(verb, sent)
        key = (verb.i, sent.start)
        if key not in self._stances:
            self._stances[key] = self._stance(verb, sent)
        return self._stances[key]

    def _stance(self, verb: Token, sent: Span) -> Stance:
        heads = [verb, *(c for c in verb.children if c.dep_ in {"aux", "auxpass"})]
        control = verb
        while control.dep_ == "xcomp" and control.head.i != control.i:  # "X was not invited to join"
            control = control.head
            heads += [control, *(c for c in control.children if c.dep_ in {"aux", "auxpass"})]
        if verb.dep_ in {"advcl", "acl", "relcl"} and verb.head.pos_ == "NOUN" and any(
                c.dep_ == "det" and c.lower_ in self.words["negating_determiners"] for c in verb.head.children):
            heads.append(verb.head)  # "there was no timetable for Lithuania to join": none stated
        negated = any(c.dep_ == "neg" or c.dep_ == "det" and c.lower_ in self.words["negating_determiners"]
                      and h.pos_ == "NOUN" for h in heads for c in h.children) or any(
            g.lower_ in self.words["negating_coordinators"] and g.dep_ in {"preconj", "cc"}  # "is neither a member of …"
            for c in verb.children if c.dep_ in {"attr", "dobj", "acomp"} for g in c.children)
        modals = [c.lemma_.lower() for c in verb.children
                  if c.dep_ in {"aux", "auxpass"} and c.lemma_.lower() in self.lex["modals"]]
        modality = modals[0] if modals else self.hedge(verb)
        if not modality and self.sentence_text(sent).rstrip().endswith("?"):
            modality = "question"
        speaker, speaker_text = None, ""
        node = verb
        while node.dep_ in {"ccomp", "conj", "parataxis", "xcomp"} and node.head.i != node.i:
            node = node.head
            if node.lemma_.lower() in self.lex["reporting_verbs"]:
                subj = [c for c in node.children if c.dep_ in SUBJECTS]
                if subj:
                    ents = self.entities(subj[0])
                    speaker = ents[0][0] if ents else None
                    speaker_text = " ".join(t.text for t in subj[0].subtree)
                else:
                    speaker_text = "unknown"
                break
        return (NEGATIVE if negated else POSITIVE), modality, speaker, speaker_text

    def date(self, verb: Token, sent: Span) -> str:
        """The date that belongs to *verb*'s clause: a DATE reached from the verb through
        prepositions, temporal modifiers or the verb's own arguments, never through another
        clause or event noun ("following Russia's 2022 invasion" does not date "joined")."""
        key = (verb.i, sent.start)
        if key not in self._dates_of:
            self._dates_of[key] = self._date(verb, sent)
        return self._dates_of[key]

    def _date(self, verb: Token, sent: Span) -> str:
        dates = self._dates.get(sent.start, ())
        for span in dates:
            if self._reaches(span.root, verb) or (  # "not until 1999, when Poland joined"
                    verb.dep_ in {"relcl", "advcl"} and span.start <= verb.head.i < span.end):
                found = normalize_date(span.text)
                if found:
                    # "12 March 1999 - … accede": the parser gave the day to the verb; the line's whole date
                    stamp = self.opening_date(sent) if span.start - sent.start < 6 else ""
                    return stamp if len(stamp) > len(found) and stamp.startswith(found) else found
        opening = [*dates, *(self.doc[t.i:t.i + 1] for t in sent[:3] if t.shape_ == "dddd")]
        leading = next((d for d in opening if not any(t.is_alpha for t in self.doc[sent.start:d.start])), None)
        if leading is not None and leading.end < sent.end and self.doc[leading.end].text in _CHRONOLOGY_MARKS:
            return normalize_date(leading.text)  # a chronology's line: "- 2014: Georgia is named …"
        stamp = self.opening_date(sent)
        if stamp:
            return stamp  # "1 April 2009 - Albania and Croatia join", a day the model's NER did not tag
        for index in self.in_sentence(sent):  # "launched at the Wales Summit in 2014": the summit's year
            span = self.spans[index]
            if self.candidates[index].kind == "Event" and span.root.i != verb.i and self._reaches(span.root, verb):
                year = next((t.text for t in span if t.shape_ == "dddd"), "")
                if year:
                    return year
        if verb.dep_ == "xcomp" and verb.head.pos_ in {"VERB", "AUX"}:
            return self.date(verb.head, sent)  # "On 7 August 2004, NATO undertook to train …"
        return ""

    def opening_date(self, sent: Span) -> str:
        """The date a line opens with, after any bullet and before a dash or a colon, with a year
        in it and no name ("1 April 2009 - Albania and Croatia join", "- From 1999: Albania, …"):
        it dates the line's clause, or every item of a list line."""
        start = sent.start + 1 if not (sent[0].is_alpha or sent[0].like_num) else sent.start
        mark = next((t.i for t in self.doc[start:min(start + 5, sent.end)] if t.text in _CHRONOLOGY_MARKS), None)
        if mark is None or mark == start or mark + 1 >= sent.end:
            return ""
        head = self.doc[start:mark]
        if any(t.i in self.token_to_candidate for t in head) or not any(t.shape_ == "dddd" for t in head):
            return ""
        return normalize_date(head.text)

    def _reaches(self, node: Token, verb: Token) -> bool:
        """Whether *node* hangs on *verb* through prepositions, temporal modifiers or the verb's
        arguments, not through another clause or a common noun."""
        while node.head.i != node.i and node.i != verb.i:
            parent = node.head
            if parent.i == verb.i:
                return True
            if parent.pos_ in {"VERB", "AUX"}:
                return False
            if parent.pos_ in {"NOUN", "PROPN"} and parent.i not in self.token_to_candidate \
                    and not (parent.dep_ == "pobj" and (parent.head.lower_ in self.words["since_preps"]
                                                        or parent.head.lower_ in self.words["predicative_preps"])):
                return False  # (but "since its creation in 1997", "as its 29th member in 2017" date the clause)
            node = parent
        return node.i == verb.i

    def companions(self, subjects: list[Arg], objects: list[Arg], verb: Token) -> list[Arg]:
        """Entities said to do the same as the subjects ("Australia became a partner, alongside
        Finland and Georgia", "…, together with Jordan"), of the subjects' class."""
        kinds = {self.candidates[s].kind for s, _ in subjects if s >= 0}
        if None in kinds:  # "It joined the PfP in 2006, together with Montenegro": whatever "it" is, a member's class
            kinds |= set(self.lex["member_kinds"])
        taken = {s for s, _ in subjects} | {o for o, _ in objects}
        found: list[Arg] = []
        # and the copula's attribute ("X is one of NATO's partners, together with A and B")
        attributes = [c for c in verb.children if c.dep_ in {"attr", "oprd"}] if verb.lemma_ in self.linking else []
        for anchor in (verb, *attributes, *(self.spans[i].root for i, _ in (*subjects, *objects) if i >= 0)):
            for prep in (c for c in anchor.children if c.dep_ == "prep"):
                words = f"{prep.nbor(-1).lower_} {prep.lower_}" if prep.i > 0 else prep.lower_
                if prep.lower_ in self.lex["companion_preps"] or words in self.lex["companion_preps"]:
                    found += [e for e in self.pobjs(prep) if e[0] not in taken
                              and self.candidates[e[0]].kind in kinds]
        return list(dict.fromkeys(found))

    # -- output -------------------------------------------------------------------------
    def emit(self, subjects: list[Arg], predicate: str, objects: list[Arg], rule: str, verb: Token, sent: Span,
             lemma: str, stance: Stance | None = None) -> Iterator[RelationCandidate]:
        """One candidate per subject × object (proxies mark the rule), self-relations dropped."""
        if not subjects or not objects:
            return
        if len(objects) > 1 and {s for s, _ in subjects} == {o for o, _ in objects}:
            return  # one list read as both ends ("centres hosted by member states, among them Estonia and Latvia")
        if self.lex["verbs"].get(lemma) == "memberOf":
            # "partner leaders joined Allies at the summit": one joins the members, not the alliance
            objects = [(o, p) for o, p in objects if o < 0 or not (self.candidates[o].rule == "reference"
                                                                   and self.candidates[o].key is not None)]
            if not objects:
                return
        polarity, modality, speaker, speaker_text = stance or self.stance(verb, sent)
        date = self.date(verb, sent)
        subjects = subjects + self.companions(subjects, objects, verb)
        for s, s_proxy in subjects:
            for o, _ in objects:
                if s == o or s >= 0 and o >= 0 and self.candidates[s].key is not None \
                        and self.candidates[s].key == self.candidates[o].key:
                    continue
                yield RelationCandidate(
                    s, predicate, o, "proxy-subject" if s_proxy and rule.startswith("active") else rule, lemma,
                    self.offset + sent.start_char, self.offset + sent.end_char,
                    NEGATIVE if self.negated(o) else polarity, modality, speaker, speaker_text, date)

    def prefix_negated(self, noun: Token) -> bool:
        """A relational word under a negating prefix: "a non-member state", "the sole non-signatory"
        or a member of a negated whole, "non-alliance members" (not a negated name elsewhere, "the largest
        non-NATO contributor", nor another word, "a non-permanent member")."""
        member = self.lex["nouns"].get(noun.lemma_.lower()) == "memberOf"  # "non-alliance members", "non-NATO members"
        words = [noun, *(c for c in noun.children if c.dep_ in {"compound", "amod"} and (
            member or c.i not in self.token_to_candidate and c.lemma_.lower() in self.lex["nouns"]))]
        return any(self.after_negating_prefix(t.i) for t in words)

    def after_negating_prefix(self, i: int) -> bool:
        """Token *i* follows "non-" (or "non–")."""
        return i >= 2 and self.doc[i - 1].text in {"-", "–"} and self.doc[i - 2].lower_ in self.words["negating_prefixes"]

    def relate(self, first: int, second: int) -> None:
        """Record that a rule related these two candidates (either may be :data:`TOPIC`)."""
        self.related.add(frozenset((first, second)))
        if first >= 0 and second >= 0:
            self.related_entities.add(frozenset((self.entity_of(first), self.entity_of(second))))

    def ruled(self, first: int, second: int) -> bool:
        """Whether a rule related these two mentions, or other mentions of their entities
        ("the Mediterranean Dialogue (MD) group": the rule read "Dialogue", the pair model would read "MD")."""
        return frozenset((first, second)) in self.related \
            or frozenset((self.entity_of(first), self.entity_of(second))) in self.related_entities

    def entity_of(self, index: int) -> str:
        """What names a candidate's entity within the paragraph: its curated key, else its name."""
        return self.candidates[index].key or self.candidates[index].name

    def negated(self, index: int) -> bool:
        """An end excluded by its own negation: "entered the EU but not NATO", "non-NATO countries"."""
        span = self.spans.get(index) if index >= 0 else None
        if span is None:
            return False
        if self.after_negating_prefix(span.start):
            return True
        before = span.start - 1
        while before >= 0 and self.doc[before].dep_ == "det":
            before -= 1
        return any(c.dep_ == "neg" for c in span.root.children) or (
            before >= 0 and self.doc[before].dep_ == "neg" and self.doc[before].head.i == span.root.i)
