"""Dates a page itself gives, on short articles written for the test: "today" inside a
quoted statement, parts of today, a dateline with any agency's tag, a pasted page's own
publication line, a span counted from a dated event, a deadline told with a clock time;
with near misses that must keep their date or stay undated."""

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
        # a page dated Monday quoting what the ministry wrote on Sunday
        ("Brenland's trade ministry spoke of a new round of listings on Sunday.\n\n\"Today the "
         "ministry has blacklisted Valmora Petrol Company for shipping arms,\" its note read.",
         "2022-06-13", "Valmora", "2022-06-12"),
        ("Le ministère du Commerce du Brenland s'est exprimé dimanche sur de nouvelles "
         "inscriptions.\n« Aujourd'hui, le ministère sanctionne la société Valmora Petrol », dit sa note.",
         "2022-06-13", "Valmora", "2022-06-12"),
    ],
)
def test_today_in_a_quote_is_the_statement_day(text: str, published: str, word: str, date: str) -> None:
    assert dated(text, published, "designation", word) == [date]


@pytest.mark.parametrize(
    ("text", "published", "word", "date"),
    [
        # near miss: no day of the news before publication, the quote's today is the page's
        ("\"Today the ministry has blacklisted Valmora Petrol Company for shipping arms,\" the note read.",
         "2022-06-13", "Valmora", "2022-06-13"),
        # near miss: "today" outside any quote keeps the page's day, whatever the opening says
        ("The company vowed on Sunday to fight any listing. Today the ministry sanctioned "
         "Valmora Petrol Company.", "2022-06-13", "Valmora", "2022-06-13"),
        # near miss: the quoted statement is of the day of publication
        ("Le ministère s'est exprimé lundi sur de nouvelles inscriptions.\n« Aujourd'hui, le "
         "ministère sanctionne la société Valmora Petrol », dit sa note.", "2022-06-13", "Valmora", "2022-06-13"),
    ],
)
def test_today_in_a_quote_without_an_earlier_news_day_stays(text: str, published: str, word: str, date: str) -> None:
    assert dated(text, published, "designation", word) == [date]


# --- a part of today ----------------------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "published", "typ", "date"),
    [
        ("Le ministère a inscrit ce soir la société Valmora Petrol sur sa liste noire.", "2022-06-13",
         "designation", "2022-06-13"),
        ("Ce matin, le ministère a retiré la société Valmora Petrol de sa liste noire.", "2022-06-13",
         "removal", "2022-06-13"),
        ("The ministry struck Valmora Petrol Company off its blacklist this morning.", "2022-06-13",
         "removal", "2022-06-13"),
        # near miss: no publication date, no day
        ("Le ministère a inscrit ce soir la société Valmora Petrol sur sa liste noire.", None,
         "designation", None),
    ],
)
def test_a_part_of_today_is_the_publication_day(text: str, published: str | None, typ: str, date: str | None) -> None:
    assert dated(text, published, typ, "Valmora") == [date]


# --- a dateline with any agency's tag -------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "date"),
    [
        # the dateline's day is the filing's; the day the ministry spoke is the act's
        ("Ostrava [CZ], June 14 (KVX/Nord): Brenland blacklisted the shipowner Dorian Kessel "
         "for smuggling, its ministry told reporters on Monday.", "2022-06-13"),
        ("Tromsø, 14 June 2022 (NWA): Brenland blacklisted the shipowner Dorian Kessel for "
         "smuggling, its ministry told reporters on Monday.", "2022-06-13"),
    ],
)
def test_a_tagged_dateline_dates_no_event(text: str, date: str) -> None:
    assert dated(text, "2022-06-14", "designation", "Kessel") == [date]


def test_a_sentence_opening_with_a_place_and_date_is_no_dateline() -> None:
    # near miss: no agency's tag, the date is the act's
    text = "In Tromsø, on June 9, Brenland blacklisted the shipowner Dorian Kessel for smuggling."
    assert dated(text, "2022-06-14", "designation", "Kessel") == ["2022-06-09"]


# --- a pasted page's own publication line ---------------------------------------------------

@pytest.mark.parametrize(
    ("text", "typ", "published", "date"),
    [
        ("Publié le 5 mai 2021 à 10h32\nLe ministère a retiré hier la société Valmora Petrol de "
         "sa liste noire.", "removal", "2021-05-05", "2021-05-04"),
        ("Published on May 5, 2021\nThe ministry struck Valmora Petrol Company off its "
         "blacklist yesterday.", "removal", "2021-05-05", "2021-05-04"),
        ("By Jane Roe | Posted March 3, 2024\nThe ministry on Friday blacklisted the Valmora "
         "Trading Company.", "designation", "2024-03-03", "2024-03-01"),
        ("Date de publication : 05/05/2021\nLe ministère a retiré hier la société Valmora Petrol "
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
        "Mis à jour le 7 mai 2021\nLe ministère a retiré hier la société Valmora Petrol de sa liste noire.",
        "Updated May 7, 2021\nThe ministry struck Valmora Petrol Company off its blacklist yesterday.",
        # near miss: a sentence telling something published
        "The notice was published on May 5, 2021 in the register after a long review of the "
        "file.\nThe ministry struck Valmora Petrol Company off its blacklist yesterday.",
    ],
)
def test_no_publication_line_leaves_relative_dates_undated(text: str) -> None:
    res = extract_article(text)
    assert res["published"] is None
    assert [e["date"] for e in res["events"] if e["type"] == "removal"] == [None]


def test_a_given_date_is_the_one_reported() -> None:
    # the given date is the article's; the page's printed line, a few days before it, still
    # dates what the page tells relative to itself (as a notice's printed date does)
    text = "Publié le 5 mai 2021\nLe ministère a retiré hier la société Valmora Petrol de sa liste noire."
    res = extract_article(text, published="2021-05-12")
    assert res["published"] == "2021-05-12"
    assert [e["date"] for e in res["events"] if e["type"] == "removal"] == ["2021-05-04"]


# --- a span counted from a dated event: the date is the reference's -------------------------

@pytest.mark.parametrize(
    ("text", "published", "date"),
    [
        # the weekday is unresolved on a page dated by its month: no date, not the reference's
        ("Deux mois après l'incendie du port le 14 mars, le ministère a inscrit jeudi Karim "
         "Belhadj sur sa liste noire.", "2022-05", None),
        ("Deux mois après l'incendie du port le 14 mars, le ministère a inscrit jeudi Karim "
         "Belhadj sur sa liste noire.", "2022-05-20", "2022-05-19"),
        ("The ministry blacklisted Karim Belhadj two years after the coup on 1 February 2021.",
         "2023-02-10", None),
        # near miss: the date told as an incidental after the span is the act's
        ("Two weeks after the vote, on 3 March 2022, the ministry blacklisted Karim Belhadj.",
         "2022-04-10", "2022-03-03"),
    ],
)
def test_a_date_counted_from_is_no_date_of_the_act(text: str, published: str, date: str | None) -> None:
    assert dated(text, published, "designation", "Belhadj") == [date]


# --- a titled person as the subject of a listing act in the passive -------------------------

@pytest.mark.parametrize(
    ("text", "typ"),
    [
        ("Le ministre des Transports, Karim Belhadj, a lui aussi été radié de la liste noire.", "removal"),
        ("The transport minister, Karim Belhadj, was struck off the blacklist as well.", "removal"),
        ("Le ministre des Transports, Karim Belhadj, est sanctionné par le ministère.", "designation"),
    ],
)
def test_a_titled_subject_of_a_passive_act_is_its_party(text: str, typ: str) -> None:
    evs = extract_article(text, published="2024-01-20")["events"]
    assert [(e["type"], e["entity"]) for e in evs] == [(typ, "Karim Belhadj")]


@pytest.mark.parametrize(
    "text",
    [
        # near misses: the titled person speaks of another's act, actively
        "The transport minister, Karim Belhadj, added that Orvane Trading Co was struck off the blacklist.",
        "Le ministre des Transports, Karim Belhadj, a annoncé que la société Orvane Trading a été "
        "radiée de la liste noire.",
    ],
)
def test_a_titled_speaker_stays_no_party(text: str) -> None:
    evs = extract_article(text, published="2024-01-20")["events"]
    assert [e["entity"] for e in evs] and all("Orvane" in e["entity"] for e in evs)


# --- "ajouter" with a date told as an incidental, the list understood from the article -----

def test_added_with_an_incidental_date_and_the_list_told_before() -> None:
    text = ("Le ministère a placé jeudi Omar Talbi sur sa liste noire. Le ministère avait ajouté, "
            "le 3 juin, Karim Belhadj, armateur, et Samir Haddou, son associé.")
    evs = extract_article(text, published="2022-06-20")["events"]
    assert sorted((e["entity"], e["date"]) for e in evs) == [
        ("Karim Belhadj", "2022-06-03"), ("Omar Talbi", "2022-06-16"), ("Samir Haddou", "2022-06-03")]


@pytest.mark.parametrize(
    "text",
    [
        # near miss: no list told anywhere, "ajouté" may be "said"
        "Le ministère avait ajouté, le 3 juin, Karim Belhadj, armateur.",
        # near miss: what was added is a clause
        "Le ministère a placé jeudi Omar Talbi sur sa liste noire. Le ministère avait ajouté, le "
        "3 juin, que Karim Belhadj restait visé.",
    ],
)
def test_added_without_a_list_or_with_a_clause_names_no_new_party(text: str) -> None:
    evs = extract_article(text, published="2022-06-20")["events"]
    assert not any(e["entity"] == "Karim Belhadj" for e in evs)


# --- a deadline told with a clock time, and one set for dealings "with them" ----------------

@pytest.mark.parametrize(
    "text",
    [
        "Licence 9 authorizes banks to wind down their accounts with Valmora Oil until 9:30 p.m. "
        "CET on 4 June 2022.",
        "Licence 9 authorizes banks to wind down their accounts with Valmora Oil through 6 a.m. "
        "(GMT) on 4 June 2022.",
        "La licence 9 permet aux banques de fermer leurs comptes chez Valmora Oil jusqu'à midi le "
        "4 juin 2022.",
    ],
)
def test_a_clock_time_between_the_cue_and_the_day_keeps_the_deadline(text: str) -> None:
    res = extract_article(text, published="2022-05-25")
    assert [e["date"] for e in res["events"] if e["type"] == "deadline"] == ["2022-06-04"]
    assert not any(m["name"] in ("CET", "GMT") for m in res["mentions"])


def test_a_clock_time_does_not_end_the_sentence() -> None:
    from listwatch.news.sentences import split_sentences

    text = "The licence runs until 9:30 p.m. CET on 4 June. A second sentence follows."
    assert len(split_sentences(text, "en")) == 2


@pytest.mark.parametrize(
    "text",
    [
        "On May 20 the ministry blacklisted Valmora and Kestrel and has given their partners "
        "until June 2 to end business with them.",
        "Le 20 mai, le ministère a inscrit Valmora et Kestrel sur sa liste et laissé à leurs "
        "partenaires jusqu'au 2 juin pour rompre avec eux.",
    ],
)
def test_a_deadline_for_dealings_with_them_is_the_acts_parties(text: str) -> None:
    evs = extract_article(text, published="2022-05-25")["events"]
    assert sorted((e["type"], e["entity"], e["date"]) for e in evs) == [
        ("deadline", "Kestrel", "2022-06-02"), ("deadline", "Valmora", "2022-06-02"),
        ("designation", "Kestrel", "2022-05-20"), ("designation", "Valmora", "2022-05-20")]


def test_a_deadline_given_to_a_named_third_party_stays_its_own() -> None:
    # near miss: the deadline names its own party, no dealings "with them"
    text = ("On May 20 the ministry blacklisted Valmora Oil and has given Orvane Trading until "
            "June 2 to sell its stake.")
    evs = extract_article(text, published="2022-05-25")["events"]
    assert ("deadline", "Orvane Trading") in [(e["type"], e["entity"]) for e in evs]
    assert ("deadline", "Valmora Oil") not in [(e["type"], e["entity"]) for e in evs]
