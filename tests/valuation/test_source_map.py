"""YAML with line numbers: key paths to lines, e-notation floats, duplicate keys, syntax errors."""

from __future__ import annotations

import pytest

from thesisledger.errors import ThesisFileError
from thesisledger.valuation.source_map import load_yaml

DOC = """\
a: 30e9
b:
  c: 1.5
  d:
    - 1
    - -2.5E+3
when: 2026-05-01
"""


def test_lines_for_keys_and_items() -> None:
    data, smap = load_yaml(DOC, "t.yaml")
    assert data["a"] == 30e9 and isinstance(data["a"], float)
    assert data["b"]["d"] == [1, -2500.0]
    assert smap.line_of(("b", "c")) == 3
    assert smap.line_of(("b", "d", 1)) == 6
    assert smap.line_of(("when",)) == 7
    # a path the document lacks resolves to its deepest existing prefix
    assert smap.line_of(("b", "missing", "deeper")) == 2


def test_duplicate_keys_are_an_error() -> None:
    with pytest.raises(ThesisFileError) as err:
        load_yaml("a: 1\nb: 2\na: 3\n", "t.yaml")
    assert (err.value.line, str(err.value)) == (
        3,
        "t.yaml line 3: key 'a' appears twice here (first on line 1)",
    )


def test_syntax_error_names_its_line() -> None:
    with pytest.raises(ThesisFileError) as err:
        load_yaml("a: 1\nb: [1, 2\nc: 3\n", "t.yaml")
    assert err.value.line == 3
    assert str(err.value).startswith("t.yaml line 3: not valid YAML")


def test_error_pickles_with_its_location() -> None:
    import pickle

    e = ThesisFileError("boom", file="x.yaml", line=4)
    back = pickle.loads(pickle.dumps(e))
    assert (back.file, back.line, str(back)) == ("x.yaml", 4, "x.yaml line 4: boom")
