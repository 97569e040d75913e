"""A series told over several sentences: the parties of a counted group's act named a few
sentences on with their past listing ("delisted four allies of X ... A, B, C and D were
sanctioned in January"), "all of them" / "tous" pointing back to the parties just named,
the act told again in the passive without its list ("X and Y, both in Norland, were
added"), and a day set off by commas between the verb and its object ("a annoncé,
jeudi, des sanctions visant X"). A count that does not match the names, and a
description's names, give no party."""

from __future__ import annotations

from listwatch.news import extract_article

FOUR = ("Tomas Brandt", "Ilse Moreau", "Karl Weiss", "Edda Lund")


def _events(text: str, lang: str = "en", published: str = "2025-10-17") -> set[tuple[str, str, str | None]]:
    r = extract_article(text, published=published, language=lang)
    return {(e["type"], e["entity"], e["date"]) for e in r["events"]}


def test_a_counted_group_removed_then_named_a_few_sentences_on() -> None:
    text = ("On Friday Washington delisted four allies of the ousted mayor Olaf Brenner, who welcomed the "
            "decision. The mayor has been under British sanctions since 2022. Tomas Brandt, Ilse Moreau, Karl "
            "Weiss and Edda Lund were sanctioned in January over a rally the courts had banned.")
    got = _events(text)
    assert {("removal", n, "2025-10-17") for n in FOUR} <= got
    assert {("designation", n, "2025-01") for n in FOUR} <= got
    assert not any(t == "removal" and n == "Olaf Brenner" for t, n, _d in got)


def test_a_count_the_names_do_not_match_gives_them_no_removal() -> None:
    text = ("On Friday Washington delisted four allies of the ousted mayor, who welcomed the decision. The "
            "mayor has been under British sanctions since 2022. Tomas Brandt, Ilse Moreau and Karl Weiss were "
            "sanctioned in January over a rally the courts had banned.")
    assert not any(t == "removal" for t, _n, _d in _events(text))


def test_all_of_them_points_back_to_the_parties_just_named() -> None:
    text = ("Washington lifted sanctions on Friday on four associates of the mayor: Tomas Brandt, Ilse "
            "Moreau, Karl Weiss, head of Norland Radio, and Edda Lund. All of them were sanctioned in "
            "January over a rally the courts had banned.")
    got = _events(text)
    assert {("designation", n, "2025-01") for n in FOUR} <= got
    assert not any(t == "designation" and n == "Norland Radio" for t, n, _d in got)


def test_tous_points_back_to_the_parties_just_named() -> None:
    text = ("Vendredi, le Trésor a levé les sanctions visant Tomas Brandt et Ilse Moreau. Tous avaient été "
            "sanctionnés en janvier pour avoir organisé un défilé interdit.")
    got = _events(text, "fr")
    assert {("designation", n, "2025-01") for n in FOUR[:2]} <= got
    assert all(n != "Tous" for _t, n, _d in got)


def test_the_passive_added_without_its_list_in_french() -> None:
    text = ("Washington a inscrit mardi six sociétés sur sa liste noire. Orvex Trading et Delmar Limited, "
            "établies à Shanghai, ainsi que Ostrel Aviation Limited, basée à Londres, ont été ajoutées pour "
            "avoir formé des pilotes militaires.")
    got = {n for t, n, _d in _events(text, "fr") if t == "designation"}
    assert {"Orvex Trading", "Delmar Limited", "Ostrel Aviation Limited"} <= got


def test_added_to_a_portfolio_is_no_listing() -> None:
    text = "Orvex Trading et Delmar Limited ont été ajoutées au portefeuille du fonds mardi."
    assert _events(text, "fr") == set()


def test_a_day_set_off_by_commas_after_the_verb() -> None:
    text = ("Le gouvernement norlandais a annoncé, jeudi, des sanctions visant le ministre Karl Weiss, ainsi "
            "que son frère et son conseiller Tomas Brandt.")
    assert {("designation", "Karl Weiss", "2025-10-16"), ("designation", "Tomas Brandt", "2025-10-16")} <= _events(
        text, "fr")
