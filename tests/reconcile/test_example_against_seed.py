"""The shipped Alibaba guidance restates figures the seed note gives (read from ../shared at test time)."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from thesisledger.errors import InputError
from thesisledger.quantities import find_quantities
from thesisledger.reconcile.guidance_file import guidance_from_item, read_guidance_file

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "alibaba" / "guidance.yaml"


def test_every_promised_figure_is_in_the_seed_note(seed_note_path: Path) -> None:
    text = seed_note_path.read_text("utf-8")
    stated = {(m.quantity.low, m.quantity.high, m.quantity.qualitative) for m in find_quantities(text)}
    edges = {v for lo, hi, _ in stated for v in (lo, hi) if v is not None}
    levels = {q for _, _, q in stated if q}
    for g in read_guidance_file(EXAMPLE):
        q = g.quantity
        if q.qualitative:
            assert q.qualitative in levels, g.quote
        else:
            assert {v for v in (q.low, q.high) if v is not None} <= edges, g.quote


@settings(max_examples=200, deadline=None)
@given(
    promise=st.text(max_size=40),
    period=st.text(max_size=30),
    metric=st.sampled_from(["revenue", "arr", ""]),
)
def test_any_item_is_read_or_refused_with_an_input_error(promise: str, period: str, metric: str) -> None:
    item = {
        "company": "BABA",
        "metric": metric,
        "promise": promise,
        "period": period,
        "given_at": "2026-05-15",
    }
    try:
        g = guidance_from_item(item, source_name="fuzz")
    except InputError:
        return
    assert g.metric == metric and g.quantity is not None
