"""Peak memory of reading and building one large text file, against baselines measured in the same run.

Generates a text file of the sample corpus's prose paragraphs repeated (each copy numbered)
up to the size asked for, then runs each job in a fresh child process and reports its peak
resident memory (``ru_maxrss``) and time:

  read, whole     the file decoded whole (``--stream-bytes`` above its size), paragraphs cut
  read, chunked   the same file checked, hashed and cut into paragraphs a block at a time
  build, N MB     ``kg.build`` of the first N MB (chunked reading, parts into the embedded store,
                  outputs written), for each size of ``--build-mb``
  baseline        ``kg.build`` of a one-paragraph file: the model, the store and the outputs,
                  with (almost) no text

and prints the ratios: whole/chunked reading at the full size, and the growth of a build's
peak over the baseline per MB of input (flat means memory does not grow with the input).

    python benchmarks/large_file.py                        # 100 MB read; builds of 1 and 4 MB
    python benchmarks/large_file.py --mb 20 --build-mb 0.5 2
    python benchmarks/large_file.py --build-mb 100 --workers 2  # the whole file (about an hour)
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MB = 1_000_000

_CHILD = textwrap.dedent("""
    import json, resource, sys, time
    job, path, out, workers = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
    started = time.perf_counter()
    import kg
    from kg.ingest import paragraphs, read_documents
    if job.startswith("read"):
        limit = 10**12 if job == "read-whole" else 8_000_000
        (doc,) = read_documents([path], stream_bytes=limit).documents
        chars = sum(len(text) for _, text in paragraphs(doc))
        extra = {"chars": chars, "chunked": doc.chunked}
    else:
        report = kg.build([path], out, workers=workers, stream_bytes=1_000_000)
        extra = {"sentences": report.sentences, "relations": report.relations, "entities": report.entities}
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"peak_mib": peak, "seconds": time.perf_counter() - started, **extra}))
""")


def make_file(path: Path, size: int) -> None:
    import kg
    from kg.ingest import paragraphs

    docs = kg.read_documents([ROOT / "data" / "corpus"]).documents
    prose = [text for doc in docs for _, text in paragraphs(doc) if len(text.split()) > 8]
    with path.open("w", encoding="utf-8") as handle:
        written, copy = 0, 0
        while written < size:
            block = f"Copy {copy}.\n\n" + "\n\n".join(prose) + "\n\n"
            data = block[: size - written] if written + len(block.encode()) > size else block
            handle.write(data)
            written += len(data.encode("utf-8"))
            copy += 1


def _rss_mib(pid: int) -> float:
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return 0.0
    return int(status.split("VmRSS:")[1].split()[0]) / 1024 if "VmRSS:" in status else 0.0


def run(job: str, path: Path, workers: int = 1) -> dict[str, object]:
    """Run *job* in a child; its result, plus its resident memory sampled every second."""
    samples: list[float] = []
    with tempfile.TemporaryDirectory() as out:
        child = subprocess.Popen([sys.executable, "-c", _CHILD, job, str(path), out, str(workers)],
                                 stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        while child.poll() is None:
            samples.append(_rss_mib(child.pid))
            time.sleep(1)
        stdout, stderr = child.communicate()
    if child.returncode != 0:
        raise SystemExit(f"{job} failed:\n{stderr[-2000:]}")
    result = json.loads(stdout.strip().splitlines()[-1])
    result["samples"] = samples
    return result


def _quarters(samples: list[float]) -> str:
    """Highest resident memory seen in each quarter of the run: flat means bounded."""
    if len(samples) < 8:
        return ""
    size = len(samples) // 4
    peaks = [max(samples[i * size:(i + 1) * size if i < 3 else None]) for i in range(4)]
    return "; RSS by quarter " + " / ".join(f"{p:.0f}" for p in peaks) + " MiB"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=100, help="size of the file read (MB)")
    parser.add_argument("--build-mb", type=float, nargs="*", default=[1, 4], help="sizes built (MB)")
    parser.add_argument("--workers", type=int, default=1)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        big = folder / "large.txt"
        make_file(big, int(args.mb * MB))
        print(f"file: {big.stat().st_size / MB:.1f} MB of sample prose, repeated")
        whole, chunked = run("read-whole", big), run("read-chunked", big)
        assert whole["chars"] == chunked["chars"], (whole, chunked)
        for name, row in (("read, whole", whole), ("read, chunked", chunked)):
            print(f"{name:<16} peak {row['peak_mib']:8.1f} MiB  {row['seconds']:7.1f} s  {row['chars']:,} characters")
        print(f"ratio whole/chunked peak: {whole['peak_mib'] / chunked['peak_mib']:.2f}")
        tiny = folder / "tiny.txt"
        make_file(tiny, 2_000)
        base = run("build", tiny, args.workers)
        print(f"{'baseline build':<16} peak {base['peak_mib']:8.1f} MiB  {base['seconds']:7.1f} s")
        for size in args.build_mb:
            part = folder / f"part-{size}.txt"
            make_file(part, int(size * MB))
            row = run("build", part, args.workers)
            growth = (row["peak_mib"] - base["peak_mib"]) / size
            print(f"{f'build, {size:g} MB':<16} peak {row['peak_mib']:8.1f} MiB  {row['seconds']:7.1f} s  "
                  f"{row['sentences']:,} sentences, {row['relations']:,} relations; "
                  f"peak/baseline {row['peak_mib'] / base['peak_mib']:.2f}, +{growth:.1f} MiB per MB"
                  + _quarters(row["samples"]))


if __name__ == "__main__":
    main()
