"""Dates a page itself gives, on short articles written for the test: "today" inside a
quoted statement, parts of today, a dateline with any agency's tag, and a pasted page's
own publication line; with near misses that must keep their date or stay undated."""

from __future__ import annotations

import pytest

from listwatch.news import extract_article


def dated(text: str, published: str | None, typ: str, word: str) -> list[str | None]:
    evs = extract_article(text, published=published)["events"]
    return [e["date"] for e in evs if e["type"] == typ and word.lower() in e["entity"].lower()]


# --- "today" inside a quoted statement is the statement's day ---------------------------

@pytest.mark.parametrize(
    ("text", "published", "word", "date"),
    [
        # a page dated Saturday quoting Friday's release
        ("The Treasury announced new measures against graft in the region, it said in a "
         "release on Friday.\n\n\"Today, the Treasury sanctioned Valmora Petrol Company for its "
         "role in graft,\" the release said.", "2020-11-07", "Valmora", "2020-11-06"),
        # the same in French, a page dated Thursday quoting Wednesday's statement
        ("Le Trésor a annoncé de nouvelles mesures contre le secteur pétrolier, a déclaré "
         "mercredi le département.\n« Aujourd'hui, le Trésor sanctionne la société Valmora "
         "Petrol », a indiqué le communiqué.", "2025-10-23", "Valmora", "2025-10-22"),
    ],
)
def test_today_in_a_quote_is_the_statement_day(text: str, published: str, word: str, date: str) -> None:
    assert dated(text, published, "designation", word) == [date]


@pytest.mark.parametrize(
    ("text", "published", "word", "date"),
    [
        # near miss: no day of the news before publication, the quote's today is the page's
        ("\"Today, the Treasury sanctioned Valmora Petrol Company for its role in graft,\" the "
         "release said.", "2020-11-07", "Valmora", "2020-11-07"),
        # near miss: "today" outside the quote keeps the page's day, whatever the opening says
        ("The company said on Wednesday it would fight any listing in court. Today the Treasury "
         "sanctioned Valmora Petrol Company.", "2020-11-07", "Valmora", "2020-11-07"),
        # near miss: the quoted statement is of the day of publication
        ("Le Trésor a annoncé jeudi de nouvelles mesures.\n« Aujourd'hui, le Trésor sanctionne "
         "la société Valmora Petrol », a indiqué le communiqué.", "2025-10-23", "Valmora", "2025-10-23"),
    ],
)
def test_today_in_a_quote_without_an_earlier_news_day_stays(text: str, published: str, word: str, date: str) -> None:
    assert dated(text, published, "designation", word) == [date]


# --- a part of today ----------------------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "published", "typ", "date"),
    [
        ("Le Conseil a radié cet après-midi la société Valmora Petrol de sa liste.", "2025-11-06",
         "removal", "2025-11-06"),
        ("Le Trésor a sanctionné ce matin la société Valmora Petrol.", "2025-11-06", "designation",
         "2025-11-06"),
        ("The Council removed Valmora Petrol Company from its list this afternoon.", "2025-11-06",
         "removal", "2025-11-06"),
        # near miss: no publication date, no day
        ("Le Conseil a radié cet après-midi la société Valmora Petrol de sa liste.", None, "removal", None),
    ],
)
def test_a_part_of_today_is_the_publication_day(text: str, published: str | None, typ: str, date: str | None) -> None:
    assert dated(text, published, typ, "Valmora") == [date]


# --- a dateline with any agency's tag -------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "date"),
    [
        # the dateline's day is the filing's; the day the ministry spoke is the act's
        ("Madrid [Spain], March 11 (ANI/Sputnik): Spain has sanctioned the businessman Dorian "
         "Kessel over graft, the ministry said in a statement on Thursday.", "2022-03-10"),
        ("Oslo, 11 March 2022 (NTB): Norway has sanctioned the businessman Dorian Kessel over "
         "graft, the ministry said in a statement on Thursday.", "2022-03-10"),
    ],
)
def test_a_tagged_dateline_dates_no_event(text: str, date: str) -> None:
    assert dated(text, "2022-03-11", "designation", "Kessel") == [date]


def test_a_sentence_opening_with_a_place_and_date_is_no_dateline() -> None:
    # near miss: no agency's tag, the date is the act's
    text = "In Madrid, on March 9, Spain sanctioned the businessman Dorian Kessel over graft."
    assert dated(text, "2022-03-11", "designation", "Kessel") == ["2022-03-09"]


# --- a pasted page's own publication line ---------------------------------------------------

@pytest.mark.parametrize(
    ("text", "typ", "published", "date"),
    [
        ("Publié le 5 mai 2021 à 10h32\nLe Pentagone a retiré hier la société Valmora Petrol de "
         "sa liste noire.", "removal", "2021-05-05", "2021-05-04"),
        ("Published on May 5, 2021\nThe Pentagon removed Valmora Petrol Company from its "
         "blacklist yesterday.", "removal", "2021-05-05", "2021-05-04"),
        ("By Jane Roe | Posted March 3, 2024\nThe Treasury on Friday sanctioned the Valmora "
         "Trading Company.", "designation", "2024-03-03", "2024-03-01"),
        ("Date de publication : 05/05/2021\nLe Pentagone a retiré hier la société Valmora Petrol "
         "de sa liste noire.", "removal", "2021-05-05", "2021-05-04"),
    ],
)
def test_a_pasted_page_takes_its_own_publication_line(text: str, typ: str, published: str, date: str) -> None:
    res = extract_article(text)
    assert res["published"] == published
    assert [e["date"] for e in res["events"] if e["type"] == typ] == [date]


@pytest.mark.parametrize(
    "text",
    [
        # near miss: an update is not the publication
        "Mis à jour le 7 mai 2021\nLe Pentagone a retiré hier la société Valmora Petrol de sa liste noire.",
        "Updated May 7, 2021\nThe Pentagon removed Valmora Petrol Company from its blacklist yesterday.",
        # near miss: a sentence telling something published
        "The notice was published on May 5, 2021 in the register after a long review of the "
        "file.\nThe Pentagon removed Valmora Petrol Company from its blacklist yesterday.",
    ],
)
def test_no_publication_line_leaves_relative_dates_undated(text: str) -> None:
    res = extract_article(text)
    assert res["published"] is None
    assert [e["date"] for e in res["events"] if e["type"] == "removal"] == [None]


def test_a_given_date_is_the_one_reported() -> None:
    # the given date is the article's; the page's printed line, a few days before it, still
    # dates what the page tells relative to itself (as a notice's printed date does)
    text = "Publié le 5 mai 2021\nLe Pentagone a retiré hier la société Valmora Petrol de sa liste noire."
    res = extract_article(text, published="2021-05-12")
    assert res["published"] == "2021-05-12"
    assert [e["date"] for e in res["events"] if e["type"] == "removal"] == ["2021-05-04"]


# --- a span counted from a dated event: the date is the reference's -------------------------

@pytest.mark.parametrize(
    ("text", "published", "date"),
    [
        # the weekday is unresolved on a page dated by its month: no date, not the reference's
        ("Le Conseil a ajouté mardi Karim Belhadj à sa liste de terroristes trois mois après le "
         "soulèvement du groupe le 7 octobre.", "2024-01", None),
        ("Le Conseil a ajouté mardi Karim Belhadj à sa liste de terroristes trois mois après le "
         "soulèvement du groupe le 7 octobre.", "2024-01-12", "2024-01-09"),
        ("The Treasury sanctioned Karim Belhadj two years after the coup on 1 February 2021.",
         "2023-02-10", None),
        # near miss: the date told as an incidental after the span is the act's
        ("Two weeks after the vote, on 3 March 2022, the Council added Karim Belhadj to its list.",
         "2022-04-10", "2022-03-03"),
    ],
)
def test_a_date_counted_from_is_no_date_of_the_act(text: str, published: str, date: str | None) -> None:
    assert dated(text, published, "designation", "Belhadj") == [date]


# --- a titled person as the subject of a listing act in the passive -------------------------

@pytest.mark.parametrize(
    ("text", "typ"),
    [
        ("Le ministre syrien de l'Intérieur, Karim Belhadj, a également été retiré de cette liste.", "removal"),
        ("The Interior Minister, Karim Belhadj, was also removed from the list.", "removal"),
        ("Le ministre de l'Intérieur, Karim Belhadj, est sanctionné par le Trésor.", "designation"),
    ],
)
def test_a_titled_subject_of_a_passive_act_is_its_party(text: str, typ: str) -> None:
    evs = extract_article(text, published="2024-01-20")["events"]
    assert [(e["type"], e["entity"]) for e in evs] == [(typ, "Karim Belhadj")]


@pytest.mark.parametrize(
    "text",
    [
        # near misses: the titled person speaks of another's act, actively
        "The Interior Minister, Karim Belhadj, added that Orvane Trading Co was removed from the list.",
        "Le ministre de l'Intérieur, Karim Belhadj, a annoncé que la société Orvane Trading a été "
        "retirée de la liste.",
    ],
)
def test_a_titled_speaker_stays_no_party(text: str) -> None:
    evs = extract_article(text, published="2024-01-20")["events"]
    assert [e["entity"] for e in evs] and all("Orvane" in e["entity"] for e in evs)


# --- "ajouter" with a date told as an incidental, the list understood from the article -----

def test_added_with_an_incidental_date_and_the_list_told_before() -> None:
    text = ("Le Conseil de l'UE a ajouté mardi Omar Talbi à sa liste de terroristes. Le Conseil de "
            "l'UE avait déjà ajouté, le 8 décembre, Karim Belhadj, commandant de la branche armée du "
            "groupe, et Samir Haddou, son adjoint.")
    evs = extract_article(text, published="2024-01-20")["events"]
    assert sorted((e["entity"], e["date"]) for e in evs) == [
        ("Karim Belhadj", "2023-12-08"), ("Omar Talbi", "2024-01-16"), ("Samir Haddou", "2023-12-08")]


@pytest.mark.parametrize(
    "text",
    [
        # near miss: no list told anywhere, "ajouté" may be "said"
        "Le Conseil de l'UE avait déjà ajouté, le 8 décembre, Karim Belhadj, commandant de la "
        "branche armée du groupe.",
        # near miss: what was added is a clause
        "Le Conseil de l'UE a ajouté mardi Omar Talbi à sa liste de terroristes. Le Conseil avait "
        "déjà ajouté, le 8 décembre, que Karim Belhadj restait visé.",
    ],
)
def test_added_without_a_list_or_with_a_clause_names_no_new_party(text: str) -> None:
    evs = extract_article(text, published="2024-01-20")["events"]
    assert not any(e["entity"] == "Karim Belhadj" for e in evs)


# --- a deadline told with a clock time, and one set for dealings "with them" ----------------

@pytest.mark.parametrize(
    "text",
    [
        "These licences authorize the wind-down of transactions involving Valmora Oil until "
        "12:01 a.m. EST on November 21, 2025.",
        "These licences authorize the wind-down of transactions involving Valmora Oil through "
        "11:59 p.m. (ET) on November 21, 2025.",
        "Les licences autorisent la liquidation des opérations avec la société Valmora Oil "
        "jusqu'à minuit le 21 novembre 2025.",
    ],
)
def test_a_clock_time_between_the_cue_and_the_day_keeps_the_deadline(text: str) -> None:
    res = extract_article(text, published="2025-10-25")
    assert [(e["type"], e["date"]) for e in res["events"] if e["type"] == "deadline"] == [
        ("deadline", "2025-11-21")]
    assert not any(m["name"] in ("EST", "ET") for m in res["mentions"])


def test_a_clock_time_does_not_end_the_sentence() -> None:
    from listwatch.news.sentences import split_sentences

    text = "The licence runs until 12:01 a.m. EST on November 21. A second sentence follows."
    assert len(split_sentences(text, "en")) == 2


@pytest.mark.parametrize(
    "text",
    [
        "On October 22 the Treasury sanctioned Valmora and Kestrel, giving companies until "
        "November 21 to wind down their dealings with them.",
        "Le 22 octobre, le Trésor a annoncé des sanctions contre Valmora et Kestrel, donnant aux "
        "entreprises jusqu'au 21 novembre pour cesser toute activité avec eux.",
    ],
)
def test_a_deadline_for_dealings_with_them_is_the_acts_parties(text: str) -> None:
    evs = extract_article(text, published="2025-10-25")["events"]
    assert sorted((e["type"], e["entity"], e["date"]) for e in evs) == [
        ("deadline", "Kestrel", "2025-11-21"), ("deadline", "Valmora", "2025-11-21"),
        ("designation", "Kestrel", "2025-10-22"), ("designation", "Valmora", "2025-10-22")]


def test_a_deadline_given_to_a_named_third_party_stays_its_own() -> None:
    # near miss: the deadline names its own party, no dealings "with them"
    text = ("On October 22 the Treasury sanctioned Valmora Oil, giving Orvane Trading until "
            "November 21 to sell its stake.")
    evs = extract_article(text, published="2025-10-25")["events"]
    assert ("deadline", "Orvane Trading") in [(e["type"], e["entity"]) for e in evs]
    assert ("deadline", "Valmora Oil") not in [(e["type"], e["entity"]) for e in evs]
