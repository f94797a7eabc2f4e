"""The WebGL page (kg.webgl) for big graphs: self-contained, searchable, filtered by date."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import networkx as nx
import pytest
from click.testing import CliRunner
from test_viz import ARTIFACTS, Opened, browser, hostile_net, sample_net  # noqa: F401  (fixtures)

from kg.api import BuildReport
from kg.cli import cli
from kg.viz import make_page
from kg.webgl import render_webgl


def test_webgl_page_is_self_contained(sample_net: nx.MultiDiGraph) -> None:  # noqa: F811
    page = render_webgl(sample_net, title="t")
    assert not re.search(r"""(?:src|href)\s*=\s*["']?(?:https?:)?//""", page, re.IGNORECASE)
    assert "default-src 'none'" in page and "sourceMappingURL" not in page
    assert "Sigma" in page and "graphology" in page


def test_renderer_choice(sample_build: BuildReport, tmp_path: Path) -> None:
    graph = sample_build.outputs["graph.ttl"]
    assert "sigma.js" in make_page(graph, renderer="webgl").html
    assert "vis-network" not in make_page(graph, renderer="webgl").html[:2000]
    assert "sigma.js" not in make_page(graph).html  # small graphs: the vis-network page
    result = CliRunner().invoke(cli, ["viz", str(graph), "--renderer", "webgl", "--out", str(tmp_path / "w.html")])
    assert result.exit_code == 0 and "WebGL page" in (tmp_path / "w.html").read_text(encoding="utf-8")


@pytest.mark.browser
def test_webgl_page_in_chromium(browser: Any, sample_net: nx.MultiDiGraph, tmp_path: Path) -> None:  # noqa: F811
    path = tmp_path / "webgl.html"
    path.write_text(render_webgl(sample_net, title="webgl"), encoding="utf-8")
    opened = Opened(browser, path)
    page = opened.page
    assert page.evaluate("() => graph.order") == sample_net.number_of_nodes()
    assert page.evaluate("() => graph.size") == sample_net.number_of_edges()
    page.fill("#search", "lithuania")
    page.press("#search", "Enter")
    page.wait_for_timeout(500)
    assert page.inner_text("#details").startswith("Lithuania") and "adopted" in page.inner_text("#details")
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "webgl-sample.png"))
    treaty = "() => edgeShown[E.findIndex(e => RELATIONS[e[2]].name === 'established' && N[e[0]][1] === 'Washington Treaty')]"
    assert page.evaluate(treaty) is True
    page.evaluate("() => kgAsOf('1948-06-30')")  # before the treaty (1949)
    assert page.evaluate(treaty) is False and "as of 1948-06" in page.inner_text("#status")
    page.uncheck("#types input >> nth=0")
    assert opened.errors == [] and all(url.startswith("file://") for url in opened.requests)
    page.close()


@pytest.mark.browser
def test_webgl_markup_stays_text(browser: Any, hostile_net: nx.MultiDiGraph, tmp_path: Path) -> None:  # noqa: F811
    path = tmp_path / "hostile.html"
    path.write_text(render_webgl(hostile_net), encoding="utf-8")
    opened = Opened(browser, path)
    opened.page.fill("#search", "turkey")
    opened.page.fill("#search", "Türkiye")
    opened.page.press("#search", "Enter")
    opened.page.wait_for_timeout(300)
    assert "<img src=x" in opened.page.inner_text("#details")
    assert opened.page.evaluate("() => window.pwned") is None
    assert opened.page.evaluate("() => document.querySelectorAll('#details :is(script,img,b)').length") == 0
    assert opened.errors == []
    opened.page.close()
