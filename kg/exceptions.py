"""Typed errors raised by paperkg."""

__all__ = ["KGError", "InputError", "EmptyGraphError", "QueryError"]


class KGError(Exception):
    """Base class of every error paperkg raises on purpose."""


class InputError(KGError):
    """An input file or record cannot be read; the message names the file and line."""


class EmptyGraphError(KGError):
    """An analysis was asked of a graph with no nodes."""


class QueryError(KGError):
    """A SPARQL query is malformed, not allowed, or ran out of time."""
