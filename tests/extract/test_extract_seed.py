"""extract_claims on the real seed note (read from ../shared at test time; never copied here)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from thesisledger.companies import find_profile
from thesisledger.documents import load_document
from thesisledger.extract import Claim, extract_claims
from thesisledger.quantities import find_quantities
from thesisledger.quantities.units import UnitKind

DOC_DATE = date(2026, 5, 15)


@pytest.fixture(scope="module")
def seed_claims(seed_note_path: Path) -> tuple[str, list[Claim]]:
    doc = load_document(seed_note_path, date=DOC_DATE)
    return doc.text, extract_claims(doc, find_profile("BABA"))


def _claim(claims: list[Claim], text: str, span: str, occurrence: int = 0, after: str = "") -> Claim:
    """The claim whose span is `span`, the n-th one after the first occurrence of `after`."""
    floor = text.index(after) if after else 0
    found = [c for c in claims if c.span_text == span and c.start >= floor]
    assert len(found) > occurrence, f"no claim {span!r} (occurrence {occurrence}) after {after!r}"
    return found[occurrence]


def test_every_number_yields_a_claim(seed_claims: tuple[str, list[Claim]]) -> None:
    text, claims = seed_claims
    spans = {(c.start, c.end) for c in claims}
    for m in find_quantities(text, default_currency="CNY"):
        if m.quantity.unit.kind is UnitKind.DURATION:
            continue  # time windows are not claims; payback durations are checked below
        assert (m.start, m.end) in spans, f"no claim for {m.text!r} at {m.start}"
    for c in claims:
        assert text[c.start : c.end] == c.span_text
        assert c.sentence == text[c.sentence_start : c.sentence_start + len(c.sentence)]
        assert c.sentence_start <= c.start < c.end <= c.sentence_start + len(c.sentence)


def test_durations_only_as_metric_values(seed_claims: tuple[str, list[Claim]]) -> None:
    _, claims = seed_claims
    durations = [c for c in claims if c.quantity.unit.kind is UnitKind.DURATION]
    assert durations, "the note states a 3-5 year payback"
    assert {c.metric for c in durations} == {"payback_period"}
    assert not any(c.span_text in ("within six months", "two quarters", "five years") for c in claims)


# span, occurrence, anchor text before it, entity, metric, kind, period label, speaker, unit, value
CASES = [
    ("approximately RMB 9 billion", 0, "", "ai_products", "ai_revenue", "actual", "FY26Q4", "author", "CNY",
     9e9),
    ("RMB 36 billion", 0, "", "ai_products", "annualized_revenue", "derived", "FY26Q4", "author", "CNY",
     36e9),
    ("30%", 0, "", "ai_products", "ai_revenue_share", "actual", "FY26Q4", "author", "ratio", 0.30),
    ("exceed the 50%", 0, "", "ai_products", "ai_revenue_share", "guidance", "2027-05-15", "management", "ratio", 0.5),  # noqa: E501
    ("exceeded RMB 8 billion", 0, "", "maas", "arr", "actual", "FY26Q4", "management", "CNY", 8e9),
    ("RMB 10 billion", 0, "", "maas", "arr", "guidance", "2026-06", "management", "CNY", 1e10),
    ("surpass RMB 30 billion", 0, "", "maas", "arr", "guidance", "2026-12-31", "management", "CNY", 3e10),
    ("3.75x", 0, "", "maas", "growth", "derived", None, "author", "multiple", 3.75),
    ("9%", 0, "", "cloud", "ebita_margin", "actual", "FY26Q4", "author", "ratio", 0.09),
    ("teens", 0, "", "cloud", "ebita_margin", "guidance", "FY27Q1-FY27Q2", "management", "ratio", 0.145),
    ("20%", 0, "", "cloud", "ebita_margin", "target", None, "management", "ratio", 0.2),
    ("50-70%", 0, "", "maas", "gross_margin", None, None, "author", "ratio", 0.6),
    ("470,000 units", 0, "", "t_head", "units_delivered", "actual", "FY26Q4", "author", "count", 470_000),
    ("8-10x PE", 0, "", "taotian", "pe", None, None, "author", "multiple", 9.0),
    ("exceeded 1 billion downloads", 0, "", "qwen", "downloads", "actual", None, "author", "count", 1e9),
    ("158 million monthly active users", 0, "", "qwen_app", "mau", "actual", None, "author", "count", 158e6),
    ("30 billion", 0, "", "maas", "arr", None, None, "author", "CNY", 3e10),
    ("exceed USD 100 billion", 0, "", "cloud", "revenue", "target", None, "management", "USD", 1e11),
    ("over 40%", 0, "", "cloud", "cagr", "derived", None, "management", "ratio", 0.4),
    # a company-wide measure on a note line naming no entity is the group's, not the cloud's or MaaS's above
    ("approximately USD 38 billion", 0, "", "group", "net_cash", "actual", "FY26Q4", "author", "USD", 38e9),
    ("8 billion", 0, "Growing from", "maas", "arr", None, None, "author", "CNY", 8e9),
    ("300 billion", 0, "Growing from", "maas", "arr", None, None, "author", "CNY", 3e11),
    ("exceed the 380 billion", 0, "", "group", "capex", "guidance", None, "management", "CNY", 3.8e11),
    ("+8%", 0, "", "taotian", "cmr_growth", "actual", "FY26Q4", "author", "ratio", 0.08),
    # points on a line naming no measure: a step of the CMR growth above; "will last for a year": FY27
    ("-7 percentage points", 0, "", "taotian", "cmr_growth", "actual", "FY26Q4", "author", "pp", -0.07),
    ("-7 percentage point", 0, "", "taotian", "cmr_growth", "estimate", "FY27", "author", "pp", -0.07),
    # a restated guided span narrowed by the "3.1.4 FY27Q1 Outlook" heading
    ("teens", 0, "Key monitoring points", "cloud", "ebita_margin", "guidance", "FY27Q1", "author", "ratio",
     0.145),
    ("21.2 billion yuan", 0, "", "all_others", "loss", "actual", "FY26Q4", "author", "CNY", 21.2e9),
    ("9.8 billion", 0, "", "all_others", "loss", "actual", "FY26Q3", "author", "CNY", 9.8e9),
    ("above 10 billion but below 20 billion USD", 0, "", "all_others", "loss", "guidance", "FY27Q1",
     "management", "USD", 15e9),
    ("36%", 0, "", "cloud", "market_share", None, None, "third_party", "ratio", 0.36),
    ("7.4%", 0, "", None, "revenue_share", "historical", None, "author", "ratio", 0.074),
    ("1.6x PS", 0, "", None, "ps", None, None, "author", "multiple", 1.6),
]  # fmt: skip


@pytest.mark.parametrize(
    ("span", "occ", "after", "entity", "metric", "kind", "period", "speaker", "unit", "value"), CASES
)
def test_specific_claims(
    seed_claims: tuple[str, list[Claim]], span: str, occ: int, after: str, entity: str | None,
    metric: str | None, kind: str | None, period: str | None, speaker: str, unit: str, value: float,
) -> None:  # fmt: skip
    text, claims = seed_claims
    c = _claim(claims, text, span, occ, after)
    assert c.entity == entity
    assert c.metric == metric
    if kind is not None:
        assert c.kind.value == kind
    if period is not None:
        assert c.period is not None and c.period.label == period
    assert c.speaker.value == speaker
    assert str(c.quantity.unit) == unit
    assert c.quantity.value == pytest.approx(value)


def test_range_bounds_and_direction(seed_claims: tuple[str, list[Claim]]) -> None:
    text, claims = seed_claims
    loss = _claim(claims, text, "above 10 billion but below 20 billion USD")
    assert (loss.quantity.low, loss.quantity.high, loss.quantity.bound.value) == (1e10, 2e10, "range")
    assert loss.direction == "above … below"
    assert _claim(claims, text, "surpass RMB 30 billion").direction == "surpass"
    teens = _claim(claims, text, "teens")
    assert (teens.quantity.low, teens.quantity.high) == (0.10, 0.19)


def test_guidance_periods_follow_their_clause(seed_claims: tuple[str, list[Claim]]) -> None:
    text, claims = seed_claims
    june = _claim(claims, text, "RMB 10 billion")
    year_end = _claim(claims, text, "surpass RMB 30 billion")
    assert june.period is not None and year_end.period is not None
    assert (june.period.start, june.period.end) == (date(2026, 6, 1), date(2026, 6, 30))
    assert year_end.period.end == date(2026, 12, 31)


def test_a_guided_share_listed_as_a_condition_has_no_period(seed_claims: tuple[str, list[Claim]]) -> None:
    text, claims = seed_claims
    share = _claim(claims, text, "exceeding 50%")  # "re-rating requires: ... AI revenue share exceeding 50%"
    assert share.kind.value == "guidance" and share.period is None
