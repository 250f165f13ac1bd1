"""Run the extractor on a Dask cluster: batches of papers go to the workers, records come back in order."""

from __future__ import annotations

import sys
from collections import deque
from typing import Any, Callable, Iterable, Iterator

from kg.exceptions import InputError, KGError

__all__ = ["extract_with_dask"]


def extract_with_dask(
    items: Iterable[Any],
    scheduler: Any,
    *,
    on_error: Callable[[str], None] | None = None,
    batch_size: int = 200,
    max_in_flight: int | None = None,
    timeout: float = 30.0,
) -> Iterator[dict]:
    """Extract every paper on a Dask cluster and yield the extraction records in input order.

    Papers are sent in batches; each worker runs :func:`kg.extract.extract_papers` on its batch
    with the spaCy pipeline it built once (the extractor caches it per process), so the output
    is identical to serial ``extract_papers(items)``. At most ``max_in_flight`` batches are
    outstanding, so memory stays bounded however long ``items`` is. Every worker must have
    paperkg installed (the same version as the client).

    Parameters
    ----------
    items : iterable of Paper or dict
        The papers, as :class:`kg.sources.model.Paper` objects or their ``to_dict()`` dicts.
    scheduler : str or distributed.Client
        The scheduler address (``tcp://HOST:8786``) or an existing client.
    on_error : callable, optional
        Receives the extractor's one-line messages (records skipped or cut), gathered on the
        workers and passed on here in input order. Default: print to stderr.
    batch_size : int, optional (default=200)
        Papers per task.
    max_in_flight : int, optional (default=None)
        Batches submitted but not yet consumed; ``None`` means three per worker thread.
    timeout : float, optional (default=30.0)
        Seconds to wait when connecting to the scheduler.

    Yields
    ------
    dict
        One extraction record per paper, in the order of ``items``.

    Raises
    ------
    InputError
        If ``batch_size`` or ``max_in_flight`` is not positive.
    KGError
        If the scheduler cannot be reached or ``distributed`` is not installed.

    Examples
    --------
    >>> from distributed import Client
    >>> papers = [{"id": "1", "title": "A", "abstract": "We train ResNet-50 on ImageNet."}]
    >>> with Client(processes=False, n_workers=1, threads_per_worker=1,
    ...             dashboard_address=None) as client:
    ...     records = list(extract_with_dask(papers, client))
    >>> [r["id"] for r in records]
    ['1']
    """
    if batch_size < 1:
        raise InputError(f"batch_size must be positive, got {batch_size}")
    if max_in_flight is not None and max_in_flight < 1:
        raise InputError(f"max_in_flight must be positive, got {max_in_flight}")
    client, owned = _connect(scheduler, timeout)
    try:
        if max_in_flight is None:
            threads = sum(w.get("nthreads", 1) for w in client.scheduler_info()["workers"].values())
            max_in_flight = 3 * max(threads, 1)
        report = on_error or _print_error
        pending: deque = deque()
        for batch in _batches(items, batch_size):
            pending.append(client.submit(_extract_batch, batch, pure=False))
            if len(pending) >= max_in_flight:
                yield from _collect(pending.popleft(), report)
        while pending:
            yield from _collect(pending.popleft(), report)
    finally:
        if owned:
            client.close()


# helpers

def _connect(scheduler: Any, timeout: float) -> tuple[Any, bool]:
    try:
        from distributed import Client
    except ImportError as err:  # pragma: no cover - dask is an optional extra
        raise KGError("Dask extraction needs dask[distributed]: pip install 'paperkg[dask]'") from err
    if isinstance(scheduler, Client):
        return scheduler, False
    try:
        return Client(scheduler, timeout=timeout, set_as_default=False), True
    except (OSError, TimeoutError, ValueError) as err:
        raise KGError(f"cannot connect to the Dask scheduler at {scheduler}: {err}") from err


def _batches(items: Iterable[Any], size: int) -> Iterator[list[dict]]:
    batch: list[dict] = []
    for item in items:
        batch.append(item.to_dict() if hasattr(item, "to_dict") else dict(item))
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def _extract_batch(batch: list[dict]) -> tuple[list[dict], list[str]]:
    """Run on a worker: extract one batch with the process's cached pipeline."""
    from kg.extract import extract_papers

    messages: list[str] = []
    return list(extract_papers(batch, processes=1, on_error=messages.append)), messages


def _collect(future: Any, report: Callable[[str], None]) -> Iterator[dict]:
    records, messages = future.result()
    for message in messages:
        report(message)
    yield from records


def _print_error(message: str) -> None:
    print(f"kg extract (dask): {message}", file=sys.stderr)
