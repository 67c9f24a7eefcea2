"""Formulas: the whitelist, unit algebra, constant folding and evaluation on arrays."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from thesisledger.errors import ExpressionError
from thesisledger.valuation.expression import BOOL, parse_expression


def _run(text: str, **values: float | np.ndarray) -> object:
    names = list(values)
    f = parse_expression(text).compile(lambda n: names.index(n))
    env = [np.asarray(values[n], dtype=float) for n in names]
    return f(env) if callable(f) else f


def test_names_in_order_of_first_use_with_dotted_outputs() -> None:
    e = parse_expression("rev * (1 + g) ** 2 - qc.contribution + rev")
    assert e.names == ("rev", "g", "qc.contribution")


def test_arithmetic_on_arrays() -> None:
    out = _run("rev * (1 + g) ** 2", rev=np.array([100.0, 200.0]), g=np.array([0.1, 0.2]))
    np.testing.assert_allclose(out, [121.0, 288.0])


def test_functions_and_conditionals() -> None:
    x = np.array([-1.0, 0.5, 3.0])
    np.testing.assert_allclose(_run("clip(x, 0, 1)", x=x), [0, 0.5, 1])
    np.testing.assert_allclose(_run("max(x, 0, 0.7)", x=x), [0.7, 0.7, 3.0])
    np.testing.assert_allclose(_run("where(x > 0, x, -x)", x=x), [1, 0.5, 3])
    np.testing.assert_allclose(_run("x if x >= 1 else 0", x=x), [0, 0, 3])
    np.testing.assert_array_equal(_run("0 < x < 1", x=x), [False, True, False])
    np.testing.assert_array_equal(_run("x < 0 or x > 2", x=x), [True, False, True])
    np.testing.assert_allclose(_run("sqrt(abs(x))", x=x), np.sqrt(np.abs(x)))


def test_constants_fold_at_compile_time() -> None:
    assert parse_expression("2 * 3 + 1").compile(lambda n: 0) == 7.0
    assert parse_expression("a * 4").compile(lambda n: 2.5) == 10.0  # a constant input folds too
    assert parse_expression("-(2 ** 3)").compile(lambda n: 0) == -8.0


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('__import__("os")', "a call to __import__"),
        ("a.__class__", "name starting with '_'"),
        ("lambda: 1", "a Lambda"),
        ("a[0]", "a Subscript"),
        ("foo(1)", "a call to foo"),
        ("a +* b", "invalid syntax"),
        ('"x"', "a constant other than a number"),
        ("a == b", "a comparison other than"),
        ("a % 2", "the operator Mod"),
        ("max(1)", "max() with 1 arguments"),
        ("min(a=1, b=2)", "keyword argument"),
        ("exp", "the function name 'exp' used as a value"),
        ("True", "a constant other than a number"),
        ("", "empty formula"),
        ("[a for a in b]", "ListComp"),
    ],
)
def test_anything_outside_the_whitelist_is_refused(text: str, message: str) -> None:
    with pytest.raises(ExpressionError, match=message.replace("(", r"\(").replace(")", r"\)")):
        parse_expression(text)


@pytest.mark.parametrize(
    ("text", "dims", "expected"),
    [
        ("rev * mult", {"rev": "CNY", "mult": None}, "CNY"),
        ("rev / rev2", {"rev": "CNY", "rev2": "CNY"}, None),
        ("rev * (1 + g) ** 2 - cost", {"rev": "CNY", "g": None, "cost": "CNY"}, "CNY"),
        ("margin >= 0.2", {"margin": None}, BOOL),
        ("where(a > 0, rev, 0 * rev)", {"a": None, "rev": "USD"}, "USD"),
        ("min(rev, cost)", {"rev": "USD", "cost": "USD"}, "USD"),
    ],
)
def test_unit_algebra(text: str, dims: dict[str, str | None], expected: str | None) -> None:
    assert parse_expression(text).dim(dims) == expected


@pytest.mark.parametrize(
    ("text", "dims", "message"),
    [
        (
            "a + b",
            {"a": "CNY", "b": "USD"},
            "cannot add money in CNY and money in USD; convert with an fx input",
        ),
        ("a - 1", {"a": "CNY"}, "cannot subtract money in CNY and a plain number"),
        ("a * b", {"a": "CNY", "b": "CNY"}, "multiplies two money amounts"),
        ("a / b", {"a": "CNY", "b": "USD"}, "divides CNY by USD"),
        ("1 / a", {"a": "CNY"}, "divides a plain number by money"),
        ("a ** 2", {"a": "CNY"}, "'\\*\\*' needs plain numbers"),
        ("log(a)", {"a": "CNY"}, "log\\(\\) needs a plain number"),
        ("a > b", {"a": "CNY", "b": None}, "compares money in CNY with a plain number"),
        ("(a > 1) + 1", {"a": None}, "cannot use '\\+' on a comparison"),
        ("a if a else 0", {"a": None}, "condition of 'if' must be a comparison"),
        ("max(a, b)", {"a": "CNY", "b": "USD"}, "max\\(\\) mixes"),
    ],
)
def test_unit_mismatches_are_errors(text: str, dims: dict[str, str | None], message: str) -> None:
    with pytest.raises(ExpressionError, match=message):
        parse_expression(text).dim(dims)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a > 0", "<bool>"),
        ("0 <= a", "<bool>"),
        ("a >= -0.0", "<bool>"),
        ("max(a, 0)", "CNY"),
        ("min(0, a, b)", "CNY"),
        ("where(a > 0, a, 0)", "CNY"),
        ("a if a > 0 else 0", "CNY"),
    ],
)
def test_a_literal_zero_takes_the_unit_of_what_it_meets(text: str, expected: str) -> None:
    assert parse_expression(text).dim({"a": "CNY", "b": "CNY"}) == expected


@pytest.mark.parametrize("text", ["a > 1", "max(a, 0.5)", "where(a > 0, a, 1)", "a + 0 > 1"])
def test_only_zero_is_unit_free(text: str) -> None:
    with pytest.raises(ExpressionError):
        parse_expression(text).dim({"a": "CNY"})


def test_error_names_the_offending_part() -> None:
    with pytest.raises(ExpressionError, match=r"in 'cny_rev \+ usd_rev'"):
        parse_expression("2 * (cny_rev + usd_rev)").dim({"cny_rev": "CNY", "usd_rev": "USD"})


@given(st.text(max_size=40))
def test_parsing_any_text_raises_only_expression_errors(text: str) -> None:
    try:
        e = parse_expression(text)
    except ExpressionError:
        return
    # whatever parses compiles and evaluates without touching anything but its inputs
    f = e.compile(lambda n: 1.5)
    assert isinstance(f, float) or callable(f)


@given(
    st.floats(-1e6, 1e6, allow_nan=False),
    st.floats(-1e6, 1e6, allow_nan=False),
    st.floats(0.001, 1e3),
)
def test_folded_and_array_evaluation_agree(a: float, b: float, c: float) -> None:
    text = "(a + b) * c - a / c"
    folded = parse_expression(text).compile(lambda n: {"a": a, "b": b, "c": c}[n])
    arrays = _run(text, a=np.array([a]), b=np.array([b]), c=np.array([c]))
    assert isinstance(folded, float)
    assert folded == pytest.approx(float(np.asarray(arrays)[0]), rel=1e-12, abs=1e-9)
