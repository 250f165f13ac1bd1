"""``kg query`` and ``kg serve``: SPARQL over a build's Oxigraph store."""

from __future__ import annotations

import argparse
import signal
import sys

from kg.cli import number_in

__all__ = ["register", "cmd_query", "cmd_serve"]


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add ``query``, ``serve`` and ``push`` (see :mod:`kg.rdf.remote`) to the ``kg`` command.

    Examples
    --------
    >>> import argparse
    >>> sub = argparse.ArgumentParser().add_subparsers()
    >>> register(sub)
    >>> sorted(sub.choices)
    ['push', 'query', 'serve']
    """
    from kg.rdf.results import FORMATS

    p = subparsers.add_parser(
        "query", help="run a SPARQL query (text, .rq file or named query) on a build",
        description="Run SPARQL on DIR/store. QUERY is SPARQL text, a .rq file or the name of a "
                    "query in queries/ (e.g. central-methods); --list shows the named queries.")
    p.add_argument("query", nargs="?", metavar="FILE_OR_TEXT",
                   help="SPARQL text, a .rq file, or a named query (see --list)")
    p.add_argument("--graph", "-g", metavar="DIR", default="output", help="build folder (default: output)")
    p.add_argument("--format", "-f", choices=FORMATS, default="table",
                   help="output format (default: table; " + ", ".join(FORMATS) + ")")
    p.add_argument("--list", action="store_true", help="list the named queries and exit")
    p.add_argument("--endpoint", metavar="URL", help="query this remote SPARQL endpoint (SELECT/ASK) instead "
                   "of DIR/store, e.g. http://HOST:7878/query after `kg push`")
    p.set_defaults(func=cmd_query)

    s = subparsers.add_parser(
        "serve", help="serve a read-only SPARQL endpoint and the HTML viewer",
        description="SPARQL 1.1 Protocol at /sparql, the query page at /query-ui, graph.html at /.")
    s.add_argument("--graph", "-g", metavar="DIR", default="output", help="build folder (default: output)")
    s.add_argument("--host", default="127.0.0.1", help="interface to bind (default: 127.0.0.1)")
    s.add_argument("--port", type=number_in(0, 65535, "a port number"), default=7878,
                   help="port (default: 7878; 0 = any free port)")
    s.add_argument("--timeout", type=number_in(1, 86400, "seconds", kind=float), default=30.0,
                   help="seconds a query may run (default: 30)")
    s.add_argument("--max-rows", type=number_in(1, None, "a row count"), default=10000,
                   help="rows returned at most (default: 10000)")
    s.add_argument("--allow-service", action="store_true",
                   help="let queries use SERVICE to reach other endpoints (off by default)")
    s.set_defaults(func=cmd_serve)

    from kg.rdf.remote import add_push_command

    add_push_command(subparsers)


def cmd_query(args: argparse.Namespace) -> int:
    """Handle ``kg query``; print the result and return 0.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> from kg.rdf.store import build_store
    >>> d = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (d / "graph.nt").write_text('<http://e/a> <http://e/p> "x" .\\n')
    >>> _ = build_store(d)
    >>> args = argparse.Namespace(graph=str(d), query="SELECT ?o WHERE { ?s ?p ?o }",
    ...                           format="csv", list=False, endpoint=None)
    >>> cmd_query(args)
    o
    x
    0
    """
    from kg.exceptions import QueryError
    from kg.rdf.queries import describe, named_queries, resolve_query
    from kg.rdf.results import format_result
    from kg.rdf.store import query_native

    if args.list:
        for name, path in named_queries().items():
            print(f"{name:28s} {describe(path)}")
        return 0
    if not args.query:
        raise QueryError("give a query (SPARQL text, a .rq file or a named query); see --list")
    if getattr(args, "endpoint", None):
        from kg.rdf.remote import query_endpoint_result

        result = query_endpoint_result(args.endpoint, resolve_query(args.query))
    else:  # pyoxigraph's own results: no rdflib term is made; the text printed is the same
        result = query_native(args.graph, resolve_query(args.query))
    sys.stdout.write(format_result(result, args.format))
    return 0


def cmd_serve(args: argparse.Namespace) -> int:
    """Handle ``kg serve``; serve until interrupted."""
    from kg.rdf.server import SparqlServer

    srv = SparqlServer(args.graph, host=args.host, port=args.port, timeout=args.timeout,
                       max_rows=args.max_rows, allow_service=args.allow_service)

    def stop(signum, frame):  # SIGTERM/SIGHUP: unwind like Ctrl-C so the Oxigraph child is stopped
        raise KeyboardInterrupt

    for sig in (signal.SIGTERM, getattr(signal, "SIGHUP", None)):
        if sig is not None:
            signal.signal(sig, stop)
    print(f"SPARQL endpoint {srv.url}/sparql  query page {srv.url}/query-ui  viewer {srv.url}/ "
          f"(timeout {args.timeout:g} s, max {args.max_rows} rows; Ctrl-C stops)", flush=True)
    try:
        srv.serve_forever()
    except KeyboardInterrupt:
        pass
    return 0
