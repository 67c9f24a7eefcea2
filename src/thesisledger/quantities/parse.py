"""Find and parse quantities in financial English: "approximately RMB 9 billion", "8-10x", "mid-teens".

`find_quantities` scans running text (a whole transcript) and yields every quantity with its
exact span; `parse_quantity` / `read_quantity` read one whole phrase. What counts as a quantity,
how ranges split and how bounds read are documented in reader.py; the vocabulary is data
(data/lexicon.toml, data/levels.toml, data/currencies.toml).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from thesisledger.errors import QuantityParseError
from thesisledger.quantities.lexicon import lexicon, normalize_words
from thesisledger.quantities.quantity import Quantity
from thesisledger.quantities.reader import (
    Context,
    Found,
    outer_bounds,
    scan_counted_words,
    scan_duration_bases,
    scan_full_points,
    scan_listed,
    scan_named_counts,
    scan_numbers,
    scan_per_rates,
    scan_plus_suffix,
    scan_rank_counts,
    scan_word_amounts,
    scan_words,
    span_levels,
    sub_bounds,
    weigh_pounds,
)
from thesisledger.quantities.units import normalize_currency

_EXAMPLES = (
    "'approximately RMB 9 billion', 'above 10 billion but below 20 billion', '30%', '3.75x' or 'mid-teens'"
)
_LEVEL_SPAN = re.compile(r"(low|mid|high) to (low|mid|high) (.+)")


@dataclass(frozen=True, slots=True)
class QuantityMatch:
    """A quantity found in text. `text == source[start:end]` and covers every word of the quantity.

    `unit_explicit` is False when no unit was written ("30 billion"): the caller may infer the
    currency from context. `note` reports an ambiguity or a reading choice ("¥ read as CNY").
    """

    start: int
    end: int
    text: str
    quantity: Quantity
    unit_explicit: bool
    note: str | None = None


def _scan(text: str, ctx: Context) -> list[Found]:
    """Every quantity written with digits or number words, in order and non-overlapping."""
    bare: list[tuple[int, int]] = []
    numbers = scan_numbers(text, ctx, None if ctx.phrase else bare)
    words = scan_words(text, ctx)
    words += scan_word_amounts(text, ctx)
    counted = scan_counted_words(text, numbers, ctx) + scan_named_counts(text, numbers, bare)
    counted += scan_listed(text, numbers, bare)
    if " after " in text or " from " in text or "compared" in text:
        counted += scan_duration_bases(text, numbers)  # "8.3 months after 7.5": the base of a duration
    if "full point" in text or "full percentage point" in text or "full basis point" in text:
        counted += scan_full_points(text)  # "another full point of margin"
    if " per " in text:
        counted += scan_per_rates(text)  # "a pace of 5.3 per month"
    if "-plus" in text:
        counted += scan_plus_suffix(text)  # "9-plus percent", "35,000-plus employees"
    if "top" in text or "Top" in text or "TOP" in text:
        counted += scan_rank_counts(text)  # "a top 20 brand": a rank count
    numbers = weigh_pounds(text, numbers) if " pound" in text else numbers  # "200 million pounds of copper"
    numbers = outer_bounds(text, numbers)  # "below approximately 500 basis points"
    numbers = sub_bounds(text, numbers, ctx) if "sub" in text else numbers  # "a sub-90% combined ratio"
    return _merge(numbers, sorted(words + counted, key=lambda f: f[0]) if counted else words)


def _merge(numbers: list[Found], words: list[Found]) -> list[Found]:
    """Both lists in text order, dropping any quantity that overlaps one already kept."""
    if not words:
        return numbers
    out: list[Found] = []
    last = -1
    for found in sorted(numbers + words, key=lambda f: (f[0], -f[1])):
        if found[0] >= last:
            out.append(found)
            last = found[1]
    return out


def _context(default_currency: str | None, *, phrase: bool) -> Context:
    return Context(normalize_currency(default_currency) if default_currency else None, phrase)


def find_quantities(text: str, *, default_currency: str | None = None) -> Iterator[QuantityMatch]:
    """Yield every quantity in `text`, in order and non-overlapping.

    Years, period labels (FY26Q4, 1Q25), dates, enumerators ("1.", "3.1.2"), times and bare
    numbers without a scale, unit, currency or counted noun are not yielded. `default_currency`
    only resolves "¥" (CNY or JPY) here: a bare "30 billion" comes back with unit COUNT and
    `unit_explicit=False`, for the caller to resolve from context.
    """
    ctx = _context(default_currency, phrase=False)
    for start, end, q, explicit, note in _scan(text, ctx):
        yield QuantityMatch(start, end, text[start:end], q, explicit, note)


def read_quantity(text: str, *, default_currency: str | None = None) -> QuantityMatch:
    """Read `text` as exactly one quantity (surrounding blanks allowed), with its span in `text`.

    `default_currency` applies to a bare scaled amount ("above 10 billion but below 20 billion")
    and resolves "¥". Raises QuantityParseError naming the text and what was expected.
    """
    ctx = _context(default_currency, phrase=True)
    stripped = text.strip()
    if not stripped:
        raise QuantityParseError(f"empty text is not a quantity; expected something like {_EXAMPLES}")
    lo = len(text) - len(text.lstrip())
    hi = lo + len(stripped)
    named = _named(stripped)
    if named is not None:
        return QuantityMatch(lo, hi, stripped, named, True)
    found = _scan(text, ctx)
    if not found:
        raise QuantityParseError(f"no quantity in {stripped!r}; expected something like {_EXAMPLES}")
    if len(found) > 1:
        parts = ", ".join(repr(text[f[0] : f[1]]) for f in found)
        raise QuantityParseError(
            f"{stripped!r} holds {len(found)} quantities ({parts}); parse_quantity reads exactly one "
            "(use find_quantities for running text)"
        )
    start, end, q, explicit, note = found[0]
    if start != lo or end != hi:
        extra = " ".join((text[lo:start] + " " + text[end:hi]).split())
        hint = " (an unknown currency?)" if re.fullmatch(r"[A-Z]{3}", extra) else ""
        raise QuantityParseError(
            f"{stripped!r} is not exactly one quantity: {extra!r}{hint} is left over after reading "
            f"{text[start:end]!r}; expected something like {_EXAMPLES}"
        )
    return QuantityMatch(start, end, text[start:end], q, explicit, note)


def parse_quantity(text: str, *, default_currency: str | None = None) -> Quantity:
    """The Quantity of a whole phrase such as "above RMB 10 billion but below 20 billion"."""
    return read_quantity(text, default_currency=default_currency).quantity


def _named(phrase: str) -> Quantity | None:
    """A level or fraction written as words: "mid-teens", "low to mid teens", "a third"."""
    lex = lexicon()
    key = normalize_words(phrase)
    if key in lex.levels:
        return lex.levels[key]
    if key in lex.fractions:
        return lex.fractions[key]
    m = _LEVEL_SPAN.fullmatch(key)
    if m is None:
        return None
    first, last = lex.levels.get(f"{m[1]} {m[3]}"), lex.levels.get(f"{m[2]} {m[3]}")
    if first is None or last is None or not first.qualitative or not last.qualitative:
        return None
    return span_levels(first, last, f"{m[1]} to {last.qualitative}")
