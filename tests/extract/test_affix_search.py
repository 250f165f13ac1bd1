"""The tokenizer's faster affix searches split text exactly as the plain regexes they replace."""

import gzip
import json
from itertools import islice

import pytest
import spacy
from hypothesis import given, settings
from hypothesis import strategies as st

from kg.extract.affix_search import speed_up_affix_searches
from kg.extract.pipeline import load_nlp

# letters, digits and every character class the prefix, suffix, infix and URL rules look at
_ALPHABET = "aZk09 .,;:!?'\"()[]{}<>-+*/^%$#@&_~=|\\\n\t…–—’“”°€£±×"


@pytest.fixture(scope="module")
def tokenizers():
    """The pipeline's tokenizer and a plain copy (serialised by pattern, so it gets spaCy's plain regexes)."""
    fast = load_nlp().tokenizer
    plain = spacy.blank("en")
    plain.tokenizer.from_bytes(fast.to_bytes())
    assert plain.tokenizer.suffix_search is not fast.suffix_search
    return fast, plain.tokenizer


def _split(tokenizer, text):
    return [(t.text, t.whitespace_) for t in tokenizer(text)]


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=_ALPHABET, max_size=60))
def test_same_tokens_as_plain_regexes_on_arbitrary_text(tokenizers, text):
    fast, plain = tokenizers
    assert _split(fast, text) == _split(plain, text)


@pytest.mark.parametrize("text", [
    "ResNet-50's top-1 was 76.1%... (see github.com/o/r.) U-Net++ and SpinQuant+GPTQ",
    "e.g. 3.5x faster; 10-20 GPUs, $5, US$5, 'quoted', \"dq\" [16](a) CODA(Continuous) (SSA).Next",
    "LoRA- and prompt-based ... wait...... x.. 1% 22K ImageNet-1K http://a.b/c?d=e.",
])
def test_same_tokens_as_plain_regexes_on_hard_cases(tokenizers, text):
    fast, plain = tokenizers
    assert _split(fast, text) == _split(plain, text)


def test_same_tokens_on_real_abstracts(tokenizers, shared_dir):
    fast, plain = tokenizers
    path = shared_dir / "corpora" / "arxiv_cs_2025-03-18_to_2026-07-01.jsonl.gz"
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for line in islice(f, 300):
            r = json.loads(line)
            text = f"{r['title']}\n\n{r['summary']}"
            assert _split(fast, text) == _split(plain, text), r["id"]


def test_speed_up_keeps_a_custom_suffix_rule():
    nlp = spacy.blank("en")
    suffixes = list(nlp.Defaults.suffixes) + [r"(?<=[A-Za-z0-9])-$"]
    nlp.tokenizer.suffix_search = spacy.util.compile_suffix_regex(suffixes).search
    before = [t.text for t in nlp.make_doc("LoRA- and prompt-based tuning...")]
    speed_up_affix_searches(nlp.tokenizer, suffixes)
    assert [t.text for t in nlp.make_doc("LoRA- and prompt-based tuning...")] == before == [
        "LoRA", "-", "and", "prompt", "-", "based", "tuning", "..."]


def test_the_pipeline_infix_search_skips_words_without_an_infix_character():
    # an infix alternative that opens with a group of look-behinds hides its first characters and sends every
    # word through the full regex (the name-suffix split did: tokenizing ~30% slower)
    finditer = load_nlp().tokenizer.infix_finditer
    assert finditer.__self__.starts is not None
    assert list(finditer("transformer")) == [] and [m.group() for m in finditer("CLIP-guided")] == ["-"]
