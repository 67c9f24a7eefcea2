"""`build_report`: gather a company's facts, claims, valuation, triggers and audit from the core.

    with Ledger.open(db) as ledger:
        report = build_report(ledger, "BABA", thesis_path="examples/alibaba/thesis.yaml")
    html = render_html(report)

The ledger is only read. Without a ledger (None) the report holds the valuation alone.
"""

from __future__ import annotations

import math
from collections import defaultdict
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import numpy as np

from thesisledger.errors import UnknownCompanyError
from thesisledger.extract.claim import Claim
from thesisledger.facts import Fact
from thesisledger.quantities.format import format_quantity
from thesisledger.quantities.fx import FxTable
from thesisledger.reconcile import Revision, Verdict, credibility, resolve_all, revisions
from thesisledger.report.audit import audit_available, audit_ledger
from thesisledger.report.model import (
    ClaimRow,
    CredibilityRow,
    FactPoint,
    FactSeries,
    FindingRow,
    Histogram,
    Report,
    RevisionRow,
    ScorecardSection,
    ValuationSection,
    VerdictRow,
)
from thesisledger.store import Ledger
from thesisledger.store.rows import claim_id
from thesisledger.valuation import (
    InMemoryLedger,
    LedgerView,
    check_triggers,
    compile_thesis,
    load_thesis,
    run_scenarios,
    simulate,
    tornado,
)
from thesisledger.valuation.plan import build_plan

DEFAULT_SIMULATIONS = 20_000  # enough for a smooth histogram and exact percentiles, well under a second
HISTOGRAM_BINS = 60


def build_report(
    ledger: Ledger | None,
    company: str | None,
    *,
    thesis_path: str | Path | None = None,
    as_of: date | None = None,
    simulations: int = DEFAULT_SIMULATIONS,
    seed: int = 7,
    fx: FxTable | None = None,
) -> Report:
    """The report for `company` (ticker or alias; None: every company in the ledger) as known on `as_of`.

    With `thesis_path`, the thesis is valued (scenarios, `simulations` Monte-Carlo draws with `seed`,
    tornado) against the ledger's facts and its triggers checked. `fx` (default: the shipped table)
    converts currencies when guidance and actuals differ, as `thesis scorecard --fx` does.
    """
    today = as_of or date.today()
    ticker, name = _company(ledger, company)
    missing: dict[str, str] = {}

    docs: list[tuple[str, str, str | None]] = []
    facts: tuple[FactSeries, ...] = ()
    claims: tuple[ClaimRow, ...] = ()
    fact_list: list[Fact] = []
    if ledger is None:
        missing["facts"] = "no ledger was opened, so there are no reported actuals to show"
        missing["claims"] = "no ledger was opened, so there are no extracted claims to show"
    else:
        documents = [d for d in ledger.documents() if ticker is None or d.company == ticker]
        docs = [(d.id, d.title, d.date.isoformat() if d.date else None) for d in documents]
        fact_list = ledger.facts(ticker, as_of=as_of)
        facts = _fact_series(ledger, ticker, fact_list)
        titles = {d[0]: d[1] for d in docs}
        claims = tuple(
            claim_row(c, titles.get(c.document_id, c.document_id))
            for c in (ledger.claims(ticker) if ticker else ledger.claims())
            if ticker is None or c.document_id in titles
        )
        who = ticker or "any company"
        if not facts:
            missing["facts"] = (
                f"the ledger holds no reported actuals for {who}; add them with `thesis facts import`"
            )
        if not claims:
            missing["claims"] = (
                f"the ledger holds no extracted claims for {who}; add documents with `thesis doc add` "
                "and extract their claims"
            )

    valuation = None
    if thesis_path is None:
        missing["valuation"] = "no thesis file given (--thesis FILE), so there is no valuation or triggers"
    else:
        thesis_company = load_thesis(thesis_path).company
        view = thesis_view(ledger, thesis_company or ticker) if ledger is not None else None
        valuation = valuation_section(Path(thesis_path), view, as_of, simulations, seed)
        if ticker is None:
            ticker = thesis_company

    findings = _findings(ledger, ticker, missing)
    card = None
    if ledger is not None:
        card = scorecard_section(ledger, ticker, as_of or today, fx)
        if not card.verdicts:
            card = None
            missing["scorecard"] = (
                f"the ledger holds no guidance for {ticker or 'any company'}; add it with "
                "`thesis guidance add FILE`"
            )
    else:
        missing["scorecard"] = "no ledger was opened, so there is no guidance to score"
    title = f"{name or ticker or 'Ledger'} — Thesis Ledger report"
    return Report(
        title=title,
        company=ticker,
        company_name=name,
        as_of=today,
        generated_at=datetime.now(UTC).replace(microsecond=0),
        ledger_location=None if ledger is None else ledger.location,
        documents=tuple(docs),
        facts=facts,
        claims=claims,
        valuation=valuation,
        findings=findings,
        scorecard=card,
        missing=missing,
    )


def _company(ledger: Ledger | None, company: str | None) -> tuple[str | None, str | None]:
    if company is None:
        return None, None
    if ledger is None:
        from thesisledger.companies import find_profile

        try:
            p = find_profile(company)
        except UnknownCompanyError:
            return company.strip().upper(), None
        return p.ticker, p.name
    try:
        p = ledger.company(company)
    except UnknownCompanyError:
        return company.strip().upper(), None
    return p.ticker, p.name


def _fact_series(ledger: Ledger, ticker: str | None, facts: list[Fact]) -> tuple[FactSeries, ...]:
    restated_keys: dict[tuple[str, ...], int] = defaultdict(int)
    for rf in ledger.fact_history(ticker):
        restated_keys[rf.fact.key] += 1
    groups: dict[tuple[str, str, str], list[Fact]] = defaultdict(list)
    for f in facts:
        groups[(f.company, f.metric, f.segment or "")].append(f)
    out = []
    for (comp, metric, segment), group in sorted(groups.items()):
        group.sort(key=lambda f: (f.period.end, f.period.start))
        points = tuple(
            FactPoint(
                period=f.period.label,
                period_end=f.period.end,
                value=f.quantity.value,
                unit=str(f.quantity.unit),
                shown=format_quantity(f.quantity),
                source=f.source,
                reported_at=f.reported_at,
                restated=restated_keys[f.key] > 1,
                illustrative=f.illustrative,
            )
            for f in group
        )
        units = {p.unit for p in points}
        out.append(FactSeries(comp, metric, segment or None, "/".join(sorted(units)), points))
    return tuple(out)


def thesis_view(ledger: Ledger, company: str | None) -> InMemoryLedger:
    """The company's facts, restatements included, held in memory for a thesis run: the valuation applies
    its own point-in-time rules (as `thesis value --db` does)."""
    return InMemoryLedger(r.fact for r in ledger.fact_history(company)) if company else InMemoryLedger()


def claim_row(c: Claim, title: str) -> ClaimRow:
    """A stored claim as the claims table shows it."""
    q = c.quantity
    return ClaimRow(
        claim_id=claim_id(c.document_id, c.start, c.end),
        document_id=c.document_id,
        document_title=title,
        start=c.start,
        end=c.end,
        span_text=c.span_text,
        sentence=c.sentence,
        sentence_start=c.sentence_start,
        value=format_quantity(q),
        value_low=q.low,
        value_high=q.high,
        unit=str(q.unit),
        metric=c.metric,
        entity=c.entity,
        kind=c.kind.value,
        period=c.period.label if c.period else None,
        speaker=c.speaker.value,
        speaker_name=c.speaker_name,
    )


def valuation_section(
    path: Path, view: LedgerView | None, as_of: date | None, simulations: int, seed: int
) -> ValuationSection:
    """The thesis at `path` valued against `view`: median inputs, scenarios, simulation, tornado, triggers."""
    plan = build_plan(load_thesis(path))
    program = compile_thesis(plan, view, as_of=as_of)
    rows = run_scenarios(plan, view, as_of=as_of)
    sim = hist = tor = None
    if simulations >= 2:
        sim = simulate(program, simulations, seed=seed, keep_values=True)
        if sim.values is not None:
            counts, edges = np.histogram(sim.values, bins=HISTOGRAM_BINS)
            hist = Histogram(tuple(float(e) for e in edges), tuple(int(c) for c in counts))
            sim = _without_values(sim)
        tor = tornado(program)
    trig = check_triggers(plan, view, as_of=as_of, simulation=sim)
    t = plan.thesis
    return ValuationSection(
        thesis_name=t.name,
        thesis_path=str(path),
        currency=t.currency,
        share_unit=t.shares.of,
        price=t.price.value if t.price else None,
        central=rows[0],
        scenarios=tuple(rows[1:]),
        simulation=sim,
        histogram=hist,
        tornado=tor,
        triggers=tuple(trig),
        inputs=tuple(i.to_dict() for i in program.inputs.values()),
    )


def _without_values(sim: Any) -> Any:
    from dataclasses import replace

    return replace(sim, values=None)  # the histogram keeps what the report needs


def _findings(
    ledger: Ledger | None, ticker: str | None, missing: dict[str, str]
) -> tuple[FindingRow, ...] | None:
    if not audit_available():
        missing["audit"] = (
            "the note auditor (thesisledger.audit) is not in this build yet, so there are no findings"
        )
        return None
    if ledger is None:
        missing["audit"] = "no ledger was opened, so there are no documents to audit"
        return None
    return tuple(audit_ledger(ledger, ticker) or ())


def _bound(v: float) -> float | None:
    return v if math.isfinite(v) else None


def verdict_row(v: Verdict, revision: Revision | None = None) -> VerdictRow:
    """A reconcile verdict as the scorecard shows it."""
    g = v.guidance
    lo, hi = g.quantity.interval()
    fact = v.fact
    resolved = v.status.is_resolved
    return VerdictRow(
        guidance_id=g.id,
        company=g.company,
        entity=g.entity,
        metric=g.metric,
        label=g.label,
        promise=format_quantity(g.quantity),
        low=_bound(lo),
        high=_bound(hi),
        unit=str(g.quantity.unit),
        period=g.period_text or g.period.label,
        due=g.period.end if g.period.end.year < 9999 else None,
        given_at=g.given_at,
        speaker=g.speaker,
        kind=g.kind.value,
        status=v.status.value,
        actual=", ".join(f"{format_quantity(f.quantity)} ({f.period.label})" for f in v.facts)
        if resolved
        else "",
        actual_value=fact.quantity.value if fact is not None and resolved else None,
        distance_pct=v.distance_pct if resolved else None,
        quote=g.quote,
        source=g.source,
        illustrative=v.illustrative,
        revision=revision.kind.value if revision else None,
        revision_detail=revision.detail if revision else None,
        superseded_by=v.superseded_by,
    )


def scorecard_section(
    ledger: Ledger, company: str | None, as_of: date, fx: FxTable | None = None
) -> ScorecardSection:
    """Every promise of `company` as of `as_of`, judged like `thesis scorecard` (reconcile.resolve_all)."""
    guidance = ledger.guidance(company, as_of=as_of)
    facts = [r.fact for r in ledger.fact_history(company)]
    verdicts = resolve_all(guidance, facts, as_of=as_of, fx=fx or FxTable.default())
    revs = revisions(guidance)
    by_later = {r.later.id: r for r in revs}
    rows = tuple(verdict_row(v, by_later.get(v.guidance.id)) for v in verdicts)
    return ScorecardSection(
        as_of=as_of,
        verdicts=rows,
        revisions=tuple(
            RevisionRow(
                on=r.on,
                label=r.later.label,
                period=r.later.period_text or r.later.period.label,
                kind=r.kind.value,
                earlier=format_quantity(r.earlier.quantity),
                later=format_quantity(r.later.quantity),
                detail=r.detail,
            )
            for r in revs
        ),
        credibility=tuple(
            CredibilityRow(
                c.group, c.name, c.n, c.hits, c.hit_rate, c.low, c.high, c.mean_miss_pct, c.bias_pct
            )
            for c in credibility(verdicts)
        ),
        illustrative=any(v.illustrative for v in verdicts),
    )
