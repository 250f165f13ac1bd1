"""Benchmark: centrality and communities on the full graph, and the error of sampled betweenness.

Usage: python benchmarks/analytics_scale.py --dir BUILD_DIR [--sub-nodes 2500] [--ks 16,64,256,1024] [--json PATH]

Part 1 (full graph from BUILD_DIR/graph.json, the kg.analytics functions `kg build` uses, on the
undirected projection without the node types `kg build` excludes, i.e. authors): time of the projection,
degree, PageRank, betweenness at the sample size `kg build` picks, and Louvain (+ modularity). Baseline:
degree centrality (one pass over the graph); every time is also printed as a ratio to it, and the share of
the total says what dominates.

Part 2 (error of sampled betweenness): on a connected subgraph of about --sub-nodes nodes (random
papers, seed 0, plus all their neighbours; largest component), exact betweenness vs sampled at
each k: Spearman rank correlation, overlap of the top 20 / top 100 nodes, mean and max absolute
error (normalised betweenness), and the time ratio sampled/exact.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from pathlib import Path


CPU: dict[str, float] = {}


def timed(fn, *args, **kwargs):
    """Return (result, wall seconds); CPU seconds of the call go to CPU[fn name] (a shared
    machine stretches wall time, CPU time much less)."""
    t, c = time.perf_counter(), time.process_time()
    out = fn(*args, **kwargs)
    CPU[getattr(fn, "__name__", "call")] = time.process_time() - c
    return out, time.perf_counter() - t


def error_stats(exact: dict, approx: dict) -> dict:
    """Spearman rho, top-20/top-100 overlap, mean/max absolute error of ``approx`` vs ``exact``."""
    from scipy.stats import spearmanr

    nodes = sorted(exact)
    xs = [exact[n] for n in nodes]
    ys = [approx[n] for n in nodes]
    rho = float(spearmanr(xs, ys).statistic)

    def top(d, k):
        return {n for n, _ in sorted(d.items(), key=lambda kv: (-kv[1], kv[0]))[:k]}

    errs = [abs(x - y) for x, y in zip(xs, ys)]
    return {
        "spearman": round(rho, 4),
        "top20_overlap": len(top(exact, 20) & top(approx, 20)) / 20,
        "top100_overlap": len(top(exact, 100) & top(approx, 100)) / 100,
        "mean_abs_error": sum(errs) / len(errs),
        "max_abs_error": max(errs),
        "mean_exact": sum(xs) / len(xs),
    }


def sample_subgraph(H, target: int, seed: int = 0):
    """A connected subgraph of about ``target`` nodes: random papers plus their neighbours."""
    import networkx as nx

    rng = random.Random(seed)
    papers = sorted(n for n, t in H.nodes(data="type") if t == "paper")
    rng.shuffle(papers)
    chosen: set = set()
    for p in papers:
        if len(chosen) >= target:
            break
        chosen.add(p)
        chosen.update(H[p])
    S = H.subgraph(chosen)
    biggest = max(nx.connected_components(S), key=len)
    return nx.Graph(S.subgraph(biggest))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--dir", type=Path, required=True, help="a kg build output directory")
    ap.add_argument("--sub-nodes", type=int, default=2500)
    ap.add_argument("--ks", default="16,64,256,1024")
    ap.add_argument("--json", type=Path)
    args = ap.parse_args(argv)
    graph_file = args.dir / "graph.json"
    if not graph_file.exists():
        print(f"skip: {graph_file} not found (run benchmarks/build_full.py first)")
        return 0

    from kg.analytics import centrality, communities
    from kg.graph import graph_from_json
    from kg.graph.projections import undirected

    try:  # the node types kg build leaves out of centrality and communities (authors)
        from kg.analytics.annotate import CORE_EXCLUDE as exclude
    except ImportError:
        exclude = ()
    G, t_load = timed(lambda: graph_from_json(graph_file.read_text(encoding="utf-8")))
    H, t_proj = timed(undirected, G, exclude=exclude)
    n, m = H.number_of_nodes(), H.number_of_edges()
    print(f"graph: {G.number_of_nodes()} nodes, {G.number_of_edges()} edges; undirected projection "
          f"without {', '.join(exclude) or 'nothing'} (as kg build): {n} nodes, {m} edges (load {t_load:.1f} s)")
    k_full = centrality.betweenness_sample_size(n, m)
    times = {"projection": t_proj}
    _, times["degree"] = timed(centrality.degree, H)
    _, times["pagerank"] = timed(centrality.pagerank, H)
    _, times[f"betweenness (k={k_full})"] = timed(centrality.betweenness, H, seed=0)
    parts, times["louvain"] = timed(communities.louvain, H, seed=0)
    q, times["modularity"] = timed(communities.modularity, H, parts)
    total = sum(times.values())
    base = max(times["degree"], 1e-9)
    print(f"louvain: {len(parts)} communities, largest {len(parts[0])}, modularity {q:.3f}")
    cpu = {"projection": CPU.get("undirected", 0.0), "degree": CPU.get("degree", 0.0),
           "pagerank": CPU.get("pagerank", 0.0), f"betweenness (k={k_full})": CPU.get("betweenness", 0.0),
           "louvain": CPU.get("louvain", 0.0), "modularity": CPU.get("modularity", 0.0)}
    for name, secs in sorted(times.items(), key=lambda kv: -kv[1]):
        print(f"  {name:28s} {secs:8.2f} s wall ({cpu.get(name, 0.0):7.2f} s CPU)  {100 * secs / total:5.1f}%  "
              f"RATIO vs degree {secs / base:8.1f}x")
    dominant = max(times, key=times.get)
    print(f"dominant: {dominant} ({100 * times[dominant] / total:.0f}% of {total:.1f} s)")

    S = sample_subgraph(H, args.sub_nodes)
    exact, t_exact = timed(centrality.betweenness, S, k=S.number_of_nodes())
    print(f"\nsampled betweenness error on a {S.number_of_nodes()}-node, {S.number_of_edges()}-edge subgraph "
          f"(exact took {t_exact:.1f} s):")
    print("  k      spearman  top20  top100  mean_abs_err  max_abs_err  time_ratio")
    errors = []
    for k in [int(x) for x in args.ks.split(",")]:
        if k >= S.number_of_nodes():
            continue
        approx, t_k = timed(centrality.betweenness, S, k=k, seed=0)
        e = error_stats(exact, approx) | {"k": k, "seconds": t_k}
        errors.append(e)
        print(f"  {k:<6d} {e['spearman']:8.3f}  {e['top20_overlap']:5.2f}  {e['top100_overlap']:6.2f}  "
              f"{e['mean_abs_error']:12.2e}  {e['max_abs_error']:11.2e}  {t_k / t_exact:9.3f}")
    frac = k_full / n
    print(f"kg build samples k={k_full} of {n} nodes on the full graph ({100 * frac:.2f}% of sources); "
          f"on the subgraph the same fraction would be k={max(1, round(frac * S.number_of_nodes()))}")
    if args.json:
        args.json.write_text(json.dumps({
            "nodes": n, "edges": m, "multidigraph_nodes": G.number_of_nodes(),
            "multidigraph_edges": G.number_of_edges(), "load_seconds": t_load, "times": times, "cpu": cpu,
            "k_full": k_full, "communities": len(parts), "modularity": q,
            "subgraph_nodes": S.number_of_nodes(), "subgraph_edges": S.number_of_edges(),
            "exact_seconds": t_exact, "errors": errors}, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
