"""`kg build --update DIR` and `kg build --dask ADDRESS`: incremental and distributed builds."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any, Callable, Iterable

from kg.sources.model import Paper, Skipped

__all__ = ["build_scaled", "build_settings", "extractor", "read_skipped"]


def extractor(processes: int = 1, dask: Any = None) -> Callable[[list[Paper]], Iterable[dict]]:
    """Return ``f(papers) -> records`` running the extractor locally or on a Dask cluster.

    Parameters
    ----------
    processes : int, optional (default=1)
        Local worker processes (ignored when ``dask`` is given).
    dask : str or distributed.Client, optional (default=None)
        Scheduler address (``tcp://HOST:8786``) or client: extract on that cluster.

    Examples
    --------
    >>> f = extractor(processes=1)
    >>> [r["id"] for r in f([Paper(id="1", title="BERT", abstract="We fine-tune BERT.")])]
    ['1']
    """
    if dask:
        from kg.scale.dask_extract import extract_with_dask

        return lambda papers: extract_with_dask(papers, dask)
    from kg.extract import extract_papers

    return lambda papers: extract_papers(papers, processes=processes)


def read_skipped(build_dir: str | os.PathLike) -> list[Skipped]:
    """Read a build directory's ``skipped.txt`` back into :class:`Skipped` entries.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> d = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (d / "skipped.txt").write_text("a.jsonl:3: skipped: not JSON\\nb.bin: skipped: binary file\\n")
    >>> [str(s) for s in read_skipped(d)]
    ['a.jsonl:3: skipped: not JSON', 'b.bin: skipped: binary file']
    """
    path = Path(build_dir) / "skipped.txt"
    if not path.is_file():
        return []
    return [Skipped.parse(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def build_scaled(paths: Iterable[str | os.PathLike], *, update: str | os.PathLike | None = None,
                 processes: int = 1, dask: Any = None, seed: int | None = None,
                 min_confidence: float | None = None, log: Callable[[str], None] | None = None):
    """Build a :class:`kg.api.KnowledgeGraph`, incrementally on top of ``update`` and/or on Dask.

    With ``update``, the papers of ``paths`` are merged into the build in that directory and only
    new or changed papers are extracted (:func:`kg.scale.incremental.plan_update`); the result
    equals a full build of the old inputs followed by ``paths``.

    Parameters
    ----------
    paths : iterable of path
        Paper files or folders (the new ones, with ``update``).
    update : path, optional (default=None)
        An existing ``kg build`` output directory to extend.
    processes : int, optional (default=1)
        Local extraction processes.
    dask : str or distributed.Client, optional (default=None)
        Extract on this Dask cluster instead.
    seed : int, optional
        Seed of Louvain and sampled betweenness (default: the one ``update`` was built with, else 0).
    min_confidence : float, optional
        Leave extracted entities below this confidence out of the graph (default: the threshold
        ``update`` was built with, else 0.0; see :func:`kg.graph.confident_entities`).
    log : callable, optional
        Receives one-line progress messages.

    Returns
    -------
    kg.api.KnowledgeGraph

    Examples
    --------
    >>> import tempfile, pathlib
    >>> d = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (d / "a.jsonl").write_text('{"id": "2401.00001", "title": "BERT", "abstract": "We use BERT."}\\n')
    >>> _ = build_scaled([d / "a.jsonl"]).save(d / "out", report=False)
    >>> _ = (d / "b.jsonl").write_text('{"id": "2401.00002", "title": "GPT", "abstract": "We use GPT."}\\n')
    >>> g = build_scaled([d / "b.jsonl"], update=d / "out")
    >>> [p.id for p in g.papers]
    ['2401.00001', '2401.00002']
    >>> _ = build_scaled([d / "a.jsonl"], min_confidence=0.5, seed=3).save(d / "strict", report=False)
    >>> g = build_scaled([d / "b.jsonl"], update=d / "strict")
    >>> g.min_confidence, g.seed
    (0.5, 3)
    """
    from kg.api import KnowledgeGraph
    from kg.graph import check_min_confidence
    from kg.scale.incremental import merged_records, plan_update
    from kg.sources import load_papers

    say = log or (lambda message: None)
    extract = extractor(processes, dask)
    if min_confidence is not None:
        check_min_confidence(min_confidence)  # before extracting, not after
    if update is not None:
        settings = build_settings(update)
        seed = settings["seed"] if seed is None else seed
        min_confidence = settings["min_confidence"] if min_confidence is None else min_confidence
        plan = plan_update(update, paths)
        say(f"update of {update}: " + plan.summary())
        papers, skipped = plan.papers, plan.merged_skipped(read_skipped(update))
        records = list(merged_records(plan, extract))
    else:
        result = load_papers(paths)
        papers, skipped = result.papers, result.skipped
        records = list(extract(papers))
    return KnowledgeGraph.from_records(papers, records, skipped=skipped, seed=seed or 0,
                                       min_confidence=min_confidence or 0.0)


def build_settings(build_dir: str | os.PathLike) -> dict[str, Any]:
    """Return the ``seed`` and ``min_confidence`` a build directory was made with.

    They are read from the graph attributes at the head of its ``graph.json``; a directory
    without one gives the defaults (0 and 0.0).

    Examples
    --------
    >>> import tempfile
    >>> from kg.api import KnowledgeGraph
    >>> d = KnowledgeGraph.from_records([Paper(id="1", title="T")], [{"id": "1"}], seed=7).save(
    ...     tempfile.mkdtemp(), report=False)
    >>> build_settings(d)
    {'seed': 7, 'min_confidence': 0.0}
    """
    from kg.exceptions import InputError, OptionError
    from kg.graph import check_min_confidence, read_graph_attrs

    path = Path(build_dir) / "graph.json"
    attrs = read_graph_attrs(path) if path.is_file() else {}
    seed = attrs.get("seed", 0)
    if not isinstance(seed, int) or isinstance(seed, bool):
        raise InputError(f"{path}: graph attribute seed must be an integer, not {seed!r}")
    try:
        min_confidence = check_min_confidence(attrs.get("min_confidence", 0.0))
    except OptionError as err:
        raise InputError(f"{path}: graph attribute {err}") from err
    return {"seed": seed, "min_confidence": min_confidence}
