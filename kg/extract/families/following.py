"""Followers: "Finland became a member on 4 April 2023. Sweden followed on 7 March 2024."

A clause whose only verb is "follow" (lexicon ``follow_verbs``) with countries as its subject and no
object says that they did what the countries of the clause before did, at their own date. The
verb families read it where the clause before is a verb with an object of its own; this step reads
it from whatever the rules found in that clause (a copula's attribute, a relational noun's phrase),
after every family has run over the sentence.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from spacy.tokens import Span

from ...model import POSITIVE
from ..context import TOPIC, Context, RelationCandidate

__all__ = ["followers"]


def followers(ctx: Context, sent: Span, found: list[RelationCandidate],
              before: list[RelationCandidate]) -> Iterator[RelationCandidate]:
    """What the countries that "followed" in *sent* did, read from the facts *found* in the sentence
    before the verb, or else from those of the sentence *before* it (lexicon ``followed_predicates``)."""
    kinds = ctx.lex["followed_predicates"]
    for verb in (t for t in sent if t.pos_ == "VERB" and t.lemma_.lower() in ctx.lex["follow_verbs"]):
        if any(c.dep_ in {"dobj", "agent", "auxpass", "nsubjpass", "xcomp"} or c.dep_ == "prep"
               and c.lower_ in ctx.lex["followed_manner_preps"] for c in verb.children) \
                or verb.dep_ in {"xcomp", "advcl"} or ctx.stance(verb, sent)[:2] != (POSITIVE, ""):
            continue  # "followed the Dialogue", "was followed by", "followed with a protest", "has not followed",
            # "hopes to follow": another reading, or not done
        subjects = [s for s, _ in ctx.subjects(verb) if s in ctx.spans and ctx.candidates[s].kind == "Country"
                    and ctx.spans[s].root.dep_ in {"nsubj", "conj"}]  # (not "Russia's aggression followed")
        if any(f.subject in subjects and f.object >= 0 for f in found):
            continue  # (a family read what they did, not only of the text's topic)
        # ("Finland, which acceded on 4 April 2023, and Sweden, which followed": Finland did its own)
        subjects = [s for s in subjects if not any(f.subject == s and f.rule != "gapping" for f in found)]
        if not subjects:
            continue
        earlier = [f for f in found if f.subject not in subjects and f.subject in ctx.spans
                   and ctx.spans[f.subject].end <= verb.i]
        pool = earlier if earlier else before if verb.dep_ == "ROOT" else []
        ties = {(f.predicate, f.object): f for f in pool if f.predicate in kinds and f.subject >= 0 and f.object >= TOPIC
                and ctx.candidates[f.subject].kind == "Country" and f.object not in subjects
                and (f.polarity, f.modality) == (POSITIVE, "") and not _ended(ctx, f)}
        if not ties:
            continue
        date = ctx.date(verb, sent)
        start, end = ctx.offset + sent.start_char, ctx.offset + sent.end_char
        for subject in subjects:  # (each tie keeps its verb: a topic's reading resolves as it did)
            for tie in ties.values():
                yield replace(tie, subject=subject, rule="gapping", date=date,
                              sentence_start=start, sentence_end=end, speaker=None, speaker_text="",
                              confidence=None)
        taken = set(subjects) | {f.object for f in ties.values()} | {f.subject for f in found if f.object >= 0}
        for group, own in ctx.dated_groups(verb, sent):  # "Austria followed in 1995, Malta in 1996 and …"
            for index in (i for i in group if i not in taken):
                for tie in ties.values():
                    yield replace(tie, subject=index, rule="gapping", date=own,
                                  sentence_start=start, sentence_end=end, speaker=None, speaker_text="",
                                  confidence=None)


def _ended(ctx: Context, fact: RelationCandidate) -> bool:
    """Whether the clause a fact was read from says when it ended ("was a member of the CIS until 2009"):
    who followed then left, not joined."""
    subject = ctx.spans.get(fact.subject)
    if subject is None:
        return False
    sent = subject.sent
    return any(t.lower_ in ctx.words["delay_words"] for t in sent)
