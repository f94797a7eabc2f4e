"""Relations from the dependency parse, between entity mentions of one paragraph.

Pattern families (the ``rule`` recorded on every relation):

* ``active`` / ``active-prep``: subject–verb–object, and verb + preposition ("cooperate with");
* ``passive-agent`` / ``passive-prep``: "X was adopted by Y", "the summit was held in Lisbon";
* ``participle``: "the Plan (adopted in May) ..." — the agent is the subject of the governing clause;
* ``proxy-subject``: "representatives from A, B and C briefed ..." — the group stands for its members;
* ``relational-noun``: "NATO's partnerships with the UN", "Finland's membership of NATO";
* ``copula``: "Norway is a member of NATO";
* ``title``: "NATO Secretary General Jaap de Hoop Scheffer" → leaderOf.

Coordination is followed on either side, subjects are inherited through ``conj``/``xcomp``,
and every relation carries polarity (negation), modality (modal verbs, questions) and the
speaker of reported speech. Verb and noun → property maps come from ``data/lexicon/relations.json``.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from .lexicon import load_lexicon
from .mentions import Candidate

__all__ = ["RelationCandidate", "relation_candidates"]

_SUBJECTS = frozenset({"nsubj", "csubj"})
_INHERIT = frozenset({"conj", "xcomp", "advcl"})


@dataclass(frozen=True, slots=True)
class RelationCandidate:
    """A relation between candidate indices of one paragraph; offsets index the document."""

    subject: int
    predicate: str
    object: int
    rule: str
    verb: str
    sentence_start: int
    sentence_end: int
    polarity: str = "positive"
    modality: str = ""
    speaker: int | None = None
    speaker_text: str = ""


class _Reader:
    """Holds one paragraph's doc and mention candidates while the patterns run."""

    def __init__(self, doc: Doc, candidates: list[Candidate], offset: int) -> None:
        self.doc, self.candidates, self.offset = doc, candidates, offset
        self.lex = load_lexicon().relations
        self.token_to_candidate: dict[int, int] = {}
        for index, cand in enumerate(candidates):
            span = doc.char_span(cand.start - offset, cand.end - offset, alignment_mode="expand")
            if span is not None:
                for token in span:
                    self.token_to_candidate[token.i] = index
        self.proxies = set(self.lex["proxy_nouns"])

    # -- arguments ------------------------------------------------------------------
    def entities(self, token: Token) -> list[tuple[int, bool]]:
        """Candidates denoted by *token* and its conjuncts; True marks a proxy ("representatives from X")."""
        found: list[tuple[int, bool]] = []
        for item in (token, *token.conjuncts):
            if item.i in self.token_to_candidate:
                found.append((self.token_to_candidate[item.i], False))
            elif item.lemma_.lower() in self.proxies:
                for prep in item.children:
                    if prep.dep_ == "prep" and prep.lower_ in {"from", "of"}:
                        for pobj in prep.children:
                            if pobj.dep_ == "pobj":
                                found.extend((i, True) for i, _ in self.entities(pobj))
                for mod in item.children:
                    if mod.dep_ in {"compound", "amod", "poss"} and mod.i in self.token_to_candidate:
                        found.append((self.token_to_candidate[mod.i], True))
        return list(dict.fromkeys(found))

    def subjects(self, verb: Token) -> list[tuple[int, bool]]:
        """Subject entities of *verb*, inherited from the governing verb through conj/xcomp."""
        seen = 0
        while seen < 4:
            subj = [c for c in verb.children if c.dep_ in _SUBJECTS]
            if subj:
                return [e for s in subj for e in self.entities(s)]
            if verb.dep_ in _INHERIT and verb.head.i != verb.i and verb.head.pos_ in {"VERB", "AUX"}:
                verb, seen = verb.head, seen + 1
                continue
            return []
        return []

    def pobjs(self, prep: Token) -> list[tuple[int, bool]]:
        return [e for c in prep.children if c.dep_ == "pobj" for e in self.entities(c)]

    # -- stance -----------------------------------------------------------------------
    def stance(self, verb: Token, sent: Span) -> tuple[str, str, int | None, str]:
        """(polarity, modality, speaker candidate, speaker text) of the clause headed by *verb*."""
        heads = [verb, *(c for c in verb.children if c.dep_ in {"aux", "auxpass"})]
        negated = any(c.dep_ == "neg" for h in heads for c in h.children)
        modals = [c.lemma_.lower() for c in verb.children
                  if c.dep_ in {"aux", "auxpass"} and c.lemma_.lower() in self.lex["modals"]]
        modality = modals[0] if modals else ("question" if sent.text.rstrip().endswith("?") else "")
        speaker, speaker_text = None, ""
        node = verb
        while node.dep_ in {"ccomp", "conj", "parataxis", "xcomp"} and node.head.i != node.i:
            node = node.head
            if node.lemma_.lower() in self.lex["reporting_verbs"]:
                subj = [c for c in node.children if c.dep_ in _SUBJECTS]
                if subj:
                    ents = self.entities(subj[0])
                    speaker = ents[0][0] if ents else None
                    speaker_text = " ".join(t.text for t in subj[0].subtree)
                else:
                    speaker_text = "unknown"
                break
        return ("negative" if negated else "positive"), modality, speaker, speaker_text

    # -- pattern families ---------------------------------------------------------------
    def run(self) -> Iterator[RelationCandidate]:
        for sent in self.doc.sents:
            for token in sent:
                if token.pos_ in {"VERB", "AUX"}:
                    yield from self.verb_relations(token, sent)
                elif token.pos_ in {"NOUN", "PROPN"} and token.lemma_.lower() in self.lex["nouns"]:
                    yield from self.noun_relations(token, sent)
            yield from self.title_relations(sent)

    def emit(self, subjects: list[tuple[int, bool]], predicate: str, objects: list[tuple[int, bool]],
             rule: str, verb: Token, sent: Span, lemma: str) -> Iterator[RelationCandidate]:
        polarity, modality, speaker, speaker_text = self.stance(verb, sent)
        for s, s_proxy in subjects:
            for o, _ in objects:
                if s == o or self.candidates[s].key is not None and self.candidates[s].key == self.candidates[o].key:
                    continue
                yield RelationCandidate(
                    s, predicate, o, "proxy-subject" if s_proxy and rule.startswith("active") else rule, lemma,
                    self.offset + sent.start_char, self.offset + sent.end_char,
                    polarity, modality, speaker, speaker_text)

    def verb_relations(self, verb: Token, sent: Span) -> Iterator[RelationCandidate]:
        lemma = verb.lemma_.lower()
        particle = next((c.lower_ for c in verb.children if c.dep_ == "prt"), "")
        phrase = f"{lemma} {particle}" if particle else lemma
        predicate = self.lex["verbs"].get(phrase, "relatedTo")
        children = list(verb.children)
        passive = any(c.dep_ in {"nsubjpass", "auxpass"} for c in children)
        preps = [c for c in children if c.dep_ in {"prep", "agent"}]
        if lemma == "be":
            yield from self.copula(verb, sent)
            return
        if passive or (verb.tag_ == "VBN" and verb.dep_ in {"acl", "advcl"}):
            patients = [e for c in children if c.dep_ == "nsubjpass" for e in self.entities(c)]
            rule = "passive-agent"
            if not patients and verb.dep_ in {"acl", "advcl"}:
                patients, rule = self.participle_patient(verb), "participle"
            agents = [e for c in children if c.dep_ == "agent" for e in self.pobjs(c)]
            if not agents and rule == "participle":
                agents = self.governing_subject(verb)
            yield from self.emit(agents, predicate, patients, rule, verb, sent, phrase)
            for prep in preps:
                mapped = self.lex["verb_preps"].get(f"{phrase} {prep.lower_}")
                if mapped:
                    yield from self.emit(patients, mapped, self.pobjs(prep), "passive-prep", verb, sent,
                                         f"{phrase} {prep.lower_}")
            return
        subjects = self.subjects(verb)
        if not subjects:
            return
        objects = [e for c in children if c.dep_ in {"dobj", "dative"} for e in self.entities(c)]
        yield from self.emit(subjects, predicate, objects, "active", verb, sent, phrase)
        for prep in preps:
            key = f"{phrase} {prep.lower_}"
            mapped = self.lex["verb_preps"].get(key)
            if mapped is None and (prep.lower_ not in {"with", "against", "to"} or objects):
                continue
            yield from self.emit(subjects, mapped or predicate, self.pobjs(prep),
                                 "active-prep", verb, sent, key)

    def participle_patient(self, verb: Token) -> list[tuple[int, bool]]:
        """The noun a participle describes: its head (acl), or the entity right before it ("X (adopted ...)")."""
        if verb.dep_ == "acl":
            return self.entities(verb.head)
        i = verb.i - 1
        while i > 0 and self.doc[i].is_punct:
            i -= 1
        if i < verb.i - 1 and i in self.token_to_candidate:
            return [(self.token_to_candidate[i], False)]
        return []

    def governing_subject(self, verb: Token) -> list[tuple[int, bool]]:
        """Subject of the clause a subjectless participle sits in: nearest verb with an entity subject."""
        root = verb
        while root.head.i != root.i and root.dep_ not in {"ROOT"}:
            root = root.head
        clauses = [t for t in root.subtree if t.pos_ in {"VERB", "AUX"} and t.i != verb.i]
        clauses.sort(key=lambda t: abs(t.i - verb.i))
        for clause in clauses:
            found = [e for c in clause.children if c.dep_ in _SUBJECTS for e in self.entities(c)]
            if found:
                return found
        return []

    def copula(self, verb: Token, sent: Span) -> Iterator[RelationCandidate]:
        subjects = self.subjects(verb)
        for attr in (c for c in verb.children if c.dep_ == "attr"):
            predicate = self.lex["nouns"].get(attr.lemma_.lower())
            if predicate is None:
                continue
            for prep in (c for c in attr.children if c.dep_ == "prep" and c.lower_ in {"of", "in", "with"}):
                yield from self.emit(subjects, predicate, self.pobjs(prep), "copula", verb, sent, attr.lemma_.lower())

    def noun_relations(self, noun: Token, sent: Span) -> Iterator[RelationCandidate]:
        if noun.dep_ == "attr" and noun.head.lemma_ == "be":
            return
        predicate = self.lex["nouns"][noun.lemma_.lower()]
        owners = [e for c in noun.children if c.dep_ in {"poss", "compound"} for e in self.entities(c)]
        others = [e for c in noun.children if c.dep_ == "prep" and c.lower_ in {"with", "of", "in", "between", "to"}
                  for e in self.pobjs(c)]
        if not owners and len(others) > 1 and any(c.lower_ == "between" for c in noun.children):
            owners, others = others[:1], others[1:]
        governor = noun
        while governor.pos_ not in {"VERB", "AUX"} and governor.head.i != governor.i:
            governor = governor.head
        yield from self.emit(owners, predicate, others, "relational-noun", governor, sent, noun.lemma_.lower())

    def title_relations(self, sent: Span) -> Iterator[RelationCandidate]:
        titles: dict[str, str] = self.lex["titles"]
        longest = max(len(t.split()) for t in titles)
        for index, cand in enumerate(self.candidates):
            if cand.kind != "Person":
                continue
            span = self.doc.char_span(cand.start - self.offset, cand.end - self.offset, alignment_mode="expand")
            if span is None or not (sent.start <= span.start < sent.end):
                continue
            for size in range(longest, 0, -1):
                start = span.start - size
                if start < sent.start:
                    continue
                title = " ".join(t.lower_ for t in self.doc[start:span.start]).replace(" - ", "-")
                if title in titles and start - 1 in self.token_to_candidate:
                    org = self.token_to_candidate[start - 1]
                    yield RelationCandidate(index, titles[title], org, "title", title,
                                            self.offset + sent.start_char, self.offset + sent.end_char)
                    break


def relation_candidates(doc: Doc, candidates: list[Candidate], offset: int = 0) -> list[RelationCandidate]:
    """All relation candidates of a parsed paragraph whose mentions are *candidates*."""
    return list(dict.fromkeys(_Reader(doc, candidates, offset).run()))
