"""SEC EDGAR: filings, XBRL company facts as ledger facts, and press-release exhibits.

with SecConnector() as sec:                      # needs THESIS_SEC_USER_AGENT="Name email"
    cik = sec.cik_for("AAPL")
    facts = sec.company_facts(cik)
    for doc in sec.press_releases(cik, since=date(2024, 1, 1)):
        ...
"""

from thesisledger.connectors.sec._cache import DiskCache, default_cache_dir
from thesisledger.connectors.sec._concepts import ConceptMap, MetricConcepts, ValueUnit, load_concept_map
from thesisledger.connectors.sec._connector import SecConnector
from thesisledger.connectors.sec._facts import CompanyFactsMapping, map_company_facts, same_value
from thesisledger.connectors.sec._fetch import FetchSummary, fact_to_dict, fetch_sec
from thesisledger.connectors.sec._filings import PRESS_RELEASE_FORMS, Filing, FilingDocument
from thesisledger.connectors.sec._http import USER_AGENT_ENV, RetryPolicy, SecHttpClient, resolve_user_agent
from thesisledger.connectors.sec._periods import duration_period, infer_fy_end_month, instant_period
from thesisledger.connectors.sec._ratelimit import TokenBucket
from thesisledger.connectors.sec._urls import normalize_accession, normalize_cik

__all__ = [
    "PRESS_RELEASE_FORMS",
    "USER_AGENT_ENV",
    "CompanyFactsMapping",
    "ConceptMap",
    "DiskCache",
    "FetchSummary",
    "Filing",
    "FilingDocument",
    "MetricConcepts",
    "RetryPolicy",
    "SecConnector",
    "SecHttpClient",
    "TokenBucket",
    "ValueUnit",
    "default_cache_dir",
    "duration_period",
    "fact_to_dict",
    "fetch_sec",
    "infer_fy_end_month",
    "instant_period",
    "load_concept_map",
    "map_company_facts",
    "normalize_accession",
    "normalize_cik",
    "resolve_user_agent",
    "same_value",
]
