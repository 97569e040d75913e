"""The act's object told as a group of people or bodies, then the word that opens its
members ("sanctioned several relatives of the mayor, including ...", "a sanctionné
plusieurs membres de l'entourage du maire, notamment ...", "four associates of the mayor – A, B ..."):
every member named after that word is a party, with a title or a relation before its name
and a description after it. A group whose members are not named, or whose dash opens
something else than its members, gives no party."""

from __future__ import annotations

from listwatch.news import extract_article


def _events(text: str, lang: str = "en") -> set[tuple[str, str]]:
    r = extract_article(text, published="2024-05-10", language=lang)
    return {(e["type"], e["entity"]) for e in r["events"]}


def test_members_after_including_each_with_a_relation_or_a_title() -> None:
    text = ("The State Department on Monday also sanctioned several relatives of the mayor, including his "
            "daughter Marta Olsen, his brother Piotr Korvin, and Deputy Minister Andrei Velasco.")
    assert _events(text) == {("designation", n) for n in ("Marta Olsen", "Piotr Korvin", "Andrei Velasco")}


def test_members_after_notamment_in_french() -> None:
    text = ("Londres a sanctionné mardi plusieurs membres de l'entourage du maire, notamment sa fille Marta "
            "Olsen, son frère Piotr Korvin et le vice-ministre Andrei Velasco.")
    assert _events(text, "fr") == {("designation", n) for n in ("Marta Olsen", "Piotr Korvin", "Andrei Velasco")}


def test_members_after_a_dash_split_by_semicolons() -> None:
    # the group's owner shares a member's surname; the first member's name runs on past
    # what the name finder takes
    text = ("In the same action OFAC designated three members of Varga's patronage network – his spouse, Lena "
            "Maria Ostrova Ruiz; his son, Mikel Varga; and the province's budget minister, Oskar Pell – for "
            "backing his schemes.")
    parties = {n for _t, n in _events(text)}
    assert "Mikel Varga" in parties and "Oskar Pell" in parties
    assert any(n.startswith("Lena Maria") for n in parties)


def test_members_after_a_dash_each_with_a_description_in_french() -> None:
    text = ("Washington a levé jeudi les sanctions visant quatre proches de l'ex-maire – Tomas Brandt, "
            "son chef de cabinet, Ilse Moreau, trésorière du parti, Karl Weiss et Edda Lund.")
    assert _events(text, "fr") == {("removal", n) for n in ("Tomas Brandt", "Ilse Moreau", "Karl Weiss", "Edda Lund")}


def test_members_after_a_dash_each_with_a_description() -> None:
    text = ("OFAC has lifted sanctions on four associates of the ousted mayor – Tomas Brandt, his campaign "
            "manager, Ilse Moreau, treasurer of the party, Karl Weiss, head of the city radio and Edda "
            "Lund, who ran his office.")
    assert _events(text) == {("removal", n) for n in ("Tomas Brandt", "Ilse Moreau", "Karl Weiss", "Edda Lund")}


def test_a_group_of_places_gives_no_party() -> None:
    text = ("The Treasury on Monday designated Orvex Trading and several firms in three countries, including "
            "France, Germany and Italy.")
    assert _events(text) == {("designation", "Orvex Trading")}


def test_a_dash_that_opens_a_time_phrase_names_no_member() -> None:
    text = "The Treasury designated four firms on Monday – its first action since Jane Miller took office."
    assert all(n != "Jane Miller" for _t, n in _events(text))


def test_officials_who_announce_are_no_members() -> None:
    text = ("The Treasury sanctioned four firms on Monday. Several officials, including Treasury Secretary "
            "Jane Miller and Commerce Secretary Tom Reed, announced the measures.")
    assert all(n not in ("Jane Miller", "Tom Reed") for _t, n in _events(text))
    text = ("Among the officials who announced the sanctions on Monday were Treasury Secretary Jane Miller and "
            "Commerce Secretary Tom Reed.")
    assert _events(text) == set()


def test_a_named_possessor_before_each_title_split_by_semicolons() -> None:
    # the possessor shares the brother's surname: his place is his own name's
    text = ("The Treasury on Monday designated Varga's wife, Lena Ostrova; his younger brother, Mikel Varga; "
            "and Norland's Minister of Finance Oskar Pell.")
    assert _events(text) == {("designation", n) for n in ("Lena Ostrova", "Mikel Varga", "Oskar Pell")}


def test_a_possessor_alone_is_no_member() -> None:
    text = "OFAC on Monday designated Varga's wife, Lena Ostrova, and his adviser Oskar Pell."
    assert all(n != "Varga" for _t, n in _events(text))
