"""The named queries ship with a wheel (pyproject data-files) and are found there when no checkout is around."""

from __future__ import annotations

import glob
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

from kg.rdf import named_queries

ROOT = Path(__file__).resolve().parents[2]


def test_the_wheel_installs_every_named_query():
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    data_files = config["tool"]["setuptools"]["data-files"]
    shipped = {Path(p).stem for pattern in data_files["share/paperkg/queries"] for p in glob.glob(str(ROOT / pattern))}
    assert shipped == set(named_queries()) and len(shipped) >= 10


def test_an_installed_package_reads_the_queries_from_its_prefix(tmp_path):
    site, prefix = tmp_path / "site-packages", tmp_path / "prefix"
    shutil.copytree(ROOT / "kg", site / "kg", ignore=shutil.ignore_patterns("__pycache__", "*.so"))
    shutil.copytree(ROOT / "queries", prefix / "share" / "paperkg" / "queries")
    code = (f"import sys; sys.prefix = {str(prefix)!r}; sys.path.insert(0, {str(site)!r}); "
            "from kg.rdf.queries import QUERIES_DIR, named_queries; print(QUERIES_DIR); print(len(named_queries()))")
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, cwd=tmp_path)
    assert run.returncode == 0, run.stderr
    where, count = run.stdout.split()
    assert Path(where) == prefix / "share" / "paperkg" / "queries" and int(count) == len(named_queries())
