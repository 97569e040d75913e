"""A government told by its noun and its head's name (« l'administration X », "the X
administration", « le gouvernement X ») that annuls or cancels a designation undoes its own
act: a removal, never a court's vacatur, wherever the sentence opens. Sentences of our own."""

from __future__ import annotations

import pytest

from listwatch.news import extract_article

_TOLD = [
    ("fr", "Deux semaines après son arrivée, l'administration Carver a annulé la désignation du groupe Nordfront."),
    ("fr", "Dès sa première semaine, le gouvernement Lindqvist a annulé l'inscription du réseau Nordfront."),
    ("en", "Weeks after taking office, the Carver administration cancelled the designation of the Nordfront group."),
]


@pytest.mark.parametrize(("lang", "text"), _TOLD)
def test_a_government_annulling_a_designation_is_a_removal(lang: str, text: str) -> None:
    res = extract_article(text, published="2025-03-12", language=lang)
    kinds = {(e["type"], e["entity"]) for e in res["events"]}
    assert ("removal", "Nordfront") in kinds
    assert not any(t == "vacatur" for t, _w in kinds)
