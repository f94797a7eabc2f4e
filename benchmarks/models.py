"""Parse speed of spaCy models on the evaluation corpus, measured in one run.

    python benchmarks/models.py MODEL [MODEL ...]     # names or paths; the first is the baseline

Each model parses the dev documents (paragraph by paragraph, as a build does) in alternating
rounds; the script prints words/s per model and the ratio to the first. Quality is measured
apart, by cross-validation over the dev split with each model:

    python -m kg.extract.training data/eval/dev --cross-validate --model MODEL
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

import spacy

import kg
from kg.ingest import paragraphs

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("models", nargs="+")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--corpus", type=Path, default=ROOT / "data" / "eval" / "dev" / "docs")
    args = parser.parse_args()
    texts = [text for doc in kg.read_documents([args.corpus]).documents for _, text in paragraphs(doc)]
    words = sum(len(t.split()) for t in texts)
    loaded = {name: spacy.load(name) for name in args.models}
    times: dict[str, list[float]] = {name: [] for name in args.models}
    for _ in range(args.rounds):
        for name, nlp in loaded.items():
            started = time.perf_counter()
            for _ in nlp.pipe(texts, batch_size=64):
                pass
            times[name].append(time.perf_counter() - started)
    base = sorted(times[args.models[0]])[args.rounds // 2]
    print(f"corpus: {len(texts)} paragraphs, {words:,} words; median of {args.rounds} alternating rounds")
    for name in args.models:
        median = sorted(times[name])[args.rounds // 2]
        print(f"{name:60} {words / median:8,.0f} words/s  ratio {base / median:.2f}")


if __name__ == "__main__":
    main()
