"""The parser's vocabulary, loaded once from `data/lexicon.toml` and `data/levels.toml`."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from thesisledger.quantities.quantity import Bound, Quantity
from thesisledger.quantities.units import RATIO, UnitKind


@dataclass(frozen=True, slots=True)
class UnitWord:
    """A unit as written after a number: its kind (or duration name) and power of ten."""

    kind: UnitKind
    code: str  # "ratio", "pp", "multiple" or a duration name ("years")
    exponent: int


@dataclass(frozen=True, slots=True)
class Lexicon:
    """Word tables. Keys are lower-case with single spaces."""

    scales: dict[str, int]
    attached_scales: dict[str, int]
    units: dict[str, UnitWord]
    multiple_bases: tuple[str, ...]
    number_words: dict[str, int]
    bounds: dict[str, str]  # bound word -> "approx" | "gt" | ... | "between" | "from"
    verbs_with_article: frozenset[str]
    labels: frozenset[str]
    noun_stopwords: frozenset[str]
    irregular_plurals: tuple[str, ...]
    amount_plurals: frozenset[str]
    levels: dict[str, Quantity]  # canonical name and aliases -> Quantity(qualitative=canonical)
    fractions: dict[str, Quantity]


def _read(name: str) -> dict[str, Any]:
    text = resources.files("thesisledger.quantities").joinpath(f"data/{name}").read_text("utf-8")
    return tomllib.loads(text)


def normalize_words(text: str) -> str:
    """Lower-case, hyphens and runs of whitespace as one space: how level and fraction keys are compared."""
    return " ".join(text.lower().replace("-", " ").split())


def _unit_word(spec: list[Any]) -> UnitWord:
    code, exponent = str(spec[0]), int(spec[1])
    kind = {"ratio": UnitKind.RATIO, "pp": UnitKind.PP, "multiple": UnitKind.MULTIPLE}.get(
        code, UnitKind.DURATION
    )
    return UnitWord(kind, code, exponent)


def _levels(raw: dict[str, Any]) -> dict[str, Quantity]:
    out: dict[str, Quantity] = {}
    for name, spec in raw.items():
        low = float(f"{spec['low']}e-2")
        if spec.get("bound") == "gte":
            q = Quantity(low, None, Bound.GTE, RATIO, "%", name)
        else:
            q = Quantity(low, float(f"{spec['high']}e-2"), Bound.RANGE, RATIO, "%", name)
        for key in (name, *spec.get("aliases", [])):
            out[normalize_words(key)] = q
    return out


def _fractions(raw: dict[str, Any]) -> dict[str, Quantity]:
    out: dict[str, Quantity] = {}
    for name, spec in raw.items():
        value = int(spec["numerator"]) / int(spec["denominator"])
        q = Quantity(value, value, Bound.EQ, RATIO, None, name)
        for key in (name, *spec.get("aliases", [])):
            out[normalize_words(key)] = q
    return out


@cache
def lexicon() -> Lexicon:
    """The shipped vocabulary (read on first use, then cached)."""
    raw = _read("lexicon.toml")
    levels = _read("levels.toml")
    bounds = {word.lower(): kind for kind, words in raw["bounds"].items() for word in words}
    return Lexicon(
        scales={k.lower(): int(v) for k, v in raw["scales"].items()},
        attached_scales={k.lower(): int(v) for k, v in raw["attached_scales"].items()},
        units={k.lower(): _unit_word(v) for k, v in raw["units"].items()},
        multiple_bases=tuple(raw["multiples"]["bases"]),
        number_words={k.lower(): int(v) for k, v in raw["number_words"].items()},
        bounds=bounds,
        verbs_with_article=frozenset(w.lower() for w in raw["words"]["verbs_with_article"]),
        labels=frozenset(w.lower() for w in raw["words"]["labels"]),
        noun_stopwords=frozenset(w.lower() for w in raw["words"]["noun_stopwords"]),
        irregular_plurals=tuple(raw["words"]["irregular_plurals"]),
        amount_plurals=frozenset(w.lower() for w in raw["words"]["amount_plurals"]),
        levels=_levels(levels["level"]),
        fractions=_fractions(levels["fraction"]),
    )
