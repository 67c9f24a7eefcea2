"""A document's text cut into plain pieces and claim spans, for highlighting every claim in place."""

from __future__ import annotations

from dataclasses import dataclass

from thesisledger.report.model import ClaimRow


@dataclass(frozen=True, slots=True)
class Piece:
    """A run of text; `claim` is set when the run is a claim's span."""

    text: str
    claim: ClaimRow | None = None


def highlight(text: str, claims: list[ClaimRow]) -> list[Piece]:
    """`text` as pieces in order; each claim span once. Overlapping spans: the earlier (then longer) wins."""
    pieces: list[Piece] = []
    pos = 0
    for c in sorted(claims, key=lambda c: (c.start, -c.end)):
        if c.start < pos or c.end > len(text) or c.end <= c.start:
            continue  # overlaps a span already shown, or does not fit this text
        if c.start > pos:
            pieces.append(Piece(text[pos : c.start]))
        pieces.append(Piece(text[c.start : c.end], c))
        pos = c.end
    if pos < len(text):
        pieces.append(Piece(text[pos:]))
    return pieces
