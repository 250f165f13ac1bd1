"""Names by their written shape: acronym definitions, coined words (with a version or size), known one-word models
with a size, runs of capitalised words."""

from __future__ import annotations

import re

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc

from kg.extract.abbreviations import best_long_form, find_abbreviations
from kg.extract.components.candidates import (Cand, covering_tokens, doc_text, flagged_tokens, lowers, span_text, texts,
                                               token_index)
from kg.extract.components.sentences import sentence_starts
from kg.extract.components.head_phrases import JOINING_SUFFIXES, article_opens_phrase, cap_ok, named_before_purpose
from kg.extract.components.lexicon import DATASET_HEADS, METHOD_HEADS, PREPOSITIONS, TASK_HEADS
from kg.extract.components.name_shapes import size_word_modifies
from kg.extract.components.word_flags import COINED_FLAG, cap_tokens
from kg.extract.normalize import singular
from kg.extract.proposed import TITLE_SEPARATORS

__all__ = ["abbreviations", "coined", "sized_models", "capitalised", "PARAM_SIZES"]

# parameter counts written after a model name, one or several: "8B", "30B-A3B" (total and active), "4B/8B/30B-A3B"
_ONE_SIZE = r"\d+(?:\.\d+)?[BM](?:-A\d+(?:\.\d+)?B)?"
PARAM_SIZES = rf"{_ONE_SIZE}(?:/{_ONE_SIZE})*"
_VERSION = re.compile(r"^(?:v\d+(?:\.\d+)*[A-Za-z]?|\d(?:\.\d)?[A-Za-z]?|\d{1,2}(?:\.\d{1,2})?-(?:[a-z]{3,8}|\d+[BM])|"
                      r"[A-Z]{1,2}\d*|XL|XXL|Base|Large|Small|Tiny|Mini|"
                      r"Pro|Plus|Ultra|Lite|Flash|Max|Nano|mini|nano|"
                      rf"Turbo|Instruct|Chat|base|large|small|tiny|\d+[BMK]|{PARAM_SIZES})$")
# a model's size or release after its name: "large-v3", "medium", "9B", "2.5-8B"
_MODEL_SIZE = re.compile(r"^(?:(?:large|medium|small|base|tiny)(?:-v\d+)?|\d+(?:\.\d+)?[BM]|\d(?:\.\d)?-\d+[BM])$")
_TITLE_BREAKS = frozenset("for with via using in on through and to from towards".split())
_RUN_VERSION = re.compile(r"^[vV]\d+(?:\.\d+)*$")
_CAP_CONNECTORS = frozenset("of for with".split())


def abbreviations(doc: Doc, cands: list[Cand]) -> None:
    """Acronym definitions (Schwartz-Hearst, in the text; or a title that spells its name out after the colon,
    "DACN: Dual-Attention Convolutional Network for ..."): both forms become ``abbreviation`` candidates and the
    pairs ``doc._.kg_abbrevs``.

    Examples
    --------
    >>> from kg.extract.components.rules import try_rule
    >>> try_rule(abbreviations, "T\\n\\nWe propose a Multi-Scale Recursive Network (MSRNet).")
    ['MSRNet', 'Multi-Scale Recursive Network']
    """
    pairs = []
    for i, ab in enumerate(find_abbreviations(doc_text(doc))):
        s = covering_tokens(doc, ab.short_start, ab.short_end)
        l = covering_tokens(doc, ab.long_start, ab.long_end)
        if s is None or l is None or s[0] < l[1] and l[0] < s[1]:
            continue
        pairs.append((*s, *l))
        cands.append(Cand(*s, "NAME", "abbreviation", f"abbr:{i}", 0.85))
        cands.append(Cand(*l, "NAME", "abbreviation", f"abbr:{i}", 0.85))
    title_pair = _title_definition(doc)
    if title_pair and all(span_text(doc, p[0], p[1]) != texts(doc)[0] for p in pairs):  # the abstract's wins
        pairs.append(title_pair)
        cands.append(Cand(title_pair[0], title_pair[1], "NAME", "abbreviation", "abbr:title", 0.85))
        cands.append(Cand(title_pair[2], title_pair[3], "NAME", "abbreviation", "abbr:title", 0.85))
    doc.user_data["kg_abbrevs"] = pairs


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


def coined(doc: Doc, cands: list[Cand]) -> None:
    """Name-shaped tokens (:func:`word_flags.coined_shape`: "MSRNet", "wav2vec2.0"), with a version or size token
    after one ("ResNet50 v2", "Qwen2.5 7B") when it does not open a phrase of its own.

    Examples
    --------
    >>> from kg.extract.components.rules import try_rule
    >>> try_rule(coined, "T\\n\\nWe compare ResNet50 v2 with wav2vec2.0 on speech.")
    ['ResNet50 v2', 'wav2vec2.0']
    """
    n = len(doc)
    if not n:
        return
    text_list = texts(doc)
    sent_starts = sentence_starts(doc)
    for i in flagged_tokens(doc, COINED_FLAG):
        end = i + 1
        if (end < n and end not in sent_starts and _VERSION.match(text_list[end])
                and not article_opens_phrase(text_list, end) and not size_word_modifies(text_list, end)):
            end += 1
        cands.append(Cand(i, end, "NAME", "coined", "", 0.6))


def sized_models(doc: Doc, cands: list[Cand]) -> None:
    """A known one-word model with the size or release it is run at ("Whisper large-v3", "Whisper medium",
    "Gemma 9B"): the variant is its own model name.

    Examples
    --------
    >>> from kg.extract.components.rules import try_rule
    >>> whisper = Cand(4, 5, "METHOD", "gazetteer", "whisper", 0.9)  # (the gazetteer's "Whisper")
    >>> try_rule(sized_models, "T\\n\\nWe run Whisper large-v3 on speech.", [whisper])
    ['Whisper large-v3']
    """
    text_list = texts(doc)
    sent_starts = sentence_starts(doc)
    n = len(doc)
    for c in [c for c in cands if c.rule == "gazetteer" and c.label == "METHOD" and c.end - c.start == 1]:
        e = c.end
        if e < n and e not in sent_starts and text_list[c.start][:1].isupper() and _MODEL_SIZE.match(text_list[e]):
            cands.append(Cand(c.start, e + 1, "NAME", "coined", "", 0.6))


# adjectives that open a sentence about others' work ("Existing Gaussian Splatting based methods ..."): no name part
_OPENING_ADJECTIVES = frozenset("existing recent current previous prior traditional conventional classical typical "
                                "popular mainstream contemporary".split())


def capitalised(doc: Doc, cands: list[Cand]) -> None:
    """Runs of two or more capitalised words inside an abstract sentence ("comprising a Query
    Expression Translator, a Lexical Syntax Parser"), or opening one when a lower-case word follows
    ("Drift Adaptation Training mitigates ..."): in running text, Title Case marks a name.

    Examples
    --------
    >>> from kg.extract.components.rules import try_rule
    >>> try_rule(capitalised, "T\\n\\nIt comprises a Query Expression Translator and a Lexical Syntax Parser.")
    ['Query Expression Translator', 'Lexical Syntax Parser']
    >>> try_rule(capitalised, "T\\n\\nIt reaches an Area Under the Curve of 0.9 with the Shelf Rack Module Of it.")
    ['Shelf Rack Module']
    """
    text_list, low_list = texts(doc), lowers(doc)
    sent_starts = sentence_starts(doc)
    n = len(doc)
    cap_list = cap_tokens(doc)
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
            elif (text_list[e] == "-" and e + 2 < n and low_list[e + 1] in JOINING_SUFFIXES
                  and e + 2 in caps):
                e += 2  # "Wavelet-based Regularization Loss"
            elif (low_list[e] in _CAP_CONNECTORS and e + 1 < n and e + 1 not in sent_starts
                  and e + 1 in caps and not named_before_purpose(low_list, e)):
                e += 2
                words += 1
            else:
                break
        while e > i and low_list[e - 1] in PREPOSITIONS:
            e -= 1  # "the Area Under the ROC curve": a name ends before its preposition
        if e - i < 2:
            continue  # a lone capitalised word (most): no run of two (a version number after it is no cap token)
        ver = int(e < n and e not in sent_starts and bool(_RUN_VERSION.match(text_list[e])))
        e += ver  # "Depth Anything V2"
        start = i
        if start in sent_starts and e - start > 2 and (low_list[start] in STOP_WORDS
                                                       or low_list[start] in _OPENING_ADJECTIVES):
            start += 1  # "The Automatic Patch Extraction Module extracts ...", "Existing Gaussian Splatting methods"
        elif start in sent_starts and not (e - start >= 2 and e < n and text_list[e].isalpha()
                                            and text_list[e].islower() and low_list[e] not in STOP_WORDS):
            continue
        while start < e and low_list[start] in STOP_WORDS:
            start += 1
        if e - ver - start >= 2 and cap_ok(doc, start, e - ver):
            cands.append(Cand(start, e, "NAME", "capitalised", "", 0.6))
