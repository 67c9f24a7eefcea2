"""Credibility: Beta(1, 1) posterior hit rates, miss sizes, bias; per company, family and speaker."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from reconcile_helpers import fact, promise, quarter
from scipy.stats import beta

from thesisledger.quantities import FxTable
from thesisledger.reconcile import credibility, hit_rate, resolve_all, score


def test_two_hits_out_of_two_is_not_certainty() -> None:
    mean, low, high = hit_rate(2, 2)
    assert mean == pytest.approx(0.75)  # (2 + 1) / (2 + 2)
    # Beta(3, 1) has cdf x**3, so its quantiles are cube roots
    assert low == pytest.approx(0.1 ** (1 / 3))
    assert high == pytest.approx(0.9 ** (1 / 3))


def test_no_evidence_is_the_flat_prior() -> None:
    assert hit_rate(0, 0) == pytest.approx((0.5, 0.1, 0.9))


def test_fifty_samples_narrow_the_interval() -> None:
    mean, low, high = hit_rate(40, 50)
    assert mean == pytest.approx(41 / 52)
    assert (low, high) == pytest.approx((beta.ppf(0.1, 41, 11), beta.ppf(0.9, 41, 11)))
    _, low2, high2 = hit_rate(2, 2)
    assert high - low < (high2 - low2) / 2


def _quarterly_record(hits: int, misses: int) -> list:  # type: ignore[type-arg]
    """One revenue promise per quarter: 'above RMB 10 billion', hit with 11bn, missed with 9bn."""
    guidance, facts = [], []
    first = date(2014, 1, 1)
    for i in range(hits + misses):
        start = first + timedelta(days=92 * i)
        label = (
            f"FY{(start.year + (1 if start.month > 3 else 0)) % 100:02d}Q{((start.month - 4) % 12) // 3 + 1}"
        )
        period = quarter(label)
        g = promise("revenue", "above RMB 10 billion", label, given_at=period.start)
        guidance.append(g)
        facts.append(fact("revenue", period, "RMB 11 billion" if i < hits else "RMB 9 billion", period.end))
    return resolve_all(guidance, facts, as_of=date(2030, 1, 1), fx=FxTable.default())


def test_scores_from_two_verdicts() -> None:
    verdicts = _quarterly_record(2, 0)
    c = score("company", "BABA", verdicts)
    assert (c.n, c.hits, c.hit_rate) == (2, 2, pytest.approx(0.75))
    assert c.mean_miss_pct is None and c.bias_pct == pytest.approx(10.0)  # 11 vs 10: +10% each time


def test_scores_from_fifty_verdicts() -> None:
    verdicts = _quarterly_record(40, 10)
    assert len({v.guidance.period.label for v in verdicts}) == 50
    c = score("company", "BABA", verdicts)
    assert (c.n, c.hits) == (50, 40)
    assert c.hit_rate == pytest.approx(41 / 52)
    assert c.mean_miss_pct == pytest.approx(10.0) and c.median_miss_pct == pytest.approx(10.0)
    assert c.bias_pct == pytest.approx((40 * 10 - 10 * 10) / 50)


def test_groups_and_window() -> None:
    verdicts = _quarterly_record(3, 2)
    scores = credibility(verdicts)
    assert [(c.group, c.name, c.n) for c in scores] == [
        ("company", "BABA", 5),
        ("family", "revenue", 5),
        ("speaker", "management", 5),
    ]
    last_two = sorted(v.guidance.period.end for v in verdicts)[-2]
    windowed = credibility(verdicts, since=last_two)
    assert windowed[0].n == 2 and windowed[0].hits == 0  # the last two promises were the misses
