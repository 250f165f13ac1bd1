"""Write the graph as one self-contained, offline, interactive HTML page (pyvis + vis-network)."""

from __future__ import annotations

import base64
import gzip
import hashlib
import html
import json
import os
import re
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, Hashable, Mapping

import networkx as nx

from kg.fileio import atomic_write
from kg.viz.data import page_data

__all__ = ["to_html", "render_html", "pack_json", "VIS_VERSION", "NODE_FIELDS"]

#: The vis-network build bundled with pyvis that the page inlines.
VIS_VERSION = "9.1.2"

_DEFAULT_TITLE = "paperkg knowledge graph"
#: Columns of a node row in the page (``type`` is an index into the page's ``types``).
#: The tooltip fields (``info``) of node ``i`` are item ``i`` of the ``kg-info`` block.
NODE_FIELDS = ("id", "type", "x", "y", "score", "degree", "community", "big", "name")
_MARKER = re.compile(r"__KG_[A-Z_]+__")


def to_html(
    G: nx.MultiDiGraph,
    path: str | os.PathLike = "graph.html",
    *,
    color_by: str = "type",
    size_by: str = "pagerank",
    top: int | None = 1000,
    title: str | None = None,
    layout: str | Mapping[Hashable, Any] = "force",
    seed: int = 0,
) -> Path:
    """Write ``G`` as an interactive HTML page to ``path`` (atomically) and return the path.

    The page needs nothing outside the file: vis-network (pyvis's bundled copy) and the
    graph data are inlined, and a Content-Security-Policy forbids every request, so it
    works from disk, over HTTP and in a notebook iframe. Nodes are coloured by type or
    community and sized by a centrality; positions are precomputed (physics off). It has a
    search box (names and aliases), filters (type, community, minimum degree, top N),
    neighbourhood highlighting on click and tooltips built with ``textContent`` only.
    The caller's graph is not modified; the same graph and options give the same bytes.

    Parameters
    ----------
    G : networkx.MultiDiGraph
        Graph following ``docs/ARCHITECTURE.md`` section 3, ideally annotated by
        ``kg.analytics.annotate``.
    path : path, optional (default="graph.html")
        Output file; parent folders are created.
    color_by : {"type", "community"}, optional (default="type")
    size_by : {"pagerank", "degree", "betweenness"}, optional (default="pagerank")
    top : int or None, optional (default=1000)
        Nodes shown when the page opens (best by ``size_by``); the rest stay in the page
        behind the "top" filter. ``None`` or 0 shows all.
    title : str, optional
        Page title and heading (escaped); default "paperkg knowledge graph".
    layout : {"force", "spring", "circular"} or mapping, optional (default="force")
        See :func:`kg.viz.layout.layout_positions`.
    seed : int, optional (default=0)
        Layout seed.

    Returns
    -------
    Path
        ``path``.

    Raises
    ------
    OptionError
        If an option is not allowed.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> G = nx.MultiDiGraph()
    >>> G.add_node("paper:1", type="paper", label="<b>Hi</b>", title="<b>Hi</b>")
    >>> out = to_html(G, pathlib.Path(tempfile.mkdtemp()) / "graph.html")
    >>> text = out.read_text()
    >>> "<b>Hi" in text, 'src="http' in text, "kg-data" in text
    (False, False, True)
    """
    text = render_html(G, color_by=color_by, size_by=size_by, top=top, title=title, layout=layout, seed=seed)
    out = Path(path)
    with atomic_write(out, "wb") as f:
        f.write(text.encode("utf-8"))
    return out


def render_html(
    G: nx.MultiDiGraph,
    *,
    color_by: str = "type",
    size_by: str = "pagerank",
    top: int | None = 1000,
    title: str | None = None,
    layout: str | Mapping[Hashable, Any] = "force",
    seed: int = 0,
) -> str:
    """Return the page :func:`to_html` writes, as text.

    Examples
    --------
    >>> G = nx.MultiDiGraph()
    >>> G.add_node("task:qa", type="task", label="QA", name="QA")
    >>> page = render_html(G, title="<script>x</script>")
    >>> "<title>&lt;script&gt;x&lt;/script&gt;</title>" in page
    True
    """
    from pyvis.network import Network  # imported here: pyvis pulls in jinja2 and IPython bits

    data = page_data(G, color_by=color_by, size_by=size_by, top=top, layout=layout, seed=seed)
    type_index = {t["name"]: i for i, t in enumerate(data["types"])}
    net = Network(directed=True, cdn_resources="in_line", heading="")
    # pyvis's data model holds the nodes, as rows of NODE_FIELDS (a third of the size of dicts)
    nodes = data.pop("nodes")
    net.nodes = [[_field(n, f, type_index) for f in NODE_FIELDS] for n in nodes]
    # tooltip fields: a second block, decoded after the first frame (the name is in the row)
    infos = [{k: v for k, v in n["info"].items() if k not in ("name", "title")} for n in nodes]
    net.options = _options(len(net.nodes))
    nodes, _, _, _, _, options = net.get_network_data()
    data["node_fields"] = list(NODE_FIELDS)
    data["nodes"] = nodes
    data["options"] = json.loads(options)

    vis_js, vis_css = _vis_assets()
    scripts = {
        "__KG_VIS_JS__": vis_js.replace("</script", "<\\/script"),
        "__KG_APP_JS__": _template("viewer.js"),
    }
    csp = "; ".join([
        "default-src 'none'",
        "script-src " + " ".join(_sha256(f"\n{s}\n") for s in scripts.values()),
        "style-src 'unsafe-inline'",
        "img-src data:",
        "font-src data:",
        "base-uri 'none'",
        "form-action 'none'",
    ])
    values = {
        "__KG_TITLE__": html.escape(title or _DEFAULT_TITLE),
        "__KG_SUMMARY__": html.escape(_summary(data)),
        "__KG_CSP__": html.escape(csp, quote=False).replace("\"", "&quot;"),
        "__KG_VIS_CSS__": vis_css.replace("</style", "<\\/style"),
        "__KG_CSS__": _template("viewer.css"),
        "__KG_DATA__": pack_json(data),
        "__KG_INFO__": pack_json(infos),
        **scripts,
    }
    return _MARKER.sub(lambda m: values[m.group(0)], _template("viewer.html"))


_BIDI_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]")


def pack_json(value: Any) -> str:
    """Return ``value`` as gzip-compressed compact JSON in base64: how the page embeds its data.

    Base64 cannot close a ``<script>`` element or open a comment, so no paper text can
    escape into the HTML; compression makes the page of a 90,000-node graph about three
    times smaller. The page decodes it with ``DecompressionStream``. Same value -> same text.
    Unicode bidirectional controls are dropped: paper text must not reorder what the page shows
    ("\u202e" would draw a label backwards, or make a name read as another).

    Examples
    --------
    >>> import base64, gzip
    >>> text = pack_json({"t": "</script><!--", "u": "abc\u202edef"})
    >>> set(text) <= set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=")
    True
    >>> json.loads(gzip.decompress(base64.b64decode(text)))
    {'t': '</script><!--', 'u': 'abcdef'}
    """
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    raw = _BIDI_CONTROLS.sub("", text).encode("utf-8")  # never JSON syntax, so safe to drop anywhere
    return base64.b64encode(gzip.compress(raw, compresslevel=6, mtime=0)).decode("ascii")


# helpers

@lru_cache(maxsize=None)
def _template(name: str) -> str:
    return resources.files("kg.viz").joinpath("templates", name).read_text(encoding="utf-8")


@lru_cache(maxsize=None)
def _vis_assets() -> tuple[str, str]:
    lib = resources.files("pyvis").joinpath("templates", "lib", f"vis-{VIS_VERSION}")
    # CR would be normalised by the HTML parser and break the script's CSP hash
    return tuple(lib.joinpath(name).read_text(encoding="utf-8").replace("\r\n", "\n").replace("\r", "\n")
                 for name in ("vis-network.min.js", "vis-network.css"))


def _field(node: Mapping[str, Any], field: str, type_index: Mapping[str, int]) -> Any:
    if field == "type":
        return type_index[node["type"]]
    if field == "name":
        return node["info"].get("name") or node["info"].get("title") or node["id"]
    return node.get(field)


def _sha256(script: str) -> str:
    digest = hashlib.sha256(script.encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"


def _options(n: int) -> dict[str, Any]:
    return {
        "autoResize": True,
        "physics": {"enabled": False},
        "layout": {"improvedLayout": False, "randomSeed": 0},
        "interaction": {"hover": True, "tooltipDelay": 150, "hideEdgesOnDrag": n > 500,
                        "hideEdgesOnZoom": n > 3000, "navigationButtons": False, "keyboard": False},
        "nodes": {"borderWidth": 1, "borderWidthSelected": 3,
                  "scaling": {"min": 6, "max": 44, "label": {"enabled": False, "drawThreshold": 8}},
                  "font": {"face": "system-ui, sans-serif", "color": "#202124"}},
        "edges": {"smooth": False, "width": 0.6, "selectionWidth": 1.5,
                  "arrows": {"to": {"enabled": True, "scaleFactor": 0.35}},
                  "color": {"color": "#b4b4b4", "highlight": "#444444", "hover": "#444444", "opacity": 0.6}},
    }


def _summary(data: Mapping[str, Any]) -> str:
    meta = data["meta"]
    parts = [f"{meta['node_count']:,} nodes"]
    if data["types"]:
        parts[0] += " (" + ", ".join(f"{t['count']:,} {t['name']}" for t in data["types"]) + ")"
    parts.append(f"{meta['edge_count']:,} edges")
    if data["communities"]:
        mod = meta.get("modularity")
        parts.append(f"{len(data['communities']):,} communities"
                     + (f" (modularity {mod:.2f})" if isinstance(mod, (int, float)) else ""))
    parts.append(f"colour: {meta['color_by']}, size: {meta['size_by']}")
    return " \u00b7 ".join(parts)
