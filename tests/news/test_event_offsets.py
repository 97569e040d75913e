"""An offset counted from an event the sentence names ("two months after it was
added"): it joins two events, never the publication."""

from __future__ import annotations

from listwatch.news import extract_article


def _events(text: str, published: str) -> list[tuple[str, str, str | None]]:
    return sorted((e["type"], e["entity"], e["date"]) for e in extract_article(text, published=published)["events"])


def test_the_named_event_is_counted_back_from_the_dated_one() -> None:
    # the lawsuit is dated; "two months after it was added" dates the listing before it
    text = ("Court frees drone maker\n\nVantor Avionics Ltd sued the Defense Department in October 2023, "
            "two months after it was added to the 1260H list.")
    assert ("designation", "Vantor Avionics Ltd", "2023-08") in _events(text, "2024-04-02")


def test_the_sentence_event_is_counted_on_from_the_named_one_already_dated() -> None:
    # a later date in between ("on June 9") must not be the anchor: the listing is
    text = ("Pentagon loses in court\n\nThe Department of Defense added Merovan Photonics Corp. to its list of "
            "Chinese military companies in January 2021. Merovan Photonics said on June 9 that it welcomed "
            "the outcome. Two months after it was added, a federal judge blocked the designation with a "
            "preliminary injunction.")
    evs = _events(text, "2021-06-10")
    assert ("injunction", "Merovan Photonics Corp", "2021-03") in evs
    assert [e for e in evs if e[0] == "designation"] == [("designation", "Merovan Photonics Corp", "2021-01")]


def test_french_noun_of_the_named_event() -> None:
    text = ("Le Pentagone recule\n\nLe Pentagone a inscrit Merovan Photonics sur sa liste noire en janvier 2021. "
            "Le groupe a déclaré le 9 juin qu'il se félicitait de l'issue. Deux mois après son inscription, "
            "un juge fédéral a suspendu la décision du Pentagone.")
    assert ("injunction", "Merovan Photonics", "2021-03") in _events(text, "2021-06-10")


def test_french_days_back_from_a_dated_lawsuit() -> None:
    text = ("Le groupe chinois Merovan Photonics a attaqué le Pentagone en justice le 29 janvier 2021, "
            "quinze jours après son inscription sur la liste noire.")
    assert ("designation", "Merovan Photonics", "2021-01-14") in _events(text, "2021-06-10")


def test_no_date_to_count_from_gives_none() -> None:
    # nothing dates the listing: the injunction stays undated, never counted from publication
    text = ("Le groupe chinois Merovan Photonics a déclaré le 9 juin qu'il se félicitait de l'issue. "
            "Deux mois après son inscription sur la liste noire, un juge fédéral a suspendu la décision "
            "du Pentagone.")
    assert ("injunction", "Merovan Photonics", None) in _events(text, "2021-06-10")
