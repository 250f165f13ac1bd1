"""The two word shapes the candidate rules look for in every token, kept as lexeme flags: coined names and
capitalised words (spaCy tests each distinct word once; see :func:`candidates.set_word_flag`)."""

from __future__ import annotations

import re
from bisect import bisect_left

from spacy.attrs import FLAG62, FLAG63
from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc

from kg.extract.components.candidates import flagged_tokens, set_word_flag, token_index
from kg.extract.components.head_phrases import ADJ_COMPOUND, CAP_TOKEN
from kg.extract.components.name_shapes import (FORMER_NAME, FORMULA_END, HAS_DIGIT, LATEX_COMMAND, MATH_NAME,
                                               SIZED_WORD, is_coined)
from kg.extract.normalize import GREEK_NAMES, greek_letters

__all__ = ["COINED_FLAG", "CAP_FLAG", "coined_shape", "cap_word", "cap_tokens"]

# metrics and hardware that look like names
_NOT_NAME = re.compile(r"(?i:(?:^|[-_])(?:f1|iou|auc|auroc|acc|bleu|rouge(?:-\w)?|map|psnr|ssim|fpr\d*|tpr\d*|ece)$"
                       r"|^(?:sacrebleu|chrf\+*|rtx|gtx|[ahvlpt]100|h200|b200|gh200|gb200|a6000|h20|[ah]800|a40|"
                       r"l40s?|k80|mi\d{3}x?|tpuv\d)$)")
# a structure-of-parts name: "Chain-of-Look", "Mixture-of-Groups", "Best-of-N", "Tree-of-Writing"
_OF_NAME = re.compile(r"^(?i:chain|mixture|tree|graph|program|best|sketch|skeleton|buffer|forest)-of-[A-Z][\w\-]*$")
# a lower-case "X2Y" converter name: "seq2seq", "seq2frame"
_TWO_NAME = re.compile(r"^[a-z]{2,}2[a-z]{2,}$")
# two words glued where a space or a symbol was lost: a LaTeX symbol's name before a number ("%\rightarrow73.4" printed
# "rightarrow73.4", "$\sim$14B" printed "sim14B"), a function word before a name or number ("of0.63",
# "onAgriculture-Vision", an ontology relation "isPartOf") or after a word ("fasterAn"): no name
_GLUED = re.compile(r"^(?:(?:(?:long)?(?:right|left)arrow|uparrow|downarrow|sim|approx|times|cdot|pm|leq|geq)\d"
                    r"|(?:of|on|in|at|by|to|for|with|from|and|or|the|an|is|are|has)[A-Z0-9]"
                    r"|[a-z]{3,}(?:An|The|Of|And|To|For|With|In|On|Is|Are)$)")


def coined_shape(text: str) -> bool:
    """The token test of the ``coined`` rule (a pure function of the token string).

    Examples
    --------
    >>> [coined_shape(t) for t in ["MSRNet", "wav2vec2.0", "ALL", "F1", "Transformer-based", "network"]]
    [True, True, False, False, False, False]
    >>> [coined_shape(t) for t in ["Zipformer", "Transformer"]]
    [True, False]
    >>> [coined_shape(t) for t in ["seq2seq", "seq2frame", "agr78"]]
    [True, True, False]
    >>> [coined_shape(t) for t in ["Chain-of-Look", "Best-of-N", "Out-of-Distribution"]]
    [True, True, False]
    >>> [coined_shape(t) for t in ["rightarrow73.4", "sim14B", "of0.63", "isPartOf", "fasterAn", "sim2real", "anyECG"]]
    [False, False, False, False, False, True, True]
    """
    if text.isalpha() and text[1:].islower() and not text.endswith("former"):
        return False  # a word ("the", "Model"): no test below passes one (the patterns need a digit, "-" or "former")
    if "$" in text:
        return _coined_with_math(text)
    if text.islower() and not HAS_DIGIT.search(text):
        return False  # all lower case, no digit ("cross-validation", "transformer"): nor that (the rest need either)
    # (each pattern only where its literal part is: most words reaching here hold neither)
    if "2" in text and _TWO_NAME.match(text) or "-of-" in text and _OF_NAME.match(text):
        return True
    if text[0].islower() and _GLUED.match(text):
        return False
    # cheap shape test first: an inner capital or a digit
    # all lower case only with a digit and a joint: "wav2vec2.0", "m2cai16-tool-locations"
    if len(text) < 2 or (text[1:].islower() and not HAS_DIGIT.search(text) and not SIZED_WORD.match(text)
                         and not FORMER_NAME.match(text)) \
            or text.islower() and ("-" not in text and "." not in text or not HAS_DIGIT.search(text)):
        return False
    if not is_coined(text) or ADJ_COMPOUND.match(text) or _metric_or_hardware(text):
        return False
    if text.isupper() and text.lower() in STOP_WORDS:  # emphasis: "WHEN", "ALL", "NOT"
        return False
    return True


_MATH = re.compile(r"\$([^$]*)\$")
# what the math of a name holds: letters, digits, Greek letters, "*", "+", "'", braces, super- and subscripts and
# the styles of letters; no relation, operator, arrow, space or number with a point ("$\\sim$14B", "P$<$0.001")
_NAME_MATH = re.compile(rf"(?:[A-Za-z0-9\u0370-\u03ff*+'^_{{}}]|\\(?:{GREEK_NAMES}|text|mathrm|mathbf|mathcal|mathsf"
                        rf"|mathtt|mathit|mathbb|boldsymbol|bf|rm|it)(?![A-Za-z]))+")
_SCRIPT = re.compile(r"[\^_](?:\{[^{}]*\}|\\?[^{}\\])")  # a superscript or subscript: "^2", "_{LR}", "^\\text"
_METRICS = frozenset("ap aj fid fvd pass hit recall precision ndcg mrr mse rmse nrmse mape lpips miou".split())
# scripts of no name: an indexed variable ("Student-$t_3$", "$x_0$"), an ordinal ("20$^{th}$"), a power of 0 or 1
# ("TC$^0$"), a transpose ("$ZZ^T$") or a two-digit superscript ("$^{18}$F")
_PLAIN_SCRIPT = re.compile(r"^[A-Za-z]_\{?\d|\^\{?(?:th|st|nd|rd|[01T]\}?$|\d\d)")


def _coined_with_math(text: str) -> bool:
    r"""A name written with LaTeX inline math (one token, see ``MATH_NAME``) whose math decorates letters, and a
    capital outside the math ("C$^2$MIL", "$\lambda$-GRPO", "SelfCap$_{LR}$") or two capitals or a capitalised word
    in it ("$A^2R^2$", "$Agent^2$"); not a variable, a lower-case term, a number, a chemical formula or a metric with
    its subscript ("$W_q$", "$k$-means", "$100$B", "$\approx$100M", "CO$_2$", "$mAP_{50}$", "AP$_M$").

    >>> [_coined_with_math(t) for t in ("C$^2$MIL", "$A^2R^2$", "$\\lambda$-GRPO", "COCO-20$^i$", "$\\tau$-Bench")]
    [True, True, True, True, True]
    >>> [_coined_with_math(t) for t in ("$W_q$", "$k$-means", "$100$B", "$\\approx$100M", "$mAP_{50}$", "AP$_M$")]
    [False, False, False, False, False, False]
    >>> [_coined_with_math(t) for t in ("CO$_2$", "Mid-20$^{th}$", "$f_{SE}$", "NRMSE$_{range}$")]
    [False, False, False, False]
    >>> [_coined_with_math(t) for t in ("$\\mu$P", "H$_{2}$OT")]
    [True, True]
    """
    if len(text) > 60 or MATH_NAME.fullmatch(text) is None or FORMULA_END.search(text):
        return False
    inside = _MATH.findall(text)
    if not all(_NAME_MATH.fullmatch(m) and not m.isdigit() and not _PLAIN_SCRIPT.search(m) for m in inside):
        return False
    # the name without its scripts and styles: "C$^2$MIL" -> "CMIL", "$mAP_{50}$" -> "mAP"
    # (a Greek letter is a letter: "$\\mu$P" is a name)
    base = _MATH.sub(lambda m: greek_letters(_SCRIPT.sub("", m.group(1))), text)
    base = LATEX_COMMAND.sub("", base).replace("{", "").replace("}", "")
    word = base.strip("-").lower()
    if sum(map(str.isalpha, word)) < 2 or any(p in _METRICS or _metric_or_hardware(p) for p in word.split("-")):
        return False  # (one letter with its script is a variable: "$f_{SE}$", "$V_1$")
    outside = _MATH.sub(" ", text)
    if any(char.isupper() for char in outside):
        return True
    letters = LATEX_COMMAND.sub("", " ".join(inside))
    return sum(map(str.isupper, letters)) >= 2 or re.search(r"[A-Z][a-z]{2,}", letters) is not None


def _metric_or_hardware(text: str) -> bool:
    """``_NOT_NAME.search(text)``: a match starts at the word's start or at a "-" or "_" (every alternative opens
    with "^" or one of them), so a word without either is matched once instead of searched at every position.

    >>> [_metric_or_hardware(w) for w in ("ROUGE-L", "H100", "Model-F1", "ResNet", "x_map")]
    [True, True, True, False, True]
    """
    if _NOT_NAME.match(text):
        return True
    return ("-" in text or "_" in text) and bool(_NOT_NAME.search(text))


def cap_word(text: str) -> bool:
    """The token test of :func:`cap_tokens`: a word shaped like a capitalised word (``CAP_TOKEN``).

    >>> cap_word("Vision-Mamba"), cap_word("COCO"), cap_word("train")
    (True, False, False)
    """
    # (the range test first: most words are not capitalised, and it is cheaper than the pattern)
    return "A" <= text[:1] <= "Z" and bool(CAP_TOKEN.regex.match(text))


COINED_FLAG, CAP_FLAG = FLAG62, FLAG63
set_word_flag(COINED_FLAG, coined_shape)
set_word_flag(CAP_FLAG, cap_word)


def cap_tokens(doc: Doc) -> list[int]:
    """Indices of the abstract's tokens shaped like capitalised words (:func:`cap_word`), in order (cached).

    Examples
    --------
    >>> from kg.extract.pipeline import load_nlp
    >>> cap_tokens(load_nlp().make_doc("A Title\\n\\nWe train Vision-Mamba on COCO and Places"))
    [3, 5, 9]
    """
    out = doc.user_data.get("kg_cap_tokens")
    if out is None:
        caps = flagged_tokens(doc, CAP_FLAG)
        out = doc.user_data["kg_cap_tokens"] = caps[bisect_left(caps, token_index(doc)["title_end"]):]
    return out
