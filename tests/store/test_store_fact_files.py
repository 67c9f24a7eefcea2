"""Fact files: every kind of bad input gets one sentence naming file, line and column; good input parses."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from thesisledger.errors import DataFileError
from thesisledger.periods.period import PeriodKind
from thesisledger.store import read_fact_file, read_fact_lines

HEADER = "company,segment,metric,period,value,unit"


def _write(tmp_path: Path, body: str, name: str = "facts.csv") -> Path:
    path = tmp_path / name
    path.write_text(body, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (
            "company,metric,period,value\nBABA,revenue,FY26Q1,1\n",
            "facts.csv line 1: missing column unit; the header must name company, metric, "
            "period, value, unit",
        ),
        (
            "company,metric,period,vlaue,unit\n",
            "facts.csv line 1: missing column value; the header must name company, metric, "
            "period, value, unit",
        ),
        (
            "company,metric,period,value,unit,colour\n",
            "facts.csv line 1: unknown column 'colour'; columns are company, metric, period, value, unit, "
            "segment, entity, basis, source, period_start, period_end, scale, reported_at, "
            "illustrative, note",
        ),
        (
            "",
            "facts.csv: the file is empty; the first row must name the columns company, "
            "metric, period, value, unit",
        ),
        (
            f"{HEADER}\nBABA,cloud,revenue,FY26Q5,1,CNY\n",
            "facts.csv line 2, column period: 'FY26Q5' cannot exist: a fiscal year has quarters 1-4, not Q5",
        ),
        (
            f"{HEADER}\nBABA,cloud,revenue,next year,1,CNY\n",
            "facts.csv line 2, column period: 'next year' is not a period label; write FY26Q4, FY26H1, FY26, "
            "2025Q4 or 2025, or give period_start and period_end",
        ),
        (
            f"{HEADER}\nBABA,cloud,revenue,FY26Q1,1,ZZQ\n",
            "facts.csv line 2, column unit: unknown currency 'ZZQ'; write an ISO currency code (CNY, USD) "
            "or ratio, %, pp, x, count",
        ),
        (
            f"{HEADER}\nBABA,cloud,revenue,FY26Q1,12.3.4,CNY\n",
            "facts.csv line 2, column value: '12.3.4' is not a number; write a number or leave the row out",
        ),
        (
            f'{HEADER}\nBABA,cloud,revenue,FY26Q1,"1,23",CNY\n',
            "facts.csv line 2, column value: '1,23' is not a number; write a number or leave the row out",
        ),
        (
            f"{HEADER}\nBABA,moon base,revenue,FY26Q1,1,CNY\n",
            "facts.csv line 2, column segment: 'moon base' is not a segment of BABA; "
            "use one of group, cloud, maas, ai_products, taotian, quick_commerce, international, t_head, "
            "qwen, qwen_app, all_others, dingtalk",
        ),
        (
            f"{HEADER}\nZZZZ,,revenue,FY26Q1,1,USD\n",
            "facts.csv line 2, column period: 'FY26Q1' is a fiscal period but ZZZZ has no company "
            "profile, so its fiscal year is unknown; add the company first, "
            "or write calendar periods (2025Q4) or dates",
        ),
        (
            f"{HEADER}\nBABA,cloud,revenue,FY26Q1,1,CNY\nBABA,Alibaba Cloud,revenue,FY26Q1,2,CNY\n",
            "facts.csv line 3: revenue for FY26Q1 is already given on line 2 with another value; "
            "keep one row per company, segment, metric and period",
        ),
        (
            f"{HEADER}\nBABA,cloud,revenue,FY26Q1,1,CNY,extra\n",
            "facts.csv line 2: 7 cells but the header has 6 columns; remove the extra cells or quote values "
            "that contain commas",
        ),
        (
            f"{HEADER},period_start\nBABA,cloud,revenue,FY26Q1,1,CNY,2025-04-01\n",
            "facts.csv line 2, column period_end: is empty; give both period_start and "
            "period_end, or neither",
        ),
        (
            f"{HEADER},period_start,period_end\nBABA,cloud,revenue,FY26Q1,1,CNY,2025-01-01,2025-03-31\n",
            "facts.csv line 2, column period_start: 2025-01-01..2025-03-31 does not match period FY26Q1 "
            "(2025-04-01..2025-06-30); fix one of them",
        ),
        (
            f"{HEADER},basis\nBABA,cloud,revenue,FY26Q1,1,CNY,final\n",
            "facts.csv line 2, column basis: 'final' is not a basis; write as_reported or restated",
        ),
        (
            f"{HEADER},reported_at\nBABA,cloud,revenue,FY26Q1,1,CNY,14/05/2026\n",
            "facts.csv line 2, column reported_at: '14/05/2026' is not a date; write it as YYYY-MM-DD",
        ),
        (
            f"{HEADER}\nBABA,cloud,revenue,FY26Q1,5%,CNY\n",
            "facts.csv line 2, column value: '5%' is a percentage but the unit is 'CNY'; use unit %",
        ),
    ],
)
def test_bad_files_name_file_line_and_column(tmp_path: Path, body: str, message: str) -> None:
    with pytest.raises(DataFileError) as err:
        read_fact_file(_write(tmp_path, body))
    assert str(err.value) == message


def test_unsupported_and_missing_files(tmp_path: Path) -> None:
    with pytest.raises(
        DataFileError, match=r"facts.json: unsupported fact file type .json; use .csv or .xlsx"
    ):
        read_fact_file(_write(tmp_path, "{}", "facts.json"))
    with pytest.raises(DataFileError, match="no such file"):
        read_fact_file(tmp_path / "absent.csv")
    with pytest.raises(DataFileError, match=r"facts.xlsx: not a readable .xlsx workbook"):
        read_fact_file(_write(tmp_path, "company,metric\n", "facts.xlsx"))


def test_values_units_and_scales(tmp_path: Path) -> None:
    body = (
        "company,segment,metric,period,value,unit,scale\n"
        'BABA,cloud,revenue,FY26Q1,"1,234.5",RMB,bn\n'
        "BABA,cloud,ebita_margin,FY26Q1,9.5,%,\n"
        "BABA,cloud,ebita_margin_change,FY26Q1,-1.5,pp,\n"
        "BABA,,net_income,FY26Q1,(12),USD,million\n"
        "BABA,,ai_revenue_share,FY26Q1,0.25,ratio,\n"
        "BABA,,pe,FY26Q1,12.5,x,\n"
    )
    got = [
        (f.metric, f.quantity.value, str(f.quantity.unit), f.quantity.scale)
        for f in read_fact_file(_write(tmp_path, body))
    ]
    assert got == [
        ("revenue", 1234.5e9, "CNY", "bn"),
        ("ebita_margin", 0.095, "ratio", None),
        ("ebita_margin_change", -0.015, "pp", None),
        ("net_income", -12e6, "USD", "million"),
        ("ai_revenue_share", 0.25, "ratio", None),
        ("pe", 12.5, "multiple", None),
    ]


def test_period_forms(tmp_path: Path) -> None:
    body = (
        "company,metric,period,value,unit,period_start,period_end\n"
        "BABA,revenue,FY26,1,CNY,,\n"
        "BABA,revenue,FY2026 H2,1,CNY,,\n"
        "BABA,revenue,2025Q4,1,CNY,,\n"  # a calendar quarter: stored under Alibaba's own label
        "BABA,revenue,2025,1,CNY,,\n"
        "BABA,revenue,Golden Week,1,CNY,2025-10-01,2025-10-07\n"
        "0700.HK,revenue,FY25Q4,1,CNY,,\n"
        "ACME,revenue,2025H1,1,USD,,\n"
    )
    got = [
        (f.company, f.period.label, f.period.start, f.period.end, f.period.kind)
        for f in read_fact_file(_write(tmp_path, body))
    ]
    assert got == [
        ("BABA", "FY26", date(2025, 4, 1), date(2026, 3, 31), PeriodKind.YEAR),
        ("BABA", "FY26H2", date(2025, 10, 1), date(2026, 3, 31), PeriodKind.HALF),
        ("BABA", "FY26Q3", date(2025, 10, 1), date(2025, 12, 31), PeriodKind.QUARTER),
        ("BABA", "2025", date(2025, 1, 1), date(2025, 12, 31), PeriodKind.YEAR),
        ("BABA", "Golden Week", date(2025, 10, 1), date(2025, 10, 7), PeriodKind.SPAN),
        ("0700.HK", "FY25Q4", date(2025, 10, 1), date(2025, 12, 31), PeriodKind.QUARTER),
        ("ACME", "2025H1", date(2025, 1, 1), date(2025, 6, 30), PeriodKind.HALF),
    ]


def test_defaults_and_line_numbers(tmp_path: Path) -> None:
    body = f"{HEADER}\n\nBABA,cloud,revenue,FY26Q1,1,CNY\r\nBABA,cloud,revenue,FY26Q1,1,CNY\n"
    lines = read_fact_lines(_write(tmp_path, "\ufeff" + body), today=date(2026, 1, 2))
    assert [fl.line for fl in lines] == [3, 4]
    f = lines[0].fact
    assert (f.source, f.reported_at, f.illustrative, f.note) == ("facts.csv", date(2026, 1, 2), False, None)


@given(st.decimals(min_value=-(10**12), max_value=10**12, places=2, allow_nan=False, allow_infinity=False))
def test_grouped_numbers_read_back(tmp_path_factory: pytest.TempPathFactory, x: object) -> None:
    from decimal import Decimal

    assert isinstance(x, Decimal)
    written = f"{x:,.2f}"
    if written.startswith("-"):
        written = f"({written[1:]})"
    path = tmp_path_factory.mktemp("h") / "facts.csv"
    path.write_text(f'{HEADER}\nBABA,cloud,revenue,FY26Q1,"{written}",CNY\n', encoding="utf-8")
    (fact,) = read_fact_file(path)
    assert fact.quantity.value == float(x)


@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=30))
def test_any_value_cell_parses_or_says_why(tmp_path_factory: pytest.TempPathFactory, cell: str) -> None:
    path = tmp_path_factory.mktemp("h") / "facts.csv"
    quoted = '"' + cell.replace('"', '""') + '"'
    path.write_text(f"{HEADER}\nBABA,cloud,revenue,FY26Q1,{quoted},CNY\n", encoding="utf-8")
    try:
        read_fact_file(path)
    except DataFileError as err:
        assert str(err).startswith("facts.csv line ")
