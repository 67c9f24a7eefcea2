"""Metric readings that recur across companies (helper M8: metrics the extractor left without a key), each
checked on sentences of our own with a contrasting case."""

from __future__ import annotations

import pytest

from call_claims import call_metrics


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # depreciation and amortization in dollars is an expense (README: "D&A ... in dollars `expenses`")
        ("Depreciation and amortization for the quarter totaled $41 million.", {"$41 million": "expenses"}),
        ("For the year we expect D&A of about $180 million.", {"about $180 million": "expenses"}),
        ("Depreciation for next year is expected to be approximately $430 million.",
         {"approximately $430 million": "expenses"}),
        # contrast: a rate listed before it keeps its own key; a cents step of an EPS bridge has none
        ("Guidance assumes a tax rate of 23%, depreciation and amortization of $195 million.",
         {"23%": "tax_rate", "$195 million": "expenses"}),
        ("Depreciation had a combined negative variance of $0.10.", {"$0.10": None}),
    ],
)  # fmt: skip
def test_depreciation_in_dollars_is_expenses(text: str, expected: dict[str, str | None]) -> None:
    got = call_metrics(text)
    for span, metric in expected.items():
        assert got[span] == metric, (span, got)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a plant or business running at a % of its capacity: a capacity utilisation level
        ("In the quarter, the new mill ran at 112% of rated capacity.", {"112%": "utilization"}),
        ("We have been running at about 95% of the smelter capacity in recent months.",
         {"about 95%": "utilization"}),
        ("We were operating at 30% of capacity to start the quarter.", {"30%": "utilization"}),
        ("The plant is now operating at 100% capacity.", {"100%": "utilization"}),
        # contrast: a share of the capacity, a level against a past base, a level against last year
        ("We retired 70% of our coal capacity.", {"70%": None}),
        ("We flew the schedule while operating at 48% of our pre-COVID capacity.", {"48%": None}),
        ("The foundries are operating at about 90% of prior-year levels.", {"about 90%": None}),
    ],
)  # fmt: skip
def test_running_at_a_share_of_capacity_is_utilization(text: str, expected: dict[str, str | None]) -> None:
    got = call_metrics(text)
    for span, metric in expected.items():
        assert got[span] == metric, (span, got)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a retailer's bare "comp" is its comparable sales, in a call that names them
        ("Comparable sales rose 5% in the quarter. In the last eight weeks, our comp averaged 5.5%.",
         {"5%": "same_store_sales", "5.5%": "same_store_sales"}),
        ("Same-store sales grew 4%. Our two-year comp was 26%.", {"26%": "same_store_sales"}),
        ("Comps were strong. We are planning for a fourth quarter comp in the high single digits.",
         {"high single digits": "same_store_sales"}),
        # contrast: in a call that never names comparable sales, "comp" is a comparison
        ("Pool grew at a low double digit rate against an easy comp.", {"low double digit": "growth"}),
        ("Margins were 40.3%, a 90 basis point improvement versus the comp period.",
         {"40.3%": "operating_margin", "90 basis point": "operating_margin"}),
    ],
)  # fmt: skip
def test_bare_comp_is_comparable_sales_where_named(text: str, expected: dict[str, str | None]) -> None:
    got = call_metrics(text)
    for span, metric in expected.items():
        assert got[span] == metric, (span, got)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # growth, maintenance and sustaining capital are kinds of capital spending (pipelines, refiners)
        ("We continue to expect maintenance capital of $45 million for the year.", {"$45 million": "capex"}),
        ("In the quarter, we spent approximately $100 million of growth capital.",
         {"approximately $100 million": "capex"}),
        ("Sustaining capital was $64 million this quarter.", {"$64 million": "capex"}),
        # contrast: capital with no such word is no capex
        ("Total capital was $3.3 billion at quarter end.", {"$3.3 billion": None}),
    ],
)  # fmt: skip
def test_growth_and_maintenance_capital_are_capex(text: str, expected: dict[str, str | None]) -> None:
    got = call_metrics(text)
    for span, metric in expected.items():
        assert got[span] == metric, (span, got)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # insurers' capital ratios have no metric (README), though "margin" is in the name
        ("The Japan solvency margin ratio was 850% as of March 31.", {"850%": None}),
        ("We ended the quarter with an RBC ratio of 400%.", {"400%": None}),
        # homes being built are no deliveries, even with "deliveries" named later in the sentence
        ("Given the stage of construction for the 9,500 homes currently under construction, we expect"
         " deliveries in the next quarter to be in the range of 5,000 to 5,300 homes.",
         {"9,500 homes": None, "5,000 to 5,300 homes": "units_delivered"}),
        # contrast: a margin named as such
        ("Operating margin was 21% in the quarter.", {"21%": "operating_margin"}),
    ],
)  # fmt: skip
def test_capital_ratios_and_homes_being_built_have_no_key(text: str, expected: dict[str, str | None]) -> None:
    got = call_metrics(text)
    for span, metric in expected.items():
        assert got[span] == metric, (span, got)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # ounces, barrels and gallons sold are units delivered, in the verb or the noun form
        ("Gold sales of 310,000 ounces were above plan.", {"310,000 ounces": "units_delivered"}),
        ("Sales volumes of 75,000 barrels of oil equivalent per day beat guidance.",
         {"75,000 barrels": "units_delivered"}),
        ("The joint venture sold 150 million gallons of renewable diesel.",
         {"150 million gallons": "units_delivered"}),
        # contrast: homes sold are a builder's orders, not deliveries
        ("We sold 2,100 homes in the quarter.", {"2,100 homes": None}),
    ],
)  # fmt: skip
def test_volumes_sold_are_units_delivered(text: str, expected: dict[str, str | None]) -> None:
    got = call_metrics(text)
    for span, metric in expected.items():
        assert got[span] == metric, (span, got)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # EBITDAR is EBITDA before rent (casinos, airlines; README), load factor a utilisation (README)
        ("Companywide EBITDAR was a record $292 million.", {"$292 million": "ebitda"}),
        ("Load factor came in at 78% for the quarter.", {"78%": "utilization"}),
        # contrast: a tenant's EBITDAR rent coverage at a health-care REIT is no profit of the company
        ("EBITDAR coverage was 0.8 times, excluding the $110 million of stimulus funds.",
         {"$110 million": None}),
    ],
)  # fmt: skip
def test_ebitdar_and_load_factor(text: str, expected: dict[str, str | None]) -> None:
    got = call_metrics(text)
    for span, metric in expected.items():
        assert got[span] == metric, (span, got)
