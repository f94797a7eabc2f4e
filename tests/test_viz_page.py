"""graph.html as written by ``kg build``: self-contained, with the NATO node."""

from __future__ import annotations

import json
import re

from kg.api import BuildReport


def test_build_html_has_no_external_reference_and_has_nato(sample_build: BuildReport) -> None:
    page = sample_build.outputs["graph.html"].read_text(encoding="utf-8")
    assert not re.search(r"""(?:src|href)\s*=\s*["']?(?:https?:)?//""", page, re.IGNORECASE)
    assert "@import" not in page and "cdn.jsdelivr" not in page and "cdnjs" not in page
    nodes = json.loads(re.search(r"var allNodes = (\[.*?\]);\n", page, re.DOTALL).group(1))
    labels = {n["label"] for n in nodes}
    assert {"NATO", "Lithuania", "Program Against Terrorism"} <= labels
