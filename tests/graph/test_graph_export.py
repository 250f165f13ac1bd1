"""Graph files: GraphML/GEXF load back (Gephi-style flat attributes), JSON round-trips, bytes are stable."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET

import networkx as nx
import pytest

from kg.analytics import annotate
from kg.exceptions import InputError
from kg.graph import build_graph, graph_from_json, read_graph_attrs, write_graph_files
from kg.sources.model import Paper

PAPERS = [
    Paper(id="1", title="BERT for GLUE", published="2025-01-02", upvotes=None, authors=["Ann Lee"],
          github=["https://github.com/o/bert-glue"]),
    Paper(id="2", title="BERT & <RoBERTa>", abstract="We use BERT.", authors=["Ann Lee", "Bo Chen"]),
]
RECORDS = [
    {"id": "1", "methods": [{"name": "BERT", "key": "bert", "confidence": 0.9,
                             "mentions": [{"text": "BERT", "field": "title", "start": 0, "end": 4}]}],
     "datasets": [{"name": "GLUE", "key": "glue"}], "tasks": [], "repos": [], "urls": []},
    {"id": "2", "methods": [{"name": "BERT", "key": "bert"}, {"name": "RoBERTa", "key": "roberta"}],
     "datasets": [], "tasks": [], "repos": [], "urls": []},
]


def _graph():
    return annotate(build_graph(PAPERS, RECORDS))


def test_files_written_and_identical_bytes_across_runs(tmp_path):
    a = write_graph_files(_graph(), tmp_path / "a")
    b = write_graph_files(_graph(), tmp_path / "b")
    assert [p.name for p in a] == ["graph.graphml", "graph.gexf", "graph.json"]
    for pa, pb in zip(a, b):
        assert pa.read_bytes() == pb.read_bytes(), pa.name
    assert b"lastmodifieddate" not in (tmp_path / "a" / "graph.gexf").read_bytes()


def test_graphml_loads_with_flat_attributes_and_unique_edge_ids(tmp_path):
    G = _graph()
    write_graph_files(G, tmp_path)
    H = nx.read_graphml(tmp_path / "graph.graphml")
    assert sorted(H) == sorted(G)
    assert H.number_of_edges() == G.number_of_edges()
    bert = next(n for n, d in G.nodes(data=True) if d.get("name") == "BERT")
    d = H.nodes[bert]
    assert d["type"] == "method" and isinstance(d["pagerank"], float) and isinstance(d["degree"], int)
    assert isinstance(d["community"], int) and "betweenness" in d
    assert json.loads(d["aliases"]) == list(G.nodes[bert]["aliases"])
    assert "upvotes" not in H.nodes["paper:1"]  # None dropped
    assert H.nodes["paper:2"]["title"] == "BERT & <RoBERTa>"  # escaped in XML, intact on reading
    ids = [e.get("id")
           for e in ET.parse(tmp_path / "graph.graphml").getroot().iter("{http://graphml.graphdrawing.org/xmlns}edge")]
    assert len(ids) == len(set(ids)) == G.number_of_edges()
    types = sorted(t for _, _, t in H.edges(data="type"))
    assert types == sorted(k for _, _, k in G.edges(keys=True))
    assert isinstance(H.graph["modularity"], float)
    assert [c["id"] for c in json.loads(H.graph["communities"])] == list(range(len(G.graph["communities"])))


def test_gexf_loads_and_keeps_relation(tmp_path):
    G = _graph()
    write_graph_files(G, tmp_path)
    H = nx.read_gexf(tmp_path / "graph.gexf")
    assert sorted(H) == sorted(G)
    assert H.number_of_edges() == G.number_of_edges()
    assert sorted(r for _, _, r in H.edges(data="relation")) == sorted(k for _, _, k in G.edges(keys=True))


def test_json_round_trip_is_lossless(tmp_path):
    G = _graph()
    write_graph_files(G, tmp_path)
    H = graph_from_json((tmp_path / "graph.json").read_text(encoding="utf-8"))
    assert list(H.nodes(data=True)) == list(G.nodes(data=True))
    assert list(H.edges(keys=True, data=True)) == list(G.edges(keys=True, data=True))
    assert H.graph == G.graph


def test_gephi_files_leave_out_abstracts_and_evidence_but_json_keeps_them(tmp_path):
    G = _graph()
    write_graph_files(G, tmp_path)
    H = nx.read_graphml(tmp_path / "graph.graphml")
    assert "abstract" not in H.nodes["paper:2"]
    assert all("evidence" not in d for _, _, d in H.edges(data=True))
    assert any("confidence" in d for _, _, d in H.edges(data=True))
    J = graph_from_json((tmp_path / "graph.json").read_text(encoding="utf-8"))
    assert J.nodes["paper:2"]["abstract"] == "We use BERT."
    assert any(d.get("evidence") for _, _, d in J.edges(data=True))


def test_control_characters_in_paper_text_still_give_well_formed_xml(tmp_path):
    G = _graph()
    G.nodes["paper:1"]["title"] = "Bad\x0bchar \x00 & <tag> \"q\"\nnew line"
    write_graph_files(G, tmp_path)
    H = nx.read_graphml(tmp_path / "graph.graphml")
    assert H.nodes["paper:1"]["title"] == "Badchar  & <tag> \"q\"\nnew line"
    ET.parse(tmp_path / "graph.gexf")  # well-formed


def test_graph_attributes_read_from_the_head_or_from_any_node_link_layout(tmp_path):
    G = annotate(build_graph(PAPERS, RECORDS), seed=4)
    write_graph_files(G, tmp_path)
    assert read_graph_attrs(tmp_path / "graph.json") == G.graph
    # a node-link file laid out otherwise (pretty-printed, or without graph attributes) is read whole
    data = json.loads((tmp_path / "graph.json").read_text(encoding="utf-8"))
    (tmp_path / "pretty.json").write_text(json.dumps(data, indent=2), encoding="utf-8")
    assert read_graph_attrs(tmp_path / "pretty.json") == G.graph
    del data["graph"]
    (tmp_path / "bare.json").write_text(json.dumps(data), encoding="utf-8")
    assert read_graph_attrs(tmp_path / "bare.json") == {}


@pytest.mark.parametrize("text", ["", "[1, 2]", '{"graph": [1]}', "\x00\x01 not json"])
def test_graph_attributes_of_a_file_that_is_no_graph_are_a_one_line_error(tmp_path, text):
    path = tmp_path / "graph.json"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InputError) as err:
        read_graph_attrs(path)
    assert str(err.value).startswith(f"{path}: ") and "\n" not in str(err.value)
