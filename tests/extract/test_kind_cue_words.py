"""Forward cue words beyond "expect" / "will": "expecting", "projecting", "continue to project", "predict"."""

from __future__ import annotations

import pytest

from thesisledger.extract.cues import cues


def _kinds(sentence: str) -> list[str]:
    return [c.kind for c in cues(sentence.lower())]


@pytest.mark.parametrize(
    "sentence",
    [
        "We're now expecting $45 million of interest expense.",
        "We are projecting gross margin of 31% to 32%.",
        "We continue to project a tax rate in the low 20% range.",
        "We predict revenue of about $3 billion.",
    ],
)
def test_forward_verbs(sentence: str) -> None:
    assert _kinds(sentence) == ["forward"]


def test_project_as_a_noun_is_no_cue() -> None:
    assert _kinds("The project added 120 megawatts of capacity.") == []
    assert _kinds("Each project costs about $20 million.") == []
