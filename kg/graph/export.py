"""Write the graph as GraphML, GEXF and node-link JSON, with deterministic bytes."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any, Iterator

import networkx as nx

from kg.fileio import atomic_write
from kg.graph.xmlwriters import write_gexf, write_graphml

__all__ = ["write_graph_files", "graph_to_json", "graph_from_json", "read_graph_attrs", "flat_attrs", "GEPHI_OMIT"]

#: Attributes left out of GraphML and GEXF (kept in graph.json): long text that makes the
#: files huge and that Gephi cannot use.
GEPHI_OMIT = frozenset({"abstract", "evidence"})


def write_graph_files(G: nx.MultiDiGraph, outdir: str | os.PathLike) -> list[Path]:
    """Write ``graph.graphml``, ``graph.gexf`` and ``graph.json`` into ``outdir``.

    GraphML and GEXF are for Gephi: flat attributes (lists and dicts as JSON strings, ``None``
    dropped), without the bulky :data:`GEPHI_OMIT` (abstracts, edge evidence), and unique
    edge ids ``e0, e1, ...`` so Gephi keeps parallel edges; the edge type
    is the ``type`` attribute in GraphML and ``relation`` in GEXF (where ``type`` is reserved).
    ``graph.json`` holds everything: node-link JSON that :func:`graph_from_json` reads back
    losslessly.
    Nodes and edges are written sorted and no timestamp is written, so the same graph gives
    the same bytes.

    Parameters
    ----------
    G : networkx.MultiDiGraph
        The (annotated) knowledge graph.
    outdir : path
        Directory, created if missing.

    Returns
    -------
    list of Path
        The files written.

    Examples
    --------
    >>> import tempfile
    >>> G = nx.MultiDiGraph()
    >>> G.add_node("paper:1", type="paper", label="A", urls=["https://x.org"])
    >>> G.add_node("method:a", type="method", label="A-Net", aliases=[])
    >>> G.add_edge("paper:1", "method:a", key="uses", type="uses", evidence=[])
    'uses'
    >>> [p.name for p in write_graph_files(G, tempfile.mkdtemp())]
    ['graph.graphml', 'graph.gexf', 'graph.json']
    """
    out = Path(outdir)
    out.mkdir(parents=True, exist_ok=True)
    nodes = sorted(G)
    edges = sorted(G.edges(keys=True), key=lambda e: (e[0], e[1], str(e[2])))

    def node_items():
        return ((n, _gephi(G.nodes[n])) for n in nodes)

    def edge_items(type_name):
        for i, (u, v, k) in enumerate(edges):
            attrs = _gephi(G.edges[u, v, k])
            attrs.pop("type", None)
            attrs[type_name] = G.edges[u, v, k].get("type", k)
            yield u, v, f"e{i}", attrs

    paths = [out / "graph.graphml", out / "graph.gexf", out / "graph.json"]
    with atomic_write(paths[0]) as f:
        write_graphml(f, flat_attrs(G.graph), node_items, lambda: edge_items("type"))
    with atomic_write(paths[1]) as f:
        write_gexf(f, node_items, lambda: edge_items("relation"))
    with atomic_write(paths[2]) as f:
        for chunk in _json_chunks(G):
            f.write(chunk)
    return paths


def graph_to_json(G: nx.MultiDiGraph) -> str:
    """Return ``G`` as node-link JSON text (sorted, one line per node/edge).

    Examples
    --------
    >>> G = nx.MultiDiGraph(modularity=0.5)
    >>> G.add_edge("paper:1", "task:t", key="addresses", type="addresses")
    'addresses'
    >>> graph_from_json(graph_to_json(G)).graph["modularity"]
    0.5
    """
    return "".join(_json_chunks(G))


def graph_from_json(text: str) -> nx.MultiDiGraph:
    """Rebuild the graph from :func:`graph_to_json` text.

    Examples
    --------
    >>> G = nx.MultiDiGraph()
    >>> G.add_node("method:a", type="method", aliases=["A"])
    >>> graph_from_json(graph_to_json(G)).nodes["method:a"]["aliases"]
    ['A']
    """
    data = json.loads(text)
    return nx.node_link_graph(data, directed=True, multigraph=True, edges="edges")


def read_graph_attrs(path: str | os.PathLike) -> dict[str, Any]:
    """Return the graph attributes (``G.graph``) of a ``graph.json`` without reading its nodes and edges.

    :func:`graph_to_json` writes them on the line before the nodes, so only the head of the file
    is read; a node-link file laid out otherwise is read whole.

    Raises
    ------
    InputError
        If the file cannot be read or is not a node-link graph.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> path = pathlib.Path(tempfile.mkdtemp()) / "graph.json"
    >>> _ = path.write_text(graph_to_json(nx.MultiDiGraph(modularity=0.5, min_confidence=0.4)))
    >>> read_graph_attrs(path)
    {'min_confidence': 0.4, 'modularity': 0.5}
    """
    from kg.exceptions import InputError

    try:
        with open(path, encoding="utf-8") as f:
            for _, line in zip(range(4), f):
                if line.startswith('"graph": ') and line.rstrip().endswith(","):
                    attrs = json.loads(line[len('"graph": '):].rstrip().rstrip(","))
                    if isinstance(attrs, dict):
                        return attrs
        attrs = json.loads(Path(path).read_text(encoding="utf-8")).get("graph", {})
    except OSError as err:
        raise InputError(f"{path}: cannot read ({err.strerror or err})") from err
    except (ValueError, AttributeError) as err:
        raise InputError(f"{path}: not a node-link graph: {err}") from err
    if not isinstance(attrs, dict):
        raise InputError(f"{path}: not a node-link graph: no graph attributes")
    return attrs


def flat_attrs(attrs: dict[str, Any]) -> dict[str, Any]:
    """Return attributes GraphML/GEXF can hold, sorted by key: lists/dicts as JSON strings, ``None`` dropped.

    Examples
    --------
    >>> flat_attrs({"aliases": ["A", "B"], "upvotes": None, "degree": 3})
    {'aliases': '["A","B"]', 'degree': 3}
    """
    flat = {}
    for key, value in sorted(attrs.items()):  # key order decides GraphML/GEXF key ids
        if value is None:
            continue
        if isinstance(value, (list, tuple, dict, set)):
            if isinstance(value, set):
                value = sorted(value)
            value = _dumps(value)
        flat[key] = value
    return flat


# helpers

def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def _gephi(attrs: dict[str, Any]) -> dict[str, Any]:
    return flat_attrs({k: v for k, v in attrs.items() if k not in GEPHI_OMIT})


def _json_chunks(G: nx.MultiDiGraph) -> Iterator[str]:
    """Node-link JSON (``edges="edges"``) in pieces: one node or edge per line, sorted."""
    yield "{\n"
    yield f'"directed": {json.dumps(G.is_directed())},\n"multigraph": {json.dumps(G.is_multigraph())},\n'
    yield f'"graph": {_dumps(G.graph)},\n"nodes": [\n'
    for i, n in enumerate(sorted(G)):
        yield ("" if i == 0 else ",\n") + _dumps({**G.nodes[n], "id": n})
    yield '\n],\n"edges": [\n'
    edges = sorted(G.edges(keys=True), key=lambda e: (e[0], e[1], str(e[2])))
    for i, (u, v, k) in enumerate(edges):
        yield ("" if i == 0 else ",\n") + _dumps({**G.edges[u, v, k], "source": u, "target": v, "key": k})
    yield "\n]\n}\n"
