"""Which day an act takes when the page's frame or a report stands between it and its day:
the page's own date line and its furniture (headline, byline, caption credit) are no day of
the story and do not count in its opening; a day told in a clause of what came before is no
day of the news; reported speech shifted back tells the act the report is about, whatever its
subject; a weekday told with the verb of saying dates the report, not a week before; a date
between an owner's possessive and the act's noun is that act's; a group counted in the
headline, named once the story dated its act, takes that day; the court's own paper dates the
court's act. Sentences of our own, both languages."""

from __future__ import annotations

import pytest

from listwatch.news import extract_article
from listwatch.news.dates import PartialDate
from listwatch.news.dates_context import news_day
from listwatch.news.sentences import split_sentences


def _dates(text: str, published: str | None, kind: str = "designation") -> list[tuple[str, str | None]]:
    evs = extract_article(text, published=published)["events"]
    return sorted(((e["entity"], e["date"]) for e in evs if e["type"] == kind), key=lambda x: (x[0], x[1] or ""))


# --- the page's date line is no day of the story ---------------------------------------------

@pytest.mark.parametrize(("text", "published", "expected"), [
    # a date line glued to the first sentence: the weekday of the story is the day
    ("date 2024-03-09 OSLO - The Commerce Department will add several trading houses to its "
     "Entity List, the agency said in a rule released on Friday.\n\n"
     "The trading houses to be put on the list are Orvex Trading and Belmar Optics.", "2024-03-09",
     [("Belmar Optics", "2024-03-08"), ("Orvex Trading", "2024-03-08")]),
    ("Date: 2024-03-09 The ministry said on Friday it had decided to put Orvex Trading on "
     "its export blacklist.", "2024-03-09", [("Orvex Trading", "2024-03-08")]),
    ("date 2024-03-09 Le ministère a annoncé vendredi l'inscription de la société Orvex "
     "Trading sur sa liste noire.", "2024-03-09", [("Orvex Trading", "2024-03-08")]),
])
def test_the_page_date_line_is_no_day_of_the_story(text: str, published: str, expected: list) -> None:
    assert _dates(text, published) == expected


def test_the_page_date_line_alone_still_dates_the_day() -> None:
    # near miss: no other day told, the stamp's day stays the day of the news
    text = ("date 2024-03-09 The Commerce Department has added Orvex Trading to its Entity List.\n\n"
            "The department also added Belmar Optics to the list.")
    assert _dates(text, "2024-03-09") == [("Belmar Optics", "2024-03-09"), ("Orvex Trading", "2024-03-09")]


# --- the page's furniture does not count in the opening --------------------------------------

_FURNITURE = ("Ministry Adds Two Firms to Export Blacklist\n\nJane Roe\nBy Jane Roe\n"
              "March 9, 2024 World News\nMinistry Adds Two Firms to Export Blacklist\n"
              "A ministry building in the capital, on May 2, 2019.\n(Photo: Agency/Jane Roe)\n\n")


@pytest.mark.parametrize(("body", "expected"), [
    ("The government has put two trading houses on an export blacklist.\n\nThe ministry "
     "added the houses to its list on Thursday after officials could not check their "
     "customers.\n\nThe houses added are:\n\n  1. Orvex Trading\n  2. Belmar Optics\n",
     [("Belmar Optics", "2024-03-07"), ("Orvex Trading", "2024-03-07")]),
    ("Le gouvernement a placé deux maisons de négoce sur sa liste noire.\n\nLe ministère a "
     "inscrit jeudi les sociétés Orvex Trading et Belmar Optics sur sa liste.\n",
     [("Belmar Optics", "2024-03-07"), ("Orvex Trading", "2024-03-07")]),
])
def test_the_opening_is_counted_in_sentences_of_prose(body: str, expected: list) -> None:
    assert _dates(_FURNITURE + body, "2024-03-09") == expected


def test_a_date_line_of_its_own_is_no_day_of_the_news() -> None:
    text = ("12 March 2024\n\nTreasury Licenses Dealings With Two Refiners\n\nOn March 5, 2024, "
            "the Treasury issued a general licence for dealings with Orvex Trading.\n\n"
            "The general licence covers all dealings with Belmar Optics as well.")
    assert _dates(text, "2024-03-12", "license") == [("Belmar Optics", "2024-03-05"), ("Orvex Trading", "2024-03-05")]


# --- a day told in a clause of what came before ----------------------------------------------

@pytest.mark.parametrize(("text", "lang"), [
    ("Orvex Trading gets another reprieve. After its licence lapsed on 19 August 2024, the "
     "ministry granted it a new licence.", "en"),
    ("Orvex Trading obtient un nouveau répit. Après que sa licence a expiré le 19 août 2024, "
     "le ministère lui a accordé une nouvelle licence.", "fr"),
])
def test_a_day_before_the_news_is_no_day_of_the_news(text: str, lang: str) -> None:
    assert news_day(split_sentences(text, lang), lang, PartialDate.parse("2024-08")) is None


def test_a_day_of_the_news_told_in_the_main_clause_stays() -> None:
    # near miss: the day told outside the clause of what came before is the news day
    text = "After talks with the firm, the ministry granted Orvex Trading a new licence on 19 August 2024."
    found = news_day(split_sentences(text, "en"), "en", PartialDate.parse("2024-08"))
    assert found is not None and found[0] == PartialDate(2024, 8, 19)


# --- reported speech shifted back ----------------------------------------------------------

@pytest.mark.parametrize(("text", "published", "expected"), [
    ("The Treasury on Friday lifted the sanctions on Orvex Trading. The office said the "
     "firm's former head, Belmar Kade, had also been taken off the list.", "2024-03-09",
     [("Belmar Kade", "2024-03-08"), ("Orvex Trading", "2024-03-08")]),
    ("Le Trésor a levé vendredi les sanctions visant Orvex Trading. Le bureau a précisé que "
     "l'ancien dirigeant de la société, Belmar Kade, avait lui aussi été radié de la liste.",
     "2024-03-09", [("Belmar Kade", "2024-03-08"), ("Orvex Trading", "2024-03-08")]),
    # near miss: an act told before, "previously", stays background
    ("The Treasury on Friday lifted the sanctions on Orvex Trading. The office said it had "
     "previously taken Belmar Kade off the list.", "2024-03-09",
     [("Belmar Kade", None), ("Orvex Trading", "2024-03-08")]),
])
def test_reported_speech_shifted_back_tells_the_reported_act(text: str, published: str, expected: list) -> None:
    assert _dates(text, published, "removal") == expected


@pytest.mark.parametrize("text", [
    "The Treasury has lifted sanctions on a trading house, weeks after talks began. The Treasury "
    "told reporters on Friday that it had struck Orvex Trading off its list.",
    "Le Trésor a levé les sanctions visant une maison de négoce, quelques semaines après le début "
    "des pourparlers. Le Trésor a confirmé vendredi qu'il avait retiré Orvex Trading de sa liste.",
])
def test_a_weekday_of_the_report_is_not_moved_a_week_back(text: str) -> None:
    assert _dates(text, "2024-03-08", "removal") == [("Orvex Trading", "2024-03-08")]


# --- a date between an owner's possessive and the act's noun ---------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("On Nov. 26, 2024, the appeals court struck down the Treasury's Sept. 3, 2021, "
     "designation of Orvex Trading.", "2024-11-26"),
    ("On Nov. 26, 2024, the appeals court struck down OFAC's 8 August 2022 listing of Orvex "
     "Trading.", "2024-11-26"),
    # near miss: a date after the verb with no possessive stays the verb's
    ("The appeals court struck down on Nov. 26, 2024 the designation of Orvex Trading.", "2024-11-26"),
])
def test_a_possessed_act_keeps_its_date(text: str, expected: str) -> None:
    assert _dates(text, "2024-12-20", "vacatur") == [("Orvex Trading", expected)]


# --- a group counted in the headline, named after the story dated its act -------------------

def test_a_headline_group_named_later_takes_the_story_day() -> None:
    text = ("Ministry announces sanctions against four shipping tycoons\n\nOn 10 March 2024, the "
            "foreign minister announced sanctions against four shipping tycoons, including tanker "
            "owner Belmar Kade.\n\nThose subject to the sanctions are:\n- Belmar Kade - owner of a "
            "tanker fleet\n- Orvo Lund - chairman of a port operator\n- Tarik Vell - head of a "
            "freight bank\n- Anselm Roar - head of a ship registry\n")
    assert _dates(text, "2024-03-10") == [("Anselm Roar", "2024-03-10"), ("Belmar Kade", "2024-03-10"),
                                          ("Orvo Lund", "2024-03-10"), ("Tarik Vell", "2024-03-10")]


# --- the court's own paper and an offset told beside the act's own day -----------------------

@pytest.mark.parametrize("text", [
    "The General Court has annulled the sanctions against Belmar Kade, in a ruling issued on Wednesday.",
    "The General Court annulled the sanctions against Belmar Kade, in a ruling published Wednesday.",
    "Le Tribunal a annulé les sanctions visant Belmar Kade, dans un arrêt publié mercredi.",
])
def test_the_court_paper_dates_the_court_act(text: str) -> None:
    assert _dates(text, "2024-06-14", "vacatur") == [("Belmar Kade", "2024-06-12")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Orvex Trading sued the ministry on Monday, three years after it was put on the list "
     "in May 2021.", [("legal_challenge", "2024-06-10"), ("designation", "2021-05")]),
    ("Orvex Trading a saisi lundi le tribunal, trois ans après son inscription sur la liste "
     "en mai 2021.", [("legal_challenge", "2024-06-10"), ("designation", "2021-05")]),
    # near miss: with one date only, the offset still counts
    ("Orvex Trading sued the ministry two months after it was put on the list in August 2023.",
     [("legal_challenge", "2023-10"), ("designation", "2023-08")]),
])
def test_an_offset_beside_two_own_dates_counts_nothing(text: str, expected: list) -> None:
    evs = extract_article(text, published="2024-06-14")["events"]
    assert sorted(((e["type"], e["date"]) for e in evs), reverse=True) == sorted(expected, reverse=True)


# --- the round told again by its noun with its day --------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Last month, the president announced new sanctions against the oil firms Orvex Petroleum "
     "and Belmar Energy. The measures, announced on 22 October, follow months of stalled talks.",
     "2025-10-22"),
    ("Le président a annoncé le mois dernier de nouvelles sanctions contre les pétroliers Orvex "
     "Petroleum et Belmar Energy. Ces sanctions, décidées le 22 octobre, font suite à des mois de "
     "blocage.", "2025-10-22"),
    ("Last month the ministry imposed sanctions on the oil firms Orvex Petroleum and Belmar Energy. "
     "These sanctions, imposed on 22 October, were the first of their kind.", "2025-10-22"),
])
def test_the_round_told_again_with_its_day_refines_its_month(text: str, expected: str) -> None:
    assert _dates(text, "2025-11-15") == [("Belmar Energy", expected), ("Orvex Petroleum", expected)]


def test_a_day_outside_the_month_told_refines_nothing() -> None:
    text = "In 2019, the ministry put Orvex Petroleum on its list. The sanctions, imposed on 22 October, were the first."
    assert _dates(text, "2025-11-15") == [("Orvex Petroleum", "2019")]


@pytest.mark.parametrize("text", [
    "In May, the Treasury designated Velmor Shipping Ltd and Korlan Trading Co for moving oil. "
    "The designation, made on 12 May 2023, froze their assets.",
    "En mai, le Trésor a désigné Velmor Shipping Ltd et Korlan Trading Co pour avoir transporté du "
    "pétrole. Cette désignation, faite le 12 mai 2023, a gelé leurs avoirs.",
])
def test_the_act_told_again_by_its_noun_dates_each_of_its_parties(text: str) -> None:
    # (one act, two parties: the day refines both, not only the last named)
    assert _dates(text, "2023-06-02") == [("Korlan Trading Co", "2023-05-12"), ("Velmor Shipping Ltd", "2023-05-12")]
