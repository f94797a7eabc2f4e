"""The spaCy pipeline: the model plus natokg's components.

* ``natokg_sentences`` (before the parser): sentences end only after terminal
  punctuation or at a line break, so a parenthesis or a heading-like capital word
  does not cut a sentence in two. The parser respects preset boundaries.
* ``natokg_ruler`` (an ``entity_ruler`` after ``ner``, overwriting its spans): curated names and aliases
  from ``data/reference/`` (with the canonical key as pattern id), country demonyms,
  generic patterns from ``data/lexicon/patterns.jsonl`` and definite descriptions.
* ``natokg_relations`` (last): the paragraph's mentions and relations, read where it is
  parsed (see :mod:`kg.extract.component`).
"""

from __future__ import annotations

from typing import Any

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from ..config import resolve_model
from ..errors import ConfigError
from ..lexicon import Lexicon, load_lexicon

__all__ = ["load_nlp", "ruler_patterns"]

_TERMINAL = frozenset({".", "!", "?", "…"})
_CLOSERS = frozenset({'"', "”", "’", "'", ")", "»"})


@Language.component("natokg_sentences")
def natokg_sentences(doc: Doc) -> Doc:
    """Allow a sentence start only after terminal punctuation (and closing quotes) or a line break."""
    for i in range(1, len(doc)):
        prev = doc[i - 1]
        j = i - 1
        while j > 0 and doc[j].text in _CLOSERS:
            j -= 1
        starts = "\n" in prev.text or "\n" in prev.whitespace_ or prev.is_space
        starts = starts or doc[j].text in _TERMINAL or (doc[j].text.endswith(".") and doc[j].is_punct)
        if doc[i].is_space:
            starts = False
        doc[i].is_sent_start = starts
    return doc


def ruler_patterns(lexicon: Lexicon) -> list[dict[str, Any]]:
    """Entity-ruler patterns built from the curated data and the lexicon."""
    patterns: list[dict[str, Any]] = []
    for entity in lexicon.curated.values():
        label = lexicon.ruler_label[entity.kind]
        for form in {entity.name, *entity.aliases}:
            if form.lower().startswith("the "):
                form = form[4:]
            patterns.append({"label": label, "pattern": form, "id": entity.key})
    for demonym, key in lexicon.demonyms.items():
        patterns.append({"label": "NORP", "pattern": demonym, "id": key})
    patterns.extend({**p, "id": "pattern"} for p in lexicon.token_patterns)
    heads = lexicon.names["anaphor_heads"]
    patterns.append({"label": "ANAPHOR", "pattern": [
        {"LOWER": {"IN": lexicon.names["anaphor_determiners"]}}, {"TAG": {"IN": ["NNP", "NNPS"]}, "LOWER": {"IN": heads}}],
        "id": "pattern"})
    return patterns


def load_nlp(model: str | None = None) -> Language:
    """Load *model* (see :func:`kg.config.resolve_model`) and add natokg's components."""
    name = resolve_model(model)
    try:
        nlp = spacy.load(name)
    except OSError as err:
        raise ConfigError(f"cannot load spaCy model {name!r}: not installed (pip install it or pass --model)") from err
    missing = {"parser", "ner"} - set(nlp.pipe_names)
    if missing:
        raise ConfigError(f"spaCy model {name!r} lacks {', '.join(sorted(missing))}; natokg needs a parser and NER")
    nlp.add_pipe("natokg_sentences", before="parser")
    ruler = nlp.add_pipe("entity_ruler", name="natokg_ruler", after="ner",
                         config={"phrase_matcher_attr": "ORTH", "overwrite_ents": True})
    ruler.add_patterns(ruler_patterns(load_lexicon()))  # type: ignore[attr-defined]
    from . import component  # noqa: F401  (registers natokg_relations)

    nlp.add_pipe("natokg_relations", last=True)
    return nlp
