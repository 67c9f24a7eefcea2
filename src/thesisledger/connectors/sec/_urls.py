"""EDGAR addresses: CIK and accession-number forms, and the URL of each endpoint we use."""

from __future__ import annotations

import re

from thesisledger.errors import InputError

TICKERS_URL = "https://www.sec.gov/files/company_tickers.json"
DATA_ROOT = "https://data.sec.gov"
ARCHIVES_ROOT = "https://www.sec.gov/Archives/edgar/data"

_CIK = re.compile(r"^(?:CIK)?0*(\d{1,10})$", re.IGNORECASE)
_ACCESSION = re.compile(r"^(\d{10})-?(\d{2})-?(\d{6})$")


def normalize_cik(cik: str | int) -> str:
    """The ten-digit, zero-padded CIK: 320193, "320193", "CIK0000320193" -> "0000320193"."""
    m = _CIK.match(str(cik).strip())
    if not m or int(m.group(1)) == 0:
        raise InputError(f"{cik!r} is not a SEC CIK (a number of up to 10 digits, e.g. 0000320193)")
    return m.group(1).zfill(10)


def looks_like_cik(text: str) -> bool:
    return bool(_CIK.match(text.strip())) and any(ch.isdigit() for ch in text)


def normalize_accession(accession: str) -> str:
    """The dashed accession number: "000032019324000123" -> "0000320193-24-000123"."""
    m = _ACCESSION.match(accession.strip())
    if not m:
        raise InputError(f"{accession!r} is not an EDGAR accession number (like 0000320193-24-000123)")
    return "-".join(m.groups())


def submissions_url(cik: str | int) -> str:
    return f"{DATA_ROOT}/submissions/CIK{normalize_cik(cik)}.json"


def submissions_page_url(name: str) -> str:
    """An older page of a company's filing history, named in `filings.files` of its submissions."""
    return f"{DATA_ROOT}/submissions/{name}"


def company_facts_url(cik: str | int) -> str:
    return f"{DATA_ROOT}/api/xbrl/companyfacts/CIK{normalize_cik(cik)}.json"


def filing_folder_url(cik: str | int, accession: str) -> str:
    """The Archives folder of one filing: .../data/{cik without zeros}/{accession without dashes}."""
    return f"{ARCHIVES_ROOT}/{int(normalize_cik(cik))}/{normalize_accession(accession).replace('-', '')}"


def filing_index_url(cik: str | int, accession: str) -> str:
    """The filing's index page, which lists every document with its type (EX-99.1, ...)."""
    acc = normalize_accession(accession)
    return f"{filing_folder_url(cik, acc)}/{acc}-index.htm"


_ARCHIVED = re.compile(r"/Archives/edgar/data/\d+/(\d{18})(?:/|$)")


def accession_of_url(url: str) -> str | None:
    """The dashed accession number of an Archives URL (the filing folder in its path), else None."""
    m = _ARCHIVED.search(url)
    return normalize_accession(m.group(1)) if m else None
