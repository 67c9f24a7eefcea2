"""Hypothesis strategies for quantities shaped as the parser produces them."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import strategies as st

from thesisledger.quantities import MULTIPLE, PP, RATIO, Bound, Quantity, Unit, UnitKind

CURRENCY_SCALES = {
    None: 0,
    "thousand": 3,
    "million": 6,
    "billion": 9,
    "trillion": 12,
    "bn": 9,
    "mn": 6,
    "k": 3,
}
RATIO_SCALES = {"%": -2, "percent": -2}
PP_SCALES = {"pp": -2, "percentage points": -2, "bps": -4}
NOUNS = [None, "users", "downloads", "monthly active users", "units"]
MULTIPLE_NOUNS = [None, "PE", "EV/EBITDA", "sales"]
DURATIONS = ["years", "quarters", "months"]


@st.composite
def mantissas(draw: st.DrawFn, *, signed: bool) -> Decimal:
    """A decimal as an analyst writes it: up to 7 integer digits, up to 3 decimals."""
    units = draw(st.integers(min_value=0, max_value=9_999_999))
    places = draw(st.integers(min_value=0, max_value=3))
    d = Decimal(units).scaleb(-places)
    if signed and draw(st.booleans()):
        d = -d
    return d


@st.composite
def units_and_scales(draw: st.DrawFn) -> tuple[Unit, str | None, int, bool]:
    """(unit, scale word, its power of ten, whether negative values are allowed)."""
    kind = draw(st.sampled_from(["currency", "ratio", "pp", "multiple", "count", "duration"]))
    if kind == "currency":
        code = draw(st.sampled_from(["CNY", "USD", "HKD", "EUR", "JPY", "GBP"]))
        per_share = draw(st.booleans())
        scale = None if per_share else draw(st.sampled_from(list(CURRENCY_SCALES)))
        return Unit.currency(code, per_share=per_share), scale, CURRENCY_SCALES[scale], True
    if kind == "ratio":
        scale = draw(st.sampled_from(list(RATIO_SCALES)))
        return RATIO, scale, RATIO_SCALES[scale], True
    if kind == "pp":
        scale = draw(st.sampled_from(list(PP_SCALES)))
        return PP, scale, PP_SCALES[scale], True
    if kind == "multiple":
        noun = draw(st.sampled_from(MULTIPLE_NOUNS))
        return (MULTIPLE if noun is None else Unit(UnitKind.MULTIPLE, "multiple", noun=noun)), None, 0, False
    if kind == "count":
        noun = draw(st.sampled_from(NOUNS))
        scale = draw(st.sampled_from([None, "thousand", "million", "billion"]))
        return Unit(UnitKind.COUNT, "count", noun=noun), scale, CURRENCY_SCALES[scale], False
    return Unit(UnitKind.DURATION, draw(st.sampled_from(DURATIONS))), None, 0, False


@st.composite
def quantities(draw: st.DrawFn) -> Quantity:
    """A Quantity with parser-shaped values: the written decimal times the scale's power of ten."""
    unit, scale, exponent, signed = draw(units_and_scales())
    bound = draw(st.sampled_from(list(Bound)))

    def value() -> float:
        return float(f"{draw(mantissas(signed=signed))}e{exponent}")

    if bound is Bound.RANGE:
        a, b = sorted((value(), value()))
        return Quantity(a, b, bound, unit, scale)
    v = value()
    if bound in (Bound.EQ, Bound.APPROX):
        return Quantity(v, v, bound, unit, scale)
    if bound in (Bound.GT, Bound.GTE):
        return Quantity(v, None, bound, unit, scale)
    return Quantity(None, v, bound, unit, scale)
