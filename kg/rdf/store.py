"""The persistent Oxigraph store of a build (``DIR/store/``) and SPARQL over it, through rdflib or natively."""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path
from typing import Any

from rdflib import Graph
from rdflib.query import Result

from kg.exceptions import InputError, QueryError
from kg.rdf.namespace import PREFIXES

__all__ = ["build_store", "open_graph", "query", "query_native", "store_path", "memory_graph"]


def store_path(build_dir: str | os.PathLike) -> Path:
    """Return the store folder of a build folder.

    Examples
    --------
    >>> store_path("out").as_posix()
    'out/store'
    """
    return Path(build_dir) / "store"


def build_store(build_dir: str | os.PathLike, nt_path: str | os.PathLike | None = None) -> Path:
    """Bulk-load ``graph.nt`` into a fresh Oxigraph store at ``DIR/store/`` and return its path.

    The store is built in a temporary folder beside it and moved into place, so readers never
    see a half-loaded store; an older store is replaced.

    Parameters
    ----------
    build_dir : path
        The build folder.
    nt_path : path, optional
        N-Triples file to load (default ``DIR/graph.nt``).

    Returns
    -------
    pathlib.Path

    Raises
    ------
    InputError
        If the N-Triples file is missing or cannot be parsed.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> d = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (d / "graph.nt").write_text('<http://e/a> <http://e/p> "x" .\\n')
    >>> build_store(d).name
    'store'
    >>> len(open_graph(d))
    1
    """
    import pyoxigraph as ox

    build_dir = Path(build_dir)
    nt = Path(nt_path) if nt_path is not None else build_dir / "graph.nt"
    if not nt.is_file():
        raise InputError(f"{nt}: no such N-Triples file")
    target = store_path(build_dir)
    tmp = Path(tempfile.mkdtemp(prefix=".store.", dir=build_dir))
    try:
        store = ox.Store(str(tmp))
        try:
            store.bulk_load(path=str(nt), format=ox.RdfFormat.N_TRIPLES)
        except SyntaxError as err:
            raise InputError(f"{nt}: {err}") from err
        store.optimize()
        del store
        old = None
        if target.exists():
            old = Path(tempfile.mkdtemp(prefix=".store-old.", dir=build_dir))
            os.replace(target, old / "store")
        os.replace(tmp, target)
        if old is not None:
            shutil.rmtree(old, ignore_errors=True)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return target


def open_graph(build_dir: str | os.PathLike) -> Graph:
    """Return an rdflib ``Graph`` over the build's Oxigraph store, opened read-only.

    Pass queries to ``Graph.query`` as strings: that runs on Oxigraph's engine (prepared
    queries and ``initBindings`` fall back to rdflib's much slower one).

    Raises
    ------
    InputError
        If ``DIR/store/`` does not exist.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> d = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (d / "graph.nt").write_text('<http://e/a> <http://e/p> "x" .\\n')
    >>> _ = build_store(d)
    >>> [str(r.o) for r in open_graph(d).query("SELECT ?o WHERE { ?s ?p ?o }")]
    ['x']
    """
    from oxrdflib import OxigraphStore
    from rdflib.graph import DATASET_DEFAULT_GRAPH_ID

    g = Graph(store=OxigraphStore(store=_read_only_store(build_dir)),
              identifier=DATASET_DEFAULT_GRAPH_ID, bind_namespaces="none")
    for prefix, ns in PREFIXES.items():
        g.bind(prefix, ns)
    return g


def query(build_dir: str | os.PathLike | Graph, sparql: str) -> Result:
    """Run a SPARQL query on a build's store (or on an rdflib ``Graph``) and return the result.

    The prefixes of :data:`kg.rdf.namespace.PREFIXES` (``kg:``, ``schema:``, ...) are
    predeclared.

    Raises
    ------
    QueryError
        If the query is malformed or is an update.

    See Also
    --------
    query_native : the same on a build's store, returning pyoxigraph's results (no rdflib terms).

    Examples
    --------
    >>> from rdflib import Graph, URIRef, Literal
    >>> g = Graph()
    >>> _ = g.add((URIRef("http://e/a"), URIRef("http://e/p"), Literal("x")))
    >>> len(query(g, "SELECT * WHERE { ?s ?p ?o }"))
    1
    """
    g = build_dir if isinstance(build_dir, Graph) else open_graph(build_dir)
    try:
        from oxrdflib import OxigraphStore

        on_oxigraph = isinstance(g.store, OxigraphStore)  # prefixes are bound there already
        result = g.query(sparql) if on_oxigraph else g.query(sparql, initNs=PREFIXES)
        if result.type == "SELECT":
            result.bindings = list(result.bindings)  # evaluate now so errors surface here
        return result
    except SyntaxError as err:
        raise QueryError(f"SPARQL syntax error: {str(err).splitlines()[0]}") from err
    except Exception as err:  # rdflib raises pyparsing errors and plain Exceptions
        if type(err).__name__ in ("ParseException", "ParseSyntaxException"):
            raise QueryError(f"SPARQL syntax error: {str(err).splitlines()[0]}") from err
        raise


def query_native(build_dir: str | os.PathLike, sparql: str) -> Any:
    """Run a SPARQL query on a build's store with pyoxigraph and return pyoxigraph's result.

    Unlike :func:`query`, no term is converted to rdflib: a ``SELECT`` gives a
    ``pyoxigraph.QuerySolutions`` (iterate it once; ``.variables`` names the columns), an ``ASK``
    a ``pyoxigraph.QueryBoolean`` and a ``CONSTRUCT``/``DESCRIBE`` a ``pyoxigraph.QueryTriples``.
    :func:`kg.rdf.results.format_result` prints any of them exactly as it prints :func:`query`'s
    result. The prefixes of :data:`kg.rdf.namespace.PREFIXES` are predeclared. Rows are computed
    as they are read.

    Raises
    ------
    InputError
        If ``DIR/store/`` does not exist.
    QueryError
        If the query is malformed or is an update.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> d = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (d / "graph.nt").write_text('<http://e/a> <http://e/p> "x" .\\n')
    >>> _ = build_store(d)
    >>> [row["o"].value for row in query_native(d, "SELECT ?o WHERE { ?s ?p ?o }")]
    ['x']
    """
    store = _read_only_store(build_dir)
    try:
        return store.query(sparql, prefixes=_ox_prefixes())
    except SyntaxError as err:
        raise QueryError(f"SPARQL syntax error: {str(err).splitlines()[0]}") from err


def _read_only_store(build_dir: str | os.PathLike):
    """The build's Oxigraph store opened read-only; a clear error when the build has none."""
    import pyoxigraph as ox

    path = store_path(build_dir)
    if not path.is_dir():
        raise InputError(f"{path}: no Oxigraph store here; run `kg build ... -o {build_dir}` first")
    return ox.Store.read_only(str(path))


def memory_graph(g: Graph) -> Graph:
    """Return a copy of ``g`` in an in-memory Oxigraph store, wrapped as an rdflib ``Graph``.

    Queries passed as strings then run on Oxigraph's engine.

    Examples
    --------
    >>> from rdflib import Graph, URIRef, Literal
    >>> g = Graph()
    >>> _ = g.add((URIRef("http://e/a"), URIRef("http://e/p"), Literal("x")))
    >>> len(query(memory_graph(g), "SELECT * WHERE { ?s ?p ?o }"))
    1
    """
    import pyoxigraph as ox
    from oxrdflib import OxigraphStore
    from rdflib.graph import DATASET_DEFAULT_GRAPH_ID

    store = ox.Store()
    store.bulk_load(g.serialize(format="nt").encode("utf-8"), format=ox.RdfFormat.N_TRIPLES)
    out = Graph(store=OxigraphStore(store=store), identifier=DATASET_DEFAULT_GRAPH_ID,
                bind_namespaces="none")
    for prefix, ns in PREFIXES.items():
        out.bind(prefix, ns)
    return out


# helpers

def _ox_prefixes() -> dict[str, str]:
    return {prefix: str(ns) for prefix, ns in PREFIXES.items()}
