"""Guidance records: from claims, from hand-entered files, and in the ledger (point in time, idempotent)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from reconcile_helpers import CALL, promise

import thesisledger.reconcile as reconcile
from thesisledger.errors import DataFileError, InputError
from thesisledger.extract.claim import Claim, ClaimKind, Speaker
from thesisledger.periods import PeriodKind
from thesisledger.quantities import Bound, find_quantities
from thesisledger.reconcile import Guidance, GuidanceKind
from thesisledger.reconcile.guidance_file import read_guidance_file, read_guidance_text
from thesisledger.store import Ledger

REPO = Path(__file__).resolve().parents[2]


def test_public_names() -> None:
    assert sorted(reconcile.__all__) == reconcile.__all__
    assert {"Guidance", "Verdict", "Status", "resolve", "resolve_all", "revisions", "credibility"} <= set(
        reconcile.__all__
    )


def test_from_claim_keeps_the_span_and_the_speaker() -> None:
    text = "We expect the cloud margin to reach 20% over the long term."
    match = next(find_quantities(text))
    claim = Claim(
        document_id="doc1",
        start=match.start,
        end=match.end,
        span_text=match.text,
        sentence=text,
        quantity=match.quantity,
        metric="ebita_margin",
        kind=ClaimKind.TARGET,
        speaker=Speaker.MANAGEMENT,
        entity="cloud",
        period=promise("ebita_margin", "20%", "long term").period,
        speaker_name="Chief Financial Officer",
    )
    g = Guidance.from_claim(claim, "BABA", CALL)
    assert (g.source, g.span_start, g.span_end, text[g.span_start : g.span_end]) == ("doc1", 36, 39, "20%")
    assert (g.kind, g.speaker, g.quote, g.entity) == (
        GuidanceKind.TARGET,
        "Chief Financial Officer",
        text,
        "cloud",
    )
    assert g.id == Guidance.from_claim(claim, "BABA", CALL).id
    with pytest.raises(InputError, match="is actual, not guidance"):
        Guidance.from_claim(
            Claim(
                "doc1", 0, 3, "20%", text, match.quantity, "ebita_margin", ClaimKind.ACTUAL, Speaker.AUTHOR
            ),
            "BABA",
            CALL,
        )


def test_the_alibaba_example_file() -> None:
    items = read_guidance_file(REPO / "examples" / "alibaba" / "guidance.yaml")
    by = {(g.entity, g.metric, g.period.label): g for g in items}
    assert len(items) == 7
    share = by[("cloud", "ai_revenue_share", "2027-05-15")]
    assert (share.quantity.bound, share.quantity.low, share.period.approximate) == (Bound.GT, 0.5, True)
    teens = by[("cloud", "ebita_margin", "FY27Q1-FY27Q2")]
    assert (teens.quantity.low, teens.quantity.high, teens.quantity.qualitative) == (0.10, 0.19, "teens")
    loss = by[("all_others", "loss", "FY27Q1")]
    assert (loss.quantity.low, loss.quantity.high, str(loss.quantity.unit)) == (10e9, 20e9, "CNY")
    arr = by[("maas", "arr", "2026-12-31")]
    assert (arr.period.kind, arr.period.start) == (PeriodKind.DEADLINE, date(2026, 5, 15))
    assert by[("cloud", "ebita_margin", "long term")].kind is GuidanceKind.TARGET
    assert {g.given_at for g in items} == {date(2026, 5, 15)}


def test_csv_with_numbers_and_a_default_currency() -> None:
    text = (
        "company,entity,metric,low,high,unit,scale,period,given_at,speaker,quote\n"
        "BABA,all_others,loss,10,20,CNY,billion,FY27Q1,2026-05-15,CFO,a loss of 10 to 20bn\n"
        "BABA,cloud,ebita_margin,,,,,FY27Q2,2026-05-15,CFO,\n"
    )
    with pytest.raises(DataFileError, match=r"g\.csv line 3: give the promise"):
        read_guidance_text(text, "g.csv")
    [g] = read_guidance_text(text.splitlines(keepends=True)[0] + text.splitlines(keepends=True)[1], "g.csv")
    assert (g.quantity.low, g.quantity.high, g.quantity.bound, g.speaker) == (10e9, 20e9, Bound.RANGE, "CFO")
    assert g.source == "g.csv"


@pytest.mark.parametrize(
    ("item", "message"),
    [
        ("metric: revenue\n    promise: 5 apples and pears\n    period: FY27Q1", "guidance item 1"),
        ("metric: revenue\n    promise: RMB 5 billion\n    period: FY27Q9", "FY27Q9"),
        (
            "metric: revenue\n    promise: RMB 5 billion\n    period: FY27Q1\n    entity: moon",
            "entity 'moon'",
        ),
        ("metric: revenue\n    promise: RMB 5 billion\n    period: FY27Q1\n    colour: red", "unknown field"),
        ("promise: RMB 5 billion\n    period: FY27Q1", "missing metric"),
    ],
)
def test_bad_items_name_the_item(item: str, message: str) -> None:
    text = f"company: BABA\ngiven_at: 2026-05-15\nguidance:\n  - {item}\n"
    with pytest.raises(DataFileError, match=message):
        read_guidance_text(text, "bad.yaml")


def test_ledger_stores_guidance_once_and_answers_as_of(tmp_path: Path) -> None:
    early = promise("arr", "above RMB 30 billion", "by the end of 2026", entity="maas")
    later = promise("loss", "RMB 10-20 billion", "FY27Q1", entity="all_others", given_at=date(2026, 8, 20))
    with Ledger.open(tmp_path / "l.duckdb") as led:
        assert led.add_guidance([early, later, early]) == 2
        assert led.add_guidance([early, later]) == 0
        assert led.count("guidance") == 2
        assert led.guidance("BABA") == [early, later]  # round trip, oldest first
        assert led.guidance("Alibaba", as_of=date(2026, 8, 19)) == [early]
        assert led.guidance("BABA", metric="loss") == [later]
        assert led.guidance("BABA", entity="maas") == [early]
    with Ledger.open(tmp_path / "l.duckdb") as led:
        assert led.guidance("BABA", as_of=date(2026, 8, 20)) == [early, later]


def _claim(
    text: str, kind: ClaimKind, metric: str | None, period_words: str | None, doc_id: str = "doc2"
) -> Claim:
    match = next(find_quantities(text))
    return Claim(
        document_id=doc_id,
        start=match.start,
        end=match.end,
        span_text=match.text,
        sentence=text,
        quantity=match.quantity,
        metric=metric,
        kind=kind,
        speaker=Speaker.MANAGEMENT,
        entity="maas",
        period=promise("arr", "RMB 10 billion", period_words).period if period_words else None,
    )


def test_guidance_from_claims_keeps_promises_skips_uncheckable_and_merges_repeats() -> None:
    said = "We expect RMB 10 billion MaaS ARR in June."  # earlier in the text than the repeat
    repeated = "Again: MaaS ARR of RMB 10 billion in June is our plan."
    claims = [
        _claim(said, ClaimKind.GUIDANCE, "arr", "in June 2026"),
        _claim(repeated, ClaimKind.GUIDANCE, "arr", "in June 2026"),
        _claim("Revenue was RMB 9 billion.", ClaimKind.ACTUAL, "revenue", "in June 2026"),
        _claim("We expect RMB 5 billion more.", ClaimKind.GUIDANCE, None, "in June 2026"),
        _claim("We expect RMB 7 billion.", ClaimKind.TARGET, "arr", None),
    ]
    made, skipped = reconcile.guidance_from_claims(claims, "BABA", CALL)
    assert [g.quote for g in made] == [said]  # the repeat is the same promise; the actual is not one
    assert [c.span_text for c in skipped] == ["RMB 5 billion", "RMB 7 billion"]
    assert made[0].source == "doc2" and said[made[0].span_start : made[0].span_end] == "RMB 10 billion"


def test_record_document_replaces_its_extracted_guidance_only(tmp_path: Path) -> None:
    from thesisledger.documents.document import Document

    text = "We expect MaaS ARR to reach RMB 10 billion in June."
    doc = Document(text=text, title="call", source="call.txt", date=CALL, company="BABA")
    claim = _claim(text, ClaimKind.GUIDANCE, "arr", "in June 2026", doc.id)
    by_hand = promise("arr", "RMB 30 billion", "by the end of 2026")
    with Ledger.open(tmp_path / "l.duckdb") as ledger:
        ledger.add_guidance([by_hand])
        made, _ = reconcile.guidance_from_claims([claim], "BABA", CALL)
        ledger.record_document(doc, [claim], made)
        ledger.record_document(doc, [claim], made)  # idempotent
        assert sorted(g.quote for g in ledger.guidance("BABA")) == sorted([by_hand.quote, text])
        ledger.record_document(doc, [claim], [])  # re-extracted, no promise left: only the hand one stays
        assert [g.id for g in ledger.guidance("BABA")] == [by_hand.id]
