"""Typed errors raised by paperkg."""

__all__ = ["KGError", "InputError", "EmptyGraphError", "QueryError", "OptionError"]


class KGError(Exception):
    """Base class of every error paperkg raises on purpose.

    Examples
    --------
    >>> issubclass(InputError, KGError), issubclass(OptionError, KGError)
    (True, True)
    """


class InputError(KGError):
    """An input file or record cannot be read; the message names the file and line.

    Examples
    --------
    >>> str(InputError("papers.jsonl:3: invalid JSON"))
    'papers.jsonl:3: invalid JSON'
    """


class EmptyGraphError(KGError):
    """An analysis was asked of a graph with no nodes.

    Examples
    --------
    >>> from kg.analytics import pagerank
    >>> import networkx as nx
    >>> pagerank(nx.Graph())  # doctest: +IGNORE_EXCEPTION_DETAIL
    Traceback (most recent call last):
    kg.exceptions.EmptyGraphError: the graph has no nodes
    """


class QueryError(KGError):
    """A SPARQL query is malformed, not allowed, or ran out of time.

    Examples
    --------
    >>> isinstance(QueryError("update queries are not allowed"), KGError)
    True
    """


class OptionError(KGError, ValueError):
    """A function argument or option has a value that is not allowed.

    It is also a :class:`ValueError`, so ``except ValueError`` keeps catching it.

    Examples
    --------
    >>> from kg.analytics.trends import period_of
    >>> period_of("2025-03-01", period="week")  # doctest: +IGNORE_EXCEPTION_DETAIL
    Traceback (most recent call last):
    kg.exceptions.OptionError: period must be 'month' or 'year', not 'week'
    >>> issubclass(OptionError, ValueError)
    True
    """
