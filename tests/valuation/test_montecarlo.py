"""Monte Carlo: analytic moments, reproducibility, chunk independence, bounded memory, the copula."""

from __future__ import annotations

import math

import numpy as np
import pytest
from valuation_helpers import ALIBABA, MINIMAL

from thesisledger.errors import InputError
from thesisledger.valuation import compile_thesis, load_thesis, parse_thesis, simulate
from thesisledger.valuation.montecarlo import BLOCK, Sampler

# MINIMAL: value per share = 1000 * mult / 100 with mult ~ U(2, 4), i.e. U(20, 40)
N = 400_000


def test_uniform_input_gives_the_analytic_mean_and_variance() -> None:
    program = compile_thesis(parse_thesis(MINIMAL, "m.yaml"))
    sim = simulate(program, N, seed=11)
    a, b = 20.0, 40.0
    mean, var = (a + b) / 2, (b - a) ** 2 / 12
    mu4 = (b - a) ** 4 / 80  # fourth central moment of a uniform
    assert abs(sim.mean - mean) < 4 * math.sqrt(var / N)
    assert abs(sim.std**2 - var) < 4 * math.sqrt((mu4 - var**2) / N)
    # percentiles of U(20, 40) are linear; their sampling error is about sqrt(q(1-q)/N) * 20
    for q, v in sim.percentiles.items():
        assert v == pytest.approx(a + (b - a) * q / 100, abs=4 * 20 * math.sqrt(0.25 / N))
    # price 10 per share: every scenario is above it
    assert sim.p_above_price == 1.0
    assert sim.segment_means["core"] == pytest.approx(sim.mean, rel=1e-12)


def test_probability_above_price_matches_the_uniform_cdf() -> None:
    text = MINIMAL.replace("  value: 10\n  currency: USD", "  value: 35\n  currency: USD")
    sim = simulate(compile_thesis(parse_thesis(text, "m.yaml")), N, seed=3)
    assert sim.p_above_price == pytest.approx(0.25, abs=4 * math.sqrt(0.25 * 0.75 / N))


def test_same_seed_same_numbers_other_seed_other_numbers() -> None:
    program = compile_thesis(load_thesis(ALIBABA))
    a = simulate(program, 100_000, seed=7, keep_values=True)
    b = simulate(compile_thesis(load_thesis(ALIBABA)), 100_000, seed=7, keep_values=True)
    c = simulate(program, 100_000, seed=8)
    assert a == b  # every statistic, bit for bit (timings are not compared)
    assert a.values is not None and b.values is not None
    np.testing.assert_array_equal(a.values, b.values)
    assert a.mean != c.mean
    assert a.percentiles != c.percentiles


def test_chunking_does_not_change_the_result() -> None:
    program = compile_thesis(load_thesis(ALIBABA))
    n = 5 * BLOCK + 123  # a ragged last chunk
    one = simulate(program, n, seed=7, chunk_size=n)
    small = simulate(program, n, seed=7, chunk_size=BLOCK)
    odd = simulate(program, n, seed=7, chunk_size=3 * BLOCK - 1000)  # rounded up to 3 blocks
    assert one.chunk_size >= n
    assert small.chunk_size == BLOCK
    assert odd.chunk_size == 3 * BLOCK
    assert one == small == odd  # mean, sd, percentiles, probabilities: identical, not just close


def test_histogram_percentiles_agree_with_exact_ones() -> None:
    program = compile_thesis(load_thesis(ALIBABA))
    exact = simulate(program, 300_000, seed=5)
    binned = simulate(program, 300_000, seed=5, exact_limit=1000)
    assert exact.exact_percentiles and not binned.exact_percentiles
    assert binned.mean == exact.mean and binned.std == exact.std
    width = (
        3 * (exact.percentiles[95.0] - exact.percentiles[5.0]) / 2**20
    )  # a bin is ~3x the pilot span / 2^20
    for q in exact.percentiles:
        assert binned.percentiles[q] == pytest.approx(exact.percentiles[q], abs=2 * width + 1e-9)


def test_correlation_is_recovered_by_the_gaussian_copula() -> None:
    text = MINIMAL.replace(
        "segments:\n",
        "  extra:\n    low: 0\n    high: 1\n    unit: multiple\n    source: test\n"
        "  total: mult + extra\n"
        "correlations:\n  - inputs: [mult, extra]\n    rho: 0.7\n"
        "segments:\n",
    )
    text = text.replace("    multiple: mult\n", "    multiple: total\n")
    program = compile_thesis(parse_thesis(text, "c.yaml"))
    names = [r.name for r in program.random]
    assert sorted(names) == ["extra", "mult"]
    draws = dict(zip(names, Sampler(program, seed=1).draw(200_000), strict=True))
    x, y = draws["mult"], draws["extra"]
    # marginals stay uniform
    assert x.min() >= 2 and x.max() <= 4 and y.min() >= 0 and y.max() <= 1
    assert x.mean() == pytest.approx(3.0, abs=0.01)
    assert y.var() == pytest.approx(1 / 12, abs=0.002)
    # for uniform marginals Pearson = Spearman = 6/pi * asin(rho / 2)
    expected = 6 / math.pi * math.asin(0.7 / 2)
    assert np.corrcoef(x, y)[0, 1] == pytest.approx(expected, abs=0.01)
    # and the value's variance shows it: Var(10(X+Y)) = 100 (1/3 + 1/12 + 2 cov)
    sim = simulate(program, 200_000, seed=1)
    cov = expected * math.sqrt(1 / 3 * 1 / 12)
    assert sim.std**2 == pytest.approx(100 * (1 / 3 + 1 / 12 + 2 * cov), rel=0.02)


def test_trigger_probability_is_the_share_of_draws_that_meet_it() -> None:
    text = MINIMAL + "triggers:\n  - when: mult > 3.5\n    input: mult\n"
    program = compile_thesis(parse_thesis(text, "t.yaml"))
    sim = simulate(program, N, seed=2)
    assert sim.trigger_probabilities[0] == pytest.approx(0.25, abs=4 * math.sqrt(0.25 * 0.75 / N))


def test_too_few_scenarios_and_non_finite_values_are_errors() -> None:
    program = compile_thesis(parse_thesis(MINIMAL, "m.yaml"))
    with pytest.raises(InputError, match="at least 2"):
        simulate(program, 1, seed=1)
    text = MINIMAL.replace("    low: 2\n", "    low: -1\n")
    text = text.replace("    multiple: mult\n", "    multiple: log(mult)\n")
    with pytest.raises(InputError, match="no finite value per share"):
        simulate(compile_thesis(parse_thesis(text, "bad.yaml")), 10_000, seed=1)


def test_normal_and_lognormal_inputs_give_their_analytic_moments() -> None:
    # value per share = rev * mult / 100 with independent rev ~ N(1000, 100) and mult ~ LogN(median 3, 0.2)
    text = MINIMAL.replace(
        "  rev:\n    value: 1000\n", "  rev:\n    dist: normal\n    mean: 1000\n    sd: 100\n"
    )
    text = text.replace("    low: 2\n    high: 4\n", "    dist: lognormal\n    median: 3\n    sigma: 0.2\n")
    sim = simulate(compile_thesis(parse_thesis(text, "n.yaml")), N, seed=4)
    m_mult = 3 * math.exp(0.2**2 / 2)
    v_mult = (math.exp(0.2**2) - 1) * m_mult**2
    mean = 1000 * m_mult / 100
    var = ((100**2 + 1000**2) * (v_mult + m_mult**2) - 1000**2 * m_mult**2) / 100**2
    assert abs(sim.mean - mean) < 4 * math.sqrt(var / N)
    assert sim.std**2 == pytest.approx(var, rel=0.02)
