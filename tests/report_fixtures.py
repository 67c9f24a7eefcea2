"""A small ledger for report and dashboard tests: our own sentences and numbers, nothing copied."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from thesisledger.companies import find_profile
from thesisledger.documents import Document, DocumentKind
from thesisledger.extract.claim import Claim, ClaimKind, Speaker
from thesisledger.quantities import find_quantities
from thesisledger.reconcile.guidance_file import read_guidance_file
from thesisledger.store import Ledger

REPO = Path(__file__).resolve().parents[1]
THESIS = REPO / "examples" / "alibaba" / "thesis.yaml"

NOTE = (
    "Quarterly update on the example retailer.\n"
    "Cloud revenue came in at RMB 41 billion for the quarter, up 26% from a year earlier. "
    "Management expects the cloud margin to exceed 12% in the next fiscal year. "
    "Active buyers stood at 5 million at the end of the period.\n"
)

FACTS_CSV = """company,segment,metric,period,value,unit,scale,source,illustrative,note
BABA,cloud,revenue,FY26Q1,33000,CNY,million,test figures,true,
BABA,cloud,revenue,FY26Q2,35000,CNY,million,test figures,true,
BABA,cloud,revenue,FY26Q3,38000,CNY,million,test figures,true,
BABA,cloud,ebita_margin,FY26Q2,8.5,%,,test figures,true,
BABA,cloud,ebita_margin,FY26Q3,9.5,%,,test figures,true,
"""

RESTATED_CSV = """company,segment,metric,period,value,unit,scale,source,illustrative,note
BABA,cloud,revenue,FY26Q3,37500,CNY,million,test restatement,true,
"""

# Our own test promises: FY26Q2 cloud revenue guided, then raised (the raise is met: 35bn is within 5%
# of "about 36bn"); FY26Q3 margin "above 9%" beaten by 9.5%; a FY28 margin target not yet due.
GUIDANCE_YAML = """company: BABA
speaker: management
source: test guidance
guidance:
  - {entity: cloud, metric: revenue, promise: "about RMB 33 billion", period: FY26Q2, given_at: 2025-06-01,
     quote: "Cloud revenue of about 33 billion next quarter."}
  - {entity: cloud, metric: revenue, promise: "about RMB 36 billion", period: FY26Q2, given_at: 2025-08-01,
     quote: "Cloud revenue of about 36 billion this quarter."}
  - {entity: cloud, metric: ebita_margin, promise: "above 9%", period: FY26Q3, given_at: 2025-09-01,
     quote: "Cloud margin above 9% in the December quarter."}
  - {entity: cloud, metric: ebita_margin, promise: "more than 12%", period: FY28, given_at: 2026-05-20,
     quote: "Cloud margin to exceed 12% in the next fiscal year."}
"""

# (metric, kind, speaker) of each quantity in NOTE, in order
CLAIM_FIELDS = [
    ("revenue", ClaimKind.ACTUAL, Speaker.AUTHOR),
    ("revenue_growth", ClaimKind.ACTUAL, Speaker.AUTHOR),
    ("ebita_margin", ClaimKind.GUIDANCE, Speaker.MANAGEMENT),
    ("active_buyers", ClaimKind.ACTUAL, Speaker.AUTHOR),
]


@dataclass(frozen=True)
class Built:
    path: Path
    document: Document
    claims: list[Claim]


def note_document() -> Document:
    return Document(
        text=NOTE,
        title="Example retailer update",
        kind=DocumentKind.NOTE,
        date=date(2026, 5, 20),
        source="test",
        company="BABA",
    )


def note_claims(doc: Document) -> list[Claim]:
    matches = list(find_quantities(doc.text))
    assert len(matches) == len(CLAIM_FIELDS), [m.text for m in matches]
    claims = []
    for m, (metric, kind, speaker) in zip(matches, CLAIM_FIELDS, strict=True):
        s0 = doc.text.rfind(".", 0, m.start) + 1
        s1 = doc.text.find(".", m.end) + 1
        s0 = max(s0, doc.text.rfind("\n", 0, m.start) + 1)
        while doc.text[s0] == " ":
            s0 += 1
        claims.append(
            Claim(
                doc.id,
                m.start,
                m.end,
                m.text,
                doc.text[s0:s1],
                m.quantity,
                metric,
                kind,
                speaker,
                entity="cloud" if metric != "active_buyers" else None,
                sentence_start=s0,
            )
        )
    return claims


def build_ledger(folder: Path) -> Built:
    """A DuckDB ledger: BABA, facts (one restated), guidance (one revision), a document with its claims."""
    path = folder / "ledger.duckdb"
    (folder / "facts.csv").write_text(FACTS_CSV)
    (folder / "restated.csv").write_text(RESTATED_CSV)
    (folder / "guidance.yaml").write_text(GUIDANCE_YAML)
    doc = note_document()
    claims = note_claims(doc)
    with Ledger.open(path) as ledger:
        ledger.add_company(find_profile("BABA"))
        ledger.import_facts(folder / "facts.csv")
        ledger.import_facts(folder / "restated.csv")
        ledger.add_document(doc)
        ledger.add_claims(doc.id, claims)
        ledger.add_guidance(read_guidance_file(folder / "guidance.yaml"))
    return Built(path, doc, claims)
