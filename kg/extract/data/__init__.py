"""Shipped word lists of the extractor (read with importlib.resources; see SOURCES.md)."""

__all__: list[str] = []
