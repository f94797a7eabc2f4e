"""The public surface: one import path, sorted and pinned."""

from __future__ import annotations

import kg


def test_public_api_all_is_sorted_and_complete() -> None:
    assert kg.__all__ == sorted(kg.__all__)
    for name in kg.__all__:
        assert getattr(kg, name).__module__.startswith("kg."), name
    assert set(kg.__all__) <= set(dir(kg))


def test_public_api_errors_share_one_root() -> None:
    for name in ("ConfigError", "InputError", "QueryError", "RDFSyntaxError"):
        assert issubclass(getattr(kg, name), kg.KGError)


def test_public_api_cli_start_does_not_load_spacy() -> None:
    import subprocess
    import sys

    code = "import sys, kg.cli; print('spacy' in sys.modules)"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"
