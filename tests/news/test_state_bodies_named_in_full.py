"""A listed state's body written in lower case is named in full: a body of the body
before it (« le Bureau central des douanes du ministère zemblien de l'Économie »), the
adjectives that tell what it does before "de" the country (« le service pénitentiaire
fédéral de Russie »). An acting state's body stays an authority. Every sentence is written for the purpose."""

from __future__ import annotations

from listwatch.news import extract_article
from listwatch.news.state_bodies import state_bodies

PUB = "2024-06-13"  # a Thursday


def _parties(text: str, lang: str) -> set[str]:
    r = extract_article(text, published=PUB, language=lang)
    return {e["entity"] for e in r["events"] if e["type"] == "designation"}


def test_a_body_of_a_ministry_named_before_it() -> None:
    text = ("Le Japon a sanctionné vendredi l'Office central des ports du ministère birman des "
            "Transports, qui aurait armé des navires.")
    assert _parties(text, "fr") == {"Office central des ports du ministère birman des Transports"}


def test_a_ministry_closed_by_d_etat() -> None:
    text = "Le Japon a gelé vendredi les avoirs du ministère syrien de la Planification d’État."
    assert _parties(text, "fr") == {"ministère syrien de la Planification d’État"}


def test_a_lower_case_directorate_of_a_ministry_and_a_commission_of_a_country() -> None:
    text = ("La Norvège a sanctionné lundi la direction générale des douanes du ministère syrien "
            "des Finances et la commission électorale centrale de Biélorussie.")
    assert _parties(text, "fr") == {"direction générale des douanes du ministère syrien des Finances",
                                    "commission électorale centrale de Biélorussie"}


def test_a_service_told_by_its_adjectives_before_the_country() -> None:
    text = "Le Canada a gelé mardi les avoirs du service pénitentiaire fédéral de Russie."
    assert "service pénitentiaire fédéral de Russie" in _parties(text, "fr")


def test_an_acting_states_service_is_no_party() -> None:
    text = "La Norvège a sanctionné lundi Karim Haddad, a indiqué le service diplomatique fédéral de Suisse."
    assert _parties(text, "fr") == {"Karim Haddad"}
    assert not state_bodies(text)


def test_a_service_with_a_complement_is_no_qualified_body() -> None:
    text = "Le service de presse de Russie a commenté lundi les sanctions visant Karim Haddad."
    assert not state_bodies(text)
