"""A licence's end told in a sentence that names no party is the deadline of the parties
the licence is told for nearby (before or after, a bulleted run included); a licence
told by what it lets others do with named parties is theirs. Dates for comments, a
licence only asked for and a lender left unnamed stay silent."""

from __future__ import annotations

from listwatch.news import extract_article

BANKS = "• Harrow Savings Bank;\n• Keswick Trust Bank; and\n• Ferno Credit Bank.\n"


def _events(text: str, lang: str = "en", published: str = "2025-03-14") -> set[tuple[str, str, str | None]]:
    r = extract_article(text, published=published, language=lang)
    return {(e["type"], e["entity"], e["date"]) for e in r["events"]}


def _of(kind: str, got: set[tuple[str, str, str | None]]) -> set[tuple[str, str | None]]:
    return {(who, day) for typ, who, day in got if typ == kind}


def test_an_end_told_before_the_bulleted_parties_is_each_ones_deadline() -> None:
    text = ("On Friday the Treasury sanctioned three regional lenders and issued General License 91. "
            "The dealings that General License 91 covers remain permitted until May 2, 2025. "
            "The licence covers transactions involving the following lenders:\n" + BANKS)
    got = _events(text)
    assert _of("deadline", got) == {("Harrow Savings Bank", "2025-05-02"), ("Keswick Trust Bank", "2025-05-02"),
                                    ("Ferno Credit Bank", "2025-05-02")}


def test_an_end_told_after_the_named_parties_is_theirs_too() -> None:
    text = ("On Friday the Treasury issued a general licence for two mining firms it had listed in January. "
            "The licence will allow wind-down dealings with Ostrel Mining and Varga Ore Company. "
            "Such dealings stay authorized through June 20, 2025, officials said.")
    got = _events(text)
    assert ("Ostrel Mining", "2025-06-20") in _of("deadline", got)
    assert ("Varga Ore Company", "2025-06-20") in _of("deadline", got)


def test_a_licence_told_by_what_it_lets_others_do_with_named_parties() -> None:
    text = ("The Treasury issued a general licence on Friday. The licence will allow for wind-down dealings "
            "with Harrow Savings Bank, Keswick Trust Bank and Ferno Credit Bank, the notice says.")
    assert {"Harrow Savings Bank", "Keswick Trust Bank", "Ferno Credit Bank"} <= {w for w, _d in _of("license", _events(text))}


def test_an_end_told_by_the_bare_infinitive_of_authorize() -> None:
    text = "On Friday the Treasury issued General License 91 to authorize through May 2, 2025 the wind-down of dealings with Harrow Savings Bank."
    got = _events(text)
    assert ("Harrow Savings Bank", "2025-05-02") in _of("deadline", got)


def test_comments_due_on_a_licence_policy_are_no_deadline() -> None:
    # near miss: a date for comments beside a licence, no end of its permission
    text = ("On Friday the Treasury issued General License 91 for dealings with Harrow Savings Bank. "
            "Comments on the licence policy are accepted until May 2, 2025.")
    assert _of("deadline", _events(text)) == set()


def test_a_licence_only_asked_for_names_no_licensee() -> None:
    # near miss: the licence a firm asked for, and what it would allow
    text = "Harrow Savings Bank asked the Treasury for a licence that would allow dealings with Keswick Trust Bank."
    assert _of("license", _events(text)) == set()


def test_a_licence_for_unnamed_lenders_names_none() -> None:
    # near miss: the parties after "with" are a kind, not names
    text = "The Treasury issued a general licence on Friday. The licence will allow for wind-down dealings with sanctioned lenders."
    assert {w for w, _d in _of("license", _events(text))} <= {"Treasury"} and _of("deadline", _events(text)) == set()


# what stands around a licence's end and must not become its party: a clock time and its
# zone, the capitalised title of the licence, the outlets of a dateline


def test_a_clock_time_and_its_zone_are_no_party_and_these_entities_are_the_licensees() -> None:
    text = ("On Friday the Treasury designated Ostrel Mining and Varga Ore Company.\n\n"
            "  • General License 40 - Permits the wind down of contracts with Ostrel Mining or Varga Ore "
            "Company. Such wind-down dealings must end by 11:59 PM EST, June 20, 2025, and money owed "
            "to these entities stays frozen.")
    got = _events(text)
    assert _of("deadline", got) == {("Ostrel Mining", "2025-06-20"), ("Varga Ore Company", "2025-06-20")}


def test_an_end_after_a_clock_time_and_a_written_out_zone_is_a_deadline() -> None:
    text = ("The Treasury issued General License No. 40 on Friday. \"Closing out existing contracts is "
            "authorized through 6:00 a.m. eastern standard time, June 20, 2025,\" the general license "
            "says. The licence will allow for wind-down dealings with Harrow Savings Bank and Keswick "
            "Trust Bank.")
    got = _events(text)
    assert _of("deadline", got) == {("Harrow Savings Bank", "2025-06-20"), ("Keswick Trust Bank", "2025-06-20")}


def test_the_capitalised_title_of_a_licence_names_no_party() -> None:
    text = ("On Friday the Treasury published its General License No. 40, Permitting the Closing Out of "
            "Contracts Involving Certain Entities Blocked on March 14, 2025.")
    got = _events(text)
    assert {who for _t, who, _d in got} <= {"Treasury"}


def test_a_licence_title_still_names_the_company_after_involving() -> None:
    # near miss: a named company after "Transactions Involving" is the licence's party
    text = ("On Friday the Treasury issued General License No. 40, Authorizing Transactions Involving "
            "Ostrel Mining Company.")
    assert "Ostrel Mining Company" in {w for w, _d in _of("license", _events(text))}


def test_the_outlets_of_a_dateline_are_no_party() -> None:
    text = ("VELMAR (Norpress News / Velwire - 14th March, 2025) The Treasury on Friday issued a general "
            "licence for transactions with two listed lenders. The licence covers Harrow Savings Bank and "
            "Keswick Trust Bank.")
    r = extract_article(text, published="2025-03-14", language="en")
    assert {m["name"] for m in r["mentions"]} == {"Harrow Savings Bank", "Keswick Trust Bank"}


def test_a_company_in_brackets_after_its_place_is_still_a_party() -> None:
    # near miss: one name in brackets with no day and no second outlet is no dateline's outlets
    text = "The Treasury on Friday designated a trading house in Velmar (Ostrel Mining Company) for dealings with Norland."
    assert ("designation", "Ostrel Mining Company") in {(t, w) for t, w, _d in _events(text)}
