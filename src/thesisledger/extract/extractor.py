"""`extract_claims`: every quantity in a document as a `Claim` with entity, metric, period, kind, speaker.

Pipeline (one pass over the text, then per-sentence work only where numbers are):
1. `find_quantities` over the whole text; `split_sentences` once; each quantity finds its sentence by
   bisection.
2. Per sentence holding quantities: entity hits (company profile aliases, Aho-Corasick, cached per
   company), metric hits (metric lexicon), period phrases (`find_periods` on the sentence only),
   kind cues and clause breaks.
3. Per quantity: metric (unit nouns first: "158 million monthly active users", "8-10x PE"; else the
   nearest compatible metric phrase, before the number preferred; a % beside a money metric becomes
   its share or growth), entity (nearest mention, before preferred, not inside a metric phrase; else
   the previous sentence's in the same paragraph), period (nearest phrase in the same clause, else
   the nearest before it in the sentence; else, for actuals, the latest closed fiscal quarter before
   the document date), kind (nearest cue before it, then the period: future -> guidance/estimate,
   years before the document's previous year -- in a results document, the previous year of the one
   reported on -- or another company named -> historical), direction
   words, speaker (documents.speaker_at) and the speaker's name in transcripts.

Not claims: durations used as time windows ("within six months", "over the next two quarters") --
a duration overlapping a period phrase is kept only when it measures a duration metric (payback).

Currency: an explicit currency wins. A bare scaled amount ("30 billion", read as a count without a
unit) measuring a money metric, or sitting in a sentence with money, takes the currency of the
nearest explicit amount in its sentence, else the last currency seen for the same entity and metric,
else the last currency in the document, else the company's reporting currency, else (for a money
metric) the currency the document states most often; with none of these it stays a count.
"""

from __future__ import annotations

import bisect
import math
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from datetime import date
from itertools import pairwise

from thesisledger.companies import CompanyProfile, find_profile
from thesisledger.documents.document import Document, DocumentKind
from thesisledger.documents.sentences import split_sentences
from thesisledger.documents.structure import Turn, attribute, speaker_at, speaker_turns, turn_at
from thesisledger.errors import UnknownCompanyError
from thesisledger.extract import cues as cue_words
from thesisledger.extract.claim import Claim, ClaimKind, Speaker
from thesisledger.extract.context_periods import TO_DATE_WORDS, new_extra_hint, results_periods
from thesisledger.extract.cues import ABOUT
from thesisledger.extract.entities import OTHER, entity_index
from thesisledger.extract.metrics import UNKEYED, MetricLexicon, metric_lexicon
from thesisledger.extract.period_rules import Number, resolve
from thesisledger.extract.phrases import Hit
from thesisledger.extract.triggers import TRIGGERS
from thesisledger.periods.calendar import FiscalCalendar
from thesisledger.periods.parse import PeriodMatch, find_periods
from thesisledger.periods.period import Period, PeriodKind
from thesisledger.periods.readings import (
    calendar_quarter,
    date_span,
    fiscal_quarter,
    fiscal_year,
    instant,
    shift_quarter,
)
from thesisledger.quantities.parse import QuantityMatch, find_quantities
from thesisledger.quantities.quantity import Quantity
from thesisledger.quantities.units import COUNT, Unit, UnitKind

_AFTER_WEIGHT = 1.6  # a phrase after the number is this much "further" than one before it
_CLAUSE_PENALTY = 60  # characters' worth of distance for crossing a clause break
_GENERIC_METRICS = frozenset({"growth"})  # "year-over-year" yields to a named metric nearby
_GENERIC_PENALTY = 40.0
_CHANGE_VERBS = frozenset({"grew", "increased"})  # the generic growth words that are verbs
# "a 17% decrease in": a change noun the growth key's words do not hold, then what changed (not a period:
# "from the 27% decline in the second quarter" is the same growth, earlier)
_NOUN_PHRASE = re.compile(r"(?:[\w&'-]+\s+){0,4}")
_DROP_IN = re.compile(
    r"\s+(?:decrease|decline|drop|reduction|rise|jump)\s+in\s+(?!(?:the\s+)?(?:first|second|third|fourth|prior"
    r"|previous|last|same|year|quarter|q[1-4]\b|fiscal|fy|h[12]\b|\d|jan|feb|march|april|may|june|july|aug|sept?"
    r"|oct|nov|dec))(?:the\s+|our\s+)?"
)
# the rises _DROP_IN leaves out, with the same period words excluded: "a 5% increase in the base business"
_RISE_IN = re.compile(
    _DROP_IN.pattern.replace("decrease|decline|drop|reduction|rise|jump", "increase|improvement|gain")
)
# "a 27% increase in U.S. dollars", "in constant currency": how the change is measured, not what changed
_IN_CURRENCY = re.compile(
    r"(?:constant|local|reported|fixed)\b|(?:us|u\.s\.)\s+dollars?\b|dollars?\b|currenc"
)
# "acquisitions added 16%", "foreign currency contributed nearly two points": the part of a growth they made
_ADDED_BEFORE = re.compile(
    r"\b(?:acquisitions?|currency|currencies|fx|exchange(?:\s+rates?)?|translation|divestitures?)\s+"
    r"(?:\w+\s+)?(?:added|contributed|subtracted)\s+(?:(?:about|approximately|roughly|nearly|almost|another|"
    r"an(?:other)?|a|over|just)\s+)*$"
)
# a currency headwind, tailwind or impact: "a headwind of 1% from foreign exchange"
_FX_WORD = re.compile(r"\b(?:currenc(?:y|ies)|fx|foreign\s+exchange|exchange\s+rates?|translation)\b")
_FX_SALES_KEYS = frozenset({UNKEYED, "revenue", "revenue_growth", "growth"})  # what a sales FX impact names
_IMPACT_WORD = re.compile(r"\b(?:headwinds?|tailwinds?|impacts?)\b")
# a bridge step in money right before its amount, its subject a noun: "ancillary contributed $10 million",
# "OER was up $6 million" (not "we also added a $200 million facility", "deposits ... and were up $100M")
_BRIDGE_STEP_BEFORE = re.compile(
    r"\b(?!(?:and|also|we|they|it|which|that|who|has|have|had)\s)[a-z][a-z-]+\s+"
    r"(?:added|contributed|subtracted|(?:was|were)\s+(?:up|down))\s+"
    r"(?:(?:about|approximately|roughly|nearly|almost|another|over|just)\s+)*$"
)
# money invested or spent, right before its amount: "we now expect to invest more than $300 million"
_INVEST_BEFORE = re.compile(
    r"\b(?:(?:invest|spend)(?:s|ed|ing)?|investments?\s+of)\s+"
    r"(?:(?:about|approximately|roughly|nearly|almost|another|over|more\s+than|an\s+additional|just)\s+)*$"
)
# what may stand between an amount and the debt it is: "each of 10- and 30-year", "of 3.625% 2022 senior"
_DEBT_MODIFIERS = re.compile(
    r"\s+(?:each\s+)?(?:of\s+)?(?:(?:[\d.]+%|\d+-\s+and\s+\d+-year|\d+-year|'?\d{2,4}|senior|new|fixed-rate|"
    r"floating-rate|term)\s+)*"
)
# profit measures a one-time gain sits inside of ("Operating profit rose, including the $30.5 million gain")
_PROFIT_KEYS = frozenset({"operating_income", "ebit", "ebita", "ebitda", "net_income", "gross_profit"})
# a one-time gain named right after its amount: "the $50.5 million gain on the sale", "a $12 million pre-tax
# gain" (charges: `_named_as_charge`)
_GAIN_AFTER = re.compile(
    r"\s+(?:of\s+)?(?:(?:pre-?tax|after-?tax|one-?time|non-?cash|[a-z]+ing)\s+)?gains?\b"
)
# or right before it: "a gain of approximately $12 million"
_GAIN_BEFORE = re.compile(r"\bgains?\s+of\s+(?:(?:about|approximately|roughly|nearly|almost|over|just)\s+)*$")
# the verb between a subject's closing relative clause and its amount: ", increased by", ", will be about"
_VERB_TO_AMOUNT = re.compile(r"\s+(?:[a-z]+\s+){1,3}")
# what the money went into, right after it: "invested $2.5 billion in capital" (not "of capital return")
_IN_CAPITAL_AFTER = re.compile(
    r"\s+(?:in|of|on)\s+(?:(?:capital|capex|capital\s+expenditures?)\b(?!\s+(?:return|market))"
    # or into physical assets: "in water system improvements", "in our network infrastructure"
    r"|(?:(?:our|the|new)\s+)?(?:[a-z-]+\s+){0,2}(?:infrastructure|(?:system|plant|facility)\s+improvements)\b)"
)
# a currency impact in money right after its amount: "$30 million in unfavorable translational FX impacts"
_FX_STEP_AFTER = re.compile(
    r"\s+(?:of|in)\s+(?:(?:un)?favorable\s+|adverse\s+)?(?:\w+\s+)?"
    r"(?:currency|fx|foreign\s+exchange|translation)\s+(?:headwinds?|tailwinds?|impacts?)\b"
)
# a change misspoken as a level: "increased to almost 10% from a year ago"
_AGAINST_LAST_YEAR = re.compile(
    r"\s+(?:compared (?:to|with)|from|versus|vs\.?|over)\s+"
    r"(?:a year ago|(?:the\s+)?(?:last|prior|previous) year)"
)
# "increased our return on invested capital to": the verb, its object (no number), "to" and the level
_VERB_TO_LEVEL = re.compile(
    r"\s+(?:[a-z][\w&/-]*\s+){0,5}?to\s+(?:(?:about|approximately|nearly|roughly|almost|over|more than)\s+)?"
)
# the growth key's words that name no measure ("rent growth", "admission growth" do)
_GENERIC_WORDS = frozenset(
    {"growth", "grew", "increase", "increased", "growth rate", "year-over-year", "yoy"}
)
# Every period phrase find_periods reads holds one of these (checked on the ECTSum transcripts: no misses).
_PERIOD_HINT = re.compile(
    r"quarter|year|month|week|day|half|term|season|ytd|fiscal|\b[fc]y|q[1-4]|[1-4]q|\bh[12]\b|\b(?:19|20)\d\d"
    r"|['’]\d\d"  # "in '24"
    r"|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)(?:\b|uary\b|ruary\b|ch\b|il\b|e\b|y\b|ust\b"
    r"|tember\b|ober\b|ember\b)"
)
# _PERIOD_HINT.search is slow (no literal prefix: every position tries every branch). `_period_hint` gives
# the same answer (tests/extract/test_extract_speed_paths.py checks it on ../shared): substring tests for
# its literal words, then _HINT_REST -- its other branches, each led by a literal so `re` skips ahead to
# the few letters that can start one -- only when a sentence holds a stem they need. Keep both in step.
_HINT_MONTH_END = r"(?:\b|uary\b|ruary\b|ch\b|il\b|e\b|y\b|ust\b|tember\b|ober\b|ember\b)"
_HINT_REST = re.compile(
    r"f(?<!\wf)y|c(?<!\wc)y|h(?<!\wh)[12]\b|1(?<!\w1)9\d\d|2(?<!\w2)0\d\d|['’]\d\d|"
    + "|".join(
        f"{m[0]}(?<!\\w{m[0]}){m[1:]}{_HINT_MONTH_END}"
        for m in ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec")
    )
)
_HINT_WORDS = ("quarter", "year", "month", "week", "day", "half", "term", "season", "ytd", "fiscal",
               "q1", "q2", "q3", "q4", "1q", "2q", "3q", "4q")  # fmt: skip
_HINT_STEMS = ("fy", "cy", "h1", "h2", "19", "20", "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug",
               "sep", "oct", "nov", "dec", "'", "’")  # fmt: skip


def _period_hint(lowered: str) -> bool:
    """`_PERIOD_HINT.search(lowered) is not None`, faster."""
    has = lowered.__contains__
    if any(map(has, _HINT_WORDS)):
        return True
    return any(map(has, _HINT_STEMS)) and _HINT_REST.search(lowered) is not None


# phrases only results_periods reads
_CONTEXT_HINT = re.compile(
    r"year[- ]ago|full[- ]year|for the year|of the year|first (?:three|six|nine|[369]) months"
)


def _context_hint(lowered: str) -> bool:
    """Whether a sentence may hold a phrase only results_periods reads (substring tests first: a regex
    alternation of all of them was 10x slower per sentence)."""
    return _CONTEXT_HINT.search(lowered) is not None or new_extra_hint(lowered)


# a results document sets up its guidance horizon once ("guidance for the fourth quarter ... Average loans
# will be up ..."): a forward number with no period looks this many sentences back in the same turn
_CARRY_BACK = 5
# a line ending in ":" that names a period sets it for the lines under it, up to this many sentences
# ("Full-year 2022 outlook:", "The segment's loss for Q4 had two parts:")
_INTRO_BACK = 8
# "that week", "that period" point back at most this many sentences ("the first week of January, ... And that
# week, we canceled 3,800 flights. ... And then our on-time performance of that period was 41.5%.")
_ANAPHOR_BACK = 3
# a sentence opening a look at the year (half, year-to-date) just closed sets it for the actuals under it,
# up to this many sentences back ("Now, let me comment on our full year 2021 results." + 7 sentences; a
# full-year review on a fourth-quarter call often runs 9 to 11 sentences before its last sums)
_SECTION_BACK = 12
_STRETCH_WORDS = ("year", "half", "month", "fiscal", "ytd", "fy")  # a stretch phrase holds one, or a year
_YEAR_DIGITS = re.compile(r"\b20\d\d\b|['’]\d\d\b")  # "2021", "'21"
_QUARTER_WORD = re.compile("quarter", re.IGNORECASE)
# a to-date phrase opening a sentence, as an adverbial: "Year-to-date,", "On a year-to-date basis,", "So far
# this year," (`_Extractor._section_mark`)
_OPENING_LEAD = re.compile(r"(?:(?:and|so|now|also|then|on|for|in|over|through|a|an|the|this|our)\s+){0,4}")
_OPENING_END = re.compile(r"(?:\s+(?:basis|period))?,")
_NO_SECTION = (PeriodKind.OPEN, PeriodKind.DEADLINE)
_LOOK_AHEAD = re.compile(r"\b(?:we|i)\s+(?:now\s+|still\s+|also\s+)?(?:expect|anticipate|project|forecast)\b")
_EVERY_QUARTER = re.compile(r"\b(?:every|each)\s+(?:single\s+)?quarter\b(?![- ]end)")
_UNREAD = False  # _Extractor._marks: a sentence not marked yet (a mark is a Period, True or None)
_PLAN_GIVEN = re.compile(r"\s+(?:guidance|outlook|forecast|update|(?:earnings\s+)?call|investor\s+day)\b")
_GOAL_AFTER = re.compile(
    r"(?:\s+|-)(?:[\w-]+\s+){0,2}(?:goals?|targets?|commitments?|ambitions?|aspirations?)\b", re.IGNORECASE
)
_HYPHEN_PERIOD = re.compile(r"(?:the\s+)?(?:first|second|third|fourth)-(?:half|quarter)")
_NOUN_AFTER = re.compile(r"\s+(?!(?:of|and|or|to|in|was|were|is|are|that|which|we)\b)[a-z]")
_BLANK_LINE = re.compile(r"\n[^\S\n]*\n")
# a heading line of a research note: a numbered section ("3.4.2 FY27Q1 Outlook", "III. Segment analysis"; a
# "1." list item is no heading), an ordinal part title ("Fourth, peer comparison: lessons from history"), or a
# short line ending in ":" ("FY27 Full-Year Expectations:"); each ends the reach of the heading before it
_NOTE_HEADING = re.compile(
    r"^[^\S\n]*(?:(?:\d{1,2}(?:\.\d{1,2})+\.?|[IVX]{1,4}\.)[^\S\n]+[^\n]{3,100}[^\n.!?]"
    r"|(?:first|second|third|fourth|fifth|sixth|seventh|finally),[^\S\n][^\n]{3,100}"
    r"|[^\n]{3,80}:)$",
    re.M | re.I,
)
_NOTE_SUBJECT_BACK = 8  # sentences: a note's line takes the subject of one of the few lines above it
# a numbered section's heading ("3.2 E-commerce Business", "III. In-Depth Analysis"; not a "1." list item)
_SECTION_NUMBER = re.compile(r"[^\S\n]*(?:\d{1,2}(?:\.\d{1,2})+\.?|[IVX]{1,4}\.)[^\S\n]")
# "470,000 units, with 60% ...", "... units, of which about 40% ...": the lead of a share of the count before
_SHARE_OF_COUNT_LEAD = re.compile(
    r"\w,\s+(?:with|of\s+which)\s+(?:about\s+|approximately\s+|roughly\s+|around\s+|nearly\s+|over\s+"
    r"|more\s+than\s+)?$"
)
# "increasing 8-fold", "increased 8 times", "grew by nearly threefold": a verb of increase before a multiple
_GREW_BY_MULTIPLE = re.compile(
    r"\b(?:increas(?:ed|ing|es)?|gr[eo]wn?|growing|rose|risen|rising|jump(?:ed|ing)?|surg(?:ed|ing))\s+"
    r"(?:by\s+)?(?:about\s+|approximately\s+|roughly\s+|nearly\s+|almost\s+|more\s+than\s+|over\s+)?$"
)
# "reaching USD 100 billion", "to reach 30 billion": a level to be reached
_REACHING = re.compile(r"\breach(?:es|ing)?\s+$")
# a numbered section's heading line, anywhere in a stretch of text
_SECTION_LINE = re.compile(r"^[^\S\n]*(?:\d{1,2}(?:\.\d{1,2})+\.?|[IVX]{1,4}\.)[^\S\n]", re.M)
# measures only a company as a whole states: a note's line naming no entity does not carry one for them
_COMPANY_WIDE_FAMILIES = frozenset({"balance_sheet", "valuation"})
_COMPANY_WIDE_KEYS = frozenset({"capex", "dividend", "buyback", "eps"})
# "(spanning 10 billion USD)", "a spread of $2 billion": the width of a range stated before
_WIDTH_BEFORE = re.compile(
    r"\b(?:spanning|spans|a\s+(?:spread|width|gap)\s+of)\s+(?:about\s+|roughly\s+|some\s+)?$"
)
_RESTATE_REACH = 600  # characters: a restated end of a guided range follows it within a few lines
_NOTE_SECTION_REACH = 1500  # characters: a heading's period reaches the first lines under it, not a long part
_HEADING_MAX = 80  # a line this short ending in ":" heads the lines under it ("Long-term Target:")
_INFERRED_PENALTY = 15.0
_LIST_REACH = 40  # "up 34% in U.S. dollars and 30% in local currencies": the second number is a change too
_LIST_JOIN = re.compile(r"(?:,|\band|\bor)\s+(?:by\s+)?$")
# a figure said of a whole year: "for the full year", "full-year 2021", "for the year"
_FULL_YEAR = re.compile(
    r"\bfull[- ](?:fiscal[- ])?year\b|\bfor the (?:full |entire |whole )?(?:fiscal )?year\b"
    r"|\b(?:whole|entire) year\b"
)
# actual cues that report what happened ("grew 17% for the year"), unlike "increased", "up", "current" that
# a revised forecast takes too ("has increased $60 million for the full year")
_PAST_ONLY = ("grew", "was", "were", "reported", "reached", "delivered", "came in", "total", "achieved",
              "recorded", "generated", "posted", "ended")  # fmt: skip
# "so far this year", "already launched in 50 markets ... this year": what the running year has brought
_TO_DATE = re.compile(r"\b(?:so far|thus far|to[- ]date|already|year[- ]to[- ]date|ytd)\b")
# a guidance noun right after a number names it as the guided figure: "the $21.50 midpoint of our original
# 2021 guide", "a range of 16% to 16.2% in our updated guidance", "an $0.80 improvement in our EPS guidance"
_GUIDE_AFTER = re.compile(
    r"\s+(?:(?:the\s+)?(?:midpoint|(?:high|low|top|bottom|upper|lower)\s+end)\s+of|(?:[a-z-]+\s+){0,2}?in)"
    r"\s+(?:our|the|its)\s+(?:(?!and\b|or\b|but\b|which\b|that\b)[\w'’-]+\s+){0,5}(?:guid(?:e|ance)|outlook)\b"
    r"|\s+(?:(?:higher|lower|better|more|less|improvement|increase|growth)\s+)?at\s+the\s+midpoint\b"
)  # "250 basis points higher at the midpoint"
# the target noun right after the number: the number is the target ("comfortably above our 360% target",
# "near the top end of our $3 billion to $4 billion target buffer", "on track to hit our 90% target",
# "ahead of our 7% to 10% target"); not a noun the word classifies ("a $5 billion target market", "a $150
# price target"), nor the verb ("$900 million targeted for the brewery expansion": money set aside; "the 4%
# targeted rate" is a target)
_TARGET_AFTER = re.compile(
    r"\s+(?:(?:long-term|payout|leverage|margin|return|capital|growth|annual)\s+)?"
    r"(?:targets?|targeted(?=\s+(?:range|rate|level|ratio|leverage)\b)|goals?)\b"
    r"(?![- ](?:markets?|audiences?|customers?|populations?|segments?|prices?|stores?|dates?|areas?|compan\w+"
    r"|lists?|zones?)\b)"
)
# a horizon's forecast noun (a target: cues.py) as the subject of a forecast verb ("our longer-term outlook is
# expected to deliver ..."; not "achieving this growth target is expected to help us reach $500 million")
_TARGET_IS = re.compile(r"\s+(?:is|are|remains?)\s+(?:still\s+|also\s+|now\s+)?")
_FORECAST_NOUNS = ("outlook", "guidance", "expectation", "forecast", "projection")
# a small count of a set already known, named as a whole ("growth in all three businesses", "adjusting for
# these three items", "across all our five vectors of growth"): the set is a fact, whatever the sentence
# forecasts
_KNOWN_SET_BEFORE = re.compile(
    r"\b(?:all(?:\s+of)?(?:\s+(?:our|the|its|their))?|these|those|each\s+of\s+(?:our|the|its|their))\s+$"
)
_SMALL_COUNT = re.compile(
    r"(?:[2-9]|1[0-2]|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?!(?:times|percent|points?"
    r"|basis|and|to|or|of|per|x|million|billion|thousand|hundred|dollars?|cents?)\b)[a-z]"
)  # a count with a noun: not "six and a half times", "two percent", "three to four"
# the size of a buyback program or authorization, named right before it ("a $2.5 billion share repurchase
# program", "the full $200 million share repurchase authorization for the year"): the size is set, a fact
_PROGRAM_AFTER = re.compile(
    r"\s+(?:(?:common|share|stock|open[- ]market|accelerated)\s+)*(?:re)?purchase\s+"
    r"(?:program|authorization|plan)|\s+buyback\s+(?:program|authorization)"
)
# a present perfect: what is done already, though it is done for a later period
_PERFECT = re.compile(
    r"(?:\b(?:we|i|they|it)\s+(?:have|has)|['’]ve)\s+(?:already\s+|now\s+|also\s+|just\s+)?"
    r"(?:[a-z]+ed|grown|won|built|made|signed|seen|done|taken|begun|sold)\b(?! to\b)"
)  # (not "we've agreed to source 100% by 2030": a commitment)
_SUPPOSED = re.compile(r"\b(?:assum\w*|if|suppos\w*)\b")
# a decision the board has taken ("our Board of Directors approved a second quarter dividend of $0.48 per
# share", "the board has approved a dividend per share of $1.52 for the first quarter", "our board increased
# our quarterly dividend to $0.12 per share in the first quarter of 2022"): done, whatever period it is for
_BOARD_DECIDED = re.compile(
    r"\bboard(?:\s+of\s+directors)?\s+(?:(?:has|have|also|just|recently|today)\s+)*"
    r"(?:approved|declared|increased|raised|authorized|authorised|voted)\b"
)
_TO_DATE_AFTER = re.compile(r"\s+(?:[a-z-]+\s+)?(?:so far|thus far|to[- ]date)\b")  # "92% complete to date"
_RANGE = re.compile(r"\d\s*(?:%|percent)?\s*(?:to|-|–)\s*[$€£¥]?\d")  # "25% to 26%": a range of values
_ASSUMED = re.compile(r"\bassum(?:e|es|ed|ing|ption|ptions)\b")
_NO_RESTATE = ("compared with", "will require", "would require")  # derived cues that restate no figure
# a forecast that is a market's or a third party's, not the company's own (README: market forecasts are
# `estimate`): a market-wide measure forecast in the passive ("Global GDP is expected to grow 4.2%", "the
# nonresidential market is expected to decline", "plans are expected to increase U.S. steel demand by"), a
# forecast named for such a measure ("our 2021 rent forecast", "forecasts for 2022 originations", "our
# forecast for net absorption"), or an outside body's forecast ("IDC predicts", "the consensus forecast")
_MARKET_NOUN = (
    r"(?:(?<!go-to-)markets?(?![- ]share\b|[- ]leading\b)|industry|industries|economy|gdp|demand|vacancy"
    r"|vacancies|absorption|rents?|originations|consensus)\b"
)
_MARKET_FORECAST = re.compile(
    r"\b" + _MARKET_NOUN + r"[^.;:,]{0,40}?\b(?:is|are)\s+(?:still\s+|now\s+|also\s+)?"
    r"(?:expected|forecast(?:ed)?|projected|predicted|anticipated|estimated)\s+to\b"
    r"|\b(?:is|are)\s+(?:expected|forecast(?:ed)?|projected|predicted|anticipated|estimated)\s+to\s+[a-z]+\s+"
    r"(?:[\w.-]+\s+){0,3}?" + _MARKET_NOUN +
    r"|\b(?:forecasts?|outlook|estimates?|projections?)\s+for\s+(?:[\w.-]+\s+){0,2}?" + _MARKET_NOUN +
    r"|\b" + _MARKET_NOUN + r"\s+(?:growth\s+)?(?:forecasts?|estimates?|projections?)\b"
    r"|\b(?:analysts?|economists?|the street)['’]?\s+(?:\w+\s+)?"
    r"(?:forecasts?|estimates?|expect\w*|predict\w*)\b"
)  # fmt: skip
# an outside body named as the forecaster, capitalised, the verb in the third person: "IDC predicts",
# "ULI projects that", "the MBA predicts" (the company says "we expect")
_THIRD_PARTY_FORECAST = re.compile(
    r"\b(?!We\b|I\b|It\b|This\b|That\b|Management\b)[A-Z][\w&.-]*\s+(?:predicts|forecasts|projects|estimates)\b"
)
# ... and a market-wide or macro measure forecast in the active voice (README: "market and macro figures
# (TV units, GDP, spreads, default rates ...) are `estimate`"): the measure as the subject of "will" ("2021
# U.S. GDP will rise in the range of 5.5% to 6.5%", "the unemployment rate will remain below 5%"), as the
# object of the company's forecast verb ("we expect the market to grow 4%", "we anticipate North America
# customer spending to grow more than 25%"), or in the passive with a macro noun ("the default rate is
# forecast to fall below 2%")
_MACRO_NOUN = (
    r"(?:unemployment(?:\s+rate)?|default\s+rates?|(?:credit|high-yield|yield)\s+spreads|interest\s+rates"
    r"|customers?['’]?\s+(?:[\w-]+\s+)?spend(?:ing)?)\b"
)
# a market's course is a change ("the market will grow"; not "our share of the market will remain around
# 60%", "we expect the higher-value markets to represent 80% of our revenue"); a macro measure's also a level
_MARKET_MOVES = (
    r"(?:grow|rise|increase|decrease|decline|fall|contract|expand|recover|improve|revert|drop|slow)\b"
)
_MACRO_LEVELS = r"(?:be|remain|stay|reach|end|average|exceed)\b"
_MARKET_OR_MACRO = "(?:" + _MARKET_NOUN + "|" + _MACRO_NOUN + ")"
_MARKET_AHEAD = re.compile(
    r"\b" + _MARKET_NOUN + r"(?:\s+(?!we\b|i\b|our\b|you\b|they\b)[\w.'’-]+){0,3}?\s+(?:will|should)\s+"
    r"(?:[a-z]+ly\s+)?" + _MARKET_MOVES +
    r"|\b" + _MACRO_NOUN + r"(?:\s+(?!we\b|i\b|our\b|you\b|they\b)[\w.'’-]+){0,3}?\s+(?:will|should)\s+"
    r"(?:[a-z]+ly\s+)?(?:" + _MARKET_MOVES + "|" + _MACRO_LEVELS + ")"
    r"|\b(?:we|i)\s+(?:still\s+|now\s+|also\s+|continue\s+to\s+)?(?:expect|anticipate|forecast|project|assume)s?"
    r"\s+(?:[\w.'’-]+\s+){0,4}?" + _MARKET_OR_MACRO + r"\s+to\s+(?:[a-z]+ly\s+)?" + _MARKET_MOVES +
    r"|\b" + _MARKET_OR_MACRO + r"[^.;:,]{0,40}?\b(?:is|are)\s+(?:expected|forecast(?:ed)?"
    r"|projected|predicted|anticipated|estimated)(?:\s+and\s+[a-z]+)?\s+to\b"
)  # fmt: skip
# a word every _MARKET_AHEAD match holds (tests/extract/test_period_speed_paths.py)
_MARKET_AHEAD_WORDS = (
    "market", "industr", "econom", "gdp", "demand", "vacanc", "absorption", "rent", "origination",
    "consensus", "unemploy", "default", "spread", "interest", "spend",
)  # fmt: skip
_FORECAST_HINT = ("expect", "forecast", "project", "predict", "estimat", "anticipat", "outlook")
# a word every match holds (a _MARKET_NOUN or the analysts' words; the verb): the searches run only on
# sentences holding one (tests/extract/test_period_speed_paths.py)
_MARKET_WORDS = ("market", "industr", "econom", "gdp", "demand", "vacanc", "absorption", "rent",
                 "origination", "consensus", "analyst", "the street")  # fmt: skip
_THIRD_PARTY_WORDS = ("predicts", "forecasts", "projects", "estimates")
# a verb in the past after "we estimate": the estimate is of what happened ("we estimate COVID impacted our
# sales by $25 million", "revenues are estimated to have been $103 million", "which we estimate reduced the
# margin by 5 basis points"): an -ed word before its object; not an adjective ("adjusted EBITDA")
_ESTIMATED_PAST = re.compile(
    r"\bto have\b|\b(?:had|lost)\b|\b[a-z]{3,}ed(?=\s+(?:our|the|a|an|its|their|this|that|us|by|approximately"
    r"|about|roughly|nearly|[$\d]))"
)
# ... right after the estimate word: "estimated to have been", "we estimate COVID impacted"
_ESTIMATED_PAST_NEXT = re.compile(
    r"\w*\s+(?:[a-z-]+\s+){0,3}?(?:to\s+have\b|[a-z]{3,}ed\s+(?:our|the|us|by)\b)"
)
# "estimated" as the adjective of a figure a result holds: "results reflect an estimated $0.03 per share
# benefit from weather", "included in earnings is the estimated impact of $5 million" (of the quarter reported
# on, an actual as "we estimate COVID impacted Q1 sales by $25 million" is)
_ESTIMATED_ADJECTIVE = re.compile(r"\b(?:an|the|our|its|their|with)\s+$")
# between a figure and its restatement or the other end of its range: "27 days supplying or 8,200 units",
# "two and a quarter times to two and a half times"
_RESTATED_GAP = re.compile(r"[^.;:\d]{0,25}?(?:,\s*)?\b(?:or|to)\s+" + ABOUT + r"\$?")
# what sets a hypothetical case: a condition, a scenario or a sensitivity ("if adopted", "were this to
# happen", "a reasonable scenario", "a 100 basis-point move in"); not "assuming", which also states the
# premises of guidance ("assuming FX rates continue where they stand, FX could add 1.5%")
_HYPOTHESIS = re.compile(
    r"\b(?:if|were to|were this|scenarios?|sensitivit\w*|hypothetical\w*|(?:move|change) in)\b"
)
# a past participle of a result right after a number, then a period gone by: "with $51 million realized in
# the first quarter", "the nearly 10% margin achieved in 2020" (done, whatever forecast the sentence makes;
# not "was to be paid in the first quarter", nor "realized in this fiscal year", still running)
_DONE_AFTER = re.compile(
    r"(?:\s+(?:of\s+)?[a-z-]+){0,3}?(?<!to be)\s+(?:already\s+)?(?:realized|achieved|generated|recorded"
    r"|delivered|completed|incurred|spent|returned|paid|captured|booked)\s+(?:(?:in|during)\s+(?:the\s+)?"
    r"(?:first|second|third|fourth|last|past|prior|q[1-4]|fy|fiscal\s+(?:19|20)?\d\d|(?:19|20)\d\d)"
    r"|so far|to date|year-to-date)\b"
)
_RESULT_HOLDS = re.compile(
    r"\b(?:results?|earnings|had|included|includes?|reflect(?:s|ed)?|recorded|saw|was|were)\b"
)
# "we estimate", "is estimated": an estimate made now (not "we estimated ... $100 million" last quarter, a
# forecast then, nor "our original estimate of $100 million")
_ESTIMATE_WORD = re.compile(r"estimat\w*")
_PRIOR_ESTIMATE = re.compile(
    r"\b(?:original|originally|prior|previous|previously|initial|initially|earlier)\s+$"
)
# words that make a forward number a goal the company has set itself: with a deadline it is a target (README:
# "A stated goal with a deadline is `target`"): "on track to have 5% to 10% of traffic ... by year end",
# "we remain committed to deliver $100 million of benefits by the end of 2021", "on our way to"
_GOAL = re.compile(
    r"\b(?:on track to|on (?:our|its|their|the) way to|(?:committed|commitment|pledged?) to|aim(?:s|ing)? to"
    r"|striv(?:e|es|ing) to)\b"
)
# a goal by its wording alone, with or without a deadline: "we are well on our way to becoming a $15 billion
# revenue company", "our commitment is to reduce emissions intensity by 35%", "we aim to return 50%"
_STANDING_GOAL = re.compile(
    r"\bon (?:our|its|their) way to\b|\bcommitment (?:is to|will)\b|\b(?:we|i) (?:also )?(?:aim|strive) to\b"
)
# a word every match of _GOAL and _STANDING_GOAL holds (tests/extract/test_period_speed_paths.py)
_GOAL_WORDS = ("track", "way", "commit", "pledge", "aim", "striv")
# a base stated in a forecast's sentence, a figure of a period already begun: "we expect a margin of 20% to
# 21% compared to 20.3% in fiscal '21", "a 410 basis point improvement from last year's result of 15.4%",
# "down from $40 million of pension expense in 2020"; the comparison word, then a few words naming the
# base (no "and", no comma, no guidance noun: "over our previous guidance of 18%" is a forecast), then it
_BASE_IN_FORECAST = re.compile(
    r"\b(?:compared (?:to|with)|versus|vs\.?|from|against|in line with|relative to)"
    r"((?:\s+(?!and\b|or\b|guid|outlook|forecast|expect|estimat|anticipat|plan\b|target|previous|prior\b"
    r"|original|initial|stated\b|view\b|range\b|midpoint\b|continuing\b)[\w'’.-]+){0,6}?)\s*[$€£¥]?$"
)
# the words of a base phrase that only date it ("from 2020 of 3%" is a rate of change over 2020, no base)
_DATE_WORDS = re.compile(r"(?:the|last|prior|previous|fiscal|full|year|year's|year’s|quarter|of|in|'?\d+)$")
# the company's own doing in the present progressive, said of a year under way: "we're investing more than
# $1 billion in 2021", "we are expanding into six new countries this year", "net debt reduction is tracking
# toward $1.8 billion in 2021" (not "we are averaging $7 this year", "we're seeing": what the year brought)
_DOING = re.compile(
    r"\b(?:we['’]re|we are|is|are)\s+(?:\w+ly\s+|now\s+|also\s+|still\s+)?"
    r"(?!(?:averaging|running|seeing|operating|experiencing|being|having|going|getting|pleased|excited|expecting"
    r"|(?:trending|tracking)\b(?!\s+toward)))[a-z]{3,}ing\b"
)
# a record or high named right before its figure: "our previous company record of 13.9% in 2019"
_RECORD_BEFORE = re.compile(r"\b(?:record|all[- ]time high|previous high)\b[^.;,]{0,40}$")
# the size of an opportunity or a market the company could address is an estimate, not a result or a plan:
# "an overall lifetime opportunity of up to $3 billion", "this opportunity is in excess of $500 million",
# "our total addressable market in North America is greater than $900 billion", "a $600 million addressable
# market" (not "took the opportunity to upsize the facility to $150 million", "our pipeline of $410 million")
_OPPORTUNITY_BEFORE = re.compile(
    r"\b(?:opportunity|addressable market)\s+(?:(?:in|for)\s+[\w\s-]{1,30}?\s+)?(?:of|is|at|will|could|would)"
    r"(?:\s+[a-z-]+){0,4}?\s+[$€£¥]?$"
)
_OPPORTUNITY_AFTER = re.compile(
    r"\s+(?:(?!the\b|an?\b|their\b|our\b)[a-z-]+\s+)?(?:opportunity|addressable market)\b"
)
# "would have been 4.3%", "would actually have been 52%": an adjusted actual
_COUNTERFACTUAL = re.compile(r"(?:would|could) (?:(?:[a-z]+ly|still|otherwise) )?have\b")
_WEAK_ACTUAL = ("up", "down", "current")
# a comparison word this close before a period phrase makes it a base ("compared to the prior quarter")
_BASE_REACH = 32
_BASE_AMOUNT_REACH = 24  # ... farther by the base amount between ("compared to $88 million in ...")
# "from down 3% in Q4": the period phrase right after the starting figure
_FROM_GAP = re.compile(r"\s*(?:(?:in|for|during)\s+)?")
# "from the prior year quarter to $590 million": the words between a base and the level reached
_TO_LEVEL = re.compile(
    r"[^.;,]{0,24}?\b(?:to|at)\s+(?:(?:a|an|the|about|approximately|roughly|nearly|almost|just|only)\s+)*"
)  # ("declined by more than 500 basis points from last year to just 8%")
# "authorized an additional $5 billion": an authorization has no period
_AUTHORIZED = re.compile(
    r"\bauthori[sz](?:ed|es|ing|ation\s+of)\s+(?:(?:an?|additional|new|further|up\s+to)\s+)*(?:\$|usd\s*)?$"
)
# "80% of the $585 million authorization", "a new $1 billion share repurchase authorization" (not "$5 billion
# remaining on our authorization": a balance)
_AUTHORIZATION_AFTER = re.compile(
    r"\s+(?!(?:remaining|left|available|still|outstanding|under|on)\b)(?:[\w-]+\s+){0,3}?authori[sz]ation\b"
)
# "a compound annual growth rate of 9% over that period": a span named before, no period of its own
# (not "up 8% over this time last year": a comparison with the year-ago quarter)
_OVER_THAT_PERIOD = re.compile(
    r"\s+over\s+(?:that|this)\s+(?:period|time(?:\s+frame)?|span)\b(?!\s+(?:last|a|the\s+(?:prior|previous))\b)"
)
# "their third quarter in a row": a count of quarters, no period
_IN_A_ROW = re.compile(r"\s+in\s+a\s+row\b")
_TO_DATE_RIGHT_AFTER = re.compile(r"\s+(?:(?:the|our|its)\s+)?")  # "in line with year-to-date", "versus the"
_COMPARE_WORD = re.compile(r"compared (?:to|with)|in comparison (?:to|with)|[a-z]+(?: to| with)?")
_LIST_TAIL = re.compile(r"(?:,|\band)\s*$")
_BASE_GAP = re.compile(r"(?:\s+(?:the|a|an|about|approximately|around|roughly|nearly|some|just))*\s*")
_SHARE_WORDS = ("accounting for", "accounts for", "accounted for", "account for", "share of", "proportion",
                "contribut", "% of", "percent of", "mix")  # fmt: skip
_GROWTH_WORDS = ("grow", "grew", "increas", "rise", "rose", "up ", "year-over-year", "yoy", "year on year",
                 "decline", "declin", "fell", "down ", "+", "change", "tailwind", "headwind", "decreas",
                 "rais", "minus ", "plus ")  # fmt: skip
_FIRST_DIGIT = re.compile(r"\d")
_NOUN_KEYS: dict[tuple[int, str], str | None] = {}  # (id of the lexicon, counted noun) -> metric key
_MOVE = r"(?:up|down|rose|ris(?:e|en|es|ing)|fell|fall(?:s|en|ing)?|higher|lower|better|worse"
_MOVE += r"|gain(?:s|ed)?|jump(?:s|ed)?|improv\w*"  # "have risen", "had fallen" too
# "revenues slipped by 1%", "sales dipped 2%", "orders surged 40%", "volumes plunged 30%": the vivid verbs
# of a move are moves too (they left the % without the growth key of the measure before them)
_MOVE += r"|slip(?:s|ped)?|dip(?:s|ped)?|slid|surg(?:e|es|ed)|soar(?:s|ed)?|slump(?:s|ed)?"
_MOVE += r"|plung(?:e|es|ed)|tumbl(?:e|es|ed)"
# "FX positively impacted sales by 3%", "the divestiture negatively affected revenue by 4%": an effect on a
# measure stated in % is a change of it (README: currency and acquisition effects in % `revenue_growth`)
_MOVE += r"|impacted|affected"
_MOVE += r"|declin\w*|decreas\w*|grow\w*|grew|increas\w*|expand\w*|contract\w*|drop\w*|climb\w*)"
_MOVE_BEFORE = re.compile(
    # (speed: the word start and the letters a _MOVE word starts with are tested first, at each offset of the
    # window, before the four look-behinds; tests/extract/test_sp10_speed_paths.py checks the letters)
    r"\b(?=[abcdefghijlprstuw])"
    r"(?<!make )(?<!made )(?<!makes )(?<!making )"  # "which makes up 45% of this market": a share, no change
    + _MOVE
    + r"(?! to\b)"
    r"(?:\s+(?:by|of|about|approximately|nearly|almost|roughly|over|more than|only|just|in the))*\s+$"
)  # "down only 1%", "was down in the mid-teens"
# "raising our guidance by $0.60 or 8%": an amount after "by" is a change, unless "by" names a cause
_BY_AMOUNT = re.compile(r"(?=[ ])(?<!driven)(?<!led)(?<!offset)(?<!supported)(?<!helped)(?<!caused) by\s+$")
# "growth in consolidated AFFO of roughly 15%", "an increase in orders of 20%": a change named before the
# measure with no key that the number is of (_metric: moving)
_CHANGE_IN_BEFORE = re.compile(
    r"\b(?:growth|increase|decrease|decline|improvement|rise|drop)\s+in\s+(?:[a-z&'-]+\s+){0,2}$"
)
# ... then the number after the measure through a few words and "of", "at" or "was" ("growth in orders at
# 158%"), not a level it moved "to" ("an increase in the benefit ratio to 78.9%") nor a clause after a comma
_CHANGE_IN_GAP = re.compile(
    r"(?:\s+(?!to\b|compared\b|from\b|versus\b)[a-z&'-]+){0,6}?\s+(?:of|at|was|were)\s+"
    r"(?:a\s+)?(?:strong\s+|about\s+|approximately\s+|roughly\s+|nearly\s+|over\s+|more\s+than\s+)?"
)
# "reduce emissions intensity by 42%", "reducing ... emissions by 60% by 2027", "an additional 8% reduction
# from 2019", "a reduction of 15%": a cut stated in % (not in points, a rate's) is a change of what is cut
_REDUC = r"reduc(?:e|es|ed|ing|tion|tions)"
_REDUC_WORD = re.compile(r"\b" + _REDUC + r"\b")
_REDUCED_BEFORE = re.compile(
    r"\b"
    + _REDUC
    + r"(?:\s+(?:of|about|approximately|nearly|almost|roughly|over|more than|an additional|an?))*\s+$"
)
_REDUCTION_AFTER = re.compile(r"\s+(?:[a-z-]+\s+)?" + _REDUC + r"\b")
_REDUCED_REACH = 60  # characters from "reduce" to the "by" amount it takes
_MOVE_AFTER = re.compile(
    r"\s+(?:(?:year[- ]over[- ]year\s+|yoy\s+|sequential\s+)?" + _MOVE + r"\b"
    r"|(?:ahead of|above|below|behind)\s+(?:last year|the prior year|prior year|a year ago|the same period"
    r"|the\s+(?:year[- ]ago|prior[- ]year)\s+(?:quarter|period)"
    r"|(?:q[1-4]|the\s+(?:first|second|third|fourth)\s+quarter)\s+(?:of\s+)?(?:last\s+year|20\d\d|the\s+prior\s+year))"
    r"\b)"
)  # "9% higher", "sales finished 7% ahead of last year", "62.8% above Q1 of last year"
_PER_SHARE_IN = re.compile(r"\bper\s+(?:[a-z]+\s+){0,2}share\b")  # "per share", "per fully diluted share"
# a multiple of the market's own figure: "grew 7.8%, which was more than twice the market growth rate",
# "growth goal of 1.2 times the market", "growth we estimate to be more than 5 times the market" (README:
# market figures have no metric; growth against the market's is no change of a measure of the company's)
_TIMES_THE_MARKET = re.compile(
    r"\s+(?:(?:that\s+of\s+)?the\s+(?:[a-z.'-]+\s+){0,2}?|that\s+of\s+)?"
    r"(?:markets?|industry|industry's|peers|peer\s+group)\b"
)  # not "operating profit more than doubled as global market demand remained strong"
# "growth" naming the kind of thing spent on or pursued, not a change ("60% of our capital spending will be
# allocated to growth projects", "over 80% to be composed of discretionary growth capex")
_GROWTH_AS_KIND = re.compile(
    r"\s+(?:capex|capital|projects?|investments?|initiatives?|opportunit(?:y|ies)|drivers?|areas?|markets?"
    r"|strateg(?:y|ies)|platforms?|engines?|spend(?:ing)?|businesses|vectors?|levers?|avenues?|pillars?)\b"
)
_UNKEYED_REACH = 60  # characters from a measure with no key to the per-share amount it has
_WEAK_ALIASES = frozenset(
    {"per share", "per diluted share", "per common share", "per diluted common share"}
)  # "dividend of $0.49 per share" is the dividend
# what other metrics count in: "2.5 million shares" bought back, "58 homes delivered", "4 million tons"
_MEASURE_NOUNS = frozenset(
    {"share", "shares", "unit", "units", "homes", "lots", "vehicles", "tons", "tonnes", "barrels"}
)
# "619 new commercial relationships", "525,000 new consumer investment accounts": new or net new accounts,
# households and relationships of any kind are customers (README: bank; the lexicon names only the bare forms)
_NEW_CUSTOMER_HEADS = frozenset({"accounts", "households", "relationships", "logos"})
_NEW_CUSTOMER_NOUN = re.compile(
    r"(?:net\s+)?new\s+(?:[a-z&'-]+\s+){1,3}(?:accounts|households|relationships|logos)"
)
# "shipped over 10 million test cartridges": a count of what was shipped is units delivered, whatever the noun
# ("deliver 150 new wells to production", "delivered 15 concepts" are no shipments: ship verbs only)
_SHIPPED = re.compile(r"\b(?:ship|ships|shipped|shipping)\s+(?:a record\s+)?$")
# "we sold 4.2 million net tons": a tonnage (or units, homes) sold is units delivered, like one shipped
# ... and "gold sales of 305,000 ounces", "sales volumes of 2.1 million barrels": the nominal form
_SOLD = re.compile(
    r"\b(?:sold|sell|sells|selling|sales(?:\s+volumes?)?\s+(?:of|were|was))\s+(?:a record\s+)?$"
)
_NOT_SHIPMENTS = frozenset({"units", "delivered", "cumulatively delivered"})
# "we managed delivery of 31 aircraft", "we delivered 4,500 railcars", "we will deliver 40 aircraft": vehicles
# handed to customers are units delivered; "deliver" alone also means achieve ("delivered 39 new products",
# "delivered 89 deals"), so only for vehicles, as "sold" is only for tons, ounces, barrels
_DELIVERED = re.compile(  # not "take delivery of 64 aircraft": a lessor's purchases
    r"(?<!take )(?<!taking )(?<!took )\b(?:deliver|delivers|delivered|delivering|deliver(?:y|ies)\s+of)"
    r"\s+(?:a record\s+)?(?:approximately\s+|about\s+)?$"
)
_DELIVERED_NOUNS = frozenset(
    {
        "aircraft",
        "airplanes",
        "jets",
        "helicopters",
        "turboprops",
        "railcars",
        "locomotives",
        "vehicles",
        "trucks",
        "buses",
        "ships",
        "vessels",
    }
)
_SOLD_NOUNS = frozenset(
    {"tons", "tonnes", "units", "vehicles", "ounces", "barrels", "gallons"}
)  # homes sold are a builder's orders
# "33% hot-rolled, 17% cold-rolled": the product mix of a volume sold or shipped stated before it
_MIX_WORDS = re.compile(r"\b(?:includ\w*|consist\w*|compris\w*|of which|split|mix)\b")
_SHARE_KEYS = frozenset({"revenue_share", "ai_revenue_share", "profit_share", "volume_share"})
_POSSESSIVE = ("'s", "’s")
# "last year's comparable quarter" is still a period: the possessive names a period noun
_PERIOD_NOUN = re.compile(
    r"\s+(?:(?:same|comparable|corresponding|fiscal|first|second|third|fourth)\s+)*(?:quarter|period)"
)
# a results document's guidance named as such, with no period: the year's ("our EPS guidance of $5 to $6")
_GUIDANCE_NOUN = re.compile(r"\b(?:guidance|outlook|forecast|projection)\b")
# ... unless a yardstick, most often the quarter's ("higher than guidance of $4.75", "above our forecast")
_YARDSTICK = re.compile(
    r"\b(?:than|above|below|beat|exceed\w*|ahead\s+of|in\s+line\s+with|within|versus|vs\.?|compared)\s+"
)
_TO_GUIDANCE = re.compile(r"[^.;]{0,80}?\b(?:in|to)\s+(?:our|the)\s+(?:[\w-]+\s+){0,4}(?:guidance|outlook)\b")
# the words from a number to the comparison word of its base: "3% versus", "13% year-over-year versus", "20
# basis points higher than" (no clause break between)
_CHANGE_TO_BASE_GAP = re.compile(r"\s+(?:[a-z-]+\s+){0,2}")
_CHANGE_TO_BASE_REACH = 24
# a period phrase naming a comparison as a noun: "the prior year comp", "prior-year comparisons"
_COMPARISON_NOUN = re.compile(r"(?:['’]s)?[\s-]+(?:comps?|comparisons?|compares?)\b(?![\s-]+(?:to|with)\b)")
_HYPHEN_GAP = re.compile(r"[\s-]*")
_COMPARISON_FIGURE = re.compile(
    r"(?:['’]s)?[\s-]+(?:comps?|comparisons?|compares?)(?:\s+(?:of|was|were|at|when(?:\s+[\w-]+){0,6}?))?\s+"
    r"(?:(?:plus|minus|up|down|about|approximately|roughly|nearly|a|an)\s+)*"
)
# "<number> and <number> <period phrase>": only the second number between the first and the phrase
_PAIR_GAP = re.compile(
    r"\s+and\s+(?:(?:about|approximately|roughly|nearly|almost|over|just)\s+)?[$€£¥]?\d[\d.,]*\s*"
    r"(?:%|percent|x|times|basis\s+points|bps|points|million|billion)?\s*(?:(?:in|for|during|over)\s+)?(?:the\s+)?"
)
# a new clause with a subject of its own: "..., and our leverage ratio was", "...; capex is"
# (a subject, then its verb: not "..., and consequently expect capex to exceed", one more verb of the same
# subject, which shares the first verb's period)
_NEW_CLAUSE = re.compile(
    r"(?:,\s+and|;)\s+(?!(?:in|for|during|at|on|by|to|from|over|of|with)\b)(?=(?:[\w'’-]+\s+){1,4}"
    r"(?:is|are|was|were|will|has|have|had|should|would|remains?|remained)\b)"
)
_COMPARATIVE = re.compile(
    r"\b(?:higher|lower|more|less|greater|fewer|better|worse|above|below|ahead|behind|growth|increase|decrease|decline"
    r"|gain|improvement|drop|rise|reduction)\b"
)
# the words from a base's period phrase to the base's own amount: "the prior year quarter of $4 billion",
# "last year's $2.1 billion", "the second quarter of 2020 net income of $132 million", "last year's EBITDA of
# $313 million", "pre-COVID 2019 operating margins of 24.1%", "the prior year quarter that included $25
# million of insurance recovery" (a noun phrase or its relative clause: not "the prior year with solid free
# cash flow of $673 million")
_BASE_AMOUNT_AFTER = re.compile(
    r"(?:['’]s)?(?:\s+(?!(?:with|and|while|which|that|as|but|to|was|were|is|are|we|our)\b)[\w-]+){0,8}?"
    r"(?:\s+(?:of|at|was|were|(?:when|that|which)(?:\s+[\w-]+){1,6}?)|['’]s|\s*[:(])?"
    r"\s+(?:(?:a|an|the|about|approximately|around|roughly|nearly|just|only|some)\s+)*"
)
_AND_NEXT = re.compile(r"\s+and\s+")  # a base phrase, then "and", then the next number's words
_AND_PENALTY = 30.0  # a metric after "<number> and ..." names the next item, not this number
# a period phrase this close after another number is that number's ("15% in the quarter and 17% ...")
_OWN_REACH = 60
# a metric phrase after the number joined to the NEXT number by these words is that number's subject:
# "$167 million at an average price of $67", "$5 million, and EBITDA was $2 million"
# "revenue is expected to increase 5% and operating margin is anticipated to be 23.6%": a phrase after "and"
# with a verb of its own is the subject of the next clause, not what the number before it measures
_AND_CLAUSE_GAP = re.compile(r",?\s+and\s+(?:the\s+|our\s+)?")
_CLAUSE_VERB = re.compile(r"\s+(?:is|are|was|were|will|would|should|could|has|have|had)\b")
_OWN_GAP = re.compile(
    r"(?:\s+(?:growth|increase|decrease|decline))?"  # "..., adjusted earnings growth of 20% to $1.9 billion"
    r"[\s:]*(?:(?:was|were|is|are)\s+(?=up\b|down\b))?"  # "sales were down 12%, EBITDA is down 18%"
    r"(?:(?:was|were|is|are|of|at|totaled|totaling|reached|came in at|stood at|amounted to|up|down|rose"
    r"|fell|grew|increased|decreased|declined|improved|expanded|contracted)\s+)?(?:by\s+)?"
    r"(?:(?:about|approximately|around|roughly|nearly|just|over|more than|a|an|record)\s+)*"
)
# a guidance list: "a tax rate of 23%, depreciation and amortization to approximate $195 million": the phrase
# after the comma is the subject of its own expected amount, not what the number before it measures
_GUIDED_GAP = re.compile(
    r"\s+(?:(?:is|are)\s+)?(?:(?:now\s+)?(?:expected|estimated|forecast|projected|planned)\s+)?to\s+"
    r"(?:be|approximate|total|come\s+in\s+at|range\s+from)\s+"
    r"(?:(?:in\s+the\s+range\s+of|between|approximately|about|around|roughly|up\s+to)\s+)*"
)
_GUIDED_REACH = 40  # characters from the number to a list item's phrase after it
_CAUSE = re.compile(
    r"\b(?=[abdfhlorst])"  # (speed: the letters its words start with, tested first)
    r"(?:from|driven by|due to|as(?! a (?:percent|%|share|portion))|because of|thanks to|offset by|led by"
    r"|reflecting|helped by|aided by|supported by"
    r"|on (?:(?:one|two|three|a few|[0-9]+) )?(?:higher|lower|strong|stronger|weak|weaker|increased|decreased"
    r"|reduced|improved|better|fewer|more|less|additional))\b"
)  # "... to 25.5% from higher volume", "... to 18% on lower volume", "up 4.6% on one fewer aircraft
# delivered": a cause, not what the number measures
# "we returned $860 million to shareholders through dividends and buybacks": cash returned, no key of its own
_RETURN_BEFORE = re.compile(r"\breturn(?:s|ed|ing)?\s+(?:[a-z]+\s+){0,2}$")
_HOLDER_WORDS = r"(?:shareholders|share owners|shareowners|stockholders)\b"
# "... $14 million back to our shareholders", "returned 79% of our earnings to shareholders" (a payout ratio)
_TO_HOLDERS = re.compile(
    r"\s+(?:of capital\s+|in cash\s+|of\s+(?:our|its)\s+(?:[a-z-]+\s+){1,3})?(?:back\s+)?"
    r"to\s+(?:our\s+|its\s+)?" + _HOLDER_WORDS
)
_HOLDERS = re.compile(r"\b" + _HOLDER_WORDS)
# a sentence that says what the figure before it holds: "This includes ...", "We assume a share count of ..."
_PART_OF = re.compile(r"\b(?:(?:in|ex)cludes?|assum(?:e|es|ing))\b")
_RECURRING = re.compile(
    r"\b(?:(?:in any given|in any|in each|each|every) (?:quarter|year|month)"
    r"|per (?:year|annum)(?![- ]on\b))\b"  # "capacity of 1.9 million tons per year" too
)
_RECURRING_REACH = 60
_RECURRING_WORDS = ("each", "every", "any", "per ")  # one of which every _RECURRING match holds
# a condition's or threshold's level dates nothing: "if the rate achieves 85%", "a threshold of 85%"
_CONDITION = re.compile(
    r"(?:\bthreshold\s+(?:of\s+)?|\bif\b[^,;:.]{0,80}?\b(?:achieve[sd]?|reach(?:es|ed)?|exceed(?:s|ed)?|hits?"
    r"|surpass(?:es|ed)?)\s+(?:(?:at\s+least|over|above)\s+)?)$"
)
_CONDITION_REACH = 120
_THE_QUARTER = re.compile(r"\bfor the quarter\b")  # not read by find_periods
# a sentence led by the midpoint of the range just given speaks of that range's period
_MIDPOINT = re.compile(r"(?:and\s+)?(?:the\s+|our\s+|this\s+)?(?:new\s+|revised\s+|updated\s+)?midpoint\b")
# the opening words of a sentence that goes on with the statement before it (`_Extractor._goes_on`): "And
# AFFO per share of", "Plus", "This translates to", "which implies", "At the midpoint, this represents", "Of
# that, $40 million"; not a new item of a list ("And finally", "And lastly", "And then fourth")
_CONTINUATION = re.compile(
    r"(?:and|plus)\b(?!,?\s+(?:then\s+)?(?:finally|lastly|next|second|third|fourth|fifth)\b)"
    r"|(?:this|that|which|these|it)(?:\s+(?:also|again|in\s+turn|alone))?\s+(?:represent|translate|equate"
    r"|impl(?:y|ie)|mean|compare|reflect|include|exclude|assume|bring|put|add|would)(?:s|d|ed|ing)?\b"
    r"|at\s+the\s+(?:new\s+)?midpoint\b"
    r"|of\s+(?:that|this|which|those|these|the\s+total)\b"
)
# the present named: a figure of now, not of the period the sentence before told ("And we are now collecting
# in excess of 90% of our rents"); "now" only stops an actual's period ("And we now expect" goes on)
_PRESENT = re.compile(r"\b(?:today|currently|right\s+now|at\s+present)\b")
_NOW = re.compile(r"\bnow\b")
# a word of a period phrase the results reading may drop ("during the quarter": the quarter reported on), not
# a rate's "year-over-year" or "quarter-over-quarter" (checked after `_period_hint`, which it implies)
_PERIOD_WORD = re.compile(
    r"(?<![- ]over[- ])\b(?:quarter|year|month|week|half|day|season|ytd)s?\b(?![- ]over[- ])"
    r"|\bq[1-4]\b|\b[1-4]q\b"
)
_PART_OF_LEAD = 40  # "This includes", "Growth includes", "This range, it includes": near the start
# a revision of a figure: "raising our full-year margin from 30% to 31%" (not "margin rose from 30% ...")
_REVISED = re.compile(r"\b(?:rais|lower|narrow|updat|revis|tighten)(?:e|es|ed|ing)\b")
_TO_NUMBER = re.compile(r"\s+to\s+" + ABOUT + r"[$€£¥]?\d")
# a date after these words is when a debt or contract matures, part of its name ("notes due in 2024")
_MATURITY = re.compile(r"\b(?:due|matur(?:e|es|ing)|expir(?:e|es|ing))\s+(?:in\s+|on\s+)?$")
# a comparison word before an earlier change: "against a 5% decline", "rolling over a prior year decrease"
_A_CHANGE = re.compile(r"(?:lapp\w*|against|over|versus|vs\.?|compared (?:to|with))\s+an?\s(?!year\b)")
# the results a forecast is built on: "Based on our second quarter performance ..., we now anticipate sales
# growth of 14% to 16%", "incorporating our third quarter results, we now expect": a premise, no period of
# the sentence's numbers (the phrase before _PREMISE_RESULTS, this before the phrase)
_PREMISE_BEFORE = re.compile(r"\b(?:based\s+on|incorporating|reflecting)\s+(?:our\s+|the\s+)?$")
_PREMISE_RESULTS = re.compile(r"\s+(?:results|performance|outperformance)\b")
# a year naming a debt issue by its maturity: "our 2025 unsecured notes", "the 2028 senior notes"
_NAMES_NOTES = re.compile(
    r"\s+(?:(?:senior|unsecured|secured|subordinated|convertible|term|green)\s+)*"
    r"(?:notes|bonds|debentures|maturity|maturities)\b"
)
# "prior year reserve development", "prior-year loss development": an insurer's measure of claims of earlier
# years (its amount is the quarter's), not a period
_PRIOR_YEAR_WORDS = re.compile(r"(?i)\b(?:prior|previous|last)\b")  # not "our 2021 development starts"
_NAMES_DEVELOPMENT = re.compile(
    r"[\s-]+(?:(?:net|favorable|unfavorable|adverse)\s+)*(?:(?:reserve|loss)\s+)?development\b"
)
_OF_THEIR = re.compile(r"\bof\s+(?:its|our|the|their)\s+$")
_PLAN_NOUN = re.compile(r"[\s-]+(?:[\w-]+\s+){0,2}?(?:targets?|goals?|plans?|budgets?|guidance|outlook)\b")
_LEVELS = re.compile(r"\s+levels?\b")  # "2019 levels": a yardstick
# "its highest level since 2013": a yardstick after a superlative, not the number's period
_SINCE_RECORD = re.compile(
    r"\b(?:highest|lowest|best|strongest|weakest|fastest|most|fewest)\b[^.;,]{0,24}(?:\bsince)?\s+$"
    # "the first double-digit, same-store revenue growth since 2009", "our largest transaction since 2009"
    r"|\b(?:first|largest|biggest|record)\b[^.;:]{0,50}?(?:\bsince\s+)?$"
)
# "we ended 2021 with liquidity of $16.5 billion": the year's end, the quarter reported on
_ENDED = re.compile(
    r"(?<!year\s)(?<!months\s)(?<!quarter\s)\b(?:ended|closed|finished|exited)\s+(?:the\s+)?(?:fiscal\s+)?(?:year\s+)?$"
)  # not "for the year ended December 31, 2020": the year itself (context_periods reads it)
_SAME_AS = re.compile(r"\b(?:same as|similar to|equal to)\s+(?:in\s+|for\s+)?$")
# a period after these words dates the cause, not the number before them
_PERIOD_CAUSE = re.compile(
    r"\b(?:driven by|due to|because|thanks to|as a result of|reflecting|led by|offset by|attributable to)\b"
)
# "15% of our U.S. sales was up 3%": the phrase a share is taken of is this number's, though it leads on
_SHARE_OF_GAP = re.compile(r"\s+of\s+(?:[a-z.&'-]+\s+){0,3}")
# between a share and the phrase naming its whole ("60% of group sales"; "60% of revenue", an alias with "of")
_WHOLE_GAP = re.compile(r"\s+(?:of\s+(?:[a-z.&'-]+\s+){0,3})?")
# "paid $430 million in dividends at $0.60 per share": the noun an amount is "in" is that amount's
_IN_NOUN = re.compile(r"\s+in\s+(?:the\s+|our\s+|its\s+)?")
_EFFECT_ON = re.compile(
    r"\s+(?:of\s+)?(?:headwind|tailwind|benefit|drag|impact|improvement|pressure)\s+(?:to|on)\s+(?:our\s+|the\s+)?"
)
_CHANGE_INTO = re.compile(r"\s+(?:of|by)\s+(?:about\s+|approximately\s+|roughly\s+|nearly\s+|almost\s+)?")
_MOVE_WORD = re.compile(r"\b" + _MOVE + r"\b")
_BY_REACH = 60  # characters from a change word to the "by" amount it takes
# "grew 7% organically", "was down organically about 6%" (with no measure named: "orders were down 19%
# organically" stays growth)
_ORGANIC_AFTER = re.compile(r"\s+(?:organically|on an organic basis)\b")
_ORGANIC_BEFORE = re.compile(r"\borganically\s+(?:by\s+)?" + ABOUT + r"$")
# the whole company, or sales named, before an organic change: sales grew (a business's change is `growth`)
_ORGANIC_WHOLE = re.compile(
    r"\b(?:we|we've|we're|us|our company|the company|company-?wide|total|overall|consolidated|our results"
    r"|sales|revenues?|top line)\b"
)
# a call that names comparable (same-store) sales in full or as "comps": its bare "comp" is one too
# a property owner's call: its same-store pool earns rent, and it reports that pool's NOI
_PROPERTY_NOI = re.compile(r"\bNOI\b|(?i:\bnet operating income\b)")
_COMPARABLE_SALES = re.compile(
    r"(?i)\bcomp(?:arable)?(?:[- ]store|[- ]restaurant)?\s+sales\b"
    r"|\bsame[- ](?:store|restaurant)\s+sales\b|\bcomps\b"
)
_BARE_COMP = frozenset({"comp", "two-year comp", "comp trends"})  # same_store_sales aliases (metrics.toml)
# "the mill ran at 118% of rated capacity", "operating at 100% capacity": a capacity utilisation level
# A part's growth after a named revenue growth (README, decided 2026-12-03): the links that open a part's own
# phrase, the change word that ties the number to that part, and the words that keep it a revenue growth
_PART_LINK = re.compile(r",|;|\b(?:with|led by|driven by|due (?:in part )?to|while|including)\b")
_PART_PERIOD_WORDS = (
    r"(?:the\s+)?(?:first|second|third|fourth|full|last|prior|current|fiscal|quarter|year|month|half|q[1-4]|h[12]|"
    r"fy|20\d\d|january|february|march|april|may|june|july|august|september|october|november|december)\b"
)
_PART_CHANGE_AFTER = re.compile(  # "25% operational growth internationally", "double-digit increases in ..."
    r"(?:\s+|-)(?:[a-z-]+\s+)?(?:growth|increases?|declines?|decreases?|reductions?)"
    r"(?=\s+(?:in|within|across|among|for|at)\s+(?!" + _PART_PERIOD_WORDS + r")"
    r"|\s+(?:internationally|domestically|globally|respectively)\b)"
)
_PART_NOT_SUBJECT = (  # words before a change word that name no part: "reported growth of", "versus down"
    "we|it|they|which|that|this|and|or|but|so|then|now|just|only|even|again|also|was|were|is|are|has|have|had|"
    "still|to|versus|vs|compared|than|ago|from|reported|being|finishing|ending|closing|represent|represents|"
    "represented|representing|reflecting|year-over-year|annual|sequential|total|overall|strong|solid|robust|"
    "healthy|good|double-digit|the|a|an|its|our|their|of|in|by|for|at|with"
)
_PART_CHANGE_BEFORE = re.compile(  # "services growth in the", "Polymers up", "products growing"
    r"(?<![\w&-])(?!(?:" + _PART_NOT_SUBJECT + "|" + _PART_PERIOD_WORDS + r"))[a-z&-]+\s+"
    r"(?:(?:growth|grew|growing|grows|to\s+grow)(?:\s+(?:of|by|at|in\s+the|in\s+excess\s+of))?"
    r"|(?:(?:was|were|is|are)\s+)?(?:still\s+)?(?:up|down))\s+(?:[a-z]+\s+){0,2}$"
)
# where the part's phrase ends: the sentence's next clause or number (not at "U.S." or "Inc.")
_PART_OWN_END = re.compile(r"[;:(]\s|(?<!\.[a-z])\.\s|\d|\s(?:which|while|but|partially|offset)\s")
_PART_REVENUE_WORDS = re.compile(
    r"sales|revenue|organic|top[- ]line|comp\b|comps|comparable|same[- ]store|like[- ]for[- ]like|underlying|"
    r"\bcore\b|basis|constant|currenc|dollar|\bfx\b|exchange|acqui|divest|pric|volume|\bmix\b|\bfrom\b|contribut|point"
)
_RUN_AT = re.compile(r"\b(?:ran|run|runs|running|operat(?:e|es|ed|ing))\s+at\s+$")
_OF_CAPACITY = re.compile(  # not "48% of our pre-COVID capacity": a level against a past base
    r"\s+(?:of\s+)?(?:(?:our|the|its|their)\s+)?(?:(?!pre\b|pre-|last\b|prior\b)[a-z-]+\s+){0,2}?capacity\b"
)
# "the portfolio stood at 96% leased", "97.5% leased and 97% occupied", "90% pre-leased": a % the word
# leased or occupied follows is the share of space let (README: "occupancy and leased % are utilization")
_LEASED_AFTER = re.compile(r"\s+(?:pre-?)?(?:leased|occupied)\b")
# the size of a credit line named right after an amount, through describing words only ("our undrawn $1.5
# billion unsecured revolving credit facility", "a new $1 billion bank credit facility", "$1.1 billion
# revolver"); not money drawn or repaid on it ("$75 million on our revolving credit facility", "the 200
# million revolver drawdown")
_FACILITY_AFTER = re.compile(
    r"(?:\s+(?!(?:of|on|in|to|for|from|at|under|with|and|or|as|was|were|is|are|our|the|available|availability)\b)"
    r"[a-z][a-z0-9-]*){0,4}?\s+(?:credit\s+(?:facility|facilities|agreement|line)|revolver|line\s+of\s+credit)\b"
    r"(?!\s+(?:draw|borrow|balance|capacity|availability))"
)
# a share of a change named right after a %: "70% of that coming from", "roughly half of that increase",
# "about 25% of this increase is due to", "approximately half of our growth was generated from"
_SHARE_OF_CHANGE = re.compile(
    r"\s+of\s+(?:(?:that|this|the|these|those|our|its)\s+(?:(?:year-over-year|year-on-year|sequential|total|"
    r"overall|organic|revenue|sales|quarter's|year's|expected|net)\s+){0,2}(?:increase|decrease|growth|decline|"
    r"improvement|change|expansion|contraction|reduction|rise|gain|uplift|difference|shortfall|variance)s?\b"
    r"|(?:that|this)\s+(?:is|was|were|are|will|would|came|comes|coming|come|from|due|driven|related|relates|tied|"
    r"being|reflects|reflected|represents|represented|attributable|associated)\b)"
)
# ... and a share of a total change, the determiner left out: "represented roughly 63% of total merchandise
# growth" (not "25% of total revenues, an increase over the prior year": a ratio, then a clause of its own)
_SHARE_OF_TOTAL_CHANGE = re.compile(
    r"\s+of\s+total\s+(?:(?!(?:an?|the)\b)[a-z&'-]+\s+){0,2}"
    r"(?:increase|decrease|growth|decline|improvement|change|rise|gain)s?\b"
)
# an amount sized as a change of the phrase after it: "a $1.5 billion increase to our backlog", "a $48 million
# increase in working capital", "a $5.6 million reduction in gross profit"
_CHANGE_IN = re.compile(
    r"\s+(?:(?:year-over-year|year-on-year|sequential|net)\s+)?(?:increase|decrease|decline|reduction|improvement|"
    r"rise|drop)\s+(?:in|to)\s+(?:(?:our|the|its|their|total)\s+)?"
)
_CHANGE_IN_STOP = frozenset(
    {"of", "in", "to", "for", "from", "at", "on", "with", "under", "or", "and", "that", "which", "was",
     "were", "is", "are", "as", "by", "due", "driven", "versus", "compared", "primarily", "mainly",
     "resulting", "this", "last", "over", "since", "year", "quarter", "paid", "associated", "related",
     "reflecting", "when"}
)  # fmt: skip
# what turns a share of earnings into a payout or a cash conversion ("we returned 95% of earnings to
# shareholders", "convert 85% to 95% of adjusted net income into free cash flow", "cash conversion ... 77.5%
# of net earnings"): the words before the %, and those after its "of ... earnings"
_PAYOUT_BEFORE = re.compile(
    r"\b(?:return(?:ed|ing|s)?|pa(?:y|id|ying)\s+out|payout|convert(?:ed|ing|s)?|conversion|equivalent\s+to|"
    r"free\s+cash\s+flow)\b"
)
_PAYOUT_AFTER = re.compile(
    r"\s+of\s+(?:our\s+|the\s+)?(?:adjusted\s+|gaap\s+)?(?:net\s+income|net\s+earnings|earnings)\s+(?:to\s+"
    r"(?:our\s+)?(?:[a-z]+\s+)?(?:shareholders|stockholders|shareowners|owners)|into\b|in\s+the\s+form\b)"
)
_PAYOUT_REACH = 120
# a level against a year before the pandemic named right after a %: "70% of 2019 levels", "still only 50% of
# pre-pandemic level", "close to 97% of pre-pandemic 2019 levels"
_OF_PAST_LEVELS = re.compile(
    r"\s+of\s+(?:the\s+|our\s+|its\s+)?(?:(?:20[12]\d|pre-?pandemic|pre-?covid(?:-19)?)\s+){1,2}levels?\b"
)
# the words joining a per-share amount to the one it is compared with or ranges to ("$0.18 per diluted share
# compared to $0.15", "in the range of $1.57 per share to $1.63 per share")
_PER_SHARE_LINK = re.compile(
    r"\s*,?\s*(?:to|compared\s+(?:to|with)|versus|vs\.?|against)\s+(?:(?:approximately|about|roughly)\s+)?$"
)
# the D&A aliases of `expenses` (metrics.toml): only an amount in dollars is the expense
_DEPRECIATION = frozenset({"depreciation", "depreciation and amortization", "d&a", "dd&a"})
_PER_SHARE_MAX = 100.0  # a bare amount of earnings (no million/billion) below this is per share
# a margin stated in money is the profit it is a margin of
_MARGIN_DOLLARS = {"gross_margin": "gross_profit", "ebitda_margin": "ebitda", "ebita_margin": "ebita"}
# "Gross profit increased 170 basis points", "EBIT increased 230 basis points": a profit moves in points only
# as a ratio to sales, so points of a profit are its margin's (README: points of a margin are that margin)
_POINTS_MARGIN = {
    "gross_profit": "gross_margin",
    "operating_income": "operating_margin",
    "ebitda": "ebitda_margin",
    "ebita": "ebita_margin",
}
_OF_IN = re.compile(r"\s+(?:in|of)\s")
_OBJECT_BEFORE = re.compile(r"\b(?:to|from|for|among)\s+(?:[a-z&-]+\s+){0,2}$")
_CHANGE_GAP = re.compile(r"\s*(?:[a-z-]+\s+)?")  # "58% growth", "12% organic growth"
_CHANGE_OF = re.compile(r"\s+(?:in|of)\s+(?:[a-z&'-]+\s+){0,3}")  # "... in our housing revenues"
# "which represents about 35% of our North American equipment business": a share of its sales
_OF_BUSINESS = re.compile(r"\s+of\s+(?:our|the|its|their|total)\s+(?:[a-z&.'-]+\s+){0,3}business(?:es)?\b")
# a cause stated after a growth; not "from" or "compared to" ("up 5%, from the 6% growth rate in the third
# quarter" names the same growth of another period)
_LED_BY = re.compile(
    r"\b(?:driven by|led by|supported by|helped by|aided by|due to|thanks to|because of|reflecting"
    r"|offset by)\b"
)
_GROWTH_IN = re.compile(r"\s+(?:in|at|across|for)\s")  # "double-digit growth in packaging": where, not what
# "was up year-over-year to 17%"; the change may come first: "increased 580 basis points year-over-year to"
_NEW_LEVEL = re.compile(
    _MOVE + r"\b(?:(?!to\b)[^.;%$\d]|\d[\d,.]*\s*(?:basis points?|bps?|percentage points?|points?)\b)*"
    r"\b(?:to|from)\s+(?:about\s+|approximately\s+|roughly\s+|an?\s+(?:[a-z-]+\s+){0,4}of\s+)?$"
)  # "... to a third quarter record of 19.6%"
_NEW_LEVEL_REACH = 70  # characters before the number
_PREP_BEFORE = re.compile(r"\b(?:on|with|for|from|across)\s+(?:about\s+|approximately\s+|only\s+)?$")
_VERSUS_PLAN = re.compile(
    r"\s+(?:below|above|under|over|ahead of|better than|lower than|higher than|short of)\s+(?:our\s+|the\s+)?"
    r"(?:original\s+|initial\s+|prior\s+|previous\s+)?(?:guidance|plan|budget|forecast|outlook|target)\b"
)
# a noun phrase going on after a measure's name: the name only qualifies what follows it
_MODIFIES_NEXT = re.compile(
    r"\s+(?!(?:of|and|or|to|in|was|were|is|are|that|which|we|per|from|for|by|on|at|during|this|last|over"
    r"|compared|versus|with|as|a|an|the|year|quarter|month|each|every|annually|but|while|so)\b)[a-z]"
)
_OF_GAP = re.compile(r"\s+(?:of|in)\s+(?:the\s+|our\s+|its\s+|total\s+)?")
# "$326 million in available liquidity", "$40 million of incremental revenue": what the amount is, through
# one or two describing words (no list word, preposition or comparison between)
_OF_WORDS_GAP = re.compile(
    r"\s+(?:of|in)\s+(?:(?:the|our|its|total)\s+)?"
    r"(?:(?!(?:and|or|of|in|to|for|from|with|by|at|on|as|per|versus|vs|compared|than|which|that|when|while|if"
    r"|after|before|because|since)\b)[a-z-]+\s+){1,2}"
)
_VIA_GAP = re.compile(r"\s+(?:through|via|in\s+the\s+form\s+of)\s+(?:the\s+|our\s+|its\s+)?")
_COUPON_GAP = re.compile(
    r"\s+(?:of|in)\s+(?:our\s+|its\s+|the\s+)?(?:existing\s+|outstanding\s+|new\s+)?\d+(?:\.\d+)?%\s+"
    r"(?:[a-z-]+\s+){0,2}"
)
# (also the gap in a guidance list, `_owned_by_next`: "depreciation and amortization to approximate")
_TO_GAP = re.compile(r"\s+to\s+(?:the\s+|our\s+)?")
_IMPACT = re.compile(r"headwind|tailwind|impact")
_WIND = re.compile(r"\b(?:head|tail)winds?\b")
# points of change whose sentence names a growth or a head/tailwind are part of that growth, not a margin's
_GROWTH_OR_WIND = re.compile(r"\bgr[eo]w|\b(?:head|tail)winds?\b")
# a move "from X% ... to Y%" (_from_to_level): the words it needs around the number; what makes it a growth
_QUALIFIER = (
    r"(?:about\s+|approximately\s+|roughly\s+|around\s+|nearly\s+|almost\s+|over\s+|just\s+"
    r"|an?\s+average\s+of\s+)?"
)
_FROM_END = re.compile(r"\bfrom\s+" + _QUALIFIER + r"$")
_TO_LEVEL_AFTER = re.compile(r"[^.;%]{0,50}?\bto\s+" + _QUALIFIER + r"\d[\d.,]*\s*%")
_FROM_BEFORE_TO = re.compile(
    r"\bfrom\s+" + _QUALIFIER + r"\d[\d.,]*\s*%[^.;%]{0,50}?\bto\s+" + _QUALIFIER + r"$"
)
_TO_BEFORE_FROM = re.compile(
    r"\bto\s+" + _QUALIFIER + r"\d[\d.,]*\s*%[^.;%]{0,50}?\bfrom\s+" + _QUALIFIER + r"$"
)
_GROWTH_NAMED = re.compile(r"\bgr[eo]w|\bcagr\b|\bcompound|winds?\b|\bdeclines\b")
_LEVEL_MOVE = re.compile(
    r"\b(?:increas|decreas|rose|rise|rising|fell|fall|improv|declin|reduc|step|expand|move|moving|went|lower"
    r"|rais|climb|jump|drop|shift|cut|up\b|down\b)"
)
_COST_OR_RATE = re.compile(r"\b(?:costs?|rates?|ratios?)\b")  # a measure of its own the points may move
# the generic growth words that name no growth of their own ("an increase of 130 basis points")
_CHANGE_WORDS = frozenset({"increase", "increased", "year-over-year", "yoy"})
# rates whose points of change a next sentence may state alone (_points_of_previous_rate)
_PREVIOUS_RATE_KEYS = frozenset({"tax_rate", "expenses", "utilization"})
_RATE_CARRY_LEADS = (
    "this ", "that ", "an improvement", "an increase", "a decrease", "a decline", "a reduction"
)  # fmt: skip
_MARGIN_KEYS = frozenset({"gross_margin", "operating_margin", "ebitda_margin", "ebita_margin"})
# "grew 8% to $5 million", "raised the dividend by 9% this quarter to $1.20": the new level of what changed
_CONTINUED = re.compile(r"\s+(?:(?!compared\b|relative\b|versus\b|as\b)[a-z-]+\s+){0,3}to\s+")
# a phrase after these is what a share is taken of, not what a later number measures
_SHARE_OBJECT = re.compile(
    r"(?:percentage|percent|%|share|proportion|portion)\s+of\s+(?:the\s+|our\s+|total\s+)*$"
)
# "gross profit margin on home sales revenue was 25.9%": the revenue a margin is taken on, not its measure
_MARGIN_ON = re.compile(r"\bmargins?\s+on\s+(?:the\s+|our\s+|its\s+)?(?:[a-z-]+\s+){0,2}$")
_RESTATED = re.compile(r",?\s+or\s+" + ABOUT)  # "$6 million or $0.09"
_OF_BEFORE = re.compile(r"(?:%|percent|of|for)\s+(?:the\s+|our\s+|its\s+|total\s+)*$")
# "utilization ran 2.5% below baseline": a deviation from a reference level, no metric of its own
_DEVIATION = re.compile(
    r"\s+(?:below|above|under|over|lower than|higher than)\s+(?:the\s+|our\s+)?(?:[a-z-]+\s+)?"
    r"(?:baselines?|normal|normalized levels?)\b"
)
_COMPARED = re.compile(r"\b(?:versus|vs\.?|compared (?:to|with)|than|against|offset)\b")
# "20% of our Medicare Advantage members": a share of a population counted by a metric, no key of its own
_OF_POPULATION = re.compile(
    r"\s+of\s+(?:the\s+|our\s+|its\s+|their\s+|all\s+|total\s+)?(?:[a-z.&'-]+\s+){0,3}"
)
# an earnings-per-share bridge: "operational performance contributed about $0.14 of growth"
_EPS_NEAR = re.compile(r"\beps\b|\bearnings per\b|\bper diluted share\b")
_EPS_REACH = 700  # characters back to the EPS named before a bridge of dollars-and-cents amounts
# "Pension costs contributed $0.17 of growth": a step of the EPS bridge, whatever drove it
_BRIDGE_AFTER = re.compile(
    r"\s+(?:of\s+(?:the\s+)?(?:growth|increase|decrease|improvement|benefit|headwind|dilution|accretion)"
    r"|(?:headwind|tailwind|benefit|drag|improvement)\b)"
)
_LEAD_GAP = re.compile(
    r"\s*(?:of|to|at|was|were|is|are|totaled|totaling|reached)?\s*(?:about\s+|approximately\s+)?"
)
# README (decided 2026-12-03, seventh session): an amount per share that is an effect, a step or a
# variance of EPS has no metric; only a level of EPS is `eps`. What follows the amount says so:
# "a $1.73 per diluted share benefit", "a $0.13 drag", "$0.12 to earnings per share", "about $0.15 of the
# increase", "$0.33 of acquisition accounting adjustments", "a reduction of $1 in adjusted EPS", "up about
# $0.22 from the midpoint of our prior outlook", "up by about $2 since our initial guidance"
_EPS_STEP_AFTER = re.compile(
    r"(?:\s+per\s+(?:diluted\s+)?share)?\s+(?:"
    r"(?:earnings\s+|eps\s+)?(?:benefit|headwind|tailwind|drag|hit|goodness|impact)\b"
    # not "a $4.57 improvement year over year": the change of EPS itself
    r"|improvement\b(?!\s+(?:year|from|versus|vs|over|compared))"
    r"|of\s+(?:the\s+)?(?:growth|increase|decrease|improvement|benefit|headwind|tailwind|lower|higher"
    r"|acquisition|favorab|unfavorab)"
    r"|(?:to|from)\s+(?:our\s+)?(?:adjusted\s+|gaap\s+|diluted\s+|reported\s+)*(?:eps|earnings)\b"
    r"|from\s+the\s+midpoint\b|(?:from|since)\s+(?:our\s+)?(?:prior|previous|initial|original)\b)"
)
# ... or what comes right before it: "an impact to fourth quarter earnings per share of $0.07", "a headwind
# next year of more than $2", "a positive variance of $0.11", "a favorable adjustment to our deferred taxes
# of $0.09", "a special item benefit of $35 million or $0.10 per share", "benefited Q3 results by $0.04 per
# share", "raising our EPS guidance by $0.60", "lower corporate unallocated added another $0.55" (a beat,
# "exceeding the high end of guidance by $0.02", and a change of EPS itself, "EPS is up $0.64", stay `eps`)
_EPS_STEP_BEFORE = re.compile(
    r"(?:\b(?:impact|headwind|tailwind|benefit|drag|variance|adjustment)"
    # not "a positive impact to get us to our guidance range of $3.80 to $4": the level aimed at
    r"(?:\s+(?:to|on|in)\s+(?:(?!guidance|outlook)[^$;]){0,60}?|(?:\s+[a-z-]+){0,2})"
    r"\s+of\s+(?:" + ABOUT + r"\$[\d.,]+\s+(?:million|billion)\s+or\s+)?"
    r"|\bamortization\s+of\s+" + ABOUT + r"\$[\d.,]+\s+(?:million|billion)\s+or\s+"
    r"|\b(?:impact|benefit|hurt|reduc|boost|weigh|help|lift)[a-z]*\s+[^$;]{0,50}?\bby\s+"
    r"|\b(?:rais|increas|lower|reduc|cut)[a-z]*\s+[^$;]{0,50}?\b(?:guidance|guide|outlook)\s+by\s+"
    r"|\badded\s+(?:another\s+|an\s+additional\s+)?)"
    r"(?:about|approximately|roughly|around|nearly|almost|more\s+than|over|just\s+over|a)?\s*$"
)
_EPS_STEP_REACH = 100  # characters back from a per-share amount to the effect that names it
# a % of a past year's measure ("88% of 2019 revenues restored", "about 88% of 2019 net sales revenue",
# "85% of 2019 capacity", "90% of pre-COVID sales"): a level against a pre-pandemic base, as "70% of 2019
# levels" (README: no metric); a year no more than one before the call's is the measure a part is a share of
# ("our utility customers account for more than 70% of our 2020 revenues", said early in 2021)
_OF_PAST_MEASURE = re.compile(
    r"\s+of\s+(?:the\s+|our\s+|its\s+)?(?:(20[12]\d)|pre-?pandemic|pre-?covid(?:-19)?)\s+(?:[a-z-]+\s+){0,2}?"
    r"(?:revenues?|sales|volumes?|capacity|traffic|demand)\b"
)
# growth told against the market's ("grow 300 to 400 basis points faster than the market", "about 475 basis
# points over the market", "our estimated outgrowth of approximately 100 basis points"): how far the company
# outgrew others, no growth of its own (as "twice the market growth rate", _TIMES_THE_MARKET)
_OVER_THE_MARKET = re.compile(
    r"\s+(?:of\s+)?(?:growth\s+)?(?:faster|higher|better|ahead|above|over|greater)\s+(?:than\s+|of\s+)?"
    r"(?:that\s+of\s+)?(?:the\s+|our\s+)?(?:underlying\s+|overall\s+|broader\s+|end\s+)?"
    r"(?:markets?|industry|peers)\b"
)
_OUTGROWTH_OF = re.compile(
    r"\b(?:outgrowth|outperformance)\s+of\s+(?:about\s+|approximately\s+|roughly\s+|around\s+)?$"
    r"|\boutgr[eo]w\w*\s+(?:the\s+|our\s+)?(?:markets?|industry|peers)\s+by\s+(?:about\s+|approximately\s+)?$"
)
# a % stated as the level of a ratio named right before it ("Japan's total benefit ratio came in at 66.9%",
# "an operating ratio that was a record low 58.3%", "The underlying combined ratio of 84.2%"): a level of a
# ratio with no key (README: insurance and railroad ratios have none), not a growth
_RATIO_LEVEL_BEFORE = re.compile(
    r"\bratios?(?:\s+(?:was|is|were|of|at|came\s+in\s+at|that\s+was|ended\s+at|stood\s+at))?"
    r"(?:\s+(?:an?|the))?(?:\s+record(?:\s+low|\s+high)?)?\s+" + ABOUT + r"$"
)
# a part of the company telling its results per share: its share of EPS, not EPS ("Results for the Regulated
# Business segment were $1.18 per share", "our market-based business results decreased $0.05 per share",
# "The parent results decreased $0.02 per share", "midstream operation results were $0.16 per share")
_PART_RESULTS = re.compile(
    r"\b(?:segments?|business(?:es)?|parent|operations?|utility|utilities|midstream|subsidiar(?:y|ies))"
    r"\s+(?:[a-z-]+\s+){0,2}?results\b"
    r"|\bresults\s+(?:for|of|from)\s+(?:the\s+|our\s+)?(?:[a-z&-]+\s+){0,4}?"
    r"(?:segments?|business(?:es)?|operations)\b"
)
_EPS_OR_EARNINGS = re.compile(r"\b(?:eps|earnings)\b")
# README (decided 2026-12-03, seventh session): an amount per share that is a part of an EPS change has no
# metric. A contribution says so before it ("synergies and operations contributed $0.39", "lower share count
# contributed another $0.20", "pension and tax accounted for the remaining $0.08") or names its source after
# it ("$0.55 from improvement in operations", "$0.49 from supply chain delays", "about $0.15 of net dilution
# from divestitures"); not "EPS from continuing operations", a level
_EPS_PART_BEFORE = re.compile(
    r"\b(?:contribut[a-z]*|accounted\s+for)\s+(?:the\s+remaining\s+|another\s+|an\s+additional\s+)?"
    r"(?:about\s+|approximately\s+|roughly\s+|around\s+|nearly\s+)?$"
)
_EPS_PART_AFTER = re.compile(
    r"(?:\s+per\s+(?:diluted\s+)?share)?\s+(?:of\s+(?:net\s+)?(?:dilution|accretion)\b|from\s+(?:the\s+)?"
    r"(?:improve|higher|lower|increased|decreased|reduced|supply|divest|acqui|fx\b|currency|foreign|weather"
    r"|pension|tax|share\s+(?:count|repurchase|buyback))"
    # an effect named with its direction: "an estimated $0.03 per share favorable impact from weather", "the
    # estimated $0.03 per share favorable weather benefit"
    r"|(?:favorable|unfavorable|positive|negative|adverse)\s+(?:[a-z-]+\s+)?"
    r"(?:impact|benefit|effect|headwind|tailwind|drag|hit)\b)"
)
# README (decided 2026-12-03, seventh session): an effect on earnings in dollars is no level of them. The
# amount is what an effect verb moved an earnings measure by, the measure its object ("impacted Latin
# America's adjusted earnings by approximately $150 million", "This reduced Group Benefits adjusted earnings
# by $280 million", "increased earnings per share in Q2 2021 by $0.14 per share") or its passive subject
# ("Q4 operating income to be negatively impacted by approximately $75 million"); or it is a change named as
# going to the measure ("a net increase of $31 million to net income"). Revenue and EBITDA bridge steps keep
# their metric (README, third session), so only earnings measures are read so.
_EARNINGS_EFFECT_KEYS = frozenset({"eps", "net_income", "operating_income"})
_EFFECT_VERB = re.compile(
    r"\b(?:impact|affect|hurt|benefit|boost|weigh|lift|help|reduc|lower|increas|decreas|depress|pressur)"
    r"[a-z]*\b"
)
# a change verb moves a measure as an effect only when its subject names a cause ("This reduced", "The net
# impact ... increased"); "supply chain solutions increased operating profit by $649 million" is a business
# telling its own measure's change
_CHANGE_VERB_STEM = ("reduc", "lower", "increas", "decreas")
_CAUSE_SUBJECT = re.compile(
    r"\b(?:this|that|which|these|those|impacts?|effects?|gains?|loss(?:es)?|charges?|items?|costs?|claims"
    r"|weather|currency|fx|adjustments?)\b"
)
_EFFECT_PASSIVE = re.compile(
    r"\b(?:be|been|being|was|were|is|are)\s+(?:(?:negatively|positively|adversely|favorably|unfavorably"
    r"|significantly|materially)\s+)?(?:impacted|affected|hurt|benefited|benefitted|helped|boosted)\s+$"
)
_EFFECT_BY = re.compile(
    r"\bby\s+(?:about\s+|approximately\s+|roughly\s+|around\s+|nearly\s+|almost\s+|an?\s+)?$"
)
_CHANGE_TO_EARNINGS = re.compile(
    r"(?:\s+(?:per\s+(?:diluted\s+)?share|after[- ]tax|pre-?tax))?\s+(?:to|on)\s+(?:our\s+)?"
    r"(?:(?:adjusted|gaap|reported|diluted|consolidated)\s+)*(?:net\s+income|operating\s+income|net\s+earnings)\b"
)
_CHANGE_NOUN_BEFORE = re.compile(
    r"\b(?:increase|decrease|reduction|benefit|impact|headwind|tailwind|drag|contribution)\s+of\s+"
    r"(?:about\s+|approximately\s+|roughly\s+|around\s+|nearly\s+)?$"
)
# README (decided 2026-12-03, seventh session): a one-time charge in dollars has no metric. The amount is
# named as the charge: "a pre-tax charge of $247 million", "charges totaling $107 million", "a $38 million
# noncash charge" (not "charge-offs", a bank's losses on loans)
_CHARGE_BEFORE = re.compile(
    r"\bcharges?\s+(?:of|totaling|totalling|totaled|amounting\s+to)\s+"
    r"(?:about\s+|approximately\s+|roughly\s+|nearly\s+|an?\s+)?$"
)
_CHARGE_AFTER = re.compile(
    r"(?:\s+or\s+\$[\d.]+\s+(?:per|a)\s+share)?(?:\s+[a-z-]+){0,3}?\s+charges?\b(?![-\s]offs?)"
)
_CHARGE_REACH = 40
# "this reduction of approximately $1 in adjusted earnings per share": a change of EPS named around the
# amount ("a $1.47 in earnings per share" alone is a level)
_EPS_CHANGE_OF = re.compile(
    r"\b(?:reduction|increase|decrease|improvement|decline)\s+of\s+(?:about\s+|approximately\s+)?$"
)
# README (decided in the eighth session): a change of EPS itself in dollars is a variance of EPS, no level of
# it: "an increase of $0.22", "up 13% or $0.37 to $3.21", "EPS is up $0.64", "grew by $0.40" before the
# amount, or "$0.01 higher than the prior year", "that $0.13 increase in our diluted EPS" after it. Not a
# level a change reaches or starts from ("increased to $3.21", "up from $2.99")
_EPS_CHANGE_BEFORE = re.compile(
    # the change noun takes its article ("an increase of", "an earnings per share decrease of"): not a name
    # ending in one of them ("EPS, excluding Canopy Growth of $3.16")
    r"\b(?:(?:an?|the|its|this|that)\s+(?:[a-z-]+\s+){0,4}?"
    r"(?:increase|decrease|improvement|decline|rise|reduction|growth)\s+of"
    r"|(?:up|down|increas\w*|decreas\w*|grew|grown|rose|risen|improv\w*|declin\w*|fell|higher|lower)"
    r"(?:\s+by)?(?:\s+(?:about|approximately|roughly|around|nearly|almost|over|more\s+than|[\d.]+\s*%\s+or))*)"
    r"\s+(?:about\s+|approximately\s+|roughly\s+|around\s+|nearly\s+|almost\s+|over\s+|a\s+)?$"
)
_EPS_CHANGE_AFTER = re.compile(
    r"(?:\s+per\s+(?:diluted\s+)?share)?(?:\s+or\s+[\d.]+\s*%)?\s+(?:"
    r"(?:increase|decrease|improvement|decline|rise|reduction|growth)\b(?!\s+(?:to|from)\b)"
    # not "$1.87 more than doubled": the level, then how it moved
    r"|(?:higher|lower|more|less|above|below|better|worse)\s+(?:than|versus|vs\b|compared|over|from)"
    r"(?!\s+(?:doubl|tripl|quadrupl|offset))"
    r"|year[- ]over[- ]year|versus\s+(?:the\s+)?(?:prior|last|a)\s+year"
    r"|over\s+(?:the\s+)?(?:prior|last)\s+year)"
)
_IN_EPS_AFTER = re.compile(r"\s+in\s+(?:adjusted\s+|gaap\s+|diluted\s+)*(?:eps|earnings\s+per)\b")
# "a $60 million insurance settlement": an amount used as an adjective measures the noun after it
_ADJECTIVE_BEFORE = re.compile(r"\b(?:a|an)\s+$")
_ADJECTIVE_AFTER = re.compile(r"(?:\s+[a-z][a-z0-9-]*){1,4}")
_PHRASE_STOP = frozenset(
    {"of", "in", "to", "for", "from", "at", "on", "with", "under", "or", "and", "that", "which", "was",
     "were", "is", "are", "we", "our", "the", "as", "by", "per", "a", "an", "this", "last", "year", "quarter"}
)  # fmt: skip
# the noun an adjectival amount measures when it is a change or effect of what is named before it
_CHANGE_NOUNS = frozenset(
    {"increase", "decrease", "decline", "improvement", "reduction", "benefit", "headwind", "tailwind",
     "impact", "drag", "contribution", "gain", "swing", "shortfall", "sequential", "rise", "drop", "step",
     "uplift", "boost", "hit", "favorable", "unfavorable", "negative", "positive", "adverse", "net", "total",
     "range", "run", "annual", "annualized", "billion-plus", "million-plus", "company", "business", "brand"}
)  # fmt: skip
# "five units in various stages of production": production has no key
_IN_PRODUCTION = re.compile(  # "homes currently under construction" too
    r"\s+(?:(?:currently|now|still)\s+)?(?:in|under)\s+(?:various\s+stages\s+of\s+)?(?:production|construction|development)\b"
)
_CENTS = re.compile(r"\d\.\d\d\b")
# an annual growth rate named around its %: "a 42% annual growth rate", "an annual growth rate of 38%"
_ANNUAL_RATE_AFTER = re.compile(r"\s+(?:average\s+)?annual(?:ized)?\s+(?:[a-z]+\s+)?growth(?:\s+rate)?\b")
_ANNUAL_RATE_BEFORE = re.compile(
    r"\b(?:average\s+)?annual(?:ized)?\s+(?:[a-z]+\s+)?growth(?:\s+rate)?\s+(?:of|was|is|at)\s+"
    r"(?:about\s+|approximately\s+|roughly\s+|nearly\s+|over\s+|more\s+than\s+|almost\s+)?$"
)
# ... told over a span of years right after it: "over the last three years", "over a 2-year period", "through
# 2025", "between 2020 and 2023", "from 2021 to 2024"
_OVER_YEARS = re.compile(
    r"(?:\s+[a-z]+){0,4}?\s+(?:over\s+(?:the\s+)?(?:last|past|next|prior|coming)\s+(?:[a-z0-9-]+\s+)?years"
    r"|over\s+an?\s+(?:[a-z0-9]+)[- ]year\s+period|through\s+20\d\d|between\s+20\d\d\s+and\s+20\d\d"
    r"|from\s+20\d\d\s+(?:to|through)\s+20\d\d|for\s+20\d\d\s+(?:to|through)\s+20\d\d)\b"
)
# "cost per hectoliter increased", "COGS per ton were down": a cost per unit as the subject of a change
_UNIT_COST_SUBJECT = re.compile(r"\b(?:costs?|cogs)\s+per\s+(?!(?:[a-z-]+\s+){0,2}shares?\b)[a-z]")
# "net sales per hectoliter increased", "revenue per requisition declined", "revenue per shipment": what is
# earned per unit of goods or service sold (a unit, a piece shipped, an order, a unit of measure); not per
# person, connection or visit (a spend per customer, ARPU's kin), per week, hour or available room (a yield)
_UNIT_REVENUE = re.compile(
    r"\b(?:net\s+)?(?:revenues?|sales)\s+per\s+(?:unit|piece|package|parcel|shipment|order|requisition|test|"
    r"contract|transaction|case|carload|container|load|hectolit(?:er|re)|lit(?:er|re)|gallon|barrel|b(?:oe|bl)|"
    r"ton|tonne|pound|kilogram|ounce)s?\b"
)
# "drove a 7% improvement in revenue per unit", "an 11% increase in net sales per hectoliter": the change
# named right after the number
_CHANGE_IN_UNIT_REVENUE = re.compile(
    r"\s+(?:increase|improvement|decrease|decline|rise|gain|growth|reduction|drop)\s+in\s+(?:(?:the|our)\s+)?"
    r"(?:[a-z-]+\s+){0,2}?(?=(?:net\s+)?(?:revenues?|sales)\s+per\s)"
)
# a % told as the gap to a past level: "25% more than last year", "30% ahead of 2020", "6.4% above
# pre-COVID levels", "11.5% less than prior year"; or after it: "exceeded pre-pandemic levels by 4%",
# "remained below 2019 levels by 25%"
_GAP_TO_PAST_AFTER = re.compile(
    r"\s+(?:more|higher|lower|less|greater|fewer|above|below|ahead\s+of|behind)\s+(?:than\s+)?(?:that\s+of\s+)?"
    r"(?:in\s+)?(?:the\s+|a\s+|our\s+|its\s+|last\s+year's\s+)?(?:year[- ]ago|prior[- ]year|previous[- ]year|"
    r"last\s+year|same\s+(?:period|quarter)|20[12]\d|pre-?pandemic|pre-?covid|a\s+year\s+ago)\b"
)
_GAP_TO_PAST_BEFORE = re.compile(
    r"\b(?:20[12]\d|pre-?pandemic|pre-?covid|year-ago|prior[- ]year|last\s+year's)\s+levels?\s+by\s+$"
)
_CHANGE_WORD = re.compile(r"\b(?:increase|decrease|decline|rise|rose|grew|improve|drop|fell)")
# a per-share amount told as a change: "were up $0.09 per share", "were higher by $0.01 per share", "$0.92 per
# share above the second quarter of 2020"
_CHANGE_BEFORE_AMOUNT = re.compile(
    r"\b(?:up|down|(?:higher|lower|better|worse|increased|decreased|improved|declined)\s+by)\s+"
    r"(?:about\s+|approximately\s+|roughly\s+|nearly\s+|a\s+)?$"
)
_CHANGE_AFTER_AMOUNT = re.compile(r"(?:\s+(?:per|a)\s+(?:diluted\s+)?share)?\s+(?:above|below)\b")
_EARNINGS_WORDS = re.compile(r"\b(?:eps|earnings|income|profits?|results|loss)\b")
_CLAUSE_FILLERS = frozenset(
    {"which", "that", "it", "they", "this", "these", "was", "were", "is", "are", "been", "has", "have", "had",
     "also", "together", "the", "our", "a", "an", "of", "in", "and", "or", "then", "so", "still", "each"}
)  # fmt: skip
# "cash costs of $1.42 per pound", "$2.10 a gallon": an amount per unit of something other than a share
_PER_OTHER_UNIT = re.compile(r"\s+(?:per|a|an)\s+(?!(?:[a-z-]+\s+){0,2}shares?\b)[a-z]")
_LOSS_PER_SHARE = re.compile(r"\s+(?:net\s+)?loss\s+per\s+(?:diluted\s+|basic\s+)?(?:common\s+)?share\b")
# "EBITDA was $162 million or 19.9%": a profit amount restated as its margin
_PROFIT_MARGIN = {"ebitda": "ebitda_margin", "ebita": "ebita_margin", "operating_income": "operating_margin",
                  "gross_profit": "gross_margin"}  # fmt: skip
_OF_SALES_OR_END = re.compile(
    r"\s*(?:[.;,]|$|\s(?:of|to)\s+(?:our\s+|total\s+|net\s+)*(?:revenues?|sales)\b"
    r"|\s(?:in|for)\s+the\s+(?:quarter|year)\b|\s(?:compared|versus|vs\.?)\b"
    # "compared to $549 million or 14.3% a year ago": the base's margin, dated after it
    r"|\s(?:a\s+year\s+ago|last\s+year|(?:in\s+)?the\s+(?:prior|previous|same)\s+(?:year|period|quarter)\b))"
)
# "EBITDA of 23.1%", "operating profit was 22.8%", "operating income for the quarter was 16%": a level verb
_PROFIT_LEVEL = re.compile(
    r"(?:\s+(?:for|in)\s+the\s+(?:quarter|year|period))?\s+(?:of|was|were|at|came\s+in\s+at|reached"
    # a forecast level: "EBITDA is still expected to be in the range of 15.5% to 16%", "EBITDA to be 17%"
    r"|((?:(?:is|are|will)\s+)?(?:(?:still|now|also)\s+)?"
    r"(?:(?:expected|projected|forecast(?:ed)?|estimated|anticipated)\s+)?(?:to\s+)?be"
    r"(?:\s+in\s+the\s+range\s+of|\s+between|\s+around)?))"
    r"(?:\s+(?:a|an|about|approximately|around|roughly|nearly|almost|over|a\s+record|record))*\s+"
)
# "EBITDA increased from 10.5% to 16.1% of sales", "EBITDA increased as a percent of sales from 10% to
# 10.5%", "operating income improved from 12.3% of sales to 15.1%": a profit moving between two % levels
# moves as its margin, both ends (README: EBITDA as % of sales `ebitda_margin`). The profit's verb, before
# the first number; the second number follows "to" after the first (with its "of sales")
_PROFIT_MOVED_FROM = re.compile(
    r"\s+(?:(?:has|have|had)\s+)?(?:increased|decreased|improved|expanded|declined|rose|fell|grew|went|moved"
    r"|contracted|was\s+up|was\s+down)"
    r"(?:\s+as\s+a\s+(?:percent|percentage|%)\s+of\s+(?:net\s+|total\s+)?(?:sales|revenues?))?\s+from\s+"
    + ABOUT
    + r"$"
)
_FROM_PCT_TO = re.compile(r"(?:\s+of\s+(?:net\s+|total\s+)?(?:sales|revenues?))?\s+to\s+" + ABOUT + r"$")
# between the profit phrase and its verb: nothing, or the period ("EBITDA for the quarter increased from")
_PROFIT_GAP = re.compile(r"(?:\s+(?:for|in)\s+the\s+(?:quarter|year|period))?")
# between a margin's points and the level they reached: "... 200 basis points year-over-year to approximately"
_POINTS_THEN_LEVEL = re.compile(
    r"\s+(?:(?:year[- ]over[- ]year|sequentially|versus\s+(?:the\s+)?(?:prior|last)\s+year)\s+)?to\s+"
    r"(?:about\s+|approximately\s+|roughly\s+|around\s+|nearly\s+|almost\s+)?"
)
_NOT_LEVEL_AFTER = re.compile(
    r"\s+(?:of|to|over|versus|vs|growth|increases?|decreases?|improvement|higher|lower|more|less|above|below"
    r"|ahead|behind|declines?|rise|gains?|better|worse|up|down|year-over-year|yoy|points?|basis)\b"
)
_AS_PCT_OF_SALES = re.compile(
    r"as\s+a\s+(?:percentage|percent|%)\s+of\s+(?:total\s+|net\s+)?(?:sales|revenues?)\s*,?"
)
_OF_LEVEL = re.compile(
    r"\s+(?:of|was|were|is|are|at|stood\s+at|came\s+in\s+at)\s+(?:about\s+|approximately\s+)?"
)  # "the combined ratio of 84.2%", "net charge-offs were 2.1%"
_THEN_MOVE = re.compile(r",\s+(?:(?:which\s+was|an?)\s+)?" + _MOVE + r"\b")
# "revenues, excluding marketing fees, were $142 million": what an "excluding" ("net of") phrase leaves out
_EXCLUDING = re.compile(r"\b(?:exclud(?:ing|e|es|ed)|net\s+of)\s+(?:[a-z&'/-]+\s+){0,4}$")
# the end of such a phrase: a clause mark or the verb of the sentence's subject
_EXCLUDING_END = re.compile(r"[,;:()]|\b(?:is|are|was|were|will|would|has|have|had)\b")
_EXCLUDING_REACH = 60
# a measure stated without some charges: "which exclude ...", "as adjusted for ...", "excluding ..."
_LEFT_OUT = re.compile(r"\b(?:exclud\w*|adjusted\s+for|before)\b")
_LEVEL_CHANGE_REACH = 40  # characters from the level to the change that follows it
# "increased 3 basis points to 2.53%": a change in points, then the level the rate moved to
_POINTS_TO = re.compile(
    r"\b(?:\d[\d,.]*|[a-z]+)[\s-]*(?:basis[\s-]points?|bps?|percentage[\s-]points?|points?)\s+(?:[a-z-]+\s+){0,3}?"
    r"to\s+(?:about\s+|approximately\s+|roughly\s+|nearly\s+|an?\s+(?:[a-z-]+\s+){0,3}of\s+)?$"
)
_POINTS_TO_REACH = 80
# "17% lower than PG&E's", "5% cheaper than our competitors": a gap to another organisation
_THAN = re.compile(
    r"\s+(?:lower|higher|more|less|fewer|greater|better|worse|cheaper|faster|slower)\s+than\s+"
    r"(?:those\s+of\s+|that\s+of\s+)?"
)
_THAN_OTHERS = re.compile(
    r"(?:(?:our|its|their)\s+)?(?:(?:nearest|closest|largest|main|major)\s+)?(?:competitors?|competition|peers?)\b"
    r"|the\s+(?:[a-z&.-]+\s+){0,2}?(?:national|industry|peer|market)\s+average\b"
)
# a multiple stated against an earlier period is a change: "more than double sequentially", "double last
# year's results", "tripled from a year ago" (not "doubles to $3,000", "three times faster than GDP")
_DOUBLING = re.compile(r"doubl|tripl|quadrupl|fold\b")  # not "2.5 times", often a leverage or a valuation
_MULTIPLIED = re.compile(r"\b(?:doubl|tripl|quadrupl)(?:ed|ing)\b")  # a verb: a change, not a comparison
_MULTIPLE_OF_BEFORE = re.compile(
    r"\s+(?:(?:the\s+)?(?:last|prior|previous)\s+(?:year|quarter)(?:'s|’s)?\b|sequentially\b"
    r"|(?:on\s+a\s+)?year[- ]over[- ]year\b|(?:from|over|versus|vs\.?|compared\s+(?:to|with))\s+"
    r"(?:a\s+year\s+(?:ago|earlier)|(?:the\s+)?(?:last|prior|previous|same|year-ago)\s+(?:year|quarter|period)))"
)
_DOUBLING_OR_TIMES = re.compile(r"doubl|tripl|quadrupl|fold\b|twice|times\b")
# "double the amount generated in the prior year", "that of a year ago", "what it was at the end of Q3 last
# year", "the $23 million we generated in the second quarter of 2019": a multiple of the same measure earlier
# (not of a plan: "about twice what we expected in 2020")
_MULTIPLE_OF_PAST = re.compile(
    r",?\s+(?:that\s+of|those\s+of|what\s+(?:it|they|we)\b(?!\s+(?:had\s+)?(?:expected|anticipated|planned|budgeted))"
    r"|the\b|our\b)[^,.;:]{0,60}?"
    r"(?:\b(?:the\s+)?(?:last|prior|previous|same|year-ago)\s+(?:year|quarter|period)\b|\ba\s+year\s+(?:ago|earlier)\b"
    r"|\blast\s+year\b|\b(?:in|of|from)\s+(?:(?:the\s+)?(?:first|second|third|fourth)\s+quarter\s+(?:of\s+)?)?20[0-2]\d\b)"
    r"(?!['’]s\s+(?:peak|high|record|low)\b)"  # "double the level of last year's peak": no change
)
# "a $68 million profit in fourth quarter or $0.11 per diluted share": the amount's per-share twin
_OR_PER_SHARE = re.compile(
    r"\s+(?:[a-z]+\s+){0,4}or\s+(?:a\s+)?\$\d+\.\d\d\s+(?:[a-z]+\s+)?per\s+(?:diluted\s+)?share\b"
)
_MONEY_WORDS = ("revenue", "loss", "profit", "cost", "spend", "capex", "cash", "sales", "income", "price",
                "ebit", "arr", "gmv", "subsid", "expens", "investment", "dividend", "earnings", "$")  # fmt: skip  # noqa: E501


def _company_for(doc: Document, company: CompanyProfile | None) -> CompanyProfile | None:
    if company is not None or not doc.company:
        return company
    try:
        return find_profile(doc.company)
    except UnknownCompanyError:
        return None


def default_period(calendar: FiscalCalendar, doc_date: date) -> Period:
    """The latest fiscal quarter that closed before `doc_date`: what a results document reports on."""
    fy, q = calendar.fiscal_quarter_of(doc_date)
    fy, q = shift_quarter(fy, q, -1)
    return fiscal_quarter(calendar, fy, q)


# "compares to", which cues.comparison_start does not read ("compared to" it does)
_COMPARES = re.compile(r"\bcompares\s+(?:to|with)\s")
_ASIDE = re.compile(r"\b(?:which|includ\w*|excluding)\b")
# a sentence that only states the bases of the numbers before it: "This compares to $49 million last year."
_CARRY_LEAD = re.compile(
    r"\s*(?:(?:this|that|these|it)\s+(?:compares|compared|is\s+compared)|compared)\s+(?:to|with)\s"
)


def _comparison(lowered: str, at: int) -> int | None:
    """cues.comparison_start, or where "compares to" starts in the 60 characters before offset `at`."""
    cmp = cue_words.comparison_start(lowered, at)
    if cmp is not None or "compares" not in lowered:
        return cmp
    for m in _COMPARES.finditer(lowered, max(0, at - 60), at):
        cmp = m.start()
    return cmp


# a change said just before a date's "from" ("an increase of $113 million from", "up 2% from"): the date
# is its base
_CHANGE_BEFORE_FROM = re.compile(
    r"\b(?:up|down|increase[sd]?|decrease[sd]?|declined?|gain(?:ed)?|improved|rose|fell|higher|lower|more|less)"
    r"\b(?:[^.;]|\.(?=\d)){0,50}$"
)
# "from March 1st through April 30th", "from January's 30%": a span's start, a figure of the month itself
_NOT_A_BASE_AFTER = re.compile(r"\s*(?:['’]s\b|(?:through|thru|to|until|-|–)\s)")


def _to_date_subject(lowered: str, pm: PeriodMatch, cmp: int, reported: Period) -> bool:
    """Whether a comparison word found before the year so far (still running at the end of the quarter
    reported on: "year-to-date", "the first nine months") is not its own, words standing between them
    ("Sales increased 17% versus Q2 and year-to-date results are up over 20%", "trending well ahead of recent
    years with year-to-date starts up 23%"): for a number after it, the span is no base (the span reported
    on is never one) but its period. A comparison word right before it ("in line with year-to-date") still
    makes it one."""
    p = pm.period
    if p.kind is not PeriodKind.SPAN or p.end < reported.end or p.start > reported.start:
        return False
    if not any(map(pm.text.lower().__contains__, TO_DATE_WORDS)):
        return False  # "from 2008 through second quarter 2020", "the prior two quarters": no year so far
    word = _COMPARE_WORD.match(lowered, cmp)
    if word is None:
        return False
    if word.group(0) == "from":
        # "to improve from reported year-to-date levels": the base after all; not "up 0.8 points from Q3
        # last year, while for the first nine months", "dropped from 35% to 34% and year-to-date"
        between = lowered[word.end() : pm.start]
        return "," in between or any(c.isdigit() for c in between)
    return _TO_DATE_RIGHT_AFTER.fullmatch(lowered, word.end(), pm.start) is None


def _from_date(lowered: str, pm: PeriodMatch) -> int | None:
    """Where a date phrase that opens with its own "from" starts, when it is the base of a change said just
    before it ("declined by $26 million from December 31, 2020", "up 2% from December"): find_periods reads
    the date with its preposition, so the words before it show no comparison. Not a span's start ("from
    March 1st through April 30th"), not "data from January"."""
    if (
        pm.period.kind in (PeriodKind.INSTANT, PeriodKind.MONTH)
        and lowered.startswith("from ", pm.start)
        and _NOT_A_BASE_AFTER.match(lowered, pm.end) is None
        and _CHANGE_BEFORE_FROM.search(lowered, max(0, pm.start - 60), pm.start) is not None
    ):
        return pm.start
    return None


_NEVER = 1  # _pm_skips: a period phrase no number of the sentence takes
_NOT_AFTER = 2  # ... that no number before it takes


def _every_quarter(text: str, span: tuple[int, int]) -> bool:
    """Whether each "quarter" of a sentence is "every (each) quarter" ("International revenue increased every
    quarter in 2021", "we grew each quarter of the year"): a look at the whole year, quarter by quarter, not
    a turn back to the quarter reported on (`_Extractor._section_mark`)."""
    low = text[span[0] : span[1]].lower()
    return low.count("quarter") == len(_EVERY_QUARTER.findall(low))


def _years_back(p: Period, reported: Period, year_start: date) -> bool:
    """Whether a period looks back over whole years up to the quarter reported on ("over the past five years
    we have returned $10 billion"): it is passed over by `_Extractor._section_mark` (the year reported on
    goes on after it), as a comparison base is."""
    # (at least two fiscal years: "over the past year", the four quarters, still ends the search)
    return (
        p.kind is PeriodKind.SPAN
        and p.end == reported.end
        and p.start <= year_start.replace(year=year_start.year - 1)
    )


def _since(low: str, pm: PeriodMatch) -> bool:
    """Whether a period phrase is what has happened "since" a time ("debt has declined $225 million since
    year-end 2020"): a look back at one change, passed over by `_Extractor._section_mark` as a comparison
    base is (it opens no look at the year)."""
    return low.startswith("since", pm.start) or "since" in low[max(0, pm.start - 30) : pm.start]


def _names_next_noun(low: str, pm: PeriodMatch) -> bool:
    """Whether a period phrase is a hyphenated adjective of the noun after it ("grew 65% to $471 million with
    first-half cash generation of $843 million", "third-quarter margins of 20%"): it dates what follows it,
    not a number before it."""
    return (
        "-" in pm.text
        and _HYPHEN_PERIOD.fullmatch(low, pm.start, pm.end) is not None
        and (_NOUN_AFTER.match(low, pm.end) is not None)
    )


def _pm_skips(s: _Sentence) -> list[int]:
    """Per period phrase of `s`, what its own words rule out, the same for every number of the sentence
    (read once per sentence, not once per number and phrase): _NEVER, _NOT_AFTER or 0."""
    low = s.lowered
    out: list[int] = []
    # the words each pattern needs (a sentence without them cannot match it)
    row = "row" in low
    premise = "based on" in low or "incorporating" in low or "reflecting" in low
    notes = "note" in low or "bond" in low or "debenture" in low or "maturit" in low
    development = "development" in low
    maturity = "due" in low or "matur" in low or "expir" in low
    levels = "level" in low
    same = "same as" in low or "similar to" in low or "equal to" in low
    for pm in s.periods:
        if (
            (row and _IN_A_ROW.match(low, pm.end) is not None)  # "Q1 was their third quarter in a row with"
            # "redeemed the remaining $400 million of our 2025 unsecured notes": the notes' name
            or (notes and _NAMES_NOTES.match(low, pm.end) is not None)
            # "5 points of net prior year reserve development": an insurer's measure, no period
            or (
                development
                and _NAMES_DEVELOPMENT.match(low, pm.end) is not None
                and _PRIOR_YEAR_WORDS.search(pm.text) is not None
            )
            # "$350 million of senior notes due 2061": the notes' maturity names them
            or (maturity and _MATURITY.search(low, max(0, pm.start - 12), pm.start) is not None)
            # "9.2%, its highest level since 2013, and 4 points higher": a yardstick
            or (
                (low.startswith("since", pm.start) or low.endswith("since ", 0, pm.start))
                and _SINCE_RECORD.search(low, max(0, pm.start - 60), pm.start) is not None
            )
            # "versus the 9% to 11% in our February guidance": when the plan was given, not its period
            or (pm.period.kind is PeriodKind.MONTH and _PLAN_GIVEN.match(low, pm.end) is not None)
            # "Based on our second quarter performance, we now anticipate ...": the premise of a forecast
            or (
                premise
                and _PREMISE_RESULTS.match(low, pm.end) is not None
                and _PREMISE_BEFORE.search(low, max(0, pm.start - 20), pm.start) is not None
            )
        ):
            out.append(_NEVER)
        elif (
            # "achieving over 100% of its full year targets": the target's period, a yardstick
            (
                _OF_THEIR.search(low, max(0, pm.start - 12), pm.start) is not None
                and _PLAN_NOUN.match(low, pm.end) is not None
            )
            # "up 17% over 2019 levels", "84%, the same as 2020's first quarter": a yardstick
            or (levels and _LEVELS.match(low, pm.end) is not None)
            or (same and _SAME_AS.search(low, max(0, pm.start - 20), pm.start) is not None)
            or _names_next_noun(low, pm)
        ):
            out.append(_NOT_AFTER)
        else:
            out.append(0)
    return out


# "we beat revenue by 3.8%", "lift the average sales price in our backlog by 5%", "shares outstanding have
# been reduced by 3%": what stands between a measure and the "by" before a number (a qualifier of the measure,
# a verb in the passive); a change verb must govern it (_CHANGE_VERB)
_MEASURE_BY = re.compile(
    r"(?:\s+(?:in|of|for|at)\s+(?:[a-z&'-]+\s+){0,3}?[a-z&'-]+)?"
    r"(?:\s+(?:has|have|had|was|were|is|are|will|would)(?:\s+be(?:en)?)?\s+[a-z]+(?:ed|en|t))?"
    r"\s+by\s+(?:about\s+|approximately\s+|roughly\s+|nearly\s+|almost\s+|over\s+|more\s+than\s+)?"
)
# "on 25% volume improvement", "a 3% volume decline": one or two words of what changed (no article or
# preposition: "half the decline" is a share of it), then the change noun; not "gain" ("a 16% after-tax gain")
_CHANGE_NOUN_AFTER = re.compile(
    r"\s+(?:(?!(?:the|a|an|of|in|from|for|to|our|its|their|this|that)\s)[a-z][a-z-]*\s+){1,2}"
    r"(?:improvement|decline|decrease|drop|reduction|increase|growth)s?\b"
)
_RATE_CHANGE = re.compile(r"\b(?:rate|rates|price|prices|pricing)\s+\w+$")
# "reduced our GHG intensity rate 20%", "cut our debt by like 60%": a cut verb, its object (a few words, or
# a list of objects each cut by a %), then the number (_cut_by)
# not "to": "lowered our debt to total capitalization to 27%" states a level
_CUT_WORDS = r"(?:\s+(?!to\b)[a-z&'/-]+){1,8}"
_CUT_BY = re.compile(
    r"\b(?:reduc(?:e|ed|es|ing)|cut|cuts|lowered)(?:"
    + _CUT_WORDS
    + r"\s+\d[\d.]*%,?)*"
    + _CUT_WORDS
    + r"\s+$"
)
_CUT_REACH = 120
_CHANGE_VERB = re.compile(
    r"\b(?:beat|beats|exceed\w*|outpac\w*|outperform\w*|rais\w*|lift\w*|boost\w*|increas\w*|grow\w*|grew"
    r"|improv\w*|expand\w*|reduc\w*|lower\w*|cut|cuts|cutting|decreas\w*|declin\w*|trim\w*|shr[iu]nk\w*"
    r"|shrank|widen\w*|accelerat\w*|surpass\w*)\b"
)
# "revenue per consumer", "sales per store", "profit per vehicle", "EBITDA per gallon": an amount per unit of
# something is a price or a unit profit the vocabulary has no key for (its change is growth), not the flow;
# "per share" and "per diluted share" name earnings per share, and a unit cost stays `expenses`
_PER_UNIT = re.compile(r"\s+per\s+(?!(?:[a-z-]+\s+){0,2}shares?\b)[a-z]")
_PER_UNIT_FLOWS = frozenset(
    {"revenue", "operating_income", "net_income", "ebitda", "ebita", "gross_profit", "free_cash_flow",
     "operating_cash_flow", "gmv"}
)  # fmt: skip
# "spent $117 million on the repurchase of 600,000 shares": the money spent is what it was spent on
_SPENT_BEFORE = re.compile(
    r"\bspen(?:t|d|ds|ding)\s+(?:(?:about|approximately|roughly|nearly|over|almost)\s+)?$"
)
_ON_AFTER = re.compile(r"\s+on\s+(?:the\s+|our\s+)?")
# "turn DAP into a $1 billion business", "build a $500 million gasoline particulate filter business": an
# amount sizing a business is its yearly sales; "a $48.3 million decrease in business", "a $400 million
# valuation for that business", "the $28.7 billion of new business" are not sizes
_ARTICLE_BEFORE = re.compile(r"\b(?:an?|the)\s+$")
_SIZES_BUSINESS = re.compile(
    r"(?:-dollar|-plus|\+)?(?:\s+(?!(?:of|in|for|from|to|on|at|increase|decrease|impact|charge|valuation|"
    r"headwind|tailwind|benefit|reduction|investment|loss|gain)\b)[a-z&-]+){0,3}?\s+(?:business|franchise)\b(?!\s+opportunit)"
)  # "a multi-trillion dollar business opportunity" sizes a market
# "reduce installation time by up to 70%", "allowing for up to a 70% reduction in headcount per rig": a
# change bounded by "up to" is what a product or process can do, not a result of the period
_BY_UP_TO = re.compile(r"\bby\s+$")
_UP_TO_CHANGE = re.compile(
    r"\s+(?:reduction|decrease|increase|improvement|cut|drop|decline|lower|higher|faster|fewer|more)\b"
)
# "the default rate will fall below 2%", "now rising above 60%": a moving rate crossing a threshold is
# the level it reaches, not a change by that much ("grew over 20%" stays a change)
_CROSSES_LEVEL = re.compile(
    r"\b(?:fall|falls|fell|falling|drop|drops|dropped|dropping|dip|dips|dipped|dipping|rise|rises|rose"
    r"|rising|climb|climbs|climbed|climbing)\s+(?:to\s+)?(?:below|above)\s+(?:\$|usd\s*)?\d"
)
# "six of our seven segments delivered strong growth": "delivered" with an object is what the counted noun
# did, not a delivery of it ("31 aircraft delivered in the quarter" is one)
_DELIVERED_OBJECT = re.compile(
    r"delivered\s+(?!(?:in|during|for|to|at|by|on|through|since|this|last|so|as|and|or|from|per|each|over|under"
    r"|within|ahead|versus|vs|compared|year|quarter|month|period|globally|worldwide)\b)[a-z]"
)
# "revenue and earnings increased 32% and 37%, respectively": the n-th number of a list measures the n-th
# measure of the list before it
_LIST_GAP = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)")
_RESPECTIVELY_AFTER = re.compile(r"[^\d.;]{0,40}?\brespectively\b")
_RESPECTIVE_REACH = 60  # characters from the last measure of the list to its first number
_LIST_VERB_REACH = 40  # characters before the first measure of such a list: "we grew total company sales"
# "revenue and rated issuance increased": "and", up to three words naming an unkeyed measure, its change
_UNNAMED_ITEM = re.compile(
    r"\s+and\s+(?:[a-z][\w-]*\s+){1,3}?(?:(?:were|was|have|has|had)\s+)?(?:" + _MOVE + r")(?:\s+by)?\s+"
)
# "repurchased 1.3 million shares at an average cost of $16.59 per share": the price paid for a share, no EPS
_SHARE_PRICE_BEFORE = re.compile(
    r"\baverage\s+(?:[a-z]+\s+){0,2}?(?:cost|price)(?:\s+per\s+share)?(?:\s+paid)?\s+(?:of|at|was)\s+"
    r"(?:about\s+|approximately\s+|roughly\s+|nearly\s+|below\s+|under\s+|over\s+|just\s+under\s+)?$"
)
_RATE_NOUN = re.compile(r"\b(?:rate|rates|ratio|ratios)\b")  # a level in points ("cancellation rate")
_RATE_NOUN_REACH = 60
# "95% of our members ..., up from 78% for 2022": the base a level moved from, not a change
_UP_FROM = re.compile(r"\b(?:up|down|improved|increased|decreased|declined)\s+from\s+" + ABOUT + r"$")
# "the expense ratio increased to 30.4%, compared to 29.9% in 2018", "an increase from 84%": the base a
# level is compared with, stated right before the number
_COMPARED_BASE = re.compile(
    r"(?:\b(?:compared\s+(?:to|with)|versus|vs\.?)|\b(?:an?\s+)?(?:increase|decrease|improvement|decline|rise|drop)"
    r"\s+from)\s+(?:about\s+|approximately\s+|roughly\s+|nearly\s+|just\s+)?$"
)
# the base a share or other level is compared with, right before it: "79% of our orders in the quarter
# compared to 60% last quarter", "95% of our fans versus 75% in 2019", "80% of total orders, up from 72%"
_SHARE_BASE_BEFORE = re.compile(
    r"(?:\b(?:compared\s+(?:to|with)|versus|vs\.?)|\b(?:up|down|increas\w*|decreas\w*|declin\w*|improv\w*|ris\w*"
    r"|rose|fell|grew|went)\s+from)\s+" + ABOUT + r"$"
)
# the next part of a split a share begins, right before it: "55% of our sales come from industry and the
# remaining 45% from e-commerce", "60% of orders from existing customers, 40% from new ones"
_NEXT_PART_BEFORE = re.compile(
    r"(?:,\s*(?:and\s+|while\s+)?|\s(?:and|with|while)\s+)(?:the\s+(?:remaining|other|rest\s+of\s+the)\s+)?"
    + ABOUT
    + r"$"
)
_SHARE_BASE_REACH = 90  # characters from the compared % to its base: the rest of its phrase and its period
# "the delinquency rate was 1.85%, down 77 basis points": points of a rate with no key; not the points a
# currency rate adds to a growth, nor a rate change that is a price ("rate increases were lower by 3 points")
_RATE_POINTS_NOT = re.compile(
    r"\bgrow|\bexchange rate|\bcurrenc|\bfx\b|headwind|tailwind|impact|\brate (?:increases?|changes?)\b"
)
# "represented over 35% of our Pharma business", "make up less than 5% of the total user base": a share of
# something, not a change; "60% of this growth", "half of that increase", "90% of 2019 levels" refer to one
_SHARE_OF_THING = re.compile(
    r"\s+of\s+(?!(?:which|that|this|these|those|it|them)\b)(?:(?:the|our|its|their|all|total)\s+)?"
    r"((?:[a-z.&'-]+\s+){0,4}[a-z.&'-]+)(?![\w.&'-])(?!\s*[$€£¥\d])"  # not "of the $45 million cost increase"
)
_BY_BEFORE = re.compile(r"\bby\s+" + ABOUT + r"$")  # "offset by 0.3% of mix"
_CHANGE_IN_SHARE = re.compile(
    r"grow|grew|increas|declin|decreas|improv|gain|chang|expan|rise|drop|reduc|contribut|level|\d|\bbase\b"
)
# "made up 25.8% of U.S. domestic volume, up 240 basis points": points a share just stated moved by
_SHARE_THEN_POINTS = re.compile(
    r"(?:[^\d.;:]|(?<![a-z]{2})\.){0,60}"  # a dot only of an abbreviation ("u.s.")
    r",\s+(?:which\s+(?:is|was)\s+)?(?:an?\s+)?" + _MOVE + r"(?:\s+(?:of|by))?"
    r"\s+(?:about\s+|approximately\s+|roughly\s+|nearly\s+|almost\s+|over\s+|more\s+than\s+)?"
)
# "This represents 14% growth", "This 8.9% growth excludes", "That's an increase of 12%": a sentence that
# restates the growth of what the sentence before measured, with no noun of its own before the number
_THIS_GROWTH_LEAD = re.compile(
    r"(?:this|that)(?:'s|\s+(?:represents|reflects|is|was|equates\s+to|translates\s+(?:in)?to))?\s+(?:an?\s+)?"
    r"(?:(?:increase|improvement|rise|gain)\s+of\s+|up\s+)?[^,;\s]*\d"
)
# between a restated growth and the same growth on another basis: "as reported and", "on a reported basis
# and an increase of", "on a reported basis and up"
_OTHER_BASIS_GAP = re.compile(
    r"[\w\s-]{0,40}?\b(?:and|or)\s+(?:(?:an?\s+)?(?:increase|decrease|decline|improvement)\s+of\s+|up\s+|down\s+)?"
)
_GROWTH_KEYS = frozenset({"growth", "revenue_growth", "same_store_sales", "gmv_growth", "cmr_growth", "cagr"})
# a % "of sales" (of revenue, of net sales) right after the number: a ratio to sales, read by its subject
_OF_SALES_AFTER = re.compile(
    r"\s+of\s+(?:(?:our|the|its|total|net|consolidated)\s+)*(?:sales|revenues?)\b(?!\s+(?:growth|decline|mix)\b)"
)
# what a ratio to sales measures, by the key of its subject: expenses stay expenses, profits give their margin
_SALES_RATIO_KEY = {"expenses": "expenses", "subsidy": "expenses", "ebitda": "ebitda_margin",
                   "ebita": "ebita_margin", "operating_income": "operating_margin",
                   "gross_profit": "gross_margin"}  # fmt: skip
# ratios to sales the vocabulary has no key for (README: capex as % of sales, cash flow, working capital)
_SALES_RATIO_NONE = frozenset({"capex", "free_cash_flow", "operating_cash_flow", "net_income", "loss", "cash",
                                  "debt", UNKEYED})  # fmt: skip
# "orders accounted for 22% of sales", "fee income now represents over 25% of total net revenue": a part of
# the sales, not a ratio to them
_PART_VERB_BEFORE = re.compile(
    r"\b(?:accounts?|accounted|accounting)\s+for\s+(?:\w+\s+){0,2}$|\b(?:represent|comprise|contribute|make|made)"
    r"(?:s|d|ed|ing)?\s+(?:up\s+)?(?:\w+\s+){0,2}$"
)
# an income or fee with no key (noninterest income, fee income) is part of a bank's revenue, no ratio to it
_REVENUE_PART = ("income", "fee", "revenue", "sales")
# a sentence restating the one before: "This compares to 4.7% of sales", "That's 18.1% of sales"
_RATIO_CARRY_LEAD = (
    "this compare",
    "that compare",
    "compared ",
    "this is ",
    "that is ",
    "that's ",
    "that puts ",
)
# "invested $11 million or 1.4% of net sales in capital expenditures": the subject named after "of sales"
# ", as reported," ", as adjusted,": an aside between a subject and its verb
_AS_ASIDE = re.compile(r",\s+as\s+(?:[a-z&-]+\s+){0,2}?[a-z&-]+,")
# ", which was 11.3% of revenue": the amount just named, restated as a ratio
_WHICH_WAS = re.compile(
    r",\s+which\s+(?:was|is|were|represents|represented|equals|equaled|equates\s+to|amounted\s+to)\s+"
    r"(?:(?:about|approximately|roughly|around|nearly|almost|just|over|under|only|also|a)\s+)*"
)
_SPENT_IN = re.compile(r"\s+(?:in|on)\s+(?:the\s+|our\s+)?$")
_LEVEL_SHARES = frozenset({"revenue_share", "profit_share", "volume_share", "market_share"})
# "working capital was 14.9% of sales", "as a percent of sales, ... was 16.9%": a ratio to sales, no share
_RATIO_TO_SALES = re.compile(r"\s+of\s+(?:net\s+)?(?:sales|revenues?)\b|\bas\s+a\s+percent")
_BARE_MARGIN = frozenset({"margin", "margins"})  # operating_margin's aliases that name no margin of their own
# ... and those a note may say loosely for the operating-level margin it names elsewhere (_note_margin)
_LOOSE_MARGIN = _BARE_MARGIN | {"profit margin", "profit margins"}
_CHANGE_VERB_REACH = 120  # characters before the measure: "we beat revenue by 3.8%, net earnings by 12.6%"
# "26.8% of our total U.S. volume": a share of volume; "80% of year-ago volumes" is a level against a base
_BASE_VOLUME = re.compile(r"\d|\bago\b|\bpre-|\b(?:prior|previous|last|normal|historical)\b")
_MARKET_VOLUME = re.compile(r"\b(?:industry|market)\b")  # "4% of total industry volume": a market share
_WORD_AFTER = re.compile(r"\s+([a-z]+)")  # "of the potential volume drop": volume names a noun after it
# "60% of our applications were done digitally", "concerts accounted for over 70% of fee-bearing GTV",
# "members accounted for 64% of transactions", "30% of our online orders": a % of the company's transactions,
# orders or money volume (GTV, GMV, TPV) is a share of volume (README: shares of volume, purchase volume, GTV)
_OF_ACTIVITY = re.compile(
    r"\s+of\s+(?:the\s+|our\s+|its\s+|all\s+(?:of\s+)?(?:our\s+|the\s+)?|total\s+)*"
    r"(?:(?!those\b|these\b|them\b)[a-z-]+\s+){0,2}?"
    r"(?:transactions|orders|applications|payments|attendance|activity|visits|gtv|gmv|tpv|gross bookings)\b"
    r"(?!\s+(?:growth|volumes?|value|levels?|rates?|backlog|intake)\b)"
)


def _is_bare_comp(h: Hit, lowered: str) -> bool:
    """Whether `h` is a bare "comp" (a comparable-sales alias), which counts only in a call that names
    comparable or same-store sales: elsewhere "comp" is a comparison ("against an easy comp", "this comp
    impacted revenue by six points"), not a retailer's comparable sales."""
    return h.key == "same_store_sales" and lowered[h.start : h.end] in _BARE_COMP


def _per_unit_unkeyed(hits: list[Hit], lowered: str) -> list[Hit]:
    """The sentence's metric phrases, a flow stated per unit of something ("revenue per consumer grew 30%")
    read as a measure with no key (UNKEYED)."""
    return [
        h._replace(key=UNKEYED) if h.key in _PER_UNIT_FLOWS and _PER_UNIT.match(lowered, h.end) else h
        for h in hits
    ]


class _Sentence:
    """Per-sentence facts, computed once for every quantity in it."""

    __slots__ = (
        "_breaks", "_goal_words", "_market_words", "_share_object", "_triggers", "carried_entity", "compared",
        "cues", "end", "entities", "heading_cue", "lowered", "metrics", "named_in_metric", "periods",
        "pm_skips", "prev_span", "start", "text",
    )  # fmt: skip

    def __init__(
        self, text: str, start: int, end: int, lex: MetricLexicon, profile: CompanyProfile | None,
        calendar: FiscalCalendar, doc_date: date,
    ) -> None:  # fmt: skip
        self.text = text
        self.start = start
        self.end = end
        self.lowered = text.lower()
        self.metrics = lex.index.find(text, self.lowered)
        if " per " in self.lowered:
            self.metrics = _per_unit_unkeyed(self.metrics, self.lowered)
        ents = entity_index(profile).find(text, self.lowered)
        # an entity name inside a metric phrase ("revenue from AI-related products") is part of the metric
        self.entities = [
            e for e in ents if not any(m.start < e.end and e.start < m.end for m in self.metrics)
        ]
        # ... kept apart: a profile's sub-entity named there is what the figure is of (`_Extractor.entity`)
        self.named_in_metric = [e for e in ents if e not in self.entities] if self.entities != ents else []
        # find_periods is the costliest step: skip sentences with no word a period phrase needs
        self.periods: list[PeriodMatch] = (
            list(find_periods(text, calendar=calendar, doc_date=doc_date))
            if _period_hint(self.lowered)
            else []
        )
        self.cues = cue_words.cues(self.lowered)
        # where a comparison makes a period phrase a base ("up 9% from last year"), per period phrase
        self.compared: list[int | None] = []
        self.pm_skips: list[int] | None = None  # _pm_skips, per period phrase, read on first use
        self._breaks: list[int] | None = None  # clause breaks, found on first use (many sentences need none)
        self._share_object: dict[int, bool] = {}  # share_object_before, per offset
        self._market_words: bool | None = None  # any _MARKET_AHEAD_WORDS in it (read on first use)
        self._goal_words: bool | None = None  # "to" or "will", and any _GOAL_WORDS, in it (read on first use)
        self._triggers = -1  # the bits of the trigger words in it (`triggers`, read on first use)
        self.carried_entity: str | None = None  # the previous sentence's subject, when this one names none
        self.heading_cue: str | None = None  # the cue of a heading line above ("Near-term Guidance:")
        self.prev_span: tuple[int, int] | None = None  # the sentence before, for a period it sets up

    def read_periods(self, calendar: FiscalCalendar, reported: Period | None, doc_date: date) -> None:
        """Re-read the period phrases for a results document reporting on `reported`; find comparisons."""
        if reported is not None and (self.periods or _context_hint(self.lowered)):
            forward = any(
                c.kind == "forward" or (c.kind == "estimate" and not self._past_estimate(c))
                for c in self.cues
            )
            self.periods = results_periods(
                self.text, self.lowered, self.periods, calendar, reported, forward, doc_date
            )
        self.compared = [
            _from_date(self.lowered, pm) or _comparison(self.lowered, pm.start) for pm in self.periods
        ]
        self.pm_skips = None

    def _past_estimate(self, c: cue_words.Cue) -> bool:
        """Whether an estimate cue is of what happened, its verb in the past right after it ("revenues are
        estimated to have been $103 million in the quarter"): the sentence does not look forward."""
        return _ESTIMATED_PAST_NEXT.match(self.lowered, c.end) is not None

    def triggers(self) -> int:
        """The bits of the rules' trigger words the sentence contains (triggers.TRIGGERS.present)."""
        if self._triggers < 0:
            self._triggers = TRIGGERS.present(self.lowered)
        return self._triggers

    @property
    def breaks(self) -> list[int]:
        """Offsets where a new clause starts (cues.clause_breaks of the sentence)."""
        if self._breaks is None:
            self._breaks = cue_words.clause_breaks(self.lowered)
        return self._breaks

    def share_object_before(self, at: int) -> bool:
        """Whether _SHARE_OBJECT ends at offset `at` ("a percentage of our", "share of total"), searched once
        per offset: _metric asks it for each metric phrase again for each number of the sentence."""
        found = self._share_object.get(at)
        if found is None:
            found = _SHARE_OBJECT.search(self.lowered, max(0, at - 40), at) is not None
            self._share_object[at] = found
        return found

    def crosses(self, a: int, b: int) -> bool:
        """Whether a clause break lies between sentence offsets a < b."""
        breaks = self._breaks  # `breaks`, inlined: metric and period ask this ~2 times per number
        if breaks is None:
            breaks = self._breaks = cue_words.clause_breaks(self.lowered)
        if not breaks:
            return False
        i = bisect.bisect_left(breaks, a)
        return i < len(breaks) and breaks[i] < b

    def distance(self, h_start: int, h_end: int, q_start: int, q_end: int) -> float:
        if h_end <= q_start:
            d = float(q_start - h_end)
            lo, hi = h_end, q_start
        elif h_start >= q_end:
            d = (h_start - q_end) * _AFTER_WEIGHT
            lo, hi = q_end, h_start
        else:
            return 0.0
        return d + (_CLAUSE_PENALTY if self.crosses(lo, hi) else 0.0)


class _Extractor:
    def __init__(self, doc: Document, company: CompanyProfile | None) -> None:
        self.doc = doc
        self.profile = _company_for(doc, company)
        self.calendar = self.profile.calendar if self.profile else FiscalCalendar.calendar_year()
        self.doc_date = doc.date or date.today()
        self.lex = metric_lexicon()
        self._comp_is_sales: bool | None = None  # read on the first bare "comp" (_comp_names_sales)
        self._owns_property: bool | None = None  # read on the first "same-store revenue" (_property_call)
        self.default_period = default_period(self.calendar, self.doc_date)
        d = self.doc_date
        self.call_date = instant(self.calendar, d.year, d.month, d.day)  # "now", "to date"
        self.history_before = date(self.doc_date.year - 1, 1, 1)  # periods ending before it are history
        if doc.kind in (DocumentKind.TRANSCRIPT, DocumentKind.PRESS_RELEASE):
            # a results document's year is the one it reports on: a January call on the fourth quarter
            # compares with the year-ago quarter as any other call does (an actual), not with history
            self.history_before = date(self.default_period.end.year - 1, 1, 1)
        self.turns: list[Turn] = speaker_turns(doc.text) if doc.kind is DocumentKind.TRANSCRIPT else []
        self.currency_of: dict[tuple[str | None, str | None], str] = {}
        self.last_currency: str | None = None
        self.doc_currency: str | None = None  # the currency the document states most often (set by run)
        self._sentence_quantities: list[QuantityMatch] = []
        self._eps_values: set[float] = set()  # dollars-and-cents amounts already read as EPS
        self._sentence_start = 0
        self._last_sentence: _Sentence | None = None  # the sentence with numbers before this one
        self._carried: dict[tuple[int, int], tuple[Period | None, Period | None]] = {}
        self._intros: dict[int, Period | None] = {}  # by the offset of an introducing line's colon
        self._sections: dict[int, Period | None] = {}  # the stretch a sentence's section looks at, by start
        self._marks: dict[int, Period | bool | None] = {}  # _section_mark, by sentence index
        self._to_date_marks: set[int] = set()  # sentence starts whose mark is an opening "Year-to-date,"
        self.to_date_sections: set[int] = set()  # sentence starts whose stretch is such a mark, just before
        self._scopes: dict[int, Period | None] = {}  # period_rules.guidance_scope's answer, by sentence start
        self._quarter_scopes: dict[int, bool] = {}  # period_rules.quarter_guidance_scope's, by sentence start
        self._looked: dict[int, list[PeriodMatch]] = {}  # periods of sentences without numbers, by start
        self._has_intros = ":\n" in doc.text
        self._note_headings: list[tuple[int, int]] | None = None  # a note's heading lines, read once
        self._entity_parents: dict[str, str | None] | None = None  # the profile's entity -> parent, read once
        self._note_growth: tuple[int, str] | None = None  # a note's last growth stated: (sentence, key)
        self._heading_periods: dict[int, Period | None] = {}  # the period each heading names, by its start
        self._guided_ranges: list[tuple[int, Period, tuple[float, float]]] = []  # guided ranges, by start
        # figures management guided in a note, (metric, unit, value) -> period (note_restated_guidance)
        self._guided_figures: dict[tuple[str, str, float], Period | None] = {}
        self._range_metrics: dict[tuple[Period, float], str] = {}  # a guided range's measure by (period, end)
        self._note_margin_key: str | bool | None = False  # _note_margin's answer, read once (False: not yet)
        self._sentence_period: Period | None = None  # the period of the sentence's last claim so far
        self._all_forward = False  # whether every claim of the sentence so far is guidance or an estimate
        # future periods given to (metric, entity, unit, value): a figure promised earlier, restated later
        self._promised: dict[tuple[str | None, str | None, str, float], Period] = {}
        self._forward_before: tuple[int, Period] | None = None  # (start, period) of an all-forward sentence
        # the (period, kind) every claim of the sentence so far agrees on, False once two differ
        self._sentence_said: tuple[Period | None, ClaimKind] | bool | None = None
        # (start, period, kind) of the sentence before when all its claims agree (period_rules.carried)
        self._said_before: tuple[int, Period, ClaimKind] | None = None
        self._read: dict[int, list[PeriodMatch]] = {}  # the periods of the sentences with numbers, by start
        self._market_ends: dict[int, list[int]] = {}  # where market forecasts end, by sentence start
        self._spans: list[tuple[int, int]] = []
        # the metrics of the last sentence's numbers, for a sentence that only restates their bases
        self._metric_sentence: tuple[int, int] = (-1, -1)  # (start, end) of the sentence being read
        self._metric_seen: dict[int, tuple[UnitKind, str | None]] = {}  # by number start, this sentence
        self._metric_prev: list[tuple[UnitKind, str | None]] = []  # the sentence just before it, in order
        self._restated_end: tuple[int, int] | None = None  # (sentence start, end) of a restated sales growth
        self._starts: list[int] = []
        # the quarter a dated results document (call, release) reports on: it re-reads "this quarter"
        results = doc.kind in (DocumentKind.TRANSCRIPT, DocumentKind.PRESS_RELEASE) and doc.date is not None
        self.reported: Period | None = self.default_period if results else None
        if self.reported is not None:
            # a call held in January about the fourth quarter: the year-ago quarter is the base, not history
            self.history_before = min(self.history_before, date(self.reported.end.year - 1, 1, 1))

    # -- fields ----------------------------------------------------------------------------------
    def metric(self, s: _Sentence, qm: QuantityMatch, qs: int, qe: int) -> tuple[str | None, Hit | None]:
        low, kind = s.lowered, qm.quantity.unit.kind  # (locals: each is read ~20 times below)
        found = self._metric_of(s, qm, qs, qe)
        if found[0] is None and " by" in low and kind in (UnitKind.RATIO, UnitKind.PP):
            found = self._changed_by(s, qs, kind is UnitKind.PP) or found
        if found[0] is None and found[1] is None and kind is UnitKind.RATIO:
            found = self._cut_by(s, qs, qe) or found
        if found[0] is None and found[1] is None and kind is UnitKind.RATIO:
            found = self._unkeyed_change_after(s, qe) or found
        if found[0] == "operating_margin" and found[1] is not None:
            found = self._margin_named_before(s, found[1]) or found
            if found[0] == "operating_margin" and found[1] is not None:
                found = self._margin_of_profit_before(s, found[1]) or found  # "EBITDA ... or a 24% margin"
            if found[0] == "operating_margin" and self.doc.kind is DocumentKind.NOTE:
                found = self._note_margin(s, found[1]) or found
        if "respectively" in low:
            found = self._respective(s, qm, qs, qe) or found
        if found[0] is not None and "average" in low and self._share_price(s, qm, qs):
            found = (None, None)
        if (
            found[0] == "growth"
            and kind is UnitKind.RATIO
            and self._raised_to(s, qs)
            and _AGAINST_LAST_YEAR.match(low, qe) is None  # "increased to 20% compared to last year"
        ):
            found = (None, None)  # "we increased our ROIC to 30.8%": the level reached by a thing with no key
        if found[0] == "growth" and " from" in low and kind is UnitKind.RATIO:
            found = self._base_of_level(s, qs) or found
            if found[0] == "growth" and " to " in low and self._from_to_level(s, qs, qe):
                found = (None, None)
            if found[0] == "growth" and " to " in low:
                found = self._base_after_level(s, qs) or found
        if (
            found[0] == "growth"
            and kind is UnitKind.PP
            and "rat" in low  # a word _RATE_NOUN needs
            and self._rate_points(s, qs)
        ):
            found = (None, None)
        if kind is UnitKind.PP and found[0] in (None, "growth", "revenue_growth"):
            found = self._share_points(s, qs) or found
        if (
            found[0] == "growth"
            and kind is UnitKind.PP
            and (found[1] is None or low[found[1].start : found[1].end] in _CHANGE_WORDS)
            and _GROWTH_OR_WIND.search(low) is None
            and _COST_OR_RATE.search(low, 0, qs) is None  # "deposit cost, which we drove down 37 bp"
        ):
            found = self._points_of_previous_margin(s) or self._points_of_previous_rate(s) or found
        if found[0] in ("growth", "revenue_growth") and kind is UnitKind.RATIO and " of " in low:
            found = self._share_of_thing(s, qs, qe) or found
        if (
            found[0] in _GROWTH_KEYS
            and (found[1] is None or found[1].end <= qs)  # not "versus 5% revenue growth": named after it
            and kind is UnitKind.RATIO
            and _COMPARED_BASE.search(low, max(0, qs - 40), qs) is not None
        ):
            found = self._level_compared(s, qs) or found
        if (
            kind is UnitKind.CURRENCY
            and ("business" in low or "franchise" in low)
            and self._business_size(s, qs, qe)
        ):
            found = ("revenue", None)  # "turn DAP into a $1 billion business": a business sized by its sales
        if kind is UnitKind.CURRENCY and "spen" in low:
            found = self._spent_on(s, qs, qe, found) or found
        if (
            found[0] == "growth"
            and found[1] is not None
            and kind in (UnitKind.RATIO, UnitKind.PP)
            and self._growth_as_kind(s, found[1], qs, qe)
        ):
            found = (None, None)
        if (
            found[0] is not None
            and kind is UnitKind.MULTIPLE
            and _TIMES_THE_MARKET.match(low, qe) is not None
        ):
            found = (None, None)  # "more than twice the market growth rate": relative to the market's figure
        if found[0] == "growth" and "up to" in low and self._capability(s, qs, qe):
            found = (None, None)  # "reduce installation time by up to 70%": what a product can do
        if found[0] == "growth" and _CROSSES_LEVEL.search(low, max(0, qs - 16), qe) is not None:
            found = (None, None)  # "the default rate will fall below 2%": the level crossed, not a change
        if (
            found[1] is not None
            and found[1].end <= qs
            and found[0] in self.lex.metrics
            and self.lex.metrics[found[0]].family == "growth"
            and (self._drop_in_unkeyed(s, qe) or self._rise_in_unkeyed(s, qe))
        ):
            # "revenue declined 2% compared to a 17% decrease in issuance": the change of what follows
            found = ("growth", None)
        if (
            found[0] == "units_delivered"
            and found[1] is not None
            and qe <= found[1].start <= qe + 1
            and _DELIVERED_OBJECT.match(low, found[1].start) is not None
        ):
            found = (None, None)  # "seven segments delivered operating margin of 28%": the segments did it
        if (
            found[0] == "footprint"
            and found[1] is not None
            and not qs <= found[1].start < qe
            and self._own_noun(qm)
        ):
            # "2,200 homes in our communities", "communities totaling 260 homes": a count of its own noun,
            # the place named beside it is not what is counted
            found = (None, None)
        if found[0] is None and kind is UnitKind.RATIO and "or" in low[max(0, qs - 20) : qs]:
            margin = self._margin_restated(s, qm, qs, qe)
            if margin is not None:
                found = (margin, None)
        if found[0] in (None, "growth") and kind is UnitKind.RATIO:
            # a growth read from a change word elsewhere yields only to a forecast level ("revenue to
            # increase 30% to 34% and EBITDA to be 17%"), not to "an increase in operating income of 8.6%"
            margin = self._profit_level_margin(s, qs, qe, forecast_only=found[0] is not None)
            if margin is not None:
                found = (margin, None)
        if (
            found[0] in (None, "growth", "revenue_growth", "revenue_share")
            and kind is UnitKind.RATIO
            and " from " in low
        ):
            margin = self._profit_moved_margin(s, qs)
            if margin is not None:
                found = (margin, None)  # "EBITDA increased from 10.5% to 16.1% of sales": both ends
        if found[0] in (None, "growth") and low.startswith("as a") and kind in (UnitKind.RATIO, UnitKind.PP):
            lead = _AS_PCT_OF_SALES.match(low)
            if lead is not None:  # "As a percentage of sales, operating profit was 9.8%, up 40 basis points"
                for h in s.metrics:
                    if lead.end() <= h.start and h.end <= qs and h.key in _PROFIT_MARGIN:
                        found = (_PROFIT_MARGIN[h.key], h)
                        break
        if (
            found[0] in ("revenue_share", None)
            and kind is UnitKind.RATIO
            and " of " in low
            and (m := _OF_SALES_AFTER.match(low, qe)) is not None
        ):
            found = self._ratio_to_sales(s, qs, m.end()) or found
        if s.start != self._metric_sentence[0]:  # a new sentence: the one before is now the previous
            self._metric_prev = self._previous_sentence_metrics(s)
            self._metric_sentence = (s.start, s.end)
            self._metric_seen = {}
        if (
            found[0] == "growth"
            and kind is UnitKind.RATIO
            and "point" in low
            and _POINTS_TO.search(low, max(0, qs - _POINTS_TO_REACH), qs) is not None
            and not any(h.end <= qs and "growth" in low[h.start : h.end] for h in s.metrics)
        ):
            # "the royalty rate increased by eight basis points to 5%": the level of a rate with no key, not
            # a growth ("growth accelerated 300 basis points to 8%" is one)
            found = (None, None)
        if (
            found[0] is None
            and self._metric_prev
            and low.startswith(("th", "compared", "it "))
            and _CARRY_LEAD.match(low) is not None
            and _ASIDE.search(low, 0, qs) is None  # not "..., which included $800,000 in grants"
        ):
            # "Revenue was $1.2 billion. This compares to $1.1 billion last year.": the same measures
            nth = sum(1 for k, _m in self._metric_seen.values() if k is kind)
            same = [m for k, m in self._metric_prev if k is kind]
            if same:
                found = (same[min(nth, len(same) - 1)], None)
        if (
            found[0] == "growth"
            and kind is UnitKind.RATIO
            and low.startswith(("this ", "that"))
            and self._metric_prev
            and not self._metric_seen  # the sentence's first number: "on top of the 30% growth it delivered"
            and _THIS_GROWTH_LEAD.match(low) is not None
        ):
            found = self._sales_growth_restated(s, qs) or found
            self._restated_end = (s.start, qe) if found[0] == "revenue_growth" else None
        elif (
            found[0] in (None, "growth")
            and kind is UnitKind.RATIO
            and self._restated_end is not None
            and self._restated_end[0] == s.start
        ):
            # "That's an increase of 31% as reported or 15% on a constant basis": one growth, two bases
            gap = _OTHER_BASIS_GAP.fullmatch(low, self._restated_end[1], qs)
            if gap is not None and not any(
                self._restated_end[1] <= h.start < qs and h.key != "growth" for h in s.metrics
            ):
                found = ("revenue_growth", None)
                self._restated_end = (s.start, qe)
        if (
            found[0] is None
            and kind is UnitKind.RATIO
            and "capacity" in low
            and self._run_at_capacity(s, qs, qe)
        ):
            found = ("utilization", None)
        if found[0] == "eps" and kind is UnitKind.CURRENCY:
            found = (None, None) if self._compared_to_unkeyed(s, qs) else found
        if (
            found[0] in (None, "growth")
            and kind is UnitKind.RATIO
            and ("leased" in low or "occupied" in low)
            and _LEASED_AFTER.match(low, qe) is not None
        ):
            # "we were 96% leased": a level of space let; a "growth" came from a change word elsewhere
            found = ("utilization", None)
        if (
            found[0] is not None
            and kind is UnitKind.RATIO
            and (_SHARE_OF_CHANGE.match(low, qe) or _SHARE_OF_TOTAL_CHANGE.match(low, qe))
        ):
            # "roughly half of that increase is driven by", "roughly 63% of total merchandise growth": a share
            # of a change
            found = (None, None)
        if found[0] is not None and kind is UnitKind.CURRENCY and (" in " in low or " to " in low):
            found = self._change_in_phrase(s, qm, qs, qe, found)
        if found[0] is not None and kind is UnitKind.RATIO and _OF_PAST_LEVELS.match(low, qe):
            found = (None, None)  # "revenues recovered to 70% of 2019 levels" (README: no metric)
        if found[0] == "profit_share" and self._payout(s, qs, qe):
            found = (None, None)  # "return a minimum of 40% of our net income to shareholders": a payout
        if (
            found[0] in (None, "growth")
            and kind in (UnitKind.RATIO, UnitKind.PP)
            and (self._added_to_sales(s, qs) or self._fx_on_sales(s, qs, qe))
        ):
            found = ("revenue_growth", None)  # "Organic sales were up 27%. Acquisitions added 16%"
        if found[0] is None and kind is UnitKind.CURRENCY:
            found = self._bridge_step(s, qm, qs, qe) or found
        if found[0] is None and kind is UnitKind.CURRENCY and ("invest" in low or "spend" in low):
            found = self._invested(s, qs, qe) or found
        if found[0] != "debt" and kind is UnitKind.CURRENCY and self._debt_named_after(s, qe):
            found = ("debt", None)  # "the outstanding $1.2 billion of 3.625% 2022 senior notes"
        if found[0] in _PROFIT_KEYS and kind is UnitKind.CURRENCY and self._named_as_gain(s, qs, qe):
            found = (None, None)  # "Operating profit rose, including the $30.5 million gain": an item in it
        if found[1] is not None and kind is UnitKind.CURRENCY and ", which " in low:
            found = self._subject_before_relative(s, qm, qs, found[1]) or found
        if found[0] is not None and kind is UnitKind.CURRENCY and self._facility_size(s, qe):
            found = (None, None)  # "our undrawn $1.5 billion revolving credit facility": no cash, no debt
        if found[0] == "eps" and kind is UnitKind.CURRENCY and self._eps_step(s, qs, qe):
            found = (None, None)
        if found[0] == "eps" and kind is UnitKind.CURRENCY and self._eps_change(s, qs, qe):
            found = (None, None)  # "an increase of $0.22", "$0.01 higher than the prior year": no level
        if (
            found[0] == "growth"
            and kind is UnitKind.RATIO
            and "ratio" in low
            and _RATIO_LEVEL_BEFORE.search(low, max(0, qs - 50), qs) is not None
        ):
            found = (None, None)  # "the combined ratio of 84.2%": the level of a ratio with no key
        if (
            found[0] is not None
            and kind in (UnitKind.RATIO, UnitKind.PP)
            and (
                _OVER_THE_MARKET.match(low, qe) is not None
                or ("out" in low and _OUTGROWTH_OF.search(low, max(0, qs - 50), qs) is not None)
            )
        ):
            found = (None, None)  # "300 basis points faster than the market": the company against others
        if (
            found[0] is not None
            and kind is UnitKind.RATIO
            and (past := _OF_PAST_MEASURE.match(low, qe)) is not None
            and (past.group(1) is None or int(past.group(1)) <= self.doc_date.year - 2)
        ):
            found = (None, None)  # "88% of 2019 revenues restored": a level against 2019, as "of 2019 levels"
        if found[0] == "eps" and kind is UnitKind.CURRENCY and self._part_results(s, qs):
            found = (None, None)  # "market-based business results decreased $0.05 per share": a part's share
        if found[0] == "eps" and kind is UnitKind.CURRENCY and self._eps_part(s, qs, qe):
            found = (None, None)  # "lower share count contributed another $0.20": a part of the EPS change
        if (
            found[0] in _EARNINGS_EFFECT_KEYS
            and kind is UnitKind.CURRENCY
            and self._earnings_effect(s, found[1], qs, qe)
        ):
            found = (None, None)  # "impacted adjusted earnings by $150 million": an effect on earnings
        if (
            found[0] not in (None, "expenses")
            and kind is UnitKind.CURRENCY
            and "charge" in low
            and self._named_as_charge(s, qs, qe)
        ):
            # "The pension charge of $14 million represents losses": a charge takes no key of a measure named
            # beside it (a charge's `expenses`, older conventions for restructuring and special items, stays)
            found = (None, None)
        if (
            found[0] == "revenue_growth"
            and found[1] is not None
            and found[1].end <= qs
            and kind is UnitKind.RATIO
            and self._part_growth(s, found[1], qs, qe)
        ):
            found = ("growth", None)
        if (
            found[0] == "revenue_growth"
            and found[1] is not None
            and found[1].start >= qe
            and kind is UnitKind.RATIO
            and self._part_growth_before_next(s, found[1], qs, qe)
        ):
            found = ("growth", None)
        if self.doc.kind is DocumentKind.NOTE and kind in (UnitKind.RATIO, UnitKind.PP):
            found = self._note_points_of_growth(s, kind, qe, found)
        if found[0] is None and kind is UnitKind.CURRENCY and self.doc.kind is DocumentKind.NOTE:
            found = self._note_level_reached(s, qs) or found
        if kind is UnitKind.RATIO and " with" in low and self._metric_seen:
            found = self._share_of_delivered(s, qs) or found
        if kind is UnitKind.MULTIPLE and found[0] is not None and found[0] != "growth":
            found = self._grew_by_multiple(s, qs, found)
        if (
            found[0] in ("growth", "revenue_growth")
            and kind is UnitKind.RATIO
            and "annual" in low
            and self._annual_rate_over_years(s, qs, qe)
        ):
            found = ("cagr", None)  # "a 42% annual growth rate over the last three years": a CAGR
        if (
            found[0] == "growth"
            and kind is UnitKind.RATIO
            and "per " in low
            and self._unit_cost_change(s, qs)
        ):
            found = ("expenses", None)  # "underlying cost per hectoliter increased 7.3%": a cost's change
        if (
            found[0] in (None, "growth", "revenue_growth")
            and kind is UnitKind.RATIO
            and "per " in low
            and self._unit_revenue_change(s, qs, qe, found[0] is not None)
        ):
            found = ("price_change", None)  # "net sales per hectoliter increased 3.6%": a price's change
        if found == (None, None) and kind is UnitKind.RATIO:
            found = self._gap_to_past(s, qs, qe) or found  # "deliveries were 25% more than last year"
        if (
            found[0] == "same_store_sales"
            and found[1] is not None
            and low.startswith(("same-store revenue", "same store revenue"), found[1].start)
            and self._property_call()
        ):
            found = ("revenue_growth", found[1])  # "same-store revenue growth of 13.6%" in a REIT's call
        if found[0] == "eps" and kind is UnitKind.CURRENCY and self._other_change_per_share(s, qs, qe):
            found = (None, None)  # "export prices were up $0.09 per share": a step of the EPS bridge
        if found[0] == "expenses" and kind is UnitKind.CURRENCY and self._cost_per_share(s, qm, qe):
            found = (None, None)  # "outage expenses were up $0.19 per share": a step of the EPS bridge
        if found == (None, None) and kind is UnitKind.RATIO and " to " in low:
            found = self._level_after_margin_points(s, qs) or found  # "200 basis points ... to about 44%"
        if (
            found[0] == "buyback"
            and kind is UnitKind.CURRENCY
            and not qm.quantity.scale
            and (qm.quantity.unit.per_share or qm.quantity.value < _PER_SHARE_MAX)
        ):
            # "a lower diluted share count driven by share repurchases benefited us by $0.12", "the average
            # repurchase price was $444.29 per share": an EPS step or a price per share, no amount bought back
            found = (None, None)
        if found == (None, None) and self._metric_seen:
            found = self._base_of_level_before(s, qm, qs, qe) or found
        self._metric_seen[qm.start] = (kind, found[0])
        return found

    def _number_before(self, s: _Sentence, qs: int) -> QuantityMatch | None:
        """The number of sentence `s` that ends last at or before offset `qs` (relative to the sentence): the
        number right before the one at `qs`, or None when it is the first."""
        prev = None
        for o in self._sentence_quantities:
            if o.end - s.start <= qs:
                prev = o
        return prev

    def _base_of_level_before(
        self, s: _Sentence, qm: QuantityMatch, qs: int, qe: int
    ) -> tuple[str | None, Hit | None] | None:
        """The measure of a number with none of its own that restates, for another time or another part, the
        level stated right before it (same unit): a comparison base ("79% of our new business in the
        quarter compared to 60% last quarter", "a gross loss of $1.3 million versus $1.6 million", "80% of
        total orders, up from 72%") states the same measure at another time; the next part of a split share
        ("55% of our sales come from industry and the remaining 45% from e-commerce") the same share of
        another part. Only a level's key is carried (the base of a growth is read elsewhere). None unless
        the number before is of the same unit and only its phrase, its period and the link lie between."""
        prev = self._number_before(s, qs)
        unit = qm.quantity.unit
        if (
            prev is None
            or prev.quantity.unit.kind is not unit.kind
            or prev.quantity.unit.per_share != unit.per_share
        ):
            # "FFO of $8 million or $0.09 per share, compared to $5.7 million": not the amount per share
            return None
        pe = prev.end - s.start
        seen = self._metric_seen.get(prev.start)
        if qs - pe > _SHARE_BASE_REACH or seen is None or seen[1] is None or seen[1] in _GROWTH_KEYS:
            return None
        if _SHARE_BASE_BEFORE.search(s.lowered, pe, qs) is not None:
            return seen[1], None
        if (
            seen[1].endswith("_share")
            and _NEXT_PART_BEFORE.search(s.lowered, pe, qs) is not None
            and not s.lowered.startswith(" of ", qe)  # "70% of revenue and 80% of EBITDA": a whole of its own
        ):
            return seen[1], None  # the next part of the same split
        return None

    def _level_after_margin_points(self, s: _Sentence, qs: int) -> tuple[str | None, Hit | None] | None:
        """The margin a % level is, when it is the level the points of a margin just before it reached ("we
        expect adjusted EBITDA margin to expand more than 50 basis points sequentially or about 200 basis
        points year-over-year to approximately 44%"): points of a margin end at a level of that margin. None
        unless the number right before is points read as a margin and only a period word and "to" lie
        between."""
        prev = self._number_before(s, qs)
        if prev is None or prev.quantity.unit.kind is not UnitKind.PP or prev.start not in self._metric_seen:
            return None
        key = self._metric_seen[prev.start][1]
        if key is None or not key.endswith("_margin"):
            return None
        if _POINTS_THEN_LEVEL.fullmatch(s.lowered, prev.end - s.start, qs) is None:
            return None
        return key, None

    @staticmethod
    def _annual_rate_over_years(s: _Sentence, qs: int, qe: int) -> bool:
        """Whether a % is an annual growth rate told over a span of years ("a 42% annual growth rate over the
        last three years", "an annual growth rate of 38% over a 2-year period", "a 9% annualized growth rate
        through 2025", "an annual growth rate of 42% between 2020 and 2023"): a compound annual growth rate
        named without "compound" is `cagr` (README: a CAGR named as such is `cagr`). A one-year "21% annual
        growth rate" has no span and keeps its reading."""
        low = s.lowered
        named = _ANNUAL_RATE_AFTER.match(low, qe) or _ANNUAL_RATE_BEFORE.search(low, max(0, qs - 40), qs)
        if named is None:
            return False
        return _OVER_YEARS.match(low, max(qe, named.end())) is not None

    @staticmethod
    def _unit_cost_change(s: _Sentence, qs: int) -> bool:
        """Whether a % change read as `growth` is that of a cost per unit its clause names ("underlying cost
        per hectoliter increased 7.3%", "COGS per hectoliter increased 8.9%", "stick and brick cost per square
        foot increased 3.5%"): a cost line's change is `expenses` (README: "costs improved 7%"), as "unit
        costs increased 5%" already is."""
        low = s.lowered
        start = max(low.rfind(c, 0, qs) for c in (",", ";", " while ", " but ", " and "))
        return _UNIT_COST_SUBJECT.search(low, max(0, start, qs - 80), qs) is not None

    @staticmethod
    def _unit_revenue_change(s: _Sentence, qs: int, qe: int, change: bool) -> bool:
        """Whether a % change is that of what is earned per unit sold, named in its clause before it ("net
        sales per hectoliter increased 3.6%", "revenue per requisition declined 5.4%") or as the change right
        after it ("a 7% improvement in revenue per unit", "an 11% increase in net sales per hectoliter"): a
        price's change, `price_change`, as "revenue per piece" already is (README: revenue per piece, net
        sales per hectolitre, revenue per requisition). Not per share, per customer or visit (a spend per
        customer: "revenue per consumer grew by 30%" stays growth), per available room or per square foot. A
        % read with no metric (`change` false) counts only as the size of a change named before it ("we
        project increases in revenue per barrel of between 1% and 2%")."""
        low = s.lowered
        after = _CHANGE_IN_UNIT_REVENUE.match(low, qe)
        if after is not None:
            return _UNIT_REVENUE.match(low, after.end()) is not None
        start = max(0, qs - 80, *(low.rfind(c, 0, qs) for c in (",", ";", " while ", " but ", " and ")))
        named = _UNIT_REVENUE.search(low, start, qs)
        if named is None or change:
            return named is not None
        # with no metric, only the change's own size: "increases in revenue per barrel of between 1% and 2%"
        if low[named.end() : qs].strip() != "of":
            return False
        return _CHANGE_WORD.search(low, start, named.start()) is not None

    def _gap_to_past(self, s: _Sentence, qs: int, qe: int) -> tuple[str | None, Hit | None] | None:
        """The change a % with no metric states as its gap to a past level ("we delivered 5,467 homes, which
        is 25% more than last year", "revenue of $4.3 billion is 30% ahead of 2020", "revenue exceeded
        pre-pandemic levels by 9%", "print advertising remained below 2019 levels by 25%"): the % change of
        the measure its clause names before it, `growth` for one with no key of its own (README: changes
        against 2019 take the growth key; a % change of anything else is growth). None when it is no such
        gap ("recovered to 85% of 2019 levels" is a level against a base, no metric)."""
        low = s.lowered
        if (
            _GAP_TO_PAST_AFTER.match(low, qe) is None
            and _GAP_TO_PAST_BEFORE.search(low, max(0, qs - 40), qs) is None
        ):
            return None
        start = max(0, *(low.rfind(c, 0, qs) for c in (";", " while ", " but ", " and ")))
        for h in reversed(s.metrics):
            if h.end > qs or h.start < start:
                continue
            if h.key == UNKEYED or h.key in _GENERIC_METRICS:
                return "growth", None
            own = self._own_change_key(h.key)
            return (own, h) if own is not None else ("growth", None)
        return "growth", None

    @staticmethod
    def _other_change_per_share(s: _Sentence, qs: int, qe: int) -> bool:
        """Whether an amount per share read as EPS is the change of something else its clause names
        ("export prices were up $0.09 per share versus last year", "prices and mix together were $0.92 per
        share above the second quarter of 2020", "paper prices were lower by $0.01 per share"): a step of the
        EPS bridge (README, decided 2026-12-03: no metric). Not a change of earnings itself ("EPS was up $0.64
        per share", "earnings were higher by $0.30 per share") nor one told after EPS with no subject of its
        own ("adjusted EPS was $2.10, up $0.64 per share")."""
        low = s.lowered
        before = _CHANGE_BEFORE_AMOUNT.search(low, max(0, qs - 40), qs)
        if before is None and _CHANGE_AFTER_AMOUNT.match(low, qe) is None:
            return False
        end = before.start() if before is not None else qs
        start = max(low.rfind(c, 0, end) for c in (",", ";", " and ", " while ", " but "))
        clause = low[max(0, start) : end]
        if _EARNINGS_WORDS.search(clause) is not None:
            return False
        return any(w not in _CLAUSE_FILLERS for w in re.findall(r"[a-z][a-z&-]+", clause))

    def _cost_per_share(self, s: _Sentence, qm: QuantityMatch, qe: int) -> bool:
        """Whether an amount read as a cost is per share, so a step of the EPS bridge ("freight expenses were
        higher by $0.19 per share", "higher operating costs of $0.57" after EPS was named): no company's cost
        line is per share (README, decided 2026-12-03: EPS effects and steps have no metric). A unit cost
        ("$1.54 per pound") names its unit and stays `expenses`."""
        q = qm.quantity
        if q.unit.noun:
            return False
        if q.unit.per_share:
            return True
        return (
            not q.scale
            and q.value < _PER_SHARE_MAX
            and _CENTS.search(qm.text) is not None
            and _PER_OTHER_UNIT.match(s.lowered, qe) is None  # "$1.42 per pound", "$2.10 a gallon"
            and self._eps_near(qm)
        )

    def _part_growth(self, s: _Sentence, named: Hit, qs: int, qe: int) -> bool:
        """Whether a % after a named revenue growth is a part's growth in a phrase of its own: "sales grew
        16%, with double-digit growth in all business units", "top line revenue at 21%, with 25% operational
        growth internationally", "revenue growth accelerated to 8% due to strong issuer processing growth of
        17%", "organic growth of 9%, with Polymers up 16%" (README, decided 2026-12-03: a part's growth is
        `growth` unless its own phrase names sales or revenue). The revenue named must have its change
        before the part's phrase (a growth phrase, or a number of its own: not "revenues from EV, HEV
        applications grew 77%"); the phrase opens at the last link (a comma, "with", "led by" ...) after it,
        ties the number to its part with a change word (not a period's: "down 3% in March", "versus up 5% in
        Q4") and names no sales, revenue or revenue bridge step (currency, acquisitions, price, "from")."""
        low = s.lowered
        link = None
        for link in _PART_LINK.finditer(low, named.end, qs):  # noqa: B007 (the last link is the one kept)
            pass
        if link is None:
            return False
        if named.key != "revenue_growth" and not any(
            s.start + named.end <= at < s.start + link.start() for at in self._metric_seen
        ):
            return False
        after = _PART_CHANGE_AFTER.match(low, qe)
        if after is None and _PART_CHANGE_BEFORE.search(low, link.end(), qs) is None:
            return False
        own_end = after.end() if after is not None else qe
        stop = _PART_OWN_END.search(low, own_end, own_end + 60)
        own = low[link.end() : stop.start() if stop is not None else own_end + 60]
        return _PART_REVENUE_WORDS.search(own) is None

    @staticmethod
    def _part_growth_before_next(s: _Sentence, named: Hit, qs: int, qe: int) -> bool:
        """Whether a % a part's own change word leads to is that part's growth, the sales or revenue named
        after it opening the next item ("companion animal products growing 32% and livestock sales declining
        by 4%"; README, decided 2026-12-03): the part's clause, from the last link or the sentence start,
        names no sales, revenue or bridge step, and "and" stands between the number and the next item."""
        low = s.lowered
        if low.find(" and ", qe, named.start) < 0:
            return False
        start = 0
        for link in _PART_LINK.finditer(low, 0, qs):
            start = link.end()
        before = _PART_CHANGE_BEFORE.search(low, start, qs)
        return before is not None and _PART_REVENUE_WORDS.search(low, start, qe) is None

    def _note_level_reached(self, s: _Sentence, qs: int) -> tuple[str | None, Hit | None] | None:
        """In a research note, an amount a measure is to reach, on a line naming no money measure ("Current
        cloud revenue is approximately USD 22 billion" ... "Reaching USD 100 billion in five years will
        require a CAGR of 35-40%"): the level of the money measure the line before stated last."""
        if _REACHING.search(s.lowered, max(0, qs - 12), qs) is None:
            return None
        money = [m for k, m in self._metric_prev if k is UnitKind.CURRENCY and m is not None]
        return (money[-1], None) if money else None

    def _grew_by_multiple(
        self, s: _Sentence, qs: int, found: tuple[str | None, Hit | None]
    ) -> tuple[str | None, Hit | None]:
        """A multiple right after a verb of increase ("customer numbers increasing 8-fold", "customer count
        increased 8 times year-over-year", "subscribers grew threefold") is the measure's change: `growth`
        (labels README: "more than doubled" of a measure is growth, a multiple), not the measure's level."""
        if _GREW_BY_MULTIPLE.search(s.lowered, max(0, qs - 30), qs) is None:
            return found
        metric = self.lex.metrics.get(found[0] or "")
        return ("growth", None) if metric is not None and metric.family != "valuation" else found

    def _share_of_delivered(self, s: _Sentence, qs: int) -> tuple[str | None, Hit | None] | None:
        """A % right after a count of units delivered, joined by "with" or "of which" ("cumulatively delivered
        470,000 units, with 60% serving external customers", "shipped 2 million units, of which 40% went
        abroad"): a share of that volume, `volume_share`, not a measure named later in the sentence."""
        if _SHARE_OF_COUNT_LEAD.search(s.lowered, max(0, qs - 40), qs) is None:
            return None
        before = [k for k in self._metric_seen if k < s.start + qs]
        if not before or self._metric_seen[max(before)] != (UnitKind.COUNT, "units_delivered"):
            return None
        return "volume_share", None

    def _note_points_of_growth(
        self, s: _Sentence, kind: UnitKind, qe: int, found: tuple[str | None, Hit | None]
    ) -> tuple[str | None, Hit | None]:
        """In a research note, points on a line naming no measure ("Reported CMR: year-over-year +1%",
        "Like-for-like CMR: +8%", "Source of the gap: impact of the new program -7 percentage points") are a
        step of the growth stated on the lines just above, in the same numbered section: that growth's key.
        Records each growth stated in % or points for the lines after it."""
        if found[0] is not None:
            metric = self.lex.metrics.get(found[0])
            if metric is not None and metric.family == "growth":
                self._note_growth = (s.start, found[0])
            return found
        last = self._note_growth
        if kind is not UnitKind.PP or last is None or s.metrics or s.start - last[0] > _RESTATE_REACH:
            return found  # (a line naming a measure with no key, "net interest margin down 7 bp", is its)
        if s.lowered.startswith(" of ", qe):
            return found  # "3 basis points of net loan recoveries": points of what follows
        if _SECTION_LINE.search(self.doc.text, last[0], s.start) is not None:
            return found  # another section's growth
        return last[1], None

    def _change_in_phrase(
        self, s: _Sentence, qm: QuantityMatch, qs: int, qe: int, found: tuple[str | None, Hit | None]
    ) -> tuple[str | None, Hit | None]:
        """The measure of an amount sized as a change of the noun phrase right after it ("a $1.5 billion
        increase to our backlog", "a $48 million increase in working capital", "a $5.6 million reduction in
        gross profit"): that phrase's key, or none when it names a measure with no key, not a key named
        elsewhere ("sales execution drove ...", "despite ..."). Only amounts of money with a key found."""
        low = s.lowered
        m = _CHANGE_IN.match(low, qe)
        q = qm.quantity
        if m is None or q.unit.per_share or not (q.scale or q.value >= 1000):
            return found  # "$0.13 improvement in operations": a step of an EPS bridge
        end = m.end()
        for w in re.finditer(r"[a-z&][a-z0-9&'-]*|[^\sa-z]", low[m.end() : m.end() + 60]):
            if w.group() in _CHANGE_IN_STOP or not w.group()[0].isalpha():
                break
            end = m.end() + w.end()
        if end == m.end():
            return found
        for h in s.metrics:
            if m.end() <= h.start < end:
                if h is found[1]:
                    return found
                if h.key == UNKEYED:
                    return None, None
                key = self._compatible(s, h, qm.quantity.unit, qs, qe)
                return (key, h) if key is not None else found
        return found  # "a $12 million decline in E&P": a business, the bridged measure's step

    @staticmethod
    def _payout(s: _Sentence, qs: int, qe: int) -> bool:
        """Whether a % of earnings is a payout or a cash conversion ("we intend to return a minimum of 40% of
        our net income to shareholders", "convert 85% to 95% of adjusted net income into free cash flow",
        "free cash flow ... more than 250% of our adjusted net income"): a ratio to the profit, no share of it
        (README: payout ratios and cash conversion as % of net income have no metric)."""
        low = s.lowered
        return (
            _PAYOUT_AFTER.match(low, qe) is not None
            or _PAYOUT_BEFORE.search(low, max(0, qs - _PAYOUT_REACH), qs) is not None
        )

    @staticmethod
    def _facility_size(s: _Sentence, qe: int) -> bool:
        """Whether the amount sizes a credit line named right after it ("an undrawn $1.5 billion revolving
        credit facility", "a new $1 billion bank credit facility"): what the bank would lend, neither cash
        nor debt (dev NUE and FCX labels: no metric); an amount drawn, repaid or available on it keeps its
        reading."""
        low = s.lowered
        return ("credit" in low or "revolver" in low) and _FACILITY_AFTER.match(low, qe) is not None

    def _compared_to_unkeyed(self, s: _Sentence, qs: int) -> bool:
        """Whether the amount is compared with, or tops a range from, the per-share amount right before it
        that a measure with no key holds ("Normalized FFO was $0.18 per diluted share compared to $0.15",
        "FFO ... in the range of $1.57 per share to $1.63 per share"): the same measure, not EPS."""
        prev = self._number_before(s, qs)
        if prev is None or not prev.quantity.unit.per_share:
            return False
        seen = self._metric_seen.get(prev.start)
        if seen is None or seen[1] is not None:
            return False  # not read yet, or EPS itself ("EPS was $0.18 per share compared to $0.15")
        return _PER_SHARE_LINK.match(s.lowered[prev.end - s.start : qs]) is not None

    def _property_call(self) -> bool:
        """Whether the document is a property owner's call (it names NOI), where "same-store revenue" is the
        rent of the properties owned throughout, a revenue growth (README: self-storage same-store revenue
        growth `revenue_growth`), not a retailer's comparable sales. Searched once, on the first such
        phrase."""
        if self._owns_property is None:
            self._owns_property = _PROPERTY_NOI.search(self.doc.text) is not None
        return self._owns_property

    def _comp_names_sales(self) -> bool:
        """Whether the document names comparable (same-store) sales in full or as "comps", so that its bare
        "comp" is one too. Searched once, on the first bare "comp": the scan of the whole text costs ~2% of
        extraction, and most documents have no bare "comp"."""
        if self._comp_is_sales is None:
            self._comp_is_sales = _COMPARABLE_SALES.search(self.doc.text) is not None
        return self._comp_is_sales

    @staticmethod
    def _run_at_capacity(s: _Sentence, qs: int, qe: int) -> bool:
        """Whether the % is the level a plant or business runs at against its capacity ("the mill ran at 118%
        of rated capacity", "operating at 30% of capacity", "running at about 95% of the mill capacity"): a
        capacity utilisation. Not "70% of our coal capacity" (a share of it) nor "operating at 90% of
        prior-year levels" (no capacity)."""
        low = s.lowered
        return (
            _RUN_AT.search(low, max(0, qs - 24), qs) is not None and _OF_CAPACITY.match(low, qe) is not None
        )

    def _base_after_level(self, s: _Sentence, qs: int) -> tuple[str | None, Hit | None] | None:
        """The measure of a % stated as the base after the level a change verb took a ratio to ("gross
        margins improved to 22.5% from 22.3%", "the yield on loans increased to 3.58% this quarter from 3.55%
        last quarter", "increased our customer satisfaction score to 92% from 78%"): that of the level, as
        _base_of_level reads "up from"; not when a growth is named ("growth accelerated to 8% from 5%")."""
        low = s.lowered
        m = _TO_BEFORE_FROM.search(low, max(0, qs - 100), qs)
        if (
            m is None
            or _GROWTH_NAMED.search(low) is not None  # "up 14% to 19%, resulting from 5% volume growth"
            or _LEVEL_MOVE.search(low, 0, m.start()) is None
        ):
            return None
        return self._base_of_level(s, qs, after_to=True)

    @staticmethod
    def _from_to_level(s: _Sentence, qs: int, qe: int) -> bool:
        """Whether the % is one end of a move "from X% ... to Y%" that a change verb tells, with no growth
        named ("our fixed rate debt as a percentage of total debt increased from 78% to 87%", "the loss ratio
        increased from 42.7% in 2020 to 56.7% in 2021"): both ends are levels of a ratio the vocabulary has no
        key for, not changes. Not a growth rate moving ("reducing our growth rate from 30% to 5%", "the FX
        tailwind from 3% to 2.5%", "from the 80% to 90% declines"), nor "grow from 5% to 7%", which may be a
        range of growth."""
        low = s.lowered
        if _GROWTH_NAMED.search(low) is not None:
            return False
        if _FROM_END.search(low, max(0, qs - 40), qs) is not None:
            verb_before = qs
            if _TO_LEVEL_AFTER.match(low, qe) is None:
                return False
        else:
            m = _FROM_BEFORE_TO.search(low, max(0, qs - 100), qs)
            if m is None:
                return False
            verb_before = m.start()
        return _LEVEL_MOVE.search(low, 0, verb_before) is not None

    def _points_of_previous_margin(self, s: _Sentence) -> tuple[str | None, Hit | None] | None:
        """The margin named in the sentence just before, for points of change whose own sentence names no
        measure ("We saw strong gross margin expansion across all segments. High-Touch was up 140 basis
        points", "we expect gross margins to move higher. ... sequential gains of approximately 50 basis
        points"): points move a ratio, and a margin just named is the ratio they move, not a growth."""
        if s.prev_span is None:
            return None
        a, b = s.prev_span
        text = self.doc.text[a:b]
        low = text.lower()
        if "margin" not in low and "gp" not in low:  # words every margin alias holds
            return None
        margins = [h.key for h in self.lex.index.find(text, low) if h.key in _MARGIN_KEYS]
        return (margins[-1], None) if margins else None

    def _previous_sentence_metrics(self, s: _Sentence) -> list[tuple[UnitKind, str | None]]:
        """The (unit kind, metric) of the numbers of the sentence just before `s`, in order; none when more
        than a line break lies between. Until `metric` reads the first number of `s`, the numbers read last
        (`_metric_seen`) are that sentence's own."""
        if s.start == self._metric_sentence[0]:
            return self._metric_prev
        if s.start - self._metric_sentence[1] > 3:
            return []
        seen = self._metric_seen
        return [seen[k] for k in sorted(seen)]

    def _points_of_previous_rate(self, s: _Sentence) -> tuple[str | None, Hit | None] | None:
        """The rate the sentence just before stated last, for points of change whose own sentence names no
        measure ("Our adjusted tax rate in the quarter was 13.8%. This is 220 basis points lower than Q4 last
        year", "adjusted SG&A was 17.1% of revenue. An improvement of 80 basis points"): points move a rate,
        and the rate just stated is the one they move, not a growth. Only when the sentence opens on them or
        on "this"/"that" ("Loan yields increased seven basis points" after a utilization is the yields')."""
        if not s.lowered.startswith(_RATE_CARRY_LEADS):
            return None
        rates = [m for k, m in self._previous_sentence_metrics(s) if k is UnitKind.RATIO]
        return (rates[-1], None) if rates and rates[-1] in _PREVIOUS_RATE_KEYS else None

    @staticmethod
    def _unkeyed_change_after(s: _Sentence, qe: int) -> tuple[str | None, Hit | None] | None:
        """A % before a change noun of a measure with no key ("on 25% volume improvement", "a 3% volume
        decline"): that change, `growth`; a keyed measure there has taken the number before this."""
        m = _CHANGE_NOUN_AFTER.match(s.lowered, qe)
        if m is None or any(qe <= h.start < m.end() and h.key != UNKEYED for h in s.metrics):
            return None
        if _RATE_CHANGE.search(s.lowered, qe, m.end()) is not None:
            return None  # "36% rate increases": a price change (README: insurance rates `price_change`)
        return "growth", None

    def _own_change_key(self, key: str) -> str | None:
        """The key a % change of the measure `key` takes when it has one of its own: the measure itself
        when it takes ratios (a margin, a cost), else its growth key ("revenue" -> "revenue_growth"); None
        for a phrase with no key, debt or share counts."""
        if key == UNKEYED:
            return None
        if "ratio" in self.lex.metrics[key].units:
            return key
        grown = f"{key}_growth"
        return grown if grown in self.lex.metrics else None

    def _cut_by(self, s: _Sentence, qs: int, qe: int) -> tuple[str | None, Hit | None] | None:
        """A % that a cut verb took off a thing whose change has no key of its own ("we have reduced our GHG
        intensity rate 20%", "cut our debt by like 60%", "... our methane emissions by 80%"): `growth`. Not a
        share "of" something ("cut overhead by half of the volume drop")."""
        low = s.lowered
        if ("reduc" not in low and "cut" not in low and "lowered" not in low) or low.startswith(" of ", qe):
            return None
        m = _CUT_BY.search(low, max(0, qs - _CUT_REACH), qs)
        if m is None or any(
            m.start() <= h.start < qs and self._own_change_key(h.key) is not None for h in s.metrics
        ):
            return None  # "divestitures reduced sales 1%": revenue_growth, not left to this rule
        return "growth", None

    def _changed_by(self, s: _Sentence, qs: int, points: bool) -> tuple[str | None, Hit | None] | None:
        """The change of the measure named right before "by" and the number, when a change verb governs it
        ("we beat revenue by 3.8%, operating earnings by 12.6%", "raising our forecast for net absorption by
        20%", "shares outstanding have been reduced by 3%"): its growth key, the measure itself when it takes
        ratios, else growth. Points (`points`) change a rate or a growth: a measure with neither ("cost of
        debt", "combined ratio") keeps none. None when no measure ends there."""
        low = s.lowered
        for h in reversed(s.metrics):
            if h.end > qs:
                continue
            if h.key in _GENERIC_METRICS or _MEASURE_BY.fullmatch(low, h.end, qs) is None:
                # only the measure nearest the number ("revenue driven by 5% price" is not it), and not a
                # change word ("the combined ratio of 99.4% increased by 15 points": the ratio has no key)
                return None
            if _CHANGE_VERB.search(low, max(0, h.start - _CHANGE_VERB_REACH), qs) is None:
                return None  # "revenue generated by 30% of customers": no change stated
            if h.key == UNKEYED:  # "net absorption by 20%": a change of something with no key
                return (None, None) if points else ("growth", None)
            # "reduced expenses by 5%", "revenue growth by 2 points": the measure itself; "reduced revenue
            # by 50 basis points": part of its growth
            own = self._own_change_key(h.key)
            if own is not None:
                return own, h
            return (None, None) if points else ("growth", h)
        return None

    def _respective(
        self, s: _Sentence, qm: QuantityMatch, qs: int, qe: int
    ) -> tuple[str | None, Hit | None] | None:
        """The measure a number of a "respectively" list takes: the one in the same place of the list of
        measures before the numbers ("Sales and EBITDA were $2.1 billion and $300 million, respectively",
        "revenue and orders up 33% and 21%, respectively"). None when the lists do not line up."""
        low = s.lowered
        spans = [(o.start - s.start, o.end - s.start) for o in self._sentence_quantities]
        if qm not in self._sentence_quantities:
            return None
        i = self._sentence_quantities.index(qm)
        lo = hi = i
        while lo > 0 and _LIST_GAP.fullmatch(low, spans[lo - 1][1], spans[lo][0]):
            lo -= 1
        while hi + 1 < len(spans) and _LIST_GAP.fullmatch(low, spans[hi][1], spans[hi + 1][0]):
            hi += 1
        k = hi - lo + 1
        if k < 2 or _RESPECTIVELY_AFTER.match(low, spans[hi][1]) is None:
            return None
        first = spans[lo][0]
        unit = qm.quantity.unit
        named = [h for h in s.metrics if h.end <= first and h.key not in _GENERIC_METRICS]
        last = i - lo == k - 1
        if last and unit.kind is UnitKind.RATIO and self._unnamed_last(s, named[-(k - 1) :], first):
            return "growth", None  # "revenue and rated issuance increased 12% and 11%": issuance has no key
        names = named[-k:]
        if len(names) < k or first - names[-1].end > _RESPECTIVE_REACH:
            return None
        if any(_LIST_GAP.fullmatch(low, a.end, b.start) is None for a, b in pairwise(names)):
            return None  # "revenue in China and EBITDA in Europe": no plain list of measures
        h = names[i - lo]
        if h.key == UNKEYED:  # "revenue and orders up 33% and 21%": a change of a measure with no key
            if unit.kind is UnitKind.RATIO and self._moves(s, qs, qe):
                return "growth", None
            return None if unit.kind is UnitKind.RATIO else (None, None)
        key = self._compatible(s, h, unit, qs, qe)
        if key is None and unit.kind is UnitKind.RATIO:
            # "we grew sales and earnings per share 17% and 18%, respectively": the verb before the list
            # moves every measure in it (not one of an earlier number: "increasing 40% to $1.5 billion and
            # operating income and EBITDA margins of 39% and 55%")
            since = max([names[0].start - _LIST_VERB_REACH] + [e for _b, e in spans if e <= names[0].start])
            if _CHANGE_VERB.search(low, max(0, since), first) is not None:
                grown = f"{h.key}_growth"
                key = grown if grown in self.lex.metrics else "growth"
        if key == "net_income" and unit.per_share:
            key = "eps"  # "operating margins and earnings by 130 basis points and $0.12 per share"
        return (key, h) if key is not None else None

    @staticmethod
    def _drop_in_unkeyed(s: _Sentence, qe: int) -> bool:
        """Whether a change noun other than the growth words follows the number and names, with "in", what
        changed, something with no key ("a 17% decrease in issuance", "a 5% decline in traffic"; not "a 5%
        decline in revenue", "a 56% decline in China local currency sales")."""
        m = _DROP_IN.match(s.lowered, qe)
        return m is not None and _names_no_key(s, m.end())

    def _sales_growth_before(self) -> bool:
        """Whether the numbers read so far in this sentence, or when it has none the sentence before, hold a
        revenue growth (not "Revenue grew 28%. We expect CRPO growth of 30%, including a 150-basis-point FX
        tailwind": the growth of this sentence is another)."""
        seen = self._metric_seen.values() if self._metric_seen else self._metric_prev
        return any(m == "revenue_growth" for _k, m in seen)

    def _sales_growth_restated(self, s: _Sentence, qs: int) -> tuple[str | None, Hit | None] | None:
        """`revenue_growth` for a growth restated of the sales the sentence before measured ("We raise our
        revenue outlook by $10 million. This represents 14% growth at the midpoint.", "Organic growth was
        8.9%. This 8.9% growth excludes ..."): the sentence names no metric of its own before the number, and
        every keyed number of the sentence before is revenue or its growth."""
        if any(h.end <= qs and h.key not in _GROWTH_KEYS for h in s.metrics):
            return None  # "This quarter, EPS grew 12%": its own metric
        keys = {m for _k, m in self._metric_prev if m is not None}
        if keys and keys <= {"revenue", "revenue_growth"}:
            return ("revenue_growth", None)
        return None

    def _added_to_sales(self, s: _Sentence, qs: int) -> bool:
        """Whether the number is what acquisitions or currency "added" (contributed, took away) to a sales
        growth stated just before, in this sentence or the one before ("Organic sales were up 27%. Recent
        acquisitions added 16%, and foreign currency added nearly two points"): a part of that revenue growth
        (README: FX in % `revenue_growth`)."""
        low = s.lowered
        if "added" not in low and "contribut" not in low and "subtract" not in low:
            return False
        if _ADDED_BEFORE.search(low, max(0, qs - 48), qs) is None:
            return False
        return self._sales_growth_before()

    def _bridge_step(
        self, s: _Sentence, qm: QuantityMatch, qs: int, qe: int
    ) -> tuple[str | None, Hit | None] | None:
        """The measure of an unkeyed amount of money that is a step of a bridge of the first keyed amount
        stated just before, in this sentence or the one before ("EBITDA was $999 million. ... ancillary
        contributed $10 million and rerent added $6 million", "includes $30 million in unfavorable FX
        impacts"): that amount's key. Not per-share steps (EPS bridges are an open question)."""
        if qm.quantity.unit.per_share:
            return None
        low = s.lowered
        if _FX_STEP_AFTER.match(low, qe) is None:
            step = _BRIDGE_STEP_BEFORE.search(low, max(0, qs - 60), qs)
            if step is None:
                return None
            if any(step.start() <= h.end <= qs or qe <= h.start <= qe + 25 for h in s.metrics):
                return None  # "NII ... was up $600 million", "contributed $35.6 million in pre-tax loss"
        # the first keyed amount of this sentence, else of the one before: the measure the bridge opens with
        for seen in (self._metric_seen.values(), self._metric_prev):
            m = _first_money_key(seen)
            if m is not None:
                return (m, None) if m != "eps" else None
        return None

    def _invested(self, s: _Sentence, qs: int, qe: int) -> tuple[str | None, Hit | None] | None:
        """The measure of an unkeyed amount invested or spent ("we invested $2.5 billion in capital": capex;
        "In Q2 we invested $72 million in RD&E. For the year we expect to invest more than $300 million":
        the spending measure of the sentence before, when it opens with capex or expenses)."""
        low = s.lowered
        if _INVEST_BEFORE.search(low, max(0, qs - 40), qs) is None:
            return None
        if _IN_CAPITAL_AFTER.match(low, qe) is not None:
            return ("capex", None)
        m = _first_money_key(self._metric_prev)
        if m is None and self._prev_names_capex(s):
            m = "capex"
        return (m, None) if m in ("capex", "expenses") else None

    @staticmethod
    def _debt_named_after(s: _Sentence, qe: int) -> bool:
        """Whether debt is named right after the amount, past only its coupon, tenor, year or rank ("$1.25
        billion 3.625% notes", "$550 million each of 10- and 30-year debt"): the amount is that debt, not
        the cash or loss named before it."""
        for h in s.metrics:
            if h.key == "debt" and qe < h.start <= qe + 40:
                return _DEBT_MODIFIERS.fullmatch(s.lowered, qe, h.start) is not None
        return False

    @staticmethod
    def _named_as_gain(s: _Sentence, qs: int, qe: int) -> bool:
        """Whether the amount is a one-time gain ("the $50.5 million gain on the sale of ICON", "a gain of
        approximately $12 million"): like a charge (`_named_as_charge`), an item inside a profit, not it."""
        low = s.lowered
        if "gain" not in low:
            return False
        return (
            _GAIN_AFTER.match(low, qe) is not None
            or _GAIN_BEFORE.search(low, max(0, qs - 40), qs) is not None
        )

    def _subject_before_relative(
        self, s: _Sentence, qm: QuantityMatch, qs: int, h: Hit
    ) -> tuple[str | None, Hit | None] | None:
        """The measure of an amount whose subject is followed by a relative clause closed before it
        ("Occupancy and other costs, which are not directly linked to changes in revenue, increased by $4
        million"): the subject's, not a measure the clause names. None (keep `h`) when `h` lies outside
        such a clause or no measure comes before it."""
        low = s.lowered
        if h.end > qs:
            return None
        start = low.rfind(", which ", 0, h.start)
        close = low.find(",", h.end, qs)
        if start < 0 or close < 0 or low.find(",", start + 2, h.start) >= 0:
            return None  # not inside one ", which ... ," clause that closes before the number
        if _VERB_TO_AMOUNT.fullmatch(low, close + 1, qs) is None:
            return None  # the clause must close right before the subject's verb: ", increased by $4 million"
        subject = [m for m in s.metrics if m.end <= start]
        if not subject or start - subject[-1].end > 1:
            return None  # the measure must be the clause's head: "Occupancy and other costs, which ..."
        key = subject[-1].key
        if key == UNKEYED:
            return None, None
        return (key, subject[-1]) if self.lex.metrics[key].accepts(qm.quantity.unit) else None

    def _prev_names_capex(self, s: _Sentence) -> bool:
        """Whether the sentence just before, with no amount of its own, names capital spending ("The
        foundation of our growth continues to be the capital investment we make. We plan to spend $1.9
        billion in 2021"): the spending that follows is that capex."""
        if s.prev_span is None or self._metric_prev:
            return False
        a, b = s.prev_span
        text = self.doc.text[a:b]
        low = text.lower()
        if "capital" not in low and "capex" not in low:  # words every capex alias of this kind holds
            return False
        return any(h.key == "capex" for h in self.lex.index.find(text, low))

    def _fx_on_sales(self, s: _Sentence, qs: int, qe: int) -> bool:
        """Whether the number is a currency headwind (tailwind, impact) on a sales growth stated just before,
        in this sentence or the one before ("a headwind of 1% from foreign exchange", "FX is a headwind to
        growth of about 100 basis points", "Foreign currency was a 2% headwind"): part of that revenue growth
        (README: FX in % `revenue_growth`)."""
        low = s.lowered
        if "wind" not in low and "impact" not in low:
            return False
        if "currenc" not in low and "fx" not in low and "exchange" not in low and "translation" not in low:
            return False
        lo, hi = max(0, qs - 60), min(len(low), qe + 40)
        for b in s.breaks:  # the number's own clause only
            if b < qs:
                lo = max(lo, b)
            elif b >= qe:
                hi = min(hi, b)
                break
        window = low[lo:qs] + " # " + low[qe:hi]
        if _FX_WORD.search(window) is None or _IMPACT_WORD.search(window) is None:
            return False
        for h in s.metrics:  # "a headwind of 2% to the top line and 3% to operating income": the income's
            if qe <= h.start < hi and h.key not in _FX_SALES_KEYS:
                return False
        return self._sales_growth_before()

    @staticmethod
    def _rise_in_unkeyed(s: _Sentence, qe: int) -> bool:
        """Whether "increase (improvement, gain) in" follows the number and names, as `_drop_in_unkeyed`
        reads a decrease, something with no key ("a 15% decrease in testing, partially offset by a 5%
        increase in the base business"; not "a 5% increase in revenue")."""
        m = _RISE_IN.match(s.lowered, qe)
        if m is None or _IN_CURRENCY.match(s.lowered, m.end()) is not None:
            return False  # "a 27% increase in U.S. dollars", "in constant currency": the revenue's own growth
        return _names_no_key(s, m.end())

    def _spent_on(
        self, s: _Sentence, qs: int, qe: int, found: tuple[str | None, Hit | None]
    ) -> tuple[str | None, Hit | None] | None:
        """The measure an amount was spent on when a spend verb leads to it and "on" leads from it straight
        to a money measure ("spent $117 million on the repurchase of 600,000 shares", "spent $14.8 million on
        capital expenditures"); no metric when what follows "on" has no key and the metric found was
        borrowed from a phrase before the amount ("paid $300 million in dividends and spent $90 million on
        acquisitions"); None (keep what was found) otherwise."""
        low = s.lowered
        if _SPENT_BEFORE.search(low, max(0, qs - 30), qs) is None:
            return None
        on = _ON_AFTER.match(low, qe)
        if on is None:
            return None
        for h in s.metrics:
            if (
                h.start == on.end()
                and h.key != UNKEYED
                and h.key not in _GENERIC_METRICS
                and "currency" in self.lex.metrics[h.key].units
            ):
                return h.key, h
        if found[1] is not None and found[1].end <= qs and not any(h.start == on.end() for h in s.metrics):
            return None, None
        return None

    @staticmethod
    def _business_size(s: _Sentence, qs: int, qe: int) -> bool:
        """Whether an amount after "a"/"the" leads, through at most three describing words, to "business" or
        "franchise" ("a $1 billion business", "a nearly $7 billion business")."""
        low = s.lowered
        return (
            _ARTICLE_BEFORE.search(low, max(0, qs - 5), qs) is not None
            and _SIZES_BUSINESS.match(low, qe) is not None
        )

    @staticmethod
    def _capability(s: _Sentence, qs: int, qe: int) -> bool:
        """Whether a % change is bounded by "up to" and said as a change ("cut installation time by up to
        70%", "up to a 70% reduction in headcount"): what a product or process can do."""
        low = s.lowered
        if not low.startswith("up to", qs):
            return False
        if _BY_UP_TO.search(low, max(0, qs - 4), qs) is not None:
            return True  # "by up to 70%"
        return _UP_TO_CHANGE.match(low, qe) is not None  # "up to a 70% reduction"

    @staticmethod
    def _raised_to(s: _Sentence, qs: int) -> bool:
        """Whether a generic change verb leads through its object and "to" straight into the number ("we
        increased our ROIC to 30.8%", "grew the share of digital sales to 40%"): the level reached. Not when
        a growth is named before ("the Americas growth rate increased to 6%", "renewal premium change
        increased to 9.2%"): that growth is the level."""
        low = s.lowered
        if "growth" in low[:qs] or any(
            h.key in _GENERIC_METRICS and h.end <= qs and low[h.start : h.end] not in _GENERIC_WORDS
            for h in s.metrics
        ):
            return False
        return any(
            h.key in _GENERIC_METRICS
            and h.end <= qs
            and s.lowered[h.start : h.end] in _CHANGE_VERBS
            and _VERB_TO_LEVEL.fullmatch(s.lowered, h.end, qs) is not None
            for h in s.metrics
        )

    @staticmethod
    def _unnamed_last(s: _Sentence, names: list[Hit], first: int) -> bool:
        """Whether a "respectively" list of measures ends with one the vocabulary does not know, whose
        change the list of numbers states ("MIS revenue and rated issuance increased 12% and 11%"): the
        measures named before it form a plain list, and "and" plus a few words and a change word lead from
        the last of them straight to the numbers."""
        low = s.lowered
        if not names or any(_LIST_GAP.fullmatch(low, a.end, b.start) is None for a, b in pairwise(names)):
            return False
        return _UNNAMED_ITEM.fullmatch(low, names[-1].end, first) is not None

    @staticmethod
    def _share_price(s: _Sentence, qm: QuantityMatch, qs: int) -> bool:
        """Whether an amount per share (or in dollars and cents) is the average price paid for shares
        ("at an average cost of about $75 per share", "an average cost per share of $25.12"): no EPS."""
        q = qm.quantity
        if q.unit.kind is not UnitKind.CURRENCY or not (q.unit.per_share or (not q.scale and q.value < 1000)):
            return False
        return _SHARE_PRICE_BEFORE.search(s.lowered, max(0, qs - 60), qs) is not None

    def _base_of_level(
        self, s: _Sentence, qs: int, *, after_to: bool = False
    ) -> tuple[str | None, Hit | None] | None:
        """The measure of a % stated as the base a level moved from ("95% of members will be in 4-star
        plans, up from 78%", "a leased rate of 93%, down from 94%"): that of the last % before it. None when
        the sentence states no % before it."""
        if not after_to and _UP_FROM.search(s.lowered, max(0, qs - 40), qs) is None:
            return None
        seen = self._seen_last_ratio(s, qs)
        if seen is None:
            return None
        return None if seen[1] == "growth" else (seen[1], None)

    def _seen_last_ratio(self, s: _Sentence, qs: int) -> tuple[UnitKind, str | None] | None:
        """What was read for the last % of the sentence ending before `qs` (its unit kind and metric key);
        None when the sentence states no % before it or that one is not read yet."""
        prev = None
        for o in self._sentence_quantities:
            if o.end - s.start <= qs and o.quantity.unit.kind is UnitKind.RATIO:
                prev = o
        return None if prev is None else self._metric_seen.get(prev.start)

    def _share_points(self, s: _Sentence, qs: int) -> tuple[str | None, Hit | None] | None:
        """The share a number of points moved, when they follow a % read as a share, through the rest of its
        phrase, a comma and a change word ("SMBs made up 25.8% of U.S. domestic volume, up 240 basis points",
        "comprised 90% of total ERS revenue in the third quarter, up 12 percentage points"): that share.
        None when no share stands right before."""
        prev = self._number_before(s, qs)
        if prev is None or prev.quantity.unit.kind is not UnitKind.RATIO:
            return None
        if prev.start not in self._metric_seen:
            return None
        key = self._metric_seen[prev.start][1]
        low, pe = s.lowered, prev.end - s.start
        if key not in _LEVEL_SHARES or _SHARE_THEN_POINTS.fullmatch(low, pe, qs) is None:
            return None
        if _RATIO_TO_SALES.match(low, pe) is not None or _RATIO_TO_SALES.search(low, 0, pe) is not None:
            return None
        return key, None

    @staticmethod
    def _growth_as_kind(s: _Sentence, h: Hit, qs: int, qe: int) -> bool:
        """Whether the "growth" a % took only names a kind of spending or pursuit ("growth projects", "growth
        capex", "growth initiatives") with no move said at the number: "about 40% to maintenance" after
        "allocated to growth projects" is a share of a budget, no change. False for "growth initiatives
        grew 12%" or "up 5%" (a change of the thing named)."""
        low = s.lowered
        end = h.end if low[h.start : h.end] == "growth" else h.start - 1  # or the "capex" of "growth capex"
        if not low.endswith("growth", 0, end) or _GROWTH_AS_KIND.match(low, end) is None:
            # or a kind of growth named between a spending measure and the number: "70% of our capital plan
            # is allocated to growth projects and about 30% to maintenance"
            end = low.rfind("growth", h.end, qs) + 6
            if end < h.end + 6 or _GROWTH_AS_KIND.match(low, end) is None:
                return False
        if low.find("growth", qe, qe + 60) not in (-1, end - 6):
            return False  # "despite our growth investments, 5% to 8% operating profit growth": that growth
        return _MOVE_BEFORE.search(low, max(0, qs - 30), qs) is None and _MOVE_AFTER.match(low, qe) is None

    @staticmethod
    def _share_of_thing(s: _Sentence, qs: int, qe: int) -> tuple[str | None, Hit | None] | None:
        """The measure of a % taken "of" a thing, straight after it, with no change word in or right before
        it, whatever change the sentence states elsewhere: a share of revenue when the thing is revenue
        ("Southern Europe revenue comprised 44% of consolidated revenue"), else no metric ("represented over
        35% of our Pharma business", "E&P loans make up nearly 80% of the energy portfolio"). None (keep the
        growth) for "up 8% of Q2 2019", "60% of this growth", "half of the sequential increase"."""
        low = s.lowered
        m = _SHARE_OF_THING.match(low, qe)
        if m is None or _CHANGE_IN_SHARE.search(m.group(1)) is not None:
            return None
        if _MOVE_BEFORE.search(low, max(0, qs - 30), qs) or _BY_BEFORE.search(low, max(0, qs - 30), qs):
            return None
        for h in s.metrics:
            if h.key == "revenue" and m.start(1) <= h.start and h.end <= m.end(1):
                return "revenue_share", None
        return None, None

    def _ratio_to_sales(self, s: _Sentence, qs: int, of_end: int) -> tuple[str | None, Hit | None] | None:
        """The measure of a % "of sales" (of revenue) by what it is a ratio of, the subject named last before
        it in its clause or spent "in"/"on" right after: an expense ratio ("SG&A expense was $90 million, or
        7.5% of sales") is `expenses`; a profit's is its margin ("EBITDA was $47 million or 3.5% of sales");
        capex, cash flow, net income or a measure with no key ("working capital was 14.9% of sales",
        "invested $11 million or 1.4% of net sales in capital expenditures") have no metric. None (keep what
        was found) when the subject is revenue itself ("Europe revenue was 30% of total revenue") or no
        measure is named."""
        low = s.lowered
        if _PART_VERB_BEFORE.search(low, max(0, qs - 40), qs) is not None:
            return None
        for h in s.metrics:
            if h.start >= of_end:
                if _SPENT_IN.fullmatch(low, of_end, h.start) is not None:
                    return self._ratio_key(h, low)
                break
        subject = self._ratio_subject(s, qs)
        if subject is not None:
            if s.crosses(subject.end, qs) and not self._ratio_clause_joined(s, subject.end, qs):
                return None
            return self._ratio_key(subject, low)
        prev = self._last_sentence
        if (
            low.startswith(_RATIO_CARRY_LEAD)
            and prev is not None
            and 0 <= s.start - prev.end <= 3
            and (subject := self._ratio_subject(prev, len(prev.lowered))) is not None
        ):
            # "SG&A expense was $90.5 million, or 7.5% of sales. This compares to 4.7% of sales": the
            # subject of the sentence just before, restated
            return self._ratio_key(subject, prev.lowered)
        return None

    @staticmethod
    def _ratio_clause_joined(s: _Sentence, a: int, b: int) -> bool:
        """Whether every clause break between a ratio's subject (ending at `a`) and its % (at `b`) only
        sets off an aside or restates the subject's amount: "SG&A, as reported, was 16.9% of sales",
        "SG&A increased to $76 million, which was 11.3% of revenue". Not "..., with SG&A at 16.9% of sales"
        nor a "which" that names a new measure before the %."""
        low = s.lowered
        for i in s.breaks:
            if i < a or i >= b:
                continue
            if _AS_ASIDE.match(low, i) is not None:
                continue  # ", as reported,": the sentence goes on with the same subject
            m = _WHICH_WAS.match(low, i)
            if m is None or m.end() != b:
                return False
        return True

    def _ratio_subject(self, s: _Sentence, end: int) -> Hit | None:
        """The measure named last before `end`, a change word or the object of a share passed over."""
        low = s.lowered
        for h in reversed(s.metrics):
            if h.end > end:
                continue
            if h.key != UNKEYED and (h.key in _SHARE_KEYS or self.lex.metrics[h.key].family == "growth"):
                continue  # "increased", "revenue grew": a change word, not the subject
            if _OF_BEFORE.search(low, max(0, h.start - 24), h.start) is not None:
                continue  # "7.5% of sales": the object of another share
            return h
        return None

    @staticmethod
    def _ratio_key(h: Hit, low: str) -> tuple[str | None, Hit | None] | None:
        """The measure of a ratio to sales whose subject is `h` (None: a share of revenue, as found)."""
        if h.key == UNKEYED and any(map(low[h.start : h.end].__contains__, _REVENUE_PART)):
            return None  # "non-interest income was 28% of revenues": a part of the revenue
        if h.key in _SALES_RATIO_KEY:
            return _SALES_RATIO_KEY[h.key], h
        if h.key in _SALES_RATIO_NONE:
            return None, None
        return None

    @staticmethod
    def _rate_points(s: _Sentence, qs: int) -> bool:
        """Whether points of change follow a rate or ratio named shortly before them, with no growth,
        currency or impact word from there on ("the royalty rate increased by eight basis points", "a rate of
        95%, up 50 basis points", "the non-performing loan ratio increased 18 basis points"): the change of a
        rate with no key (rates with a key are found as their own phrase)."""
        low = s.lowered
        starts = [m.start() for m in _RATE_NOUN.finditer(low, max(0, qs - _RATE_NOUN_REACH), qs)]
        # from a little before the last rate noun: "exchange rates", "currency rates" are no rate of theirs
        return bool(starts) and _RATE_POINTS_NOT.search(low, max(0, starts[-1] - 20), qs) is None

    def _level_compared(self, s: _Sentence, qs: int) -> tuple[str | None, Hit | None] | None:
        """The measure of a % stated as the base a level is compared with ("the underwriting expense ratio
        increased to 30.4%, compared to 29.9% in 2018", "captured over 85% of our business, an increase from
        84%"): that of the last % before it when that one is a level (no growth); None when it is a growth
        or the sentence states no % before it."""
        seen = self._seen_last_ratio(s, qs)
        if seen is None:
            return None
        return None if seen[1] in _GROWTH_KEYS else (seen[1], None)

    @staticmethod
    def _own_noun(qm: QuantityMatch) -> bool:
        """Whether the count names its noun in its span ("2,200 homes"; not "two" of "two of our centers")."""
        noun = qm.quantity.unit.noun
        return noun is not None and noun.lower() in qm.text.lower()

    def _margin_named_before(self, s: _Sentence, h: Hit) -> tuple[str | None, Hit | None] | None:
        """The margin a bare "margin" refers back to: the one margin the sentence names before it ("gross
        profit margin of 46.3% was 610 basis points above the margin achieved a year ago" -> gross_margin).
        None when the phrase names its margin, or the sentence names none or several before it."""
        if s.lowered[h.start : h.end] not in _BARE_MARGIN:
            return None
        low = s.lowered
        named = {
            o.key: o
            for o in s.metrics
            if o.end <= h.start and o.key.endswith("_margin") and low[o.start : o.end] not in _BARE_MARGIN
        }
        if len(named) != 1:
            return None
        key, o = next(iter(named.items()))
        return key, o

    @staticmethod
    def _margin_of_profit_before(s: _Sentence, h: Hit) -> tuple[str | None, Hit | None] | None:
        """The margin a bare "margin" is of when the sentence names no margin before it but one profit
        measure with a margin key ("EBITDA of $409 million with sales of $1.7 billion resulted in a margin of
        24%", "EBITDA was $12 million or an 8% margin" -> ebitda_margin): that profit over the sales. None
        when the sentence names a margin or several profit measures before it."""
        if s.lowered[h.start : h.end] not in _BARE_MARGIN:
            return None
        before = [o for o in s.metrics if o.end <= h.start]
        low = s.lowered
        if any(o.key.endswith("_margin") and low[o.start : o.end] not in _BARE_MARGIN for o in before):
            return None
        keys = {_PROFIT_MARGIN[o.key] for o in before if o.key in _PROFIT_MARGIN}
        return (keys.pop(), None) if len(keys) == 1 else None

    def _note_margin(self, s: _Sentence, h: Hit | None) -> tuple[str | None, Hit | None] | None:
        """In a research note, a loose "profit margin" (or bare "margin") is the one operating-level margin
        the note names by its own name elsewhere ("the cloud EBITA margin in FY26Q4 was 9%" ... "cloud profit
        margin from the current 9% to 20%" -> ebita_margin): a note on a company reporting EBITA (EBITDA)
        margins says "profit margin" loosely for it. None when the phrase names its margin, or the note names
        no such margin or several (gross margin is a margin of another level, not counted)."""
        if h is None or s.lowered[h.start : h.end] not in _LOOSE_MARGIN:
            return None
        if self._note_margin_key is False:
            text = self.doc.text
            low = text.lower()
            named = {
                o.key
                for o in self.lex.index.find(text, low)
                if o.key.endswith("_margin")
                and o.key != "gross_margin"
                and low[o.start : o.end] not in _LOOSE_MARGIN
            }
            self._note_margin_key = next(iter(named)) if len(named) == 1 else None
        key = self._note_margin_key
        return (key, h) if isinstance(key, str) and key != "operating_margin" else None

    @staticmethod
    def _organic_key(s: _Sentence, qs: int) -> str:
        """The key of a % stated "organically" with no measure named before it: `revenue_growth` when the
        whole company grew or sales are named ("we grew 8% organically", "Sales in the region ... were down 3%
        organically"), `growth` when a business or segment did ("Our home care business was up low single
        digits organically", "Stationery and office grew strong double digits organically"; README: a
        business named without "revenue" is `growth`)."""
        return "revenue_growth" if _ORGANIC_WHOLE.search(s.lowered, 0, qs) is not None else "growth"

    def _metric_of(self, s: _Sentence, qm: QuantityMatch, qs: int, qe: int) -> tuple[str | None, Hit | None]:
        found = self._metric(s, qm, qs, qe)
        low = s.lowered
        if (
            (found[0] == "growth" or (found[0] is None and qm.quantity.unit.kind is UnitKind.RATIO))
            and "organic" in low  # a word both patterns need
            and (_ORGANIC_AFTER.match(low, qe) or _ORGANIC_BEFORE.search(low, max(0, qs - 30), qs))
            and not any(
                h.end <= qs and h.key not in _GENERIC_METRICS and not s.crosses(h.end, qs) for h in s.metrics
            )
        ):
            return self._organic_key(s, qs), None  # "we grew 8% organically": the company's sales grew
        q = qm.quantity
        if found[0] == "operating_income" and q.unit.kind is UnitKind.CURRENCY:
            # "a $68 million profit in the quarter or $0.11 per diluted share": a profit paired with its
            # amount per share is the net income, and that amount per share is EPS
            if q.unit.per_share:
                return "eps", found[1]
            said = low[found[1].start : found[1].end] if found[1] is not None else ""
            if said in ("profit", "profits") and _OR_PER_SHARE.match(low, qe) is not None:
                return "net_income", found[1]  # an "operating profit" so paired stays operating income
        if found[0] == "loss" and q.unit.kind is UnitKind.CURRENCY and _LOSS_PER_SHARE.match(low, qe):
            return "eps", found[1]  # "a $2.15 loss per diluted share": earnings per share, negative
        if (
            found[0] == "net_income"
            and q.unit.kind is UnitKind.CURRENCY
            and not q.unit.noun  # "$1.54 per pound" is no earnings per share
            and not q.scale
            and q.value < _PER_SHARE_MAX
        ):
            return "eps", found[1]  # "third quarter earnings were $1.52": no company earns dollars and cents
        if (
            q.unit.kind is UnitKind.CURRENCY
            and not q.unit.noun
            and not q.scale
            and q.value < _PER_SHARE_MAX
            and _CENTS.search(qm.text) is not None
        ):
            if found[0] == "revenue":
                return None, None  # "revenue was higher by $0.10 per share": an EPS bridge step, no revenue
            # (the branches below read EPS bridge steps as `eps` and remember their values, which later
            # amounts of the bridge are matched against; `metric` then clears the steps `_eps_step`
            # recognises, README seventh session: per-share impacts have no metric. Others keep `eps`.)
            if found[0] == "eps":
                self._eps_values.add(round(q.value, 2))
            elif (
                found[0] not in (None, "dividend", "aov", "arpu")
                and _BRIDGE_AFTER.match(s.lowered, qe) is not None
                and self._eps_near(qm)
            ):
                self._eps_values.add(round(q.value, 2))
                return "eps", None  # no company's costs are dollars and cents: their effect per share
            elif (
                found[0] is None
                and not self._per_share_unkeyed(s, qs)
                and (round(q.value, 2) in self._eps_values or self._eps_near(qm))
            ):
                # "contributed about $0.14 of growth", "$21.50 remains the baseline" after EPS was named:
                # a dollars-and-cents amount with no measure of its own is a step of the EPS bridge
                self._eps_values.add(round(q.value, 2))
                return "eps", None
        return found

    @staticmethod
    def _eps_step(s: _Sentence, qs: int, qe: int) -> bool:
        """Whether an amount read as EPS is an effect, a step or a variance of it ("a $0.13 drag from
        one-time costs", "contributed about $0.14 of growth", "an impact to earnings per share of $0.07",
        "raising our EPS guidance by $0.60"), not a level (README, decided 2026-12-03: no metric)."""
        low = s.lowered
        return (
            _EPS_STEP_AFTER.match(low, qe) is not None
            or _EPS_STEP_BEFORE.search(low, max(0, qs - _EPS_STEP_REACH), qs) is not None
            or (
                _IN_EPS_AFTER.match(low, qe) is not None
                and _EPS_CHANGE_OF.search(low, max(0, qs - 30), qs) is not None
            )
        )

    @staticmethod
    def _eps_change(s: _Sentence, qs: int, qe: int) -> bool:
        """Whether an amount read as EPS is the change of EPS itself, said before it ("an increase of $0.22",
        "up 13% or $0.37 to $3.21", "EPS is up $0.64") or after it ("$0.01 higher than the prior year", "that
        $0.13 increase in our diluted EPS"): a variance of EPS (README, decided in the eighth session: no
        metric). A level reached or left ("increased to $3.21", "up from $2.99") or a range the change ends in
        ("expect earnings per share to increase between $8.05 and $8.25") stays EPS."""
        low = s.lowered
        if low.startswith("between", qs):
            return False
        return (
            _EPS_CHANGE_BEFORE.search(low, max(0, qs - 60), qs) is not None
            or _EPS_CHANGE_AFTER.match(low, qe) is not None
        )

    @staticmethod
    def _part_results(s: _Sentence, qs: int) -> bool:
        """Whether an amount read as EPS is the results per share of a part of the company, told before it
        in its sentence with no EPS or earnings named there: "Results for the Regulated Business segment were
        $1.18 per share, an increase of $0.21 per share", "The parent results decreased $0.02 per share"
        (README, decided 2026-12-03: a part or step of EPS has no metric; "Our earnings were $1.87 per share"
        stays EPS)."""
        low = s.lowered
        if "results" not in low[:qs]:
            return False
        return _PART_RESULTS.search(low, 0, qs) is not None and _EPS_OR_EARNINGS.search(low, 0, qs) is None

    @staticmethod
    def _eps_part(s: _Sentence, qs: int, qe: int) -> bool:
        """Whether an amount read as EPS is a part of its change, named as a contribution or by its source:
        "synergies and operations contributed $0.39", "pension and tax accounted for the remaining $0.08",
        "$0.49 from supply chain delays", "about $0.15 of net dilution from divestitures" (README, decided
        2026-12-03: per-share steps have no metric)."""
        low = s.lowered
        return (
            _EPS_PART_BEFORE.search(low, max(0, qs - 40), qs) is not None
            or _EPS_PART_AFTER.match(low, qe) is not None
        )

    @staticmethod
    def _earnings_effect(s: _Sentence, named: Hit | None, qs: int, qe: int) -> bool:
        """Whether an amount read as an earnings measure is what something moved it by, not its level or its
        own change: "impacted Latin America's adjusted earnings by approximately $150 million", "This
        reduced Group Benefits adjusted earnings by $280 million", "Q4 operating income to be negatively
        impacted by approximately $75 million", "a net increase of $31 million to net income" (README,
        decided 2026-12-03: effects and steps of earnings have no metric). The measure must be the verb's
        object (after it) or its passive subject; "net income increased by $430 million" is the measure's
        own change and "we are raising our operating income guidance by $50 million" a guidance raise."""
        low = s.lowered
        if _CHANGE_TO_EARNINGS.match(low, qe) is not None:
            return _CHANGE_NOUN_BEFORE.search(low, max(0, qs - 40), qs) is not None
        if named is None or named.end > qs:
            return False
        by = _EFFECT_BY.search(low, max(0, qs - 20), qs)
        if by is None:
            return False
        clause = max(low.rfind(c, 0, named.start) for c in (",", ";", " while ", " but "))
        verbs = list(_EFFECT_VERB.finditer(low, max(0, clause, named.start - 60), by.start()))
        if not verbs:
            return False
        v = verbs[-1]
        if v.end() <= named.start:  # the measure is the verb's object: "reduced ... earnings by"
            lead = low[max(0, clause, v.start() - 12) : v.start()]
            if re.search(r"\b(?:we|we've|we're|i)\s+$", lead) is not None:
                return False  # "we increased net income by": the company moved its own measure
            if (
                v.group().startswith(_CHANGE_VERB_STEM)
                and _CAUSE_SUBJECT.search(low, max(0, clause), v.start()) is None
            ):
                return False  # "supply chain solutions increased operating profit by": its own change
            return "guidance" not in low[v.end() : by.start()] and "outlook" not in low[v.end() : by.start()]
        return _EFFECT_PASSIVE.search(low, max(0, v.start() - 40), v.end() + 1) is not None

    @staticmethod
    def _named_as_charge(s: _Sentence, qs: int, qe: int) -> bool:
        """Whether the amount is named as a charge: "a pre-tax charge of $247 million", "a $7.1 million
        special charge", "a $38 million or $0.22 per share noncash charge" (README, decided 2026-12-03:
        one-time charges in dollars have no metric)."""
        low = s.lowered
        return (
            _CHARGE_BEFORE.search(low, max(0, qs - _CHARGE_REACH), qs) is not None
            or _CHARGE_AFTER.match(low, qe) is not None
        )

    def _eps_near(self, qm: QuantityMatch) -> bool:
        """Whether EPS is named in the few hundred characters before the number (read only when a rule
        needs it: it lower-cases that stretch of the document)."""
        return _EPS_NEAR.search(self.doc.text[max(0, qm.start - _EPS_REACH) : qm.start].lower()) is not None

    @staticmethod
    def _charge_not_measured(s: _Sentence, h: Hit, qm: QuantityMatch) -> bool:
        """Whether a restructuring charge named in the sentence is not what the number measures: an amount
        per share or in points is an EPS or margin bridge step ("excludes $0.01 of restructuring charges",
        "10 basis points of restructuring charges", "which represented a negative $0.72"; README: EPS
        impacts have no metric), and a measure "excluding" or "adjusted for" the charges is that measure's
        ("Adjusted earnings per share which exclude amortization, restructuring charges and special items,
        were $6.77")."""
        low = s.lowered
        if "restructuring" not in low[h.start : h.end]:
            return False
        q = qm.quantity
        unit = q.unit
        return (
            unit.per_share
            or unit.kind is not UnitKind.CURRENCY
            or (not q.scale and q.value < _PER_SHARE_MAX)  # "represented a negative $0.72": cents a share
            or _LEFT_OUT.search(low, 0, h.start) is not None
        )

    def _metric(self, s: _Sentence, qm: QuantityMatch, qs: int, qe: int) -> tuple[str | None, Hit | None]:
        unit = qm.quantity.unit
        if unit.noun:
            key = self._noun_key(unit.noun)
            if key == UNKEYED:
                return None, None  # "1,200 orders": a count of something the vocabulary has no key for
            if key in ("units_delivered", None) and _IN_PRODUCTION.match(s.lowered, qe) is not None:
                # "14,728 homes currently under construction": units being built, not a delivery named nearby
                return None, None
            if key is not None and unit.kind is UnitKind.MULTIPLE and not self.lex.metrics[key].accepts(unit):
                return None, None  # "net leverage of 2.2 times EBITDA": a ratio to the profit, not the profit
            if key is not None and not (key == "units_delivered" and self._unkeyed_lead(s, qs)):
                return key, None
            if key is not None:
                return None, None  # "orders of 6,300 units", "backlog of 24,900 units": not units delivered
            for h in s.metrics:
                # "postpaid phone net adds were 267,000": the noun is the tail of a counted metric's phrase
                if (
                    h.key != UNKEYED
                    and h.end <= qs
                    and s.lowered.endswith(unit.noun.lower(), h.start, h.end)
                    and not s.crosses(h.end, qs)
                    and self.lex.metrics[h.key].accepts(unit)
                ):
                    return h.key, h
            head = unit.noun.lower().rsplit(" ", 1)[-1]
            if (
                unit.kind is UnitKind.COUNT
                and head in _NEW_CUSTOMER_HEADS
                and _NEW_CUSTOMER_NOUN.fullmatch(unit.noun.lower()) is not None
            ):
                return "customers", None
            if unit.kind is UnitKind.COUNT and (
                self._shipped(s, qm, head)
                or (head in _SOLD_NOUNS and _SOLD.search(s.lowered, max(0, qs - 30), qs) is not None)
                or (
                    head in _DELIVERED_NOUNS and _DELIVERED.search(s.lowered, max(0, qs - 30), qs) is not None
                )
            ):
                return "units_delivered", None
            if (
                unit.kind is UnitKind.COUNT
                and head not in _MEASURE_NOUNS
                and self._noun_key(head) is None
                and not any(qs <= h.start <= qe + 1 for h in s.metrics)
            ):
                # "30 million parts", "nearly 50 markets": a count of its own noun, not of a metric named
                # elsewhere; "40 new stores", "18,000 more natural gas customers" are still theirs
                return None, None
        if (
            "return" in s.lowered
            and _RETURN_BEFORE.search(s.lowered, max(0, qs - 30), qs) is not None
            and (
                _TO_HOLDERS.match(s.lowered, qe) is not None  # "returned $860 million to shareholders"
                or _HOLDERS.search(s.lowered, 0, qs)
                is not None  # "return cash to shareholders ..., returning $800"
            )
        ):
            return None, None  # cash returned to shareholders: the vocabulary has no key for it
        if unit.kind in (UnitKind.RATIO, UnitKind.PP) and (
            self._deviation(s, qm, qs, qe) or (" than " in s.lowered and self._than_another(s, qe))
        ):
            return None, None
        if (
            unit.kind is UnitKind.CURRENCY
            and not unit.per_share  # "a $0.10 per share reserve release" is a step of the EPS bridge
            and (bool(qm.quantity.scale) or qm.quantity.value >= 1000)
            and _ADJECTIVE_BEFORE.search(s.lowered, max(0, qs - 4), qs)
            and self._measures_noun_after(s, qe)
        ):
            return None, None  # "benefited from a $60 million insurance settlement": the settlement's
        if unit.kind is UnitKind.PP:
            impact = self._impact_on_previous(s, qs, qe)
            if impact is not None:
                return impact, None
            for h in s.metrics:  # "Pricing was a 110 basis point benefit to gross margin": the margin's
                if h.start >= qe and h.key != UNKEYED and _EFFECT_ON.fullmatch(s.lowered, qe, h.start):
                    key = self._compatible(s, h, unit, qs, qe)
                    if key is not None:
                        return key, h
        if unit.kind is UnitKind.RATIO and self._share_of_activity(s, qe):
            return "volume_share", None
        if unit.kind is UnitKind.RATIO:
            for h in s.metrics:
                if h.start < qe:
                    continue
                m = self.lex.metrics.get(h.key)
                counted = m is not None and m.units in (("count",), ("count", "multiple"))
                if counted and _OF_POPULATION.fullmatch(s.lowered, qe, h.start):
                    # "20% of our members", "40% of our tons shipped": a share of what is counted
                    # "15% of units" may be apartments, "92% of services delivered online" no shipment
                    said = s.lowered[h.start : h.end]
                    shipped = h.key == "units_delivered" and said not in _NOT_SHIPMENTS
                    return ("volume_share" if shipped else None), None
                if h.key == UNKEYED and self._share_of_volume(s, h, qe):
                    return "volume_share", None
                break
        maybe_money = not qm.unit_explicit and unit.kind is UnitKind.COUNT and bool(qm.quantity.scale)
        best: tuple[float, str, Hit] | None = None
        grown: tuple[float, str, Hit] | None = None  # "revenue of $4 billion, an increase of 8%"
        named: tuple[float, str, Hit] | None = None  # "operating margin was 20%, which increased by 200 bp"
        low = s.lowered
        # words some rules need, looked for once per number rather than once per phrase
        excluding = "exclud" in low or "net of" in low
        margin_on = "margin" in low
        via = "through" in low or "via" in low or "form of" in low
        several = len(self._sentence_quantities) > 1
        # an amount of money: not per share nor dollars and cents (EPS-bridge steps), and not points
        amount = (
            unit.kind is UnitKind.CURRENCY
            and not unit.per_share
            and (bool(qm.quantity.scale) or qm.quantity.value >= 1000)
        )
        # an amount "of <words> <measure>" ("margin was impacted by 480 basis points of higher manufacturing
        # costs" is the margin's)
        described = amount and (" of " in low or " in " in low)
        # a share followed by "of <measure>" names its own whole ("60% of sales and 75% of EBITDA")
        own_whole = (
            unit.kind is UnitKind.RATIO
            and low.startswith(" of ", qe)
            and any(
                o.start > qe and o.key != UNKEYED and _SHARE_OF_GAP.fullmatch(low, qe, o.start) is not None
                for o in s.metrics
            )
        )
        for h in s.metrics:
            if excluding and self._excluded(s, h, qs, qe):
                continue  # "adjusted earnings, excluding amortization expense, is expected to be $7.40"
            if h.key == "expenses" and self._charge_not_measured(s, h, qm):
                continue
            # an [unkeyed] phrase ("backlog", "net interest margin") can be what any number measures
            key = (
                UNKEYED
                if h.key == UNKEYED or (not amount and self._depreciation_not_dollars(s, h, qm))
                else self._compatible(s, h, unit, qs, qe)
            )
            if h.key == "debt" and unit.kind in (UnitKind.RATIO, UnitKind.PP):
                key = UNKEYED  # "$350 million of 2% senior notes": a coupon, no growth of the debt
            if key not in (None, UNKEYED) and unit.per_share and self.lex.metrics[key].nature == "stock":
                continue  # "interest on our convertible notes of $0.20 per share": no balance is per share
            if key is None and maybe_money and "currency" in self.lex.metrics[h.key].units and h.key != "eps":
                key = h.key  # "revenue of 5 billion" (no one's earnings per share run to millions)
            # "$3.1 billion of earnings off $8.9 billion of revenue": the share alias "of revenue" right after
            # an amount names the revenue it is, whatever is named before
            amount_of = (
                amount
                and h.key in _SHARE_KEYS
                and qe < h.start <= qe + 1
                and low.startswith("of ", h.start)
                and _MODIFIES_NEXT.match(low, h.end) is None  # not "$20 million of revenue maintain capital"
            )
            if key is None or (h.key in _SHARE_KEYS and not amount_of and self._named_before(s, h, unit, qs)):
                continue
            if own_whole and h.end <= qs and h.key in _SHARE_KEYS and self._whole_of_number_before(s, h):
                continue  # the whole of the share before ("of sales") is that number's, not this one's
            said = low[h.start : h.end]
            weak = said in _WEAK_ALIASES
            if (weak and self._inside_other(s, qm, h)) or (
                h.end <= qs
                and h.key not in _SHARE_KEYS
                and (
                    s.share_object_before(h.start)
                    or (margin_on and _MARGIN_ON.search(low, max(0, h.start - 40), h.start) is not None)
                )
                and (unit.kind is UnitKind.PP or self._named_before(s, h, unit, qs))
            ):
                # "per share" of "$1.01 per share" is not the next number's; in "SG&A as a percentage of
                # revenue was 11.9%, 110 basis points better" or "operating margin as a percentage of
                # revenues increased to 39.5%", revenue is not what the number measures
                continue
            if h.start >= qe and (
                (
                    self._owned_by_next(s, qm, h)
                    and _SHARE_OF_GAP.fullmatch(low, qe, h.start) is None
                    and not (unit.kind is UnitKind.CURRENCY and _IN_NOUN.fullmatch(low, qe, h.start))
                )
                or (
                    h.key not in _GENERIC_METRICS
                    and self._held_between(s, qm, h)
                    and not (h.key == "debt" and self._coupon(s, h, qe))
                )
                or _CAUSE.search(low, qe, h.start) is not None
                or (
                    _AND_CLAUSE_GAP.fullmatch(low, qe, h.start) is not None
                    and _CLAUSE_VERB.match(low, h.end) is not None
                )
            ):
                # "up 20% with 8.8% operating margin": the phrase names the number nearer to it (a generic
                # "growth" may close a list: "double-digit EPS and double-digit FCF growth");
                # "to 25.5% from higher volume": a cause, not what the number measures
                continue
            if (
                several
                and h.start >= qe
                and unit.kind not in (UnitKind.RATIO, UnitKind.PP)
                and s.share_object_before(h.start)
                and self._claimed_between(qm, h)
            ):
                continue  # "$238 million or 18.2% of sales": sales is what the share is taken of
            d = s.distance(h.start, h.end, qs, qe)
            if h.start >= qe and (
                _OF_GAP.fullmatch(low, qe, h.start) is not None
                or (via and _VIA_GAP.fullmatch(low, qe, h.start) is not None)
                or (described and self._of_described(s, h, qe))
            ):
                d = 0.0  # "$85 million of cash", "$397 million through share repurchases": what the number is
            if amount_of:
                d = 0.0
            coupon = h.key == "debt" and self._coupon(s, h, qe)
            if coupon:
                d = 0.0  # "$800 million of our 5.5% senior notes": the notes, whose coupon stands between
            if (low.find(" and ", qe, h.start) if h.start >= qe else low.find(" and ", h.end, qs)) >= 0:
                d += _AND_PENALTY  # "cash and $2 billion of debt": each item its own metric
            if not coupon and self._claimed_between(qm, h):
                d += _AND_PENALTY  # "revenue of $5 billion and 10% growth": the $5 billion holds "revenue"
            if key == UNKEYED and h.start >= qe:
                if (
                    unit.kind is UnitKind.RATIO
                    and _OF_GAP.fullmatch(low, qe, h.start)
                    and any(
                        o.end <= qs
                        and o.key != UNKEYED
                        and o.key not in _GENERIC_METRICS
                        and self.lex.metrics[o.key].accepts(unit)
                        for o in s.metrics
                    )
                ):
                    continue  # "a tax rate of 24% to 26% of pretax income": what the rate is taken of
                d += _INFERRED_PENALTY  # "revenues declined 1% as volume declines": the subject first
            named_growth = (
                key.endswith("_growth")
                and key != h.key
                and h.end <= qs
                and (not s.crosses(h.end, qs) or self._growth_of_subject(s, h, qs, qe))
            )
            if named_growth and (grown is None or d < grown[0]):
                grown = (d, key, h)
            if (
                key == h.key
                and h.end <= qs
                and key not in _GENERIC_METRICS
                and (named is None or d < named[0])
            ):
                named = (d, key, h)
            if (h.key in _GENERIC_METRICS and said in _GENERIC_WORDS) or said in _WEAK_ALIASES:
                d += _GENERIC_PENALTY  # not "unit growth", "rent growth": a growth named as such
            elif key != h.key and not amount_of:  # inferred ("% of revenue" -> a share) yields to a named one
                d += _INFERRED_PENALTY
            if best is None or d < best[0]:
                best = (d, key, h)
        if unit.kind in (UnitKind.RATIO, UnitKind.PP):
            of = self._change_of(s, unit, qs, qe)
            if of is not None:
                return of
        if (
            best is not None
            and best[2].key in _GENERIC_METRICS
            and grown is not None
            and s.lowered[best[2].start : best[2].end] in _GENERIC_WORDS
        ):
            best = grown  # a generic "increase" of a named metric is that metric's growth ("admission growth"
            # names a growth of its own: "revenues increased 20%, driven by a 17.5% admission growth")
        if (
            best is not None
            and best[2].key in _GENERIC_METRICS
            and unit.kind is UnitKind.RATIO
            and not self._growth_named_as_such(s, best[2], qs)
        ):
            subject = self._changed_subject(s, qs, qe)
            if subject is not None:
                best = (best[0], subject.key, subject)
        if (
            best is not None
            and best[1] in _GENERIC_METRICS
            and named is not None
            and (
                unit.kind is UnitKind.PP
                or (
                    _NEW_LEVEL.search(s.lowered, max(0, qs - _NEW_LEVEL_REACH), qs) is not None
                    and (named[1] == UNKEYED or not self._other_between(s, named[2], qs))
                )
            )
        ):
            # basis points of change of a named margin or rate measure that rate; so does the level it
            # moved to ("G&A as a percentage of revenue was up year-over-year to 17%")
            best = named
        if best is not None and best[1] == UNKEYED:
            # "orders were up 58%", "loan growth would have been 4.3%": a change of something, growth;
            # "backlog of $3 billion", "net interest margin was 2.5%": no key
            hit = best[2]
            if self._level_then_change(s, hit, qs, qe):
                return None, None  # "the combined ratio of 90.3% rose about 2 points": the level, no change
            if (
                hit.end <= qs
                and ("point" in s.lowered or "bp" in s.lowered)  # words _POINTS_TO needs
                and _POINTS_TO.search(s.lowered, max(0, qs - _POINTS_TO_REACH), qs) is not None
            ):
                return None, None  # "net interest margin rose 3 basis points to 2.53%": the level reached
            if unit.kind is UnitKind.MULTIPLE and hit.end <= qs and self._multiple_is_change(s, qm, qe):
                return "growth", None  # "orders more than doubled": a change of something with no key
            moving = unit.kind is UnitKind.RATIO and (
                self._moves(s, qs, qe)
                or s.lowered.endswith("growth", hit.start, hit.end)  # "double digit order growth"
                or (  # "grew organic pump project orders by 22%"
                    _BY_AMOUNT.search(s.lowered, max(0, qs - 30), qs) is not None
                    and any(g.key in _GENERIC_METRICS and g.end <= hit.start for g in s.metrics)
                )
                or (
                    _CHANGE_IN_BEFORE.search(s.lowered, max(0, hit.start - 50), hit.start) is not None
                    and _CHANGE_IN_GAP.fullmatch(s.lowered, hit.end, qs) is not None
                )
                or any(  # "loan growth was 4.3%", "5% volume growth"
                    g.key in _GENERIC_METRICS
                    and hit.end <= g.start
                    and (g.end <= qs or not s.crosses(qe, g.start))
                    for g in s.metrics
                )
            )
            return ("growth", None) if moving else (None, None)
        if best is not None and best[1] in ("revenue_share", "profit_share"):
            return self._share_of(s, best[1], best[2], qs)
        if best is not None and unit.per_share and s.lowered[best[2].start : best[2].end] in _WEAK_ALIASES:
            # "our dividend ... was raised for the third consecutive quarter to $0.49 per share"
            for h in reversed(s.metrics):
                if h.key == "dividend" and h.end <= qs and not self._between(s, h.end, qs):
                    return "dividend", h
        if best is not None and best[1] == "net_income" and unit.per_share:
            return "eps", best[2]  # "net income of $0.65 per common share"
        if (
            best is not None
            and unit.per_share
            and s.lowered[best[2].start : best[2].end] in _WEAK_ALIASES
            and self._unkeyed_just_before(s, qs)
        ):
            return None, None  # "FFO totaled $57.7 million or $0.34 per diluted share": FFO's, no EPS
        if best is None and unit.kind in (UnitKind.RATIO, UnitKind.PP) and self._moves(s, qs, qe):
            if unit.kind is UnitKind.PP and _RATE_NOUN.search(s.lowered, max(0, qs - _RATE_NOUN_REACH), qs):
                return None, None  # "our cancellation rate declined by 500 basis points": a rate with no key
            return "growth", None  # "orders were up 39%" with no metric named: a change of something
        if (
            best is None
            and unit.kind is UnitKind.RATIO
            and "reduc" in s.lowered
            and self._reduced(s, qs, qe)
            and self._changed_by(s, qs, False) is None  # "divestitures reduced sales by 3%": revenue_growth
        ):
            return "growth", None  # "reduce emissions intensity by 42%": a change of something with no key
        if best is None and unit.kind is UnitKind.RATIO and _OF_BUSINESS.match(s.lowered, qe) is not None:
            return "revenue_share", None  # "Retail, which is now 25% of the business"
        if best is None and unit.kind is UnitKind.PP and _WIND.search(s.lowered, max(0, qs - 40), qe + 40):
            return "growth", None  # "currency was a 300 basis point tailwind": part of a change of something
        if best is None and unit.kind is UnitKind.RATIO and _WIND.search(s.lowered, max(0, qs - 30), qs):
            return "growth", None  # "four fewer working days, representing a headwind of about 6%"
        if best is None and unit.kind is UnitKind.RATIO and self._mix_of_volume(s, qm, qs):
            return "volume_share", None
        if (
            best is None
            and unit.kind is UnitKind.MULTIPLE
            and _MULTIPLE_OF_BEFORE.match(s.lowered, qe)
            and _DOUBLING.search(qm.text.lower()) is not None
        ):
            return "growth", None  # "usage more than doubled sequentially", "double last year's results"
        if best is None and unit.kind is UnitKind.MULTIPLE and self._multiple_of_past(s, qm, qe):
            return "growth", None
        if best is None and unit.kind is UnitKind.MULTIPLE and _MULTIPLIED.search(qm.text.lower()):
            # "operating profit more than doubled", "EPS tripled": a verb of multiplying is a change of what
            # did it, growth when that has no key taking multiples (not "double the industry average")
            return "growth", None
        return (best[1], best[2]) if best else (None, None)

    @staticmethod
    def _of_described(s: _Sentence, h: Hit, qe: int) -> bool:
        """Whether "of"/"in" and one or two describing words lead from an amount to the phrase `h`, which ends
        its noun phrase or a participle follows ("$326 million in available liquidity", "$2.2 million of
        noncash interest expense related to our notes"): what the amount is. Not when the phrase only
        qualifies a noun after it ("$15 million in additional annualized structural cost savings")."""
        low = s.lowered
        if _OF_WORDS_GAP.fullmatch(low, qe, h.start) is None:
            return False
        if any(qe < o.start < h.start and o.key not in _GENERIC_METRICS for o in s.metrics):
            return False  # "$70 million of estimated annualized revenues": the nearer phrase names it
        after = _WORD_AFTER.match(low, h.end)  # none, a function word or a participle ("costs related to")
        return after is None or after.group(1) in _PHRASE_STOP or after.group(1).endswith("ed")

    @staticmethod
    def _share_of_volume(s: _Sentence, h: Hit, qe: int) -> bool:
        """Whether a % is taken "of" a volume its first phrase after names ("represented 26.8% of our total
        U.S. volume", "made up 25.8% of U.S. domestic volume", "40% of our packaging volume"): a share of
        volume, which has no key of its own. Not a level against a base ("80% of year-ago volumes",
        "90% of pre-pandemic volume"), a market share ("4% of total industry volume"), nor a share of what
        "volume" only qualifies ("half of the potential volume drop", "45% of industry volume growth")."""
        low = s.lowered
        if not low.endswith(("volume", "volumes"), h.start, h.end):
            return False
        if _OF_POPULATION.fullmatch(low, qe, h.start) is None:
            return False
        if _BASE_VOLUME.search(low, qe, h.end) or _MARKET_VOLUME.search(low, qe, h.end):
            return False
        after = _WORD_AFTER.match(low, h.end)  # "of industry volume growth", "of our brand volume net sales"
        return after is None or after.group(1) in _PHRASE_STOP

    @staticmethod
    def _share_of_activity(s: _Sentence, qe: int) -> bool:
        """Whether a % is taken "of" the company's transactions, orders or money volume ("65% of payments were
        made digitally", "90% of all fee-bearing GTV"): a share of volume. Not a level against a base ("80% of
        pre-COVID activity"), a market's ("20% of all industry transactions"), nor a % of a measure with a key
        in between ("30% of sales transactions" is the revenue's)."""
        low = s.lowered
        if not low.startswith(" of ", qe):
            return False
        m = _OF_ACTIVITY.match(low, qe)
        if m is None or _BASE_VOLUME.search(low, qe, m.end()) or _MARKET_VOLUME.search(low, qe, m.end()):
            return False
        return not any(qe <= h.start < m.end() and h.key != UNKEYED for h in s.metrics)

    def _margin_restated(self, s: _Sentence, qm: QuantityMatch, qs: int, qe: int) -> str | None:
        """The margin a % restates when it follows a profit amount ("EBITDA was $162 million or 19.9%",
        "operating earnings of $41 million or 12.8% of sales"): the profit as a share of sales. None when
        the % is of something else ("... or 74% of net income") or the amount is a change."""
        prev = self._number_before(s, qs)
        if prev is None or prev.quantity.unit.kind is not UnitKind.CURRENCY:
            return None
        ps, pe = prev.start - s.start, prev.end - s.start
        if _RESTATED.fullmatch(s.lowered, pe, qs) is None or _OF_SALES_OR_END.match(s.lowered, qe) is None:
            return None
        return _PROFIT_MARGIN.get(self.metric(s, prev, ps, pe)[0] or "")

    @staticmethod
    def _profit_level_margin(s: _Sentence, qs: int, qe: int, forecast_only: bool = False) -> str | None:
        """The margin a bare % level of a profit is ("our 2021 adjusted EBITDA of 23.1% surpassed our previous
        record", "adjusted operating profit was 22.8%", "operating income of 16.4% in the fourth
        quarter"): a profit stated in % is its ratio to sales (README: EBITDA as % of sales `ebitda_margin`).
        Only when the profit phrase is the nearest before the % and a level verb joins them, and no change
        word or ratio to something other than sales follows the %; with `forecast_only`, only a forecast's
        "to be" ("EBITDA is still expected to be in the range of 15.5% to 16%", "EBITDA to be 17%")."""
        near = None
        for h in s.metrics:
            if h.end <= qs:
                near = h
        if near is None or near.key not in _PROFIT_MARGIN:
            return None
        level = _PROFIT_LEVEL.fullmatch(s.lowered, near.end, qs)
        if level is None or (forecast_only and level.group(1) is None):
            return None
        if _OF_SALES_AFTER.match(s.lowered, qe) is None and _NOT_LEVEL_AFTER.match(s.lowered, qe) is not None:
            return None  # "5% of net income", "operating income was 12% higher", "EBITDA of 23% growth"
        return _PROFIT_MARGIN[near.key]

    def _profit_moved_margin(self, s: _Sentence, qs: int) -> str | None:
        """The margin of a profit that moved from one % to another ("EBITDA increased from 10.5% to 16.1% of
        sales", "EBITDA increased as a percent of sales from 10% to 10.5%", "EBITDA increased from 12.3% of
        sales to 15.1%"), for either end: a profit stated in % is its ratio to sales (README: EBITDA as % of
        sales `ebitda_margin`). The profit phrase must be the nearest measure before the verb."""
        low = s.lowered
        m = _PROFIT_MOVED_FROM.search(low, max(0, qs - 60), qs)
        if m is None:  # the second end: "from 10.5% to" right before it
            prev = self._number_before(s, qs)
            if prev is None or prev.quantity.unit.kind is not UnitKind.RATIO:
                return None
            ps, pe = prev.start - s.start, prev.end - s.start
            if _FROM_PCT_TO.fullmatch(low, pe, qs) is None:
                return None
            m = _PROFIT_MOVED_FROM.search(low, max(0, ps - 60), ps)
            if m is None:
                return None
        near = None
        for h in s.metrics:
            if h.end <= m.start():
                near = h
        if near is None or near.key not in _PROFIT_MARGIN:
            return None
        if _PROFIT_GAP.fullmatch(low, near.end, m.start()) is None:
            return None
        return _PROFIT_MARGIN[near.key]

    @staticmethod
    def _coupon(s: _Sentence, h: Hit, qe: int) -> bool:
        """Whether only a coupon stands between the amount and the debt phrase after it ("$800 million of
        our existing 5.5% senior notes")."""
        return h.key == "debt" and h.start >= qe and _COUPON_GAP.fullmatch(s.lowered, qe, h.start) is not None

    def _excluded(self, s: _Sentence, h: Hit, qs: int, qe: int) -> bool:
        """Whether the metric phrase `h` is what an "excluding" or "net of" phrase leaves out, with the number
        outside that phrase ("total revenues, excluding marketing fees, were $142 million"; "interest
        expense, net of interest income, is estimated at $40 million"). A number inside it is still the
        phrase's ("excluding fuel expense of $50 million")."""
        low = s.lowered
        if "exclud" not in low and "net of" not in low:
            return False
        m = _EXCLUDING.search(low, max(0, h.start - _EXCLUDING_REACH), h.start)
        if m is None:
            return False
        if qe <= m.start():
            return True  # the number comes before the phrase
        if qs < h.end:
            return False  # the number between "excluding" and the phrase: the phrase may well be its
        return _EXCLUDING_END.search(low, h.end, qs) is not None

    def _than_another(self, s: _Sentence, qe: int) -> bool:
        """Whether the % compares the company with another organisation, not with an earlier period ("rates
        about 17% lower than PG&E's", "a cost 10% below our peers'"): a gap with no metric."""
        m = _THAN.match(s.lowered, qe)
        if m is None:
            return False
        at = m.end()
        if _THAN_OTHERS.match(s.lowered, at) is not None:
            return True
        if not s.text[at : at + 1].isupper():
            return False
        return not any(at <= pm.start < at + 4 for pm in s.periods)  # "than Q3", "than January"

    def _shipped(self, s: _Sentence, qm: QuantityMatch, head: str) -> bool:
        """Whether the count `qm` of `head` follows a ship/deliver verb, or counts the same noun as one that
        does ("ship approximately 45 million tests in 2021 compared to our prior estimate of 36 million
        tests")."""
        for o in self._sentence_quantities:
            noun = o.quantity.unit.noun
            if (o is qm or (noun and noun.lower().rsplit(" ", 1)[-1] == head)) and _SHIPPED.search(
                s.lowered, max(0, o.start - s.start - 30), o.start - s.start
            ):
                return True
        return False

    @staticmethod
    def _growth_named_as_such(s: _Sentence, h: Hit, qs: int) -> bool:
        """Whether the growth phrase `h` names a growth of its own right before the number, with no other
        measure between ("same-store revenue growth of 13.6%, ..., and same-store NOI growth of 20.2%",
        "revenue growth of 4% and NOI growth of 20.2%"): that growth is what the number measures, not a
        change of the measure named earlier in the sentence. A generic word ("growth", "increased") is not."""
        low = s.lowered
        if h.end > qs or low[h.start : h.end] in _GENERIC_WORDS:
            return False
        if qs - h.end > 30 or s.crosses(h.end, qs):
            return False
        return not any(h.end <= o.start and o.end <= qs for o in s.metrics)

    def _changed_subject(self, s: _Sentence, qs: int, qe: int) -> Hit | None:
        """The measure a moving % changes when only a generic growth word is near it: the last one named
        before it, if it has a growth key of its own or takes ratios itself ("Industrial revenue increased
        28.1% year-over-year and 2.1% over the last quarter", "SG&A expense of $275 million, increased
        22.5%"); None for any other measure ("EPS increased 40%" is growth) or none."""
        if not self._moves(s, qs, qe):
            return None
        for g in s.metrics:  # "a 13% increase in global vehicle production": what changed is named after
            if g.start >= qe and _CHANGE_GAP.fullmatch(s.lowered, qe, g.start):
                if g.key in _GENERIC_METRICS and _OF_IN.match(s.lowered, g.end):
                    return None
                break
        for h in reversed(s.metrics):
            if h.end > qs or h.key in _GENERIC_METRICS or self._excluded(s, h, qs, qe):
                continue
            if h.key == UNKEYED or h.key in _SHARE_KEYS:
                return None
            m = self.lex.metrics[h.key]
            if m.family == "growth" or ("currency" in m.units and "ratio" in m.units):
                return h
            return None
        return None

    def _deviation(self, s: _Sentence, qm: QuantityMatch, qs: int, qe: int) -> bool:
        """Whether the number is a deviation from a reference ("running 1% below baseline"), or is compared
        with one with no measure named between ("1% below baseline versus the previously anticipated 2.5%",
        "150 basis points less than our previous assumption of 2.5% below baseline")."""
        if "normal" not in s.lowered and "baseline" not in s.lowered:
            return False  # words _DEVIATION needs
        if _DEVIATION.match(s.lowered, qe) is not None:
            return True
        qms = self._sentence_quantities
        i = next((k for k, o in enumerate(qms) if o is qm), -1)
        for j in (i - 1, i + 1):
            if i < 0 or not 0 <= j < len(qms):
                continue
            o = qms[j]
            os_, oe = o.start - s.start, o.end - s.start
            rate = o.quantity.unit.kind in (UnitKind.RATIO, UnitKind.PP)
            if not rate or not _DEVIATION.match(s.lowered, oe):
                continue
            lo, hi = (oe, qs) if j < i else (qe, os_)
            if _COMPARED.search(s.lowered, lo, hi) is not None and not any(
                lo <= h.start and h.end <= hi and h.key not in _GENERIC_METRICS for h in s.metrics
            ):
                return True
        return False

    def _measures_noun_after(self, s: _Sentence, qe: int) -> bool:
        """Whether the noun phrase right after an adjectival amount ("a $60 million insurance settlement")
        names something other than a metric or a change of one ("a $13 million foreign currency headwind",
        "a $299 million electric revenue increase" keep theirs)."""
        m = _ADJECTIVE_AFTER.match(s.lowered, qe)
        if m is None:
            return False
        words: list[str] = []
        end = qe
        for w in re.finditer(r"[a-z][a-z0-9-]*", s.lowered[qe : m.end()]):
            if w.group() in _PHRASE_STOP:
                break
            words.append(w.group())
            end = qe + w.end()
        if not words or any(w in _CHANGE_NOUNS or w.removesuffix("s") in _CHANGE_NOUNS for w in words):
            return False
        return not any(qe <= h.start < end for h in s.metrics)

    def _unkeyed_lead(self, s: _Sentence, qs: int) -> bool:
        """Whether a phrase the vocabulary has no key for leads straight into the number ("orders of",
        "backlog to", "production was")."""
        for h in reversed(s.metrics):
            if h.end <= qs:
                if s.lowered.endswith("sales volume", 0, h.end):
                    return False  # "retail sales volume of 21,255 units": units sold
                return h.key == UNKEYED and _LEAD_GAP.fullmatch(s.lowered, h.end, qs) is not None
        return False

    @staticmethod
    def _multiple_of_past(s: _Sentence, qm: QuantityMatch, qe: int) -> bool:
        """Whether a multiple is the measure against its own past, a change ("free cash flow of $10.9 billion,
        more than double the amount generated in the prior year", "nearly triple that of a year ago", "five
        times what it was at the end of last year"; not "double the industry average")."""
        return (
            _MULTIPLE_OF_PAST.match(s.lowered, qe) is not None
            and _DOUBLING_OR_TIMES.search(qm.text.lower()) is not None
        )

    def _multiple_is_change(self, s: _Sentence, qm: QuantityMatch, qe: int) -> bool:
        """Whether a multiple said of a measure with no key is a change of it, growth: a verb of multiplying
        ("orders more than doubled") or a multiple of its own past ("backlog was more than twice the value
        from a year ago")."""
        return _MULTIPLIED.search(qm.text.lower()) is not None or self._multiple_of_past(s, qm, qe)

    def _unkeyed_just_before(self, s: _Sentence, qs: int) -> bool:
        """Whether the last measure named before the number, in its clause and a few words back, is one the
        vocabulary has no key for ("FFO was $1.73 per share", "AFFO per share came in at $0.47 per share"):
        "per share" in the amount then says whose share, not that it is earnings per share."""
        low = s.lowered
        for h in reversed(s.metrics):
            if h.end > qs or low[h.start : h.end] in _WEAK_ALIASES:
                continue  # "per share" of this or an earlier amount names no measure
            return h.key == UNKEYED and qs - h.end <= _UNKEYED_REACH and not s.crosses(h.end, qs)
        return False

    def _per_share_unkeyed(self, s: _Sentence, qs: int) -> bool:
        """Whether a per-share measure the vocabulary has no key for is named before the number ("book
        value per share ... at $15.15")."""
        return any(
            h.key == UNKEYED
            and h.end <= qs
            and (_PER_SHARE_IN.search(s.lowered, h.start, h.end) or "book" in s.lowered[h.start : h.end])
            for h in s.metrics
        )

    def _mix_of_volume(self, s: _Sentence, qm: QuantityMatch, qs: int) -> bool:
        """Whether the % is a share of the product mix of a volume sold or shipped stated before it in the
        sentence ("we sold 4.2 million tons, which included 33% hot-rolled, 17% cold-rolled ...")."""
        for o in self._sentence_quantities:
            if (
                o is qm
                or o.end - s.start > qs
                or o.quantity.unit.kind is not UnitKind.COUNT
                or not o.quantity.unit.noun
            ):
                continue
            os_, oe = o.start - s.start, o.end - s.start
            if (
                self.metric(s, o, os_, oe)[0] == "units_delivered"
                and _MIX_WORDS.search(s.lowered, oe, qs) is not None
                and not any(oe <= h.start and h.end <= qs and h.key != UNKEYED for h in s.metrics)
            ):
                return True
        return False

    def _other_between(self, s: _Sentence, h: Hit, qs: int) -> bool:
        """Whether another measure is named between the phrase `h` and the number, other than what a share
        is taken of ("improve margins to accelerate EBITDA growth to ...": the EBITDA's, not the margin's;
        "SG&A as a percentage of revenue decreased to 9%" is still SG&A's)."""
        return any(
            h.end <= o.start
            and o.end <= qs
            and o.key not in _GENERIC_METRICS
            and o.key != h.key
            and o.key not in _SHARE_KEYS
            and not s.share_object_before(o.start)
            for o in s.metrics
        )

    def _owned_by_next(self, s: _Sentence, qm: QuantityMatch, h: Hit) -> bool:
        """Whether the metric phrase `h`, after `qm`, leads straight into another number of the sentence
        ("... at an average price of $67"): it names that number, not this one."""
        a = s.start
        for o in self._sentence_quantities:
            os_ = o.start - a
            if o is not qm and os_ >= h.end:
                # a time window after it ("growth within six months") is no number the phrase names
                duration = o.quantity.unit.kind is UnitKind.DURATION
                if duration:
                    return False
                if _OWN_GAP.fullmatch(s.lowered, h.end, os_) is not None:
                    return True
                # a guidance list item right after the number ("23%, D&A to approximate $195 million"); a
                # phrase farther on is not read so (it may be the only one naming this number)
                return (
                    h.start - (qm.end - a) <= _GUIDED_REACH
                    and (
                        _GUIDED_GAP.fullmatch(s.lowered, h.end, os_) is not None
                        # "... to approximate $195 million": the verb opened the next amount's span
                        or (
                            _TO_GAP.fullmatch(s.lowered, h.end, os_) is not None
                            and o.text[:11].lower() == "approximate"
                        )
                    )
                )
        return False

    def _change_of(self, s: _Sentence, unit: Unit, qs: int, qe: int) -> tuple[str | None, Hit | None] | None:
        """The change of a metric named after a change word right after the number, joined by "in"/"of"
        ("a 216% increase in operating income", "58% growth in housing revenues"); None if there is none."""
        hits = s.metrics
        for i, g in enumerate(hits):
            if g.start < qe:
                continue
            if g.key not in _GENERIC_METRICS or _CHANGE_GAP.fullmatch(s.lowered, qe, g.start) is None:
                return None
            # not "increase": "a 13% increase in average market production" names a measure
            if (
                not s.lowered.startswith("increase", g.start)
                and _GROWTH_IN.match(s.lowered, g.end)
                and (i + 1 == len(hits) or _CHANGE_OF.fullmatch(s.lowered, g.end, hits[i + 1].start) is None)
            ):
                return self._growth_named_before(s, qs)  # "double-digit growth in packaging"
            for h in hits[i + 1 : i + 2]:
                if _CHANGE_OF.fullmatch(s.lowered, g.end, h.start) is None:
                    return None
                if h.key == UNKEYED:
                    if unit.kind is UnitKind.PP:
                        return None, None  # "an 8 point increase in the combined ratio": a rate with no key
                    return "growth", None  # "a 13% increase in average selling price"
                key = self._compatible(s, h, unit, qs, qe)
                return (key, h) if key is not None else None
            return None
        return None

    def _growth_named_before(self, s: _Sentence, qs: int) -> tuple[str | None, Hit | None] | None:
        """The named growth the sentence states before the number with no other measure between, for a
        growth of a part ("mid single-digit core revenue growth in marking and double-digit growth in
        packaging", "strong organic growth, with double-digit growth in Construction"); None if there is
        none."""
        for h in reversed(s.metrics):
            if h.end > qs or h.key in _GENERIC_METRICS:
                continue
            if h.key != UNKEYED and self.lex.metrics[h.key].family == "growth":
                if _LED_BY.search(s.lowered, h.end, qs) is not None:
                    # "revenue rose 14%, supported by 25% growth in issuance", "revenue growth was 5%, led by
                    # double-digit growth in NIKE Direct": a cause, the growth of a part or of something else
                    return "growth", None
                return h.key, h
            return None  # another measure named between ("EPS growth of 9% and 20% growth in China")
        return None

    def _inside_other(self, s: _Sentence, qm: QuantityMatch, h: Hit) -> bool:
        """Whether the phrase `h` lies inside another number's span ("per share" of "$0.59 per share")."""
        lo, hi = h.start + s.start, h.end + s.start
        return any(o is not qm and o.start <= lo and hi <= o.end for o in self._sentence_quantities)

    def _held_between(self, s: _Sentence, qm: QuantityMatch, h: Hit) -> bool:
        """Whether a number stands between `qm` and the later phrase `h` that is not `qm` restated
        ("$6 million or $0.09 of amortization expense": both are the expense)."""
        a = s.start
        end = qm.end - a
        for o in self._sentence_quantities:
            os_ = o.start - a
            if os_ < end:
                continue
            if o.end - a > h.start:
                return False
            if _RESTATED.fullmatch(s.lowered, end, os_) is None:
                return True
            end = o.end - a
        return False

    def _share_of(self, s: _Sentence, key: str, h: Hit, qs: int) -> tuple[str | None, Hit | None]:
        """A share of revenue or profit ("30% of revenue") read with the metric the sentence says it is of:
        "AI revenue ... accounting for 30% of revenue" is `ai_revenue_share`; "operating income was $5
        million, or 15% of sales" `operating_margin`; "cash flow was $411 million or 109% of net income"
        a ratio the vocabulary has no key for (None)."""
        subjects = []
        for o in s.metrics:
            if o.end > qs:
                break
            m = self.lex.metrics.get(o.key)
            if (
                o is h or m is None or o.key in _SHARE_KEYS or m.family == "growth"
                or "currency" not in m.units
                or _OF_BEFORE.search(s.lowered, max(0, o.start - 24), o.start) is not None
                or self._whole_of_number_before(s, o)
            ):  # fmt: skip
                continue  # not a subject: the whole of another share ("7.4% of sales", "60% of group sales")
            subjects.append(m)
        # a margin or a ratio only when the % is stated of the subject ("was 25.2% of sales", "$175 million,
        # or 22% of sales"); "EBITDA dollars on 90% of pre-COVID sales" is no EBITDA margin
        restated = _PREP_BEFORE.search(s.lowered, max(0, qs - 30), qs) is None
        for subject in reversed(subjects):  # the nearest that says what the share is
            for k in (
                f"{subject.key}_share",
                f"{subject.key.rsplit('_', 1)[0]}_margin",
                f"{subject.key}_margin",
            ):
                if k in self.lex.metrics and (k.endswith("_share") or (restated and key == "revenue_share")):
                    return k, h
            if restated and subject.key == "subsidy":
                return "expenses", h  # "marketing expense ... about 3% of sales": an expense ratio
            if restated and subject.family in ("capital", "profitability"):
                return None, None
        return key, h

    def _noun_key(self, noun: str) -> str | None:
        """The metric a counted noun names ("monthly active users" -> "mau"), cached: nouns repeat."""
        ck = (id(self.lex), noun)
        if ck in _NOUN_KEYS:
            return _NOUN_KEYS[ck]
        key = self.lex.key_for(noun) or self.lex.key_for(noun.lower())
        if len(_NOUN_KEYS) > 50_000:
            _NOUN_KEYS.clear()
        _NOUN_KEYS[ck] = key
        return key

    def _named_before(self, s: _Sentence, h: Hit, unit: Unit, qs: int) -> bool:
        """Whether a metric taking `unit` is named before the share phrase `h` and the number, in their clause
        ("SG&A as a percentage of revenue was 9%" is SG&A)."""
        end = min(h.start, qs)
        return any(
            o.end <= end and not s.crosses(o.end, end) and o.key not in _SHARE_KEYS and o.key != UNKEYED
            and self.lex.metrics[o.key].family != "growth" and self.lex.metrics[o.key].accepts(unit)
            for o in s.metrics
        )  # fmt: skip

    def _whole_of_number_before(self, s: _Sentence, h: Hit) -> bool:
        """Whether the metric phrase `h` is the whole a number right before it is taken of ("60% of group
        sales and 75% of group EBITDA": "group sales" is the 60%'s): such a phrase is neither the whole nor
        the subject of a later share in the sentence, which names its own whole after it."""
        a = self._sentence_start
        return any(
            o.end <= h.start + a and _WHOLE_GAP.fullmatch(s.lowered, o.end - a, h.start) is not None
            for o in self._sentence_quantities
        )

    def _claimed_between(self, qm: QuantityMatch, h: Hit) -> bool:
        """Whether another number of the sentence stands between `qm` and the metric phrase `h`; one number
        that `qm` continues does not count ("grew 8% to $5 million")."""
        sq = self._sentence_quantities
        if not sq or (len(sq) == 1 and sq[0] is qm):
            return False  # no other number (most sentences hold one)
        a = self._sentence_start
        lo, hi = (h.end + a, qm.start) if h.end + a <= qm.start else (qm.end, h.start + a)
        held = [o for o in self._sentence_quantities if o is not qm and lo <= o.start and o.end <= hi]
        if len(held) == 1 and hi == qm.start:
            gap = self.doc.text[held[0].end : qm.start]
            return _CONTINUED.fullmatch(gap) is None
        return bool(held)

    def _moves(self, s: _Sentence, qs: int, qe: int) -> bool:
        """Whether a change word stands right before or after the number ("up 9%", "9% higher"), or the
        number continues a change just stated ("up 34% in U.S. dollars and 30% in local currencies",
        "a decline of $140 million or 20%", "raising our guidance by $0.60 and or 8%")."""
        if _MOVE_BEFORE.search(s.lowered, max(0, qs - 30), qs) is not None:
            return True
        if _MOVE_AFTER.match(s.lowered, qe) is not None:
            return True
        if " by" in s.lowered and _BY_AMOUNT.search(s.lowered, max(0, qs - 30), qs) is not None:
            # "revenue was $86.1 million, which is lower than the prior-year period by 2.1%"
            ends = [m.end() for m in _MOVE_WORD.finditer(s.lowered, max(0, qs - _BY_REACH), qs)]
            if ends and not s.crosses(ends[-1], qs) and not self._between(s, ends[-1], qs):
                return True
        prev = None
        for o in self._sentence_quantities:
            os_ = o.start - s.start
            if os_ >= qs:
                break
            prev = (os_, o.end - s.start)
        if prev is None or qs - prev[1] > _LIST_REACH or s.crosses(prev[1], qs):
            return False
        gap = s.lowered[prev[1] : qs]
        if not _LIST_JOIN.search(gap):
            return False
        before = max(0, prev[0] - 30)
        return (
            _MOVE_BEFORE.search(s.lowered, before, prev[0]) is not None
            or _BY_AMOUNT.search(s.lowered, before, prev[0]) is not None
        )

    def _reduced(self, s: _Sentence, qs: int, qe: int) -> bool:
        """Whether the number is a cut stated with "reduce" or "reduction" ("reduce emissions intensity by
        42%", "an additional 8% reduction", "a reduction of 15%"), the verb not across a clause break."""
        low = s.lowered
        if _REDUCED_BEFORE.search(low, max(0, qs - 40), qs) is not None or _REDUCTION_AFTER.match(low, qe):
            return True
        if " by" not in low or _BY_AMOUNT.search(low, max(0, qs - 30), qs) is None:
            return False
        ends = [m.end() for m in _REDUC_WORD.finditer(low, max(0, qs - _REDUCED_REACH), qs)]
        return bool(ends) and not s.crosses(ends[-1], qs)

    def _level_then_change(self, s: _Sentence, hit: Hit, qs: int, qe: int) -> bool:
        """Whether "<measure> of N%" is the subject of a change stated by the next number ("the combined
        ratio of 84.2% improved by 1.5 points"): N% is the measure's level, not a change."""
        if hit.end > qs or not _OF_LEVEL.fullmatch(s.lowered, hit.end, qs):
            return False
        if _MOVE_AFTER.match(s.lowered, qe) is None and _THEN_MOVE.match(s.lowered, qe) is None:
            return False  # "net charge-offs were 2.1%, down 132 basis points": the level, then its change
        return any(qe < o.start - s.start <= qe + _LEVEL_CHANGE_REACH for o in self._sentence_quantities)

    def _impact_on_previous(self, s: _Sentence, qs: int, qe: int) -> str | None:
        """The growth metric of the % stated before a basis-point headwind or tailwind that names no metric
        of its own ("revenue grew 29%, including 250 basis points of FX tailwind" -> revenue_growth)."""
        if _IMPACT.search(s.lowered, max(0, qs - 40), min(len(s.lowered), qe + 25)) is None:
            return None
        prev = self._number_before(s, qs)
        if prev is None or prev.quantity.unit.kind is not UnitKind.RATIO:
            return None
        ps, pe = prev.start - s.start, prev.end - s.start
        if any(
            h.start >= pe and h.key not in _GENERIC_METRICS and _CAUSE.search(s.lowered, pe, h.start) is None
            for h in s.metrics
        ):  # "... a 200-basis-point tailwind from pricing": a cause, not a metric the points are of
            return None  # "... with a 50 basis point headwind to operating margin": that metric's
        key = self.metric(s, prev, ps, pe)[0]
        return key if key is not None and (key == "growth" or key.endswith("_growth")) else None

    def _growth_after(self, s: _Sentence, qe: int) -> bool:
        """Whether a generic growth phrase follows the number at most one word on ("9% year-over-year
        growth", "9% organic growth")."""
        return any(
            g.key in _GENERIC_METRICS
            and g.start >= qe
            and _CHANGE_GAP.fullmatch(s.lowered, qe, g.start) is not None
            for g in s.metrics
        )

    @staticmethod
    def _change_before(s: _Sentence, qs: int) -> bool:
        """Whether a generic change word leads straight into the number ("which represents an increase of
        2.3%", "representing growth of 4.1%")."""
        return any(
            g.key in _GENERIC_METRICS
            and g.end <= qs
            and _CHANGE_INTO.fullmatch(s.lowered, g.end, qs) is not None
            for g in s.metrics
        )

    def _growth_of_subject(self, s: _Sentence, h: Hit, qs: int, qe: int) -> bool:
        """Whether a growth phrase after the number states the growth of `h`, the last metric named before it
        even across a clause break ("subscription revenues between $1.4 billion and $1.405 billion,
        representing 28% to 29% year-over-year growth")."""
        return (self._growth_after(s, qe) or self._change_before(s, qs)) and not any(
            o is not h and h.end <= o.start and o.end <= qs and o.key not in _GENERIC_METRICS
            for o in s.metrics
        )

    @staticmethod
    def _depreciation_not_dollars(s: _Sentence, h: Hit, qm: QuantityMatch) -> bool:
        """Whether `h` names depreciation (and amortization) beside a number that is no amount of money (the
        caller's test): D&A in dollars is `expenses` ("D&A of about $180 million"), but a rate or a cents
        step of an EPS bridge beside it ("a tax rate of 23%, depreciation and amortization to ...",
        "depreciation had a negative variance of $0.10") is not its level: the phrase stays one with no key
        for them, as it was. A cost per unit of output ("DD&A of $0.90 per Mcfe") is the expense, as
        per-barrel costs are."""
        q = qm.quantity
        return (
            h.key == "expenses"
            and s.lowered[h.start : h.end] in _DEPRECIATION
            and not (q.unit.kind is UnitKind.CURRENCY and _PER_UNIT.match(s.lowered, qm.end - s.start))
        )

    def _compatible(self, s: _Sentence, h: Hit, unit: Unit, qs: int, qe: int) -> str | None:
        m = self.lex.metrics[h.key]
        if m.key == "subsidy" and unit.kind in (UnitKind.RATIO, UnitKind.PP):
            # "marketing expense to be around 4% of sales", "sales and marketing up 8%": an expense as a share
            # of sales, or its change, is `expenses` (subsidies and marketing spend take only money)
            return "expenses"
        if m.accepts(unit):
            return m.key
        if unit.kind is UnitKind.PP and m.key in _POINTS_MARGIN:
            return _POINTS_MARGIN[m.key]
        if unit.kind is UnitKind.CURRENCY and m.key.endswith(("_growth", "_share")):
            # "revenue grew 9% to $8 billion", "$44 million of revenue": the revenue
            base = self.lex.get(m.key.removesuffix("_growth").removesuffix("_share"))
            return base.key if base is not None and base.accepts(unit) else None
        if unit.kind is UnitKind.CURRENCY and m.key in _MARGIN_DOLLARS:
            return _MARGIN_DOLLARS[m.key]  # "our electric gross margin was $45.5 million": gross profit
        if unit.kind not in (UnitKind.RATIO, UnitKind.PP):
            return None
        lo, hi = (min(h.start, qs), max(h.end, qe))
        between = s.lowered[max(0, lo - 25) : hi]
        if "currency" not in m.units:  # a % beside a count ("shipments up 26%") is its growth
            if (
                "count" in m.units
                and any(map(between.__contains__, _GROWTH_WORDS))
                and _OBJECT_BEFORE.search(s.lowered, max(0, h.start - 30), h.start) is None
            ):  # "sales to commercial customers decreased 48%": the customers are not what changed
                return "growth"
            return None
        moving = self._moves(s, qs, qe) and not s.lowered.startswith(" of", qe)
        if h.start >= qe and _TO_GAP.fullmatch(s.lowered, qe, h.start) and _IMPACT.search(s.lowered):
            moving = True  # "a tailwind of 1% to 2% to the top line and 2% to 3% to EPS": a change of each
        # the share words must be this number's: between the phrase and it, no other number between
        if h.end <= qs:  # "as a percent of net sales ... 9%", but not "30% of sales ... a 100% recycled PET"
            ends = [o.end - s.start for o in self._sentence_quantities if o.end - s.start <= h.start]
            shared = s.lowered[max(0, h.start - 25, *ends) : qe]
        else:
            shared = "" if self._between(s, qe, h.start) else between
        if not moving and any(map(shared.replace("per share", "").__contains__, _SHARE_WORDS)):
            # "150 bp of margin improvement with 90% of sales": a % after a preposition is not the margin's
            if _PREP_BEFORE.search(s.lowered, max(0, qs - 30), qs) is None and any(
                o is not h
                and o.end <= qs
                and not s.crosses(o.end, qs)
                and o.key != UNKEYED
                and o.key not in _GENERIC_METRICS  # "up 18% year-over-year to 10.6% of net revenue"
                and self.lex.metrics[o.key].accepts(unit)
                and not self._whole_of_number_before(s, o)  # "40% of revenue and 55% of EBITDA": the 40%'s
                for o in s.metrics
            ):
                return None  # "EBITDA margin of 15% of revenue", "SG&A as a percentage of sales was 9%"
            if (
                unit.kind is UnitKind.PP
                and "contribut" in shared
                and f"{m.key}_growth" in self.lex.metrics
                and "margin" not in s.lowered  # "sales mix contributed about 10 basis points" to a margin
            ):
                # "sales from the acquisition contributed 240 basis points": points a part added to the growth
                # of the measure (README: points added to revenue growth `revenue_growth`), no share of it
                return f"{m.key}_growth"
            if m.family == "profitability":
                return "profit_share"
            if m.family != "revenue":
                return None  # "50% of free cash flow" is no share of revenue
            return "ai_revenue_share" if m.key.startswith("ai_") else "revenue_share"
        if h.end <= qs and _VERSUS_PLAN.match(s.lowered, qe) is not None:
            return m.key  # "capital spending 9% below guidance": the metric against its plan
        if (
            moving
            or any(map(between.replace("up to", "").__contains__, _GROWTH_WORDS))  # "51% higher"
            or (h.end <= qs and self._growth_after(s, qe))  # "revenue of $5 billion, representing 9% growth"
        ):
            grown = f"{m.key}_growth"
            return grown if grown in self.lex.metrics else "growth"
        return None

    def entity(self, s: _Sentence, qs: int, qe: int) -> tuple[str | None, bool]:
        """(entity key, whether another company is meant)."""
        best: tuple[float, str] | None = None
        for h in s.entities:
            if h.start < qe and qs < h.end:
                continue
            d = s.distance(h.start, h.end, qs, qe)
            if best is None or d < best[0]:
                best = (d, h.key)
        key = best[1] if best is not None else s.carried_entity
        if key is not None and key.startswith(OTHER):
            return None, True
        if key is not None and s.named_in_metric:
            key = self._sub_entity_in_metric(s, key)
        return key, False

    def _sub_entity_in_metric(self, s: _Sentence, key: str) -> str:
        """A part of entity `key`, in the company profile, named inside the sentence's metric phrase
        ("revenue from AI-related products ... 30% of the cloud intelligence group's external revenue", "AI
        revenue share exceeding 50%" under a cloud line): the figure is that part's (the profile's AI-related
        products, whose parent is the cloud), not the whole named beside it or above."""
        parents = self._entity_parents
        if parents is None:
            parents = {e.key: e.parent for e in self.profile.entities} if self.profile is not None else {}
            self._entity_parents = parents
        inner = {h.key for h in s.named_in_metric if parents.get(h.key) == key}
        return inner.pop() if len(inner) == 1 else key

    def period(
        self, s: _Sentence, qm: QuantityMatch, qs: int, qe: int, cue: Callable[[], str | None]
    ) -> Period | None:
        """The nearest period phrase of the number's clause, read with the comparison it sits in:
        a change ("up 9% from last year", "Compared to the prior quarter, loans were down 0.7%") never
        takes a comparison base's period; a number stated as a base ("compared to $681 million for the
        year-ago period") takes the period after it, not one before its comparison word. (`cue`: the kind
        cue before the number, read on demand.)"""
        best: tuple[float, Period] | None = None
        if not s.periods:
            return None
        change = qm.quantity.unit.kind is UnitKind.PP or self._moves(s, qs, qe)
        base = None if change else self._base_start(s, qs)
        if base is not None and self._revised_from(s, base, qe):
            base = None  # "raising our full-year margin from 30% to 31%": the old figure for the same year
        skips = s.pm_skips
        if skips is None:
            skips = s.pm_skips = _pm_skips(s)
        for pm, cmp, skip in zip(s.periods, s.compared, skips, strict=True):
            if pm.start < qe and qs < pm.end:
                continue
            if skip == _NEVER or (skip == _NOT_AFTER and pm.start >= qe):
                continue  # a maturity, a streak, a yardstick ... (see _pm_skips)
            if (
                cmp is not None
                and pm.end <= qs
                and self.reported is not None
                and _to_date_subject(s.lowered, pm, cmp, self.reported)
            ):
                cmp = None  # "versus Q2 and year-to-date results are up over 20%": the span dates 20%
            if cmp is not None and (
                (qe <= cmp and base is None)
                or (
                    change
                    and (
                        pm.start - cmp <= _BASE_REACH
                        or (pm.end <= qs and self._base_amount_between(s, cmp, pm))
                    )
                    and not self._after_following(s, cmp, qs)
                    and not self._own_base_period(s, cmp, qs, qe, pm)
                    and not self._after_base_period(s, cmp, qs, pm)
                    and not (cmp < qs and qe <= pm.start and s.lowered.find(",", cmp, qs) >= 0)
                )
                or self._level_after_base(s, cmp, qs, pm, base)
            ):
                continue  # a base ("from last year") is not the period of a change or of a number before it
            if base is not None and pm.end <= base:
                continue  # "$4 billion compared to $3.6 billion last year": not the main clause's period
            if (
                cmp is not None
                and base is None
                and pm.start - cmp <= _BASE_REACH
                and pm.end <= qs
                and (s.lowered.find(",", pm.end, qs) >= 0 or self._base_then_and(s, cmp, pm, qs))
                and _RESTATED.fullmatch(s.lowered, pm.end, qs) is None  # "..., or 18.2% of sales" restates
            ):
                # "Compared to the fourth quarter, margin rose to 26%": the base ends at the comma; "ahead of
                # 2020 and 9% ahead of 2019": the base ends at "and", the next number has a base of its own
                continue
            if (
                cmp is not None
                and base is None
                and pm.end <= qs
                and self._base_of_number_before(s, cmp, pm, qs)
            ):
                continue  # "down 3% versus the prior year; earnings per share were $4.02": the 3%'s base
            if self._comparison_noun(s, pm, qs, qe):
                continue  # "inflated by an artificially low prior year comp, achieve rates were over 30%"
            if pm.end <= qs and s.crosses(pm.end, qs) and self._trails_other_clause(s, pm, qs):
                continue  # "$13 million due to refinancing last year, and our leverage ratio was 2.9 times"
            if pm.end <= qs:
                d = float(qs - pm.end) + (_CLAUSE_PENALTY if s.crosses(pm.end, qs) else 0.0)
                if self._between(s, pm.end, qs) or (base is not None and self._between(s, base, pm.start)):
                    d += _AND_PENALTY  # "... $681 million for the year-ago period and $750 million in Q2"
                elif s.lowered.find(" and ", pm.end, qs) >= 0 and self._ends_before(s, pm.start):
                    d += _CLAUSE_PENALTY  # "up 15% in the quarter and 17% for the first nine months": 15%'s
            elif self._possessive(s, pm):
                continue  # "the prior year's tax rate of 21.4%" names what follows it, not a number before
            elif not s.crosses(qe, pm.start):
                if base is None and self._pair_first(s, qe, pm):
                    continue  # "a book-to-bill of 1.07 and 1.06 times year-to-date": the phrase dates 1.06
                if self._in_cause(s, qe, pm, base, cue):
                    continue  # "25%, driven by spend pushed into the second half": the cause's period
                if pm.period.kind is PeriodKind.OPEN and self._target_between(s, qe, pm.start, cue):
                    continue  # "$9 billion ... closer to our targeted level of 75% over the long term"
                d = (pm.start - qe) * _AFTER_WEIGHT
                if s.lowered.find(" and ", qe, pm.start) >= 0 or self._between(s, qe, pm.start):
                    d += _AND_PENALTY  # "$2 billion and in the fourth quarter 5%": the next item's period
            else:
                continue  # a period in a later clause belongs to that clause's numbers
            if best is None or d < best[0]:
                best = (d, self._year_ended(s, pm))
        return best[1] if best else None

    def _year_ended(self, s: _Sentence, pm: PeriodMatch) -> Period:
        """A year said as ended ("we ended 2021 with liquidity of $16.5 billion") in a results document
        whose reported quarter closes it: that quarter, whose end the level is at."""
        p = pm.period
        if (
            self.reported is not None
            and p.kind is PeriodKind.YEAR
            and p.end == self.default_period.end
            and _ENDED.search(s.lowered, max(0, pm.start - 30), pm.start) is not None
        ):
            return self.default_period
        return p

    @staticmethod
    def _revised_from(s: _Sentence, cmp: int, qe: int) -> bool:
        """Whether "from <number> to <number>" revises a figure ("we are raising our outlook from $5 to
        $6"): the old figure is no comparison base, it has the new one's period."""
        low = s.lowered
        return (
            low.startswith("from", cmp)
            and _TO_NUMBER.match(low, qe) is not None
            and _REVISED.search(low, 0, cmp) is not None
        )

    def _in_cause(
        self, s: _Sentence, qe: int, pm: PeriodMatch, base: int | None, cue: Callable[[], str | None]
    ) -> bool:
        """Whether a period after the number dates a cause stated between them ("margin was 25%, driven
        by spend pushed into the second half"). Not for a comparison base ("from $16 million, due to sales
        in the prior year" is the base's year), nor for a period still ahead unless the number is reported
        as done ("$0.13 benefit, driven by ... that we expect to realize in the third quarter")."""
        if base is not None or _PERIOD_CAUSE.search(s.lowered, qe, pm.start) is None:
            return False
        return pm.period.start <= self.default_period.end or cue() == "actual"

    def _target_between(self, s: _Sentence, qe: int, at: int, cue: Callable[[], str | None]) -> bool:
        """Whether a target word with a number of its own stands between a number that is no target and a
        horizon after it: the horizon is the target's."""
        targets = (c for c in s.cues if c.kind == "target" and qe <= c.start < at)
        return any(self._between(s, c.start, at) for c in targets) and cue() != "target"

    @staticmethod
    def _base_then_and(s: _Sentence, cmp: int, pm: PeriodMatch, qs: int) -> bool:
        """Whether "and" ends a comparison base before the number ("ahead of 2020 and 9% ahead of 2019",
        "17% below the prior year and represented 14.4% of sales"); not the end of a range ("rose from January
        to March and reached 96.5 million")."""
        low = s.lowered
        if _AND_NEXT.match(low, pm.end, qs) is None:
            return False
        return not (low.startswith("from", cmp) and low.endswith(" to ", 0, pm.start))

    def _base_of_number_before(self, s: _Sentence, cmp: int, pm: PeriodMatch, qs: int) -> bool:
        """Whether a comparison base before the number is another number's: its comparison word follows that
        number right away ("EPS was $3.21, up 13% versus the prior year with solid free cash flow of $673
        million", "down approximately 3% versus the prior year; earnings per share were $4.02"), so the base
        closes that number's comparison. Not when the number is the base's own amount, right after its phrase
        ("versus the prior year quarter of $4 billion", "compared to last year's $2.1 billion")."""
        low = s.lowered
        if pm.start - cmp > _BASE_REACH or s.crosses(cmp, pm.start):
            return False
        if any(cmp <= o.start and o.end <= pm.start for o in s.periods):
            return False  # "rose from January to March and reached 96.5 million": the range's end, no base
        lo, at, end = s.start + max(0, cmp - _CHANGE_TO_BASE_REACH), s.start + cmp, s.start + pm.end
        changed = False
        for o in self._sentence_quantities:
            if lo <= o.end <= at and _CHANGE_TO_BASE_GAP.fullmatch(low, o.end - s.start, cmp) is not None:
                # a change measured against the base ("down 3% versus"; not "$275 million in dividends from")
                os_, oe = o.start - s.start, o.end - s.start
                changed = (
                    o.quantity.unit.kind is UnitKind.PP
                    or self._moves(s, os_, oe)
                    or _COMPARATIVE.search(low, oe, cmp) is not None
                    or _COMPARATIVE.match(low, cmp) is not None
                )
            elif o.start >= end:
                # the base's own amount, then the number ("compared to 2020 net income of $132 million or
                # $1.38 per share"): the number goes on listing the base
                amount = o.start - s.start
                listed = not s.crosses(amount, qs)
                if listed and _BASE_AMOUNT_AFTER.fullmatch(low, pm.end, amount) is not None:
                    return False
                break
        return changed and _BASE_AMOUNT_AFTER.fullmatch(low, pm.end, qs) is None

    def _comparison_noun(self, s: _Sentence, pm: PeriodMatch, qs: int, qe: int) -> bool:
        """Whether a past period phrase names a comparison as a noun ("an artificially low prior year comp",
        "the prior-year comparisons", "a tough last year's compare"): a base, not the period of a number,
        unless the number is that comparison's own figure ("a prior year comparison of plus 20%", "a strong
        double-digit year ago comparison", "a difficult prior-year comparison when 4 million of onetime
        revenue was recorded"). Not a coming or current period ("a Q4 comp in the high single digits", "our
        September comp dipped to about 10%": comparable sales)."""
        low = s.lowered
        if _COMPARISON_NOUN.match(low, pm.end) is None or pm.period.end >= self.default_period.start:
            return False
        if qe <= pm.start and _HYPHEN_GAP.fullmatch(low, qe, pm.start) is not None:
            return False  # "a very strong double-digit year ago comparison": the comparison's figure
        return not (pm.end <= qs and _COMPARISON_FIGURE.fullmatch(low, pm.end, qs) is not None)

    def _trails_other_clause(self, s: _Sentence, pm: PeriodMatch, qs: int) -> bool:
        """Whether a period phrase before the number ends an earlier clause of the sentence that states a
        number of its own before the phrase, the number's clause joined to it by ", and" or ";" ("Interest
        expense decreased $13 million due to refinancing activities completed last year, and our leverage
        ratio was 2.9 times", "reflecting a three to five-day sequential improvement in the fourth quarter,
        and capex is now expected to be around $350 million"): the phrase is that number's, not this one's."""
        low = s.lowered
        join = _NEW_CLAUSE.search(low, pm.end, qs)
        if join is None or _NEW_CLAUSE.search(low, join.end(), qs) is not None:
            return False
        lo, at = s.start + max(0, pm.start - _OWN_REACH), s.start + pm.start
        return any(
            lo <= o.start and o.end <= at and not s.crosses(o.end - s.start, pm.start)
            for o in self._sentence_quantities
        )

    @staticmethod
    def _pair_first(s: _Sentence, qe: int, pm: PeriodMatch) -> bool:
        """Whether the number is the first of a pair "<number> and <number> <period phrase>" whose phrase
        follows the second number right away ("a book-to-bill of 1.07 and 1.06 times year-to-date", "up 5%
        and 9% for the first nine months"): the phrase dates the second, the first takes the sentence's
        other period (or the default). Not a range ("between $1 and $2 in Q4"), nor pairs dated respectively
        ("5% and 7% in 2020 and 2021", "..., respectively"), nor a pair of bases ("up from $27 million and
        28.4% in Q3 last year": the caller tests)."""
        low = s.lowered
        if _PAIR_GAP.fullmatch(low, qe, pm.start) is None or "respectively" in low:
            return False
        if low.rfind("between", max(0, qe - 40), qe) >= 0:
            return False
        return _AND_NEXT.match(low, pm.end) is None or not any(o.start >= pm.end for o in s.periods)

    @staticmethod
    def _possessive(s: _Sentence, pm: PeriodMatch) -> bool:
        """Whether a period phrase is a possessive of something other than a period ("the prior year's
        tax rate", not "last year's comparable quarter")."""
        low = s.lowered
        if low.startswith(_POSSESSIVE, pm.end):
            return _PERIOD_NOUN.match(low, pm.end + 2) is None
        return low.endswith(_POSSESSIVE, 0, pm.end) and _PERIOD_NOUN.match(low, pm.end) is None

    @staticmethod
    def _own_base_period(s: _Sentence, cmp: int, qs: int, qe: int, pm: PeriodMatch) -> bool:
        """Whether a change is itself the starting point after "from" and the period right after it is its
        own ("went from down 3% in Q4 to up 11% in Q1")."""
        return (
            cmp < qs
            and s.lowered.startswith("from", cmp)
            and qe <= pm.start
            and _FROM_GAP.fullmatch(s.lowered, qe, pm.start) is not None
        )

    @staticmethod
    def _after_base_period(s: _Sentence, cmp: int, qs: int, pm: PeriodMatch) -> bool:
        """Whether a period before the number follows the base's own period ("Relative to 2020, our 2021
        margins are 250 basis points higher": 2020 is the base's, 2021 the change's)."""
        return pm.end <= qs and any(
            cmp < o.start and o.end <= pm.start and "," in s.lowered[o.end : pm.start] for o in s.periods
        )

    def _level_after_base(self, s: _Sentence, cmp: int, qs: int, pm: PeriodMatch, base: int | None) -> bool:
        """Whether a level comes after the past base it moved from ("up 14% from the prior year quarter to
        $590 million", "better than a year ago at 89.5%"): the new level is the reported period's."""
        return (
            base is None
            and pm.period.end < self.default_period.end
            and pm.end <= qs
            and pm.start - cmp <= _BASE_REACH
            and _TO_LEVEL.fullmatch(s.lowered, pm.end, qs) is not None
        )

    def _base_amount_between(self, s: _Sentence, cmp: int, pm: PeriodMatch) -> bool:
        """Whether the base amount itself stands between a comparison word and its period phrase
        ("compared to $88 million in the same period last year, for a 103.6% increase"): the phrase is
        the base's though farther than _BASE_REACH from the word."""
        if pm.start - cmp > _BASE_REACH + _BASE_AMOUNT_REACH or s.crosses(cmp, pm.start):
            return False
        word = _COMPARE_WORD.match(s.lowered, cmp)
        if word is None:
            return False
        for o in self._sentence_quantities:
            os_, oe = o.start - s.start, o.end - s.start
            if os_ > word.end() and oe <= pm.start:
                # the amount right after the word ("compared to $88 million"), the phrase soon after it
                return (
                    pm.start - oe <= _BASE_REACH
                    and _BASE_GAP.fullmatch(s.lowered, word.end(), os_) is not None
                )
        return False

    @staticmethod
    def _after_following(s: _Sentence, cmp: int, qs: int) -> bool:
        """Whether a change stands between "following" and its period: "..., following a 2 basis point
        drop last quarter" states last quarter's change, not a base; so does "against a 5% decline in the
        prior year", "lapping a prior-year increase of 16%" ("a" or "an" after the comparison word)."""
        if cmp >= qs:
            return False
        low = s.lowered
        return low.startswith("following", cmp) or _A_CHANGE.match(low, cmp) is not None

    def _base_start(self, s: _Sentence, qs: int) -> int | None:
        """Where the comparison word stands when the number after it is a comparison base
        ("compared to $681 million", "versus 2.62%", "compared to $1.0 billion a year ago and
        $1.02 billion from the prior quarter"), else None."""
        cmp = cue_words.comparison_start(s.lowered, qs)
        if cmp is None:
            return None
        m = _COMPARE_WORD.match(s.lowered, cmp)
        if m is None:
            return None
        if _BASE_GAP.fullmatch(s.lowered, m.end(), qs):
            return cmp
        listed = _LIST_TAIL.search(s.lowered, max(0, qs - 12), qs) is not None
        return cmp if listed and self._between(s, m.end(), qs) and not s.crosses(m.end(), qs) else None

    def _their_calendar(self, period: Period) -> Period:
        """Another company's "Q1 2015" is its calendar quarter, not this company's fiscal one (a quarter
        with a year but no FY marker is read in this company's fiscal calendar, noting the calendar
        reading in `ambiguity`)."""
        if (
            period.kind is PeriodKind.QUARTER
            and self.calendar.fy_end_month != 12
            and period.fiscal_year is not None
            and period.fiscal_quarter is not None
            and period.ambiguity is not None
            and "as calendar" in period.ambiguity
        ):
            return calendar_quarter(self.calendar, period.fiscal_year, period.fiscal_quarter)
        return period

    @staticmethod
    def _standing_target(s: _Sentence, period: Period, qs: int) -> bool:
        """Whether a target's period comes from an earlier clause, the target word after it ("We ended
        the quarter at 9.6%, which places us above our targeted range of 9 to 9.5%"): a standing
        target, with no period of its own."""
        ends = [pm.end for pm in s.periods if pm.period == period and pm.end <= qs]
        if not ends:
            return False
        return any(
            c.kind == "target" and ends[-1] <= c.start < qs and s.crosses(ends[-1], c.start) for c in s.cues
        )

    def _ends_before(self, s: _Sentence, at: int) -> bool:
        """Whether another number of the sentence ends just before sentence offset `at` (a period phrase
        there is that number's: "15% in the quarter")."""
        lo, hi = at + s.start - _OWN_REACH, at + s.start
        return any(lo <= o.end <= hi for o in self._sentence_quantities)

    @staticmethod
    def _hypothetical(s: _Sentence, qs: int) -> bool:
        """Whether the number at `qs` is the output of a hypothetical (README: hypothetical and scenario
        outputs are `estimate`): its last forward cue a conditional modal ("would", "could", "might") in a
        sentence that sets a case (_HYPOTHESIS: "if adopted, the decision would result in", "in a reasonable
        scenario, operating income could decline by $150 million")."""
        low = s.lowered
        if "would" not in low and "could" not in low and "might" not in low:
            return False  # kind asks for every number: a substring test spares the search
        last = None
        for c in s.cues:
            if c.start >= qs:
                break
            if c.kind == "forward":
                last = c
        if last is None or not low.startswith(("would", "could", "might"), last.start):
            return False
        return _HYPOTHESIS.search(low) is not None

    def _past_own_value(self, s: _Sentence, a: int, b: int) -> bool:
        """Whether another number lies between sentence offsets a < b, not restated by the one at `b` ("our
        target range of 85% to 90% with 17 points", not "our target level of 27 days or 8,200 units")."""
        lo, hi = a + s.start, b + s.start
        ends = [o.end for o in self._sentence_quantities if lo <= o.start and o.end <= hi]
        return bool(ends) and _RESTATED_GAP.fullmatch(s.lowered, ends[-1] - s.start, b) is None

    def _between(self, s: _Sentence, a: int, b: int) -> bool:
        """Whether another number of the sentence lies between sentence offsets a < b."""
        lo, hi = a + s.start, b + s.start
        return any(lo <= o.start and o.end <= hi for o in self._sentence_quantities)

    def kind(
        self,
        s: _Sentence,
        qs: int,
        speaker: Speaker,
        period: Period | None,
        third_party: bool,
        qe: int,
        cue: str | None,
    ) -> ClaimKind:
        """The kind of the number at `qs` (its first digit) given its period; `cue` is
        `_cue_before(s, qs, counterfactual=True)`."""
        cue = cue or s.heading_cue
        sizing = "opportunit" in s.lowered or "addressable" in s.lowered
        if sizing and cue != "target" and self._sized(s, qs, qe):
            return ClaimKind.ESTIMATE  # "an overall lifetime opportunity of up to $3 billion"
        forward = ClaimKind.GUIDANCE if speaker is Speaker.MANAGEMENT else ClaimKind.ESTIMATE
        if forward is ClaimKind.GUIDANCE and self._market_forecast(s, qs):
            forward = ClaimKind.ESTIMATE  # "Global GDP is expected to grow 4.2%": the market's forecast
        if forward is ClaimKind.GUIDANCE and self._market_ahead(s, qs):
            forward = ClaimKind.ESTIMATE  # "2021 U.S. GDP will rise 5.5% to 6.5%": the economy's course
        if cue == "derived" and speaker is Speaker.MANAGEMENT and self.doc.kind is DocumentKind.TRANSCRIPT:
            # "representing 43% of sales" on a call: the company reporting, not an author's sum; the figure
            # takes the kind of what it restates ("raising our outlook to $5.5 billion, representing 29%")
            # (a base, "compared with $456 million in 2019", keeps no cue)
            at = [c.start for c in s.cues if c.kind == "derived" and c.start < qs]
            restates = bool(at) and not s.lowered.startswith(_NO_RESTATE, at[-1]) and not self._is_base(s, qs)
            cue = self._cue_before(s, at[-1], counterfactual=True) if restates else None
            cue = None if cue == "derived" else cue
        if (
            cue is None
            and qe >= 0
            and ("guid" in s.lowered or "outlook" in s.lowered or "midpoint" in s.lowered)  # _GUIDE_AFTER's
            and _GUIDE_AFTER.match(s.lowered, qe)
            and not self._is_base(s, qs)
        ):
            cue = "forward"  # "the $21.50 midpoint of our original guide", "16% to 16.2% in our new guidance"
        if cue == "derived":
            return ClaimKind.DERIVED
        if cue == "target":
            return ClaimKind.TARGET
        if qe >= 0 and ("target" in s.lowered or "goal" in s.lowered) and _TARGET_AFTER.match(s.lowered, qe):
            return ClaimKind.TARGET  # "comfortably above our 360% target": the number is the target
        if self._known_set(s, qs):
            return ClaimKind.ACTUAL  # "we expect to benefit from growth in all three businesses": a fact
        if self._program_size(s, qe):
            return ClaimKind.ACTUAL  # "a $2.5 billion share repurchase program": the program's size
        if "board" in s.lowered and self._board_decided(s, qs):
            return ClaimKind.ACTUAL  # "the board approved a second quarter dividend of $0.48": decided
        old = period is not None and period.end < self.history_before
        if (
            qe >= 0
            and not old
            and ("far" in s.lowered or "date" in s.lowered)
            and _TO_DATE_AFTER.match(s.lowered, qe)
        ):
            return ClaimKind.ACTUAL  # "what we expect will impact 2022 revenue is 92% complete to date"
        if (
            cue in ("forward", "estimate")
            and period is not None
            and period.end <= self.default_period.end
            and self._base_in_forecast(s, qs)
            and not (qe >= 0 and _GUIDE_AFTER.match(s.lowered, qe))
        ):
            # "we expect a margin of 20% to 21% compared to 20.3% in fiscal '21": the base is what was
            return ClaimKind.HISTORICAL if period.end < self.history_before else ClaimKind.ACTUAL
        if (
            cue in ("forward", "estimate")
            and qe >= 0
            and (period is None or period.start <= self.default_period.end)
            and _DONE_AFTER.match(s.lowered, qe)
        ):
            return ClaimKind.ACTUAL  # "on track to achieve $135 million, with $51 million realized in Q1"
        if cue == "estimate" and speaker is Speaker.MANAGEMENT and self._estimated_actual(s, qs, period):
            return ClaimKind.ACTUAL  # "we estimate COVID impacted our Q1 sales by about $25 million"
        if cue == "estimate":  # "we expect" is guidance when management says it
            return forward
        if period is not None and period.end < self.history_before:
            if self._year_before_last(period) or self._record(s, qs):
                return ClaimKind.ACTUAL
            return ClaimKind.HISTORICAL
        deadline = period is not None and period.kind is PeriodKind.DEADLINE
        if cue in ("forward", None) and self._goal(s, qs, _STANDING_GOAL):
            return ClaimKind.TARGET  # "well on our way to becoming a $15 billion revenue company"
        if deadline and cue in ("forward", None) and self._goal(s, qs, _GOAL):
            return ClaimKind.TARGET  # "we are on track to have 5% of traffic on it by year end"
        if cue == "forward" and self._hypothetical(s, qs):
            return ClaimKind.ESTIMATE  # "if adopted, the decision would result in revenue of $6.9 billion"
        if cue == "forward":
            return forward
        later = period is not None and period.start > self.default_period.end
        if later and cue == "actual" and self._reported(s, qs):
            return ClaimKind.ACTUAL  # "the dividend payable on September 30 was raised to $0.49": done
        if period is not None and period.start > self.default_period.end and self._done_before(s, qs):
            return ClaimKind.ACTUAL  # "We've expanded our plans for 2022 to cover nearly 65%": done already
        if period is not None and (period.start > self.doc_date or self._deadline_ahead(period)):
            return forward
        if (
            period is not None
            and period.start > self.default_period.end
            and period.end > self.doc_date
            and not (period.kind is PeriodKind.MONTH and period.start <= self.doc_date)
        ):
            # a period after the one reported on that is not over yet ("Q4" on a Q3 call); the month the
            # call is held in is what has happened in it so far ("thus far in July, we are producing ...")
            return forward
        if (
            period is not None
            and period.kind is PeriodKind.YEAR
            and period.start <= self.default_period.end < period.end
            and period.end > self.doc_date
            and (_FULL_YEAR.search(s.lowered) or (cue is None and _RANGE.search(s.lowered, qs, qe)))
            and _TO_DATE.search(s.lowered) is None
            and not (cue == "actual" and self._past_tense_before(s, qs))
        ):
            # the whole of a year still running, or a range for it: only a forecast can give it ("now at
            # approximately $120 million for the year", "our 2021 margins of 25% to 26%"), unless the sentence
            # says what it has brought so far ("so far", "grew 29% for the quarter and 17% for the year")
            return forward
        if (
            cue is None
            and period is not None
            and period.kind is PeriodKind.YEAR
            and period.start <= self.default_period.end < period.end
            and period.end > self.doc_date
            and self._doing(s, qs)
        ):
            return forward  # "we're investing more than $1 billion in 2021": a plan for the year under way
        if period is not None and period.kind is PeriodKind.OPEN:
            return ClaimKind.TARGET
        if third_party:
            return ClaimKind.HISTORICAL
        return ClaimKind.ACTUAL

    def _year_before_last(self, period: Period) -> bool:
        """Whether a results document's past `period` lies in the year before last (2019 on a 2021 call): the
        second base calls compare with ("versus 9.1% last year and 2.6% in 2019", "up 160% from $32 billion
        in Q2 2019"), a reported figure stated as fact, actual as the year-ago base is; older years stay
        history (dev labels: 35 actual, 2 historical for that year)."""
        return self.reported is not None and period.start.year >= self.reported.end.year - 2

    @staticmethod
    def _program_size(s: _Sentence, qe: int) -> bool:
        """Whether the number ending at `qe` sizes a buyback program or authorization (_PROGRAM_AFTER)."""
        low = s.lowered
        if qe < 0 or ("purchase" not in low and "buyback" not in low):
            return False  # kind asks for every number: a substring test spares the match
        return _PROGRAM_AFTER.match(low, qe) is not None

    @staticmethod
    def _known_set(s: _Sentence, qs: int) -> bool:
        """Whether the number at `qs` counts a set already known, named as a whole (_KNOWN_SET_BEFORE,
        _SMALL_COUNT): "adjusting for these three items", "across all our five vectors of growth"."""
        return (
            qs >= 4
            and _SMALL_COUNT.match(s.lowered, qs) is not None
            and _KNOWN_SET_BEFORE.search(s.lowered, max(0, qs - 25), qs) is not None
        )

    @staticmethod
    def _board_decided(s: _Sentence, qs: int) -> bool:
        """Whether a board's decision (_BOARD_DECIDED) leads to the number at `qs`, no forward, estimate or
        target cue between them ("the board approved a dividend of $0.50; we expect to raise it to $0.60")."""
        ends = [m.end() for m in _BOARD_DECIDED.finditer(s.lowered, 0, qs)]
        if not ends:
            return False
        end = ends[-1]
        return not any(end <= c.start < qs and c.kind in ("forward", "estimate", "target") for c in s.cues)

    def _market_forecast(self, s: _Sentence, qs: int) -> bool:
        """Whether the number at `qs` is a forecast of a market-wide measure or by an outside body
        (_MARKET_FORECAST, _THIRD_PARTY_FORECAST), said before it in its clause."""
        ends = self._market_ends.get(s.start)
        if ends is None:
            ends = []
            if any(map(s.lowered.__contains__, _FORECAST_HINT)):
                if any(map(s.lowered.__contains__, _MARKET_WORDS)):
                    ends = [m.end() for m in _MARKET_FORECAST.finditer(s.lowered)]
                if any(map(s.lowered.__contains__, _THIRD_PARTY_WORDS)):
                    ends += [m.end() for m in _THIRD_PARTY_FORECAST.finditer(s.text)]
            self._market_ends[s.start] = ends
        # most sentences name no such forecast: no generator for them (kind asks for every number)
        return bool(ends) and any(e <= qs and not s.crosses(e, qs) for e in ends)

    @staticmethod
    def _market_ahead(s: _Sentence, qs: int) -> bool:
        """Whether a market or macro measure's forecast in the active voice (_MARKET_AHEAD) leads to the
        number at `qs` in its clause, with no forecast of the company's own after it ("we expect the industry
        to grow 3% and we expect to outgrow it by 200 basis points")."""
        low = s.lowered
        # kind asks for every number: substring tests, once per sentence, spare the search
        said = s._market_words
        if said is None:
            said = s._market_words = any(map(low.__contains__, _MARKET_AHEAD_WORDS))
        if not said:
            return False
        ends = [m.end() for m in _MARKET_AHEAD.finditer(low, 0, qs)]
        if not ends or s.crosses(ends[-1], qs):
            return False
        return not any(ends[-1] <= c.start < qs and c.kind == "estimate" for c in s.cues)

    def _estimated_actual(self, s: _Sentence, qs: int, period: Period | None) -> bool:
        """Whether an estimate governing the number at `qs` is of a period already closed (the quarter
        reported on or before: "we estimate a 1.5% impact of inflation for the quarter"), or of what happened,
        its verb in the past (_ESTIMATED_PAST), for no later period."""
        at = [c for c in s.cues if c.kind == "estimate" and c.start < qs]
        word = _ESTIMATE_WORD.match(s.lowered, at[-1].start) if at else None
        if word is None or _PRIOR_ESTIMATE.search(s.lowered, max(0, word.start() - 20), word.start()):
            return False
        if word[0] == "estimated" and not s.lowered.endswith(("is ", "are "), 0, word.start()):
            # "we estimated" (a forecast made then); "are estimated to have been" is now; so is the adjective
            # of a figure of the quarter reported on or before ("we've incurred an estimated $87 million")
            adjective = _ESTIMATED_ADJECTIVE.search(s.lowered, max(0, word.start() - 8), word.start())
            if adjective is None or (period is not None and period.end > self.default_period.end):
                return False
        if word[0] not in ("estimate", "estimates", "estimated") or "to be" in s.lowered[word.end() : qs]:
            return False  # "we estimate our shares to be 58.6 million": a forecast
        if period is not None and period.start > self.default_period.end:
            return False
        if period is not None and period.end <= self.default_period.end:
            return True
        if period is None and word[0] == "estimated" and self._result_holds(s, word.start()):
            return True  # "results reflect an estimated $0.03 per share benefit from weather"
        return _ESTIMATED_PAST.search(s.lowered, at[-1].end, qs) is not None

    @staticmethod
    def _result_holds(s: _Sentence, at: int) -> bool:
        """Whether a result or a verb of one (_RESULT_HOLDS) stands before the adjective "estimated" at `at`
        in its clause ("included in earnings is an estimated", "the quarter had an estimated")."""
        if not _ESTIMATED_ADJECTIVE.search(s.lowered, max(0, at - 8), at):
            return False
        starts = [m.start() for m in _RESULT_HOLDS.finditer(s.lowered, max(0, at - 60), at)]
        return bool(starts) and not s.crosses(starts[-1], at)

    def _deadline_ahead(self, period: Period) -> bool:
        """Whether a deadline is still to come: one passed before the document ("debt declined to $587 million
        at the end of 2019" on a January 2020 call) is a date of what was."""
        return period.kind is PeriodKind.DEADLINE and period.end >= self.doc_date

    @staticmethod
    def _sized(s: _Sentence, qs: int, qe: int) -> bool:
        """Whether the number at `qs:qe` sizes an opportunity or an addressable market (_OPPORTUNITY_BEFORE,
        _OPPORTUNITY_AFTER)."""
        lead = len(s.lowered[:qs].rstrip("$€£¥"))
        if _OPPORTUNITY_BEFORE.search(s.lowered, max(0, lead - 80), qs) is not None:
            return True
        return qe >= 0 and _OPPORTUNITY_AFTER.match(s.lowered, qe) is not None

    @staticmethod
    def _record(s: _Sentence, qs: int) -> bool:
        """Whether the number at `qs` is a record named as a yardstick ("exceeds our full year EPS record of
        $7.42 set in 2018"): an actual of its year, not history (README, decisions of held-out set 2)."""
        if "record" not in s.lowered and "high" not in s.lowered:
            return False
        m = _RECORD_BEFORE.search(s.lowered, max(0, qs - 60), qs)
        return m is not None and not s.crosses(m.start(), qs)

    @staticmethod
    def _doing(s: _Sentence, qs: int) -> bool:
        """Whether a present progressive of the company's doing (_DOING) leads to the number at `qs` in its
        clause, no base word ("surpassing initial forecast by 15%") before the number."""
        starts = [m.start() for m in _DOING.finditer(s.lowered, 0, qs)]
        if not starts or s.crosses(starts[-1], qs):
            return False
        return not any(c.kind == "base" and c.start < qs for c in s.cues)

    @staticmethod
    def _base_in_forecast(s: _Sentence, qs: int) -> bool:
        """Whether the number at `qs` is a comparison base named right after its comparison word
        (_BASE_IN_FORECAST) in its clause, naming more than a date ("from 2020 of 3%" is no base)."""
        lo = max(0, qs - 70)
        m = _BASE_IN_FORECAST.search(s.lowered, lo, qs)
        if m is None or s.crosses(m.start(), qs):
            return False
        words = m[1].split()
        return not words or words[-1] != "of" or not all(_DATE_WORDS.match(w) for w in words)

    @staticmethod
    def _goal(s: _Sentence, qs: int, goal: re.Pattern[str]) -> bool:
        """Whether a goal phrase (`goal`: _GOAL, _STANDING_GOAL) leads to the number at `qs` in its clause."""
        # kind asks for most numbers: substring tests, once per sentence, spare the search
        said = s._goal_words
        if said is None:
            low = s.lowered
            said = ("to" in low or "will" in low) and any(map(low.__contains__, _GOAL_WORDS))
            s._goal_words = said
        if not said:
            return False
        ends = [m.end() for m in goal.finditer(s.lowered, 0, qs)]
        return bool(ends) and not s.crosses(ends[-1], qs)

    @staticmethod
    def _done_before(s: _Sentence, qs: int) -> bool:
        """Whether a verb in the present perfect ("we have grown", "we've expanded") leads to the number at
        `qs` in its clause, with no cue after it."""
        lo = max([b for b in s.breaks if b < qs] + [c.end for c in s.cues if c.start < qs] + [0])
        done = _PERFECT.search(s.lowered, max(0, lo - 40), qs)
        # "we've included a comparison ... assuming a 50% payout": the number is a supposition
        return done is not None and _SUPPOSED.search(s.lowered, done.end(), qs) is None

    def _is_base(self, s: _Sentence, qs: int) -> bool:
        """Whether the number whose first digit is at `qs` is a comparison base ("as compared to $51.2 M")."""
        lead = len(s.lowered[:qs].rstrip("$€£¥"))  # "$51.2" starts before its first digit
        return self._base_start(s, lead) is not None

    @staticmethod
    def _reported(s: _Sentence, qs: int) -> bool:
        """Whether a verb only a past result takes ("was", "grew", "reported") leads to the number at `qs` in
        its clause, whatever later period the clause names ("the dividend payable in October was raised")."""
        last = None
        for c in s.cues:
            if c.start >= qs:
                break
            if c.kind == "actual":
                last = c
        if last is None or not s.lowered.startswith(_PAST_ONLY, last.start):
            return False
        return not s.crosses(last.start, qs)

    @staticmethod
    def _past_tense_before(s: _Sentence, qs: int) -> bool:
        """Whether the last actual cue before `qs` is a verb only a past result takes ("grew", "was")."""
        last = None
        for c in s.cues:
            if c.start >= qs:
                break
            if c.kind == "actual":
                last = c
        return last is not None and s.lowered.startswith(_PAST_ONLY, last.start)

    def currency(self, s: _Sentence, qm: QuantityMatch, metric: str | None, entity: str | None) -> Unit:
        unit = qm.quantity.unit
        # a bare "zero" ("net debt zero", "earnings effectively zero") takes the context's currency as a bare
        # scaled number does
        zero = qm.text == "zero" and not qm.unit_explicit
        if qm.unit_explicit or unit.kind is not UnitKind.COUNT or unit.noun:
            return unit
        if not (qm.quantity.scale or zero):
            return unit
        if zero and not any(map(s.lowered.__contains__, ("debt", *_MONEY_WORDS))):
            return unit  # "safety incidents is zero", "rates remain near zero": no money named
        m = self.lex.get(metric) if metric else None
        if m is not None and "currency" not in m.units:
            return unit
        nearest: tuple[int, str] | None = None
        for other in self._sentence_quantities:
            u = other.quantity.unit
            if other.unit_explicit and u.kind is UnitKind.CURRENCY:
                d = abs(other.start - qm.start)
                if nearest is None or d < nearest[0]:
                    nearest = (d, u.code)
        if m is None and nearest is None and not zero and not any(map(s.lowered.__contains__, _MONEY_WORDS)):
            return unit
        reporting = self.profile.reporting_currency if self.profile else None
        code = nearest[1] if nearest else None
        code = code or self.currency_of.get((entity, metric)) or self.currency_of.get((None, metric))
        code = code or reporting or self.last_currency
        if code is None and m is not None:
            code = self.doc_currency  # "revenue of 5 billion" before any "$": the document's currency
        return Unit(UnitKind.CURRENCY, code) if code else unit

    def speaker(self, s: _Sentence, offset: int, turn: Turn | None) -> Speaker:
        """documents.speaker_at, reusing this pass's turns and sentence spans."""
        kind = self.doc.kind
        if kind is DocumentKind.TRANSCRIPT:
            return turn.role if turn is not None else Speaker.MANAGEMENT
        if kind in (DocumentKind.NOTE, DocumentKind.OTHER):
            return attribute(self.doc.text, (s.start, s.end), offset)
        return speaker_at(self.doc, offset)

    # -- the pass ----------------------------------------------------------------------------------
    def run(self) -> Iterator[Claim]:
        doc, text = self.doc, self.doc.text
        default_cur = self.profile.reporting_currency if self.profile else None
        spans = split_sentences(text)
        starts = [a for a, _ in spans]
        self._spans, self._starts = spans, starts
        groups: dict[int, list[QuantityMatch]] = {}
        said_in: Counter[str] = Counter()
        for qm in find_quantities(text, default_currency=default_cur):
            i = bisect.bisect_right(starts, qm.start) - 1
            groups.setdefault(i, []).append(qm)
            if qm.unit_explicit and qm.quantity.unit.kind is UnitKind.CURRENCY and qm.quantity.unit.code:
                said_in[qm.quantity.unit.code] += 1
        self.doc_currency = said_in.most_common(1)[0][0] if said_in else None
        doc_id = doc.id
        heading: tuple[int, str | None] = (-1, None)  # (heading's sentence index, its cue)
        prev_sentence: _Sentence | None = None
        last = -1
        for i in sorted(groups):
            if i < 0:
                a, b = 0, spans[0][0] if spans else len(text)
            else:
                a, b = spans[i]
                b = max(b, groups[i][-1].end)  # quantities come in order, non-overlapping: the last ends last
            heading = self._heading(spans, last, i, heading)
            last = i
            s = _Sentence(text[a:b], a, b, self.lex, self.profile, self.calendar, self.doc_date)
            s.heading_cue = heading[1]
            if (
                "comp" in s.lowered
                and any(_is_bare_comp(h, s.lowered) for h in s.metrics)
                and not self._comp_names_sales()
            ):
                s.metrics = [h for h in s.metrics if not _is_bare_comp(h, s.lowered)]
            s.read_periods(self.calendar, self.reported, self.doc_date)
            if i > 0:
                s.prev_span = spans[i - 1]  # read only for a forward number left without a period
            if not s.entities and i > 0 and "\n" not in text[spans[i - 1][1] : a]:
                s.carried_entity = self._subject(text[spans[i - 1][0] : spans[i - 1][1]])
            if s.carried_entity is None and not s.entities and i > 0 and doc.kind is DocumentKind.NOTE:
                # a note's line whose sentence before names nothing either ("... signed one-year contracts
                # with merchants. This -7 percentage point impact will last") is about its section's subject
                s.carried_entity = self._note_subject(spans, i)
            self._sentence_quantities = groups[i]
            self._last_sentence = prev_sentence
            self._read[a] = s.periods
            prev_sentence = s
            self._sentence_start = a
            self._sentence_period = None
            self._all_forward = True
            self._sentence_said = None
            for qm in groups[i]:
                claim = self._claim(doc_id, s, qm)
                if claim is not None:
                    yield claim
            said = self._sentence_period
            forward = self._all_forward and said is not None and said.kind is not PeriodKind.OPEN
            self._forward_before = (a, said) if forward and said is not None else None
            agreed = self._sentence_said
            self._said_before = None
            if isinstance(agreed, tuple) and agreed[0] is not None:
                self._said_before = (a, agreed[0], agreed[1])

    def _cue_before(self, s: _Sentence, qs: int, *, counterfactual: bool = False) -> str | None:
        """The kind cue that governs the number at `qs`: the last cue before it, read as `kind` reads it
        (`counterfactual`: "would have been" makes an adjusted actual, as `kind` and the forward horizon
        have it; the other carry-overs read it as forward)."""
        cue = None
        cue_at = cue_end = 0
        for c in s.cues:
            if c.start >= qs:
                break
            if counterfactual and c.kind == "forward" and _COUNTERFACTUAL.match(s.lowered, c.start):
                cue, cue_at = "actual", c.start  # "would have been 4.3%": an adjusted actual
                continue
            if (
                c.kind == "forward"
                and cue == "target"
                and s.lowered.startswith(_FORECAST_NOUNS, cue_at)
                and _TARGET_IS.fullmatch(s.lowered, cue_end, c.start) is not None
            ):
                continue  # "our longer-term outlook is expected to deliver double-digit growth": the target
            if (
                c.kind == "target"
                and cue == "forward"
                and cue_words.yardstick(s.lowered, c)
                and not cue_words.guided_value(s.lowered, c, qs)
            ):
                continue  # "our guidance has been above our long-term growth target ... at 16%": a yardstick
            if c.kind == "target" and (
                cue_words.passed(s.lowered, c, qs)
                or (
                    cue_words.yardstick(s.lowered, c)
                    and (s.crosses(c.end, qs) or self._past_own_value(s, c.end, qs))
                    and not cue_words.guided_value(s.lowered, c, qs)
                )
            ):
                # "achieving our goal for the year, adding nearly two million SKUs": a goal met; "well above
                # our target and close to an all-time high at 5.4x", "above the top of our target range of 85%
                # to 90%, with 17 points from COVID": a yardstick, past its clause or its own value
                continue
            if c.kind == "base":
                if cue_words.guided_value(s.lowered, c, qs):
                    cue, cue_at = "forward", c.start  # "above our guidance of $5": $5 is the guidance
                continue  # "31%, above our guidance": the guidance is only the yardstick
            if (
                c.kind == "actual"
                and cue in ("forward", "estimate")
                and not s.crosses(cue_at, c.start)
                and (s.lowered.startswith(_WEAK_ACTUAL, c.start) or self._assumed(s, cue_at, c.start))
            ):
                # "loans will be up low single digits": "up" does not undo "will"; nor does "was" what a
                # forecast assumed ("full year guidance assumed utilization was around 2.5% below baseline")
                continue
            cue, cue_at, cue_end = c.kind, c.start, c.end
        return cue

    def _assumed(self, s: _Sentence, a: int, b: int) -> bool:
        """Whether "assumed" stands between the forward cue at `a` and the verb at `b`, no number between."""
        return _ASSUMED.search(s.lowered, a, b) is not None and not self._between(s, a, b)

    def _continues_forward(
        self, s: _Sentence, qs: int, turn: Turn | None, cue: Callable[[], str | None]
    ) -> bool:
        """Whether a number goes on from the sentence just before (same turn) whose claims all looked
        forward: its sentence says what that figure holds, with no period words and no kind cue before it
        ("We expect billings of $1.3 billion. Growth includes a tailwind of 50 basis points.")."""
        before = self._forward_before
        if before is None or s.prev_span is None or before[0] != s.prev_span[0]:
            return False
        if self.turns and turn_at(self.turns, before[0]) != turn:
            return False
        if cue() is not None:
            return False
        if before[1].kind is PeriodKind.QUARTER and not s.periods and _THE_QUARTER.search(s.lowered):
            # "We expect a margin of 23%. There's 202 million shares for the quarter." (not "we bought")
            return cue_words.PAST_VERB.search(s.lowered, 0, qs) is None
        # only what the figure before holds ("This includes", "we assume"); and no period words at all
        # ("During the quarter, we drilled 88 wells" is the quarter reported on)
        if _MIDPOINT.match(s.lowered) is not None:
            return True  # "... to a new range of $8.20 to $8.60. The new midpoint of $8.40 represents ..."
        return (
            (m := _PART_OF.search(s.lowered, 0, qs)) is not None
            and (m.start() < _PART_OF_LEAD or m[0].startswith("assum"))
            and not _period_hint(s.lowered)
        )

    def _goes_on(self, s: _Sentence, qs: int, turn: Turn | None) -> tuple[Period, ClaimKind] | None:
        """The (period, kind) the claims of the sentence just before (same turn) all agree on, when the
        number's sentence goes on with that statement by its opening words (`_CONTINUATION`: "And AFFO per
        share of $3.33 to $3.45.", "This translates to total sales of $4.59 billion") and names no period
        nor the present ("today", "currently") of its own; else None. Not a forecast's period for a figure
        told as done before the number, nor an actual's period that is the quarter reported on (what the
        number gets anyway) or ended before it (the base of a comparison: "That's down from 4.3% at June 30.
        This equates to less than 1% of clients")."""
        before = self._said_before
        if before is None or s.prev_span is None or before[0] != s.prev_span[0]:
            return None
        low = s.lowered
        if _CONTINUATION.match(low) is None or s.periods or _PRESENT.search(low) is not None:
            return None
        if _period_hint(low) and _PERIOD_WORD.search(low) is not None:
            return None
        if self.turns and turn_at(self.turns, before[0]) != turn:
            return None
        said, kind, reported = before[1], before[2], self.reported
        if kind is ClaimKind.ACTUAL:
            if said == self.default_period or (reported is not None and said.end < reported.start):
                return None
            if "now" in low and _NOW.search(low) is not None:
                return None  # (a substring test first: most sentences lack it)
        elif kind not in (ClaimKind.GUIDANCE, ClaimKind.ESTIMATE):
            return None  # a target or a derived figure: no statement to go on with
        elif cue_words.PAST_VERB.search(low, 0, qs) is not None:
            return None  # "And we delivered gizmo margin of 18%": told as done
        return said, kind

    @staticmethod
    def _recurring(s: _Sentence, qe: int) -> bool:
        """Whether a number states a standing rule or rate that dates nothing: "Each year, more than 75% of
        our growth ...", "up to 50% of the excess free cash flow in any given quarter" (in its own clause,
        within a few words after it)."""
        if not any(map(s.lowered.__contains__, _RECURRING_WORDS)):
            return False  # reported_quarter asks for every actual: substring tests spare the two searches
        if _RECURRING.match(s.lowered):
            return True
        m = _RECURRING.search(s.lowered, qe, qe + _RECURRING_REACH)
        return m is not None and not s.crosses(qe, m.start())

    @staticmethod
    def _undated(s: _Sentence, qs: int, qe: int) -> bool:
        """Whether a number dates nothing by its wording: an amount authorized ("the board authorized an
        additional $5 billion of share repurchases", "the $585 million authorization") or a rate over a span
        named before ("a compound annual growth rate of 9% over that period")."""
        low = s.lowered
        authori = "authori" in low  # a word _AUTHORIZED and _AUTHORIZATION_AFTER need
        return (
            (authori and _AUTHORIZED.search(low, max(0, qs - 40), qs) is not None)
            or ("over" in low and _OVER_THAT_PERIOD.match(low, qe) is not None)
            or (authori and _AUTHORIZATION_AFTER.match(low, qe) is not None)
        )

    @staticmethod
    def _condition(s: _Sentence, qs: int) -> bool:
        """Whether a number is a threshold or the level a condition names ("a bonus if the site's
        vaccination rate achieves 85%", "two sites already at a second threshold of 85%"): no period."""
        low = s.lowered
        if "if" not in low and "threshold" not in low:  # words _CONDITION needs (it searches 120 characters)
            return False
        return _CONDITION.search(low, max(0, qs - _CONDITION_REACH), qs) is not None

    def _promise(
        self,
        key: tuple[str | None, str | None, str, float],
        period: Period | None,
        cue: Callable[[], str | None],
    ) -> Period | None:
        """In a note (in a results document the same figure recurs by chance: "12%", "$12.2 million"), a
        figure given a period ahead ("expected to surpass RMB 30 billion by the end of the year") keeps it
        when restated later without one, unless reported as done ("If MaaS ARR reaches 30 billion as
        expected")."""
        if period is not None:
            if period.start > self.doc_date or period.kind is PeriodKind.DEADLINE:
                self._promised[key] = period
            return period
        if key in self._promised and cue() != "actual":
            return self._promised[key]
        return None

    @staticmethod
    def _named_guidance(s: _Sentence, qs: int) -> bool:
        """Whether a guidance noun before the number names the guidance it gives ("raising our EPS guidance
        to $5 to $6"), not a yardstick ("exceeding our guidance of 12% to 14%")."""
        for m in _GUIDANCE_NOUN.finditer(s.lowered, 0, qs):
            if _YARDSTICK.search(s.lowered, max(0, m.start() - 30), m.start()) is None:
                return True
        return False

    def _change_to_guidance(self, s: _Sentence, qe: int) -> bool:
        """Whether a number states a change made to the guidance named just after it ("an increase of 50
        basis points in our operating margin rate to a range of 16% in our updated guidance", "an $0.80
        improvement in our EPS guidance"), not a comparison with it ("3% above the high end of our
        guidance")."""
        m = _TO_GUIDANCE.match(s.lowered, qe)
        if m is None or _YARDSTICK.search(s.lowered, qe, m.end()) is not None:
            return False
        return not self._between(s, qe, m.end())

    def _quarter_after_reported(self) -> tuple[int, int] | None:
        """(fiscal year, quarter) of the quarter after the one a results document reports on, or None."""
        reported = self.reported
        if reported is None or reported.fiscal_year is None or reported.fiscal_quarter is None:
            return None
        return shift_quarter(reported.fiscal_year, reported.fiscal_quarter, 1)

    def _guided_year(self) -> Period | None:
        """The fiscal year a results document's guidance speaks of when nothing names a period: the one the
        document is written in (on a fourth-quarter call, the year after the one reported on)."""
        after = self._quarter_after_reported()
        return None if after is None else fiscal_year(self.calendar, after[0])

    def _next_quarter(self) -> Period | None:
        """The fiscal quarter after the one reported on: the quarter a call's quarterly guidance speaks of."""
        after = self._quarter_after_reported()
        return None if after is None else fiscal_quarter(self.calendar, *after)

    def _to_date(self, period: Period) -> Period:
        """A to-date span ending at the document date ("year-to-date") ends with the period reported on."""
        reported = self.default_period.end
        if (
            self.doc.date is None
            or period.kind is not PeriodKind.SPAN
            or period.end != self.doc_date
            or not period.start <= reported < period.end
        ):
            return period
        return date_span(period.start, reported)

    def _carried_period(self, prev: tuple[int, int]) -> Period | None:
        """The period a sentence without one takes from the sentence before: its last future period
        ("As we look ahead to Q4, ... We expect comps to be ...")."""
        return self._set_up(prev)[0]

    def _set_up(self, prev: tuple[int, int]) -> tuple[Period | None, Period | None]:
        """The last future period of a sentence, and its last year or half still in progress after the
        period reported on ("We project revenue up 14% in 2021.")."""
        if self.doc.date is None:
            return None, None
        if prev in self._carried:
            return self._carried[prev]
        found: Period | None = None
        running: Period | None = None
        found_periods = self._periods_of(prev)
        reported_end = self.default_period.end
        if found_periods:
            for pm in found_periods:
                p = pm.period
                if p.kind not in (PeriodKind.OPEN, PeriodKind.INSTANT) and p.start > reported_end:
                    # an instant ("On April 28, 2021, our Board ...", "as of today") is no horizon, nor is a
                    # maturity ("notes due 2024")
                    low = self.doc.text[max(prev[0], prev[0] + pm.start - 12) : prev[0] + pm.start].lower()
                    if _MATURITY.search(low) is None and not self._names_goal(prev[0] + pm.end):
                        found = p
                elif p.kind in (PeriodKind.YEAR, PeriodKind.HALF) and p.start <= reported_end < p.end:
                    running = p
        self._carried[prev] = (found, running)
        return found, running

    def _names_goal(self, end: int) -> bool:
        """Whether the period phrase ending at document offset `end` names a goal ("our 2050 carbon-neutral
        goals", "our 2023 consolidated financial targets"): the goal's year, no horizon for the sentences
        after it."""
        return _GOAL_AFTER.match(self.doc.text, end) is not None

    def _periods_of(self, span: tuple[int, int]) -> list[PeriodMatch]:
        """The period phrases of another sentence, read as in a forward-looking one."""
        read = self._read.get(span[0])
        if read is not None:
            return read  # a sentence with numbers: its periods are read already
        text = self.doc.text[span[0] : span[1]]
        low = text.lower()
        if not _period_hint(low):
            return []
        found = list(find_periods(text, calendar=self.calendar, doc_date=self.doc_date))
        if self.reported is not None:
            found = results_periods(text, low, found, self.calendar, self.reported, True, self.doc_date)
        return found

    def _intro_period(self, s: _Sentence) -> Period | None:
        """The first period of the line ending in ":" that introduces the lines under it ("Full-year 2022
        outlook:", "In Q1 2015, Amazon first disclosed AWS figures:"), with no blank line between; an
        introducing line without a period ends the search."""
        if self.doc.date is None or not self._has_intros:
            return None
        text, spans = self.doc.text, self._spans
        j = bisect.bisect_right(self._starts, s.start) - 1
        if j < 1:
            return None
        colon = text.rfind(":\n", spans[max(0, j - _INTRO_BACK)][0], s.start)
        if colon < 0 or _BLANK_LINE.search(text, colon, s.start):
            return None
        if colon in self._intros:
            return self._intros[colon]
        found: Period | None = None
        k = bisect.bisect_right(self._starts, colon) - 1
        if k >= 0 and spans[k][1] == colon + 1:  # the colon ends a sentence
            periods = (pm.period for pm in self._periods_of(spans[k]))
            found = next((p for p in periods if p.kind is not PeriodKind.OPEN), None)
        self._intros[colon] = found
        return found

    def _note_heading_period(self, s: _Sentence) -> Period | None:
        """The period named by the heading line of a research note that `s` sits under ("3.4.2 FY27Q1
        Outlook"), within `_NOTE_SECTION_REACH`; None when that heading names none or there is no heading."""
        if self._note_headings is None:
            self._note_headings = [(m.start(), m.end()) for m in _NOTE_HEADING.finditer(self.doc.text)]
        heads = self._note_headings
        i = bisect.bisect_right(heads, (s.start, s.start)) - 1
        if i < 0 or s.start - heads[i][0] > _NOTE_SECTION_REACH or heads[i][1] > s.start:
            return None
        head = heads[i]
        if head[0] not in self._heading_periods:
            periods = (pm.period for pm in self._periods_of(head))
            self._heading_periods[head[0]] = next((p for p in periods if p.kind is not PeriodKind.OPEN), None)
        return self._heading_periods[head[0]]

    def _note_section_period(self, s: _Sentence) -> Period | None:
        """The period of the note's part that `s` sits in: as `_note_heading_period`, but a colon sub-heading
        naming no period ("Key monitoring points:") does not end the numbered section above it ("3.1.4 FY27Q1
        Outlook (April-June 2026)"); one naming a period ("FY27 Full-Year Expectations:") is the part's."""
        found = self._note_heading_period(s)
        heads = self._note_headings
        if found is not None or not heads:
            return found
        text = self.doc.text
        i = bisect.bisect_right(heads, (s.start, s.start)) - 1
        while i >= 0 and s.start - heads[i][0] <= _NOTE_SECTION_REACH:
            head = heads[i]
            if head[0] not in self._heading_periods:
                periods = (pm.period for pm in self._periods_of(head))
                named = next((p for p in periods if p.kind is not PeriodKind.OPEN), None)
                self._heading_periods[head[0]] = named
            if self._heading_periods[head[0]] is not None or _SECTION_NUMBER.match(text, head[0]) is not None:
                return self._heading_periods[head[0]]
            i -= 1
        return None

    def _horizon(self, s: _Sentence, prev: tuple[int, int]) -> Period | None:
        """The future period a forward number without one takes: the one set up by the sentence before;
        in a results document, else by the nearest of the few before that in the same turn (or paragraph)
        -- the nearest sentence's future period ("guidance for the fourth quarter"), else its year or half
        still in progress ("We project revenue up 14% in 2021. ... We expect margin of 23%")."""
        found = self._carried_period(prev)
        if found is not None or self.reported is None:
            return found
        spans, text = self._spans, self.doc.text
        j = bisect.bisect_left(self._starts, prev[0])
        turn = turn_at(self.turns, s.start) if self.turns else None
        running = self._set_up(prev)[1]
        if running is not None:
            return running
        for k in range(j - 1, max(-1, j - _CARRY_BACK), -1):
            if turn is not None and turn_at(self.turns, spans[k][0]) != turn:
                break
            if turn is None and "\n\n" in text[spans[k][1] : spans[k + 1][0]]:
                break
            found, running = self._set_up(spans[k])
            # a month named further back ("our April outlook") is seldom the horizon
            if found is not None and found.kind is not PeriodKind.MONTH and found.end > self.doc_date:
                return found
            if running is not None:
                return running
        return None

    def _earlier_period(self, s: _Sentence) -> Period | None:
        """The first period phrase of the nearest of the few sentences before `s` (same turn, or paragraph)
        that names one: what "that week", "that period" point back to."""
        spans, text = self._spans, self.doc.text
        j = bisect.bisect_right(self._starts, s.start) - 1
        turn = turn_at(self.turns, s.start) if self.turns else None
        for k in range(j - 1, max(-1, j - 1 - _ANAPHOR_BACK), -1):
            if turn is not None and turn_at(self.turns, spans[k][0]) != turn:
                break
            if turn is None and "\n\n" in text[spans[k][1] : spans[k + 1][0]]:
                break
            found = [pm.period for pm in self._periods_of(spans[k]) if pm.period.kind is not PeriodKind.OPEN]
            if found:
                return found[0]
        return None

    def _section_stretch(self, s: _Sentence) -> Period | None:
        """The stretch closing with the quarter reported on (the fiscal year on a fourth-quarter call, the
        first half, the year to date) that the nearest sentence before `s` naming a period looks at, in the
        same turn (or paragraph), within _SECTION_BACK sentences ("Now, let me comment on our full year 2021
        results."); sentences naming only periods before it (the comparison bases "2020", "last year") are
        passed over; one naming the quarter reported on, any quarter word or anything later ends the
        search (`_section_mark`)."""
        if s.start in self._sections:
            return self._sections[s.start]
        found: Period | None = None
        reported = self.reported
        if reported is None or reported.fiscal_year is None or reported.fiscal_quarter in (None, 1):
            return None  # a first quarter is its year to date
        spans, text = self._spans, self.doc.text
        j = bisect.bisect_right(self._starts, s.start) - 1
        turn = turn_at(self.turns, s.start) if self.turns else None
        for k in range(j - 1, max(-1, j - 1 - _SECTION_BACK), -1):
            if turn is not None and spans[k][0] < turn.start:
                break  # the turn before
            if turn is None and "\n\n" in text[spans[k][1] : spans[k + 1][0]]:
                break
            mark = self._marks.get(k, _UNREAD)
            if mark is _UNREAD:
                mark = self._marks[k] = self._section_mark(spans[k], reported)
            if mark is not None:
                found = mark if isinstance(mark, Period) else None
                if spans[k][0] in self._to_date_marks:
                    if k < j - 1:
                        found = None  # "Year-to-date, we cut incidents by 30%.": an aside, for the next one
                    else:
                        self.to_date_sections.add(s.start)
                break
        self._sections[s.start] = found
        return found

    def _section_mark(self, span: tuple[int, int], reported: Period) -> Period | bool | None:
        """What a sentence looked back at by `_section_stretch` says: the stretch it turns to, True when it
        ends the search, None when it is passed over (read once per sentence)."""
        text = self.doc.text
        if _QUARTER_WORD.search(text, span[0], span[1]) is not None and not _every_quarter(text, span):
            return True  # "at quarter end", "sequential quarterly improvement": back to the quarter
        if reported.fiscal_year is None:
            return True
        looked = self._looked_at(span)
        if not looked:
            return None  # no period phrase: passed over (no stretch, nothing that ends the search)
        year_start = fiscal_year(self.calendar, reported.fiscal_year).start
        # (a deadline opens no section: "the highest margin we've had in 14 years")
        low = text[span[0] : span[1]].lower()
        matches = [
            pm
            for pm in looked
            if pm.period.kind not in _NO_SECTION
            and not _years_back(pm.period, reported, year_start)
            and not _since(low, pm)
        ]
        # "year-to-date" reads as a span to the call date: it is the year to the quarter reported on, as the
        # sentence's own numbers take it (`_to_date`: "On a year-to-date basis, revenue is up 2.7%.")
        # only when it opens the sentence ("Year-to-date, EBITDA margins were 5.6%"): one further on
        # ("driven by our strong year-to-date sales growth") dates its own clause, and still ends the search
        periods = [
            self._to_date(pm.period)
            if _OPENING_LEAD.fullmatch(low, 0, pm.start) is not None
            and _OPENING_END.match(low, pm.end) is not None
            else pm.period
            for pm in matches
        ]
        # the year to the quarter reported on: the full year, the first half, "the first nine months"
        stretches = [
            i
            for i, p in enumerate(periods)
            if p.end == reported.end and p.start == year_start < reported.start
        ]
        if any(p.end >= reported.start and i not in stretches for i, p in enumerate(periods)):
            return (
                True  # "second half of 2021 earnings will exceed first half of 2021 earnings": a look ahead
            )
        if not stretches:
            # "We now expect our well cost will be more than 7% lower than last year.": a look ahead ends the
            # results section; a base alone ("achieved in 2020") is passed over
            return True if _LOOK_AHEAD.search(low) is not None else None
        # not an adjective dating only the figure after it ("grew 65% to $471 million with first-half cash
        # generation of $843 million": the sentence speaks of the quarter)
        if _names_next_noun(low, matches[stretches[0]]):
            return True
        if periods[stretches[0]] is not matches[stretches[0]].period:
            self._to_date_marks.add(span[0])
        return periods[stretches[0]]

    def _looked_at(self, span: tuple[int, int]) -> list[PeriodMatch]:
        """The period phrases of another sentence, read as it reads them (a sentence without numbers has
        not been read: "for a few full year highlights" with no forward word is the year reported on); only
        those that may name a stretch of a year (_section_stretch)."""
        read = self._read.get(span[0])
        if read is None:
            read = self._looked.get(span[0])
        if read is not None:
            return read
        text = self.doc.text[span[0] : span[1]]
        low = text.lower()
        read = []
        if self.reported is not None and (
            any(map(low.__contains__, _STRETCH_WORDS)) or _YEAR_DIGITS.search(low)
        ):
            found = list(find_periods(text, calendar=self.calendar, doc_date=self.doc_date))
            forward = any(c.kind in ("forward", "estimate") for c in cue_words.cues(low))
            read = results_periods(text, low, found, self.calendar, self.reported, forward, self.doc_date)
        self._looked[span[0]] = read
        return read

    def _subject(self, sentence: str) -> str | None:
        """The first entity a sentence names (outside metric phrases): what a following "it" refers to."""
        low = sentence.lower()
        metrics = self.lex.index.find(sentence, low)
        for e in entity_index(self.profile).find(sentence, low):
            if not any(m.start < e.end and e.start < m.end for m in metrics):
                return e.key
        return None

    def _company_wide(self, metric: str, carried: str) -> str | None:
        """The entity of a note's figure whose line names none, for a measure only the company as a whole
        states (a balance sheet item, a valuation multiple, capex, dividends, buybacks, EPS: "3. Strong
        balance sheet: Net cash ... is approximately USD 38 billion" under a line about the cloud business):
        the company's own entity ("group" in its profile, else none), not the subject carried from above."""
        m = self.lex.metrics.get(metric)
        if m is None or (m.family not in _COMPANY_WIDE_FAMILIES and metric not in _COMPANY_WIDE_KEYS):
            return carried
        own = self.profile is not None and any(e.key == "group" for e in self.profile.entities)
        return "group" if own else None

    def _note_subject(self, spans: list[tuple[int, int]], i: int) -> str | None:
        """In a research note, what a line naming no entity is about: the subject of the nearest line before
        it that names one, within its numbered section ("3.2 E-commerce (Taotian Group)" ... "Reported CMR:
        year-over-year +1%"; "... goals for the cloud business" ... "Goal breakdown:" ... "Reaching USD 100
        billion in five years"); the section's heading line is the last one looked at."""
        text = self.doc.text
        for j in range(i - 1, max(-1, i - _NOTE_SUBJECT_BACK), -1):
            a, b = spans[j]
            found = self._subject(text[a:b])
            if found is not None or _SECTION_NUMBER.match(text, a) is not None:
                return found
        return None

    def _heading(
        self, spans: list[tuple[int, int]], last: int, i: int, current: tuple[int, str | None]
    ) -> tuple[int, str | None]:
        """The heading cue at sentence i: from a short line ending in ":"; a blank line ends it."""
        text = self.doc.text
        idx, cue = current
        for j in range(last + 1, i):  # the sentences without numbers since the last one with
            a, b = spans[j]
            if b - a <= _HEADING_MAX and text[b - 1] == ":" and (a == 0 or text[a - 1] == "\n"):
                found = [c for c in cue_words.cues(text[a:b].lower()) if c.kind != "base"]
                idx, cue = j, found[0].kind if found else None
        if cue is not None and i >= 0 and "\n\n" in text[spans[idx][1] : spans[i][0]]:
            return (-1, None)
        return idx, cue

    def _restated_bound(self, start: int, q: Quantity, period: Period, kind: ClaimKind) -> ClaimKind:
        """In a research note, the author's figure that restates an end of a range guided just before for the
        same period ("the loss will be above 10 billion but below 20 billion" ... "Lower limit (10 billion):
        subsidies withdrawn") is that guidance, not the author's estimate; records the guided ranges."""
        if kind is ClaimKind.ESTIMATE:
            for at, guided, ends in reversed(self._guided_ranges):
                if start - at > _RESTATE_REACH:
                    break
                if guided == period and q.value in ends:
                    return ClaimKind.GUIDANCE
        elif kind is ClaimKind.GUIDANCE and q.low is not None and q.high is not None and q.low != q.high:
            self._guided_ranges.append((start, period, (q.low, q.high)))
        return kind

    def _range_width(self, qm: QuantityMatch, qs: int, s: _Sentence) -> tuple[Period, str | None] | None:
        """The period and measure of a guided range whose width a note's figure states ("the loss will be
        above 10 billion but below 20 billion. This wide range (spanning 10 billion USD) reflects ..."): the
        author's arithmetic on the range (derived), checked by the arithmetic itself (high - low)."""
        if not self._guided_ranges or _WIDTH_BEFORE.search(s.lowered, max(0, qs - 24), qs) is None:
            return None
        start, period, (low, high) = self._guided_ranges[-1]
        if qm.start - start > _RESTATE_REACH or not math.isclose(high - low, qm.quantity.value, rel_tol=1e-9):
            return None
        return period, self._range_metrics.get((period, low))

    def _inferred_by_author(self, start: int) -> Speaker:
        """Who derived a figure in a note's sentence reporting management ("According to management, ARR is
        expected to surpass RMB 30 billion by the end of the year - implying a 3.75x growth"): the author, who
        draws the inference from the reported words, unless the figure stands inside a quotation (an odd
        number of quotation marks before it on its line: management's own words)."""
        text = self.doc.text
        line = text[text.rfind("\n", 0, start) + 1 : start]
        quotes = line.count('"') + line.count("\u201c") + line.count("\u201d")
        return Speaker.MANAGEMENT if quotes % 2 else Speaker.AUTHOR

    def _bound_metric(
        self, q: Quantity, period: Period, metric: str | None, kind: ClaimKind, restated: ClaimKind
    ) -> str | None:
        """The measure of a restated end of a guided range (`_restated_bound` made it guidance): the range's
        ("the loss will be above 10 billion but below 20 billion" ... "Lower limit (10 billion): subsidies
        withdrawn" is the loss, not the subsidies its line goes on to name); records each guided range's."""
        if restated is not kind:
            return self._range_metrics.get((period, q.value), metric)
        if kind is ClaimKind.GUIDANCE and metric is not None and q.low is not None and q.high is not None:
            self._range_metrics[(period, q.low)] = self._range_metrics[(period, q.high)] = metric
        return metric

    def _claim(self, doc_id: str, s: _Sentence, qm: QuantityMatch) -> Claim | None:
        qs, qe = qm.start - s.start, qm.end - s.start
        q = qm.quantity
        metric, _hit = self.metric(s, qm, qs, qe)
        if metric is not None and q.unit is COUNT and qm.text[:3].lower() == "top":
            metric = None  # "our top 10 customers": a rank count (reader.scan_rank_counts), no customer count
        if (
            q.unit.kind is UnitKind.DURATION
            and metric is None
            and not _duration_is_value(s.lowered, qs, qe)
            # the term of an agreement is a claim in calls (README); the seed note's labels leave it out
            and not (self.doc.kind is DocumentKind.TRANSCRIPT and cue_words.term_adjective(s.lowered, qs, qe))
        ):
            return None  # a time window or horizon ("within six months", "a 2-3 year view"), not a claim
        entity, third_party = self.entity(s, qs, qe)
        if metric and entity and not s.entities and self.doc.kind is DocumentKind.NOTE:
            entity = self._company_wide(metric, entity)  # (carried: the sentence names none)
        unit = self.currency(s, qm, metric, entity)
        if unit is not q.unit and unit != q.unit:  # mostly the same object: skip the dataclass __eq__
            q = q.with_unit(unit)
        if unit.kind is UnitKind.CURRENCY:
            self.currency_of[(entity, metric)] = self.currency_of[(None, metric)] = unit.code
            self.last_currency = unit.code
        turn = turn_at(self.turns, qm.start) if self.turns else None
        speaker = self.speaker(s, qm.start, turn)
        if qm.text[:1].isdecimal():  # what \d matches: most numbers start with their digits
            digits = 0
        else:
            first_digit = _FIRST_DIGIT.search(qm.text)
            digits = first_digit.start() if first_digit is not None else 0
        number = Number(self, s, qm, metric, entity, unit, turn, speaker, third_party, digits)
        period, kind = resolve(self, number)  # extract/period_rules.py
        if self.doc.kind is DocumentKind.NOTE and period is not None:
            restated = self._restated_bound(qm.start, q, period, kind)
            metric = self._bound_metric(q, period, metric, kind, restated)
            kind = restated
        if self.doc.kind is DocumentKind.NOTE and (width := self._range_width(qm, qs, s)) is not None:
            period, kind = width[0], ClaimKind.DERIVED
            metric = width[1] or metric
        if self.doc.kind is DocumentKind.NOTE and kind is ClaimKind.GUIDANCE and metric is not None:
            self._guided_figures.setdefault((metric, unit.code, round(q.value, 6)), period)
        if self.doc.kind is DocumentKind.NOTE and kind is ClaimKind.DERIVED and speaker is Speaker.MANAGEMENT:
            speaker = self._inferred_by_author(qm.start)
        self._sentence_period = period
        self._all_forward = self._all_forward and kind in (ClaimKind.GUIDANCE, ClaimKind.ESTIMATE)
        if self._sentence_said is None:
            self._sentence_said = (period, kind)
        elif self._sentence_said != (period, kind):
            self._sentence_said = False
        name = None
        if turn is not None:
            name = f"{turn.speaker_name} -- {turn.title}" if turn.title else turn.speaker_name
        return Claim(
            document_id=doc_id,
            start=qm.start,
            end=qm.end,
            span_text=qm.text,
            sentence=s.text,
            quantity=q,
            metric=metric,
            kind=kind,
            speaker=speaker,
            entity=entity,
            period=period,
            speaker_name=name,
            direction=cue_words.direction(s.text, s.lowered, qs, qe),
            sentence_start=s.start,
            page=self.doc.page_of(qm.start),
        )


# A duration is the value of a measure, not a time window, when it is a streak ("marking 17 consecutive
# years of dividend increases") or what a measure is or was ("payable days were 85, 71 and 60 days",
# "lease gestation in the quarter of just 44 days"); "a period of six months", "two months of revenue",
# "that was two years ago" and "within six months" stay windows.
_VALUE_BEFORE = re.compile(
    r"(?:\s(?:is|was|were|are|averaged)|\b(?!(?:period|span|matter|course|space|window|horizon|time)\s)[a-z]+\sof)"
    r"\s+(?:(?:just|only|about|approximately|roughly|around|nearly|almost)\s+)?"
    r"(?:\d[\d.,]*(?:\s*,\s*|\s+and\s+|,\s+and\s+))*$"
)
_WINDOW_AFTER = re.compile(
    r"\s*(?:ago|earlier|later|before|after|since|from now|away|out|into|in a row|of)\b"
)

# ... or when it is compared with a base, or is the base ("a backlog of 10.9 months after 9.3 months in the
# prior quarter", "grew to 7.8 months from 6.6 months", "8.1 months as compared to 7.9"): a window is never
# compared with another; or when it restates an amount ("$2.2 billion or 8.3 months of sales")
_COMPARISON = (
    r"(?:\s+(?:in|for|at)(?:\s+[a-z0-9-]+){1,3})?,?\s+"
    r"(?:after|(?:up\s+|down\s+)?from|(?:as\s+)?compared\s+(?:to|with)|versus|vs\.)\s+"
    r"(?:(?:about|approximately|roughly|around)\s+)?"
)
_COMPARED_WITH_BASE = re.compile(
    _COMPARISON + r"\d[\d,]*(?:\.\d+(?![\d%])|\s+(?:days|weeks|months|years|quarters)\b)"
)
_BASE_OF_DURATION = re.compile(r"\d\s+(?:days|weeks|months|years|quarters)" + _COMPARISON + "$")
_RESTATED_AMOUNT = re.compile(
    r"(?:billion|million|thousand|%)\s+or\s+(?:(?:about|approximately|roughly|nearly|almost)\s+)?$"
)


# "a fleet on average over seven years old", "a 47-year-old asset": an age is the value of a thing's age
# (labels README: age thresholds and physical facts about assets are claims, with no period)
# ... but not an end of an age range ("three to seven years old", "35 year old to 44 year old"), which this
# reading would cut to one end
_AGE_AFTER = re.compile(r"[\s-]old\b(?!\s+to\s)")
_RANGE_END_BEFORE = re.compile(r"(?:\sto|-)\s*$")


# an age threshold or band ("over the age of 75", "55 and older", "aged 65 and over", "ages 25 to 39"; labels
# README: age thresholds are claims, with no period)
_AGE_IN_SPAN = re.compile(r"\bage\b|\solder$|\sand over$")
_AGES_BEFORE = re.compile(r"\b(?:ages|aged)\s$")


def _first_money_key(seen: Iterable[tuple[UnitKind, str | None]]) -> str | None:
    """The metric of the first keyed amount of money among numbers read (unit kind, metric), in order."""
    return next((m for k, m in seen if k is UnitKind.CURRENCY and m is not None), None)


def _names_no_key(s: _Sentence, at: int) -> bool:
    """Whether the noun phrase starting at `at` (after "a 17% decrease in") names no keyed measure:
    "issuance", "the base business"; not "revenue" or "China local currency sales", which name sales."""
    phrase = _NOUN_PHRASE.match(s.lowered, at)
    reach = phrase.end() if phrase is not None else at
    return not any(at <= h.start <= reach and h.key != UNKEYED for h in s.metrics)


def _duration_is_value(lowered: str, qs: int, qe: int) -> bool:
    """Whether the duration at `qs:qe` of a sentence (lower-cased) is a measure's value (see above)."""
    if cue_words.tenure(lowered, qs, qe) or cue_words.years_of_experience(lowered, qs, qe):
        return True
    if cue_words.STREAK.search(lowered, qs, qe):
        return True
    if cue_words.last_time_in(lowered, qs):
        return True  # "for the first time in more than five years": a streak's length
    if _AGE_IN_SPAN.search(lowered[qs:qe]) or _AGES_BEFORE.search(lowered, max(0, qs - 6), qs):
        return True
    if _AGE_AFTER.match(lowered, qe) and not _RANGE_END_BEFORE.search(lowered, max(0, qs - 4), qs):
        return True
    if _COMPARED_WITH_BASE.match(lowered, qe) or _BASE_OF_DURATION.search(lowered, max(0, qs - 80), qs):
        return True
    if _RESTATED_AMOUNT.search(lowered, max(0, qs - 30), qs):
        return True
    if lowered[qe - 1 : qe].isalpha() and not lowered.endswith("s", qs, qe):
        return False  # "$375 million of 30-year notes": a singular duration word describes a thing
    return bool(_VALUE_BEFORE.search(lowered[max(0, qs - 60) : qs])) and not _WINDOW_AFTER.match(lowered, qe)


def iter_claims(doc: Document, company: CompanyProfile | None = None) -> Iterator[Claim]:
    """Claims in text order, one per quantity, streamed (see the module docstring for the rules)."""
    return _Extractor(doc, company).run()


def extract_claims(doc: Document, company: CompanyProfile | None = None) -> list[Claim]:
    """Every quantitative claim in `doc`, in text order. `company` gives entities, the fiscal calendar
    and the reporting currency; without it, `doc.company` is looked up, else calendar-year periods."""
    return list(iter_claims(doc, company))


__all__ = ["default_period", "extract_claims", "iter_claims"]
