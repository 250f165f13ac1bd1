"""finish_tasks, the task pass of kg_resolve: forms joined, tools moved to the methods, the best kept."""

from __future__ import annotations

from bisect import bisect_left

from spacy.tokens import Doc

from kg.extract.components.candidates import cands_of, lowers, span_text, token_index
from kg.extract.components.context import DESIGN_NOUNS, TOOL_BEFORE, based_at, title_end_of
from kg.extract.components.lexicon import setting_keys
from kg.extract.components.proposes import is_proposed
from kg.extract.proposed import proposal_windows
from kg.extract.components.task_confidence import TRAINING_HEADS, drop_named_processes, drop_weak_guesses, rank_tasks
from kg.extract.components.task_forms import (add_core_forms, coordinated_tasks, drop_bare_words_of_kept,
                                              drop_forms_named_apart, merge_acronym_tasks, merge_same_forms,
                                              said_as_verb)
from kg.extract.components.title_tasks import (add_object_forms, fallback_head_task, new_title_phrases,
                                               studied_techniques, title_object_task, title_variants, topic_technique)
from kg.extract.components.task_pool import learned_extras
from kg.extract.components.task_shapes import drop_abstract_qualities

__all__ = ["TOOL_HEADS", "finish_tasks"]

_TOOL_AFTER = frozenset("strategies strategy techniques technique baselines baseline algorithm algorithms".split())
# techniques named after what they do ("... learning", "... estimation"); problems that produce an output
# ("... detection", "... reasoning", "... selection") stay tasks
TOOL_HEADS = frozenset("""
learning estimation alignment aggregation verification finetuning tuning pretraining distillation sampling prompting
decoding matching
""".split())  # compared with an entity key's last word, where "fine-tuning" reads "tuning"
_AIM_HEADS = frozenset("alignment verification aggregation".split())  # tool heads naming what is aimed at
_TOOL_SKIP = frozenset("a an the standard conventional classical vanilla traditional".split())
# a training stage named by its supervision regime is a technique: "contrastive pretraining", "adversarial fine-tuning"
_REGIMES = frozenset("""
supervised self-supervised semi-supervised unsupervised weakly-supervised contrastive adversarial incremental continual
few-shot zero-shot full full-data full-length full-parameter multi-task
""".split())
_STAGES = TRAINING_HEADS | {"training"}
# more verbs of putting a technique to use ("incorporating residual learning"), and participles before "with"
# ("combined with active learning")
_TOOL_VERBS = frozenset("""
incorporate incorporates incorporating incorporated utilize utilizes utilizing utilized utilise utilises utilising
exploit exploits exploiting exploited introduce introduces introducing
""".split())
_TOOL_WITH = frozenset("combined trained equipped augmented enhanced coupled paired".split())
# and the designs a technique is built into (DESIGN_NOUNS)
_WITH_TOOL_BEFORE = _TOOL_WITH | DESIGN_NOUNS


def _tools_among_tasks(doc: Doc, tasks: list[dict], methods: list[dict]) -> list[dict]:
    """Task-typed techniques the paper uses as a tool: "trained by reinforcement learning", "via density
    estimation", "multiple instance learning (MIL) architectures", "a pipeline with matryoshka learning". They
    stay tasks and also become methods (the spec: a setting is a task when studied, a method when used). A
    setting the curated lists know as both ("in-context learning", "active learning") and a training stage named
    by its regime ("contrastive pretraining", see :func:`_regime_stage`) always do. A technique the methods already
    hold in another spelling ("parameter efficient finetuning") is no second method; the held one takes the
    spelling as an alias when it is a phrase of words, not a coined name ("DeepResearch" and "deep research")."""
    have = {e["key"].replace(" ", ""): e for e in methods}  # "finetuning" is had as "fine-tuning" too
    settings = setting_keys() | {e["key"] for e in tasks if _regime_stage(e["name"])}
    low = lowers(doc)
    starts = token_index(doc)["starts"]
    out = []
    for e in tasks:
        words = e["key"].split()
        had = have.get(e["key"].replace(" ", ""))
        if had and had["key"] != e["key"] and " " in had["name"] and e["name"] not in had["aliases"]:
            had["aliases"].append(e["name"])  # the method's other spelling: "parameter-efficient fine-tuning"
        if had or not words or words[-1] not in TOOL_HEADS and e["key"] not in settings:
            continue
        tool, used = e["key"] in settings, False
        for m in e["mentions"]:
            a = bisect_left(starts, m["start"])
            b = bisect_left(starts, m["end"])
            k = a - 1
            while k >= 0 and (low[k] in _TOOL_SKIP or low[k] == "based" or low[k] == "-"):
                if k > 1 and based_at(low, k - 1):
                    k -= 2  # "we apply GRPO-based reinforcement learning": skip the named basis too
                k -= 1
            if k >= 0 and (low[k] in TOOL_BEFORE or low[k] in _TOOL_VERBS
                           or low[k] == "with" and k > 0 and low[k - 1] in _WITH_TOOL_BEFORE):
                tool = used = True
            nxt = low[b:b + 4]
            while nxt and nxt[0] in ("(",) and len(nxt) > 2:  # "multiple instance learning (MIL) architectures"
                nxt = nxt[3:] if nxt[2] == ")" else []
            if nxt and (nxt[0] in _TOOL_AFTER or based_at(nxt, 0)):
                tool = True
        if tool:
            e["_tool"] = used  # "trained by X", "via X": the ranker demotes the task
            if len(e["name"].split()) == 2 and words[-1] in _AIM_HEADS:
                # "through cross-modal alignment", "via contextual verification": an aim, not a tool (the name's
                # words: the key splits a hyphen, "cross modal alignment")
                continue
            out.append({"name": e["name"], "aliases": list(e["aliases"]), "key": e["key"],
                        "confidence": e["confidence"], "mentions": e["mentions"], "_first": e["_first"],
                        "_spans": list(e["_spans"]), "_strength": e["_strength"], "proposed": _proposed_tool(doc, e)})
    return out


def _regime_stage(name: str) -> bool:
    """A two-word training stage named by its supervision regime ("contrastive pretraining", "few-shot fine-tuning").

    >>> _regime_stage("Contrastive Pretraining"), _regime_stage("domain-specific pre-training")
    (True, False)
    """
    words = name.lower().split()
    return len(words) == 2 and words[0] in _REGIMES and words[1] in _STAGES


def _proposed_tool(doc: Doc, e: dict) -> bool:
    """A task-typed technique of three or more words moved to the methods is the paper's own when the proposal
    cues say so for its mentions ("VQ-Insight: ... via Progressive Visual Reinforcement Learning", "we propose a
    unified residual noise learning framework"); two-word ones are the field's ("end-to-end learning")."""
    if len(e["name"].split()) < 3:
        return False
    by_span = {(c.start, c.end, c.rule): c for c in cands_of(doc)}
    ment = [(by_span[(s, t, m["rule"])], "METHOD", 1) for (s, t), m in zip(e["_spans"], e["mentions"])
            if (s, t, m["rule"]) in by_span]
    return bool(ment) and is_proposed(doc, ment, proposal_windows(doc), title_end_of(doc))


def finish_tasks(doc: Doc, out: dict[str, list[dict]], max_tasks: int) -> None:
    """Settle the paper's tasks in ``out`` (the entity lists by kind), in place: join acronym tasks to their
    long task and tasks that share a form, move techniques written as the means to the methods, credit tasks
    listed beside a task or said again as a verb, and keep the ``max_tasks`` most confident (else a studied
    technique, the title's "<task> of X" or a phrase with a fallback task head as the task), then the left-out
    phrases the learned task model adds up to its own count (``max_tasks`` in task_model.json, which may exceed
    this ``max_tasks``; see :func:`learned_extras`), less the abstract's qualities, weak guesses named once (see
    :func:`drop_weak_guesses`) and phrases named only as a process (see :func:`drop_named_processes`); a kept task
    also goes by its object-first and its core forms, but by no form another kept task is named."""
    out["tasks"] = merge_same_forms(merge_acronym_tasks(doc, out["tasks"]), token_index(doc)["title_end"])
    out["methods"].extend(_tools_among_tasks(doc, out["tasks"], out["methods"]))
    coordinated_tasks(doc, out["tasks"])
    said_as_verb(doc, out["tasks"])
    out["tasks"].extend(studied_techniques(doc, out))
    title_end = token_index(doc)["title_end"]
    # (the title's phrases no rule found, read by both steps)
    title_phrases = new_title_phrases(doc, title_end, out["tasks"])
    kept = title_variants(doc, title_phrases, rank_tasks(out["tasks"], max_tasks, title_end), title_end)
    out["tasks"] = drop_bare_words_of_kept(learned_extras(doc, out, kept, title_end, title_phrases)
                                           or topic_technique(out) or title_object_task(doc) or fallback_head_task(doc))
    out["tasks"] = drop_abstract_qualities(out["tasks"], span_text(doc, 0, title_end).lower(), title_end)
    out["tasks"] = drop_named_processes(doc, drop_weak_guesses(out["tasks"], kept, title_end), title_end)
    add_object_forms(doc, out["tasks"] + out.get("_task_pool", []))
    add_core_forms(doc, out["tasks"])
    drop_forms_named_apart(out["tasks"])
