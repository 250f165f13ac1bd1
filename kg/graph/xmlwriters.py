"""Streaming GraphML and GEXF writers: constant memory, valid XML, deterministic bytes."""

from __future__ import annotations

import re
from typing import IO, Any, Callable, Iterable, Iterator

__all__ = ["write_graphml", "write_gexf", "xml_text", "NodeSource", "EdgeSource"]

# Flat graph data: (graph attrs, iterable of (node, attrs), iterable of (source, target, edge id, attrs)),
# attrs holding only str, int, float and bool values. Iterables are called twice (types, then data).
Nodes = Iterable[tuple[str, dict[str, Any]]]
Edges = Iterable[tuple[str, str, str, dict[str, Any]]]
#: A zero-argument callable returning the nodes (called once per pass: types, then data).
NodeSource = Callable[[], Nodes]
#: A zero-argument callable returning the edges.
EdgeSource = Callable[[], Edges]

_BAD_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_GRAPHML_TYPES = {bool: "boolean", int: "long", float: "double", str: "string"}
_GEXF_TYPES = {bool: "boolean", int: "long", float: "double", str: "string"}


def xml_text(value: Any) -> str:
    """Return ``value`` as XML-escaped text (attribute-safe), dropping characters XML 1.0 forbids.

    Examples
    --------
    >>> xml_text('a < b & "c"\\x00')
    'a &lt; b &amp; &quot;c&quot;'
    >>> xml_text(True), xml_text(0.5)
    ('true', '0.5')
    """
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return repr(value)
    s = _BAD_XML.sub("", str(value))
    return (s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;").replace("\n", "&#10;").replace("\r", "&#13;").replace("\t", "&#9;"))


def write_graphml(f: IO[str], graph: dict[str, Any], nodes: NodeSource, edges: EdgeSource) -> None:
    """Write GraphML (directed) to text file ``f``; ``nodes``/``edges`` are zero-argument callables.

    Examples
    --------
    >>> import io
    >>> buf = io.StringIO()
    >>> write_graphml(buf, {}, lambda: [("a", {"type": "method"})], lambda: [])
    >>> '<node id="a"><data key="d0">method</data></node>' in buf.getvalue()
    True
    """
    keys = {}
    for scope, items in (("graph", [graph]), ("node", (a for _, a in nodes())),
                         ("edge", (a for *_, a in edges()))):
        for name, typ in _types(items).items():
            keys[(scope, name)] = (f"d{len(keys)}", _GRAPHML_TYPES[typ])
    w = f.write
    w("<?xml version='1.0' encoding='utf-8'?>\n")
    w('<graphml xmlns="http://graphml.graphdrawing.org/xmlns" '
      'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
      'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns '
      'http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n')
    for (scope, name), (kid, typ) in keys.items():
        w(f'  <key id="{kid}" for="{scope}" attr.name="{xml_text(name)}" attr.type="{typ}" />\n')
    w('  <graph edgedefault="directed">\n')
    for line in _graphml_data(graph, keys, "graph"):
        w(f"    {line}\n")
    for n, attrs in nodes():
        w(f'    <node id="{xml_text(n)}">{"".join(_graphml_data(attrs, keys, "node"))}</node>\n')
    for u, v, eid, attrs in edges():
        w(f'    <edge id="{xml_text(eid)}" source="{xml_text(u)}" target="{xml_text(v)}">'
          f'{"".join(_graphml_data(attrs, keys, "edge"))}</edge>\n')
    w("  </graph>\n</graphml>\n")


def write_gexf(f: IO[str], nodes: NodeSource, edges: EdgeSource, *, creator: str = "paperkg") -> None:
    """Write GEXF 1.2 (directed, static) to ``f``; node ``label`` becomes the GEXF label.

    Examples
    --------
    >>> import io
    >>> buf = io.StringIO()
    >>> write_gexf(buf, lambda: [("a", {"label": "A", "type": "method"})], lambda: [])
    >>> '<node id="a" label="A"><attvalues><attvalue for="0" value="method" /></attvalues></node>' in buf.getvalue()
    True
    """
    node_types = _types(({k: v for k, v in a.items() if k != "label"} for _, a in nodes()))
    edge_types = _types((a for *_, a in edges()))
    node_ids = {name: str(i) for i, name in enumerate(node_types)}
    edge_ids = {name: str(i) for i, name in enumerate(edge_types)}
    w = f.write
    w("<?xml version='1.0' encoding='utf-8'?>\n")
    w('<gexf xmlns="http://www.gexf.net/1.2draft" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
      'xsi:schemaLocation="http://www.gexf.net/1.2draft http://www.gexf.net/1.2draft/gexf.xsd" version="1.2">\n')
    w(f"  <meta>\n    <creator>{xml_text(creator)}</creator>\n  </meta>\n")
    w('  <graph defaultedgetype="directed" mode="static" name="">\n')
    for cls, types, ids in (("node", node_types, node_ids), ("edge", edge_types, edge_ids)):
        w(f'    <attributes mode="static" class="{cls}">\n')
        for name, typ in types.items():
            w(f'      <attribute id="{ids[name]}" title="{xml_text(name)}" type="{_GEXF_TYPES[typ]}" />\n')
        w("    </attributes>\n")
    w("    <nodes>\n")
    for n, attrs in nodes():
        label = attrs.get("label", n)
        values = "".join(_gexf_values(attrs, node_ids, skip="label"))
        w(f'      <node id="{xml_text(n)}" label="{xml_text(label)}">{values}</node>\n')
    w("    </nodes>\n    <edges>\n")
    for u, v, eid, attrs in edges():
        values = "".join(_gexf_values(attrs, edge_ids))
        w(f'      <edge source="{xml_text(u)}" target="{xml_text(v)}" id="{xml_text(eid)}">{values}</edge>\n')
    w("    </edges>\n  </graph>\n</gexf>\n")


# helpers

def _types(items: Iterable[dict[str, Any]]) -> dict[str, type]:
    """Most general type per attribute, in order of first appearance (int < float < str; bool
    mixed with anything else is str)."""
    rank = {bool: 0, int: 1, float: 2, str: 3}
    found: dict[str, type] = {}
    for attrs in items:
        for name, value in attrs.items():
            t = type(value) if type(value) in rank else str
            old = found.get(name)
            if old is None:
                found[name] = t
            elif old is not t:
                found[name] = str if bool in (old, t) else max(old, t, key=rank.__getitem__)
    return found


def _graphml_data(attrs: dict[str, Any], keys: dict, scope: str) -> Iterator[str]:
    for name, value in attrs.items():
        yield f'<data key="{keys[(scope, name)][0]}">{xml_text(value)}</data>'


def _gexf_values(attrs: dict[str, Any], ids: dict[str, str], skip: str | None = None) -> Iterator[str]:
    values = [f'<attvalue for="{ids[name]}" value="{xml_text(value)}" />'
              for name, value in attrs.items() if name != skip]
    if values:
        yield "<attvalues>" + "".join(values) + "</attvalues>"
