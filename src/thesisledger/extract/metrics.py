"""The metric lexicon (extract/data/metrics.toml, plus $THESIS_METRICS): what a number measures.

`metric_lexicon()` loads it once; `MetricLexicon.index` finds metric phrases in a sentence.
Short acronyms ("PE", "ARR", "MAU") match only in capitals; longer aliases in any case.
Phrases under `[unkeyed]` name measures the vocabulary has no key for ("backlog", "net interest
margin"): they are found like aliases, under the key `UNKEYED`, so a number beside them is not given
the key of a shorter alias inside them ("deposit costs" is not `expenses`) or of a farther phrase.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from thesisledger.errors import DataFileError
from thesisledger.extract.phrases import PhraseIndex
from thesisledger.quantities.units import Unit, UnitKind

_CASE_FREE_SHORT = frozenset({"yoy"})  # written "YoY", "yoy", "YOY"
UNKEYED = "-"  # the index key of an [unkeyed] phrase; never a metric key


@dataclass(frozen=True, slots=True)
class Metric:
    key: str
    name: str
    aliases: tuple[str, ...]
    units: tuple[str, ...]  # currency | ratio | pp | multiple | count | duration
    nature: str
    family: str

    def accepts(self, unit: Unit) -> bool:
        """Whether a quantity in `unit` can measure this metric (a ratio metric takes pp changes too)."""
        kind = unit.kind
        if kind is UnitKind.PP:
            return "pp" in self.units or "ratio" in self.units
        return kind in self.units  # a StrEnum member equals its value (no enum `.value` lookup per call)


@dataclass(frozen=True, slots=True)
class MetricLexicon:
    metrics: dict[str, Metric]
    index: PhraseIndex

    def get(self, key: str) -> Metric | None:
        return self.metrics.get(key)

    def key_for(self, phrase: str) -> str | None:
        """The metric a whole phrase names ("monthly active users" -> "mau"), UNKEYED for an [unkeyed]
        phrase ("orders"), or None."""
        hits = self.index.find(phrase)
        if len(hits) == 1 and hits[0].start == 0 and hits[0].end == len(phrase):
            return hits[0].key
        return None


def _read(text: str, source: str) -> tuple[dict[str, Any], list[str]]:
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise DataFileError(f"{source}: not valid TOML: {exc}") from exc
    metrics = data.get("metric")
    if not isinstance(metrics, dict):
        raise DataFileError(f"{source}: expected [metric.<key>] tables")
    table = data.get("unkeyed", {})
    unkeyed = table.get("phrases", []) if isinstance(table, dict) else None
    if not isinstance(unkeyed, list):
        raise DataFileError(f"{source}: [unkeyed] phrases must be a list of strings")
    return metrics, [str(p) for p in unkeyed]


def _metric(key: str, spec: dict[str, Any], source: str) -> Metric:
    try:
        return Metric(
            key=key,
            name=str(spec.get("name", key)),
            aliases=tuple(str(a) for a in spec.get("aliases", [])),
            units=tuple(str(u) for u in spec["units"]),
            nature=str(spec.get("nature", "flow")),
            family=str(spec.get("family", "other")),
        )
    except (KeyError, TypeError) as exc:
        raise DataFileError(f"{source}: metric {key!r} needs a list of units: {exc}") from exc


@cache
def metric_lexicon() -> MetricLexicon:
    """The shipped lexicon, extended (or overridden, key by key) by the TOML file at $THESIS_METRICS."""
    sources = [
        (
            "extract/data/metrics.toml",
            resources.files("thesisledger.extract").joinpath("data/metrics.toml").read_text("utf-8"),
        )
    ]
    extra = os.environ.get("THESIS_METRICS")
    if extra:
        try:
            sources.append((extra, Path(extra).read_text("utf-8")))
        except OSError as exc:
            raise DataFileError(f"THESIS_METRICS={extra}: cannot read it: {exc}") from exc
    metrics: dict[str, Metric] = {}
    unkeyed: list[str] = []
    for source, text in sources:
        specs, more = _read(text, source)
        for key, spec in specs.items():
            metrics[key] = _metric(key, spec, source)
        unkeyed += more
    phrases: list[tuple[str, str]] = []
    exact: list[str] = []
    # metrics earlier in the file own a phrase two metrics share
    for m in metrics.values():
        for alias in (m.key.replace("_", " "), *m.aliases):
            a = alias.strip()
            if len(a) <= 3 and a.isalpha() and a.lower() not in _CASE_FREE_SHORT:
                a = a.upper()
                exact.append(a)
            phrases.append((a, m.key))
    for p in unkeyed:  # after the aliases: an alias wins a phrase both list
        p = p.strip()
        if len(p) <= 3 and p.isalpha():
            p = p.upper()
            exact.append(p)
        phrases.append((p, UNKEYED))
    return MetricLexicon(metrics, PhraseIndex(phrases, case_sensitive=exact))
