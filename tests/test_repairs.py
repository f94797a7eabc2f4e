"""Repairs of regular misparses (``kg/extract/repairs.py``), on the real pipeline."""

from __future__ import annotations

import pytest

import kg
from kg.ingest import document_from_text


@pytest.mark.parametrize("text", [
    "June 2012 - Operation Sea Guard protects ships in Somalia; Jordan, Qatar and Sweden take part.",
    "31 March 2012 - Operation Sea Guard, carried out under Resolution 2001, protects ships in Somalia; Jordan, "
    "Qatar, Sweden and the United Arab Emirates take part alongside the Allies.",
])
def test_repairs_names_after_a_semicolon_are_the_subject_of_their_own_verb(nlp, text: str) -> None:
    doc = nlp(text)
    jordan = next(t for t in doc if t.text == "Jordan")
    assert (jordan.dep_, jordan.head.text) == ("nsubj", "take")
    assert not [t for t in doc if t.dep_ in {"nsubj", "nsubjpass"} and t.head.text == "take" and t.i < jordan.i]
    found = {(r.subject, r.predicate, r.object) for r in kg.extract([document_from_text(text)], nlp=nlp).relations}
    assert {(f"Country:{c}", "participatesIn", "Event:Operation Sea Guard") for c in ("Jordan", "Qatar", "Sweden")} <= found
    assert not {f for f in found if f[1] == "heldIn" and f[2] != "Country:Somalia"}


def test_repairs_a_year_after_in_numbers_no_name_and_leaves_it_the_subject(nlp) -> None:
    doc = nlp("At the Brussels Summit in 2018 Serbia, together with Moldova, was recognised as a partner.")
    year, serbia = (next(t for t in doc if t.text == text) for text in ("2018", "Serbia"))
    assert (year.dep_, year.head.text) == ("pobj", "in")
    assert (serbia.dep_, serbia.head.text) == ("nsubjpass", "recognised")
    # a clause with a subject of its own keeps its parse ("in 2018 Serbia" stays what the parser read)
    doc = nlp("Leaders met in 2018 Serbia's envoys, who joined them.")
    kept = {t.text: (t.dep_, t.head.text) for t in doc}
    assert kept["Leaders"] == ("nsubj", "met") and kept["Serbia"][0] != "nsubj"


def test_repairs_an_event_joined_to_the_place_of_the_event_before_it_is_that_events_conjunct(nlp) -> None:
    text = ("Jordan has contributed forces to NATO-led operations, including the International Security "
            "Assistance Force (ISAF) in Afghanistan and the Kosovo Force (KFOR).")
    doc = nlp(text)
    force = next(t for t in doc if t.text == "Force" and t.i > 20)
    assert (force.dep_, force.head.text, force.head.i < force.i) == ("conj", "Force", True)
    found = {(r.subject, r.predicate, r.object) for r in kg.extract([document_from_text(text)], nlp=nlp).relations}
    assert ("Country:Jordan", "participatesIn", "Event:Kosovo Force") in found
    assert ("Event:Kosovo Force", "partOf", "InternationalOrganization:NATO") in found
    # a place joined to a place stays where it is ("in Afghanistan and Kosovo")
    doc = nlp("Sweden sent troops to ISAF in Afghanistan and Kosovo.")
    kosovo = next(t for t in doc if t.text == "Kosovo")
    assert kosovo.head.text == "Afghanistan"


def test_repairs_that_after_an_object_opens_a_relative_clause_on_it(nlp) -> None:
    doc = nlp("In 1997 the Euro-Atlantic Partnership Council succeeded the North Atlantic Cooperation Council that "
              "the Alliance had created in 1991.")
    created = next(t for t in doc if t.text == "created")
    assert (created.dep_, created.head.text, created.head.i) == ("relcl", "Council", 13)
    # a complement clause with "that" as its conjunction keeps its parse
    doc = nlp("The Allies told Ukraine that they would support its reforms.")
    support = next(t for t in doc if t.text == "support")
    assert support.dep_ != "relcl" and support.head.text == "told"


def test_repairs_a_past_form_with_its_doer_after_an_object_is_a_participle_on_it(nlp) -> None:
    text = "We welcome the Trilateral Memorandum concluded on 28 June by Türkiye, Finland and Sweden."
    doc = nlp(text)
    concluded, by = (next(t for t in doc if t.text == word) for word in ("concluded", "by"))
    assert (concluded.dep_, concluded.head.text) == ("acl", "Memorandum")
    assert (by.dep_, by.head.text) == ("agent", "concluded")
    found = {(r.subject, r.predicate, r.object) for r in kg.extract([document_from_text(text)], nlp=nlp).relations}
    assert {(f"Country:{c}", "signed", "Agreement:Trilateral Memorandum") for c in ("Türkiye", "Finland", "Sweden")} \
        == found


def test_repairs_no_relative_clause_opens_after_a_semicolon(nlp) -> None:
    text = "Timeline\n- 2002: Prague Summit; Individual Partnership Action Plans introduced."
    introduced = next(t for t in nlp(text) if t.text == "introduced")
    assert (introduced.dep_, introduced.head.text) == ("parataxis", "Summit")
    found = {(r.subject, r.predicate, r.object) for r in kg.extract([document_from_text(text)], nlp=nlp).relations}
    assert not {f for f in found if f[0] == "Agreement:Individual Partnership Action Plan"}


def test_repairs_an_objectless_verb_read_as_a_participle_on_its_sentences_noun_is_its_verb(nlp) -> None:
    text = "NATO leaders invited Finland and Sweden to become members. The two Nordic countries applied in May 2022."
    applied = next(t for t in nlp(text) if t.text == "applied")
    assert (applied.dep_, [c.text for c in applied.children if c.dep_ == "nsubj"]) == ("ROOT", ["countries"])
    found = {(r.subject, r.predicate, r.object, r.date, r.modality)
             for r in kg.extract([document_from_text(text)], nlp=nlp).relations}
    assert {(f"Country:{c}", "memberOf", "InternationalOrganization:NATO", "2022-05", "apply")
            for c in ("Finland", "Sweden")} <= found
    # a participle with a verb of its sentence stays one
    invited = next(t for t in nlp("The countries invited in 2022 were Finland and Sweden.") if t.text == "invited")
    assert invited.dep_ == "acl"


def test_repairs_a_name_after_a_year_heads_the_subjects_list(nlp) -> None:
    text = "In 2004 Slovenia, Slovakia and Romania were admitted to NATO."
    doc = nlp(text)
    slovenia, slovakia = (next(t for t in doc if t.text == name) for name in ("Slovenia", "Slovakia"))
    assert (slovenia.dep_, slovenia.head.text) == ("nsubjpass", "admitted")
    assert (slovakia.dep_, slovakia.head.text) == ("conj", "Slovenia")
    found = {(r.subject, r.predicate, r.object, r.date)
             for r in kg.extract([document_from_text(text)], nlp=nlp).relations}
    assert {(f"Country:{c}", "memberOf", "InternationalOrganization:NATO", "2004")
            for c in ("Slovenia", "Slovakia", "Romania")} <= found


def test_repairs_a_rows_cells_describe_its_name_and_say_what_was_done_to_it(nlp) -> None:
    doc = nlp("Country | Region | Notes\n"
              "Australia | Oceania | Largest non-NATO contributor to ISAF; IPAP agreed in 2010\n"
              "Ukraine | Europe | supported by NATO since 2014; Partner")
    heads = {t.text: (t.dep_, t.head.text) for t in doc}
    assert heads["contributor"] == ("appos", "Australia")  # the description hangs on the row's name
    assert heads["IPAP"] == ("dobj", "agreed")  # what was agreed, not who agreed
    assert heads["supported"] == ("acl", "Ukraine")  # done to the row's thing by NATO
    assert heads["Partner"][1] != "Ukraine"  # names no other thing: the table's columns read it
    # each line of the table is one sentence, its cells parsed apart: no cell's word hangs on another's
    assert [s.text.split(" |")[0] for s in doc.sents] == ["Country", "Australia", "Ukraine"]
    assert not any(t.head.text == "|" for t in doc if t.text != "|")


def test_repairs_a_header_and_prose_keep_their_parse(nlp) -> None:
    doc = nlp("Country | Notes\nFinland joined NATO in 2023 and is a member of the EU.")
    heads = {t.text: (t.dep_, t.head.text) for t in doc}
    assert heads["Finland"] == ("nsubj", "joined") and heads["member"][1] == "is"


def test_repairs_a_relative_clause_after_an_apposition_is_on_the_name(nlp) -> None:
    doc = nlp("Greece joined Operation Active Endeavour, a maritime operation in the Mediterranean, which was "
              "succeeded by Operation Sea Guardian. NATO met in the Gulf of Aden, which is busy.")
    heads = {t.text: (t.dep_, t.head.text) for t in doc}
    assert heads["succeeded"] == ("relcl", "Endeavour")
    # a relative clause on a place named in no apposition stays on it
    assert (heads["is"][0], heads["is"][1]) in {("relcl", "Gulf"), ("relcl", "Aden")}


@pytest.mark.parametrize(("text", "verb", "head"), [
    # "which" is no person's: the clause stays on the command
    ("General Tod Wolters, the commander of US European Command, which is based in Stuttgart, spoke.", "based",
     "Command"),
    # "who" is the person's the apposition describes, not the country's
    ("Jens Stoltenberg, the former prime minister of Norway, who led NATO until 2024, spoke.", "led", "Stoltenberg"),
    # a place's own verb keeps its clause on the place
    ("ISAF, the NATO-led mission in Afghanistan, which borders Pakistan, ended in 2014.", "borders", "Afghanistan"),
    # a clause after an apposition's date is the name's
    ("We thank Azerbaijan, a partner since 4 May 1994, which was the first to agree a plan.", "was", "Azerbaijan"),
])
def test_repairs_a_relative_pronoun_after_an_apposition_must_fit_the_name(nlp, text: str, verb: str, head: str) -> None:
    token = next(t for t in nlp(text) if t.text == verb)
    assert (token.dep_, token.head.text) == ("relcl", head)


@pytest.mark.parametrize(("text", "head"), [
    # the operation after a verb's unnamed companions is where the verb is done
    ("Russian troops served alongside Allied units in the Implementation Force.", "served"),
    # a named companion keeps its own phrase, as does a companion that is no verb's
    ("Ukraine served alongside Poland in the Implementation Force.", "served"),
    ("The cooperation with partners in the Implementation Force grew.", "partners"),
])
def test_repairs_an_operation_after_a_verbs_companions_is_the_verbs(nlp, text: str, head: str) -> None:
    prep = next(t for t in nlp(text) if t.text == "in")
    assert (prep.dep_, prep.head.text) == ("prep", head)


def test_repairs_a_passive_which_clause_after_a_bracketed_name_is_on_the_name(nlp) -> None:
    doc = nlp("The PARP was introduced as part of the Partnership for Peace (PfP), which was launched at the "
              "Brussels Summit in January 1994.")
    launched = next(t for t in doc if t.text == "launched")
    assert (launched.dep_, launched.head.text) == ("relcl", "Partnership")


def test_repairs_two_names_after_a_year_are_the_subject_together(nlp) -> None:
    doc = nlp("In 2012 Australia and NATO signed the Joint Political Declaration.")
    heads = {t.text: (t.dep_, t.head.text) for t in doc}
    assert heads["Australia"] == ("nsubj", "signed")
    assert heads["NATO"] == ("conj", "Australia")
    assert heads["2012"] == ("pobj", "In")
