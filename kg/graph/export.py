"""Write the graph as GraphML, GEXF and node-link JSON, with deterministic bytes."""

from __future__ import annotations

import io
import json
import os
from pathlib import Path
from typing import Any

import networkx as nx

from kg.fileio import atomic_write

__all__ = ["write_graph_files", "graph_to_json", "graph_from_json", "flat_attrs", "GEPHI_OMIT"]

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
    flat = _flat_graph(G)

    buf = io.BytesIO()
    nx.write_graphml(flat, buf, infer_numeric_types=True)
    paths = [_write(out / "graph.graphml", buf.getvalue())]

    gexf = _flat_graph(G, edge_type_name="relation")
    writer = nx.readwrite.gexf.GEXFWriter(encoding="utf-8", prettyprint=True, version="1.2draft")
    for meta in writer.xml.iter("meta"):
        meta.attrib.pop("lastmodifieddate", None)  # a timestamp would break byte-identical builds
    writer.add_graph(gexf)
    buf = io.BytesIO()
    writer.write(buf)
    paths.append(_write(out / "graph.gexf", buf.getvalue()))

    paths.append(_write(out / "graph.json", graph_to_json(G).encode("utf-8")))
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
    data = nx.node_link_data(G, edges="edges")
    data["nodes"] = sorted(data["nodes"], key=lambda d: d["id"])
    data["edges"] = sorted(data["edges"], key=lambda d: (d["source"], d["target"], str(d.get("key"))))
    lines = ["{", f'"directed": {json.dumps(data["directed"])},',
             f'"multigraph": {json.dumps(data["multigraph"])},',
             f'"graph": {_dumps(data["graph"])},', '"nodes": [']
    lines.append(",\n".join(_dumps(n) for n in data["nodes"]))
    lines.append("],")
    lines.append('"edges": [')
    lines.append(",\n".join(_dumps(e) for e in data["edges"]))
    lines.append("]")
    lines.append("}")
    return "\n".join(lines) + "\n"


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


def _flat_graph(G: nx.MultiDiGraph, *, edge_type_name: str = "type") -> nx.MultiDiGraph:
    H = nx.MultiDiGraph()
    H.graph.update(flat_attrs(G.graph))
    H.add_nodes_from((n, _gephi(G.nodes[n])) for n in sorted(G))
    edges = sorted(G.edges(keys=True, data=True), key=lambda e: (e[0], e[1], str(e[2])))
    out = []
    for i, (u, v, k, data) in enumerate(edges):
        attrs = _gephi(data)
        etype = attrs.pop("type", k)
        attrs[edge_type_name] = etype
        if edge_type_name != "type":
            attrs["id"] = f"e{i}"
        out.append((u, v, f"e{i}", attrs))
    H.add_edges_from(out)
    return H


def _gephi(attrs: dict[str, Any]) -> dict[str, Any]:
    return flat_attrs({k: v for k, v in attrs.items() if k not in GEPHI_OMIT})


def _write(path: Path, data: bytes) -> Path:
    with atomic_write(path, "wb") as f:
        f.write(data)
    return path
