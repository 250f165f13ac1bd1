"""The viewer's page data: nodes with positions, colours, sizes and tooltip fields, and edges."""

from __future__ import annotations

import json
import math
from collections import Counter
from typing import Any, Hashable, Mapping

import networkx as nx

from kg.viz.layout import layout_positions

__all__ = ["page_data", "TYPE_COLORS", "TYPE_SHAPES", "COLOR_BY", "SIZE_BY"]

#: Node colour of each node type (``color_by="type"``).
TYPE_COLORS = {
    "paper": "#4e79a7", "method": "#f28e2b", "dataset": "#59a14f", "task": "#e15759",
    "repository": "#76b7b2", "organization": "#b07aa1", "author": "#9c755f",
}
#: vis-network shape of each node type (shapes still tell types apart when colouring by community).
TYPE_SHAPES = {
    "paper": "dot", "method": "diamond", "dataset": "square", "task": "triangle",
    "repository": "star", "organization": "hexagon", "author": "triangleDown",
}
COLOR_BY = ("type", "community")
SIZE_BY = ("pagerank", "degree", "betweenness")

_OTHER = "#9aa0a6"
_COMMUNITY_COLORS = (
    "#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#b07aa1", "#ff9da7",
    "#9c755f", "#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#8c564b", "#e377c2", "#17becf",
    "#bcbd22", "#aec7e8", "#ffbb78", "#98df8a",
)
_MAX_ABSTRACT = 1500
_MAX_EVIDENCE = 3
_MAX_ALIASES = 12
_LABEL_LEN = 40


def page_data(
    G: nx.MultiDiGraph,
    *,
    color_by: str = "type",
    size_by: str = "pagerank",
    top: int | None = 1000,
    layout: str | Mapping[Hashable, Any] = "force",
    seed: int = 0,
) -> dict[str, Any]:
    """Return the JSON-able data the viewer page draws, built from copies of ``G``'s attributes.

    Nodes are listed best first by ``size_by`` (ties by id); each has ``id, label, type, x,
    y, value, color, shape, degree, score, community, big`` (label shown at first sight) and ``info`` (the tooltip fields:
    for a paper its title, date, upvotes, organisations, links and abstract; for an entity
    its name, aliases, paper count and evidence sentences). Edges are
    ``[source index, target index, edge types]`` with parallel edges merged. Nothing in
    ``G`` is modified.

    Parameters
    ----------
    G : networkx.MultiDiGraph
        Graph following ``docs/ARCHITECTURE.md`` section 3 (analytics attributes optional:
        a missing measure counts as 0, a missing degree is computed).
    color_by : {"type", "community"}, optional (default="type")
    size_by : {"pagerank", "degree", "betweenness"}, optional (default="pagerank")
    top : int or None, optional (default=1000)
        Nodes shown when the page opens (the best by ``size_by``); ``None`` or 0 shows all.
    layout : str or mapping, optional (default="force")
        See :func:`kg.viz.layout.layout_positions`.
    seed : int, optional (default=0)
        Layout seed.

    Returns
    -------
    dict
        ``meta``, ``types``, ``edge_types``, ``communities``, ``nodes``, ``edges``.

    Raises
    ------
    ValueError
        If ``color_by``, ``size_by`` or ``top`` is not allowed.

    Examples
    --------
    >>> G = nx.MultiDiGraph()
    >>> G.add_node("paper:1", type="paper", label="BERT on GLUE", title="BERT on GLUE")
    >>> G.add_node("method:bert", type="method", label="BERT", name="BERT", aliases=["Bidirectional"])
    >>> G.add_edge("paper:1", "method:bert", key="uses", type="uses")
    'uses'
    >>> d = page_data(G, size_by="degree")
    >>> [n["id"] for n in d["nodes"]], d["edges"]
    (['method:bert', 'paper:1'], [[1, 0, ['uses']]])
    >>> d["nodes"][0]["info"]["aliases"]
    ['Bidirectional']
    """
    if color_by not in COLOR_BY:
        raise ValueError(f"color_by must be one of {', '.join(COLOR_BY)}, not {color_by!r}")
    if size_by not in SIZE_BY:
        raise ValueError(f"size_by must be one of {', '.join(SIZE_BY)}, not {size_by!r}")
    if top is not None and (not isinstance(top, int) or top < 0):
        raise ValueError(f"top must be a non-negative integer or None, not {top!r}")

    ids = sorted(G, key=str)
    neighbours = {n: set(G.predecessors(n)) | set(G.successors(n)) for n in ids}
    degree = {n: _number(G.nodes[n].get("degree"), len(neighbours[n] - {n})) for n in ids}
    score = {n: degree[n] if size_by == "degree" else _number(G.nodes[n].get(size_by), 0.0) for n in ids}
    order = sorted(ids, key=lambda n: (-score[n], str(n)))
    index = {n: i for i, n in enumerate(order)}
    pos = layout_positions(G, order, layout=layout, seed=seed)

    communities = _communities(G)
    comm_color = {c["id"]: c["color"] for c in communities}
    top_score = max(score.values(), default=0) or 1
    orgs = _organisations(G)
    big = _headline(order, G)
    nodes = []
    for n in order:
        d = G.nodes[n]
        ntype = str(d.get("type") or "other")
        comm = d.get("community")
        x, y = pos[n]
        nodes.append({
            "id": str(n),
            "label": _short(_display_name(n, d)),
            "type": ntype,
            "x": x, "y": y,
            "value": round(1 + 99 * math.sqrt(max(score[n], 0) / top_score), 2),
            "color": TYPE_COLORS.get(ntype, _OTHER) if color_by == "type" else comm_color.get(comm, _OTHER),
            "shape": TYPE_SHAPES.get(ntype, "dot"),
            "degree": degree[n],
            "score": _round(score[n]),
            "community": comm if isinstance(comm, int) else None,
            "big": n in big,
            "info": _info(G, n, d, orgs),
        })

    merged: dict[tuple[int, int], set[str]] = {}
    for u, v, k, e in G.edges(keys=True, data=True):
        if u == v:
            continue
        merged.setdefault((index[u], index[v]), set()).add(str(e.get("type") or k))
    edges = [[s, t, sorted(types)] for (s, t), types in sorted(merged.items())]

    type_counts = Counter(nd["type"] for nd in nodes)
    types = sorted(type_counts, key=lambda t: (list(TYPE_COLORS).index(t) if t in TYPE_COLORS else 99, t))
    edge_types = sorted({t for _, _, ts in edges for t in ts})
    return {
        "meta": {
            "color_by": color_by, "size_by": size_by,
            "top": 0 if not top else min(top, len(nodes)),
            "node_count": len(nodes), "edge_count": G.number_of_edges(),
            "modularity": _round(G.graph.get("modularity")) if G.graph.get("modularity") is not None else None,
        },
        "types": [{"name": t, "count": type_counts[t], "color": TYPE_COLORS.get(t, _OTHER),
                   "shape": TYPE_SHAPES.get(t, "dot")} for t in types],
        "edge_types": edge_types,
        "communities": communities,
        "nodes": nodes,
        "edges": edges,
    }


# helpers

def _headline(order: list, G: nx.MultiDiGraph, overall: int = 12, per_type: int = 6) -> set:
    """The nodes whose labels show at first sight: the best overall and the best of each type."""
    big = set(order[:overall])
    seen: Counter = Counter()
    for n in order:
        t = G.nodes[n].get("type")
        if t in ("method", "dataset", "task") and seen[t] < per_type:
            seen[t] += 1
            big.add(n)
    return big


def _number(value: Any, default: float) -> float:
    if isinstance(value, bool) or value is None:
        return default
    try:
        x = float(value)
    except (TypeError, ValueError):
        return default
    if math.isnan(x):
        return default
    return int(x) if x.is_integer() and not isinstance(value, float) else x


def _round(x: Any) -> Any:
    if isinstance(x, float):
        return float(f"{x:.6g}")
    return x


def _short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= _LABEL_LEN else text[: _LABEL_LEN - 1].rstrip() + "\u2026"


def _display_name(n: Hashable, d: Mapping[str, Any]) -> str:
    for key in ("name", "label", "title"):
        if d.get(key):
            return str(d[key])
    return str(n)


def _list(value: Any) -> list:
    if isinstance(value, str):  # a list flattened to JSON text (GraphML/GEXF round trip)
        try:
            value = json.loads(value)
        except ValueError:
            return [value] if value else []
    if isinstance(value, (list, tuple, set)):
        return sorted(value, key=str) if isinstance(value, set) else list(value)
    return []


def _communities(G: nx.MultiDiGraph) -> list[dict[str, Any]]:
    sizes = Counter(c for _, c in G.nodes(data="community") if isinstance(c, int))
    labels = {c.get("id"): c.get("label") for c in G.graph.get("communities") or [] if isinstance(c, dict)}
    ordered = sorted(sizes, key=lambda c: (-sizes[c], c))
    return [{"id": c, "size": sizes[c], "label": str(labels.get(c) or f"community {c}"),
             "color": _COMMUNITY_COLORS[i] if i < len(_COMMUNITY_COLORS) else _OTHER}
            for i, c in enumerate(ordered)]


def _organisations(G: nx.MultiDiGraph) -> dict[Hashable, list[str]]:
    out: dict[Hashable, list[str]] = {}
    for u, v, k, e in G.edges(keys=True, data=True):
        if (e.get("type") or k) == "published_by":
            out.setdefault(u, []).append(_display_name(v, G.nodes[v]))
    return {u: sorted(set(names)) for u, names in out.items()}


def _info(G: nx.MultiDiGraph, n: Hashable, d: Mapping[str, Any], orgs: Mapping[Hashable, list[str]]) -> dict:
    info: dict[str, Any] = {}
    if d.get("type") == "paper":
        info["title"] = str(d.get("title") or d.get("label") or n)
        for key in ("published", "upvotes", "authors_count", "arxiv_id"):
            if d.get(key) not in (None, ""):
                info[key] = d[key] if isinstance(d[key], (int, float)) else str(d[key])
        if orgs.get(n):
            info["organizations"] = orgs[n]
        links = [str(u) for u in _list(d.get("urls"))]
        for v in sorted(G.successors(n), key=str):
            if G.nodes[v].get("type") == "repository" and G.nodes[v].get("url"):
                links.append(str(G.nodes[v]["url"]))
        if links:
            info["links"] = list(dict.fromkeys(links))
        abstract = " ".join(str(d.get("abstract") or "").split())
        if abstract:
            info["abstract"] = abstract if len(abstract) <= _MAX_ABSTRACT else abstract[:_MAX_ABSTRACT] + "\u2026"
        return info
    info["name"] = _display_name(n, d)
    aliases = [str(a) for a in _list(d.get("aliases")) if str(a) != info["name"]]
    if aliases:
        info["aliases"] = aliases[:_MAX_ALIASES]
    papers = sorted({u for u in G.predecessors(n) if G.nodes[u].get("type") == "paper"}, key=str)
    info["paper_count"] = int(_number(d.get("paper_count"), len(papers)))
    if d.get("url"):
        info["links"] = [str(d["url"])]
    evidence: list[str] = []
    for u in papers:
        for e in G.get_edge_data(u, n).values():
            for mention in _list(e.get("evidence")):
                sentence = " ".join(str(mention.get("sentence") or "").split()) if isinstance(mention, dict) else ""
                if sentence and sentence not in evidence:
                    evidence.append(sentence[:400])
            if len(evidence) >= _MAX_EVIDENCE:
                break
        if len(evidence) >= _MAX_EVIDENCE:
            break
    if evidence:
        info["evidence"] = evidence[:_MAX_EVIDENCE]
    return info
