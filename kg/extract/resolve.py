"""Canonical entities: one node per real-world entity across paragraphs and documents.

Resolution order for a mention, each step recorded as the mention's ``rule``:
curated name or alias (``data/reference/``), demonym, abbreviation defined in the text
("Euro-Atlantic Partnership Council (EAPC)"), definite description to the entity last
named with that head ("the Programme"), surname of a person named in full, and finally
the folded name within its class. Names never merge across classes, and folding keeps
digits, so "Article 4" and "Article 5" stay apart.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter, defaultdict, deque
from collections.abc import Collection, Iterator, Mapping
from dataclasses import replace
from typing import TypeVar

from ..model import LEARNED_RULE, NEGATIVE, POSITIVE, Entity, Evidence, Extraction, Mention, Relation
from ..lexicon import Lexicon, load_lexicon
from .mentions import BULLET_MARK, PERSON_LOOKALIKES, Candidate, alias_index, strip_honorifics
from .context import MEMBER_HINT, TOPIC, RelationCandidate
from .dates import full_date, normalize_date, opening_day
from .signatures import fit

__all__ = ["Resolver"]

_T = TypeVar("_T")

#: the classes whose curated names inside another's count as mentions of them (salience), and the
#: classes of the names they count inside
_WHOLE_NAMES = frozenset({"Country", "InternationalOrganization"})
_PART_NAMES = frozenset({"Organization", "Event", "Agreement", "PartnershipFramework"})

_ANTECEDENT_KINDS = frozenset({"Agreement", "Event", "Organization", "PartnershipFramework", "InternationalOrganization"})
#: the most words of a line that can be a section's heading (a short line with no closing period)
_SECTION_HEADING_WORDS = 8
#: how many short lines back a fact-sheet field looks for the name it is about
_FIELD_REACH = 12
#: a disambiguating bracket closing a title line: "Partners across the globe (NATO)"
_TITLE_BRACKET = re.compile(r"\s*\([^()]{1,40}\)\s*$")
#: a chronology's heading line that is a year ("1994", "1994:")
_YEAR_HEADING = re.compile(r"(1[89]\d\d|20\d\d)\s*:?")
#: what an office passed on in succession is of: a body, an organisation or an operation (a country's
#: leader is succeeded in an office of that country, and a person may lead a country and a body)
_OFFICE_KINDS = frozenset({"InternationalOrganization", "Organization", "Event"})
#: a succession that names its office ("succeeded X as Prime Minister"), which the title rules read
_NAMED_OFFICE = re.compile(r"\bas\s+(?:the\s+)?(?:new\s+|next\s+)?[A-Z]")
#: a title's label before the name it is about: "Fact sheet: ", "Profile – "
_TITLE_LABEL = re.compile(r"([A-Za-z][\w ]{0,30}?)\s*(?::|\s[-–—])\s+")


class _Persons:
    """Persons named in full (folded, without honorifics) → entity key, indexed by their last and
    first words, so that a surname finds its person without reading every name of the corpus."""

    def __init__(self) -> None:
        self.keys: dict[str, str] = {}
        self.order: dict[str, int] = {}
        self.by_last: dict[str, list[str]] = defaultdict(list)
        self.by_first: dict[str, list[str]] = defaultdict(list)

    def add(self, full: str, key: str) -> None:
        if full not in self.order:
            self.order[full] = len(self.order)
            words = full.split()
            if len(words) > 1:
                self.by_last[words[-1]].append(full)
                self.by_first[words[0]].append(full)
        self.keys[full] = key

    def named_by(self, name: str) -> str | None:
        """The person first named in full whose name ends with *name* ("stoltenberg" of "jens
        stoltenberg"), or starts with it when it is one word (a family name written first)."""
        words = name.split()
        if not words:
            return None
        candidates = self.by_last.get(words[-1], []) + (self.by_first.get(name, []) if len(words) == 1 else [])
        found = [full for full in candidates if full != name and (full.endswith(" " + name) or
                                                                   name == full.split()[0])]
        return self.keys[min(found, key=self.order.__getitem__)] if found else None


class Resolver:
    """Accumulates resolved mentions and relations over a build, document by document."""

    def __init__(self, known: Mapping[tuple[str, str], str] | None = None) -> None:
        """*known* maps (class, folded form) to the name an earlier build gave that entity,
        so that incremental builds keep one name, and one IRI, per entity."""
        self.known = dict(known or {})
        self.lex: Lexicon = load_lexicon()
        #: folded name or alias of each curated country and international organisation -> its key
        self._whole_names = {self.lex.fold(form): key for key, entity in self.lex.curated.items()
                             if entity.kind in _WHOLE_NAMES for form in (entity.name, *entity.aliases)}
        #: key -> what :meth:`_named_inside` found in its name (a name repeats through a document)
        self._inside: dict[str, list[str]] = {}
        self.forms: dict[str, Counter[str]] = defaultdict(Counter)
        self.kinds: dict[str, str] = {}
        self.by_fold: dict[tuple[str, str], str] = {}
        self.abbreviations: dict[str, str] = {}
        # ", better known as the", ", formally a": the text between two names of one entity
        self._naming_cue = re.compile(r"\s*,?\s*(?:{})\s+(?:the\s+|an?\s+)?".format(
            "|".join(re.escape(c).replace(r"\ ", r"\s+") for c in self.lex.names["naming_cues"])), re.IGNORECASE)
        self.persons = _Persons()
        self.long_forms: dict[str, str] = {}
        self.result = Extraction()
        self.named: dict[str, str] = {}
        #: a curated entity's antecedent words (:meth:`_antecedent_words`); the heads descriptions use
        self._words_of: dict[str, list[str]] = {}
        #: the offices a capitalised description names ("the Secretary General")
        self._referred_offices = frozenset(self.lex.names["office_references"].values())
        #: the words that make an office a deputy's, another office ("deputy secretary general")
        self._deputy_words = frozenset(self.lex.relations["deputy_words"]) \
            | frozenset(self.lex.relations["hyphen_deputy_words"])
        self._heads = frozenset({*self.lex.names["anaphor_heads"], *self.lex.names["description_heads"],
                                 *self.lex.names["spelling_variants"].values()})
        self.start_document("")

    def start_document(self, doc_id: str) -> None:
        self._doc_id, self._antecedents = doc_id, {}
        #: the date a header line of the document gives ("Istanbul, 28 June 2004"), for "today" and "this year"
        self._issued = ""
        #: salience within the document: mention counts, the last entity of each class, the last subject
        self._counts: Counter[str] = Counter()
        self._recent: dict[str, str] = {}
        self._last_subject: str | None = None
        #: the last few non-person subjects, with their offsets, the latest last
        self._subjects: deque[tuple[int, str]] = deque(maxlen=8)
        #: the last few entities other than persons and places, with their offsets, the latest last
        self._mentioned: deque[tuple[int, str, bool]] = deque(maxlen=8)
        #: the same, every one of the paragraph being read: its relations are resolved once all its names
        #: are, and a long paragraph's later names would push a sentence's own out of the last few
        self._in_paragraph: list[tuple[int, str, bool]] = []
        self._last_subject_of: dict[str, str] = {}
        #: the last few persons named, with their offsets and whether each was a subject, the latest last
        self._persons_named: deque[tuple[int, str, bool]] = deque(maxlen=8)
        self._agreements: list[str] = []
        #: the person a title last gave each office ("secretary general") of each organisation in this document
        self._holders: defaultdict[str, dict[str, str]] = defaultdict(dict)
        #: persons named in full in this document, for their surnames
        self._doc_persons = _Persons()
        #: the countries last named together ("Poland, Hungary and the Czech Republic"), with their paragraph
        self._group: list[str] = []
        self._last_group: tuple[int, list[str]] | None = None
        #: every group of countries named together so far, in the order named, and of international organisations
        self._groups: list[list[str]] = []
        self._organisation_groups: list[list[str]] = []
        self._paragraphs = 0
        self._paragraph_start = 0
        #: the paragraph each antecedent word last named an entity in, and how often it named each
        self._antecedent_paragraph: dict[str, int] = {}
        self._named_by_word: defaultdict[str, Counter[str]] = defaultdict(Counter)
        #: where each section of the document so far opens, with the entity by class its heading
        #: line names (a line that is one name; none for another heading)
        self._section_starts: list[int] = []
        #: where each year heading of a chronology stands, with its year
        self._year_headings: list[tuple[int, str]] = []
        #: the last implicit object others joined or took part in: (paragraph, sentence start, key)
        self._last_joined: tuple[int, int, str] | None = None
        self._sections: list[dict[str, str]] = []
        #: the one country each section's heading names, if it names one ("Serbia and NATO")
        self._section_countries: list[str | None] = []
        #: the bodies each person of the document leads, and the successions between its persons
        self._offices: defaultdict[str, list[str]] = defaultdict(list)
        self._successions: list[Relation] = []
        #: successions that name their office ("succeeded X as Secretary General of NATO")
        self._named_successions: list[Relation] = []

    def _last_two_countries(self) -> list[str] | None:
        """The last two countries that were subjects of the paragraph's clauses (None for fewer)."""
        named = list(dict.fromkeys(key for start, key in reversed(self._subjects)
                                   if start >= self._paragraph_start and self._kind(key) == "Country"))
        return named[:2][::-1] if len(named) >= 2 else None

    def _referent(self, cand: Candidate) -> str | None:
        """What a pronoun or lower-case description stands for: the last subject of a fitting
        class, else the last entity of that class named in the document."""
        if cand.kind is None and cand.not_within != (0, 0):
            # an object "it": the entity last named, never its own clause's subject ("NATO launched the
            # Dialogue in 1994. Egypt joined it": the Dialogue, not Egypt, nor NATO)
            # ("The ICI was launched at the Istanbul Summit. Bahrain joined it": the ICI, not the venue)
            low, high = cand.not_within
            if cand.name in self.lex.names["possessive_references"]:
                # "Austria and Ireland are among its members": the subject before the clause's own
                subject = next((key for start, key in reversed(self._subjects) if not low <= start < high), None)
                if subject is not None:
                    return subject
            outside = [(key, aside) for start, key, aside in reversed(self._mentioned) if not low <= start < high]
            return next((key for key, aside in outside if not aside), outside[0][0] if outside else None)
        if cand.kind is None:  # "it", "its": the last non-person subject
            return self._last_subject
        if cand.kind == "Person" and cand.name in self._referred_offices:
            # "the Secretary General": whom a title last made it, of the organisation the text names most
            holders = self._holders.get(cand.name, {})
            return holders[max(holders, key=lambda org: self._counts[org])] if holders else None
        if cand.kind == "Person" and cand.not_within != (0, 0):
            # an object "him": a person named before its own clause's subject ("Solana was Secretary General.
            # Robertson succeeded him": Solana), the last such subject first
            low = cand.not_within[0]
            outside = [(key, subject) for start, key, subject in reversed(self._persons_named) if start < low]
            return next((key for key, subject in outside if subject), outside[0][0] if outside else None)
        if cand.name in self.lex.names["collective_references"]:  # "we", "our": the speaker's, the whole text through
            ranked = [k for k, _ in self._counts.most_common() if self._kind(k) == cand.kind]
            if ranked:
                return ranked[0]
        head = self.lex.names["spelling_variants"].get(cand.name, cand.name)
        if head in self._antecedents:  # "the summit": the last entity named "... Summit"
            if self._paragraphs - self._antecedent_paragraph[head] > 1:
                # named paragraphs ago: the one the text names most ("the 1999 summit" in passing,
                # then "The summit took place in …" in a text about the 2010 summit)
                last = self._antecedents[head]
                return max(self._named_by_word[head].items(), key=lambda kv: (kv[1], kv[0] == last))[0]
            return self._antecedents[head]
        if head in self.lex.names["default_referents"]:
            # "the alliance" before NATO is named: NATO if the text names it at all, never the EU named before
            return str(self.lex.names["default_referents"][head])
        if cand.name in self.lex.names["reference_nouns"] and cand.name not in self.lex.names["class_references"]:
            return None  # "the initiative" with no "… Initiative" named before: not the last framework
        return self._last_subject_of.get(cand.kind) or self._recent.get(cand.kind)

    def _topic(self, predicate: str, hint: str, word: str = "", at: int = -1) -> str | None:
        """The entity a list's heading is about: one named in the heading, else the document's
        most mentioned entity of the class the predicate (or its word: one contributes to an
        operation) needs: first the one the heading of the section holding character *at* names."""
        folded = f" {self.lex.fold(hint)} "
        if word:  # the heading's own phrase names no whole ("Troop" in "Troop contributions")
            folded = folded.replace(f" {self.lex.fold(word)} ", " ")
        for key in self._counts:
            if self._kind(key) not in self.lex.relations["whole_kinds"]:
                continue  # "Mediterranean associate delegations:": a region names no whole
            names = {self._kind_name(key), *self.forms[key]}
            if any(f" {self.lex.fold(n)} " in folded for n in names if n):
                return key
        special = self.lex.relations["topic_kinds_by_word"].get(word)
        wanted = self._wanted_kind(predicate, word)
        unwanted = set(special["not_named"]) if special else set()
        needed = set(special.get("named", [])) if special else set()  # one attends a summit, not an operation
        section = self._section_at(at).get(wanted or "")
        if section is not None and not unwanted & set(self.lex.fold(self._kind_name(section)).split()) \
                and (not needed or needed & set(self.lex.fold(self._kind_name(section)).split())):
            return section  # "Istanbul Cooperation Initiative" over "- Participants: Bahrain, Kuwait"
        rival = self.lex.relations["topic_rival_kinds"].get(predicate, {})
        words = self.lex.relations["topic_rival_words"].get(predicate, [])
        rivals: dict[str, list[str]] = rival if not special and word in words else {}

        def rivalling(key: str) -> bool:  # a framework; a body only by its head ("Group", not "Council")
            heads = rivals.get(self._kind(key))
            return heads is not None and (not heads or self._kind_name(key).split()[-1].lower() in heads)

        if rivals:  # "Partners across the globe" over "Members: Australia, Colombia, …": the nearest named section's
            # (for a whole only a heading gives, the nearest section's: not one above "Tools for partners")
            named = next((section for section in self._sections_before(at)
                          if section or predicate in self.lex.relations["topic_rival_sections_only"]), {})
            rival_section = next((k for k in named.values() if rivalling(k)), None)
            if rival_section is not None:
                return rival_section
        if predicate in self.lex.relations["topic_rival_sections_only"]:
            rivals = {}  # "partners" under no heading are the organisation's, however often a framework is named
        ranked = [k for k, _ in self._counts.most_common() if (self._kind(k) == wanted or rivalling(k))
                  and not unwanted & set(self.lex.fold(self._kind_name(k)).split())
                  and (not needed or needed & set(self.lex.fold(self._kind_name(k)).split()))]
        if ranked and self._kind(ranked[0]) != wanted:
            # a rival class only when it is strictly the more mentioned: "Bahrain, Kuwait and Qatar are
            # also members" in a text about the Istanbul Cooperation Initiative, not about NATO
            first = next((k for k in ranked if self._kind(k) == wanted), None)
            if first is not None and self._counts[first] >= self._counts[ranked[0]]:
                return first
        share = special.get("share") if special else None
        if ranked and share and self._counts[ranked[0]] <= share * sum(self._counts[k] for k in ranked):
            return None  # "President X" in a text about several countries: whose is not said
        return ranked[0] if ranked else None

    def _antecedent_words(self, key: str, name: str) -> list[str]:
        """The words by which a description can name this entity later: the heads among the words
        of its name, and of each curated name's last word ("Partnership for Peace programme":
        "the programme"). Computed once per curated entity."""
        if key in self._words_of:
            return self._words_of[key]
        curated = self.lex.curated.get(key)
        names = [curated.name, *(a.rsplit(" ", 1)[-1] for a in curated.aliases)] if curated else [name]
        words = [w for w in self.lex.fold(" ".join(names)).split() if w in self._heads]
        if curated:
            self._words_of[key] = words
        return words

    def _meeting(self, key: str) -> bool:
        """A summit, meeting or conference (not an operation, which has a commander)."""
        return self._kind(key) == "Event" and bool(
            set(self.lex.fold(self._kind_name(key)).split()) & set(self.lex.relations["meeting_heads"]))

    def _open_verb(self, verb: str, subject: str) -> bool:
        """The open relation is kept only for verbs an analyst reads as a link (invade, host, suspend…),
        and for a summit's own links ("the Madrid Summit invited Poland"; NATO's invitation is a
        membership in prospect instead)."""
        words = verb.split(" ")  # "hold talk with": the light verb's noun is the link
        if words[0] in self.lex.relations["meeting_open_verbs"]:
            return self._meeting(subject)
        return words[0] in self.lex.relations["open_verbs"] or len(words) == 3 and words[1] in self.lex.relations["open_verbs"]

    def _kind_name(self, key: str) -> str:
        return self.lex.curated[key].name if key in self.lex.curated else key.split(":", 1)[1]

    # -- mentions ---------------------------------------------------------------------
    def _key(self, cand: Candidate) -> tuple[str | None, str]:
        fold = self.lex.fold(cand.name)
        if cand.key and cand.rule == "reference":  # "Allies": NATO, when the document names it
            return (cand.key if cand.key in self._counts else None), cand.rule
        defined = self.abbreviations.get(cand.text) if cand.text.isupper() else None
        if defined is not None and cand.key and defined != cand.key and not cand.defines:
            # "The Disaster Response Centre (DRC) … the DRC helps Turkey": an abbreviation the document
            # defines is what it stands for there, not a known name's ("DRC", the Congo)
            return defined, "abbreviation"
        if cand.key:
            return cand.key, cand.rule
        if cand.rule == "surname":  # a lone proper noun is a person only as one named in full before
            return self._doc_persons.named_by(cand.name.casefold()), "person-surname"
        if cand.name in self.abbreviations:
            return self.abbreviations[cand.name], "abbreviation"
        if cand.rule == "abbreviation-use":  # not defined in this document: not read as an entity
            return None, cand.rule
        if cand.rule == "reference":
            return self._referent(cand), "reference"
        if cand.rule == "part-of-agreement":
            treaties = [k for k in reversed(self._agreements) if "treaty" in self.lex.fold(self._kind_name(k))]
            return (treaties or list(reversed(self._agreements)) or [None])[0], "reference"
        if cand.rule in {"anaphor", "instrument-description"}:
            head = fold.split()[-1]
            found = self._antecedents.get(self.lex.names["spelling_variants"].get(head, head))
            if found is not None or cand.rule == "anaphor" or cand.name.islower():
                return found, "definite-description"
            # (a capitalised accession instrument no earlier one names is named as written)
        assert cand.kind is not None
        if cand.kind == "Person" or (cand.kind in PERSON_LOOKALIKES and len(cand.name.split()) <= 2):
            # "Stoltenberg" after "Jens Stoltenberg" is the person, whatever class NER gave it;
            # a family name written first ("Kishida Fumio") counts too
            name = strip_honorifics(cand.name, self.lex).casefold()
            known = [self._doc_persons] + ([self.persons] if cand.kind == "Person" else [])
            for persons in known:  # this document's persons first, then the corpus's
                found = persons.named_by(name)
                if found is not None:
                    return found, "person-surname"
            if cand.kind == "Person":
                fold = self.lex.fold(name)
        dated = self._dated_event(cand)
        if dated is not None:  # "Brussels Summit" in a chronology under "1994": the 1994 Brussels Summit
            return dated, "curated-by-year"
        found = self.by_fold.get((cand.kind, fold))
        if found:
            return found, "same-name"
        key = f"{cand.kind}:{cand.name}"
        self.by_fold[(cand.kind, fold)] = key
        self.kinds[key] = cand.kind
        if cand.kind == "Person":
            self.persons.add(strip_honorifics(cand.name, self.lex).casefold(), key)
            self._doc_persons.add(strip_honorifics(cand.name, self.lex).casefold(), key)
        return key, cand.rule

    def add_paragraph(self, candidates: list[Candidate], relations: list[RelationCandidate], sentences: int,
                      text: str, offset: int) -> None:
        """Resolve one paragraph (*text*, at *offset* in its document): candidates in text order, then relations."""
        keys: list[str | None] = []
        groups: dict[int, list[str]] = {}
        self._paragraphs += 1
        self._paragraph_start = offset
        self._in_paragraph = []
        self._read_year_headings(text, offset)
        if self._paragraphs <= _HEADER_PARAGRAPHS and not self._issued:
            self._issued = _issue_date(text)
        previous: tuple[Candidate, str] | None = None
        bodies: tuple[Candidate, str] | None = None  # (the organisation named last, as previous for countries)
        candidates, named_as = self._named_as(candidates, text, offset)
        titles = [rel for rel in relations if rel.predicate == "leaderOf" and rel.rule == "title"
                  and rel.polarity != NEGATIVE and not rel.modality]  # (not "X will become Secretary General")
        for index, cand in enumerate(candidates):
            if titles and cand.rule == "reference" and cand.kind == "Person" and cand.name in self._referred_offices:
                self._note_holders(titles, keys, index)  # (a title given earlier in the paragraph)
            if cand.rule == "reference-group" and cand.kind != "Country":
                # "the two organisations": the two last named, else those last named together, as many as it counts
                kinds = self.lex.names["organisation_group_nouns"].get(cand.name, [cand.kind])
                recent = list(dict.fromkeys(k for _, k, _ in reversed(self._mentioned) if self._kind(k) in kinds))
                named = recent[:2] if cand.count == 2 and len(recent) >= 2 else next(
                    (g for g in reversed(self._organisation_groups) if not cand.count or len(g) == cand.count), None)
                if named is not None:
                    groups[index] = list(named)
                keys.append(None)
                continue
            if cand.rule == "reference-group":
                # a smaller group is some of those last named, which ones unknown ("only two Latin American
                # nations"); a larger one is another group ("The Prague Summit invites seven countries" after
                # the three of Madrid)
                if self._last_group and (self._paragraphs - self._last_group[0] <= 1 and cand.count == 0
                                         or cand.count == len(self._last_group[1])):
                    groups[index] = list(self._last_group[1])
                elif cand.count:  # "Unlike those three, …" after the seven: the last group of three named
                    counted = next((g for g in reversed(self._groups) if len(g) == cand.count), None)
                    if counted is None and cand.count == 2:
                        # "Armenia joined in 1994; Azerbaijan joined the same year. Both countries …": the
                        # two countries last the paragraph's subjects, named apart
                        counted = self._last_two_countries()
                    if counted is not None:
                        groups[index] = list(counted)
                keys.append(None)
                continue
            if index in named_as and keys[named_as[index]] is not None:
                key, rule = keys[named_as[index]], "named-as"  # "X, also known as Y": Y is X
            else:
                key, rule = self._key(cand)
            if rule == "named-as" and cand.kind is not None:  # and so is a later "Y"
                self.by_fold.setdefault((cand.kind, self.lex.fold(cand.name)), key)
            keys.append(key)
            if rule == "reference" and key is not None and cand.subject and cand.key is None \
                    and cand.name not in self.lex.names["collective_references"] \
                    and self._kind(key) not in {"Person", "Place"}:
                # "… when the country joined the NACC, and cooperation began when it joined PfP": it, the
                # country; not "we" or "Allies", who speak of what the text is about
                self._last_subject = key
                self._subjects.append((cand.start, key))
            if key is None or rule == "reference":
                continue
            if self._kind(key) == "Country":
                if previous is not None and _coordinated(text[previous[0].end - offset:cand.start - offset]):
                    going_on = bool(self._group) and self._group[-1] == previous[1]
                    self._group = [*(self._group if going_on else [previous[1]]), key]
                    self._last_group = (self._paragraphs, list(dict.fromkeys(self._group)))
                    if going_on and self._groups:
                        self._groups[-1] = self._last_group[1]
                    else:
                        self._groups.append(self._last_group[1])
                previous = (cand, key)
            elif self._kind(key) == "InternationalOrganization":
                if bodies is not None and _coordinated(text[bodies[0].end - offset:cand.start - offset]):
                    going_on = bool(self._organisation_groups) and self._organisation_groups[-1][-1] == bodies[1]
                    if going_on:
                        self._organisation_groups[-1].append(key)
                    else:
                        self._organisation_groups.append([bodies[1], key])
                bodies = (cand, key)
            kind = self._kind(key)
            self._counts[key] += rule != "name-owner"  # (a name's owner counts through the name: _named_inside)
            for inner in self._named_inside(key, rule):  # "NATO Security Assistance and Training for Ukraine"
                self._counts[inner] += 1  # names NATO and Ukraine, as the parts of a name the model split did
            self._recent[kind] = key
            if kind == "Agreement":
                self._agreements.append(key)
            if cand.subject:
                self._last_subject_of[kind] = key
                if kind != "Person":
                    self._last_subject = key
                    self._subjects.append((cand.start, key))
            if kind not in {"Person", "Place"}:
                self._mentioned.append((cand.start, key, cand.background))
                self._in_paragraph.append((cand.start, key, cand.background))
            elif kind == "Person":
                self._persons_named.append((cand.start, key, cand.subject))
            if cand.defines:
                self.abbreviations.setdefault(cand.defines, key)
                if f"({cand.defines})" in cand.text:  # "Building (DCB) Initiative": "DCB Initiative" names it too
                    self.abbreviations.setdefault(f"{cand.defines} {cand.name.rsplit(' ', 1)[-1]}", key)
                head = cand.name.split(" ", 2)
                if len(head) > 2 and head[1] in self.lex.names["name_head_preps"]:
                    # "Treaty on Conventional Armed Forces in Europe (CFE)": "the CFE Treaty" names it too
                    self.abbreviations.setdefault(f"{cand.defines} {head[0]}", key)
                self.long_forms.setdefault(key, cand.name)
            if kind in _ANTECEDENT_KINDS:
                for word in self._antecedent_words(key, cand.name):
                    self._antecedents[word] = key
                    self._antecedent_paragraph[word] = self._paragraphs
                    self._named_by_word[word][key] += 1
            self.forms[key][cand.name] += 1
            for form in cand.forms:
                self.forms[key][form] += 0  # a form as written, never the name

            self.result.mentions.append(Mention(self._doc_id, cand.text, cand.start, cand.end, cand.label, key, rule))
        self._read_sections(candidates, keys, text, offset)
        read: set[tuple[str, str, str, int]] = set()  # facts read so far, by sentence (a sentence's rules come first)
        for rel in relations:
            for subject, obj in self._ends(rel, keys, groups, candidates):
                self._add_relation(rel, subject, obj, keys, text, offset, read)
        self._note_holders(titles, keys, len(keys))
        self.result.sentences += sentences

    def _note_holders(self, titles: list[RelationCandidate], keys: list[str | None], before: int) -> None:
        """Note the holders of the offices the paragraph's plainly stated *titles* give persons named
        before mention *before* ("Jens Stoltenberg became Secretary General in 2014": the Secretary
        General is he)."""
        for rel in titles:
            office = self._office_of(rel.verb)
            if office is not None and 0 <= rel.subject < before and rel.subject < len(keys) \
                    and (key := keys[rel.subject]) is not None and self._kind(key) == "Person":
                org = keys[rel.object] if 0 <= rel.object < len(keys) else None
                self._holders[office][org or self._topic_organisation()] = key

    def _named_inside(self, key: str, rule: str) -> list[str]:
        """The curated countries and international organisations whose names are words of the name of a
        body, event, agreement or framework: a document that names them so is about them as much."""
        kind, _, name = key.partition(":")
        if kind not in _PART_NAMES or key not in self.lex.curated and rule != "national-mission":
            return []  # (a place's name is no mention: "Gulf of Finland"; nor a name the model found, whose
            # words may be anyone's; but a mission to NATO's: "Mission of Japan to NATO")
        if key not in self._inside:
            words = self.lex.fold(name).replace("-", " ").split()  # ("NATO-Russia Council")
            self._inside[key] = [inner for size in (1, 2, 3) for at in range(len(words) - size + 1)
                                 if (inner := self._whole_names.get(" ".join(words[at:at + size]))) is not None
                                 and inner != key]
        return self._inside[key]

    def _topic_organisation(self) -> str:
        """The international organisation the document names most so far, or "" (whose an office
        with no organisation of its own is: "Secretary General Jens Stoltenberg")."""
        ranked = [k for k, _ in self._counts.most_common() if self._kind(k) == "InternationalOrganization"]
        return ranked[0] if ranked else ""

    def _office_of(self, words: str) -> str | None:
        """The office a title's words name ("NATO secretary general": "secretary general"), or None."""
        offices = self.lex.names["office_references"]
        if not self._deputy_words.isdisjoint(words.replace("-", " ").split()):
            return None  # a deputy's office is another one ("deputy secretary general")
        return next((office for form, office in offices.items() if words == form or words.endswith(f" {form}")), None)

    def _read_sections(self, candidates: list[Candidate], keys: list[str | None], text: str, offset: int) -> None:
        """Note the section headings of the paragraph: a short line with no closing period that is
        not a list item opens a section; one that is a single name makes it the section's entity
        of its class (the implicit whole of the lists below it)."""
        named = {(c.start - offset, c.end - offset): key for c, key in zip(candidates, keys)
                 if key is not None and c.rule != "reference"}
        start = 0
        for line in text.split("\n"):
            stripped = line.strip()
            if stripped and len(stripped.split()) <= _SECTION_HEADING_WORDS \
                    and not stripped.endswith((".", ";", ",")) and not BULLET_MARK.match(stripped) \
                    and not stripped.startswith("(") and "|" not in stripped:
                begin = start + len(line) - len(line.lstrip())
                key = named.get((begin, begin + len(stripped.rstrip(":").rstrip())))
                if key is None and (bracket := _TITLE_BRACKET.search(stripped)):  # "Partners across the globe (NATO)"
                    key = named.get((begin, begin + bracket.start()))
                if key is None and start == 0:  # a paragraph's title line "Fact sheet: NATO Mission Iraq"
                    key = self._titled_name(stripped, begin, named)
                if key is None and stripped.endswith(":"):  # "Key facts about the Resolute Support Mission:"
                    end = begin + len(stripped[:-1].rstrip())
                    key = next((k for (a, b), k in named.items() if b == end and a > begin), None)
                self._section_starts.append(offset + begin)
                self._sections.append({self._kind(key): key} if key is not None else {})
                countries = {k for (a, b), k in named.items() if begin <= a and b <= begin + len(stripped)
                             and self._kind(k) == "Country"}
                self._section_countries.append(countries.pop() if len(countries) == 1 else None)
            start += len(line) + 1

    def _titled_name(self, line: str, begin: int, named: dict[tuple[int, int], str]) -> str | None:
        """The name after a title's label and its colon or dash ("Fact sheet: NATO Mission Iraq",
        "Profile – Jens Stoltenberg"; lexicon ``title_labels``, so that no field, "Commander: X", is one)."""
        found = _TITLE_LABEL.match(line)
        if found is None or found.group(1).lower() not in self.lex.names["title_labels"]:
            return None
        start, end = begin + found.end(), begin + len(line.rstrip(":").rstrip())
        if line[found.end():found.end() + 4].lower() == "the ":
            # "Background: the Mediterranean Dialogue": the name may start after its article
            return named.get((start, end)) or named.get((start + 4, end))
        return named.get((start, end))

    def _named_as(self, candidates: list[Candidate], text: str,
                  offset: int) -> tuple[list[Candidate], dict[int, int]]:
        """Two names a naming phrase joins ("the Treaty of Economic, …, better known as the Brussels
        Treaty"; "the Warsaw Pact, formally a Treaty of Friendship, …") are one entity: a curated
        name gives its key to the other; otherwise the later takes the earlier's (the second map,
        later index → earlier index, for the loop that resolves them in order)."""
        cue = self._naming_cue
        out = list(candidates)
        later: dict[int, int] = {}
        for first, (a, b) in enumerate(zip(candidates, candidates[1:])):
            if (a.kind != b.kind and not (a.key or b.key)) or a.kind not in _ANTECEDENT_KINDS \
                    or b.kind not in _ANTECEDENT_KINDS or a.rule.startswith("reference") \
                    or b.rule.startswith("reference") or not cue.fullmatch(text[a.end - offset:b.start - offset]):
                continue
            if b.key and not a.key:
                out[first] = replace(a, key=b.key, rule="named-as")
            elif a.key and not b.key:
                out[first + 1] = replace(b, key=a.key, rule="named-as")
            elif not a.key and not b.key:
                later[first + 1] = first
        return out, later

    def _field_whole(self, rel: RelationCandidate) -> str | None:
        """What a fact-sheet field is about ("Location: Libya" under "Operation Unified Protector"):
        the name that heads its section, of whatever class."""
        if rel.rule != "list-field":
            return None
        if rel.hint == MEMBER_HINT:  # a field keyed by a name is its section's country's ("Serbia and NATO")
            return next(filter(None, self._nearest_sections(self._section_countries, rel.sentence_start)), None)
        # (each short line opens a section, the fields' own lines too: the nearest one a name heads)
        wholes = self.lex.relations["whole_kinds"]
        return next((key for section in self._sections_before(rel.sentence_start) for key in section.values()
                     if self._kind(key) in wholes), None)

    def _sections_before(self, at: int) -> Iterator[dict[str, str]]:
        """The sections up to character *at*, nearest first, within :data:`_FIELD_REACH` of them (a
        fact sheet's field lines each open a section of their own)."""
        return self._nearest_sections(self._sections, at)

    def _nearest_sections(self, by_section: list[_T], at: int) -> Iterator[_T]:
        """What *by_section* holds for the sections up to character *at*, nearest first, within
        :data:`_FIELD_REACH` of them."""
        found = bisect_right(self._section_starts, at)
        return reversed(by_section[max(0, found - _FIELD_REACH):found])

    def _section_at(self, at: int) -> dict[str, str]:
        """The named entities of the section holding character *at* of the document."""
        found = bisect_right(self._section_starts, at)
        return self._sections[found - 1] if found else {}

    def _ends(self, rel: RelationCandidate, keys: list[str | None], groups: dict[int, list[str]],
              candidates: list[Candidate]) -> list[tuple[str, str]]:
        """(subject, object) keys of a relation: a group reference ("the three countries") gives one per member."""
        def resolve(index: int) -> list[str]:
            if index == TOPIC and rel.verb in self.lex.relations["follow_verbs"]:
                return [found] if (found := self._joined_before(rel)) else []  # only a join said before is followed
            if index == TOPIC and rel.hint == MEMBER_HINT:  # (a field keyed by a name: its section's country or none)
                return [found] if (found := self._field_whole(rel)) else []
            if index == TOPIC:
                found = self._named_before(rel, candidates) or self._joined_before(rel) or self._field_whole(rel) \
                    or self._operation_before(rel) or self._topic(rel.predicate, rel.hint, rel.verb, rel.sentence_start)
                if found and self._joining(rel):
                    self._joined(rel.sentence_start, found)
                return [found] if found else []
            if index in groups:
                return groups[index]
            return [keys[index]] if keys[index] else []
        if rel.subject == rel.object >= 0:  # "the two organisations cooperate": each pair of the group, once
            members = resolve(rel.subject)
            return [(s, o) for n, s in enumerate(members) for o in members[n + 1:] if s != o]
        return [(s, o) for s in resolve(rel.subject) for o in resolve(rel.object) if s != o]

    def _joined_before(self, rel: RelationCandidate) -> str | None:
        """What a sentence before in the paragraph said others joined or took part in, for an
        implicit object of the same kind ("Austria and Ireland sent contingents. Armenia joined in
        2004": the operation they sent them to, not the alliance the text also names)."""
        if not self._joining(rel) or self._last_joined is None:
            return None
        paragraph, start, key = self._last_joined
        return key if paragraph == self._paragraphs and start < rel.sentence_start else None

    def _joined(self, sentence_start: int, whole: str) -> None:
        """Others joined or took part in *whole* in the sentence at *sentence_start* (see :meth:`_joined_before`);
        a run of joins of the same whole keeps the sentence it began in."""
        last = self._last_joined
        if last is None or (last[0], last[2]) != (self._paragraphs, whole):
            self._last_joined = (self._paragraphs, sentence_start, whole)

    def _joining(self, rel: RelationCandidate) -> bool:
        """An implicit object of a verb of joining or taking part ("joined in 2004", "sent troops"),
        not of a noun ("the fifteenth member"), which names a whole of its own."""
        return rel.rule in {"implicit-object", "gapping"} and rel.predicate in self.lex.relations["framework_join_predicates"] \
            and (rel.verb in self.lex.relations["implicit_object"] or rel.verb in self.lex.relations["follow_verbs"])

    def _named_before(self, rel: RelationCandidate, candidates: list[Candidate]) -> str | None:
        """The whole an implicit object stands for when its sentence names one before the subject,
        nearer than the document's most named one: a framework for a country's join ("… decide to
        open the Mediterranean Dialogue with Egypt …; Jordan and Algeria join later"), else the
        class the predicate needs (:meth:`_wanted_kind`: "The European Union expanded in 2004, when
        Poland became a member")."""
        if rel.rule not in {"implicit-object", "gapping"} or rel.subject < 0:
            return None
        joins = rel.predicate in self.lex.relations["framework_join_predicates"] \
            and candidates[rel.subject].kind in {"Country", None}  # (a country, or a reference to one, joins)
        before = candidates[rel.subject].start
        named = [(key, self._kind(key)) for start, key, _ in self._in_paragraph if rel.sentence_start <= start < before]
        kinds = ("PartnershipFramework",) * joins + (self._wanted_kind(rel.predicate, rel.verb),)
        for kind in kinds:
            found = [key for key, named_kind in named if named_kind == kind]
            if found:
                return found[-1]
        return None

    def _operation_before(self, rel: RelationCandidate) -> str | None:
        """The operation a sentence before in the paragraph named, for "the force", "the air campaign"
        ("NATO takes command under Operation Unified Protector. Sweden and Qatar join the allies in the
        air campaign": that operation, not the one the document is about)."""
        if rel.rule != "operation-noun":
            return None
        return next((key for start, key, _ in reversed(self._in_paragraph) if start < rel.sentence_start
                     and self._kind(key) == "Event" and not self._meeting(key)), None)

    def _wanted_kind(self, predicate: str, word: str) -> str | None:
        """The class an implicit object of *predicate* has: the predicate's (lexicon ``topic_kinds``),
        or its trigger word's where that differs (``topic_kinds_by_word``: one contributes to an operation)."""
        special = self.lex.relations["topic_kinds_by_word"].get(word)
        return special["kind"] if special else self.lex.relations["topic_kinds"].get(predicate)

    def _add_relation(self, rel: RelationCandidate, subject: str, obj: str, keys: list[str | None], text: str,
                      offset: int, read: set[tuple[str, str, str, int]]) -> None:
        """Add one resolved relation. A learned pair that a rule of its sentence already read
        between the same entities is left out: the rule reached it through another mention (the
        document's topic, a heading) and has its own date and stance ("Bulgaria and Estonia in
        2004" after "… joined in 1999" is not a second membership dated 1999). A membership of a
        founding treaty (lexicon: founding_treaties) is one of the organisation it founded."""
        obj = self.lex.relations["founding_treaties"].get(rel.predicate, {}).get(obj, obj)
        if obj == subject:
            return  # "the Allies acceded to the Treaty": NATO is no member of itself
        predicate = fit(rel.predicate, self._kind(subject), self._kind(obj), rel.verb, obj)
        verb = rel.verb
        if predicate in self.lex.relations["meeting_roles"] and self._meeting(obj):
            # "chaired by X", "Chair: X": who leads a summit chairs it, and leads no body by it
            # (docs/annotation.md: leaderOf is of an organisation; the chair is an open link)
            predicate, verb = "relatedTo", self.lex.relations["meeting_roles"][predicate]
        elif predicate is None or predicate == "relatedTo" and not self._open_verb(verb, subject):
            return
        fact = (subject, predicate, obj, rel.sentence_start)
        if rel.rule == LEARNED_RULE and fact in read:
            return
        read.add(fact)
        if predicate == "cooperatesWith" and (self._meeting(subject) or self._meeting(obj)):
            return  # an operation works with others; a summit that agrees to cooperate is its members' voice
        speaker = keys[rel.speaker] if rel.speaker is not None else None
        sentence = text[rel.sentence_start - offset:rel.sentence_end - offset]
        start = rel.sentence_start + len(sentence) - len(sentence.lstrip())
        sentence = sentence.strip()  # a list line's sentence ends with its line break
        evidence = Evidence(self._doc_id, sentence, start, start + len(sentence))
        confidence = rel.confidence if rel.confidence is not None else self.lex.relations["rules"][rel.rule]
        # (a chronology line's day under its year's heading first: the more exact of the two)
        date = rel.date or self._day_of_year(sentence, rel.sentence_start) \
            or (self._year_of(subject) if predicate in self.lex.relations["dated_by_event"] else "") \
            or (self._year_of(obj) if predicate in self.lex.relations["dated_by_object_event"] else "") \
            or self._deictic_date(sentence)
        relation = Relation(subject, predicate, obj, evidence, rel.rule, confidence, verb, rel.polarity,
                            rel.modality, speaker or rel.speaker_text, date)
        self.result.relations.append(relation)
        self._pass_office(relation)
        if rel.object != TOPIC and rel.rule != LEARNED_RULE and relation.is_fact and self._kind(subject) == "Country" \
                and predicate in self.lex.relations["framework_join_predicates"] \
                and verb.split(" ")[0] in self.lex.relations["implicit_object"]:
            self._joined(rel.sentence_start, obj)  # "Four of them signed up to PfP in 1994 … Tajikistan joined in 2002"
        charter = self._charter(rel.predicate, obj) if predicate != rel.predicate else None
        if charter is not None:  # "signed PfP": the Partnership for Peace Framework Document the text names
            self.result.relations.append(replace(relation, predicate=rel.predicate, object=charter))

    def _pass_office(self, relation: Relation) -> None:
        """An office passes in succession: "Eisenhower stepped down in 1952 and was succeeded by Ridgway", with
        Eisenhower leading Allied Command Operations, has Ridgway leading it too, and "He handed over to Rutte"
        after "Stoltenberg led NATO" has Rutte lead NATO (rule ``succession-office``, the succession's sentence
        for evidence). Only between persons, of plain facts, and only when the one whose office passes leads
        one body in the document; a succession that names its office is the title rules' to read."""
        if relation.polarity != POSITIVE or relation.modality or self._kind(relation.subject) != "Person":
            return
        if relation.predicate == "leaderOf" and self._kind(relation.object) in _OFFICE_KINDS:
            self._holds(relation.subject, relation.object)
            for succession in self._named_successions:
                self._named_office(succession, relation)
        elif relation.predicate == "succeeded" and self._kind(relation.object) == "Person":
            if _NAMED_OFFICE.search(relation.evidence.sentence):
                self._named_successions.append(relation)
                for leadership in [r for r in self.result.relations if r.evidence == relation.evidence]:
                    self._named_office(relation, leadership)
                return
            self._successions.append(relation)
            self._pass_on(relation.subject, relation.object, relation)
            self._pass_on(relation.object, relation.subject, relation)

    def _named_office(self, succession: Relation, leadership: Relation) -> None:
        """ "Rutte took over as Secretary General of NATO, succeeding Stoltenberg": the office the
        successor's title names in the succession's own sentence was the predecessor's too."""
        if leadership.predicate != "leaderOf" or leadership.subject != succession.subject \
                or leadership.evidence != succession.evidence or leadership.rule != "title" \
                or self._kind(leadership.object) not in _OFFICE_KINDS:
            return
        sentence = succession.evidence.sentence
        if not any(sentence[m.end() - 1:].lower().startswith(leadership.verb) for m in _NAMED_OFFICE.finditer(sentence)):
            return  # "X, Secretary General of NATO, succeeded Y as Prime Minister"
        if leadership.object not in self._offices[succession.object]:
            self.result.relations.append(Relation(
                succession.object, "leaderOf", leadership.object, succession.evidence, "succession-office",
                self.lex.relations["rules"]["succession-office"], succession.verb))
            self._offices[succession.object].append(leadership.object)

    def _holds(self, person: str, office: str) -> None:
        """*person* leads *office*; so do those who succeeded *person* or whom *person* succeeded, if it is one."""
        if office in self._offices[person]:
            return
        self._offices[person].append(office)
        for succession in self._successions:
            if person in (succession.subject, succession.object):
                other = succession.object if person == succession.subject else succession.subject
                self._pass_on(other, person, succession)

    def _pass_on(self, holder: str, other: str, succession: Relation) -> None:
        """*holder* leads the one body *other* leads, by *succession* (dated when *holder* is the successor)."""
        offices = self._offices[other]
        if len(offices) != 1 or offices[0] in self._offices[holder]:
            return
        self.result.relations.append(Relation(
            holder, "leaderOf", offices[0], succession.evidence, "succession-office",
            self.lex.relations["rules"]["succession-office"], succession.verb,
            date=succession.date if holder == succession.subject else ""))
        self._holds(holder, offices[0])

    def _read_year_headings(self, text: str, offset: int) -> None:
        """Note the paragraph's lines that are a year ("1994"): a chronology's heading for the day
        lines and the events below it, read before the paragraph's names."""
        start = 0
        for line in text.split("\n"):
            if _YEAR_HEADING.fullmatch(line.strip()):
                self._year_headings.append((offset + start + len(line) - len(line.lstrip()), line.strip()[:4]))
            start += len(line) + 1

    def _dated_event(self, cand: Candidate) -> str | None:
        """The curated event of a name without a year under a chronology's year heading, or None."""
        found = bisect_right(self._year_headings, (cand.start, "~")) if cand.kind == "Event" else 0
        if not found:
            return None
        key = alias_index().get(self.lex.fold(f"{cand.name} {self._year_headings[found - 1][1]}"))
        return key if key is not None and self._kind(key) == "Event" else None

    def _day_of_year(self, sentence: str, at: int) -> str:
        """The date of a chronology's day line under a year heading ("1994" … "- 10 January: …"): the
        day at the line's start in the year of the heading above it; "" for any other sentence."""
        found = bisect_right(self._year_headings, (at, "~"))
        day = opening_day(sentence) if found else ""
        return normalize_date(f"{day} {self._year_headings[found - 1][1]}") if day else ""

    def _deictic_date(self, sentence: str) -> str:
        """The document's date as far as a word of *sentence* refers to it ("today", "this year"), or ""."""
        if not self._issued:
            return ""
        words = self.lex.relations["deictic_dates"]
        lowered = sentence.lower()
        found = [length for word, length in words.items() if re.search(rf"\b{re.escape(word)}\b", lowered)]
        return self._issued[:max(found)] if found else ""

    def _year_of(self, key: str) -> str:
        """The year in an event's name ("Madrid Summit 2022"): where and when the event was held go
        together, so a place read without a date of its own takes the event's year; and the year an
        agreement's name opens with ("the 2010 Strategic Concept"), the year it was made (not a
        number inside it: "Resolution 1973")."""
        kind, name = self._kind(key), self._kind_name(key)
        if kind == "Agreement":
            first = name.split(" ", 1)[0]
            return first if len(first) == 4 and normalize_date(first) == first else ""
        if kind != "Event":
            return ""
        return normalize_date(name)

    def _charter(self, predicate: str, framework: str) -> str | None:
        """The document of *framework* named in the text ("Partnership for Peace Framework
        Document"), for a relation such as signing that takes a document, not a framework."""
        kinds = self.lex.relations["charter_predicates"].get(predicate)
        if kinds is None or self._kind(framework) != kinds["given"]:
            return None
        name = self.lex.fold(self._kind_name(framework))
        return next((k for k in self._counts if self._kind(k) == kinds["taken"] and k != framework
                     and self.lex.fold(self._kind_name(k)).startswith(f"{name} ")), None)

    # -- result -----------------------------------------------------------------------
    def _known_name(self, kind: str, key: str, forms: Counter[str]) -> str | None:
        for form in [self.long_forms.get(key, ""), *sorted(forms)]:
            found = self.known.get((kind, self.lex.fold(form))) if form else None
            if found:
                return found
        return None

    def flush(self) -> Extraction:
        """The mentions and relations resolved since the last flush, re-keyed to ``Class:Name``.

        Each entity is named (curated name, else its most frequent form so far) when it
        is first flushed, and keeps that name in later flushes, so a build flushed in
        parts gives each entity one node. ``entities`` holds those the part uses.
        """
        for key, forms in self.forms.items():
            if key not in self.named:
                self.named[key] = f"{self._kind(key)}:{self._name(key, forms)}"
        entities: dict[str, Entity] = {}
        used = {m.entity_key for m in self.result.mentions}
        for key in sorted(used, key=self.named.__getitem__):
            new_key = self.named[key]
            kind, name = new_key.split(":", 1)
            aliases = {f for f in self.forms[key] if f != name}
            if key in self.lex.curated:  # the reference's other names too ("2012 Chicago Summit", "OTAN")
                aliases |= {a for a in self.lex.curated[key].aliases if a != name and not a.startswith("the ")}
            if new_key in entities:  # two names of this run that an earlier build already joined
                aliases |= set(entities[new_key].aliases)
            entities[new_key] = Entity(new_key, name, kind, tuple(sorted(aliases)), key in self.lex.curated)
        part, self.result = self.result, Extraction()
        part.entities = dict(sorted(entities.items()))
        part.mentions = [_rekey_mention(m, self.named) for m in part.mentions]
        # a default referent the build never names ("the alliance" in a text naming no alliance) relates nothing
        part.relations = [_rekey_relation(r, self.named) for r in part.relations
                          if r.subject in self.named and r.object in self.named]
        return part

    def finish(self) -> Extraction:
        """Everything not flushed yet (see :meth:`flush`)."""
        return self.flush()

    def _kind(self, key: str) -> str:
        return self.lex.curated[key].kind if key in self.lex.curated else self.kinds[key]

    def _name(self, key: str, forms: Counter[str]) -> str:
        if key in self.lex.curated:
            return self.lex.curated[key].name
        full = _full_name(forms, self.lex.names["name_particles"]) if self.kinds[key] == "Person" else None
        if full:  # "Mark Rutte", however often "Rutte" alone follows it
            return self._known_name("Person", key, forms) or self.long_forms.get(key) or full
        return (self._known_name(self.kinds[key], key, forms) or self.long_forms.get(key)
                or min(forms, key=lambda f: (-forms[f], -len(f), f)))


#: the most words of a person's name as a form of it may give it ("Jaap de Hoop Scheffer")
_FULL_NAME_WORDS = 4
_NAME_WORD = re.compile(r"^[^\W\d_][\w.'’-]*$")


#: how many paragraphs at a document's start may hold its header lines (title, issuer and date)
_HEADER_PARAGRAPHS = 2
#: the longest header line that dates a document
_HEADER_LINE = 200


def _issue_date(text: str) -> str:
    """The full date of the first header line of a paragraph that has one: a short line, no table's nor a
    list's, that is the date alone or ends with it after a comma, as a dateline does, or opens with a word of issue
    (lexicon ``issue_words``: "Issued by the Heads of State and Government … in Istanbul on 28 June 2004";
    not "Georgia joined the PfP on 23 March 1994"), or ""."""
    for line in text.split("\n")[:3]:
        line = line.strip().rstrip(".")
        if not line or len(line) > _HEADER_LINE or "|" in line or not line[0].isalnum():
            continue
        ending = _ENDING_DATE.search(line)
        before = line[:ending.start()].rstrip() if ending else ""
        issued = line.split(" ", 1)[0].lower() in load_lexicon().relations["issue_words"]
        if ending and (not before or before.endswith(",") or issued) and (found := full_date(ending.group(0))):
            return found
    return ""


#: a date, or a range of days, that ends a line ("…, Istanbul, 28 June 2004", "… in Warsaw, 8-9 July 2016")
_ENDING_DATE = re.compile(r"\d{1,2}(?:\s*[-–]\s*\d{1,2})?\s+[A-Za-z]+\.?\s+\d{4}$")


def _full_name(forms: Counter[str], particles: Collection[str]) -> str | None:
    """A person's longest form that only names (no debris before it: "(b) George Robertson",
    "European Commission Ursula von der Leyen"), ending as its other forms do; *particles*: the
    lower-case words a name may hold ("Ursula von der Leyen", "Jaap de Hoop Scheffer")."""
    named = [f for f in forms if len(f.split()) <= _FULL_NAME_WORDS and f[:1].isupper() and all(
        _NAME_WORD.match(w) and (w[0].isupper() or w in particles) for w in f.split())]
    if not named:
        return None
    full = min(named, key=lambda f: (-len(f.split()), -forms[f], -len(f), f))
    return full if all(full == f or full.endswith(" " + f) for f in named) else None


#: a short bracket after a name in a list ("Finland (2023)")
_BRACKET = re.compile(r"^\s*\([^()]{1,40}\)")


def _coordinated(between: str) -> bool:
    """The text between two names joins them in one list: ", ", " and ", ", and the ", also after a
    bracket on the first ("Finland (2023) and Sweden"), or after the abbreviation in it ("the North
    Atlantic Treaty Organization (NATO) and the European Union", from "NATO")."""
    words = _BRACKET.sub(" ", between).replace(")", " ").replace(",", " , ").split()
    return bool(words) and all(w in {",", "and", "or", "the", "&"} for w in words)


def _rekey_mention(m: Mention, rename: dict[str, str]) -> Mention:
    return Mention(m.doc_id, m.text, m.start, m.end, m.label, rename[m.entity_key], m.rule)


def _rekey_relation(r: Relation, rename: dict[str, str]) -> Relation:
    return replace(r, subject=rename[r.subject], object=rename[r.object],
                   attributed_to=rename.get(r.attributed_to, r.attributed_to))
