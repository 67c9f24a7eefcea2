"""Metric vocabulary of transport, materials, telecom, retail, business-services and health-care-services
calls (helper M13), each checked on sentences of our own with a contrasting case."""

from __future__ import annotations

import pytest

from call_claims import call_metrics


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # payroll cost lines are expenses (README: labor costs, SG&A and their changes `expenses`)
        ("Salaries and benefits increased $8 million.", {"$8 million": "expenses"}),
        ("Salaries and benefits increased 4% on higher incentive compensation.", {"4%": "expenses"}),
        ("Global salaries and wages were $67 million in the quarter.", {"$67 million": "expenses"}),
        ("Employee compensation increased $46 million on higher bonuses.", {"$46 million": "expenses"}),
        ("Compensation and benefits were $15.6 million for the quarter.", {"$15.6 million": "expenses"}),
        # contrast: pay named as incentive "comp" stays unkeyed; a bare "benefits" is no cost line
        ("Incentive comp was $4 million.", {"$4 million": None}),
        ("The benefits reached $3 million.", {"$3 million": None}),
    ],
)  # fmt: skip
def test_payroll_cost_lines_are_expenses(text: str, expected: dict[str, str | None]) -> None:
    assert call_metrics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # retailers and distributors call their employees associates (headcount, as "employees")
        ("We have a team of 500,000 associates.", {"500,000 associates": "headcount"}),
        ("We hired over 6,000 associates in the second half.", {"over 6,000 associates": "headcount"}),
        # contrast: a share of the associates is no share of revenue, and other people are no headcount
        ("Over 75% of our store associates were promoted internally.", {"Over 75%": None}),
        ("We served 3,000 patients.", {"3,000 patients": None}),
    ],
)  # fmt: skip
def test_associates_are_headcount(text: str, expected: dict[str, str | None]) -> None:
    assert call_metrics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a retailer's digital or e-commerce penetration is the share of its sales made online (README,
        # heldout6: "digital sales mix `revenue_share`")
        ("Year-to-date, digital penetration is 35%.", {"35%": "revenue_share"}),
        ("Our online penetration for the quarter was 9%.", {"9%": "revenue_share"}),
        ("Digital sales penetration rate was 19.8%.", {"19.8%": "revenue_share"}),
        ("We expect total digital penetration to exceed 30%.", {"exceed 30%": "revenue_share"}),
        # average revenue per customer, subscriber or account is ARPU
        ("Average revenue per customer grew from $1.8 million to $2.2 million.",
         {"$1.8 million": "arpu", "$2.2 million": "arpu"}),
        ("Average revenue per subscriber was $52.", {"$52": "arpu"}),
        # contrast: a market penetration and a revenue per something else are neither
        ("Market penetration reached 12%.", {"12%": None}),
        ("Revenue per available room was $184.", {"$184": None}),
    ],
)  # fmt: skip
def test_digital_penetration_and_revenue_per_customer(text: str, expected: dict[str, str | None]) -> None:
    assert call_metrics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an effect on sales stated in % is a change of sales (README: currency and acquisition effects in %
        # `revenue_growth`, points added to revenue growth `revenue_growth` `pp`)
        ("FX positively impacted sales by 3%.", {"3%": "revenue_growth"}),
        ("The divestiture impacted sales by 3%, while FX had no effect.", {"3%": "revenue_growth"}),
        ("Timing impacted organic revenue by 100 basis points.", {"100 basis points": "revenue_growth"}),
        ("Net sales were favorably impacted by 5% from changes in currency rates.", {"5%": "revenue_growth"}),
        ("Currency translation affected sales by 9.4% in the quarter.", {"9.4%": "revenue_growth"}),
        # contrast: an effect on a measure with no key is growth; on EPS in cents no metric (README,
        # decided 2026-12-03: per-share impacts are not EPS)
        ("The storm impacted volumes by 3%.", {"3%": "growth"}),
        ("Weather impacted EPS by $0.05.", {"$0.05": None}),
    ],
)  # fmt: skip
def test_effect_on_sales_in_percent_is_revenue_growth(text: str, expected: dict[str, str | None]) -> None:
    assert call_metrics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # sales volumes are units sold, not sales in money: their % change is growth (README: volumes have
        # no key, "sales" named with a % change is revenue_growth only when it is money)
        ("The improvement reflected a 22% increase in sales volume.", {"22%": "growth"}),
        ("Revenue declined 11% on a 13% drop in sales volume.", {"11%": "revenue_growth", "13%": "growth"}),
        # what is shipped is delivered (README: tons sold or shipped `units_delivered`)
        ("We shipped a record 2.2 million tons of cement.", {"2.2 million tons": "units_delivered"}),
        ("Shipments grew 10% against the 10.2 million cases shipped in the quarter.",
         {"10%": "growth", "10.2 million cases": "units_delivered"}),
        # contrast: sales growth stays revenue growth
        ("Net sales grew 12% in the quarter.", {"12%": "revenue_growth"}),
    ],
)  # fmt: skip
def test_sales_volume_and_shipped(text: str, expected: dict[str, str | None]) -> None:
    assert call_metrics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a retailer's SG&A (payroll, occupancy, advertising) leverage in points is a move of that expense
        # ratio to sales (README: SG&A as % of sales and its points `expenses`); "leverage" alone has no key
        ("On strong sales, we saw SG&A leverage 190 basis points.", {"190 basis points": "expenses"}),
        ("Costs were offset by payroll leverage of approximately 105 basis points.",
         {"approximately 105 basis points": "expenses"}),
        ("E-comm penetration was 22% this past year.", {"22%": "revenue_share"}),
        # contrast: financial leverage stays unkeyed
        ("Net leverage improved by 50 basis points.", {"50 basis points": None}),
    ],
)  # fmt: skip
def test_expense_leverage_in_points(text: str, expected: dict[str, str | None]) -> None:
    assert call_metrics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # telecom and utility connections, gross additions and the customer base are customer counts
        # (README: net subscriber additions `customers`; membership counts and their changes `customers`)
        ("Total smartphone connections increased by 13,000 during the quarter.", {"13,000": "customers"}),
        ("Postpaid handset gross additions were 130,000.", {"130,000": "customers"}),
        ("Total cable connections grew 10% to 371,000.", {"10%": "growth", "371,000": "customers"}),
        ("This water system serves approximately 3,000 customer connections.",
         {"approximately 3,000 customer connections": "customers"}),
        ("Our customer base is more than 45,000 in total.", {"more than 45,000": "customers"}),
        # contrast: connections of no customer stay unkeyed
        ("The plant has 12 rail connections.", {"12 rail connections": None}),
    ],
)  # fmt: skip
def test_connections_and_gross_additions_are_customers(text: str, expected: dict[str, str | None]) -> None:
    assert call_metrics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # revenue per patient day or treatment is a price per unit, not revenue (README: revenue per unit has
        # no key, its change is growth); a margin per barrel is no margin level (README: per-unit margins
        # have no metric); the price paid per share bought back is no EPS
        ("Net revenue per patient day increased 10.1% to $2,024.", {"10.1%": "growth", "$2,024": None}),
        ("The West Coast margin per barrel increased 40%.", {"40%": "growth"}),
        ("That equates to a cost per share of $487.53.", {"$487.53": None}),
        # contrast: net revenue itself
        ("Net revenue increased 10.1% to $2 billion.", {"10.1%": "revenue_growth", "$2 billion": "revenue"}),
    ],
)  # fmt: skip
def test_per_unit_revenue_and_margin(text: str, expected: dict[str, str | None]) -> None:
    assert call_metrics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # README conventions: package volumes `units_delivered`, new client wins and net subscriber bases
        # `customers`; a store count is the footprint
        ("Daily volume rose by 39,000 packages per day.", {"39,000 packages": "units_delivered"}),
        ("We had 10 new client wins in the quarter.", {"10 new client wins": "customers"}),
        ("Revenue was driven by growth in our Internet base of approximately 400,000 over the past year.",
         {"approximately 400,000": "customers"}),
        ("This brings the store count to 4,306 at year-end.", {"4,306": "footprint"}),
        # contrast: a count of something else stays unkeyed
        ("We had 10 new patents in the quarter.", {"10 new patents": None}),
    ],
)  # fmt: skip
def test_packages_client_wins_bases_and_store_count(text: str, expected: dict[str, str | None]) -> None:
    assert call_metrics(text) == expected
