"""How a store was built, recorded in the store itself: its base IRI and its spaCy model.

A build records them in a named graph of their own, ``<base>graph/build``, which describes
itself (``void:uriSpace`` is the base)::

    <graph/build> a nkg:BuildSettings ; void:uriSpace "https://w3id.org/natokg/" ;
        nkg:model "en_core_web_sm" ; nkg:modelVersion "3.8.0" ; nkg:extractor "3f2a…" .

Commands that write the outputs again without extracting (``kg remove``, ``kg update``,
``kg import``) read them back, so that ``dataset.ttl`` keeps the build's base and names the
model that extracted the data. The third setting, the reference mode, is recorded by the
reference layer (:mod:`kg.reference`), which later builds keep unless told otherwise.
"""

from __future__ import annotations

from dataclasses import dataclass

import pyoxigraph as ox

from .rdf.vocab import NKG, RDF, VOID
from .store import Store

__all__ = ["BuildSettings", "record_settings", "recorded_settings", "settings_graph"]


@dataclass(frozen=True, slots=True)
class BuildSettings:
    """The base IRI of a store's data, and the spaCy model (name, version) that extracted it."""

    base: str
    model: str = ""
    model_version: str = ""
    #: :func:`kg.extract.extractor_fingerprint` of the code and data that extracted the store
    extractor: str = ""

    def reads_like(self, other: BuildSettings) -> bool:
        """Whether documents extracted under *other* read as they would under these settings."""
        return (self.model, self.model_version, self.extractor) == (other.model, other.model_version, other.extractor)


def settings_graph(base: str) -> str:
    """The IRI of the named graph recording the settings of a store built with *base*."""
    return f"{base}graph/build"


def _triples(settings: BuildSettings) -> set[ox.Triple]:
    name = ox.NamedNode(settings_graph(settings.base))
    triples = {ox.Triple(name, ox.NamedNode(str(RDF.type)), ox.NamedNode(str(NKG.BuildSettings))),
               ox.Triple(name, ox.NamedNode(str(VOID.uriSpace)), ox.Literal(settings.base))}
    for prop, value in ((NKG.model, settings.model), (NKG.modelVersion, settings.model_version),
                        (NKG.extractor, settings.extractor)):
        if value:
            triples.add(ox.Triple(name, ox.NamedNode(str(prop)), ox.Literal(value)))
    return triples


def _recorded(store: Store) -> list[tuple[str, BuildSettings]]:
    """(graph IRI, settings) of every settings graph in *store*, in the order of their IRIs."""
    rows = store.query("""SELECT ?g ?base ?model ?version ?extractor WHERE { GRAPH ?g { ?g a nkg:BuildSettings ;
        void:uriSpace ?base OPTIONAL { ?g nkg:model ?model } OPTIONAL { ?g nkg:modelVersion ?version }
        OPTIONAL { ?g nkg:extractor ?extractor } } } ORDER BY ?g""").rows
    return [(g.value, BuildSettings(*(getattr(term, "value", "") for term in (base, model, version, extractor))))
            for g, base, model, version, extractor in rows if g is not None and base is not None]


def recorded_settings(store: Store) -> BuildSettings | None:
    """The settings the last build of *store* recorded; None for a store built before they were."""
    found = _recorded(store)
    return found[0][1] if found else None


def record_settings(store: Store, settings: BuildSettings) -> None:
    """Make *settings* the recorded settings of *store* (written only when they changed)."""
    held = _recorded(store)
    if [s for _, s in held] == [settings]:
        return
    for name, _ in held:
        store.replace_named(name, [])
    store.replace_named(settings_graph(settings.base), _triples(settings))
