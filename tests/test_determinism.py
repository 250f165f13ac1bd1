"""Same input, same output: `kg build` in two processes with different hash seeds."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest


def _build(seeds_dir: Path, out: Path, hashseed: str) -> None:
    env = dict(os.environ, PYTHONHASHSEED=hashseed)
    subprocess.run([sys.executable, "-m", "kg", "build", str(seeds_dir), "-o", str(out)],
                   check=True, env=env, capture_output=True, text=True)


@pytest.mark.slow
def test_seeds_build_is_byte_identical_across_hash_seeds(seeds_dir, tmp_path):
    # String hashing changes set iteration order between processes; nothing written may depend on it.
    _build(seeds_dir, tmp_path / "a", "1")
    _build(seeds_dir, tmp_path / "b", "2")
    files = sorted(p.name for p in (tmp_path / "a").iterdir() if p.is_file())
    assert {"graph.json", "graph.nt", "graph.html", "report.md", "extractions.jsonl"} <= set(files)
    differing = [name for name in files
                 if (tmp_path / "a" / name).read_bytes() != (tmp_path / "b" / name).read_bytes()]
    assert differing == []
