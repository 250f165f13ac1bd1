"""Precomputed, deterministic node positions for the viewer (so the page needs no physics)."""

from __future__ import annotations

import math
from collections import deque
from typing import Hashable, Mapping, Sequence

import networkx as nx

from kg.exceptions import OptionError

__all__ = ["layout_positions", "positions_from_neighbours", "CORE_SIZE", "LAYOUTS"]

#: Layout names :func:`layout_positions` accepts (or a mapping of positions).
LAYOUTS = ("force", "spring", "circular")

#: How many of the best-ranked nodes get a force-directed layout; the others are placed
#: around their best-ranked neighbour, which keeps 30,000-node graphs to about a second.
CORE_SIZE = 800

_GOLDEN = math.pi * (3 - math.sqrt(5))  # the golden angle, radians
_GRAVITY = 0.25
_RING_STEP = 70.0
_SPACING = 70.0  # average distance between laid-out nodes, in page units (labels are 10-44)


def layout_positions(
    G: nx.Graph,
    order: Sequence[Hashable] | None = None,
    *,
    layout: str | Mapping[Hashable, Sequence[float]] = "force",
    core: int = CORE_SIZE,
    seed: int = 0,
) -> dict[Hashable, tuple[float, float]]:
    """Return ``{node: (x, y)}`` in viewer units (about 40 per node across), rounded to 0.1.

    The ``core`` first nodes of ``order`` (best first) are laid out with ``layout``; every
    other node is put on a small sunflower spiral around its best-ranked placed neighbour,
    breadth first, and the other components are packed on a sunflower spiral around them. Edge
    direction is ignored. Same graph, order and seed -> same positions.

    Parameters
    ----------
    G : networkx.Graph
        Any networkx graph; it is not modified.
    order : sequence of nodes, optional (default=None)
        Nodes best first (e.g. by PageRank); ``None`` means sorted node ids.
    layout : {"force", "spring", "circular"} or mapping, optional (default="force")
        ``"force"`` is a vectorised Fruchterman-Reingold with gravity (numpy, seeded; about
        0.5 s for 800 nodes), ``"spring"`` is :func:`networkx.spring_layout` with ``seed``
        (slower: 15 s for 1,000 nodes), ``"circular"`` a circle; a mapping gives ``(x, y)``
        positions of some nodes (in any units: they are rescaled).
    core : int, optional (default=CORE_SIZE)
        Nodes laid out by ``layout``; the rest are placed around them.
    seed : int, optional (default=0)
        Seed of the spring layout.

    Returns
    -------
    dict
        ``(x, y)`` floats for every node of ``G``.

    Raises
    ------
    OptionError
        If ``layout`` is an unknown name.

    Examples
    --------
    >>> G = nx.path_graph(3)
    >>> pos = layout_positions(G, [1, 0, 2], seed=0)
    >>> sorted(pos), pos == layout_positions(G, [1, 0, 2], seed=0)
    ([0, 1, 2], True)
    """
    _check_layout(layout)
    nodes = list(order) if order is not None else sorted(G, key=str)
    if len(nodes) != G.number_of_nodes() or set(nodes) != set(G):
        raise OptionError("order must list every node of G exactly once")
    if not nodes:
        return {}
    neighbours = {m: set(G.neighbors(m)) | (set(G.predecessors(m)) if G.is_directed() else set()) for m in nodes}
    return positions_from_neighbours(nodes, neighbours, layout=layout, core=core, seed=seed)


def positions_from_neighbours(
    nodes: Sequence[Hashable],
    neighbours: Mapping[Hashable, set],
    *,
    layout: str | Mapping[Hashable, Sequence[float]] = "force",
    core: int = CORE_SIZE,
    seed: int = 0,
) -> dict[Hashable, tuple[float, float]]:
    """:func:`layout_positions` from ``nodes`` (best first) and their neighbour sets.

    Examples
    --------
    >>> pos = positions_from_neighbours(["a", "b"], {"a": {"b"}, "b": {"a"}})
    >>> sorted(pos), pos["a"] != pos["b"]
    (['a', 'b'], True)
    """
    _check_layout(layout)
    nodes = list(nodes)
    if not nodes:
        return {}
    rank = {n: i for i, n in enumerate(nodes)}
    adj: dict[Hashable, list] = {n: [] for n in nodes}
    for m in nodes:  # in rank order, so every neighbour list comes out best first
        for n in neighbours.get(m, ()):
            if n != m:
                adj[n].append(m)

    if isinstance(layout, Mapping):
        given = [n for n in nodes if n in layout]
        raw = {n: (float(layout[n][0]), float(layout[n][1])) for n in given}
    else:
        core_set = set(nodes[:max(1, core)])
        # core nodes with no core neighbour would only be pushed to the rim: place them later
        given = [n for n in nodes[:max(1, core)] if any(m in core_set for m in adj[n])] or nodes[:max(1, core)]
        core_set = set(given)
        H = nx.Graph()
        H.add_nodes_from(given)
        H.add_edges_from((n, m) for n in given for m in adj[n] if m in core_set and rank[m] > rank[n])
        if layout == "force" and H.number_of_edges():
            # only the largest component: the small ones go on a compact spiral around it
            giant = max(nx.connected_components(H), key=lambda c: (len(c), -min(rank[n] for n in c)))
            given = [n for n in given if n in giant]
            H = H.subgraph(given)
        if layout == "circular":
            raw = nx.circular_layout(H)
        elif layout == "spring":
            raw = nx.spring_layout(H, seed=seed, iterations=60)
        else:
            raw = _force(given, H, seed=seed)
    pos = _rescale({n: raw[n] for n in given}, spacing=_SPACING)

    children: dict[Hashable, int] = {}
    outer = [0]

    def spiral(anchor: Hashable, center: tuple[float, float], step: float) -> tuple[float, float]:
        k = children.get(anchor, 0)
        children[anchor] = k + 1
        r = step * math.sqrt(k + 1.5)
        return center[0] + r * math.cos(k * _GOLDEN), center[1] + r * math.sin(k * _GOLDEN)

    def grow(start: list) -> None:
        queue = deque(start)
        while queue:
            n = queue.popleft()
            for m in adj[n]:
                if m not in pos:
                    pos[m] = spiral(n, pos[n], 14.0)
                    queue.append(m)

    grow(list(pos))
    # the sunflower of other components starts where the laid-out nodes thin out
    dists = sorted(math.hypot(x, y) for x, y in pos.values())
    radius = (dists[int(0.85 * (len(dists) - 1))] if dists else 0.0) + 40.0
    k0 = (radius / _RING_STEP) ** 2
    for n in nodes:  # components without a laid-out node: a sunflower around the core, best first
        if n not in pos:
            k = outer[0]
            outer[0] += 1
            r = _RING_STEP * math.sqrt(k0 + k)
            pos[n] = (r * math.cos(k * _GOLDEN), r * math.sin(k * _GOLDEN))
            grow([n])
    return {n: (round(x, 1), round(y, 1)) for n, (x, y) in pos.items()}


# helpers

def _check_layout(layout: object) -> None:
    if not isinstance(layout, Mapping) and layout not in LAYOUTS:
        raise OptionError(f"layout must be one of {', '.join(LAYOUTS)} or a mapping of positions, not {layout!r}")


def _rescale(raw: Mapping[Hashable, Sequence[float]], *, spacing: float) -> dict[Hashable, tuple[float, float]]:
    if not raw:
        return {}
    xs = [float(p[0]) for p in raw.values()]
    ys = [float(p[1]) for p in raw.values()]
    cx, cy = (max(xs) + min(xs)) / 2, (max(ys) + min(ys)) / 2
    extent = max(max(xs) - min(xs), max(ys) - min(ys)) or 1.0
    scale = spacing * math.sqrt(len(raw)) * 1.5 / extent
    return {n: ((float(p[0]) - cx) * scale, (float(p[1]) - cy) * scale) for n, p in raw.items()}


def _force(nodes: list, H: nx.Graph, *, seed: int, iterations: int = 60) -> dict[Hashable, tuple[float, float]]:
    import numpy as np

    n = len(nodes)
    if n == 1:
        return {nodes[0]: (0.0, 0.0)}
    idx = {v: i for i, v in enumerate(nodes)}
    ij = np.array([(idx[u], idx[v]) for u, v in H.edges()], dtype=np.int64).reshape(-1, 2)
    pos = np.random.RandomState(seed).uniform(-1, 1, (n, 2))
    k = 2.0 / math.sqrt(n)  # ideal edge length in a [-1, 1] box
    temp = 0.2
    for _ in range(iterations):
        x, y = pos[:, 0].astype(np.float32), pos[:, 1].astype(np.float32)
        dx = x[:, None] - x[None, :]
        dy = y[:, None] - y[None, :]
        w = dx * dx
        w += dy * dy
        np.maximum(w, 1e-6, out=w)
        np.divide(np.float32(k * k), w, out=w)  # repulsion k^2 / d along the unit vector
        disp = np.stack([(dx * w).sum(axis=1), (dy * w).sum(axis=1)], axis=1).astype(np.float64)
        if len(ij):
            d = pos[ij[:, 0]] - pos[ij[:, 1]]
            pull = d * (np.sqrt((d * d).sum(axis=1)) / k)[:, None]
            np.add.at(disp, ij[:, 0], -pull)
            np.add.at(disp, ij[:, 1], pull)
        disp -= pos * (_GRAVITY * math.sqrt(n) * k)  # gravity: keeps components together
        length = np.maximum(np.sqrt((disp * disp).sum(axis=1)), 1e-9)
        pos += disp * (np.minimum(length, temp) / length)[:, None]
        temp *= 0.95
    return {v: (float(pos[i, 0]), float(pos[i, 1])) for v, i in idx.items()}
