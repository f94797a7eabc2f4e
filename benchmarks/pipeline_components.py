"""Where parsing time goes: CPU seconds of each pipeline component, bare spaCy against natokg's pipeline.

Writes the generated corpus (:mod:`corpus`), takes the text units ``kg build`` parses, and
runs, in alternating rounds, two fresh processes over them: the stock model
(``spacy.load``) and natokg's pipeline (:func:`kg.load_nlp`: the model plus the sentence
splitter, the entity ruler and the component reading mentions and relations). Each times
its load, then runs the units in batches as ``nlp.pipe`` does, every component over the
whole batch in turn (``pipe`` where the component has one), timing each with the process's
CPU clock. Prints the median per component of each and the ratio of the totals.

    python benchmarks/pipeline_components.py --words 100000 [--rounds 3] [--before CHECKOUT]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from build_throughput import units_of  # noqa: E402
from corpus import write_corpus  # noqa: E402

CHILD = """
import json, sys, time
started = time.process_time()
if sys.argv[1] == "natokg":
    import kg
    nlp = kg.load_nlp()
else:
    import spacy
    from kg.config import resolve_model
    nlp = spacy.load(resolve_model())
from spacy.util import minibatch
cost = {"load": time.process_time() - started, "tokenizer": 0.0}
cost.update((name, 0.0) for name in nlp.pipe_names)
with open(sys.argv[2], encoding="utf-8") as handle:
    units = json.load(handle)
size = int(sys.argv[3])
for batch in minibatch(units, size):
    mark = time.process_time()
    docs = [nlp.make_doc(text) for text in batch]
    cost["tokenizer"] += time.process_time() - mark
    for name, component in nlp.pipeline:
        mark = time.process_time()
        docs = list(component.pipe(docs, batch_size=size)) if hasattr(component, "pipe") else [component(d) for d in docs]
        cost[name] += time.process_time() - mark
print(json.dumps(cost))
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", type=int, default=100_000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--batch-size", type=int, default=64)
    parser.add_argument("--before", type=Path, metavar="CHECKOUT",
                        help="also time natokg's pipeline from another checkout, in the same rounds")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="natokg-components-"))
    try:
        units = units_of_corpus(work, args.words)
        paths = {"bare": None, "natokg": None}
        if args.before:
            paths["before"] = str(args.before.resolve())
        runs: dict[str, list[dict[str, float]]] = {name: [] for name in paths}
        for number in range(args.rounds):  # alternate, so that other load on the machine hits all alike
            order = list(paths)[number % len(paths):] + list(paths)[:number % len(paths)]
            for name in order:
                env = {**os.environ, "PYTHONPATH": paths[name]} if paths[name] else None
                kind = "bare" if name == "bare" else "natokg"
                out = subprocess.run([sys.executable, "-c", CHILD, kind, str(units), str(args.batch_size)],
                                     capture_output=True, text=True, check=True, cwd=tempfile.gettempdir(), env=env)
                runs[name].append(json.loads(out.stdout))
        report(runs, args.rounds)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def units_of_corpus(work: Path, words: int) -> Path:
    folder = work / "corpus"
    write_corpus(folder, words)
    units = units_of(folder)
    path = work / "units.json"
    path.write_text(json.dumps(units), encoding="utf-8")
    print(f"{len(units)} paragraphs, {sum(len(u.split()) for u in units):,} words")
    return path


def report(runs: dict[str, list[dict[str, float]]], rounds: int) -> None:
    kinds = list(runs)
    names = list(dict.fromkeys(name for kind in reversed(kinds) for name in runs[kind][0]))  # natokg's order
    print(f"\nCPU s, median of {rounds} rounds " + " ".join(f"{kind:>10}" for kind in kinds))
    for name in names:
        cells = []
        for kind in kinds:
            values = [run[name] for run in runs[kind] if name in run]
            cells.append(f"{statistics.median(values):10.2f}" if values else f"{'':>10}")
        print(f"{name:30} {' '.join(cells)}")
    totals = {kind: [sum(v for k, v in run.items() if k != "load") for run in runs[kind]] for kind in kinds}
    print(f"{'parsing (all but load)':30} " + " ".join(f"{statistics.median(totals[k]):10.2f}" for k in kinds))
    for kind in kinds[1:]:
        ratios = [b / n for b, n in zip(totals["bare"], totals[kind])]
        print(f"bare / {kind}: {statistics.median(ratios):.3f} ({min(ratios):.3f}-{max(ratios):.3f})")


if __name__ == "__main__":
    main()
