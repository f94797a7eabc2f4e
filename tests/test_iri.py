"""kg.rdf.iri, property-tested: every minted entity IRI is valid RDF, stable, and unique per name."""

from __future__ import annotations

import pyoxigraph as ox
from hypothesis import given
from hypothesis import strategies as st

from kg.config import DEFAULT_BASE
from kg.lexicon import load_lexicon
from kg.rdf.iri import IRIs, slug

IRI_KIND = load_lexicon().iri_kind
kinds = st.sampled_from(sorted(IRI_KIND))
#: names from a tiny alphabet collide on their slugs all the time ("a b", "a-b", "a_b", "á b")
colliding = st.text(alphabet="aAbá _-.ł", max_size=5)
names = st.one_of(st.text(), colliding)


def iris() -> IRIs:
    return IRIs(DEFAULT_BASE, IRI_KIND)


@given(kinds, st.text())
def test_iri_every_entity_iri_is_valid_in_ntriples(kind: str, name: str) -> None:
    iri = str(iris().entity(kind, name))
    assert ox.NamedNode(iri).value == iri
    line = f"<{iri}> <{DEFAULT_BASE}p> <{iri}> .\n".encode()
    [quad] = ox.parse(line, format=ox.RdfFormat.N_TRIPLES)
    assert quad.subject == ox.NamedNode(iri)
    assert iri.startswith(f"{DEFAULT_BASE}id/{IRI_KIND[kind]}/")


@given(st.lists(st.tuples(kinds, names), max_size=20), st.randoms(use_true_random=False))
def test_iri_same_name_same_iri_across_instances(pairs: list[tuple[str, str]], random) -> None:
    first, second = iris(), iris()
    first.register_entities(pairs)
    shuffled = list(pairs)
    random.shuffle(shuffled)
    second.register_entities(shuffled)
    assert all(first.entity(kind, name) == second.entity(kind, name) for kind, name in pairs)


@given(kinds, st.lists(names, unique=True, max_size=20))
def test_iri_distinct_names_get_distinct_iris(kind: str, distinct: list[str]) -> None:
    batch = iris()
    batch.register_entities((kind, name) for name in distinct)
    assert len({batch.entity(kind, name) for name in distinct}) == len(distinct)
    one_by_one = iris()  # names met one at a time must not reuse an IRI handed out before
    assert len({one_by_one.entity(kind, name) for name in distinct}) == len(distinct)


def test_iri_slug_collisions_with_hashed_forms_stay_distinct() -> None:
    """Found by the property tests: a later name, or a name that spells another's hashed slug."""
    first = iris()
    assert first.entity("Country", "NATO Russia") != first.entity("Country", "NATO-Russia")
    hashed = str(iris_with("A b", "A-b").entity("Country", "A b")).rsplit("/", 1)[1]  # A_b_<hash>
    spelled = hashed.replace("_", " ")
    both = iris_with("A b", "A-b", spelled)
    assert both.entity("Country", "A b") != both.entity("Country", spelled)


def iris_with(*names: str) -> IRIs:
    minted = iris()
    minted.register_entities(("Country", name) for name in names)
    return minted


def test_iri_slug_transliterates() -> None:
    assert slug("Łódź") == "Lodz"
    assert iris().entity("Place", "Łódź").endswith("/id/place/Lodz")
