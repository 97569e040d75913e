"""On a page that shows no date, a month told without a year takes its year from the
article's last date only when that date belongs to the story's time: an act's own date,
a date that opens its sentence, or one in an adverbial of time set before the main
clause. A date of a fact told beside the story, in the main clause of a sentence that
tells no act (someone's past, a firm's founding, a charge), is not the writer's time and
gives no year (``dates_context.incidental_date``). Sentences of our own."""

from __future__ import annotations

import pytest

from listwatch.news import extract_article


def _dates(text: str, published: str | None = None) -> dict[str, str | None]:
    evs = extract_article(text, published=published)["events"]
    return {e["entity"]: e["date"] for e in evs if e["type"] == "designation"}


@pytest.mark.parametrize("text", [
    "The ministry froze the assets of Omar Haddad last year. He was accused of smuggling fuel to armed "
    "groups in 2016. In July, the ministry also froze the assets of Ivan Petrovic.",
    "Omar Haddad ran a shipping firm, which he had founded with his brother in 2009. In July, the "
    "Council sanctioned Ivan Petrovic.",
    "Velor Shipping is a trading house. The firm opened its first office in Dubai in March 2014. In "
    "July, the Council sanctioned Ivan Petrovic.",
    "Le ministère a gelé les avoirs d'Omar Haddad. Haddad avait quitté le pays avec sa famille en "
    "2016. En juillet, le ministère a aussi gelé les avoirs d'Ivan Petrovic.",
    "Omar Haddad dirige un groupe de transport. Ce groupe a ouvert un bureau à Dubaï en mars 2014. "
    "En juillet, le Conseil a sanctionné Ivan Petrovic.",
])
def test_a_fact_told_beside_the_story_gives_no_year(text: str) -> None:
    assert _dates(text)["Ivan Petrovic"] is None


@pytest.mark.parametrize(("text", "date"), [
    # an act's own date
    ("The Council sanctioned Omar Haddad on 5 March 2023. In July, the Council sanctioned Ivan "
     "Petrovic.", "2023-07"),
    # a date that opens its sentence
    ("In 2023 the Council kept a busy pace. In July, the Council sanctioned Ivan Petrovic.", "2023-07"),
    ("En 2023, le Conseil a tenu un rythme soutenu. En juillet, le Conseil a sanctionné Ivan "
     "Petrovic.", "2023-07"),
    # an adverbial of time before the main clause
    ("After the coup in February 2021, the ministry drew up new rules. In July, the Council "
     "sanctioned Ivan Petrovic.", "2021-07"),
    ("Following the vote of the assembly in May 2019, the ministry drew up new rules. In July, the "
     "Council sanctioned Ivan Petrovic.", "2019-07"),
    ("Après le coup d'État de février 2021, le ministère a fixé de nouvelles règles. En juillet, le "
     "Conseil a sanctionné Ivan Petrovic.", "2021-07"),
])
def test_a_date_of_the_storys_time_still_gives_its_year(text: str, date: str) -> None:
    assert _dates(text)["Ivan Petrovic"] == date


def test_a_page_with_a_date_reads_the_month_from_it() -> None:
    text = ("Velor Shipping is a trading house. The firm opened its first office in Dubai in March 2014. "
            "In July, the Council sanctioned Ivan Petrovic.")
    assert _dates(text, "2022-09-14")["Ivan Petrovic"] == "2022-07"
