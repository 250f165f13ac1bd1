"""Louvain communities, modularity and labels on graphs with known structure."""

from __future__ import annotations

import networkx as nx
import pytest

from kg.analytics import communities
from kg.exceptions import EmptyGraphError


def _two_cliques():
    """Two 5-cliques joined by one bridge edge (4 -- 5)."""
    G = nx.barbell_graph(5, 0)
    return G


def test_two_cliques_joined_by_a_bridge_give_two_communities():
    G = _two_cliques()
    parts = communities.louvain(G, seed=0)
    assert parts == [{0, 1, 2, 3, 4}, {5, 6, 7, 8, 9}]
    # m = 21 edges, each side: 10 internal edges, degree sum 21
    expected = 2 * (10 / 21 - (21 / 42) ** 2)
    assert communities.modularity(G, parts) == pytest.approx(expected)
    assert expected == pytest.approx(0.4524, abs=1e-4)


def test_same_seed_same_partition_and_sorted_by_size():
    G = nx.connected_caveman_graph(4, 6)
    nx.add_path(G, [100, 101, 0])  # a smaller appendage
    a = communities.louvain(G, seed=3)
    b = communities.louvain(G, seed=3)
    assert a == b
    sizes = [len(c) for c in a]
    assert sizes == sorted(sizes, reverse=True)
    assert set().union(*a) == set(G)


def test_weights_change_the_partition():
    G = nx.Graph()
    G.add_edge("a", "b", weight=10)
    G.add_edge("b", "c", weight=1)
    G.add_edge("c", "d", weight=10)
    parts = communities.louvain(G, seed=0)
    assert sorted(map(sorted, parts)) == [["a", "b"], ["c", "d"]]


def test_label_uses_most_central_non_paper_members():
    G = nx.Graph()
    G.add_nodes_from([
        ("paper:1", {"type": "paper", "label": "Some paper"}),
        ("author:x", {"type": "author", "label": "X"}),
        ("method:t", {"type": "method", "label": "Transformer"}),
        ("dataset:i", {"type": "dataset", "label": "ImageNet"}),
        ("task:c", {"type": "task", "label": "image classification"}),
        ("method:r", {"type": "method", "label": "ResNet"}),
    ])
    scores = {"paper:1": 0.9, "author:x": 0.8, "method:t": 0.5, "dataset:i": 0.4, "task:c": 0.3, "method:r": 0.1}
    assert communities.label(G, set(G), scores) == "Transformer, ImageNet, image classification"
    assert communities.label(G, {"paper:1", "author:x"}, scores) == "Some paper"


def test_label_does_not_repeat_a_name_shared_by_two_kinds():
    G = nx.Graph()
    G.add_nodes_from([
        ("method:icl", {"type": "method", "label": "in-context learning"}),
        ("task:icl", {"type": "task", "label": "in-context learning"}),
        ("task:fsl", {"type": "task", "label": "few-shot learning"}),
        ("method:gpt", {"type": "method", "label": "GPT-3"}),
    ])
    scores = {"method:icl": 0.5, "task:icl": 0.4, "task:fsl": 0.3, "method:gpt": 0.2}
    assert communities.label(G, set(G), scores) == "in-context learning, few-shot learning, GPT-3"


def test_empty_graph_raises():
    with pytest.raises(EmptyGraphError):
        communities.louvain(nx.Graph())


def test_pruned_leaves_join_their_neighbours_community():
    G = nx.barbell_graph(5, 0)
    G.add_edge(0, "leaf0")
    G.add_edge(9, "leaf9")
    G.add_edge("a", "b")  # a component of two leaves
    G.add_node("alone")
    parts = communities.louvain(G, prune_leaves=True, seed=0)
    assert parts == [{0, 1, 2, 3, 4, "leaf0"}, {5, 6, 7, 8, 9, "leaf9"}, {"a", "b"}, {"alone"}]
    full = communities.louvain(G, seed=0)
    assert communities.modularity(G, parts) == pytest.approx(communities.modularity(G, full))
