"""The quantity scanner's fast paths match exactly what the patterns they replace match.

grammar._number_pattern guards the glued-currency branch ("RMB9bn") with a one-character test on the
code's last letter, and the currency word after a number ("5 billion yuan") with a look at its first
letter; the pattern without the guards is rebuilt here and both are run over real text from ../shared
and edge cases.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from thesisledger.documents import load_document
from thesisledger.quantities import find_quantities, reader
from thesisledger.quantities.grammar import _first_chars, currency_forms, grammar
from thesisledger.quantities.lexicon import lexicon
from thesisledger.quantities.units import UnitKind

EDGE = [
    "RMB9bn", "Rmb9bn", "rmb 9 billion", "USD5", "Usd5.2m", "xUSD5", "HKD1,234", "HK$1,234", "EUR-5",
    "1,234,567.89", "12-15%", "A-1", "3.5.1", "v2", "FY2024", "Q3 2021", "JPY100 to JPY200", "CNY 8-10bn",
    "(3.2) billion", "$(3.2)", "9-10x", "10/20", "USD 5 and 8", "ÉUR5", "KRW1.5tn", "5 billion yuan",
    "5 Billion YUAN", "5 bn RMB", "5 usd", "5 USD.", "5\u00a0eur", "5 euros", "5 ſwiss", "5 \u212arw",
    "5 KRW", "8 hong kong dollars", "8 Hong  Kong Dollars", "5 yen", "5 yenx", "3 to 5 rmb",
]  # fmt: skip


def _unguarded(pattern: re.Pattern[str]) -> re.Pattern[str]:
    codes = sorted(c for c in currency_forms().prefixes if c.isalpha() and len(c) == 3)
    ends = "".join(sorted({c[-1] for c in codes}))
    src = pattern.pattern
    for guard in (f"(?<=[{ends}]\\d)", f"(?={_first_chars(currency_forms().suffixes)})"):
        assert src.count(guard) == 1, guard
        src = src.replace(guard, "")
    return re.compile(src)


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


def test_first_letter_guard_folds_case_as_the_words_do() -> None:
    """(?i:[...]) must accept exactly the characters that (?i:c) accepts for some first letter c."""
    suffixes = list(currency_forms().suffixes)
    guard = re.compile(f"(?i:{_first_chars(suffixes)})")
    singles = [re.compile(f"(?i:{re.escape(c)})") for c in {w[0] for w in suffixes}]
    for code in range(0x3000):
        ch = chr(code)
        want = any(p.fullmatch(ch) for p in singles)
        assert (guard.fullmatch(ch) is not None) == want, hex(code)
    for ch in ("\u212a", "\u017f", "\u0130", "\u0131", "\ufb05"):
        assert (guard.fullmatch(ch) is not None) == any(p.fullmatch(ch) for p in singles), ch


def test_named_counts_are_tried_only_after_the_words_their_patterns_end_with(texts: list[str]) -> None:
    """scan_named_counts skips both patterns unless the clause ends with a word of `_NAMED_LAST`: every
    match that ends a clause (one per number in real text and edge cases) ends with such a word."""
    edge = [
        "Net orders were",
        "the store count stood at",
        "New contracts for the quarter decreased 8% to",
        "Total net adds, defined here as fiber, were",
        "total orders of",
        "deliveries numbered",
    ]
    clauses = list(edge)
    for text in texts:
        clauses += [text[max(0, m.start() - 90) : m.start()].rstrip() for m in re.finditer(r"\d", text)]
    for before in clauses:
        ends = [
            m
            for pattern in (reader._NAMED_COUNT, reader._PLURAL_SUBJECT)
            for m in pattern.finditer(before, max(0, len(before) - 100))
            if m.end() == len(before)
        ]
        if ends:
            last = before[max(before.rfind(" "), before.rfind("\u00a0")) + 1 :]
            assert last in reader._NAMED_LAST, before


def test_number_word_finders_match_the_plain_alternation(texts: list[str]) -> None:
    words = "|".join(sorted(reader._counting_words(), key=len, reverse=True))
    plain = [re.compile(f"{lead}(?:{words})(?![a-z])") for lead in (" ", "\n", "\u00a0")]
    for text in [*texts, " two twelve ten tent\ntwo\u00a0three threes eleven"]:
        lower = text.lower()
        want = sorted(m.start() for p in plain for m in p.finditer(lower))
        got = sorted(m.start() for p in reader._number_word_finders() for m in p.finditer(lower))
        assert got == want


WORD_EDGE = [
    "two-fold", "threefold", "fold", "a fourfold rise", "two and a half times", "two and a half-turns",
    "half times", "one turn or less", "three percentage points", "six months", "Five Years", "ten-day",
    "seven basis points", "in the twenties", "Thirties", "mid-forties", "ties", "fifties", "nineties",
    "the low thirties", "high-Fifties percent", "mid-SEVENTIES", "into the eighties",
]  # fmt: skip


def test_number_word_hits_pass_the_inlined_first_test(texts: list[str]) -> None:
    """scan_words calls `_number_word` only where the anchor stands after a blank or hyphen that follows
    a number word's last letter (or "half"), or is "fold": every hit it reads as a quantity passes that."""
    read = 0
    for text in [*texts, *WORD_EDGE]:
        for anchor in reader._WORD_ANCHORS:
            for m in re.finditer(f"(?={re.escape(anchor)})", text):
                i = m.start()
                if reader._number_word(text, i, anchor, reader.Context(None, False)) is None:
                    continue
                read += 1
                if anchor != "fold":
                    assert i >= 2 and text[i - 1] in " -", text[max(0, i - 20) : i + 20]
                    assert text[i - 2] in reader._NUMBER_WORD_ENDS or (anchor in ("times", "turn") and i >= 5)
    assert read > 50


def test_anchor_finders_find_what_the_inlined_first_test_passed(texts: list[str]) -> None:
    """scan_words finds its anchors with reader._ANCHOR_FINDERS: the places a `str.find` loop with
    `_number_word`'s inlined first test (the code they replace) passes, in the same order."""
    ends = reader._NUMBER_WORD_ENDS
    for text in [*texts, *WORD_EDGE, "x times", "abcd times", "a-turn", "fold-fold"]:
        for anchor, finder in reader._ANCHOR_FINDERS:
            fold, halves = anchor == "fold", anchor in ("times", "turn")
            want = []
            i = text.find(anchor)
            while i != -1:
                if fold or (i >= 2 and text[i - 1] in " -" and (text[i - 2] in ends or (halves and i >= 5))):
                    want.append(i)
                i = text.find(anchor, i + 1)
            assert [m.start() for m in finder.finditer(text)] == want, (anchor, text[:80])


def test_tens_levels_follow_a_stem_letter(texts: list[str]) -> None:
    """`_level` reads "ties" only after a letter of `_TENS_LAST` (any letter (?i:) folds to one included)."""
    read = 0
    for text in [*texts, *WORD_EDGE]:
        for m in re.finditer("(?=ties)", text):
            if reader._level(text, m.start(), "ties", reader.Context(None, False)) is not None:
                read += 1
                assert text[m.start() - 1] in reader._TENS_LAST
    assert read >= 4
    folds = re.compile(f"(?i:[{''.join(sorted(set(reader._TENS_LAST)))}])")
    assert {chr(c) for c in range(0x3000) if folds.fullmatch(chr(c))} == reader._TENS_LAST


def test_one_compared_windows_hold_a_blank_then_one(texts: list[str]) -> None:
    """`_one_of_a_count` skips windows without " one" or "\\u00a0one": every `_ONE_COMPARED` match has one."""
    matched = 0
    for text in [*texts, "up from just one plant to four plants", "from one\u00a0contract to 4 contracts"]:
        lower = text.lower()
        for k in range(0, len(lower), 50):
            for m in reader._ONE_COMPARED.finditer(lower, k, k + 200):
                matched += 1
                assert " one" in m.group() or "\u00a0one" in m.group()
    assert matched > 0


def test_of_group_is_tried_only_after_a_blank_and_of(texts: list[str]) -> None:
    """read_number tried `_of_group` after a bare number followed by a blank; now only where the text goes on
    with " of": every match of the pattern that starts with a blank starts so."""
    matched = 0
    for text in [*texts, "16 of our top 20 deals", "115 of these aircraft", "4 of\u00a0the 7 segments"]:
        for m in re.finditer(r"\d", text):
            g = reader._of_group().match(text, m.end())
            if g is not None and text[m.end()] == " ":
                matched += 1
                assert text.startswith(" of", m.end()), text[m.end() : m.end() + 30]
    assert matched > 0


NOUN_EDGE = [
    "470,000 units", "13 operated rigs", "2 BOF converters", "two CH-47 helitankers", "five test aircraft",
    "1,600 test hours", "24 hours", "30 de novo senior focused centers", "5 growth-oriented d'hotels",
    "4 of the 7 segments", "16 of our top 20 deals", "a few hundred thousand members", "3 Big Ideas",
    "7 natural gas customers in total", "9 sales", "5 gas", "12 Xyzzy's stores", "6 well-run plants.",
]  # fmt: skip


@pytest.mark.parametrize("name", ["number", "single", "_of_group", "_counted_word_pattern", "_a_few_pattern"])
def test_possessive_noun_words_match_as_before(texts: list[str], name: str) -> None:
    """counted_noun's words are possessive (`[a-z][a-z'-]*+`); with a plain `*` every pattern holding the
    noun matches the same spans and groups."""
    fast = getattr(grammar(), name) if name in ("number", "single") else getattr(reader, name)()
    assert fast.pattern.count("'-]*+") in (3, 6)
    slow = re.compile(fast.pattern.replace("'-]*+", "'-]*"))
    for text in [*texts, *NOUN_EDGE]:
        got = [(m.span(), m.groupdict()) for m in fast.finditer(text)]
        assert got == [(m.span(), m.groupdict()) for m in slow.finditer(text)], text[:80]


def test_bound_words_read_once_per_spelling_as_the_lexicon_says() -> None:
    """`_bound_written` (cached per reversed spelling) gives the lexicon's kind for every bound word, in any
    case and with any blanks inside, and None for other words."""
    bounds = lexicon().bounds
    for word, kind in bounds.items():
        spellings = (word, word.upper(), word.title(), word.replace(" ", "  "), word.replace(" ", "\u00a0"))
        for written in spellings:
            want = bounds.get(" ".join(written.lower().split()))
            assert reader._bound_written(written[::-1]) == want == kind
    assert reader._bound_written("yadot") is None


def test_multiple_words_found_as_the_blank_led_pattern_found_them(texts: list[str]) -> None:
    """`_multiple_word_starts` (a `str.find` per word) lists what `re.finditer(" (double|...)")` matched."""
    pattern = re.compile(" (" + "|".join(reader._MULTIPLE_WORDS) + ")")
    edge = ["double", " double", "  half halftime", "twice twice", "more than triple,triple", "Double half"]
    for text in [*texts, *edge]:
        want = [(m.start() + 1, m.group(1)) for m in pattern.finditer(text)]
        assert reader._multiple_word_starts(text) == want


PER_RATE_EDGE = [
    "an absorption pace of 5.3 per month.", "x5 per month", "$5 per share", "1,200 per day", "2021 per year,",
    "12.3 per community and", "5 per cent", "a5.3 per month", "-3 per unit", "7 per each store.",
    "5 per month",
]  # fmt: skip


def test_per_rate_pattern_starting_with_a_digit_matches_the_look_behind_first_one(texts: list[str]) -> None:
    # the pattern as first written: its look-behind made `re` try it at every offset of a document
    src = reader._PER_RATE.pattern.replace(
        r"(?P<n>\d(?<![\w.,$€£¥/-]\d)\d{0,2}", r"(?<![\w.,$€£¥/-])(?P<n>\d{1,3}"
    )
    assert src != reader._PER_RATE.pattern
    plain = re.compile(src)
    for text in [*texts, *PER_RATE_EDGE]:
        got = [(m.span(), m.group("n")) for m in reader._PER_RATE.finditer(text)]
        assert got == [(m.span(), m.group("n")) for m in plain.finditer(text)]


def test_inventory_turns_found_from_its_second_letter_as_after_a_word_boundary() -> None:
    # "nventory turns" is found by a literal-led scan; the letter before ("I"/"i") and the word boundary
    # before that are checked in _ratio_noun_values, as the look-behind pattern it replaces did
    cases = {
        "Inventory turns were 4.5 after 4.7.": [4.5, 4.7],
        "Our inventory turns were 4.7 in the quarter.": [4.7],
        "xInventory turns were 4.5.": [],
        "Nventory turns were 4.5.": [],
    }
    for text, values in cases.items():
        found = [
            q.value for q in (m.quantity for m in find_quantities(text)) if q.unit.kind is UnitKind.MULTIPLE
        ]
        assert found == values, text
