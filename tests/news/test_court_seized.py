"""A party turning to a court against its listing, told by the verb of seizing the court
rather than by a noun of the case: « X a saisi le Tribunal de l'UE », « il a saisi la
juridiction européenne », « saisit le Conseil d'État », "went to court over its listing",
"turned to the EU's General Court against the sanctions". The court may be told by its
noun, its name or its initials; another body seized (a parliament, a commission) or a
court named with no listing tells no challenge. Sentences of our own."""

from __future__ import annotations

import pytest

from listwatch.news import extract_article


def _challenges(text: str, lang: str) -> set[str]:
    res = extract_article(text, published="2025-03-12", language=lang)
    return {e["entity"] for e in res["events"] if e["type"] == "legal_challenge"}


_SEIZED = [
    ("fr", "Anton Velikov a saisi le Tribunal de l'UE en mai contre son inscription parmi les personnes sanctionnées."),
    ("fr", "Le Conseil a gelé les avoirs de la société Borvenko Trading en 2023. Borvenko Trading a saisi à "
           "plusieurs reprises la juridiction européenne."),
    ("fr", "Visé par un arrêté qui gèle ses comptes, Karim Ostali saisit le Conseil d'État pour obtenir son retrait."),
    ("fr", "Anton Velikov, visé par les sanctions européennes depuis mars, a saisi mardi la CJUE."),
    ("en", "Anton Velikov went to court over his listing by the Council in 2022."),
    ("en", "Borvenko Trading turned to the EU's General Court in May against the sanctions imposed on it."),
]


@pytest.mark.parametrize(("lang", "text"), _SEIZED)
def test_a_party_seizing_a_court_over_its_listing_brought_a_challenge(lang: str, text: str) -> None:
    assert _challenges(text, lang) & {"Anton Velikov", "Borvenko Trading", "Karim Ostali"}


_NOT_SEIZED = [
    ("fr", "Sanctionné en 2022, Anton Velikov a saisi le Congrès d'une pétition sur ses affaires."),
    ("fr", "La douane a saisi la cargaison de la société Borvenko Trading, visée par les sanctions."),
    ("en", "Anton Velikov went to the opera in Vienna the day the sanctions on steel were announced... "),
]


@pytest.mark.parametrize(("lang", "text"), _NOT_SEIZED)
def test_another_body_seized_or_goods_seized_tell_no_challenge(lang: str, text: str) -> None:
    assert _challenges(text, lang) == set()
