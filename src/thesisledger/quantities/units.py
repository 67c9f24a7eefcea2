"""Units: a currency (ISO 4217), a ratio, percentage points, a multiple, a count or a duration."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from enum import StrEnum
from functools import cache
from importlib import resources

from thesisledger.errors import UnknownCurrencyError


class UnitKind(StrEnum):
    """What a number measures."""

    CURRENCY = "currency"
    RATIO = "ratio"  # 0.30 for "30%"
    PP = "pp"  # percentage points; -0.07 for "-7 percentage points"
    MULTIPLE = "multiple"  # 3.75 for "3.75x"
    COUNT = "count"  # users, downloads, units; the noun says of what
    DURATION = "duration"  # years, quarters, months, days


@dataclass(frozen=True, slots=True)
class Unit:
    """A unit. `code` is the ISO currency code for money, else the kind or the duration's name.

    `per_share` marks money per share (EPS, DPS); `noun` names what a count counts ("downloads").
    """

    kind: UnitKind
    code: str
    per_share: bool = False
    noun: str | None = None

    def __str__(self) -> str:
        if self.kind is UnitKind.CURRENCY and self.per_share:
            return f"{self.code}/share"
        return self.code

    @property
    def is_currency(self) -> bool:
        return self.kind is UnitKind.CURRENCY

    @classmethod
    def currency(cls, code: str, *, per_share: bool = False) -> Unit:
        """Money in the ISO currency `code` (aliases such as RMB or US$ are accepted)."""
        return cls(UnitKind.CURRENCY, normalize_currency(code), per_share=per_share)

    @classmethod
    def parse(cls, text: str) -> Unit:
        """Read a unit as written in data or JSON: "CNY", "USD/share", "ratio", "pp", "count:downloads"."""
        t = text.strip()
        low = t.lower()
        if low in ("ratio", "percent", "%"):
            return RATIO
        if low in ("pp", "percentage points", "percentage_points"):
            return PP
        if low in ("multiple", "x"):
            return MULTIPLE
        if low == "count" or low.startswith("count:"):
            noun = t.split(":", 1)[1] if ":" in t else None
            return Unit(UnitKind.COUNT, "count", noun=noun)
        if low in DURATIONS:
            return Unit(UnitKind.DURATION, low)
        if low.endswith("/share"):
            return cls.currency(t[: -len("/share")], per_share=True)
        return cls.currency(t)


DURATIONS = ("years", "quarters", "months", "weeks", "days")

RATIO = Unit(UnitKind.RATIO, "ratio")
PP = Unit(UnitKind.PP, "pp")
MULTIPLE = Unit(UnitKind.MULTIPLE, "multiple")
COUNT = Unit(UnitKind.COUNT, "count")


@dataclass(frozen=True, slots=True)
class CurrencyTable:
    """ISO codes and the aliases that name them, loaded from `data/currencies.toml`."""

    codes: frozenset[str]
    aliases: dict[str, str]  # lower-cased alias -> ISO code
    symbols: dict[str, str]  # exact symbol -> ISO code ("US$", "HK$", "€")


@cache
def currency_table() -> CurrencyTable:
    raw = tomllib.loads(
        resources.files("thesisledger.quantities").joinpath("data/currencies.toml").read_text("utf-8")
    )
    codes: set[str] = set()
    aliases: dict[str, str] = {}
    symbols: dict[str, str] = {}
    for code, spec in raw["currency"].items():
        codes.add(code)
        aliases[code.lower()] = code
        for alias in spec.get("aliases", []):
            aliases[alias.lower()] = code
        for symbol in spec.get("symbols", []):
            symbols[symbol] = code
    return CurrencyTable(frozenset(codes), aliases, symbols)


def normalize_currency(text: str) -> str:
    """Map a code, alias or symbol ("RMB", "yuan", "US$", "€") to its ISO code, or raise."""
    table = currency_table()
    t = text.strip()
    if t in table.symbols:
        return table.symbols[t]
    code = table.aliases.get(t.lower())
    if code is None:
        known = ", ".join(sorted(table.codes))
        raise UnknownCurrencyError(
            f"unknown currency {text!r}; use an ISO code such as {known}, "
            "or add it to quantities/data/currencies.toml"
        )
    return code
