"""The entity records the resolver writes: an entity's fields, with the evidence of each of its mentions."""

from __future__ import annotations

from spacy.tokens import Doc

from kg.extract.components.candidates import Cand, doc_text, token_index
from kg.extract.components.sentences import sentence_of
from kg.extract.normalize import entity_key

__all__ = ["entity_record", "mention_records", "renamed"]


def entity_record(doc: Doc, ment: list[Cand], name: str, aliases: list[str], confidence: float,
                  strength: int) -> dict:
    """The record of an entity mentioned by the candidates ``ment`` (in text order): its name, aliases, key,
    confidence and mentions, with the working fields the passes over the entities read (``_first`` token,
    ``_spans``, typing ``_strength``; the resolver removes them at the end).

    >>> from kg.extract.pipeline import load_nlp
    >>> doc = load_nlp()("T\\n\\nWe use BERT. BERT is fast.")
    >>> ment = [Cand(4, 5, "NAME", "coined", "", 0.6), Cand(6, 7, "NAME", "coined", "", 0.6)]
    >>> record = entity_record(doc, ment, "BERT", [], 0.9, 3)
    >>> record["key"], record["_first"], record["_spans"], [m["start"] for m in record["mentions"]]
    ('bert', 4, [(4, 5), (6, 7)], [10, 16])
    """
    return {"name": name, "aliases": aliases, "key": entity_key(name), "confidence": confidence,
            "mentions": mention_records(doc, ment), "_first": ment[0].start,
            "_spans": [(c.start, c.end) for c in ment], "_strength": strength}


def mention_records(doc: Doc, cands: list[Cand]) -> list[dict]:
    """The evidence of each candidate: its text, character offsets and rule, and its sentence's offsets.

    >>> from kg.extract.pipeline import load_nlp
    >>> doc = load_nlp()("T\\n\\nWe use BERT. It is fast.")
    >>> mention_records(doc, [Cand(4, 5, "NAME", "coined", "", 0.6)])
    [{'text': 'BERT', 'start': 10, 'end': 14, 'rule': 'coined', 'sent_start': 3, 'sent_end': 15}]
    """
    index, text = token_index(doc), doc_text(doc)
    starts, ends = index["starts"], index["ends"]
    out = []
    for c in cands:
        s0, s1 = sentence_of(doc, c.start)
        out.append({"text": text[starts[c.start]:ends[c.end - 1]], "start": starts[c.start], "end": ends[c.end - 1],
                    "rule": c.rule, "sent_start": starts[s0], "sent_end": ends[s1 - 1]})
    return out


def renamed(e: dict, form: str) -> None:
    """Make ``form`` the name (and key) of the entity record ``e``, in place: its old name becomes its first alias
    and ``form`` leaves the aliases.

    >>> e = {"name": "TPT", "key": "tpt", "aliases": ["test-time prompt tuning"]}
    >>> renamed(e, "test-time prompt tuning")
    >>> e
    {'name': 'test-time prompt tuning', 'key': 'test time prompt tuning', 'aliases': ['TPT']}
    """
    e["aliases"] = [e["name"]] + [a for a in e["aliases"] if a != form]
    e["name"], e["key"] = form, entity_key(form)
