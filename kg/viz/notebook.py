"""A written viewer page that Jupyter displays inline (an ``<iframe srcdoc>``) and that is a path."""

from __future__ import annotations

import html
import os
from pathlib import Path

__all__ = ["ViewerPage"]


class ViewerPage(os.PathLike):
    """The path of a written ``graph.html`` that notebooks display as a sandboxed iframe.

    It is an ``os.PathLike`` (``open(page)``, ``Path(page)`` work). ``_repr_html_`` embeds
    the page through ``srcdoc`` in an iframe with ``sandbox="allow-scripts"``, so it runs
    in an opaque origin without access to the notebook, and needs no file server.

    Parameters
    ----------
    path : path
        A page written by :func:`kg.viz.to_html`.
    height : int, optional (default=720)
        Iframe height in pixels.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> p = pathlib.Path(tempfile.mkdtemp()) / "g.html"
    >>> _ = p.write_text('<p title="a">x</p>')
    >>> page = ViewerPage(p)
    >>> Path(page) == p, page._repr_html_()[:60]
    (True, '<iframe sandbox="allow-scripts" style="width:100%;height:720')
    """

    def __init__(self, path: str | os.PathLike, *, height: int = 720):
        self.path = Path(path)
        self.height = int(height)

    def __fspath__(self) -> str:
        return os.fspath(self.path)

    def __repr__(self) -> str:
        return f"ViewerPage({str(self.path)!r})"

    def __str__(self) -> str:
        return str(self.path)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, (ViewerPage, os.PathLike, str)):
            return Path(os.fspath(other)) == self.path
        return NotImplemented

    def __hash__(self) -> int:
        return hash(self.path)

    def _repr_html_(self) -> str:
        doc = html.escape(self.path.read_text(encoding="utf-8"), quote=True)
        return (f'<iframe sandbox="allow-scripts" style="width:100%;height:{self.height}px;border:0" '
                f'title="{html.escape(self.path.name)}" srcdoc="{doc}"></iframe>')
