"""A part's growth after a named revenue growth (helper MG; README, decided 2026-12-03): a % tied by its own
change word to a business, region or product after the revenue growth is `growth`, unless its own phrase
names sales or revenue or a revenue bridge step. Sentences of our own, each with a contrasting case."""

from __future__ import annotations

import pytest

from call_claims import call_metrics


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Net sales grew 9% in the quarter, with double-digit growth in our packaging business.",
            {"9%": "revenue_growth", "double-digit": "growth"},
        ),
        (
            "We grew our revenue 14% in the quarter, with 20% growth internationally.",
            {"14%": "revenue_growth", "20%": "growth"},
        ),
        (
            "Segment revenue growth reached 8%, driven by strong card processing growth of 12%.",
            {"8%": "revenue_growth", "12%": "growth"},
        ),
        (
            "Organic growth was 7%, with Coatings up 11% and Sealants down 2%.",
            {"11%": "growth", "2%": "growth"},
        ),
    ],
)
def test_part_growth_after_named_revenue_growth(text: str, expected: dict[str, str | None]) -> None:
    got = call_metrics(text)
    assert {span: got.get(span, "missing") for span in expected} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the part's own phrase names sales or revenue, or a step of the revenue bridge
        (
            "Net sales grew 9% in the quarter, with 12% growth in our packaging sales.",
            {"12%": "revenue_growth"},
        ),
        ("Net sales grew 9% in the quarter, with 7% growth in constant currency.", {"7%": "revenue_growth"}),
        # the change word is a period's or the whole's, not a part's
        (
            "Revenue was down 13% in the quarter, versus down 24% in the fourth quarter.",
            {"24%": "revenue_growth"},
        ),
        (
            "Revenue for the quarter was $2 billion, reflecting reported growth of 23%.",
            {"23%": "revenue_growth"},
        ),
        ("Revenues from cloud, storage and networking grew 15%.", {"15%": "revenue_growth"}),
        (
            "We expect segment revenue to be down about 15% in the second half, including being down 20%"
            " in the fourth quarter.",
            {"20%": "revenue_growth"},
        ),
    ],
)
def test_revenue_growth_kept(text: str, expected: dict[str, str | None]) -> None:
    got = call_metrics(text)
    assert {span: got.get(span, "missing") for span in expected} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Segment revenue grew 12%, with coatings growing 18% and adhesives sales declining by 3%.",
            {"18%": "growth", "3%": "revenue_growth"},
        ),
        # contrast: the number's own clause names sales
        (
            "Segment revenue grew 12%, with coatings sales growing 18% and adhesives sales declining by 3%.",
            {"18%": "revenue_growth"},
        ),
    ],
)
def test_part_growth_before_the_next_items_sales(text: str, expected: dict[str, str | None]) -> None:
    got = call_metrics(text)
    assert {span: got.get(span, "missing") for span in expected} == expected
