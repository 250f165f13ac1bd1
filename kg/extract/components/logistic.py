"""The two steps every shipped logistic model shares: reading its weights file and scoring binary features."""
from __future__ import annotations

import json
import math
from importlib import resources
from itertools import repeat
from typing import Iterable

__all__ = ["read_model_file", "probability"]


def read_model_file(name: str) -> dict:
    """The JSON object of the weights file ``name`` shipped in ``kg.extract.data``.

    Examples
    --------
    >>> "_source" in read_model_file("keep_model.json")
    True
    """
    return json.loads(resources.files("kg.extract.data").joinpath(name).read_text(encoding="utf-8"))


def probability(model: dict, feats: Iterable[str]) -> float:
    """The logistic probability of binary features ``feats`` under ``{"bias", "weights": {feature: weight}}``;
    a feature without a weight counts 0.

    Examples
    --------
    >>> probability({"bias": 0.0, "weights": {"a": 2.0}}, ["a", "unseen"]) > 0.88
    True
    """
    z = model["bias"] + sum(map(model["weights"].get, feats, repeat(0.0)))
    return 1.0 / (1.0 + math.exp(-z))
