"""A person is an act's party where the sentence names them as its object, whatever other
place the sentence names them first: the object right after the verb, or the object of the
measures the verb lifts or imposes, a day set off by commas between (« a levé, le 3 mai, les
sanctions ... à l'encontre de X »). Earlier acts told in passing put the party there: "a
week after Washington removed X", another body's act a release tells."""

from __future__ import annotations

from listwatch.news import extract_article


def _events(text: str, lang: str, typ: str) -> set[str]:
    r = extract_article(text, published="2024-06-12", language=lang)
    return {e["entity"] for e in r["events"] if e["type"] == typ}


def test_une_personne_nommee_de_nouveau_comme_objet_du_retrait() -> None:
    # (named first in a time phrase, then as the object of the removal told after « après que »)
    text = ("Karim Sahel a reçu l'émissaire lundi. Cette rencontre intervient six mois après un premier entretien "
            "entre Karim Sahel et Jean Morel à Genève et quelques jours après que Washington a retiré "
            "Karim Sahel de leur liste noire.")
    assert "Karim Sahel" in _events(text, "fr", "removal")


def test_la_personne_objet_des_mesures_levees_apres_une_date_incise() -> None:
    # (another body's earlier act told in passing: its party is the object of the measures
    # lifted, a day set off by commas between the verb and them)
    text = ("Berne applique depuis mardi un choix du comité onusien. Le comité a levé, le 3 mai 2019, les "
            "sanctions financières et les restrictions aux voyages contre Lidia Varga.")
    assert "Lidia Varga" in _events(text, "fr", "removal")


def test_la_personne_objet_du_gel_leve_un_jeudi() -> None:
    text = "Le comité a levé, jeudi 2 mai, les restrictions financières et de voyage visant l'ancien ministre Lidia Varga."
    assert "Lidia Varga" in _events(text, "fr", "removal")
