"""`Finding`: one audit check's verdict, with its quotes and the arithmetic written out."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Any


class Status(StrEnum):
    FAIL = "fail"
    PASS = "pass"


class Severity(StrEnum):
    HIGH = "high"  # the numbers cannot all be right: a reader would be misled
    MEDIUM = "medium"  # probably wrong, or wrong only under the likeliest reading
    LOW = "low"  # a loose statement (a bound that does not quite follow); also every pass

    @property
    def rank(self) -> int:
        return {"high": 0, "medium": 1, "low": 2}[self.value]


@dataclass(frozen=True, slots=True)
class Quote:
    """`text == document.text[start:end]`: the exact words a finding rests on."""

    start: int
    end: int
    text: str

    def to_json(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text}


@dataclass(frozen=True, slots=True)
class Finding:
    """A checked relation between stated numbers: failed or passed, and why."""

    rule: str
    status: Status
    severity: Severity
    quotes: tuple[Quote, ...]
    explanation: str
    suggestion: str | None = None

    @property
    def failed(self) -> bool:
        return self.status is Status.FAIL

    @property
    def start(self) -> int:
        return min((q.start for q in self.quotes), default=0)

    def to_json(self) -> dict[str, Any]:
        """The stable `--format json` contract documented in the README."""
        return {
            "rule": self.rule,
            "status": self.status.value,
            "severity": self.severity.value,
            "quotes": [q.to_json() for q in self.quotes],
            "explanation": self.explanation,
            "suggestion": self.suggestion,
        }
