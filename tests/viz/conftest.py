"""Fixtures for the viewer tests: schema graphs (plain and hostile), the page's data, the seeds build, Chromium.

pytest runs in importlib mode, so helpers reach the tests as fixtures (``page_json``,
``payloads``), not as imports.
"""

from __future__ import annotations

import base64
import gzip
import json
import re
from pathlib import Path

import pytest

from kg.analytics import annotate
from kg.graph import build_graph
from kg.sources.model import Paper

#: Each payload, if it ever ran, would set window.__pwned (and the document title).
PAYLOADS = (
    '<img src=x onerror="window.__pwned=1;document.title=\'pwned\'">',
    "<script>window.__pwned=2;document.title='pwned'</script>",
    "</script><script>window.__pwned=3</script><!--",
    '<a href="javascript:window.__pwned=4">href</a>',
    "<svg onload=window.__pwned=5>",
)


def make_graph(hostile: bool = False):
    """A small annotated graph built by the real graph stage (kg.graph.build_graph + annotate)."""
    bad = " ".join(PAYLOADS) if hostile else ""
    papers = [
        Paper(id="2401.00001", title=f"BERT on GLUE {bad}".strip(),
              abstract=f"We fine-tune BERT on GLUE for natural language understanding. {bad}".strip(),
              published="2024-01-02", date_precision="day", upvotes=42, organization=f"Acme Research {bad}".strip(),
              authors=["Ada Lovelace", f"Eve {bad}".strip()], arxiv_id="2401.00001",
              github=["https://github.com/acme/bert-glue"]),
        Paper(id="2401.00002", title="RoBERTa: a robustly optimised BERT",
              abstract="We propose RoBERTa and evaluate it on GLUE and SQuAD for question answering.",
              published="2024-01-03", date_precision="day", upvotes=7, authors=["Ada Lovelace"]),
        Paper(id="2401.00003", title="ResNet for CIFAR-10",
              abstract="We train ResNet on CIFAR-10 for image classification.",
              published="2024-02-01", date_precision="day", upvotes=1),
    ]

    def ent(name, sentence, aliases=(), proposed=False):
        return {"name": name, "aliases": list(aliases), "proposed": proposed, "confidence": 0.9,
                "mentions": [{"text": name, "field": "abstract", "start": 0, "end": len(name),
                              "sentence": sentence, "rule": "test"}]}

    records = [
        {"id": "2401.00001",
         "methods": [ent("BERT", f"We fine-tune BERT on GLUE. {bad}".strip(),
                         ["Bidirectional Encoder Representations"])]
         + ([ent(PAYLOADS[0], f"The method {PAYLOADS[1]} works.")] if hostile else []),
         "datasets": [ent("GLUE", "We fine-tune BERT on GLUE.")],
         "tasks": [ent("natural language understanding", "for natural language understanding")],
         "repos": ["https://github.com/acme/bert-glue"], "urls": []},
        {"id": "2401.00002",
         "methods": [ent("RoBERTa", "We propose RoBERTa.", proposed=True), ent("BERT", "a robustly optimised BERT")],
         "datasets": [ent("GLUE", "evaluate it on GLUE"), ent("SQuAD", "and SQuAD")],
         "tasks": [ent("question answering", "for question answering")], "repos": [], "urls": []},
        {"id": "2401.00003",
         "methods": [ent("ResNet", "We train ResNet on CIFAR-10.")],
         "datasets": [ent("CIFAR-10", "We train ResNet on CIFAR-10.")],
         "tasks": [ent("image classification", "for image classification")], "repos": [], "urls": []},
    ]
    return annotate(build_graph(papers, records), seed=0)


def page_json(html_text: str) -> dict:
    """The data the page embeds (what its script decodes), nodes as dicts with their ``info``."""
    data, infos = (_block(html_text, name) for name in ("kg-data", "kg-info"))
    rows, fields = data["nodes"], data["node_fields"]
    assert len(infos) == len(rows)
    data["nodes"] = [dict(zip(fields, row)) for row in rows]
    for n, info in zip(data["nodes"], infos):
        n["type"] = data["types"][n["type"]]["name"]
        n["info"] = info
    return data


def _block(html_text: str, name: str):
    m = re.search(rf'<script type="application/octet-stream" id="{name}">([A-Za-z0-9+/=]*)</script>', html_text)
    assert m, f"no {name} block of base64 in the page"
    return json.loads(gzip.decompress(base64.b64decode(m.group(1))))


@pytest.fixture(name="page_json")
def page_json_fixture():
    return page_json


@pytest.fixture
def payloads():
    return PAYLOADS


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
