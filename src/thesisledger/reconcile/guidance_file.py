"""Guidance files: hand-entered promises in YAML or CSV, read into `Guidance` with line-numbered errors.

YAML: top-level defaults (company, given_at, speaker, source) and a `guidance:` list of items.
CSV: one promise per row, same field names as columns.

Fields of an item:
  required  company, metric, period, given_at, and the promise: either `promise` (a phrase read
            by parse_quantity: "above RMB 30 billion", "teens", "about 10 billion") or `value` /
            `low` + `high` with `unit` (an ISO currency, ratio, pp, x, count) and optional `bound`
            (eq | approx | gt | gte | lt | lte | range) and `scale` (thousand ... trillion)
  optional  entity (or segment), speaker, source, quote, kind (guidance | target), withdrawn
            (true: this record withdraws the earlier promise it repeats), period_start/period_end
            (ISO dates, override the phrase's dates). Percent units ("%") and pp take points: 20 is 20%.

`period` is a phrase resolved against `given_at` in the company's fiscal calendar ("FY27Q1",
"over the next two quarters", "by the end of 2026", "in about a year", "long term"). A promise
phrase without a currency takes the company's reporting currency.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Mapping
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path
from typing import Any

import yaml

from thesisledger.companies import CompanyProfile, find_profile
from thesisledger.errors import DataFileError, InputError
from thesisledger.periods.parse import resolve_period
from thesisledger.periods.period import PeriodKind
from thesisledger.quantities.parse import parse_quantity
from thesisledger.quantities.quantity import Bound, Quantity
from thesisledger.quantities.units import Unit, UnitKind
from thesisledger.reconcile.guidance import Guidance, GuidanceKind

_SCALES = {"": 1.0, "thousand": 1e3, "k": 1e3, "million": 1e6, "mn": 1e6, "m": 1e6,
           "billion": 1e9, "bn": 1e9, "b": 1e9, "trillion": 1e12, "tn": 1e12}  # fmt: skip
_TRUE = {"true", "yes", "y", "1"}
_FIELDS = {
    "company", "entity", "segment", "metric", "promise", "value", "low", "high", "bound", "unit",
    "scale", "period", "period_start", "period_end", "given_at", "speaker", "source", "quote",
    "kind", "withdrawn",
}  # fmt: skip


def _text(v: Any) -> str:
    return "" if v is None else str(v).strip()


def _date(v: Any, field: str) -> date:
    if isinstance(v, datetime):
        return v.date()
    if isinstance(v, date):
        return v
    try:
        return date.fromisoformat(_text(v))
    except ValueError:
        raise InputError(f"{field} {v!r} is not a date; write YYYY-MM-DD") from None


def _number(v: Any, field: str) -> float:
    try:
        return float(_text(v).replace(",", "")) if not isinstance(v, int | float) else float(v)
    except ValueError:
        raise InputError(f"{field} {v!r} is not a number") from None


def _quantity(item: Mapping[str, Any], profile: CompanyProfile) -> Quantity:
    if _text(item.get("promise")):
        return parse_quantity(_text(item["promise"]), default_currency=profile.reporting_currency)
    if not _text(item.get("unit")):
        raise InputError("give the promise as `promise` (a phrase) or as value/low/high with `unit`")
    unit_text = _text(item["unit"])
    percent = unit_text in ("%", "percent")
    unit = Unit.parse("ratio" if percent else unit_text)
    scale_word = _text(item.get("scale")).lower()
    if scale_word not in _SCALES:
        raise InputError(f"scale {scale_word!r} is not one of thousand, million, billion, trillion")
    factor = _SCALES[scale_word] * (0.01 if percent or unit.kind is UnitKind.PP else 1.0)
    low = _number(item["low"], "low") * factor if _text(item.get("low")) else None
    high = _number(item["high"], "high") * factor if _text(item.get("high")) else None
    if _text(item.get("value")):
        low = high = _number(item["value"], "value") * factor
    bound_text = _text(item.get("bound")).lower()
    if not bound_text:
        bound_text = "range" if low is not None and high is not None and low != high else "eq"
    try:
        bound = Bound(bound_text)
    except ValueError:
        raise InputError(f"bound {bound_text!r} is not one of {', '.join(b.value for b in Bound)}") from None
    if bound in (Bound.GT, Bound.GTE):
        high = None
    if bound in (Bound.LT, Bound.LTE):
        low = None
    try:
        return Quantity(low, high, bound, unit, scale_word or ("%" if percent else None))
    except ValueError as e:
        raise InputError(str(e)) from None


def guidance_from_item(
    item: Mapping[str, Any], *, source_name: str, extra: dict[str, CompanyProfile] | None = None
) -> Guidance:
    """One promise from a mapping of the fields above (raises InputError naming the field)."""
    unknown = sorted(set(item) - _FIELDS)
    if unknown:
        raise InputError(f"unknown field(s) {', '.join(unknown)}; fields are {', '.join(sorted(_FIELDS))}")
    for field in ("company", "metric", "period", "given_at"):
        if not _text(item.get(field)):
            raise InputError(f"missing {field}")
    profile = find_profile(_text(item["company"]), extra)
    given_at = _date(item["given_at"], "given_at")
    period_text = _text(item["period"])
    period = resolve_period(period_text, calendar=profile.calendar, doc_date=given_at)
    if period.kind is PeriodKind.INSTANT and period_text.lower().startswith("by "):
        # "by September 30, 2026" is a deadline running from the day it was promised, not one day
        period = replace(period, start=min(given_at, period.start), kind=PeriodKind.DEADLINE)
    if _text(item.get("period_start")) or _text(item.get("period_end")):
        start = _date(item.get("period_start") or period.start, "period_start")
        end = _date(item.get("period_end") or period.end, "period_end")
        if start > end:
            raise InputError(f"period_start {start} is after period_end {end}")
        period = replace(period, start=start, end=end)
    kind_text = _text(item.get("kind")).lower() or "guidance"
    if kind_text not in GuidanceKind.__members__.values():
        raise InputError(f"kind {kind_text!r} is not guidance or target")
    entity = _text(item.get("entity") or item.get("segment")) or None
    if entity is not None and profile.entities and entity not in {e.key for e in profile.entities}:
        keys = ", ".join(e.key for e in profile.entities)
        raise InputError(f"entity {entity!r} is not in the {profile.ticker} profile; use one of {keys}")
    return Guidance.create(
        company=profile.ticker,
        entity=entity,
        metric=_text(item["metric"]),
        quantity=_quantity(item, profile),
        period=period,
        speaker=_text(item.get("speaker")) or "management",
        given_at=given_at,
        source=_text(item.get("source")) or source_name,
        quote=_text(item.get("quote")),
        kind=GuidanceKind(kind_text),
        period_text=period_text,
        withdrawn=_text(item.get("withdrawn")).lower() in _TRUE,
    )


def read_guidance_text(
    text: str, name: str, *, extra: dict[str, CompanyProfile] | None = None
) -> list[Guidance]:
    """Promises from the text of a guidance file called `name` (.yaml/.yml or .csv); all or nothing."""
    suffix = Path(name).suffix.lower()
    items: list[tuple[str, Mapping[str, Any]]] = []
    if suffix in (".yaml", ".yml"):
        try:
            data = yaml.safe_load(text)
        except yaml.YAMLError as e:
            raise DataFileError(f"{name}: not valid YAML: {e}") from e
        if not isinstance(data, dict) or not isinstance(data.get("guidance"), list):
            raise DataFileError(f"{name}: expected a mapping with a `guidance:` list of promises")
        defaults = {k: v for k, v in data.items() if k != "guidance"}
        for i, raw in enumerate(data["guidance"], start=1):
            if not isinstance(raw, dict):
                raise DataFileError(f"{name}: guidance item {i} is not a mapping of fields")
            items.append((f"guidance item {i}", {**defaults, **raw}))
    elif suffix == ".csv":
        reader = csv.DictReader(io.StringIO(text))
        for line, row in enumerate(reader, start=2):
            items.append((f"line {line}", {k.strip().lower(): v for k, v in row.items() if k}))
    else:
        raise DataFileError(f"{name}: a guidance file must be .yaml, .yml or .csv")
    out: list[Guidance] = []
    for where, item in items:
        try:
            out.append(guidance_from_item(item, source_name=Path(name).name, extra=extra))
        except InputError as e:
            raise DataFileError(f"{name} {where}: {e}") from e
    if not out:
        raise DataFileError(f"{name}: no guidance in the file")
    return out


def read_guidance_file(path: str | Path, *, extra: dict[str, CompanyProfile] | None = None) -> list[Guidance]:
    """Promises from a .yaml/.yml/.csv guidance file; the whole file is checked before anything returns."""
    p = Path(path)
    try:
        text = p.read_text("utf-8")
    except (OSError, UnicodeDecodeError) as e:
        raise DataFileError(f"{p}: cannot read the guidance file: {e}") from e
    return read_guidance_text(text, str(p), extra=extra)
