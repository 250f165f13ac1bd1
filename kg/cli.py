"""The ``kg`` command: a thin wrapper; each stage registers its own subcommands.

A stage adds commands by defining ``register(subparsers)`` in ``kg/<stage>/cli.py`` and
listing that module in :data:`COMMAND_MODULES`. Each command's handler takes the parsed
arguments and returns the exit status.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from typing import Any, Callable, Sequence

from kg import __version__
from kg.exceptions import KGError

__all__ = ["main", "COMMAND_MODULES", "number_in"]

COMMAND_MODULES = [
    "kg.sources.cli",      # kg papers
    "kg.extract.cli",      # kg extract, kg eval
    "kg.build_cli",        # kg build, kg stats
    "kg.rdf.cli",          # kg query, kg serve, kg push
    "kg.viz.cli",          # kg viz
]


def number_in(low: float, high: float | None, what: str, *, kind: Callable[[str], Any] = int) -> Callable[[str], Any]:
    """Return an argparse ``type`` accepting a ``kind`` number from ``low`` to ``high`` (None: no upper bound).

    Examples
    --------
    >>> number_in(0, 1, "a number", kind=float)("0.5")
    0.5
    >>> number_in(0, None, "a count")("-1")
    Traceback (most recent call last):
    ...
    argparse.ArgumentTypeError: expected a count of 0 or more, not '-1'
    """
    bounds = f"of {low:g} or more" if high is None else f"from {low:g} to {high:g}"

    def parse(text: str) -> Any:
        try:
            value = kind(text)
        except ValueError:
            value = None
        if value is None or value != value or value < low or high is not None and value > high:  # NaN too
            raise argparse.ArgumentTypeError(f"expected {what} {bounds}, not {text!r}")
        return value

    return parse


def make_parser() -> argparse.ArgumentParser:
    """Return the argument parser with every available stage's subcommands.

    Examples
    --------
    >>> make_parser().parse_args(["papers", "a.json"]).command
    'papers'
    """
    parser = argparse.ArgumentParser(
        prog="kg",
        description="Build a knowledge graph of methods, datasets, tasks and code from ML papers.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s (paperkg) {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    sub.required = True
    for name in COMMAND_MODULES:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as err:
            if err.name == name:  # that stage is not installed in this checkout yet
                continue
            raise
        module.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run ``kg`` with ``argv`` and return the exit status.

    Examples
    --------
    >>> main(["--help"])  # doctest: +SKIP
    """
    parser = make_parser()
    args = parser.parse_args(argv)
    try:
        return int(args.func(args) or 0)
    except KGError as err:
        print(f"kg: error: {err}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("kg: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    except OSError as err:  # an output path that cannot be written, a full disk, ...
        where = f"{err.filename}: " if err.filename else ""
        print(f"kg: error: {where}{err.strerror or err}", file=sys.stderr)
        return 2
