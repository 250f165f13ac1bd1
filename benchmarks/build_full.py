"""Benchmark: `kg build` of every corpus in ../shared/corpora, wall time and peak memory vs parsing alone.

Usage: python benchmarks/build_full.py [--corpora DIR] [--out DIR] [--processes N] [--json PATH]

Runs, each in a fresh child process:
  baseline  read + parse + deduplicate the files (kg.sources.load_papers), nothing else;
  build     `kg build FILES -o OUT --processes N` (the whole pipeline).
For each: wall time, the peak RSS of the largest single process (wait4 ru_maxrss, covers worker
processes too) and the peak summed RSS of the whole process tree (sampled every 0.1 s). Prints
the ratio build/baseline and checks the goals (< 5 min, < 4 GB on 2 cores). Stage times are taken
from the build's own log lines when it prints them ("stage NAME: SECONDS s").
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


def measure(cmd: list[str], *, env: dict | None = None, log: Path | None = None) -> dict:
    """Run ``cmd``; return wall seconds, exit status, peak RSS (largest process and tree sum), output."""
    import psutil

    start = time.perf_counter()
    out = open(log, "w+b") if log else tempfile.TemporaryFile()
    proc = subprocess.Popen(cmd, stdout=out, stderr=subprocess.STDOUT, env=env)
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


def stage_times(text: str) -> dict[str, float]:
    """Pull "stage NAME: 12.3 s"-style lines out of the build log (as many as it prints)."""
    found: dict[str, float] = {}
    for m in re.finditer(r"(?im)^\W*(?:stage\s+)?([a-z][\w /+-]*?)\s*[:=]\s*([0-9]+(?:\.[0-9]+)?)\s*s\b", text):
        found[m.group(1).strip()] = float(m.group(2))
    return found


def gb(n: int) -> str:
    return f"{n / 1024**3:.2f} GB"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpora", type=Path, default=DEFAULT_CORPORA)
    ap.add_argument("--out", type=Path, default=Path(tempfile.gettempdir()) / "paperkg-bench" / "full")
    ap.add_argument("--processes", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--extra", default="", help="extra arguments for kg build, e.g. '--no-viz'")
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
    build = measure(cmd, log=args.out.parent / "build_full.log")
    ok = build["status"] == 0
    print(f"build: {'ok' if ok else 'FAILED status ' + str(build['status'])} in {build['seconds']:.1f} s "
          f"(user {build['user_seconds']} s, sys {build['sys_seconds']} s), "
          f"peak {gb(build['peak_rss_process_bytes'])} largest process, {gb(build['peak_rss_tree_bytes'])} all processes")
    if not ok:
        print(build["output"][-3000:])
    stages = stage_times(build["output"])
    for name, secs in sorted(stages.items(), key=lambda kv: -kv[1]):
        print(f"  stage {name}: {secs:.1f} s ({100 * secs / max(build['seconds'], 1e-9):.0f}%)")
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
        for r in (base, build):
            r["output_tail"] = r.pop("output")[-4000:]
        args.json.write_text(json.dumps({"baseline": base, "build": build, "stages": stages,
                                         "outputs": outputs, "ratio": ratio, "out": str(args.out),
                                         "processes": args.processes}, indent=2))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
