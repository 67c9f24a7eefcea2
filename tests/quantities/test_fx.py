"""FxTable: the shipped yearly table, user tables from CSV/rows, cross rates, errors, round trips."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from thesisledger.errors import DataFileError, FxRateError, UnitMismatchError, UnknownCurrencyError
from thesisledger.quantities import Bound, FxTable, Quantity, Unit, parse_quantity

P = parse_quantity
JUNE_2024 = date(2024, 6, 30)


@pytest.fixture(scope="module")
def table() -> FxTable:
    return FxTable.default()


def test_default_table_names_its_source_and_covers_2015_to_2025(table: FxTable) -> None:
    assert "Federal Reserve" in table.source
    assert table.currencies == {"USD", "CNY", "HKD", "EUR", "JPY", "GBP"}
    assert len(table.rates) == 5 * 11
    assert table.rate("USD", JUNE_2024).per_usd == 1.0
    for code in ("CNY", "HKD", "EUR", "JPY", "GBP"):
        for year in range(2015, 2026):
            rate = table.rate(code, date(year, 7, 1))
            assert (rate.currency, rate.start, rate.end) == (code, date(year, 1, 1), date(year, 12, 31))
            assert rate.source == table.source
    # sanity of magnitudes, not of exact values: the peg, and the yuan's band over the decade
    assert 7.75 <= table.quote("USD", "HKD", date(2020, 5, 1)).rate <= 7.85
    assert all(6.0 < table.quote("USD", "CNY", date(y, 1, 1)).rate < 7.4 for y in range(2015, 2026))


def test_convert_uses_the_year_of_the_date(table: FxTable) -> None:
    per_usd_2024 = table.quote("USD", "CNY", JUNE_2024).rate
    q = Quantity.exact(per_usd_2024 * 1e9, Unit.currency("CNY"), "billion")
    usd = table.convert(q, "USD", on=JUNE_2024)
    assert usd.unit == Unit.currency("USD") and usd.scale == "billion"
    assert usd.value == pytest.approx(1e9)
    assert table.quote("CNY", "USD", date(2023, 6, 30)).rate != table.quote("CNY", "USD", JUNE_2024).rate


def test_convert_keeps_bounds_and_per_share(table: FxTable) -> None:
    rng = table.convert(P("above RMB 10 billion but below 20 billion"), "USD", on=JUNE_2024)
    rate = table.quote("CNY", "USD", JUNE_2024).rate
    assert rng.bound is Bound.RANGE
    assert (rng.low, rng.high) == pytest.approx((10e9 * rate, 20e9 * rate))
    gt = table.convert(P("more than HK$1.2 trillion"), "RMB", on=JUNE_2024)
    assert gt.bound is Bound.GT and gt.unit.code == "CNY"
    eps = table.convert(P("USD 1.25 per share"), "HKD", on=JUNE_2024)
    assert eps.unit.per_share and eps.unit.code == "HKD"


def test_cross_rate_goes_through_usd(table: FxTable) -> None:
    hkd_cny = table.quote("HKD", "CNY", JUNE_2024)
    expected = table.quote("USD", "CNY", JUNE_2024).rate / table.quote("USD", "HKD", JUNE_2024).rate
    assert hkd_cny.rate == pytest.approx(expected)
    assert "HKD" in str(hkd_cny) and "2024-06-30" in str(hkd_cny) and table.source in str(hkd_cny)


def test_missing_rate_names_currency_date_and_how_to_load(table: FxTable) -> None:
    with pytest.raises(FxRateError, match=r"CNY.*2014-03-31.*from_csv_text"):
        table.convert(P("RMB 1 billion"), "USD", on=date(2014, 3, 31))
    with pytest.raises(FxRateError, match=r"no INR rates.*from_csv_text"):
        table.convert(P("RMB 1 billion"), "INR", on=JUNE_2024)


def test_unknown_currency_and_non_money(table: FxTable) -> None:
    with pytest.raises(UnknownCurrencyError, match="XYZ"):
        table.convert(P("RMB 1 billion"), "XYZ", on=JUNE_2024)
    with pytest.raises(UnitMismatchError, match="not a currency"):
        table.convert(P("30%"), "USD", on=JUNE_2024)


CSV = """date,currency,per_usd
2025-06-27,RMB,7.17
2025-06-30,CNY,7.16
2025-07-31,CNY,7.19
"""


def test_user_csv_daily_rates_win_over_yearly_and_carry_over_weekends(table: FxTable) -> None:
    mine = FxTable.from_csv_text(CSV, "my_rates.csv")
    both = table.extended(mine)
    assert both.quote("USD", "CNY", date(2025, 6, 28)).rate == 7.17  # Saturday: Friday's fix
    assert both.quote("USD", "CNY", date(2025, 7, 2)).source == "my_rates.csv"
    assert both.quote("USD", "CNY", date(2025, 7, 2)).rate == 7.16
    # more than a week after the last fix of June the yearly average applies again
    assert (
        both.quote("USD", "CNY", date(2025, 7, 20)).rate == table.quote("USD", "CNY", date(2025, 7, 20)).rate
    )
    with pytest.raises(FxRateError, match=r"my_rates.csv.*2025-06-27"):
        mine.quote("USD", "CNY", date(2025, 9, 1))


def test_user_yearly_rows_override_the_default_for_the_same_year(table: FxTable) -> None:
    mine = FxTable.from_rows([{"year": 2024, "currency": "yuan", "per_usd": "7.25"}], "house view")
    assert table.extended(mine).quote("USD", "CNY", JUNE_2024).rate == 7.25


@pytest.mark.parametrize(
    ("text", "error", "fragment"),
    [
        ("date,currency\n2025-01-02,CNY\n", DataFileError, "missing column per_usd"),
        ("currency,per_usd\nCNY,7\n", DataFileError, "date or year"),
        ("date,currency,per_usd\n2025-01-02,CNY,7.1\n2025-01-03,CNY,seven\n", DataFileError, "line 3.*seven"),
        ("date,currency,per_usd\n2025-13-02,CNY,7.1\n", DataFileError, "line 2.*ISO date"),
        ("year,currency,per_usd\n2025,CNY,-7\n", DataFileError, "positive"),
        ("year,currency,per_usd\n2025,,7\n", DataFileError, "line 2: currency is empty"),
        ("year,currency,per_usd\ntwenty,CNY,7\n", DataFileError, "year 'twenty'"),
        ("year,currency,per_usd\n2025,ABC,7\n", UnknownCurrencyError, "line 2.*ABC"),
        ("date,currency,per_usd\n2025-01-02,CNY,7.1\n2025-01-02,CNY,7.2\n", DataFileError, "second CNY rate"),
    ],
)
def test_bad_tables(text: str, error: type[Exception], fragment: str) -> None:
    with pytest.raises(error, match=fragment):
        FxTable.from_csv_text(text, "rates.csv")


@settings(max_examples=200, deadline=None)
@given(
    st.sampled_from(["USD", "CNY", "HKD", "EUR", "JPY", "GBP"]),
    st.sampled_from(["USD", "CNY", "HKD", "EUR", "JPY", "GBP"]),
    st.floats(min_value=1e-3, max_value=1e13),
    st.dates(min_value=date(2015, 1, 1), max_value=date(2025, 12, 31)),
)
def test_convert_round_trip(a: str, b: str, amount: float, on: date) -> None:
    table = FxTable.default()
    q = Quantity.exact(amount, Unit.currency(a), "billion")
    there = table.convert(q, b, on=on)
    back = table.convert(there, a, on=on)
    assert back.unit == q.unit and back.scale == q.scale
    assert back.value == pytest.approx(amount, rel=1e-12)
