"""Which metric a number measures: lexicon entries and attachment rules, on sentences of our own."""

from __future__ import annotations

from datetime import date

import pytest

from thesisledger.documents import Document, DocumentKind
from thesisledger.extract import extract_claims
from thesisledger.extract.metrics import UNKEYED, metric_lexicon


def _metrics(text: str) -> list[tuple[str, str | None]]:
    doc = Document(text=text, title="t", kind=DocumentKind.NOTE, date=date(2021, 7, 21))
    return [(c.span_text, c.metric) for c in extract_claims(doc)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # measures the vocabulary has no key for: no metric, a % change of them is growth
        (
            "Orders for the quarter were $3.1 billion, up 58% from last year.",
            [("$3.1 billion", None), ("58%", "growth")],
        ),
        ("Interest-bearing deposit costs came down 3 basis points.", [("3 basis points", None)]),
        ("The provision for credit losses was $40 million.", [("$40 million", None)]),
        ("Our net interest margin was 2.47%.", [("2.47%", None)]),
        ("Backlog ended the quarter at $2.1 billion.", [("$2.1 billion", None)]),
        ("Total loan growth would have been 4.3%.", [("4.3%", "growth")]),
        ("We delivered 12% volume growth in the quarter.", [("12%", "growth")]),
        ("Net leverage was 2.5 times at quarter end.", [("2.5 times", None)]),
        ("Adjusted free cash flow margin rose to 27% this year.", [("27%", None)]),
    ],
)
def test_unkeyed_measures(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _metrics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Comparable restaurant sales increased 10.2%.", [("10.2%", "same_store_sales")]),
        ("Organic growth was 7% in the quarter.", [("7%", "revenue_growth")]),
        ("Cash flow from operating activities was $1.2 billion.", [("$1.2 billion", "operating_cash_flow")]),
        ("Our effective rate for the quarter was 20.4%.", [("20.4%", "tax_rate")]),
        ("Adjusted EBITDA margins were 29%.", [("29%", "ebitda_margin")]),
        ("The remaining $125 million were purchased in the open market.", [("$125 million", "buyback")]),
        (
            "In the cable segment, margins were 6.1%, up 60 basis points sequentially.",
            [("6.1%", "operating_margin"), ("60 basis points", "operating_margin")],
        ),
    ],
)
def test_lexicon_phrasing(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _metrics(text) == expected


def test_margin_change_then_level() -> None:
    text = "Operating income was up 8% and margins expanded 170 basis points to 25.5% from higher volume."
    assert _metrics(text) == [
        ("8%", "growth"),
        ("170 basis points", "operating_margin"),
        ("25.5%", "operating_margin"),
    ]


def test_phrase_leading_into_the_next_number_is_that_numbers() -> None:
    text = "We repurchased 2 million shares for $150 million at an average price of $75."
    found = dict(_metrics(text))
    assert found["$150 million"] == "buyback"
    assert found["$75"] is None


def test_phrase_after_a_nearer_number_is_not_this_ones() -> None:
    text = "Operating profit was $447 million, up 20% with 8.8% operating profit margin."
    assert _metrics(text) == [
        ("$447 million", "operating_income"),
        ("20%", "growth"),
        ("8.8%", "operating_margin"),
    ]


def test_restated_number_keeps_the_phrase_after_it() -> None:
    found = dict(_metrics("Results include $6 million or $0.09 of amortization expense."))
    assert found["$6 million"] == "expenses"


def test_time_window_after_a_phrase_does_not_take_it() -> None:
    assert _metrics("That implies a 3.75x growth within six months.") == [("3.75x", "growth")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Operating income was $175 million, or 22% of sales.", "operating_margin"),
        ("Operating cash flow was $411 million, or 109% of adjusted net income.", None),
        ("AI revenue reached $9 billion, accounting for 30% of external revenue.", "ai_revenue_share"),
        ("The interconnect segment, which comprised 96% of our sales, was up 34%.", "revenue_share"),
    ],
)
def test_share_read_with_its_subject(text: str, expected: str | None) -> None:
    shares = [m for span, m in _metrics(text) if span.endswith("%") and span != "34%"]
    assert shares == [expected]


def test_share_words_must_be_the_numbers_own() -> None:
    text = "The 100% recycled bottle is sold in 30 markets representing 30% of our sales."
    found = _metrics(text)
    assert found[0] == ("100%", None)
    assert found[-1] == ("30%", "revenue_share")


def test_unkeyed_phrases_are_found_but_name_no_metric() -> None:
    lex = metric_lexicon()
    assert lex.key_for("net new orders") == UNKEYED
    assert lex.key_for("gross margin") == "gross_margin"
    assert UNKEYED not in lex.metrics
    # a short one matches only in capitals, like the acronym aliases
    assert [h.key for h in lex.index.find("NIM fell; nim is no word")] == [UNKEYED]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a change stated with a move word the growth cues lacked
        (
            "Total sales were $2.3 billion, 51% higher than last year.",
            [("$2.3 billion", "revenue"), ("51%", "revenue_growth")],
        ),
        ("Organic sales decreased 8%.", [("8%", "revenue_growth")]),
        # "X grew 8% to $Y": the number between does not take X from the new level
        (
            "We increased our quarterly dividend by 55% to $0.17 per share.",
            [("55%", "growth"), ("$0.17 per share", "dividend")],
        ),
        # "per share" inside another number names that number only
        (
            "Net income was $17.7 million, or $0.35 per diluted share, compared to $41 million a year ago.",
            [
                ("$17.7 million", "net_income"),
                ("$0.35 per diluted share", "eps"),
                ("$41 million", "net_income"),
            ],
        ),
        ("Diluted net earnings per share were $1.76.", [("$1.76", "eps")]),
        (
            "We paid $144 million in dividends and repurchasing $186 million in shares.",
            [("$144 million", "dividend"), ("$186 million", "buyback")],
        ),
        # a basis-point change is not of what a percentage is taken of
        (
            "SG&A as a percentage of revenue was 11.9%, 110 basis points better than guidance.",
            [("11.9%", "expenses"), ("110 basis points", "expenses")],
        ),
        (
            "Return on equity was 14.5%, a 570 basis point improvement.",
            [("14.5%", None), ("570 basis point", None)],
        ),
        # "a N% increase in X": the change of X
        (
            "We leveraged 58% growth in housing revenues to generate a 216% increase in operating income.",
            [("58%", "revenue_growth"), ("216%", "growth")],
        ),
        ("Deliveries rose, with a 13% increase in average selling price.", [("13%", "growth")]),
        # "$N of X": the noun the number is of
        (
            "We ended the year with $85 million of cash and working capital of $40 million.",
            [("$85 million", "cash"), ("$40 million", None)],
        ),
        ("Acquisitions added $19 million of revenue in the quarter.", [("$19 million", "revenue")]),
        (
            "Adjusted operating margin was up 190 basis points as volume recovered.",
            [("190 basis points", "operating_margin")],
        ),
        # an impact "to" a metric is a change of it
        (
            "We expect a currency headwind of 2% to the top line and 3% to operating income.",
            [("2%", "revenue_growth"), ("3%", "growth")],
        ),
        # a money metric against its plan
        ("Efficiencies drove capital spending 7% below guidance.", [("7%", "capex")]),
        ("Revenue came in 3% above our outlook.", [("3%", "revenue")]),
        # a per-share amount the sentence says is the dividend
        (
            "Our quarterly dividend payable in October was raised again, to $0.52 per share.",
            [("$0.52 per share", "dividend")],
        ),
        # the level a named rate moved from or to is that rate
        (
            "In the cable segment, margins were 8.8%, which increased from 7.6% a year ago.",
            [("8.8%", "operating_margin"), ("7.6%", "operating_margin")],
        ),
        ("Adjusted G&A as a percentage of net revenue was up year-over-year to 17%.", [("17%", "expenses")]),
        (
            "Operating margin as a percentage of revenues increased to 39.5% from 38.8%.",
            [("39.5%", "operating_margin"), ("38.8%", "operating_margin")],
        ),
        # a count of its own noun is no count metric named beside it; shares still count a buyback
        (
            "The tool tracks 12 million components for our stores and over 3,000 supplier locations.",
            [("12 million components", None), ("over 3,000 supplier locations", None)],
        ),
        ("We bought back 1.4 million shares in the quarter.", [("1.4 million shares", "buyback")]),
        ("We opened 25 new stores in 9 countries.", [("25 new stores", "footprint"), ("9 countries", None)]),
        (
            "We now serve 18,000 more natural gas customers.",
            [("18,000 more natural gas customers", "customers")],
        ),
        ("Shipments were 2.1 million tons in the quarter.", [("2.1 million tons", "units_delivered")]),
        # a growth phrase after the number is the growth of the metric named last before it
        (
            "Next year we see net sales of $2.2 billion to $2.3 billion, representing 11% annual growth.",
            [("$2.2 billion to $2.3 billion", "revenue"), ("11%", "revenue_growth")],
        ),
        (
            "Net sales were $2.2 billion, and EBITDA reached $400 million, representing 11% annual growth.",
            [("$2.2 billion", "revenue"), ("$400 million", "ebitda"), ("11%", "growth")],
        ),
        # basis points of a headwind or tailwind that names no metric are part of the growth stated before
        (
            "We see net sales of $2.2 billion, representing 11% annual growth, including 150 basis points of "
            "currency tailwind.",
            [("$2.2 billion", "revenue"), ("11%", "revenue_growth"), ("150 basis points", "revenue_growth")],
        ),
        (
            "Orders were up 9% this year, inclusive of a 200-basis-point tailwind from pricing.",
            [("9%", "growth"), ("200-basis-point", "growth")],
        ),
        ("Foreign exchange was a 120 basis point headwind.", [("120 basis point", "growth")]),
        (
            "Net sales rose 12%, with a 40 basis point headwind to gross margin.",
            [("12%", "revenue_growth"), ("40 basis point", "gross_margin")],
        ),
    ],
)
def test_attachment(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _metrics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "core" growth is organic growth (Danaher, Fortive ...): revenue growth
        (
            "Core sales grew 9% and core revenue reached $3 billion.",
            [("9%", "revenue_growth"), ("$3 billion", "revenue")],
        ),
        ("We see core growth of 5% to 6% for the year.", [("5% to 6%", "revenue_growth")]),
        ("Diluted net earnings per common share were $1.30.", [("$1.30", "eps")]),
        ("The gross profit percentage rose to 33.5%.", [("33.5%", "gross_margin")]),
        # incremental margins, fall-through and conversion are ratios the vocabulary has no key for
        ("Incremental margins were 38% on the added volume.", [("38%", None)]),
        ("We expect operating profit fall-through of about 35% next year.", [("about 35%", None)]),
        ("Free cash flow conversion was 104% of net income.", [("104%", None)]),
        ("After-tax return on capital improved to 27.4%.", [("27.4%", None)]),
    ],
)
def test_lexicon_phrasing_round4(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _metrics(text) == expected


def test_new_level_after_a_stated_change_is_the_rate() -> None:
    text = "Segment operating margin declined 150 basis points year-over-year to 18.2% on lower volume."
    assert _metrics(text) == [("150 basis points", "operating_margin"), ("18.2%", "operating_margin")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a change word with "only" or "in the" before the level
        (
            "Equipment was down only 2% while restaurants were down in the low teens.",
            [("2%", "growth"), ("low teens", "growth")],
        ),
        # "by $X or N%": the % restates the change
        (
            "We are raising our full-year EPS guidance by $0.25, or 5%.",
            [("$0.25", None), ("5%", "growth")],  # a step of guided EPS (README, decided 2026-12-03)
        ),
        # "helped by" names a cause, no change: the % after it does not continue one
        (
            "The quarter was helped by $40 million of insurance proceeds and 12% of the total was one-time.",
            [("$40 million", None), ("12%", None)],
        ),
        # counts shipped are units delivered, whatever the noun; so is the same noun counted again
        (
            "We shipped 3 million test kits and now expect to ship about 12 million kits this year, above "
            "our earlier view of 10 million kits.",
            [
                ("3 million test kits", "units_delivered"),
                ("about 12 million kits", "units_delivered"),
                ("10 million kits", "units_delivered"),
            ],
        ),
        ("We plan to deliver 150 new wells to production.", [("150 new wells", None)]),
    ],
)
def test_changes_and_shipments(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _metrics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a growth "in" a part (segment, region, product line) is the growth the sentence named before it
        (
            "We saw high single-digit organic growth in filtration and double-digit growth in sensors.",
            [("high single-digit", "revenue_growth"), ("double-digit", "revenue_growth")],
        ),
        # ... but a part's growth in a phrase of its own after a named revenue growth is `growth` (README,
        # decided 2026-12-03, seventh session)
        (
            "Net sales grew 6%, with 15% growth in Asia.",
            [("6%", "revenue_growth"), ("15%", "growth")],
        ),
        # ... not when another measure stands between, or when what grew is a measure itself
        (
            "Organic growth was 6%, and free cash flow was strong, with 15% growth in Asia.",
            [("6%", "revenue_growth"), ("15%", "growth")],
        ),
        (
            "Comps rose 4%, with 8% growth in average unit retail.",
            [("4%", "same_store_sales"), ("8%", "growth")],
        ),
        # a share "of the business" is a share of its sales
        (
            "Aftermarket, which is about 40% of our industrial business, was up 6%.",
            [("about 40%", "revenue_share"), ("6%", "growth")],
        ),
    ],
)
def test_growth_of_a_part_and_share_of_business(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _metrics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # dividends: the change and the new level, with words between them
        (
            "We raised the quarterly dividend by 7% this quarter to $0.62 per share.",
            [("7%", "growth"), ("$0.62 per share", "dividend")],
        ),
        ("After the spin-off we decreased our dividend by 12%.", [("12%", "growth")]),
        # a count metric named as the object of "to" is not what changed
        ("Sales to industrial customers decreased 11% in the quarter.", [("11%", "revenue_growth")]),
        # cash returned to shareholders, book value and price/cost have no key
        (
            "We returned $540 million to shareholders through dividends and buybacks.",
            [("$540 million", None)],
        ),
        ("Tangible book value per share rose to $31.20.", [("$31.20", None)]),
        ("Price/cost was a $45 million headwind to operating income.", [("$45 million", None)]),
    ],
)
def test_capital_return_and_book_value(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _metrics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "EBITDA is down 18%" leads into its own number, not back to the one before
        (
            "Net sales were down 12%, adjusted EBITDA is down 18%.",
            [("12%", "revenue_growth"), ("18%", "growth")],
        ),
        # ... but what a share is taken of stays the share's, though a change follows it
        (
            "Segment operating income of $40 million or 12% of sales grew $6 million.",
            [
                ("$40 million", "operating_income"),
                ("12%", "operating_margin"),
                ("$6 million", "operating_income"),
            ],
        ),
    ],
)
def test_phrase_leading_on(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _metrics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a business or segment that grew "organically" is `growth` (README: a business named without
        # "revenue"); the whole company, or sales named, grew its sales; a measure named keeps its change
        ("The aftermarket business grew 11% organically.", [("11%", "growth")]),
        ("The fuel category was down organically about 4%.", [("about 4%", "growth")]),
        ("We grew 7% organically in the quarter.", [("7%", "revenue_growth")]),
        ("Overall, the company was up 5% organically.", [("5%", "revenue_growth")]),
        ("Orders were down 19% organically.", [("19%", "growth")]),
        ("Adjusted diluted EPS grew 12% organically.", [("12%", "growth")]),
        # "with units down 28%": the units are what fell
        ("Consumer revenue was down 6%, with units down 28%.", [("6%", "revenue_growth"), ("28%", "growth")]),
        # "increase in <something>" names what increased, not a part of the growth before
        (
            "Organic growth was 18%, compared to a 13% increase in global vehicle production.",
            [("18%", "revenue_growth"), ("13%", "growth")],
        ),
        # "grew <an unkeyed measure> by N%": a change of it
        ("The division grew its backlog by 35% versus a year ago.", [("35%", "growth")]),
        (
            "Its backlog stood at $3 billion, or 35% of annual sales.",
            [("$3 billion", None), ("35%", "revenue_share")],
        ),
    ],
)
def test_organically_and_grown_by(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _metrics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # pricing as a change of the company's own prices; prices assumed or paid are not
        (
            "Aggregates pricing increased 6% while volume declined 2%.",
            [("6%", "price_change"), ("2%", "growth")],
        ),
        ("That is a free cash flow yield of about 15% at today's pricing.", [("about 15%", None)]),
        # basis points of an effect "to" a named margin are that margin's
        (
            "Pricing was a 90 basis point benefit to gross margin.",
            [("90 basis point", "gross_margin")],
        ),
        # gross profit as a percentage of sales is the gross margin
        (
            "Gross profit as a percentage of sales improved by 240 basis points.",
            [("240 basis points", "gross_margin")],
        ),
        # a new level after the change, named as a record
        (
            "Operating margin expanded 150 basis points to a fourth quarter record of 21.4%.",
            [("150 basis points", "operating_margin"), ("21.4%", "operating_margin")],
        ),
    ],
)
def test_pricing_and_margin_phrasing(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _metrics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # restaurant cost lines are expenses; restaurants counted are the footprint
        ("Restaurant labor was 40 basis points lower than last year.", [("40 basis points", "expenses")]),
        ("Food and beverage costs were 31.2% of sales.", [("31.2%", "expenses")]),
        ("We opened 14 net new restaurants in the quarter.", [("14 net new restaurants", "footprint")]),
        # cash used in operations is the operating cash flow, not cash on hand
        (
            "Cash from operations was $80 million versus cash used in operating activities of $12 million.",
            [("$80 million", "operating_cash_flow"), ("$12 million", "operating_cash_flow")],
        ),
    ],
)
def test_restaurant_and_cash_flow_phrasing(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _metrics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "..., which represents an increase of N%": the growth of the metric stated before the clause
        (
            "Segment revenues totaled $512 million, which represents an increase of 4.4% over last year.",
            [("$512 million", "revenue"), ("4.4%", "revenue_growth")],
        ),
        # "lower than ... by N%": a change stated with its word well before the amount
        (
            "Service revenue was $40 million, which is lower than the prior-year period by 3.2%.",
            [("$40 million", "revenue"), ("3.2%", "revenue_growth")],
        ),
    ],
)
def test_change_stated_before_the_number(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _metrics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # payout and loss ratios have no key, even with a raise or a "net loss" inside them
        ("We raised our targeted dividend payout ratio from 25% to 35%.", [("25%", None), ("35%", None)]),
        ("The net loss ratio decreased to 61.2%.", [("61.2%", None)]),
        # the level after "to" is a named rate's only when no other measure stands between
        (
            "We will improve margins to lift adjusted EBITDA growth to a range of high single digits.",
            [("high single digits", "growth")],
        ),
    ],
)
def test_ratios_and_levels_round4(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _metrics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "earnings" alone: net income in millions, per share in dollars and cents
        (
            "Adjusted earnings were $41.3 million compared to $37 million a year ago.",
            [("$41.3 million", "net_income"), ("$37 million", "net_income")],
        ),
        (
            "Third quarter earnings were $1.12 compared with $0.97 last year.",
            [("$1.12", "eps"), ("$0.97", "eps")],
        ),
        ("Adjusted earnings per share grew 9% to $2.04.", [("9%", "growth"), ("$2.04", "eps")]),
        ("Earnings-per-share growth of 12% took us to $3.10.", [("12%", "growth"), ("$3.10", "eps")]),
        ("Non-GAAP earnings per fully diluted share were $2.16.", [("$2.16", "eps")]),
    ],
)
def test_earnings_phrasing(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _metrics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a change stated against last year, or signed in words
        ("Consolidated sales finished 6% ahead of last year.", [("6%", "revenue_growth")]),
        (
            "Net sales of $791 million were 5% below the prior year.",
            [("$791 million", "revenue"), ("5%", "revenue_growth")],
        ),
        (
            "We expect organic net sales to be minus 2% to plus 1%.",
            [("2%", "revenue_growth"), ("1%", "revenue_growth")],
        ),
    ],
)
def test_change_against_last_year(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _metrics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # EBIT is operating income; pre-tax income and equity in earnings are not net income
        (
            "Adjusted EBIT increased 12% to $410 million.",
            [("12%", "growth"), ("$410 million", "operating_income")],
        ),
        ("The brokerage generated $17 million of pre-tax income.", [("$17 million", None)]),
        ("Equity in earnings of investees was $44 million.", [("$44 million", None)]),
    ],
)
def test_earnings_that_are_not_net_income(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _metrics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "earnings call" names a call, not earnings: the notes redeemed are debt
        (
            "As we said on our last earnings call, we redeemed $200 million of notes.",
            [("$200 million", "debt")],
        ),
        # unit cost is a cost, not the pricing listed beside it
        (
            "Unit pricing was 9% higher and unit cost was 4% higher than last year.",
            [("9%", "price_change"), ("4%", "expenses")],
        ),
    ],
)
def test_earnings_call_and_unit_cost(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _metrics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # homebuilder demand measures have no key, though "sales" is inside them
        (
            "The value of our net sales orders increased 2% to $6.4 billion.",
            [("2%", "growth"), ("$6.4 billion", None)],
        ),
        ("Our backlog sales value ended the quarter at $2.4 billion.", [("$2.4 billion", None)]),
        ("Our sales pace was up 40% to 4.7 per community per month.", [("40%", "growth")]),
        # a named rate stays the rate when an unkeyed base follows "of"
        ("We estimate an effective tax rate of 24% to 26% of pretax income.", [("24% to 26%", "tax_rate")]),
    ],
)
def test_homebuilder_measures_and_rate_bases(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _metrics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a margin stated in money is the profit it is a margin of
        (
            "Gross margin for the quarter was $76.4 million or 24.6% of net sales.",
            [("$76.4 million", "gross_profit"), ("24.6%", "gross_margin")],
        ),
        ("Our electric gross margin was $22.4 million.", [("$22.4 million", "gross_profit")]),
    ],
)
def test_margin_in_money(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _metrics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a change near only a generic growth word is the change of the measure named before it, when that
        # measure has a growth key or takes ratios itself ("costs improved 7%" is expenses)
        (
            "Segment revenue increased 14% year-over-year and 3% over the last quarter.",
            [("14%", "revenue_growth"), ("3%", "revenue_growth")],
        ),
        (
            "R&D expenses for the quarter were $61 million, an increase of 9% year-over-year.",
            [("$61 million", "expenses"), ("9%", "expenses")],
        ),
        (
            "Adjusted EPS increased 12% year-over-year and 4% sequentially.",
            [("12%", "growth"), ("4%", "growth")],
        ),
        # order growth has no key: its changes are growth
        ("We saw double digit order growth in the quarter.", [("double digit", "growth")]),
    ],
)
def test_change_of_the_measure_named_before(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _metrics(text) == expected


def test_research_and_development_is_an_expense() -> None:
    text = "We increased our research and development spend by about 25% year-over-year."
    assert _metrics(text) == [("about 25%", "expenses")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a deviation from a reference level has no metric, nor does a number compared with one
        (
            "We now assume hospital utilization will run 3% below baseline, versus our earlier view of 4.5%.",
            [("3%", None), ("4.5%", None)],
        ),
        # contrast: a level of utilization is utilization
        ("Plant utilization was 84% in the quarter.", [("84%", "utilization")]),
        # a share of a population counted by a metric has no key; of what is shipped, a volume share
        (
            "Labor costs rose, and about 15% of our members renewed early.",
            [("about 15%", None)],
        ),
        (
            "Exports accounted for 22% of total tons shipped this quarter.",
            [("22%", "volume_share")],
        ),
        # membership, clinics, notes, bond repurchases, staff turnover, cash taxes, bonuses
        ("Group membership grew 12% from a year ago.", [("12%", "growth")]),
        ("Our enrollment reached 1.2 million by September.", [("1.2 million", "customers")]),
        ("We will operate about 150 clinics by year end.", [("about 150 clinics", "footprint")]),
        ("We repaid the remaining $250 million of our 2024 unsecured notes.", [("$250 million", "debt")]),
        ("Our annual cash tax rate should be about 12%.", [("about 12%", "tax_rate")]),
        ("Driver turnover improved 8% compared with last year.", [("8%", "growth")]),
        ("We expect to pay cash taxes of $40 million, within our cash budget.", [("$40 million", None)]),
        ("Employees received a cash bonus of $2,000.", [("$2,000", None)]),
        ("We took a $12 million charge for the early extinguishment of notes.", [("$12 million", None)]),
        (
            "Our dividend continued, and we kept returning cash to shareholders, returning $400 million.",
            [("$400 million", None)],
        ),
        # a balance is never per share: the amount per share, not the notes
        (
            "Interest on the convertible notes of about $0.12 per share is paid in cash.",
            [("about $0.12 per share", "eps")],
        ),
    ],
)
def test_health_defense_and_debt_phrasing(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _metrics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a tonnage sold is units delivered; the product mix stated with it is a share of volume
        (
            "In the mills segment we sold 2.6 million tons, which included 40% plate and 35% bar, "
            "with the remaining 25% in other grades.",
            [
                ("2.6 million tons", "units_delivered"),
                ("40%", "volume_share"),
                ("35%", "volume_share"),
                ("25%", "volume_share"),
            ],
        ),
        # contrast: tonnage produced has no key, nor the shares of it
        (
            "The mills produced 2.6 million tons, which included 40% plate.",
            [("2.6 million tons", None), ("40%", None)],
        ),
        # homes sold are a homebuilder's orders, no shipment
        ("During the quarter we sold 1,450 homes.", [("1,450 homes", None)]),
        # a headwind stated alone as a % is part of a change of something
        (
            "The quarter has three fewer days, representing a headwind of about 4%.",
            [("about 4%", "growth")],
        ),
    ],
)
def test_tons_sold_mix_and_headwind(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _metrics(text) == expected


def test_eps_bridge_after_eps_is_named() -> None:
    """Dollars-and-cents amounts with no measure of their own, after EPS is named, are steps of its
    bridge: no metric (README, decided 2026-12-03: per-share steps are not EPS); the same amount restated
    later with no step words keeps EPS; a rounder amount or one far away does not."""
    text = (
        "Diluted earnings per share rose 9% to $3.40. Volume contributed $0.21 of the growth and a lower "
        "tax rate added another $0.06. We spent $40 million on the new plant. "
        + "The plant opened on time and the team did well. " * 16
        + "A fee of $1.25 applies. Again, $0.21 came from volume."
    )
    pairs = _metrics(text)
    assert next(m for span, m in pairs if span == "$0.21") is None  # the step
    got = dict(pairs)
    assert got["$0.21"] == "eps"  # the restatement, last
    assert got["$0.06"] is None
    assert got["$40 million"] is None
    assert got["$1.25"] is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a cost stated as a step of the EPS bridge is its effect per share: no metric (README, decided
        # 2026-12-03)
        (
            "Adjusted EPS rose to $2.10. Higher freight costs were a $0.12 headwind this quarter.",
            [("$2.10", "eps"), ("$0.12", None)],
        ),
        # contrast: an amount after a per-share measure the vocabulary has no key for stays unkeyed
        (
            "Adjusted EPS rose to $2.10. Book value per share ended the quarter at $18.40.",
            [("$2.10", "eps"), ("$18.40", None)],
        ),
        # a % beside notes or bonds is a coupon or a ratio to debt, no change of debt
        ("We raised $500 million of notes at 2.75% in May.", [("$500 million", "debt"), ("2.75%", None)]),
        # contrast: a change of debt is still growth
        ("Total debt was down 5% in the quarter.", [("5%", "growth")]),
    ],
)
def test_bridge_costs_and_coupons(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _metrics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # insurers' benefit / medical care ratios and a railroad's operating ratio have no key
        (
            "The group benefit ratio was 71.2%, down 150 basis points from a year ago.",
            [("71.2%", None), ("150 basis points", None)],
        ),
        ("We now see the medical care ratio at 83% to 83.5% for the year.", [("83% to 83.5%", None)]),
        (
            "Our operating ratio improved 210 basis points to 58.9%.",
            [("210 basis points", None), ("58.9%", None)],
        ),
        # units counted by a phrase with no key are not units delivered; units sold still are
        ("Railcar orders of 5,100 units came in this quarter.", [("5,100 units", None)]),
        ("Retail sales volume reached 18,400 units.", [("18,400 units", "units_delivered")]),
        ("Deliveries were 3,900 units in the quarter.", [("3,900 units", "units_delivered")]),
    ],
)
def test_cost_ratios_and_units_of_unkeyed(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _metrics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # contract awards are demand, like orders: no key; a realized price level has none either
        ("Revenue synergy awards to date totaled roughly $450 million.", [("roughly $450 million", None)]),
        ("Sales rose, and new contract awards were up 18% from a year ago.", [("18%", "growth")]),
        ("Free cash flow grew as realized price per unit reached $2.85.", [("$2.85", None)]),
    ],
)
def test_awards_and_realized_price(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _metrics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an amount used as an adjective measures the noun after it
        (
            "Corporate costs fell, helped by a $45 million legal settlement in the quarter.",
            [("$45 million", None)],
        ),
        # contrast: a change or effect of a metric named before it keeps that metric
        (
            "Corporate costs rose, including a $12 million COVID-19-related headwind.",
            [("$12 million", "expenses")],
        ),
        ("Revenue grew, a $150 million increase over last year.", [("$150 million", "revenue")]),
        # a comparison with a deviation from baseline offsets it: no metric either
        (
            "Costs ran 4% below baseline, partially offset by 2% of testing costs.",
            [("4%", None), ("2%", None)],
        ),
        # units in production are no deliveries
        ("There are now six units in various stages of production.", [("six units", None)]),
    ],
)
def test_adjectival_amounts_and_production(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _metrics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # insurers: core income is net income; renewal rate change is a price change; cat losses no key
        ("Core income for the quarter rose to $512 million.", [("$512 million", "net_income")]),
        (
            "Commercial renewal rate change came in at 6.3%, up 1.2 points from a year ago.",
            [("6.3%", "price_change"), ("1.2 points", "price_change")],
        ),
        ("Storm-related catastrophe losses were $410 million before tax.", [("$410 million", None)]),
        # REITs: occupancy and leased percentage are utilization; FFO per share has no key
        (
            "Occupancy ended the quarter at 95.4%, up 60 basis points.",
            [("95.4%", "utilization"), ("60 basis points", "utilization")],
        ),
        ("Our portfolio lease percentage was 96.1% at the end of June.", [("96.1%", "utilization")]),
        ("Logistics tenants signed 28% of new lease signings this quarter.", [("28%", "volume_share")]),
        ("Core FFO came in at $1.12 per share.", [("$1.12 per share", None)]),
        ("Mobile video made up 45% of all traffic on the network.", [("45%", "volume_share")]),
        # an estimated revenue impact or a regulator's revenue requirement is not revenue
        (
            "The omicron wave had a negative revenue impact of about $120 million in January.",
            [("about $120 million", None)],
        ),
        (
            "The proposed decision sets a revenue requirement of $5.2 billion for 2022.",
            [("$5.2 billion", None)],
        ),
    ],
)
def test_insurer_reit_and_utility_phrasing(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _metrics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Wireless phone net adds were 214,000 in the period.", [("214,000", "customers")]),
        (
            "Fiber internet net adds were 88,000 compared to 120,000 last year.",
            [("88,000", "customers"), ("120,000", "customers")],
        ),
        ("We delivered postpaid phone net adds of 162,000.", [("162,000", "customers")]),
        # the noun alone is still a count of its own: no metric
        ("We made 14 additions to the board this year.", [("14 additions", None)]),
    ],
)
def test_net_adds_are_customers(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _metrics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a renewal premium change is itself a change (growth); retention has no key
        (
            "Renewal premium change in small commercial was 6.4%, about 2 points higher than a year ago.",
            [("6.4%", "growth"), ("about 2 points", "growth")],
        ),
        (
            "Renewal rate change was 5.1%, while retention remained strong at 88%.",
            [("5.1%", "price_change"), ("88%", None)],
        ),
        ("Customer retention was 97% for the year.", [("97%", None)]),
        # REIT NOI growth and hospital admissions growth are growth, not revenue growth
        (
            "Same-store NOI growth was 4.9% in the quarter, up 150 basis points.",
            [("4.9%", "growth"), ("150 basis points", "growth")],
        ),
        ("Surgical admissions growth was 9% in the quarter.", [("9%", "growth")]),
    ],
)
def test_premium_change_retention_and_noi_growth(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _metrics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # dollars and cents of revenue are a step of an EPS bridge, not revenue
        (
            "Turning to the earnings bridge, revenue was higher by $0.12 per share. "
            "Wholesale revenue contributed $0.07 to this variance.",
            [("$0.12 per share", None), ("$0.07", None)],
        ),
        ("Revenue for the quarter was $2.45 billion.", [("$2.45 billion", "revenue")]),
        # a profit paired with an amount per share is net income and EPS
        (
            "We reported a $45 million profit in the quarter or $0.09 per diluted share.",
            [("$45 million", "net_income"), ("$0.09 per diluted share", "eps")],
        ),
        (
            "Operating profit was $300 million or $1.20 per share.",
            [("$300 million", "operating_income"), ("$1.20 per share", "eps")],
        ),
    ],
)
def test_revenue_bridge_steps_and_profit_per_share(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _metrics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "<unkeyed measure> of N% rose M points": N% is the level (no key), not a change
        (
            "The combined ratio of 92.1% rose about 3 points from a year ago.",
            [("92.1%", None), ("about 3 points", None)],
        ),
        (
            "Our underlying combined ratio of 88.5% improved by 1.2 points.",
            [("88.5%", None), ("1.2 points", None)],
        ),
        # with no change number after it, a change word still makes the % a growth
        ("Orders were up 58% from last year.", [("58%", "growth")]),
    ],
)
def test_unkeyed_level_before_its_change(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _metrics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Our guidance implies free cash flow after dividends of $900 million.",
            [("$900 million", "free_cash_flow")],
        ),
        # premiums and rent spreads have no key: a share of premium is no share of revenue
        (
            "The new product now represents about 45% of our small business new business premium.",
            [("about 45%", None)],
        ),
        (
            "The in-place to market rent spread widened to 14%, up 250 basis points sequentially.",
            [("14%", None), ("250 basis points", None)],
        ),
    ],
)
def test_fcf_after_dividends_premiums_spreads(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _metrics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Our full year net loss was $900 million or a $1.45 loss per diluted share.",
            [("$900 million", "loss"), ("$1.45", "eps")],
        ),
        # airline unit cost (CASM) is an expense; its change is the expense's
        (
            "First quarter unit cost inflation has increased about 6 points versus 2019.",
            [("about 6 points", "expenses")],
        ),
        ("We expect low single-digit CASM-X growth next year.", [("low single-digit", "expenses")]),
        # an impact to revenues is not the revenue
        (
            "Storms caused a $40 million negative impact to operating revenues in February.",
            [("$40 million", None)],
        ),
    ],
)
def test_loss_per_share_casm_revenue_impact(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _metrics(text) == expected
