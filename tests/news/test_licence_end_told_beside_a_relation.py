"""A licence's end told in a sentence whose only name is told beside the parties (a
relation's: « les associés de X », « des sociétés liées à X ») is the deadline of the
licence told nearest, as when the sentence names none: the name goes, the end stays
(``events``, after ``_told_aside``). Sentences of our own."""

from __future__ import annotations

import pytest

from listwatch.news import extract_article


def _events(text: str, lang: str) -> list[tuple[str, str, str | None]]:
    evs = extract_article(text, published="2025-03-02", language=lang)["events"]
    return sorted((e["type"], e["entity"], e["date"]) for e in evs)


@pytest.mark.parametrize(("text", "lang", "party"), [
    ("L'OFAC a délivré une licence générale au groupe Orion Maritime. La licence, utilisée par des "
     "sociétés liées au groupe Orion Maritime, expire le 9 mars.", "fr", "Orion Maritime"),
    ("Le Trésor a délivré une licence générale au groupe Orion Maritime. La licence, qui protège les "
     "associés du groupe Orion Maritime, expire le 9 mars.", "fr", "Orion Maritime"),
    ("OFAC issued a general license for Orion Maritime Ltd. The license, relied on by close associates "
     "of Orion Maritime Ltd, expires on March 9.", "en", "Orion Maritime Ltd"),
    ("OFAC issued a general license for Orion Maritime Ltd. The license, which is used by firms "
     "affiliated with Orion Maritime Ltd, expires on March 9.", "en", "Orion Maritime Ltd"),
])
def test_an_end_told_beside_a_relation_is_the_licences(text: str, lang: str, party: str) -> None:
    assert ("deadline", party, "2025-03-09") in _events(text, lang)
