"""Event extraction: rules on single sentences, and floors on the written gold set."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from listwatch.news import extract_article

from .written import scored as _scored

ARTICLES = Path(__file__).parent / "articles"


def events(text: str, published: str = "2021-05-12") -> list[dict[str, Any]]:
    return extract_article(text, published=published)["events"]


def kinds(text: str, published: str = "2021-05-12") -> set[tuple[str, str]]:
    return {(e["type"], e["entity"]) for e in events(text, published)}


@pytest.mark.parametrize(
    "text",
    [
        "The Pentagon did not designate the drone maker DJI as a Chinese military company.",
        "Chinese smartphone maker Xiaomi could be re-added to the list later this year.",
        "If the chipmaker SMIC were added to the Entity List, its suppliers would suffer.",
        "Lawmakers threatened to blacklist the video app company ByteDance.",
        "Le groupe chinois Xiaomi pourrait être réinscrit sur la liste noire du Pentagone.",
        "Le constructeur aéronautique Comac n'a pas été ajouté à la liste.",
        "Le Trésor n'a pas sanctionné la compagnie pétrolière Lukoil.",
        "The court did not grant an injunction to the mapping company Luokung Technology Corp.",
        "Analysts asked whether the Pentagon would remove the phone maker Xiaomi from the list?",
        "Mnuchin said the sanctions on oil company PDVSA could be lifted if control were transferred.",
        "La décision ne retire pas le groupe Luokung Technology de la liste noire.",
    ],
)
def test_negation_and_hypothetical_give_no_event(text: str) -> None:
    assert events(text) == []


def test_a_court_declining_relief_is_a_ruling_not_relief() -> None:
    # negated relief: no vacatur, no removal; the court decided for the listing
    text = ("The judge declined to vacate the designation of drone maker DJI or to order the "
            "department to take the company off the list.")
    assert kinds(text) == {("ruling", "DJI")}


def test_announced_removal() -> None:
    evs = events(
        "The Pentagon and the smartphone maker Xiaomi agreed that a removal from the list "
        "would be appropriate."
    )
    assert [(e["type"], e["status"]) for e in evs] == [("removal", "announced")]
    fr = events("Le Pentagone prévoit de retirer le groupe chinois Xiaomi de sa liste noire.")
    assert [(e["type"], e["status"]) for e in fr] == [("removal", "announced")]


def test_one_event_per_company_and_fields() -> None:
    text = (
        "The Treasury on Friday imposed sanctions on aluminium giant United Company Rusal "
        "and carmaker GAZ Group, adding them to the Specially Designated Nationals list."
    )
    evs = events(text, "2018-04-09")
    assert {(e["type"], e["entity"]) for e in evs} == {
        ("designation", "United Company Rusal"), ("designation", "GAZ Group")}
    for e in evs:
        assert e["authority"] == "US Treasury (OFAC)"
        assert e["list"] == "SDN"
        assert (e["date"], e["date_precision"]) == ("2018-04-06", "day")
        assert e["evidence"] == text and 0 < e["confidence"] <= 1


def test_pronoun_goes_to_the_company_of_the_previous_sentence() -> None:
    text = (
        "Chinese smartphone maker Xiaomi Corp was designated in January. "
        "The company sued the Defense Department on January 29."
    )
    assert ("legal_challenge", "Xiaomi Corp") in kinds(text)


def test_court_authority_and_no_date_when_none_reported() -> None:
    evs = events(
        "Judge Rudolph Contreras of the U.S. District Court for the District of Columbia "
        "granted a preliminary injunction to smartphone maker Xiaomi."
    )
    assert len(evs) == 1
    e = evs[0]
    assert e["type"] == "injunction"
    assert e["authority"] == "US District Court for the District of Columbia"
    assert e["date"] is None and e["date_precision"] is None


def test_output_shape() -> None:
    res = extract_article(
        "Le Pentagone a retiré le groupe chinois Xiaomi de sa liste noire en mai.",
        published="2021-05",
    )
    assert set(res) >= {"language", "published", "mentions", "events"}
    assert res["language"] == "fr" and res["published"] == "2021-05"
    ev = res["events"][0]
    assert set(ev) >= {"type", "entity", "authority", "list", "date", "date_precision",
                       "evidence", "confidence", "status"}
    assert (ev["type"], ev["date"], ev["date_precision"]) == ("removal", "2021-05", "month")
    assert ev["authority"] == "US Department of Defense" and ev["list"] == "CCMC"


def test_gold_set_floors() -> None:
    """Floors a little under what the rules reach today (see docs/news.md)."""
    t = _scored(ARTICLES)
    assert len(list(ARTICLES.glob("*.txt"))) >= 12
    assert t["all"].precision >= 0.9 and t["all"].recall >= 0.8
    for kind in ("designation", "removal", "legal_challenge", "injunction", "vacatur",
                 "amendment", "license", "deadline"):
        assert t[kind].tp > 0, kind
        assert t[kind].precision >= 0.75, (kind, t[kind].errors)
        assert t[kind].recall >= 0.5, (kind, t[kind].errors)
    assert t["all"].date_ok / t["all"].tp >= 0.85


def test_heldout_floor() -> None:
    """Articles never used to tune the rules: a lower, honest floor."""
    t = _scored(ARTICLES / "heldout")
    assert t["all"].precision >= 0.6 and t["all"].recall >= 0.4


def test_blind_floor() -> None:
    """Articles written after the rules were frozen, never tuned on."""
    t = _scored(ARTICLES / "blind")
    assert t["all"].precision >= 0.7 and t["all"].recall >= 0.5


def _one(text: str, published: str = "2021-05-27") -> set[tuple[str, str, str | None, str]]:
    return {(e["type"], e["entity"], e["date"], e["status"]) for e in events(text, published)}


CASES = [
    # passive and nominal removals
    (
        ("Pour Huawei, la situation rappelle celle du groupe ZTE, dont l'interdiction a été "
        "levée en juillet 2018."),
        "2019-05-21", ("removal", "ZTE", "2018-07", "effective"),
    ),
    (
        ("Commerce barred U.S. suppliers from selling to ZTE Corp in April 2018. The ban on the "
        "telecom equipment maker ZTE Corp was lifted in July of that year."),
        "2019-05-16", ("removal", "ZTE Corp", "2018-07", "effective"),
    ),
    (
        ("The Defense Department will take smartphone maker Xiaomi Corp off its list of Chinese "
        "military companies."),
        "2021-05-12", ("removal", "Xiaomi Corp", None, "announced"),
    ),
    (
        ("Le Trésor a annoncé la levée des sanctions contre le groupe Rusal dimanche."),
        "2019-01-28", ("removal", "Rusal", "2019-01-27", "effective"),
    ),
    # a deadline told in the past perfect has passed
    (
        ("Treasury had issued a general license allowing U.S. persons to wind down dealings with "
         "tanker operator Dalian Ocean Shipping Co until Dec. 20."),
        "2020-02-01", ("deadline", "Dalian Ocean Shipping Co", "2019-12-20", "effective"),
    ),
    # companies listed in passing
    (
        ("Parmi les autres sociétés visées figurent le spécialiste de la cartographie Luokung "
         "Technology et le fabricant AMEC."),
        "2021-01-15", ("designation", "Luokung Technology", None, "effective"),
    ),
    # court-order language
    (
        ("Judge Rudolph Contreras on Wednesday granted the mapping company Luokung Technology "
        "Corp's motion for a preliminary injunction."),
        "2021-05-06", ("injunction", "Luokung Technology Corp", "2021-05-05", "effective"),
    ),
    (
        ("Le juge a interdit au gouvernement d'appliquer la mesure visant le groupe Luokung "
        "Technology."),
        "2021-05-06", ("injunction", "Luokung Technology", None, "effective"),
    ),
    # a court win named by reference to an earlier one
    (
        ("A judge blocked the ban on mapping company Luokung Technology Corp, handing it a "
        "similar victory to the one smartphone maker Xiaomi Corp won in March."),
        "2021-05-06", ("injunction", "Xiaomi Corp", "2021-03", "effective"),
    ),
]


@pytest.mark.parametrize("case", range(len(CASES)))
def test_phrasing_variants(case: int) -> None:
    text, published, expected = CASES[case]
    assert expected in _one(text, published)


def test_same_day_takes_the_date_of_the_last_event_of_its_kind() -> None:
    text = (
        "Mapping company Luokung Technology Corp was added to the Pentagon's list on Jan. 14. "
        "Smartphone maker Xiaomi Corp, which was designated the same day, sued two weeks later."
    )
    assert ("designation", "Xiaomi Corp", "2021-01-14", "effective") in _one(text, "2021-05-06")


def test_negated_and_datelined() -> None:
    assert not any(e["type"] == "removal" for e in events(
        "La décision ne retire pas le groupe Luokung Technology de la liste noire.", "2021-05-06"))
    evs = events("BEIJING, March 14 (Reuters) - Smartphone maker Xiaomi Corp said it had won a "
                 "preliminary injunction against the Pentagon.", "2021-03-14")
    assert [(e["type"], e["date"]) for e in evs] == [("injunction", None)]  # not the dateline's day


def test_relative_clause_owns_its_event() -> None:
    got = _one("Pour Huawei, la situation rappelle celle de ZTE, dont l'interdiction a été levée en "
               "juillet 2018.", "2019-05-21")
    assert {(t, e) for t, e, _d, _s in got} == {("removal", "ZTE")}


def test_blind2_floor() -> None:
    """Wire-style articles (2-6 KB): scored at P 0.93 / R 0.72 before the rules were changed
    for them, then tuned on (docs/news.md)."""
    t = _scored(ARTICLES / "blind2")
    assert t["all"].precision >= 0.9 and t["all"].recall >= 0.85


def test_blind3_floor() -> None:
    """Written after the blind2 changes; first scored untouched at P 0.79 / R 0.68."""
    t = _scored(ARTICLES / "blind3")
    assert t["all"].precision >= 0.7 and t["all"].recall >= 0.6


def test_blind4_kinds() -> None:
    """Short articles of the kinds the real ones showed (first scored untouched at P 0.73 /
    R 0.82): every article's own kind holds, not just the set's average."""
    folder = ARTICLES / "blind4"
    t = _scored(folder)
    assert t["all"].precision >= 0.9 and t["all"].recall >= 0.9
    got: dict[str, set[tuple[str, str]]] = {}
    for txt in sorted(folder.glob("*.txt")):
        gold = json.loads(txt.with_suffix(".json").read_text(encoding="utf-8"))
        res = extract_article(txt.read_text(encoding="utf-8"), published=gold["published"])
        got[txt.stem[:3]] = {(e["type"], e["entity"]) for e in res["events"]}
    # hypotheticals, a market delisting and a negated listing: no event at all
    assert got["e06"] == got["e07"] == got["e08"] == set()
    assert not any(typ == "removal" for typ, _n in got["e05"])
    # a court upholding a listing is a ruling, never a vacatur
    for key in ("e03", "e04"):
        assert any(typ == "ruling" for typ, _n in got[key]) and not any(typ == "vacatur" for typ, _n in got[key])
    # named designees: one event each, people included
    assert {n for typ, n in got["e02"] if typ == "designation"} >= {
        "Tarkov Machine Works", "Belgrave Maritime", "Novatek Instrument Plant", "Irbis Composites",
        "Arkady Veselov", "Olga Rudenko"}
    # a party that "remains on the list" has no new listing
    assert not any("Castor" in n for _typ, n in got["e11"])


def test_blind5_floor() -> None:
    """Ten short articles of the real kinds (named designees after a colon, a court
    upholding a listing, a stock delisting, hypotheticals, releases, passive removals)."""
    t = _scored(ARTICLES / "blind5")
    assert len(list((ARTICLES / "blind5").glob("*.txt"))) == 10
    assert t["all"].precision >= 0.75 and t["all"].recall >= 0.8
    assert t["ruling"].tp >= 2 and t["removal"].precision >= 0.75
