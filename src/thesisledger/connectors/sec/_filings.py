"""The filing index: a company's filings from its submissions JSON, and the documents of one filing.

Submissions JSON (`data.sec.gov/submissions/CIK##########.json`) holds the latest ~1,000 filings
as parallel lists under `filings.recent` and names older pages under `filings.files`; each page
has the same parallel lists at its top level. A filing's index page (`...-index.htm`) lists its
documents in a table with columns Seq, Description, Document, Type and Size.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any
from urllib.parse import urljoin

from bs4 import BeautifulSoup

from thesisledger.connectors.sec._urls import filing_folder_url, filing_index_url, normalize_cik
from thesisledger.errors import ConnectorError

# Forms whose results press releases come as EX-99 exhibits (US issuers' 8-K, foreign issuers' 6-K).
PRESS_RELEASE_FORMS = ("8-K", "6-K")
_EX99 = re.compile(r"^EX-99(\.\d+)?[A-Z]?$", re.IGNORECASE)
_TEXT_SUFFIXES = (".htm", ".html", ".txt")


@dataclass(frozen=True, slots=True)
class Filing:
    """One filing in a company's EDGAR history."""

    cik: str  # ten digits
    accession: str  # dashed: 0000320193-24-000123
    form: str  # "10-K", "6-K", "10-K/A"
    filed: date
    report_date: date | None = None
    primary_document: str = ""
    description: str = ""
    items: tuple[str, ...] = ()  # 8-K items: ("2.02", "9.01") for a results release

    @property
    def base_form(self) -> str:
        """The form without its amendment suffix: "10-K/A" -> "10-K"."""
        return self.form.removesuffix("/A")

    @property
    def is_amendment(self) -> bool:
        return self.form.endswith("/A")

    @property
    def folder_url(self) -> str:
        return filing_folder_url(self.cik, self.accession)

    @property
    def index_url(self) -> str:
        return filing_index_url(self.cik, self.accession)

    @property
    def primary_url(self) -> str | None:
        return f"{self.folder_url}/{self.primary_document}" if self.primary_document else None


@dataclass(frozen=True, slots=True)
class FilingDocument:
    """One document of a filing, as its index page lists it."""

    filing: Filing
    sequence: int | None
    description: str
    name: str
    type: str  # "10-K", "EX-99.1", "GRAPHIC", "EX-101.SCH"
    url: str
    size: int | None = None

    @property
    def is_press_release(self) -> bool:
        """An EX-99 exhibit in text or HTML attached to an 8-K or 6-K: how results releases are filed."""
        return (
            self.filing.base_form in PRESS_RELEASE_FORMS
            and bool(_EX99.match(self.type))
            and self.name.lower().endswith(_TEXT_SUFFIXES)
        )


def _date(text: object) -> date | None:
    if not text or not isinstance(text, str):
        return None
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        return None


def parse_filing_rows(cik: str, columns: Mapping[str, Any], where: str) -> list[Filing]:
    """Filings from the parallel lists of a submissions page (`filings.recent` or an older page)."""
    try:
        accessions: Sequence[str] = columns["accessionNumber"]
        forms: Sequence[str] = columns["form"]
        filed: Sequence[str] = columns["filingDate"]
    except (KeyError, TypeError) as exc:
        raise ConnectorError(f"{where}: not an EDGAR submissions page (missing {exc})") from exc
    n = len(accessions)
    if len(forms) != n or len(filed) != n:
        raise ConnectorError(f"{where}: EDGAR submissions lists have different lengths; re-fetch it")

    def column(name: str) -> Sequence[Any]:
        values = columns.get(name)
        return values if isinstance(values, list) and len(values) == n else [None] * n

    report, primary, desc, items = (
        column(c) for c in ("reportDate", "primaryDocument", "primaryDocDescription", "items")
    )
    out: list[Filing] = []
    for i in range(n):
        filed_on = _date(filed[i])
        if filed_on is None:
            raise ConnectorError(f"{where}: filing {accessions[i]} has no valid filingDate ({filed[i]!r})")
        out.append(
            Filing(
                cik=cik,
                accession=str(accessions[i]),
                form=str(forms[i]),
                filed=filed_on,
                report_date=_date(report[i]),
                primary_document=str(primary[i] or ""),
                description=str(desc[i] or ""),
                items=tuple(s.strip() for s in str(items[i] or "").split(",") if s.strip()),
            )
        )
    return out


def older_pages(submissions: Mapping[str, Any], since: date | None) -> list[str]:
    """Names of the older submissions pages that may hold filings on or after `since`."""
    files = submissions.get("filings", {}).get("files", []) or []
    names: list[str] = []
    for f in files:
        to = _date(f.get("filingTo"))
        if since is None or to is None or to >= since:
            names.append(str(f["name"]))
    return names


def select_filings(
    filings: Iterable[Filing],
    forms: Sequence[str] | None = None,
    since: date | None = None,
    *,
    amendments: bool = True,
) -> list[Filing]:
    """Filings of the given forms (amendments included unless told not to) filed on or after `since`,
    newest first."""
    wanted = {f.upper() for f in forms} if forms else None
    out = []
    for f in filings:
        if since is not None and f.filed < since:
            continue
        if wanted is not None:
            form = f.form.upper()
            if form not in wanted and not (amendments and f.is_amendment and form[:-2] in wanted):
                continue
        out.append(f)
    return sorted(out, key=lambda f: (f.filed, f.accession), reverse=True)


def parse_filing_index(filing: Filing, html: bytes | str) -> list[FilingDocument]:
    """The documents listed on a filing's `-index.htm` page."""
    soup = BeautifulSoup(html, "lxml")
    tables = soup.find_all("table", class_="tableFile")
    if not tables:
        raise ConnectorError(
            f"{filing.index_url}: no document table (class tableFile) on the filing index page; "
            "SEC may have changed its layout or sent an error page"
        )
    docs: list[FilingDocument] = []
    for table in tables:
        rows = table.find_all("tr")
        if not rows:
            continue
        header = [th.get_text(" ", strip=True).lower() for th in rows[0].find_all(["th", "td"])]
        try:
            col = {name: header.index(name) for name in ("description", "document", "type")}
        except ValueError:
            continue
        seq_col = header.index("seq") if "seq" in header else None
        size_col = header.index("size") if "size" in header else None
        for tr in rows[1:]:
            cells = tr.find_all("td")
            if len(cells) < len(header):
                continue
            link = cells[col["document"]].find("a")
            href = str(link.get("href", "")) if link is not None else ""
            if not href:
                continue
            href = href.removeprefix("/ix?doc=")  # inline-XBRL viewer links wrap the archive path
            name = cells[col["document"]].get_text(" ", strip=True).split(" ")[0]
            seq_text = cells[seq_col].get_text(strip=True) if seq_col is not None else ""
            size_text = cells[size_col].get_text(strip=True) if size_col is not None else ""
            docs.append(
                FilingDocument(
                    filing=filing,
                    sequence=int(seq_text) if seq_text.isdigit() else None,
                    description=cells[col["description"]].get_text(" ", strip=True),
                    name=name,
                    type=cells[col["type"]].get_text(" ", strip=True),
                    url=urljoin("https://www.sec.gov/", href),
                    size=int(size_text) if size_text.isdigit() else None,
                )
            )
    return docs


def document_text(body: bytes, name: str) -> str:
    """Readable text of an exhibit: HTML with tags removed and blocks on their own lines, or plain text."""
    if name.lower().endswith(".txt"):
        try:
            text = body.decode("utf-8")
        except UnicodeDecodeError:
            text = body.decode("cp1252", errors="replace")
    else:
        soup = BeautifulSoup(body, "lxml")
        for tag in soup(["script", "style"]):
            tag.decompose()
        text = soup.get_text("\n")
    lines = (re.sub(r"[ \t\u00a0]+", " ", line).strip() for line in text.splitlines())
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip() + "\n"


def company_name(submissions: Mapping[str, Any]) -> str:
    return str(submissions.get("name") or "")


def company_tickers(submissions: Mapping[str, Any]) -> tuple[str, ...]:
    return tuple(str(t) for t in submissions.get("tickers") or ())


def cik_of(submissions: Mapping[str, Any], where: str) -> str:
    try:
        return normalize_cik(str(submissions["cik"]))
    except (KeyError, ValueError) as exc:
        raise ConnectorError(f"{where}: not an EDGAR submissions document (no valid cik)") from exc
