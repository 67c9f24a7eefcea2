"""The concept map: which XBRL concepts feed which ledger metric, read from `data/sec_concepts.toml`."""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass
from enum import StrEnum
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from thesisledger.errors import DataFileError, UnknownCurrencyError
from thesisledger.quantities.units import Unit, UnitKind

CONCEPTS_ENV = "THESIS_SEC_CONCEPTS"


class ValueUnit(StrEnum):
    """What a metric's XBRL values measure (the `unit` field of the concept map)."""

    CURRENCY = "currency"
    CURRENCY_PER_SHARE = "currency_per_share"
    SHARES = "shares"
    RATIO = "ratio"

    def ledger_unit(self, xbrl_unit: str) -> Unit | None:
        """The ledger `Unit` for an XBRL unit string ("USD", "USD/shares", "shares", "pure"), or None
        when the XBRL unit is not of this kind."""
        if self is ValueUnit.SHARES:
            return Unit(UnitKind.COUNT, "count", noun="shares") if xbrl_unit == "shares" else None
        if self is ValueUnit.RATIO:
            return Unit(UnitKind.RATIO, "ratio") if xbrl_unit == "pure" else None
        per_share = self is ValueUnit.CURRENCY_PER_SHARE
        code = xbrl_unit
        if per_share:
            if not xbrl_unit.endswith("/shares"):
                return None
            code = xbrl_unit.removesuffix("/shares")
        # ISO 4217 codes only: aliases ("yuan") never appear in XBRL, and we must not guess.
        if len(code) != 3 or not code.isalpha() or not code.isupper():
            return None
        try:
            return Unit.currency(code, per_share=per_share)
        except UnknownCurrencyError:
            return None


@dataclass(frozen=True, slots=True)
class MetricConcepts:
    metric: str
    unit: ValueUnit
    flow: bool
    concepts: tuple[str, ...]  # "us-gaap:Revenues", in order of preference


@dataclass(frozen=True, slots=True)
class ConceptMap:
    metrics: tuple[MetricConcepts, ...]
    source: str

    def by_concept(self) -> dict[str, tuple[MetricConcepts, int]]:
        """Concept -> (its metric, its rank in the metric's preference list)."""
        out: dict[str, tuple[MetricConcepts, int]] = {}
        for m in self.metrics:
            for rank, concept in enumerate(m.concepts):
                if concept in out:
                    raise DataFileError(
                        f"{self.source}: concept {concept} is listed under both "
                        f"{out[concept][0].metric} and {m.metric}"
                    )
                out[concept] = (m, rank)
        return out

    def metric(self, name: str) -> MetricConcepts:
        for m in self.metrics:
            if m.metric == name:
                return m
        raise KeyError(name)

    @classmethod
    def from_toml(cls, text: str, source: str) -> ConceptMap:
        try:
            raw: dict[str, Any] = tomllib.loads(text)
        except tomllib.TOMLDecodeError as exc:
            raise DataFileError(f"{source}: not valid TOML: {exc}") from exc
        table = raw.get("metric")
        if not isinstance(table, dict) or not table:
            raise DataFileError(f"{source}: no [metric.<name>] tables")
        metrics = []
        for name, spec in table.items():
            where = f"{source}: [metric.{name}]"
            try:
                unit = ValueUnit(spec["unit"])
                flow = spec["flow"]
                concepts = spec["concepts"]
            except KeyError as exc:
                raise DataFileError(f"{where} is missing the field {exc.args[0]!r}") from exc
            except ValueError as exc:
                units = ", ".join(u.value for u in ValueUnit)
                raise DataFileError(f"{where}: unit must be one of {units}, got {spec['unit']!r}") from exc
            if not isinstance(flow, bool):
                raise DataFileError(f"{where}: flow must be true or false, got {flow!r}")
            if not isinstance(concepts, list) or not concepts:
                raise DataFileError(f"{where}: concepts must be a non-empty list")
            for c in concepts:
                if not isinstance(c, str) or c.count(":") != 1:
                    raise DataFileError(f"{where}: concept {c!r} must read taxonomy:Name (us-gaap:Revenues)")
            metrics.append(MetricConcepts(str(name), unit, flow, tuple(concepts)))
        cmap = cls(tuple(metrics), source)
        cmap.by_concept()  # validates that no concept feeds two metrics
        return cmap


@cache
def _shipped() -> ConceptMap:
    text = resources.files("thesisledger.connectors").joinpath("data/sec_concepts.toml").read_text("utf-8")
    return ConceptMap.from_toml(text, "connectors/data/sec_concepts.toml")


def load_concept_map(path: Path | None = None) -> ConceptMap:
    """The concept map at `path`, else at `$THESIS_SEC_CONCEPTS`, else the one shipped with the package."""
    if path is None and os.environ.get(CONCEPTS_ENV):
        path = Path(os.environ[CONCEPTS_ENV])
    if path is None:
        return _shipped()
    try:
        text = Path(path).read_text("utf-8")
    except OSError as exc:
        raise DataFileError(f"{path}: cannot read the SEC concept map: {exc.strerror}") from exc
    return ConceptMap.from_toml(text, str(path))
