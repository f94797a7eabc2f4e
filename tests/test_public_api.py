"""The public surface: one import path, sorted and pinned."""

from __future__ import annotations

import kg


def test_public_api_all_is_sorted_and_complete() -> None:
    assert kg.__all__ == sorted(kg.__all__)
    public = {name for name in vars(kg) if not name.startswith("_")}
    modules = {name for name in public if type(getattr(kg, name)).__name__ == "module"}
    assert set(kg.__all__) == public - modules - {"annotations"}


def test_public_api_errors_share_one_root() -> None:
    for name in ("ConfigError", "InputError", "QueryError", "RDFSyntaxError"):
        assert issubclass(getattr(kg, name), kg.KGError)
