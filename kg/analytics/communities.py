"""Communities: Louvain with a fixed seed, modularity, and labels from central members."""

from __future__ import annotations

import random

import networkx as nx
from networkx.utils import py_random_state

from kg.analytics.guards import require_nodes
from kg.analytics.ordering import sorted_integer_graph

__all__ = ["louvain", "modularity", "label", "LABEL_TYPES"]

#: Node types that may label a community (papers and authors only as a last resort).
LABEL_TYPES = ("method", "task", "dataset", "repository", "organization")


@py_random_state("seed")
def louvain(G: nx.Graph, *, weight: str | None = "weight", resolution: float = 1.0,
            prune_leaves: bool = False, seed: int | random.Random | None = 0) -> list[set]:
    """Return the Louvain communities of ``G`` as a list of sets, largest first.

    Ties in size are ordered by the smallest node id, so the order is deterministic.
    With ``prune_leaves``, nodes of degree 1 are left out of Louvain and then join their
    neighbour's community (which always raises modularity for a degree-1 node); on a
    knowledge graph, where most entities occur in one paper, this roughly halves the work.

    Parameters
    ----------
    G : networkx.Graph
        An undirected graph (use :func:`kg.graph.projections.undirected` on the knowledge graph).
    weight : str or None, optional (default="weight")
        Edge weight attribute.
    resolution : float, optional (default=1.0)
        Above 1 favours smaller communities.
    prune_leaves : bool, optional (default=False)
        Attach degree-1 nodes after running Louvain on the rest.
    seed : int, random.Random or None, optional (default=0)
        Seed of Louvain's node order.

    Returns
    -------
    list of set
        Communities covering every node, sorted by size (descending).

    Raises
    ------
    EmptyGraphError
        If ``G`` has no nodes.

    Examples
    --------
    >>> G = nx.barbell_graph(3, 0)
    >>> louvain(G, seed=0)
    [{0, 1, 2}, {3, 4, 5}]
    """
    require_nodes(G)
    if G.is_directed():
        G = G.to_undirected(as_view=True)
    H, nodes = sorted_integer_graph(G, weight=weight)
    return _sorted([{nodes[i] for i in part} for part in _louvain(H, weight, resolution, prune_leaves, seed)])


def _louvain(G: nx.Graph, weight, resolution, prune_leaves, seed) -> list[set]:
    if not prune_leaves:
        return nx.community.louvain_communities(G, weight=weight, resolution=resolution, seed=seed)
    leaves = {n for n in G if len(G[n]) == 1 and n not in G[n]}
    rest = G.subgraph([n for n in G if n not in leaves])
    parts = []
    if rest.number_of_nodes():
        parts = [set(c) for c in nx.community.louvain_communities(
            rest, weight=weight, resolution=resolution, seed=seed)]
    member = {n: i for i, c in enumerate(parts) for n in c}
    for leaf in sorted(leaves):
        if leaf in member:
            continue
        (nbr,) = G[leaf]
        if nbr not in member:  # two leaves joined to each other
            member[nbr] = len(parts)
            parts.append({nbr})
        member[leaf] = member[nbr]
        parts[member[nbr]].add(leaf)
    return parts


def modularity(G: nx.Graph, communities: list[set], *, weight: str | None = "weight") -> float:
    """Return the modularity of a partition of undirected ``G``.

    Examples
    --------
    >>> round(modularity(nx.barbell_graph(3, 0), [{0, 1, 2}, {3, 4, 5}]), 4)
    0.3571
    """
    if G.number_of_edges() == 0:
        return 0.0
    H, nodes = sorted_integer_graph(G, weight=weight)  # float sums in a hash-independent order
    index = {n: i for i, n in enumerate(nodes)}
    return nx.community.modularity(H, [{index[n] for n in c} for c in communities], weight=weight)


def label(G: nx.Graph, community: set, scores: dict, *, size: int = 3) -> str:
    """Return a label naming the ``size`` most central non-paper members of ``community``.

    Only members whose type is in :data:`LABEL_TYPES` qualify, ranked by ``scores`` (ties by
    id); a name already in the label is not repeated (a method and a task may share one: "in-context
    learning"); a community with no such member is labelled by its top-scoring member.

    Examples
    --------
    >>> G = nx.Graph()
    >>> G.add_nodes_from([("paper:1", {"type": "paper", "label": "P"}),
    ...                   ("method:a", {"type": "method", "label": "ResNet"}),
    ...                   ("task:icl", {"type": "task", "label": "ResNet"}),
    ...                   ("task:t", {"type": "task", "label": "image classification"})])
    >>> label(G, set(G), {"paper:1": 0.5, "method:a": 0.3, "task:icl": 0.25, "task:t": 0.2})
    'ResNet, image classification'
    """
    def text(n):
        return str(G.nodes[n].get("label") or G.nodes[n].get("name") or n)

    ranked = sorted(community, key=lambda n: (-scores.get(n, 0.0), str(n)))
    names: dict[str, str] = {}
    for n in ranked:
        if G.nodes[n].get("type") in LABEL_TYPES:
            names.setdefault(text(n).casefold(), text(n))
            if len(names) == size:
                break
    return ", ".join(names.values()) if names else ", ".join(text(n) for n in ranked[:1])


# helpers

def _sorted(parts) -> list[set]:
    return sorted((set(c) for c in parts), key=lambda c: (-len(c), min(map(str, c))))
