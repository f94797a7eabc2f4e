"""One extraction path whatever the executor: split → extract (this process, ``--workers``,
a real Dask LocalCluster, a real ``dask scheduler`` process) → merge in order.

The graph must be byte for byte the same in every case, including when a worker process is
killed mid-build; a lost scheduler is a ClusterError and leaves the store as it was.
"""

from __future__ import annotations

import json
import logging
import os
import pickle
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.api import build
from kg.cli import cli
from kg.errors import ClusterError
from kg.extract import extract_parts
from kg.extract.partition import extract_partition, split
from kg.ingest import document_from_text, paragraphs, read_documents

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "data" / "corpus"

COUNTRIES = ["Finland", "Sweden", "Georgia", "Ukraine", "Austria", "Ireland", "Malta", "Serbia", "Moldova"]
PEOPLE = ["Anna Virtanen", "Lars Berg", "Nino Beridze", "Olena Koval", "Karl Huber", "Sean Walsh"]
FRAMEWORKS = ["Partnership for Peace", "Euro-Atlantic Partnership Council", "Mediterranean Dialogue"]


def generated_text(seed: int, paragraphs_count: int = 12) -> str:
    """A document of our own sentences, names, countries and years varied by *seed*."""
    out = []
    for i in range(paragraphs_count):
        n = seed * 7 + i
        country, other = COUNTRIES[n % len(COUNTRIES)], COUNTRIES[(n + 3) % len(COUNTRIES)]
        person, framework, year = PEOPLE[n % len(PEOPLE)], FRAMEWORKS[n % len(FRAMEWORKS)], 1994 + n % 29
        out.append(f"{country} joined the {framework} in {year}. {person}, the foreign minister of {country}, "
                   f"met the NATO Secretary General in Brussels. {country} supports the membership bid of "
                   f"{other}, and {other} signed an agreement with NATO in {year + 1}.")
        if i % 5 == 4:
            out.append("NATO members")  # (a heading line of its own: one with a colon opens its list's unit)
            out.append(f"• {country} ({year})\n• {other} ({year + 2})")
    return "\n\n".join(out) + "\n"


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("generated")
    for seed in range(5):
        (folder / f"gen{seed}.txt").write_text(generated_text(seed), encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def local_cluster() -> Iterator[object]:
    """A real LocalCluster of two worker processes, shut down after the module."""
    from distributed import LocalCluster

    cluster = LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0",
                           silence_logs=logging.CRITICAL)
    try:
        yield cluster
    finally:
        cluster.close()


def _graph(out: Path) -> bytes:
    return (out / "graph.ttl").read_bytes()


# -- split: partitions by characters, at the units a local build reads ------------------------------
def test_partition_split_by_characters_at_paragraph_units() -> None:
    docs = [document_from_text(generated_text(seed), f"g{seed}.txt") for seed in range(3)]
    parts = list(split(docs, partition_chars=2000))
    assert [p.number for p in parts] == list(range(len(parts))) and len(parts) > 3
    assert all(p.chars >= 2000 for p in parts[:-1])
    assert all(p.chars - len(p.units[-1].text) < 2000 for p in parts), "a partition closes at the unit passing the size"
    units = [(u.doc, u.offset, u.text) for p in parts for u in p.units]
    assert units == [(i, offset, text) for i, doc in enumerate(docs) for offset, text in paragraphs(doc)]
    headed = [u for p in parts for u in p.units if u.heading]
    assert headed and all(u.heading == "NATO members" and u.text.startswith("•") for u in headed)


def test_partition_split_given_the_total_makes_the_last_partitions_smaller() -> None:
    docs = [document_from_text(generated_text(seed), f"g{seed}.txt") for seed in range(6)]
    total = sum(len(text) for doc in docs for _, text in paragraphs(doc))
    even, tapered = list(split(docs, partition_chars=2000)), list(split(docs, partition_chars=2000, total_chars=total))
    units = [(u.doc, u.offset, u.text) for p in tapered for u in p.units]
    assert units == [(u.doc, u.offset, u.text) for p in even for u in p.units], "the same units, in the same order"
    assert len(tapered) > len(even) and [p.number for p in tapered] == list(range(len(tapered)))
    assert [p.chars for p in tapered[:3]] == [p.chars for p in even[:3]], "full partitions while much text is left"
    done = 0
    for part in tapered[:-1]:
        # each partition closes at the unit passing a quarter of what was left, or an eighth of a full one
        assert part.chars - len(part.units[-1].text) < max(250, min(2000, (total - done) // 4)) <= part.chars
        done += part.chars
    assert max(p.chars for p in tapered[-4:]) < 1000


def test_partition_split_of_a_streamed_file_gives_the_units_of_a_local_build(tmp_path: Path, monkeypatch) -> None:
    import kg.ingest

    path = tmp_path / "big.txt"
    path.write_text("".join(generated_text(seed) + "\n" for seed in range(4)), encoding="utf-8")
    monkeypatch.setattr(kg.ingest, "BLOCK_BYTES", 700)
    (doc,) = read_documents([path], stream_bytes=1000).documents
    assert doc.chunked
    units = [(u.offset, u.text) for p in split([doc], partition_chars=1500) for u in p.units]
    assert units == list(paragraphs(doc)) and len(units) > 40


# -- extract: plain values, a heading read across a partition boundary ------------------------------
def test_partition_values_are_plain_and_picklable(nlp) -> None:
    (partition,) = split([document_from_text(generated_text(1, 2), "g.txt")])
    values = extract_partition(partition, nlp)
    assert len(values) == len(partition.units) and values[0].sentences == 3
    data = pickle.dumps(values)
    assert b"spacy" not in data and b"thinc" not in data
    assert pickle.loads(data) == values
    assert {c.name for c in values[0].candidates} >= {"Serbia", "Euro-Atlantic Partnership Council", "Lars Berg"}
    assert ("memberOf", "join", "2001") in {(r.predicate, r.verb, r.date) for r in values[0].relations}


def test_partition_size_does_not_change_the_extraction(nlp) -> None:
    docs = [document_from_text(generated_text(seed), f"g{seed}.txt") for seed in range(2)]
    (whole,) = extract_parts(docs, nlp=nlp, flush_chars=None)
    (tiny,) = extract_parts(docs, nlp=nlp, flush_chars=None, partition_chars=1)  # one unit per partition
    assert tiny.relations == whole.relations and tiny.mentions == whole.mentions
    assert tiny.entities == whole.entities and tiny.sentences == whole.sentences
    listed = {(r.subject, r.object) for r in whole.relations if r.rule == "list-heading"}
    assert ("Country:Austria", "InternationalOrganization:NATO") in listed


# -- executors: local, --workers 2 and --cluster local:2 give one graph ------------------------------
def test_cluster_cli_local_workers_and_cluster_give_the_same_graph(tmp_path: Path) -> None:
    outs = {}
    for name, flags in {"local": [], "workers": ["--workers", "2"], "cluster": ["--cluster", "local:2"]}.items():
        outs[name] = tmp_path / name
        result = CliRunner().invoke(cli, ["build", str(CORPUS), "--out", str(outs[name]), "--store", "memory",
                                          *flags])
        assert result.exit_code == 0, result.output
        assert "Traceback" not in result.stderr
    assert _graph(outs["local"]) == _graph(outs["workers"]) == _graph(outs["cluster"])
    assert b"nkg:memberOf" in _graph(outs["local"])


def test_cluster_generated_corpus_same_graph_with_every_executor(tmp_path: Path, nlp, generated: Path,
                                                                local_cluster) -> None:
    address = local_cluster.scheduler_address  # type: ignore[attr-defined]
    local = build([generated], tmp_path / "local", store="memory", nlp=nlp)
    build([generated], tmp_path / "workers", store="memory", nlp=nlp, workers=2, partition_chars=3000)
    cluster = build([generated], tmp_path / "cluster", store="memory", nlp=nlp, cluster=address,
                    partition_chars=3000)  # a pipeline object stays here: the workers load the same model
    assert _graph(tmp_path / "local") == _graph(tmp_path / "workers") == _graph(tmp_path / "cluster")
    assert local.relations == cluster.relations > 50 and cluster.new == 5


def test_cluster_killed_worker_partition_is_retried_and_the_graph_is_the_same(tmp_path: Path, nlp, generated: Path,
                                                                             local_cluster) -> None:
    from distributed import Client

    build([generated], tmp_path / "local", store="memory", nlp=nlp)
    with Client(local_cluster) as client:
        pids = client.run(os.getpid)
        victim = min(pids.values())
        killed: list[int] = []

        def kill_once(chars: int) -> None:  # the first paragraph is merged: the others are in flight
            if not killed:
                os.kill(victim, signal.SIGKILL)
                killed.append(victim)

        report = build([generated], tmp_path / "cluster", store="memory", cluster=local_cluster.scheduler_address,
                       partition_chars=1500, progress=kill_once)
        client.wait_for_workers(2, timeout=120)
        assert killed and victim not in client.run(os.getpid).values(), "the worker was killed and replaced"
    assert report.new == 5
    assert _graph(tmp_path / "local") == _graph(tmp_path / "cluster")


# -- a lost scheduler: one error, the store keeps its last complete state ---------------------------
@pytest.fixture
def scheduler(tmp_path: Path) -> Iterator[tuple[subprocess.Popen[bytes], str]]:
    """A real ``dask scheduler`` process and one ``dask worker`` process; both ended afterwards."""
    bin_dir = Path(sys.executable).parent
    info = tmp_path / "scheduler.json"
    sched = subprocess.Popen([str(bin_dir / "dask"), "scheduler", "--host", "127.0.0.1", "--port", "0",
                              "--no-dashboard", "--scheduler-file", str(info)], stderr=subprocess.DEVNULL)
    worker = None
    try:
        deadline = time.monotonic() + 60
        while not info.exists() or not info.read_text(encoding="utf-8").strip():
            assert time.monotonic() < deadline and sched.poll() is None, "dask scheduler did not start"
            time.sleep(0.1)
        address = json.loads(info.read_text(encoding="utf-8"))["address"]
        worker = subprocess.Popen([str(bin_dir / "dask"), "worker", address, "--nworkers", "1", "--nthreads", "1",
                                   "--no-dashboard"], stderr=subprocess.DEVNULL)
        yield sched, address
    finally:
        for process in (worker, sched):
            if process is not None and process.poll() is None:
                process.kill()
            if process is not None:
                process.wait()


def test_cluster_lost_scheduler_is_one_error_and_the_next_build_resumes(tmp_path: Path, nlp, generated: Path,
                                                                       scheduler) -> None:
    from kg.incremental import stored_documents
    from kg.store import open_store

    process, address = scheduler
    store = tmp_path / "store"
    first = tmp_path / "first"
    first.mkdir()
    (first / "gen0.txt").write_bytes((generated / "gen0.txt").read_bytes())
    build([first], tmp_path / "out", store=store, nlp=nlp)

    def lose_scheduler(chars: int) -> None:
        if process.poll() is None:
            process.kill()
            process.wait()

    with pytest.raises(ClusterError, match="lost the Dask scheduler") as lost:
        build([generated], tmp_path / "out", store=store, cluster=address, partition_chars=1500,
              progress=lose_scheduler)
    assert "\n" not in str(lost.value), "one line for the CLI"
    with open_store(store) as held:
        assert [Path(d.source).name for d in stored_documents(held)] == ["gen0.txt"], "the last complete state"
    again = build([generated], tmp_path / "out", store=store, nlp=nlp)
    assert (again.new, again.unchanged) == (4, 1)


def test_cluster_unreachable_scheduler_is_one_line_and_exit_1(tmp_path: Path) -> None:
    env = {**os.environ, "DASK_DISTRIBUTED__COMM__TIMEOUTS__CONNECT": "2s"}
    done = subprocess.run([sys.executable, "-m", "kg", "build", str(CORPUS), "--out", str(tmp_path / "out"),
                           "--store", "memory", "--cluster", "tcp://127.0.0.1:9"], capture_output=True, text=True,
                          env=env, timeout=120, check=False)
    assert done.returncode == 1
    assert done.stderr.startswith("kg: error: tcp://127.0.0.1:9: cannot reach the Dask scheduler")
    assert len(done.stderr.splitlines()) == 1, done.stderr


def test_cluster_address_must_be_local_n_or_a_scheduler(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["build", str(CORPUS), "--out", str(tmp_path), "--cluster", "local:0"])
    assert result.exit_code == 3 and "expected local:N with N ≥ 1" in result.stderr
    both = CliRunner().invoke(cli, ["build", str(CORPUS), "--out", str(tmp_path), "--cluster", "local:2", "-w", "2"])
    assert both.exit_code == 2 and "give one of them" in both.stderr
