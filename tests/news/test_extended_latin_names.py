"""Names written with letters beyond Latin-1 (central European, Baltic, Turkish, Romanian,
Vietnamese: "č", "ş", "ı", "Ł", "ț", "ễ") are names like any other: a listed person written
so is never missed, nor cut at the letter (invented sentences)."""

from __future__ import annotations

import pytest

from listwatch.news import extract_article

CASES = [
    ("The Treasury on Monday sanctioned Darko Petrović and Zoran Kovač, two port officials.",
     {"Darko Petrović", "Zoran Kovač"}),
    ("Le Trésor a sanctionné lundi Mehmet Şahin et Ayşe Yılmaz, deux négociants.",
     {"Mehmet Şahin", "Ayşe Yılmaz"}),
    ("Le Conseil a inscrit mardi Jan Kowalski et Łukasz Wróbel sur sa liste.",
     {"Jan Kowalski", "Łukasz Wróbel"}),
    ("The EU sanctioned Ștefan Popescu and Nguyễn Văn Hùng on Tuesday.",
     {"Ștefan Popescu", "Nguyễn Văn Hùng"}),
]


@pytest.mark.parametrize(("text", "people"), CASES)
def test_a_name_with_extended_latin_letters_is_read_whole(text: str, people: set[str]) -> None:
    events = extract_article(text, published="2025-03-03")["events"]
    assert {e["entity"] for e in events if e["type"] == "designation"} == people


def test_a_lower_case_word_with_such_letters_is_no_name() -> None:
    # "și" (Romanian "and") and "ōtsu" in lower case join no name
    events = extract_article("The EU sanctioned Ion Rusu și Vasile Lungu on Tuesday, ōtsu said.",
                             published="2025-03-03")["events"]
    assert {e["entity"] for e in events} <= {"Ion Rusu", "Vasile Lungu"}
