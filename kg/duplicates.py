"""Near-duplicate documents: republished press releases, lightly edited copies of a speech.

Part of stage 1 (ingest). Two texts are near-duplicates when the Jaccard similarity of
their sets of word 5-grams (shingles, case-folded) is at least :data:`NEAR_DUPLICATE`.
Candidate pairs come from MinHash signatures with locality-sensitive hashing (bands of
rows), so a corpus is not compared pair by pair; every candidate is then checked on the
exact shingle sets. Groups are the connected components of the near-duplicate pairs, so
they do not depend on the order in which the texts come.

Ingest uses the groups so that text shared *within* a group is not taken for site
boilerplate (which is text shared *between* documents): both copies are extracted, and
the facts they state cite both.
"""

from __future__ import annotations

import zlib
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

__all__ = ["NEAR_DUPLICATE", "NearDuplicates", "near_duplicates"]

#: Jaccard similarity of word 5-gram sets from which two texts are near-duplicates
NEAR_DUPLICATE = 0.7
_SHINGLE_WORDS = 5
_BANDS, _ROWS = 32, 4  # 128 hash functions; a pair at 0.7 becomes a candidate with p > 0.999
_SLICE = 8192  # shingles hashed at a time: memory stays at 128 x _SLICE values
#: one seed per hash function; a function is splitmix64 of (shingle XOR seed)
_SEEDS = np.random.default_rng(20240501).integers(0, np.iinfo(np.uint64).max, size=(_BANDS * _ROWS, 1),
                                                   dtype=np.uint64, endpoint=True)


@dataclass(frozen=True, slots=True)
class NearDuplicates:
    """Groups of near-duplicate texts (indices, sorted), with the lowest similarity of a pair that joined them."""

    groups: tuple[tuple[int, ...], ...]
    similarity: tuple[float, ...]

    def group_of(self, count: int) -> list[int]:
        """For each of *count* texts, the number of its group (a text alone is a group of its own)."""
        labels = list(range(count))
        for members in self.groups:
            for index in members:
                labels[index] = members[0]
        return labels


def _shingles(text: str) -> np.ndarray:
    words = text.casefold().split()
    grams = {" ".join(words[i:i + _SHINGLE_WORDS]) for i in range(len(words) - _SHINGLE_WORDS + 1)}
    return np.fromiter(sorted(zlib.crc32(g.encode("utf-8")) for g in grams), dtype=np.uint64, count=len(grams))


def _mix(z: np.ndarray) -> np.ndarray:
    """splitmix64's finaliser, element-wise (uint64 arithmetic wraps)."""
    z = (z ^ (z >> np.uint64(30))) * np.uint64(0xBF58476D1CE4E5B9)
    z = (z ^ (z >> np.uint64(27))) * np.uint64(0x94D049BB133111EB)
    return z ^ (z >> np.uint64(31))


def _signature(shingles: np.ndarray) -> np.ndarray:
    signature = np.full(_BANDS * _ROWS, np.iinfo(np.uint64).max, dtype=np.uint64)
    for start in range(0, len(shingles), _SLICE):
        np.minimum(signature, _mix(_SEEDS ^ shingles[None, start:start + _SLICE]).min(axis=1), out=signature)
    return signature


def near_duplicates(texts: Sequence[str], threshold: float = NEAR_DUPLICATE) -> NearDuplicates:
    """The groups of near-duplicates among *texts* (empty texts and texts under five words take no part)."""
    shingles = [_shingles(text) for text in texts]
    buckets: dict[tuple[int, bytes], list[int]] = defaultdict(list)
    for index, grams in enumerate(shingles):
        if len(grams):
            signature = _signature(grams)
            for band in range(_BANDS):
                buckets[band, signature[band * _ROWS:(band + 1) * _ROWS].tobytes()].append(index)
    candidates = {(a, b) for members in buckets.values() for i, a in enumerate(members) for b in members[i + 1:]}
    parent = list(range(len(texts)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    joined: dict[tuple[int, int], float] = {}
    sets: dict[int, set[int]] = {}
    for a, b in sorted(candidates):
        first = sets.setdefault(a, set(shingles[a].tolist()))
        second = sets.setdefault(b, set(shingles[b].tolist()))
        similarity = len(first & second) / len(first | second)
        if similarity >= threshold:
            joined[a, b] = similarity
            parent[root(b)] = root(a)
    members: dict[int, list[int]] = defaultdict(list)
    for index in range(len(texts)):
        members[root(index)].append(index)
    groups = sorted(tuple(sorted(m)) for m in members.values() if len(m) > 1)
    lowest = [min(s for (a, _), s in joined.items() if a in group) for group in groups]
    return NearDuplicates(tuple(groups), tuple(round(s, 2) for s in lowest))
