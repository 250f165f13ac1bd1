"""Benchmark: `kg build` of every corpus in ../shared/corpora, wall time and peak memory vs parsing alone.

Usage: python benchmarks/build_full.py [--corpora DIR] [--out DIR] [--processes N] [--json PATH]

Runs, each in a fresh child process:
  baseline  read + parse + deduplicate the files (kg.sources.load_papers), nothing else;
  build     `kg build FILES -o OUT --processes N` (the whole pipeline);
  stages    the same pipeline through the Python API with a timer around each stage
            (load, extract, graph, analytics, and each writer inside KnowledgeGraph.save),
            into OUT-stages (skip with --no-stages).
For each: wall time, the peak RSS of the largest single process (wait4 ru_maxrss, covers worker
processes too) and the peak summed RSS of the whole process tree (sampled every 0.1 s). Prints
the ratio build/baseline and checks the goals (< 5 min, < 4 GB on 2 cores). `kg build` exits 1
when an input is skipped (the PwC methods file is reported as skipped), which counts as success
here when it printed its "built" line.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPORA = ROOT.parent / "shared" / "corpora"
GOAL_SECONDS = 300.0
GOAL_BYTES = 4 * 1024**3

_BASELINE = """
import sys, time
from kg.sources import load_papers
t = time.perf_counter()
r = load_papers(sys.argv[1:])
print(f"papers {len(r.papers)} skipped {len(r.skipped)} seconds {time.perf_counter() - t:.2f}")
for s in r.skipped[:20]:
    print("skipped:", s)
"""


_STAGES = r"""
import importlib, inspect, json, sys, time
N, OUT, files = int(sys.argv[1]), sys.argv[2], sys.argv[3:]
T, C = {}, {}
def timed(name, fn):
    def wrapper(*a, **k):
        t, c = time.perf_counter(), time.process_time()
        try:
            return fn(*a, **k)
        finally:
            T[name] = T.get(name, 0.0) + time.perf_counter() - t
            C[name] = C.get(name, 0.0) + time.process_time() - c
    return wrapper
# time every public function of these modules, wherever it is imported (absent modules skipped)
TARGETS = ["kg.analytics.annotate", "kg.analytics.centrality", "kg.analytics.communities",
           "kg.analytics.trends", "kg.analytics.report", "kg.graph.build", "kg.graph.export",
           "kg.graph.projections", "kg.rdf.export", "kg.rdf.store", "kg.viz.html", "kg.viz.layout",
           "kg.viz.data", "kg.sources.loader", "kg.sources.merge", "kg.extract.canonical", "kg.fileio"]
for name in TARGETS + ["kg.api", "kg.rdf", "kg.viz", "kg.analytics", "kg.graph", "kg.sources"]:
    try:
        importlib.import_module(name)
    except ImportError:
        pass
wrappers = {}
for mname, mod in list(sys.modules.items()):
    if not (mname == "kg" or mname.startswith("kg.")) or mod is None:
        continue
    for attr, obj in list(vars(mod).items()):
        if inspect.isfunction(obj) and obj.__module__ in TARGETS and not attr.startswith("_") \
                and obj.__name__ not in ("atomic_write", "iter_jsonl", "read_bytes"):
            if obj not in wrappers:
                wrappers[obj] = timed(f"{obj.__module__}.{obj.__name__}", obj)
            setattr(mod, attr, wrappers[obj])
import kg.api
from kg.sources import load_papers
from kg.extract import extract_papers
from kg.graph import build_graph
from kg.analytics import annotate
t0 = time.perf_counter()
r = timed("STAGE 1 load+parse+dedupe", load_papers)(files)
records = timed("STAGE 2 extract", lambda: list(extract_papers(r.papers, processes=N)))()
G = timed("STAGE 3 graph", build_graph)(r.papers, records)
G = timed("STAGE 4 analytics (annotate)", annotate)(G, seed=0)
g = kg.api.KnowledgeGraph(r.papers, records, G, r.skipped, seed=0)
timed("STAGE 5 save (all outputs)", g.save)(OUT)
T["total"] = time.perf_counter() - t0
print("STAGES " + json.dumps(T))
print("CPUSTAGES " + json.dumps(C))
"""


def measure(cmd: list[str], *, env: dict | None = None, log: Path | None = None,
            max_memory_gb: float | None = None, timeout: float | None = None) -> dict:
    """Run ``cmd``; return wall seconds, exit status, peak RSS (largest process and tree sum), output.

    ``max_memory_gb`` caps each process's address space (RLIMIT_AS) so a runaway build fails
    with MemoryError instead of taking a shared machine down; ``timeout`` kills the process
    group after that many seconds (status -9).
    """
    import psutil
    import resource
    import signal

    def limits() -> None:
        os.setsid()
        if max_memory_gb:
            cap = int(max_memory_gb * 1024**3)
            resource.setrlimit(resource.RLIMIT_AS, (cap, cap))

    start = time.perf_counter()
    out = open(log, "w+b") if log else tempfile.TemporaryFile()
    proc = subprocess.Popen(cmd, stdout=out, stderr=subprocess.STDOUT, env=env, preexec_fn=limits)
    killer = None
    if timeout:
        killer = threading.Timer(timeout, lambda: os.killpg(proc.pid, signal.SIGKILL))
        killer.start()
    peak_tree = 0
    stop = threading.Event()

    def sample() -> None:
        nonlocal peak_tree
        try:
            root = psutil.Process(proc.pid)
        except psutil.NoSuchProcess:
            return
        while not stop.is_set():
            total = 0
            try:
                for p in [root, *root.children(recursive=True)]:
                    try:
                        total += p.memory_info().rss
                    except psutil.NoSuchProcess:
                        pass
            except psutil.NoSuchProcess:
                break
            peak_tree = max(peak_tree, total)
            stop.wait(0.1)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    if killer is not None:
        killer.cancel()
    stop.set()
    sampler.join()
    proc.returncode = os.waitstatus_to_exitcode(status)
    out.seek(0)
    text = out.read().decode("utf-8", "replace")
    out.close()
    return {
        "cmd": " ".join(cmd), "seconds": round(wall, 2), "status": proc.returncode,
        "peak_rss_process_bytes": usage.ru_maxrss * 1024, "peak_rss_tree_bytes": peak_tree,
        "user_seconds": round(usage.ru_utime, 1), "sys_seconds": round(usage.ru_stime, 1),
        "output": text,
    }


def corpus_files(corpora: Path) -> list[Path]:
    """Every file in the corpora folder except its README-like SOURCES.md."""
    return sorted(p for p in corpora.iterdir() if p.is_file() and p.suffix != ".md")


def stage_times(text: str, tag: str = "STAGES") -> dict[str, float]:
    """The stage timings the staged child printed on its "STAGES {json}" (wall) or
    "CPUSTAGES {json}" (CPU of the main process; worker processes not included) line."""
    m = re.search(rf"^{tag} (\{{.*\}})$", text, re.M)
    return json.loads(m.group(1)) if m else {}


def output_timeline(out: Path, started: float) -> list[tuple[str, float]]:
    """(file, seconds after the start when it was last written), in order: shows where time went."""
    rows = []
    for p in out.rglob("*"):
        if p.is_file():
            if p.stat().st_mtime >= started:
                rows.append((p.relative_to(out).as_posix(), p.stat().st_mtime - started))
    rows.sort(key=lambda r: r[1])
    collapsed: list[tuple[str, float]] = []
    for name, t in rows:  # the Oxigraph store is many files: keep the last one
        if name.startswith("store/") and collapsed and collapsed[-1][0].startswith("store/"):
            collapsed[-1] = ("store/", t)
        else:
            collapsed.append(("store/" if name.startswith("store/") else name, t))
    return collapsed


def gb(n: int) -> str:
    return f"{n / 1024**3:.2f} GB"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpora", type=Path, default=DEFAULT_CORPORA)
    ap.add_argument("--out", type=Path, default=Path(tempfile.gettempdir()) / "paperkg-bench" / "full")
    ap.add_argument("--processes", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--extra", default="", help="extra arguments for kg build, e.g. '--no-viz'")
    ap.add_argument("--no-stages", action="store_true", help="skip the per-stage timing run")
    ap.add_argument("--max-memory-gb", type=float, default=12.0,
                    help="address-space cap per process (RLIMIT_AS), default 12")
    ap.add_argument("--timeout", type=float, default=None, help="kill the build after this many seconds")
    ap.add_argument("--json", type=Path, help="also write the figures here")
    args = ap.parse_args(argv)
    if not args.corpora.is_dir():
        print(f"skip: {args.corpora} not found")
        return 0
    files = [str(p) for p in corpus_files(args.corpora)]
    py = sys.executable
    kg = str(Path(py).with_name("kg"))
    args.out.mkdir(parents=True, exist_ok=True)

    print(f"inputs: {len(files)} files in {args.corpora}: " + ", ".join(Path(f).name for f in files))
    base = measure([py, "-c", _BASELINE, *files])
    print(f"baseline (read+parse+dedupe): {base['seconds']:.1f} s, peak {gb(base['peak_rss_process_bytes'])}"
          f" | {base['output'].strip().splitlines()[0] if base['output'].strip() else ''}")
    if base["status"] != 0:
        print(base["output"][-3000:])

    cmd = [kg, "build", *files, "-o", str(args.out), "--processes", str(args.processes), *args.extra.split()]
    wall_start = time.time()
    build = measure(cmd, log=args.out.parent / "build_full.log", max_memory_gb=args.max_memory_gb,
                    timeout=args.timeout)
    timeline = output_timeline(args.out, wall_start)
    print("output files by the time they were finished (s after start; gaps = the stage before):")
    prev = 0.0
    for name, t in timeline:
        print(f"  {t:8.1f} s  (+{t - prev:7.1f})  {name}")
        prev = t
    ok = build["status"] in (0, 1) and "built " in build["output"]
    print(f"build: {'ok' if ok else 'FAILED status ' + str(build['status'])} in {build['seconds']:.1f} s "
          f"(user {build['user_seconds']} s, sys {build['sys_seconds']} s), "
          f"peak {gb(build['peak_rss_process_bytes'])} largest process, "
          f"{gb(build['peak_rss_tree_bytes'])} all processes")
    if not ok:
        print(build["output"][-3000:])
    for line in build["output"].splitlines():
        if line.startswith("built "):
            print("  " + line)
    stages, staged = {}, None
    if not args.no_stages:
        staged = measure([py, "-c", _STAGES, str(args.processes), str(args.out) + "-stages", *files],
                         max_memory_gb=args.max_memory_gb, timeout=args.timeout)
        stages = stage_times(staged["output"])
        cpu_stages = stage_times(staged["output"], "CPUSTAGES")
        print(f"staged run (Python API, same stages): {staged['seconds']:.1f} s, peak "
              f"{gb(staged['peak_rss_process_bytes'])} largest process, {gb(staged['peak_rss_tree_bytes'])} all")
        if not stages:
            print(staged["output"][-3000:])
        total = stages.get("total", staged["seconds"])
        print("  stages (they add up to the total):")
        for name, secs in sorted(stages.items()):
            if name.startswith("STAGE"):
                print(f"    {name[6:]:44s} {secs:7.1f} s ({100 * secs / max(total, 1e-9):4.1f}%)"
                      f"  CPU {cpu_stages.get(name, 0.0):7.1f} s")
        print("  functions inside the stages (nested, so shares overlap), >= 0.5 s:")
        for name, secs in sorted(stages.items(), key=lambda kv: -kv[1]):
            if not name.startswith("STAGE") and name != "total" and secs >= 0.5:
                print(f"    {name:44s} {secs:7.1f} s ({100 * secs / max(total, 1e-9):4.1f}%)"
                      f"  CPU {cpu_stages.get(name, 0.0):7.1f} s")
    outputs = {p.name: p.stat().st_size for p in sorted(args.out.iterdir()) if p.is_file()}
    for name, size in outputs.items():
        print(f"  {name}: {size / 1e6:.1f} MB")
    skipped = (args.out / "skipped.txt").read_text(encoding="utf-8") if (args.out / "skipped.txt").exists() else ""
    pwc = [line for line in skipped.splitlines() if "pwc_methods" in line]
    print(f"skipped.txt: {len(skipped.splitlines())} lines; PwC methods file reported: {bool(pwc)}"
          + (f" ({pwc[0][:160]})" if pwc else ""))
    ratio = build["seconds"] / max(base["seconds"], 1e-9)
    print(f"RATIO build/parse wall time: {ratio:.1f}x")
    goal_t = build["seconds"] < GOAL_SECONDS
    goal_m = max(build["peak_rss_tree_bytes"], build["peak_rss_process_bytes"]) < GOAL_BYTES
    print(f"GOAL < 5 min: {'met' if goal_t and ok else 'MISSED'}; GOAL < 4 GB: {'met' if goal_m and ok else 'MISSED'}")
    if args.json:
        for r in (base, build, staged):
            if r is not None:
                r["output_tail"] = r.pop("output")[-4000:]
        args.json.write_text(json.dumps({"baseline": base, "build": build, "staged": staged, "stages": stages,
                                         "timeline": timeline,
                                         "outputs": outputs, "ratio": ratio, "out": str(args.out),
                                         "processes": args.processes}, indent=2))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
