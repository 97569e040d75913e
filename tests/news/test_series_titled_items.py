"""Parties named in a series whose items carry titles before or around the names ("the
first lady of Norland, A, the vice-president B, the communications minister C and the
defence minister D", "le ministre des Finances, A, le vice-ministre de l'Économie, B et le
directeur du renseignement, C", "les ministres de l'Intérieur et de la Justice, A et B"):
every item is a party; an official told with a title who speaks or acts is not."""

from __future__ import annotations

from listwatch.news import extract_article

PEOPLE = ("Mira Dolenc", "Irina Voss", "Pavel Dremin", "Karel Ostrinov")


def _events(text: str) -> set[tuple[str, str, str | None]]:
    return {(e["type"], e["entity"], e["date"]) for e in extract_article(text, published="2024-05-10")["events"]}


def _parties(text: str) -> set[str]:
    return {n for _t, n, _d in _events(text)}


def test_english_series_with_a_title_before_each_name() -> None:
    text = ("The Treasury on Monday placed on its blacklist the first lady of Norland, Mira Dolenc, the "
            "vice-president Irina Voss, the communications minister Pavel Dremin, and the defence minister "
            "Karel Ostrinov.")
    assert _events(text) == {("designation", n, "2024-05-06") for n in PEOPLE}


def test_french_series_with_a_title_before_each_name() -> None:
    text = ("Le Trésor a annoncé lundi avoir placé sur sa liste noire la première dame de Norlande, Mira "
            "Dolenc, la vice-présidente Irina Voss, le ministre des Communications Pavel Dremin, et le "
            "ministre de la Défense Karel Ostrinov.")
    assert _events(text) == {("designation", n, "2024-05-06") for n in PEOPLE}


def test_french_list_of_titles_each_then_its_name() -> None:
    text = ("Le Trésor a annoncé lundi des sanctions contre 21 fonctionnaires. La liste comprend le ministre "
            "de la Communication et de l'Information, Mira Dolenc, le vice-ministre des Finances, Pavel Dremin "
            "et le nouveau directeur du Service national de renseignement (Sesin), Karel Ostrinov.")
    assert {"Mira Dolenc", "Pavel Dremin", "Karel Ostrinov"} <= _parties(text)


def test_one_title_for_two_names_split_by_and() -> None:
    text = ("Les Etats-Unis ont annoncé lundi des sanctions contre les ministres norlandais de l'Intérieur "
            "et de la Justice, Pavel Dremin et Karel Ostrinov.")
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
    text = ("The European Union on Monday removed Boris Petrakov from its sanctions list. In addition, the "
            "sanctions were lifted from the dead: the commander of the Orlan group, Pavel Dremin, Duma deputies "
            "Karel Ostrinov and Ivan Volkar, Deputy Defense Minister Gennadi Sorokov and Lieutenant General "
            "Oleg Tarnov.")
    got = _events(text)
    assert {("removal", n, "2024-05-06") for n in (
        "Boris Petrakov", "Pavel Dremin", "Karel Ostrinov", "Ivan Volkar", "Gennadi Sorokov", "Oleg Tarnov")} == got


def test_a_counted_group_then_its_titled_items_after_a_colon() -> None:
    text = ("The EU on Monday lifted sanctions on three men: the commander of Orlan PMC Pavel Dremin, Duma deputy "
            "Karel Ostrinov and the businessman Boris Petrakov.")
    assert _parties(text) == {"Pavel Dremin", "Karel Ostrinov", "Boris Petrakov"}


def test_an_acronym_run_into_a_name_is_the_employer() -> None:
    text = ("The EU on Monday removed from its list the former vice president of AFK Orvex Sergei Malkin "
            "and the businessman Boris Petrakov.")
    assert _parties(text) == {"Sergei Malkin", "Boris Petrakov"}


def test_a_name_after_the_colon_of_another_clause_stays_silent() -> None:
    text = "The EU on Monday lifted sanctions on Boris Petrakov: his lawyer Pavel Dremin welcomed the decision."
    assert _parties(text) == {"Boris Petrakov"}


def test_capitalised_offices_before_the_names_of_a_series() -> None:
    text = ("In July, the US also sanctioned Norland's Minister of Information Pavel Dremin, Minister for "
            "Investment Karel Ostrinov, Labour and Immigration minister Ivan Volkar, and Mira Dolenc, the "
            "minister for social welfare.")
    assert _parties(text) == {"Pavel Dremin", "Karel Ostrinov", "Ivan Volkar", "Mira Dolenc"}


def test_an_office_and_a_country_before_names_and_an_institution() -> None:
    text = ("The Treasury on Monday said it blacklisted Norland Attorney General Ana Mira Dolenc and Nicaraguan "
            "financial institution Kestrel Savings Cooperative RL.")
    assert _parties(text) == {"Ana Mira Dolenc", "Kestrel Savings Cooperative"}


def test_an_employer_and_its_title_before_the_last_name() -> None:
    text = ("Those newly-sanctioned by the UK on Monday include Pavel Dremin, owner of Kestrel Football Club, "
            "worth more than £9 billion; industrialist Karel Ostrinov worth £2 billion, and Orvex CEO Ivan Volkar.")
    assert _parties(text) == {"Pavel Dremin", "Karel Ostrinov", "Ivan Volkar"}
