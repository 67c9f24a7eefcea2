"""Formulas over thesis inputs (`cloud_revenue * (1 + g) ** 2`), read safely and run on NumPy arrays.

Text is parsed with `ast` and only a whitelist is accepted: numbers, input names (dotted names such as
`qc.contribution` too), + - * / **, comparisons, `and`/`or`, `a if c else b`, and the functions in
`FUNCTIONS`. Nothing is ever passed to `eval`.

Each formula is checked for units before it runs: money is a currency code, everything else (ratios,
multiples, counts) is a plain number. Money times a number is money; money divided by money in the same
currency is a number; adding CNY to USD, or money to a plain number, is an error. There is no implicit FX.

`Expression.compile` folds constants and returns either a float or a function of the slot list.
"""

from __future__ import annotations

import ast
import operator
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from thesisledger.errors import ExpressionError

# A value at run time: a float (constant) or an array of draws; booleans for comparisons.
Value = Any
Env = Sequence[Value]
Compiled = float | Callable[[Env], Value]
# Dimension: a currency code, None for a plain number, or BOOL for a comparison's result.
Dim = str | None
BOOL = "<bool>"


def _min(*xs: Value) -> Value:
    out = xs[0]
    for x in xs[1:]:
        out = np.minimum(out, x)
    return out


def _max(*xs: Value) -> Value:
    out = xs[0]
    for x in xs[1:]:
        out = np.maximum(out, x)
    return out


# name -> (function, min args, max args)
FUNCTIONS: dict[str, tuple[Callable[..., Value], int, int]] = {
    "min": (_min, 2, 16),
    "max": (_max, 2, 16),
    "abs": (np.abs, 1, 1),
    "exp": (np.exp, 1, 1),
    "log": (np.log, 1, 1),
    "sqrt": (np.sqrt, 1, 1),
    "clip": (np.clip, 3, 3),
    "where": (np.where, 3, 3),
}

_BINOPS: dict[type[ast.operator], Callable[[Value, Value], Value]] = {
    ast.Add: operator.add,
    ast.Sub: operator.sub,
    ast.Mult: operator.mul,
    ast.Div: np.divide,
    ast.Pow: np.power,
}
_BINOP_TEXT = {ast.Add: "+", ast.Sub: "-", ast.Mult: "*", ast.Div: "/", ast.Pow: "**"}
_CMPOPS: dict[type[ast.cmpop], Callable[[Value, Value], Value]] = {
    ast.Lt: np.less,
    ast.LtE: np.less_equal,
    ast.Gt: np.greater,
    ast.GtE: np.greater_equal,
}


def dotted_name(node: ast.expr) -> str | None:
    """`a` or `a.b.c` as a string, or None if the node is not a (dotted) name."""
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        base = dotted_name(node.value)
        return None if base is None else f"{base}.{node.attr}"
    return None


def _dim_text(d: Dim) -> str:
    if d is None:
        return "a plain number"
    if d == BOOL:
        return "a true/false comparison"
    return f"money in {d}"


@dataclass(frozen=True)
class Expression:
    """A parsed formula. `names` are the inputs it reads, in order of first use."""

    text: str
    tree: ast.expr
    names: tuple[str, ...]

    # -- units ------------------------------------------------------------------------------------
    def dim(self, dims: Mapping[str, Dim]) -> Dim:
        """The formula's dimension given each name's; raises ExpressionError on a unit mismatch."""
        return self._dim(self.tree, dims)

    def _err(self, node: ast.AST, what: str) -> ExpressionError:
        seg = ast.get_source_segment(self.text, node) or self.text
        return ExpressionError(f"in {seg!r}: {what}")

    def _dim(self, node: ast.expr, dims: Mapping[str, Dim]) -> Dim:
        name = dotted_name(node)
        if name is not None:
            return dims[name]
        if isinstance(node, ast.Constant):
            return None
        if isinstance(node, ast.UnaryOp):
            d = self._dim(node.operand, dims)
            if d == BOOL:
                raise self._err(node, "a comparison cannot be negated with '-'")
            return d
        if isinstance(node, ast.BinOp):
            return self._binop_dim(node, self._dim(node.left, dims), self._dim(node.right, dims))
        if isinstance(node, ast.Compare):
            ds = self._dims_of([node.left, *node.comparators], dims)
            for d in ds:
                if d == BOOL:
                    raise self._err(node, "cannot compare a comparison")
            if len(set(ds)) > 1:
                parts = " with ".join(_dim_text(d) for d in dict.fromkeys(ds))
                raise self._err(node, f"compares {parts}")
            return BOOL
        if isinstance(node, ast.BoolOp):
            for v in node.values:
                if self._dim(v, dims) != BOOL:
                    raise self._err(node, "'and'/'or' join comparisons, not numbers")
            return BOOL
        if isinstance(node, ast.IfExp):
            if self._dim(node.test, dims) != BOOL:
                raise self._err(node.test, "the condition of 'if' must be a comparison")
            return self._same(node, self._dims_of([node.body, node.orelse], dims), "if/else")
        if isinstance(node, ast.Call):
            fname = dotted_name(node.func)
            if fname == "where":
                args = [self._dim(node.args[0], dims), *self._dims_of(node.args[1:], dims)]
            else:
                args = self._dims_of(node.args, dims)
            if fname in ("min", "max", "abs"):
                return self._same(node, args, f"{fname}()")
            if fname in ("exp", "log", "sqrt"):
                if args[0] is not None:
                    raise self._err(node, f"{fname}() needs a plain number, not {_dim_text(args[0])}")
                return None
            if fname == "clip":
                return self._same(node, args, "clip()")
            if fname == "where":
                if args[0] != BOOL:
                    raise self._err(node, "where(condition, a, b) needs a comparison first")
                return self._same(node, args[1:], "where()")
        raise self._err(node, "unsupported element")  # parse_expression admits nothing else

    def _dims_of(self, nodes: list[ast.expr], dims: Mapping[str, Dim]) -> list[Dim]:
        """Dimensions of sibling operands; a literal 0 takes its siblings' ("ebita > 0", "max(x, 0)")."""
        ds = [None if _is_zero(n) else self._dim(n, dims) for n in nodes]
        known = [d for n, d in zip(nodes, ds, strict=True) if not _is_zero(n)]
        fill = known[0] if known else None
        return [fill if _is_zero(n) else d for n, d in zip(nodes, ds, strict=True)]

    def _same(self, node: ast.AST, ds: list[Dim], what: str) -> Dim:
        if BOOL in ds:
            raise self._err(node, f"{what} takes numbers, not comparisons")
        if len(set(ds)) > 1:
            parts = " and ".join(_dim_text(d) for d in dict.fromkeys(ds))
            raise self._err(node, f"{what} mixes {parts}")
        return ds[0]

    def _binop_dim(self, node: ast.BinOp, a: Dim, b: Dim) -> Dim:
        op = type(node.op)
        sym = _BINOP_TEXT[op]
        if BOOL in (a, b):
            raise self._err(node, f"cannot use '{sym}' on a comparison")
        if op in (ast.Add, ast.Sub):
            if a != b:
                hint = "; convert with an fx input" if a and b else ""
                raise self._err(
                    node,
                    f"cannot {'add' if op is ast.Add else 'subtract'} "
                    f"{_dim_text(a)} and {_dim_text(b)}{hint}",
                )
            return a
        if op is ast.Mult:
            if a is not None and b is not None:
                raise self._err(node, f"multiplies two money amounts ({a} × {b})")
            return a if a is not None else b
        if op is ast.Div:
            if b is None:
                return a
            if a == b:
                return None
            if a is None:
                raise self._err(node, f"divides a plain number by money in {b}")
            raise self._err(node, f"divides {a} by {b}; convert with an fx input first")
        # power
        if a is not None or b is not None:
            raise self._err(node, "'**' needs plain numbers on both sides")
        return None

    # -- compilation ---------------------------------------------------------------------------------
    def compile(self, lookup: Callable[[str], int | float]) -> Compiled:
        """A float (if every name is a constant) or a function of the slot list.

        `lookup(name)` returns the slot index of an input computed at run time, or its constant value.
        """
        return _compile(self.tree, lookup)


def _is_zero(node: ast.expr) -> bool:
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub | ast.UAdd):
        node = node.operand
    return isinstance(node, ast.Constant) and not isinstance(node.value, bool) and node.value == 0


def _compile(node: ast.expr, lookup: Callable[[str], int | float]) -> Compiled:
    name = dotted_name(node)
    if name is not None:
        ref = lookup(name)
        if isinstance(ref, float):
            return ref
        slot = ref
        return lambda env: env[slot]
    if isinstance(node, ast.Constant):
        assert isinstance(node.value, int | float)  # parse_expression admits only numbers
        return float(node.value)
    if isinstance(node, ast.UnaryOp):
        inner = _compile(node.operand, lookup)
        if isinstance(node.op, ast.UAdd):
            return inner
        if isinstance(inner, float):
            return -inner
        return lambda env: -inner(env)
    if isinstance(node, ast.BinOp):
        return combine(_BINOPS[type(node.op)], [_compile(node.left, lookup), _compile(node.right, lookup)])
    if isinstance(node, ast.Compare):
        parts = [_compile(node.left, lookup), *(_compile(c, lookup) for c in node.comparators)]
        tests = [combine(_CMPOPS[type(op)], [parts[i], parts[i + 1]]) for i, op in enumerate(node.ops)]
        return tests[0] if len(tests) == 1 else combine(_all, tests)
    if isinstance(node, ast.BoolOp):
        fn = _all if isinstance(node.op, ast.And) else _any
        return combine(fn, [_compile(v, lookup) for v in node.values])
    if isinstance(node, ast.IfExp):
        return combine(
            np.where,
            [_compile(node.test, lookup), _compile(node.body, lookup), _compile(node.orelse, lookup)],
        )
    if isinstance(node, ast.Call):
        fname = dotted_name(node.func)
        assert fname is not None
        return combine(FUNCTIONS[fname][0], [_compile(a, lookup) for a in node.args])
    raise ExpressionError(f"unsupported element {type(node).__name__}")


def _all(*xs: Value) -> Value:
    out = xs[0]
    for x in xs[1:]:
        out = np.logical_and(out, x)
    return out


def _any(*xs: Value) -> Value:
    out = xs[0]
    for x in xs[1:]:
        out = np.logical_or(out, x)
    return out


def combine(fn: Callable[..., Value], args: list[Compiled]) -> Compiled:
    """fn over compiled arguments, folded to a float when every argument is a constant."""
    if all(isinstance(a, float) for a in args):
        with np.errstate(all="ignore"):
            return float(fn(*args))
    if len(args) == 2:
        a, b = args
        if isinstance(a, float):
            fb = b
            assert callable(fb)
            return lambda env: fn(a, fb(env))
        if isinstance(b, float):
            fa = a
            return lambda env: fn(fa(env), b)
        fa2, fb2 = a, b
        assert callable(fb2)
        return lambda env: fn(fa2(env), fb2(env))
    parts: list[Callable[[Env], Value]] = [a if callable(a) else constant(a) for a in args]
    return lambda env: fn(*(p(env) for p in parts))


def constant(c: float) -> Callable[[Env], Value]:
    """A compiled function that ignores the slots and returns `c`."""
    return lambda env: c


def slot_reader(s: int) -> Callable[[Env], Value]:
    """A compiled function that reads slot `s`."""
    return lambda env: env[s]


# -- parsing ------------------------------------------------------------------------------------------
def parse_expression(text: str) -> Expression:
    """Parse `text` into an Expression; raises ExpressionError saying what is not allowed and where."""
    src = text.strip()
    if not src:
        raise ExpressionError("empty formula")
    try:
        tree = ast.parse(src, mode="eval")
    except SyntaxError as exc:
        col = f" at column {exc.offset}" if exc.offset else ""
        raise ExpressionError(f"cannot read formula {src!r}: {exc.msg}{col}") from exc
    names: dict[str, None] = {}
    _validate(tree.body, src, names)
    return Expression(src, tree.body, tuple(names))


def _validate(node: ast.expr, src: str, names: dict[str, None]) -> None:
    def bad(what: str) -> ExpressionError:
        seg = ast.get_source_segment(src, node) or src
        return ExpressionError(f"in {src!r}: {what} ({seg!r}) is not allowed in a formula")

    name = dotted_name(node)
    if name is not None:
        if any(part.startswith("_") for part in name.split(".")):
            raise bad("a name starting with '_'")
        if name in FUNCTIONS:
            raise bad(f"the function name {name!r} used as a value")
        names.setdefault(name, None)
        return
    if isinstance(node, ast.Constant):
        if isinstance(node.value, bool) or not isinstance(node.value, int | float):
            raise bad("a constant other than a number")
        return
    if isinstance(node, ast.UnaryOp):
        if not isinstance(node.op, ast.UAdd | ast.USub):
            raise bad(f"the operator {type(node.op).__name__}")
        _validate(node.operand, src, names)
        return
    if isinstance(node, ast.BinOp):
        if type(node.op) not in _BINOPS:
            raise bad(f"the operator {type(node.op).__name__}")
        _validate(node.left, src, names)
        _validate(node.right, src, names)
        return
    if isinstance(node, ast.Compare):
        for op in node.ops:
            if type(op) not in _CMPOPS:
                raise bad("a comparison other than < <= > >=")
        _validate(node.left, src, names)
        for c in node.comparators:
            _validate(c, src, names)
        return
    if isinstance(node, ast.BoolOp):
        for v in node.values:
            _validate(v, src, names)
        return
    if isinstance(node, ast.IfExp):
        for part in (node.test, node.body, node.orelse):
            _validate(part, src, names)
        return
    if isinstance(node, ast.Call):
        fname = dotted_name(node.func)
        if fname not in FUNCTIONS:
            known = ", ".join(sorted(FUNCTIONS))
            raise bad(f"a call to {fname or 'an expression'} (functions: {known})")
        if node.keywords:
            raise bad("a keyword argument")
        _, lo, hi = FUNCTIONS[fname]
        if not lo <= len(node.args) <= hi:
            raise bad(f"{fname}() with {len(node.args)} arguments")
        for a in node.args:
            if isinstance(a, ast.Starred):
                raise bad("a *argument")
            _validate(a, src, names)
        return
    raise bad(f"a {type(node).__name__}")
