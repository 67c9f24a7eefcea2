"""Progress feedback: the Monte-Carlo callback, the rich bar (terminal only), batch `thesis extract`."""

from __future__ import annotations

import io
import json
from pathlib import Path

from rich.console import Console
from typer.testing import CliRunner

from thesisledger.cli import app
from thesisledger.cli._progress import progress_bar
from thesisledger.store import Ledger
from thesisledger.valuation import compile_thesis, load_thesis, simulate
from thesisledger.valuation.plan import build_plan

REPO = Path(__file__).resolve().parents[2]
THESIS = REPO / "examples" / "alibaba" / "thesis.yaml"
runner = CliRunner()


def test_simulate_reports_each_chunk_and_the_numbers_do_not_change() -> None:
    program = compile_thesis(build_plan(load_thesis(THESIS)), None)
    seen: list[tuple[int, int]] = []
    with_bar = simulate(
        program, 200_000, seed=5, chunk_size=1 << 16, progress=lambda d, n: seen.append((d, n))
    )
    plain = simulate(program, 200_000, seed=5, chunk_size=1 << 16)
    assert [d for d, _ in seen] == [65_536, 131_072, 196_608, 200_000]
    assert {n for _, n in seen} == {200_000}
    assert with_bar.mean == plain.mean and with_bar.percentiles == plain.percentiles


def test_progress_bar_draws_on_a_terminal_only() -> None:
    tty = io.StringIO()
    with progress_bar("simulating", 10, console=Console(file=tty, force_terminal=True, width=80)) as advance:
        advance(5)
    assert "simulating" in tty.getvalue()
    pipe = io.StringIO()
    with progress_bar("simulating", 10, console=Console(file=pipe, force_terminal=False)) as advance:
        advance(10)
    assert pipe.getvalue() == ""


def _notes(folder: Path) -> list[Path]:
    folder.mkdir()
    texts = [
        "Revenue rose 12% to RMB 5 billion in the quarter.\n",
        "Operating margin was 8% and the company expects revenue growth of about 10% next year.\n",
    ]
    paths = []
    for i, t in enumerate(texts):
        p = folder / f"note{i}.txt"
        p.write_text(t, encoding="utf-8")
        paths.append(p)
    (folder / "ignored.csv").write_text("not,a,document\n")
    return paths


def test_extract_a_folder_equals_extracting_each_file(tmp_path: Path) -> None:
    paths = _notes(tmp_path / "notes")
    one_by_one = []
    for p in paths:
        r = runner.invoke(app, ["extract", str(p), "--no-store", "--jsonl"])
        assert r.exit_code == 0, r.output
        one_by_one += [json.loads(line) for line in r.stdout.splitlines()]
    batch = runner.invoke(app, ["extract", str(tmp_path / "notes"), "--no-store", "--jsonl"])
    assert batch.exit_code == 0, batch.output
    assert [json.loads(line) for line in batch.stdout.splitlines()] == one_by_one
    assert len(one_by_one) >= 2


def test_extract_several_files_records_each(tmp_path: Path) -> None:
    paths = _notes(tmp_path / "notes")
    db = tmp_path / "l.duckdb"
    r = runner.invoke(app, ["extract", *map(str, paths), "--db", str(db)])
    assert r.exit_code == 0, r.output
    assert r.stderr.count(" claims of document ") == 2
    with Ledger.open(db) as ledger:
        assert ledger.count("documents") == 2


def test_extract_an_empty_folder_is_an_input_error(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    r = runner.invoke(app, ["extract", str(tmp_path / "empty"), "--no-store"])
    assert r.exit_code == 2
