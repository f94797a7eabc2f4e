"""Big pages: communities collapse into cluster nodes that expand on click; entities without
relations are listed in the side panel instead of drawn."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import networkx as nx
import pytest
from test_viz import ARTIFACTS, Opened, browser, sample_net  # noqa: F401  (fixtures)

from kg.viz import render_html


@pytest.mark.browser
def test_cluster_node_expands_on_click(browser: Any, sample_net: nx.MultiDiGraph, tmp_path: Path) -> None:  # noqa: F811
    path = tmp_path / "clustered.html"
    path.write_text(render_html(sample_net, cluster_above=5), encoding="utf-8")
    opened = Opened(browser, path)
    page = opened.page
    clusters = "() => kgClusters()"
    before = page.evaluate(clusters)
    assert before, "the sample's big communities are clusters"
    nato = page.evaluate("() => KG.nodes.find(n => n.label === 'NATO').id")
    assert page.evaluate("(id) => inCluster(id) && nodes.get(id).hidden", nato)  # inside a cluster
    isolated = sum(1 for n in sample_net if sample_net.degree(n) == 0)
    assert page.inner_text("#unconnected-count") == str(isolated)
    assert page.evaluate("() => nodes.get({filter: n => n.parked && !n.hidden}).length") == 0
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "clusters.png"))
    cluster = page.evaluate("(id) => 'cluster:' + byId[id].community", nato)
    assert cluster in before
    opened.click_node(cluster)
    page.wait_for_timeout(200)
    assert cluster not in page.evaluate(clusters) and len(page.evaluate(clusters)) == len(before) - 1
    assert page.evaluate("(id) => !inCluster(id) && !nodes.get(id).hidden", nato)  # drawn on its own now
    assert page.evaluate("() => edges.get({filter: e => e.cluster === true}).length") == 0  # no cluster left here
    assert "community expanded" in page.inner_text("#status")
    page.close()
    opened = Opened(browser, path)  # afresh: finding an entity opens the cluster it is in
    poland = opened.page.evaluate("() => KG.nodes.find(n => n.label === 'Poland').id")
    assert opened.page.evaluate("(id) => inCluster(id)", poland)
    assert opened.search("Poland") == [poland]
    assert opened.page.evaluate("(id) => !inCluster(id) && !nodes.get(id).hidden", poland)
    assert opened.errors == [] and all(url.startswith("file://") for url in opened.requests)
    opened.page.close()


def test_small_pages_are_not_clustered(sample_net: nx.MultiDiGraph) -> None:  # noqa: F811
    assert '"clustered": false' in render_html(sample_net).replace("clustered: false", '"clustered": false')
    assert "clustered: true" in render_html(sample_net, cluster_above=5)
    assert "clustered: false" in render_html(sample_net, cluster_above=0)
