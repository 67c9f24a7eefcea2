"""`Period`: a resolved period, a concrete date interval with the label an analyst would use."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Any


class PeriodKind(StrEnum):
    QUARTER = "quarter"
    HALF = "half"
    YEAR = "year"
    MONTH = "month"
    SPAN = "span"  # several quarters or years: "FY27Q1-FY27Q2", "2026-2031", year-to-date
    INSTANT = "instant"  # a point in time: "as of March 31, 2026"
    DEADLINE = "deadline"  # by a date: "by the end of the year", "in about a year"
    OPEN = "open"  # no end: "long term"


@dataclass(frozen=True, slots=True)
class Period:
    """A period resolved against a document date and a fiscal calendar.

    `start`/`end` are inclusive dates (equal for an instant; for a deadline, start is the date
    the promise was made). `label` is "FY26Q4" when the calendar gives one, else an ISO date or
    "start/end". `approximate` marks soft words ("in about a year"); `ambiguity` says what else
    the text could have meant, when it could.
    """

    label: str
    start: date
    end: date
    kind: PeriodKind
    fiscal_year: int | None = None
    fiscal_quarter: int | None = None
    approximate: bool = False
    ambiguity: str | None = None

    def __post_init__(self) -> None:
        if self.start > self.end:
            raise ValueError(f"period {self.label!r} starts after it ends ({self.start} > {self.end})")

    @property
    def is_point_in_time(self) -> bool:
        return self.kind in (PeriodKind.INSTANT, PeriodKind.DEADLINE)

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {
            "label": self.label,
            "start": self.start.isoformat(),
            "end": self.end.isoformat(),
            "kind": self.kind.value,
        }
        if self.approximate:
            d["approximate"] = True
        if self.ambiguity:
            d["ambiguity"] = self.ambiguity
        return d
