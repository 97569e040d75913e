"""A series whose group is told by the act's own participle ("the sanctioned ranches include
A, B and C", "the delisted ranches include"), a few sentences after the act, whether the
act named a party or only counted them: each item gets that act. A past round recalled,
a plan, things or places the act names, and the official who speaks give no party of it."""

from __future__ import annotations

from listwatch.news import extract_article

RANCHES = ("Morvale Farm", "Tessik Ridge", "Ulmar Springs")
AFTER = ("Ranchers in the valley have long been accused of driving herders off common land. A local "
         "mayor welcomed the step on the radio. ")


def _events(text: str, lang: str = "en", published: str = "2024-03-08") -> set[tuple[str, str, str | None]]:
    r = extract_article(text, published=published, language=lang)
    return {(e["type"], e["entity"], e["date"]) for e in r["events"]}


def test_a_counted_act_then_its_participle_group_names_them() -> None:
    text = ("The Treasury imposed sanctions on Tuesday on three ranches in the hills of Zembla. " + AFTER +
            "In a briefing, Treasury Secretary Alan Brisk said the sanctioned ranches are Morvale Farm, Tessik "
            "Ridge, and Ulmar Springs.")
    got = _events(text)
    assert {("designation", n, "2024-03-05") for n in RANCHES} <= got
    assert not any(n == "Alan Brisk" for _t, n, _d in got)


def test_a_named_act_then_its_participle_group_three_sentences_on() -> None:
    text = ("The Treasury imposed sanctions on Tuesday on the charity Velmor Trust and on three ranches. " + AFTER +
            "The sanctioned ranches include Morvale Farm, Tessik Ridge, and Ulmar Springs.")
    got = {n for t, n, _d in _events(text) if t == "designation"}
    assert {"Velmor Trust", *RANCHES} <= got


def test_a_removal_participle_names_the_removal() -> None:
    text = ("The Treasury lifted sanctions on Tuesday on three ranches in Zembla. " + AFTER +
            "The delisted ranches include Morvale Farm and Tessik Ridge.")
    got = _events(text)
    assert {("removal", n, "2024-03-05") for n in RANCHES[:2]} <= got
    assert not any(t == "designation" for t, _n, _d in got)


def test_a_past_round_recalled_is_not_the_act_told_before() -> None:
    text = ("The Treasury imposed sanctions on Tuesday on three ranches in Zembla. " + AFTER +
            "The ranches sanctioned in 2021 include Morvale Farm and Tessik Ridge.")
    got = _events(text)
    assert not any(n in RANCHES and d == "2024-03-05" for _t, n, d in got)


def test_a_plan_names_no_party() -> None:
    text = ("The Treasury imposed sanctions on Tuesday on the charity Velmor Trust. " + AFTER +
            "Senators said the ranches that could be sanctioned next include Morvale Farm and Tessik Ridge.")
    got = {n for _t, n, _d in _events(text)}
    assert not got & set(RANCHES)


def test_things_and_places_the_act_names_are_no_parties() -> None:
    for group, items in (("countries", "Norland, Zembla and Ostrava"),
                         ("products", "Arkon Drones and Velta Engines")):
        text = ("The Treasury imposed sanctions on Tuesday on the charity Velmor Trust. " + AFTER +
                f"The sanctioned {group} include {items}.")
        got = {n for _t, n, _d in _events(text)}
        assert got == {"Velmor Trust"}, group


def test_the_french_group_told_by_its_participle() -> None:
    text = ("Le Trésor a sanctionné mardi trois fermes de Zembla. Les éleveurs de la vallée sont accusés de "
            "chasser les bergers des terres communes. Un maire s'en est félicité à la radio. Les fermes "
            "sanctionnées comprennent Morvale Farm, Tessik Ridge et Ulmar Springs.")
    got = {n for t, n, _d in _events(text, "fr") if t == "designation"}
    assert set(RANCHES) <= got
