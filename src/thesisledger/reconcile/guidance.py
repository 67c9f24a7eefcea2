"""`Guidance`: a promise management made about a metric for a period, with who said it and where."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Any

from thesisledger.errors import InputError
from thesisledger.extract.claim import Claim, ClaimKind
from thesisledger.periods.period import Period
from thesisledger.quantities.quantity import Quantity


class GuidanceKind(StrEnum):
    GUIDANCE = "guidance"  # an expectation for a period ("teens over the next two quarters")
    TARGET = "target"  # a long-term goal ("20% long term")


def guidance_id(*parts: object) -> str:
    return hashlib.sha256("\x1f".join(str(p) for p in parts).encode()).hexdigest()[:32]


@dataclass(frozen=True, slots=True)
class Guidance:
    """One promise. `entity` is a profile entity key ("cloud") or None for the whole company.

    `source` is a document id or a file name; `span_start`/`span_end` index that document's text
    when the guidance came from a claim. `period_text` keeps the period words as said ("earlier
    than the end of the year"), which revisions read. `withdrawn` marks a record that withdraws
    the earlier guidance it names.
    """

    id: str
    company: str
    entity: str | None
    metric: str
    quantity: Quantity
    period: Period
    speaker: str
    given_at: date
    source: str
    quote: str
    span_start: int | None = None
    span_end: int | None = None
    kind: GuidanceKind = GuidanceKind.GUIDANCE
    period_text: str | None = None
    withdrawn: bool = False

    @property
    def key(self) -> tuple[str, str, str]:
        """What revisions of one promise share: company, entity, metric."""
        return (self.company, self.entity or "", self.metric)

    @property
    def label(self) -> str:
        """ "cloud ebita_margin" or "revenue": how tables name the metric."""
        return f"{self.entity} {self.metric}" if self.entity else self.metric

    @classmethod
    def create(
        cls,
        *,
        company: str,
        entity: str | None,
        metric: str,
        quantity: Quantity,
        period: Period,
        speaker: str,
        given_at: date,
        source: str,
        quote: str,
        kind: GuidanceKind = GuidanceKind.GUIDANCE,
        period_text: str | None = None,
        withdrawn: bool = False,
    ) -> Guidance:
        """A hand-entered promise; its id is a hash of what it says, so re-adding it is a no-op."""
        gid = guidance_id(
            company,
            entity or "",
            metric,
            period.start,
            period.end,
            quantity.low,
            quantity.high,
            quantity.bound.value,
            quantity.unit,
            given_at,
            source,
            withdrawn,
        )
        return cls(
            gid, company, entity, metric, quantity, period, speaker, given_at, source, quote,
            kind=kind, period_text=period_text, withdrawn=withdrawn,
        )  # fmt: skip

    @classmethod
    def from_claim(cls, claim: Claim, company: str, given_at: date) -> Guidance:
        """Guidance from an extracted guidance or target claim (which must have a metric and a period)."""
        if claim.kind not in (ClaimKind.GUIDANCE, ClaimKind.TARGET):
            raise InputError(f"claim {claim.span_text!r} is {claim.kind.value}, not guidance or a target")
        if claim.metric is None or claim.period is None:
            missing = "metric" if claim.metric is None else "period"
            raise InputError(f"guidance claim {claim.span_text!r} has no {missing}; it cannot be checked")
        speaker = claim.speaker_name or claim.speaker.value
        return cls(
            id=guidance_id(claim.document_id, claim.start, claim.end),
            company=company,
            entity=claim.entity,
            metric=claim.metric,
            quantity=claim.quantity,
            period=claim.period,
            speaker=speaker,
            given_at=given_at,
            source=claim.document_id,
            quote=claim.sentence,
            span_start=claim.start,
            span_end=claim.end,
            kind=GuidanceKind.TARGET if claim.kind is ClaimKind.TARGET else GuidanceKind.GUIDANCE,
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "company": self.company,
            "entity": self.entity,
            "metric": self.metric,
            "promise": self.quantity.to_dict(),
            "promise_text": str(self.quantity),
            "period": self.period.to_dict(),
            "period_text": self.period_text,
            "speaker": self.speaker,
            "given_at": self.given_at.isoformat(),
            "source": self.source,
            "quote": self.quote,
            "span": [self.span_start, self.span_end] if self.span_start is not None else None,
            "kind": self.kind.value,
            "withdrawn": self.withdrawn,
        }


def guidance_from_claims(
    claims: Iterable[Claim], company: str, given_at: date
) -> tuple[list[Guidance], list[Claim]]:
    """Guidance records from a document's guidance and target claims: (records, skipped claims).

    A promise can only be checked when it names a metric and a period, so guidance claims without
    either are returned as skipped (for the caller to report), never silently dropped.
    """
    made: dict[tuple[object, ...], Guidance] = {}
    skipped: list[Claim] = []
    for claim in sorted(claims, key=lambda c: c.start):
        if claim.kind not in (ClaimKind.GUIDANCE, ClaimKind.TARGET):
            continue
        if claim.metric is None or claim.period is None:
            skipped.append(claim)
            continue
        g = Guidance.from_claim(claim, company, given_at)
        # A note often repeats a promise (summary, then detail): one promise, first quote kept,
        # so a repeated sentence does not count twice in credibility.
        q = g.quantity
        key = (g.entity, g.metric, g.period.start, g.period.end, q.low, q.high, q.bound, q.unit)
        made.setdefault(key, g)
    return list(made.values()), skipped
