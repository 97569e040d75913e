"""An undated licence told by a verb about its party in its own sentence (an extension,
an exemption carved out, a renewal) is another act than the licence the article dates
elsewhere (the first issue, a later waiver): it is not merged into it. A headline's
undated licence is the body's, and gives way to it."""

from __future__ import annotations

from listwatch.news import extract_article


def _licences(text: str, lang: str, who: str, published: str = "2024-06-12") -> list[str]:
    r = extract_article(text, published=published, language=lang)
    return sorted((e["date"] or "-") for e in r["events"] if e["type"] == "license" and e["entity"] == who)


def test_english_extension_beside_the_first_issue() -> None:
    text = ("The Treasury has lengthened its general licence by two months so that payments to "
            "Marrow Shipping can go on. That licence was first issued on 4 March, officials said.")
    assert _licences(text, "en", "Marrow Shipping") == ["-", "2024-03-04"]


def test_french_extension_beside_the_first_issue() -> None:
    text = ("Londres a prorogé de deux mois l'autorisation de commercer avec Marrow Shipping, selon l'OFSI. "
            "Le 4 mars, l'OFSI a délivré une licence générale pour Marrow Shipping.")
    assert _licences(text, "fr", "Marrow Shipping") == ["-", "2024-03-04"]


def test_english_exemption_beside_a_dated_licence() -> None:
    text = ("After weeks of talks, Washington granted Lisbon an exemption from its sanctions on Orlan Petroleum. "
            "On 2 May the Treasury issued a licence for dealings with Orlan Petroleum in civil aviation.")
    assert _licences(text, "en", "Orlan Petroleum") == ["-", "2024-05-02"]


def test_french_exception_beside_a_dated_licence() -> None:
    text = ("Au terme de longues discussions, les États-Unis ont fait une exception pour Lisbonne aux sanctions "
            "contre Orlan Petroleum. Le 2 mai, le Trésor a délivré une licence pour Orlan Petroleum.")
    assert _licences(text, "fr", "Orlan Petroleum") == ["-", "2024-05-02"]


def test_french_renewal_beside_the_first_licence() -> None:
    text = ("Le ministère a renouvelé la dérogation accordée à la société Brenna Metals, a-t-il indiqué. "
            "Il avait délivré en février une première licence à Brenna Metals.")
    assert _licences(text, "fr", "Brenna Metals") == ["-", "2024-02"]


def test_a_headline_licence_is_the_body_one() -> None:
    text = ("OFAC renews a licence for Marrow Shipping\n\n"
            "On Tuesday OFAC renewed a general licence for Marrow Shipping.")
    assert _licences(text, "en", "Marrow Shipping") == ["2024-06-11"]


def test_a_french_headline_licence_is_the_body_one() -> None:
    text = ("Une dérogation pour Brenna Metals\n\n"
            "Le Trésor a accordé lundi une dérogation à la société Brenna Metals.")
    assert _licences(text, "fr", "Brenna Metals") == ["2024-06-10"]
