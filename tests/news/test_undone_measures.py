"""The measure an act undoes is no listing of its own: the sanctions a court annuls, a
government lifts or a court upholds, named with the parties they targeted (as the act's
object, or as the subject of its passive), tell the state those parties were in, not a
listing this sentence reports. The act keeps its day. Near misses that keep their
designation: a measure told with a date of its own (a past listing in passing), and a new
listing told beside a removal of others. Invented parties, sentences written for this test."""

from __future__ import annotations

import pytest

from listwatch.news import extract_article

PUB = "2024-05-10"  # a Friday


def _events(text: str, lang: str) -> list[tuple[str, str, str | None]]:
    evs = extract_article(text, published=PUB, language=lang)["events"]
    return sorted((e["type"], e["entity"], e["date"]) for e in evs)


@pytest.mark.parametrize(("text", "lang", "want"), [
    # the measure as the undoing act's object
    ("Judges in Luxembourg on Tuesday annulled EU sanctions targeting Orvane Holdings, finding the file too "
     "thin.", "en", [("vacatur", "Orvane Holdings", "2024-05-07")]),
    ("The Treasury lifted the asset freeze on Orvane Holdings on Tuesday.", "en",
     [("removal", "Orvane Holdings", "2024-05-07")]),
    ("Bonne nouvelle mardi pour la société Orvane : Bruxelles a décidé la levée de toutes les sanctions "
     "européennes qui la visaient depuis trois ans.", "fr", [("removal", "Orvane", "2024-05-07")]),
    ("Mardi, à Luxembourg, les juges ont annulé toutes les mesures restrictives visant la société Orvane.", "fr",
     [("vacatur", "Orvane", "2024-05-07")]),
    # the measure as the subject of the undoing act's passive, its parties between
    ("In a blow to the Council, restrictive measures targeting Orvane Holdings and its chairman Piet Dalmar were "
     "set aside by the judges on Tuesday.", "en",
     [("vacatur", "Orvane Holdings", "2024-05-07"), ("vacatur", "Piet Dalmar", "2024-05-07")]),
    ("Selon le Tribunal, les sanctions européennes qui visaient la société Orvane et son président Piet Dalmar "
     "ont été annulées mardi faute de preuves.", "fr",
     [("vacatur", "Orvane", "2024-05-07"), ("vacatur", "Piet Dalmar", "2024-05-07")]),
    # a court that upholds the measure: its ruling, no listing told
    ("Citing thin evidence, the judges on Tuesday upheld all EU sanctions targeting Orvane Holdings.", "en",
     [("ruling", "Orvane Holdings", "2024-05-07")]),
])
def test_the_measure_undone_gives_no_designation(text: str, lang: str, want: list) -> None:
    assert _events(text, lang) == want


@pytest.mark.parametrize(("text", "lang", "want"), [
    # a date of the measure's own: a past listing in passing
    ("The Treasury on Tuesday lifted the sanctions it imposed in 2019 on Orvane Holdings.", "en",
     [("designation", "Orvane Holdings", "2019"), ("removal", "Orvane Holdings", "2024-05-07")]),
    ("The General Court on Tuesday upheld the sanctions imposed in 2022 on Orvane Holdings.", "en",
     [("designation", "Orvane Holdings", "2022"), ("ruling", "Orvane Holdings", "2024-05-07")]),
    # a new listing beside the removal of another party
    ("On Tuesday the Treasury lifted the sanctions on Velmar Bank and imposed new sanctions targeting Orvane "
     "Holdings.", "en",
     [("designation", "Orvane Holdings", ...), ("removal", "Velmar Bank", "2024-05-07")]),
    ("Le Trésor a levé mardi les sanctions contre la banque Velmar et a imposé de nouvelles sanctions visant la "
     "société Orvane.", "fr",
     [("designation", "Orvane", ...), ("removal", "Velmar", "2024-05-07")]),
])
def test_a_listing_of_its_own_stays(text: str, lang: str, want: list) -> None:
    # (``...``: the new listing's day is not what this test is about)
    got = _events(text, lang)
    assert [(t, e) for t, e, _ in got] == [(t, e) for t, e, _ in want]
    assert all(d is ... or d == g for (_, _, d), (_, _, g) in zip(want, got, strict=True))
