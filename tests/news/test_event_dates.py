"""Event dates as a careful reader resolves them, on short articles written for the test:
which date expression belongs to the event, and when none does."""

from __future__ import annotations

import pytest

from listwatch.news import extract_article


def dated(text: str, published: str | None, typ: str, word: str) -> list[str | None]:
    evs = extract_article(text, published=published)["events"]
    return [e["date"] for e in evs if e["type"] == typ and word.lower() in e["entity"].lower()]


@pytest.mark.parametrize(
    ("text", "typ", "word", "date"),
    [
        # an initialism's dots inside the listing phrase do not end it
        ("Orvane Robotics Ltd was put on a U.S. trade blacklist in 2018, the firm said.",
         "designation", "Orvane", "2018"),
        ("On Monday the Kelmar Fibre Co was placed on the U.S. \u201centity list\u201d by the "
         "Commerce Department.", "designation", "Kelmar", "2021-05-10"),
    ],
)
def test_initialisms_inside_the_listing_phrase(text: str, typ: str, word: str, date: str) -> None:
    assert dated(text, "2021-05-12", typ, word) == [date]


def test_name_inside_a_mid_sentence_time_clause_is_not_the_party() -> None:
    # "the week after X closed, Y was added": X dates the action, it is not listed
    text = ("Nevertheless, on Friday the day after DVX wrapped up, Kelmar Fibre Co and two other "
            "firms were placed on the U.S. entity list by the Commerce Department.")
    evs = extract_article(text, published="2021-05-12")["events"]
    assert [(e["entity"], e["date"]) for e in evs if e["type"] == "designation"] == [
        ("Kelmar Fibre Co", "2021-05-07")]


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        ("Tavon Micro Ltd was designated on January 14. As a result, US persons will no longer be "
         "able to buy Tavon Micro Ltd shares as of March 15, 2021, and must sell them by "
         "January 14, 2022.", {"designation": ["2021-01-14"], "deadline": ["2021-03-15", "2022-01-14"]}),
        ("La société Tavon Micro a été désignée le 14 janvier. L'interdiction d'investir dans "
         "Tavon Micro s'appliquera dès le 15 mars.",
         {"designation": ["2021-01-14"], "deadline": ["2021-03-15"]}),
        ("Le Pentagone a désigné Tavon Micro le 14 janvier. L'interdiction d'acheter des titres de "
         "Tavon Micro prendra effet à compter du 15 mars.",
         {"designation": ["2021-01-14"], "deadline": ["2021-03-15"]}),
    ],
)
def test_a_purchase_ban_from_a_date_is_a_deadline_pointing_forward(text: str, dates: dict[str, list[str]]) -> None:
    evs = extract_article(text, published="2021-02-02")["events"]
    got: dict[str, list[str]] = {}
    for e in evs:
        got.setdefault(e["type"], []).append(e["date"])
    assert {k: sorted(v) for k, v in got.items()} == dates


def _dates_of(text: str, published: str, typ: str = "designation") -> dict[str, str | None]:
    return {e["entity"]: e["date"] for e in extract_article(text, published=published)["events"]
            if e["type"] == typ}


PRINTED_FR = """Avis du ministère

Publié le 3 février 2023

Le ministère des Affaires étrangères a décidé ce jour de geler les avoirs des personnes
suivantes, en raison de leur rôle dans la guerre :
• Pavel Ostrakhov, né le 9 mai 1961 ;
• Irina Vesselova, née le 17 août 1974.
"""

PRINTED_EN = """Notice of designations

14 March 2023

The Foreign Office has today designated the following individuals:
- Kirill Dovbenko, born 2 June 1966;
- Marta Solovyeva, born 21 November 1979.
"""


@pytest.mark.parametrize("text", [PRINTED_FR, PRINTED_EN])
def test_a_notice_dates_its_listed_parties_by_its_printed_date(text: str) -> None:
    # the page was stored weeks later; the notice's own date line dates its action, and
    # the birth dates of the listed people are not listing dates
    got = _dates_of(text, "2023-04-02")
    printed = "2023-02-03" if "Publié" in text else "2023-03-14"
    assert len(got) == 2 and set(got.values()) == {printed}, got


def test_a_sentence_with_an_effective_date_is_no_printed_date() -> None:
    text = ("Les sanctions contre la banque Orlenko ont été imposées en novembre.\n"
            "Les mesures entrent en vigueur le 20 décembre.\n"
            "Le Trésor a depuis inscrit la société Vastorg Trading sur la liste des sanctions.")
    got = _dates_of(text, "2024-12-20")
    assert got.get("Vastorg Trading") is None, got


def test_a_counted_group_takes_the_day_its_action_was_first_told() -> None:
    # the opening dates the action; the list of names comes after, with birth dates
    text = """Le Japon durcit ses sanctions contre Moscou

Le 4 mars 2022, le gouvernement japonais a annoncé de nouvelles sanctions contre la Russie.
Tokyo avait déjà pris des mesures en février.
Ces mesures visent des responsables et des hommes d'affaires proches du Kremlin.
Le gouvernement a décidé de geler les avoirs des 12 personnes suivantes :
• Ivan Petrovski, né le 5 juin 1960, homme d'affaires ;
• Anna Koretskaïa, née le 30 avril 1969, dirigeante d'entreprise.
"""
    got = _dates_of(text, "2022-03-25")
    assert got == {"Ivan Petrovski": "2022-03-04", "Anna Koretskaïa": "2022-03-04"}, got


@pytest.mark.parametrize(
    ("text", "typ", "date"),
    [
        ("Borvik Steel sued the Treasury last week over its sanctions. The suit, filed March 15, "
         "says the sanctions rest on rumours.", "legal_challenge", "2019-03-15"),
        ("Borvik Steel a porté plainte contre le Trésor américain la semaine dernière. La plainte, "
         "déposée le 15 mars, affirme que les sanctions reposent sur des rumeurs.", "legal_challenge", "2019-03-15"),
    ],
)
def test_a_later_sentence_refines_the_date_of_an_event_told_before(text: str, typ: str, date: str) -> None:
    assert dated(text, "2019-03-19", typ, "Borvik") == [date]


def test_a_refining_date_that_disagrees_is_not_taken() -> None:
    # the suit of last week is not the one of a year before
    text = ("Borvik Steel sued the Treasury last week. The suit, which cites a notice of March 15, "
            "2018, says the sanctions rest on rumours.")
    assert dated(text, "2019-03-19", "legal_challenge", "Borvik") == ["2019-03"]


def test_the_news_told_before_its_day_takes_that_day() -> None:
    # the lede says what happened, the next sentence says when: a careful reader dates both
    text = ("Pentagon drops Vantor Mobile from its list\n\n"
            "The US has formally removed Vantor Mobile from its trading blacklist.\n"
            "A federal court issued a final order yesterday that vacated the designation of "
            "Vantor Mobile as a military company.")
    evs = extract_article(text, published="2021-05-26")["events"]
    got = {e["type"]: e["date"] for e in evs}
    assert got.get("removal") == "2021-05-25" and got.get("vacatur") == "2021-05-25", got


def test_a_removal_told_after_the_day_as_its_consequence_keeps_no_date() -> None:
    text = ("A federal court on Tuesday vacated the designation of Vantor Mobile as a military "
            "company.\nThe Pentagon had listed Vantor Mobile in January 2021.\n"
            "The order means Vantor Mobile has been removed from the list.")
    evs = extract_article(text, published="2021-05-26")["events"]
    assert [e["date"] for e in evs if e["type"] == "removal"] in ([], [None]), evs


@pytest.mark.parametrize(
    "text",
    [
        "Treasury ends sanctions on three firms\n\nDecember 21, 2018 On December 19, 2018, the "
        "Treasury lifted the sanctions on three Russian companies after their owner gave up "
        "control.\nThe companies had been designated in April 2018.\nThe Treasury removed Norvik "
        "Metals, Ulmar Energy and Pesko Power from the SDN list.\n",
        "Le Trésor lève les sanctions contre trois sociétés\n\n21 décembre 2018 Le 19 décembre 2018, "
        "le Trésor américain a levé les sanctions visant trois sociétés russes.\nLes sociétés "
        "avaient été sanctionnées en avril 2018.\nLe Trésor a retiré Norvik Metals, Ulmar Energy "
        "et Pesko Power de la liste SDN.\n",
    ],
)
def test_a_date_line_run_into_the_first_sentence_is_not_its_date(text: str) -> None:
    # the page's date glued before the sentence's own date: the action is of the second
    got = _dates_of(text, "2018-12-21", "removal")
    assert got and set(got.values()) == {"2018-12-19"}, got


@pytest.mark.parametrize(
    ("text", "published", "word", "date"),
    [
        # a month's middle is that month, the latest one before publication
        ("In mid-March, the Commerce Department added Quillon Sensors to the Entity List.",
         "2021-05-12", "Quillon", "2021-03"),
        ("Quillon Capteurs a été ajoutée à la liste des entités à la mi-mars.",
         "2021-05-12", "Quillon", "2021-03"),
        ("Earlier this year, the Treasury sanctioned Quillon Sensors.", "2021-05-12", "Quillon", "2021"),
        ("Plus tôt cette année, le Trésor américain a sanctionné la société Quillon Capteurs.",
         "2021-05-12", "Quillon", "2021"),
        # the date of another clause's fact is not the listing's
        ("Quillon Sensors, which was founded in 2008, was added to the Entity List on Monday.",
         "2021-05-12", "Quillon", "2021-05-10"),
        ("Quillon Capteurs, dont l'action a chuté de 5 % lundi, a été ajoutée à la liste des "
         "entités en avril.", "2021-05-12", "Quillon", "2021-04"),
        # a weekday needs a publication date known to the day: no guessing
        ("Quillon Sensors was added to the Entity List on Wednesday, the department said.",
         "2021-05", "Quillon", None),
        ("Le Trésor américain a sanctionné mercredi la société Quillon Capteurs.", "2021-05", "Quillon", None),
    ],
)
def test_relative_and_distractor_dates_of_one_listing(
    text: str, published: str, word: str, date: str | None
) -> None:
    assert dated(text, published, "designation", word) == [date]


@pytest.mark.parametrize(
    "text",
    [
        "The Treasury sanctioned Quillon Sensors on Tuesday. Marwick Optics had been added to the "
        "SDN list as well.",
        "Le Trésor américain a sanctionné mardi la société Quillon Capteurs. Le groupe Marwick "
        "Optique avait été ajouté à la liste des entités.",
    ],
)
def test_a_listing_in_the_past_perfect_without_a_date_takes_none(text: str) -> None:
    # told as background, it is not the day's news: no publication or lede date
    got = _dates_of(text, "2021-05-12")
    assert got.get("Quillon Sensors", got.get("Quillon Capteurs")) == "2021-05-11"
    assert any("Marwick" in k for k in got) and all(v is None for k, v in got.items() if "Marwick" in k), got


@pytest.mark.parametrize(
    ("text", "typ", "word", "date"),
    [
        # days counted from the article's previous date
        ("The Treasury sanctioned Harlow Shipping on March 3, 2021. Kestrel Tankers Ltd was "
         "sanctioned the next day.", "designation", "Kestrel", "2021-03-04"),
        ("The Treasury sanctioned Harlow Shipping on March 3, 2021. Two days later, Kestrel "
         "Tankers Ltd was sanctioned too.", "designation", "Kestrel", "2021-03-05"),
        ("The Pentagon blacklisted Harlow Shipping on March 3, 2021. A week later, Harlow "
         "Shipping sued the department.", "legal_challenge", "Harlow", "2021-03"),
        ("Le Trésor a sanctionné la société Harlow Navigation le 3 mars 2021. Le lendemain, la "
         "société Kestrel Pétroliers a été sanctionnée à son tour.", "designation", "Kestrel", "2021-03-04"),
        ("La société Harlow Navigation a porté plainte le 3 mars 2021. La veille, le Trésor "
         "avait sanctionné la société Kestrel Pétroliers.", "designation", "Kestrel", "2021-03-02"),
        ("Le Pentagone a blacklisté Harlow Navigation le 3 mars 2021. Deux jours plus tard, la "
         "société Harlow Navigation a porté plainte.", "legal_challenge", "Harlow", "2021-03-05"),
        # with no earlier date there is nothing to count from
        ("Kestrel Tankers Ltd was sanctioned the next day.", "designation", "Kestrel", None),
        # numeric dates: dotted day.month.year; a slashed one only when its order shows
        ("Kestrel Tankers Ltd was added to the Entity List on 14.01.2021.", "designation", "Kestrel", "2021-01-14"),
        ("Kestrel Tankers Ltd was added to the Entity List on 01/14/2021.", "designation", "Kestrel", "2021-01-14"),
        ("Kestrel Tankers Ltd was added to the Entity List on 01/05/2021.", "designation", "Kestrel", None),
        ("Kestrel Pétroliers a été ajoutée à la liste des entités le 14.01.2021.", "designation", "Kestrel", "2021-01-14"),
        # a season of a year is that year
        ("Kestrel Tankers Ltd was sanctioned in the summer of 2020.", "designation", "Kestrel", "2020"),
        ("Kestrel Pétroliers a été sanctionnée à l'été 2020.", "designation", "Kestrel", "2020"),
    ],
)
def test_days_counted_numeric_dates_and_seasons(text: str, typ: str, word: str, date: str | None) -> None:
    assert dated(text, "2021-05-12", typ, word) == [date]


def test_the_eve_of_a_named_event_is_not_the_day_before_the_last_date() -> None:
    # "à la veille du sommet" is before the summit, not the day before the last date given
    text = ("Le Trésor a sanctionné la société Harlow Navigation le 3 mars 2021. À la veille du "
            "sommet, la société Kestrel Pétroliers a été sanctionnée.")
    assert dated(text, "2021-05-12", "designation", "Kestrel") != ["2021-03-02"]


def test_a_dashed_stamp_is_glued_but_a_span_of_two_dates_is_not() -> None:
    from listwatch.news.dates import PartialDate, find_dates
    from listwatch.news.dates_context import glued_stamp as _glued_stamp

    pub = PartialDate.parse("2021-05-12")
    for text, glued in [
        ("December 21, 2018 - On December 19, 2018, the Treasury acted.", True),
        ("21 décembre 2018 Le 19 décembre 2018, le Trésor a agi.", True),
        ("January 14, 2021 - March 3, 2021 saw three listings.", False),
        ("January 14, 2021 to March 3, 2021 saw three listings.", False),
    ]:
        lang = "fr" if "décembre" in text else "en"
        assert _glued_stamp(text, find_dates(text, lang, pub)) is glued, text


@pytest.mark.parametrize(
    "text",
    [
        "The Pentagon blacklisted Harlow Shipping on Wednesday, March 3, 2021. The following "
        "Monday, Harlow Shipping sued the department.",
        "Le Pentagone a blacklisté Harlow Navigation le mercredi 3 mars 2021. Le lundi suivant, "
        "la société Harlow Navigation a porté plainte.",
    ],
)
def test_the_following_weekday_counts_from_the_previous_date(text: str) -> None:
    # not the Monday before publication: the Monday after 3 March
    assert dated(text, "2021-05-12", "legal_challenge", "Harlow") == ["2021-03-08"]


def test_a_day_first_dateline_dates_the_filing_not_the_action() -> None:
    # "PARIS, 12 mai (Reuters) -": the wire's filing day; the action is Monday's
    text = ("PARIS, 12 mai (Reuters) - Le Trésor américain a sanctionné la société Harlow "
            "Navigation, a-t-il annoncé lundi.")
    assert dated(text, "2021-05-12", "designation", "Harlow") == ["2021-05-10"]



# the relative dates a news sentence gives its listing, read from Thursday 14 March 2024
@pytest.mark.parametrize(("lang", "want", "sentence"), [
 ("en", "2024-03", "The Treasury sanctioned Talvex Robotics Ltd earlier this month."),
 ("en", "2024-03", "The Treasury sanctioned Talvex Robotics Ltd last week."),
 ("en", "2024-03-12", "The Treasury sanctioned Talvex Robotics Ltd on Tuesday."),
 ("en", "2024-03", "The Treasury sanctioned Talvex Robotics Ltd in early March."),
 ("en", "2023", "The Treasury sanctioned Talvex Robotics Ltd at the end of last year."),
 ("en", "2024-02", "The Treasury sanctioned Talvex Robotics Ltd two weeks ago."),
 ("en", "2024-02", "The Treasury sanctioned Talvex Robotics Ltd last month."),
 ("en", "2024-03-13", "The Treasury sanctioned Talvex Robotics Ltd yesterday."),
 ("en", "2023-11", "The Treasury sanctioned Talvex Robotics Ltd in November."),
 ("en", "2024-03-08", "The Treasury sanctioned Talvex Robotics Ltd last Friday."),
 ("fr", "2024-03", "Le Trésor a sanctionné Talvex Robotics plus tôt ce mois-ci."),
 ("fr", "2024-03", "Le Trésor a sanctionné Talvex Robotics la semaine dernière."),
 ("fr", "2024-03-12", "Le Trésor a sanctionné Talvex Robotics mardi."),
 ("fr", "2024-03", "Le Trésor a sanctionné Talvex Robotics début mars."),
 ("fr", "2023", "Le Trésor a sanctionné Talvex Robotics fin 2023."),
 ("fr", "2024-02", "Le Trésor a sanctionné Talvex Robotics il y a deux semaines."),
 ("fr", "2024-02", "Le Trésor a sanctionné Talvex Robotics le mois dernier."),
 ("fr", "2024-03-13", "Le Trésor a sanctionné Talvex Robotics hier."),
 ("fr", "2023-11", "Le Trésor a sanctionné Talvex Robotics en novembre."),
 ("fr", "2024-03-08", "Le Trésor a sanctionné Talvex Robotics vendredi dernier."),
 ("fr", "2023-11", "Le Trésor a sanctionné Talvex Robotics en novembre dernier."),
])
def test_relative_dates_of_a_listing(lang: str, want: str, sentence: str) -> None:
    evs = extract_article(sentence, published="2024-03-14", language=lang)["events"]
    assert [e["date"] for e in evs if e["type"] == "designation"] == [want]


@pytest.mark.parametrize(
    ("text", "published", "want"),
    [
        # the page gives only its month: the opening writes the day out in full, and the
        # parties the next sentences name take it
        ("Le Conseil a pris lundi des sanctions contre un groupe armé. Le Conseil est passé à "
         "l'acte ce lundi 13 décembre 2021. Il a adopté des sanctions contre la société Korvel "
         "Securitas et deux autres entités.", "2021-12", [("Korvel Securitas", "2021-12-13")]),
        ("The Treasury acted on Tuesday, 14 September 2021, after months of review. It "
         "designated Dastro Marine Ltd and its owner.", "2021-09", [("Dastro Marine Ltd", "2021-09-14")]),
        # a full date of another month is no day of the page's news
        ("The Treasury had acted on 14 June 2021 against the network. It designated Dastro "
         "Marine Ltd and its owner.", "2021-09", [("Dastro Marine Ltd", None)]),
        # "a communiqué published yesterday": the communiqué's day is the action's
        ("Le Trésor a imposé de nouvelles sanctions contre des dizaines d'entités, selon un "
         "communiqué officiel publié hier. L'OFAC a ajouté Korvel Securitas et Dastro Marine à sa "
         "liste.", "2023-11-03", [("Korvel Securitas", "2023-11-02"), ("Dastro Marine", "2023-11-02")]),
    ],
)
def test_the_day_of_the_news_from_the_opening(text: str, published: str, want: list[tuple[str, str | None]]) -> None:
    evs = extract_article(text, published=published)["events"]
    assert [(e["entity"], e["date"]) for e in evs if e["type"] == "designation"] == want


def test_a_weekday_on_a_page_dated_by_its_month_stays_undated() -> None:
    # no day written out anywhere: nothing to resolve "lundi" against (no guessing)
    text = ("Le Conseil a adopté lundi des sanctions contre la société Korvel Securitas et deux "
            "autres entités.")
    evs = extract_article(text, published="2021-12")["events"]
    assert [(e["entity"], e["date"]) for e in evs] == [("Korvel Securitas", None)]


@pytest.mark.parametrize(("text", "want"), [
    ("Nabra and Dastro Finance were designated as Specially Designated Global Terrorists in 2001 and "
     "2007, respectively.", [("Nabra", "2001"), ("Dastro Finance", "2007")]),
    ("Nabra et Dastro Finance ont été inscrits sur la liste en 2001 et en 2007 respectivement.",
     [("Nabra", "2001"), ("Dastro Finance", "2007")]),
    # without "respectively" nothing pairs the dates with the parties
    ("Nabra and Dastro Finance were designated in 2001 and 2007.", [("Nabra", "2001"), ("Dastro Finance", "2001")]),
])
def test_respectively_pairs_dates_with_parties(text: str, want: list[tuple[str, str]]) -> None:
    evs = extract_article(text, published="2021-05-12")["events"]
    assert [(e["entity"], e["date"]) for e in evs if e["type"] == "designation"] == want


def test_a_page_without_a_date_takes_its_bylines_date() -> None:
    text = ("U.S. sanctions a shipping firm\n\nBy Jane Roe   |   Jan. 28, 2019 at 5:20 PM\n\n"
            "The Treasury on Monday designated Kestrel Marine Ltd for shipping oil.")
    evs = extract_article(text, published=None, language="en")["events"]
    assert [(e["entity"], e["date"]) for e in evs] == [("Kestrel Marine Ltd", "2019-01-28")]
    # a date in the body is no byline: the weekday stays unresolved
    text = ("U.S. sanctions a shipping firm\n\nThe order of Jan. 28, 2019 is renewed.\n\n"
            "The Treasury on Monday designated Kestrel Marine Ltd for shipping oil.")
    evs = extract_article(text, published=None, language="en")["events"]
    assert [(e["entity"], e["date"]) for e in evs] == [("Kestrel Marine Ltd", None)]
