"""Revisions: which later promise revises which, and how."""

from __future__ import annotations

from datetime import date

import pytest
from reconcile_helpers import promise

from thesisledger.reconcile import RevisionKind, classify, revisions

LATER = date(2026, 8, 20)


@pytest.mark.parametrize(
    ("before", "after", "kind"),
    [
        ("RMB 10-20 billion", "RMB 12-22 billion", RevisionKind.RAISED),
        ("RMB 10-20 billion", "RMB 8-18 billion", RevisionKind.LOWERED),
        ("RMB 10-20 billion", "RMB 12-18 billion", RevisionKind.NARROWED),
        ("RMB 10-20 billion", "RMB 8-22 billion", RevisionKind.WIDENED),
        ("RMB 10-20 billion", "RMB 10-20 billion", RevisionKind.REITERATED),
        ("above RMB 30 billion", "above RMB 35 billion", RevisionKind.RAISED),
        ("about RMB 10 billion", "about RMB 9 billion", RevisionKind.LOWERED),
        ("above RMB 10 billion", "RMB 10-20 billion", RevisionKind.NARROWED),
    ],
)
def test_quantity_changes_on_the_same_period(before: str, after: str, kind: RevisionKind) -> None:
    old = promise("loss", before, "FY27Q1", entity="all_others")
    new = promise("loss", after, "FY27Q1", entity="all_others", given_at=LATER)
    [rev] = revisions([new, old])  # order of input does not matter
    assert (rev.earlier, rev.later, rev.kind, rev.on) == (old, new, kind, LATER)


def test_withdrawn() -> None:
    old = promise("arr", "above RMB 30 billion", "by the end of 2026", entity="maas")
    gone = promise(
        "arr", "above RMB 30 billion", "by the end of 2026", entity="maas", given_at=LATER, withdrawn=True
    )
    assert classify(old, gone).kind is RevisionKind.WITHDRAWN


def test_earlier_than_the_deadline_is_a_pull_forward() -> None:
    old = promise("arr", "above RMB 30 billion", "by the end of the year", entity="maas")
    new = promise(
        "arr", "above RMB 30 billion", "earlier than the end of the year", entity="maas", given_at=LATER
    )
    assert old.period.end == new.period.end  # the period parser reads both as the same deadline
    [rev] = revisions([old, new])
    assert rev.kind is RevisionKind.PULLED_FORWARD
    assert "earlier than the end of the year" in rev.detail


def test_an_earlier_deadline_is_a_pull_forward_and_a_later_one_a_push_back() -> None:
    old = promise("arr", "above RMB 30 billion", "by the end of 2026", entity="maas")
    sooner = promise("arr", "above RMB 30 billion", "by September 30, 2026", entity="maas", given_at=LATER)
    later = promise("arr", "above RMB 30 billion", "by the end of 2027", entity="maas", given_at=LATER)
    assert classify(old, sooner).kind is RevisionKind.PULLED_FORWARD
    assert classify(old, later).kind is RevisionKind.PUSHED_BACK


def test_unrelated_promises_are_not_linked() -> None:
    june = promise("arr", "about RMB 10 billion", "in June 2026", entity="maas")
    year_end = promise("arr", "above RMB 30 billion", "by the end of 2026", entity="maas", given_at=LATER)
    other_entity = promise("arr", "about RMB 10 billion", "in June 2026", entity="cloud", given_at=LATER)
    same_day = promise("arr", "about RMB 11 billion", "in June 2026", entity="maas")
    assert revisions([june, year_end, other_entity, same_day]) == []


def test_a_chain_links_each_record_once() -> None:
    a = promise("loss", "RMB 10-20 billion", "FY27Q1", entity="all_others")
    b = promise("loss", "RMB 12-18 billion", "FY27Q1", entity="all_others", given_at=date(2026, 6, 20))
    c = promise("loss", "RMB 12-18 billion", "FY27Q1", entity="all_others", given_at=LATER)
    revs = revisions([c, a, b])
    assert [(r.earlier, r.later, r.kind) for r in revs] == [
        (a, b, RevisionKind.NARROWED),
        (b, c, RevisionKind.REITERATED),
    ]
    assert revs[0].to_dict()["on"] == "2026-06-20"
