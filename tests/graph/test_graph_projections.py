"""Projections: undirected simple graph and weighted co-occurrence graphs."""

from __future__ import annotations

import networkx as nx

from kg.graph import projections


def _graph():
    G = nx.MultiDiGraph()
    for p in ("paper:1", "paper:2", "paper:3"):
        G.add_node(p, type="paper")
    for n, t in [("method:a", "method"), ("method:b", "method"), ("dataset:x", "dataset"),
                 ("task:t", "task"), ("author:z", "author")]:
        G.add_node(n, type=t)
    for p in ("paper:1", "paper:2"):
        G.add_edge(p, "method:a", key="uses")
        G.add_edge(p, "dataset:x", key="evaluated_on")
    G.add_edge("paper:1", "method:b", key="uses")
    G.add_edge("paper:3", "method:b", key="proposes")
    G.add_edge("paper:3", "task:t", key="addresses")
    G.add_edge("paper:1", "author:z", key="has_author")
    return G


def test_method_dataset_weights_count_shared_papers():
    H = projections.method_dataset(_graph())
    assert sorted(H.edges(data="weight")) == [("dataset:x", "method:a", 2), ("dataset:x", "method:b", 1)]
    assert not H.has_edge("method:a", "method:b")


def test_method_task_and_method_method():
    assert list(projections.method_task(_graph()).edges(data="weight")) == [("method:b", "task:t", 1)]
    assert list(projections.method_method(_graph()).edges(data="weight")) == [("method:a", "method:b", 1)]


def test_undirected_merges_parallel_edges_and_excludes_types():
    G = _graph()
    G.add_edge("paper:3", "method:b", key="uses")
    H = projections.undirected(G, exclude=("author",))
    assert not H.is_directed() and not H.is_multigraph()
    assert "author:z" not in H
    assert H["paper:3"]["method:b"]["weight"] == 2
    assert H.number_of_edges() == 7
