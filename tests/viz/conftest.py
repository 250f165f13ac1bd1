"""Fixtures for the viewer tests: schema graphs (plain and hostile), the seeds build, Chromium."""

from __future__ import annotations

from pathlib import Path

import pytest

from viz_graphs import make_graph


@pytest.fixture
def graph():
    return make_graph()


@pytest.fixture
def hostile_graph():
    return make_graph(hostile=True)


@pytest.fixture(scope="session")
def seeds_kg(seeds_dir):
    if not seeds_dir.is_dir():
        pytest.skip("seeds/ is not in this checkout")
    import kg

    return kg.build([seeds_dir])


@pytest.fixture(scope="session")
def chromium():
    from kg.viz.headless import Chromium, find_chromium

    if find_chromium() is None:
        pytest.skip("no Chromium executable (Debian package 'chromium' or $KG_CHROMIUM): browser tests need it")
    with Chromium() as browser:
        yield browser


@pytest.fixture(scope="session")
def artifacts_dir() -> Path:
    out = Path(__file__).resolve().parents[2] / "test-artifacts"
    out.mkdir(exist_ok=True)
    return out
