"""The quantity scanner's fast paths match exactly what the patterns they replace match.

grammar._number_pattern guards the glued-currency branch ("RMB9bn") with a one-character test on the
code's last letter; the pattern without the guard is rebuilt here and both are run over real text
from ../shared and edge cases.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from thesisledger.documents import load_document
from thesisledger.quantities.grammar import currency_forms, grammar

EDGE = [
    "RMB9bn", "Rmb9bn", "rmb 9 billion", "USD5", "Usd5.2m", "xUSD5", "HKD1,234", "HK$1,234", "EUR-5",
    "1,234,567.89", "12-15%", "A-1", "3.5.1", "v2", "FY2024", "Q3 2021", "JPY100 to JPY200", "CNY 8-10bn",
    "(3.2) billion", "$(3.2)", "9-10x", "10/20", "USD 5 and 8", "ÉUR5", "KRW1.5tn",
]  # fmt: skip


def _unguarded(pattern: re.Pattern[str]) -> re.Pattern[str]:
    codes = sorted(c for c in currency_forms().prefixes if c.isalpha() and len(c) == 3)
    ends = "".join(sorted({c[-1] for c in codes}))
    guard = f"(?<=[{ends}]\\d)"
    assert pattern.pattern.count(guard) == 1
    return re.compile(pattern.pattern.replace(guard, ""))


@pytest.fixture(scope="module")
def texts(shared_dir: Path) -> list[str]:
    files = sorted(shared_dir.glob("data/press_releases/*.txt"))[:6]
    files += sorted(shared_dir.glob("data/ectsum_train/transcripts/*.txt"))[:20]
    return [load_document(f).text for f in files] + EDGE


@pytest.mark.parametrize("name", ["number", "single"])
def test_guarded_glued_code_branch_matches_as_before(texts: list[str], name: str) -> None:
    fast = getattr(grammar(), name)
    slow = _unguarded(fast)
    for text in texts:
        got = [(m.span(), m.groupdict()) for m in fast.finditer(text)]
        assert got == [(m.span(), m.groupdict()) for m in slow.finditer(text)], text[:80]


def test_glued_codes_still_read() -> None:
    number = grammar().number
    found = {t: [m.group("n1") for m in number.finditer(t)] for t in ("RMB9bn", "Usd5m", "xy9", "A9", "A 9")}
    assert found == {"RMB9bn": ["9"], "Usd5m": ["5"], "xy9": [], "A9": [], "A 9": ["9"]}
