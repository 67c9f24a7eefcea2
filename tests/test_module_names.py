"""No module of the package binds the same top-level name twice.

Rules are merged from parallel branches; two branches adding a constant or function of the same name
leave the later definition silently replacing the earlier one (ruff flags redefined functions only when
unused). This caught `_CHARGE_AFTER` defined twice in extract/extractor.py.
"""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "thesisledger"
MODULES = sorted(PACKAGE.rglob("*.py"))


def _top_level_names(tree: ast.Module) -> list[str]:
    """Names bound by top-level assignments, functions and classes (not imports, not `if TYPE_CHECKING`)."""
    names: list[str] = []
    for node in tree.body:
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            names.append(node.name)
        elif isinstance(node, ast.Assign):
            names.extend(t.id for t in node.targets if isinstance(t, ast.Name))
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.value is not None:
            names.append(node.target.id)
    return names


def _is_setter_or_overload(d: ast.expr) -> bool:
    return (isinstance(d, ast.Attribute) and d.attr in ("setter", "deleter")) or (
        isinstance(d, ast.Name) and d.id == "overload"
    )


def _method_names(cls: ast.ClassDef) -> list[str]:
    """Methods defined in a class body (a property's setter reuses its getter's name: not counted)."""
    return [
        n.name
        for n in cls.body
        if isinstance(n, ast.FunctionDef | ast.AsyncFunctionDef)
        and not any(
            isinstance(d, ast.Attribute) and d.attr in ("setter", "deleter") for d in n.decorator_list
        )
        and not any(isinstance(d, ast.Name) and d.id == "overload" for d in n.decorator_list)
    ]


@pytest.mark.parametrize("path", MODULES, ids=lambda p: p.relative_to(PACKAGE).as_posix())
def test_no_top_level_name_is_bound_twice(path: Path) -> None:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    twice = sorted(n for n, c in Counter(_top_level_names(tree)).items() if c > 1)
    assert not twice, f"{path.relative_to(PACKAGE)} binds {twice} more than once"


@pytest.mark.parametrize("path", MODULES, ids=lambda p: p.relative_to(PACKAGE).as_posix())
def test_no_method_is_defined_twice(path: Path) -> None:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for cls in (n for n in ast.walk(tree) if isinstance(n, ast.ClassDef)):
        twice = sorted(n for n, c in Counter(_method_names(cls)).items() if c > 1)
        assert not twice, f"{path.relative_to(PACKAGE)}: class {cls.name} defines {twice} more than once"


def test_the_checks_see_a_rebinding() -> None:
    tree = ast.parse(
        "_A = 1\ndef f(): pass\n_A = 2\nclass C:\n    def m(self): pass\n    def m(self): pass\n"
    )
    assert Counter(_top_level_names(tree))["_A"] == 2
    cls = next(n for n in tree.body if isinstance(n, ast.ClassDef))
    assert Counter(_method_names(cls))["m"] == 2
