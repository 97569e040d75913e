"""A licence's end put off (a deadline, cut-off or wind-down period extended, pushed back
or postponed for a party, « le délai prolongé », « la date limite repoussée », « un délai
supplémentaire ») is the licence extended, beside its deadline; and sanctions an agency
suspends in part, or so that dealings may go on, are a licence, not a court's relief. The
end of a time to comment or answer is no licence; a judge's suspension stays relief."""

from __future__ import annotations

from listwatch.news import extract_article


def _events(text: str, lang: str, published: str | None = "2026-02-06") -> set[tuple[str, str, str | None]]:
    r = extract_article(text, published=published, language=lang)
    return {(e["type"], e["entity"], e["date"]) for e in r["events"]}


def test_english_deadline_extended_by_its_verb() -> None:
    text = "The Treasury on Thursday extended the deadline for buyers to complete the sale of the foreign assets of Orvanta Energy until March 3."
    assert _events(text, "en") == {("license", "Orvanta Energy", "2026-02-05"), ("deadline", "Orvanta Energy", "2026-03-03")}


def test_english_cut_off_pushed_back_for_dealings_with_the_party() -> None:
    # ("for dealings with X" is what the licence allows, no reason the party was listed for)
    text = "The Treasury pushed back the cut-off for dealings with Kestrel Bank to June 30."
    assert ("license", "Kestrel Bank", None) in _events(text, "en")
    text = "The Treasury extended the deadline for dealings with Kestrel Bank to June 30."
    assert _events(text, "en") == {("license", "Kestrel Bank", None), ("deadline", "Kestrel Bank", "2026-06-30")}


def test_english_wind_down_period_extended_in_the_passive() -> None:
    text = "The wind-down period for transactions with Halvorsen Metals has been extended again to April 14."
    assert _events(text, "en") == {("license", "Halvorsen Metals", None), ("deadline", "Halvorsen Metals", "2026-04-14")}


def test_english_more_time_to_divest() -> None:
    text = "Washington gave the buyers of Dravik Petroleum more time to divest, until May 2."
    assert ("license", "Dravik Petroleum", None) in _events(text, "en")


def test_french_deadline_put_off_in_three_wordings() -> None:
    text = "Le 3 février, le Trésor américain a repoussé la date limite de la vente des actifs de la société Orvanta Energy au 3 mars."
    assert _events(text, "fr") == {("license", "Orvanta Energy", "2026-02-03"), ("deadline", "Orvanta Energy", "2026-03-03")}
    text = "Les autorités britanniques ont prolongé mardi le délai accordé à Kestrel Bank pour céder ses filiales jusqu'au 30 juin."
    assert _events(text, "fr") == {("license", "Kestrel Bank", "2026-02-03"), ("deadline", "Kestrel Bank", "2026-06-30")}
    text = "Washington a accordé un délai supplémentaire à Dravik Petroleum pour vendre ses raffineries, jusqu'au 2 mai."
    assert _events(text, "fr") == {("license", "Dravik Petroleum", None), ("deadline", "Dravik Petroleum", "2026-05-02")}


def test_old_end_and_new_end_of_an_extension() -> None:
    # the day after "from" / « du » is the end replaced: no act's day, the new one the deadline
    text = "Washington a prorogé l'échéance de l'autorisation de cession des actifs de Kestrel Bank du 17 février au 30 juin."
    assert _events(text, "fr", "2026-02-10") == {("license", "Kestrel Bank", None), ("deadline", "Kestrel Bank", "2026-06-30")}
    text = "Washington extended the deadline of the licence to sell Kestrel Bank's assets from February 17 to June 30."
    assert _events(text, "en", "2026-02-10") == {("license", "Kestrel Bank", None), ("deadline", "Kestrel Bank", "2026-06-30")}


def test_the_end_of_a_time_to_comment_or_answer_is_no_licence() -> None:
    text = "The Commission extended the deadline for comments on the listing of Kestrel Bank to March 3."
    assert not any(t == "license" for t, _e, _d in _events(text, "en"))
    text = "Le tribunal a prolongé le délai accordé au Conseil pour répondre au recours de Kestrel Bank."
    assert not any(t == "license" for t, _e, _d in _events(text, "fr"))


def test_sanctions_suspended_in_part_or_to_allow_dealings() -> None:
    text = ("Le gouvernement canadien a annoncé mardi 3 février une suspension partielle des sanctions qu'il imposait "
            "à la société minière Norvakia, afin de permettre à ses clients de continuer leurs achats.")
    assert _events(text, "fr") == {("license", "Norvakia", "2026-02-03")}
    text = "The Treasury on Tuesday partially suspended sanctions on Velmora Shipping to allow fuel deliveries to continue."
    assert _events(text, "en") == {("license", "Velmora Shipping", "2026-02-03")}
    text = "Ottawa a suspendu en partie les sanctions visant la banque Kordava pour permettre le paiement des salaires."
    assert {t for t, _e, _d in _events(text, "fr")} == {"license"}
    text = "The government suspended sanctions against Brunwick Oil to permit the sale of its refineries abroad."
    assert {t for t, _e, _d in _events(text, "en")} == {"license"}


def test_a_judge_suspending_in_part_is_still_relief() -> None:
    text = "A judge partially suspended the sanctions on Kestrel Bank to allow it to pay staff."
    assert {t for t, _e, _d in _events(text, "en")} == {"injunction"}


def test_the_licence_and_its_deadline_share_their_parties() -> None:
    text = ("The Treasury on Thursday again extended the deadline for firms to wind down business with the miner "
            "Norvakia and its parent Velgrad Holdings, giving customers until March 9.")
    found = _events(text, "en")
    assert {(t, e) for t, e, _d in found} == {("license", "Norvakia"), ("license", "Velgrad Holdings"),
                                             ("deadline", "Norvakia"), ("deadline", "Velgrad Holdings")}
    assert {d for t, _e, d in found if t == "deadline"} == {"2026-03-09"}


def test_two_licence_acts_two_weeks_apart_are_two() -> None:
    # a licence in force from a day, told with no party, and an extension for the party
    # told with its own day two weeks before: two acts
    text = ("Londres a autorisé les paiements à Kestrel Bank. Cette licence générale restera en vigueur "
            "du 20 janvier 2026 au 20 avril 2026. Le 6 janvier, Washington avait allongé le délai accordé pour vendre "
            "les filiales de Kestrel Bank jusqu'au 6 février 2026.")
    dates = {d for t, _e, d in _events(text, "fr", None) if t == "license"}
    assert {"2026-01-20", "2026-01-06"} <= dates
