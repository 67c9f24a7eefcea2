"""The JSON API: same data as the core, uploads (limits, names), errors as 4xx with a sentence."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from report_fixtures import Built
from thesisledger.errors import InputError
from thesisledger.store import Ledger
from thesisledger.web.upload import safe_filename


def test_companies_and_documents(client: TestClient, built: Built) -> None:
    assert [c["ticker"] for c in client.get("/api/companies").json()] == ["BABA"]
    docs = client.get("/api/documents").json()
    assert [(d["id"], d["title"], d["date"], d["company"]) for d in docs] == [
        (built.document.id, "Example retailer update", "2026-05-20", "BABA")
    ]
    assert client.get("/api/documents", params={"company": "MSFT"}).json() == []


def test_document_detail_has_text_and_claim_spans(client: TestClient, built: Built) -> None:
    d = client.get(f"/api/documents/{built.document.id}").json()
    assert d["text"] == built.document.text
    for c in d["claims"]:
        assert d["text"][c["start"] : c["end"]] == c["span_text"]
    assert [(c["metric"], c["low"], c["high"], c["unit"]) for c in d["claims"]] == [
        ("revenue", 41e9, 41e9, "CNY"),
        ("revenue_growth", 0.26, 0.26, "ratio"),
        ("ebita_margin", 0.12, None, "ratio"),
        ("active_buyers", 5e6, 5e6, "count"),
    ]


def test_claims_search_and_bad_kind(client: TestClient) -> None:
    assert [c["span_text"] for c in client.get("/api/claims", params={"kind": "guidance"}).json()] == [
        "exceed 12%"
    ]
    r = client.get("/api/claims", params={"kind": "rumour"})
    assert r.status_code == 400 and "is not one of" in r.json()["detail"]
    assert len(client.get("/api/claims", params={"limit": 2}).json()) == 2


def test_facts_point_in_time(client: TestClient) -> None:
    facts = client.get("/api/facts", params={"company": "BABA", "metric": "revenue"}).json()
    assert [(f["period"], f["low"], f["source"]) for f in facts] == [
        ("FY26Q1", 33e9, "test figures"),
        ("FY26Q2", 35e9, "test figures"),
        ("FY26Q3", 37.5e9, "test restatement"),
    ]


def test_valuation_api(client: TestClient) -> None:
    r = client.get(
        "/api/valuation", params={"thesis": "examples/alibaba/thesis.yaml", "simulate": 1000, "seed": 3}
    )
    assert r.status_code == 200
    body = r.json()
    assert body["currency"] == "USD" and body["share_unit"] == "ADS"
    assert [s["label"] for s in body["scenarios"]] == ["bear", "base", "bull"]
    assert body["simulation"]["n"] == 1000 and body["simulation"]["seed"] == 3
    assert client.get("/api/valuation", params={"thesis": "../secret.yaml"}).status_code == 400


def test_upload_stores_document_idempotently(client: TestClient, built: Built) -> None:
    text = b"Example note.\nRevenue was RMB 12 billion in the quarter.\n"
    r = client.post(
        "/api/documents", files={"file": ("note.txt", text)}, data={"company": "BABA", "date": "2026-06-01"}
    )
    assert r.status_code == 201, r.text
    body = r.json()
    assert body["new"] is True and body["url"] == f"/documents/{body['id']}"
    again = client.post("/api/documents", files={"file": ("other-name.txt", text)}, data={"company": "BABA"})
    assert again.json()["new"] is False
    with Ledger.open(built.path) as ledger:
        doc = ledger.document(body["id"])
        assert doc.source == "upload:note.txt" and doc.company == "BABA" and str(doc.date) == "2026-06-01"
        assert ledger.count("documents") == 2


def test_upload_page_redirects_to_the_document(client: TestClient) -> None:
    r = client.post("/upload", files={"file": ("n.md", b"# Title\nMargin was 9%.\n")}, follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"].startswith("/documents/")
    assert client.get(r.headers["location"]).status_code == 200


def test_upload_too_large_is_413_and_nothing_stored(client: TestClient, built: Built) -> None:
    r = client.post("/api/documents", files={"file": ("big.txt", b"x" * (64 * 1024 + 1))})
    assert r.status_code == 413 and "upload limit is 65,536 bytes" in r.json()["detail"]
    with Ledger.open(built.path) as ledger:
        assert ledger.count("documents") == 1


@pytest.mark.parametrize(
    ("name", "status", "says"),
    [
        ("../../evil.sh", 400, "evil.sh: only .txt, .md, .html, .htm, .pdf files can be uploaded"),
        ("notes.exe", 400, "notes.exe: only .txt"),
        ("..", 400, "file name '..' is empty or not usable"),
        ("fake.pdf", 400, "fake.pdf does not start with %PDF"),
    ],
)
def test_upload_bad_names_refused(
    client: TestClient, built: Built, name: str, status: int, says: str
) -> None:
    r = client.post("/api/documents", files={"file": (name, b"Revenue 5%")})
    assert r.status_code == status
    assert says in r.json()["detail"]
    assert "/tmp" not in r.json()["detail"]
    with Ledger.open(built.path) as ledger:
        assert ledger.count("documents") == 1


def test_upload_without_a_file_is_422(client: TestClient) -> None:
    assert client.post("/api/documents", data={"company": "BABA"}).status_code == 422


def test_upload_bad_date_and_empty_file(client: TestClient) -> None:
    r = client.post("/api/documents", files={"file": ("a.txt", b"Revenue 5%")}, data={"date": "31/12/26"})
    assert r.status_code == 400 and "YYYY-MM-DD" in r.json()["detail"]
    r = client.post("/api/documents", files={"file": ("a.txt", b"  \n")})
    assert r.status_code == 400 and "is empty" in r.json()["detail"]


@pytest.mark.parametrize(
    ("raw", "safe"),
    [
        ("note.txt", "note.txt"),
        ("../../etc/passwd.txt", "passwd.txt"),
        ("C:\\Users\\me\\Q4 note.pdf", "Q4_note.pdf"),
        ("a/b\\c/..\\report.HTML", "report.HTML"),
        ("ünïcode résumé.md", "n_code_r_sum_.md"),
    ],
)
def test_safe_filename(raw: str, safe: str) -> None:
    assert safe_filename(raw) == safe


@pytest.mark.parametrize("raw", ["", "..", "/", "...txt", "x.sh", "noext"])
def test_safe_filename_refuses(raw: str) -> None:
    with pytest.raises(InputError):
        safe_filename(raw)


def test_openapi_schema_lists_the_api(client: TestClient) -> None:
    paths = client.get("/openapi.json").json()["paths"]
    assert sorted(paths) == [
        "/api/claims",
        "/api/companies",
        "/api/documents",
        "/api/documents/{doc_id}",
        "/api/documents/{doc_id}/audit",
        "/api/facts",
        "/api/scorecard",
        "/api/valuation",
    ]


def test_scorecard_api_matches_the_report_builder(client: TestClient, built: Built) -> None:
    from datetime import date

    from thesisledger.report.build import scorecard_section

    r = client.get("/api/scorecard", params={"company": "BABA", "as_of": "2026-06-01"})
    assert r.status_code == 200
    body = r.json()
    with Ledger.open(built.path) as ledger:
        card = scorecard_section(ledger, "BABA", date(2026, 6, 1))
    assert [v["status"] for v in body["verdicts"]] == [v.status for v in card.verdicts]
    assert [v["distance_pct"] for v in body["verdicts"]] == [v.distance_pct for v in card.verdicts]
    assert body["credibility"][0]["hit_rate"] == card.credibility[0].hit_rate


def test_document_audit_api_says_whether_an_auditor_exists(client: TestClient, built: Built) -> None:
    from thesisledger.report.audit import audit_available

    r = client.get(f"/api/documents/{built.document.id}/audit")
    assert r.status_code == 200
    body = r.json()
    assert body["available"] is audit_available()
    if not body["available"]:
        assert body["findings"] == []
    assert client.get("/api/documents/nope/audit").status_code == 404


def test_as_of_out_of_range_is_400_not_500(client: TestClient) -> None:
    # regression: year 1 cannot be converted to UTC by the store (found by schemathesis)
    r = client.get("/api/facts", params={"as_of": "0001-01-01"})
    assert r.status_code == 400 and "out of range" in r.json()["detail"]
    r = client.get("/api/valuation", params={"thesis": "examples/alibaba/thesis.yaml", "as_of": "9999-12-31"})
    assert r.status_code == 400
