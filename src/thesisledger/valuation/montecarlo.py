"""Monte-Carlo valuation: seeded, vectorised, chunked, and identical whatever the chunk size.

Each random input has its own PCG64 stream (seeded from the run's seed and a hash of the input's name)
and draws one uniform per scenario, transformed by its inverse CDF. Inputs the thesis correlates draw
standard normals instead; a Gaussian copula mixes them with the Cholesky factor of the correlation
matrix and maps them back to uniforms (normal CDF) before the same inverse CDFs. Streams are read in
order, so a run in chunks of 2**16 draws gives the same numbers as one in a single chunk.

Sums are taken per block of 2**16 draws and added with `math.fsum`, so they too do not depend on the
chunking. Up to `exact_limit` draws the per-share values are kept and percentiles are exact; beyond
that a fixed histogram (2**20 bins over a range set by the first block, outliers kept exactly) keeps
memory bounded.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import numpy as np
from numpy.typing import NDArray
from scipy.special import ndtr

from thesisledger.errors import InputError
from thesisledger.valuation.distributions import needs_open_interval
from thesisledger.valuation.program import Program

Array = NDArray[np.float64]
BLOCK = 1 << 16
DEFAULT_CHUNK = 1 << 16  # small chunks stay in cache and reuse freed memory
EXACT_LIMIT = 10_000_000
PERCENTILES = (5.0, 25.0, 50.0, 75.0, 95.0)
_HIST_BINS = 1 << 20
_TINY = 2.0**-60  # Generator.random() is in [0, 1); raise an exact 0 to this for inverse normal CDFs


@dataclass(frozen=True)
class SimulationResult:
    """Distribution of value per share (in `currency` per `share_unit`) over `n` seeded scenarios."""

    n: int
    seed: int
    chunk_size: int = field(compare=False)
    currency: str
    share_unit: str
    mean: float
    std: float
    percentiles: dict[float, float]
    price: float | None
    p_above_price: float | None
    segment_means: dict[str, float]  # mean value per share of each segment
    check_probabilities: dict[str, float]
    trigger_probabilities: dict[int, float]  # by trigger index (triggers linked to an input)
    exact_percentiles: bool
    seconds: float = field(compare=False)
    values: Array | None = field(default=None, repr=False, compare=False)

    @property
    def scenarios_per_second(self) -> float:
        return self.n / self.seconds if self.seconds > 0 else math.inf

    def to_dict(self) -> dict[str, Any]:
        return {
            "n": self.n,
            "seed": self.seed,
            "currency": self.currency,
            "share_unit": self.share_unit,
            "mean": self.mean,
            "std": self.std,
            "percentiles": {f"p{q:g}": v for q, v in self.percentiles.items()},
            "price": self.price,
            "p_above_price": self.p_above_price,
            "segment_means_per_share": self.segment_means,
            "check_probabilities": self.check_probabilities,
            "exact_percentiles": self.exact_percentiles,
            "seconds": self.seconds,
        }


class Sampler:
    """Draws for every random input of `program`, in order, chunk after chunk."""

    def __init__(self, program: Program, seed: int) -> None:
        self.program = program
        self.gens = [
            np.random.Generator(np.random.PCG64(np.random.SeedSequence(seed, spawn_key=(r.stream,))))
            for r in program.random
        ]
        self.corr = set(program.correlated)
        self.open = [needs_open_interval(r.dist) for r in program.random]

    def draw(self, size: int) -> list[Array]:
        us: list[Array] = []
        for i, (g, open_) in enumerate(zip(self.gens, self.open, strict=True)):
            if i in self.corr:
                us.append(g.standard_normal(size))  # a normal score, mixed below
                continue
            u = g.random(size)
            if open_:
                np.maximum(u, _TINY, out=u)
            us.append(u)
        p = self.program
        if p.cholesky is not None:
            zc = p.cholesky @ np.stack([us[i] for i in p.correlated])
            for j, i in enumerate(p.correlated):
                u = ndtr(zc[j])
                np.clip(u, _TINY, 1.0 - 2.0**-53, out=u)
                us[i] = u
        return [r.dist.ppf(u) for r, u in zip(p.random, us, strict=True)]


class _Histogram:
    """Fixed bins over [lo, hi); values outside are kept exactly. Percentiles to within one bin."""

    def __init__(self, pilot: Array) -> None:
        a, b = float(pilot.min()), float(pilot.max())
        span = max(b - a, abs(a) * 1e-9, 1e-12)
        self.lo, self.hi = a - span, b + span
        self.scale = _HIST_BINS / (self.hi - self.lo)
        self.counts = np.zeros(_HIST_BINS, dtype=np.int64)
        self.under: list[Array] = []
        self.over: list[Array] = []

    def add(self, x: Array) -> None:
        inside = (x >= self.lo) & (x < self.hi)
        if not inside.all():
            self.under.append(x[x < self.lo])
            self.over.append(x[x >= self.hi])
            x = x[inside]
        idx = ((x - self.lo) * self.scale).astype(np.intp)
        np.minimum(idx, _HIST_BINS - 1, out=idx)
        self.counts += np.bincount(idx, minlength=_HIST_BINS)

    def kth(self, k: int, under: Array, cum: NDArray[np.int64]) -> float:
        """The k-th smallest value (0-based), interpolated within its bin."""
        if k < under.size:
            return float(under[k])
        k2 = k - under.size
        total = int(cum[-1])
        if k2 >= total:
            over = np.sort(np.concatenate(self.over)) if self.over else np.empty(0)
            return float(over[k2 - total])
        b = int(np.searchsorted(cum, k2, side="right"))
        before = int(cum[b - 1]) if b > 0 else 0
        inbin = int(self.counts[b])
        width = 1.0 / self.scale
        return self.lo + b * width + (k2 - before + 0.5) / inbin * width

    def percentiles(self, qs: tuple[float, ...], n: int) -> dict[float, float]:
        under = np.sort(np.concatenate(self.under)) if self.under else np.empty(0)
        cum = np.cumsum(self.counts)
        out: dict[float, float] = {}
        for q in qs:
            h = q / 100 * (n - 1)  # numpy's default ("linear") definition
            k = math.floor(h)
            lo = self.kth(k, under, cum)
            hi = self.kth(min(k + 1, n - 1), under, cum)
            out[q] = lo + (h - k) * (hi - lo)
        return out


def exact_percentiles(x: Array, qs: tuple[float, ...]) -> dict[float, float]:
    """numpy's default ("linear") percentiles of `x`, which is sorted in place (SIMD sort beats partition)."""
    x.sort()
    n = x.size
    out: dict[float, float] = {}
    for q in qs:
        h = q / 100 * (n - 1)
        k = math.floor(h)
        lo = float(x[k])
        hi = float(x[min(k + 1, n - 1)])
        out[q] = lo + (h - k) * (hi - lo)
    return out


def _block_sums(x: Array) -> list[float]:
    return [float(x[i : i + BLOCK].sum()) for i in range(0, x.size, BLOCK)]


def simulate(
    program: Program,
    n: int,
    *,
    seed: int,
    chunk_size: int = DEFAULT_CHUNK,
    exact_limit: int = EXACT_LIMIT,
    keep_values: bool = False,
    progress: Callable[[int, int], None] | None = None,
) -> SimulationResult:
    """Run `n` scenarios of `program` with `seed`, `chunk_size` draws at a time (rounded up to 2**16).

    `progress(done, n)` is called after each chunk (a progress bar; it does not change the numbers)."""
    if n < 2:
        raise InputError(f"a simulation needs at least 2 scenarios, got {n}")
    chunk = max(BLOCK, -(-chunk_size // BLOCK) * BLOCK)
    exact = n <= exact_limit
    t0 = time.perf_counter()
    thesis = program.thesis
    price = thesis.price.value if thesis.price else None
    shares = thesis.shares.value
    values = np.empty(n) if exact else None
    hist: _Histogram | None = None
    if not exact:
        pilot_env = program.run(Sampler(program, seed).draw(min(n, BLOCK)))
        hist = _Histogram(np.asarray(program.get(pilot_env, program.per_share), dtype=np.float64))
    shift: float | None = None
    sums: list[float] = []
    sq: list[float] = []
    above = 0
    seg_sums: dict[str, list[float]] = {s.key: [] for s in program.segments}
    check_counts = dict.fromkeys(program.checks, 0)
    trig_counts = dict.fromkeys(program.trigger_inputs, 0)
    plan_triggers = program.plan.triggers
    sampler = Sampler(program, seed)
    done = 0
    while done < n:
        size = min(chunk, n - done)
        env = program.run(sampler.draw(size))
        ps = np.broadcast_to(np.asarray(program.get(env, program.per_share), dtype=np.float64), (size,))
        if shift is None:
            shift = float(ps[0])
        d = ps - shift
        block_sums = _block_sums(d)
        # NaN and inf propagate into a sum, so only a non-finite sum needs the per-draw count
        bad = 0 if math.isfinite(sum(block_sums)) else size - int(np.count_nonzero(np.isfinite(ps)))
        if bad:
            raise InputError(
                f"{bad} of {size} scenarios (from draw {done}) give no finite value per share: a division by "
                "zero, the log of a negative number, or a DCF discount rate at or below terminal growth; "
                "bound the inputs involved"
            )
        sums += block_sums
        sq += _block_sums(d * d)
        if price is not None:
            above += int(np.count_nonzero(ps > price))
        for s in program.segments:
            v = np.broadcast_to(np.asarray(program.get(env, s.value), dtype=np.float64), (size,))
            seg_sums[s.key] += _block_sums(v)
        for name, ref in program.checks.items():
            check_counts[name] += int(np.count_nonzero(np.broadcast_to(program.get(env, ref), (size,))))
        for i, ref in program.trigger_inputs.items():
            hit = plan_triggers[i].trigger.holds(program.get(env, ref))
            trig_counts[i] += int(np.count_nonzero(np.broadcast_to(hit, (size,))))
        if values is not None:
            values[done : done + size] = ps
        else:
            assert hist is not None
            hist.add(np.ascontiguousarray(ps))
        done += size
        if progress is not None:
            progress(done, n)
    assert shift is not None
    mean_d = math.fsum(sums) / n
    var = max(math.fsum(sq) / n - mean_d * mean_d, 0.0) * n / (n - 1)
    if values is not None:
        pct = exact_percentiles(values if not keep_values else values.copy(), PERCENTILES)
    else:
        assert hist is not None
        pct = hist.percentiles(PERCENTILES, n)
    return SimulationResult(
        n=n,
        seed=seed,
        chunk_size=chunk,
        currency=program.currency,
        share_unit=thesis.shares.of,
        mean=shift + mean_d,
        std=math.sqrt(var),
        percentiles=pct,
        price=price,
        p_above_price=None if price is None else above / n,
        segment_means={k: math.fsum(v) / n / shares for k, v in seg_sums.items()},
        check_probabilities={k: c / n for k, c in check_counts.items()},
        trigger_probabilities={i: c / n for i, c in trig_counts.items()},
        exact_percentiles=exact,
        seconds=time.perf_counter() - t0,
        values=values if keep_values else None,
    )
