"""Shared fixtures: the real spaCy pipeline and one build of the sample corpus per session."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import settings

import kg
from kg.api import BuildReport

# Property tests check behaviour, never speed: the machines are shared and noisy, and a
# per-example deadline is a timing assertion in disguise.
settings.register_profile("natokg", deadline=None)
settings.load_profile("natokg")

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "data" / "corpus"


@pytest.fixture(scope="session")
def nlp():
    """The real pipeline (model + natokg components), loaded once."""
    return kg.load_nlp()


@pytest.fixture(scope="session")
def corpus_paths() -> list[Path]:
    return sorted(CORPUS.glob("*.txt"))


@pytest.fixture(scope="session")
def sample_build(tmp_path_factory: pytest.TempPathFactory) -> BuildReport:
    """``kg.build`` of the sample corpus, written to a temporary folder (graph.ttl, graph.html)."""
    out = tmp_path_factory.mktemp("sample-build")
    return kg.build([CORPUS], out)


@pytest.fixture(scope="session")
def sample_extraction(sample_build: BuildReport) -> kg.Extraction:
    assert sample_build.extraction is not None
    return sample_build.extraction
