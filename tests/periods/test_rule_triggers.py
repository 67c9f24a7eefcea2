"""The trigger gate of the period rules skips only rules that would do nothing.

Each rule that declares trigger words (`@TRIGGERS.needs(...)`) is run UNGATED on every number of a fixed
sample of real texts from ../shared (the dev documents, the seed notes and a few unlabelled calls): where its
sentence holds none of its words it must return the period it was given (and leave the kind alone); where
they are present it must act on at least one number, so a trigger list that no longer matches what the rule
reads fails here. The automaton's one pass must find exactly the declared words a plain substring test finds.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest

from thesisledger.companies import find_profile
from thesisledger.documents import load_document
from thesisledger.extract import extract_claims, period_rules
from thesisledger.extract.extractor import _Extractor
from thesisledger.extract.period_rules import Number, Rule, Step
from thesisledger.extract.triggers import TRIGGERS, Triggers
from thesisledger.periods.period import Period

_LABELS = Path(__file__).resolve().parents[1] / "extract" / "labels"
# unlabelled calls where the rules the dev documents never fire fire (none held out): cap_rate, so_far_now,
# change_on_top_of_base, capability, rate_then_through_year, named_guidance_actual, base_change, stake
_EXTRA_CALLS = (
    "AAT_q3_2021", "ACC_q2_2020", "AON_q1_2021", "AZO_q4_2021", "CUZ_q2_2021", "DBD_q4_2020", "GPC_q3_2021",
    "JLL_q4_2020",
)  # fmt: skip
_QUARTER_END = {"1": (3, 31), "2": (6, 30), "3": (9, 30), "4": (12, 31)}


def _call_date(stem: str) -> date:
    """A date for an unlabelled call "AAT_q3_2021": 25 days after the quarter it reports on ends."""
    quarter, year = stem.rsplit("_", 2)[1:]
    return date(int(year), *_QUARTER_END[quarter[1]]) + timedelta(days=25)


def _sample(shared: Path) -> list[tuple[Path, date | None, str | None]]:
    """The dev documents, with the date and company their label files give (a results call needs its date
    for most rules to act), and the seed notes."""
    out: list[tuple[Path, date | None, str | None]] = [
        (p, None, None) for p in sorted(shared.glob("seed/*.txt"))
    ]
    for f in sorted(_LABELS.glob("dev_*.jsonl")):
        with f.open(encoding="utf-8") as fh:
            head = json.loads(fh.readline())
        out.append((shared / head["doc"], date.fromisoformat(head["date"]), head.get("company")))
    calls = shared / "data" / "ectsum_train" / "transcripts"
    out.extend((calls / f"{stem}.txt", _call_date(stem), None) for stem in _EXTRA_CALLS)
    return out


def _words(rule: Rule) -> list[str]:
    """The trigger words `rule` declared, read back from its bits."""
    mask = TRIGGERS.masks[rule]
    return [w for w, bit in TRIGGERS._bits.items() if bit & mask]


@pytest.fixture(scope="module")
def outcomes(shared_dir: Path) -> Iterator[dict[str, tuple[int, int]]]:
    """Per gated rule: (numbers where its words are present and it acted, numbers where absent)."""
    seen: dict[str, tuple[int, int]] = {}
    words = {r: _words(r) for r in TRIGGERS.masks}

    def probe(rule: Rule) -> Rule:
        if rule not in words:
            return rule

        def run(ex: _Extractor, n: Number, period: Period | None) -> Period | None:
            kind, continued = n.kind, n.continued
            out = rule(ex, n, period)
            acted = out is not period or n.kind is not kind or n.continued is not continued
            present = any(w in n.s.lowered for w in words[rule])
            if not present:
                assert not acted, (rule.__name__, n.s.text)
            hits, absent = seen.get(rule.__name__, (0, 0))
            seen[rule.__name__] = (hits + (present and acted), absent + (not present))
            return out

        return run

    def ungated(steps: tuple[Step, ...]) -> tuple[Step, ...]:
        return tuple(
            (probe(r), fills, amends, guided, only, 0) for r, fills, amends, guided, only, _ in steps
        )

    names = ("BEFORE_STEPS", "AFTER_STEPS", "BEFORE_STEPS_NO_NOTE", "AFTER_STEPS_NO_NOTE")
    saved = {k: getattr(period_rules, k) for k in names}
    with pytest.MonkeyPatch.context() as mp:
        for k in names:
            mp.setattr(period_rules, k, ungated(saved[k]))
        for path, day, company in _sample(shared_dir):
            doc = load_document(path, date=day, company=company)
            extract_claims(doc, find_profile(company) if company else None)
    yield seen


def test_a_gated_rule_without_its_words_returns_its_input(outcomes: dict[str, tuple[int, int]]) -> None:
    """(The probe asserts it per number; here: every gated rule met sentences without its words.)"""
    for rule in TRIGGERS.masks:
        assert outcomes.get(rule.__name__, (0, 0))[1] > 0, rule.__name__


def test_a_gated_rule_acts_where_its_words_are(outcomes: dict[str, tuple[int, int]]) -> None:
    idle = [r.__name__ for r in TRIGGERS.masks if outcomes.get(r.__name__, (0, 0))[0] == 0]
    assert idle == []


def test_present_finds_exactly_the_declared_words(shared_dir: Path) -> None:
    from shared_paths import sample_sentences

    bits = TRIGGERS._bits
    for s in [*sample_sentences(shared_dir), "", "capable", "scan", "sit here today"]:
        low = s.lower()
        want = 0
        for w, bit in bits.items():
            if w in low:
                want |= bit
        assert TRIGGERS.present(low) == want, s


def test_needs_rejects_words_it_could_not_find() -> None:
    t = Triggers()
    assert t.present("anything") == 0  # no words declared yet
    with pytest.raises(ValueError):
        t.needs("Can")
    with pytest.raises(ValueError):
        t.needs("")
