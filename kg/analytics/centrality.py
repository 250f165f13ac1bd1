"""Node centralities (degree, PageRank, betweenness) and per-type rankings."""

from __future__ import annotations

import random

import networkx as nx
from networkx.utils import py_random_state

from kg.analytics.guards import require_nodes
from kg.analytics.ordering import sorted_integer_graph

__all__ = [
    "degree",
    "pagerank",
    "betweenness",
    "betweenness_sample_size",
    "rank",
    "EXACT_BETWEENNESS_MAX_NODES",
    "BETWEENNESS_BUDGET",
    "BETWEENNESS_MIN_K",
]

#: Betweenness is exact up to this many nodes; above it, ``k`` sources are sampled.
EXACT_BETWEENNESS_MAX_NODES = 1000
#: Sampled betweenness visits about this many nodes+edges in total (``k * (n + m)``);
#: networkx needs 2-4 microseconds per node or edge per source, so a few seconds.
BETWEENNESS_BUDGET = 1_000_000
#: Fewest sources sampled on a large graph (8 sources of a 170k-node, 320k-edge projection
#: take about 20 s of CPU; PageRank, not betweenness, drives the rankings).
BETWEENNESS_MIN_K = 8


def degree(G: nx.Graph) -> dict:
    """Return the number of distinct neighbours of each node (direction ignored).

    Examples
    --------
    >>> G = nx.MultiDiGraph([("p", "a"), ("p", "a"), ("q", "a")])
    >>> degree(G)
    {'p': 1, 'a': 2, 'q': 1}
    """
    require_nodes(G)
    if G.is_directed():
        return {n: len(set(G.successors(n)) | set(G.predecessors(n))) for n in G}
    return {n: len(G[n]) for n in G}


def pagerank(G: nx.Graph, *, weight: str | None = "weight", alpha: float = 0.85) -> dict:
    """Return the PageRank of each node.

    Parameters
    ----------
    G : networkx.Graph
        Usually the undirected projection (:func:`kg.graph.projections.undirected`): every
        knowledge-graph edge points away from a paper, so direction carries the relation,
        not a flow of importance.
    weight : str or None, optional (default="weight")
        Edge attribute used as weight; None for unweighted.
    alpha : float, optional (default=0.85)
        Damping factor.

    Returns
    -------
    dict
        Node -> score; scores sum to 1.

    Raises
    ------
    EmptyGraphError
        If ``G`` has no nodes.

    Examples
    --------
    >>> pr = pagerank(nx.star_graph(2))
    >>> round(pr[0], 3), round(pr[1], 3)
    (0.486, 0.257)
    """
    require_nodes(G)
    return nx.pagerank(G, alpha=alpha, weight=weight)


@py_random_state("seed")
def betweenness(G: nx.Graph, *, k: int | None = None, normalized: bool = True,
                seed: int | random.Random | None = 0) -> dict:
    """Return the (unweighted, shortest-path) betweenness centrality of each node.

    Exact when ``G`` has at most :data:`EXACT_BETWEENNESS_MAX_NODES` nodes; otherwise
    estimated from ``k`` source nodes sampled with ``seed`` (see
    :func:`betweenness_sample_size`), so it stays within seconds on 50k-node graphs.

    Parameters
    ----------
    G : networkx.Graph
        Usually the undirected projection.
    k : int, optional (default=None)
        Number of sampled sources; None chooses as described above.
    normalized : bool, optional (default=True)
        Divide by the number of node pairs.
    seed : int, random.Random or None, optional (default=0)
        Seed of the source sample.

    Returns
    -------
    dict
        Node -> betweenness.

    Raises
    ------
    EmptyGraphError
        If ``G`` has no nodes.

    Examples
    --------
    >>> bc = betweenness(nx.star_graph(3))
    >>> bc[0], bc[1]
    (1.0, 0.0)
    """
    require_nodes(G)
    if k is None:
        k = betweenness_sample_size(G.number_of_nodes(), G.number_of_edges())
    k = min(k, G.number_of_nodes())
    H, nodes = sorted_integer_graph(G, weight=None)  # same sample and sums whatever the hash seed
    if k >= H.number_of_nodes():
        scores = nx.betweenness_centrality(H, normalized=normalized)
    else:
        scores = nx.betweenness_centrality(H, k=k, normalized=normalized, seed=seed)
    return {nodes[i]: scores[i] for i in range(len(nodes))}


def betweenness_sample_size(n: int, m: int) -> int:
    """Return how many sources :func:`betweenness` uses on a graph of ``n`` nodes, ``m`` edges.

    ``n`` (exact) up to :data:`EXACT_BETWEENNESS_MAX_NODES` nodes, otherwise
    ``BETWEENNESS_BUDGET // (n + m)`` clamped to ``[BETWEENNESS_MIN_K, n]`` (8).

    Examples
    --------
    >>> betweenness_sample_size(100, 300)
    100
    >>> betweenness_sample_size(2000, 3000)
    200
    >>> betweenness_sample_size(50_000, 300_000)
    8
    """
    if n <= EXACT_BETWEENNESS_MAX_NODES:
        return n
    return max(BETWEENNESS_MIN_K, min(n, BETWEENNESS_BUDGET // max(1, n + m)))


def rank(G: nx.Graph, scores: dict, *, type: str | None = None, top: int | None = 10) -> list[tuple]:
    """Return ``(node, score)`` pairs, best first, optionally only nodes of one ``type``.

    Ties are broken by node id, so rankings are deterministic.

    Examples
    --------
    >>> G = nx.Graph()
    >>> G.add_nodes_from([("a", {"type": "method"}), ("b", {"type": "method"}), ("c", {"type": "task"})])
    >>> rank(G, {"a": 0.1, "b": 0.5, "c": 0.9}, type="method")
    [('b', 0.5), ('a', 0.1)]
    """
    items = [(n, s) for n, s in scores.items() if type is None or G.nodes[n].get("type") == type]
    items.sort(key=lambda x: (-x[1], x[0]))
    return items if top is None else items[:top]
