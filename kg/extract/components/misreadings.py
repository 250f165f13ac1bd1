"""Candidates that are no names: web addresses, citations, English words, metric readings, kinds of data."""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc

from kg.extract.components.context import ALLCAPS, HEAD_RULES, lower_word, title_end_of
from kg.extract.components.candidates import (Cand, doc_text, lowers, positions, span_text, texts, token_index,
                                              word_between)
from kg.extract.components.head_phrases import PART_WRAPPERS
from kg.extract.components.name_shapes import is_coined
from kg.extract.components.sentences import sentence_of
from kg.extract.components.lexicon import (METHOD_HEADS, METRIC_HEADS, OBJECT_LEADS, POSSESSIVE_MARKS, TASK_HEADS,
                                           list_keys, load_terms,
                                           present_verb, verbs)
from kg.extract.normalize import WORD_BREAKS, entity_key
from kg.extract.links import url_spans

__all__ = ["DATASET_PLURALS", "outside_urls", "METRIC_ACRONYMS", "number_after", "category_item", "drop_misread"]

DATASET_PLURALS = frozenset("datasets benchmarks corpora databases".split())


def outside_urls(doc: Doc, cands: list[Cand]) -> list[Cand]:
    """Drop candidates inside a web address ("\\href{https://github.com/alanWXZ/NUC-Net}{...}" is not a
    name "alanWXZ"); links are extracted from the raw record by :mod:`kg.extract.links`.

    Examples
    --------
    >>> from kg.extract.pipeline import load_nlp
    >>> doc = load_nlp().make_doc("at \\\\href{https://github.com/alanWXZ/Net}{https://github.com/alanWXZ/Net}. BERT")
    >>> names = [Cand(t.i, t.i + 1, "NAME", "coined", "", 0.6) for t in doc if t.text in ("alanWXZ", "BERT")]
    >>> [doc[c.start].text for c in names], [doc[c.start].text for c in outside_urls(doc, names)]
    (['alanWXZ', 'alanWXZ', 'BERT'], ['BERT'])
    """
    spans = url_spans(doc_text(doc))
    if not spans:
        return cands
    starts = token_index(doc)["starts"]
    return [c for c in cands if not _in_span(starts[c.start], spans)]


def _in_span(pos: int, spans: list[tuple[int, int]]) -> bool:
    """Character ``pos`` lies in one of the (start, end) ``spans`` (a loop: see ``context.any_rule``).

    >>> _in_span(4, [(0, 2), (3, 9)]), _in_span(9, [(3, 9)]), _in_span(0, [])
    (True, False, False)
    """
    for a, b in spans:
        if a <= pos < b:
            return True
    return False


def _software_name(doc: Doc, c: Cand) -> bool:
    """ "a persistent IPython kernel", "the YatCC integrated platform": software, not a method."""
    low = lowers(doc)
    k = c.end
    if k < len(doc) and low[k] == "integrated":
        k += 1
    return k < len(doc) and low[k] in _SOFTWARE_HEADS


_SOFTWARE_HEADS = frozenset("platform platforms kernel library libraries toolkit toolbox package packages plugin "
                            "software".split())


def _maker_of_next(doc: Doc, c: Cand) -> bool:
    """ "DeepSeek's R1", "Alibaba's Qwen2": a name before "'s" and a model's name is the maker, a company.

    >>> from kg.extract.pipeline import load_nlp
    >>> doc = load_nlp().make_doc("We distill DeepSeek's R1 and study BERT's attention .")
    >>> [_maker_of_next(doc, Cand(k, k + 1, "METHOD", "gazetteer", "", 0.9)) for k in (2, 7)]
    [True, False]
    """
    txt = texts(doc)
    k = c.end
    return (k + 1 < len(doc) and txt[k] in POSSESSIVE_MARKS and txt[k + 1][:1].isupper()
            and is_coined(txt[k + 1]) and txt[k + 1] != txt[c.start])


def _licence(doc: Doc, c: Cand) -> bool:
    """ "under a permissive CC BY 4.0 license", "released under CC BY-NC-SA 4.0": a licence, not a method.

    >>> from kg.extract.pipeline import load_nlp
    >>> doc = load_nlp().make_doc("under a CC BY 4.0 license and BY-NC-SA 4.0 with ShelfNet")
    >>> [_licence(doc, Cand(s, e, "NAME", "coined", "", 0.6)) for s, e in ((2, 4), (7, 8), (10, 11))]
    [True, True, False]
    """
    low = lowers(doc)
    k = c.end + (c.end < len(doc) and bool(_VERSION.match(low[c.end])))
    return k < len(doc) and low[k] in _LICENCE_WORDS or bool(_LICENCE_CODE.match(span_text(doc, c.start, c.end)))


_VERSION = re.compile(r"^v?\d+(?:\.\d+)+$")
_LICENCE_WORDS = frozenset("license licence licenses licences licensed".split())
_LICENCE_CODE = re.compile(r"^(?:CC[- ]?)?BY(?:-(?:NC|SA|ND))+(?: \d\.\d)?$|^CC[- ]BY\b|^CC0$")


# "has attracted significant attention", "paying insufficient attention": the English word
_ATTENTION_BEFORE = frozenset("""
significant considerable increasing growing much little more less great special particular wide widespread public
insufficient scant close careful renewed substantial sufficient extensive enough limited intensive tremendous
remarkable notable broad research academic scientific media political
attract attracts attracted attracting receive receives received receiving draw draws drew drawn gain gains gained
garner garners garnered pay pays paid paying deserve deserves deserved require requires required
gaining drawing garnering deserving requiring unprecedented disproportionate ample
industrial most lack lacks lacking merit merits shift shifts shifted shifting
""".split())
# "a lot of attention", "a great deal of attention"
_ATTENTION_AMOUNTS = frozenset(("lot", "deal"))


# "the model's attention", "shifts its attention": whose attention, the English word or a quantity; "human
# attention", "sustained attention": a person's attention (gaze, focus), not the mechanism
_ENGLISH_ATTENTION_BEFORE = _ATTENTION_BEFORE | frozenset("""
's ’s its their his her
human humans user users driver drivers reader readers viewer viewers audience distracted divided sustained
""".split())


# "attention to detail", "attention between tokens", "reallocating attention across layers": where attention goes
_ATTENTION_RELATIONS = frozenset("to from between among across within".split())
# "computes attention between tokens", "replaces the attention in each layer": the mechanism at work, not where it goes
_ATTENTION_AT_WORK = frozenset("""
compute computes computed computing apply applies applied applying perform performs performed performing
use uses used using employ employs employed employing replace replaces replaced replacing
""".split())
# "attention scores", "attention maps": quantities a model computes, not the mechanism as a technique
_ATTENTION_QUANTITIES = frozenset("""
score scores pattern patterns map maps weight weights matrix matrices distribution distributions value values
logit logits sink sinks entropy span spans allocation
""".split())


def _english_attention(doc: Doc, i: int) -> bool:
    """ "attention" at ``i`` is the English word ("pay attention to", "attracted significant attention")
    or names a quantity ("attention scores"), not the mechanism.

    Examples
    --------
    >>> import spacy
    >>> doc = spacy.blank("en")("It has attracted growing attention . We use attention maps and attention .")
    >>> _english_attention(doc, 4), _english_attention(doc, 8), _english_attention(doc, 11)
    (True, True, False)
    >>> _english_attention(spacy.blank("en")("It received a lot of attention"), 5)
    True
    >>> doc = spacy.blank("en")("It blocks attention between tokens , lowers the attention of patches , uses attention")
    >>> _english_attention(doc, 2), _english_attention(doc, 8), _english_attention(doc, 13)
    (True, True, False)
    >>> doc = spacy.blank("en")("It computes attention between tokens and replaces the attention in each layer")
    >>> _english_attention(doc, 2), _english_attention(doc, 9)
    (False, False)
    """
    low = lowers(doc)
    nxt = low[i + 1] if i + 1 < len(doc) else ""
    if nxt in _ATTENTION_QUANTITIES:
        return True
    at_work = i > 0 and low[i - 1] in _ATTENTION_AT_WORK or i > 1 and low[i - 2] in _ATTENTION_AT_WORK
    if nxt in _ATTENTION_RELATIONS and (nxt in ("to", "from") or not at_work):
        return True
    if i > 0 and low[i - 1] == "the" and nxt in ("of", "in") and not at_work:
        return True  # "modify the attention of image patches", "refocusing the attention in CLIP": whose attention
    return (i > 0 and low[i - 1] in _ENGLISH_ATTENTION_BEFORE
            or i > 1 and low[i - 1] == "of" and low[i - 2] in _ATTENTION_AMOUNTS)


def _attention_modifier(doc: Doc, i: int) -> bool:
    """ "attention" at ``i`` only modifies the next word ("attention-guided warping", "attention computation",
    "Attention Alignment"): a property of some other thing, not the mechanism used as a technique ("attention
    layers", "attention is redundant", "attention captures ..." and "via attention ." keep it).

    Examples
    --------
    >>> import spacy
    >>> doc = spacy.blank("en")("attention - based attention computation attention layers attention is attention fuses")
    >>> [_attention_modifier(doc, k) for k in (0, 3, 5, 7, 9)]
    [True, True, False, False, False]
    """
    low = lowers(doc)
    nxt = low[i + 1] if i + 1 < len(doc) else ""
    if nxt == "-":
        return i + 2 < len(doc) and low[i + 2].isalpha()
    return (nxt.isalpha() and nxt not in STOP_WORDS and nxt not in verbs() and not present_verb(nxt)
            and nxt not in PART_WRAPPERS)


# parameter-efficient methods whose trained weights are called "adapters" (besides the "-LoRA" family)
_ADAPTER_TRAINING_METHODS = frozenset("dora vera ia3".split())


def _lora_adapter(low: list[str], c: Cand) -> bool:
    """ "adapters" right after a LoRA-family name ("LoRA adapters", "QLoRA adapter weights", "DoRA adapters"): the
    weights that method trains, the method itself, not the adapter technique ("lightweight adapters" keeps it).

    >>> low = "we train lora adapters , dora adapters and lightweight adapters .".split()
    >>> [_lora_adapter(low, Cand(k, k + 1, "METHOD", "gazetteer", "", 0.5)) for k in (3, 6, 9)]
    [True, True, False]
    """
    owner = low[c.start - 1] if c.start > 0 else ""
    return (c.end - c.start == 1 and low[c.start] in ("adapter", "adapters")
            and (owner.endswith("lora") or owner in _ADAPTER_TRAINING_METHODS))


# "teacher-student pairs", "teacher-student settings": the two parties of a distillation, not the technique
_PAIRING_NOUNS = frozenset("""
pair pairs setting settings dialogue dialogues dialog dialogs conversation conversations interaction interactions
relationship relationships relation relations
""".split())


def _role_pairing(low: list[str], c: Cand) -> bool:
    """ "teacher-student" naming the two parties of a pairing noun ("teacher-student pairs", "teacher-student
    dialogues") rather than the distillation set-up ("a teacher-student architecture").

    >>> low = "four student-teacher pairs in a teacher-student architecture".split()
    >>> [_role_pairing(low, Cand(k, k + 1, "METHOD", "gazetteer", "", 0.5)) for k in (1, 5)]
    [True, False]
    """
    # (the noun after it first: it rules out nearly every candidate without joining and splitting its words)
    if c.end >= len(low) or low[c.end] not in _PAIRING_NOUNS:
        return False
    return {"teacher", "student"} <= set(WORD_BREAKS.split(" ".join(low[c.start:c.end])))


_NUMBER = re.compile(r"^[\d.,%±]+$")
METRIC_ACRONYMS = frozenset("RMSE MSE MAE MAPE NDCG MRR BLEU ROUGE METEOR WER CER EER TPR FPR AUC AUROC AUPRC PSNR "
                            "SSIM LPIPS FID KID IoU mIoU mAP PPL R2".split())


def _metric_reading(doc: Doc, c: Cand) -> bool:
    """A known name that is also a metric's acronym ("MAE") read as the metric: a number follows it or
    another metric acronym stands within four tokens ("RMSE and MAE", "an MAE of 13.6"); a coined name
    with a value "of" it, or right after a percentage it measures ("46.47% AP_3D", see :func:`_after_percentage`).

    >>> from kg.extract.pipeline import load_nlp
    >>> doc = load_nlp()("We report RMSE and MAE 13.6 .")
    >>> [_metric_reading(doc, c) for c in doc._.kg_cands if c.rule == "gazetteer"]
    [True]
    """
    if c.rule == "coined":
        return _value_reported(doc, c) or _after_percentage(doc, c)
    txt, low = texts(doc), lowers(doc)
    if c.rule == "gazetteer" and c.end - c.start == 2 and txt[c.start] in METRIC_ACRONYMS:
        return _is_number(txt[c.start + 1])  # "MAE 13.64" read as a release number by _with_size
    if c.rule != "gazetteer" or c.end - c.start != 1:
        return False
    if (c.label == "METHOD" and c.end < len(doc) and low[c.end] in ("score", "scores")
            and number_after(doc, c.end + 1)):
        return True  # "a CLIP score of 0.70" (but "a GenEval score of 0.79" is the benchmark's)
    if txt[c.start] not in METRIC_ACRONYMS:
        return False
    near = txt[max(0, c.start - 4):c.start] + txt[c.end:c.end + 4]
    return (number_after(doc, c.end) or c.start > 0 and _is_number(txt[c.start - 1])
            or any(t in METRIC_ACRONYMS for t in near) or _measured_in_sentence(doc, c))


# "0.1060", "5.97^\circ", "12%": a measured value; no count, year or model size ("16", "2022", "1.5B")
_MEASURED_VALUE = re.compile(r"^[$~]?(?:\d+\.\d+(?:\^.*)?|\d+(?:\.\d+)?%)[$]?$")
_UNITS = frozenset("mm cm m km s ms px db".split())
_UNIT_VALUE = re.compile(rf"^\d+(?:\.\d+)?(?:{'|'.join(sorted(_UNITS))})$", re.I)  # "1.67cm"; not "1.5B", a model size


def _measured_in_sentence(doc: Doc, c: Cand) -> bool:
    """The metric acronym ``c`` is reported in its sentence: a decimal or percentage value within the four tokens
    after it ("MAE (0.1060)", "MAE from 2.07 to 1.93", "MAE remains below 0.05") or a value with its unit right
    before it ("2.71 m MAE", "1.67cm MAE"). Counts and years ("MAE with 16 layers", "MAE (2022)") are no measured
    values.

    >>> import spacy
    >>> nlp = spacy.blank("en"); _ = nlp.add_pipe("kg_sentences")
    >>> doc = nlp("It gets a low MAE (0.10). Errors fell to 2.7 m MAE. MAE (2022) with 16 layers.")
    >>> [_measured_in_sentence(doc, Cand(k, k + 1, "METHOD", "gazetteer", "", 0.5)) for k in (4, 14, 16)]
    [True, True, False]
    """
    txt = texts(doc)
    s, e = sentence_of(doc, c.start)
    if _value_in_clause(txt, c.end, min(e, c.end + 4)):
        return True
    before = txt[max(s, c.start - 2):c.start]
    return (bool(before) and (_MEASURED_VALUE.search(before[-1]) or _UNIT_VALUE.match(before[-1]))
            or len(before) == 2 and _is_number(before[0]) and before[1].lower() in _UNITS)  # "5 m MAE"


# where the acronym's clause ends: a value past them is another thing's ("MAE, which reaches 84.2")
_CLAUSE_BREAKS = frozenset(", ; which while whereas but".split())


def _value_in_clause(txt: list[str], start: int, end: int) -> bool:
    """A measured value stands among the tokens ``start:end`` before their clause ends, and is no version of a name
    before it ("Qwen 2.5", "Llama 3.1").

    >>> txt = "MAE ( 0.42 ) ; MAE , which gets 84.2 ; MAE with Qwen 2.5 .".split()
    >>> [_value_in_clause(txt, k, k + 4) for k in (1, 6, 12)]
    [True, False, False]
    """
    for k in range(start, end):
        if txt[k].lower() in _CLAUSE_BREAKS:
            return False
        if (any(ch.isdigit() for ch in txt[k]) and _MEASURED_VALUE.search(txt[k])
                and not (k > start and txt[k - 1][:1].isupper())):
            return True
    return False


def _value_reported(doc: Doc, c: Cand) -> bool:
    """A value is reported for the name or compared with it: "an mAP_50 of 0.898", "a BLEU-4 of 72.6%", "sAUC =
    0.86" (a metric); "improves Foo-7B by 3.1%" is as often said of a model, and a whole number before a noun is a
    count ("a FooNet of 12 layers").

    >>> from kg.extract.pipeline import load_nlp
    >>> doc = load_nlp().make_doc("It hits an mAPx of 14.4 , beats FooNet by 2.1% , a BarNet of 12 layers , sAUx = 0.8")
    >>> [_value_reported(doc, Cand(k, k + 1, "NAME", "coined", "", 0.5)) for k in (3, 8, 13, 18)]
    [True, False, False, True]
    """
    low = lowers(doc)
    if c.end + 1 < len(doc) and low[c.end] in _COMPARISONS and _is_number(texts(doc)[c.end + 1]):
        return not _in_score_list(doc, c)
    if not (c.end < len(doc) and low[c.end] == "of" and number_after(doc, c.end)):
        return False
    k = c.end + 1 + (texts(doc)[c.end + 1] == "$")  # the value (see number_after)
    nxt = low[k + 1] if k + 1 < len(doc) else ""
    return not (low[k].isdigit() and nxt.isalpha() and nxt not in STOP_WORDS and nxt not in _VALUE_UNITS)


_PERCENT = re.compile(r"^[+-]?\d+(?:\.\d+)?%$")
# nouns after "N% Foo" that keep the percentage on Foo: "12.9% NDS gain" (a noun that is not one, "5% Foo data",
# "a 20% KV-cache budget", takes the percentage itself)
_CHANGE_NOUNS = METRIC_HEADS | frozenset("improvement improvements gain gains reduction increase drop "
                                         "enhancement".split())


def _after_percentage(doc: Doc, c: Cand) -> bool:
    """A percentage stands right before the name, with no "on" between, and no other noun takes it after the name:
    "46.47% AP_3D", "62.6% ScreenSpot-Pro" name what was measured (a metric or a benchmark); "by 4.3% on Foo-7B" is
    said of a model and "5% Foo data" of the data.

    >>> from kg.extract.pipeline import load_nlp
    >>> doc = load_nlp().make_doc("It gets 46.47% AP_3D and 62.6 % ShelfBench gain , 4.3% on Foo-7B , 5% Bar7 data .")
    >>> [_after_percentage(doc, Cand(k, k + 1, "NAME", "coined", "", 0.5)) for k in (3, 7, 13, 16)]
    [True, True, False, False]
    >>> doc = load_nlp().make_doc("It gains 5.0 Chair-I points and 74.7 mAPH , with 8 A100 and Wan 2.2 A14B models .")
    >>> [_after_percentage(doc, Cand(k, k + 1, "NAME", "coined", "", 0.5)) for k in (3, 7, 11, 15)]
    [True, True, False, False]
    """
    txt, low = texts(doc), lowers(doc)
    k = c.start - 1
    lead = k - 1 - (k >= 1 and txt[k - 1] == "$")  # the word before the number, past a math "$" ("by $5.0$ X")
    if not (k >= 1 and txt[k] == "%" and _is_number(txt[k - 1]) or k >= 0 and _PERCENT.match(txt[k])
            or lead >= 0 and _DECIMAL.match(txt[k]) and not txt[lead][:1].isupper()):
        return False  # (a version after a name is no score: "on Wan 2.2 A14B")
    nxt = low[c.end] if c.end < len(doc) else ""
    return not (nxt.isalpha() and nxt not in STOP_WORDS) or nxt in _CHANGE_NOUNS or nxt in ("point", "points")


# a score: "74.7 mAPH", "by 5.0 Chair-I points", "+16.85 CIDEr", in LaTeX math too ("$+16.85$ CIDEr")
_DECIMAL = re.compile(r"^\$?[+\-−]?\d+\.\d+\$?$")


def _in_score_list(doc: Doc, c: Cand) -> bool:
    """The name's "= value" is one of a comma list of such pairs, the scores of compared systems: "(FooNet = 76.1%,
    BarFormer = 78.2%)" (a lone "sAUC = 0.86" is a metric's value).

    >>> import spacy
    >>> doc = spacy.blank("en")("( FooNet = 76.1 , BarFormer = 78.2 ) and sAUx = 0.8 .")
    >>> [_in_score_list(doc, Cand(k, k + 1, "NAME", "coined", "", 0.5)) for k in (1, 5, 10)]
    [True, True, False]
    """
    low, txt = lowers(doc), texts(doc)
    k = c.end + 2  # past "= value"
    return (k + 2 < len(doc) and low[k] == "," and low[k + 2] in _COMPARISONS
            or c.start >= 4 and low[c.start - 1] == "," and _is_number(txt[c.start - 2])
            and low[c.start - 3] in _COMPARISONS)


_VALUE_UNITS = frozenset("points point percent pp".split())  # "a BLEU-4 of 30 points" is still a value
_COMPARISONS = frozenset("= < > ≈ ≤ ≥".split())


def _is_number(tok: str) -> bool:
    """A reported value, also inside inline maths or after a tilde: "13.6", "$3.00$", "~0.10"."""
    return bool(_NUMBER.match(tok.strip("$~"))) and any(ch.isdigit() for ch in tok)


def number_after(doc: Doc, k: int) -> bool:
    """A value follows at ``k``, maybe after "of"/"by" or an opening "$": "of 13.6", "by 38%", "of $3.00$".

    Examples
    --------
    >>> import spacy
    >>> doc = spacy.blank("en")("ShelfNet improves recall by 38 % and RackNet by hand .")
    >>> number_after(doc, 3), number_after(doc, 8)
    (True, False)
    """
    txt = texts(doc)
    if k < len(doc) and lowers(doc)[k] in ("of", "by"):
        k += 1
    if k < len(doc) and txt[k] == "$":
        k += 1
    return k < len(doc) and _is_number(txt[k])


# nouns that introduce a list of categories: "three counterfactual categories: Superficial Mimicry (SM), ..."
_CATEGORY_NOUNS = frozenset("category categories type types class classes kind kinds".split())
# what a list of Title Case labels may enumerate besides categories: where a benchmark is tested ("five scenarios:
# Cell Tracking, Egocentric Vision"), what it measures ("four levels:", "three competencies:"), what a study found or
# faced ("two observations:", "three limitations:"); not "components:", "stages:", "axes:" or "settings:", whose items
# are often the authors' parts; plurals only ("a novel scenario: Mixed Domain Segmentation (MDS)" is the paper's task)
_LABEL_LIST_NOUNS = _CATEGORY_NOUNS | frozenset("""
scenarios dimensions domains levels competencies behaviors behaviours observations limitations challenges
""".split())


def category_item(doc: Doc, start: int) -> bool:
    """The phrase at ``start`` is an item of a list of categories opened by a category noun and a colon in its
    sentence ("three task types: Detect (...), Exploit (...)", "four classes: Healthy, Yellow Spots, Reddish
    Bronzing"), or opens an item of a list of scenarios, levels, observations, limitations ... ("five scenarios:
    Cell Tracking, Egocentric Vision"; "two failure modes: Soft Erasure, ..."): a label, not a method.

    >>> from kg.extract.pipeline import load_nlp
    >>> doc = load_nlp()("T\\n\\nShelves fall into two types: Shelf Drift (SD) and Shelf Tilt (ST).")
    >>> [category_item(doc, a[2]) for a in doc._.kg_abbrevs]
    [True, True]
    """
    colons = positions(doc, _COLON)
    if not colons or colons[0] >= start:
        return False  # no colon before the phrase (its sentence starts before any colon)
    s0 = sentence_of(doc, start)[0]
    if s0 < title_end_of(doc):
        return False  # a title's colon ends its name: "A Tale of Two Classes: Adapting ..."
    k = colons[bisect_left(colons, start) - 1]  # the last colon before the phrase
    low = lowers(doc)
    if k <= s0:
        return False
    if low[k - 1] in _CATEGORY_NOUNS:
        return True
    # the other label lists only hold the phrases that open an item: in "two limitations: (1) it needs an extra
    # fusion module", the module is a method the limitation names
    return (low[k - 1] in _LABEL_LIST_NOUNS or low[k - 2:k] == ["failure", "modes"]) and _opens_item(low, start)


_ITEM_MARKERS = re.compile(r"^(?:\d+|[ivx]+)$")


def _opens_item(low: list[str], start: int) -> bool:
    """The phrase at ``start`` opens an item of a list: right after its colon, a comma, "and"/"or" or a marker
    ("(2)", "ii)").

    >>> _opens_item(": ( 2 ) shelf drift".split(), 4), _opens_item(", and the shelf".split(), 3)
    (True, False)
    """
    k = start - 1
    if k >= 1 and low[k] == ")" and _ITEM_MARKERS.match(low[k - 1]):
        return True
    return k >= 0 and low[k] in (":", ",", ";", "and", "or")


_COLON = frozenset((":",))


# counts and quantifiers that qualify a kind of data ("four QA datasets", "most ATP benchmarks"; "all"/"some" go
# before a suite's name as often: "on all BEIR datasets")
_COUNT_WORDS = frozenset("two three four five six seven eight nine ten several many various multiple other "
                         "most".split())
_LOWER_LED = re.compile(r"^[a-z]{1,2}[A-Z]{2,}[a-z]*(?:-[a-z]+)?$")  # "fMRI-video", "sRGB" (not "mmWave")


def _kind_of_data(doc: Doc, c: Cand) -> bool:
    """An acronym between a lower-case qualifier and a plural data noun names a kind of data, not one dataset:
    "existing UAV VAD datasets", "on multi-source RS datasets", "four QA benchmarks" (a list, "on NYU and KITTI
    datasets", or "the ABC datasets" keeps its names).

    >>> from kg.extract.pipeline import load_nlp
    >>> doc = load_nlp().make_doc("T\\n\\nWe use three large-scale UAV datasets and the ABC datasets .")
    >>> _kind_of_data(doc, Cand(6, 7, "NAME", "coined", "", 0.5)), _kind_of_data(doc, Cand(10, 11, "NAME", "", "", 0))
    (True, False)
    """
    low, txt = lowers(doc), texts(doc)
    if c.start < 1 or c.end >= len(doc) or low[c.end] not in DATASET_PLURALS:
        return False
    if not all(ALLCAPS.match(t) and sum(ch.isupper() for ch in t) >= 2 or _LOWER_LED.match(t)
               for t in txt[c.start:c.end]):
        return False
    prev = txt[c.start - 1]
    return (prev.isdigit() or low[c.start - 1] in _COUNT_WORDS
            or lower_word(prev) and prev not in STOP_WORDS and prev not in verbs()
            and prev not in _AVAILABILITY)


_ONE_DATA_HEADS = frozenset("dataset corpus benchmark database".split())


def _capitalised_word(word: str) -> bool:
    """A capitalised word of letters (and hyphens): "Roman", "SVG", "Text-Image"."""
    return word[:1].isupper() and word.replace("-", "").isalpha()


def _described_kind_of_data(doc: Doc, c: Cand) -> bool:
    """A run of two or more capitalised words between "a"/"an" (and lower-case modifiers) and a singular data noun
    says what the data holds, not its name: "a manually annotated Roman Urdu dataset", "a new large-scale Chinese
    SVG dataset" (a one-word name keeps it: "an independent FooQA dataset").

    >>> from kg.extract.pipeline import load_nlp
    >>> doc = load_nlp().make_doc("T\\n\\nWe use a new Roman Urdu dataset and a new FooQA dataset .")
    >>> [_described_kind_of_data(doc, Cand(i, i + 1, "NAME", "coined", "", 0)) for i in (7, 12)]
    [True, False]
    """
    if not word_between(doc, _ONE_DATA_HEADS, c.end, c.end + 4):
        return False  # no data noun where the run could end (the common case, answered without a scan)
    low, txt = lowers(doc), texts(doc)
    e, s = c.end, c.start
    while e < min(len(doc), c.end + 3) and _capitalised_word(txt[e]):
        e += 1  # a part of the run ("SVG" in "Chinese SVG dataset") goes with it
    if e >= len(doc) or low[e] not in _ONE_DATA_HEADS:
        return False
    if not all(_capitalised_word(w) for w in span_text(doc, c.start, c.end).split()):
        return False
    while s > 0 and _capitalised_word(txt[s - 1]):
        s -= 1
    if len(span_text(doc, s, e).split()) < 2:
        return False
    k, n = s - 1, 0
    while k > 0 and n < 6 and (lower_word(txt[k]) and low[k] not in STOP_WORDS or txt[k] == "-"):
        k, n = k - 1, n + 1  # "a new large-scale ..."
    return k >= 0 and low[k] in ("a", "an")


# "public MIMIC datasets", "the standard KITTI benchmarks": how a named dataset is offered, not a kind of data
_AVAILABILITY = frozenset("public publicly-available open open-source standard popular established".split())


@lru_cache(maxsize=1)
def _group_names() -> dict[str, str]:
    """Gazetteer group id -> the entry's first (main) form, for entries only the mined method list has."""
    curated = list_keys("methods_curated.txt")
    out: dict[str, str] = {}
    for t in load_terms():
        out.setdefault(t.group, t.text)
    return {g: main for g, main in out.items() if entity_key(main) not in curated}


def _weak_long_form(doc: Doc, c: Cand) -> bool:
    """A lower-case phrase that matches only the spelled-out alias of an acronym-named entry of the mined
    (Papers with Code) method list ("gradient-based optimization" for GBO, "iterative inpainting" for
    IterInpaint) is ordinary wording unless the acronym itself is written too; the curated list is trusted.

    Examples
    --------
    >>> from kg.extract.pipeline import load_nlp
    >>> doc = load_nlp()("We use gradient-based optimization.")
    >>> [_weak_long_form(doc, c) for c in doc._.kg_cands if c.rule == "gazetteer"]
    [True]
    """
    if c.rule != "gazetteer" or c.label != "METHOD":
        return False
    main = _group_names().get(c.group, "")
    text = span_text(doc, c.start, c.end)
    if not main or not text.islower() or " " in main or not any(ch.isupper() for ch in main[1:]):
        return False
    return main not in doc_text(doc)


def drop_misread(doc: Doc, cands: list[Cand]) -> list[Cand]:
    """The candidates :func:`_misread` keeps (the document's tables looked up once).

    Examples
    --------
    >>> import spacy
    >>> doc = spacy.blank("en")("It attracted widespread attention with a shelf transformer .")
    >>> cands = [Cand(2, 4, "METHOD", "head_method", "", 0.5), Cand(6, 8, "METHOD", "head_method", "", 0.5)]
    >>> [span_text(doc, c.start, c.end) for c in drop_misread(doc, cands)]
    ['shelf transformer']
    """
    low = lowers(doc)
    data_nouns = bool(positions(doc, _ONE_DATA_HEADS))
    return [c for c in cands if not _misread(doc, c, low, data_nouns)]


_CITABLE_RULES = frozenset({"list_member", "capitalised", "coined"})
_CITED_YEAR = re.compile(r"(?:19|20)\d\d[a-z]?$")
_CITATION_WORDS = frozenset({"and", "&", "et", "al", "al.", ".", ",", ";"})


def _in_citation(words: list[str], start: int, end: int, reach: int = 12) -> bool:
    """Tokens ``start:end`` sit inside an author-year citation: a parenthesis holding only capitalised names,
    "and" / "et al." and separators, closed by a year ("(Luong and Lockhart, 2025)"). Author names are no entities.

    Examples
    --------
    >>> words = "Gemini Deep Think ( Luong and Lockhart , 2025 ) and GPT-5 ( Open , 7B )".split()
    >>> _in_citation(words, 4, 5), _in_citation(words, 0, 3), _in_citation(words, 13, 14)
    (True, False, False)
    """
    i = start - 1
    while i >= max(0, start - reach) and words[i] != "(":
        if words[i] == ")" or not _citation_word(words[i]):
            return False
        i -= 1
    if i < 0 or words[i] != "(":
        return False
    j = end
    while j < min(len(words), end + reach) and words[j] != ")":
        if not _citation_word(words[j]):
            return False
        j += 1
    return j < len(words) and words[j] == ")" and bool(_CITED_YEAR.match(words[j - 1])) and all(
        _citation_word(w) for w in words[start:end])


_OPENING = frozenset(("(",))


def _cited(doc: Doc, c: Cand) -> bool:
    """:func:`_in_citation` for the candidate ``c``, answered False at once when no "(" stands where that scan can
    end (13 words back at most): most names have none before them."""
    return word_between(doc, _OPENING, c.start - 13, c.start) and _in_citation(texts(doc), c.start, c.end)


def _citation_word(word: str) -> bool:
    """A word an author-year citation is made of: a capitalised name, a year, "and", "et al.", a separator."""
    return word in _CITATION_WORDS or bool(_CITED_YEAR.match(word)) or word[:1].isupper() and word[1:].islower()


_MODIFIER_SUFFIX = re.compile(r"-(?:based|driven|assisted|guided|applied|aware|powered|enhanced|augmented|equipped"
                              r"|oriented|centric|conditioned|informed|inspired)$", re.IGNORECASE)
_APPOSITION_START = frozenset("a an the which one our".split())


def _hyphened_modifier(doc: Doc, c: Cand) -> bool:
    """The candidate is a hyphened modifier of the words after it ("we propose a CLIP-assisted cross-view method",
    "a masked autoencoder-based, structure-aware framework", "R-TAP-applied models"), not a name; one set off by
    an apposition is a name ("We release FooQA-Enhanced, a benchmark ...").

    >>> import spacy
    >>> doc = spacy.blank("en")("a Foo-assisted shelf method . We release FooQA-Enhanced , a benchmark")
    >>> [_hyphened_modifier(doc, Cand(s, e, "NAME", "proposal_name", "", 0.5)) for s, e in ((1, 4), (9, 12))]
    [True, False]
    """
    text = span_text(doc, c.start, c.end)
    if "-" not in text or not _MODIFIER_SUFFIX.search(text) or c.end >= len(doc):
        return False  # (the hyphen first: most names have none, and the suffix pattern opens with one)
    low = lowers(doc)
    nxt = low[c.end]
    if nxt == ",":
        return c.end + 1 < len(doc) and low[c.end + 1] not in _APPOSITION_START and low[c.end + 1][:1].isalpha()
    return nxt[:1].isalnum()


def _gerund_with_object(doc: Doc, c: Cand) -> bool:
    """A one-word task candidate that is a verb's -ing form with an object, not the task's name ("Tracking the
    Emergence of ...", "a Benchmark for Evaluating the Trustworthiness of ...", "planning a travel route").

    >>> import spacy
    >>> doc = spacy.blank("en")("Tracking the drift . We study tracking and planning .")
    >>> [_gerund_with_object(doc, Cand(k, k + 1, "TASK", "head_task", "", 0.5)) for k in (0, 7, 9)]
    [True, False, False]
    """
    low = lowers(doc)
    word = low[c.start]
    return c.end < len(doc) and word.isalpha() and word.endswith("ing") and low[c.end] in OBJECT_LEADS


def _misread(doc: Doc, c: Cand, low: list[str], data_nouns: bool = True) -> bool:
    """The candidate is no name where it stands: the filters of :func:`_resolve`'s first pass, dispatched on the
    candidate's rule so that only the context helpers of its rule are called (``data_nouns``: the document has a
    singular data noun, without which :func:`_described_kind_of_data` is never true).

    >>> import spacy
    >>> doc = spacy.blank("en")("It attracted widespread attention in rotation regression .")
    >>> [_misread(doc, Cand(s, e, "METHOD", "head_method", "", 0.5), lowers(doc)) for s, e in ((2, 4), (5, 7))]
    [True, True]
    """
    rule = c.rule
    if rule == "gazetteer":
        # "requires attention to", "pay attention to": the English word, not the mechanism
        if (c.end - c.start == 1 and low[c.start] == "attention"
                and (_english_attention(doc, c.start) or _attention_modifier(doc, c.start))):
            return True
        if _weak_long_form(doc, c) or _metric_reading(doc, c):
            return True
        if _lora_adapter(low, c) or _role_pairing(low, c):
            return True
        # "to move the stack on a scale": a dataset named with its article ("The Stack") in lower case is English
        if c.label == "DATASET" and low[c.start] == "the" and span_text(doc, c.start, c.end).islower():
            return True
        if c.label == "METHOD" and _maker_of_next(doc, c):
            return True
    elif rule in HEAD_RULES:
        # "attracting widespread attention": a head-noun phrase whose modifier is the English word's
        if low[c.end - 1] == "attention" and low[c.start] in _ATTENTION_BEFORE:
            return True
        # "audio-driven talking head synthesis": a head-noun phrase right before a task noun only modifies the task
        if c.end < len(low) and low[c.end] in TASK_HEADS and low[c.end] not in METHOD_HEADS:
            return True
        # "rotation regression", "video-level regression": what is predicted, a problem more than a technique
        if rule == "head_method" and low[c.end - 1] == "regression":
            return True
    elif rule == "coined":
        if (_metric_reading(doc, c) or _software_name(doc, c) or _licence(doc, c) or _kind_of_data(doc, c)
                or _maker_of_next(doc, c)):
            return True
    elif (rule == "capitalised" and (_software_name(doc, c) or _licence(doc, c))
          or rule == "dataset_list" and _kind_of_data(doc, c)):
        return True
    if rule in _CITABLE_RULES and _cited(doc, c):
        return True
    if rule not in ("gazetteer", "abbreviation") and _hyphened_modifier(doc, c):
        return True
    if c.label == "TASK":
        return c.end - c.start == 1 and _gerund_with_object(doc, c)
    if rule not in ("gazetteer", "coined", "abbreviation") and category_item(doc, c.start):
        return True
    return data_nouns and _described_kind_of_data(doc, c)
