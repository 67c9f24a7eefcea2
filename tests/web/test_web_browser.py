"""The dashboard and the report in real headless Chromium (Debian `chromium` driven by Playwright).

Every request that leaves 127.0.0.1 is aborted, so the pages must work offline. Screenshots go to
test-artifacts/screenshots/ (gitignored).
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlparse

import pytest

from report_fixtures import REPO, Built, build_ledger
from thesisledger.report import build_report, render_html
from thesisledger.store import Ledger
from thesisledger.web import create_app

CHROMIUM = Path("/usr/bin/chromium")
SHOTS = REPO / "test-artifacts" / "screenshots"

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="/usr/bin/chromium is not installed"),
]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Built:
    return build_ledger(tmp_path_factory.mktemp("browser"))


@pytest.fixture(scope="module")
def server(built: Built) -> Iterator[str]:
    import uvicorn

    app = create_app(built.path, thesis_root=REPO, simulations=5000)
    port = _free_port()
    srv = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not srv.started:
        if time.monotonic() > deadline or not thread.is_alive():
            pytest.fail("the dashboard did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(10)


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=["--no-sandbox"])
        yield b
        b.close()


@pytest.fixture
def page(browser: object) -> Iterator[object]:
    from playwright.sync_api import Browser, Route

    assert isinstance(browser, Browser)
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    blocked: list[str] = []

    def only_local(route: Route) -> None:
        url = urlparse(route.request.url)
        if url.scheme in ("file", "data", "blob", "about") or url.hostname == "127.0.0.1":
            route.continue_()
        else:
            blocked.append(route.request.url)
            route.abort()

    context.route("**/*", only_local)
    pg = context.new_page()
    errors: list[str] = []
    pg.on("pageerror", lambda e: errors.append(str(e)))
    yield pg
    context.close()
    assert errors == [], f"JavaScript errors: {errors}"


def _shot(pg: object, name: str) -> Path:
    SHOTS.mkdir(parents=True, exist_ok=True)
    path = SHOTS / name
    pg.screenshot(path=str(path), full_page=True)  # type: ignore[attr-defined]
    return path


def test_dashboard_upload_seed_note_and_see_its_page(page: object, server: str, seed_note_path: Path) -> None:
    from playwright.sync_api import Page, expect

    assert isinstance(page, Page)
    page.goto(server + "/")
    expect(page.locator("h1")).to_have_text("Thesis Ledger")
    expect(page.locator('[data-count="documents"] b')).to_have_text("1")
    _shot(page, "dashboard.png")
    page.set_input_files('#upload-form input[name="file"]', str(seed_note_path))
    page.fill('#upload-form input[name="company"]', "BABA")
    page.click('#upload-form button[type="submit"]')
    page.wait_for_url("**/documents/*")
    text = page.locator("#doc-text").inner_text()
    assert text.strip() == seed_note_path.read_text(encoding="utf-8").strip()[: len(text.strip())]
    marks = page.locator("mark.claim")
    if marks.count():  # extraction is in this build: every claim highlighted, click one for its fields
        marks.first.click()
        expect(page.locator("#claim-fields")).to_be_visible()
        expect(page.locator("#claim-fields dd").first).to_have_text(marks.first.inner_text())
    else:
        expect(page.locator("#claim-count")).to_contain_text("Claim extraction is not in this build yet")
    _shot(page, "seed-note.png")
    page.goto(server + "/documents")
    expect(page.locator("table.documents tbody tr")).to_have_count(2)


def test_document_claims_highlighted_and_clickable(page: object, server: str, built: Built) -> None:
    from playwright.sync_api import Page, expect

    assert isinstance(page, Page)
    page.goto(f"{server}/documents/{built.document.id}")
    marks = page.locator("#doc-text mark.claim")
    expect(marks).to_have_count(4)
    assert marks.all_inner_texts() == [c.span_text for c in built.claims]
    marks.nth(2).click()
    fields = page.locator("#claim-fields")
    expect(fields).to_be_visible()
    expect(fields).to_contain_text("more than 12%")
    expect(fields).to_contain_text("ebita_margin")
    expect(fields).to_contain_text("guidance")
    expect(marks.nth(2)).to_have_class("claim active")
    _shot(page, "document-claim.png")


def test_claims_table_filters_and_sorts(page: object, server: str) -> None:
    from playwright.sync_api import Page, expect

    assert isinstance(page, Page)
    page.goto(server + "/claims")
    rows = page.locator("#claims-table tbody tr:visible")
    expect(rows).to_have_count(4)
    page.fill('[data-filter-for="claims-table"]', "buyers")
    expect(rows).to_have_count(1)
    page.fill('[data-filter-for="claims-table"]', "")
    page.select_option('[data-kind-for="claims-table"]', "guidance")
    expect(rows).to_have_count(1)
    page.select_option('[data-kind-for="claims-table"]', "")
    page.click("#claims-table thead th:nth-child(3)")  # value, ascending
    values = page.locator("#claims-table tbody tr td:nth-child(3)").all_inner_texts()
    assert values == ["more than 12%", "26%", "5 million", "CNY 41 billion"]
    _shot(page, "claims.png")


def test_report_charts_render_from_the_server(page: object, server: str) -> None:
    from playwright.sync_api import Page, expect

    assert isinstance(page, Page)
    page.goto(server + "/report/BABA?thesis=examples/alibaba/thesis.yaml")
    for chart in ("#chart-histogram", "#chart-tornado", "#chart-fact-0"):
        expect(page.locator(f"{chart} .plot-container svg.main-svg").first).to_be_attached()
    expect(page.locator("#chart-histogram .bars path").first).to_be_attached()
    expect(page.locator('#scorecard [data-missing="scorecard"]')).to_be_visible()
    _shot(page, "report.png")


def test_report_file_opened_from_disk_renders_offline(page: object, built: Built, tmp_path: Path) -> None:
    from playwright.sync_api import Page, expect

    assert isinstance(page, Page)
    with Ledger.open(built.path) as ledger:
        report = build_report(
            ledger, "BABA", thesis_path=REPO / "examples/alibaba/thesis.yaml", simulations=3000
        )
    out = tmp_path / "report.html"
    out.write_text(render_html(report), encoding="utf-8")
    page.context.set_offline(True)
    page.goto(out.as_uri())
    expect(page.locator("#chart-histogram .plot-container svg.main-svg").first).to_be_attached()
    expect(page.locator("#chart-tornado .plot-container svg.main-svg").first).to_be_attached()
    assert page.evaluate("typeof Plotly") == "object"
    _shot(page, "report-offline.png")


def test_valuation_page(page: object, server: str) -> None:
    from playwright.sync_api import Page, expect

    assert isinstance(page, Page)
    page.goto(server + "/valuation?thesis=examples/alibaba/thesis.yaml")
    expect(page.locator("#chart-histogram .plot-container")).to_be_attached()
    expect(page.locator("table.scenarios tbody tr")).to_have_count(4)
    _shot(page, "valuation.png")
