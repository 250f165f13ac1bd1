"""Benchmark: how fast the viewer page (graph.html) of the full HF corpus opens in headless Chromium.

Builds the graph of the 9,877-paper HF Daily Papers corpus with ``kg.build`` (or reads a
``kg build`` output directory given with ``--dir``), writes the page with ``kg.viz.to_html``,
then opens it several times from disk (file://) in headless Chromium and reports the time
from navigation start until the page is interactive (``window.kgReady``: data parsed,
nodes in the network, handlers bound, first frame drawn). Baseline, measured in the same
run and browser: a page holding only the same inlined vis-network library and an empty
network. The ratio page/baseline is less sensitive to the load of a shared machine.

Usage::

    .venv/bin/python benchmarks/viewer_load.py                       # build the corpus (~6 min)
    .venv/bin/python benchmarks/viewer_load.py --dir output/hf       # reuse a build directory
    .venv/bin/python benchmarks/viewer_load.py --dir output/hf --top 500 --runs 5
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpora" / "hf_daily_papers_2024-05-27_to_2026-08-21.jsonl.gz"
LIMIT_S = 3.0

BASELINE = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>baseline</title>
<style>html,body,#n{{margin:0;height:100%}}</style><style>{css}</style></head>
<body><div id="n"></div><script>{js}</script><script>
var network = new vis.Network(document.getElementById("n"), {{nodes: new vis.DataSet(), edges: new vis.DataSet()}},
                              {{physics: {{enabled: false}}}});
network.once("afterDrawing", function () {{ window.kgReady = true; window.kgReadyAt = performance.now(); }});
</script></body></html>"""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dir", type=Path, help="a `kg build` output directory (default: build the corpus)")
    parser.add_argument("--corpus", type=Path, default=CORPUS, help="corpus to build when --dir is not given")
    parser.add_argument("--top", type=int, default=1000, help="nodes shown when the page opens (default: 1000)")
    parser.add_argument("--runs", type=int, default=3, help="page loads per page (default: 3)")
    parser.add_argument("--out", type=Path, help="where to write graph.html (default: a temporary folder)")
    args = parser.parse_args(argv)

    from kg.viz import to_html
    from kg.viz.headless import Chromium, find_chromium
    from kg.viz.html import _vis_assets

    if find_chromium() is None:
        print("no Chromium found: install Debian 'chromium' or set KG_CHROMIUM", file=sys.stderr)
        return 2
    work = Path(tempfile.mkdtemp(prefix="kg-viewer-bench-"))
    started = time.perf_counter()
    if args.dir:
        from kg.viz.cli import load_graph

        G = load_graph(args.dir)
        print(f"loaded {args.dir / 'graph.json'}: {time.perf_counter() - started:.1f} s")
    else:
        import kg

        G = kg.build([args.corpus]).nx
        print(f"built {args.corpus.name}: {time.perf_counter() - started:.1f} s")
    print(f"graph: {G.number_of_nodes():,} nodes, {G.number_of_edges():,} edges")

    page = args.out or work / "graph.html"
    t = time.perf_counter()
    to_html(G, page, top=args.top)
    print(f"to_html: {time.perf_counter() - t:.1f} s, {page.stat().st_size / 1e6:.1f} MB")

    js, css = _vis_assets()
    baseline = work / "baseline.html"
    baseline.write_text(BASELINE.format(js=js, css=css), encoding="utf-8")

    with Chromium() as browser:
        base = [_load(browser, baseline.as_uri()) for _ in range(args.runs)]
        view = [_load(browser, page.as_uri()) for _ in range(args.runs)]
        checks = _check(browser, page.as_uri(), G.number_of_nodes())
    b, v = statistics.median(r["ready"] for r in base), statistics.median(r["ready"] for r in view)
    full = statistics.median(r["loaded"] for r in view)
    print(f"baseline (empty vis-network page): median {b:.3f} s  runs {[round(r['ready'], 3) for r in base]}")
    print(f"viewer ({args.top} of {G.number_of_nodes():,} nodes shown), drawn and interactive: median {v:.3f} s  "
          f"runs {[round(r['ready'], 3) for r in view]}")
    print(f"viewer, all tooltip/search data parsed too: median {full:.3f} s  "
          f"runs {[round(r['loaded'], 3) for r in view]}")
    median_run = sorted(view, key=lambda r: r["ready"])[len(view) // 2]
    print("viewer phases of the median run (ms from navigation start): "
          + ", ".join(f"{k} {t:.0f}" for k, t in median_run["phases"]))
    print(f"ratio viewer/baseline: {v / b:.1f}x (interactive), {full / b:.1f}x (all data)")
    print(f"checks: {checks}")
    ok = full < LIMIT_S and checks["errors"] == [] and checks["other_requests"] == [] and checks["all_nodes"]
    print(f"{'PASS' if ok else 'FAIL'}: interactive in {v:.2f} s, all data in {full:.2f} s (limit {LIMIT_S:g} s)")
    return 0 if ok else 1


def _load(browser, url: str) -> dict:
    page = browser.new_page()
    try:
        page.goto(url, timeout=120)
        page.wait_for("window.kgReady === true", timeout=120, interval=0.01)
        ready = page.evaluate("window.kgReadyAt") / 1000
        if "baseline" not in url:
            page.wait_for("window.kgLoaded === true", timeout=120, interval=0.01)
        loaded = (page.evaluate("window.kgLoadedAt") or page.evaluate("window.kgReadyAt")) / 1000
        marks = page.evaluate("performance.getEntriesByType('mark').map(m => [m.name, m.startTime])")
        nav = page.evaluate("performance.getEntriesByType('navigation')[0].responseEnd")
        return {"ready": ready, "loaded": loaded,
                "phases": [("file read", nav), *[(k.replace("kg-", ""), t) for k, t in marks]]}
    finally:
        page.close()


def _check(browser, url: str, n_nodes: int) -> dict:
    page = browser.new_page()
    try:
        page.goto(url, timeout=120)
        page.wait_for("window.kgLoaded === true", timeout=120)
        t = time.perf_counter()
        page.evaluate("kgViewer.focusNode(kgViewer.search('transformer')[0])")
        search_ms = (time.perf_counter() - t) * 1000
        return {"all_nodes": page.evaluate("kgViewer.data.nodes.length") == n_nodes,
                "shown": page.evaluate("kgViewer.nodes.length"),
                "first_search_and_focus_ms": round(search_ms),
                "errors": page.errors,
                "other_requests": [u for u in page.requests if u != url and not u.startswith("data:")]}
    finally:
        page.close()


if __name__ == "__main__":
    sys.exit(main())
