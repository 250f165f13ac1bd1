"""Centralities on small graphs with known answers."""

from __future__ import annotations

import networkx as nx
import pytest

from kg.analytics import centrality
from kg.exceptions import EmptyGraphError


def test_star_betweenness_exact():
    bc = centrality.betweenness(nx.star_graph(5))
    assert bc[0] == pytest.approx(1.0)
    assert all(bc[i] == 0.0 for i in range(1, 6))


def test_path_betweenness_unnormalised():
    bc = centrality.betweenness(nx.path_graph(5), normalized=False)
    assert [bc[i] for i in range(5)] == [0.0, 3.0, 4.0, 3.0, 0.0]


def test_sampled_betweenness_is_seeded_and_finds_the_hub():
    G = nx.barbell_graph(30, 1)  # 61 nodes; 29 - 30 - 31 is the bridge between two cliques
    a = centrality.betweenness(G, k=20, seed=1)
    b = centrality.betweenness(G, k=20, seed=1)
    assert a == b
    assert {n for n, _ in centrality.rank(nx.Graph(), a, top=3)} == {29, 30, 31}
    assert all(a[n] == 0.0 for n in range(29))


def test_sample_size_rule():
    assert centrality.betweenness_sample_size(500, 10_000) == 500  # exact
    n, m = 200_000, 800_000
    k = centrality.betweenness_sample_size(n, m)
    assert k == centrality.BETWEENNESS_MIN_K
    assert centrality.betweenness_sample_size(2000, 3000) == centrality.BETWEENNESS_BUDGET // 5000


def test_pagerank_star_and_sum():
    pr = centrality.pagerank(nx.star_graph(4))
    assert sum(pr.values()) == pytest.approx(1.0)
    assert max(pr, key=pr.get) == 0
    assert pr[1] == pytest.approx(pr[4])


def test_pagerank_uses_weight():
    G = nx.Graph()
    G.add_edge("a", "b", weight=10)
    G.add_edge("a", "c", weight=1)
    pr = centrality.pagerank(G)
    assert pr["b"] > pr["c"]
    pr_u = centrality.pagerank(G, weight=None)
    assert pr_u["b"] == pytest.approx(pr_u["c"])


def test_degree_counts_distinct_neighbours_in_multidigraph():
    G = nx.MultiDiGraph()
    G.add_edge("p", "m", key="uses")
    G.add_edge("p", "m", key="proposes")
    G.add_edge("q", "m", key="uses")
    assert centrality.degree(G) == {"p": 1, "m": 2, "q": 1}


def test_rank_per_type_breaks_ties_by_id():
    G = nx.Graph()
    G.add_nodes_from([("m:b", {"type": "method"}), ("m:a", {"type": "method"}), ("d:x", {"type": "dataset"})])
    scores = {"m:b": 0.5, "m:a": 0.5, "d:x": 0.9}
    assert centrality.rank(G, scores, type="method") == [("m:a", 0.5), ("m:b", 0.5)]
    assert centrality.rank(G, scores, top=1) == [("d:x", 0.9)]


@pytest.mark.parametrize("fn", [centrality.degree, centrality.pagerank, centrality.betweenness])
def test_empty_graph_raises_typed_error(fn):
    with pytest.raises(EmptyGraphError):
        fn(nx.Graph())
