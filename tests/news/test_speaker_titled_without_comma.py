"""An official who tells the act after what is quoted, with the title written right before
the name and no comma between them ("», a déclaré le secrétaire d'État norlandais Jean Roe
dans un communiqué", "," said the Norlandian deputy foreign minister Jane Roe"): the speaker,
never a party, even when the quote names no one. Near misses: a party the quote names stays
the party, and a titled official who is the object of the act (no verb of saying before the
title) or whom the quote names stays a party."""

from __future__ import annotations

import pytest

from listwatch.news import extract_article


def _events(text: str, lang: str) -> set[tuple[str, str]]:
    r = extract_article(text, published="2024-03-05", language=lang)
    return {(e["type"], e["entity"]) for e in r["events"]}


@pytest.mark.parametrize(("text", "lang", "events"), [
    ("« Le ministère lève les sanctions visant ce groupe », a déclaré le secrétaire d'État norlandais "
     "Jean Dorin dans un communiqué.", "fr", set()),
    ('"The ministry revokes the listing of this group," said the Norlandian deputy foreign minister '
     "Jane Roe.", "en", set()),
    # the party the quote names stays the party
    ("« Nous avons radié Korvex de notre liste noire », a indiqué mardi la ministre norlandaise des "
     "Affaires étrangères Jeanne Roux.", "fr", {("removal", "Korvex")}),
])
def test_the_titled_speaker_after_the_quote_is_no_party(text: str, lang: str,
                                                         events: set[tuple[str, str]]) -> None:
    assert _events(text, lang) == events


@pytest.mark.parametrize(("text", "lang", "events"), [
    # the titled official is the act's object, no verb of saying before the title
    ("The Treasury sanctioned the Norlandian foreign minister Jane Roe on Tuesday.", "en",
     {("designation", "Jane Roe")}),
    ("Le Trésor a sanctionné mardi la ministre norlandaise des Affaires étrangères Jeanne Roux.", "fr",
     {("designation", "Jeanne Roux")}),
    # the titled official is named in the quote, a spokesman tells it
    ("« Le ministre norlandais Jean Dorin a été sanctionné mardi », a déclaré le porte-parole.", "fr",
     {("designation", "Jean Dorin")}),
])
def test_a_titled_official_the_act_names_stays_a_party(text: str, lang: str,
                                                        events: set[tuple[str, str]]) -> None:
    assert _events(text, lang) == events


@pytest.mark.parametrize(("text", "lang", "party"), [
    # a verb of reacting, past or present, after the act: who reacts, no party
    ("Le Conseil a gelé mardi les avoirs de la banque Teluria, a salué la ministre veloranne Jeanne Morel.",
     "fr", "Teluria"),
    ("Le Trésor a sanctionné mardi la société Corvala Oil, s'est réjouie la députée Jeanne Morel.", "fr",
     "Corvala Oil"),
    ("Le Trésor a sanctionné lundi la société Corvala Oil, s'est félicité le député Paul Varnel dans un "
     "communiqué.", "fr", "Corvala Oil"),
])
def test_who_reacts_after_the_act_is_no_party(text: str, lang: str, party: str) -> None:
    assert {who for _t, who in _events(text, lang)} == {party}
