"""The words of a licence's own title are no party of it: an adjective of relation before
"General License" ("Norland-related"), the letters of a licence number written with
slashes, a licence's defined terms for kinds of institutions and payments ("a Relevant
Institution", "a Financial or Credit Institution", "Blocked Payments"). The
party is whom the licence names besides them; a headline's undated licence takes the day
the body tells the licence issued with no party. Companies whose names hold such words
keep them."""

from __future__ import annotations

from listwatch.news import extract_article


def _events(text: str, published: str = "2025-11-20") -> set[tuple[str, str, str | None]]:
    r = extract_article(text, published=published, language="en")
    return {(e["type"], e["entity"], e["date"]) for e in r["events"]}


def test_a_programme_adjective_before_the_licence_is_no_party() -> None:
    text = ("Norland-related General License (GL) 12C, issued on March 4, 2025, authorizes through June 30, "
            "2025 transactions involving Kestrel Holdings GmbH and its subsidiaries.")
    got = _events(text)
    assert ("license", "Kestrel Holdings GmbH", "2025-03-04") in got
    assert ("deadline", "Kestrel Holdings GmbH", "2025-06-30") in got
    assert not any(who.endswith("related") for _t, who, _d in got)


def test_an_adjective_of_relation_is_no_party_of_a_listing_either() -> None:
    got = _events("OFAC designated the Norland-related broker Kestrel Trading on Monday.")
    assert {who for _t, who, _d in got} == {"Kestrel Trading"}


def test_a_company_whose_name_holds_related_keeps_it() -> None:
    # near miss: a word of relation inside a longer company name
    got = _events("OFAC designated Kestrel-Related Holdings Ltd on Monday.")
    assert {who for _t, who, _d in got} == {"Kestrel-Related Holdings Ltd"}


def test_the_letters_of_a_licence_number_are_no_party() -> None:
    text = ("OFSI general licence KES/2025/0042\n\nOn 3 March 2025 the office updated General Licence "
            "KES/2025/0042. General Licence KES/2025/0042 now runs to 9 March 2027.")
    assert _events(text) == set()


def test_defined_terms_for_kinds_of_institutions_are_no_party() -> None:
    text = ("The General Licence lets a Relevant Institution process Blocked Payments sent through a "
            "Financial or Credit Institution of the listed group.")
    assert _events(text) == set()


def test_companies_named_with_such_words_keep_them() -> None:
    # near miss: the same words opening or inside a company's name
    got = _events("OFAC designated Credit Suisse and Relevant Payments Ltd on Monday.")
    assert {who for _t, who, _d in got} == {"Credit Suisse", "Relevant Payments Ltd"}


def test_a_headlines_licence_takes_the_day_the_body_tells_it_issued() -> None:
    text = ("Treasury issues general licences for Brenner Bank and Kestrel Bank\n\n"
            "On January 17, 2023, OFAC issued Norland-related General License 7B. The licence lets "
            "American firms keep servicing the loans for now.")
    got = _events(text, published="2023-01-30")
    assert {(t, who, d) for t, who, d in got if t == "license"} == {
        ("license", "Brenner Bank", "2023-01-17"), ("license", "Kestrel Bank", "2023-01-17")}
