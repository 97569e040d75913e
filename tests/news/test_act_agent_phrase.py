"""The act's participle with its agent told as a noun phrase ("les sociétés visées par
cette décision sont A, B et C", "parmi les dirigeants ciblés par les toutes dernières
mesures, A et B", "A et B sont visés par ces nouvelles mesures du Conseil"): the parties
the group names, or the subjects of the passive, get the act. An inquiry's or a court's
agent, a regime's measures told by the country they concern, and a name inside an item's
relative clause give no party."""

from __future__ import annotations

from listwatch.news import extract_article

PUB = "2024-06-13"  # a Thursday


def _events(text: str, lang: str = "fr") -> set[tuple[str, str, str | None]]:
    r = extract_article(text, published=PUB, language=lang)
    return {(e["type"], e["entity"], e["date"]) for e in r["events"]}


def _designated(text: str, lang: str = "fr") -> set[str]:
    return {n for t, n, _d in _events(text, lang) if t == "designation"}


LEDE = ("Le Trésor américain a sanctionné mardi trois armateurs de Norlandie. Selon Washington, ils "
        "auraient transporté du pétrole en contournant l'embargo. ")


def test_a_group_with_a_demonstrative_agent_names_its_items() -> None:
    text = LEDE + ("Les sociétés visées par cette décision sont Harlow Tankers, Vessmar Shipping et "
                   "la compagnie Ostrel Marine.")
    got = _events(text)
    for n in ("Harlow Tankers", "Vessmar Shipping", "Ostrel Marine"):
        assert ("designation", n, "2024-06-11") in got, n


def test_a_group_with_the_authority_as_agent_names_its_items() -> None:
    text = LEDE + ("Les entreprises ciblées par le département du Trésor sont Harlow Tankers et "
                   "Vessmar Shipping.")
    assert {"Harlow Tankers", "Vessmar Shipping"} <= _designated(text)


def test_among_the_group_with_its_agent_and_a_relative_clause() -> None:
    text = ("Le Conseil a pris lundi des sanctions contre le port de Valmar. On retrouve, parmi les "
            "dirigeants ciblés par les toutes dernières mesures, Piotr Sallen; Ivo Kramek, qui préside "
            "le groupe Dornex Holding; et Anja Velt.")
    got = _designated(text)
    assert {"Piotr Sallen", "Ivo Kramek", "Anja Velt"} <= got
    # (the firm its chairman runs is told inside his description: no item of the series)
    assert "Dornex Holding" not in got


def test_a_subject_series_then_a_passive_with_a_demonstrative_agent() -> None:
    text = ("L'ONU a voté mercredi des sanctions pour la Norlandie. Les commandants de "
            "l'armée Boris Tenko et Ilya Marsk sont visés par ces nouvelles mesures du Conseil.")
    assert {"Boris Tenko", "Ilya Marsk"} <= _designated(text)


def test_an_inquiry_as_agent_names_no_party() -> None:
    text = LEDE + ("Les personnes visées par cette enquête du parquet sont Karl Denning et Lisa Vorn.")
    got = _designated(text)
    assert not got & {"Karl Denning", "Lisa Vorn"}


def test_a_court_as_agent_names_no_party() -> None:
    text = LEDE + ("Les sociétés visées par le tribunal de commerce sont Brenna Logistics et Tamsin Freight.")
    got = _designated(text)
    assert not got & {"Brenna Logistics", "Tamsin Freight"}


def test_a_regime_told_by_its_country_is_no_party() -> None:
    text = ("Les ministres européens ont ajouté jeudi deux personnes à leur liste. Leur décision porte à 40 "
            "le nombre de personnes ciblées par ces sanctions contre le régime de la République de Valmarie.")
    got = _designated(text)
    assert not any("Valmarie" in n or "Norlandie" in n for n in got)


def test_the_english_group_with_a_longer_agent() -> None:
    text = ("The Treasury sanctioned the port operator Kelso Docks on Tuesday. It is accused of moving oil "
            "for the army. The firms targeted by the new round are Harlow Tankers and Vessmar Shipping.")
    assert {"Kelso Docks", "Harlow Tankers", "Vessmar Shipping"} <= _designated(text, "en")


def test_the_english_group_named_by_prosecutors_is_no_designation() -> None:
    text = ("The Treasury sanctioned the port operator Kelso Docks on Tuesday. The firms named by "
            "prosecutors in the fraud case are Brenna Logistics and Tamsin Freight.")
    got = _designated(text, "en")
    assert not got & {"Brenna Logistics", "Tamsin Freight"}
