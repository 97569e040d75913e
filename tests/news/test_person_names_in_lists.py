"""Where one person's name ends and the next begins in a list of parties: an Arabic
article standing apart from its noun ("Salim Omar al Qadi") belongs to the name, so the
noun after it is no name of its own; and a given name two people of the list share
("Olga Renko ... Olga Pollak") is no short form of the first. Both languages; every name
and sentence is written for the purpose."""

from __future__ import annotations

from listwatch.news import extract_article

PUB = "2024-06-13"  # a Thursday


def _parties(text: str, lang: str, kind: str = "designation") -> set[str]:
    r = extract_article(text, published=PUB, language=lang)
    return {e["entity"] for e in r["events"] if e["type"] == kind}


def test_particles_apart_in_an_english_series() -> None:
    text = ("Norland on Monday sanctioned Karim Yusuf al Harbi, Salim Omar al Qadi and Tarek "
            "Jalil el Masri for funding the militia.")
    assert _parties(text, "en") == {"Karim Yusuf al Harbi", "Salim Omar al Qadi", "Tarek Jalil el Masri"}


def test_particles_apart_after_a_french_colon() -> None:
    text = ("La Norlande a sanctionné lundi quatre personnes : Karim Yusuf al Harbi, Salim Omar "
            "al Qadi, Nadia Farouk et Tarek Jalil el Masri.")
    assert _parties(text, "fr") == {"Karim Yusuf al Harbi", "Salim Omar al Qadi", "Nadia Farouk",
                                    "Tarek Jalil el Masri"}


def test_a_particle_apart_in_a_french_pair() -> None:
    text = "Les autorités de Norlande ont gelé mardi les avoirs de Hamid Salem al Mansour et de Rania Haddad."
    got = _parties(text, "fr")
    assert "Hamid Salem al Mansour" in got and "Rania Haddad" in got
    assert "Mansour" not in got


def test_a_particle_apart_after_an_inclusion_cue() -> None:
    text = ("The ministry blacklisted five financiers on Tuesday, including Amir Khalil al Saadi "
            "and Fouad Nasser el Amin.")
    got = _parties(text, "en")
    assert {"Amir Khalil al Saadi", "Fouad Nasser el Amin"} <= got
    assert not {"Saadi", "Amin"} & got


def test_a_shared_given_name_opens_another_person_in_english() -> None:
    text = ("Zembla has added Irina Bastova and Olga Krenova, the minister's sisters, and Olga "
            "Pollak and Irina Pollak, wife and niece of Zemblan Interior Minister Pavel Pollak, to "
            "its sanctions list.")
    assert {"Irina Bastova", "Olga Krenova", "Olga Pollak", "Irina Pollak"} <= _parties(text, "en")


def test_a_shared_given_name_opens_another_person_in_french() -> None:
    text = ("La Norlande a inscrit jeudi Anna Morel et Lucie Garnier, deux banquières, ainsi "
            "qu'Anna Dufresne et Lucie Dufresne, l'épouse et la fille d'un ministre, sur sa liste.")
    got = _parties(text, "fr")
    assert {"Anna Morel", "Lucie Garnier", "Anna Dufresne", "Lucie Dufresne"} <= got


def test_a_company_keeps_its_first_word_as_its_short_form() -> None:
    # (a company's name is no person's: its first word still stands for it)
    text = ("Norland sanctioned Vantor Shipping on Monday. Vantor had carried oil for the "
            "embargoed regime, the ministry said.")
    r = extract_article(text, published=PUB, language="en")
    assert {e["entity"] for e in r["events"]} == {"Vantor Shipping"}
