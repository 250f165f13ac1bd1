"""Incremental builds: merge new listings into a build directory, extracting only new or changed papers."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator

from kg.exceptions import InputError
from kg.sources.model import Paper, Skipped

__all__ = ["UpdatePlan", "plan_merge", "plan_update", "read_build", "merged_records"]


@dataclass
class UpdatePlan:
    """What an update of a build directory has to do.

    ``papers`` is the merged corpus (old build + new files, deduplicated exactly as a full
    rebuild would, sorted by id); ``reused`` maps the id of each paper whose merged record is
    unchanged to its old extraction record; ``to_extract`` lists the new or changed papers, in
    corpus order; ``skipped`` lists what the new files could not provide; ``records`` counts
    the new files' paper records, ``added`` the papers whose id is new and ``sources`` names the files read.
    """

    papers: list[Paper] = field(default_factory=list)
    reused: dict[str, dict] = field(default_factory=dict)
    to_extract: list[Paper] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    records: int = 0
    added: int = 0
    sources: list[str] = field(default_factory=list)

    def merged_skipped(self, old: Iterable[Skipped]) -> list[Skipped]:
        """The skipped inputs of the build after this update: the ``old`` build's, less those of the files this
        update read again (what they skip now replaces them: a mended line is no longer listed), then this
        update's, each once.

        Examples
        --------
        >>> old = [Skipped("a.jsonl", 2, "invalid JSON"), Skipped("b.jsonl", 5, "no title")]
        >>> plan = UpdatePlan(skipped=[Skipped("c.jsonl", 1, "no title"), Skipped("c.jsonl", 1, "no title")],
        ...                   sources=["a.jsonl", "c.jsonl"])
        >>> [str(s) for s in plan.merged_skipped(old)]
        ['b.jsonl:5: skipped: no title', 'c.jsonl:1: skipped: no title']
        """
        read = set(self.sources)
        kept = [s for s in old if s.source not in read]
        return list(dict.fromkeys([*kept, *self.skipped]))

    def summary(self) -> str:
        """One line for the log: papers, reused extractions, papers to extract."""
        return (f"{len(self.papers)} papers ({self.added} new): {len(self.reused)} extractions reused, "
                f"{len(self.to_extract)} new or changed papers extracted")


def read_build(build_dir: str | os.PathLike) -> tuple[list[Paper], list[dict]]:
    """Read a build directory's ``papers.jsonl`` and the aligned ``extractions.jsonl``.

    Raises
    ------
    InputError
        If either file is missing or unreadable, or the two are not aligned (same ids, same
        order); the message names the file and line.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> from kg.fileio import write_jsonl
    >>> d = pathlib.Path(tempfile.mkdtemp())
    >>> _ = write_jsonl(d / "papers.jsonl", [Paper(id="1", title="A").to_dict()])
    >>> _ = write_jsonl(d / "extractions.jsonl", [{"id": "1", "methods": []}])
    >>> papers, records = read_build(d)
    >>> papers[0].title, records[0]["id"]
    ('A', '1')
    """
    import json

    build_dir = Path(build_dir)
    out: list[list] = []
    for name in ("papers.jsonl", "extractions.jsonl"):
        path = build_dir / name
        rows = []
        try:
            with open(path, encoding="utf-8") as f:
                for n, line in enumerate(f, 1):
                    if not line.strip():
                        continue
                    try:
                        row = json.loads(line)
                    except ValueError as err:
                        raise InputError(f"{path}:{n}: not JSON: {err}") from err
                    if not isinstance(row, dict) or not isinstance(row.get("id"), str):
                        raise InputError(f"{path}:{n}: expected a JSON object with an id")
                    rows.append(row)
        except OSError as err:
            raise InputError(f"{path}: cannot read ({err.strerror or err}); "
                             f"is {build_dir} a kg build directory?") from err
        out.append(rows)
    paper_rows, records = out
    for n, (p, r) in enumerate(zip(paper_rows, records), 1):
        if p["id"] != r["id"]:
            raise InputError(f"{build_dir / 'extractions.jsonl'}:{n}: id {r['id']!r} does not match "
                             f"papers.jsonl line {n} ({p['id']!r})")
    if len(paper_rows) != len(records):
        raise InputError(f"{build_dir / 'extractions.jsonl'}: {len(records)} records for "
                         f"{len(paper_rows)} papers")
    return [Paper.from_dict(p) for p in paper_rows], records


def plan_merge(old_papers: Iterable[Paper], old_records: Iterable[dict],
               new_paths: Iterable[str | os.PathLike]) -> UpdatePlan:
    """Merge the papers of ``new_paths`` into an existing corpus and say what to extract.

    The old merged papers and the new files' raw records are deduplicated together with
    :func:`kg.sources.merge.merge_papers` (old first, as in a full rebuild where the old inputs
    come first), so the corpus equals a full rebuild's; a paper whose merged record equals its
    old record keeps its old extraction record, every other paper is new or changed.

    Parameters
    ----------
    old_papers : iterable of Paper
        The corpus already built (merged, e.g. a build's ``papers.jsonl``).
    old_records : iterable of dict
        Their extraction records, aligned with ``old_papers``.
    new_paths : iterable of path
        New files or folders, in any format :func:`kg.sources.load_papers` reads.

    Returns
    -------
    UpdatePlan

    Examples
    --------
    >>> from kg.sources.model import title_id
    >>> import tempfile, pathlib
    >>> old = Paper(id=title_id("A"), title="A")
    >>> f = pathlib.Path(tempfile.mkdtemp()) / "new.jsonl"
    >>> _ = f.write_text('{"title": "Brand new", "abstract": "We use BERT."}\\n{"title": "A", "abstract": "More."}\\n')
    >>> plan = plan_merge([old], [{"id": old.id}], [f])
    >>> [p.title for p in plan.to_extract], plan.added, plan.reused
    (['A', 'Brand new'], 1, {})
    """
    from kg.sources.loader import iter_papers
    from kg.sources.merge import merge_papers

    old_papers = list(old_papers)
    old = {p.id: (p, r) for p, r in zip(old_papers, old_records)}
    skipped: list[Skipped] = []
    sources: list[str] = []
    new_raw = list(iter_papers(list(new_paths), skipped, read=sources))
    papers = merge_papers([*old_papers, *new_raw])
    plan = UpdatePlan(papers=papers, skipped=skipped, records=len(new_raw), sources=sources)
    for paper in papers:
        hit = old.get(paper.id)
        if hit is None:
            plan.added += 1
        if hit is not None and hit[0] == paper:
            plan.reused[paper.id] = hit[1]
        else:
            plan.to_extract.append(paper)
    return plan


def plan_update(build_dir: str | os.PathLike, new_paths: Iterable[str | os.PathLike]) -> UpdatePlan:
    """Plan the update of the build in ``build_dir`` with ``new_paths`` (see :func:`plan_merge`).

    Parameters
    ----------
    build_dir : path
        A ``kg build`` output directory (``papers.jsonl`` + ``extractions.jsonl``).
    new_paths : iterable of path
        New files or folders.

    Returns
    -------
    UpdatePlan

    Raises
    ------
    InputError
        If the build directory is not a readable build.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> from kg.fileio import write_jsonl
    >>> from kg.sources.model import title_id
    >>> d = pathlib.Path(tempfile.mkdtemp())
    >>> old = Paper(id=title_id("A"), title="A")
    >>> _ = write_jsonl(d / "papers.jsonl", [old.to_dict()])
    >>> _ = write_jsonl(d / "extractions.jsonl", [{"id": old.id, "methods": []}])
    >>> _ = (d / "new.jsonl").write_text('{"title": "Brand new", "abstract": "We use BERT."}\\n')
    >>> plan = plan_update(d, [d / "new.jsonl"])
    >>> [p.title for p in plan.to_extract], list(plan.reused) == [old.id]
    (['Brand new'], True)
    """
    old_papers, old_records = read_build(build_dir)
    return plan_merge(old_papers, old_records, new_paths)


def merged_records(plan: UpdatePlan, extract: Callable[[list[Paper]], Iterable[dict]] | None = None,
                   ) -> Iterator[dict]:
    """Yield one extraction record per paper of ``plan.papers``: reused, or freshly extracted.

    ``extract`` maps the list of papers to extract to their records in order (default:
    :func:`kg.extract.extract_papers`; pass a parallel or Dask extractor to spread the work).

    Examples
    --------
    >>> plan = UpdatePlan(papers=[Paper(id="a", title="A"), Paper(id="b", title="B")],
    ...                   reused={"a": {"id": "a", "old": True}}, to_extract=[Paper(id="b", title="B")])
    >>> [r["id"] for r in merged_records(plan, lambda ps: [{"id": p.id} for p in ps])]
    ['a', 'b']
    """
    if extract is None:
        from kg.extract import extract_papers as extract
    fresh: Iterator[Any] = iter(extract(plan.to_extract) if plan.to_extract else [])
    for paper in plan.papers:
        record = plan.reused.get(paper.id)
        if record is None:
            record = next(fresh, None)
            if record is None or record.get("id") != paper.id:
                got = None if record is None else record.get("id")
                raise InputError(f"extractor returned {got!r} where paper {paper.id!r} was expected")
        yield record
