"""The optional refiner: only valid metric/kind suggestions are applied, and an OpenAI-compatible server
(a small real HTTP server here, answering by fixed rules) is asked one sentence at a time."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse, PlainTextResponse
from typer.testing import CliRunner

from local_server import free_port, serve
from thesisledger.cli import app
from thesisledger.documents import load_text
from thesisledger.documents.document import Document
from thesisledger.extract import Claim, ClaimKind, extract_claims
from thesisledger.extract.refine import (
    ChatRefiner,
    RefinerError,
    RefinerSetupError,
    Suggestion,
    Unreadable,
    refine,
)
from thesisledger.store import Ledger

TEXT = (
    "Revenue was $4.2 billion in the quarter. Gross margin was 41%, up 300 basis points.\n"
    "We expect capital spending of about $900 million next year.\n"
)


@dataclass
class Scripted:
    """A refiner that proposes a fixed list of suggestions (the protocol needs no more)."""

    answers: list[Suggestion | Unreadable]
    name: str = "scripted"
    shown: list[int] = field(default_factory=list)

    def suggest(self, doc: Document, claims: Sequence[Claim]) -> Iterable[Suggestion | Unreadable]:
        self.shown.append(len(claims))
        return list(self.answers)


@pytest.fixture
def doc_claims() -> tuple[Document, list[Claim]]:
    doc = load_text(TEXT)
    claims = extract_claims(doc)
    assert [c.span_text for c in claims] == ["$4.2 billion", "41%", "300 basis points", "about $900 million"]
    return doc, claims


def test_valid_suggestions_are_applied_and_listed(doc_claims: tuple[Document, list[Claim]]) -> None:
    doc, claims = doc_claims
    before = list(claims)
    old_metric = claims[2].metric
    assert old_metric == "gross_margin"
    suggested = [Suggestion(2, "metric", "operating_margin"), Suggestion(0, "kind", "estimate")]
    r = refine(doc, claims, Scripted(suggested))
    assert r.claims[2].metric == "operating_margin" and r.claims[0].kind is ClaimKind.ESTIMATE
    assert [(c.span_text, c.field, c.old, c.new) for c in r.changes] == [
        ("300 basis points", "metric", "gross_margin", "operating_margin"),
        ("$4.2 billion", "kind", claims[0].kind.value, "estimate"),
    ]
    assert claims == before  # the input list is not changed
    # the claim keeps what the rules had said, by whom it was changed
    assert r.claims[2].refinement == "metric gross_margin -> operating_margin (scripted)"
    assert r.claims[2].to_json()["refinement"] == r.claims[2].refinement
    assert claims[2].refinement is None and "refinement" not in claims[2].to_json()
    twice = refine(doc, r.claims, Scripted([Suggestion(2, "kind", "estimate")], name="second"))
    assert twice.claims[2].refinement == (
        "metric gross_margin -> operating_margin (scripted); kind actual -> estimate (second)"
    )
    # nothing but the two labels moves
    assert (r.claims[2].start, r.claims[2].quantity, r.claims[2].period) == (
        claims[2].start,
        claims[2].quantity,
        claims[2].period,
    )


def test_invalid_suggestions_are_refused_with_reasons(doc_claims: tuple[Document, list[Claim]]) -> None:
    doc, claims = doc_claims
    answers: list[Suggestion | Unreadable] = [
        Suggestion(0, "metric", "revenue_per_unicorn"),
        Suggestion(1, "kind", "rumour"),
        Suggestion(9, "metric", "revenue"),
        Unreadable("sentence at offset 0: garbage"),
        Suggestion(0, "metric", claims[0].metric),  # the same label: no change, no refusal
    ]
    r = refine(doc, claims, Scripted(answers))
    assert r.claims == claims and r.changes == []
    assert len(r.rejected) == 4
    assert "not a key of the metric lexicon" in r.rejected[0]
    assert "not one of" in r.rejected[1]
    assert "no such claim" in r.rejected[2]


def test_metric_may_be_cleared(doc_claims: tuple[Document, list[Claim]]) -> None:
    doc, claims = doc_claims
    assert claims[0].metric is not None
    r = refine(doc, claims, Scripted([Suggestion(0, "metric", None)]))
    assert r.claims[0].metric is None and r.changes[0].new is None


# -- a chat server with fixed rules -----------------------------------------------------------------


class ChatServer:
    """/v1/chat/completions: every claim quoted with '$' is revenue; `mode` breaks the answers on purpose."""

    def __init__(self) -> None:
        self.requests: list[dict[str, Any]] = []
        self.auth: list[str | None] = []
        self.mode = "ok"
        self.app = FastAPI()
        self.app.post("/v1/chat/completions")(self.complete)

    async def complete(self, request: Request) -> Any:
        body = await request.json()
        self.requests.append(body)
        self.auth.append(request.headers.get("authorization"))
        if self.mode == "error":
            return PlainTextResponse("model not loaded", status_code=500)
        question = json.loads(body["messages"][-1]["content"])
        answers = [
            {"id": c["id"], "metric": "revenue" if "$" in c["quote"] else c["metric"], "kind": c["kind"]}
            for c in question["claims"]
        ]
        content = json.dumps({"claims": answers})
        if self.mode == "fenced":
            content = f"```json\n{content}\n```"
        elif self.mode == "garbage":
            content = "I think these look fine!"
        return JSONResponse({"choices": [{"message": {"role": "assistant", "content": content}}]})


@pytest.fixture(scope="module")
def chat() -> Iterator[tuple[ChatServer, str]]:
    fake = ChatServer()
    with serve(fake.app, "the chat server") as url:
        yield fake, f"{url}/v1"


@pytest.fixture
def server(chat: tuple[ChatServer, str]) -> Iterator[tuple[ChatServer, str]]:
    fake, url = chat
    fake.requests.clear()
    fake.auth.clear()
    fake.mode = "ok"
    yield fake, url


def test_chat_refiner_asks_once_per_sentence(
    server: tuple[ChatServer, str], doc_claims: tuple[Document, list[Claim]]
) -> None:
    fake, url = server
    doc, claims = doc_claims
    with ChatRefiner(url, "tiny", api_key="sk-test") as refiner:
        r = refine(doc, claims, refiner)
    assert len(fake.requests) == 3  # three sentences
    assert {(b["model"], b["temperature"]) for b in fake.requests} == {("tiny", 0)}
    assert fake.auth == ["Bearer sk-test"] * 3
    assert "gross_margin" in fake.requests[0]["messages"][0]["content"]  # the vocabulary is in the prompt
    assert r.claims[3].metric == "revenue"  # "about $900 million" (capital spending) -> the server's rule
    assert [c.span_text for c in r.changes] == ["about $900 million"]
    assert r.rejected == []


def test_fenced_json_is_read_and_prose_is_refused(
    server: tuple[ChatServer, str], doc_claims: tuple[Document, list[Claim]]
) -> None:
    fake, url = server
    doc, claims = doc_claims
    fake.mode = "fenced"
    with ChatRefiner(url, "tiny") as refiner:
        assert [c.span_text for c in refine(doc, claims, refiner).changes] == ["about $900 million"]
        fake.mode = "garbage"
        r = refine(doc, claims, refiner)
    assert r.claims == claims and len(r.rejected) == 3
    assert "not the JSON asked for" in r.rejected[0]


def test_server_errors_are_one_clear_error(
    server: tuple[ChatServer, str], doc_claims: tuple[Document, list[Claim]]
) -> None:
    fake, url = server
    doc, claims = doc_claims
    fake.mode = "error"
    with ChatRefiner(url, "tiny") as refiner, pytest.raises(RefinerError, match="HTTP 500"):
        refine(doc, claims, refiner)
    dead = f"http://127.0.0.1:{free_port()}/v1"
    with ChatRefiner(dead, "tiny", timeout=5) as down, pytest.raises(RefinerError, match="cannot be reached"):
        refine(doc, claims, down)
    with pytest.raises(RefinerSetupError, match="not an http"):
        ChatRefiner("localhost:11434", "tiny")


# -- the CLI ------------------------------------------------------------------------------------------

runner = CliRunner()


def test_cli_records_refined_claims_and_lists_changes(server: tuple[ChatServer, str], tmp_path: Path) -> None:
    _, url = server
    f = tmp_path / "call.txt"
    f.write_text(TEXT, encoding="utf-8")
    db = tmp_path / "l.duckdb"
    out = runner.invoke(
        app, ["extract", str(f), "--db", str(db), "--jsonl", "--refiner", url, "--refiner-model", "tiny"]
    )
    assert out.exit_code == 0, out.output
    rows = [json.loads(line) for line in out.stdout.splitlines() if line.startswith("{")]
    assert {r["span_text"]: r["metric"] for r in rows}["about $900 million"] == "revenue"
    assert "1 labels changed" in out.stderr and "'about $900 million' metric" in out.stderr
    with Ledger.open(db) as ledger:
        stored = {c.span_text: c.metric for c in ledger.claims(None)}
    assert stored["about $900 million"] == "revenue"
    with Ledger.open(db) as ledger:
        notes = {c.span_text: c.refinement for c in ledger.claims(None)}
    assert notes["about $900 million"] == "metric capex -> revenue (chat:tiny)"
    assert notes["$4.2 billion"] is None
    printed = {r["span_text"]: r.get("refinement") for r in rows}
    assert printed["about $900 million"] == notes["about $900 million"]


def test_cli_refiner_down_leaves_the_ledger_empty(tmp_path: Path) -> None:
    f = tmp_path / "call.txt"
    f.write_text(TEXT, encoding="utf-8")
    db = tmp_path / "l.duckdb"
    dead = f"http://127.0.0.1:{free_port()}/v1"
    out = runner.invoke(app, ["extract", str(f), "--db", str(db), "--refiner", dead, "--refiner-model", "m"])
    assert out.exit_code == 4
    assert out.stderr.startswith("error: the refiner at") and len(out.stderr.strip().splitlines()) == 1
    with Ledger.open(db) as ledger:
        assert ledger.count("claims") == 0 and ledger.count("documents") == 0
    lone = runner.invoke(app, ["extract", str(f), "--no-store", "--refiner-model", "m"])
    assert lone.exit_code == 2 and "needs --refiner" in lone.stderr
