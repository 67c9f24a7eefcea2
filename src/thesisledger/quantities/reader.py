"""Reading a pattern match into a Quantity: the scanner's hot path (see grammar.py for the patterns).

Results are plain tuples `(start, end, quantity, unit_explicit, note)`; `parse.py` wraps them in
`QuantityMatch`. Decisions made here, in one place:

- A bare number (no scale, unit, currency or counted noun) is not a quantity in running text:
  "in 2027", "slide 5", "1." and "March 31" stay out. `phrase=True` (parse_quantity) accepts it.
- "X to Y" is a range, except "from X to Y" (a change, read as two quantities), a "Y" lower than
  "X", or ends with different units ("5% to $8 billion"). "X and Y" is a range only after
  "between". A scale, unit or currency written once applies to both ends ("5 to 8 billion USD").
- A four-digit 1900-2099 number without money, scale or %, x, pp is a year, never a count.
- The "(3.2)" accounting negative needs a currency, scale or unit: "$(3.2)", "(3.2) billion", "(5)%".
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from functools import cache

from thesisledger.quantities.grammar import YEN_SIGNS, _trie, counted_noun, currency_forms, grammar
from thesisledger.quantities.lexicon import UnitWord, lexicon, normalize_words
from thesisledger.quantities.quantity import Bound, Quantity
from thesisledger.quantities.units import COUNT, MULTIPLE, PP, RATIO, Unit, UnitKind

Found = tuple[int, int, Quantity, bool, str | None]

_GROUPS = (
    "n1",
    "cl1",
    "sc1",
    "u1",
    "join",
    "cur2",
    "sign2",
    "n2",
    "cl2",
    "sc2",
    "u2",
    "cur3",
    "per",
    "mb",
    "noun",
)
_PREFIX_GROUPS = ("paren2", "sign2", "cur", "sign", "paren", "tilde", "bw", "bwa", "label")
_BOUND_OF = {"approx": Bound.APPROX, "gt": Bound.GT, "gte": Bound.GTE, "lt": Bound.LT, "lte": Bound.LTE}
# members and groups read once: each `Bound.X` / `UnitKind.X` in read_number is a lookup through the Enum
_EQ, _RANGE = Bound.EQ, Bound.RANGE
_POINT_BOUNDS = frozenset((Bound.EQ, Bound.APPROX))
_LOWER_BOUNDS = frozenset((Bound.GT, Bound.GTE))
_NUMERIC_KINDS = frozenset((UnitKind.RATIO, UnitKind.PP, UnitKind.MULTIPLE))
_isfinite = math.isfinite
_CURRENCY_END = frozenset("$€£¥￥₩₹元(")
_SIGNS = frozenset("-−")
_TENS_STEMS = re.compile(r"(?i:newt|riht|rof|fif|xis|neves|hgie|enin)(?![A-Za-z])")
_TENS_LAST = frozenset("nrfxhNRFXH")  # the last letters of those stems, either case
_LEVEL_UNIT = re.compile(r"[ \u00a0]?%|[ \u00a0](?i:percent|per[ \u00a0]cent)(?![A-Za-z])")
_DURATION_ANCHORS = ("year", "month", "quarter", "week", "day")
_NUMBER_WORD_ENDS = frozenset("eorxntEORXNT")
# units a number word may stand before ("five basis points", "six percent", "seven times")
_MEASURE_ANCHORS = ("basis point", "percentage point", "percent", "times")
_WORD_ANCHORS = (*_DURATION_ANCHORS, *_MEASURE_ANCHORS, "point", "fold", "turn")  # what `_number_word` reads


def _anchor_finder(anchor: str) -> re.Pattern[str]:
    """Where scan_words tries `_number_word` on `anchor`: after a blank or hyphen that follows a number word's
    last letter (`_NUMBER_WORD_ENDS`), or for "times" / "turn" ("two and a half times") after a blank or
    hyphen at least five characters in; "fold" anywhere. `_number_word`'s first test, run by `re` in C:
    most anchors ("this quarter", "per year") fail it. The anchor comes first, so `re` scans for it as a
    literal; no anchor overlaps itself, so the scan finds every place `str.find` would."""
    word = re.escape(anchor)
    if anchor == "fold":
        return re.compile(word)
    after_word = f"(?<=[{''.join(sorted(_NUMBER_WORD_ENDS))}][ -]{word})"
    if anchor in ("times", "turn"):
        return re.compile(f"{word}(?:{after_word}|(?<=[\\s\\S]{{4}}[ -]{word}))")
    return re.compile(word + after_word)


_ANCHOR_FINDERS = tuple((anchor, _anchor_finder(anchor)) for anchor in _WORD_ANCHORS)

# "our top 20 deals", "Top 10 customers": "top" after a determiner or opening a sentence, or before a
# plain count, ranks (no claim; "the top 5%" keeps its 5% without a bound); it is a bound only as a
# verb ("sales topped $5 billion").
_RANK_BEFORE = re.compile(
    r"(?:(?:^|[^A-Za-z])(?i:our|the|its|their|his|her|my|your|a|these|those|of|in)[ \u00a0]+"
    r"|[.:;!?\n][ \u00a0]*|^)$"
)


# "three points above our guidance", "a four-point beat", "by one point", "improved by more than three
# points": a number word + "point(s)" is percentage points only next to a word of change or comparison
# (a bound word may stand between "by" and the number); "one point in time", "I'd make two points" and
# "at this point" are not quantities.
@cache
def _point_before() -> re.Pattern[str]:
    bounds = "|".join(sorted((re.escape(w) for w in lexicon().bounds), key=len, reverse=True))
    return re.compile(f"(?:^|[^A-Za-z])(?i:by|up|down)[ \u00a0]+(?:(?i:{bounds})[ \u00a0]+)?$")


_POINT_AFTER = re.compile(
    r"[ \u00a0]+(?i:above|below|higher|lower|better|worse|ahead|beat|improvement|increase|decrease"
    r"|decline|reduction|deterioration|swing|expansion|contraction|headwind|tailwind|benefit|drag|impact"
    r"|sequentially"
    r"|year-over-year|year[ \u00a0]over[ \u00a0]year)(?![A-Za-z])"
)


# "currency added two points", "acquisitions contributing three points", "a decrease of more than three
# points", "an improvement of seven points": a verb of contribution or change, or a change noun and "of",
# just before a number word + "point(s)" (a bound word may stand between) makes them percentage points
@cache
def _point_change_before() -> re.Pattern[str]:
    bounds = "|".join(sorted((re.escape(w) for w in lexicon().bounds), key=len, reverse=True))
    return re.compile(
        # "I'd add two points", "let me add one point": a speaker's remarks, not percentage points
        r"(?:^|[^A-Za-z])(?<!I )(?<!I'd )(?<!me )(?<!would )"
        r"(?i:add|adds|added|adding|contributed|contributes|contributing|improved|increased"
        r"|decreased|declined|expanded|contracted|gained|lost|took|offset"
        r"|(?:improvement|increase|decrease|decline|expansion|contraction|reduction|headwind|tailwind"
        r"|benefit|impact|drag|contribution|swing)[ \u00a0]+of)"
        f"[ \u00a0]+(?:(?i:{bounds})[ \u00a0]+)?$"
    )


# "one point of net benefit from acquisitions", "three points of favorable price/mix", "four points of
# unfavorable foreign currency", "two points of pricing": "of" and a driver of growth (up to three words
# between) after a number word + "point(s)"; "three points of contact" and "two points of disagreement"
# name no driver
_POINT_OF_DRIVER = re.compile(
    r"[ \u00a0]+of[ \u00a0]+(?:[A-Za-z/-]+[ \u00a0]+){0,3}?"
    r"(?i:growth|price|prices|pricing|price/mix|benefit|impact|headwinds?|tailwinds?|contribution"
    r"|improvement|acceleration|deceleration|share|volume|currency|exchange|FX|inflation|pressure|drag"
    r"|dilution|accretion)(?![A-Za-z])"
)


# what after "N point(s)" shows the points are no percentage points
_NO_POINTS = re.compile(
    r"(?:[ \u00a0-](?i:plan|scale|program|agenda|list|framework|strategy|system|lead|game|shot|play|font|type"
    r"|star|rating|check|inspection|turn)s?"
    r"|[ \u00a0]of[ \u00a0](?i:view|sale|contact|presence|light|interest|entry|care|failure|distribution"
    r"|difference|departure|reference|origin|purchase|use|service|connection|access))(?![A-Za-z])"
    r"|[ \u00a0]+\d"  # "10 point 1 million": a decimal point read out
)


class Split(Exception):
    """Internal: a range that reads as two quantities; the scanner reads the first alone."""


@dataclass(slots=True)
class Context:
    """Per-call settings: the default currency (for "¥" and, in phrases, bare amounts)."""

    default_currency: str | None
    phrase: bool
    units: dict[tuple[str, bool], Unit] = field(default_factory=dict)

    def currency(self, code: str, per_share: bool) -> Unit:
        unit = self.units.get((code, per_share))
        if unit is None:
            unit = self.units[(code, per_share)] = Unit(UnitKind.CURRENCY, code, per_share)
        return unit


@cache
def _unit_of(code: str, noun: str | None) -> Unit:
    if code == "ratio":
        return RATIO
    if code == "pp":
        return PP
    if code == "multiple":
        return MULTIPLE if noun is None else Unit(UnitKind.MULTIPLE, "multiple", noun=noun)
    return Unit(UnitKind.DURATION, code)


@cache
def _count(noun: str | None, per_share: bool = False) -> Unit:
    return COUNT if noun is None and not per_share else Unit(UnitKind.COUNT, "count", per_share, noun)


def _value(digits: str, exponent: int, negative: bool) -> float:
    v = float(f"{digits.replace(',', '')}e{exponent}") if exponent else float(digits.replace(",", ""))
    return -v if negative else v


@cache
def _unit_word(text: str) -> UnitWord:
    units = lexicon().units
    key = " ".join(text.lower().split())
    if key in units:  # "-to-1"
        return units[key]
    return units[" ".join(w for w in key.lstrip("-").split() if w not in _STREAK_WORDS)]


_STREAK_WORDS = frozenset(("consecutive", "straight"))


@cache
def _bound_written(reversed_words: str) -> str | None:
    """The bound kind of a bound word matched reversed by the prefix pattern ("naht erom" -> "gt")."""
    return lexicon().bounds.get(" ".join(reversed_words[::-1].lower().split()))


@cache
def _scale_exponent(text: str) -> int:
    lex = lexicon()
    key = text.lower()
    return lex.scales[key] if key in lex.scales else lex.attached_scales[key]


def _currency(token: str, ctx: Context, *, prefix: bool) -> tuple[str, str | None]:
    forms = currency_forms()
    code = forms.prefixes.get(token) if prefix else forms.suffixes.get(" ".join(token.lower().split()))
    if code is None:  # a code written in lower case before the number ("rmb 9 billion")
        code = forms.prefixes.get(token.upper(), "")
    if code or token not in YEN_SIGNS:
        return code, None
    if ctx.default_currency in ("CNY", "JPY"):
        return ctx.default_currency, None
    return "CNY", "¥ read as CNY (it can also mean JPY; pass default_currency='JPY' for yen)"


def span_levels(first: Quantity, last: Quantity, name: str) -> Quantity:
    """ "low to mid teens": from the lower of the two levels' lows to the higher of their highs."""
    lows = [v for v in (first.low, last.low) if v is not None]
    highs = [v for v in (first.high, last.high) if v is not None]
    if len(highs) < 2:  # an open level ("double digits") on either side keeps the span open
        return Quantity(min(lows), None, Bound.GTE, RATIO, "%", name)
    return Quantity(min(lows), max(highs), Bound.RANGE, RATIO, "%", name)


def _is_year(digits: str) -> bool:
    return len(digits) == 4 and digits[:2] in ("19", "20")


# "16 of our top 20 deals", "115 of these aircraft", "four of the seven segments": a bare number counting
# part of a ranked group, of things named after it or of a group counted after "the" is a count ("17 of
# the last 19 quarters" is not: "the last" names no group); group
# `gn` is the plural named ("aircraft"), when there is one; "out of" says the same ("six out of our seven
# businesses", "three out of the four segments")
@cache
def _of_group() -> re.Pattern[str]:
    return re.compile(
        r"[ \u00a0](?:out[ \u00a0]+)?of[ \u00a0]+(?:(?i:our|the|its|their|all)[ \u00a0]+top[ \u00a0]+\d"
        f"|(?i:these|those|our|its|their)(?:(?P<gn>{counted_noun(lexicon())})|[ \u00a0]+[a-z])"
        # "four of the seven segments", "2 of the 3 legs": a part of a group counted after "the"; "15 of our
        # 17 properties", "six of our 10 mills": after "our" in digits (never a year: "1 of our 2021 goals")
        r"|(?:(?i:the)[ \u00a0]+|(?i:these|those|our|its|their)[ \u00a0]+(?!(?:19|20)\d\d(?![\d,]))(?=\d))"
        f"(?:\\d[\\d,]*|(?i:{'|'.join(_counting_words())}))(?={counted_noun(lexicon())}))"
    )


def read_number(text: str, m: re.Match[str], ctx: Context) -> Found | None:
    """Read one match of `grammar().number`; None when it is not a quantity; raises Split."""
    s = m.start()
    phrase = ctx.phrase
    of_top: re.Match[str] | None = None
    # Groups 3-15 (sc1 .. noun) all unmatched: a bare number, the commonest match ("in 2021", "June 30").
    if (
        not phrase
        and (m.lastindex or 0) <= 2
        # the one-character test keeps the regex off almost every bare number (the hot path)
        # (`_of_group` starts with a blank and a lower-case "of" or "out of")
        and not (
            text.startswith((" of", " out of"), m.end()) and (of_top := _of_group().match(text, m.end()))
        )
    ):
        c = text[s - 1] if s else ""
        codes = grammar().glued_codes
        if (
            c not in _CURRENCY_END
            and text[max(0, s - 4) : s - 1] not in codes
            and text[max(0, s - 3) : s] not in codes
        ):
            return None
    n1, cl1, sc1, u1, join, cur2, sign2, n2, cl2, sc2, u2, cur3, per, mb, noun = m.group(*_GROUPS)
    if not phrase and not (sc1 or u1 or n2 or cur3 or per or noun or mb or of_top):
        c = text[s - 1] if s else ""
        codes = grammar().glued_codes
        if (
            c not in _CURRENCY_END
            and text[max(0, s - 4) : s - 1] not in codes
            and text[max(0, s - 3) : s] not in codes
        ):
            return None
    g = grammar()
    window = text[max(0, s - 48) : s][::-1]
    p = g.prefix.match(window)
    assert p is not None  # every part of the prefix pattern is optional
    paren2, psign2, cur, psign, paren, tilde, bw, bwa, label = p.group(*_PREFIX_GROUPS)
    note: str | None = None

    # currency: before the first number, before the second, or after the last
    code = ""
    if cur and not (cur2 or cur3):  # the commonest currency: one symbol or code before the digits ("$5")
        code, note = _currency(cur[::-1], ctx, prefix=True)
    elif cur or cur2 or cur3:  # most numbers have none: skip building the loop
        for token, is_prefix in ((cur, True), (cur2, True), (cur3, False)):
            if token:
                tok = token[::-1] if token is cur else token.strip()
                c, why = _currency(tok, ctx, prefix=is_prefix)
                if code and c != code:
                    return None  # "$5 to RMB 8": two currencies in one amount is not a quantity
                code, note = c, note or why

    uw1 = _unit_word(u1) if u1 else None
    uw2 = _unit_word(u2) if u2 else None
    if (
        (u1 or u2)
        and (u2 or u1).strip(" \u00a0-").lower() in ("point", "points")
        and _NO_POINTS.match(text, m.end())
    ):
        return None  # "a 10-point plan", "3 points of view"
    uw = uw2 or uw1
    cut: int | None = None
    if (
        uw is not None
        and code
        and uw.kind is UnitKind.DURATION
        and not (per or mb or noun)
        and (not n2 or uw1 is None)
    ):
        # "$335 million year to date", "$40 million year over year": the amount ends before the
        # period word; a duration is no unit of money; so do two amounts ("by $100 million to $300
        # million year on year", "$71 million and $157 million year to date"), which were lost whole
        cut = m.start("u2" if uw2 is not None else "u1")
        while cut > s and text[cut - 1] in " \u00a0-":
            cut -= 1
        uw = uw1 = uw2 = None
        u1 = u2 = None
    if uw is not None and code:
        if n2 and uw1 is not None and uw2 is None and not cur:
            raise Split  # "grew 11% to $800 million": a change and the level it reached
        if n2 and uw1 is None and uw2 is not None and cur and not (cur2 or cur3):
            raise Split  # "$300 million and 10 basis points of margin": an amount, then a measure
        return None  # "$5%" and the like
    kind_word = uw.kind if uw is not None else None
    numeric = kind_word in _NUMERIC_KINDS

    # a range that reads as two quantities?
    bound_kind = _bound_written(bw) if bw else None
    # "in the range of 2.5%" is approximately 2.5%; before two numbers it only introduces the range, which
    # it joins as "between" does ("in the range of $33 million and $35 million") and stays out of its span
    range_of = bool(n2 and bw and " ".join(bw[::-1].lower().split()) == "in the range of")
    if range_of:
        bw = bound_kind = None
    bw_end = p.end("bw") if bw else 0
    if not (bw or tilde or bwa or label) and text.endswith(" a ", 0, s - p.end()):
        bw, bound_kind, bw_end = _bound_before_a(text, s - p.end() - 2, bw, bound_kind, bw_end)
        bw_end += p.end() + 2 if bw else 0
    if bw and bw.lower() == "pot":  # reversed "top"
        at = s - p.end("bw")
        plain_count = not (sc1 or u1 or code or per)
        ranked = _RANK_BEFORE.search(text[max(0, at - 8) : at]) is not None
        if plain_count and (noun or ranked):
            return None  # "our top 20 deals": a rank, not a count
        if ranked:
            bound_kind = None  # "the top 5% of customers": the share, with no bound
    if n2:
        j = join.strip().lower()
        if (
            (uw1 is not None and uw2 is not None and (uw1.kind, uw1.code) != (uw2.kind, uw2.code))
            or (uw1 is not None and uw2 is None)
            or (sc1 and not sc2)
            # "a 20 to $25 million impact": one range in the second end's currency, unless the first
            # number is a year or a label ("in 2020 to $25 million", "FY '21 to $146 million", "March 31 to")
            or (cur2 and not cur and (j != "to" or sc1 or u1 or label or _is_year(n1) or text[s - 1] in "'’"))
            or cl1
            or cl2
            or (
                j == "and"
                and bound_kind != "between"
                and not range_of
                and not _range_of_before(text, s - p.end())
            )
            or (
                j == "to"
                and (bound_kind == "from" or _from_before(text, s - p.end()))
                and not _RANGING_FROM.search(text, max(0, s - 60), s)
            )
            or (code and j == "to" and _changed_before(text, s - p.end()))
            or (code and j == "to" and _change_by_to_level(text, s - p.end(), n1, sc1, n2, sc2))
        ):
            raise Split
    elif bound_kind == "between":
        bound_kind = None

    # accounting negative "(3.2) billion", "$(3.2)": the paren opens right before the digits
    accounting = bool(cl1 and (paren2 or paren) and (code or sc1 or numeric))
    if cl1 and not accounting:
        return None
    negative = accounting or (psign2 or psign or "") in _SIGNS

    # where the quantity starts: the furthest prefix part that belongs to it
    # the furthest of paren2, sign2, cur, sign, paren (in that order back from the digits); a paren only
    # for an accounting negative
    if paren and accounting:
        back = p.end("paren")
    elif psign:
        back = p.end("sign")
    elif cur:
        back = p.end("cur")
    elif psign2:
        back = p.end("sign2")
    elif paren2 and accounting:
        back = p.end("paren2")
    else:
        back = 0
    if tilde:
        back = p.end("tilde")
        bound_kind = "approx"
    elif bwa:
        back = p.end("bwa")
        bound_kind = "gt"
    elif bw and bound_kind not in ("from", None):
        back = bw_end
    start = s - back

    # unit
    end = m.end() if cut is None else cut
    scale = sc2.strip() if sc2 else (sc1.strip() if sc1 else None)
    exp2 = _scale_exponent(scale) if scale else 0
    exp1 = _scale_exponent(sc1.strip()) if (sc1 and sc2) else exp2  # `scale` is sc1's when sc2 is unset
    explicit = True
    unit: Unit
    if code:
        unit = ctx.currency(code, bool(per))
    elif uw is not None:
        if uw.kind in (UnitKind.RATIO, UnitKind.PP):
            if scale:
                return None  # "5 million %"
            scale = (u2 or u1 or "").strip().lstrip("-")  # "a 4-point gap": scale "point"
        base = mb.strip() if (mb and uw.kind is UnitKind.MULTIPLE) else None
        unit = _unit_of(uw.code, base)
        exp1 += uw.exponent
        exp2 += uw.exponent
        if not phrase and not numeric and (label or _is_year(n1)):
            return None
    elif noun and (phrase or not (per or label or _is_year(n1) or _named(text, s, noun))):
        unit = _count(" ".join(noun.split()))
    elif of_top and not (scale or per or label or _is_year(n1)):
        group = of_top.group("gn")
        unit = _count(" ".join(group.split()) if group else None)
    elif (
        n2
        and not (scale or per or label)
        and "  " not in join  # a table row's columns ("1,090      -      4,269") are no range
        and _GROUPED.fullmatch(n1)
        and _GROUPED.fullmatch(n2)
    ):
        unit, explicit = _count(None), False  # "a range of 1,050 to 1,150": whole thousands, a count
    else:
        if not phrase and ((not scale and not per) or label or (_is_year(n1) and not scale)):
            return None
        explicit = False
        if ctx.default_currency and (scale or per) and phrase:
            unit = ctx.currency(ctx.default_currency, bool(per))
        else:
            unit = _count(None, bool(per))
    if noun and unit.noun is None:
        end = m.start("noun")
    if mb and unit.kind is not UnitKind.MULTIPLE:
        end = min(end, m.start("mb"))

    low = _value(n1, exp1, negative)
    if not _isfinite(low):
        return None
    if not n2 and not back and not bound_kind and numeric and text.endswith(" to ", max(0, s - 4), s):
        w = g.number_word_before.match(text[max(0, s - 14) : s - 4][::-1])
        word_low = (
            _value(str(lexicon().number_words[w.group("nw")[::-1].lower()]), exp1, False) if w else None
        )
        if (
            w is not None
            and word_low is not None
            and word_low < low
            and not _from_before(text, s - 4 - w.end())
        ):
            start = s - 4 - w.end()  # "a range of nine to 9.5%"
            return start, end, Quantity(word_low, low, Bound.RANGE, unit, scale), explicit, note
    if not n2 and not bound_kind and low > 0 and text.endswith(_FLAT_TO_ENDS, max(0, start - 7), start):
        f = _FLAT_TO.search(text, max(0, start - 32), start)
        if f is not None and not _from_before(text, f.start()):  # "from roughly flat to down 4%": a change
            # "flat to down 50 basis points": one range from no change to the amount
            return f.start(), end, Quantity(0.0, low, Bound.RANGE, unit, scale), explicit, note
    if n2:
        high = _value(n2, exp2, (sign2 or "") in _SIGNS)
        if not _isfinite(high):
            return None
        if low > high:
            raise Split
        if bound_kind in _BOUND_OF:  # the word, or "~" / ">" (the prefix was matched reversed)
            said = (bw or bwa or tilde or "")[::-1].strip()
            note = note or f"{said!r} before a range; read as the range"
        q = Quantity(low, high, _RANGE, unit, scale)
    else:
        b = _BOUND_OF.get(bound_kind or "", _EQ)
        if b in _POINT_BOUNDS and text.startswith(_OPEN_END_STARTS, end):
            o = _OPEN_END.match(text, end)
            if o is not None and o.start("pw") != -1 and unit.kind is not UnitKind.RATIO:
                o = None  # "$1.2 billion plus availability under our facilities": a sum
            if o is not None:  # "28% plus", "$3 billion or more", "around 28% or better": one side open
                b, end = (Bound.LTE if o.group("lte") or o.group("lte2") else Bound.GTE), o.end()
        if b in _POINT_BOUNDS:
            q = Quantity(low, low, b, unit, scale)
        elif b in _LOWER_BOUNDS:
            q = Quantity(low, None, b, unit, scale)
        else:
            q = Quantity(None, low, b, unit, scale)
    return start, end, q, explicit, note


# "about a 4% increase", "roughly a $0.02 impact", "up to a 70% reduction", "more than a 20% share": a bound
# word before the article of the number; "over a 10-year period" and "within a 2-year window" are time
# windows (gt and lte read with "a" only through these words)
_BOUNDS_BEFORE_A = frozenset(("approx", "lte", "gte"))
_WORDS_BEFORE_A = frozenset(("more than", "less than", "greater than", "fewer than", "up to"))


def _bound_before_a(
    text: str, at: int, bw: str | None, kind: str | None, end: int
) -> tuple[str | None, str | None, int]:
    """The bound word ending at `at` (the blank before "a"), its kind and its reversed length, when it
    bounds the number after "a"; else the reading passed in."""
    q = grammar().prefix.match(text[max(0, at - 40) : at][::-1])
    if q is None or not q.group("bw") or q.start("bw") > 1:
        return bw, kind, end
    word = q.group("bw")
    k = _bound_written(word)
    written = " ".join(word[::-1].lower().split())
    if written == "within" or not (k in _BOUNDS_BEFORE_A or written in _WORDS_BEFORE_A):
        return bw, kind, end
    return word, k, q.end("bw")


# What after a number leaves one side open (labels README: "28% plus", "$3 billion or more", "65 inches and
# larger", "around 28% or better" are gte): "plus" where the clause ends, or before a noun after a
# percentage ("a 100% plus conversion"), never when it adds something ("plus or minus", "plus the cost",
# "plus 2%", "$1.2 billion plus availability"); "or more" / "or less" unless a comparison goes on ("or
# more than", "or more importantly"); "and higher" / "and below" only where the clause ends or a
# preposition follows
_OPEN_END_STARTS = (" plus", " or ", " and ")
_OPEN_END = re.compile(
    r"[ \u00a0]+(?:plus(?![\w-])(?:(?=[ \u00a0]*(?:[.,;:!?)\n]|$))"
    r"|(?P<pw>(?![ \u00a0]+(?:or|and|the|a|an|other|another|our|its|their|additional|any|some|interest)"
    r"(?![\w-]))(?![ \u00a0]*[$€£¥\d+-])))"
    r"|or[ \u00a0]+(?:(?P<lte>less|lower|below|fewer|under)|more|higher|better|above|greater|larger|over)"
    r"(?![\w-])(?![ \u00a0]+(?:than|[a-z]+ly)(?![\w-]))"
    r"|and[ \u00a0]+(?:(?P<lte2>less|lower|below|fewer|under)|more|higher|better|above|greater|larger|over"
    r"|up)(?=[ \u00a0]*(?:[.,;:!?)\n]|$|(?:in|for|of|at|on|by|per|from|across|within|during|through|to)"
    r"(?![\w-]))))"
)


# "margins flat to down 50 basis points", "flat to slightly up 2%": one range from 0 to the amount, the
# direction in words (labels README: "flat to down 50 basis points" is 0 to 0.005 pp)
_FLAT_TO_ENDS = ("down ", "up ", "lower ", "higher ")
_FLAT_TO = re.compile(
    r"(?<![A-Za-z])(?i:flat)[ \u00a0]+(?:to|or)[ \u00a0]+(?:(?i:slightly|modestly)[ \u00a0]+)?"
    r"(?i:up|down|lower|higher)[ \u00a0]+$"
)


def _in_prose(text: str, s: int, e: int) -> bool:
    """Whether the number `text[s:e]` stands between words, as in a sentence ("UPSers, 534,000 strong"),
    not in a table row ("Goodwill   27,591    27,591", "Accrued liabilities 1,790 1,866", "7,375$")."""
    if s < 2 or text[s - 1] != " " or not (text[s - 2].isalpha() or text[s - 2] == ","):
        return False
    if e == len(text):
        return True
    c = text[e]
    if c in ".,;:!?":
        return e + 1 == len(text) or text[e + 1] in " \n"
    return c == " " and e + 1 < len(text) and text[e + 1].isalpha()


# "net income increased $8.4 million to $29.1 million", "SG&A decreased by $8 million to $90 million": a
# past-tense change of an amount, then the level it reached (two claims, as "from X to Y" is); a range of
# money after such a verb is rare, while "rates were up 3% to 7%" is a range, so only amounts split
_CHANGED_BEFORE = re.compile(
    r"(?<![A-Za-z])(?:increased|decreased|grew|rose|fell|declined|improved|expanded|dropped|climbed"
    r"|contracted|jumped|(?:was|were)[ \u00a0]+(?:up|down))(?:[ \u00a0]+by)?[ \u00a0]+$"
)


def _changed_before(text: str, at: int) -> bool:
    """Whether a past-tense verb of change ends at `at` ("increased ", "was up by ")."""
    return _CHANGED_BEFORE.search(text, max(0, at - 20), at) is not None


# "raising our 2022 revenue guidance by $1.5 billion to $42 billion", "we reduced adjusted net debt by $1.3
# billion to $7.7 billion": a change of an amount after "by", then the level it reached (two claims, as
# "from X to Y" is), when a verb of change stands further back than `_changed_before` looks. A range after
# "by" ("reduce pre-tax cost by $80 million to $100 million") has ends of one size; in 63 unlabelled "by $X
# to $Y" phrases every pair whose second amount is 4 times the first or more was a change and a level
_BY_BEFORE = re.compile(r"(?<![A-Za-z])(?i:by)[ \u00a0]+$")
_LEVEL_OVER_CHANGE = 4.0


def _change_by_to_level(text: str, at: int, n1: str, sc1: str | None, n2: str, sc2: str | None) -> bool:
    """Whether "by" ends at `at` and the amount after "to" is at least 4 times the one before it."""
    if _BY_BEFORE.search(text, max(0, at - 4), at) is None:
        return False
    exp2 = _scale_exponent(sc2.strip()) if sc2 else 0
    exp1 = _scale_exponent(sc1.strip()) if sc1 else exp2
    first = _value(n1, exp1, False)
    return first > 0 and _value(n2, exp2, False) >= _LEVEL_OVER_CHANGE * first


def _range_of_before(text: str, at: int) -> bool:
    """Whether "range of" ends at `at`: "in a range of $2.63 billion and $2.655 billion" joins its two
    numbers as "between" does."""
    return text.endswith(("range of ", "range of\u00a0"), max(0, at - 10), at)


# a whole number written with thousands separators ("1,050"): never a year, a date or a label
_GROUPED = re.compile(r"\d{1,3}(?:,\d{3})+")

# "DDG 51 class destroyers", "LPD 28 ships": a number after a code in capitals names a thing
_CODE_BEFORE = re.compile(r"(?:^|[^\w-])[A-Z]{2,5}[ \u00a0]$")


def _named(text: str, s: int, noun: str) -> bool:
    """Whether the number at `s` names rather than counts the noun after it: a product code before it
    ("DDG 51 Arleigh Burke-class destroyers") or a section number opening a line ("2.4 Five-year goals")."""
    code = _CODE_BEFORE.search(text, max(0, s - 7), s) if text[s - 2 : s - 1].isupper() else None
    if code is not None and text[max(0, s - 4) : s - 1] not in grammar().glued_codes:
        return True
    if s and text[s - 1] in "'’":
        return True  # "fiscal '20 East Division gas": a year
    return noun[1:2].isupper() and (s == 0 or text[s - 1] == "\n")


# "prices ranging from $4 to $5 per pound", "estimates range from 10% to 15%": a verb of spread before
# "from" makes "from ... to ..." one range, not a start and an end (labels README: a range is one claim)
_RANGING_FROM = re.compile(
    r"(?<![A-Za-z])(?i:rang(?:e|es|ed|ing)|var(?:y|ies|ied|ying))[ \u00a0]+(?i:from)"
    r"(?:[ \u00a0]+[A-Za-z]+){0,3}[ \u00a0]+[^\w \u00a0]{0,3}$"
)


def _from_before(text: str, start: int) -> bool:
    """Whether "from" stands up to three words before `start` ("from the current 9% to 20%")."""
    return grammar().from_before.match(text[max(0, start - 40) : start][::-1]) is not None


_BORROWED = "scale and unit read from the number after it"
_DIGITS = re.compile(r"\d[\d,]*(?:\.\d+)?")


def read_split(text: str, m: re.Match[str], ctx: Context) -> Found | None:
    """The first number of a range that reads as two quantities, taking a scale it lacks from the second."""
    single = grammar().single.match(text, m.start())
    if single is None:
        return None
    found = read_number(text, single, ctx)
    if found is not None or m.group("sc1") or m.group("u1") or not (m.group("sc2") or m.group("u2")):
        return found
    if not ctx.phrase and (_is_year(m.group("n1")) or text[m.start() - 1 : m.start()] in ("'", "’")):
        return (
            None  # "the second quarter of 2020 and 8.8%", "in FY '21 to $146 million": a year lends no unit
        )
    # "from 5 to 8 billion": read "5" with the scale and unit written after "8"
    borrowed = text[: single.end()] + (m.group("sc2") or "") + (m.group("u2") or "") + (m.group("cur3") or "")
    again = grammar().single.match(borrowed, m.start())
    if again is None or again.end() != len(borrowed):
        return None
    found = read_number(borrowed, again, ctx)
    if found is None:
        return None
    start, _, q, explicit, _ = found
    return start, single.end(), q, explicit, _BORROWED


def scan_numbers(text: str, ctx: Context, bare: list[tuple[int, int]] | None = None) -> list[Found]:
    """Every quantity written with digits, in order; `bare` collects the spans of whole numbers read as
    no quantity (for `scan_named_counts`)."""
    out: list[Found] = []
    search = grammar().number.search
    pos = 0
    while (m := search(text, pos)) is not None:
        try:
            found = read_number(text, m, ctx)
            pos = m.end()
        except Split:
            found = read_split(text, m, ctx)
            pos = m.end("join")
            if found is None and bare is not None and not (m.group("sc1") or m.group("u1") or m.group("cl1")):
                if "." not in m.group("n1"):  # "from 1,050 to 1,150": the start is a whole number too
                    bare.append((m.start(), m.end("n1")))
                continue
        if found is not None:
            out.append(found)
        elif bare is not None and (m.lastindex or 0) <= 1 and "." not in m.group("n1"):
            bare.append((m.start(), m.end()))
    return out


# A whole number is the value of a count named before it in its clause:
# - "community count was 340", "the number of deals greater than $1 million was 51", "an NPS score of 90";
_NAMED_COUNT = re.compile(
    r"(?:(?<![A-Za-z])(?i:count|score)|(?<![A-Za-z])(?i:number)[ \u00a0]+of[ \u00a0][^.;:!?\n]{0,60}?)"
    r"(?:[ \u00a0]+(?:is|was|were|are|of|at|to|be|stood|ended|totaled|reached|came|in|grew|increased|rose"
    r"|fell|decreased|declined)){1,3}"
)
# - "Net orders were 4,300", "total orders of 3,367", "closings totaled 2,419" (a plural subject);
_PLURAL_SUBJECT = re.compile(
    r"(?<![A-Za-z'-])(?P<noun>[A-Za-z][a-z-]*[a-hj-rtv-z]s)"
    # "Total postpaid net adds for the quarter were 276,000", "net adds, defined here as Fios, were 129,000"
    r"(?:(?:[ \u00a0]+(?:for|in|during)[ \u00a0]+(?:the|this)[ \u00a0]+(?:quarter|year|period|month)"
    r"|,[^.;:\n]{1,60}?,)?"
    r"[ \u00a0]+(?:were|totaled|totaling|numbered|reached)|[ \u00a0]+of"
    # "New contracts for the third quarter decreased to 1,964", "Homes delivered increased 13% to 2,419"
    r"|(?:[ \u00a0]+[^.;:\n]{1,50}?)??[ \u00a0]+"
    r"(?:increased|decreased|rose|fell|grew|declined|dropped|climbed)"
    r"(?:[ \u00a0]+[^.;:\n]{1,40}?)??[ \u00a0]+to)"
)
# - "opened 163 communities, up 55% from 105 in 2020", "33 helicopters, down from 41": the base of a
#   count just stated takes its noun.
_BASE_BEFORE = re.compile(r"(?<![A-Za-z])(?:(?i:from)|(?i:compared)[ \u00a0]+(?:to|with)|versus|vs\.?)")


# - "growth in our Internet base of approximately 400,000", "the subscriber base was 1,250,000": a base with
#   a number in thousands is a count of what it holds.
_BASE_OF = re.compile(r"(?<![A-Za-z])(?i:base)(?:[ \u00a0]+(?:of|was|were|is)){1,2}$")


# the words _NAMED_COUNT and _PLURAL_SUBJECT end with: a clause ending otherwise is tried by neither
_NAMED_LAST = frozenset(
    {"is", "was", "were", "are", "of", "at", "to", "be", "stood", "ended", "totaled", "reached", "came", "in"}
    | {"grew", "increased", "rose", "fell", "decreased", "declined", "totaling", "numbered"}
)


_PARALLEL_AFTER = re.compile(r"[ \u00a0]+(?:in|for|at|during|on)[ \u00a0]")


def scan_listed(text: str, numbers: list[Found], bare: list[tuple[int, int]]) -> list[Found]:
    """Whole numbers listed before a pair whose unit is written once: "payable days were 85, 71 and 60 days"
    (71 took "days" from 60; 85, before ", 71", takes it too), "grew 5, 6 and 7%"."""
    borrowed = {f[0]: f for f in numbers if f[4] is _BORROWED}
    if not borrowed:
        return []
    out: list[Found] = []
    for s, e in reversed(bare):
        nxt = borrowed.get(e + 2) if text.startswith(", ", e) else None
        digits = text[s:e]
        if nxt is None or _is_year(digits) or nxt[2].low is None:
            continue
        w = _DIGITS.search(text, nxt[0], nxt[1])  # the digits "71" of "about 71 and 60 days"
        written = float(w.group().replace(",", "")) if w is not None else 0.0
        ratio = nxt[2].low / written if written else 0.0
        exp = round(math.log10(ratio)) if ratio > 0 else 0
        if ratio <= 0 or not math.isclose(ratio, 10.0**exp):
            continue
        value = _value(digits, exp, False)
        found = (s, e, Quantity(value, value, Bound.EQ, nxt[2].unit, nxt[2].scale), nxt[3], _BORROWED)
        out.append(found)
        borrowed[s] = found
    out.reverse()
    return out


def scan_named_counts(text: str, numbers: list[Found], bare: list[tuple[int, int]]) -> list[Found]:
    """Whole numbers that no unit follows but a count names in their clause ("Net orders were 4,300",
    "community count was 340", "up 55% from 105" after "163 communities"): counts, the span the digits."""
    out: list[Found] = []
    counts = [(f[1], f[2].unit) for f in numbers if f[2].unit.kind is UnitKind.COUNT and f[2].unit.noun]
    g = grammar()
    last_base = -1
    for s, e in bare:
        digits = text[s:e]
        if (_is_year(digits) or digits.startswith("0")) and "," not in digits:
            continue
        w0 = max(0, s - 90)
        clause = text[w0:s]
        cut = max(clause.rfind(". "), clause.rfind("\n"), clause.rfind("; "), clause.rfind("? "))
        if cut >= 0:
            w0, clause = w0 + cut + 2, clause[cut + 2 :]
        p = g.prefix.match(clause[::-1])
        if p is None or p.group("label") or p.group("cur") or p.group("sign"):
            continue  # "slide 5", "March 31", "$(5", "-3"
        head = len(clause) - p.end()  # where the bound word (if any) starts
        before = clause[:head].rstrip()
        unit: Unit | None = None
        base = _BASE_BEFORE.search(before, max(0, len(before) - 14))
        said_from = (p.group("bw") or "").lower() == "morf"  # the prefix reads "from" as a bound word
        # "from 236 at the start of the quarter to 259": the end of a change whose start was a base
        to_end = before.endswith(" to") and w0 <= last_base < s
        # "32 deliveries in the third quarter and 39 in the fourth": the same count, another period or place
        parallel = before.endswith((" and", " or")) and _PARALLEL_AFTER.match(text, e) is not None
        if said_from or to_end or parallel or (base is not None and base.end() == len(before)):
            prior = [(end, u) for end, u in counts if w0 <= end <= s and (not parallel or s - end < 60)]
            if prior:
                unit = max(prior, key=lambda c: c[0])[1]
                last_base = e
        last = before[max(before.rfind(" "), before.rfind("\u00a0")) + 1 :]
        base_of = unit is None and "," in digits and last in ("of", "was", "were", "is")
        if base_of and _BASE_OF.search(before, max(0, len(before) - 60)) is not None:
            unit = _count(None)  # "our Internet base of approximately 400,000"
        amount = False  # "Sales were 4,300": an amount with its currency unsaid, no count
        if unit is None and last in _NAMED_LAST:  # the patterns below end with one of these words
            for m in _NAMED_COUNT.finditer(before):
                if m.end() == len(before):
                    unit = _count(None)
            for m in _PLURAL_SUBJECT.finditer(before, max(0, len(before) - 100)):
                if m.end() == len(before):
                    if m.group("noun").lower() not in lexicon().amount_plurals:
                        unit = _count(m.group("noun"))
                    else:
                        amount = True
        if unit is None and not amount and _GROUPED.fullmatch(digits) and _in_prose(text, s, e):
            # "534,000 strong", "peaking at nearly 30,000", "Of these homes, 1,798": a whole number written
            # with thousands separators is never a year, date or label; with no noun it still counts
            unit = _count(None)
        if unit is None:
            continue
        value = float(digits.replace(",", ""))
        found = _bounded(text, s, e, value, unit)
        out.append(found)
        counts.append((e, unit))
    return out


# A decimal after a duration it is compared with takes the duration's unit: "a backlog of 8.3 months after
# 7.5 in the second quarter", "grew to 5.4 months from 5.1", "8.1 months as compared to 7.9" (a decimal is
# no year, page or model number; a whole number stays bare)
_DURATION_BASE = re.compile(
    r"(?:[ \u00a0]+(?:in|for|at)(?:[ \u00a0]+[A-Za-z-]+){1,3})?,?[ \u00a0]+"
    r"(?:after|(?:up[ \u00a0]+|down[ \u00a0]+)?from|(?:as[ \u00a0]+)?compared[ \u00a0]+(?:to|with)"
    r"|versus|vs\.)[ \u00a0]+(?P<n>\d{1,3}\.\d+)"
    r"(?![\d%]|[.,]\d|[ \u00a0]*(?:%|(?i:x|times|percent|million|billion|thousand|basis|points?|per)"
    r"(?![A-Za-z])))"
)


def scan_duration_bases(text: str, numbers: list[Found]) -> list[Found]:
    """Bare decimals compared with a duration just stated, in its unit (see `_DURATION_BASE`)."""
    out: list[Found] = []
    for f in numbers:
        if f[2].unit.kind is UnitKind.DURATION and (m := _DURATION_BASE.match(text, f[1])) is not None:
            value = float(m.group("n"))
            out.append((m.start("n"), m.end("n"), Quantity(value, value, Bound.EQ, f[2].unit), True, None))
    return out


# "-plus" written onto a number leaves its top open (labels README: "28% plus" is gte): "9-plus percent",
# "35,000-plus employees", "a 500-plus basis point headwind", "0.1%-plus versus prior quarter" (the span
# without "-plus"); only with a percent or a plural noun after it, so "a 20-plus-year-old plant" or "65-plus"
# stay out
_PLUS_NUMBER = re.compile(r"(?<![\w.,])(?P<n>\d{1,3}(?:,\d{3})*(?:\.\d+)?)(?P<pct>%?)$")
_PLUS_AFTER = re.compile(
    r"(?:(?P<pct>[ \u00a0]+(?i:percent|per[ \u00a0]cent))|(?P<bp>[ \u00a0]+basis[ \u00a0]+points?)"
    r"|[ \u00a0]+(?!versus)(?P<noun>[a-z][a-z-]*[a-rt-z]s))?(?![\w'-])"
)


_DURATION_WORDS = frozenset(("years", "quarters", "months", "weeks", "days"))


def scan_plus_suffix(text: str) -> list[Found]:
    """Numbers with "-plus" written onto them, read gte (see `_PLUS_NUMBER`)."""
    out: list[Found] = []
    i = text.find("-plus")
    while i != -1:
        n = _PLUS_NUMBER.search(text, max(0, i - 16), i)
        a = _PLUS_AFTER.match(text, i + 5) if n is not None else None
        if n is not None and a is not None:
            value = float(n.group("n").replace(",", ""))
            if n.group("pct") and not a.group("pct"):  # "0.1%-plus": the span is the percentage
                out.append((n.start(), i, Quantity(value / 100, None, Bound.GTE, RATIO, "%"), True, None))
            elif a.group("pct"):  # "9-plus percent"
                out.append(
                    (n.start(), a.end(), Quantity(value / 100, None, Bound.GTE, RATIO, "%"), True, None)
                )
            elif a.group("bp") and not n.group("pct"):  # "a 500-plus basis point headwind"
                out.append((n.start(), a.end(), Quantity(value / 1e4, None, Bound.GTE, PP), True, None))
            elif a.group("noun") and not n.group("pct"):  # "35,000-plus employees", "18-plus months"
                noun = a.group("noun")
                unit = _unit_of(noun, None) if noun in _DURATION_WORDS else _count(noun)
                out.append((n.start(), a.end(), Quantity(value, None, Bound.GTE, unit), True, None))
        i = text.find("-plus", i + 5)
    return out


# A bare number with a denominator after it is a rate, the value of a measure: "an absorption pace of 5.3 per
# month", "an average of 12.3 per community" (labels README: one `count` claim); "per cent" is a percent, and
# a year or an amount ("$5 per share", "2 million per year") is read elsewhere
# (written to start with a digit, which `re` scans for in C, then the look-behind on the character before it)
_PER_RATE = re.compile(
    r"(?P<n>\d(?<![\w.,$€£¥/-]\d)\d{0,2}(?:,\d{3})*(?:\.\d+)?)[ \u00a0]per[ \u00a0]+(?!cent(?![A-Za-z]))"
    r"(?:(?:each|every)[ \u00a0]+)?[a-z]+(?![\w-])"
    # the denominator is one word: "per long ton" or "per kilowatt hour" would be cut
    r"(?=[ \u00a0]*(?:[.,;:)\n]|$|(?:in|for|at|on|and|or|as|this|that|the|a|an|from|to|with|versus|compared"
    r"|during|of|which|while|across|over|last|year|quarter)(?![A-Za-z])))"
)


def scan_per_rates(text: str) -> list[Found]:
    """Bare numbers stated per a unit of something (see `_PER_RATE`), as counts."""
    out: list[Found] = []
    for m in _PER_RATE.finditer(text):
        digits = m.group("n")
        if "," not in digits and "." not in digits and _is_year(digits):
            continue
        value = float(digits.replace(",", ""))
        out.append(_bounded(text, m.start(), m.end(), value, COUNT))  # "approximately 10 per month"
    return out


# "full" before "point(s)" makes a margin's change in points whatever counts them: "another full point of
# margin expansion", "almost a full percentage point above", "four full points to a record" (a lone "a point"
# or "at one point" may be a moment, so only "full" is read); the span starts at the number word or "full"
_FULL_POINTS = re.compile(
    r"(?<![A-Za-z])(?:(?P<nw>(?i:one|two|three|four|five|six|seven|eight|nine|ten))[ \u00a0]+)?"
    r"(?i:full)[ \u00a0]+(?:(?P<bp>(?i:basis))[ \u00a0]+|(?i:percentage)[ \u00a0]+)?(?i:points?)(?![A-Za-z])"
)
_FULL_POINTS_ARTICLE = re.compile(r"(?<![A-Za-z])(?i:a|another)[ \u00a0]+$")


def scan_full_points(text: str) -> list[Found]:
    """Changes of "full" points (see `_FULL_POINTS`), in pp."""
    out: list[Found] = []
    lex = lexicon()
    for m in _FULL_POINTS.finditer(text):
        nw = m.group("nw")
        if nw is None and _FULL_POINTS_ARTICLE.search(text, max(0, m.start() - 9), m.start()) is None:
            continue  # "the full point of the exercise": no count of points
        count = float(lex.number_words[nw.lower()]) if nw else 1.0
        value = count * (1e-4 if m.group("bp") else 1e-2)
        out.append(_bounded(text, m.start(), m.end(), value, PP))
    return out


def scan_words(text: str, ctx: Context) -> list[Found]:
    """Quantities written without digits: "six months", "twofold", "mid-teens", "double-digit"."""
    out: list[Found] = []
    for anchor, finder in _ANCHOR_FINDERS:
        for a in finder.finditer(text):
            if (found := _number_word(text, a.start(), anchor, ctx)) is not None:
                out.append(found)
    levels: list[Found] = []
    for anchor in ("teens", "ties", "digit", "0s"):
        ties = anchor == "ties"
        i = text.find(anchor)
        while i != -1:
            # "ties" is a level only after a tens stem ("thirties"), which ends in one of `_TENS_LAST`
            if (not ties or (i and text[i - 1] in _TENS_LAST)) and (
                found := _level(text, i, anchor, ctx)
            ) is not None:
                levels.append(found)
            i = text.find(anchor, i + 1)
    i = text.find("% range")
    while i != -1:
        if (found := _percent_level(text, i)) is not None:
            levels.append(found)
        i = text.find("% range", i + 1)
    if "%" in text:
        levels.extend(scan_percent_levels(text))
    out.extend(scan_size_adjectives(text))
    if "age" in text or "older" in text:
        out.extend(scan_ages(text))
    if "zero" in text:
        out.extend(scan_zeros(text))
    out.extend(_or_better(text, f) for f in (_level_ranges(text, levels) if len(levels) > 1 else levels))
    for noun in _RATIO_NOUNS:
        for r in noun.finditer(text):
            out.extend(_ratio_noun_values(text, r.start(), r.end()))
    i = text.find("tar")
    while i != -1:
        if (found := _star(text, i)) is not None:
            out.append(found)
        i = text.find("tar", i + 1)
    for i, word in _multiple_word_starts(text):  # after a blank: "more than double", "about half"
        if (found := _multiple_word(text, i, word)) is not None:
            out.append(found)
    if "oubling" in text or "ripling" in text:
        out.extend(scan_doubling(text))
    i = text.find("/")
    while i != -1:
        if (found := _fraction(text, i)) is not None:
            out.append(found)
        i = text.find("/", i + 1)
    i = text.find("third")
    while i != -1:
        if i >= 4 and text[i - 1] in " -" and (found := _word_third(text, i)) is not None:
            out.append(found)
        i = text.find("third", i + 1)
    i = text.find("a quarter of")
    while i != -1:  # "nearly a quarter of our capacity": a share, as "one quarter of our" is
        if (i == 0 or not text[i - 1].isalnum()) and _QUARTER_SHARE_AFTER.match(text, i + 9):
            out.append(_bounded(text, i, i + 9, 0.25, RATIO))
        i = text.find("a quarter of", i + 1)
    out.sort(key=lambda f: f[0])
    return out


# "roughly one-third each", "two-thirds of our sales": a share in words (as "1/3" is read), with the bound
# word before it; "one third-party", "a third quarter" and ordinals ("the third") are no shares
_WORD_THIRD = re.compile(r"(?<![\w-])(?P<n>(?i:one|two))[ \u00a0-]$")
_A_THIRD_OF = re.compile(r"(?i:a)[ \u00a0]third[ \u00a0]of[ \u00a0]")
_THIRD_AFTER = re.compile(r"s?(?![\w-])(?![ \u00a0]+(?i:quarter|part(?:y|ies)|base|shift|world|round))")


# a rank count: "a top 20 energy drink brand", "we landed a top five cloud service provider", "our top 10
# customers", "72% of funds in the top half of peers" (labels README, decided in the seventh session: rank
# counts are claims, with no period; "top half" is 0.5). "top" only after a determiner or some prepositions,
# or opening a sentence (_RANK_BEFORE: "sales top 5 billion" is a verb), and a word after the number ("the top
# 5%" and "top 10 percent" are read as shares by scan_numbers)
# (written to start with the character set [Tt], which `re` scans for in C, then the look-behind: the same
# matches as "(?<![A-Za-z])(?:[Tt]op|TOP)", which `re` tried at every offset of the document)
_RANK_COUNT = re.compile(
    r"[Tt](?<![A-Za-z][Tt])(?:op|(?<=T)OP)[ \u00a0]+(?P<n>\d{1,3}|[A-Za-z]+)"
    r"(?=[ \u00a0]+(?!(?i:percent|per[ \u00a0]cent|percentile|basis|million|billion|thousand|times"
    r"|or[ \u00a0]|to[ \u00a0]|and[ \u00a0])\b)[A-Za-z])"
)


# ... and after a preposition a verb "top" never follows ("a win for top 20 pharma clients", not "to top")
_RANK_AFTER_WORD = re.compile(r"(?<![A-Za-z])(?i:for|with|among|from)[ \u00a0]+$")


_RANGE_AFTER = re.compile(r"\b(?i:range|guidance|outlook)\b")


def scan_rank_counts(text: str) -> list[Found]:
    """Rank counts ("a top 20 brand", "the top half of peers"; see above), one count or share each."""
    out: list[Found] = []
    words = lexicon().number_words
    for m in _RANK_COUNT.finditer(text):
        before = text[max(0, m.start() - 8) : m.start()]
        if not (_RANK_BEFORE.search(before) or _RANK_AFTER_WORD.search(before)):
            continue
        n = m.group("n").lower()
        if n == "half":
            if _RANGE_AFTER.search(text, m.end(), m.end() + 40):
                continue  # "the top half of our guidance range": a position in a range, no rank
            out.append((m.start(), m.end(), Quantity(0.5, 0.5, Bound.EQ, RATIO), True, None))
        elif n.isdecimal() or n in words:
            value = float(n) if n.isdecimal() else float(words[n])
            if value >= 2:  # "top one" is "number one": a rank, no count
                out.append((m.start(), m.end(), Quantity(value, value, Bound.EQ, COUNT), True, None))
    return out


def _word_third(text: str, i: int) -> Found | None:
    """The share whose "third" starts at `i` ("one-third", "two thirds")."""
    w = _WORD_THIRD.search(text, i - 4, i)
    if w is None and _A_THIRD_OF.match(text, i - 2) and (i == 2 or not text[i - 3].isalnum()):
        # "over a third of our total shares", "approximately a third of our sequential growth": "a third"
        # is a share only before "of" ("a third party", "a third quarter", "a third increase" are not)
        return _bounded(text, i - 2, i + 5, 1 / 3, RATIO)
    if w is None or not _THIRD_AFTER.match(text, i + 5):
        return None
    n = 2.0 if w.group("n").lower() == "two" else 1.0
    if n == 2.0 and not text.startswith("s", i + 5):
        return None  # "two third" is a slip or a list ("two third-quarter")
    end = i + 5 + (1 if text.startswith("s", i + 5) else 0)
    return _bounded(text, w.start(), end, n / 3, RATIO)


# "high single digit or better core revenue growth", "mid-teens or higher": a level with an open end is at
# least its lowest value (as "10% or better" is gte 10%)
_LEVEL_OR_BETTER = re.compile(r"[ \u00a0]+or[ \u00a0]+(?:better|higher|more|greater|above)(?![\w-])")


def _or_better(text: str, found: Found) -> Found:
    s, e, q, explicit, note = found
    if q.bound is not Bound.RANGE or q.low is None or not text.startswith(" or", e):
        return found
    m = _LEVEL_OR_BETTER.match(text, e)
    if m is None:
        return found
    return s, m.end(), Quantity(q.low, None, Bound.GTE, q.unit, q.scale, q.qualitative), explicit, note


# "a 5-Star rating", "4.5 Stars", "4-Star or higher rated contracts", "four-star plans or better": a rating
# on a star scale is a count of stars (a threshold with "or higher" is gte, labels README)
_STAR_BEFORE = re.compile(r"(?<![\w.,$-])(?P<n>[1-5](?:\.5)?|one|two|three|four|five)[ \u00a0-]$")
_OR_HIGHER = re.compile(
    r"(?:[ \u00a0]+[a-z-]+){0,2}?[ \u00a0]+(?:or|and)[ \u00a0]+(?:higher|better|above|more)(?![A-Za-z])"
)


def _star(text: str, i: int) -> Found | None:
    """The star rating whose "star" has its "tar" at `i`."""
    if i < 3 or text[i - 1] not in "Ss":
        return None
    end = i + 4 if text.startswith("s", i + 3) else i + 3
    if end < len(text) and text[end].isalnum():
        return None
    m = _STAR_BEFORE.search(text, max(0, i - 9), i - 1)
    if m is None:
        return None
    n = m.group("n")
    value = float(n) if n[0].isdigit() else float(lexicon().number_words[n])
    unit = _count("stars")
    o = _OR_HIGHER.match(text, end)
    if o is not None:
        return m.start(), o.end(), Quantity(value, None, Bound.GTE, unit), True, None
    return _bounded(text, m.start(), end, value, unit)


# "a payout ratio in the low-60% range" (60-63%, as "low teens" is 10-13%), "the high 17% range"
# (17.7-17.9%): a qualifier before a whole percent and "range" after it is a level inside that ten or that one
_PERCENT_LEVEL_BEFORE = re.compile(r"(?<![A-Za-z])(?P<q>(?i:low|mid|high))[ \u00a0-](?P<n>[1-9]\d?)$")
_THIRDS = {"low": (0, 3), "mid": (4, 6), "high": (7, 9)}


# "the high 20% to low 30% range": the first end written without "range"
_PERCENT_LEVEL_FROM = re.compile(
    r"(?<![A-Za-z])(?P<q>(?i:low|mid|high))[ \u00a0-](?P<n>[1-9]\d?)%[ \u00a0]+to[ \u00a0]+$"
)


def _percent_third(q: str, n: int) -> tuple[float, float]:
    a, b = _THIRDS[q.lower()]
    if n % 10 == 0:
        return float(f"{n + a}e-2"), float(f"{n + b}e-2")
    return float(f"{n * 10 + a}e-3"), float(f"{n * 10 + b}e-3")


def _percent_level(text: str, i: int) -> Found | None:
    """The level whose "% range" starts at `i`."""
    m = _PERCENT_LEVEL_BEFORE.search(text, max(0, i - 7), i)
    if m is None:
        return None
    start, (low, high) = m.start(), _percent_third(m.group("q"), int(m.group("n")))
    qualitative = f"{m.group('q').lower()} {m.group('n')}% range"
    f = _PERCENT_LEVEL_FROM.search(text, max(0, start - 16), start)
    if f is not None:
        first_low, first_high = _percent_third(f.group("q"), int(f.group("n")))
        if first_high < high:
            start, low = f.start(), first_low
            qualitative = f"{f.group('q').lower()} {f.group('n')}% to {qualitative}"
    return start, i + 7, Quantity(low, high, Bound.RANGE, RATIO, "%", qualitative), True, None


# "renewal retentions improved to the mid-80%", "mid-20% growth in Western Europe", "the tax rate to be in the
# low-20%", "the low to mid 70%", "in the mid 50%s": the same level with no "range" after it (60-63% for
# "low 60%", as "low 60% range" is); with a hyphen the digits were not read at all. "low" and "high" after an
# article or an adverb describe the number ("a record low 58%", "historically high 89%", "a very low 35%")
_PERCENT_LEVEL = re.compile(
    r"(?<![A-Za-z-])(?P<q>(?i:low|mid|high))[ \u00a0-](?P<n>[1-9]\d?)%(?P<s>s(?![A-Za-z]))?"
)
_DESCRIBED_BEFORE = re.compile(
    r"(?:(?<![A-Za-z])(?i:a|an|very|record|all-time|new|so|too|such)|[a-z]ly)[ \u00a0]+$"
)
_PERCENT_LEVEL_JOIN = re.compile(
    r"(?<![A-Za-z])(?P<q>(?i:low|mid|high))(?:-?[ \u00a0]+to[ \u00a0]+|-to-|[ \u00a0]*-[ \u00a0]*)$"
)


def scan_percent_levels(text: str) -> list[Found]:
    """Levels of a whole percent with no "range" after them (see above); "% range" is `_percent_level`'s."""
    out: list[Found] = []
    i = text.find("%")
    while i != -1:  # each "%" (a few dozen a call), not every position, is where a level may end
        m = _PERCENT_LEVEL.search(text, max(0, i - 8), i + 2)
        i = text.find("%", i + 1)
        if m is None:
            continue
        end, q = m.end(), m.group("q").lower()
        if text.startswith((" range", " to ", "-"), end) or text.startswith("%-", m.end("n")):
            continue  # "% range" is read by `_percent_level`, "high 20% to low 30% range" too
        start, (low, high) = m.start(), _percent_third(q, int(m.group("n")))
        j = _PERCENT_LEVEL_JOIN.search(text, max(0, start - 12), start)
        qualitative = f"{q} {m.group('n')}%"
        if j is not None:  # "the low to mid 70%", "mid- to high 20%": one range from the first level
            first_low, first_high = _percent_third(j.group("q"), int(m.group("n")))
            start, low, high = j.start(), min(low, first_low), max(high, first_high)
            qualitative = f"{j.group('q').lower()} to {qualitative}"
        elif q != "mid" and _DESCRIBED_BEFORE.search(text, max(0, start - 16), start):
            continue
        out.append((start, end, Quantity(low, high, Bound.RANGE, RATIO, "%", qualitative), True, None))
    return out


# A ratio named by its noun is stated as a bare number: "a book-to-bill of 1.13", "book-to-bill was 1.0
# for the quarter and 1.05 year-to-date", "a 1.05 funded book-to-bill" (found from "ook", so a capital
# B at a sentence start is found too).
# Each starts with a literal, so `re` scans for it in C: "[Bb]ook-to-bill", "net debt-to-EBITDA (ratio)",
# "leverage (ratio)", "a net debt-to-EBITDA multiple of 0.85", "[Ii]nventory turns" (the letter before is
# checked in code).
_RATIO_NOUNS = (
    re.compile(r"ook[ \u00a0-]to[ \u00a0-]bill"),
    re.compile(r"to[ \u00a0-]EBITDA(?:[ \u00a0]+(?:ratio|multiple))?"),
    re.compile(r"everage[ \u00a0]+ratio"),
    # "Inventory turns were at 4.5 after 4.7": turns are a multiple named by their noun like the others
    re.compile(r"nventory[ \u00a0]+turns"),
)
_RATIO_VALUE = (
    r"(?P<v>(?P<n>\d{1,2}(?:\.\d+)?)(?:[ \u00a0]to[ \u00a0]1(?![\d.,]\d|\d))?)"  # "1.1 to 1" is 1.1
    r"(?![\d%]|[.,:/-]\d|[ \u00a0]?(?i:x|times|percent|million|billion)(?![A-Za-z]))"
)
# after a value stated after its noun, no noun ("leverage our 5 brands"): punctuation, the end, or a word
# that ends the value
_RATIO_END = (
    r"(?=[ \u00a0]*(?:[.,;:)\n]|$|(?:for|in|at|and|as|on|by|with|compared|versus|vs|year|to|from|during"
    r"|times|turns|or|but|which|while|resulting|reflecting|driven|up|down|the|a|an|last|this|prior|previous"
    r"|after)"  # "1.19 after 1.26 in the second quarter": a comparison with its base follows
    r"(?![A-Za-z])))"
)
# after the noun: up to twelve words (no digits but a quarter's label, no punctuation but a comma, so no
# year or other number comes first): "Book-to-bill ratio in Q3 was 1.19", "continued strong, 1.26", "in the
# quarter has remained on an extraordinarily high level of 1.26"
_RATIO_AFTER = re.compile(
    r"(?:[ \u00a0]+(?i:ratio))?(?:,?[ \u00a0]+(?:[A-Za-z-]+|Q[1-4])){0,12}?,?[ \u00a0]+"
    + _RATIO_VALUE
    # "in the range of 1 to 2 times": a range with its unit, read by the number pattern ("6.3 to 6.5" is not)
    + r"(?![ \u00a0]+to[ \u00a0]+\d{1,2}(?:\.\d+)?[ \u00a0]?(?i:x|times)(?![A-Za-z]))"
    + _RATIO_END
)
# ... or stated with its unit ("ratio was 1.5 times", "dropped from 2.5x"), which the number pattern reads
_RATIO_AFTER_TIMES = re.compile(
    r"(?:[ \u00a0]+(?i:ratio))?,?(?:[ \u00a0]+[A-Za-z-]+,?){0,8}?[ \u00a0]+(?:\d{1,2}(?:\.\d+)?)"
    r"(?:[ \u00a0]?(?i:x|times)(?![A-Za-z]))"
)
# before it: "a 1.05 funded book-to-bill", "with a 1.3 book-to-bill"
_RATIO_BEFORE = re.compile(r"(?<![\d.,])" + _RATIO_VALUE + r"(?:[ \u00a0]+[a-z-]+)?[ \u00a0]+$")
# a second value of the same ratio: "1.0 for the quarter and 1.05 year-to-date"
# ... or its base: "1.19 after 1.26 in the second quarter", "was 2.8 times at quarter end, up from 2.4";
# "to" only ends a change that "from" began ("declined from 1.9 a year ago to 1.3"), never a range ("3.7 to
# 3.8")
_RATIO_NEXT = re.compile(
    r"(?:,?[ \u00a0]+[a-z-]+){0,5}?,?[ \u00a0]+"
    r"(?P<join>and|or|versus|vs\.?|compared[ \u00a0]+(?:to|with)|from|after|to)"
    r"(?:[ \u00a0]+(?:about|approximately|around|roughly|nearly|over|above|below|under))?[ \u00a0]+"
    + _RATIO_VALUE
    + _RATIO_END
)


def _ratio_noun_values(text: str, i: int, end: int) -> list[Found]:
    """The values of the ratio whose noun ends at `end` ("book-to-bill of 1.13"), as multiples."""
    first = text[i : i + 1]
    if i == 0 and first in "oen":
        return []
    if (
        (first == "o" and text[i - 1] not in "bB")
        or (first == "e" and text[i - 1] not in "lL")
        or (first == "n" and text[i - 1] not in "iI")
    ):
        return []  # "outbook-to-bill" never; "leverage ratio", not "beverage ratio" (a word boundary below)
    before = i - 1 if first in "oen" else i
    if before > 0 and text[before - 1].isalpha():
        return []
    out: list[Found] = []
    m = _RATIO_AFTER.match(text, end)
    if m is None and first == "o":  # only "a 1.05 funded book-to-bill" (not "Tier 1 leverage ratio")
        m = _RATIO_BEFORE.search(text, max(0, before - 24), before)
    if m is None and (x := _RATIO_AFTER_TIMES.match(text, end)) is not None:
        # "ratio was 1.5 times versus 1.6": the number pattern reads "1.5 times"; the base after it is bare
        m, from_seen = _RATIO_NEXT.match(text, x.end()), "from" in x.group()
        if m is not None and m.group("join") == "to" and not from_seen:
            m = None
    else:
        from_seen = m is not None and "from" in text[end : m.start("v")]
    if first == "o" and m is not None and m.end() > end and _BASE_JOIN.search(text, end, m.start("v")):
        out.extend(_ratio_value_before(text, before))  # "1.29 book-to-bill for distribution after 1.41"
    last = -1
    while m is not None:
        value = float(m.group("n"))
        if not 0 < value < 10:
            break
        out.append(_bounded(text, m.start("v"), m.end("v"), value, MULTIPLE))
        last = m.end()
        if m.end() > end:  # a value after the noun may have a second one after it
            m = _RATIO_NEXT.match(text, m.end())
            if m is not None and m.group("join") == "to" and not from_seen:
                m = None  # "a leverage ratio of 3.7 to 3.8": a range, read elsewhere
        else:
            break
    while last > end and (pair := _RATIO_LIST_PAIR.match(text, last)) is not None:
        # "... after 1.41 in quarter two; 1.23 for OEMs after 1.34 in the second quarter; 1.27 for semis ..."
        for g in ("a", "b"):
            value = float(pair.group(g))
            out.append(_bounded(text, pair.start(g), pair.end(g), value, MULTIPLE))
        last = pair.end()
    return out


def _ratio_value_before(text: str, before: int) -> list[Found]:
    """The value written right before a ratio's noun ("a 1.05 funded book-to-bill"), if any."""
    b = _RATIO_BEFORE.search(text, max(0, before - 24), before)
    if b is None or not 0 < (value := float(b.group("n"))) < 10:
        return []
    return [_bounded(text, b.start("v"), b.end("v"), value, MULTIPLE)]


# the value after a ratio's noun is the base of one before it: "1.29 book-to-bill for distribution after 1.41"
_BASE_JOIN = re.compile(r"[ \u00a0](?:after|versus|vs\.?|compared[ \u00a0]+(?:to|with))[ \u00a0]+$")
# a list of the same ratio for parts, each with its base, after a semicolon: "; 1.23 for OEMs after 1.34"
# (decimals only: a bare whole number in such a list may be anything)
_RATIO_LIST_VALUE = r"\d\.\d{1,2}(?![\d%]|[.,]\d|[ \u00a0]?(?i:x|times|percent|million|billion)(?![A-Za-z]))"
_RATIO_LIST_PAIR = re.compile(
    r"(?:[ \u00a0]+in(?:[ \u00a0]+[A-Za-z0-9-]+){1,3})?;[ \u00a0]+(?P<a>" + _RATIO_LIST_VALUE + r")"
    r"[ \u00a0]+for(?:[ \u00a0]+[A-Za-z-]+){1,3}[ \u00a0]+after[ \u00a0]+(?P<b>" + _RATIO_LIST_VALUE + r")"
)


# Words that state a multiple or a share without digits ("more than double 2018's record", "exceeds half
# of the capital", "twice the rate"), and their values.
_MULTIPLE_WORDS = {"double": 2.0, "triple": 3.0, "twice": 2.0, "half": 0.5}


def _multiple_word_starts(text: str) -> list[tuple[int, str]]:
    """(start, word) of each word of `_MULTIPLE_WORDS` right after a blank, in text order. One `str.find`
    pass per word: faster than one regex pass that stops at every blank to try the four words."""
    hits: list[tuple[int, str]] = []
    for word in _MULTIPLE_WORDS:
        needle = " " + word
        i = text.find(needle)
        while i != -1:
            hits.append((i + 1, word))
            i = text.find(needle, i + 1)
    hits.sort()
    return hits


# what follows "double" / "twice" when it compares ("double last year's results", "twice that of",
# "twice as large"); other uses are verbs ("plans to double capacity") or frequencies ("twice a year")
_COMPARED_AFTER = re.compile(
    r"[ \u00a0]+(?:(?i:last|the|that|those|what|our|its|their|prior|previous|as)(?![A-Za-z])|(?:19|20)\d\d's)"
)
_VERB_BEFORE = re.compile(
    r"(?:^|[^A-Za-z])(?i:to|will|would|could|can|should|may|might|we|they|i|you|it|not|and|or)[ \u00a0]+$"
)
# "a three 7/8% bond": the fraction is part of a number
_FRACTION_OF_A_NUMBER = re.compile(r"[ \u00a0]?(?:%|(?i:percent|ths|nds|rds)(?![A-Za-z]))")
_FRACTION = re.compile(r"(?<![\d/.,])(?P<a>[1-9])/(?P<b>[2-9]|10)(?![\d/]|[.,]\d)")


def _multiple_word(text: str, i: int, anchor: str) -> Found | None:
    """ "more than double 2018's record" (a multiple, gt 2), "double last year's results" (2), "exceeds
    half of the investment" (a share, gt 0.5). "Half" needs a bound word ("the second half" is a period,
    "half a billion" an amount); "double" and "twice" need one or a comparison after them."""
    end = i + len(anchor)
    if anchor in ("double", "triple") and _VERB_FORM.match(text, end):
        return _multiple_verb(text, i, end + 1, anchor)
    if (i and text[i - 1].isalpha()) or (end < len(text) and (text[end].isalpha() or text[end] == "-")):
        return None
    if text.startswith((" digit", "\u00a0digit"), end):
        return None  # "about double digits": a level, read elsewhere
    half = anchor == "half"
    found = _bounded(text, i, end, _MULTIPLE_WORDS[anchor], RATIO if half else MULTIPLE)
    q = found[2]
    if q.bound is Bound.EQ:
        if not half and _PLANNED_BEFORE.search(text, max(0, i - 8), i) and _GROWN_AFTER.match(text, end):
            return found  # "to double production", "on track to double that", "will triple the capacity"
        if half or not _COMPARED_AFTER.match(text, end) or _VERB_BEFORE.search(text[max(0, i - 8) : i]):
            return None
        if anchor != "twice" and text.startswith(" as", end):
            return None  # "double as a hedge"
    elif half and (text.startswith((" a ", " an "), end) or text[found[0] : i].lower().startswith("top")):
        return None  # "more than half a million", "the top half of the range"
    return found


# "SCE doubled its storage capacity", "the bonus doubles to $3,000", "more than tripled": the verb states
# the multiple (labels README: "doubled" is multiple 2); "doubled down", "doubles as" are idioms, while
# "more than doubled over the prior year" compares (earnings calls never say "doubled over" in pain)
_VERB_FORM = re.compile(r"[ds](?![\w-])")
_VERB_IDIOM = re.compile(r"[ \u00a0]+(?:down|up|as)(?![\w-])")


_NOUN_BEFORE = re.compile(r"(?:^|[^A-Za-z])(?i:the|a|an|these|those|in)[ \u00a0]+$")


# "plans to double production", "on track to double that by the end of 2021", "will triple the capacity":
# the verb after "to" or a modal states the multiple planned (labels README: "doubled" is multiple 2; the
# blind FCX, GLW and EOG labels count these), when a thing grown follows it: a determiner, a possessive or
# a noun; "double down", "double count", "double-click" are idioms, "double premium" (no verb) a name
_PLANNED_BEFORE = re.compile(r"(?:^|[^A-Za-z])(?i:to|will|would|could|can|should|may|might)[ \u00a0]+$")
_GROWN_AFTER = re.compile(
    r"[ \u00a0]+(?i:the|that|this|our|its|their|it|production|capacity|output|revenue|sales|volumes?)"
    r"(?![\w-])"
)
# "by doubling our reinvestment standard", "the impact from doubling our investment hurdle rate": the gerund
# states the multiple too, before what it grows
_DOUBLING = re.compile(
    r"(?=[DTdt])"  # (speed: the letters it starts with, tested first at each offset)
    r"(?<![\w-])(?P<w>(?i:doubling|tripling))(?=[ \u00a0]+(?i:our|the|its|their|this|that)(?![\w-]))"
)


def scan_doubling(text: str) -> list[Found]:
    """ "doubling our hurdle rate" (multiple 2), "tripling the capacity" (3); run only when the text holds
    "ling" after "doub" or "trip"."""
    out: list[Found] = []
    for m in _DOUBLING.finditer(text):
        value = 2.0 if m.group("w").lower() == "doubling" else 3.0
        if _NOUN_BEFORE.search(text, max(0, m.start() - 7), m.start()):
            continue  # "the doubling of": a noun, read as a verb's noun would be
        out.append(_bounded(text, m.start(), m.end(), value, MULTIPLE))
    out += _bounded_doubling(text, {f[1] for f in out})
    return out


# "income nearly tripling year over year", "products almost doubling versus last year", "more than doubling in
# size": with no object after it the gerund still states the multiple when a bound word stands before it (the
# bound says it is a size, not an act: "we are doubling down", "doubling our efforts" are read above or not)
_BOUNDED_DOUBLING = re.compile(
    r"(?=[ACMNRacmnr])"  # (speed: the letters it starts with, tested first at each offset)
    r"(?<![A-Za-z])(?i:nearly|almost|more[ \u00a0]+than|close[ \u00a0]+to|roughly|approximately|about)"
    r"[ \u00a0]+"
    r"(?P<w>(?i:doubling|tripling))(?![\w-])(?![ \u00a0]+(?i:down|up|as)(?![\w-]))"
)


def _bounded_doubling(text: str, ends: set[int]) -> list[Found]:
    """The bounded gerunds of `text` (see above) not already read, by their end, from an object after them."""
    out: list[Found] = []
    for m in _BOUNDED_DOUBLING.finditer(text):
        if m.end() not in ends:
            value = 2.0 if m.group("w").lower() == "doubling" else 3.0
            out.append(_bounded(text, m.start("w"), m.end(), value, MULTIPLE))
    return out


def _multiple_verb(text: str, i: int, end: int, anchor: str) -> Found | None:
    idiom = _VERB_IDIOM.match(text, end)
    if idiom is not None and text[end - 1] == "d" and idiom.group().lstrip() == "as":
        idiom = None  # "profit more than doubled as demand remained strong": past tense, "as" a conjunction
    if idiom is not None or _NOUN_BEFORE.search(text, max(0, i - 7), i):
        return None  # "doubled down"; "the doubles match" (a noun)
    return _bounded(text, i, end, _MULTIPLE_WORDS[anchor], MULTIPLE)


def _fraction(text: str, i: int) -> Found | None:
    """ "approximately 2/3 cold rolled": a fraction of small numbers, read as the share it is."""
    m = _FRACTION.match(text, i - 1) if i else None
    if m is None or int(m.group("a")) >= int(m.group("b")) or _FRACTION_OF_A_NUMBER.match(text, m.end()):
        return None
    value = int(m.group("a")) / int(m.group("b"))
    return _bounded(text, m.start(), m.end(), value, RATIO)


_SCALES_AFTER = (" thousand", " million", " billion", " trillion")
_ONE_SCALED = ("one thousand", "one million", "one billion")  # "one" is found only before a scale


def _scaled_word(text: str, i: int, ctx: Context) -> Found | None:
    """A number word with a scale, read as its digits would be: "three million tons" as "3 million tons",
    "more than one million tons". Only with a counted noun or a currency word after it: a bare "two
    million" says too little of what it counts (`i` is the blank before the scale word)."""
    if i < 3 or text[i - 1] not in _NUMBER_WORD_ENDS:
        return None
    w = grammar().number_word_before.match(text[max(0, i - 8) : i][::-1])
    if w is None or w.start("nw") != 0:
        return None
    k = i - w.end("nw")
    digits = str(lexicon().number_words[text[k:i].lower()])
    w0 = max(0, k - 48)
    local = text[w0:k] + digits + text[i : i + 160]  # the same words with the digits in place
    m = grammar().number.match(local, k - w0)
    if m is None or not m.group("sc1") or not (m.group("noun") or m.group("cur3")):
        return None
    try:
        found = read_number(local, m, ctx)
    except Split:
        found = read_split(local, m, ctx)
    if found is None:
        return None
    start, end, q, explicit, note = found
    shift = i - k - len(digits)
    return w0 + start, w0 + end + shift, q, explicit, note


def _number_word(text: str, i: int, anchor: str, ctx: Context) -> Found | None:
    if i < 2:
        return None
    end = i + len(anchor)
    half = anchor in ("times", "turn") and text.endswith("half", 0, i - 1)  # "two and a half times"
    if anchor != "fold":
        if text[i - 1] not in " -" or (text[i - 2] not in _NUMBER_WORD_ENDS and not half):
            return None
        if end < len(text) and text[end] == "s":
            end += 1
    if end < len(text) and (text[end].isalpha() or text[end].isdigit()):
        return None
    g, lex = grammar(), lexicon()
    if half:
        return _and_a_half(text, i, end)
    m = g.number_word_before.match(text[max(0, i - 8) : i][::-1])
    if m is None and text.endswith(("consecutive ", "straight "), 0, i) and anchor in _DURATION_ANCHORS:
        return _streak(text, i, end, anchor)
    if m is None or (anchor != "fold" and m.start("nw") == 0):
        return None
    start = i - m.end()
    value = float(lex.number_words[m.group("nw")[::-1].lower()])
    if anchor in ("times", "turn"):
        return _word_multiple(text, start, end, value)
    if anchor == "quarter" and (share := _quarter_share(text, start, end, value)) is not None:
        return share
    if anchor == "point":
        if not (
            _POINT_AFTER.match(text, end)
            or _point_before().search(text[max(0, start - 28) : start])
            or _POINT_OF_DRIVER.match(text, end)
            or _point_change_before().search(text[max(0, start - 40) : start])
        ) or _NO_POINTS.match(text, end):
            return None
        unit, value = PP, _value(str(int(value)), -2, False)
    else:
        unit = MULTIPLE if anchor == "fold" else _unit_of(lex.units[anchor].code, None)
        if anchor != "fold" and lex.units[anchor].exponent:
            value = _value(str(int(value)), lex.units[anchor].exponent, False)
    return _bounded(text, start, end, value, unit)


# "about three quarters of our insured portfolio", "approximately one quarter of our total sales": a share of
# what "of our" (its, their, total, all) names, not a duration; "the first three quarters of the year", "the
# last three quarters of 2020" and "strong results for three quarters of our fiscal year" stay durations
_QUARTER_SHARE_AFTER = re.compile(
    r"[ \u00a0]+of[ \u00a0]+(?i:our|its|their|total|all)(?![A-Za-z])"
    r"(?![ \u00a0]+(?:(?i:fiscal|financial|calendar|current|last|prior)[ \u00a0]+)?(?i:year|fiscal))"
)


def _quarter_share(text: str, start: int, end: int, value: float) -> Found | None:
    """The share "one quarter" / "three quarters" (of our ...) starting at `start`, if it is one."""
    plural = text.startswith("s", end - 1)
    if (value, plural) not in ((1.0, False), (3.0, True)) or not _QUARTER_SHARE_AFTER.match(text, end):
        return None
    if _SEQUENCE_BEFORE.search(text[max(0, start - 10) : start]):
        return None
    return _bounded(text, start, end, value / 4, RATIO)


# "six consecutive years of comp growth", "three straight quarters": a number word, a streak word and a
# duration (labels README: streaks are claims), read as "23 consecutive years" is in digits
_STREAK_BEFORE = re.compile(
    r"(?<![\w-])(?P<nw>[A-Za-z]+(?:-[A-Za-z]+)?)[ \u00a0-](?i:consecutive|straight)[ \u00a0]$"
)


def _streak(text: str, i: int, end: int, anchor: str) -> Found | None:
    """The streak whose duration word starts at `i` and ends at `end`."""
    w = _STREAK_BEFORE.search(text, max(0, i - 24), i)
    value = lexicon().number_words.get(w.group("nw").lower()) if w is not None else None
    if w is None or value is None or value < 2:
        return None
    return _bounded(text, w.start(), end, float(value), _unit_of(lexicon().units[anchor].code, None))


# "two and a half times", "two to two and a half times", "one turn or less" (leverage "turns")
_HALF_BEFORE = re.compile(r"(?<![A-Za-z])(?P<nw>[A-Za-z]+)[ -]and[ -]a[ -]half[ \u00a0-]$")
_WORD_RANGE_BEFORE = re.compile(
    r"(?<![A-Za-z])(?P<low>[A-Za-z]+)(?P<half>[ -]and[ -]a[ -]half)?[ \u00a0]*(?:to|-|–)[ \u00a0]*$"
)
_OR_AFTER = re.compile(
    r"[ \u00a0]+or[ \u00a0]+(?:(?P<lte>less|lower|below|fewer)|(?P<gte>more|higher|above|better))(?![A-Za-z])"
)


def _and_a_half(text: str, i: int, end: int) -> Found | None:
    """ "two and a half times": the number word and a half."""
    h = _HALF_BEFORE.search(text, max(0, i - 26), i)
    words = lexicon().number_words
    if h is None or h.group("nw").lower() not in words:
        return None
    return _word_multiple(text, h.start(), end, words[h.group("nw").lower()] + 0.5)


def _word_multiple(text: str, start: int, end: int, value: float) -> Found:
    """A multiple in words ("three times", "one turn"), with a range in words before it ("two to two and
    a half times") or "or less" / "or more" after it ("one turn or less")."""
    r = _WORD_RANGE_BEFORE.search(text, max(0, start - 26), start)
    words = lexicon().number_words
    if r is not None and r.group("low").lower() in words:
        low = words[r.group("low").lower()] + (0.5 if r.group("half") else 0.0)
        if low < value:
            return r.start(), end, Quantity(low, value, Bound.RANGE, MULTIPLE), True, None
    o = _OR_AFTER.match(text, end)
    if o is not None:
        q = (
            Quantity(None, value, Bound.LTE, MULTIPLE)
            if o.group("lte")
            else Quantity(value, None, Bound.GTE, MULTIPLE)
        )
        return start, o.end(), q, True, None
    return _bounded(text, start, end, value, MULTIPLE)


def _bounded(text: str, start: int, end: int, value: float, unit: Unit) -> Found:
    """A number word's quantity with the bound word before it ("more than seven times", "about six")."""
    g = grammar()
    p = g.prefix.match(text[max(0, start - 40) : start][::-1])
    if (p is None or not (p.group("tilde") or p.group("bw") or p.group("bwa"))) and text.endswith(
        " a ", max(0, start - 3), start
    ):
        p = g.prefix.match(text[max(0, start - 42) : start - 2][::-1])  # "more than a fourfold"
        if p is not None and p.group("bw"):
            start -= 2
    bound = Bound.EQ
    if p is not None:
        if p.group("tilde"):
            start, bound = start - p.end("tilde"), Bound.APPROX
        elif p.group("bwa"):
            start, bound = start - p.end("bwa"), Bound.GT
        elif p.group("bw"):
            kind = _bound_written(p.group("bw"))
            if kind in _BOUND_OF:
                start, bound = start - p.end("bw"), _BOUND_OF[kind]
    if bound in (Bound.EQ, Bound.APPROX):
        q = Quantity(value, value, bound, unit)
    elif bound in (Bound.GT, Bound.GTE):
        q = Quantity(value, None, bound, unit)
    else:
        q = Quantity(None, value, bound, unit)
    return start, end, q, True, None


@cache
def _counted_word_pattern() -> re.Pattern[str]:
    lex = lexicon()
    words = "|".join(sorted((w for w, v in lex.number_words.items() if v > 1), key=len, reverse=True))
    return re.compile(
        f"(?<![\\w-])(?P<nw>(?i:{words}))(?P<more>[ \u00a0](?i:or)[ \u00a0](?i:more))?"
        f"(?P<noun>{counted_noun(lex)})"
    )


@cache
def _count_before_pattern() -> re.Pattern[str]:
    """What before a number word and its noun makes it no count of its own: a rank ("top three"), a
    label ("quarter three", "scope one and two") or the first end of a range ("two to three", group
    `low` with `sep` "to"/"or")."""
    lex = lexicon()
    words = "|".join(sorted(lex.number_words, key=len, reverse=True))
    # the lexicon's labels too: "Slide nine covers", "year three cost synergies"
    labels = "|".join(re.escape(w) for w in sorted(lex.labels, key=len, reverse=True))
    return re.compile(
        f"(?:(?<![A-Za-z])(?i:top|quarter|scope|stage|one[ \u00a0]+in|{labels})"  # "one in four": a share
        f"|(?<![A-Za-z])(?P<low>(?i:{words}))(?:,?[ \u00a0]+(?i:and)|,|[ \u00a0]+(?P<sep>(?i:to|or))))"
        r"[ \u00a0]+$"
    )


# "four fewer working days", "two more selling days": days of a kind a calendar counts, compared, are a
# count (a difference between two calendars), not a time window
_DAYS_COUNTED = re.compile(
    r"[ \u00a0]+(?:fewer|more|additional|extra|less)[ \u00a0]+"
    r"(?P<noun>(?:working|selling|shipping|business|billing|trading|production|operating)[ \u00a0]+days?)"
    r"(?![\w-])"
)

_SUPERLATIVES = frozenset(
    {
        "largest",
        "biggest",
        "highest",
        "lowest",
        "best",
        "worst",
        "strongest",
        "weakest",
        "fastest",
        "smallest",
    }
    | {"greatest", "most", "least", "leading"}
)

_COUNT_JOIN = re.compile(r",?[ \u00a0]+(?:and[ \u00a0]+)?|,[ \u00a0]*")


@cache
def _counting_words() -> tuple[str, ...]:
    """The number words that count (two and up; "one" is mostly a pronoun: "one of the reasons")."""
    return tuple(w for w, v in lexicon().number_words.items() if v > 1)


@cache
def _number_word_finders() -> tuple[re.Pattern[str], ...]:
    """Number words after a blank and after a line break: each pattern starts with a literal, so `re`
    scans for it in C (one pass, about twice as fast as a `str.find` per word); the words as a trie, so
    a blank before another word fails on its first letter or two (~20% faster than an alternation)."""
    words = _trie(_counting_words())
    return tuple(re.compile(f"{lead}(?:{words})(?![a-z])") for lead in (" ", "\n", "\u00a0"))


def _number_word_starts(lower: str) -> list[int]:
    """Where a counting number word starts as a whole word in `lower` (the lower-cased text), in order.
    Only after a blank or a line break (or at the very start): "(two" and "-two" are not counts here."""
    out = [m.start() + 1 for finder in _number_word_finders() for m in finder.finditer(lower)]
    if _number_word_finders()[0].match(" " + lower[:8]):
        out.append(0)
    out.sort()
    return out


_SENTENCE_START = re.compile(r"(?:[.!?:;\n\"“(]|--)[ \u00a0]*$|^$")
# "the last two calls", "the next three quarters", "the first two acquisitions": a number word after a
# word of time or order picks out members of a sequence rather than counting a set
# ("a tale of two regions" is an idiom)
_SEQUENCE_BEFORE = re.compile(
    r"(?:^|[^A-Za-z])(?i:first|last|next|past|previous|final|tale[ \u00a0]+of)[ \u00a0]+$"
)

# "build two core factories -- the training factory and ...", "Two core factories:", a heading line:
# the things are named next, so the number introduces a list rather than states a count
# (a colon ends the line: "two things to cover:" above its list; a count before a colon and its list on the
# same line is stated, "based on two factors: first, COVID ...", "falls into three categories: reduce,
# capture or offset", "our three segment presidents: Greg ..." (the blind ZBH, EOG and TRV labels))
_LIST_AFTER = re.compile(r"[ \u00a0]*(?::[ \u00a0]*(?:\n|$)|—|–|--|\n|$)")
# "the three major sources of funding supporting AI investment:" and the list on the lines below
_LIST_BELOW = re.compile(r"[^.;:!?\n]{0,80}:[ \u00a0]*(?:\n|$)")


def scan_counted_words(text: str, numbers: list[Found], ctx: Context) -> list[Found]:
    """Number words counting a noun: "two galvanizing lines", "with six deals over $1 million".

    A number word of two or more before a plural counts it, small counts and counts of a set already
    named included ("five test aircraft", "three or more products", "two of these aircraft", "our two
    blast furnaces", "all three segments", "these three items": labels README, "Counts with a noun are
    claims even when small"), unless it introduces a list named next ("two core factories: ..."),
    picks members of a sequence ("our last two calls"), a rank or label comes before it ("our top
    three", "Scope one and two"), or it is a duration or measure (read elsewhere).
    """
    heads: set[str] = set()
    ends: set[int] = set()
    counted: list[tuple[int, str]] = []  # (start, head) of each count with a noun
    for start, end, q, _, _ in numbers:
        if q.unit.kind is UnitKind.COUNT and q.unit.noun:
            head = q.unit.noun.split()[-1].lower()
            heads.add(head)
            ends.add(end)
            counted.append((start, head))
    pattern = _counted_word_pattern()
    lex = lexicon()
    lower = text.lower()
    out: list[Found] = []
    for phrase in _ONE_SCALED:  # "about one million tons"
        i = lower.find(phrase)
        while i != -1:
            if (i == 0 or not lower[i - 1].isalpha()) and (scaled := _scaled_word(text, i + 3, ctx)):
                out.append(scaled)
            i = lower.find(phrase, i + 1)
    for k in _number_word_starts(lower):
        e = k + len(_word_at(lower, k))
        if lower.startswith(_SCALES_AFTER, e):  # "three million tons"
            if (scaled := _scaled_word(text, e, ctx)) is not None:
                out.append(scaled)
            continue
        m = pattern.match(text, k)
        if m is None:
            word = _word_at(lower, k)
            d = _DAYS_COUNTED.match(text, k + len(word))
            if d is not None:
                value = float(lex.number_words[word])
                out.append(_bounded(text, k, d.end(), value, _count(" ".join(d.group("noun").split()))))
                continue
            of = _of_group().match(text, k + len(word))  # "all three of our business segments"
            if of is not None and not _SEQUENCE_BEFORE.search(text[max(0, k - 10) : k]):
                group = of.group("gn")
                unit = _count(" ".join(group.split()) if group else None)
                out.append(_bounded(text, k, k + len(word), float(lex.number_words[word]), unit))
            continue
        noun = " ".join(m.group("noun").split())
        if text[k].isupper() and k and not _SENTENCE_START.search(text, max(0, k - 3), k):
            continue  # "Six Flags", "the Big Four firms": a capital inside a sentence names
        if noun.endswith(" turns") and " " in noun.strip():  # "two full turns" of leverage: a multiple
            turns = float(lex.number_words[m.group("nw").lower()])
            out.append(_bounded(text, m.start(), m.end(), turns, MULTIPLE))
            continue
        if any(w.lower() in lex.units for w in noun.split()):
            continue  # "two quarters", "six fewer days": durations and measures are read elsewhere
        if noun.split(None, 1)[0].lower() in _SUPERLATIVES:
            continue  # "our two largest facilities": a rank, as "our top two" is
        head = noun.split()[-1].lower()
        more = bool(m.group("more"))
        listed = any(_COUNT_JOIN.fullmatch(text, e, m.start()) for e in ends if 0 < m.start() - e <= 6)
        if not (more or listed or head in heads) and (
            _LIST_AFTER.match(text, m.end())
            or _SEQUENCE_BEFORE.search(text[max(0, k - 10) : k])
            or _LIST_BELOW.match(text, m.end())
        ):
            continue
        before = _count_before_pattern().search(text[max(0, m.start() - 24) : m.start()])
        if before is not None and not before.group("sep"):
            continue  # "our top three products", "scope one and two emissions", "quarter three turns"
        value = float(lex.number_words[m.group("nw").lower()])
        unit = _count(noun)
        if before is not None:  # "two to three gigawatts", "four to six rigs": one range
            low = float(lex.number_words[before.group("low").lower()])
            if low >= value:
                continue
            start = m.start() - (before.end() - before.start())
            out.append((start, m.end(), Quantity(low, value, Bound.RANGE, unit), True, None))
        elif more:
            out.append((m.start(), m.end(), Quantity(value, None, Bound.GTE, unit), True, None))
        else:
            out.append(_bounded(text, m.start(), m.end(), value, unit))
    if heads or out:
        counted += ((f[0], f[2].unit.noun.split()[-1].lower()) for f in out if f[2].unit.noun)
        out.extend(_one_of_a_count(text, lower, counted))
    i = lower.find("a few ")
    while i != -1:
        m = _a_few_pattern().match(text, i) if i == 0 or not lower[i - 1].isalpha() else None
        if m is not None and m.group("noun").split()[-1].lower() not in currency_forms().suffixes:
            low, high = (
                float(f"{n}e{_A_FEW_SCALES[' '.join(m.group('sc').lower().split())]}") for n in (2, 4)
            )
            out.append(
                (
                    i,
                    m.end(),
                    Quantity(low, high, Bound.RANGE, _count(" ".join(m.group("noun").split()))),
                    True,
                    None,
                )
            )
        i = lower.find("a few ", i + 1)
    return out


# "a net decline of a few hundred thousand members": 2 to 4 of the scale (labels README: "a few hundred
# thousand" is 200,000-400,000), with the plural it counts
_A_FEW_SCALES = {"hundred thousand": 5, "hundred": 2, "thousand": 3, "million": 6, "billion": 9}


@cache
def _a_few_pattern() -> re.Pattern[str]:
    scales = "|".join(w.replace(" ", "[ \u00a0]+") for w in _A_FEW_SCALES)
    return re.compile(
        f"(?i:a[ \u00a0]+few)[ \u00a0]+(?P<sc>(?i:{scales}))(?P<noun>{counted_noun(lexicon())})"
    )


# "from one contract in 2021 to four contracts in 2022", "up from just one plant": "one" and a singular noun
# are a count when compared with a count of the same noun's plural within `_ONE_REACH` characters ("one"
# alone is mostly a pronoun; "softness in one segment" compares nothing)
_ONE_COMPARED = re.compile(
    r"(?<![A-Za-z])(?:from|to|versus|vs\.?|than|only|just)[ \u00a0]+"
    r"(?P<one>one[ \u00a0]+(?:(?:new|additional)[ \u00a0]+)?(?P<n>[a-z]+))(?![\w'-])"
)
_ONE_REACH = 100


def _one_of_a_count(text: str, lower: str, counted: list[tuple[int, str]]) -> list[Found]:
    """Each "one <noun>" compared with a count of the noun's plural nearby (searched around the counts,
    `counted` their (start, head noun): there are fewer of them than of "one")."""
    found: dict[int, Found] = {}
    for at, head in counted:
        lo, hi = max(0, at - _ONE_REACH), at + _ONE_REACH
        # every match holds a blank then "one" inside the window: two `str.find`s in C spare the pattern
        # (no literal start, so tried at every position) on most windows
        if lower.find(" one", lo, hi) == -1 and lower.find("\u00a0one", lo, hi) == -1:
            continue
        for m in _ONE_COMPARED.finditer(lower, lo, hi):
            n = m.group("n")
            if head in (n + "s", n + "es") and m.start("one") not in found:
                unit = _count(text[m.start("n") : m.end()] + "s")
                found[m.start("one")] = _bounded(text, m.start("one"), m.end(), 1.0, unit)
    return list(found.values())


_LETTERS = re.compile(r"[a-z]+")


def _word_at(lower: str, k: int) -> str:
    """The letters from `k` on ("seven" in "seven of our")."""
    m = _LETTERS.match(lower, k)
    return m.group() if m else ""


_LEVEL_JOIN = frozenset((" to ", "-", " - ", " – ", "–", " to a "))


def _level_ranges(text: str, levels: list[Found]) -> list[Found]:
    """Two levels joined by "to" as one range: "a high single-digit to low double-digit contribution"."""
    levels.sort(key=lambda f: f[0])
    out: list[Found] = []
    for f in levels:
        prev = out[-1] if out else None
        if (
            prev is not None
            and text[prev[1] : f[0]] in _LEVEL_JOIN
            and prev[2].qualitative
            and f[2].qualitative
        ):
            name = f"{prev[2].qualitative} to {f[2].qualitative}"
            out[-1] = (prev[0], f[1], span_levels(prev[2], f[2], name), True, prev[4] or f[4])
        else:
            out.append(f)
    return out


def _level(text: str, i: int, anchor: str, ctx: Context) -> Found | None:
    n = len(text)
    if anchor == "teens":
        noun_start, noun_end, noun = i, i + 5, "teens"
    elif anchor == "ties":
        t = _TENS_STEMS.match(text[max(0, i - 5) : i][::-1])
        if t is None:
            return None
        noun_start, noun_end = i - t.end(), i + 4
        noun = text[noun_start:noun_end].lower()
    elif anchor == "digit":
        noun_start, noun_end, noun = i, i + 5, "digits"
        if noun_end < n and text[noun_end] == "s":
            noun_end += 1
    else:  # "0s" of "mid-20s"
        if i < 2 or not text[i - 1].isdigit() or text[i - 1] == "0" or text[i - 2] not in " -":
            return None
        noun_start, noun_end, noun = i - 1, i + 2, text[i - 1] + "0s"
    if noun_start > 0 and (text[noun_start - 1].isalnum() and anchor != "digit"):
        return None
    if noun_end < n and text[noun_end].isalnum():
        return None
    b = grammar().level_before.match(text[max(0, noun_start - 24) : noun_start][::-1])
    assert b is not None  # every part is optional
    base, q2, q1, context = b.group("base", "q2", "q1", "ctx")
    if anchor == "digit":
        if not base:
            return None
        noun = f"{base[::-1].lower()} digits"
    after = _LEVEL_UNIT.match(text, noun_end)
    if not ctx.phrase and not (
        q2 or anchor == "digit" or context or grammar().level_after.match(text, noun_end)
    ):
        return None  # "teens" the age group; "the 20s" the decade
    if anchor == "0s" and not q2:
        return None
    levels = lexicon().levels
    start = noun_start - (b.end("base") if base else 0)
    note = None
    if q2:
        key = f"{q2[::-1].lower()} {noun}"
        if key in levels and (not q1 or f"{q1[::-1].lower()} {noun}" in levels):
            start = noun_start - (b.end("q1") if q1 else b.end("q2"))
            noun = key
        else:
            written = normalize_words(text[noun_start - b.end("q2") : noun_end])
            note = f"{written!r} is not in levels.toml; read as {noun!r}"
            q1 = None
    level = levels.get(normalize_words(noun))
    if level is None:
        return None
    if q1:
        first = levels[f"{q1[::-1].lower()} {noun.split(' ', 1)[1]}"]
        qualitative = f"{q1[::-1].lower()} to {noun}"
        level = span_levels(first, level, qualitative)
    end = after.end() if after else noun_end
    return start, end, level, True, note


# Amounts written with words where digits would stand: the words are replaced by the digits they mean
# and the number grammar reads the rest as it reads digits (bound words before; scale, unit, currency
# and counted noun after), so "more than a billion dollars" reads as "more than 1 billion dollars".
def _as_digits(text: str, start: int, cut: int, digits: str, ctx: Context, *, bare: bool) -> Found | None:
    """The quantity `text[start:cut]` states when read as `digits` with what follows `cut`; None unless a
    noun, unit or currency follows (or, with `bare`, a scale: "half a billion in sales")."""
    w0 = max(0, start - 48)
    head = text[w0:start] + digits
    local = head + text[cut : cut + 160]
    m = grammar().number.match(local, start - w0)
    if m is None:
        return None
    if not (
        m.group("noun") or m.group("cur3") or m.group("u1") or m.group("u2") or (bare and m.group("sc1"))
    ):
        return None
    try:
        found = read_number(local, m, ctx)
    except Split:
        return None
    if found is None:
        return None
    s, e, q, explicit, note = found
    return w0 + s, cut + e - len(head), q, explicit, note


def _at_least(found: Found | None) -> Found | None:
    """An amount stated by its order of magnitude ("thousands of guests", "multi-billion dollar") is at
    least that magnitude (labels README: gte the magnitude); a bound word written before it stays."""
    if found is None or found[2].bound not in _POINT_BOUNDS:
        return found
    s, e, q, explicit, note = found
    return s, e, Quantity(q.low, None, Bound.GTE, q.unit, q.scale), explicit, note


# "hundreds of carriers", "tens of thousands of suppliers", "millions of private firms", "tens of billions
# of dollars", "hundreds of basis points": a plural magnitude and "of" before what it counts or measures
_MAGNITUDE_PLURALS = {"hundreds": "100", "thousands": "1 thousand", "millions": "1 million"} | {
    "billions": "1 billion",
    "trillions": "1 trillion",
}
# ... and "in the billions", "in the tens of millions": the magnitude alone, as a level an amount is in
_MAGNITUDE_FINDS = ("undred", "housand", "illion")
_MAGNITUDE_WORD = re.compile(
    r"(?i:hundreds|thousands|millions|billions|trillions)(?P<of>[ \u00a0]of(?=[ \u00a0]))?"
)
_MAGNITUDE_LEAD = re.compile(r"(?<![A-Za-z])(?P<lead>(?i:tens|hundreds))[ \u00a0]+of[ \u00a0]+$")
_IN_THE = re.compile(r"(?<![A-Za-z])(?i:in|into)[ \u00a0]+the[ \u00a0]+$")


def _magnitude_plural(text: str, i: int, ctx: Context) -> Found | None:
    """The amount whose plural magnitude word starts at `i`."""
    m = _MAGNITUDE_WORD.match(text, i)
    if m is None or (i and text[i - 1].isalpha()) or text[m.end() : m.end() + 1].isalpha():
        return None
    word = m.group().lower().split()[0]
    cut = m.end()  # the blank after "of", or the end of the word
    if m.group("of") and _MAGNITUDE_WORD.match(text, cut + 1):
        return None  # "hundreds of thousands of people": read from "thousands", with its lead
    digits, start = _MAGNITUDE_PLURALS[word], i
    lead = _MAGNITUDE_LEAD.search(text, max(0, i - 16), i) if word != "hundreds" else None
    if lead is not None:  # "tens of thousands": ten times the magnitude
        digits = ("10" if lead.group("lead").lower() == "tens" else "100") + digits[1:]
        start = lead.start()
    if m.group("of"):
        return _at_least(_as_digits(text, start, cut, digits, ctx, bare=False))
    in_the = _IN_THE.search(text, max(0, start - 10), start)
    if in_the is None or word in ("hundreds", "thousands"):  # "numbering in the thousands": no amount
        return None
    found = _at_least(_as_digits(text, start, cut, digits, ctx, bare=True))
    if found is None or found[0] != start:
        return None
    return in_the.start(), found[1], found[2], found[3], found[4]


# "half a billion dollars", "a half a billion in sales", "more than a billion dollars", "a million
# shares": "a" or "half a" before a scale word is a number; "a" needs a noun or currency after it
# ("one in a million"), the half forms only the scale
_A_SCALE_BEFORE = re.compile(
    r"(?<![A-Za-z])(?:(?P<half>(?i:a[ \u00a0]+)?(?i:half)[ \u00a0]+)?(?i:an?))[ \u00a0]$"
)
# "one and a half inches", "two and a half billion dollars": a number word and a half
_AND_A_HALF_BEFORE = re.compile(r"(?<![A-Za-z])(?P<nw>[A-Za-z]+)[ \u00a0]+and[ \u00a0]+a$")


def scan_word_amounts(text: str, ctx: Context) -> list[Found]:
    """Amounts written with words before their scale, noun or currency: plural magnitudes ("tens of
    thousands of suppliers", gte), "half a billion dollars", "one and a half inches", "several thousand
    drivers" (3 to 9 thousand, labels README), "multi-billion dollar" (gte 2 billion)."""
    out: list[Found] = []
    # One `str.find` pass per magnitude stem (from its second letter: "Millions" too); what stands around
    # each hit picks the reading, so most sentences (no stem) cost four finds.
    for stem in _MAGNITUDE_FINDS:
        j = text.find(stem)
        while j != -1:
            if (found := _magnitude_hit(text, stem, j, ctx)) is not None:
                out.append(found)
            j = text.find(stem, j + 1)
    j = text.find(" half ")
    while j != -1:
        halved = _and_a_half_amount(text, j, ctx) if text.endswith(" and a", 0, j) else None
        if (found := _half_range(text, j, halved)) is not None:
            out.append(found)
        j = text.find(" half ", j + 1)
    return out


def _magnitude_hit(text: str, stem: str, j: int, ctx: Context) -> Found | None:
    """The amount around a magnitude stem found at `j` ("illion" of "half a billion dollars")."""
    w = j - 2 if stem == "illion" and j >= 2 and text[j - 2] in "tT" else j - 1  # "trillion"
    if w < 1 or text[w - 1].isalpha():
        if w >= 5 and text[w - 5 : w].lower() == "multi":
            return _multi_scale(text, w - 5, ctx)  # "multibillion-dollar"
        return None if w else _magnitude_plural(text, w, ctx)
    if text.startswith("s", j + len(stem)):
        return _magnitude_plural(text, w, ctx)  # "millions of private firms"
    if w >= 8 and text.startswith("everal ", w - 7) and text[w - 8] in "sS":
        return _several(text, w - 8, ctx)  # "several thousand drivers"
    if stem == "undred":
        return None
    if w >= 2 and text[w - 2] in "anAN":
        return _a_scale(text, w - 1, ctx)  # "a million shares", "half a billion"
    if w >= 6 and text[w - 1] in " -" and text[w - 6 : w - 1].lower() == "multi":
        return _multi_scale(text, w - 6, ctx)  # "multi-billion dollar"
    return None


def _a_scale(text: str, j: int, ctx: Context) -> Found | None:
    """ "a million shares", "more than half a billion dollars": `j` is the blank before the scale word."""
    a = _A_SCALE_BEFORE.search(text, max(0, j - 12), j + 1)
    if a is None:
        return None
    half = bool(a.group("half"))
    k = j + 1
    while k < len(text) and text[k].isalpha():
        k += 1
    if text.startswith("-dollar", k):  # "a billion-dollar brand": the hyphen read as the blank it stands for
        text = text[:k] + " " + text[k + 1 :]
    return _as_digits(text, a.start(), j, "0.5" if half else "1", ctx, bare=half)


def _and_a_half_amount(text: str, j: int, ctx: Context) -> Found | None:
    """ "one and a half inches": the number word and a half whose " half " starts at `j`."""
    h = _AND_A_HALF_BEFORE.search(text, max(0, j - 20), j)
    n = lexicon().number_words.get(h.group("nw").lower()) if h is not None else None
    if h is None or n is None:
        return _digits_and_a_half(text, j, ctx)
    return _as_digits(text, h.start(), j + 5, f"{n + 0.5:g}", ctx, bare=True)


# "14 and a half percent", "11 and a half to 17 and a half percent", "one and a half to six and a half
# percent": a number (digits or a word) and a half, as spoken calls write 14.5, and a range in the same
# words before it (labels README: a range is one claim)
_DIGITS_AND_A_HALF_BEFORE = re.compile(r"(?<![\w.,$-])(?P<n>\d{1,3})[ \u00a0]+and[ \u00a0]+a$")
_HALF_RANGE_BEFORE = re.compile(
    r"(?<![\w.,$-])(?P<low>\d{1,3}|[A-Za-z]+)(?P<half>[ \u00a0]+and[ \u00a0]+a[ \u00a0]+half)?"
    r"[ \u00a0]+(?:to|-|–)[ \u00a0]+$"
)


def _digits_and_a_half(text: str, j: int, ctx: Context) -> Found | None:
    """ "14 and a half percent": digits and a half whose " half " starts at `j`."""
    h = _DIGITS_AND_A_HALF_BEFORE.search(text, max(0, j - 12), j)
    if h is None:
        return None
    return _as_digits(text, h.start(), j + 5, f"{int(h.group('n')) + 0.5:g}", ctx, bare=True)


def _half_range(text: str, j: int, found: Found | None) -> Found | None:
    """ "one and a half to six and a half percent": the range whose high end, read as `found`, is a number
    and a half; `j` is where the high end's " half " starts. A low end at or above the high is no range."""
    if found is None or found[2].bound is not Bound.EQ:
        return found
    r = _HALF_RANGE_BEFORE.search(text, max(0, found[0] - 24), found[0])
    if r is None or _from_before(text, r.start()):
        return found  # "from 8 to 9 and a half percent": a start and an end, two claims
    low_word = r.group("low").lower()
    low_n = int(low_word) if low_word.isdigit() else lexicon().number_words.get(low_word)
    if low_n is None:
        return found
    s, e, q, explicit, note = found
    head = text[s:j].split()[0].lower()  # the high end as written: "six", "17"
    high_n = int(head) if head.isdigit() else lexicon().number_words.get(head)
    if not high_n or q.high is None:
        return found
    scale = q.high / (high_n + 0.5)  # 0.01 for percent, 1e6 for million: the same for both ends
    low = (low_n + (0.5 if r.group("half") else 0.0)) * scale
    if low >= q.high:
        return found
    return r.start(), e, Quantity(low, q.high, Bound.RANGE, q.unit, q.scale), explicit, note


# "several thousand drivers", "several hundred million dollars": 3 to 9 of the scale (labels README)
_SEVERAL = re.compile(
    r"(?i:several)[ \u00a0]+(?P<sc>(?i:hundred(?:[ \u00a0]+(?:thousand|million|billion))?|thousand|million"
    r"|billion))(?=[ \u00a0])"
)


def _several(text: str, i: int, ctx: Context) -> Found | None:
    if i < 0 or (i and text[i - 1].isalpha()):
        return None
    m = _SEVERAL.match(text, i)
    if m is None:
        return None
    sc = " ".join(m.group("sc").lower().split())
    digits = "3 to 9" if sc == "thousand" or not sc.startswith("hundred") else "300 to 900"
    if sc.startswith("hundred"):
        sc = sc[8:]
    return _as_digits(text, i, m.end(), f"{digits} {sc}" if sc else digits, ctx, bare=False)


# "a multi-billion dollar opportunity", "multibillion-dollar contracts": at least two of the scale,
# with the currency word that makes it an amount
_MULTI = re.compile(r"(?i:multi)[ \u00a0-]?(?P<sc>(?i:million|billion|trillion))(?=[ \u00a0-](?i:dollar))")


def _multi_scale(text: str, i: int, ctx: Context) -> Found | None:
    if i < 0 or (i and text[i - 1].isalpha()):
        return None
    m = _MULTI.match(text, i)
    if m is None:
        return None
    if text[m.end()] == "-":  # "multi-billion-dollar": the hyphen read as the blank it stands for
        text = text[: m.end()] + " " + text[m.end() + 1 :]
    return _at_least(_as_digits(text, i, m.end(), "2 " + m.group("sc").lower(), ctx, bare=False))


# "200 million pounds of copper", "a capacity of 285 million pounds per year": "pounds" written out after a
# number is a weight, not sterling, when what follows names a material or a rate of output; "5 million
# pounds of revenue" and a bare "5 million pounds" stay GBP (earnings calls write "£" or "sterling" far
# more often than a bare "pounds" for money)
_WEIGHT_AFTER = re.compile(
    r"[ \u00a0]+(?:(?i:of)[ \u00a0]+(?P<of>[a-z][a-z-]+)|(?i:per|a|each)[ \u00a0]+"
    r"(?i:year|annum|day|month|quarter|week|hour)(?![A-Za-z]))"
)
_MONEY_OF = frozenset(
    {"revenue", "cash", "capital", "debt", "profit", "funding", "investment", "income", "spend", "spending"}
    | {"cost", "value", "ebitda", "savings", "synergies", "the", "our", "which", "that", "this", "its"}
)


def weigh_pounds(text: str, found: list[Found]) -> list[Found]:
    """`found` with each "N pounds" read as sterling turned into a count of pounds where `_WEIGHT_AFTER`
    says it weighs something; the list itself when nothing is read as GBP (the common case)."""
    out = found
    for k, (s, e, q, explicit, note) in enumerate(found):
        if q.unit.code != "GBP" or not text.endswith(("pounds", "pound"), s, e):
            continue
        w = _WEIGHT_AFTER.match(text, e)
        of = w.group("of") if w is not None else None
        if w is None or (of is not None and (of in _MONEY_OF or of in lexicon().amount_plurals)):
            continue
        if out is found:
            out = list(found)
        unit = _count("pounds")
        out[k] = (s, e, Quantity(q.low, q.high, q.bound, unit, q.scale), explicit, note)
    return out


# "below approximately 500 basis points", "over approximately 800 stores", "up to about $50 million": the
# comparative written first bounds the amount (labels README: "over approximately 800" is gt); "at least
# another 460 miles", "up to an additional $50 million": the bound reaches over the word of addition
_OUTER_BOUND = re.compile(
    r"(?<![A-Za-z])(?P<bw>(?i:more[ \u00a0]+than|over|above|below|under|less[ \u00a0]+than"
    r"|fewer[ \u00a0]+than|at[ \u00a0]+least|up[ \u00a0]+to|in[ \u00a0]+excess[ \u00a0]+of"
    r"|greater[ \u00a0]+than|north[ \u00a0]+of))"
    r"[ \u00a0]+(?P<add>(?i:another|an[ \u00a0]+additional|a[ \u00a0]+further)[ \u00a0]+)?$"
)
_ADDED_BEFORE = ("another ", "additional ", "further ")

_RISEN_TO = re.compile(r"(?:(?<![A-Za-z])(?:is|are|was|were|be|been|being)|'s|'re|[a-z]ed)[ \u00a0]+$")


def outer_bounds(text: str, found: list[Found]) -> list[Found]:
    """`found` with each approximate amount after a comparative, and each amount after a comparative and a
    word of addition, given the comparative's bound and span; the list itself when none changes."""
    out = found
    # the candidates first, in one cheap pass: approximate amounts, and (only where the text says "another",
    # "additional" or "further" at all) amounts right after those words
    added = "another " in text or "additional " in text or "further " in text
    approx, eq = Bound.APPROX, Bound.EQ
    for k in [k for k, f in enumerate(found) if f[2].bound is approx or (added and f[2].bound is eq)]:
        s, e, q, explicit, note = found[k]
        if q.bound is eq and not text.endswith(_ADDED_BEFORE, 0, s):
            continue
        m = _OUTER_BOUND.search(text, max(0, s - 40), s)
        if m is None or (q.bound is Bound.EQ and not m.group("add")):
            continue
        risen = _RISEN_TO.search(text, max(0, m.start() - 12), m.start()) is not None
        if risen and m.group("bw").lower().startswith("up"):
            continue  # "we're up to about $1.3 million", "ramped up to about 50%": risen to, no bound
        kind = _bound_written(m.group("bw")[::-1])
        bound = _BOUND_OF.get(kind or "")
        if bound is None or q.low is None:
            continue
        if bound in _LOWER_BOUNDS:
            q2 = Quantity(q.low, None, bound, q.unit, q.scale, q.qualitative)
        else:
            q2 = Quantity(None, q.low, bound, q.unit, q.scale, q.qualitative)
        if out is found:
            out = list(found)
        out[k] = (m.start(), e, q2, explicit, note)
    return out


# "a sub-90% combined ratio", "sub 6% cap rates", "a sub-$35 per barrel breakeven", "leverage of sub 1.5
# times": "sub" before a number is a bound below it, as "under" is; after its hyphen the digits were not
# read at all (a letter and a hyphen before digits usually make a name: "B-52", "Uaru-2")
_SUB_BEFORES = tuple(  # the literal first, so `re` scans for it fast
    re.compile(f"{w}(?<![A-Za-z]{w})(?:-|[ \u00a0])(?=[$\\d])") for w in ("sub", "Sub")
)


def sub_bounds(text: str, found: list[Found], ctx: Context) -> list[Found]:
    """`found` with each amount after "sub" (see above) read as less than it, and its span from "sub"."""
    out = found
    starts = {f[0]: k for k, f in enumerate(found)}
    for m in (m for pattern in _SUB_BEFORES for m in pattern.finditer(text)):
        at = m.end()
        k = starts.get(at)
        if k is not None:
            _, e, q, explicit, note = found[k]
        else:
            inner = scan_numbers(text[at : at + 60], ctx)
            if not inner or inner[0][0] != 0:
                continue
            _, e, q, explicit, note = inner[0]
            e += at
        if q.bound is not Bound.EQ or q.low is None or q.unit.kind is UnitKind.COUNT:
            continue  # a count after "sub-" names a class ("sub-1 megawatt bookings", "sub-6 gig bands")
        f = (m.start(), e, Quantity(None, q.low, Bound.LT, q.unit, q.scale, q.qualitative), explicit, note)
        if out is found:
            out = list(found)
        if k is not None:
            out[k] = f
        else:
            out.append(f)
    if out is not found:
        out.sort(key=lambda f: f[0])
    return out


# "a 400 megawatt project", "the 2.6-gigawatt offshore wind project", "our 500 kV transmission system", "the
# 340-room Embassy Suites", "a 30-acre innovation district", "a 100-mile submarine line", "a 48-unit assisted
# living community": a number before a singular unit of size or capacity, and a word after it, is a physical
# fact about an asset (labels README: adjective counts and nameplate capacity are claims); with no -s the
# counted-noun grammar never read it. Not after a range's "to"/"and" (the range is one claim, read elsewhere),
# nor a year ("2021 store openings") or a label ("Unit 3")
_SIZE_ADJECTIVE = re.compile(
    # a digit first (then the character before it checked): `re` scans for a digit fast
    r"(?P<n>\d(?<![\w.,$€£/-]\d)(?:\d{0,2}(?:,\d{3})+|\d*(?:\.\d+)?))[ \u00a0-]"
    r"(?P<u>megawatt|gigawatt|kilowatt|MW|GW|kV|kilovolt|room|bed|acre|mile|square[ \u00a0-]foot|unit|key"
    r"|store|restaurant|branch|apartment|seat"
    # product specs (labels README: "65 inches and larger", "127-qubit" are claims): "12-inch wafer fab",
    # "400-volt silicon inverter", "a 6-person high-speed chairlift", "a 10-story tower"
    r"|inch|volt|person|story)"
    r"(?=[ \u00a0-](?!(?i:hours?|per|count|basis|of|and|or|to|in|at|for|on|by|is|was|are|were)(?![A-Za-z]))"
    r"[A-Za-z])"
)
_SPEC_UNITS = frozenset(("inch", "volt", "person", "story"))
_SIZE_NOT_AFTER = re.compile(r"(?<![A-Za-z])(?i:to|and|or|than|between|from)[ \u00a0]+$")


def scan_size_adjectives(text: str) -> list[Found]:
    """Counts of a singular unit of size before a noun (see above)."""
    out: list[Found] = []
    labels = lexicon().labels
    for m in _SIZE_ADJECTIVE.finditer(text):
        n, s = m.group("n"), m.start()
        if _is_year(n) or _SIZE_NOT_AFTER.search(text, max(0, s - 9), s):
            continue
        before = text[max(0, s - 12) : s].split()
        if before and before[-1].lower() in labels:
            continue
        branded = before and before[-1][:1].isupper() and s > 1 and text[s - 2] != "."
        if branded and m.group("u") in _SPEC_UNITS:
            continue  # "Flex-Force 60-volt", "DEWALT 20-volt", "Exmark 96-inch": a product line's name
        noun = " ".join(m.group("u").replace("-", " ").split())
        out.append(_bounded(text, s, m.end(), float(n.replace(",", "")), _count(noun)))
    return out


# Age thresholds (labels README: "over the age of 75" is gt 75 years; "65-plus", "21 years of age or older"
# are claims): "over the age of 15", "buyers under the age of 35", "those 55 and older", "aged 65 and over",
# "65 years of age or older", "ages 25 to 39", "deaths at younger ages below 65"; the number alone was no
# quantity (no unit, no noun)
_AGE = re.compile(
    r"(?<![A-Za-z])(?:(?P<bw>(?i:over|above|older[ \u00a0]than|under|below|younger[ \u00a0]than))"
    r"[ \u00a0]+the[ \u00a0]+age[ \u00a0]+of[ \u00a0]+(?P<n>\d{1,3})(?![\w%-]|[.,]\d)"
    r"|(?<=ages[ \u00a0])(?P<bw2>(?i:over|above|under|below))[ \u00a0]+(?P<n2>\d{1,3})(?![\w%-]|[.,]\d)"
    r"|(?i:ages?|aged)[ \u00a0]+(?P<a>\d{1,3})(?:[ \u00a0]+(?:to|through)[ \u00a0]+|[ \u00a0]?[-–][ \u00a0]?)"
    r"(?P<b>\d{1,3})(?![\w%-]|[.,]\d)"
    r"|(?<![\w.,$-])(?P<m>\d{1,3})(?:[ \u00a0]+years[ \u00a0]+of[ \u00a0]+age)?[ \u00a0]+(?:and|or)[ \u00a0]+"
    r"(?P<o>(?i:older|over))(?![A-Za-z]))"
)
_AGED_BEFORE = re.compile(r"(?<![A-Za-z])(?i:aged|ages?)[ \u00a0]+$")


def _age_matches(text: str) -> list[re.Match[str]]:
    """`_AGE`'s matches, searched only around each " age" / "older" (the pattern would try every position)."""
    seen: dict[int, re.Match[str]] = {}
    for word in (" age", "older"):
        i = text.find(word)
        while i != -1:
            for m in _AGE.finditer(text, max(0, i - 30), i + 40):
                seen.setdefault(m.start(), m)
            i = text.find(word, i + 1)
    return [seen[k] for k in sorted(seen)]


def scan_ages(text: str) -> list[Found]:
    """Age thresholds and age bands, in years (see above)."""
    out: list[Found] = []
    years = _unit_of("years", None)
    for m in _age_matches(text):
        if m.group("n") or m.group("n2"):  # "over the age of 75", "at younger ages below 65"
            n = float(m.group("n") or m.group("n2"))
            low_side = (m.group("bw") or m.group("bw2")).lower().startswith(("over", "above", "older"))
            q = Quantity(n, None, Bound.GT, years) if low_side else Quantity(None, n, Bound.LT, years)
            out.append((m.start(), m.end(), q, True, None))
        elif m.group("a"):
            a, b = float(m.group("a")), float(m.group("b"))
            if a < b:
                out.append((m.start("a"), m.end(), Quantity(a, b, Bound.RANGE, years), True, None))
        else:
            s = m.start("m")
            if m.group("o").lower() == "over" and not _AGED_BEFORE.search(text, max(0, s - 6), s):
                continue  # "12 and over 30 stores": "over" bounds what follows ("aged 65 and over" does not)
            out.append((s, m.end(), Quantity(float(m.group("m")), None, Bound.GTE, years), True, None))
    return out


# "we expect to reach net debt zero sometime next year", "net promote earnings effectively zero", "travel
# expenses were close to zero", "our net debt position is zero": "zero" said as the value a measure is, was or
# will reach (a verb, an adverb of degree or "net debt" before it, and no noun after it: not "zero emissions",
# "zero-turn mowers", "near zero short-term rates", "Path to Zero"); its unit is the context's, as a bare
# scaled number's is. "nearly"/"close to" and the like make it approximate
_ZERO = re.compile(
    r"(?<![A-Za-z])(?P<lead>(?i:net[ \u00a0]debt|effectively|essentially|basically|virtually|practically"
    r"|nearly|almost|close[ \u00a0]to|near|approximately|about|roughly"
    r"|is|are|was|were|be|been|remains?|remained|reach(?:ed)?|(?:fell|dropped|declined|down)[ \u00a0]to))"
    r"[ \u00a0]+zero(?=[ \u00a0]*(?:[.,;:!?)\n]|$)|[ \u00a0]+(?i:for|as|from|through|in|last|this|next"
    r"|during|by|sometimes?|since|across|versus|compared|on|until|over|at|because|with|when|so"
    r"|and[ \u00a0]+(?:we|our|the))(?![A-Za-z]))"
)
_ZERO_APPROX = frozenset(
    ("effectively", "essentially", "basically", "virtually", "practically", "nearly", "almost", "close to")
)
_ZERO_APPROX |= {"near", "approximately", "about", "roughly"}


def scan_zeros(text: str) -> list[Found]:
    """ "zero" as a measure's value (see above)."""
    out: list[Found] = []
    i = text.find("zero")
    while i != -1:
        m = _ZERO.search(text, max(0, i - 16), i + 40)
        if m is not None and m.end() == i + 4:
            lead = " ".join(m.group("lead").lower().split())
            bound = Bound.APPROX if lead in _ZERO_APPROX else Bound.EQ
            out.append((i, i + 4, Quantity(0.0, 0.0, bound, COUNT), False, None))
        i = text.find("zero", i + 1)
    return out
