"""Which day an act takes when the sentence's own dates are not its own, on short articles
written for the test: a headline's undated act does not fix the day the lede gives, dates
coordinated after a distractor go with it, a start cue after a past tense (or opening a clause
that tells a present state) tells a day begun,
an act whose subject is a legal text takes the day a sentence before gave that text, and a
designation told by "qualifier ... comme organisations terroristes" with a long object;
with near misses that must keep their date or stay undated."""

from __future__ import annotations

import pytest

from listwatch.news import extract_article
from listwatch.news.dates import PartialDate, find_dates


def dated(text: str, published: str | None, typ: str, word: str, lang: str | None = None) -> list[str | None]:
    evs = extract_article(text, published=published, language=lang)["events"]
    return [e["date"] for e in evs if e["type"] == typ and word.lower() in e["entity"].lower()]


# --- a headline's undated act fixes no day ------------------------------------------------

HEADLINED = (
    "Le ministère désigne plusieurs armateurs comme organisations terroristes\n\n"
    "Par Jeanne Morel\n15 mars 2025 04:57\n\n"
    "Le ministère a qualifié plusieurs armateurs du littoral et deux courtiers maritimes comme "
    "organisations terroristes le 12 mars, a indiqué son porte-parole.\n\n"
    "L'armateur Velmora Sud a aussi été désigné comme organisation terroriste."
)


def test_the_lede_dates_the_act_a_headline_tells_undated() -> None:
    assert dated(HEADLINED, "2025-03-15", "designation", "Velmora") == ["2025-03-12"]


def test_without_a_dated_lede_the_news_day_stays() -> None:
    # near miss: the lede gives no date; the page's day of the news dates the act
    text = HEADLINED.replace(" le 12 mars", "")
    assert dated(text, "2025-03-15", "designation", "Velmora") == ["2025-03-15"]


# --- dates coordinated after a distractor go with it ------------------------------------

@pytest.mark.parametrize(
    ("text", "published", "date"),
    [
        # each month of a list extended later belongs to the extension
        ("Le ministère a placé la société Orvane Bâtiment sur sa liste, étendue ensuite en avril, en "
         "mai et en octobre 2025.", "2025-12-19", None),
        ("The ministry sanctioned Orvane Holdings on March 4, weeks after its founder's visit in June "
         "and in August 2024.", "2024-12-19", "2024-03-04"),
    ],
)
def test_dates_coordinated_with_a_distractor_are_not_the_act(text: str, published: str, date: str | None) -> None:
    assert dated(text, published, "designation", "Orvane") == [date]


def test_a_date_after_a_trigger_is_no_run() -> None:
    # near miss: a date after the distractor's, with an act between them, is that act's
    text = ("Après sa visite en juin, le ministère a sanctionné en août la société Orvane Bâtiment.")
    assert dated(text, "2025-12-19", "designation", "Orvane") == ["2025-08"]


# --- a start cue after a past tense ---------------------------------------------------------

@pytest.mark.parametrize(
    ("sentence", "lang", "day", "ahead"),
    [
        ("Le gel a pris effet dès le 6 février, jour de sa parution au journal officiel.", "fr", "2025-02-06", False),
        ("Les avoirs de la société avaient été gelés dès le 6 février.", "fr", "2025-02-06", False),
        ("The company's assets were blocked as of February 6.", "en", "2025-02-06", False),
        # a start opening its clause, whose clause tells a state in the present
        ("In general, as of February 6, the property of the company is blocked.", "en", "2025-02-06", False),
        ("Dès le 6 février, les avoirs de la société sont gelés.", "fr", "2025-02-06", False),
        # near misses: a start ahead, a deadline after a past tense, a duty, a state ahead
        ("À compter du 6 février, les avoirs de la société seront gelés.", "fr", "2026-02-06", True),
        ("As of February 6, companies must stop trading with it.", "en", "2026-02-06", True),
        ("Les sanctions entreront en vigueur dès le 6 février.", "fr", "2026-02-06", True),
        ("La licence a été prolongée jusqu'au 6 février.", "fr", "2026-02-06", True),
        ("Les entreprises devront cesser leurs ventes dès le 6 février.", "fr", "2026-02-06", True),
        ("Companies must stop trading with it as of February 6.", "en", "2026-02-06", True),
    ],
)
def test_a_start_after_a_past_tense_is_past(sentence: str, lang: str, day: str, ahead: bool) -> None:
    found = find_dates(sentence, lang, PartialDate.parse("2025-12-19"))
    assert [(d.date.iso() if d.date else None, d.deadline) for d in found] == [(day, ahead)]


# --- an act told by a legal text takes the text's day ------------------------------------

@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Tout a débuté le 6 février, quand le président a signé le décret 4410. "
         "Ce décret plaçait la société Oakridge Minerals sur une liste de personnes visées.", "2025-02-06"),
        ("The measures began when the president signed an executive order on February 6. This order "
         "placed Oakridge Minerals Ltd on the list of blocked persons.", "2025-02-06"),
    ],
)
def test_an_act_by_a_text_takes_the_text_day(text: str, date: str) -> None:
    assert dated(text, "2025-12-19", "designation", "Oakridge") == [date]


@pytest.mark.parametrize(
    "text",
    [
        # near miss: a text the sentence does not point back to ("un décret")
        "Tout a débuté le 6 février, quand le président a signé le décret 4410. "
        "Un autre décret plaçait la société Oakridge Minerals sur une liste de personnes visées.",
        # near miss: the sentence before gives two days, which is the text's is not told
        "Le décret 4410 a été signé le 6 février et appliqué le 9 février. Ce décret plaçait la "
        "société Oakridge Minerals sur une liste de personnes visées.",
        # near miss: no text named before
        "Tout a débuté le 6 février. Ce décret plaçait la société Oakridge Minerals sur une "
        "liste de personnes visées.",
    ],
)
def test_an_act_by_a_text_without_its_day_stays_undated(text: str) -> None:
    assert dated(text, "2025-12-19", "designation", "Oakridge") == [None]


# --- "qualifier ... comme organisations terroristes" with a long object --------------------

def test_a_long_object_before_comme_is_a_designation() -> None:
    text = ("Le ministère a qualifié le réseau Corvel Nord et plusieurs groupes armés de la région "
            "côtière comme organisations terroristes le 3 mai.")
    assert dated(text, "2025-05-05", "designation", "Corvel") == ["2025-05-03"]


def test_comme_without_a_listing_noun_is_no_designation() -> None:
    # near miss: "qualifié ... comme" describes, it lists nothing
    text = ("Le ministre a qualifié le réseau Corvel Nord et plusieurs groupes armés de la région "
            "côtière comme une menace sérieuse le 3 mai.")
    assert dated(text, "2025-05-05", "designation", "Corvel") == []
