"""Order-independent copies of a graph, so results never depend on Python's string hashing."""

from __future__ import annotations

from typing import Hashable

import networkx as nx

__all__ = ["sorted_integer_graph"]


def sorted_integer_graph(G: nx.Graph, *, weight: str | None = "weight") -> tuple[nx.Graph, list[Hashable]]:
    """Return a copy of undirected ``G`` on nodes ``0..n-1`` (in sorted id order) and the id list.

    networkx's Louvain and sampled betweenness iterate over sets and node order; on string ids
    that order changes with ``PYTHONHASHSEED``. Integer ids in sorted order, with edges added in
    sorted order, make every run on the same graph give the same numbers.

    Parameters
    ----------
    G : networkx.Graph
        An undirected graph.
    weight : str or None, optional (default="weight")
        Edge attribute copied over (the only one); None copies no attribute.

    Returns
    -------
    (networkx.Graph, list)
        The integer graph and ``nodes`` such that integer ``i`` stands for ``nodes[i]``.

    Examples
    --------
    >>> G = nx.Graph([("b", "a", {"weight": 2.0}), ("c", "b")])
    >>> H, nodes = sorted_integer_graph(G)
    >>> nodes, sorted(H.edges(data="weight"))
    (['a', 'b', 'c'], [(0, 1, 2.0), (1, 2, None)])
    """
    nodes = sorted(G, key=str)
    index = {n: i for i, n in enumerate(nodes)}
    H = nx.Graph()
    H.add_nodes_from(range(len(nodes)))
    edges = [(tuple(sorted((index[u], index[v]))), d) for u, v, d in G.edges(data=True)]
    for (u, v), d in sorted(edges, key=lambda e: e[0]):
        if weight is not None and weight in d:
            H.add_edge(u, v, **{weight: d[weight]})
        else:
            H.add_edge(u, v)
    return H, nodes
