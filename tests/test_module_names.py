"""Every module-level name in the package is defined once.

Rule lists are tuned on their own, often on parallel branches; when two merges each add a
``_WORD_SET = ...`` with the same name, the later one silently replaces the earlier at import and
the first rule reads words it was never measured with (this happened twice in the extractor).
"""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "kg"
MODULES = sorted(PACKAGE.rglob("*.py"))


def _top_level_names(tree: ast.Module) -> Counter:
    names: Counter = Counter()
    for node in tree.body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names[node.name] += 1
        elif isinstance(node, ast.Assign):
            names.update(t.id for t in node.targets if isinstance(t, ast.Name))
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names[node.target.id] += 1
    return names


def test_the_check_sees_a_redefinition():
    assert _top_level_names(ast.parse("A = 1\ndef f(): pass\nA = frozenset()\n"))["A"] == 2


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_no_module_level_name_is_defined_twice(path: Path):
    names = _top_level_names(ast.parse(path.read_text(encoding="utf-8")))
    assert not [n for n, k in names.items() if k > 1], f"{path}: defined more than once"
