"""The time of the news dates every act of the day's story told with no date of its own,
for as long as the story stays on it. Two things no longer stop it:

- a date that belongs to the act of a relative clause, an aside about one party ("The
  list includes A, which was added in 2019, as well as B", « La liste comprend A, qui
  avait été ajoutée en 2019, ainsi que B »): it is that aside's act's date, not the main
  clause's; the main clause's act is told undated and takes the day of the news;
- on a page dated only by its month, the month an act told as done now gives ("today",
  « aujourd'hui », "effective immediately") reaches as far as a day of the news does:
  until a sentence turns to another time, not three sentences only.

A date outside the relative clause, or a sentence that turns to another time, still
dates the act. Sentences of our own."""

from __future__ import annotations

import pytest

from listwatch.news import extract_article


def _dates(text: str, published: str) -> set[tuple[str, str | None]]:
    evs = extract_article(text, published=published)["events"]
    return {(e["entity"], e["date"]) for e in evs if e["type"] == "designation"}


DAY = "2024-03-15"  # a Friday: "Tuesday" is 2024-03-12


@pytest.mark.parametrize("text", [
    "On Tuesday the ministry released a list of twelve firms tied to the army. The list includes "
    "Orvane Logistics, which was added to the export blacklist in 2019, together with Belmar Trading.",
    "On Tuesday the Treasury designated a dozen firms. It also designated Orvane Logistics, which "
    "the Council had sanctioned in 2019, and Belmar Trading.",
    "Le Trésor a sanctionné mardi une douzaine de sociétés. Il a aussi sanctionné Orvane Logistics, "
    "qui avait été inscrite par le Conseil en 2019, et Belmar Trading.",
    "Le ministère a publié mardi une liste de douze sociétés liées à l'armée. La liste comprend "
    "Orvane Logistics, qui avait rejoint en 2019 la liste noire des exportations, ainsi que Belmar Trading.",
])
def test_a_relative_clauses_date_leaves_the_main_act_to_the_day(text: str) -> None:
    got = _dates(text, DAY)
    assert ("Belmar Trading", "2024-03-12") in got
    assert ("Orvane Logistics", "2019") in got


@pytest.mark.parametrize("text", [
    # near misses: a date of the main clause's own is its act's ...
    "On Tuesday the Treasury designated a dozen firms. In January it had designated Orvane "
    "Logistics, which the Council had sanctioned in 2019, and Belmar Trading.",
    "Le Trésor a sanctionné mardi une douzaine de sociétés. En janvier, il avait sanctionné Orvane "
    "Logistics, qui avait été inscrite par le Conseil en 2019, et Belmar Trading.",
])
def test_a_date_of_the_main_clause_still_dates_its_act(text: str) -> None:
    got = _dates(text, DAY)
    assert ("Belmar Trading", "2024-01") in got
    assert ("Belmar Trading", "2024-03-12") not in got


MONTH = "2024-03"


@pytest.mark.parametrize("text", [
    "Today, the State Department sanctioned a ring of arms brokers. The brokers sold rifles to "
    "militias. They hid the payments in shell accounts. Their planes flew from two airports. "
    "The State Department also sanctioned Orvane Logistics and Belmar Trading.",
    "The Council today froze the assets of a group of smugglers. The smugglers moved fuel across "
    "the border. Their boats used false flags. Their profits went to the junta. Among those listed "
    "are Orvane Logistics and Belmar Trading.",
    "Effective immediately, the United Kingdom has frozen the assets of a network of traders. "
    "The traders bought drone parts abroad. They paid through banks in two countries. The network "
    "also shipped engines. The UK has designated these entities as well: Orvane Logistics and "
    "Belmar Trading.",
    "Aujourd'hui, le Conseil a sanctionné plusieurs armateurs pour leur rôle dans le commerce du "
    "pétrole. Ces navires transportaient du brut sous de faux pavillons. Les cargaisons étaient "
    "revendues en Asie. Les propriétaires passaient par des sociétés écrans. Le Conseil a sanctionné "
    "les sociétés suivantes :\n\n• Orvane Logistics\n• Belmar Trading",
])
def test_the_month_of_the_news_reaches_as_far_as_a_day(text: str) -> None:
    assert _dates(text, MONTH) == {("Orvane Logistics", MONTH), ("Belmar Trading", MONTH)}


def test_a_turn_to_another_time_still_ends_the_month() -> None:
    text = ("Today, the Treasury designated several shipping firms for moving oil for the junta. "
            "The firms hid the cargo behind false papers. Their ships sailed under flags of "
            "convenience. The owners used shell companies in three countries. In 2019, the Council "
            "had frozen the assets of Belmar Trading.")
    assert _dates(text, MONTH) == {("Belmar Trading", "2019")}
