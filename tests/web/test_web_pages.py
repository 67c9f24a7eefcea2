"""Server-rendered pages: what each shows, errors as pages, the ledger not held between requests."""

from __future__ import annotations

import re
from html import escape

from fastapi.testclient import TestClient

from report_fixtures import Built
from thesisledger.report.html import ps
from thesisledger.store import Ledger


def test_dashboard_lists_companies_documents_theses_and_upload(client: TestClient, built: Built) -> None:
    page = client.get("/").text
    assert '<a href="/companies/BABA">BABA</a>' in page
    assert f'<a href="/documents/{built.document.id}">Example retailer update</a>' in page
    assert 'href="/valuation?thesis=examples/alibaba/thesis.yaml"' in page
    assert (
        '<form class="inline" id="upload-form" action="/upload" method="post" enctype="multipart/form-data">'
        in page
    )
    assert re.search(r'data-count="claims">claims<b>4</b>', page)


def test_document_page_highlights_every_claim_with_its_fields(client: TestClient, built: Built) -> None:
    page = client.get(f"/documents/{built.document.id}").text
    marks = re.findall(r'<mark class="claim" id="claim-(\w+)"[^>]*>([^<]*)</mark>', page)
    assert [text for _, text in marks] == [c.span_text for c in built.claims]
    assert 'data-metric="ebita_margin" data-kind="guidance" data-value="more than 12%"' in page
    c0 = built.claims[0]
    assert f'data-start="{c0.start}" data-end="{c0.end}"' in page
    # the text around the marks is the document text, unchanged
    plain = re.sub(r"<[^>]+>", "", page.split('id="doc-text">', 1)[1].split("</div>", 1)[0])
    assert plain == escape(built.document.text, quote=False)


def test_claims_search_filters(client: TestClient) -> None:
    page = client.get("/claims", params={"kind": "guidance"}).text
    assert page.count('<tr data-kind="') == 1
    assert "<mark>exceed 12%</mark>" in page
    page = client.get("/claims", params={"q": "buyers"}).text
    assert page.count('<tr data-kind="') == 1
    page = client.get("/claims", params={"company": "BABA", "metric": "revenue"}).text
    assert page.count('<tr data-kind="') == 1


def test_facts_and_company_pages_have_charts_loaded_locally(client: TestClient) -> None:
    for url in ("/facts", "/companies/BABA"):
        page = client.get(url).text
        assert '<script src="/static/plotly.js"></script>' in page
        assert 'id="chart-fact-0"' in page and 'id="chart-fact-1"' in page
    js = client.get("/static/plotly.js")
    assert js.status_code == 200 and js.text.startswith("/**\n* plotly.js")


def test_valuation_page_shows_scenarios(client: TestClient) -> None:
    page = client.get("/valuation", params={"thesis": "examples/alibaba/thesis.yaml"}).text
    assert '<section id="valuation">' in page and 'id="chart-histogram"' in page
    for label in ("median inputs", "bear", "base", "bull"):
        assert f'<tr data-scenario="{label}">' in page


def test_report_page_is_the_self_contained_report(client: TestClient) -> None:
    page = client.get("/report/BABA", params={"thesis": "examples/alibaba/thesis.yaml"}).text
    assert "/static/plotly.js" not in page
    assert page.count("* plotly.js v") == 1
    v = re.search(r'data-field="central-per-share">([\d,.]+)<', page)
    api = client.get(
        "/api/valuation", params={"thesis": "examples/alibaba/thesis.yaml", "simulate": 0}
    ).json()
    assert v is not None and v.group(1) == ps(api["valuation"]["per_share"])


def test_thesis_outside_root_is_refused(client: TestClient) -> None:
    for bad in ("../../../etc/passwd", "/etc/passwd", "examples/../../x.yaml", "pyproject.toml"):
        r = client.get("/valuation", params={"thesis": bad})
        assert r.status_code == 400, bad
        assert 'role="alert"' in r.text


def test_unknown_document_is_a_404_page(client: TestClient) -> None:
    r = client.get("/documents/0123")
    assert r.status_code == 404
    assert "no document &#39;0123&#39;" in r.text


def test_ledger_is_not_held_between_requests(client: TestClient, built: Built) -> None:
    assert client.get("/").status_code == 200
    with Ledger.open(built.path) as ledger:  # would fail with a lock error if the app kept it open
        assert ledger.count("claims") == 4
    assert client.get("/documents").status_code == 200


def test_scorecard_page_has_verdicts_and_a_chart_per_metric(client: TestClient) -> None:
    page = client.get("/scorecard", params={"company": "BABA"}).text
    assert '<script src="/static/plotly.js"></script>' in page
    assert 'id="chart-guidance-0"' in page and 'id="chart-guidance-1"' in page
    assert page.count('<tr data-status="') == 4
    assert 'data-revision="raised"' in page
    assert client.get("/scorecard", params={"as_of": "0001-01-01"}).status_code == 400


def test_document_page_has_an_audit_section(client: TestClient, built: Built) -> None:
    from thesisledger.report.audit import audit_available

    page = client.get(f"/documents/{built.document.id}").text
    assert '<section id="audit">' in page
    assert ('data-missing="audit"' in page) is (not audit_available())


def test_upload_form_shows_a_busy_indicator(client: TestClient) -> None:
    page = client.get("/").text
    assert 'id="upload-busy" role="status"' in page and "form.busy .busy-indicator" in page
