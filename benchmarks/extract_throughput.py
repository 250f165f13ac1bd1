"""Extraction throughput against spaCy's blank English tokenizer on the same arXiv abstracts.

Usage: python benchmarks/extract_throughput.py [--n 20000] [--processes 1 2] [--json OUT.json]

Reads the first N records of ../shared/corpora/arxiv_cs_2025-03-18_to_2026-07-01.jsonl.gz,
then times, over the same title + abstract texts:

1. ``spacy.blank("en").tokenizer.pipe``  (the baseline: tokenization only)
2. ``kg.extract.extract_papers(processes=P)`` for each P (the full extractor, as ``kg extract``
   runs it; pipeline loading is timed separately, pool start-up is included)

and prints papers/second and the throughput ratio extractor / tokenizer (goal >= 0.30), in
wall time and in CPU time (summed over processes). The tokenizer and the one-process extractor
take turns over blocks of 1,024 abstracts (each one pass over all of them, timed block by block
and summed): the load of a shared machine drifts by 20% within a minute here, and taking turns
puts the same drift on both sides of the ratio.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import sys
import time
from collections.abc import Callable
from itertools import islice
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = "arxiv_cs_2025-03-18_to_2026-07-01.jsonl.gz"
GOAL = 0.30


def load_records(path: Path, n: int) -> list[dict]:
    """The first ``n`` records as extractor input dicts (id, title, abstract, comment)."""
    out = []
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for line in islice(f, n):
            r = json.loads(line)
            out.append({"id": r["id"], "title": r.get("title") or "", "abstract": r.get("summary") or "",
                        "comment": r.get("comment")})
    return out


def _cpu() -> float:
    t = os.times()  # this process plus reaped children (the pool's workers)
    return t.user + t.system + t.children_user + t.children_system


BLOCK = 1024  # abstracts per turn (a multiple of the extractor's chunk of 128)


def _entities(rec: dict) -> int:
    return len(rec["methods"]) + len(rec["datasets"]) + len(rec["tasks"])


def _timed(count: Callable[[], int]) -> tuple[float, float, int]:
    """Wall seconds, CPU seconds (this process and its reaped workers) and the result of ``count()``."""
    start, cpu = time.perf_counter(), _cpu()
    n = count()
    return time.perf_counter() - start, _cpu() - cpu, n


def time_taking_turns(records: list[dict], extract: bool = True) -> tuple[tuple[float, float, int],
                                                                         tuple[float, float, int] | None]:
    """(wall seconds, CPU seconds, tokens) of the blank English tokenizer and (wall seconds, CPU seconds, entities)
    of the one-process extractor (None without ``extract``), each one pass over the texts, the two taking turns
    block by block."""
    import spacy
    from kg.extract import extract_papers

    tokenizer = spacy.blank("en").tokenizer
    # (one paper first, untimed: loading the pipeline also sets the process's collector, see runner._nlp, and the
    # tokenizer's first block must run under the same settings as the rest)
    list(extract_papers(records[:1], processes=1, on_error=lambda m: None))
    extracted = extract_papers(records, processes=1, on_error=lambda m: None) if extract else iter(())
    tok, ext = (0.0, 0.0, 0), (0.0, 0.0, 0)
    for i in range(0, len(records), BLOCK):
        block = records[i:i + BLOCK]
        texts = (f"{r['title']}\n\n{r['abstract']}" for r in block)
        tok = _summed(tok, _timed(lambda: sum(len(doc) for doc in tokenizer.pipe(texts, batch_size=256))))
        ext = _summed(ext, _timed(lambda: sum(_entities(rec) for rec in islice(extracted, len(block)))))
    return tok, (ext if extract else None)


def _summed(a: tuple[float, float, int], b: tuple[float, float, int]) -> tuple[float, float, int]:
    return a[0] + b[0], a[1] + b[1], a[2] + b[2]


def time_extract(records: list[dict], processes: int) -> tuple[float, float, int]:
    """Wall seconds, CPU seconds (all processes) and entities found by ``extract_papers``."""
    from kg.extract import extract_papers

    return _timed(lambda: sum(_entities(rec)
                              for rec in extract_papers(records, processes=processes, on_error=lambda m: None)))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=20_000, help="abstracts to process (default 20000)")
    ap.add_argument("--processes", type=int, nargs="+", default=[1, 2], help="extractor process counts")
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--json", type=Path, help="also write the figures here")
    args = ap.parse_args(argv)
    path = args.shared / "corpora" / CORPUS
    if not path.is_file():
        print(f"extract_throughput: {path} not found; nothing measured", file=sys.stderr)
        return 1

    records = load_records(path, args.n)
    n = len(records)
    chars = sum(len(r["title"]) + len(r["abstract"]) for r in records)
    print(f"{n:,} arXiv abstracts, {chars / 1e6:.1f} M characters, {os.cpu_count()} CPUs visible")

    from kg.extract.pipeline import load_nlp

    t0 = time.perf_counter()
    load_nlp()
    load_s = time.perf_counter() - t0

    (tok_s, tok_cpu, tokens), one_process = time_taking_turns(records, extract=1 in args.processes)
    runs = [(p, one_process if p == 1 else time_extract(records, p)) for p in args.processes]
    rows = [("spaCy blank('en') tokenizer", 1, tok_s, tok_cpu, f"{tokens:,} tokens")]
    rows += [(f"kg extract (processes={p})", p, w, c, f"{e:,} entities") for p, (w, c, e) in runs]

    print(f"pipeline load: {load_s:.2f} s (once per process, not in the times below)")
    print(f"tokenizer and one-process extractor taking turns over blocks of {BLOCK:,} abstracts\n")
    print(f"{'stage':30} {'procs':>5} {'wall s':>8} {'cpu s':>8} {'papers/s':>9} {'ratio':>6} {'cpu ratio':>9}  output")
    figures = []
    for name, p, secs, cpu, note in rows:
        rate = n / secs
        ratio, cpu_ratio = tok_s / secs, tok_cpu / cpu if cpu else 0.0
        print(f"{name:30} {p:5d} {secs:8.2f} {cpu:8.2f} {rate:9.0f} {ratio:6.3f} {cpu_ratio:9.3f}  {note}")
        figures.append({"stage": name, "processes": p, "seconds": round(secs, 3), "cpu_seconds": round(cpu, 3),
                        "papers_per_s": round(rate, 1), "ratio_vs_tokenizer": round(ratio, 4),
                        "cpu_ratio_vs_tokenizer": round(cpu_ratio, 4)})
    best = max(f["ratio_vs_tokenizer"] for f in figures[1:]) if len(figures) > 1 else 0.0
    serial = next((f["ratio_vs_tokenizer"] for f in figures[1:] if f["processes"] == 1), None)
    print(f"\nthroughput ratio extractor / tokenizer (wall): serial {serial if serial is not None else 'n/a'}, "
          f"best {best:.3f} (goal >= {GOAL:.2f}: {'met' if best >= GOAL else 'NOT met'})")
    if args.json:
        args.json.write_text(json.dumps({"n": n, "load_s": round(load_s, 3), "rows": figures,
                                         "goal": GOAL, "best_ratio": best}, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
