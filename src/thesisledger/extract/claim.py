"""`Claim`: one quantity stated in a document, with what it is about and exactly where it stands."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from thesisledger.periods.period import Period, PeriodKind
from thesisledger.quantities.quantity import Quantity


class ClaimKind(StrEnum):
    ACTUAL = "actual"  # a reported figure for a closed period
    GUIDANCE = "guidance"  # management's expectation for a future period
    TARGET = "target"  # a long-term goal ("long-term EBITA margin target of 20%")
    ESTIMATE = "estimate"  # the author's or an analyst's own estimate
    HISTORICAL = "historical"  # a background fact (AWS in 2015)
    DERIVED = "derived"  # computed by the author from other numbers ("implying a 3.75x growth")


class Speaker(StrEnum):
    MANAGEMENT = "management"
    AUTHOR = "author"
    ANALYST = "analyst"
    OPERATOR = "operator"
    THIRD_PARTY = "third_party"


@dataclass(frozen=True, slots=True)
class Claim:
    """A quantitative claim with provenance. `start`/`end` index the document text as loaded."""

    document_id: str
    start: int
    end: int
    span_text: str
    sentence: str
    quantity: Quantity
    metric: str | None
    kind: ClaimKind
    speaker: Speaker
    entity: str | None = None  # entity key from the company profile ("cloud", "maas")
    period: Period | None = None
    speaker_name: str | None = None  # "Eddie Wu -- CEO" when the text names the speaker
    direction: str | None = None  # the direction words as written: "exceed", "surpass", "at least"
    sentence_start: int = 0
    page: int = 1
    # what an optional refiner changed ("metric None -> revenue (chat:qwen3:8b)"); None: the rules' labels
    refinement: str | None = None

    def to_json(self) -> dict[str, Any]:
        """The stable `--jsonl` contract documented in the README."""
        q = self.quantity
        # An open horizon ("long term") is no period a fiscal label or interval can name: the contract
        # gives null and says the horizon apart; `Claim.period` keeps it for guidance.
        p = self.period
        horizon = p.label if p is not None and p.kind is PeriodKind.OPEN else None
        if horizon is not None:
            p = None
        return {
            "document_id": self.document_id,
            "start": self.start,
            "end": self.end,
            "span_text": self.span_text,
            "sentence": self.sentence,
            "entity": self.entity,
            "metric": self.metric,
            "kind": self.kind.value,
            **q.to_dict(),
            "period": p.label if p else None,
            "period_start": p.start.isoformat() if p else None,
            "period_end": p.end.isoformat() if p else None,
            "horizon": horizon,
            "speaker": self.speaker.value,
            "speaker_name": self.speaker_name,
            "direction": self.direction,
            "page": self.page,
            # only when a refiner changed a label, like the quantity's optional keys
            **({"refinement": self.refinement} if self.refinement is not None else {}),
        }
