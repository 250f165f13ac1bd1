"""``kg_rules``: acronym definitions, coined names, head-noun phrases and title cues."""

from __future__ import annotations

import re
from bisect import bisect_left

from spacy.attrs import FLAG62, FLAG63
from spacy.lang.en.stop_words import STOP_WORDS
from spacy.lang.lex_attrs import is_punct  # (no lexeme attribute: the pipeline sets only LOWER on new words)
from spacy.language import Language
from spacy.tokens import Doc

from kg.extract.abbreviations import best_long_form, find_abbreviations
from kg.extract.components.candidates import (Cand, abbrevs_of, cands_of, doc_text, ensure_extensions,
                                              flagged_tokens, lowers, own_one_word_names, positions,
                                              register_word_flags, set_word_flag, span_text, texts, token_index)
from kg.extract.components.context import MEANS_PREPS, based_at, listed_example
from kg.extract.components.lexicon import (DATASET_HEADS, FALLBACK_TASK_HEADS, GENERIC_MODIFIERS, METHOD_HEADS,
                                           METRIC_HEADS, TASK_HEADS, THING_HEADS, agent_roles, verbs)
from kg.extract.normalize import singular
from kg.extract.components.sentences import sentence_of
from kg.extract.proposed import TITLE_SEPARATORS, proposal_windows
from kg.extract.components.name_shapes import (FORMER_NAME, HAS_DIGIT, LANGUAGE, MODIFIER_SUFFIXES, SIZED_WORD, WORDISH,
                                               coined_gerund, is_coined, language_like, own_lower_variants,
                                               own_variant_token, size_word_modifies)
from kg.extract.components.goal_phrases import (GENERIC_HEADS, ING_KEEP, LEAD_DROP, NOMINAL, TASK_LEAD_STRIP, add_goal,
                                                agent_kind, design_clause, gerund_lead, goal_end, goal_word,
                                                lead_quality, modality_pair, opening_cue, past_aspect, plural_word,
                                                purpose_goal, verb_after_subject)
from kg.extract.components.head_phrases import (ADJ_COMPOUND, CAP_TOKEN, COMPONENT_GENERIC, COMPONENT_HEADS,
                                                JOINING_SUFFIXES, PHRASE_SKIP, PLURAL, article_opens_phrase, cap_ok,
                                                describes_a_name, drop_leading_verbs, ends_modifiers, enum_phrase_end,
                                                in_capitalised_run, indices, keep_compound_modifiers,
                                                known_task_variant, modified_phrase, named_before, named_before_purpose,
                                                opens_lower_case_name, own_list_opener, past_known_name, past_modifiers,
                                                past_size_lead, split_compound_tail, technique_head, technique_phrase,
                                                verb_lead)

__all__ = ["RuleMatcher", "make_kg_rules", "SUITE_MEMBERS", "PARAM_SIZES"]

_CAPWORD = re.compile(r"^[A-Z][a-z]+(?:-[A-Z][a-z]+)*$")
# parameter counts written after a model name, one or several: "8B", "30B-A3B" (total and active), "4B/8B/30B-A3B"
_ONE_SIZE = r"\d+(?:\.\d+)?[BM](?:-A\d+(?:\.\d+)?B)?"
PARAM_SIZES = rf"{_ONE_SIZE}(?:/{_ONE_SIZE})*"
_VERSION = re.compile(r"^(?:v\d+(?:\.\d+)*[A-Za-z]?|\d(?:\.\d)?[A-Za-z]?|\d{1,2}(?:\.\d{1,2})?-(?:[a-z]{3,8}|\d+[BM])|[A-Z]{1,2}\d*|XL|XXL|Base|Large|Small|Tiny|Mini|"
                      r"Pro|Plus|Ultra|Lite|Flash|Max|Nano|mini|nano|"
                      rf"Turbo|Instruct|Chat|base|large|small|tiny|\d+[BMK]|{PARAM_SIZES})$")
# a model's size or release after its name: "large-v3", "medium", "9B", "2.5-8B"
_MODEL_SIZE = re.compile(r"^(?:(?:large|medium|small|base|tiny)(?:-v\d+)?|\d+(?:\.\d+)?[BM]|\d(?:\.\d)?-\d+[BM])$")
_BARE_TASKS = frozenset("""
classification regression segmentation detection recognition retrieval forecasting clustering recommendation
summarization translation interpretability reasoning planning navigation tracking captioning localization
inpainting denoising super-resolution outpainting upsampling autoformalization phonemization cybersecurity unlearning
trading
""".split())
# method heads whose everyday sense is the common one ("agent memory", "privacy policy"): no head-noun phrase
_EVERYDAY_HEADS = frozenset("memory memories policy policies".split())
_ALL_HEADS = (METHOD_HEADS | TASK_HEADS | FALLBACK_TASK_HEADS) - _EVERYDAY_HEADS


# generic words that still name a task setting: "open intent classification", "single image super-resolution"
_TASK_SETTING_WORDS = frozenset("open single".split())
_TASK_ACRO_MOD = re.compile(r"^(?:[A-Z]{2,5}s?|[1-4]D)$")
# metrics and hardware that look like names
_NOT_NAME = re.compile(r"(?i:(?:^|[-_])(?:f1|iou|auc|auroc|acc|bleu|rouge(?:-\w)?|map|psnr|ssim|fpr\d*|tpr\d*|ece)$"
                       r"|^(?:sacrebleu|chrf\+*|rtx|gtx|[ahvlpt]100|h200|b200|gh200|gb200|a6000|h20|[ah]800|a40|"
                       r"l40s?|k80|mi\d{3}x?|tpuv\d)$)")
_SKIP_BEFORE_NAME = frozenset("a an the our this it them novel new simple first method model framework approach "
                              "algorithm architecture technique system called named dubbed termed".split())
_NAME_CONNECTORS = frozenset("of with for and in on via".split())
_TASK_HEADS_OR_LEARNING = TASK_HEADS | {"learning"}
_TITLE_STOP = {":", "via", "with", "using", "by", "through", "from", "under", "?", "!", ".", "and", "—", "–"}
# what a paper calls itself in a title prefix: "X 2025 Challenge Report: ...", "Y Survey: ..."
_DOCUMENT_WORDS = frozenset("report survey review overview tutorial primer perspective position".split())
# a structure-of-parts name: "Chain-of-Look", "Mixture-of-Groups", "Best-of-N", "Tree-of-Writing"
_OF_NAME = re.compile(r"^(?i:chain|mixture|tree|graph|program|best|sketch|skeleton|buffer|forest)-of-[A-Z][\w\-]*$")
# a lower-case "X2Y" converter name: "seq2seq", "seq2frame"
_TWO_NAME = re.compile(r"^[a-z]{2,}2[a-z]{2,}$")


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
    if len(text) < 2 or (text[1:].islower() and not HAS_DIGIT.search(text) and not SIZED_WORD.match(text)
                         and not FORMER_NAME.match(text)) \
            or text.islower() and ("-" not in text and "." not in text or not HAS_DIGIT.search(text)):
        return False
    if not is_coined(text) or ADJ_COMPOUND.match(text) or _NOT_NAME.search(text):
        return False
    if text.isupper() and text.lower() in STOP_WORDS:  # emphasis: "WHEN", "ALL", "NOT"
        return False
    return True


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
                    and not article_opens_phrase(text_list, end) and not size_word_modifies(text_list, end)):
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
                if j in sent_starts or pl in GENERIC_MODIFIERS and not task_setting or ends_modifiers(pt):
                    break
                if design_clause(low_list, j - 1):
                    break
                if pl in DATASET_HEADS and named_before(text_list, sent_starts, j - 1):
                    break  # not "the Foo dataset achieving reasonable reconstruction": the name and its dataset word
                j -= 1
                k += 1
            variant = known_task_variant(low_list, cands, j, i) if is_t and not is_m and not fallback else None
            if variant is not None:
                # a known task's variant: one entity with the task's other mentions, which become aliases
                cands.append(Cand(j, i + 1, "TASK", "gazetteer", variant, 0.9))
                continue
            j, k = keep_compound_modifiers(low_list, text_list, cands, j, k, i) if is_m and not is_t else (
                drop_leading_verbs(low_list, j, k))
            j, k = past_size_lead(low_list, j, k)
            if k > 1 and (verb_after_subject(low_list, text_list, j) or split_compound_tail(text_list, j)):
                j, k = j + 1, k - 1
            # a task keeps its core: "lossless training acceleration" -> "training acceleration"
            while k > 0 and is_t and (TASK_LEAD_STRIP.match(low_list[j])
                                      or k > 1 and lead_quality(low_list[j])):
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
                                     or LEAD_DROP.match(low_list[start]) and low_list[start] not in ING_KEEP
                                     or TASK_LEAD_STRIP.match(low_list[start])):
                    start += 1
                start = past_aspect(low_list, start, k)
                if (0 < k - start <= 6 and low_list[k - 1] in _TASK_HEADS_OR_LEARNING
                        and all(WORDISH.match(x) or is_coined(x) for x in text_list[start:k])):
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
                                                                         and not coined_gerund(span[0].text))
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
            while j > 0 and i - j < 3 and agent_kind(low[j - 1], txt[j - 1]):
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
                    add_goal(doc, cands, s, i)
            elif w in _STUDY_NOUNS and low[i + 1] in ("of", "on"):
                start = i + 2
            elif w in _SOLVE_VERBS:
                start = i + 1
            elif w in _STUDY_VERBS and (i == 0 or low[i - 1] == ":"):
                # "KV-CoRE: Benchmarking Data-Dependent Low-Rank Compressibility of ..."
                add_goal(doc, cands, i + 1, goal_end(low, txt, i + 1, end), min_words=2)
            elif w in _PURPOSE:
                purpose_goal(doc, cands, i + 1, end)
            elif w == "in" and seen_for and low[i - 1] not in STOP_WORDS:
                start = i + 1
                if not NOMINAL.search(low[goal_end(low, txt, start + (low[start] == "the"), end) - 1]):
                    start = -1
            if w == "for":
                seen_for = True
            elif w in STOP_WORDS or not any(ch.isalnum() for ch in w):
                seen_for = seen_for and w == "-"
            if start > 0:
                if start < end and low[start] == "the":
                    start += 1
                add_goal(doc, cands, start, goal_end(low, txt, start, end))

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
            while e < min(s1 - 1, s + 6) and goal_word(low[e], txt[e]) and not opening_cue(low, e):
                e += 1
            spans = [(s, e)] if n == 0 and s < e < s1 - 1 and opening_cue(low, e) else []
            for i in positions(doc, _ADVANCE_NOUNS):
                if s0 <= i < s1 - 2 and low[i + 1] == "in":
                    k = i + 2 + (low[i + 2] == "the")
                    spans.append((k, goal_end(low, txt, k, s1)))
            for a, b in spans:
                if b > a and not (low[b - 1] in GENERIC_HEADS or singular(low[b - 1]) in GENERIC_HEADS):
                    n_before = len(cands)
                    add_goal(doc, cands, a, b, min_words=2, rule="opening_topic")
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
                e = goal_end(low, txt, s, len(doc))
                if e > s and not plural_word(low[e - 1]) and not gerund_lead(low[s]):
                    add_goal(doc, cands, s, e, min_words=2, rule="task_of")

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
        if (first in STOP_WORDS or first in GENERIC_MODIFIERS or first in verbs() or LEAD_DROP.match(first)
                and first not in ING_KEEP or not text_list[0][:1].isupper()
                or singular(last) in GENERIC_HEADS or last in DATASET_HEADS or last in METRIC_HEADS
                or last in TASK_HEADS and last not in METHOD_HEADS or ADJ_COMPOUND.match(text_list[k - 1])
                or last == "based" or any(w in DATASET_HEADS or w.startswith("benchmark") for w in low_list[k:end])
                or not all(WORDISH.match(w) or is_coined(w) for w in text_list[:k] if w != "-")):
            return
        if not proposal_windows(doc):
            return
        name = low_list[:k]
        n = len(name)
        stem = singular(name[-1])
        repeats = [i for i in indices(low_list, first, end, len(doc) - n + 1)
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
        for i in indices(text_list, name[0], title_end, len(doc) - n + 1):
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
            k = past_modifiers(doc, k, we)
            if not (txt[k][:1].isupper() or is_coined(txt[k])) or low[k] in GENERIC_MODIFIERS:
                continue
            e = k + 1
            while e < we and e - k < 6:
                if txt[e][:1].isupper() or is_coined(txt[e]):
                    e += 1
                elif (low[e] in _NAME_CONNECTORS and e + 1 < we and txt[e + 1][:1].isupper()
                      and not (low[e] == "and" and (is_coined(txt[e - 1]) or is_coined(txt[e + 1])))):
                    e += 2  # "Search and Rescue Net" is one name; "FooNet and BarNet" are two
                elif (txt[e] == "-" and e + 2 < we and low[e + 1] in MODIFIER_SUFFIXES
                      and txt[e + 2][:1].isupper() and not is_coined(txt[e - 1])):
                    # "named Dictionary-based Cross Attention Entropy model" (the tokenizer splits "-based" off a
                    # capitalised word); "kNN-based X" names another entity in its modifier
                    e += 3
                else:
                    break
            if e < we and _RELEASE.match(txt[e]):
                e += 1  # "we present Agentics 2.0"
            if describes_a_name(doc, k, e, we) or opens_lower_case_name(doc, k, e):
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
            elif "-" in word and i not in coined and (own_variant_token(word, own) or word in lower_variants):
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
                if j > 2 and based_at(low_list, j - 2) and WORDISH.match(text_list[j - 3]):
                    j -= 3  # "curriculum-based integration strategy"
                    k += 1
                    continue
                if (pl in GENERIC_MODIFIERS or pl in STOP_WORDS or pl in verb_set
                        or not (WORDISH.match(pt) or is_coined(pt) or pt[:1].isdigit() and "-" in pt)):
                    break
                j -= 1
                k += 1
            j, k = drop_leading_verbs(low_list, j, k, text_list)
            j, k = past_size_lead(low_list, j, k)
            j, k = past_known_name(cands, j, k, i)
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
                                        or LANGUAGE.match(text_list[a]) or ADJ_COMPOUND.match(text_list[a]))):
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
            span = technique_phrase(doc, ws, we) or modified_phrase(doc, cands, ws, we)
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
            span = technique_phrase(doc, i + 1, min(sentence_of(doc, i)[1], i + 11))
            # "we use LoRA fine-tuning": the name is the entity; "we use gradient information": data, not a tool
            if not span or not texts(doc)[span[0]].islower() or low_list[span[1] - 1] in _USED_NOT_TOOLS:
                continue
            last = low_list[span[1] - 1]
            if ours or technique_head(last) and (last in METHOD_HEADS or last not in TASK_HEADS):
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
                    or low_list[j] in GENERIC_MODIFIERS or LANGUAGE.match(text_list[j])
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
        for i in _cap_tokens(doc):  # every _PLAIN_CAP word is a CAP_TOKEN
            if i <= title_end:
                continue
            t = text_list[i]
            if (i in sent_starts or not (_PLAIN_CAP.match(t) or _CAP_COMPOUND.match(t)) or low_list[i] in STOP_WORDS
                    or low_list[i] in GENERIC_MODIFIERS or language_like(t)):
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
                elif (text_list[e] == "-" and e + 2 < n and low_list[e + 1] in JOINING_SUFFIXES
                      and e + 2 in caps):
                    e += 2  # "Wavelet-based Regularization Loss"
                elif (low_list[e] in _CAP_CONNECTORS and e + 1 < n and e + 1 not in sent_starts
                      and e + 1 in caps and not named_before_purpose(low_list, e)):
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
            if e - ver - start >= 2 and cap_ok(doc, start, e - ver):
                cands.append(Cand(start, e, "NAME", "capitalised", "", 0.6))

    @staticmethod
    def _role_names(doc: Doc, cands: list) -> None:
        """A capitalised role noun on its own inside an abstract sentence ("a Questioner and an Answerer
        collaborate", "the Resolver leverages ...", "a Meta-Refiner"): the name of one of the system's agents or
        modules, not a modifier ("a Teacher graph"), a word of a longer capitalised name or an example ("roles such
        as Planner and Critic"). Only past the first "we propose ..." window."""
        text_list, low_list = texts(doc), lowers(doc)
        windows = proposal_windows(doc)
        if not windows:
            return  # the roles of a system the paper describes as its own, not of one it surveys
        caps = _cap_tokens(doc)
        roles = [i for i in caps if _ROLE_WORD.match(text_list[i]) and low_list[i].rsplit("-", 1)[-1] in agent_roles()]
        if not roles:
            return
        sent_starts = set(doc.user_data.get("kg_sent_starts") or ())
        cap_set = set(caps)
        # one mention in a clause defining a task by its participants makes the word the task's, everywhere
        role_words = {low_list[i] for i in roles}
        players = {low_list[i] for i in caps if low_list[i] in role_words and _task_player(doc, low_list, i)}
        for i in roles:
            if (i > windows[0][0] and i not in sent_starts and not in_capitalised_run(doc, cap_set, i)
                    and low_list[i] not in players and not listed_example(doc, i)):
                cands.append(Cand(i, i + 1, "METHOD", "role_name", "", 0.6))


# nouns a paper defines a task by; the roles a relative clause after one introduces are the task's players
_TASK_SETTING_NOUNS = frozenset("task tasks game games setting scenario challenge".split())
_RELATIVES = frozenset(("where", "wherein", "which", "whereby"))


def _task_player(doc: Doc, low: list[str], i: int) -> bool:
    """The word at ``i`` stands in a clause that defines a task by its participants, after "task, where" or
    "game in which" in the same sentence ("a dialog task, where a navigation agent (Navigator) and a guide ..."):
    a role of the task the paper sets, not an agent of its system.

    >>> from kg.extract.pipeline import load_nlp
    >>> doc = load_nlp()("We pose a new task, where a Seeker and a Hider play.")
    >>> _task_player(doc, lowers(doc), 8)
    True
    """
    start = sentence_of(doc, i)[0]
    for k in range(i - 1, start, -1):
        if low[k] in _RELATIVES:
            j = k - 1 - (low[k - 1] in (",", "in"))
            return j >= start and low[j] in _TASK_SETTING_NOUNS
    return False


# the size a release is named by: "Kuwain 1.5B", "FooSet 2k"
_RELEASE_SIZE = re.compile(r"^\d+(?:\.\d+)?[kKMB]$")


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


# a named part of a dataset names the dataset too: "a multi-character Foo subset"
_LIST_DATA_HEADS = DATASET_HEADS | frozenset(("subset", "subsets"))
_DS_YEAR = re.compile(r"^(?:19|20)\d\d$")
# opening a name: "the 3D AffordanceNet dataset" (not "3D HOI datasets"); or closing one: "the Embody 3D dataset"
_DS_DIM = re.compile(r"^[1-4]D$")
_PHRASE_VERBS = frozenset("propose proposes introduce introduces present presents develop develops design designs "
                          "devise devises".split())
_RUN_VERSION = re.compile(r"^[vV]\d+(?:\.\d+)*$")
_CAP_CONNECTORS = frozenset("of for with".split())


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
    """The token test of :func:`_cap_tokens`: a word shaped like a capitalised word (``CAP_TOKEN``).

    >>> _cap_word("Vision-Mamba"), _cap_word("COCO"), _cap_word("train")
    (True, False, False)
    """
    # (the range test first: most words are not capitalised, and it is cheaper than the pattern)
    return "A" <= text[:1] <= "Z" and bool(CAP_TOKEN.regex.match(text))


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


_PURPOSE = frozenset("for towards toward".split())


_TASK_OF_NOUNS = frozenset("task tasks".split())


_ADVANCE_NOUNS = frozenset("advances advancements progress developments breakthroughs".split())


_RELEASE = re.compile(r"^v?\d{1,2}(?:\.\d{1,2})+$|^v\d{1,2}$")


_ENUM_CLOSE = frozenset([")"])
_ENUM_ITEM = re.compile(r"^(?:.*\()?(\d|i{1,3}|iv|v|[a-e])$")
_ENUM_FIRST = frozenset("1 i a".split())


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
