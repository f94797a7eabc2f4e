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
from functools import cache, cached_property
from typing import NamedTuple

import numpy as np
from spacy.attrs import DEP, HEAD, IS_PUNCT, LEMMA, LOWER, ORTH, POS, SENT_START, TAG
from spacy.tokens import Doc, Span, Token

from ..lexicon import load_lexicon
from ..model import NEGATIVE, POSITIVE
from .dates import (DASHES, MONTH_WORDS, YEAR_SPAN, dateline_end, in_year, is_day_of_month, normalize_date,
                    refers_to_a_year, time_later, year_referred)
from .mentions import BULLET_MARK, Candidate, at_line_start, operation_noun

#: what follows the date that opens a chronology's line
CHRONOLOGY_MARKS = frozenset({":", "–", "—", "-"})
#: the most words of a name's bracket before a comma ("(NACC)", "(Allied Command Transformation)")
_MAX_BRACKET_WORDS = 8

#: what sets off a list the parser hangs on a region ("partner countries in Central Asia – X, Y")
_LIST_MARKS = CHRONOLOGY_MARKS | {"("}
#: what sets off the parts of a sentence that carry dates of their own ("1999: …; 2004: …")
_SEGMENT_MARKS = frozenset({";"})

__all__ = ["PLAIN", "Arg", "Context", "RelationCandidate", "Stance", "head_paths"]

SUBJECTS = frozenset({"nsubj", "csubj"})
_SUBJECTS_PASSIVE = SUBJECTS | {"nsubjpass"}
_INHERIT = frozenset({"conj", "xcomp", "advcl"})
_VERBS = frozenset({"VERB", "AUX"})
#: the most tokens of a bracket that holds only a date ("(31 March - 31 October 2011)")
_BRACKET_DATE_TOKENS = 10
#: the most tokens of a name's bracketed abbreviation skipped to the phrase after it ("(SFOR)")
_ABBREVIATION_TOKENS = 6
#: the tags of a plural noun ("countries", and "Allies" read as a name)
_PLURAL_TAGS = frozenset({"NNS", "NNPS"})
#: the phrases that can open a clause before its subject ("Following its accession, Sweden …")
_FRONTED_PHRASES = frozenset({"prep", "advcl", "npadvmod"})
#: how many words up from a possessive its phrase may hang on the clause's verb
_CATAPHOR_REACH = 4
#: the labels the parser gives the first name of a subject list it splits off ("Bahrain/npadvmod, Kuwait
#: and Qatar joined")
_SPLIT_ITEM = frozenset({"npadvmod", "nmod", "dep", "compound"})
#: dependency labels the readers look for among a token's children
_PREP = frozenset({"prep"})
_POBJ = frozenset({"pobj"})
_PCOMP = frozenset({"pcomp"})
_NSUBJ = frozenset({"nsubj"})
_CONJ = frozenset({"conj"})
_APPOS = frozenset({"appos"})
_DOBJ = frozenset({"dobj"})
#: the classes of a body whose work one takes part in ("the work of the Hybrid CoE")
_BODY_KINDS = frozenset({"InternationalOrganization", "Organization", "PartnershipFramework", "Event", "Agreement"})
_NOUN_POS = frozenset({"NOUN", "PROPN"})
#: how many heads up from "whose" its relative clause's verb may be ("whose accession to NATO we celebrate")
_WHOSE_REACH = 3
_CLAUSES = frozenset({"relcl", "acl"})
#: the classes of the names a plural group noun stands for (a colon list, an example verb's object)
_LISTED_KINDS = frozenset({"Country", "InternationalOrganization"})
_PERSON_KINDS = frozenset({"Person"})
_AUX = frozenset({"aux", "auxpass"})
#: dependents that make a verb a clause of its own, not a participle describing the noun before it
_OWN_CLAUSE_PARTS = frozenset({"dobj", "aux", "auxpass", "ccomp", "xcomp"})
#: how many compounds down a name no list knows an owner may stand ("NATO Defence Capacity Building support")
_COMPOUND_REACH = 3
_MODIFIERS = frozenset({"compound", "amod"})
#: how a noun set off by a comma hangs when it describes the name before it, and its articles
_DESCRIBING = frozenset({"appos", "npadvmod"})
_INDEFINITE = frozenset({"a", "an"})
#: words set before a name in a list after its marker (titles, a country's name), and how far before it
_PREMODIFIERS = _MODIFIERS | {"nmod"}
_PREMODIFIER_REACH = 4
_OWNER_MARKS = frozenset({"compound", "poss", "amod"})
_CLAUSE_MARKS = _SUBJECTS_PASSIVE | {"aux", "auxpass"}
#: (candidate index, True when the entity stands behind a proxy noun or owns an action)
Arg = tuple[int, bool]

#: the verbs of a table cell's clause that take the row's thing for subject ("took part in …", "hosts …")
_CELL_CLAUSE_TAGS = frozenset({"VBD", "VBZ", "VBP", "VBN"})
#: (polarity, modality, speaker candidate, speaker text)
Stance = tuple[str, str, int | None, str]
#: the tags of a finite verb (a past or present tense), which no infinitive is
_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})
#: the stance of a plain statement: positive, no modality, no speaker
PLAIN: Stance = (POSITIVE, "", None, "")
#: a relation end given by the resolver rather than by a mention of this paragraph
TOPIC = -1
#: the hint of a fact-sheet field whose subject is the country its section is about
#: ("Partnership for Peace: since December 2006" under "Serbia and NATO")
MEMBER_HINT = "(member)"


def ahead_of_its_clause(token: Token) -> bool:
    """ "In 2002, before its accession to NATO, Latvia …": what a noun under "before" / "prior
    to" names happened after the clause's date, which does not date it."""
    if token.dep_ != "pobj":
        return False
    words = load_lexicon().relations["function_words"]["before_preps"]
    prep = token.head
    return prep.lower_ in words or f"{prep.head.lower_} {prep.lower_}" in words


def own_date(token: Token, clauses: bool = True) -> str:
    """The date in a preposition of *token* itself ("Germany in 1955", "accession … in 2009"), or
    (*clauses*) in a relative clause on it ("Spain's integration into the EEC, which occurred on 1 January 1986")."""
    for prep in (c for c in token.children if c.dep_ == "prep"):
        for obj in prep.children:
            if obj.ent_type_ == "DATE":
                return normalize_date(" ".join(t.text for t in obj.subtree))
    if not clauses:
        return ""
    pronouns = load_lexicon().relations["function_words"]["relative_pronouns"]
    for clause in (c for c in token.children if c.dep_ == "relcl"):
        if any(c.lower_ in pronouns for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}):
            found = own_date(clause)
            if found:
                return found
    return ""


def _day_before_date(token: Token) -> bool:
    """A day's number right before a date the model tagged without it ("10" of "10 March 1992")."""
    return token.is_digit and len(token.text) <= 2 and token.i + 1 < len(token.doc) \
        and token.nbor(1).ent_type_ == "DATE"


def _written_date(cell: Span) -> bool:
    """A cell of days, months and a year alone that the model left untagged ("28-30 Jun 2022")."""
    words = [t for t in cell if not t.is_space and not t.is_punct]
    return bool(words) and any(t.shape_ == "dddd" for t in words) \
        and all(t.is_digit or t.lower_.rstrip(".") in MONTH_WORDS for t in words) \
        and normalize_date(cell.text.strip())[:4].isdigit()


def _year_word(text: str) -> bool:
    """Whether *text* is a year or a span of years written as one word ("2023", "1991-1994")."""
    return bool(YEAR_SPAN.fullmatch(text)) or len(text) == 4 and text.isdigit() and normalize_date(text) == text


def bracketed_date(token: Token) -> str:
    """A date in brackets right after a name, its own ("the accession of Finland (April 2023) and
    Sweden (March 2024)": each its own, not the sentence's last)."""
    for appos in (c for c in token.children if c.dep_ == "appos" and c.ent_type_ == "DATE"):
        if appos.i > token.i and token.doc[appos.left_edge.i - 1].text == "(":
            return normalize_date(" ".join(t.text for t in appos.subtree))
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


def _singular(word: str) -> str:
    """The singular of a regular English plural ("allies" → "ally", "partners" → "partner")."""
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


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


#: classes of a name the parser may hang on a noun as an adjective and that still owns it ("a PfP member");
#: a country's adjective is its demonym, whose noun is of the country ("Finnish partners"), not owned by it
_AMOD_OWNERS = frozenset({"PartnershipFramework", "InternationalOrganization", "Organization"})


@cache
def _clause_taking_verbs() -> frozenset[str]:
    relations = load_lexicon().relations
    return frozenset(relations["reporting_verbs"]) | frozenset(relations["clause_taking_verbs"])


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
        self._line_starts: list[int] | None = None
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
        self._meeting_heads = frozenset(self.lex["meeting_heads"])
        #: words of a person's office ("President"), which can stand for its holder
        self.person_titles = frozenset(load_lexicon().names["person_titles"])
        #: common nouns of a class ("treaty", "programme"), which can describe a name of that class
        self.class_nouns: dict[str, str] = load_lexicon().names["reference_nouns"]
        self.hedges: dict[str, str] = self.lex["hedges"]
        #: verbs whose complement is a clause: of saying, knowing, thinking and deciding
        self.words_taking_clauses = _clause_taking_verbs()
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
        #: the header of the table in force: per column, (predicate, whole candidate or TOPIC) or None
        self.table: list[tuple[str, int] | None] | None = None
        #: its linking columns ("City", "Host nation"): per column, (predicate, reversed, verb, every entity
        #: of a cell) or None
        self.table_links: list[tuple[str, bool, str, bool] | None] | None = None
        #: its office columns ("NATO Secretary General"): per column, (office, the whole it leads) or None
        self.table_offices: list[tuple[str, int] | None] = []
        #: whether its first column dates the rows ("Date | New members | Notes")
        self.table_dated = False
        #: the list heading in force: (predicate, heading phrase, whole candidate or TOPIC, heading text)
        self.heading: tuple[str, str, int, str] | None = None
        #: the previous paragraph when it was a single short line, whatever it says
        self.line_above = heading
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
    def raw_lemmas(self) -> list[str]:
        """Each token's ``lemma_``, by index."""
        return _column(self.doc, LEMMA)

    @cached_property
    def lemmas(self) -> list[str]:
        """Each token's ``lemma_.lower()``, by index."""
        return [lemma.lower() for lemma in self.raw_lemmas]

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
    def piped(self) -> bool:
        """Whether the paragraph holds a table line ("|"): most do not, and skip every cell check."""
        return "|" in self.texts

    def menu_line(self, sent: Span) -> bool:
        """Whether *sent* is a lone line of links parted by pipes, with no piped line above or below it,
        that a menu's label opens ("Related: Finland's accession explained | What is Article 5?"; lexicon
        ``menu_labels``) or whose parts state nothing, with no finite verb outside a question: a menu's or a
        breadcrumb's, no table's (not "Finland joined NATO in 2023 | Sweden joined NATO in 2024")."""
        if not self.piped or "|" not in self.texts[sent.start:sent.end]:
            return False
        lines = self._line_ranges
        at = next((n for n, (a, b) in enumerate(lines) if a <= sent.start < b), None)
        if at is None or any(0 <= n < len(lines) and "|" in self.texts[lines[n][0]:lines[n][1]] for n in (at - 1, at + 1)):
            return False
        start, end = lines[at]
        colon = next((t for t in range(start, min(end, start + 5)) if self.texts[t] == ":"), None)
        if colon is not None and " ".join(self.lowers[start:colon]) in self.lex["menu_labels"]:
            return True
        parts, begin = [], start
        for t in (*(t for t in range(start, end) if self.texts[t] == "|"), end):
            parts.append((begin, t))
            begin = t + 1
        return not any(self.tags[t] in _FINITE_TAGS for a, b in parts if "?" not in self.texts[a:b] for t in range(a, b))

    @cached_property
    def _line_ranges(self) -> list[tuple[int, int]]:
        """The token ranges of the paragraph's lines, found once (every sentence of a piped line asks)."""
        return list(_lines(self.texts))

    @cached_property
    def table_cells(self) -> list[tuple[int, str] | None]:
        """Each token's table cell, by index: (column number, the header's words over that
        column), or None outside table rows. A table is a block of lines holding "|"; its first
        line is the header ("Country | Joined | Notes"), whose own tokens are in no cell."""
        cells: list[tuple[int, str] | None] = [None] * len(self.doc)
        if not self.piped:  # (most paragraphs)
            return cells
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

    @cached_property
    def deps(self) -> list[str]:
        """Each token's ``dep_``, by index."""
        return _column(self.doc, DEP)

    @cached_property
    def heads(self) -> list[int]:
        """Each token's ``head.i``, by index (a root is its own head)."""
        return self._tree[0]

    @cached_property
    def _tree(self) -> tuple[list[int], list[int], list[int]]:
        """(heads, every token's children grouped by head in text order, where each head's group
        starts): made with a few array operations, not a list per token."""
        n = len(self.doc)
        if not n:
            return [], [], [0]
        positions = np.arange(n)
        heads = self.doc.to_array(HEAD).astype(np.int64) + positions
        owner = np.where(heads == positions, n, heads)  # (a root is no child: its group is the last)
        order = np.argsort(owner, kind="stable")
        starts = np.concatenate(([0], np.cumsum(np.bincount(owner, minlength=n + 1))))
        return heads.tolist(), order.tolist(), starts.tolist()

    def children(self, i: int) -> list[int]:
        """``Token.children`` of token *i*, by index, in text order."""
        _, order, starts = self._tree
        return order[starts[i]:starts[i + 1]]

    @cached_property
    def roots(self) -> dict[int, int]:
        """The ``root.i`` of each candidate's span, by candidate index."""
        return {index: span.root.i for index, span in self.spans.items()}

    def kids(self, i: int, labels: Collection[str]) -> list[int]:
        """The children of token *i* whose dependency label is one of *labels* (a set)."""
        _, order, starts = self._tree
        start, end = starts[i], starts[i + 1]
        if start == end:  # (most words have no children)
            return []
        deps = self.deps
        return [c for c in order[start:end] if deps[c] in labels]

    @cached_property
    def _coordinated_tokens(self) -> frozenset[int]:
        """The tokens that have conjuncts: each ``conj`` and the head it follows."""
        heads = self.heads
        found = {i for i, dep in enumerate(self.deps) if dep == "conj" and heads[i] != i}
        return frozenset(found | {heads[i] for i in found if heads[i] < i})

    def conjuncts(self, i: int) -> list[int]:
        """``Token.conjuncts`` of token *i*, by index: the first conjunct, then the ``conj``
        children to the right of each conjunct found, breadth first; not *i* itself."""
        if i not in self._coordinated_tokens:
            return []
        heads, deps, children = self.heads, self.deps, self.children
        start = i
        while heads[start] != start and deps[start] == "conj":
            start = heads[start]
        found = [start]
        for word in found:  # (the list grows while it is read: a queue)
            found.extend(c for c in children(word) if c > word and deps[c] == "conj")
        return [w for w in found if w != i]

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
        return self.entities_at(token.i)

    def entities_at(self, i: int) -> list[Arg]:
        """:meth:`entities` of token *i*."""
        if i in self._resolving:  # a list marker can lead back to the noun being read
            return []
        # a reading started outside any other is the same whenever asked (families ask again for the
        # same words); one inside another may be cut short by the guard above, so it is not kept
        outermost = not self._resolving
        if outermost and i in self._entities_of:
            return list(self._entities_of[i])
        self._resolving.add(i)
        try:
            found = self._entities(i)
        finally:
            self._resolving.discard(i)
        if outermost:
            self._entities_of[i] = list(found)
        return found

    def _entities(self, i: int) -> list[Arg]:
        found: list[Arg] = []
        heads, to_candidate = self.heads, self.token_to_candidate
        if self.lowers[i] in self.words["relative_pronouns"] and self.deps[heads[i]] == "relcl":
            return self.antecedent(self.doc[heads[heads[i]]])
        if self.lowers[i] in self.words["relative_pronouns"] and self.deps[heads[i]] == "xcomp" \
                and self.deps[heads[heads[i]]] == "relcl" and heads[i] > i:
            # "the KSF, which NATO helped to stand up": the object of the relative clause's infinitive
            return self.antecedent(self.doc[heads[heads[heads[i]]]])
        if self.lowers[i] in self.words["relative_pronouns"] and self.deps[i] == "pobj" \
                and self.deps[heads[i]] == "prep" and self.deps[heads[heads[i]]] == "relcl":
            # "the exercise, in which British troops take part", "a body with which NATO cooperates"
            return self.antecedent(self.doc[heads[heads[heads[i]]]])
        if self.lowers[i] in self.words["relative_pronouns"] and self.deps[i] == "pobj" \
                and self.deps[heads[i]] == "prep" and self.deps[heads[heads[i]]] == "advcl":
            # "commanded the operation in Libya in 2011, to which Jordan contributed": a relative clause
            # the parser hung on the main verb stands for the noun phrase before its comma
            return self._before_comma(heads[i], heads[heads[heads[i]]])
        if self.tags[i] == "WP$" and self.deps[i] == "poss":
            # "Bulgaria, whose accession to NATO took place in 2004": whose, the name the clause describes
            node = heads[i]
            for _ in range(_WHOSE_REACH):
                if self.deps[node] == "relcl" or heads[node] == node:
                    break
                node = heads[node]
            if self.deps[node] == "relcl":
                return self.antecedent(self.doc[heads[node]])
        if (credited := self.credited(i)) is not None:
            return self.entities_at(credited)
        if self.deps[i] == "poss" and self.lowers[i] in self.words["cataphoric_possessives"] \
                and (subject := self._cataphor_subject(i)) is not None:
            return self.entities_at(subject)
        for item in self._coordinated(i):
            index = to_candidate.get(item)
            rule = self.candidates[index].rule if index is not None else ""
            group = rule == "reference-group" or rule == "reference" and self.tags[item] in _PLURAL_TAGS
            named: list[Arg] = []
            if group:
                token = self.doc[item]
                # ("Fifteen Allies, among them Norway and Italy, …": a plural read as a name, which examples skips)
                named = self.appositive(token) or self.examples(token) or self.colon_listed(token) \
                    or self.listed_after(token)
            if named:  # "eighteen countries …, among them Russia and Sweden": the named ones
                found.extend(named)
            elif index is not None:
                found.append((index, False))
                found.extend((i, False) for i in self.composite(item))
                found.extend((i, False) for i in self._listed_apposition(item))
            elif self.lemmas[item] in self.lex["operation_nouns"] and (named := [
                    e for e in self.appositive(self.doc[item]) if self.candidates[e[0]].kind == "Event"]):
                found.extend(named)  # "the Bosnia peacekeeping forces (IFOR and SFOR)": the operations, not Bosnia's
            elif self.lemmas[item] in self.actions:
                found.extend((to_candidate[m], True) for m in self.kids(item, _OWNER_MARKS) if m in to_candidate)
            elif self.lemmas[item] in self.proxies and (named := self._apposed(item, _PERSON_KINDS)):
                found.extend(named)  # "Qatar's envoy to NATO, Abdulaziz Al Malki, met …": the envoy himself
            elif self.lemmas[item] in self.proxies and self.lemmas[item] not in self.lex["nouns"] \
                    and (named := self._apposed(item, _LISTED_KINDS)):
                # "as did the leaders of four partners: Australia, Japan, …": for the countries listed (not
                # "four EU members - Austria, …", whose tie the relational noun reads)
                found.extend((i, True) for i, _ in named)
            elif self.lemmas[item] in self.proxies:
                before = len(found)
                for prep in self.kids(item, _PREP):
                    if self.lowers[prep] in self.words["proxy_preps"]:
                        for pobj in self.kids(prep, _POBJ):
                            found.extend((i, True) for i, _ in self.entities_at(pobj))
                            found.extend(self.dashed_persons(pobj))
                marks = [m for m in self.kids(item, _OWNER_MARKS) if m in to_candidate] or [
                    m for c in self.kids(item, {"compound"}) if c not in to_candidate and self.pos[c] == "PROPN"
                    for m in self.kids(c, _OWNER_MARKS) if m in to_candidate]  # "Swedish Gripen aircraft"
                # ("Egyptian, Jordanian and Moroccan units": the last coordinated with the one before)
                marks += [c for m in marks for c in self.conjuncts(m) if c in to_candidate and c not in marks]
                # ("a Lithuanian-Polish-Ukrainian brigade": each nation the hyphens join)
                for m in marks:  # (the list grows as it is read)
                    marks += [c for c in self.kids(m, {"amod", "compound"}) if c in to_candidate and c < m
                              and self.texts[c + 1] == "-" and c not in marks
                              and all(self.texts[t] == "-" or t in to_candidate for t in range(c + 1, m))]
                found.extend((to_candidate[m], True) for m in marks)
                if len(found) == before and self.tags[item] == "NNS" and self.deps[item] in SUBJECTS:
                    # "Several leaders attended …, among them Prime Minister Rishi Sunak": the persons named
                    found.extend(e for e in self.among_them(self.doc[heads[item]])
                                 if self.candidates[e[0]].kind == "Person")
            else:
                token = self.doc[item]
                # (the holder of an office and whoever the parser hung on it as an apposition, as in
                # a series "by President of Finland X, Prime Minister of Estonia Y and …")
                found.extend(self._office_holder(token))
                found.extend(self.appositive(token) or self.examples(token) or self._countries_of(token)
                             or self._named_by_modifier(token)
                             or self.colon_listed(token) or self._colon_listed_operations(token)
                             or self._named_place(token) or self._meeting_of(token) or self._operation_named(token)
                             or self._work_of(token) or self._quantity_of(token) or self._apposed_description(token))
        return list(dict.fromkeys(found))

    def _countries_of(self, noun: Token) -> list[Arg]:
        """ "the Baltic states of Estonia, Latvia and Lithuania": a plural country word stands for the list
        of two or more countries its "of" phrase names (not "the states of the former Soviet Union", one whole)."""
        if self.tags[noun.i] != "NNS" or self.lemmas[noun.i] not in self.words["country_words"] \
                or any(c.dep_ == "relcl" for t in (noun, *noun.conjuncts) for c in t.children):
            return []  # (a relative clause after the list may be its last item's: "…, and North Macedonia, which …")
        found = [e for p in self.kids(noun.i, _PREP) if self.lowers[p] == "of" for e in self.pobjs_at(p)]
        if len(found) < 2 or any(e[0] < 0 or self.candidates[e[0]].kind != "Country" for e in found):
            return []
        return found

    def _apposed_description(self, noun: Token) -> list[Arg]:
        """ "signed the Founding Act in Paris, a charter that set up the Permanent Joint Council": an
        indefinite noun of a class set off by a comma describes the name of that class whose phrase the
        comma closes."""
        kind = self.class_nouns.get(self.lemmas[noun.i])
        if kind is None or self.deps[noun.i] not in _DESCRIBING \
                or not any(self.lowers[c] in _INDEFINITE for c in self.kids(noun.i, {"det"})):
            return []
        named = self._phrase_before_comma(noun.left_edge.i)  # (the phrase the comma closes, not any name before)
        index = self.token_to_candidate.get(named) if named is not None else None
        if index is None or self.candidates[index].kind != kind or self.candidates[index].rule.startswith("reference"):
            return []
        return [(index, False)]

    def _cataphor_subject(self, i: int) -> int | None:
        """ "Following its accession in March 2024, Sweden announced …": a possessive in a phrase set
        before its clause's named subject stands for that subject (token index), not for a name before."""
        node = i
        for _ in range(_CATAPHOR_REACH):
            head = self.heads[node]
            if head == node:
                return None
            if self.pos[head] in _VERBS and self.deps[node] in _FRONTED_PHRASES:
                subject = next((s for s in self.kids(head, SUBJECTS) if s > i), None)
                if subject is None or subject not in self.token_to_candidate \
                        or self._subject_before(i, self.candidates[self.token_to_candidate[subject]].kind):
                    return None
                return subject
            node = head
        return None

    def _subject_before(self, i: int, kind: str | None) -> bool:
        """Whether the sentence before token *i*'s names a subject of *kind* ("Sweden applied in 2022.
        After its accession, Russia protested": "its" is Sweden's)."""
        start = self.sentence_start[i]
        if start == 0:
            return False
        before = self.doc[start - 1].sent
        return any(self.candidates[c].kind == kind and self.deps[self.roots[c]] in _SUBJECTS_PASSIVE
                   for c in self.in_sentence(before))

    def _quantity_of(self, noun: Token) -> list[Arg]:
        """ "A number of partners, among them Ukraine, have supported it", "the majority of Allies": a
        quantity stands for what its "of" phrase names (lexicon ``quantity_nouns``)."""
        if self.lemmas[noun.i] not in self.words["quantity_nouns"]:
            return []
        return [e for p in self.kids(noun.i, _PREP) if self.lowers[p] == "of"
                for o in self.kids(p, _POBJ) for e in self.entities_at(o)]

    def dashed_persons(self, i: int) -> list[Arg]:
        """ "the leaders of Australia and Japan – Anthony Albanese and Kishida Fumio – took part": the
        persons set off by dashes after the names, which the parser hangs on the first name."""
        first = next((c for c in self.kids(i, _APPOS) if self.doc[c].left_edge.i > 0
                      and self.texts[self.doc[c].left_edge.i - 1] in DASHES), None)
        if first is None:
            return []
        persons = [first, *self.conjuncts(first)]
        if not all(p in self.token_to_candidate and self.candidates[self.token_to_candidate[p]].kind == "Person"
                   for p in persons):
            return []
        return [(self.token_to_candidate[p], False) for p in persons]

    def _apposed(self, i: int, kinds: Collection[str]) -> list[Arg]:
        """The names of *kinds* in apposition to the noun at token *i*, and those coordinated with
        them ("Several leaders, among them Joe Biden and Olaf Scholz, attended")."""
        to_candidate = self.token_to_candidate
        return [(to_candidate[c], False) for a in self.kids(i, _APPOS) for c in self._coordinated(a)
                if c in to_candidate and self.candidates[to_candidate[c]].kind in kinds]

    def _office_holder(self, noun: Token) -> list[Arg]:
        """ "attended by President of Finland X": the person the parser hung on the office's
        "of" phrase, after the country ("Finland X" read as one noun)."""
        if self.lemmas[noun.i] not in self.person_titles:
            return []
        return [(i, False) for p in self.kids(noun.i, _PREP) if self.lowers[p] == "of"
                for c in self.kids(p, _POBJ) if c in self.token_to_candidate
                for i in (self.token_to_candidate[c],) if self.candidates[i].kind == "Person"]

    def _meeting_of(self, noun: Token) -> list[Arg]:
        """ "took part in the first meeting of the NATO-Ukraine Commission": the body that met."""
        if self.lemmas[noun.i] not in self.lex["meeting_heads"] or self.deps[noun.i] != "pobj":
            return []
        return self._named_of(noun.i, self.lex["meeting_bodies"])

    def _work_of(self, noun: Token) -> list[Arg]:
        """ "take part in the work of the Hybrid CoE": the body whose work it is (lexicon ``activity_heads``)."""
        if self.lemmas[noun.i] not in self.lex["activity_heads"] or self.deps[noun.i] != "pobj":
            return []
        return self._named_of(noun.i, _BODY_KINDS)

    def _named_of(self, noun: int, kinds: Collection[str | None]) -> list[Arg]:
        """The names of *kinds* in the "of" phrase of the noun at token *noun*."""
        return [(i, False) for p in self.kids(noun, _PREP) if self.lowers[p] == "of"
                for c in self.kids(p, _POBJ) if c in self.token_to_candidate
                for i in (self.token_to_candidate[c],) if self.candidates[i].kind in kinds]

    def referred_pair(self, index: int) -> bool:
        """Whether mention *index* refers to two named before ("both countries", "the two organisations")."""
        return index >= 0 and self.candidates[index].rule == "reference-group" and self.candidates[index].count == 2

    def organisation_group(self, index: int) -> bool:
        """Whether mention *index* refers to organisations named before ("both organisations", "the two sides")."""
        return index >= 0 and self.candidates[index].rule == "reference-group" \
            and self.candidates[index].kind != "Country"

    def _coordinated(self, i: int) -> list[int]:
        """Token *i* and its conjuncts, also those the parser hung on a word inside a name ("the
        Republic of Korea, Mongolia and Pakistan": the list goes on from "Korea")."""
        items = [i, *self.conjuncts(i)]
        seen = set(items)
        for item in items:
            index = self.token_to_candidate.get(item)
            if index is None:
                continue
            for listed in self._list_apposition(item, index):  # "Georgia, the Republic of Moldova, Ukraine …"
                for other in (listed, *self._countries(self.conjuncts(listed))):  # the list goes on from the apposition
                    if other not in seen:
                        seen.add(other)
                        items.append(other)
            span = self.spans[index]
            if span.end - span.start == 1:
                continue
            for inner in range(span.start, span.end):
                for other in self.conjuncts(inner):
                    if other not in seen and other >= span.end and not self._is_ancestor(other, i):
                        seen.add(other)
                        items.append(other)
        tail = self._list_tail(items)
        while tail is not None and tail not in seen:  # "(Finland, Australia, Georgia, Sweden)"
            # (and the list may go on from it: "Finland, Sweden/npadvmod, Georgia/conj and Jordan/conj")
            for other in (tail, *self._countries(self.conjuncts(tail))):
                if other not in seen:
                    seen.add(other)
                    items.append(other)
            tail = self._list_tail(items)
        return items

    def _is_ancestor(self, ancestor: int, i: int) -> bool:
        """``Token.is_ancestor``: whether token *ancestor* is above token *i* in its tree."""
        heads = self.heads
        while heads[i] != i:
            i = heads[i]
            if i == ancestor:
                return True
        return False

    def _list_tail(self, items: list[int]) -> int | None:
        """The country after a comma that ends a list of countries with no "and", which the parser
        hangs on an item as a modifier ("(Finland, Australia, Georgia, Sweden)": Sweden/npadvmod)."""
        last = self.token_to_candidate.get(max(items))
        if last is None or self.candidates[last].kind != "Country":
            return None
        end = self.spans[last].end
        following = self.token_to_candidate.get(end + 1)
        if end + 1 >= len(self.doc) or self.texts[end] != "," or following is None \
                or self.spans[following].start != end + 1 or self.candidates[following].kind != "Country":
            return None
        root = self.roots[following]
        return root if self.deps[root] in {"npadvmod", "appos", "dep"} and self.heads[root] in set(items) else None

    def _countries(self, tokens: Iterable[int]) -> list[int]:
        return [t for t in tokens if t in self.token_to_candidate
                and self.candidates[self.token_to_candidate[t]].kind == "Country"]

    def _list_apposition(self, item: int, index: int) -> list[int]:
        """A name of the same class in apposition after a comma (and a determiner) that the list
        goes on from ("Georgia, the Republic of Moldova, Ukraine and Armenia")."""
        found = []
        for child in (c for c in self.kids(item, _APPOS) if c in self.token_to_candidate):
            other = self.token_to_candidate[child]
            span = self.spans[other]
            if span.start < 2:
                continue
            before = span.start - 1 - (self.deps[span.start - 1] == "det")
            goes_on = any(c >= span.end for t in range(span.start, span.end) for c in self.conjuncts(t))
            # countries only: "Norfolk, Virginia, United States" is an address, not a list
            if self.texts[before] == "," and goes_on and self.candidates[other].kind == "Country" \
                    and self.candidates[index].kind == "Country":
                found.append(child)
        if self.candidates[index].kind == "Person":
            found += self._titled_persons(item)
        return found

    def _titled_persons(self, item: int) -> list[int]:
        """ "Stephen Harper, US president Barack Obama and German chancellor Angela Merkel": a list of
        persons each after a title, which the parser hangs on the first as appositions of the titles."""
        found = []
        for title in (c for c in self.kids(item, _APPOS) if c not in self.token_to_candidate
                      and self.pos[c] == "NOUN" and self.doc[c].left_edge.i > 0
                      and self.texts[self.doc[c].left_edge.i - 1] == ","):
            for name in (c for c in self.kids(title, _APPOS) if c in self.token_to_candidate):
                other = self.token_to_candidate[name]
                span = self.spans[other]
                if self.candidates[other].kind == "Person" and any(
                        c >= span.end for t in range(span.start, span.end) for c in self.conjuncts(t)):
                    found.append(name)
        return found

    def _listed_apposition(self, item: int) -> list[int]:
        """ "(Finland, Australia, Georgia, Sweden)": the last name of a list without "and", which
        the parser hangs on a conjunct as an apposition (a name of the same class after a comma)."""
        own = self.candidates[self.token_to_candidate[item]]
        if not self.conjuncts(item):
            return []
        return [self.token_to_candidate[c] for c in self.kids(item, _APPOS) if c in self.token_to_candidate
                and self.texts[c - 1] == "," and self.candidates[self.token_to_candidate[c]].kind == own.kind]

    def _named_place(self, noun: Token) -> list[Arg]:
        """ "the French city of Strasbourg": the place a place-type noun names with "of"."""
        if self.lemmas[noun.i] not in self.words["place_type_nouns"]:
            return []
        return [(i, False) for p in self.kids(noun.i, _PREP) if self.lowers[p] == "of"
                for c in self.kids(p, _POBJ) if c in self.token_to_candidate
                for i in (self.token_to_candidate[c],) if self.candidates[i].kind in {"Place", "Country"}]

    def _named_by_modifier(self, noun: Token) -> list[Arg]:
        """A common noun named by the name before it: "the Resolute Support mission" (an operation),
        "NATO's Mediterranean Dialogue (MD) group", "the ICI framework" (a framework)."""
        lemma = self.lemmas[noun.i]
        kinds = {"Event"} if lemma in self.lex["operation_nouns"] else \
            set(self.lex["framework_noun_kinds"]) if lemma in self.lex["framework_nouns"] else set()
        named = [self.token_to_candidate[c] for c in self.kids(noun.i, {"compound", "nmod"})
                 if c in self.token_to_candidate and c < noun.i]
        one_each = {self.candidates[i].key or self.candidates[i].name: i for i in reversed(named)}  # "Dialogue (MD)"
        return [(i, False) for i in sorted(one_each.values()) if self.candidates[i].kind in kinds]

    def relational_word(self, noun: Token) -> str | None:
        """The relational word of a noun phrase: the noun itself or a compound before it
        ("member state", "partner country", "founding member")."""
        return self.relational_word_at(noun.i)

    def relational_word_at(self, i: int) -> str | None:
        """:meth:`relational_word` of token *i*."""
        if i not in self._relational_words:
            self._relational_words[i] = self._relational_word(i)
        return self._relational_words[i]

    def names_a_framework(self, i: int) -> bool:
        """A relational noun that relates its parties in lower case only (lexicon ``common_only_nouns``),
        capitalised as a framework's head word ("the Dialogue", "Mediterranean Dialogue country"), not
        only because it opens its sentence outside every name ("Dialogue with Mongolia began in 2012")."""
        return self.lemmas[i] in self.words["common_only_nouns"] and not self.texts[i].islower() \
            and not (self.doc[i].is_sent_start and i not in self.token_to_candidate)

    def _relational_word(self, i: int) -> str | None:
        lemmas, lowers = self.lemmas, self.lowers
        lemma = lemmas[i]
        if self.names_a_framework(i):
            return None  # "the Dialogue": the framework named by its head word, not a dialogue between parties
        # "became Allies", "the Partners": the model keeps a proper noun's plural; so it does in a framework
        # named by its members ("became Enhanced Opportunities Partners")
        named = self.token_to_candidate.get(i)
        if self.tags[i] == "NNPS" and lemma not in self.lex["nouns"] and (
                named is None or self.candidates[named].kind in self.lex["framework_noun_kinds"]):
            lemma = _singular(lemma)
        modifiers = list(dict.fromkeys(w for c in self.kids(i, _MODIFIERS)  # "participating", not "participate"
                                       if not self.names_a_framework(c)  # (not "… Dialogue country")
                                       for w in (lemmas[c], lowers[c])))
        if not modifiers:
            return lemma if lemma in self.lex["nouns"] else None
        # "framework nation", "contributing country": the two words together first
        for word in (*(f"{m} {lemma}" for m in modifiers), lemma, *modifiers):
            if word in self.lex["nouns"]:
                return word
        if lemma in self.words["country_words"] and self.tags[i] == "NN" and any(
                c in self.token_to_candidate
                and self.candidates[self.token_to_candidate[c]].kind == "PartnershipFramework"
                for c in self.kids(i, {"compound"})):
            return "partner"  # "the seventh Mediterranean Dialogue country": a partner in it (the plural heads lists)
        return None

    def examples(self, token: Token) -> list[Arg]:
        """A common noun stands for the examples it introduces: "operations including KFOR",
        "partners such as Austria and Ireland have sent soldiers", "operations in the Balkans, including KFOR"."""
        if self.pos[token.i] != "NOUN":
            return []
        found = [e for p in self.kids(token.i, _PREP) if self._introduces_examples(p)
                 for c in self.kids(p, _POBJ) for e in [*self.entities_at(c), *self._semicolon_items(self.doc[c])]]
        if not found and self.tags[token.i] == "NNS":
            # "countries with a neutral status, such as Switzerland and Austria": on a noun of its phrase
            found = [e for p in token.subtree if p.dep_ == "prep" and p.head.i != token.i and p.head.pos_ in _NOUN_POS
                     and p.head.head.head.i == token.i and self.introduces_examples(p)
                     and self.doc[p.left_edge.i - 1].text == ","  # set off from the phrase's own noun
                     for c in p.children if c.dep_ == "pobj" for e in self.entities(c)]
        if not found and self.tags[token.i] == "NNS" and self.deps[token.i] in {"pobj", "dobj"}:
            # "contributed troops to operations in the Balkans, including KFOR and ISAF": the parser hangs
            # the examples on the verb; they follow the noun's phrase, set off by a comma
            verb = self.doc[self.heads[self.heads[token.i]] if self.deps[token.i] == "pobj" else self.heads[token.i]]
            found = [e for p in self.kids(verb.i, _PREP) if p > token.right_edge.i and self.texts[p - 1] == ","
                     and self._introduces_examples(p) for c in self.kids(p, _POBJ) for e in self.entities_at(c)]
        if not found and self.deps[token.i] in SUBJECTS and self.tags[token.i] == "NNS":
            verb = self.doc[self.heads[token.i]]
            found = self.among_them(verb) or self._examples_after_object(verb)
            # "countries that have worked with NATO include A and B": the names the clause is about
            if not found and self.lemmas[verb.i] in self.words["example_verbs"] and self.kids(token.i, _CLAUSES):
                found = [e for o in self.kids(verb.i, _DOBJ) for e in self.entities_at(o)
                         if self.candidates[e[0]].kind in _LISTED_KINDS]
        return found or self.listed_after(token)

    def _examples_after_object(self, verb: Token) -> list[Arg]:
        """ "18 countries participate in the Partnership for Peace, including Austria and Ireland": the
        countries set off after the clause's object (a name of another class, or "it"), where the parser
        hangs them, are the subject's examples."""
        objects = [*self.kids(verb.i, _DOBJ), *(o for p in self.kids(verb.i, _PREP) for o in self.kids(p, _POBJ))]
        found: list[Arg] = []
        for thing in objects:
            if thing in self.token_to_candidate and self.candidates[self.token_to_candidate[thing]].kind in _LISTED_KINDS \
                    or thing not in self.token_to_candidate and self.tags[thing] in _PLURAL_TAGS:
                continue  # ("… with partners, including Austria": the object's examples)
            found += [e for p in [*self.kids(thing, _PREP), *self.kids(verb.i, _PREP)] if p > thing
                      and self.texts[p - 1] == "," and self._introduces_examples(p)
                      for c in self.kids(p, _POBJ) for e in self.entities_at(c) if self.candidates[e[0]].kind in _LISTED_KINDS]
        return list(dict.fromkeys(found))

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
        if self.tags[token.i] not in _PLURAL_TAGS:
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
        i = token.i
        if self.tags[i] == "CD" and self.deps[i] in _SUBJECTS_PASSIVE:  # "Fourteen of the member states …:"
            part = next((o for p in self.kids(i, _PREP) if self.lowers[p] == "of" for o in self.kids(p, _POBJ)), None)
            # (or of those named before: "Four of them signed up to the PfP in 1994: …")
            if part is None or (self.tags[part] != "NNS" or self.lemmas[part] not in self._list_nouns) \
                    and self.lowers[part] not in self.words["partitive_pronouns"]:
                return []
        elif self.tags[i] != "NNS" or self.deps[i] not in _SUBJECTS_PASSIVE or self.lemmas[i] not in self._list_nouns:
            return []
        sent = token.sent
        colon = next((t for t in self.doc[token.i + 1:sent.end] if t.text == ":"), None)
        if colon is None or any(
                t.lemma_.lower() in self._list_nouns and t.tag_ == "NNS" for t in self.doc[sent.start:token.i]):
            return []
        return self.listed_after_colon(colon)

    def listed_after_colon(self, colon: Token) -> list[Arg]:
        """The names a colon lists: the bullet lines below it when it ends its line ("Partner countries …
        include:" over bullets), else the rest of its sentence when nothing but names follows; two at least."""
        sent = colon.sent
        if all(t.is_space for t in self.doc[colon.i + 1:sent.end]):
            named = self._bullet_names(next((t.i for t in self.doc[colon.i + 1:] if not t.is_space), len(self.doc)))
        else:
            tail = self.doc[colon.i + 1:sent.end]
            if any(not self._list_word(t) for t in tail):
                return []
            named = list(dict.fromkeys(self.token_to_candidate[t.i] for t in tail if t.i in self.token_to_candidate))
        if len(named) < 2 or any(self.candidates[i].kind not in _LISTED_KINDS for i in named):
            return []
        return [(i, False) for i in named]

    def prep_listed(self, prep: Token) -> list[Arg]:
        """The names listed after a preposition that ends in a colon ("The Treaty was signed by:" over
        bullets of countries)."""
        if self.kids(prep.i, _POBJ) or prep.i + 1 >= len(self.doc) or self.texts[prep.i + 1] != ":":
            return []
        return self.listed_after_colon(self.doc[prep.i + 1])

    def _colon_listed_operations(self, token: Token) -> list[Arg]:
        """ "Both contributed troops to NATO-led operations: IFOR and SFOR in Bosnia, the Kosovo Force
        (KFOR) and ISAF": a plural operation noun right before a colon stands for the operations the
        colon lists; a name after a place's preposition is where one was, not one of them."""
        i = token.i
        if self.tags[i] != "NNS" or self.lemmas[i] not in self.lex["operation_nouns"] or i + 1 >= len(self.doc):
            return []
        colon = self.doc[i + 1]
        if colon.text != ":" or colon.sent.start != token.sent.start:
            return []
        named: list[int] = []
        placed = False
        for word in self.doc[colon.i + 1:colon.sent.end]:
            index = self.token_to_candidate.get(word.i)
            if index is not None and self.candidates[index].kind == "Event":
                if not named or named[-1] != index:
                    named.append(index)
                placed = False
            elif index is not None and not placed:
                return []  # a list of other names
            elif word.pos_ == "ADP":
                placed = word.lower_ in self.lex["event_place_preps"]
                if not placed:
                    return []
            elif word.pos_ in {"VERB", "AUX"}:
                return []  # a clause, not a list of names ("…: KFOR, which Finland joined in 1999")
            elif word.text in {",", ";"}:
                placed = False  # the next item
        return [(n, False) for n in named] if len(named) >= 2 else []

    def _list_word(self, token: Token) -> bool:
        """A word of a list of names: a name's, punctuation, a conjunction or an article."""
        return token.i in self.token_to_candidate or token.is_punct or token.is_space or token.pos_ in {"CCONJ", "DET"}

    def _bullet_names(self, at: int) -> list[int]:
        """The names that open the bullet lines from token *at* on ("- Armenia, Azerbaijan and
        Georgia", "- Mauritania and Tunisia, both members of the Dialogue"), up to the first line
        that is no bullet or opens with no name."""
        doc, named = self.doc, []
        while at < len(doc) and at_line_start(doc, at) and BULLET_MARK.fullmatch(doc[at].text):
            end = next((j for j in range(at + 1, len(doc)) if at_line_start(doc, j)), len(doc))
            line = list(doc[at + 1:end])
            run = next((n for n, t in enumerate(line) if not self._list_word(t)), len(line))
            found = [self.token_to_candidate[t.i] for t in line[:run] if t.i in self.token_to_candidate]
            if not found:
                break
            named.extend(found)
            at = end
        return list(dict.fromkeys(named))

    def _named_from(self, at: int) -> list[Arg]:
        """The entities named first after the punctuation (and an article) at *at* (a list after
        its marker: "among them, the United States"), past the words set before a name ("among them
        U.S. President Joe Biden and …": the person, with the names coordinated with him)."""
        doc, heads, to_candidate = self.doc, self.heads, self.token_to_candidate
        while at < len(doc) and (doc[at].is_punct or self.lowers[at] == "the" and at not in to_candidate):
            at += 1
        while at < len(doc):
            if at in to_candidate:
                at = self.spans[to_candidate[at]].root.i  # (a name of several words: from its head)
            if not (at < heads[at] <= at + _PREMODIFIER_REACH and self.deps[at] in _PREMODIFIERS):
                break
            at = heads[at]  # a title, or a country's name, before the person's
        if at not in to_candidate:
            return []
        return self.entities_at(at)

    def among_them(self, verb: Token) -> list[Arg]:
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
        return self._introduces_examples(prep.i)

    def _introduces_examples(self, prep: int) -> bool:
        lowers = self.lowers
        return lowers[prep] in self.lex["inclusion_preps"] or lowers[prep] == "as" and (
            any(lowers[c] == "such" for c in self.children(prep))  # "partners such as Austria"
            or any(lowers[c] == "such" and c < prep for c in self.children(self.heads[prep])))  # "such partners as Austria"

    def appositive(self, token: Token) -> list[Arg]:
        """A common noun with an entity in apposition or as its compound head-mate stands for it
        ("the country, Finland, …"; "the alliance NATO")."""
        found = [e for c in self.kids(token.i, _APPOS) if c in self.token_to_candidate for e in self.entities_at(c)]
        return found or self.listed_in_region(token)

    def listed_in_region(self, noun: Token) -> list[Arg]:
        """ "its partner countries in Central Asia — Kazakhstan, Kyrgyzstan, …", "the partner countries
        of Central Asia (Kazakhstan, …)": the list the parser hangs on the region a plural noun is in
        or of (countries after a dash, a colon or a bracket)."""
        if self.tags[noun.i] != "NNS":
            return []
        found: list[Arg] = []
        for region in (e for p in self.kids(noun.i, _PREP) if self.lowers[p] in {"in", "of"} for e in self.pobjs_at(p)
                       if self.candidates[e[0]].kind == "Place"):
            root = self.spans[region[0]].root
            # ("… partner countries of Central Asia (Kazakhstan, …)": a bracket sets the list off too)
            for first in (c for c in root.children if c.dep_ in {"appos", "conj"} and c.i in self.token_to_candidate
                          and self.doc[c.left_edge.i - 1].text in _LIST_MARKS):
                listed = dict.fromkeys(self.token_to_candidate[t.i] for t in first.subtree if t.i in self.token_to_candidate)
                found += [(i, False) for i in listed if self.candidates[i].kind == "Country"]
        return found

    def composite(self, i: int) -> list[int]:
        """Other entities joined to token *i*'s by a slash: "EAPC/PfP" names both."""
        own = self.token_to_candidate[i]
        found = []
        for child in self.kids(i, {"compound", "appos", "conj"}):
            if child in self.token_to_candidate:
                other = self.token_to_candidate[child]
                if other != own and "/" in self.texts[min(child, i) + 1:max(child, i)]:
                    found.append(other)
        return found

    def owner_at(self, i: int) -> list[Arg]:
        """The mention at token *i* as an owner, or what a possessive pronoun there stands for in a
        verb of thanks (:meth:`credited`): for families that read a noun's owner marks one by one
        rather than through :meth:`entities_at`."""
        credited = self.credited(i)
        return [(self.token_to_candidate[i], False)] if credited is None else self.entities_at(credited)

    def credited(self, i: int) -> int | None:
        """The object a possessive pronoun in the reason of a verb of thanks stands for: "NATO thanked
        Ireland for its participation in KFOR" (Ireland's, not NATO's); None elsewhere."""
        if self.deps[i] != "poss" or self.tags[i] != "PRP$":
            return None
        prep = self.heads[self.heads[i]]
        verb = self.heads[prep]
        if self.deps[self.heads[i]] != "pobj" or self.lowers[prep] != "for" \
                or self.lemmas[verb] not in self.lex["crediting_verbs"]:
            return None
        return next((o for o in self.kids(verb, {"dobj"}) if o in self.token_to_candidate), None)

    def antecedent(self, noun: Token) -> list[Arg]:
        """What a relative pronoun stands for: the noun it modifies, or the subject that noun
        describes ("NATO is an organization that connects ...")."""
        i, head = noun.i, self.heads[noun.i]
        if (named := self._name_before_clause(i)) is not None:
            i, head = named, self.heads[named]
        found = self.entities_at(i) if self.lowers[i] not in self.words["relative_pronouns"] else []
        if self.deps[i] == "attr" and self.raw_lemmas[head] in self.linking and i not in self.token_to_candidate:
            # "The ICI is a NATO initiative that was launched in 2004": the initiative, not its owner
            found = self.subjects_at(head) or found
        if not found and self.deps[i] == "pobj" and self.lowers[head] in self.lex["partitive_preps"] \
                and self.raw_lemmas[self.heads[head]] in self.linking and self._names_its_object(i):
            # "Denmark and Norway were among the twelve states that signed the North Atlantic Treaty": the
            # copula's subjects (not where the clause's object is a reference still to resolve: "… that support it")
            found = self.subjects_at(self.heads[head])
        if not found and self.deps[i] == "appos" and i not in self.token_to_candidate and self.pos[i] == "NOUN" \
                and head in self.token_to_candidate and self.lemmas[i] in self.lex["describing_nouns"]:
            # "the Mediterranean Dialogue, a forum that includes Egypt": the name the noun describes
            found = self.entities_at(head)
        if not found and i not in self.token_to_candidate and self.lemmas[i] in self.lex["describing_nouns"] \
                and (before := self._name_before_phrase(i)) is not None:
            # "… the NACC, the forum the Alliance set up" with the noun misread as a second object: the name
            found = self.entities_at(before)
        if all(proxy for _, proxy in found) and self.deps[i] == "appos" and i not in self.token_to_candidate \
                and self.pos[i] == "NOUN" and head in self.token_to_candidate \
                and self.candidates[self.token_to_candidate[head]].kind == "Person":
            # "Rutte, a former Dutch prime minister who took over from Stoltenberg": the person described, not
            # the country the office stands for
            found = self.entities_at(head)
        return found

    def _name_before_phrase(self, noun: int) -> int | None:
        """The last word of the name right before the comma that opens *noun*'s phrase, past the name's
        bracket ("the North Atlantic Cooperation Council (NACC), the forum …"), or None."""
        left = self.doc[noun].left_edge.i
        if left < 2 or self.texts[left - 1] != ",":
            return None
        before = left - 2
        if self.texts[before] == ")":
            before = next((j - 1 for j in range(before - 1, max(before - _MAX_BRACKET_WORDS, 0), -1)
                           if self.texts[j] == "("), before)
        if before in self.token_to_candidate and self.deps[before] == "pobj" \
                and self.lowers[prep := self.heads[before]] in self.lex["place_preps"] \
                and self.heads[prep] in self.token_to_candidate and self.heads[prep] < before:
            return self.heads[prep]  # "signed the Founding Act in Paris, an agreement that …": the act, not where
        return before if before in self.token_to_candidate else None

    def _before_comma(self, prep: int, verb: int) -> list[Arg]:
        """The entities of the noun phrase that ends before the comma right before *prep* (token index),
        climbing from its last word out of the phrases hung on it; a phrase hung on *verb* (a date)
        gives way to the verb's object."""
        node = self._phrase_before_comma(self.doc[prep].left_edge.i)
        if node is None:
            return []
        if self.deps[node] == "pobj" and self.heads[self.heads[node]] == verb and self.doc[node].ent_type_ == "DATE":
            node = next(iter(self.kids(verb, _DOBJ)[-1:]), node)
        if node not in self.token_to_candidate:
            return []
        return self.entities_at(self.spans[self.token_to_candidate[node]].root.i)

    def _phrase_before_comma(self, start: int) -> int | None:
        """The head word of the noun phrase that ends at the comma right before token *start*,
        climbing from its last word out of the phrases hung on it ("Operation X in Libya, …": X)."""
        if start < 2 or self.texts[start - 1] != ",":
            return None
        node, heads, deps = start - 2, self.heads, self.deps
        while deps[node] == "pobj" and deps[heads[node]] == "prep" and self.pos[heads[heads[node]]] in _NOUN_POS:
            node = heads[heads[node]]
        return node

    def _name_before_clause(self, noun: int) -> int | None:
        """The name just before the comma of a relative clause the parser hung on an action noun
        further left, when the clause says what its antecedent is ("the consequences of Russia's war
        against Ukraine for Moldova, which is a partner of NATO": Moldova, not the war's owner), or on
        an action or tie noun when it says what only a party does (lexicon ``tie_nouns``,
        ``actor_predicates``: "our partnership with Serbia, which joined the PfP in 2006")."""
        tie = self.lemmas[noun] in self.lex["tie_nouns"]
        if noun in self.token_to_candidate or self.lemmas[noun] not in self.actions and not tie:
            return None
        clause = next((c for c in self.kids(noun, {"relcl"})), None)
        if clause is None or not (self.raw_lemmas[clause] in self.linking and self.kids(clause, {"attr"}) and not tie
                                  or self.lex["verbs"].get(self.lemmas[clause]) in self.lex["actor_predicates"]):
            return None  # (only a clause that says what its antecedent is, or does what only a party does:
            # an action is no partner, and a partnership joins or signs nothing)
        start = min(self.doc[clause].left_edge.i, clause)
        before = start - 2
        if before <= noun or self.lowers[start - 1] != "," or before not in self.token_to_candidate:
            return None
        return before

    def _names_its_object(self, noun: int) -> bool:
        """A relative clause on *noun* names its object ("states that signed the Treaty")."""
        clauses = self.kids(noun, {"relcl"})
        objects = [o for c in clauses for o in self.kids(c, {"dobj"})] + [
            o for c in clauses for p in self.kids(c, _PREP) for o in self.kids(p, {"pobj"})]
        return any(o in self.token_to_candidate and not self.candidates[self.token_to_candidate[o]].rule.startswith(
            "reference") for o in objects)

    def region(self, noun: Token) -> list[Arg]:
        """The place a group noun is in: "NATO's partners in Western Europe", "countries in Europe", "the four
        Indo-Pacific partners"."""
        within = [e for p in self.kids(noun.i, _PREP) if self.lowers[p] == "in" for e in self.pobjs_at(p)]
        # (not one of coordinated modifiers: "Mediterranean and regional partners" are of either kind)
        named = [(self.token_to_candidate[m], False) for m in self.kids(noun.i, {"amod", "compound"})
                 if m in self.token_to_candidate and noun.i not in self.token_to_candidate
                 and not self.kids(m, {"conj", "cc"})]
        return [e for e in within + named if self.candidates[e[0]].kind == "Place"]

    def sources(self, noun: Token) -> list[Arg]:
        """Where what *noun* names comes from: "contributions from Spain", "soldiers from Italy"."""
        return [e for p in self.kids(noun.i, _PREP) if self.lowers[p] in self.lex["source_preps"]
                for e in self.pobjs_at(p)]

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
                named_as = root.dep_ == "oprd" and root.head.dep_ == "acl" and root.head.lemma_ in self.words["naming_verbs"]
                if named_as:  # "the maritime operation named Sea Guardian"
                    root = root.head
                # ("ISAF's mission in Afghanistan": the operation's own)
                if root.dep_ in {"appos", "acl", "poss"} and root.head.i not in self.token_to_candidate \
                        and root.head.is_lower and root.head.lemma_.lower() in self.lex["operation_nouns"]:
                    noun: Token | None = root.head
                elif root.dep_ == "appos" and (place := self._apposed_to_place(root)) is not None:
                    noun = place  # "NATO's mission in Libya, Operation Unified Protector, …" hung on "Libya"
                elif (counted := self._counted_among(root)) is not None:
                    noun = counted  # "NATO-led operations, among them the Kosovo Force (KFOR)"
                else:
                    noun = operation_noun(span, load_lexicon())
                # (a capitalised one is a word of a name the model split: "African Union Mission in Somalia")
                if noun is not None and noun.i not in self.token_to_candidate and noun.is_lower:
                    self._operation_nouns[index] = noun
            for index, span in self.spans.items():  # "the operations in Bosnia (IFOR and SFOR)": the first's noun
                first = span.root
                while first.dep_ == "conj" and first.head.i != first.i:
                    first = first.head
                named = self.token_to_candidate.get(first.i)
                if index not in self._operation_nouns and self.candidates[index].kind == "Event" \
                        and first.i != span.root.i and named in self._operation_nouns:
                    self._operation_nouns[index] = self._operation_nouns[named]
        return self._operation_nouns

    def _apposed_to_place(self, root: Token) -> Token | None:
        """The operation noun whose place a name is in apposition to, as the parser hangs an operation's
        name after "the mission in Libya,": the place's preposition's noun."""
        place, prep = root.head, root.head.head
        noun = prep.head
        if place.i not in self.token_to_candidate or place.dep_ != "pobj" or prep.dep_ != "prep" \
                or prep.lower_ not in self.lex["place_preps"] \
                or self.candidates[self.token_to_candidate[place.i]].kind not in {"Country", "Place"}:
            return None
        return noun if noun.i not in self.token_to_candidate and noun.is_lower \
            and noun.lemma_.lower() in self.lex["operation_nouns"] else None

    def _counted_among(self, root: Token) -> Token | None:
        """The operation noun before the comma of "among them" that a name's own "among" phrase
        counts it among ("served in NATO-led operations, among them the Kosovo Force"), or the first
        of the names it is listed with counts."""
        while root.dep_ == "conj" and root.head.i < root.i:
            root = root.head
        among = next((c for c in root.children if c.dep_ == "prep" and c.lower_ == "among" and c.i < root.i), None)
        if among is None or not any(o.tag_ == "PRP" for o in among.children) or among.i < 2 \
                or self.texts[among.i - 1] != ",":
            return None
        noun = self.doc[among.i - 2]
        return noun if noun.i not in self.token_to_candidate and noun.is_lower and noun.tag_ == "NNS" \
            and noun.lemma_.lower() in self.lex["operation_nouns"] else None

    def owners(self, noun: Token) -> list[Arg]:
        """Entities owning *noun*: "NATO's partnerships", "NATO partnerships", "NATO-based fora"."""
        return self.owners_at(noun.i)

    def owners_at(self, i: int) -> list[Arg]:
        """:meth:`owners` of token *i*."""
        own = self.token_to_candidate.get(i)  # (a word of the noun's own name owns nothing: "Self-Defense Forces")
        found = [e for c in self.kids(i, {"poss", "compound"}) if own is None or self.token_to_candidate.get(c) != own
                 for e in self.entities_at(c)]
        # "NATO Defence Capacity Building support": the owner before a name no list knows, down the parser's
        # chain of compounds
        chain = [c for c in self.kids(i, {"compound"}) if c not in self.token_to_candidate and self.pos[c] == "PROPN"]
        for _ in range(_COMPOUND_REACH):
            if found or not chain:
                break
            inner = [d for c in chain for d in self.kids(c, {"compound"}) if self.pos[d] == "PROPN"]
            found = [e for d in inner for e in self.entities_at(d)]
            chain = [d for d in inner if d not in self.token_to_candidate]
        for mod in self.kids(i, {"amod"}):
            if self.lowers[mod] in self.lex["owner_participles"]:
                found += [e for c in self.kids(mod, {"npadvmod", "compound"}) for e in self.entities_at(c)]
            elif mod in self.token_to_candidate and self.candidates[self.token_to_candidate[mod]].kind in _AMOD_OWNERS \
                    and not self.after_negating_prefix(mod):  # (not "the largest non-NATO contributor")
                found += self.entities_at(mod)  # "a PfP/amod member": a name the tagger took for an adjective
        return found

    def _reduced_relative(self, verb: int) -> bool:
        """A participle after a name and a comma that the parser coordinated with the main verb
        ("received support through the Package, agreed at the Warsaw Summit"): it describes the
        name and shares no subject, unlike a verb joined by "and" or with an object of its own."""
        head = self.heads[verb]
        return self.tags[verb] in {"VBN", "VBD"} and verb > 1 and self.texts[verb - 1] == "," \
            and self.pos[verb - 2] in {"NOUN", "PROPN"} \
            and not self.kids(verb, {"dobj", "cc"}) and not self.kids(head, {"cc"}) and not self.kids(verb, _AUX)

    def subjects(self, verb: Token) -> list[Arg]:
        """Subject entities of *verb*, inherited from the governing verb through conj/xcomp/advcl,
        or the owner of the noun an infinitive complements ("Finland's decision to join")."""
        return self.subjects_at(verb.i)

    def subjects_at(self, verb: int) -> list[Arg]:
        """:meth:`subjects` of token *verb*, none of them in another cell of a table's line but the
        first, which names the row's thing (a header's "Joined NACC | Signed PfP Framework Document"
        says nothing of the NACC)."""
        found = self._subjects_at(verb)
        if not self.piped:
            return found
        if not found:
            return self._row_key(verb)
        line = self.doc[verb].sent.start
        return [e for e in found if e[0] < 0 or e[0] not in self.spans or "|" not in self.texts[
            min(self.spans[e[0]].start, verb):max(self.spans[e[0]].end, verb)]
                or "|" not in self.texts[line:self.spans[e[0]].start]]

    def _row_key(self, verb: int) -> list[Arg]:
        """The thing a table's row is about, for a clause of a later cell with no subject of its own
        ("Finland | May 1994 | took part in Steadfast Jazz 2013": Finland did), when the clause's verb heads its cell."""
        if self.tags[verb] not in _CELL_CLAUSE_TAGS or verb in self.token_to_candidate:
            return []  # (nor a name's word the tagger took for a verb: "enhanced Forward Presence")
        if self.tags[verb] == "VBN" and not self.kids(verb, {"dobj"}) and (
                self.lemmas[verb] in self.lex["object_control_verbs"]
                or self.lex["status_verbs"].get(self.lemmas[verb]) == "recipient"):
            return []  # "Serbia | … | invited at Riga Summit": a participle of a verb whose object is its doer's
            # other without an object of its own is the row's passive (not "Contributed to KFOR")
        top = verb
        while self.deps[top] == "conj" and self.heads[top] != top:
            top = self.heads[top]
        if self.deps[top] != "ROOT":
            return []
        key = self.row_name(verb)
        return [] if key is None else [(key, False)]

    def row_name(self, i: int) -> int | None:
        """The candidate a table row's first cell names whole (its words outside brackets: "Stabilisation
        Force (SFOR) | …"), for token *i* in a later cell of that row; else None."""
        cell = self.table_cells[i]
        if cell is None or cell[0] == 0:
            return None
        line = self.doc[i].sent.start
        depth, words = 0, []
        for t in range(line, i):
            if self.texts[t] == "|":
                break
            depth += self.texts[t] == "("
            if not depth and not self.punct[t] and not self.texts[t].isspace():
                words.append(t)
            depth -= self.texts[t] == ")" and depth > 0
        keys = {self.token_to_candidate.get(t) for t in words}
        return keys.pop() if len(keys) == 1 and None not in keys else None

    def row_phrases(self, span: Span) -> list[Token]:
        """The heads of the other cells of the table row whose whole cell *span* is ("President of
        Ukraine | Leonid Kravchuk | 1991-1994": "President"); each cell is parsed apart (see
        :func:`kg.extract.pipeline.natokg_table_rows`), so a row's cells are no arguments of each other."""
        cell = self.table_cells[span.start]
        if cell is None:
            return []
        line = self.doc[span.start].sent
        bounds = [line.start - 1, *(t for t in range(line.start, line.end) if self.texts[t] == "|"), line.end]
        heads = []
        for start, end in zip(bounds, bounds[1:]):
            words = [t for t in range(start + 1, end) if not self.punct[t] and not self.texts[t].isspace()]
            if not words:
                continue
            if start < span.start < end:
                if any(t < span.start or t >= span.end for t in words):
                    return []  # (the name is not its cell's whole)
                continue
            heads += [self.doc[t] for t in words if self.heads[t] == t or not start < self.heads[t] < end][:1]
        return heads

    def _subjects_at(self, verb: int) -> list[Arg]:
        heads, deps, lemmas, pos = self.heads, self.deps, self.lemmas, self.pos
        shared = SUBJECTS
        fronted = self._fronted_subject(verb)
        if fronted:
            return fronted
        for _ in range(4):
            subj = self.without_apposed(self.kids(verb, shared))
            if subj and all(s not in self.token_to_candidate and self.doc[s].ent_type_ == "DATE" for s in subj):
                subj = []  # "29 March 2004 – Bulgaria … become members": the line's date is no subject
            subj = subj + self._split_first_item(verb, subj) if subj else self._misparsed_subject(verb)
            if subj:
                return [e for s in subj for e in self.entities_at(s)]
            dep, head = deps[verb], heads[verb]
            controlled = dep == "xcomp" and lemmas[head] in self.lex["object_control_verbs"]
            # "X was launched in 1994 and now includes …": a coordinated verb shares even a passive subject
            # and so does a participle after it ("X was set up in 2023, replacing Y")
            shared = _SUBJECTS_PASSIVE if dep == "conj" or self.tags[verb] == "VBG" and dep == "advcl" \
                or dep in {"advcl", "xcomp"} and lemmas[head] in self.lex["growth_verbs"] or controlled \
                else SUBJECTS  # and what grew to include ("NATO was enlarged to include Greece"), and
            # the one a passive control verb names ("Romania was invited to join NATO")
            if controlled:
                # "NATO invited Finland to join": the one invited joins
                objects = self.kids(head, {"dobj"})
                if objects:
                    return [e for o in objects for e in self.entities_at(o)]
                if deps[head] == "acl" and self.tags[head] == "VBN" and pos[heads[head]] in {"NOUN", "PROPN"}:
                    return self.entities_at(heads[head])  # "Montenegro, invited to join NATO": Montenegro joins
            if dep in _INHERIT and head != verb and pos[head] in _VERBS:
                if dep == "conj" and self._reduced_relative(verb):
                    return []
                verb = head
                continue
            controller = self._gerund_controller(verb) if dep == "pcomp" else []
            if controller:
                return controller
            if dep == "pcomp" and deps[head] == "prep" and self.lowers[head] in self.words["gerund_preps"] \
                    and pos[heads[head]] in _VERBS:
                verb = heads[head]  # "Since joining the Dialogue in 1994, Morocco has become …"
                continue
            if dep in {"relcl", "acl"} and deps[head] == "pobj" and self.lowers[heads[head]] == "of" \
                    and self._ranked_attribute(heads[heads[head]]):
                head = heads[heads[head]]  # "Tajikistan was the last of the eight to join PfP": the rank's
            if dep in {"relcl", "acl"} and self._ranked_attribute(head) and self.kids(verb, {"dobj", "prep"}) \
                    and any(self.lowers[a] == "to" for a in self.kids(verb, {"aux"})):
                # "Romania was the first to sign the Framework Document": the copula's subject signed it (not
                # with nothing signed: "were the first to join" is of what the sentences before speak of)
                verb = heads[head]
                continue
            state = heads[head]  # "X is in the process of joining NATO": the one in that state joins
            if dep == "pcomp" and self.lowers[head] == "of" and self.lowers[state] in self.lex["state_hedges"] \
                    and deps[state] == "pobj" and pos[heads[heads[state]]] in _VERBS:
                verb = heads[heads[state]]
                continue
            if dep == "acl" and pos[head] in {"NOUN", "PROPN"}:
                owners = self.owners_at(head)
                participle = self.tags[verb] in {"VBG", "VBN"}
                if not owners and participle and head in self.token_to_candidate and deps[head] == "dobj":
                    return self.entities_at(head)  # "signed a Memorandum of Understanding establishing the Centre"
                if not owners and deps[head] == "dobj" and pos[heads[head]] in _VERBS and (
                        not participle or lemmas[head] in self.lex["instrument_documents"]
                        and self.lex["verbs"].get(lemmas[heads[head]]) in self.lex["instrument_predicates"]):
                    # "Sweden has no plans to join NATO", "… sign the framework document establishing the
                    # Commission" (not "Hungary blocked a statement backing Ukraine": a participle's doer is
                    # its noun, unless the noun is a document its signers act by; not its vetoer)
                    return self.subjects_at(heads[head])
                return owners
            return []
        return []

    def _ranked_attribute(self, noun: int) -> bool:
        """A copula's attribute that ranks its subject ("the first", "the last country", "the second Ally")."""
        if self.deps[noun] != "attr" or self.lemmas[self.heads[noun]] not in self.linking:
            return False
        rank = self.words["rank_words"]
        return any(self.doc[t].ent_type_ == "ORDINAL" or self.lowers[t] in rank
                   for t in (noun, *self.kids(noun, {"amod"})))

    def _gerund_controller(self, verb: int) -> list[Arg]:
        """Who does what a gerund after a preposition says, when the verb it completes names them other
        than as its subject: the object of a verb of credit or blame ("We commend Greece for concluding
        the Agreement", "… condemn Belarus for supporting …"), or the agents with whom the subject was
        joined in it ("those nations were joined by Canada and Italy in signing the Treaty")."""
        prep = self.heads[verb]
        governor = self.heads[prep]
        if self.deps[prep] != "prep" or self.pos[governor] not in _VERBS:
            return []
        lemma, word = self.lemmas[governor], self.lowers[prep]
        credited = lemma in self.lex["crediting_verbs"] or lemma in self.lex["blaming_verbs"]
        if word in self.words["credit_preps"] and credited:
            return [e for o in self.kids(governor, {"dobj"}) for e in self.entities_at(o) or self._of_names(o)]
        if word == "in" and lemma in self.lex["company_verbs"] and self.kids(governor, {"auxpass"}):
            return [e for a in self.kids(governor, {"agent"}) for o in self.kids(a, _POBJ) for e in self.entities_at(o)]
        return []

    def _of_names(self, noun: int) -> list[Arg]:
        """The names after "of" on a common noun ("the leaders of Greece and North Macedonia")."""
        return [e for p in self.kids(noun, _PREP) if self.lowers[p] == "of" for o in self.kids(p, _POBJ)
                for e in self.entities_at(o)]

    def without_apposed(self, subj: list[int]) -> list[int]:
        """Subjects less one the parser made a second subject where it is an apposition set off by a
        comma ("Finland and Sweden, both members of the EU, joined the PfP": the EU joined nothing) or a
        label before a colon."""
        if len(subj) < 2:
            return subj
        # nor a record line's label ("Madrid, 2022: … Allies agreed to …": Madrid agreed nothing)
        labelled = [s for s in subj if self.texts[self.doc[s].right_edge.i] == ":"]
        subj = [s for s in subj if s not in labelled] if len(labelled) < len(subj) else subj
        return [s for s in subj if not any(o < s and self.texts[self.doc[s].left_edge.i - 1] == ","
                                           and s not in self.token_to_candidate for o in subj)
                or self._list_goes_on(s)]

    def _list_goes_on(self, subject: int) -> bool:
        """Whether a second subject after a comma goes on to the list's last item, with nothing set off
        after it ("the President of the European Council, the President of the European Commission and
        the Secretary General of NATO signed": a list, not an apposition)."""
        right = self.doc[subject].right_edge.i
        return bool(self.kids(subject, _CONJ)) and right + 1 < len(self.doc) and not self.punct[right] \
            and self.pos[right + 1] in _VERBS | {"ADV"}

    def _fronted_subject(self, verb: int) -> list[Arg]:
        """A subject the parser joined to a fronted phrase as its conjunct ("On 9 July, at the Madrid
        Summit, Allied leaders and President Kuchma sign the Charter"): the names after the comma."""
        if self.deps[verb] != "ROOT" or self.pos[verb] != "VERB" or self.kids(verb, _CLAUSE_MARKS):
            return []
        for prep in (c for c in self.kids(verb, _PREP) if c < verb):
            for pobj in self.kids(prep, _POBJ):
                for conj in (c for c in self.kids(pobj, _CONJ) if c < verb):
                    comma = self.doc[conj].left_edge.i - 1
                    if self.texts[comma] == "," and self.doc[comma - 1].i >= pobj:
                        return [e for e in self.entities_at(conj) if e[0] in self.spans and self.spans[e[0]].start > comma]
        return []

    def _split_first_item(self, verb: int, subj: list[int]) -> list[int]:
        """The first name of a subject list the parser hung on the verb apart from the rest, set off by
        a comma ("Bahrain/npadvmod, Kuwait and Qatar joined"), of the same class as the others."""
        if len(subj) != 1 or subj[0] not in self.token_to_candidate or not self.kids(subj[0], _CONJ):
            return []
        first = self.doc[subj[0]].left_edge.i
        if first == 0 or self.texts[first - 1] != ",":
            return []
        kind = self.candidates[self.token_to_candidate[subj[0]]].kind
        return [c for c in self.kids(verb, _SPLIT_ITEM) if c in self.token_to_candidate
                and self.doc[c].right_edge.i + 2 == first and self.candidates[self.token_to_candidate[c]].kind == kind]

    def _misparsed_subject(self, verb: int) -> list[int]:
        """An entity the parser hung on a finite verb (or on a root the tagger took for a base form:
        "9 May 1994 - Finland and Sweden sign …") as a compound ("Armenia/compound participates"),
        or the list the parser made the verb an item of: it is the subject when the verb has none."""
        if self.tags[verb] not in {"VBZ", "VBD", "VBP"} and not (
                self.tags[verb] == "VB" and self.deps[verb] == "ROOT" and not self.kids(verb, {"aux", "auxpass"})):
            return []  # (a root "sign" with no auxiliary is a present tense the tagger took for a base form)
        head = self.heads[verb]
        if self.deps[verb] == "conj" and head in self.token_to_candidate and verb - 1 in self.token_to_candidate:
            # "Bulgaria, Estonia and Slovenia join/conj": the parser made the verb one more item of the list
            while self.deps[head] == "conj" and self.heads[head] in self.token_to_candidate:
                head = self.heads[head]
            return [head]
        # "In 2012 NATO and Australia signed …": the parser made the name the object of the fronted
        # "in", numbered by the year
        dated = [o for p in self.kids(verb, _PREP) if p < verb for o in self.kids(p, _POBJ)
                 if o in self.token_to_candidate and any(self.doc[n].ent_type_ == "DATE" and n < o
                                                         for n in self.kids(o, {"nummod"}))]
        if dated:
            return dated
        hung = [c for c in self.kids(verb, {"compound", "npadvmod", "nmod", "dep"}) if c < verb]
        found = [c for c in hung if c in self.token_to_candidate]
        # "29 March 2004 – Bulgaria, Estonia and Slovenia become members": the line's date took the names
        # as its apposition
        return found or [a for c in hung if self.doc[c].ent_type_ == "DATE" for a in self.kids(c, {"appos"})
                         if a < verb and a in self.token_to_candidate]

    def place_of_object(self, predicate: str | None, verb: Token) -> bool:
        """A place the verb's object has, not its subject: "NATO opened an office in Kyiv"."""
        # (but "the Council moved its seat to Paris": a seat's place is its owner's)
        return predicate in self.lex["place_predicates"] and any(
            self.lemmas[o] not in self.lex["seat_nouns"] or not self.kids(o, {"poss"}) or self.kids(o, {"compound"})
            for o in self.kids(verb.i, {"dobj"}))  # (not "moved its Black Sea Fleet headquarters": the fleet's)

    def place_conjuncts(self, preps: list[Token]) -> list[Token]:
        """*preps* and the other place prepositions coordinated with one of them ("in the Gulf of Aden and
        off the Horn of Africa": "off" as well; the same one again :meth:`pobjs` reads with the first)."""
        places = self.lex["place_preps"]
        return preps + [c for p in preps if p.lower_ in places for c in p.conjuncts
                        if c.dep_ == "conj" and c.lower_ in places and c.lower_ != p.lower_]

    def pobjs(self, prep: Token) -> list[Arg]:
        """The entities of *prep*'s object, and of the same preposition coordinated with it or with
        another preposition of its head, or with its head itself ("took part in KFOR and in ISAF",
        "served with SFOR in Bosnia and with ISAF")."""
        return self.pobjs_at(prep.i)

    def pobjs_at(self, prep: int) -> list[Arg]:
        """:meth:`pobjs` of token *prep*."""
        deps, lowers = self.deps, self.lowers
        preps = [prep]
        if deps[prep] != "conj":
            head, word = self.heads[prep], lowers[prep]
            preps += [c for sibling in self.kids(head, _PREP) for c in self.conjuncts(sibling)
                      if deps[c] == "conj" and lowers[c] == word and c > prep]
            # "served in KFOR and in ISAF" parsed with the second "in" conjoined to the verb
            preps += [c for c in self.kids(head, _CONJ) if self.pos[c] == "ADP" and lowers[c] == word and c > prep]
            # "contributes to the Mission in Afghanistan and to KFOR": the second "to" conjoined to the "in"
            # of the first one's object
            preps += [c for o in self.kids(prep, _POBJ) for inner in self.kids(o, _PREP)
                      for c in self.kids(inner, _CONJ) if lowers[c] == word and c > prep]
        found = [e for p in preps for c in self._prep_objects(p) for e in self.entities_at(c)]
        head = self.heads[prep]
        if found and self.pos[head] == "NOUN" and head not in self.token_to_candidate:
            # "the accessions of Finland (2023) and Sweden (2024) to NATO": the parser hangs the second name, after
            # its bracket, on the noun; a name of the first one's class coordinated with the noun after it is another
            kinds = {self.candidates[e].kind for e, _ in found if e >= 0}
            found += [e for c in self.kids(head, _CONJ) if c > prep and c in self.token_to_candidate
                      and self.candidates[self.token_to_candidate[c]].kind in kinds for e in self.entities_at(c)
                      if e not in found]
        return found

    def _prep_objects(self, prep: int) -> list[int]:
        """The objects of *prep*: its pobj, or the subject the parser gave a participle after it
        ("an agreement with NATO allowing transit", read as "with [NATO allowing transit]")."""
        objects = self.kids(prep, _POBJ)
        if objects:
            return objects
        return [s for c in self.kids(prep, _PCOMP) if self.tags[c] == "VBG" for s in self.kids(c, _NSUBJ)]

    def governor(self, token: Token) -> Token:
        """The nearest verb at or above *token* (the token itself when there is none)."""
        node = self.governor_at(token.i)
        return token if node == token.i else self.doc[node]

    def governor_at(self, i: int) -> int:
        """:meth:`governor` of token *i*, by index."""
        heads, pos = self.heads, self.pos
        node = i
        while pos[node] not in _VERBS and heads[node] != node:
            node = heads[node]
        return node if pos[node] in _VERBS else i

    def where_clause(self, verb: Token) -> bool:
        """A relative clause that says where ("Afghanistan, where NATO took command of ISAF"; lexicon
        ``place_relatives``)."""
        return verb.dep_ == "relcl" and any(c.dep_ == "advmod" and c.lower_ in self.words["place_relatives"]
                                            for c in verb.children)

    def is_meeting(self, index: int) -> bool:
        """A summit, meeting or conference by its name's words (lexicon ``meeting_heads``), not an
        operation."""
        return self.candidates[index].kind == "Event" and bool(
            set(self.candidates[index].name.lower().split()) & self._meeting_heads)

    # -- stance -------------------------------------------------------------------------
    def presupposed(self, noun: Token) -> bool:
        """A tie the clause deepens, strengthens or continues ("will deepen the partnership with
        Ukraine", "will continue its support"): it holds already, whatever the clause plans (lexicon
        ``presupposing_verbs``)."""
        return noun.dep_ == "dobj" and self.lemmas[noun.head.i] in self.words["presupposing_verbs"]

    def participle_misread_as_clause(self, i: int) -> bool:
        """Token *i* is a participle right after the object of a verb that takes no clause, misread as a
        past tense opening a complement clause ("Iraq joined the Partnership Initiative launched at the
        Wales Summit", with the object as its subject or with none): no object or auxiliary of its own,
        a name right before it (lexicon: reporting_verbs, clause_taking_verbs)."""
        head = self.heads[i]
        if self.deps[i] != "ccomp" or self.tags[i] not in {"VBD", "VBN"} or self.pos[head] != "VERB" or i == 0 \
                or self.pos[i - 1] != "PROPN" or self.lemmas[head] in self.words_taking_clauses:
            return False
        return not any(self.deps[c] in _OWN_CLAUSE_PARTS or self.deps[c] == "nsubj" and c != i - 1
                       for c in self.children(i)) and not self.kids(head, {"dobj"})

    def hedge(self, token: Token, hedges: dict[str, str] | None = None) -> str:
        """A hedge over *token*: a wish, plan, application or doubt in a word that governs it
        ("applied to join", "the idea of Sweden joining … seemed unlikely", "aspiring members");
        *hedges* replaces the lexicon's general ones."""
        hedges = self.hedges if hedges is None else hedges
        heads, deps, lowers, pos = self.heads, self.deps, self.lowers, self.pos
        for child in self.kids(token.i, _MODIFIERS):
            if lowers[child] in hedges and child not in self.token_to_candidate:
                return hedges[lowers[child]]  # (not a name's word: "a Membership Action Plan participant")
        node = token.i
        while heads[node] != node:
            if deps[node] in {"acl", "advcl"} and self.tags[node] == "VBN" and node > 0 and self.texts[node - 1] == ",":
                # "At the Summit of April 2008, hosted by Romania, Georgia sought …", "the plan was prepared with
                # the Ministry, led by X" (hung on the verb): a participle set off is asserted
                break
            if deps[node] == "acl" and self.tags[node] in {"VBN", "VBD"} and not self.kids(node, SUBJECTS) \
                    or self.participle_misread_as_clause(node):
                # "Iraq requested support under the Initiative launched at the Wales Summit": a participle
                # describing a noun is asserted, as a relative clause is
                break
            if deps[node] == "relcl" and not any(lowers[c] == "for" for c in self.kids(node, {"mark"})):
                # "our cooperation with Serbia, which joined PfP in 2006, remains possible": a relative
                # clause is asserted (but not "paves the way for Sweden to join", an infinitive)
                break
            if deps[node] == "appos" and heads[node] in self.token_to_candidate \
                    and (edge := self.doc[node].left_edge.i) > 0 and self.texts[edge - 1] == ",":
                # "Finland and Sweden, two close partners of NATO, applied to join": a role set off after a
                # name is given (not "proposed a new arrangement, a partnership between …")
                break
            if deps[node] == "advcl" and any(lowers[c] in self.words["time_marks"]
                                             or lowers[c] in self.words["concessive_marks"]
                                             for c in self.kids(node, {"mark", "advmod"})):
                # "When Estonia joined …, Bush prepared for further enlargement", "does not seek membership, though it
                # agreed an IPAP": not hedged by the main clause
                break
            if deps[node] == "advcl" and any(lowers[c] == "to" for c in self.kids(node, {"aux"})):
                # "submitted its letter of application to become a NATO Ally": the object says what the infinitive is
                for thing in self.kids(heads[node], {"dobj"}):
                    for word in (thing, *(o for p in self.kids(thing, {"prep"}) if lowers[p] == "of"
                                          for o in self.kids(p, {"pobj"}))):
                        if self.lemmas[word] in hedges:
                            return hedges[self.lemmas[word]]
            if deps[node] == "conj" and self.tags[node] in _FINITE_TAGS and self.tags[heads[node]] == "VB":
                break  # "was invited to join NATO and became a member": a finite verb is no infinitive's conjunct
            # "were invited to begin talks in 2008 and joined NATO in 2009": the verb a clause is
            # coordinated with states its own fact; only what governs both hedges it
            own_clause = deps[node] == "conj" and pos[node] in _VERBS and pos[heads[node]] in _VERBS
            node = heads[node]
            word = next((w for w in (self.lemmas[node], lowers[node]) if w in hedges), None)
            if word is not None and pos[node] in {"VERB", "NOUN", "ADJ"} and not own_clause:
                return hedges[word]
            if pos[node] in _VERBS:
                for child in self.kids(node, {"acomp", "attr", "oprd"}):
                    if lowers[child] in hedges:
                        return hedges[lowers[child]]
                for prep in self.kids(node, {"prep"}):  # "are in the process of joining"
                    if lowers[prep] in self.words["state_preps"]:
                        for child in self.kids(prep, {"pobj"}):
                            if lowers[child] in self.lex["state_hedges"]:
                                return self.lex["state_hedges"][lowers[child]]
                if deps[node] not in {"xcomp", "ccomp", "csubj", "acl", "pcomp", "advcl"} \
                        and self.raw_lemmas[node] not in self.linking:
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
        modality = self._modality(verb, sent)
        speaker, speaker_text = self._speaker(verb.i)
        return (NEGATIVE if self._clause_negated(verb.i) else POSITIVE), modality, speaker, speaker_text

    def _clause_negated(self, verb: int) -> bool:
        """A negation of the clause headed by token *verb*, its auxiliaries or the verbs that control it."""
        heads, deps, lowers = self.heads, self.deps, self.lowers
        negating = self.words["negating_determiners"]
        words = [verb, *self.kids(verb, _AUX)]
        if self._delayed(verb):
            return False
        control = verb
        while deps[control] == "xcomp" and heads[control] != control:  # "X was not invited to join"
            control = heads[control]
            words += [control, *self.kids(control, _AUX)]
        head = heads[verb]
        if deps[verb] in {"advcl", "acl", "relcl"} and self.pos[head] == "NOUN" and any(
                lowers[c] in negating for c in self.kids(head, {"det"})):
            words.append(head)  # "there was no timetable for Lithuania to join": none stated
        # "which have not so far joined": the parser may hang the "not" on the clause's adverb
        words += [a for a in self.kids(verb, {"advmod"}) if lowers[a] in self.words["negated_adverbs"]]
        # "Austria and Ireland, none of which are members of the Alliance, …": the parser's subject, or the
        # relative it sets in apposition to the names before, right before the clause's verb
        if any(c.dep_ in SUBJECTS and (self._none_of(c) or any(
                a.dep_ == "appos" and self._none_of(a) and a.right_edge.i + 1 == control for a in c.children))
               for c in self.doc[control].children):
            return True
        # ("…, but neither received a MAP": the parser hangs a subject "neither" on the verb as a preconjunct)
        return any(deps[c] == "neg" or deps[c] == "det" and lowers[c] in negating and self.pos[h] == "NOUN"
                   or deps[c] == "preconj" and c < h and lowers[c] in self.words["negating_pronouns"]
                   for h in words for c in self.children(h)) or any(
            lowers[g] in self.words["negating_coordinators"] and deps[g] in {"preconj", "cc"}  # "is neither a member of …"
            for c in self.kids(verb, {"attr", "dobj", "acomp"}) for g in self.children(c))

    def _none_of(self, token: Token) -> bool:
        """ "none of which", "neither of which": a negating pronoun taking part of what a relative
        pronoun stands for (not "none of whose soldiers", "neither of them NATO members")."""
        relatives = self.words["relative_pronouns"]
        return token.lower_ in self.words["negating_pronouns"] and any(
            c.dep_ == "prep" and c.lower_ == "of"
            and any(o.dep_ == "pobj" and o.lower_ in relatives for o in c.children) for c in token.children)

    def _delayed(self, verb: int) -> bool:
        """ "Tajikistan did not join until 2002", "had not signed until the crisis ended": a past clause negated
        up to a time states that it happened then (lexicon ``delay_words``; "will not join until …" is still no fact)."""
        delay = self.words["delay_words"]
        if not any(self.lowers[c] in delay for c in self.kids(verb, {"prep", "mark"})) and not any(
                self.lowers[m] in delay for a in self.kids(verb, {"advcl"}) for m in self.kids(a, {"mark"})):
            return False
        return self.tags[verb] == "VBD" or any(self.tags[a] == "VBD" for a in self.kids(verb, _AUX))

    def _modality(self, verb: Token, sent: Span) -> str:
        """A modal auxiliary of *verb*, else a hedge over it, else "question" in a question."""
        modals = [self.lemmas[c] for c in self.kids(verb.i, _AUX) if self.lemmas[c] in self.lex["modals"]]
        modality = modals[0] if modals else self._pending(verb.i) or self.hedge(verb)
        if not modality and self.sentence_text(sent).rstrip().endswith("?"):
            modality = "question"
        return modality

    def _pending(self, verb: int) -> str:
        """ "pending" for a verb a control verb says is still to be done ("Hungary has yet to
        approve the bid", "is yet to ratify"), else ""."""
        node = verb
        if self.tags[verb] in {"VBP", "VBZ", "VB"} and not self.kids(verb, _AUX) \
                and any(self.lowers[c] in self.words["pending_marks"] for c in self.kids(verb, {"mark"})):
            return "pending"  # "until they become full members, …": not yet (not "until he handed over")
        while self.deps[node] == "xcomp" and self.heads[node] != node:
            node = self.heads[node]
            if any(self.lowers[c] in self.words["pending_adverbs"] for c in self.kids(node, {"advmod"})):
                return "pending"
        return ""

    def _speaker(self, verb: int) -> tuple[int | None, str]:
        """(candidate, text) of who reports the clause headed by token *verb* ("X said that …")."""
        heads, deps = self.heads, self.deps
        node = verb
        while deps[node] in {"ccomp", "conj", "parataxis", "xcomp"} and heads[node] != node:
            if any(self.lowers[k] == ";" for k in range(min(node, heads[node]), max(node, heads[node]))):
                break  # "Ireland joins PfP; the government stresses that …": a clause of its own
            came = deps[node]
            node = heads[node]
            if self.lemmas[node] in self.lex["reporting_verbs"] and not (came == "conj" and self.kids(node, {"dobj"})):
                # (not a verb coordinated with one that has its own object: "X declared independence in 2006 and
                # joined the PfP" reports nothing)
                subj = self.kids(node, SUBJECTS)
                if not subj and deps[node] == "conj":  # "X announced its decision and said that …": X said it
                    subj = self.kids(heads[node], SUBJECTS)
                if not subj and node + 1 < len(self.doc) and self.texts[node + 1] == ":":
                    return None, ""  # "Note: the Czech Republic … joined": a label, no one reporting
                if not subj:
                    return None, "unknown"
                ents = self.entities_at(subj[0])
                if not ents and self.tags[subj[0]] == "NNS":
                    return None, ""  # "officials said that …": no one named speaks (docs/annotation.md), the text claims it
                return ents[0][0] if ents else None, " ".join(t.text for t in self.doc[subj[0]].subtree)
        return None, ""

    def dated_groups(self, word: Token, sent: Span) -> Iterator[tuple[list[int], str]]:
        """Runs of countries after *word* (a verb, or a noun such as "accession"), each closed by
        "in <date>" ("…, Bulgaria and Romania in 2004") or by a span of years after the date before
        ("Armenia joined in 2004, and Moldova ten years later"): the gapped clauses of a list."""
        doc, i, group = self.doc, word.i + 1, []
        last = self.date(word, sent)
        while i < sent.end:
            index = self.token_to_candidate.get(i)
            if index is not None and self.candidates[index].kind == "Country" and self.spans[index].start == i \
                    and (group or self._opens_clause(i)):  # a new clause, not "over Libya in 2011"
                group.append(index)
                i = self.spans[index].end
                continue
            if group and (doc[i].lower_ in {",", "and"} or doc[i].ent_type_ == "ORDINAL"
                          or doc[i].dep_ == "det" and i + 1 < sent.end and doc[i + 1].ent_type_ == "ORDINAL"):
                i += 1  # ("and Sweden the 32nd in 2024": its rank)
                continue
            if group and doc[i].lower_ in {"in", "on"} and i + 1 < sent.end and doc[i + 1].ent_type_ == "DATE":
                end = i + 1
                while end < sent.end and doc[end].ent_type_ == "DATE":
                    end += 1
                # ("Austria followed in February 1995, Malta in April of that year": the year of the date before)
                last = normalize_date(doc[i + 1:end].text) or in_year(doc[i + 1:end].text, last[:4])
                yield group, last
                group, i = [], end
                continue
            if group and doc[i].ent_type_ == "DATE" and doc[i].ent_iob_ == "B":
                end = i + 1
                while end < sent.end and doc[end].ent_iob_ == "I":
                    end += 1
                later = time_later(doc[i:end].text, last, load_lexicon().names["group_sizes"])
                if later:
                    yield group, later
                group, i = [], end
                continue
            group = []
            i += 1

    def _opens_clause(self, i: int) -> bool:
        """Whether the name at *i* follows a comma, a conjunction or an opener such as "followed by"
        (lexicon ``gap_openers``; its determiner aside)."""
        doc = self.doc
        i -= 1
        while i > 0 and doc[i].dep_ == "det":
            i -= 1
        if doc[i].lower_ in {",", ";", "and"}:
            return True
        return any(doc[max(i + 1 - len(o.split()), 0):i + 1].text.lower() == o for o in self.words["gap_openers"])

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
        segment = self._semicolon_segment(verb.i, sent)
        if segment is not None and segment.start > sent.start and (stamp := self.opening_date(segment)):
            # "4 April 2023: Finland joins; 7 March 2024: Sweden joins": a part after a semicolon that
            # opens with a date as a chronology's line does is dated by it (the parser may hang the
            # date on the verb of the part before)
            return stamp
        # a year inside a name ("The 2022 NATO Summit was held … on 29 June 2022") dates the clause
        # only when no date of the clause's own does
        named = [d for d in dates if d.start in self.token_to_candidate or d.end in self.token_to_candidate
                 and self.spans[self.token_to_candidate[d.end]].start == d.end
                 and self.candidates[self.token_to_candidate[d.end]].kind == "Event"]
        dates = [d for d in dates if d not in named] + named
        partial, partial_at = "", sent.end  # a date of the clause's own without its year ("on 12 March"), and where
        for span in dates:
            if self._reaches(span.root.i, verb.i) or (  # "not until 1999, when Poland joined"
                    self.deps[verb.i] in {"relcl", "advcl"} and span.start <= self.heads[verb.i] < span.end) or (
                    # "Romania was the first to sign it, on 26 January 1994": the copula's date
                    self.deps[verb.i] in {"relcl", "acl"} and self._ranked_attribute(self.heads[verb.i])
                    and self._reaches(span.root.i, self.heads[self.heads[verb.i]])):
                found = normalize_date(span.text)
                if not found and not partial:
                    partial, partial_at = span.text, span.start
                if found:
                    # "12 March 1999 - … accede": the parser gave the day to the verb; the line's whole date
                    stamp = self.opening_date(sent) if span.start - sent.start < 6 else ""
                    return stamp if len(stamp) > len(found) and stamp.startswith(found) else found
        opening = [*dates, *(self.doc[t.i:t.i + 1] for t in sent[:3] if t.shape_ == "dddd")]
        leading = next((d for d in opening if not any(t.is_alpha for t in self.doc[sent.start:d.start])), None)
        if leading is not None and leading.end < sent.end and self.doc[leading.end].text in CHRONOLOGY_MARKS:
            return normalize_date(leading.text)  # a chronology's line: "- 2014: Georgia is named …"
        stamp = self.opening_date(sent)
        if stamp:
            return stamp  # "1 April 2009 - Albania and Croatia join", a day the model's NER did not tag
        stamp = self.opening_date(self._line_opening(sent))
        if stamp:
            # "23-25 April 1999 – Washington Summit. Leaders adopt …": the line's date dates its every sentence,
            # and gives the year of one of its own ("1999 – … Hungary and Poland, which joined on 12 March, …")
            if not partial:
                return stamp
            return self._within_line_year(partial, stamp)
        if self._main_clause(verb.i) and (stamp := self._dateline_date(sent)):
            return stamp  # "BRUSSELS, 4 May 1994 - Azerbaijan today became a participant": the news of that day
        for index in self.in_sentence(sent):  # "launched at the Wales Summit in 2014": the summit's year
            span = self.spans[index]
            root = self.roots[index]
            if self.candidates[index].kind == "Event" and root != verb.i and self._reaches(root, verb.i):
                year = next((t.text for t in span if t.shape_ == "dddd"), "")
                if year:
                    return year
        if self.deps[verb.i] == "xcomp" and self.pos[self.heads[verb.i]] in _VERBS:
            return self.date(verb.head, sent)  # "On 7 August 2004, NATO undertook to train …"
        if partial and (counted := self._counted_from_before(sent, partial, partial_at)):
            return counted
        return self.row_date(sent, verb.i)

    def _counted_from_before(self, sent: Span, partial: str, at: int) -> str:
        """The date a yearless *partial* (at token *at*) names from the last full date before it
        (:func:`~kg.extract.dates.year_referred`: "in December of that year", "the next year").
        ("Three years later" after an object is counted by the verb families, from the clause's date.)"""
        if not refers_to_a_year(partial):
            return ""
        before = self._date_before(sent, at)
        return year_referred(partial, before) if before else ""

    def _date_before(self, sent: Span, at: int) -> str:
        """The last full date before token *at* in *sent*, or in the sentence before it, with a year."""
        before = [d for d in self._dates.get(sent.start, ()) if d.end <= at]
        if sent.start > 0:
            before = list(self._dates.get(self.doc[sent.start - 1].sent.start, ())) + before
        for span in reversed(before):
            found = normalize_date(span.text)
            if found[:4].isdigit():
                return found
        return ""

    def _semicolon_segment(self, i: int, sent: Span) -> Span | None:
        """The part of *sent* between semicolons that holds token *i*, or None when the sentence holds
        none or is a table's row."""
        texts = self.texts[sent.start:sent.end]
        if "|" in texts:
            return None  # (a table row's cells are read by their columns: row_date)
        marks = [t for t in range(sent.start, sent.end) if self.texts[t] in _SEGMENT_MARKS]
        if not marks:
            return None
        start = max((t + 1 for t in marks if t < i), default=sent.start)
        end = min((t for t in marks if t > i), default=sent.end)
        return self.doc[start:end]

    def row_date(self, sent: Span, at: int | None = None) -> str:
        """The date of a table row whose cells hold one date alone ("NATO Secretary General | Manfred
        Wörner | 1988-1994": 1988), or "". For a clause at token *at* in a later cell, only a date that
        is the row's first cell or in a column whose header names a date alone ("Year"), which dates what
        every cell says ("10 March 1992 | Ukraine takes its seat …"); another is its column's ("Austria |
        February 1995 | sent troops to KFOR": the joining of the column's framework), and dates the first
        cell's clause only ("Jordan joins the Dialogue | 1995")."""
        if "|" not in self.texts[sent.start:sent.end]:
            return ""
        cells, start = [], sent.start
        for mark in (*(t for t in range(sent.start, sent.end) if self.texts[t] == "|"), sent.end):
            cells.append(self.doc[start:mark])
            start = mark + 1
        # (a cell of a year, or a span of years, that the model left untagged: "2023 | NATO-Ukraine Council | …")
        # (and a day the model left out of the date after it: "10 March 1992 | …")
        dated = [c for c in cells if len(c) and (all(t.ent_type_ == "DATE" or t.is_space or t.is_punct
                                                    or _year_word(t.text) or _day_before_date(t) for t in c)
                 and any(t.ent_type_ == "DATE" or _year_word(t.text) for t in c) or _written_date(c))]
        later = at is not None and (self.table_cells[at] or (0, ""))[0] > 0
        if len(dated) != 1 or later and dated[0].start != sent.start and not self._date_column(dated[0].start):
            return ""
        return normalize_date(dated[0].text)

    def _date_column(self, i: int) -> bool:
        """Whether token *i* is in a table's column its header names a date alone ("Year", "Date"), which
        dates the row, not a column's own fact ("Joined PfP")."""
        cell = self.table_cells[i]
        return cell is not None and cell[1] in self.words["date_columns"]

    def opening_date(self, sent: Span) -> str:
        """The date a line opens with, after any bullet and before a dash or a colon, with a year
        in it and no name ("1 April 2009 - Albania and Croatia join", "- From 1999: Albania, …"):
        it dates the line's clause, or every item of a list line."""
        head = self._opening_head(sent)
        if head is None or not any(t.shape_ == "dddd" for t in head):
            return ""
        return normalize_date(head.text)

    def _within_line_year(self, partial: str, stamp: str) -> str:
        """The date a clause's own yearless date names under a chronology line's date *stamp*: a day or
        month of the line's year ("on 12 March", "in December of the same year"), a span of time after
        it ("five years later", "two days later"), the line's date for one that names no other year
        ("later that year", "during the year"), and none for one that does ("in the 2000s")."""
        if any(word.rstrip(".,") in MONTH_WORDS for word in partial.lower().split()):
            return in_year(partial, stamp[:4]) or normalize_date(f"{partial} {stamp[:4]}")
        words = partial.split()
        later = time_later(" ".join(words[1:] if words and words[0].lower() in ("in", "on") else words), stamp,
                           load_lexicon().names["group_sizes"])
        return later or ("" if any(c.isdigit() for c in partial) else stamp)

    def _line_opening(self, sent: Span) -> Span:
        """The first sentence of the line *sent* is on (*sent* itself when it opens its line)."""
        if self._line_starts is None:  # the first token of each token's line, computed once
            breaks = np.fromiter(("\n" in t.text_with_ws for t in self.doc), dtype=bool, count=len(self.doc))
            opens = np.concatenate(([True], breaks[:-1])) if len(self.doc) else breaks
            self._line_starts = np.maximum.accumulate(np.where(opens, np.arange(len(self.doc)), 0)).tolist()
        start = self.sentence_start[self._line_starts[sent.start]]
        return sent if start == sent.start else self.doc[start].sent

    def _main_clause(self, verb: int) -> bool:
        """Whether token *verb* heads its sentence's main clause, one coordinated with it or an adverbial
        clause of it ("… when President Aliyev signed"), not a relative clause or a phrase's participle."""
        while self.deps[verb] in {"conj", "advcl"} and self.heads[verb] != verb:
            verb = self.heads[verb]
        return self.deps[verb] == "ROOT"

    def _dateline_date(self, sent: Span) -> str:
        """The date of a news item's dateline that opens *sent* or ends right before it ("INDEPENDENCE,
        Missouri, 12 March 1999 –": :func:`~kg.extract.dates.dateline_end`), or ""."""
        if sent.start > 0 and self.texts[sent.start - 1] in DASHES:
            sent = self.doc[sent.start - 1].sent  # (the pipeline ends a sentence at the dateline's dash)
        if sent.start > 0 and "\n" not in self.doc[sent.start - 1].text_with_ws:
            return ""
        after = dateline_end(self.doc, sent.start)
        return next((found for d in self._dates.get(sent.start, ()) if d.end == after - 1
                     and (found := normalize_date(d.text))), "") if after else ""

    def opens_with_day(self, sent: Span) -> bool:
        """Whether a line opens with a day of a year its section names ("9 February - Slovakia signs.")."""
        head = self._opening_head(sent)
        return head is not None and is_day_of_month(head.text)

    def _opening_head(self, sent: Span) -> Span | None:
        """The words before a chronology line's dash or colon (after any bullet), none of them a name."""
        start = sent.start + 1 if not (sent[0].is_alpha or sent[0].like_num) else sent.start
        mark = next((t.i for t in self.doc[start:min(start + 5, sent.end)] if t.text in CHRONOLOGY_MARKS), None)
        if mark is None or mark == start or mark + 1 >= sent.end:
            return None
        head = self.doc[start:mark]
        return None if any(t.i in self.token_to_candidate for t in head) else head

    def _reaches(self, node: int, verb: int) -> bool:
        """Whether token *node* hangs on token *verb* through prepositions, temporal modifiers or the
        verb's arguments, not through another clause or a common noun."""
        heads, pos, lowers = self.heads, self.pos, self.lowers
        while heads[node] != node and node != verb:
            parent = heads[node]
            if parent == verb:
                return True
            if pos[parent] in _VERBS and self._since_clause(parent):
                node = parent  # "a partner of NATO since it joined the NACC in 1992": since then
                continue
            if pos[parent] in _VERBS or self.deps[parent] == "appos" and pos[parent] == "NOUN":
                return False  # (nor through an apposition: "Iraq, a partner across the globe since 2012, …")
            if pos[parent] in {"NOUN", "PROPN"} and parent not in self.token_to_candidate \
                    and not (self.deps[parent] == "pobj" and (lowers[heads[parent]] in self.words["since_preps"]
                                                              or lowers[heads[parent]] in self.words["predicative_preps"])):
                return False  # (but "since its creation in 1997", "as its 29th member in 2017" date the clause)
            node = parent
        return node == verb

    def _since_clause(self, verb: int) -> bool:
        """A clause that says since when its head's state holds ("since it joined …", "since joining …")."""
        since = self.words["since_preps"]
        return self.deps[verb] == "advcl" and any(self.lowers[m] in since for m in self.kids(verb, {"mark"})) \
            or self.deps[verb] == "pcomp" and self.lowers[self.heads[verb]] in since

    def companions(self, subjects: list[Arg], objects: list[Arg], verb: Token,
                   kinds: Collection[str] | None = None) -> list[Arg]:
        """Entities said to do the same as the subjects ("Australia became a partner, alongside
        Finland and Georgia", "…, together with Jordan"), of the subjects' class (or of *kinds*)."""
        kinds = set(kinds) if kinds is not None else {self.candidates[s].kind for s, _ in subjects if s >= 0}
        if None in kinds:  # "It joined the PfP in 2006, together with Montenegro": whatever "it" is, a member's class
            kinds |= set(self.lex["member_kinds"])
        taken = {s for s, _ in subjects} | {o for o, _ in objects}
        found: list[Arg] = []
        # and the copula's attribute ("X is one of NATO's partners, together with A and B")
        attributes = self.kids(verb.i, {"attr", "oprd"}) if self.raw_lemmas[verb.i] in self.linking else []
        lowers, preps = self.lowers, self.lex["companion_preps"]
        for anchor in (verb.i, *attributes, *(self.roots[i] for i, _ in (*subjects, *objects) if i >= 0)):
            for prep in self.kids(anchor, _PREP):
                words = f"{lowers[prep - 1]} {lowers[prep]}" if prep > 0 else lowers[prep]
                # "along with Russia": the parser may hang "with" on "along"
                inner = [p for p in self.kids(prep, _PREP) if f"{lowers[prep]} {lowers[p]}" in preps]
                for at in ([prep] if lowers[prep] in preps or words in preps else inner):
                    found += [e for e in self.pobjs_at(at) if e[0] not in taken
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
        for number, (s, s_proxy) in enumerate(subjects):
            own = bracketed_date(self.spans[s].root) or self.date_after(s) if s in self.spans else ""
            for o, _ in objects:
                if s == o or s >= 0 and o >= 0 and self.candidates[s].key is not None \
                        and self.candidates[s].key == self.candidates[o].key:
                    continue
                # ("took part in Madrid (2022) and Vilnius (2023)": an object's own date too)
                yield RelationCandidate(
                    s, predicate, o, "proxy-subject" if s_proxy and rule.startswith("active") else rule, lemma,
                    self.offset + sent.start_char, self.offset + sent.end_char,
                    NEGATIVE if self.negated(o) else polarity, modality, speaker, speaker_text,
                    own or (self.date_after(o, verb) if o in self.spans else "") or date)

    def date_after(self, index: int, verb: Token | None = None) -> str:
        """A date alone in the brackets right after mention *index* ("Finland (4 April 2023)", "Madrid
        (2022)") or after the bracket's names and comma ("Spaak (Belgium, 1957–1961)"), or in the phrase
        right after it and its abbreviation ("the Stabilisation Force (SFOR) from December 1996"), that
        phrase hung on *verb* or on the mention when *verb* is given; or ""."""
        at = self.spans[index].end
        if at < len(self.doc) and self.texts[at] == "(" and self.doc[at + 1:at + 2].text.isupper():
            at = next((t.i + 1 for t in self.doc[at:at + _ABBREVIATION_TOKENS] if t.text == ")"), at)
        if at + 1 < len(self.doc) and self.lowers[at] in self.words["own_date_preps"] \
                and self.doc[at + 1].ent_type_ == "DATE" \
                and (verb is None or self.heads[at] in (verb.i, self.spans[index].root.i)):
            return self.date_from(at + 1, len(self.doc))
        if at >= len(self.doc) - 1 or self.texts[at] != "(":
            return ""
        close = next((t.i for t in self.doc[at + 1:min(at + _BRACKET_DATE_TOKENS, len(self.doc))]
                      if t.text == ")"), None)
        inside = self.doc[at + 1:close] if close is not None else None
        comma = next((t.i for t in reversed(inside) if t.text == ","), None) if inside is not None else None
        if comma is not None and all(t in self.token_to_candidate or self.doc[t].is_punct
                                     for t in range(at + 1, comma)):
            inside = self.doc[comma + 1:close]  # "Spaak (Belgium, 1957–1961)": after a name and a comma
        if inside is None or not len(inside) or any(t.ent_type_ != "DATE" and not YEAR_SPAN.fullmatch(t.text)
                                                    for t in inside):
            return ""  # (the model may leave a span of years untagged: "Spaak (1957–1961)")
        return normalize_date(inside.text)

    def date_from(self, at: int, end: int) -> str:
        """The date the run of DATE tokens from token *at* (up to *end*) states, normalised."""
        stop = next((t.i for t in self.doc[at:end] if t.ent_type_ != "DATE"), end)
        return normalize_date(self.doc[at:stop].text)

    def joined_attributes(self, verb: Token) -> list[Token]:
        """Nouns the parser joins to a linking verb after its attribute, with no subject of their own: a
        second attribute ("has been a member of the PfP since 1994 and a member of the EAPC since 1997")."""
        return [c for c in verb.children if c.dep_ == "conj" and c.pos_ in {"NOUN", "PROPN"} and c.i > verb.i
                and not any(k.dep_ in {"nsubj", "nsubjpass"} for k in c.children)]

    def held_before(self, noun: Token, index: int) -> bool:
        """Whether a word of a past role ("former", "ex") stands in *noun*'s phrase before mention *index*:
        "NATO's first former Warsaw Pact members" were members of the Pact before the clause's time,
        which does not date it."""
        if index < 0 or index not in self.spans:
            return False
        words = self.words["past_role_words"]
        end = min(self.spans[index].start, noun.right_edge.i + 1)
        return any(t.lower_ in words for t in self.doc[noun.left_edge.i:end])

    def prefix_negated(self, noun: Token) -> bool:
        """A relational word under a negating prefix: "a non-member state", "the sole non-signatory"
        or a member of a negated whole, "non-alliance members" (not a negated name elsewhere, "the largest
        non-NATO contributor", nor another word, "a non-permanent member")."""
        own = self.lex["nouns"].get(self.lemmas[noun.i])
        member = own == "memberOf"  # "non-alliance members", "non-NATO members"
        # (a prefix on another tie leaves the noun's own: "non-member partners" are partners)
        words = [noun.i, *(c for c in self.kids(noun.i, _MODIFIERS) if (
            member or c not in self.token_to_candidate and self.lemmas[c] in self.lex["nouns"]
            and own in {None, self.lex["nouns"][self.lemmas[c]]}))]
        return any(self.after_negating_prefix(i) for i in words)

    def phrase_negated(self, noun: Token) -> bool:
        """A negation inside the noun's own phrase, before it: "a partner but not yet a member of NATO"
        (the clause's verb is not negated, the second attribute is), or one the parser hung on the
        coordinator right before it ("EU members but not Allies")."""
        before = noun.i - 1
        while before >= 0 and self.deps[before] == "det":
            before -= 1
        return any(self.deps[i] == "neg" for i in range(noun.left_edge.i, noun.i)) or (
            before >= 0 and self.deps[before] == "neg" and self.deps[self.heads[before]] == "cc")

    def after_negating_prefix(self, i: int) -> bool:
        """Token *i* follows "non-" (or "non–")."""
        return i >= 2 and self.texts[i - 1] in {"-", "–"} and self.lowers[i - 2] in self.words["negating_prefixes"]

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
        """An end excluded by its own negation: "entered the EU but not NATO", "non-NATO countries",
        "belong to NATO but not to the EU", "has no Membership Action Plan"."""
        span = self.spans.get(index) if index >= 0 else None
        if span is None:
            return False
        if self.after_negating_prefix(span.start):
            return True
        deps, heads, root = self.deps, self.heads, self.roots[index]
        before = span.start - 1
        while before >= 0 and deps[before] == "det":
            before -= 1
        if before >= 0 and self.pos[before] == "ADP" and heads[root] == before:
            before -= 1  # "not to the EU": the negation stands before the end's own preposition
        if any(self.lowers[d] in self.words["negating_determiners"] for d in self.kids(root, {"det"})):
            return True  # "Georgia has no Membership Action Plan"
        # "but not Allies": the parser may hang the negation on the coordinator
        return bool(self.kids(root, {"neg"})) or (before >= 0 and deps[before] == "neg" and (
            heads[before] in (root, before + 1) or deps[heads[before]] == "cc"))
