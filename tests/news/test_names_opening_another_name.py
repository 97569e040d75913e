"""A name's last word that opens another person's name is no short form of the first name
(``organisations.py``): when one designee's surname is the given name of another named in
the same series ("... and Paul Henri" beside "Henri Vasseur"), each is read whole and each
is a party. Invented parties, sentences written for this test."""

from __future__ import annotations

import pytest

from listwatch.news import extract_article
from listwatch.news.mentions import find_mentions

PUB = "2023-03-10"


@pytest.mark.parametrize(("lang", "text", "want"), [
    ("fr", "Berne a sanctionné l’homme d’affaires Henri Vasseur et les chefs de milice Lanzo Pirot, Marc Olen et "
           "Paul Henri.",
     {"Henri Vasseur", "Marc Olen", "Paul Henri"}),
    ("fr", "Ottawa a imposé des sanctions à trois personnes : le financier Martin Roche, le passeur Elio Brand et "
           "Tomas Martin.", {"Martin Roche", "Elio Brand", "Tomas Martin"}),
    ("en", "The Treasury designated arms dealer Felix Moreau along with gang leaders Ruben Tal, Osman Cire and "
           "Pierre Felix.", {"Felix Moreau", "Ruben Tal", "Osman Cire", "Pierre Felix"}),
    ("en", "Norland sanctioned the businessman Dario Lukas, the smuggler Kemal Orsi and the broker Ivan Dario.",
     {"Dario Lukas", "Kemal Orsi", "Ivan Dario"}),
])
def test_each_person_of_the_series_is_read_whole(lang: str, text: str, want: set[str]) -> None:
    got = {e["entity"] for e in extract_article(text, published=PUB)["events"] if e["type"] == "designation"}
    assert want <= got


def test_the_surname_alone_still_names_its_person() -> None:
    # (the short form before a lower-case word is the person's: "Henri denied")
    text = "Berne a sanctionné lundi le trafiquant Paul Henri. Henri a nié toute implication."
    ms, _ = find_mentions(text, "fr")
    assert [m.start for m in ms if m.text == "Henri"] == [text.index("Henri a nié")]
