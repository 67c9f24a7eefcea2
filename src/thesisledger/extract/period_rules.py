"""The period of one number: one resolver applying an ordered list of named rules.

`_Extractor._claim` gathers the facts of a number into a `Number` and calls `resolve`, which
1. runs BEFORE_KIND, the rules whose period the kind is read from (`_Extractor.kind` takes the period: a
   period still ahead makes guidance, an old year history);
2. reads the kind;
3. runs AFTER_KIND, the rules that need the kind (an actual with no period words takes the quarter reported
   on, a guided figure the guided year).
Each rule takes (extractor, number, period so far) and returns the period. The order is the precedence: the
number's own period phrase first, then periods carried from around it (the horizon set up before, a heading
line, the sentence's other claims), then the defaults. The kind cue before the number (and its
counterfactual reading) is read once per number, on first use, whichever rule or kind asks first.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterator
from datetime import date, timedelta
from typing import TYPE_CHECKING

from thesisledger.documents.document import DocumentKind
from thesisledger.documents.structure import turn_at
from thesisledger.extract.claim import ClaimKind, Speaker
from thesisledger.extract.context_periods import SUPERLATIVE_BEFORE
from thesisledger.extract.cues import (
    ABOUT,
    PAST_VERB,
    STREAK,
    TOLD_RESULT,
    last_time_in,
    tenure,
    term_adjective,
)
from thesisledger.extract.entities import OTHER, entity_index
from thesisledger.extract.triggers import TRIGGERS
from thesisledger.periods.period import Period, PeriodKind
from thesisledger.periods.readings import (
    calendar_year,
    date_span,
    fiscal_half,
    fiscal_quarter,
    fiscal_quarter_of,
    fiscal_year,
    instant,
    quarter_span,
    shift_quarter,
    year_span,
)
from thesisledger.quantities.parse import QuantityMatch
from thesisledger.quantities.units import Unit, UnitKind

if TYPE_CHECKING:
    from thesisledger.documents.structure import Turn
    from thesisledger.extract.extractor import _Extractor, _Sentence

_FORWARD_CUES = ("forward", "estimate")
# "that week", "those months", "in that time frame" (not "that week of Christmas": a period of its own; not
# "over that time frame": see earlier_period)
_ANAPHOR = re.compile(
    r"(?<!\bover\s)\b(?:that|those)\s+(?:weeks?|months?|days?|quarters?|period|time\s?frame)\b"
    r"(?!\s+(?:of|when|where)\b)"
)
# "69% fewer faults than", "100 basis points better than": a comparative right after the number
_COMPARATIVE = re.compile(
    r"\s+(?:fewer|more|less|lower|higher|better|worse|greater|faster|quicker|slower|cheaper|lighter|stronger"
    r"|smaller|larger|bigger|longer|shorter|safer)\b(?:\s+(?!than\b)[\w'’-]+){0,6}?\s+than\s+"
)
# what "than" compares with when the number is the company's own result: a time, a plan, a norm, itself
_OWN_YARDSTICK = re.compile(
    r"(?:we|i|it|they|in|at|during|for|last|a\s+year|the\s+(?:prior|previous|same|comparable|year|quarter)"
    r"|pre-|before|originally|initially|normal|histor|usual|typical)\b|\d|\$"
)
# ... or a plan in the few words after "than" ("than our EBITDA with respect to -- our EBITDA budget")
_PLAN_WORDS = re.compile(
    r"expect|anticipat|model|plan|forecast|guid|consensus|street|budget|target|estimate|outlook"
)
_PLAN_REACH = 50
_GROUP_REACH = 40  # characters after "than" a period phrase makes it a time yardstick
# "we now expect", "is now expected": a revised forecast
_REVISED_FORECAST = re.compile(
    r"\bnow\s+(?:expect|anticipat|project|forecast|estimat|see)\w*|\b(?:is|are)\s+now\s+(?:expected|projected)"
)
# a state the call reports as it stands on the call date: "we now have 165 customers", "backlog now stands
# at", "which is now 25% of the business" (not "we now expect": a revised forecast; not "between now and")
_NOW_STATE = re.compile(
    r"\bnow\s+(?:have|has|stands?|serves?|comprises?|represents?|totals?|exceeds?|covers?|includes?|holds?"
    r"|operates?|employs?|sits?)\b|\b(?:is|are|stands|sits)\s+now\b"
)
_NOW_STATE_REACH = 120
# a change or a flow between the state and the number: "which is now 25% of the business, was up 20%"; only
# change verbs, not cues.TOLD_RESULT's every "-ed": after "now" a participle tells the present state ("are now
# rolled out to 1,225 stores", "we now have leases signed for over half"; TOLD_RESULT there moved 10 claims of
# 300 calls to the quarter, 3 rightly, and dev period recall fell 0.846 -> 0.845)
_NOW_FLOW = re.compile(r"\b(?:was|were|grew|rose|fell|increased|decreased|declined|up|down|by)\b")
# "$131.8 million less than our December 2020 balance": a difference between two balances, a change
_LESS_THAN_BALANCE = re.compile(
    r"\s+(?:less|more|lower|higher)\s+than\s+(?:our|the|its)\s+(?:[\w,'’-]+\s+){0,4}?(?:balance|level)s?\b"
)
_LONG_RUN = re.compile(r"\b(?:objectives?|average\s+annual)\b")
_SUMS_UP = re.compile(
    r"\b(?:add|adds|added|adding|bring|brings|brought|bringing|sum|sums|summing|total|totals|totaling)\b[^.;:]*$"
)
_SUMS_UP_REACH = 60
_ROSE_TO = re.compile(
    r"(?:,|['’]s|\b(?:is|are|was|were|been|be|went|gone|going|mov(?:ed|ing)|push(?:ed|ing)|came|ticked|edged|rose"
    r"|risen|rising|climb(?:ed|ing)|stepped|ramped|jump(?:ed|ing)|fell|fallen|dropped|declined|decreased|increased"
    r"|grew|gained|surged|plunged))\s+"
    r"(?:(?:up\s+to|as\s+much\s+as)\s+)?[$€£¥]?$"
)
# "$5.35 to $5.40, up from $5.25 to $5.35", "16% to 19%, up from our previous range of 14% to 16%"
_AMOUNT = r"[$€£¥]?\d[\d.,]*\s*(?:million|billion|percent|%)?"
_RANGE_REVISION = re.compile(
    r"\d\s*%?\s*(?:to|-|–)\s*" + _AMOUNT + r"(?:\s+(?:per\s+(?:diluted\s+)?share|a\s+share))?,?\s+"
    r"(?:up|down|raised|increased|lowered|reduced|narrowed|revised)\s+from\s+"
    r"(?:(?:our|the)\s+(?:prior|previous|original|earlier|initial)\s+(?:range|guidance|outlook|expectations?)\s+of\s+)?"
    + _AMOUNT
    + r"\s*(?:to|-|–)\s*[$€£¥]?\d"
)
_RANGE_LEAD = 25  # characters from the new range's first digit to where _RANGE_REVISION starts
# "92% complete to date" (not "15% year to date", "to date this year")
_TO_DATE_NOW = re.compile(
    r"\s+(?:(?!(?:year|quarter|month|fiscal)\b)[a-z-]+\s+)?to[- ]date\b(?!\s+(?:this|in|for|of)\b)"
)
# "we're also increasing development starts by $300 million": a revision being made
_REVISING_BY = re.compile(
    r"\b(?:we['’]re|we\s+are)\s+(?:also\s+|now\s+)?(?:raising|increasing|lowering|reducing|narrowing|cutting)\b"
    r"[^.;:]*?\bby\s+" + ABOUT + r"[$€£¥]?$"
)
_REVISING_REACH = 90
# "declined by $26.1 million from December 31, 2020", "reduced by 3% from the year-end 2020 level", "up $2
# billion since the end of last year": a change from the last year-end balance (the year named, if any)
_SINCE_YEAR_END = re.compile(
    r"\b(?:since|from|compared\s+(?:to|with)|versus|vs\.?|than|over)\s+(?:the\s+|our\s+)?"
    r"(?:(?:fiscal\s+)?year[- ]?end(?:ing)?(?:\s+(?:of\s+)?(?:fiscal\s+)?(?P<y1>(?:19|20)\d\d))?"
    r"|end\s+of\s+(?:(?:the\s+)?(?:last|prior|previous)\s+(?:fiscal\s+)?year|(?:fiscal\s+)?(?P<y2>(?:19|20)\d\d))"
    r"|(?P<y3>(?:19|20)\d\d)\s+year[- ]?end"
    r"|december\s+(?:31(?:st)?,?\s+)?(?P<y4>(?:19|20)\d\d))"
)
# "declined slightly by", "have been reduced by approximately": a change by the amount after it
_CHANGED_BY = re.compile(
    r"\b(?:reduc|cut|lower|rais|increas|decreas|declin|grow|grew|improv|rose|fell|drop)\w*\s+(?:\w+ly\s+)?by\s+"
    r"(?:(?:about|approximately|roughly|nearly|almost|over|more\s+than)\s+)?[$€£¥]?$"
)
_LESS_THAN = re.compile(r"\s+(?:less|more|lower|higher)\s+than\b")
_YEAR_END_REACH = 70  # characters from the change to the year-end base after it
# "we finished the year with revenue of $15.3 billion", "finishing the year at $13.1 billion"
_CLOSED_YEAR = re.compile(
    r"\b(?:finish|end|clos|exit)(?:ed|es|ing|s)?\s+(?:the|this)\s+(?:fiscal\s+)?year\s+(?:with|at)\b"
)
_CLOSED_YEAR_REACH = 60  # characters from "ended the year with" to the balance it names
# "loans increasing $350 million during the year", "$94 million in capex during the year", "23% in the year":
# the year named right after the number, in its clause (a few words, no comma, no other number between); not
# "earlier (later) in the year", "the year that follows", "the year-ago quarter", "the year before"
_IN_THE_YEAR = re.compile(
    r"(?:\s+(?!(?:earlier|later|rest|remainder|balance|end|start|beginning|first|second|last)\b)[a-z'’-]+){0,5}?"
    r"\s+(?:in|during|over|throughout)\s+the\s+(?:full\s+)?(?:fiscal\s+)?year\b"
    r"(?![-'’]|\s+(?:ago|end|before|prior|earlier|that|which|when|to|of|ahead|after)\b)"
)
# "22% revenue growth for the full year", "more than 2,300 hours for the year": the same, with "for"; not past
# "and" ("$12 million for the fourth quarter and for the year totaled about $39 million": the next figure's)
_FOR_THE_YEAR = re.compile(
    r"(?:\s+(?!(?:and|or|but|while|earlier|later|rest|remainder|balance|end|start|beginning)\b)[a-z'’-]+){0,4}?"
    r"\s+for\s+the\s+(?:full\s+|entire\s+|whole\s+)?(?:fiscal\s+)?year\b"
    r"(?![-'’]|\s+(?:ago|end|before|prior|earlier|that|which|when|to|of|ahead|after)\b)"
)
_AT_A_DATE = ("stock", "point_in_time")  # metric natures read at an instant (a balance, a run rate)
# the running year named as a time something happened in ("this year", "during 2021"; not "for 2021")
_IN_RUNNING_YEAR = re.compile(
    r"(?<!\bearlier\s)\b(?:(?:in|during)\s+)?this\s+(?:fiscal\s+)?year\b(?![-'’])"
    r"|\b(?:in|during)\s+(?:fiscal\s+)?(?:(?:19|20)\d\d|['’]\d\d)\b(?![-'’])"  # "in 2021", "in '21"
)
_WHOLE_YEAR = re.compile(
    r"\bfor\s+(?:the\s+)?(?:full\s+)?(?:fiscal\s+)?(?:year|this\s+year|(?:19|20)\d\d|['’]\d\d)\b|full[- ]year"
)
# a verb saying it is done, after its subject: "we increased", "which has now grown", "we've seen" (not the
# adjectives "on a consolidated basis", "adjusted")
_DONE = re.compile(
    r"\b(?:has|have|had|we['’]ve|they['’]ve)\s+(?:now\s+|already\s+|also\s+|just\s+)?\w+(?:ed|en|wn)\b"
    r"|\b(?:we|they|it|which|that|who)\s+(?:also\s+|just\s+|then\s+)?"
    r"(?:\w+ed|grew|rose|fell|made|paid|won|sold|bought|built|began|saw|took|spent|brought)\b"
)
_DONE_NUMBER = re.compile(r"[a-z]+ed\b")  # the number is the verb: "SCE doubled its storage capacity"
_SO_FAR_YEAR = re.compile(r"\b(?:so|thus)\s+far\s+(?:this\s+(?:fiscal\s+)?year|in\s+(?:fiscal\s+)?\d{4})\b")
# what a set leading the sentence did in the period: "All three segments delivered growth", "Each of our
# businesses saw strong demand" (not "All three aircraft have unique capabilities")
_RESULT_VERB = re.compile(
    r"\b(?:delivered|contributed|grew|posted|saw|achieved|generated|reported|recorded|increased|improved"
    r"|expanded|declined|decreased|performed|outperformed|benefited|continu(?:e|es|ed|ing)\s+to)\b"
)
_RESULT_REACH = 60
# a present-tense effect: "which reduces ... by", "that lowers ... by", "helps reduce ... by"
_EFFECT = re.compile(
    r"\b(?:(?:which|that|it|they)\s+(?:reduces?|lowers?|cuts?|improves?|increases?|saves?|eliminates?"
    r"|contributes?\s+to)|and\s+(?:reduces|lowers|cuts|improves|increases|saves|eliminates|contributes\s+to)"
    r"|helps?\s+(?:to\s+)?(?:reduce|lower|cut|improve|increase))\b"
)  # ("and lower rates", "and cut the plans by 45%": an adjective, a past tense)
_EFFECT_REACH = 90
# a span with no ends after a number: "over the next several years", "in the coming years", "over time"
_VAGUE_WORDS = ("several", "few", "coming", "over time", "to come", "ahead")
_VAGUE_SPAN = re.compile(
    r"\b(?:over|in|during|for)\s+(?:the\s+)?(?:(?:next|coming|last|past)\s+(?:several|few|couple\s+of)"
    r"|coming|years\s+to\s+come|years\s+ahead)(?:\s+(?:years|quarters|months|decades))?\b"
    r"|\bover\s+time\b(?!\s+hours?\b)"  # not "overtime hours" written apart
)
_VAGUE_REACH = 35
# a number the company strives for: "committed to achieving", "on our way to becoming", "our goal is to"
_ASPIRE_WORDS = ("commit", "way to", "striv", "aspir", "goal", "aim", "ambition", "strategy to")
_ASPIRED = re.compile(
    r"\b(?:(?:remain|are|is|stay|we['’]re)\s+(?:fully\s+|firmly\s+)?committed\s+to|striv(?:e|es|ing)\s+to"
    r"|aspir(?:e|es|ing|ation\s+is)\s+to"
    r"|on\s+(?:our|its|the)\s+way\s+to(?=\s+(?:[a-z]+ing\b|an?\s|[$\d]))|(?:goal|aim|ambition|commitment)"
    r"\s+(?:is|remains)\s+to|strategy\s+to)\b"
)
_ASPIRE_REACH = 100
_AND_DONE = re.compile(r"\band\s+(?:[a-z]+ly\s+)?[a-z]+ed\b")
# "grow at a double-digit CAGR through 2024", "by more than 5% annually through 2025": a rate over the years
_RATE_THROUGH = re.compile(
    r"\b(?:cagr|growth|grow(?:s|ing)?|rates?|annually|per\s+year|a\s+year)\s+(?:through|thru)\s+"
    r"(?:(?:fiscal|calendar)\s+(?:year\s+)?)?$"
)
# "paying off $2.55 billion of", "we repaid another $500 million", "retired $685 million": debt paid off
_REPAID = re.compile(
    r"\b(?:pa(?:y|ys|id|ying)\s+(?:off|down|back)|repa(?:y|ys|id|ying)|retir(?:e|es|ed|ing)|redeem(?:s|ed|ing)?)"
    r"(?:\s+(?:another|an\s+additional|a\s+further|a\s+total\s+of|the\s+remaining))?\s+$"
)
_REPAID_REACH = 40
# "we reduced our pension liabilities by $7.8 billion", "increased cash by": a balance changed by the amount
_BALANCE_BY = re.compile(
    r"\b(?:reduc|cut|lower|rais|increas|decreas|grew|grow|add)\w*\s+(?:(?!by\b)[\w'’-]+\s+){0,4}?by\s+"
    r"(?:(?:about|approximately|roughly|nearly|almost|over|more\s+than)\s+)?[$€£¥]?$"
)
_BALANCE_BY_REACH = 70
# a small count spelled as a word: how many things a set holds, not how many a period brought
_SMALL_WORD = re.compile(r"(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b")
# ... named as a set that already exists: "all three of our segments", "each of our three", "the two deals"
_SET_BEFORE = re.compile(
    r"\b(?:all(?:\s+of)?(?:\s+(?:our|the|its|their))?|each\s+of\s+(?:our|the|its|their)|both\s+of\s+(?:our|the)"
    r"|the|our|its|their|these|those)\s+$"
)

# a count of the parts of a talk or a plan: "two examples", "three key takeaways", "five levers"
_DISCOURSE = re.compile(
    r"(?:two|three|four|five|six|seven|eight|nine|ten)\s+(?:(?!new\b)[a-z-]+\s+){0,2}"
    r"(?:examples|reasons|things|factors|drivers|pillars|priorities|areas|topics|themes|takeaways|elements"
    r"|objectives|goals|levers|questions|trends|headwinds|tailwinds|items|components|dynamics|observations"
    r"|issues|vectors|categories|buckets|announcements|steps)\b"
)

# what an organisation is, said in the present: "SSM Health, whose 40,000 employees", "Point32Health, which
# serves more than 2 million people", "Hope Gas ... serves about 110,000 customers" (not "whose revenues
# increased fourfold": a verb between makes it a change; not "we serve": a third-person verb, of another)
_ORG_WORDS = ("whose", "serves", "covers", "employs", "operates")
_ORG_SIZE = re.compile(
    r"\b(?:whose|(?:which|that|who|and)\s+(?:also\s+|now\s+|currently\s+)?(?:serves|covers|employs|operates))\s"
)
_ORG_REACH = 90
# a verb between the organisation's word and the number: the number is what it did, not what it is
_VERB_BETWEEN = re.compile(
    r"\b(?:is|are|was|were|be|been|has|have|had|will|would|can|could|do|does|did|grew|rose|fell|[a-z]{3,}ed)\b"
    r"|[.;:]"
)

# a span of years that is someone's or something's age or tenure: "more than 20 years old", "over 40 years
# with the company", "two decades of experience", "after two decades on the sell side" (not "a lease term of
# 7.6 years", "a maturity of 6.3 years": a balance's terms, the quarter's)
_TENURE_AFTER = re.compile(
    r"\s+(?:old\b|of\s+(?:[\w-]+\s+){0,3}?(?:experience|expertise)\b|with\s+(?:us|our\s+company|the\s+(?:company|firm"
    r"|business|group))\b|on\s+the\s+[\w-]+\s+side\b|in\s+(?:this|the)\s+(?:industry|business)\b)"
)

# a deal's capitalization rate: "at a 4.7% cap rate", "a weighted average cap rate of 6.7%", "cap rates in
# the 4% to 4.2% range" (README: deal terms have no period)
_CAP_RATE_AFTER = re.compile(
    r"\s+(?:(?:initial|going-in|stabilized|in-place|cash|gaap|average|blended|weighted|exit|and|[\d.]+%|,)\s+)*"
    r"cap(?:italization)?\s+rates?\b"
)
_CAP_RATE_BEFORE = re.compile(
    r"\bcap(?:italization)?\s+rates?\s+(?:(?:of|was|is|were|at|in\s+the|approximately|about|roughly|around|just"
    r"|north\s+of|south\s+of|over|under|below|above)\s+)*(?:an?\s+)?$"
)

# a year named as when a stretch still running began: "Since we began our repurchase program in 2007,", "since
# the launch of FlexGuard in 2020", "since the beginning of 2020" (the year's phrase right after)
_SINCE_IN = re.compile(
    r"\bsince\s+(?:(?!through\b|thru\b|to\b|until\b|till\b)[\w'’&-]+\s+){0,10}?(?:in|of|during)\s+(?:fiscal\s+)?$"
)
_SINCE_REACH = 100
_LEAD_IN = re.compile(r"(?:in|of|during)\s+(?:fiscal\s+)?")
_FROM_ITS_START = re.compile(r"\bsince\s+the\s+(?:beginning|start)\s+of\s+(?:fiscal\s+)?$")


# a cause leading from a change to its parts: "a decrease of 9.7% compared to last year due to declines in
# organic revenue of 10.3%", "down 8.2% versus last year, driven by lower testing of 7.2%"
_PART_CAUSE = re.compile(
    r"\b(?:due\s+to|driven\s+by|because\s+of|reflecting|offset\s+by|led\s+by|attributable\s+to|as)\s"
)

# a growth rate over a span of years ("a compound annual growth rate", "an 11% to 14% CAGR")
_CAGR_WORDS = re.compile(r"\bcagr\b|compound(?:ed)?\s+annual|\bannually\b|on\s+average")

# a comparison said with a verb, leading the sentence to its base: "when we compare that to", "when comparing
# core sales to", "if we compare our third quarter performance to", "compared with a more normalized"
_COMPARE_LEAD = re.compile(
    r"\bcompar(?:e|es|ed|ing)\b[^,;:.]*?\b(?:to|with|against)\s+(?:the\s+|a\s+)?(?:[a-z-]+\s+){0,2}$"
)
_COMPARE_LEAD_REACH = 90

# the quarter the call is held in, so far: "so far in Q2", "thus far in the fourth quarter", "so far this
# quarter"
_SO_FAR_QUARTER = re.compile(
    r"\b(?:so|thus)\s+far\s+(?:in\s+|during\s+)?(?:the\s+|this\s+)?(?:current\s+)?"
    r"(?:q[1-4]\b|(?:first|second|third|fourth)\s+quarter\b|quarter\b)"
)

# the size of an asset, not a result of the period (README: mine capacity and resources, nameplate capacity
# have no period): "a capacity of 130,000 tonnes per day", "six billion tonnes of copper resource", "a 1.7
# million tonne facility"
_CAPACITY_BEFORE = re.compile(
    r"\bcapacity\s+(?:of|for|to\s+(?:do|handle|process|produce|reach))\s+(?:(?:about|approximately|roughly"
    r"|around|up\s+to|over|more\s+than|nearly|a)\s+)*$"
)
_ASSET_AFTER = re.compile(
    r"(?:\s+of\s+(?:[a-z-]+\s+){0,2}(?:resources?|reserves?)\b)"
    r"|(?:[\s-]+(?:tonnes?|tons?|barrels?|pounds?|ounces?)?[\s-]*(?:facility|plant|smelter|refinery|mill|mine)\b)"
)


class Number:
    """The facts of one number that the period rules read; `kind` is set between the two rule lists."""

    __slots__ = (
        "_cue", "_cue_cf", "_ex", "_have_cue", "_have_cue_cf", "continued", "digits", "entity", "kind",
        "metric", "qe", "qm", "qs", "s", "speaker", "third_party", "turn", "unit",
    )  # fmt: skip

    def __init__(
        self, ex: _Extractor, s: _Sentence, qm: QuantityMatch, metric: str | None, entity: str | None,
        unit: Unit, turn: Turn | None, speaker: Speaker, third_party: bool, digits: int,
    ) -> None:  # fmt: skip
        self._ex = ex
        self.s = s
        self.qm = qm
        self.qs = qm.start - s.start  # offsets in the sentence
        self.qe = qm.end - s.start
        self.metric = metric
        self.entity = entity
        self.unit = unit
        self.turn = turn
        self.speaker = speaker
        self.third_party = third_party
        self.digits = digits  # characters before the first digit ("$5", "approximately 90%")
        self.kind: ClaimKind | None = None
        self.continued = False  # the period goes on from an all-forward sentence before
        self._have_cue = self._have_cue_cf = False
        self._cue: str | None = None
        self._cue_cf: str | None = None

    def forecast_kind(self) -> ClaimKind:
        """The kind of a forecast by who says it: management's is guidance, anyone else's an estimate."""
        return ClaimKind.GUIDANCE if self.speaker is Speaker.MANAGEMENT else ClaimKind.ESTIMATE

    def cue(self) -> str | None:
        """`_Extractor._cue_before` at the number, read once."""
        if not self._have_cue:
            self._cue, self._have_cue = self._ex._cue_before(self.s, self.qs), True
        return self._cue

    def cue_cf(self) -> str | None:
        """`_Extractor._cue_before` at the number with "would have been" read as an actual, read once."""
        if not self._have_cue_cf:
            self._cue_cf = self._ex._cue_before(self.s, self.qs, counterfactual=True)
            self._have_cue_cf = True
        return self._cue_cf


Rule = Callable[["_Extractor", Number, Period | None], Period | None]


# -- before the kind ---------------------------------------------------------------------------------
def own_phrase(ex: _Extractor, n: Number, period: Period | None) -> Period | None:
    """The nearest period phrase of the number's clause, read with the comparison it sits in ("revenue of
    $5 billion in the third quarter", "up 9% from last year" is not last year's)."""
    return ex.period(n.s, n.qm, n.qs, n.qe, n.cue)


# the base a change is measured "off": "6% to 8% annual growth off our 2020 actuals", "at least 10% off of our
# increased 2021 guidance", "a 20% increase in our core NOI off of our 2020 NOI" (the year phrase follows)
_OFF_BASE = re.compile(
    r"\s*(?:[\w%-]+\s+){0,5}?off\s+(?:of\s+)?(?:(?:our|the|a|an|its|this|that)\s+)?(?:[\w-]+\s+){0,2}?$"
)
_CHANGE_WORD = re.compile(r"\b(?:grow\w*|increas\w*|decreas\w*|declin\w*|up|down|rise|rose|fell)\b")


@TRIGGERS.needs(" off ")
def off_base_year(ex: _Extractor, n: Number, period: Period | None) -> Period | None:
    """A change whose nearest period phrase is the base it is measured "off" ("we expect to grow earnings per
    share by at least 10% off of our increased 2021 guidance", "up 7% year-over-year off our 2019 actuals")
    is not that year's: it takes the sentence's other period phrase ("Looking into 2022, ..."), or none
    (the defaults fill it in). "off" is no comparison word to the phrase readers ("paid off", "kick off")."""
    if period is None or " off " not in n.s.lowered:
        return period
    s, low = n.s, n.s.lowered
    base = None
    for pm in s.periods:
        if pm.period == period and pm.start >= n.qe and _OFF_BASE.fullmatch(low, n.qe, pm.start) is not None:
            base = pm
            break
    if base is None:
        return period
    changed = n.qm.quantity.unit.kind is UnitKind.PP or ex._moves(s, n.qs, n.qe)
    if not changed and _CHANGE_WORD.search(low, max(0, n.qs - 60), base.start) is None:
        return period
    others = [pm for pm in s.periods if pm.period != period and pm.end <= n.qs]
    return others[-1].period if others else None


# the words from a change to the earlier period it is measured against: "up 7% to 2019", "down 12% to last
# year", "a 14.14% organic gain over 2019", "nearly 40% greater than 2019", "a 70% increase in training
# sessions over 2019" (the period phrase follows)
_TO_BASE = re.compile(
    r"(?:\s+(?:(?:organic|total|sales|revenue|[\w-]+\s+growth|increase|increases|decrease|growth|gain|improvement"
    r"|decline|more|greater|higher|lower|better|worse|in\s+[\w-]+(?:\s+[\w-]+)?)\b))*"
    r"\s+(?:to|over|than|versus|vs\.?|compared\s+(?:to|with)|from)\s+"
    r"(?:the\s+)?(?:(?:same|comparable)\s+period\s+(?:of\s+|in\s+)?|pre-(?:pandemic|covid)\s+)?"
    r"(?:levels?\s+(?:of|in)\s+)?$"
)
_CHANGE_NOUN_AFTER = re.compile(
    r"\s+(?:[\w-]+\s+)?(?:increase|decrease|growth|gain|improvement|decline|more|greater|higher|lower|better|worse)\b"
)


def _a_change(ex: _Extractor, n: Number) -> bool:
    """Whether number `n` is a change: points, a move verb before it or a change noun after it ("up 7%",
    "a 14% organic gain", "40% greater")."""
    return (
        n.qm.quantity.unit.kind is UnitKind.PP
        or ex._moves(n.s, n.qs, n.qe)
        or _CHANGE_NOUN_AFTER.match(n.s.lowered, n.qe) is not None
    )


def _reported_phrase_before(n: Number, reported: Period) -> Period | None:
    """The last period phrase before number `n` that is no comparison base and does not end before the period
    reported on starts (not another base: "down 6% to last year and 7% to 2019"); None when there is none,
    which the defaults fill."""
    s = n.s
    main = [pm.period for pm, c in zip(s.periods, s.compared, strict=True) if c is None and pm.end <= n.qs]
    main = [p for p in main if p.end >= reported.start]
    return main[-1] if main else None


def change_to_base_year(ex: _Extractor, n: Number, period: Period | None) -> Period | None:
    """A change measured against an earlier year (or last year) named right after it ("Hollister was up 7% to
    2019", "sales were down 12% to last year", "a 14.14% organic gain over 2019", "earnings per share of
    $1.26, which is nearly 40% greater than 2019", "a 70% increase in training sessions over 2019") is not of
    that year: it is the change of the period the sentence reports (its period phrase before the number that
    is no comparison base, else none, which the defaults fill). "to" is read as a comparison word only after a
    change ("increased 14% to 2019"; not "from 2019 to 2021"). Not a level ("the 15.3% from 2019")."""
    reported = ex.reported
    if reported is None or period is None or period.end >= reported.start:
        return period
    s, low = n.s, n.s.lowered
    base = None
    for pm in s.periods:
        if pm.period == period and pm.start >= n.qe:
            base = pm
            break
    if base is None or base.start - n.qe > 60 or _TO_BASE.fullmatch(low, n.qe, base.start) is None:
        return period
    if not _a_change(ex, n):
        return period
    return _reported_phrase_before(n, reported)


# the comparison word right before a base that is itself a change: "compared to 4% growth last year", "versus
# 106% growth in the third quarter of 2020", "on top of a 26% comp last year" (the change noun follows it)
_BASE_CHANGE_LEAD = re.compile(
    r"\b(?:compared\s+(?:to|with)|in\s+comparison\s+(?:to|with)|versus|vs\.?|against|on\s+top\s+of|lapping)\s+"
    r"(?:(?:a|an|the|about|approximately|around|roughly|nearly|some|just)\s+)*"
    r"(?:(?:very\s+)?(?:strong|robust|tough|difficult|challenging|healthy|solid|record|exceptional|easy|weak)\s+)?"
    r"[$€£¥]?$"
)  # ("on top of a robust 37% same-store sales growth a year ago": an adjective of the base)
_BASE_CHANGE_WORDS = ("compar", "versus", "vs", "against", "top of", "lapping")
_BASE_CHANGE_REACH = 45  # characters from the comparison word to the base's first digit
# the change noun after the base and the words to its period phrase: "4% growth last year", "a 26% comp in
# the prior year", "106% organic growth in the third quarter of 2020"
_BASE_CHANGE_NOUN = re.compile(
    r"(?:\s+(?!(?:and|or|in|for|of|from|to)\b)[a-z-]+){0,3}?\s+"
    r"(?:growth|increase|decline|decrease|comps?|improvement|gain|drop|rise|reduction)"
    r"(?:\s+rate)?\s+(?:(?:in|for|during|from|of)\s+)?(?:the\s+)?$"
)
_BASE_CHANGE_GAP = 60  # characters from the base to its period phrase
# ... or the change noun before the base: "compared to growth of 4% last year", "versus an increase of 6% in
# the third quarter of 2020", with the period phrase right after the amount
_BASE_NOUN_LEAD = re.compile(
    r"\b(?:compared\s+(?:to|with)|in\s+comparison\s+(?:to|with)|versus|vs\.?|against|on\s+top\s+of|lapping)\s+"
    r"(?:(?:a|an|the)\s+)?(?:[a-z-]+\s+){0,2}?(?:growth|increase|decline|decrease|improvement|gain|drop|rise"
    r"|reduction)\s+of\s+(?:(?:about|approximately|around|roughly|nearly|some|just)\s+)?[$€£¥]?$"
)
_BASE_NOUN_GAP = re.compile(r"\s+(?:(?:in|for|during)\s+)?(?:the\s+)?$")


@TRIGGERS.needs(*_BASE_CHANGE_WORDS)
def base_change(ex: _Extractor, n: Number, period: Period | None) -> Period | None:
    """A change stated as the comparison base, its change noun between it and its period phrase ("sales grew
    9%, compared to 4% growth last year", "up 12% versus 106% growth in the third quarter of 2020", "on top of
    a 26% comp last year"), is the base's change: it takes that earlier period (README: a number stated as the
    base takes the base period), not the period reported, which it took as a change is never given a base's
    period. Only a period that ends before the quarter reported on starts."""
    reported = ex.reported
    if reported is None or (period is not None and period.end < reported.start):
        return period
    s, low = n.s, n.s.lowered
    lo = max(0, n.qs - _BASE_CHANGE_REACH)
    if not any(w in low[lo : n.qs] for w in _BASE_CHANGE_WORDS):
        return period
    if _BASE_CHANGE_LEAD.search(low, lo, n.qs) is not None:
        gap = _BASE_CHANGE_NOUN
    elif _BASE_NOUN_LEAD.search(low, max(0, n.qs - _BASE_CHANGE_REACH - 20), n.qs) is not None:
        gap = _BASE_NOUN_GAP
    else:
        return period
    for pm in s.periods:
        if pm.start < n.qe:
            continue
        if pm.start - n.qe > _BASE_CHANGE_GAP or gap.fullmatch(low, n.qe, pm.start) is None:
            return period
        return pm.period if pm.period.end < reported.start else period
    return period


# the other words naming a base whose amount stands between them and its period phrase: "decreasing 26%
# compared to the strong earnings per share growth of nearly 40% in the prior year", "up 18% core, off just a
# 4% decline last year"
_BASE_LEAD = re.compile(
    r"\b(?:on\s+top\s+of|compared\s+(?:to|with)|in\s+comparison\s+(?:to|with)|versus|vs\.?|against|off(?:\s+of)?"
    r"|lapping|relative\s+to)\s"
)
_ON_TOP_REACH = 80  # characters from the change to the word naming the base


@TRIGGERS.needs("top", "compar", "versus", "vs", "against", "off", "lapping", "relative")
def change_on_top_of_base(ex: _Extractor, n: Number, period: Period | None) -> Period | None:
    """A change said to come "on top of" an earlier period's change ("The 30% growth in China is on top of 4%
    growth last year", "6% organic revenue growth ... on top of 5% organic in Q1 2020", "sales grew 9% on top
    of a 26% comp last year") is not of that period: "on top of" names the base, as "compared to" does; so
    do "compared to", "versus", "off" ... with a noun phrase before the base amount ("decreasing 26% compared
    to the strong earnings per share growth of nearly 40% in the prior year", "up 18% core, off just a 4%
    decline last year"), which the extractor's base reach does not cover. It takes the sentence's period
    phrase before it that is no base, else none (the defaults fill it). Only when the base's own amount stands
    between the word and the period ("On top of that, in the third quarter we grew 5%" has none)."""
    reported = ex.reported
    if reported is None or period is None or period.end >= reported.start:
        return period
    s, low = n.s, n.s.lowered
    base = next((pm for pm in s.periods if pm.period == period and pm.start >= n.qe), None)
    if base is None:
        return period
    m = _BASE_LEAD.search(low, n.qe, base.start)
    if m is None or m.start() - n.qe > _ON_TOP_REACH or s.crosses(n.qe, m.start()):
        return period
    if ex._between(s, n.qe, m.start()) or not ex._between(s, m.start(), base.start):
        return period  # another number before "on top of", or no base amount after it
    if not (_a_change(ex, n) or "growth" in low[n.qe : m.start()]):
        return period
    return _reported_phrase_before(n, reported)


# from a level to the change after it: "a margin of 12.8%, up 210 basis points from last year", "$13 million
# up $1 million from the prior year quarter", "15.4%, down 70 basis points from last year"
_LEVEL_THEN_CHANGE = re.compile(
    r",?\s*(?:or\s+)?(?:which\s+(?:is|was)\s+|representing\s+|an?\s+)?(?:up|down|increas\w*|decreas\w*|improv\w*"
    r"|higher|lower|expan\w*|contract\w*|declin\w*)?\s*(?:by\s+)?(?:about\s+|approximately\s+|roughly\s+|nearly\s+)?"
    r"[$€£¥]?\d"
)
_LEVEL_BASE_REACH = 90  # characters from the level to the base's period phrase


def level_before_change_from_base(ex: _Extractor, n: Number, period: Period | None) -> Period | None:
    """A level followed by its change from a base ("we delivered an adjusted operating margin of 12.8%, up 210
    basis points from last year", "a strong adjusted EBITDA margin of 15.4%, down 70 basis points from last
    year") is of the period reported (README: in "margin was 41%, up 300 basis points from last year" both
    numbers take the period being reported), though a period phrase before it names the base's period too
    ("the headwind of last year's temporary cost reduction actions"): when the level's period is the base's,
    it takes the sentence's period phrase before it that is no base and not earlier, else none (the defaults
    fill it)."""
    reported = ex.reported
    if reported is None or period is None or period.end >= reported.start:
        return period
    s, low = n.s, n.s.lowered
    if n.qm.quantity.unit.kind is UnitKind.PP or ex._moves(s, n.qs, n.qe):
        return period  # a change: its base is read elsewhere
    if _LEVEL_THEN_CHANGE.match(low, n.qe) is None:
        return period
    at = s.start
    after = [o for o in ex._sentence_quantities if o.start - at >= n.qe]
    if not after:
        return period
    change = after[0]
    cs, ce = change.start - at, change.end - at
    if change.quantity.unit.kind is not UnitKind.PP and not ex._moves(s, cs, ce):
        return period
    for pm, cmp in zip(s.periods, s.compared, strict=True):
        if pm.start < ce:
            continue
        if pm.start - n.qe > _LEVEL_BASE_REACH or cmp is None or cmp < ce or pm.period != period:
            return period
        break
    else:
        return period
    if len(after) > 1 and after[1].start - at < pm.start:
        return period  # another number between the change and the base
    main = [p.period for p, c in zip(s.periods, s.compared, strict=True) if c is None and p.end <= n.qs]
    main = [p for p in main if p.end >= reported.start]
    return main[-1] if main else None


# a level, then its change ("$502.8 million of cash on the balance sheet, an increase of $418.4 million",
# "cash was $1.2 billion, up $300 million"): the words after the level up to the change's figure
_LEVEL_THEN_ITS_CHANGE = re.compile(
    r"(?:\s+[a-z-]+){0,8}?,\s+(?:(?:an?\s+)?(?:increase|decrease|reduction|improvement|decline|rise|drop|gain)"
    r"\s+of|(?:up|down|higher|lower)(?:\s+by)?)\s+(?:about\s+|approximately\s+|roughly\s+|nearly\s+"
    r"|almost\s+|over\s+|more\s+than\s+)?[$€£¥]?\d"
)


def level_before_change_since(ex: _Extractor, n: Number, period: Period | None) -> Period | None:
    """A level followed by its change "since" a start ("We are pleased to show $502.8 million of cash on the
    balance sheet, an increase of $418.4 million since the beginning of the year", "cash was $1.2 billion, up
    $300 million since 2019") is a balance at the end of the quarter reported on (README: a balance stated in
    a results document takes the quarter reported on); the span "since" dates the change only."""
    if (
        period is None
        or ex.reported is None
        or period.kind is not PeriodKind.SPAN
        or period.end != ex.doc_date
    ):
        return period
    s, low = n.s, n.s.lowered
    if "since" not in low:
        return period
    m = _LEVEL_THEN_ITS_CHANGE.match(low, n.qe)
    if m is None or not any(pm.period == period and pm.start >= m.end() for pm in s.periods):
        return period
    return ex.default_period


def part_of_change(ex: _Extractor, n: Number, period: Period | None) -> Period | None:
    """A part of a change, named after the change's comparison base and a cause word ("Revenue was $4.1
    billion, a decrease of 9.7% compared to last year due to declines in organic revenue of 10.3% and
    divestitures of 0.1%", "Price mix decreased 8.2% versus last year due to lower COVID testing of 7.2%"),
    is of the change's period, not the base's: the period of the main clause before the comparison (the
    quarter reported on when it names none). Not a number with a period phrase after it ("due to $5
    million of charges in the prior year")."""
    reported = ex.reported
    if reported is None or period is None:
        return period
    s, qs = n.s, n.qs
    base: int | None = None
    last_end = 0
    for pm, cmp in zip(s.periods, s.compared, strict=True):
        if pm.start >= n.qe:
            return period  # a period phrase after the number: its own
        if pm.end <= qs and pm.period == period:
            base = cmp if cmp is not None and cmp < pm.start else None
            last_end = pm.end
    if base is None:
        return period
    m = _PART_CAUSE.search(s.lowered, last_end, qs)
    if m is None or ex._between(s, last_end, m.start()):
        return period  # "versus 2.62% last year": the base's own amount
    at = s.start
    quantities = ex._sentence_quantities
    if not any(o.end - at <= base and ex._moves(s, o.start - at, o.end - at) for o in quantities):
        return period  # no change stated before the comparison
    main = [pm.period for pm, c in zip(s.periods, s.compared, strict=True) if c is None and pm.end <= base]
    return main[-1] if main else ex.default_period


@TRIGGERS.needs("compar")
def change_after_compare_lead(ex: _Extractor, n: Number, period: Period | None) -> Period | None:
    """A change said after a leading clause that compares with an earlier period by a verb ("And when we
    compare that to Q3 2019, we are up 30.6%", "When comparing core sales to Q3 2019, sales were up 12%", "If
    we compare our third quarter performance to Q3 2019, revenue is 28% higher") is of the period compared
    (named before "to", else the quarter reported on), not of its base. Not a number in the leading clause,
    nor a level ("..., margin was 20%": a level may be of either)."""
    reported = ex.reported
    if reported is None or period is None or period.end >= reported.start or "compar" not in n.s.lowered:
        return period
    s, qs = n.s, n.qs
    low = s.lowered
    at = -1
    for i, pm in enumerate(s.periods):
        if pm.end <= qs and pm.period == period:
            at = i
    if at < 0:
        return period
    base = s.periods[at]
    if any(pm.start < n.qe and pm.end > base.end for pm in s.periods[at + 1 :]):
        return period
    comma = low.find(",", base.end, qs)
    if comma < 0 or ex._between(s, base.end, comma):
        return period
    m = _COMPARE_LEAD.search(low, max(0, base.start - _COMPARE_LEAD_REACH), base.start)
    if m is None:
        return period
    if n.qm.quantity.unit.kind is not UnitKind.PP and not ex._moves(s, qs, n.qe):
        return period
    compared = [pm.period for pm in s.periods[:at] if m.start() < pm.start and pm.end <= base.start]
    return compared[-1] if compared else ex.default_period


# the day a to-date span is counted to: "Year-to-date, as of November 3, 2021", "through October 31"
_AS_OF_DAY = ("as of ", "through ", "thru ", "until ")


@TRIGGERS.needs(*_AS_OF_DAY)
def to_date_as_of(ex: _Extractor, n: Number, period: Period | None) -> Period | None:
    """A to-date span counted to a day named right after it ("Year-to-date, as of November 3, 2021, we have
    repurchased 26.5 million shares", "year-to-date through October 31, we have purchased 13.3 million
    shares", "Year-to-date in 2021 through February 12") runs from the span's start to that day, not the day
    alone (the day is the nearer phrase). Not a day after any other span ("in 2021 through February 12")."""
    if period is None or period.kind is not PeriodKind.INSTANT or len(n.s.periods) < 2:
        return period
    low = n.s.lowered
    periods = n.s.periods
    for i, pm in enumerate(periods):
        if i == 0 or pm.period != period or not low.startswith(_AS_OF_DAY, pm.start):
            continue
        j = i - 1
        if periods[j].period.kind is PeriodKind.YEAR and j > 0:
            j -= 1  # "Year-to-date in 2021 through February 12": the year the span is of, named between
        lead = periods[j]
        span = lead.period
        if span.kind is not PeriodKind.SPAN or span.end != ex.doc_date or not span.start <= period.end:
            return period  # no to-date span ("from 2019 through May 5")
        if low[lead.end : periods[i - 1].start if j < i - 1 else pm.start].strip(" ,") != "":
            return period  # words between: the day is not the span's end
        if j < i - 1 and low[periods[i - 1].end : pm.start].strip(" ,") != "":
            return period
        return date_span(span.start, period.end)
    return period


@TRIGGERS.needs("far")
def quarter_so_far(ex: _Extractor, n: Number, period: Period | None) -> Period | None:
    """The quarter a call is held in, "so far" ("So far in Q2, we have bought back an additional $210
    million of common shares", "thus far in the fourth quarter", "so far this quarter"), runs from that
    quarter's start to the call date (README), not the whole quarter nor the one reported on."""
    reported = ex.reported
    if period is None or reported is None or ex.doc.date is None or "far" not in n.s.lowered:
        return period
    s = n.s
    m = _SO_FAR_QUARTER.search(s.lowered)
    if m is None:
        return period
    if not any(pm.period == period and m.start() <= pm.start < m.end() for pm in s.periods):
        return period  # the number takes another phrase's period
    d = ex.doc_date
    current = fiscal_quarter(ex.calendar, *fiscal_quarter_of(ex.calendar, d))
    if current.start <= reported.end:
        return period
    # "so far this (the current) quarter" is read as the quarter reported on: the call's quarter is meant
    this = period == reported and m.group(0).endswith(("this quarter", "current quarter"))
    if period != current and not this:
        return period
    return date_span(current.start, d)


@TRIGGERS.needs("for the quarter")
def quarter_ahead(ex: _Extractor, n: Number, period: Period | None) -> Period | None:
    """ "For the quarter", the only period words of a sentence right after one (same turn) whose claims all
    looked forward at a quarter ("For the fourth quarter, we expect a margin of 23%. There's 50 million
    shares for the quarter."), is that quarter and goes on with its forecast, as continues_forward reads a
    sentence with no period words; not a figure said as done ("We bought back 5 million shares for the
    quarter": the quarter reported on)."""
    s = n.s
    before = ex._forward_before
    if before is None or period is None or "for the quarter" not in s.lowered:
        return period
    if before[1].kind is not PeriodKind.QUARTER or s.prev_span is None or before[0] != s.prev_span[0]:
        return period
    if any(not s.lowered.startswith("for the quarter", pm.start) for pm in s.periods):
        return period
    if (ex.turns and turn_at(ex.turns, before[0]) != n.turn) or n.cue() is not None:
        return period
    if PAST_VERB.search(s.lowered, 0, n.qs) is not None:
        return period
    n.continued = True
    return before[1]


def _began_since(n: Number, period: Period | None) -> bool:
    """Whether a year period of the number is named as when something still running began, a "since" clause
    leading to it ("Since we began our repurchase program in 2007", "since the launch of FlexGuard in 2020");
    not "since the beginning of 2020" (a span, read by context_periods), a closed span ("since the beginning
    of fiscal '21 through the end of fiscal '22"), a clause that ended before the year ("since February, our
    realizations in 2021") or a superlative's yardstick ("the second highest since the acquisition in
    2015")."""
    if period is None or period.kind is not PeriodKind.YEAR or "since" not in n.s.lowered:
        return False
    low = n.s.lowered
    for pm in n.s.periods:
        if pm.period == period:
            lead = max(0, pm.start - _SINCE_REACH)
            lead_in = _LEAD_IN.match(low, pm.start)  # the phrase may hold its "in": "in 2007"
            at = lead_in.end() if lead_in is not None else pm.start
            m = _SINCE_IN.search(low, lead, at)
            if m is None or SUPERLATIVE_BEFORE.search(low, max(0, m.start() - 80), m.start()) is not None:
                return False
            return _FROM_ITS_START.search(low, lead, at) is None
    return False


@TRIGGERS.needs("since")
def since_year_event(ex: _Extractor, n: Number, period: Period | None) -> Period | None:
    """A year named as when something still running began ("Since we began our repurchase program in 2007,
    we have bought back over 9.6 million shares", "since SCE began its inspection program in 2019, it has
    found 66% fewer conditions") does not date the number: it runs from a day the sentence does not give to
    now, so no period. After reported_quarter, which would fill the quarter in."""
    return None if _began_since(n, period) else period


@TRIGGERS.needs("december", "year")
def since_year_end(ex: _Extractor, n: Number, period: Period | None) -> Period | None:
    """A change measured from the last fiscal year's closing balance, stated after it ("working capital
    declined by $26.1 million from December 31, 2020", "shares outstanding have been reduced by 3% from the
    year-end 2020 level", "deposits are up $2 billion since the end of last year") is the change so far this
    year: from the start of the fiscal year to the end of the quarter reported on."""
    reported = ex.reported
    low = n.s.lowered
    if reported is None or reported.fiscal_year is None:
        return period
    # a match holds "december" or "end" (and the rule reads "year" or "december" in the sentence)
    if "december" not in low and ("year" not in low or "end" not in low):
        return period
    m = _SINCE_YEAR_END.search(low, n.qe, n.qe + _YEAR_END_REACH)
    if m is None or n.s.crosses(n.qe, m.start()) or ex._between(n.s, n.qe, m.start()):
        return period
    if n.cue_cf() in _FORWARD_CUES:
        return period  # "we expect year-end inventory to be up high single digits over the end of last year"
    changed = n.qm.quantity.unit.kind is UnitKind.PP or _CHANGED_BY.search(low, max(0, n.qs - 50), n.qs)
    if not (changed or _LESS_THAN.match(low, n.qe) or ex._moves(n.s, n.qs, n.qe)):
        return period
    year = fiscal_year(ex.calendar, reported.fiscal_year)
    named = m.group("y1") or m.group("y2") or m.group("y3") or m.group("y4")
    if named is not None and int(named) != (year.start - timedelta(days=1)).year:
        return period  # another year's end: a base of its own
    if year.start.month != 1 and "december" in m.group(0):
        return period  # December is no fiscal year-end of this company
    q = reported.fiscal_quarter
    if q == 1 or q == 4:
        return reported if q == 1 else year
    if q == 2:
        return fiscal_half(ex.calendar, reported.fiscal_year, 1)
    return date_span(year.start, reported.end)


def change_at_quarter_end(ex: _Extractor, n: Number, period: Period | None) -> Period | None:
    """A change dated by the close of the quarter reported on ("working capital of $844 million at March 31,
    declined by $26 million from December 31", "grew 12.7% year-over-year to $24.4 billion at September 30")
    happened over the quarter: the quarter reported on, as the README gives a change the period reported.
    Not the level at that date, an instant."""
    if (
        period is None
        or period.kind is not PeriodKind.INSTANT
        or ex.reported is None
        or period.end != ex.default_period.end
    ):
        return period
    # (not basis points alone: "15 basis points of assets at March 31"; not "made up of 39% fixed rate loans")
    if ex._moves(n.s, n.qs, n.qe) and not n.s.lowered.endswith("made up of ", 0, n.qs):
        return ex.default_period
    if "than" in n.s.lowered and _LESS_THAN_BALANCE.match(n.s.lowered, n.qe) is not None:
        return ex.default_period
    return period


@TRIGGERS.needs("date")
def to_date_after(ex: _Extractor, n: Number, period: Period | None) -> Period | None:
    """A number followed by "to date" ("revenue we expect to impact 2022 is 92% complete to date", "we have
    opened 40 stores to date") is an instant on the document date, whatever period the sentence names
    elsewhere; not "to date this year" (the year so far, read by context_periods)."""
    if ex.doc.date is None or "date" not in n.s.lowered or _TO_DATE_NOW.match(n.s.lowered, n.qe) is None:
        return period
    return ex.call_date


def earlier_period(ex: _Extractor, n: Number, period: Period | None) -> Period | None:
    """A sentence with no period phrase of its own that points back at one ("And that week, we canceled
    roughly 3,800 flights", "41.5% for that period", "in that time frame") takes the period the sentences
    just before named. Not "over that period", "over that time frame": a long-run rate or share, of a span
    ("three years") the period phrases do not read."""
    s = n.s
    if period is not None or s.periods or s.prev_span is None or ex.doc.date is None:
        return period
    if "that" not in s.lowered and "those" not in s.lowered:
        return period
    m = _ANAPHOR.search(s.lowered)
    if m is None or ex._undated(s, n.qs, n.qe):
        return period
    return ex._earlier_period(s)


def promised(ex: _Extractor, n: Number, period: Period | None) -> Period | None:
    """In a note, a figure given a period ahead keeps it when restated later without one ("expected to
    surpass RMB 30 billion by the end of the year ... once ARR passes 30 billion")."""
    if n.metric is None or ex.reported is not None:
        return period
    if period is None and not ex._promised:
        return None  # nothing promised yet: _promise would return None (no key to build)
    key = (n.metric, n.entity, n.unit.code, round(n.qm.quantity.value, 6))
    return ex._promise(key, period, n.cue)


def to_date(ex: _Extractor, n: Number, period: Period | None) -> Period | None:
    """A to-date span ("year-to-date", "so far this year") ends with the quarter reported on; not a span
    "since" a year or "to date in" one, which ends on the call date (README, decided 2026-12-03)."""
    if period is None:
        return None
    if period.kind is PeriodKind.SPAN and period.end == ex.doc_date and _since_or_to_date_in(n, period):
        return period
    return ex._to_date(period)


_NAMED_YEAR_TO_DATE = re.compile(r"\d{4}\s+to\s+date$")


def _since_or_to_date_in(n: Number, period: Period) -> bool:
    """Whether `period` is read from "since <year>" ("since 2019", "since the beginning of 2020") or "to date
    in <year>" in the number's sentence (context_periods._since_year, _to_date_in_year)."""
    low = n.s.lowered
    for pm in n.s.periods:
        if pm.period == period and (
            low.startswith(("since", "to date", "to-date"), pm.start)
            or low.rfind("since", max(0, pm.start - 40), pm.start) >= 0
        ):
            return True
        if pm.period == period and _NAMED_YEAR_TO_DATE.search(low, max(0, pm.end - 16), pm.end) is not None:
            return True  # "for 2021 to date" (context_periods._call_year_so_far), not "year to date"
    return False


def forward_horizon(ex: _Extractor, n: Number, period: Period | None) -> Period | None:
    """A forward number without period words takes the horizon set up before it ("As we look ahead to Q4,
    ... We expect comps to be up 5%"), or the guided year when it names the guidance ("our guidance for the
    tax rate remains at 20%") or revises a forecast ("we now expect sales of $36 billion", "growth is now
    expected to be around 4%": a results call revises its guidance for the year, whatever quarter the
    sentences before looked at)."""
    s = n.s
    if period is not None or s.prev_span is None or n.cue_cf() not in _FORWARD_CUES:
        return period
    if ex._undated(s, n.qs, n.qe):
        return None
    if ex.reported is not None and (ex._named_guidance(s, n.qs) or _revised_forecast(s)):
        return ex._guided_year()
    return ex._horizon(s, s.prev_span)


def forecast_just_before(ex: _Extractor, n: Number, period: Period | None) -> Period | None:
    """A forward number without period words right after a forecast sentence (same turn) whose claims all
    took one period, though it names no future period of its own ("We expect diagnostics revenue to decline
    11% to 17% compared to 2021. ... COVID testing revenue is expected to decline 60% to 75%."): that
    forecast's period, not a horizon set up further back ("dividends which we will initiate in the second
    quarter"), which forward_horizon would reach past it. Only a year still running or ahead is carried."""
    s = n.s
    before = ex._forward_before
    if period is not None or before is None or s.prev_span is None or before[0] != s.prev_span[0]:
        return period
    if ex.reported is None or before[1].kind is not PeriodKind.YEAR or before[1].end <= ex.reported.end:
        # a year still ahead only: the guided year a results call speaks of; not a forecast "over prior year"
        # read as that year, nor a quarter or a date carried from further back
        return period
    if n.cue_cf() not in _FORWARD_CUES or ex._set_up(s.prev_span) != (None, None):
        return period  # a horizon of the sentence before: forward_horizon reads it
    if n.turn is not None and turn_at(ex.turns, before[0]) != n.turn:
        return period
    if ex._undated(s, n.qs, n.qe) or ex._named_guidance(s, n.qs) or _revised_forecast(s):
        return period  # forward_horizon: no period, or the guided year
    return before[1]


def _revised_forecast(s: _Sentence) -> bool:
    """Whether a sentence revises a forecast ("we now expect", "is now expected"), with no target word (a
    long-run objective, "within our average annual 5% to 7% objective range", is no year's guidance)."""
    low = s.lowered
    if not _now_expected(low) or _LONG_RUN.search(low) is not None:
        return False
    return not any(c.kind == "target" for c in s.cues)


def against_last_year(ex: _Extractor, n: Number, period: Period | None) -> Period | None:
    """A forecast change whose only period words are a comparison base, the year before the guided one ("We
    expect diagnostics revenue to decline 11% to 17% compared to 2021" on a call about 2021's last quarter,
    "we expect sales to grow 8% versus 2020" on a 2021 call), is of the guided year: the year after its base.
    Not a change against an older year ("a CAGR compared to 2019": a span of years), nor a number after the
    base (the base's own amount)."""
    if period is not None or not n.s.periods or n.cue_cf() not in _FORWARD_CUES:
        return period
    guided = ex._guided_year()
    if guided is None or guided.fiscal_year is None:
        return period
    s = n.s
    last = guided.fiscal_year - 1
    for pm, cmp in zip(s.periods, s.compared, strict=True):
        p = pm.period
        if cmp is None or cmp < n.qe or p.kind is not PeriodKind.YEAR or p.fiscal_year != last:
            return period
    if _CAGR_WORDS.search(s.lowered) is not None or not ex._moves(n.s, n.qs, n.qe) or _beat(n):
        return period  # a rate over years; a level ("a margin of 14% compared to 2021"); a yardstick
    return guided


def intro_line(ex: _Extractor, n: Number, period: Period | None) -> Period | None:
    """The period of a line ending in ":" above ("Full-year 2022 outlook:"); in a note, read in another
    company's calendar when that line tells its story (`_their_story`)."""
    if period is not None or n.s.prev_span is None:
        return period
    intro = ex._intro_period(n.s)
    if intro is not None and ex.profile is not None and ex.doc.kind is DocumentKind.NOTE:
        return _their_story(ex, n, intro)  # a note's story of another company: its calendar
    return intro


def note_section(ex: _Extractor, n: Number, period: Period | None) -> Period | None:
    """In a research note, a number in a sentence naming no period takes the period of the numbered heading
    it sits under ("3.4.2 FY27Q1 Outlook" ... "Lower limit (10 billion): subsidies withdrawn"); a
    transcript has no such headings, so the rule is for notes only."""
    if period is not None or ex.doc.kind is not DocumentKind.NOTE or n.s.periods:
        return period
    return ex._note_heading_period(n.s)


# "this impact will last for a year", "the pressure should persist for the next two quarters": what the number
# measures runs on from now for a stretch of whole quarters or years
_LASTS_FOR = re.compile(
    r"\b(?:will|would|should|could|may|to)\s+(?:last|persist|linger|continue)\s+(?:for\s+)?"
    r"(?:about\s+|roughly\s+|around\s+)?(?:the\s+next\s+)?(a|one|two|three|four|[1-8])\s+(?:full\s+)?"
    r"(years?|quarters?)\b"
)
_HOW_MANY = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4}


def note_lasting_effect(ex: _Extractor, n: Number, period: Period | None) -> Period | None:
    """In a research note, a number said to last for a stretch ("the new program's contracts run for a year.
    This -7 percentage point impact will last for a year") in a sentence naming no period covers the quarters
    after the latest closed one: a year after a fiscal Q4 is the next fiscal year (FY27), two quarters the
    two quarters after it; not the quarter reported on, which it got for want of period words."""
    if period is not None or ex.doc.kind is not DocumentKind.NOTE or n.s.periods or "last" not in n.s.lowered:
        return period
    m = _LASTS_FOR.search(n.s.lowered, n.qe)
    if m is None:
        return period
    count = _HOW_MANY.get(m.group(1)) or int(m.group(1))
    quarters = count * 4 if m.group(2).startswith("year") else count
    now = ex.default_period
    if now.kind is not PeriodKind.QUARTER or now.fiscal_year is None or now.fiscal_quarter is None:
        return period
    first = shift_quarter(now.fiscal_year, now.fiscal_quarter, 1)
    last = shift_quarter(now.fiscal_year, now.fiscal_quarter, quarters)
    if first[1] == 1 and quarters % 4 == 0:  # whole fiscal years
        years = fiscal_year(ex.calendar, first[0]), fiscal_year(ex.calendar, last[0])
        return years[0] if quarters == 4 else year_span(*years)
    return quarter_span(fiscal_quarter(ex.calendar, *first), fiscal_quarter(ex.calendar, *last))


def derived_from_sentence(ex: _Extractor, n: Number, period: Period | None) -> Period | None:
    """A derived figure restates the sentence's claim before it ("a range of $5.5 billion, representing 29%
    growth"): the same period."""
    if period is None and ex._sentence_period is not None and n.cue() == "derived":
        # ... unless it is an amount authorized ("representing 80% of the $585 million authorization")
        authorized = "authori" in n.s.lowered and ex._undated(n.s, n.qs, n.qe)
        return period if authorized else ex._sentence_period
    return period


def continues_forward(ex: _Extractor, n: Number, period: Period | None) -> Period | None:
    """A number saying what the forecast just before holds ("We expect billings of $1.3 billion. Growth
    includes 50 basis points of FX.") has its period (and, read as an actual, its kind)."""
    if period is not None or not ex._continues_forward(n.s, n.qs, n.turn, n.cue):
        return period
    n.continued = True
    return ex._forward_before[1] if ex._forward_before else None


def carried(ex: _Extractor, n: Number, period: Period | None) -> Period | None:
    """A number in a sentence that goes on with the one just before ("We now expect AFFO of $970 million to
    $1.005 billion. And AFFO per share of $3.33 to $3.45."; `_Extractor._goes_on`) takes the period its claims
    all agree on, and their kind when they looked forward."""
    if period is not None:
        return period
    said = ex._goes_on(n.s, n.qs, n.turn)
    if said is None or ex._undated(n.s, n.qs, n.qe):
        return period
    if said[1] is not ClaimKind.ACTUAL:
        n.continued = True  # read as an actual for want of a cue: what that forecast holds
    return said[0]


def their_calendar(ex: _Extractor, n: Number, period: Period | None) -> Period | None:
    """Another company's "Q1 2015" is its calendar quarter."""
    return ex._their_calendar(period) if n.third_party and period is not None else period


# -- after the kind ----------------------------------------------------------------------------------
@TRIGGERS.needs("far")
def year_so_far(ex: _Extractor, n: Number, period: Period | None) -> Period | None:
    """An actual said of a year still running "so far" ("we repurchased $2.7 billion of stock so far this
    year, on track with our full-year target") is the year to the end of the quarter reported on, even when
    the sentence also speaks of the whole year (which keeps context_periods from reading it so). Not any
    actual of the running year: "we're investing $1 billion in 2021", "coverage for 2021" are the year's."""
    reported = ex.reported
    if (
        reported is None
        or period is None
        or n.kind is not ClaimKind.ACTUAL
        or period.kind is not PeriodKind.YEAR
        or not period.start <= reported.end < period.end
        or _SO_FAR_YEAR.search(n.s.lowered) is None
    ):
        return period
    return date_span(period.start, reported.end)


def year_done_so_far(ex: _Extractor, n: Number, period: Period | None) -> Period | None:
    """An actual done "this year" (or "in 2021") told on a call before the year's last quarter ("This year we
    increased our quarterly dividend by 9%", "which has now grown by over 330,000 people this year") is the
    year to the end of the quarter reported on: only that much of the year has happened. Not a figure "for"
    the year ("coverage for 2021"), one not said as done ("we're investing $1 billion in 2021"), nor one
    of two years compared ("from one contract in 2021 to four in 2022")."""
    reported = ex.reported
    if (
        reported is None
        or period is None
        or n.kind is not ClaimKind.ACTUAL
        or period.kind is not PeriodKind.YEAR
        or not period.start <= reported.end < period.end
    ):
        return period
    s = n.s
    low = s.lowered
    if _IN_RUNNING_YEAR.search(low) is None or _WHOLE_YEAR.search(low) is not None:
        return period
    if any(pm.period != period for pm in s.periods):
        return period
    done = max((m.start() for m in _DONE.finditer(low, 0, n.qe)), default=-1)
    if _DONE_NUMBER.match(low, n.qs) is not None:
        done = n.qs
    if done < 0 or s.crosses(done, n.qs):
        return period  # "we announced a dividend increase, and we are on track to return 90% this year"
    if reported.start == period.start:
        return reported  # a first quarter is its year so far
    return date_span(period.start, reported.end)


def standing_target(ex: _Extractor, n: Number, period: Period | None) -> Period | None:
    """A target whose period comes from an earlier clause ("We ended the quarter at 9.6%, above our targeted
    range of 9 to 9.5%") stands with no period."""
    if n.kind is ClaimKind.TARGET and period is not None and ex._standing_target(n.s, period, n.qs):
        return None
    return period


def recurring_instant(ex: _Extractor, n: Number, period: Period | None) -> Period | None:
    """A rate said at an instant or in a month ("the gas we currently use saves 1.5 million tons of coke per
    year", "thus far in July, we are producing well above nameplate of 1.9 million tons per year") dates
    nothing."""
    if (
        period is not None
        and period.kind in (PeriodKind.INSTANT, PeriodKind.MONTH)
        and n.kind is ClaimKind.ACTUAL
        and ex._recurring(n.s, n.qe)
    ):
        return None
    return period


def balance_at_quarter_end(ex: _Extractor, n: Number, period: Period | None) -> Period | None:
    """A number dated by the close of the quarter reported on takes that quarter (README, decided
    2026-12-03): a balance ("At September 30th, cash was $1.5 billion", "net leverage at June 30 would have
    been 1.3 times", "As of September 30th, we had 284 Chipotlanes"), as "at the end of the quarter" does;
    in a dated note too, the latest quarter closed being the one whose results give the balance ("Net cash
    as of March 31, 2026 is approximately USD 38 billion"). A balance at any other date ("as of October
    15th", "at December 31" on a first-quarter call) keeps its instant. After the kind, standing_target and
    recurring_instant: a target or a rate said at that date ("within our target cash buffer") has none."""
    if (
        period is not None
        and period.kind is PeriodKind.INSTANT
        and period.end == ex.default_period.end
        and ex.doc.date is not None
    ):
        return ex.default_period
    return period


# "at the end of June", "as of the end of September", "by the end of March" right before the month's name
_AT_MONTH_END = re.compile(r"\b(?:at|as\s+of|by)\s+(?:the\s+)?end\s+of\s+(?:the\s+month\s+of\s+)?$")


@TRIGGERS.needs("end of")
def balance_at_month_end(ex: _Extractor, n: Number, period: Period | None) -> Period | None:
    """An actual dated by the end of the reported quarter's last month ("Our consolidated debt totaled $9.7
    billion at the end of June", "As of the end of September, we had 1,200 stores" on the call about that
    quarter) is a balance at the quarter's end date: the quarter reported on (README, decided 2026-12-03), as
    balance_at_quarter_end reads "at June 30". Not the month ("sales in June"), nor another month's end."""
    reported = ex.reported
    if (
        period is None
        or reported is None
        or period.kind is not PeriodKind.MONTH
        or period.end != reported.end
        or n.kind is not ClaimKind.ACTUAL
        or "end of" not in n.s.lowered
    ):
        return period
    low = n.s.lowered
    for pm in n.s.periods:
        if pm.period == period and _AT_MONTH_END.search(low, max(0, pm.start - 40), pm.start) is not None:
            return ex.default_period
    return period


@TRIGGERS.needs("guidance", "outlook")
def change_to_guidance(ex: _Extractor, n: Number, period: Period | None) -> Period | None:
    """A change made to the guidance named after it ("an increase of 50 basis points in our updated
    guidance"): the guided year."""
    if period is None and ex.reported is not None and ex._change_to_guidance(n.s, n.qe):
        return ex._guided_year()
    return period


# from a change to its new level: "an increase of 50 basis points in our operating margin rate to a range of "
_TO_LEVEL = re.compile(
    r"(?:\s+(?:in|of|on)\s+(?:[\w&'’-]+\s+){0,5}?[\w&'’-]+)?,?\s+to\s+"
    r"(?:(?:a|the)\s+(?:new\s+|revised\s+|higher\s+|lower\s+)?range\s+of\s+|approximately\s+|about\s+|around\s+)?"
    r"[$€£¥]?"
)


@TRIGGERS.needs("guidance", "outlook")
def change_to_guided_level(ex: _Extractor, n: Number, period: Period | None) -> Period | None:
    """A change whose new level follows it after "to" and is a change made to the guidance named after that
    level ("These updates translate into an increase of 50 basis points in our operating margin rate to a
    range of 16% to 16.2% in our updated guidance"): the guided year, as the level's (change_to_guidance
    reads only the number right before the guidance)."""
    if period is not None or ex.reported is None:
        return period
    low = n.s.lowered
    if "guidance" not in low and "outlook" not in low:
        return period
    nxt = next((q for q in ex._sentence_quantities if q.start >= n.qm.end), None)
    if nxt is None or _TO_LEVEL.fullmatch(low, n.qe, nxt.start - n.s.start) is None:
        return period
    return ex._guided_year() if ex._change_to_guidance(n.s, nxt.end - n.s.start) else period


@TRIGGERS.needs("from")
def revised_range(ex: _Extractor, n: Number, period: Period | None) -> Period | None:
    """A range restated against an older range ("adjusted EPS of $5.35 to $5.40, up from $5.25 to $5.35",
    "a tax rate of 22% to 23%, up from our previous range of 21% to 22%") is a revised forecast, even without
    a forward word: both ranges are the guided year's."""
    if period is not None or ex.reported is None or "from" not in n.s.lowered:
        return period
    qs = n.qs
    for m in _RANGE_REVISION.finditer(n.s.lowered):
        if m.start() - _RANGE_LEAD <= qs <= m.end():
            return ex._guided_year()
    return period


@TRIGGERS.needs("raising", "increasing", "lowering", "reducing", "narrowing", "cutting")
def revising_by(ex: _Extractor, n: Number, period: Period | None) -> Period | None:
    """A change a call says it is making now ("we're also increasing development starts by $300 million and
    now expect a midpoint of $3.2 billion", "we are raising our property revenue outlook by $10 million") is
    a revision of the year's plan: the guided year (a change done is said in the past: "we increased prices
    by 5%")."""
    if period is not None or ex.reported is None or "ing" not in n.s.lowered:
        return period
    low, qs = n.s.lowered, n.qs
    m = _REVISING_BY.search(low, max(0, qs - _REVISING_REACH), qs)
    if m is None or n.s.crosses(m.start(), qs):
        return period
    return ex._guided_year()


@TRIGGERS.needs("guidance", "outlook", "forecast", "projection")
def named_guidance_actual(ex: _Extractor, n: Number, period: Period | None) -> Period | None:
    """A figure of named guidance read as an actual ("EPS guidance is being increased to $5.35 to $5.40"):
    the guided year."""
    if (
        period is None
        and n.kind is ClaimKind.ACTUAL
        and ex.reported is not None
        and ex._named_guidance(n.s, n.qs)
    ):
        return ex._guided_year()
    return period


# The rules that read a number as a present state and give it the call date (now_state, now_state_of_subject,
# done_so_far, so_far_now, today_state, present_state, workforce_size, pipeline_size, present_holding ...)
# share the predicates below: which numbers they may re-date at all, whether the sentence names a period,
# whether it revises a forecast, the present verb governing the number, a past auxiliary before it, and the
# last step (the call date unless the number is a change). What stays in each rule is its own exclusions.


def _default_actual(ex: _Extractor, n: Number, period: Period | None) -> bool:
    """Whether `n` is an actual left with the default period (the quarter reported on) on a call that reports
    a quarter: the only numbers the present-state rules may re-date to the call date (a period read from the
    number's words, a forecast or a number left with no period keeps what it has)."""
    return n.kind is ClaimKind.ACTUAL and period == ex.default_period and ex.reported is not None


def _undated_actual(ex: _Extractor, n: Number, period: Period | None) -> bool:
    """Whether `n` is a `_default_actual` in a sentence naming no period: the numbers most present-state rules
    (done_so_far, so_far_now, today_state, present_state ...) may re-date; a period phrase anywhere in the
    sentence may be the state's own ("we now have 165 customers at quarter end")."""
    return not n.s.periods and _default_actual(ex, n, period)


def _no_period_but_reported_before(n: Number, period: Period | None, at: int) -> bool:
    """Whether every period phrase of `n`'s sentence is `period` (the quarter reported on) said in a clause
    before position `at` (a comma between): the one period a present state after it may stand with ("While
    comps for the quarter were negative, the market now has over 100 million digital members"); the looser
    form of `_undated_actual`'s no period at all."""
    low = n.s.lowered
    return all(pm.period == period and "," in low[pm.end : at] for pm in n.s.periods)


def _now_expected(low: str) -> bool:
    """Whether a sentence gives a forecast "now" ("we now expect", "is now expected"): a revised forecast, not
    a state said now, even where its number is read as an actual."""
    return _REVISED_FORECAST.search(low) is not None


def _governing_before(low: str, n: Number, verb: re.Pattern[str], reach: int) -> re.Match[str] | None:
    """The present-tense verb or phrase `verb` ("now has", "we have", "a pipeline of") governing number `n`:
    its first match in the `reach` characters before the number (each rule's pattern ends where the number
    must follow, or says how far it may stand), else None."""
    return verb.search(low, max(0, n.qs - reach), n.qs)


def _past_aux_between(text: str, start: int, end: int) -> bool:
    """Whether a past auxiliary ("was", "were", "had", "did", "been") stands in text[start:end]: a state told
    as it was ("was running at", "had a pipeline of", "was 75% complete"), not as it stands."""
    return _PAST_AUX.search(text, start, end) is not None


def _call_date_unless_changed(ex: _Extractor, n: Number, period: Period | None) -> Period | None:
    """The last step of the present-state rules: the call date for a state, unless `n` is a change or a
    balance moved by it (`_changed_or_moved`), which keeps `period` (README: changes in the present perfect
    keep the default period)."""
    return period if _changed_or_moved(ex, n) else ex.call_date


@TRIGGERS.needs("now")
def now_state(ex: _Extractor, n: Number, period: Period | None) -> Period | None:
    """An actual stated as it stands now, with no period phrase in its sentence ("We now have 165 customers",
    "Backlog now stands at $24.4 billion", "the brand is now in 17 markets"), is an instant on the call date
    (the labels' README: "now" is an instant on the call date); not a change or a flow said after it. Runs
    after reported_quarter, so a number that dates nothing by its wording (a set, a limit) keeps no period.
    It does not end with `_call_date_unless_changed`: _NOW_FLOW already drops the changes it could, and a
    level told in points ("our rate paid on deposits is now four basis points") is a state, not a change."""
    low = n.s.lowered
    if "now" not in low or not _default_actual(ex, n, period):  # first: most sentences fail it
        return period
    m = _governing_before(low, n, _NOW_STATE, _NOW_STATE_REACH)
    if m is None or _NOW_FLOW.search(low, m.end(), n.qs) is not None:
        return period
    if not _no_period_but_reported_before(n, period, m.start()):
        # "During the quarter, DFC originated 6,200 loans, and now has a portfolio of $530 million" stands
        return period
    if _now_expected(low):
        return period  # "EPS is now expected to be $4.08 to $4.19", even when read as an actual
    return ex.call_date


# sold (booked) already, said right before or right after the number: "after already selling 65 million
# tickets", "65 million tickets already being sold", "we have already booked 70% of our capacity"
_ALREADY_SOLD = re.compile(
    r"\balready\s+(?:been\s+|being\s+)?(?:sold|selling|sell|booked|booking|pre-?sold|contracted|secured"
    r"|locked\s+in|committed|placed)\b"
)
_ALREADY_REACH = 50
# the future period of what was sold, right after "for": "for events next year", "for 2022 events", "for our
# shows in 2022"
_FOR_BEFORE = re.compile(r"\bfor\s+(?:[a-z-]+\s+){0,3}$")


@TRIGGERS.needs("already")
def already_sold_ahead(ex: _Extractor, n: Number, period: Period | None) -> Period | None:
    """What is already sold (booked, contracted) for a coming period ("even after already selling 65 million
    fee-bearing tickets for events next year", "despite 65 million tickets already being sold for 2022
    events", "we have already booked 70% of our capacity for next year") is a state on the call date (README:
    tickets "already sold" the call date): the coming period dates the events sold, not the sales."""
    reported = ex.reported
    if reported is None or "already" not in n.s.lowered:
        return period
    low, qs, qe = n.s.lowered, n.qs, n.qe
    before = _ALREADY_SOLD.search(low, max(0, qs - _ALREADY_REACH), qs)
    if before is None or n.s.crosses(before.start(), qs):
        after = _ALREADY_SOLD.search(low, qe, qe + 30)
        if after is None or n.s.crosses(qe, after.start()):
            return period
    for pm in n.s.periods:
        if pm.start < qe or pm.period.start <= reported.end or n.s.crosses(qe, pm.start):
            continue
        if low.startswith("for ", pm.start) or _FOR_BEFORE.search(low, max(0, pm.start - 40), pm.start):
            return ex.call_date
    return period


# the number as the subject of a state said now: "95% of our policy submissions are now done digitally",
# "About 80% of our stores in the region are now fully open" (its "of" phrase, then "is now" / "are now")
_SUBJECT_NOW = re.compile(
    r"\s+of\s+(?:(?!(?:is|are|was|were|has|have|had|which|that|ago)\b)[\w'’&-]+\s+){1,8}?(?:is|are)\s+now\b"
)


@TRIGGERS.needs("now")
def now_state_of_subject(ex: _Extractor, n: Number, period: Period | None) -> Period | None:
    """A share or count that is the subject of a state said "now" ("95% of our policy submissions are now
    done digitally", "About 80% of our stores in the region are now fully open", "40% of our wireline service
    addresses are now served by fiber") is an instant on the call date, as now_state reads "we now have";
    not a forecast ("is now expected"), nor a number in a sentence naming a period of its own."""
    low = n.s.lowered
    if "now" not in low or not _undated_actual(ex, n, period):  # first: most sentences fail it
        return period
    if n.unit.kind not in (UnitKind.RATIO, UnitKind.COUNT):
        return period
    if _SUBJECT_NOW.match(low, n.qe) is None or _now_expected(low):
        return period
    return ex.call_date


# a cumulative achievement in the present perfect: "The platform has processed over 10 million", "we have
# completed 90% of our expiring leases", "We've reopened nearly 80% of our dining rooms" (verbs that count
# what is done so far; not changes or rates: "has grown 10%", "have improved 200 basis points")
_DONE_VERBS = (
    "processed", "completed", "performed", "deployed", "distributed", "recruited", "reopened", "installed",
    "administered", "vaccinated", "trained", "enrolled", "onboarded", "inspected", "treated", "served",
    "tested", "screened", "converted", "originated", "funded", "retrofitted", "replaced",
)  # fmt: skip
_DONE_SO_FAR = re.compile(
    r"\b(?:ha(?:s|ve)|we['’]ve|they['’]ve)\s+(?:(?:now|already|successfully|also|collectively|cumulatively)\s+)*"
    r"(?:" + "|".join(_DONE_VERBS) + r")\b"
)
_DONE_REACH = 100  # characters from the verb to the number, in its clause


def _in_its_clause(low: str, n: Number, m: re.Match[str]) -> bool:
    """Whether the words matched by `m` ("so far", "today") stand near number `n`, before or after it, with no
    clause break between (not "About 13% chose delivery, and so far 5% are confirming" for the 13%)."""
    a, b = (m.end(), n.qs) if m.start() < n.qs else (n.qe, m.start())
    return b - a <= _SO_FAR_REACH and _CLAUSE_BREAK.search(low, a, b) is None


def _changed_or_moved(ex: _Extractor, n: Number) -> bool:
    """Whether `n` is a change (points, a move verb) or a balance moved "by" it: no state at a date."""
    s = n.s
    return (
        n.unit.kind is UnitKind.PP
        or ex._moves(s, n.qs, n.qe)
        or _BALANCE_BY.search(s.lowered, max(0, n.qs - _BALANCE_BY_REACH), n.qs) is not None
    )


@TRIGGERS.needs(*_DONE_VERBS)
def done_so_far(ex: _Extractor, n: Number, period: Period | None) -> Period | None:
    """A cumulative total said in the present perfect, in a sentence naming no period ("The platform has
    processed over 10 million unique patient responses in 65 countries", "we have completed 90% of our
    expiring leases", "the utility has distributed over 4,000 batteries"), is an instant on the call date
    (README, decided 2026-12-03), not the quarter reported on; the numbers after it in its clause with it.
    Runs after reported_quarter, so a number that dates nothing by its wording keeps no period."""
    s = n.s
    if not _undated_actual(ex, n, period):
        return period  # (first: most numbers are in a sentence naming a period)
    m = _governing_before(s.lowered, n, _DONE_SO_FAR, _DONE_REACH)
    if m is None or any(c in s.lowered[m.end() : n.qs] for c in (", ", "; ", ": ")):  # (not "200,000")
        return period
    return ex.call_date


# "So far, we've realized $500 million", "Thus far, we have collected 87%", "As we sit here today, over 50%",
# "As of now about 30%" (not "so far this year", "thus far in July": a period named)
_SO_FAR_NOW = re.compile(
    r"\b(?:so\s+far|thus\s+far|as\s+of\s+now|as\s+we\s+speak|as\s+we\s+sit\s+here|as\s+of\s+this\s+call"
    r"|up\s+(?:un)?til\s+now|until\s+now)\b(?!\s+(?:this|in|during|for|through|thru|into)\b)"
)
_SO_FAR_REACH = 120  # characters between the words and the number
_CLAUSE_BREAK = re.compile(r",\s+(?:and|but|while|whereas)\b|;")


@TRIGGERS.needs("far", "now", "speak", "sit here")
def so_far_now(ex: _Extractor, n: Number, period: Period | None) -> Period | None:
    """An actual in a sentence told "so far" with no period words ("So far, we've realized $500 million of
    restructuring charges", "Thus far, we have collected 87% of the deferrals", "As we sit here today, over
    50% of adults have at least one shot", "As of now about 30% of what we sell") is a total or state at the
    call date: the instant of the call date, as "to date" alone is (README, decided 2026-12-03), not the
    quarter reported on. Not "so far this year" or "thus far in July" (a period named: the phrase readers'
    span), not a number of another clause, nor a change ("reduced cycle time by 30% so far": README, changes
    in the present perfect keep the default period)."""
    s = n.s
    if not _undated_actual(ex, n, period):
        return period  # (first: most numbers are in a sentence naming a period)
    low = s.lowered
    if "far" not in low and " now" not in low and "speak" not in low and "sit here" not in low:
        return period
    m = _SO_FAR_NOW.search(low)
    if m is None:
        return period
    if not _in_its_clause(low, n, m):
        return period  # "About 13% chose delivery, and so far 5% are confirming": another clause's
    return _call_date_unless_changed(ex, n, period)


# "Today, we have 40 stores", "at today's pricing, our yield is", "Right now, 60% of our stores are open" (not
# "earlier today", "later today", "today's call", "with us today": the call itself, not a state on its date)
_TODAY_STATE = re.compile(
    r"(?<!\bearlier\s)(?<!\blater\s)\btoday\b(?![-'’]s\s+(?:call|discussion|presentation|agenda|release|remarks))"
    r"(?!,?\s+(?:we|i)(?:\s+(?:will|would|want|wanted|plan|intend)|['’](?:ll|d)|(?:['’]re|\s+are|['’]m|\s+am)\s+"
    r"(?:announcing|declaring|reporting|pleased|going))\b)"
    r"|\bright\s+now\b|\bat\s+present\b|\bat\s+this\s+point\s+in\s+time\b"
)
_WAS_AFTER = re.compile(r"[^,;:.]*?\b(?:was|were)\b")
_CALL_ITSELF = re.compile(
    r"\b(?:us|join\w*|call|discuss\w*|cover|talk|review|here|speak\w*|present\w*|share|joined|with\s+me|provide"
    r"|give|remarks|leave\s+you\s+with)\s+"
    r"(?:\w+\s+){0,2}?today\b"
)


@TRIGGERS.needs("today", "right now", "at present", "this point")
def today_state(ex: _Extractor, n: Number, period: Period | None) -> Period | None:
    """An actual said in the present tense of "today" with no period words ("Today, we have 40 stores", "at
    today's pricing, our yield is more than seven times higher", "Right now, 60% of our stores are open") is
    a state on the call date: its instant (README: present-tense balances and counts take the call date), as
    now_state reads "we now have". Not a sentence with a past verb up to the number ("Today, we reported
    revenue of $5 billion": the quarter's), the call itself ("we'll discuss today"), nor a change."""
    s = n.s
    low = s.lowered
    if "today" not in low and "right now" not in low and "at present" not in low and "this point" not in low:
        return period  # (first: most sentences fail it)
    if not _undated_actual(ex, n, period):
        return period
    m = _TODAY_STATE.search(low)
    if m is None or _CALL_ITSELF.search(low) is not None:
        return period
    if not _in_its_clause(low, n, m):
        return period
    if PAST_VERB.search(low, 0, max(n.qs, m.start())) is not None or " ago" in low:
        return period  # "Today, we reported", "Today, the board approved a 49% increase", "five years ago"
    if _WAS_AFTER.match(low, n.qe) is not None:
        return period  # "Today, approximately half of our growth was generated from"
    return _call_date_unless_changed(ex, n, period)


@TRIGGERS.needs("capacity", "resource", "reserve", "facility", "plant", "smelter", "refinery", "mill", "mine")
def asset_size(ex: _Extractor, n: Number, period: Period | None) -> Period | None:
    """A count that sizes an asset ("the second crusher ... will provide sufficient capacity for a ramp-up to
    130,000 tonnes per day", "six billion tonnes of copper resource", "to construct a 1.7 million tonne
    facility") has no period (README: capacity and resources have no period); not a change ("added capacity
    of 10%"), a size dated after it, nor a number with a metric."""
    if period is None or n.metric is not None or n.unit.code != "count":
        return period
    low, qs, qe = n.s.lowered, n.qs, n.qe
    if _CAPACITY_BEFORE.search(low, max(0, qs - 40), qs) is None and _ASSET_AFTER.match(low, qe) is None:
        return period
    if any(pm.start >= qe for pm in n.s.periods):
        return period  # "to add 80 megawatts of new resources by summer 2023": a size dated after it
    return period if ex._moves(n.s, qs, qe) else None


# "since the onset of the pandemic", "since the start of COVID", "since the beginning of the COVID-19 crisis";
# the pandemic itself, or its start said with a verb: "grew 240% since the pandemic", "since the pandemic
# began" (not "since the pandemic-driven low")
_SINCE_PANDEMIC = re.compile(
    r"\bsince\s+the\s+(?:(?:onset|start|beginning|outbreak)\s+of\s+(?:the\s+)?"
    r"(?:pandemic|covid(?:-19)?(?:\s+(?:pandemic|crisis))?)\b(?!\s+in\b)"
    r"|(?:pandemic|covid(?:-19)?(?:\s+pandemic)?)(?:\s+(?:has\s+)?(?:began|begun|started|hit|struck))?(?![-\w]|\s+in\b))"
)
# the level a change reached, right before the number: "increased ... fourfold to $2.5 billion" (not "we're
# up to $1.3 million total": a running total, the span)
_LEVEL_TO = re.compile(
    r"(?<!\bup\s)\bto\s+(?:about\s+|approximately\s+|nearly\s+|over\s+|more\s+than\s+)?[$€£¥]?$"
)
_PANDEMIC_START = date(2020, 3, 1)  # README: "since the onset of the pandemic" runs from 2020-03-01


@TRIGGERS.needs("since the")
def since_pandemic(ex: _Extractor, n: Number, period: Period | None) -> Period | None:
    """An actual in a sentence counting "since the onset of the pandemic" ("Since the onset of the pandemic,
    we have increased production fourfold", "gained three points of share since the start of the pandemic")
    runs from 2020-03-01 to the call date (README); the level it reached ("fourfold to $2.5 billion") stands
    on the call date. Not a superlative's yardstick ("our best quarter since the onset of the pandemic"),
    not a sentence naming a period of its own. Before reported_quarter, which would fill in the quarter."""
    if period is not None or n.kind is not ClaimKind.ACTUAL or ex.doc.date is None:
        return period
    low = n.s.lowered
    if "since the" not in low or n.s.periods:
        return period
    m = _SINCE_PANDEMIC.search(low)
    if m is None or SUPERLATIVE_BEFORE.search(low, max(0, m.start() - 80), m.start()) is not None:
        return period
    if _LEVEL_TO.search(low, max(0, n.qs - 30), n.qs) is not None:
        return ex.call_date
    return date_span(_PANDEMIC_START, ex.doc_date)


# "expect to end the year with leverage of", "exit the year at $700 million", "finishing this year with"
_END_THE_YEAR = re.compile(
    r"\b(?:end|exit|finish|close)(?:s|ed|ing)?\s+(?:the|this|our)\s+(?:fiscal\s+|calendar\s+)?year\s+"
    r"(?:at|with|below|above|around|near|under|over|in)\b"
)
_END_THE_YEAR_REACH = 90  # characters from the phrase to the number
# what a year is exited at: a balance, a run rate, a count (not a flow or a change over the year: "close the
# year with an operating profit of $20 million", "end the year with growth of 30%")
_EXIT_LEVELS = frozenset(
    ("debt", "cash", "net_cash", "arr", "annualized_revenue", "customers", "headcount", "footprint")
)


@TRIGGERS.needs("end", "exit", "finish", "close")
def exit_the_year(ex: _Extractor, n: Number, period: Period | None) -> Period | None:
    """A level a year still running is to end at ("we expect to end the year below 3 times leverage", "exit
    the year at $700 million on an annualized run rate basis", "end the year with a total of 89 aircraft")
    stands on the year's last day (README: an instant, as "by the end of the year"), not over the year nor
    in the quarter reported on (no period words but "the year"). Not a flow or a change ("close the year
    with an operating profit of $20 million"), nor a year already closed (a Q4 call's year-end balances
    take the quarter reported on)."""
    if period is None or ex.doc.date is None:
        return period
    if period is ex.default_period and not n.s.periods and ex.reported is not None:
        fy = ex.reported.fiscal_year
        year = fiscal_year(ex.calendar, fy) if fy is not None else period
    else:
        year = period
    if year.kind is not PeriodKind.YEAR or year.end <= ex.doc_date:
        return period
    low = n.s.lowered
    if "year" not in low or (n.metric is not None and n.metric not in _EXIT_LEVELS):
        return period
    if n.unit.kind is UnitKind.PP or (n.unit.kind is UnitKind.RATIO and n.metric is None):
        return period
    # (up to the number's end: its span may hold the "below" of "end the year below 3 times")
    m = _END_THE_YEAR.search(low, max(0, n.qs - _END_THE_YEAR_REACH), n.qe)
    if m is None or m.start() >= n.qs or ex._between(n.s, m.end(), n.qs):
        return period
    end = year.end
    return instant(ex.calendar, end.year, end.month, end.day)


# "bringing our total for the year to $2 billion", "brings our total share repurchases for the year to just
# shy of $100 million", "bringing our total for this fiscal year to 10"
_TOTAL_FOR_YEAR_TO = re.compile(
    r"\b(?:bring|brings|bringing|brought|take|takes|taking|took)\s+(?:our|the|its)\s+(?:[\w-]+\s+){0,4}?"
    r"for\s+(?:the|this)\s+(?:fiscal\s+)?year\s+to\s+(?:just\s+)?(?:(?:shy|short)\s+of\s+)?[$€£¥]?$"
)
_TOTAL_REACH = 110  # characters from "bringing" to the number
_FORWARD_WORD = re.compile(r"\b(?:expect|anticipat|plan|will|intend|forecast|project|guid|outlook)")


@TRIGGERS.needs("total")
def total_for_the_year_to(ex: _Extractor, n: Number, period: Period | None) -> Period | None:
    """A running total a done deed brings "for the year" to, on a call before the year closes ("we
    repurchased $1 billion of shares during the quarter, bringing our total for the year to $2 billion") is
    the year so far: to the end of the quarter reported on, not the whole year (so an actual, not guidance).
    Not a forecast ("we expect to open 20 stores, bringing the total for the year to 40": the year)."""
    reported = ex.reported
    if (
        reported is None
        or period is None
        or period.kind is not PeriodKind.YEAR
        or not period.start <= reported.end < period.end
        or "total" not in n.s.lowered
    ):
        return period
    low = n.s.lowered
    m = _TOTAL_FOR_YEAR_TO.search(low, max(0, n.qs - _TOTAL_REACH), n.qs)
    if m is None or n.cue_cf() in _FORWARD_CUES:
        return period
    done = PAST_VERB.search(low, 0, m.start()) is not None or any(
        pm.period.label == reported.label and pm.end <= m.start() for pm in n.s.periods
    )  # "repurchased $1 billion, bringing", "our buybacks in the third quarter bring"
    if not done:
        return period
    if _FORWARD_WORD.search(low, 0, m.start()) is not None:
        return period  # "we bought $1 billion and expect to buy more, bringing the total for the year to"
    if reported.start == period.start:
        return reported  # a first quarter is its year so far
    return date_span(period.start, reported.end)


def reported_quarter(ex: _Extractor, n: Number, period: Period | None) -> Period | None:
    """An actual with no period is the quarter the document reports on, unless it dates nothing by its
    wording (a standing rate "each year", a threshold, an authorization, a limit, an outcome against a
    comparison group)."""
    if period is not None or n.kind is not ClaimKind.ACTUAL or ex.doc.date is None:
        return period
    s, qs, qe = n.s, n.qs, n.qe
    if ex._recurring(s, qe) or ex._condition(s, qs) or ex._undated(s, qs, qe):
        return None
    if _limit(n) or _against_group(ex, n) or _set_count(n) or _streak(n) or _aspired(n) or _vague_span(n):
        return None
    if _effect(n):
        return None
    return ex.default_period


# the starting level of a ratio's move told in the past: "EBITDA increased from 10.5% to 16.1% of sales",
# "margin as a percentage of revenues increased to 24.5% from 23.1%" (the gap words as in _from_to_level)
_LEVEL_QUALIFIER = r"(?:about\s+|approximately\s+|roughly\s+|around\s+|nearly\s+|almost\s+|over\s+|just\s+)?"
_MOVED_FROM = re.compile(
    r"\b(?:increased|decreased|rose|fell|improved|declined|reduced|expanded|contracted|moved|went|climbed"
    r"|jumped|dropped|shifted|narrowed|widened)\b[^.;%]{0,60}?(?:\bto\s+"
    + _LEVEL_QUALIFIER
    + r"\d[\d.,]*\s*%"
    r"[^.;%]{0,30}?)?\bfrom\s+" + _LEVEL_QUALIFIER + r"$"
)
_MOVED_FROM_REACH = 130
_TO_PERCENT_AFTER = re.compile(
    r"(?:\s+of\s+[a-z]+(?:\s+[a-z]+)?)?\s+to\s+" + _LEVEL_QUALIFIER + r"\d[\d.,]*\s*%"
)
_GROWTH_WORD = re.compile(r"\bgr[eo]w|\bcagr\b")  # a growth rate's move, not a level's
# the ratios whose moves a call tells against the year-ago quarter: margins, shares of sales, the tax rate
_MARGIN_LIKE = re.compile(
    r"margin|tax\s+rate|(?:percent(?:age)?|%)\s+of\s+(?:net\s+|total\s+)?(?:sales|revenues?)"
    r"|of\s+(?:net\s+)?(?:sales|revenues?)\b"
)
_SEQUENTIAL = re.compile(
    r"sequential|quarter[- ]over[- ]quarter|linked[- ]quarter|(?:prior|previous|preceding|proceeding|trailing"
    r"|last|first|second|third|fourth)\s+quarter|year[- ]end|\bq[1-4]\b"
)


@TRIGGERS.needs("from")
def level_moved_from(ex: _Extractor, n: Number, period: Period | None) -> Period | None:
    """The level a ratio moved from, told in the past with no period phrase ("EBITDA increased from 10.5%
    to 16.1% of sales", "store margin as a percentage of revenues increased to 24.5% from 23.1%", "declined
    over 3 percentage points from 81.7% to 78.6%") is the base of the quarter's comparison: the same quarter
    a year earlier (README: in a quarterly document the comparison is with the year-ago quarter; a number
    stated as the base takes the base period). The level reached keeps the quarter; a sentence that dates
    either end ("from 42.7% in 2020 to 56.7% in 2021", "from 40% last quarter") is read by its phrases; a
    growth rate's move ("growth accelerated from 5% to 8%") and a forecast are left alone."""
    if period is None or ex.reported is None or "from" not in n.s.lowered or period != ex.default_period:
        return period
    reported = ex.reported
    if reported.fiscal_year is None or reported.fiscal_quarter is None or n.unit.code != "ratio":
        return period
    s, qs, qe = n.s, n.qs, n.qe
    if any(pm.period != reported for pm in s.periods):
        return period  # a period named besides the quarter reported on ("during the quarter")
    low = s.lowered
    if _MARGIN_LIKE.search(low) is None or _SEQUENTIAL.search(low) is not None:
        return period  # a bank's yields, a stake, a coverage: often against the quarter before, or no base
    m = _MOVED_FROM.search(low, max(0, qs - _MOVED_FROM_REACH), qs)
    if m is None or s.crosses(m.start(), qs) or _GROWTH_WORD.search(low, 0, qs) is not None:
        return period
    if "to " not in low[m.start() : qs] and _TO_PERCENT_AFTER.match(low, qe) is None:
        return period  # "increased ... from 10%" with no level reached: a base said alone
    return fiscal_quarter(ex.calendar, reported.fiscal_year - 1, reported.fiscal_quarter)


# a level to pass, said just before the number or inside its span ("surpassing 20%", "exceed the 50%")
_PASSING = re.compile(r"(?:surpass|exceed)(?:es|s|ing)?\s+(?:the\s+)?")
# the line introducing a list of conditions to watch ("Triggers for valuation re-rating:", "... requires:")
_CONDITIONS_INTRO = re.compile(r"\b(?:requir|trigger|condition|monitor|milestone|catalyst)[a-z]*\b[^\n]*:$")


def note_threshold(ex: _Extractor, n: Number, period: Period | None) -> Period | None:
    """In a research note, a level the author says a measure must pass ("re-rating requires: 1. Cloud margin
    surpassing 20%"), in a sentence naming no period, is a threshold to watch: no period, and a target (not an
    actual of the quarter reported on, which `reported_quarter` gave it for want of a period)."""
    if period is not ex.default_period or n.kind is not ClaimKind.ACTUAL or n.s.periods:
        return period
    if ex.doc.kind is not DocumentKind.NOTE or not _listed_condition(ex, n):
        return period
    if n.metric is not None and (n.metric, n.unit.code, round(n.qm.quantity.value, 6)) in ex._guided_figures:
        return period  # a level management guided: note_restated_guidance keeps its kind (guidance)
    n.kind = ClaimKind.TARGET
    return None


def _listed_condition(ex: _Extractor, n: Number) -> bool:
    """Whether the number is a level to pass ("surpassing 20%", "exceeding 50%") in a list a few lines under
    a line introducing conditions to watch ("Triggers for valuation re-rating:", "... requires:")."""
    passing = _PASSING.match(n.qm.text.lower()) or _PASSING.search(n.s.lowered, max(0, n.qs - 16), n.qs)
    if passing is None:
        return False
    text = ex.doc.text
    colon = text.rfind(":\n", max(0, n.s.start - 400), n.s.start)  # the list's intro line, a few lines up
    if colon < 0:
        return False
    return _CONDITIONS_INTRO.search(text, text.rfind("\n", 0, colon) + 1, colon + 1) is not None


def note_valuation(ex: _Extractor, n: Number, period: Period | None) -> Period | None:
    """In a research note, a valuation multiple in a sentence naming no period ("the market assigns an
    '8-10x PE' valuation typical for a retail company") is a valuation read, an estimate with no period, not
    an actual of the quarter reported on; a quoted price ("trades at 12x earnings") stays an actual."""
    if period is not ex.default_period or n.kind is not ClaimKind.ACTUAL or n.s.periods or n.metric is None:
        return period
    metric = ex.lex.get(n.metric)
    if metric is None or metric.family != "valuation" or ex.doc.kind is not DocumentKind.NOTE:
        return period
    if "trad" in n.s.lowered:
        return period
    n.kind = ClaimKind.ESTIMATE
    return None


# the end point of a path from today's level ("from the current 9% to 20%", "currently at 9% → teens → 20%")
_FROM_CURRENT = re.compile(
    r"(?:\bfrom\s+(?:the\s+)?current(?:ly)?\s+(?:level\s+of\s+)?\S+\s+to\s+"
    r"|\bcurrent(?:ly)?\s+(?:at\s+)?[^\n.;→]{1,12}(?:→[^\n.;→]{1,20})*→\s*)$"
)


def note_goal_from_current(ex: _Extractor, n: Number, period: Period | None) -> Period | None:
    """In a research note, the end of a path from today's level ("an increase in margin from the current 9%
    to 20%", "currently at 9% → teens → 20%"), in a sentence naming no period, is a goal: a target with no
    period, not an actual of the quarter reported on (today's level, the start of the path, stays one)."""
    if period is not ex.default_period or n.kind is not ClaimKind.ACTUAL or n.s.periods:
        return period
    if ex.doc.kind is not DocumentKind.NOTE or "current" not in n.s.lowered:
        return period
    low = n.s.lowered
    if _FROM_CURRENT.search(low, max(0, n.qs - 60), n.qs) is None:
        return period
    if low[n.qe : n.qe + 3].strip().startswith("→"):
        return period  # a step on the way ("→ teens →"), not the end
    n.kind = ClaimKind.TARGET
    return None


def note_duration(ex: _Extractor, n: Number, period: Period | None) -> Period | None:
    """In a research note, a duration that is a measure's value ("a 3-5 year investment return cycle"), in a
    sentence naming no period, dates nothing (README: durations and adjective durations have no period): not
    an actual of the quarter reported on."""
    if period is not ex.default_period or n.unit.kind is not UnitKind.DURATION or n.s.periods:
        return period
    return None if ex.doc.kind is DocumentKind.NOTE else period


def note_past_story(ex: _Extractor, n: Number, period: Period | None) -> Period | None:
    """In a research note, a span running to today ("risen 118% year-to-date") under a line introducing a
    past period ("Amazon's turning point (2015):", "In Q1 2015, Amazon first disclosed AWS figures:") is told
    of that period: an analog from history (kind historical), not today."""
    if period is None or period.end < ex.default_period.end or ex.doc.kind is not DocumentKind.NOTE:
        return period  # a span that does not reach the latest quarter
    intro = ex._intro_period(n.s)
    if intro is None or intro.end >= ex.history_before:
        return period
    n.kind = ClaimKind.HISTORICAL
    return _their_story(ex, n, intro) if ex.profile is not None else intro


# "year-to-date" (not "to date this year": a span of the year running now)
_YEAR_TO_DATE = re.compile(r"\byear[- ]to[- ]date\b")


def _their_story(ex: _Extractor, n: Number, intro: Period) -> Period:
    """The period of a past story whose intro line names another company ("In Q1 2015, Amazon first
    disclosed AWS figures:"): that company's history is told in calendar years, so its "Q1 2015" is the
    calendar quarter, not this company's fiscal one; and a year-to-date span told in the story ("the stock
    has risen 118% year-to-date") is that calendar year (the day it was told is not said)."""
    text = ex.doc.text
    colon = text.rfind(":\n", max(0, n.s.start - 400), n.s.start)
    line = text[text.rfind("\n", 0, colon) + 1 : colon]
    if not any(h.key.startswith(OTHER) for h in entity_index(ex.profile).find(line, line.lower())):
        return intro
    intro = ex._their_calendar(intro)
    if intro.kind is PeriodKind.QUARTER and _YEAR_TO_DATE.search(n.s.lowered) is not None:
        return calendar_year(ex.calendar, intro.end.year)
    return intro


_OPEN_PAREN = re.compile(r"\s*\(\s*")


def note_restated_in_brackets(ex: _Extractor, n: Number, period: Period | None) -> Period | None:
    """In a research note, an amount restated in brackets right after it with a period ("revenue is about USD
    22 billion (FY26 approximately RMB 158 billion)") is of that period, not the quarter reported on."""
    if period is not ex.default_period or n.unit.kind is not UnitKind.CURRENCY or not n.s.periods:
        return period
    if ex.doc.kind is not DocumentKind.NOTE:
        return period
    opened = _OPEN_PAREN.match(n.s.text, n.qe)
    if opened is None:
        return period
    pm = next((pm for pm in n.s.periods if pm.start == opened.end()), None)
    return pm.period if pm is not None else period


_OWN_SPAN = 25  # characters between a number and a period phrase that is its own


def _told_done(n: Number) -> bool:
    """Whether the last kind cue before the number tells it as reached ("ARR rapidly climbed to 30 billion",
    "revenue was $4 billion"); "currently at 9% → teens → 20%" tells today's level, not the steps after it."""
    last = None
    for c in n.s.cues:
        if c.start >= n.qs:
            break
        last = c
    return last is not None and last.kind == "actual" and not n.s.lowered.startswith("current", last.start)


def note_restated_guidance(ex: _Extractor, n: Number, period: Period | None) -> Period | None:
    """In a research note, a figure management guided earlier in the note (same measure, unit and value:
    "expected to reach RMB 10 billion in June" ... "Key monitoring points: whether MaaS ARR reaches 10
    billion"; "margin to rise to the teens over the next two quarters" ... "currently at 9% → teens → 20%")
    restates that guidance: kind guidance, not the author's estimate, nor an actual read for want of a
    forward word; it takes the guided period unless a period phrase stands right beside it (one further off,
    "If ARR reaches 30 billion as expected, ... catalysts will emerge in FY27-FY28", is another clause's).
    Not a figure told as done ("ARR climbed to 30 billion", "revenue was $4 billion")."""
    if ex.doc.kind is not DocumentKind.NOTE or n.metric is None or not ex._guided_figures:
        return period
    if n.kind is not ClaimKind.ESTIMATE and not (
        n.kind is ClaimKind.ACTUAL and (period is None or period is ex.default_period)
    ):
        return period
    key = (n.metric, n.unit.code, round(n.qm.quantity.value, 6))
    if key not in ex._guided_figures:
        return period
    if n.kind is ClaimKind.ACTUAL and _told_done(n):
        return period
    n.kind = ClaimKind.GUIDANCE
    own = any(
        pm.period == period and (0 <= pm.start - n.qe <= _OWN_SPAN or 0 <= n.qs - pm.end <= _OWN_SPAN)
        for pm in n.s.periods
    )
    if own:
        return period
    # a guided level listed as a condition to watch ("re-rating requires: ... AI revenue share exceeding 50%")
    # is a threshold: the guidance's kind, no period (as note_threshold's targets)
    return None if _listed_condition(ex, n) else _heading_within(ex, n, ex._guided_figures[key])


def _heading_within(ex: _Extractor, n: Number, guided: Period | None) -> Period | None:
    """A guided span narrowed by the heading of the note's part a restatement sits in: management guided the
    margin to the teens "over the next two quarters" (FY27Q1-FY27Q2), and under "3.1.4 FY27Q1 Outlook ... Key
    monitoring points:" the author's "whether the margin enters the teens as expected" checks it for FY27Q1.
    Only for a sentence naming no period; a guided period inside the heading's ("ARR reaches 10 billion",
    guided for June, under the April-June heading) stays the guided one."""
    if guided is None or n.s.periods:
        return guided
    heading = ex._note_section_period(n.s)
    if heading is None or heading == guided:
        return guided
    return heading if guided.start <= heading.start and heading.end <= guided.end else guided


# the end of a path, right after "from <level> to" ("growing from 8 billion to ", "from $800 million to ")
_PATH_TO = re.compile(r"\bfrom\s+[^\s,;:]+(?:\s+[^\s,;:]+){0,2}\s+to\s+$")
_PATH_REACH = 40


def note_path_to_guided(ex: _Extractor, n: Number, period: Period | None) -> Period | None:
    """In a research note, the end of a path from a level ("MaaS ARR: growing from 8 billion to 30 billion in
    just six months", "achieving the path from $800 million to $3 billion as expected") for a measure
    management guided earlier in the note is where that guidance leads: kind guidance with the guided
    period furthest ahead for the measure (the milestones before it are steps on the way), not an actual of
    the quarter reported on, which it got for want of a forward word. Not a path told as done ("ARR rose
    from 5 billion to 8 billion")."""
    if ex.doc.kind is not DocumentKind.NOTE or n.metric is None or not ex._guided_figures:
        return period
    if n.kind is not ClaimKind.ESTIMATE and not (
        n.kind is ClaimKind.ACTUAL and (period is None or period is ex.default_period)
    ):
        return period
    if _PATH_TO.search(n.s.lowered, max(0, n.qs - _PATH_REACH), n.qs) is None or _told_done(n):
        return period
    guided = [  # (an open horizon, "over the long term", is no milestone on the path)
        p
        for (m, _, _), p in ex._guided_figures.items()
        if m == n.metric and p is not None and p.kind is not PeriodKind.OPEN
    ]
    if not guided:
        return period
    n.kind = ClaimKind.GUIDANCE
    return max(guided, key=lambda p: p.end)


def note_rate_to_deadline(ex: _Extractor, n: Number, period: Period | None) -> Period | None:
    """In a research note, a compound annual growth rate given a deadline ("reaching USD 100 billion in five
    years will require an annual compound growth rate of 35-40%") is a rate over the years up to it: the
    span from the document date, ending the day before the same date N years on (README: a span of N years
    from a day), not the deadline's day."""
    if period is None or period.kind is not PeriodKind.DEADLINE or ex.doc.kind is not DocumentKind.NOTE:
        return period
    if n.metric != "cagr" or period.start != ex.doc_date:
        return period  # (a multiple reached "within six months" is reached by the deadline)
    end = period.end
    if (end.month, end.day) == (ex.doc_date.month, ex.doc_date.day):
        end -= timedelta(days=1)  # "in five years": N years on, the span's last day is the day before
    return date_span(period.start, end)


def note_sourced_undated(ex: _Extractor, n: Number, period: Period | None) -> Period | None:
    """In a research note, a figure credited to an outside source ("36% market share of IaaS in China
    (Gartner)") in a sentence naming no period is that source's measure at a date the note does not give:
    no period, not the quarter reported on, which it got for want of period words."""
    if period is not ex.default_period or n.speaker is not Speaker.THIRD_PARTY or n.s.periods:
        return period
    return None if ex.doc.kind is DocumentKind.NOTE else period


# "(annualized at RMB 36 billion)", "annualised to $4 billion": a quarter's figure scaled to a year
_ANNUALIZED = re.compile(r"\bannuali[sz]ed\s+(?:at\s+|to\s+)?" + ABOUT + r"$")


def note_annualized(ex: _Extractor, n: Number, period: Period | None) -> Period | None:
    """In a research note, a figure "annualized at" ("AI revenue reached RMB 9 billion (annualized at RMB 36
    billion)") is the author's arithmetic on the quarter's figure: derived, not a reported actual; the period
    stays the quarter's."""
    if ex.doc.kind is not DocumentKind.NOTE or n.kind is not ClaimKind.ACTUAL or "annuali" not in n.s.lowered:
        return period
    if _ANNUALIZED.search(n.s.lowered, max(0, n.qs - 40), n.qs) is not None:
        n.kind = ClaimKind.DERIVED
    return period


@TRIGGERS.needs(*_ORG_WORDS)
def organisation_size(ex: _Extractor, n: Number, period: Period | None) -> Period | None:
    """The size of an organisation said in the present after "whose" or a relative "which (that, who, and)
    serves (covers, employs, operates)" ("a health system, SSM Health, whose 40,000 employees, 33 hospitals
    and 300 physician clinics serve", "Point32Health, which serves more than 2 million people", "a company
    that serves more than 7,100 agencies", "the module ... covers 40,000 public companies") is what it is,
    no result of the quarter (README: facts about other organisations have no period): the quarter reported
    on, given for want of period words, is dropped. A share only as a share "of" something ("covers 35% of
    our policyholders"; not "orders, which serves 50% year-over-year", a slip for "surged")."""
    if period is not ex.default_period or n.kind is not ClaimKind.ACTUAL:
        return period
    s = n.s
    low, qs = s.lowered, n.qs
    if not any(map(low.__contains__, _ORG_WORDS)):
        return period
    if n.unit.code != "count" and not (n.unit.code == "ratio" and low.startswith(" of ", n.qe)):
        return period
    for m in _ORG_SIZE.finditer(low, max(0, qs - _ORG_REACH), qs):
        if _VERB_BETWEEN.search(low, m.end(), qs) is None and not s.crosses(m.start(), qs):
            return None
    return period


def years_of_tenure(ex: _Extractor, n: Number, period: Period | None) -> Period | None:
    """A span of decades ("for over six decades", "our strongest margin in two decades", "Jim has over four
    decades with our Company") or of years that is an age or a tenure ("more than 20 years old", "over 40
    years with the company", "15 years of industry experience") measures a life, not a result of the quarter
    (README: tenure and ages have no period): the quarter reported on, given for want of period words, is
    dropped."""
    if period is not ex.default_period or n.kind is not ClaimKind.ACTUAL:
        return period
    if "decade" in n.s.lowered[n.qs : n.qe]:  # (a count of decades: the unit reads no "decades")
        return None
    if n.unit.kind is not UnitKind.DURATION:
        return period
    return None if _TENURE_AFTER.match(n.s.lowered, n.qe) is not None else period


@TRIGGERS.needs("cap")
def cap_rate(ex: _Extractor, n: Number, period: Period | None) -> Period | None:
    """A deal's capitalization rate ("sold for $700 million, $1,020 a square foot and a 4.7% cap rate", "seven
    properties ... with a weighted average cap rate of 6.7%") is a term of the deal, no result of a period
    (README: deal terms have no period): the quarter reported on is dropped (a stated year or year-to-date is
    kept: it dates the deals)."""
    if "cap" not in n.s.lowered or n.unit.code != "ratio" or period != ex.default_period:
        return period
    low = n.s.lowered
    if _CAP_RATE_AFTER.match(low, n.qe) is not None:
        return None
    return None if _CAP_RATE_BEFORE.search(low, max(0, n.qs - 80), n.qs) is not None else period


@TRIGGERS.needs(
    "consecutive",
    "straight",
    "first time",
    "best",
    "highest",
    "lowest",
    "strongest",
    "weakest",
    "largest",
    "biggest",
    "fastest",
    "slowest",
    "most",
)  # (the last-time words of cues.last_time_in: "for the first time in five years")
def streak_length(ex: _Extractor, n: Number, period: Period | None) -> Period | None:
    """The length of a streak ("achieving an impressive six consecutive years of quarterly comp sales growth",
    "for 12 straight quarters") counts periods, it is no result of one (README: streaks and histories have no
    period), even when the sentence names the quarter it reports ("Japan maintained momentum in Q3 with comps,
    up 13% achieving six consecutive years of ..."): the period read from the sentence is dropped."""
    return None if _streak(n) else period


# a size said as an adjective of the asset it sizes, the unit in the singular: "our new 160,000 square foot
# Innovation laboratories", "a 200,000 square-foot facility", "the 1,510 megawatt Atlantic Shores project",
# "our 1,033 bed detention center", "a 69,000 acre timberland acquisition", "our 45,000 ton facility" (not
# "64 million square feet" of leases signed or "500 megawatts of solar" added; not "124,000 square foot of new
# leasing", "a 496,000 square foot decline": flows and changes; not "1 megawatt or less", a threshold)
_SIZE_WORDS = ("square", "watt", "acre", "bed", "room", "ton")
_SIZE_ADJECTIVE = re.compile(
    r"\d(?:\s+(?:thousand|million))?[\s-]+(?:square[\s-]foot|megawatt|gigawatt|acre|bed|room|tonne|ton)\b"
)
_SIZE_FLOW = re.compile(
    r"[\s-]+(?:of|or|and|per|hours?|nights?|decline|decrease|increase|reduction|drop|gain|growth|expansion)\b"
)
_SIZE_REACH = 13  # characters after the span: "200,000" is the span of "200,000 square-foot facility"


# ... or any compound of a numeral and a noun joined by a hyphen, the number's last word, before the noun it
# modifies: "our 2,000-person newsroom", "a 12-inch wafer fab", "a 3-mile radius", "the 20-volt drill" (not
# durations, multiples or points: "a 12-month period", "a 3-fold increase", "a 10-point gain"; not a change:
# "a 100-store improvement")
_HYPHEN_ADJECTIVE = re.compile(
    r"\d-(?!(?:years?|months?|weeks?|days?|quarters?|hours?|minutes?|fold|plus|points?|basis|percent|times)\b)"
    r"[a-z]+\s+(?!(?:improvement|than|to)\b)[a-z]"
)


@TRIGGERS.needs(*_SIZE_WORDS, "-")
def size_adjective(ex: _Extractor, n: Number, period: Period | None) -> Period | None:
    """The size of an asset said as its adjective ("the opening of our new 160,000 square foot Innovation
    laboratories", "the 1,510 megawatt Atlantic Shores project", "our 1,033 bed Leavenworth Detention
    Center", "the 2,000-person newsroom") is a physical fact about the asset (README: physical facts about
    assets, "160,000 square foot", nameplate capacity, have no period; product specs, "127-qubit", have
    none), even after a period the sentence names for something else ("the investment we announced last
    quarter in our 130,000 square foot facility"); a size dated after it keeps that date."""
    if period is None or n.unit.code != "count":
        return period
    low = n.s.lowered
    if any(pm.start >= n.qe for pm in n.s.periods):
        return period
    if any(map(low.__contains__, _SIZE_WORDS)):
        m = _SIZE_ADJECTIVE.search(low, n.qs, n.qe + _SIZE_REACH)
        if m is not None and _SIZE_FLOW.match(low, m.end()) is None:
            return None
    m = _HYPHEN_ADJECTIVE.search(low, n.qs, n.qe + _SIZE_REACH)
    if m is None or m.start() >= n.qe:
        return period  # no compound, or one of a word after the number
    return None if _SIZE_FLOW.match(low, low.find(" ", m.start())) is None else period


# a share of a company or an asset held or traded ("a 49% equity interest", "our 5% ownership stake", "a
# 25% working interest", "the remaining 40% stake"; not "3% interest-only notes", "a 4% interest rate")
_STAKE_AFTER = re.compile(
    r"\s+(?:(?:equity|ownership|economic|controlling|non-?controlling|minority|majority|voting|working"
    r"|partnership|membership)\s+)*(?:interest|stake|ownership)s?\b(?![\s-]+(?:only|rates?|expenses?|income"
    r"|costs?|payments?|bearing|earning)\b)"
)


@TRIGGERS.needs("interest", "stake", "ownership")
def stake(ex: _Extractor, n: Number, period: Period | None) -> Period | None:
    """A share held in a company or an asset ("the sale of a 20% equity interest in Sempra Infrastructure to
    KKR", "we acquired a 90% ownership interest in the Jayhawk Wind Farm", "our 5% ownership stake in the
    Summerlin Hospital", "Seneca holds a 25% working interest in this pad") is a term of a deal or of a
    holding, no result of a period (README: deal terms, stakes, have no period): the quarter reported on,
    given for want of period words, is dropped (a date the sentence names is kept, as cap_rate keeps it)."""
    if period is not ex.default_period or n.unit.code != "ratio":
        return period
    low = n.s.lowered
    if "interest" not in low and "stake" not in low and "ownership" not in low:
        return period
    return None if _STAKE_AFTER.match(low, n.qe) is not None else period


# the price of a deal told as one: a verb of buying or selling (or its noun with "of"), what changed hands,
# then "for" and the amount ("we acquired the two warehouses for $41 million", "selling our widget unit to a
# private buyer for approximately $220 million", "for a total consideration of around EUR 1.3 billion", "for a
# sale price of $90 million"; not shares bought back, "bought back 400,000 shares for $31 million", a buyback
# of the quarter; not an average selling price, "sold 900 homes for an average of $410,000")
_DEAL_PRICE_BEFORE = re.compile(
    r"\b(?:acquir(?:e|ed|es|ing)|acquisitions?\s+of|purchas(?:e|ed|es|ing)|bought|buy(?:s|ing)?|sold|sell(?:s|ing)?"
    r"|sale\s+of|divest(?:ed|ing|iture)|dispos(?:ed|ing|al|ition)\s+of|disposition)\b"
    r"(?:(?!\b(?:back|shares?|stock|units|average|per)\b)[^.;:!?]){0,110}?"
    r"\bfor\s+(?:(?:a|an|the)\s+)?(?:(?:total|aggregate|combined|gross|net|purchase|sale|sales)\s+)*"
    r"(?:(?:price|consideration|value)\s+of\s+)?"
    r"(?:(?:approximately|about|around|roughly|nearly|almost|just|over|under|some)\s+)?$"
)
_DEAL_REACH = 170  # characters before the amount: the verb, what changed hands and "for"
_FOR_REACH = 45  # ... of which the last: "for a total consideration of approximately "


@TRIGGERS.needs("acqui", "purchas", "bought", "buy", "sold", "sell", "sale", "divest", "dispos")
def deal_price(ex: _Extractor, n: Number, period: Period | None) -> Period | None:
    """The price paid or received in a deal told as a deal ("we acquired the two warehouses for $41 million",
    "we sold the tower for $600 million") is a term of the deal, no flow of the quarter (README: deal terms,
    prices, have no period): the quarter reported on, given for want of period words, is dropped. A sentence
    that names a period dates the deal and keeps it ("in the quarter we sold the depot for $23 million"), as
    cap_rate and stake keep a named date."""
    if period is not ex.default_period or n.unit.kind is not UnitKind.CURRENCY or n.s.periods:
        return period
    low = n.s.lowered
    # (cheap first: most amounts have no "for" right before them)
    if low.find("for ", max(0, n.qs - _FOR_REACH), n.qs) < 0:
        return period
    return None if _DEAL_PRICE_BEFORE.search(low, max(0, n.qs - _DEAL_REACH), n.qs) is not None else period


@TRIGGERS.needs("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve")
def set_count_carried(ex: _Extractor, n: Number, period: Period | None) -> Period | None:
    """A small count of a set ("We expect to benefit from broad-based growth in all three businesses") in a
    sentence that names no period has none (README: small list counts have no period), though the sentence
    takes a period from the one before it (a forecast going on): the set is not the forecast's. (A sentence
    naming a period is an open question of the README; reported_quarter reads the quarter's default.)"""
    if period is None or n.s.periods or not _set_count(n):
        return period
    return None


# a standing target named by its level: "our $3 billion to $4 billion target buffer", "above our 360%
# target", "toward our 10% target", "our 50% to 60% payout target" (the level, then at most two words, then
# "target"; before it a possessive or "the", not an "original" or "initial" target, a plan for one year)
_TARGET_NOUN_AFTER = re.compile(r"(?:\s+[a-z-]+){0,2}?\s+targets?\b")
_TARGET_NOUN_BEFORE = re.compile(r"\b(?:our|its|their|the)\s+(?:(?!original|initial|prior)[a-z-]+\s+){0,2}$")


def standing_target_level(ex: _Extractor, n: Number, period: Period | None) -> Period | None:
    """A target named by its level right before the word "target" ("ended the first quarter with cash of
    $3.8 billion near the top end of our $3 billion to $4 billion target buffer", "our RBC ratio was 392% at
    year end 2020 and comfortably above our 360% target") stands with no period (README: a standing target
    or buffer with no period words `target` with no period): the period the sentence names for the actual
    before it is not the target's. A target dated after it ("our 90% target for the full year") keeps that
    date."""
    if n.kind is not ClaimKind.TARGET or period is None or "target" not in n.s.lowered:
        return period
    low, qs, qe = n.s.lowered, n.qs, n.qe
    if _TARGET_NOUN_AFTER.match(low, qe) is None:
        return period
    if _TARGET_NOUN_BEFORE.search(low, max(0, qs - 40), qs) is None:
        return period
    return period if any(pm.start >= qe for pm in n.s.periods) else None


def _vague_span(n: Number) -> bool:
    """Whether a number's clause runs over a span with no ends ("$18 billion of future development over the
    next several years", "15 million synergies over the coming years", "the double-digit growth trend we've
    seen over the last several quarters", "a leverage of 25% to 26% over time")."""
    low = n.s.lowered
    if not any(map(low.__contains__, _VAGUE_WORDS)):
        return False
    m = _VAGUE_SPAN.search(low, n.qe)
    if m is None or m.start() > n.qe + _VAGUE_REACH or n.s.crosses(n.qe, m.start()):
        return False
    between = low[n.qe : m.start()]
    return "," not in between and " and " not in between  # "80% leased and the rest in the coming months"


def _aspired(n: Number) -> bool:
    """Whether a number is what the company strives for, with no date ("well on our way to becoming a $15
    billion revenue company", "our commitment is to reduce emissions intensity by 35%", "we remain committed
    to achieving 21% to 23% operating margins", "our strategy to increase wages to $15 per hour")."""
    low, qs = n.s.lowered, n.qs
    if not any(map(low.__contains__, _ASPIRE_WORDS)):
        return False
    m = _ASPIRED.search(low, max(0, qs - _ASPIRE_REACH), qs)
    if m is None or n.s.crosses(m.start(), qs):
        return False
    # "committed to returning cash and recently expanded the program by $600 million": a deed of its own
    return _AND_DONE.search(low, m.end(), qs) is None


def _effect(n: Number) -> bool:
    """Whether a rate is what a product or program does, said in the present ("an engine which reduces fuel
    consumption by 17%", "an approach that lowers emergency room visits by 18%", "helps reduce cycle time by
    25%"): a standing effect, no result of the period."""
    if n.unit.code not in ("ratio", "pp", "multiple"):
        return False
    low, qs = n.s.lowered, n.qs
    m = _EFFECT.search(low, max(0, qs - _EFFECT_REACH), qs)
    return m is not None and not n.s.crosses(m.start(), qs)


def _streak(n: Number) -> bool:
    """Whether a number is the length of a streak ("marking 17 consecutive years of dividend increases", "for
    12 straight quarters"): it counts periods, it is not a result of one."""
    if n.unit.kind is not UnitKind.DURATION:
        return False
    # (also told by when its like last happened: "for the first time in five years", cues.last_time_in)
    return STREAK.search(n.s.lowered, n.qs, n.qe) is not None or last_time_in(n.s.lowered, n.qs)


def _set_count(n: Number) -> bool:
    """Whether a number is a small count of a set the company (or anyone) has, not a result of the period:
    "all five vectors of growth", "in each of our three segments", "integrating the two acquisitions",
    "two of the three legs" (a word count after "all", "each of our", "the", "our", "these"). Not a set that
    leads the sentence as the subject of the period's results ("All three segments delivered growth"; not
    "All three aircraft have unique capabilities")."""
    if n.metric is not None or n.unit.code != "count":
        return False
    low, qs = n.s.lowered, n.qs
    if _SMALL_WORD.match(low, qs) is None:
        return False
    m = _SET_BEFORE.search(low, max(0, qs - 20), qs)
    if m is None:
        return False
    if m.start() == 0 and low.startswith(("all", "each")):  # the subject: of results, or of a standing fact
        return _RESULT_VERB.search(low, n.qe, n.qe + _RESULT_REACH) is None
    return True


@TRIGGERS.needs("finish", "end", "clos", "exit")
def closed_year_flow(ex: _Extractor, n: Number, period: Period | None) -> Period | None:
    """On a call about the quarter that closes the fiscal year, what a sum over time or a rate "finished the
    year" at ("We finished the year with total company revenue of $15.3 billion", "grew operating profit by
    $4.4 billion, finishing the year at $13.1 billion") is the year's; a balance the year ended with ("ended
    the year with $3 billion in cash") stays the quarter's."""
    reported = ex.reported
    if (
        period is not None
        or n.kind is not ClaimKind.ACTUAL
        or reported is None
        or reported.fiscal_quarter != 4
        or n.metric is None
        or "year" not in n.s.lowered
        or _CLOSED_YEAR.search(n.s.lowered) is None
    ):
        return period
    metric = ex.lex.get(n.metric)
    if metric is None or metric.nature not in ("flow", "rate") or reported.fiscal_year is None:
        return period
    return fiscal_year(ex.calendar, reported.fiscal_year)


@TRIGGERS.needs("finish", "end", "clos", "exit")
def closed_year_balance(ex: _Extractor, n: Number, period: Period | None) -> Period | None:
    """On a call about the quarter that closes the fiscal year, a balance the year "ended (finished) with"
    ("ended the year with $3 billion of cash on hand, even after the retirement of $685 million of debt in
    2021", "ended the year with net debt of $880 million", "ended the fiscal year with 1,302 boutiques") is
    the level at the close of that quarter (the README's year-end balances on a fourth-quarter call), though
    the sentence names the year; not what moved ("reduced net debt by $1.2 billion"), nor a sum over time
    (closed_year_flow)."""
    reported = ex.reported
    if (
        period is None
        or period.kind is not PeriodKind.YEAR
        or n.kind is not ClaimKind.ACTUAL
        or reported is None
        or reported.fiscal_quarter != 4
        or reported.fiscal_year is None
        or n.metric is None
        or "year" not in n.s.lowered
    ):
        return period
    metric = ex.lex.get(n.metric)
    if metric is None or metric.nature not in _AT_A_DATE:
        return period
    if period != fiscal_year(ex.calendar, reported.fiscal_year):
        return period
    low, qs = n.s.lowered, n.qs
    ends = [m.end() for m in _CLOSED_YEAR.finditer(low, 0, qs)]
    if not ends or qs - ends[-1] > _CLOSED_YEAR_REACH or n.s.crosses(ends[-1], qs):
        return period
    # the first figure after it ("ended the year with $3 billion of cash, even after the retirement of $685
    # million of debt in 2021": the debt retired is the year's)
    if ex._between(n.s, ends[-1], qs) or _balance_moved(ex, n):
        return period
    return reported


def _closed_year_of_quarter(ex: _Extractor, n: Number, period: Period | None) -> Period | None:
    """The fiscal year the reported quarter closes, when `n` is an actual on a fourth-quarter call still dated
    that quarter, as reported_quarter (or a phrase before) left it; else None. The quarter is compared by its
    dates, as a quarter named in the sentence ("26% in the fourth quarter and 23% in the year") carries a
    note on its year. Shared by in_the_closed_year and closed_year_opener."""
    reported = ex.reported
    if (
        n.kind is not ClaimKind.ACTUAL
        or reported is None
        or reported.fiscal_quarter != 4
        or reported.fiscal_year is None
        or period is None
        or (period.start, period.end) != (reported.start, reported.end)
    ):
        return None
    return fiscal_year(ex.calendar, reported.fiscal_year)


@TRIGGERS.needs("year")
def in_the_closed_year(ex: _Extractor, n: Number, period: Period | None) -> Period | None:
    """On a call about the quarter that closes the fiscal year, an actual the year is named for right after
    it ("loans increasing $350 million during the year", "we returned $185 million to shareholders during the
    year", "grew premiums by 26% in the fourth quarter and 23% in the year") is the whole year's, not the
    quarter's (find_periods does not read "in the year": earlier in the year it is the year so far). Not what
    dates nothing ("all three of these priorities throughout the year": see reported_quarter)."""
    if " year" not in n.s.lowered:  # (cheap first: "the year", "the full year", "the fiscal year")
        return period
    year = _closed_year_of_quarter(ex, n, period)
    if year is None or (
        _IN_THE_YEAR.match(n.s.lowered, n.qe) is None and _FOR_THE_YEAR.match(n.s.lowered, n.qe) is None
    ):
        return period
    return year


# "During the year, we repurchased 3.8 million shares", "Over the course of the year, we repurchased": the
# year named before the number, as the sentence's opening (after "and", "also", "overall", "so" or "now")
_YEAR_OPENER = re.compile(
    r"(?:(?:and|also|overall|so|now)\s*,?\s+)?(?:during|over|throughout|over\s+the\s+course\s+of)\s+"
    r"the\s+(?:full\s+)?(?:fiscal\s+)?year\s*,?\s"
)


@TRIGGERS.needs("year")
def closed_year_opener(ex: _Extractor, n: Number, period: Period | None) -> Period | None:
    """On a call about the quarter that closes the fiscal year, an actual in a sentence that opens with the
    year ("During the year, we returned approximately $2.4 billion of capital to shareholders", "Over the
    course of the year, we repurchased nearly 22 million shares") is the whole year's, as in_the_closed_year
    reads the year named right after the number; find_periods does not read "during the year" (earlier in the
    year it is the year so far). Not a number after another period phrase ("... and we ended Q4 with $4.5
    billion")."""
    if _YEAR_OPENER.match(n.s.lowered) is None or any(
        pm.start < n.qs
        for pm in n.s.periods  # "During the year, and in Q4 alone, we ..."
    ):
        return period
    year = _closed_year_of_quarter(ex, n, period)
    return period if year is None else year


def year_section(ex: _Extractor, n: Number, period: Period | None) -> Period | None:
    """An actual left to the quarter reported on, in a sentence naming no period but comparison bases before
    it, under a sentence that turned to a longer stretch closing with that quarter ("Now, let me comment on
    our full year 2021 results. ... Operating margin was 13.5%, an increase of 320 basis points."): that
    stretch (`_Extractor._section_stretch`)."""
    reported = ex.reported
    if reported is None or period is not ex.default_period or n.kind is not ClaimKind.ACTUAL:
        return period
    if reported.fiscal_year is None or reported.fiscal_quarter in (None, 1):
        return period  # no stretch before a first quarter (_section_stretch's first test, read first)
    s = n.s
    if s.prev_span is None or "quarter" in s.lowered:
        return period  # "Sales for the quarter totaled $206 million" (a phrase find_periods does not read)
    if any(pm.period.end >= reported.start for pm in s.periods):
        return period
    metric = ex.lex.get(n.metric) if n.metric is not None else None
    if metric is not None and metric.nature in _AT_A_DATE and not _balance_moved(ex, n):
        return period  # "we ended the year with approximately $3 billion in cash": the closing balance
    if "year" in s.lowered and _CLOSED_YEAR.search(s.lowered) is not None:
        return period  # a balance the year ended with (closed_year_flow took the sums)
    stretch = ex._section_stretch(s)
    if stretch is None or any(pm.period.end >= stretch.start for pm in s.periods):
        return period
    if s.start in ex.to_date_sections and TOLD_RESULT.search(s.lowered, 0, n.qs) is None:
        return period  # "Year-to-date, traffic is up 10%. Our injury rate is 0.8%": a state, no sum
    return stretch


def _balance_moved(ex: _Extractor, n: Number) -> bool:
    """Whether an amount of a balance is what it moved by, not its level: a change ("we reduced our pension
    liabilities by $7.8 billion", "added 2 million customers" read by `_Extractor._moves`) or an amount paid
    off ("paying off $2.55 billion of long-term debt", "we repaid $500 million of notes"). In a look back at
    the year, a flow over the year, as the README gives a change the period reported."""
    low, qs = n.s.lowered, n.qs
    if _REPAID.search(low, max(0, qs - _REPAID_REACH), qs) is not None:
        return True
    if " by" in low and _BALANCE_BY.search(low, max(0, qs - _BALANCE_BY_REACH), qs) is not None:
        return True
    return ex._moves(n.s, qs, n.qe)


def _limit(n: Number) -> bool:
    """Whether a number is a limit, "up to N" / "as much as N": what something can hold or may reach ("built
    to use up to 70% hydrogen", "may issue up to $1 billion of bonds"), not a result of the period."""
    low, qs = n.s.lowered, n.qs
    words = ("up to ", "as much as ")
    if not (n.qm.text[:11].lower().startswith(words) or low.endswith(words, 0, qs)):
        return False
    # "projects that add up to $75 million", "brings the total savings up to $90 million": a sum, a level;
    # "renewal rate change was up to 7.9%", ", up to $12 billion or 9%": "up" is a change, "to" its level
    lead = low[max(0, qs - _SUMS_UP_REACH) : qs]
    return _SUMS_UP.search(lead) is None and _ROSE_TO.search(lead) is None


def _against_group(ex: _Extractor, n: Number) -> bool:
    """Whether a number is an outcome against a comparison group ("69% fewer faults than circuits without
    it", "33% more hot metal per day than our two older furnaces", "100 basis points better than the
    national average"): a comparative right after it, then "than" and something that is no time, no plan
    and no norm ("5% higher than last year", "than expected", "than normal" keep the quarter); not a change
    ("grew 5% more than the market")."""
    s, qe = n.s, n.qe
    low = s.lowered
    if "than" not in low:
        return False
    m = _COMPARATIVE.match(low, qe)
    if m is None or _OWN_YARDSTICK.match(low, m.end()) is not None:
        return False
    if _PLAN_WORDS.search(low, m.end(), m.end() + _PLAN_REACH) is not None:
        return False
    if any(pm.start < m.end() + _GROUP_REACH and m.start() < pm.end for pm in s.periods):
        return False  # "10% higher than in the same quarter of 2019"
    return not ex._moves(s, n.qs, qe)


def named_guidance_forecast(ex: _Extractor, n: Number, period: Period | None) -> Period | None:
    """A forecast naming the guidance it gives ("an organic growth forecast of 10% to 12%"): the guided
    year."""
    if (
        period is None
        and n.kind is ClaimKind.GUIDANCE
        and ex.reported is not None
        and ex._named_guidance(n.s, n.qs)
        and not ex._undated(n.s, n.qs, n.qe)
    ):
        return ex._guided_year()
    return period


@TRIGGERS.needs("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")
def discourse_count(ex: _Extractor, n: Number, period: Period | None) -> Period | None:
    """A small count of the parts of a talk or a plan ("two examples of how", "There are three key takeaways",
    "Our Q4 EPS was impacted by two items", "five levers will fuel our growth") has no period, even when the
    sentence names one: it counts what the speaker lists, not what the period brought. Not "two new areas"."""
    if period is None or n.metric is not None or n.unit.code != "count":
        return period
    m = _DISCOURSE.match(n.s.lowered, n.qs)
    return None if m is not None and m.end() <= n.qe else period


def _year_through(ex: _Extractor, n: Number, period: Period | None) -> int | None:
    """For a year `period` in a sentence saying "through" (or "thru"), the fiscal year the document is written
    in (a fourth-quarter call is held in the next one), where a rate "through" a later year starts; else
    None. Shared by rate_through_year and rate_then_through_year."""
    reported = ex.reported
    if (
        reported is None
        or period is None
        or period.kind is not PeriodKind.YEAR
        or period.fiscal_year is None
        or "thr" not in n.s.lowered
        or reported.fiscal_year is None
        or reported.fiscal_quarter is None
    ):
        return None
    return reported.fiscal_year + 1 if reported.fiscal_quarter == 4 else reported.fiscal_year


def _after_through(low: str, start: int) -> int:
    """Where a year's phrase starting at `start` begins once a leading "through " / "thru " is skipped
    (find_periods may take the word into the year's phrase)."""
    return start + (8 if low.startswith("through ", start) else 5 if low.startswith("thru ", start) else 0)


@TRIGGERS.needs("thr")
def rate_through_year(ex: _Extractor, n: Number, period: Period | None) -> Period | None:
    """A growth rate "through" a later year is a rate over the years up to it: from the year the document is
    written in ("a double-digit CAGR through 2024" on a 2021 call: 2021-2024), or from the year after one the
    sentence names before it ("a decline in 2022, followed by double-digit growth through 2024": 2023-2024).
    After the kind: the kind is read on the later year (a forecast), not on a span begun already."""
    first = _year_through(ex, n, period)
    if first is None or period is None:
        return period
    low = n.s.lowered
    for pm in n.s.periods:
        p = pm.period
        if p.kind is not PeriodKind.YEAR or p.fiscal_year is None:
            continue
        if p == period:
            at = _after_through(low, pm.start)
            if p.fiscal_year > first and _RATE_THROUGH.search(low, max(0, at - 48), at) is not None:
                return year_span(fiscal_year(ex.calendar, first), period)
            return period
        if first <= p.fiscal_year:
            first = p.fiscal_year + 1  # "a decline in 2022, followed by growth through 2024"
    return period


# what makes a forecast % a yearly rate: "annual organic revenue growth of 2% to 4% through 2023", "7% to 9%
# average annual growth target through 2025", "dividend by more than 5% annually, through 2026"
_RATE_WORD = re.compile(
    r"\b(?:cagr|growth|grow(?:s|ing)?|annual(?:ly|ized)?|compound\w*|per\s+year|a\s+year)\b"
)
# the words between the rate and "through": no period, no new clause ("5% to 7% through 2023", "6.5% operating
# earnings per share growth guidance through 2026")
_RATE_TO_THROUGH = re.compile(r"(?:\s+[\w&'’-]+){0,8}?,?\s+(?:through|thru)\s+$")


@TRIGGERS.needs("thr")
def rate_then_through_year(ex: _Extractor, n: Number, period: Period | None) -> Period | None:
    """A forecast growth rate with "through" a later year after it ("we are targeting annual organic revenue
    growth of 2% to 4% through 2023", "the same 6.5% operating earnings per share growth guidance through
    2026", "near-term annual growth of 5% to 7% through 2023") is a rate over the years up to it, as
    rate_through_year reads "growth through 2024" with the rate before it: from the year the document is
    written in. Not an actual ("we reduced maturities through 2024 by 6%"), an amount ("capex through 2024
    of $600 million": a total or a yearly figure) or a % with no rate word near ("20% rolling through
    2022")."""
    if n.kind is ClaimKind.ACTUAL or n.qm.quantity.unit.kind is not UnitKind.RATIO:
        return period
    first = _year_through(ex, n, period)
    if first is None or period is None or period.fiscal_year is None:
        return period
    low = n.s.lowered
    for pm in n.s.periods:
        if pm.period != period or pm.start < n.qe:
            continue
        through = _after_through(low, pm.start)
        if through == pm.start and not low.endswith(("through ", "thru "), 0, pm.start):
            return period
        if period.fiscal_year <= first or _RATE_TO_THROUGH.fullmatch(low, n.qe, through) is None:
            return period
        if any(n.qe <= o.start < pm.start for o in n.s.periods):
            return period  # another period between: "growth of 5% in 2022 and 7% through 2024"
        if _RATE_WORD.search(low, max(0, n.qs - 60), through) is None:
            return period
        return year_span(fiscal_year(ex.calendar, first), period)
    return period


@TRIGGERS.needs("opportunit", "addressable")
def sized_opportunity(ex: _Extractor, n: Number, period: Period | None) -> Period | None:
    """The size of an opportunity or of a market the company could address has no period (README: opportunity
    sizes have no period), even when the sentence dates something else before it ("an EMD contract in 2022
    with an overall lifetime opportunity of up to $3 billion"); a size dated after it ("a $5 billion
    addressable market by 2025") keeps that date."""
    if period is None or n.kind is not ClaimKind.ESTIMATE:
        return period
    s = n.s
    if "opportunit" not in s.lowered and "addressable" not in s.lowered:
        return period
    if any(pm.start >= n.qe for pm in s.periods) or not ex._sized(s, n.qs, n.qe):
        return period
    return None


def term_or_tenure(ex: _Extractor, n: Number, period: Period | None) -> Period | None:
    """The term of an agreement or of a study's follow-up said as its adjective ("charges tied to a new
    four-year labor agreement", "In the third quarter, ... we did seven-year contracts", "the one-year
    follow-up data") and a tenure in the present perfect ("UPMC has been a pharmacy client for 16 years",
    "I've been working in this company for 30 years") say what a deal, a study or a tie is, no result of a
    period (README: adjective durations, clinical-study durations, tenure and partnership lengths have no
    period), even after a period the sentence names for the deal ("In the third quarter"): the period is
    dropped. A period phrase after the number dates it and is kept."""
    if period is None or n.unit.kind is not UnitKind.DURATION:
        return period
    if any(pm.start >= n.qe for pm in n.s.periods):
        return period
    # the claim filter's own tests (cues.term_adjective, cues.tenure), so filter and period agree
    low, qs, qe = n.s.lowered, n.qs, n.qe
    return None if term_adjective(low, qs, qe) or tenure(low, qs, qe) else period


@TRIGGERS.needs("doubl")
def planned_multiple(ex: _Extractor, n: Number, period: Period | None) -> Period | None:
    """A multiple planned or under way, said as the bare "to double" or "doubling" ("constructing a new
    concentrator to double production at the mine", "by doubling our reinvestment standard"), with no period
    words in its sentence is a plan with no date, no result of the quarter reported on (README: open horizons
    and targets with no span have no period): the quarter given for want of period words is dropped; a period
    the sentence names ("on track to double that by the end of the year") is kept."""
    if period is None or n.s.periods or n.unit.code != "multiple":
        return period
    # the bare word only: "more than double prior-year levels", "close to double pre-pandemic levels" and
    # "more than doubling our space" are results
    span = n.s.lowered[n.qs : n.qe]
    if not (span == "doubling" or (span == "double" and n.s.lowered.endswith("to ", 0, n.qs))):
        return period
    return None if period == ex.default_period else period


# The year a fourth-quarter call closes, named anywhere in a sentence as what happened in it ("we returned
# $32 billion in capital during the year", "what a strong year the consumer bank has had", "to round out an
# outstanding year"); not a part of it or the year ahead ("earlier (later) in the year", "the year ago", "the
# year before"), nor "year over year"; not "over the year", said of a change across it ("our ROTCE was 15%,
# ROA was 88 basis points, both of which improved nicely over the year": the levels at its close)
_YEAR_TOLD = re.compile(
    r"\b(?:(?<!earlier )(?<!later )(?<!early )(?<!late )"
    r"(?:in|during|throughout)\s+the\s+(?:full\s+)?(?:fiscal\s+|calendar\s+)?year\b"
    r"(?![-'’]|\s+(?:ago|end|before|prior|earlier|ahead|to\s+come|that|which|when|to|of|after)\b)"
    r"|(?:a|an|the|this)\s+(?:very\s+)?(?:strong|record|great|outstanding|good|solid|remarkable|exceptional|"
    r"successful|tremendous|terrific|historic|busy|challenging|difficult|tough)(?:-breaking)?\s+year\b(?!['’-]))"
)
# a plan for a year ("planned in the fiscal year", "expect to realize late in the fiscal year", "It also
# assumes ... during the year"), the next one: not the year just closed
_YEAR_AHEAD = re.compile(r"next year|coming year|\bwill\b|expect|\bplan|assum|going to")
# a state at the close or today ("Tortue phase one around 70% complete at year end", "46% of our Board
# members now are women", "our current spread ... is in excess of 1%") or a change since an event: no sum
# over the year
_STATE_WORDS = re.compile(r"year[- ]end|\bnow\b|\bcurrent|\bsince\b|\btoday\b")
# a sentence that speaks of a quarter or a month is not about the whole year alone
_PART_OF_YEAR = re.compile(r"quarter|\bq[1-4]\b|month|half|\b(?:first|second|third|fourth)\b|week")


@TRIGGERS.needs("year")
def year_told_on_closing_call(ex: _Extractor, n: Number, period: Period | None) -> Period | None:
    """On a call about the quarter that closes the fiscal year, an actual left to that quarter in a sentence
    that speaks of the year just closed and of no part of it ("we produced a 17% ROTCE for you, and we
    returned $32 billion in capital during the year", "what a strong year the consumer bank has had as they
    generated nearly $12 billion of earnings", "This is $1.76 ahead of our prior guide to round out an
    outstanding year") is the year's, as in_the_closed_year reads the year named right after the number. Not
    a sentence naming a quarter, a half or a month, nor another period phrase, nor a balance at a date (the
    quarter's close: "ended the year with $3 billion in cash")."""
    if period is None or "year" not in n.s.lowered:  # (cheap first)
        return period
    year = _closed_year_of_quarter(ex, n, period)
    if year is None or n.s.periods:
        return period
    low = n.s.lowered
    if _YEAR_TOLD.search(low) is None or _PART_OF_YEAR.search(low) is not None:
        return period
    if any(r.search(low) is not None for r in (_CLOSED_YEAR, _YEAR_AHEAD, _STATE_WORDS)):
        return period
    metric = ex.lex.get(n.metric) if n.metric is not None else None
    if metric is not None and metric.nature in _AT_A_DATE and not _balance_moved(ex, n):
        return period
    return year


# a count said only as its magnitude in the plural: "billions of people", "hundreds of miles", "tens of
# thousands of suppliers", "tens of billions of dollars" (the span starts with the magnitude word)
_MAGNITUDE_PLURAL = re.compile(
    r"(?:(?:tens|hundreds|dozens)\s+of\s+)?(?:tens|hundreds|thousands|millions|billions)\s+of\b"
)


@TRIGGERS.needs("tens", "hundreds", "thousands", "millions", "billions")
def vague_magnitude(ex: _Extractor, n: Number, period: Period | None) -> Period | None:
    """A count said only as a magnitude in the plural ("helping to connect billions of people", "the data
    often has to travel hundreds of miles", "to onboard and monitor tens of thousands of suppliers", "the
    budget calls for tens of billions of dollars") sizes a reach or a market, no result of the quarter
    (README: opportunity sizes, facts about other organisations have no period): the quarter reported on,
    given for want of period words, is dropped; a period the sentence names is kept. (A quarter named in words
    find_periods does not read is lost: "hired thousands of new associates over the past quarter".)"""
    if period is not ex.default_period or n.s.periods:
        return period
    return None if _MAGNITUDE_PLURAL.match(n.s.lowered, n.qs) is not None else period


# the consequence of a condition: "if we can recover just 10% to 20% of this material, it would be like
# having a major new mine" (not "would have": a past result adjusted, "we would have realized 180 basis
# points")
_WOULD = re.compile(r"\b(?:would|could)\s+(?!have\b)")


@TRIGGERS.needs("if")
def hypothetical(ex: _Extractor, n: Number, period: Period | None) -> Period | None:
    """A number in a sentence that opens with a condition and says what "would" follow ("And if we can recover
    just 10% to 20% of this material, it would be like having a major new mine", "If rates rose 100 basis
    points, net interest income would rise by $2 billion") is a hypothetical, no result of the quarter
    (README: hypothetical outputs have no period): the quarter reported on, given for want of period words,
    is dropped."""
    if period is not ex.default_period or n.s.periods:
        return period
    low = n.s.lowered
    head = low[:12].lstrip()
    if not (head.startswith("if ") or head.startswith("and if ") or head.startswith("but if ")):
        return period
    return None if _WOULD.search(low) is not None else period


# what a subject can do, right before the number: "the technology can reduce emissions by 20%", "capable of
# producing 750 million cans a year", "we can develop 131,000 square feet" (not "you can take $260 million":
# a reckoning; not "were able to", a result)
_CAPABLE = re.compile(r"(?:\bcapable of|(?<!you )\bcan)\s+(?:[a-z-]+\s+){1,3}(?:by\s+)?$")


@TRIGGERS.needs("can", "capable")
def capability(ex: _Extractor, n: Number, period: Period | None) -> Period | None:
    """A number a sentence gives as what a subject can do ("a new production line capable of producing 750
    million cans a year", "the new coating can reduce energy use by 20%") is a
    capability, no result of the quarter (README: product specs, capabilities have no period): the quarter
    reported on, given for want of period words, is dropped."""
    if period is not ex.default_period or n.s.periods:
        return period
    low, qs = n.s.lowered, n.qs
    return None if _CAPABLE.search(low, max(0, qs - 50), qs) is not None else period


# a size that defines a category of deals, customers or claims, right before the amount: "deals greater than",
# "14 deals over", "customers paying us over", "clients with annual revenue over", "relationships under", "the
# number of life insurance claims of greater than" (not "nine deals totaling over $325 million": a sum; "of"
# only after "number of": "contracts of more than $1 billion" is what was signed)
_CATEGORY_NOUN = re.compile(
    r"\b(?:deals|customers|clients|accounts|contracts|claims|transactions|relationships|households|cds)\s+"
    r"(?:(?:with|each|that|who)\s+)?(?:(?:annual\s+)?(?:revenues?|spend|acv|arr)\s+)?"
    r"(?:(?:spending|generating|paying(?:\s+us)?|contributing|valued\s+at|worth|(?P<of>of))\s+)?"
    r"(?P<cmp>(?:(?:greater|more|larger|bigger|less)\s+than|over|above|under|below|in\s+excess\s+of|exceeding"
    r"|at\s+least)\s+)?$"
)
_THRESHOLD_LEAD = re.compile(
    r"(?:(?:greater|more|larger|bigger|less)\s+than|over|above|under|below|in\s+excess\s+of|exceeding|at\s+least)\s"
)
_CATEGORY_REACH = 70
_CATEGORY_WORDS = ("deals", "customers", "clients", "accounts", "contracts", "claims", "transactions",
                   "relationships", "households", "cds")  # fmt: skip


@TRIGGERS.needs(*_CATEGORY_WORDS)
def category_threshold(ex: _Extractor, n: Number, period: Period | None) -> Period | None:
    """An amount that defines a category ("the number of deals greater than $1 million was 51", "with 14
    deals over $1 million", "62 customers paying us over $10 million in ACV", "the number of customers
    generating more than $1 million in revenue", "CDs over $250,000") is a threshold, no result of a period
    (README, decided 2026-12-03: thresholds that define a category have no period); the count of the
    category ("51", "14 deals") keeps its period."""
    if period is None or n.unit.code != "USD":
        return period
    low, qs = n.s.lowered, n.qs
    if not any(map(low.__contains__, _CATEGORY_WORDS)):
        return period
    m = _CATEGORY_NOUN.search(low, max(0, qs - _CATEGORY_REACH), qs)
    if m is None or n.s.crosses(m.start(), qs):
        return period
    if m.group("cmp") is None and _THRESHOLD_LEAD.match(n.qm.text.lower()) is None:
        return period  # "deals of $1 million": no comparative, a level
    if m.group("of") is not None and "number of" not in low[: m.start()]:
        return period
    return None


# a buyback authorization left: "$697 million of share repurchase authorization remaining", "5 billion
# remaining on our authorization", "$220 million of remaining share repurchase authorization" (after the
# amount); "the remaining share repurchase authorization was $1.7 billion", "remaining authorization of
# approximately $2.5 billion" (before it)
_LEFT_AFTER = re.compile(
    r"\s+(?:of\s+)?(?:(?:share|stock|common|repurchase|buyback|the|our|its)\s+)*(?:authori[sz]ation\s+)?"
    r"(?:remaining|left)\b"
)
_LEFT_BEFORE = re.compile(
    r"\bremaining\s+(?:(?:share|stock|repurchase|buyback)\s+)*authori[sz]ation\b[^$\d]{0,40}$"
)
_BUYBACK_WORDS = ("authori", "repurchase", "buyback")


@TRIGGERS.needs("remain", "left")
def remaining_authorization(ex: _Extractor, n: Number, period: Period | None) -> Period | None:
    """What is left of a buyback authorization ("which leaves us with $697 million of share repurchase
    authorization remaining", "we had a little more than $800 million remaining under the previously
    authorized repurchase program", "the remaining share repurchase authorization was $1.7 billion") is room
    the board granted, no result of a period (README, decided 2026-12-03: a remaining buyback authorization
    has no period), even on a date the sentence names ("As of June 30, there was $312 million of ...")."""
    if period is None or n.unit.code not in ("USD", "count"):
        return period
    low, qs, qe = n.s.lowered, n.qs, n.qe
    if "remain" not in low and "left" not in low:
        return period
    if not any(map(low.__contains__, _BUYBACK_WORDS)):
        return period
    if _LEFT_AFTER.match(low, qe) is not None:
        return None
    m = _LEFT_BEFORE.search(low, max(0, qs - 90), qs)
    return None if m is not None and not n.s.crosses(m.start(), qs) else period


# a rank said right before a count or a share: "our top six markets", "the big five markets", "our largest two
# customers", "in the top 5% of the S&P 500" (the span may hold "top": "top 10%")
_RANK_BEFORE = re.compile(r"\b(?:top|big|largest|biggest)\s+$")


@TRIGGERS.needs("top", "big", "largest")
def rank_count(ex: _Extractor, n: Number, period: Period | None) -> Period | None:
    """A rank count ("drive-thru sales across our top six markets continue to stay elevated", "the big five
    markets within the segment", "a slowdown of our largest two customers", "puts us in the top 5% of the S&P
    500") says which members are counted, no result of a period (README, decided 2026-12-03: rank counts are
    claims with no period), even when the sentence dates what they did."""
    if period is None or n.unit.code not in ("count", "ratio"):
        return period
    low, qs = n.s.lowered, n.qs
    if _RANK_BEFORE.search(low, max(0, qs - 9), qs) is None and not low.startswith("top ", qs):
        return period
    return None


# a program done or used up before its size: "we completed the $725 million share repurchase authorization",
# "the completion of a $200 million share buyback program", "we will fully use the remaining $291 million",
# "we entered into a $75 million accelerated share repurchase program" (paid when entered)
_PROGRAM_DONE = re.compile(
    r"\b(?:complet(?:e|ed|es|ing|ion)|finish(?:ed)?|executed|fully\s+use|exhaust(?:ed)?|entered\s+into)\b"
)
_PROGRAM_DONE_REACH = 60


@TRIGGERS.needs("purchase", "buyback")
def program_size(ex: _Extractor, n: Number, period: Period | None) -> Period | None:
    """The size of a buyback program or authorization, named right before it ("the initiation of a dividend
    starting in the second quarter of 2022 as well as a $2.5 billion share repurchase program", "the Board
    authorized the $250 million share repurchase program effective September 10", "under our $50 million
    stock repurchase program") is room the board granted, no result of a period (README: authorizations have
    no period; `_Extractor._program_size` reads it an actual). Not a program done or used up ("we completed
    the $725 million share repurchase authorization in 2019"): that is what was bought back."""
    if period is None or not ex._program_size(n.s, n.qe):
        return period
    low, qs = n.s.lowered, n.qs
    m = _PROGRAM_DONE.search(low, max(0, qs - _PROGRAM_DONE_REACH), qs)
    return period if m is not None and not n.s.crosses(m.start(), qs) else None


# a commodity price assumed: "at $80 WTI", "assuming $80 WTI and $4 Henry Hub", "using flat commodity prices
# of $40 oil and $2.50 natural gas", "at $4.50 natural gas prices", "sub $40 oil" (not "a $9 million natural
# gas revenue increase": an amount, not a unit price)
_PRICE_DECK_AFTER = re.compile(
    r"\s+(?:wti|brent|henry\s+hub|oil|crude|natural\s+gas|gas)(?:\s+(?:prices?|price\s+deck|deck))?\b"
    r"(?!\s+(?:revenues?|sales|volumes?|production|reserves|business|segment|utility|rate)\b)"
)
_PRICE_DECK_BEFORE = re.compile(
    r"\b(?:at|assuming|assumes|assumed|using|of|sub|and)\s+(?:an?\s+|the\s+(?:same\s+)?)?(?:flat\s+)?$"
)
_PRICE_WORDS = ("wti", "brent", "henry hub", "oil", "crude", "gas")


@TRIGGERS.needs(*_PRICE_WORDS)
def price_assumption(ex: _Extractor, n: Number, period: Period | None) -> Period | None:
    """A commodity price assumed for a plan or a return ("free cash flow of $1 billion at $50 WTI", "assuming
    $80 WTI and $4 Henry Hub", "a 60% rate of return using flat commodity prices of $40 oil and $2.50 natural
    gas") is a premise, no result of a period (README, dev conventions of 2026-12-03: the commodity prices
    assumed "$40 oil" have no period). A unit price only (under $1,000)."""
    if period is None or n.unit.code != "USD" or n.qm.quantity.value >= 1000:
        return period
    low, qs = n.s.lowered, n.qs
    if not any(map(low.__contains__, _PRICE_WORDS)) or _PRICE_DECK_AFTER.match(low, n.qe) is None:
        return period
    return None if _PRICE_DECK_BEFORE.search(low, max(0, qs - 30), qs) is not None else period


# a plan the company sets each year, named by "annual" or "yearly" right before the number: "our annual target
# range of 50% to 55%", "our normal yearly operating property gain guidance of $30 million to $40 million",
# "an annual capex plan of about $2 billion" (not "average annual", "compound annual": a rate over years; not
# "annual revenue of": a level, not a plan)
_ANNUAL_PLAN = re.compile(
    r"(?<!average\s)(?<!compound\s)(?<!compounded\s)\b(?:annual|yearly)\s+(?:[\w&'’-]+\s+){0,4}?"
    r"(?:target|guidance|outlook|plan|budget|goal)(?:\s+(?:range|band))?\s+(?:of|is|at|to|was)\s+"
    r"(?:(?:about|approximately|roughly|around|between|a\s+range\s+of)\s+)?[$€£¥]?$"
)
_ANNUAL_PLAN_REACH = 110


@TRIGGERS.needs("annual", "yearly")
def annual_plan(ex: _Extractor, n: Number, period: Period | None) -> Period | None:
    """A number a plan names as the year's by "annual" or "yearly" ("at the top end of our annual target range
    of 50% to 55%", "our normal yearly operating property gain guidance of $30 million to $40 million") is the
    guided year's (README: an "annual target range" is `target` for the current year), not the quarter
    reported on nor a base the sentence names for the actual before it. A year or span named between the
    adjective and the number keeps it, and so does a quarter ahead; a plan left with no period stays so (a
    standing target)."""
    if period is None or ex.reported is None or period.kind is not PeriodKind.QUARTER:
        return period  # a standing plan stays undated ("our path to achieving an annual revenue target of")
    if period.end > ex.reported.end:
        return period  # a quarter ahead the sentence names ("at the lower end of our annual guidance range")
    if "annual" not in n.s.lowered and "yearly" not in n.s.lowered:
        return period  # (cheap first)
    low, qs = n.s.lowered, n.qs
    m = _ANNUAL_PLAN.search(low, max(0, qs - _ANNUAL_PLAN_REACH), qs)
    if m is None or n.s.crosses(m.start(), qs) or _LONG_RUN.search(low, 0, qs) is not None:
        return period
    if any(m.start() <= pm.start < qs for pm in n.s.periods):
        return period  # "our annual 2022 target of"
    return ex._guided_year()


# the midpoint of a range given for the year, in the number's clause: "14% year-over-year growth at the
# midpoint", "up about $0.22 from the midpoint of our prior outlook", "with a midpoint of 6%" (not a yardstick
# a result is measured against: "exceeding the midpoint of our guidance by $0.03", "came in at the midpoint")
_GUIDED_MIDPOINT = re.compile(r"\bmid-?points?\b")
_MIDPOINT_YARDSTICK = re.compile(
    r"\b(?:than|above|below|beat\w*|exceed\w*|surpass\w*|ahead\s+of|short\s+of|in\s+line\s+with|within"
    r"|versus|vs\.?|compared\s+(?:to|with)|relative\s+to"
    r"|(?:was|were|came\s+in|landed|finished|ended|is|are)\s+(?:right\s+)?at)"
    r"\s+(?:the\s+|our\s+)?(?:[\w-]+\s+){0,3}?$"
)
_MIDPOINT_REACH = 90
_YEAR_WORDS = re.compile(r"full[- ]year|fiscal[- ]year|\bannual\b|\bthe\s+year\b")
# a sentence opening on the midpoint of the range just given ("The midpoint of $42 million represents"): that
# range's period, which continues_forward carries
_MIDPOINT_OPENS = re.compile(
    r"(?:and\s+)?(?:the\s+|our\s+|this\s+)?(?:new\s+|revised\s+|updated\s+)?mid-?point\b"
)


@TRIGGERS.needs("midpoint", "mid-point")
def guided_midpoint(ex: _Extractor, n: Number, period: Period | None) -> Period | None:
    """A number whose clause speaks of a range's midpoint ("This represents 14% year-over-year growth at the
    midpoint", "raising our EPS range to $4.10 to $4.20 per share or up about $0.22 from the midpoint of our
    prior outlook", "The new range is 4.5% to 7.5% with a midpoint of 6%") states a forecast's range: with no
    period words but the quarter reported on (or none), the guided year's, a forecast even with no forward
    word; right after a forecast sentence (same turn: "For the first quarter, ... At the midpoint, we expect
    14% growth. Adjusting for currency, the midpoint of our sales guidance implies 10% growth"), that
    forecast's period, unless that is a quarter and the sentence speaks of a year ("raising fiscal-year '21
    free cash flow guidance"). Not a result measured against a midpoint ("exceeding the midpoint of our
    guidance range by $0.03", "sales were above the midpoint of our prior expected range"), nor a sentence
    naming another period, nor a sentence opening on the midpoint of the range before it ("The midpoint of $42
    million represents": continues_forward)."""
    if ex.reported is None or ("midpoint" not in n.s.lowered and "mid-point" not in n.s.lowered):
        return period  # (cheap first)
    if period is not None and period != ex.reported:
        return period  # a quarter or year of its own ("for Q4, I'll call out the midpoints")
    s, low, qs, qe = n.s, n.s.lowered, n.qs, n.qe
    if any(pm.period != ex.reported for pm in s.periods):
        return period
    opens = _MIDPOINT_OPENS.match(low)
    near = [
        m
        for m in _GUIDED_MIDPOINT.finditer(low, max(0, qs - _MIDPOINT_REACH), qe + _MIDPOINT_REACH)
        if not s.crosses(min(m.start(), qs), max(m.start(), qs)) and (opens is None or m.end() != opens.end())
    ]
    if not near or any(_MIDPOINT_YARDSTICK.search(low, max(0, m.start() - 40), m.start()) for m in near):
        return period
    if n.kind is ClaimKind.ACTUAL:  # a range the call gives, though no forward word says so
        n.kind = n.forecast_kind()
    before = ex._forward_before
    if (
        before is not None
        and s.prev_span is not None
        and before[0] == s.prev_span[0]
        and (n.turn is None or turn_at(ex.turns, before[0]) == n.turn)
        and (before[1].kind is not PeriodKind.QUARTER or _YEAR_WORDS.search(low) is None)
    ):
        return before[1]  # the forecast's range ("For the first quarter, ... At the midpoint")
    return ex._guided_year()


# what was done last year, the verb right before "last year" after the number: "the nearly 5,900 sites we
# built last year", "the 4 million customers acquired last year", "300 new brands launched last year" (not
# "last year's", not a sentence naming a part of the year)
_DONE_LAST_YEAR = re.compile(
    r"(?:\s+(?!(?:and|or|but|while|as|compared|versus|than|from)\b)[\w'’-]+){0,6}?"
    r"\s+(?:[a-z]{2,}ed|built|did|made|grew|sold|won|spent|paid|saw|brought|began|took|drove|ran|set|drew|held)"
    r"\s+$"
)
# ... unless the number is a base a result is compared with ("compared to $23 million we reported last year")
_BASE_BEFORE = re.compile(
    r"\b(?:from|than|versus|vs\.?|compared\s+(?:to|with)|against|over|below|above|lapp\w+|cycl\w+)\s+"
    r"(?:(?:the|our|its|a|an)\s+)?$"
)
_TALLY_REACH = 70


@TRIGGERS.needs("last year")
def done_last_year(ex: _Extractor, n: Number, period: Period | None) -> Period | None:
    """A tally of what was done "last year", the verb right before it in the number's clause ("if you take the
    nearly 5,900 sites we built last year", "reengagement with the 4 million customers acquired last year"),
    is the whole prior fiscal year (README: "we added nearly 60,000 customers last year" is the whole prior
    year, a yearly tally), not the same quarter a year earlier. Not a base a result is compared with ("up
    from the $122 million we invested last year"), not "last year's", nor a sentence naming a quarter, a
    half or a month."""
    reported = ex.reported
    if (
        period is None
        or reported is None
        or reported.fiscal_year is None
        or period.kind is not PeriodKind.QUARTER
        or period.fiscal_year != reported.fiscal_year - 1
        or "last year" not in n.s.lowered
    ):
        return period  # (cheap first)
    low, qs, qe = n.s.lowered, n.qs, n.qe
    pm = next((p for p in n.s.periods if p.start >= qe and p.period == period), None)
    if pm is None or low[pm.start : pm.end] != "last year" or pm.start - qe > _TALLY_REACH:
        return period
    if low.startswith("'", pm.end) or low.startswith("’", pm.end) or n.s.crosses(qe, pm.start):
        return period
    if _DONE_LAST_YEAR.match(low, qe, pm.start) is None or _PART_OF_YEAR.search(low) is not None:
        return period
    if _BASE_BEFORE.search(low, max(0, qs - 30), qs) is not None:
        return period
    if any(q.start >= n.qm.end and q.start - n.s.start < pm.start for q in ex._sentence_quantities):
        return period  # another number between: "last year" is its
    return fiscal_year(ex.calendar, reported.fiscal_year - 1)


# a forecast the call says it keeps: "we continue to anticipate", "we continue to expect", "reiterating",
# "we reaffirm"
_KEPT_FORECAST = re.compile(
    r"\b(?:continues?|continuing)\s+to\s+(?:expect|anticipate|forecast|project|see|plan\s+for)\b"
    r"|\breiterat(?:e|es|ed|ing)\b|\breaffirm(?:s|ed|ing)?\b"
)


@TRIGGERS.needs("continu", "reiterat", "reaffirm")
def kept_forecast(ex: _Extractor, n: Number, period: Period | None) -> Period | None:
    """A forecast the call says it keeps, with no period words in its sentence ("On the international side, we
    continue to anticipate organic tenant billings growth in the range of 5 to 6%", "We continue to
    anticipate underlying depreciation and amortization of $800 million"), restates the guidance given for the
    year: the guided year, not a quarter ahead carried from the sentence before ("we expect the first tranche
    of churn to hit in the fourth quarter of this year"). Not a sentence speaking of quarters or months
    ("quarterly losses")."""
    if (
        period is None
        or period.kind is not PeriodKind.QUARTER
        or period == ex.reported
        or n.kind not in (ClaimKind.GUIDANCE, ClaimKind.ESTIMATE)
        or n.s.periods
    ):
        return period  # (cheap first)
    low = n.s.lowered
    if _KEPT_FORECAST.search(low, 0, n.qs) is None or ex.reported is None:
        return period
    if _PART_OF_YEAR.search(low) is not None:
        return period  # "we continue to expect quarterly losses in the mid $15 million range"
    return ex._guided_year() or period


# a state said in the present tense right before the number: "Leverage remains at a comfortable 22.8%", "we
# are running at 70% of pre-pandemic producers", "Dental is approved in 43 states and Vision in 42 states"
# (README: "running at" and present-tense "is approved in" are the call date)
_STILL_STATE = re.compile(
    r"\b(?:remains?|stays?)\s+(?:at\s+)?(?:(?:a|an|about|approximately|roughly|around|just|comfortable|healthy"
    r"|solid|strong)\s+){0,3}$"
    r"|\b(?:we['’]re|we\s+are|is|are|it['’]s)\s+(?:currently\s+|still\s+|now\s+)?running\s+at\s+"
    r"(?:(?:about|approximately|roughly|around)\s+)?$"
)
# "is approved in 43 states", "are now live in 40 markets", "... and Vision in 42 states" (a footprint count)
_STATE_IN = re.compile(
    r"\b(?:is|are)\s+(?:now\s+|currently\s+|already\s+)?(?:approved|available|live|licensed|offered|present)"
    r"\s+in\s+(?:[^,;.]*?\s+in\s+)?$"
)
_STATE_REACH = 80
_PAST_AUX = re.compile(r"\b(?:was|were|had|did|been)\b")


def present_state(ex: _Extractor, n: Number, period: Period | None) -> Period | None:
    """An actual said as a state in the present tense just before it, in a sentence naming no period
    ("Leverage remains at a comfortable 22.8%", "we are running at 70% of the weekly producers we had
    pre-pandemic", "Our dental product is approved in 43 states"), is an instant on the call date (README:
    "running at" and present-tense balances and counts are the call date), as now_state reads "we now have".
    Not a sentence with a past auxiliary before the number ("was running at"), nor a change."""
    s = n.s
    low = s.lowered
    if "remain" not in low and "stay" not in low and "running at" not in low and " in " not in low:
        return period  # (first: most sentences fail it)
    if not _undated_actual(ex, n, period):
        return period
    a = max(0, n.qs - _STATE_REACH)
    lead = low[a : n.qs]
    m = _STILL_STATE.search(lead)
    if m is None and n.unit.kind is UnitKind.COUNT and lead.endswith(" in "):
        m = _STATE_IN.search(lead)
    if m is None or _past_aux_between(low, 0, n.qs):
        return period
    if lead[: m.start()].endswith(("to ", "to")) or "average" in lead:
        return period  # "to remain six feet apart" (no statement); "the average remains 30%" (a rate)
    return _call_date_unless_changed(ex, n, period)


# a clause that describes the comparison base just named: "versus last year when organic growth was 3.7%",
# "compared to Q2 of 2020, which reflected the onset of the pandemic when revenue declined by 23%"
_BASE_CLAUSE = re.compile(r",?\s+(?P<w>when|which|where)\b")
_BASE_CLAUSE_REACH = 120  # characters from the base's phrase to the number
_BASE_CLAUSE_BREAK = re.compile(r",|;|\s[-–]+\s")
_BASE_CLAUSE_AFTER = (
    40  # characters after the number its clause's past verb may be ("when two deals refunded")
)
# a "which" clause that restates the change just told is the current figure: "which is an increase of 138%",
# "which was an increase of 10.6%", "which drove a $0.02 benefit", "which resulted in revenue of $93 million"
_NOW_AUX = re.compile(r"\b(?:is|are|remains?|represents?|translates?)\b")
# "in the quarter", "this quarter": the quarter the clause is about, not a period of the number's own
_BARE_QUARTER = re.compile(r"(?i)(?:(?:in|for|during)\s+)?(?:the|this)\s+quarter")
_RESTATED_CHANGE = re.compile(
    r"\b(?:increase|decrease|decline|improvement|growth|reduction|drove|resulted|led|translated)\b"
)


@TRIGGERS.needs(" when ", " which ", " where ")
def base_clause(ex: _Extractor, n: Number, period: Period | None) -> Period | None:
    """A number in a past-tense "when" / "which" / "where" clause right after a past period named as the
    comparison base ("Healthcare was flat versus last year when organic growth was 3.7% in the quarter",
    "compared to Q2 of 2020 which reflected the onset of the pandemic when revenue declined by 23%", "better
    than Q3, which was down 23%") is that base period's figure, not the quarter reported on: the clause tells
    what happened then. Not a "which" clause restating the change ("which was an increase of 10.6%"), nor a
    present-tense one ("which is now down to $184 million"), nor a number after a comma (the main clause
    again). Only a number left with no period or the quarter reported on (by default or a bare "in the
    quarter") is re-dated."""
    s = n.s
    reported = ex.reported
    if reported is None or not s.periods or (period is not None and period != reported):
        return period
    low = s.lowered
    if " when " not in low and " which " not in low and " where " not in low:
        return period  # (first: most sentences fail it)
    base = None
    for pm in s.periods:
        if pm.end > n.qs:
            near = pm.start < n.qe + _BASE_CLAUSE_AFTER
            if base is not None and near and not _BARE_QUARTER.fullmatch(pm.text):
                return period  # "... and down 7% from the third quarter of last year": its own period
            continue
        base = pm if pm.period.end < reported.start else None
    if base is None or n.qs - base.end > _BASE_CLAUSE_REACH:
        return period
    m = _BASE_CLAUSE.match(low, base.end)
    if m is None or _BASE_CLAUSE_BREAK.search(low, m.end(), n.qs) is not None:
        return period
    after = low[n.qe : n.qe + _BASE_CLAUSE_AFTER].split(",")[0]
    if m["w"] == "which" and _RESTATED_CHANGE.search(low[m.end() : n.qs] + " " + after) is not None:
        return period
    if _NOW_AUX.search(low, m.end(), n.qs) is not None:
        return period  # "which is a 61.3% increase on a reported basis": told of now
    told = (
        _past_aux_between(low, m.end(), n.qs)
        or PAST_VERB.search(low, m.end(), n.qs)
        or PAST_VERB.search(after)
    )
    if told is None:
        return period  # "where sales are up 7%": told of now, or of nothing past
    return base.period


# a debt issue's coupon: "3.625% 2022 senior notes", "$800 million of 2.6% 10-year notes", "coupon rates of
# 2.3% and 3.25%" (README: coupons have no period)
_COUPON_AFTER = re.compile(
    r"\s+(?:(?:\d{4}|\d+-year|fixed-rate|senior|unsecured|subordinated|secured|convertible|green|sustainability"
    r"|euro|eurobond|first-mortgage|mortgage)\s+){0,3}(?:notes|bonds|debentures|eurobonds)\b"
)
_COUPON_BEFORE = re.compile(
    r"\bcoupons?\s+(?:rates?\s+)?(?:of\s+)?(?:(?:approximately|about|roughly|around)\s+)?"
    r"(?:\d+(?:\.\d+)?%\s*(?:,\s*|\s+and\s+|\s+to\s+)+)*$"
)
_COUPON_REACH = 60


@TRIGGERS.needs("note", "bond", "coupon", "debenture")
def coupon(ex: _Extractor, n: Number, period: Period | None) -> Period | None:
    """A percent that is a debt issue's coupon ("the early redemption of the $1.2 billion of 3.625% 2022
    senior notes", "$800 million of 2.6% 10-year notes due in 2031", "with coupon rates of 2.3% and 3.25%")
    names the issue, not a result of any period: no period (README: coupons have no period)."""
    if n.unit.kind is not UnitKind.RATIO:
        return period
    low = n.s.lowered
    if "note" not in low and "bond" not in low and "coupon" not in low and "debenture" not in low:
        return period  # (first: most sentences fail it)
    if _COUPON_AFTER.match(low, n.qe) is not None:
        return None
    if "coupon" in low and _COUPON_BEFORE.search(low, max(0, n.qs - _COUPON_REACH), n.qs) is not None:
        return None
    return period


# the number as the subject of a cumulative total in the present perfect passive: "approximately 73% of our
# patients have now been vaccinated", "over 2 million meters have already been installed" (the verbs of
# _DONE_SO_FAR)
_DONE_SO_FAR_PASSIVE = re.compile(
    r"(?:\s+(?:of\s+)?(?:(?!(?:is|are|was|were|has|have|had|which|that)\b)[\w'’&-]+\s+){0,8}?)?"
    r"\s*(?:ha(?:s|ve))\s+(?:(?:now|already|successfully|also|since|fully)\s+)*been\s+(?:(?:fully|now)\s+)?"
    r"(?:processed|completed|performed|deployed|distributed|recruited|reopened|installed|administered"
    r"|vaccinated|trained|enrolled|onboarded|inspected|treated|served|tested|screened|converted|originated"
    r"|funded|retrofitted|replaced)\b"
)


@TRIGGERS.needs(" been ")
def done_so_far_passive(ex: _Extractor, n: Number, period: Period | None) -> Period | None:
    """A count or share that is the subject of a cumulative total in the present perfect passive, in a
    sentence naming no period ("approximately 73% of our patients have now been vaccinated", "over 2 million
    smart meters have been installed"), is an instant on the call date, as done_so_far reads the active
    "we have installed 2 million meters" (README, decided 2026-12-03)."""
    s = n.s
    if " been " not in s.lowered or not _undated_actual(ex, n, period):
        return period  # (first: most sentences fail it)
    if n.unit.kind not in (UnitKind.RATIO, UnitKind.COUNT):
        return period
    if _DONE_SO_FAR_PASSIVE.match(s.lowered, n.qe) is None:
        return period
    return ex.call_date


# a quarter named by its ordinal alone: "for the fourth quarter", "in the third fiscal quarter" (no year, no
# "last year": find_periods reads it as the last such quarter, looking back)
_BARE_ORDINAL_QUARTER = re.compile(
    r"(?:(?:in|for|during|over)\s+)?the\s+(?:first|second|third|fourth)\s+(?:fiscal\s+)?quarter"
)

# a forecast told in the past: "we said we had expected", "We stated in the second quarter that we could"
_TOLD_BEFORE = re.compile(r"\b(?:said|stated|told|had|guided|expected|anticipated|projected)\b")


@TRIGGERS.needs("quarter")
def guided_bare_quarter(ex: _Extractor, n: Number, period: Period | None) -> Period | None:
    """A forecast given for a quarter named by its ordinal alone ("FX could increase our reported revenues
    by approximately 1.5% for the third quarter and 1% for the fourth quarter", on a second-quarter call) is
    for the next such quarter, not the last one before the call: a forecast looks ahead. Not a quarter the
    sentence dates itself ("the fourth quarter of last year")."""
    reported = ex.reported
    if reported is None or period is None or period.kind is not PeriodKind.QUARTER:
        return period
    if n.kind not in (ClaimKind.GUIDANCE, ClaimKind.ESTIMATE) or period.end >= reported.start:
        return period
    if period.fiscal_year is None or period.fiscal_quarter is None:
        return period
    low = n.s.lowered
    if _TOLD_BEFORE.search(low, 0, n.qs) is not None:
        return period  # "we said we had expected for that quarter", "We stated in the second quarter that"
    if not any(
        pm.period == period and _BARE_ORDINAL_QUARTER.fullmatch(low, pm.start, pm.end) for pm in n.s.periods
    ):
        return period
    fy = period.fiscal_year + 1
    ahead = fiscal_quarter(ex.calendar, fy, period.fiscal_quarter)
    while ahead.end <= reported.end:
        fy += 1
        ahead = fiscal_quarter(ex.calendar, fy, period.fiscal_quarter)
    return ahead


# a guidance word in a sentence naming the guided year opens the guidance's scope ("For the full year 2022, we
# now expect", "our revised 2021 guidance", "we expect the following for the full year fiscal 2021")
_GUIDANCE_WORDS = re.compile(
    r"\b(?:guid(?:e|ance|ing)|outlook|forecast\w*|expect\w*|anticipat\w*|project(?:s|ing|ed|ion)?|assum\w*)\b"
)
# "Turning to our outlook", "Moving on to guidance": a turn to the guidance that names no year
_TURN_TO = re.compile(
    r"\b(?:turn(?:ing)?|mov(?:e|ing)(?:\s+on)?|now|let['’]s\s+(?:go|move)|shift(?:ing)?),?\s+(?:\w+\s+){0,2}?(?:on)?to\s+"
    r"(?:our\s+|the\s+)?(?P<what>(?:[\w'’-]+\s+){0,5}?(?:guidance|outlook)\b)?"
)
_SLIDE = re.compile(r"\s*(?:slides?|pages?|charts?)\b")  # "Moving to Slide 9": no new topic
# a result told in the past ("we delivered", "sales were", "we've added", "Four new projects have been
# announced"); not a revision of the guidance ("we've updated our FFO range", "we raised")
_TOLD_DONE = re.compile(
    r"\b(?=[bcdfghimprstuw])(?:was|were|had|grew|rose|fell|came\s+in|saw|did|made|spent|paid|sold|bought|built|put|used|said|took"
    r"|(?:(?:we|they|it|which|who|have|has|been)\s+(?:also\s+|just\s+|recently\s+|already\s+)?)"
    r"(?!(?:raised|increased|updated|lowered|narrowed|reaffirmed|revised|adjusted|assumed|included|expected"
    r"|anticipated|reduced|tightened|introduced|initiated|factored|embedded|planned|projected|forecasted"
    r"|guided|provided|outlined|mentioned|discussed|noted|described)\b)[a-z]{3,}ed)\b"
)
# a revision the call makes now: "we are raising our property revenue outlook", "we're now expecting"
_REVISING_NOW = re.compile(
    r"\b(?:we['’]re|we\s+are)\s+(?:also\s+|now\s+)?(?:raising|increasing|lowering|reducing|updating|reaffirming"
    r"|reiterating|narrowing|tightening|expecting|maintaining)\b"
)
# ... in the number's own sentence, a past verb of change or a measure left as it was ("Adjusted EBITDA of $69
# million increased 8%", "the balance sheet remained very strong with gross debt of"), a change since a time
# ("since the beginning of the year, there has been a 25% improvement") or a rate for every unit ("For every
# $1 per unit increase")
_DONE_HERE = re.compile(
    r"\b(?=[acdegijlprs])(?:increased|decreased|declined|improved|expanded|dropped|drew|jumped|climbed|reached|remained|exceeded"
    r"|surpassed|delivered|generated|achieved|posted|recorded|since|every|last\s+(?:week|month))\b"
)
# words that date a sentence to the quarter or to the call date, not the guided year: "sequentially", "our
# margins are already exceeding", "at today's pricing", "is now the widest"
_SCOPE_ENDS = re.compile(
    r"quarter|sequential|\b(?:already|today|currently|(?:is|are)\s+now|so\s+far|to[- ]date)\b"
)
# what ties the number to the forecast before: "This includes", "The range reflects", "This represents",
# "This results in", "All of this takes us to", "are being partially offset by", "we now see", "raise our
# revenue growth to", "Segment performance is contributing", "to be" (a list: "Net interest expense to be")
_FORECAST_PART = re.compile(
    r"\b(?:includ(?:es?|ing)|reflect(?:s|ing)?|represent(?:s|ing)?|results?\s+in|takes?\s+us\s+to"
    r"|assum(?:es?|ing|ptions?)|exclud(?:es?|ing)|compris(?:es?|ing)|consists?\s+of|accounts?\s+for|impl(?:ies|y)"
    r"|contribut(?:es?|ing)|offset\s+by|driven\s+by|(?:we|i)\s+(?:now\s+)?see|rais(?:e|ing)|reaffirm(?:ing)?"
    r"|updat(?:e|ing)|narrow(?:ing)?|to\s+be)\b"
)
# ... or the number is a step of the change made ("$1 billion increase in the COVID 19 testing assumption",
# "About $0.07 of the increase comes from the segments", "The $0.20 reduction from our prior guidance range")
_STEP_AFTER = re.compile(
    r"(?:\s+[\w-]+){0,2}?\s+(?:of\s+(?:the|this|that)\s+)?(?:increase|decrease|raise|reduction|improvement"
    r"|headwind|tailwind)\b"
)
# a list line naming no verb before its first number: "Revenue in the range of", "Capital expenditures of",
# "PSEG Power between", "Net interest expense to be" (what the forecast before lists); not a clause led by a
# preposition ("Of the $80 million to $110 million in transformation value, roughly half")
_LIST_LINE = re.compile(
    r"(?!(?:of|for|in|on|at|with|from|by|as|if|when|while|because|since|after|before)\b)"
    r"[^\s]+(?:\s+[^\s]+){0,11}\s+"
)
_VERB_BEFORE = re.compile(
    r"\b(?:we|they|it|i|you|he|she|there|this|that|these|those|which|who|is|are|was|were|be|been|has|have|had"
    r"|remains?|stays?|continues?|allows?|does|do|provides?|represents?|replaces?)\b"
)
# a state told after the number: "Customer growth of 2% is just", "the pipeline remains on budget"
_STATE_AFTER = re.compile(
    r"(?:\s+[\w$.,-]+){0,6}?\s+(?:is|are|remains?|stands?|sits?)\b(?!\s+(?:expected|projected))"
    r"|\s+(?:a|per|each)\s+year\b"  # "O&M reduction of 1% to 2% a year": a standing rate
)
# ... or before it: "invested assets are $17.3 billion, including $16.4 billion", "sales per square foot are
# about 15% above"
_STATE_IS = re.compile(r"\b(?:is|are)\s+(?:(?:about|approximately|roughly|around|over|nearly)\s+)?[$\d]")
_SCOPE_BACK = 6  # sentences a guidance paragraph's scope reaches back
_SCOPE_NEAR = 40  # characters after the number that still belong to its statement


def _sentences_back(ex: _Extractor, s: _Sentence) -> Iterator[tuple[int, int, str]]:
    """(start, end, lower-cased text) of the sentences before `s`, nearest first, up to _SCOPE_BACK, while
    they stay in its turn (or, without turns, its paragraph). The walk back of the outlook scopes
    (`_scope_of`, `_quarter_scope_of`, asked only where a quarter is reported on), which stop it where their
    own tests say."""
    spans, text = ex._spans, ex.doc.text
    j = bisect.bisect_right(ex._starts, s.start) - 1
    turn = turn_at(ex.turns, s.start) if ex.turns else None
    for k in range(j - 1, max(-1, j - 1 - _SCOPE_BACK), -1):
        a, b = spans[k]
        if turn is not None and a < turn.start:
            return  # the turn before
        if turn is None and "\n\n" in text[b : spans[k + 1][0]]:
            return  # the paragraph before
        yield a, b, text[a:b].lower()


def _scope_of(ex: _Extractor, s: _Sentence, guided: Period) -> Period | None:
    """The guided year when the nearest sentences before `s` (same turn, or paragraph), up to _SCOPE_BACK,
    lead back to one that names the guided year and a guidance word ("For the full year 2022, we now expect
    ...") or turns to the guidance ("Turning to our outlook"), none telling a result in the past, and each
    between naming no other period, no quarter, no new topic ("Now moving on to our balance sheet") and no
    result told in the past; else None (read once per sentence)."""
    if s.start in ex._scopes:
        return ex._scopes[s.start]
    found: Period | None = None
    reported = ex.reported
    if reported is None:
        return None  # no quarter reported on: no outlook after it
    for a, b, low in _sentences_back(ex, s):
        if _SCOPE_ENDS.search(low) is not None:
            break  # "For the fourth quarter, we expect": the scope of a quarter
        if _TOLD_DONE.search(low) is not None and _REVISING_NOW.search(low) is None:
            break  # "we delivered": a look back (not "trends remained strong ... we are raising our outlook")
        turned = _TURN_TO.search(low)
        if turned is not None and turned["what"] is not None:
            found = guided  # "Turning to our outlook.", "let's move to the details of our revised outlook"
            break
        named = [pm.period for pm in ex._periods_of((a, b)) if pm.period.kind is not PeriodKind.OPEN]
        if named:
            if not all(p == guided or (p.start > reported.end and p.end <= guided.end) for p in named):
                break  # another period: a look back, or a year further ahead
            if guided in named and _GUIDANCE_WORDS.search(low) is not None:
                found = guided  # "we're significantly increasing our full-year 2022 revenue ... outlook"
                break
        if turned is not None and _SLIDE.match(low, turned.end()) is None:
            break  # "Now moving on to our balance sheet."
    ex._scopes[s.start] = found
    return found


def _list_line(ex: _Extractor, n: Number) -> bool:
    """Whether the number's sentence is a line of a list, a noun and its number with no verb before its first
    number ("Revenue in the range of $1.5 billion to $1.53 billion.", "Adjusted EBITDA of $125 million to $130
    million. Depreciation of approximately $33 million."; not "The Surry station provides around 15%")."""
    low, first = n.s.lowered, ex._sentence_quantities[0].start - n.s.start
    head = low[:first]
    return first == 0 or (_VERB_BEFORE.search(head) is None and _LIST_LINE.fullmatch(head) is not None)


def guidance_scope(ex: _Extractor, n: Number, period: Period | None) -> Period | None:
    """An actual left to the quarter reported on for want of period words, inside the scope of a guidance
    paragraph (same turn: "So moving on to our guidance, ... full-year 2022 revenue ... outlook. ... Let me
    now provide you with additional details on the updated guidance. $1 billion increase in the COVID 19
    testing assumption, a $900 million increase for the core business", "Looking forward, I'll share some
    color on our revised 2021 guidance. ... That increase for acquisitions reflects $250 million in total
    revenue", "For 2021, we now expect the following. Net sales growth of 0.5% to 1.5%"), and tied to that
    forecast (a part it includes or reflects, a step of the change made, a list line naming no verb): a
    forecast of the guided year. Not a result told in the past, nor a state ("Customer growth of 2% is
    just"); the scope ends at a sentence naming another period, a quarter, a new topic or a result told in the
    past (`_scope_of`)."""
    if ex.reported is None or period is not ex.default_period or n.kind is not ClaimKind.ACTUAL:
        return period
    guided = ex._guided_year()
    if guided is None or _scope_of(ex, n.s, guided) is None:
        # (first: read once per sentence, the scope rules out nearly every number _scope_candidate would read)
        return period
    near = _scope_candidate(ex, n, period)
    return period if near is None else _forecast_in_scope(ex, n, near) or period


def _scope_candidate(ex: _Extractor, n: Number, period: Period | None) -> int | None:
    """The offset past which the number's statement ends (`_SCOPE_NEAR` after it) when the number may be part
    of a forecast stated before it: an actual left to the quarter reported on, with no cue and no quarter,
    result or state of its own, tied to what came before (a part, a step, a list line); else None. The shared
    gate of guidance_scope and quarter_guidance_scope."""
    if ex.reported is None or period is not ex.default_period or n.kind is not ClaimKind.ACTUAL:
        return None
    s, low, qs, qe = n.s, n.s.lowered, n.qs, n.qe
    if s.prev_span is None or n.cue() not in (None, "derived") or _SCOPE_ENDS.search(low) is not None:
        return None  # "In the quarter, ...", "sales were": the quarter's result
    near = qe + _SCOPE_NEAR  # (not "..., which closed just before the year-end" further on)
    if _TOLD_DONE.search(low, 0, near) is not None or _STATE_AFTER.match(low, qe) is not None:
        return None
    if _STATE_IS.search(low, 0, qs + n.digits + 1) is not None or _DONE_HERE.search(low, 0, near) is not None:
        return None
    if not (
        _FORECAST_PART.search(low, 0, qs) is not None
        or _STEP_AFTER.match(low, qe) is not None
        or _list_line(ex, n)
    ):
        return None  # "we own or control land aggregating over 16 million square feet": no part of it
    return None if ex._undated(s, qs, qe) else near


# what opens a quarter's outlook, in a sentence that gives no number of its own ("we offer the following third
# quarter guidance", "Looking to the fourth quarter, we expect"; not "We expect Q1 to be approximately 21%", a
# single forecast among the results told, nor "we expect SG&A to be lower in the second quarter")
_OPENS_OUTLOOK = re.compile(
    r"\b(?:guid(?:e|ance)|outlook|forecasts?|(?:the\s+)?following|as\s+follows|looking\s+(?:ahead|forward|to|into))\b"
)


def _not_base(ex: _Extractor, p: Period) -> bool:
    """Whether period `p` named in a quarter's guidance is no base it is compared with: not open-ended, and
    not over before the quarter reported on began ("up 2% to 4% from 2019 level", "37% higher than 2020")."""
    reported = ex.reported
    return p.kind is not PeriodKind.OPEN and (reported is None or p.end >= reported.start)


def _quarter_scope_of(ex: _Extractor, s: _Sentence, guided: Period) -> bool:
    """Whether the nearest sentences before `s` (same turn, or paragraph), up to _SCOPE_BACK, lead back to
    one that opens the next quarter's outlook, naming the quarter `guided` and an outlook word and giving no
    number ("With that in mind, we offer the following third quarter guidance."; _OPENS_OUTLOOK), none
    telling a result in the past or turning to a new topic, and each between naming no period but that
    quarter and bases before the quarter reported on ("Midpoint revenues are 37% higher than 2020"), and no
    other word that dates it to the call (`_SCOPE_ENDS` but the word quarter); a sentence read before on the
    way passes its own answer on (a list of guidance lines runs on beyond _SCOPE_BACK). `_scope_of` for a
    quarter's guidance, read once per sentence."""
    if s.start in ex._quarter_scopes:
        return ex._quarter_scopes[s.start]
    found = False
    for a, b, low in _sentences_back(ex, s):
        if a in ex._quarter_scopes:
            found = ex._quarter_scopes[a]  # a line of the guidance read before: its scope goes on
            break
        if any(m[0] != "quarter" for m in _SCOPE_ENDS.finditer(low)):
            break  # "sequentially", "currently": the call's own time
        if _TOLD_DONE.search(low) is not None and _REVISING_NOW.search(low) is None:
            break  # "revenue was": a look back
        named = [pm.period for pm in ex._periods_of((a, b)) if pm.period.kind is not PeriodKind.OPEN]
        if any(p != guided and _not_base(ex, p) for p in named):
            break  # another period than the guided quarter and its bases
        if guided in named and _OPENS_OUTLOOK.search(low) is not None and a not in ex._read:
            found = True  # "we offer the following third quarter guidance" (`_read`: sentences with numbers)
            break
        turned = _TURN_TO.search(low)
        if turned is not None and _SLIDE.match(low, turned.end()) is None:
            break  # "Now moving on to our balance sheet."
    ex._quarter_scopes[s.start] = found
    return found


# a forecast line in the telegraphic style of an outlook, a noun and an infinitive with no finite verb: "Net
# sales to be up 2% to 4% from 2019 level", "And for adjusted EBITDA to be in a range of", "Our net
# debt-to-EBITDA to settle around two times or less" (the "we expect" of the section left out)
_INFINITIVE_LINE = re.compile(
    r"(?:and\s+|also\s+)?(?:for\s+)?(?P<head>(?:[\w&'’,./()-]+\s+){1,8}?)to\s+(?:be|grow|increase|decrease"
    r"|decline|remain|range|settle|come\s+in|approximate|improve|reach|exceed|total|rise|fall|average|run)\b"
)


def _infinitive_line(ex: _Extractor, n: Number) -> bool:
    """Whether the number's sentence is an outlook's telegraphic forecast line (_INFINITIVE_LINE): no finite
    verb in the noun before the infinitive, and the number after it."""
    low = n.s.lowered
    m = _INFINITIVE_LINE.match(low)
    return m is not None and m.end() <= n.qs and _VERB_BEFORE.search(m["head"]) is None


def infinitive_line_in_scope(ex: _Extractor, n: Number, period: Period | None) -> Period | None:
    """An actual left to the quarter reported on in a telegraphic forecast line (`_infinitive_line`: "Net
    sales to be up 2% to 4% from 2019 level.", its "up" no result told) inside an outlook's scope: the next
    quarter's (`_quarter_scope_of`: "For the third quarter, we are planning as follows.") or the guided
    year's (`_scope_of`): a forecast of that period. The sentence names no other period but bases before the
    number's statement ends."""
    if period is not ex.default_period or n.kind is not ClaimKind.ACTUAL or n.s.prev_span is None:
        return period
    guided = None if not _infinitive_line(ex, n) else ex._next_quarter()
    if guided is None:
        return period
    year = ex._guided_year()
    near = n.qe + _SCOPE_NEAR
    named = [pm.period for pm in n.s.periods if pm.start < near and _not_base(ex, pm.period)]
    if not named and _quarter_scope_of(ex, n.s, guided):
        found: Period | None = guided
    elif year is not None and all(p == year for p in named) and _scope_of(ex, n.s, year) is not None:
        found = year
    else:
        return period
    n.kind = n.forecast_kind()
    return found


def quarter_guidance_scope(ex: _Extractor, n: Number, period: Period | None) -> Period | None:
    """An actual left to the quarter reported on for want of period words, tied to a forecast before it (the
    gate of guidance_scope, `_scope_candidate`), inside the scope of the next quarter's guidance ("we offer
    the following third quarter guidance. Revenue $1.61 billion to $1.69 billion. Income per share $1.35 to
    $1.45."; `_quarter_scope_of`): a forecast of that quarter. The sentence names no other period before the
    number's statement ends."""
    near = _scope_candidate(ex, n, period)
    guided = None if near is None else ex._next_quarter()
    if near is None or guided is None:
        return period
    if any(_not_base(ex, pm.period) for pm in n.s.periods if pm.start < near):
        return period  # (a base is no other period: "Net sales to be up 2% to 4% from 2019 level")
    if not _quarter_scope_of(ex, n.s, guided):
        return period
    n.kind = n.forecast_kind()
    return guided


def _forecast_in_scope(ex: _Extractor, n: Number, near: int) -> Period | None:
    """The guided year for a number read as a forecast inside a guidance paragraph's scope (`_scope_of`), its
    kind made a forecast's; None when no year is guided, when the sentence names another period before offset
    `near`, or when the number stands outside the scope. The shared end of guidance_scope and
    revision_in_guidance_scope."""
    s, guided = n.s, ex._guided_year()
    if guided is None or any(
        pm.start < near and pm.period.kind is not PeriodKind.OPEN and pm.period != guided for pm in s.periods
    ):
        return None  # ("increased to three times at June 30, 2021": a level reached at a date)
    if _scope_of(ex, s, guided) is None:
        return None
    n.kind = n.forecast_kind()
    return guided


# a revision told as done, right before its new level: "We raised our same-store revenue range to", "expense
# growth was reduced to", "we've increased our range on earnings per share to": done by the call's company or
# to what it forecast (not "Our leverage ratio increased to three times", not "revenue increased 8% to")
_REVISED_TO = re.compile(
    r"\b(?:we|we['’]ve|we\s+have|was|were|has\s+been|have\s+been)\s+(?:also\s+|now\s+|further\s+)?"
    r"(?:raised|increased|lowered|reduced|narrowed|tightened|revised|updated|adjusted)\s+"
    r"(?:(?!(?:by|from)\b)[\w&'’-]+\s+){0,7}?to\s+"
    r"(?:(?:a|the)\s+(?:new\s+|revised\s+)?range\s+of\s+|(?:approximately|about|around|roughly)\s+)?[$€£¥]?$"
)
_REVISED_REACH = 110  # characters before the number the revision verb may stand


@TRIGGERS.needs(
    "raised", "increased", "lowered", "reduced", "narrowed", "tightened", "revised", "updated", "adjusted"
)
def revision_in_guidance_scope(ex: _Extractor, n: Number, period: Period | None) -> Period | None:
    """An actual left to the quarter reported on that is the new level of a revision told as done ("We raised
    our same-store revenue range to 10% to 11%.", "Same-store expense growth was reduced to 0% to 1%"), in the
    scope of a guidance paragraph naming the guided year ("Last night, we revised our 2021 guidance and
    annual assumptions."; `_scope_of`, as guidance_scope reads it): a forecast of the guided year. Not a
    change by an amount ("increased by 5%") nor from a level ("increased 8% to $1 billion")."""
    reported = ex.reported
    if reported is None or period is not ex.default_period or n.kind is not ClaimKind.ACTUAL:
        return period
    s, low, qs = n.s, n.s.lowered, n.qs
    if s.prev_span is None or "to" not in low or _SCOPE_ENDS.search(low) is not None:
        return period
    if _REVISED_TO.search(low, max(0, qs - _REVISED_REACH), qs) is None:
        return period
    return _forecast_in_scope(ex, n, len(low)) or period  # (any other period in the sentence rules it out)


# the year's guidance revised against what it was: "raising the lower end of the prior guide", "the midpoint
# is now at", "above the top end of the prior ranges", "down slightly from prior guidance" (not "above our
# guidance of 145,000 barrels", a yardstick, nor "The midpoint of $42 million" of a quarter's range)
_PRIOR_GUIDE = re.compile(
    r"\b(?:(?:prior|previous|original|initial|earlier)\s+(?:[\w-]+\s+){0,2}?(?:guid(?:e|ance)|ranges?|outlook"
    r"|midpoint|expectations?|forecast)|(?:the|our|new)\s+midpoint\s+is\s+now)"
)


@TRIGGERS.needs("prior", "previous", "original", "initial", "earlier", "midpoint")
def prior_guide_not_next_quarter(ex: _Extractor, n: Number, period: Period | None) -> Period | None:
    """A forecast that revises the year's guidance against the prior one ("On earnings per share we are
    raising the lower end of the prior guide by $0.05 to $12.85 to $13 per share", "the midpoint is now at
    $12.93"), naming no period itself, left to the next quarter by the horizon a sentence before set up ("...
    Margins will step back in the fourth quarter ..., but still strong progress for the full year."): the
    guided year. A guide is revised for the year; a quarter's is given anew."""
    reported = ex.reported
    if reported is None or period is None or period.kind is not PeriodKind.QUARTER:
        return period
    if any(pm.period.end >= reported.start for pm in n.s.periods):
        return period  # a period of its own (not a base: "reflecting 11% growth from 2020")
    if n.kind not in (ClaimKind.GUIDANCE, ClaimKind.ESTIMATE) or reported.fiscal_quarter in (None, 4):
        return period  # (on a fourth-quarter call the next quarter opens the guided year)
    if not reported.end < period.start <= reported.end + timedelta(days=100):
        return period
    if "quarter" in n.s.lowered or _PRIOR_GUIDE.search(n.s.lowered) is None:
        return period
    guided = ex._guided_year()
    return period if guided is None or not guided.start <= period.start < guided.end else guided


# "Second quarter net sales were $1.9 billion in 2021 and $1.5 billion in 2020": a year right after the number
_IN_YEAR_AFTER = re.compile(r"\s+in\s+(?:fiscal\s+)?(?:19|20)\d\d\b(?!\s*['’]s)")
_QUARTER_ORDINAL = re.compile(r"\b(?:(first|second|third|fourth)[- ](?:fiscal\s+)?quarter|q([1-4]))\b")
_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4}
# the quarter as the measure's subject: "Second quarter net sales were", "a third quarter net loss of", "the
# fourth quarter's effective tax rate was", "EBITDA for the second quarter excluding special items was"
_QUARTER_MEASURE = re.compile(
    r"(?:['’]s)?\s+(?:(?!(?:and|but|while|which|that|in|during)\b)[\w&,-]+\s+){0,7}?"
    r"(?:was|were|of|totaled|came\s+in\s+at)\s+"
)
_ADVERBIAL_QUARTER = re.compile(r"\b(?:in|during|so\s+far\s+in|through)\s+(?:the\s+)?$")
_COMPARED = re.compile(r"\b(?:compared\s+(?:to|with)|versus|vs\.?|from)\b")
# a sentence that also speaks of a year's total or a span: the bare year may be that span's
_YEAR_SPAN_WORDS = (
    "full year", "full-year", "all of", "a total", "in total", "for the year", "annual", "to date", "months",
    "half",
)  # fmt: skip


@TRIGGERS.needs("quarter", "q1", "q2", "q3", "q4")
def quarter_of_named_year(ex: _Extractor, n: Number, period: Period | None) -> Period | None:
    """A number followed by a bare year in a sentence about a quarter named by its ordinal ("Second quarter
    net sales were $1.9 billion in 2021 and $1.5 billion in 2020", "third quarter earnings per share of $0.32
    in 2020", "$0.19 per share in the second quarter compared to $0.10 in 2020") is that quarter of the year,
    not the whole year: the year only says which year's quarter. The quarter must be the measure's subject
    or the number a comparison with it; not a sentence that also speaks of a year's total ("$32.9 million in
    the fourth quarter and $109.7 million for all of 2019 compared to $19.7 million in 2018"), nor a quarter
    said as when something happened ("In the first quarter, we realized $20 million in synergies and remain on
    track to achieve $40 million in 2021")."""
    if period is None or period.kind is not PeriodKind.YEAR or period.fiscal_year is None:
        return period
    low = n.s.lowered
    if _IN_YEAR_AFTER.match(low, n.qe) is None:
        return period
    if any(w in low for w in _YEAR_SPAN_WORDS):
        return period
    found: int | None = None
    for m in _QUARTER_ORDINAL.finditer(low, 0, n.qs):
        q = _ORDINALS[m.group(1)] if m.group(1) else int(m.group(2))
        if _COMPARED.search(low, m.end(), n.qs) is not None:
            found = q
        elif _ADVERBIAL_QUARTER.search(low, max(0, m.start() - 20), m.start()) is None:
            subject = _QUARTER_MEASURE.match(low, m.end())
            if subject is not None and subject.end() <= n.qs:
                found = q
    if found is None:
        return period
    return fiscal_quarter(ex.calendar, period.fiscal_year, found)


# a share of a project said done: "CVN-79 Kennedy is about 83% complete", "construction at 90% complete"
# (not "complete by year end", "completed in the quarter": a period of its own)
_PERCENT_COMPLETE = re.compile(r"\s+(?:complete|completed|finished|done)\b(?!\s+(?:in|by|during|at|as|on)\b)")


@TRIGGERS.needs("complete", "finished", "done")
def percent_complete(ex: _Extractor, n: Number, period: Period | None) -> Period | None:
    """A percent of a project said complete, in a sentence naming no period ("CVN-79 Kennedy is approximately
    83% complete", "with construction at 90% complete"), is the project's state on the call date (README,
    seventh session: percent complete of a project the call date), not a result of the quarter. Not a
    sentence with a past auxiliary before the number ("was 75% complete")."""
    if n.unit.kind is not UnitKind.RATIO or not _undated_actual(ex, n, period):
        return period
    low = n.s.lowered
    if _PERCENT_COMPLETE.match(low, n.qe) is None or _past_aux_between(low, 0, n.qs):
        return period
    return ex.call_date


# a debt profile said in the present tense, the number its complement: "our weighted average debt maturity is
# nearly six and a half years", "our weighted average coupon is down to 2.2%", "Our weighted average cost of
# debt is 4.2%" ...
_DEBT_PROFILE_BEFORE = re.compile(
    r"\b(?:maturity|maturities|coupon|cost\s+of\s+debt|interest\s+rate|rate\s+of\s+our\s+(?:outstanding\s+)?debt)"
    r"\s+(?:is|are)\s+(?:now\s+)?(?:(?:down|up)\s+to\s+|at\s+)?$"
)
# ... or its subject: "90% of our debt is fixed rate", "93% of our total debt is fixed rate"
_DEBT_SHARE_AFTER = re.compile(
    r"\s+of\s+(?:our|the)\s+(?:total\s+)?(?:[\w-]+\s+){0,2}?(?:debt|borrowings|notes)\s+(?:is|are)\b"
)
_DEBT_PROFILE_REACH = 60
_DEBT_COMPARED = re.compile(
    r"\b(?:compared|versus|vs\.?|ago|(?:last|prior|previous)\s+(?:year|quarter))\b|\bfrom\s+(?:[$\d]|the\s+prior)"
)


_DEBT_WORDS = ("debt", "coupon", "maturit", "borrowing", "notes")  # (an interest rate only of debt)


@TRIGGERS.needs(*_DEBT_WORDS)
def debt_profile(ex: _Extractor, n: Number, period: Period | None) -> Period | None:
    """A debt profile said in the present tense, in a sentence naming no period ("our weighted average debt
    maturity is nearly six and a half years, and our weighted average coupon is down to 2.2%", "90% of our
    debt is fixed rate", "Our weighted average cost of debt is 4.2%"), is the debt as it stands on the call
    date (README, seventh session round 2: present-tense debt profiles the call date), not a result of the
    quarter. Not a sentence with a past auxiliary before the number, nor one comparing ("compared to 4.2% a
    year ago")."""
    low = n.s.lowered
    if not any(w in low for w in _DEBT_WORDS) or not _undated_actual(ex, n, period):
        return period  # (first: most sentences fail it)
    if _DEBT_SHARE_AFTER.match(low, n.qe) is None and (
        _DEBT_PROFILE_BEFORE.search(low, max(0, n.qs - _DEBT_PROFILE_REACH), n.qs) is None
    ):
        return period
    if _past_aux_between(low, 0, n.qs) or _DEBT_COMPARED.search(low) is not None:
        return period
    return ex.call_date


# a forecast named as the yardstick of the result just before it: "earnings of $1.15 per diluted share, ...
# above our guidance range of $1.08 to $1.10", "organic growth was 8.9%, above our guidance range of 3% to 6%"
_YARDSTICK_FORECAST = re.compile(
    r"\b(?:above|below|exceed(?:ed|ing|s)?|beat(?:ing|s)?|ahead\s+of|within|surpass(?:ed|ing|es)?|in\s+line\s+with"
    r"|(?:the\s+)?(?:high|upper|low|lower)\s+end\s+of)\s+(?:our|the|its)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:guidance|outlook|forecast|expectations?)\s+(?:range\s+)?(?:of\s+)?$"
)
_YARDSTICK_REACH = 80


@TRIGGERS.needs("guidance", "outlook", "forecast", "expectation")
def yardstick_forecast(ex: _Extractor, n: Number, period: Period | None) -> Period | None:
    """A forecast left with no period, named as the yardstick of the result before it in its sentence
    ("earnings of $1.15 per diluted share, up 37% over the second quarter of 2020 and above our guidance range
    of $1.08 to $1.10", "Free cash flow was $1.26 billion, above our most recent expectations of $1.1
    billion") is a forecast for that result's period: the result's period."""
    said = ex._sentence_period
    if period is not None or said is None or n.kind not in (ClaimKind.GUIDANCE, ClaimKind.ESTIMATE):
        return period
    low = n.s.lowered
    if _YARDSTICK_FORECAST.search(low, max(0, n.qs - _YARDSTICK_REACH), n.qs) is None:
        return period
    return said


# a commitment, an initiative or a standing thing sized by its adjective: "a more than $100 million
# initiative", "a $2 billion multiyear general account commitment", "the over $100 million annual marketing
# budget", "This $50 million project will upgrade", "the sale of a $920 million owned and managed portfolio",
# "to build a $500 million filter business", "Acme's new approximately $60 million assembly plant" (an
# article, a demonstrative, a possessive or "new" before the amount, at most three words to the noun; not "a
# $1 billion credit commitment agreement": a deal signed; not "generated a $150 million in loan commitments":
# an amount done; not "a $9 million project cost" or "a $5 million business interruption": a flow named after
# the thing)
_COMMITMENT_BEFORE = re.compile(
    r"\b(?:(?:a|an|the|this|that|our|its|their)\s+|new\s+)"
    r"(?:(?:new|additional|incremental|initial|total|multi-?year|annual)\s+)*$"
)
_COMMITMENT_AFTER = re.compile(
    r"\s+(?:(?!(?:in|of|for|to|on|from)\s)[a-z-]+\s+){0,3}?"
    r"(?:commitment|initiative|pledge|budget|opportunit(?:y|ie)|project|portfolio|franchise|business|plant|market"
    r"|segment|campus|program)s?"
    # the noun heads its phrase: a stop, a function word or a participle comes next (not "a $1 billion credit
    # commitment agreement", "a $9 million project cost", "our $50 billion developing markets fund")
    r"(?=\s*(?:[,.;:!?)]|$)|\s+(?:that|which|to|will|would|with|in|on|of|for|is|was|are|were|has|have|had|and|or"
    r"|including|as|at|by|from|under|where|over|into|we|it|this|through|across|near|within|outside|around|after"
    r"|before|during|since|but|so|while|when|[a-z]+(?:ed|ing))\b)"
)
# a verb of completion right before the sized phrase, its object: "entered into a", "completed the"
_DONE_JUST_BEFORE = re.compile(_PROGRAM_DONE.pattern + r"\s+$")
_COMMITMENT_WORDS = (
    "commitment", "initiative", "pledge", "budget", "opportunit", "project", "portfolio", "franchise",
    "business", "plant", "market", "segment", "campus", "program",
)  # fmt: skip


@TRIGGERS.needs(*_COMMITMENT_WORDS)
def sized_commitment(ex: _Extractor, n: Number, period: Period | None) -> Period | None:
    """The size of a commitment, initiative, budget or standing thing said as its adjective, in a sentence
    naming no period ("a more than $100 million initiative aimed at reducing healthcare disparities", "has
    made a $2 billion multiyear general account commitment", "we managed the over $100 million annual
    marketing budget") is the size of a program, no result of the quarter (README: sizes of programs,
    authorizations have no period), as is an opportunity's ("we still see a $100 million initial market
    opportunity"; README: opportunity sizes have no period; sized_opportunity reads only estimates), as is a
    standing thing's ("This $50 million project will upgrade", "we completed the sale of a $920 million owned
    and managed portfolio", "in the $4 billion parts service segment"; README: a project budget, physical
    facts about assets, product specs and opportunity sizes have no period), unless a verb of completion
    takes the sized phrase as its object ("we entered into a $75 million accelerated share repurchase
    program": what was paid, as program_size reads it): even after a period the sentence names for something
    else ("before turning to our results in the third quarter, ... our health equity initiative, a more than
    $100 million initiative"); a size dated after it ("a $1 million commitment ... over the next four years")
    keeps that date, as does a forecast's year (a target's period is dropped: "well on our way to meeting our
    $1.5 billion commitment")."""
    if period is None or n.unit.code != "USD":
        return period
    quarter = ex.default_period
    if n.kind is not ClaimKind.TARGET and (quarter is None or period.label != quarter.label):
        # "25% of our $70 million overall budget" in a look at the year: that year's budget (the quarter
        # reported on may come from a phrase of its own, "our results in the third quarter": same label)
        return period
    low = n.s.lowered
    if not any(map(low.__contains__, _COMMITMENT_WORDS)) or any(pm.start >= n.qe for pm in n.s.periods):
        return period
    if _COMMITMENT_AFTER.match(low, n.qe) is None:
        return period
    b = _COMMITMENT_BEFORE.search(low, max(0, n.qs - 30), n.qs)
    if b is None or _DONE_JUST_BEFORE.search(low, max(0, b.start() - 20), b.start()) is not None:
        # "we entered into a $75 million accelerated share repurchase program": a thing done with, what was
        # paid (as program_size reads it), not a size that stands
        return period
    return None


# the company's own people counted after "our" or "we have": "training for our roughly 20,000 engineers and
# 1500 program managers", "our global team of 6,500 employees", "We have 9,300 dedicated employees" (the noun
# in the span or at most one word after it; not "people": "we have more than 2.2 million people served under"
# arrangements counts members) ...
_PEOPLE = (
    r"(?:employees|engineers|team\s+members|teammates|associates|colleagues|workers|scientists"
    r"|program\s+managers|technicians|nurses|physicians|staff)"
)
_OUR_PEOPLE_BEFORE = re.compile(
    r"(?:\bour\s+(?:(?:global|worldwide|entire|dedicated|talented|amazing)\s+)*(?:(?:team|workforce)\s+of\s+)?"
    r"|\bwe\s+(?:now\s+)?(?:have|employ)\s+"
    r"|\bour\s+(?:[\w,.-]+\s+){0,2}?" + _PEOPLE + r"\s+and\s+)$"
)
_PEOPLE_IN = re.compile(r"(?:\s+[a-z-]+)?\s+" + _PEOPLE + r"$")
_PEOPLE_AFTER = re.compile(r"(?:\s+[a-z-]+)?\s+" + _PEOPLE + r"\b")
# ... or "N strong": "our amazing drivers, 534,000 strong around the world"
_STRONG_AFTER = re.compile(r"\s+strong\b")
_OUR_PEOPLE_REACH = 60


# (the words of _PEOPLE, "members" and "managers" for the two-word nouns, and "strong")
@TRIGGERS.needs(
    "employees", "engineers", "members", "teammates", "associates", "colleagues", "workers", "scientists",
    "managers", "technicians", "nurses", "physicians", "staff", "strong",
)  # fmt: skip
def workforce_size(ex: _Extractor, n: Number, period: Period | None) -> Period | None:
    """The size of the company's own workforce, in a sentence naming no period ("enhancing training for our
    roughly 20,000 engineers and 1500 program managers", "our global team of 6,500 employees", "We have 9,300
    dedicated employees", "our amazing drivers, 534,000 strong around the world"), is a present-tense count:
    the instant of the call date (README: present-tense balances and counts take the call date; engineers
    `headcount` on the call date), not a result of the quarter. Not a change ("we added 2,000 employees")."""
    if n.unit.code != "count" or not _undated_actual(ex, n, period):
        return period
    low, qs, qe = n.s.lowered, n.qs, n.qe
    if _STRONG_AFTER.match(low, qe) is not None:
        if not low.endswith(", ", 0, qs):
            return period
    else:
        if _PEOPLE_IN.search(n.qm.text.lower()) is None and _PEOPLE_AFTER.match(low, qe) is None:
            return period  # no people counted
        if _governing_before(low, n, _OUR_PEOPLE_BEFORE, _OUR_PEOPLE_REACH) is None:
            return period  # not the company's own
    return _call_date_unless_changed(ex, n, period)


# a pipeline sized right after "pipeline of" ("With a pipeline of over $7 billion", "a pipeline of
# opportunities, well in excess of $100 billion") or right before "pipeline" ("a $400 million pipeline")
_PIPELINE_BEFORE = re.compile(
    r"\b(?:a|an|our|its|their)\s+(?:[a-z-]+\s+){0,2}?pipeline\s+of\s+(?:[a-z-]+,?\s+){0,3}?$"
)
_PIPELINE_AFTER = re.compile(r"\s+(?:[a-z-]+\s+){0,2}?pipeline\b")
_A_BEFORE = re.compile(r"\b(?:a|an|our|its|their)\s+$")
_PIPELINE_REACH = 80
# a pipeline at a bound of the quarter: "the quarter ended with a record-setting pipeline of $1 billion", "The
# quarter began with a $1.2 billion pipeline"
_BOUND_WITH = re.compile(
    r"\b(?:ended|began|started|exited|entered|closed|finished)\s+(?:[a-z]+\s+){0,2}?with\b"
)


@TRIGGERS.needs("pipeline")
def pipeline_size(ex: _Extractor, n: Number, period: Period | None) -> Period | None:
    """The size of a pipeline said with no period words ("With a pipeline of over $7 billion, these synergies
    will be a notable contributor", "international expansion that stem from a pipeline of opportunities, well
    in excess of $100 billion", "the team has ... a $400 million pipeline") is the pipeline as it stands on
    the call date (README, seventh session: "with a pipeline of" the call date), not a flow of the quarter; a
    pipeline at a named date ("at quarter end") keeps that date, a change of it its period, one the quarter
    "ended with" or "began with" the quarter's."""
    low = n.s.lowered
    if "pipeline" not in low or not _undated_actual(ex, n, period):
        return period  # (first: most sentences fail it)
    qs, qe = n.qs, n.qe
    if _governing_before(low, n, _PIPELINE_BEFORE, _PIPELINE_REACH) is None and not (
        _A_BEFORE.search(low, max(0, qs - 8), qs) is not None and _PIPELINE_AFTER.match(low, qe) is not None
    ):
        return period
    lead = low[max(0, qs - _PIPELINE_REACH) : qs]  # (a slice: its first word's \b reads no letter before it)
    if _BOUND_WITH.search(lead) is not None or _past_aux_between(lead, 0, len(lead)):
        return period  # a pipeline at the quarter's end or start, or as it was
    return _call_date_unless_changed(ex, n, period)


# a holding said in the present tense right before the amount or count: "We have $1.4 trillion in deposits",
# "While EOG has 11,500 premium locations", "we already have over 1 million members enrolled", "We have 30
# megawatts under construction" (the subject a pronoun or a name; not "we have been", "we have had")
_HAVE_BEFORE = re.compile(
    r"(?:^|[,;]\s*|\b(?:while|and|but|so|that|which|who|as|because)\s+)"
    r"(?!(?:so|nor|as|than|also|who|which|that|what)\s)(?:we|they|it|[a-z][\w&.-]*)"
    r"\s+(?:(?:now|already|currently|still|also|today)\s+)*(?:have|has)\s+$"
)
_HAVE_REACH = 60
_HOLDING_NOT = ("quarter", "year end", "year-end", "repurchase", "buyback", "authoriz")


@TRIGGERS.needs("have", "has")
def present_holding(ex: _Extractor, n: Number, period: Period | None) -> Period | None:
    """An amount or count a subject "has" or "have" in the present tense, right before it, in a sentence
    naming no period ("We have $1.4 trillion in deposits from all American consumers", "While Gizmoco has
    11,500 premium locations", "we already have over 1 million members enrolled", "We have 30 megawatts under
    construction") is a holding as it stands on the call date (README: present-tense balances and counts, "We
    have over $75 billion in capital", take the call date), as today_state reads "Today, we have 40 stores".
    Not a change ("we have doubled"), nor a perfect ("we have been", "has had"), a balance at the quarter's
    end, a buyback's room or a small set said in words ("we have three reporting segments")."""
    if n.unit.code not in ("count", "USD") or not _undated_actual(ex, n, period):
        return period
    low, qs = n.s.lowered, n.qs
    if not low.endswith(("have ", "has "), 0, qs) or low.endswith("i have ", 0, qs):
        return period
    if _governing_before(low, n, _HAVE_BEFORE, _HAVE_REACH) is None:
        return period
    if (
        any(map(low.__contains__, _HOLDING_NOT))
        or _SMALL_WORD.match(low, qs) is not None
        or _BOUND_WITH.search(low) is not None  # "we ended the year with ..., and we have $760 million"
    ):
        # "At quarter end, we have $160.5 million of undrawn capacity" (a date find_periods does not read);
        # "We have 1.5 million shares available for repurchase" (room granted: no period); "we have three
        # reporting segments", "We have five growth initiatives" (a standing structure: no period)
        return period
    return _call_date_unless_changed(ex, n, period)


# a limit named as such, right before the level ("versus a minimum requirement of 5%", "the
# well-capitalized regulatory standard of 5%", "our leverage corridor of 20% to 25%", "Our covenant threshold
# is 3.75 times") ...
_LIMIT_NOUN = (
    r"(?:minimum(?:\s+(?:regulatory\s+)?(?:requirements?|levels?|ratios?))?(?!\s+(?:wage|pay|rent|balance))"
    r"|thresholds?(?:\s+price)?|corridor|regulatory\s+(?:standard|requirement|minimum)s?)"
)
_LIMIT_BEFORE = re.compile(r"\b" + _LIMIT_NOUN + r"\s+(?:of|is|at)\s+$")
# ... or right after it, adjectives only between ("above our 9.5% minimum requirement", "outside of a 10%
# corridor", "above the $101.38 conversion threshold price", "the NYSE's $1 listing requirement")
_LIMIT_AFTER = re.compile(
    r"\s+(?:(?!(?:above|below|over|under|in|of|than|excess|versus|to|from|and|or|the|a|an|our|its|their|times)\s)"
    r"[a-z-]+\s+){0,2}?"
    r"(?:" + _LIMIT_NOUN + r"|listing\s+requirement)\b"
)
_LIMIT_WORDS = ("minimum", "threshold", "corridor", "regulatory", "requirement")
_PASSES = ("exceed", "surpass", "top", "beat", "above", "below", "cross")  # a span that holds the verb


@TRIGGERS.needs(*_LIMIT_WORDS)
def named_limit(ex: _Extractor, n: Number, period: Period | None) -> Period | None:
    """A level named as a minimum, threshold, corridor or regulatory standard ("CET1 ... remains well
    above our 9.5% minimum requirement", "versus a minimum requirement of 5%", "in the middle of our leverage
    corridor of 20% to 25%", "the well-capitalized regulatory standard of 5%", "Our covenant threshold is 3.75
    times") is a limit, no result of a period (README: thresholds and regulatory minimums are claims with no
    period), even in a sentence that dates the result measured against it; a limit dated after it ("our
    regulatory minimum will be 9.1% in the first quarter of 2022") keeps that date. Not a wage or rent ("a $15
    minimum wage")."""
    if period is None:
        return period
    low, qs, qe = n.s.lowered, n.qs, n.qe
    if not any(map(low.__contains__, _LIMIT_WORDS)) or any(pm.start >= qe for pm in n.s.periods):
        return period
    if _LIMIT_BEFORE.search(low, max(0, qs - 50), qs) is None and _LIMIT_AFTER.match(low, qe) is None:
        return period
    if n.qm.text.lower().startswith(_PASSES):
        return period  # "revenue share will exceed the 50% threshold": the level forecast, not the limit
    return None


BEFORE_KIND: tuple[Rule, ...] = (
    own_phrase,
    off_base_year,  # (right after own_phrase: it re-reads the phrase own_phrase took)
    change_to_base_year,
    base_change,
    change_on_top_of_base,
    level_before_change_from_base,
    level_before_change_since,
    to_date_as_of,
    quarter_ahead, since_year_end, change_at_quarter_end, to_date_after, earlier_period, promised,
    against_last_year, to_date,
    forecast_just_before,  # (before forward_horizon, which would reach past the forecast just before)
    forward_horizon, intro_line, note_section, note_lasting_effect, derived_from_sentence,
    continues_forward, carried, their_calendar, part_of_change, change_after_compare_lead, quarter_so_far,
    total_for_the_year_to,
    base_clause,
)  # fmt: skip
AFTER_KIND: tuple[Rule, ...] = (
    year_so_far, year_done_so_far, standing_target, recurring_instant, balance_at_quarter_end,
    balance_at_month_end,
    change_to_guidance, revised_range, change_to_guided_level,
    revising_by, named_guidance_actual, closed_year_flow, closed_year_balance, since_pandemic,
    reported_quarter,
    note_threshold, note_valuation, note_goal_from_current, note_duration, note_past_story,
    note_restated_in_brackets,
    note_restated_guidance, note_path_to_guided, note_rate_to_deadline, note_sourced_undated,
    note_annualized,
    since_year_event, organisation_size, years_of_tenure, cap_rate, in_the_closed_year, closed_year_opener,
    now_state,
    now_state_of_subject,
    already_sold_ahead,
    so_far_now, today_state,
    done_so_far, year_section, named_guidance_forecast, discourse_count, rate_through_year,
    rate_then_through_year, sized_opportunity,
    asset_size, streak_length, size_adjective, stake, deal_price, set_count_carried,
    standing_target_level, exit_the_year,
    term_or_tenure, planned_multiple, year_told_on_closing_call,
    vague_magnitude, hypothetical, capability,
    category_threshold, remaining_authorization, rank_count, program_size, price_assumption,
    annual_plan, guided_midpoint, done_last_year, kept_forecast,
    present_state, coupon, done_so_far_passive, guided_bare_quarter,
    quarter_of_named_year, percent_complete, debt_profile, yardstick_forecast,
    workforce_size, pipeline_size, present_holding,
    guidance_scope, quarter_guidance_scope, infinitive_line_in_scope, revision_in_guidance_scope,
    prior_guide_not_next_quarter,
    sized_commitment,  # (after guidance_scope, which may give a budget its year)
    level_moved_from,  # (late: a period carried from the sentences before comes first)
    named_limit,
)  # fmt: skip
# the AFTER_KIND rules that find a revised forecast (its period is the guided year), whatever the kind read
GUIDED_YEAR: frozenset[Rule] = frozenset(
    (change_to_guidance, revised_range, revising_by, named_guidance_actual, change_to_guided_level)
)
# Rules that only fill in a missing period: each returns a period it is given untouched, with no side effect
# (its first test is `period is not None`), so resolve skips it once a period is found.
FILL_ONLY: frozenset[Rule] = frozenset(
    (
        earlier_period, forward_horizon, intro_line, note_section, note_lasting_effect, derived_from_sentence,
        continues_forward, carried,
        forecast_just_before,
        change_to_guidance, revised_range, revising_by, named_guidance_actual, reported_quarter,
        closed_year_flow, named_guidance_forecast, against_last_year, change_to_guided_level,
        since_pandemic, yardstick_forecast,
    )
)  # fmt: skip
# Rules that only amend a period found: each returns None when given None, so resolve skips it then.
AMEND_ONLY: frozenset[Rule] = frozenset(
    (
        quarter_ahead, change_at_quarter_end, to_date, their_calendar, year_so_far, year_done_so_far,
        standing_target, recurring_instant, balance_at_quarter_end, closed_year_balance, now_state,
        done_so_far, in_the_closed_year, closed_year_opener, year_section,
        note_threshold, note_valuation, note_goal_from_current, note_duration, note_past_story,
        note_restated_in_brackets, note_rate_to_deadline, note_sourced_undated,
        discourse_count, rate_through_year, rate_then_through_year, sized_opportunity, organisation_size,
        years_of_tenure, cap_rate,
        since_year_event, part_of_change, change_after_compare_lead, quarter_so_far, asset_size,
        streak_length, size_adjective, stake, set_count_carried, standing_target_level, exit_the_year,
        total_for_the_year_to, off_base_year, change_to_base_year, annual_plan, done_last_year,
        level_before_change_since,
        kept_forecast,
        balance_at_month_end, to_date_as_of, now_state_of_subject, so_far_now, today_state,
        term_or_tenure, planned_multiple, year_told_on_closing_call, vague_magnitude, hypothetical,
        capability, category_threshold, remaining_authorization, rank_count, program_size,
        price_assumption,
        present_state, coupon, done_so_far_passive, guided_bare_quarter, guidance_scope,
        quarter_guidance_scope,
        quarter_of_named_year, percent_complete, debt_profile,
        sized_commitment, workforce_size, pipeline_size, present_holding, named_limit,
        revision_in_guidance_scope, prior_guide_not_next_quarter, infinitive_line_in_scope,
        level_moved_from,
    )
)  # fmt: skip
# Rules that read only one kind: each returns the period it is given untouched, with no side effect, unless
# the number has that kind (its first tests include `n.kind is not ...`), so resolve skips it otherwise
KIND_ONLY: dict[Rule, ClaimKind] = {
    **dict.fromkeys(
        (
            year_so_far, year_done_so_far, recurring_instant, named_guidance_actual, closed_year_flow,
            reported_quarter, note_threshold, note_valuation, note_goal_from_current, organisation_size,
            years_of_tenure, in_the_closed_year, closed_year_opener, now_state, done_so_far, year_section,
            since_pandemic,
            balance_at_month_end, now_state_of_subject, so_far_now, today_state, year_told_on_closing_call,
            present_state,
            done_so_far_passive, guidance_scope, quarter_guidance_scope, percent_complete, debt_profile,
            workforce_size, pipeline_size, present_holding, revision_in_guidance_scope,
            infinitive_line_in_scope, level_moved_from,
        ),
        ClaimKind.ACTUAL,
    ),
    standing_target: ClaimKind.TARGET,
    standing_target_level: ClaimKind.TARGET,
    named_guidance_forecast: ClaimKind.GUIDANCE,
    sized_opportunity: ClaimKind.ESTIMATE,
}  # fmt: skip
# Rules for research notes only: each returns the period it is given untouched, with no side effect, in any
# other document (it tests `ex.doc.kind`), so resolve leaves them out there
NOTE_ONLY: frozenset[Rule] = frozenset(
    (
        note_section, note_lasting_effect, note_threshold, note_valuation, note_goal_from_current,
        note_duration, note_past_story,
        note_restated_in_brackets, note_restated_guidance, note_path_to_guided, note_rate_to_deadline,
        note_sourced_undated, note_annualized,
    )
)  # fmt: skip
# (rule, fills only, amends only, finds the guided year, the only kind it reads or None, the bits of its
# trigger words or 0), read once: the loops in resolve test flags, not sets
Step = tuple[Rule, bool, bool, bool, ClaimKind | None, int]


def _steps(rules: tuple[Rule, ...], notes: bool) -> tuple[Step, ...]:
    """`rules` with their FILL_ONLY, AMEND_ONLY, GUIDED_YEAR and KIND_ONLY flags and trigger bits; without the
    NOTE_ONLY rules unless `notes`."""
    return tuple(
        (r, r in FILL_ONLY, r in AMEND_ONLY, r in GUIDED_YEAR, KIND_ONLY.get(r), TRIGGERS.mask(r))
        for r in rules
        if notes or r not in NOTE_ONLY
    )


# (BEFORE_KIND runs before the kind is read: none of its rules is in KIND_ONLY)
BEFORE_STEPS = _steps(BEFORE_KIND, notes=True)
AFTER_STEPS = _steps(AFTER_KIND, notes=True)
BEFORE_STEPS_NO_NOTE = _steps(BEFORE_KIND, notes=False)  # for transcripts and other non-note documents
AFTER_STEPS_NO_NOTE = _steps(AFTER_KIND, notes=False)


_Steps = tuple[Step, ...]
# where each loop of resolve goes next: for a position i, the first step at or after i that can change the
# period by its flags (len(steps) when none is left), one table while no period is found and one once one is;
# the AFTER loop has a pair per kind the number has, as a rule that reads only one kind is skipped for any
# other. The trigger words are then tested only at the steps the tables land on.
_Jumps = tuple[int, ...]


class _Plan:
    """The BEFORE and AFTER steps of a pair of step lists, their trigger bits and jump tables (made once)."""

    __slots__ = (
        "after",
        "after_jumps",
        "after_masks",
        "before",
        "before_found",
        "before_masks",
        "before_none",
    )

    def __init__(self, before: _Steps, after: _Steps) -> None:
        self.before = tuple(st[0] for st in before)
        self.before_masks = tuple(st[5] for st in before)
        self.before_none = _jumps(before, found=False, kind=None)
        self.before_found = _jumps(before, found=True, kind=None)
        self.after = tuple((st[0], st[3]) for st in after)
        self.after_masks = tuple(st[5] for st in after)
        # per kind: (none found yet, one found); keyed by the kind alone, as an Enum hashes in Python
        self.after_jumps: dict[ClaimKind | None, tuple[_Jumps, _Jumps]] = {
            kind: (_jumps(after, found=False, kind=kind), _jumps(after, found=True, kind=kind))
            for kind in (*ClaimKind, None)
        }


def _runs(step: Step, found: bool, kind: ClaimKind | None) -> bool:
    """Whether `step` can change the period: not a filler once a period is `found`, not an amender before one
    is, not a rule of one kind for a number of another `kind` (None in BEFORE_KIND: no rule there has one)."""
    _, fills, amends, _, only, _ = step
    if (fills and found) or (amends and not found):
        return False
    return only is None or kind is only


def _jumps(steps: _Steps, found: bool, kind: ClaimKind | None) -> _Jumps:
    """For each position i of `steps` (and one past the end), the first position >= i whose step `_runs`."""
    nxt = [len(steps)] * (len(steps) + 1)
    for i in range(len(steps) - 1, -1, -1):
        nxt[i] = i if _runs(steps[i], found, kind) else nxt[i + 1]
    return tuple(nxt)


# per (id of the BEFORE list, id of the AFTER list): the lists are kept beside their plan, so neither id is
# reused while its entry lives (tests swap the lists for probes)
_PLANS: dict[tuple[int, int], tuple[_Steps, _Steps, _Plan]] = {}


def _plan(before: _Steps, after: _Steps) -> _Plan:
    """The `_Plan` of `before` and `after` (made once per pair of lists)."""
    found = _PLANS.get((id(before), id(after)))
    if found is None:
        found = _PLANS[id(before), id(after)] = (before, after, _Plan(before, after))
    return found[2]


def _beat(n: Number) -> bool:
    """Whether a guidance word before the number is its yardstick ("surpassing initial forecast by 15%")."""
    return any(c.kind == "base" and c.start < n.qs for c in n.s.cues)


def resolve(ex: _Extractor, n: Number) -> tuple[Period | None, ClaimKind]:
    """The period and kind of number `n`: BEFORE_KIND, the kind, then AFTER_KIND (as BEFORE_STEPS and
    AFTER_STEPS: a rule that cannot change the period so far, or reads another kind or only notes, is not
    called, nor one whose sentence holds none of its trigger words; `_Plan` jumps over the first)."""
    if ex.doc.kind is DocumentKind.NOTE:
        plan = _plan(BEFORE_STEPS, AFTER_STEPS)
    else:
        plan = _plan(BEFORE_STEPS_NO_NOTE, AFTER_STEPS_NO_NOTE)
    words = n.s.triggers()
    period: Period | None = None
    rules, masks, none_yet, found_one = plan.before, plan.before_masks, plan.before_none, plan.before_found
    i, end = none_yet[0], len(rules)
    while i < end:
        if not masks[i] or masks[i] & words:  # else the sentence lacks the rule's trigger words
            period = rules[i](ex, n, period)
        i = (none_yet if period is None else found_one)[i + 1]
    cue = n.cue_cf() if n.digits == 0 else ex._cue_before(n.s, n.qs + n.digits, counterfactual=True)
    kind = ex.kind(n.s, n.qs + n.digits, n.speaker, period, n.third_party, n.qe, cue=cue)
    if n.continued and kind is ClaimKind.ACTUAL:  # ... and the same kind: what that forecast holds
        kind = n.forecast_kind()
    n.kind = kind
    steps, masks, jumps = plan.after, plan.after_masks, plan.after_jumps
    none_yet, found_one = jumps[n.kind]
    i, end = (none_yet if period is None else found_one)[0], len(steps)
    while i < end:
        if masks[i] and not masks[i] & words:
            i = (none_yet if period is None else found_one)[i + 1]
            continue  # the sentence lacks the rule's trigger words
        rule, guided = steps[i]
        found = rule(ex, n, period)
        revised = period is None and found is not None and guided
        if kind is ClaimKind.ACTUAL and revised and not _beat(n):
            # read as an actual for want of a forward word, the number is a revision of the guidance ("EPS
            # guidance is being increased to $5.35 to $5.40", "$5.35 to $5.40, up from $5.25 to $5.35"):
            # guidance, as its period is the guided year
            kind = n.kind = n.forecast_kind()
        period = found
        none_yet, found_one = jumps[n.kind]  # n.kind as it is now: a rule may re-read it
        i = (none_yet if period is None else found_one)[i + 1]
    return period, n.kind or kind  # a rule may re-read the kind (note_threshold, note_valuation)
