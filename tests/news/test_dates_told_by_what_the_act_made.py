"""An act the article tells without a day takes the one day of the past another sentence
tells for what the act made, with no act of its own there: a listing by its measure ("the
first sanctions on X in August 2018"), a relief by its grant or its coming into force ("It
came into force on 14 November 2025"), a case by its bringing ("The firm filed its
complaint last May"). The sentence names the party, or follows the one that does and takes
it up. Near misses: another party named, a negation, a removal's day, a renewal's day, a
case's end. Sentences of our own (``dates_ground.py``)."""

from __future__ import annotations

import pytest

from listwatch.news import extract_article


def _dates(text: str, published: str | None, kind: str) -> dict[str, str | None]:
    evs = extract_article(text, published=published)["events"]
    return {e["entity"]: e["date"] for e in evs if e["type"] == kind}


_LISTED = "The Treasury sanctioned Corvane Freight for shipping arms. "


@pytest.mark.parametrize(("text", "day"), [
    (_LISTED + "Corvane Freight says it has lost millions since the agency first placed sanctions on it in "
               "March 2017.",
     "2017-03"),
    (_LISTED + "The first sanctions on Corvane Freight in August 2018 also froze its bank accounts.", "2018-08"),
    # (taken up by a definite noun phrase in the next sentence)
    (_LISTED + "The measures were applied to the firm last April.", "2018-04"),
    ("Le Trésor a sanctionné Corvane Freight pour des livraisons d'armes. Les sanctions infligées à la "
     "société en avril 2018 ont gelé ses comptes.", "2018-04"),
])
def test_a_listing_takes_the_day_of_its_measure(text: str, day: str) -> None:
    assert _dates(text, "2019-03-15", "designation") == {"Corvane Freight": day}


@pytest.mark.parametrize("text", [
    # (the day is another party's measure)
    "The Treasury sanctioned Corvane Freight and Melby Lines for shipping arms. The first sanctions on "
    "Melby Lines in August 2018 froze its accounts.",
    # (a negation)
    _LISTED + "Corvane Freight was not sanctioned in 2017, its lawyers say.",
    # (the day of the measure's removal)
    _LISTED + "The sanctions on Corvane Freight were lifted in May 2018.",
])
def test_near_misses_leave_the_listing_undated(text: str) -> None:
    assert _dates(text, "2019-03-15", "designation")["Corvane Freight"] is None


@pytest.mark.parametrize("text", [
    "The general licence applies to Norvel Oil and Brask Refining. It came into force on 14 November 2025.",
    "The general licence covers Norvel Oil and Brask Refining. The licence was first issued on 14 November 2025.",
    "La licence générale s'applique à Norvel Oil et Brask Refining. Elle a été délivrée le 14 novembre 2025.",
])
def test_a_relief_takes_the_day_it_was_granted(text: str) -> None:
    assert _dates(text, "2026-02-12", "license") == {"Norvel Oil": "2025-11-14", "Brask Refining": "2025-11-14"}


def test_a_renewal_day_is_not_the_grant() -> None:
    text = "The general licence applies to Norvel Oil and Brask Refining. It was extended on 14 November 2025."
    assert _dates(text, "2026-02-12", "license") == {"Norvel Oil": None, "Brask Refining": None}


@pytest.mark.parametrize(("text", "published", "day"), [
    ("Corvane Freight has sued the Treasury over its listing. The firm filed its complaint last May, a court "
     "record shows.", "2024-10-20", "2024-05"),
    ("Corvane Freight is on the SDN list. Corvane Freight brought a lawsuit against the Treasury over its "
     "listing. The firm filed it on 3 May 2024.", None, "2024-05-03"),
])
def test_a_case_takes_the_day_it_was_brought(text: str, published: str | None, day: str) -> None:
    assert _dates(text, published, "legal_challenge") == {"Corvane Freight": day}


def test_a_case_ended_on_a_day_is_not_brought_on_it() -> None:
    text = ("Corvane Freight has sued the Treasury over its listing. The firm withdrew its complaint last May, a "
            "court record shows.")
    assert _dates(text, "2024-10-20", "legal_challenge") == {"Corvane Freight": None}


@pytest.mark.parametrize(("text", "kind"), [
    # (the next sentence's subject is a name of its own: its pronouns are that name's)
    (_LISTED + "Melby Lines says it has lost millions since the agency placed sanctions on it in March 2017.",
     "designation"),
    ("Corvane Freight has sued the Treasury over its listing. Melby Lines filed its complaint last May.",
     "legal_challenge"),
    ("Le Trésor a sanctionné Corvane Freight. Melby Lines affirme que les sanctions lui ont été infligées en "
     "avril 2018.", "designation"),
])
def test_a_sentence_about_another_name_gives_no_day(text: str, kind: str) -> None:
    assert _dates(text, "2024-10-20", kind) == {"Corvane Freight": None}


@pytest.mark.parametrize("text", [
    # (an agency acting on the party told before is no other party; an opening adverbial)
    _LISTED + "OFAC first placed sanctions on it in March 2017.",
    _LISTED + "In the end, the agency placed sanctions on the firm in March 2017.",
])
def test_an_agency_or_an_opening_phrase_still_takes_the_party_up(text: str) -> None:
    assert _dates(text, "2024-10-20", "designation") == {"Corvane Freight": "2017-03"}
