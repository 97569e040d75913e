"""A court case's sentence names others besides the party that brought it or won relief:
the judge ("Judge Jane Roe granted ..."), the party's counsel (a law firm told as acting for
the party, « SCP X Y, avocats » in a judgment's heading), the defendants a suit is brought
against ("filed the suit against Minister A and Director B"), the outlet that reports it
("according to the state-run X news agency, ..."). None of them gets a court event; the
party does. Near misses: a party told after "against" with lower-case words between or
with its possessive ("against the listing of X", "against X's designation"), a law firm
that is itself the party, a source that names the party after "by". Sentences of our own."""

from __future__ import annotations

from listwatch.news import extract_article


def _events(text: str, kind: str, published: str = "2024-03-09") -> list[str]:
    evs = extract_article(text, published=published)["events"]
    return sorted(e["entity"] for e in evs if e["type"] == kind)


def test_the_judge_who_grants_relief_is_no_party() -> None:
    text = ("Harwick Minerals Ltd sued the Treasury in March over its designation. On Tuesday, District Judge "
            "Tamsin Orr Velde granted the plaintiffs' request for a preliminary injunction.")
    assert _events(text, "injunction") == []
    assert _events(text, "legal_challenge") == ["Harwick Minerals Ltd"]


def test_counsel_acting_for_the_party_is_no_party() -> None:
    text = ("In May, Brandt Kessler LLP brought the case for its client in a federal court. Last week Brandt "
            "Kessler LLP secured an interim order for the Velmar Foundation that halts the listing.")
    assert _events(text, "injunction") == ["Velmar Foundation"]


def test_a_law_firm_in_a_judgments_heading_is_no_party() -> None:
    for text in [
        "Décision n° 11223, Conseil d'État. SCP ORVAL & PIERRE, avocats. M. C... D... a demandé au juge des "
        "référés de suspendre l'exécution de l'arrêté du 3 mars 2024 gelant ses avoirs.",
        "Décision n° 11223\nSCP Orval et Pierre, avocats\n\nIl a demandé au juge des référés de suspendre "
        "l'arrêté du 3 mars 2024 gelant ses avoirs.",
    ]:
        assert _events(text, "legal_challenge") == [], text


def test_the_defendants_a_suit_names_are_no_plaintiffs() -> None:
    text = "Une plainte a été déposée lundi par la société Tarvos contre la ministre Hanna Boll et le directeur Piet Kamm."
    assert _events(text, "legal_challenge") == ["Tarvos"]


def test_a_party_told_after_against_with_lower_case_words_between_stays() -> None:
    text = "Une plainte a été déposée lundi par la société Tarvos contre la décision visant Orsk Metals."
    assert _events(text, "legal_challenge") == ["Orsk Metals", "Tarvos"]


def test_the_outlet_that_reports_the_suits_is_no_plaintiff() -> None:
    for text in [
        "According to Norland’s state-owned RIAV news agency, more than 40 businessmen have lodged lawsuits at "
        "the EU court against the sanctions.",
        "According to the state-run agency Vesta Novosti, dozens of businessmen have filed lawsuits at the EU "
        "court against the sanctions.",
    ]:
        assert _events(text, "legal_challenge") == [], text


def test_the_party_beside_its_lawyers_and_the_defendants_keeps_its_case() -> None:
    # near misses: the party's own lawyers, the defendant told with lower-case words before it
    for text, who in [
        ("Korvan Energy's lawyers filed a complaint in court on Monday against the Treasury and its director, "
         "Piet Kamm.", "Korvan Energy"),
        ("Korvan Energy filed a lawsuit in a federal court against the Commerce Department's designation.",
         "Korvan Energy"),
    ]:
        assert who in _events(text, "legal_challenge"), text


def test_a_law_firm_that_is_itself_the_party_keeps_its_case() -> None:
    text = "Halden & Rusk LLP sued the Treasury in a federal court over its own designation on Monday."
    assert _events(text, "legal_challenge") == ["Halden & Rusk LLP"]


def test_a_source_that_names_the_party_by_its_filing_is_no_outlet() -> None:
    text = "According to the complaint filed by Orsk Metals in a federal court, the listing was unlawful."
    assert "Orsk Metals" in _events(text, "legal_challenge")
