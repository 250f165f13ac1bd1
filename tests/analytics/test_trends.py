"""Trends: period bucketing (honest about year-less dates) and rising entities."""

from __future__ import annotations

import networkx as nx
import pytest

from kg.analytics import trends


def _burst_graph():
    """Six months, 10 papers each; 'method:new' jumps from 1 paper/month to 6 in the last two."""
    G = nx.MultiDiGraph()
    G.add_node("method:new", type="method")
    G.add_node("method:steady", type="method")
    G.add_node("method:fading", type="method")
    for month in range(1, 7):
        for i in range(10):
            p = f"paper:2025{month:02d}{i}"
            G.add_node(p, type="paper", published=f"2025-{month:02d}-{i + 1:02d}")
            if i < 5:
                G.add_edge(p, "method:steady", key="uses")
            if (month <= 4 and i == 0) or (month > 4 and i < 6):
                G.add_edge(p, "method:new", key="uses")
            if month <= 3 and i < 4:
                G.add_edge(p, "method:fading", key="uses")
    G.add_node("paper:undated", type="paper", published="--06-01")
    G.add_edge("paper:undated", "method:new", key="uses")
    return G


def test_period_of():
    assert trends.period_of("2025-03-18") == "2025-03"
    assert trends.period_of("2025-03-18", period="year") == "2025"
    assert trends.period_of("--03-18") is None
    assert trends.period_of("--03-18", yearless=True) == "--03"
    assert trends.period_of(None) is None
    with pytest.raises(ValueError):
        trends.period_of("2025-03-18", period="week")


def test_entity_counts_skip_yearless_dates_unless_asked():
    G = _burst_graph()
    counts = trends.entity_counts(G, type="method")
    assert counts["method:new"] == {"2025-01": 1, "2025-02": 1, "2025-03": 1, "2025-04": 1,
                                    "2025-05": 6, "2025-06": 6}
    assert "--06" not in counts["method:new"]
    assert trends.entity_counts(G, type="method", yearless=True)["method:new"]["--06"] == 1
    assert trends.papers_per_period(G) == {f"2025-{m:02d}": 10 for m in range(1, 7)}


def test_burst_series_has_the_known_rising_entity():
    G = _burst_graph()
    up = trends.rising(G, type="method", recent=2)
    assert [n for n, _ in up] == ["method:new"]  # steady has z = 0, fading is negative
    # recent 12/20 vs earlier 4/40
    assert up[0][1] == pytest.approx(trends.share_zscore(12, 20, 4, 40))
    assert up[0][1] > 3


def test_rising_needs_history():
    G = nx.MultiDiGraph()
    G.add_node("paper:1", type="paper", published="2025-01-01")
    assert trends.rising(G) == []
