"""`fetch_sec` and `thesis fetch sec` on the recorded responses: ledger facts, documents with their
claims, resume after an interruption, and the bad-input paths (exit codes)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import httpx
import pytest
import typer
from sec_fakes import EXDV, EXHL, UA, FakeClock, RecordedSec
from typer.testing import CliRunner

from conftest import MakeClient
from thesisledger.cli import fetch_cmds
from thesisledger.connectors.sec import RetryPolicy, SecConnector, fetch_sec
from thesisledger.connectors.sinks import LedgerSink
from thesisledger.errors import ConnectorError, UnknownCompanyError
from thesisledger.store.ledger import ImportReport, Ledger

FACTS_EXDV = f"https://data.sec.gov/api/xbrl/companyfacts/CIK{EXDV}.json"
SUBMISSIONS_EXHL = f"https://data.sec.gov/submissions/CIK{EXHL}.json"
EX99_0041 = "https://www.sec.gov/Archives/edgar/data/9990002/000999000225000041/exdv-ex99-1.txt"


def _connector(make_client: MakeClient, **overrides: object) -> SecConnector:
    return SecConnector(http=make_client(**overrides), profiles={})


# -- the library -----------------------------------------------------------------------------------
def test_ticker_resolves_to_cik_through_the_ticker_file(make_client: MakeClient) -> None:
    sec = _connector(make_client)
    assert sec.resolve("exdv") == EXDV
    assert sec.resolve("CIK0009990001") == EXHL
    assert sec.resolve("9990001") == EXHL


def test_unknown_ticker_is_a_clear_error(make_client: MakeClient) -> None:
    with pytest.raises(UnknownCompanyError, match=r"SEC EDGAR has no ticker 'EXDW'; did you mean EXDV"):
        _connector(make_client).resolve("EXDW")


def test_fetch_into_the_ledger_stores_facts_documents_and_claims(
    make_client: MakeClient, tmp_path: Path
) -> None:
    with Ledger.open(tmp_path / "l.duckdb") as ledger:
        sink = LedgerSink(ledger)
        summary = fetch_sec(
            _connector(make_client),
            "EXDV",
            since=None,
            forms=["10-Q", "8-K"],
            fact_sink=sink,
            document_sink=sink,
        )
        assert summary.cik == EXDV and summary.company == "EXDV"
        assert [f.accession for f in summary.filings] == [
            "0009990002-25-000044",
            "0009990002-25-000041",
            "0009990002-25-000030",
        ]
        assert len(summary.documents) == 2  # the two 8-Ks' EX-99.1; the 10-Q has no press release
        stored = ledger.fact_history("EXDV", "revenue", period="FY25Q2")
        assert [(r.fact.quantity.low, r.fact.source) for r in stored] == [
            (1_302_000_000, "0009990002-25-000044")
        ]
        docs = {d.source: d for d in ledger.documents()}
        assert EX99_0041 in docs and docs[EX99_0041].company == "EXDV"
        claims = ledger.claims(document_id=docs[EX99_0041].id)
        assert claims and summary.claims == len(ledger.claims())
        assert any(c.metric == "revenue" for c in claims)


def test_rerun_skips_filings_already_in_the_ledger_and_reads_the_cache(
    make_client: MakeClient, sec_server: RecordedSec, tmp_path: Path
) -> None:
    with Ledger.open(tmp_path / "l.duckdb") as ledger:
        sink = LedgerSink(ledger)
        first = fetch_sec(_connector(make_client), "EXDV", forms=["8-K"], fact_sink=sink, document_sink=sink)
        facts_before, docs_before = ledger.count("facts"), ledger.count("documents")
        calls_before = len(sec_server.calls)
        again = fetch_sec(_connector(make_client), "EXDV", forms=["8-K"], fact_sink=sink, document_sink=sink)
        assert (ledger.count("facts"), ledger.count("documents")) == (facts_before, docs_before)
    assert first.requests_sent > 0
    assert again.requests_sent == 0 and len(sec_server.calls) == calls_before  # all from the cache
    assert sorted(again.skipped_accessions) == ["0009990002-25-000030", "0009990002-25-000041"]
    assert isinstance(again.facts_result, ImportReport) and again.facts_result.added == 0


def test_interrupted_run_resumes_where_it_stopped(
    make_client: MakeClient, sec_server: RecordedSec, tmp_path: Path
) -> None:
    # The first run dies on the second press release (SEC keeps failing); the first one is stored.
    sec_server.queue(EX99_0041, *[httpx.Response(503) for _ in range(3)])
    with Ledger.open(tmp_path / "l.duckdb") as ledger:
        sink = LedgerSink(ledger)
        with pytest.raises(ConnectorError, match=r"exdv-ex99-1\.txt"):
            fetch_sec(
                _connector(make_client, retry=RetryPolicy(retries=2)),
                "EXDV",
                facts=False,
                forms=["8-K"],
                document_sink=sink,
            )
        assert sink.known_accessions() == set()  # 0041 is the newest and failed first
        resumed = fetch_sec(_connector(make_client), "EXDV", facts=False, forms=["8-K"], document_sink=sink)
        assert len(resumed.documents) == 2
        assert sink.known_accessions() == {"0009990002-25-000041", "0009990002-25-000030"}
    assert sec_server.count(EX99_0041) == 4  # three failures, then one success; nothing twice after


def test_persistent_5xx_names_the_url(make_client: MakeClient, sec_server: RecordedSec) -> None:
    sec_server.queue(FACTS_EXDV, *[httpx.Response(500) for _ in range(5)])
    with pytest.raises(ConnectorError) as err:
        fetch_sec(_connector(make_client), "EXDV", forms=None)
    assert FACTS_EXDV in str(err.value) and "HTTP 500" in str(err.value)


# -- the command -----------------------------------------------------------------------------------
@pytest.fixture
def cli(make_client: MakeClient) -> Callable[..., tuple[int, str, str]]:
    def run(*args: str, **client_overrides: object) -> tuple[int, str, str]:
        app = typer.Typer()

        def make_connector(**kwargs: object) -> SecConnector:
            overrides = dict(client_overrides)
            if kwargs.get("user_agent") is not None:
                overrides["user_agent"] = kwargs["user_agent"]
            return SecConnector(http=make_client(**overrides), profiles={})

        fetch_cmds.register(app, connector=make_connector)
        result = CliRunner().invoke(app, ["fetch", *args])
        return result.exit_code, result.stdout, result.stderr

    return run


def test_cli_fetch_sec_stores_into_db(cli: Callable[..., tuple[int, str, str]], tmp_path: Path) -> None:
    db = tmp_path / "cli.duckdb"
    code, out, err = cli(
        "sec", "EXDV", "--since", "2025", "--facts", "--filings", "10-Q,8-K", "--db", str(db)
    )
    assert code == 0, err
    assert "EXDV (CIK 0009990002)" in out and "2 press releases" in out
    with Ledger.open(db) as ledger:
        assert ledger.count("documents") == 2
        assert all(f.period.end.year >= 2025 for f in ledger.facts("EXDV"))
    code, out, _ = cli("sec", "EXDV", "--since", "2025", "--filings", "8-K", "--db", str(db))
    assert code == 0 and "2 already in the ledger" in out and "0 requests to SEC" in out


def test_cli_company_option_files_under_that_company(
    cli: Callable[..., tuple[int, str, str]], tmp_path: Path
) -> None:
    db = tmp_path / "cli.duckdb"
    code, _, err = cli("sec", EXDV, "--facts", "--company", "AAPL", "--db", str(db))
    assert code == 0, err
    with Ledger.open(db) as ledger:
        assert ledger.facts("AAPL", "revenue") and not ledger.facts("EXDV", "revenue")


def test_cli_unknown_ticker_exits_2(cli: Callable[..., tuple[int, str, str]], tmp_path: Path) -> None:
    code, _, err = cli("sec", "NOPE", "--db", str(tmp_path / "l.duckdb"))
    assert code == 2
    assert "SEC EDGAR has no ticker 'NOPE'" in err and "Traceback" not in err


def test_cli_sec_failure_exits_4_naming_the_url(
    cli: Callable[..., tuple[int, str, str]], sec_server: RecordedSec, tmp_path: Path
) -> None:
    sec_server.queue(SUBMISSIONS_EXHL, httpx.Response(429), httpx.Response(429), httpx.Response(429))
    code, _, err = cli(
        "sec", "EXHL", "--filings", "6-K", "--db", str(tmp_path / "l.duckdb"), retry=RetryPolicy(retries=2)
    )
    assert code == 4
    assert SUBMISSIONS_EXHL in err and "HTTP 429" in err


def test_cli_missing_user_agent_exits_2_with_instructions(
    cli: Callable[..., tuple[int, str, str]], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.delenv("THESIS_SEC_USER_AGENT", raising=False)
    db = tmp_path / "l.duckdb"
    code, _, err = cli("sec", "EXDV", "--db", str(db), user_agent=None)
    assert code == 2  # input to fix (exit 4 is for a source that failed)
    assert "THESIS_SEC_USER_AGENT" in err and "[sec]" in err and "sec.user_agent" in err
    assert not db.exists()  # refused before the ledger was touched


def test_user_agent_from_the_config_file(
    monkeypatch: pytest.MonkeyPatch, make_client: MakeClient, sec_server: RecordedSec, tmp_path: Path
) -> None:
    monkeypatch.delenv("THESIS_SEC_USER_AGENT", raising=False)
    config = tmp_path / "config.toml"
    config.write_text('[sec]\nuser_agent = "Cfg User cfg@example.net"\n')
    monkeypatch.setenv("THESIS_CONFIG", str(config))
    _connector(make_client, user_agent=None).resolve("EXDV")
    assert sec_server.user_agents == ["Cfg User cfg@example.net"]


def test_cli_corrupted_cache_is_refetched(
    cli: Callable[..., tuple[int, str, str]], sec_server: RecordedSec, tmp_path: Path
) -> None:
    db = tmp_path / "l.duckdb"
    assert cli("sec", "EXDV", "--facts", "--db", str(db))[0] == 0
    for body in (tmp_path / "cache").rglob("*.body"):
        body.write_bytes(body.read_bytes()[:50])  # every cached file truncated
    code, out, err = cli("sec", "EXDV", "--facts", "--db", str(db))
    assert code == 0, err
    assert sec_server.count(FACTS_EXDV) == 2 and "requests to SEC" in out


def test_cli_dry_run_stores_nothing(cli: Callable[..., tuple[int, str, str]], tmp_path: Path) -> None:
    db = tmp_path / "l.duckdb"
    code, out, _ = cli("sec", "EXDV", "--dry-run", "--db", str(db))
    assert code == 0 and "dry run" in out
    assert not db.exists()


def test_user_agent_is_sent_with_every_request(
    cli: Callable[..., tuple[int, str, str]], sec_server: RecordedSec, tmp_path: Path
) -> None:
    cli("sec", "EXDV", "--db", str(tmp_path / "l.duckdb"))
    assert sec_server.user_agents and set(sec_server.user_agents) == {UA}


def test_requests_are_paced_at_ten_per_second(
    cli: Callable[..., tuple[int, str, str]], sec_server: RecordedSec, clock: FakeClock, tmp_path: Path
) -> None:
    start = clock.now
    cli("sec", "EXDV", "--db", str(tmp_path / "l.duckdb"))
    assert clock.now - start >= (len(sec_server.calls) - 1) * 0.1 - 1e-3


def test_cli_json_summary(cli: Callable[..., tuple[int, str, str]], tmp_path: Path) -> None:
    import json

    code, out, err = cli("sec", "EXDV", "--json", "--db", str(tmp_path / "l.duckdb"))
    assert code == 0, err
    summary = json.loads(out)
    assert summary["cik"] == EXDV and summary["stored"]["added"] == summary["facts"] > 0
    assert [d["accession"] for d in summary["press_releases"]] == [
        "0009990002-25-000041",
        "0009990002-25-000030",
    ]
