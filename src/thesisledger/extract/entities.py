"""Entities a company profile names (segments, businesses, products) found in a sentence.

`entity_index(profile)` builds one Aho-Corasick automaton per company over every alias of every
entity and caches it. Other shipped companies' names and entities ("AWS", "Amazon") are indexed
too, under keys "other:<TICKER>", so the extractor can tell a third party's number from the
company's own (their claims are historical analogues, entity null).
"""

from __future__ import annotations

from functools import cache

from thesisledger.companies import CompanyProfile, shipped_profiles
from thesisledger.extract.phrases import PhraseIndex

OTHER = "other:"

# Words too generic to name another company on their own ("International" is AMZN's segment name).
_GENERIC = frozenset({"international", "north america", "services", "cloud", "group", "the group"})


@cache
def entity_index(profile: CompanyProfile | None) -> PhraseIndex:
    """Entities of `profile` (key per alias; the company's own names map to "group" if it has one,
    else nothing) plus other shipped companies as "other:<TICKER>"."""
    phrases: list[tuple[str, str]] = []
    exact: list[str] = []
    own = profile.ticker if profile else None
    if profile is not None:
        for e in profile.entities:
            for alias in (e.name, *e.aliases):
                phrases.append((alias, e.key))
                if len(alias) <= 4 and alias.isupper():
                    exact.append(alias)
    for ticker, other in sorted(shipped_profiles().items()):
        if ticker == own:
            continue
        names = [other.name, *(a for a in other.aliases if not a.isdigit())]
        brand = other.name.split()[0].lower()
        for e in other.entities:
            # only unmistakable names: acronyms ("AWS") and names carrying the brand ("Google Cloud")
            names.extend(a for a in (e.name, *e.aliases) if a.isupper() or brand in a.lower())
        for alias in names:
            if alias.lower() in _GENERIC or len(alias) < 3:
                continue
            phrases.append((alias, OTHER + ticker))
            if alias.isupper():
                exact.append(alias)
    return PhraseIndex(phrases, case_sensitive=exact)
