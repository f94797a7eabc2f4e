"""kg evaluate on the sample gold: the quality targets, printed and kept as an artifact."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import Graph, Literal, URIRef

from kg.api import BuildReport
from kg.cli import cli
from kg.errors import InputError
from kg.evaluate import Score, evaluate, load_gold
from kg.rdf.vocab import DCTERMS, RDFS, SCHEMA

GOLD = Path(__file__).resolve().parent.parent / "data" / "gold"
ARTIFACTS = Path(__file__).resolve().parent / "artifacts"


def test_evaluate_sample_meets_targets(sample_build: BuildReport) -> None:
    result = CliRunner().invoke(cli, ["evaluate", str(GOLD), str(sample_build.outputs["graph.ttl"])])
    assert result.exit_code == 0, result.output
    ARTIFACTS.mkdir(exist_ok=True)
    (ARTIFACTS / "evaluation.txt").write_text(result.stdout, encoding="utf-8")
    print(result.stdout)
    scores = json.loads(CliRunner().invoke(
        cli, ["evaluate", str(GOLD), str(sample_build.outputs["graph.ttl"]), "--json"]).stdout)
    assert scores["entities"]["f1"] >= 0.85
    assert scores["duplicate_rate"] <= 1.1
    assert scores["relations_typed"]["f1"] >= 0.70
    assert scores["relations_untyped"]["f1"] >= 0.80


def test_evaluate_empty_graph_scores_zero_recall() -> None:
    result = evaluate(load_gold([GOLD]), Graph())
    assert result.entities.tp == 0 and result.entities.fn == 44
    assert result.typed.recall == 0.0 and result.typed.fn == 30  # distinct plain facts per document


def test_evaluate_score_arithmetic() -> None:
    score = Score(tp=3, fp=1, fn=2)
    assert (score.precision, score.recall) == (0.75, 0.6)
    assert round(score.f1, 4) == round(2 * 0.75 * 0.6 / 1.35, 4)


def test_evaluate_bad_gold_line_is_reported(tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"kind": "entity"}\nnot json\n', encoding="utf-8")
    with pytest.raises(InputError, match=r"bad.jsonl:2: not JSON"):
        load_gold([bad])


def test_evaluate_lists_junk_nodes_in_a_stable_order() -> None:
    graph, doc = Graph(), URIRef("urn:doc:d")
    graph.add((doc, DCTERMS.identifier, Literal("d.txt")))
    for i, label in enumerate(["Security Programme", "• Partner", "Science", "Peace"]):
        node = URIRef(f"urn:e:{i}")
        graph.add((doc, SCHEMA.mentions, node))
        graph.add((node, RDFS.label, Literal(label)))
    gold = [{"doc": "d.txt", "kind": "entity", "name": "Science for Peace and Security Programme",
             "class": "Programme", "forms": []}]
    result = evaluate(gold, graph)
    assert result.junk_labels == ["d.txt: peace", "d.txt: science", "d.txt: security program", "d.txt: • partner"]  # folded spelling
    # the gold entity no node matches is listed with its document and class
    assert result.missed_entities == ["d.txt: Science for Peace and Security Programme (Programme)"]


def test_evaluate_errors_name_the_document_and_rule_of_a_false_fact(sample_build: BuildReport,
                                                                      tmp_path: Path) -> None:
    # a gold without one document's leaderOf fact: the build's reading of it is listed as false,
    # with the document it was read from and the rule that read it
    for file in GOLD.glob("*.jsonl"):
        lines = [line for line in file.read_text(encoding="utf-8").splitlines()
                 if not (file.name.startswith("001_") and '"predicate": "leaderOf"' in line)]
        (tmp_path / file.name).write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["evaluate", str(tmp_path), str(sample_build.outputs["graph.ttl"]), "--errors"])
    assert result.exit_code == 0, result.output
    false = result.stdout.split("false facts:\n", 1)[1].split("wrong dates", 1)[0].splitlines()
    assert false == ["  001_e1ed8b98bcbc223f.txt: Jaap_de_Hoop_Scheffer leaderOf NATO (title)"]
    assert "\nmissed gold entities: " in result.stdout and "\njunk nodes: " in result.stdout


def test_evaluate_errors_list_a_found_fact_dated_otherwise(sample_build: BuildReport, tmp_path: Path) -> None:
    # a gold date the build's reading does not give: the fact is listed with both dates
    for file in GOLD.glob("*.jsonl"):
        lines = [line.replace('"predicate": "leaderOf",', '"predicate": "leaderOf", "date": "1850",')
                 if file.name.startswith("001_") else line for line in file.read_text(encoding="utf-8").splitlines()]
        (tmp_path / file.name).write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["evaluate", str(tmp_path), str(sample_build.outputs["graph.ttl"]), "--errors"])
    assert result.exit_code == 0, result.output
    wrong = result.stdout.split("wrong dates (gold; found):\n", 1)[1].split("missed gold entities:", 1)[0]
    assert wrong.splitlines() == ["  001_e1ed8b98bcbc223f.txt: Jaap de Hoop Scheffer leaderOf NATO (1850; none)"], wrong


def test_evaluate_rules_only_builds_a_split_without_the_pair_model(tmp_path: Path) -> None:
    # one dev document, scored as built and with the rules alone: the learned pair model's facts are
    # counted only in the first, and the shipped model is back in use after the second
    from kg.extract.pairs import load_pair_model

    dev = Path(__file__).resolve().parent.parent / "data" / "eval" / "dev"
    split = tmp_path / "one"
    for sub, suffix in (("docs", ".txt"), ("gold", ".jsonl")):
        (split / sub).mkdir(parents=True)
        (split / sub / f"e069{suffix}").write_bytes((dev / sub / f"e069{suffix}").read_bytes())
    runs = {flag: CliRunner().invoke(cli, ["evaluate", str(tmp_path), "--split", "one", "--json", *flag])
            for flag in ((), ("--rules-only",))}
    assert all(r.exit_code == 0 for r in runs.values()), [r.output for r in runs.values()]
    scores = {flag: json.loads(r.stdout)["one"] for flag, r in runs.items()}
    assert "learned-pair" in scores[()]["system_rules"]
    assert "learned-pair" not in scores[("--rules-only",)]["system_rules"]
    assert scores[("--rules-only",)]["relations_typed"]["tp"] < scores[()]["relations_typed"]["tp"]
    assert load_pair_model() is not None
    # a built graph is scored as it is: the flag is refused with a one-line reason
    refused = CliRunner().invoke(cli, ["evaluate", str(GOLD), str(tmp_path / "graph.ttl"), "--rules-only"])
    assert refused.exit_code != 0 and "rules_only builds the splits" in refused.output
