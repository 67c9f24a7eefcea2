"""SP11's fast path gives exactly what the code it replaces gives: find_periods runs, at each start candidate,
_MASTER less the forms that cannot start with the candidate's character (`parse._master_from`); checked on
real texts read from ../shared at test time and on edge cases."""

from __future__ import annotations

import ast
import inspect
import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from shared_paths import sample_sentences
from thesisledger.periods import parse
from thesisledger.periods.calendar import FiscalCalendar
from thesisledger.periods.parse import PeriodMatch

EDGE = [
    "In the third quarter of 2021, revenue grew.", "FY21 Q3 and CY2020Q4-2021Q1",
    "fy '21, cy22, 2H21, H2 2021", "Q3'21 and 3Q 2021 and q4 of fiscal 2022", "'21 and ’22 results",
    "from 2019-2021 to 2020–2022", "2021-06-30/2021-09-30 and 2021-07-01",
    "on June 30, 2021; 30th June 2021; June-quarter 2021", "January through March, jan to mar",
    "the first half of 2021, the second-half", "the first nine months of 2021",
    "over the next 12 months, within about two years, in 5 years", "by the end of the year, by year-end",
    "this year, LAST QUARTER, Next Fiscal Year", "year-to-date, YTD, ytd", "over the long term, long-run",
    "month 3 of fiscal 2021", "in ٢٠٢١ and ２０２１", "K\u212aelvin 2021 \u017fince 2020 \u0130n 2021",
    "ſ2021", "FIRST QUARTER 2021", "Fourth-Quarter", "around 2021, circa 1999, for 2030",
    "Sept. 2021, Sept 30th", "at the end of the first quarter", "earlier than the end of next year",
    "in the quarter, for the quarter",
]  # fmt: skip
_CAL = FiscalCalendar()
_DAY = date(2021, 10, 25)


def _key(m: re.Match[str] | None) -> object:
    """A match as the handlers read it: its span, its form and its named groups that took part (by name:
    the narrowed pattern numbers its groups apart)."""
    if m is None:
        return None
    return m.span(), m.lastgroup, {n: m.span(n) for n, v in m.groupdict().items() if v is not None}


@pytest.fixture(scope="module")
def sentences(shared_dir: Path) -> list[str]:
    return sample_sentences(shared_dir) + EDGE


def test_head_and_tail_rebuild_the_master_pattern() -> None:
    forms = "|".join(f"(?P<{name}>{pat})" for name, pat in parse._PATTERNS)
    assert parse._MASTER_HEAD + forms + parse._MASTER_TAIL == parse._MASTER.pattern


def test_master_from_matches_as_master_at_every_offset(sentences: list[str]) -> None:
    """At every offset of the sample (not only the start candidates), the narrowed pattern finds the same
    match, the same named groups and the same form as _MASTER."""
    tried = matched = 0
    for s in sentences:
        for i in range(len(s)):
            want = parse._MASTER.match(s, i)
            assert _key(parse._master_from(s[i]).match(s, i)) == _key(want), (s, i)
            tried += 1
            matched += want is not None
    assert tried > 100_000 and matched > 1_000  # the sample holds many period phrases


def test_master_from_drops_forms() -> None:
    """The fast path is narrower than _MASTER: at "i" no form starting with a digit, "Q" or "FY" is tried."""
    narrowed = parse._master_from("i").groupindex
    assert {"within", "month", "year"} <= set(narrowed)  # "in 5 years", "in May", "in 2021"
    assert "cq" not in narrowed and "fy" not in narrowed and "yspan" not in narrowed
    assert parse._master_from("x") is parse._MATCH_NOTHING


def _handler_groups(fn: object) -> set[str]:
    names = {n for _, pat in parse._PATTERNS for n in re.compile(pat, re.IGNORECASE).groupindex}
    tree = ast.parse(inspect.getsource(fn))  # type: ignore[arg-type]
    return {n.value for n in ast.walk(tree) if isinstance(n, ast.Constant) and n.value in names}


def test_handlers_read_only_their_own_forms_groups() -> None:
    """A narrowed pattern lacks the groups of the forms it drops: each handler reads only its own form's (so
    it never asks for one of those)."""
    helpers = {"_h_mdy": [parse._day_without_year]}
    for name, pat in parse._PATTERNS:
        handler = parse._HANDLERS[name]
        read = _handler_groups(handler)
        for helper in helpers.get(handler.__name__, []):
            read |= _handler_groups(helper)
        assert read <= set(re.compile(pat, re.IGNORECASE).groupindex), name
    assert "wi_p" in set(re.compile(dict(parse._PATTERNS)["within"], re.IGNORECASE).groupindex)  # _looks_back


def _plain_find_periods(text: str) -> Iterator[tuple[int, int, str, object]]:
    """find_periods's loop as it was, with _MASTER.match at each candidate (no resolved-phrase cache)."""
    ctx = parse._Ctx(_CAL, _DAY, scanning=True)
    pos = 0
    lowered = text.lower()
    same = len(lowered) == len(text)
    starts = parse._lower_starts(lowered) if same else [m.start() for m in parse._STARTS.finditer(text)]
    for i in starts:
        if i < pos:
            continue
        m = parse._MASTER.match(text, i)
        if m is None or m.lastgroup is None:
            continue
        pos = m.end()
        try:
            period = parse._HANDLERS[m.lastgroup](m, ctx)
        except (parse.InvalidPeriod, parse._Skip, parse.PeriodError):
            continue
        if not (m.lastgroup == "within" and parse._looks_back(m, text)):
            yield m.start(), m.end(), m[0], period


def test_find_periods_as_with_the_master_pattern(sentences: list[str]) -> None:
    found = 0
    for s in sentences:
        got = [
            (pm.start, pm.end, pm.text, pm.period)
            for pm in parse.find_periods(s, calendar=_CAL, doc_date=_DAY)
            if isinstance(pm, PeriodMatch)
        ]
        assert got == list(_plain_find_periods(s)), s
        found += len(got)
    assert found > 500
