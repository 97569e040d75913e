"""A removal done, or only sought or foreseen: the act's noun governed by a noun of asking,
proposing or aiming ("a petition for delisting", "the delisting application", "the path to
a lifting of the sanctions", « une demande de levée », « sa proposition de retrait »), a
future act under a condition told after it ("will remove X if ...", « retirera X si ... »)
and a removal looked forward to are none; a request granted, an act announced with no
condition and an act done keep their event. Sentences of our own."""

from __future__ import annotations

import pytest

from listwatch.news import extract_article


def _removals(text: str, lang: str) -> set[str]:
    evs = extract_article(text, published="2024-06-12", language=lang)["events"]
    return {e["entity"] for e in evs if e["type"] == "removal"}


@pytest.mark.parametrize(("text", "lang"), [
    ("Halvard Logistics filed a petition for delisting with the Treasury in March.", "en"),
    ("The delisting application of Halvard Logistics is still pending before OFAC.", "en"),
    ("For Halvard Logistics the quickest path to a lifting of the sanctions runs through Brussels.", "en"),
    ("The appeals panel said it will remove Halvard Logistics from the list if the agency does not decide within 90 days.", "en"),
    ("Counsel for Halvard Logistics said they look forward to the removal of the company from the list.", "en"),
    ("La société Brenmoor a adressé au Conseil une demande de levée des sanctions qui la visent.", "fr"),
    ("Le ministre avait transmis sa proposition de retrait de Brenmoor aux députés le 3 mai.", "fr"),
    ("Le Trésor retirera Brenmoor de la liste si l'entreprise cède sa filiale.", "fr"),
])
def test_a_removal_only_sought_or_foreseen_is_none(text: str, lang: str) -> None:
    assert _removals(text, lang) == set()


@pytest.mark.parametrize(("text", "lang", "who"), [
    ("The request for delisting of Halvard Logistics was granted by OFAC on 2 May.", "en", "Halvard Logistics"),
    ("OFAC announced it will remove Halvard Logistics from the SDN list on 1 July.", "en", "Halvard Logistics"),
    ("La proposition de retrait de Brenmoor a été adoptée par le Conseil le 3 mai.", "fr", "Brenmoor"),
    ("Le Conseil a retiré Brenmoor de sa liste des sanctions le 3 mai.", "fr", "Brenmoor"),
])
def test_a_removal_done_or_announced_keeps_its_event(text: str, lang: str, who: str) -> None:
    assert who in _removals(text, lang)
