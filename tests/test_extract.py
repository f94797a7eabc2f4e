"""kg.extract: entities, canonicalisation and relations, on the real model."""

from __future__ import annotations

import pytest

import kg
from kg.ingest import document_from_text
from kg.model import Extraction, Relation


def run(nlp, text: str) -> Extraction:
    return kg.extract([document_from_text(text)], nlp=nlp)


def triples(extraction: Extraction, facts_only: bool = True) -> set[tuple[str, str, str]]:
    return {(r.subject, r.predicate, r.object) for r in extraction.relations if r.is_fact or not facts_only}


def find(extraction: Extraction, subject: str, predicate: str, obj: str) -> Relation:
    return next(r for r in extraction.relations if (r.subject, r.predicate, r.object) == (subject, predicate, obj))


# -- the sample corpus -------------------------------------------------------------------
def test_extract_sample_lithuania_adopted_program_against_terrorism(sample_extraction: Extraction) -> None:
    rel = find(sample_extraction, "Country:Lithuania", "adopted", "Agreement:Program Against Terrorism")
    doc = next(d for d in sample_extraction.documents if d.id == rel.evidence.doc_id)
    assert doc.name == "000_09de478905b3451f.txt"
    assert rel.evidence.sentence.startswith("That is why in the national Program Against Terrorism (adopted in January")
    assert doc.text[rel.evidence.start:rel.evidence.end] == rel.evidence.sentence
    assert rel.rule == "participle" and rel.verb == "adopt" and rel.is_fact


def test_extract_sample_boilerplate_yields_nothing(sample_extraction: Extraction) -> None:
    docs = {d.id: d for d in sample_extraction.documents}
    for mention in sample_extraction.mentions:
        spans = docs[mention.doc_id].boilerplate
        assert not any(s <= mention.start < e for s, e in spans), mention
    for rel in sample_extraction.relations:
        assert "verification code" not in rel.evidence.sentence
    by_doc = {docs[m.doc_id].name[:3] for m in sample_extraction.mentions}
    assert by_doc == {"000", "001", "002", "003"}


def test_extract_sample_canonical_entities(sample_extraction: Extraction) -> None:
    entities = sample_extraction.entities
    nato = entities["InternationalOrganization:NATO"]
    assert "Alliance" in nato.aliases
    assert "EAPC" in entities["PartnershipFramework:Euro-Atlantic Partnership Council"].aliases
    assert "Lithuanian Parliament" in entities["Country:Lithuania"].aliases
    assert not [k for k in entities if k.endswith(":EAPC") or k.endswith(":Alliance")]
    rules = {m.rule for m in sample_extraction.mentions if m.entity_key == "Country:Lithuania"}
    assert rules == {"curated-name", "demonym-institution"}
    assert sample_extraction.entities["Person:Jaap de Hoop Scheffer"].aliases == ("De Hoop Scheffer",)


# -- small sentences of our own -------------------------------------------------------------
def test_extract_demonym_alone_is_the_country(nlp) -> None:
    result = run(nlp, "The Estonian government hosted the talks. Estonian troops trained in Tapa.")
    assert "Country:Estonia" in result.entities
    assert {m.rule for m in result.mentions if m.entity_key == "Country:Estonia"} == {"demonym"}


def test_extract_macedonia_in_a_partnership_text_is_the_country(nlp) -> None:
    result = run(nlp, "Macedonia joined the Partnership for Peace in 1995. "
                      "The Republic of Macedonia later joined NATO.")
    assert {m.entity_key for m in result.mentions if "Macedonia" in m.text} == {"Country:North Macedonia"}
    assert not [k for k in result.entities if k.startswith("Place:")]


def test_extract_a_group_or_unit_named_after_a_place_is_one_organisation(nlp) -> None:
    result = run(nlp, "The Vilnius Group was formed in 2000 by aspirant countries. NATO Force Integration Units "
                      "opened in Riga in 2015.")
    assert {"Organization:Vilnius Group", "Organization:NATO Force Integration Units"} <= set(result.entities)
    assert "Place:Vilnius" not in result.entities


def test_extract_a_centre_named_after_a_framework_is_one_organisation(nlp) -> None:
    result = run(nlp, "Officers from Georgia trained at the Partnership for Peace Training Centre in Ankara.")
    assert "Organization:Partnership for Peace Training Centre" in result.entities
    assert "PartnershipFramework:Partnership for Peace" not in result.entities


def test_extract_named_talks_and_a_country_mission_to_nato_are_whole_names(nlp) -> None:
    result = run(nlp, "The Washington Exploratory Talks began in 1948. Japan opened the Mission of Japan to NATO.")
    assert {"Event:Washington Exploratory Talks", "Organization:Mission of Japan to NATO"} <= set(result.entities)


def test_extract_region_demonym_of_several_words_is_the_region(nlp) -> None:
    result = run(nlp, "Western European countries met in Brussels. The Eastern European states agreed.")
    found = {(m.text, m.entity_key, m.rule) for m in result.mentions if m.rule == "demonym"}
    assert found == {("Western European", "Place:Western Europe", "demonym"),
                     ("Eastern European", "Place:Eastern Europe", "demonym")}
    assert "InternationalOrganization:Western European Union" not in result.entities


def test_extract_regions_and_headquarters_towns_of_the_gazetteer_are_places(nlp) -> None:
    """Regions and the towns of NATO's commands, which the statistical model misses or cuts, are
    places; a region's name inside a longer one is not taken out of it."""
    result = run(nlp, "Georgia lies in the Caucasus. SHAPE moved to Casteau in 1967. The Republic of Korea is in "
                      "North-East Asia, and ships patrol the Eastern Mediterranean.")
    places = {m.text: m.entity_key for m in result.mentions if m.entity_key.startswith("Place:")}
    assert places == {"Caucasus": "Place:Caucasus", "Casteau": "Place:Casteau",
                      "North-East Asia": "Place:North-East Asia", "Eastern Mediterranean": "Place:Eastern Mediterranean"}


def test_extract_a_persons_name_cut_in_two_by_the_model_is_one_name(nlp) -> None:
    result = run(nlp, "General Dah Sidi Mohamed El Agheb visited NATO Headquarters in June.")
    assert [e.name for e in result.entities.values() if e.kind == "Person"] == ["Dah Sidi Mohamed El Agheb"]


def test_extract_a_persons_name_the_model_took_for_a_body_is_a_persons(nlp) -> None:
    result = run(nlp, "Deputy Secretary General: Radmila Shekerinska (North Macedonia), who followed Mircea Geoana.\n"
                      "The NATO Media Service published the appointment.")
    kinds = {e.name: e.kind for e in result.entities.values()}
    assert kinds.get("Radmila Shekerinska") == "Person", kinds
    assert ("Person:Radmila Shekerinska", "succeeded", "Person:Mircea Geoana") in {
        (r.subject, r.predicate, r.object) for r in result.relations}


def test_extract_common_given_names_that_are_also_words_open_a_persons_name(nlp) -> None:
    # "Dirk" and "Paul" are in the English word index; the given-name list keeps names many locales list
    result = run(nlp, "Secretaries General in office in the period: Dirk Stikker (Netherlands, 1961–1964) and "
                      "Manlio Brosio (Italy, 1964–1971).")
    assert {e.name for e in result.entities.values() if e.kind == "Person"} == {"Dirk Stikker", "Manlio Brosio"}


def test_extract_a_day_after_a_plan_s_preposition_is_no_part_of_its_name(nlp) -> None:
    result = run(nlp, "Moldova and NATO signed an Individual Partnership Action Plan on Tuesday. The Action Plan on "
                      "Membership followed.")
    assert {e.name for e in result.entities.values() if e.kind == "Agreement"} == {
        "Individual Partnership Action Plan", "Action Plan on Membership"}


def test_extract_a_monarch_named_with_the_title_is_a_person_without_it(nlp) -> None:
    result = run(nlp, "His Majesty King Abdullah II visited NATO. King Felipe VI opened the summit. US aircraft "
                      "flew from Prince Sultan Air Base.")
    assert sorted(e.name for e in result.entities.values() if e.kind == "Person") == ["Abdullah II", "Felipe VI"]


def test_extract_a_name_after_an_honorific_keeps_its_hyphenated_parts(nlp) -> None:
    result = run(nlp, "The centre was opened by Sheikh Nasser Al-Mubarak Al-Sabah, then Prime Minister of Kuwait.")
    assert [e.name for e in result.entities.values() if e.kind == "Person"] == ["Nasser Al-Mubarak Al-Sabah"]
    assert ("Person:Nasser Al-Mubarak Al-Sabah", "leaderOf", "Country:Kuwait") in {
        (r.subject, r.predicate, r.object) for r in result.relations}


def test_extract_abbreviation_defined_in_text(nlp) -> None:
    result = run(nlp, "The Baltic Defence College (BALTDEFCOL) trains officers. Estonia supports BALTDEFCOL.")
    keys = [k for k in result.entities if "Baltic Defence College" in k]
    assert len(keys) == 1
    assert "BALTDEFCOL" in result.entities[keys[0]].aliases


@pytest.mark.parametrize(("text", "expected"), [
    ("The leaders of Australia and Japan came to our summit in Vilnius that June.", ["Vilnius Summit 2023"]),
    ("In 2022 Finland applied. Its leaders came to our summit in Madrid that June.", ["Madrid Summit 2022"]),
    ("Its leaders came to our summit in Madrid that June.", []),
])
def test_extract_a_lower_case_summit_in_a_place_takes_the_paragraphs_year_or_the_places_one_summit(
        nlp, text: str, expected: list[str]) -> None:
    """With no year in its sentence, a summit in a place is the place's summit of the paragraph's year, or
    its only summit; Madrid held two, so with no year it is neither."""
    result = run(nlp, text)
    assert sorted(e.name for e in result.entities.values() if e.kind == "Event") == expected


def test_extract_an_exercise_named_before_the_word_exercise(nlp) -> None:
    """"the Steppe Eagle exercise" is the event Steppe Eagle; "the annual Allied exercise" names none."""
    result = run(nlp, "Kazakhstan hosted the Desert Falcon exercise in 2019. Allied troops also joined the "
                      "annual Allied exercise in Norway, and the Noble Jump exercises tested the spearhead force.")
    assert sorted(e.name for e in result.entities.values() if e.kind == "Event") == ["Desert Falcon", "Noble Jump"]


def test_extract_a_treaty_named_by_its_place_or_subject(nlp) -> None:
    """"Treaty of X", "Treaty on X in Y" and a comma-listed title are names; a month after a name is not
    part of it; "the CFE Treaty" names the treaty whose abbreviation the text defined after it."""
    text = ("Chile and Peru signed the Treaty of Lima in 1960 and the Treaty on Conventional Armed Forces in "
            "Europe (CFE) in 1990. The CFE Treaty was suspended by Bolivia. The Andean Treaty of March 1961 "
            "followed, as did the Treaty of Trade, Transport and Customs Union.")
    result = run(nlp, text)
    agreements = sorted(e.name for e in result.entities.values() if e.kind == "Agreement")
    assert agreements == ["Andean Treaty", "Treaty of Lima", "Treaty of Trade, Transport and Customs Union",
                          "Treaty on Conventional Armed Forces in Europe"]
    found = {(r.subject, r.predicate, r.object) for r in result.relations}
    assert ("Country:Peru", "signed", "Agreement:Treaty of Lima") in found
    assert ("Country:Bolivia", "relatedTo", "Agreement:Treaty on Conventional Armed Forces in Europe") in found


def test_extract_two_names_a_naming_phrase_joins_are_one_entity(nlp) -> None:
    """"X, also known as Y", "X, better known as the Y", "X, formally a Y": one entity, and a later "Y" is it."""
    text = ("Chile and Peru signed the Andean Accord, also known as the Lima Treaty, in 1960. The Lima Treaty "
            "was suspended by Bolivia in 2007. Ecuador signed the Treaty of Quito, better known as the Quito Pact.")
    result = run(nlp, text)
    agreements = {e.key for e in result.entities.values() if e.kind == "Agreement"}
    assert len(agreements) == 2
    lima = next(k for k in agreements if "Lima" in k or "Andean" in k)
    found = {(r.subject, r.predicate, r.object) for r in result.relations}
    assert {("Country:Peru", "signed", lima), ("Country:Bolivia", "relatedTo", lima)} <= found
    assert {m.text for m in result.mentions if m.entity_key == lima} == {"Andean Accord", "Lima Treaty"}


def test_extract_abbreviation_used_alone_takes_its_definition(nlp) -> None:
    """A defined abbreviation the tagger does not see later is still its entity; an undefined one that
    no English word spells is a name of its own (natokg_acronyms)."""
    text = ("The Defence Education Enhancement Programme (DEEP) helps partners plan their forces. "
            "Over the years the DEEP participants have included: Austria, Finland and Ireland. The XYZQ met.")
    result = run(nlp, text)
    uses = [m for m in result.mentions if m.text == "DEEP"]
    assert len(uses) == 2 and {m.entity_key for m in uses} == {"Agreement:Defence Education Enhancement Programme"}
    assert [m.entity_key for m in result.mentions if m.text == "XYZQ"] == ["Organization:XYZQ"]
    found = {(r.subject, r.predicate, r.object) for r in result.relations}
    assert ("Country:Finland", "participatesIn", "Agreement:Defence Education Enhancement Programme") in found


def test_extract_an_acronym_the_tagger_took_for_a_common_noun_is_a_name(nlp) -> None:
    result = run(nlp, "The Kosovo Security Force and EULEX work alongside KFOR.")
    assert [m.entity_key for m in result.mentions if m.text == "EULEX"] == ["Organization:EULEX"]


def test_extract_definite_description_refers_to_last_named(nlp) -> None:
    text = ("Georgia adopted the Annual National Programme in 2009. The Programme sets reform goals. "
            "Ukraine signed the Charter on a Distinctive Partnership. The Charter was signed in Madrid.")
    result = run(nlp, text)
    rules = {(m.text, m.entity_key, m.rule) for m in result.mentions}
    assert ("The Programme", "Agreement:Annual National Programme", "definite-description") in rules
    assert ("The Charter", "Agreement:Charter on a Distinctive Partnership", "definite-description") in rules


def test_extract_spelling_variants_merge_but_numbers_do_not(nlp) -> None:
    text = ("Moldova joined the Partnership Action Programme. Armenia joined the Partnership Action Program too. "
            "The Prague Summit was held in 2002. The Istanbul Summit 2004 followed it. "
            "Article 4 and Article 5 of the Washington Treaty differ.")
    result = run(nlp, text)
    programmes = [e for e in result.entities.values() if e.name.startswith("Partnership Action Program")]
    assert len(programmes) == 1 and set(programmes[0].aliases) | {programmes[0].name} == {
        "Partnership Action Programme", "Partnership Action Program"}
    summits = sorted(k for k in result.entities if k.startswith("Event:"))
    assert len(summits) == 2 and summits[0] != summits[1]


def test_extract_entity_types_never_merge() -> None:
    from kg.extract.mentions import Candidate
    from kg.extract.resolve import Resolver

    resolver = Resolver()
    resolver.start_document("d1")
    resolver.add_paragraph([Candidate("Jordan", 0, 6, "PERSON", "Person", None, "ner", "Jordan"),
                            Candidate("Jordan", 11, 17, "GPE", "Place", None, "ner", "Jordan")], [], 1,
                           "Jordan met Jordan.", 0)
    result = resolver.finish()
    assert sorted(result.entities) == ["Person:Jordan", "Place:Jordan"]


def test_extract_article_stands_for_its_treaty(nlp) -> None:
    result = run(nlp, "The Washington Treaty was signed in 1949. Article 9 created the North Atlantic Council.")
    assert not any(key.startswith("Agreement:Article") for key in result.entities)
    assert ("Agreement:Washington Treaty", "established", "Organization:North Atlantic Council") in {
        (r.subject, r.predicate, r.object) for r in result.relations}


def test_extract_two_workers_give_the_same_result(nlp, corpus_paths) -> None:
    docs = kg.read_documents(corpus_paths).documents
    one = kg.extract(docs, nlp=nlp)
    two = kg.extract(docs, nlp=nlp, workers=2, batch_size=8)
    assert one.entities == two.entities
    assert one.relations == two.relations and one.mentions == two.mentions
    assert one.sentences == two.sentences


def test_extract_lone_surname_is_the_person_of_the_document(nlp) -> None:
    result = run(nlp, "Jens Stoltenberg visited Kyiv. Stoltenberg said NATO stands with Ukraine. "
                      "Prime Minister Kishida Fumio met him. Kishida agreed.")
    persons = {k for k in result.entities if k.startswith("Person:")}
    assert persons == {"Person:Jens Stoltenberg", "Person:Kishida Fumio"}
    assert not any(k.endswith(":Stoltenberg") or k.endswith(":Kishida") for k in result.entities)


def test_extract_a_surname_the_model_left_out_is_the_person_named_in_full_before(nlp) -> None:
    text = ("Prime Minister Shinzo Abe met NATO leaders in Tokyo in 2013.\n\n"
            "May 2014 - Abe signs Japan's IPCP in Brussels.\n\n"
            "Jens Stoltenberg took office in 2014.\n\n"
            "10 January 2023 – Stoltenberg, Charles Michel and Ursula von der Leyen sign the Joint Declaration.")
    found = triples(run(nlp, text))
    assert ("Person:Shinzo Abe", "signed", "Agreement:Individual Partnership and Cooperation Programme") in found
    assert ("Person:Jens Stoltenberg", "signed", "Agreement:Joint Declaration") in found


def test_extract_a_lone_proper_noun_no_one_was_named_by_is_no_one(nlp) -> None:
    result = run(nlp, "May 2014 - Abe signs Japan's IPCP in Brussels. Follow us on Facebook.")
    assert not any(k.startswith("Person:") for k in result.entities)
    assert not any(r.subject.startswith("Person:") for r in result.relations)


def test_lone_names_marks_no_english_word_month_or_plural(nlp) -> None:
    from kg.extract.mentions import LONE_NAMES

    with nlp.select_pipes(disable=["natokg_relations"]):
        row = nlp("Oct 1999 - Apr 2000 | Klaus Reinhardt | General | Germany")
        doc = nlp("On Oct 3, Partners and Members met. Stoltenberg spoke.")
    assert LONE_NAMES not in row.user_data  # ("Oct", "Apr": months the model left outside the dates)
    assert [doc[i].text for i in doc.user_data.get(LONE_NAMES, [])] == ["Stoltenberg"]


def test_extract_a_name_cut_short_runs_back_to_where_its_abbreviation_begins(nlp) -> None:
    result = run(nlp, "NATO will establish the NATO-Ukraine Joint Analysis, Training and Education Centre (JATEC) "
                      "in Bydgoszcz. The Euro-Atlantic Disaster Response Coordination Centre (EADRCC) opened in 1998.")
    assert "Organization:NATO-Ukraine Joint Analysis, Training and Education Centre" in result.entities
    assert not any(k.endswith(":Training and Education Centre") for k in result.entities)
    assert ("Organization:NATO-Ukraine Joint Analysis, Training and Education Centre", "locatedIn",
            "Place:Bydgoszcz") in triples(result)
    assert "Organization:Euro-Atlantic Disaster Response Coordination Centre" in result.entities


def test_extract_a_body_is_where_the_place_after_its_abbreviation_is(nlp) -> None:
    found = triples(run(nlp, "2008 saw the founding of the NATO Cooperative Cyber Defence Centre of Excellence "
                             "(CCDCOE) in Tallinn."))
    assert ("Organization:NATO Cooperative Cyber Defence Centre of Excellence", "locatedIn", "Place:Tallinn") in found


def test_extract_an_office_alone_is_no_name_and_leads_a_body_not_a_country(nlp) -> None:
    result = run(nlp, "The college is headed by a Commandant, currently Lieutenant General Max Mustermann of Germany. "
                      "Lieutenant General Max Mustermann is the Commandant of the NATO Defence College.")
    assert not any(k.endswith(":Commandant") for k in result.entities)
    found = triples(result)
    assert ("Person:Max Mustermann", "leaderOf", "Organization:NATO Defense College") in found
    assert ("Person:Max Mustermann", "leaderOf", "Country:Germany") not in found


def test_extract_a_summit_under_a_chronologys_year_heading_is_that_years(nlp) -> None:
    result = run(nlp, "1994\n- 10 January: At the Brussels Summit, Allied leaders launch the Partnership for Peace.")
    assert "Event:Brussels Summit 1994" in result.entities and "Event:Brussels Summit" not in result.entities
    found = [r for r in result.relations if r.object == "PartnershipFramework:Partnership for Peace"]
    assert [(r.subject, r.predicate, r.date) for r in found] == [
        ("Event:Brussels Summit 1994", "established", "1994-01-10")]


def test_extract_a_persons_name_leaves_out_rank_and_form_of_address(nlp) -> None:
    result = run(nlp, "Professor Hans Speidel spoke first. Cpl Jean Chabot spoke next. General Motors did not.")
    assert {"Person:Hans Speidel", "Person:Jean Chabot", "Organization:General Motors"} <= set(result.entities)
    assert not any(k.startswith(("Person:Professor", "Person:Cpl")) for k in result.entities)


def test_extract_a_persons_name_leaves_out_the_office_the_model_runs_into_it(nlp) -> None:
    result = run(nlp, '"The depot has grown," the agency\'s General Manager Tara Lindqvist stated. The talks '
                      'failed after the visit of the US Special Envoy Oren Maddox.')
    persons = {k for k in result.entities if k.startswith("Person:")}
    assert persons == {"Person:Tara Lindqvist", "Person:Oren Maddox"}, persons


def test_extract_training_missions_and_the_treaty_of_washington_are_named(nlp) -> None:
    result = run(nlp, "Estonia signed the Treaty of Washington in no year. Its officers served with the NATO "
                      "Training Mission in Afghanistan and the NATO Training Mission in Iraq.")
    assert {"Agreement:Washington Treaty", "Event:NATO Training Mission-Afghanistan",
            "Event:NATO Training Mission-Iraq"} <= set(result.entities), sorted(result.entities)


def test_extract_compass_fragments_and_period_adjectives_are_no_entities(nlp) -> None:
    result = run(nlp, "Ministers from Northern, Central and Eastern Europe met in Riga to discuss the "
                      "post-Cold War order and trans-Atlantic ties with NATO.")
    names = {k.split(":", 1)[1] for k in result.entities}
    assert "NATO" in names and "Riga" in names
    assert not names & {"Northern", "Central", "post-Cold War", "trans-Atlantic"}, names


def test_extract_generic_capitalised_words_are_no_names(nlp) -> None:
    result = run(nlp, "Background\n\nHeads of State met in Riga. The Army and the Cabinet backed NATO.\n\n"
                      "Plenary Sessions\n\nEstonia hosted the talks.")
    names = {k.split(":", 1)[1] for k in result.entities}
    assert {"NATO", "Riga", "Estonia"} <= names
    assert not names & {"Background", "Heads of State", "Army", "Cabinet", "Plenary Sessions"}, names


def test_extract_a_title_case_headline_is_no_name(nlp) -> None:
    result = run(nlp, "Solana Departure Puts Nato In A Hurry\n\nIts European Supporters\n\n"
                      "The Defence Against Terrorism COE is in Ankara.")
    names = {k.split(":", 1)[1] for k in result.entities}
    assert "Defence Against Terrorism COE" in names
    assert not [n for n in names if "Departure" in n or "Supporters" in n], names


def test_extract_a_rank_before_a_name_makes_it_a_person(nlp) -> None:
    result = run(nlp, "The current Chairman, General Petr Pavel, spoke. General Motors sold cars.")
    assert {"Person:Petr Pavel", "Organization:General Motors"} <= set(result.entities)


def test_extract_a_name_ends_before_an_unclosed_parenthesis(nlp) -> None:
    result = run(nlp, "The Royal Institute for International Relations (Egmont Institute) hosted the event.")
    assert "Organization:Royal Institute for International Relations" in result.entities
    assert not any("(" in key for key in result.entities)


def test_surname_index_finds_the_person_first_named_in_full() -> None:
    from kg.extract.resolve import _Persons

    persons = _Persons()
    persons.add("jens stoltenberg", "Person:Jens Stoltenberg")
    persons.add("kishida fumio", "Person:Kishida Fumio")
    persons.add("camilla stoltenberg", "Person:Camilla Stoltenberg")
    persons.add("jens stoltenberg", "Person:Jens Stoltenberg (again)")  # keeps its place, takes the new key
    assert persons.named_by("stoltenberg") == "Person:Jens Stoltenberg (again)"
    assert persons.named_by("kishida") == "Person:Kishida Fumio"  # a family name written first
    assert persons.named_by("fumio") == "Person:Kishida Fumio"
    assert persons.named_by("jens stoltenberg") is None  # the full name itself is no surname
    assert persons.named_by("berg") is None and persons.named_by("") is None


def test_extract_institution_names_by_their_head_word(nlp) -> None:
    """Centres, colleges, offices and centres of excellence keep their whole name, inner "and"/"from the" included."""
    text = ("The NATO-Georgia Joint Training and Evaluation Centre opened in 2015.\n\n"
            "Combined Joint Operations from the Sea COE | Norfolk | United States\n\n"
            "The Geneva Centre for Security Policy hosts courses.")
    names = {m.text for m in run(nlp, text).mentions if m.label == "ORG"}
    assert {"NATO-Georgia Joint Training and Evaluation Centre", "Combined Joint Operations from the Sea COE",
            "Geneva Centre for Security Policy"} <= names


def test_extract_peers_keep_their_title(nlp) -> None:
    """"Lord Robertson" is the name a British peer is known by; the surname alone is the same person."""
    result = run(nlp, "Lord Robertson led NATO from 1999. Robertson had been Defence Secretary.")
    assert {(m.text, m.entity_key) for m in result.mentions if m.label == "PERSON"} == {
        ("Lord Robertson", "Person:Lord Robertson"), ("Robertson", "Person:Lord Robertson")}


def test_sentences_end_at_terminal_punctuation_and_line_breaks_only(nlp) -> None:
    text = ('Sweden joined NATO (in 2024) after a vote. He said "we agree" (twice)! Next came Norway\n'
            "A heading line\n\nThe U.S. Council met… Then")
    assert [s.text for s in nlp(text).sents] == [
        "Sweden joined NATO (in 2024) after a vote.", 'He said "we agree" (twice)!', "Next came Norway\n",
        "A heading line\n\n", "The U.S. Council met…", "Then"]


def test_ruler_names_need_no_parse_to_be_added(nlp) -> None:
    ruler = nlp.get_pipe("natokg_ruler")
    names = next(iter(ruler.phrase_patterns.values()))
    assert names and not names[0].has_annotation("DEP") and not names[0].has_annotation("TAG")
    assert nlp.pipe_names[nlp.pipe_names.index("ner"):] == [
        "ner", "natokg_dated_names", "natokg_ruler", "natokg_abbreviated_names", "natokg_joined_persons",
        "natokg_designated_units", "natokg_owned_bodies",
        "natokg_repeated_names", "natokg_known_persons", "natokg_known_places", "natokg_acronyms", "natokg_lone_names",
        "natokg_event_conjuncts", "natokg_companion_operations", "natokg_apposed_relatives", "natokg_row_descriptions",
        "natokg_table_rows", "natokg_relations"]


def test_ruler_pattern_anchor_is_the_most_selective_required_word() -> None:
    from kg.extract.ruler import pattern_anchor

    def common(word: str) -> bool:
        return word in {"of", "for", "the"}

    pattern = [{"TAG": "NNP", "OP": "+"}, {"LOWER": {"IN": ["of", "for"]}},
               {"LOWER": {"IN": ["plan", "programme", "charter"]}}, {"LOWER": "council", "OP": "?"}]
    assert pattern_anchor(pattern, common) == ("LOWER", frozenset({"plan", "programme", "charter"}))
    assert pattern_anchor([{"TEXT": {"IN": ["HMS", "USS"]}}, {"IS_TITLE": True}]) == ("ORTH", frozenset({"HMS", "USS"}))
    assert pattern_anchor([{"TAG": "NNP", "OP": "+"}, {"LOWER": "summit", "OP": "*"}]) is None
    assert pattern_anchor([{"LOWER": "Summit"}]) is None  # never matches: left ungated rather than guessed


def test_ruler_gives_the_entities_of_spacys_ruler(nlp) -> None:
    from spacy.pipeline import EntityRuler

    from kg.extract.pipeline import ruler_patterns
    from kg.lexicon import load_lexicon

    text = ("The Partnership Interoperability Initiative was launched at the Wales Summit. Admiral Rob Bauer "
            "chaired the Military Committee, and HMS Prince of Wales sailed with the Standing Group. "
            "Lord Robertson spoke at the Centre of Excellence for Cyber Defence in Tallinn.")
    stock = EntityRuler(nlp, "stock", phrase_matcher_attr="ORTH", overwrite_ents=True)
    with nlp.select_pipes(enable=[]):
        stock.add_patterns(ruler_patterns(load_lexicon()))
    with nlp.select_pipes(disable=["natokg_ruler", "natokg_relations"]):
        parsed = nlp(text)
    ours = nlp.get_pipe("natokg_ruler")(parsed.copy())
    theirs = stock(parsed.copy())
    spans = [(e.text, e.label_) for e in ours.ents]
    assert spans == [(e.text, e.label_) for e in theirs.ents]
    assert ("Centre of Excellence for Cyber Defence", "ORG") in spans and ("Wales Summit", "EVENT") in spans


def test_ruler_prefers_a_curated_name_to_a_generic_pattern_of_the_same_span(nlp) -> None:
    text = ("India agreed an Individual Partnership Action Plan with the League of Arab States in 2023. "
            "Georgia adopted its Individual Partnership Action Plan in 2004.")
    with nlp.select_pipes(disable=["natokg_relations"]):
        plans = [e.ent_id_ for e in nlp(text).ents if e.text == "Individual Partnership Action Plan"]
    assert plans == ["Agreement:Individual Partnership Action Plan"] * 2


def test_attribute_ruler_gives_the_models_own_values(nlp) -> None:
    import spacy
    from spacy.attrs import DEP, LEMMA, MORPH, POS, TAG

    from kg.config import resolve_model

    text = ("There is no doubt that Sweden hasn't joined yet, but it does. I told you  it's done; y'all ain't "
            "nothin' if the Allies did what they said.\n\nThose who do it have had it, and that was that.")
    stock = spacy.load(resolve_model(None))
    ours = nlp.get_pipe("attribute_ruler")
    assert type(ours).__name__ == "IndexedAttributeRuler"
    with stock.select_pipes(disable=["attribute_ruler", "lemmatizer", "ner"]):
        parsed = stock(text)
    theirs, mine = stock.get_pipe("attribute_ruler")(parsed.copy()), ours(parsed.copy())
    assert (theirs.to_array([POS, MORPH, TAG, LEMMA, DEP]) == mine.to_array([POS, MORPH, TAG, LEMMA, DEP])).all()
    assert [str(t.morph) for t in theirs] == [str(t.morph) for t in mine]
    assert [t.pos_ for t in mine][:3] == ["PRON", "VERB", "DET"] and (mine[4].text, mine[4].pos_) == ("that", "SCONJ")
    assert [(t.lemma_, t.pos_) for t in mine if t.lower_ in {"is", "n't"}] == [("be", "VERB"), *[("not", "PART")] * 2]


def test_attribute_ruler_reads_one_token_patterns_from_arrays(nlp) -> None:
    from kg.extract.attribute_ruler import compile_token

    strings = nlp.vocab.strings
    tests = compile_token(strings, {"TAG": "VBZ", "LOWER": {"IN": ["is", "'s"]}, "DEP": {"NOT_IN": ["aux", ""]}})
    assert tests is not None and [(wanted, len(values)) for _, wanted, values in tests] == [(True, 1), (True, 2), (False, 2)]
    assert compile_token(strings, {"LOWER": {"REGEX": "^n't$"}}) is None  # left to spaCy's matcher
    assert compile_token(strings, {"DEP": {"NOT_IN": ["det"]}}) is None  # nothing to index it by


def test_attribute_ruler_sets_values_in_pattern_order_as_spacys_does(nlp) -> None:
    from spacy.attrs import DEP, LEMMA, MORPH, POS, TAG
    from spacy.pipeline import AttributeRuler

    from kg.extract.attribute_ruler import IndexedAttributeRuler

    patterns = [
        {"patterns": [[{"TAG": "NNP"}]], "attrs": {"POS": "PROPN", "MORPH": "Number=Sing"}},
        {"patterns": [[{"LOWER": {"IN": ["nato", "eu"]}}]], "attrs": {"POS": "X", "LEMMA": "alliance"}},
        {"patterns": [[{"IS_SPACE": True}]], "attrs": {"DEP": "dep"}},
        {"patterns": [[{"IS_SPACE": True, "DEP": {"NOT_IN": [""]}}]], "attrs": {"DEP": "punct"}},
        {"patterns": [[{"LOWER": "joined"}, {"TAG": "NNP"}]], "attrs": {"MORPH": "Foo=Bar"}, "index": -1},
        {"patterns": [[{"LOWER": {"REGEX": "^swed"}}]], "attrs": {"LEMMA": "sweden"}},
    ]
    stock = AttributeRuler(nlp.vocab)
    stock.add_patterns(patterns)
    ours = IndexedAttributeRuler(nlp, "ours", stock)
    with nlp.select_pipes(enable=["tok2vec", "tagger", "natokg_sentences", "parser"]):
        parsed = nlp("Sweden joined NATO in 2024.\n\nFinland  joined the EU and NATO.")
    theirs, mine = stock(parsed.copy()), ours(parsed.copy())
    assert (theirs.to_array([POS, MORPH, LEMMA, DEP, TAG]) == mine.to_array([POS, MORPH, LEMMA, DEP, TAG])).all()
    values = [(t.text, t.pos_, t.lemma_, str(t.morph)) for t in mine]
    assert values[0] == ("Sweden", "PROPN", "sweden", "Number=Sing")
    assert values[2] == ("NATO", "X", "alliance", "Foo=Bar")  # after "joined": the two-token rule's MORPH too
    assert {t.dep_ for t in mine if t.is_space} == {"punct"}  # both space rules match; the later one wins


def test_extract_a_rank_alone_is_no_entity(nlp) -> None:
    result = kg.extract([document_from_text("The commander, Major General Ruben Servert, spoke at the base.")], nlp=nlp)
    assert not [e for e in result.entities.values() if e.name.lower() == "major general"]


def test_extract_photo_credits_and_page_furniture_are_no_entities(nlp) -> None:
    text = "Leaders met in Brussels (AP Images).\nPhoto: Anna Berg / Associated Press\nKey Facts and Figures"
    result = kg.extract([document_from_text(text)], nlp=nlp)
    names = {e.name for e in result.entities.values()}
    assert "Brussels" in names
    assert not names & {"AP Images", "Anna Berg / Associated Press", "Key Facts and Figures"}


def test_extract_a_body_named_after_an_acronym_is_one_name(nlp) -> None:
    text = ("The NATO Political Affairs and Security Policy Division worked with the EU Military Staff and the OSCE "
            "Permanent Council.")
    names = {(m.text, m.entity_key) for m in run(nlp, text).mentions}
    assert names == {
        ("NATO Political Affairs and Security Policy Division",
         "Organization:NATO Political Affairs and Security Policy Division"),
        ("EU Military Staff", "Organization:EU Military Staff"),
        ("OSCE Permanent Council", "Organization:OSCE Permanent Council")}


def test_extract_resolutions_arrangements_and_trust_funds_are_agreements(nlp) -> None:
    text = ("KFOR deployed under UN Security Council Resolution 1244. Norway signed the Executive Agent Arrangement. "
            "Estonia paid into the Partnership for Peace Trust Fund.")
    keys = {m.entity_key for m in run(nlp, text).mentions}
    assert {"Agreement:UN Security Council Resolution 1244", "Agreement:Executive Agent Arrangement",
            "Agreement:Partnership for Peace Trust Fund"} <= keys
    assert "PartnershipFramework:Partnership for Peace" not in keys


def test_extract_historic_states_and_armed_services_are_named(nlp) -> None:
    text = ("Soviet troops left the German Democratic Republic. Yugoslavia was not a member. "
            "The U.S. Navy and the British Army trained with the Polish Air Force.")
    keys = {m.entity_key for m in run(nlp, text).mentions}
    assert {"Country:Soviet Union", "Country:East Germany", "Country:Yugoslavia", "Organization:U.S. Navy",
            "Organization:British Army", "Organization:Polish Air Force"} <= keys


def test_extract_agreement_names_with_participles_and_an_abbreviation_inside(nlp) -> None:
    text = ("Norway signed the Building Integrity (BI) Executing Agent Arrangement in 2018. "
            "Georgia agreed the Individually Tailored Partnership Programme.")
    keys = {m.entity_key for m in run(nlp, text).mentions}
    assert {"Agreement:Building Integrity (BI) Executing Agent Arrangement",
            "Agreement:Individually Tailored Partnership Programme"} <= keys


def test_extract_an_office_title_is_no_entity_and_leaves_no_fragment(nlp) -> None:
    text = "General Curtis Scaparrotti, Supreme Allied Commander Europe, visited Kyiv. The SACEUR met NATO."
    names = {m.text for m in run(nlp, text).mentions}
    assert names == {"Curtis Scaparrotti", "Kyiv", "NATO"}


def test_extract_abbreviated_ranks_are_no_part_of_a_name(nlp) -> None:
    text = "Adm. James Stavridis commanded the operation. Lt. Gen. Charles Bouchard led it."
    keys = {m.entity_key for m in run(nlp, text).mentions if m.entity_key.startswith("Person:")}
    assert keys == {"Person:James Stavridis", "Person:Charles Bouchard"}


def test_extract_a_name_with_its_abbreviation_inside_and_an_initiative_name(nlp) -> None:
    """"Defence Education Enhancement (DEEP) Programme": the name without its bracket; "DEEP" and
    "DEEP Programme" name it too. A title-case name ending in "Initiative" is a framework,
    with "and" inside it."""
    text = ("The Defence Education Enhancement (DEEP) Programme supports Moldova. The DEEP Programme also "
            "helps Ukraine, and DEEP helps Georgia. The Defence and Related Security Capacity Building (DCB) "
            "Initiative was launched in 2014. Under the DCB Initiative, NATO cooperates with Jordan.")
    result = run(nlp, text)
    keys = {m.text: m.entity_key for m in result.mentions}
    deep = "Agreement:Defence Education Enhancement Programme"
    dcb = "PartnershipFramework:Defence and Related Security Capacity Building Initiative"
    assert keys["Defence Education Enhancement (DEEP) Programme"] == keys["DEEP Programme"] == keys["DEEP"] == deep
    assert keys.get("the DCB Initiative", keys.get("DCB Initiative")) == dcb  # (a curated name since)
    assert {("supports", c) for c in ("Country:Moldova", "Country:Ukraine", "Country:Georgia")} <= {
        (r.predicate, r.object) for r in result.relations if r.subject == deep}


def test_extract_standing_maritime_groups_ranks_and_nato_prefixed_summits(nlp) -> None:
    text = ("SNMG2 is led by Royal Navy Commodore Mike Utley. Standing NATO Maritime Group Two arrived in Varna. "
            "The NATO Warsaw Summit, held in July 2016, was the first after the Wales Summit.")
    result = run(nlp, text)
    keys = {m.text: m.entity_key for m in result.mentions}
    assert keys["SNMG2"] == keys["Standing NATO Maritime Group Two"] == "Organization:Standing NATO Maritime Group 2"
    assert keys["NATO Warsaw Summit"] == "Event:Warsaw Summit 2016"
    assert "Person:Mike Utley" in keys.values()
    assert find(result, "Person:Mike Utley", "leaderOf", "Organization:Standing NATO Maritime Group 2")


def test_extract_letters_after_a_name_are_no_part_of_it(nlp) -> None:
    result = run(nlp, "The group is led by Commodore Mike Utley OBE. Edmund P. Giambastiani Jr. commanded it before.")
    names = {e.name for e in result.entities.values() if e.kind == "Person"}
    assert "Mike Utley" in names and "Edmund P. Giambastiani Jr." in names, names


def test_extract_nato_led_commands_teams_and_security_forces(nlp) -> None:
    result = run(nlp, "Submarines of NATO Submarine Command joined the drill. The NATO Advisory and Liaison Team "
                      "supports the Kosovo Security Force.")
    keys = {m.entity_key for m in result.mentions}
    assert {"Organization:NATO Submarine Command", "Organization:NATO Advisory and Liaison Team",
            "Organization:Kosovo Security Force"} <= keys, keys


def test_extract_bases_stations_and_numbered_fleets(nlp) -> None:
    result = run(nlp, "Keflavik Air Base reopened. Ships left Naval Station Norfolk. Vice Adm. James Foggo leads the "
                      "US 6th Fleet.")
    keys = {m.entity_key for m in result.mentions}
    assert {"Place:Keflavik Air Base", "Place:Naval Station Norfolk", "Organization:US 6th Fleet"} <= keys, keys


def test_extract_security_council_resolutions_in_lower_case_and_as_acronyms(nlp) -> None:
    result = kg.extract([document_from_text(
        "The Security Council adopted UN Security Council resolution 1244 in June 1999. UNSCR 1244 authorised "
        "the force.")], nlp=nlp)
    names = {m.text for m in result.mentions if m.entity_key.startswith("Agreement:")}
    assert {"UN Security Council resolution 1244", "UNSCR 1244"} <= names


def test_extract_a_centre_of_excellence_name_keeps_its_title_case_preposition(nlp) -> None:
    result = kg.extract([document_from_text(
        "The Centre of Excellence for Defence Against Terrorism in Ankara trains officers.")], nlp=nlp)
    assert "Organization:Centre of Excellence for Defence Against Terrorism" in result.entities


def test_extract_one_resolution_written_three_ways_is_one_entity(nlp) -> None:
    result = kg.extract([document_from_text(
        "The Security Council passed Resolution 1244 in June 1999. UNSCR 1244 authorised KFOR. UN Security Council "
        "resolution 1244 remains in force.")], nlp=nlp)
    keys = {m.entity_key for m in result.mentions if m.entity_key.startswith("Agreement:")}
    assert keys == {"Agreement:UN Security Council Resolution 1244"}
    # each way it was written stays one of its names (a user looks for "Resolution 1244")
    aliases = set(result.entities["Agreement:UN Security Council Resolution 1244"].aliases)
    assert {"Resolution 1244", "UNSCR 1244"} <= aliases, aliases


@pytest.mark.parametrize("text, expected", [
    ("joined the Partnership for Peace\nin 1994", "joined the Partnership for Peace in 1994"),
    ("the Nuclear Planning Group, currently composed of the\nMinisters of Defence",
     "the Nuclear Planning Group, currently composed of the Ministers of Defence"),
    ("the meeting was chaired by General Tom Reed,\r\nChairman of the Committee",
     "the meeting was chaired by General Tom Reed,  Chairman of the Committee"),
    ("Participating in\nthe meeting were", "Participating in the meeting were"),
    ("Who we work with\nNATO cooperates with the EU", "Who we work with\nNATO cooperates with the EU"),  # a heading
    ("Milestones\njoined the PfP in 1994\njoined NATO in 2023", "Milestones\njoined the PfP in 1994\njoined NATO in 2023"),
    ("Members:\nAlbania\nBelgium", "Members:\nAlbania\nBelgium"),  # a list keeps its lines
    ("Partners of the Alliance\nThe Mediterranean Dialogue", "Partners of the Alliance\nThe Mediterranean Dialogue"),
    ("- Albania\n- Belgium", "- Albania\n- Belgium"),
    ("It ended.\nlater on", "It ended.\nlater on"),
    # running prose cut at the publisher's width before a capitalised word, inside a block of lines
    ("The ministers met in Oslo.\nThe talks took place a week before a dinner that the ministers held with the Finnish\n"
     "President Sauli Niinistö in Helsinki and were judged a success.",
     "The ministers met in Oslo.\nThe talks took place a week before a dinner that the ministers held with the Finnish "
     "President Sauli Niinistö in Helsinki and were judged a success."),
    # a long title that opens its block keeps its break
    ("NATO and Ukraine: a partnership for the twenty-first century in Europe\nThe Alliance and Ukraine agreed a "
     "charter in 1997.", "NATO and Ukraine: a partnership for the twenty-first century in Europe\nThe Alliance and "
     "Ukraine agreed a charter in 1997."),
])
def test_extract_unwrapped_joins_hard_wrapped_lines_only(text: str, expected: str) -> None:
    from kg.extract.partition import unwrapped

    assert unwrapped(text) == expected and len(unwrapped(text)) == len(text)


def test_extract_hard_wrapped_prose_reads_as_its_sentences(nlp) -> None:
    text = ("Finland and Sweden joined the Partnership for Peace\nin 1994, and both countries later contributed "
            "troops\nto the Kosovo Force.")
    result = kg.extract([document_from_text(text, "wrapped.txt")], nlp=nlp)
    dated = {(r.subject, r.object, r.date) for r in result.relations}
    assert ("Country:Finland", "PartnershipFramework:Partnership for Peace", "1994") in dated
    assert ("Country:Finland", "Event:Kosovo Force", "") in dated
    assert all(text[r.evidence.start:r.evidence.end] == r.evidence.sentence for r in result.relations)


def test_extract_curated_programmes_bodies_and_operations(nlp) -> None:
    text = ("Sweden and Finland take part in the Strategic Airlift Capability. The NSPA manages the fleet, "
            "the NPG met in June, and the EADRCC coordinated the relief. Operation Allied Harmony ended in 2003.")
    result = kg.extract([document_from_text(text, "curated.txt")], nlp=nlp)
    assert {"Agreement:Strategic Airlift Capability", "Organization:NATO Support and Procurement Agency",
            "Organization:Nuclear Planning Group", "Organization:Euro-Atlantic Disaster Response Coordination Centre",
            "Event:Operation Allied Harmony"} <= set(result.entities)
    assert ("Country:Sweden", "participatesIn", "Agreement:Strategic Airlift Capability") in {
        (r.subject, r.predicate, r.object) for r in result.relations}


def test_extract_a_place_inside_a_missions_name_is_no_place_of_its_own(nlp) -> None:
    # "the summit in Vilnius" holds a place of its own; "Mission in Kosovo" is part of the name
    text = ("The UN Security Council established the UN Interim Administration Mission in Kosovo (UNMIK) in 1999. "
            "The NCIRC protects NATO's networks.")
    result = kg.extract([document_from_text(text, "unmik.txt")], nlp=nlp)
    assert {"Event:United Nations Interim Administration Mission in Kosovo",
            "Organization:NATO Computer Incident Response Capability"} <= set(result.entities)
    assert not [r for r in result.relations if r.predicate == "heldIn"]


def test_extract_curated_agreements_named_in_the_plural(nlp) -> None:
    result = run(nlp, "Georgia and Armenia agreed IPAPs with NATO; Individual Partnership Action Plans "
                      "were launched in 2002.")
    forms = {m.text: m.entity_key for m in result.mentions}
    assert forms["IPAPs"] == forms["Individual Partnership Action Plans"] == \
        "Agreement:Individual Partnership Action Plan"


def test_extract_a_hard_wrap_reads_the_same_with_crlf_line_ends(nlp) -> None:
    text = ("In 1994, after a long debate in the parliament in Helsinki, the government of Finland joined the\n"
            "Partnership for Peace and began to work with the Alliance.\n")
    lf, crlf = run(nlp, text), run(nlp, text.replace("\n", "\r\n"))
    assert triples(crlf) == triples(lf) != set()
    assert crlf.sentences == lf.sentences == 1


@pytest.mark.parametrize("text, sentences", [
    ("BRUSSELS, 20 February 2002 (news agencies) – Tajikistan joined the Partnership for Peace.", 2),
    ("MONS, Belgium — General Tod Wolters took command of SHAPE.", 2),
    ("Finland, Sweden – two partners – joined the Partnership for Peace.", 1),  # no dateline
])
def test_extract_a_news_dateline_is_a_sentence_of_its_own(nlp, text: str, sentences: int) -> None:
    assert run(nlp, text).sentences == sentences


@pytest.mark.parametrize(("text", "name"), [
    ("The Allies issued the Rome Declaration on Peace and Cooperation in 1991.",
     "Rome Declaration on Peace and Cooperation"),
    ("In 2010 NATO and Afghanistan signed a Declaration on an Enduring Partnership.",
     "Declaration on an Enduring Partnership"),
    ("The London Declaration on a Transformed North Atlantic Alliance was adopted in July 1990.",
     "London Declaration on a Transformed North Atlantic Alliance"),
    ("The two secretaries general signed a Joint Declaration on UN/NATO Secretariat Cooperation in 2008.",
     "Joint Declaration on UN/NATO Secretariat Cooperation"),
    ("NATO and the EU signed a Technical Arrangement on Cyber Defence in 2016.",
     "Technical Arrangement on Cyber Defence"),
])
def test_extract_a_document_title_keeps_its_words_before_and_after_the_preposition(nlp, text: str, name: str) -> None:
    names = {m.entity_key.split(":", 1)[1] for m in run(nlp, text).mentions if m.entity_key.startswith("Agreement:")}
    assert names == {name}


def test_extract_a_title_after_its_preposition_stops_before_a_country_joined_by_and(nlp) -> None:
    names = {m.entity_key for m in run(nlp, "NATO adopted the Action Plan for Georgia and Ukraine joined the programme.").mentions}
    assert "Agreement:Action Plan for Georgia" in names and "Country:Ukraine" in names


def test_extract_a_heading_sentence_ending_a_paragraph_heads_the_items_below_it(nlp) -> None:
    text = ("The Mediterranean Dialogue (MD) was launched by NATO in 1994.\n\n"
            "Since 1995, two countries have joined the five founding states. The MD currently includes the "
            "following nations:\n\nEgypt (February 1995)\nIsrael (February 1995)\nAlgeria (March 2000)\n\n"
            "The Dialogue holds meetings every year.")
    found = {r.subject for r in run(nlp, text).relations
             if r.predicate == "participatesIn" and r.object == "PartnershipFramework:Mediterranean Dialogue"}
    assert found == {"Country:Egypt", "Country:Israel", "Country:Algeria"}


@pytest.mark.parametrize(("text", "name", "form"), [
    ("In May 1997, at the meeting of NATO Foreign Ministers in Sintra, the Allies created the EAPC.",
     "1997 Sintra meeting of NATO Foreign Ministers", "meeting of NATO Foreign Ministers"),
    ("In February 2007 the informal meeting of NATO Defence Ministers in Seville welcomed seven partners.",
     "2007 Seville informal meeting of NATO Defence Ministers", "informal meeting of NATO Defence Ministers"),
    ("Ukraine attended the Euro-Atlantic Partnership Council meeting in Bucharest in April 2008.",
     "2008 Bucharest Euro-Atlantic Partnership Council meeting", "Euro-Atlantic Partnership Council meeting"),
    ("The first ever Foreign Ministers' meeting in December 2004 (Brussels) opened a new phase.",
     "2004 Brussels Foreign Ministers' meeting", "Foreign Ministers' meeting"),
])
def test_extract_a_meeting_named_by_what_it_is_is_an_event_of_its_year_and_place(
        nlp, text: str, name: str, form: str) -> None:
    events = [e for e in run(nlp, text).entities.values() if e.kind == "Event"]
    assert [(e.name, form in e.aliases) for e in events] == [(name, True)]


@pytest.mark.parametrize("text", [
    "The meeting of the ministers was long and ended without a statement.",
    "In 2016 Montenegro attended the Alliance meetings in Brussels as an invitee.",
    "In 2018 an Allied meeting in Brussels discussed the budget.",
    "The NATO Foreign Ministers' meeting ended without a statement.",
])
def test_extract_a_meeting_that_does_not_say_who_met_or_when_or_where_is_no_event(nlp, text: str) -> None:
    assert not [e for e in run(nlp, text).entities.values() if e.kind == "Event"]


def test_extract_evidence_of_a_list_line_has_no_line_break_and_keeps_its_offsets(nlp) -> None:
    text = "The Mediterranean Dialogue has seven members:\n\nEgypt (February 1995)\nIsrael (February 1995)\nAlgeria (March 2000)\n"
    result = run(nlp, text)
    evidence = {r.evidence.sentence for r in result.relations}
    assert "Egypt (February 1995)" in evidence
    for relation in result.relations:
        assert relation.evidence.sentence == relation.evidence.sentence.strip()
        assert text[relation.evidence.start:relation.evidence.end] == relation.evidence.sentence


def test_extract_a_centre_of_excellence_name_does_not_reach_over_an_apposition(nlp) -> None:
    result = run(nlp, "Headed by Col Jonas Petraitis, the Energy Security COE works with Lithuania. The Chemical, "
                      "Biological, Radiological and Nuclear Defence COE and the Combined Joint Operations from the "
                      "Sea COE train officers.")
    names = {k.split(":", 1)[1] for k in result.entities}
    assert {"Jonas Petraitis", "Energy Security COE", "Combined Joint Operations from the Sea COE",
            "Chemical, Biological, Radiological and Nuclear Defence COE"} <= names, names
    assert not [n for n in names if "Petraitis," in n or n.startswith("Col ")], names


def test_extract_reports_policies_and_commitments_are_documents_with_their_whole_name(nlp) -> None:
    text = ("In 1967 Allies adopted the Harmel Report. NATO leaders endorsed the Prague Capabilities Commitment. "
            "The EU launched its European Security and Defence Policy and a Cyber Defence Policy Framework.")
    keys = {m.entity_key for m in run(nlp, text).mentions}
    assert {"Agreement:Harmel Report", "Agreement:Prague Capabilities Commitment",
            "Agreement:European Security and Defence Policy", "Agreement:Cyber Defence Policy Framework"} <= keys
    assert "Agreement:Defence Policy" not in keys and "Organization:Harmel Report" not in keys


def test_extract_programme_names_with_and_resolutions_in_lower_case_and_a_charter_under_its_long_name(nlp) -> None:
    text = ("Japan signed an Individual Partnership and Cooperation Programme. KFOR was established by United Nations "
            "Security Council resolution 1244. The NATO-Ukraine Charter on a Distinctive Partnership was signed in 1997.")
    keys = {m.entity_key for m in run(nlp, text).mentions}
    assert {"Agreement:Individual Partnership and Cooperation Programme",
            "Agreement:United Nations Security Council resolution 1244",
            "Agreement:Charter on a Distinctive Partnership"} <= keys, keys
    assert "Organization:United Nations Security Council" not in keys


def test_extract_a_name_found_once_is_that_name_where_the_paragraph_repeats_it(nlp) -> None:
    """The model tags a heading "Nordic Defence Cooperation" (with its line break) but reads the
    same words in the next line as a nationality and two nouns."""
    text = ("Nordic Defence Cooperation\nThe Nordic Defence Cooperation is a collaboration among the Nordic countries "
            "in the area of defence. Its five members are Denmark, Finland, Iceland, Norway, and Sweden.")
    result = run(nlp, text)
    names = [m.text for m in result.mentions if m.entity_key == "Organization:Nordic Defence Cooperation"]
    assert names == ["Nordic Defence Cooperation", "Nordic Defence Cooperation"], names
    found = {(r.subject, r.predicate, r.object) for r in result.relations}
    assert ("Country:Norway", "memberOf", "Organization:Nordic Defence Cooperation") in found


def test_extract_a_summit_of_a_named_body_is_an_event_and_foreign_ministers_are_no_name(nlp) -> None:
    text = ("The Summit of the American-Adriatic Charter was held in Podgorica in August 2017. The Foreign Ministers "
            "of the member countries of the Euro-Atlantic Partnership Council met in Brussels. The Brussels Summit of "
            "January 1994 launched the Partnership for Peace.")
    result = run(nlp, text)
    keys = {m.entity_key for m in result.mentions}
    assert "Event:Summit of the American-Adriatic Charter" in keys, keys
    assert not [k for k in keys if "Foreign Ministers" in k or k.startswith("Event:Summit of January")], keys
    found = {(r.subject, r.predicate, r.object) for r in result.relations}
    assert ("Event:Summit of the American-Adriatic Charter", "heldIn", "Place:Podgorica") in found


def test_extract_an_agreement_named_x_of_y_keeps_its_whole_name(nlp) -> None:
    text = ("The legal basis is the Status of Forces Agreement (SOFA) between NATO and Afghanistan, which was "
            "signed in Kabul on 30 September 2014.")
    result = run(nlp, text)
    keys = {m.entity_key for m in result.mentions}
    assert "Agreement:Status of Forces Agreement" in keys and "Agreement:Forces Agreement" not in keys, keys
    found = {(r.subject, r.predicate, r.object) for r in result.relations}
    assert ("Country:Afghanistan", "signed", "Agreement:Status of Forces Agreement") in found


def test_extract_a_programme_name_with_and_keeps_an_owner_prefix_and_a_statement_is_a_document(nlp) -> None:
    text = ("They discussed the NATO-Tunisia Individual Partnership and Cooperation Programme. NATO announced it "
            "via a North Atlantic Council Ministerial Statement on 14 April 2021.")
    keys = {m.entity_key for m in run(nlp, text).mentions}
    assert {"Agreement:NATO-Tunisia Individual Partnership and Cooperation Programme",
            "Agreement:North Atlantic Council Ministerial Statement"} <= keys, keys


@pytest.mark.parametrize(("text", "entity"), [
    ("Security guarantees were set out in the Kyiv Security Compact, which Ukraine drafted.",
     "Agreement:Kyiv Security Compact"),
    ("Ukraine first took part in the North-Atlantic Cooperation Council in 1992.",
     "PartnershipFramework:North Atlantic Cooperation Council"),
])
def test_extract_compacts_and_hyphenated_council_names_are_entities(nlp, text: str, entity: str) -> None:
    assert entity in run(nlp, text).entities



def test_extract_a_unit_named_with_the_place_it_is_for_keeps_the_place_in_its_name(nlp) -> None:
    text = ("The NATO Liaison Office Georgia opened in 2010. The Multinational Division South-East is based in "
            "Bucharest and the Multinational Division North in Latvia. The NATO Liaison Office in Ukraine followed.")
    keys = {m.entity_key for m in run(nlp, text).mentions}
    assert {"Organization:NATO Liaison Office Georgia", "Organization:Multinational Division South-East",
            "Organization:Multinational Division North", "Country:Ukraine"} <= keys, keys
    assert "Country:Georgia" not in keys and "Organization:Multinational Division" not in keys, keys


def test_extract_accession_protocols_are_named_by_whose_they_are(nlp) -> None:
    text = ("The Allies signed the Accession Protocols for Sweden and Finland in July 2022. Türkiye ratified the "
            "Accession Protocols in 2023. Montenegro's accession protocol had been signed in 2016.")
    keys = [m.entity_key for m in run(nlp, text).mentions if m.entity_key.startswith("Agreement:")]
    assert keys == ["Agreement:Accession Protocols for Finland and Sweden"] * 2 + [
        "Agreement:Accession Protocol for Montenegro"], keys
    text = "Montenegro's Protocol of Accession was signed in 2016. The accession protocol of Montenegro followed."
    keys = [m.entity_key for m in run(nlp, text).mentions if m.entity_key.startswith("Agreement:")]
    assert keys == ["Agreement:Accession Protocol for Montenegro"] * 2, keys


def test_extract_a_city_with_a_bracket_of_no_summit_year_stays_a_place(nlp) -> None:
    entities = run(nlp, "The office in Brussels (opened 2019) is small. The office in Madrid (1982) is large.").entities
    assert {"Place:Brussels", "Place:Madrid"} <= set(entities), entities


def test_extract_a_city_with_its_summit_dates_in_brackets_is_the_summit(nlp) -> None:
    entities = run(nlp, "At Washington (9-11 July 2024) Australia was represented by Richard Marles.").entities
    assert "Event:Washington Summit 2024" in entities and "Place:Washington, D.C." not in entities, entities


def test_extract_a_division_named_by_a_two_word_compass_point_keeps_both(nlp) -> None:
    keys = {m.entity_key for m in run(nlp, "The Multinational Division North East is based in Elblag.").mentions}
    assert "Organization:Multinational Division North East" in keys, keys


def test_extract_a_given_name_the_model_read_as_a_place_before_a_person_joins_the_name(nlp) -> None:
    result = run(nlp, "Sergio Balanzino served as acting Secretary General until Willy Claes took office in 1994.")
    assert {"Person:Sergio Balanzino", "Person:Willy Claes"} == set(result.entities), result.entities


def test_extract_a_name_the_model_left_out_after_a_title_is_a_person(nlp) -> None:
    result = run(nlp, "I am delighted to welcome President Ilves of Estonia to NATO Headquarters.")
    assert {"Person:Ilves", "Country:Estonia"} <= set(result.entities), result.entities
    assert ("Person:Ilves", "leaderOf", "Country:Estonia") in {(r.subject, r.predicate, r.object)
                                                               for r in result.relations}


def test_extract_a_body_named_on_through_a_hyphen_is_one_of_its_own(nlp) -> None:
    result = run(nlp, "Regional Command-East is led by the United States; Regional Command-West is led by Italy.")
    keys = {m.entity_key for m in result.mentions}
    assert {"Organization:Regional Command-East", "Organization:Regional Command-West"} <= keys, keys
    assert "Organization:Regional Command" not in keys, keys


@pytest.mark.parametrize(("text", "place"), [
    ("Australian troops deployed to Uruzgan province in southern Afghanistan.", "Place:Uruzgan"),
    ("The Dutch led a reconstruction team in Uruzgan province from 2006.", "Place:Uruzgan"),
])
def test_extract_a_name_before_a_place_designator_is_a_place(nlp, text: str, place: str) -> None:
    entities = run(nlp, text).entities
    assert place in entities, entities


@pytest.mark.parametrize(("text", "entity", "not_entity"), [
    ("The United States Senate ratified the protocols in 1998.", "Organization:United States Senate",
     "Country:United States"),
    # (an operation's owning organisation is a mention of its own besides: see test_relations)
    ("In 1995 the Implementation Force took over from the UN Protection Force.", "Event:UN Protection Force",
     "Event:Protection Force"),
    ("NATO aircraft flew in support of the OSCE Kosovo Verification Mission.",
     "Event:OSCE Kosovo Verification Mission", "Place:Kosovo"),
    ("Airlift was offered to the African Union Mission in Sudan in 2005.", "Event:African Union Mission in Sudan",
     "Country:Sudan"),
    ("The NATO Representation to Ukraine opened in Kyiv.", "Organization:NATO Representation to Ukraine",
     "Country:Ukraine"),
    ("Officials of the United States Department of State attended.", "Organization:United States Department of State",
     "Country:United States"),
    ("The NATO Headquarters Sarajevo advises the ministry.", "Organization:NATO Headquarters Sarajevo", "Place:Sarajevo"),
    # a state's own body, named by its demonym, is a body of its own (its government is the state)
    ("Mircea Geoana was President of the Romanian Senate.", "Organization:Romanian Senate", "Country:Romania"),
    ("The mission trained the Afghan National Police.", "Organization:Afghan National Police", "Country:Afghanistan"),
    ("NATO has advised the Moldovan Ministry of Defence since 2015.", "Organization:Moldovan Ministry of Defence",
     "Organization:Moldovan Ministry"),
    # a body named after a programme or a treaty is an organisation of its own
    ("The Science for Peace and Security Committee met in 2006.",
     "Organization:Science for Peace and Security Committee", "Agreement:Science for Peace and Security Programme"),
    ("The Brussels Treaty Organisation was founded in 1948.", "Organization:Brussels Treaty Organisation",
     "Agreement:Brussels Treaty"),
])
def test_extract_a_body_named_after_its_owner_is_one_name(nlp, text: str, entity: str, not_entity: str) -> None:
    entities = run(nlp, text).entities
    assert entity in entities and not_entity not in entities, entities


def test_extract_a_programmes_name_before_a_longer_name_makes_no_body(nlp) -> None:
    # "Staff" heads no body here: the capitals run on ("Staff Element"), so the programme stays the programme
    entities = run(nlp, "Georgia sent two officers to the Partnership for Peace Staff Element at SHAPE.").entities
    assert "PartnershipFramework:Partnership for Peace" in entities
    assert not any(key.startswith("Organization:Partnership for Peace") for key in entities), entities


@pytest.mark.parametrize("text", ["The Finnish government approved the protocols in 2024.",
                                  "The Finnish Parliament approved the protocols in 2024.",
                                  "The Finnish Armed Forces joined the exercise in 2024."])
def test_extract_a_demonym_before_a_government_stands_for_the_state(nlp, text: str) -> None:
    assert set(run(nlp, text).entities) == {"Country:Finland"}


@pytest.mark.parametrize(("text", "entity"), [
    ("The Allies agreed a Pledge of Long-Term Security Assistance for Ukraine.",
     "Agreement:Pledge of Long-Term Security Assistance for Ukraine"),
    ("The Committee on the Challenges of Modern Society was set up in 1969.",
     "Organization:Committee on the Challenges of Modern Society"),
    ("They adopted an Action Plan for the Southern Neighbourhood in July.",
     "Agreement:Action Plan for the Southern Neighbourhood"),
    ("The Defence and Security Committee met in Brussels.", "Organization:Defence and Security Committee"),
    ("The programme was run by the Public Diplomacy Division.", "Organization:Public Diplomacy Division"),
    ("NATO advised the unified Armed Forces of Bosnia and Herzegovina from 2006.",
     "Organization:Armed Forces of Bosnia and Herzegovina"),
])
def test_extract_a_name_with_its_complements_is_one_name(nlp, text: str, entity: str) -> None:
    assert entity in run(nlp, text).entities


def test_extract_operations_a_colon_lists_stand_for_the_plural_noun_before_it(nlp) -> None:
    found = {(r.subject, r.predicate, r.object) for r in run(
        nlp, "Finland and Sweden\n\n- Both countries joined the Partnership for Peace in 1994.\n"
             "- Both contributed troops to NATO-led operations: IFOR and SFOR in Bosnia and Herzegovina.").relations}
    for country in ("Finland", "Sweden"):
        for operation in ("Implementation Force", "Stabilisation Force"):
            assert (f"Country:{country}", "participatesIn", f"Event:{operation}") in found, found
    assert not [f for f in found if f[1] == "participatesIn" and f[2].startswith("Country:")], found


def test_extract_a_persons_title_and_a_body_after_and_are_no_one_name(nlp) -> None:
    entities = run(nlp, "In Warsaw, NATO Secretary General Jens Stoltenberg, European Council President Donald Tusk "
                        "and European Commission President Jean-Claude Juncker signed the declaration.").entities
    assert "Person:Donald Tusk" in entities, entities
    assert not [e for e in entities if "Tusk and" in e], entities


def test_extract_a_place_is_not_located_in_a_part_of_its_own_name(nlp) -> None:
    found = {(r.subject, r.predicate, r.object) for r in run(
        nlp, "Issued by the Heads of State and Government participating in the meeting of the North Atlantic "
             "Council in Washington, D.C., 10 July 2024.").relations}
    assert ("Event:Washington Summit 2024", "heldIn", "Place:Washington, D.C.") in found, found
    assert not [f for f in found if f[0] == "Place:Washington, D.C."], found


def test_extract_a_province_is_named_without_the_word_province(nlp) -> None:
    result = run(nlp, "Australia deployed to Uruzgan province in 2006. Its troops stayed in Uruzgan until 2013.")
    assert "Place:Uruzgan" in result.entities and "Place:Uruzgan province" not in result.entities, result.entities
    assert "Uruzgan province" in result.entities["Place:Uruzgan"].aliases


def test_extract_an_owner_before_a_known_name_is_its_own_name_and_an_unknown_name_keeps_it(nlp) -> None:
    result = run(nlp, "Albania joined the NATO Membership Action Plan in 1999. Allies endorsed the NATO Training "
                      "Cooperation Initiative in 2006. The PfP Framework Document was signed in 1994.")
    assert {"InternationalOrganization:NATO", "Agreement:Membership Action Plan",
            "PartnershipFramework:NATO Training Cooperation Initiative",
            "Agreement:Partnership for Peace Framework Document"} <= set(result.entities), result.entities
    assert not [key for key in result.entities if key.endswith(":Training Cooperation Initiative")], result.entities


def test_extract_a_person_is_named_in_full_however_often_the_surname_alone_follows(nlp) -> None:
    result = run(nlp, "Secretary General Mark Rutte spoke on Thursday.\n\nRutte said allies agreed.\n\n"
                      "Rutte thanked Finland. (b) Ursula von der Leyen met Rutte.")
    people = {m.text: m.entity_key for m in result.mentions if m.entity_key.startswith("Person:")}
    assert set(people.values()) == {"Person:Mark Rutte", "Person:Ursula von der Leyen"}, people


def test_extract_a_site_is_named_with_its_lower_case_kind(nlp) -> None:
    result = run(nlp, "Allied jets used the Manas air base in Kyrgyzstan. Leaders met at Pratica di Mare air base "
                      "near Rome and at the Celtic Manor resort. A German air base hosted them.")
    sites = {key for key in result.entities if key.startswith("Place:")}
    assert {"Place:Manas air base", "Place:Pratica di Mare air base", "Place:Celtic Manor resort"} <= sites, sites
    assert not [key for key in sites if "German" in key], sites
    assert ("Place:Manas air base", "locatedIn", "Country:Kyrgyzstan") in {
        (r.subject, r.predicate, r.object) for r in result.relations}


def test_extract_a_head_of_state_named_with_no_country_leads_the_country_the_text_is_about(nlp) -> None:
    about_georgia = ("Georgia and NATO have worked together since 1994. Georgia joined the Partnership for Peace "
                     "that year.\n\nDuring his visit, Stoltenberg was also due to meet President Giorgi Margvelashvili.")
    found = {(r.subject, r.predicate, r.object) for r in run(nlp, about_georgia).relations}
    assert ("Person:Giorgi Margvelashvili", "leaderOf", "Country:Georgia") in found, found
    # a surname alone is more often a famous foreign leader's
    found = {(r.subject, r.predicate, r.object) for r in run(
        nlp, about_georgia.replace("President Giorgi Margvelashvili", "President Clinton")).relations}
    assert not [f for f in found if f[1] == "leaderOf"], found
    # a text about several countries does not say whose
    several = ("Finland and Sweden applied in 2022. Finland joined in 2023 and Sweden in 2024.\n\n"
               "Later, Stoltenberg met President Sauli Niinistö.")
    found = {(r.subject, r.predicate, r.object) for r in run(nlp, several).relations}
    assert not [f for f in found if f[0] == "Person:Sauli Niinistö" and f[1] == "leaderOf"], found


def test_extract_a_counted_part_of_a_group_stands_for_the_names_a_colon_lists(nlp) -> None:
    text = ("Operation Unified Protector\n\nNATO took command of Operation Unified Protector in March 2011. "
            "The operation ended in October 2011.\n\n"
            "Fourteen of the then 28 member states contributed forces: Belgium, Bulgaria, Canada and Denmark.")
    found = {(r.subject, r.predicate, r.object) for r in run(nlp, text).relations}
    for country in ("Belgium", "Bulgaria", "Canada", "Denmark"):
        assert (f"Country:{country}", "participatesIn", "Event:Operation Unified Protector") in found, found


def test_extract_the_holders_a_plural_office_includes_lead_the_organisation(nlp) -> None:
    found = {(r.subject, r.predicate, r.object) for r in run(
        nlp, "NATO has had many leaders. Its Secretaries General have included Joseph Luns and Javier Solana.").relations}
    assert {("Person:Joseph Luns", "leaderOf", "InternationalOrganization:NATO"),
            ("Person:Javier Solana", "leaderOf", "InternationalOrganization:NATO")} <= found, found


def test_extract_a_body_of_a_country_is_one_name(nlp) -> None:
    entities = run(nlp, "Sweden's protocol was ratified by the Grand National Assembly of Türkiye in January 2024 "
                        "and by the National Assembly of Hungary in March.").entities
    assert {"Organization:Grand National Assembly of Türkiye", "Organization:National Assembly of Hungary"} <= set(entities), \
        entities


def test_extract_the_body_a_meeting_is_of_is_named_without_a_seat(nlp) -> None:
    result = run(nlp, "Issued by the Heads of State and Government participating in the meeting of the North "
                      "Atlantic Council in Bucharest on 3 April 2008.")
    assert "Organization:North Atlantic Council" in result.entities, result.entities
    found = {(r.subject, r.predicate, r.object) for r in result.relations}
    assert ("Event:Bucharest Summit 2008", "heldIn", "Place:Bucharest") in found, found
    assert not [f for f in found if f[0] == "Organization:North Atlantic Council"], found


def test_extract_a_body_name_ends_at_its_last_head(nlp) -> None:
    entities = run(nlp, "The United States Senate Majority Leader spoke in favour of ratification.").entities
    assert "Organization:United States Senate" in entities, entities
    assert not [e for e in entities if e.endswith("Leader")], entities


def test_extract_an_air_policing_mission_named_by_its_region_is_an_event(nlp) -> None:
    found = {(r.subject, r.predicate, r.object) for r in run(nlp, "Icelandic Air Policing is a NATO operation.").relations}
    assert ("Event:Icelandic Air Policing", "partOf", "InternationalOrganization:NATO") in found, found



def test_extract_a_venue_the_model_takes_for_a_person_is_a_place(nlp) -> None:
    result = run(nlp, "The 2010 Lisbon Summit met for two days. The summit took place in the Feira Internacional "
                      "de Lisboa.")
    assert "Place:Feira Internacional de Lisboa" in result.entities, result.entities
    assert not [k for k in result.entities if k.startswith("Person:")], result.entities


@pytest.mark.parametrize("name", ["Organization:Political Affairs and Security Policy Division",
                                  "Organization:German-Netherlands Rapid Deployable Corps",
                                  "Organization:Institute of International Relations",
                                  "Organization:Defence Staff of Latvia"])
def test_extract_divisions_corps_institutes_and_staffs_are_named_bodies(nlp, name: str) -> None:
    text = ("The office is run by the Political Affairs and Security Policy Division. Germany and the Netherlands "
            "fund the German-Netherlands Rapid Deployable Corps. The centre is hosted by the Institute of "
            "International Relations. The Defence Staff of Latvia was represented.")
    assert name in run(nlp, text).entities


@pytest.mark.parametrize("text, entity", [
    # an organisation's mission to or in a place: the place is part of the name
    ("The OSCE Special Monitoring Mission to Ukraine reported on the conflict.",
     "Event:OSCE Special Monitoring Mission to Ukraine"),
    ("The EU Training Mission in Somalia trained soldiers.", "Event:EU Training Mission in Somalia"),
    # a mission with a name of its own stops at its name
    ("The Resolute Support Mission in Afghanistan ended in 2021.", "Event:Resolute Support Mission"),
])
def test_extract_missions_are_named_in_full(nlp, text: str, entity: str) -> None:
    assert entity in kg.extract([document_from_text(text)], nlp=nlp).entities


def test_extract_a_date_ends_at_a_spaced_hyphen(nlp) -> None:
    # the model ran the date into the name after the hyphen of a chronology line
    result = kg.extract([document_from_text(
        "NATO grew.\n1 October 2014 - Jens Stoltenberg of Norway becomes Secretary General.")], nlp=nlp)
    assert "Person:Jens Stoltenberg" in result.entities
    assert ("Person:Jens Stoltenberg", "leaderOf", "InternationalOrganization:NATO") in {
        (r.subject, r.predicate, r.object) for r in result.relations}


def test_extract_a_bulleted_sentence_is_parsed_without_its_bullet(nlp) -> None:
    # the model tags a bullet as a name and hangs the sentence's subject on it; a list item keeps it
    text = ("NATO grew.\n• Finland and Sweden, two of the original Enhanced Opportunities Partners, are now Allies.\n\n"
            "NATO partners:\n• Austria\n• Ireland\n")
    doc = nlp(text)
    starts = [s.text.strip() for s in doc.sents]
    assert "Finland and Sweden, two of the original Enhanced Opportunities Partners, are now Allies." in starts
    assert "• Austria" in starts
    found = {(r.subject, r.predicate, r.object) for r in kg.extract([document_from_text(text)], nlp=nlp).relations}
    assert ("Country:Sweden", "memberOf", "InternationalOrganization:NATO") in found


def test_extract_a_summit_dated_in_the_us_style_is_not_a_curated_one_of_another_year(nlp) -> None:
    # "on May 28, 2002": the comma is the date's own, so the year after it dates the summit
    result = kg.extract([document_from_text(
        "Leaders founded the NATO-Russia Council at a NATO-Russia Summit in Rome on May 28, 2002.")], nlp=nlp)
    assert "Event:Rome Summit 2002" in result.entities and "Event:Rome Summit 1991" not in result.entities


def test_extract_repeated_names_that_overlap_are_added_once(nlp) -> None:
    """Two names the model found, one inside the other: a repeat of the longer one is added whole,
    and the shorter one is not added again over its words (this raised an IndexError before)."""
    from spacy.tokens import Span

    from kg.extract.pipeline import natokg_repeated_names

    doc = nlp.make_doc("The North Atlantic Assembly met. The Atlantic Assembly is its short name. "
                       "Members of the North Atlantic Assembly voted.")
    words = [t.text for t in doc]
    first = words.index("North")
    second = words.index("Atlantic", first + 2)
    doc.ents = [Span(doc, first, first + 3, label="ORG"), Span(doc, second, second + 2, label="ORG")]
    names = [(e.text, e.start) for e in natokg_repeated_names(doc).ents]
    third = words.index("North", first + 1)
    assert names == [("North Atlantic Assembly", first), ("Atlantic Assembly", second),
                     ("North Atlantic Assembly", third)]


@pytest.mark.parametrize(("text", "place", "found"), [
    # a town the model misses, named alone: a place, and where it lies
    ("The agency runs a southern depot at Taranto, Italy, and a fuel office in Versailles.", "Taranto", True),
    ("- Location: Amsterdam, the Netherlands.", "Amsterdam", True),
])
def test_extract_a_known_town_named_alone_is_a_place(nlp, text: str, place: str, found: bool) -> None:
    result = run(nlp, text)
    assert (f"Place:{place}" in result.entities) is found


@pytest.mark.parametrize(("text", "names", "added"), [
    # with no name found around it, a listed town alone is a place
    ("Ships sailed to Taranto in May.", [], ["Taranto"]),
    # beside another proper noun it is part of a longer name; after an article, of a common noun's phrase
    ("Taranto Harbour Authority staff attended.", [], []),
    ("The Taranto office opened in May.", [], []),
    # a person of the paragraph bears it: the surname, not the town
    ("Lloyd Austin met them. Austin welcomed it.", [("Lloyd Austin", "PERSON")], []),
    # a town the model took for a nationality is a place; a nationality natokg knows stays one
    ("The team served in Bamyan for a decade.", [("Bamyan", "NORP")], ["Bamyan"]),
])
def test_extract_known_places_guards(nlp, text: str, names: list[tuple[str, str]], added: list[str]) -> None:
    """The component alone, on the model's parse with the names given here (the model's own names
    would hide what the guards do)."""
    with nlp.select_pipes(disable=["natokg_known_places", "natokg_acronyms", "natokg_relations"]):
        doc = nlp(text)
    spans = []
    for name, label in names:
        start = text.index(name)
        spans.append(doc.char_span(start, start + len(name), label=label))
    doc.ents = spans
    found = [e.text for e in nlp.get_pipe("natokg_known_places")(doc).ents if e.label_ == "GPE"]
    assert found == added


@pytest.mark.parametrize(("text", "person"), [
    # list lines and a sentence opening the model reads as something else
    ("- Paul-Henri Spaak (Belgium): 1957-1961\n- Manfred Wörner (Germany): 1988-1994", "Paul-Henri Spaak"),
    ("- Manfred Wörner (Germany): 1988-1994\n- Alessandro Minuto-Rizzo (Italy)", "Alessandro Minuto-Rizzo"),
])
def test_extract_a_given_name_opening_proper_nouns_names_a_person(nlp, text: str, person: str) -> None:
    assert f"Person:{person}" in run(nlp, text).entities


@pytest.mark.parametrize(("text", "names"), [
    # the model ended the name a word early: its last word, no English word, is taken in
    ("He met President Yoon Suk Yeol of the Republic of Korea in July.", ["Yoon Suk Yeol"]),
    # an English word after a name is no part of it
    ("Interview with Mark Rutte Part 2", ["Mark Rutte"]),
])
def test_extract_a_two_word_name_cut_short_is_completed(nlp, text: str, names: list[str]) -> None:
    """The component alone, on the model's parse with the names given here."""
    with nlp.select_pipes(disable=["natokg_known_persons", "natokg_known_places", "natokg_acronyms", "natokg_relations"]):
        doc = nlp(text)
    doc.ents = [doc.char_span(text.index(n), text.index(n) + len(" ".join(n.split()[:2])), label="PERSON")
                for n in names]
    found = [e.text for e in nlp.get_pipe("natokg_known_persons")(doc).ents if e.label_ == "PERSON"]
    assert found == names


@pytest.mark.parametrize(("text", "added"), [
    # an acronym in running text that no English word spells is a name
    ("When AMIS came to an end, it was succeeded by UNAMID in 2007.", ["AMIS", "UNAMID"]),
    # a heading in capitals, an English word in capitals, a short code: none
    ("PRESS RELEASE from the CCMS", ["CCMS"]),
    ("Daily report: UNAMID DARFUR ops", []),  # a run of capitals is a heading, whatever its words
    ("The alert was CRITICAL all week.", []),
    ("The EAP office opened.", []),
])
def test_extract_an_acronym_the_model_missed_is_a_name(nlp, text: str, added: list[str]) -> None:
    """The component alone, on the model's parse with no names."""
    with nlp.select_pipes(disable=["natokg_acronyms", "natokg_relations"]):
        doc = nlp(text)
    doc.ents = []
    assert [e.text for e in nlp.get_pipe("natokg_acronyms")(doc).ents] == added


def test_extract_a_given_name_before_an_english_word_names_no_person(nlp) -> None:
    # "Cummings" is a word of the lemmatizer's index (the poet's name): left to the model, which misses it
    result = run(nlp, "Stacy Cummings of the United States was appointed General Manager in 2021.")
    assert not any(key.startswith("Person:") for key in result.entities)


def test_extract_a_name_right_after_its_verb_is_its_object_however_the_parser_labels_it(nlp) -> None:
    found = {(r.subject, r.predicate, r.object, r.rule)
             for r in run(nlp, "NATO grew. Slovenia and Albania, which joined PfP in 1994, grew too.").relations}
    assert ("Country:Slovenia", "participatesIn", "PartnershipFramework:Partnership for Peace", "active") in found
    assert not {f for f in found if f[1] == "memberOf"}


def test_extract_an_abbreviation_the_document_defines_is_what_it_stands_for_there(nlp) -> None:
    text = ("NATO civil cooperation\n\nJune 1998 – The Disaster Response Centre (DRC) is established at NATO "
            "Headquarters in Brussels.\n\n2001 – The DRC helps Turkey.\n")
    extraction = run(nlp, text)
    assert ("Organization:Disaster Response Centre", "supports", "Country:Türkiye") in triples(extraction)
    assert not {e for e in extraction.entities if "Congo" in e}


def test_extract_a_known_place_that_opens_an_organisation_s_name_is_a_word_of_that_name(nlp) -> None:
    extraction = run(nlp, "The Black Sea Economic Cooperation Organization was founded in 1992. Its members include "
                          "Turkey, Romania and Georgia. NATO ships patrol the Black Sea.")
    assert "Organization:Black Sea Economic Cooperation Organization" in extraction.entities
    assert ("Country:Romania", "memberOf", "Organization:Black Sea Economic Cooperation Organization") in triples(extraction)
    assert "Place:Black Sea region" in extraction.entities  # the sea named alone is still the place


def test_extract_a_description_that_opens_an_organisation_s_name_is_a_word_of_that_name(nlp) -> None:
    extraction = run(nlp, "Officers were attached to the Partnership Coordination Cell at SHAPE in Mons. NATO launched "
                          "the Partnership for Peace in 1994. The Partnership grew.")
    assert "Organization:Partnership Coordination Cell" in extraction.entities, sorted(extraction.entities)


@pytest.mark.parametrize("text, instrument, signers", [
    ("In 2019, North Macedonia signed its accession protocol.", "Accession Protocol for North Macedonia",
     {"North Macedonia"}),
    ("Sweden and Finland signed their accession protocols on 5 July 2022.", "Accession Protocols for Finland and Sweden",
     {"Finland", "Sweden"}),
])
def test_extract_an_accession_protocol_of_the_signers_own_is_named_by_them(nlp, text: str, instrument: str,
                                                                        signers: set[str]) -> None:
    found = {(r.subject, r.object) for r in run(nlp, text).relations if r.predicate == "signed"}
    assert found == {(f"Country:{c}", f"Agreement:{instrument}") for c in signers}


def test_extract_a_table_header_cell_that_names_a_column_is_no_entity(nlp) -> None:
    extraction = run(nlp, "NATO exercises\n\nExercise | Year | Host | Participants\n"
                          "Trident Juncture | 2018 | Norway | Finland, Sweden\n")
    assert not {e for e in extraction.entities if e.endswith(":Participants")}
    assert ("Country:Finland", "participatesIn", "Event:Trident Juncture") in triples(extraction)
