"""Interactive, offline HTML viewer of the knowledge graph (``kg viz``)."""

from kg.viz.data import page_data
from kg.viz.html import pack_json, render_html, to_html
from kg.viz.layout import layout_positions
from kg.viz.notebook import ViewerPage

__all__ = ["to_html", "render_html", "pack_json", "page_data", "layout_positions", "ViewerPage"]
