"""`SecConnector`: SEC EDGAR by ticker or CIK — filings, company facts as ledger facts, press releases.

Shaped like an OpenBB provider: each method turns its query into EDGAR URLs, extracts them through
the rate-limited, cached HTTP client, and transforms the payload into ledger types (`Fact`,
`Document`). Archived filings never change and are cached for good; the JSON APIs (ticker map,
submissions, company facts) are re-fetched once their cached copy is older than `api_max_age`.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterator, Mapping, Sequence
from datetime import date
from pathlib import Path
from types import TracebackType
from typing import Any

import httpx

from thesisledger.companies import CompanyProfile, find_profile, shipped_profiles
from thesisledger.connectors.sec._concepts import ConceptMap
from thesisledger.connectors.sec._facts import CompanyFactsMapping, map_company_facts
from thesisledger.connectors.sec._filings import (
    PRESS_RELEASE_FORMS,
    Filing,
    FilingDocument,
    cik_of,
    document_text,
    older_pages,
    parse_filing_index,
    parse_filing_rows,
    select_filings,
)
from thesisledger.connectors.sec._http import SecHttpClient
from thesisledger.connectors.sec._periods import infer_fy_end_month, snap_to_month_end
from thesisledger.connectors.sec._urls import (
    TICKERS_URL,
    company_facts_url,
    looks_like_cik,
    normalize_cik,
    submissions_page_url,
    submissions_url,
)
from thesisledger.documents.document import Document, DocumentKind
from thesisledger.errors import ConnectorError, UnknownCompanyError
from thesisledger.facts import Fact
from thesisledger.periods.calendar import FiscalCalendar

DAY = 86_400.0


def _ticker_key(ticker: str) -> str:
    """SEC writes share classes with a dash: BRK.B and brk-b are both BRK-B."""
    return ticker.strip().upper().replace(".", "-").replace("/", "-")


class SecConnector:
    """SEC EDGAR for one user: pass a User-Agent with a contact e-mail or set THESIS_SEC_USER_AGENT.

    `cache_dir` defaults to ~/.cache/thesisledger/sec; `api_max_age` is how many seconds a cached
    ticker map, submissions or company-facts document stays fresh (0 forces a re-download).
    `http` replaces the whole HTTP layer and `transport` only its transport (tests).
    """

    def __init__(
        self,
        user_agent: str | None = None,
        *,
        cache_dir: Path | None = None,
        use_cache: bool = True,
        api_max_age: float = DAY,
        concepts: ConceptMap | None = None,
        profiles: Mapping[str, CompanyProfile] | None = None,
        http: SecHttpClient | None = None,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        self.http = http or SecHttpClient(
            user_agent, cache_dir=cache_dir, use_cache=use_cache, transport=transport
        )
        self.api_max_age = api_max_age
        self.concepts = concepts
        self._profiles = dict(profiles) if profiles is not None else None
        self._tickers: dict[str, str] | None = None

    # -- lifecycle ------------------------------------------------------------------------------
    def close(self) -> None:
        self.http.close()

    def __enter__(self) -> SecConnector:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    # -- companies ------------------------------------------------------------------------------
    def _profile_pool(self) -> dict[str, CompanyProfile]:
        return self._profiles if self._profiles is not None else dict(shipped_profiles())

    def profile_for_cik(self, cik: str | int) -> CompanyProfile | None:
        wanted = int(normalize_cik(cik))
        for p in self._profile_pool().values():
            if p.cik and int(normalize_cik(p.cik)) == wanted:
                return p
        return None

    def ticker_map(self) -> dict[str, str]:
        """Every ticker SEC knows -> ten-digit CIK (from company_tickers.json)."""
        if self._tickers is None:
            raw = self.http.get_json(TICKERS_URL, max_age=self.api_max_age)
            rows = raw.values() if isinstance(raw, dict) else raw if isinstance(raw, list) else None
            if rows is None:
                raise ConnectorError(f"{TICKERS_URL}: not the SEC ticker map (expected a JSON object)")
            tickers: dict[str, str] = {}
            for row in rows:
                try:
                    tickers.setdefault(_ticker_key(str(row["ticker"])), normalize_cik(row["cik_str"]))
                except (KeyError, TypeError, ValueError) as exc:
                    raise ConnectorError(f"{TICKERS_URL}: malformed entry {row!r}") from exc
            self._tickers = tickers
        return self._tickers

    def cik_for(self, ticker: str) -> str:
        """The ten-digit CIK of a ticker ("AAPL", "BRK.B"); a shipped profile's CIK is used as is."""
        try:
            profile = find_profile(ticker, self._profiles)
        except UnknownCompanyError:
            profile = None
        if profile is not None and profile.cik:
            return normalize_cik(profile.cik)
        key = _ticker_key(ticker)
        tickers = self.ticker_map()
        if key in tickers:
            return tickers[key]
        close = difflib.get_close_matches(key, list(tickers), n=3, cutoff=0.75)
        hint = f"; did you mean {', '.join(close)}?" if close else "; pass the CIK instead"
        raise UnknownCompanyError(f"SEC EDGAR has no ticker {ticker!r}{hint}")

    def resolve(self, ticker_or_cik: str) -> str:
        """A ticker, alias or CIK ("BABA", "Alibaba", "1577552", "CIK0001577552") -> ten-digit CIK."""
        text = ticker_or_cik.strip()
        if looks_like_cik(text):
            try:
                profile = find_profile(text, self._profiles)
            except UnknownCompanyError:
                return normalize_cik(text)
            if profile.cik:  # an all-digit alias such as the HK code 9988
                return normalize_cik(profile.cik)
            return normalize_cik(text)
        return self.cik_for(text)

    def submissions(self, cik: str | int) -> dict[str, Any]:
        """The company's submissions JSON: name, tickers, fiscal year end and recent filings."""
        url = submissions_url(cik)
        data = self.http.get_json(url, max_age=self.api_max_age)
        if not isinstance(data, dict):
            raise ConnectorError(f"{url}: not an EDGAR submissions document")
        return data

    def ticker_for(self, cik: str | int) -> str:
        """The company key facts and documents are filed under: its profile's ticker, else its first
        SEC ticker, else "CIK##########"."""
        profile = self.profile_for_cik(cik)
        if profile is not None:
            return profile.ticker
        tickers = self.submissions(cik).get("tickers") or []
        return str(tickers[0]).upper() if tickers else f"CIK{normalize_cik(cik)}"

    # -- filings --------------------------------------------------------------------------------
    def filings(
        self,
        cik: str | int,
        forms: Sequence[str] | None = None,
        since: date | None = None,
        *,
        amendments: bool = True,
    ) -> list[Filing]:
        """The company's filings of `forms` (all when None; "10-K" includes "10-K/A" unless
        `amendments` is False) filed on or after `since`, newest first."""
        cik10 = normalize_cik(cik)
        url = submissions_url(cik10)
        data = self.submissions(cik10)
        cik_of(data, url)
        recent = (data.get("filings") or {}).get("recent")
        if not isinstance(recent, dict):
            raise ConnectorError(f"{url}: no filings.recent in the submissions document")
        rows = parse_filing_rows(cik10, recent, url)
        for name in older_pages(data, since):
            page_url = submissions_page_url(name)
            page = self.http.get_json(page_url)  # closed pages of history never change
            if not isinstance(page, dict):
                raise ConnectorError(f"{page_url}: not an EDGAR submissions page")
            rows.extend(parse_filing_rows(cik10, page, page_url))
        return select_filings(rows, forms, since, amendments=amendments)

    def filing_documents(self, filing: Filing) -> list[FilingDocument]:
        """The documents of one filing (primary document, exhibits, XBRL files) from its index page."""
        return parse_filing_index(filing, self.http.get_bytes(filing.index_url))

    def download(self, url: str) -> bytes:
        """The bytes of an archived document (cached for good: archived filings never change)."""
        return self.http.get_bytes(url)

    def document(self, doc: FilingDocument, *, company: str | None = None) -> Document:
        """An exhibit or filing document as a ledger `Document` (text, filing date, URL as source)."""
        filing = doc.filing
        text = document_text(self.download(doc.url), doc.name)
        if not text.strip():
            raise ConnectorError(f"{doc.url}: the document has no text")
        kind = DocumentKind.PRESS_RELEASE if doc.is_press_release else DocumentKind.FILING
        label = doc.description or doc.type
        who = company or f"CIK{filing.cik}"
        return Document(
            text=text,
            title=f"{who} {filing.form} {doc.type} {filing.filed.isoformat()}: {label}",
            kind=kind,
            date=filing.filed,
            source=doc.url,
            company=company,
        )

    def press_releases(
        self,
        cik: str | int,
        since: date | None = None,
        *,
        forms: Sequence[str] = PRESS_RELEASE_FORMS,
        items: Sequence[str] | None = None,
    ) -> Iterator[Document]:
        """Press releases (EX-99 exhibits of 8-K and 6-K filings) filed on or after `since`, newest
        first, as Documents of kind press_release dated by the filing date with the URL as source.

        `items` keeps only 8-Ks that report one of those items ("2.02" = results of operations);
        6-Ks carry no items and are all kept. Lazy: each exhibit is downloaded as it is reached,
        and a re-run reads what an interrupted run already downloaded from the cache.
        """
        company = self.ticker_for(cik)
        for filing in self.filings(cik, forms=forms, since=since):
            if items and filing.base_form == "8-K" and not set(items) & set(filing.items):
                continue
            for doc in self.filing_documents(filing):
                if doc.is_press_release:
                    yield self.document(doc, company=company)

    # -- company facts --------------------------------------------------------------------------
    def company_facts_json(self, cik: str | int) -> dict[str, Any]:
        url = company_facts_url(cik)
        data = self.http.get_json(url, max_age=self.api_max_age)
        if not isinstance(data, dict) or not isinstance(data.get("facts"), dict):
            raise ConnectorError(f"{url}: not an SEC company-facts document (no 'facts' object)")
        return data

    def calendar_for(self, cik: str | int, company_facts: Mapping[str, Any]) -> tuple[FiscalCalendar, str]:
        """The filer's fiscal calendar and where it came from: its profile, its annual facts, or the
        fiscal year end in its submissions ("0928" -> September)."""
        profile = self.profile_for_cik(cik)
        if profile is not None:
            return profile.calendar, f"profile {profile.ticker}"
        month = infer_fy_end_month(company_facts)
        if month is not None:
            return FiscalCalendar(month), "inferred from annual facts"
        fye = str(self.submissions(cik).get("fiscalYearEnd") or "")
        if len(fye) == 4 and fye.isdigit():
            try:
                snapped = snap_to_month_end(date(2001, int(fye[:2]), int(fye[2:])))
            except ValueError:
                snapped = None
            if snapped is not None:
                return FiscalCalendar(snapped.month), "fiscalYearEnd in submissions"
        return FiscalCalendar(12), "default: calendar year"

    def company_facts_mapping(
        self,
        cik: str | int,
        *,
        since: date | None = None,
        company: str | None = None,
        calendar: FiscalCalendar | None = None,
        derive_q4: bool = True,
    ) -> CompanyFactsMapping:
        """Company facts mapped to ledger facts, with the calendar used and what was skipped
        (`calendar` overrides the one found from the filer's profile or facts)."""
        data = self.company_facts_json(cik)
        if calendar is not None:
            how = "given"
        else:
            calendar, how = self.calendar_for(cik, data)
        mapping = map_company_facts(
            data,
            company=company or self.ticker_for(cik),
            calendar=calendar,
            concepts=self.concepts,
            since=since,
            derive_q4=derive_q4,
        )
        return CompanyFactsMapping(
            company=mapping.company,
            entity_name=mapping.entity_name,
            calendar=mapping.calendar,
            calendar_source=how,
            facts=mapping.facts,
            skipped=mapping.skipped,
        )

    def company_facts(self, cik: str | int, *, since: date | None = None) -> list[Fact]:
        """The company's XBRL facts as ledger facts (periods ending on or after `since`)."""
        return list(self.company_facts_mapping(cik, since=since).facts)
