"""Parties spared the sanctions by name (« exempter X de sanctions », "exempted X from
sanctions", "waived sanctions on X") and a licence renewed by a verb on the licence's own
noun (« a prolongé une licence détenue par X ») each give the party a licence. A request
to be exempted, an exemption from the sanctions list (a removal), a negation and another
exemption (fees) stay silent."""

from __future__ import annotations

from listwatch.news import extract_article


def _licences(text: str, lang: str) -> set[str]:
    r = extract_article(text, published="2022-05-20", language=lang)
    return {e["entity"] for e in r["events"] if e["type"] == "license"}


def test_french_parties_spared_the_sanctions_by_name() -> None:
    assert _licences("Lundi, le Trésor a exempté Kestrel Shipping AG des sanctions visant la flotte.", "fr") == {
        "Kestrel Shipping AG"}


def test_english_parties_spared_the_sanctions_by_name() -> None:
    assert _licences("On Monday the Treasury exempted Kestrel Shipping AG from sanctions on the fleet.", "en") == {
        "Kestrel Shipping AG"}
    assert _licences("On Monday Washington waived sanctions on Kestrel Shipping AG.", "en") == {"Kestrel Shipping AG"}


def test_a_french_licence_renewed_by_its_verb() -> None:
    text = "Washington a renouvelé jeudi les licences de Kestrel Shipping AG pour trois mois."
    assert _licences(text, "fr") == {"Kestrel Shipping AG"}


def test_a_request_to_be_exempted_is_none() -> None:
    # near misses: the party asks for it
    assert _licences("Kestrel Shipping AG a demandé à être exemptée des sanctions.", "fr") == set()
    assert _licences("Kestrel Shipping AG asked to be exempted from sanctions.", "en") == set()


def test_an_exemption_from_the_list_or_denied_or_of_another_kind_is_none() -> None:
    # near misses: a removal told as an exemption from the list, a negation, fees
    assert _licences("In May, Kestrel Shipping AG, listed in 2019, was exempted from the sanctions list.", "en") == set()
    assert _licences("Kestrel Shipping AG was not exempted from sanctions.", "en") == set()
    assert _licences("Kestrel Shipping AG exempte ses clients de frais de dossier.", "fr") == set()
