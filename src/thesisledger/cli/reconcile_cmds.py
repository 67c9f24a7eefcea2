"""Guidance and reconciliation commands: `thesis guidance add|list`, `thesis reconcile`, `thesis scorecard`.

Verdicts are computed on the fly from the ledger's guidance and facts as of a date (default: today);
nothing is stored, so `--since DATE` shows what changed between two dates instead of between runs.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.table import Table

from thesisledger.cli._common import (
    CompanyOpt,
    DbOpt,
    JsonOpt,
    console,
    one_line_errors,
    parse_date,
    print_json,
)
from thesisledger.errors import DataFileError
from thesisledger.quantities.format import format_quantity
from thesisledger.quantities.fx import FxTable
from thesisledger.reconcile import (
    Credibility,
    Status,
    Verdict,
    credibility,
    resolve_all,
    revisions,
)
from thesisledger.reconcile.guidance_file import read_guidance_file
from thesisledger.store import Ledger

guidance_app = typer.Typer(help="Guidance: management's promises, entered by hand or from documents.")

AsOfOpt = Annotated[
    str | None,
    typer.Option("--as-of", help="Answer with what was known on this date (YYYY-MM-DD); default today."),
]
FxOpt = Annotated[
    Path | None,
    typer.Option(
        "--fx", help="Extra FX rates, CSV with date or year, currency, per_usd.", show_default=False
    ),
]
ILLUSTRATIVE = (
    "ILLUSTRATIVE: these results use made-up example facts (marked illustrative), not reported figures."
)


@contextmanager
def _ledger(db: Path | None) -> Iterator[Ledger]:
    with one_line_errors(), Ledger.open(db) as ledger:
        yield ledger


def _fx(path: Path | None) -> FxTable:
    table = FxTable.default()
    if path is None:
        return table
    try:
        text = path.read_text("utf-8")
    except (OSError, UnicodeDecodeError) as e:
        raise DataFileError(f"{path}: cannot read the FX file: {e}") from e
    return table.extended(FxTable.from_csv_text(text, path.name))


def _verdicts(ledger: Ledger, company: str | None, as_of: date, fx: FxTable) -> list[Verdict]:
    guidance = ledger.guidance(company, as_of=as_of)
    facts = [r.fact for r in ledger.fact_history(company)]
    return resolve_all(guidance, facts, as_of=as_of, fx=fx)


def _pct(v: float | None) -> str:
    return "" if v is None else f"{v:+.1f}%"


def _verdict_table(verdicts: list[Verdict], title: str) -> Table:
    table = Table("due", "promise", "period", "status", "actual", "distance", "% of promise", title=title)
    for v in verdicts:
        g = v.guidance
        actual = (
            ", ".join(f"{f.quantity} ({f.period.label})" for f in v.facts) if v.status.is_resolved else ""
        )
        star = " *" if v.illustrative else ""
        table.add_row(
            g.period.end.isoformat() if g.period.end.year < 9999 else "open",
            f"{g.label} {g.quantity}",
            g.period_text or g.period.label,
            v.status.value + star,
            actual,
            format_quantity(v.distance, digits=3) if v.distance and v.status.is_resolved else "",
            _pct(v.distance_pct) if v.status.is_resolved else "",
        )
    return table


def _credibility_table(scores: list[Credibility]) -> Table:
    table = Table(
        "group", "name", "n", "hits", "hit rate (Beta 1,1)", "80% interval", "mean miss", "median miss",
        "bias", title="Credibility (resolved promises only; bias + = actuals better than guided)",
    )  # fmt: skip
    for c in scores:
        table.add_row(
            c.group, c.name, str(c.n), str(c.hits), f"{c.hit_rate:.0%}", f"{c.low:.0%}-{c.high:.0%}",
            "" if c.mean_miss_pct is None else f"{c.mean_miss_pct:.1f}%",
            "" if c.median_miss_pct is None else f"{c.median_miss_pct:.1f}%",
            _pct(c.bias_pct),
        )  # fmt: skip
    return table


def _details(v: Verdict) -> str:
    g = v.guidance
    lines = [
        f"[{v.status.value}] {g.label} {g.quantity} for {g.period.label} (given {g.given_at} by {g.speaker})"
    ]
    if g.quote:
        lines.append(f'  quote: "{g.quote}" ({g.source})')
    for f in v.facts:
        tag = " [ILLUSTRATIVE]" if f.illustrative else ""
        lines.append(
            f"  fact: {f.quantity} for {f.period.label}, reported {f.reported_at}, source: {f.source}{tag}"
        )
    if v.fx:
        lines.append(f"  fx: {v.fx}")
    if v.arithmetic:
        lines.append(f"  arithmetic: {v.arithmetic}")
    if v.note:
        lines.append(f"  note: {v.note}")
    return "\n".join(lines)


# -- guidance ----------------------------------------------------------------------------------
@guidance_app.command("add")
def guidance_add(
    file: Annotated[Path, typer.Argument(help="A guidance file (.yaml or .csv).", show_default=False)],
    db: DbOpt = None,
    json_out: JsonOpt = False,
) -> None:
    """Add hand-entered guidance; the whole file is checked first, re-adding is a no-op."""
    with _ledger(db) as ledger:
        items = read_guidance_file(file, extra={p.ticker: p for p in ledger.companies()})
        added = ledger.add_guidance(items)
    if json_out:
        print_json({"file": str(file), "added": added, "unchanged": len(items) - added})
        return
    typer.echo(f"{file}: added {added} guidance record(s), {len(items) - added} already in the ledger")


@guidance_app.command("list")
def guidance_list(
    company: CompanyOpt = None,
    open_only: Annotated[bool, typer.Option("--open", help="Only promises not yet resolved.")] = False,
    due_before: Annotated[
        str | None, typer.Option("--due-before", help="Only promises due on or before this date.")
    ] = None,
    as_of: AsOfOpt = None,
    fx: FxOpt = None,
    db: DbOpt = None,
    json_out: JsonOpt = False,
) -> None:
    """Guidance in the ledger given by --as-of, with its status then."""
    when = parse_date(as_of, "--as-of") or date.today()
    due = parse_date(due_before, "--due-before")
    with _ledger(db) as ledger:
        verdicts = _verdicts(ledger, company, when, _fx(fx))
    if open_only:
        verdicts = [v for v in verdicts if v.status in (Status.NOT_YET_DUE, Status.OVERDUE)]
    if due is not None:
        verdicts = [v for v in verdicts if v.guidance.period.end <= due]
    if json_out:
        print_json({"as_of": when.isoformat(), "guidance": [{**v.guidance.to_dict(), "status": v.status.value}
                                                            for v in verdicts]})  # fmt: skip
        return
    table = Table(
        "given", "speaker", "promise", "period", "due", "kind", "status", title=f"Guidance as of {when}"
    )
    for v in verdicts:
        g = v.guidance
        due_text = g.period.end.isoformat() if g.period.end.year < 9999 else "open"
        table.add_row(
            g.given_at.isoformat(), g.speaker, f"{g.label} {g.quantity}", g.period_text or g.period.label,
            due_text, g.kind.value, v.status.value,
        )  # fmt: skip
    console().print(table)


# -- reconcile and scorecard -------------------------------------------------------------------
def reconcile(
    company: CompanyOpt = None,
    as_of: AsOfOpt = None,
    since: Annotated[
        str | None, typer.Option("--since", help="Also show verdicts that changed since this date.")
    ] = None,
    fx: FxOpt = None,
    db: DbOpt = None,
    json_out: JsonOpt = False,
) -> None:
    """Resolve every promise against the facts known on --as-of: verdicts with quotes and arithmetic."""
    when = parse_date(as_of, "--as-of") or date.today()
    before = parse_date(since, "--since")
    with _ledger(db) as ledger:
        table = _fx(fx)
        verdicts = _verdicts(ledger, company, when, table)
        earlier = _verdicts(ledger, company, before, table) if before else []
        revs = revisions(ledger.guidance(company, as_of=when))
    was = {v.guidance.id: v.status for v in earlier}
    changed = [v for v in verdicts if before and was.get(v.guidance.id) != v.status]
    illustrative = any(v.illustrative for v in verdicts)
    if json_out:
        out: dict[str, Any] = {
            "as_of": when.isoformat(),
            "illustrative": illustrative,
            "verdicts": [v.to_dict() for v in verdicts],
            "revisions": [r.to_dict() for r in revs],
        }
        if before:
            out["changed_since"] = before.isoformat()
            out["changed"] = [
                {"id": v.guidance.id, "from": (s.value if (s := was.get(v.guidance.id)) else None),
                 "to": v.status.value} for v in changed
            ]  # fmt: skip
        print_json(out)
        return
    con = console()
    if illustrative:
        con.print(ILLUSTRATIVE, style="bold yellow", markup=False)
    con.print(_verdict_table(verdicts, f"Verdicts as of {when}"))
    for v in verdicts:
        con.print(_details(v), markup=False, highlight=False)
    for r in revs:
        con.print(f"revision {r.on}: {r.later.label} {r.kind.value}: {r.detail}", markup=False)
    if before:
        con.print(f"changed since {before}: {len(changed)}", markup=False)
        for v in changed:
            s = was.get(v.guidance.id)
            con.print(f"  {v.guidance.label} {v.guidance.period.label}: {s.value if s else 'not given'}"
                      f" -> {v.status.value}", markup=False)  # fmt: skip
    if illustrative:
        con.print(ILLUSTRATIVE, style="bold yellow", markup=False)


def scorecard(
    company: CompanyOpt = None,
    as_of: AsOfOpt = None,
    window_from: Annotated[
        str | None, typer.Option("--from", help="Score promises due on or after this date.")
    ] = None,
    window_to: Annotated[
        str | None, typer.Option("--to", help="Score promises due on or before this date.")
    ] = None,
    fx: FxOpt = None,
    db: DbOpt = None,
    json_out: JsonOpt = False,
) -> None:
    """Verdicts table and credibility summary (hit rate with a Beta prior, miss size, bias)."""
    when = parse_date(as_of, "--as-of") or date.today()
    since, until = parse_date(window_from, "--from"), parse_date(window_to, "--to")
    with _ledger(db) as ledger:
        verdicts = _verdicts(ledger, company, when, _fx(fx))
    scores = credibility(verdicts, since=since, until=until)
    illustrative = any(v.illustrative for v in verdicts)
    if json_out:
        print_json({
            "as_of": when.isoformat(),
            "window": [since.isoformat() if since else None, until.isoformat() if until else None],
            "illustrative": illustrative,
            "verdicts": [v.to_dict() for v in verdicts],
            "credibility": [c.to_dict() for c in scores],
        })  # fmt: skip
        return
    con = console()
    if illustrative:
        con.print(ILLUSTRATIVE, style="bold yellow", markup=False)
    con.print(
        _verdict_table(
            verdicts, f"Scorecard as of {when}" + (" (* = illustrative data)" if illustrative else "")
        )
    )
    con.print(_credibility_table(scores))
    if illustrative:
        con.print(ILLUSTRATIVE, style="bold yellow", markup=False)


def register(app: typer.Typer) -> None:
    app.add_typer(guidance_app, name="guidance")
    app.command("reconcile")(reconcile)
    app.command("scorecard")(scorecard)
