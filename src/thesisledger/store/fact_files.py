"""Fact files: reported actuals in CSV or XLSX, read into `Fact`s with strict, line-numbered checks.

Columns (header row, any order, case-insensitive):
  required  company, metric, period, value, unit
  optional  segment (or entity), basis (as_reported | restated), source, period_start, period_end,
            scale (thousand | million | billion | trillion, also k/mn/bn/tn), reported_at,
            illustrative (true/false), note

`value` accepts "1,234.5", "(12.5)" for negatives and "9%" for ratios. Units: an ISO currency
("CNY", "RMB"), "ratio" (0.09), "%" or "percent" (9 means 0.09), "pp" (points: -7 means -0.07),
"x" (multiple), "count". `period` is a label resolved in the company's fiscal calendar: FY26Q4,
FY26H1, FY26 (fiscal), or 2025Q4, 2025H2, 2025 (calendar); or any label with period_start/period_end.

The whole file is checked before anything is returned, so a bad line imports nothing.
"""

from __future__ import annotations

import csv
import io
import re
import zipfile
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from thesisledger.companies import CompanyProfile, find_profile
from thesisledger.errors import DataFileError, InputError, UnknownCompanyError
from thesisledger.facts import Basis, Fact
from thesisledger.periods.calendar import FiscalCalendar
from thesisledger.periods.period import Period, PeriodKind
from thesisledger.quantities.quantity import Quantity
from thesisledger.quantities.units import RATIO, Unit, UnitKind

REQUIRED = ("company", "metric", "period", "value", "unit")
OPTIONAL = (
    "segment",
    "entity",
    "basis",
    "source",
    "period_start",
    "period_end",
    "scale",
    "reported_at",
    "illustrative",
    "note",
)
_SCALES = {
    "": 1.0,
    "units": 1.0,
    "thousand": 1e3,
    "thousands": 1e3,
    "k": 1e3,
    "million": 1e6,
    "millions": 1e6,
    "mn": 1e6,
    "m": 1e6,
    "billion": 1e9,
    "billions": 1e9,
    "bn": 1e9,
    "b": 1e9,
    "trillion": 1e12,
    "tn": 1e12,
}
_NUMBER = re.compile(r"^[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$|^[+-]?\.\d+$")
_TRUE = {"true", "yes", "y", "1"}
_FALSE = {"false", "no", "n", "0", ""}


@dataclass(frozen=True, slots=True)
class FactLine:
    """A fact and the line of the file it came from (1-based; the header is line 1)."""

    fact: Fact
    line: int


class _Bad(Exception):
    """A problem with one cell; turned into a DataFileError naming the file, line and column."""

    def __init__(self, column: str, message: str) -> None:
        super().__init__(message)
        self.column = column
        self.message = message


# -- reading raw rows --------------------------------------------------------------------------
def _csv_rows(path: Path) -> Iterator[tuple[int, list[Any]]]:
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise DataFileError(
            f"{path.name} line {line}: not UTF-8 text (byte 0x{raw[exc.start]:02x}); "
            "save the file as UTF-8 (in Excel: 'CSV UTF-8')"
        ) from exc
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        for row in reader:
            yield reader.line_num, list(row)
    except csv.Error as exc:
        raise DataFileError(f"{path.name} line {reader.line_num}: malformed CSV: {exc}") from exc


def _xlsx_rows(path: Path) -> Iterator[tuple[int, list[Any]]]:
    import openpyxl

    try:
        wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError) as exc:
        raise DataFileError(
            f"{path.name}: not a readable .xlsx workbook ({exc}); save it as Excel .xlsx"
        ) from exc
    try:
        ws = wb["facts"] if "facts" in wb.sheetnames else wb.worksheets[0]
        for n, values in enumerate(ws.iter_rows(values_only=True), start=1):
            yield n, ["" if v is None else v for v in values]
    finally:
        wb.close()


# -- cells -------------------------------------------------------------------------------------
def _text(v: Any) -> str:
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    return str(v).strip()


def _number(v: Any, column: str) -> tuple[float, bool]:
    """(number, written_as_percent)."""
    if isinstance(v, bool):
        raise _Bad(column, f"{v!r} is not a number; write a number or leave the row out")
    if isinstance(v, int | float):
        return float(v), False
    t = str(v).strip().replace("\u2212", "-")
    percent = t.endswith("%")
    t = t.rstrip("%").strip()
    negative = t.startswith("(") and t.endswith(")")
    if negative:
        t = t[1:-1].strip()
    if not _NUMBER.match(t):
        raise _Bad(column, f"{_text(v)!r} is not a number; write a number or leave the row out")
    x = float(t.replace(",", ""))
    return (-x if negative else x), percent


def _date(v: Any, column: str) -> date:
    if isinstance(v, datetime):
        return v.date()
    if isinstance(v, date):
        return v
    try:
        return date.fromisoformat(_text(v))
    except ValueError:
        raise _Bad(column, f"{_text(v)!r} is not a date; write it as YYYY-MM-DD") from None


def _quantity(value: Any, unit_text: str, scale_text: str) -> Quantity:
    x, percent = _number(value, "value")
    u = unit_text.strip()
    if not u:
        raise _Bad("unit", "is empty; write a currency code (CNY, USD), ratio, %, pp, x or count")
    low = u.lower()
    try:
        if low in ("%", "percent", "pct"):
            unit, x = RATIO, x / 100
        else:
            unit = Unit.parse(u)
            if percent and unit.kind in (UnitKind.RATIO, UnitKind.PP):
                x /= 100
            elif percent:
                raise _Bad("value", f"{_text(value)!r} is a percentage but the unit is {u!r}; use unit %")
            elif unit.kind is UnitKind.PP:
                x /= 100
    except InputError as exc:
        raise _Bad(
            "unit",
            f"{str(exc).split(';')[0]}; write an ISO currency code (CNY, USD) or ratio, %, pp, x, count",
        ) from None
    s = scale_text.strip().lower()
    if s not in _SCALES:
        raise _Bad("scale", f"{scale_text!r} is not a scale; write thousand, million, billion or trillion")
    return Quantity.exact(x * _SCALES[s], unit, scale_text.strip() or None)


# -- periods -----------------------------------------------------------------------------------
_FY = re.compile(r"^FY\s*(\d{2}|\d{4})(?:\s*([QH])\s*(\d+))?$", re.IGNORECASE)
_CAL = re.compile(r"^(\d{4})(?:\s*([QH])\s*(\d+))?$", re.IGNORECASE)


def _kind_by_length(start: date, end: date) -> PeriodKind:
    days = (end - start).days + 1
    for lo, hi, kind in (
        (28, 31, PeriodKind.MONTH),
        (89, 92, PeriodKind.QUARTER),
        (181, 184, PeriodKind.HALF),
        (364, 366, PeriodKind.YEAR),
    ):
        if lo <= days <= hi:
            return kind
    return PeriodKind.SPAN


def _resolve(
    cal: FiscalCalendar, year: int, part: str | None, n: int | None
) -> tuple[date, date, PeriodKind]:
    if part == "Q":
        assert n is not None
        s, e = cal.quarter_bounds(year, n)
        return s, e, PeriodKind.QUARTER
    if part == "H":
        assert n is not None
        s, e = cal.half_bounds(year, n)
        return s, e, PeriodKind.HALF
    s, e = cal.year_bounds(year)
    return s, e, PeriodKind.YEAR


def _company_label(cal: FiscalCalendar, start: date, end: date, fallback: str) -> tuple[str, int, int | None]:
    """The company's own label for [start, end] when it is one of its fiscal quarters or years."""
    fy, q = cal.fiscal_quarter_of(start)
    if cal.quarter_bounds(fy, q) == (start, end):
        return cal.quarter_label(fy, q), fy, q
    if cal.year_bounds(fy) == (start, end):
        return cal.year_label(fy), fy, None
    return fallback, fy, None


def _period(label: str, start_v: Any, end_v: Any, profile: CompanyProfile | None, company: str) -> Period:
    has_start, has_end = _text(start_v) != "", _text(end_v) != ""
    if has_start != has_end:
        missing = "period_end" if has_start else "period_start"
        raise _Bad(missing, "is empty; give both period_start and period_end, or neither")
    given = (_date(start_v, "period_start"), _date(end_v, "period_end")) if has_start else None
    if given and given[0] > given[1]:
        raise _Bad("period_end", f"{given[1]} is before period_start {given[0]}; swap them")

    fy = _FY.match(label)
    cal_m = _CAL.match(label)
    m = fy or cal_m
    if m is None:
        if given is None:
            raise _Bad(
                "period",
                f"{label!r} is not a period label; write FY26Q4, FY26H1, FY26, 2025Q4 or 2025, "
                "or give period_start and period_end",
            )
        return Period(label or f"{given[0]}/{given[1]}", given[0], given[1], _kind_by_length(*given))

    year = int(m.group(1))
    if len(m.group(1)) == 2:
        year += 2000
    part = m.group(2).upper() if m.group(2) else None
    n = int(m.group(3)) if m.group(3) else None
    if fy:
        if profile is None:
            raise _Bad(
                "period",
                f"{label!r} is a fiscal period but {company} has no company profile, so its fiscal year "
                "is unknown; add the company first, or write calendar periods (2025Q4) or dates",
            )
        cal = profile.calendar
    else:
        cal = FiscalCalendar.calendar_year()
    try:
        start, end, kind = _resolve(cal, year, part, n)
    except InputError as exc:
        raise _Bad("period", f"{label!r} cannot exist: {exc}") from None
    if given and given != (start, end):
        raise _Bad(
            "period_start",
            f"{given[0]}..{given[1]} does not match period {label} ({start}..{end}); fix one of them",
        )
    if part == "Q" and n is not None:
        own = cal.quarter_label(year, n)
    elif part == "H" and n is not None:
        own = cal.half_label(year, n)
    else:
        own = cal.year_label(year)
    if profile is not None:
        # "2025Q4" for Alibaba is its FY26Q3: store the company's own label for the same dates.
        own, fiscal_year, fiscal_quarter = _company_label(profile.calendar, start, end, own)
        return Period(own, start, end, kind, fiscal_year, fiscal_quarter)
    return Period(own, start, end, kind, year, n if part == "Q" else None)


# -- rows to facts -----------------------------------------------------------------------------
def _segment(name: str, profile: CompanyProfile | None) -> str | None:
    if not name:
        return None
    if profile is None or not profile.entities:
        return name
    wanted = name.lower()
    for e in profile.entities:
        if wanted in (e.key.lower(), e.name.lower(), *(a.lower() for a in e.aliases)):
            return e.key
    known = ", ".join(e.key for e in profile.entities)
    raise _Bad("segment", f"{name!r} is not a segment of {profile.ticker}; use one of {known}")


def _bool(v: Any, column: str) -> bool:
    if isinstance(v, bool):
        return v
    t = _text(v).lower()
    if t in _TRUE:
        return True
    if t in _FALSE:
        return False
    raise _Bad(column, f"{_text(v)!r} is not true or false")


def _metric(name: str) -> str:
    key = re.sub(r"[^a-z0-9]+", "_", name.lower()).strip("_")
    if not key:
        raise _Bad("metric", "is empty; name the metric, e.g. revenue or ebita_margin")
    return key


def _company(name: str, profiles: Mapping[str, CompanyProfile]) -> tuple[str, CompanyProfile | None]:
    if not name:
        raise _Bad("company", "is empty; write the ticker, e.g. BABA")
    try:
        p = find_profile(name, dict(profiles))
        return p.ticker, p
    except UnknownCompanyError:
        if re.fullmatch(r"[A-Za-z0-9.\-]{1,12}", name):
            return name.upper(), None
        raise _Bad("company", f"{name!r} is not a known company or a ticker; write its ticker") from None


def read_fact_lines(
    path: str | Path, profiles: Mapping[str, CompanyProfile] | None = None, *, today: date | None = None
) -> list[FactLine]:
    """Read and check a whole fact file (.csv or .xlsx); raise DataFileError at the first bad cell.

    `profiles` adds company profiles (from the ledger) to the shipped ones; `today` is the
    `reported_at` of rows that do not give one.
    """
    p = Path(path)
    suffix = p.suffix.lower()
    if not p.is_file():
        raise DataFileError(f"{p}: no such file; check the path")
    if suffix == ".csv":
        rows = _csv_rows(p)
    elif suffix in (".xlsx", ".xlsm"):
        rows = _xlsx_rows(p)
    else:
        raise DataFileError(f"{p.name}: unsupported fact file type {suffix or '(none)'}; use .csv or .xlsx")
    profiles = profiles or {}
    today = today or date.today()

    header: list[str] | None = None
    out: list[FactLine] = []
    seen: dict[tuple[str, ...], tuple[int, Quantity]] = {}
    for line, cells in rows:
        if all(_text(c) == "" for c in cells):
            continue
        if header is None:
            header = [_text(c).lower() for c in cells]
            _check_header(p, header)
            continue
        if len(cells) > len(header) and any(_text(c) for c in cells[len(header) :]):
            raise DataFileError(
                f"{p.name} line {line}: {len(cells)} cells but the header has {len(header)} columns; "
                "remove the extra cells or quote values that contain commas"
            )
        rec = {h: (cells[i] if i < len(cells) else "") for i, h in enumerate(header) if h}
        try:
            fact = _fact(rec, profiles, default_source=p.name, today=today)
        except _Bad as bad:
            raise DataFileError(f"{p.name} line {line}, column {bad.column}: {bad.message}") from None
        q = fact.quantity
        prev = seen.get(fact.key)
        if prev is not None and (prev[1].low, prev[1].unit) != (q.low, q.unit):
            raise DataFileError(
                f"{p.name} line {line}: {fact.metric} for {fact.period.label} is already given on line "
                f"{prev[0]} with another value; keep one row per company, segment, metric and period"
            )
        seen[fact.key] = (line, q)
        out.append(FactLine(fact, line))
    if header is None:
        raise DataFileError(
            f"{p.name}: the file is empty; the first row must name the columns {', '.join(REQUIRED)}"
        )
    return out


def read_fact_file(path: str | Path, profiles: Mapping[str, CompanyProfile] | None = None) -> list[Fact]:
    """The facts of a .csv or .xlsx fact file, checked line by line (see the module docstring)."""
    return [fl.fact for fl in read_fact_lines(path, profiles)]


def _check_header(p: Path, header: list[str]) -> None:
    missing = [c for c in REQUIRED if c not in header]
    if missing:
        raise DataFileError(
            f"{p.name} line 1: missing column{'s' if len(missing) > 1 else ''} {', '.join(missing)}; "
            f"the header must name {', '.join(REQUIRED)}"
        )
    unknown = [c for c in header if c and c not in REQUIRED + OPTIONAL]
    if unknown:
        raise DataFileError(
            f"{p.name} line 1: unknown column {unknown[0]!r}; columns are {', '.join(REQUIRED + OPTIONAL)}"
        )
    dup = sorted({c for c in header if c and header.count(c) > 1})
    if dup:
        raise DataFileError(f"{p.name} line 1: column {dup[0]!r} appears twice; keep one")
    if "segment" in header and "entity" in header:
        raise DataFileError(f"{p.name} line 1: give either a segment or an entity column, not both")


def _fact(
    rec: dict[str, Any], profiles: Mapping[str, CompanyProfile], default_source: str, today: date
) -> Fact:
    ticker, profile = _company(_text(rec["company"]), profiles)
    metric = _metric(_text(rec["metric"]))
    quantity = _quantity(rec["value"], _text(rec["unit"]), _text(rec.get("scale", "")))
    period = _period(
        _text(rec["period"]), rec.get("period_start", ""), rec.get("period_end", ""), profile, ticker
    )
    basis_text = _text(rec.get("basis", "")).lower() or Basis.AS_REPORTED.value
    try:
        basis = Basis(basis_text)
    except ValueError:
        raise _Bad("basis", f"{basis_text!r} is not a basis; write as_reported or restated") from None
    reported = rec.get("reported_at", "")
    return Fact(
        company=ticker,
        metric=metric,
        period=period,
        quantity=quantity,
        reported_at=_date(reported, "reported_at") if _text(reported) else today,
        source=_text(rec.get("source", "")) or default_source,
        segment=_segment(_text(rec.get("segment", rec.get("entity", ""))), profile),
        basis=basis,
        illustrative=_bool(rec.get("illustrative", ""), "illustrative"),
        note=_text(rec.get("note", "")) or None,
    )
