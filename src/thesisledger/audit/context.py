"""What every rule reads: the document's sentences, the claims in each, and the patterns that tie
numbers together ("from X to Y", a bare "30 billion" read in the currency around it)."""

from __future__ import annotations

import bisect
import re
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from functools import cache, cached_property
from importlib import resources

from thesisledger.audit.finding import Quote
from thesisledger.documents import Document, split_sentences
from thesisledger.errors import FxRateError
from thesisledger.extract.claim import Claim
from thesisledger.facts import Fact
from thesisledger.quantities import FxQuote, FxTable, Quantity, Unit, UnitKind, format_quantity
from thesisledger.quantities.lexicon import lexicon

_FROM = re.compile(r"\bfrom\s*$", re.IGNORECASE)
# between the two ends of "from X [in 2024] to Y": a few words, then "to"
RANGE_LEAD = re.compile(r"\b(?:range[sd]?|ranging|between|spread)\b[^.;]*$", re.I)
"""'range from X to Y' is an interval, not a path from X to Y."""
_TO = re.compile(r"^[\s,]*(?:[\w\-']+\s+){0,4}?to\s*$", re.IGNORECASE)
FX_LOOKBACKYEARS = 3
"""When the FX table stops before a document's date, use its latest year up to this many years back."""
YEAR = re.compile(r"\s*(?:19|20)\d\d\s*")
"""A bare year ("in 2021") read as an amount is a parsing slip, never a figure to check."""
_ACRONYM = re.compile(r"\b[A-Z][A-Za-z]*[A-Z][A-Za-z]*\b")


@dataclass(frozen=True, slots=True)
class Sentence:
    index: int
    start: int
    end: int
    text: str
    claims: tuple[Claim, ...]


@dataclass(frozen=True, slots=True)
class Pair:
    """ "from `start` to `end`" in one sentence, both read in the same unit."""

    start: Claim
    end: Claim
    start_q: Quantity
    end_q: Quantity


def fmt(q: Quantity, digits: int = 3) -> str:
    return format_quantity(q, digits=digits)


def quote(c: Claim) -> Quote:
    return Quote(c.start, c.end, c.span_text)


def is_bare_amount(q: Quantity) -> bool:
    """ "30 billion" with no currency or noun: the reader supplies the unit from context."""
    return q.unit.kind is UnitKind.COUNT and q.unit.noun is None and q.scale is not None


def is_money(q: Quantity) -> bool:
    return q.unit.kind is UnitKind.CURRENCY or is_bare_amount(q)


def aligned(a: Quantity, b: Quantity) -> tuple[Quantity, Quantity] | None:
    """`a` and `b` in one unit: equal units, or a bare amount read in the other's currency."""
    if a.unit == b.unit:
        return a, b
    if is_bare_amount(a) and b.unit.kind is UnitKind.CURRENCY:
        return a.with_unit(b.unit), b
    if is_bare_amount(b) and a.unit.kind is UnitKind.CURRENCY:
        return a, b.with_unit(a.unit)
    return None


def _shared_scale(a: Quantity, b: Quantity) -> tuple[Quantity, Quantity]:
    """ "from $155.5 to $172.2 million": the scale word written once serves both ends."""
    if a.scale is None and b.scale is not None and a.unit.kind is b.unit.kind is UnitKind.CURRENCY:
        lex = lexicon()
        key = b.scale.lower()
        power = lex.scales.get(key, lex.attached_scales.get(key, 0))
        if power > 0:
            return replace(a.scaled(10.0**power), scale=b.scale), b
    return a, b


_WORD = re.compile(r"\w+")
_PERIODISH = re.compile(r"(fy|h|q)\d*\w*")


@cache
def _metric_aliases() -> dict[str, tuple[tuple[str, ...], ...]]:
    """Metric aliases as lower-case word tuples, keyed by their first word."""
    raw = tomllib.loads(
        resources.files("thesisledger.extract").joinpath("data/metrics.toml").read_text("utf-8")
    )
    aliases = {a.lower() for spec in raw["metric"].values() for a in spec.get("aliases", []) if len(a) > 2}
    aliases |= {"loss", "losses", "profit", "arr", "capex"}
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for a in aliases:
        words = tuple(_WORD.findall(a))
        if words:
            by_first.setdefault(words[0], []).append(words)
    return {k: tuple(v) for k, v in by_first.items()}


@cache
def subject_terms(text: str) -> frozenset[str]:
    """What a sentence is about, for claims without a metric: acronyms (ARR, MaaS) and metric words."""
    terms = {m.group().lower() for m in _ACRONYM.finditer(text) if m.group()[:2] not in ("FY", "Q1")}
    aliases = _metric_aliases()
    words = _WORD.findall(text.lower())
    for k, w in enumerate(words):
        for alias in aliases.get(w, ()):
            if tuple(words[k : k + len(alias)]) == alias:
                terms.add(" ".join(alias))
    return frozenset(t for t in terms if not _PERIODISH.fullmatch(t))


class AuditContext:
    """A document, its claims grouped by sentence, the FX table and the ledger's facts."""

    def __init__(
        self,
        doc: Document,
        claims: Sequence[Claim],
        *,
        fx: FxTable | None = None,
        ledger_facts: Sequence[Fact] = (),
    ) -> None:
        self.doc = doc
        self.text = doc.text
        self.fx = fx or FxTable.default()
        self.facts = tuple(ledger_facts)
        self.claims = sorted(
            (c for c in claims if not YEAR.fullmatch(c.span_text)), key=lambda c: (c.start, c.end)
        )
        spans = split_sentences(doc.text)
        self._starts = [s for s, _ in spans]
        groups: list[list[Claim]] = [[] for _ in spans]
        for c in self.claims:
            i = self.sentence_index(c.start)
            if i is not None:
                groups[i].append(c)
        self.sentences = [
            Sentence(i, s, e, doc.text[s:e], tuple(g))
            for i, ((s, e), g) in enumerate(zip(spans, groups, strict=True))
        ]

    @cached_property
    def acronym_counts(self) -> dict[str, int]:
        """In how many sentences each acronym-like term (lower-cased) appears."""
        counts: dict[str, int] = {}
        for s in self.sentences:
            for t in {m.group().lower() for m in _ACRONYM.finditer(s.text)}:
                counts[t] = counts.get(t, 0) + 1
        return counts

    def sentence_index(self, offset: int) -> int | None:
        i = bisect.bisect_right(self._starts, offset) - 1
        return i if i >= 0 else None

    def sentence_of(self, c: Claim) -> Sentence:
        i = self.sentence_index(c.start)
        return self.sentences[i if i is not None else 0]

    def window(self, s: Sentence, before: int, after: int) -> list[Sentence]:
        return self.sentences[max(0, s.index - before) : s.index + after + 1]

    def before(self, c: Claim, chars: int = 40) -> str:
        """The text just before claim `c` inside its sentence (at most `chars` characters)."""
        s = self.sentence_of(c)
        return self.text[max(s.start, c.start - chars) : c.start]

    def after(self, c: Claim, chars: int = 40) -> str:
        s = self.sentence_of(c)
        return self.text[c.end : min(s.end, c.end + chars)]

    def between(self, a: Claim, b: Claim) -> str:
        return self.text[a.end : b.start]

    @property
    def year(self) -> int | None:
        d: date | None = self.doc.date
        return d.year if d else None

    def pairs(self, s: Sentence) -> list[Pair]:
        """Every "from X to Y" in sentence `s` with X and Y in one unit."""
        out: list[Pair] = []
        cs = s.claims
        for i, a in enumerate(cs[:-1]):
            lead = self.text[max(s.start, cs[i - 1].end if i else s.start, a.start - 20) : a.start]
            if not _FROM.search(lead) or RANGE_LEAD.search(self.text[max(s.start, a.start - 40) : a.start]):
                continue
            b = cs[i + 1]
            if not _TO.match(self.between(a, b)):
                continue
            both = aligned(*_shared_scale(a.quantity, b.quantity))
            if both is not None:
                out.append(Pair(a, b, *both))
        return out

    def currency_near(self, c: Claim, before: int = 2) -> Unit | None:
        """The currency of the nearest explicit money figure in `c`'s sentence or the `before` ahead."""
        s = self.sentence_of(c)
        for sent in reversed(self.window(s, before, 0)):
            cands = [x for x in sent.claims if x.quantity.unit.kind is UnitKind.CURRENCY]
            if sent is s:
                cands.sort(key=lambda x: abs(x.start - c.start))
            elif cands:
                cands = [cands[-1]]
            if cands:
                return cands[0].quantity.unit
        return None

    def resolved(self, c: Claim) -> Quantity:
        """`c`'s quantity, with a bare amount read in the currency around it when there is one."""
        q = c.quantity
        if is_bare_amount(q):
            unit = self.currency_near(c)
            if unit is not None:
                return replace(q, unit=unit)
        return q

    # -- FX -----------------------------------------------------------------------------------
    def fx_date(self, c: Claim | None = None) -> date:
        """The date a figure's FX rate applies on: its period's end, else the document's date."""
        if c is not None and c.period is not None:
            return c.period.end
        return self.doc.date or date.today()

    def fx_quote(self, base: str, quote_ccy: str, c: Claim | None = None) -> FxQuote | None:
        """Units of `quote_ccy` per `base` for `c`; the latest earlier year when the table stops short."""
        on = self.fx_date(c)
        for back in range(0, FX_LOOKBACKYEARS + 1):
            day = on if back == 0 else date(on.year - back, 12, 31)
            try:
                return self.fx.quote(base, quote_ccy, day)
            except FxRateError:
                continue
        return None

    def convert(self, q: Quantity, to: str, c: Claim | None = None) -> tuple[Quantity, FxQuote] | None:
        fxq = self.fx_quote(q.unit.code, to, c)
        if fxq is None:
            return None
        unit = Unit(UnitKind.CURRENCY, fxq.quote, per_share=q.unit.per_share)
        return (q if fxq.base == fxq.quote else q.scaled(fxq.rate, unit)), fxq
