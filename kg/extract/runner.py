"""Run the extractor over a stream of papers: chunked, order-preserving, optionally in parallel."""

from __future__ import annotations

import gc
import multiprocessing
import re
import sys
from collections import deque
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import asdict, is_dataclass
from itertools import islice
from typing import Any, Callable, Iterable, Iterator, Mapping

from kg.exceptions import KGError, OptionError
from kg.extract.links import find_links, repos_from_metadata

__all__ = ["extract_papers", "prepare_record", "abstract_of", "blank_controls", "MAX_TITLE_CHARS", "MAX_ABSTRACT_CHARS",
           "MAX_TOKEN_CHARS", "CHUNK_SIZE"]

#: Longer titles / abstracts are cut to this many characters (and reported).
MAX_TITLE_CHARS = 2_000
MAX_ABSTRACT_CHARS = 20_000
#: Longer runs of non-space characters are split (a space every this many characters):
#: spaCy's tokenizer takes quadratic time on one huge token. Real abstracts stay under 300.
MAX_TOKEN_CHARS = 500
#: Records per chunk: the unit of batching, of work sent to a process, and of memory.
CHUNK_SIZE = 128
#: The cyclic garbage collector's first threshold once the pipeline is loaded (Python's default: 700).
GC_THRESHOLD = 10_000

# C0/C1 control characters except tab and newline; replaced by a space so offsets still hold.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def blank_controls(text: str, pattern: re.Pattern, kept: str = "") -> str:
    """``text`` with every match of ``pattern`` (control characters, all unprintable) replaced by a space, so offsets
    still hold; the characters ``kept`` are ones the pattern lets through. Most texts are printable but for those:
    str.isprintable's one C pass answers for them, 2x faster than the pattern's search.

    Examples
    --------
    >>> blank_controls("a\\x00b\\nc", re.compile(r"[\\x00-\\x08]"), kept="\\n")
    'a b\\nc'
    """
    probe = text
    for ch in kept:
        probe = probe.replace(ch, "")
    if probe.isprintable() or not pattern.search(text):
        return text
    return pattern.sub(" ", text)


# a run of non-space characters, matched from its start only: tried at every character, "\S{N,}" rescans the rest
# of each word (twice as slow on abstracts); the matches are the same whole runs
_HUGE_TOKEN = re.compile(r"(?<!\S)\S{%d,}" % (MAX_TOKEN_CHARS + 1))

_NLP = None  # the pipeline of this process, loaded once


def extract_papers(
    items: Iterable[Any],
    processes: int = 1,
    on_error: Callable[[str], None] | None = None,
    *,
    chunk_size: int = CHUNK_SIZE,
) -> Iterator[dict]:
    """Yield one extraction record per paper, in input order, streaming in chunks.

    Each item is a :class:`~kg.sources.model.Paper` or a dict with at least ``id``; ``title``
    and ``abstract`` are read, and ``github`` / ``comment`` (Paper fields) add repository links.
    The output is identical for every value of ``processes``: workers each load the pipeline
    once and send back plain dicts. At most ``2 * processes`` chunks are in flight, so memory
    stays constant however long the input.

    Parameters
    ----------
    items : iterable of Paper or dict
        The papers.
    processes : int, optional (default=1)
        Worker processes; 1 runs in this process.
    on_error : callable, optional
        Called with a one-line message for each item skipped (not a mapping, no id) or
        cut (control characters, over-long text, failed extraction). Default: print to stderr.
    chunk_size : int, optional (default=128)
        Records per chunk.

    Yields
    ------
    dict
        Extraction records (see ``docs/ARCHITECTURE.md`` section 2).

    Raises
    ------
    OptionError
        When ``processes`` or ``chunk_size`` is below 1.
    KGError
        When a worker process dies (the pool cannot finish the chunks it held).

    Examples
    --------
    >>> from kg.sources.model import Paper
    >>> p = Paper(id="x1", title="T", abstract="Code: https://github.com/o/r.", github=["a/b"])
    >>> [r["repos"] for r in extract_papers([p])]
    [['https://github.com/o/r', 'https://github.com/a/b']]
    """
    if processes < 1 or chunk_size < 1:
        raise OptionError("processes and chunk_size must be at least 1")
    report = on_error or _print_error
    chunks = _chunks(_prepared(items, report), chunk_size)
    if processes == 1:
        for chunk in chunks:
            yield from _run_chunk(chunk, report)
        return
    # A process pool executor (not multiprocessing.Pool): a worker that dies raises an error
    # here instead of leaving its chunk waiting forever.
    pool = ProcessPoolExecutor(processes, mp_context=multiprocessing.get_context(), initializer=_init_worker)
    try:
        pending: deque = deque()
        for chunk in chunks:
            pending.append(pool.submit(_worker_chunk, chunk))
            if len(pending) >= 2 * processes:
                yield from _collect(pending.popleft(), report)
        while pending:
            yield from _collect(pending.popleft(), report)
    except BrokenProcessPool as err:  # from a result, or from submitting to a pool a dead worker broke
        raise KGError("an extraction worker process died (killed, or out of memory); "
                      "run with processes=1 to find the paper") from err
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def abstract_of(record: Mapping) -> Any:
    """The abstract of a record: its ``abstract``, else an arXiv listing record's ``summary``.

    Examples
    --------
    >>> abstract_of({"title": "T", "summary": "An arXiv abstract."})
    'An arXiv abstract.'
    >>> abstract_of({"abstract": "", "summary": "ignored"})
    ''
    """
    return record.get("abstract") if record.get("abstract") is not None else record.get("summary")


def prepare_record(item: Any, report: Callable[[str], None] | None = None) -> dict | None:
    """Return the clean input dict the extractor sees for ``item``, or None to skip it.

    Titles and abstracts become strings, control characters become spaces (offsets keep
    their meaning), text over the caps is cut, and a run of more than ``MAX_TOKEN_CHARS``
    non-space characters gets a space every ``MAX_TOKEN_CHARS`` characters (same length; no
    real abstract has one, and spaCy's tokenizer is quadratic on it). Each change is reported
    in one line.

    Parameters
    ----------
    item : Paper or dict
    report : callable, optional
        Receives one-line messages (default: stderr).

    Returns
    -------
    dict or None
        ``{"id", "title", "abstract", "github", "comment"}``.

    Examples
    --------
    >>> prepare_record({"id": "a", "title": "T\\x00", "abstract": None})
    {'id': 'a', 'title': 'T ', 'abstract': '', 'github': [], 'comment': None}
    >>> prepare_record({"title": "no id"}, report=print)
    record without an id: skipped
    """
    report = report or _print_error
    if is_dataclass(item) and not isinstance(item, type):
        item = asdict(item)
    if not isinstance(item, Mapping):
        report(f"item of type {type(item).__name__} is not a paper: skipped")
        return None
    pid = item.get("id")
    if isinstance(pid, bool) or not isinstance(pid, (str, int)) or pid == "":
        report("record without an id: skipped")
        return None
    out = {"id": pid}
    for name, cap in (("title", MAX_TITLE_CHARS), ("abstract", MAX_ABSTRACT_CHARS)):
        text = abstract_of(item) if name == "abstract" else item.get(name)
        text = text if isinstance(text, str) else ("" if text is None else str(text))
        text = blank_controls(text, _CONTROL, kept="\n\t")
        if len(text) > cap:
            report(f"paper {pid}: {name} of {len(text):,} characters cut to {cap:,}")
            text = text[:cap]
        huge = _HUGE_TOKEN.search(text) if _may_have_huge_token(text) else None
        if huge:
            report(f"paper {pid}: {name} has a word of {len(huge.group(0)):,}+ characters; "
                   f"split every {MAX_TOKEN_CHARS}")
            text = _HUGE_TOKEN.sub(_split_token, text)
        out[name] = text
    github = item.get("github")
    out["github"] = [g for g in github if isinstance(g, str)] if isinstance(github, (list, tuple)) else []
    comment = item.get("comment")
    out["comment"] = comment if isinstance(comment, str) else None
    return out


# helpers

def _print_error(message: str) -> None:
    print(f"kg extract: {message}", file=sys.stderr)


def _may_have_huge_token(text: str) -> bool:
    """Whether ``text`` may have a run of more than ``MAX_TOKEN_CHARS`` non-space characters: such a run holds
    one of the slices ``text[k:k + h + 1]`` (k a multiple of h = ``MAX_TOKEN_CHARS // 2``) whole, so the
    ``_HUGE_TOKEN`` search (~13 us on an abstract) runs only when one of these few slices has no space.

    >>> may = _may_have_huge_token
    >>> may("a" * 501), may(("a" * 200 + " ") * 9), may("b " + "a" * 600)
    (True, False, True)
    """
    h = MAX_TOKEN_CHARS // 2
    return any((part := text[k:k + h + 1]).split(None, 1) == [part] for k in range(0, len(text) - h, h))


def _split_token(match: re.Match) -> str:
    token = match.group(0)
    step = MAX_TOKEN_CHARS
    return " ".join(token[i + 1 if i else 0:i + step] for i in range(0, len(token), step))


def _prepared(items: Iterable[Any], report: Callable[[str], None]) -> Iterator[dict]:
    for item in items:
        record = prepare_record(item, report)
        if record is not None:
            yield record


def _chunks(records: Iterator[dict], size: int) -> Iterator[list[dict]]:
    while True:
        chunk = list(islice(records, size))
        if not chunk:
            return
        yield chunk


def _nlp():
    """The process's extraction pipeline, loaded once.

    It lives as long as the process, so once it is loaded ``gc.freeze()`` moves it (and whatever else is alive)
    out of the cyclic collector's reach: every full collection traversed its ~120k objects, ~3% of extraction
    time (objects created later are collected as before). The collector's first threshold is then raised to
    ``GC_THRESHOLD`` (unless already higher, or 0: collection off): the extractor makes many short-lived containers
    that reference counting frees, and at 700 net allocations a young collection ran every few papers and a full
    one (walking every live object, a chunk's documents among them) every hundredth; over 20,000 abstracts the
    collector took 1.8 s of 42 s CPU, with 10,000 0.4 s. No output depends on when cycles are collected.
    """
    global _NLP
    if _NLP is None:
        from kg.extract.pipeline import load_nlp

        _NLP = load_nlp()
        gc.freeze()
        threshold = gc.get_threshold()
        if 0 < threshold[0] < GC_THRESHOLD:
            gc.set_threshold(GC_THRESHOLD, *threshold[1:])
    return _NLP


def _init_worker() -> None:
    _nlp()


def _worker_chunk(chunk: list[dict]) -> tuple[list[dict], list[str]]:
    messages: list[str] = []
    return list(_run_chunk(chunk, messages.append)), messages


def _collect(result, report: Callable[[str], None]) -> Iterator[dict]:
    records, messages = result.result()
    for message in messages:
        report(message)
    yield from records


def _run_chunk(chunk: list[dict], report: Callable[[str], None]) -> Iterator[dict]:
    """Extract one chunk in batch; if the batch fails, retry record by record."""
    from kg.extract.pipeline import extract_record, extract_records

    nlp = _nlp()
    inputs = [dict(r) for r in chunk]
    try:
        outputs = list(extract_records(inputs, nlp=nlp))
        if len(outputs) != len(inputs):
            raise RuntimeError(f"{len(outputs)} records out for {len(inputs)} in")
    except Exception:  # noqa: BLE001 - isolate the failing record below, report it, go on
        outputs = []
        for record in inputs:
            try:
                outputs.append(extract_record(record, nlp=nlp))
            except Exception as err:  # noqa: BLE001
                report(f"paper {record['id']}: extraction failed ({type(err).__name__}: {err}); links only")
                outputs.append(_links_only(record))
    for source, out in zip(chunk, outputs):
        yield _finish(source, out)


def _links_only(record: dict) -> dict:
    repos, urls = find_links(f"{record['title']}\n{record['abstract']}")
    return {"id": record["id"], "methods": [], "datasets": [], "tasks": [], "repos": repos, "urls": urls}


def _finish(source: dict, out: dict) -> dict:
    """Give the record the input's id, every list field, and the metadata repositories."""
    record = dict(out)
    record["id"] = source["id"]
    for name in ("methods", "datasets", "tasks"):
        record.setdefault(name, [])
    if "repos" not in record or "urls" not in record:
        repos, urls = find_links(f"{source['title']}\n{source['abstract']}")
        record.setdefault("repos", repos)
        record.setdefault("urls", urls)
    extra = repos_from_metadata(source["github"], source["comment"])
    if extra:
        seen = {r.lower() for r in record["repos"]}
        record["repos"] = list(record["repos"]) + [r for r in extra if r.lower() not in seen]
    return record
