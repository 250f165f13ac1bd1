"""Benchmark: every named query (queries/*.rq) on the Oxigraph store vs rdflib's in-memory Graph.

Usage:
  python benchmarks/sparql_store_vs_memory.py BUILD_DIR            # a `kg build` output folder
  python benchmarks/sparql_store_vs_memory.py --from PATH [--limit N] [--out DIR]
                                             # build first (default PATH: the largest corpus
                                             # in ../shared/corpora; --limit keeps N papers)
Options: --rdflib-timeout S (default 60) caps each rdflib query; a query that hits it is
reported as ">= ratio". --repeat K (default 3): best of K runs on Oxigraph.

Oxigraph is queried the way kg does it: rdflib Graph over the read-only store (oxrdflib),
query passed as a string. rdflib runs in a worker process that parses graph.nt once; a query
past the time limit kills the worker (and a fresh one is started for the next query).
Goal: Oxigraph >= 30x faster (geometric mean over queries).
"""

from __future__ import annotations

import argparse
import gzip
import math
import multiprocessing as mp
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.rdf import build_store, named_queries, open_graph  # noqa: E402
from kg.rdf.namespace import PREFIXES  # noqa: E402


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("build", nargs="?", help="existing build folder (graph.nt, store/)")
    ap.add_argument("--from", dest="source", help="corpus file/folder to build from")
    ap.add_argument("--limit", type=int, help="keep the first N records of a .jsonl[.gz] corpus")
    ap.add_argument("--out", help="where to build (default: a temporary folder)")
    ap.add_argument("--rdflib-timeout", type=float, default=60.0)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args(argv)

    build = Path(args.build) if args.build else _build(args)
    nt = build / "graph.nt"
    if not (build / "store").is_dir():
        build_store(build)
    n_triples = sum(1 for _ in nt.open(encoding="utf-8"))
    print(f"build: {build}  triples: {n_triples}")

    t = time.perf_counter()
    ox_graph = open_graph(build)
    print(f"open Oxigraph store: {time.perf_counter() - t:.3f} s")
    worker = _Worker(nt)
    print(f"rdflib parse graph.nt: {worker.load_seconds:.2f} s")

    queries = named_queries()
    print(f"\n{'query':30s} {'rows':>6s} {'oxigraph s':>11s} {'rdflib s':>10s} {'ratio':>9s}")
    ratios = []
    for name, path in queries.items():
        sparql = path.read_text(encoding="utf-8")
        best, rows = math.inf, 0
        for _ in range(max(1, args.repeat)):
            t = time.perf_counter()
            rows = len(list(ox_graph.query(sparql)))
            best = min(best, time.perf_counter() - t)
        mem = worker.run(sparql, args.rdflib_timeout)
        if mem is None:
            ratio = args.rdflib_timeout / best
            ratios.append(ratio)
            print(f"{name:30s} {rows:6d} {best:11.4f} {'>' + format(args.rdflib_timeout, 'g'):>10s} "
                  f"{'>=' + format(ratio, '.0f') + 'x':>9s}")
            worker = _Worker(nt)
            continue
        mem_s, mem_rows = mem
        ratio = mem_s / best
        ratios.append(ratio)
        flag = "" if mem_rows == rows else f"  (row counts differ: rdflib {mem_rows})"
        print(f"{name:30s} {rows:6d} {best:11.4f} {mem_s:10.3f} {ratio:8.1f}x{flag}")
    worker.close()
    gmean = math.exp(sum(math.log(r) for r in ratios) / len(ratios))
    print(f"\ngeometric mean speed-up: {gmean:.1f}x  (min {min(ratios):.1f}x, max {max(ratios):.1f}x); "
          f"goal >= 30x: {'met' if gmean >= 30 else 'NOT met'}")
    return 0


# helpers

def _build(args) -> Path:
    import kg.api

    source = Path(args.source) if args.source else max(
        (p for p in (ROOT.parent / "shared" / "corpora").glob("*") if p.suffix in (".gz", ".json", ".jsonl")),
        key=lambda p: p.stat().st_size)
    out = Path(args.out) if args.out else Path(tempfile.mkdtemp(prefix="kg-sparql-bench-"))
    if args.limit:
        subset = out / "input" / (source.name.replace(".gz", "").replace(".jsonl", "") + f".first{args.limit}.jsonl")
        subset.parent.mkdir(parents=True, exist_ok=True)
        opener = gzip.open if source.suffix == ".gz" else open
        with opener(source, "rt", encoding="utf-8") as f, subset.open("w", encoding="utf-8") as g:
            for i, line in enumerate(f):
                if i >= args.limit:
                    break
                g.write(line)
        source = subset
    print(f"building {source} -> {out} ...", flush=True)
    t = time.perf_counter()
    kg.api.build([source], processes=1).save(out / "build", report=False)
    print(f"built in {time.perf_counter() - t:.1f} s")
    return out / "build"


def _serve(nt: str, conn) -> None:
    from rdflib import Graph

    t = time.perf_counter()
    g = Graph()
    g.parse(nt, format="nt")
    for prefix, ns in PREFIXES.items():
        g.bind(prefix, ns)
    conn.send(time.perf_counter() - t)
    while True:
        sparql = conn.recv()
        if sparql is None:
            return
        t = time.perf_counter()
        rows = len(list(g.query(sparql)))
        conn.send((time.perf_counter() - t, rows))


class _Worker:
    """rdflib in a child process: parse once, then run queries with a time limit each."""

    def __init__(self, nt: Path):
        ctx = mp.get_context("spawn")
        self.conn, child = ctx.Pipe()
        self.proc = ctx.Process(target=_serve, args=(str(nt), child), daemon=True)
        self.proc.start()
        self.load_seconds = self.conn.recv()

    def run(self, sparql: str, timeout: float):
        self.conn.send(sparql)
        if self.conn.poll(timeout):
            return self.conn.recv()
        self.close(kill=True)
        return None

    def close(self, kill: bool = False) -> None:
        if self.proc.is_alive():
            if kill:
                self.proc.kill()
            else:
                self.conn.send(None)
            self.proc.join(10)


if __name__ == "__main__":
    sys.exit(main())
