"""Scoring of predicted claims against labels, on small hand-made dicts (no extractor needed)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from thesisledger.extract.evaluate import (
    LabelError,
    Scores,
    load_labels,
    match,
    period_bounds,
    resolve_offsets,
    score,
    validate_claim,
)
from thesisledger.periods.calendar import FiscalCalendar

MARCH = FiscalCalendar(3)


def claim(start: int, end: int, **kw: Any) -> dict[str, Any]:
    base: dict[str, Any] = {
        "start": start,
        "end": end,
        "span_text": "x" * (end - start),
        "value": 0.09,
        "low": 0.09,
        "high": 0.09,
        "bound": "eq",
        "unit": "ratio",
        "metric": "ebita_margin",
        "period": "FY26Q4",
        "kind": "actual",
        "speaker": "author",
        "entity": "cloud",
    }
    base.update(kw)
    return base


def test_perfect_prediction_scores_one_everywhere() -> None:
    gold = [claim(0, 2), claim(10, 14, value=0.2, low=0.2, high=0.2)]
    s = score([dict(g) for g in gold], gold)
    for f in ("span", "value", "unit", "bound", "quantity", "metric", "period", "kind", "speaker"):
        assert (s.field(f).precision, s.field(f).recall, s.field(f).f1) == (1.0, 1.0, 1.0)
    assert s.mismatches == ()


def test_partial_overlap_matches_and_wrong_field_counts_against_recall_and_precision() -> None:
    gold = [claim(5, 20), claim(30, 33)]
    pred = [claim(12, 20, kind="guidance"), claim(50, 53)]  # one overlap, one spurious, one missed
    s = score(pred, gold)
    assert s.field("span").recall == 0.5
    assert s.field("span").precision == 0.5
    assert s.field("kind").recall == 0.0
    assert s.field("metric").recall == 0.5
    fields = sorted(m.field for m in s.mismatches)
    assert fields == ["kind", "missed", "spurious"]


def test_matching_is_one_to_one_largest_overlap_first() -> None:
    gold = [claim(0, 10), claim(10, 12)]
    pred = [claim(8, 12)]  # overlaps gold 0 by 2 chars and gold 1 by 2 chars: nearest start wins
    assert match(pred, gold) == [(0, 1)]
    pred2 = [claim(0, 12), claim(10, 12)]
    assert match(pred2, gold) == [(0, 0), (1, 1)]


def test_quantity_needs_value_unit_and_bound_together() -> None:
    gold = [claim(0, 3)]
    s = score([claim(0, 3, unit="pp")], gold)
    assert s.field("value").recall == 1.0
    assert s.field("unit").recall == 0.0
    assert s.field("quantity").recall == 0.0
    s2 = score([claim(0, 3, high=None, bound="gt")], gold)
    assert (s2.field("bound").recall, s2.field("value").recall, s2.field("quantity").recall) == (
        0.0,
        0.0,
        0.0,
    )


def test_values_compare_with_float_tolerance() -> None:
    gold = [claim(0, 3, value=0.145, low=0.1, high=0.19, bound="range")]
    pred = [claim(0, 3, value=0.10 + (0.19 - 0.10) / 2, low=0.1, high=0.19, bound="range")]
    assert score(pred, gold).field("quantity").recall == 1.0


def test_period_matches_by_label_or_by_dates() -> None:
    gold = [claim(0, 3, period="FY27Q1-FY27Q2"), claim(5, 8, period="2026-06"), claim(9, 12, period=None)]
    pred = [
        claim(0, 3, period="next two quarters", period_start="2026-04-01", period_end="2026-09-30"),
        claim(5, 8, period="June 2026"),
        claim(9, 12, period=None),
    ]
    s = score(pred, gold, calendar=MARCH)
    assert s.field("period").correct == 3
    wrong = [claim(9, 12, period="FY26Q4")]
    assert score(wrong, [gold[2]], calendar=MARCH).field("period").correct == 0


def test_period_bounds_reads_label_forms() -> None:
    assert period_bounds("FY26Q4", MARCH) == (date(2026, 1, 1), date(2026, 3, 31))
    assert period_bounds("FY27", MARCH) == (date(2026, 4, 1), date(2027, 3, 31))
    assert period_bounds("FY27Q1-Q2", MARCH) == (date(2026, 4, 1), date(2026, 9, 30))
    assert period_bounds("2015Q1", MARCH) == (date(2015, 1, 1), date(2015, 3, 31))  # calendar form
    assert period_bounds("2021H1") == (date(2021, 1, 1), date(2021, 6, 30))
    assert period_bounds("2026-2031") == (date(2026, 1, 1), date(2031, 12, 31))
    assert period_bounds("2024-02") == (date(2024, 2, 1), date(2024, 2, 29))
    assert period_bounds("2026-05-15/2031-05-15") == (date(2026, 5, 15), date(2031, 5, 15))
    assert period_bounds("2026-12-31") == (date(2026, 12, 31), date(2026, 12, 31))
    assert period_bounds("someday") is None


def test_predictions_outside_regions_are_ignored() -> None:
    gold = [claim(0, 3)]
    s = score([claim(0, 3), claim(100, 103)], gold, regions=[[0, 50]])
    assert s.n_pred == 1
    assert s.field("span").precision == 1.0


def test_scores_add_up_across_documents() -> None:
    a = score([claim(0, 3)], [claim(0, 3)])
    b = score([], [claim(0, 3)])
    total = Scores.empty() + a + b
    assert (total.n_gold, total.n_pred, total.field("span").recall) == (2, 1, 0.5)


def test_no_predictions_gives_zero_not_an_error() -> None:
    s = score([], [claim(0, 3)])
    assert (s.field("span").precision, s.field("span").recall, s.field("span").f1) == (0.0, 0.0, 0.0)


def test_load_labels_reads_header_and_claims(tmp_path: Path) -> None:
    p = tmp_path / "x.jsonl"
    header = {"_header": True, "doc": "d.txt", "company": None, "date": "2021-05-05", "set": "heldout"}
    p.write_text(json.dumps(header) + "\n" + json.dumps(claim(0, 3)) + "\n\n", encoding="utf-8")
    lf = load_labels(p)
    assert (lf.doc, lf.company, lf.date, lf.split, len(lf.claims)) == (
        "d.txt",
        None,
        date(2021, 5, 5),
        "heldout",
        1,
    )


def test_load_labels_rejects_bad_json_with_line_number(tmp_path: Path) -> None:
    p = tmp_path / "bad.jsonl"
    p.write_text('{"_header": true, "doc": "d.txt"}\n{not json\n', encoding="utf-8")
    with pytest.raises(LabelError, match=r"bad.jsonl:2"):
        load_labels(p)


def test_resolve_offsets_from_sentence() -> None:
    text = "Intro. Sales rose 5% to $2 billion. Margins were 9%."
    lab = {"sentence": "Margins were 9%.", "span_text": "9%"}
    (c,) = resolve_offsets([lab], text)
    assert text[c["start"] : c["end"]] == "9%"
    with pytest.raises(LabelError):
        resolve_offsets([{"sentence": "absent", "span_text": "9%"}], text)


def test_validate_claim_flags_vocabulary_and_bound_shape() -> None:
    assert validate_claim(claim(0, 3)) == []
    errs = validate_claim(claim(0, 3, kind="promise", unit="furlongs", bound="gt"))
    assert len(errs) == 3  # kind, unit, gt with high set
