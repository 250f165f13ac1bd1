"""Entity counts over time (from ``published``) and rising entities by a share z-score.

Dates with a year (``YYYY-MM-DD``) are bucketed by month (``"2025-03"``) or year. Dates with
only month and day (``--MM-DD``, as on Hugging Face pages of the current year) have no year:
they are skipped unless ``yearless=True``, which buckets them as ``"--MM"``, a separate
series that is never merged with dated months (the year is not invented).
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict

import networkx as nx

from kg.exceptions import OptionError

__all__ = ["period_of", "paper_periods", "papers_per_period", "entity_counts", "share_zscore", "rising"]

_PAPER = "paper"


def period_of(published: str | None, *, period: str = "month", yearless: bool = False) -> str | None:
    """Return the period bucket of an ISO date, or None when it cannot be placed.

    Parameters
    ----------
    published : str or None
        ``YYYY-MM-DD`` or ``--MM-DD``.
    period : {"month", "year"}, optional (default="month")
        Bucket size.
    yearless : bool, optional (default=False)
        Bucket ``--MM-DD`` dates as ``"--MM"`` (only with ``period="month"``) instead of
        skipping them.

    Examples
    --------
    >>> period_of("2025-03-18"), period_of("2025-03-18", period="year")
    ('2025-03', '2025')
    >>> period_of("--12-10") is None, period_of("--12-10", yearless=True)
    (True, '--12')
    """
    if period not in ("month", "year"):
        raise OptionError(f"period must be 'month' or 'year', not {period!r}")
    if not published:
        return None
    if published.startswith("--"):
        if yearless and period == "month" and len(published) >= 4:
            return published[:4]
        return None
    if len(published) >= 7 and published[:4].isdigit() and published[4] == "-":
        return published[:7] if period == "month" else published[:4]
    if len(published) == 4 and published.isdigit():
        return published if period == "year" else None
    return None


def paper_periods(G: nx.Graph, *, period: str = "month", yearless: bool = False) -> dict:
    """Return ``{paper node: period}`` for the papers whose date can be placed.

    Examples
    --------
    >>> G = nx.MultiDiGraph()
    >>> G.add_node("paper:1", type="paper", published="2025-01-05")
    >>> G.add_node("paper:2", type="paper", published="--01-05")
    >>> paper_periods(G)
    {'paper:1': '2025-01'}
    """
    out = {}
    for n, data in G.nodes(data=True):
        if data.get("type") == _PAPER:
            p = period_of(data.get("published"), period=period, yearless=yearless)
            if p is not None:
                out[n] = p
    return out


def papers_per_period(G: nx.Graph, *, period: str = "month", yearless: bool = False) -> dict:
    """Return ``{period: number of papers}``, sorted by period.

    Examples
    --------
    >>> G = nx.MultiDiGraph()
    >>> G.add_node("paper:1", type="paper", published="2025-01-05")
    >>> papers_per_period(G)
    {'2025-01': 1}
    """
    counts = Counter(paper_periods(G, period=period, yearless=yearless).values())
    return dict(sorted(counts.items()))


def entity_counts(
    G: nx.Graph, *, type: str | None = None, period: str = "month", yearless: bool = False
) -> dict:
    """Return ``{entity: {period: number of papers linked to it}}`` (periods sorted).

    Parameters
    ----------
    G : networkx.MultiDiGraph
        The knowledge graph (edges paper -> entity).
    type : str, optional (default=None)
        Only entities of this node type; None means every non-paper node.
    period, yearless
        As in :func:`period_of`.

    Examples
    --------
    >>> G = nx.MultiDiGraph()
    >>> G.add_node("paper:1", type="paper", published="2025-01-05")
    >>> G.add_node("paper:2", type="paper", published="2025-02-01")
    >>> G.add_node("method:a", type="method")
    >>> G.add_edge("paper:1", "method:a", key="uses"); G.add_edge("paper:2", "method:a", key="uses")
    'uses'
    'uses'
    >>> entity_counts(G, type="method")
    {'method:a': {'2025-01': 1, '2025-02': 1}}
    """
    periods = paper_periods(G, period=period, yearless=yearless)
    seen: dict[str, dict[str, set]] = defaultdict(lambda: defaultdict(set))
    for u, v in G.edges():
        p = periods.get(u)
        if p is None:
            continue
        t = G.nodes[v].get("type")
        if t == _PAPER or (type is not None and t != type):
            continue
        seen[v][p].add(u)
    return {n: {p: len(seen[n][p]) for p in sorted(seen[n])} for n in sorted(seen)}


def share_zscore(recent: int, recent_total: int, earlier: int, earlier_total: int) -> float:
    """Return the two-proportion z-score of an entity's share of papers, recent vs earlier.

    ``z = (p1 - p0) / sqrt(p (1 - p) (1/n1 + 1/n0))`` with ``p1 = recent / recent_total``,
    ``p0 = earlier / earlier_total`` and ``p`` the pooled share; 0 when undefined.

    Examples
    --------
    >>> round(share_zscore(8, 10, 1, 10), 2)
    3.15
    >>> share_zscore(1, 10, 1, 10)
    0.0
    """
    if recent_total <= 0 or earlier_total <= 0:
        return 0.0
    p1, p0 = recent / recent_total, earlier / earlier_total
    pooled = (recent + earlier) / (recent_total + earlier_total)
    var = pooled * (1 - pooled) * (1 / recent_total + 1 / earlier_total)
    return 0.0 if var <= 0 else (p1 - p0) / math.sqrt(var)


def rising(
    G: nx.Graph,
    *,
    type: str | None = None,
    period: str = "month",
    recent: int = 2,
    min_count: int = 3,
    top: int | None = 10,
) -> list[tuple[str, float]]:
    """Return entities whose share of papers rose most in the last ``recent`` periods.

    The score is :func:`share_zscore` of the entity's papers in the last ``recent`` periods
    against all earlier periods (a simple, documented stand-in for burst detection).
    Entities need at least ``min_count`` recent papers; only positive scores are returned.
    Only dated papers count (``--MM-DD`` dates cannot be ordered across years).

    Examples
    --------
    >>> G = nx.MultiDiGraph()
    >>> for i, month in enumerate(["2025-01"] * 4 + ["2025-02"] * 4):
    ...     G.add_node(f"paper:{i}", type="paper", published=month + "-01")
    >>> G.add_node("method:new", type="method")
    >>> for i in (4, 5, 6):
    ...     _ = G.add_edge(f"paper:{i}", "method:new", key="uses")
    >>> rising(G, recent=1)
    [('method:new', 2.19...)]
    """
    totals = papers_per_period(G, period=period)
    ordered = list(totals)
    if len(ordered) <= recent or recent < 1:
        return []
    recent_set = set(ordered[-recent:])
    n1 = sum(totals[p] for p in recent_set)
    n0 = sum(totals.values()) - n1
    out = []
    for node, series in entity_counts(G, type=type, period=period).items():
        c1 = sum(c for p, c in series.items() if p in recent_set)
        c0 = sum(series.values()) - c1
        if c1 < min_count:
            continue
        z = share_zscore(c1, n1, c0, n0)
        if z > 0:
            out.append((node, z))
    out.sort(key=lambda x: (-x[1], x[0]))
    return out if top is None else out[:top]
