"""spaCy components of the entity extractor (registered on import)."""

from kg.extract.components.candidates import Cand, ensure_extensions
from kg.extract.components.gazetteer import GazetteerMatcher, make_kg_gazetteer
from kg.extract.components.rules import RuleMatcher, make_kg_rules
from kg.extract.components.resolve import Resolver, make_kg_resolve
from kg.extract.components.sentences import sentence_of, split_sentences

__all__ = ["Cand", "ensure_extensions", "GazetteerMatcher", "make_kg_gazetteer", "RuleMatcher", "make_kg_rules",
           "Resolver", "make_kg_resolve", "split_sentences", "sentence_of"]
