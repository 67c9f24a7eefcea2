"""`thesis value` and `thesis triggers`: thin commands over `thesisledger.valuation`.

The main app calls `register(app)` (optionally with a `ledger_factory` that opens the ledger store).
`--facts FILE` reads a small ledger YAML instead (see `valuation/ledger_file.py`). Errors print one line
on stderr and exit with the status `_common.exit_code_for` gives (2 for a bad thesis file or option).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.table import Table

from thesisledger.cli._common import console, one_line_errors, parse_date, print_json
from thesisledger.cli._progress import progress_bar
from thesisledger.store import Ledger
from thesisledger.valuation import (
    GuidedRange,
    InMemoryLedger,
    LedgerView,
    Program,
    SimulationResult,
    Tornado,
    TriggerResult,
    TriggerStatus,
    Valuation,
    check_triggers,
    compile_thesis,
    load_ledger_file,
    load_thesis,
    run_scenarios,
    simulate,
    tornado,
)
from thesisledger.valuation.plan import Plan, build_plan
from thesisledger.valuation.triggers import format_amount

LedgerFactory = Callable[[], LedgerView]

ThesisArg = Annotated[Path, typer.Argument(help="The thesis YAML file.", show_default=False)]
JsonOpt = Annotated[bool, typer.Option("--json", help="Print JSON instead of tables.")]
FactsOpt = Annotated[
    Path | None,
    typer.Option("--facts", help="A ledger YAML file of facts and guidance to use as the ledger."),
]
AsOfOpt = Annotated[str | None, typer.Option("--as-of", help="Evaluate as known on this date (YYYY-MM-DD).")]
LedgerDbOpt = Annotated[
    Path | None,
    typer.Option(
        "--db", help="Read facts from this ledger (default: $THESIS_DB when set).", show_default=False
    ),
]
SeedOpt = Annotated[int, typer.Option("--seed", help="Random seed: the same seed gives the same numbers.")]


def register(app: typer.Typer, ledger_factory: LedgerFactory | None = None) -> None:
    """Add `value` and `triggers` to `app`; `ledger_factory` opens the ledger when --facts is not given."""

    def value(
        thesis_file: ThesisArg,
        scenarios: Annotated[bool, typer.Option("--scenarios", help="Value each named scenario.")] = False,
        simulate_n: Annotated[
            int, typer.Option("--simulate", help="Monte-Carlo scenarios to run (0: none).", min=0)
        ] = 0,
        seed: SeedOpt = 7,
        chunk_size: Annotated[int, typer.Option("--chunk-size", help="Draws per chunk.", min=1)] = 1 << 16,
        show_inputs: Annotated[
            bool, typer.Option("--inputs", help="List every input and its source.")
        ] = False,
        as_json: JsonOpt = False,
        facts: FactsOpt = None,
        as_of: AsOfOpt = None,
        db: LedgerDbOpt = None,
    ) -> None:
        """Value a thesis: SOTP at median inputs, named scenarios, and a Monte-Carlo distribution."""
        with one_line_errors():
            when = parse_date(as_of, "--as-of")
            plan = build_plan(load_thesis(thesis_file))
            ledger = _ledger(facts, db, plan.thesis.company, ledger_factory)
            program = compile_thesis(plan, ledger, as_of=when)
            rows = run_scenarios(plan, ledger, as_of=when)
            central, named = rows[0], rows[1:] if scenarios else []
            sim = tor = None
            if simulate_n:
                with progress_bar(f"simulating {simulate_n:,} scenarios", simulate_n) as advance:
                    sim = simulate(
                        program, simulate_n, seed=seed, chunk_size=chunk_size,
                        progress=lambda done, _n: advance(done),
                    )  # fmt: skip
                tor = tornado(program)
            trig = check_triggers(plan, ledger, as_of=when, simulation=sim) if sim else []
            if as_json:
                print_json(_value_json(plan, program, central, named, sim, tor, trig))
                return
            out = console()
            _header(out, plan, ledger)
            _sotp_table(out, central)
            if named:
                _scenario_table(out, plan, [central, *named])
            if sim is not None and tor is not None:
                _simulation(out, plan, sim, tor, trig)
            if show_inputs:
                _inputs_table(out, program)
            _notes(out, program)

    def triggers(
        thesis_file: ThesisArg,
        as_json: JsonOpt = False,
        facts: FactsOpt = None,
        as_of: AsOfOpt = None,
        simulate_n: Annotated[
            int, typer.Option("--simulate", help="Also simulate and show each trigger's probability.", min=0)
        ] = 0,
        seed: SeedOpt = 7,
        db: LedgerDbOpt = None,
    ) -> None:
        """Check a thesis's triggers against the ledger: met / not yet / failed / no data."""
        with one_line_errors():
            when = parse_date(as_of, "--as-of")
            plan = build_plan(load_thesis(thesis_file))
            ledger = _ledger(facts, db, plan.thesis.company, ledger_factory)
            sim = None
            if simulate_n:
                sim = simulate(compile_thesis(plan, ledger, as_of=when), simulate_n, seed=seed)
            results = check_triggers(plan, ledger, as_of=when, simulation=sim)
            if as_json:
                print_json({"thesis": plan.thesis.name, "triggers": [r.to_dict() for r in results]})
                return
            out = console()
            _header(out, plan, ledger)
            _trigger_table(out, results, show_probability=sim is not None)

    app.command("value")(value)
    app.command("triggers")(triggers)


# -- plumbing ------------------------------------------------------------------------------------------------
def _ledger(
    facts: Path | None, db: Path | None, company: str | None, factory: LedgerFactory | None
) -> LedgerView | None:
    """--facts FILE, else the ledger store (--db or $THESIS_DB), else `factory`, else no ledger."""
    if facts is not None:
        return load_ledger_file(facts)
    if db is not None or os.environ.get("THESIS_DB"):
        return store_view(db, company)
    return factory() if factory is not None else None


def store_view(db: Path | None, company: str | None) -> InMemoryLedger:
    """The company's facts and guidance from the ledger store, restatements included, read once and held
    in memory (the same point-in-time rules apply; the file is not held open while the thesis runs)."""
    with Ledger.open(db) as ledger:
        history = ledger.fact_history(company) if company else []
        promises = ledger.guidance(company) if company else []
    guided = (
        GuidedRange(g.company, g.metric, g.quantity, g.given_at, g.source, g.entity)
        for g in promises
        if not g.withdrawn
    )
    return InMemoryLedger((r.fact for r in history), guided)


def _value_json(
    plan: Plan,
    program: Program,
    central: Valuation,
    named: list[Valuation],
    sim: SimulationResult | None,
    tor: Tornado | None,
    trig: list[TriggerResult],
) -> dict[str, Any]:
    t = plan.thesis
    return {
        "thesis": t.name,
        "company": t.company,
        "currency": t.currency,
        "share_unit": t.shares.of,
        "valuation": central.to_dict(),
        "scenarios": [v.to_dict() for v in named],
        "simulation": None if sim is None else sim.to_dict(),
        "tornado": None if tor is None else tor.to_dict(),
        "triggers": [r.to_dict() for r in trig],
        "inputs": [i.to_dict() for i in program.inputs.values()],
    }


# -- rendering ---------------------------------------------------------------------------------------
def _bn(v: float, ccy: str) -> str:
    return f"{ccy} {format_amount(v)}"


def _ps(v: float) -> str:
    return f"{v:,.2f}"


def _pct(v: float | None) -> str:
    return "" if v is None else f"{v:+.1%}"


def _header(out: Console, plan: Plan, ledger: LedgerView | None) -> None:
    t = plan.thesis
    who = plan.profile.name if plan.profile else (t.company or "no company")
    price = f"{t.price.currency} {t.price.value:,.2f} per {t.shares.of}" if t.price else "no price given"
    src = (
        "no ledger (fallbacks used)"
        if ledger is None
        else (f"{len(ledger)} ledger entries" if isinstance(ledger, InMemoryLedger) else "ledger store")
    )
    out.print(f"[bold]{t.name}[/bold]")
    shares = f"{format_amount(t.shares.value)} {t.shares.of}"
    out.print(f"{who} · values in {t.currency} · {shares} · price {price} · {src}")


def _sotp_table(out: Console, v: Valuation) -> None:
    ccy = v.currency
    table = Table(title=f"Sum of the parts ({v.label})", title_justify="left")
    for col in ("part", "method", "basis", "native value", f"value ({ccy})", f"per {v.share_unit}"):
        table.add_column(col, justify="left" if col in ("part", "method", "basis") else "right")
    for s in v.segments:
        table.add_row(
            s.name,
            s.method,
            s.basis,
            _bn(s.native_value, s.native_currency),
            _bn(s.value, ccy),
            _ps(s.per_share),
        )
    for name, val in v.stakes:
        table.add_row(name, "stake", "equity", "", _bn(val, ccy), _ps(val / v.shares))
    if v.holding_discount:
        table.add_row(
            "holding discount", "", "", "", _bn(-v.holding_discount, ccy), _ps(-v.holding_discount / v.shares)
        )
    table.add_row("net cash", "", "", "", _bn(v.net_cash, ccy), _ps(v.net_cash / v.shares))
    table.add_row(
        "[bold]equity value[/bold]", "", "", "", _bn(v.equity_value, ccy), f"[bold]{_ps(v.per_share)}[/bold]"
    )
    out.print(table)
    if v.price is not None:
        out.print(
            f"value per {v.share_unit} {ccy} {_ps(v.per_share)} vs price {_ps(v.price)}: {_pct(v.upside)}"
        )


def _scenario_table(out: Console, plan: Plan, rows: list[Valuation]) -> None:
    first = rows[0]
    table = Table(title=f"Scenarios ({first.currency} per {first.share_unit})", title_justify="left")
    table.add_column("scenario")
    for s in first.segments:
        table.add_column(s.key, justify="right")
    table.add_column("net cash", justify="right")
    table.add_column("value", justify="right")
    table.add_column("vs price", justify="right")
    table.add_column("what changes")
    for v in rows:
        changes = ", ".join(
            f"{k}={x if isinstance(x, str) else format(x, 'g')}"
            for k, x in plan.scenarios.get(v.label, {}).items()
        )
        table.add_row(
            v.label,
            *(_ps(s.per_share) for s in v.segments),
            _ps(v.net_cash / v.shares),
            f"[bold]{_ps(v.per_share)}[/bold]",
            _pct(v.upside),
            v.description or changes,
        )
    out.print(table)


def _simulation(
    out: Console, plan: Plan, sim: SimulationResult, tor: Tornado, trig: list[TriggerResult]
) -> None:
    unit = f"{sim.currency} per {sim.share_unit}"
    table = Table(title=f"Monte Carlo: {sim.n:,} scenarios, seed {sim.seed} ({unit})", title_justify="left")
    cols = ["mean", "sd", *(f"p{q:g}" for q in sim.percentiles)]
    row = [_ps(sim.mean), _ps(sim.std), *(_ps(v) for v in sim.percentiles.values())]
    if sim.p_above_price is not None:
        cols.append("P(value > price)")
        row.append(f"{sim.p_above_price:.1%}")
    for col in cols:
        table.add_column(col, justify="right")
    table.add_row(*row)
    out.print(table)
    exact = "exact percentiles" if sim.exact_percentiles else "percentiles from a 2^20-bin histogram"
    out.print(f"{sim.seconds:.2f} s, {sim.scenarios_per_second:,.0f} scenarios/s, {exact}")
    tt = Table(
        title=f"Tornado: value per {sim.share_unit} with one input at p10 / p90, others at median "
        f"(base {_ps(tor.base)})",
        title_justify="left",
    )
    for col in ("input", "p10", "p90", "value at p10", "value at p90", "swing"):
        tt.add_column(col, justify="left" if col == "input" else "right")
    for b in tor.bars:
        tt.add_row(
            b.input,
            _num(b.input_low, b.unit),
            _num(b.input_high, b.unit),
            _ps(b.value_at_low),
            _ps(b.value_at_high),
            _ps(b.swing),
        )
    out.print(tt)
    if sim.check_probabilities:
        ct = Table(title="Checks: share of scenarios where each holds", title_justify="left")
        ct.add_column("check")
        ct.add_column("formula")
        ct.add_column("probability", justify="right")
        for name, p in sim.check_probabilities.items():
            ct.add_row(name, plan.thesis.checks[name], f"{p:.1%}")
        out.print(ct)
    if trig:
        _trigger_table(out, trig, show_probability=True)


def _num(v: float, unit: str | None) -> str:
    if unit == "ratio":
        return f"{v:.1%}"
    if unit == "multiple":
        return f"{v:.2f}x"
    return format_amount(v)


_STATUS_STYLE = {
    TriggerStatus.MET: "green",
    TriggerStatus.NOT_YET: "yellow",
    TriggerStatus.FAILED: "red",
    TriggerStatus.NO_DATA: "dim",
}


def _trigger_table(out: Console, results: list[TriggerResult], *, show_probability: bool) -> None:
    if not results:
        out.print("no triggers in this thesis (add them under triggers:)")
        return
    as_of = results[0].as_of.isoformat() if results else ""
    table = Table(title=f"Triggers as of {as_of}", title_justify="left")
    for col in ("trigger", "by", "status", "latest fact", "source"):
        table.add_column(col)
    if show_probability:
        table.add_column("P(simulated)", justify="right")
    for r in results:
        t = r.trigger
        style = _STATUS_STYLE[r.status]
        src = r.fact.source if r.fact is not None else ""
        label = f"{r.name}\n[dim]{t.text}[/dim]" if r.name else t.text
        row = [
            label,
            t.deadline.isoformat() if t.deadline else "",
            f"[{style}]{r.status.value}[/{style}]",
            r.note,
            src,
        ]
        if show_probability:
            row.append("" if r.probability is None else f"{r.probability:.1%} ({r.input})")
        table.add_row(*row)
    out.print(table)


def _inputs_table(out: Console, program: Program) -> None:
    table = Table(title="Inputs", title_justify="left")
    for col in ("input", "line", "distribution", "unit", "source"):
        table.add_column(col)
    for i in program.inputs.values():
        table.add_row(i.name, str(i.line or ""), i.describe(), i.unit or "", i.source or i.note or "")
    out.print(table)


def _notes(out: Console, program: Program) -> None:
    for i in program.inputs.values():
        if i.kind in ("fact", "guidance") or (i.note or "").startswith("fallback used"):
            if i.note and i.note.startswith("fallback used"):
                out.print(f"[dim]{i.name}: {i.note}[/dim]")
            elif i.kind in ("fact", "guidance"):
                out.print(f"[dim]{i.name}: from the {i.source}[/dim]")
