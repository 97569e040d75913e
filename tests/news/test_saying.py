"""One table of the verbs of saying (``saying``) read by every reader of a speaker, a
source or an outlet; one reader of the outlet a report is credited to
(``nonparty_names.credited_outlet``). Sentences of our own, in both languages."""

from __future__ import annotations

import re

import pytest

from listwatch.news import extract_article
from listwatch.news.nonparty_names import credited_outlet
from listwatch.news.roles import no_party_role, speaker
from listwatch.news.saying import forms, said


def _names(text: str) -> set[str]:
    return {e["entity"] for e in extract_article(text, published="2024-05-10")["events"]}


def test_the_table_has_its_kinds_in_both_languages() -> None:
    for kind in ("say", "add", "tell", "react", "report"):
        assert forms((kind,), ("en",)) and forms((kind,), ("fr",))
    # the verb of listing is no verb of saying before a name
    assert "added" not in forms(("say",)) and "ajouté" in forms(("add",))
    assert re.fullmatch(said(), "avaient martelé") and re.fullmatch(said(("react",)), "s'est réjouie")


@pytest.mark.parametrize(("text", "teller"), [
    # verbs of saying the readers share now, before what is said
    ("Deputy Premier Ilse Marten insisted Norland would block the funds of Kelvar Shipping.", "Ilse Marten"),
    ("La ministre Paule Dervaux a martelé que la Norlande gèlerait les fonds de Kelvar Shipping.",
     "Paule Dervaux"),
    ("Trade Secretary Ilse Marten warned the ministry would freeze the accounts of Kelvar Shipping.", "Ilse Marten"),
])
def test_a_speaker_is_told_by_any_verb_of_the_table(text: str, teller: str) -> None:
    start = text.index(teller)
    assert speaker(text, start, start + len(teller))
    assert not any(teller in n for n in _names(text))


@pytest.mark.parametrize(("text", "outlet"), [
    # the outlet's noun after its name, before a verb of saying or reporting
    ("Norland froze the funds of Kelvar Shipping on Monday, the official Velmar radio reported.", "Velmar"),
    # a clause of its own crediting the report, in both languages
    ("As first revealed by Norvox, the ministry froze the funds of Kelvar Shipping.", "Norvox"),
    ("Comme l'avait rapporté Norvox, le ministère a gelé les fonds de Kelvar Shipping.", "Norvox"),
    # the name opening its sentence, reporting what follows
    ("Norvox reported on Monday that the ministry had frozen the funds of Kelvar Shipping.", "Norvox"),
])
def test_the_outlet_has_one_reader(text: str, outlet: str) -> None:
    start = text.index(outlet)
    assert credited_outlet(text, start, start + len(outlet))
    assert outlet not in _names(text)


def test_what_the_reporter_tells_of_itself_keeps_it() -> None:
    text = "Norvox Media reported on Monday that its accounts had been frozen by the ministry."
    start = text.index("Norvox Media")
    assert not credited_outlet(text, start, start + len("Norvox Media"))


@pytest.mark.parametrize(("text", "source"), [
    ("The Treasury sanctioned Kelvar Shipping on Monday, Orvex Trading confirmed.", "Orvex Trading"),
    ("Le ministère a gelé les fonds de Kelvar Shipping, Orvex Trading a confirmé.", "Orvex Trading"),
])
def test_the_source_closing_the_sentence_is_no_party(text: str, source: str) -> None:
    start = text.index(source)
    assert no_party_role(text, start, start + len(source), person=False) == "source"
    assert "Kelvar Shipping" in _names(text) and source not in _names(text)
