"""The ``kg extract`` and ``kg eval`` commands."""

from __future__ import annotations

import argparse
import gzip
import importlib.util
import io
import json
import os
import sys
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any, Callable, Iterator

from kg.exceptions import InputError
from kg.fileio import GZIP_MAGIC, STDIN_NAME, atomic_write, display_name, is_stdin
from kg.sources.hf_api import is_hf_api_record, paper_from_hf_api
from kg.sources.jsonrecords import loads as json_loads

__all__ = ["register", "read_records", "record_line", "find_shared_dir", "load_scorer", "score_table",
           "MAX_LINE_CHARS"]

# compact JSON, non-ASCII characters as they are; extraction records hold no cycles, so the encoder keeps no table
# of the containers it is inside (check_circular: two dict operations per list and dict, ~7% of the encoding)
#: Longer input lines are skipped unread: a record's title and abstract are cut to 22,000 characters, and a
#: Hugging Face API object is a few kilobytes.
MAX_LINE_CHARS = 10_000_000
_RECORD_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), check_circular=False)


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add ``extract`` and ``eval`` to the ``kg`` command.

    Parameters
    ----------
    subparsers : argparse._SubParsersAction
        The ``kg`` parser's subcommands; each handler returns the exit status.

    Examples
    --------
    >>> p = argparse.ArgumentParser(); register(p.add_subparsers())
    >>> p.parse_args(["extract", "in.jsonl", "-o", "out.jsonl"]).processes
    1
    """
    p = subparsers.add_parser(
        "extract",
        help="extract methods, datasets, tasks and links from papers (JSON lines in and out)",
        description="One output line per valid input line, same order and id. Malformed lines are "
        "reported as FILE:LINE: skipped: REASON on stderr (exit status 1).",
    )
    p.add_argument("input", help="JSON lines with id, title, abstract ('-' for stdin; .gz allowed)")
    p.add_argument("-o", "--output", required=True, help="output JSON lines ('-' for stdout)")
    p.add_argument("--processes", type=_positive_int, default=1, help="worker processes (default 1)")
    p.set_defaults(func=_cmd_extract)

    e = subparsers.add_parser(
        "eval",
        help="score extraction against gold labels (default: the shared dev set)",
        description="With no arguments, extract ../shared/eval/dev.papers.jsonl and score it "
        "against dev.gold.jsonl with ../shared/eval/score.py.",
    )
    e.add_argument("gold", nargs="?", help="gold JSON lines")
    e.add_argument("pred", nargs="?", help="predicted JSON lines")
    e.add_argument("--shared", help="the shared directory (default: ../shared beside the checkout)")
    e.add_argument("--processes", type=_positive_int, default=1, help="worker processes (default 1)")
    e.add_argument("--save", metavar="PRED", help="also write the dev-set predictions here")
    e.add_argument("--json", action="store_true", help="print the scores as JSON")
    e.set_defaults(func=_cmd_eval)


def read_records(path: str, report: Callable[[str], None]) -> Iterator[dict]:
    """Yield the JSON object of each valid line of ``path``; report the others by line.

    Blank lines are ignored. A Hugging Face ``daily_papers`` API object (``{"paper": {...}}``, no top-level
    ``id``) is read as the extractor's input record of its paper (see :func:`_hf_input`). A line that is not
    JSON, not an object, or has no ``id`` is reported as ``PATH:LINE: skipped: REASON``.

    Parameters
    ----------
    path : str
        A JSON-lines file (gzip allowed) or ``-`` for stdin.
    report : callable
        Receives each one-line message.

    Yields
    ------
    dict

    Raises
    ------
    InputError
        When the file cannot be opened.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> p = pathlib.Path(tempfile.mkdtemp()) / "in.jsonl"
    >>> _ = p.write_text('{"id": "a"}\\n[1]\\n\\n{"id": "b"}\\n')
    >>> [r["id"] for r in read_records(str(p), lambda m: print(m.replace(str(p), "in.jsonl")))]
    in.jsonl:2: skipped: not a JSON object
    ['a', 'b']
    """
    source = display_name(path)
    with _open_input(path) as f:
        for number, line in enumerate(_lines(f, MAX_LINE_CHARS), 1):
            if line is None:
                report(f"{source}:{number}: skipped: a line of {MAX_LINE_CHARS:,}+ characters (not read)")
                continue
            if not line.strip():
                continue
            try:
                obj = json_loads(line)  # (lone surrogates mended: "\\ud800" decodes to text no UTF-8 output holds)
            except ValueError as err:
                report(f"{source}:{number}: skipped: invalid JSON ({_first_line(err)})")
                continue
            if not isinstance(obj, dict):
                report(f"{source}:{number}: skipped: not a JSON object")
                continue
            if "id" not in obj and is_hf_api_record(obj):
                try:
                    obj = _hf_input(obj, f"{source}:{number}")
                except InputError as err:
                    report(f"{source}:{number}: skipped: {_first_line(err)}")
                    continue
            pid = obj.get("id")
            if isinstance(pid, bool) or not isinstance(pid, (str, int)) or pid == "":
                report(f"{source}:{number}: skipped: no id")
                continue
            yield obj


def _lines(f: IO[str], limit: int) -> Iterator[str | None]:
    """The lines of ``f``, None for one of ``limit`` or more characters: read past in pieces, never held whole, so
    memory stays bounded however long a line (a 100 MB line took 290 MB more, read and parsed).

    >>> list(_lines(io.StringIO("ab\\nabcdef\\nabc"), 4))
    ['ab\\n', None, 'abc']
    """
    while line := f.readline(limit):
        if len(line) < limit or line.endswith("\n"):
            yield line
            continue
        while line and not line.endswith("\n"):
            line = f.readline(limit)
        yield None


def record_line(record: dict) -> str:
    """One line of ``kg extract``'s output: the record as compact JSON (non-ASCII characters kept), with its newline.

    Examples
    --------
    >>> record_line({"id": "p1", "methods": [{"name": "Schrödinger Bridge", "aliases": []}]})
    '{"id":"p1","methods":[{"name":"Schrödinger Bridge","aliases":[]}]}\\n'
    """
    return _RECORD_ENCODER.encode(record) + "\n"


def find_shared_dir(explicit: str | None = None) -> Path:
    """Return the shared directory (``../shared``) holding ``eval/`` and ``corpora/``.

    Looks at ``explicit``, then ``$KG_SHARED``, then ``../shared`` relative to the current
    directory and to the checkout that holds this package.

    Parameters
    ----------
    explicit : str, optional
        A directory given by the user (``--shared``); when set, only it is tried.

    Returns
    -------
    pathlib.Path

    Raises
    ------
    InputError
        When no candidate has ``eval/score.py``.

    Examples
    --------
    >>> find_shared_dir("/nonexistent")  # doctest: +IGNORE_EXCEPTION_DETAIL
    Traceback (most recent call last):
    kg.exceptions.InputError: ...
    """
    candidates = [explicit] if explicit else [
        os.environ.get("KG_SHARED"),
        Path.cwd().parent / "shared",
        Path.cwd() / "shared",
        Path(__file__).resolve().parents[3] / "shared",
    ]
    for cand in candidates:
        if cand and (Path(cand) / "eval" / "score.py").is_file():
            return Path(cand).resolve()
    tried = ", ".join(dict.fromkeys(str(Path(c).resolve()) for c in candidates if c))  # each place once
    raise InputError(f"shared directory with eval/score.py not found (tried {tried}); pass --shared DIR")


def load_scorer(shared: Path) -> Any:
    """Import ``shared/eval/score.py`` as a module (never copied into the project).

    Parameters
    ----------
    shared : pathlib.Path
        The shared directory.

    Returns
    -------
    module
        With ``score(gold, pred)``, ``load(path)`` and ``norm(name)``.

    Examples
    --------
    >>> load_scorer(find_shared_dir()).norm("Transformers")  # doctest: +SKIP
    'transformer'
    """
    path = Path(shared) / "eval" / "score.py"
    spec = importlib.util.spec_from_file_location("kg_shared_score", path)
    if spec is None or spec.loader is None:
        raise InputError(f"{path}: cannot import the scorer")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def score_table(result: dict) -> str:
    """Format the scorer's result the way ``score.py`` prints it.

    Parameters
    ----------
    result : dict
        ``score()`` output: type -> {p, r, f1, tp, pred, gold}.

    Returns
    -------
    str

    Examples
    --------
    >>> print(score_table({"repos": {"p": 1.0, "r": 0.5, "f1": 0.667, "tp": 1, "pred": 1, "gold": 2}}))
    type            P      R     F1   hits   pred   gold
    repos       1.000  0.500  0.667      1      1      2
    """
    lines = [f"{'type':10} {'P':>6} {'R':>6} {'F1':>6} {'hits':>6} {'pred':>6} {'gold':>6}"]
    for k, v in result.items():
        lines.append(f"{k:10} {v['p']:6.3f} {v['r']:6.3f} {v['f1']:6.3f} {v['tp']:6d} {v['pred']:6d} {v['gold']:6d}")
    return "\n".join(lines)


# helpers

def _positive_int(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return value


def _hf_input(obj: dict, source: str) -> dict:
    """The extractor's input record (id, title, abstract, github) of a ``daily_papers`` API object, mapped as
    ``kg build`` maps it (:func:`kg.sources.hf_api.paper_from_hf_api`; InputError without a title).

    Examples
    --------
    >>> _hf_input({"paper": {"id": "2212.11696", "title": "RevCol", "summary": "We propose\\nRevCol.",
    ...            "githubRepo": "https://github.com/o/RevCol"}}, "in.json:1")
    {'id': '2212.11696', 'title': 'RevCol', 'abstract': 'We propose RevCol.', 'github': ['https://github.com/o/RevCol']}
    """
    paper = paper_from_hf_api(obj, source)
    return {"id": paper.id, "title": paper.title, "abstract": paper.abstract, "github": paper.github}


def _first_line(err: Exception) -> str:
    return str(err).splitlines()[0] if str(err) else type(err).__name__


@contextmanager
def _open_input(path: str) -> Iterator[IO[str]]:
    if is_stdin(path):
        if sys.stdin is None:
            raise InputError(f"{STDIN_NAME}: cannot read: standard input is closed")
        raw = sys.stdin.buffer  # (streamed, not read whole: kg extract runs in constant memory)
        gz = isinstance(raw, io.BufferedReader) and raw.peek(2)[:2] == GZIP_MAGIC
        yield (gzip.open(raw, "rt", encoding="utf-8-sig", errors="replace") if gz
               else io.TextIOWrapper(raw, encoding="utf-8-sig", errors="replace"))
        return
    try:
        with open(path, "rb") as raw:
            gz = raw.read(2) == GZIP_MAGIC
    except OSError as err:
        raise InputError(f"{path}: cannot read: {err.strerror or err}") from err
    opener = gzip.open if gz else open
    with opener(path, "rt", encoding="utf-8-sig", errors="replace") as f:
        yield f


@contextmanager
def _open_output(path: str) -> Iterator[IO[str]]:
    if path == "-":  # standard output
        yield sys.stdout
        sys.stdout.flush()
        return
    with atomic_write(path) as f:
        yield f


def _count_lines(path: str) -> int | None:
    if is_stdin(path):
        return None
    try:
        with open(path, "rb") as f:
            if f.read(2) == GZIP_MAGIC:
                return None
            f.seek(0)
            return sum(1 for line in f if line.strip())
    except OSError:
        return None


def _cmd_extract(args: argparse.Namespace) -> int:
    from kg.extract.runner import extract_papers

    problems = 0
    source = display_name(args.input)

    def report(message: str) -> None:
        nonlocal problems
        if ": skipped: " in message:
            problems += 1
        print(message if message.startswith(source) else f"{source}: {message}", file=sys.stderr)

    records = read_records(args.input, report)
    with _open_output(args.output) as out:
        results = extract_papers(records, processes=args.processes, on_error=report)
        if sys.stderr.isatty():
            from tqdm import tqdm

            results = tqdm(results, total=_count_lines(args.input), unit="paper", desc="kg extract")
        for record in results:
            out.write(record_line(record))
    return 1 if problems else 0


def _cmd_eval(args: argparse.Namespace) -> int:
    if (args.gold is None) != (args.pred is None):
        raise InputError("kg eval takes both GOLD and PRED, or neither (to score the dev set)")
    shared = find_shared_dir(args.shared)
    scorer = load_scorer(shared)
    if args.gold is None:
        papers = shared / "eval" / "dev.papers.jsonl"
        gold = scorer.load(shared / "eval" / "dev.gold.jsonl")
        from kg.extract.runner import extract_papers

        skipped: list[str] = []
        preds = list(extract_papers(read_records(str(papers), skipped.append), processes=args.processes,
                                    on_error=lambda m: print(f"{papers}: {m}", file=sys.stderr)))
        for message in skipped:
            print(message, file=sys.stderr)
        if args.save:
            with atomic_write(args.save) as f:
                for record in preds:
                    f.write(record_line(record))
        pred = {r["id"]: r for r in preds}
    else:
        gold, pred = _load_jsonl_by_id(args.gold), _load_jsonl_by_id(args.pred)
        if gold and not any(k in pred for k in gold):  # all zeros would look like a score
            raise InputError(f"{args.pred}: none of its {len(pred)} record ids is a paper of {args.gold} "
                             f"({len(gold)} papers): are these the predictions for those papers?")
    result = scorer.score(gold, pred)
    if args.json:
        print(json.dumps(result))
    else:
        print(score_table(result))
        missing = [k for k in gold if k not in pred]
        if missing:
            print(f"papers with no prediction: {len(missing)} of {len(gold)}")
    return 0


def _load_jsonl_by_id(path: str) -> dict:
    out = {}
    for record in read_records(path, lambda m: print(m, file=sys.stderr)):
        out[record["id"]] = record
    return out
