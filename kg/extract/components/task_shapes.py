"""Shapes of a task phrase: its case, manner and kind modifiers, field names, keys nested in others."""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.lang.en.stop_words import STOP_WORDS

from kg.extract.components.context import KEEP_CASE
from kg.extract.components.lexicon import GENERIC_MODIFIERS, PREPOSITIONS, PROPER_WORDS, verbs
from kg.extract.components.goal_phrases import gerund_lead, is_stripped_lead
from kg.extract.normalize import entity_key, singular

__all__ = ["adjectival", "MANNER_LEADS", "manner_modifier", "task_case", "proper_case", "show_proper_words",
           "goal_only", "field_phrase", "kind_words", "loosely_modified", "nested", "squashed", "spelling_key",
           "word_order_key", "head_counts", "drop_abstract_qualities", "named_once_in_abstract"]

_ADJECTIVE = re.compile(r"(?:al|ic|ive|ous|ful|less|able|ible|ary|ent|ant|ed|wide|free|aware|level|like)$")
# nouns with those endings: "agent evaluation" evaluates agents, not in an agent-like manner
_NOUN_LIKE = re.compile(r"(?:ment|agents?|students?|patients?|summary|speed|seed)$")


def adjectival(word: str) -> bool:
    """``word`` reads as an adjective, not a noun ("manual", "binary"; not "information").

    >>> adjectival("binary"), adjectival("manual"), adjectival("information")
    (True, True, False)
    """
    return bool(_ADJECTIVE.search(word)) and not _NOUN_LIKE.search(word)


# words that lead a phrase to say how something is done, not which problem: "joint evaluation", "iterative
# denoising", "global context modeling", "stable reconstruction"
MANNER_LEADS = frozenset("""
joint global local fair direct stable deterministic finer inconsistent exclusive iterative continuous simultaneous
unified improved better efficient complementary contextual
""".split())


def manner_modifier(word: str) -> bool:
    """A generic, manner or quality modifier ("novel", "joint", "real-time"): how a task is done, not which kind.

    >>> manner_modifier("joint"), manner_modifier("real-time"), manner_modifier("few-shot")
    (True, True, False)
    """
    return word in GENERIC_MODIFIERS or word in MANNER_LEADS or is_stripped_lead(word)


@lru_cache(maxsize=1 << 16)
def task_case(text: str) -> str:
    """A task name in lower case, acronyms and mixed-case words kept ("Synthetic Data Generation" -> "synthetic
    data generation", "KV Cache Compression" -> "KV cache compression"); memoised (a pure function of the string).

    >>> task_case("KV Cache Compression"), task_case("Few-Shot LoRA Tuning")
    ('KV cache compression', 'few-shot LoRA tuning')
    """
    # (an all-lower-case alphabetic word, the most common, has no capital or digit for KEEP_CASE to find)
    return " ".join([w.lower() if w.isalpha() and w.islower() or not KEEP_CASE.search(w) else w for w in text.split()])


def proper_case(name: str) -> str:
    """A lower-case task name with its proper words capitalised again: languages, peoples and the names of
    mathematics (``PROPER_WORDS``): "english-hindi machine translation" -> "English-Hindi machine translation".

    >>> proper_case("monocular gaussian avatar reconstruction"), proper_case("KV cache compression")
    ('monocular Gaussian avatar reconstruction', 'KV cache compression')
    """
    if PROPER_WORDS.isdisjoint(_PROPER_WORD.findall(name)):
        return name  # (most names: no call back for each word)
    return _PROPER_WORD.sub(lambda m: m.group().capitalize() if m.group() in PROPER_WORDS else m.group(), name)


_PROPER_WORD = re.compile(r"(?<![\w'])[a-z]+(?![\w'])")


def show_proper_words(tasks: list[dict]) -> None:
    """Capitalise the proper words of each task's name and aliases (after every pass that compares names: they
    work on the lower-case names) and drop aliases the new name now spells.

    >>> tasks = [{"name": "bayesian optimization", "aliases": ["Bayesian optimization", "bayesian optimisation"]}]
    >>> show_proper_words(tasks)
    >>> tasks
    [{'name': 'Bayesian optimization', 'aliases': ['Bayesian optimisation']}]
    """
    for task in tasks:
        task["name"] = proper_case(task["name"])
        task["aliases"] = [a for a in dict.fromkeys(map(proper_case, task["aliases"])) if a != task["name"]]


def goal_only(e: dict) -> bool:
    """Every mention of the task ``e`` is a title goal phrase (``title_goal``): an extra, kept only beside others.

    >>> goal_only({"mentions": [{"rule": "title_goal"}]}), goal_only({"mentions": [{"rule": "head_task"}]})
    (True, False)
    """
    for m in e["mentions"]:  # (a loop: see context.any_rule)
        if m["rule"] != "title_goal":
            return False
    return True


def head_counts(tasks: list[dict]) -> dict[str, int]:
    """How many of ``tasks`` end in each head word (the last word of their key); a plain dict (a ``Counter``'s type
    check and missing-key hook cost more than the counting, a few times a document).

    >>> head_counts([{"key": "object detection"}, {"key": "lane detection"}, {"key": "tracking"}])
    {'detection': 2, 'tracking': 1}
    """
    counts: dict[str, int] = {}
    for t in tasks:
        head = t["key"].rpartition(" ")[2]
        counts[head] = counts.get(head, 0) + 1
    return counts


_FIELD_TAILS = frozenset((("deep", "learning"), ("machine", "learning"), ("artificial", "intelligence")))


def field_phrase(words: list[str]) -> bool:
    """A field name with a description in front ("context-aware deep learning", "black-box machine learning",
    "data-centric artificial intelligence") is how a paper is done, not a task; the spec leaves whole fields out.

    >>> field_phrase("multimodal deep learning".split()), field_phrase("multimodal learning".split())
    (True, False)
    """
    return len(words) > 1 and (words[-2], words[-1]) in _FIELD_TAILS


def kind_words(words: list[str]) -> bool:
    """Words in front of a task that can name its kind ("few-shot", "radar-guided"): no verb ("propose",
    "combining"), function word or generic, manner or quality modifier ("novel", "joint", "robust").

    >>> kind_words(["few-shot"]), kind_words(["combining"]), kind_words(["robust"])
    (True, False, False)
    """
    verb_set = verbs()
    return not any(w in verb_set or gerund_lead(w) or w in STOP_WORDS or manner_modifier(w) for w in words)


def loosely_modified(words: list[str]) -> bool:
    """A task whose modifiers say how or in which manner ("manual cell detection", "public anomaly detection",
    "high-precision segmentation"), not which kind of problem."""
    if len(words) < 2:
        return True
    for w in words[:-1]:  # (a loop: see context.any_rule)
        if adjectival(w) or manner_modifier(w):
            return True
    return False


def nested(a: str, b: str) -> bool:
    """One task key runs inside the other, spaces and hyphens aside ("road crack detection", "automatic road crack
    detection"; "multiclass classification", "multi class classification").

    >>> nested("road crack detection", "automatic road crack detection"), nested("road detection", "crack detection")
    (True, False)
    """
    a, b = squashed(a), squashed(b)
    return a in b or b in a


def squashed(key: str) -> str:
    """A task key without its spaces and hyphens, as :func:`nested` compares them."""
    return key.replace(" ", "").replace("-", "")


@lru_cache(maxsize=1 << 14)  # (a paper's task names are asked for again by each step that compares spellings)
def spelling_key(form: str) -> str:
    """A task form's key with its spaces and hyphens gone and each word singular: the spellings of one task compare
    equal ("multi-modal retrieval" / "multimodal retrieval", "pedestrian attributes recognition" / "pedestrian
    attribute recognition", "mathemat ical reasoning" broken by a line end / "mathematical reasoning"); an "and"
    inside joins two words as a hyphen does ("vision-and-language navigation" / "vision-language navigation").

    >>> spelling_key("Multi-Year crop classification") == spelling_key("multiyear crop classifications")
    True
    >>> spelling_key("infrared and visible image fusion") == spelling_key("infrared-visible image fusion")
    True
    """
    words = entity_key(form).split()
    return "".join([singular(w) for i, w in enumerate(words) if w != "and" or i in (0, len(words) - 1)])


@lru_cache(maxsize=1 << 14)  # (asked for each task a paper merges, and again for each pair of names compared)
def word_order_key(form: str) -> str | None:
    """A task form's singular words, hyphen parts included, in sorted order: the same words in another order name
    one task ("automated short answer grading" / "short answer automated grading", "motion-text retrieval" /
    "text-motion retrieval"); None for one word or a form with a preposition, whose order says which way it
    goes ("text-to-image" / "image-to-text").

    >>> word_order_key("Visual Autoregressive Generation") == word_order_key("autoregressive visual generation")
    True
    >>> word_order_key("speech-to-text"), word_order_key("segmentation")
    (None, None)
    """
    words = entity_key(form).split()  # (the key has no hyphens: their parts count as words)
    if len(words) < 2:  # (one word has no order: it is not made singular)
        return None
    words = [singular(w) for w in words]
    return None if not PREPOSITIONS.isdisjoint(words) else " ".join(sorted(words))


def drop_abstract_qualities(tasks: list[dict], title: str, title_end: int) -> list[dict]:
    """The kept ``tasks`` without a quality the head-noun rule found once, in the abstract (past token
    ``title_end``): a phrase whose head is a noun of quality in "-ness" ("enhances model robustness", "trade-offs
    with group fairness") names a property the paper measures or improves, not its problem, unless the ``title``
    (lower case) names that quality ("Investigating the Robustness of ...", "Angle-Robust ...") or the abstract
    comes back to it. Dropped after the ranking, so no weaker task takes the slot.

    >>> tasks = [{"name": "model robustness", "_spans": [(9, 11)], "mentions": [{"rule": "head_task"}]},
    ...          {"name": "shelf counting", "_spans": [(0, 2)], "mentions": [{"rule": "head_task"}]}]
    >>> [e["name"] for e in drop_abstract_qualities(tasks, "shelf counting", 3)]
    ['shelf counting']
    >>> len(drop_abstract_qualities(tasks, "robust shelf counting", 3))
    2
    """
    return [e for e in tasks if not _abstract_quality(e, title, title_end)]


def named_once_in_abstract(e: dict, title_end: int) -> bool:
    """The task ``e`` was found once, by the head-noun rule, in the abstract (past token ``title_end``): the
    mentions :func:`drop_abstract_qualities` and ``task_confidence.drop_weak_guesses`` may drop.

    >>> e = {"_spans": [(9, 11)], "mentions": [{"rule": "head_task"}]}
    >>> named_once_in_abstract(e, 3), named_once_in_abstract({**e, "_spans": [(1, 3)]}, 3)
    (True, False)
    >>> named_once_in_abstract({**e, "mentions": [{"rule": "goal"}]}, 3), named_once_in_abstract(
    ...     {"_spans": [(9, 11), (20, 22)], "mentions": [{"rule": "head_task"}] * 2}, 3)
    (False, False)
    """
    return len(e["mentions"]) == 1 and e["mentions"][0]["rule"] == "head_task" and e["_spans"][0][0] >= title_end


# helpers

def _abstract_quality(e: dict, title: str, title_end: int) -> bool:
    """``e`` is a quality named once in the abstract by the head-noun rule (see :func:`drop_abstract_qualities`).

    >>> e = {"name": "group fairness", "_spans": [(9, 11)], "mentions": [{"rule": "head_task"}]}
    >>> _abstract_quality(e, "fair shelf counting", 3), _abstract_quality(e, "shelf counting", 3)
    (False, True)
    >>> _abstract_quality({**e, "_spans": [(1, 3)]}, "shelf counting", 3)  # (in the title)
    False
    """
    words = e["name"].lower().split()
    head = words[-1] if len(words) > 1 else ""
    # the stem (3+ letters, so no two-letter piece is sought) is looked for anywhere in the title: "robust" in
    # "Robustly ...", "fair" in "Unfair ..." name the same quality
    return head.endswith("ness") and len(head) > 6 and head[:-4] not in title and named_once_in_abstract(e, title_end)
