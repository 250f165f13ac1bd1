"""Analytics over the knowledge graph: centralities, communities, trends, and the build report."""

from kg.analytics import centrality, communities, trends
from kg.analytics.annotate import annotate
from kg.analytics.centrality import betweenness, degree, pagerank, rank
from kg.analytics.report import write_report

__all__ = [
    "annotate",
    "degree",
    "pagerank",
    "betweenness",
    "rank",
    "write_report",
    "centrality",
    "communities",
    "trends",
]
