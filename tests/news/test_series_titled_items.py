"""Parties named in a series whose items carry titles before or around the names ("the
spouse of the president, A, deputy premier B, the trade minister C and the army chief D",
"le ministre des Transports, A, le vice-ministre du Budget, B et le chef de la police, C",
"les ministres de la Justice et de la Défense, A et B"): every item is a party; an official
told with a title who speaks or acts is not."""

from __future__ import annotations

from listwatch.news import extract_article

PEOPLE = ("Mira Dolenc", "Irina Voss", "Pavel Dremin", "Karel Ostrinov")


def _events(text: str) -> set[tuple[str, str, str | None]]:
    return {(e["type"], e["entity"], e["date"]) for e in extract_article(text, published="2024-05-10")["events"]}


def _parties(text: str) -> set[str]:
    return {n for _t, n, _d in _events(text)}


def test_english_series_with_a_title_before_each_name() -> None:
    text = ("On Monday the Treasury added to its sanctions list the spouse of Norland's president, Mira Dolenc, "
            "the vice-president Irina Voss, the trade minister Pavel Dremin, and the army chief Karel Ostrinov.")
    assert _events(text) == {("designation", n, "2024-05-06") for n in PEOPLE}


def test_french_series_with_a_title_before_each_name() -> None:
    text = ("Lundi, le Trésor a inscrit sur sa liste l'épouse du président norlandais, Mira Dolenc, la "
            "vice-présidente Irina Voss, le ministre des Transports Pavel Dremin, et le ministre de la Santé "
            "Karel Ostrinov.")
    assert _events(text) == {("designation", n, "2024-05-06") for n in PEOPLE}


def test_french_list_of_titles_each_then_its_name() -> None:
    text = ("Lundi, le Trésor a sanctionné quinze responsables norlandais. La liste comprend le ministre de "
            "l'Agriculture, Mira Dolenc, le vice-ministre du Budget, Pavel Dremin et le nouveau chef de la police "
            "nationale, Karel Ostrinov.")
    assert {"Mira Dolenc", "Pavel Dremin", "Karel Ostrinov"} <= _parties(text)


def test_one_title_for_two_names_split_by_and() -> None:
    text = ("Lundi, Washington a sanctionné les ministres norlandais de la Justice et de la Défense, Pavel Dremin et "
            "Karel Ostrinov.")
    assert _events(text) == {("designation", n, "2024-05-06") for n in ("Pavel Dremin", "Karel Ostrinov")}


def test_the_domain_of_a_title_is_no_part_of_the_name() -> None:
    text = ("Le Trésor a sanctionné lundi le ministre des Finances Pavel Dremin et le ministre de l'Economie "
            "Karel Ostrinov.")
    assert _parties(text) == {"Pavel Dremin", "Karel Ostrinov"}


def test_officials_who_announce_stay_silent() -> None:
    text = ("Le ministre des Finances, Pavel Dremin, et le ministre de la Justice, Karel Ostrinov, ont annoncé "
            "lundi des sanctions contre Kestrel Maritime Inc.")
    assert _parties(text) == {"Kestrel Maritime Inc"}
    said = "The Treasury on Monday sanctioned Kestrel Maritime Inc, the minister of Finance Pavel Dremin said."
    assert _parties(said) == {"Kestrel Maritime Inc"}
    fr_said = "Le Trésor a sanctionné lundi Kestrel Maritime Inc, a déclaré le ministre des Finances, Pavel Dremin."
    assert _parties(fr_said) == {"Kestrel Maritime Inc"}


def test_a_designee_s_officer_in_a_relative_stays_silent() -> None:
    text = ("The Treasury on Monday sanctioned Kestrel Maritime Inc, whose chairman, the former minister of "
            "Finance Pavel Dremin, denied wrongdoing.")
    assert _parties(text) == {"Kestrel Maritime Inc"}


def test_a_series_after_a_colon_with_employers_in_the_titles() -> None:
    text = ("The European Union on Monday removed Boris Petrakov from its sanctions list. Three men who have "
            "since died were also taken off it: the head of the Orlan group, Pavel Dremin, Senate members "
            "Karel Ostrinov and Ivan Volkar, Deputy Interior Minister Gennadi Sorokov and Major General "
            "Oleg Tarnov.")
    assert {n for t, n, _d in _events(text) if t == "removal"} == {
        "Boris Petrakov", "Pavel Dremin", "Karel Ostrinov", "Ivan Volkar", "Gennadi Sorokov", "Oleg Tarnov"}


def test_a_counted_group_then_its_titled_items_after_a_colon() -> None:
    text = ("The EU on Monday lifted sanctions on three men: the head of Orlan LLC Pavel Dremin, Senate member "
            "Karel Ostrinov and the banker Boris Petrakov.")
    assert _parties(text) == {"Pavel Dremin", "Karel Ostrinov", "Boris Petrakov"}


def test_an_acronym_run_into_a_name_is_the_employer() -> None:
    text = ("The EU on Monday removed from its list the former deputy director of KTB Orvex Sergei Malkin "
            "and the banker Boris Petrakov.")
    assert _parties(text) == {"Sergei Malkin", "Boris Petrakov"}


def test_a_name_after_the_colon_of_another_clause_stays_silent() -> None:
    text = "The EU on Monday lifted sanctions on Boris Petrakov: his lawyer Pavel Dremin welcomed the decision."
    assert _parties(text) == {"Boris Petrakov"}


def test_capitalised_offices_before_the_names_of_a_series() -> None:
    text = ("On Monday the US designated Norland's Minister of Trade Pavel Dremin, Minister for Energy Karel "
            "Ostrinov, the Health and Education minister Ivan Volkar, and Mira Dolenc, the minister for housing.")
    assert _parties(text) == {"Pavel Dremin", "Karel Ostrinov", "Ivan Volkar", "Mira Dolenc"}


def test_an_office_and_a_country_before_names_and_an_institution() -> None:
    text = ("On Monday the Treasury designated Norland Attorney General Ana Mira Dolenc and Bolivian savings "
            "bank Kestrel Savings Cooperative.")
    assert _parties(text) == {"Ana Mira Dolenc", "Kestrel Savings Cooperative"}


def test_an_employer_and_its_title_before_the_last_name() -> None:
    text = ("The UK on Monday sanctioned Pavel Dremin, owner of Kestrel Rugby Club; steel magnate Karel "
            "Ostrinov, and Orvex CEO Ivan Volkar.")
    assert _parties(text) == {"Pavel Dremin", "Karel Ostrinov", "Ivan Volkar"}
