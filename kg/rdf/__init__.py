"""RDF stage: schema.org/PROV-O RDF of the graph, an Oxigraph store and SPARQL over it.

Examples
--------
>>> import networkx as nx, kg.rdf
>>> G = nx.MultiDiGraph()
>>> G.add_node("paper:1", type="paper", label="T", title="T")
>>> len(kg.rdf.to_rdf(G)) > 0
True
"""

from kg.rdf.export import serialize_ntriples, to_rdf, write_rdf
from kg.rdf.namespace import DEFAULT_BASE, KG, PREFIXES
from kg.rdf.queries import named_queries, resolve_query
from kg.rdf.store import build_store, memory_graph, open_graph, query, query_native

__all__ = ["to_rdf", "write_rdf", "serialize_ntriples", "build_store", "memory_graph", "open_graph", "query",
           "query_native", "named_queries", "resolve_query", "KG", "PREFIXES", "DEFAULT_BASE"]
