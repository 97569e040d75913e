"""A listing verb in the forms the tables of past acts did not hold (news/lang/listing_forms.py):
its future, an act the authority announces ("will sanction X", "said it would designate X",
"is to blacklist X", « sanctionnera X », « inscrira X sur sa liste »), and its gerund or
present participle, the act told as the means or manner of another ("by sanctioning X",
", sanctioning X", « en sanctionnant X »). Near misses: a modal of possibility, a threat,
a condition, a negation, a noun's use ("the sanctioning body"), a verb of placing with no
list, a participle that only tells a word's sense."""

from __future__ import annotations

import pytest

from listwatch.news import extract_article


def _events(text: str, lang: str) -> set[str]:
    r = extract_article(text, published="2024-06-12", language=lang)
    return {e["entity"] for e in r["events"] if e["type"] == "designation"}


@pytest.mark.parametrize("text", [
    "The Treasury will sanction Orlen Marine Holdings for its fuel deals, an official said on Monday.",
    "Ottawa said on Monday it would designate Orlen Marine Holdings under its shipping rules.",
    "The Foreign Office is to blacklist Orlen Marine Holdings, the minister told parliament on Monday.",
    "London will also sanction Orlen Marine Holdings and two of its managers, officials said on Monday.",
])
def test_the_future_of_a_listing_verb(text: str) -> None:
    assert "Orlen Marine Holdings" in _events(text, "en")


@pytest.mark.parametrize("text", [
    "On Monday the Treasury answered the attack by sanctioning Orlen Marine Holdings.",
    "Washington went further on Monday, sanctioning Orlen Marine Holdings and its chief.",
    "After sanctioning Orlen Marine Holdings on Monday, the Treasury turned to its lenders.",
])
def test_the_gerund_of_a_listing_verb(text: str) -> None:
    assert "Orlen Marine Holdings" in _events(text, "en")


@pytest.mark.parametrize("text", [
    "L'Australie sanctionnera la société Orlen Marine Holdings, a indiqué lundi la ministre.",
    "Le Conseil désignera lundi Orlen Marine Holdings, a annoncé la présidence tchèque.",
    "Le Trésor inscrira Orlen Marine Holdings sur sa liste noire, a annoncé lundi le ministre.",
    "Le ministère ajoutera lundi Orlen Marine Holdings à sa liste noire des exportations.",
])
def test_le_futur_d_un_verbe_d_inscription(text: str) -> None:
    assert "Orlen Marine Holdings" in _events(text, "fr")


@pytest.mark.parametrize("text", [
    "Lundi, Ottawa a riposté en sanctionnant Orlen Marine Holdings et son directeur.",
    "Le Trésor est allé plus loin lundi, sanctionnant notamment Orlen Marine Holdings.",
    "Lundi, Berne a complété sa liste en désignant Orlen Marine Holdings.",
])
def test_le_participe_present_d_un_verbe_d_inscription(text: str) -> None:
    assert "Orlen Marine Holdings" in _events(text, "fr")


@pytest.mark.parametrize("text,lang", [
    ("The Treasury could sanction Orlen Marine Holdings if talks fail, officials said on Monday.", "en"),
    ("The Treasury will not sanction Orlen Marine Holdings, officials said on Monday.", "en"),
    ("Britain threatened on Monday that it would sanction Orlen Marine Holdings.", "en"),
    ("The Treasury will sanction Orlen Marine Holdings if the shipments go on, it said on Monday.", "en"),
    ("The sanctioning body of the Caribbean League fined Orlen Marine Holdings on Monday.", "en"),
    ("Le Canada ne sanctionnera pas Orlen Marine Holdings, a déclaré lundi le ministre.", "fr"),
    ("Le Canada sanctionnera Orlen Marine Holdings si les livraisons continuent, a dit lundi le ministre.", "fr"),
    ("Le mot désignant Orlen Marine Holdings dans la presse a changé lundi.", "fr"),
    ("Le Trésor ajoutera lundi un chapitre sur Orlen Marine Holdings à son rapport annuel.", "fr"),
])
def test_near_misses_give_none(text: str, lang: str) -> None:
    assert _events(text, lang) == set()
