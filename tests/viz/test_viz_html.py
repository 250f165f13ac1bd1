"""The viewer page without a browser: data completeness, escaping, determinism, no mutation, CLI."""

from __future__ import annotations

import json
import copy
import html
import re
from html.parser import HTMLParser

import networkx as nx
import pytest

import kg
from kg.cli import main
from kg.graph import write_graph_files
from kg.viz import ViewerPage, to_html



class _Tags(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags = []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)


def start_tags(text: str) -> list[str]:
    parser = _Tags()
    parser.feed(text)
    return parser.tags


def snapshot(G: nx.MultiDiGraph):
    return (copy.deepcopy(dict(G.graph)),
            [(n, copy.deepcopy(d)) for n, d in G.nodes(data=True)],
            [(u, v, k, copy.deepcopy(d)) for u, v, k, d in G.edges(keys=True, data=True)])


def test_every_node_and_edge_is_in_the_page(graph, tmp_path, page_json):
    data = page_json(to_html(graph, tmp_path / "g.html", top=3).read_text(encoding="utf-8"))
    assert {n["id"] for n in data["nodes"]} == set(graph)
    assert len(data["nodes"]) == graph.number_of_nodes()
    ids = [n["id"] for n in data["nodes"]]
    pairs = {(ids[s], ids[t]) for s, t, _, _ in data["edges"]}
    assert pairs == {(u, v) for u, v in graph.edges()}
    # each merged link carries the highest confidence of its edges, None when they have none
    confidence = {(ids[s], ids[t]): c for s, t, _, c in data["edges"]}
    for u, v in pairs:
        given = [d["confidence"] for d in graph.get_edge_data(u, v).values() if "confidence" in d]
        assert confidence[u, v] == (max(given) if given else None), (u, v)
    assert data["meta"]["top"] == 3 and data["meta"]["node_count"] == graph.number_of_nodes()


def test_nodes_are_ranked_by_the_size_measure(graph, tmp_path, page_json):
    for measure in ("pagerank", "degree", "betweenness"):
        data = page_json(to_html(graph, tmp_path / f"{measure}.html", size_by=measure).read_text(encoding="utf-8"))
        scores = [n["score"] for n in data["nodes"]]
        assert scores == sorted(scores, reverse=True), measure
        assert data["meta"]["max_score"] == scores[0] > 0  # the page scales sizes by it


def test_tooltip_fields_of_papers_and_entities(graph, tmp_path, page_json):
    data = page_json(to_html(graph, tmp_path / "g.html").read_text(encoding="utf-8"))
    by_id = {n["id"]: n for n in data["nodes"]}
    paper = by_id["paper:2401.00001"]["info"]
    assert by_id["paper:2401.00001"]["name"] == "BERT on GLUE"  # the title, shown as label and heading
    assert paper["published"] == "2024-01-02" and paper["upvotes"] == 42
    assert paper["organizations"] == ["Acme Research"]
    assert "https://github.com/acme/bert-glue" in paper["links"]
    assert paper["abstract"].startswith("We fine-tune BERT")
    bert = by_id["method:bert"]["info"]
    assert by_id["method:bert"]["name"] == "BERT" and bert["paper_count"] == 2
    assert bert["aliases"] == ["Bidirectional Encoder Representations"]
    assert "We fine-tune BERT on GLUE." in bert["evidence"]


def test_colour_by_community_lists_every_community(graph, tmp_path, page_json):
    by_comm = page_json(to_html(graph, tmp_path / "c.html", color_by="community").read_text(encoding="utf-8"))
    assert by_comm["meta"]["color_by"] == "community"
    comms = {c["id"]: c for c in by_comm["communities"]}
    assert set(comms) == {graph.nodes[n]["community"] for n in graph} and len(comms) > 1
    assert len({c["color"] for c in comms.values()}) == len(comms)  # distinct colours (<= 20 communities)
    assert all(n["community"] in comms for n in by_comm["nodes"])


def test_hostile_text_is_escaped_in_the_source(hostile_graph, tmp_path, page_json, payloads):
    title = "<script>window.__pwned=9</script> & co"
    text = to_html(hostile_graph, tmp_path / "g.html", title=title).read_text(encoding="utf-8")
    # an HTML parser sees only our own elements: four scripts, no markup from the papers
    tags = start_tags(text)
    assert tags.count("script") == 4
    assert not {"img", "svg", "a", "iframe", "object"} & set(tags)
    assert len(re.findall(r"</script", text, re.I)) == 4
    assert "<img" not in text and "<svg" not in text and "<!--" not in text
    assert f"<title>{html.escape(title)}</title>" in text
    assert f'<h1 id="kg-title">{html.escape(title)}</h1>' in text
    # the data still holds the exact original strings (escaped, not dropped)
    data = page_json(text)
    paper = next(n for n in data["nodes"] if n["id"] == "paper:2401.00001")
    assert all(p in paper["name"] for p in payloads)
    assert all(p in paper["info"]["abstract"] for p in payloads)


def test_page_is_self_contained(graph, tmp_path):
    text = to_html(graph, tmp_path / "g.html").read_text(encoding="utf-8")
    assert not re.search(r"<(link|iframe|img|object|embed)\b", text, re.I)
    assert not re.search(r"""\b(src|href)\s*=\s*["']?(https?:)?//""", text, re.I)
    assert "bootstrap" not in text.lower() and "cdn.jsdelivr" not in text and "cdnjs" not in text
    csp = html.unescape(re.search(r'http-equiv="Content-Security-Policy" content="([^"]*)"', text).group(1))
    assert "default-src 'none'" in csp and "unsafe-inline" not in csp.split("script-src", 1)[1].split(";")[0]
    assert "vis.Network" in text and "vis-network" in text  # pyvis's bundled vis-network, inlined


def test_same_graph_same_bytes(graph, tmp_path):
    a = to_html(graph, tmp_path / "a.html", color_by="community").read_bytes()
    b = to_html(make_copy(graph), tmp_path / "b.html", color_by="community").read_bytes()
    assert a == b


def make_copy(G):
    H = nx.MultiDiGraph()
    H.graph.update(copy.deepcopy(G.graph))
    H.add_nodes_from((n, copy.deepcopy(d)) for n, d in G.nodes(data=True))
    H.add_edges_from((u, v, k, copy.deepcopy(d)) for u, v, k, d in G.edges(keys=True, data=True))
    return H


def test_caller_graph_is_not_mutated(hostile_graph, tmp_path):
    before = snapshot(hostile_graph)
    to_html(hostile_graph, tmp_path / "g.html", color_by="community", size_by="degree", top=2)
    assert snapshot(hostile_graph) == before


def test_bad_options_are_rejected(graph, tmp_path):
    for kwargs in ({"color_by": "size"}, {"size_by": "closeness"}, {"top": -1}, {"layout": "spiral"}):
        with pytest.raises(ValueError):
            to_html(graph, tmp_path / "g.html", **kwargs)
    assert not (tmp_path / "g.html").exists()


def test_graph_without_analytics_and_empty_graph(tmp_path, page_json):
    G = nx.MultiDiGraph()
    G.add_node("paper:1", type="paper", label="P", title="P")
    G.add_node("task:qa", type="task", label="QA", name="QA")
    G.add_edge("paper:1", "task:qa", key="addresses", type="addresses")
    data = page_json(to_html(G, tmp_path / "g.html").read_text(encoding="utf-8"))
    assert [n["degree"] for n in data["nodes"]] == [1, 1]
    empty = page_json(to_html(nx.MultiDiGraph(), tmp_path / "e.html").read_text(encoding="utf-8"))
    assert empty["nodes"] == [] and empty["edges"] == []


def test_kg_viz_cli_rerenders_from_graph_json(graph, tmp_path, capsys, page_json):
    write_graph_files(graph, tmp_path)
    assert main(["viz", str(tmp_path), "--color-by", "community", "--top", "5"]) == 0
    data = page_json((tmp_path / "graph.html").read_text(encoding="utf-8"))
    assert {n["id"] for n in data["nodes"]} == set(graph)
    assert data["meta"]["color_by"] == "community" and data["meta"]["top"] == 5
    assert main(["viz", str(tmp_path), "-o", str(tmp_path / "x" / "other.html"), "--size-by", "degree"]) == 0
    assert (tmp_path / "x" / "other.html").is_file()
    assert "wrote" in capsys.readouterr().out


def test_kg_viz_cli_errors_name_the_file(tmp_path, capsys):
    assert main(["viz", str(tmp_path)]) == 2
    assert f"{tmp_path / 'graph.json'}: missing" in capsys.readouterr().err
    (tmp_path / "graph.json").write_text('{"nodes": [\n', encoding="utf-8")
    assert main(["viz", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert "graph.json: not a node-link graph" in err and "line 2" in err


def test_save_writes_the_viewer_and_to_html_is_displayable(tmp_path, page_json):
    graph = kg.KnowledgeGraph.from_records([kg.Paper(id="1", title='Tom & "Jerry" <b>')],
                                           [{"id": "1", "tasks": [{"name": "QA"}]}])
    out = graph.save(tmp_path / "build", report=False)
    data = page_json((out / "graph.html").read_text(encoding="utf-8"))
    assert {n["id"] for n in data["nodes"]} == {"paper:1", "task:qa"}
    page = graph.to_html(tmp_path / "nb.html", top=1)
    assert isinstance(page, ViewerPage) and (tmp_path / "nb.html").is_file()
    frame = page._repr_html_()
    assert frame.startswith('<iframe sandbox="allow-scripts"') and frame.count('"') == 8
    srcdoc = html.unescape(re.search(r'srcdoc="([^"]*)"', frame).group(1))
    assert srcdoc == (tmp_path / "nb.html").read_text(encoding="utf-8")


def test_seeds_every_node_is_in_the_page(seeds_kg, tmp_path, page_json):
    text = seeds_kg.to_html(tmp_path / "graph.html").path.read_text(encoding="utf-8")
    data = page_json(text)
    assert {n["id"] for n in data["nodes"]} == set(seeds_kg.nx)
    assert data["meta"]["top"] == min(1000, seeds_kg.nx.number_of_nodes())


def test_bidirectional_controls_in_paper_text_do_not_reach_the_page(graph, tmp_path, page_json):
    G = graph.copy()
    G.nodes["method:bert"]["name"] = "BERT\u202etxet desrever"
    G.nodes["paper:2401.00001"]["abstract"] = "We fine-tune \u2066BERT\u2069 on GLUE."
    html_text = to_html(G, tmp_path / "g.html").read_text(encoding="utf-8")
    data = page_json(html_text)
    text = json.dumps(data, ensure_ascii=False)
    assert not any(c in text for c in "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
    bert = next(n for n in data["nodes"] if n["id"] == "method:bert")
    assert "BERTtxet desrever" in (bert.get("name"), bert["info"].get("name"))


def test_headline_labels_only_on_graphs_big_enough_to_need_them(graph, seeds_kg, tmp_path, page_json):
    small = page_json(to_html(graph, tmp_path / "small.html").read_text(encoding="utf-8"))
    assert not any(n.get("big") for n in small["nodes"])
    seeds = page_json(to_html(seeds_kg.nx, tmp_path / "seeds.html").read_text(encoding="utf-8"))
    big = [n for n in seeds["nodes"] if n.get("big")]
    assert 8 <= len(big) <= 20 and big[0]["id"] == seeds["nodes"][0]["id"]  # the most central first
