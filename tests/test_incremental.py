"""kg.incremental.merge: support and mention counts add up as the parts of a build come in."""

from __future__ import annotations

import pyoxigraph as ox

from kg.incremental import PendingMerge, commit, merge
from kg.model import Document, Entity, Evidence, Extraction, Mention, Relation
from kg.rdf.build import to_graph, to_part
from kg.rdf.io import ox_triples
from kg.rdf.vocab import NKG
from kg.store import OxigraphStore

LT, NATO, JP = "Country:Lithuania", "InternationalOrganization:NATO", "Country:Japan"
ID = "https://w3id.org/natokg/id/"
NKG_COUNT = ox.NamedNode(str(NKG.mentionCount))


def _part(doc: str, sentences: list[tuple[str, str, str]]) -> Extraction:
    """One document's part: (subject, object, modality) relations, each in its own sentence."""
    used = {key for subject, obj, _ in sentences for key in (subject, obj)}
    entities = {key: Entity(key, key.split(":")[1], key.split(":")[0]) for key in sorted(used)}
    relations, mentions, start = [], [], 0
    for subject, obj, modality in sentences:
        text = f"{subject} and {obj}."
        relations.append(Relation(subject, "memberOf", obj, Evidence(doc, text, start, start + len(text)), "r", 0.9,
                                  modality=modality))
        mentions += [Mention(doc, "x", start, start + 1, "GPE", subject, "r"),
                     Mention(doc, "y", start + 2, start + 3, "ORG", obj, "r")]
        start += len(text) + 1
    return Extraction([], entities, mentions, relations)


def _count(store: OxigraphStore, subject: str, prop: str) -> list[str]:
    rows = store.query(f"SELECT ?n WHERE {{ ?f nkg:subject <{ID}{subject}> ; nkg:predicate nkg:memberOf ; "
                       f"nkg:{prop} ?n }}").rows if prop == "supportCount" else \
        store.query(f"SELECT ?n WHERE {{ <{ID}{subject}> nkg:{prop} ?n }}").rows
    return sorted(row[0].value for row in rows)


def test_support_counts_each_document_once_across_parts_and_adds_up_across_builds() -> None:
    store = OxigraphStore()
    pending = PendingMerge()
    # document d1 states Lithuania's membership in two parts; Japan's only with "may"
    merge(store, to_part(_part("d1", [(LT, NATO, "")])), pending)
    merge(store, to_part(_part("d1", [(LT, NATO, ""), (JP, NATO, "may")])), pending)
    merge(store, to_part(_part("d2", [(LT, NATO, "")])), pending)
    commit(store, pending)
    assert _count(store, "country/Lithuania", "supportCount") == ["2"]
    assert _count(store, "country/Japan", "supportCount") == ["0"]
    assert _count(store, "country/Lithuania", "mentionCount") == ["3"]
    lithuania, japan, nato = (ox.NamedNode(f"{ID}{p}") for p in ("country/Lithuania", "country/Japan",
                                                                  "organization/NATO"))
    member = ox.NamedNode(str(NKG.memberOf))
    assert list(store.oxigraph.quads_for_pattern(lithuania, member, nato, ox.DefaultGraph()))
    assert not list(store.oxigraph.quads_for_pattern(japan, member, nato, ox.DefaultGraph()))
    # a later build: a third document adds to the stored count, and Japan's first plain statement gives its triple
    merge(store, to_part(_part("d3", [(LT, NATO, ""), (JP, NATO, "")])))
    assert _count(store, "country/Lithuania", "supportCount") == ["3"]
    assert _count(store, "country/Japan", "supportCount") == ["1"]
    assert _count(store, "country/Lithuania", "mentionCount") == ["4"]
    assert list(store.oxigraph.quads_for_pattern(japan, member, nato, ox.DefaultGraph()))


def test_part_holds_the_triples_and_counts_of_to_graph() -> None:
    extraction = _part("d1", [(LT, NATO, ""), (LT, NATO, ""), (JP, NATO, "may")])
    extraction.documents = [Document("d1", "a.txt", "a.txt", "", "0" * 64, 1)]
    part = to_part(extraction)
    evidence = [q.triple for q in part.evidence]
    assert all(q.graph_name == ox.DefaultGraph() for q in part.evidence), "evidence goes into the default graph"
    assert set(ox_triples(to_graph(extraction))) == {*part.nodes, *part.mentioned(), *evidence, *part.counts()}
    assert {len(docs) for docs in part.support.values()} == {0, 1}
    assert part.mentions[f"{ID}country/Lithuania"] == 2 and part.by_document[f"{ID.removesuffix('id/')}doc/d1",
                                                                              f"{ID}country/Japan"] == 1
    document = ox.NamedNode(f"{ID.removesuffix('id/')}doc/d1")
    assert all(t.subject != document for t in part.evidence), "document nodes are held back, not evidence"


def test_a_commit_cut_short_before_the_documents_are_typed_is_taken_back_whole() -> None:
    from kg.incremental import _mentions_graph, orphans, retract

    store = OxigraphStore()
    first = _part("d1", [(LT, NATO, "")])
    first.documents = [Document("d1", "a.txt", "a.txt", "", "1" * 64, 1)]
    merge(store, to_part(first))
    before = sorted(str(q) for q in store.oxigraph)
    # what commit writes before it types the documents: their nodes and their shares of the counts
    second = _part("d2", [(LT, NATO, ""), (JP, NATO, "")])
    second.documents = [Document("d2", "b.txt", "b.txt", "", "2" * 64, 1)]
    part = to_part(second)
    store.insert(part.evidence)
    store.insert_graphs({None: [t for t in [*part.nodes, *part.mentioned()] if str(t.object) != f"<{NKG.Document}>"],
                         **{_mentions_graph(d): [ox.Triple(ox.NamedNode(e), NKG_COUNT, ox.Literal(n))]
                            for (d, e), n in part.by_document.items()}})
    assert orphans(store) == [f"{ID.removesuffix('id/')}doc/d2"]
    retract(store, orphans(store))
    assert sorted(str(q) for q in store.oxigraph) == before, "the counts of d1 are as they were"
