"""An office's title written in capitals like a name ("le Président", "le Premier
ministre", "Vice-Président du Ghana"), alone or with the country it is of, names
nobody: it is no party, whatever route reaches it. Near misses: the holder named beside
the title, and a company whose name opens with such a word."""

from __future__ import annotations

import pytest

from listwatch.news import extract_article
from listwatch.news.titles import title_only


def _events(text: str, lang: str) -> set[tuple[str, str]]:
    r = extract_article(text, published="2024-05-11", language=lang)
    return {(e["type"], e["entity"]) for e in r["events"]}


@pytest.mark.parametrize(("text", "lang", "events"), [
    ("Le Trésor a sanctionné jeudi l'ancien Président norlandais Jean Dorin. D'après une ONG, il avait "
     "ordonné la répression des manifestations. Un conseiller du Président, Paul Varenne, est lui aussi "
     "visé.", "fr", {("designation", "Jean Dorin"), ("designation", "Paul Varenne")}),
    # (the judges' target is no party either, but that is another rule's: only the title is asked)
    ("Washington a sanctionné vendredi deux magistrats qui enquêtaient sur le Premier ministre norlandais "
     "Jean Dorin. Ils sont sanctionnés pour avoir visé des soldats américains, a indiqué le département "
     "d'Etat. Les poursuites contre le Premier ministre continuent.", "fr", None),
])
def test_a_title_alone_is_no_party(text: str, lang: str, events: set[tuple[str, str]] | None) -> None:
    got = _events(text, lang)
    assert not any(title_only(name) for _t, name in got)
    if events is not None:
        assert got == events


@pytest.mark.parametrize(("name", "title"), [
    ("Président", True),
    ("Premier", True),
    ("Vice-Président du Ghana", True),
    ("Prime Minister of Norway", True),
    # near misses: a holder named with the title, a company, a title word in a firm's name
    ("President Jean Dorin", False),
    ("Premier Oil Norland", False),
    ("Chief Executive Holdings", False),
    ("Sheikh Paul Varenne", False),
])
def test_what_a_title_alone_is(name: str, title: bool) -> None:
    assert title_only(name) is title


def test_a_company_opening_with_a_title_word_stays() -> None:
    assert _events("The Treasury on Friday sanctioned Premier Oil Norland, a drilling firm.", "en") == {
        ("designation", "Premier Oil Norland")}
