"""Rebuild ``methods_pwc.txt`` from a Papers with Code ``methods.json`` export (CC BY-SA 4.0)."""

from __future__ import annotations

import json
import re
import sys

__all__ = ["build"]

_PAREN = re.compile(r"\s*\([^)]*\)\s*")
_PLAIN_WORD = re.compile(r"^[A-Z]?[a-z]+$")
# acronyms whose everyday sense dominates abstracts ("GPS" is a positioning system far more often than the
# Greedy Policy Search method); their full names are kept
_EVERYDAY_ACRONYMS = frozenset(("GPS",))
# names of inputs, not techniques (taken out of the file by hand in session 1, commit 19f3b22)
_NOT_METHODS = frozenset(("High-resolution input", "Low-resolution input"))


def build(methods: list[dict]) -> list[str]:
    """Return ``name|full name`` lines for the usable method names of a PwC export.

    Single plain words ("Rendezvous", "Serf") and everyday acronyms ("GPS") are dropped because
    they collide with English; their multi-word full names are kept.

    Examples
    --------
    >>> build([{"name": "DeiT", "full_name": "Data-efficient Image Transformer"},
    ...        {"name": "Serf", "full_name": "Serf"}, {"name": "GPS", "full_name": "Greedy Policy Search"}])
    ['DeiT|Data-efficient Image Transformer', 'Greedy Policy Search']
    >>> build([{"name": "KAN", "full_name": "Kolmogorov\u2013Arnold Network"}])
    ['KAN|Kolmogorov-Arnold Network']
    """
    out: dict[str, list[str]] = {}
    for m in methods:
        forms = []
        for raw in (m.get("name") or "", m.get("full_name") or ""):
            # an en dash joins words as a hyphen does, and abstracts write the hyphen ("Kolmogorov-Arnold Network")
            s = " ".join(_PAREN.sub(" ", raw).split()).strip().replace("\u2013", "-")
            if len(s) < 3 or "|" in s or "#" in s:
                continue
            if " " not in s and _PLAIN_WORD.match(s) or s in _EVERYDAY_ACRONYMS or s in _NOT_METHODS:
                continue
            if s not in forms:
                forms.append(s)
        if forms:
            out.setdefault(forms[0].lower(), forms)
    return ["|".join(v) for _, v in sorted(out.items())]


if __name__ == "__main__":  # pragma: no cover - maintenance script
    data = json.load(open(sys.argv[1], encoding="utf-8"))
    lines = build(data)
    header = ["# Derived from the Papers with Code methods export (CC BY-SA 4.0); see SOURCES.md.",
              "# name|full name; rebuilt by kg/extract/data/_build_pwc.py"]
    sys.stdout.write("\n".join(header + lines) + "\n")
