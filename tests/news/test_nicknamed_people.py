"""A person named with a quoted nickname between the given name and the surname is one
person (named without the nickname), found in a headline as in the text, and the act told
of the full name dates that person's event. A company's name with a quoted word in it,
or a quoted word between two capitalised words of no name, is no such person."""

from __future__ import annotations

import pytest

from listwatch.news import extract_article
from listwatch.news.persons import nicknamed


def _events(text: str, lang: str, published: str = "2024-06-14") -> set[tuple[str, str, str | None]]:
    r = extract_article(text, published=published, language=lang)
    return {(e["type"], e["entity"], e["date"]) for e in r["events"]}


def test_a_headline_nickname_and_the_dated_act_in_the_text_are_one_person() -> None:
    text = ("Le Conseil de sécurité sanctionne Pavel « Le Loup » Ostrov\n\n"
            "Le Conseil de sécurité a adopté vendredi une résolution qui sanctionne le chef de bande Pavel Ostrov. "
            "Ostrov dirige depuis dix ans un réseau de contrebande.")
    got = _events(text, "fr")
    assert ("designation", "Pavel Ostrov", "2024-06-14") in got
    assert all(who == "Pavel Ostrov" for _t, who, _d in got)


def test_an_english_nickname_in_straight_quotes() -> None:
    text = ('The Treasury on Tuesday designated smuggler Marko "The Fox" Dalen. '
            "Dalen has moved arms across the border for years, the department said.")
    got = _events(text, "en")
    assert ("designation", "Marko Dalen", "2024-06-11") in got
    assert not any(who in ("Marko", "The Fox") for _t, who, _d in got)


@pytest.mark.parametrize("text", [
    "Kestrel “Blue” Holdings was listed on Friday. Holdings of that kind are rare.",
    "Kestrel “Blue” Shipping was listed on Friday. Shipping rates rose.",
    "Ostrel said “No” Friday. On Friday the court ruled.",
    "Marko “The Fox” Dalen was listed on Friday.",  # the surname is never told again
])
def test_no_nicknamed_person_where_none_is_named(text: str) -> None:
    assert nicknamed(text, "en") == []
