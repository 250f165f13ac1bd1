"""report.md and its PNG plots: content, escaping and stable bytes."""

from __future__ import annotations

import networkx as nx

from kg.analytics import annotate, write_report
from kg.analytics.report import format_summary


def _kg():
    G = nx.MultiDiGraph()
    G.add_node("method:t", type="method", label="Transformer", paper_count=4)
    G.add_node("dataset:x", type="dataset", label="Data|set <b>", paper_count=2)
    G.add_node("task:c", type="task", label="image classification", paper_count=1)
    for i, date in enumerate(["2025-01-03", "2025-02-03", "2025-03-03", "--03-04"]):
        G.add_node(f"paper:{i}", type="paper", label=f"P{i}", published=date)
        G.add_edge(f"paper:{i}", "method:t", key="uses", type="uses")
    G.add_edge("paper:0", "dataset:x", key="evaluated_on", type="evaluated_on")
    G.add_edge("paper:1", "dataset:x", key="evaluated_on", type="evaluated_on")
    G.add_edge("paper:1", "task:c", key="addresses", type="addresses")
    return annotate(G)


def test_report_content_and_plots(tmp_path):
    path = write_report(_kg(), tmp_path)
    text = path.read_text(encoding="utf-8")
    assert "| method | 1 |" in text and "| uses | 4 |" in text
    assert "| 1 | Transformer | 4 |" in text
    assert "Data\\|set &lt;b&gt;" in text  # table cell escaped
    assert "3 of 4 papers have a dated month; 1 have a month and day but no year" in text
    assert "modularity" in text
    for png in ("top_entities.png", "community_sizes.png", "entities_over_time.png", "degree_distribution.png"):
        assert f"]({png})" in text
        data = (tmp_path / png).read_bytes()
        assert data[:8] == b"\x89PNG\r\n\x1a\n"
        assert b"Software" not in data and b"matplotlib" not in data


def test_report_bytes_identical_across_runs(tmp_path):
    write_report(_kg(), tmp_path / "a")
    write_report(_kg(), tmp_path / "b")
    names = sorted(p.name for p in (tmp_path / "a").iterdir())
    assert names == sorted(p.name for p in (tmp_path / "b").iterdir())
    for name in names:
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes(), name


def test_summary_lists_counts_top_entities_and_communities():
    text = format_summary(_kg())
    assert text.startswith("nodes: 7 (dataset 1, method 1, paper 4, task 1)")
    assert "edges: 7 (addresses 1, evaluated_on 2, uses 4)" in text
    assert "top methods by PageRank:" in text and "Transformer  (4 papers)" in text
    assert "communities: " in text and "modularity" in text


def test_rising_table_lists_methods_datasets_tasks_only(tmp_path):
    G = nx.MultiDiGraph()
    G.add_node("method:new", type="method", label="NewNet")
    G.add_node("organization:o", type="organization", label="BigLab")
    for month in range(1, 5):
        for i in range(5):
            p = f"paper:{month}{i}"
            G.add_node(p, type="paper", label=p, published=f"2025-{month:02d}-0{i + 1}")
            if month >= 3:
                G.add_edge(p, "method:new", key="uses", type="uses")
                G.add_edge(p, "organization:o", key="published_by", type="published_by")
    text = write_report(annotate(G), tmp_path).read_text(encoding="utf-8")
    assert "| NewNet | method |" in text
    assert "| BigLab | organization |" not in text
    # the comparison is spelled out, and 10 earlier papers are flagged as a weak base
    assert "2025-03 and 2025-04: 10 papers, against the 2 months before: 10 papers; so few" in text


def test_report_says_when_betweenness_is_sampled(tmp_path):
    small = write_report(_kg(), tmp_path / "small").read_text(encoding="utf-8")
    assert "approximate" not in small
    G = nx.MultiDiGraph()
    for i in range(1200):  # more ranked nodes than exact betweenness handles
        G.add_node(f"paper:{i}", type="paper", label=f"P{i}", published="2025-01-01")
        G.add_node(f"method:{i % 300}", type="method", label=f"M{i % 300}")
        G.add_edge(f"paper:{i}", f"method:{i % 300}", key="uses", type="uses")
    big = write_report(annotate(G), tmp_path / "big").read_text(encoding="utf-8")
    assert "Betweenness is estimated from sampled sources" in big and "(1500 nodes)" in big


def test_report_of_an_empty_graph_promises_no_list(tmp_path):
    text = write_report(annotate(nx.MultiDiGraph()), tmp_path).read_text(encoding="utf-8")
    assert "found 0 communities; modularity 0.000." in text and "The largest:" not in text
