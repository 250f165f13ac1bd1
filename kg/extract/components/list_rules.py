"""Names by the list they stand in: capitalised names listed before a dataset word, members of a comma / "and" list,
a name after a score and "on", and the items of an enumerated list of the paper's own parts."""

from __future__ import annotations

import re

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc

from kg.extract.components.candidates import Cand, lowers, positions, texts, token_index
from kg.extract.components.sentences import sentence_starts
from kg.extract.components.head_phrases import (ADJ_COMPOUND, PHRASE_SKIP, PLURAL, enum_phrase_end, own_list_opener,
                                                technique_head, verb_lead)
from kg.extract.components.lexicon import DATASET_HEADS, GENERIC_MODIFIERS, acronym_stop, verbs
from kg.extract.components.name_shapes import LANGUAGE, language_like
from kg.extract.components.word_flags import cap_tokens

__all__ = ["dataset_lists", "list_members", "scored_on", "enumerated_parts", "SUITE_MEMBERS"]

# what a "suite of ..." holds when it is a model family, not a dataset: "the Ettin suite of models"
SUITE_MEMBERS = frozenset("models model encoders decoders networks methods algorithms agents tools".split())
_DS_TOKEN = re.compile(r"^(?:[A-Z][A-Za-z0-9]*(?:[-_.][A-Za-z0-9]+)*|[a-z]+[A-Z0-9][A-Za-z0-9\-]*"
                       r"|[1-4]D-[A-Z][\w\-]*|[a-z]+-(?:eval|bench))$")  # "ViSA", "nuScenes", "3D-AD", "safe-eval"
# a named part of a dataset names the dataset too: "a multi-character Foo subset"
_LIST_DATA_HEADS = DATASET_HEADS | frozenset(("subset", "subsets"))
_DS_YEAR = re.compile(r"^(?:19|20)\d\d$")
# opening a name: "the 3D AffordanceNet dataset" (not "3D HOI datasets"); or closing one: "the Embody 3D dataset"
_DS_DIM = re.compile(r"^[1-4]D$")
_PLAIN_CAP = re.compile(r"^[A-Z][a-z]{2,}$")
_CAP_COMPOUND = re.compile(r"^[A-Z][a-z]{2,}(?:-[A-Z][a-z]+)+$")  # "Kimi-Audio", "Longcat-Image"
_LIST_VERSION = re.compile(r"^[vV]?\d{1,2}(?:\.\d{1,2})?$")
# nouns numbered in running text, not model releases: "Table 2", "Stage 1 and Stage 2"
_NUMBERED_NOUNS = frozenset("table tables figure fig section sections stage stages phase step steps level levels task "
                            "tasks version round part appendix eq equation chapter experiment setting type".split())
_CLASS_NOUNS = frozenset("model models method methods approach approaches technique techniques framework frameworks "
                         "system systems network networks architectures features representations tasks".split())
_ON = frozenset({"on"})
_SCORE_WORDS = frozenset("""
accuracy f1 auc map bleu rouge score scores points improvement improvements gain gains sota state-of-the-art results
performance % percent
""".split())
_ENUM_CLOSE = frozenset([")"])
_ENUM_ITEM = re.compile(r"^(?:.*\()?(\d|i{1,3}|iv|v|[a-e])$")
_ENUM_FIRST = frozenset("1 i a".split())


def dataset_lists(doc: Doc, cands: list[Cand]) -> None:
    """Capitalised names listed right before a dataset word: "the Tough Tables and BiodivTab datasets",
    "on the Lmsys and MT-Bench datasets" (languages such as "Polish benchmarks" and acronyms that name no thing,
    "OOD datasets", are left out).

    Examples
    --------
    >>> from kg.extract.components.rules import try_rule
    >>> try_rule(dataset_lists, "T\\n\\nWe evaluate on the Tough Tables and BiodivTab datasets.")
    ['BiodivTab', 'Tough Tables']
    """
    low_list, text_list = lowers(doc), texts(doc)
    sent_starts = sentence_starts(doc)
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
                                    or LANGUAGE.match(text_list[a]) or ADJ_COMPOUND.match(text_list[a])
                                    or text_list[a].isupper() and text_list[a] in acronym_stop())):  # "OOD datasets"
                # a capitalised head word is part of the name: "Urban Street Tree Dataset"
                cands.append(Cand(a, e + 1 if e == h and text_list[h][:1].isupper() else e, "DATASET",
                                  "dataset_list", "", 0.6))
            if s > 1 and low_list[s - 1] in (",", "and", "or", "&"):
                e = s - 1
                if low_list[e - 1] == "," and e > 1:
                    e -= 1
            else:
                break


def list_members(doc: Doc, cands: list[Cand]) -> None:
    """Plain capitalised words or Title-Case compounds inside a comma/"and" list ("on ImageNet, Places and
    Cityscapes", "Qwen2.5-Omni, Kimi-Audio, and ..."), with a version number ("Grok 4", "Tesseract v5"); the
    resolver keeps them only when the list's other members give them a type.

    Examples
    --------
    >>> from kg.extract.components.rules import try_rule
    >>> try_rule(list_members, "T\\n\\nWe test on ImageNet, Places and Cityscapes.")
    ['Places', 'Cityscapes']
    """
    low_list, text_list = lowers(doc), texts(doc)
    sent_starts = sentence_starts(doc)
    n = len(doc)
    title_end = token_index(doc)["title_end"]
    for i in cap_tokens(doc):  # every _PLAIN_CAP word is a CAP_TOKEN
        if i <= title_end:
            continue
        before = low_list[i - 1] in (",", "and", "or")
        after = i + 1 < n and low_list[i + 1] in (",", "and", "or") and i + 1 not in sent_starts
        after2 = text_list[i + 2] if i + 2 < n else ""
        if not (before or after or after2 in (",", "and", "or")):
            continue  # in no list, with or without a version number (most capitalised words; the cheapest test)
        t = text_list[i]
        if (i in sent_starts or low_list[i] in STOP_WORDS or low_list[i] in GENERIC_MODIFIERS
                or not (_PLAIN_CAP.match(t) or _CAP_COMPOUND.match(t)) or language_like(t)):
            continue
        if _CAP_COMPOUND.match(t) and i + 1 < n and low_list[i + 1] in _CLASS_NOUNS:
            continue  # a modifier: "Neuro-Symbolic methods", "Visual-Language models"
        prev, nxt = text_list[i - 1], text_list[i + 1] if i + 1 < n else ""
        if (_LIST_VERSION.match(nxt) and low_list[i] not in _NUMBERED_NOUNS and not prev[:1].isupper()
                and not after2[:1].isupper() and (before or after2 in (",", "and", "or"))):
            cands.append(Cand(i, i + 2, "NAME", "list_member", "", 0.4))  # "Claude 4, Grok 4 and ..."
            continue
        if (before or after) and not (nxt[:1].isupper() or prev[:1].isupper() or prev[:1].isdigit()
                                      or nxt[:1].isdigit() or nxt == "-" or prev == "-"):
            cands.append(Cand(i, i + 1, "NAME", "list_member", "", 0.4))


def scored_on(doc: Doc, cands: list[Cand]) -> None:
    """A plain capitalised name right after a score and "on": "90.1% accuracy on Glimmer",
    "state-of-the-art results on Charades".

    Examples
    --------
    >>> from kg.extract.components.rules import try_rule
    >>> try_rule(scored_on, "T\\n\\nIt reaches 90.1% accuracy on Glimmer.")
    ['Glimmer']
    """
    low_list, text_list = lowers(doc), texts(doc)
    sent_starts = sentence_starts(doc)
    n = len(doc)
    for i in positions(doc, _ON):
        j = i + 1
        if j < n and low_list[j] == "the":
            j += 1
        if (j >= n or j in sent_starts or not _PLAIN_CAP.match(text_list[j]) or low_list[j] in STOP_WORDS
                or low_list[j] in GENERIC_MODIFIERS or LANGUAGE.match(text_list[j])
                or j + 1 < n and (text_list[j + 1][:1].isupper() or text_list[j + 1] == "-")):
            continue
        left = low_list[max(0, i - 4):i]
        if any(w in _SCORE_WORDS or w.endswith("%") or w == "%" for w in left):
            cands.append(Cand(j, j + 1, "DATASET", "scored_on", "", 0.5))


def enumerated_parts(doc: Doc, cands: list[Cand]) -> None:
    """The technique phrase opening each item of an enumerated list of the paper's own parts: "SACL introduces
    three mechanisms: (1) adaptive epoch scheduling, (2) hard sample injection", "(ii) a physics-guided
    rendering module that ..."; lists of challenges, findings or tasks are left out.

    Examples
    --------
    >>> from kg.extract.components.rules import try_rule
    >>> try_rule(enumerated_parts, "T\\n\\nSACL introduces three mechanisms: (1) adaptive epoch scheduling, "
    ...                            "(2) hard sample injection.")
    ['adaptive epoch scheduling', 'hard sample injection']
    """
    low_list, text_list = lowers(doc), texts(doc)
    verb_set = verbs()
    own = None  # whether the current list (from its first item) lists the paper's own parts
    for m in positions(doc, _ENUM_CLOSE):
        item = _ENUM_ITEM.match(low_list[m - 1]) if m > 0 else None
        if not item:
            continue
        if item.group(1) in _ENUM_FIRST:
            own = own_list_opener(doc, m - 1)
        if not own:
            continue
        k = m + 1
        while k < len(doc) and low_list[k] in PHRASE_SKIP:
            k += 1
        e = enum_phrase_end(low_list, text_list, k, verb_set)
        if (e - k >= 2 and technique_head(low_list[e - 1]) and not (e < len(doc) and low_list[e] == "of")
                and not verb_lead(text_list[k]) and not any(PLURAL.match(w) for w in text_list[k:e - 1])):
            cands.append(Cand(k, e, "METHOD", "enum_part", "", 0.6))
