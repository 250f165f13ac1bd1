"""Push a graph to, and query, an external SPARQL 1.1 store over HTTP (Graph Store Protocol)."""

from __future__ import annotations

import argparse
import io
import json
import os
import re
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path
from typing import Any, BinaryIO

from kg.exceptions import InputError, KGError, QueryError

__all__ = ["push", "query_endpoint", "query_endpoint_result", "gsp_url", "count_ntriples", "add_push_command",
           "run_push"]

_NT_TYPE = "application/n-triples"
_JSON_TYPE = "application/sparql-results+json"
_IRI_BAD = re.compile(r'[\s<>"{}|\\^`]')


def gsp_url(endpoint_url: str, graph_iri: str | None = None) -> str:
    """Return the Graph Store Protocol URL addressing the default graph or ``graph_iri``.

    ``endpoint_url`` is the store's GSP endpoint (Oxigraph: ``http://HOST:PORT/store``). If it
    already names a graph (``?default`` or ``?graph=...``) it is returned unchanged.

    Parameters
    ----------
    endpoint_url : str
        ``http://`` or ``https://`` URL of the Graph Store Protocol endpoint.
    graph_iri : str, optional (default=None)
        Absolute IRI of the named graph to address; ``None`` means the default graph.

    Returns
    -------
    str
        The URL to ``PUT``/``POST`` N-Triples to.

    Raises
    ------
    InputError
        If the URL is not HTTP(S) or the graph IRI is not an absolute IRI.

    Examples
    --------
    >>> gsp_url("http://127.0.0.1:7878/store")
    'http://127.0.0.1:7878/store?default'
    >>> gsp_url("http://127.0.0.1:7878/store", "https://example.org/g/2026-05")
    'http://127.0.0.1:7878/store?graph=https%3A%2F%2Fexample.org%2Fg%2F2026-05'
    """
    parts = _check_url(endpoint_url)
    query = urllib.parse.parse_qs(parts.query, keep_blank_values=True)
    if graph_iri is None:
        if "default" in query or "graph" in query:
            return endpoint_url
        extra = "default"
    else:
        if not re.match(r"^[A-Za-z][A-Za-z0-9+.-]*:", graph_iri) or _IRI_BAD.search(graph_iri):
            raise InputError(f"graph IRI {graph_iri!r} is not an absolute IRI")
        if "default" in query or "graph" in query:
            raise InputError(f"endpoint URL {endpoint_url!r} already names a graph; drop ?default/?graph")
        extra = "graph=" + urllib.parse.quote(graph_iri, safe="")
    joined = f"{parts.query}&{extra}" if parts.query else extra
    return urllib.parse.urlunsplit(parts._replace(query=joined))


def count_ntriples(path: str | os.PathLike) -> int:
    """Count the triples in an N-Triples file (non-blank lines that are not comments).

    Examples
    --------
    >>> import tempfile, pathlib
    >>> p = pathlib.Path(tempfile.mkdtemp()) / "g.nt"
    >>> _ = p.write_text('# c\\n<urn:a> <urn:b> "c" .\\n\\n<urn:a> <urn:b> "d" .\\n')
    >>> count_ntriples(p)
    2
    """
    n = 0
    with open(path, "rb") as f:
        for line in f:
            s = line.strip()
            if s and not s.startswith(b"#"):
                n += 1
    return n


def push(
    source: Any,
    endpoint_url: str,
    graph_iri: str | None = None,
    *,
    replace: bool = True,
    timeout: float = 600.0,
) -> int:
    """Send a graph to a SPARQL store through the SPARQL 1.1 Graph Store Protocol.

    The N-Triples are streamed from disk (``PUT`` replaces the target graph, ``POST`` adds to
    it), so a graph of any size is pushed in constant memory.

    Parameters
    ----------
    source : path or rdflib.Graph
        An N-Triples file, a ``kg build`` output directory (its ``graph.nt`` is sent), or an
        ``rdflib.Graph``.
    endpoint_url : str
        The store's GSP endpoint, e.g. ``http://127.0.0.1:7878/store`` for ``oxigraph serve``.
    graph_iri : str, optional (default=None)
        Named graph to write; ``None`` writes the default graph.
    replace : bool, optional (default=True)
        ``True`` replaces the graph's content (HTTP ``PUT``); ``False`` adds to it (``POST``).
    timeout : float, optional (default=600.0)
        Seconds to wait for the store.

    Returns
    -------
    int
        The number of triples sent.

    Raises
    ------
    InputError
        If the source is missing or not N-Triples, or the URL/IRI is malformed.
    KGError
        If the store cannot be reached or answers with an HTTP error.

    Examples
    --------
    >>> push("/nonexistent/graph.nt", "http://127.0.0.1:1/store")
    Traceback (most recent call last):
    ...
    kg.exceptions.InputError: /nonexistent/graph.nt: no such file
    """
    url = gsp_url(endpoint_url, graph_iri)
    body, size, count, name = _open_source(source)
    request = urllib.request.Request(
        url, data=body, method="PUT" if replace else "POST",
        headers={"Content-Type": _NT_TYPE, "Content-Length": str(size)},
    )
    try:
        with body, urllib.request.urlopen(request, timeout=timeout) as resp:
            resp.read()
    except urllib.error.HTTPError as err:
        raise KGError(f"push of {name} to {url} failed: HTTP {err.code}: {_first_line(err)}") from err
    except (urllib.error.URLError, OSError) as err:
        reason = getattr(err, "reason", err)
        raise KGError(f"cannot reach SPARQL store at {url}: {reason}") from err
    return count


def query_endpoint(endpoint_url: str, sparql: str, *, timeout: float = 120.0) -> dict[str, Any]:
    """Run a SPARQL ``SELECT`` or ``ASK`` query on a remote endpoint and return its JSON results.

    Parameters
    ----------
    endpoint_url : str
        The SPARQL query endpoint, e.g. ``http://127.0.0.1:7878/query`` for ``oxigraph serve``.
    sparql : str
        The query text (sent as ``application/sparql-query`` in a ``POST``).
    timeout : float, optional (default=120.0)
        Seconds to wait for the answer.

    Returns
    -------
    dict
        SPARQL 1.1 Query Results JSON: ``{"head": {"vars": [...]}, "results": {"bindings":
        [...]}}`` for ``SELECT``, ``{"head": {}, "boolean": bool}`` for ``ASK``.

    Raises
    ------
    QueryError
        If the endpoint rejects the query or does not answer with SPARQL JSON results.
    KGError
        If the endpoint cannot be reached.

    Examples
    --------
    >>> query_endpoint("ftp://example.org/sparql", "ASK {}")
    Traceback (most recent call last):
    ...
    kg.exceptions.InputError: endpoint URL 'ftp://example.org/sparql' is not an http(s) URL
    """
    _check_url(endpoint_url)
    request = urllib.request.Request(
        endpoint_url, data=sparql.encode("utf-8"), method="POST",
        headers={"Content-Type": "application/sparql-query; charset=utf-8", "Accept": _JSON_TYPE},
    )
    try:
        with urllib.request.urlopen(request, timeout=timeout) as resp:
            ctype = resp.headers.get("Content-Type", "")
            payload = resp.read()
    except urllib.error.HTTPError as err:
        hint = " (only SELECT and ASK queries are supported remotely)" if err.code == 406 else ""
        raise QueryError(f"{endpoint_url} rejected the query: HTTP {err.code}: {_first_line(err)}{hint}") from err
    except (urllib.error.URLError, OSError) as err:
        reason = getattr(err, "reason", err)
        raise KGError(f"cannot reach SPARQL endpoint {endpoint_url}: {reason}") from err
    if "json" not in ctype:
        raise QueryError(f"{endpoint_url} answered {ctype or 'no content type'}, not SPARQL JSON "
                         "results (only SELECT and ASK queries are supported remotely)")
    try:
        return json.loads(payload)
    except ValueError as err:
        raise QueryError(f"{endpoint_url} answered malformed JSON: {err}") from err


def query_endpoint_result(endpoint_url: str, sparql: str, *, timeout: float = 120.0) -> Any:
    """Run :func:`query_endpoint` and return the answer as an ``rdflib.query.Result``.

    So ``kg query --endpoint URL`` prints remote answers exactly as it prints local ones.

    Examples
    --------
    >>> query_endpoint_result("ftp://example.org/sparql", "ASK {}")
    Traceback (most recent call last):
    ...
    kg.exceptions.InputError: endpoint URL 'ftp://example.org/sparql' is not an http(s) URL
    """
    from rdflib.query import Result

    data = query_endpoint(endpoint_url, sparql, timeout=timeout)
    return Result.parse(io.BytesIO(json.dumps(data).encode("utf-8")), format="json")


def add_push_command(subparsers: argparse._SubParsersAction) -> None:
    """Add ``kg push --graph DIR --endpoint URL [--graph-iri IRI] [--append]`` to the ``kg`` parser.

    Examples
    --------
    >>> sub = argparse.ArgumentParser().add_subparsers()
    >>> add_push_command(sub)
    >>> sorted(sub.choices)
    ['push']
    """
    p = subparsers.add_parser(
        "push", help="send a build's graph.nt to an external SPARQL store (Graph Store Protocol)",
        description="PUT (or, with --append, POST) the N-Triples of a kg build to a SPARQL 1.1 Graph "
                    "Store Protocol endpoint, e.g. http://HOST:7878/store of `oxigraph serve`, then "
                    "query it with `kg query --endpoint http://HOST:7878/query`.")
    p.add_argument("--graph", required=True, metavar="DIR", help="a kg build directory, or an .nt file")
    p.add_argument("--endpoint", required=True, metavar="URL", help="the store's Graph Store Protocol URL")
    p.add_argument("--graph-iri", metavar="IRI", help="named graph to write (default: the default graph)")
    p.add_argument("--append", action="store_true", help="add to the graph instead of replacing it")
    p.set_defaults(func=run_push)


def run_push(args: argparse.Namespace) -> int:
    """Handle ``kg push``: send the triples and print how many; return 0.

    Examples
    --------
    >>> run_push(argparse.Namespace(graph="/nonexistent/graph.nt", endpoint="http://127.0.0.1:1/store",
    ...                             graph_iri=None, append=False))
    Traceback (most recent call last):
    ...
    kg.exceptions.InputError: /nonexistent/graph.nt: no such file
    """
    n = push(args.graph, args.endpoint, args.graph_iri, replace=not args.append)
    where = f"graph <{args.graph_iri}>" if args.graph_iri else "the default graph"
    print(f"{'added' if args.append else 'replaced'} {where} of {args.endpoint} with {n} triples")
    return 0


# helpers

def _check_url(url: str) -> urllib.parse.SplitResult:
    parts = urllib.parse.urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise InputError(f"endpoint URL {url!r} is not an http(s) URL")
    return parts


def _open_source(source: Any) -> tuple[BinaryIO, int, int, str]:
    """Return (readable body, byte size, triple count, display name) for ``source``."""
    if hasattr(source, "serialize") and hasattr(source, "triples"):  # an rdflib.Graph
        data = source.serialize(format="nt", encoding="utf-8")
        return io.BytesIO(data), len(data), len(source), "rdflib graph"
    path = Path(source)
    if path.is_dir():
        path = path / "graph.nt"
    if not path.is_file():
        raise InputError(f"{path}: no such file")
    if path.suffix not in (".nt", ".ntriples"):
        raise InputError(f"{path}: expected an N-Triples file (.nt) or a kg build directory")
    return open(path, "rb"), path.stat().st_size, count_ntriples(path), str(path)


def _first_line(err: urllib.error.HTTPError) -> str:
    try:
        text = err.read().decode("utf-8", "replace").strip()
    except OSError:
        text = ""
    return (text.splitlines() or [str(err.reason)])[0][:300]
