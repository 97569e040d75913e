"""A challenge told by its noun with whoever brought it, in either language, whatever the court
made of it: the bringer as the noun's possessor, told by a description with its qualities
("the Belarusian businessman's lawsuit", "the tycoon's appeal", also when a court rejects or
weighs it), a complaint or a petition as the frame of what its bringer says ("In a complaint
filed with the court, X says"), and the bringer after « de » (« l'appel du député
X a connu le même sort », « le pourvoi de la société Y »). A court rejecting the appeal still gives
its ruling beside it; a case weighed by its would-be bringer (no possessor) stays a plan.
Sentences of our own."""

from __future__ import annotations

import pytest

from listwatch.news import extract_article

_EN = "The Belarusian businessman Pavel Voronin was put under EU sanctions in 2021. "
_FR = "Les juges de Luxembourg ont écarté mercredi plusieurs recours contre des gels d'avoirs. "


def _kinds(text: str, name: str) -> set[str]:
    return {e["type"] for e in extract_article(text, published="2024-05-10")["events"] if name in e["entity"]}


@pytest.mark.parametrize("text", [
    _EN + "After weighing the Belarusian businessman's lawsuit against the listing, the judges found that "
          "Mr. Voronin had cut his ties with the regime.",
    _EN + "The judges on Tuesday dismissed the tycoon's appeal against the sanctions on Mr. Voronin.",
    "Pavel Voronin was added to the SDN list in 2022. In a complaint lodged last week before a federal court "
    "in Washington, Pavel Voronin says he cut all ties with the bank.",
    _FR + "Jeudi, l'appel du député Pavel Voronine contre son gel a connu le même sort.",
    _FR + "Le pourvoi de la société Kestrel Voronine contre son inscription a lui aussi échoué.",
])
def test_a_challenge_told_with_its_bringer_is_theirs(text: str) -> None:
    assert "legal_challenge" in _kinds(text, "Voronin"), text


@pytest.mark.parametrize("text", [
    "The Belarusian magnate Yuri Voronin was put under EU sanctions in 2021. The judges rejected the tycoon's "
    "appeal against the listing on Tuesday.",
    "The Belarusian magnate Yuri Voronin was put under EU sanctions in 2021. On Tuesday the judges rejected "
    "Voronin's appeal against the listing.",
])
def test_a_court_rejecting_the_appeal_rules_and_the_appeal_was_brought(text: str) -> None:
    kinds = _kinds(text, "Voronin")
    assert {"ruling", "legal_challenge"} <= kinds, kinds


def test_a_lawsuit_only_weighed_by_its_would_be_bringer_is_none() -> None:
    text = _EN + "Mr. Voronin is weighing a lawsuit against the listing, a spokesman said."
    assert "legal_challenge" not in _kinds(text, "Voronin")
