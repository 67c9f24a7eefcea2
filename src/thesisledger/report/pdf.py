"""`render_pdf`: the HTML report printed to PDF by headless Chromium (Debian `chromium`)."""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from thesisledger.errors import ThesisLedgerError

CHROMIUM_CANDIDATES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")


class ChromiumMissingError(ThesisLedgerError):
    """No Chromium to print the PDF with."""


def find_chromium() -> str | None:
    """$THESIS_CHROMIUM, else the first Chromium on PATH, else /usr/bin/chromium if it exists."""
    explicit = os.environ.get("THESIS_CHROMIUM")
    if explicit:
        return explicit if Path(explicit).exists() else None
    for name in CHROMIUM_CANDIDATES:
        found = shutil.which(name)
        if found:
            return found
    return "/usr/bin/chromium" if Path("/usr/bin/chromium").exists() else None


def render_pdf(html: str, out: str | Path, *, timeout: float = 120.0) -> Path:
    """Print `html` to the PDF file `out` with headless Chromium; returns the path written."""
    browser = find_chromium()
    if browser is None:
        raise ChromiumMissingError(
            "PDF output needs Chromium, which is not installed; install it "
            "(Debian: apt-get install chromium) or set THESIS_CHROMIUM, "
            "or use --format html and print from a browser"
        )
    target = Path(out).resolve()
    with tempfile.TemporaryDirectory(prefix="thesis-pdf-") as tmp:
        page = Path(tmp) / "report.html"
        page.write_text(html, encoding="utf-8")
        cmd = [
            browser,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--no-pdf-header-footer",
            f"--user-data-dir={tmp}/profile",
            "--virtual-time-budget=10000",  # let plotly draw before printing
            f"--print-to-pdf={target}",
            page.as_uri(),
        ]
        try:
            done = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, check=False)
        except (OSError, subprocess.TimeoutExpired) as exc:
            raise ThesisLedgerError(f"Chromium ({browser}) could not print {target}: {exc}") from exc
    if done.returncode != 0 or not target.exists() or target.stat().st_size == 0:
        tail = (done.stderr or "").strip().splitlines()[-1:] or ["no output"]
        raise ThesisLedgerError(f"Chromium ({browser}) failed to print {target}: {tail[0]}")
    return target
