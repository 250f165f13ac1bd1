"""Run every benchmark in order (`make bench`); each prints its figure as a ratio against a baseline.

Usage: python benchmarks/run_all.py [--out DIR] [--reuse-build] [--only NAME ...]

1. extract_throughput.py      extraction vs spaCy's blank tokenizer on 20,000 abstracts
2. build_full.py              `kg build` of all of ../shared/corpora: wall time, peak memory, stages
3. sparql_store_vs_memory.py  the named SPARQL queries, Oxigraph store vs rdflib in memory: on the full
                              build (rdflib is skipped when the graph cannot fit in memory), then on
                              the first 20,000 papers of the largest corpus (the ratio)
4. analytics_scale.py         centrality and communities on the full graph, sampled-betweenness error
5. viewer_load.py             the viewer on the 9,877-paper HF corpus (the goal), then on the full build
Figures go to DIR/*.json and the console; a missing script is reported and skipped.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
LARGEST_CORPUS = HERE.parent.parent / "shared" / "corpora" / "arxiv_cs_2025-03-18_to_2026-07-01.jsonl.gz"


def plan(out: Path, build_dir: Path, reuse: bool) -> list[tuple[str, list[str]]]:
    """The benchmarks to run, as (script name, arguments); the viewer on the full build is
    informational (its 3-s limit belongs to the HF corpus), so its exit status is not a failure."""
    return [
        ("extract_throughput.py", ["--json", str(out / "extract_throughput.json")]),
        # --no-stages: the per-stage API run would build everything a second time; the output
        # timeline of the one build already shows where the time goes
        ("build_full.py", ["--out", str(build_dir), "--no-stages", "--json", str(out / "build_full.json")]
         if not reuse else []),
        ("sparql_store_vs_memory.py", [str(build_dir)]),
        # rdflib cannot hold the full graph in memory: the ratio is taken on the first 20,000
        # papers of the largest corpus
        ("sparql_store_vs_memory.py", ["--from", str(LARGEST_CORPUS), "--limit", "20000",
                                       "--out", str(out / "sparql-20k")]),
        ("analytics_scale.py", ["--dir", str(build_dir), "--json", str(out / "analytics_scale.json")]),
        ("viewer_load.py", []),  # the viewer's goal is on the 9,877-paper HF corpus (it builds it)
        ("viewer_load.py", ["--dir", str(build_dir), "--out", str(out / "viewer-full.html")]),
    ]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=Path(tempfile.gettempdir()) / "paperkg-bench")
    ap.add_argument("--reuse-build", action="store_true", help="skip build_full.py, use OUT/full as it is")
    ap.add_argument("--only", nargs="*", help="run only these scripts (names without .py)")
    args = ap.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    build_dir = args.out / "full"
    failures = []
    for script, script_args in plan(args.out, build_dir, args.reuse_build):
        name = script.removesuffix(".py")
        if args.only and name not in args.only:
            continue
        if script == "build_full.py" and args.reuse_build:
            print(f"== {name}: reusing {build_dir}", flush=True)
            continue
        path = HERE / script
        if script != "build_full.py" and str(build_dir) in script_args and not (build_dir / "graph.json").exists():
            print(f"== {name}: skipped, no full build in {build_dir} (build_full failed or was not run)")
            failures.append(name)
            continue
        if not path.exists():
            print(f"== {name}: not present, skipped", flush=True)
            continue
        print(f"== {name} {' '.join(script_args)}", flush=True)
        t = time.perf_counter()
        status = subprocess.call([sys.executable, str(path), *script_args])
        print(f"== {name}: exit {status} after {time.perf_counter() - t:.1f} s", flush=True)
        if status != 0 and not (script == "viewer_load.py" and str(build_dir) in script_args):
            failures.append(name)
    if failures:
        print("failed: " + ", ".join(failures))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
