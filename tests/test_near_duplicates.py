"""Near-duplicate documents are documents, not boilerplate: detected, reported, extracted, cited both."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from kg.api import build_graph
from kg.duplicates import near_duplicates
from kg.ingest import find_boilerplate, paragraphs, read_documents
from kg.rdf.vocab import NKG, PROV

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = sorted((ROOT / "data" / "corpus").glob("*.txt"))
DOC_000 = SAMPLES[0]


def _kept(doc) -> str:
    return "\n".join(text for _, text in paragraphs(doc))


def _edited_copies(folder: Path, count: int = 48) -> dict[str, str]:
    """*count* lightly edited copies of the samples (a word changed in three sentences of the prose,
    a line added); returns file name → the sample it copies."""
    rng = random.Random(14)
    folder.mkdir(exist_ok=True)
    origin = {}
    for number in range(count):
        sample = SAMPLES[number % len(SAMPLES)]
        lines = sample.read_text(encoding="utf-8").split("\n")
        prose = [at for at, line in enumerate(lines) if "NATO" in line and len(line.split(" ")) > 12]
        for at in rng.sample(prose, 3):
            words = lines[at].split(" ")
            words[rng.randrange(len(words))] = "revised"
            lines[at] = " ".join(words)
        name = f"copy-{number:02d}.txt"
        (folder / name).write_text("\n".join(lines) + f"\nRepublished as copy {number}.\n", encoding="utf-8")
        origin[name] = sample.name
    return origin


def test_a_copy_with_one_more_line_keeps_all_its_text_and_is_reported(tmp_path: Path) -> None:
    copy = tmp_path / "copy.txt"
    copy.write_text(DOC_000.read_text(encoding="utf-8") + "\nThis statement was republished.\n", encoding="utf-8")
    alone = read_documents([DOC_000]).documents[0]
    pair = read_documents([DOC_000, copy])
    assert _kept(pair.documents[0]) == _kept(alone), "the copy takes nothing from the original"
    assert _kept(pair.documents[1]) == _kept(alone) + "\nThis statement was republished."
    assert pair.near_duplicates == [(DOC_000.as_posix(), copy.as_posix())]
    (note,) = pair.notes
    assert note.startswith("near-duplicate documents (similarity 0.9") and note.endswith(f"{DOC_000}, {copy}")


def test_edited_copies_keep_their_prose_and_lose_only_the_site_header(tmp_path: Path) -> None:
    origin = _edited_copies(tmp_path / "copies")
    found = read_documents([tmp_path / "copies"])
    assert len(found.documents) == 48 and len(found.near_duplicates) == 4
    assert sorted(len(group) for group in found.near_duplicates) == [12, 12, 12, 12]
    for doc in found.documents:
        kept = _kept(doc)
        assert "Republished as copy" in kept
        if origin[doc.name].startswith(("000", "003")):
            # the account block both sites' pages share is still boilerplate: shared between two groups
            assert "verification code" not in kept and "Reset password" not in kept
        if origin[doc.name].startswith("000"):
            assert "Program Against Terrorism" in kept


def test_boilerplate_and_groups_do_not_depend_on_the_order_of_arrival(tmp_path: Path) -> None:
    _edited_copies(tmp_path / "copies", count=16)
    files = sorted((tmp_path / "copies").glob("*.txt")) + SAMPLES
    expected = None
    for seed in range(4):
        order = files[:]
        random.Random(seed).shuffle(order)
        found = read_documents(order)
        spans = {doc.name: doc.boilerplate for doc in found.documents}
        groups = sorted(sorted(Path(p).name for p in group) for group in found.near_duplicates)
        if expected is None:
            expected = (spans, groups)
        assert (spans, groups) == expected, f"order {seed}"


def test_shared_prose_in_the_middle_is_not_boilerplate() -> None:
    """Two different speeches quoting the same passage: the quotation stays in both."""
    quote = ("The Alliance remains committed to its partnerships with countries across the region.\n"
             "Cooperation with partners strengthens the security of all of us and of the wider world.\n")
    first = "Estonia hosted a meeting of defence ministers in Tallinn in May.\n\n" + quote + \
            "\nThe ministers then discussed cyber defence and energy security at length.\n"
    second = "The Secretary General visited Georgia and met the Prime Minister in Tbilisi.\n\n" + quote + \
             "\nHe also opened a new training centre built with Allied support.\n"
    assert find_boilerplate([first, second]) == [[], []]
    assert near_duplicates([first, second]).groups == ()


@pytest.fixture(scope="module")
def alone_and_pair(nlp, tmp_path_factory: pytest.TempPathFactory):
    folder = tmp_path_factory.mktemp("near")
    copy = folder / "copy.txt"
    copy.write_text(DOC_000.read_text(encoding="utf-8") + "\nThis statement was republished.\n", encoding="utf-8")
    alone = build_graph([DOC_000], nlp=nlp)
    pair = build_graph([DOC_000, copy], nlp=nlp)
    reverse = build_graph([copy, DOC_000], nlp=nlp)
    return alone, pair, reverse


def test_facts_of_near_duplicates_are_kept_with_both_documents_as_evidence(alone_and_pair) -> None:
    alone, pair, _ = alone_and_pair
    assert alone.relations > 0
    assert pair.relations == 2 * alone.relations, "every relation is read in both copies"
    assert pair.facts == alone.facts
    cited = pair.graph.query("""SELECT ?f (COUNT(DISTINCT ?d) AS ?n) WHERE {
        ?a nkg:asserts ?f ; prov:wasDerivedFrom ?d FILTER NOT EXISTS { ?a nkg:rule "curated" } } GROUP BY ?f""",
                             initNs={"nkg": NKG, "prov": PROV})
    assert {int(n) for _, n in cited} == {2}, "each extracted fact cites both documents"
    assert any(note.startswith("near-duplicate documents") for note in pair.notes)


def test_build_of_near_duplicates_does_not_depend_on_order(alone_and_pair) -> None:
    _, pair, reverse = alone_and_pair
    assert set(pair.graph) == set(reverse.graph)
