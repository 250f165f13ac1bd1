"""Benchmark: every named query (queries/*.rq) on the Oxigraph store vs rdflib's in-memory Graph.

Usage:
  python benchmarks/sparql_store_vs_memory.py BUILD_DIR            # a `kg build` output folder
  python benchmarks/sparql_store_vs_memory.py --from PATH [--limit N] [--out DIR]
                                             # build first (default PATH: the largest corpus
                                             # in ../shared/corpora; --limit keeps N papers)
Options: --rdflib-timeout S (default 60) caps each rdflib query; a query that hits it is
reported as ">= ratio". --repeat K (default 3): best of K runs on Oxigraph.
--older REV (repeatable; a git revision of this repository or a folder of .rq files): earlier
texts of the same named queries. rdflib also runs each earlier text that differs, Oxigraph runs
it natively, and a like-for-like table follows: per query, rdflib's best time over all texts
(they give the same answers; a text written for Oxigraph's planner can be pathological for
rdflib's engine) against Oxigraph's time on the current text.

Oxigraph is timed three ways: natively (pyoxigraph ``Store.query`` with kg's prefixes, every term
of every row read); through kg's rdflib wrapper (``kg.rdf.query``: rdflib Graph over the read-only
store through oxrdflib, query passed as a string; the wrapper converts every term, which costs up
to ~0.2 ms per row on large results); and as ``kg query`` runs it (pyoxigraph's result formatted
by ``format_result`` to the default table, so making the printed text is included; like the
other two it reuses the store opened once, where ``kg query`` opens it, ~25 ms, per call). All
three ratios are printed. rdflib parses graph.nt once in this process; each rdflib query runs in a forked child
(sharing the parsed graph, rows read, nothing printed) that is killed when it passes the time
limit. Goal: Oxigraph >= 30x faster (geometric mean over the queries that return rows).
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

import pyoxigraph as ox  # noqa: E402
from rdflib import Graph  # noqa: E402

from kg.rdf import build_store, named_queries, open_graph  # noqa: E402
from kg.rdf.results import format_result  # noqa: E402
from kg.rdf.namespace import PREFIXES  # noqa: E402


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("build", nargs="?", help="existing build folder (graph.nt, store/)")
    ap.add_argument("--from", dest="source", help="corpus file/folder to build from")
    ap.add_argument("--limit", type=int, help="keep the first N records of a .jsonl[.gz] corpus")
    ap.add_argument("--out", help="where to build (default: a temporary folder)")
    ap.add_argument("--rdflib-timeout", type=float, default=60.0)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--older", action="append", default=[], metavar="REV",
                    help="git revision or folder with earlier texts of the named queries (repeatable)")
    args = ap.parse_args(argv)

    build = Path(args.build) if args.build else _build(args)
    nt = build / "graph.nt"
    if not (build / "store").is_dir():
        build_store(build)
    n_triples = sum(1 for _ in nt.open(encoding="utf-8"))
    print(f"build: {build}  triples: {n_triples}")

    need = n_triples * RDFLIB_BYTES_PER_TRIPLE
    available = _available_memory()
    mem_graph = None
    if available is not None and need > 0.7 * available:
        print(f"rdflib in memory: skipped: {n_triples} triples need ~{need / 1024**3:.1f} GB in rdflib's Memory "
              f"store (~{RDFLIB_BYTES_PER_TRIPLE} B/triple), {available / 1024**3:.1f} GB available; "
              f"Oxigraph timings only (run with --from CORPUS --limit N for the ratio)")
    else:
        t = time.perf_counter()
        try:
            mem_graph = Graph()
            mem_graph.parse(nt, format="nt")
            for prefix, ns in PREFIXES.items():
                mem_graph.bind(prefix, ns)
            print(f"rdflib parse graph.nt: {time.perf_counter() - t:.2f} s")
        except MemoryError:
            mem_graph = None
            print(f"rdflib in memory: out of memory after {time.perf_counter() - t:.0f} s parsing graph.nt; "
                  f"Oxigraph timings only")
    t = time.perf_counter()
    ox_graph = open_graph(build)
    ox_store = ox.Store.read_only(str(build / "store"))
    print(f"open Oxigraph store: {time.perf_counter() - t:.3f} s")

    queries = named_queries()
    print(f"\n{'query':30s} {'rows':>6s} {'native s':>9s} {'kg s':>8s} {'cli s':>8s} {'rdflib s':>10s} "
          f"{'native':>8s} {'kg':>8s} {'cli':>8s}")
    ratios: dict[str, list[float]] = {"native": [], "kg": [], "cli": []}
    older = [(rev, _older_texts(rev, queries)) for rev in args.older]
    like: list[tuple] = []  # (name, rows, [(label, rdflib s or None, native s)], native, kg, cli) per query
    for name, path in queries.items():
        sparql = path.read_text(encoding="utf-8")
        native, rows = _best_of(args.repeat, lambda: _native_rows(ox_store, sparql))
        through_kg, kg_rows = _best_of(args.repeat, lambda: len(list(ox_graph.query(sparql))))
        cli, cli_text = _best_of(args.repeat, lambda: format_result(_native_result(ox_store, sparql), "table"))
        cli_rows = int(cli_text.rsplit("(", 1)[1].split()[0])  # the table ends with "(N rows)"
        note = "" if rows else "  (no rows on this build: not counted)"
        if kg_rows != rows:
            note += f"  (row counts differ: via rdflib wrapper {kg_rows})"
        if cli_rows != rows:
            note += f"  (row counts differ: kg query {cli_rows})"
        if mem_graph is None:
            print(f"{name:30s} {rows:6d} {native:9.4f} {through_kg:8.4f} {cli:8.4f} {'-':>10s} "
                  f"{'-':>8s} {'-':>8s} {'-':>8s}{note}")
            continue
        mem = _run_forked(mem_graph, sparql, args.rdflib_timeout)
        if mem is None:
            mem_s, bound = args.rdflib_timeout, ">="
        else:
            (mem_s, mem_rows), bound = mem, ""
            if mem_rows != rows:
                note += f"  (row counts differ: rdflib {mem_rows})"
        pair = {"native": mem_s / native, "kg": mem_s / through_kg, "cli": mem_s / cli}
        mem_col = (">" if bound else "") + format(mem_s, ".3f")
        print(f"{name:30s} {rows:6d} {native:9.4f} {through_kg:8.4f} {cli:8.4f} {mem_col:>10s} "
              + " ".join(f"{bound + format(pair[k], '.1f') + 'x':>8s}" for k in ("native", "kg", "cli")) + note)
        if rows:
            for k, v in pair.items():
                ratios[k].append(v)
        if older:
            # each distinct text runs once: {text: (rdflib s or None at the time limit, native s)}
            seen = {sparql: (None if mem is None else mem_s, native)}
            texts = [("current", *seen[sparql])]
            for rev, by_name in older:
                text = by_name.get(name)
                if text is None:
                    continue
                if text not in seen:
                    run = _run_forked(mem_graph, text, args.rdflib_timeout)
                    old_native, old_rows = _best_of(args.repeat, lambda: _native_rows(ox_store, text))
                    if old_rows != rows:
                        print(f"  {name} at {rev}: {old_rows} rows, current text {rows}")
                    seen[text] = (None if run is None else run[0], old_native)
                texts.append((rev, *seen[text]))
            like.append((name, rows, texts, native, through_kg, cli))
    if not ratios["native"]:
        print("\nno ratio: rdflib could not hold this graph")
        return 0
    for k, label in (("native", "Oxigraph queried natively (pyoxigraph Store.query, rows materialised)"),
                     ("kg", "Oxigraph through rdflib's Graph API (oxrdflib), as kg.rdf.query runs it"),
                     ("cli", "Oxigraph as `kg query` runs it (query_native, table text made)")):
        r = ratios[k]
        gmean = math.exp(sum(math.log(x) for x in r) / len(r))
        print(f"geometric mean speed-up vs rdflib in memory, {label}: {gmean:.1f}x "
              f"(min {min(r):.1f}x, max {max(r):.1f}x); goal >= 30x: {'met' if gmean >= 30 else 'NOT met'}")
    if like:
        _print_like_for_like(like, args.rdflib_timeout)
    return 0


def _older_texts(rev: str, queries: dict[str, Path]) -> dict[str, str]:
    """``{name: text}`` of the named queries at git revision ``rev`` (or in folder ``rev``)."""
    import subprocess

    if Path(rev).is_dir():
        return {p.stem: p.read_text(encoding="utf-8") for p in Path(rev).glob("*.rq")}
    out = {}
    for name in queries:
        res = subprocess.run(["git", "-C", str(ROOT), "show", f"{rev}:queries/{name}.rq"],
                             capture_output=True, text=True)
        if res.returncode == 0:
            out[name] = res.stdout
    return out


def _rdflib_cell(timing: tuple | None, timeout: float) -> str:
    """The rdflib column of one text: "-" when not run, ">cap" when it hit the time limit, else seconds."""
    if timing is None:
        return "-"
    return ">" + format(timeout, ".2f") if timing[0] is None else format(timing[0], ".3f")


def _print_like_for_like(like, timeout: float) -> None:
    """Per query: rdflib's best time over the current and earlier texts vs Oxigraph on the current one."""
    labels = [label for label, _, _ in like[0][2]]
    print("\nlike for like: rdflib's best time over the texts (" + ", ".join(labels)
          + ") vs Oxigraph on the current text")
    print(f"{'query':30s} " + " ".join(f"{'rd ' + lab[:9]:>12s}" for lab in labels) + " "
          + " ".join(f"{'ox ' + lab[:9]:>12s}" for lab in labels) + f" {'native':>9s} {'kg':>9s} {'cli':>9s}")
    ratios: dict[str, list[float]] = {"native": [], "kg": [], "cli": []}
    for name, rows, texts, native, kg_s, cli in like:
        by_label = {label: (r, n) for label, r, n in texts}
        finished = [r for _, r, _ in texts if r is not None]
        best, bound = (min(finished), "") if finished else (timeout, ">=")
        pair = {"native": best / native, "kg": best / kg_s, "cli": best / cli}
        rd = " ".join(f"{_rdflib_cell(by_label.get(lab), timeout):>12s}" for lab in labels)
        ox_cols = " ".join(f"{'-' if lab not in by_label else format(by_label[lab][1], '.4f'):>12s}" for lab in labels)
        note = "" if rows else "  (no rows on this build: not counted)"
        cells = " ".join(f"{bound + format(pair[k], '.1f') + 'x':>9s}" for k in ("native", "kg", "cli"))
        print(f"{name:30s} {rd} {ox_cols} {cells}{note}")
        if rows:
            for k, v in pair.items():
                ratios[k].append(v)
    for k in ("native", "kg", "cli"):
        r = ratios[k]
        gmean = math.exp(sum(math.log(x) for x in r) / len(r))
        print(f"like for like, geometric mean ({k}): {gmean:.1f}x (min {min(r):.1f}x, max {max(r):.1f}x); "
              f"goal >= 30x: {'met' if gmean >= 30 else 'NOT met'}")


RDFLIB_BYTES_PER_TRIPLE = 1500
"""Measured: parsing the 13.77 M-triple graph.nt of the 69k build into rdflib 7 died with MemoryError at 16.4 GB."""


# helpers

def _best_of(repeat: int, fn) -> tuple[float, int]:
    """(best wall seconds over ``repeat`` runs, the last result) of ``fn()``."""
    best, out = math.inf, 0
    for _ in range(max(1, repeat)):
        t = time.perf_counter()
        out = fn()
        best = min(best, time.perf_counter() - t)
    return best, out


def _native_result(store, sparql: str):
    """Run ``sparql`` on a pyoxigraph store with kg's prefixes, as ``kg.rdf.query_native`` does."""
    return store.query(sparql, prefixes={k: str(v) for k, v in PREFIXES.items()})


def _native_rows(store, sparql: str) -> int:
    """Run ``sparql`` on a pyoxigraph store with kg's prefixes; count the rows, reading every term."""
    result = _native_result(store, sparql)
    if isinstance(result, bool):
        return 1
    n = 0
    for row in result:
        tuple(row)  # materialise every term, as a caller would
        n += 1
    return n


def _available_memory() -> int | None:
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemAvailable:"):
                return int(line.split()[1]) * 1024
    except OSError:
        return None
    return None


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


def _run_forked(graph, sparql: str, timeout: float):
    """Run ``sparql`` on rdflib ``graph`` in a forked child; (seconds, rows), or None on timeout."""
    ctx = mp.get_context("fork")
    parent, child = ctx.Pipe(duplex=False)

    def work():
        t = time.perf_counter()
        rows = len(list(graph.query(sparql)))
        child.send((time.perf_counter() - t, rows))

    proc = ctx.Process(target=work, daemon=True)
    proc.start()
    try:
        return parent.recv() if parent.poll(timeout) else None
    finally:
        if proc.is_alive():
            proc.kill()
        proc.join(10)


if __name__ == "__main__":
    sys.exit(main())
