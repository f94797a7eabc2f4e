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
