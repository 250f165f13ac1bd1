"""``kg_rules``: the spaCy component that runs the candidate rules, in order, over each document.

The rules live in one module each by job: :mod:`name_rules` (acronym definitions, coined words, capitalised runs),
:mod:`head_rules` (head-noun phrases), :mod:`title_rules` (the title's names and tasks), :mod:`proposal_rules`
(what "we propose / use" introduces, the paper's own names and agents), :mod:`list_rules` (names by the list
they stand in) and :mod:`topic_rules` (the abstract's topic); :mod:`word_flags` marks the word shapes they look for.
"""

from __future__ import annotations

from functools import partial
from typing import Callable

from spacy.language import Language
from spacy.tokens import Doc

from kg.extract.components.candidates import Cand, cands_of, ensure_extensions, register_word_flags, span_text
from kg.extract.components.head_rules import MAX_MODIFIERS, components, defined_task_heads, head_nouns, to_compounds
from kg.extract.components.list_rules import dataset_lists, enumerated_parts, list_members, scored_on
from kg.extract.components.name_rules import abbreviations, capitalised, coined, sized_models
from kg.extract.components.proposal_rules import (own_name_variants, proposal_names, proposed_phrases, role_names,
                                                  used_phrases)
from kg.extract.components.title_rules import title_agents, title_for, title_goals, title_name, title_prefix
from kg.extract.components.topic_rules import opening_topic, task_of

__all__ = ["RuleMatcher", "make_kg_rules", "try_rule"]

Rule = Callable[[Doc, list[Cand]], None]


class RuleMatcher:
    """Add rule candidates to ``doc._.kg_cands`` and acronym pairs to ``doc._.kg_abbrevs``.

    Each rule is a function ``rule(doc, cands)`` appending :class:`Cand` s; they run in the order of
    :attr:`rules`, since later rules look at earlier candidates.
    """

    def __init__(self, nlp: Language, name: str = "kg_rules", *, max_modifiers: int = MAX_MODIFIERS):
        ensure_extensions()
        register_word_flags(nlp.vocab)
        self.name = name
        self.max_modifiers = max_modifiers
        self.rules: tuple[Rule, ...] = (
            abbreviations, coined, sized_models, partial(head_nouns, max_modifiers=max_modifiers),
            defined_task_heads, to_compounds, title_for, title_prefix, title_name, proposal_names, own_name_variants,
            capitalised, partial(components, max_modifiers=max_modifiers), dataset_lists, proposed_phrases,
            used_phrases, list_members, scored_on, title_goals, title_agents, opening_topic, task_of,
            enumerated_parts, role_names)

    def __call__(self, doc: Doc) -> Doc:
        cands = cands_of(doc)
        for rule in self.rules:
            rule(doc, cands)
        return doc


@Language.factory("kg_rules", assigns=["doc._.kg_cands", "doc._.kg_abbrevs"],
                  default_config={"max_modifiers": MAX_MODIFIERS})
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


def try_rule(rule: Rule, text: str, cands: list[Cand] | None = None) -> list[str]:
    """The texts of the candidates ``rule`` adds to ``cands`` (none by default) on ``text`` run through the pipeline
    (title, a blank line, then the abstract): a rule tried on its own.

    Examples
    --------
    >>> from kg.extract.components.name_rules import coined
    >>> try_rule(coined, "A Title\\n\\nWe train ShelfNet on speech.")
    ['ShelfNet']
    """
    from kg.extract.pipeline import load_nlp  # (the pipeline imports this module)
    doc, cands = load_nlp()(text), list(cands or ())
    first_new = len(cands)
    rule(doc, cands)
    return [span_text(doc, c.start, c.end) for c in cands[first_new:]]
