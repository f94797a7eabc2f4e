"""Every documented example runs: each ``kg …`` line of the README's shell blocks, each SPARQL
block of the README, and each command's ``--help`` examples, on the sample build in a
temporary folder. A non-zero exit fails, and so does an empty result where data is expected
(a query with 0 rows, a page with 0 entities, an empty output file).

The commands of one block run in order in one folder, as a reader following it would run
them. Files an example names but does not make (``my-query.rq``, ``reports/``, ...) are
written here first; the few examples that need something outside the suite (a SPARQL
server, another spaCy model, a process that serves until Ctrl-C) are listed in SKIPPED.
"""

from __future__ import annotations

import re
import shlex
import shutil
from dataclasses import dataclass
from importlib.util import find_spec
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from kg.cli import cli

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"

#: (words in the command, why it is not run here)
SKIPPED = {
    "--store http://": "needs a SPARQL server (tests/test_store.py runs one)",
    "kg serve": "serves until Ctrl-C (tests/test_serve.py runs it)",
    "--cluster tcp://": "needs a Dask scheduler (tests/test_cluster.py runs one)",
}
if find_spec("en_core_web_md") is None:
    SKIPPED["--model en_core_web_md"] = "en_core_web_md is not installed"

#: files the examples name as the reader's own
PLACEHOLDERS = {
    "my-subgraph.rq": "CONSTRUCT { ?s nkg:memberOf ?o } WHERE { ?s nkg:memberOf ?o }\n",
    "my-query.rq": "SELECT ?member ?organisation WHERE { ?m nkg:memberOf ?o ; rdfs:label ?member . "
                   "?o rdfs:label ?organisation }\n",
    "fixes.ru": 'INSERT DATA { <https://w3id.org/natokg/id/country/Poland> rdfs:comment "checked"@en }\n',
    "my-annotations.ttl": "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n"
                          '<https://w3id.org/natokg/id/country/Poland> rdfs:comment "an Ally since 1999"@en .\n',
    "extra.nt": '<https://w3id.org/natokg/id/country/Lithuania> <http://www.w3.org/2000/01/rdf-schema#comment> '
                '"an Ally since 2004"@en .\n',
    "speech.html": "<html><head><title>Speech</title></head><body><p>Poland became a member of NATO in 1999."
                   "</p></body></html>\n",
}


@dataclass(frozen=True)
class Example:
    where: str
    commands: tuple[str, ...]
    #: SPARQL run with kg query (README SPARQL blocks)
    sparql: bool = False
    #: run on the build with the whole reference layer (--reference corpus-wide)
    wide: bool = False


def _commands(lines: list[str]) -> list[str]:
    return [line.strip() for line in lines if re.match(r"\s*(kg|python -m kg) ", line)]


def readme_examples(path: Path = README, wide: bool = False) -> list[Example]:
    text = path.read_text(encoding="utf-8")
    name = path.relative_to(ROOT).as_posix()
    found = []
    for match in re.finditer(r"^```(sh|sparql)\n(.*?)^```", text, re.MULTILINE | re.DOTALL):
        line = text.count("\n", 0, match.start()) + 1
        if match[1] == "sh":
            commands = _commands(match[2].splitlines())
            if commands:
                found.append(Example(f"{name}:{line}", tuple(commands), wide=wide))
        elif "..." not in match[2]:  # queries separated by a blank line, each under its comment (not an outline)
            queries = [q.strip() for q in re.split(r"\n\s*\n", match[2]) if q.strip()]
            found.append(Example(f"{name}:{line}", tuple(queries), sparql=True))
    return found


def help_examples() -> list[Example]:
    found = []
    for name, command in sorted(cli.commands.items()):
        commands = _commands((command.help or "").split("Example", 1)[-1].splitlines())
        if commands:
            found.append(Example(f"kg {name} --help", tuple(commands)))
    return found


def query_examples() -> list[Example]:
    """The examples in the headers of the named queries (queries/*.rq), which show both layers."""
    found = []
    for path in sorted((ROOT / "queries").glob("*.rq")):
        header = [line.lstrip("#") for line in path.read_text(encoding="utf-8").splitlines() if line.startswith("#")]
        commands = _commands("\n".join(header).split("Example", 1)[-1].splitlines())
        if commands:
            found.append(Example(f"queries/{path.name}", tuple(commands), wide=True))
    return found


EXAMPLES = readme_examples() + help_examples() + readme_examples(ROOT / "queries" / "README.md", wide=True) \
    + query_examples()


def _skip_reason(command: str) -> str | None:
    return next((why for words, why in SKIPPED.items() if words in command), None)


@pytest.fixture(scope="session")
def example_base(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder with the sample build in out/ (kg build, as the README starts) and a copy of it
    built with --reference corpus-wide in wide/ (for the SPARQL blocks, which show both layers)."""
    base = tmp_path_factory.mktemp("examples-base")
    for name in ("data", "queries", "ontology"):
        (base / name).symlink_to(ROOT / name)
    runner = CliRunner()
    with _cwd(base):
        for args in (["build", "-q"], ["build", "-q", "--out", "wide", "--reference", "corpus-wide"]):
            result = runner.invoke(cli, args, catch_exceptions=False)
            assert result.exit_code == 0, result.output
    return base


class _cwd:
    def __init__(self, path: Path) -> None:
        self.path, self.old = path, Path.cwd()

    def __enter__(self) -> None:
        import os

        os.chdir(self.path)

    def __exit__(self, *exc: object) -> None:
        import os

        os.chdir(self.old)


def _workspace(base: Path, tmp: Path) -> Path:
    for name in ("data", "queries", "ontology"):
        (tmp / name).symlink_to(ROOT / name)
    shutil.copytree(base / "out", tmp / "out")
    shutil.copytree(base / "out", tmp / "build")  # "kg validate build/graph.ttl": an earlier build into build/
    for name, content in PLACEHOLDERS.items():
        (tmp / name).write_text(content, encoding="utf-8")
    (tmp / "reports").mkdir()
    shutil.copy(ROOT / "data" / "corpus" / "000_09de478905b3451f.txt", tmp / "reports" / "briefing.txt")
    shutil.copytree(ROOT / "data" / "corpus", tmp / "big-corpus")
    return tmp


def _empty(args: list[str], stdout: str, stderr: str) -> str | None:
    """Why the output of a command that should give data is empty, or None."""
    if args[0] == "query" and "--list" not in args:
        fmt = args[args.index("--format") + 1] if "--format" in args else "table"
        if "(0 rows)" in stdout or not stdout.strip() or (fmt in ("csv", "tsv") and len(stdout.splitlines()) < 2):
            return "no rows"
    if args[0] == "viz" and re.search(r"kg: (Query result: )?0 of ", stderr):
        return "a page with 0 entities"
    if args[0] in ("analyze", "path", "evaluate", "validate", "export") and "--out" not in args and not stdout.strip():
        return "nothing on stdout"
    return None


def _run(runner: CliRunner, line: str, store: Path | None = None) -> list[str]:
    """Run one example line (with && and > FILE); the problems found."""
    problems = []
    for part in line.split(" && "):
        words = shlex.split(part, comments=True)
        target = None
        if ">" in words:
            at = words.index(">")
            words, target = words[:at], words[at + 1]
        if words[:3] == ["python", "-m", "kg"]:
            words = ["kg", *words[3:]]
        assert words[0] == "kg", line
        if store is not None and words[1] == "query":
            words[2:2] = ["--store", str(store)]
        result = runner.invoke(cli, words[1:], catch_exceptions=False)
        if result.exit_code != 0:
            problems.append(f"{part}: exit {result.exit_code}: {result.stderr.strip()[-500:]}")
            break
        if target is not None:
            Path(target).write_text(result.stdout, encoding="utf-8")
            if not result.stdout.strip():
                problems.append(f"{part}: {target} is empty")
        if why := _empty(words[1:], result.stdout, result.stderr):
            problems.append(f"{part}: {why}")
    return problems


@pytest.mark.parametrize("example", EXAMPLES, ids=[e.where for e in EXAMPLES])
def test_documented_example_runs(example: Example, example_base: Path, tmp_path: Path) -> None:
    work = _workspace(example_base, tmp_path)
    runner = CliRunner()
    problems: list[str] = []
    with _cwd(work):
        for command in example.commands:
            if example.sparql:
                words = ["query", "--store", str(example_base / "wide" / "store"), command]
                result = runner.invoke(cli, words, catch_exceptions=False)
                if result.exit_code != 0 or _empty(words, result.stdout, result.stderr):
                    problems.append(f"{command.splitlines()[0]}: {result.stderr.strip() or result.stdout.strip()}")
                continue
            if _skip_reason(command) is None:
                problems += _run(runner, command, example_base / "wide" / "store" if example.wide else None)
    assert not problems, "\n".join(problems)


def test_examples_are_found_and_few_are_skipped() -> None:
    commands = [c for e in EXAMPLES if not e.sparql for c in e.commands]
    assert len(commands) > 40
    assert any(e.sparql for e in EXAMPLES)
    skipped = [c for c in commands if _skip_reason(c)]
    assert len(skipped) <= 10, skipped  # servers: Fuseki, Dask scheduler (tests run Oxigraph and Dask)
    assert all(isinstance(c, click.Command) for c in cli.commands.values())


def test_param_value_typo_gets_did_you_mean(example_base: Path) -> None:
    with _cwd(example_base):
        result = CliRunner().invoke(cli, ["query", "--name", "country-facts", "--param", "country=Lithuanai"])
    assert result.exit_code == 0
    assert "(0 rows)" in result.stdout
    assert 'no entity is named "Lithuanai" (--param country); did you mean: Lithuania?' in result.stderr


def test_empty_view_says_which_type_is_missing(example_base: Path) -> None:
    with _cwd(example_base):
        result = CliRunner().invoke(cli, ["viz", "--types", "Country,PartnershipFramework",
                                          "--relations", "memberOf,partnerOf", "--out", "empty.html"])
    assert result.exit_code == 0
    assert "lead to InternationalOrganization" in result.stderr and "add it to --types" in result.stderr
    with _cwd(example_base):
        result = CliRunner().invoke(cli, ["viz", "--types", "Contry"])
    assert result.exit_code == 1 and "did you mean: Country?" in result.stderr
