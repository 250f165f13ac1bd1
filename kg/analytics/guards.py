"""Input checks shared by the analytics functions."""

from __future__ import annotations

import networkx as nx

from kg.exceptions import EmptyGraphError

__all__ = ["require_nodes"]


def require_nodes(G: nx.Graph) -> None:
    """Raise :class:`~kg.exceptions.EmptyGraphError` if ``G`` has no nodes.

    Raises
    ------
    EmptyGraphError
        ``the graph has no nodes``.

    Examples
    --------
    >>> require_nodes(nx.path_graph(3))
    >>> require_nodes(nx.Graph())  # doctest: +IGNORE_EXCEPTION_DETAIL
    Traceback (most recent call last):
    kg.exceptions.EmptyGraphError: the graph has no nodes
    """
    if G.number_of_nodes() == 0:
        raise EmptyGraphError("the graph has no nodes")
