"""Importing fact files into the ledger: idempotence, atomic failure, restatements, point-in-time."""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

import pytest

from thesisledger.errors import DataFileError
from thesisledger.facts import Basis
from thesisledger.store import Ledger

WriteCsv = Callable[..., Path]

REVENUE_ROWS = [
    'BABA,cloud,revenue,FY26Q1,"31,000",CNY,million,q1 release',
    'BABA,cloud,revenue,FY26Q2,"33,000.5",CNY,million,q2 release',
    "BABA,,revenue,FY26Q2,250000,CNY,million,q2 release",
]


def test_import_twice_stores_once(ledger: Ledger, tmp_path: Path, write_csv: WriteCsv) -> None:
    path = write_csv(tmp_path / "facts.csv", REVENUE_ROWS)
    first = ledger.import_facts(path)
    second = ledger.import_facts(path)
    assert (first.added, first.unchanged, first.restated) == (3, 0, 0)
    assert (second.added, second.unchanged, second.restated) == (0, 3, 0)
    assert ledger.count("facts") == 3


def test_imported_values_and_periods(ledger: Ledger, tmp_path: Path, write_csv: WriteCsv) -> None:
    ledger.import_facts(write_csv(tmp_path / "facts.csv", REVENUE_ROWS))
    cloud = ledger.facts("Alibaba", metric="revenue", entity="cloud")
    assert [(f.period.label, f.period.start, f.period.end, f.quantity.value) for f in cloud] == [
        ("FY26Q1", date(2025, 4, 1), date(2025, 6, 30), 31_000e6),
        ("FY26Q2", date(2025, 7, 1), date(2025, 9, 30), 33_000.5e6),
    ]
    assert str(cloud[0].quantity.unit) == "CNY"
    assert cloud[0].source == "q1 release"
    whole = ledger.facts("BABA", metric="revenue", entity="")
    assert [(f.segment, f.quantity.value) for f in whole] == [(None, 250_000e6)]
    assert [f.period.label for f in ledger.facts("BABA", period="FY26Q2")] == ["FY26Q2", "FY26Q2"]


def test_failed_import_changes_nothing(ledger: Ledger, tmp_path: Path, write_csv: WriteCsv) -> None:
    ledger.import_facts(write_csv(tmp_path / "first.csv", REVENUE_ROWS))
    before = [ledger.count(t) for t in ("facts", "companies", "documents")]
    rows = [f"BABA,cloud,revenue,FY{20 + i // 4:02d}Q{i % 4 + 1},{1000 + i},CNY,million,s" for i in range(15)]
    rows.append("BABA,cloud,revenue,FY26Q4,n/a,CNY,million,s")  # header is line 1, so this is line 17
    rows.append("BABA,cloud,revenue,FY27Q1,5,CNY,million,s")
    path = write_csv(tmp_path / "facts.csv", rows)

    with pytest.raises(DataFileError) as err:
        ledger.import_facts(path)

    assert str(err.value) == (
        "facts.csv line 17, column value: 'n/a' is not a number; write a number or leave the row out"
    )
    assert [ledger.count(t) for t in ("facts", "companies", "documents")] == before
    assert ledger.facts("BABA", metric="revenue", period="FY20Q1") == []


def test_restatement_keeps_history_and_answers_as_of(
    ledger: Ledger, tmp_path: Path, write_csv: WriteCsv
) -> None:
    original = write_csv(tmp_path / "q2.csv", ["BABA,cloud,revenue,FY26Q2,33000,CNY,million,q2 release"])
    ledger.import_facts(original)
    time.sleep(0.01)
    between = datetime.now()
    time.sleep(0.01)
    header = "company,segment,metric,period,value,unit,scale,source,basis"
    restated = write_csv(
        tmp_path / "q3.csv", ["BABA,cloud,revenue,FY26Q2,32500,CNY,million,q3 release,restated"], header
    )
    report = ledger.import_facts(restated)
    assert (report.added, report.restated) == (1, 1)

    latest = ledger.facts("BABA", metric="revenue", entity="cloud")
    assert [(f.quantity.value, f.source, f.basis) for f in latest] == [
        (32_500e6, "q3 release", Basis.RESTATED)
    ]
    then = ledger.facts("BABA", metric="revenue", entity="cloud", as_of=between)
    assert [(f.quantity.value, f.source, f.basis) for f in then] == [
        (33_000e6, "q2 release", Basis.AS_REPORTED)
    ]
    assert ledger.facts("BABA", metric="revenue", as_of=datetime(2000, 1, 1)) == []

    history = ledger.fact_history("BABA", metric="revenue", entity="cloud")
    assert [h.fact.quantity.value for h in history] == [33_000e6, 32_500e6]
    assert history[0].recorded_at < history[1].recorded_at
    assert [h.source_line for h in history] == [2, 2]
    # Re-importing the older file does not undo the restatement.
    assert ledger.import_facts(original).added == 0
    assert ledger.facts("BABA", metric="revenue", entity="cloud")[0].quantity.value == 32_500e6


def test_facts_from_objects_are_idempotent(ledger: Ledger, tmp_path: Path, write_csv: WriteCsv) -> None:
    from thesisledger.store import read_fact_file

    facts = read_fact_file(write_csv(tmp_path / "facts.csv", REVENUE_ROWS))
    assert ledger.import_facts(facts).added == 3
    assert ledger.import_facts(facts).added == 0
    assert ledger.facts("BABA") == sorted(facts, key=lambda f: (f.segment or "", f.metric, f.period.start))


def test_non_utf8_file_is_refused(ledger: Ledger, tmp_path: Path) -> None:
    path = tmp_path / "facts.csv"
    text = (
        "company,segment,metric,period,value,unit\n"
        "BABA,cloud,revenue,FY26Q1,1,CNY\n"
        "BABA,Caf\xe9,x,FY26Q1,1,CNY\n"
    )
    path.write_bytes(text.encode("latin-1"))
    with pytest.raises(DataFileError) as err:
        ledger.import_facts(path)
    assert str(err.value) == (
        "facts.csv line 3: not UTF-8 text (byte 0xe9); save the file as UTF-8 (in Excel: 'CSV UTF-8')"
    )
    assert ledger.count("facts") == 0


def test_xlsx_import(ledger: Ledger, tmp_path: Path) -> None:
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "facts"
    ws.append(["Company", "Entity", "Metric", "Period", "Value", "Unit", "Scale", "Source", "Reported_At"])
    ws.append(
        ["9988.HK", "Alibaba Cloud", "Revenue", "FY26Q4", 37000, "RMB", "million", "deck", date(2026, 5, 14)]
    )
    ws.append(["BABA", "cloud", "EBITA margin", "FY26Q4", "9.5%", "ratio", None, "deck", date(2026, 5, 14)])
    ws.append([None] * 9)
    ws.append(["BABA", "cloud", "ebita_margin", "FY26Q5", 0.1, "ratio", None, "deck", None])
    path = tmp_path / "facts.xlsx"
    wb.save(path)

    with pytest.raises(DataFileError) as err:
        ledger.import_facts(path)
    assert str(err.value).startswith("facts.xlsx line 5, column period: 'FY26Q5' cannot exist")
    assert ledger.count("facts") == 0

    ws.delete_rows(5)
    wb.save(path)
    assert ledger.import_facts(path).added == 2
    got = {
        (f.metric, f.segment, f.period.label, f.quantity.value, str(f.quantity.unit), f.reported_at)
        for f in ledger.facts("BABA")
    }
    assert got == {
        ("revenue", "cloud", "FY26Q4", 37_000e6, "CNY", date(2026, 5, 14)),
        ("ebita_margin", "cloud", "FY26Q4", 0.095, "ratio", date(2026, 5, 14)),
    }
    assert ledger.import_facts(path).added == 0


def test_example_file_imports(ledger: Ledger) -> None:
    from importlib import resources

    example = resources.files("thesisledger").joinpath("data/examples/alibaba_facts.csv")
    report = ledger.import_facts(Path(str(example)))
    assert report.added == 10
    facts = ledger.facts("BABA", metric="ebita_margin", entity="cloud")
    assert [f.period.label for f in facts] == ["FY25Q4", "FY26Q1", "FY26Q2", "FY26Q3", "FY26Q4"]
    assert all(f.illustrative and "illustrative" in f.source for f in facts)


def test_write_that_fails_midway_is_rolled_back(
    ledger: Ledger, tmp_path: Path, write_csv: WriteCsv, monkeypatch: pytest.MonkeyPatch
) -> None:
    ledger.import_facts(write_csv(tmp_path / "first.csv", REVENUE_ROWS[:1]))
    backend = ledger._backend
    real_insert = backend.insert_facts

    def insert_then_fail(rows: list[dict[str, object]]) -> int:
        real_insert(rows)  # the rows are written inside the transaction ...
        raise OSError("disk full")  # ... and then something breaks before the commit

    monkeypatch.setattr(backend, "insert_facts", insert_then_fail)
    with pytest.raises(OSError, match="disk full"):
        ledger.import_facts(write_csv(tmp_path / "second.csv", REVENUE_ROWS))
    monkeypatch.undo()
    assert ledger.count("facts") == 1
    assert ledger.import_facts(write_csv(tmp_path / "second.csv", REVENUE_ROWS)).added == 2


def test_as_of_accepts_aware_times_dates_and_periods(
    ledger: Ledger, tmp_path: Path, write_csv: WriteCsv
) -> None:
    from datetime import UTC, timedelta

    from thesisledger.periods.period import Period, PeriodKind

    ledger.import_facts(write_csv(tmp_path / "facts.csv", REVENUE_ROWS))
    (recorded,) = {h.recorded_at for h in ledger.fact_history("BABA")}
    just_before = recorded.replace(tzinfo=UTC) - timedelta(microseconds=1)
    assert ledger.facts("BABA", as_of=just_before) == []
    assert len(ledger.facts("BABA", as_of=recorded.replace(tzinfo=UTC))) == 3
    assert len(ledger.facts("BABA", as_of=date.today() + timedelta(days=1))) == 3
    assert ledger.facts("BABA", as_of=date(2020, 1, 1)) == []
    q2 = Period("Jul-Sep 2025", date(2025, 7, 1), date(2025, 9, 30), PeriodKind.QUARTER)
    assert [f.segment for f in ledger.facts("BABA", period=q2)] == [None, "cloud"]
