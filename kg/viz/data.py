"""The viewer's page data: nodes with positions, colours, sizes and tooltip fields, and edges."""

from __future__ import annotations

import json
import math
from collections import Counter
from typing import Any, Hashable, Iterable, Mapping

import networkx as nx

from kg.exceptions import OptionError
from kg.viz.layout import positions_from_neighbours

__all__ = ["page_data", "TYPE_COLORS", "TYPE_SHAPES", "EDGE_ORDER", "COLOR_BY", "SIZE_BY"]

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
#: Edge types in display order.
EDGE_ORDER = ("proposes", "uses", "evaluated_on", "addresses", "has_code", "published_by", "has_author")
COLOR_BY = ("type", "community")
SIZE_BY = ("pagerank", "degree", "betweenness")

_OTHER = "#9aa0a6"
_COMMUNITY_COLORS = (
    "#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#b07aa1", "#ff9da7",
    "#9c755f", "#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#8c564b", "#e377c2", "#17becf",
    "#bcbd22", "#aec7e8", "#ffbb78", "#98df8a",
)
_MAX_ABSTRACT = 700
_MAX_EVIDENCE = 2
_MAX_SENTENCE = 160
_MAX_ALIASES = 12


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

    Nodes are listed best first by ``size_by`` (ties by id); each has ``id, type, x, y,
    score, degree``, ``community`` and ``big`` (label shown at first sight) when set, and
    ``info``, the tooltip fields: for a paper its title, date, upvotes, organisations, links
    and abstract; for an entity its name, aliases, paper count and evidence sentences.
    Colours, shapes and sizes follow from ``types``, ``communities`` and ``meta``. Edges
    are ``[source index, target index, bit mask over edge_types, confidence]``, parallel edges
    merged; the confidence is the highest of the merged edges', ``None``
    for links that have none (code, organisation, author), which the page never hides.
    Nothing in ``G`` is modified.

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
    OptionError
        If ``color_by``, ``size_by`` or ``top`` is not allowed.

    Examples
    --------
    >>> G = nx.MultiDiGraph()
    >>> G.add_node("paper:1", type="paper", label="BERT on GLUE", title="BERT on GLUE")
    >>> G.add_node("method:bert", type="method", label="BERT", name="BERT", aliases=["Bidirectional"])
    >>> G.add_edge("paper:1", "method:bert", key="uses", type="uses", confidence=0.93)
    'uses'
    >>> d = page_data(G, size_by="degree")
    >>> [n["id"] for n in d["nodes"]], d["edges"], d["edge_types"]
    (['method:bert', 'paper:1'], [[1, 0, 1, 0.93]], ['uses'])
    >>> d["nodes"][0]["info"]["aliases"]
    ['Bidirectional']
    """
    if color_by not in COLOR_BY:
        raise OptionError(f"color_by must be one of {', '.join(COLOR_BY)}, not {color_by!r}")
    if size_by not in SIZE_BY:
        raise OptionError(f"size_by must be one of {', '.join(SIZE_BY)}, not {size_by!r}")
    if top is not None and (not isinstance(top, int) or top < 0):
        raise OptionError(f"top must be a non-negative integer or None, not {top!r}")

    ids = sorted(G, key=str)
    neighbours: dict[Hashable, set] = {n: set() for n in ids}
    merged: dict[tuple[Hashable, Hashable], set[str]] = {}
    confidence: dict[tuple[Hashable, Hashable], float] = {}
    sources: dict[Hashable, list] = {}  # entity -> [(paper, edge attrs)] for counts and evidence
    orgs: dict[Hashable, list[str]] = {}
    repos: dict[Hashable, list[str]] = {}
    edge_count = 0
    for u, v, k, e in G.edges(keys=True, data=True):
        edge_count += 1
        if u == v:
            continue
        etype = str(e.get("type") or k)
        neighbours[u].add(v)
        neighbours[v].add(u)
        merged.setdefault((u, v), set()).add(etype)
        if isinstance(e.get("confidence"), (int, float)):
            confidence[u, v] = max(float(e["confidence"]), confidence.get((u, v), 0.0))
        if G.nodes[u].get("type") == "paper":
            sources.setdefault(v, []).append((u, e))
            if etype == "published_by":
                orgs.setdefault(u, []).append(_display_name(v, G.nodes[v]))
            elif G.nodes[v].get("type") == "repository" and G.nodes[v].get("url"):
                repos.setdefault(u, []).append(str(G.nodes[v]["url"]))

    degree = {n: _number(G.nodes[n].get("degree"), len(neighbours[n])) for n in ids}
    score = {n: degree[n] if size_by == "degree" else _number(G.nodes[n].get(size_by), 0.0) for n in ids}
    order = sorted(ids, key=lambda n: (-score[n], str(n)))
    index = {n: i for i, n in enumerate(order)}
    pos = positions_from_neighbours(order, neighbours, layout=layout, seed=seed)

    communities = _communities(G)
    big = _headline(order, G)
    nodes = []
    for n in order:
        d = G.nodes[n]
        comm = d.get("community")
        x, y = pos[n]
        node = {"id": str(n), "type": str(d.get("type") or "other"), "x": round(x), "y": round(y),
                "score": _round(score[n]), "degree": degree[n]}
        if isinstance(comm, int):
            node["community"] = comm
        if n in big:
            node["big"] = True
        if node["type"] == "paper":
            node["info"] = _paper_info(n, d, orgs.get(n, ()), repos.get(n, ()))
        else:
            node["info"] = _entity_info(n, d, sources.get(n, ()))
        nodes.append(node)

    edge_types = sorted({t for ts in merged.values() for t in ts},
                        key=lambda t: (EDGE_ORDER.index(t) if t in EDGE_ORDER else 99, t))
    bit = {t: 1 << i for i, t in enumerate(edge_types)}
    edges = sorted(([index[u], index[v], sum(bit[t] for t in ts), _round(confidence.get((u, v)))]
                    for (u, v), ts in merged.items()), key=lambda e: e[:2])

    type_counts = Counter(nd["type"] for nd in nodes)
    types = sorted(type_counts, key=lambda t: (list(TYPE_COLORS).index(t) if t in TYPE_COLORS else 99, t))
    return {
        "meta": {
            "color_by": color_by, "size_by": size_by,
            "top": 0 if not top else min(top, len(nodes)),
            "node_count": len(nodes), "edge_count": edge_count,
            "max_score": _round(max(score.values(), default=0)),
            "modularity": _round(G.graph.get("modularity")) if G.graph.get("modularity") is not None else None,
            "min_confidence": _number(G.graph.get("min_confidence"), 0.0),
        },
        "types": [{"name": t, "count": type_counts[t], "color": TYPE_COLORS.get(t, _OTHER),
                   "shape": TYPE_SHAPES.get(t, "dot")} for t in types],
        "edge_types": edge_types,
        "communities": communities,
        "nodes": nodes,
        "edges": edges,
    }


# helpers

def _headline(order: list, G: nx.MultiDiGraph, overall: int = 8, per_type: int = 4) -> set:
    """The nodes whose labels show at first sight: the best overall and the best of each type.

    None on a graph of under 100 nodes: the view opens close enough to read every label, and
    large ones would only cover each other.
    """
    if len(order) < 100:
        return set()
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


def _paper_info(n: Hashable, d: Mapping[str, Any], orgs: Iterable[str], repos: Iterable[str]) -> dict:
    info: dict[str, Any] = {"title": str(d.get("title") or d.get("label") or n)}
    for key in ("published", "upvotes", "authors_count", "arxiv_id"):
        if key == "arxiv_id" and f"paper:{d.get(key)}" == str(n):
            continue  # the id already says it
        if d.get(key) not in (None, ""):
            info[key] = d[key] if isinstance(d[key], (int, float)) and not isinstance(d[key], bool) else str(d[key])
    if orgs:
        info["organizations"] = sorted(set(orgs))
    links = list(dict.fromkeys([*(str(u) for u in _list(d.get("urls"))), *sorted(repos)]))
    if links:
        info["links"] = links
    abstract = " ".join(str(d.get("abstract") or "").split())
    if abstract:
        info["abstract"] = abstract if len(abstract) <= _MAX_ABSTRACT else abstract[:_MAX_ABSTRACT] + "\u2026"
    return info


def _entity_info(n: Hashable, d: Mapping[str, Any], sources: Iterable[tuple[Hashable, Mapping]]) -> dict:
    info: dict[str, Any] = {"name": _display_name(n, d)}
    aliases = [str(a) for a in _list(d.get("aliases")) if str(a) != info["name"]]
    if aliases:
        info["aliases"] = aliases[:_MAX_ALIASES]
    sources = sorted(sources, key=lambda pe: str(pe[0]))
    info["paper_count"] = int(_number(d.get("paper_count"), len({p for p, _ in sources})))
    if d.get("url"):
        info["links"] = [str(d["url"])]
    evidence: list[str] = []
    for _, e in sources:
        for mention in _list(e.get("evidence")):
            sentence = " ".join(str(mention.get("sentence") or "").split()) if isinstance(mention, dict) else ""
            if len(sentence) > _MAX_SENTENCE:
                sentence = sentence[:_MAX_SENTENCE] + "\u2026"
            if sentence and sentence not in evidence:
                evidence.append(sentence)
                break  # one sentence per paper
        if len(evidence) >= _MAX_EVIDENCE:
            break
    if evidence:
        info["evidence"] = evidence
    return info

