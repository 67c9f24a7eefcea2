"""Each distribution: inverse CDF against scipy, closed-form mean and variance against draws, validation."""

from __future__ import annotations

import math

import numpy as np
import pytest
from scipy import stats

from thesisledger.valuation.distributions import (
    LogNormal,
    Normal,
    Pert,
    Point,
    Triangular,
    Uniform,
    needs_open_interval,
    quantile,
    support,
)

GRID = np.array([1e-9, 1e-4, 0.001, 0.01, 0.1, 0.25, 0.5, 0.75, 0.9, 0.99, 0.999, 0.9999, 1 - 1e-9])
N = 1_000_000


def _draws(dist: object, seed: int = 3) -> np.ndarray:
    u = np.random.Generator(np.random.PCG64(seed)).random(N)
    np.maximum(u, 2.0**-60, out=u)
    return dist.ppf(u)  # type: ignore[attr-defined, no-any-return]


def _assert_moments(dist: object) -> None:
    x = _draws(dist)
    mean, var = dist.mean(), dist.variance()  # type: ignore[attr-defined]
    sd = math.sqrt(var)
    # the sample mean is within 5 standard errors; the variance within 5 of its standard errors
    assert abs(x.mean() - mean) < 5 * sd / math.sqrt(N)
    m4 = float(np.mean((x - mean) ** 4))
    se_var = math.sqrt((m4 - var**2) / N)
    assert abs(x.var() - var) < 5 * se_var


def test_point() -> None:
    d = Point(3.5)
    assert np.array_equal(d.ppf(np.array([0.1, 0.9])), [3.5, 3.5])
    assert (d.mean(), d.variance(), quantile(d, 0.3)) == (3.5, 0.0, 3.5)
    assert d.describe() == "3.5"


def test_uniform_ppf_and_closed_forms() -> None:
    d = Uniform(8, 10)
    np.testing.assert_allclose(d.ppf(GRID), stats.uniform(8, 2).ppf(GRID), rtol=1e-15)
    assert d.mean() == 9.0
    assert d.variance() == pytest.approx(4 / 12, rel=1e-15)
    _assert_moments(d)


def test_triangular_ppf_and_closed_forms() -> None:
    d = Triangular(0.20, 0.28, 0.32)
    ref = stats.triang(c=(0.28 - 0.20) / 0.12, loc=0.20, scale=0.12)
    np.testing.assert_allclose(d.exact_ppf(GRID), ref.ppf(GRID), rtol=1e-12)
    # tabulated inverse CDF: within 1e-6 of the range everywhere, exact in the outer tails
    u = np.concatenate(
        [GRID, np.random.Generator(np.random.PCG64(2)).random(5000), [0.0, 2.0**-12, 1 - 2.0**-12]]
    )
    np.testing.assert_allclose(d.ppf(u), ref.ppf(u), rtol=0, atol=1e-6 * 0.12)
    tails = np.array([0.0, 1e-9, 2.0**-12, 1 - 2.0**-12, 1 - 2.0**-53])
    np.testing.assert_allclose(d.ppf(tails), ref.ppf(tails), rtol=1e-12)
    for mode in (0.20, 0.32):  # the mode at either end
        edge = Triangular(0.20, mode, 0.32)
        ref_edge = stats.triang(c=(mode - 0.20) / 0.12, loc=0.20, scale=0.12)
        np.testing.assert_allclose(edge.ppf(u), ref_edge.ppf(u), rtol=0, atol=1e-6 * 0.12)
    assert d.mean() == pytest.approx((0.20 + 0.28 + 0.32) / 3, rel=1e-15)
    assert d.variance() == pytest.approx(ref.var(), rel=1e-12)
    _assert_moments(d)


@pytest.mark.parametrize(
    ("low", "mode", "high"), [(0.2, 0.3, 0.4), (0.3, 0.5, 0.65), (10e9, 30e9, 36e9), (0, 0, 1)]
)
def test_pert_ppf_matches_the_beta_it_is(low: float, mode: float, high: float) -> None:
    d = Pert(low, mode, high)
    a, b = 1 + 4 * (mode - low) / (high - low), 1 + 4 * (high - mode) / (high - low)
    assert (d.alpha, d.beta) == pytest.approx((a, b))
    ref = stats.beta(a, b, loc=low, scale=high - low)
    u = np.concatenate([GRID, np.random.Generator(np.random.PCG64(1)).random(2000)])
    # tabulated inverse CDF: within 1e-5 of the range everywhere, exact in the outer tails
    np.testing.assert_allclose(d.ppf(u), ref.ppf(u), rtol=0, atol=1e-5 * (high - low))
    assert d.mean() == pytest.approx((low + 4 * mode + high) / 6, rel=1e-12)
    assert d.mean() == pytest.approx(ref.mean(), rel=1e-12)
    assert d.variance() == pytest.approx(ref.var(), rel=1e-12)
    _assert_moments(d)


def test_pert_lambda_changes_the_weight_of_the_mode() -> None:
    d = Pert(0, 1, 4, lamb=2)
    assert d.mean() == pytest.approx((0 + 2 * 1 + 4) / 4)
    _assert_moments(d)


def test_normal_and_truncated_normal() -> None:
    d = Normal(0.3, 0.05)
    np.testing.assert_allclose(d.ppf(GRID), stats.norm(0.3, 0.05).ppf(GRID), rtol=1e-12)
    assert (d.mean(), d.variance()) == (0.3, pytest.approx(0.0025))
    _assert_moments(d)
    t = Normal(0.3, 0.1, low=0.25, high=None)
    ref = stats.truncnorm((0.25 - 0.3) / 0.1, np.inf, loc=0.3, scale=0.1)
    np.testing.assert_allclose(t.ppf(GRID), ref.ppf(GRID), rtol=1e-9)
    assert t.mean() == pytest.approx(ref.mean(), rel=1e-12)
    assert t.variance() == pytest.approx(ref.var(), rel=1e-12)
    _assert_moments(t)
    both = Normal(1.0, 2.0, low=-1.0, high=2.0)
    ref2 = stats.truncnorm(-1.0, 0.5, loc=1.0, scale=2.0)
    assert both.mean() == pytest.approx(ref2.mean(), rel=1e-12)
    assert both.variance() == pytest.approx(ref2.var(), rel=1e-12)
    x = _draws(both)
    assert x.min() >= -1.0 and x.max() <= 2.0


def test_lognormal() -> None:
    d = LogNormal(median=10.0, sigma=0.25)
    np.testing.assert_allclose(d.ppf(GRID), stats.lognorm(0.25, scale=10.0).ppf(GRID), rtol=1e-12)
    assert d.mean() == pytest.approx(stats.lognorm(0.25, scale=10.0).mean(), rel=1e-12)
    assert d.variance() == pytest.approx(stats.lognorm(0.25, scale=10.0).var(), rel=1e-12)
    assert quantile(d, 0.5) == pytest.approx(10.0)
    _assert_moments(d)


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda: Uniform(10, 8), "low <= high"),
        (lambda: Triangular(1, 0, 2), "low <= mode <= high"),
        (lambda: Pert(1, 1, 1), "low < high"),
        (lambda: Pert(0, 1, 2, lamb=0), "lamb must be positive"),
        (lambda: Normal(0, 0), "sd must be positive"),
        (lambda: Normal(0, 1, low=2, high=1), "low < high"),
        (lambda: Normal(0, 1, low=40), "almost no mass"),
        (lambda: LogNormal(-1, 0.2), "median must be positive"),
    ],
)
def test_invalid_parameters_are_refused(make: object, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        make()  # type: ignore[operator]


def test_support_and_open_interval() -> None:
    assert support(Pert(1, 2, 3)) == (1, 3)
    assert support(Normal(0, 1, low=0)) == (0, math.inf)
    assert support(LogNormal(1, 1)) == (0, math.inf)
    assert support(Point(2)) == (2, 2)
    assert needs_open_interval(Normal(0, 1)) and needs_open_interval(LogNormal(1, 1))
    assert not needs_open_interval(Pert(0, 1, 2))


def test_describe_and_dict() -> None:
    assert Pert(0.2, 0.3, 0.4).describe() == "PERT(0.2, 0.3, 0.4)"
    assert Triangular(1, 2, 3).to_dict() == {"kind": "triangular", "low": 1, "mode": 2, "high": 3}
    assert Normal(1, 2, low=0).describe() == "normal(1, sd 2) in [0, inf]"
