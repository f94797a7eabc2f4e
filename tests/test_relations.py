"""Relation pattern families on short sentences of our own (real model, pinned version)."""

from __future__ import annotations

import pytest

import kg
from kg.ingest import document_from_text

CASES = [
    # (family, sentence, expected (subject, predicate, object, rule) facts)
    ("active", "Finland joined NATO in 2023.",
     {("Country:Finland", "memberOf", "InternationalOrganization:NATO", "active")}),
    ("passive with agent", "The Istanbul Cooperation Initiative was launched by NATO in 2004.",
     {("InternationalOrganization:NATO", "established", "PartnershipFramework:Istanbul Cooperation Initiative",
       "passive-agent")}),
    ("passive without agent", "The Vilnius Summit was held in Lithuania.",
     {("Event:Vilnius Summit 2023", "heldIn", "Country:Lithuania", "passive-prep")}),
    ("participle, agent from the governing clause",
     "The Partnership Action Plan against Terrorism (endorsed in Prague) the Albanian government implemented fully.",
     {("Country:Albania", "adopted", "Agreement:Partnership Action Plan against Terrorism", "participle")}),
    ("participle without parentheses parse",
     "In the Individual Partnership Action Plan (approved last spring) the Georgian government set out its reforms.",
     {("Country:Georgia", "adopted", "Agreement:Individual Partnership Action Plan", "participle")}),
    ("fronted participle with instrument", "Established in 1994 with the signing of the Framework Document, "
     "the Partnership for Peace grew quickly.",
     {("Organization:Framework Document", "established", "PartnershipFramework:Partnership for Peace", "participle")}),
    ("coordinated subjects", "Norway, Denmark and Iceland signed the Washington Treaty.",
     {(f"Country:{c}", "signed", "Agreement:Washington Treaty", "active") for c in ("Norway", "Denmark", "Iceland")}),
    ("relational noun, coordinated objects", "NATO's cooperation with the African Union and the European Union has grown.",
     {("InternationalOrganization:NATO", "cooperatesWith", f"InternationalOrganization:{o}", "relational-noun")
      for o in ("African Union", "European Union")}),
    ("title before the name", "NATO Secretary General Mark Rutte visited Ukraine.",
     {("Person:Mark Rutte", "leaderOf", "InternationalOrganization:NATO", "title"),
      ("Person:Mark Rutte", "relatedTo", "Country:Ukraine", "active")}),
    ("title in apposition", "NATO's Secretary General, Mark Rutte, visited Ukraine.",
     {("Person:Mark Rutte", "leaderOf", "InternationalOrganization:NATO", "title")}),
    ("copula", "Norway is a member of NATO.",
     {("Country:Norway", "memberOf", "InternationalOrganization:NATO", "copula")}),
    ("action noun, owner acts on its object", "The Russian invasion of Ukraine changed everything.",
     {("Country:Russia", "relatedTo", "Country:Ukraine", "action-noun")}),
    ("event named with its place", "The talks continue at a meeting of NATO Foreign Ministers in Oslo.",
     {("Event:meeting of NATO Foreign Ministers in Oslo", "heldIn", "Place:Oslo", "event-place")}),
    ("copula-become", "In 1999 Poland became a member of NATO.",
     {("Country:Poland", "memberOf", "InternationalOrganization:NATO", "copula")}),
    ("inclusion (Hearst)", "NATO bodies, including the North Atlantic Council and the Military Committee, met in Brussels.",
     {("Organization:North Atlantic Council", "partOf", "InternationalOrganization:NATO", "hearst-including"),
      ("Organization:Military Committee", "partOf", "InternationalOrganization:NATO", "hearst-including")}),
    ("relative clause subject", "Norway is a country that borders Russia.",
     {("Country:Norway", "relatedTo", "Country:Russia", "active")}),
    ("relational noun owned by a pronoun", "Turkey strengthened its cooperation with Georgia.",
     {("Country:Türkiye", "cooperatesWith", "Country:Georgia", "relational-noun")}),
    ("object through a preposition", "Norway criticised the border with Russia.",
     {("Country:Norway", "relatedTo", "Country:Russia", "active-prep")}),
    ("group standing for its members", "Delegations from Japan and Australia briefed other NATO partners on the plan.",
     {(f"Country:{c}", "partnerOf", "InternationalOrganization:NATO", "other-members") for c in ("Japan", "Australia")}),
]


@pytest.mark.parametrize(("family", "sentence", "expected"), CASES, ids=[c[0] for c in CASES])
def test_relations_pattern_family(nlp, family: str, sentence: str, expected: set[tuple[str, str, str, str]]) -> None:
    result = kg.extract([document_from_text(sentence)], nlp=nlp)
    found = {(r.subject, r.predicate, r.object, r.rule) for r in result.relations if r.is_fact}
    assert expected <= found, found
    for rel in result.relations:
        assert rel.evidence.sentence == sentence and rel.evidence.start == 0
        assert 0 < rel.confidence <= 1


@pytest.mark.parametrize(
    ("sentence", "polarity", "modality", "speaker"),
    [
        ("Serbia will not join NATO.", "negative", "will", ""),
        ("Ukraine may join NATO.", "positive", "may", ""),
        ("The minister said that Sweden supports Finland.", "positive", "", "The minister"),
        ("Will Ukraine join NATO?", "positive", "will", ""),
        ("The general said that the Russian deployment would not threaten Finland.", "negative", "would", "The general"),
    ],
)
def test_relations_negation_modality_attribution_are_not_plain_facts(
        nlp, sentence: str, polarity: str, modality: str, speaker: str) -> None:
    result = kg.extract([document_from_text(sentence)], nlp=nlp)
    assert result.relations, "the statement is kept"
    rel = result.relations[0]
    assert (rel.polarity, rel.modality, rel.attributed_to) == (polarity, modality, speaker)
    assert not rel.is_fact
    graph = kg.to_graph(result)
    assert not any(str(p).endswith(("#memberOf", "#supports")) for _, p, _ in graph), "no plain triple"


def test_relations_planned_action_of_an_owner_is_qualified_and_not_negated_by_its_clause(nlp) -> None:
    sentence = ("The minister said that the planned US deployment of interceptors in Poland and a radar "
                "in the Czech Republic would not affect the balance.")
    result = kg.extract([document_from_text(sentence)], nlp=nlp)
    found = {(r.subject, r.object, r.verb, r.polarity, r.modality, r.attributed_to)
             for r in result.relations if r.rule == "action-noun"}
    assert found == {("Country:United States", f"Country:{c}", "deploy", "positive", "planned", "The minister")
                     for c in ("Poland", "Czech Republic")}


def test_relations_slash_composite_names_both(nlp) -> None:
    text = "NATO-led bodies, including EAPC/PfP, met again."
    result = kg.extract([document_from_text(text)], nlp=nlp)
    subjects = {r.subject for r in result.relations if r.predicate == "partOf"}
    assert subjects == {"PartnershipFramework:Euro-Atlantic Partnership Council", "PartnershipFramework:Partnership for Peace"}


@pytest.mark.parametrize(
    ("sentence", "date"),
    [
        ("Finland joined NATO on 4 April 2023.", "2023-04-04"),
        ("Poland joined NATO in 1999.", "1999"),
        ("In March 2004, Slovakia joined NATO.", "2004-03"),
        ("Romania joined NATO last year.", ""),
    ],
)
def test_relations_dates_are_normalised(nlp, sentence: str, date: str) -> None:
    result = kg.extract([document_from_text(sentence)], nlp=nlp)
    (rel,) = [r for r in result.relations if r.predicate == "memberOf"]
    assert rel.date == date


def test_dates_normalize_without_guessing() -> None:
    from kg.extract.dates import normalize_date

    assert normalize_date("14 January 2004") == "2004-01-14"
    assert normalize_date("September 11, 2001") == "2001-09-11"
    assert normalize_date("Oslo, 26-27 April 2007") == "2007-04-26"
    assert normalize_date("19 April") == normalize_date("the 1990s") == normalize_date("last year") == ""
