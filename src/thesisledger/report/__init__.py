"""Reports: a company's ledger, valuation and triggers as one HTML page, Markdown, or PDF.

report = build_report(ledger, "BABA", thesis_path="examples/alibaba/thesis.yaml")
Path("report.html").write_text(render_html(report))      # self-contained, opens offline
render_markdown(report)                                  # tables for notes
render_pdf(render_html(report), "report.pdf")            # headless Chromium
"""

from thesisledger.report.build import build_report
from thesisledger.report.html import render_html
from thesisledger.report.markdown import render_markdown
from thesisledger.report.model import (
    ClaimRow,
    FactPoint,
    FactSeries,
    FindingRow,
    Histogram,
    Quote,
    Report,
    ValuationSection,
)
from thesisledger.report.pdf import ChromiumMissingError, find_chromium, render_pdf

__all__ = [
    "ChromiumMissingError",
    "ClaimRow",
    "FactPoint",
    "FactSeries",
    "FindingRow",
    "Histogram",
    "Quote",
    "Report",
    "ValuationSection",
    "build_report",
    "find_chromium",
    "render_html",
    "render_markdown",
    "render_pdf",
]
