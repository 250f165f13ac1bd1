"""Weighted projections of the knowledge graph: undirected simple graph and entity co-occurrence."""

from __future__ import annotations

from collections import Counter, defaultdict
from itertools import combinations
from typing import Iterable

import networkx as nx

__all__ = [
    "undirected",
    "cooccurrence",
    "method_dataset",
    "method_task",
    "method_method",
]


def undirected(G: nx.MultiDiGraph, *, exclude: Iterable[str] = ()) -> nx.Graph:
    """Return the undirected simple graph of ``G``; ``weight`` counts the edges merged.

    Parameters
    ----------
    G : networkx.MultiDiGraph
        The knowledge graph.
    exclude : iterable of str, optional (default=())
        Node types to leave out (e.g. ``("author",)``).

    Returns
    -------
    networkx.Graph
        Same node attributes, nodes and edges in sorted order.

    Examples
    --------
    >>> G = nx.MultiDiGraph()
    >>> G.add_edge("paper:1", "method:a", key="uses")
    'uses'
    >>> G.add_edge("paper:1", "method:a", key="proposes")
    'proposes'
    >>> H = undirected(G)
    >>> H["paper:1"]["method:a"]["weight"]
    2
    """
    drop = set(exclude)
    keep = sorted(n for n, t in G.nodes(data="type") if t not in drop)
    H = nx.Graph()
    H.add_nodes_from((n, G.nodes[n]) for n in keep)
    node = H._node
    weights: Counter[tuple[str, str]] = Counter(
        (u, v) if u <= v else (v, u) for u, v in G.edges() if u != v and u in node and v in node
    )
    H.add_weighted_edges_from((u, v, weights[(u, v)]) for u, v in sorted(weights))
    return H


def cooccurrence(G: nx.MultiDiGraph, kind_a: str, kind_b: str) -> nx.Graph:
    """Return the graph linking entities of two types that occur in the same paper.

    ``weight`` is the number of papers linked to both. With ``kind_a == kind_b`` pairs of
    distinct entities of that type are linked.

    Parameters
    ----------
    G : networkx.MultiDiGraph
        The knowledge graph.
    kind_a, kind_b : str
        Node types, e.g. ``"method"`` and ``"dataset"``.

    Returns
    -------
    networkx.Graph
        Nodes carry the original attributes; every entity of the two types is a node.

    Examples
    --------
    >>> G = nx.MultiDiGraph()
    >>> G.add_nodes_from([("paper:1", {"type": "paper"}), ("paper:2", {"type": "paper"}),
    ...                   ("method:a", {"type": "method"}), ("dataset:x", {"type": "dataset"})])
    >>> for p in ("paper:1", "paper:2"):
    ...     _ = G.add_edge(p, "method:a", key="uses"); _ = G.add_edge(p, "dataset:x", key="evaluated_on")
    >>> cooccurrence(G, "method", "dataset").edges(data="weight")
    EdgeDataView([('dataset:x', 'method:a', 2)])
    """
    by_paper: dict[str, set[str]] = defaultdict(set)
    wanted = {kind_a, kind_b}
    for u, v in G.edges():
        if G.nodes[u].get("type") == "paper" and G.nodes[v].get("type") in wanted:
            by_paper[u].add(v)
    weights: Counter[tuple[str, str]] = Counter()
    for members in by_paper.values():
        for x, y in combinations(sorted(members), 2):
            tx, ty = G.nodes[x]["type"], G.nodes[y]["type"]
            if {tx, ty} == wanted or (kind_a == kind_b):
                weights[(x, y)] += 1
    H = nx.Graph()
    H.add_nodes_from((n, G.nodes[n]) for n in sorted(G) if G.nodes[n].get("type") in wanted)
    for (x, y) in sorted(weights):
        H.add_edge(x, y, weight=weights[(x, y)])
    return H


def method_dataset(G: nx.MultiDiGraph) -> nx.Graph:
    """Return the method-dataset co-occurrence graph (see :func:`cooccurrence`).

    Examples
    --------
    >>> method_dataset(nx.MultiDiGraph()).number_of_nodes()
    0
    """
    return cooccurrence(G, "method", "dataset")


def method_task(G: nx.MultiDiGraph) -> nx.Graph:
    """Return the method-task co-occurrence graph (see :func:`cooccurrence`).

    Examples
    --------
    >>> method_task(nx.MultiDiGraph()).number_of_edges()
    0
    """
    return cooccurrence(G, "method", "task")


def method_method(G: nx.MultiDiGraph) -> nx.Graph:
    """Return the method-method co-occurrence graph (see :func:`cooccurrence`).

    Examples
    --------
    >>> method_method(nx.MultiDiGraph()).number_of_edges()
    0
    """
    return cooccurrence(G, "method", "method")
