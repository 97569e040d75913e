"""A licence told by its period of validity ("in force from <day> until <day>") is issued
on the first day and ends on the second: each party it covers gets a licence dated by
the first day and a deadline on the second, every member of an enumeration that follows
it included. A trade's own licence, a licence only asked for and the sanctions' own
period stay silent."""

from __future__ import annotations

from listwatch.news import extract_article


def _events(text: str) -> set[tuple[str, str, str | None]]:
    r = extract_article(text, published="2025-03-14", language="en")
    return {(e["type"], e["entity"], e["date"]) for e in r["events"]}


def _of(kind: str, got: set[tuple[str, str, str | None]]) -> set[tuple[str, str | None]]:
    return {(who, day) for typ, who, day in got if typ == kind}


BANKS = {"Harrow Savings Bank", "Keswick Trust Bank", "Ferno Credit Bank"}


def test_a_period_of_validity_dates_the_licence_and_gives_each_member_its_end() -> None:
    text = ("OFSI published General Licence 14 last week. Its licence is in force from 3 March 2025 until "
            "9 September 2025 and lets Harrow Savings Bank, Keswick Trust Bank and Ferno Credit Bank pay "
            "their staff in London.")
    got = _events(text)
    assert _of("license", got) == {(b, "2025-03-03") for b in BANKS}
    assert _of("deadline", got) == {(b, "2025-09-09") for b in BANKS}


def test_the_period_told_in_a_fronted_phrase_before_the_parties() -> None:
    text = ("Under the new licence, valid from 3 March 2025 through 9 September 2025, Harrow Savings Bank "
            "and Keswick Trust Bank may settle their debts.")
    got = _events(text)
    assert _of("license", got) == {("Harrow Savings Bank", "2025-03-03"), ("Keswick Trust Bank", "2025-03-03")}
    assert _of("deadline", got) == {("Harrow Savings Bank", "2025-09-09"), ("Keswick Trust Bank", "2025-09-09")}


def test_the_sanctions_own_period_is_no_licence() -> None:
    # near miss: the measures, not a licence, run from one day to another
    text = "The sanctions, in force from 3 March 2025 until 9 September 2025, apply to Harrow Savings Bank."
    got = _events(text)
    assert _of("license", got) == set() and _of("deadline", got) == set()


def test_a_licence_only_asked_for_is_none() -> None:
    # near miss: the period of a licence a bank applied for
    text = "A licence for Harrow Savings Bank, valid from 3 March 2025, was requested in February."
    assert _of("license", _events(text)) == set()


def test_a_trades_own_licence_is_none() -> None:
    # near miss: a bank's banking licence and its term
    text = ("Harrow Savings Bank said its banking licence, valid from 3 March 2025 to 9 September 2025, "
            "had not been renewed.")
    got = _events(text)
    assert _of("license", got) == set() and _of("deadline", got) == set()
