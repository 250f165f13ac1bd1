"""Property-based tests: arbitrary text and bytes never crash a reader and never lose a record."""

from __future__ import annotations

import json
import os
import re
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.sources import Paper, Skipped, load_papers, merge_papers
from kg.sources.detect import detect_format
from kg.sources.hf_page import parse_hf_page
from kg.sources.loader import iter_records
from kg.sources.text import parse_date

SETTINGS = settings(max_examples=int(os.environ.get("KG_HYPOTHESIS_EXAMPLES", "60")), deadline=None,
                    suppress_health_check=[HealthCheck.function_scoped_fixture])
LINE_TEXT = st.text(st.characters(blacklist_categories=("Cc", "Cs", "Zl", "Zp")), min_size=1, max_size=60)


def _not_json(line: str) -> bool:
    try:
        json.loads(line)
    except ValueError:
        return bool(line.strip())
    return False


GARBAGE = LINE_TEXT.filter(_not_json)
PAGE_LINES = st.one_of(LINE_TEXT, st.sampled_from(["", "·", "  • 3 authors", "Nov 16 2", "Dec 22, 2022", "Subscribe",
                                                   "Daily Papers", "KFUPM KFUPM", "SubscribeTitle", "new"]))


@SETTINGS
@given(st.lists(PAGE_LINES, max_size=40))
def test_hf_page_parser_never_crashes_and_accounts_for_every_line(lines):
    items = list(parse_hf_page("\n".join(lines), "p.txt"))
    assert all(isinstance(x, (Paper, Skipped)) for x in items)
    for x in items:
        if isinstance(x, Paper):
            assert x.title and x.title == x.title.strip()
            assert x.published is None or re.fullmatch(r"(\d{4}|-)-\d{2}-\d{2}", x.published)


@SETTINGS
@given(st.binary(max_size=400))
def test_arbitrary_bytes_never_crash_the_loader(data):
    with tempfile.TemporaryDirectory() as d:
        path = Path(d) / "input"
        path.write_bytes(data)
        items = list(iter_records(path))
    assert items, "every file yields papers or a reason"
    for x in items:
        assert isinstance(x, (Paper, Skipped))
        if isinstance(x, Skipped):
            assert x.source == str(path) and x.reason


@SETTINGS
@given(st.text(max_size=300))
def test_arbitrary_text_never_crashes_detection(text):
    assert detect_format(text) in (None, "json", "csv", "hf_page")


@SETTINGS
@given(st.lists(st.tuples(st.booleans(), GARBAGE), max_size=25), st.sampled_from(["\n", "\r\n"]), st.booleans())
def test_jsonl_records_interleaved_with_garbage_are_all_accounted_for(rows, newline, bom):
    lines = [json.dumps({"id": "2401.00000", "title": "first record", "abstract": "x"})]
    expected_bad = []
    n = 1
    for is_record, garbage in rows:
        if is_record:
            lines.append(json.dumps({"id": f"2401.{n:05d}", "title": f"paper {n}: {garbage}"}))
            n += 1
        else:
            lines.append(garbage)
            expected_bad.append(len(lines))
    data = newline.join(lines).encode("utf-8")
    with tempfile.TemporaryDirectory() as d:
        path = Path(d) / "mixed.jsonl"
        path.write_bytes((b"\xef\xbb\xbf" if bom else b"") + data)
        result = load_papers(path)
    assert result.records == n and len(result.papers) == n
    assert [s.line for s in result.skipped] == expected_bad
    assert all(s.reason.startswith("invalid JSON") for s in result.skipped)


@SETTINGS
@given(st.lists(st.tuples(LINE_TEXT, st.booleans()), min_size=1, max_size=20))
def test_csv_rows_with_and_without_titles(rows):
    import csv
    import io

    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(["id", "title", "abstract"])
    titled = 0
    for i, (text, has_title) in enumerate(rows):
        title = f"paper {i} {text}" if has_title else ""
        titled += bool(has_title)
        writer.writerow([f"2401.{i:05d}", title, text])
    with tempfile.TemporaryDirectory() as d:
        path = Path(d) / "rows.csv"
        path.write_text(buf.getvalue(), encoding="utf-8")
        result = load_papers(path)
    skipped_titles = [s for s in result.skipped if s.reason == "record has no title"]
    assert result.records == titled and len(result.papers) == titled
    assert len(skipped_titles) == len(rows) - titled


@SETTINGS
@given(st.lists(st.tuples(st.sampled_from(["A title", "a  TITLE!", "Other", "other."]),
                          st.sampled_from([None, "2401.00001", "2401.00002"]),
                          st.text(max_size=20)), max_size=12))
def test_merging_is_idempotent_and_sorted(specs):
    papers = [Paper(id=a or f"t-{i}", title=t, abstract=abstract, arxiv_id=a, sources=[f"f{i}"])
              for i, (t, a, abstract) in enumerate(specs)]
    once = merge_papers(papers)
    assert [p.id for p in once] == sorted(p.id for p in once)
    assert len({p.id for p in once}) == len(once)
    assert sorted(s for p in once for s in p.sources) == sorted(f"f{i}" for i in range(len(specs)))
    twice = merge_papers(once)
    assert [p.to_dict() for p in twice] == [p.to_dict() for p in once]


@SETTINGS
@given(st.text(max_size=40))
def test_parse_date_is_total(value):
    iso, precision = parse_date(value)
    assert (iso is None) == (precision is None)
    if iso:
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", iso) if precision == "day" else re.fullmatch(r"--\d{2}-\d{2}", iso)
