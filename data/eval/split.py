"""Assign the evaluation documents to the dev and test splits, once, before any tuning.

Documents are grouped by genre (manifest.tsv), shuffled with a fixed seed and dealt
alternately to dev and test, so both splits hold every genre. Documents already assigned
(split.tsv) keep their split; documents added later are dealt among themselves the same
way, so a split never changes once made. The training documents e141–e340 were entered in
``split.tsv`` as ``dev`` when they were added, and e341–e420 as ``check`` (see README.md). Run from the repository top level:
``python data/eval/split.py`` prints ``file<TAB>split`` lines.
"""

from __future__ import annotations

import csv
import random
import sys
from collections import defaultdict
from pathlib import Path

SEED = 20261201
HERE = Path(__file__).resolve().parent


def assign(manifest: Path, existing: Path | None = None) -> dict[str, str]:
    split: dict[str, str] = {}
    if existing is not None and existing.exists():
        for row in csv.reader(existing.open(encoding="utf-8", newline=""), delimiter="\t"):
            split[row[0]] = row[1]
    by_genre: dict[str, list[str]] = defaultdict(list)
    with manifest.open(encoding="utf-8", newline="") as handle:
        for row in csv.reader(handle, delimiter="\t"):
            if row[0].strip() not in split:
                by_genre[row[1].strip().lower().replace(" ", "_")].append(row[0].strip())
    rng = random.Random(SEED)
    turn = 0
    for genre in sorted(by_genre):
        files = sorted(by_genre[genre])
        rng.shuffle(files)
        for name in files:
            split[name] = ("dev", "test")[turn % 2]
            turn += 1
    return split


if __name__ == "__main__":
    for name, part in sorted(assign(HERE / "manifest.tsv", HERE / "split.tsv").items()):
        sys.stdout.write(f"{name}\t{part}\n")
