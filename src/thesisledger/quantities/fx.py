"""FX conversion through a dated rate table; every conversion names its rate, date and source.

Rates are stored as units of a currency per 1 USD over a date range (a calendar year for yearly
averages, a day for a dated fix); a cross rate goes through USD. The shipped default holds yearly
averages for CNY, HKD, EUR, JPY and GBP (data/fx_yearly.toml, which names its source); load your own
with `FxTable.from_csv_text` and combine tables with `extended`.

    >>> from datetime import date
    >>> from thesisledger.quantities import FxTable, parse_quantity
    >>> table = FxTable.default()
    >>> str(table.convert(parse_quantity("RMB 7.196 billion"), "USD", on=date(2024, 6, 30)))
    'USD 1 billion'
"""

from __future__ import annotations

import csv
import io
import itertools
import math
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import cache
from importlib import resources

from thesisledger.errors import DataFileError, FxRateError, UnitMismatchError, UnknownCurrencyError
from thesisledger.quantities.quantity import Quantity
from thesisledger.quantities.units import Unit, UnitKind, normalize_currency

__all__ = ["FxQuote", "FxRate", "FxTable"]

_HOW_TO_LOAD = (
    "load a table with FxTable.from_csv_text(text, source_name) (columns: date or year, currency, "
    "per_usd) and combine it with FxTable.default().extended(table)"
)
# a dated rate (a daily fix) also covers the days after it up to this many, for weekends and holidays
CARRY_FORWARD_DAYS = 7


@dataclass(frozen=True, slots=True)
class FxRate:
    """`per_usd` units of `currency` buy 1 USD on every day from `start` to `end` (inclusive)."""

    currency: str
    start: date
    end: date
    per_usd: float
    source: str

    def __post_init__(self) -> None:
        if not (math.isfinite(self.per_usd) and self.per_usd > 0):
            raise ValueError(f"FX rate must be a positive number, got {self.per_usd!r} for {self.currency}")
        if self.end < self.start:
            raise ValueError(f"FX rate period ends ({self.end}) before it starts ({self.start})")

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1


@dataclass(frozen=True, slots=True)
class FxQuote:
    """`rate` units of `quote` per 1 unit of `base` on `on`, and where the rates came from."""

    base: str
    quote: str
    on: date
    rate: float
    source: str

    def __str__(self) -> str:
        return f"1 {self.base} = {self.rate:.6g} {self.quote} on {self.on.isoformat()} ({self.source})"


_USD = FxRate("USD", date.min, date.max, 1.0, "USD is the base currency")


class FxTable:
    """Dated FX rates per USD; `convert` a money Quantity into another currency on a date.

    Where several rates cover a date, the one with the shortest period wins (a daily fix over a
    yearly average), then the one added last (a user table over the default).
    """

    def __init__(self, rates: Iterable[FxRate], source: str) -> None:
        self.source = source
        self._rates: dict[str, list[tuple[int, FxRate]]] = {}
        self._count = 0
        for rate in rates:
            self._rates.setdefault(rate.currency, []).append((self._count, rate))
            self._count += 1

    def __repr__(self) -> str:
        return f"FxTable({self._count} rates for {', '.join(sorted(self._rates))}; {self.source})"

    @property
    def rates(self) -> list[FxRate]:
        """Every rate, in the order added."""
        return [r for _, r in sorted(i for rs in self._rates.values() for i in rs)]

    @property
    def currencies(self) -> frozenset[str]:
        return frozenset(self._rates) | {"USD"}

    # -- constructors -------------------------------------------------------------------------
    @classmethod
    def default(cls) -> FxTable:
        """Yearly average rates for CNY, HKD, EUR, JPY and GBP, 2015-2025 (data/fx_yearly.toml)."""
        return _default_table()

    @classmethod
    def from_rows(cls, rows: Iterable[Mapping[str, object]], source_name: str) -> FxTable:
        """Rates from records with `currency`, `per_usd` and either `date` (ISO) or `year`.

        A `year` row covers that calendar year; a `date` row covers its day and up to
        CARRY_FORWARD_DAYS after it, until the next dated row for that currency.
        """
        return cls(_read_rows(rows, source_name, first_line=1, what="row"), source_name)

    @classmethod
    def from_csv_text(cls, text: str, source_name: str) -> FxTable:
        """Rates from CSV text with a header (columns as in `from_rows`); errors name the line."""
        reader = csv.DictReader(io.StringIO(text))
        fields = {(f or "").strip().lower() for f in reader.fieldnames or []}
        missing = [c for c in ("currency", "per_usd") if c not in fields]
        if not ({"date", "year"} & fields):
            missing.append("date or year")
        if missing:
            raise DataFileError(
                f"{source_name}: missing column {', '.join(missing)} in the header line; "
                "an FX table needs columns: date or year, currency, per_usd"
            )
        rows = ({(k or "").strip().lower(): v for k, v in row.items()} for row in reader)
        return cls(_read_rows(rows, source_name, first_line=2, what="line"), source_name)

    def extended(self, other: FxTable) -> FxTable:
        """This table with `other`'s rates added; `other` wins where both cover a date equally."""
        return FxTable([*self.rates, *other.rates], f"{other.source}; {self.source}")

    # -- lookups ------------------------------------------------------------------------------
    def rate(self, currency: str, on: date) -> FxRate:
        """The rate of `currency` per USD that applies on `on`; raises FxRateError if none does."""
        code = normalize_currency(currency)
        if code == "USD":
            return _USD
        candidates = self._rates.get(code)
        if not candidates:
            have = ", ".join(sorted(self.currencies))
            raise FxRateError(
                f"no {code} rates in the FX table ({self.source}; it has {have}); {_HOW_TO_LOAD}"
            )
        best: tuple[int, int, FxRate] | None = None
        for order, r in candidates:
            if r.start <= on <= r.end:
                key = (-r.days, order)
                if best is None or key > best[:2]:
                    best = (*key, r)
        if best is None:
            first = min(r.start for _, r in candidates)
            last = max(r.end for _, r in candidates)
            raise FxRateError(
                f"no {code} rate for {on.isoformat()} in the FX table ({self.source}; it covers {code} "
                f"from {first.isoformat()} to {last.isoformat()}); {_HOW_TO_LOAD}"
            )
        return best[2]

    def quote(self, base: str, quote: str, on: date) -> FxQuote:
        """Units of `quote` per 1 `base` on `on`, crossed through USD."""
        b, q = self.rate(base, on), self.rate(quote, on)
        sources = [r.source for r in (b, q) if r is not _USD]
        return FxQuote(
            b.currency,
            q.currency,
            on,
            q.per_usd / b.per_usd,
            "; ".join(dict.fromkeys(sources)) or _USD.source,
        )

    def convert(self, q: Quantity, to: str, on: date) -> Quantity:
        """`q` (money) in currency `to` at the rate for `on`; bounds, scale and per-share are kept."""
        if q.unit.kind is not UnitKind.CURRENCY:
            raise UnitMismatchError(f"cannot convert {q} to {to}: it is in {q.unit}, not a currency")
        fx = self.quote(q.unit.code, to, on)
        if fx.base == fx.quote:
            return q
        unit = Unit(UnitKind.CURRENCY, fx.quote, per_share=q.unit.per_share)
        return replace(q.scaled(fx.rate, unit), qualitative=None)


def _read_rows(
    rows: Iterable[Mapping[str, object]], source_name: str, *, first_line: int, what: str
) -> list[FxRate]:
    yearly: list[FxRate] = []
    dated: dict[str, list[tuple[date, float, str]]] = {}
    for n, row in enumerate(rows, start=first_line):
        where = f"{source_name} {what} {n}"

        def field(name: str, row: Mapping[str, object] = row, where: str = where) -> str:
            value = row.get(name)
            text = "" if value is None else str(value).strip()
            if not text:
                raise DataFileError(f"{where}: {name} is empty; every row needs it")
            return text

        try:
            code = normalize_currency(field("currency"))
        except UnknownCurrencyError as exc:
            raise UnknownCurrencyError(f"{where}: {exc}") from exc
        raw = field("per_usd")
        try:
            per_usd = float(raw.replace(",", ""))
        except ValueError:
            per_usd = math.nan
        if not (math.isfinite(per_usd) and per_usd > 0):
            raise DataFileError(
                f"{where}: per_usd {raw!r} is not a positive number (units of {code} per USD)"
            )
        has_date = str(row.get("date") or "").strip()
        if has_date:
            try:
                day = date.fromisoformat(has_date)
            except ValueError:
                raise DataFileError(
                    f"{where}: date {has_date!r} is not an ISO date such as 2025-06-30"
                ) from None
            dated.setdefault(code, []).append((day, per_usd, where))
            continue
        year_text = field("year")
        try:
            year = int(year_text)
            start, end = date(year, 1, 1), date(year, 12, 31)
        except ValueError:
            raise DataFileError(f"{where}: year {year_text!r} is not a year such as 2025") from None
        yearly.append(FxRate(code, start, end, per_usd, source_name))
    out = list(yearly)
    for code, days in dated.items():
        days.sort()
        for (day, _, _), (next_day, _, where) in itertools.pairwise(days):
            if day == next_day:
                raise DataFileError(f"{where}: a second {code} rate for {day.isoformat()}")
        for i, (day, per_usd, _) in enumerate(days):
            end = day + timedelta(days=CARRY_FORWARD_DAYS)
            if i + 1 < len(days):
                end = min(end, days[i + 1][0] - timedelta(days=1))
            out.append(FxRate(code, day, end, per_usd, source_name))
    return out


@cache
def _default_table() -> FxTable:
    text = resources.files("thesisledger.quantities").joinpath("data/fx_yearly.toml").read_text("utf-8")
    raw = tomllib.loads(text)
    source = str(raw["source"])
    rows = [
        {"currency": code, "year": year, "per_usd": rate}
        for code, years in raw["per_usd"].items()
        for year, rate in years.items()
    ]
    return FxTable.from_rows(rows, source)
