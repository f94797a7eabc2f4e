"""Relation pattern families on short sentences of our own (real model, pinned version)."""

from __future__ import annotations

import pytest

import kg
from kg.ingest import document_from_text
from kg.model import LEARNED_RULE


def read(nlp, text: str) -> kg.Extraction:
    """The real pipeline's extraction of one inline document."""
    return kg.extract([document_from_text(text)], nlp=nlp)


def facts(result: kg.Extraction) -> set[tuple[str, str, str]]:
    """(subject, predicate, object) keys of every relation extracted."""
    return {(r.subject, r.predicate, r.object) for r in result.relations}

CASES = [
    # (family, sentence, expected (subject, predicate, object, rule) facts)
    ("beneficiary", "In 2016 the Allies endorsed the Comprehensive Assistance Package (CAP) for Ukraine.",
     {("Agreement:Comprehensive Assistance Package for Ukraine", "supports", "Country:Ukraine", "beneficiary")}),
    ("attendance", "At the Bucharest Summit in 2008, President Viktor Yushchenko asked for a Membership Action Plan.",
     {("Person:Viktor Yushchenko", "participatesIn", "Event:Bucharest Summit 2008", "attendance")}),
    ("active", "Finland joined NATO in 2023.",
     {("Country:Finland", "memberOf", "InternationalOrganization:NATO", "active")}),
    ("active-prep", "In 2009 NATO worked closely with the navies of China and Japan.",
     {("InternationalOrganization:NATO", "cooperatesWith", "Country:China", "active-prep"),
      ("InternationalOrganization:NATO", "cooperatesWith", "Country:Japan", "active-prep")}),
    ("passive with agent", "The Warsaw Treaty was signed in 1955 between representatives of Albania and Hungary.",
     {("Country:Albania", "signed", "Agreement:Warsaw Treaty", "passive-agent"),
      ("Country:Hungary", "signed", "Agreement:Warsaw Treaty", "passive-agent")}),
    ("title", "The Prime Minister of Sweden, Ulf Kristersson, welcomed the vote.",
     {("Person:Ulf Kristersson", "leaderOf", "Country:Sweden", "title")}),
    ("copula", "The North Atlantic Council is NATO's principal political decision-making body.",
     {("Organization:North Atlantic Council", "partOf", "InternationalOrganization:NATO", "copula")}),
    ("passive with agent", "The Kosovo Force has been led by NATO since June 1999.",
     {("Event:Kosovo Force", "partOf", "InternationalOrganization:NATO", "passive-agent")}),
    ("inverse-active", "Exercise Steadfast Defender involved troops from Poland and Norway.",
     {("Country:Poland", "participatesIn", "Event:Steadfast Defender", "inverse-active"),
      ("Country:Norway", "participatesIn", "Event:Steadfast Defender", "inverse-active")}),
    ("copula", "Israel is part of the Mediterranean Dialogue.",
     {("Country:Israel", "participatesIn", "PartnershipFramework:Mediterranean Dialogue", "copula")}),
    ("copula", "The Kosovo Force is part of NATO.",
     {("Event:Kosovo Force", "partOf", "InternationalOrganization:NATO", "copula")}),
    ("active", "Jordan and NATO have worked together since 1995.",
     {("Country:Jordan", "cooperatesWith", "InternationalOrganization:NATO", "active")}),
    ("active", "In 2008, NATO introduced the Annual National Programme.",
     {("InternationalOrganization:NATO", "established", "Agreement:Annual National Programme", "active")}),
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
     {("Agreement:Partnership for Peace Framework Document", "established", "PartnershipFramework:Partnership for Peace",
       "participle")}),
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
    ("action noun: a war against", "China has become an enabler of Russia's war against Ukraine.",
     {("Country:Russia", "relatedTo", "Country:Ukraine", "action-noun")}),
    ("event named with its place", "The talks continue at a meeting of NATO Foreign Ministers in Oslo.",
     {("Event:Oslo meeting of NATO Foreign Ministers", "heldIn", "Place:Oslo", "event-place")}),
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
    ("light verb with its noun", "Georgia, Moldova and Ukraine take part in the Partnership for Peace.",
     {(f"Country:{c}", "participatesIn", "PartnershipFramework:Partnership for Peace", "active-prep")
      for c in ("Georgia", "Moldova", "Ukraine")}),
    ("light verb, preposition on the noun", "Ukraine took its seat in the North Atlantic Cooperation Council in 1992.",
     {("Country:Ukraine", "participatesIn", "PartnershipFramework:North Atlantic Cooperation Council",
       "active-prep")}),
    ("inverse verb: the object is the member",
     "The Mediterranean Dialogue includes Algeria, Egypt and Tunisia.",
     {(f"Country:{c}", "participatesIn", "PartnershipFramework:Mediterranean Dialogue", "inverse-active")
      for c in ("Algeria", "Egypt", "Tunisia")}),
    ("inverse verb with a relational noun as subject",
     "Contributors to the Kosovo Force have included Albania, Belgium and Spain.",
     {(f"Country:{c}", "participatesIn", "Event:Kosovo Force", "inverse-active") for c in ("Albania", "Belgium", "Spain")}),
    ("a place in its country, the preposition on the verb", "Allied aircraft fly from Ämari in Estonia.",
     {("Place:Ämari", "locatedIn", "Country:Estonia", "place-in")}),
    ("a common noun stands for the examples it introduces",
     "Partners such as Austria and Ireland have sent soldiers to the Kosovo Force.",
     {(f"Country:{c}", "participatesIn", "Event:Kosovo Force", "active-prep") for c in ("Austria", "Ireland")}),
    ("examples of an object", "Ukraine contributed troops to operations including the Kosovo Force.",
     {("Country:Ukraine", "participatesIn", "Event:Kosovo Force", "active-prep")}),
    ("owner of an operation or programme", "Ukraine took part in NATO's counter-piracy operation Ocean Shield.",
     {("Event:Operation Ocean Shield", "partOf", "InternationalOrganization:NATO", "owner")}),
    ("led by its owner", "EUFOR Althea replaced the NATO-led Stabilisation Force in Bosnia and Herzegovina.",
     {("Event:Stabilisation Force", "partOf", "InternationalOrganization:NATO", "owner")}),
    ("one of a named group, with companions",
     "In 2014 Australia became one of five Enhanced Opportunities Partners, alongside Finland and Jordan.",
     {(f"Country:{c}", "participatesIn", "PartnershipFramework:Enhanced Opportunities Partners", "copula")
      for c in ("Australia", "Finland", "Jordan")}),
    ("named one of a group, companions together with", "In 2014 Georgia was named one of five Enhanced "
     "Opportunities Partners, together with Sweden.",
     {(f"Country:{c}", "participatesIn", "PartnershipFramework:Enhanced Opportunities Partners", "copula")
      for c in ("Georgia", "Sweden")}),
    ("an operation named after a lower-case 'operation'",
     "Georgia took part in the maritime operation Active Endeavour.",
     {("Country:Georgia", "participatesIn", "Event:Operation Active Endeavour", "active-prep")}),
    ("one of an owner's partners", "Since 2014, Georgia has been one of NATO's closest operational partners.",
     {("Country:Georgia", "partnerOf", "InternationalOrganization:NATO", "copula")}),
    ("office held through the verb", "Jens Stoltenberg served as Secretary General of NATO from 2014 to 2024.",
     {("Person:Jens Stoltenberg", "leaderOf", "InternationalOrganization:NATO", "title")}),
    ("office before the name, country after it", "The summit was hosted by Prime Minister David Cameron of the "
     "United Kingdom.", {("Person:David Cameron", "leaderOf", "Country:United Kingdom", "title")}),
    ("a name after a person's title is a person", "Finnish President Sauli Niinistö met the Secretary General.",
     {("Person:Sauli Niinistö", "leaderOf", "Country:Finland", "title")}),
    ("elected to an office", "Petr Pavel was elected President of the Czech Republic in 2023.",
     {("Person:Petr Pavel", "leaderOf", "Country:Czech Republic", "title")}),
    ("verb agree with a plan", "Serbia agreed an Individual Partnership Action Plan with the Alliance in 2015.",
     {("Country:Serbia", "adopted", "Agreement:Individual Partnership Action Plan", "active")}),
    ("verb serve in", "Irish troops served in the Kosovo Force.",
     {("Country:Ireland", "participatesIn", "Event:Kosovo Force", "proxy-subject")}),
    ("the role 'among' opens a sentence with holds in its 'while' clause too",
     "Among NATO's partners, Georgia provided one of the largest contingents, while Armenia and Mongolia also "
     "deployed personnel.",
     {(f"Country:{c}", "partnerOf", "InternationalOrganization:NATO", "relational-noun")
      for c in ("Georgia", "Armenia", "Mongolia")}),
    ("a particle that opens a noun phrase is a preposition", "In 2004 the Allies launched the Istanbul Cooperation "
     "Initiative, which Bahrain and Qatar chose to join over the following months.",
     {(f"Country:{c}", "participatesIn", "PartnershipFramework:Istanbul Cooperation Initiative", "active")
      for c in ("Bahrain", "Qatar")}),
    ("admitted to a framework", "Malta was admitted to the Partnership for Peace in 1995.",
     {("Country:Malta", "participatesIn", "PartnershipFramework:Partnership for Peace", "passive-prep")}),
    ("a relative pronoun after a preposition", "The Hybrid CoE is an independent body with which both NATO and "
     "the European Union cooperate.",
     {(f"InternationalOrganization:{o}", "cooperatesWith", "Organization:Hybrid CoE", "active-prep")
      for o in ("NATO", "European Union")}),
    ("a name in apposition with an office of a body is its holder", "The request came from Alpha Oumar Konare, "
     "the chairperson of the African Union Commission.",
     {("Person:Alpha Oumar Konare", "leaderOf", "Organization:African Union Commission", "title")}),
    ("a name in apposition with a nation's office is its holder, whatever class the model gave it",
     "Sauli Niinistö, the Finnish president, welcomed the decision.",
     {("Person:Sauli Niinistö", "leaderOf", "Country:Finland", "title")}),
    ("who helps another do something supports them, however the parser hangs the infinitive",
     "Since 2014, NATO has helped Moldova reform its defence sector.",
     {("InternationalOrganization:NATO", "supports", "Country:Moldova", "active")}),
    ("a council meets where it is held", "The NATO-Ukraine Commission met in Vilnius in April 2005.",
     {("PartnershipFramework:NATO-Ukraine Commission", "heldIn", "Place:Vilnius", "active-prep")}),
    ("an operation's people named after its bracketed abbreviation", "Kosovo Force (KFOR) troops from Hungary "
     "and Italy were deployed in 2023.",
     {(f"Country:{c}", "participatesIn", "Event:Kosovo Force", "operation-staff") for c in ("Hungary", "Italy")}),
    ("who follows another in an office succeeds them", "General Harald Kujat followed Admiral Guido Venturoni of Italy.",
     {("Person:Harald Kujat", "succeeded", "Person:Guido Venturoni", "active")}),
    ("a chain of successors", "Its first commander was General Dwight D. Eisenhower, who was followed by Generals "
     "Matthew Ridgway, Alfred Gruenther and Lauris Norstad.",
     {("Person:Matthew Ridgway", "succeeded", "Person:Dwight D. Eisenhower", "passive-agent"),
      ("Person:Alfred Gruenther", "succeeded", "Person:Matthew Ridgway", "passive-agent"),
      ("Person:Lauris Norstad", "succeeded", "Person:Alfred Gruenther", "passive-agent")}),
    ("who succeeds another as an officer is a person, and so is the one succeeded",
     "Dirk Stikker of the Netherlands followed Paul-Henri Spaak as Secretary General in 1961.",
     {("Person:Dirk Stikker", "succeeded", "Person:Paul-Henri Spaak", "active")}),
    ("a surname succeeded in an office holds it too", "Mark Rutte succeeded Stoltenberg as NATO Secretary General.",
     {("Person:Mark Rutte", "succeeded", "Person:Stoltenberg", "active"),
      ("Person:Stoltenberg", "leaderOf", "InternationalOrganization:NATO", "title")}),
    ("a surname a person takes over from is a person", "1984 - Lord Carrington takes over from Luns.",
     {("Person:Lord Carrington", "succeeded", "Person:Luns", "active-prep")}),
    ("handed over to a successor", "In October 2014 Anders Fogh Rasmussen handed over to Jens Stoltenberg.",
     {("Person:Jens Stoltenberg", "succeeded", "Person:Anders Fogh Rasmussen", "inverse-active")}),
    ("with the participation of", "The Steppe Eagle exercise, held in Kazakhstan with the participation of the "
     "United States and the United Kingdom, trains the brigade.",
     {(f"Country:{c}", "participatesIn", "Event:Steppe Eagle", "path-noun") for c in ("United States", "United Kingdom")}),
    ("returned to a framework", "In 2008 Malta returned to the Partnership for Peace.",
     {("Country:Malta", "participatesIn", "PartnershipFramework:Partnership for Peace", "active-prep")}),
    ("a body that reports to another is part of it", "KFOR reports to Allied Joint Force Command Naples.",
     {("Event:Kosovo Force", "partOf", "Organization:Allied Joint Force Command Naples", "active-prep")}),
    ("a place that is home to a body", "Brussels is home to NATO Headquarters and the European Commission.",
     {("Place:NATO Headquarters", "locatedIn", "Place:Brussels", "copula"),
      ("Organization:European Commission", "locatedIn", "Place:Brussels", "copula")}),
    ("made available to", "Italy made its air bases available to the Alliance in 2011.",
     {("Country:Italy", "supports", "InternationalOrganization:NATO", "transfer")}),
    ("verb underpin", "The Berlin Plus arrangements continue to underpin Operation Althea.",
     {("Agreement:Berlin Plus", "supports", "Event:Operation Althea", "active")}),
    ("airlift passed to others", "From 2005 NATO provided airlift for African Union peacekeepers.",
     {("InternationalOrganization:NATO", "supports", "InternationalOrganization:African Union", "transfer")}),
    ("an operation works with others", "Operation Ocean Shield coordinated with Japan and worked alongside "
     "Operation Atalanta.",
     {("Event:Operation Ocean Shield", "cooperatesWith", "Country:Japan", "active-prep"),
      ("Event:Operation Ocean Shield", "cooperatesWith", "Event:Operation Atalanta", "active-prep")}),
    ("a summit's city with its year in brackets stands for the summit",
     "Prime Minister Anthony Albanese took part in Madrid (2022) and Vilnius (2023).",
     {("Person:Anthony Albanese", "participatesIn", f"Event:{s}", "active-prep")
      for s in ("Madrid Summit 2022", "Vilnius Summit 2023")}),
    ("a place in a province", "Australian troops deployed to Uruzgan province in southern Afghanistan.",
     {("Place:Uruzgan", "locatedIn", "Country:Afghanistan", "event-place-prep")}),
    ("a partner in an operation takes part in it", "Austria and Switzerland have served as partners in the Kosovo "
     "Force for many years.",
     {(f"Country:{c}", "participatesIn", "Event:Kosovo Force", "copula") for c in ("Austria", "Switzerland")}),
    ("group standing for its members", "Delegations from Japan and Australia briefed other NATO partners on the plan.",
     {(f"Country:{c}", "partnerOf", "InternationalOrganization:NATO", "other-members") for c in ("Japan", "Australia")}),
    ("light verb with an action noun", "From 2005 Chile paid a valuable contribution to the Kosovo Force.",
     {("Country:Chile", "participatesIn", "Event:Kosovo Force", "action-noun")}),
    ("an office standing for its holder", "The 2006 Riga Summit was attended by President of Finland Tarja Halonen "
     "and Prime Minister of Estonia Andrus Ansip.",
     {(f"Person:{p}", "participatesIn", "Event:Riga Summit 2006", "passive-agent")
      for p in ("Tarja Halonen", "Andrus Ansip")}),
    ("a speech to a body, the preposition on the light verb",
     "In 2011, Foreign Minister Eitan Navon paid a visit to NATO Headquarters and made a speech to the North Atlantic Council.",
     {("Person:Eitan Navon", "relatedTo", "Organization:North Atlantic Council", "agentive-noun")}),
    ("status given", "In 2020, Mongolia was granted Enhanced Opportunities Partner status as a trusted partner, "
     "alongside Chile and Peru.",
     {(f"Country:{c}", "participatesIn", "PartnershipFramework:Enhanced Opportunities Partners", "status-noun")
      for c in ("Mongolia", "Chile", "Peru")}),
    ("status given, active", "Last year the Alliance granted Jordan Enhanced Opportunities Partner status.",
     {("Country:Jordan", "participatesIn", "PartnershipFramework:Enhanced Opportunities Partners", "status-noun")}),
    ("status obtained", "Finland obtained Enhanced Opportunities Partner status long before it joined.",
     {("Country:Finland", "participatesIn", "PartnershipFramework:Enhanced Opportunities Partners", "status-noun")}),
    ("an operation in a region, misread as one phrase with the next",
     "The main naval tasks were Operation Active Endeavour in the Mediterranean and Operation Ocean Shield off Somalia.",
     {("Event:Operation Active Endeavour", "heldIn", "Place:Mediterranean", "place-in")}),
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


def test_relations_nouns_offered_as_alternatives_state_neither(nlp) -> None:
    result = read(nlp, "Chile, Greece and Peru are NATO members or partners. Chile and Peru are members and partners "
                       "of the Rio Group.")
    either = {(r.subject, r.predicate, r.modality, r.is_fact) for r in result.relations
              if r.evidence.sentence.startswith("Chile, Greece")}
    assert either and all(modality == "possible" and not fact for *_, modality, fact in either), either
    assert {("Country:Chile", "memberOf"), ("Country:Peru", "memberOf")} <= {
        (r.subject, r.predicate) for r in result.relations if r.is_fact}, "'and' states both"


def test_relations_what_unnamed_sources_say_is_the_text_s_own_claim(nlp) -> None:
    """docs/annotation.md: only a named speaker's claim is attributed ("officials said" is reporting)."""
    rel = read(nlp, "Officials said that Sweden supports Finland.").relations[0]
    assert (rel.subject, rel.predicate, rel.object, rel.attributed_to) == ("Country:Sweden", "supports", "Country:Finland", "")
    assert rel.is_fact


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
    result = read(nlp, text)
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


@pytest.mark.parametrize(("text", "subject", "date"), [
    ("- 2014: Georgia is named one of five Enhanced Opportunities Partners.", "Country:Georgia", "2014"),
    ("Kazakhstan has been a member of the Euro-Atlantic Partnership Council since its creation in 1997.",
     "Country:Kazakhstan", "1997"),
    ("Not until 1999, when Poland joined, would the Alliance grow again.", "Country:Poland", "1999"),
    ("Austria joined the Partnership for Peace at the Brussels Summit in 1994.", "Country:Austria", "1994"),
    ("On 3 May 2006, Georgia undertook to join the Partnership for Peace.", "Country:Georgia", "2006-05-03"),
    ("The Alliance welcomed Montenegro as its newest member in 2017.", "Country:Montenegro", "2017"),
    ("Javier Solana served as Secretary General of NATO from 1995 to 1999.", "Person:Javier Solana", "1995"),
    ("The accession of Croatia in 2009 enlarged NATO again.", "Country:Croatia", "2009"),
    ("On 2 June 2011 the Action Plan between Serbia and NATO was approved.", "Country:Serbia", "2011-06-02"),
    # a chronology's day line under its year heading
    ("1995\n- 10 February: Austria joins the Partnership for Peace.", "Country:Austria", "1995-02-10"),
    ("1994\n\n1995\n\n10 February - Austria joins the Partnership for Peace.", "Country:Austria", "1995-02-10"),
    # a gapped clause dated by a span of years after the clause before it
    ("NATO was founded in 1949. Greece joined in 1952, and Germany three years later.", "Country:Germany", "1955"),
    ("Greece and Turkey joined NATO in 1952, and Germany a year later.", "Country:Germany", "1953"),
])
def test_relations_dates_from_the_clause_the_line_or_the_event(nlp, text: str, subject: str, date: str) -> None:
    result = read(nlp, text)
    assert {r.date for r in result.relations if r.subject == subject and r.rule != "learned-pair"} == {date}


def test_dates_normalize_without_guessing() -> None:
    from kg.extract.dates import normalize_date

    assert normalize_date("14 January 2004") == "2004-01-14"
    assert normalize_date("September 11, 2001") == "2001-09-11"
    assert normalize_date("Oslo, 26-27 April 2007") == "2007-04-26"
    assert normalize_date("On Sept. 13, 2011, the two signed") == "2011-09-13"
    assert normalize_date("19 April") == normalize_date("the 1990s") == normalize_date("last year") == ""


def test_dates_a_range_within_a_year_dates_from_its_start() -> None:
    from kg.extract.dates import normalize_date

    assert normalize_date("October-November 2018") == normalize_date("from October to November 2018") == "2018-10"
    assert normalize_date("31 March-31 October 2011") == "2011-03-31"
    assert normalize_date("Mar-Dec 2003") == "2003-03"
    assert normalize_date("on 28 and 29 June 2004") == "2004-06-28"
    assert normalize_date("31 December-2 January 2004") == "2003-12-31"  # (begun the year before)
    assert normalize_date("Nov-Feb 2004") == "2003-11"
    assert normalize_date("2 to 4 April 2009") == normalize_date("2—4 April 2009") == "2009-04-02"
    # (a range comes before another date only where it is written first; a month is a word of its own)
    assert normalize_date("12 June 1999 and October-November 2000") == "1999-06-12"
    assert normalize_date("Resolution 1244 and 12 June 1999") == "1999-06-12"
    assert normalize_date("Azerbaijan – May 2005") == "2005-05"



def test_dates_a_span_of_years_in_one_word() -> None:
    from kg.extract.dates import YEAR_SPAN

    assert all(YEAR_SPAN.fullmatch(text) for text in ("1957–1961", "1971—1984", "1991-1994", "2019-"))
    assert not any(YEAR_SPAN.fullmatch(text) for text in ("1750", "2004", "12-14", "1999s"))


def test_relations_a_second_object_is_dated_by_the_years_after_the_first(nlp) -> None:
    result = read(nlp, "Moldova is a partner. Moldova joined the Partnership for Peace in 1994 and the "
                       "Euro-Atlantic Partnership Council three years later.")
    dates = {r.object: r.date for r in result.relations if r.subject == "Country:Moldova" and r.rule != "learned-pair"}
    assert dates == {"PartnershipFramework:Partnership for Peace": "1994",
                     "PartnershipFramework:Euro-Atlantic Partnership Council": "1997"}


def test_dates_a_line_opening_with_a_day_of_a_month() -> None:
    from kg.extract.dates import opening_day

    assert opening_day("- 10 January: Allies launch the PfP.") == "10 January"
    assert opening_day("Sept. 3 - Kuwait joins.") == "Sept. 3"
    assert opening_day("12 Allies: Belgium, …") == opening_day("In 10 January …") == ""


def test_dates_a_yearless_date_in_the_year_of_another() -> None:
    from kg.extract.dates import in_year

    assert in_year("in April of that year", "1995") == "1995-04"
    assert in_year("in December of the same year", "1995") == "1995-12"
    assert in_year("on 12 March", "2004") == "2004-03-12"
    assert in_year("later that year", "1995") == ""
    assert in_year("in April", "") == ""


def test_dates_a_year_a_yearless_date_refers_to() -> None:
    from kg.extract.dates import refers_to_a_year, year_referred

    assert refers_to_a_year("in December of that year") and refers_to_a_year("the following year")
    assert not refers_to_a_year("last year") and not refers_to_a_year("every year")
    assert not refers_to_a_year("in 2004") and not refers_to_a_year("a year later")
    assert year_referred("in December of that year", "2004-06") == "2004-12"
    assert year_referred("the same year", "1999-03-12") == "1999"
    assert year_referred("the next year", "1994") == "1995"
    assert year_referred("in April of the following year", "2022-05") == "2023-04"


def test_dates_time_later_counts_from_the_date_before() -> None:
    from kg.extract.dates import time_later

    numbers = {"ten": 10}
    assert time_later("ten years later", "2004", numbers) == "2014"
    assert time_later("a year later", "1952-05", numbers) == "1953"
    assert time_later("3 years after", "1999", numbers) == "2002"
    assert time_later("two days later", "1999-06-10", {"two": 2}) == "1999-06-12"
    assert time_later("a week later", "2004-12-28", numbers) == "2005-01-04"
    assert time_later("three months later", "2008-11", {"three": 3}) == "2009-02"
    assert time_later("two days later", "1999", {"two": 2}) == ""  # (no day to count from)
    assert time_later("4000000 days later", "1999-06-10", numbers) == ""  # (past any calendar)
    assert time_later("ten years later", "", numbers) == time_later("later that year", "2004", numbers) == ""


# -- families added for text the rules were never tuned on (sentences of our own) ---------------

MULTILINE = [
    ("dependency path through a relational noun",
     "The Euro-Atlantic Partnership Council was inaugurated in 1997 as the successor to the North Atlantic "
     "Cooperation Council.",
     {("PartnershipFramework:Euro-Atlantic Partnership Council", "succeeded",
       "PartnershipFramework:North Atlantic Cooperation Council", "path-noun", "1997")}),
    ("dependency path through an apposition", "Finland, a member of NATO, shares a long border with Russia.",
     {("Country:Finland", "memberOf", "InternationalOrganization:NATO", "path-noun", "")}),
    ("colon list naming its whole", "Partners of the Alliance\nThe Mediterranean Dialogue partners are: Algeria, "
     "Egypt, Israel and Jordan.",
     {(f"Country:{c}", "participatesIn", "PartnershipFramework:Mediterranean Dialogue", "list-colon", "")
      for c in ("Algeria", "Egypt", "Israel", "Jordan")}),
    ("colon list after a long clause whose noun names the members",
     "NATO summit\nTomorrow we will meet four partners that have made contributions to our operations: Australia, "
     "Austria, Finland and Georgia.",
     {(f"Country:{c}", "partnerOf", "InternationalOrganization:NATO", "list-colon", "")
      for c in ("Australia", "Austria", "Finland", "Georgia")}),
    ("a group noun stands for the colon list after its clause",
     "NATO partnerships\nThree countries joined the Partnership for Peace that year: Malta, Ireland and Serbia.",
     {(f"Country:{c}", "participatesIn", "PartnershipFramework:Partnership for Peace", "active", "")
      for c in ("Malta", "Ireland", "Serbia")}),
    ("a compound heading noun before a colon list of countries",
     "NATO partnerships\nToday two partner countries have declared their wish for closer ties: Austria and Ireland.",
     {(f"Country:{c}", "partnerOf", "InternationalOrganization:NATO", "list-colon", "") for c in ("Austria", "Ireland")}),
    ("both ends of a symmetric noun before it, or the subject of the clause it is the object of",
     "The plan widened NATO-EU cooperation at sea. Japan decided to deepen its cooperation with Australia.",
     {("InternationalOrganization:European Union", "cooperatesWith", "InternationalOrganization:NATO",
       "relational-noun", ""),
      ("Country:Japan", "cooperatesWith", "Country:Australia", "relational-noun", "")}),
    ("both ends of a symmetric noun parsed as nominal modifiers",
     "The declaration marks a step in the NATO-EU strategic partnership.",
     {("InternationalOrganization:European Union", "partnerOf", "InternationalOrganization:NATO",
       "relational-noun", "")}),
    ("a noun coordinated with another shares its preposition",
     "Leaders agreed to widen the dialogue and practical cooperation between Norway and the European Union.",
     {("Country:Norway", "cooperatesWith", "InternationalOrganization:European Union", "relational-noun", "")}),
    ("a role noun as the subject of a copula: the names it is given hold the role",
     "The Alliance was created in 1949. Its founding members were Norway, Iceland and Portugal. "
     "The partners of the Mediterranean Dialogue are Tunisia and Morocco.",
     {("Country:Norway", "memberOf", "InternationalOrganization:NATO", "relational-noun", ""),
      ("Country:Portugal", "memberOf", "InternationalOrganization:NATO", "relational-noun", ""),
      ("Country:Tunisia", "participatesIn", "PartnershipFramework:Mediterranean Dialogue", "relational-noun", ""),
      ("Country:Morocco", "participatesIn", "PartnershipFramework:Mediterranean Dialogue", "relational-noun", "")}),
    ("a hyphenated office before the name, and an office of an organisation before the name",
     "NATO Secretary-General Willy Claes met the Secretary General of the OSCE Lamberto Zannier.",
     {("Person:Willy Claes", "leaderOf", "InternationalOrganization:NATO", "title", ""),
      ("Person:Lamberto Zannier", "leaderOf",
       "InternationalOrganization:Organization for Security and Co-operation in Europe", "title", "")}),
    ("accessions of countries with no end named: to what the text is about",
     "NATO welcomed new members. The accessions of Greece and Turkey in 1952 made it larger.",
     {("Country:Greece", "memberOf", "InternationalOrganization:NATO", "relational-noun", "1952"),
      ("Country:Türkiye", "memberOf", "InternationalOrganization:NATO", "relational-noun", "1952")}),
    ("the object of a verb given a role by 'as' or 'among'",
     "NATO counts Mongolia among its partners. The Alliance lists Chile and Peru as global partners.",
     {("Country:Mongolia", "partnerOf", "InternationalOrganization:NATO", "relational-noun", ""),
      ("Country:Chile", "partnerOf", "InternationalOrganization:NATO", "relational-noun", ""),
      ("Country:Peru", "partnerOf", "InternationalOrganization:NATO", "relational-noun", "")}),
    ("some of a group in a region: members of the group's owner, located in the region",
     "Norway and Iceland are two of NATO's founding members in the Nordic region. "
     "Moldova is one of the few countries in Europe with a neutral constitution.",
     {("Country:Norway", "memberOf", "InternationalOrganization:NATO", "copula", ""),
      ("Country:Iceland", "memberOf", "InternationalOrganization:NATO", "copula", ""),
      ("Country:Moldova", "locatedIn", "Place:Europe", "copula", "")}),
    ("two headings over one list: both hold for its items",
     "The Washington Treaty founded NATO.\nThe founding members\nThe original signatories were:\n• Norway\n• Portugal",
     {(f"Country:{c}", p, o, "list-heading", "") for c in ("Norway", "Portugal")
      for p, o in (("signed", "Agreement:Washington Treaty"), ("memberOf", "InternationalOrganization:NATO"))}),
    ("an ordinal member with a time phrase: of what the text is about",
     "NATO has enlarged often. 5 June 2017 – Montenegro becomes the twenty-ninth member after ratification.",
     {("Country:Montenegro", "memberOf", "InternationalOrganization:NATO", "implicit-object", "2017-06-05")}),
    ("a seat of an owner, and an organisation 'at' a place",
     "Ministers met at the Alliance's headquarters in Brussels. Allied Command Operations (ACO) at Mons, Belgium, "
     "plans operations.",
     {("InternationalOrganization:NATO", "locatedIn", "Place:Brussels", "event-place-prep", ""),
      ("Organization:Allied Command Operations", "locatedIn", "Place:Mons", "event-place-prep", "")}),
    ("an operation acting in a place is held there",
     "The Stabilisation Force intervened in Bosnia and Herzegovina in 1996.",
     {("Event:Stabilisation Force", "heldIn", "Country:Bosnia and Herzegovina", "active-prep", "1996")}),
    ("the last name of a list without 'and', parsed as an apposition",
     "NATO renewed the status of other partner countries (Finland, Australia, Georgia, Sweden) in 2017.",
     {(f"Country:{c}", "partnerOf", "InternationalOrganization:NATO", "relational-noun", "2017")
      for c in ("Finland", "Australia", "Georgia", "Sweden")}),
    ("heading over bullets, whole from the document", "NATO at a glance\nNATO members:\n• Albania (2009)\n"
     "• Belgium (1949)",
     {("Country:Albania", "memberOf", "InternationalOrganization:NATO", "list-heading", "2009"),
      ("Country:Belgium", "memberOf", "InternationalOrganization:NATO", "list-heading", "1949")}),
    ("a heading that lists office holders takes people, one per line",
     "About NATO\nSecretaries General since 1952:\n- Javier Solana (Spain): 1995–1999\n"
     "- Manlio Brosio (Italy): 1964–1971",
     {("Person:Javier Solana", "leaderOf", "InternationalOrganization:NATO", "list-heading", "1995"),
      ("Person:Manlio Brosio", "leaderOf", "InternationalOrganization:NATO", "list-heading", "1964")}),
    ("table under a header row", "NATO enlargement in brief\nCountry | Joined | Notes\n"
     "Estonia | 29 March 2004 | Baltic state\nMontenegro | 5 June 2017 | Adriatic",
     {("Country:Estonia", "memberOf", "InternationalOrganization:NATO", "list-table", "2004-03-29"),
      ("Country:Montenegro", "memberOf", "InternationalOrganization:NATO", "list-table", "2017-06-05")}),
    ("table with linking columns: the row's entity to its city and host nation",
     "Centres of Excellence\nCentre | City | Host nation | Field\n"
     "Energy Security COE | Vilnius | Lithuania | Energy security",
     {("Organization:Energy Security COE", "locatedIn", "Place:Vilnius", "list-table", ""),
      ("Country:Lithuania", "relatedTo", "Organization:Energy Security COE", "list-table", "")}),
    ("table of countries with a capital column", "Partners across the globe\nCountry | Capital | Notes\n"
     "Japan | Tokyo | partner since 2013\nMongolia | Ulaanbaatar | partner since 2012",
     {("Place:Tokyo", "locatedIn", "Country:Japan", "list-table", "")}),
    ("a header whose first cell names a kind of thing is still a header, and a column of contributors "
     "gives every country in its cells",
     "Centres and operations\nCentre of Excellence | Location | Host nation\n"
     "Energy Security Centre of Excellence | Vilnius | Lithuania\n\n"
     "Operation | Theatre | Selected partner contributors and notes\n"
     "Kosovo Force (KFOR) | Kosovo | Armenia, Austria and Moldova; others left in 2003",
     {("Organization:Energy Security Centre of Excellence", "locatedIn", "Place:Vilnius", "list-table", ""),
      ("Country:Lithuania", "relatedTo", "Organization:Energy Security Centre of Excellence", "list-table", ""),
      ("Event:Kosovo Force", "heldIn", "Place:Kosovo", "list-table", ""),
      *{(f"Country:{c}", "participatesIn", "Event:Kosovo Force", "list-table", "")
        for c in ("Armenia", "Austria", "Moldova")}}),
    ("a column of the partners attending a meeting gives every country of its cells",
     "Summits and their guests\nSummit | Venue | Partners and invitees attending\n"
     "Madrid Summit | Madrid | Finland; Sweden; Japan",
     {(f"Country:{c}", "participatesIn", "Event:Madrid Summit", "list-table", "") for c in ("Finland", "Sweden", "Japan")}),
    ("a year in brackets right before a list's colon (spaCy's emoticon '):' no longer glues them)",
     "Mediterranean Dialogue\n- Launched: December 1994\n- First participants (1995): Egypt, Mauritania, Tunisia",
     {(f"Country:{c}", "participatesIn", "PartnershipFramework:Mediterranean Dialogue", "list-colon", "")
      for c in ("Egypt", "Mauritania", "Tunisia")}),
    ("the two subjects of a clause build a tie between themselves",
     "Asian partners\nMongolia and NATO built a close partnership in 2012, and Japan and the Alliance have "
     "developed a cooperative relationship since 2006.",
     {("Country:Mongolia", "partnerOf", "InternationalOrganization:NATO", "relational-noun", "2012"),
      ("Country:Japan", "cooperatesWith", "InternationalOrganization:NATO", "relational-noun", "2006")}),
    ("a country represented in a council takes part in it",
     "Partners\nBelarus signed the Framework Document in 1995. It has been represented in the Euro-Atlantic "
     "Partnership Council since 1997.",
     {("Country:Belarus", "participatesIn", "PartnershipFramework:Euro-Atlantic Partnership Council", "passive-prep",
       "1997")}),
    ("a passive 'involved in' takes part",
     "Latin American partners\nChile served in Bosnia, and Argentina was also involved in the Kosovo Force from 1999.",
     {("Country:Argentina", "participatesIn", "Event:Kosovo Force", "passive-prep", "1999")}),
    ("chronology lines whose closing verb the tagger reads as a noun: a clause (the line's whole date) "
     "or, with no subject, a list beside the date",
     "NATO enlargement: a chronology\n\n12 March 1999 - The Czech Republic, Hungary and Poland accede.\n\n"
     "29 March 2004 - Bulgaria, Latvia and Slovenia join.",
     {*{(f"Country:{c}", "memberOf", "InternationalOrganization:NATO", "implicit-object", "1999-03-12")
        for c in ("Czech Republic", "Hungary", "Poland")},
      *{(f"Country:{c}", "memberOf", "InternationalOrganization:NATO", "dated-entry", "2004-03-29")
        for c in ("Bulgaria", "Latvia", "Slovenia")}}),
    ("an attendance that names nothing attended is of the event named just before it",
     "Partners at summits\n\n28-30 June 2022 - Madrid Summit. Japan, Australia and New Zealand attend; it is a "
     "first.\n\n11-12 July 2023 - Vilnius Summit. Fumio Kishida attends again.",
     {*{(f"Country:{c}", "participatesIn", "Event:Madrid Summit 2022", "meeting-noun", "2022")
        for c in ("Japan", "Australia", "New Zealand")},
      ("Person:Fumio Kishida", "participatesIn", "Event:Vilnius Summit 2023", "meeting-noun", "2023")}),
    ("acceding to the Washington Treaty is joining NATO",
     "NATO enlargement\nSpain acceded to the North Atlantic Treaty in 1982.",
     {("Country:Spain", "memberOf", "InternationalOrganization:NATO", "active-prep", "1982")}),
    ("the parties to an unnamed agreement cooperate",
     "Gulf partners\nKuwait signed an agreement with NATO on intelligence sharing in 2006. The foreign minister "
     "signed a memorandum with Qatar.",
     {("Country:Kuwait", "cooperatesWith", "InternationalOrganization:NATO", "object-via-prep", "2006")}),
    ("the names after 'among them' and an article are a plural noun's examples",
     "NATO and the EU share 22 members. Several allies, among them the United States, Canada and Norway, do not "
     "belong to the EU.",
     {(f"Country:{c}", "memberOf", "InternationalOrganization:NATO", "relational-noun", "")
      for c in ("United States", "Canada", "Norway")}),
    ("a relative pronoun is the object of the infinitive its clause controls",
     "NATO reached out to the Gulf through the Istanbul Cooperation Initiative, which Bahrain, Kuwait and Qatar "
     "chose to join.",
     {(f"Country:{c}", "participatesIn", "PartnershipFramework:Istanbul Cooperation Initiative", "active", "")
      for c in ("Bahrain", "Kuwait", "Qatar")}),
    ("an admission, like an accession, is to what the text is about",
     "NATO enlargement\n\nThe admission of Albania and Croatia in 2009 strengthened the Alliance.",
     {("Country:Albania", "memberOf", "InternationalOrganization:NATO", "relational-noun", "2009"),
      ("Country:Croatia", "memberOf", "InternationalOrganization:NATO", "relational-noun", "2009")}),
    ("followers in the next sentence do what the sentence before did, each at its own date",
     "NATO enlargement\nSlovenia joined NATO in 2004. Croatia followed in 2009, Montenegro in 2017 and North Macedonia "
     "in 2020.",
     {("Country:Croatia", "memberOf", "InternationalOrganization:NATO", "gapping", "2009"),
      ("Country:Montenegro", "memberOf", "InternationalOrganization:NATO", "gapping", "2017"),
      ("Country:North Macedonia", "memberOf", "InternationalOrganization:NATO", "gapping", "2020")}),
    ("a follower of a clause with no object joins what the text is about",
     "NATO enlargement\n\nFinland joined on 4 April 2023, and Sweden followed on 7 March 2024.",
     {("Country:Sweden", "memberOf", "InternationalOrganization:NATO", "gapping", "2024-03-07")}),
    ("a verb the parser made one more item of its subjects' list",
     "NATO has grown since 1949.\n\n29 March 2004 – Bulgaria, Estonia, Latvia, Lithuania, Romania, Slovakia and "
     "Slovenia join, the largest single wave of enlargement.",
     {(f"Country:{c}", "memberOf", "InternationalOrganization:NATO", "implicit-object", "2004-03-29")
      for c in ("Bulgaria", "Estonia", "Latvia", "Lithuania", "Romania", "Slovakia", "Slovenia")}),
    ("the coordinated signatories of an unnamed agreement cooperate, each with each",
     "In June 2022 Norway, Finland and Sweden signed a trilateral memorandum in Madrid.",
     {("Country:Norway", "cooperatesWith", "Country:Finland", "active", "2022-06"),
      ("Country:Norway", "cooperatesWith", "Country:Sweden", "active", "2022-06"),
      ("Country:Finland", "cooperatesWith", "Country:Sweden", "active", "2022-06")}),
    ("a capital that owns a bid stands for its country, and backing the plan supports it",
     "Caucasus partners\nNATO fully supported Tbilisi's plan to join the Alliance.",
     {("InternationalOrganization:NATO", "supports", "Country:Georgia", "endorse-bid", "")}),
    ("infobox rows name the summit before and after the one the text is about",
     "Riga Summit 2006\n\nThe Riga Summit took place in November 2006.\n\nPreceded by: Istanbul Summit 2004\n"
     "Succeeded by: Bucharest Summit 2008",
     {("Event:Riga Summit 2006", "succeeded", "Event:Istanbul Summit 2004", "list-heading", ""),
      ("Event:Bucharest Summit 2008", "succeeded", "Event:Riga Summit 2006", "list-heading", "")}),
    ("a counted heading before a dash lists the members of what the text is about",
     "Euro-Atlantic Partnership Council (EAPC)\n\n5 States — Armenia, Austria, Ireland, Malta and Sweden.\n\n"
     "The council brings NATO Allies and partners together.",
     {(f"Country:{c}", "participatesIn", "PartnershipFramework:Euro-Atlantic Partnership Council", "list-colon", "")
      for c in ("Armenia", "Austria", "Ireland", "Malta", "Sweden")}),
    ("item lines that open with a date before a dash or a colon: the date dates every item",
     "NATO fact sheet\nEnlargement rounds\n- 18 February 1952 – Greece and Turkey\n"
     "- 12 March 1999 – Czech Republic, Hungary, Poland (invited at the Madrid Summit, July 1997)\n\n"
     "MAP participants\n- From 1999: Albania, Estonia\n- From 2002: Croatia",
     {("Country:Greece", "memberOf", "InternationalOrganization:NATO", "list-heading", "1952-02-18"),
      ("Country:Türkiye", "memberOf", "InternationalOrganization:NATO", "list-heading", "1952-02-18"),
      *{(f"Country:{c}", "memberOf", "InternationalOrganization:NATO", "list-heading", "1999-03-12")
        for c in ("Czech Republic", "Hungary", "Poland")},
      ("Country:Albania", "participatesIn", "Agreement:Membership Action Plan", "list-heading", "1999"),
      ("Country:Estonia", "participatesIn", "Agreement:Membership Action Plan", "list-heading", "1999"),
      ("Country:Croatia", "participatesIn", "Agreement:Membership Action Plan", "list-heading", "2002")}),
    ("a chronology line's opening day dates its clause though the model's NER leaves it untagged",
     "NATO chronology\n1 April 2009 - Albania and Croatia join the Alliance.",
     {("Country:Albania", "memberOf", "InternationalOrganization:NATO", "active", "2009-04-01"),
      ("Country:Croatia", "memberOf", "InternationalOrganization:NATO", "active", "2009-04-01")}),
    ("a row whose notes name a column word is a row, not a new header",
     "Partners in Europe\nCountry | Capital | Notes\nAustria | Vienna | EU member since 1995; contributor to KFOR\n"
     "Malta | Valletta | partner since 1995",
     {("Place:Vienna", "locatedIn", "Country:Austria", "list-table", ""),
      ("Place:Valletta", "locatedIn", "Country:Malta", "list-table", "")}),
    ("attending a summit and sending troops to an operation are taking part",
     "Jacinda Ardern attended the Madrid Summit in June 2022. Australia sent more troops to ISAF than any other "
     "nation outside the Alliance.",
     {("Person:Jacinda Ardern", "participatesIn", "Event:Madrid Summit 2022", "active", "2022-06"),
      ("Country:Australia", "participatesIn", "Event:International Security Assistance Force", "active-prep", "")}),
    ("record line of key: value cells", "Membership record for NATO\n"
     "Country: Croatia — PfP: 2000 — Accession: 1 April 2009",
     {("Country:Croatia", "participatesIn", "PartnershipFramework:Partnership for Peace", "list-table", "2000"),
      ("Country:Croatia", "memberOf", "InternationalOrganization:NATO", "list-table", "2009-04-01")}),
    ("joined with no object, gapped subjects keep their dates",
     "NATO grew again in 1982. Spain joined in 1982, and Greece had joined in 1952.",
     {("Country:Spain", "memberOf", "InternationalOrganization:NATO", "implicit-object", "1982"),
      ("Country:Greece", "memberOf", "InternationalOrganization:NATO", "implicit-object", "1952")}),
    ("a summit in a place", "The NATO Summit in Vilnius took place in July 2023. The summit was hosted in "
     "Vilnius, Lithuania.",
     {("Event:Vilnius Summit 2023", "heldIn", "Place:Vilnius", "event-place", "2023"),
      ("Place:Vilnius", "locatedIn", "Country:Lithuania", "place-apposition", "")}),
    ("approving an accession supports the country (the accession itself is not yet a fact)",
     "The Turkish parliament approved Finland's accession to NATO in March 2023.",
     {("Country:Türkiye", "supports", "Country:Finland", "endorse-bid", "2023-03")}),
    ("a summit acts for the leaders met there",
     "The Istanbul Cooperation Initiative was launched at the 2004 Istanbul Summit.",
     {("Event:Istanbul Summit 2004", "established", "PartnershipFramework:Istanbul Cooperation Initiative",
       "passive-agent", "2004")}),
    ("copula with a compound relational noun", "North Macedonia is a member state of NATO.",
     {("Country:North Macedonia", "memberOf", "InternationalOrganization:NATO", "copula", "")}),
    ("contributing is taking part in the operation the text is about",
     "The Kosovo Force (KFOR) was deployed in June 1999. Austria and Ireland have been among the contributors. "
     "Contributors to the force have included Moldova. Eighteen non-NATO countries contributed, among them Sweden "
     "and Finland. Vienna has been a steady contributor to the Kosovo Force.",
     {(f"Country:{c}", "participatesIn", "Event:Kosovo Force", "implicit-object", "")
      for c in ("Austria", "Ireland", "Sweden", "Finland")}
     # "the force" stands for KFOR, so "contributors to the force have included Moldova" is read as said
     | {("Country:Austria", "participatesIn", "Event:Kosovo Force", "copula", ""),
        ("Country:Moldova", "participatesIn", "Event:Kosovo Force", "inverse-active", "")}),
    ("sending soldiers is taking part in the operation the text is about",
     "The Kosovo Force (KFOR) was deployed in 1999. Partners such as Austria and Ireland have sent soldiers.",
     {(f"Country:{c}", "participatesIn", "Event:Kosovo Force", "implicit-object", "") for c in ("Austria", "Ireland")}),
    ("contributions from the countries a noun introduces",
     "The enhanced Forward Presence was set up in 2017 with contributions from countries including Spain and Italy.",
     {(f"Country:{c}", "participatesIn", "Event:Enhanced Forward Presence", "action-noun", "") for c in ("Spain", "Italy")}),
    ("the operation contributed to is not a summit, however often named",
     "At the Warsaw Summit in July 2016, Allies agreed on the enhanced Forward Presence. The Warsaw Summit also "
     "adopted a pledge. The Warsaw Summit was the first in Poland. Contributors have included Norway.",
     {("Country:Norway", "participatesIn", "Event:Enhanced Forward Presence", "implicit-object", "")}),
    ("the examples of an owned noun are its parts",
     "Ukraine contributed troops to NATO-led operations including the Kosovo Force (KFOR).",
     {("Event:Kosovo Force", "partOf", "InternationalOrganization:NATO", "owner", "")}),
    ("a summit where something is launched acts beside the named subject",
     "At the Wales Summit in September 2014, Allies launched the Partnership Interoperability Initiative.",
     {("Event:Wales Summit 2014", "established", "PartnershipFramework:Partnership Interoperability Initiative",
       "active", "2014-09")}),
    ("a participle tagged as a past tense", "We welcome the Defence Investment Pledge adopted at the Wales Summit in 2014.",
     {("Event:Wales Summit 2014", "adopted", "Agreement:Defence Investment Pledge", "participle", "2014")}),
    ("signing a framework is signing its document when the text names it",
     "Partnership for Peace signatures\nStates signed the Partnership for Peace Framework Document from 1994.\n"
     "Country | Signed PfP\nRomania | January 1994\nFinland | May 1994",
     {(f"Country:{c}", p, o, "list-table", d) for c, d in (("Romania", "1994-01"), ("Finland", "1994-05"))
      for p, o in (("signed", "Agreement:Partnership for Peace Framework Document"),
                   ("participatesIn", "PartnershipFramework:Partnership for Peace"))}),
    ("an operation an organisation conducts is its part",
     "In 1999 NATO conducted Operation Allied Force. Finland conducted an exercise.",
     {("Event:Operation Allied Force", "partOf", "InternationalOrganization:NATO", "inverse-active", "1999")}),
    ("a numbered group stands for the names in apposition to it",
     "All eight countries of the Nordic-Baltic region – Denmark, Estonia, Finland and Sweden – are now NATO members.",
     {(f"Country:{c}", "memberOf", "InternationalOrganization:NATO", "copula", "")
      for c in ("Denmark", "Estonia", "Finland", "Sweden")}),
    ("allies in apposition are members whatever their clause denies",
     "NATO grew. Four allies – Greece, Romania and Spain – do not recognise Kosovo.",
     {(f"Country:{c}", "memberOf", "InternationalOrganization:NATO", "relational-noun", "")
      for c in ("Greece", "Romania", "Spain")}),
    ("names listed right after a relational noun, or under a relational compound",
     "NATO met in June. We thank the partners, among them Australia and Mongolia, that have stood with us. The "
     "parliaments of partner countries, including Armenia and Serbia, attend.",
     {(f"Country:{c}", "partnerOf", "InternationalOrganization:NATO", "relational-noun", "")
      for c in ("Australia", "Mongolia", "Armenia", "Serbia")}),
    ("names after 'namely' at the end of a noun's clause",
     "NATO met in June. Allies have increased support to partners they regard as exposed, namely Georgia and Moldova.",
     {(f"Country:{c}", "partnerOf", "InternationalOrganization:NATO", "relational-noun", "")
      for c in ("Georgia", "Moldova")}),
    ("a declaration's header names its summit by the meeting, its place and its year",
     "Issued by the Heads of State and Government participating in the meeting of the North Atlantic Council in "
     "Bucharest on 3 April 2008.",
     {("Event:Bucharest Summit 2008", "heldIn", "Place:Bucharest", "event-place", "2008-04-03"),
      ("Event:Bucharest Summit 2008", "heldIn", "Place:Bucharest", "event-place-prep", "2008-04-03")}),
    ("where the forces the subjects are were deployed",
     "The Implementation Force (IFOR) was a NATO-led multinational force deployed in Bosnia and Herzegovina.",
     {("Event:Implementation Force", "heldIn", "Country:Bosnia and Herzegovina", "passive-prep", "")}),
    ("the place of the mission an operation's name qualifies, and an operation over a country",
     "NATO leaders decided to end the ISAF combat mission in Afghanistan. Jordan supported Operation Unified "
     "Protector over Libya in 2011.",
     {("Event:International Security Assistance Force", "heldIn", "Country:Afghanistan", "event-place-prep", ""),
      ("Event:Operation Unified Protector", "heldIn", "Country:Libya", "event-place-prep", "")}),
    ("an operation noun named by its compound, served by trainers",
     "Australian trainers continued to serve in the Resolute Support mission.",
     {("Country:Australia", "participatesIn", "Event:Resolute Support Mission", "proxy-subject", "")}),
    ("people of an operation from a country", "Dozens of KFOR soldiers from Italy and Hungary were injured.",
     {(f"Country:{c}", "participatesIn", "Event:Kosovo Force", "operation-staff", "") for c in ("Italy", "Hungary")}),
    ("an object gapped after the verb's own, with its own date",
     "Moldova joined the North Atlantic Cooperation Council in 1992 and the Partnership for Peace in 1994.",
     {("Country:Moldova", "participatesIn", "PartnershipFramework:North Atlantic Cooperation Council", "active", "1992"),
      ("Country:Moldova", "participatesIn", "PartnershipFramework:Partnership for Peace", "gapping", "1994")}),
    ("an unnamed operation noun as the object or complement is the operation the text is about",
     "The Kosovo Force (KFOR) was deployed in 1999. Austria and Ireland contributed soldiers to the force. "
     "Later, Moldova joined the Italian-led battle group in the west.",
     # "the force" stands for KFOR itself, so "contributed soldiers to the force" is read as said
     {(f"Country:{c}", "participatesIn", "Event:Kosovo Force", "active-prep", "") for c in ("Austria", "Ireland")}
     | {("Country:Moldova", "participatesIn", "Event:Kosovo Force", "operation-noun", "")}),
    ("a role for an unnamed operation noun is in the operation the text is about",
     "The Kosovo Force (KFOR) was deployed in 1999. Slovenia is the framework nation for the battlegroup in the west.",
     {("Country:Slovenia", "participatesIn", "Event:Kosovo Force", "operation-noun", "")}),
    ("the parser's dative 'to' takes a reference to the operation",
     "The Kosovo Force (KFOR) was deployed in 1999. In 2003, Armenia sent troops to the mission.",
     {("Country:Armenia", "participatesIn", "Event:Kosovo Force", "active-prep", "2003")}),
    ("a role noun before a name relates it to the noun's owner or what the text is about",
     "NATO held a training event with Alliance members Poland and Spain. Member state Hungary stayed away.",
     {("Country:Poland", "memberOf", "InternationalOrganization:NATO", "relational-noun", ""),
      ("Country:Spain", "memberOf", "InternationalOrganization:NATO", "relational-noun", ""),
      ("Country:Hungary", "memberOf", "InternationalOrganization:NATO", "relational-noun", "")}),
    ("a follower does what the clause before did",
     "Egypt and Morocco joined the Mediterranean Dialogue in 1995; Algeria followed in 2000.",
     {("Country:Algeria", "participatesIn", "PartnershipFramework:Mediterranean Dialogue", "gapping", "2000")}),
    ("'followed by' opens a gapped clause",
     "Poland joined NATO in 1999, followed by Slovakia and Slovenia in 2004.",
     {("Country:Slovakia", "memberOf", "InternationalOrganization:NATO", "gapping", "2004"),
      ("Country:Slovenia", "memberOf", "InternationalOrganization:NATO", "gapping", "2004")}),
    ("a group noun before a colon stands for the names that open the bullet lines under it",
     "Defence education\nPartner countries that have worked with NATO under the programme include:\n"
     "- Armenia, Georgia and Moldova\n- Serbia and Tunisia, both long-standing partners\n\nMore follows.",
     {(f"Country:{c}", "cooperatesWith", "InternationalOrganization:NATO", "active-prep", "")
      for c in ("Armenia", "Georgia", "Moldova", "Serbia", "Tunisia")}
     | {(f"Country:{c}", "partnerOf", "InternationalOrganization:NATO", "list-heading", "")
        for c in ("Armenia", "Georgia", "Moldova", "Serbia", "Tunisia")}),
    ("the objects of an example verb are the plural subject its clause is about",
     "Countries that joined the Partnership for Peace in 1994 include Hungary and Romania.",
     {(f"Country:{c}", "participatesIn", "PartnershipFramework:Partnership for Peace", "active", "1994")
      for c in ("Hungary", "Romania")}),
    ("a verb coordinated with a hedging verb states its own fact",
     "Croatia and Albania were invited to begin accession talks in 2008 and joined NATO in April 2009.",
     {(f"Country:{c}", "memberOf", "InternationalOrganization:NATO", "active", "2009-04") for c in ("Croatia", "Albania")}),
    ("the first of a role's holders holds it, as one of them does",
     "Japan was the first of NATO's partners to open a mission.",
     {("Country:Japan", "partnerOf", "InternationalOrganization:NATO", "copula", "")}),
    ("what a body was renamed or turned into succeeds it, however the parser hangs the participle",
     "In 1992 Armenia joined the North Atlantic Cooperation Council, renamed the Euro-Atlantic Partnership Council "
     "in 1997.\nThe Defence Planning Committee was renamed the Nuclear Planning Group in 2010.",
     {("PartnershipFramework:Euro-Atlantic Partnership Council", "succeeded",
       "PartnershipFramework:North Atlantic Cooperation Council", "participle", "1997"),
      ("Organization:Nuclear Planning Group", "succeeded", "Organization:Defence Planning Committee", "passive-agent",
       "2010")}),
    ("two names before a noun of cooperation that the parser coordinated with the first",
     "Official NATO and Moldova relations began in 1992.",
     {("Country:Moldova", "cooperatesWith", "InternationalOrganization:NATO", "relational-noun", "1992")}),
    ("companions after 'along with' that the parser hung on 'along'",
     "In 2010, Kazakhstan, along with Russia and Belarus, completed an agreement with NATO.",
     {(f"Country:{c}", "cooperatesWith", "InternationalOrganization:NATO", "object-via-prep", "2010")
      for c in ("Kazakhstan", "Russia", "Belarus")}),
    ("the parties of a plan between them adopt it when the verb says it was approved",
     "On 15 January 2015 the Individual Partnership Action Plan between Serbia and NATO was approved.",
     {("Country:Serbia", "adopted", "Agreement:Individual Partnership Action Plan", "parties", "2015-01-15"),
      ("InternationalOrganization:NATO", "adopted", "Agreement:Individual Partnership Action Plan", "parties",
       "2015-01-15")}),
    ("control handed over is a command handed over",
     "General Petr Pavel handed over control of the NATO Military Committee to Air Chief Marshal Stuart Peach in 2018.",
     {("Person:Stuart Peach", "succeeded", "Person:Petr Pavel", "command-change", "2018")}),
    ("the one appointed to an office holds it",
     "The North Atlantic Council appointed Lord Ismay as Secretary General of NATO in 1952.",
     {("Person:Lord Ismay", "leaderOf", "InternationalOrganization:NATO", "title", "1952")}),
    ("those represented at a summit take part in it; represented at an organisation, they do not join it",
     "Finland and Georgia were represented at the Madrid Summit. Australia is represented at NATO through its "
     "embassy in Brussels.",
     {(f"Country:{c}", "participatesIn", "Event:Madrid Summit", "passive-prep", "") for c in ("Finland", "Georgia")}),
    ("a hedge inside one name's phrase describes that name and does not hedge the tie",
     "NATO opened an Intensified Dialogue on Georgia's membership aspirations in 2006.",
     {("Country:Georgia", "participatesIn", "PartnershipFramework:Intensified Dialogue", "status-noun", "2006")}),
    ("what two parties agree on they adopt",
     "NATO and Japan agreed on the Individually Tailored Partnership Programme in 2023.",
     {(s, "adopted", "Agreement:Individually Tailored Partnership Programme", "active-prep", "2023")
      for s in ("InternationalOrganization:NATO", "Country:Japan")}),
    ("a person who commands a command leads it",
     "General Christopher Cavoli commands Allied Command Operations.",
     {("Person:Christopher Cavoli", "leaderOf", "Organization:Allied Command Operations", "active", "")}),
    ("a role joined as, read as a gerund's object by the parser",
     "In 2022 Japan and Australia joined the CCDCOE as contributing participants.",
     {(f"Country:{c}", "participatesIn", "Organization:NATO Cooperative Cyber Defence Centre of Excellence", "active",
       "2022") for c in ("Japan", "Australia")}),
    ("an implicit join is of the framework its sentence named before the joiners",
     "NATO partnerships\nNATO ministers decided in 1994 to open the Mediterranean Dialogue with Egypt and Israel; "
     "Jordan joined in 1995 and Algeria in 2000.",
     {("Country:Jordan", "participatesIn", "PartnershipFramework:Mediterranean Dialogue", "implicit-object", "1995"),
      ("Country:Algeria", "participatesIn", "PartnershipFramework:Mediterranean Dialogue", "gapping", "2000")}),
    ("a date of another clause does not date the fact",
     "Following Russia's 2022 invasion of Ukraine, Finland joined NATO in April 2023.",
     {("Country:Finland", "memberOf", "InternationalOrganization:NATO", "active", "2023-04")}),
    ("a meeting took place where its light verb's preposition says",
     "The 2010 Lisbon Summit was a meeting of NATO leaders. The summit took place in Lisbon in November.",
     {("Event:Lisbon Summit 2010", "heldIn", "Place:Lisbon", "active-prep", "2010")}),
    ("a name after an office, a comma and an honorific, which the parser coordinates with the office",
     "Joint press conference with the NATO Secretary General, Mr. Jaap de Hoop Scheffer and the President of "
     "Georgia, H.E Mr Mikheil Saakashvili",
     {("Person:Jaap de Hoop Scheffer", "leaderOf", "InternationalOrganization:NATO", "title", ""),
      ("Person:Mikheil Saakashvili", "leaderOf", "Country:Georgia", "title", "")}),
    ("of two bodies before an office word, the nearer is the one it heads",
     "The ceremony was attended by the NATO JFC Naples Commander, Admiral Mark Ferguson III.",
     {("Person:Mark Ferguson III", "leaderOf", "Organization:Allied Joint Force Command Naples", "title", "")}),
    ("an operation that comes under the command of a command is part of it",
     "Operation Sea Guardian comes under the command of Allied Maritime Command.",
     {("Event:Operation Sea Guardian", "partOf", "Organization:Allied Maritime Command", "command-change", "")}),
    ("the office heads the body owned, not its owner",
     "U.S. Air Force General James Hecker, Commander of NATO's Allied Air Command, spoke.",
     {("Person:James Hecker", "leaderOf", "Organization:Allied Air Command", "title", "")}),
    ("the partner of what an unnamed agreement is to do",
     "Israel reached agreement in June 2007 to share information with NATO.",
     {("Country:Israel", "cooperatesWith", "InternationalOrganization:NATO", "object-via-prep", "2007-06")}),
    ("an envoy's name the parser hung on the complement of the title",
     "Armenia's permanent representative to the NATO headquarters in Brussels, Samvel Mkrtchian, told reporters "
     "that the plan is broad.",
     {("Person:Samvel Mkrtchian", "relatedTo", "Country:Armenia", "title", "")}),
    ("the one welcomed to a summit and the one who welcomes are both there",
     "Secretary General Jens Stoltenberg welcomed President Volodymyr Zelenskyy of Ukraine to the Vilnius Summit.",
     {(f"Person:{p}", "participatesIn", "Event:Vilnius Summit 2023", "attendance", "2023")
      for p in ("Jens Stoltenberg", "Volodymyr Zelenskyy")}),
    ("the parties of an agreement the parser read as the subject of a participle after 'with'",
     "In 2010, Kazakhstan, along with Russia and Belarus, completed an agreement with NATO allowing the transit "
     "of cargo.",
     {(f"Country:{c}", "cooperatesWith", "InternationalOrganization:NATO", "object-via-prep", "2010")
      for c in ("Kazakhstan", "Russia", "Belarus")}),
    ("an envoy's title in apposition after the name",
     "Rolandas Kriščiūnas, Lithuania's ambassador to NATO, told reporters that the plan is broad.",
     {("Person:Rolandas Kriščiūnas", "relatedTo", "Country:Lithuania", "title", "")}),
    ("an office the parser hung on the service named after the name",
     "General Knud Bartels of the Danish army, chairman of the NATO Military Committee, said the alliance had "
     "taken over command.",
     {("Person:Knud Bartels", "leaderOf", "Organization:Military Committee", "title", "")}),
    ("abbreviated ranks do not end the sentence inside a list of holders",
     "The commanders of KFOR were Lt. General Giuseppe Valotto, Lt. General Roland Kather and "
     "Maj. General Erhard Bühler.",
     {(f"Person:{p}", "leaderOf", "Event:Kosovo Force", "title", "")
      for p in ("Giuseppe Valotto", "Roland Kather", "Erhard Bühler")}),
    ("an office the model took into the name, or with a form of address between",
     "King Philippe of Belgium met Bahrain's Emir Sheikh Hamad bin Isa Al Khalifa in Brussels.",
     {("Person:Philippe", "leaderOf", "Country:Belgium", "title", ""),
      ("Person:Hamad bin Isa Al Khalifa", "leaderOf", "Country:Bahrain", "title", "")}),
    ("an operation sent to a place in the passive is held there",
     "The Implementation Force was deployed to Bosnia and Herzegovina in December 1995.",
     {("Event:Implementation Force", "heldIn", "Country:Bosnia and Herzegovina", "passive-prep", "1995-12")}),
    ("a relational noun after 'in' says how the clause's subject acts",
     "The Alliance acted in close cooperation with the African Union. Japan works in partnership with NATO.",
     {("InternationalOrganization:NATO", "cooperatesWith", "InternationalOrganization:African Union",
       "relational-noun", ""),
      ("Country:Japan", "partnerOf", "InternationalOrganization:NATO", "relational-noun", "")}),
    ("a body followed by a city and its country is in the city",
     "The exercise is directed by Allied Joint Force Command (JFC Brunssum), Brunssum, the Netherlands, on behalf of "
     "SHAPE.",
     {("Organization:Allied Joint Force Command", "locatedIn", "Place:Brunssum", "place-apposition", "")}),
    ("a possessive written with the modifier-letter apostrophe",
     "Polish Prime Minister Donald Tuskʼs cabinet met on Monday. Finlandʼs accession to NATO was completed in 2023.",
     {("Person:Donald Tusk", "leaderOf", "Country:Poland", "title", ""),
      ("Country:Finland", "memberOf", "InternationalOrganization:NATO", "relational-noun", "2023")}),
]


@pytest.mark.parametrize(("family", "text", "expected"), MULTILINE, ids=[c[0] for c in MULTILINE])
def test_relations_new_families(nlp, family: str, text: str, expected: set[tuple[str, str, str, str, str]]) -> None:
    result = read(nlp, text)
    found = {(r.subject, r.predicate, r.object, r.rule, r.date) for r in result.relations if r.is_fact}
    assert expected <= found, found
    for rel in result.relations:
        assert text[rel.evidence.start:rel.evidence.end] == rel.evidence.sentence


def test_relations_allies_listed_are_nato_allies_not_members_of_the_organisation_named_most(nlp) -> None:
    text = "NATO and the EU share 22 members. Several allies, such as Norway and Iceland, do not belong to the EU."
    found = {(r.subject, r.predicate, r.object, r.polarity) for r in read(nlp, text).relations}
    assert ("Country:Norway", "memberOf", "InternationalOrganization:NATO", "positive") in found
    assert not {f for f in found if f[2] == "InternationalOrganization:European Union" and f[3] == "positive"}, found


def test_relations_a_participle_the_parser_coordinated_after_a_name_shares_no_subject(nlp) -> None:
    """ "…through the Package, agreed at the Warsaw Summit": the Package was agreed there; Ukraine
    attended nothing."""
    result = read(nlp, "Since 2014, Ukraine has received support from NATO through the Comprehensive Assistance "
                       "Package, agreed at the Warsaw Summit in 2016.")
    assert not [r for r in result.relations if r.subject == "Country:Ukraine" and r.object.startswith("Event:")]
    text = "Finland applied for membership in May 2022, joined NATO in April 2023 and hosted exercises."
    assert ("Country:Finland", "memberOf", "InternationalOrganization:NATO") in facts(read(nlp, text))


def test_relations_reference_marks_of_an_encyclopedia_copy_are_no_words(nlp) -> None:
    text = ("In the same year Cyprus took part in the founding conference of the Non-Aligned Movement in "
            "Belgrade.[13][14] Malta joined the Partnership for Peace in 1995.[citation needed]")
    result = read(nlp, text)
    assert not [e.name for e in result.entities.values() if "[" in e.name or "]" in e.name]
    found = {(r.subject, r.predicate, r.object, r.date) for r in result.relations}
    assert ("Country:Malta", "participatesIn", "PartnershipFramework:Partnership for Peace", "1995") in found
    assert {m.text for m in result.mentions if m.entity_key.startswith("Place:")} == {"Belgrade"}


def test_relations_a_person_who_signs_for_a_framework_takes_no_part_in_it(nlp) -> None:
    result = read(nlp, "The Partnership for Peace was signed by Manfred Wörner in 1994. Moldova signed the "
                       "Partnership for Peace in March 1994.")
    assert facts(result) == {("Country:Moldova", "participatesIn", "PartnershipFramework:Partnership for Peace")}


def test_relations_a_coordinated_passive_with_a_subject_of_its_own_keeps_it(nlp) -> None:
    result = read(nlp, "The Alliance was led at the time by Secretary General Javier Solana, and the campaign was "
                       "led by General Wesley Clark.")
    assert ("Person:Javier Solana", "leaderOf", "InternationalOrganization:NATO") in facts(result)
    assert not [r for r in result.relations if r.subject == "Person:Wesley Clark"]


def test_relations_represented_at_an_organisation_is_no_membership(nlp) -> None:
    result = read(nlp, "Australia is represented at NATO through its embassy in Brussels.")
    assert not [r for r in result.relations if r.subject == "Country:Australia" and r.predicate == "memberOf"]


def test_relations_a_deputy_titled_after_the_name_leads_nothing(nlp) -> None:
    result = read(nlp, "The visit was hosted by Thomas Goffus, NATO's Assistant Secretary General for Operations.")
    assert not [r for r in result.relations if r.predicate == "leaderOf"]


def test_relations_what_a_verb_does_with_a_party_to_its_unnamed_object_it_does_not_to_the_party(nlp) -> None:
    found = facts(read(nlp, "In 1991 Japan opened a security dialogue with NATO."))
    assert ("Country:Japan", "established", "InternationalOrganization:NATO") not in found, found


def test_relations_a_participle_set_off_by_commas_is_asserted_whatever_its_clause_hopes(nlp) -> None:
    text = "At the Bucharest Summit of April 2008, hosted by Romania, Georgia sought a Membership Action Plan."
    found = {(r.subject, r.predicate, r.object, r.modality) for r in read(nlp, text).relations if r.rule == "participle"}
    assert ("Country:Romania", "relatedTo", "Event:Bucharest Summit 2008", "") in found, found


def test_relations_a_finite_verb_after_an_invitation_to_join_states_its_own_fact(nlp) -> None:
    text = "Montenegro was invited to join NATO in December 2015 and became the Alliance's 29th member in June 2017."
    found = {(r.rule, r.modality) for r in read(nlp, text).relations if r.predicate == "memberOf"}
    assert found == {("active", "invite"), ("copula", "")}, found


@pytest.mark.parametrize(("text", "polarity"), [
    ("Saudi Arabia, a member of the Gulf Cooperation Council, has not joined the initiative.", "positive"),
    ("Saudi Arabia, not a member of the Gulf Cooperation Council, may join the initiative.", "negative"),
])
def test_relations_a_role_in_apposition_is_given_whatever_its_clause_says(nlp, text: str, polarity: str) -> None:
    found = {(r.subject, r.predicate, r.object, r.polarity) for r in read(nlp, text).relations}
    assert ("Country:Saudi Arabia", "memberOf", "InternationalOrganization:Gulf Cooperation Council", polarity) in found


def test_relations_a_summit_that_agrees_to_cooperate_cooperates_with_no_one(nlp) -> None:
    text = "The Riga Summit in 2006 agreed to deepen cooperation with Australia and Japan."
    assert not [r for r in read(nlp, text).relations if r.predicate == "cooperatesWith"]


def test_relations_acceding_to_the_treaty_is_no_participation_in_it(nlp) -> None:
    text = "NATO enlargement\nSpain acceded to the North Atlantic Treaty in 1982, as the Allies had once done."
    found = {(r.subject, r.predicate, r.object) for r in read(nlp, text).relations}
    assert not {f for f in found if f[2] == "Agreement:Washington Treaty" or f[0] == f[2]}, found


def test_relations_a_person_who_signs_an_agreement_is_no_party_to_it(nlp) -> None:
    text = "Nordic partners\nAnn Linde signed a memorandum with Finland and Turkey. Kuwait signed a deal with NATO."
    found = {(r.subject, r.predicate, r.object) for r in read(nlp, text).relations}
    assert ("Country:Kuwait", "cooperatesWith", "InternationalOrganization:NATO") in found
    assert not {f for f in found if f[0].startswith("Person:") and f[1] == "cooperatesWith"}, found


def test_relations_a_column_of_operations_lists_what_the_rows_country_took_part_in(nlp) -> None:
    text = ("Partners and NATO operations\n\nCountry | Joined | Other NATO-led operations | Status\n"
            "Finland | May 1994 | KFOR (Kosovo); ISAF (Afghanistan) | partner\n"
            "Georgia | March 1994 | ISAF; Resolute Support (Afghanistan) | aspiring member")
    found = {(r.subject, r.predicate, r.object, r.rule) for r in read(nlp, text).relations}
    for country, operation in (("Finland", "Kosovo Force"), ("Finland", "International Security Assistance Force"),
                               ("Georgia", "International Security Assistance Force"),
                               ("Georgia", "Resolute Support Mission")):
        assert (f"Country:{country}", "participatesIn", f"Event:{operation}", "list-table") in found, found
    # a cell of another column that mentions operations makes no header of its row
    centres = ("Centre | City | Host nation | Field\nNaval Mine Warfare COE | Ostend | Belgium | Naval operations\n"
               "Military Engineering COE | Ingolstadt | Germany | Engineering")
    assert ("Country:Germany", "relatedTo", "Organization:Military Engineering COE") in facts(read(nlp, centres))


def table_facts(nlp, text: str) -> set[tuple[str, str, str]]:
    """The (subject, predicate, object) of the relations a table's rows gave."""
    return {(r.subject, r.predicate, r.object) for r in read(nlp, text).relations if r.rule == "list-table"}


def test_relations_a_basis_column_relates_the_operation_to_its_resolutions_and_agreements(nlp) -> None:
    text = ("Operations and their mandates\n\nOperation | Theatre | Legal basis | Notes\n"
            "Kosovo Force (KFOR) | Kosovo | UNSCR 1244; Military Technical Agreement | since 1999\n"
            "Operation Active Endeavour | Mediterranean Sea | Article 5 response | from 2001\n"
            "EUFOR Althea | Bosnia and Herzegovina | succeeded SFOR | since 2004")
    found = table_facts(nlp, text)
    assert ("Event:Kosovo Force", "relatedTo", "Agreement:UN Security Council Resolution 1244") in found, found
    assert ("Event:Kosovo Force", "relatedTo", "Agreement:Military Technical Agreement") in found, found
    # an article stands for a treaty the cell does not name; a clause is the verb families' to read
    assert not {f for f in found if f[0] in {"Event:Operation Active Endeavour", "Event:Operation Althea"}
                and f[1] == "relatedTo"}, found


def test_relations_a_body_cell_holding_a_column_key_is_no_new_header(nlp) -> None:
    text = ("Summits and their guests\n\nSummit | Venue | Host nation | Partners attending\n"
            "Riga Summit | Olympic Sports Centre, Riga | Latvia | Georgia\n"
            "Bucharest Summit | Parliament Palace headquarters, Bucharest | Romania | Ukraine; Georgia\n"
            "Lisbon Summit | FIL conference centre, Lisbon | Portugal | Russia")
    found = table_facts(nlp, text)
    # "headquarters" in the second row's venue made a header of it, and the rows below lost the columns
    assert ("Country:Portugal", "relatedTo", "Event:Lisbon Summit 2010") in found, found
    assert ("Country:Russia", "participatesIn", "Event:Lisbon Summit 2010") in found, found
    assert ("Country:Ukraine", "participatesIn", "Event:Bucharest Summit 2008") in found, found


def test_relations_a_column_of_accession_protocols_does_not_date_the_membership(nlp) -> None:
    text = ("NATO enlargement in brief\nCountry | Accession protocol signed | Became member\n"
            "Slovakia | 26 Mar 2003 | 29 Mar 2004")
    dates = {r.date for r in read(nlp, text).relations
             if r.is_fact and (r.subject, r.predicate) == ("Country:Slovakia", "memberOf")}
    assert dates == {"2004-03-29"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a lower-case description: the last entity of its class
        ("Georgia is a country in the South Caucasus. In 1994, the country joined the Partnership for Peace.",
         {("Country:Georgia", "participatesIn", "PartnershipFramework:Partnership for Peace")}),
        # a pronoun: the last subject that is not a person
        ("Sweden kept its neutrality for two centuries. It joined NATO in 2024.",
         {("Country:Sweden", "memberOf", "InternationalOrganization:NATO")}),
        # a possessive determiner counts as a determiner of the description
        ("North Macedonia waited for years. Your country joined the Partnership for Peace in 1995.",
         {("Country:North Macedonia", "participatesIn", "PartnershipFramework:Partnership for Peace")}),
        # a group: the countries last named together
        ("Poland, Hungary and the Czech Republic were invited in 1997. The three countries joined NATO in 1999.",
         {(f"Country:{c}", "memberOf", "InternationalOrganization:NATO") for c in ("Poland", "Hungary", "Czech Republic")}),
        # a relative clause's subject does not take over as the salient subject
        ("Moldova joined the North Atlantic Cooperation Council, the forum NATO had set up for former adversaries, "
         "in 1992. In 1994 it signed the Partnership for Peace Framework Document.",
         {("Country:Moldova", "signed", "Agreement:Partnership for Peace Framework Document")}),
        # a description with the head word of a name: the entity of that name, not the last of its class
        ("Leaders met at the Wales Summit in 2014, after the International Security Assistance Force had completed "
         "its mission. The summit launched the Defence Capacity Building Initiative.",
         {("Event:Wales Summit 2014", "established",
          "PartnershipFramework:Defence and Related Security Capacity Building Initiative")}),
        # an article stands for its treaty
        ("The Washington Treaty was signed in 1949. Article 9 created the North Atlantic Council.",
         {("Agreement:Washington Treaty", "established", "Organization:North Atlantic Council")}),
        # a description that is a subject passes the salience on to a later pronoun, even from a "when" clause
        ("NATO launched its partnership policy in 1994. Dialogue with Kazakhstan started in 1992, when the country "
         "joined the North Atlantic Cooperation Council, and cooperation grew when it joined the Partnership for "
         "Peace in 1995.",
         {("Country:Kazakhstan", "participatesIn", "PartnershipFramework:Partnership for Peace")}),
        # "their": the countries the sentence names together, even with a year in brackets after each
        ("NATO's partners across the globe include Mongolia, Colombia and New Zealand. Finland (2023) and Sweden "
         "(2024) took part as partners before their accession.",
         {(f"Country:{c}", "memberOf", "InternationalOrganization:NATO") for c in ("Finland", "Sweden")}),
        # an object pronoun: what the clause before is about, not where it happened
        ("The Istanbul Cooperation Initiative was launched at the Istanbul Summit in 2004. Kuwait and Qatar "
         "joined it a few months later.",
         {("Country:Kuwait", "participatesIn", "PartnershipFramework:Istanbul Cooperation Initiative"),
          ("Country:Qatar", "participatesIn", "PartnershipFramework:Istanbul Cooperation Initiative")}),
        # "both" alone: the two countries last named together
        ("Austria and Malta joined the Partnership for Peace in 1995. Both contributed troops to KFOR.",
         {("Country:Austria", "participatesIn", "Event:Kosovo Force"),
          ("Country:Malta", "participatesIn", "Event:Kosovo Force")}),
        # a group that counts as many as the last one named together is that one, however far back
        ("Finland and Sweden: from partnership to membership\n\nKey facts\n\nNATO grew twice in two years.\n\n"
         "Both countries joined the Partnership for Peace in 1994.",
         {("Country:Finland", "participatesIn", "PartnershipFramework:Partnership for Peace"),
          ("Country:Sweden", "participatesIn", "PartnershipFramework:Partnership for Peace")}),
    ],
)
def test_relations_reference_rules(nlp, text: str, expected: set[tuple[str, str, str]]) -> None:
    result = read(nlp, text)
    assert expected <= {(r.subject, r.predicate, r.object) for r in result.relations}
    assert not any(m.rule == "reference" for m in result.mentions), "a pronoun is never a mention of its entity"
    assert not any(a in {"it", "country", "countries"} for e in result.entities.values() for a in e.aliases)


def test_relations_a_name_past_an_apposition_is_outside_it(nlp) -> None:
    result = read(nlp, "Austria, Finland and Sweden – all long-standing members of the Partnership for Peace (PfP) – "
                       "as well as Japan contribute to the mission.")
    members = {r.subject for r in result.relations if r.object == "PartnershipFramework:Partnership for Peace"}
    assert members == {"Country:Austria", "Country:Finland", "Country:Sweden"}


def test_relations_the_two_organisations_are_the_two_last_named(nlp) -> None:
    result = read(nlp, "Relations between the North Atlantic Treaty Organization (NATO) and the European Union (EU) "
                       "cover crisis management.\n\nBoth organisations take part in the work of the European Centre "
                       "of Excellence for Countering Hybrid Threats.")
    found = {(r.subject, r.predicate, r.object) for r in result.relations}
    assert {(f"InternationalOrganization:{o}", "participatesIn",
             "Organization:European Centre of Excellence for Countering Hybrid Threats")
            for o in ("NATO", "European Union")} <= found


def test_relations_a_pair_that_cooperates_cooperates_with_each_other_once(nlp) -> None:
    result = read(nlp, "NATO and the OSCE are both active in Kosovo. The two organisations have cooperated for "
                       "three decades.")
    pairs = [frozenset((r.subject, r.object)) for r in result.relations if r.predicate == "cooperatesWith"]
    assert pairs == [frozenset({"InternationalOrganization:NATO",
                                "InternationalOrganization:Organization for Security and Co-operation in Europe"})]


def test_relations_the_two_sides_are_the_organisation_and_the_country_last_named(nlp) -> None:
    result = read(nlp, "NATO and Russia signed the Founding Act in 1997. The two sides agreed to cooperate in the "
                       "Permanent Joint Council.")
    pairs = [frozenset((r.subject, r.object)) for r in result.relations if r.predicate == "cooperatesWith"]
    assert pairs == [frozenset({"InternationalOrganization:NATO", "Country:Russia"})]


def test_relations_cooperation_between_the_two_organisations_is_between_them(nlp) -> None:
    result = read(nlp, "NATO and the EU each sent observers in 2016. Cooperation between the two organisations has "
                       "grown since then.")
    pairs = {frozenset((r.subject, r.object)) for r in result.relations if r.predicate == "cooperatesWith"}
    assert pairs == {frozenset({"InternationalOrganization:NATO", "InternationalOrganization:European Union"})}


def test_relations_a_counted_group_is_the_last_group_of_that_size(nlp) -> None:
    result = read(nlp, "Poland, Hungary and the Czech Republic were invited at Madrid in 1997. In 2002 Bulgaria, "
                       "Estonia, Latvia, Lithuania, Romania, Slovakia and Slovenia were invited at Prague. "
                       "On 12 March 1999, those three countries joined NATO.")
    members = {r.subject for r in result.relations if r.predicate == "memberOf" and r.date == "1999-03-12"}
    assert members == {"Country:Poland", "Country:Hungary", "Country:Czech Republic"}


def test_relations_a_group_with_a_relative_clause_set_off_by_commas_is_still_the_group(nlp) -> None:
    result = read(nlp, "In 2002 Bulgaria, Estonia and Latvia were invited at Prague. The three countries, which had "
                       "begun accession talks in 2003, joined NATO on 29 March 2004.")
    members = {r.subject for r in result.relations if r.predicate == "memberOf" and r.date == "2004-03-29"}
    assert members == {"Country:Bulgaria", "Country:Estonia", "Country:Latvia"}


def test_relations_a_group_of_another_size_is_not_the_one_named_paragraphs_before(nlp) -> None:
    result = read(nlp, "Finland and Sweden: from partnership to membership\n\nKey facts\n\n"
                       "NATO grew twice in two years.\n\nThe three countries joined the Partnership for Peace in 1994.")
    assert not any(r.object == "PartnershipFramework:Partnership for Peace" for r in result.relations)


@pytest.mark.parametrize(
    ("sentence", "modality"),
    [
        ("Georgia applied to join NATO in 2008.", "apply"),
        ("At the time, the idea of Sweden joining NATO seemed unlikely.", "possible"),
        ("Aspiring member Georgia hopes to join NATO.", "hope"),
        ("The Summit welcomed the upcoming accession of Finland to the Alliance.", "expected"),
        ("Finland's push to join NATO highlighted the need for cooperation.", "seek"),
        ("The protocols will permit Bulgaria to become a member of NATO.", "possible"),
        ("Delegates here represent aspiring members of NATO, such as Georgia.", "aspiring"),
        ("Serbia has yet to join NATO.", "pending"),
        ("Moldova is yet to become a member of NATO.", "pending"),
    ],
)
def test_relations_hedges_carried_by_governing_words(nlp, sentence: str, modality: str) -> None:
    result = kg.extract([document_from_text(sentence)], nlp=nlp)
    (rel,) = [r for r in result.relations if r.predicate == "memberOf"]
    assert rel.modality == modality and not rel.is_fact


def test_relations_endorsers_of_their_own_bids_support_no_one(nlp) -> None:
    text = "Finland and Sweden applied in May 2022. Turkey and Hungary approved their bids in 2023."
    assert not [r for r in read(nlp, text).relations if r.rule == "endorse-bid"]
    text = "Finland applied in May 2022. Hungary approved Finland's bid in 2023."
    assert ("Country:Hungary", "supports", "Country:Finland") in facts(read(nlp, text))


def test_relations_secretary_general_of_the_organisation_the_text_is_about(nlp) -> None:
    text = ("NATO foreign ministers met in Brussels. Secretary General Jens Stoltenberg visited Australia in 2019. "
            "Deputy Secretary General Mircea Geoană visited Japan.")
    result = read(nlp, text)
    leaders = {(r.subject, r.object) for r in result.relations if r.predicate == "leaderOf"}
    assert leaders == {("Person:Jens Stoltenberg", "InternationalOrganization:NATO")}


@pytest.mark.parametrize(("text", "leaders"), [
    ("NATO is an alliance. On 1 October 2024, Mark Rutte, a former Prime Minister of the Netherlands, succeeds "
     "Jens Stoltenberg as Secretary General.", {"Person:Mark Rutte", "Person:Jens Stoltenberg"}),
    ("NATO is an alliance. On 1 October 2014 Jens Stoltenberg of Norway becomes Secretary General.",
     {"Person:Jens Stoltenberg"}),
    ("NATO set up the centre in 1998, at a time when Javier Solana was Secretary General.", {"Person:Javier Solana"}),
    ("NATO has a new leader. Mark Rutte took office on 1 October 2024 as Secretary General.", {"Person:Mark Rutte"}),
])
def test_relations_an_office_held_by_a_verb_with_no_organisation_is_the_texts_organisations(
        nlp, text: str, leaders: set[str]) -> None:
    result = read(nlp, text)
    found = {r.subject for r in result.relations if r.predicate == "leaderOf" and r.object == "InternationalOrganization:NATO"
             and r.is_fact}
    assert found == leaders


def test_relations_an_office_to_be_taken_is_a_qualified_leadership(nlp) -> None:
    result = read(nlp, "NATO chose its leader. Mark Rutte will become Secretary General in October.")
    assert [(r.subject, r.object, r.modality) for r in result.relations if r.predicate == "leaderOf"] == [
        ("Person:Mark Rutte", "InternationalOrganization:NATO", "will")]


def test_relations_gapped_clauses_keep_their_own_dates(nlp) -> None:
    text = ("Greece and Turkey joined NATO in 1952, the Federal Republic of Germany in 1955 and Spain in 1982. "
            "NATO grew again: the Czech Republic, Hungary and Poland joined in 1999; Bulgaria and Estonia in 2004.")
    result = read(nlp, text)
    dates = {(r.subject.split(":")[1], r.date) for r in result.relations
             if r.predicate == "memberOf" and r.object == "InternationalOrganization:NATO"}
    assert dates == {("Greece", "1952"), ("Türkiye", "1952"), ("Germany", "1955"), ("Spain", "1982"),
                     ("Czech Republic", "1999"), ("Hungary", "1999"), ("Poland", "1999"), ("Bulgaria", "2004"),
                     ("Estonia", "2004")}


def test_relations_joined_as_a_member_is_joined(nlp) -> None:
    text = "NATO grew. On 4 April 2023 Finland joined as the thirty-first member."
    result = read(nlp, text)
    assert {(r.subject, r.predicate, r.object, r.date) for r in result.relations} >= {
        ("Country:Finland", "memberOf", "InternationalOrganization:NATO", "2023-04-04")}


def test_relations_a_place_after_an_object_belongs_to_the_object(nlp) -> None:
    result = kg.extract([document_from_text("NATO opened a liaison office in Kyiv in 1999.")], nlp=nlp)
    assert not [r for r in result.relations if r.predicate == "locatedIn"]
    result = kg.extract([document_from_text("The CCDCOE was established in Tallinn in 2008.")], nlp=nlp)
    assert {(r.subject.split(":")[1], r.predicate, r.object) for r in result.relations} >= {
        ("NATO Cooperative Cyber Defence Centre of Excellence", "locatedIn", "Place:Tallinn")}


def test_relations_a_mission_in_its_country_after_its_abbreviation(nlp) -> None:
    text = "Montenegro contributed troops to the International Security Assistance Force (ISAF) in Afghanistan."
    result = read(nlp, text)
    assert ("Event:International Security Assistance Force", "heldIn", "Country:Afghanistan", "place-in") in {
        (r.subject, r.predicate, r.object, r.rule) for r in result.relations}


def test_relations_a_capital_acting_stands_for_its_country(nlp) -> None:
    text = "In February 1994 Kyiv signed the Partnership for Peace Framework Document. The summit met in Vilnius."
    result = read(nlp, text)
    found = facts(result)
    assert ("Country:Ukraine", "signed", "Agreement:Partnership for Peace Framework Document") in found
    assert not any(m.entity_key == "Country:Lithuania" for m in result.mentions), "a place that does not act stays one"
    asked = read(nlp, "Kyiv has repeatedly asked to join NATO.")  # asking, seeking, deciding: a government's acts too
    assert [(r.subject, r.predicate, r.object, r.modality) for r in asked.relations] == [
        ("Country:Ukraine", "memberOf", "InternationalOrganization:NATO", "request")]


def test_relations_a_host_and_what_it_hosts(nlp) -> None:
    result = kg.extract([document_from_text("Norway hosts the Joint Warfare Centre in Stavanger.")], nlp=nlp)
    assert ("Organization:Joint Warfare Centre", "locatedIn", "Country:Norway") in {
        (r.subject, r.predicate, r.object) for r in result.relations}


def test_relations_applying_for_a_membership_named_by_its_organisation(nlp) -> None:
    result = kg.extract([document_from_text("Sweden applied for NATO membership in May 2022.")], nlp=nlp)
    (rel,) = [r for r in result.relations if r.predicate == "memberOf"]
    assert (rel.subject, rel.object, rel.modality, rel.date) == (
        "Country:Sweden", "InternationalOrganization:NATO", "apply", "2022-05")
    assert not rel.is_fact


def test_relations_allies_are_nato_when_the_text_names_it(nlp) -> None:
    text = ("NATO met in Washington. The OSCE withdrew its mission from Kosovo. "
            "In April 1999 Allies adopted a new Strategic Concept.")
    result = read(nlp, text)
    adopted = {(r.subject, r.object) for r in result.relations if r.predicate == "adopted"}
    assert {s for s, _ in adopted} == {"InternationalOrganization:NATO"}
    alone = kg.extract([document_from_text("In April 1999 Allies adopted a new Strategic Concept.")], nlp=nlp)
    assert not alone.relations, "no NATO in the text: no guess"


def test_relations_we_is_the_most_named_organisation_not_the_last_subject(nlp) -> None:
    text = ("NATO leaders met in Madrid. NATO welcomed Finland. The European Union agreed a plan. "
            "Today we adopted a new Strategic Concept.")
    result = read(nlp, text)
    adopted = {(r.subject, r.object) for r in result.relations if r.predicate == "adopted" and "Concept" in r.object}
    assert adopted == {("InternationalOrganization:NATO", "Agreement:Strategic Concept")}


def test_relations_a_head_of_state_of_the_one_country_the_sentence_names(nlp) -> None:
    text = "In 1966 France left the integrated command under President Charles de Gaulle."
    result = read(nlp, text)
    assert ("Person:Charles de Gaulle", "leaderOf", "Country:France") in {
        (r.subject, r.predicate, r.object) for r in result.relations}
    for other in ("President Zelenskyy thanked Allies for their support since Russia's invasion.",
                  "President Erdoğan and Prime Minister Orbán met in Budapest with Finland's president."):
        result = kg.extract([document_from_text(other)], nlp=nlp)
        assert not [r for r in result.relations if r.predicate == "leaderOf"], other


def test_relations_a_place_after_a_preposition_is_no_gapped_subject(nlp) -> None:
    result = kg.extract([document_from_text("Jordan supported Operation Unified Protector over Libya in 2011.")], nlp=nlp)
    assert not [r for r in result.relations if r.subject == "Country:Libya"]


def test_relations_non_negates_its_end(nlp) -> None:
    text = "Today contributors include non-NATO countries such as Austria and Switzerland."
    result = read(nlp, text)
    assert not [r for r in result.relations if r.object == "InternationalOrganization:NATO" and r.is_fact]


def test_relations_a_label_line_ends_the_list_above_it(nlp) -> None:
    text = "NATO and its partners\nPartner countries:\n• Austria\n• Ireland\nTags: Belarus, Russia"
    result = read(nlp, text)
    partners = {r.subject for r in result.relations if r.predicate == "partnerOf"}
    assert partners == {"Country:Austria", "Country:Ireland"}


def test_relations_an_object_excluded_by_its_own_negation(nlp) -> None:
    text = "Cyprus joined the European Union and not NATO."
    result = read(nlp, text)
    facts = {(r.subject, r.object) for r in result.relations if r.is_fact}
    assert ("Country:Cyprus", "InternationalOrganization:European Union") in facts
    assert ("Country:Cyprus", "InternationalOrganization:NATO") not in facts


def test_relations_an_owned_accession_is_to_what_the_text_is_about(nlp) -> None:
    text = "NATO grew again. With Finland's accession in April 2023 the Alliance had thirty-one members."
    result = read(nlp, text)
    assert ("Country:Finland", "memberOf", "InternationalOrganization:NATO", "relational-noun") in {
        (r.subject, r.predicate, r.object, r.rule) for r in result.relations}


def test_relations_a_partner_in_apposition_with_its_own_date(nlp) -> None:
    result = kg.extract([document_from_text("Finland, a partner since 1994, joined NATO in 2023.")], nlp=nlp)
    assert {(r.predicate, r.date) for r in result.relations if r.subject == "Country:Finland"} == {
        ("partnerOf", "1994"), ("memberOf", "2023")}


def test_relations_an_entity_misparsed_as_the_verbs_compound_is_its_subject(nlp) -> None:
    text = "Armenia participates in the Partnership for Peace and has contributed troops to KFOR."
    result = read(nlp, text)
    assert {(r.subject, r.predicate, r.object) for r in result.relations} >= {
        ("Country:Armenia", "participatesIn", "PartnershipFramework:Partnership for Peace"),
        ("Country:Armenia", "participatesIn", "Event:Kosovo Force")}


def test_relations_an_entity_that_only_modifies_a_noun_is_not_the_verbs_argument(nlp) -> None:
    text = "In 2022 the leaders of Australia and Japan attended a NATO summit for the first time."
    result = read(nlp, text)
    assert not [r for r in result.relations if r.object == "InternationalOrganization:NATO"]


def test_relations_a_path_through_another_entity_is_not_read(nlp) -> None:
    result = kg.extract([document_from_text("Tajikistan joined NATO's Partnership for Peace in 2002.")], nlp=nlp)
    found = facts(result)
    assert ("Country:Tajikistan", "participatesIn", "PartnershipFramework:Partnership for Peace") in found
    assert ("Country:Tajikistan", "memberOf", "InternationalOrganization:NATO") not in found


def test_relations_a_summit_is_not_a_part_of_its_host(nlp) -> None:
    result = kg.extract([document_from_text("The Partnership was launched at NATO's Brussels Summit in 1994.")], nlp=nlp)
    assert not [r for r in result.relations if r.rule == "owner"]


def test_relations_inverse_verb_does_not_make_parts_members(nlp) -> None:
    result = kg.extract([document_from_text("The Substantial NATO-Georgia Package includes the Joint Training and "
                                             "Evaluation Centre.")], nlp=nlp)
    assert not [r for r in result.relations if r.rule == "inverse-active"]


def test_relations_learned_pair_reads_a_negated_branch(nlp) -> None:
    result = kg.extract([document_from_text("Austria is a member of the European Union but not of NATO.")], nlp=nlp)
    facts = {(r.subject, r.predicate, r.object) for r in result.relations if r.is_fact}
    assert ("Country:Austria", "memberOf", "InternationalOrganization:European Union") in facts
    assert not {f for f in facts if f[2] == "InternationalOrganization:NATO"}


def test_relations_signatures_reroute_and_drop(nlp) -> None:
    from kg.extract.signatures import fit

    assert fit("memberOf", "Country", "PartnershipFramework") == "participatesIn"
    assert fit("memberOf", "Person", "InternationalOrganization") is None
    assert fit("leaderOf", "Country", "InternationalOrganization") is None
    assert fit("heldIn", "Event", "Place") == "heldIn"


def test_relations_registry_names_every_rule() -> None:
    from kg.extract.families import FAMILIES
    from kg.lexicon import load_lexicon

    rules = [rule for family in FAMILIES for rule in family.rules]
    assert len(rules) == len(set(rules)), "each rule belongs to one family"
    assert set(rules) <= set(load_lexicon().relations["rules"]), "each rule has a confidence"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("NATO works with many countries. Partners such as Austria, Switzerland and Ireland have sent soldiers.",
         {(f"Country:{c}", "partnerOf", "InternationalOrganization:NATO", "") for c in ("Austria", "Switzerland", "Ireland")}),
        ("NATO grew in 2023. Finland and Sweden submitted applications for membership in May 2022.",
         {(f"Country:{c}", "memberOf", "InternationalOrganization:NATO", "apply") for c in ("Finland", "Sweden")}),
    ],
)
def test_relations_examples_and_applications_of_a_relational_noun(nlp, text: str,
                                                                   expected: set[tuple[str, str, str, str]]) -> None:
    result = read(nlp, text)
    assert expected <= {(r.subject, r.predicate, r.object, r.modality) for r in result.relations}


def test_relations_a_longer_heading_phrase_can_block_a_relation(nlp) -> None:
    """"Deputy Secretaries General:" must not make each deputy the leader of NATO."""
    text = "About NATO\nDeputy Secretaries General since 2001:\n- Alessandro Minuto-Rizzo (Italy), 2001–2007"
    result = read(nlp, text)
    assert not [r for r in result.relations if r.predicate == "leaderOf"]


def test_relations_the_country_after_a_city_places_the_city_not_the_event(nlp) -> None:
    text = "The 2009 NATO Summit in Strasbourg, France, marked the anniversary."
    found = {(r.subject.split(":")[1], r.predicate, r.object.split(":")[1]) for r in
             kg.extract([document_from_text(text)], nlp=nlp).relations}
    assert ("Strasbourg", "locatedIn", "France") in found
    assert not any(p == "heldIn" and o == "France" for _, p, o in found), found
    assert any(p == "heldIn" and o == "Strasbourg" for _, p, o in found), found


def test_relations_a_line_announcing_a_list_under_a_section_heading_takes_its_place(nlp) -> None:
    text = ("NATO led Operation Unified Protector until October 2011.\n\nContributors\n\n"
            "Allies that deployed aircraft or ships to the operation included:\n"
            "- Belgium, Canada and Norway\n- Italy, which also made its air bases available")
    found = facts(read(nlp, text))
    for country in ("Belgium", "Canada", "Norway", "Italy"):
        assert (f"Country:{country}", "participatesIn", "Event:Operation Unified Protector") in found, found
        # Allies named by the operation they served in are members of the Alliance as well
        assert (f"Country:{country}", "memberOf", "InternationalOrganization:NATO") in found, found
    # a statement on a name is no new heading: its items say how, they list no partners
    text = ("Partnership with Sweden\n\nSweden has been one of NATO's closest partners for decades:\n"
            "- it served in KFOR alongside Finland;\n- its aircraft flew over Libya in 2011.")
    assert not {f for f in facts(read(nlp, text)) if f[1] == "partnerOf" and f[0] != "Country:Sweden"}


def test_relations_a_section_heading_that_is_a_name_is_the_whole_of_its_lists(nlp) -> None:
    text = ("NATO's southern partnerships: the Mediterranean Dialogue and the Istanbul Cooperation Initiative. "
            "The Mediterranean Dialogue is the older of the two, and the Mediterranean Dialogue is the larger.\n\n"
            "Mediterranean Dialogue\n- Participants: Egypt, Israel and Jordan\n"
            "Istanbul Cooperation Initiative\n- Participants: Bahrain, Kuwait and Qatar")
    found = facts(read(nlp, text))
    for country in ("Bahrain", "Kuwait", "Qatar"):
        assert (f"Country:{country}", "participatesIn", "PartnershipFramework:Istanbul Cooperation Initiative") in found
        assert (f"Country:{country}", "participatesIn", "PartnershipFramework:Mediterranean Dialogue") not in found
    # each section's list takes its own heading, whichever is read last in the paragraph
    assert ("Country:Egypt", "participatesIn", "PartnershipFramework:Mediterranean Dialogue") in found
    assert ("Country:Egypt", "participatesIn", "PartnershipFramework:Istanbul Cooperation Initiative") not in found


def test_relations_a_heading_holds_over_one_line_paragraphs(nlp) -> None:
    """A table of figures turned into text, one paragraph per row: the heading (whose own
    word "Troop" is no whole) holds for every row, both names of a row are items, and a
    negated name in a heading ("NON-NATO") is not an item."""
    text = ("Kosovo Force (KFOR) in figures\n\nTroop contributions\n\nBelgium 40 Norway 12\n\n"
            "Estonia 3 Latvia 7\n\nPoland 250\n\nKFOR NON-NATO CONTRIBUTING NATIONS\n\nAustria\n\nIreland\n\n"
            "These figures are from the spring.")
    found = {(r.subject.split(":")[1], r.predicate, r.object.split(":")[1]) for r in
             kg.extract([document_from_text(text)], nlp=nlp).relations}
    countries = ("Belgium", "Norway", "Estonia", "Latvia", "Poland", "Austria", "Ireland")
    assert {(c, "participatesIn", "Kosovo Force") for c in countries} <= found, found
    assert not any(s == "NATO" or o in {"Troop", "NATO"} for s, _, o in found), found


@pytest.mark.parametrize("text", [
    "Korean President Moon Jae-in met the Secretary General in Vilnius, Lithuania.",
    "Viktor Orbán, Hungary's current deputy prime minister, spoke in Budapest.",
    "The Deputy Prime Minister Richard Marles visited Poland in May.",
])
def test_relations_no_head_of_state_from_a_deputy_or_a_nationality_adjective(nlp, text: str) -> None:
    relations = kg.extract([document_from_text(text)], nlp=nlp).relations
    assert not [r for r in relations if r.predicate == "leaderOf"], relations


def test_relations_a_colon_inside_a_quoted_title_opens_no_list(nlp) -> None:
    text = ('NATO and Russia signed the Rome Declaration, "NATO-Russia Relations: A New Quality", '
            "with Armenia and Georgia.")
    relations = kg.extract([document_from_text(text)], nlp=nlp).relations
    assert not [r for r in relations if r.rule == "list-colon"], relations
    assert {("Country:Russia", "signed")} <= {(r.subject, r.predicate) for r in relations}


def test_relations_an_unnamed_summit_takes_its_place_and_year(nlp) -> None:
    """ "the NATO Summit in Madrid in June 2022" is the curated 2022 Madrid summit, and its
    place is not hedged by the clause ("invited"); summits named by no place are the curated summits of
    their years, and those of different years stay apart."""
    text = ("Allies invited Finland to join at the NATO Summit in Madrid in June 2022. "
            "Leaders met again at the 2009 NATO Summit. Leaders met again at the 2010 NATO Summit.")
    result = read(nlp, text)
    held = [r for r in result.relations if r.predicate == "heldIn"]
    assert [(r.subject, r.object, r.modality) for r in held] == [("Event:Madrid Summit 2022", "Place:Madrid", "")]
    assert {"Event:Strasbourg-Kehl Summit 2009", "Event:Lisbon Summit 2010"} <= set(result.entities)


def test_relations_a_person_in_apposition_holds_their_own_office(nlp) -> None:
    text = ("Pictured: Canada's Deputy Prime Minister Anna Brandt, Norway's Prime Minister Erna Solberg, "
            "and Poland's President Andrzej Duda, at the summit.")
    found = {(r.subject, r.object) for r in read(nlp, text).relations
             if r.predicate == "leaderOf" and r.rule == "title"}
    assert ("Person:Erna Solberg", "Country:Norway") in found
    assert not [pair for pair in found if pair[0] == "Person:Anna Brandt"], found


@pytest.mark.parametrize(("text", "expected"), [
    ("The delay came from Türkiye, whose Prime Minister, Ahmet Kaya, had voiced concern.",
     {("Person:Ahmet Kaya", "Country:Türkiye")}),
    ("Leaders thanked Georgia, whose President Nino Beridze attended, and the OSCE.",
     {("Person:Nino Beridze", "Country:Georgia")}),
    ("Lithuania, whose Commander, Jonas Petraitis, spoke, hosted the exercise.", set()),
])
def test_relations_an_office_after_whose_is_the_names_before_it(nlp, text: str, expected) -> None:
    """The office after "whose" is of the name before it; a commander heads a body, not the country."""
    found = {(r.subject, r.object) for r in read(nlp, text).relations
             if r.predicate == "leaderOf" and r.rule == "title"}
    assert found == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The pact was signed by Albania, Bulgaria, Czechoslovakia, Hungary and Poland.", set()),
    ("The four partners met. In Washington, they launched new projects.", set()),
    ("The offices are in Mons, Belgium and Norfolk, United States.",
     {("Place:Mons", "Country:Belgium"), ("Place:Norfolk", "Country:United States")}),
])
def test_relations_a_place_and_a_country_after_a_comma(nlp, text: str, expected: set[tuple[str, str]]) -> None:
    """A city and its country, not two names of a list or a city and a pronoun."""
    found = {(r.subject, r.object) for r in read(nlp, text).relations
             if r.rule == "place-apposition"}
    assert found == expected


def test_relations_a_time_clause_is_not_hedged_by_its_main_clause(nlp) -> None:
    text = "NATO grew again. When Slovakia and Slovenia joined in March 2004, the leaders planned further enlargement."
    found = {(r.subject, r.modality) for r in kg.extract([document_from_text(text)], nlp=nlp).relations
             if r.predicate == "memberOf"}
    assert found == {("Country:Slovakia", ""), ("Country:Slovenia", "")}


def test_relations_a_relative_clause_is_not_hedged_by_its_main_clause(nlp) -> None:
    text = "We remain ready to develop further our cooperation with Serbia, which joined the Partnership for Peace in 2006."
    found = {(r.subject, r.predicate, r.object, r.modality, r.date) for r in read(nlp, text).relations}
    assert ("Country:Serbia", "participatesIn", "PartnershipFramework:Partnership for Peace", "", "2006") in found, found


def test_relations_a_heading_of_nations_takes_no_base_as_a_participant(nlp) -> None:
    text = ("The enhanced Forward Presence is a NATO deployment.\n\nBattlegroups and framework nations\n- Estonia: led "
            "by the United Kingdom; based at Tapa.\n- Latvia: led by Canada; based at Ādaži.")
    listed = {r.subject for r in read(nlp, text).relations if r.rule == "list-heading"}
    assert listed == {"Country:Estonia", "Country:United Kingdom", "Country:Latvia", "Country:Canada"}, listed


def test_relations_a_framework_tagged_as_an_adjective_still_owns_its_noun(nlp) -> None:
    text = "NATO works with many countries. Ukraine, a PfP member since 1994, has contributed units."
    found = {(r.subject, r.predicate, r.object) for r in read(nlp, text).relations if r.rule == "relational-noun"}
    assert found == {("Country:Ukraine", "participatesIn", "PartnershipFramework:Partnership for Peace")}, found


def test_relations_the_head_of_a_name_is_not_a_relational_noun(nlp) -> None:
    text = "In 2014, Georgia was also named one of NATO's Enhanced Opportunities Partners, alongside Australia and Jordan."
    found = {(r.subject, r.predicate, r.object) for r in read(nlp, text).relations}
    assert ("InternationalOrganization:NATO", "participatesIn",
            "PartnershipFramework:Enhanced Opportunities Partners") not in found, found
    assert ("Country:Georgia", "participatesIn", "PartnershipFramework:Enhanced Opportunities Partners") in found, found


@pytest.mark.parametrize(("text", "leader", "country"), [
    ("President of the Republic of Finland Sauli Niinistö travelled to Madrid to attend the summit.",
     "Person:Sauli Niinistö", "Country:Finland"),
    ("On Wednesday, the President started his day by meeting King of Spain Felipe VI.", "Person:Felipe VI",
     "Country:Spain"),
])
def test_relations_a_holder_the_model_left_out_after_the_office_and_its_country(nlp, text: str, leader: str,
                                                                                country: str) -> None:
    found = {(r.subject, r.predicate, r.object) for r in read(nlp, text).relations if r.rule == "title"}
    assert (leader, "leaderOf", country) in found, found


def test_relations_a_meeting_held_where_its_participle_hangs_on_an_of_phrase(nlp) -> None:
    text = ("The 2010 Lisbon summit was the summit of the heads of state and heads of government of NATO held in "
            "Lisbon on 19 and 20 November 2010.")
    found = {(r.subject, r.predicate, r.object) for r in read(nlp, text).relations}
    assert ("Event:Lisbon Summit 2010", "heldIn", "Place:Lisbon") in found, found


def test_relations_one_of_the_commands_of_an_organisation_is_part_of_it(nlp) -> None:
    text = "Allied Command Operations (ACO) is one of the two supreme commands of NATO."
    found = {(r.subject, r.predicate, r.object, r.rule) for r in read(nlp, text).relations}
    assert ("Organization:Allied Command Operations", "partOf", "InternationalOrganization:NATO", "copula") in found, found


def test_relations_a_head_of_state_is_not_of_a_country_a_phrase_only_places(nlp) -> None:
    found = facts(read(nlp, "Chancellor Angela Merkel and other leaders walked across a bridge leading into France."))
    assert ("Person:Angela Merkel", "leaderOf", "Country:France") not in found, found


def test_relations_a_surname_repeated_by_a_caption_is_one_name(nlp) -> None:
    text = "NATO Secretary General Jens Stoltenberg Stoltenberg also highlighted the threat."
    found = {(r.subject, r.predicate, r.object) for r in read(nlp, text).relations}
    assert ("Person:Jens Stoltenberg", "leaderOf", "InternationalOrganization:NATO") in found, found


@pytest.mark.parametrize(("text", "leader", "country"), [
    ("NATO Secretary General Jens Stoltenberg also highlighted that China is a decisive enabler of Russia's war "
     "against Ukraine.", "Person:Jens Stoltenberg", "Country:China"),
    ("The new Commander, General Iannucci, then highlighted Italy's great responsibility in assuming command.",
     "Person:Iannucci", "Country:Italy"),
])
def test_relations_no_learned_leader_of_a_country_for_an_officer_or_another_body_s_head(nlp, text: str, leader: str,
                                                                                      country: str) -> None:
    found = {(r.subject, r.predicate, r.object) for r in read(nlp, text).relations}
    assert (leader, "leaderOf", country) not in found, found


def test_relations_names_tied_inside_a_noun_phrase_do_not_take_the_clause_negation(nlp) -> None:
    text = ("NATO works with partners. Partners across the globe are not members of any of NATO's regional frameworks, "
            "namely the Partnership for Peace, the Mediterranean Dialogue and the Istanbul Cooperation Initiative.")
    found = {(r.subject, r.polarity) for r in read(nlp, text).relations
             if r.object == "InternationalOrganization:NATO" and r.predicate == "partOf"}
    assert len(found) == 3 and {polarity for _, polarity in found} == {"positive"}, found


@pytest.mark.parametrize(("group", "resolved"), [("seven countries", False), ("the three countries", True)])
def test_relations_a_counted_group_is_the_countries_last_named_only_when_the_count_fits(nlp, group: str,
                                                                                        resolved: bool) -> None:
    text = ("NATO enlargement\n\nJuly 1997 – The Madrid Summit invites the Czech Republic, Hungary and Poland to start "
            f"accession talks.\n\nNovember 2002 – The summit invites {group} to begin accession talks.")
    second = {r.subject for r in read(nlp, text).relations if group in r.evidence.sentence and r.predicate == "memberOf"}
    assert second == ({"Country:Czech Republic", "Country:Hungary", "Country:Poland"} if resolved else set())


def test_relations_a_clause_after_a_semicolon_is_not_reported_by_the_next_one(nlp) -> None:
    text = ("Partnership for Peace\n\n1 Dec 1999 – Ireland joins PfP; the Irish government stresses that its policy of "
            "military neutrality is unchanged.")
    found = {(r.subject, r.predicate, r.object, r.attributed_to) for r in read(nlp, text).relations}
    assert ("Country:Ireland", "participatesIn", "PartnershipFramework:Partnership for Peace", "") in found, found


def test_relations_a_role_narrowed_by_a_clause_still_holds(nlp) -> None:
    text = "NATO grew again in 2004. The allies that do not border Russia are Slovenia and Slovakia."
    found = {(r.subject, r.predicate, r.object, r.polarity, r.modality)
             for r in kg.extract([document_from_text(text)], nlp=nlp).relations if r.rule == "relational-noun"}
    assert found == {(f"Country:{c}", "memberOf", "InternationalOrganization:NATO", "positive", "")
                     for c in ("Slovenia", "Slovakia")}


def test_relations_no_learned_leader_behind_a_title_that_heads_nothing(nlp) -> None:
    """The pair model reads "Estonian … Urmas Paet" as Estonia's leader; a minister is not."""
    text = ("Estonian Foreign Minister Urmas Paet, right, greets Latvian Foreign Minister Edgars Rinkevics "
            "as NATO chief Anders Fogh Rasmussen watches in Tallinn.")
    relations = kg.extract([document_from_text(text)], nlp=nlp).relations
    assert not [r for r in relations if r.predicate == "leaderOf" and r.object.startswith("Country:")], relations


def test_relations_the_owner_of_an_annexation_is_a_state(nlp) -> None:
    text = "The Alliance cut its ties with Russia in March 2014 in protest of its annexation of Crimea."
    found = {(r.subject, r.object) for r in read(nlp, text).relations
             if r.rule == "action-noun"}
    assert found == {("Country:Russia", "Place:Crimea")}, found


def test_relations_prose_between_dashes_is_no_record_line(nlp) -> None:
    text = ("NATO met Russia and Belarus in 2021. For the second year in a row, ministers or their deputies from "
            "Chile, Peru and Mexico — which are not NATO members — attended the annual meeting of the alliance.")
    relations = kg.extract([document_from_text(text)], nlp=nlp).relations
    assert not [r for r in relations if r.rule == "list-table"], relations


def test_relations_an_invitation_without_a_named_inviter(nlp) -> None:
    text = ("NATO grew again. Its Heads of State and Government invited the following countries, Croatia and "
            "Albania, to accession talks in April 2008.")
    found = {(r.subject, r.predicate, r.object, r.modality) for r in
             kg.extract([document_from_text(text)], nlp=nlp).relations if r.rule == "invitation"}
    assert found == {(f"Country:{c}", "memberOf", "InternationalOrganization:NATO", "invite") for c in ("Croatia", "Albania")}


def test_relations_a_dateline_place_visits_no_one(nlp) -> None:
    text = ("Riga/Tallinn/Brussels, 5 May 2017 – NATO Parliamentary Assembly President Paolo Alli (Italy) concluded "
            "today a week-long visit to Estonia and Latvia.")
    relations = kg.extract([document_from_text(text)], nlp=nlp).relations
    assert not [r for r in relations if r.rule == "agentive-noun" and r.subject.startswith("Place:")], relations


@pytest.mark.parametrize("second", ["Armenia sent troops to the UN mission in Mali.",
                                    "Armenia sent forces to the peacekeeping missions in Africa."])
def test_relations_another_or_several_operations_are_not_the_one_the_text_is_about(nlp, second: str) -> None:
    text = f"The Kosovo Force (KFOR) was deployed in 1999. {second}"
    result = read(nlp, text)
    assert not [r for r in result.relations if r.subject == "Country:Armenia" and r.object == "Event:Kosovo Force"]


def test_relations_a_clause_after_a_colon_lists_its_arguments_not_its_phrases(nlp) -> None:
    text = ("NATO set up the battle groups in 2017. Other Allies confirmed contributions to these forces: Albania and Italy contribute to the Canadian-led battle group in "
            "Latvia; Belgium has joined the German-led battle group in Lithuania.")
    result = read(nlp, text)
    members = {r.subject for r in result.relations if r.predicate == "memberOf" and r.rule == "list-colon"}
    assert members == {"Country:Albania", "Country:Italy", "Country:Belgium"}


def test_relations_an_unnamed_summit_with_its_place_and_year_is_the_curated_summit(nlp) -> None:
    # (a summit with no year of its own takes its paragraph's year: the second paragraph gives none,
    # and Madrid held two summits)
    text = ("The leaders invited Finland at their summit in Madrid in June 2022.\n\n"
            "The summit in Madrid had no year here.")
    result = read(nlp, text)
    held = {(r.subject, r.object, r.evidence.sentence[:20]) for r in result.relations if r.predicate == "heldIn"}
    assert held == {("Event:Madrid Summit 2022", "Place:Madrid", "The leaders invited ")}


@pytest.mark.parametrize(("text", "summit"), [
    ("Finland and Sweden attended the Madrid summit in 2022 as invitees.", "Event:Madrid Summit 2022"),
    ("The Madrid summit of 1997 launched the Euro-Atlantic Partnership Council.", "Event:Madrid Summit 1997"),
])
def test_relations_a_lower_case_summit_after_its_place_is_that_place_and_years_summit(nlp, text: str, summit: str) -> None:
    result = read(nlp, text)
    assert summit in {r.object for r in result.relations} | {r.subject for r in result.relations}


def test_relations_an_operation_set_up_in_a_place_is_held_there(nlp) -> None:
    text = "Operation Ocean Shield was launched in the Gulf of Aden in 2009. Malta rejoined the Partnership for Peace in 2008."
    result = read(nlp, text)
    found = {(r.subject, r.predicate, r.object, r.rule) for r in result.relations}
    assert ("Event:Operation Ocean Shield", "heldIn", "Place:Gulf of Aden", "passive-prep") in found
    assert ("Country:Malta", "participatesIn", "PartnershipFramework:Partnership for Peace", "active") in found


def test_relations_the_parties_between_whom_an_agreement_is_made_signed_it(nlp) -> None:
    text = "The Prespa Agreement between Greece and North Macedonia was welcomed by NATO."
    result = read(nlp, text)
    signed = {r.subject for r in result.relations if r.predicate == "signed" and r.rule == "parties"}
    assert signed == {"Country:Greece", "Country:North Macedonia"}



@pytest.mark.parametrize(("text", "expected"), [
    ("Finland and NATO have deepened their cooperation since 1994.",
     ("Country:Finland", "cooperatesWith", "InternationalOrganization:NATO")),
    ("NATO and the African Union took a further step in advancing their cooperation in 2014.",
     ("InternationalOrganization:NATO", "cooperatesWith", "InternationalOrganization:African Union")),
    ("The partnership between Russia and NATO will be one step among others.",
     ("Country:Russia", "partnerOf", "InternationalOrganization:NATO")),
    ("Over the years NATO and the United Nations have broadened their dialogue and cooperation.",
     ("InternationalOrganization:NATO", "cooperatesWith",
      "InternationalOrganization:United Nations")),
])
def test_relations_a_tie_owned_by_both_subjects_or_presupposed_by_a_subject(nlp, text: str, expected) -> None:
    result = read(nlp, text)
    assert expected in {(r.subject, r.predicate, r.object) for r in result.relations if r.is_fact}


@pytest.mark.parametrize("text", [
    "The Allied Command Transformation was preceded by Allied Command Atlantic.",
    "Allied Command Atlantic preceded the Allied Command Transformation.",
    "The Allied Command Transformation was set up in 2003, replacing Allied Command Atlantic.",
])
def test_relations_what_came_before_was_succeeded(nlp, text: str) -> None:
    result = read(nlp, text)
    assert {(r.subject, r.predicate, r.object) for r in result.relations} >= {
        ("Organization:Allied Command Transformation", "succeeded", "Organization:Allied Command Atlantic")}


@pytest.mark.parametrize(("text", "expected"), [
    ("The ministers met in the Romanian capital Bucharest.", ("Place:Bucharest", "locatedIn", "Country:Romania")),
    ("The ministers met in Prague, the Czech capital.", ("Place:Prague", "locatedIn", "Country:Czech Republic")),
    ("The ministers met in Kyiv, the capital of Ukraine.", ("Place:Kyiv", "locatedIn", "Country:Ukraine")),
    ("Former Dutch Premier Ruud Lubbers was considered.", ("Person:Ruud Lubbers", "leaderOf", "Country:Netherlands")),
])
def test_relations_capitals_and_premiers(nlp, text: str, expected) -> None:
    result = read(nlp, text)
    assert expected in {(r.subject, r.predicate, r.object) for r in result.relations}


def test_relations_a_list_goes_on_after_a_name_with_a_preposition_inside(nlp) -> None:
    text = "NATO lists Iraq, Colombia, Japan, the Republic of Korea, Mongolia and Pakistan as its global partners."
    result = read(nlp, text)
    partners = {r.subject for r in result.relations if r.predicate == "partnerOf"}
    assert {"Country:Mongolia", "Country:Pakistan", "Country:South Korea", "Country:Japan"} <= partners


def test_relations_a_list_goes_on_after_a_name_in_apposition(nlp) -> None:
    text = "Since 2006, Georgia, the Republic of Moldova, Ukraine and Armenia have cooperated with NATO."
    result = read(nlp, text)
    cooperating = {r.subject for r in result.relations if r.predicate == "cooperatesWith"}
    assert cooperating == {f"Country:{c}" for c in ("Georgia", "Moldova", "Ukraine", "Armenia")}


def test_relations_attending_the_meeting_is_taking_part_in_the_summit_of_the_text(nlp) -> None:
    text = ("The Washington Summit was held in July 2024. Leaders from Japan and Australia attended the meeting of "
            "the alliance. Kosovo Force (KFOR) soldiers were there too.")
    result = read(nlp, text)
    present = {(r.subject, r.object) for r in result.relations if r.rule == "meeting-noun"}
    assert present == {("Country:Japan", "Event:Washington Summit 2024"), ("Country:Australia", "Event:Washington Summit 2024")}


@pytest.mark.parametrize("text", [
    "NATO condemned the attack. It also condemned Russian ally Belarus for enabling it.",
    "NATO met in 2023. New Zealand has only one official ally – neighbouring Australia – and trusts it.",
    "NATO met in 2023. Both are part of the Five Eyes intelligence and security alliance, which includes Canada and Australia.",
])
def test_relations_a_countrys_ally_or_another_named_alliance_is_not_the_texts_organisation(nlp, text: str) -> None:
    result = read(nlp, text)
    assert not [r for r in result.relations if r.predicate == "memberOf"]


def test_relations_an_office_in_apposition_is_the_next_persons_own(nlp) -> None:
    text = ("NATO hosted the talks. Foreign Minister Ahmad Al Sabah, Gulf Cooperation Council (GCC) "
            "Secretary-General Abdul Lateef Al Zayani, and others attended.")
    result = read(nlp, text)
    leaders = {(r.subject, r.object) for r in result.relations if r.predicate == "leaderOf"}
    assert leaders == {("Person:Abdul Lateef Al Zayani", "InternationalOrganization:Gulf Cooperation Council")}


def test_relations_an_organisations_own_document_is_part_of_it(nlp) -> None:
    result = kg.extract([document_from_text("NATO's Strategic Concept was adopted at the Madrid Summit in 2022.")], nlp=nlp)
    assert ("Agreement:Strategic Concept", "partOf", "InternationalOrganization:NATO", "owner") in {
        (r.subject, r.predicate, r.object, r.rule) for r in result.relations}


def test_relations_an_owned_role_in_apposition_and_a_misparsed_apposition(nlp) -> None:
    result = kg.extract([document_from_text("Georgia, a NATO partner since 1994, hopes to join. "
                                             "NATO allies Poland and Lithuania border Belarus.")], nlp=nlp)
    facts = {(r.subject, r.predicate, r.object, r.date) for r in result.relations if r.is_fact}
    assert ("Country:Georgia", "partnerOf", "InternationalOrganization:NATO", "1994") in facts
    assert not [f for f in facts if f[0] == "Country:Belarus"]


def test_relations_a_mutual_verb_with_a_named_party_ties_each_subject_to_it_only(nlp) -> None:
    result = kg.extract([document_from_text("Finland and Sweden cooperate with NATO.")], nlp=nlp)
    assert {(r.subject, r.object) for r in result.relations} == {
        ("Country:Finland", "InternationalOrganization:NATO"), ("Country:Sweden", "InternationalOrganization:NATO")}


def test_relations_a_naming_description_needs_an_entity_named_with_it(nlp) -> None:
    text = ("The NATO-Russia Council was set up in 2002.\n\n"
            "Qatar and Kuwait joined the initiative in 2005. NATO launched the Istanbul Cooperation Initiative in 2004.")
    result = read(nlp, text)
    assert not [r for r in result.relations if r.subject in {"Country:Qatar", "Country:Kuwait"}]


def test_relations_an_office_of_an_unnamed_body_or_after_an_abbreviation(nlp) -> None:
    text = ("NATO held a ceremony. Among the guests was General Ruben Servert, Commander of NATO's southern Air Operations "
            "Centre at Torrejon. Gulf Cooperation Council (GCC) Secretary-General Abdul Lateef Al Zayani attended.")
    result = read(nlp, text)
    leaders = {(r.subject, r.object) for r in result.relations if r.predicate == "leaderOf"}
    assert leaders == {("Person:Abdul Lateef Al Zayani", "InternationalOrganization:Gulf Cooperation Council")}


def test_relations_a_sentence_announcing_figures_heads_the_lines_of_figures_below(nlp) -> None:
    text = ("The Kosovo Force (KFOR) was deployed in 1999. These are its largest contributors, by the latest count.\n"
            "Italy: 800\nTurkey: 350\nNATO also reviewed its plans.\nHungary and Austria")
    result = read(nlp, text)
    listed = {r.subject for r in result.relations if r.rule == "list-heading"}
    assert listed == {"Country:Italy", "Country:Türkiye"}


@pytest.mark.parametrize(("text", "unwanted"), [
    ("The partnership between NATO and China will never happen.", ("partnerOf", "positive")),
    ("Operation Ocean Shield was criticised in Germany.", ("heldIn", "positive")),
    ("In 2013 Ukraine suspended preparations for the Association Agreement between Ukraine and the European Union.",
     ("signed", "positive")),
    ("NATO met. Japan and South Korea thanked NATO for their cooperation.", ("cooperatesWith", "Country:South Korea")),
    ("NATO met. Non-NATO member Sweden joined the exercise.", ("memberOf", "positive")),
    ("Hungary did not join the Eurozone, and Poland followed.", ("memberOf", "positive")),
])
def test_relations_new_readings_keep_negations_and_their_limits(nlp, text: str, unwanted) -> None:
    result = read(nlp, text)
    found = {(r.predicate, r.polarity) for r in result.relations if r.rule != "learned-pair"} | {
        (r.predicate, r.object) for r in result.relations if r.rule != "learned-pair"}
    assert unwanted not in found, found


def test_relations_an_unnamed_summit_takes_the_year_nearest_to_it(nlp) -> None:
    text = "In 1997 Spain joined the integrated military structure, long before the summit in Madrid in 2022."
    result = read(nlp, text)
    assert {r.subject for r in result.relations if r.predicate == "heldIn"} == {"Event:Madrid Summit 2022"}


def test_relations_a_framework_named_before_a_common_noun_is_that_framework(nlp) -> None:
    text = ("Jordan joined the Mediterranean Dialogue (MD) group in 1995. Qatar joined the ICI framework in 2005. "
            "Austria joined the Alliance's headquarters group in 2010.")
    result = read(nlp, text)
    joined = [(r.subject, r.object, r.date) for r in result.relations if r.predicate == "participatesIn"]
    assert joined == [("Country:Jordan", "PartnershipFramework:Mediterranean Dialogue", "1995"),
                      ("Country:Qatar", "PartnershipFramework:Istanbul Cooperation Initiative", "2005")]


def test_relations_he_and_she_stand_for_the_person_last_named_as_subject(nlp) -> None:
    text = ("Jens Stoltenberg became Secretary General of NATO in 2014. Before that he led Norway as prime minister.\n\n"
            "Sanna Marin met Joe Biden. In 2019 she became prime minister of Finland.")
    result = read(nlp, text)
    leaders = {(r.subject, r.object) for r in result.relations if r.predicate == "leaderOf"}
    assert leaders == {("Person:Jens Stoltenberg", "InternationalOrganization:NATO"),
                       ("Person:Jens Stoltenberg", "Country:Norway"), ("Person:Sanna Marin", "Country:Finland")}


def test_relations_a_thing_of_an_organisations_own_kind_is_part_of_it(nlp) -> None:
    text = ("The Membership Action Plan is a NATO programme. Operation Atalanta is an EU mission. "
            "KFOR is not an EU mission. The Partnership for Peace is a programme of practical cooperation.")
    result = read(nlp, text)
    parts = {(r.subject, r.object, r.polarity) for r in result.relations if r.predicate == "partOf"}
    assert parts == {("Agreement:Membership Action Plan", "InternationalOrganization:NATO", "positive"),
                     ("Event:Operation Atalanta", "InternationalOrganization:European Union", "positive"),
                     ("Event:Kosovo Force", "InternationalOrganization:European Union", "negative")}


def test_relations_a_capital_named_with_its_countrys_adjective_and_a_dateline_in_capitals(nlp) -> None:
    text = ("MONS, Belgium — Allied leaders met in the Romanian capital Bucharest and later in the Belgian "
            "capital Brussels.")
    result = read(nlp, text)
    located = {(r.subject, r.object) for r in result.relations if r.predicate == "locatedIn"}
    assert located == {("Place:Mons", "Country:Belgium"), ("Place:Bucharest", "Country:Romania"),
                       ("Place:Brussels", "Country:Belgium")}


def test_relations_a_membership_being_ratified_is_not_yet_a_fact(nlp) -> None:
    text = ("NATO met. By September all members had ratified the accession of Sweden and Finland to NATO. "
            "The Hungarian parliament approved Sweden's application for NATO membership.")
    result = read(nlp, text)
    members = {(r.subject, r.modality) for r in result.relations if r.predicate == "memberOf"}
    assert members == {("Country:Sweden", "approval"), ("Country:Finland", "approval"), ("Country:Sweden", "apply")}


def test_relations_a_clause_with_its_own_subject_gives_nothing_to_the_clause_above(nlp) -> None:
    text = "While Finland joined NATO in April, Sweden had to wait."
    result = read(nlp, text)
    assert {(r.subject, r.predicate) for r in result.relations} == {("Country:Finland", "memberOf")}


def test_relations_the_allies_in_lower_case_are_the_alliance_not_the_last_countries_named(nlp) -> None:
    text = ("NATO met in Washington. Faced with the alignment of Russia, China and Iran, NATO works with partners. "
            "The allies continue to support Ukraine.")
    result = read(nlp, text)
    supporters = {r.subject for r in result.relations if r.predicate == "supports"}
    assert supporters == {"InternationalOrganization:NATO"}


def test_relations_an_enlargement_list_with_a_date_for_each_name(nlp) -> None:
    text = "NATO was founded in 1949. It was enlarged to include Greece and Turkey in 1952, Germany in 1955 and Spain in 1982."
    result = read(nlp, text)
    members = {(r.subject, r.date) for r in result.relations if r.predicate == "memberOf"}
    assert members == {("Country:Greece", "1952"), ("Country:Türkiye", "1952"), ("Country:Germany", "1955"),
                       ("Country:Spain", "1982")}


def test_relations_attendees_listed_with_their_titles_took_part_in_the_summit(nlp) -> None:
    text = ("The 2014 Wales Summit was held in Newport. Attendees included Canadian prime minister Stephen Harper, "
            "US president Barack Obama and German chancellor Angela Merkel. NATO coordinates closely with the African Union.")
    result = read(nlp, text)
    attended = {r.subject for r in result.relations if r.predicate == "participatesIn"}
    assert attended == {"Person:Stephen Harper", "Person:Barack Obama", "Person:Angela Merkel"}
    assert ("InternationalOrganization:NATO", "cooperatesWith", "InternationalOrganization:African Union") in {
        (r.subject, r.predicate, r.object) for r in result.relations}


def test_relations_a_body_opened_in_a_place_is_there_and_a_role_given_with_as_is_plain(nlp) -> None:
    text = ("The NATO Liaison Office was inaugurated in Tbilisi in 2010. The Euro-Atlantic Partnership Council, "
            "as the successor to NACC, will provide the overarching framework for consultations.")
    result = read(nlp, text)
    found = {(r.subject, r.predicate, r.object, r.modality) for r in result.relations}
    assert ("Organization:NATO Liaison Office", "locatedIn", "Place:Tbilisi", "") in found
    assert ("PartnershipFramework:Euro-Atlantic Partnership Council", "succeeded",
            "PartnershipFramework:North Atlantic Cooperation Council", "") in found


def test_relations_names_coordinated_with_a_paths_end_take_its_reading(nlp) -> None:
    text = ("The Brussels Summit Declaration was issued by NATO leaders. We reiterate our support for the "
            "territorial integrity and sovereignty of Ukraine, Georgia, and the Republic of Moldova.")
    result = read(nlp, text)
    supported = {r.object for r in result.relations if r.predicate == "supports" and r.rule == "path-noun"}
    assert {"Country:Ukraine", "Country:Georgia"} <= supported


def test_relations_a_list_after_the_region_a_plural_noun_is_in(nlp) -> None:
    text = "NATO deepens cooperation with its partner countries in Central Asia — Kazakhstan, Tajikistan and Uzbekistan."
    result = read(nlp, text)
    found = facts(result)
    for country in ("Kazakhstan", "Tajikistan", "Uzbekistan"):
        assert (f"Country:{country}", "partnerOf", "InternationalOrganization:NATO") in found
        assert (f"Country:{country}", "locatedIn", "Place:Central Asia") in found
    assert ("Place:Central Asia", "locatedIn", "Country:Kazakhstan") not in found


def test_relations_a_role_that_is_a_named_group_is_taking_part_in_it(nlp) -> None:
    result = kg.extract([document_from_text('NATO lists Japan and Iraq as "partners across the globe".')], nlp=nlp)
    found = facts(result)
    assert {(f"Country:{c}", "participatesIn", "PartnershipFramework:Partners across the globe")
            for c in ("Japan", "Iraq")} <= found


def test_relations_a_list_marker_that_leads_back_to_its_noun_ends_and_neither_nor_negates(nlp) -> None:
    # the argument readers once called each other without end on this shape (RecursionError)
    text = ("Over the years, some 30 Allied and partner countries contributed troops. In addition, soldiers from four "
            "countries that were neither NATO members nor Partnership for Peace (PfP) countries served at different "
            "times, namely Chile, Malaysia and New Zealand.")
    result = read(nlp, text)
    assert {"Chile", "Malaysia", "New Zealand"} <= {m.text for m in result.mentions}  # read to its end
    members = {(r.subject, r.polarity) for r in result.relations if r.predicate == "memberOf"}
    assert {polarity for _, polarity in members} <= {"negative"}, members  # what is read (if anything), negated


def test_relations_examples_of_a_plural_noun_given_on_a_noun_of_its_phrase_and_a_final_acronym(nlp) -> None:
    text = ("Several countries with a neutral status, such as Switzerland and Austria, have become members of PfP. "
            "Resolute Support is the continuation of ISAF.")
    result = read(nlp, text)
    found = facts(result)
    assert {(f"Country:{c}", "participatesIn", "PartnershipFramework:Partnership for Peace")
            for c in ("Switzerland", "Austria")} <= found
    assert ("Event:Resolute Support Mission", "succeeded", "Event:International Security Assistance Force") in found


def test_relations_countries_whose_units_an_operation_acts_with_take_part(nlp) -> None:
    text = ("Operation Sea Guardian began with ships from Italy and Greece. A Russian brigade served in IFOR. "
            "Spanish aircraft joined Baltic Air Policing in 2006.")
    result = read(nlp, text)
    found = {(r.subject, r.object) for r in result.relations if r.predicate == "participatesIn"}
    assert {("Country:Italy", "Event:Operation Sea Guardian"), ("Country:Greece", "Event:Operation Sea Guardian"),
            ("Country:Russia", "Event:Implementation Force"), ("Country:Spain", "Event:Baltic Air Policing")} <= found


def test_relations_a_successor_in_apposition_to_an_owner_and_no_country_succeeds_a_person(nlp) -> None:
    text = ("George Robertson steps down in December. He will be replaced by former Dutch Foreign Minister Jaap de Hoop "
            "Scheffer. His successor, Dutch former foreign minister Jaap de Hoop Scheffer, starts work in January.")
    result = read(nlp, text)
    succession = {(r.subject, r.object) for r in result.relations if r.predicate == "succeeded"}
    assert succession == {("Person:Jaap de Hoop Scheffer", "Person:George Robertson")}


def test_relations_such_before_the_noun_and_as_after_it_give_examples(nlp) -> None:
    result = kg.extract([document_from_text("NATO works with such partners as Austria and Finland.")], nlp=nlp)
    found = facts(result)
    assert {(f"Country:{c}", "partnerOf", "InternationalOrganization:NATO") for c in ("Austria", "Finland")} <= found


@pytest.mark.parametrize(("text", "subject", "predicate", "polarity"), [
    ("Sweden was a non-member state of NATO until 2024.", "Country:Sweden", "memberOf", "negative"),
    ("The non-member states of NATO, such as Austria and Ireland, met.", "Country:Austria", "memberOf", "negative"),
    ("Australia was the largest non-NATO contributor to ISAF.", "Country:Australia", "participatesIn", "positive"),
])
def test_relations_a_negating_prefix_on_the_relational_word_negates_the_fact(nlp, text, subject, predicate,
                                                                             polarity) -> None:
    result = read(nlp, text)
    found = {r.polarity for r in result.relations if (r.subject, r.predicate) == (subject, predicate)}
    assert found == {polarity}


@pytest.mark.parametrize(("text", "unwanted"), [
    ("NATO met in Madrid. Russia's allies continue to support Belarus.",
     ("InternationalOrganization:NATO", "supports", "Country:Belarus", "positive")),
    ("Germany was a non-permanent member of the UN Security Council in 2019.",
     ("Country:Germany", "memberOf", "Organization:UN Security Council", "negative")),
    ("Russia's opposition to NATO membership is well known.",
     ("Country:Russia", "memberOf", "InternationalOrganization:NATO", "positive")),
    ("The allies approved new defence plans after the accession of Finland to NATO in 2023.",
     ("Country:Finland", "memberOf", "InternationalOrganization:NATO", "approval")),
    ("Operation Sea Guardian collided with a ship from Russia.",
     ("Country:Russia", "participatesIn", "Event:Operation Sea Guardian", "positive")),
    ("NATO works with partners in alliances such as the Collective Security Treaty Organization.",
     ("InternationalOrganization:NATO", "cooperatesWith", "InternationalOrganization:Collective Security Treaty Organization",
      "positive")),
])
def test_relations_this_releases_readings_stay_within_their_limits(nlp, text: str, unwanted) -> None:
    result = read(nlp, text)
    found = {(r.subject, r.predicate, r.object, r.polarity if r.predicate != "memberOf" or not r.modality
              else r.modality) for r in result.relations}
    assert unwanted not in found, found


def test_relations_an_object_of_phrase_is_still_read_and_a_strategic_concept_keeps_its_owner(nlp) -> None:
    text = ("NATO supports the sovereignty of Ukraine. "
            "The North Atlantic Treaty Organization (NATO) Strategic Concept was adopted in 2022.")
    result = read(nlp, text)
    found = facts(result)
    assert ("InternationalOrganization:NATO", "supports", "Country:Ukraine") in found
    assert "InternationalOrganization:NATO" in {m.entity_key for m in result.mentions}


def test_relations_taking_over_from_is_succession_and_a_mission_succeeds_no_country(nlp) -> None:
    text = ("SFOR took over from IFOR in December 1996. Mark Rutte took over from Jens Stoltenberg in 2024. "
            "Montenegro contributed troops to ISAF and then to the Resolute Support Mission that succeeded it.")
    result = read(nlp, text)
    succession = {(r.subject, r.object) for r in result.relations if r.predicate == "succeeded"}
    assert {("Event:Stabilisation Force", "Event:Implementation Force"),
            ("Person:Mark Rutte", "Person:Jens Stoltenberg")} <= succession
    assert ("Event:Resolute Support Mission", "Country:Montenegro") not in succession


def test_relations_holding_talks_with_someone_is_a_link(nlp) -> None:
    text = "After the session, Vladimir Putin had brief talks with George Bush and held talks with Tony Blair."
    result = read(nlp, text)
    links = {(r.subject, r.object) for r in result.relations if r.predicate == "relatedTo"}
    assert links == {("Person:Vladimir Putin", "Person:George Bush"), ("Person:Vladimir Putin", "Person:Tony Blair")}


def test_relations_an_infobox_ends_the_list_above_it_and_a_membership_heading_opens_one(nlp) -> None:
    """Infobox rows ("Motto …", "Founded …") are neither items nor names; a note in brackets
    under an item does not end the list; "Membership" heads a list of members."""
    text = ("Warsaw Pact\nMember states (red)\nMotto Unity of the east\nFounded 14 May 1955 in Warsaw\n"
            "Membership\nAlbania Albania\n(left in 1968)\nBulgaria Bulgaria\nHungary\n\n"
            "The Warsaw Pact was the Soviet answer to NATO.")
    result = read(nlp, text)
    members = {r.subject for r in result.relations if r.predicate == "memberOf"}
    assert members == {"Country:Albania", "Country:Bulgaria", "Country:Hungary"}, result.relations
    assert not [m for m in result.mentions if m.text.startswith(("Motto", "Founded"))], result.mentions
    assert not [r for r in result.relations if "Warsaw" in (r.subject, r.object) or r.subject.startswith("Organization:")]


def test_relations_a_membership_action_plan_heading_is_no_membership(nlp) -> None:
    text = "Membership Action Plan\nAlbania\nNorth Macedonia\n\nThe plan helps aspirants prepare."
    result = read(nlp, text)
    assert not [r for r in result.relations if r.predicate == "memberOf"], result.relations


def test_relations_members_of_a_negated_whole_are_no_members(nlp) -> None:
    text = ("The partnership was launched at NATO's 2014 Wales summit, after which five non-alliance members — "
            "Australia, Finland, Georgia, Jordan and Sweden — joined the initiative. "
            "Malta, a non-permanent member of the Security Council, abstained.")
    result = read(nlp, text)
    members = {(r.subject, r.object, r.polarity) for r in result.relations if r.predicate == "memberOf"}
    assert not [m for m in members if m[0] == "Country:Sweden" and m[2] == "positive"], members
    assert ("Country:Malta", "Organization:United Nations Security Council", "positive") in members


def test_relations_joining_a_definite_unit_is_not_joining_the_text_s_organisation(nlp) -> None:
    """"Belgium joined the unit" names the text's corps, not its organisation; "Austria joined in
    1995" still joins what the document is about."""
    text = ("The European Union set up a joint corps in 1992. In 1993 Belgium joined the unit. "
            "Austria joined in 1995.")
    result = read(nlp, text)
    members = {(r.subject, r.object) for r in result.relations if r.predicate == "memberOf"}
    assert members == {("Country:Austria", "InternationalOrganization:European Union")}, members


def test_relations_a_reference_line_s_outlet_is_no_party_and_a_spaced_dash_splits_names(nlp) -> None:
    text = ("Related links\nEuroNews Daily, 23.03.17: Senate backs the membership of Montenegro in NATO\n"
            "Press conference with Prime Minister Shinzo Abe - Opening remarks\n\n"
            "NATO runs two offices in Kyiv - NATO Information and Documentation Centre and NATO Liaison Office.")
    result = read(nlp, text)
    keys = {m.entity_key for m in result.mentions}
    assert not [k for k in keys if "EuroNews" in k or "Opening" in k], keys
    assert {"Person:Shinzo Abe", "Organization:NATO Information and Documentation Centre",
            "Organization:NATO Liaison Office"} <= keys, keys
    assert not [r for r in result.relations if "EuroNews" in r.subject]


def test_relations_a_command_s_name_forming_and_the_city_of_a_place(nlp) -> None:
    text = ("Allied Joint Force Command Brunssum is located in Brunssum. Maritime Command Northwood hosted the "
            "exercise. Eurocorps, located in the French city of Strasbourg, was formed by France and Germany in 1992.")
    result = read(nlp, text)
    found = facts(result)
    assert {("Organization:Allied Joint Force Command Brunssum", "locatedIn", "Place:Brunssum"),
            ("Organization:Eurocorps", "locatedIn", "Place:Strasbourg"),
            ("Country:France", "established", "Organization:Eurocorps"),
            ("Country:Germany", "established", "Organization:Eurocorps")} <= found, found
    assert "Organization:Maritime Command Northwood" in {m.entity_key for m in result.mentions}


def test_relations_a_role_before_the_clause_and_a_region_between_city_and_country(nlp) -> None:
    text = ("As a NATO partner, Ukraine sends officers to the exercise. The headquarters is located in Brunssum, "
            "Limburg, the Netherlands. During the 1994 conference in Budapest, the United States and its allies "
            "spoke of enlargement.")
    result = read(nlp, text)
    found = facts(result)
    assert {("Country:Ukraine", "partnerOf", "InternationalOrganization:NATO"),
            ("Place:Brunssum", "locatedIn", "Place:Limburg"),
            ("Place:Limburg", "locatedIn", "Country:Netherlands")} <= found, found
    assert ("Place:Budapest", "locatedIn", "Country:United States") not in found


def test_relations_a_centre_of_excellence_its_memorandum_its_participants_and_new_members(nlp) -> None:
    """A Centre of Excellence named with its purpose, "the Centre" and "the Memorandum" for the
    last ones named, "the participating countries to the Centre are …", "welcomed new members – …"."""
    text = ("Nine nations agreed to set up a European Centre of Excellence for Countering Hybrid Threats in "
            "Helsinki and signed a Memorandum of Understanding. Finland signed the Memorandum first. "
            "Today the participating countries to the Centre are Estonia, Finland and Norway. "
            "The Tallinn-based Cooperative Cyber Defence Centre of Excellence has welcomed two new members – "
            "Denmark and Romania.")
    result = read(nlp, text)
    found = facts(result)
    hybrid = "Organization:European Centre of Excellence for Countering Hybrid Threats"
    assert {("Country:Finland", "signed", "Agreement:Memorandum of Understanding"),
            ("Country:Estonia", "participatesIn", hybrid), ("Country:Norway", "participatesIn", hybrid),
            ("Country:Denmark", "memberOf", "Organization:NATO Cooperative Cyber Defence Centre of Excellence"),
            ("Country:Romania", "memberOf", "Organization:NATO Cooperative Cyber Defence Centre of Excellence")} <= found, found


def test_relations_no_place_from_a_clause_s_setting_or_a_longer_name_and_no_country_in_a_country(nlp) -> None:
    text = ("In the northern Atlantic Ocean, Iceland sits far from Europe. The Coast Guard runs the Security Zones, "
            "Iceland Air Defence System and radars. US ships that visit Rota are based in Italy. "
            "BRUSSELS, Belgium - NATO leaders met.")
    result = read(nlp, text)
    located = {(r.subject, r.object) for r in result.relations if r.predicate == "locatedIn"}
    assert ("Place:Brussels", "Country:Belgium") in located, located
    assert not [(s, o) for s, o in located if o == "Country:Iceland" or s.startswith("Country:")], located


def test_relations_no_place_for_the_subject_after_a_setting_deeper_in_the_clause(nlp) -> None:
    """ "At a reception in Geneva, Stoltenberg praised …": the name after the comma is the
    clause's subject, however deep the setting's place lies, not where Geneva is."""
    result = read(nlp, "At a reception in Geneva, Stoltenberg praised the partners of the Alliance.")
    assert not [r for r in result.relations if r.predicate == "locatedIn"], result.relations


def test_relations_an_exercise_s_iteration_and_the_exercise_standing_for_it(nlp) -> None:
    """"Trident Juncture 2018" and "BALTOPS 24" are iterations of known exercise series, named
    without "Exercise"; "the exercise" stands for the last one named."""
    text = ("Exercise Trident Juncture 2018 began in Norway in October. The exercise included Estonia and Poland. "
            "BALTOPS 24 started in June. Sweden joined the exercise for the first time as an ally.")
    result = read(nlp, text)
    found = facts(result)
    assert {("Country:Estonia", "participatesIn", "Event:Trident Juncture 2018"),
            ("Country:Poland", "participatesIn", "Event:Trident Juncture 2018"),
            ("Event:Trident Juncture 2018", "heldIn", "Country:Norway"),
            ("Country:Sweden", "participatesIn", "Event:BALTOPS 24")} <= found, found


def test_relations_whose_accession_a_compound_an_of_phrase_and_a_possessive_name(nlp) -> None:
    """"the NATO accession of Sweden", "approved the NATO membership of Finland", "backed Montenegro's
    NATO accession": the one joining, and the one backing supports it, not NATO."""
    text = ("Tensions grew as the NATO accession of Sweden and Finland left Russia alone. Turkey approved the NATO "
            "membership of Finland in 2023. The US Senate backed Montenegro's NATO accession.")
    result = read(nlp, text)
    found = facts(result)
    nato = "InternationalOrganization:NATO"
    assert {("Country:Sweden", "memberOf", nato), ("Country:Finland", "memberOf", nato),
            ("Country:Montenegro", "memberOf", nato),
            ("Country:Türkiye", "supports", "Country:Finland"),
            ("Organization:US Senate", "supports", "Country:Montenegro")} <= found, found
    assert ("Country:Türkiye", "supports", nato) not in found
    assert ("Organization:US Senate", "memberOf", nato) not in found


def test_relations_offices_of_unnamed_bodies_and_of_another_and_adjectives_after_a_comma(nlp) -> None:
    text = ("Vice Adm. Thomas Ishee, commander of the U.S. 6th Fleet, spoke. Last week, the NATO Secretary "
            "General’s Special Representative for the Caucasus, Mr. Javier Colomina, travelled to Baku. "
            "Participating ships included Turkish frigate TCG Gediz, Dutch frigates and Polish submarines. "
            "Jens Stoltenberg, NATO's Secretary General, spoke.")
    result = read(nlp, text)
    leaders = {(r.subject, r.object) for r in result.relations if r.predicate == "leaderOf"}
    assert leaders == {("Person:Jens Stoltenberg", "InternationalOrganization:NATO"),
                       ("Person:Thomas Ishee", "Organization:U.S. 6th Fleet")}, leaders
    assert not [r for r in result.relations if r.predicate == "locatedIn" and r.object == "Country:Netherlands"]
    assert not [m for m in result.mentions if m.text.startswith("General")], result.mentions


def test_relations_engaged_in_a_framework_is_taking_part(nlp) -> None:
    text = ("The country joined the Partnership for Peace in 2006. Bosnia and Herzegovina has been engaged in an "
            "Intensified Dialogue with NATO since then. Jordan engaged in the Mediterranean Dialogue in 1995.")
    result = read(nlp, text)
    found = facts(result)
    assert {("Country:Bosnia and Herzegovina", "participatesIn", "PartnershipFramework:Intensified Dialogue"),
            ("Country:Jordan", "participatesIn", "PartnershipFramework:Mediterranean Dialogue")} <= found, found


def test_relations_a_relative_clause_dates_the_noun_it_describes(nlp) -> None:
    text = "Finland's accession, which took effect on 4 April 2023, enlarged NATO, as leaders said in May 2023."
    result = read(nlp, text)
    dates = {r.date for r in result.relations if r.predicate == "memberOf"}
    assert dates == {"2023-04-04"}, result.relations


def test_relations_serving_as_is_being(nlp) -> None:
    text = ("The North Atlantic Council, composed of representatives from member countries, serves as NATO's "
            "executive body. Norway served as a member of the Security Council in 2001.")
    result = read(nlp, text)
    found = facts(result)
    assert {("Organization:North Atlantic Council", "partOf", "InternationalOrganization:NATO"),
            ("Country:Norway", "memberOf", "Organization:United Nations Security Council")} <= found, found


@pytest.mark.parametrize("text, unwanted", [
    ("Georgia continues its integration into NATO.", ("Country:Georgia", "memberOf", "InternationalOrganization:NATO")),
    ("Mongolia attempted to join NATO's Partnership for Peace in the 1990s, but without success.",
     ("Country:Mongolia", "participatesIn", "PartnershipFramework:Partnership for Peace")),
    ("NATO's membership candidates are Ukraine and Georgia.",
     ("Country:Ukraine", "memberOf", "InternationalOrganization:NATO")),
    ("NATO's biggest membership hurdles are Turkey and Hungary.",
     ("Country:Hungary", "memberOf", "InternationalOrganization:NATO")),
])
def test_relations_bids_and_hurdles_are_no_memberships(nlp, text: str, unwanted: tuple[str, str, str]) -> None:
    result = read(nlp, text)
    plain = {(r.subject, r.predicate, r.object) for r in result.relations if not r.modality and r.polarity == "positive"}
    assert unwanted not in plain, result.relations


def test_relations_names_around_a_command_a_dash_and_an_initiative_and_welcomed_members(nlp) -> None:
    text = ("U.S. Central Command General Michael Kurilla visited Israel. The NATO - Russia Council met in Brussels. "
            "Poland, Croatia and Three Seas Initiative members met in Warsaw. NATO is a military alliance. "
            "Germany welcomed two new members – Sweden and Finland. "
            "As a potential partner of NATO, Kazakhstan attended the meeting.")
    result = read(nlp, text)
    keys = {m.text: m.entity_key for m in result.mentions}
    assert keys.get("Michael Kurilla") == "Person:Michael Kurilla", keys
    assert keys.get("NATO - Russia Council") == "PartnershipFramework:NATO-Russia Council", keys
    assert keys.get("Croatia") == "Country:Croatia", keys
    found = {(r.subject, r.predicate, r.object, r.modality) for r in result.relations}
    assert ("Country:Sweden", "memberOf", "InternationalOrganization:NATO", "") in found, found
    assert ("Country:Kazakhstan", "partnerOf", "InternationalOrganization:NATO", "") not in found, found


def test_relations_country_words_under_an_organisation_list_its_members(nlp) -> None:
    result = read(nlp, "The communiqué was drafted by the G7 countries Canada, Italy and Japan. The mission draws on "
                       "troops from non-NATO countries, including Austria and Ireland. Partnership for Peace "
                       "countries such as Malta sent observers.")
    found = {(r.subject, r.predicate, r.object, r.polarity) for r in result.relations}
    assert {("Country:Canada", "memberOf", "InternationalOrganization:Group of Seven", "positive"),
            ("Country:Japan", "memberOf", "InternationalOrganization:Group of Seven", "positive"),
            ("Country:Austria", "memberOf", "InternationalOrganization:NATO", "negative"),
            ("Country:Ireland", "memberOf", "InternationalOrganization:NATO", "negative"),
            ("Country:Malta", "participatesIn", "PartnershipFramework:Partnership for Peace", "positive")} <= found
    assert not {f for f in found if f[0] in {"Country:Austria", "Country:Ireland"} and f[3] == "positive"}


def test_relations_examples_of_a_share_of_a_group_belong_to_it(nlp) -> None:
    assert {("Country:Finland", "partnerOf", "InternationalOrganization:NATO"),
            ("Country:Malta", "partnerOf", "InternationalOrganization:NATO")} <= facts(
        read(nlp, "Several of NATO's partners, including Finland and Malta, joined the exercise."))


def test_relations_an_operation_involving_troops_from_countries(nlp) -> None:
    result = facts(read(nlp, "KFOR also involves troops from non-NATO countries, including Austria and Ireland."))
    assert {("Country:Austria", "participatesIn", "Event:Kosovo Force"),
            ("Country:Ireland", "participatesIn", "Event:Kosovo Force")} <= result


def test_relations_passed_resolutions_agents_under_a_role_and_bodies_set_up_at_a_place(nlp) -> None:
    result = facts(read(nlp, "The UN Security Council passed Resolution 1973 in March 2011. Operation Sea Guardian "
                             "was launched as a maritime security operation by NATO in 2016. The Terrorist Threat "
                             "Intelligence Unit was established at NATO Headquarters."))
    assert {("Organization:United Nations Security Council", "adopted", "Agreement:UN Security Council Resolution 1973"),
            ("InternationalOrganization:NATO", "established", "Event:Operation Sea Guardian"),
            ("Organization:Terrorist Threat Intelligence Unit", "locatedIn", "Place:NATO Headquarters")} <= result
    assert not facts(read(nlp, "The Russian column passed through Serbia before it reached Kosovo."))


def test_relations_an_office_held_in_a_relative_clause(nlp) -> None:
    assert ("Person:Tom Reed", "leaderOf", "Organization:Allied Joint Force Command") in facts(
        read(nlp, "General Tom Reed, who remains head of the Allied Joint Force Command, spoke."))


@pytest.mark.parametrize("text, expected", [
    ("With the support of Norway, Sweden built the centre.", ("Country:Norway", "supports", "Country:Sweden")),
    ("Estonia, with Finland's support, has opposed the plan.", ("Country:Finland", "supports", "Country:Estonia")),
    ("With NATO assistance, Georgia reformed its army.",
     ("InternationalOrganization:NATO", "supports", "Country:Georgia")),
])
def test_relations_support_of_someone_goes_to_the_clause(nlp, text: str, expected: tuple[str, str, str]) -> None:
    found = facts(read(nlp, text))
    assert expected in found
    assert (expected[2], expected[1], expected[0]) not in found


def test_relations_in_support_of_is_received_not_given(nlp) -> None:
    found = facts(read(nlp, "NATO launched its airlift in support of the African Union Mission in Sudan (AMIS). "
                            "As NATO remains firm in its support of the independence of its partners, Armenia "
                            "deepens its ties."))
    assert not {f for f in found if f[1] == "supports" and f[2] == "InternationalOrganization:NATO"}
    assert ("InternationalOrganization:NATO", "supports", "Country:Armenia") not in found


def test_relations_a_group_with_its_countries_in_brackets(nlp) -> None:
    found = facts(read(nlp, "The ministers of the Visegrad Group (the Czech Republic, Hungary, Poland and Slovakia) "
                            "met in Prague. The Foreign Ministers of Benelux (Belgium, the Netherlands and Luxembourg) "
                            "met later. The European Union (EU) and Canada signed an agreement. Troops serve in KFOR "
                            "(Argentina, Austria and Azerbaijan)."))
    assert {("Country:Hungary", "memberOf", "Organization:Visegrad Group"),
            ("Country:Slovakia", "memberOf", "Organization:Visegrad Group"),
            ("Country:Luxembourg", "memberOf", "InternationalOrganization:Benelux Union"),
            ("Country:Austria", "participatesIn", "Event:Kosovo Force")} <= found
    assert not {f for f in found if f[0] == "Country:Canada" and f[1] == "memberOf"}


def test_relations_the_countries_a_coalition_is_made_of_are_its_members(nlp) -> None:
    result = facts(read(nlp, "The Joint Expeditionary Force (JEF) is a coalition of northern European countries, "
                             "including Denmark and Finland."))
    assert {("Country:Denmark", "memberOf", "Organization:Joint Expeditionary Force"),
            ("Country:Finland", "memberOf", "Organization:Joint Expeditionary Force")} <= result


def test_relations_a_chronology_of_accessions_dates_each_item(nlp) -> None:
    result = read(nlp, "NATO grew through a series of accessions: Greece and Turkey in 1952; Germany in 1955; "
                       "Spain in 1982.")
    dated = {(r.subject, r.predicate, r.object, r.date) for r in result.relations}
    assert {("Country:Greece", "memberOf", "InternationalOrganization:NATO", "1952"),
            ("Country:Germany", "memberOf", "InternationalOrganization:NATO", "1955"),
            ("Country:Spain", "memberOf", "InternationalOrganization:NATO", "1982")} <= dated


def test_relations_a_lower_case_description_stands_for_the_body_named_with_its_head(nlp) -> None:
    found = facts(read(nlp, "The Multinational Tanker Transport Fleet provides air-to-air refuelling. "
                            "The fleet was created by NATO in 2016."))
    assert ("InternationalOrganization:NATO", "established", "Organization:Multinational Tanker Transport Fleet") in found


def test_relations_names_coordinated_with_a_common_noun_are_no_place(nlp) -> None:
    found = facts(read(nlp, "The Implementation Force (IFOR) was deployed in 1995. The force was organised in three "
                            "multinational divisions, led respectively by the United States (headquartered at Tuzla), "
                            "the United Kingdom and France. Eurocorps, located in the French city of Strasbourg, is a "
                            "corps headquarters."))
    assert not {f for f in found if f[1] == "heldIn" and f[2] in {"Country:United Kingdom", "Country:France"}}
    assert ("Organization:Eurocorps", "locatedIn", "Place:Strasbourg") in found


def test_relations_joining_in_another_role_is_no_membership(nlp) -> None:
    found = facts(read(nlp, "The United Nations adopted the text. Slovenia and Ukraine also joined as co-sponsors."))
    assert not {f for f in found if f[1] == "memberOf"}
    assert ("Country:Norway", "memberOf", "InternationalOrganization:NATO") in facts(
        read(nlp, "NATO was founded in 1949. Norway joined as a founding member."))


def test_relations_a_place_with_its_country_in_brackets(nlp) -> None:
    assert {("Place:Aqaba", "locatedIn", "Country:Jordan"), ("Place:Gdynia", "locatedIn", "Country:Poland")} <= facts(
        read(nlp, "The depot is in Aqaba (Jordan) and the port in Gdynia (Poland)."))


def test_relations_where_a_place_lies_has_no_date(nlp) -> None:
    result = read(nlp, "HELSINKI, Finland, June 21, 1999 – The talks ended before midnight.")
    dated = {(r.subject, r.predicate, r.object, r.date) for r in result.relations}
    assert ("Place:Helsinki", "locatedIn", "Country:Finland", "") in dated


def test_relations_an_accession_ahead_of_its_clause_takes_no_date_from_it(nlp) -> None:
    result = read(nlp, "In 2002, before its accession to NATO, Latvia reformed its army.")
    dated = {(r.subject, r.predicate, r.object, r.date) for r in result.relations}
    assert ("Country:Latvia", "memberOf", "InternationalOrganization:NATO", "") in dated
    assert not {d for d in dated if d[3] == "2002"}


@pytest.mark.parametrize("text, unwanted", [
    # a role between the organisation and the country word: partners, not members
    ("NATO partner countries such as Sweden and Finland sent observers.",
     ("Country:Sweden", "memberOf", "InternationalOrganization:NATO")),
    ("The NATO troop-contributing countries Georgia and Australia sent units.",
     ("Country:Georgia", "memberOf", "InternationalOrganization:NATO")),
    # an operation's bracket names its theatre
    ("Operation Allied Force (Serbia and Montenegro) began in March 1999.",
     ("Country:Serbia", "participatesIn", "Event:Operation Allied Force")),
    # "the Coalition Provisional Authority" is a name of its own, not "the Coalition" named before
    ("The Global Coalition to Defeat ISIS was formed in 2014. The Coalition Provisional Authority was established "
     "by the United States in 2003.",
     ("Country:United States", "established", "Organization:Global Coalition to Defeat ISIS")),
    # the support is Georgia's, not the clause's
    ("With NATO's support for Georgia, Armenia also reformed its army.",
     ("InternationalOrganization:NATO", "supports", "Country:Armenia")),
])
def test_relations_review_readings_that_must_not_appear(nlp, text: str, unwanted: tuple[str, str, str]) -> None:
    assert unwanted not in facts(read(nlp, text))


def test_relations_negated_staffing_and_coalitions_stay_negated(nlp) -> None:
    result = read(nlp, "KFOR does not involve troops from Russia. The European Union is not a coalition of "
                       "countries such as Norway.")
    found = {(r.subject, r.predicate, r.object, r.polarity) for r in result.relations}
    assert ("Country:Russia", "participatesIn", "Event:Kosovo Force", "negative") in found
    assert not {f for f in found if f[0] in {"Country:Russia", "Country:Norway"} and f[3] == "positive"}


def test_relations_list_dates_only_from_the_items_own_part(nlp) -> None:
    dated = {(r.subject, r.date) for r in read(
        nlp, "NATO grew through accessions: in 1952 Greece and Turkey, in 1955 Germany, in 1982 Spain.").relations}
    assert ("Country:Greece", "1955") not in dated and ("Country:Germany", "1982") not in dated
    dated = {(r.subject, r.date) for r in read(
        nlp, "NATO members: France, which left the integrated command in 1966; Germany, which joined in 1955.").relations}
    assert ("Country:France", "1966") not in dated


def test_relations_joining_as_a_country_and_welcoming_their_applications(nlp) -> None:
    assert ("Country:Spain", "memberOf", "InternationalOrganization:NATO") in facts(
        read(nlp, "NATO was founded in 1949. Spain joined as the sixteenth country in 1982."))
    assert ("InternationalOrganization:NATO", "supports", "Country:Sweden") in facts(
        read(nlp, "Finland and Sweden applied in May 2022. NATO leaders welcomed their applications for "
                  "membership of NATO."))


def test_relations_their_is_the_group_of_states_that_is_the_subject(nlp) -> None:
    # "their" was read as Switzerland and Ukraine, named before, and the states' troops went unread
    found = facts(read(nlp, "The Kosovo Force (KFOR) was deployed in 1999. Partners such as Switzerland and Ukraine "
                            "sent soldiers. NATO member states: Belgium, Bulgaria, Canada, Denmark and Greece also "
                            "sent their troops."))
    assert {(f"Country:{c}", "participatesIn", "Event:Kosovo Force") for c in ("Belgium", "Canada", "Greece")} <= found
    assert ("Country:Belgium", "memberOf", "InternationalOrganization:NATO") in found


def test_relations_unnamed_membership_of_the_framework_a_text_is_about(nlp) -> None:
    # a text about the initiative, which names NATO less: "also members" are the initiative's
    text = ("The Istanbul Cooperation Initiative was launched by NATO in 2004. The Istanbul Cooperation Initiative "
            "offers practical cooperation to the Gulf states. The United Arab Emirates has been a member since 2004. "
            "Bahrain and Qatar are also members of the Istanbul Cooperation Initiative.")
    found = facts(read(nlp, text))
    assert ("Country:United Arab Emirates", "participatesIn",
            "PartnershipFramework:Istanbul Cooperation Initiative") in found
    assert ("Country:United Arab Emirates", "memberOf", "InternationalOrganization:NATO") not in found
    # a record line's accession is NATO's whatever the text mentions more
    found = facts(read(nlp, "NATO enlargement. The Partnership for Peace came first for every candidate.\n\n"
                            "Country: Bulgaria — PfP: 1994 — MAP: 1999 — Accession: 29 March 2004"))
    assert ("Country:Bulgaria", "memberOf", "InternationalOrganization:NATO") in found


def test_relations_office_of_a_named_section_and_plural_titles(nlp) -> None:
    found = facts(read(nlp, "The delegation was led by Mr. Nicola de Santis, Head of the NATO Middle East and North "
                            "Africa Section of the Political Affairs Division."))
    assert ("Person:Nicola de Santis", "leaderOf", "Organization:NATO Middle East and North Africa Section") in found
    assert ("Person:Nicola de Santis", "leaderOf", "InternationalOrganization:NATO") not in found
    result = read(nlp, "EU Presidents Tusk and Juncker attended NATO's Warsaw Summit in July 2016.")
    assert "Person:Tusk" in result.entities and "Person:Presidents Tusk" not in result.entities


def test_relations_names_of_task_forces_and_framework_spellings(nlp) -> None:
    result = read(nlp, "Jordan became an Enhanced Opportunity Partner in 2014. The EUFOR Althea mission replaced SFOR "
                       "in Bosnia and Herzegovina. Task Force Fox protected the monitors in Skopje.")
    assert ("Country:Jordan", "participatesIn", "PartnershipFramework:Enhanced Opportunities Partners") in facts(result)
    assert ("Event:Operation Althea", "succeeded", "Event:Stabilisation Force") in facts(result)
    assert "Organization:Task Force Fox" in result.entities


def test_relations_relative_clause_on_an_attribute_and_one_list_as_both_ends(nlp) -> None:
    found = facts(read(nlp, "The Istanbul Cooperation Initiative (ICI) is a NATO initiative that was launched during "
                            "the organisation's 2004 Istanbul summit."))
    assert ("Event:Istanbul Summit 2004", "established", "PartnershipFramework:Istanbul Cooperation Initiative") in found
    assert ("Event:Istanbul Summit 2004", "established", "InternationalOrganization:NATO") not in found
    found = facts(read(nlp, "Latvia will join the list of 19 existing centres hosted by other member states, among "
                            "them Estonia and Lithuania."))
    assert ("Country:Estonia", "relatedTo", "Country:Lithuania") not in found


def test_relations_summit_of_another_year_heads_of_state_and_hyphenated_names(nlp) -> None:
    # the curated Rome Summit is of 1991: a summit in Rome in 2002 is another one
    result = read(nlp, "The NATO-Russia Council was established at the NATO-Russia Summit in Rome on 28 May 2002.")
    assert ("Event:Rome Summit 2002", "established", "PartnershipFramework:NATO-Russia Council") in facts(result)
    assert "Event:Rome Summit 1991" not in result.entities
    assert "Event:Rome Summit 1991" in read(nlp, "At the Summit in Rome in November 1991, the Allies adopted a new "
                                                 "Strategic Concept.").entities
    # two heads of state, one country: the other head's office is not Russia's
    found = facts(read(nlp, "President Bush and the other NATO leaders agreed with Russian President Putin to "
                            "establish the NATO-Russia Council, reflecting the relationship between NATO and Russia."))
    assert ("Person:Putin", "leaderOf", "Country:Russia") in found
    assert ("Person:Bush", "leaderOf", "Country:Russia") not in found
    assert ("Person:Yoon Suk-yeol", "leaderOf", "Country:South Korea") in facts(
        read(nlp, "South Korean President Yoon Suk-yeol will attend the summit."))


def test_relations_names_introduced_as_partners_do_not_join_as_members(nlp) -> None:
    found = facts(read(nlp, "NATO partner leaders including Ukraine, Australia and Japan are joining Allies during "
                            "the summit."))
    assert ("Country:Japan", "partnerOf", "InternationalOrganization:NATO") in found
    assert ("Country:Japan", "memberOf", "InternationalOrganization:NATO") not in found


def test_relations_list_items_that_joined_in_parentheses(nlp) -> None:
    text = ("The Mediterranean Dialogue started with five countries. The Mediterranean Dialogue is a forum.\n\n"
            "  •  Algeria (joined in March 2000)\n  •  Egypt (joined in February 1995)\n"
            "  •  Mauritania (joined in February 1995)\n  •  Morocco (joined in February 1995)\n")
    dated = {(r.subject, r.predicate, r.object, r.date) for r in read(nlp, text).relations}
    for country, date in (("Algeria", "2000-03"), ("Mauritania", "1995-02"), ("Morocco", "1995-02")):
        assert (f"Country:{country}", "participatesIn", "PartnershipFramework:Mediterranean Dialogue", date) in dated


def test_relations_names_after_two_word_ranks(nlp) -> None:
    result = read(nlp, "Lieutenant General Lucas Schreurs of the Netherlands assumed command of NATO Mission Iraq on "
                       "Friday. Rear Admiral Jose Pereira da Cunha led the group. Lieutenant-Colonel Henri Lambaré "
                       "spoke. The UN General Assembly met.")
    assert ("Person:Lucas Schreurs", "leaderOf", "Event:NATO Mission Iraq") in facts(result)
    assert {"Person:Jose Pereira da Cunha", "Person:Henri Lambaré"} <= set(result.entities)
    assert not [k for k in result.entities if k.startswith("Person:") and "Assembly" in k]


def test_relations_examples_of_the_next_group_and_heads_addressed_by_a_country(nlp) -> None:
    # (the rules' readings: the pair model's depend on its training, and this release's reads a membership
    # of Georgia too, which tests/test_pairs.py's rules do not judge)
    found = {(r.subject, r.predicate, r.object) for r in read(
        nlp, "Forces from ten NATO member nations–including the United States, Britain and Turkey–and six partner "
             "countries, including Georgia and Azerbaijan, are participating in this exercise.").relations
        if r.rule != LEARNED_RULE}
    assert ("Country:Türkiye", "memberOf", "InternationalOrganization:NATO") in found
    assert ("Country:Georgia", "partnerOf", "InternationalOrganization:NATO") in found
    assert ("Country:Georgia", "memberOf", "InternationalOrganization:NATO") not in found
    found = facts(read(nlp, "Serbia will ask President George W. Bush to persuade NATO to offer it a closer relationship."))
    assert ("Person:George W. Bush", "leaderOf", "Country:Serbia") not in found


def test_relations_unnamed_membership_of_the_body_a_text_is_about(nlp) -> None:
    text = ("The Nuclear Planning Group was created in 1966. The Nuclear Planning Group met twice a year and the "
            "Nuclear Planning Group decided on nuclear policy within NATO. "
            "The United States, Italy and West Germany were permanent members.")
    found = facts(read(nlp, text))
    assert ("Country:Italy", "memberOf", "Organization:Nuclear Planning Group") in found
    assert ("Country:Italy", "memberOf", "InternationalOrganization:NATO") not in found


def test_relations_leadership_taken_over_and_lower_case_exercise(nlp) -> None:
    assert ("Person:Boris Tadić", "leaderOf", "Organization:Democratic Party") in facts(
        read(nlp, "Boris Tadić took over the leadership of the Democratic Party in 2004."))
    result = read(nlp, "NATO and partner nations conducted the Partnership for Peace exercise Cooperative Dragon 2000 "
                       "in Tirana, Albania.")
    assert "Event:Cooperative Dragon 2000" in result.entities


@pytest.mark.parametrize("text, wanted, unwanted", [
    # a year elsewhere in the sentence is not the summit's
    ("At the Istanbul Summit, NATO launched the Istanbul Cooperation Initiative, which Kuwait joined in 2005.",
     ("Event:Istanbul Summit 2004", "established", "PartnershipFramework:Istanbul Cooperation Initiative"),
     ("Event:Istanbul Summit 2005", "established", "PartnershipFramework:Istanbul Cooperation Initiative")),
    # command of forces is not leadership of their owner
    ("General Thomas Keller took command of NATO forces in Afghanistan in 2009.", None,
     ("Person:Thomas Keller", "leaderOf", "InternationalOrganization:NATO")),
    # a council is no whole of an unnamed membership
    ("The North Atlantic Council met. The North Atlantic Council agreed. The North Atlantic Council decided. "
     "Finland became a member on that day.", None,
     ("Country:Finland", "memberOf", "Organization:North Atlantic Council")),
    # a country that elects its head keeps him
    ("Ukraine elected President Volodymyr Zelensky in 2019.",
     ("Person:Volodymyr Zelensky", "leaderOf", "Country:Ukraine"), None),
])
def test_relations_review_of_this_release(nlp, text: str, wanted, unwanted) -> None:
    found = facts(read(nlp, text))
    assert wanted is None or wanted in found
    assert unwanted is None or unwanted not in found


def test_relations_review_names_and_dates_of_this_release(nlp) -> None:
    result = read(nlp, "Lieutenant General Lucas Schreurs took command of NATO Mission Iraq. Lieutenant General "
                       "Schreurs thanked Italy. The Putin-backed separatists attacked. Operation Concordia (EUFOR "
                       "Concordia) was held in North Macedonia.")
    people = {k for k in result.entities if k.startswith("Person:")}
    assert people == {"Person:Lucas Schreurs", "Person:Putin"}
    assert "Event:Operation Althea" not in result.entities
    dated = {(r.subject, r.date) for r in read(
        nlp, "Its members are: Egypt, Israel, Mauritania, Tunisia (joined in 1995), Jordan (joined in November 1995) "
             "and Algeria (joined in March 2000).").relations}
    assert ("Country:Egypt", "1995") not in dated


def test_relations_warships_by_their_prefix(nlp) -> None:
    result = read(nlp, "The British frigate HMS Cumberland escorted the convoy.\n\n• SPS Blas de Lezo (Spain)\n"
                       "• TCG Gediz (Turkey)")
    assert {"Organization:HMS Cumberland", "Organization:SPS Blas de Lezo", "Organization:TCG Gediz"} <= set(result.entities)


def test_relations_possessors_and_under_secretaries_hold_no_office(nlp) -> None:
    found = facts(read(nlp, "President Joe Biden addresses a news conference in Brussels after a summit that made "
                            "China’s growing military assertiveness a focus. UN Under-Secretary-General Jeffrey Feltman "
                            "said the declaration helped. It helped, says Jeffrey Feltman, UN Under-Secretary-General "
                            "for Political Affairs. In 1966 France left the command under President Charles de Gaulle."))
    assert ("Person:Charles de Gaulle", "leaderOf", "Country:France") in found
    assert ("Person:Joe Biden", "leaderOf", "Country:China") not in found
    assert ("Person:Jeffrey Feltman", "leaderOf", "InternationalOrganization:United Nations") not in found


def test_relations_a_membership_supported_or_allowed_is_still_a_bid(nlp) -> None:
    for text in ("Germany supports Sweden's accession to NATO.",
                 "Twenty member states declared their support for Ukraine's NATO membership.",
                 "Hungary will allow the accession of Sweden to NATO before the summit."):
        plain = {(r.subject, r.object) for r in read(nlp, text).relations if r.predicate == "memberOf" and r.is_fact}
        assert not plain, text
    assert ("Country:Finland", "memberOf", "InternationalOrganization:NATO") in facts(
        read(nlp, "Finland's accession to NATO in 2023 doubled the border."))


def test_relations_allies_listed_between_dashes_and_owned_kinds_in_apposition(nlp) -> None:
    found = facts(read(nlp, "NATO protects the airspace. While both Allies – Italy and Greece – extend their "
                            "contribution, Hungary joined."))
    assert {("Country:Italy", "memberOf", "InternationalOrganization:NATO"),
            ("Country:Greece", "memberOf", "InternationalOrganization:NATO")} <= found
    assert ("Event:Operation Ocean Shield", "partOf", "InternationalOrganization:NATO") in facts(
        read(nlp, "Operation Ocean Shield, NATO's latest mission, began in 2009."))
    assert not [f for f in facts(read(nlp, "Germany, NATO's largest European force, sent troops."))
                if f[1] == "partOf"]


def test_relations_exercises_named_with_their_year_and_their_participating_nations(nlp) -> None:
    result = read(nlp, "Troops have begun a multi-national exercise, code-named Rapid Trident 2015, in Yavoriv, Ukraine. "
                       "Participating nations include Belgium, Bulgaria and Canada.")
    assert ("Country:Bulgaria", "participatesIn", "Event:Rapid Trident 2015") in facts(result)
    assert "Event:Trident Juncture 2018" in read(nlp, "Trident Juncture 2018 was held in Norway.").entities


def test_relations_newspaper_spellings_of_operation_acronyms(nlp) -> None:
    result = read(nlp, "General Klaus Reinhardt took command of K-For from General Mike Jackson. Nato's Isaf mission "
                       "ended in 2014.")
    assert ("Person:Klaus Reinhardt", "leaderOf", "Event:Kosovo Force") in facts(result)
    assert "Event:International Security Assistance Force" in result.entities


@pytest.mark.parametrize("text, expected", [
    ("KFOR, under the command of General Klaus Reinhardt, secured the border.",
     {("Person:Klaus Reinhardt", "leaderOf", "Event:Kosovo Force")}),
    ("The International Security Assistance Force was under the command of General David Petraeus in 2010.",
     {("Person:David Petraeus", "leaderOf", "Event:International Security Assistance Force")}),
    ("NATO bombed Serbia under the command of General Wesley Clark.", set()),
])
def test_relations_under_the_command_of(nlp, text: str, expected: set) -> None:
    assert {f for f in facts(read(nlp, text)) if f[1] == "leaderOf"} == expected


@pytest.mark.parametrize("text, unwanted", [
    ("NATO member countries and year of accession:\nUnited Kingdom 1949\nCzech Republic 1999\n", "Event:Czech Republic 1999"),
    ("Greece and North Macedonia signed the Prespa Agreement 2018 in June.", "Event:Prespa Agreement 2018"),
])
def test_relations_second_review_names_with_a_year(nlp, text: str, unwanted: str) -> None:
    assert unwanted not in read(nlp, text).entities


@pytest.mark.parametrize("text, subject", [
    ("The spokesperson for the Secretary General of NATO is Farah Dakhlallah.", "Person:Farah Dakhlallah"),
    ("The wife of the President of France is Brigitte Macron.", "Person:Brigitte Macron"),
    ("The Prime Minister of Hungary is not Péter Magyar.", "Person:Péter Magyar"),
    ("The next Secretary General of NATO will be Mark Rutte.", "Person:Mark Rutte"),
    ("BALTOPS 2022 was held in June. Non-participating nations such as Austria observed the drills.", "Country:Austria"),
    ("The North Atlantic Cooperation Council gave way to the Euro-Atlantic Partnership Council in 1997.",
     "PartnershipFramework:North Atlantic Cooperation Council"),
])
def test_relations_second_review_no_plain_fact(nlp, text: str, subject: str) -> None:
    plain = [r for r in read(nlp, text).relations if r.subject == subject and r.is_fact
             and r.predicate in {"leaderOf", "participatesIn", "supports"}]
    assert not plain, plain


@pytest.mark.parametrize("text, person", [
    ("Farah Dakhlallah is the spokesperson for the Secretary General of NATO.", "Person:Farah Dakhlallah"),
    ("The adviser to the President of France, Emmanuel Bonne, met Mark Rutte.", "Person:Emmanuel Bonne"),
    ("Adviser to the President of France Emmanuel Bonne met Mark Rutte.", "Person:Emmanuel Bonne"),
])
def test_relations_an_aide_leads_nothing(nlp, text: str, person: str) -> None:
    # the office after "for" or "to" is the one the aide serves, held by another
    led = [r for r in read(nlp, text).relations if r.subject == person and r.predicate == "leaderOf"]
    assert not led, led


def test_relations_thanks_to_a_head_of_state_keep_the_office(nlp) -> None:
    # "to" names an office served only after a role noun ("adviser to"), not after "grateful"
    text = "Allies are grateful to the President of Poland, Andrzej Duda, for hosting the summit."
    assert ("Person:Andrzej Duda", "leaderOf", "Country:Poland") in {
        (r.subject, r.predicate, r.object) for r in read(nlp, text).relations}


def test_relations_a_role_that_did_something_keeps_the_office(nlp) -> None:
    # "The spokesperson for the Secretary General of NATO is X" leads nothing (above); a role whose
    # clause says what the person did still gives the office
    text = "Jaap de Hoop Scheffer is a Dutch diplomat who served as Secretary General of NATO from 2004 to 2009."
    found = {(r.subject, r.predicate, r.object) for r in read(nlp, text).relations if r.is_fact}
    assert ("Person:Jaap de Hoop Scheffer", "leaderOf", "InternationalOrganization:NATO") in found


@pytest.mark.parametrize("text, fact, polarity, modality", [
    ("The Prime Minister of Hungary is not Péter Magyar.", ("Person:Péter Magyar", "leaderOf", "Country:Hungary"),
     "negative", ""),
    ("The next Secretary General of NATO will be Mark Rutte.",
     ("Person:Mark Rutte", "leaderOf", "InternationalOrganization:NATO"), "positive", "will"),
    ("BALTOPS 2022 was held in June. Non-participating nations such as Austria observed the drills.",
     ("Country:Austria", "participatesIn", "Event:BALTOPS 2022"), "negative", ""),
])
def test_relations_second_review_qualified_readings_kept(nlp, text: str, fact, polarity: str, modality: str) -> None:
    found = {(r.subject, r.predicate, r.object, r.polarity, r.modality) for r in read(nlp, text).relations}
    assert (*fact, polarity, modality) in found


# readings added by this release, each failing on the previous one: (sentence, facts it must give)
THIS_RELEASE = [
    # an owned kind reads past a relational modifier ("partnership tool") and under "one of"
    ("The Science for Peace and Security Programme is one of NATO's oldest partnership tools.",
     {("Agreement:Science for Peace and Security Programme", "partOf", "InternationalOrganization:NATO")}),
    ("The Disaster Response Coordination Centre is NATO's principal civil emergency response mechanism.",
     {("Organization:Disaster Response Coordination Centre", "partOf", "InternationalOrganization:NATO")}),
    # the names coordinated with "other NATO allies" are allies too
    ("Aircraft were sent by Belgium, Norway and other NATO allies.",
     {("Country:Norway", "memberOf", "InternationalOrganization:NATO")}),
    # changes of command
    ("Lieutenant-General Juan Ortuño took command of the Kosovo Force (KFOR) from General Klaus Reinhardt.",
     {("Person:Juan Ortuño", "leaderOf", "Event:Kosovo Force"), ("Person:Juan Ortuño", "succeeded", "Person:Klaus Reinhardt"),
      ("Person:Klaus Reinhardt", "leaderOf", "Event:Kosovo Force")}),
    ("General Mike Jackson handed over command of KFOR to General Klaus Reinhardt in October 1999.",
     {("Person:Klaus Reinhardt", "leaderOf", "Event:Kosovo Force"), ("Person:Klaus Reinhardt", "succeeded", "Person:Mike Jackson")}),
    ("General Ortuño was given command of the European Rapid Force (EUROFOR).",
     {("Person:Ortuño", "leaderOf", "Organization:European Rapid Force")}),
    ("The Netherlands takes command of NATO Mission Iraq from Italy.",
     {("Country:Netherlands", "participatesIn", "Event:NATO Mission Iraq")}),
    ("NATO took command of the International Security Assistance Force in August 2003.",
     {("Event:International Security Assistance Force", "partOf", "InternationalOrganization:NATO")}),
    # an office named by a copula's subject
    ("The current Secretary General of NATO is Mark Rutte.",
     {("Person:Mark Rutte", "leaderOf", "InternationalOrganization:NATO")}),
    ("The Commander of KFOR is Major General Enrico Barduani.",
     {("Person:Enrico Barduani", "leaderOf", "Event:Kosovo Force")}),
    # funding verbs support what they fund
    ("Japan donated three million euros to the NATO Trust Fund. The Czech Republic allocated EUR 2.5 million for "
     "the NATO Trust Fund.",
     {("Country:Japan", "supports", "Agreement:NATO Trust Fund"),
      ("Country:Czech Republic", "supports", "Agreement:NATO Trust Fund")}),
    # participating nations take part in the exercise the text is about, and stay NATO's members
    ("Exercise Cooperative Dragon 2000 took place in Albania. Participating NATO nations are: Greece, Hungary and Italy.",
     {("Country:Greece", "participatesIn", "Event:Cooperative Dragon 2000"),
      ("Country:Greece", "memberOf", "InternationalOrganization:NATO")}),
]


@pytest.mark.parametrize("text, expected", THIS_RELEASE)
def test_relations_readings_of_this_release(nlp, text: str, expected: set[tuple[str, str, str]]) -> None:
    assert expected <= facts(read(nlp, text))


# readings of the release after it, each failing on the one before: (sentence, plain facts it must
# give, a plain fact it must not give); the cases without a wanted fact guard readings that must not
# appear (several caught in a draft by the review)
NEXT_RELEASE = [
    # a heading line that closes with a name and a colon makes that name the whole of the fields below it
    ("NATO launched the Resolute Support Mission in 2015.\n\nKey facts about the Resolute Support Mission:\n"
     "- Commander: General John F. Campbell of the United States",
     {("Person:John F. Campbell", "leaderOf", "Event:Resolute Support Mission")},
     ("Person:John F. Campbell", "leaderOf", "InternationalOrganization:NATO")),
    # a fact sheet's field lines after a bullet are fields too, and an "Area" is where an operation is held
    ("Operation Ocean Shield\n\n- Area: Gulf of Aden\n- Participants: Denmark, Netherlands, Norway",
     {("Country:Denmark", "participatesIn", "Event:Operation Ocean Shield"),
      ("Event:Operation Ocean Shield", "heldIn", "Place:Gulf of Aden")}, None),
    # "signs" after a name, which the tagger takes for a plural noun, is the verb
    ("The PfP Framework Document was opened for signature in January 1994. Ukraine signs, followed by Hungary.",
     {("Country:Ukraine", "signed", "Agreement:Partnership for Peace Framework Document"),
      ("Country:Hungary", "signed", "Agreement:Partnership for Peace Framework Document")}, None),
    # a body set up somewhere is there, when the clause a fronted participle opens names it by "it"
    ("The NATO Defence College trains officers. Founded in Paris in 1951, it moved to Rome in 1966.",
     {("Organization:NATO Defense College", "locatedIn", "Place:Paris"),
      ("Organization:NATO Defense College", "locatedIn", "Place:Rome")}, None),
    # taking part with no event named: the event the text is about, through an "it" the sentence before opens with
    ("Operation Sea Guardian is a maritime security operation in the Mediterranean. It succeeded Operation Active "
     "Endeavour in November 2016. Ships from Bulgaria, Greece and Italy have taken part.",
     {("Country:Bulgaria", "participatesIn", "Event:Operation Sea Guardian")},
     ("Country:Bulgaria", "participatesIn", "Event:Operation Active Endeavour")),
    # a participle after a name and its abbreviation that the parser made the root, before the finite verb
    ("The Istanbul Cooperation Initiative (ICI), launched at the Istanbul Summit in 2004, brings together four "
     "Gulf states.",
     {("Event:Istanbul Summit 2004", "established", "PartnershipFramework:Istanbul Cooperation Initiative")}, None),
    # (not a past tense the tagger took for a participle, after an apposition)
    ("Javier Solana, then NATO's Secretary General, signed the Founding Act.",
     {("Person:Javier Solana", "signed", "Agreement:NATO-Russia Founding Act")}, None),
    # a relational noun more than three dependency links from the two ends relates something else
    ("Since Croatia's accession to NATO in 2009, Hungary has patrolled Croatian airspace with its own aircraft.",
     {("Country:Croatia", "memberOf", "InternationalOrganization:NATO")},
     ("Country:Hungary", "memberOf", "InternationalOrganization:NATO")),
    ("The Mediterranean Dialogue is a forum of cooperation between NATO and seven countries of the region.", set(),
     ("PartnershipFramework:Mediterranean Dialogue", "cooperatesWith", "InternationalOrganization:NATO")),
    ("Finland, a member of NATO since 2023, hosts exercises.",
     {("Country:Finland", "memberOf", "InternationalOrganization:NATO")}, None),
    # names listed under the other end's noun are that end's list, not coordinated with this end
    ("NATO Mission Iraq was launched in 2018. Italy commanded the mission in 2022, coordinating contributions "
     "from 26 Allies and two partners, Australia and Sweden.",
     {("Country:Sweden", "participatesIn", "Event:NATO Mission Iraq")}, ("Country:Sweden", "partnerOf", "Country:Australia")),
    # an object pronoun is the entity last named, never its own clause's subject
    ("The Istanbul Cooperation Initiative was launched in 2004. Bahrain and Kuwait joined it in 2005.",
     {("Country:Bahrain", "participatesIn", "PartnershipFramework:Istanbul Cooperation Initiative"),
      ("Country:Kuwait", "participatesIn", "PartnershipFramework:Istanbul Cooperation Initiative")}, None),
    ("NATO launched the Mediterranean Dialogue in 1994. Egypt joined it in 1995.",
     {("Country:Egypt", "participatesIn", "PartnershipFramework:Mediterranean Dialogue")},
     ("Country:Egypt", "memberOf", "InternationalOrganization:NATO")),
    # nor the owner of what the clause before says its subject is, nor of an apposition
    ("The Mediterranean Dialogue is a partnership forum of NATO. The North Atlantic Council launched it in 1994.",
     {("Organization:North Atlantic Council", "established", "PartnershipFramework:Mediterranean Dialogue")},
     ("Organization:North Atlantic Council", "established", "InternationalOrganization:NATO")),
    ("The Partnership for Peace, a programme of NATO, began in 1994. Finland joined it the same year.",
     {("Country:Finland", "participatesIn", "PartnershipFramework:Partnership for Peace")},
     ("Country:Finland", "memberOf", "InternationalOrganization:NATO")),
    # an implicit object of joining is what a sentence before in the paragraph said others took part in
    ("Kosovo Force (KFOR) is a NATO-led operation in Kosovo. Austria and Ireland sent contingents. "
     "Armenia joined in 2004.",
     {("Country:Armenia", "participatesIn", "Event:Kosovo Force")},
     ("Country:Armenia", "memberOf", "InternationalOrganization:NATO")),
    ("NATO was founded in 1949. Greece and Turkey joined in 1952. Germany joined in 1955.",
     {("Country:Germany", "memberOf", "InternationalOrganization:NATO")}, None),
    ("Kosovo Force (KFOR) is a NATO-led operation in Kosovo. Austria and Ireland sent contingents. "
     "Armenia joined in 2004, and Moldova ten years later.",
     {("Country:Armenia", "participatesIn", "Event:Kosovo Force"),
      ("Country:Moldova", "participatesIn", "Event:Kosovo Force")},
     ("Country:Moldova", "memberOf", "InternationalOrganization:NATO")),
    # "the programme" is the framework a curated name calls a programme
    ("The Partnership for Peace was launched in 1994. Finland and Sweden joined the programme that year.",
     {("Country:Finland", "participatesIn", "PartnershipFramework:Partnership for Peace")}, None),
    # one joins the Allies at a meeting, not the alliance
    ("NATO leaders met at the 2022 Madrid Summit. Partner leaders from Japan and Australia joined Allies at the summit.",
     set(), ("Country:Japan", "memberOf", "InternationalOrganization:NATO")),
    # the operation noun a copula predicates of an event gives the event its place, with its negation
    ("Operation Ocean Shield was a counter-piracy mission in the Gulf of Aden.",
     {("Event:Operation Ocean Shield", "heldIn", "Place:Gulf of Aden")}, None),
    ("EUFOR Althea is a military deployment in Bosnia and Herzegovina.",
     {("Event:Operation Althea", "heldIn", "Country:Bosnia and Herzegovina")}, None),
    ("KFOR is not a mission in Serbia.", set(), ("Event:Kosovo Force", "heldIn", "Country:Serbia")),
    # an event is held in a place, never located there
    ("The exercise Sea Breeze 2019 opened in Odesa, Ukraine, on 1 July.",
     {("Event:Sea Breeze 2019", "heldIn", "Place:Odesa")}, None),
    # the owner of a noun a name qualifies ("NATO's Mediterranean Dialogue (MD) group")
    ("Jordan joined NATO’s Mediterranean Dialogue (MD) group in 1995.",
     {("PartnershipFramework:Mediterranean Dialogue", "partOf", "InternationalOrganization:NATO")}, None),
    # a passive participle coordinated with another takes its subject, and a second "by" its agents;
    # a conjunct with its own auxiliary is active
    ("The Energy Security Centre of Excellence is staffed and funded by Italy and by France, Greece and Spain.",
     {("Country:Italy", "supports", "Organization:Energy Security Centre of Excellence"),
      ("Country:Spain", "supports", "Organization:Energy Security Centre of Excellence")}, None),
    ("Sweden was admitted to the PfP in 1994 and has joined NATO since.",
     {("Country:Sweden", "memberOf", "InternationalOrganization:NATO")}, None),
    # a head of state acting on their own country's thing heads that country; welcoming another's does not
    ("On 30 September, President Volodymyr Zelenskyy signs Ukraine's application for accession to NATO.",
     {("Person:Volodymyr Zelenskyy", "leaderOf", "Country:Ukraine")}, None),
    ("President Bush welcomed Georgia's application.", set(), ("Person:Bush", "leaderOf", "Country:Georgia")),
    # the head of a government named with the country its sentence happens in heads that country; not a
    # country the government acts with or against
    ("In Turkey, accession was pursued by the government of Prime Minister Adnan Menderes.",
     {("Person:Adnan Menderes", "leaderOf", "Country:Türkiye")}, None),
    ("In Kabul, the new government of President Ashraf Ghani signs an agreement with the United States.", set(),
     ("Person:Ashraf Ghani", "leaderOf", "Country:United States")),
    # who "took part", in nothing named, took part in the meeting the line or sentence before names
    ("The Vilnius Summit was held in July 2023. Prime Minister Anthony Albanese of Australia and Prime Minister "
     "Fumio Kishida of Japan took part.",
     {("Person:Anthony Albanese", "participatesIn", "Event:Vilnius Summit 2023"),
      ("Person:Fumio Kishida", "participatesIn", "Event:Vilnius Summit 2023")}, None),
    # who act in a "where" clause of a summit are at the summit
    ("Both countries were invited to join at the Madrid Summit in June 2022, where Türkiye, Finland and Sweden "
     "also signed a trilateral memorandum.",
     {(f"Country:{c}", "participatesIn", "Event:Madrid Summit 2022") for c in ("Türkiye", "Finland", "Sweden")}, None),
    # an alliance's members are states: a parliament or another alliance named among them is no member
    ("NATO is an alliance. The protocols were approved by the parliaments of all sixteen members, including the "
     "United States Senate.", set(), ("Organization:United States Senate", "memberOf", "InternationalOrganization:NATO")),
    # what the Allies do at a summit, the summit does: they do not also do it on their own
    ("NATO is an alliance. At the Wales Summit in 2014, Allies launched the Partnership Interoperability Initiative.",
     {("Event:Wales Summit 2014", "established", "PartnershipFramework:Partnership Interoperability Initiative")},
     ("InternationalOrganization:NATO", "established", "PartnershipFramework:Partnership Interoperability Initiative")),
    # a role an "as" phrase gives, with no whole of its own, is one of what the text is about; not a role
    # still to be taken, nor one in a forum a relative clause names
    ("NATO is an alliance. Finland and Sweden took part in the Strategic Airlift Capability as partner nations.",
     {("Country:Finland", "partnerOf", "InternationalOrganization:NATO"),
      ("Country:Sweden", "partnerOf", "InternationalOrganization:NATO")}, None),
    ("NATO is an alliance. The process is to be completed in time for Romania to take its seat as a full member.",
     set(), ("Country:Romania", "memberOf", "InternationalOrganization:NATO")),
    # parties that update, renew or issue a joint declaration cooperate, as those who sign one do
    ("In 2018 NATO and the United Nations updated their joint declaration on secretariat cooperation.",
     {("InternationalOrganization:NATO", "cooperatesWith", "InternationalOrganization:United Nations")}, None),
    # a "not" the parser hangs on the clause's adverb negates the clause ("have not so far joined")
    ("NATO is an alliance. We encourage Saudi Arabia and Oman, which have not so far joined, to consider doing so.",
     set(), ("Country:Oman", "memberOf", "InternationalOrganization:NATO")),
    # a label line's "Note:" is no one reporting what follows
    ("NATO is an alliance. Note: The Czech Republic, Hungary and Poland joined the Alliance on 12 March 1999.",
     {(f"Country:{c}", "memberOf", "InternationalOrganization:NATO") for c in ("Czech Republic", "Hungary", "Poland")},
     None),
    # where two mentions of the same two entities read a fact plainly and negated, the negation stands
    ("Since the United Kingdom left the European Union in 2020, the Allies that do not belong to the EU are "
     "Albania, Canada and Norway.", set(), ("Country:Albania", "memberOf", "InternationalOrganization:European Union")),
    # a plan agreed with no one named as agreeing it: its owner did
    ("Kazakhstan joined the Partnership for Peace in 1994. Its first Individual Partnership Action Plan was agreed "
     "in January 2006.",
     {("Country:Kazakhstan", "adopted", "Agreement:Individual Partnership Action Plan")}, None),
    # whose subject a clause is about is what a later "it" stands for
    ("Kazakhstan's relations with NATO began in 1992, when it joined the North Atlantic Cooperation Council.",
     {("Country:Kazakhstan", "participatesIn", "PartnershipFramework:North Atlantic Cooperation Council")}, None),
    # a verb's object and the noun after it, read as "is" ("making Russia a partner")
    ("NATO is an alliance. The signature made Russia a partner, and the vote made Sweden the 32nd member.",
     {("Country:Russia", "partnerOf", "InternationalOrganization:NATO"),
      ("Country:Sweden", "memberOf", "InternationalOrganization:NATO")}, None),
    # who become members "together with" others: the others too
    ("NATO is an alliance. Romania became a member on 29 March 2004, together with Bulgaria and Estonia.",
     {("Country:Bulgaria", "memberOf", "InternationalOrganization:NATO"),
      ("Country:Estonia", "memberOf", "InternationalOrganization:NATO")}, None),
    # each name before its own office holds that office, not the one of the clause before
    ("Rasmussen was Prime Minister of Denmark, Stoltenberg was Prime Minister of Norway.",
     {("Person:Stoltenberg", "leaderOf", "Country:Norway")}, ("Person:Stoltenberg", "leaderOf", "Country:Denmark")),
    # who chairs a summit leads no body
    ("The 2014 Wales Summit was hosted by the United Kingdom and chaired by Secretary General Anders Fogh Rasmussen.",
     set(), ("Person:Anders Fogh Rasmussen", "leaderOf", "Event:Wales Summit 2014")),
    # a country that supports an operation supports it (docs/annotation.md: one supports "a mission"); one
    # that contributes to it takes part
    ("Operation Active Endeavour was launched in 2001. Ukraine supported the operation with a frigate in 2007.",
     {("Country:Ukraine", "supports", "Event:Operation Active Endeavour")},
     ("Country:Ukraine", "participatesIn", "Event:Operation Active Endeavour")),
    ("Operation Active Endeavour was launched in 2001. Ukraine contributed a frigate to the operation in 2007.",
     {("Country:Ukraine", "participatesIn", "Event:Operation Active Endeavour")},
     ("Country:Ukraine", "supports", "Event:Operation Active Endeavour")),
    # a commander leads a body, never a country; a president or a chair can lead one
    ("Lithuania’s Armed Forces Commander, Major General Valdas Tutkus, inspected the site.", set(),
     ("Person:Valdas Tutkus", "leaderOf", "Country:Lithuania")),
    ("Lithuanian President Valdas Adamkus visited Vilnius.",
     {("Person:Valdas Adamkus", "leaderOf", "Country:Lithuania")}, None),
    ("The Chairman of the Presidency of Bosnia and Herzegovina, Zeljko Komsic, visited NATO.",
     {("Person:Zeljko Komsic", "leaderOf", "Country:Bosnia and Herzegovina")}, None),
    # a group of countries described by what its members do, equated with a bare list of names
    ("The fifteen nations comprising the Strategic Airlift Capability are Bulgaria, Estonia and Finland.",
     {("Country:Estonia", "participatesIn", "Agreement:Strategic Airlift Capability")}, None),
    ("The countries participating in the Partnership for Peace are Finland, Sweden and Austria.",
     {("Country:Austria", "participatesIn", "PartnershipFramework:Partnership for Peace")}, None),
    ("The countries that joined NATO in 2004 are Estonia, Latvia and Lithuania.",
     {("Country:Latvia", "memberOf", "InternationalOrganization:NATO")}, None),
    ("The countries that joined NATO in 2004 are also members of the European Union.", set(),
     ("InternationalOrganization:European Union", "memberOf", "InternationalOrganization:NATO")),
]


@pytest.mark.parametrize("text, wanted, unwanted", NEXT_RELEASE)
def test_relations_readings_of_the_next_release(nlp, text: str, wanted, unwanted) -> None:
    plain = {(r.subject, r.predicate, r.object) for r in read(nlp, text).relations if r.is_fact}
    assert wanted <= plain and unwanted not in plain


def test_relations_workshops_and_symposia_are_meetings(nlp) -> None:
    text = ("In February 2015 the NATO School Oberammergau hosted the Defence Planning Symposium chaired by "
            "Mr Heinrich Brauss. The school contributed to the Military Partnerships Coordination Workshop in Budva, "
            "Montenegro.")
    found = facts(read(nlp, text))
    assert ("Event:Military Partnerships Coordination Workshop", "heldIn", "Place:Budva") in found
    assert not {f for f in found if f[1] == "leaderOf"}


def test_relations_infobox_rows_of_a_summit_are_no_list_items(nlp) -> None:
    text = "1991 Rome summit\nMap of NATO members\nHost country Italy\nDates November 7–8, 1991\n"
    assert ("Country:Italy", "memberOf", "InternationalOrganization:NATO") not in facts(read(nlp, text))


@pytest.mark.parametrize("text, fact, polarity, modality", [
    # "neither … nor" negates the membership it states
    ("Switzerland, which is neither a member of NATO nor of the European Union, supports the sanctions.",
     ("Country:Switzerland", "memberOf", "InternationalOrganization:NATO"), "negative", ""),
    ("Finland joined neither NATO nor the Warsaw Pact.",
     ("Country:Finland", "memberOf", "InternationalOrganization:Warsaw Pact"), "negative", ""),
    # a request to join is a request, not a fact
    ("NATO decided to grant Montenegro’s request to join the Membership Action Plan.",
     ("Country:Montenegro", "participatesIn", "Agreement:Membership Action Plan"), "positive", "request"),
    # a membership objected to is still being decided
    ("Russia objected to full NATO membership for Poland.",
     ("Country:Poland", "memberOf", "InternationalOrganization:NATO"), "positive", "approval"),
    ("Austria's accession to the Alliance is hampered by the position of its leading political parties.",
     ("Country:Austria", "memberOf", "InternationalOrganization:NATO"), "positive", "approval"),
])
def test_relations_negations_and_requests_of_this_release(nlp, text: str, fact, polarity: str, modality: str) -> None:
    found = {(r.subject, r.predicate, r.object, r.polarity, r.modality) for r in read(nlp, text).relations}
    assert (*fact, polarity, modality) in found


def test_relations_an_organisation_leading_missions_is_not_what_a_country_supports(nlp) -> None:
    found = facts(read(nlp, "North Macedonia joined the Partnership for Peace in 1995. The country actively "
                            "supports the NATO-led missions in Afghanistan and Kosovo."))
    assert not {f for f in found if f[1] == "supports" and f[2] == "InternationalOrganization:NATO"}


def test_relations_the_red_cross_is_a_named_organisation(nlp) -> None:
    text = "The President of the International Committee of the Red Cross (ICRC), Peter Maurer, visited NATO."
    assert ("Person:Peter Maurer", "leaderOf", "Organization:International Committee of the Red Cross") in facts(
        read(nlp, text))


STRUCTURAL_READINGS = [
    # a list the parser continues from an apposition ("A, B, C and D all joined"): every item
    ("The Partnership for Peace was launched in 1994. Kazakhstan, Kyrgyzstan, Turkmenistan and Uzbekistan "
     "all joined the partnership in 1994.",
     {("Country:Turkmenistan", "participatesIn", "PartnershipFramework:Partnership for Peace"),
      ("Country:Uzbekistan", "participatesIn", "PartnershipFramework:Partnership for Peace")}, None),
    # a preposition coordinated with itself carries the verb's reading to its own object
    ("Finland took part in KFOR and in ISAF.",
     {("Country:Finland", "participatesIn", "Event:International Security Assistance Force")}, None),
    # ... also where the parser conjoins the second preposition to the verb
    ("Georgian soldiers served in the Kosovo Force (KFOR) and in the International Security Assistance Force.",
     {("Country:Georgia", "participatesIn", "Event:International Security Assistance Force")}, None),
    ("Irish personnel served with SFOR in Bosnia and Herzegovina and with ISAF in Afghanistan.",
     {("Country:Ireland", "participatesIn", "Event:International Security Assistance Force")},
     ("Country:Ireland", "participatesIn", "Country:Bosnia and Herzegovina")),
    # a curated agreement named in the plural is the kind every partner agrees
    ("IPAPs were launched at the Prague Summit in November 2002.",
     {("Event:Prague Summit 2002", "established", "Agreement:Individual Partnership Action Plan")}, None),
    # the holders of an office a plural subject names, listed after the copula
    ("The commanders of SFOR were General William W. Crouch, General Eric Shinseki and General Montgomery Meigs.",
     {("Person:William W. Crouch", "leaderOf", "Event:Stabilisation Force"),
      ("Person:Montgomery Meigs", "leaderOf", "Event:Stabilisation Force")}, None),
    ("The commanders of KFOR and SFOR were General William W. Crouch and General Eric Shinseki.", set(),
     ("Person:Eric Shinseki", "leaderOf", "Event:Kosovo Force")),
    # a lower-case hyphenated office makes its holder a person, whatever the model took the name for
    ("Dirk Stikker was secretary-general of NATO.", {("Person:Dirk Stikker", "leaderOf", "InternationalOrganization:NATO")},
     None),
    # an office held over the clause a fronted "under" phrase opens; a country taking a presidency leads nothing
    ("Under the presidency of Charles de Gaulle, France left the integrated command of NATO.",
     {("Person:Charles de Gaulle", "leaderOf", "Country:France")}, None),
    ("Sweden took over the rotating presidency of the European Union on 1 January.", set(),
     ("Country:Sweden", "memberOf", "InternationalOrganization:European Union")),
    # a city and its state or region after a comma, not a list of places
    ("Allied Command Transformation was created in Norfolk, Virginia.",
     {("Place:Norfolk", "locatedIn", "Place:Virginia")}, None),
    ("The Middle East, North Africa and the Sahel are regions of strategic importance.", set(),
     ("Place:Middle East", "locatedIn", "Place:North Africa")),
    # a place-type noun: the places named with "of" lie in the country of its adjective, the place
    # before it in the one after "of"
    ("NATO called on Russia to withdraw its forces from the Georgian regions of Abkhazia and South Ossetia.",
     {("Place:Abkhazia", "locatedIn", "Country:Georgia"), ("Place:South Ossetia", "locatedIn", "Country:Georgia")},
     None),
    ("Serbian police operations in the Drenica region of Kosovo caused heavy casualties.",
     {("Place:Drenica", "locatedIn", "Place:Kosovo")}, None),
    # the nominalised acts of founding, adopting and signing, with their owner or their "by" agent
    ("NATO's adoption of the Strategic Concept was welcomed.",
     {("InternationalOrganization:NATO", "adopted", "Agreement:Strategic Concept")}, None),
    ("Relations took a step forward with the adoption of the NATO-Ukraine Action Plan by the NATO-Ukraine Commission "
     "in Prague.",
     {("PartnershipFramework:NATO-Ukraine Commission", "adopted", "Agreement:NATO-Ukraine Action Plan")},
     ("PartnershipFramework:NATO-Ukraine Commission", "adopted", "Place:Prague")),
    # a capital set off by commas after its country's adjective
    ("Top officials are meeting today in the Latvian capital, Riga, for a two-day summit.",
     {("Place:Riga", "locatedIn", "Country:Latvia")}, None),
    # whom a membership is for joins, not the clause's subject
    ("Russia objected to full NATO membership for Poland.", set(),
     ("Country:Russia", "memberOf", "InternationalOrganization:NATO")),
    # a "to" phrase after an unnamed object is the object's ("a mission to NATO"), not the verb's
    ("The Korean Government decided to establish the ROK Mission to NATO in Brussels.", set(),
     ("Organization:Korean Government", "established", "InternationalOrganization:NATO")),
    # companions of a pronoun subject do the same
    ("Serbia is a partner of NATO. It joined the Partnership for Peace in December 2006, together with Bosnia and "
     "Herzegovina and Montenegro.",
     {("Country:Montenegro", "participatesIn", "PartnershipFramework:Partnership for Peace")}, None),
    # a summit named by no place is the one curated summit of its sentence's year
    ("On 11 July 2023, the NATO Leaders’ Summit was held at Vilnius, Lithuania.",
     {("Event:Vilnius Summit 2023", "heldIn", "Place:Vilnius")}, None),
    # a meeting of a body, after a preposition, stands for the body that met
    ("Ukrainian President Leonid Kuchma took part in the first meeting of the NATO-Ukraine Commission in 1999.",
     {("Person:Leonid Kuchma", "participatesIn", "PartnershipFramework:NATO-Ukraine Commission")}, None),
    # an office the copula's subject names with no organisation is the text's organisation's
    ("NATO is a military alliance of 32 states, with its headquarters in Brussels. NATO was founded in 1949. "
     "Since 2014 the secretary general has been Jens Stoltenberg, a former prime minister of Norway.",
     {("Person:Jens Stoltenberg", "leaderOf", "InternationalOrganization:NATO"),
      ("Person:Jens Stoltenberg", "leaderOf", "Country:Norway")}, None),
    ("The European Union has 27 member states. The European Union met in Brussels. Since 2014 the secretary "
     "general of NATO has been Jens Stoltenberg.", {("Person:Jens Stoltenberg", "leaderOf", "InternationalOrganization:NATO")},
     ("Person:Jens Stoltenberg", "leaderOf", "InternationalOrganization:European Union")),
    # a name in a clause on an office noun does not own the office
    ("General John Craddock is the first head of the 26-nation alliance to visit Pakistan.", set(),
     ("Person:John Craddock", "leaderOf", "Country:Pakistan")),
    # a country hosts the event it hosts; a city is where it is held; a hosted body is in its host country
    ("Romania hosted the NATO Summit in Bucharest in April 2008.",
     {("Country:Romania", "relatedTo", "Event:Bucharest Summit 2008")}, ("Event:Bucharest Summit 2008", "heldIn", "Country:Romania")),
    ("Switzerland hosts the Geneva Centre for Security Policy.",
     {("Organization:Geneva Centre for Security Policy", "locatedIn", "Country:Switzerland")}, None),
    # a bracketed list of countries after a group noun's own phrase names the group
    ("All the NATO nations with armed forces (Belgium, Canada, Denmark and France) pledged to contribute forces.",
     {("Country:Belgium", "memberOf", "InternationalOrganization:NATO"),
      ("Country:France", "memberOf", "InternationalOrganization:NATO")}, None),
    # an envoy's title with whom the envoy speaks for
    ("Under an agreement negotiated by US envoy Richard Holbrooke with President Slobodan Milosevic, monitors were "
     "deployed.", {("Person:Richard Holbrooke", "relatedTo", "Country:United States")}, None),
    ("The Italian Ambassador in Iraq, Maurizio Greganti, attended the ceremony.",
     {("Person:Maurizio Greganti", "relatedTo", "Country:Italy")}, ("Person:Maurizio Greganti", "relatedTo", "Country:Iraq")),
    # an operation sent to a place, or entering it, is held there
    ("In 1995, after the Dayton agreement, we deployed the Implementation Force to Bosnia and Herzegovina.",
     {("Event:Implementation Force", "heldIn", "Country:Bosnia and Herzegovina")}, None),
    ("In June 1999, the Kosovo Force entered Kosovo under a mandate from the UN.",
     {("Event:Kosovo Force", "heldIn", "Place:Kosovo")}, None),
    # a news dateline is no part of the sentence after it
    ("INDEPENDENCE, Missouri, 12 March 1999 – Poland, Hungary and the Czech Republic formally became members of the "
     "North Atlantic Treaty Organization on Friday.",
     {("Country:Poland", "memberOf", "InternationalOrganization:NATO"),
      ("Country:Czech Republic", "memberOf", "InternationalOrganization:NATO")}, None),
    # a linking verb's attribute the parser took for its object
    ("France withdrew from the integrated command in 1966, while remaining a member of the Alliance.",
     {("Country:France", "memberOf", "InternationalOrganization:NATO")}, None),
    # a name in apposition to a clause's subject holds the office its verb gives
    ("By then a Spaniard, Javier Solana, had served as the Alliance's Secretary General.",
     {("Person:Javier Solana", "leaderOf", "InternationalOrganization:NATO")}, None),
    # "take the place of" is to succeed
    ("The NATO-Ukraine Council takes the place of the NATO-Ukraine Commission.",
     {("PartnershipFramework:NATO-Ukraine Council", "succeeded", "PartnershipFramework:NATO-Ukraine Commission")}, None),
    # "its successor" conjoined with the predecessor: the apposition succeeded the name before it
    ("Kazakhstan joined the North Atlantic Cooperation Council and its successor, the Euro-Atlantic Partnership Council.",
     {("PartnershipFramework:Euro-Atlantic Partnership Council", "succeeded",
       "PartnershipFramework:North Atlantic Cooperation Council")},
     ("PartnershipFramework:North Atlantic Cooperation Council", "succeeded",
      "PartnershipFramework:Euro-Atlantic Partnership Council")),
    # the place of the operation noun an operation's bracketed name stands beside
    ("Russia withdrew its contingent from the NATO-led peacekeeping force in Kosovo (KFOR) in 2003.",
     {("Event:Kosovo Force", "heldIn", "Place:Kosovo")}, None),
    # soldiers who deploy with an operation take their country into it
    ("Ukrainian soldiers deploy with the Kosovo Force (KFOR).",
     {("Country:Ukraine", "participatesIn", "Event:Kosovo Force")}, None),
    # a title under a negating prefix is no membership; nor are the names of the list it is added to
    ("NATO partner countries include Australia and New Zealand, as well as the European non-members Sweden "
     "and Finland.", {("Country:Finland", "partnerOf", "InternationalOrganization:NATO")},
     ("Country:Finland", "memberOf", "InternationalOrganization:NATO")),
    ("NATO partner countries include Australia and New Zealand, as well as the European non-members Sweden "
     "and Finland.", set(), ("Country:Australia", "memberOf", "InternationalOrganization:NATO")),
    # joining "as" a role takes the role's relation
    ("Colombia joined NATO as a global partner in 2017.",
     {("Country:Colombia", "partnerOf", "InternationalOrganization:NATO")},
     ("Country:Colombia", "memberOf", "InternationalOrganization:NATO")),
    # a counted group smaller than the list last named is some of it, which ones unknown
    ("Several countries objected, including Bolivia, Brazil, Ecuador and Venezuela. Before the agreement, only "
     "two Latin American nations had formally partnered with NATO.", set(),
     ("Country:Brazil", "partnerOf", "InternationalOrganization:NATO")),
    ("Finland and Sweden applied in May 2022. The two countries had joined the Partnership for Peace in 1994.",
     {("Country:Sweden", "participatesIn", "PartnershipFramework:Partnership for Peace")}, None),
    # a head of state is not of the country a noun is placed in
    ("It was a surprise when President Berdymukhammedov said he would attend the NATO summit in Romania.", set(),
     ("Person:Berdymukhammedov", "leaderOf", "Country:Romania")),
    # each conjoined office stands alone, and the head of an unnamed body heads none of its phrases' names
    ("Sharif Rahimov, the Tajik ambassador to the European Union and the head of the country's liaison office "
     "with NATO, was on hand for the signing.", set(), ("Person:Sharif Rahimov", "leaderOf", "Country:Tajikistan")),
    ("Sharif Rahimov, the Tajik ambassador to the European Union and the head of the country's liaison office "
     "with NATO, was on hand for the signing.", set(), ("Person:Sharif Rahimov", "leaderOf",
                                                         "InternationalOrganization:NATO")),
    # a name given to a lower-case operation noun is an operation's, with that noun's owner and place
    ("NATO has agreed to assist the African Union mission in Somalia (AMISOM) with strategic airlift.",
     {("Event:AMISOM", "partOf", "InternationalOrganization:African Union"), ("Event:AMISOM", "heldIn", "Country:Somalia")},
     None),
    ("NATO provided support to AMIS, the AU mission in Darfur, Sudan, in 2005.",
     {("Event:AMIS", "partOf", "InternationalOrganization:African Union"), ("Event:AMIS", "heldIn", "Place:Darfur")}, None),
    # (a capitalised one is a word of the name: the organisation in it is no owner stated)
    ("In 2007 the Alliance started supporting the African Union Mission in Somalia (AMISOM).", set(),
     ("Event:AMISOM", "partOf", "InternationalOrganization:African Union")),
    # the operation noun stands for the operation it is named as; its place is no argument of the verb
    ("NATO supported the African Union peacekeeping mission in Somalia (AMISOM).",
     {("InternationalOrganization:NATO", "supports", "Event:AMISOM")},
     ("InternationalOrganization:NATO", "supports", "Country:Somalia")),
    # "the alliance" before any alliance is named is NATO, not the last organisation named
    ("Charles Michel confirmed the EU's strategic partnership with the alliance. NATO leaders met in Madrid.",
     {("InternationalOrganization:European Union", "partnerOf", "InternationalOrganization:NATO")}, None),
    ("Charles Michel confirmed the EU's strategic partnership with the alliance.", set(),
     ("InternationalOrganization:European Union", "partnerOf", "InternationalOrganization:European Union")),
    # an accession's "to" the parser gave to the verb names what is joined
    ("Charles Michel confirmed the EU's strategic partnership with the alliance. The Summit welcomed the "
     "accession of Finland and Sweden to the Alliance.", {("Country:Finland", "memberOf", "InternationalOrganization:NATO")},
     ("Country:Finland", "memberOf", "InternationalOrganization:European Union")),
    # a subject the parser joined to a fronted phrase as its conjunct: the names after the comma
    ("On 9 July, at the Madrid Summit, Allied leaders and President Leonid Kuchma sign the Charter on a "
     "Distinctive Partnership.", {("Person:Leonid Kuchma", "signed", "Agreement:Charter on a Distinctive Partnership")},
     ("Event:Madrid Summit", "signed", "Agreement:Charter on a Distinctive Partnership")),
    # support given "to" someone: the parser hangs the "to" on the giving verb
    ("NATO offered assistance to Pakistan after the earthquake.",
     {("InternationalOrganization:NATO", "supports", "Country:Pakistan")}, None),
    ("NATO leaders have agreed to extend this support to Georgia and the Republic of Moldova.",
     {("InternationalOrganization:NATO", "supports", "Country:Moldova")}, None),
    # a list of countries with no "and": the parser hangs the last one on an item as a modifier
    ("NATO renewed the status for Jordan, along with other partner countries (Finland, Australia, Georgia, "
     "Sweden), in November 2017.", {("Country:Sweden", "partnerOf", "InternationalOrganization:NATO")}, None),
    # a relational noun coordinated with a name takes no argument from it
    ("Russia could use its membership to strengthen cooperation with the Alliance and former members of the "
     "Warsaw Pact.", set(), ("InternationalOrganization:NATO", "memberOf", "InternationalOrganization:Warsaw Pact")),
    # examples set off by semicolons: the name that opens each part
    ("Morocco has contributed to various NATO-led crisis operations, including SFOR in Bosnia; the KFOR mission in "
     "Kosovo; Operation Active Endeavour, the Alliance's anti-terrorism mission in the Mediterranean; and Operation "
     "Unified Protector.", {("Country:Morocco", "participatesIn", "Event:Kosovo Force"),
                            ("Country:Morocco", "participatesIn", "Event:Operation Unified Protector")}, None),
    # the companions of a copula's subject, on its attribute ("one of …, together with A and B")
    ("The Republic of Korea is one of NATO's partners in the Indo-Pacific region, together with Australia, Japan "
     "and New Zealand.", {("Country:Japan", "partnerOf", "InternationalOrganization:NATO"),
                          ("Country:New Zealand", "locatedIn", "Place:Indo-Pacific")}, None),
    # a name before a lower-case operation noun is an operation's ("the United Protector campaign")
    ("Other participants in the United Protector campaign to prevent attacks on civilians are Belgium, Canada and "
     "Norway.", {("Country:Norway", "participatesIn", "Event:United Protector")}, None),
    # a two-word title before the names it lists
    ("NATO aircraft flew from Sigonella. Sweden's contribution follows that of allied nations Denmark, Italy, Spain "
     "and the USA.", {("Country:Denmark", "memberOf", "InternationalOrganization:NATO"),
                      ("Country:United States", "memberOf", "InternationalOrganization:NATO")}, None),
    # an office the titled name is in apposition to is held too
    ("The chairman of the NRC, NATO Secretary General Jaap de Hoop Scheffer, described the session as a signal.",
     {("Person:Jaap de Hoop Scheffer", "leaderOf", "PartnershipFramework:NATO-Russia Council"),
      ("Person:Jaap de Hoop Scheffer", "leaderOf", "InternationalOrganization:NATO")}, None),
    ("It was signed by the Secretary General, the President of the European Commission and the President of the "
     "European Council, Charles Michel.", set(), ("Person:Charles Michel", "leaderOf", "Organization:European Commission")),
    # a gerund after "since", "after", "by" … takes the clause's subject
    ("Since joining the Mediterranean Dialogue in 1994, Morocco has become a key strategic partner for NATO.",
     {("Country:Morocco", "participatesIn", "PartnershipFramework:Mediterranean Dialogue"),
      # and a copula's partner "for" someone
      ("Country:Morocco", "partnerOf", "InternationalOrganization:NATO")}, None),
    ("After signing the Framework Document in 1994, Ukraine took part in many exercises.",
     {("Country:Ukraine", "signed", "Agreement:Partnership for Peace Framework Document")}, None),
    # the two subjects of a clause whose object is an unowned cooperation cooperate; a longer list does not pair up
    ("NATO and Mauritania strengthen cooperation.",
     {("InternationalOrganization:NATO", "cooperatesWith", "Country:Mauritania")}, None),
    ("Poland, Hungary and Romania signed the partnership documents and began cooperation.", set(),
     ("Country:Poland", "cooperatesWith", "Country:Hungary")),
    # a name that only modifies the copula's role-noun subject is not the subject
    ("Another four NATO members are EU applicants, and the United Kingdom is a former EU member.", set(),
     ("InternationalOrganization:NATO", "memberOf", "InternationalOrganization:European Union")),
    # a head of state is not of the country a noun is for
    ("Stoltenberg said that President Erdogan has agreed to forward the accession protocol for Sweden to the "
     "parliament.", set(), ("Person:Erdogan", "leaderOf", "Country:Sweden")),
    # "the seven entrants": the countries last named together
    ("Bulgaria, Estonia, Latvia, Lithuania, Romania, Slovakia and Slovenia were invited in 2002. The seven entrants "
     "formally joined the North Atlantic Treaty Organisation on Monday.",
     {("Country:Slovakia", "memberOf", "InternationalOrganization:NATO")}, None),
    # the holder the model leaves out after "<title> of <country>"
    ("In his address, President of Ukraine Volodymyr Zelenskyy described the summit as fateful.",
     {("Person:Volodymyr Zelenskyy", "leaderOf", "Country:Ukraine")}, None),
    # a passive clause conjoined to an active one takes its subject
    ("The Vilnius Summit opened on Tuesday and is being attended by the leaders of South Korea and Japan.",
     {("Country:Japan", "participatesIn", "Event:Vilnius Summit 2023")}, None),
]


def test_relations_passive_control_verb_gives_its_subject_to_the_infinitive(nlp) -> None:
    """ "Romania was invited to join NATO": the one invited would join (a qualified membership)."""
    (rel,) = [r for r in read(nlp, "Romania was invited to join NATO in 2002.").relations if r.predicate == "memberOf"]
    assert (rel.subject, rel.object, rel.modality, rel.date) == ("Country:Romania", "InternationalOrganization:NATO",
                                                                "invite", "2002")
    # a noun with "no" that governs the infinitive negates it, and a plan or timetable hedges it
    for text, subject in (("Sweden has no plans to join NATO.", "Country:Sweden"),
                          ("NATO leaders met. But he said there was no timetable for Lithuania to join the military alliance.",
                           "Country:Lithuania")):
        (rel,) = [r for r in read(nlp, text).relations if r.predicate == "memberOf"]
        assert (rel.subject, rel.polarity, rel.modality) == (subject, "negative", "planned")
    # a negated controller negates it; a hedged group lends no plain membership to the names before it
    found = read(nlp, "Ukraine, Georgia and other aspiring members were not invited to join NATO.").relations
    assert {(r.subject, r.polarity, r.modality) for r in found if r.predicate == "memberOf"} == {
        ("Country:Ukraine", "negative", "invite"), ("Country:Georgia", "negative", "invite")}


@pytest.mark.parametrize("text, wanted, unwanted", STRUCTURAL_READINGS)
def test_relations_structural_readings(nlp, text: str, wanted, unwanted) -> None:
    plain = {(r.subject, r.predicate, r.object) for r in read(nlp, text).relations if r.is_fact}
    assert wanted <= plain and unwanted not in plain


@pytest.mark.parametrize(("text", "expected"), [
    ("NATO works with many countries. Switzerland has become one of the most active partners in peace support.",
     ("Country:Switzerland", "partnerOf", "InternationalOrganization:NATO")),
    ("NATO works with many countries. Ireland is one of the partners in Europe.",
     ("Country:Ireland", "partnerOf", "InternationalOrganization:NATO")),
    ("Russia launched a full-scale invasion of Ukraine on 24 February 2022.",
     ("Country:Russia", "relatedTo", "Country:Ukraine")),
    ("Moldova declared independence from the Soviet Union in 1991.",
     ("Country:Moldova", "relatedTo", "Country:Soviet Union")),
])
def test_relations_one_of_the_partners_a_launched_invasion_and_a_declared_independence(
        nlp, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in facts(read(nlp, text))


def test_relations_one_of_the_partners_of_another_organisation_is_not_the_texts(nlp) -> None:
    result = read(nlp, "NATO works with many countries. Sweden was one of the partners of the European Union.")
    assert not [r for r in result.relations if r.object == "InternationalOrganization:NATO"]


@pytest.mark.parametrize(("text", "expected"), [
    ("In 1997 NATO opens an Information and Documentation Centre in Kyiv.",
     ("InternationalOrganization:NATO", "established", "Organization:Information and Documentation Centre")),
    ("The Allies welcomed the Istanbul Cooperation Initiative (ICI), launched at the Istanbul Summit in 2004.",
     ("Event:Istanbul Summit 2004", "established", "PartnershipFramework:Istanbul Cooperation Initiative")),
])
def test_relations_opening_a_body_and_a_participle_parsed_as_a_clause(nlp, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in facts(read(nlp, text))



def test_relations_an_apposition_parsed_as_a_second_subject_does_not_act(nlp) -> None:
    result = facts(read(nlp, "Finland and Sweden, both members of the European Union, joined NATO's Partnership "
                             "for Peace in 1994."))
    assert ("Country:Finland", "participatesIn", "PartnershipFramework:Partnership for Peace") in result
    assert not [f for f in result if f[0] == "InternationalOrganization:European Union" and f[1] == "participatesIn"]



def test_relations_a_force_an_organisation_deploys_is_its_part(nlp) -> None:
    result = facts(read(nlp, "In 1995 NATO deployed the Implementation Force to Bosnia and Herzegovina."))
    assert ("Event:Implementation Force", "partOf", "InternationalOrganization:NATO") in result


ATTENDANCE = """= 2006 Riga Summit =

The 2006 Riga Summit was a meeting of NATO leaders held in Riga, Latvia, on 28 and 29 November 2006.

==In attendance==

===Partner states===
Source:
- Sweden – Prime Minister Fredrik Reinfeldt.
- Finland – President Tarja Halonen, who addressed the summit.
- Ukraine – Foreign Minister Borys Tarasyuk
"""


def test_relations_an_attendance_list_takes_the_item_before_the_dash_past_a_source_label(nlp) -> None:
    result = facts(read(nlp, ATTENDANCE))
    summit = "Event:Riga Summit 2006"
    for country in ("Sweden", "Finland", "Ukraine"):
        assert (f"Country:{country}", "participatesIn", summit) in result
    # the person after the dash describes the item; only what she did makes her take part
    assert ("Person:Fredrik Reinfeldt", "participatesIn", summit) not in result
    assert ("Person:Tarja Halonen", "participatesIn", summit) in result


def test_relations_the_summit_named_paragraphs_ago_in_passing_is_not_the_summit(nlp) -> None:
    text = ("The 2010 Lisbon Summit was a meeting of NATO leaders in Lisbon. The Lisbon Summit adopted a new "
            "Strategic Concept.\n\nThe previous concept was adopted at the 1999 Washington Summit.\n\n"
            "Background\n\nThe summit took place in the Feira Internacional de Lisboa. Sweden attended the summit.")
    result = facts(read(nlp, text))
    assert ("Country:Sweden", "participatesIn", "Event:Lisbon Summit 2010") in result
    assert not [f for f in result if f[0] == "Country:Sweden" and f[2] == "Event:Washington Summit 1999"]


def test_relations_a_plural_office_before_coordinated_names_holds_for_each(nlp) -> None:
    result = facts(read(nlp, "EU Presidents Tusk and Juncker attended the Warsaw Summit in July 2016."))
    assert ("Person:Tusk", "leaderOf", "InternationalOrganization:European Union") in result
    assert ("Person:Juncker", "leaderOf", "InternationalOrganization:European Union") in result


def test_relations_succeeding_at_the_head_of_a_body_leads_it_as_the_verb_says(nlp) -> None:
    result = read(nlp, "Mark Rutte will succeed Jens Stoltenberg at the head of NATO on 1 October.")
    leaders = {(r.subject, r.modality) for r in result.relations
               if r.predicate == "leaderOf" and r.object == "InternationalOrganization:NATO"}
    assert leaders == {("Person:Mark Rutte", "will"), ("Person:Jens Stoltenberg", "")}


def test_relations_an_aide_to_an_office_holder_leads_nothing(nlp) -> None:
    result = read(nlp, "Press Secretary of the President of Russia Dmitry Peskov said that NATO's expansion "
                       "would lead to retaliation.")
    assert not [r for r in result.relations if r.predicate == "leaderOf"]


def test_relations_a_capital_as_a_relational_nouns_other_party_stands_for_its_state(nlp) -> None:
    result = facts(read(nlp, "NATO is opening a new chapter in its partnership with Kabul."))
    assert ("InternationalOrganization:NATO", "partnerOf", "Country:Afghanistan") in result


def test_relations_a_tie_said_to_be_suspended_is_not_in_force(nlp) -> None:
    result = read(nlp, "NATO works with many partners. Allies have since regarded practical cooperation with "
                       "Belarus as suspended.")
    ties = {(r.subject, r.object, r.polarity) for r in result.relations if r.predicate == "cooperatesWith"}
    assert ties == {("InternationalOrganization:NATO", "Country:Belarus", "negative")}


def test_relations_being_in_the_process_of_joining_qualifies_the_membership(nlp) -> None:
    result = read(nlp, "Bosnia and Herzegovina is in the process of joining NATO. The NATO Cooperative Cyber Defence "
                       "Centre of Excellence keeps attracting new members: Japan and Switzerland are in the process "
                       "of joining the centre.")
    found = {(r.subject, r.predicate, r.modality) for r in result.relations}
    assert ("Country:Bosnia and Herzegovina", "memberOf", "in process") in found
    assert ("Country:Japan", "memberOf", "in process") in found
    assert ("Country:Switzerland", "memberOf", "in process") in found
    assert not [f for f in found if f[1] == "memberOf" and not f[2]], found


@pytest.mark.parametrize("text", [
    "NATO's member countries are Belgium, Bulgaria, Canada and the Czech Republic.",
    "NATO currently has 26 member countries. They are Belgium, Bulgaria, Canada and the Czech Republic.",
])
def test_relations_a_role_noun_equated_with_names_gives_each_the_role(nlp, text: str) -> None:
    result = facts(read(nlp, text))
    for country in ("Belgium", "Bulgaria", "Canada", "Czech Republic"):
        assert (f"Country:{country}", "memberOf", "InternationalOrganization:NATO") in result


def test_relations_a_pronoun_with_no_counted_group_before_it_lists_nothing(nlp) -> None:
    result = facts(read(nlp, "Finland and Sweden joined NATO in 2023 and 2024. They are Nordic countries, like "
                             "Norway and Denmark."))
    assert not [f for f in result if f[0] in {"Country:Norway", "Country:Denmark"}], result


def test_relations_who_a_body_is_now_formed_by_are_its_members_and_its_bracketed_code_names_it(nlp) -> None:
    result = facts(read(nlp, "Poland joined the NATO Energy Security Centre of Excellence (ENSEC COE) in 2023. "
                             "The ENSEC COE is now formed by Lithuania, Estonia and Finland."))
    centre = "Organization:NATO Energy Security Centre of Excellence"
    for country in ("Lithuania", "Estonia", "Finland"):
        assert (f"Country:{country}", "memberOf", centre) in result
    assert not [f for f in result if f[1] == "established"], result
    founded = facts(read(nlp, "The Energy Security COE was formed by Lithuania and Estonia in 2012."))
    assert ("Country:Lithuania", "established", "Organization:Energy Security COE") in founded


def test_relations_an_application_to_become_a_member_is_no_membership_yet(nlp) -> None:
    result = read(nlp, "In May 2022 Finland submitted its official letter of application to become a NATO Ally.")
    found = {(r.subject, r.predicate, r.modality) for r in result.relations}
    assert ("Country:Finland", "memberOf", "apply") in found
    assert ("Country:Finland", "memberOf", "") not in found


@pytest.mark.parametrize("group", ["Each of them takes", "All of them take", "All three take", "Each of the three takes"])
def test_relations_a_quantified_group_is_the_countries_last_named(nlp, group: str) -> None:
    result = facts(read(nlp, f"Austria, Ireland and Malta are neutral states. {group} part in the Partnership for Peace."))
    for country in ("Austria", "Ireland", "Malta"):
        assert (f"Country:{country}", "participatesIn", "PartnershipFramework:Partnership for Peace") in result


def test_relations_a_note_after_a_list_item_on_its_line_does_not_end_the_list(nlp) -> None:
    text = ("The 2006 Riga Summit was a meeting of NATO leaders held in Riga, Latvia, in November 2006.\n\n"
            "In attendance\n\n- Sweden – Prime Minister Fredrik Reinfeldt.\n"
            "- Georgia – President Mikheil Saakashvili. Georgia has been in an Intensified Dialogue with NATO since 2006.\n"
            "- Ukraine – Foreign Minister Borys Tarasyuk\n")
    result = facts(read(nlp, text))
    for country in ("Sweden", "Georgia", "Ukraine"):
        assert (f"Country:{country}", "participatesIn", "Event:Riga Summit 2006") in result


def test_relations_an_infinitive_after_paving_the_way_is_not_yet_a_fact(nlp) -> None:
    """ "paves the way for Sweden to join": the parser reads the infinitive as a relative clause of
    "way", which would otherwise stop the search for a hedge."""
    result = read(nlp, "The memorandum paves the way for Finland and Sweden to join NATO.")
    found = {(r.subject, r.predicate, r.modality) for r in result.relations}
    assert ("Country:Sweden", "memberOf", "possible") in found, found
    assert not [r for r in result.relations if r.is_fact and r.predicate == "memberOf"]
    asserted = read(nlp, "Our cooperation with Serbia, which joined the Partnership for Peace in 2006, remains possible.")
    assert ("Country:Serbia", "participatesIn", "") in {(r.subject, r.predicate, r.modality) for r in asserted.relations}


def test_relations_the_commander_of_a_body_an_organisation_owns_does_not_lead_the_owner(nlp) -> None:
    text = "U.S. Air Force General James Hecker, Commander of NATO's Allied Air Command, spoke."
    found = facts(read(nlp, text))
    assert not [f for f in found if f[0] == "Person:James Hecker" and f[2] == "InternationalOrganization:NATO"], found


def test_relations_names_before_other_members_are_members_whatever_their_clause_seeks(nlp) -> None:
    """The clause's hedge ("pushing for") is about the clause, not about the noun phrase that says
    Bahrain is a GCC country; a hedge on the noun itself ("other aspiring members") still counts."""
    found = facts(read(nlp, "Bahrain and other Gulf Cooperation Council countries have been pushing for closer "
                            "cooperation with NATO."))
    assert ("Country:Bahrain", "memberOf", "InternationalOrganization:Gulf Cooperation Council") in found, found
    hedged = read(nlp, "Georgia and other aspiring members of NATO met in Brussels.")
    assert not [r for r in hedged.relations if r.subject == "Country:Georgia" and r.predicate == "memberOf" and r.is_fact]


def test_relations_a_place_an_event_was_held_in_takes_the_year_in_its_name(nlp) -> None:
    result = read(nlp, "At the 2022 NATO Summit in Madrid, Allied leaders approved a package.")
    held = {(r.object, r.date) for r in result.relations if r.predicate == "heldIn"}
    assert held == {("Place:Madrid", "2022")}, held
    dated = read(nlp, "The 2022 NATO Summit took place in Madrid on 29 June 2022.")
    assert {r.date for r in dated.relations if r.predicate == "heldIn"} == {"2022-06-29"}


@pytest.mark.parametrize("name", ["NATO", "Nato"])
def test_relations_a_non_nato_ally_is_no_member_and_non_is_no_part_of_the_name(nlp, name: str) -> None:
    result = read(nlp, f"King Hamad said that Bahrain, a major non-{name} ally since 2002, welcomed the visit.")
    found = {(r.subject, r.predicate, r.object, r.polarity) for r in result.relations}
    assert ("Country:Bahrain", "memberOf", "InternationalOrganization:NATO", "negative") in found, found
    assert not [r for r in result.relations if r.predicate == "memberOf" and r.polarity == "positive"], found
    assert not [e for e in result.entities if e.lower().endswith(f"non-{name.lower()}")], result.entities


def test_relations_members_of_one_organisation_brought_into_another_leave_the_first_out(nlp) -> None:
    found = facts(read(nlp, "The accession of the former Warsaw Pact members into NATO took place at a ceremony."))
    assert not [f for f in found if f[0].endswith("Warsaw Pact")], found


def test_relations_a_news_dateline_under_a_headline_is_no_list_item(nlp) -> None:
    text = ("NATO gains 3 member\n\nPosted: Friday, March 12, 1999\n\nINDEPENDENCE, Mo. (AP) - Poland, Hungary and "
            "the Czech Republic are completing their migration to full-fledged members of the NATO alliance.")
    found = facts(read(nlp, text))
    assert not [f for f in found if f[0].endswith(":AP")], found


@pytest.mark.parametrize("text", ["I appreciate Japan's contribution of staff officers to NATO.",
                                  "Japan has contributed staff officers to NATO."])
def test_relations_a_contribution_to_an_organisation_is_no_membership(nlp, text: str) -> None:
    assert not [f for f in facts(read(nlp, text)) if f[1] == "memberOf"]


def test_relations_an_officer_heads_no_country_unless_an_office_says_so(nlp) -> None:
    found = facts(read(nlp, "The last troops to leave Kabul were a U.S. military unit commanded by Major General "
                            "Chris Donahue. General Charles de Gaulle, President of France, visited NATO."))
    assert ("Person:Charles de Gaulle", "leaderOf", "Country:France") in found, found
    assert not [f for f in found if f[0] == "Person:Chris Donahue" and f[2].startswith("Country:")], found


def test_relations_a_description_keeps_its_referent_when_a_series_item_is_misparsed_as_its_apposition(nlp) -> None:
    found = facts(read(nlp, "Tunisia joined the Mediterranean Dialogue in 1995. The country has contributed to "
                            "NATO-led operations, including SFOR in Bosnia; the KFOR mission in Kosovo; and "
                            "Operation Unified Protector."))
    taken = {f[2] for f in found if f[:2] == ("Country:Tunisia", "participatesIn")}
    assert {"Event:Stabilisation Force", "Event:Kosovo Force", "Event:Operation Unified Protector"} <= taken, found


def test_relations_it_stands_for_the_name_a_subject_noun_is_of(nlp) -> None:
    found = facts(read(nlp, "The creation of the NATO-Russia Council was prompted by new threats. It replaces the "
                            "NATO-Russia Permanent Joint Council."))
    assert ("PartnershipFramework:NATO-Russia Council", "succeeded",
            "PartnershipFramework:NATO-Russia Permanent Joint Council") in found, found


def test_relations_a_title_word_before_a_name_is_no_part_of_it(nlp) -> None:
    result = read(nlp, "Allies met President Ashraf Ghani and Chief Executive Abdullah Abdullah in Warsaw.")
    assert "Person:Abdullah Abdullah" in result.entities, result.entities
    assert not [e for e in result.entities if "Executive" in e], result.entities



def test_relations_a_country_leading_a_mission_takes_part_in_it(nlp) -> None:
    found = facts(read(nlp, "ISAF was led by the United Kingdom at first."))
    assert ("Country:United Kingdom", "participatesIn", "Event:International Security Assistance Force") in found, found


@pytest.mark.parametrize("role", ["a lead nation", "the framework country"])
def test_relations_a_lead_or_framework_country_of_a_corps_takes_part_in_it(nlp, role: str) -> None:
    found = facts(read(nlp, f"Denmark is {role} of the Multinational Corps Northeast."))
    assert ("Country:Denmark", "participatesIn", "Organization:Multinational Corps Northeast") in found, found


def test_relations_an_office_of_a_body_then_a_rank_before_the_name_leads_the_body(nlp) -> None:
    found = facts(read(nlp, "Commander of the Lithuanian Air Force Colonel Antanas Matutis attended the ceremony."))
    assert ("Person:Antanas Matutis", "leaderOf", "Organization:Lithuanian Air Force") in found, found


def test_relations_allies_named_by_their_nationalities_are_not_the_alliance(nlp) -> None:
    found = facts(read(nlp, "NATO deployed jets to the Baltic. Spanish and Portuguese Allies were replaced by the "
                            "Italian Air Force."))
    assert not [f for f in found if f[2] == "InternationalOrganization:NATO" and f[1] != "partOf"], found


def test_relations_a_countrys_nato_allies_make_it_a_member(nlp) -> None:
    found = facts(read(nlp, "Prime Minister Geir Haarde asked Iceland's NATO allies to protect its airspace."))
    assert ("Country:Iceland", "memberOf", "InternationalOrganization:NATO") in found, found


def test_relations_a_second_site_and_country_coordinated_after_a_country_are_their_own_pair(nlp) -> None:
    found = facts(read(nlp, "The mission keeps fighter aircraft at Šiauliai International Airport in Lithuania and "
                            "Ämari Air Base in Estonia."))
    site = "Place:Šiauliai International Airport"
    assert (site, "locatedIn", "Country:Lithuania") in found, found
    assert ("Place:Ämari Air Base", "locatedIn", "Country:Estonia") in found, found
    assert not [f for f in found if f[0] == site and f[2] in {"Country:Estonia", "Place:Ämari Air Base"}], found


def test_relations_a_programme_under_way_in_countries_has_them_take_part(nlp) -> None:
    found = facts(read(nlp, "NATO launched the Defence Education Enhancement Programme (DEEP) in 2007. DEEP "
                            "initiatives are ongoing in Armenia and Georgia."))
    programme = "Agreement:Defence Education Enhancement Programme"
    assert {("Country:Armenia", "participatesIn", programme), ("Country:Georgia", "participatesIn", programme)} <= found


def test_relations_allied_leaders_act_for_the_alliance_when_the_text_names_it(nlp) -> None:
    text = "Allied leaders endorsed the Comprehensive Assistance Package for Ukraine."
    fact = ("InternationalOrganization:NATO", "adopted", "Agreement:Comprehensive Assistance Package for Ukraine")
    assert fact in facts(read(nlp, "NATO leaders met in Warsaw. " + text))
    assert fact not in facts(read(nlp, text))


def test_relations_a_perfect_participle_clause_is_active_and_its_subject_the_main_clauses(nlp) -> None:
    found = facts(read(nlp, "Mauritania is a long-standing NATO partner, having joined the Mediterranean Dialogue "
                            "forum in 1995."))
    assert ("Country:Mauritania", "participatesIn", "PartnershipFramework:Mediterranean Dialogue") in found, found


@pytest.mark.parametrize(("text", "fact"), [
    ("The first visit of NATO Secretary General Manfred Wörner to Kyiv took place in 1992.",
     ("Person:Manfred Wörner", "relatedTo", "Place:Kyiv")),
    ("The talks were the focus of meetings between NATO Secretary General Jaap de Hoop Scheffer and President "
     "Pervez Musharraf.", ("Person:Jaap de Hoop Scheffer", "relatedTo", "Person:Pervez Musharraf")),
    ("Following a meeting with NATO Secretary General Jens Stoltenberg, Prime Minister Pedro Sánchez announced "
     "the summit.", ("Person:Pedro Sánchez", "relatedTo", "Person:Jens Stoltenberg")),
])
def test_relations_a_visit_or_meeting_named_by_a_noun_links_who_visits_or_meets(nlp, text: str, fact) -> None:
    assert fact in facts(read(nlp, text))


def test_relations_countries_in_brackets_after_the_region_of_partner_countries_are_the_partners(nlp) -> None:
    found = facts(read(nlp, "The project linked universities in the eight NATO partner countries of the Caucasus "
                            "and Central Asia (Armenia, Azerbaijan, Georgia and Kazakhstan)."))
    assert {(f"Country:{c}", "partnerOf", "InternationalOrganization:NATO")
            for c in ("Armenia", "Azerbaijan", "Georgia", "Kazakhstan")} <= found, found


def test_relations_taking_over_from_a_commander_after_assuming_command_succeeds_him(nlp) -> None:
    found = facts(read(nlp, "Admiral Stuart B. Munsch assumed command of JFC Naples taking over from Admiral "
                            "Robert P. Burke."))
    naples = "Organization:Allied Joint Force Command Naples"
    assert {("Person:Stuart B. Munsch", "leaderOf", naples), ("Person:Robert P. Burke", "leaderOf", naples),
            ("Person:Stuart B. Munsch", "succeeded", "Person:Robert P. Burke")} <= found, found


@pytest.mark.parametrize("text", ["Stoltenberg's successor, Mark Rutte, took office in 2024.",
                                  "Mark Rutte, Stoltenberg's successor, took office in 2024."])
def test_relations_a_successor_named_with_his_predecessors_possessive_succeeded_him(nlp, text: str) -> None:
    found = facts(read(nlp, "Jens Stoltenberg led NATO for ten years. " + text))
    assert ("Person:Mark Rutte", "succeeded", "Person:Jens Stoltenberg") in found, found
    assert ("Person:Jens Stoltenberg", "succeeded", "Person:Mark Rutte") not in found, found


def test_relations_a_predecessor_named_after_the_possessive_was_succeeded(nlp) -> None:
    found = facts(read(nlp, "General Hans-Lothar Domröse took command. The ceremony was a farewell for Domröse's "
                            "predecessor, General Wolf Langheld."))
    assert ("Person:Hans-Lothar Domröse", "succeeded", "Person:Wolf Langheld") in found, found


def test_relations_a_document_issued_at_a_summit_was_adopted_there(nlp) -> None:
    found = facts(read(nlp, "The Rome Declaration on Peace and Cooperation was issued at the 1991 Rome Summit."))
    assert ("Event:Rome Summit 1991", "adopted", "Agreement:Rome Declaration on Peace and Cooperation") in found, found


def test_relations_the_membership_a_country_seeks_approval_of_is_its_own_and_qualified(nlp) -> None:
    result = read(nlp, "Turkey is still blocking Sweden's approval of NATO membership.")
    memberships = [(r.subject, r.modality) for r in result.relations if r.predicate == "memberOf"]
    assert memberships == [("Country:Sweden", "approval")], memberships


def test_relations_an_envoy_named_in_apposition_acts_himself(nlp) -> None:
    found = facts(read(nlp, "Qatar's envoy, John Smith, met with Mircea Geoana in Brussels."))
    assert ("Person:John Smith", "relatedTo", "Person:Mircea Geoana") in found, found
    assert ("Country:Qatar", "relatedTo", "Person:Mircea Geoana") not in found, found


@pytest.mark.parametrize("text, fact", [
    # a negating preposition on the way to one end ("outside"), for the clause's own subjects only
    ("Austria, Cyprus, Ireland and Malta are EU members outside the Alliance, while Norway and Iceland "
     "belong to NATO.", ("Country:Cyprus", "memberOf", "InternationalOrganization:NATO")),
    # a negation before an end's own preposition
    ("Norway and Iceland belong to NATO but not to the EU.",
     ("Country:Norway", "memberOf", "InternationalOrganization:European Union")),
    # a negation inside the attribute's own phrase, the clause's verb unnegated
    ("Sweden is a partner but not yet a member of NATO.", ("Country:Sweden", "memberOf", "InternationalOrganization:NATO")),
])
def test_relations_an_excluded_end_is_negative(nlp, text: str, fact: tuple[str, str, str]) -> None:
    found = {(r.subject, r.predicate, r.object): r.polarity for r in read(nlp, text).relations}
    assert found.get(fact) == "negative", found


def test_relations_a_clause_hung_on_an_exclusion_keeps_its_fact(nlp) -> None:
    text = "Austria, Cyprus, Ireland and Malta are EU members outside the Alliance, while Norway and Iceland " \
           "belong to NATO but not to the EU."
    found = {(r.subject, r.predicate, r.object): r.polarity for r in read(nlp, text).relations}
    assert found.get(("Country:Norway", "memberOf", "InternationalOrganization:NATO")) == "positive", found


@pytest.mark.parametrize("text, subjects, date", [
    # the line's date took the names as its apposition: they are the verb's subject
    ("NATO grew again.\n29 March 2004 – Bulgaria, Estonia and Slovenia become members.",
     ["Country:Bulgaria", "Country:Estonia", "Country:Slovenia"], "2004-03-29"),
    # the model keeps the plural of a capitalised relational noun ("Allies")
    ("NATO grew again. After Estonia and Latvia became Allies in 2004, they sent officers to Szczecin.",
     ["Country:Estonia", "Country:Latvia"], "2004"),
])
def test_relations_members_of_a_chronology_line_and_allies(nlp, text: str, subjects: list[str], date: str) -> None:
    found = {(r.subject, r.predicate, r.object): r for r in read(nlp, text).relations}
    for subject in subjects:
        fact = found.get((subject, "memberOf", "InternationalOrganization:NATO"))
        assert fact is not None and fact.polarity == "positive" and fact.date == date, found


def test_relations_members_of_one_body_but_not_allies(nlp) -> None:
    text = "NATO grew. Austria, Cyprus, Ireland and Malta are EU members but not Allies."
    found = {(r.subject, r.predicate, r.object): r.polarity for r in read(nlp, text).relations}
    assert found[("Country:Malta", "memberOf", "InternationalOrganization:NATO")] == "negative", found
    assert found[("Country:Malta", "memberOf", "InternationalOrganization:European Union")] == "positive", found


def test_relations_a_group_reference_with_companions(nlp) -> None:
    # "together with" adds companions to "the three countries"; it does not name another group
    text = ("Albania, Croatia and North Macedonia sought membership. The three countries, together with "
            "the United States, signed the Adriatic Charter in 2003.")
    signed = {r.subject for r in read(nlp, text).relations if r.predicate == "signed"}
    assert signed == {"Country:Albania", "Country:Croatia", "Country:North Macedonia", "Country:United States"}


def test_relations_an_implicit_whole_named_in_its_own_sentence(nlp) -> None:
    # the whole the sentence names before the subject, not the one the document names most
    text = ("NATO met in Brussels. NATO agreed a new plan. NATO also welcomed Sweden. "
            "The European Union expanded in 2004, when Poland became a member.")
    found = {(r.subject, r.predicate, r.object) for r in read(nlp, text).relations}
    assert ("Country:Poland", "memberOf", "InternationalOrganization:European Union") in found
    assert ("Country:Poland", "memberOf", "InternationalOrganization:NATO") not in found


def test_relations_coming_to_an_organisation_is_no_membership(nlp) -> None:
    assert not {f for f in facts(read(nlp, "Sweden came to NATO with a strong navy.")) if f[0] == "Country:Sweden"}


@pytest.mark.parametrize("text, fact", [
    # the parser makes "together" an adverb, not a particle: the phrase is still "bring together"
    ("The Mediterranean Dialogue was launched in 1994. It brings together Algeria, Egypt and Israel.",
     ("Country:Egypt", "participatesIn", "PartnershipFramework:Mediterranean Dialogue")),
    # "draw up" a plan is adopting it; "come to" a summit is taking part
    ("Georgia, Azerbaijan and Armenia chose to draw up Individual Partnership Action Plans.",
     ("Country:Armenia", "adopted", "Agreement:Individual Partnership Action Plan")),
    ("The leaders of Australia, Japan and New Zealand came to the Madrid Summit in June 2022.",
     ("Country:Japan", "participatesIn", "Event:Madrid Summit 2022")),
    # whoever the subject signs a named document with signs it too
    ("Donald Tusk signed the Joint Declaration with Jens Stoltenberg in 2016.",
     ("Person:Jens Stoltenberg", "signed", "Agreement:Joint Declaration")),
    # a curated operation named without "Operation", as what a common noun is called
    ('Morocco sent a ship to the NATO operation called "Active Endeavour" in 2008.',
     ("Event:Operation Active Endeavour", "partOf", "InternationalOrganization:NATO")),
    ("Ukraine sent a ship to Active Endeavour in 2007.",
     ("Country:Ukraine", "participatesIn", "Event:Operation Active Endeavour")),
    # a backtick for the possessive's apostrophe
    ("The minister repeated Ukrainian President Viktor Yushchenko`s pledge of 2005.",
     ("Person:Viktor Yushchenko", "leaderOf", "Country:Ukraine")),
])
def test_relations_phrasal_verbs_and_web_text_readings(nlp, text: str, fact: tuple[str, str, str]) -> None:
    assert fact in facts(read(nlp, text))


def test_relations_a_programme_agreed_with_nato_is_not_signed_by_it(nlp) -> None:
    found = facts(read(nlp, "Georgia signed the Substantial NATO-Georgia Package with NATO in 2014."))
    assert ("Country:Georgia", "signed", "Agreement:Substantial NATO-Georgia Package") in found
    assert ("InternationalOrganization:NATO", "signed", "Agreement:Substantial NATO-Georgia Package") not in found


def test_relations_a_desire_to_join_is_no_membership(nlp) -> None:
    found = [r for r in read(nlp, "Ukraine's desire to join NATO grew after 2014.").relations
             if (r.subject, r.predicate) == ("Country:Ukraine", "memberOf")]
    assert found and all(r.modality == "want" for r in found), found


@pytest.mark.parametrize(("text", "expected"), [
    ("Australia has provided substantial military assistance to Ukraine.", {("Country:Australia", "Country:Ukraine")}),
    ("Australia provided Ukraine with armoured vehicles.", {("Country:Australia", "Country:Ukraine")}),
    ("Australia gave Ukraine armoured vehicles.", {("Country:Australia", "Country:Ukraine")}),
    ("Moldova has received substantial support from the European Union.",
     {("InternationalOrganization:European Union", "Country:Moldova")}),
    ("Georgia had received British military assistance and Turkish weapons.",
     {("Country:United Kingdom", "Country:Georgia"), ("Country:Türkiye", "Country:Georgia")}),
    ("Australia sent troops to Afghanistan.", set()),
    ("Jordan has received a Defence Capacity Building package since 2014.", set()),
])
def test_relations_aid_passed_from_one_party_to_another_is_support(nlp, text: str, expected) -> None:
    """A giving or receiving verb whose object is aid (not troops, not a programme's name as the giver)."""
    found = {(r.subject, r.object) for r in read(nlp, text).relations
             if r.predicate == "supports" and r.rule == "transfer"}
    assert found == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Hungary vetoed a resolution supporting Ukraine.", set()),
    ("Germany hosted a conference backing Ukraine.", set()),
    ("Chile and Peru signed a Memorandum of Understanding establishing the Pacific Defence Centre.",
     {("Agreement:Memorandum of Understanding", "established", "Organization:Pacific Defence Centre")}),
    ("Chile and Peru sign the framework document establishing the Pacific Commission.",
     {("Country:Chile", "established", "Organization:Pacific Commission"),
      ("Country:Peru", "established", "Organization:Pacific Commission")}),
])
def test_relations_a_participle_after_an_object_is_done_by_that_object(nlp, text: str, expected) -> None:
    """ "a statement backing Ukraine" is the statement's doing, not the subject's who blocked it; a named
    document does what its participle says; an unnamed one its signers do."""
    found = {(r.subject, r.predicate, r.object) for r in read(nlp, text).relations
             if r.predicate in {"supports", "established"}}
    assert found == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("NATO leads KFOR. Several partners also serve, among them Georgia and Mongolia.",
     {("Country:Georgia", "partnerOf", "positive"), ("Country:Mongolia", "partnerOf", "positive")}),
    ("NATO leads KFOR. Several non-member partners also serve, among them Georgia and Mongolia.",
     {("Country:Georgia", "partnerOf", "positive"), ("Country:Mongolia", "partnerOf", "positive")}),
    ("NATO leads KFOR. Among the partners, Georgia provided one of the largest contingents.",
     {("Country:Georgia", "partnerOf", "positive")}),
    ("Austria is a non-member state of NATO.", {("Country:Austria", "memberOf", "negative")}),
])
def test_relations_a_group_noun_and_the_names_it_introduces(nlp, text: str, expected) -> None:
    """ "partners …, among them X" and "Among the partners, X …" name partners of what the text is about;
    "non-member" negates membership, not partnership."""
    found = {(r.subject, r.predicate, r.polarity) for r in read(nlp, text).relations
             if r.object == "InternationalOrganization:NATO" and r.predicate in {"partnerOf", "memberOf"}}
    assert found == expected


def test_relations_a_circumstance_after_an_implicit_join_leaves_its_object_implicit(nlp) -> None:
    text = "NATO is an alliance. Finland and Sweden joined without having taken part in the MAP."
    found = {(r.subject, r.predicate, r.object) for r in read(nlp, text).relations
             if r.rule == "implicit-object"}
    assert found == {("Country:Finland", "memberOf", "InternationalOrganization:NATO"),
                     ("Country:Sweden", "memberOf", "InternationalOrganization:NATO")}


@pytest.mark.parametrize(("text", "expected"), [
    ("Allies led teams: Germany in Kunduz, Sweden in Mazar-i-Sharif, Norway in Meymaneh.", set()),
    ("New Zealand ran a team in Bamyan, South Korea one in Parwan.", set()),
    ("The summit took place in Vilnius, Lithuania in July 2023.", {("Place:Vilnius", "Country:Lithuania")}),
])
def test_relations_a_country_after_a_place_and_a_comma_may_open_the_next_item(nlp, text: str, expected) -> None:
    """ "Sweden in Mazar-i-Sharif, Norway in Meymaneh": Norway has a place of its own, it is not Mazar-i-Sharif's."""
    found = {(r.subject, r.object) for r in read(nlp, text).relations
             if r.rule == "place-apposition"}
    assert found == expected


def test_relations_fact_sheet_fields_relate_their_values_to_the_name_heading_the_section(nlp) -> None:
    text = ("Operation Sea Guardian\nLocation: Mediterranean Sea\nCommander: Vice Admiral Hans Muller\n"
            "Predecessor: Operation Active Endeavour\n\nNorth Atlantic Treaty Organization\n"
            "Secretary General: Mark Rutte (since 1 October 2024)\n"
            "Supreme Allied Commander Europe (SACEUR): Gen. Alexus Grynkewich")
    found = {(r.subject, r.predicate, r.object, r.date) for r in read(nlp, text).relations
             if r.rule == "list-field"}
    assert found == {
        ("Event:Operation Sea Guardian", "heldIn", "Place:Mediterranean", ""),
        ("Person:Hans Muller", "leaderOf", "Event:Operation Sea Guardian", ""),
        ("Event:Operation Sea Guardian", "succeeded", "Event:Operation Active Endeavour", ""),
        ("Person:Mark Rutte", "leaderOf", "InternationalOrganization:NATO", "2024-10-01"),
    }  # (a key is read whole: "Supreme Allied Commander Europe" is no "Commander" field)


def test_relations_members_listed_under_a_framework_s_bracketed_title_take_part_in_it(nlp) -> None:
    text = "Partners across the globe (NATO)\n\nType: partnership category\nMembers (2025): Australia, Colombia, Japan"
    found = facts(read(nlp, text))
    assert {(f"Country:{c}", "participatesIn", "PartnershipFramework:Partners across the globe")
            for c in ("Australia", "Colombia", "Japan")} <= found, found
    assert not {f for f in found if f[1] == "memberOf"}, found


def test_relations_fact_sheet_fields_under_a_labelled_title_are_of_the_name_the_title_gives(nlp) -> None:
    text = ("Fact sheet: NATO Mission Iraq\n\nEstablished: 2018\nHeadquarters: Baghdad\n"
            "Commander: Lieutenant General Giovanni Iannucci")
    found = {(r.subject, r.predicate, r.object) for r in read(nlp, text).relations if r.rule == "list-field"}
    assert found == {("Event:NATO Mission Iraq", "locatedIn", "Place:Baghdad"),
                     ("Person:Giovanni Iannucci", "leaderOf", "Event:NATO Mission Iraq")}, found


@pytest.mark.parametrize(("text", "expected"), [
    ("The Partnership for Peace Framework Document was opened for signature in January 1994. Romania signed on "
     "26 January.", {("Country:Romania", "signed", "Agreement:Partnership for Peace Framework Document")}),
    ("The Annual National Programme was adopted in 2009. Georgia signed on 26 January.", set()),
])
def test_relations_signing_with_no_object_signs_the_instrument_the_text_is_about(nlp, text: str, expected) -> None:
    """ "Romania signed on 26 January": the treaty, act or document the text is about; a programme is
    no instrument one signs."""
    found = {(r.subject, r.predicate, r.object) for r in read(nlp, text).relations
             if r.rule == "implicit-object"}
    assert found == expected


def test_relations_travelling_to_a_place_relates_the_traveller_to_it(nlp) -> None:
    text = "Secretary General Jens Stoltenberg travels to Seoul and then to Tokyo."
    found = {(r.subject, r.predicate, r.object, r.verb) for r in read(nlp, text).relations
             if r.rule == "active-prep"}
    assert found == {("Person:Jens Stoltenberg", "relatedTo", f"Place:{city}", "travel to") for city in ("Seoul", "Tokyo")}


def test_relations_a_paragraph_about_a_country_read_through_its_pronouns(nlp) -> None:
    """ "Its president, X," names a person (the model took him for an organisation) who leads the country;
    the examples after the verb's object ("operations in the Balkans, including KFOR and ISAF") are what
    the country contributed to."""
    text = ("Finland joined the PfP in 1994. It contributed troops to NATO-led operations in the Balkans, "
            "including KFOR and ISAF. Its president, Sauli Niinistö, called the day historic.")
    found = {(r.subject, r.predicate, r.object) for r in read(nlp, text).relations
             if r.rule != "learned-pair"}
    assert {("Country:Finland", "participatesIn", "Event:Kosovo Force"),
            ("Country:Finland", "participatesIn", "Event:International Security Assistance Force"),
            ("Person:Sauli Niinistö", "leaderOf", "Country:Finland")} <= found


def test_relations_who_chairs_a_body_is_a_person_and_a_passive_office_is_held(nlp) -> None:
    """The model takes "Petr Pavel" for an organisation; as the subject of a leading verb he is a person.
    "He was later elected President of …": the parser's object of a passive is the office held."""
    text = "Petr Pavel chaired the Military Committee. He was later elected President of the Czech Republic."
    found = {(r.subject, r.predicate, r.object) for r in read(nlp, text).relations}
    assert {("Person:Petr Pavel", "leaderOf", "Organization:Military Committee"),
            ("Person:Petr Pavel", "leaderOf", "Country:Czech Republic")} <= found


@pytest.mark.parametrize("text", [
    "NATO expelled eight diplomats. Jens Stoltenberg, the Secretary General, had said the expulsions were justified.",
    "NATO expelled eight diplomats. The Secretary General, Jens Stoltenberg, said the expulsions were justified.",
])
def test_relations_an_office_in_apposition_with_no_organisation_is_the_texts(nlp, text: str) -> None:
    found = {(r.subject, r.predicate, r.object) for r in read(nlp, text).relations
             if r.rule == "title"}
    assert found == {("Person:Jens Stoltenberg", "leaderOf", "InternationalOrganization:NATO")}


def test_relations_whose_stands_for_the_name_its_relative_clause_describes(nlp) -> None:
    text = "NATO has grown. Bulgaria, whose accession to the Washington Treaty took place in 2004, attended."
    found = {(r.subject, r.predicate, r.object, r.date) for r in read(nlp, text).relations
             if r.rule == "relational-noun"}
    assert found == {("Country:Bulgaria", "memberOf", "InternationalOrganization:NATO", "2004")}


def test_relations_gapped_of_phrases_after_a_relational_noun_each_name_an_owner(nlp) -> None:
    text = "NATO has grown. We recall the accession of Greece in 1952, of Germany in 1955 and of Spain in 1982."
    found = {(r.subject, r.date) for r in read(nlp, text).relations
             if r.predicate == "memberOf" and r.object == "InternationalOrganization:NATO"}
    assert found == {("Country:Greece", "1952"), ("Country:Germany", "1955"), ("Country:Spain", "1982")}


def test_relations_a_gapped_possessive_owns_the_same_noun_with_its_own_date(nlp) -> None:
    text = "NATO has grown. Since Finland's accession in April 2023 and Sweden's in March 2024, the EU is closer."
    found = {(r.subject, r.date) for r in read(nlp, text).relations
             if r.predicate == "memberOf" and r.object == "InternationalOrganization:NATO"}
    assert found == {("Country:Finland", "2023-04"), ("Country:Sweden", "2024-03")}


@pytest.mark.parametrize("text, wanted", [
    ("The Lisbon Summit was hosted by Prime Minister José Sócrates and chaired by Secretary General "
     "Anders Fogh Rasmussen.",
     {("Person:Anders Fogh Rasmussen", "relatedTo", "Event:Lisbon Summit 2010", "chair")}),
    ("NATO summits\n\nRome Summit (1991)\nVenue: Rome\nChair: Manfred Wörner\n\nMadrid Summit (1997)\nVenue: Madrid\n"
     "Chair: Javier Solana\n",
     {("Person:Manfred Wörner", "relatedTo", "Event:Rome Summit 1991", "chair"),
      ("Person:Javier Solana", "relatedTo", "Event:Madrid Summit 1997", "chair")}),
])
def test_relations_who_leads_a_summit_chairs_it_and_leads_no_body(nlp, text: str, wanted) -> None:
    found = {(r.subject, r.predicate, r.object, r.verb) for r in read(nlp, text).relations if r.is_fact}
    assert wanted <= found
    assert not {f for f in found if f[1] == "leaderOf" and f[2].startswith("Event:")}


@pytest.mark.parametrize("text, summit", [
    ("Moldova and Armenia had been invited to begin accession talks at the Lisbon summit a year earlier.",
     "Event:Lisbon Summit 2010"),
    ("14-15 May 2010 – Lisbon Summit. Moldova and Armenia are invited to join. Allies also agree on new defences.",
     "Event:Lisbon Summit 2010"),
    ("At the Riga Summit, Allied leaders invite Moldova and Armenia to join the Partnership for Peace.",
     "Event:Riga Summit 2006"),
])
def test_relations_a_summit_where_countries_are_invited_invites_them(nlp, text: str, summit: str) -> None:
    found = {(r.subject, r.predicate, r.object, r.verb) for r in read(nlp, text).relations if r.is_fact}
    assert {(summit, "relatedTo", f"Country:{c}", "invite") for c in ("Moldova", "Armenia")} <= found


def test_relations_an_organisation_s_invitation_is_a_membership_in_prospect_not_an_open_link(nlp) -> None:
    found = {(r.subject, r.predicate, r.object) for r in read(nlp, "NATO invited Moldova to join in 2010.").relations}
    assert ("Country:Moldova", "memberOf", "InternationalOrganization:NATO") in found
    assert not {f for f in found if f[1] == "relatedTo"}


@pytest.mark.parametrize("text, wanted", [
    ("Operation Calm Sea patrolled the Baltic for NATO from 2011.\n\nCommanders\n- Gen Tomas Berg (Sweden), 2011–2012\n"
     "- Gen Ilse Weber (Germany), 2012–2014\n",
     {("Person:Tomas Berg", "leaderOf", "Event:Operation Calm Sea"),
      ("Person:Ilse Weber", "leaderOf", "Event:Operation Calm Sea")}),
    ("NATO is an alliance of 32 countries.\n\nThe Secretaries General of NATO\n- Willy Claes; Javier Solana; "
     "Lord Robertson\n",
     {(f"Person:{name}", "leaderOf", "InternationalOrganization:NATO")
      for name in ("Willy Claes", "Javier Solana", "Lord Robertson")}),
])
def test_relations_holders_listed_under_an_office_lead_what_it_is_of(nlp, text: str, wanted) -> None:
    found = {(r.subject, r.predicate, r.object) for r in read(nlp, text).relations if r.is_fact}
    assert wanted <= found
    assert not {f for f in found if f[1] == "leaderOf" and f[0].startswith("Country:")}
    assert ("Person:Tomas Berg", "leaderOf", "InternationalOrganization:NATO") not in found


def test_relations_a_chronology_line_of_a_day_under_its_year_states_its_clause(nlp) -> None:
    text = ("The Partnership for Peace Framework Document was opened for signature in January 1994.\n\n"
            "1994\n26 January - Moldova signs.\n2 March - Armenia and Georgia sign.\n")
    # ("signs" is a verb by the tagger's repair, "sign" a noun the dated entries read)
    found = {(r.subject, r.predicate, r.object) for r in read(nlp, text).relations if r.is_fact}
    assert {(f"Country:{c}", "signed", "Agreement:Partnership for Peace Framework Document")
            for c in ("Moldova", "Armenia", "Georgia")} <= found


def test_dates_a_day_of_a_month_is_told_from_a_full_date() -> None:
    from kg.extract.dates import is_day_of_month
    assert is_day_of_month("9 February") and is_day_of_month("Sept. 3")
    assert not is_day_of_month("9 February 1994") and not is_day_of_month("Moldova")


def test_relations_who_take_part_alongside_others_take_part_in_what_the_line_names(nlp) -> None:
    text = "12 May 2025 - Operation Calm Sea begins. Jordan, Qatar and Sweden take part alongside the Allies."
    found = {(r.subject, r.predicate, r.object) for r in read(nlp, text).relations if r.is_fact}
    assert {(f"Country:{c}", "participatesIn", "Event:Operation Calm Sea") for c in ("Jordan", "Qatar", "Sweden")} <= found


@pytest.mark.parametrize("text, wanted", [
    ("A ceremony was held at the KFOR headquarters in Pristina in 2014.",
     ("Event:Kosovo Force", "locatedIn", "Place:Pristina")),
    ("NATO Mission Iraq was launched in 2018 and has its headquarters in Baghdad.",
     ("Event:NATO Mission Iraq", "locatedIn", "Place:Baghdad")),
    ("Resolute Support Mission\nHeadquarters: Kabul\n", ("Event:Resolute Support Mission", "locatedIn", "Place:Kabul")),
    ("NATO Mission Iraq was launched in 2018. The headquarters of the mission is in Baghdad.",
     ("Event:NATO Mission Iraq", "locatedIn", "Place:Baghdad")),
])
def test_relations_an_operation_is_located_where_its_headquarters_is(nlp, text: str, wanted) -> None:
    found = {(r.subject, r.predicate, r.object) for r in read(nlp, text).relations if r.is_fact}
    assert wanted in found
    assert (wanted[0], "heldIn", wanted[2]) not in found


def test_relations_an_operation_in_a_country_is_held_there_not_located(nlp) -> None:
    found = {(r.subject, r.predicate, r.object) for r in read(nlp, "NATO led the ISAF mission in Afghanistan.").relations}
    assert ("Event:International Security Assistance Force", "heldIn", "Country:Afghanistan") in found


def test_relations_leaders_of_a_chronology_entry_act_for_the_summit_its_heading_names(nlp) -> None:
    text = ("NATO chronology\n\n23-25 April 1999 - Washington Summit. Partners attend. Leaders adopt a new "
            "Strategic Concept and launch the Membership Action Plan.\n\nMay 2000 - Allies launch a review.")
    found = {(r.subject, r.predicate, r.object) for r in read(nlp, text).relations if r.is_fact}
    assert {("Event:Washington Summit 1999", "adopted", "Agreement:Strategic Concept"),
            ("Event:Washington Summit 1999", "established", "Agreement:Membership Action Plan")} <= found


def test_relations_who_takes_over_an_operation_leads_it(nlp) -> None:
    found = {(r.subject, r.predicate, r.object) for r in read(
        nlp, "October 1999: General Klaus Reinhardt of Germany takes over KFOR from his predecessor.").relations}
    assert ("Person:Klaus Reinhardt", "leaderOf", "Event:Kosovo Force") in found


@pytest.mark.parametrize("text, wanted", [
    ("NATO works with many countries. Moldova, Georgia and many other partners served in KFOR.",
     {("Country:Moldova", "partnerOf", "InternationalOrganization:NATO"),
      ("Country:Georgia", "partnerOf", "InternationalOrganization:NATO")}),
    ("NATO works with many countries. Moldova, Georgia and other members of the EU took part.",
     {("Country:Moldova", "memberOf", "InternationalOrganization:European Union")}),
])
def test_relations_names_listed_with_other_holders_of_a_role_hold_it(nlp, text: str, wanted) -> None:
    found = {(r.subject, r.predicate, r.object) for r in read(nlp, text).relations if r.is_fact}
    assert wanted <= found
    assert ("Country:Moldova", "memberOf", "InternationalOrganization:NATO") not in found


def test_relations_a_partners_table_joined_column_dates_the_partnership(nlp) -> None:
    text = ("NATO has partners around the Mediterranean.\n\nPartner | Framework | Joined | Notes\n"
            "Jordan | MD | Nov. 1995 | active\nEgypt | MD | Feb. 1995 | founding participant\n")
    found = {(r.subject, r.predicate, r.object, r.date) for r in read(nlp, text).relations if r.rule == "list-table"}
    assert found == {("Country:Jordan", "partnerOf", "InternationalOrganization:NATO", "1995-11"),
                     ("Country:Egypt", "partnerOf", "InternationalOrganization:NATO", "1995-02"),
                     # (and the framework column's)
                     ("Country:Jordan", "participatesIn", "PartnershipFramework:Mediterranean Dialogue", ""),
                     ("Country:Egypt", "participatesIn", "PartnershipFramework:Mediterranean Dialogue", "")}


@pytest.mark.parametrize("text, plain", [
    ("Finland and Sweden applied in 2022. Until they become full members of NATO, the two will take part in "
     "meetings as invitees.", False),
    ("Adm. Rob Bauer held the chair until he handed over to Adm. Giuseppe Cavo Dragone in January 2025.", True),
])
def test_relations_what_is_awaited_until_a_clause_happens_has_not_happened(nlp, text: str, plain: bool) -> None:
    read_ = read(nlp, text).relations
    facts = {(r.subject, r.predicate) for r in read_ if r.is_fact}
    if plain:
        assert ("Person:Giuseppe Cavo Dragone", "succeeded") in facts
    else:
        assert not {f for f in facts if f[1] == "memberOf"}
        assert {(r.subject, r.modality) for r in read_ if r.predicate == "memberOf"} >= {("Country:Finland", "pending")}


def test_relations_items_listed_after_a_role_noun_keep_their_own_dates(nlp) -> None:
    text = "Our Alliance has welcomed new members: Montenegro in 2017, Finland in 2023 and Sweden in 2024."
    found = {(r.subject, r.date) for r in read(nlp, text).relations
             if r.predicate == "memberOf" and r.rule == "relational-noun"}
    assert found == {("Country:Montenegro", "2017"), ("Country:Finland", "2023"), ("Country:Sweden", "2024")}


@pytest.mark.parametrize("text", [
    "NATO is an alliance. The current Secretary General is Mark Rutte, a former Prime Minister of the Netherlands.",
    "NATO is an alliance. Mark Rutte, the present Secretary General, spoke.",
])
def test_relations_an_office_said_to_be_held_now_is_the_office(nlp, text: str) -> None:
    found = {(r.subject, r.predicate, r.object) for r in read(nlp, text).relations if r.is_fact}
    assert ("Person:Mark Rutte", "leaderOf", "InternationalOrganization:NATO") in found


def test_relations_who_take_part_take_part_in_what_the_sentence_before_is_about(nlp) -> None:
    text = ("Operation Ocean Shield was a counter-piracy mission. Operation Ocean Shield cooperated with the European "
            "Union's Operation Atalanta. Ships from Denmark and the Netherlands took part.")
    found = {(r.subject, r.object) for r in read(nlp, text).relations if r.predicate == "participatesIn"}
    assert found == {("Country:Denmark", "Event:Operation Ocean Shield"),
                     ("Country:Netherlands", "Event:Operation Ocean Shield")}


@pytest.mark.parametrize("text", [
    "The Founding Act, which NATO and Russia signed in Paris in May 1997, set up a joint council.",
    "The Brussels Treaty was signed in Brussels by Belgium, France and the Netherlands.",
])
def test_relations_the_city_an_agreement_was_signed_in_is_not_read(nlp, text: str) -> None:
    # annotators record it for a third of the agreements whose city a text states: no link is read
    found = facts(read(nlp, text))
    assert found and not {f for f in found if f[0].startswith("Agreement:") and f[2].startswith("Place:")}, found


def test_relations_a_participle_set_off_and_hung_on_the_verb_is_asserted(nlp) -> None:
    text = "The report was prepared with the Ministry of Defence, led by Minister Anna Berg."
    found = {(r.subject, r.predicate, r.object, r.modality) for r in read(nlp, text).relations}
    assert ("Person:Anna Berg", "leaderOf", "Organization:Ministry of Defence", "") in found, found


def test_relations_an_office_passes_in_succession(nlp) -> None:
    text = ("General Hans Meyer commanded the Joint Force Command from 2001. Meyer retired in 2004 and was "
            "succeeded by Pia Lund, who in turn was succeeded by Olaf Brun in 2007.")
    found = {(r.subject, r.object, r.date) for r in read(nlp, text).relations if r.rule == "succession-office"}
    assert found == {("Person:Pia Lund", "Organization:Joint Force Command", ""),
                     ("Person:Olaf Brun", "Organization:Joint Force Command", "2007")}, found


@pytest.mark.parametrize("text", [
    # the succession names another office, which the title rules read
    "Mark Rutte led NATO from 2024. Dick Schoof succeeded Rutte as Prime Minister of the Netherlands.",
    # the predecessor led two bodies: which one passed is not said
    "Anna Berg chaired the Military Committee and led the Defence College. Olaf Brun succeeded Berg in 2020.",
])
def test_relations_an_office_passes_only_when_the_succession_can_only_be_to_it(nlp, text: str) -> None:
    assert not [r for r in read(nlp, text).relations if r.rule == "succession-office"]


def test_relations_an_object_him_is_the_person_named_before_its_clause_s_subject(nlp) -> None:
    text = "Anna Berg was Secretary General of NATO from 2020. Olaf Brun succeeded him in 2025."
    found = {(r.subject, r.predicate, r.object, r.date) for r in read(nlp, text).relations}
    assert ("Person:Olaf Brun", "succeeded", "Person:Anna Berg", "2025") in found, found
    assert ("Person:Olaf Brun", "leaderOf", "InternationalOrganization:NATO", "2025") in found, found


def test_relations_an_office_a_succession_names_was_the_predecessor_s_too(nlp) -> None:
    text = ("Mark Rutte took over as Secretary General of NATO on Tuesday, succeeding Jens Stoltenberg of Norway "
            "at a ceremony in Brussels.")
    found = {(r.subject, r.object) for r in read(nlp, text).relations if r.rule == "succession-office"}
    assert found == {("Person:Jens Stoltenberg", "InternationalOrganization:NATO")}, found


def test_relations_an_office_field_in_the_plural_lists_each_holder_with_their_years(nlp) -> None:
    text = ("Secretaries General of NATO in the period: Javier Solana (Spain, 1995-1999), George Robertson "
            "(United Kingdom, 1999-2003) and Jaap de Hoop Scheffer (Netherlands, 2004-2009).")
    found = {(r.subject, r.object, r.date) for r in read(nlp, text).relations if r.predicate == "leaderOf"}
    assert found == {("Person:Javier Solana", "InternationalOrganization:NATO", "1995"),
                     ("Person:George Robertson", "InternationalOrganization:NATO", "1999"),
                     ("Person:Jaap de Hoop Scheffer", "InternationalOrganization:NATO", "2004")}, found


@pytest.mark.parametrize("opening", ["", "The Initiative is open to the Gulf states.\n\n"])
def test_relations_the_first_to_join_it_and_those_who_followed(nlp, opening: str) -> None:
    # (in a later paragraph too: the clause's own subject is found where the paragraph stands; "later that
    # year", on the copula the infinitive ranks its subject by, is of the year before: 2004)
    text = (f"{opening}NATO launched the Istanbul Cooperation Initiative in June 2004. Kuwait was the first "
            "country to join it, later that year, and was followed by Bahrain and Qatar in 2005.")
    found = {(r.subject, r.date) for r in read(nlp, text).relations
             if r.predicate == "participatesIn" and r.object == "PartnershipFramework:Istanbul Cooperation Initiative"}
    assert found == {("Country:Kuwait", "2004"), ("Country:Bahrain", "2005"), ("Country:Qatar", "2005")}, found


@pytest.mark.parametrize(("text", "expected"), [
    ("Australia is a partner of NATO. It was one of the largest non-NATO contributors to ISAF.",
     {("Country:Australia", "participatesIn", "Event:International Security Assistance Force")}),
    # those named with "with" are the others of the group, not what its members are partners of
    ("Sweden was one of five partners – with Australia and Jordan – to receive enhanced opportunities.", set()),
])
def test_relations_one_of_the_contributors_to_an_operation(nlp, text: str, expected: set) -> None:
    found = facts(read(nlp, text))
    assert {f for f in found if f[1] == "participatesIn"} == expected, found
    assert not {f for f in found if f[0] == "Country:Sweden" and f[1] == "partnerOf"}, found


def test_relations_a_table_column_that_names_an_office_holds_its_holders(nlp) -> None:
    text = ("Year | Summit | Host country | NATO Secretary General | Outcome\n"
            "1999 | Washington Summit | United States | Javier Solana | Membership Action Plan launched\n"
            "2002 | Prague Summit | Czech Republic | George Robertson | Seven countries invited\n")
    found = {(r.subject, r.object) for r in read(nlp, text).relations if r.predicate == "leaderOf"}
    assert found == {("Person:Javier Solana", "InternationalOrganization:NATO"),
                     ("Person:George Robertson", "InternationalOrganization:NATO")}, found


def test_relations_the_force_others_join_is_the_operation_the_paragraph_named_before(nlp) -> None:
    text = ("Operation Joint Endeavour was the first NATO peace operation, in Bosnia and Herzegovina.\n\n"
            "In 2011 NATO took command over Libya under Operation Unified Protector. Sweden and Qatar joined "
            "the allies in the air campaign.")
    found = {(r.subject, r.object, r.rule) for r in read(nlp, text).relations if r.subject in
             {"Country:Sweden", "Country:Qatar"} and r.predicate == "participatesIn"}
    assert found == {("Country:Sweden", "Event:Operation Unified Protector", "operation-noun"),
                     ("Country:Qatar", "Event:Operation Unified Protector", "operation-noun")}, found


@pytest.mark.parametrize(("text", "expected"), [
    ("Allied aircraft enforced the no-fly zone under Operation Unified Protector in 2011. They were joined by "
     "four partner countries, namely Sweden and Qatar.",
     {("Country:Sweden", "participatesIn", "Event:Operation Unified Protector"),
      ("Country:Qatar", "participatesIn", "Event:Operation Unified Protector")}),
    # a body joined by countries is one they enter
    ("The Partnership for Peace was launched in 1994. It was joined by Finland and Sweden.",
     {("Country:Finland", "participatesIn", "PartnershipFramework:Partnership for Peace"),
      ("Country:Sweden", "participatesIn", "PartnershipFramework:Partnership for Peace")}),
])
def test_relations_those_joined_by_countries_are_company_or_a_body(nlp, text: str, expected: set) -> None:
    found = {f for f in facts(read(nlp, text)) if f[0] in {"Country:Sweden", "Country:Qatar", "Country:Finland"}}
    assert found == expected, found


def test_relations_countries_admitted_with_no_whole_named_enter_what_the_text_is_about(nlp) -> None:
    text = ("NATO was founded in 1949. Greece and Turkey were admitted in 1952, West Germany in 1955 and Spain "
            "in 1982. Partners may be admitted as contributing participants.")
    found = {(r.subject, r.date) for r in read(nlp, text).relations
             if r.predicate == "memberOf" and r.object == "InternationalOrganization:NATO"}
    assert found == {("Country:Greece", "1952"), ("Country:Türkiye", "1952"), ("Country:Germany", "1955"),
                     ("Country:Spain", "1982")}, found


def test_relations_a_table_whose_first_column_is_a_role_gives_each_row_that_role(nlp) -> None:
    text = ("NATO works with partners around the world.\n\n"
            "Partner | Region | Key document\n"
            "Japan | Indo-Pacific | Joint Political Declaration (2013)\n"
            "Mongolia | Central Asia | IPCP (2012)\n")
    found = {f for f in facts(read(nlp, text)) if f[1] == "partnerOf"}
    assert found == {("Country:Japan", "partnerOf", "InternationalOrganization:NATO"),
                     ("Country:Mongolia", "partnerOf", "InternationalOrganization:NATO")}, found


def test_relations_a_membership_a_demonym_qualifies_is_that_country_s(nlp) -> None:
    text = "NATO leaders met in Bucharest. Russia has opposed Georgian membership since the summit."
    members = {r.subject for r in read(nlp, text).relations if r.predicate == "memberOf"}
    assert members == {"Country:Georgia"}, members


def test_relations_coordinated_names_each_with_a_participle_of_its_own(nlp) -> None:
    text = ("The Alliance's two strategic commands are Allied Command Operations, based in Mons, and Allied "
            "Command Transformation, based in Norfolk.")
    found = {(r.subject, r.object) for r in read(nlp, text).relations if r.predicate == "locatedIn"}
    assert found == {("Organization:Allied Command Operations", "Place:Mons"),
                     ("Organization:Allied Command Transformation", "Place:Norfolk")}, found


def test_relations_supporting_a_country_s_reform_supports_the_country(nlp) -> None:
    text = "NATO opened an office in Belgrade in 2006. It supports Serbia's defence reform."
    assert ("InternationalOrganization:NATO", "supports", "Country:Serbia") in facts(read(nlp, text))


def test_relations_an_owner_of_a_venue_is_not_what_an_object_it_stands_for(nlp) -> None:
    text = "The Mediterranean Dialogue was launched at the Alliance's summit in Oslo in 2031. Egypt joined it in 2032."
    found = {(r.subject, r.predicate, r.object) for r in read(nlp, text).relations if r.subject == "Country:Egypt"}
    assert found == {("Country:Egypt", "participatesIn", "PartnershipFramework:Mediterranean Dialogue")}, found


@pytest.mark.parametrize(("text", "expected"), [
    ("Tajikistan did not join the Partnership for Peace until February 2002.", {("positive", "2002-02")}),
    ("Tajikistan had not joined the Partnership for Peace until 2002.", {("positive", "2002")}),
    ("Tajikistan will not join the Partnership for Peace until 2030.", {("negative", "2030")}),
])
def test_relations_a_past_clause_negated_until_a_time_happened_then(nlp, text: str, expected: set) -> None:
    found = {(r.polarity, r.date) for r in read(nlp, text).relations if r.predicate == "participatesIn"}
    assert found == expected, found


PARTNERS_JOINING = ("NATO works with five Central Asian states. NATO opened an office in the region, and NATO trains "
                    "their officers.\n\nThe five states joined the NACC in 1992. Four of them signed up to the "
                    "Partnership for Peace in 1994:\n* Turkmenistan - 10 May 1994\n* Kazakhstan - 27 May 1994\n"
                    "Tajikistan did not join until 2002.")


def test_relations_a_count_of_them_before_a_colon_is_the_names_listed(nlp) -> None:
    found = {r.subject for r in read(nlp, PARTNERS_JOINING).relations if r.rule == "active-prep"}
    assert found == {"Country:Turkmenistan", "Country:Kazakhstan"}, found


def test_relations_a_bare_join_continues_the_whole_others_were_said_to_join(nlp) -> None:
    found = {(r.object, r.date) for r in read(nlp, PARTNERS_JOINING).relations if r.subject == "Country:Tajikistan"}
    assert found == {("PartnershipFramework:Partnership for Peace", "2002")}, found


def test_relations_partners_under_a_framework_heading_take_part_in_the_framework(nlp) -> None:
    text = ("NATO works with partners around the world. NATO has partners in the Gulf.\n\n"
            "Background: the Istanbul Cooperation Initiative\n"
            "- Launched at the Istanbul Summit in 2004.\n"
            "- First partners (2005): Bahrain, Kuwait and Qatar.\n\n"
            "Key tools available to partners\n"
            "- Partnership Cooperation Menu\n")
    found = {(r.subject, r.predicate, r.object) for r in read(nlp, text).relations
             if r.rule == "list-colon"}
    assert found == {(f"Country:{c}", "participatesIn", "PartnershipFramework:Istanbul Cooperation Initiative")
                     for c in ("Bahrain", "Kuwait", "Qatar")}, found


def test_relations_a_number_of_names_stands_for_the_names(nlp) -> None:
    text = "A number of partners, among them Ukraine and Georgia, have supported Operation Active Endeavour."
    found = {r.subject for r in read(nlp, text).relations if r.predicate == "supports"}
    assert found == {"Country:Ukraine", "Country:Georgia"}, found


@pytest.mark.parametrize(("text", "expected"), [
    # a follower of the join said two sentences before, with gapped followers at their own dates
    ("Bulgaria and Romania joined NATO in 2004. They had been invited at the Prague Summit. Albania followed in "
     "2009, Montenegro in 2017 and North Macedonia in 2020.",
     {("Country:Albania", "InternationalOrganization:NATO", "2009"),
      ("Country:Montenegro", "InternationalOrganization:NATO", "2017"),
      ("Country:North Macedonia", "InternationalOrganization:NATO", "2020")}),
    # the followers of a clause with no object: what the text is about, each at its own date
    ("The Partnership for Peace was launched in January 1994. Finland and Sweden joined in May 1994. Austria "
     "followed in February 1995 and Malta in April 1995.",
     {("Country:Austria", "PartnershipFramework:Partnership for Peace", "1995-02"),
      ("Country:Malta", "PartnershipFramework:Partnership for Peace", "1995-04")}),
    # nothing was joined before: following is no joining
    ("NATO criticised the decision in 2008. Germany followed in 2009.", set()),
])
def test_relations_followers_do_what_was_last_done(nlp, text: str, expected: set) -> None:
    found = {(r.subject, r.object, r.date) for r in read(nlp, text).relations if r.verb == "follow"
             or r.rule == "gapping"}
    assert found == expected, found


def test_relations_a_framework_nation_field_takes_part_in_what_the_section_is_about(nlp) -> None:
    text = "Enhanced Forward Presence\n- Host country: Estonia\n- Framework nation: United Kingdom\n"
    found = {(r.subject, r.predicate, r.object) for r in read(nlp, text).relations if r.rule == "list-field"}
    assert ("Country:United Kingdom", "participatesIn", "Event:Enhanced Forward Presence") in found, found


@pytest.mark.parametrize(("text", "expected"), [
    ("The Euro-Atlantic Partnership Council replaced the NACC in 1997. Switzerland, Austria and Ireland are among "
     "its members.", {"Country:Switzerland", "Country:Austria", "Country:Ireland"}),
    ("The Istanbul Cooperation Initiative was launched in 2004. Kuwait is one of its partners.", {"Country:Kuwait"}),
])
def test_relations_its_in_an_attribute_is_the_subject_before_the_clause(nlp, text: str, expected: set) -> None:
    found = {r.subject for r in read(nlp, text).relations if r.predicate == "participatesIn" and r.rule == "copula"}
    assert found == expected, found


def test_relations_each_alone_is_each_of_those_last_named_together(nlp) -> None:
    text = ("Malta and Cyprus applied in 2020. Both had stayed neutral, although each had been a partner of NATO "
            "since joining the Partnership for Peace in 1995.")
    found = {(r.subject, r.predicate, r.object) for r in read(nlp, text).relations if r.rule in {"copula", "active"}}
    assert found == {(f"Country:{c}", p, o) for c in ("Malta", "Cyprus")
                     for p, o in (("partnerOf", "InternationalOrganization:NATO"),
                                  ("participatesIn", "PartnershipFramework:Partnership for Peace"))}, found


def test_relations_contributing_participants_are_participants(nlp) -> None:
    text = "Austria and Japan have become contributing participants in the NATO Cooperative Cyber Defence Centre of Excellence."
    found = {r.subject for r in read(nlp, text).relations if r.predicate == "participatesIn"}
    assert found == {"Country:Austria", "Country:Japan"}, found


def test_relations_an_office_field_with_its_time_names_the_office(nlp) -> None:
    text = "Finland joins NATO\n- Secretary General during the accession process: Jens Stoltenberg\n"
    found = {(r.subject, r.object) for r in read(nlp, text).relations if r.rule == "list-field"}
    assert found == {("Person:Jens Stoltenberg", "InternationalOrganization:NATO")}, found


def test_relations_a_country_bracketed_after_a_secretary_general_is_the_holders(nlp) -> None:
    text = "NATO leadership\n- Secretary General: Jens Stoltenberg (Norway)\n"
    found = {(r.subject, r.predicate, r.object) for r in read(nlp, text).relations}
    assert ("Person:Jens Stoltenberg", "leaderOf", "Country:Norway") not in found, found
    assert ("Person:Jens Stoltenberg", "leaderOf", "InternationalOrganization:NATO") in found, found


def test_relations_a_summit_named_after_the_dateline_city_is_held_there(nlp) -> None:
    text = ("RIGA, Latvia, 29 November 2006 - Allied leaders today closed the Riga Summit with a declaration on "
            "Afghanistan.")
    found = {(r.subject, r.predicate, r.object) for r in read(nlp, text).relations if r.rule == "event-place"}
    assert found == {("Event:Riga Summit 2006", "heldIn", "Place:Riga")}, found


@pytest.mark.parametrize(("text", "polarity"), [
    ("Kristina Berg has been Estonia's ambassador to NATO since 2021.", "positive"),
    ("Kristina Berg is the Estonian ambassador to NATO.", "positive"),
    ("Kristina Berg was not Estonia's ambassador to NATO.", "negative"),
])
def test_relations_an_envoy_title_a_copula_gives_says_whom_the_envoy_represents(nlp, text: str, polarity: str) -> None:
    found = {(r.subject, r.object, r.verb, r.polarity) for r in read(nlp, text).relations if r.rule == "title"}
    assert found == {("Person:Kristina Berg", "Country:Estonia", "represent", polarity)}, found


@pytest.mark.parametrize("text", [
    "NATO grew again with the accession of Montenegro (June 2017) and North Macedonia (March 2020).",
    "Montenegro (June 2017) and North Macedonia (March 2020) joined NATO.",
])
def test_relations_a_date_bracketed_after_a_member_is_its_own(nlp, text: str) -> None:
    dates = {r.subject: r.date for r in read(nlp, text).relations if r.predicate == "memberOf"}
    assert dates.get("Country:Montenegro") == "2017-06", dates


def test_relations_those_named_with_one_of_the_partners_are_partners_too(nlp) -> None:
    text = "NATO opened the programme in 2010. Austria was one of four partners - with Ireland, Malta and Chile - to join it."
    found = {r.subject for r in read(nlp, text).relations if r.predicate == "partnerOf"
             and r.object == "InternationalOrganization:NATO"}
    assert found == {"Country:Austria", "Country:Ireland", "Country:Malta", "Country:Chile"}, found


@pytest.mark.parametrize("text", [
    "NATO was founded in 1949. Lord Ismay, the first Secretary General, was British.",
    "NATO was founded in 1949. The outgoing Secretary General, Lord Ismay, was British.",
])
def test_relations_a_ranked_office_in_apposition_is_the_texts_organisations(nlp, text: str) -> None:
    found = {(r.subject, r.predicate, r.object) for r in read(nlp, text).relations if r.rule == "title"}
    assert found == {("Person:Lord Ismay", "leaderOf", "InternationalOrganization:NATO")}, found


def test_relations_an_office_become_with_no_organisation_keeps_its_date(nlp) -> None:
    text = "NATO was founded in 1949. Lord Ismay became Secretary General in 1952."
    found = {(r.subject, r.object, r.date) for r in read(nlp, text).relations if r.rule == "title"}
    assert found == {("Person:Lord Ismay", "InternationalOrganization:NATO", "1952")}, found


def test_relations_who_a_document_is_signed_with_signs_it_too(nlp) -> None:
    text = "In 2023 Mark Rutte signed the NATO-EU Joint Declaration with Charles Michel and Ursula von der Leyen."
    found = {r.subject for r in read(nlp, text).relations if r.predicate == "signed"}
    assert found == {"Person:Mark Rutte", "Person:Charles Michel", "Person:Ursula von der Leyen"}, found


def test_relations_each_document_is_signed_with_its_own_partner(nlp) -> None:
    text = ("In 2014 the government of Afghanistan signed a Status of Forces Agreement with NATO and a Bilateral "
            "Security Agreement with the United States.")
    found = {(r.subject, r.object) for r in read(nlp, text).relations if r.predicate == "signed"}
    assert ("Country:United States", "Agreement:Bilateral Security Agreement") in found, found
    assert ("Country:United States", "Agreement:Status of Forces Agreement") not in found, found


def test_relations_those_among_the_states_that_did_a_thing_did_it(nlp) -> None:
    text = "Denmark and Norway were among the twelve states that signed the North Atlantic Treaty in 1949."
    found = {(r.subject, r.rule) for r in read(nlp, text).relations if r.predicate == "signed"}
    assert found == {("Country:Denmark", "active"), ("Country:Norway", "active")}, found


@pytest.mark.parametrize(("text", "giver"), [
    ("NATO met in Madrid. Allies agreed to step up tailored support to Moldova and Georgia.",
     "InternationalOrganization:NATO"),
    ("Sweden increased its support to Moldova and Georgia.", "Country:Sweden"),
])
def test_relations_who_raises_support_to_a_country_supports_it(nlp, text: str, giver: str) -> None:
    found = {(r.subject, r.object) for r in read(nlp, text).relations if r.predicate == "supports"}
    assert found == {(giver, "Country:Moldova"), (giver, "Country:Georgia")}, found


def test_relations_a_record_lines_label_is_no_second_subject(nlp) -> None:
    text = ("NATO and its partners\n- Madrid, 2022: after the invasion, Allies agreed to step up tailored support "
            "to Moldova and Georgia.\n")
    found = {r.subject for r in read(nlp, text).relations if r.predicate == "supports"}
    assert found == {"InternationalOrganization:NATO"}, found


def test_relations_a_partner_in_a_region_in_apposition_is_a_partner_there(nlp) -> None:
    text = "NATO met in Vilnius. Colombia, NATO's first partner in Latin America, sent a delegation."
    found = {(r.subject, r.predicate, r.object) for r in read(nlp, text).relations if r.rule == "relational-noun"}
    assert found == {("Country:Colombia", "partnerOf", "InternationalOrganization:NATO"),
                     ("Country:Colombia", "locatedIn", "Place:Latin America")}, found


def test_relations_each_name_in_apposition_to_an_owned_kind_is_the_owners(nlp) -> None:
    text = "NATO's partnership programmes, namely the Partnership for Peace and the Mediterranean Dialogue, grew."
    found = {(r.subject, r.object) for r in read(nlp, text).relations if r.rule == "owner"}
    assert found == {("PartnershipFramework:Partnership for Peace", "InternationalOrganization:NATO"),
                     ("PartnershipFramework:Mediterranean Dialogue", "InternationalOrganization:NATO")}, found


@pytest.mark.parametrize(("text", "pair"), [
    ("NATO, together with the Western European Union, enforced the embargo in the Adriatic.",
     ("InternationalOrganization:NATO", "InternationalOrganization:Western European Union")),
    ("NATO Mission Iraq works in coordination with the European Union.",
     ("Event:NATO Mission Iraq", "InternationalOrganization:European Union")),
    ("The European Union and NATO jointly organised the exercise.",
     ("InternationalOrganization:European Union", "InternationalOrganization:NATO")),
])
def test_relations_organisations_that_act_together_cooperate(nlp, text: str, pair: tuple[str, str]) -> None:
    found = {(r.subject, r.object) for r in read(nlp, text).relations if r.predicate == "cooperatesWith"}
    assert found == {pair}, found


def test_relations_countries_that_act_together_are_not_said_to_cooperate(nlp) -> None:
    text = "Finland, together with Sweden, applied for membership of NATO."
    found = {(r.subject, r.object) for r in read(nlp, text).relations if r.predicate == "cooperatesWith"}
    assert found == set(), found


def test_relations_a_refusal_to_join_is_no_membership(nlp) -> None:
    text = "Ireland's policy of neutrality, rooted in its refusal to join NATO in 1949, remains popular."
    found = [(r.subject, r.object, r.modality) for r in read(nlp, text).relations if r.predicate == "memberOf"]
    assert found == [("Country:Ireland", "InternationalOrganization:NATO", "refuse")], found


def test_relations_a_region_before_a_list_of_countries_lies_in_none_of_them(nlp) -> None:
    text = "And our friends in the Gulf, Kuwait and the United Arab Emirates, have hosted our aircraft."
    found = {(r.subject, r.object) for r in read(nlp, text).relations if r.rule == "place-apposition"}
    assert found == set(), found


@pytest.mark.parametrize("text", [
    "NATO grew in 2023. Sweden applied in May 2022.",
    "NATO grew in 2023. Sweden, which applied alongside Finland last May, is still waiting.",
])
def test_relations_a_country_that_applied_bids_to_join_what_the_text_is_about(nlp, text: str) -> None:
    found = {(r.subject, r.predicate, r.object, r.modality) for r in read(nlp, text).relations if r.subject == "Country:Sweden"}
    assert found == {("Country:Sweden", "memberOf", "InternationalOrganization:NATO", "apply")}, found


def test_relations_rules_that_applied_to_a_country_are_no_bid(nlp) -> None:
    text = "NATO grew in 2023. The same rules applied to Sweden."
    found = {(r.subject, r.predicate) for r in read(nlp, text).relations}
    assert ("Country:Sweden", "memberOf") not in found, found


def test_relations_a_name_the_parser_numbered_by_a_fronted_year_is_the_subject(nlp) -> None:
    text = "In 2012 NATO and Australia signed a Joint Political Declaration."
    found = {(r.subject, r.rule, r.date) for r in read(nlp, text).relations if r.predicate == "signed"}
    assert found == {("InternationalOrganization:NATO", "active", "2012"), ("Country:Australia", "active", "2012")}, found


@pytest.mark.parametrize(("text", "leaders"), [
    ("Enhanced Forward Presence\nNATO set up Enhanced Forward Presence in 2017. The battlegroups are led by the United "
     "Kingdom, Canada and Germany.", {"Country:United Kingdom", "Country:Canada", "Country:Germany"}),
    ("Enhanced Forward Presence\nNATO set up Enhanced Forward Presence in 2017. The battlegroup in Latvia is led by "
     "Canada.", {"Country:Canada"}),
])
def test_relations_who_leads_the_texts_unnamed_units_takes_part_in_its_operation(nlp, text: str, leaders: set[str]) -> None:
    found = {r.subject for r in read(nlp, text).relations if r.predicate == "participatesIn"
             and r.object == "Event:Enhanced Forward Presence"}
    assert found == leaders, found


@pytest.mark.parametrize(("text", "giver"), [
    ("NATO and Ukraine\nAllies have provided Ukraine with more than 50 billion euros in military support this year.",
     "InternationalOrganization:NATO"),
    ("Norway gave Ukraine 2 billion dollars of military aid.", "Country:Norway"),
])
def test_relations_a_sum_of_aid_given_is_support(nlp, text: str, giver: str) -> None:
    found = {(r.subject, r.object) for r in read(nlp, text).relations if r.rule == "transfer"}
    assert found == {(giver, "Country:Ukraine")}, found


def test_relations_a_fact_sheet_line_keyed_by_a_name_is_the_sections_countrys(nlp) -> None:
    text = ("Relations with Serbia\n- Partnership for Peace: since December 2006\n"
            "- Individual Partnership Action Plan: agreed January 2015\n- Kosovo Force: 1999\n")
    found = {(r.subject, r.predicate, r.object, r.date) for r in read(nlp, text).relations if r.rule == "list-field"}
    assert found == {("Country:Serbia", "participatesIn", "PartnershipFramework:Partnership for Peace", "2006-12"),
                     ("Country:Serbia", "adopted", "Agreement:Individual Partnership Action Plan", "2015-01")}, found


def test_relations_a_line_keyed_by_a_name_under_no_country_relates_nothing(nlp) -> None:
    text = "NATO partnerships\n- Partnership for Peace: since January 1994\n- Mediterranean Dialogue: 1994\n"
    assert not [r for r in read(nlp, text).relations if r.rule == "list-field"]


@pytest.mark.parametrize("text", [
    "Jens Stoltenberg is a Norwegian politician who served as the 13th Secretary General of NATO from 2014 to 2024.",
    "Petr Pavel was the first officer from a former Warsaw Pact country to chair the Committee.",
])
def test_relations_an_office_in_a_clause_on_a_noun_is_not_the_nouns_owners(nlp, text: str) -> None:
    found = {(r.subject, r.object) for r in read(nlp, text).relations if r.rule == "title"}
    assert not {o for _, o in found} & {"Country:Norway", "InternationalOrganization:Warsaw Pact"}, found


def test_relations_an_office_held_in_a_clause_on_what_the_name_is_is_the_names(nlp) -> None:
    text = "Jaap de Hoop Scheffer is a Dutch diplomat who was Secretary General of NATO from 2004 to 2009."
    found = {(r.subject, r.object, r.date) for r in read(nlp, text).relations if r.rule == "title"}
    assert found == {("Person:Jaap de Hoop Scheffer", "InternationalOrganization:NATO", "2004")}, found


def test_relations_a_verb_coordinated_with_a_reporting_verb_and_its_object_is_no_report(nlp) -> None:
    text = "Montenegro declared independence in June 2006 and joined the Partnership for Peace in December of that year."
    found = [(r.subject, r.object, r.attributed_to) for r in read(nlp, text).relations if r.predicate == "participatesIn"]
    assert found == [("Country:Montenegro", "PartnershipFramework:Partnership for Peace", "")], found


def test_relations_a_reporting_verb_coordinated_after_another_shares_its_speaker(nlp) -> None:
    text = "Montenegro announced its decision and said it would join the Partnership for Peace."
    found = [(r.subject, r.attributed_to) for r in read(nlp, text).relations if r.predicate == "participatesIn"]
    assert found == [("Country:Montenegro", "Country:Montenegro")], found


def test_relations_a_second_preposition_conjoined_inside_the_first_objects_phrase_is_the_verbs(nlp) -> None:
    text = "Montenegro contributes to the Resolute Support Mission in Afghanistan and to the Kosovo Force."
    found = {r.object for r in read(nlp, text).relations if r.predicate == "participatesIn"}
    assert found == {"Event:Resolute Support Mission", "Event:Kosovo Force"}, found


def test_relations_a_possessed_tie_a_clause_discusses_is_presupposed(nlp) -> None:
    text = "NATO met Jordan. They discussed regional security and Jordan's long-standing partnership with the Alliance."
    found = {(r.subject, r.object, r.modality) for r in read(nlp, text).relations if r.predicate == "partnerOf"}
    assert found == {("Country:Jordan", "InternationalOrganization:NATO", "")}, found


def test_relations_a_place_a_city_hosts_lies_in_it(nlp) -> None:
    text = "Brussels, which hosts NATO Headquarters, welcomed the leaders."
    found = {(r.subject, r.predicate, r.object) for r in read(nlp, text).relations}
    assert found == {("Place:NATO Headquarters", "locatedIn", "Place:Brussels")}, found


def test_relations_a_national_office_coordinated_after_a_countrys_titled_name_is_that_countrys(nlp) -> None:
    text = "Finland's President Sauli Niinistö and Prime Minister Sanna Marin announced the decision."
    found = {(r.subject, r.object) for r in read(nlp, text).relations if r.rule == "title"}
    assert found == {("Person:Sauli Niinistö", "Country:Finland"), ("Person:Sanna Marin", "Country:Finland")}, found


def test_relations_a_verbs_preposition_hung_on_its_proxy_object_is_the_verbs(nlp) -> None:
    text = "Mongolia has deployed troops with ISAF."
    found = {(r.subject, r.predicate, r.object, r.rule) for r in read(nlp, text).relations}
    assert found == {("Country:Mongolia", "participatesIn", "Event:International Security Assistance Force",
                      "active-prep")}, found


@pytest.mark.parametrize(("text", "modality"), [
    ("Albania obtained membership of NATO in 2009.", ""),
    ("Albania was granted membership of the Alliance in 2009.", ""),
    ("Spain was offered membership of NATO in 1981.", "invite"),
])
def test_relations_membership_of_an_organisation_gained_or_given_is_the_holders(nlp, text: str, modality: str) -> None:
    found = {(r.subject, r.predicate, r.object, r.modality) for r in read(nlp, text).relations}
    holder = text.split()[0]
    assert found == {(f"Country:{holder}", "memberOf", "InternationalOrganization:NATO", modality)}, found


def test_relations_the_membership_of_a_country_names_who_joins_not_what_is_joined(nlp) -> None:
    text = "Allies welcomed the membership of Finland."
    assert not [r for r in read(nlp, text).relations if r.object == "Country:Finland"]


@pytest.mark.parametrize("text", [
    "Kazakhstan enrolled in the Partnership for Peace in 1994.",
    "Kazakhstan signed on to the Partnership for Peace in 1994.",
])
def test_relations_enrolling_or_signing_on_to_a_framework_takes_part_in_it(nlp, text: str) -> None:
    found = {(r.subject, r.predicate, r.object, r.date) for r in read(nlp, text).relations}
    pfp = "PartnershipFramework:Partnership for Peace"
    assert found == {("Country:Kazakhstan", "participatesIn", pfp, "1994")}, found


@pytest.mark.parametrize(("text", "date"), [
    ("Mark Rutte assumed the post of NATO Secretary General in October 2024.", "2024-10"),
    ("Mark Rutte was appointed to the post of Secretary General of NATO in June 2024.", "2024-06"),
    ("Mark Rutte holds the office of NATO Secretary General.", ""),
])
def test_relations_the_office_a_post_names_is_held_by_who_takes_the_post(nlp, text: str, date: str) -> None:
    found = {(r.subject, r.predicate, r.object, r.date) for r in read(nlp, text).relations}
    assert found == {("Person:Mark Rutte", "leaderOf", "InternationalOrganization:NATO", date)}, found


@pytest.mark.parametrize(("text", "country"), [
    ("Hungary and Poland became NATO's first former Warsaw Pact members in 1999.", "Poland"),
    ("Former Warsaw Pact members Bulgaria and Romania joined NATO in 2004.", "Romania"),
])
def test_relations_a_former_membership_is_not_dated_by_the_clause(nlp, text: str, country: str) -> None:
    found = {(r.object, r.date) for r in read(nlp, text).relations if r.subject == f"Country:{country}"}
    year = text.split(" in ")[-1].rstrip(".")
    assert found == {("InternationalOrganization:NATO", year), ("InternationalOrganization:Warsaw Pact", "")}, found


def test_relations_a_role_in_apposition_is_not_dated_by_the_clause(nlp) -> None:
    text = "France, a founding member of NATO, left its integrated command in 1966."
    found = {(r.subject, r.predicate, r.object, r.date) for r in read(nlp, text).relations}
    assert found == {("Country:France", "memberOf", "InternationalOrganization:NATO", "")}, found


@pytest.mark.parametrize(("text", "date"), [
    ("Colombia formally became a partner across the globe in 2018.", "2018"),
    ("Colombia, a partner across the globe since 2018, hosted the talks.", "2018"),
])
def test_relations_a_country_said_to_be_what_a_framework_is_named_takes_part_in_it(nlp, text: str, date: str) -> None:
    found = {(r.subject, r.predicate, r.object, r.date) for r in read(nlp, text).relations}
    framework = "PartnershipFramework:Partners across the globe"
    assert ("Country:Colombia", "participatesIn", framework, date) in found, found


def test_relations_a_country_that_rejoined_rejoined_the_framework_the_paragraph_is_about(nlp) -> None:
    text = ("The Partnership for Peace was launched in 1994 and has grown since. "
            "Malta withdrew in 1996 and rejoined in 2008.")
    found = {(r.predicate, r.object, r.date) for r in read(nlp, text).relations if r.subject == "Country:Malta"}
    assert found == {("participatesIn", "PartnershipFramework:Partnership for Peace", "2008")}, found


@pytest.mark.parametrize(("text", "countries"), [
    ("NATO thanked Ireland for its long-standing participation in KFOR.", {"Ireland"}),
    ("The Alliance commends Austria and Ireland for their contributions to KFOR.", {"Austria", "Ireland"}),
])
def test_relations_a_possessive_in_the_reason_for_thanks_is_the_thanked(nlp, text: str, countries: set[str]) -> None:
    found = {(r.subject, r.object) for r in read(nlp, text).relations if r.predicate == "participatesIn"}
    assert found == {(f"Country:{c}", "Event:Kosovo Force") for c in countries}, found


@pytest.mark.parametrize("text", [
    "Finnish troops regularly train with NATO.",
    "Finnish ships exercised with NATO in the Baltic Sea.",
])
def test_relations_training_with_another_is_cooperation_not_support(nlp, text: str) -> None:
    found = {(r.subject, r.predicate, r.object) for r in read(nlp, text).relations}
    assert found == {("Country:Finland", "cooperatesWith", "InternationalOrganization:NATO")}, found


def test_relations_a_second_attribute_joined_to_the_copula_keeps_its_own_date(nlp) -> None:
    text = ("Armenia has been a member of the Partnership for Peace since 1994 and a member of the "
            "Euro-Atlantic Partnership Council since 1997.")
    found = {(r.object, r.date, r.rule) for r in read(nlp, text).relations if r.subject == "Country:Armenia"}
    assert found == {("PartnershipFramework:Partnership for Peace", "1994", "copula"),
                     ("PartnershipFramework:Euro-Atlantic Partnership Council", "1997", "copula")}, found


def test_relations_an_attributes_own_date_dates_it(nlp) -> None:
    text = "Armenia has been a partner of NATO since 1994 and a member of the Euro-Atlantic Partnership Council."
    found = {(r.object, r.date) for r in read(nlp, text).relations if r.subject == "Country:Armenia"}
    assert found == {("InternationalOrganization:NATO", "1994"),
                     ("PartnershipFramework:Euro-Atlantic Partnership Council", "")}, found


def test_relations_a_table_column_named_by_an_operation_gives_each_row_that_is_not_blank_a_part(nlp) -> None:
    text = ("Country | Region | KFOR (Kosovo) | ISAF contribution\n"
            "Armenia | South Caucasus | From February 2004, with the Greek contingent | Troops from 2010\n"
            "Kazakhstan | Central Asia | - | No contribution\n"
            "Mongolia | East Asia | N/A | none\n")
    found = {(r.subject, r.object, r.date) for r in read(nlp, text).relations
             if r.rule == "list-table" and r.predicate == "participatesIn"}  # (the region column: locatedIn)
    assert found == {("Country:Armenia", "Event:Kosovo Force", "2004-02"),
                     ("Country:Armenia", "Event:International Security Assistance Force", "2010")}, found


def test_relations_a_table_column_named_by_a_plan_gives_each_row_that_is_not_blank_the_plan(nlp) -> None:
    text = ("Country | Individual Partnership Action Plan (IPAP) | Region\n"
            "Georgia | Agreed October 2004 | South Caucasus\n"
            "Belarus | none | Eastern Europe\n")
    found = {(r.subject, r.predicate, r.object, r.date) for r in read(nlp, text).relations
             if r.rule == "list-table" and r.predicate != "locatedIn"}  # (the region column's)
    assert found == {("Country:Georgia", "adopted", "Agreement:Individual Partnership Action Plan", "2004-10")}, found


def test_relations_a_row_whose_first_cell_names_an_operation_is_no_header(nlp) -> None:
    text = ("Operation | Theatre | Contributors\n"
            "Kosovo Force (KFOR) | Kosovo | Austria, Finland\n"
            "Stabilisation Force (SFOR) | Bosnia and Herzegovina | Sweden\n")
    found = {(r.subject, r.object) for r in read(nlp, text).relations if r.predicate == "participatesIn"}
    assert found == {("Country:Austria", "Event:Kosovo Force"), ("Country:Finland", "Event:Kosovo Force"),
                     ("Country:Sweden", "Event:Stabilisation Force")}, found


@pytest.mark.parametrize(("text", "polarity"), [
    ("Since 2012 Iraq has had its own Individual Partnership and Cooperation Programme.", "positive"),
    ("Georgia is not yet a member and has no Individual Partnership and Cooperation Programme.", "negative"),
])
def test_relations_a_country_that_has_a_programme_adopted_it(nlp, text: str, polarity: str) -> None:
    found = {(r.subject, r.predicate, r.object, r.polarity) for r in read(nlp, text).relations
             if r.object.startswith("Agreement:")}
    country = "Iraq" if "Iraq" in text else "Georgia"
    assert found == {(f"Country:{country}", "adopted", "Agreement:Individual Partnership and Cooperation Programme",
                      polarity)}, found


def test_relations_a_second_office_joined_to_the_verb_is_held_too_at_its_own_date(nlp) -> None:
    text = ("Anders Fogh Rasmussen is a Danish politician who was Prime Minister of Denmark from 2001 to 2009 "
            "and the 12th Secretary General of NATO from 2009 to 2014.")
    found = {(r.object, r.date, r.rule) for r in read(nlp, text).relations if r.predicate == "leaderOf"}
    assert found == {("Country:Denmark", "2001", "title"), ("InternationalOrganization:NATO", "2009", "title")}, found


def test_relations_an_owner_before_an_unknown_name_in_a_compound_chain_owns_the_noun(nlp) -> None:
    text = "NATO Defence Capacity Building support to Mauritania was extended in 2021."
    found = {(r.subject, r.predicate, r.object, r.date) for r in read(nlp, text).relations}
    assert found == {("InternationalOrganization:NATO", "supports", "Country:Mauritania", "2021")}, found


def test_relations_an_operation_said_to_be_an_organisations_by_a_modifier_is_part_of_it(nlp) -> None:
    text = "Operation Sea Guardian is a NATO maritime security operation."
    found = {(r.subject, r.predicate, r.object) for r in read(nlp, text).relations}
    assert found == {("Event:Operation Sea Guardian", "partOf", "InternationalOrganization:NATO")}, found


def test_relations_a_date_in_an_apposition_does_not_date_the_clause(nlp) -> None:
    text = "Iraq, a partner across the globe since 2012, has worked with NATO."
    found = {(r.predicate, r.date) for r in read(nlp, text).relations if r.subject == "Country:Iraq"}
    assert found == {("participatesIn", "2012"), ("cooperatesWith", "")}, found


def test_relations_an_organisation_named_after_its_founding_treaty_is_signed(nlp) -> None:
    text = "In May 1955 Poland and Romania concluded the Warsaw Pact; Albania left it in 1968."
    found = {(r.subject, r.predicate, r.object, r.date) for r in read(nlp, text).relations if r.predicate == "signed"}
    assert found == {("Country:Poland", "signed", "InternationalOrganization:Warsaw Pact", "1955-05"),
                     ("Country:Romania", "signed", "InternationalOrganization:Warsaw Pact", "1955-05")}, found


def test_relations_a_relative_clause_hung_on_an_action_noun_describes_the_name_before_its_comma(nlp) -> None:
    text = ("They discussed the consequences of Russia's war against Ukraine for Moldova, which is a neutral "
            "country and a partner of the Alliance since 1994.")
    found = {(r.subject, r.predicate, r.object, r.date) for r in read(nlp, text).relations if r.rule == "copula"}
    assert found == {("Country:Moldova", "partnerOf", "InternationalOrganization:NATO", "1994")}, found



def test_relations_what_a_present_clause_says_will_happen_once_is_pending(nlp) -> None:
    text = "Once Finland and Sweden complete their accession, the Baltic Sea will be surrounded by NATO Allies."
    found = {(r.subject, r.predicate, r.object, r.modality) for r in read(nlp, text).relations}
    assert found == {("Country:Finland", "memberOf", "InternationalOrganization:NATO", "pending"),
                     ("Country:Sweden", "memberOf", "InternationalOrganization:NATO", "pending")}, found


def test_relations_a_successor_of_a_successor_is_no_successor_of_the_first(nlp) -> None:
    text = ("Jens Stoltenberg took office as NATO's thirteenth Secretary General on 1 October 2014, succeeding "
            "Anders Fogh Rasmussen, and was succeeded by Mark Rutte in October 2024.")
    found = {(r.subject, r.object) for r in read(nlp, text).relations if r.predicate == "succeeded"}
    assert found == {("Person:Jens Stoltenberg", "Person:Anders Fogh Rasmussen"),
                     ("Person:Mark Rutte", "Person:Jens Stoltenberg")}, found


def test_relations_both_countries_are_the_last_two_subjects_named_apart(nlp) -> None:
    text = ("Armenia has worked with NATO since 1992 and joined the Partnership for Peace in 1994; Azerbaijan "
            "joined the same year. Both countries have sent troops to KFOR.")
    found = {r.subject for r in read(nlp, text).relations if r.object == "Event:Kosovo Force"}
    assert found == {"Country:Armenia", "Country:Azerbaijan"}, found


def test_relations_a_word_of_a_name_owns_nothing_of_its_conjuncts(nlp) -> None:
    text = "In March 2016, Japan's Self-Defense Forces and NATO signed an agreement on classified information."
    found = {(r.subject, r.predicate, r.object) for r in read(nlp, text).relations if r.predicate == "partOf"}
    assert found == set(), found


def test_relations_fact_sheet_fields_of_a_tie_and_of_a_head_of_state(nlp) -> None:
    text = ("Finland\nCapital: Helsinki\nNATO membership: since 4 April 2023\n"
            "Head of state: President Alexander Stubb")
    found = {(r.subject, r.predicate, r.object, r.date) for r in read(nlp, text).relations if r.rule == "list-field"}
    assert found == {("Country:Finland", "memberOf", "InternationalOrganization:NATO", "2023-04-04"),
                     ("Person:Alexander Stubb", "leaderOf", "Country:Finland", "")}, found


def test_relations_an_operation_an_organisation_s_campaign_is_part_of_it(nlp) -> None:
    text = "Operation Unified Protector, NATO's campaign over Libya, ended in October 2011."
    found = {(r.subject, r.predicate, r.object) for r in read(nlp, text).relations if r.predicate == "partOf"}
    assert found == {("Event:Operation Unified Protector", "partOf", "InternationalOrganization:NATO")}, found


def test_relations_a_dialogue_opened_with_one_country_founds_no_framework(nlp) -> None:
    text = "NATO was founded in 1949. In 2006 the Allies opened an Intensified Dialogue with Georgia."
    found = {(r.subject, r.predicate, r.object) for r in read(nlp, text).relations if r.predicate == "established"}
    assert found == set(), found
    text = "NATO opened the NATO-Ukraine Council in 2023."
    found = {(r.subject, r.predicate, r.object) for r in read(nlp, text).relations if r.predicate == "established"}
    assert found == {("InternationalOrganization:NATO", "established", "PartnershipFramework:NATO-Ukraine Council")}
    text = "NATO opened the Mediterranean Dialogue with Egypt, Israel, Mauritania, Morocco and Tunisia in 1994."
    found = {(r.subject, r.predicate, r.object) for r in read(nlp, text).relations if r.predicate == "established"}
    assert found == {("InternationalOrganization:NATO", "established", "PartnershipFramework:Mediterranean Dialogue")}


@pytest.mark.parametrize(("text", "members"), [
    ("NATO was founded in 1949. Japan and Australia joined us at the Vilnius Summit.", set()),
    ("NATO was founded in 1949. Finland joined us in 2023.", {"Country:Finland"}),
])
def test_relations_who_joins_us_at_a_summit_attends_it_and_joins_no_alliance(nlp, text: str, members: set[str]) -> None:
    found = {r.subject for r in read(nlp, text).relations if r.predicate == "memberOf"}
    assert found == members, found


def test_relations_a_table_s_caption_names_the_framework_its_joining_column_dates(nlp) -> None:
    text = ("NATO partners in the Mediterranean Dialogue\nCountry | Joined | Individual programme\n"
            "Egypt | 1995 | ICP 2007\nJordan | 1995 | ITPP 2023")
    found = {(r.subject, r.predicate, r.object, r.date) for r in read(nlp, text).relations}
    assert found == {(f"Country:{c}", "participatesIn", "PartnershipFramework:Mediterranean Dialogue", "1995")
                     for c in ("Egypt", "Jordan")}, found
    # a sentence above the table is no caption
    text = ("NATO was founded in 1949. Georgia signed up to the Mediterranean Dialogue in 1994.\n"
            "Country | Joined | Individual programme\nEgypt | 1995 | ICP 2007")
    found = {(r.subject, r.predicate, r.object) for r in read(nlp, text).relations if r.subject == "Country:Egypt"}
    assert found == {("Country:Egypt", "memberOf", "InternationalOrganization:NATO")}, found


def test_relations_names_none_of_which_are_members_are_no_members(nlp) -> None:
    text = ("NATO was founded in 1949. Austria, Switzerland and Ireland, none of which are members of the Alliance, "
            "sent contingents.")
    found = {(r.subject, r.polarity) for r in read(nlp, text).relations if r.predicate == "memberOf"}
    assert found == {(f"Country:{c}", "negative") for c in ("Austria", "Switzerland", "Ireland")}, found
    # "none of whose soldiers" negates no clause of the name it follows
    text = "NATO was founded in 1949. Sweden, none of whose soldiers were deployed, joined the Partnership for Peace."
    found = {(r.subject, r.predicate, r.polarity) for r in read(nlp, text).relations}
    assert found == {("Country:Sweden", "participatesIn", "positive")}, found


#: short texts of our own and every fact natokg reads from them (subject, predicate, object, date, modality)
_OWN_LINES = [
    pytest.param(
        "Denmark and Norway served in ISAF, and Italy took over in Herat in 2005.",
        {(f"Country:{c}", "participatesIn", "Event:International Security Assistance Force", "", "")
         for c in ("Denmark", "Norway")},
        id="who-takes-over-after-serving-in-an-operation-succeeds-no-one"),
    pytest.param(
        "Denmark and Iceland were among the founding members, while the Baltic states of Estonia, Latvia and "
        "Lithuania joined NATO in 2004.",
        {*{(f"Country:{c}", "memberOf", "InternationalOrganization:NATO", "", "") for c in ("Denmark", "Iceland")},
         *{(f"Country:{c}", "memberOf", "InternationalOrganization:NATO", "2004", "")
           for c in ("Estonia", "Latvia", "Lithuania")}},
        id="the-states-of-a-list-of-countries-are-those-countries"),
    pytest.param(
        "The states of the former Soviet Union joined the North Atlantic Cooperation Council.",
        set(),
        id="the-states-of-one-country-are-not-that-country"),
    pytest.param(
        "Russian troops served in the Bosnia peacekeeping force (IFOR).",
        {("Country:Russia", "participatesIn", "Event:Implementation Force", "", "")},
        id="an-operation-noun-stands-for-the-operation-bracketed-after-it"),
    pytest.param(
        "Operation | Contributors\nKFOR | Ukraine (suspended 2014); Sweden (1999)",
        {("Country:Ukraine", "participatesIn", "Event:Kosovo Force", "", ""),
         ("Country:Sweden", "participatesIn", "Event:Kosovo Force", "1999", "")},
        id="a-cell-item-takes-the-date-bracketed-after-it-unless-it-ends-it"),
    pytest.param(
        "Germany led the VJTF in 2019 until Poland took over in 2020, and Italy took over in 2021.",
        {("Country:Germany", "participatesIn", "Organization:Very High Readiness Joint Task Force", "2019", ""),
         ("Country:Poland", "succeeded", "Country:Germany", "2020", ""),
         ("Country:Italy", "succeeded", "Country:Poland", "2021", "")},
        id="who-takes-over-after-an-earlier-take-over-succeeds-that-one"),
    pytest.param(
        "Ukraine defended Mariupol for weeks until Russia took over.",
        set(),
        id="who-takes-over-after-a-clause-of-no-post-succeeds-no-one"),
    pytest.param(
        "Country | Documents\nJapan | IPCP (May 2014)\nGeorgia | IPAP (2004)",
        {("Country:Japan", "adopted", "Agreement:Individual Partnership and Cooperation Programme", "2014-05", ""),
         ("Country:Georgia", "adopted", "Agreement:Individual Partnership Action Plan", "2004", "")},
        id="a-country-row-under-a-documents-column-adopted-them"),
    pytest.param(
        "TAAC West (Herat): Italy",
        {("Organization:TAAC West", "locatedIn", "Place:Herat", "", "")},
        id="an-acronym-command-named-by-a-compass-point-is-a-name"),
    pytest.param(
        "Partner | Region | Partnership documents\nJapan | Indo-Pacific | IPCP (May 2014); ITPP (July 2023)\n"
        "Mongolia | East Asia | Annual National Programme (2012); IPAP (2015)",
        {("Country:Japan", "locatedIn", "Place:Indo-Pacific", "", ""),
         ("Country:Japan", "adopted", "Agreement:Individual Partnership and Cooperation Programme", "2014-05", ""),
         ("Country:Japan", "adopted", "Agreement:Individually Tailored Partnership Programme", "2023-07", ""),
         ("Country:Mongolia", "locatedIn", "Place:East Asia", "", ""),
         ("Country:Mongolia", "adopted", "Agreement:Annual National Programme", "2012", ""),
         ("Country:Mongolia", "adopted", "Agreement:Individual Partnership Action Plan", "2015", "")},
        id="a-documents-column-lists-what-the-row-adopted-each-at-its-bracketed-date"),
    pytest.param(
        "Denmark assumed command in late 2020, and Italy took over in 2022.",
        {("Country:Italy", "succeeded", "Country:Denmark", "2022", "")},
        id="who-takes-over-succeeds-the-subject-of-the-clause-before"),
    pytest.param(
        "Robert F. Simmons was the first to hold the post; James Appathurai took over in 2010.",
        {("Person:James Appathurai", "succeeded", "Person:Robert F. Simmons", "2010", "")},
        id="who-takes-over-after-a-semicolon-succeeds-the-subject-before-it"),
    pytest.param(
        "NATO led the mission until the European Union took over.",
        set(),
        id="a-body-taking-over-succeeds-no-body"),
    pytest.param(
        "Like Australia, Japan and New Zealand, South Korea attended the Madrid Summit.",
        {("Country:South Korea", "participatesIn", "Event:Madrid Summit", "", "")},
        id="the-subject-after-a-fronted-phrase-with-a-list-of-its-own-is-after-that-list"),
    pytest.param(
        "17 March 1948 – In Brussels, Belgium, France, Luxembourg, the Netherlands and the United Kingdom sign the "
        "Brussels Treaty.",
        {(f"Country:{c}", "signed", "Agreement:Brussels Treaty", "1948-03-17", "")
         for c in ("Belgium", "France", "Luxembourg", "Netherlands", "United Kingdom")},
        id="the-whole-list-after-a-fronted-place-is-the-subject"),
    pytest.param(
        "The Secretary General, the chairman of the North Atlantic Council and head of the International Staff, "
        "attended the Washington Summit.",
        set(),
        id="an-office-apposition-a-comma-closes-is-no-list-of-offices"),
    pytest.param(
        "The participants in the dialogue – Serbia, Kosovo and the European Union – met in Brussels.",
        set(),
        id="a-list-set-off-after-an-in-phrase-is-neither-its-whole-nor-its-region"),
    pytest.param(
        "During a visit to NATO Headquarters, Shinzo Abe and Anders Fogh Rasmussen sign Japan's IPCP.",
        {("Person:Shinzo Abe", "signed", "Agreement:Individual Partnership and Cooperation Programme", "", ""),
         ("Person:Anders Fogh Rasmussen", "signed", "Agreement:Individual Partnership and Cooperation Programme", "",
          ""),
         ("Person:Shinzo Abe", "relatedTo", "Place:NATO Headquarters", "", ""),
         ("Person:Anders Fogh Rasmussen", "relatedTo", "Place:NATO Headquarters", "", "")},
        id="names-after-a-fronted-phrase-and-its-comma-are-the-subject"),
    pytest.param(
        "The remaining participants in the Membership Action Plan – Albania, Croatia and Montenegro – were invited "
        "to join.",
        {(f"Country:{c}", "participatesIn", "Agreement:Membership Action Plan", "", "")
         for c in ("Albania", "Croatia", "Montenegro")},
        id="countries-between-dashes-after-participants-in-a-framework-take-part-in-it"),
    pytest.param(
        "Today the President of the European Council, the President of the European Commission and the Secretary "
        "General of NATO signed a Joint Declaration on EU-NATO Cooperation.",
        {(f"{k}", "signed", "Agreement:Joint Declaration on EU-NATO Cooperation", "", "")
         for k in ("Organization:European Council", "Organization:European Commission", "InternationalOrganization:NATO")},
        id="a-list-of-offices-after-a-comma-is-the-subject-not-an-apposition"),
    pytest.param(
        "Finland and Sweden, both members of the EU and partners of NATO, joined the PfP.",
        {(f"Country:{c}", "participatesIn", "PartnershipFramework:Partnership for Peace", "", "")
         for c in ("Finland", "Sweden")},
        id="an-apposition-with-a-conjunct-set-off-by-commas-is-no-subject"),
    pytest.param(
        "The Joint Declaration on EU-NATO Cooperation was signed in Brussels on 10 January 2023 by the NATO "
        "Secretary General, the President of "
        "the European Council and the President of the European Commission.",
        {(f"{k}", "signed", "Agreement:Joint Declaration on EU-NATO Cooperation", "2023-01-10", "")
         for k in ("Organization:European Council", "Organization:European Commission", "InternationalOrganization:NATO")},
        id="offices-listed-after-an-office-are-its-conjuncts"),
    pytest.param(
        "Sweden and Finland attended a NATO summit for the first time in Vilnius in July 2023.",
        {(f"Country:{c}", "participatesIn", "Event:Vilnius Summit 2023", "2023-07", "") for c in ("Sweden", "Finland")},
        id="a-summit-word-with-a-dated-place-a-few-words-on-is-that-summit"),
    pytest.param(
        "Norway and Denmark were represented at Madrid in June 2022 and at Vilnius in July 2023.",
        {*{(f"Country:{c}", "participatesIn", "Event:Madrid Summit 2022", "2022-06", "") for c in ("Norway", "Denmark")},
         *{(f"Country:{c}", "participatesIn", "Event:Vilnius Summit 2023", "2023-07", "")
           for c in ("Norway", "Denmark")}},
        id="a-summit-place-dated-after-at-is-the-summit"),
    pytest.param(
        "Japan and Australia have joined us at this summit, following their first participation in Madrid on 29 June "
        "2022.",
        {(f"Country:{c}", "participatesIn", "Event:Madrid Summit 2022", d, "")
         for c in ("Japan", "Australia") for d in ("2022-06-29", "2022")},
        id="a-dated-summit-place-after-a-word-of-presence-is-the-summit"),
    pytest.param(
        "The declarations were signed in Warsaw in July 2016.",
        set(),
        id="a-dated-summit-place-after-in-with-no-summit-or-presence-stays-a-place"),
    pytest.param(
        "Ukraine's Foreign Minister Dmytro Kuleba joined Allied foreign ministers at Brussels in November 2021.",
        set(),
        id="a-summit-place-dated-in-another-month-than-its-summit-stays-a-place"),
    pytest.param(
        "Ahead of the summit, Finland opened an embassy in Vilnius in 2023.",
        set(),
        id="a-dated-summit-place-where-a-thing-opened-stays-a-place"),
    pytest.param(
        "The NATO Defense College at Rome in 1991 trained officers.",
        {("Organization:NATO Defense College", "locatedIn", "Place:Rome", "1991", "")},
        id="a-dated-summit-place-after-a-name-and-at-is-where-that-name-is"),
    pytest.param(
        "Swedish pilots flew with NATO over Libya in 2011.",
        set(),
        id="flying-with-an-organisation-takes-part-in-no-operation"),
    pytest.param(
        "Georgia and Armenia continued under the Resolute Support Mission from January 2015.",
        {(f"Country:{c}", "participatesIn", "Event:Resolute Support Mission", "2015-01", "")
         for c in ("Georgia", "Armenia")},
        id="who-continues-under-an-operation-takes-part-in-it"),
    pytest.param(
        "The Partnership for Peace (PfP), launched at the Brussels Summit in January 1994, was joined that same year "
        "by Sweden.",
        {("Event:Brussels Summit 1994", "established", "PartnershipFramework:Partnership for Peace", "1994-01", ""),
         ("Country:Sweden", "participatesIn", "PartnershipFramework:Partnership for Peace", "", "")},
        id="a-participle-between-commas-after-a-name-is-on-the-name"),
    pytest.param(
        "The Norwegian navy sailed with Operation Active Endeavour in the Mediterranean.",
        {("Country:Norway", "participatesIn", "Event:Operation Active Endeavour", "", ""),
         ("Event:Operation Active Endeavour", "heldIn", "Place:Mediterranean", "", "")},
        id="who-sails-with-an-operation-takes-part-in-it"),
    pytest.param(
        "The North Atlantic Council launched the Mediterranean Dialogue in 1994; Egypt, Israel and Tunisia were the "
        "first participants.",
        {("Organization:North Atlantic Council", "established", "PartnershipFramework:Mediterranean Dialogue", "1994",
          ""),
         *{(f"Country:{c}", "participatesIn", "PartnershipFramework:Mediterranean Dialogue", "", "")
           for c in ("Egypt", "Israel", "Tunisia")}},
        id="participants-with-no-whole-of-their-own-are-in-what-the-sentence-is-about"),
    pytest.param(
        "A Lithuanian-Polish-Ukrainian brigade served in KFOR.",
        {("Country:Lithuania", "participatesIn", "Event:Kosovo Force", "", ""),
         ("Country:Poland", "participatesIn", "Event:Kosovo Force", "", ""),
         ("Country:Ukraine", "participatesIn", "Event:Kosovo Force", "", "")},
        id="each-nation-of-a-hyphenated-unit-serves"),
    pytest.param(
        "NATO opened an Intensified Dialogue on Georgia's membership aspirations in 2006. NATO refused to open an "
        "Intensified Dialogue on Serbia's bid.",
        {("Country:Georgia", "participatesIn", "PartnershipFramework:Intensified Dialogue", "2006", ""),
         ("Country:Serbia", "participatesIn", "PartnershipFramework:Intensified Dialogue", "", "refuse")},
        id="the-country-whose-aspirations-a-dialogue-is-on-takes-part-in-it"),
    pytest.param(
        "Key dates:\n- Launched: Istanbul Summit, Türkiye, June 2004\n- 2-4 April 2008 - Bucharest Summit, Romania.\n"
        "\nAt the Madrid Summit, Sweden and Finland were invited.",
        {("Event:Istanbul Summit 2004", "heldIn", "Country:Türkiye", "2004", ""),
         ("Event:Bucharest Summit 2008", "heldIn", "Country:Romania", "2008", "")},
        id="an-entrys-summit-and-its-country-before-a-date-or-the-end-is-held-there"),
    pytest.param(
        "Centres of Excellence:\n- Energy Security COE - Vilnius, Lithuania\n\u2022 Defence Against Terrorism COE "
        "\u2013 Ankara, T\u00fcrkiye\n\nStatement by the North Atlantic Council \u2013 Madrid, Spain, 29 June 2022",
        {("Organization:Energy Security COE", "locatedIn", "Place:Vilnius", "", ""),
         ("Place:Vilnius", "locatedIn", "Country:Lithuania", "", ""),
         ("Organization:Defence Against Terrorism COE", "locatedIn", "Place:Ankara", "", ""),
         ("Place:Ankara", "locatedIn", "Country:Türkiye", "", ""),
         ("Place:Madrid", "locatedIn", "Country:Spain", "", "")},
        id="a-list-entrys-body-a-dash-and-its-city-and-country-is-in-the-city-a-datelines-is-not"),
    pytest.param(
        "Regional Command South (United Kingdom) and Regional Command East (United States) were the largest. Over "
        "1,000 Georgian soldiers served under NATO in Afghanistan. Talks in the NATO-Russia Council on Ukraine's "
        "membership aspirations stalled. The Alliance rejected an Intensified Dialogue on Kazakhstan's bid.\n\n"
        "Partner contributions:\n\u2022 ISAF \u2013 Mongolia\n\u2022 KFOR, Ukraine\n\nRussia attended the Bucharest "
        "Summit, Ukraine; Georgia sent its President.\n\nNorth Atlantic Council \u2013 Madrid, Spain \u2013 29 June 2022",
        {("Country:Russia", "participatesIn", "Event:Bucharest Summit 2008", "2008", ""),
         ("Country:Ukraine", "partnerOf", "InternationalOrganization:NATO", "", ""),
         ("Place:Madrid", "locatedIn", "Country:Spain", "", "")},
        id="a-bracketed-lead-nation-a-contributor-a-dateline-or-talks-in-a-council-place-or-join-nothing"),
    pytest.param(
        "In 2012 Australia and NATO signed the Joint Political Declaration.",
        {("Country:Australia", "signed", "Agreement:Joint Political Declaration", "2012", ""),
         ("InternationalOrganization:NATO", "signed", "Agreement:Joint Political Declaration", "2012", "")},
        id="two-names-after-a-year-both-sign"),
    pytest.param(
        "The Partnership for Peace was offered to all partners. Germany and France did not accept. In 2013, Serbia "
        "accepted that KFOR would stay in Kosovo. Had Austria accepted, it would have been welcome. The North "
        "Atlantic Council accepted.",
        {("Event:Kosovo Force", "heldIn", "Place:Kosovo", "", "")},
        id="no-framework-is-taken-up-by-a-denied-supposed-or-clausal-acceptance-nor-by-a-body"),
    pytest.param(
        "Among the partners in the International Security Assistance Force (ISAF) in Afghanistan, Australia, Georgia "
        "and Mongolia sent troops. Within the Kosovo Force (KFOR) in Kosovo, Finland and Sweden also served.",
        {("Event:International Security Assistance Force", "heldIn", "Country:Afghanistan", "", ""),
         ("Event:Kosovo Force", "heldIn", "Place:Kosovo", "", ""),
         ("Country:Finland", "participatesIn", "Event:Kosovo Force", "", ""),
         ("Country:Sweden", "participatesIn", "Event:Kosovo Force", "", "")},
        id="the-subjects-a-fronted-phrase-runs-into-are-no-places-of-its-operation"),
    pytest.param(
        "In 2011 Swedish Gripen jets flew in Operation Unified Protector.",
        {("Country:Sweden", "participatesIn", "Event:Operation Unified Protector", "2011", "")},
        id="who-flies-in-an-operation-takes-part-in-it"),
    pytest.param(
        "Allied leaders agreed to establish an enhanced Forward Presence (eFP) in Estonia, Latvia and Poland.",
        {("Event:Enhanced Forward Presence", "heldIn", "Country:Estonia", "", ""),
         ("Event:Enhanced Forward Presence", "heldIn", "Country:Latvia", "", ""),
         ("Event:Enhanced Forward Presence", "heldIn", "Country:Poland", "", "")},
        id="an-operation-in-a-list-of-places-after-its-bracket-is-held-in-each"),
    pytest.param(
        "Moroccan and Egyptian soldiers served alongside Allied troops in the Stabilisation Force in 1997. Argentina "
        "served with Italian units within KFOR.",
        {("Country:Morocco", "participatesIn", "Event:Stabilisation Force", "1997", ""),
         ("Country:Egypt", "participatesIn", "Event:Stabilisation Force", "1997", ""),
         ("Country:Argentina", "participatesIn", "Event:Kosovo Force", "", "")},
        id="an-operation-after-a-verbs-unnamed-companions-is-where-the-verb-is-done"),
    pytest.param(
        "NATO offered the Istanbul Cooperation Initiative to the six Gulf states in 2004. Bahrain, Kuwait and Qatar "
        "accepted.\n\nNATO offered Ukraine a new plan in 2005. Ukraine accepted.",
        {("Country:Bahrain", "participatesIn", "PartnershipFramework:Istanbul Cooperation Initiative", "", ""),
         ("Country:Kuwait", "participatesIn", "PartnershipFramework:Istanbul Cooperation Initiative", "", ""),
         ("Country:Qatar", "participatesIn", "PartnershipFramework:Istanbul Cooperation Initiative", "", "")},
        id="who-accepts-with-no-object-takes-part-in-the-framework-just-offered-and-nothing-else"),
    pytest.param(
        "The Istanbul Cooperation Initiative was launched in 2004, and Bahrain joined in 2005. Since then the "
        "European Union, the United Nations, the OSCE, the African Union, the Arab League, the Gulf Cooperation "
        "Council, the World Bank, Interpol and the Council of Europe have worked with NATO.",
        {("Country:Bahrain", "participatesIn", "PartnershipFramework:Istanbul Cooperation Initiative", "2005", ""),
         *{(f"{kind}:{name}", "cooperatesWith", "InternationalOrganization:NATO", "", "")
           for kind, name in (("InternationalOrganization", "European Union"),
                              ("InternationalOrganization", "United Nations"),
                              ("InternationalOrganization", "Organization for Security and Co-operation in Europe"),
                              ("InternationalOrganization", "African Union"),
                              ("InternationalOrganization", "League of Arab States"),
                              ("InternationalOrganization", "Gulf Cooperation Council"),
                              ("Organization", "World Bank"), ("Organization", "Interpol"),
                              ("InternationalOrganization", "Council of Europe"))}},
        id="a-join-with-no-object-finds-its-sentences-framework-however-many-names-the-paragraph-holds-after-it"),
    pytest.param(
        "Tajikistan was the last of the eight to join the Partnership for Peace. Romania was the first of the "
        "partners to sign the Framework Document.",
        {("Country:Tajikistan", "participatesIn", "PartnershipFramework:Partnership for Peace", "", ""),
         ("Country:Romania", "signed", "Agreement:Partnership for Peace Framework Document", "", "")},
        id="the-first-or-last-of-a-group-to-act-is-the-copulas-subject"),
    pytest.param(
        "NATO's political headquarters was moved from Paris to Brussels in 1967. The NATO Defense College moved "
        "from Paris to Rome in 1966. The NATO Defence College never moved from Rome. The NATO Summit moved from "
        "Paris to Brussels. NATO moved troops from Germany to Poland.",
        {("InternationalOrganization:NATO", "locatedIn", "Place:Brussels", "", ""),
         ("InternationalOrganization:NATO", "locatedIn", "Place:Paris", "", ""),
         ("Organization:NATO Defense College", "locatedIn", "Place:Paris", "", ""),
         ("Organization:NATO Defense College", "locatedIn", "Place:Rome", "1966", ""),
         ("Event:NATO Summit", "heldIn", "Place:Brussels", "", "")},
        id="a-seat-moved-from-one-place-to-another-was-in-both-the-first-before-the-date"),
    pytest.param(
        "Greece contributed to Operation Active Endeavour, a maritime operation in the Mediterranean, which was "
        "succeeded by Operation Sea Guardian in 2016.",
        {("Country:Greece", "participatesIn", "Event:Operation Active Endeavour", "", ""),
         ("Event:Operation Sea Guardian", "succeeded", "Event:Operation Active Endeavour", "2016", ""),
         ("Event:Operation Active Endeavour", "heldIn", "Place:Mediterranean", "", "")},
        id="a-relative-clause-after-an-apposition-is-on-the-name-it-describes"),
    pytest.param(
        "KFOR ended its patrols in Kosovo in 2020. Operation Ocean Shield began its work off the Horn of Africa in "
        "August 2009. The Warsaw Summit launched a training mission in Iraq. Resolute Support has its headquarters "
        "in Kabul. KFOR has an office in Skopje. KFOR monitored the situation in Serbia. Operation Sea Guardian has "
        "no ships in the Black Sea. Operation Allied Force sparked protests in Russia. KFOR has two bases in Serbia.",
        {("Event:Kosovo Force", "heldIn", "Place:Kosovo", "2020", ""),
         ("Event:Operation Ocean Shield", "heldIn", "Place:Horn of Africa", "2009-08", ""),
         ("Event:Resolute Support Mission", "locatedIn", "Place:Kabul", "", "")},
        id="an-operations-work-in-a-place-is-held-there-not-a-summits-decision-nor-a-seat"),
    pytest.param(
        "NATO is an alliance.\n\nFinland joined NATO in 2023. China followed with concern.\n\nFinland joined NATO "
        "in 2023. Russia followed events closely.\n\nFinland joined NATO in 2023. Sweden will follow.",
        {("Country:Finland", "memberOf", "InternationalOrganization:NATO", "2023", ""),
         ("Country:Sweden", "memberOf", "InternationalOrganization:NATO", "", "will")},
        id="a-follow-that-reacts-or-watches-repeats-nothing-and-one-to-come-keeps-its-modal"),
    pytest.param(
        "Jane Doe, head of Ireland's Mission to NATO, spoke. China has no Mission to NATO. William Walker, head of "
        "the OSCE Kosovo Verification Mission, reported. Croatia became a member of NATO in 2009, and Serbia "
        "followed by declaring neutrality.",
        {("Person:Jane Doe", "leaderOf", "Organization:Mission of Ireland to NATO", "", ""),
         ("Organization:Mission of Ireland to NATO", "partOf", "Country:Ireland", "", ""),
         ("Person:William Walker", "leaderOf", "Event:OSCE Kosovo Verification Mission", "", ""),
         ("Event:OSCE Kosovo Verification Mission", "partOf",
          "InternationalOrganization:Organization for Security and Co-operation in Europe", "", ""),
         ("Country:Croatia", "memberOf", "InternationalOrganization:NATO", "2009", "")},
        id="a-missions-head-heads-the-mission-a-mission-denied-is-none-an-operations-head-heads-it"),
    pytest.param(
        "In 1998 the OSCE Kosovo Verification Mission operated on the ground. The EU Training Mission in Mali trains "
        "soldiers, and NATO Training Mission-Iraq trained officers.",
        {("Event:OSCE Kosovo Verification Mission", "partOf",
          "InternationalOrganization:Organization for Security and Co-operation in Europe", "", ""),
         ("Event:EU Training Mission in Mali", "partOf", "InternationalOrganization:European Union", "", "")},
        id="an-operation-whose-name-opens-with-an-organisations-is-its-not-natos"),
    pytest.param(
        "Operation Ocean Shield was conducted in the Gulf of Aden and off the Horn of Africa. "
        "We express our thanks to Prime Minister Jonas Gahr Støre and the people of Norway.",
        {("Event:Operation Ocean Shield", "heldIn", "Place:Gulf of Aden", "", ""),
         ("Event:Operation Ocean Shield", "heldIn", "Place:Horn of Africa", "", ""),
         ("Person:Jonas Gahr Støre", "leaderOf", "Country:Norway", "", "")},
        id="a-verbs-coordinated-place-prepositions-and-thanks-expressed-to-a-head-and-a-people"),
    pytest.param(
        "Japan became a partner of NATO in 2014. South Korea has not followed, and China followed with concern.",
        {("Country:Japan", "partnerOf", "InternationalOrganization:NATO", "2014", "")},
        id="who-has-not-followed-or-followed-with-a-reaction-did-not-do-the-same"),
    pytest.param(
        "The people of Lithuania thank President Biden. The Secretary General told the North Atlantic Council that "
        "Sweden had joined.",
        set(), id="who-thanks-is-not-thanked-and-what-is-told-is-no-relative-clause"),
    pytest.param(
        "Participants include Austria, which joined the Partnership for Peace in 1995; Malta, which joined in 1995; "
        "and Ireland, which joined in 1999.",
        {("Country:Austria", "participatesIn", "PartnershipFramework:Partnership for Peace", "1995", ""),
         ("Country:Malta", "participatesIn", "PartnershipFramework:Partnership for Peace", "1995", ""),
         ("Country:Ireland", "participatesIn", "PartnershipFramework:Partnership for Peace", "1999", "")},
        id="a-relative-clause-after-a-semicolon-is-the-name-right-before-its"),
    pytest.param(
        "Georgia wants to make contributions to KFOR.\n\nContributions to NATO-led operations:\n"
        "- Egypt: no contribution to KFOR\n- Morocco: SFOR",
        {("Country:Morocco", "participatesIn", "Event:Stabilisation Force", "", "")},
        id="contributions-wished-or-denied-are-not-made"),
    pytest.param(
        "NATO member countries by year of accession:\n1949:\n- Belgium\n- Canada\n1952:\n- Greece",
        {("Country:Belgium", "memberOf", "InternationalOrganization:NATO", "", ""),
         ("Country:Canada", "memberOf", "InternationalOrganization:NATO", "", ""),
         ("Country:Greece", "memberOf", "InternationalOrganization:NATO", "", "")},
        id="a-sub-heading-ending-in-a-colon-keeps-the-list-heading-above"),
    pytest.param(
        "Allied leaders upgraded the NATO-Ukraine Commission to a NATO-Ukraine Council in July 2023. "
        "The Allies turned the Partnership for Peace into a success.",
        {("PartnershipFramework:NATO-Ukraine Council", "succeeded", "PartnershipFramework:NATO-Ukraine Commission",
          "2023-07", "")},
        id="what-a-body-was-turned-into-by-an-active-verb-succeeds-it"),
    pytest.param(
        "Australia's Mission to NATO opened in Brussels in 2018. New Zealand established a Mission to NATO in 2019. "
        "A Mission to NATO was discussed.",
        {("Organization:Mission of Australia to NATO", "locatedIn", "Place:Brussels", "2018", ""),
         ("Organization:Mission of Australia to NATO", "partOf", "Country:Australia", "", ""),
         ("Country:New Zealand", "established", "Organization:Mission of New Zealand to NATO", "2019", "")},
        id="a-countrys-mission-to-nato-is-named-by-whose-it-is-and-is-part-of-it"),
    pytest.param(
        "The European Union welcomed NATO Mission Iraq. NATO Mission Iraq advises Iraqi institutions, and the "
        "European Union supports NATO Mission Iraq.\n\nNew members: Finland, Sweden.",
        {("InternationalOrganization:European Union", "supports", "Event:NATO Mission Iraq", "", ""),
         ("Country:Finland", "memberOf", "InternationalOrganization:NATO", "", ""),
         ("Country:Sweden", "memberOf", "InternationalOrganization:NATO", "", "")},
        id="an-organisation-named-inside-a-curated-name-is-as-salient-as-if-named-alone"),
    pytest.param(
        "At the Washington Summit, Allies established NATO Security Assistance and Training for Ukraine (NSATU) in "
        "Wiesbaden. Georgia takes part in the Building Integrity programme.",
        {("Event:Washington Summit", "established",
          "Organization:NATO Security Assistance and Training for Ukraine", "", ""),
         ("Organization:NATO Security Assistance and Training for Ukraine", "locatedIn", "Place:Wiesbaden", "", ""),
         ("Country:Georgia", "participatesIn", "Agreement:Building Integrity", "", "")},
        id="recent-programmes-and-commands-are-known-names"),
    pytest.param(
        "Georgia continues to make valuable contributions to NATO operations, including the Resolute Support Mission. "
        "NATO asked Moldova to make contributions to KFOR.",
        {("Country:Georgia", "participatesIn", "Event:Resolute Support Mission", "", "")},
        id="who-continues-to-make-contributions-makes-them-not-who-asks-another-to"),
    pytest.param(
        "Currently, 18 countries participate in the Partnership for Peace, including Austria and Malta.",
        {("Country:Austria", "participatesIn", "PartnershipFramework:Partnership for Peace", "", ""),
         ("Country:Malta", "participatesIn", "PartnershipFramework:Partnership for Peace", "", "")},
        id="countries-set-off-after-the-object-are-the-subject-groups-examples"),
    pytest.param(
        "NATO works with partners across the world.\n\nContributions to NATO-led operations:\n"
        "- Jordan: ISAF in Afghanistan and KFOR in Kosovo\n- Morocco: SFOR and KFOR",
        {("Country:Jordan", "participatesIn", "Event:International Security Assistance Force", "", ""),
         ("Country:Jordan", "participatesIn", "Event:Kosovo Force", "", ""),
         ("Country:Morocco", "participatesIn", "Event:Stabilisation Force", "", ""),
         ("Country:Morocco", "participatesIn", "Event:Kosovo Force", "", ""),
         ("Event:International Security Assistance Force", "heldIn", "Country:Afghanistan", "", ""),
         ("Event:Kosovo Force", "heldIn", "Place:Kosovo", "", "")},
        id="a-countrys-line-under-a-heading-of-contributions-takes-part-in-the-operations-it-names"),
    pytest.param(
        "The NATO-led operations in Bosnia and Herzegovina (IFOR and SFOR) ended in 2004.",
        {("Event:Implementation Force", "heldIn", "Country:Bosnia and Herzegovina", "", ""),
         ("Event:Stabilisation Force", "heldIn", "Country:Bosnia and Herzegovina", "", ""),
         ("Event:Implementation Force", "partOf", "InternationalOrganization:NATO", "", ""),
         ("Event:Stabilisation Force", "partOf", "InternationalOrganization:NATO", "", "")},
        id="operations-coordinated-in-brackets-after-their-noun-are-each-held-where-it-is"),
    pytest.param(
        "Operation Ocean Shield was a counter-piracy mission in the Gulf of Aden and off the Horn of Africa.",
        {("Event:Operation Ocean Shield", "heldIn", "Place:Gulf of Aden", "", ""),
         ("Event:Operation Ocean Shield", "heldIn", "Place:Horn of Africa", "", "")},
        id="an-operation-is-held-in-each-place-coordinated-prepositions-give-off-one-too"),
    pytest.param(
        "Mongolia and NATO have engaged in dialogue and cooperation since 2005.",
        {("Country:Mongolia", "cooperatesWith", "InternationalOrganization:NATO", "2005", "")},
        id="two-subjects-engaged-in-cooperation-cooperate"),
    pytest.param(
        "In 1997 the Euro-Atlantic Partnership Council succeeded the North Atlantic Cooperation Council that the "
        "Alliance had created in 1991. NATO and Russia signed the Founding Act in Paris, an agreement that set up the "
        "NATO-Russia Permanent Joint Council.",
        {("PartnershipFramework:Euro-Atlantic Partnership Council", "succeeded",
          "PartnershipFramework:North Atlantic Cooperation Council", "1997", ""),
         ("InternationalOrganization:NATO", "established", "PartnershipFramework:North Atlantic Cooperation Council",
          "1991", ""),
         ("InternationalOrganization:NATO", "signed", "Agreement:NATO-Russia Founding Act", "", ""),
         ("Country:Russia", "signed", "Agreement:NATO-Russia Founding Act", "", ""),
         ("Agreement:NATO-Russia Founding Act", "established",
          "PartnershipFramework:NATO-Russia Permanent Joint Council", "", "")},
        id="a-relative-clause-on-an-object-or-on-a-document-described-after-it-says-what-it-did"),
    pytest.param(
        "Today, Bosnia and Herzegovina is a Membership Action Plan participant. Serbia is a planned member of NATO.",
        {("Country:Bosnia and Herzegovina", "participatesIn", "Agreement:Membership Action Plan", "", ""),
         ("Country:Serbia", "memberOf", "InternationalOrganization:NATO", "", "planned")},
        id="a-word-of-a-name-before-a-role-noun-hedges-nothing"),
    pytest.param(
        "We are grateful to President Andrzej Duda and the people of Poland for their hospitality. "
        "We thank the Czech Republic, and President Václav Havel in particular, for hosting us.",
        {("Person:Andrzej Duda", "leaderOf", "Country:Poland", "", ""),
         ("Person:Václav Havel", "leaderOf", "Country:Czech Republic", "", "")},
        id="a-head-of-state-thanked-with-one-country-or-its-people-is-its-head"),
    pytest.param(
        "Finland became a member of NATO on 4 April 2023. Sweden followed on 7 March 2024.\n\n"
        "Estonia's accession to NATO was completed in 2004; Albania followed in 2009.",
        {("Country:Finland", "memberOf", "InternationalOrganization:NATO", "2023-04-04", ""),
         ("Country:Sweden", "memberOf", "InternationalOrganization:NATO", "2024-03-07", ""),
         ("Country:Estonia", "memberOf", "InternationalOrganization:NATO", "2004", ""),
         ("Country:Albania", "memberOf", "InternationalOrganization:NATO", "2009", "")},
        id="countries-that-followed-did-what-the-clause-before-said-at-their-own-date"),
    pytest.param(
        "The annual Steppe Eagle exercise, hosted near Almaty, brings units together. "
        "Exercise Cold Response took place near Narvik in 2022.",
        {("Event:Steppe Eagle", "heldIn", "Place:Almaty", "", ""),
         ("Event:Cold Response", "heldIn", "Place:Narvik", "2022", "")},
        id="an-event-held-near-a-place-is-held-there"),
    pytest.param(
        "Name | Role | Country\nMark Rutte | Prime Minister | Netherlands\nKaja Kallas | Prime Minister | Estonia",
        {("Person:Mark Rutte", "leaderOf", "Country:Netherlands", "", ""),
         ("Person:Kaja Kallas", "leaderOf", "Country:Estonia", "", "")},
        id="a-national-office-in-another-cell-is-of-the-country-a-third-cell-names"),
    pytest.param(
        "Country | Notes\nJapan | President Joe Biden was welcomed in Tokyo in 2022\n"
        "Estonia | President Alar Karis attended the summit\n\nBelarus: supported by President Putin",
        {("Person:Alar Karis", "leaderOf", "Country:Estonia", "", ""),
         ("Person:Putin", "supports", "Country:Belarus", "", "")},
        id="a-head-of-state-another-clause-names-on-a-countrys-row-or-line-is-not-its-head"),
    pytest.param(
        "Country | Notes\nUkraine | supported by NATO since 2014\nMontenegro | invited to join NATO in December 2015",
        {("InternationalOrganization:NATO", "supports", "Country:Ukraine", "2014", ""),
         ("Country:Montenegro", "memberOf", "InternationalOrganization:NATO", "2015-12", "invite")},
        id="a-cells-participle-with-its-doer-or-of-an-invitation-is-what-was-done-to-the-rows-thing"),
    pytest.param(
        "Country | Year | Note\nGeorgia | 2004 | signed IPAP",
        {("Country:Georgia", "signed", "Agreement:Individual Partnership Action Plan", "2004", ""),
         ("Country:Georgia", "signed", "Agreement:Individual Partnership Action Plan", "", "")},
        id="a-year-column-dates-a-later-cells-clause"),
    pytest.param(
        "Initiative | Launched at\nPartnership Interoperability Initiative | Wales Summit 2014",
        set(), id="a-headers-verb-with-its-preposition-makes-no-decision-column"),
    pytest.param(
        "Relations with Finland\nFinland signed the PfP Framework Document on 9 May 1994\n\nFinland joined NATO this year.",
        {("Country:Finland", "signed", "Agreement:Partnership for Peace Framework Document", "1994-05-09", ""),
         ("Country:Finland", "memberOf", "InternationalOrganization:NATO", "", "")},
        id="a-sentence-ending-in-a-date-is-no-header-line-that-dates-this-year"),
    pytest.param(
        "NATO Press Release\n4 April 2023\n\nFinland today joined the Alliance.",
        {("Country:Finland", "memberOf", "InternationalOrganization:NATO", "2023-04-04", "")},
        id="a-header-line-that-is-a-date-alone-dates-today"),
    pytest.param(
        "NATO has many partners. The four Indo-Pacific partners – Australia, Japan, New Zealand and the Republic "
        "of Korea – attended the summit.",
        {(f"Country:{c}", p, o, "", "") for c in ("Australia", "Japan", "New Zealand", "South Korea")
         for p, o in (("partnerOf", "InternationalOrganization:NATO"), ("locatedIn", "Place:Indo-Pacific"))},
        id="a-region-before-a-group-noun-places-the-members-it-lists"),
    pytest.param(
        "Sweden joined the Alliance in 2024.\nSee also: Sweden's accession explained | Relations with Finland | Partners",
        {("Country:Sweden", "memberOf", "InternationalOrganization:NATO", "2024", "")},
        id="a-lone-line-of-links-parted-by-pipes-is-a-menu-that-states-nothing"),
    pytest.param(
        "Summit Communiqué\nIssued by the Heads of State and Government, Riga, 29 November 2006\n\n"
        "We warmly welcome Montenegro, which joined the Partnership for Peace earlier this year. Today the "
        "Alliance launches the Partnership Interoperability Initiative.",
        {("Country:Montenegro", "participatesIn", "PartnershipFramework:Partnership for Peace", "2006", ""),
         ("InternationalOrganization:NATO", "established", "PartnershipFramework:Partnership Interoperability Initiative",
          "2006-11-29", "")},
        id="today-and-this-year-are-of-the-date-a-documents-header-line-gives"),
    pytest.param(
        "- Norway: confirmed by Prime Minister Jonas Gahr Støre and King Harald V in a joint statement.",
        {("Person:Jonas Gahr Støre", "leaderOf", "Country:Norway", "", "")},
        id="a-national-office-on-a-line-a-country-labels-is-that-countrys"),
    pytest.param(
        "The North Atlantic Cooperation Council was set up in 1991. Its first members were the sixteen Allies, "
        "together with Bulgaria, Estonia and Romania.",
        {("Country:Bulgaria", "participatesIn", "PartnershipFramework:North Atlantic Cooperation Council", "", ""),
         ("Country:Estonia", "participatesIn", "PartnershipFramework:North Atlantic Cooperation Council", "", ""),
         ("Country:Romania", "participatesIn", "PartnershipFramework:North Atlantic Cooperation Council", "", "")},
        id="the-companions-of-a-roles-unnamed-holders-hold-it-too"),
    pytest.param(
        "NATO set up the Partnership Interoperability Initiative in 2014. The initiative was first offered to the "
        "members of the Euro-Atlantic Partnership Council (EAPC). Malta and Ireland joined it later.",
        {("InternationalOrganization:NATO", "established", "PartnershipFramework:Partnership Interoperability Initiative",
          "2014", ""),
         ("Country:Malta", "participatesIn", "PartnershipFramework:Partnership Interoperability Initiative", "", ""),
         ("Country:Ireland", "participatesIn", "PartnershipFramework:Partnership Interoperability Initiative", "", "")},
        id="an-object-it-is-no-group-whose-members-a-phrase-names"),
    pytest.param(
        "NATO runs several colleges.\n\nInstitution | Location | Partner access\n"
        "NATO Defense College | Rome | Courses open to partners since 1991",
        {("Organization:NATO Defense College", "locatedIn", "Place:Rome", "", "")},
        id="a-partner-column-or-cell-of-a-body-that-is-no-state-or-union-of-states-is-no-partnership"),
    pytest.param(
        "Country | PfP participant | Notes\nMalta | yes (from 2008) | rejoined after leaving in 1996",
        {("Country:Malta", "participatesIn", "PartnershipFramework:Partnership for Peace", "2008", ""),
         ("Country:Malta", "participatesIn", "PartnershipFramework:Partnership for Peace", "", "")},
        id="a-participant-column-is-of-the-framework-its-header-names"),
    pytest.param(
        "Moldovan officers have also taken part in PfP exercises and training courses.",
        {("Country:Moldova", "participatesIn", "PartnershipFramework:Partnership for Peace", "", "")},
        id="taking-part-in-a-frameworks-exercises-is-taking-part-in-it"),
    pytest.param(
        "Partner | Capital | Notes\nMoldova | Chisinau | IPAP agreed May 2006; invited to the Istanbul Summit",
        {("Country:Moldova", "adopted", "Agreement:Individual Partnership Action Plan", "2006-05", ""),
         ("Place:Chisinau", "locatedIn", "Country:Moldova", "", "")},
        id="a-document-before-a-cells-participle-is-what-the-row-did-and-an-invitation-is-the-rows-passive"),
    pytest.param(
        "Summit | Dates | Decisions adopted or launched | Partners attending\n"
        "Chicago Summit | 20-21 May 2012 | Defence Package; Smart Defence Initiative | "
        "Afghanistan (President Hamid Karzai); ISAF partner nations",
        {("Person:Hamid Karzai", "leaderOf", "Country:Afghanistan", "", ""),
         ("Event:Chicago Summit 2012", "adopted", "Agreement:Defence Package", "2012-05-20", ""),
         ("Event:Chicago Summit 2012", "established", "PartnershipFramework:Smart Defence Initiative", "2012-05-20", ""),
         ("Country:Afghanistan", "participatesIn", "Event:Chicago Summit 2012", "2012-05-20", "")},
        id="a-headers-verbs-say-what-each-summit-did-to-each-name-by-its-class-and-a-row-is-no-header-again"),
    pytest.param(
        "Country | Joined PfP | Notes\n"
        "Sweden | May 1994 | Gripen Squadron offered to the NRF; sent a corvette to Operation Ocean Shield",
        {("Country:Sweden", "participatesIn", "Event:Operation Ocean Shield", "", ""),
         ("Country:Sweden", "participatesIn", "PartnershipFramework:Partnership for Peace", "1994-05", "")},
        id="a-cells-clause-without-its-subject-is-of-the-rows-name-and-not-dated-by-another-column"),
    pytest.param(
        "Partner | Joined PfP | Exercises and operations\n"
        "Austria | February 1995 | took part in Cold Response 2022; sent troops to KFOR",
        {("Country:Austria", "participatesIn", "Event:Cold Response 2022", "2022", ""),
         ("Country:Austria", "participatesIn", "Event:Kosovo Force", "", ""),
         ("Country:Austria", "participatesIn", "PartnershipFramework:Partnership for Peace", "1995-02", "")},
        id="a-cells-clause-has-its-own-date-not-the-joining-columns"),
    pytest.param(
        "Date | Milestone | Leaders\n4 April 1949 | Norway signs the North Atlantic Treaty in Washington | Halvard Lange",
        {("Country:Norway", "signed", "Agreement:Washington Treaty", "1949-04-04", "")},
        id="a-row-opening-with-its-date-dates-its-cells-clause-with-the-day-the-model-left-out"),
    pytest.param(
        "Country | Partnership for Peace (PfP) | Notes\nMoldova | 16 Mar 1994 | Neutral by its constitution",
        {("Country:Moldova", "participatesIn", "PartnershipFramework:Partnership for Peace", "1994-03-16", "")},
        id="a-column-a-framework-names-alone-holds-the-rows-taking-part-in-it"),
    pytest.param(
        "Mission | Area | Start | Type\nKFOR | Kosovo | June 1999 | NATO-led peace-support operation",
        {("Event:Kosovo Force", "partOf", "InternationalOrganization:NATO", "1999-06", ""),
         ("Event:Kosovo Force", "heldIn", "Place:Kosovo", "1999-06", "")},
        id="a-cells-noun-phrase-describes-the-rows-name-as-an-apposition"),
    pytest.param(
        "Russia took part in the North Atlantic Cooperation Council (NACC), the forum the Alliance set up in 1991 "
        "for dialogue.",
        {("Country:Russia", "participatesIn", "PartnershipFramework:North Atlantic Cooperation Council", "", ""),
         ("InternationalOrganization:NATO", "established", "PartnershipFramework:North Atlantic Cooperation Council",
          "1991", "")},
        id="a-relative-clause-without-its-pronoun-has-its-antecedent-for-object"),
    pytest.param(
        "The 2002 summit took place in Rome. The G20 summit took place in London in 2009.",
        set(), id="a-summit-held-in-a-place-is-no-known-summit-of-another-year-or-body"),
    pytest.param(
        "Spain hosts a United States air base at Rota. Spain joined the attack on Libya within Operation Unified "
        "Protector.",
        {("Country:Spain", "participatesIn", "Event:Operation Unified Protector", "", "")},
        id="a-country-is-no-sites-name-and-a-path-past-a-hostile-act-still-reads"),
    pytest.param(
        "Members of the Mediterranean Dialogue:\n- North Africa: Algeria, Morocco and, since 2000, Mauritania\n"
        "- Middle East: Israel and Jordan",
        {(f"Country:{c}", "participatesIn", "PartnershipFramework:Mediterranean Dialogue", "", "")
         for c in ("Algeria", "Morocco", "Mauritania", "Israel", "Jordan")},
        id="a-list-line-after-a-groups-label-lists-the-names-after-its-colon"),
    pytest.param(
        "NATO's 2010 Strategic Concept was adopted in Lisbon. The Council cited UN Security Council Resolution 1973.",
        {("InternationalOrganization:NATO", "adopted", "Agreement:2010 Strategic Concept", "2010", ""),
         ("Agreement:2010 Strategic Concept", "partOf", "InternationalOrganization:NATO", "", "")},
        id="an-agreement-whose-name-opens-with-a-year-was-adopted-that-year"),
    pytest.param(
        "NATO enlargement\n\nDate | New members | Notes\n18 February 1952 | Greece, Turkey | First enlargement\n"
        "1 April 2009 | Albania, Croatia |",
        {("Country:Greece", "memberOf", "InternationalOrganization:NATO", "1952-02-18", ""),
         ("Country:Türkiye", "memberOf", "InternationalOrganization:NATO", "1952-02-18", ""),
         ("Country:Albania", "memberOf", "InternationalOrganization:NATO", "2009-04-01", ""),
         ("Country:Croatia", "memberOf", "InternationalOrganization:NATO", "2009-04-01", "")},
        id="a-tables-rows-dated-by-their-first-cell-name-the-items-of-the-columns-after-it"),
    pytest.param(
        "Japan attended the Vilnius Summit. The Istanbul Summit launched the Istanbul Cooperation Initiative.",
        {("Country:Japan", "participatesIn", "Event:Vilnius Summit 2023", "2023", ""),
         ("Event:Istanbul Summit 2004", "established", "PartnershipFramework:Istanbul Cooperation Initiative", "2004",
          "")},
        id="a-fact-of-a-summit-of-one-year-takes-its-year"),
    pytest.param(
        "Armenia, Azerbaijan and Georgia cooperate with NATO. Most of them signed the PfP Framework Document in "
        "1994.",
        {("Country:Armenia", "cooperatesWith", "InternationalOrganization:NATO", "", ""),
         ("Country:Azerbaijan", "cooperatesWith", "InternationalOrganization:NATO", "", ""),
         ("Country:Georgia", "cooperatesWith", "InternationalOrganization:NATO", "", "")},
        id="most-of-them-is-not-all-those-they-stand-for"),
    pytest.param(
        "Jordan is a partner of NATO, and the Allies have agreed to open a NATO Liaison Office in Amman.",
        {("Country:Jordan", "partnerOf", "InternationalOrganization:NATO", "", ""),
         ("InternationalOrganization:NATO", "established", "Organization:NATO Liaison Office", "", ""),
         ("Organization:NATO Liaison Office", "locatedIn", "Place:Amman", "", "")},
        id="a-clause-with-its-own-subject-below-a-path-is-not-the-ends"),
    pytest.param(
        "Contributions by partners\n- Egypt and Morocco: served in the NATO-led forces in Bosnia and Herzegovina\n"
        "- Jordan: ISAF in Afghanistan",
        {("Country:Egypt", "partnerOf", "InternationalOrganization:NATO", "", ""),
         ("Country:Morocco", "partnerOf", "InternationalOrganization:NATO", "", ""),
         ("Country:Jordan", "partnerOf", "InternationalOrganization:NATO", "", ""),
         ("Country:Jordan", "participatesIn", "Event:International Security Assistance Force", "", ""),
         ("Event:International Security Assistance Force", "heldIn", "Country:Afghanistan", "", "")},
        id="a-list-lines-items-end-at-a-colon-before-what-it-says-of-them"),
    pytest.param(
        "The next NATO summit will be held in The Hague in June 2025. The 2023 summit took place in Vilnius.",
        {("Event:The Hague Summit 2025", "heldIn", "Place:The Hague", "2025-06", "will"),
         ("Event:Vilnius Summit 2023", "heldIn", "Place:Vilnius", "2023", "")},
        id="a-lower-case-summit-held-in-a-place-is-that-places-summit-of-its-year"),
    pytest.param(
        "Rutte, a former Dutch prime minister who took over from Jens Stoltenberg in October 2024, spoke.",
        {("Person:Rutte", "succeeded", "Person:Jens Stoltenberg", "2024-10", ""),
         ("Person:Rutte", "leaderOf", "Country:Netherlands", "", "")},
        id="a-relative-clause-on-an-office-apposed-to-a-person-is-the-persons"),
    pytest.param(
        "Belarus, which supported the Russian invasion of Ukraine, has not taken part in EAPC meetings since then.",
        {("Country:Belarus", "supports", "Country:Russia", "", ""),
         ("Country:Russia", "relatedTo", "Country:Ukraine", "", "")},
        id="supporting-an-invasion-supports-the-invader-not-its-victim"),
    pytest.param(
        "Poland and Estonia joined NATO in 1999 and 2004 respectively. Finland and Sweden joined the Alliance, "
        "on 4 April 2023 and 7 March 2024 respectively.",
        {("Country:Poland", "memberOf", "InternationalOrganization:NATO", "1999", ""),
         ("Country:Estonia", "memberOf", "InternationalOrganization:NATO", "2004", ""),
         ("Country:Finland", "memberOf", "InternationalOrganization:NATO", "2023-04-04", ""),
         ("Country:Sweden", "memberOf", "InternationalOrganization:NATO", "2024-03-07", "")},
        id="respectively-pairs-the-subjects-with-the-dates-by-rank"),
    pytest.param(
        "Allied Maritime Command and Allied Air Command are located in Northwood and Ramstein respectively.",
        {("Organization:Allied Maritime Command", "locatedIn", "Place:Northwood", "", ""),
         ("Organization:Allied Air Command", "locatedIn", "Place:Ramstein", "", "")},
        id="respectively-pairs-the-subjects-with-the-places-by-rank"),
    pytest.param(
        "Romania was the first country to sign the PfP Framework Document, on 26 January 1994. "
        "Canada was the first Ally to ratify the accession protocol of Finland.",
        {("Country:Romania", "signed", "Agreement:Partnership for Peace Framework Document", "1994-01-26", ""),
         ("Country:Canada", "signed", "Agreement:Accession Protocol for Finland", "", "")},
        id="the-first-to-sign-is-the-copulas-subject-dated-by-the-copula"),
    pytest.param(
        "NATO began an Intensified Dialogue with Georgia in September 2006. A Russian brigade deployed to Bosnia "
        "as part of IFOR, and Polish units served within KFOR.",
        {("Country:Georgia", "participatesIn", "PartnershipFramework:Intensified Dialogue", "2006-09", ""),
         ("Country:Russia", "participatesIn", "Event:Implementation Force", "", ""),
         ("Country:Poland", "participatesIn", "Event:Kosovo Force", "", "")},
        id="the-one-a-dialogue-is-begun-with-takes-part-troops-part-of-or-within-an-operation"),
    pytest.param(
        "NATO created the Mediterranean Dialogue in 1994, and Jordan joined it the next year. "
        "Croatia joined the Partnership for Peace in 2000. Last year, Finland joined NATO.",
        {("InternationalOrganization:NATO", "established", "PartnershipFramework:Mediterranean Dialogue", "1994", ""),
         ("Country:Jordan", "participatesIn", "PartnershipFramework:Mediterranean Dialogue", "1995", ""),
         ("Country:Croatia", "participatesIn", "PartnershipFramework:Partnership for Peace", "2000", ""),
         ("Country:Finland", "memberOf", "InternationalOrganization:NATO", "", "")},
        id="the-next-year-is-the-year-after-the-date-before-last-year-no-date"),
    pytest.param(
        "States that refused to join the Partnership for Peace: Cyprus and Serbia.\n\n"
        "Statement by the North Atlantic Council, Madrid – 29 June 2022\n\n"
        "NATO opened offices in Brussels, Mons, Belgium, and Norfolk.\n\n"
        "Ireland is a member of the Partnership for Peace, participated in the Kosovo Force and contributes to "
        "EU missions.\n\n"
        "Finland held drills after NATO's Baltic operation, among them Exercise Cold Response.\n\n"
        "Finland applied in May 2022 and joined NATO in April of the following year.",
        {("Place:Mons", "locatedIn", "Country:Belgium", "", ""),
         ("Country:Ireland", "participatesIn", "PartnershipFramework:Partnership for Peace", "", ""),
         ("Country:Ireland", "participatesIn", "Event:Kosovo Force", "", ""),
         ("Country:Finland", "memberOf", "InternationalOrganization:NATO", "2022-05", "apply"),
         ("Country:Finland", "memberOf", "InternationalOrganization:NATO", "2023-04", "")},
        id="near-misses-of-this-releases-readings-read-nothing-new"),
    pytest.param(
        "Country | Leader\nEstonia | President Alar Karis\nLatvia | Prime Minister Evika Siliņa",
        {("Person:Alar Karis", "leaderOf", "Country:Estonia", "", ""),
         ("Person:Evika Siliņa", "leaderOf", "Country:Latvia", "", "")},
        id="a-rows-country-is-the-office-of-a-titled-name-in-another-cell"),
    pytest.param(
        "The Istanbul Cooperation Initiative was launched in 2004; Kuwait joined it in December of that year.",
        {("Country:Kuwait", "participatesIn", "PartnershipFramework:Istanbul Cooperation Initiative", "2004-12", "")},
        id="a-month-of-that-year-takes-the-year-of-the-date-before"),
    pytest.param(
        "NATO launched the Mediterranean Dialogue, a forum that includes Egypt and Jordan.",
        {("InternationalOrganization:NATO", "established", "PartnershipFramework:Mediterranean Dialogue", "", ""),
         ("Country:Egypt", "participatesIn", "PartnershipFramework:Mediterranean Dialogue", "", ""),
         ("Country:Jordan", "participatesIn", "PartnershipFramework:Mediterranean Dialogue", "", "")},
        id="a-relative-pronoun-on-a-noun-apposed-to-a-name-stands-for-the-name"),
    pytest.param(
        "Sweden served in NATO-led operations, among them the Kosovo Force (KFOR) and Operation Ocean Shield.",
        {("Country:Sweden", "participatesIn", "Event:Kosovo Force", "", ""),
         ("Country:Sweden", "participatesIn", "Event:Operation Ocean Shield", "", ""),
         ("Event:Kosovo Force", "partOf", "InternationalOrganization:NATO", "", ""),
         ("Event:Operation Ocean Shield", "partOf", "InternationalOrganization:NATO", "", "")},
        id="operations-counted-among-an-operation-noun-are-its-operations"),
    pytest.param(
        "In 1949 those five nations were joined by Canada, Denmark and Iceland in signing the North Atlantic Treaty.",
        {("Country:Canada", "signed", "Agreement:Washington Treaty", "", ""),
         ("Country:Denmark", "signed", "Agreement:Washington Treaty", "", ""),
         ("Country:Iceland", "signed", "Agreement:Washington Treaty", "", "")},
        id="the-agents-a-subject-was-joined-by-in-doing-something-do-it"),
    pytest.param(
        "We condemn Belarus for supporting Russia. We congratulate Finland on joining the Alliance.",
        {("Country:Belarus", "supports", "Country:Russia", "", ""),
         ("Country:Finland", "memberOf", "InternationalOrganization:NATO", "", "")},
        id="the-object-of-a-verb-of-credit-or-blame-does-what-its-gerund-says"),
    pytest.param(
        "NATO's mission in Libya, Operation Unified Protector, ended in October 2011.",
        {("Event:Operation Unified Protector", "heldIn", "Country:Libya", "", ""),
         ("Event:Operation Unified Protector", "partOf", "InternationalOrganization:NATO", "", "")},
        id="an-operation-named-after-its-nouns-place-is-the-nouns-operation"),
    pytest.param(
        "UK PM Boris Johnson visited Kyiv in April 2022.",
        {("Person:Boris Johnson", "relatedTo", "Place:Kyiv", "2022-04", ""),
         ("Person:Boris Johnson", "leaderOf", "Country:United Kingdom", "", "")},
        id="pm-is-a-prime-ministers-title"),
    pytest.param(
        "Summit | Date(s) | Venue | Host nation (host leader) | Key decisions adopted or launched\n"
        "Brussels Summit | 11-12 Jul 2018 | NATO Headquarters, Brussels | Belgium (PM Charles Michel) | "
        "NATO Readiness Initiative",
        {("Place:NATO Headquarters", "locatedIn", "Place:Brussels", "", ""),
         # (every place of a venue's cell; the summit's row dates what its cells say of it)
         ("Event:Brussels Summit", "heldIn", "Place:NATO Headquarters", "2018-07-11", ""),
         ("Event:Brussels Summit", "heldIn", "Place:Brussels", "2018-07-11", ""),
         ("Country:Belgium", "relatedTo", "Event:Brussels Summit", "2018-07-11", ""),
         # (a header's verb makes its column what the row's thing did: "Key decisions adopted or launched")
         ("Event:Brussels Summit", "established", "PartnershipFramework:NATO Readiness Initiative", "2018-07-11", ""),
         # (the country before the bracket is the head's: as "Belgium's PM Charles Michel"; not dated by the summit)
         ("Person:Charles Michel", "leaderOf", "Country:Belgium", "", "")},
        id="a-rows-first-cell-is-no-office-of-a-titled-name-in-another-cell"),
    pytest.param(
        "We reaffirm our Defence Investment Pledge, agreed at the 2014 Wales Summit, and note progress.",
        {("Event:Wales Summit 2014", "adopted", "Agreement:Defence Investment Pledge", "2014", "")},
        id="a-participle-after-a-names-comma-misread-as-a-past-tense-joined-to-a-present-clause"),
    pytest.param(
        "In 1999 Latvia and Lithuania opened the Baltic Defence College in Tartu.",
        {("Country:Latvia", "established", "Organization:Baltic Defence College", "1999", ""),
         ("Country:Lithuania", "established", "Organization:Baltic Defence College", "1999", ""),
         ("Organization:Baltic Defence College", "locatedIn", "Place:Tartu", "", "")},
        id="a-body-is-in-the-city-an-in-right-after-its-name-gives-wherever-the-parse-hangs-it"),
    pytest.param(
        "Headquarters: Norfolk, Virginia, United States",
        {("Place:Norfolk", "locatedIn", "Place:Virginia", "", ""),
         ("Place:Virginia", "locatedIn", "Country:United States", "", "")},
        id="a-city-its-region-and-its-country-after-commas-are-no-list"),
    pytest.param(
        "- Allied Air Command, Ramstein – Germany",
        {("Organization:Allied Air Command", "locatedIn", "Place:Ramstein", "", "")},
        id="a-city-after-a-bodys-comma-that-a-dash-ends-is-its-seat"),
    pytest.param(
        "The initiative created a group of Enhanced Opportunities Partners: Austria, Finland and Jordan.",
        {("Country:Austria", "participatesIn", "PartnershipFramework:Enhanced Opportunities Partners", "", ""),
         ("Country:Finland", "participatesIn", "PartnershipFramework:Enhanced Opportunities Partners", "", ""),
         ("Country:Jordan", "participatesIn", "PartnershipFramework:Enhanced Opportunities Partners", "", "")},
        id="countries-a-colon-lists-after-a-phrase-ending-on-a-framework-take-part-in-it"),
    pytest.param(
        "Montenegro has been in the Membership Action Plan since 2009, while Serbia is not in it. The summit was "
        "in Riga.",
        {("Country:Montenegro", "participatesIn", "Agreement:Membership Action Plan", "2009", "")},
        id="a-country-the-copula-places-in-a-plan-takes-part-in-it"),
    pytest.param(
        "Mongolia and Pakistan are among NATO's partners across the globe.",
        {("Country:Mongolia", "partnerOf", "InternationalOrganization:NATO", "", ""),
         ("Country:Pakistan", "partnerOf", "InternationalOrganization:NATO", "", ""),
         ("Country:Mongolia", "participatesIn", "PartnershipFramework:Partners across the globe", "", ""),
         ("Country:Pakistan", "participatesIn", "PartnershipFramework:Partners across the globe", "", ""),
         ("PartnershipFramework:Partners across the globe", "partOf", "InternationalOrganization:NATO", "", "")},
        id="a-framework-a-copulas-attribute-names-is-one-its-subjects-take-part-in"),
    pytest.param(
        "Talks resumed after a joint memorandum signed by Greece, Bulgaria and Romania. The Treaty was signed by "
        "Portugal and Spain.",
        {("Country:Greece", "cooperatesWith", "Country:Bulgaria", "", ""),
         ("Country:Greece", "cooperatesWith", "Country:Romania", "", ""),
         ("Country:Bulgaria", "cooperatesWith", "Country:Romania", "", "")},
        id="the-signatories-of-an-unnamed-pact-in-the-passive-cooperate-each-with-each"),
    pytest.param(
        "In 2023 the Allies replaced the NATO-Ukraine Commission with the NATO-Ukraine Council. Ministers set up "
        "the Euro-Atlantic Partnership Council, replacing the North Atlantic Cooperation Council. NATO launched "
        "Operation Sea Guardian following the Warsaw Summit.",
        {("PartnershipFramework:NATO-Ukraine Council", "succeeded", "PartnershipFramework:NATO-Ukraine Commission",
          "2023", ""),
         ("PartnershipFramework:Euro-Atlantic Partnership Council", "succeeded",
          "PartnershipFramework:North Atlantic Cooperation Council", "", ""),
         ("InternationalOrganization:NATO", "established", "Event:Operation Sea Guardian", "", "")},
        id="the-successor-is-what-replaced-things-with-or-what-a-verb-of-founding-made"),
    pytest.param(
        "Throughout SFOR's mission in Bosnia and Herzegovina, Ireland sent engineers.",
        {("Event:Stabilisation Force", "heldIn", "Country:Bosnia and Herzegovina", "", "")},
        id="an-operations-own-mission-in-a-place-is-held-there"),
    pytest.param(
        "Operation Ocean Shield (OOS), the Alliance's counter-piracy operation in the Gulf of Aden, ended in 2016.",
        {("Event:Operation Ocean Shield", "heldIn", "Place:Gulf of Aden", "", ""),
         ("Event:Operation Ocean Shield", "partOf", "InternationalOrganization:NATO", "", "")},
        id="an-operation-named-before-its-apposed-operation-noun-is-held-where-the-noun-is"),
    pytest.param(
        "Partners of the region: Bosnia and Herzegovina (PfP 2006; MAP invited 2010), Kazakhstan (PfP) and "
        "Algeria (Mediterranean Dialogue 2000). Talks with Russia (Brussels, 2002) followed.",
        {("Country:Bosnia and Herzegovina", "participatesIn", "PartnershipFramework:Partnership for Peace", "2006", ""),
         ("Country:Kazakhstan", "participatesIn", "PartnershipFramework:Partnership for Peace", "", ""),
         ("Country:Algeria", "participatesIn", "PartnershipFramework:Mediterranean Dialogue", "2000", "")},
        id="a-country-whose-bracket-opens-with-a-framework-takes-part-in-it"),
    pytest.param(
        "Moldova asked for help under the Building Integrity Programme launched at the Istanbul Summit in 2004.",
        {("Event:Istanbul Summit 2004", "established", "Agreement:Building Integrity", "2004", "")},
        id="a-participle-after-a-name-misread-as-a-clause-or-hung-further-back-is-asserted-and-its-summit-acts"),
    pytest.param(
        "The jets will be based at Šiauliai, in Lithuania, from next spring. The parts came from Saab, in Sweden, "
        "and a visit from Sauli Niinistö, in Finland, followed.",
        {("Place:Šiauliai", "locatedIn", "Country:Lithuania", "", "")},
        id="a-town-opened-by-at-and-closed-by-in-a-country-after-a-comma-is-a-place-not-one-after-from"),
    pytest.param(
        "Framework | Year | Partner countries (examples)\n"
        "Istanbul Cooperation Initiative | 2004 | Bahrain, Kuwait\n"
        "Mediterranean Dialogue | 1994 | All Allies and the partner countries of the region\n",
        {("Country:Bahrain", "participatesIn", "PartnershipFramework:Istanbul Cooperation Initiative", "", ""),
         ("Country:Kuwait", "participatesIn", "PartnershipFramework:Istanbul Cooperation Initiative", "", "")},
        id="a-partner-countries-column-lists-the-parties-of-each-rows-framework"),
    pytest.param(
        "At the Brussels Summit in 2018 Serbia, together with Moldova, was recognised as an Enhanced Opportunities "
        "Partner.",
        {("Country:Serbia", "participatesIn", "PartnershipFramework:Enhanced Opportunities Partners", "2018", "")},
        id="a-year-right-after-in-and-before-a-name-leaves-the-name-the-subject-of-its-clause"),
    pytest.param(
        "In 2016 the Allies made Moldova an Enhanced Opportunities Partner, and at the next summit leaders named "
        "Serbia an Enhanced Opportunities Partner too. The Alliance recognised Mauritania as one of the Enhanced "
        "Opportunities Partners. Officials described Georgia as a member of NATO in all but name.",
        {("Country:Moldova", "participatesIn", "PartnershipFramework:Enhanced Opportunities Partners", "2016", ""),
         ("Country:Serbia", "participatesIn", "PartnershipFramework:Enhanced Opportunities Partners", "", ""),
         ("Country:Mauritania", "participatesIn", "PartnershipFramework:Enhanced Opportunities Partners", "", ""),
         ("InternationalOrganization:NATO", "relatedTo", "Country:Mauritania", "", "")},
        id="an-active-verb-of-naming-says-what-its-object-is-as-or-by-a-second-object"),
    pytest.param(
        "Finland and Sweden were described as NATO's closest partners. The decision was described as a mistake by "
        "Russia.",
        {("Country:Finland", "partnerOf", "InternationalOrganization:NATO", "", ""),
         ("Country:Sweden", "partnerOf", "InternationalOrganization:NATO", "", "")},
        id="a-passive-verb-of-classing-says-what-its-subject-is-as"),
    pytest.param(
        "Since the accessions of Croatia (2009) and Montenegro (2017) to NATO, the region has changed.",
        {("Country:Croatia", "memberOf", "InternationalOrganization:NATO", "2009", ""),
         ("Country:Montenegro", "memberOf", "InternationalOrganization:NATO", "2017", "")},
        id="a-second-name-after-its-bracket-hung-on-the-noun-is-another-object-of-its-preposition"),
    pytest.param(  # the review's near misses of this release's readings
        "Allies welcomed the continued presence of the United States in Europe. The conference examined the role "
        "of China in Africa. Troops from Germany in the Baltic region took part in the exercise. Turkey in the "
        "Middle East crisis played a mediating role. Georgia and Ukraine updated their national programmes every "
        "year. Sweden joined the Kosovo Force under the Partnership for Peace. Sweden was named an Enhanced "
        "Opportunities Partner, together with Finland, in 2014. The Secretary General's special representative to "
        "the United Nations, based in Brussels, travelled to New York.",
        {("Country:Sweden", "participatesIn", "Event:Kosovo Force", "", ""),
         ("Country:Sweden", "participatesIn", "PartnershipFramework:Enhanced Opportunities Partners", "2014", ""),
         ("Country:Finland", "participatesIn", "PartnershipFramework:Enhanced Opportunities Partners", "2014", "")},
        id="near-misses-of-regions-programmes-frameworks-companions-and-places-of-envoys"),
    pytest.param(  # and in tables
        "Table 9. Records\n\nCountry | Framework | Joined NATO\nAlbania | Partnership for Peace | 2009\n\nTable "
        "10. Others\n\nCountry | Framework document signed | Joined NATO\nEstonia | 1994 | 2004\n\nTable 11. "
        "Operations\n\nOperation | Led by\nOperation Artemis | France\n\nTable 12. Regions\n\nCountry | Operation "
        "| Region\nFinland | Kosovo Force | Balkans\n\nTable 13. Leaders\n\nYear | Ukrainian leader | Ukrainian "
        "opposition leader\n2014 | Petro Poroshenko | Yulia Tymoshenko",
        {("Country:Albania", "participatesIn", "PartnershipFramework:Partnership for Peace", "", ""),
         ("Country:Albania", "memberOf", "InternationalOrganization:NATO", "2009", ""),
         ("Country:Estonia", "memberOf", "InternationalOrganization:NATO", "2004", ""),
         ("Person:Petro Poroshenko", "leaderOf", "Country:Ukraine", "", "")},
        id="near-misses-of-framework-led-by-region-and-office-columns"),
    pytest.param(
        "Austrian, Irish and Swiss units joined the Kosovo Force.",
        {("Country:Austria", "participatesIn", "Event:Kosovo Force", "", ""),
         ("Country:Ireland", "participatesIn", "Event:Kosovo Force", "", ""),
         ("Country:Switzerland", "participatesIn", "Event:Kosovo Force", "", "")},
        id="coordinated-nationalities-of-a-proxy-noun-each-act"),
    pytest.param(
        "We note the long-standing contributions of Austria, Ireland and Switzerland to the Kosovo Force. The "
        "signing of the Helsinki Final Act on 1 August 1975 by Canada ended the talks.",
        {("Country:Austria", "participatesIn", "Event:Kosovo Force", "", ""),
         ("Country:Ireland", "participatesIn", "Event:Kosovo Force", "", ""),
         ("Country:Switzerland", "participatesIn", "Event:Kosovo Force", "", ""),
         ("Country:Canada", "signed", "Agreement:Helsinki Final Act", "1975-08-01", "")},
        id="the-contributions-of-countries-to-an-operation-not-a-signing-of-a-document-by-one"),
    pytest.param(
        "Japan opened a security dialogue with NATO. Algeria became the seventh Mediterranean Dialogue country in "
        "2000. The Dialogue has seven members.",
        {("Country:Japan", "cooperatesWith", "InternationalOrganization:NATO", "", ""),
         ("Country:Algeria", "participatesIn", "PartnershipFramework:Mediterranean Dialogue", "2000", "")},
        id="a-dialogue-with-a-party-in-lower-case-only"),
    pytest.param(
        "Table 8. Georgian milestones\n\nYear | Georgian leader | Notes\n1994 | Eduard Shevardnadze | Partnership "
        "begins\n2008 | Mikheil Saakashvili | Commission created",
        {("Person:Eduard Shevardnadze", "leaderOf", "Country:Georgia", "", ""),
         ("Person:Mikheil Saakashvili", "leaderOf", "Country:Georgia", "", "")},
        id="a-column-of-a-nations-leaders-names-the-countrys"),
    pytest.param(
        "Table 6. Operations with partner forces\n\nOperation | Area | Lead / command | Partner role\nOperation Sea "
        "Guardian | Mediterranean Sea | NATO | Liaison officers\nResolute Support Mission | Afghanistan | NATO | "
        "Trainers\n\nTable 7. Missions\n\nMission | Theatre | Period\nAfrican Union Mission in Somalia | Mogadishu, "
        "Somalia | 2007-2022",
        {("Event:Operation Sea Guardian", "heldIn", "Place:Mediterranean", "", ""),
         ("Event:Operation Sea Guardian", "partOf", "InternationalOrganization:NATO", "", ""),
         ("Event:Resolute Support Mission", "heldIn", "Country:Afghanistan", "", ""),
         ("Event:Resolute Support Mission", "partOf", "InternationalOrganization:NATO", "", ""),
         ("Place:Mogadishu", "locatedIn", "Country:Somalia", "", ""),
         # (an operation's row dates what its cells say of it: its period's start)
         ("Event:African Union Mission in Somalia", "heldIn", "Place:Mogadishu", "2007", ""),
         ("Event:African Union Mission in Somalia", "heldIn", "Country:Somalia", "2007", ""),
         ("Event:African Union Mission in Somalia", "partOf", "InternationalOrganization:African Union", "", "")},
        id="area-theatre-and-command-columns-place-and-own-each-rows-operation"),
    pytest.param(
        "Table 5. Maritime operations\n\nOperation | Led by | Period\nOcean Shield | NATO | 2009-2016\nOperation "
        "Atalanta | European Union | since 2008\nOperation Sharp Guard | NATO and the Western European Union | 1993-1996",
        {("Event:Operation Ocean Shield", "partOf", "InternationalOrganization:NATO", "2009", ""),
         ("Event:Operation Atalanta", "partOf", "InternationalOrganization:European Union", "", ""),
         ("Event:Operation Sharp Guard", "partOf", "InternationalOrganization:NATO", "1993", ""),
         ("Event:Operation Sharp Guard", "partOf", "InternationalOrganization:Western European Union", "1993", "")},
        id="a-led-by-column-names-each-operations-leaders"),
    pytest.param(
        "The reform created the NATO Communications and Information Agency (NCIA), a separate organisation based "
        "in Brussels.",
        {("Organization:NATO Communications and Information Agency", "locatedIn", "Place:Brussels", "", "")},
        id="a-body-set-off-before-a-phrase-a-participle-of-place-ends-is-there"),
    pytest.param(
        "Malta is a PfP partner, and Ireland and Austria are long-standing PfP partners. Sweden was the largest "
        "non-NATO troop contributor. In 2014 Finland was named an Enhanced Opportunities Partner together with "
        "Sweden. In 2020 Ukraine was named one of six Enhanced Opportunities Partners, with Georgia and Jordan.",
        {("Country:Malta", "participatesIn", "PartnershipFramework:Partnership for Peace", "", ""),
         ("Country:Ireland", "participatesIn", "PartnershipFramework:Partnership for Peace", "", ""),
         ("Country:Austria", "participatesIn", "PartnershipFramework:Partnership for Peace", "", ""),
         ("Country:Finland", "participatesIn", "PartnershipFramework:Enhanced Opportunities Partners", "2014", ""),
         ("Country:Sweden", "participatesIn", "PartnershipFramework:Enhanced Opportunities Partners", "2014", ""),
         ("Country:Ukraine", "participatesIn", "PartnershipFramework:Enhanced Opportunities Partners", "2020", ""),
         ("Country:Georgia", "participatesIn", "PartnershipFramework:Enhanced Opportunities Partners", "2020", ""),
         ("Country:Jordan", "participatesIn", "PartnershipFramework:Enhanced Opportunities Partners", "2020", "")},
        id="a-framework-tagged-an-adjective-before-partner-and-a-group-one-is-named-with-companions"),
    pytest.param(
        "In 1999 the Euro-Atlantic Disaster Response Coordination Centre coordinated assistance to Albania, and NATO "
        "aircraft airlifted relief supplies to Pakistan in 2005.",
        {("Organization:Euro-Atlantic Disaster Response Coordination Centre", "supports", "Country:Albania", "1999", ""),
         ("InternationalOrganization:NATO", "supports", "Country:Pakistan", "2005", "")},
        id="aid-coordinated-or-airlifted-to-a-country-supports-it"),
    pytest.param(
        "In 2010 Armenia began working with an Individual Partnership Action Plan (IPAP) under the Partnership for "
        "Peace. In 2006 Israel concluded the first Individual Cooperation Programme (ICP) under the enhanced "
        "Mediterranean Dialogue. The Kosovo Force operates under the Military Technical Agreement.",
        {("Agreement:Individual Partnership Action Plan", "partOf", "PartnershipFramework:Partnership for Peace", "",
          ""),
         ("Agreement:Individual Cooperation Programme", "partOf", "PartnershipFramework:Mediterranean Dialogue", "", ""),
         ("Country:Israel", "signed", "Agreement:Individual Cooperation Programme", "2006", "")},
        id="a-programme-done-under-a-partnership-framework-is-part-of-it"),
    pytest.param(
        "Its participants include Armenia, Azerbaijan and Georgia in the South Caucasus; Kazakhstan in Central Asia; "
        "and Serbia in the Western Balkans. Moldova and Ukraine in Eastern Europe and the South Caucasus also take "
        "part. Germany in Kunduz and Sweden in Mazar-i-Sharif led the teams.",
        {("Country:Armenia", "locatedIn", "Place:South Caucasus", "", ""),
         ("Country:Azerbaijan", "locatedIn", "Place:South Caucasus", "", ""),
         ("Country:Georgia", "locatedIn", "Place:South Caucasus", "", ""),
         ("Country:Kazakhstan", "locatedIn", "Place:Central Asia", "", ""),
         ("Country:Serbia", "locatedIn", "Place:Western Balkans", "", "")},
        id="countries-listed-in-a-region-not-in-two-nor-in-a-town"),
    pytest.param(
        "Mongolia and Pakistan have agreed partnership programmes with NATO.",
        {("Country:Mongolia", "cooperatesWith", "InternationalOrganization:NATO", "", ""),
         ("Country:Pakistan", "cooperatesWith", "InternationalOrganization:NATO", "", "")},
        id="programmes-agreed-with-an-organisation-are-pacts-with-it"),
    pytest.param(
        "Key partnership steps:\n- the Partnership for Peace (PfP), launched at the Brussels Summit in January 1994;\n"
        "- the Partnership Interoperability Initiative (PII), launched at the Wales Summit in 2014.\nThe Defence "
        "Capacity Building Initiative (DCB), launched at the Wales Summit, was then offered to Jordan. Mircea "
        "Geoană, then Deputy Secretary General, signed on behalf of NATO.",
        {("Event:Brussels Summit 1994", "established", "PartnershipFramework:Partnership for Peace", "1994-01", ""),
         ("Event:Wales Summit 2014", "established", "PartnershipFramework:Partnership Interoperability Initiative",
          "2014", ""),
         ("Event:Wales Summit 2014", "established",
          "PartnershipFramework:Defence and Related Security Capacity Building Initiative", "2014", "")},
        id="a-participle-after-a-comma-in-a-list-item-or-before-a-passive-clause-is-no-clause-of-its-own"),
    pytest.param(
        "Table 3. Partners and their frameworks\n\nCountry | Framework with NATO | Joined framework | Participation "
        "in SFOR | Notes\nAustria | PfP | 1995 | From 1996 | Engineers\nMorocco | Mediterranean Dialogue | 1995 | - | "
        "Naval visits\n\nTable 4. Early steps\n\nPartner country | Joined NACC | Signed PfP Framework Document\n"
        "Belarus | 1992 | 1995",
        {("Country:Austria", "participatesIn", "PartnershipFramework:Partnership for Peace", "", ""),
         ("Country:Austria", "participatesIn", "Event:Stabilisation Force", "1996", ""),
         ("Country:Morocco", "participatesIn", "PartnershipFramework:Mediterranean Dialogue", "", ""),
         ("Country:Belarus", "partnerOf", "InternationalOrganization:NATO", "", ""),
         ("Country:Belarus", "participatesIn", "PartnershipFramework:North Atlantic Cooperation Council", "1992", ""),
         ("Country:Belarus", "signed", "Agreement:Partnership for Peace Framework Document", "1995", "")},
        id="a-framework-column-names-each-rows-framework-its-joining-column-no-membership-a-header-no-clause"),
    pytest.param(
        "In 2019 the NATO Liaison Office and the NATO Information Centre were combined into the NATO "
        "Representation to Moldova. Two agencies were merged into it.",
        {("Organization:NATO Representation to Moldova", "succeeded", "Organization:NATO Liaison Office", "2019", ""),
         ("Organization:NATO Representation to Moldova", "succeeded", "Organization:NATO Information Centre", "2019",
          "")},
        id="bodies-combined-into-another-are-succeeded-by-it-not-by-a-pronoun"),
    pytest.param(
        "Slovakia was the first country to sign the Partnership for Peace Framework Document, on 9 February 1994, "
        "followed by Bulgaria and Latvia within a week. Malta became the first country to sign the Partnership for "
        "Peace Framework Document that spring, and Austria followed soon after.",
        {("Country:Slovakia", "signed", "Agreement:Partnership for Peace Framework Document", "1994-02-09", ""),
         ("Country:Bulgaria", "signed", "Agreement:Partnership for Peace Framework Document", "", ""),
         ("Country:Latvia", "signed", "Agreement:Partnership for Peace Framework Document", "", ""),
         ("Country:Malta", "signed", "Agreement:Partnership for Peace Framework Document", "", ""),
         ("Country:Austria", "signed", "Agreement:Partnership for Peace Framework Document", "", "")},
        id="followers-of-the-first-country-to-sign-signed-too"),
    pytest.param(
        "Table 2. Partners by region\n\nPartner | Region | Notes\nMongolia | North-East Asia | Troops in "
        "Afghanistan\nColombia | Latin America | Partner since 2017",
        {("Country:Mongolia", "locatedIn", "Place:North-East Asia", "", ""),
         ("Country:Colombia", "locatedIn", "Place:Latin America", "", "")},
        id="a-region-column-places-the-rows-country"),
    pytest.param(
        "Few partners work within all of NATO's regional frameworks, namely the Partnership for Peace (PfP), "
        "the Mediterranean Dialogue and the Istanbul Cooperation Initiative (ICI).",
        {("PartnershipFramework:Partnership for Peace", "partOf", "InternationalOrganization:NATO", "", ""),
         ("PartnershipFramework:Mediterranean Dialogue", "partOf", "InternationalOrganization:NATO", "", ""),
         ("PartnershipFramework:Istanbul Cooperation Initiative", "partOf", "InternationalOrganization:NATO", "", "")},
        id="an-owned-kind-nouns-namely-list-the-parser-hung-on-the-noun"),
    pytest.param(
        "A training cell was opened at Decimomannu, Italy, in 2011. The officers then gathered in Hamilton, "
        "Ontario, and went home.\nAir component: Combined Air Operations Centre, Uedem, Germany",
        {("Place:Decimomannu", "locatedIn", "Country:Italy", "", ""),
         ("Place:Hamilton", "locatedIn", "Place:Ontario", "", ""),
         ("Organization:Combined Air Operations Centre", "locatedIn", "Place:Uedem", "", ""),
         ("Place:Uedem", "locatedIn", "Country:Germany", "", "")},
        id="towns-a-country-closes-and-a-state-before-a-clause"),
    pytest.param(  # the review's near misses of this release's readings
        "After the accession of Finland to NATO in April 2023, Russia in May 2023 announced new deployments. "
        "NATO exercises were held in Vilnius, in Riga. Pakistan, where supplies for ISAF passed through, closed "
        "the routes in 2011. Leaders gathered in Romania, where they decided to launch Operation Active Fence. "
        "Russia moved its Black Sea Fleet headquarters from Sevastopol to Novorossiysk. Commanders at Operation "
        "Allied Force approved the Rambouillet Agreement. The sanctions, which Russia condemned at the Vilnius "
        "Summit, took effect in 2023.",
        {("Country:Finland", "memberOf", "InternationalOrganization:NATO", "2023-04", "")},
        id="near-misses-of-gapped-owners-places-where-clauses-seats-and-venues"),
    pytest.param(
        "Aspirant countries:\n- NATO: Bosnia and Herzegovina, Georgia, Ukraine.\n- European Union: Ukraine and "
        "Moldova were granted candidate status in June 2022.\n- NATO (main threats): Russia, Iran.",
        set(),
        id="lines-keyed-by-an-organisation-under-a-heading-or-with-a-clause-list-no-members"),
    pytest.param(
        "The course moved to Ramstein, in Germany; officers had served in Pristina, in Kabul and in Baghdad. "
        "In 1994 the North Atlantic Council moved its seat to Brussels.",
        {("Place:Ramstein", "locatedIn", "Country:Germany", "", ""),
         ("Organization:North Atlantic Council", "locatedIn", "Place:Brussels", "1994", "")},
        id="place-in-a-place-set-off-and-a-seat-moved"),
    pytest.param(
        "Swedish pilots flew in Libya, where Sweden contributed to Operation Unified Protector. The ministers "
        "met in Belgium, where they endorsed the 2011 Berlin ministerial meeting's plan.",
        {("Country:Sweden", "participatesIn", "Event:Operation Unified Protector", "", ""),
         ("Event:Operation Unified Protector", "heldIn", "Country:Libya", "", "")},
        id="operation-named-in-a-where-clause-of-a-country"),
    pytest.param(
        "Colombia is counted among the partners across the globe. The Alliance counts Mongolia among its "
        "partners across the globe.",
        {("Country:Colombia", "participatesIn", "PartnershipFramework:Partners across the globe", "", ""),
         ("Country:Mongolia", "participatesIn", "PartnershipFramework:Partners across the globe", "", ""),
         ("Country:Mongolia", "partnerOf", "InternationalOrganization:NATO", "", "")},
        id="counted-among-a-framework"),
    pytest.param(
        "Courses are open to partners across the globe such as Colombia and Mongolia.",
        {("Country:Colombia", "participatesIn", "PartnershipFramework:Partners across the globe", "", ""),
         ("Country:Mongolia", "participatesIn", "PartnershipFramework:Partners across the globe", "", "")},
        id="examples-of-a-framework-named-by-its-members"),
    pytest.param(
        "NATO works with many countries.\n\nMalta and Ireland, two long-standing partners that sent officers to "
        "courses, are welcome; Austria and Cyprus are not. Poland and Romania, both Allies since the 2000s, "
        "host courses.",
        {("Country:Malta", "partnerOf", "InternationalOrganization:NATO", "", ""),
         ("Country:Ireland", "partnerOf", "InternationalOrganization:NATO", "", ""),
         ("Country:Poland", "memberOf", "InternationalOrganization:NATO", "", ""),
         ("Country:Romania", "memberOf", "InternationalOrganization:NATO", "", "")},
        id="a-plural-apposition-describes-the-coordinated-names-before-it"),
    pytest.param(
        "In 2000 NATO extended the Partnership for Peace to Croatia and Ireland.",
        {("Country:Croatia", "participatesIn", "PartnershipFramework:Partnership for Peace", "2000", ""),
         ("Country:Ireland", "participatesIn", "PartnershipFramework:Partnership for Peace", "2000", "")},
        id="framework-opened-to-countries"),
    pytest.param(
        "The Madrid Declaration, which Václav Havel signed at the Madrid Summit in July 1997, was short.",
        {("Person:Václav Havel", "signed", "Agreement:Madrid Declaration", "1997-07", ""),
         ("Person:Václav Havel", "participatesIn", "Event:Madrid Summit 1997", "1997-07", "")},
        id="venue-of-a-relative-clause"),
    pytest.param(
        "Norway welcomed the assistance that Denmark and Canada have given to Latvia. The EU regretted "
        "the funding provided to Serbia by Hungary. The EU has supplied airlift for the African Union "
        "Mission in Somalia since 2007.",
        {("Country:Denmark", "supports", "Country:Latvia", "", ""),
         ("Country:Canada", "supports", "Country:Latvia", "", ""),
         ("Country:Hungary", "supports", "Country:Serbia", "", ""),
         ("InternationalOrganization:European Union", "supports", "Event:African Union Mission in Somalia",
          "2007", ""),
         ("Event:African Union Mission in Somalia", "partOf", "InternationalOrganization:African Union", "", "")},
        id="aid-described-by-its-clause-and-aid-for-an-operation"),
    pytest.param(
        "The EU stood up the European Defence Agency in 2004. The NATO Defense College, which NATO helped to "
        "stand up in 1951, is a college.",
        {("InternationalOrganization:European Union", "established", "Organization:European Defence Agency", "2004", ""),
         ("InternationalOrganization:NATO", "established", "Organization:NATO Defense College", "1951", "")},
        id="stood-up-and-a-relative-pronoun-object-of-an-infinitive"),
    pytest.param(
        "July 2016 - Leaders at the Warsaw Summit decide to launch Operation Sea Guardian and invite "
        "the government in Skopje to talks.",
        {("Event:Warsaw Summit 2016", "established", "Event:Operation Sea Guardian", "2016-07", "")},
        id="venue-carried-by-the-unnamed-subject"),
    pytest.param(
        "Georgia was asked to join the EAPC, the forum set up by NATO in May 1997.",
        {("Country:Georgia", "participatesIn", "PartnershipFramework:Euro-Atlantic Partnership Council", "", "request"),
         ("InternationalOrganization:NATO", "established", "PartnershipFramework:Euro-Atlantic Partnership Council",
          "1997-05", "")},
        id="participle-of-a-noun-apposed-to-a-name"),
    pytest.param(
        "In 2009 the Allies welcomed Albania and Croatia into NATO. The Alliance integrated Georgian units "
        "into the NATO Response Force.",
        {("Country:Albania", "memberOf", "InternationalOrganization:NATO", "2009", ""),
         ("Country:Croatia", "memberOf", "InternationalOrganization:NATO", "2009", "")},
        id="taken-into-an-organisation"),
    pytest.param(
        "Austria and Ireland are Enhanced Opportunities Partners.",
        {("Country:Austria", "participatesIn", "PartnershipFramework:Enhanced Opportunities Partners", "", ""),
         ("Country:Ireland", "participatesIn", "PartnershipFramework:Enhanced Opportunities Partners", "", "")},
        id="framework-named-by-its-members-in-the-plural"),
    pytest.param(
        "Malta, Sweden, Georgia, Austria and Jordan become Interoperability Platform members.",
        {(f"Country:{name}", "participatesIn", "PartnershipFramework:Interoperability Platform", "", "")
         for name in ("Malta", "Sweden", "Georgia", "Austria", "Jordan")},
        id="list-going-on-from-a-modifier-of-its-first-name"),
    pytest.param(
        "Frameworks\n\n- Istanbul Cooperation Initiative (since 2004): Kuwait, Qatar, Bahrain.\n"
        "- NATO (since 1949): Canada, Denmark.\n- Partnership for Peace: Austria and the EU.",
        {("Country:Kuwait", "participatesIn", "PartnershipFramework:Istanbul Cooperation Initiative", "", ""),
         ("Country:Qatar", "participatesIn", "PartnershipFramework:Istanbul Cooperation Initiative", "", ""),
         ("Country:Bahrain", "participatesIn", "PartnershipFramework:Istanbul Cooperation Initiative", "", ""),
         ("Country:Canada", "memberOf", "InternationalOrganization:NATO", "", ""),
         ("Country:Denmark", "memberOf", "InternationalOrganization:NATO", "", "")},
        id="line-keyed-by-a-framework-lists-its-countries"),
    pytest.param(
        "In 2015 the Chairman of the Military Committee visited Georgia.",
        {("Organization:Military Committee", "relatedTo", "Country:Georgia", "2015", "")},
        id="office-holder-acts-for-the-body"),
    pytest.param(
        "July 2016 - Allied leaders endorse a Building Integrity Policy at the Warsaw Summit.",
        {("Event:Warsaw Summit 2016", "adopted", "Agreement:Building Integrity Policy", "2016-07", "")},
        id="venue-hung-on-the-object"),
    pytest.param(
        "Many will recall the Readiness Action Plan, approved by Allied leaders at the Wales Summit in 2014.",
        {("Event:Wales Summit 2014", "adopted", "Agreement:Readiness Action Plan", "2014", "")},
        id="venue-hung-on-unnamed-agents"),
    pytest.param(
        "Portugal's entry into NATO in 1949 came with the treaty's entry into force.",
        {("Country:Portugal", "memberOf", "InternationalOrganization:NATO", "1949", "")},
        id="entry-into-an-organisation"),
    pytest.param(
        "The Alliance grew in those years, with the accession of Hungary in March 1999, Slovakia in "
        "March 2004 and Albania in April 2009.",
        {("Country:Hungary", "memberOf", "InternationalOrganization:NATO", "1999-03", ""),
         ("Country:Slovakia", "memberOf", "InternationalOrganization:NATO", "2004-03", ""),
         ("Country:Albania", "memberOf", "InternationalOrganization:NATO", "2009-04", "")},
        id="gapped-owners-of-an-accession"),
    pytest.param(
        "Georgian soldiers later served in Afghanistan, where Georgia was among the largest "
        "non-NATO contributors to the Resolute Support Mission.",
        {("Country:Georgia", "participatesIn", "Event:Resolute Support Mission", "", ""),
         ("Event:Resolute Support Mission", "heldIn", "Country:Afghanistan", "", "")},
        id="name-above-a-clause-with-its-own-subject"),
    pytest.param(
        "In 2016 Canada and Norway decided to increase their assistance for Iraq's security "
        "forces and for Jordan.",
        {("Country:Canada", "supports", "Country:Iraq", "2016", ""),
         ("Country:Canada", "supports", "Country:Jordan", "2016", ""),
         ("Country:Norway", "supports", "Country:Iraq", "2016", ""),
         ("Country:Norway", "supports", "Country:Jordan", "2016", "")},
        id="raised-support-with-its-own-beneficiary"),
    pytest.param(
        "Admiral Rob Bauer chaired the NATO Military Committee from 2021 to 2025. His "
        "predecessor was Air Chief Marshal Sir Stuart Peach.",
        {("Person:Rob Bauer", "leaderOf", "Organization:Military Committee", "2021", ""),
         ("Person:Rob Bauer", "succeeded", "Person:Stuart Peach", "", ""),
         ("Person:Stuart Peach", "leaderOf", "Organization:Military Committee", "", "")},
        id="predecessor-as-attribute"),
    pytest.param(
        "The partnership between NATO and Georgia deepened after 2008.",
        {("Country:Georgia", "partnerOf", "InternationalOrganization:NATO", "2008", "")},
        id="partnership-between-organisation-and-country"),
    pytest.param(
        "The Alliance was founded in 1949. We reaffirm our support for Ukraine's independence, "
        "sovereignty and territorial integrity.",
        {("InternationalOrganization:NATO", "supports", "Country:Ukraine", "", "")},
        id="support-for-a-countrys-sovereignty"),
    pytest.param(
        "The Alliance was founded in 1949. We welcome the contributions of our partners in the "
        "Indo-Pacific, Australia, Japan and New Zealand.",
        {("Country:Australia", "partnerOf", "InternationalOrganization:NATO", "", ""),
         ("Country:Japan", "partnerOf", "InternationalOrganization:NATO", "", ""),
         ("Country:New Zealand", "partnerOf", "InternationalOrganization:NATO", "", "")},
        id="partners-named-through-a-region"),
    pytest.param(
        "Contributions of partners to KFOR (2010)\n"
        "Armenia: 35 troops\n"
        "Austria: 600 troops",
        {("Country:Armenia", "participatesIn", "Event:Kosovo Force", "2010", ""),  # (the heading dates its lines)
         ("Country:Austria", "participatesIn", "Event:Kosovo Force", "2010", "")},
        id="heading-line-counted-in-words"),
    pytest.param(
        "Kazakhstan\n"
        "- PfP: since 1994\n"
        "- IPAP: 2006",
        {("Country:Kazakhstan", "adopted", "Agreement:Individual Partnership Action Plan", "2006", ""),
         ("Country:Kazakhstan", "participatesIn", "PartnershipFramework:Partnership for Peace", "1994", "")},
        id="plan-keyed-with-a-bare-date"),
    pytest.param(
        "NATO was founded in 1949. Hungary and Poland, whose accession took effect on 12 March "
        "1999, were the first.",
        {("Country:Hungary", "memberOf", "InternationalOrganization:NATO", "1999-03-12", ""),
         ("Country:Poland", "memberOf", "InternationalOrganization:NATO", "1999-03-12", "")},
        id="whose-accession"),
    pytest.param(
        "NATO was founded in 1949. The next accessions, those of the Czech Republic, Hungary and "
        "Poland in 1999, opened a new phase.",
        {("Country:Czech Republic", "memberOf", "InternationalOrganization:NATO", "1999", ""),
         ("Country:Hungary", "memberOf", "InternationalOrganization:NATO", "1999", ""),
         ("Country:Poland", "memberOf", "InternationalOrganization:NATO", "1999", "")},
        id="those-of-in-apposition"),
    pytest.param(
        "Key dates - Armenia\n"
        "- 1992: joins the North Atlantic Cooperation Council\n"
        "- 5 October 1994: signed the PfP Framework Document",
        {("Country:Armenia", "participatesIn", "PartnershipFramework:North Atlantic Cooperation Council", "1992", ""),
         ("Country:Armenia", "signed", "Agreement:Partnership for Peace Framework Document", "1994-10-05", "")},
        id="chronology-line-without-subject"),
    pytest.param(
        "Key dates - Armenia\n"
        "- December 2005: first Individual Partnership Action Plan (IPAP) agreed with NATO",
        {("Country:Armenia", "adopted", "Agreement:Individual Partnership Action Plan", "2005-12", "")},
        id="chronology-line-agreement-agreed"),
    pytest.param(
        "Milestones in relations - Montenegro\n"
        "- December 2006: joins the Partnership for Peace\n"
        "- November 2008: Individual Partnership Action Plan agreed\n"
        "- 5 June 2017: becomes NATO's 29th member\n"
        "- 2018: begins participating in Operation Sea Guardian",
        {("Country:Montenegro", "adopted", "Agreement:Individual Partnership Action Plan", "2008-11", ""),
         ("Country:Montenegro", "memberOf", "InternationalOrganization:NATO", "2017-06-05", ""),
         ("Country:Montenegro", "participatesIn", "Event:Operation Sea Guardian", "2018", ""),
         ("Country:Montenegro", "participatesIn", "PartnershipFramework:Partnership for Peace", "2006-12", "")},
        id="chronology-lines-copula-and-gerund"),
    pytest.param(
        "Milestones in relations - Montenegro\n"
        "- December 2009: invited to join the Membership Action Plan",
        {("Country:Montenegro", "participatesIn", "Agreement:Membership Action Plan", "2009-12", "invite")},
        id="chronology-line-invitation-hedged"),
    pytest.param(
        "Fifteen Allies, among them Norway, Denmark and Italy, signed up to the NATO Innovation Fund.",
        {("Country:Norway", "participatesIn", "Agreement:NATO Innovation Fund", "", ""),
         ("Country:Denmark", "participatesIn", "Agreement:NATO Innovation Fund", "", ""),
         ("Country:Italy", "participatesIn", "Agreement:NATO Innovation Fund", "", "")},
        id="allies-among-them-the-named-ones"),
    pytest.param(
        "NATO was founded in 1949. Secretary General Willy Claes of Belgium took office in October 1994.",
        {("Person:Willy Claes", "leaderOf", "InternationalOrganization:NATO", "", "")},
        id="secretary-general-of-a-country-is-the-holders-nationality"),
    pytest.param(
        "NATO Secretaries General have included Paul-Henri Spaak of Belgium and Joseph Luns of the Netherlands.",
        {("Person:Paul-Henri Spaak", "leaderOf", "InternationalOrganization:NATO", "", ""),
         ("Person:Joseph Luns", "leaderOf", "InternationalOrganization:NATO", "", "")},
        id="hyphenated-given-name-is-a-person"),
    pytest.param(
        "The NATO Military Committee meets every week. Gen. Petr Pavel chaired the committee between 2015 and 2018.",
        {("Person:Petr Pavel", "leaderOf", "Organization:Military Committee", "2015", "")},
        id="the-committee-is-the-committee-named-before"),
    pytest.param(
        "The Istanbul Cooperation Initiative was launched in 2004. Bahrain, Kuwait and Qatar joined.",
        {("Country:Bahrain", "participatesIn", "PartnershipFramework:Istanbul Cooperation Initiative", "", ""),
         ("Country:Kuwait", "participatesIn", "PartnershipFramework:Istanbul Cooperation Initiative", "", ""),
         ("Country:Qatar", "participatesIn", "PartnershipFramework:Istanbul Cooperation Initiative", "", "")},
        id="first-name-of-a-subject-list-split-off-by-the-parser"),
    pytest.param(
        "We value our partnership with Serbia, which joined the PfP in 2006 and has cooperated with NATO "
        "since 2015.",
        {("Country:Serbia", "participatesIn", "PartnershipFramework:Partnership for Peace", "2006", ""),
         ("Country:Serbia", "cooperatesWith", "InternationalOrganization:NATO", "2015", "")},
        id="relative-clause-on-a-tie-noun-is-about-the-party"),
    pytest.param(
        "Admiral Giuseppe Cavo Dragone joined the Italian Navy in 1976. Halvard Lange was a member of the "
        "Committee of Three. Lloyd Austin joined NATO's defence ministers in Brussels.",
        {("Person:Giuseppe Cavo Dragone", "memberOf", "Organization:Italian Navy", "1976", ""),
         ("Person:Halvard Lange", "memberOf", "Organization:Committee of Three", "", "")},
        id="person-member-of-a-body-not-of-an-alliance"),
    pytest.param(
        "General Claudio Graziano was Chief of Staff of the Italian Army from 2011 to 2015 and then Chief "
        "of Defence of Italy.",
        {("Person:Claudio Graziano", "leaderOf", "Organization:Italian Army", "2011", "")},
        id="chief-of-staff-heads-the-service-not-the-country"),
    pytest.param(
        "NATO has grown. Montenegro became our 29th member in 2017, and North Macedonia became our 30th in 2020.",
        {("Country:Montenegro", "memberOf", "InternationalOrganization:NATO", "2017", ""),
         ("Country:North Macedonia", "memberOf", "InternationalOrganization:NATO", "2020", "")},
        id="number-whose-noun-is-left-out-after-the-clause-before"),
    pytest.param(
        "Bulgaria, Estonia and Latvia were invited in 2002. Each of these three countries has worked hard "
        "under the Membership Action Plan.",
        {("Country:Bulgaria", "participatesIn", "Agreement:Membership Action Plan", "", ""),
         ("Country:Estonia", "participatesIn", "Agreement:Membership Action Plan", "", ""),
         ("Country:Latvia", "participatesIn", "Agreement:Membership Action Plan", "", "")},
        id="each-of-the-group-is-every-one-of-it"),
    pytest.param(
        "TALLINN, 29 March 2004 – Estonia formally became a member of NATO on Monday, when its "
        "instrument of accession was deposited in Washington.",
        {("Country:Estonia", "memberOf", "InternationalOrganization:NATO", "2004-03-29", "")},
        id="news-lead-dated-by-its-dateline"),
    pytest.param(
        "Ukraine has been a partner of NATO since it joined the North Atlantic Cooperation Council in 1992.",
        {("Country:Ukraine", "partnerOf", "InternationalOrganization:NATO", "1992", ""),
         ("Country:Ukraine", "participatesIn", "PartnershipFramework:North Atlantic Cooperation Council", "1992", "")},
        id="state-dated-by-its-since-clause"),
    pytest.param(
        "NATO timeline\n\n23–25 April 1999 – Washington Summit. Leaders adopt a new Strategic Concept.\n"
        "March 1999 – First enlargement since 1982. Hungary, which joined on 12 March, takes its seat.",
        {("Event:Washington Summit 1999", "adopted", "Agreement:Strategic Concept", "1999-04", ""),
         ("Country:Hungary", "memberOf", "InternationalOrganization:NATO", "1999-03-12", "")},
        id="chronology-line-dates-its-every-sentence"),
    pytest.param(
        "The North Atlantic Treaty was signed on 4 April 1949 by:\n\n• Canada\n• Iceland\n\n"
        "Participants in the Partnership for Peace (1994):\n• Albania\n• Georgia (March 1994)",
        {("Country:Canada", "signed", "Agreement:Washington Treaty", "1949-04-04", ""),
         ("Country:Iceland", "signed", "Agreement:Washington Treaty", "1949-04-04", ""),
         ("Country:Albania", "participatesIn", "PartnershipFramework:Partnership for Peace", "1994", ""),
         ("Country:Georgia", "participatesIn", "PartnershipFramework:Partnership for Peace", "1994-03", "")},
        id="lists-after-a-colon-by-and-a-dated-heading"),
    pytest.param(
        "Finland and Sweden remained outside NATO for decades before joining the Alliance in 2023 and 2024 "
        "respectively.",
        {("Country:Finland", "memberOf", "InternationalOrganization:NATO", "2023", ""),
         ("Country:Sweden", "memberOf", "InternationalOrganization:NATO", "2024", "")},
        id="dates-respectively"),
    pytest.param(
        "Secretaries General of NATO\n"
        "- Lord Robertson (United Kingdom), 1999-2003: the first invocation of Article 5 after the attacks of "
        "11 September 2001.",
        {("Person:Lord Robertson", "leaderOf", "InternationalOrganization:NATO", "1999", "")},
        id="list-item-dated-by-the-date-right-after-it"),
    pytest.param(
        "29-30 June 2022 - Fumio Kishida, Yoon Suk Yeol and Jacinda Ardern attend the Madrid Summit.",
        {("Person:Fumio Kishida", "participatesIn", "Event:Madrid Summit 2022", "2022-06-29", ""),
         ("Person:Yoon Suk Yeol", "participatesIn", "Event:Madrid Summit 2022", "2022-06-29", ""),
         ("Person:Jacinda Ardern", "participatesIn", "Event:Madrid Summit 2022", "2022-06-29", "")},
        id="name-listed-with-persons-is-a-person"),
    pytest.param(
        "Prime Minister Anthony Albanese took part in the Madrid Summit (2022) and the Vilnius Summit (2023).",
        {("Person:Anthony Albanese", "participatesIn", "Event:Madrid Summit 2022", "2022", ""),
         ("Person:Anthony Albanese", "participatesIn", "Event:Vilnius Summit 2023", "2023", "")},
        id="object-dated-by-its-own-brackets"),
    pytest.param(
        "NATO grew. Finland (April 2023) and Sweden (March 2024) have since become Allies.",
        {("Country:Finland", "memberOf", "InternationalOrganization:NATO", "2023-04", ""),
         ("Country:Sweden", "memberOf", "InternationalOrganization:NATO", "2024-03", "")},
        id="implicit-whole-dated-by-the-subjects-brackets"),
    pytest.param(
        "Event | Year | Notes\nJordan joins the Mediterranean Dialogue | 1995 | first Arab partner after Egypt",
        {("Country:Jordan", "participatesIn", "PartnershipFramework:Mediterranean Dialogue", "1995", "")},
        id="table-row-dated-by-its-one-date-cell"),
    pytest.param(
        "NATO led the Implementation Force (IFOR) from December 1995 and the Stabilisation Force (SFOR) from "
        "December 1996 until December 2004.",
        {("Event:Implementation Force", "partOf", "InternationalOrganization:NATO", "1995-12", ""),
         ("Event:Stabilisation Force", "partOf", "InternationalOrganization:NATO", "1996-12", "")},
        id="second-object-joined-to-the-first-ones-date"),
    pytest.param(
        "NATO member countries:\n\n• Canada\n\n• Iceland\n\n• Norway",
        {("Country:Canada", "memberOf", "InternationalOrganization:NATO", "", ""),
         ("Country:Iceland", "memberOf", "InternationalOrganization:NATO", "", ""),
         ("Country:Norway", "memberOf", "InternationalOrganization:NATO", "", "")},
        id="heading-over-items-set-apart-by-blank-lines"),
    pytest.param(
        "NATO timeline\n\nMarch 1999 – Hungary joins NATO. Slovakia joined five years later.\n"
        "2004 – Seven countries join. Albania joined in the 2010s.",
        {("Country:Hungary", "memberOf", "InternationalOrganization:NATO", "1999-03", ""),
         ("Country:Slovakia", "memberOf", "InternationalOrganization:NATO", "2004", ""),
         ("Country:Albania", "memberOf", "InternationalOrganization:NATO", "", "")},
        id="a-relative-date-counts-from-the-lines-year-or-takes-none"),
    pytest.param(
        "Finland joined the Partnership for Peace in 1994, as did Sweden. Jordan joined the Mediterranean "
        "Dialogue in 1995; Algeria did so in 2000. Georgia sent troops to ISAF, and so did Armenia, but Serbia "
        "did not.",
        {("Country:Finland", "participatesIn", "PartnershipFramework:Partnership for Peace", "1994", ""),
         ("Country:Sweden", "participatesIn", "PartnershipFramework:Partnership for Peace", "1994", ""),
         ("Country:Jordan", "participatesIn", "PartnershipFramework:Mediterranean Dialogue", "1995", ""),
         ("Country:Algeria", "participatesIn", "PartnershipFramework:Mediterranean Dialogue", "2000", ""),
         ("Country:Georgia", "participatesIn", "Event:International Security Assistance Force", "", ""),
         ("Country:Armenia", "participatesIn", "Event:International Security Assistance Force", "", "")},
        id="a-pro-verb-says-of-its-subject-what-the-verb-it-stands-for-says"),
    pytest.param(
        "4 April 2023: Finland joins NATO; 7 March 2024: Sweden joins NATO.",
        {("Country:Finland", "memberOf", "InternationalOrganization:NATO", "2023-04-04", ""),
         ("Country:Sweden", "memberOf", "InternationalOrganization:NATO", "2024-03-07", "")},
        id="a-part-after-a-semicolon-is-dated-by-the-date-it-opens-with"),
    pytest.param(
        "Host nations joined NATO at different times: Hungary and Poland in 1999; Bulgaria, Estonia, Latvia and "
        "Slovakia in 2004; Albania, Croatia "
        "(2009).",
        {("Country:Hungary", "memberOf", "InternationalOrganization:NATO", "1999", ""),
         ("Country:Poland", "memberOf", "InternationalOrganization:NATO", "1999", ""),
         ("Country:Bulgaria", "memberOf", "InternationalOrganization:NATO", "2004", ""),
         ("Country:Estonia", "memberOf", "InternationalOrganization:NATO", "2004", ""),
         ("Country:Latvia", "memberOf", "InternationalOrganization:NATO", "2004", ""),
         ("Country:Slovakia", "memberOf", "InternationalOrganization:NATO", "2004", ""),
         ("Country:Albania", "memberOf", "InternationalOrganization:NATO", "2009", ""),
         ("Country:Croatia", "memberOf", "InternationalOrganization:NATO", "2009", "")},
        id="groups-set-off-by-semicolons-each-dated-by-the-date-after-it"),
    pytest.param(
        "Finland became the 31st member of NATO in April 2023 and Sweden the 32nd in March 2024. Poland became a "
        "member of NATO in 1999 and Slovakia in 2004.",
        {("Country:Finland", "memberOf", "InternationalOrganization:NATO", "2023-04", ""),
         ("Country:Sweden", "memberOf", "InternationalOrganization:NATO", "2024-03", ""),
         ("Country:Poland", "memberOf", "InternationalOrganization:NATO", "1999", ""),
         ("Country:Slovakia", "memberOf", "InternationalOrganization:NATO", "2004", "")},
        id="a-gapped-copula-clause-with-its-own-date"),
    pytest.param(
        "Secretaries General of NATO: Paul-Henri Spaak (Belgium, 1957–1961), Dirk Stikker (Netherlands, 1961–1964)."
        "\n\nThe Secretaries General of NATO were Manlio Brosio (1964–1971) and Joseph Luns (1971–1984).",
        {("Person:Paul-Henri Spaak", "leaderOf", "InternationalOrganization:NATO", "1957", ""),
         ("Person:Dirk Stikker", "leaderOf", "InternationalOrganization:NATO", "1961", ""),
         ("Person:Manlio Brosio", "leaderOf", "InternationalOrganization:NATO", "1964", ""),
         ("Person:Joseph Luns", "leaderOf", "InternationalOrganization:NATO", "1971", "")},
        id="office-holders-dated-by-the-years-in-their-brackets"),
    pytest.param(
        "Office | Holder | Term\nPresident of Ukraine | Leonid Kravchuk | 1991-1994\n"
        "President of Ukraine | Volodymyr Zelensky | 2019-",
        {("Person:Leonid Kravchuk", "leaderOf", "Country:Ukraine", "1991", ""),
         ("Person:Volodymyr Zelensky", "leaderOf", "Country:Ukraine", "2019", "")},
        id="a-title-in-a-table-row-dated-by-the-rows-term-cell"),
    pytest.param(
        "10 June 1999 - Resolution 1244 is adopted. Two days later the Kosovo Force (KFOR) enters Kosovo.",
        {("Event:Kosovo Force", "heldIn", "Place:Kosovo", "1999-06-12", "")},
        id="days-later-count-from-the-lines-day"),
    pytest.param(
        "The leaders of Australia and Japan – Anthony Albanese and Kishida Fumio – took part in the Madrid Summit.",
        {("Country:Australia", "participatesIn", "Event:Madrid Summit", "", ""),
         ("Country:Japan", "participatesIn", "Event:Madrid Summit", "", ""),
         ("Person:Anthony Albanese", "participatesIn", "Event:Madrid Summit", "", ""),
         ("Person:Kishida Fumio", "participatesIn", "Event:Madrid Summit", "", ""),
         ("Person:Anthony Albanese", "leaderOf", "Country:Australia", "", ""),
         ("Person:Kishida Fumio", "leaderOf", "Country:Japan", "", "")},
        id="leaders-of-countries-named-between-dashes-lead-them-in-turn"),
    pytest.param(
        "The Council is chaired by the Secretary General. Jens Stoltenberg became NATO Secretary General in 2014."
        "\n\nThe Joint Declaration on EU-NATO Cooperation was signed in 2016 by the Secretary General and by "
        "Donald Tusk.",
        {("Person:Jens Stoltenberg", "leaderOf", "InternationalOrganization:NATO", "2014", ""),
         ("Person:Jens Stoltenberg", "signed", "Agreement:Joint Declaration on EU-NATO Cooperation", "2016", ""),
         ("Person:Donald Tusk", "signed", "Agreement:Joint Declaration on EU-NATO Cooperation", "2016", "")},
        id="the-secretary-general-is-whom-a-title-last-made-it"),
    pytest.param(
        "Jens Stoltenberg became NATO Secretary General in 2014. The Joint Declaration on EU-NATO Cooperation was "
        "signed in 2016 by the UN Secretary General. Mircea Geoana became Deputy Secretary General in 2019. In 2020 "
        "the Secretary General of the OSCE visited Kosovo.",
        # (whose office the title names acts for that body: the UN signed, the OSCE visited)
        {("Person:Jens Stoltenberg", "leaderOf", "InternationalOrganization:NATO", "2014", ""),
         ("InternationalOrganization:United Nations", "signed", "Agreement:Joint Declaration on EU-NATO Cooperation",
          "2016", ""),
         ("InternationalOrganization:Organization for Security and Co-operation in Europe", "relatedTo", "Place:Kosovo",
          "2020", "")},
        id="another-organisations-secretary-general-is-no-reference"),
    pytest.param(
        "NATO grew. Following its accession in March 2024, Sweden sent troops to Latvia.",
        {("Country:Sweden", "memberOf", "InternationalOrganization:NATO", "2024-03", "")},
        id="a-possessive-before-its-clauses-subject-stands-for-it"),
    pytest.param(
        "Sweden applied to join NATO in May 2022. After its accession in March 2024, Russia protested.",
        {("Country:Sweden", "memberOf", "InternationalOrganization:NATO", "2022-05", "apply"),
         ("Country:Sweden", "memberOf", "InternationalOrganization:NATO", "2024-03", "")},
        id="a-possessive-before-a-subject-stands-for-the-subject-of-its-class-just-before"),
    pytest.param(
        "The International Security Assistance Force (ISAF) was authorised by UN Security Council Resolution 1386 "
        "in December 2001.",
        {("Agreement:UN Security Council Resolution 1386", "relatedTo", "Event:International Security Assistance Force",
          "2001-12", "")},
        id="an-authorisation-is-a-link-of-its-own"),
    pytest.param(
        "Several leaders, among them U.S. President Joe Biden, British Prime Minister Rishi Sunak and German "
        "Chancellor Olaf Scholz, attended the NATO-Ukraine Council.",
        {("Person:Joe Biden", "leaderOf", "Country:United States", "", ""),
         ("Person:Olaf Scholz", "leaderOf", "Country:Germany", "", ""),
         ("Person:Rishi Sunak", "leaderOf", "Country:United Kingdom", "", ""),
         ("Person:Joe Biden", "participatesIn", "PartnershipFramework:NATO-Ukraine Council", "", ""),
         ("Person:Rishi Sunak", "participatesIn", "PartnershipFramework:NATO-Ukraine Council", "", ""),
         ("Person:Olaf Scholz", "participatesIn", "PartnershipFramework:NATO-Ukraine Council", "", "")},
        id="persons-among-them-after-their-titles-act-with-their-plural"),
    pytest.param(
        "Several heads of state took part in the NATO-Ukraine Council, among them President Joe Biden.",
        {("Person:Joe Biden", "participatesIn", "PartnershipFramework:NATO-Ukraine Council", "", "")},
        id="a-person-among-them-is-found-past-the-title-before-the-name"),
    pytest.param(
        "NATO cooperates with a range of international organisations, including the United Nations and the "
        "European Union. A variety of partners, such as Finland and Sweden, took part in Steadfast Jazz 2013.",
        {("InternationalOrganization:NATO", "cooperatesWith", "InternationalOrganization:United Nations", "", ""),
         ("InternationalOrganization:NATO", "cooperatesWith", "InternationalOrganization:European Union", "", ""),
         ("Country:Finland", "participatesIn", "Event:Steadfast Jazz 2013", "2013", ""),
         ("Country:Sweden", "participatesIn", "Event:Steadfast Jazz 2013", "2013", "")},
        id="a-range-or-variety-of-things-stands-for-their-examples"),
    pytest.param(
        "NATO grew. Saudi Arabia and Oman, both members of the Gulf Cooperation Council, have been invited to join "
        "the Istanbul Cooperation Initiative.",
        {("Country:Saudi Arabia", "participatesIn", "PartnershipFramework:Istanbul Cooperation Initiative", "",
          "invite"),
         ("Country:Oman", "participatesIn", "PartnershipFramework:Istanbul Cooperation Initiative", "", "invite"),
         ("Country:Saudi Arabia", "memberOf", "InternationalOrganization:Gulf Cooperation Council", "", ""),
         ("Country:Oman", "memberOf", "InternationalOrganization:Gulf Cooperation Council", "", "")},
        id="a-role-set-off-in-apposition-is-given-not-hedged-by-its-clause"),
    pytest.param(
        "The action plan will deepen the distinctive partnership between the Alliance and Ukraine. NATO will continue "
        "its support to Ukraine.",
        {("Country:Ukraine", "partnerOf", "InternationalOrganization:NATO", "", ""),
         ("InternationalOrganization:NATO", "supports", "Country:Ukraine", "", "")},
        id="a-tie-a-clause-deepens-or-continues-is-stated-not-planned"),
    pytest.param(
        "NATO is an alliance. We will place special focus on engagement with our partners in the Caucasus, Armenia "
        "and Georgia.",
        {("InternationalOrganization:NATO", "partnerOf", "Country:Armenia", "", ""),
         ("InternationalOrganization:NATO", "partnerOf", "Country:Georgia", "", ""),
         ("Country:Armenia", "partnerOf", "InternationalOrganization:NATO", "", ""),
         ("Country:Georgia", "partnerOf", "InternationalOrganization:NATO", "", "")},
        id="partners-a-possessive-owns-are-partners-whatever-the-clause-plans"),
    pytest.param(
        "Serbia does not seek NATO membership, though it agreed an Individual Partnership Action Plan in 2015.",
        {("Country:Serbia", "memberOf", "InternationalOrganization:NATO", "", "seek"),
         ("Country:Serbia", "adopted", "Agreement:Individual Partnership Action Plan", "2015", "")},
        id="a-clause-granted-against-a-hedged-one-is-stated"),
    pytest.param(
        "Montenegro agreed an Individual Partnership Action Plan in 2008 and was granted the Membership Action Plan "
        "in December 2009.",
        {("Country:Montenegro", "adopted", "Agreement:Individual Partnership Action Plan", "2008", ""),
         ("Country:Montenegro", "participatesIn", "Agreement:Membership Action Plan", "2009-12", "")},
        id="a-country-granted-a-programme-by-name-takes-part-in-it"),
    pytest.param(
        "Admiral Stavridis commanded Operation Unified Protector in Libya in 2011, to which Jordan and Qatar "
        "contributed alongside Allies.",
        {("Country:Jordan", "participatesIn", "Event:Operation Unified Protector", "", ""),
         ("Country:Qatar", "participatesIn", "Event:Operation Unified Protector", "", ""),
         ("Event:Operation Unified Protector", "heldIn", "Country:Libya", "", ""),
         ("Person:Stavridis", "leaderOf", "Event:Operation Unified Protector", "2011", "")},
        id="a-relative-clause-hung-on-the-verb-stands-for-the-phrase-before-its-comma"),
    pytest.param(
        "In December 1994 the Mediterranean Dialogue is opened with Egypt, Israel and Tunisia.",
        {("Country:Egypt", "participatesIn", "PartnershipFramework:Mediterranean Dialogue", "1994-12", ""),
         ("Country:Israel", "participatesIn", "PartnershipFramework:Mediterranean Dialogue", "1994-12", ""),
         ("Country:Tunisia", "participatesIn", "PartnershipFramework:Mediterranean Dialogue", "1994-12", "")},
        id="the-countries-a-framework-is-started-with-take-part-in-it"),
    pytest.param(
        "Russia and the Alliance signed the Founding Act in Paris, a charter that set up a NATO-Russia Permanent "
        "Joint Council.",
        {("Country:Russia", "signed", "Agreement:NATO-Russia Founding Act", "", ""),
         ("InternationalOrganization:NATO", "signed", "Agreement:NATO-Russia Founding Act", "", ""),
         ("Agreement:NATO-Russia Founding Act", "established",
          "PartnershipFramework:NATO-Russia Permanent Joint Council", "", "")},
        id="an-indefinite-noun-set-off-by-a-comma-describes-the-last-name-of-its-class"),
    pytest.param(
        "In January 2025 Admiral Giuseppe Cavo Dragone takes over as Chair of the Military Committee from Admiral "
        "Rob Bauer.",
        {("Person:Giuseppe Cavo Dragone", "leaderOf", "Organization:Military Committee", "2025-01", ""),
         ("Person:Rob Bauer", "leaderOf", "Organization:Military Committee", "", "")},
        id="an-office-taken-over-from-a-predecessor-names-one-holder-in-its-phrase"),
    pytest.param(
        "The Washington Summit opened in July 2024. We welcome the participation in this Summit of Australia and "
        "Japan.",
        {("Country:Australia", "participatesIn", "Event:Washington Summit 2024", "2024", ""),
         ("Country:Japan", "participatesIn", "Event:Washington Summit 2024", "2024", "")},
        id="the-of-phrase-of-a-participation-hung-on-its-target-names-the-participants"),
    pytest.param(
        "Austria joined the Partnership for Peace in February 1995, Malta in April of that year.",
        {("Country:Austria", "participatesIn", "PartnershipFramework:Partnership for Peace", "1995-02", ""),
         ("Country:Malta", "participatesIn", "PartnershipFramework:Partnership for Peace", "1995-04", "")},
        id="a-gapped-clause-in-a-month-of-that-year-takes-the-year-before"),
    pytest.param(
        "Sweden took part in the Vilnius Summit, as did the leaders of two Indo-Pacific countries: Australia and "
        "Japan.",
        {("Country:Sweden", "participatesIn", "Event:Vilnius Summit 2023", "2023", ""),
         ("Country:Australia", "participatesIn", "Event:Vilnius Summit 2023", "2023", ""),
         ("Country:Japan", "participatesIn", "Event:Vilnius Summit 2023", "2023", "")},
        id="leaders-of-countries-listed-after-a-colon-act-for-them"),
    pytest.param(
        "Russia proposed a new arrangement, a partnership between Russia and NATO. In 2008 NATO offered Ukraine the "
        "Membership Action Plan. Ukraine values participation in Operation Althea of the European Union.",
        {("Country:Russia", "partnerOf", "InternationalOrganization:NATO", "", "proposed"),
         ("Country:Ukraine", "participatesIn", "Event:Operation Althea", "", "")},
        id="an-apposition-to-a-common-noun-an-offer-and-an-operations-owner-state-no-fact"),
    pytest.param(
        "NATO and Russia signed the Founding Act in 1997 and a second text in 2002, a declaration that set up the "
        "NATO-Russia Council. Several leaders attended the NATO-Ukraine Council, among them United Kingdom Prime "
        "Minister Rishi Sunak.",
        {("InternationalOrganization:NATO", "signed", "Agreement:NATO-Russia Founding Act", "1997", ""),
         ("Country:Russia", "signed", "Agreement:NATO-Russia Founding Act", "1997", ""),
         ("Person:Rishi Sunak", "participatesIn", "PartnershipFramework:NATO-Ukraine Council", "", ""),
         ("Person:Rishi Sunak", "leaderOf", "Country:United Kingdom", "", "")},
        id="a-description-is-of-the-phrase-its-comma-closes-and-a-long-title-is-passed-over"),
    pytest.param(
        "The Steppe Eagle exercise would be held in Kazakhstan with Mongolia's participation.",
        {("Event:Steppe Eagle", "heldIn", "Country:Kazakhstan", "", "would"),
         ("Country:Mongolia", "participatesIn", "Event:Steppe Eagle", "", "would")},
        id="a-possessive-presupposes-a-tie-or-role-not-a-participation"),
    pytest.param(
        "In 1996 the Implementation Force gave way to the Stabilisation Force.",
        {("Event:Stabilisation Force", "succeeded", "Event:Implementation Force", "1996", "")},
        id="a-light-verb-and-its-noun-read-a-converse-phrase"),
    pytest.param(
        "Media contact: NATO Press Office, Brussels; Allied Command Transformation, Norfolk.\n"
        "Regional Command North (Mazar-i-Sharif) trained the local forces. Talks involved NATO, Brussels and Paris.",
        {("Organization:NATO Press Office", "locatedIn", "Place:Brussels", "", ""),
         ("Organization:Allied Command Transformation", "locatedIn", "Place:Norfolk", "", ""),
         ("Organization:Regional Command North", "locatedIn", "Place:Mazar-i-Sharif", "", "")},
        id="a-body-with-a-city-that-closes-its-entry-or-stands-in-its-bracket"),
    pytest.param(
        "Under Lord Robertson, NATO opened its doors wider. Under General Wesley Clark, SHAPE ran the air "
        "campaign. Under President Viktor Yanukovych, the Verkhovna Rada adopted a neutral status.",
        {("Person:Wesley Clark", "leaderOf", "Organization:Supreme Headquarters Allied Powers Europe", "", "")},
        id="an-officer-named-after-a-fronted-under-leads-the-command-a-civilian-no-one"),
    pytest.param(
        "9 May 1994 - Finland and Sweden sign the PfP Framework Document.\n"
        "March 2000 - Algeria becomes the seventh Mediterranean Dialogue country.",
        {("Country:Finland", "signed", "Agreement:Partnership for Peace Framework Document", "1994-05-09", ""),
         ("Country:Sweden", "signed", "Agreement:Partnership for Peace Framework Document", "1994-05-09", ""),
         ("Country:Algeria", "participatesIn", "PartnershipFramework:Mediterranean Dialogue", "2000-03", "")},
        id="a-dated-line-whose-verb-was-tagged-a-base-form-and-a-country-of-a-framework"),
    pytest.param(
        "Mongolia supplied soldiers for ISAF, and Estonia provided a frigate to Operation Sea Guardian. "
        "NATO provided airlift to the AU Mission in Sudan.",
        {("Country:Mongolia", "participatesIn", "Event:International Security Assistance Force", "", ""),
         ("Country:Estonia", "participatesIn", "Event:Operation Sea Guardian", "", ""),
         # (aid for an operation supports it)
         ("InternationalOrganization:NATO", "supports", "Event:AU Mission in Sudan", "", ""),
         ("Event:AU Mission in Sudan", "partOf", "InternationalOrganization:African Union", "", "")},
        id="a-contingent-supplied-for-an-operation-is-a-contribution-other-aid-is-not"),
    pytest.param(
        "Swedish Gripen aircraft took part in Operation Unified Protector.",
        {("Country:Sweden", "participatesIn", "Event:Operation Unified Protector", "", "")},
        id="a-proxy-nouns-owner-past-a-model-name"),
    pytest.param(
        "NATO trained thousands of Iraqi officers. Mongolian instructors trained Afghan artillery crews.",
        {("InternationalOrganization:NATO", "supports", "Country:Iraq", "", ""),
         ("Country:Mongolia", "supports", "Country:Afghanistan", "", "")},
        id="a-count-stands-for-its-of-phrase-and-crews-for-their-country"),
    pytest.param(
        "The NATO-Ukraine Commission, created under the Charter on a Distinctive Partnership, met in Kyiv. "
        "The Interoperability Platform, established under the Partnership Interoperability Initiative, met too.",
        {("Agreement:Charter on a Distinctive Partnership", "established",
          "PartnershipFramework:NATO-Ukraine Commission", "", ""),
         ("PartnershipFramework:NATO-Ukraine Commission", "heldIn", "Place:Kyiv", "", ""),
         ("PartnershipFramework:Interoperability Platform", "partOf",
          "PartnershipFramework:Partnership Interoperability Initiative", "", "")},
        id="an-agreement-something-was-set-up-under-set-it-up-a-framework-holds-it"),
    pytest.param(
        "Finland and Sweden, both EU member states, agreed. A jet flew between two NATO member states, Greece and "
        "Lithuania.",
        {("Country:Finland", "memberOf", "InternationalOrganization:European Union", "", ""),
         ("Country:Sweden", "memberOf", "InternationalOrganization:European Union", "", ""),
         ("Country:Greece", "memberOf", "InternationalOrganization:NATO", "", ""),
         ("Country:Lithuania", "memberOf", "InternationalOrganization:NATO", "", "")},
        id="a-member-state-set-off-with-the-countries-it-describes"),
    pytest.param(
        "Two EU members, Austria and Malta, stayed neutral. Three EU members - Cyprus, Ireland and Sweden - are "
        "not in NATO.",
        {("Country:Austria", "memberOf", "InternationalOrganization:European Union", "", ""),
         ("Country:Malta", "memberOf", "InternationalOrganization:European Union", "", ""),
         ("Country:Cyprus", "memberOf", "InternationalOrganization:European Union", "", ""),
         ("Country:Ireland", "memberOf", "InternationalOrganization:European Union", "", ""),
         ("Country:Sweden", "memberOf", "InternationalOrganization:European Union", "", "")},
        id="members-set-off-as-conjuncts-or-before-a-negated-copula-are-members"),
    pytest.param(
        "ISAF (Afghanistan) ended in 2014. Steadfast Jazz (Poland, Latvia and Estonia) followed. In 1995 IFOR was "
        "deploying to Bosnia and Herzegovina.",
        {("Event:International Security Assistance Force", "heldIn", "Country:Afghanistan", "", ""),
         ("Country:Poland", "participatesIn", "Event:Steadfast Jazz", "", ""),
         ("Country:Latvia", "participatesIn", "Event:Steadfast Jazz", "", ""),
         ("Country:Estonia", "participatesIn", "Event:Steadfast Jazz", "", ""),
         ("Event:Implementation Force", "heldIn", "Country:Bosnia and Herzegovina", "1995", "")},
        id="an-operation-with-its-country-in-brackets-or-deployed-there-is-held-there"),
    pytest.param(
        "Their leaders - Japan's Yoshimasa Hayashi and Australia's Anthony Albanese - attended the Madrid Summit.",
        {("Person:Yoshimasa Hayashi", "participatesIn", "Event:Madrid Summit", "", ""),
         ("Person:Anthony Albanese", "participatesIn", "Event:Madrid Summit", "", ""),
         ("Person:Yoshimasa Hayashi", "leaderOf", "Country:Japan", "", ""),
         ("Person:Anthony Albanese", "leaderOf", "Country:Australia", "", "")},
        id="leaders-apposed-with-their-countries-possessive-lead-them"),
    pytest.param(
        "Russian troops served in the NATO-led peacekeeping operations in Bosnia and Herzegovina (IFOR and SFOR).",
        {("Event:Implementation Force", "partOf", "InternationalOrganization:NATO", "", ""),
         ("Event:Stabilisation Force", "partOf", "InternationalOrganization:NATO", "", "")},
        id="names-bracketed-after-an-owned-kind-noun-are-its-owners"),
    pytest.param(
        "Georgia cooperates through the Substantial NATO-Georgia Package agreed at the 2014 Wales Summit.",
        {("Country:Georgia", "participatesIn", "Agreement:Substantial NATO-Georgia Package", "", ""),
         ("Event:Wales Summit 2014", "adopted", "Agreement:Substantial NATO-Georgia Package", "2014", "")},
        id="a-participle-tagged-past-tense-right-after-its-noun"),
    pytest.param(
        "Representatives of NATO member states, Ukraine and Georgia met. EU members, Norway and Switzerland, "
        "agreed. Ukraine and Georgia, both aspiring NATO member states, attended. Under Jens Stoltenberg, Finland "
        "joined NATO. The United States provided instructors for the Afghan National Army. Talks involved "
        "Ukraine and the OSCE, Geneva. Troop contributions: ISAF (Mongolia).",
        {("Country:Finland", "memberOf", "InternationalOrganization:NATO", "", ""),
         ("Country:Mongolia", "participatesIn", "Event:International Security Assistance Force", "", "")},
        id="plain-lists-hedged-roles-civilians-under-aid-to-a-body-listed-bodies-and-contributors-read-no-more"),
]


@pytest.mark.parametrize(("text", "expected"), _OWN_LINES)
def test_relations_read_from_our_own_lines(nlp, text: str, expected: set[tuple[str, str, str, str, str]]) -> None:
    # (the rules' readings, every one: the pair model's depend on its training and are tested in test_pairs)
    found = {(r.subject, r.predicate, r.object, r.date, r.modality) for r in read(nlp, text).relations
             if r.rule != "learned-pair"}
    assert found == expected, found


def test_relations_an_operations_work_in_a_place_keeps_its_clauses_negation_and_modal(nlp) -> None:
    found = {(r.subject, r.predicate, r.object, r.polarity, r.modality)
             for r in read(nlp, "KFOR will not conduct patrols in Serbia.").relations if r.rule != "learned-pair"}
    assert found == {("Event:Kosovo Force", "heldIn", "Country:Serbia", "negative", "will")}


def test_relations_neither_hung_on_the_verb_negates_its_clause(nlp) -> None:
    text = "Ukraine and Georgia would one day be members, but neither received a Membership Action Plan."
    found = {(r.subject, r.predicate, r.object, r.polarity) for r in read(nlp, text).relations
             if r.rule == "status-noun"}
    assert found == {("Country:Ukraine", "participatesIn", "Agreement:Membership Action Plan", "negative"),
                     ("Country:Georgia", "participatesIn", "Agreement:Membership Action Plan", "negative")}, found
