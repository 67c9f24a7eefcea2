"""Revisions: later guidance on the same company, entity, metric and period linked to the earlier one.

Two records are the same promise revised when they share company, entity and metric and either
the same period (start and end), or the same quantity with a different deadline, both promises
being "by a date" (a pull-forward or a push-back). What changed is classed:

    withdrawn       the later record withdraws the promise
    raised/lowered  the promised interval moved up/down (its representative value: point, bound, midpoint)
    narrowed        the new interval lies inside the old one
    widened         the new interval contains the old one
    pulled_forward  same quantity, earlier deadline, or the same deadline now said as "earlier than" it
    pushed_back     same quantity, later deadline
    reiterated      nothing changed
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Any

from thesisledger.quantities.quantity import Quantity
from thesisledger.reconcile.guidance import Guidance

_AHEAD = re.compile(r"\b(earlier than|ahead of|before|sooner than)\b", re.IGNORECASE)
_REL = 1e-9


class RevisionKind(StrEnum):
    RAISED = "raised"
    LOWERED = "lowered"
    NARROWED = "narrowed"
    WIDENED = "widened"
    REITERATED = "reiterated"
    WITHDRAWN = "withdrawn"
    PULLED_FORWARD = "pulled_forward"
    PUSHED_BACK = "pushed_back"


@dataclass(frozen=True, slots=True)
class Revision:
    """`later` revises `earlier`; `kind` says how, on `on` (the later record's date)."""

    earlier: Guidance
    later: Guidance
    kind: RevisionKind
    detail: str

    @property
    def on(self) -> date:
        return self.later.given_at

    def to_dict(self) -> dict[str, Any]:
        return {
            "earlier_id": self.earlier.id,
            "later_id": self.later.id,
            "kind": self.kind.value,
            "earlier_given_at": self.earlier.given_at.isoformat(),
            "on": self.on.isoformat(),
            "detail": self.detail,
        }


def _close(a: float, b: float) -> bool:
    if math.isinf(a) or math.isinf(b):
        return a == b
    return math.isclose(a, b, rel_tol=_REL, abs_tol=1e-12)


def _same_quantity(a: Quantity, b: Quantity) -> bool:
    (a_lo, a_hi), (b_lo, b_hi) = a.interval(), b.interval()
    return a.unit == b.unit and a.bound is b.bound and _close(a_lo, b_lo) and _close(a_hi, b_hi)


def _same_period(a: Guidance, b: Guidance) -> bool:
    return (a.period.start, a.period.end) == (b.period.start, b.period.end) or (
        a.period.end == b.period.end and a.period.is_point_in_time and b.period.is_point_in_time
    )


def related(earlier: Guidance, later: Guidance) -> bool:
    """Whether `later` revises `earlier` (see the module docstring)."""
    if earlier.key != later.key or later.given_at < earlier.given_at or earlier.id == later.id:
        return False
    if _same_period(earlier, later):
        return True
    # a moved deadline for the same figure; recurring period guidance ("above 10bn" each quarter) is not
    both_deadlines = earlier.period.is_point_in_time and later.period.is_point_in_time
    return both_deadlines and _same_quantity(earlier.quantity, later.quantity)


def classify(earlier: Guidance, later: Guidance) -> Revision:
    """How `later` changes `earlier` (which it must be `related` to)."""
    old, new = earlier.quantity, later.quantity
    was, now = str(old), str(new)
    if later.withdrawn:
        return Revision(earlier, later, RevisionKind.WITHDRAWN, f"{was} for {earlier.period.label} withdrawn")
    if _same_quantity(old, new):
        if later.period.end < earlier.period.end:
            detail = f"{now} now due {later.period.label}, was {earlier.period.label}"
            return Revision(earlier, later, RevisionKind.PULLED_FORWARD, detail)
        if later.period.end > earlier.period.end:
            detail = f"{now} now due {later.period.label}, was {earlier.period.label}"
            return Revision(earlier, later, RevisionKind.PUSHED_BACK, detail)
        ahead_now = bool(later.period_text and _AHEAD.search(later.period_text))
        ahead_before = bool(earlier.period_text and _AHEAD.search(earlier.period_text))
        if ahead_now and not ahead_before:
            was_said = earlier.period_text or earlier.period.label
            detail = f"{now} now expected {later.period_text!r}, was {was_said!r}"
            return Revision(earlier, later, RevisionKind.PULLED_FORWARD, detail)
        return Revision(earlier, later, RevisionKind.REITERATED, f"{now} for {later.period.label} reiterated")
    (o_lo, o_hi), (n_lo, n_hi) = old.interval(), new.interval()
    if o_hi == n_hi == math.inf or o_lo == n_lo == -math.inf:
        # a floor or a ceiling moved: that is a raise or a cut, not a narrower promise
        kind = RevisionKind.RAISED if new.value > old.value else RevisionKind.LOWERED
        return Revision(earlier, later, kind, f"{was} {kind.value} to {now}")
    inside = n_lo >= o_lo and n_hi <= o_hi
    contains = n_lo <= o_lo and n_hi >= o_hi
    if inside and not contains:
        return Revision(earlier, later, RevisionKind.NARROWED, f"{was} narrowed to {now}")
    if contains and not inside:
        return Revision(earlier, later, RevisionKind.WIDENED, f"{was} widened to {now}")
    kind = RevisionKind.RAISED if new.value > old.value else RevisionKind.LOWERED
    return Revision(earlier, later, kind, f"{was} {kind.value} to {now}")


def revisions(items: Iterable[Guidance]) -> list[Revision]:
    """Link each record to the latest earlier record of the same promise; oldest revision first.

    Each record is revised at most once (by the first later record that is related to it), so a
    chain A -> B -> C gives two revisions, and the promise in force is the last of the chain.
    """
    ordered = sorted(items, key=lambda g: (g.given_at, g.id))
    found: list[Revision] = []
    revised: set[str] = set()
    for i, later in enumerate(ordered):
        for earlier in reversed(ordered[:i]):
            if earlier.id in revised or earlier.withdrawn:
                continue
            if later.given_at > earlier.given_at and related(earlier, later):
                found.append(classify(earlier, later))
                revised.add(earlier.id)
                break
    return found
