"""The Python API: kg.build / kg.load / KnowledgeGraph accessors, add, save and load."""

from __future__ import annotations

import json

import pytest

import kg
from kg.api import KnowledgeGraph, UnknownEntityError
from kg.exceptions import InputError
from kg.sources.model import Paper

PAPERS = [
    Paper(id="1", title="BERT on GLUE", published="2025-01-02", date_precision="day",
          github=["https://github.com/o/bert-glue"]),
    Paper(id="2", title="RoBERTa", published="2025-02-02", date_precision="day"),
    Paper(id="3", title="ResNet on ImageNet", published="--03-01", date_precision="month-day"),
]
RECORDS = [
    {"id": "1", "methods": [{"name": "BERT", "aliases": ["Bidirectional Encoder Representations from Transformers"]}],
     "datasets": [{"name": "GLUE"}], "tasks": [{"name": "natural language understanding"}]},
    {"id": "2", "methods": [{"name": "RoBERTa", "proposed": True}, {"name": "BERT"}],
     "datasets": [{"name": "GLUE"}], "tasks": [{"name": "natural language understanding"}]},
    {"id": "3", "methods": [{"name": "ResNet"}], "datasets": [{"name": "ImageNet"}],
     "tasks": [{"name": "image classification"}]},
]


@pytest.fixture
def g():
    return KnowledgeGraph.from_records(PAPERS, RECORDS)


def test_attributes(g):
    assert [p.id for p in g.papers] == ["1", "2", "3"]
    assert g.records == RECORDS and g.skipped == []
    assert g.nx.number_of_nodes() == len(g.nx.nodes)
    assert all("community" in d for _, d in g.nx.nodes(data=True))


def test_typed_accessors(g):
    assert [m.name for m in g.methods()][0] == "BERT"  # 2 papers, then ties by id
    assert sorted(m.name for m in g.methods()) == ["BERT", "ResNet", "RoBERTa"]
    assert g.methods()[0].paper_count == 2
    assert [d.name for d in g.datasets()] == ["GLUE", "ImageNet"]
    assert {t.type for t in g.tasks()} == {"task"}
    assert [r.id for r in g.repositories()] == ["repository:o/bert-glue"]


def test_papers_filter_by_name_alias_or_id(g):
    assert [p.id for p in g.papers(using="BERT")] == ["1", "2"]
    assert [p.id for p in g.papers(using="bidirectional encoder representations from transformers")] == ["1", "2"]
    assert [p.id for p in g.papers(using="roberta", evaluated_on="GLUE")] == ["2"]  # proposes counts
    assert [p.id for p in g.papers(addressing="Image Classification")] == ["3"]
    assert [p.id for p in g.papers(evaluated_on=g.entity("ImageNet").id)] == ["3"]
    assert len(g.papers()) == 3
    with pytest.raises(UnknownEntityError, match="no method or dataset named 'GPT-9'"):
        g.papers(using="GPT-9")
    assert g.papers(using="GLUE") == g.papers(evaluated_on="GLUE")  # using= takes datasets too
    with pytest.raises(UnknownEntityError):
        g.papers(using="Image Classification")  # a task, not a method or dataset


def test_centrality_and_communities(g):
    top = g.centrality("pagerank", type="method", top=2)
    assert top[0][0] == g.entity("BERT").id and len(top) == 2
    assert top[0][1] >= top[1][1]
    assert g.centrality("degree", type="dataset")[0] == (g.entity("GLUE").id, 2)
    with pytest.raises(ValueError):
        g.centrality("closeness")
    comms = g.communities()
    assert sorted(n for c in comms for n in c["members"]) == sorted(g.nx)
    c_bert = g.nx.nodes[g.entity("BERT").id]["community"]
    c_resnet = g.nx.nodes[g.entity("ResNet").id]["community"]
    assert c_bert != c_resnet
    assert [c["size"] for c in comms] == sorted((c["size"] for c in comms), reverse=True)


def test_trends_skip_yearless(g):
    t = g.trends("method")
    assert t[g.entity("BERT").id] == {"2025-01": 1, "2025-02": 1}
    assert g.entity("ResNet").id not in t
    assert g.trends("method", yearless=True)[g.entity("ResNet").id] == {"--03": 1}


def test_save_load_round_trip_and_stable_bytes(g, tmp_path):
    a = g.save(tmp_path / "a")
    names = sorted(p.name for p in a.iterdir() if p.is_file())
    assert {"papers.jsonl", "extractions.jsonl", "skipped.txt", "graph.graphml", "graph.gexf",
            "graph.json", "report.md"} <= set(names)
    h = kg.load(a)
    assert h.papers == g.papers and h.records == g.records
    assert list(h.nx.nodes(data=True)) == list(g.nx.nodes(data=True))
    assert list(h.nx.edges(keys=True, data=True)) == list(g.nx.edges(keys=True, data=True))
    assert h.nx.graph == g.nx.graph
    b = h.save(tmp_path / "b")
    for name in names:
        assert (a / name).read_bytes() == (b / name).read_bytes(), name


def test_load_errors_name_the_file(tmp_path, g):
    with pytest.raises(InputError, match="papers.jsonl: missing"):
        kg.load(tmp_path)
    d = g.save(tmp_path / "x", report=False)
    (d / "extractions.jsonl").write_text('{"id": "1"}\n{broken\n', encoding="utf-8")
    with pytest.raises(InputError, match=r"extractions.jsonl:2: invalid JSON"):
        kg.load(d)


def _write(path, rows):
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


A = [{"id": "2401.00001", "title": "Fine-tuning BERT on GLUE",
      "abstract": "We fine-tune BERT on the GLUE benchmark for natural language understanding."},
     {"id": "2401.00002", "title": "ResNet for image classification",
      "abstract": "We train ResNet-50 on ImageNet for image classification. Code: https://github.com/a/resnet-x"}]
B = [{"id": "2401.00003", "title": "BERT distillation",
      "abstract": "We distill BERT with knowledge distillation and evaluate on GLUE."}]


def test_build_runs_every_stage_and_add_equals_a_fresh_build(tmp_path):
    fa, fb = _write(tmp_path / "a.jsonl", A), _write(tmp_path / "b.jsonl", B)
    g = kg.build([fa])
    assert [p.id for p in g.papers] == ["2401.00001", "2401.00002"]
    assert len(g.records) == 2 and g.records[0]["id"] == "2401.00001"
    assert "repository:a/resnet-x" in g.nx
    assert g.add([fb]) == 1
    fresh = kg.build([fa, fb])
    assert [p.id for p in g.papers] == [p.id for p in fresh.papers]
    assert list(g.nx.nodes(data=True)) == list(fresh.nx.nodes(data=True))
    assert list(g.nx.edges(keys=True, data=True)) == list(fresh.nx.edges(keys=True, data=True))


def test_a_name_wins_over_an_alias_and_the_more_used_entity_over_the_rarer():
    import networkx as nx

    papers = [Paper(id=str(i), title=f"T{i}") for i in range(1, 6)]
    G = nx.MultiDiGraph()
    for p in papers:
        G.add_node(f"paper:{p.id}", type="paper", label=p.title)
    # a narrower entity that lists the common name among its aliases sorts first by id
    G.add_node("method:attention-based-transformers", type="method", name="Attention-based transformers",
               label="Attention-based transformers", aliases=["transformer"], paper_count=1)
    G.add_node("method:transformer", type="method", name="Transformer", label="Transformer", aliases=[],
               paper_count=3)
    G.add_node("method:evidence-based-reasoning", type="method", name="evidence-based reasoning",
               label="evidence-based reasoning", aliases=["reasoning"], paper_count=4)
    G.add_node("task:reasoning", type="task", name="reasoning", label="reasoning", aliases=[], paper_count=1)
    G.add_node("dataset:x", type="dataset", name="X", label="X", aliases=["shared"], paper_count=1)
    G.add_node("dataset:y", type="dataset", name="Y", label="Y", aliases=["shared"], paper_count=2)
    G.add_edge("paper:5", "method:attention-based-transformers", key="uses", type="uses")
    for i in (1, 2, 3):
        G.add_edge(f"paper:{i}", "method:transformer", key="uses", type="uses")
    G.add_edge("paper:4", "task:reasoning", key="addresses", type="addresses")
    g = KnowledgeGraph(papers, [{"id": p.id} for p in papers], G)
    assert g.entity("transformer").id == "method:transformer"
    assert [p.id for p in g.papers(using="transformer")] == ["1", "2", "3"]
    assert g.entity("reasoning").id == "task:reasoning"  # a name of another kind beats an alias
    assert [p.id for p in g.papers(addressing="reasoning")] == ["4"]
    assert g.entity("shared").id == "dataset:y"  # among aliases, the entity in more papers
    G.add_node("dataset:imagenet", type="dataset", name="ImageNet", label="ImageNet", aliases=[], paper_count=2)
    G.add_node("method:in-net", type="method", name="IN-Net", label="IN-Net", aliases=["ImageNet"], paper_count=1)
    for pid, node, key in (("1", "dataset:imagenet", "evaluated_on"), ("2", "dataset:imagenet", "evaluated_on"),
                           ("5", "method:in-net", "uses")):
        G.add_edge(f"paper:{pid}", node, key=key, type=key)
    g = KnowledgeGraph(papers, [{"id": p.id} for p in papers], G)
    # papers(using=) takes a method or a dataset, and follows the same ranking across both
    assert [p.id for p in g.papers(using="ImageNet")] == ["1", "2"]
    assert g.entity("Attention based transformers").id == "method:attention-based-transformers"


@pytest.mark.parametrize("call", [lambda g: g.centrality(type="datasets"), lambda g: g.trends("methods"),
                                  lambda g: g.rising("tasks"), lambda g: g.entity("BERT", type="Method")])
def test_an_unknown_node_type_is_an_error_not_an_empty_answer(g, call):
    from kg.exceptions import OptionError

    with pytest.raises(OptionError, match="type must be one of"):
        call(g)


def test_a_graph_keeps_its_build_settings_through_load_and_add(tmp_path):
    r = {"id": "2401.00001", "methods": [{"name": "BERT", "confidence": 0.9}, {"name": "it", "confidence": 0.2}]}
    built = KnowledgeGraph.from_records([Paper(id="2401.00001", title="T", arxiv_id="2401.00001")], [r],
                                        seed=3, min_confidence=0.5)
    for g in (KnowledgeGraph(built.papers, built.records, built.nx), kg.load(built.save(tmp_path, report=False))):
        assert (g.seed, g.min_confidence) == (3, 0.5)
        f = tmp_path / "new.jsonl"
        f.write_text(json.dumps({"id": "2401.00002", "title": "U", "abstract": "We use BERT."}) + "\n")
        g.add([f])
        assert (g.seed, g.min_confidence, g.nx.graph["seed"], g.nx.graph["min_confidence"]) == (3, 0.5, 3, 0.5)
        assert "method:it" not in g.nx


def test_a_repository_keeps_its_written_case_and_is_found_by_its_url():
    p = Paper(id="1", title="T", github=["https://github.com/AlexeyAB/darknet.git"])
    g = KnowledgeGraph.from_records([p], [{"id": "1"}])
    repo = g.entity("https://github.com/AlexeyAB/darknet")
    assert (repo.id, repo.name) == ("repository:alexeyab/darknet", "AlexeyAB/darknet")
    assert g.entity("alexeyab/darknet") == repo
    assert g.entity("github.com/AlexeyAB/darknet.git") == g.entity("http://www.github.com/alexeyab/darknet/") == repo
