"""Fixtures for the RDF stage: a hand-made graph with hostile text and one seeds build."""

from __future__ import annotations

import shutil
from pathlib import Path

import networkx as nx
import pytest

RAPPER = shutil.which("rapper") or ("/usr/bin/rapper" if Path("/usr/bin/rapper").exists() else None)

HOSTILE = 'Evil "quoted" <b>tag</b> \\ back\\slash\nnewline javascript:alert(1) ünïcødé 漢字 {x} |^`'


def make_graph() -> nx.MultiDiGraph:
    """A small graph following docs/ARCHITECTURE.md section 3, with hostile text everywhere."""
    G = nx.MultiDiGraph(modularity=0.42, communities=[{"id": 0, "size": 4, "label": "ResNet, ImageNet"},
                                                      {"id": 1, "size": 3, "label": HOSTILE}])
    G.add_node("paper:2212.11696", type="paper", label="Reversible Column Networks",
               title="Reversible Column Networks", abstract="We propose RevCol. " + HOSTILE,
               published="2022-12-22", date_precision="day", upvotes=7, authors_count=3,
               arxiv_id="2212.11696", urls=["https://example.org/a b", "javascript:alert(1)"],
               sources=["seeds/000.txt"], degree=6, pagerank=0.2, betweenness=0.1, community=0)
    G.add_node('paper:t-"evil" <id> javascript:x', type="paper", label=HOSTILE, title=HOSTILE,
               published="--05-27", date_precision="month-day", community=1)
    G.add_node("method:revcol", type="method", label="RevCol", name="RevCol",
               aliases=["RevCol", "Reversible Column Network"], paper_count=1, community=0,
               degree=1, pagerank=0.1, betweenness=0.0)
    G.add_node("method:evil <slug> \"q\"", type="method", label=HOSTILE, name=HOSTILE,
               aliases=[HOSTILE + " alias"], paper_count=2, community=1)
    G.add_node("dataset:imagenet", type="dataset", label="ImageNet", name="ImageNet", aliases=[],
               paper_count=1, community=0)
    G.add_node("task:image-classification", type="task", label="image classification",
               name="image classification", aliases=[], paper_count=1, community=0)
    G.add_node("repository:megvii-research/revcol", type="repository", label="megvii-research/RevCol",
               name="megvii-research/revcol", url="https://github.com/megvii-research/RevCol", community=0)
    G.add_node("organization:megvii", type="organization", label="Megvii", name="Megvii", community=1)
    G.add_node("author:jane-doe", type="author", label="Jane Doe", name="Jane Doe", community=1)
    mention = {"text": "RevCol", "field": "abstract", "start": 11, "end": 17,
               "sentence": "We propose RevCol.", "rule": "abbreviation"}
    p = "paper:2212.11696"
    G.add_edge(p, "method:revcol", key="proposes", type="proposes", confidence=0.93,
               evidence=[mention, dict(mention, field="title", start=0, end=6, sentence="RevCol")])
    G.add_edge(p, "dataset:imagenet", key="evaluated_on", type="evaluated_on", confidence=0.9,
               evidence=[{"text": "ImageNet", "field": "abstract", "start": 20, "end": 28,
                          "sentence": HOSTILE, "rule": "gazetteer"}])
    G.add_edge(p, "task:image-classification", key="addresses", type="addresses", confidence=0.8,
               evidence=[])
    G.add_edge(p, "repository:megvii-research/revcol", key="has_code", type="has_code")
    G.add_edge(p, "organization:megvii", key="published_by", type="published_by")
    G.add_edge(p, "author:jane-doe", key="has_author", type="has_author")
    G.add_edge('paper:t-"evil" <id> javascript:x', "method:evil <slug> \"q\"", key="uses", type="uses",
               confidence=0.5, evidence=[{"text": HOSTILE, "field": "title", "start": 0, "end": 5,
                                          "sentence": HOSTILE, "rule": "gazetteer"}])
    G.add_edge('paper:t-"evil" <id> javascript:x', "method:revcol", key="uses", type="uses",
               confidence=0.6, evidence=[mention])
    return G


@pytest.fixture()
def small_graph() -> nx.MultiDiGraph:
    return make_graph()


@pytest.fixture(scope="session")
def seeds_build(tmp_path_factory, seeds_dir) -> Path:
    """The seeds built once through the public API (``kg.build(...).save(dir)``)."""
    import kg.api

    if not any(seeds_dir.glob("*.txt")):
        pytest.skip("no seeds in this checkout")
    out = tmp_path_factory.mktemp("seeds_build")
    kg.api.build([seeds_dir]).save(out, report=False)
    return out


@pytest.fixture()
def rapper() -> str:
    if RAPPER is None:
        pytest.skip("rapper (raptor2-utils) is not installed")
    return RAPPER
