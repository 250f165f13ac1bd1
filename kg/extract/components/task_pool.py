"""The task phrases the ranking leaves out and their features (``_task_pool``), for the task model."""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc

from kg.extract.components.candidates import SpanReach, lowers, positions, texts
from kg.extract.components.lexicon import GENERIC_MODIFIERS, load_terms, verbs
from kg.extract.components.name_shapes import is_coined
from kg.extract.components.goal_phrases import gerund_lead, goal_span, goal_word
from kg.extract.components.sentences import sentence_of
from kg.extract.components import task_model
from kg.extract.normalize import entity_key, s_form
from kg.extract.components.task_shapes import (field_phrase, head_counts, kind_words, loosely_modified, nested,
                                               spelling_key, squashed)
from kg.extract.components.task_confidence import MAX_PER_HEAD, NOT_PURPOSE_HEADS
from kg.extract.components.task_forms import COORD_SEP, listed_with
from kg.extract.components.title_tasks import add_new_phrase, after_title_means, task_keys

__all__ = ["learned_extras"]


def learned_extras(doc: Doc, out: dict[str, list[dict]], kept: list[dict], title_end: int,
                   title_phrases: list[dict]) -> list[dict]:
    """The ``kept`` tasks and the left-out task phrases (see :func:`_left_out`, with the title's ``title_phrases``)
    the learned task model scores at or above its threshold, most probable first, while fewer than the model's
    ``max_tasks`` are kept and none runs inside another (see :mod:`task_model`). The trainer's collect mode instead
    puts every left-out phrase, with its features, under ``out["_task_pool"]``."""
    model = task_model.load_task_model()
    if not kept or len(kept) >= model["max_tasks"] and not task_model.COLLECT:
        return kept
    left = _left_out(doc, out["tasks"], kept, title_end, title_phrases)
    feats = _extra_features(doc, left, kept, title_end)
    if task_model.COLLECT:
        for e, f in zip(left, feats):
            e["_features"] = f
        out["_task_pool"] = left
        return kept
    chosen = list(kept)
    for p, e in sorted(zip(map(task_model.extra_probability, feats), left), key=lambda pe: -pe[0]):
        if p < model["threshold"] or len(chosen) >= model["max_tasks"]:
            break
        if not any(nested(e["key"], t["key"]) for t in chosen):
            chosen.append(e)
    return chosen


def _left_out(doc: Doc, tasks: list[dict], kept: list[dict], title_end: int, title_phrases: list[dict]) -> list[dict]:
    """The task phrases of ``tasks`` and of the title (``title_phrases``, see :func:`new_title_phrases`) that are not
    ``kept``, name no field, run inside no kept task nor it inside them, are no form a kept task goes by ("T2V
    generation" of "text-to-video generation", spelled any way) and are no loosely modified variant of a head
    already kept ``MAX_PER_HEAD`` times (as in :func:`_fill`), most confident first."""
    ids = {id(e) for e in kept}
    heads = head_counts(kept)
    kept_keys = [squashed(t["key"]) for t in kept]
    kept_forms = {spelling_key(f) for t in kept for f in t["aliases"]}
    out = []
    for e in tasks + title_phrases + _abstract_phrases(doc, title_end, tasks):
        words = e["key"].split()
        if (id(e) in ids or field_phrase(words) or spelling_key(e["name"]) in kept_forms
                or heads.get(words[-1], 0) >= MAX_PER_HEAD and loosely_modified(words)):
            continue
        if not _nested_in_any(squashed(e["key"]), kept_keys):
            out.append(e)
    return sorted(out, key=lambda e: (-e["confidence"], e["_first"]))


@lru_cache(maxsize=1)
def _known_task_keys() -> frozenset[str]:
    """Entity keys of the curated task terms of two or more words."""
    return frozenset(k for k in (entity_key(t.text) for t in load_terms() if t.label == "TASK") if " " in k)


def _kind_of_known(name: str) -> bool:
    """A task phrase that ends in a task of two or more words the curated lists know, after one or two words of its
    own ("few-shot 3D pose estimation", "radar-guided depth estimation"): a kind of that task, written more
    specifically. When candidates overlap the longer phrase wins, so the known task inside it is no candidate, and
    the phrase starts from a head-noun phrase's lower confidence; the task model weighs it as a left-out phrase.

    >>> _kind_of_known("few-shot 3D pose estimation"), _kind_of_known("pose estimation")
    (True, False)
    """
    words = name.lower().split()
    known = _known_task_keys()
    for i in (1, 2):  # (a loop: see context.any_rule)
        if i < len(words) and entity_key(" ".join(words[i:])) in known and kind_words(words[:i]):
            return True
    return False


_RANK_FEATURES = tuple(f"rank:{k}" for k in range(4))  # made once


def _extra_features(doc: Doc, left: list[dict], kept: list[dict], title_end: int) -> list[list[str]]:
    """The task model's features of each ``left`` phrase, with its relation to the ``kept`` tasks: how many are
    kept and left, its rank among the left, a kept task with its head noun, with one of its modifiers, in one of its
    sentences or listed next to it, a loose modifier (see :func:`loosely_modified`), a kind of a known task (see
    :func:`_kind_of_known`)."""
    heads = head_counts(kept)
    kept_modifiers = {w for t in kept for w in t["key"].split()[:-1]}
    common = [f"kept:{len(kept)}", f"left:{min(len(left), 4)}"]
    sentences = {sentence_of(doc, s) for t in kept for s, _ in t["_spans"]}
    low = lowers(doc)
    ends = {b: t["key"] for t in kept for _, b in t["_spans"]}
    starts = {a: t["key"] for t in kept for a, _ in t["_spans"]}
    out = []
    for i, e in enumerate(left):
        words = e["key"].split()
        context = common + [_RANK_FEATURES[min(i, 3)]]
        if words[-1] in heads:
            context.append("head_kept")
        if not kept_modifiers.isdisjoint(words[:-1]):
            context.append("modifier_kept")  # "image editing" beside a kept "image generation"
        if loosely_modified(words):
            context.append("loose")
        if _kind_of_known(e["name"]) and not any(a < title_end and after_title_means(low, a) for a, _ in e["_spans"]):
            context.append("known_kind")  # "few-shot 3D pose estimation"; not the title's means ("via X")
        if not sentences.isdisjoint([sentence_of(doc, s) for s, _ in e["_spans"]]):
            context.append("kept_sentence")
            for a, b in e["_spans"]:  # (a loop: see context.any_rule)
                if listed_with(low, a, b, starts, ends, e["key"]):
                    context.append("listed_with_kept")
                    break
        out.append(task_model.task_features(doc, e, title_end, context))
    return out


# nouns whose modifiers name a kind of task: "on multi-hop QA tasks", "math and coding benchmarks"
_KIND_NOUNS = frozenset("task tasks benchmark benchmarks problem problems".split())
# quantities and places of tasks, no kind: "downstream tasks", "diverse tasks", "real-world tasks"
_KIND_NOT_MODIFIERS = frozenset("""
downstream diverse various numerous many few most real-world challenging complex difficult hard easy simple
related relevant target unseen held-out individual specialized general-purpose wide wide-ranging broad
""".split())
_SLOT_WORDS = _KIND_NOUNS | {"for"}
# what may close a purpose phrase: "a practical solution for controlled generation."
_PHRASE_ENDS = frozenset(". , ; : ) and".split())


def _abstract_phrases(doc: Doc, title_end: int, tasks: list[dict]) -> list[dict]:
    """The abstract's goal phrases in two task slots that no rule found, for the learned task model to score:
    right before a kind noun ("strong results on multi-hop QA tasks") and closing a clause after "for" ("a
    practical solution for controlled generation."); each trimmed to a goal phrase's core (see
    ``goal_phrases.goal_span``), opening with no verb's -ing form ("enhancing") and running over no task mention."""
    low, txt = lowers(doc), texts(doc)
    have = task_keys(tasks)
    spans = [span for e in tasks for span in e["_spans"]]
    runs = _slot_runs(doc, low, txt, title_end) + _sibling_runs(low, txt, title_end, spans)
    if not runs:
        return []
    taken = SpanReach(spans)  # (looked up: a loop over the mentions per run is quadratic in a hostile list of tasks)
    out = []
    for s, e, rule in runs:
        if taken.covers(s, e):
            continue  # a run inside a task mention ("on multi-hop QA tasks"): what it trims to would overlap it
        span = goal_span(doc, s, e, 2 if rule == "purpose_phrase" else 1, acronym_head=rule != "purpose_phrase")
        if not span and rule == "kind_phrase":
            span = _kind_of_tasks(low, txt, s, e)
        if span and not gerund_lead(low[span[0]]) and not taken.overlaps(*span):
            add_new_phrase(doc, span, rule, have, out)
    return out


def _nested_in_any(key: str, keys: list[str]) -> bool:
    """``key`` runs inside one of ``keys`` or one of them inside it (a loop: see ``context.any_rule``).

    >>> _nested_in_any("imagegeneration", ["textimagegeneration"]), _nested_in_any("videoqa", ["imagegeneration"])
    (True, False)
    """
    for k in keys:
        if key in k or k in key:
            return True
    return False


def _kind_of_tasks(low: list[str], txt: list[str], s: int, e: int) -> tuple[int, int] | None:
    """A modifier run ``s..e`` before "tasks" that names no task itself names a kind of task with the noun
    ("on multilingual tasks", "recall-intensive tasks"): the span with the noun, past generic words and verbs,
    when one to three plain words remain; else None.

    >>> _kind_of_tasks("strong on multilingual tasks".split(), "strong on multilingual tasks".split(), 2, 3)
    (2, 4)
    >>> _kind_of_tasks("on various tasks".split(), "on various tasks".split(), 1, 2) is None
    True
    """
    if e >= len(low) or low[e] != "tasks":
        return None
    verb_set = verbs()
    # past the last verb form: "solving web tasks", "the agent executes tasks"
    s = next((k + 1 for k in range(e - 1, s - 1, -1)
              if low[k] in verb_set or low[k].endswith("ing") or s_form(low[k])), s)
    while s < e and (low[s] in GENERIC_MODIFIERS or low[s] in _KIND_NOT_MODIFIERS):
        s += 1
    if not 0 < e - s <= 3 or any(is_coined(t) or not t[:1].isalpha() for t in txt[s:e]):
        return None
    return s, e + 1


def _slot_runs(doc: Doc, low: list[str], txt: list[str], title_end: int) -> list[tuple[int, int, str]]:
    """The runs of goal words (see ``goal_phrases.goal_word``) of the abstract right before a ``_KIND_NOUNS`` word
    ("kind_phrase") and right after "for" up to a ``_PHRASE_ENDS`` token ("purpose_phrase")."""
    runs = []
    n = len(low)
    for i in positions(doc, _SLOT_WORDS):
        if i <= title_end:
            continue
        if low[i] in _KIND_NOUNS:
            s = i
            while s > title_end and i - s < 5 and goal_word(low[s - 1], txt[s - 1]):
                s -= 1
            if s < i:
                runs.append((s, i, "kind_phrase"))
        elif low[i - 1] not in NOT_PURPOSE_HEADS:
            e = i + 1
            while e < n and e - i <= 5 and goal_word(low[e], txt[e]):
                e += 1
            if e > i + 1 and (e == n or low[e] in _PHRASE_ENDS):
                runs.append((i + 1, e, "purpose_phrase"))
    return runs


def _sibling_runs(low: list[str], txt: list[str], title_end: int,
                  spans: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """The runs of up to four goal words listed next to a task mention of the abstract in ``spans``, up to three
    after it ("on planning, math, and coding") and one before it ("spoken question answering and speech instruction
    following"): "task_sibling"."""
    runs = []
    n = len(low)
    for a, b in spans:
        if a <= title_end:
            continue
        for _ in range(3):
            k = b
            while k < n and k - b < 3 and low[k] in COORD_SEP:
                k += 1
            e = k
            while e < n and e - k < 4 and goal_word(low[e], txt[e]):
                e += 1
            if k == b or e == k or e < n and goal_word(low[e], txt[e]):
                break
            runs.append((k, e, "task_sibling"))
            b = e
        k = a
        while k > title_end and a - k < 3 and low[k - 1] in COORD_SEP:
            k -= 1
        if k < a:
            s = k
            while s > title_end and k - s < 4 and goal_word(low[s - 1], txt[s - 1]):
                s -= 1
            if s < k and not goal_word(low[s - 1], txt[s - 1]):
                runs.append((s, k, "task_sibling"))
    return runs
