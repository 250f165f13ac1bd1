"""Write ``report.md`` with PNG plots: counts, central entities, communities, trends, degrees."""

from __future__ import annotations

import io
import os
from collections import Counter
from pathlib import Path

import networkx as nx

from kg.analytics.centrality import EXACT_BETWEENNESS_MAX_NODES, rank
from kg.analytics.trends import entity_counts, papers_per_period, rising
from kg.fileio import atomic_write

__all__ = ["write_report", "summary_counts", "format_summary"]

_KINDS = ("method", "dataset", "task")


def write_report(G: nx.MultiDiGraph, outdir: str | os.PathLike, *, top: int = 15) -> Path:
    """Write ``report.md`` and its PNG plots into ``outdir`` and return the report's path.

    ``G`` should be annotated (:func:`kg.analytics.annotate`); missing scores count as 0.
    The PNGs carry no software or date metadata, so the same graph gives the same bytes.

    Parameters
    ----------
    G : networkx.MultiDiGraph
        The annotated knowledge graph.
    outdir : path
        Directory, created if missing.
    top : int, optional (default=15)
        Entities listed per type.

    Returns
    -------
    Path
        ``outdir / "report.md"``.

    Examples
    --------
    >>> import tempfile
    >>> from kg.analytics import annotate
    >>> G = nx.MultiDiGraph()
    >>> G.add_nodes_from([("paper:1", {"type": "paper", "label": "P", "published": "2025-01-02"}),
    ...                   ("method:a", {"type": "method", "label": "ResNet"})])
    >>> G.add_edge("paper:1", "method:a", key="uses", type="uses")
    'uses'
    >>> p = write_report(annotate(G), tempfile.mkdtemp())
    >>> "ResNet" in p.read_text()
    True
    """
    out = Path(outdir)
    out.mkdir(parents=True, exist_ok=True)
    nodes, edges = summary_counts(G)
    lines = ["# Knowledge graph report", ""]
    lines += [f"{G.number_of_nodes()} nodes, {G.number_of_edges()} edges.", ""]
    if G.graph.get("min_confidence"):
        lines += [f"Extracted methods, datasets and tasks with a confidence below {G.graph['min_confidence']:g} "
                  "are left out of the graph (`extractions.jsonl` keeps them).", ""]
    lines += ["## Nodes and edges by type", "", "| node type | count |", "|---|---:|"]
    lines += [f"| {t} | {c} |" for t, c in nodes.items()]
    lines += ["", "| edge type | count |", "|---|---:|"]
    lines += [f"| {t} | {c} |" for t, c in edges.items()]

    pr = {n: d.get("pagerank", 0.0) for n, d in G.nodes(data=True)}
    ranked = sum(1 for _, d in G.nodes(data=True) if "pagerank" in d)
    sampled = (" Betweenness is estimated from sampled sources on a graph this size"
               f" ({ranked} nodes): its ranking is approximate, PageRank's is not."
               if ranked > EXACT_BETWEENNESS_MAX_NODES else "")
    lines += ["", "## Most central entities", "",
              "PageRank and betweenness on the undirected graph without authors; "
              "`papers` is the number of papers linked to the entity." + sampled, ""]
    tops = {}
    for kind in _KINDS:
        tops[kind] = rank(G, pr, type=kind, top=top)
        lines += [f"### {kind.capitalize()}s", ""]
        if not tops[kind]:
            lines += [f"No {kind} nodes.", ""]
            continue
        lines += ["| # | name | papers | PageRank | betweenness |", "|---:|---|---:|---:|---:|"]
        for i, (n, s) in enumerate(tops[kind], start=1):
            d = G.nodes[n]
            lines.append(f"| {i} | {_cell(d.get('label', n))} | {d.get('paper_count', 0)} | "
                         f"{s:.5f} | {d.get('betweenness', 0.0):.5f} |")
        lines.append("")
    if any(tops.values()):
        _save(_plot_top(G, tops), out / "top_entities.png")
        lines += ["![Most central entities](top_entities.png)", ""]

    comms = G.graph.get("communities") or []
    lines += ["## Communities", ""]
    lines += [f"Louvain (seed {G.graph.get('seed', 0)}) found {len(comms)} communities; modularity "
              f"{G.graph.get('modularity', 0.0):.3f}." + (" The largest:" if comms else ""), ""]
    if comms:
        lines += ["| id | size | label (most central members) |", "|---:|---:|---|"]
        for c in sorted(comms, key=lambda c: (-c["size"], c["id"]))[:top]:
            lines.append(f"| {c['id']} | {c['size']} | {_cell(c['label'])} |")
        lines.append("")
        _save(_plot_communities(comms), out / "community_sizes.png")
        lines += ["![Community sizes](community_sizes.png)", ""]

    lines += ["## Entities over time", ""]
    totals = papers_per_period(G)
    n_papers = sum(1 for _, t in G.nodes(data="type") if t == "paper")
    yearless = sum(1 for _, d in G.nodes(data=True)
                   if d.get("type") == "paper" and str(d.get("published") or "").startswith("--"))
    lines.append(f"{sum(totals.values())} of {n_papers} papers have a dated month; {yearless} have a "
                 "month and day but no year (`--MM-DD`) and are left out of the time series.")
    lines.append("")
    if totals:
        series = {kind: entity_counts(G, type=kind) for kind in _KINDS}
        _save(_plot_trends(G, totals, series, tops), out / "entities_over_time.png")
        lines += ["![Entities over time](entities_over_time.png)", ""]
        up = sorted((x for kind in _KINDS for x in rising(G, type=kind, top=top)),
                    key=lambda x: (-x[1], x[0]))[:top]
        if up:
            months = list(totals)
            recent, earlier = months[-2:], months[:-2]
            n1, n0 = sum(totals[m] for m in recent), sum(totals[m] for m in earlier)
            lines += [f"Rising entities (z-score of their share of papers in the last 2 months with papers, "
                      f"{' and '.join(recent)}: {n1} papers, against the {len(earlier)} months before: "
                      f"{n0} papers" + ("; so few earlier papers make this a weak signal" if n0 < 30 else "")
                      + "):", "", "| entity | type | z |", "|---|---|---:|"]
            lines += [f"| {_cell(G.nodes[n].get('label', n))} | {G.nodes[n].get('type')} | {z:.2f} |"
                      for n, z in up]
            lines.append("")

    lines += ["## Degree distribution", ""]
    _save(_plot_degrees(G), out / "degree_distribution.png")
    lines += ["![Degree distribution](degree_distribution.png)", ""]

    path = out / "report.md"
    with atomic_write(path) as f:
        f.write("\n".join(lines).rstrip() + "\n")
    return path


def summary_counts(G: nx.MultiDiGraph) -> tuple[dict, dict]:
    """Return ``({node type: count}, {edge type: count})``, each sorted by type.

    Examples
    --------
    >>> G = nx.MultiDiGraph()
    >>> G.add_nodes_from([("paper:1", {"type": "paper"}), ("task:t", {"type": "task"})])
    >>> G.add_edge("paper:1", "task:t", key="addresses", type="addresses")
    'addresses'
    >>> summary_counts(G)
    ({'paper': 1, 'task': 1}, {'addresses': 1})
    """
    nodes = Counter(t or "?" for _, t in G.nodes(data="type"))
    edges = Counter(d.get("type", k) for _, _, k, d in G.edges(keys=True, data=True))
    return dict(sorted(nodes.items())), dict(sorted(edges.items()))


def format_summary(G: nx.MultiDiGraph, *, top: int = 5) -> str:
    """Return the plain-text summary ``kg stats`` prints.

    Counts per node and edge type, the ``top`` methods, datasets and tasks by PageRank, and
    the largest communities with their labels and the modularity.

    Examples
    --------
    >>> G = nx.MultiDiGraph()
    >>> G.add_node("paper:1", type="paper", label="P")
    >>> print(format_summary(G))
    nodes: 1 (paper 1)
    edges: 0
    communities: 0 (modularity 0.000)
    """
    nodes, edges = summary_counts(G)
    lines = [f"nodes: {G.number_of_nodes()} (" + ", ".join(f"{t} {c}" for t, c in nodes.items()) + ")"]
    lines.append(f"edges: {G.number_of_edges()}" + (" (" + ", ".join(f"{t} {c}" for t, c in edges.items()) + ")"
                                                      if edges else ""))
    if G.graph.get("min_confidence"):
        lines.append(f"min confidence: {G.graph['min_confidence']:g} (entities extracted below it left out)")
    pr = {n: d["pagerank"] for n, d in G.nodes(data=True) if "pagerank" in d}
    for kind in _KINDS:
        ranked = rank(G, pr, type=kind, top=top)
        if ranked:
            lines.append(f"top {kind}s by PageRank:")
            lines += [f"  {s:.5f}  {_short(G.nodes[n].get('label', n), 60)}  "
                      f"({G.nodes[n].get('paper_count', 0)} papers)"
                      for n, s in ranked]
    comms = sorted(G.graph.get("communities") or [], key=lambda c: (-c["size"], c["id"]))
    lines.append(f"communities: {len(comms)} (modularity {G.graph.get('modularity', 0.0):.3f})")
    lines += [f"  #{c['id']:<4} {c['size']:>6} nodes  {_short(c['label'], 80)}" for c in comms[:top]]
    return "\n".join(lines)


# helpers

def _cell(text) -> str:
    s = " ".join(str(text).split())
    for a, b in (("&", "&amp;"), ("<", "&lt;"), (">", "&gt;"), ("|", "\\|")):
        s = s.replace(a, b)
    return s


def _short(text, n=40) -> str:
    s = " ".join(str(text).split())
    return s if len(s) <= n else s[: n - 1] + "…"


def _figure(w=8.0, h=4.5):
    from matplotlib.figure import Figure

    return Figure(figsize=(w, h), dpi=100)


def _save(fig, path: Path) -> None:
    buf = io.BytesIO()
    fig.savefig(buf, format="png", metadata={"Software": None})
    with atomic_write(path, "wb") as f:
        f.write(buf.getvalue())


def _plot_top(G, tops):
    fig = _figure(12, 5)
    axes = fig.subplots(1, len(_KINDS))
    for ax, kind in zip(axes, _KINDS):
        items = tops[kind][:10][::-1]
        ax.barh([_short(G.nodes[n].get("label", n), 28) for n, _ in items], [s for _, s in items])
        ax.set_title(f"{kind}s by PageRank")
        ax.tick_params(axis="y", labelsize=7)
    fig.tight_layout()
    return fig


def _plot_communities(comms):
    fig = _figure()
    ax = fig.subplots()
    sizes = sorted((c["size"] for c in comms), reverse=True)[:40]
    ax.bar(range(len(sizes)), sizes)
    ax.set_xlabel("community (largest first)")
    ax.set_ylabel("nodes")
    ax.set_title("Community sizes")
    return fig


def _plot_trends(G, totals, series, tops):
    fig = _figure(10, 5)
    ax = fig.subplots()
    periods = list(totals)
    x = range(len(periods))
    for kind in _KINDS:
        for n, _ in tops[kind][:3]:
            s = series[kind].get(n, {})
            ax.plot(x, [s.get(p, 0) / totals[p] for p in periods],
                    label=_short(G.nodes[n].get("label", n), 30), marker="o", markersize=3)
    ax.set_xticks(list(x))
    ax.set_xticklabels([f"{p} ({totals[p]})" for p in periods], rotation=90, fontsize=7)  # a share of 4 papers
    ax.set_xlabel("month (its papers)")
    ax.set_ylabel("share of the month's papers")
    ax.set_title("Top entities over time")
    if ax.get_legend_handles_labels()[0]:
        ax.legend(fontsize=7)
    fig.tight_layout()
    return fig


def _plot_degrees(G):
    fig = _figure()
    ax = fig.subplots()
    degs = Counter(len(set(G.successors(n)) | set(G.predecessors(n))) for n in G)
    xs = sorted(d for d in degs if d > 0)
    ax.loglog(xs, [degs[d] for d in xs], marker="o", linestyle="none")
    ax.set_xlabel("degree (distinct neighbours)")
    ax.set_ylabel("nodes")
    ax.set_title("Degree distribution")
    return fig
