"""Synthetic earnings-call transcripts for load tests and benchmarks (templates + random numbers).

Shaped like real calls: a title and date line, "Operator", "Name -- Title" speaker turns, prepared
remarks by the CEO and CFO, a Q&A section with analysts; sentences carry currency amounts, growth
percentages, margins and basis points for named periods. Every sentence is written here; nothing is
copied from any real transcript. Deterministic for a given `random.Random` seed.
"""

from __future__ import annotations

import random
from pathlib import Path

_COMPANIES = (
    ("Northwind Robotics", "NWRB"),
    ("Bluefield Foods", "BLFD"),
    ("Crescent Semiconductors", "CRSM"),
    ("Harbor Logistics", "HRBL"),
    ("Juniper Health Systems", "JNPH"),
    ("Pinecrest Software", "PNCS"),
)
_FIRST = ("Maria", "David", "Priya", "Thomas", "Elena", "Kenji", "Laura", "Samuel", "Grace", "Omar")
_LAST = ("Alvarez", "Brennan", "Chandra", "Dubois", "Eriksen", "Fujita", "Gallagher", "Haddad", "Ivanova")
_BANKS = ("Morgan Stanley", "Goldman Sachs", "JPMorgan", "Barclays", "UBS", "Jefferies", "Citi")
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December")  # fmt: skip
_SEGMENTS = ("cloud", "services", "hardware", "international", "consumer", "enterprise")
_CURRENCY = (("$", ""), ("", "RMB "), ("", "EUR "))

_REMARKS = (
    "Revenue for the quarter was {money} million, up {pct}% year over year.",
    "{Segment} revenue grew {pct}% to {money} million in the {qword} quarter.",
    "Gross margin was {margin}%, an improvement of {bps} basis points compared with last year.",
    "Operating income came in at {money} million, or {margin}% of revenue.",
    "Adjusted earnings per share were {eps}, compared with {eps2} in the prior-year period.",
    "Free cash flow for fiscal {year} reached {money} million.",
    "We returned {money} million to shareholders through buybacks and dividends this quarter.",
    "Our {segment} backlog stood at {big} billion at the end of the quarter, up {pct}% sequentially.",
    "Operating expenses were {money} million, {pct}% higher than a year ago, mainly from hiring.",
    "Cash and investments totaled {big} billion at quarter end.",
    "Customer count in {segment} rose to {count}, an increase of {pct}% year over year.",
    "We remain focused on disciplined execution and on serving our customers well.",
    "Our teams delivered another solid quarter despite a mixed demand environment.",
)
_GUIDANCE = (
    "For fiscal {next_year}, we expect revenue between {big} billion and {big2} billion.",
    "We now expect full-year operating margin of approximately {margin}%.",
    "For the {qword} quarter, we anticipate revenue growth of {pct}% to {pct2}%.",
    "We continue to target long-term gross margin of {margin}% or higher.",
    "Capital expenditures for fiscal {next_year} should be around {money} million.",
)
_QUESTIONS = (
    "Can you talk about how demand in {segment} trended through the quarter?",
    "How should we think about margins in the second half?",
    "Could you give more color on pricing and on what is embedded in the outlook?",
    "What are you seeing in {segment}, and how sustainable is that growth?",
)
_ANSWERS = (
    "Sure. {segment} demand improved each month, and we exited the quarter with growth of about {pct}%.",
    "We expect margins to expand by roughly {bps} basis points as volumes recover.",
    "Pricing contributed about {pct2}% to growth, and we assume a similar level in the outlook.",
    "We see a long runway there, and we are investing about {money} million this year behind it.",
    "Thanks for the question. We are pleased with the progress and will share more next quarter.",
)
_QWORDS = ("first", "second", "third", "fourth")


def _person(rng: random.Random) -> str:
    return f"{rng.choice(_FIRST)} {rng.choice(_LAST)}"


def _fill(template: str, rng: random.Random, year: int, quarter: int, cur: tuple[str, str]) -> str:
    pre, code = cur
    segment = rng.choice(_SEGMENTS)

    def money() -> str:
        return f"{code}{pre}{rng.randint(12, 9800):,}.{rng.randint(0, 9)}"

    return template.format(
        money=money(),
        big=f"{code}{pre}{rng.randint(1, 40)}.{rng.randint(0, 9)}",
        big2=f"{code}{pre}{rng.randint(41, 80)}.{rng.randint(0, 9)}",
        pct=f"{rng.randint(1, 45)}.{rng.randint(0, 9)}",
        pct2=f"{rng.randint(46, 60)}",
        margin=f"{rng.randint(8, 70)}.{rng.randint(0, 9)}",
        bps=rng.randint(10, 450),
        eps=f"{pre or '$'}{rng.randint(0, 9)}.{rng.randint(10, 99)}",
        eps2=f"{pre or '$'}{rng.randint(0, 9)}.{rng.randint(10, 99)}",
        count=f"{rng.randint(1000, 90000):,}",
        year=year,
        next_year=year + 1,
        qword=_QWORDS[quarter - 1],
        segment=segment,
        Segment=segment.capitalize(),
    )


def synthetic_transcript(rng: random.Random, *, sentences: int = 120) -> str:
    """One earnings-call transcript of about `sentences` sentences (120 is ~12 KB, like a real call)."""
    name, ticker = rng.choice(_COMPANIES)
    year, quarter = rng.randint(2019, 2026), rng.randint(1, 4)
    cur = rng.choice(_CURRENCY)
    ceo, cfo, ir = _person(rng), _person(rng), _person(rng)
    month = _MONTHS[(quarter * 3 + 1) % 12]
    out = [
        f"{name} ({ticker}) Q{quarter} {year} Earnings Call Transcript",
        f"{month} {rng.randint(1, 28)}, {year}",
        "",
        "Prepared Remarks:",
        "",
        "Operator",
        f"Good day, and welcome to the {name} {_QWORDS[quarter - 1]} quarter {year} earnings call. "
        f"I would now like to hand the call over to {ir}. Please go ahead.",
        "",
        f"{ir} -- Vice President, Investor Relations",
        "Thank you, operator. With me today are our CEO and our CFO. Some statements today are "
        "forward-looking and subject to risks described in our filings.",
        "",
    ]
    budget = max(sentences - 10, 10)
    prepared, qa = budget * 3 // 5, budget * 2 // 5
    for speaker, title, share in (
        (ceo, "Chief Executive Officer", 0.5),
        (cfo, "Chief Financial Officer", 0.5),
    ):
        out.append(f"{speaker} -- {title}")
        n = max(int(prepared * share), 2)
        body = [_fill(rng.choice(_REMARKS), rng, year, quarter, cur) for _ in range(n - 2)]
        body += [_fill(rng.choice(_GUIDANCE), rng, year, quarter, cur) for _ in range(2)]
        out.extend(body)
        out.append("")
    out += ["Questions and Answers:", ""]
    while qa > 0:
        analyst, bank = _person(rng), rng.choice(_BANKS)
        out += ["Operator", f"Our next question comes from {analyst} with {bank}.", ""]
        out += [f"{analyst} -- {bank} -- Analyst", _fill(rng.choice(_QUESTIONS), rng, year, quarter, cur), ""]
        answerer = rng.choice(((ceo, "Chief Executive Officer"), (cfo, "Chief Financial Officer")))
        k = rng.randint(2, 5)
        out.append(f"{answerer[0]} -- {answerer[1]}")
        out += [_fill(rng.choice(_ANSWERS), rng, year, quarter, cur) for _ in range(k)]
        out.append("")
        qa -= k + 2
    out += ["Operator", "This concludes today's conference call. You may now disconnect.", ""]
    return "\n".join(out)


def write_corpus(folder: Path, n: int, *, seed: int = 0, sentences: int = 120) -> list[Path]:
    """Write `n` synthetic transcripts to `folder` (created) as call-00000.txt ...; returns the paths."""
    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    paths = []
    for i in range(n):
        p = folder / f"call-{i:05d}.txt"
        p.write_text(synthetic_transcript(rng, sentences=sentences), encoding="utf-8")
        paths.append(p)
    return paths
