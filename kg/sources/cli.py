"""The ``kg papers`` command: load paper listings and print them as JSON lines or a table."""

from __future__ import annotations

import argparse
import json
import sys
from typing import IO, Iterable

from kg.sources.loader import load_papers, write_papers
from kg.sources.model import Paper

__all__ = ["register", "run_papers", "format_table"]


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add ``kg papers`` to the ``kg`` command's subparsers.

    Examples
    --------
    >>> import argparse
    >>> parser = argparse.ArgumentParser(prog="kg")
    >>> register(parser.add_subparsers())
    >>> parser.parse_args(["papers", "a.json", "--format", "table"]).format
    'table'
    """
    p = subparsers.add_parser(
        "papers",
        help="load paper listings (any supported format, files or folders) and print them",
        description="Load HF Daily Papers pages, HF daily_papers API JSON, arXiv listings, "
                    "CSV/JSON lines; deduplicate; print one paper per line. Skipped files and "
                    "records are named on stderr; the exit status is 1 when anything was skipped.",
    )
    p.add_argument("paths", nargs="+", metavar="PATH", help="input files or folders (gzip allowed; '-' for stdin)")
    p.add_argument("--format", choices=("jsonl", "table"), default="jsonl",
                   help="jsonl: Paper.to_dict() per line (default); table: id, date, upvotes, title")
    p.add_argument("-o", "--output", metavar="FILE",
                   help="write the JSON lines atomically to FILE instead of stdout")
    p.set_defaults(func=run_papers)


def run_papers(args: argparse.Namespace, stdout: IO[str] | None = None, stderr: IO[str] | None = None) -> int:
    """Handle ``kg papers``: return 0 when everything loaded, 1 when anything was skipped.

    Examples
    --------
    >>> import argparse, io, tempfile, pathlib
    >>> p = pathlib.Path(tempfile.mkdtemp()) / "p.csv"
    >>> _ = p.write_text("title,abstract\\nRevCol,We propose RevCol.\\n")
    >>> out = io.StringIO()
    >>> run_papers(argparse.Namespace(paths=[str(p)], format="table", output=None), out)
    0
    >>> print(out.getvalue().strip())
    t-... - -  RevCol
    """
    stdout = stdout or sys.stdout
    stderr = stderr or sys.stderr
    result = load_papers(args.paths)
    for skipped in result.skipped:
        print(skipped, file=stderr)
    if getattr(args, "output", None):
        write_papers(result.papers, args.output)
    elif args.format == "table":
        stdout.write(format_table(result.papers))
    else:
        for paper in result.papers:
            stdout.write(json.dumps(paper.to_dict(), ensure_ascii=False, separators=(",", ":")) + "\n")
    if result.skipped:
        print(f"kg papers: {len(result.papers)} papers from {result.records} records; "
              f"{len(result.skipped)} skipped", file=stderr)
    return 1 if result.skipped else 0


def format_table(papers: Iterable[Paper], width: int = 100) -> str:
    """Return one line per paper: id, published, upvotes (blank when unknown), title.

    Examples
    --------
    >>> print(format_table([Paper(id="2212.11696", title="RevCol", published="2022-12-22", upvotes=3)]))
    2212.11696      2022-12-22    3  RevCol
    """
    lines = []
    for p in papers:
        title = p.title if len(p.title) <= width else p.title[: width - 1] + "…"
        upvotes = "-" if p.upvotes is None else str(p.upvotes)
        lines.append(f"{p.id:<15} {p.published or '-':<10} {upvotes:>4}  {title}")
    return "\n".join(lines) + ("\n" if lines else "")
