"""A court that does away with a listing by a verb of abolishing, in either language: "abolished
the bloc's sanctions against X", "quashed the designation of X", "scrapped the asset freeze on
X", « a supprimé les sanctions contre X », « ont mis fin au gel des avoirs de X », and the
Union's court by more of its names (its General Court followed by "of the EU", « la Cour de justice »
with the Union's adjective, « la Cour européenne de justice ») lifting them: a vacatur. A government
doing the same is a removal; a court that refuses to, or does not, undo nothing. Sentences
of our own."""

from __future__ import annotations

import pytest

from listwatch.news import extract_article

_EN = "The Russian banker Oleg Voronin had contested his listing since 2022. "
_FR = "Le banquier russe Oleg Voronine contestait son inscription depuis 2022. "


def _kinds(text: str) -> set[str]:
    return {e["type"] for e in extract_article(text, published="2024-05-10")["events"] if "Voronin" in e["entity"]}


@pytest.mark.parametrize("text", [
    _EN + "Sitting in Luxembourg's General Court of the EU, judges abolished Brussels' listing of Oleg Voronin.",
    _EN + "A High Court judge in London quashed the designation of Oleg Voronin on Wednesday.",
    _EN + "On Wednesday the Luxembourg judges scrapped the EU's asset freeze on Oleg Voronin.",
    _FR + "Mercredi, les sanctions visant Oleg Voronine ont été levées par la Cour de justice européenne.",
    _FR + "Mercredi, les juges de la Cour européenne de justice ont levé le gel des avoirs d'Oleg Voronine.",
    _FR + "Mercredi, le Tribunal a supprimé les sanctions contre Oleg Voronine.",
    _FR + "Les juges ont mis fin mercredi au gel des avoirs d'Oleg Voronine.",
])
def test_a_court_abolishing_the_measures_vacates_them(text: str) -> None:
    kinds = _kinds(text)
    assert "vacatur" in kinds and "removal" not in kinds and "injunction" not in kinds, kinds


@pytest.mark.parametrize("text", [
    _EN + "The Treasury on Wednesday abolished the sanctions against Oleg Voronin.",
    _FR + "Le gouvernement a supprimé mercredi les sanctions contre Oleg Voronine.",
])
def test_a_government_abolishing_them_removes_them(text: str) -> None:
    kinds = _kinds(text)
    assert "removal" in kinds and "vacatur" not in kinds, kinds


@pytest.mark.parametrize("text", [
    _EN + "The General Court on Wednesday declined to quash the designation of Oleg Voronin.",
    _EN + "The court did not abolish the sanctions against Oleg Voronin on Wednesday.",
    _FR + "Mercredi, le Tribunal a refusé de supprimer les sanctions contre Oleg Voronine.",
    _FR + "Mercredi, le Tribunal n'a pas supprimé les sanctions contre Oleg Voronine.",
    _EN + "Sitting in Luxembourg's General Court of the EU, judges upheld Brussels' listing of Oleg Voronin.",
])
def test_a_court_that_does_not_abolish_them_vacates_nothing(text: str) -> None:
    kinds = _kinds(text)
    assert not kinds & {"vacatur", "removal", "injunction"}, kinds
