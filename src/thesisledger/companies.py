"""Company profiles: ticker, names, reporting currency, fiscal calendar and the entities analysts name.

Shipped profiles are data (`data/companies/*.toml`); users add their own with `thesis company add`
(stored in the ledger) or by pointing `THESIS_PROFILES` at a folder of TOML files.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from thesisledger.errors import DataFileError, UnknownCompanyError
from thesisledger.periods.calendar import FiscalCalendar
from thesisledger.quantities.units import normalize_currency


@dataclass(frozen=True, slots=True)
class Entity:
    """A segment, business or product inside a company, with the names documents use for it."""

    key: str  # "cloud", "maas", "taotian"
    name: str
    aliases: tuple[str, ...] = ()
    parent: str | None = None


@dataclass(frozen=True, slots=True)
class CompanyProfile:
    ticker: str
    name: str
    reporting_currency: str
    fy_end_month: int
    aliases: tuple[str, ...] = ()  # other tickers and names: "9988.HK", "Alibaba Group"
    cik: str | None = None
    entities: tuple[Entity, ...] = field(default=())

    @property
    def calendar(self) -> FiscalCalendar:
        return FiscalCalendar(self.fy_end_month)

    def names(self) -> tuple[str, ...]:
        return (self.ticker, self.name, *self.aliases)

    @classmethod
    def from_mapping(cls, d: dict[str, Any], source: str) -> CompanyProfile:
        try:
            entities = tuple(
                Entity(
                    key=str(key),
                    name=str(spec.get("name", key)),
                    aliases=tuple(str(a) for a in spec.get("aliases", [])),
                    parent=spec.get("parent"),
                )
                for key, spec in d.get("entities", {}).items()
            )
            fy_end = int(d["fy_end_month"])
            if not 1 <= fy_end <= 12:
                raise ValueError(f"fy_end_month must be 1-12, got {fy_end}")
            return cls(
                ticker=str(d["ticker"]).upper(),
                name=str(d["name"]),
                reporting_currency=normalize_currency(str(d["reporting_currency"])),
                fy_end_month=fy_end,
                aliases=tuple(str(a) for a in d.get("aliases", [])),
                cik=str(d["cik"]) if d.get("cik") else None,
                entities=entities,
            )
        except KeyError as exc:
            raise DataFileError(f"{source}: company profile is missing the field {exc.args[0]!r}") from exc
        except (TypeError, ValueError) as exc:
            raise DataFileError(f"{source}: invalid company profile: {exc}") from exc


def _load_dir_files() -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    folder = resources.files("thesisledger").joinpath("data/companies")
    for entry in sorted(folder.iterdir(), key=lambda p: p.name):
        if entry.name.endswith(".toml"):
            out.append((f"data/companies/{entry.name}", entry.read_text("utf-8")))
    extra = os.environ.get("THESIS_PROFILES")
    if extra:
        for p in sorted(Path(extra).glob("*.toml")):
            out.append((str(p), p.read_text("utf-8")))
    return out


@cache
def shipped_profiles() -> dict[str, CompanyProfile]:
    """Profiles shipped with the package (and from THESIS_PROFILES), by upper-case ticker."""
    profiles: dict[str, CompanyProfile] = {}
    for source, text in _load_dir_files():
        try:
            data = tomllib.loads(text)
        except tomllib.TOMLDecodeError as exc:
            raise DataFileError(f"{source}: not valid TOML: {exc}") from exc
        p = CompanyProfile.from_mapping(data, source)
        profiles[p.ticker] = p
    return profiles


def find_profile(name: str, extra: dict[str, CompanyProfile] | None = None) -> CompanyProfile:
    """Find a profile by ticker or alias ("BABA", "9988.HK", "Alibaba"), case-insensitively."""
    pool = dict(shipped_profiles())
    if extra:
        pool.update(extra)
    wanted = name.strip().lower()
    for p in pool.values():
        if wanted in (n.lower() for n in p.names()):
            return p
    known = ", ".join(sorted(pool))
    raise UnknownCompanyError(
        f"unknown company {name!r}; known tickers: {known}. Add one with `thesis company add`."
    )
