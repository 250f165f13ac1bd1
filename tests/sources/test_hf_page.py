"""The Hugging Face Daily Papers page parser, on hand-written pages and on the seed pages."""

from __future__ import annotations

from collections import defaultdict

import pytest

from kg.sources import Paper, Skipped, load_papers, normalize_title
from kg.sources.hf_page import parse_hf_page

HEADER = ("new\n\nGet trending papers in your email inbox!\n\nSubscribe\n\nDaily Papers\n\n"
          "byAK and the research community\n\nDec 10\n\n")
ABSTRACT = ("We propose a thing that does other things very well. " * 6).strip()


def papers_of(text: str) -> list[Paper]:
    items = list(parse_hf_page(text, "page.txt"))
    assert all(isinstance(x, Paper) for x in items), [x for x in items if isinstance(x, Skipped)]
    return items


def test_block_layout_with_every_kind_of_metadata():
    page = HEADER + (
        f"First Paper: A Title\n\n{ABSTRACT}\n\n  • 7 authors\n·\nDec 22, 2022\n\n"
        f"Second Paper\n\n{ABSTRACT}\n\nKFUPM KFUPM\n·\nNov 16 2\n\n"
        f"Third Paper\n\n{ABSTRACT}\n\n"
        f"Fourth Paper\n\n{ABSTRACT}\n\n  • 10 authors\n·\nOct 3, 2023 2\n\n"
        f"Fifth Paper\n\n{ABSTRACT}\n\npathwaycom Pathway\n·\nSep 30 25\n"
    )
    first, second, third, fourth, fifth = papers_of(page)
    assert (first.title, first.authors_count, first.published, first.date_precision, first.upvotes) == (
        "First Paper: A Title", 7, "2022-12-22", "day", None)
    assert (second.organization, second.published, second.date_precision, second.upvotes) == (
        "KFUPM", "--11-16", "month-day", 2)
    assert second.authors_count is None
    assert (third.title, third.abstract, third.published, third.authors_count) == ("Third Paper", ABSTRACT, None, None)
    assert (fourth.published, fourth.upvotes, fourth.authors_count) == ("2023-10-03", 2, 10)
    assert (fifth.organization, fifth.published, fifth.upvotes) == ("Pathway", "--09-30", 25)
    assert all(p.abstract == ABSTRACT for p in (first, second, third, fourth, fifth))


def test_organisation_line_together_with_authors_line():
    page = HEADER + f"A Paper\n\n{ABSTRACT}\n\nOPPOer OPPO\n  • 3 authors\n·\nOct 22 2\n"
    [p] = papers_of(page)
    assert (p.organization, p.authors_count, p.upvotes, p.published) == ("OPPO", 3, 2, "--10-22")


def test_compact_layout_with_subscribe_glued_to_first_title():
    page = ("Get trending papers in your email inbox once a day!\nGet trending papers in your email inbox!\n"
            f"SubscribeHeadGaS: Real-Time Head Avatars\n{ABSTRACT}\nSecond Title\n{ABSTRACT} Two.")
    first, second = papers_of(page)
    assert first.title == "HeadGaS: Real-Time Head Avatars"
    assert second.title == "Second Title" and second.abstract.endswith("Two.")
    assert first.published is None and first.upvotes is None


def test_header_lines_are_not_papers_and_ids_are_title_ids():
    [p] = papers_of(HEADER + f"Only Paper\n\n{ABSTRACT}\n")
    assert p.title == "Only Paper"
    assert p.id.startswith("t-") and p.arxiv_id is None
    assert p.sources == ["page.txt"]


def test_stray_metadata_is_reported_with_its_line():
    items = list(parse_hf_page(HEADER + "  • 3 authors\n·\nMay 3\n", "page.txt"))
    assert [x.line for x in items if isinstance(x, Skipped)] == [13, 14, 15]
    assert not [x for x in items if isinstance(x, Paper)]


def test_crlf_page_reads_like_lf():
    page = HEADER + f"A Paper\n\n{ABSTRACT}\n\n  • 2 authors\n·\nMay 3, 2021\n"
    lf = load_from_text(page.encode())
    crlf = load_from_text(page.replace("\n", "\r\n").encode())
    assert lf == crlf and lf[0].published == "2021-05-03"


def load_from_text(data: bytes) -> list[Paper]:
    import tempfile
    from pathlib import Path

    path = Path(tempfile.mkdtemp()) / "page.txt"
    path.write_bytes(data)
    result = load_papers(path)
    assert not result.skipped
    for p in result.papers:
        p.sources = []
    return result.papers


# the five seed pages

@pytest.fixture(scope="module")
def seed_files(seeds_dir):
    files = sorted(seeds_dir.glob("*.txt"))
    assert len(files) == 5
    return files


@pytest.fixture(scope="module")
def per_file(seed_files):
    out = {}
    for f in seed_files:
        items = list(parse_hf_page(f.read_text(encoding="utf-8"), f.name))
        assert not [x for x in items if isinstance(x, Skipped)]
        out[f.name] = items
    return out


def test_seed_counts_355_unique_25_in_several_files(per_file):
    files_of = defaultdict(set)
    for name, papers in per_file.items():
        for p in papers:
            files_of[normalize_title(p.title)].add(name)
    assert len(files_of) == 355
    assert sum(1 for names in files_of.values() if len(names) >= 2) == 25
    assert [len(per_file[n]) for n in sorted(per_file)] == [33, 69, 28, 42, 210]


def test_seed_load_papers_deduplicates_to_355(seeds_dir):
    result = load_papers(seeds_dir)
    assert len(result.papers) == 355
    assert result.records == 382 and not result.skipped
    assert sum(1 for p in result.papers if len(p.sources) >= 2) == 25
    assert [p.id for p in result.papers] == sorted(p.id for p in result.papers)


def by_title(seeds_dir, prefix):
    [p] = [p for p in load_papers(seeds_dir).papers if p.title.startswith(prefix)]
    return p


def test_seed_revcol(seeds_dir):
    p = by_title(seeds_dir, "Reversible Column Networks")
    assert (p.published, p.date_precision, p.authors_count) == ("2022-12-22", "day", 7)
    assert p.abstract.startswith("We propose a new neural network design paradigm Reversible Column Network (RevCol).")
    assert p.abstract.endswith("https://github.com/megvii-research/RevCol")


def test_seed_msrnet_has_no_invented_year(seeds_dir):
    p = by_title(seeds_dir, "MSRNet")
    assert (p.organization, p.upvotes, p.published, p.date_precision) == ("KFUPM", 2, "--11-16", "month-day")
    assert p.authors_count is None


@pytest.mark.parametrize("prefix", ["EpiCoder:", "TreeSynth:"])
def test_seed_papers_without_metadata(seeds_dir, prefix):
    p = by_title(seeds_dir, prefix)
    assert len(p.abstract) > 500
    assert (p.published, p.upvotes, p.authors_count, p.organization) == (None, None, None, None)


def test_seed_organisations_and_last_paper(per_file):
    orgs = {p.title.split(":")[0]: p.organization for ps in per_file.values() for p in ps if p.organization}
    assert orgs == {"MSRNet": "KFUPM", "DaMo": "OPPO", "The Dragon Hatchling": "Pathway"}
    hatchling = per_file["001_5ac9dde5894c29d4.txt"][-1]
    assert (hatchling.published, hatchling.upvotes) == ("--09-30", 25)
    last = per_file["004_33459bb8eedc0240.txt"][-1]
    assert last.title == "The Effect of Data Dimensionality on Neural Network Prunability"
    assert last.abstract.endswith("affects the prunability of a neural network.")


def test_seed_every_paper_has_title_and_abstract(per_file):
    for papers in per_file.values():
        for p in papers:
            assert 5 < len(p.title) < 200, p.title
            assert len(p.abstract) > 300, p.title
            assert p.title not in p.abstract[:20]


def test_seed_metadata_totals_match_the_raw_lines(per_file):
    """Cross-check against the page text: author lines, upvote counts and dates per file."""
    totals = {name: (sum(1 for p in ps if p.authors_count), sum(p.authors_count or 0 for p in ps),
                     sum(p.upvotes or 0 for p in ps), sum(1 for p in ps if p.published))
              for name, ps in per_file.items()}
    assert totals == {
        "000_2081efeeefe725ba.txt": (30, 146, 13, 31),
        "001_5ac9dde5894c29d4.txt": (67, 403, 58, 69),
        "002_bcb0656de75113af.txt": (28, 120, 2, 28),
        "003_64f4530d973dc64b.txt": (42, 215, 3, 42),
        "004_33459bb8eedc0240.txt": (0, 0, 0, 0),
    }
    undated_years = [p for ps in per_file.values() for p in ps if p.date_precision == "month-day"]
    assert undated_years and all(p.published.startswith("--") for p in undated_years)
