"""The graph schema: node ids, types, attributes and edges built from papers + records."""

from __future__ import annotations

import pytest

from kg.exceptions import InputError
from kg.graph import EDGE_TYPES, NODE_TYPES, build_graph
from kg.sources.model import Paper


def _mention(text, start):
    return {"text": text, "field": "abstract", "start": start, "end": start + len(text),
            "sentence": "...", "rule": "test"}


PAPERS = [
    Paper(id="2212.11696", title="Reversible Column Networks", abstract="We propose RevCol ...",
          published="2022-12-22", date_precision="day", upvotes=3, authors=["Yuxuan Cai", "Jun Li"],
          organization="Megvii", github=["https://github.com/megvii-research/RevCol"],
          project_page=["https://example.org/revcol"], sources=["hf"]),
    Paper(id="2301.00002", title="Using RevCol for detection", abstract="",
          published="--01-05", date_precision="month-day",
          authors=["Jun Li"], github=["https://github.com/Megvii-Research/RevCol.git"]),
]
RECORDS = [
    {"id": "2212.11696",
     "methods": [{"name": "RevCol", "aliases": ["Reversible Column Network"], "proposed": True,
                  "key": "revcol", "confidence": 0.93, "mentions": [_mention("RevCol", 10)]},
                 {"name": "ViT", "aliases": [], "proposed": False, "key": "vit", "confidence": 0.7,
                  "mentions": [_mention("ViT", 40)]}],
     "datasets": [{"name": "ImageNet-1K", "aliases": [], "proposed": False, "key": "imagenet-1k",
                   "confidence": 0.9, "mentions": [_mention("ImageNet-1K", 60)]}],
     "tasks": [{"name": "image classification", "aliases": [], "key": "image classification",
                "confidence": 0.8, "mentions": [_mention("image classification", 80)]}],
     "repos": ["https://github.com/megvii-research/RevCol"], "urls": ["https://example.org/revcol"]},
    {"id": "2301.00002",
     "methods": [{"name": "Reversible Column Network", "aliases": [], "proposed": False,
                  "key": "revcol", "confidence": 0.6, "mentions": [_mention("Reversible Column Network", 0)]}],
     "datasets": [], "tasks": [{"name": "object detection", "aliases": [], "key": "object detection"}],
     "repos": [], "urls": []},
]


@pytest.fixture
def G():
    return build_graph(PAPERS, RECORDS)


def node(G, name):
    """The entity node with this name or alias (ids are the resolver's choice)."""
    hits = [n for n, d in G.nodes(data=True) if name == d.get("name") or name in d.get("aliases", ())]
    assert len(hits) == 1, (name, hits)
    return hits[0]


def test_node_ids_and_types(G):
    fixed = [n for n in G if n.split(":")[0] not in ("method", "dataset", "task")]
    assert fixed == [
        "author:jun-li", "author:yuxuan-cai",
        "organization:megvii",
        "paper:2212.11696", "paper:2301.00002",
        "repository:megvii-research/revcol",
    ]
    entities = sorted(n.split(":")[0] for n in G if n not in fixed)
    assert entities == ["dataset", "method", "method", "task", "task"]
    assert node(G, "image classification") == "task:image-classification"
    for n, d in G.nodes(data=True):
        assert d["type"] in NODE_TYPES
        assert d["type"] == n.split(":", 1)[0]
        assert d["label"]


def test_paper_attributes_only_with_values(G):
    p1 = G.nodes["paper:2212.11696"]
    assert p1["title"] == "Reversible Column Networks"
    assert p1["published"] == "2022-12-22" and p1["upvotes"] == 3
    assert p1["urls"] == ["https://example.org/revcol"]
    assert p1["sources"] == ["hf"]
    p2 = G.nodes["paper:2301.00002"]
    assert "abstract" not in p2 and "upvotes" not in p2 and "urls" not in p2
    assert p2["published"] == "--01-05"


def test_entities_merged_across_papers_with_aliases_and_paper_count(G):
    revcol = node(G, "RevCol")
    assert revcol == node(G, "Reversible Column Network")
    m = G.nodes[revcol]
    assert {m["name"], *m["aliases"]} == {"RevCol", "Reversible Column Network"}
    assert m["paper_count"] == 2
    assert G.nodes[node(G, "ViT")]["paper_count"] == 1


def test_edges_typed_with_confidence_and_evidence(G):
    keys = {(u, v, k) for u, v, k in G.edges(keys=True)}
    revcol = node(G, "RevCol")
    assert ("paper:2212.11696", revcol, "proposes") in keys
    assert ("paper:2212.11696", node(G, "ViT"), "uses") in keys
    assert ("paper:2212.11696", node(G, "ImageNet-1K"), "evaluated_on") in keys
    assert ("paper:2212.11696", "task:image-classification", "addresses") in keys
    assert ("paper:2301.00002", revcol, "uses") in keys
    assert len(keys) == 12
    assert ("paper:2212.11696", "organization:megvii", "published_by") in keys
    assert ("paper:2301.00002", "author:jun-li", "has_author") in keys
    for u, v, k, d in G.edges(keys=True, data=True):
        assert k in EDGE_TYPES and d["type"] == k
        assert G.nodes[u]["type"] == "paper"
    e = G.edges["paper:2212.11696", revcol, "proposes"]
    assert e["confidence"] == pytest.approx(0.93)
    assert e["evidence"][0]["text"] == "RevCol" and e["evidence"][0]["start"] == 10


def test_one_repository_per_distinct_github_repo(G):
    repos = [n for n, t in G.nodes(data="type") if t == "repository"]
    assert repos == ["repository:megvii-research/revcol"]
    assert G.nodes[repos[0]]["url"] == "https://github.com/megvii-research/RevCol"
    assert G.in_degree(repos[0]) == 2


def test_proposes_absorbs_uses_of_the_same_entity():
    record = {"id": "1", "methods": [
        {"name": "RevCol", "key": "revcol", "proposed": True, "confidence": 0.5},
        {"name": "RevCol", "key": "revcol", "proposed": False, "confidence": 0.9}]}
    G = build_graph([Paper(id="1", title="T")], [record])
    assert [k for _, _, k in G.edges(keys=True)] == ["proposes"]
    assert G.edges["paper:1", node(G, "RevCol"), "proposes"]["confidence"] == pytest.approx(0.9)


def test_same_input_same_graph_in_same_order():
    a = build_graph(PAPERS, RECORDS)
    b = build_graph(list(PAPERS), [dict(r) for r in RECORDS])
    assert list(a.nodes(data=True)) == list(b.nodes(data=True))
    assert list(a.edges(keys=True, data=True)) == list(b.edges(keys=True, data=True))
    assert list(a) == sorted(a)


def test_misaligned_records_are_rejected_with_a_clear_message():
    with pytest.raises(InputError, match="record 1 has id 'x' but paper 1 is '2212.11696'"):
        build_graph(PAPERS[:1], [{"id": "x"}])
    with pytest.raises(InputError, match="2 records for 1 papers"):
        build_graph(PAPERS[:1], RECORDS)


def test_resolver_decides_identity():
    class OneNode:
        def lookup(self, kind, entity):
            from kg.extract.canonical import CanonicalEntity
            return CanonicalEntity(id=f"{kind}:all", kind=kind, name="All", aliases=())

    G = build_graph(PAPERS, RECORDS, resolver=OneNode())
    assert sorted(n for n, t in G.nodes(data="type") if t == "method") == ["method:all"]
    assert {"RevCol", "ViT", "Reversible Column Network"} <= set(G.nodes["method:all"]["aliases"])
