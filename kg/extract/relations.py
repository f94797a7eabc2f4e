"""Relations from the dependency parse, between entity mentions of one paragraph.

Pattern families (the ``rule`` recorded on every relation):

* ``active`` / ``active-prep``: subject–verb–object, and verb + preposition ("cooperate with");
* ``passive-agent`` / ``passive-prep``: "X was adopted by Y", "the summit was held in Lisbon";
* ``participle``: "the Plan (adopted in May) ..." — the agent is the subject of the governing clause;
* ``proxy-subject``: "representatives from A, B and C briefed ..." — the group stands for its members;
* ``relational-noun``: "NATO's partnerships with the UN", "Finland's membership of NATO";
* ``copula``: "Norway is a member of NATO" (also *become*, *remain*: ``linking_verbs``);
* ``title``: "NATO Secretary General Jaap de Hoop Scheffer" → leaderOf.

Coordination is followed on either side, subjects are inherited through ``conj``/``xcomp``,
and every relation carries polarity (negation), modality (modal verbs, questions) and the
speaker of reported speech. Verb and noun → property maps come from ``data/lexicon/relations.json``.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from .dates import normalize_date
from ..lexicon import load_lexicon
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
    date: str = ""


class _Reader:
    """Holds one paragraph's doc and mention candidates while the patterns run."""

    def __init__(self, doc: Doc, candidates: list[Candidate], offset: int) -> None:
        self.doc, self.candidates, self.offset = doc, candidates, offset
        self.lex = load_lexicon().relations
        self.token_to_candidate: dict[int, int] = {}
        self.spans: dict[int, Span] = {}
        for index, cand in enumerate(candidates):
            span = doc.char_span(cand.start - offset, cand.end - offset, alignment_mode="expand")
            if span is not None:
                self.spans[index] = span
                for token in span:
                    self.token_to_candidate[token.i] = index
        self.proxies = set(self.lex["proxy_nouns"])
        self.actions = set(self.lex["action_nouns"])
        self.linking = set(self.lex["linking_verbs"])

    # -- arguments ------------------------------------------------------------------
    def entities(self, token: Token) -> list[tuple[int, bool]]:
        """Candidates denoted by *token* and its conjuncts; True marks a proxy ("representatives from X")."""
        found: list[tuple[int, bool]] = []
        if token.lower_ in {"that", "which", "who"} and token.head.dep_ == "relcl":
            return self.antecedent(token.head.head)
        for item in (token, *token.conjuncts):
            if item.i in self.token_to_candidate:
                found.append((self.token_to_candidate[item.i], False))
                found.extend((i, False) for i in self.composite(item))
            elif item.lemma_.lower() in self.actions:
                # "the US deployment … would not affect …": the owner of an action acts
                found.extend((self.token_to_candidate[m.i], True) for m in item.children
                             if m.dep_ in {"compound", "poss", "amod"} and m.i in self.token_to_candidate)
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

    def antecedent(self, noun: Token) -> list[tuple[int, bool]]:
        """What a relative pronoun stands for: the noun it modifies, or the subject that noun describes
        ("NATO is an organization that connects ...")."""
        found = self.entities(noun) if noun.lower_ not in {"that", "which", "who"} else []
        if not found and noun.dep_ == "attr" and noun.head.lemma_ in self.linking:
            found = self.subjects(noun.head)
        return found

    def owners(self, noun: Token) -> list[tuple[int, bool]]:
        """Entities owning *noun*: "NATO's partnerships", "NATO partnerships", "NATO-based fora"."""
        found = [e for c in noun.children if c.dep_ in {"poss", "compound"} for e in self.entities(c)]
        for mod in noun.children:
            if mod.dep_ == "amod" and mod.lower_ in self.lex["owner_participles"]:
                found += [e for c in mod.children if c.dep_ in {"npadvmod", "compound"} for e in self.entities(c)]
        return found

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
                elif token.pos_ in {"NOUN", "PROPN"}:
                    lemma = token.lemma_.lower()
                    if lemma in self.lex["nouns"]:
                        yield from self.noun_relations(token, sent)
                    if lemma in self.lex["container_nouns"] or token.lower_ in self.lex["container_nouns"]:
                        yield from self.inclusion_relations(token, sent)
                    if lemma in self.lex["agentive_nouns"]:
                        yield from self.agentive_relations(token, sent)
                    if lemma in self.actions:
                        yield from self.action_relations(token, sent)
            yield from self.title_relations(sent)
            yield from self.event_places(sent)

    def emit(self, subjects: list[tuple[int, bool]], predicate: str, objects: list[tuple[int, bool]],
             rule: str, verb: Token, sent: Span, lemma: str,
             stance: tuple[str, str, int | None, str] | None = None) -> Iterator[RelationCandidate]:
        if not subjects or not objects:
            return
        polarity, modality, speaker, speaker_text = stance or self.stance(verb, sent)
        date = self.date(verb, sent)
        for s, s_proxy in subjects:
            for o, _ in objects:
                if s == o or self.candidates[s].key is not None and self.candidates[s].key == self.candidates[o].key:
                    continue
                yield RelationCandidate(
                    s, predicate, o, "proxy-subject" if s_proxy and rule.startswith("active") else rule, lemma,
                    self.offset + sent.start_char, self.offset + sent.end_char,
                    polarity, modality, speaker, speaker_text, date)

    def date(self, verb: Token, sent: Span) -> str:
        """The dated expression governed by *verb*, else the only one in the sentence."""
        dates = [e for e in sent.ents if e.label_ == "DATE"]
        own = [e for e in dates if verb.i in {t.i for t in e.root.ancestors}]
        for span in own or (dates if len(dates) == 1 else []):
            found = normalize_date(span.text)
            if found:
                return found
        return ""

    def verb_relations(self, verb: Token, sent: Span) -> Iterator[RelationCandidate]:
        lemma = verb.lemma_.lower()
        particle = next((c.lower_ for c in verb.children if c.dep_ == "prt"), "")
        phrase = f"{lemma} {particle}" if particle else lemma
        predicate = self.lex["verbs"].get(phrase, "relatedTo")
        children = list(verb.children)
        passive = any(c.dep_ in {"nsubjpass", "auxpass"} for c in children)
        preps = [c for c in children if c.dep_ in {"prep", "agent"}]
        if lemma in self.linking:
            yield from self.copula(verb, sent)
            return
        parenthetical = any(c.text == "(" for c in children) and not any(c.dep_ in _SUBJECTS for c in children)
        if passive or (verb.tag_ == "VBN" and (verb.dep_ in {"acl", "advcl"} or parenthetical)):
            patients = [e for c in children if c.dep_ == "nsubjpass" for e in self.entities(c)]
            rule = "passive-agent"
            if not patients and (verb.dep_ in {"acl", "advcl"} or parenthetical):
                patients, rule = self.participle_patient(verb), "participle"
            agents = [e for c in children if c.dep_ == "agent" for e in self.pobjs(c)]
            if not agents and rule == "participle":
                agents = self.instrument_agents(verb) or self.governing_subject(verb)
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
        if not objects:  # "… would not affect the strategic balance with Russia"
            via = [e for c in children if c.dep_ == "dobj" for p in c.children
                   if p.dep_ == "prep" and p.lower_ in self.lex["object_preps"] for e in self.pobjs(p)]
            yield from self.emit(subjects, "relatedTo", via, "object-via-prep", verb, sent, phrase)
        for obj in (c for c in children if c.dep_ == "dobj"):
            noun = obj.lemma_.lower()
            if noun in self.lex["nouns"] and any(m.lower_ == "other" for m in obj.children):
                yield from self.emit(subjects, self.lex["nouns"][noun], self.owners(obj), "other-members", verb, sent,
                                     f"other {noun}")
        for prep in preps:
            key = f"{phrase} {prep.lower_}"
            mapped = self.lex["verb_preps"].get(key)
            if mapped is None and (prep.lower_ not in {"with", "against", "to"} or objects):
                continue
            yield from self.emit(subjects, mapped or predicate, self.pobjs(prep),
                                 "active-prep", verb, sent, key)

    def instrument_agents(self, verb: Token) -> list[tuple[int, bool]]:
        """"founded with the signing of the Treaty": the instrument named by a nominalisation."""
        found = []
        for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "with"):
            for noun in (c for c in prep.children if c.dep_ == "pobj" and c.lower_ in self.lex["instrument_nouns"]):
                found += [e for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for e in self.pobjs(p)]
        return found

    def participle_patient(self, verb: Token) -> list[tuple[int, bool]]:
        """The noun a participle describes: its head (acl), the subject of the clause it opens
        ("Founded in 1949, NATO ..."), or the entity right before it ("X (adopted ...)")."""
        if verb.dep_ == "acl":
            return self.entities(verb.head)
        if verb.i < verb.head.i and verb.left_edge.i == verb.head.left_edge.i:
            return self.subjects(verb.head)
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
        if noun.dep_ == "attr" and noun.head.lemma_ in self.linking:
            return
        predicate = self.lex["nouns"][noun.lemma_.lower()]
        owners = self.owners(noun)
        others = [e for c in noun.children if c.dep_ == "prep" and c.lower_ in {"with", "of", "in", "between", "to"}
                  for e in self.pobjs(c)]
        own_preps = {c.lower_ for c in noun.children if c.dep_ == "prep"}
        if noun.head.i != noun.i and noun.dep_ in {"dobj", "nsubj", "nsubjpass", "pobj"}:
            others += [e for c in noun.head.children if c.dep_ == "prep" and c.i > noun.i and c.lower_ in own_preps
                       for e in self.pobjs(c)]
        if not owners and len(others) > 1 and any(c.lower_ == "between" for c in noun.children):
            owners, others = others[:1], others[1:]
        governor = noun
        while governor.pos_ not in {"VERB", "AUX"} and governor.head.i != governor.i:
            governor = governor.head
        yield from self.emit(owners, predicate, others, "relational-noun", governor, sent, noun.lemma_.lower())

    def inclusion_relations(self, noun: Token, sent: Span) -> Iterator[RelationCandidate]:
        """Hearst pattern: "NATO-based fora, including the EAPC and PfP" → each member partOf the owner."""
        owners = self.owners(noun)
        if not owners:
            return
        members = [e for c in noun.children if c.dep_ == "prep" and c.lower_ in self.lex["inclusion_preps"]
                   for e in self.pobjs(c)]
        governor = noun
        while governor.pos_ not in {"VERB", "AUX"} and governor.head.i != governor.i:
            governor = governor.head
        yield from self.emit(members, "partOf", owners, "hearst-including", governor, sent, "include")

    def agentive_relations(self, noun: Token, sent: Span) -> Iterator[RelationCandidate]:
        """"X marks ... in an address to Y": the subject of the governing verb acts towards Y."""
        governor = noun.head
        while governor.pos_ not in {"VERB", "AUX"} and governor.head.i != governor.i:
            governor = governor.head
        if governor.pos_ not in {"VERB", "AUX"}:
            return
        targets = [e for c in noun.children if c.dep_ == "prep" and c.lower_ == "to" for e in self.pobjs(c)]
        yield from self.emit(self.subjects(governor), self.lex["agentive_nouns"][noun.lemma_.lower()], targets,
                             "agentive-noun", governor, sent, noun.lemma_.lower())

    def action_relations(self, noun: Token, sent: Span) -> Iterator[RelationCandidate]:
        """"the planned US deployment of interceptors in Poland and a radar in the Czech Republic":
        the owner of an action acts on what its *of* names, or on the place or party a preposition
        of the action (or of its theme) names. A plan modifier ("planned") is the modality; the
        speaker of the clause the action sits in is kept, its negation and modals are not the
        action's ("… would not affect …")."""
        owners = [(self.token_to_candidate[m.i], False) for m in noun.children
                  if m.dep_ in {"compound", "poss", "amod"} and m.i in self.token_to_candidate]
        if not owners:
            return
        preps = set(self.lex["action_preps"])
        targets: list[tuple[int, bool]] = []
        for head in (noun, *noun.conjuncts):
            for prep in (c for c in head.children if c.dep_ == "prep"):
                if prep.lower_ in preps:
                    targets += self.pobjs(prep)
                elif prep.lower_ == "of":
                    for theme in (c for c in prep.children if c.dep_ == "pobj"):
                        targets += self.entities(theme)
                        targets += [e for p in theme.children if p.dep_ == "prep" and p.lower_ in preps
                                    for e in self.pobjs(p)]
        lemma = noun.lemma_.lower()
        plans = [self.lex["plan_modifiers"][m.lower_] for m in noun.children
                 if m.dep_ == "amod" and m.lower_ in self.lex["plan_modifiers"]]
        governor = noun
        while governor.pos_ not in {"VERB", "AUX"} and governor.head.i != governor.i:
            governor = governor.head
        _, _, speaker, speaker_text = self.stance(governor, sent)
        verb = self.lex["action_verbs"].get(lemma, lemma)
        yield from self.emit(owners, self.lex["verbs"].get(verb, "relatedTo"), list(dict.fromkeys(targets)),
                             "action-noun", noun, sent, verb,
                             stance=("positive", plans[0] if plans else "", speaker, speaker_text))

    def event_places(self, sent: Span) -> Iterator[RelationCandidate]:
        """An event whose name ends in its place ("a meeting of NATO Foreign Ministers in Oslo") is held there."""
        for index, span in self.spans.items():
            if self.candidates[index].kind != "Event" or not (sent.start <= span.start < sent.end):
                continue
            for other, inner in self.spans.items():
                if (other != index and span.start < inner.start and inner.end == span.end
                        and self.doc[inner.start - 1].lower_ in self.lex["event_place_preps"]):
                    yield from self.emit([(index, False)], "heldIn", [(other, False)], "event-place", span.root, sent,
                                         "hold", stance=("positive", "", None, ""))

    def title_relations(self, sent: Span) -> Iterator[RelationCandidate]:
        """Titles before a name ("NATO Secretary General Jaap de Hoop Scheffer") or in apposition
        ("Jens Stoltenberg, NATO Secretary General" / "NATO's Secretary General, Jens Stoltenberg")."""
        for index, cand in enumerate(self.candidates):
            if cand.kind != "Person":
                continue
            span = self.spans.get(index)
            if span is None or not (sent.start <= span.start < sent.end):
                continue
            found = self._title_before(span, sent)
            if found is None:
                root = span.root
                phrases = [c for c in root.children if c.dep_ == "appos"]
                if root.dep_ == "appos":
                    phrases.append(root.head)
                found = next((f for f in map(self._title_in, phrases) if f is not None), None)
            if found is not None and found[1] != index:
                title, org = found
                yield RelationCandidate(index, self.lex["titles"][title], org, "title", title,
                                        self.offset + sent.start_char, self.offset + sent.end_char)

    def _title_before(self, span: Span, sent: Span) -> tuple[str, int] | None:
        titles: dict[str, str] = self.lex["titles"]
        for size in range(max(len(t.split()) for t in titles), 0, -1):
            start = span.start - size
            if start < sent.start:
                continue
            title = " ".join(t.lower_ for t in self.doc[start:span.start]).replace(" - ", "-")
            if title in titles and start - 1 in self.token_to_candidate:
                return title, self.token_to_candidate[start - 1]
        return None

    def _title_in(self, head: Token) -> tuple[str, int] | None:
        """(title, organisation) named inside the noun phrase headed by *head*, if any."""
        tokens = [t for t in head.subtree if t.i not in self.token_to_candidate or t.i == head.i]
        text = " ".join(t.lower_ for t in tokens if not t.is_punct and t.dep_ != "det")
        orgs = [self.token_to_candidate[t.i] for t in head.subtree if t.i in self.token_to_candidate]
        orgs = [o for o in orgs if self.candidates[o].kind != "Person"]
        for title in sorted(self.lex["titles"], key=len, reverse=True):
            if f" {title} " in f" {text} " and orgs:
                return title, orgs[0]
        return None


def relation_candidates(doc: Doc, candidates: list[Candidate], offset: int = 0) -> list[RelationCandidate]:
    """All relation candidates of a parsed paragraph whose mentions are *candidates*."""
    return list(dict.fromkeys(_Reader(doc, candidates, offset).run()))
