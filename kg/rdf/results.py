"""Print SPARQL results as a text table, SPARQL 1.1 JSON or CSV."""

from __future__ import annotations

import csv
import io
import json
from typing import Any

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.query import Result

from kg.exceptions import OptionError, QueryError

__all__ = ["format_result", "FORMATS"]

FORMATS = ("table", "json", "csv")
_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


def format_result(result: Any, fmt: str = "table", *, max_width: int = 60) -> str:
    """Return ``result`` as text in ``fmt`` (``table``, ``json`` or ``csv``).

    ``result`` is an rdflib ``Result`` (from :func:`kg.rdf.store.query`) or pyoxigraph's result
    (from :func:`kg.rdf.store.query_native`); both print the same text. ``json`` is the standard
    SPARQL 1.1 Query Results JSON; CONSTRUCT/DESCRIBE results come out as Turtle (``table``),
    N-Triples (``csv``) or JSON-LD (``json``). ``csv`` holds SELECT results only.

    Raises
    ------
    OptionError
        If ``fmt`` is not one of :data:`FORMATS`.
    QueryError
        If an ASK result is asked for as ``csv``.

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
    if not isinstance(result, Result):
        return _format_native(result, fmt, max_width)
    if result.type in ("CONSTRUCT", "DESCRIBE"):
        return _format_graph(result.graph, fmt)
    if result.type == "ASK":
        return _format_boolean(result.askAnswer, fmt)
    if fmt == "json":
        data = json.loads(result.serialize(format="json"))
        for row in data.get("results", {}).get("bindings", []):
            for cell in row.values():  # RDF 1.1: a plain literal is xsd:string; say it the short way
                if cell.get("datatype") == _XSD_STRING:
                    del cell["datatype"]
        return _dump_json(data)
    if fmt == "csv":
        return result.serialize(format="csv").decode("utf-8")
    names = [str(v) for v in result.vars]
    rows = [[_cell(row[i], max_width) for i in range(len(names))] for row in result]
    return _table(names, rows)


# helpers

def _format_native(result: Any, fmt: str, max_width: int) -> str:
    """Format pyoxigraph's result exactly as the rdflib path formats the same result."""
    import pyoxigraph as ox

    if isinstance(result, ox.QueryTriples):  # as oxrdflib builds CONSTRUCT results: a fresh Graph
        graph = Graph()
        graph += ((_to_rdflib(t.subject), _to_rdflib(t.predicate), _to_rdflib(t.object)) for t in result)
        return _format_graph(graph, fmt)
    if isinstance(result, ox.QueryBoolean):
        return _format_boolean(bool(result), fmt)
    names = [v.value for v in result.variables]
    lexical = _Lexical()
    if fmt == "json":
        bindings = [{name: lexical.json(term) for name, term in zip(names, row) if term is not None}
                    for row in result]
        return _dump_json({"results": {"bindings": bindings}, "head": {"vars": names}})
    if fmt == "csv":
        out = io.StringIO()
        writer = csv.writer(out, delimiter=",")
        writer.writerow(names)
        writer.writerows([lexical.csv(term) for term in row] for row in result)
        return out.getvalue()
    rows = [[_shorten(lexical.text(term), max_width) for term in row] for row in result]
    return _table(names, rows)


class _Lexical:
    """How rdflib's terms print, computed from pyoxigraph's terms.

    rdflib re-normalises a typed literal's lexical form through its Python value (an
    ``xsd:double`` Oxigraph prints as ``3`` becomes ``3.0``), so typed literals other than
    strings are printed through rdflib once per distinct (lexical form, datatype).
    """

    def __init__(self) -> None:
        self._typed: dict[tuple[str, str], str] = {}

    def text(self, term: Any) -> str:
        """``str()`` of the rdflib term ('' when unbound), as the table prints it."""
        import pyoxigraph as ox

        if term is None:
            return ""
        if isinstance(term, ox.Literal):
            return self._literal(term)
        if isinstance(term, (ox.NamedNode, ox.BlankNode)):
            return term.value
        return str(_to_rdflib(term))

    def csv(self, term: Any) -> str:
        """The CSV field rdflib's CSV serializer writes."""
        import pyoxigraph as ox

        return "_:" + term.value if isinstance(term, ox.BlankNode) else self.text(term)

    def json(self, term: Any) -> dict:
        """The SPARQL JSON binding rdflib writes (less the xsd:string datatype)."""
        import pyoxigraph as ox

        if isinstance(term, ox.NamedNode):
            return {"type": "uri", "value": term.value}
        if isinstance(term, ox.BlankNode):
            return {"type": "bnode", "value": term.value}
        if isinstance(term, ox.Literal):
            cell = {"type": "literal", "value": self._literal(term)}
            if term.language:
                cell["xml:lang"] = term.language
            elif term.datatype.value != _XSD_STRING:
                cell["datatype"] = term.datatype.value
            return cell
        raise QueryError(f"cannot write {term!r} as SPARQL JSON")

    def _literal(self, term: Any) -> str:
        if term.language:
            return term.value
        datatype = term.datatype.value
        if datatype == _XSD_STRING:
            return term.value
        key = (term.value, datatype)
        text = self._typed.get(key)
        if text is None:
            text = self._typed[key] = str(Literal(term.value, datatype=URIRef(datatype)))
        return text


def _to_rdflib(term: Any) -> Any:
    """The rdflib term oxrdflib makes of a pyoxigraph term."""
    import pyoxigraph as ox

    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        return Literal(term.value, datatype=URIRef(term.datatype.value))
    if isinstance(term, ox.Triple):
        return _to_rdflib(term.subject), _to_rdflib(term.predicate), _to_rdflib(term.object)
    raise QueryError(f"unexpected term in a query result: {term!r}")


def _format_graph(graph: Graph, fmt: str) -> str:
    return graph.serialize(format={"table": "turtle", "csv": "nt", "json": "json-ld"}[fmt])


def _format_boolean(answer: bool, fmt: str) -> str:
    if fmt == "json":
        return _dump_json({"head": {}, "boolean": bool(answer)})
    if fmt == "csv":
        raise QueryError("CSV holds SELECT results only; print an ASK result as table or json")
    return "true\n" if answer else "false\n"


def _dump_json(data: dict) -> str:
    return json.dumps(data, ensure_ascii=False, indent=1) + "\n"


def _table(names: list[str], rows: list[list[str]]) -> str:
    widths = [max([len(n)] + [len(r[i]) for r in rows]) for i, n in enumerate(names)]
    lines = ["  ".join(n.ljust(w) for n, w in zip(names, widths)).rstrip(),
             "  ".join("-" * w for w in widths)]
    lines += ["  ".join(c.ljust(w) for c, w in zip(r, widths)).rstrip() for r in rows]
    lines.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(lines) + "\n"


def _cell(term: object, max_width: int) -> str:
    return "" if term is None else _shorten(str(term), max_width)


def _shorten(text: str, max_width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= max_width else text[: max_width - 1] + "…"
