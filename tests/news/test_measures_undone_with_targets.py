"""A measure undone by a verb of undoing other than "lift", its parties after the cue of
whom it targets, is a removal of each of them (``lang.undoing_acts``: one table per
language, one construction): "removed sanctions on X", "dropped restrictions on A and B",
"is to drop the economic restrictions on A, B and C" (announced), « a retiré ses
sanctions contre X », « a supprimé son gel des avoirs visant X ». A verb of removing
keeps its "from" across a series of parties set apart by semicolons, and a list named
after an office of a named body is still a list. Not a removal: the effect another act
of the sentence had ("issued a licence, effectively lifting ..."), and the one who
recalls the act is no party of it. Sentences of our own."""

from __future__ import annotations

import pytest

from listwatch.news import extract_article


def _events(text: str, lang: str) -> list[tuple[str, str, str]]:
    evs = extract_article(text, published="2024-03-10", language=lang)["events"]
    return sorted((e["type"], e["entity"], e["status"]) for e in evs)


@pytest.mark.parametrize(("text", "lang", "parties"), [
    ("The Treasury on Friday removed sanctions against Norvik Metals and Caspian Ore Holdings.", "en",
     ["Caspian Ore Holdings", "Norvik Metals"]),
    ("Ottawa dropped its restrictions on the former spy chiefs Pavel Marchuk and Dmytro Lesko.", "en",
     ["Dmytro Lesko", "Pavel Marchuk"]),
    ("The agency also said it had withdrawn some sanctions on Blue Heron Maritime Limited and on "
     "Corvex Tanker Management Limited.", "en",
     ["Blue Heron Maritime Limited", "Corvex Tanker Management Limited"]),
    ("London scrapped the remaining asset freezes against Talgar Holdings.", "en", ["Talgar Holdings"]),
    ("Le Trésor a retiré mardi ses sanctions contre la société Norvik Metals.", "fr", ["Norvik Metals"]),
    ("Bruxelles a supprimé ses mesures punitives contre l'armateur Corvex Tanker.", "fr",
     ["Corvex Tanker"]),
    ("Londres abandonne les sanctions qui visaient Talgar Holdings et Caspian Ore.", "fr",
     ["Caspian Ore", "Talgar Holdings"]),
])
def test_a_measure_undone_with_its_targets_is_their_removal(text: str, lang: str, parties: list[str]) -> None:
    got = _events(text, lang)
    for party in parties:
        assert ("removal", party, "effective") in got


def test_an_undoing_the_authority_intends_is_announced() -> None:
    got = _events("The Treasury intends to drop its economic restrictions on Norvik Metals, Talgar Holdings "
                  "Plc and JSC Ostrova.", "en")
    for party in ("Norvik Metals", "Talgar Holdings Plc", "JSC Ostrova"):
        assert ("removal", party, "announced") in got


def test_a_series_set_apart_by_semicolons_keeps_its_from() -> None:
    text = ("The office said it removed Karim Teller, a deputy director of the Northern Freight Company; "
            "Olga Varsk, a treasurer of Delta Metals Ltd; and Ivan Oren, a manager of Sunlane Trading, "
            "from its sanctions list.")
    got = _events(text, "en")
    for party in ("Karim Teller", "Olga Varsk", "Ivan Oren"):
        assert ("removal", party, "effective") in got
    # the bodies the titles are of are no parties
    assert all(p not in ("Northern Freight Company", "Delta Metals Ltd", "Sunlane Trading") for _k, p, _s in got)


def test_a_list_named_after_an_office_of_a_named_body_is_a_list() -> None:
    text = "Rovan Shipping was, late last month, discreetly removed from the Office of Velmarian Trade Controls' blacklist."
    assert ("removal", "Rovan Shipping", "effective") in _events(text, "en")
    # ... and an office is none
    assert _events("The minister Ivan Oren was removed from office on Monday.", "en") == []


@pytest.mark.parametrize(("text", "lang"), [
    # the effect of the licence the sentence tells
    ("The Treasury issued General License 31, effectively lifting long-standing sanctions on Norvik Metals.", "en"),
    # a measure undone on a trade, not on a party
    ("Washington dropped its restrictions on exports of turbines by Norvik Metals.", "en"),
    ("Paris a supprimé ses restrictions contre les exportations de Norvik Metals.", "fr"),
])
def test_no_removal_of_the_named_party(text: str, lang: str) -> None:
    assert not any(k == "removal" and p == "Norvik Metals" for k, p, _s in _events(text, lang))


def test_the_one_who_recalls_the_act_is_no_party() -> None:
    got = _events("Dorin Halvik also recalled that the Council lifted all economic sanctions on Velmar on 3 March.", "en")
    assert all(p != "Dorin Halvik" for _k, p, _s in got)
