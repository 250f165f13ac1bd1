"""Print SPARQL results as a text table, SPARQL 1.1 JSON or CSV."""

from __future__ import annotations

import json

from rdflib import Literal, URIRef
from rdflib.query import Result

from kg.exceptions import OptionError

__all__ = ["format_result", "FORMATS"]

FORMATS = ("table", "json", "csv")
_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


def format_result(result: Result, fmt: str = "table", *, max_width: int = 60) -> str:
    """Return ``result`` as text in ``fmt`` (``table``, ``json`` or ``csv``).

    ``json`` is the standard SPARQL 1.1 Query Results JSON; CONSTRUCT/DESCRIBE results come
    out as Turtle (``table``), N-Triples (``csv``) or JSON-LD (``json``).

    Examples
    --------
    >>> from rdflib import Graph, URIRef, Literal
    >>> g = Graph()
    >>> _ = g.add((URIRef("http://e/a"), URIRef("http://e/p"), Literal("x")))
    >>> print(format_result(g.query("SELECT ?s ?o WHERE { ?s ?p ?o }")))
    s           o
    ----------  -
    http://e/a  x
    (1 row)
    >>> json.loads(format_result(g.query("ASK { ?s ?p ?o }"), "json"))["boolean"]
    True
    """
    if fmt not in FORMATS:
        raise OptionError(f"format must be one of {', '.join(FORMATS)}, not {fmt!r}")
    if result.type in ("CONSTRUCT", "DESCRIBE"):
        graph_fmt = {"table": "turtle", "csv": "nt", "json": "json-ld"}[fmt]
        return result.graph.serialize(format=graph_fmt)
    if fmt == "json":
        data = json.loads(result.serialize(format="json"))
        for row in data.get("results", {}).get("bindings", []):
            for cell in row.values():  # RDF 1.1: a plain literal is xsd:string; say it the short way
                if cell.get("datatype") == _XSD_STRING:
                    del cell["datatype"]
        return json.dumps(data, ensure_ascii=False, indent=1) + "\n"
    if fmt == "csv":
        return result.serialize(format="csv").decode("utf-8")
    if result.type == "ASK":
        return "true\n" if result.askAnswer else "false\n"
    names = [str(v) for v in result.vars]
    rows = [[_cell(row[i], max_width) for i in range(len(names))] for row in result]
    widths = [max([len(n)] + [len(r[i]) for r in rows]) for i, n in enumerate(names)]
    lines = ["  ".join(n.ljust(w) for n, w in zip(names, widths)).rstrip(),
             "  ".join("-" * w for w in widths)]
    lines += ["  ".join(c.ljust(w) for c, w in zip(r, widths)).rstrip() for r in rows]
    lines.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(lines) + "\n"


# helpers

def _cell(term: object, max_width: int) -> str:
    if term is None:
        return ""
    text = str(term) if isinstance(term, (URIRef, Literal)) else str(term)
    text = " ".join(text.split())
    return text if len(text) <= max_width else text[: max_width - 1] + "…"
