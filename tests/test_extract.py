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


def test_extract_abbreviation_defined_in_text(nlp) -> None:
    result = run(nlp, "The Baltic Defence College (BALTDEFCOL) trains officers. Estonia supports BALTDEFCOL.")
    keys = [k for k in result.entities if "Baltic Defence College" in k]
    assert len(keys) == 1
    assert "BALTDEFCOL" in result.entities[keys[0]].aliases
