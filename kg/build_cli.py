"""``kg build`` (papers -> graph files, report) and ``kg stats`` (summary of a build directory)."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from kg.cli import number_in

__all__ = ["register", "run_build", "run_stats"]


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the ``build`` and ``stats`` subcommands to the ``kg`` parser.

    Examples
    --------
    >>> import argparse
    >>> sub = argparse.ArgumentParser().add_subparsers()
    >>> register(sub)
    >>> sorted(sub.choices)
    ['build', 'stats']
    """
    p = subparsers.add_parser(
        "build", help="build the knowledge graph, analytics and report from paper files",
        description="Load papers from PATHS, extract entities, build and analyse the graph, and "
                    "write every output into DIR. Exits 1 when some input was skipped.")
    p.add_argument("paths", nargs="*", metavar="PATHS",
                   help="paper files or folders (any supported format; '-' for stdin); optional with --update")
    p.add_argument("-o", "--output", default="output", metavar="DIR", help="output directory (default: output/)")
    p.add_argument("--processes", type=int, default=1, metavar="N", help="extraction worker processes (default: 1)")
    p.add_argument("--jsonld", action="store_true", help="also write graph.jsonld")
    p.add_argument("--seed", type=int, default=None,
                   help="seed of Louvain and sampled betweenness (default: 0, or the one the --update build used)")
    p.add_argument("--min-confidence", type=number_in(0, 1, "a number", kind=float), default=None, metavar="P",
                   help="leave extracted methods, datasets and tasks with a confidence below P (0-1) out of the "
                        "graph; extractions.jsonl keeps them (default: 0, or the --update build's threshold)")
    p.add_argument("--update", metavar="DIR", help="add PATHS to the build in DIR, extracting only new or changed "
                   "papers (writes into DIR unless -o names another directory)")
    p.add_argument("--dask", metavar="ADDRESS", help="extract on the Dask cluster at this scheduler address")
    p.set_defaults(func=run_build)

    s = subparsers.add_parser("stats", help="print a summary of a build directory",
                              description="Print node/edge counts, the most central entities and the communities.")
    s.add_argument("dir", metavar="DIR", help="a `kg build` output directory")
    s.add_argument("--top", type=number_in(0, None, "a count"), default=5,
                   help="entities and communities listed (default: 5)")
    s.set_defaults(func=run_stats)


def run_build(args: argparse.Namespace) -> int:
    """Handle ``kg build``: return 0, or 1 when inputs were skipped (each printed on stderr).

    With ``--update DIR`` and/or ``--dask ADDRESS`` the build goes through
    :func:`kg.scale.build.build_scaled`; an update is written back into DIR unless ``-o``
    names another directory.

    Examples
    --------
    >>> import tempfile, pathlib, argparse
    >>> d = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (d / "p.jsonl").write_text('{"id": "1", "title": "T", "abstract": "We use BERT."}\\n')
    >>> run_build(argparse.Namespace(paths=[str(d)], output=str(d / "out"), processes=1, seed=0))  # doctest: +ELLIPSIS
    built ...
    0
    """
    from kg.api import build
    from kg.exceptions import KGError

    if args.processes < 1:
        raise KGError("--processes must be at least 1")
    if not args.paths and not getattr(args, "update", None):
        raise KGError("kg build needs PATHS (paper files or folders), or --update DIR to rebuild a build")
    update, dask = getattr(args, "update", None), getattr(args, "dask", None)
    min_confidence = getattr(args, "min_confidence", None)
    # an update is written back into its directory unless -o names another one
    out = args.output if (update is None or args.output not in (None, "output")) else update
    if Path(out).exists() and not Path(out).is_dir():  # say so before extracting, not after
        raise KGError(f"{out}: exists and is not a directory (the output of kg build is a directory)")
    started = time.perf_counter()
    if update or dask:
        from kg.scale.build import build_scaled

        graph = build_scaled(args.paths, update=update, processes=args.processes, dask=dask,
                             seed=getattr(args, "seed", None), min_confidence=min_confidence,
                             log=lambda message: print(message, file=sys.stderr))
    else:
        graph = build(args.paths, processes=args.processes, seed=getattr(args, "seed", None) or 0,
                      min_confidence=min_confidence or 0.0)
    # a graph.jsonld the output folder (or the updated build) already has is rewritten, not left stale, without --jsonld
    jsonld = getattr(args, "jsonld", False) or any((Path(d) / "graph.jsonld").exists() for d in (out, update) if d)
    saved = graph.save(out, jsonld=jsonld)
    G = graph.nx
    for skip in graph.skipped:
        print(skip, file=sys.stderr)
    print(f"built {saved}: {len(graph.papers)} papers, {G.number_of_nodes()} nodes, {G.number_of_edges()} edges, "
          f"{len(G.graph.get('communities', []))} communities (modularity {G.graph.get('modularity', 0.0):.3f}), "
          f"{len(graph.skipped)} skipped{_left_out_note(graph)}, {time.perf_counter() - started:.1f} s")
    return 1 if graph.skipped else 0


def _left_out_note(graph) -> str:
    """Return ``", N entities below confidence P left out"`` for a thresholded graph, else ``""``.

    Examples
    --------
    >>> from kg.api import KnowledgeGraph
    >>> from kg.sources.model import Paper
    >>> r = {"id": "1", "methods": [{"name": "BERT", "confidence": 0.9}, {"name": "it", "confidence": 0.2}]}
    >>> _left_out_note(KnowledgeGraph.from_records([Paper(id="1", title="T")], [r], min_confidence=0.5))
    ', 1 extracted entities below confidence 0.5 left out'
    """
    from kg.graph import ENTITY_KINDS, confident_entities

    if not graph.min_confidence:
        return ""
    kinds = ENTITY_KINDS.values()
    left = sum(len(r.get(k) or ()) - len(confident_entities(r, graph.min_confidence).get(k) or ())
               for r in graph.records for k in kinds)
    return f", {left} extracted entities below confidence {graph.min_confidence:g} left out"


def run_stats(args: argparse.Namespace) -> int:
    """Handle ``kg stats DIR``: print the summary of a build directory.

    Examples
    --------
    >>> import tempfile, argparse
    >>> from kg.api import KnowledgeGraph
    >>> from kg.sources.model import Paper
    >>> d = KnowledgeGraph.from_records([Paper(id="1", title="T")], [{"id": "1"}]).save(tempfile.mkdtemp(),
    ...                                                                                  report=False)
    >>> run_stats(argparse.Namespace(dir=str(d), top=5))
    nodes: 1 (paper 1)
    edges: 0
    communities: 1 (modularity 0.000)
      #0         1 nodes  T
    0
    """
    from kg.analytics.report import format_summary
    from kg.exceptions import InputError
    from kg.graph import graph_from_json

    path = Path(args.dir) / "graph.json"
    if not path.is_file():
        raise InputError(f"{path}: missing (is {args.dir} a `kg build` output directory?)")
    try:
        G = graph_from_json(path.read_text(encoding="utf-8"))
    except (ValueError, KeyError) as err:
        raise InputError(f"{path}: not a node-link graph: {err}") from err
    print(format_summary(G, top=args.top))
    return 0
