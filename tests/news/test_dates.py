from __future__ import annotations

import pytest

from listwatch.errors import ListwatchError
from listwatch.news.dates import PartialDate, find_dates

PUB = PartialDate.parse("2021-05-12")  # a Wednesday


def one(text: str, lang: str, pub: PartialDate | None = PUB) -> tuple[str | None, str | None]:
    found = find_dates(text, lang, pub)
    assert len(found) == 1, found
    d = found[0].date
    return (d.iso(), d.precision) if d else (None, None)


@pytest.mark.parametrize(
    ("text", "lang", "iso", "precision"),
    [
        ("Xiaomi was designated in January.", "en", "2021-01", "month"),
        ("Xiaomi a été désignée en janvier dernier.", "fr", "2021-01", "month"),
        ("The court ruled last month.", "en", "2021-04", "month"),
        ("Le tribunal a statué le mois dernier.", "fr", "2021-04", "month"),
        ("Les parties se prononceront au plus tard le 20 mai.", "fr", "2021-05-20", "day"),
        ("The parties will propose an order by May 20.", "en", "2021-05-20", "day"),
        ("It was added on 14 January 2021.", "en", "2021-01-14", "day"),
        ("Elle a été ajoutée le 14 janvier 2021.", "fr", "2021-01-14", "day"),
        ("Earlier this year the Pentagon acted.", "en", "2021", "year"),
        ("Le juge a tranché mardi.", "fr", "2021-05-11", "day"),
        ("The judge ruled on Tuesday.", "en", "2021-05-11", "day"),
        ("The list was published in June.", "en", "2020-06", "month"),  # past: the June before
        ("Investors must divest by November 11.", "en", "2021-11-11", "day"),
        ("Investors had to divest by March 1.", "en", "2022-03-01", "day"),  # deadline: next one
        ("Le décret entrera en vigueur en juin prochain.", "fr", "2021-06", "month"),
        ("It sued on March 12, 2021.", "en", "2021-03-12", "day"),
        ("It was designated in October 2022.", "en", "2022-10", "month"),
        ("Sanctionnée en avril 2018, la société...", "fr", "2018-04", "month"),
        ("Le 1er mars 2021, le juge a statué.", "fr", "2021-03-01", "day"),
        ("Il a été retiré hier.", "fr", "2021-05-11", "day"),
    ],
)
def test_resolution(text: str, lang: str, iso: str, precision: str) -> None:
    assert one(text, lang) == (iso, precision)


def test_month_precision_publication_keeps_its_precision() -> None:
    pub = PartialDate.parse("2021-05")
    assert pub.precision == "month" and pub.iso() == "2021-05"
    assert one("Xiaomi was designated in January.", "en", pub) == ("2021-01", "month")
    assert one("They will propose an order by May 20.", "en", pub) == ("2021-05-20", "day")
    # "yesterday" needs a day: no guess
    assert find_dates("It was removed yesterday.", "en", pub) == []


def test_no_publication_date_no_guess() -> None:
    assert find_dates("Xiaomi was designated in January.", "en", None) == []
    assert one("It was added on 14 January 2021.", "en", None) == ("2021-01-14", "day")


def test_may_the_verb_is_not_a_month() -> None:
    assert find_dates("The company may be added to the list.", "en", PUB) == []


def test_partial_date_parse_errors() -> None:
    with pytest.raises(ListwatchError):
        PartialDate.parse("May 2021")
    with pytest.raises(ListwatchError):
        PartialDate.parse("2021-02-30")
    assert PartialDate.parse("2021-05-25T10:00:00").iso() == "2021-05-25"


@pytest.mark.parametrize(
    ("text", "lang", "iso", "precision"),
    [
        # counted back from publication, to the precision a reader can vouch for
        ("Xiaomi a été ajouté il y a trois mois.", "fr", "2021-02", "month"),
        ("Xiaomi a été ajouté il y a deux semaines.", "fr", "2021-04", "month"),
        ("Le recours a été déposé il y a dix jours.", "fr", "2021-05-02", "day"),
        ("Xiaomi was added three months ago.", "en", "2021-02", "month"),
        ("The suit was filed two years ago.", "en", "2019", "year"),
        # a month told with the year before publication
        ("Xiaomi was added in January last year.", "en", "2020-01", "month"),
        ("Xiaomi a été ajouté en janvier l'an dernier.", "fr", "2020-01", "month"),
        # the start or the end of a month
        ("Xiaomi a été ajouté lors des derniers jours de janvier.", "fr", "2021-01", "month"),
        ("Le recours a été déposé au début du mois.", "fr", "2021-05", "month"),
        ("Le recours a été déposé à la fin du mois dernier.", "fr", "2021-04", "month"),
        # a weekday named beside its date is that date, not a second one
        ("Xiaomi a été ajouté jeudi 14 janvier.", "fr", "2021-01-14", "day"),
        ("Lundi 15 mars, le juge a suspendu la mesure.", "fr", "2021-03-15", "day"),
        ("The Pentagon acted on Thursday, January 14.", "en", "2021-01-14", "day"),
        # a day named after a future tense points forward
        ("The United States will on Friday put the company on a blacklist.", "en", "2021-05-14", "day"),
        ("Les sanctions entreront en vigueur le 20 décembre.", "fr", "2021-12-20", "day"),
        ("Xiaomi was added last Friday.", "en", "2021-05-07", "day"),
        ("Xiaomi a été ajouté vendredi dernier.", "fr", "2021-05-07", "day"),
        ("Xiaomi a été blacklisté au début de l'année.", "fr", "2021", "year"),
        ("Xiaomi a été blacklisté à la fin de l'année dernière.", "fr", "2020", "year"),
    ],
)
def test_relative_resolution(text: str, lang: str, iso: str, precision: str) -> None:
    assert one(text, lang) == (iso, precision)


@pytest.mark.parametrize(("text", "lang"), [
    ("Xiaomi a été ajouté il y a deux semaines.", "fr"),  # weeks need the day of publication
    ("Xiaomi a été ajouté mercredi.", "fr"),
    ("Xiaomi was added on Friday.", "en"),
    ("Xiaomi was added ten days ago.", "en"),
])
def test_month_only_publication_leaves_days_unresolved(text: str, lang: str) -> None:
    assert find_dates(text, lang, PartialDate.parse("2021-05")) == []


@pytest.mark.parametrize(("text", "lang", "anchor", "iso"), [
    # "the previous month" counts from the article's last date, like "the following month"
    ("Le groupe avait porté plainte le mois précédent.", "fr", "2021-03-10", "2021-02"),
    ("The company had sued the previous month.", "en", "2021-03-10", "2021-02"),
    # "dans la foulée" of a dated event: that month
    ("Il avait dans la foulée accordé des exemptions.", "fr", "2019-05", "2019-05"),
])
def test_counted_from_the_previous_date(text: str, lang: str, anchor: str, iso: str) -> None:
    found = find_dates(text, lang, PUB, PartialDate.parse(anchor))
    assert [d.date.iso() for d in found if d.date] == [iso]


def test_previous_month_without_an_earlier_date_counts_from_publication() -> None:
    assert one("Le groupe avait porté plainte le mois précédent.", "fr") == ("2021-04", "month")


@pytest.mark.parametrize(
    ("text", "lang", "iso"),
    [
        ("It was added last Friday.", "en", "2021-05-07"),
        ("Elle a été ajoutée vendredi dernier.", "fr", "2021-05-07"),
        ("It was added on Friday.", "en", "2021-05-14"),
        ("Elle a été ajoutée vendredi.", "fr", "2021-05-14"),
        ("It will be added next Friday.", "en", "2021-05-21"),
        ("Elle sera ajoutée vendredi prochain.", "fr", "2021-05-21"),
        ("It was added last Thursday.", "en", "2021-05-13"),
    ],
)
def test_a_marked_weekday_named_on_that_weekday_is_a_week_away(text: str, lang: str, iso: str) -> None:
    # written on Friday 14 May: "last Friday" is the 7th, a bare "Friday" the day itself
    assert one(text, lang, PartialDate.parse("2021-05-14"))[0] == iso


@pytest.mark.parametrize(
    ("text", "lang", "iso"),
    [
        ("It was added in mid-2020.", "en", "2020"),
        ("Elle a été ajoutée mi-2020.", "fr", "2020"),
        ("It was added in the first half of 2020.", "en", "2020"),
        ("Elle a été ajoutée au premier semestre 2020.", "fr", "2020"),
        ("It was added at the end of 2020.", "en", "2020"),
        ("Elle a été ajoutée à la fin de 2020.", "fr", "2020"),
        ("It was added in Q3 2020.", "en", "2020"),
        ("It was added at the start of the year.", "en", "2021"),
    ],
)
def test_a_part_of_a_year_is_that_year(text: str, lang: str, iso: str) -> None:
    assert one(text, lang) == (iso, "year")


@pytest.mark.parametrize(
    ("text", "lang", "iso"),
    [
        ("Le Trésor a agi avant-hier.", "fr", "2021-05-10"),
        ("Le Trésor a agi hier.", "fr", "2021-05-11"),
        ("The Treasury acted the day before yesterday.", "en", "2021-05-10"),
        # the week so far lies in the publication's month: that month, no day
        ("The Treasury acted earlier this week.", "en", "2021-05"),
        ("Le Trésor a agi cette semaine.", "fr", "2021-05"),
    ],
)
def test_days_and_weeks_counted_back(text: str, lang: str, iso: str) -> None:
    assert one(text, lang)[0] == iso


def test_a_week_across_two_months_gives_no_month() -> None:
    # Tuesday 1 June 2021: the week began on Monday 31 May
    found = find_dates("The Treasury acted this week.", "en", PartialDate.parse("2021-06-01"))
    assert all(d.date is None for d in found), found


@pytest.mark.parametrize(
    ("text", "lang", "iso"),
    [
        # a day of the month with no month: the last such day on or before publication
        ("Korvex Trading was added to the Entity List on the 10th.", "en", "2021-05-10"),
        ("Korvex Trading was added to the Entity List on the 20th.", "en", "2021-04-20"),
        ("Korvex Trading a été inscrite sur la liste le 10.", "fr", "2021-05-10"),
        ("Korvex Trading a été inscrite sur la liste le 20 dernier.", "fr", "2021-04-20"),
        # a future action: the next such day
        ("Korvex Trading will be added to the Entity List on the 20th.", "en", "2021-05-20"),
    ],
)
def test_a_day_of_the_month_alone_is_in_the_articles_month(text: str, lang: str, iso: str) -> None:
    found = find_dates(text, lang, PUB)
    assert len(found) == 1, found
    assert found[0].date is not None and found[0].date.iso() == iso


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The EU adopted its sanctions on the 14th package.", "en"),
        ("The vote took place on the 10th floor.", "en"),
        ("Le groupe a perdu le 12 000e client.", "fr"),
        ("Les sanctions visent le 3 et le 4 des sociétés.", "fr"),
    ],
)
def test_an_ordinal_that_is_no_day_gives_no_date(text: str, lang: str) -> None:
    assert not [d for d in find_dates(text, lang, PUB) if d.kind == "month_day"]


@pytest.mark.parametrize(
    ("text", "lang", "pub"),
    [
        # a relative year beside a full date that two patterns read (day and month-year end
        # at the same place): the two readings were compared and a missing month raised
        ("En mars de l'année dernière, il a parlé, après la crise du 3 janvier 2021.", "fr", None),
        ("En mars de l'année dernière, il a parlé, après la crise du 3 janvier 2021.", "fr", PUB),
        ("In March of last year he spoke, after the crisis of January 3, 2021.", "en", None),
        ("L'année suivante, après le 3 janvier 2021, la liste a changé.", "fr", None),
    ],
)
def test_a_relative_date_beside_a_full_date_reads_without_error(
        text: str, lang: str, pub: PartialDate | None) -> None:
    found = find_dates(text, lang, pub)
    isos = [m.date.iso() for m in found if m.date is not None]
    assert "2021-01-03" in isos
    if pub is not None and lang == "fr" and text.startswith("En mars"):
        assert "2020-03" in isos


@pytest.mark.parametrize(("text", "lang"), [
    ("The ministry struck Orvex Trading off its list this week.", "en"),
    ("Le ministère a retiré cette semaine Orvex Trading de sa liste.", "fr"),
])
def test_this_week_on_a_page_dated_by_its_month_is_that_month(text: str, lang: str) -> None:
    found = find_dates(text, lang, PartialDate(2023, 6))
    assert [d.date for d in found] == [PartialDate(2023, 6)]
