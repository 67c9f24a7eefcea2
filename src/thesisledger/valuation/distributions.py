"""Input distributions, each sampled by its inverse CDF from uniforms (reproducible and chunkable draws).

Every distribution is a frozen value with `ppf(u)` (vectorised inverse CDF), closed-form `mean()` and
`variance()`, and `quantile(q)`. Sampling from uniforms (rather than `Generator.beta` and friends)
keeps one 64-bit draw per scenario per input, which makes chunked and unchunked runs identical and
lets a Gaussian copula feed the same transforms.

PERT's inverse CDF (a scaled beta) has no closed form and scipy's `betaincinv` costs ~3 µs a call,
so it is tabulated once per shape on 2**16 cells and interpolated; the outer 2**-11 of each tail is
computed exactly. The table's error is below 1e-5 of the range. The triangular's closed form (two
square roots and a select) is tabulated the same way, because a table gather is cheaper.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Protocol

import numpy as np
from numpy.typing import NDArray
from scipy.special import betainc, betaincinv, ndtr, ndtri

Array = NDArray[np.float64]

_TABLE_CELLS = 1 << 16
_EXACT_TAIL = 2.0**-11


class Distribution(Protocol):
    """What the engine needs from an input's distribution."""

    @property
    def kind(self) -> str: ...

    def ppf(self, u: Array) -> Array: ...

    def mean(self) -> float: ...

    def variance(self) -> float: ...

    def describe(self) -> str: ...

    def to_dict(self) -> dict[str, Any]: ...


def needs_open_interval(dist: Distribution) -> bool:
    """Whether ppf(0) is infinite, so draws must avoid exactly 0 (normal scores, normals, lognormals)."""
    return isinstance(dist, Normal | LogNormal)


def quantile(dist: Distribution, q: float) -> float:
    """The `q`-quantile (0 < q < 1) of `dist`."""
    return float(dist.ppf(np.array([q], dtype=np.float64))[0])


def _g(x: float) -> str:
    return f"{x:.6g}"


@dataclass(frozen=True, slots=True)
class Point:
    """A known value: every draw is `value`."""

    value: float

    @property
    def kind(self) -> str:
        return "point"

    def ppf(self, u: Array) -> Array:
        return np.full_like(u, self.value)

    def mean(self) -> float:
        return self.value

    def variance(self) -> float:
        return 0.0

    def describe(self) -> str:
        return _g(self.value)

    def to_dict(self) -> dict[str, Any]:
        return {"kind": "point", "value": self.value}


@dataclass(frozen=True, slots=True)
class Uniform:
    """Every value in [low, high] equally likely: what a bare range "8-10x" means here."""

    low: float
    high: float

    def __post_init__(self) -> None:
        if not self.low <= self.high:
            raise ValueError(f"uniform range needs low <= high, got {self.low} > {self.high}")

    @property
    def kind(self) -> str:
        return "uniform"

    def ppf(self, u: Array) -> Array:
        out = u * (self.high - self.low)
        out += self.low
        return out

    def mean(self) -> float:
        return (self.low + self.high) / 2

    def variance(self) -> float:
        return (self.high - self.low) ** 2 / 12

    def describe(self) -> str:
        return f"uniform({_g(self.low)}, {_g(self.high)})"

    def to_dict(self) -> dict[str, Any]:
        return {"kind": "uniform", "low": self.low, "high": self.high}


def _check_three_point(name: str, low: float, mode: float, high: float) -> None:
    if not low <= mode <= high:
        raise ValueError(f"{name} needs low <= mode <= high, got {low}, {mode}, {high}")
    if not low < high:
        raise ValueError(f"{name} needs low < high, got {low} and {high}")


@dataclass(frozen=True, slots=True)
class Triangular:
    """Linear density rising from `low` to `mode`, falling to `high`."""

    low: float
    mode: float
    high: float

    def __post_init__(self) -> None:
        _check_three_point("triangular", self.low, self.mode, self.high)

    @property
    def kind(self) -> str:
        return "triangular"

    def ppf(self, u: Array) -> Array:
        # tabulated like PERT: a gather is ~3x cheaper than two square roots and a select
        table, slope = _triangular_table(self.low, self.mode, self.high)
        return _interpolate(table, slope, u, self.exact_ppf)

    def exact_ppf(self, u: Array) -> Array:
        """The closed-form inverse CDF (used for the tails and to build the table)."""
        a, c, b = self.low, self.mode, self.high
        fc = (c - a) / (b - a)
        left = a + np.sqrt(u * ((b - a) * (c - a)))
        right = b - np.sqrt((1.0 - u) * ((b - a) * (b - c)))
        out: Array = np.where(u < fc, left, right)
        return out

    def mean(self) -> float:
        return (self.low + self.mode + self.high) / 3

    def variance(self) -> float:
        a, c, b = self.low, self.mode, self.high
        return (a * a + b * b + c * c - a * b - a * c - b * c) / 18

    def describe(self) -> str:
        return f"triangular({_g(self.low)}, {_g(self.mode)}, {_g(self.high)})"

    def to_dict(self) -> dict[str, Any]:
        return {"kind": "triangular", "low": self.low, "mode": self.mode, "high": self.high}


@lru_cache(maxsize=128)
def _beta_table(alpha: float, beta: float) -> tuple[Array, Array]:
    """Standard beta(alpha, beta) inverse CDF at u = k / 2**16 (k = 0..2**16) and each cell's slope.

    Built by inverting the CDF on a fine x grid (`betainc` is fast, `betaincinv` is not). The slope
    table has a trailing 0 so that a draw of exactly 1.0 stays in range.
    """
    grid = np.linspace(0.0, 1.0, _TABLE_CELLS + 1)
    cdf = betainc(alpha, beta, grid)
    table: Array = np.interp(grid, cdf, grid)
    slope: Array = np.append(np.diff(table), 0.0)
    return table, slope


_TAIL_CELLS = int(_EXACT_TAIL * _TABLE_CELLS)


def _interpolate(table: Array, slope: Array, u: Array, exact: Callable[[Array], Array]) -> Array:
    """Linear interpolation in a ppf table on k / 2**16; draws in the outer 2**-11 use `exact`."""
    y = u * _TABLE_CELLS
    i = y.astype(np.intp)
    y -= i
    # np.take is several times faster than fancy indexing for a gather from a small table
    x = np.take(slope, i)
    x *= y
    x += np.take(table, i, out=y, mode="clip")  # 'clip' (i is in range anyway) is unbuffered
    tail = np.flatnonzero((i < _TAIL_CELLS) | (i >= _TABLE_CELLS - _TAIL_CELLS))
    if tail.size:
        x[tail] = exact(u[tail])
    return x


@lru_cache(maxsize=128)
def _triangular_table(low: float, mode: float, high: float) -> tuple[Array, Array]:
    grid = np.linspace(0.0, 1.0, _TABLE_CELLS + 1)
    table = Triangular(low, mode, high).exact_ppf(grid)
    return table, np.append(np.diff(table), 0.0)


@lru_cache(maxsize=128)
def _scaled_table(alpha: float, beta: float, low: float, high: float) -> tuple[Array, Array]:
    """`_beta_table` mapped onto [low, high], so a draw costs one gather-multiply-add."""
    table, slope = _beta_table(alpha, beta)
    return low + (high - low) * table, (high - low) * slope


@dataclass(frozen=True, slots=True)
class Pert:
    """PERT: a beta on [low, high] with mode `mode`; `lamb` (default 4) weights the mode."""

    low: float
    mode: float
    high: float
    lamb: float = 4.0

    def __post_init__(self) -> None:
        _check_three_point("PERT", self.low, self.mode, self.high)
        if not self.lamb > 0:
            raise ValueError(f"PERT lamb must be positive, got {self.lamb}")

    @property
    def kind(self) -> str:
        return "pert"

    @property
    def alpha(self) -> float:
        return 1 + self.lamb * (self.mode - self.low) / (self.high - self.low)

    @property
    def beta(self) -> float:
        return 1 + self.lamb * (self.high - self.mode) / (self.high - self.low)

    def ppf(self, u: Array) -> Array:
        table, slope = _scaled_table(self.alpha, self.beta, self.low, self.high)
        return _interpolate(table, slope, u, self.exact_ppf)

    def exact_ppf(self, u: Array) -> Array:
        """The inverse CDF by scipy's `betaincinv` (~3 µs a draw; used for the tails)."""
        out: Array = self.low + (self.high - self.low) * betaincinv(self.alpha, self.beta, u)
        return out

    def mean(self) -> float:
        return (self.low + self.lamb * self.mode + self.high) / (self.lamb + 2)

    def variance(self) -> float:
        m = self.mean()
        return (m - self.low) * (self.high - m) / (self.lamb + 3)

    def describe(self) -> str:
        extra = "" if self.lamb == 4.0 else f", lamb={_g(self.lamb)}"
        return f"PERT({_g(self.low)}, {_g(self.mode)}, {_g(self.high)}{extra})"

    def to_dict(self) -> dict[str, Any]:
        return {"kind": "pert", "low": self.low, "mode": self.mode, "high": self.high, "lamb": self.lamb}


def _phi(x: float) -> float:
    return 0.0 if math.isinf(x) else math.exp(-0.5 * x * x) / math.sqrt(2 * math.pi)


@dataclass(frozen=True, slots=True)
class Normal:
    """Normal(mean, sd), optionally truncated to [low, high] (either side may be open)."""

    mu: float
    sd: float
    low: float | None = None
    high: float | None = None

    def __post_init__(self) -> None:
        if not self.sd > 0:
            raise ValueError(f"normal sd must be positive, got {self.sd}")
        lo = -math.inf if self.low is None else self.low
        hi = math.inf if self.high is None else self.high
        if not lo < hi:
            raise ValueError(f"truncated normal needs low < high, got {lo} and {hi}")
        if self._mass() < 1e-12:
            raise ValueError(f"normal({self.mu}, {self.sd}) has almost no mass in [{lo}, {hi}]")

    @property
    def kind(self) -> str:
        return "normal"

    @property
    def truncated(self) -> bool:
        return self.low is not None or self.high is not None

    def _std_bounds(self) -> tuple[float, float]:
        a = -math.inf if self.low is None else (self.low - self.mu) / self.sd
        b = math.inf if self.high is None else (self.high - self.mu) / self.sd
        return a, b

    def _mass(self) -> float:
        a, b = self._std_bounds()
        return float(ndtr(b) - ndtr(a))

    def ppf(self, u: Array) -> Array:
        if self.truncated:
            a, b = self._std_bounds()
            pa = float(ndtr(a))
            p = u * (float(ndtr(b)) - pa)
            p += pa
            z = ndtri(p)
            # ndtri can round one ulp outside the truncation; keep every draw inside it
            lo = -math.inf if self.low is None else self.low
            hi = math.inf if self.high is None else self.high
            out: Array = np.clip(self.mu + self.sd * z, lo, hi)
            return out
        y: Array = ndtri(u)
        y *= self.sd
        y += self.mu
        return y

    def mean(self) -> float:
        if not self.truncated:
            return self.mu
        a, b = self._std_bounds()
        return self.mu + self.sd * (_phi(a) - _phi(b)) / self._mass()

    def variance(self) -> float:
        if not self.truncated:
            return self.sd**2
        a, b = self._std_bounds()
        z = self._mass()
        ta = 0.0 if math.isinf(a) else a * _phi(a)
        tb = 0.0 if math.isinf(b) else b * _phi(b)
        d = (_phi(a) - _phi(b)) / z
        return self.sd**2 * (1 + (ta - tb) / z - d * d)

    def describe(self) -> str:
        s = f"normal({_g(self.mu)}, sd {_g(self.sd)})"
        if self.truncated:
            lo = "-inf" if self.low is None else _g(self.low)
            hi = "inf" if self.high is None else _g(self.high)
            s += f" in [{lo}, {hi}]"
        return s

    def to_dict(self) -> dict[str, Any]:
        return {"kind": "normal", "mean": self.mu, "sd": self.sd, "low": self.low, "high": self.high}


@dataclass(frozen=True, slots=True)
class LogNormal:
    """exp(Normal): given by its `median` and `sigma`, the standard deviation of its logarithm."""

    median: float
    sigma: float

    def __post_init__(self) -> None:
        if not self.median > 0:
            raise ValueError(f"lognormal median must be positive, got {self.median}")
        if not self.sigma > 0:
            raise ValueError(f"lognormal sigma must be positive, got {self.sigma}")

    @property
    def kind(self) -> str:
        return "lognormal"

    def ppf(self, u: Array) -> Array:
        z: Array = ndtri(u)
        z *= self.sigma
        z += math.log(self.median)
        np.exp(z, out=z)
        return z

    def mean(self) -> float:
        return self.median * math.exp(self.sigma**2 / 2)

    def variance(self) -> float:
        s2 = self.sigma**2
        return (math.exp(s2) - 1) * self.median**2 * math.exp(s2)

    def describe(self) -> str:
        return f"lognormal(median {_g(self.median)}, sigma {_g(self.sigma)})"

    def to_dict(self) -> dict[str, Any]:
        return {"kind": "lognormal", "median": self.median, "sigma": self.sigma}


def support(dist: Distribution) -> tuple[float, float]:
    """The interval every draw falls in (infinite sides for unbounded normals and lognormals)."""
    if isinstance(dist, Point):
        return dist.value, dist.value
    if isinstance(dist, Uniform | Triangular | Pert):
        return dist.low, dist.high
    if isinstance(dist, Normal):
        lo = -math.inf if dist.low is None else dist.low
        hi = math.inf if dist.high is None else dist.high
        return lo, hi
    if isinstance(dist, LogNormal):
        return 0.0, math.inf
    return -math.inf, math.inf
