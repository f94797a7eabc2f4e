"""Features of a pair of mentions in one sentence, and the learned decision over them.

The rule families read the constructions they know; every other pair of mentions in a
sentence goes to a small multinomial logistic model that reads the dependency path between
them, the words around and between them and their classes, and answers "no relation" or a
predicate with its direction. Its weights (``data/model/relations.json``) are trained on the
``dev`` split of the evaluation corpus by :mod:`kg.training`, with a fixed seed, and
the decision threshold is chosen there by cross-validation over documents.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from collections import defaultdict
from dataclasses import dataclass, field
from functools import cache
from typing import Any

import numpy
from spacy.tokens import Span, Token

from ..config import data_path
from ..errors import ConfigError
from ..lexicon import load_lexicon
from .context import Context, head_paths

__all__ = ["PairModel", "load_pair_model", "model_from_dict", "kinds_of", "pair_features",
           "pair_vector", "pipeline_identity", "release_shipped_model", "reset_pair_model", "use_pair_model",
           "use_vectors_of"]

_MAX_BETWEEN = 12
#: sums the rows in their order, as ``ndarray.sum(axis=0)`` does, without its Python-level wrapper
_add = numpy.add.reduce
#: mentions further apart than this many tokens are not paired (long sentences, tables)
MAX_DISTANCE = 40


def _bucket(n: int) -> str:
    return str(n) if n < 4 else "4-6" if n < 7 else "7-10" if n < 11 else "11+"


def pair_vector(ctx: Context, first: int, second: int) -> Any:
    """The parser's context vectors (``Doc.tensor``) of the two mentions' head words, end to
    end: dense features that carry what the words around a mention say of it to words and
    names the sparse features never met in training. ``None`` when the pipeline sets no tensor."""
    tensor = ctx.doc.tensor
    if tensor is None or not getattr(tensor, "size", 0) or tensor.shape[0] != len(ctx.doc):
        return None
    return numpy.concatenate((tensor[ctx.spans[first].root.i], tensor[ctx.spans[second].root.i]))


def pair_features(ctx: Context, first: int, second: int, kinds: str | None = None) -> dict[str, float]:
    """Sparse features of the mentions *first* (earlier in the sentence) and *second*; *kinds* is
    :func:`kinds_of` the pair, when the caller has it. Words are read from the context's columns by
    index, not from Tokens. The sentence's other words are not among them: as a bag they say what a
    text is about, which the training documents share and unseen ones do not (cross-validated over
    ``dev``, the pipeline read as many right facts net of wrong ones without them)."""
    a, b = ctx.spans[first], ctx.spans[second]
    root_a, root_b = a.root, b.root  # each ``Span.root`` walks its span
    dep_a, dep_b = root_a.dep_, root_b.dep_
    if kinds is None:
        kinds = kinds_of(ctx, first, second)
    features: dict[str, float] = {f"kinds={kinds}": 1.0, f"a_dep={dep_a}": 1.0, f"b_dep={dep_b}": 1.0,
                                  f"name_a={_name(ctx, first)}": 1.0, f"name_b={_name(ctx, second)}": 1.0}
    if root_a.head.i == root_b.head.i:
        features["sibling"] = 1.0
    if dep_a == "conj" or dep_b == "conj":
        features["conj_end"] = 1.0
    triggers = _trigger_predicates()
    lemmas = ctx.lemmas
    paths = head_paths(root_a, root_b, ctx.chains)
    if paths is not None:
        _path_features(ctx, features, paths, kinds, f"{dep_a}|{dep_b}")
    features[f"kinds_ends={kinds}|{dep_a}|{dep_b}"] = 1.0
    cell_a, cell_b = ctx.table_cells[a.start], ctx.table_cells[b.start]
    if cell_a is not None and cell_b is not None:
        _cell_features(features, cell_a, cell_b, kinds)
    between = range(a.end, b.start)
    features[f"between_len={_bucket(len(between))}"] = 1.0
    near = between[:_MAX_BETWEEN]
    for i in near:
        for predicate in triggers.get(lemmas[i], ()):
            features[f"btw_pred={predicate}"] = 1.0
    punct, texts, kept = ctx.punct, ctx.texts, _KEPT_PUNCT
    for i in near:
        if not punct[i] or texts[i] in kept:
            features[f"between={lemmas[i]}"] = 1.0
    if any(i in ctx.token_to_candidate for i in between):
        features["between_entity"] = 1.0
    for i in range(max(a.start - 3, 0), a.start):
        features[f"left={lemmas[i]}"] = 1.0
    for i in range(b.end, min(b.end + 3, len(lemmas))):
        features[f"right={lemmas[i]}"] = 1.0
    return features


#: punctuation between the mentions that still counts as a word between them
_KEPT_PUNCT = frozenset({":", ";", "(", "–", "-"})
#: the parts of speech whose words on the path are joined with the classes
_PATH_POS = frozenset({"VERB", "NOUN", "ADP"})


def _path_features(ctx: Context, features: dict[str, float], paths: tuple[list[Token], list[Token]],
                   kinds: str, ends: str) -> None:
    """Add the features of the dependency path between the mentions to *features* (*ends*:
    the two roots' relations, "dep_a|dep_b")."""
    up_a, up_b = paths
    lemmas, pos = ctx.lemmas, ctx.pos
    lca = up_a[-1]
    lca_lemma = lemmas[lca.i]
    path = [*up_a, *reversed(up_b[:-1])]
    middle = path[1:-1]
    inner = [t for t in middle if t.i not in ctx.token_to_candidate]
    features[f"path_len={_bucket(len(path) - 1)}"] = 1.0
    features[f"lca_pos={pos[lca.i]}"] = 1.0
    features[f"lca={lca_lemma}"] = 1.0
    features[f"kinds_lca={kinds}|{lca_lemma}"] = 1.0
    for token in inner:
        lemma = lemmas[token.i]
        features[f"path={lemma}"] = 1.0
        features[f"path_dep={token.dep_}"] = 1.0
        if pos[token.i] in _PATH_POS:
            features[f"kinds_path={kinds}|{lemma}"] = 1.0
    middle_lemmas = [lemmas[t.i] for t in middle]
    middle_deps = [t.dep_ for t in middle]
    deps = "/".join(middle_deps)
    features[f"deps={deps}"] = 1.0
    # conjunctions that a linear model cannot form itself: the classes or the joining word with the path
    features[f"kinds_deps={kinds}|{deps}"] = 1.0
    features[f"lca_deps={lca_lemma}|{deps}"] = 1.0
    features[f"ends_lca={ends}|{lca_lemma}"] = 1.0
    features["lpath=" + "/".join(f"{lemma}:{dep}" for lemma, dep in zip(middle_lemmas, middle_deps))] = 1.0
    # what the lexicon says the words on the path state: a verb or noun the model never saw in
    # training still votes for its predicate through the lexicon's class of it
    triggers = _trigger_predicates()
    for lemma in middle_lemmas:
        for predicate in triggers.get(lemma, ()):
            features[f"path_pred={predicate}"] = 1.0
            features[f"kinds_pred={kinds}|{predicate}"] = 1.0


def _cell_features(features: dict[str, float], cell_a: tuple[int, str], cell_b: tuple[int, str],
                   kinds: str) -> None:
    """Add the features of two mentions in one table row: the header words over their columns
    say how they relate ("country" and "framework_with_nato"), and the lexicon's predicates of
    those words reach headers never seen in training ("Joined", "Host nation")."""
    (column_a, head_a), (column_b, head_b) = cell_a, cell_b
    features[f"col_a={head_a}"] = 1.0
    features[f"col_b={head_b}"] = 1.0
    features[f"cols={head_a}|{head_b}"] = 1.0
    features[f"kinds_cols={kinds}|{head_a}|{head_b}"] = 1.0
    if column_a == 0:
        features["row_item_a"] = 1.0
    if column_a == column_b:
        features["same_cell"] = 1.0
    triggers = _trigger_predicates()
    for end, head in (("a", head_a), ("b", head_b)):
        for word in head.split("_"):
            for predicate in triggers.get(word, ()):
                features[f"col_pred_{end}={predicate}"] = 1.0


def _name(ctx: Context, index: int) -> str:
    """An entity's identity: frequent ones ("NATO", "Partnership for Peace") carry what they
    usually take part in."""
    candidate = ctx.candidates[index]
    return candidate.key or load_lexicon().fold(candidate.name)


@cache
def _trigger_predicates() -> dict[str, tuple[str, ...]]:
    """Word -> the predicates the lexicon's verb, inverse-verb, noun and title maps give it,
    tagged by map ("v:memberOf", "inv:memberOf", "n:partnerOf", "t:leaderOf")."""
    relations = load_lexicon().relations
    found: dict[str, list[str]] = defaultdict(list)
    for tag, section in (("v", "verbs"), ("inv", "inverse_verbs"), ("n", "nouns"), ("t", "titles")):
        for word, predicate in relations[section].items():
            if isinstance(predicate, str):
                found[word].append(f"{tag}:{predicate}")
    return {word: tuple(predicates) for word, predicates in found.items()}


@dataclass(frozen=True)
class PairModel:
    """A multinomial logistic model over sparse features: ``classes[0]`` is "no relation";
    the others are ``predicate>`` (first mention is the subject) or ``predicate<``. Its weights
    are one matrix (a row per feature, row 0 the intercepts), not the file's maps, which would
    hold the same numbers again in a build's memory."""

    classes: tuple[str, ...]
    threshold: float
    #: class pairs ("Country>InternationalOrganization") that had a relation in training; others are not scored
    kinds: frozenset[str]
    #: feature name -> its row of *matrix*
    rows: dict[str, int] = field(repr=False, compare=False)
    matrix: Any = field(repr=False, compare=False)
    #: the spaCy pipeline whose context vectors the dense weights read (:func:`pipeline_identity`):
    #: another pipeline's vectors mean something else, and its pairs are scored without them
    vectors_from: str | None = None
    #: the mean of the training vectors, and the weights of a vector's difference from it
    #: (a pair scored without vectors is scored as an average pair would be)
    vector_mean: Any = field(default=None, repr=False, compare=False)
    vector_weights: Any = field(default=None, repr=False, compare=False)

    def reads_vectors(self) -> bool:
        """Whether this process's pipeline gives the vectors the model was trained on."""
        return self.vector_weights is not None and self.vectors_from in _vectors_source

    def scores(self, features: Iterable[str]) -> Any:
        """The intercepts plus the summed weights of *features*."""
        # no feature has row 0 (the intercepts), so dropping the falsy rows drops the unknown features
        rows = [0, *filter(None, map(self.rows.get, features))]
        return _add(self.matrix.take(rows, axis=0), axis=0)

    def predict(self, features: Iterable[str], vector: Any = None) -> tuple[str, float]:
        """The best class other than "none" and its probability (binary features, and the
        pair's context *vector* when the model reads one: see :meth:`reads_vectors`)."""
        scores = self.scores(features)
        if vector is not None and self.vector_weights is not None:
            scores = scores + (vector - self.vector_mean) @ self.vector_weights
        exps = numpy.exp(scores - scores.max())
        best = int(exps[1:].argmax()) + 1
        return self.classes[best], float(exps[best] / exps.sum())


_override: list[PairModel | None] = []
#: the pipeline this process parses with (:func:`use_vectors_of`)
_vectors_source: set[str] = set()


def pipeline_identity(nlp: Any) -> str:
    """What a spaCy pipeline's context vectors are: the digest of its shared ``tok2vec`` weights
    (the same pipeline under another package name, as spaCy's own ``en_core_web_sm`` and its
    re-upload, gives the same), or its name and version when it has no shared ``tok2vec``."""
    if "tok2vec" in nlp.pipe_names:
        digest = hashlib.sha256()
        for node in nlp.get_pipe("tok2vec").model.walk():
            for name in node.param_names:
                if node.has_param(name):
                    digest.update(numpy.ascontiguousarray(node.get_param(name)).tobytes())
        return f"tok2vec sha256:{digest.hexdigest()[:16]}"
    meta = nlp.meta
    return f"{meta.get('lang', '')}_{meta.get('name', '')} {meta.get('version', '')}"


def use_vectors_of(identity: str) -> None:
    """Record the pipeline this process parses with, so that the pair model reads its context
    vectors only when they are the ones it was trained on (:meth:`PairModel.reads_vectors`)."""
    _vectors_source.clear()
    _vectors_source.add(identity)


def use_pair_model(model: PairModel | None) -> None:
    """Use *model* instead of the shipped one in this process (cross-validation, rules alone)."""
    _override[:] = [model]


def reset_pair_model() -> None:
    """Back to the shipped model."""
    _override.clear()


def load_pair_model() -> PairModel | None:
    """The model in use: the shipped one unless :func:`use_pair_model` chose another."""
    return _override[0] if _override else _shipped_model()


def model_from_dict(data: dict[str, object]) -> PairModel:
    """The model of a file's contents (see :func:`kg.training.dumps`)."""
    weights = data["weights"]
    classes = tuple(data["classes"])  # type: ignore[arg-type]
    assert isinstance(weights, dict)
    matrix = numpy.zeros((len(weights) + 1, len(classes)))
    matrix[0] = data["intercept"]
    rows: dict[str, int] = {}
    for row, (name, by_class) in enumerate(sorted(weights.items()), 1):
        rows[name] = row
        for index, weight in by_class.items():
            matrix[row, int(index)] = weight
    vectors = data.get("vectors")
    if isinstance(vectors, dict):
        return PairModel(classes, float(data["threshold"]), frozenset(data.get("kinds", ())),  # type: ignore[arg-type]
                         rows, matrix, str(vectors["from"]), numpy.asarray(vectors["mean"], dtype="float32"),
                         numpy.asarray(vectors["weights"], dtype="float32"))
    return PairModel(classes, float(data["threshold"]), frozenset(data.get("kinds", ())),  # type: ignore[arg-type]
                     rows, matrix)


def release_shipped_model() -> None:
    """Forget the shipped model this process loaded (the next reader loads it again)."""
    _shipped_model.cache_clear()


@cache
def _shipped_model() -> PairModel | None:
    """The shipped model, or None when there is none (a build still runs on the rules)."""
    try:
        path = data_path("data", "model", "relations.json")
    except ConfigError:
        return None
    try:
        return model_from_dict(json.loads(path.read_text(encoding="utf-8")))
    except (OSError, ValueError, KeyError) as err:
        raise ConfigError(f"{path}: cannot read the relation model ({err})") from err


def kinds_of(ctx: Context, first: int, second: int) -> str:
    return f"{ctx.candidates[first].kind or 'Ref'}>{ctx.candidates[second].kind or 'Ref'}"


def sentence_pairs(ctx: Context, sent: Span) -> list[tuple[int, int]]:
    """Pairs of mentions of *sent*, in text order, that are not the same entity."""
    inside = ctx.in_sentence(sent)
    pairs = []
    for n, i in enumerate(inside):
        for j in inside[n + 1:]:
            if ctx.spans[j].start - ctx.spans[i].end > MAX_DISTANCE:
                break
            same = ctx.candidates[i].key is not None and ctx.candidates[i].key == ctx.candidates[j].key
            if not same and ctx.candidates[i].name != ctx.candidates[j].name:
                pairs.append((i, j))
    return pairs

