"""The named queries (top-level queries/) ship in the package as kg/rdf/named_queries, a symlink in the
checkout that a wheel turns into files, so every kind of install (--user, --target, a venv) finds them."""

from __future__ import annotations

import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

from kg.rdf import named_queries

ROOT = Path(__file__).resolve().parents[2]


def test_the_package_data_covers_every_named_query():
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    patterns = config["tool"]["setuptools"]["package-data"]["kg.rdf"]
    shipped = {p.stem for pattern in patterns for p in (ROOT / "kg" / "rdf").glob(pattern)}
    on_disk = {p.stem for p in (ROOT / "queries").glob("*.rq")}
    assert shipped == on_disk == set(named_queries()) and len(on_disk) >= 10


def test_an_installed_copy_of_the_package_reads_its_own_queries(tmp_path):
    site = tmp_path / "site-packages"  # as pip lays a wheel out: no checkout queries/ beside it
    shutil.copytree(ROOT / "kg", site / "kg", ignore=shutil.ignore_patterns("__pycache__"))  # symlink -> files
    assert not (site / "kg" / "rdf" / "named_queries").is_symlink()
    code = (f"import sys; sys.path.insert(0, {str(site)!r}); "
            "from kg.rdf.queries import QUERIES_DIR, named_queries; print(QUERIES_DIR); print(len(named_queries()))")
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, cwd=tmp_path)
    assert run.returncode == 0, run.stderr
    where, count = run.stdout.split()
    assert Path(where) == site / "kg" / "rdf" / "named_queries" and int(count) == len(named_queries())
