"""The compiled patterns of the quantity scanner, built once from the lexicon and currency tables.

Speed comes from how the patterns start. `number` begins with a digit class, so `re` skips to
the next digit in C; everything written *after* the digits (scale, unit, range, currency,
per-share, counted noun) is in the same pattern. What is written *before* the digits (bound
words, "between", currency prefixes, signs, "(") is read by `prefix`, a pattern compiled over
the reversed text so one anchored `match` on a short reversed window reads it. The few quantities
without digits ("six months", "mid-teens", "double-digit") are found by the scanner with
`str.find` on their rare anchor words, then checked with `number_word_before` and `level_before`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from typing import Any

from thesisledger.quantities.lexicon import Lexicon, lexicon
from thesisledger.quantities.units import currency_table

SP = "[ \u00a0]"  # one blank inside a quantity; never a line break
YEN_SIGNS = ("¥", "￥")  # ambiguous: CNY or JPY, resolved by the parser


def _trie(words: Iterable[str]) -> str:
    """A regex matching exactly `words`, factored as a trie so `re` does not try them one by one.

    Greedy optionals make longer words win ("bps" over "bp"); a blank inside a word matches one or
    more blanks ("per  cent").
    """
    root: dict[str, Any] = {}
    for word in words:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict[str, Any]) -> str:
        alts = [
            (f"{SP}+" if ch == " " else re.escape(ch)) + emit(child)
            for ch, child in sorted(node.items())
            if ch
        ]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        if "" in node:
            return (f"(?:{body})" if len(alts) == 1 else body) + "?"
        return body

    return emit(root)


def _rtrie(words: Iterable[str]) -> str:
    """`_trie` of the reversed words, for patterns run over reversed text."""
    return _trie(w[::-1] for w in words)


@dataclass(frozen=True, slots=True)
class CurrencyForms:
    """How currencies are written around a number, and what each form means."""

    prefixes: dict[str, str]  # written before the digits -> ISO code ("US$", "RMB", "$"); "¥" -> ""
    suffixes: dict[str, str]  # written after (lower-cased) -> ISO code ("usd", "yuan", "hong kong dollars")


@cache
def currency_forms() -> CurrencyForms:
    table = currency_table()
    prefixes: dict[str, str] = dict(table.symbols)
    suffixes: dict[str, str] = {}
    for alias, code in table.aliases.items():
        suffixes[alias] = code
        if len(alias) == 3 and alias.isalpha():  # codes and RMB: "RMB 9 billion", "Rmb9bn"
            prefixes[alias.upper()] = code
            prefixes[alias.title()] = code
    for sign in YEN_SIGNS:
        prefixes[sign] = ""
    return CurrencyForms(prefixes, suffixes)


@dataclass(frozen=True, slots=True)
class Grammar:
    number: re.Pattern[str]  # digits and all that follows them, with an optional range
    single: re.Pattern[str]  # the same without a range (used to split "from X to Y")
    prefix: re.Pattern[str]  # over the reversed text before the digits
    from_before: re.Pattern[str]  # "from" up to three words back (reversed), for "from the current 9% to 20%"
    number_word_before: re.Pattern[str]  # reversed: the number word before "months" / "fold"
    level_before: re.Pattern[str]  # reversed: qualifiers before "teens" / "digits" / "20s"
    level_after: re.Pattern[str]  # forward: "%", "percent", "range" after a level
    glued_codes: frozenset[str]  # currency codes that may touch the digits: "RMB9bn"


def _scale(lex: Lexicon) -> str:
    words = _trie(list(lex.scales))
    attached = "".join(sorted({c for k in lex.attached_scales for c in (k.lower(), k.upper())}))
    return f"(?:{SP}?(?i:{words})|[{attached}])(?![A-Za-z])"


def _unit(lex: Lexicon) -> str:
    symbols, attached, fold, times, durations, words, to_one = [], [], [], [], [], [], []
    for w, u in lex.units.items():
        if w == "%":
            symbols.append(w)
        elif w.startswith((":", "-to-")):
            to_one.append(w)
        elif w in ("x", "×"):
            attached.append(w)
        elif w == "fold":
            fold.append(w)
        elif w == "times":
            times.append(w)
        elif u.kind.value == "duration":
            durations.append(w)
        else:
            words.append(w)
    return (
        f"(?:{SP}?(?:{_trie(symbols)})"
        f"|(?:{SP}|-)?(?i:{_trie(words)})(?![A-Za-z])"
        f"|(?:{_trie(attached)}|X)(?![A-Za-z])"
        f"|[ -]?(?i:{_trie(fold)})(?![A-Za-z])"
        f"|{SP}(?i:{_trie(times)})(?![A-Za-z])"
        # "17 consecutive years": a streak's length keeps its word in the span
        f"|[ -](?:(?i:consecutive|straight){SP})?(?i:{_trie(durations)})(?![A-Za-z])"
        f"|(?:{_trie(to_one)})(?![\\d:]|[.,]\\d))"  # "2.1:1", "1-to-1", never "2:15" or "1:1.5"
    )


def _first_chars(words: Iterable[str]) -> str:
    """A character class of the characters `words` start with (a blank stands for any `SP`)."""
    firsts = {SP[1:-1] if w[0] == " " else re.escape(w[0]) for w in words if w}
    return "[" + "".join(sorted(firsts)) + "]"


def _number_pattern(lex: Lexicon, forms: CurrencyForms, *, with_range: bool) -> str:
    codes = sorted(c for c in forms.prefixes if c.isalpha() and len(c) == 3)
    glued = "|".join(codes)
    # Every code ends in one of `ends`: that one-character test first spares the many digits inside a
    # number (which fail the first branch) trying every code (same matches, ~20% faster scan).
    ends = f"(?<=[{''.join(sorted({c[-1] for c in codes}))}]\\d)" if codes else ""
    first = r"\d(?:(?<![\w.,:/]\d)(?<![A-Za-z]-\d)(?<!\d-\d)" f"|{ends}(?<=(?:{glued})\\d))"
    rest = r"(?:\d{0,2}(?:,\d{3})+|\d*)(?:\.\d+)?"
    num2 = r"\d" + rest
    scale, unit = _scale(lex), _unit(lex)
    symbols = _trie([p for p in forms.prefixes if not p.isalpha()])
    cur_prefix = f"(?:{symbols}|(?:{glued}){SP}?)"
    join = (
        f",?{SP}+(?i:but|and){SP}+(?i:below|under|less{SP}than|lower{SP}than|no{SP}more{SP}than"
        f"|not{SP}more{SP}than|at{SP}most){SP}+"
        f"|{SP}*[-–—]{SP}*|{SP}+(?i:to|and){SP}+"
    )
    if with_range:
        range_part = (
            f"(?:(?P<join>{join})(?P<cur2>{cur_prefix})?(?P<sign2>[-+−])?(?P<n2>{num2})"
            f"(?P<cl2>\\))?(?P<sc2>{scale})?(?P<u2>{unit})?)?"
        )
    else:  # same group names, never matching, so one reader handles both patterns
        range_part = "(?:(?P<join>(?!))(?P<cur2>)(?P<sign2>)(?P<n2>)(?P<cl2>)(?P<sc2>)(?P<u2>))?"
    suffixes = _trie(list(forms.suffixes))
    # After most numbers no currency word follows: a one-character look at the next letter fails there
    # at once instead of trying each branch of the (case-insensitive) trie (~15% faster scan).
    suffix_first = f"(?={_first_chars(forms.suffixes)})" if all(forms.suffixes) else ""
    per_share = (
        f"{SP}*(?:(?i:per|a){SP}+(?:(?i:fully{SP}diluted|diluted|basic|common|ordinary){SP}+)?"
        f"(?i:shares?|ADSs?|ADRs?)|/(?i:share))(?![A-Za-z])"
    )
    noun = counted_noun(lex)
    return (
        f"(?P<n1>{first}{rest})(?P<cl1>\\))?(?P<sc1>{scale})?(?P<u1>{unit})?"
        f"{range_part}"
        f"(?P<cur3>{SP}?(?i:{suffix_first}{suffixes})(?![A-Za-z]))?"
        f"(?P<per>{per_share})?"
        f"(?P<mb>{SP}(?:{_trie(lex.multiple_bases)})(?![A-Za-z/]))?"
        f"(?P<noun>{noun})?"
        r"(?![\w%]|[.,:/-]\d|-[A-Za-z])"
    )


def counted_noun(lex: Lexicon) -> str:
    """The plural a number counts, one to six words after it: "470,000 units", "13 operated rigs",
    "270,000 Medicare members", "2 BOF converters" (capitals or codes before the last word), "five test
    aircraft" (lexicon `irregular_plurals`), "1,600 test hours" (hours with a word naming them; "24 hours"
    is a time), "30 de novo senior focused centers", "429,000 wireless retail postpaid phone net adds"."""
    stop = _trie(lex.noun_stopwords)
    # Possessive `*+`: a word only ever succeeds whole (a blank or a non-word character must follow it), so
    # giving back letters one by one to retry the plural tests after each would only fail again (same
    # matches; tests/quantities/test_scan_speed_paths.py).
    word = f"(?!(?:{stop})(?![\\w'-]))[a-z][a-z'-]*+"
    # a capital is tried only where the lower-case word fails (that path stays as fast)
    # ... and an acronym or code: "two BOF converters", "77 MAX firm orders", "two CH-47 helitankers"
    cap = f"(?=[A-Z])(?!(?i:{stop})(?![\\w'-]))(?:[A-Z]{{2,5}}(?:-\\d+)?(?![\\w'-])|[A-Z][a-z'-]*+)"
    plural = "|".join(
        [
            # "more natural gas customers", "17 direct sales consultants": the plural is the last word
            f"(?<=[a-hj-rtv-z]s)(?<!{SP}gas)(?<!{SP}sales)",
            *(f"(?<={SP}{re.escape(w)})" for w in lex.irregular_plurals),
        ]
    )
    # the shortest noun that ends in a plural: "27 open properties growing revenues" counts properties
    # ... or an acronym's plural: "eight million SKUs", "12 RCEs", "6 ATMs"
    acronyms = f"{SP}[A-Z]{{2,5}}s(?![\\w'-])"
    return f"(?:{SP}(?:{word}|{cap})){{0,5}}?(?:{SP}{word}(?:{plural}|{SP}hours)(?![\\w'-])|{acronyms})"


def _prefix_pattern(lex: Lexicon, forms: CurrencyForms) -> str:
    symbols = _rtrie([p for p in forms.prefixes if not p.isalpha()])
    codes = _rtrie([p for p in forms.prefixes if p.isalpha()])
    bounds = _rtrie(list(lex.bounds))
    verbs = _rtrie(list(lex.verbs_with_article))
    labels = _rtrie(list(lex.labels))
    return (
        r"(?P<paren2>\()?"
        r"(?P<sign2>[-+−](?![\w]))?"
        f"(?:{SP}?(?P<cur>{symbols}|(?:{codes})(?![A-Za-z])))?"
        r"(?P<sign>[-+−](?![\w]))?"
        r"(?P<paren>\()?"
        f"(?:{SP}*(?P<tilde>~)"
        f"|{SP}+(?P<bw>(?i:{bounds}))(?![\\w])"
        f"|{SP}+(?i:eht){SP}+(?P<bwa>(?i:{verbs}))(?![\\w])"
        f"|{SP}+(?P<label>(?i:{labels}))(?![\\w]))?"
    )


def _level_before() -> str:
    q = "(?i:hgih|dim|wol)"
    return (
        f"(?:[ -](?P<base>(?i:elgnis|elbuod|elpirt)))?"
        f"(?:[ -](?P<q2>{q})(?:[ -](?i:ot){SP}?[ -]?(?P<q1>{q}))?(?![A-Za-z]))?"
        f"(?P<ctx>[\"'“‘”’]?{SP}*(?:(?i:eht|otni|ni)(?![A-Za-z])|>-|→))?"
    )


@cache
def grammar() -> Grammar:
    """The compiled patterns (built on first use, then cached)."""
    lex, forms = lexicon(), currency_forms()
    number_words = _rtrie(list(lex.number_words))
    return Grammar(
        number=re.compile(_number_pattern(lex, forms, with_range=True)),
        single=re.compile(_number_pattern(lex, forms, with_range=False)),
        prefix=re.compile(_prefix_pattern(lex, forms)),
        from_before=re.compile(f"(?:{SP}*[^ \u00a0\n]+){{0,3}}?{SP}+(?i:morf)(?![\\w])"),
        number_word_before=re.compile(f"[ -]?(?P<nw>(?i:{number_words}))(?![\\w])"),
        level_before=re.compile(_level_before()),
        level_after=re.compile(f"[\"'”’]?{SP}*(?:%|(?i:percent|per{SP}cent|range|level)(?![A-Za-z]))"),
        glued_codes=frozenset(c for c in forms.prefixes if c.isalpha()),
    )
