"""``kg_rules``: acronym definitions, coined names, head-noun phrases and title cues."""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from spacy.attrs import FLAG62, FLAG63
from spacy.lang.en.stop_words import STOP_WORDS
from spacy.lang.lex_attrs import is_punct  # (no lexeme attribute: the pipeline sets only LOWER on new words)
from spacy.language import Language
from spacy.tokens import Doc

from kg.extract.abbreviations import best_long_form, find_abbreviations
from kg.extract.components.candidates import (Cand, abbrevs_of, cands_of, doc_text, ensure_extensions,
                                              flagged_tokens, lowers, own_one_word_names, positions,
                                              register_word_flags, set_word_flag, span_text, texts, token_index)
from kg.extract.components.context import DESIGN_NOUNS, LIST_JOINS, MEANS_PREPS, based_at, listed_example
from kg.extract.components.lexicon import (AGENT_NOUN, ALIAS_WRAPPER_HEADS, DATASET_HEADS, FALLBACK_TASK_HEADS,
                                           GENERIC_MODIFIERS, LANGUAGES, METHOD_HEADS, METRIC_HEADS, PREPOSITIONS,
                                           SOURCED_RECORDS, TASK_HEADS, THING_HEADS, acronym_stop, agent_roles,
                                           stop_keys, verbs)
from kg.extract.normalize import entity_key, s_form, singular
from kg.extract.components.sentences import sentence_of
from kg.extract.proposed import NAMING_WORDS, PROPOSE_VERBS, TITLE_SEPARATORS, proposal_windows

__all__ = ["RuleMatcher", "make_kg_rules", "is_coined", "hyphen_modified", "own_lower_variants", "modality_pair",
           "SIZE_LEAD", "SUITE_MEMBERS", "task_lead_start", "goal_span", "goal_word", "gerund_lead", "PARAM_SIZES",
           "PART_WRAPPERS"]

# mixed case inside a word (MSRNet, HeadGaS, LLaMA, SQuAD), or letters with digits (GPT-4o, Qwen2.5-7B,
# ResNet-50, T5), or an acronym of 2+ capitals (BERT, CLIP, VTAB-1k)
_MIXED = re.compile(r"^[A-Za-z0-9]*[a-z][A-Z][\w\-.+/]*$|^[A-Z]{2,}[a-z]+[A-Z]?[\w\-.+/]*$")
# a mixed-case word after capitalised hyphen parts: "E-shopIQ-M" (group 1 is the word and what follows it)
_PREFIXED_MIXED = re.compile(r"^(?:[A-Z][A-Za-z0-9]*-)+([A-Za-z0-9]*[a-z][A-Z][\w\-.+/]*)$")
# a lower-case-led acronym: "mRNA", "fMRI", "iPSC" (a term, not a name, after a prefix: "Pre-mRNA", "Task-fMRI")
_LOWER_LED_ACRONYM = re.compile(r"^[a-z]{1,2}[A-Z]{2,}")
_DIGITS = re.compile(r"^(?=[\w\-.+/]*[A-Za-z]{2})(?=[\w\-.+/]*\d)[A-Za-z][\w\-.+/]*[A-Za-z0-9+]$|^[A-Z]\d{1,2}$")
_ACRO = re.compile(r"^[A-Z][A-Z0-9]*[A-Z][A-Z0-9]*(?:[\-+][\w.+]+)*[+]?$")
_CAPWORD_PART = re.compile(r"^[A-Z][a-z]+-[A-Z]")
_SIZE_LETTER = re.compile(r"^[TSBLMH]$")
_LETTER_PREFIXED = re.compile(r"^[A-Z]-[A-Z]")
_DIM_PREFIXED = re.compile(r"^[1-4]D-[A-Z0-9]+$")
# a size word before a mixed-case name marks a reduced version of it: "mini-WebVision", "tiny-ImageNet"
_SIZE_PREFIXED = re.compile(r"^(?:mini|tiny|tiered|micro|nano|small|full)-([A-Z][a-z]+[A-Z][\w\-]*)$")
_SIZED_WORD = re.compile(r"^[A-Z][a-z]{2,}-(?:small|base|large|tiny|mini|medium|nano)$")  # "Whisper-small"
_CAPWORD = re.compile(r"^[A-Z][a-z]+(?:-[A-Z][a-z]+)*$")
# parameter counts written after a model name, one or several: "8B", "30B-A3B" (total and active), "4B/8B/30B-A3B"
_ONE_SIZE = r"\d+(?:\.\d+)?[BM](?:-A\d+(?:\.\d+)?B)?"
PARAM_SIZES = rf"{_ONE_SIZE}(?:/{_ONE_SIZE})*"
_VERSION = re.compile(r"^(?:v\d+(?:\.\d+)*[A-Za-z]?|\d(?:\.\d)?[A-Za-z]?|\d{1,2}(?:\.\d{1,2})?-(?:[a-z]{3,8}|\d+[BM])|[A-Z]{1,2}\d*|XL|XXL|Base|Large|Small|Tiny|Mini|"
                      r"Pro|Plus|Ultra|Lite|Flash|Max|Nano|mini|nano|"
                      rf"Turbo|Instruct|Chat|base|large|small|tiny|\d+[BMK]|{PARAM_SIZES})$")
# a model's size or release after its name: "large-v3", "medium", "9B", "2.5-8B"
_MODEL_SIZE = re.compile(r"^(?:(?:large|medium|small|base|tiny)(?:-v\d+)?|\d+(?:\.\d+)?[BM]|\d(?:\.\d)?-\d+[BM])$")
_UNITS = re.compile(r"^\d+(?:\.\d+)?[A-Za-z]{0,2}$|^[A-Z]?\d+[Dd]$|^\d+[Dd]-(?![A-Z]{2})")


class _WordPattern:
    """A compiled pattern tested on single words, its ``match`` memoised: the rules test the same words again and
    again (a word recurs in a paper and across papers; on arXiv abstracts _WORDISH, _LEAD_DROP and _CAP_TOKEN run
    ~56 times a paper on ~4x fewer distinct strings), and a look-up takes 70-110 ns against 260-330 ns for a
    match. The matches are those of ``pattern.match``."""

    def __init__(self, pattern: str):
        self.regex = re.compile(pattern)
        self.match = lru_cache(maxsize=1 << 16)(self.regex.match)


_WORDISH = _WordPattern(r"^[A-Za-z][a-z\-]*[a-z]$|^[A-Z][a-z]+(?:-[A-Za-z][a-z]+)*$|^[a-z]+(?:-[a-z]+)+$")
_BARE_TASKS = frozenset("""
classification regression segmentation detection recognition retrieval forecasting clustering recommendation
summarization translation interpretability reasoning planning navigation tracking captioning localization
inpainting denoising super-resolution outpainting upsampling autoformalization phonemization cybersecurity unlearning
trading
""".split())
# method heads whose everyday sense is the common one ("agent memory", "privacy policy"): no head-noun phrase
_EVERYDAY_HEADS = frozenset("memory memories policy policies".split())
_ALL_HEADS = (METHOD_HEADS | TASK_HEADS | FALLBACK_TASK_HEADS) - _EVERYDAY_HEADS
# the scale or the number of stages of a technique's use, not a kind of it
SIZE_LEAD = re.compile(r"^(?:large|small|web|internet|full|billion|million|industrial)-scale$|"
                       r"^(?:two|three|multi|single|one)-(?:stage|round)$")
_HAS_DIGIT = re.compile(r"\d")
_TO_COMPOUND = re.compile(r"^([a-z0-9]+)(?:-[a-z0-9]+)*-to-([a-z0-9]+)(?:-[a-z0-9]+)*$")
# sides of an "X-to-Y" that are degrees, positions or idioms, not modalities: "low-to-high", "head-to-head"
_NOT_TO_PAIR = frozenset("""
end coarse fine one many up date hard easy difficult ready peer back day step low high simple complex local global
dense sparse unknown known small medium large early mid late any head wall frame short long signal noise
""".split())
# an adjective or plural on the target side is a shift between properties or things, not a modality pair:
# "structural-to-functional", "path-to-counterfactuals"
_NOT_TO_TARGET = re.compile(r"(?:ural|onal|[^s]s)$")
# evaluative or method-describing words that lead a task phrase without being part of the task
_TASK_LEAD_STRIP = re.compile(r"^(?:[a-z]+-(?:free|aware|driven)|baseline|lossless|controllable|adaptive|"
                              r"generali[sz]able|consistent|universal|extreme|valid|precise|high-quality|"
                              r"high-fidelity|comprehensive|holistic|systematic|seamless)$")
# qualities of a solution, of where it runs or comes from ("open-source") or its level ("basic"), not of the
# problem: "real-time beach litter detection" -> "beach litter detection", "on-device egomotion video reasoning"; they
# stay when nothing else modifies the head ("explainable diagnosis")
_TASK_LEAD_QUALITY = frozenset("""
real-time explainable interpretable effective proactive end-to-end step-by-step boosting safer complex accurate robust
efficient high-precision low-latency on-device feed-forward fast reliable trustworthy practical stateful
open-source traceable basic
""".split())  # (and a stage count or scale: SIZE_LEAD, "two-stage", "large-scale")


def _lead_quality(word: str) -> bool:
    """A quality of a solution (``_TASK_LEAD_QUALITY``) or its scale or stage count (``SIZE_LEAD``)."""
    return word in _TASK_LEAD_QUALITY or bool(SIZE_LEAD.match(word))


def is_stripped_lead(word: str) -> bool:
    """A lower-case word the task rules strip from the front of a task phrase ("lossless", "real-time",
    "two-stage").

    >>> [is_stripped_lead(w) for w in ("lossless", "real-time", "two-stage", "multi-stage", "lesion")]
    [True, True, True, True, False]
    """
    return bool(_TASK_LEAD_STRIP.match(word)) or _lead_quality(word)


# stripped leads that name a kind of the task, not how well it is done ("end-to-end autonomous driving",
# "audio-driven talking face generation"; unlike "efficient", "robust", "high-quality")
_KIND_LEAD = re.compile(r"^[a-z]+-(?:free|aware|driven)$|^(?:end-to-end|controllable|universal|holistic|interpretable|"
                        r"explainable|extreme|lossless|proactive|real-time|feed-forward|on-device|"
                        r"step-by-step|generali[sz]able)$")


# hyphenated settings a task phrase may be written with: "fine-grained", "zero-shot", "real-world", "multi-hop",
# "AI-generated"
_SETTING_COMPOUND = re.compile(r"^(?:[a-z0-9]+-)+(?:grained|shot|world|hop|view|generated|modal|domain|lingual|"
                               r"vocabulary|set|turn|label|source)$")


def task_lead_start(low: list[str], txt: list[str], s: int) -> int:
    """Where the task phrase at token ``s`` starts with the kind leads and settings written before it that the task
    rules leave out: up to two words ("end-to-end", "audio-driven", "fine-grained") and an "X-based" basis
    ("content-based image retrieval").

    >>> words = "we do content - based end-to-end image retrieval".split()
    >>> task_lead_start(words, words, 6), task_lead_start("we do efficient image retrieval".split(), [], 3)
    (2, 3)
    """
    k = s
    while k > 0 and s - k < 2 and (_KIND_LEAD.match(low[k - 1])
                                   or _SETTING_COMPOUND.match(low[k - 1])):
        k -= 1
    if k >= 3 and based_at(low, k - 2) and _WORDISH.match(txt[k - 3]):
        k -= 3
    return k


# generic words that still name a task setting: "open intent classification", "single image super-resolution"
_TASK_SETTING_WORDS = frozenset("open single".split())
_TASK_ACRO_MOD = re.compile(r"^(?:[A-Z]{2,5}s?|[1-4]D)$")
_ADJ_COMPOUND = re.compile(r"^.+-(?i:based|trained|pretrained|friendly|tuned|finetuned|generated|driven|guided|aware|"
                           r"free|style|like|specific|level|wise|agnostic|centric|oriented|powered|assisted|"
                           r"enhanced|utilized|augmented|conditioned|only|scale|grained)$")
# metrics and hardware that look like names
_NOT_NAME = re.compile(r"(?i:(?:^|[-_])(?:f1|iou|auc|auroc|acc|bleu|rouge(?:-\w)?|map|psnr|ssim|fpr\d*|tpr\d*|ece)$"
                       r"|^(?:sacrebleu|chrf\+*|rtx|gtx|[ahvlpt]100|h200|b200|gh200|gb200|a6000|h20|[ah]800|a40|"
                       r"l40s?|k80|mi\d{3}x?|tpuv\d)$)")
_LEAD_DROP = _WordPattern(r".*(?:ing|ed|ly|es)$")
# words with those endings a phrase keeps at its start ("weakly" names a supervision setting: "weakly supervised ...")
_ING_KEEP = frozenset("""
learning embedding pooling boosting matching sampling ranking routing scaling sharing gating tracking mixing
modeling modelling encoding decoding hashing clustering training attention-based based supervised unsupervised
referring reading streaming lighting sensing
self-supervised semi-supervised gated masked stacked nested shared tied layered weighted randomized
normalized regularized residual weakly
""".split())
_SKIP_BEFORE_NAME = frozenset("a an the our this it them novel new simple first method model framework approach "
                              "algorithm architecture technique system called named dubbed termed".split())
_NAME_CONNECTORS = frozenset("of with for and in on via".split())
_TASK_HEADS_OR_LEARNING = TASK_HEADS | {"learning"}
_TITLE_STOP = {":", "via", "with", "using", "by", "through", "from", "under", "?", "!", ".", "and", "—", "–"}
# what a paper calls itself in a title prefix: "X 2025 Challenge Report: ...", "Y Survey: ..."
_DOCUMENT_WORDS = frozenset("report survey review overview tutorial primer perspective position".split())


def modality_pair(word: str) -> bool:
    """A lower-case "X-to-Y" pair of modalities or forms, a conversion task ("text-to-sql", "image-to-video"), not a
    degree, a position or an idiom ("low-to-high", "end-to-end") nor a shift between properties or to a verb
    ("structural-to-functional", "learning-to-rank").

    >>> modality_pair("image-to-text"), modality_pair("end-to-end"), modality_pair("structural-to-functional")
    (True, False, False)
    """
    m = _TO_COMPOUND.match(word)
    return bool(m and m.group(1) not in _NOT_TO_PAIR and m.group(2) not in _NOT_TO_PAIR and not m.group(1).isdigit()
                and not _NOT_TO_TARGET.search(m.group(2)) and m.group(2) not in verbs())


def _drop_leading_verbs(low_list: list[str], j: int, k: int, text_list: list[str] | None = None) -> tuple[int, int]:
    """Move the start ``j`` of a ``k``-modifier phrase past verb forms and adverbs ("employing low-rank
    decomposition", "Rethinking Transformer"); return the new (j, k). With ``text_list`` (method phrases), a
    lower-case compound modifier stays (see :func:`_compound_modifier`)."""
    while (k > 0 and _LEAD_DROP.match(low_list[j]) and low_list[j] not in _ING_KEEP
           and not (text_list and _compound_modifier(low_list, text_list, j))):
        j += 1
        k -= 1
    return j, k


def _past_size_lead(low_list: list[str], j: int, k: int) -> tuple[int, int]:
    """Move the start ``j`` of a ``k``-modifier phrase past a scale or stage count ("large-scale self-supervised
    learning", "two-stage distillation strategy": how much, how many); return the new (j, k)."""
    while k > 0 and SIZE_LEAD.match(low_list[j]):
        j += 1
        k -= 1
    return j, k


def _compound_modifier(low_list: list[str], text_list: list[str], j: int) -> bool:
    """A lower-case hyphenated participle ("salience-guided", "distribution-balanced") or an adverb before a
    kept adjective ("spatially dynamic") modifies the name; neither is a verb that opens the phrase.

    Examples
    --------
    >>> w = "salience-guided fusion module pre-trained encoder spatially dynamic weighting".split()
    >>> [_compound_modifier([x.lower() for x in w], w, j) for j in (0, 3, 5)]
    [True, False, True]
    """
    w = low_list[j]
    if text_list[j] != w:
        return False  # "Self-Augmented Visual Contrastive Decoding": a title's capitalised words
    if "-" in w and w.endswith("ed") and w.split("-")[0] not in _PARTICIPLE_PREFIXES:
        return True
    if w.endswith("ed") and "-" not in w and j > 0 and low_list[j - 1] in _PHRASE_SKIP and not _verb_form(w):
        return True  # "a windowed cross-attention module", "the ranked list loss": a noun made adjective
    nxt = low_list[j + 1] if j + 1 < len(low_list) else ""
    # "spatially dynamic", "a directionally decoupled", not a hedge ("seemingly moderate")
    return (w.endswith("ly") and not w.endswith("ingly") and len(w) > 5
            and (not _LEAD_DROP.match(nxt) or nxt in _ING_KEEP
                 or nxt.endswith("ed") and nxt not in PROPOSE_VERBS and j > 0 and low_list[j - 1] in _PHRASE_SKIP))


_PARTICIPLE_PREFIXES = frozenset("pre fine well re co hand".split())


def _verb_form(word: str) -> bool:
    """A participle of a verb ("modified", "fixed", "proposed"), not an adjective made from a noun ("windowed").

    >>> _verb_form("modified"), _verb_form("proposed"), _verb_form("windowed")
    (True, True, False)
    """
    stems = (word[:-1], word[:-2], word[:-3], word[:-3] + "y")
    return word in PROPOSE_VERBS or any(s in verbs() for s in stems)


def _keep_compound_modifiers(low_list: list[str], text_list: list[str], cands: list, j: int, k: int,
                             i: int) -> tuple[int, int]:
    """Drop leading verbs from a method phrase but keep compound modifiers ("spatially dynamic weighting module",
    "salience-guided distillation loss"), unless what they modify is a known name ("definition-anchored |
    chain-of-thought prompting"); return the new (j, k)."""
    plain = _drop_leading_verbs(low_list, j, k)
    kept = _drop_leading_verbs(low_list, j, k, text_list)
    if kept[0] < plain[0] and (kept[0] + 1 == i and "-" not in low_list[kept[0]] or any(
            c.rule == "gazetteer" and c.start == plain[0] and c.end == i + 1 for c in cands)):
        return plain  # an adverb right before the head is the verb's: "by directly decoding"
    return kept


def _verb_after_subject(low_list: list[str], text_list: list[str], j: int) -> bool:
    """Token ``j`` is a lower-case word right after a subject pronoun or a modal (``_VERB_SUBJECTS``): a verb the
    mined verb list may lack ("we formulate failure analysis as ...", "noise can impair perceptual grounding"),
    not the first modifier of the phrase after it. A capitalised word is a name ("Can LLM hallucinations ..."), and
    "it" after a verb is that verb's object ("we call it scene parsing").

    >>> words = "we formulate failure analysis ; can LLM hallucinations ; call it scene parsing".split()
    >>> [_verb_after_subject(words, words, j) for j in (1, 2, 6, 10)]
    [True, False, False, False]
    """
    if j < 1 or low_list[j - 1] not in _VERB_SUBJECTS:
        return False
    if low_list[j - 1] == "it" and j > 1 and low_list[j - 2].isalpha() and low_list[j - 2] not in _BEFORE_IT_VERB:
        return False
    return text_list[j].isalpha() and text_list[j].islower()


def _split_compound_tail(text_list: list[str], j: int) -> bool:
    """Token ``j`` follows a hyphen split off a name ("CLIP - style retrieval", "PhD - level science QA"): the
    tail of a compound whose head the phrase cannot hold, not a modifier of its own.

    >>> words = "a CLIP - style retrieval".split()
    >>> _split_compound_tail(words, 3), _split_compound_tail(words, 4)
    (True, False)
    """
    return j > 1 and text_list[j - 1] == "-"


def _design_clause(low_list: list[str], k: int) -> bool:
    """Token ``k`` is a verb's -ing form right after a design noun ("a pipeline combining image editing", "an
    evaluation system incorporating hallucination detection"): it opens a clause saying what the design does, so
    no head-noun phrase runs back over it.

    >>> words = "a pipeline combining image editing and autonomous driving scene reconstruction".split()
    >>> _design_clause(words, 2), _design_clause(words, 7)
    (True, False)
    """
    return k > 0 and low_list[k - 1] in DESIGN_NOUNS and gerund_lead(low_list[k])


def _past_known_name(cands: list, j: int, k: int, i: int) -> tuple[int, int]:
    """A one-word modifier before a known name of two or more words stays outside it ("definition-anchored |
    chain-of-thought prompting"): the known technique is the entity; return the new (j, k)."""
    if k > 0 and i > j + 1 and any(c.rule == "gazetteer" and c.start == j + 1 and c.end == i + 1 for c in cands):
        return j + 1, k - 1
    return j, k


def _known_task_variant(low_list: list[str], cands: list, j: int, i: int) -> str | None:
    """The gazetteer group of a known multi-word task that a hyphenated participle modifies, when the
    phrase ``j..i`` is one: "text-guided | image editing", "schema-grounded | information extraction".
    Such a participle names the task's variant, not a verb to drop; before a one-word task
    ("rule-constrained reasoning") it mostly describes a method.

    Examples
    --------
    >>> low = ["text-guided", "image", "editing"]
    >>> _known_task_variant(low, [Cand(1, 3, "TASK", "gazetteer", "g1", 0.9)], 0, 2)
    'g1'
    >>> _known_task_variant(["we", "image", "editing"], [Cand(1, 3, "TASK", "gazetteer", "g1", 0.9)], 0, 2) is None
    True
    """
    if j >= i or not (_LEAD_DROP.match(low_list[j]) and "-" in low_list[j].strip("-")):
        return None
    return next((c.group for c in cands if c.rule == "gazetteer" and c.label == "TASK"
                 and c.start == j + 1 and c.end == i + 1 and c.end - c.start >= 2), None)


# a capitalised word joined to a benchmark or corpus word names one: "Imagine-Bench", "Terminal-Corpus"
_HYPHENED_BENCH_NAME = re.compile(r"^[A-Z][\w.]*(?:-[\w.]+)*-(?:Bench|Corpus|Arena|Gym|Suite|QA)$")
# a digit-led acronym or word or a dimension joined to an acronym: "3DGS", "3DMM", "2Wiki", "2D-PRQ" (not "3D-aware",
# "8B-MLLM", "4Dgs")
_DIGIT_LED = re.compile(r"^(?!\d[BMKT]-|\dD[a-z])\d[A-Z](?:[A-Z0-9]+[a-z]*(?:-[A-Z0-9][A-Za-z0-9]*)*"
                        r"|-[A-Z][a-z]*[A-Z][\w\-]*|-[A-Z]{2}[\w\-]*|[a-z]{2,})$")
# a capitalised name with a "++" successor mark: "U-Net++", "Grad-CAM++", "No-Image++" (not "C++")
_PLUS_PLUS = re.compile(r"^[A-Z][\w\-.]{2,}\+\+$")
# a structure-of-parts name: "Chain-of-Look", "Mixture-of-Groups", "Best-of-N", "Tree-of-Writing"
_OF_NAME = re.compile(r"^(?i:chain|mixture|tree|graph|program|best|sketch|skeleton|buffer|forest)-of-[A-Z][\w\-]*$")
# a lower-case "X2Y" converter name: "seq2seq", "seq2frame"
_TWO_NAME = re.compile(r"^[a-z]{2,}2[a-z]{2,}$")
# a one-word model named after the Transformer: "Zipformer", "Gazeformer" (the Transformer itself is a known name)
_FORMER_NAME = re.compile(r"^(?!Trans)[A-Z][a-z]{2,}former$")


_YEAR_TAGGED = re.compile(r"^([A-Za-z][\w-]+)['\u2019]\d\d$")


@lru_cache(maxsize=1 << 17)
def _coined_after_prefix(text: str) -> bool:
    """A mixed-case word after capitalised hyphen parts ("E-shopIQ-M"), unless that word is a lower-case-led
    acronym or a listed term ("Pre-mRNA", "Task-fMRI")."""
    m = _PREFIXED_MIXED.match(text)
    return bool(m) and not _LOWER_LED_ACRONYM.match(m.group(1)) and m.group(1).split("-")[0] not in acronym_stop()


@lru_cache(maxsize=1 << 17)
def is_coined(text: str) -> bool:
    """Return True when ``text`` looks like a coined name (mixed case, digits, acronym); memoised (a pure
    function of the string).

    Examples
    --------
    >>> [is_coined(t) for t in ["MSRNet", "GPT-4o", "BERT", "Network", "3D", "GPU", "T5"]]
    [True, True, True, False, False, False, True]
    >>> [is_coined(t) for t in ["Self-MVA", "Swin-T", "Multi-GPU", "Vision-Language", "Whisper-small"]]
    [True, True, False, False, True]
    >>> [is_coined(t) for t in ["Imagine-Bench", "Terminal-Corpus", "Long-Context"]]
    [True, True, False]
    >>> [is_coined(t) for t in ["V-COCO", "A-OKVQA", "X-Ray", "E-Commerce", "U-Net"]]
    [True, True, False, False, False]
    >>> [is_coined(t) for t in ["Zipformer", "Transformer", "Former"]]
    [True, False, False]
    >>> [is_coined(t) for t in ["U-Net++", "Grad-CAM++", "C++"]]
    [True, True, False]
    >>> [is_coined(t) for t in ["3DGS", "2D-PRQ", "3DGS-MCMC", "3D-aware", "3D-Aware", "4K", "8B-MLLM", "3DMM-stored"]]
    [True, True, True, False, False, False, False, False]
    >>> [is_coined(t) for t in ["1D-ARC", "3D-FRONT", "3D-aware", "3D-Gaussian"]]
    [True, True, False, False]
    >>> [is_coined(t) for t in ["mini-WebVision", "tiny-ImageNet", "mini-GPU", "mini-Batch"]]
    [True, True, False, False]
    >>> [is_coined(t) for t in ["E-shopIQ-M", "6-DoF", "rs-fMRI", "Pre-mRNA", "Task-fMRI"]]
    [True, False, False, False, False]
    >>> [is_coined(t) for t in ["AIME'25", "Spring'24", "2Wiki", "4Dgs"]]
    [True, False, True, False]
    """
    if text.islower() and not _HAS_DIGIT.search(text):
        return False  # no capital and no digit: every test below needs one (the goal phrases ask for many such words)
    if len(text) < 2 or text in acronym_stop() or _UNITS.match(text):
        return False
    if text.endswith("s") and text[:-1] in acronym_stop():
        return False
    if (_MIXED.match(text) or _coined_after_prefix(text) or _DIGITS.match(text) or _ACRO.match(text)
            or _SIZED_WORD.match(text)
            or _HYPHENED_BENCH_NAME.match(text) or _FORMER_NAME.match(text) or _DIGIT_LED.match(text)
            or _PLUS_PLUS.match(text)):
        return True
    if _LETTER_PREFIXED.match(text):  # "V-COCO", "A-OKVQA", "V-JEPA": one capital letter before a coined part
        return text[2:] not in acronym_stop() and is_coined(text[2:])
    if _DIM_PREFIXED.match(text):  # "1D-ARC", "3D-FRONT": a dimension before a coined part
        return text[3:] not in acronym_stop() and is_coined(text[3:])
    if _SIZE_PREFIXED.match(text):
        return True
    year = _YEAR_TAGGED.match(text)
    if year:  # a contest or release with its year: "AIME'25"
        return is_coined(year.group(1))
    # a capitalised word joined to a coined part: "Self-MVA", "Hyper-HRNet", "Swin-T"
    if "-" in text and _CAPWORD_PART.match(text):
        head, _, rest = text.partition("-")
        return bool(_SIZE_LETTER.match(rest)) or all(
            p not in acronym_stop() for p in rest.split("-")) and is_coined(rest)
    return False


def _indices(words: list[str], word: str, start: int, stop: int) -> list[int]:
    """The indices ``i`` in ``start..stop`` (``stop`` excluded) with ``words[i] == word``, in order (found by
    ``list.index``, which scans in C, not by a Python loop over every word).

    >>> _indices("a b a c a".split(), "a", 1, 5), _indices(["a"], "b", 0, 1)
    ([2, 4], [])
    """
    out: list[int] = []
    if stop <= start:
        return out  # (``list.index`` would read a negative stop from the end)
    try:
        while True:
            start = words.index(word, start, stop)
            out.append(start)
            start += 1
    except ValueError:
        return out


# nouns a lower-case size word modifies instead of naming a variant: "the Ling-2.0 base model" is Ling-2.0
_SIZED_NOUNS = frozenset("model models version versions variant variants checkpoint checkpoints".split())


def _size_word_modifies(text_list: list[str], k: int) -> bool:
    """Token ``k`` is a lower-case size word ("base", "large") before a noun it modifies: "the X-8B base model"
    names X-8B's base model, not a variant called "X-8B base" (a variant is written "X-base" or "X Base"); a
    version with a digit stays: "the GPT 4o models"."""
    return (text_list[k].isalpha() and text_list[k].islower() and k + 1 < len(text_list)
            and text_list[k + 1].lower() in _SIZED_NOUNS)


def _article_opens_phrase(text_list: list[str], k: int) -> bool:
    """Token ``k`` is the article "A" opening a phrase, not a variant letter: "IdiomX A Multilingual Benchmark"
    (a title missing its colon), unlike "ResEnc M and ResEnc L"."""
    nxt = text_list[k + 1] if k + 1 < len(text_list) else ""
    return text_list[k] == "A" and nxt.isalpha() and len(nxt) > 1 and nxt not in ("and", "or")


def _coined_shape(text: str) -> bool:
    """The token test of the ``coined`` rule (a pure function of the token string).

    Examples
    --------
    >>> [_coined_shape(t) for t in ["MSRNet", "wav2vec2.0", "ALL", "F1", "Transformer-based", "network"]]
    [True, True, False, False, False, False]
    >>> [_coined_shape(t) for t in ["Zipformer", "Transformer"]]
    [True, False]
    >>> [_coined_shape(t) for t in ["seq2seq", "seq2frame", "agr78"]]
    [True, True, False]
    >>> [_coined_shape(t) for t in ["Chain-of-Look", "Best-of-N", "Out-of-Distribution"]]
    [True, True, False]
    """
    if text.isalpha() and text[1:].islower() and not text.endswith("former"):
        return False  # a word ("the", "Model"): no test below passes one (the patterns need a digit, "-" or "former")
    if _TWO_NAME.match(text) or _OF_NAME.match(text):
        return True
    # cheap shape test first: an inner capital or a digit
    # all lower case only with a digit and a joint: "wav2vec2.0", "m2cai16-tool-locations"
    if len(text) < 2 or (text[1:].islower() and not _HAS_DIGIT.search(text) and not _SIZED_WORD.match(text)
                         and not _FORMER_NAME.match(text)) \
            or text.islower() and ("-" not in text and "." not in text or not _HAS_DIGIT.search(text)):
        return False
    if not is_coined(text) or _ADJ_COMPOUND.match(text) or _NOT_NAME.search(text):
        return False
    if text.isupper() and text.lower() in STOP_WORDS:  # emphasis: "WHEN", "ALL", "NOT"
        return False
    return True


_USE_GERUNDS = frozenset("using leveraging applying employing adopting utilizing utilising exploiting".split())


def _gerund(word: str, verb_set) -> bool:
    """ "incorporating", "using": the -ing form of a known verb.

    Examples
    --------
    >>> _gerund("incorporating", {"incorporate"}), _gerund("learning", {"incorporate"})
    (True, False)
    """
    if not word.endswith("ing") or len(word) < 6:
        return False
    stem = word[:-3]
    return stem in verb_set or stem + "e" in verb_set or (len(stem) > 2 and stem[-1] == stem[-2] and stem[:-1] in verb_set)


@lru_cache(maxsize=1 << 16)
def _ends_modifiers(text: str) -> bool:
    """The word ``text`` cannot modify the head noun after it (:meth:`RuleMatcher._heads`): a stop word, a use
    gerund ("using"), a verb, a plural or third-person form, a symbol, a coined name (memoised: a pure function of
    the word, tested for every word before every head).

    >>> [_ends_modifiers(w) for w in ("the", "using", "ResNet", "contrastive", "models", "atlas")]
    [True, True, True, False, True, False]
    """
    low = text.lower()
    return (low in _USE_GERUNDS or low in STOP_WORDS or not _WORDISH.match(text) or low in verbs()
            or s_form(low) and not low.endswith("as") and low not in METHOD_HEADS or is_coined(text))


_TITLE_BREAKS = frozenset("for with via using in on through and to from towards".split())


def _title_definition(doc: Doc) -> tuple[int, int, int, int] | None:
    """A title that spells out its name after the colon: "DACN: Dual-Attention Convolutional Network for ...".

    Returns (short start, short end, long start, long end) when the Title-Case words right after the colon
    spell the name's letters (each word's initial in order), else None.
    """
    text_list = texts(doc)
    title_end = token_index(doc)["title_end"]
    if title_end < 4 or text_list[1] not in TITLE_SEPARATORS:
        return None
    short = text_list[0]
    if not any(ch.isupper() for ch in short) or not short[:1].isalpha():
        return None
    start = 2 + (text_list[2] in ("A", "An", "The"))
    end = start
    low_list = lowers(doc)
    while end < title_end and end - start < 8 and text_list[end][:1].isupper() and low_list[end] not in _TITLE_BREAKS:
        end += 1
    if end - start < 2 or end < title_end and text_list[end][:1].isupper() and low_list[end] not in _TITLE_BREAKS:
        return None
    long = span_text(doc, start, end)  # the whole Title-Case run: "NepTam: A Nepali-Tamang Parallel Corpus" is no match
    initials = iter(short.lower())
    head = singular(low_list[end - 1])
    if head in TASK_HEADS or head not in METHOD_HEADS | DATASET_HEADS:
        return None  # "EIS: Efficient Image Segmentation" also names the task the title addresses
    if all(w[0].lower() in initials for w in long.split()) and best_long_form(short, long) == long:
        return 0, 1, start, end
    return None


class RuleMatcher:
    """Add rule candidates to ``doc._.kg_cands`` and acronym pairs to ``doc._.kg_abbrevs``.

    Rules: ``abbreviation`` (Schwartz-Hearst definitions), ``coined`` (name-shaped tokens, with a
    following version/size token), ``head_method`` / ``head_task`` (modifiers + a head noun such as
    "loss" or "detection"), ``title_for`` (the phrase after "for" in a title).
    """

    RULES = ("_abbreviations", "_coined", "_sized_models", "_heads", "_defined_task_heads", "_to_compounds", "_title",
             "_title_name", "_proposal_names", "_own_name_variants", "_capitalised", "_components", "_dataset_lists",
             "_proposed_phrases", "_used_phrases", "_list_members", "_scored_on", "_title_goals", "_title_agents",
             "_opening_topic", "_task_of", "_enumerated_parts", "_role_names")

    def __init__(self, nlp: Language, name: str = "kg_rules", *, max_modifiers: int = 4):
        ensure_extensions()
        register_word_flags(nlp.vocab)
        self.name = name
        self.max_modifiers = max_modifiers

    def __call__(self, doc: Doc) -> Doc:
        cands = cands_of(doc)
        for rule in self.RULES:  # in this order: later rules look at earlier candidates
            getattr(self, rule)(doc, cands)
        return doc

    # helpers
    def _abbreviations(self, doc: Doc, cands: list) -> None:
        pairs = []
        for i, ab in enumerate(find_abbreviations(doc_text(doc))):
            s = doc.char_span(ab.short_start, ab.short_end, alignment_mode="expand")
            l = doc.char_span(ab.long_start, ab.long_end, alignment_mode="expand")
            if s is None or l is None or s.start < l.end and l.start < s.end:
                continue
            pairs.append((s.start, s.end, l.start, l.end))
            cands.append(Cand(s.start, s.end, "NAME", "abbreviation", f"abbr:{i}", 0.85))
            cands.append(Cand(l.start, l.end, "NAME", "abbreviation", f"abbr:{i}", 0.85))
        title_pair = _title_definition(doc)
        if title_pair and all(span_text(doc, p[0], p[1]) != texts(doc)[0] for p in pairs):  # the abstract's wins
            pairs.append(title_pair)
            cands.append(Cand(title_pair[0], title_pair[1], "NAME", "abbreviation", "abbr:title", 0.85))
            cands.append(Cand(title_pair[2], title_pair[3], "NAME", "abbreviation", "abbr:title", 0.85))
        doc.user_data["kg_abbrevs"] = pairs

    def _coined(self, doc: Doc, cands: list) -> None:
        n = len(doc)
        if not n:
            return
        text_list = texts(doc)
        sent_starts = set(doc.user_data.get("kg_sent_starts") or ())
        for i in flagged_tokens(doc, COINED_FLAG):
            end = i + 1
            if (end < n and end not in sent_starts and _VERSION.match(text_list[end])
                    and not _article_opens_phrase(text_list, end) and not _size_word_modifies(text_list, end)):
                end += 1
            cands.append(Cand(i, end, "NAME", "coined", "", 0.6))

    def _sized_models(self, doc: Doc, cands: list) -> None:
        """A known one-word model with the size or release it is run at ("Whisper large-v3", "Whisper medium",
        "Gemma 9B"): the variant is its own model name."""
        text_list = texts(doc)
        sent_starts = set(doc.user_data.get("kg_sent_starts") or ())
        n = len(doc)
        for c in [c for c in cands if c.rule == "gazetteer" and c.label == "METHOD" and c.end - c.start == 1]:
            e = c.end
            if e < n and e not in sent_starts and text_list[c.start][:1].isupper() and _MODEL_SIZE.match(text_list[e]):
                cands.append(Cand(c.start, e + 1, "NAME", "coined", "", 0.6))

    def _heads(self, doc: Doc, cands: list) -> None:
        low_list = lowers(doc)
        text_list = texts(doc)
        sent_starts = set(doc.user_data.get("kg_sent_starts") or ())
        # a known dataset ends the modifiers: "COCO object detection" is the task on the dataset
        data_ends = {c.end for c in cands if c.rule == "gazetteer" and c.label == "DATASET"}
        for i in positions(doc, _ALL_HEADS):
            low = low_list[i]
            is_m = low in METHOD_HEADS
            fallback = low in FALLBACK_TASK_HEADS
            is_t = low in TASK_HEADS or fallback
            j = i
            k = 0
            acro = False
            while j > 0 and k < self.max_modifiers and j not in data_ends:
                pl = low_list[j - 1]
                pt = text_list[j - 1]
                if (is_t and not is_m and not acro and j not in sent_starts and _TASK_ACRO_MOD.match(pt)
                        and pt not in ("AI", "ML", "DL")):
                    # one acronym or "3D" may modify a task: "ECG interpretation", "monocular 3D estimation"
                    j -= 1
                    k += 1
                    acro = True
                    continue
                task_setting = is_t and not is_m and pl in _TASK_SETTING_WORDS
                if j in sent_starts or pl in GENERIC_MODIFIERS and not task_setting or _ends_modifiers(pt):
                    break
                if _design_clause(low_list, j - 1):
                    break
                if pl in DATASET_HEADS and _named_before(text_list, sent_starts, j - 1):
                    break  # not "the Foo dataset achieving reasonable reconstruction": the name and its dataset word
                j -= 1
                k += 1
            variant = _known_task_variant(low_list, cands, j, i) if is_t and not is_m and not fallback else None
            if variant is not None:
                # a known task's variant: one entity with the task's other mentions, which become aliases
                cands.append(Cand(j, i + 1, "TASK", "gazetteer", variant, 0.9))
                continue
            j, k = _keep_compound_modifiers(low_list, text_list, cands, j, k, i) if is_m and not is_t else (
                _drop_leading_verbs(low_list, j, k))
            j, k = _past_size_lead(low_list, j, k)
            if k > 1 and (_verb_after_subject(low_list, text_list, j) or _split_compound_tail(text_list, j)):
                j, k = j + 1, k - 1
            # a task keeps its core: "lossless training acceleration" -> "training acceleration"
            while k > 0 and is_t and (_TASK_LEAD_STRIP.match(low_list[j])
                                      or k > 1 and _lead_quality(low_list[j])):
                j += 1
                k -= 1
            if fallback:  # kept aside, not a candidate: the task only when there is no other (see finish_tasks)
                if k:
                    doc.user_data.setdefault("kg_fallback_tasks", []).append((j, i + 1))
                continue
            if k == 0:
                if low in _BARE_TASKS and i > 0 and any(ch.isalnum() for ch in text_list[i - 1]):
                    cands.append(Cand(i, i + 1, "TASK", "head_task", "", 0.4))
                continue
            label = "TASK" if is_t and not is_m else "METHOD"
            if is_t and is_m:
                label = "AMBIG"
            cands.append(Cand(j, i + 1, label, "head_task" if label == "TASK" else "head_method", "", 0.5))

    @staticmethod
    def _defined_task_heads(doc: Doc, cands: list) -> None:
        """A task head right after an acronym definition names the task with the long form: "out-of-distribution
        (OOD) detection", "human-object interaction (HOI) detection" (the resolver names it without the brackets)."""
        low, txt = lowers(doc), texts(doc)
        for s0, s1, l0, l1 in abbrevs_of(doc):
            if not (s0 == l1 + 1 and low[l1] == "(" and s1 + 1 < len(doc) and low[s1] == ")"
                    and low[s1 + 1] in TASK_HEADS and low[s1 + 1] not in METHOD_HEADS):
                continue
            short, head = low[s0:s1], low[s1 + 1]
            n = len(short)
            # a capitalised or known long form names a technique of its own ("Chain-of-Thought (CoT) reasoning",
            # "Event-based Double Integral (EDI) deblurring"), and so does an acronym written without the head
            if (any(ch.isupper() for t in txt[l0 + 1:l1] + [txt[l0][1:]] for ch in t)
                    or any(c.rule == "gazetteer" and c.start < l1 and l0 < c.end
                           or c.start == s0 and c.label == "METHOD" for c in cands)
                    or any(k + n == len(doc) or low[k + n] != head for k in range(s1 + 2, len(doc) - n + 1)
                           if low[k] == short[0] and low[k:k + n] == short)):
                continue
            cands.append(Cand(l0, s1 + 2, "TASK", "head_task", "", 0.5))

    @staticmethod
    def _to_compounds(doc: Doc, cands: list) -> None:
        """A bare "X-to-Y" modality pair names a task ("text-to-SQL", "text-to-image diffusion models");
        followed by a task head it is already a modifier ("text-to-image generation")."""
        if "-to-" not in doc_text(doc).lower():  # a token holding it lies in the text (most abstracts have none)
            return
        low_list = lowers(doc)
        for i in [i for i, low in enumerate(low_list) if "-to-" in low]:
            low = low_list[i]
            nxt = low_list[i + 1] if i + 1 < len(doc) else ""
            if modality_pair(low) and nxt not in TASK_HEADS:
                cands.append(Cand(i, i + 1, "TASK", "head_task", "", 0.5))

    def _title(self, doc: Doc, cands: list) -> None:
        # the title is the first sentence (the pipeline joins title and abstract with a blank line)
        end = token_index(doc)["title_end"]
        low_list, text_list = lowers(doc), texts(doc)
        for ti in range(end):
            if low_list[ti] in ("for", "towards", "toward") and ti + 1 < end:
                k = ti + 1
                while k < end and low_list[k] not in _TITLE_STOP and low_list[k] != "for":
                    k += 1
                start = ti + 1
                while start < k and (low_list[start] in GENERIC_MODIFIERS or low_list[start] in verbs()
                                     or not text_list[start].isalpha() and "-" not in text_list[start]
                                     or _LEAD_DROP.match(low_list[start]) and low_list[start] not in _ING_KEEP
                                     or _TASK_LEAD_STRIP.match(low_list[start])):
                    start += 1
                start = _past_aspect(low_list, start, k)
                if (0 < k - start <= 6 and low_list[k - 1] in _TASK_HEADS_OR_LEARNING
                        and all(_WORDISH.match(x) or is_coined(x) for x in text_list[start:k])):
                    cands.append(Cand(start, k, "TASK", "title_for", "", 0.8))
        # "Name: what it does" -> the name (the token strings are scanned: building Tokens is slower)
        for i in range(1, min(end, 6)):
            if text_list[i] in TITLE_SEPARATORS:
                span = doc[:i]
                if span[-1].lower_ in _DOCUMENT_WORDS:
                    break  # "PVUW 2025 Challenge Report: ...": the paper itself, not a method it names
                if (len(span) == 1 or any(is_coined(x.text) for x in span) or span[-1].lower_ in METHOD_HEADS
                        or singular(span[-1].lower_) in ("optimizer", "benchmark", "dataset", "corpus")):
                    # "Revisiting: ...", "Fact-checking ...: ..." open with a gerund; "Semantic-Clipping: ...",
                    # "ROSA-Tuning: ..." are names
                    if (span[0].lower_ not in GENERIC_MODIFIERS and not (span[0].lower_.endswith("ing")
                                                                         and not _coined_gerund(span[0].text))
                            and not any(x.lower_ in STOP_WORDS or is_punct(x.text) and x.text not in "-+"
                                        for x in span)):
                        if len(span) > 1 and span[-1].lower_ in TASK_HEADS and span[-1].lower_ not in METHOD_HEADS:
                            # "AI-Generated Image Detection: An Empirical Study": the topic, not a name
                            cands.append(Cand(0, i, "TASK", "title_for", "", 0.8))
                            break
                        cands.append(Cand(0, i, "NAME", "title_prefix", "", 0.8))
                        self._repeats(doc, cands, i, end)
                break

    @staticmethod
    def _title_agents(doc: Doc, cands: list) -> None:
        """A title naming a kind of agent ("for GUI Agents", "Benchmarking General-Purpose Agents") names the
        application the paper serves, a task; not a bare or generic one ("LLM Agents", "A Unified Visual Agent")
        nor the means or the one agent the paper builds ("via a Meta Agent")."""
        end = token_index(doc)["title_end"]
        low, txt = lowers(doc), texts(doc)
        for i in range(1, end):
            if low[i] not in ("agent", "agents") or i + 1 < end and low[i + 1] in TASK_HEADS:
                continue
            j = i
            while j > 0 and i - j < 3 and _agent_kind(low[j - 1], txt[j - 1]):
                j -= 1
            if j < i and (j == 0 or low[j - 1] not in MEANS_PREPS and low[j - 1] not in ("a", "an")):
                cands.append(Cand(j, i + 1, "TASK", "title_agent", "", 0.8))

    @staticmethod
    def _title_goals(doc: Doc, cands: list) -> None:
        """Title phrases in a goal slot name a task even without a task head noun: the phrase a means
        follows ("Knowledge Composition using ...", "Name: Direct Space Partition via ..."), the object of
        a study noun ("An Empirical Analysis of Feature Engineering") or of a problem verb ("to Address
        Class Imbalance"), and the setting after "for X in" ("for Object Identification in Robotic
        Grasping")."""
        end = token_index(doc)["title_end"]
        low, txt = lowers(doc), texts(doc)
        seen_for = False
        for i in range(end - 1):
            w = low[i]
            start = -1
            if w in MEANS_PREPS and i > 0:
                s = i
                while s > 0 and goal_word(low[s - 1], txt[s - 1]):
                    s -= 1
                if s < i and (s == 0 or low[s - 1] == ":"):
                    if s == 0 and any(c.rule == "title_name" and c.start == 0 and c.end == i for c in cands):
                        # "Knowledge Composition using Task Vectors": what is done, not the technique's name
                        cands[:] = [c for c in cands if c.rule != "title_name"]
                    _add_goal(doc, cands, s, i)
            elif w in _STUDY_NOUNS and low[i + 1] in ("of", "on"):
                start = i + 2
            elif w in _SOLVE_VERBS:
                start = i + 1
            elif w in _STUDY_VERBS and (i == 0 or low[i - 1] == ":"):
                # "KV-CoRE: Benchmarking Data-Dependent Low-Rank Compressibility of ..."
                _add_goal(doc, cands, i + 1, _goal_end(low, txt, i + 1, end), min_words=2)
            elif w in _PURPOSE:
                _purpose_goal(doc, cands, i + 1, end)
            elif w == "in" and seen_for and low[i - 1] not in STOP_WORDS:
                start = i + 1
                if not _NOMINAL.search(low[_goal_end(low, txt, start + (low[start] == "the"), end) - 1]):
                    start = -1
            if w == "for":
                seen_for = True
            elif w in STOP_WORDS or not any(ch.isalnum() for ch in w):
                seen_for = seen_for and w == "-"
            if start > 0:
                if start < end and low[start] == "the":
                    start += 1
                _add_goal(doc, cands, start, _goal_end(low, txt, start, end))

    @staticmethod
    def _opening_topic(doc: Doc, cands: list) -> None:
        """The topic the abstract opens with: a sentence-initial phrase that "aims to", "has emerged",
        "remains ..." ("Language-guided photo retouching aims to ..."), or the object of "advances in X"
        in the first two sentences ("Recent advancements in unpaired dehazing ...")."""
        end = token_index(doc)["title_end"]
        low, txt = lowers(doc), texts(doc)
        starts = [i for i in (doc.user_data.get("kg_sent_starts") or ()) if end <= i < len(doc)]
        while starts and starts[0] < len(doc) - 1 and not any(ch.isalnum() for ch in txt[starts[0]]):
            starts[0] += 1
        bounds = list(zip(starts, starts[1:] + [len(doc)]))[:2]
        for n, (s0, s1) in enumerate(bounds):
            s = s0 + (low[s0] == "the")
            e = s
            while e < min(s1 - 1, s + 6) and goal_word(low[e], txt[e]) and not _opening_cue(low, e):
                e += 1
            spans = [(s, e)] if n == 0 and s < e < s1 - 1 and _opening_cue(low, e) else []
            for i in positions(doc, _ADVANCE_NOUNS):
                if s0 <= i < s1 - 2 and low[i + 1] == "in":
                    k = i + 2 + (low[i + 2] == "the")
                    spans.append((k, _goal_end(low, txt, k, s1)))
            for a, b in spans:
                if b > a and not (low[b - 1] in _GENERIC_HEADS or singular(low[b - 1]) in _GENERIC_HEADS):
                    n_before = len(cands)
                    _add_goal(doc, cands, a, b, min_words=2, rule="opening_topic")
                    if len(cands) > n_before and any(c.start < end and c.label in ("TASK", "AMBIG")
                                                     and low[c.end - 1] == low[cands[-1].end - 1] for c in cands):
                        cands.pop()  # the title already names a task with this head: "ECG interpretation"

    @staticmethod
    def _task_of(doc: Doc, cands: list) -> None:
        """The object of "the task(s) of" in the abstract names a task even without a task head noun ("we
        address the task of video chaptering", "the task of frame extrapolation"); not a gerund's object ("the
        task of identifying ...") nor a plural ("the task of noisy labels"). ("the problem of X" was measured
        and left out: it names difficulties as often as tasks.)"""
        end = token_index(doc)["title_end"]
        low, txt = lowers(doc), texts(doc)
        for i in positions(doc, _TASK_OF_NOUNS):
            if end <= i < len(doc) - 2 and low[i + 1] == "of":
                s = i + 2 + (low[i + 2] == "the")
                e = _goal_end(low, txt, s, len(doc))
                if e > s and not _plural_word(low[e - 1]) and not gerund_lead(low[s]):
                    _add_goal(doc, cands, s, e, min_words=2, rule="task_of")

    @staticmethod
    def _title_name(doc: Doc, cands: list) -> None:
        """A title that opens with a technique's name ("Discrete Key-Value Bottleneck", "Offline Semantic
        Guidance for ...") written again in the abstract names what the paper proposes: the title span
        and each repeat become ``title_name`` candidates."""
        end = token_index(doc)["title_end"]
        low_list, text_list = lowers(doc), texts(doc)
        k = 0
        while k < end and low_list[k] not in _TITLE_NAME_STOP:
            k += 1
        words = [w for w in text_list[:k] if w != "-"]
        if not 2 <= len(words) <= 5 or (k < end and low_list[k] in ("-", "?", "!")):
            return
        first, last = low_list[0], low_list[k - 1]
        if (first in STOP_WORDS or first in GENERIC_MODIFIERS or first in verbs() or _LEAD_DROP.match(first)
                and first not in _ING_KEEP or not text_list[0][:1].isupper()
                or singular(last) in _GENERIC_HEADS or last in DATASET_HEADS or last in METRIC_HEADS
                or last in TASK_HEADS and last not in METHOD_HEADS or _ADJ_COMPOUND.match(text_list[k - 1])
                or last == "based" or any(w in DATASET_HEADS or w.startswith("benchmark") for w in low_list[k:end])
                or not all(_WORDISH.match(w) or is_coined(w) for w in text_list[:k] if w != "-")):
            return
        if not proposal_windows(doc):
            return
        name = low_list[:k]
        n = len(name)
        stem = singular(name[-1])
        repeats = [i for i in _indices(low_list, first, end, len(doc) - n + 1)
                   if low_list[i:i + n - 1] == name[:-1] and singular(low_list[i + n - 1]) == stem]
        if not repeats:
            return
        for i in [0] + repeats:
            cands.append(Cand(i, i + n, "METHOD", "title_name", "", 0.7))

    @staticmethod
    def _repeats(doc: Doc, cands: list, n: int, title_end: int) -> None:
        """Later mentions of the title's name ("Video-Oasis: ..." then "we provide Video-Oasis, a suite")."""
        text_list = texts(doc)
        name = text_list[:n]
        for i in _indices(text_list, name[0], title_end, len(doc) - n + 1):
            if text_list[i:i + n] == name:
                cands.append(Cand(i, i + n, "NAME", "title_repeat", "", 0.7))

    def _proposal_names(self, doc: Doc, cands: list) -> None:
        """Capitalised or coined names right after "we propose" / "called" ("we introduce Middo, a ...")."""
        low, txt = lowers(doc), texts(doc)
        for ws, we, naming in proposal_windows(doc, width=10):
            k = ws
            limit = min(we, ws + (6 if naming else 4))
            while k < limit and (low[k] in _SKIP_BEFORE_NAME or txt[k] in ('"', "'", "“", "`", "``")
                                 or txt[k].isspace()):  # a run of blanks: "we propose  Name"
                k += 1
            if k >= we or doc[k].is_sent_start:
                continue
            k = _past_modifiers(doc, k, we)
            if not (txt[k][:1].isupper() or is_coined(txt[k])) or low[k] in GENERIC_MODIFIERS:
                continue
            e = k + 1
            while e < we and e - k < 6:
                if txt[e][:1].isupper() or is_coined(txt[e]):
                    e += 1
                elif (low[e] in _NAME_CONNECTORS and e + 1 < we and txt[e + 1][:1].isupper()
                      and not (low[e] == "and" and (is_coined(txt[e - 1]) or is_coined(txt[e + 1])))):
                    e += 2  # "Search and Rescue Net" is one name; "FooNet and BarNet" are two
                elif (txt[e] == "-" and e + 2 < we and low[e + 1] in _MODIFIER_SUFFIXES
                      and txt[e + 2][:1].isupper() and not is_coined(txt[e - 1])):
                    # "named Dictionary-based Cross Attention Entropy model" (the tokenizer splits "-based" off a
                    # capitalised word); "kNN-based X" names another entity in its modifier
                    e += 3
                else:
                    break
            if e < we and _RELEASE.match(txt[e]):
                e += 1  # "we present Agentics 2.0"
            if _describes_a_name(doc, k, e, we) or _opens_lower_case_name(doc, k, e):
                continue
            cands.append(Cand(k, e, "NAME", "proposal_name", "", 0.75))

    def _own_name_variants(self, doc: Doc, cands: list) -> None:
        """A variant of the paper's own one-word name (from the title or a "we propose" window) written as one
        hyphenated token with a capitalised or numbered part ("Orchard-GUI", "Entangled-D", "FooBench-Lite") or
        followed by its size ("Kuwain 1.5B", "FooSet 2k"): the spec makes each written variant its own entity."""
        own = own_one_word_names(doc)
        if not own:
            return
        txt, low = texts(doc), lowers(doc)
        sent_starts = set(doc.user_data.get("kg_sent_starts") or ())
        coined = set(flagged_tokens(doc, COINED_FLAG))
        lower_variants = own_lower_variants(txt, own)
        for i, word in enumerate(txt):
            if low[i] in own:
                if i + 1 < len(txt) and i + 1 not in sent_starts and _RELEASE_SIZE.match(txt[i + 1]):
                    cands.append(Cand(i, i + 2, "NAME", "coined", "", 0.6))
            elif i not in coined and (_own_variant_token(word, own) or word in lower_variants):
                cands.append(Cand(i, i + 1, "NAME", "coined", "", 0.6))

    def _components(self, doc: Doc, cands: list) -> None:
        """Modifiers + a part-of-a-method noun: "coarse-to-fine tokenization strategy", "semantic alignment
        constraint". The resolver keeps them only where the authors describe their own method."""
        low_list, text_list = lowers(doc), texts(doc)
        sent_starts = set(doc.user_data.get("kg_sent_starts") or ())
        verb_set = verbs()
        for i in positions(doc, COMPONENT_HEADS):
            j, k = i, 0
            while j > 0 and k < self.max_modifiers and j not in sent_starts:
                pl, pt = low_list[j - 1], text_list[j - 1]
                if j > 2 and based_at(low_list, j - 2) and _WORDISH.match(text_list[j - 3]):
                    j -= 3  # "curriculum-based integration strategy"
                    k += 1
                    continue
                if (pl in GENERIC_MODIFIERS or pl in STOP_WORDS or pl in verb_set
                        or not (_WORDISH.match(pt) or is_coined(pt) or pt[:1].isdigit() and "-" in pt)):
                    break
                j -= 1
                k += 1
            j, k = _drop_leading_verbs(low_list, j, k, text_list)
            j, k = _past_size_lead(low_list, j, k)
            j, k = _past_known_name(cands, j, k, i)
            if k >= 2 and low_list[i - 1] not in COMPONENT_GENERIC:
                cands.append(Cand(j, i + 1, "METHOD", "head_component", "", 0.5))

    @staticmethod
    def _enumerated_parts(doc: Doc, cands: list) -> None:
        """The technique phrase opening each item of an enumerated list of the paper's own parts: "SACL introduces
        three mechanisms: (1) adaptive epoch scheduling, (2) hard sample injection", "(ii) a physics-guided
        rendering module that ..."; lists of challenges, findings or tasks are left out."""
        low_list, text_list = lowers(doc), texts(doc)
        verb_set = verbs()
        own = None  # whether the current list (from its first item) lists the paper's own parts
        for m in positions(doc, _ENUM_CLOSE):
            item = _ENUM_ITEM.match(low_list[m - 1]) if m > 0 else None
            if not item:
                continue
            if item.group(1) in _ENUM_FIRST:
                own = _own_list_opener(doc, m - 1)
            if not own:
                continue
            k = m + 1
            while k < len(doc) and low_list[k] in _PHRASE_SKIP:
                k += 1
            e = _enum_phrase_end(low_list, text_list, k, verb_set)
            if (e - k >= 2 and _technique_head(low_list[e - 1]) and not (e < len(doc) and low_list[e] == "of")
                    and not _verb_lead(text_list[k]) and not any(_PLURAL.match(w) for w in text_list[k:e - 1])):
                cands.append(Cand(k, e, "METHOD", "enum_part", "", 0.6))

    def _dataset_lists(self, doc: Doc, cands: list) -> None:
        """Capitalised names listed right before a dataset word: "the Tough Tables and BiodivTab datasets",
        "on the Lmsys and MT-Bench datasets" (languages such as "Polish benchmarks" are left out)."""
        low_list, text_list = lowers(doc), texts(doc)
        sent_starts = set(doc.user_data.get("kg_sent_starts") or ())
        title_end = token_index(doc)["title_end"]
        for h in positions(doc, _LIST_DATA_HEADS):
            if h <= title_end or h + 2 < len(doc) and low_list[h + 1] == "of" and low_list[h + 2] in SUITE_MEMBERS:
                continue  # "the Ettin suite of models"
            e = h
            while e > title_end:
                s = e
                years = 0  # a year inside the name: "the RSNA 2023 Abdominal Trauma dataset"
                while s > 0 and e - s - years < 4 and (s - 1) not in sent_starts and (
                        _DS_TOKEN.match(text_list[s - 1]) or s > 1 and s < e and _DS_YEAR.match(text_list[s - 1])
                        and _DS_TOKEN.match(text_list[s - 2])
                        or s < e and _DS_DIM.match(text_list[s - 1]) and not text_list[s].isupper()
                        or s == e and s > 1 and _DS_DIM.match(text_list[s - 1]) and _DS_TOKEN.match(text_list[s - 2])):
                    s -= 1
                    years += bool(_DS_YEAR.match(text_list[s]))
                if s == e or (s - 1 in sent_starts and s > 0):
                    break
                a = s + 1 if low_list[s] in STOP_WORDS and e - s > 1 else s
                if not (e - a == 1 and (low_list[a] in STOP_WORDS or low_list[a] in GENERIC_MODIFIERS
                                        or _LANGUAGE.match(text_list[a]) or _ADJ_COMPOUND.match(text_list[a]))):
                    # a capitalised head word is part of the name: "Urban Street Tree Dataset"
                    cands.append(Cand(a, e + 1 if e == h and text_list[h][:1].isupper() else e, "DATASET",
                                      "dataset_list", "", 0.6))
                if s > 1 and low_list[s - 1] in (",", "and", "or", "&"):
                    e = s - 1
                    if low_list[e - 1] == "," and e > 1:
                        e -= 1
                else:
                    break

    def _proposed_phrases(self, doc: Doc, cands: list) -> None:
        """A lower-case technique name right after "we propose/introduce" ("we introduce stochastic
        backtracking over ...", "we propose LoRA-based pose control for ..."); generic heads
        ("a novel framework", "two mechanisms"), plurals and phrases headed by a parameter, environment, metric or
        thing ("a regularization parameter", "a sandbox environment") are left out."""
        low_list = lowers(doc)
        for ws, we, naming in proposal_windows(doc, width=10):
            if naming or ws < 1 or low_list[ws - 1] not in _PHRASE_VERBS:
                continue
            span = _technique_phrase(doc, ws, we) or _modified_phrase(doc, cands, ws, we)
            if span and low_list[span[1] - 1] not in _NOT_TECHNIQUES:
                cands.append(Cand(span[0], span[1], "METHOD", "proposed_phrase", "", 0.6))

    @staticmethod
    def _used_phrases(doc: Doc, cands: list) -> None:
        """A lower-case technique name right after the authors' "we use/employ/adopt ..." ("we employ a
        speaking-style personalization", "we further apply median smoothing"): a tool the paper uses. After
        "via" or a use verb with another subject ("X employs temporal smoothing"), only a phrase with a
        technique head counts ("... leverages frequency information" names data, "... employs vision-language
        reasoning" an ability)."""
        low_list = lowers(doc)
        own = None  # the paper's one-word names (title or proposal name), lower-cased; read once
        for i in positions(doc, _USE_OR_MEANS):
            j = i - 1 - (i > 1 and low_list[i - 1] in _USE_ADVERBS)
            ours = j >= 0 and low_list[j] == "we"
            if low_list[i] in _OWN_MEANS_CUES:
                if own is None:
                    own = own_one_word_names(doc)
                if j < 0 or low_list[j] not in own:
                    continue  # "HOP3D introduces ...": the paper's one-word name (j < 0: no subject at doc start)
            elif not ours and low_list[i] not in _MEANS_CUES:
                continue
            span = _technique_phrase(doc, i + 1, min(sentence_of(doc, i)[1], i + 11))
            # "we use LoRA fine-tuning": the name is the entity; "we use gradient information": data, not a tool
            if not span or not texts(doc)[span[0]].islower() or low_list[span[1] - 1] in _USED_NOT_TOOLS:
                continue
            last = low_list[span[1] - 1]
            if ours or _technique_head(last) and (last in METHOD_HEADS or last not in TASK_HEADS):
                cands.append(Cand(span[0], span[1], "METHOD", "used_phrase", "", 0.6))

    def _scored_on(self, doc: Doc, cands: list) -> None:
        """A plain capitalised name right after a score and "on": "90.1% accuracy on Glimmer",
        "state-of-the-art results on Charades"."""
        low_list, text_list = lowers(doc), texts(doc)
        sent_starts = set(doc.user_data.get("kg_sent_starts") or ())
        n = len(doc)
        for i in positions(doc, _ON):
            j = i + 1
            if j < n and low_list[j] == "the":
                j += 1
            if (j >= n or j in sent_starts or not _PLAIN_CAP.match(text_list[j]) or low_list[j] in STOP_WORDS
                    or low_list[j] in GENERIC_MODIFIERS or _LANGUAGE.match(text_list[j])
                    or j + 1 < n and (text_list[j + 1][:1].isupper() or text_list[j + 1] == "-")):
                continue
            left = low_list[max(0, i - 4):i]
            if any(w in _SCORE_WORDS or w.endswith("%") or w == "%" for w in left):
                cands.append(Cand(j, j + 1, "DATASET", "scored_on", "", 0.5))

    def _list_members(self, doc: Doc, cands: list) -> None:
        """Plain capitalised words or Title-Case compounds inside a comma/"and" list ("on ImageNet, Places and
        Cityscapes", "Qwen2.5-Omni, Kimi-Audio, and ..."), with a version number ("Grok 4", "Tesseract v5"); the
        resolver keeps them only when the list's other members give them a type."""
        low_list, text_list = lowers(doc), texts(doc)
        sent_starts = set(doc.user_data.get("kg_sent_starts") or ())
        n = len(doc)
        title_end = token_index(doc)["title_end"]
        for i in _cap_tokens(doc):  # every _PLAIN_CAP word is a _CAP_TOKEN
            if i <= title_end:
                continue
            t = text_list[i]
            if (i in sent_starts or not (_PLAIN_CAP.match(t) or _CAP_COMPOUND.match(t)) or low_list[i] in STOP_WORDS
                    or low_list[i] in GENERIC_MODIFIERS or _language_like(t)):
                continue
            if _CAP_COMPOUND.match(t) and i + 1 < n and low_list[i + 1] in _CLASS_NOUNS:
                continue  # a modifier: "Neuro-Symbolic methods", "Visual-Language models"
            before = low_list[i - 1] in (",", "and", "or")
            after = i + 1 < n and low_list[i + 1] in (",", "and", "or") and i + 1 not in sent_starts
            prev, nxt = text_list[i - 1], text_list[i + 1] if i + 1 < n else ""
            after2 = text_list[i + 2] if i + 2 < n else ""
            if (_LIST_VERSION.match(nxt) and low_list[i] not in _NUMBERED_NOUNS and not prev[:1].isupper()
                    and not after2[:1].isupper() and (before or after2 in (",", "and", "or"))):
                cands.append(Cand(i, i + 2, "NAME", "list_member", "", 0.4))  # "Claude 4, Grok 4 and ..."
                continue
            if (before or after) and not (nxt[:1].isupper() or prev[:1].isupper() or prev[:1].isdigit()
                                          or nxt[:1].isdigit() or nxt == "-" or prev == "-"):
                cands.append(Cand(i, i + 1, "NAME", "list_member", "", 0.4))

    def _capitalised(self, doc: Doc, cands: list) -> None:
        """Runs of two or more capitalised words inside an abstract sentence ("comprising a Query
        Expression Translator, a Lexical Syntax Parser"), or opening one when a lower-case word follows
        ("Drift Adaptation Training mitigates ..."): in running text, Title Case marks a name."""
        text_list, low_list = texts(doc), lowers(doc)
        sent_starts = set(doc.user_data.get("kg_sent_starts") or ())
        n = len(doc)
        cap_list = _cap_tokens(doc)
        caps = set(cap_list)
        e = 0
        for i in cap_list:
            if i < e:
                continue  # inside the previous run
            e, words = i + 1, 1
            while e < n and e not in sent_starts:
                if e in caps:
                    e += 1
                    words += 1
                elif (text_list[e] == "-" and e + 2 < n and low_list[e + 1] in _JOINING_SUFFIXES
                      and e + 2 in caps):
                    e += 2  # "Wavelet-based Regularization Loss"
                elif (low_list[e] in _CAP_CONNECTORS and e + 1 < n and e + 1 not in sent_starts
                      and e + 1 in caps and not _named_before_purpose(low_list, e)):
                    e += 2
                    words += 1
                else:
                    break
            ver = int(e < n and e not in sent_starts and bool(_RUN_VERSION.match(text_list[e])))
            e += ver  # "Depth Anything V2"
            start = i
            if start in sent_starts and low_list[start] in STOP_WORDS and e - start > 2:
                start += 1  # "The Automatic Patch Extraction Module extracts ..."
            elif start in sent_starts and not (e - start >= 2 and e < n and text_list[e].isalpha()
                                                and text_list[e].islower() and low_list[e] not in STOP_WORDS):
                continue
            while start < e and low_list[start] in STOP_WORDS:
                start += 1
            if e - ver - start >= 2 and _cap_ok(doc, start, e - ver):
                cands.append(Cand(start, e, "NAME", "capitalised", "", 0.6))

    @staticmethod
    def _role_names(doc: Doc, cands: list) -> None:
        """A capitalised role noun on its own inside an abstract sentence ("a Questioner and an Answerer
        collaborate", "the Resolver leverages ...", "a Meta-Refiner"): the name of one of the system's agents or
        modules, not a modifier ("a Teacher graph"), a word of a longer capitalised name or an example ("roles such
        as Planner and Critic"). Only past the first "we propose ..." window."""
        text_list, low_list = texts(doc), lowers(doc)
        sent_starts = set(doc.user_data.get("kg_sent_starts") or ())
        windows = proposal_windows(doc)
        if not windows:
            return  # the roles of a system the paper describes as its own, not of one it surveys
        caps = _cap_tokens(doc)
        cap_set = set(caps)
        for i in caps:
            if (i <= windows[0][0] or i in sent_starts or not _ROLE_WORD.match(text_list[i])
                    or _in_capitalised_run(doc, cap_set, i)):
                continue
            if low_list[i].rsplit("-", 1)[-1] in agent_roles() and not listed_example(doc, i):
                cands.append(Cand(i, i + 1, "METHOD", "role_name", "", 0.6))


def _technique_phrase(doc: Doc, ws: int, we: int) -> tuple[int, int] | None:
    """The lower-case technique phrase of two to four words that opens the window ``ws:we`` after a verb
    ("a style diffusion transformer equipped with" -> "style diffusion transformer"), or None when the
    window opens with a generic head, a plural, a determiner phrase or a name."""
    low_list, text_list = lowers(doc), texts(doc)
    verb_set = verbs()
    k = ws
    while k < we and low_list[k] in _PHRASE_SKIP:
        k += 1
    if k < we and _gerund(low_list[k], verb_set):
        if low_list[k] in _USE_GERUNDS:
            return None  # "we propose using X": a tool, not a proposal
        k += 1  # "we propose incorporating class-specific noise"
    e = k
    while e < we and e - k < 4:
        t = text_list[e]
        if e + 1 < we and based_at(low_list, e) and e > k:
            e += 2
            continue
        if (not (_WORDISH.match(t) and t.islower() or is_coined(t) and e == k) or low_list[e] in STOP_WORDS
                or low_list[e] in verb_set or low_list[e] in GENERIC_MODIFIERS and e > k):
            break
        if low_list[e] in _GENERIC_HEADS or low_list[e] in DATASET_HEADS or _PLURAL.match(low_list[e]):
            return None  # "a large-scale dataset comprising", "choices contribute"
        e += 1
    while e > k and low_list[e - 1].endswith(("ed", "ly")) and low_list[e - 1] not in _ING_KEEP:
        e -= 1  # "a style diffusion transformer equipped with", "a broadly applicable"
    if e - k < 2 or e < we and low_list[e] not in _PHRASE_END and low_list[e] not in _LEAD_WORDS:
        return None
    if e + 1 < len(doc) and low_list[e] == "," and low_list[e + 1] in NAMING_WORDS:
        return None  # "a novel gait representation, named Parsing Skeleton": the name is the entity
    last = low_list[e - 1]
    if last in _GENERIC_HEADS or s_form(last):
        return None
    if low_list[k] in GENERIC_MODIFIERS or low_list[k][:1].isdigit() or low_list[k].endswith("ly"):
        return None
    return k, e



# what a hyphenated modifier opening an own technique's name ends in: "a CLIP-based pose encoder",
# "a beam-search-driven GRPO algorithm"; the tokenizer splits the suffix off a capitalised word ("INP", "-", "guided")
_MODIFIER_SUFFIXES = frozenset("based guided driven aware enhanced augmented conditioned centric oriented assisted "
                               "informed grounded".split())
_HYPHEN_MODIFIER = re.compile(r"^[a-z0-9][a-z0-9\-]*-(" + "|".join(_MODIFIER_SUFFIXES) + r")$")
# heads that only say what kind of thing the name is: "a perturbation-based importance sampling | strategy"
_KIND_HEADS = frozenset("framework method approach algorithm paradigm technique strategy mechanism scheme".split())

# the size a release is named by: "Kuwain 1.5B", "FooSet 2k"
_RELEASE_SIZE = re.compile(r"^\d+(?:\.\d+)?[kKMB]$")
# the part after an own name's hyphen that names a variant: "GUI", "Claw", "D", "Lite", "R1"
_VARIANT_PART = re.compile(r"^(?:[A-Z][A-Za-z0-9]*|\d+[A-Za-z]*)$")
# capitalised modifier suffixes that say how a thing is made, no variant: "Frankenstein-Style", "SAM-Optimized"
_NOT_VARIANT_PARTS = _MODIFIER_SUFFIXES | {"style", "like", "specific", "only", "level", "wise", "free"}


def _own_variant_token(word: str, own: set[str]) -> bool:
    """``word`` is an own name with a variant part after its last hyphen, the part no second name of its own
    ("Manager-Worker" pairs two roles) and no modifier suffix.

    >>> [_own_variant_token(w, {"orchard", "manager", "worker"}) for w in
    ...  ("Orchard-GUI", "Orchard-D", "Orchard-Style", "Orchard-Optimized", "Manager-Worker", "Orchard-long")]
    [True, True, False, False, False, False]
    """
    head, sep, part = word.rpartition("-")
    low = part.lower()
    return (bool(sep) and head.lower() in own and low not in own and bool(_VARIANT_PART.match(part))
            and low not in _NOT_VARIANT_PARTS and not low.endswith("ed"))



def own_lower_variants(txt: list[str], own: set[str]) -> set[str]:
    """The tokens of ``txt`` that are lower-case variants of an own name (``own``, lower-cased), when two or more
    different ones are written ("FooGWM-long", "FooGWM-mview"): one alone is more often a modifier ("FooNet-trained",
    "FooNet-the"), which :func:`~kg.extract.components.not_methods.not_coined_name` drops.

    >>> sorted(own_lower_variants(["FooGWM-long", "and", "FooGWM-mview", "BarNet-the"], {"foogwm", "barnet"}))
    ['FooGWM-long', 'FooGWM-mview']
    """
    by_name: dict[str, set[str]] = {}
    for word in txt:
        head, sep, part = word.rpartition("-")
        if (sep and head.lower() in own and part.isalpha() and part.islower() and part not in STOP_WORDS
                and part not in _NOT_VARIANT_PARTS and not part.endswith(("ed", "ing"))):
            by_name.setdefault(head.lower(), set()).add(word)
    return {word for words in by_name.values() if len(words) > 1 for word in words}

def hyphen_modified(low: list[str], start: int, end: int) -> bool:
    """Some word of ``low[start:end]`` is an "X-based/-guided/-aware" modifier ("CLIP - based model selection").

    >>> hyphen_modified("a clip - based model".split(), 0, 5), hyphen_modified("a two-stage model".split(), 0, 3)
    (True, False)
    """
    return any(_HYPHEN_MODIFIER.match(w) or w == "-" and i + 1 < end and low[i + 1] in _MODIFIER_SUFFIXES
               for i, w in enumerate(low[start:end], start))


def _past_modifier(low_list: list[str], text_list: list[str], k: int, we: int) -> int | None:
    """The token after an "X-based/-guided" modifier opening at ``k`` (before ``we``), or None when none opens."""
    if _HYPHEN_MODIFIER.match(low_list[k]) and text_list[k].islower():
        return k + 1  # "a perturbation-based importance sampling strategy"
    if (k + 2 < we and low_list[k + 1] == "-" and low_list[k + 2] in _MODIFIER_SUFFIXES
            and (_WORDISH.match(text_list[k]) or is_coined(text_list[k]))):
        return k + 3  # "CLIP", "-", "based"
    return None


def _modified_phrase(doc: Doc, cands: list, ws: int, we: int) -> tuple[int, int] | None:
    """The own name opening the window ``ws:we`` with an "X-based/-guided/-aware" modifier and one to three words
    after it, without a kind head, when a name's letters or a known name compete for its words: "a beam-search-driven
    GRPO algorithm that" -> "beam-search-driven GRPO", "a perturbation-based importance sampling strategy", "LoRA-based
    pose control for" (where the known name alone would win the span). None when no word follows the modifier, the
    name is a generic head alone, a plural or a task, or the phrase does not end at a clause boundary."""
    low_list, text_list = lowers(doc), texts(doc)
    k = ws
    while k < we and low_list[k] in _PHRASE_SKIP:
        k += 1
    first = _past_modifier(low_list, text_list, k, we) if k < we else None
    if first is None:
        return None
    e, verb_set = first, verbs()
    while (e < we and e - first < 3 and (_WORDISH.match(text_list[e]) and text_list[e].islower()
                                         or _ACRO.match(text_list[e]))
           and low_list[e] not in STOP_WORDS and low_list[e] not in _KIND_HEADS
           and not _third_person(low_list[e], verb_set) and not low_list[e].endswith(("ed", "ly"))):
        e += 1
    end = e + (e < we and low_list[e] in _KIND_HEADS)
    if e == first or end < we and (low_list[end] not in _PHRASE_END and low_list[end] not in _LEAD_WORDS
                                           or low_list[end] == "("):
        return None  # "a clinical-oriented lesion detection (Foo) paradigm": the bracketed acronym names it
    if end + 1 < len(doc) and low_list[end] == "," and low_list[end + 1] in NAMING_WORDS:
        return None  # "a prediction-based mapping network, named Foo": the name is the entity
    known = [c for c in cands if c.rule == "gazetteer" and c.label == "METHOD" and k <= c.start and c.end <= e]
    if text_list[k].islower() and not known:
        return None  # a plain description: "a graph-based fusion module" (left to the head-noun rules)
    last = low_list[e - 1]
    if (last in _NOT_PART_HEADS or last in DATASET_HEADS or _PLURAL.match(last)
            or last in _GENERIC_HEADS and e - first < 2):
        return None  # "a graph-based model", "an LLM-based strategy"; not "a mask-guided inference strategy"
    if end > e and not (_ACRO.match(text_list[e - 1]) and any(c.end == e for c in known)) and (
            last in TASK_HEADS and last not in METHOD_HEADS or last in COMPONENT_GENERIC and e - first < 2
            or not _technique_head(last)):
        return None  # a framework for a task or setting: "an identity-aware motion generation framework"
    return k, e


_USE_VERBS = frozenset("""
use uses used employ employs employed adopt adopts adopted leverage leverages leveraged apply applies applied utilize
utilizes utilized utilise utilises utilised incorporate incorporates incorporated integrate integrates integrated
exploit exploits exploited
""".split())
# a means named by any subject: "X employs temporal smoothing", "aligned via quantile-based thresholding"
_MEANS_CUES = frozenset("""
via employs utilizes utilises leverages applies adopts integrates incorporates employing utilizing utilising
adopting applying
""".split())
# "HOP3D introduces hierarchical orthogonalization": a means only when the paper's own name is the subject ("retrieval
# noise introduces irrelevant guidance" names a problem)
_OWN_MEANS_CUES = frozenset(("introduces",))
_USE_OR_MEANS = _USE_VERBS | _MEANS_CUES | _OWN_MEANS_CUES
_USE_ADVERBS = frozenset("also further then first additionally finally instead".split())
# what a phrase after "we propose/use" can name that is not a technique: "a regularization parameter", "a sandbox
# environment", "a structured taxonomy", "an evaluation protocol" (METRIC_HEADS has "coefficient")
_NOT_TECHNIQUES = METRIC_HEADS | THING_HEADS | frozenset("parameter taxonomy environment protocol".split())
_USED_NOT_TOOLS = _NOT_TECHNIQUES | frozenset("information nature matrix map graph ontology knowledge encoder decoder "
                                              "vision resolution".split())


# split-off suffixes that join two capitalised runs into one name: "Wavelet-based Regularization Loss",
# "Lateral Inhibition-inspired Spiking Transformer"
_JOINING_SUFFIXES = frozenset("based inspired derived".split())
_TITLE_NAME_STOP = frozenset("for via with using through in on by from under to of and : ? ! — – -- ( , at as".split())
_ON = frozenset({"on"})
_SCORE_WORDS = frozenset("""
accuracy f1 auc map bleu rouge score scores points improvement improvements gain gains sota state-of-the-art results
performance % percent
""".split())
_PLAIN_CAP = re.compile(r"^[A-Z][a-z]{2,}$")
_CAP_COMPOUND = re.compile(r"^[A-Z][a-z]{2,}(?:-[A-Z][a-z]+)+$")  # "Kimi-Audio", "Longcat-Image"
_LIST_VERSION = re.compile(r"^[vV]?\d{1,2}(?:\.\d{1,2})?$")
# nouns numbered in running text, not model releases: "Table 2", "Stage 1 and Stage 2"
_NUMBERED_NOUNS = frozenset("table tables figure fig section sections stage stages phase step steps level levels task "
                            "tasks version round part appendix eq equation chapter experiment setting type".split())
_CLASS_NOUNS = frozenset("model models method methods approach approaches technique techniques framework frameworks "
                         "system systems network networks architectures features representations tasks".split())
# what a "suite of ..." holds when it is a model family, not a dataset: "the Ettin suite of models"
SUITE_MEMBERS = frozenset("models model encoders decoders networks methods algorithms agents tools".split())
_DS_TOKEN = re.compile(r"^(?:[A-Z][A-Za-z0-9]*(?:[-_.][A-Za-z0-9]+)*|[a-z]+[A-Z0-9][A-Za-z0-9\-]*"
                       r"|[1-4]D-[A-Z][\w\-]*|[a-z]+-(?:eval|bench))$")  # "ViSA", "nuScenes", "3D-AD", "safe-eval"
def _named_before(text_list: list[str], sent_starts: set[int], k: int) -> bool:
    """A capitalised word, not a sentence opener, stands right before token ``k``: "Foo" in "the Foo dataset"."""
    return k > 0 and text_list[k - 1][:1].isupper() and k - 1 not in sent_starts


# a named part of a dataset names the dataset too: "a multi-character Foo subset"
_LIST_DATA_HEADS = DATASET_HEADS | frozenset(("subset", "subsets"))
_DS_YEAR = re.compile(r"^(?:19|20)\d\d$")
# opening a name: "the 3D AffordanceNet dataset" (not "3D HOI datasets"); or closing one: "the Embody 3D dataset"
_DS_DIM = re.compile(r"^[1-4]D$")
_LANGUAGE = re.compile(r"^[A-Z][a-z]+(?:ish|ese|ian|ean|ic|an|ali|ch)(?:-\w+)?$")


def _language_like(word: str) -> bool:
    """A capitalised word shaped like a language or people ("German", "Bayesian"), not a name that merely ends in
    "-an" ("Sokoban").

    >>> [_language_like(w) for w in ["German", "Korean", "Bayesian", "Sokoban", "Turkish"]]
    [True, True, True, False, True]
    """
    if not _LANGUAGE.match(word):
        return False
    return not word.endswith("an") or word.endswith(("ian", "ean")) or word.lower() in LANGUAGES
_PHRASE_VERBS = frozenset("propose proposes introduce introduces present presents develop develops design designs "
                          "devise devises".split())
_PHRASE_SKIP = frozenset("a an the novel new simple".split())
_PHRASE_END = frozenset("for to that which over in on with , . ; : ( as by via and from".split())
_GENERIC_HEADS = frozenset("""
framework method approach model models system pipeline architecture technique paradigm strategy scheme task
benchmark dataset corpus setting problem metric formulation perspective solution analysis study way tool toolkit
family suite mechanism algorithm network module loss objective procedure recipe design baseline variant version
step setup stage process term concept
""".split())
_LEAD_WORDS = frozenset("equipped based tailored designed trained built".split())
_PLURAL = re.compile(r"^[a-z\-]{3,}[^su]s$")
COMPONENT_HEADS = frozenset("strategy strategies scheme schemes constraint constraints operation operations "
                            "component components".split())
# "cross-attention layers", "a knowledge distillation strategy"; not "a sigmoid loss"
PART_WRAPPERS = ALIAS_WRAPPER_HEADS - {"loss", "losses"} | COMPONENT_HEADS
COMPONENT_GENERIC = frozenset("training learning sampling search optimization design this".split())
CAP_CONTEXT = 1
_CAP_TOKEN = _WordPattern(r"^[A-Z][a-z][A-Za-z]*(?:-[A-Za-z][A-Za-z0-9]*)*$")
_RUN_VERSION = re.compile(r"^[vV]\d+(?:\.\d+)*$")
_CAP_CONNECTORS = frozenset("of for with".split())
_CAPPED_GERUND = re.compile(r"^[A-Z][\w.]*-[A-Z][a-z]+ing$")


def _coined_gerund(text: str) -> bool:
    """A capitalised hyphenated gerund that names a system ("Semantic-Clipping", "L0-Reasoning"), not a
    prefixed verb a title's topic opens with ("Pre-Training Vision Transformers: ...", "Fine-Tuning ...").

    >>> [_coined_gerund(t) for t in ["Semantic-Clipping", "ROSA-Tuning", "Pre-Training", "Fine-Tuning", "Fact-check"]]
    [True, True, False, False, False]
    """
    return bool(_CAPPED_GERUND.match(text)) and text.split("-")[0].lower() not in _PARTICIPLE_PREFIXES


_BENCH_HEADS = frozenset(("bench", "arena"))  # a Title Case name ending in these is a benchmark
_ORG_WORDS = frozenset("""
university universities institute consortium agency society council hospital foundation department ministry
laboratory administration organization organisation center centre college school company
""".split())
_NAME_HEAD = re.compile(r"(?:tion|sion|ment|ing|er|or|ence|ance|ure|sis|ness)s?$")
# organisations and venues are not techniques ("World Health Organization", "Findings Conference")
_NOT_NAME_HEADS = frozenset("correlation scale jaccard system systems imaging thinking organization organisation "
                            "institute university agency society council conference communications "
                            "communication journal".split()) | METRIC_HEADS




def _named_before_purpose(low_list: list[str], e: int) -> bool:
    """The run before "for"/"with" at ``e`` already ends in a design word ("Strategy Planner for Motivational
    Interviewing", "a Tabular Model with ..."): what follows is its purpose or input, not part of the name.

    >>> _named_before_purpose(["strategy", "planner", "for"], 2), _named_before_purpose(["mixture", "of"], 1)
    (True, False)
    """
    if low_list[e] == "of":
        return False
    w = low_list[e - 1]
    return w in METHOD_HEADS or singular(w) in _GENERIC_HEADS or bool(AGENT_NOUN.search(w))


def _cap_tokens(doc: Doc) -> list[int]:
    """Indices of the abstract's tokens shaped like capitalised words (``_CAP_TOKEN``), in order (cached).

    Examples
    --------
    >>> from kg.extract.pipeline import load_nlp
    >>> _cap_tokens(load_nlp().make_doc("A Title\\n\\nWe train Vision-Mamba on COCO and Places"))
    [3, 5, 9]
    """
    out = doc.user_data.get("kg_cap_tokens")
    if out is None:
        caps = flagged_tokens(doc, CAP_FLAG)
        out = doc.user_data["kg_cap_tokens"] = caps[bisect_left(caps, token_index(doc)["title_end"]):]
    return out


def _cap_word(text: str) -> bool:
    """The token test of :func:`_cap_tokens`: a word shaped like a capitalised word (``_CAP_TOKEN``).

    >>> _cap_word("Vision-Mamba"), _cap_word("COCO"), _cap_word("train")
    (True, False, False)
    """
    # (the range test first: most words are not capitalised, and it is cheaper than the pattern)
    return "A" <= text[:1] <= "Z" and bool(_CAP_TOKEN.regex.match(text))


# the two word shapes the rules look for in every token, kept as lexeme flags (see candidates.set_word_flag)
COINED_FLAG, CAP_FLAG = FLAG62, FLAG63
set_word_flag(COINED_FLAG, _coined_shape)
set_word_flag(CAP_FLAG, _cap_word)


_STUDY_NOUNS = frozenset("analysis study survey review evaluation investigation comparison assessment".split())
_SOLVE_VERBS = frozenset("""
address addressing tackle tackling mitigate mitigating alleviate alleviating overcome overcoming combat combating
solve solving resolve resolving handle handling
""".split())
_STUDY_VERBS = frozenset("""
benchmarking evaluating rethinking revisiting improving enhancing advancing accelerating boosting
""".split())
_ACRONYM_HEAD = re.compile(r"^[A-Z]{2,4}$")  # "QA", "OCR", "VQA" naming a task kind
# acronyms of model classes and fields, no task: "audio LM", "clinical NLP"
_MODEL_FIELD_ACRONYMS = frozenset("ai ml dl lm lms llm llms mllm mllms vlm vlms lmm lmms nlp cv rl".split())
_NOMINAL = re.compile(r"(?:tion|sion|ment|ing|ity|ance|ence|ness|sis|ure|ship|ism|ics)s?$")


_NOT_AGENT_KINDS = frozenset("ai llm llms mllm mllms vlm vlms language model models".split())


def _agent_kind(low: str, text: str) -> bool:
    """``low`` (written ``text``) can say which kind of agent a title names: "GUI", "mobile", "computer-use"; not a
    name, a verb or adjective ("Building", "Autonomous") nor a task ("Video Restoration Agent" is a method).

    >>> _agent_kind("gui", "GUI"), _agent_kind("llm", "LLM"), _agent_kind("unified", "Unified")
    (True, False, False)
    >>> _agent_kind("building", "Building"), _agent_kind("restoration", "Restoration")
    (False, False)
    """
    return ((text.isalpha() and text.isupper() or bool(_WORDISH.match(text)) and not is_coined(text))
            and low not in STOP_WORDS
            and low not in GENERIC_MODIFIERS and low not in _NOT_AGENT_KINDS and low not in TASK_HEADS
            and not is_stripped_lead(low) and not low.endswith(("ed", "ing", "al", "ic", "ive", "ous", "based")))


def goal_word(low: str, text: str) -> bool:
    """A title or abstract word that can be part of a goal phrase: no stop word, some letter or digit."""
    # (a word of letters or digits only, the common case, is tested without a generator)
    return low not in STOP_WORDS and (text.isalnum() or any(ch.isalnum() for ch in text) or text == "-")


def _past_aspect(low: list[str], start: int, end: int) -> int:
    """Where the task of a title's "for X" phrase ``start..end`` starts: past its last "in"/"on" (and an article),
    as what follows names the task an aspect is studied in ("for Spectral Variability in Tropical Species
    Classification").

    >>> _past_aspect("for racial bias in the skin lesion diagnosis".split(), 1, 8), _past_aspect(["x"], 0, 1)
    (5, 0)
    """
    p = next((i for i in range(end - 2, start, -1) if low[i] in ("in", "on")), None)
    return start if p is None else p + 1 + (low[p + 1] in ("the", "a", "an"))


def _goal_end(low: list[str], text: list[str], start: int, end: int) -> int:
    e = start
    while e < end and e - start < 6 and goal_word(low[e], text[e]):
        e += 1
    return e


def _add_goal(doc: Doc, cands: list, s: int, e: int, min_words: int = 1, rule: str = "title_goal") -> None:
    """Trim a goal phrase to its core and add it as a ``rule`` task (``title_goal`` unless told) when it
    looks like one."""
    span = goal_span(doc, s, e, min_words)
    if span is None:
        return
    s, e = span
    if any(c.start < e and s < c.end and (c.label != "METHOD" or c.start < s or c.end > e)
           and not (rule != "title_goal" and c.rule == "head_task") for c in cands):
        return  # already a candidate (a name, a headed task); a method word inside is fine: "2-bit Quantization"
    cands.append(Cand(s, e, "TASK", rule, "", 0.7))


def goal_span(doc: Doc, s: int, e: int, min_words: int = 1,
              acronym_head: bool = False) -> tuple[int, int] | None:
    """The tokens ``s..e`` trimmed to the core of a goal phrase (no leading generic modifier or verb, no trailing
    generic head after an activity noun), when that core looks like a task: 1-5 words (at least ``min_words``), no
    coined name, ending in an activity noun or task head that is no generic or method-only head (or, with
    ``acronym_head``, in a short upper-case acronym with a modifier: "multi-hop QA" before "tasks"); else None.

    >>> from kg.extract.pipeline import load_nlp
    >>> doc = load_nlp()("Improving Protein Structure Prediction\\n\\nText.")
    >>> goal_span(doc, 0, 4), goal_span(doc, 0, 2)
    ((1, 4), None)
    """
    low, txt = lowers(doc), texts(doc)
    verb_set = verbs()
    while s < e and (low[s] in GENERIC_MODIFIERS or low[s] in verb_set or low[s] == "-"
                     or _LEAD_DROP.match(low[s]) and low[s] not in _ING_KEEP and e - s > 1):
        s += 1
    while e > s + 1 and (low[e - 1] in _GENERIC_HEADS or singular(low[e - 1]) in _GENERIC_HEADS) and (
            _NOMINAL.search(low[e - 2]) or low[e - 2] in TASK_HEADS) and not _model_class(low[e - 2], low[e - 1]):
        e -= 1  # "a Robust Convolutional Filter Pruning Method" -> "Convolutional Filter Pruning"
    while e > s and low[e - 1] == "-":
        e -= 1
    if e - s < max(min_words, 1) or e - s > 5:
        return None
    last = low[e - 1]
    if (acronym_head and e - s > 1 and _ACRONYM_HEAD.match(txt[e - 1]) and last not in _MODEL_FIELD_ACRONYMS
            and not any(is_coined(t) or t.isdigit() for t in txt[s:e - 1])):
        return s, e
    # (the tests of the head word first: they turn most phrases down without testing each word for a name)
    if (not (_NOMINAL.search(last) or last in TASK_HEADS)
            or last in _GENERIC_HEADS or singular(last) in _GENERIC_HEADS or singular(last) in _SETTING_NOUNS
            or last in METHOD_HEADS and last not in TASK_HEADS
            or e - s == 1 and last in _GENERIC_ONE_WORD or any(is_coined(t) for t in txt[s:e])):
        return None
    return s, e


def _model_class(word: str, head: str) -> bool:
    """``word head`` names a generic class of models ("Vision Foundation Models"), not an activity done by a model.

    >>> _model_class("foundation", "models"), _model_class("pruning", "method")
    (True, False)
    """
    return entity_key(f"{word} {singular(head)}") in stop_keys()


_PURPOSE = frozenset("for towards toward".split())


def _purpose_goal(doc: Doc, cands: list, start: int, end: int) -> None:
    """The phrase after a title's "for"/"towards" names the paper's goal when it is a singular activity
    noun phrase of two or more words ("for Oil Palm Mapping in Indonesia", "for Skill Internalization");
    a plural or a model word names what it is applied to ("for Indic Languages", "Foundation Models")."""
    low = lowers(doc)
    if start < end and low[start] == "the":
        start += 1
    e = _goal_end(low, texts(doc), start, end)
    last = low[e - 1] if e > start else ""
    if _plural_word(last) or last in _GENERIC_HEADS or singular(last) in _GENERIC_HEADS:
        return
    _add_goal(doc, cands, start, e, min_words=2)


def _plural_word(low: str) -> bool:
    """
    >>> _plural_word("questions"), _plural_word("analysis"), _plural_word("mapping"), _plural_word("loss")
    (True, False, False, False)
    """
    return s_form(low) and not low.endswith("ics")


_TASK_OF_NOUNS = frozenset("task tasks".split())
# subject pronouns and modals: the lower-case word after one is a verb ("we formulate ...", "can impair ...")
_VERB_SUBJECTS = frozenset("we they it can could may might must should will would cannot".split())
# the words after which a verb follows "it": a clause opener ("and it enables", "so it can") or a preposition
# ("training on it necessitates"); after any other word, a verb, "it" is that verb's object ("call it X")
_BEFORE_IT_VERB = PREPOSITIONS | frozenset("""and but or so yet thus hence then that which because since as while
when whereas although though if where""".split())


def gerund_lead(word: str) -> bool:
    """A verb's -ing form that opens a clause ("identifying", "converting"), not a task noun ("tracking").

    >>> gerund_lead("converting"), gerund_lead("tracking"), gerund_lead("string")
    (True, False, False)
    """
    stem = word[:-3]
    return (word.endswith("ing") and word not in TASK_HEADS and word not in _ING_KEEP
            and (word in verbs() or stem in verbs() or stem + "e" in verbs()))


_ADVANCE_NOUNS = frozenset("advances advancements progress developments breakthroughs".split())
_OPENING_VERBS = frozenset("aims aim seeks remains remain plays refers involves".split())
_OPENING_AUX = {"has": ("emerged", "become", "gained", "attracted", "garnered", "seen", "long"),
                "have": ("emerged", "become", "gained", "attracted", "garnered", "seen", "long"),
                "is": ("a", "an", "crucial", "critical", "essential", "fundamental", "challenging", "important", "vital",
                       "central", "increasingly", "widely", "becoming", "gaining")}


def _opening_cue(low: list[str], e: int) -> bool:
    """Token ``e`` opens a predicate that presents a topic: "aims to", "has emerged", "is a", "remains".

    >>> _opening_cue(["x", "aims", "to"], 1), _opening_cue(["x", "has", "emerged"], 1), _opening_cue(["x", "has", "a"], 1)
    (True, True, False)
    """
    w = low[e]
    if w in _OPENING_VERBS:
        return True
    return e + 1 < len(low) and low[e + 1] in _OPENING_AUX.get(w, ())


_SETTING_NOUNS = frozenset("condition situation application scenario environment setting".split())
_GENERIC_ONE_WORD = frozenset("learning training inference optimization evaluation analysis understanding "
                              "performance thinking reasoning".split())


def _cap_ok(doc: Doc, start: int, end: int) -> bool:
    """A capitalised run is a name when its head word names a technique ("... Parser", "... Alignment")
    or a dataset word follows it; places, languages and metrics are left out."""
    low_list = lowers(doc)
    last = low_list[end - 1]
    if last in _NOT_NAME_HEADS:
        return False
    k = end
    while k < min(len(doc), end + 4) and (low_list[k] in ("and", ",") or _CAP_TOKEN.match(texts(doc)[k])
                                          or is_coined(texts(doc)[k])):
        k += 1
    if k < len(doc) and low_list[k] in DATASET_HEADS or last in _BENCH_HEADS:
        return True  # "... on the Foo Bar dataset", "Terminal Bench", "Long Range Arena"
    if (start > 2 and low_list[start - 1] == "the" and low_list[start - 2] == "from"
            and low_list[start - 3] in SOURCED_RECORDS and not _ORG_WORDS.intersection(low_list[start:end])):
        return True  # where records come from: "data from the Shire Cohort Study" (not "from the University of X")
    if CAP_CONTEXT == 0:
        return True
    if last in TASK_HEADS and last not in METHOD_HEADS:
        # "Video Relation Detection" is a task; "a Fine-grained Alignment" names an instance, and so does a
        # compound-led "... Learning"/"... Modeling" ("Focus-aimed Contrastive Learning")
        return start > 0 and low_list[start - 1] in ("a", "an") or (
            last in ("learning", "modeling", "modelling") and "-" in texts(doc)[start].strip("-"))
    return (last in METHOD_HEADS or singular(last) in METHOD_HEADS or bool(_NAME_HEAD.search(last))
            or singular(last) in _CAP_PART_HEADS)


# design words that end a Title Case part name: "Expansion-Corrosion Strategy", "Source Attribution Protocol"
_CAP_PART_HEADS = frozenset("strategy protocol engine loop mask map warmup scheme paradigm curriculum tree graph pool "
                             "pipeline prior prompt".split())
_HEADED = DATASET_HEADS | frozenset("model models framework suite family series toolkit library".split())


_RELEASE = re.compile(r"^v?\d{1,2}(?:\.\d{1,2})+$|^v\d{1,2}$")


def _describes_a_name(doc: Doc, k: int, e: int, we: int) -> bool:
    """Tokens ``k:e`` open a description that a naming word follows ("a novel Vision-Language-Camera model,
    termed CT-1", "a VLM-driven LReID approach named VLADR"), or are a lone "-driven"/"-augmented" compound
    before lower-case words ("a Physics-Augmented video data construction Pipeline"): not the name.

    Examples
    --------
    >>> import spacy
    >>> doc = spacy.blank("en")("a Vision model , termed XB , and a Dynamic Rank model named DR .")
    >>> _describes_a_name(doc, 1, 2, 8), _describes_a_name(doc, 9, 11, 15)
    (True, False)
    """
    low, txt = lowers(doc), texts(doc)
    j = e
    while j < min(we, e + 3) and low[j] not in NAMING_WORDS and (txt[j].islower() or low[j] == ","):
        j += 1
    if j + 1 < we and low[j] in NAMING_WORDS:
        # unless the name abbreviates it: "a Dynamic Rank LoRA framework named DR-LoRA"
        initials = "".join(p[:1] for w in txt[k:e] for p in w.split("-") if p).upper()
        return "".join(ch for ch in txt[j + 1] if ch.isupper())[:2] != initials[:2]
    return e - k == 1 and bool(_ADJ_COMPOUND.match(txt[k])) and e < we and txt[e].islower() and txt[e].isalpha()


_PLAIN_WORDS = re.compile(r"^[A-Z][a-z]+(?:-[A-Za-z][a-z]+)*$")


def _opens_lower_case_name(doc: Doc, k: int, e: int) -> bool:
    """A lone capitalised plain word that lower-case words continue ("called Random windowing", "we introduce
    Physics-Inspired diffusion for ...") opens a longer name, not the name itself; a head noun after it
    ("the Foo benchmark", "the Bar evaluation metric") leaves the name alone.

    Examples
    --------
    >>> import spacy
    >>> doc = spacy.blank("en")("called Random windowing , the Lumos benchmark")
    >>> _opens_lower_case_name(doc, 1, 2), _opens_lower_case_name(doc, 5, 6)
    (True, False)
    """
    if e - k != 1 or e >= len(doc) or not _PLAIN_WORDS.match(texts(doc)[k]):
        return False
    nxt, low = texts(doc)[e], lowers(doc)
    if nxt in ("yet", "the") and e + 1 < len(doc) and texts(doc)[e + 1][:1].isupper():
        return True  # "Cooperative yet Critical reward modeling", "Boiling the Frog"
    return (nxt.isalpha() and nxt.islower() and nxt not in STOP_WORDS and not any(
        low[j] in _HEAD_NOUNS for j in range(e, min(len(doc), e + 2))))


_HEAD_NOUNS = METHOD_HEADS | DATASET_HEADS | METRIC_HEADS | frozenset("""
framework approach method model system paradigm pipeline benchmark dataset architecture technique strategy prompt
prompting mechanism
""".split())


def _past_modifiers(doc: Doc, k: int, we: int) -> int:
    """Skip descriptive words before a name that a head noun follows: "the SOTA open-data Ettin suite",
    "a large-scale Foo dataset" -> the index of "Ettin"/"Foo" (else ``k`` unchanged)."""
    low, txt = lowers(doc), texts(doc)
    j = k
    while j < min(we, k + 4) and (txt[j] in acronym_stop() or _WORDISH.match(txt[j]) and txt[j].islower()
                                   and low[j] not in STOP_WORDS and low[j] not in verbs()):
        j += 1
    if (j == k or j >= we or not (txt[j][:1].isupper() or is_coined(txt[j])) or txt[j] in acronym_stop()
            or _ADJ_COMPOUND.match(txt[j])):
        return k
    e = j + 1
    while e < we and (txt[e][:1].isupper() or is_coined(txt[e])):
        e += 1
    return j if e < len(doc) and low[e] in _HEADED else k


_ENUM_CLOSE = frozenset([")"])
_ENUM_ITEM = re.compile(r"^(?:.*\()?(\d|i{1,3}|iv|v|[a-e])$")
_ENUM_FIRST = frozenset("1 i a".split())
# what opens a list of the paper's own parts right before its first item: "three key mechanisms: (1)", "Our
# design incorporates (i)"; a sentence that studies, explores or validates lists something else
_OWN_LIST_CUES = frozenset("""
incorporates comprises consists features integrates introduces components modules innovations mechanisms techniques
contributions designs employs uses applies
""".split())
_STUDY_CUES = frozenset("""
explore explores study studies analyze analyzes analyse investigate investigates evaluate evaluates validate compare
compares examine examines challenges limitations issues problems questions findings suffer suffers fail fails lack
""".split())
# generic heads that still end a part's name: "a self-rewarding mechanism", "a hybrid loss function"
_NOT_PART_HEADS = _GENERIC_HEADS - frozenset("strategy scheme mechanism module loss objective network algorithm"
                                             .split())
_TECHNIQUE_SUFFIX = re.compile(r"(?:ing|tion|sion|ment|ery|er|or|ance)s?$")


def _own_list_opener(doc: Doc, m: int) -> bool:
    """The sentence before the first item marker at ``m`` opens a list of the paper's own parts."""
    s0, _ = sentence_of(doc, m)
    low = lowers(doc)
    # the clause that opens the list ("To address these challenges, we propose X with three key innovations:");
    # "a dataset and benchmark ..., which features (i)" lists the data's traits
    c0 = next((k for k in range(m - 1, s0, -1) if low[k] in (",", ";")), s0)
    return (bool(set(low[max(s0, m - 6):m]) & _OWN_LIST_CUES) and not set(low[c0:m]) & _STUDY_CUES
            and not set(low[s0:m]) & DATASET_HEADS)


def _enum_phrase_end(low: list[str], text: list[str], k: int, verb_set) -> int:
    """The end of the noun phrase of up to five words opening an enumerated item at ``k``: it stops at a stop word,
    a verb, an adverb or a clause-opening participle ("(1) adaptive epoch scheduling, ...")."""
    e, n = k, len(low)
    while e < n and e - k < 5:
        if low[e] == "-" and e > k and e + 1 < n and low[e + 1] in _JOINING_SUFFIXES:
            e += 2  # "(iii) physics-inspired losses" (the tokenizer splits "-inspired")
            continue
        if (not _WORDISH.match(text[e]) or low[e] in STOP_WORDS or low[e] in verb_set or _third_person(low[e], verb_set)
                or low[e].endswith("ly") or _participle_after_head(low, k, e)):
            break
        e += 1
    return e


def _participle_after_head(low: list[str], k: int, e: int) -> bool:
    """An -ing word after a head noun opens a clause: "feature extraction | eliminating ...", "a large
    benchmark | comprising ..." (but "adaptive epoch scheduling")."""
    return (e > k and low[e].endswith("ing") and low[e] not in _ING_KEEP
            and (_technique_head(low[e - 1]) or low[e - 1] in _GENERIC_HEADS))


def _verb_lead(text: str) -> bool:
    """A verb form opening an item ("employing OCR models", "Designing a ..."), not a modifier ("masked", "Mixed
    Sampling Strategy")."""
    word = text.lower()
    return (bool(_LEAD_DROP.match(word)) and word not in _ING_KEEP and "-" not in word and not word.endswith("ly")
            and (text.islower() or word.endswith("ing")))


def _third_person(word: str, verb_set) -> bool:
    """A present-tense verb ending a subject phrase: "refinement revises", "a module aligns"."""
    return len(word) > 3 and word.endswith("s") and (word[:-1] in verb_set or word[:-2] in verb_set)


def _technique_head(word: str) -> bool:
    """``word`` can end the name of a technique or part: "injection", "routing", "refiner", "module"."""
    w = singular(word)
    return (w in METHOD_HEADS or w in COMPONENT_HEADS or bool(_TECHNIQUE_SUFFIX.search(w))) and w not in _NOT_PART_HEADS


@Language.factory("kg_rules", assigns=["doc._.kg_cands", "doc._.kg_abbrevs"], default_config={"max_modifiers": 4})
def make_kg_rules(nlp: Language, name: str, max_modifiers: int) -> RuleMatcher:
    """Create the rule component.

    Examples
    --------
    >>> import spacy
    >>> nlp = spacy.blank("en")
    >>> _ = nlp.add_pipe("kg_rules")
    >>> doc = nlp("We propose a Multi-Scale Recursive Network (MSRNet).")
    >>> sorted({c.rule for c in doc._.kg_cands})
    ['abbreviation', 'coined', 'head_method', 'proposal_name']
    """
    return RuleMatcher(nlp, name, max_modifiers=max_modifiers)


_ROLE_WORD = re.compile(r"^(?:(?:Meta|Sub|Co|Self|Super)-)?[A-Z][a-z]+$")  # "Planner", "Meta-Refiner"
# words after a role noun (or a list of them) that it modifies: "a Teacher graph", "Retriever and Reflector agents"
_ROLE_MODIFIED = METHOD_HEADS | DATASET_HEADS | _CAP_PART_HEADS | frozenset(
    "agent agents model models role roles collaboration".split())
_NAME_JOINS = frozenset("- / +".split())  # "Critic/Revision modules", "Planner-Coder"


def _in_capitalised_run(doc: Doc, cap_set: set[int], i: int) -> bool:
    """Token ``i`` belongs to a longer name ("VLM-Motion Critic", "Critic/Revision") or modifies the word after it,
    alone or listed ("Worker agents", "Retriever, Reflector and Writer agents"); a sentence's capitalised opener
    before it is no name ("The Solver ...").

    Examples
    --------
    >>> from kg.extract.pipeline import load_nlp
    >>> doc = load_nlp()("T\\n\\nWe add a Solver and a Teacher graph. The Resolver writes. A Critic Network helps.")
    >>> caps = set(_cap_tokens(doc))
    >>> [doc[i].text for i in sorted(caps) if not _in_capitalised_run(doc, caps, i)]
    ['We', 'Solver', 'Resolver']
    """
    text_list, low_list = texts(doc), lowers(doc)
    sent_starts = set(doc.user_data.get("kg_sent_starts") or ())
    before = i - 1
    if before >= 0 and (text_list[before] in _NAME_JOINS or text_list[before][:1].isupper()
                        and not (before in sent_starts and low_list[before] in STOP_WORDS)):
        return True
    k = i + 1
    while k < len(doc) and (low_list[k] in LIST_JOINS or k in cap_set and k not in sent_starts):
        k += 1
    if k < len(doc) and low_list[k] in _ROLE_MODIFIED:
        return True
    after = i + 1
    return after < len(doc) and (after in cap_set or text_list[after] in _NAME_JOINS)
