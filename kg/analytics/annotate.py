"""Add centralities and communities to the knowledge graph's nodes, in place."""

from __future__ import annotations

from collections import Counter
from typing import Iterable

import networkx as nx

from kg.analytics.centrality import betweenness, degree, pagerank
from kg.analytics.communities import label, louvain, modularity
from kg.graph.projections import undirected

__all__ = ["annotate", "CORE_EXCLUDE"]

#: Node types left out of PageRank, betweenness and Louvain: authors are numerous
#: (about 5 per paper) and would turn topic communities into co-author cliques.
CORE_EXCLUDE = ("author",)


def annotate(G: nx.MultiDiGraph, seed: int = 0, *, exclude: Iterable[str] = CORE_EXCLUDE) -> nx.MultiDiGraph:
    """Add ``degree, pagerank, betweenness, community`` to nodes and ``modularity, communities`` to ``G``.

    Centralities and communities are computed on the undirected simple projection of ``G``
    without the ``exclude`` node types (edge weight = number of edges merged); Louvain runs
    with ``prune_leaves=True`` (degree-1 nodes join their neighbour's community). Excluded
    nodes (authors) get ``degree`` and the ``community`` most common among their neighbours
    (ties: lowest community id), but no PageRank or betweenness. ``degree`` counts distinct
    neighbours in the whole graph. ``G.graph["communities"]`` lists ``{id, size, label}``
    (size counts excluded nodes too); ``G.graph["modularity"]`` is that of the projection;
    a seed other than 0 is recorded as ``G.graph["seed"]``, so an update can reuse it.

    Parameters
    ----------
    G : networkx.MultiDiGraph
        The knowledge graph; modified in place.
    seed : int, optional (default=0)
        Seed for Louvain and sampled betweenness.
    exclude : iterable of str, optional (default=("author",))
        Node types left out of the projection.

    Returns
    -------
    networkx.MultiDiGraph
        ``G`` itself.

    Examples
    --------
    >>> G = nx.MultiDiGraph()
    >>> G.add_nodes_from([("paper:1", {"type": "paper", "label": "P1"}),
    ...                   ("method:a", {"type": "method", "label": "A"})])
    >>> G.add_edge("paper:1", "method:a", key="uses")
    'uses'
    >>> G = annotate(G)
    >>> G.nodes["method:a"]["degree"], G.nodes["method:a"]["community"]
    (1, 0)
    >>> G.graph["communities"]
    [{'id': 0, 'size': 2, 'label': 'A'}]
    """
    if seed:
        G.graph["seed"] = seed
    else:
        G.graph.pop("seed", None)
    if G.number_of_nodes() == 0:
        G.graph["modularity"] = 0.0
        G.graph["communities"] = []
        return G
    for n, d in degree(G).items():
        G.nodes[n]["degree"] = d
    core = undirected(G, exclude=exclude)
    comms: list[set] = []
    if core.number_of_nodes():
        pr = pagerank(core)
        bc = betweenness(core, seed=seed)
        comms = louvain(core, prune_leaves=True, seed=seed)
        G.graph["modularity"] = float(modularity(core, comms))
        for n in core:
            G.nodes[n]["pagerank"] = pr[n]
            G.nodes[n]["betweenness"] = bc[n]
    else:
        pr = {}
        G.graph["modularity"] = 0.0
    core_member = {n: i for i, c in enumerate(comms) for n in c}
    member = dict(core_member)
    for n in G:
        if n in member:
            continue
        votes = Counter(core_member[m] for m in nx.all_neighbors(G, n) if m in core_member)
        if votes:
            member[n] = min(votes, key=lambda c: (-votes[c], c))
        else:
            member[n] = len(comms)
            comms.append({n})
    sizes = Counter(member.values())
    for n, c in member.items():
        G.nodes[n]["community"] = c
    G.graph["communities"] = [
        {"id": i, "size": sizes[i], "label": label(G, c, pr)} for i, c in enumerate(comms)
    ]
    return G
