"""Count and share vocabulary found missing on the dev11 calls and checked across the corpus: nouns of
what a company sells (tickets), of whom it serves (cardholders, merchants) and of where it operates
(pharmacies, store openings and closures), each on sentences of our own with a contrasting case."""

from __future__ import annotations

import pytest

from call_claims import call_metrics


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # tickets sold are units delivered (README, live events), with or without a modifier
        ("We have already sold 22 million tickets for next year.", {"22 million tickets": "units_delivered"}),
        (
            "That brings us to 65 million fee-bearing tickets.",
            {"65 million fee-bearing tickets": "units_delivered"},
        ),
        # a card issuer's cardholders and a network's merchants are customers
        (
            "The card is used by more than 8 million cardholders.",
            {"more than 8 million cardholders": "customers"},
        ),
        ("We added 3,900 new merchants during the quarter.", {"3,900 new merchants": "customers"}),
        # places it operates: pharmacies, store openings and closures are footprint
        (
            "The card is accepted at more than 17,000 pharmacies.",
            {"more than 17,000 pharmacies": "footprint"},
        ),
        (
            "We added 203 net stores, comprised of 217 store openings and 14 closures.",
            {"217 store openings": "footprint", "14 closures": "footprint"},
        ),
        ("Sales were partly offset by 31 net store closures.", {"31 net store closures": "footprint"}),
        # outlets selling the product and store relocations are footprint; tests performed are delivered
        (
            "The brand is now available in more than 15,000 outlets.",
            {"more than 15,000 outlets": "footprint"},
        ),
        ("We completed 260 new stores and 33 relocations.", {"33 relocations": "footprint"}),
        (
            "We performed about 7.6 million molecular tests.",
            {"about 7.6 million molecular tests": "units_delivered"},
        ),
        # contrasts: nouns that name people met, not a population served or employed, stay without a key
        ("We hosted an event for 400 teammates.", {"400 teammates": None}),
        ("The platform reaches 50 million households.", {"50 million households": None}),
        ("Our app now has 35 million users.", {"35 million users": None}),
    ],
)
def test_count_nouns(text: str, expected: dict[str, str | None]) -> None:
    got = call_metrics(text)
    for span, metric in expected.items():
        assert got[span] == metric, (span, got)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a % of the company's transactions, orders, applications, payments, attendance or money volume
        ("Approximately 60% of our applications were done digitally.", {"Approximately 60%": "volume_share"}),
        ("About 65% of payments were made digitally.", {"About 65%": "volume_share"}),
        ("Concerts accounted for over 70% of fee-bearing GTV.", {"over 70%": "volume_share"}),
        (
            "Members accounted for 64% of transactions and 76% of sales.",
            {"64%": "volume_share", "76%": "revenue_share"},
        ),
        ("Nearly 30% of our online orders were fulfilled by our stores.", {"Nearly 30%": "volume_share"}),
        ("Season passes represented 55% of total attendance.", {"55%": "volume_share"}),
        # contrasts: a level against a base, a market's volume, a subset already named, a growth named after
        ("Traffic recovered to 80% of pre-COVID activity.", {"80%": None}),
        ("Our data covers 80% of all industry transactions.", {"80%": None}),
        ("We approved 75% of those applications.", {"75%": None}),
    ],
)
def test_share_of_activity(text: str, expected: dict[str, str | None]) -> None:
    got = call_metrics(text)
    for span, metric in expected.items():
        assert got[span] == metric, (span, got)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # new or net new accounts, relationships, households or logos of any kind are customers
        (
            "We opened 525,000 new consumer investment accounts.",
            {"525,000 new consumer investment accounts": "customers"},
        ),
        ("We recorded 619 new commercial relationships.", {"619 new commercial relationships": "customers"}),
        ("We added over 200 new customer logos this year.", {"over 200 new customer logos": "customers"}),
        # contrast: accounts that are not new are not read as customers from the noun alone
        (
            "We converted 4 million consumer investment accounts.",
            {"4 million consumer investment accounts": None},
        ),
    ],
)
def test_new_customer_nouns(text: str, expected: dict[str, str | None]) -> None:
    got = call_metrics(text)
    for span, metric in expected.items():
        assert got[span] == metric, (span, got)
