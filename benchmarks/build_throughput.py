"""Build throughput against bare spaCy, measured in the same run on the same text.

Generates a corpus from the sample documents (their non-boilerplate paragraphs repeated
until --words is reached, split into documents of ~2,000 words), then times:

  baseline: ``nlp.pipe`` of the stock model over the same paragraphs (same batch size, processes)
  natokg:   ingest-free extraction (our components, canonicalisation, relations) + RDF graph + Turtle

in alternating rounds, and prints words/s of both and the median ratio (target ≥ 0.8),
plus peak RSS of this process.

    python benchmarks/build_throughput.py --words 100000 [--workers 2]
"""

from __future__ import annotations

import argparse
import resource
import time
from pathlib import Path

import spacy

import kg
from kg.config import resolve_model
from kg.ingest import document_from_text, paragraphs

ROOT = Path(__file__).resolve().parent.parent


def corpus(words: int, folder: Path = ROOT / "data" / "corpus") -> list[kg.Document]:
    source = kg.read_documents([folder]).documents
    units = [text for doc in source for _, text in paragraphs(doc)]
    docs, current, total, i = [], [], 0, 0
    while total < words:
        text = units[i % len(units)]
        current.append(text)
        total += len(text.split())
        i += 1
        if sum(len(t.split()) for t in current) >= 2000:
            docs.append(document_from_text("\n\n".join(current) + f"\n\n(copy {len(docs)})", f"gen{len(docs):05d}.txt"))
            current = []
    if current:
        docs.append(document_from_text("\n\n".join(current), f"gen{len(docs):05d}.txt"))
    return docs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", type=int, default=100_000)
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--batch-size", type=int, default=64)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--corpus", type=Path, default=ROOT / "data" / "corpus",
                        help="documents to repeat (data/eval/dev/docs: 50 varied documents)")
    args = parser.parse_args()
    docs = corpus(args.words, args.corpus)
    texts = [text for doc in docs for _, text in paragraphs(doc)]
    words = sum(len(t.split()) for t in texts)
    model = resolve_model()
    print(f"corpus: {len(docs)} documents, {len(texts)} paragraphs, {words:,} words; model {model}; "
          f"workers {args.workers}")

    bare = spacy.load(model)
    nlp = kg.load_nlp(model)
    # alternate the two in rounds so that load from other processes hits both alike
    rows, cpu_rows = [], []
    for _ in range(args.rounds):
        started, cpu = time.perf_counter(), time.process_time()
        for _ in bare.pipe(texts, batch_size=args.batch_size, n_process=args.workers):
            pass
        baseline, cpu_baseline = time.perf_counter() - started, time.process_time() - cpu
        started, cpu = time.perf_counter(), time.process_time()
        extraction = kg.extract(docs, nlp=nlp, batch_size=args.batch_size, workers=args.workers)
        extracted = time.perf_counter() - started
        graph = kg.to_graph(extraction)
        data = graph.serialize(format="nt", encoding="utf-8")
        ours, cpu_ours = time.perf_counter() - started, time.process_time() - cpu
        rows.append((baseline, extracted, ours))
        cpu_rows.append(cpu_baseline / cpu_ours)
        print(f"round: bare {words / baseline:,.0f} w/s, natokg {words / ours:,.0f} w/s, wall ratio "
              f"{baseline / ours:.3f}, CPU ratio {cpu_baseline / cpu_ours:.3f}")
    baseline, extracted, ours = sorted(rows, key=lambda r: r[0] / r[2])[len(rows) // 2]
    print(f"{'median round':34} {'seconds':>9} {'words/s':>10}")
    print(f"{'bare spaCy nlp.pipe':34} {baseline:9.2f} {words / baseline:10,.0f}")
    print(f"{'natokg extract':34} {extracted:9.2f} {words / extracted:10,.0f}")
    print(f"{'natokg extract + RDF + N-Triples':34} {ours:9.2f} {words / ours:10,.0f}")
    print(f"ratio natokg/bare, median of {len(rows)} rounds (target >= 0.8): wall {baseline / ours:.3f}, "
          f"CPU {sorted(cpu_rows)[len(cpu_rows) // 2]:.3f} (range {min(cpu_rows):.3f}-{max(cpu_rows):.3f}; "
          f"CPU time is this process's, so other load on the machine does not skew it; one worker only)")
    print(f"entities {len(extraction.entities):,}, relations {len(extraction.relations):,}, "
          f"triples {len(graph):,}, N-Triples {len(data) / 1e6:.1f} MB")
    print(f"peak RSS: this process {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:,.0f} MiB, "
          f"largest worker {resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024:,.0f} MiB")


if __name__ == "__main__":
    main()
