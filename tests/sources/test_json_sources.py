"""HF daily_papers API and arXiv listing records: small slices and the full shared corpora."""

from __future__ import annotations

import gzip
import json

import pytest

from kg.sources import detect_format, load_papers, record_format
from kg.sources.arxiv import paper_from_arxiv
from kg.sources.hf_api import paper_from_hf_api

HF_RECORD = {
    "paper": {
        "id": "2604.27351",
        "authors": [{"_id": "x", "name": "Zihao Li", "hidden": False}, {"_id": "y", "name": "Jiaru Zou"}],
        "publishedAt": "2026-04-30T00:00:00.000Z",
        "title": "Heterogeneous Scientific\n  Foundation Model Collaboration",
        "summary": "Agentic large language model systems\nhave demonstrated strong capabilities.",
        "upvotes": 124,
        "projectPage": "https://www.zihao.website/eywa.github.io/",
        "githubRepo": "https://github.com/Violet24K/Eywa",
        "organization": {"_id": "z", "name": "illinois", "fullname": "University of Illinois at Urbana-Champaign"},
    },
    "publishedAt": "2026-04-29T20:00:00.000Z",
    "title": "Heterogeneous Scientific Foundation Model Collaboration",
}

ARXIV_RECORD = {
    "id": "2503.11742",
    "pdf": "https://arxiv.org/pdf/2503.11742",
    "abs": "https://arxiv.org/abs/2503.11742",
    "authors": ["Moreno D'Incà", "Elia Peruzzo"],
    "title": "Safe Vision-Language Models via Unsafe Weights Manipulation",
    "categories": ["cs.CV", "cs.AI"],
    "comment": ("Accepted by CVPR 2025. Code:\n  https://github.com/owner/repo. "
                "Project page:\n  https://owner.github.io/p/"),
    "summary": "Vision-language models (VLMs) often inherit the biases\nand unsafe associations.\n"
               "  In this paper, we first revise\nsafety evaluation.",
    "listing_date": "2025-03-18",
}


def test_hf_api_record_mapping():
    p = paper_from_hf_api(HF_RECORD, "api.json")
    assert p.id == p.arxiv_id == "2604.27351"
    assert p.title == "Heterogeneous Scientific Foundation Model Collaboration"
    assert p.abstract == "Agentic large language model systems have demonstrated strong capabilities."
    assert (p.published, p.date_precision, p.upvotes) == ("2026-04-30", "day", 124)
    assert p.authors == ["Zihao Li", "Jiaru Zou"] and p.authors_count == 2
    assert p.github == ["https://github.com/Violet24K/Eywa"]
    assert p.project_page == ["https://www.zihao.website/eywa.github.io/"]
    assert p.organization == "University of Illinois at Urbana-Champaign"
    assert p.sources == ["api.json"]


def test_hf_api_tolerates_wrong_types_and_missing_fields():
    p = paper_from_hf_api({"paper": {"id": 7, "title": "T", "authors": "nobody", "upvotes": "many",
                                     "organization": 3, "publishedAt": "garbage"}})
    assert (p.title, p.arxiv_id, p.upvotes, p.authors, p.published, p.organization) == (
        "T", None, None, [], None, "3")
    assert p.id.startswith("t-")


def test_arxiv_record_mapping():
    p = paper_from_arxiv(ARXIV_RECORD, "arxiv.jsonl")
    assert p.id == p.arxiv_id == "2503.11742"
    assert p.abstract == ("Vision-language models (VLMs) often inherit the biases and unsafe associations."
                          "\n\nIn this paper, we first revise safety evaluation.")
    assert p.comment.startswith("Accepted by CVPR 2025. Code: https://github.com/owner/repo.")
    assert "\n" not in p.comment
    assert p.github == ["https://github.com/owner/repo"]
    assert p.project_page == ["https://owner.github.io/p/"]
    assert p.categories == ["cs.CV", "cs.AI"]
    assert p.authors == ["Moreno D'Incà", "Elia Peruzzo"] and p.authors_count == 2
    assert (p.published, p.date_precision) == ("2025-03-18", "day")


def test_arxiv_listing_long_after_the_id_month_is_not_a_publication_date():
    late = dict(ARXIV_RECORD, id="2411.00001", listing_date="2025-06-02")
    assert paper_from_arxiv(late).published is None
    month_end = dict(ARXIV_RECORD, id="2502.00001", listing_date="2025-03-03")
    assert paper_from_arxiv(month_end).published == "2025-03-03"


def test_record_format_from_content():
    assert record_format(HF_RECORD) == "hf_api"
    assert record_format(ARXIV_RECORD) == "arxiv"
    assert record_format({"title": "x"}) == "tabular"
    assert detect_format(json.dumps([HF_RECORD], indent=2)) == "json"


def test_hf_api_array_and_jsonl_give_the_same_papers(tmp_path):
    other = json.loads(json.dumps(HF_RECORD))
    other["paper"]["id"] = "2604.00002"
    other["paper"]["title"] = "Another"
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "x.json").write_text(json.dumps([HF_RECORD, other], indent=1))
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "x.jsonl.gz").write_bytes(gzip.compress(
        (json.dumps(HF_RECORD) + "\n" + json.dumps(other) + "\n").encode()))
    a, b = load_papers(tmp_path / "a"), load_papers(tmp_path / "b")
    assert not a.skipped and not b.skipped
    strip = lambda ps: [dict(p.to_dict(), sources=[]) for p in ps]  # noqa: E731
    assert strip(a.papers) == strip(b.papers)
    assert [p.id for p in a.papers] == ["2604.00002", "2604.27351"]


def test_array_records_report_their_own_line(tmp_path):
    path = tmp_path / "api.json"
    path.write_text('[\n  {"paper": {"id": "2401.00001", "title": "A"}},\n  {"paper": {"id": "2401.00002"}},\n'
                    '  {"paper": {"id": "2401.00003", "title": "C"}}\n]\n')
    result = load_papers(path)
    assert [p.id for p in result.papers] == ["2401.00001", "2401.00003"]
    assert [str(s) for s in result.skipped] == [f"{path}:3: skipped: record has no title"]


# the shared corpora, loaded whole

def test_hf_corpus_may_2026_loads_all_631(shared_dir):
    result = load_papers(shared_dir / "corpora" / "hf_daily_papers_2026-05.json")
    assert result.records == 631 and len(result.papers) == 631 and not result.skipped
    with_repo = [p for p in result.papers if p.github]
    assert len(with_repo) == 377
    assert all(p.arxiv_id and p.published and p.date_precision == "day" for p in result.papers)
    assert sum(1 for p in result.papers if p.organization) == 386
    assert all("\n" not in p.title for p in result.papers)


def test_hf_corpus_jsonl_gz_loads_all_9877(shared_dir):
    result = load_papers(shared_dir / "corpora" / "hf_daily_papers_2024-05-27_to_2026-08-21.jsonl.gz")
    assert result.records == 9877 and not result.skipped
    assert len(result.papers) == 9877
    # 3,688 records carry paper.githubRepo; one is an owner page, not a repository
    assert sum(1 for p in result.papers if p.github) == 3687
    [owner] = [p for p in result.papers if "https://github.com/DFIR-Metric" in p.project_page]
    assert owner.github == []
    assert all(p.authors_count == len(p.authors) or p.authors_count > len(p.authors) for p in result.papers)


@pytest.mark.slow
def test_arxiv_corpus_loads_all_63528(shared_dir):
    # speed is measured in benchmarks/build_full.py, not asserted here
    result = load_papers(shared_dir / "corpora" / "arxiv_cs_2025-03-18_to_2026-07-01.jsonl.gz")
    assert result.records == 63528 and len(result.papers) == 63528 and not result.skipped
    # 54 records are listed more than a month after their id's month: no publication day
    assert sum(1 for p in result.papers if p.published) == 63528 - 54
    # 2,148 comments contain "github.com/"; a few point at owners, not repositories
    assert 2100 <= sum(1 for p in result.papers if p.github) <= 2148
    assert all(p.categories for p in result.papers)
    assert not any("\n" in p.abstract.replace("\n\n", "") for p in result.papers)


def test_pwc_methods_export_is_not_mistaken_for_papers(shared_dir):
    result = load_papers(shared_dir / "corpora" / "pwc_methods_partial_2275.json")
    assert result.papers == []
    assert [(s.line, "Papers with Code" in s.reason) for s in result.skipped] == [(None, True)]


def _head_lines(path, n):
    with gzip.open(path, "rt", encoding="utf-8") as f:
        return [next(f) for _ in range(n)]


def test_arxiv_slice_maps_every_field_like_the_raw_record(shared_dir, tmp_path):
    raw = _head_lines(shared_dir / "corpora" / "arxiv_cs_2025-03-18_to_2026-07-01.jsonl.gz", 300)
    path = tmp_path / "slice.jsonl"
    path.write_text("".join(raw), encoding="utf-8")
    result = load_papers(path)
    assert result.records == 300 and not result.skipped
    papers = {p.id: p for p in result.papers}
    for line in raw:
        r = json.loads(line)
        p = papers[r["id"]]
        assert p.title == " ".join(r["title"].split())
        assert p.authors == r["authors"] and p.categories == r["categories"]
        assert p.abstract.replace("\n\n", " ").split() == r["summary"].split()
        assert "\n" not in p.abstract.replace("\n\n", "")
        assert p.comment == (" ".join(r["comment"].split()) if r["comment"] else None)
        assert p.published in (r["listing_date"], None)
        for repo in p.github:
            assert repo.split("github.com/")[1].split("/")[0].lower() in r["comment"].lower()


def test_hf_slice_maps_every_field_like_the_raw_record(shared_dir, tmp_path):
    raw = _head_lines(shared_dir / "corpora" / "hf_daily_papers_2024-05-27_to_2026-08-21.jsonl.gz", 300)
    path = tmp_path / "slice.jsonl"
    path.write_text("".join(raw), encoding="utf-8")
    result = load_papers(path)
    assert result.records == 300 and not result.skipped
    papers = {p.id: p for p in result.papers}
    for line in raw:
        r = json.loads(line)["paper"]
        p = papers[r["id"]]
        assert p.title == " ".join(r["title"].split())
        assert p.authors == [" ".join(a["name"].split()) for a in r["authors"]]
        assert p.published == r["publishedAt"][:10] and p.upvotes == r["upvotes"]
        assert p.abstract.replace("\n\n", " ").split() == r["summary"].split()
        org = r.get("organization")
        assert p.organization == (org.get("fullname") or org.get("name") if org else None)
        if r.get("projectPage"):
            assert r["projectPage"] in p.project_page
