"""Link finding: real-world shapes of GitHub and other links in arXiv abstracts and comments."""

from __future__ import annotations

import gzip
import json
import re
import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kg.extract.links import clean_url, find_links, normalize_github, repos_from_metadata

# (text as written in real abstracts/comments, expected repos, expected urls)
CASES = [
    ("Code is available at https://github.com/jjbrophy47/tree_influence.",
     ["https://github.com/jjbrophy47/tree_influence"], []),
    ("at https://github.com/CLAIRE-Labo/StructuredFFN/tree/main.",
     ["https://github.com/CLAIRE-Labo/StructuredFFN"], []),
    ("(https://github.com/Banner-Z/AvR.git).", ["https://github.com/Banner-Z/AvR"], []),
    ("https://github.com/GVCL/IWSeg-SAR-Poison.git)", ["https://github.com/GVCL/IWSeg-SAR-Poison"], []),
    ("https://github.com/BinSpa/SRMF.git.", ["https://github.com/BinSpa/SRMF"], []),
    ("https://github.com/athenawen/FAIRE.git.", ["https://github.com/athenawen/FAIRE"], []),
    ("https://github.com/DuNGEOnmassster/VideoGen-of-Thought.git;\nmore",
     ["https://github.com/DuNGEOnmassster/VideoGen-of-Thought"], []),
    ("https://github.com/linaagh98/MSRNet{https://github.com/linaagh98/MSRNet}",
     ["https://github.com/linaagh98/MSRNet"], []),
    (r"\href{https://github.com/sonvth/ATL-Diff}{https://github.com/sonvth/ATL-Diff}",
     ["https://github.com/sonvth/ATL-Diff"], []),
    (r"\href{https://github.com/HongHanh2104/T2A}{here}.", ["https://github.com/HongHanh2104/T2A"], []),
    ("https://github.com/murcherful/GauPCRender}{https://github.com/murcherful/GauPCRender.",
     ["https://github.com/murcherful/GauPCRender"], []),
    ("http://github.com/voyagerxvoyagerx/beluga-seeker", ["https://github.com/voyagerxvoyagerx/beluga-seeker"], []),
    ("see www.github.com/a-b/c_d#readme", ["https://github.com/a-b/c_d"], []),
    ("Our code: github.com/wdayang/Manifoldron for free download",
     ["https://github.com/wdayang/Manifoldron"], []),
    ("https://github.com/VARGPT-family/VARGPT-v1.1.\nNext", ["https://github.com/VARGPT-family/VARGPT-v1.1"], []),
    ("https://github.com/o/r/blob/main/README.md?plain=1", ["https://github.com/o/r"], []),
    ("Code:https://github.com/theEricMa/TriplaneTurbo.\n"
     "Demo:https://huggingface.co/spaces/ZhiyuanthePony/TriplaneTurbo",
     ["https://github.com/theEricMa/TriplaneTurbo"], ["https://huggingface.co/spaces/ZhiyuanthePony/TriplaneTurbo"]),
    ("https://github.com/yynil/RWKVTTS,\nhttps://huggingface.co/spaces/RWKV-Red-Team",
     ["https://github.com/yynil/RWKVTTS"], ["https://huggingface.co/spaces/RWKV-Red-Team"]),
    ("https://github.\ncom/Euphoria16/DocMark.", ["https://github.com/Euphoria16/DocMark"], []),
    ("https://github.com/lixinustc/KVQE-\nChallengeCVPR-NTIRE2025.",
     ["https://github.com/lixinustc/KVQE-ChallengeCVPR-NTIRE2025"], []),
    ("available at https://github.com/ elakhatibi/CDF-RAG.", ["https://github.com/elakhatibi/CDF-RAG"], []),
    ("here https://github.com/\nGepardius/Taetz_Bordelius.", ["https://github.com/Gepardius/Taetz_Bordelius"], []),
    (r"repository: https://github.com/ ChristianS/BoundingBox\_corrupt.",
     ["https://github.com/ChristianS/BoundingBox_corrupt"], []),
    ("at https://github.com/wsmtht520-/DAMVSNet.", ["https://github.com/wsmtht520-/DAMVSNet"], []),
    # a break after the owner's slash: joined before a repository-shaped name, not before a word
    ("Code is available at https://github.com/bbvisual/ MoBind.", ["https://github.com/bbvisual/MoBind"], []),
    ("code: github.com/o/\nr2d2, and", ["https://github.com/o/r2d2"], []),
    ("at https://github.com/someone/ The end", [], ["https://github.com/someone/"]),
    # what \href shows is a copy of its target, even a garbled one
    (r"\href{https://github.com/k/WhatisFoo/tree/main}{https://github.com/Foo}.",
     ["https://github.com/k/WhatisFoo"], []),
    (r"available at \href{GitHub}{https://github.com/m/WaRA}.", ["https://github.com/m/WaRA"], []),
    ("available at https://github.com/\n--.\n12 pages", [], []),
    ("will be available at https://github.com.\nor www.github.com", [], []),
    ("see https://gitlab.kitware.com/nest/kw_tracking#", [], ["https://gitlab.kitware.com/nest/kw_tracking"]),
    ("(https://github.com/lixinustc/KVQE-\nChallenge).", ["https://github.com/lixinustc/KVQE-Challenge"], []),
    # Not repositories: user pages, site pages, GitHub Pages, a bare host.
    ("https://github.com/yongxianLiu/\nsoon.", [], ["https://github.com/yongxianLiu/"]),
    ("https://github.com/features/copilot", [], ["https://github.com/features/copilot"]),
    ("Project page: https://ibm.github.io/model-recycling/.", [], ["https://ibm.github.io/model-recycling/"]),
    ("https://d223302.github.io/STITCH.", [], ["https://d223302.github.io/STITCH"]),
    ("https://where-is-the-ball.github.io.", [], ["https://where-is-the-ball.github.io"]),
    ("https://huggingface.co/ and nothing else", [], ["https://huggingface.co/"]),
    ("write to someone@github.com please", [], []),
    # Other URLs: parentheses, LaTeX escapes, markdown, scheme-less www, wrapped scheme.
    ("(https://www.araa.asn.au/conference/acra-2024/)", [], ["https://www.araa.asn.au/conference/acra-2024/"]),
    ("https://en.wikipedia.org/wiki/Mamba_(deep_learning).",
     [], ["https://en.wikipedia.org/wiki/Mamba_(deep_learning)"]),
    (r"\footnote{\href{https://codalab.lisn.upsaclay.fr/competitions/18413\#learn\_the\_details}{x}}",
     [], ["https://codalab.lisn.upsaclay.fr/competitions/18413#learn_the_details"]),
    ("[data](https://huggingface.co/datasets/M/PersianMedQA](https://huggingface.co/datasets/M/PersianMedQA)",
     [], ["https://huggingface.co/datasets/M/PersianMedQA"]),
    ("https://\nanonymous.4open.science/r/Bone-Code.", [], ["https://anonymous.4open.science/r/Bone-Code"]),
    ("visit www.kaggle.com/datasets/q/synrailobs.", [], ["https://www.kaggle.com/datasets/q/synrailobs"]),
    # a host and path written without a scheme or "www."; not a file or a name with no path
    ("The dataset is at zenodo.org/records/5827695 and the code",
     [], ["https://zenodo.org/records/5827695"]),
    ("Project page: research.nvidia.com/labs/dvl/projects/capa.",
     [], ["https://research.nvidia.com/labs/dvl/projects/capa"]),
    ("trained with Node.js/Python on data from G2.com, see e.g./i.e. FST.ai 2.0", [], []),
    ("pip install from https://pypi.org/project/paperkg/ now", [], ["https://pypi.org/project/paperkg/"]),
    ("https://zxwei.site/hqclip。中文", [], ["https://zxwei.site/hqclip"]),
    ("**https://example.org/x**", [], ["https://example.org/x"]),
]


@pytest.mark.parametrize("text,repos,urls", CASES)
def test_real_shapes(text: str, repos: list[str], urls: list[str]) -> None:
    assert find_links(text) == (repos, urls)


def test_dedup_keeps_first_form_and_order() -> None:
    text = ("https://github.com/A/B and github.com/a/b.git and https://x.org/p/ "
            "then http://www.x.org/p and https://github.com/c/d")
    assert find_links(text) == (
        ["https://github.com/A/B", "https://github.com/c/d"],
        ["https://x.org/p/"],
    )


def test_normalize_github_rejects_non_repos() -> None:
    assert normalize_github("https://github.com/orgs/x") is None
    assert normalize_github("https://github.com/onlyowner") is None
    assert normalize_github("https://gist.github.com/a/b") is None
    assert normalize_github("https://colab.research.google.com/github/a/b") is None
    assert normalize_github("github.com/a/b") == "https://github.com/a/b"


def test_clean_url_balances_brackets() -> None:
    assert clean_url("https://a.org/x_(y)") == "https://a.org/x_(y)"
    assert clean_url("https://a.org/x)") == "https://a.org/x"
    assert clean_url("https://a.org/x]") == "https://a.org/x"
    assert clean_url("https://") == ""


def test_repos_from_metadata() -> None:
    assert repos_from_metadata(None, None) == []
    assert repos_from_metadata(["", "owner/repo", "https://github.com/Owner/Repo/tree/x"],
                               "Code at https://github.com/x/y.") == [
        "https://github.com/owner/repo", "https://github.com/x/y"]
    assert repos_from_metadata(["https://example.org/a/b"], "no link") == []


def test_corpus_sample_has_no_unclean_links(shared_dir) -> None:
    """Every link found in real arXiv records ends cleanly and repos have exactly two parts."""
    path = shared_dir / "corpora" / "arxiv_cs_2025-03-18_to_2026-07-01.jsonl.gz"
    n_repos = 0
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for i, line in enumerate(f):
            if i >= 3000:
                break
            rec = json.loads(line)
            repos, urls = find_links(f"{rec['summary']}\n{rec.get('comment') or ''}")
            n_repos += len(repos)
            for repo in repos:
                assert re.fullmatch(r"https://github\.com/[\w.-]+/[\w.-]+", repo), repo
                assert not repo.endswith((".git", ".")), repo
            for url in urls:
                assert url.startswith(("http://", "https://")), url
                assert url[-1] not in ".,;:)]}'\"", url
    assert n_repos > 200


@pytest.mark.parametrize("text", [
    "https://" * 20000, "https://a" * 20000, "github.com/ " * 20000, "(https://x-\n" * 20000,
    "https://x.org/" + ")" * 100000, "https://github.com/a/" + "." * 100000, "www." * 40000,
    # a long run of white space or dots after the owner's slash ("github.com/ owner/repo", "github.com/owner/ Repo.")
    "github.com/" + " \t" * 20000, "github.com/a/" + " \t" * 20000, "github.com/a/ a" + "." * 40000 + "!",
])
def test_hostile_text_is_linear_time(text: str) -> None:
    """Each of these took minutes with a backtracking pattern; all must finish quickly."""
    start = time.perf_counter()
    find_links(text)
    assert time.perf_counter() - start < 5.0


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_arbitrary_text_never_crashes(text: str) -> None:
    repos, urls = find_links(text)
    assert all(r.startswith("https://github.com/") for r in repos)
    assert len(set(urls)) == len(urls)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="htps:/.gihubcom{}()[]\\_#x-\n ", max_size=80))
def test_url_like_text_never_crashes(text: str) -> None:
    repos, urls = find_links(text)
    for repo in repos:
        assert normalize_github(repo) == repo


@pytest.mark.slow
def test_repos_agree_with_hugging_face_metadata(shared_dir) -> None:
    """Where HF Daily Papers lists a repo and the arXiv abstract/comment links one, they agree.

    The few disagreements measured (10 of 793) are papers whose text links another repository.
    """
    hf = {}
    with gzip.open(shared_dir / "corpora" / "hf_daily_papers_2024-05-27_to_2026-08-21.jsonl.gz", "rt",
                   encoding="utf-8") as f:
        for line in f:
            paper = json.loads(line).get("paper") or {}
            if paper.get("githubRepo"):
                hf[paper["id"]] = normalize_github(paper["githubRepo"])
    agree = total = 0
    with gzip.open(shared_dir / "corpora" / "arxiv_cs_2025-03-18_to_2026-07-01.jsonl.gz", "rt",
                   encoding="utf-8") as f:
        for line in f:
            rec = json.loads(line)
            if rec["id"] not in hf or hf[rec["id"]] is None:
                continue
            repos, _ = find_links(f"{rec['summary']}\n{rec.get('comment') or ''}")
            if repos:
                total += 1
                agree += hf[rec["id"]].lower() in {r.lower() for r in repos}
    assert total > 500
    assert agree / total >= 0.98


def test_package_exports_are_lazy() -> None:
    """`import kg.extract` and its link/identity helpers do not load spaCy."""
    import subprocess
    import sys

    code = ("import sys, kg.extract as e; e.find_links; e.resolve_entities; e.repos_from_metadata; "
            "print('spacy' in sys.modules, sorted(set(e.__all__) - set(dir(e))))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert out.stdout.split() == ["False", "[]"], out.stderr
