"""Write a Quantity back as text an analyst reads and `parse_quantity` reads back unchanged.

"CNY 9 billion", "approximately USD 38bn", "more than 40%", "CNY 10-20 billion", "-7 percentage
points", "3.75x", "8-10x PE", "1 billion downloads", "USD 1.25 per share", "mid teens".

Numbers are written from the shortest decimal form of the float, shifted by the power of ten of
the scale word (exactly, with `Decimal`), rounded to 15 significant digits, so
`parse_quantity(format_quantity(q)) == q` holds for every quantity the parser produces (up to float
rounding for computed ones; exactly with `digits=None`).
"""

from __future__ import annotations

from decimal import ROUND_HALF_EVEN, Decimal

from thesisledger.quantities.lexicon import lexicon, normalize_words
from thesisledger.quantities.parse import parse_quantity
from thesisledger.quantities.quantity import Bound, Quantity
from thesisledger.quantities.units import UnitKind

_BOUND_WORDS = {
    Bound.APPROX: "approximately ",
    Bound.GT: "more than ",
    Bound.GTE: "at least ",
    Bound.LT: "less than ",
    Bound.LTE: "at most ",
}
_DEFAULT_SCALE = {UnitKind.RATIO: "%", UnitKind.PP: "pp"}
# scale words written right after the digits ("38bn", "5m", "30%"); longer words get a space
_GLUED = frozenset({"%", "k", "m", "b", "t", "mn", "bn", "tn", "mm", "mln", "bln", "trn"})


def format_quantity(q: Quantity, *, digits: int | None = 15) -> str:
    """Analyst-readable text for `q`, in a form `parse_quantity` reads back as `q`.

    `digits` rounds numbers to that many significant digits: the default 15 hides float noise
    ("11 pp", not "11.000000000000001 pp"); 3 gives "35.4%"; None keeps every digit of the float,
    so the round trip is exact.
    """
    if q.qualitative and _is_named(q):
        first, _, rest = q.qualitative.partition(" ")
        if first in ("low", "mid", "high") and " " not in rest:
            return f"{first}-{rest}"  # "mid-teens", as analysts write it
        return q.qualitative
    unit = q.unit
    scale = q.scale
    if scale is None and unit.kind in _DEFAULT_SCALE:
        scale = _DEFAULT_SCALE[unit.kind]
    exponent = _exponent(scale, unit.kind)
    suffix = _suffix(q, scale)
    prefix = f"{unit.code} " if unit.kind is UnitKind.CURRENCY else ""

    if q.bound is Bound.RANGE:
        assert q.low is not None and q.high is not None  # guaranteed by Quantity
        low, high = _number(q.low, exponent, digits), _number(q.high, exponent, digits)
        join = "-" if not low.startswith("-") and not high.startswith("-") else " to "
        return f"{prefix}{low}{join}{high}{suffix}"
    value = q.low if q.low is not None else q.high
    assert value is not None  # guaranteed by Quantity
    words = _BOUND_WORDS.get(q.bound, "")
    return f"{words}{prefix}{_number(value, exponent, digits)}{suffix}"


def _is_named(q: Quantity) -> bool:
    """Whether the level word still names exactly this quantity (arithmetic may have moved it)."""
    assert q.qualitative is not None
    lex = lexicon()
    key = normalize_words(q.qualitative)
    if key not in lex.levels and key not in lex.fractions and " to " not in key:
        return False
    try:
        return parse_quantity(q.qualitative) == q
    except ValueError:
        return False


def _exponent(scale: str | None, kind: UnitKind) -> int:
    """The power of ten the scale word stands for ("billion" 9, "%" -2, "bps" -4)."""
    if scale is None:
        return 0
    lex = lexicon()
    key = scale.lower()
    if kind in (UnitKind.RATIO, UnitKind.PP):
        word = lex.units.get(" ".join(key.split()))
        return word.exponent if word is not None else 0
    if key in lex.scales:
        return lex.scales[key]
    return lex.attached_scales.get(key, 0)


def _suffix(q: Quantity, scale: str | None) -> str:
    unit = q.unit
    out = ""
    if scale:
        out = scale if scale.lower() in _GLUED or scale.isupper() else f" {scale}"
    if unit.kind is UnitKind.MULTIPLE:
        out += "x"
        if unit.noun:
            out += f" {unit.noun}"
    elif unit.kind is UnitKind.DURATION:
        one = q.bound is not Bound.RANGE and abs(q.value) == 1
        out += f" {unit.code[:-1] if one else unit.code}"  # "1 year", "2 years"
    elif unit.noun:
        out += f" {unit.noun}"
    if unit.per_share:
        out += " per share"
    return out


def _number(value: float, exponent: int, digits: int | None) -> str:
    """`value / 10**exponent` in fixed-point with thousands separators, exact unless `digits`."""
    d = Decimal(repr(value)).scaleb(-exponent)
    if digits is not None and d != 0:
        shift = d.adjusted() - digits + 1
        d = d.quantize(Decimal(1).scaleb(shift), rounding=ROUND_HALF_EVEN)
    text = format(d, ",f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    if text in ("-0", ""):
        text = "0"
    return text
