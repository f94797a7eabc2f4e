"""The lexicon's data files: read strictly, so that a slip in the data is an error, not a silent change."""

from __future__ import annotations

import pytest

from kg.errors import ConfigError
from kg.lexicon import _read_json, load_lexicon


def test_lexicon_a_repeated_section_is_an_error_naming_it(tmp_path) -> None:
    path = tmp_path / "relations.json"
    path.write_text('{"operation_nouns": ["force"], "verbs": {}, "operation_nouns": ["mission"]}', encoding="utf-8")
    with pytest.raises(ConfigError, match="repeated key.*'operation_nouns'"):
        _read_json(path)


def test_lexicon_the_bundled_files_load_with_one_operation_noun_list() -> None:
    nouns = load_lexicon().relations["operation_nouns"]
    assert {"mission", "force", "battle group"} <= set(nouns)
