"""Metric vocabulary of sectors no dev file covers (payments, railroads, hotels, banks, waste, retail, media):
lexicon entries checked on sentences of our own, each group with a contrasting case."""

from __future__ import annotations

import pytest

from call_claims import call_metrics


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # deal synergies and savings are no costs, revenue or annualized revenue of the company
        ("We expect cost synergies of $250 million by 2023.", {"$250 million": None}),
        ("Our run-rate expense synergies reached at least $400 million.", {"at least $400 million": None}),
        ("We raised our revenue synergy target to $700 million.", {"$700 million": None}),
        ("We exited the year with $900 million in annualized savings.", {"$900 million": None}),
        # contrast: the company's own costs and revenue keep their keys
        ("Operating expenses were $400 million in the quarter.", {"$400 million": "expenses"}),
        ("Revenue was $700 million for the quarter.", {"$700 million": "revenue"}),
    ],
)
def test_synergies_and_savings_have_no_key(text: str, expected: dict[str, str | None]) -> None:
    assert call_metrics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a price per unit sold is no revenue: its level has no key, its change is price_change (README:
        # revenue per piece, net sales per hectolitre, revenue per requisition; RevPAR's change stays growth)
        ("Revenue per unit improved 7% on higher fuel surcharges.", {"7%": "price_change"}),
        ("Revenue per carload was $2,150 in the quarter.", {"$2,150": None}),
        ("Systemwide RevPAR was $72 in the quarter.", {"$72": None}),
        ("Revenue per available room rose 15% from last year.", {"15%": "growth"}),
        ("Average daily rate was $131 in June.", {"$131": None}),
        ("Carloads were up 9% from last year.", {"9%": "growth"}),
        # contrast: revenue itself
        ("Freight revenue improved 7% on higher volumes.", {"7%": "revenue_growth"}),
        ("Room revenue was $72 million in the quarter.", {"$72 million": "revenue"}),
    ],
)
def test_unit_prices_and_operating_measures(text: str, expected: dict[str, str | None]) -> None:
    assert call_metrics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("We released $350 million in loan loss reserves this quarter.", {"$350 million": None}),
        ("Our CET1 ratio was 10.2% at quarter end.", {"10.2%": None}),
        ("Billed business grew to $320 billion in the quarter.", {"$320 billion": None}),
        ("Proceeds from asset sales were $67 million.", {"$67 million": None}),
        # contrast: a loss and sales stated as such keep their keys
        ("The segment posted an operating loss of $350 million.", {"$350 million": "loss"}),
        ("Net sales were $67 million.", {"$67 million": "revenue"}),
    ],
)
def test_bank_and_disposal_measures_have_no_key(text: str, expected: dict[str, str | None]) -> None:
    assert call_metrics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the growth of net (or total, adjusted) revenue is revenue growth, not a generic growth
        (
            "Merchant delivered high single-digit adjusted net revenue growth for the quarter.",
            {"high single-digit": "revenue_growth"},
        ),
        ("Internal growth was 6.5% in the quarter.", {"6.5%": "revenue_growth"}),
        ("We expect 8% top line growth next year.", {"8%": "revenue_growth"}),
        # contrast: growth of something with no growth key
        ("Loyalty membership grew 14% from last year.", {"14%": "growth"}),
    ],
)
def test_revenue_growth_aliases(text: str, expected: dict[str, str | None]) -> None:
    assert call_metrics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Core price was 5.2% in the quarter.", {"5.2%": "price_change"}),
        ("Selling prices rose 12% from last year.", {"12%": "price_change"}),
        (
            "Apparel delivered comp growth in the low double digits.",
            {"low double digits": "same_store_sales"},
        ),
        # contrast: a price level paid or a growth with no comparable-store words
        ("Commodity prices increased to $170 per ton.", {"$170": None}),
        ("Apparel delivered growth in the low double digits.", {"low double digits": "growth"}),
    ],
)
def test_price_and_comparable_sales_aliases(text: str, expected: dict[str, str | None]) -> None:
    assert call_metrics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("We reported a diluted loss per share of $0.08.", {"$0.08": "eps"}),
        ("Property additions were $627 million through June.", {"$627 million": "capex"}),
        (
            "We ended the quarter with 196 million paid subscriptions.",
            {"196 million paid subscriptions": "customers"},
        ),
        ("We sold the hotels at an average EBITDA multiple of 17.5 times.", {"17.5 times": "ev_ebitda"}),
        ("We expect marketing spend of about $5 billion next year.", {"about $5 billion": "subsidy"}),
        ("Bad debt expense was about $10 million.", {"about $10 million": "expenses"}),
        # contrast: a net loss in money stays a loss; five business units are no units delivered
        ("We reported a net loss of $9 million.", {"$9 million": "loss"}),
        ("Five business units grew faster than their markets.", {"Five business units": None}),
        ("We shipped 5,000 units in the quarter.", {"5,000 units": "units_delivered"}),
    ],
)
def test_aliases_of_existing_keys(text: str, expected: dict[str, str | None]) -> None:
    assert call_metrics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # operating profit as a percentage of sales is the operating margin, like gross profit's
        (
            "Operating profit as a percentage of sales was 9.8%, a decrease of 219 basis points.",
            {"9.8%": "operating_margin", "219 basis points": "operating_margin"},
        ),
        # contrast: the operating profit itself, in money
        ("Operating profit was $850 million.", {"$850 million": "operating_income"}),
    ],
)
def test_operating_profit_as_a_percentage_of_sales(text: str, expected: dict[str, str | None]) -> None:
    assert call_metrics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "we earned $X or $Y per common share": the net income and its amount per share
        (
            "We earned $2.4 billion or $0.88 per common share in the quarter.",
            {"$2.4 billion": "net_income", "$0.88 per common share": "eps"},
        ),
        # contrast: a dividend per common share stays the dividend
        ("The board declared a dividend of $0.21 per common share.", {"$0.21 per common share": "dividend"}),
        # project returns and hurdles are no tax rate; pay tied to revenue is no revenue
        ("Wells must earn a 60% after-tax rate of return.", {"60%": None}),
        ("We raised our hurdle rate to 25%.", {"25%": None}),
        ("Revenue-related compensation was about $900 million.", {"about $900 million": None}),
        # contrast: the tax rate and revenue themselves
        ("The adjusted effective tax rate was 21%.", {"21%": "tax_rate"}),
        ("Revenue was about $900 million.", {"about $900 million": "revenue"}),
    ],
)
def test_earnings_returns_and_pay(text: str, expected: dict[str, str | None]) -> None:
    assert call_metrics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # money left on an authorization is the share repurchase program's
        (
            "We have approximately $3 billion remaining on our authorization.",
            {"approximately $3 billion": "buyback"},
        ),
        # contrast: a regulator's authorization of a product
        (
            "After emergency use authorization, we shipped 40 million tests.",
            {"40 million tests": "units_delivered"},
        ),
    ],
)
def test_repurchase_authorization(text: str, expected: dict[str, str | None]) -> None:
    assert call_metrics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # restaurants', hotels' and stores' unit growth is a growth of its own, not of the sales named before
        (
            "System sales grew 12%, driven by 8% same-store sales growth and 4% unit growth.",
            {"12%": "revenue_growth", "8%": "same_store_sales", "4%": "growth"},
        ),
        ("We opened 310 net new units in the quarter.", {"310 net new units": "footprint"}),
        # a builder's homes closed are its deliveries
        (
            "Revenue of $2 billion came on 5,400 homes closed.",
            {"$2 billion": "revenue", "5,400 homes": "units_delivered"},
        ),
        # contrast: same-store sales growth itself, and homes still to be built
        ("Same-store sales growth was 8% in the quarter.", {"8%": "same_store_sales"}),
        ("We started 5,400 homes in the quarter.", {"5,400 homes": None}),
    ],
)
def test_unit_growth_and_homes_closed(text: str, expected: dict[str, str | None]) -> None:
    assert call_metrics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # counts of events have no key: their moves are growth, not of the sales named before them
        (
            "Aftermarket sales were up 30% in the quarter with engine shop visits up 45%.",
            {"30%": "revenue_growth", "45%": "growth"},
        ),
        ("Knee sales grew 6%, with procedures up 9%.", {"6%": "revenue_growth", "9%": "growth"}),
        # contrast: a sales channel that moved is still sales
        (
            "Aftermarket sales were up 30% in the quarter with OE sales up 12%.",
            {"30%": "revenue_growth", "12%": "revenue_growth"},
        ),
    ],
)
def test_counts_of_events(text: str, expected: dict[str, str | None]) -> None:
    assert call_metrics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # insurers' reserve development has no key (README, round 2)
        ("Favorable loss reserve development was $1.6 million in the quarter.", {"$1.6 million": None}),
        # contrast: a loss stated as such
        ("The segment reported a loss of $1.6 million in the quarter.", {"$1.6 million": "loss"}),
    ],
)
def test_reserve_development(text: str, expected: dict[str, str | None]) -> None:
    assert call_metrics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # hotels, branches and boutiques are counted like stores and restaurants
        ("We opened 100 hotels over the trailing 12 months.", {"100 hotels": "footprint"}),
        ("We ended the quarter with 1,279 boutiques.", {"1,279 boutiques": "footprint"}),
        ("We consolidated nearly 600 branches.", {"nearly 600 branches": "footprint"}),
        # contrast: hotel rooms are no footprint key of their own
        ("The pipeline holds 101,000 rooms.", {"101,000 rooms": None}),
    ],
)
def test_hotels_and_branches(text: str, expected: dict[str, str | None]) -> None:
    assert call_metrics(text) == expected


def test_operating_earnings_per_share() -> None:
    # insurers' "operating earnings per share" is earnings per share, not operating income
    assert call_metrics("We reported adjusted operating earnings per share of $7.54.") == {"$7.54": "eps"}
    # contrast: operating earnings in money
    assert call_metrics("Operating earnings were $310 million.") == {"$310 million": "operating_income"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # profit per unit sold is neither the profit nor its margin (its move is growth)
        ("Operating profit per unit rose 28% to over $56,000.", {"28%": "growth", "over $56,000": None}),
        # contrast: the operating profit itself
        ("Operating profit rose 28% to $560 million.", {"28%": "growth", "$560 million": "operating_income"}),
    ],
)
def test_profit_per_unit(text: str, expected: dict[str, str | None]) -> None:
    assert call_metrics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a services firm's new sales are its bookings: no key, their move is growth
        ("In banking, new sales grew 17% year-over-year.", {"17%": "growth"}),
        # contrast: sales themselves
        ("In banking, sales grew 17% year-over-year.", {"17%": "revenue_growth"}),
    ],
)
def test_new_sales_are_bookings(text: str, expected: dict[str, str | None]) -> None:
    assert call_metrics(text) == expected


def test_a_cash_yield_is_no_cash() -> None:
    text = "Our total projected investment is $73 million, with a targeted cash yield of 6.8%."
    assert call_metrics(text) == {"$73 million": None, "6.8%": None}
    # contrast: cash itself
    assert call_metrics("We ended the quarter with $73 million of cash.") == {"$73 million": "cash"}
