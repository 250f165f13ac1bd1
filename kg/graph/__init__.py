"""Graph stage: build the knowledge graph, project it, and write it to files."""

from kg.graph import projections
from kg.graph.build import (EDGE_TYPES, ENTITY_KINDS, NODE_TYPES, build_graph, check_min_confidence,
                            confident_entities, repository_id, slugify)
from kg.graph.export import graph_from_json, graph_to_json, read_graph_attrs, write_graph_files

__all__ = [
    "build_graph",
    "confident_entities",
    "check_min_confidence",
    "write_graph_files",
    "graph_to_json",
    "graph_from_json",
    "read_graph_attrs",
    "projections",
    "repository_id",
    "slugify",
    "NODE_TYPES",
    "EDGE_TYPES",
    "ENTITY_KINDS",
]
