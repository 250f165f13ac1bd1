"""``kg viz DIR``: re-render DIR/graph.html from the saved graph (DIR/graph.json)."""

from __future__ import annotations

import argparse
import time
from pathlib import Path

import networkx as nx

from kg.exceptions import InputError

__all__ = ["register", "run_viz", "load_graph"]


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the ``viz`` subcommand to the ``kg`` parser.

    Examples
    --------
    >>> sub = argparse.ArgumentParser().add_subparsers()
    >>> register(sub)
    >>> sorted(sub.choices)
    ['viz']
    """
    from kg.viz.data import COLOR_BY, SIZE_BY
    from kg.viz.layout import LAYOUTS

    p = subparsers.add_parser(
        "viz", help="write the interactive HTML viewer of a build directory",
        description="Render DIR/graph.json (written by `kg build`) as a self-contained, offline "
                    "HTML page: search, filters, neighbourhood highlighting, tooltips.")
    p.add_argument("dir", metavar="DIR", help="a `kg build` output directory")
    p.add_argument("-o", "--output", metavar="FILE", help="output page (default: DIR/graph.html)")
    p.add_argument("--color-by", choices=COLOR_BY, default="type", help="node colour (default: type)")
    p.add_argument("--size-by", choices=SIZE_BY, default="pagerank", help="node size and ranking (default: pagerank)")
    p.add_argument("--top", type=int, default=1000, metavar="N",
                   help="nodes shown when the page opens, best first; 0 = all (default: 1000)")
    p.add_argument("--title", help="page title (default: 'paperkg knowledge graph')")
    p.add_argument("--layout", choices=LAYOUTS, default="force", help="node layout (default: force)")
    p.add_argument("--seed", type=int, default=0, help="layout seed (default: 0)")
    p.set_defaults(func=run_viz)


def run_viz(args: argparse.Namespace) -> int:
    """Handle ``kg viz``: write the page and print where it went.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> from kg.graph import write_graph_files
    >>> d = pathlib.Path(tempfile.mkdtemp())
    >>> G = nx.MultiDiGraph()
    >>> G.add_node("task:qa", type="task", label="QA", name="QA")
    >>> _ = write_graph_files(G, d)
    >>> run_viz(argparse.Namespace(dir=str(d), output=None, color_by="type", size_by="degree", top=10,
    ...                            title=None, layout="force", seed=0))  # doctest: +ELLIPSIS
    wrote .../graph.html: 1 nodes, 0 edges, ... s
    0
    """
    from kg.viz.html import to_html

    if args.top < 0:
        raise InputError("--top must be 0 (all) or more")
    started = time.perf_counter()
    G = load_graph(args.dir)
    out = Path(args.output) if args.output else Path(args.dir) / "graph.html"
    to_html(G, out, color_by=args.color_by, size_by=args.size_by, top=args.top or None,
            title=args.title, layout=args.layout, seed=args.seed)
    print(f"wrote {out}: {G.number_of_nodes()} nodes, {G.number_of_edges()} edges, "
          f"{time.perf_counter() - started:.1f} s")
    return 0


def load_graph(outdir: str | Path) -> nx.MultiDiGraph:
    """Return the graph saved in ``outdir/graph.json`` (node-link JSON).

    Raises
    ------
    InputError
        If the file is missing or is not a node-link graph.

    Examples
    --------
    >>> import tempfile
    >>> load_graph(tempfile.mkdtemp())  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    kg.exceptions.InputError: .../graph.json: missing (is ... a `kg build` output directory?)
    """
    from kg.graph import graph_from_json

    path = Path(outdir) / "graph.json"
    if not path.is_file():
        raise InputError(f"{path}: missing (is {outdir} a `kg build` output directory?)")
    try:
        return graph_from_json(path.read_text(encoding="utf-8"))
    except ValueError as err:  # json.JSONDecodeError names the line
        raise InputError(f"{path}: not a node-link graph: {err}") from err
    except (KeyError, TypeError, nx.NetworkXError) as err:
        raise InputError(f"{path}: not a node-link graph: {err!r}") from err
