"""A person's name of five words, run on with no comma, is one person, not a name of three
and another of two; a run that goes on into a company's, a place's or a title's word, or
past five words, is read as before. Sentences of our own."""

from __future__ import annotations

import pytest

from listwatch.news.extract import extract_article


def _read(text: str, lang: str = "en") -> tuple[list[str], set[str | None]]:
    out = extract_article(text, published="2025-02-10", language=lang)
    return [m["name"] for m in out["mentions"]], {e["entity"] for e in out["events"]}


@pytest.mark.parametrize(("text", "lang", "names"), [
    ("The Treasury acted on Monday. Among those it sanctioned is Karim Abdel Nasser Fahmi Tawil, "
     "a shipping broker in Dubai.", "en", ["Karim Abdel Nasser Fahmi Tawil"]),
    ("The two Yemeni financiers it designated were identified as Tariq Salem Omar Bakri Hadi and "
     "Fuad Nasser.", "en", ["Tariq Salem Omar Bakri Hadi", "Fuad Nasser"]),
    # a title's domain before the name is no word of it
    ("Le Trésor a aussi sanctionné lundi le conseiller de la Défense Nabil Karim Fahmi Al Tawil, "
     "un courtier.", "fr", ["Nabil Karim Fahmi Al Tawil"]),
])
def test_a_five_word_name_is_one_person(text: str, lang: str, names: list[str]) -> None:
    found, parties = _read(text, lang)
    assert found == names
    if lang == "en":
        assert parties == set(names)


@pytest.mark.parametrize(("text", "names"), [
    # the run goes on into a place and a company's word
    ("The Treasury acted on Monday. It sanctioned Karim Abdel Nasser Abu Dhabi Trading and the "
     "broker Omar Fadel.", ["Karim Abdel Nasser Abu Dhabi Trading", "Omar Fadel"]),
    # a name of three before a comma, then a company
    ("The Treasury acted on Monday. Among those it sanctioned is Karim Abdel Nasser, of Orvek "
     "Shipping Lines, a broker.", ["Karim Abdel Nasser", "Orvek Shipping Lines"]),
    # a run of six stays as it was
    ("The Treasury also sanctioned Karim Abdel Nasser Fahmi Tawil Haddad on Monday.",
     ["Karim Abdel Nasser Fahmi Tawil Haddad"]),
])
def test_other_runs_are_read_as_before(text: str, names: list[str]) -> None:
    assert _read(text)[0] == names
