"""`render_markdown`: the report as Markdown tables for pasting into notes (no charts)."""

from __future__ import annotations

from thesisledger.report.html import amount, inputnum, pct, pct0, ps
from thesisledger.report.model import Report
from thesisledger.valuation import TornadoBar


def _cell(text: object) -> str:
    return str(text if text is not None else "").replace("|", "\\|").replace("\n", " ")


def _table(header: list[str], rows: list[list[object]], right: set[int] | None = None) -> list[str]:
    right = right or set()
    out = ["| " + " | ".join(header) + " |"]
    out.append("|" + "|".join("---:" if i in right else "---" for i in range(len(header))) + "|")
    out += ["| " + " | ".join(_cell(c) for c in row) + " |" for row in rows]
    return [*out, ""]


def _tornado_row(name: str, low: str, high: str, b: TornadoBar) -> list[object]:
    return [name, low, high, ps(b.value_at_low), ps(b.value_at_high), ps(b.swing)]


def _missing(report: Report, key: str) -> list[str]:
    return [f"_{report.missing.get(key, 'no data')}._", ""]


def render_markdown(report: Report) -> str:
    """Summary, actuals, claims, audit, valuation and triggers as Markdown; empty sections say why."""
    v = report.valuation
    lines = [
        f"# {report.title}",
        "",
        f"As of {report.as_of}; generated {report.generated_at.isoformat()} UTC.",
        "",
    ]
    lines += ["## Summary", ""]
    if v is not None:
        lines.append(f"- Thesis: {v.thesis_name}")
        price = f" vs price {ps(v.price)} ({pct(v.central.upside)})" if v.price is not None else ""
        lines.append(
            f"- Value per {v.share_unit} at median inputs: {v.currency} {ps(v.central.per_share)}{price}"
        )
        if v.simulation is not None:
            sm = v.simulation
            lines.append(
                f"- p5 – p95 over {sm.n:,} scenarios: {ps(sm.percentiles[5.0])} – {ps(sm.percentiles[95.0])}"
            )
        counts = ", ".join(f"{n} {k}" for k, n in v.trigger_counts.items() if n) or "none"
        lines.append(f"- Triggers: {counts}")
    lines.append(
        f"- Documents: {len(report.documents)}; claims: {len(report.claims)}; "
        f"reported series: {len(report.facts)}"
    )
    cs = report.scorecard.company_score if report.scorecard else None
    if cs is not None:
        met = f"{cs.hits} of {cs.n} promises met or beaten"
        lines.append(f"- Credibility: hit rate {cs.hit_rate:.0%} ({met})")
    if report.findings is not None:
        lines.append(f"- Audit: {report.high_findings} high-severity findings")
    lines.append("")
    lines += ["## Guidance scorecard", ""]
    card = report.scorecard
    if card is None:
        lines += _missing(report, "scorecard")
    else:
        lines += _table(
            ["due", "promise", "period", "given", "status", "actual", "distance", "revision"],
            [
                [v.due or "open", f"{v.label} {v.promise}", v.period, v.given_at, v.status.replace("_", " "),
                 v.actual + (" (illustrative)" if v.illustrative else ""),
                 "" if v.distance_pct is None else f"{v.distance_pct:+.1f}%", v.revision or ""]
                for v in card.verdicts
            ],
            {6},
        )  # fmt: skip
        if card.credibility:
            lines += _table(
                ["group", "name", "resolved", "hits", "hit rate", "80% interval", "bias"],
                [
                    [c.group, c.name, c.n, c.hits, f"{c.hit_rate:.0%}", f"{c.low:.0%}-{c.high:.0%}",
                     "" if c.bias_pct is None else f"{c.bias_pct:+.1f}%"]
                    for c in card.credibility
                ],
                {2, 3, 4},
            )  # fmt: skip
    lines += ["## Reported actuals", ""]
    if report.facts:
        rows: list[list[object]] = []
        for s in report.facts:
            for p in s.points:
                flag = " (restated)" if p.restated else ""
                rows.append(
                    [s.company, s.segment or "", s.metric, p.period, p.shown + flag, p.reported_at, p.source]
                )
        lines += _table(["company", "segment", "metric", "period", "value", "reported", "source"], rows, {4})
    else:
        lines += _missing(report, "facts")
    lines += ["## Claims ledger", ""]
    if report.claims:
        rows = [
            [
                c.document_title,
                c.span_text,
                c.value,
                c.metric or "",
                c.entity or "",
                c.kind,
                c.period or "",
                c.speaker,
            ]
            for c in report.claims
        ]
        lines += _table(
            ["document", "quote", "value", "metric", "entity", "kind", "period", "speaker"], rows, {2}
        )
    else:
        lines += _missing(report, "claims")
    lines += ["## Audit findings", ""]
    if report.findings is None:
        lines += _missing(report, "audit")
    elif not report.findings:
        lines += ["No findings.", ""]
    else:
        for f in report.findings:
            quotes = " … ".join(f"“{q.text}”" for q in f.quotes)
            lines += [
                f"- **{f.severity}** {f.rule} ({f.status}): {quotes} — {f.explanation}"
                + (f" Suggestion: {f.suggestion}" if f.suggestion else "")
            ]
        lines.append("")
    lines += ["## Valuation", ""]
    if v is None:
        lines += _missing(report, "valuation")
    else:
        c = v.central
        rows = [[s.name, s.method, amount(s.value, v.currency), ps(s.per_share)] for s in c.segments]
        rows += [["net cash", "", amount(c.net_cash, v.currency), ps(c.net_cash / c.shares)]]
        rows += [["**equity value**", "", amount(c.equity_value, v.currency), f"**{ps(c.per_share)}**"]]
        lines += _table(["part", "method", f"value ({v.currency})", f"per {v.share_unit}"], rows, {2, 3})
        rows = [[r.label, ps(r.per_share), pct(r.upside), r.description or ""] for r in (c, *v.scenarios)]
        lines += _table(
            ["scenario", f"{v.currency} per {v.share_unit}", "vs price", "what changes"], rows, {1, 2}
        )
        if v.simulation is not None:
            sim = v.simulation
            head = ["scenarios", "mean", "sd", *(f"p{q:g}" for q in sim.percentiles)]
            row: list[object] = [
                f"{sim.n:,}",
                ps(sim.mean),
                ps(sim.std),
                *(ps(x) for x in sim.percentiles.values()),
            ]
            if sim.p_above_price is not None:
                head.append("P(value > price)")
                row.append(pct0(sim.p_above_price))
            lines += _table(head, [row], set(range(len(head))))
        if v.tornado is not None:
            rows = [
                _tornado_row(b.input, inputnum(b.input_low, b.unit), inputnum(b.input_high, b.unit), b)
                for b in v.tornado.bars
            ]
            lines += _table(
                ["input", "p10", "p90", "value at p10", "value at p90", "swing"], rows, {1, 2, 3, 4, 5}
            )
    lines += ["## Triggers", ""]
    if v is None:
        lines += _missing(report, "valuation")
    elif not v.triggers:
        lines += ["The thesis defines no triggers.", ""]
    else:
        rows = [
            [
                r.name or "",
                r.trigger.text,
                r.trigger.deadline or "",
                r.status.value,
                r.note,
                "" if r.probability is None else pct0(r.probability),
            ]
            for r in v.triggers
        ]
        lines += _table(["name", "trigger", "by", "status", "latest fact", "P(simulated)"], rows, {5})
    return "\n".join(lines).rstrip() + "\n"
