"""A list printed one name a line takes the act of the sentence that announces it: the
act's object is left to the lines after it. Three things that stood between the act and its
lines: a number sign in brackets inside the announcing sentence ("(No. 4)") cut it in two,
leaving its colon with no act; lines that are a name alone each, with no bullet and no colon
before them, after a sentence that counted the act's parties; and the employer of a counted
group named in the announcing line ("The eleven managers of X sanctioned are:"), which is no
party of that line. Invented parties, sentences written for this test."""

from __future__ import annotations

import pytest

from listwatch.news import extract_article
from listwatch.news.sentences import split_sentences

PUB = "2024-06-05"


def _got(text: str, lang: str) -> list[tuple[str, str]]:
    res = extract_article(text, published=PUB, language=lang)
    return sorted((e["type"], e["entity"]) for e in res["events"])


THREE = [("designation", "Dorin Petrovich VASKO"), ("designation", "Ilya Markovich ZOLTAN"),
         ("designation", "Oksana Lvovna BEREG")]


@pytest.mark.parametrize("text", [
    "New listings\n"
    "Under the regulations, the Minister has designated for financial sanctions, by the Sanctions "
    "(Thematic) Amendment (No. 4) Instrument 2024:\n"
    "- Dorin Petrovich VASKO\n- Ilya Markovich ZOLTAN\n- Oksana Lvovna BEREG\n"
    "The instrument was registered the same day.",
    "Listings\n"
    "Today the Minister has designated, by legislative instrument (No. 12) of 2024:\n"
    "Persons listed\n"
    "- Dorin Petrovich VASKO\n- Ilya Markovich ZOLTAN\n- Oksana Lvovna BEREG",
    "Listings\n"
    "By the Amending Regulation (Nos. 2 and 3), the Council has sanctioned:\n"
    "• Dorin Petrovich VASKO;\n• Ilya Markovich ZOLTAN;\n• Oksana Lvovna BEREG.",
])
def test_a_number_sign_in_brackets_does_not_end_the_announcing_sentence(text: str) -> None:
    assert _got(text, "en") == THREE


def test_a_number_sign_in_brackets_is_no_sentence_end() -> None:
    sents = split_sentences("The Order (No. 4) was made today. It lists three persons.", "en")
    assert [s.text for s in sents] == ["The Order (No. 4) was made today.", "It lists three persons."]


FOUR = [("designation", "Brantovo Freight Corp"), ("designation", "Codru Shipping Co. Ltd"),
        ("designation", "Orhei River Lines Ltd"), ("designation", "Varnel Marine Holdings Inc")]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The Treasury designated four freight companies on Tuesday.\n\n"
     "Brantovo Freight Corp.\n\nCodru Shipping Co. Ltd.\n\nOrhei River Lines Ltd.\n\nVarnel Marine Holdings Inc.\n\n"
     "The four are said to carry fuel for the navy."),
    ("en", "Four freight companies were added on Tuesday to the Entity List.\n"
     "Brantovo Freight Corp\nCodru Shipping Co. Ltd\nOrhei River Lines Ltd\nVarnel Marine Holdings Inc\n"
     "The list now counts 90 firms."),
    ("fr", "Le Trésor a sanctionné mardi quatre sociétés de fret.\n\n"
     "Brantovo Freight Corp\n\nCodru Shipping Co. Ltd\n\nOrhei River Lines Ltd\n\nVarnel Marine Holdings Inc\n\n"
     "Ils transporteraient du carburant pour la marine."),
])
def test_names_alone_a_line_after_a_counted_act(lang: str, text: str) -> None:
    assert _got(text, lang) == FOUR


def test_names_alone_a_line_after_no_act_give_nothing() -> None:
    text = ("The port hosted four freight companies at its fair on Tuesday.\n\n"
            "Brantovo Freight Corp.\n\nCodru Shipping Co. Ltd.\n\nOrhei River Lines Ltd.\n\n"
            "Varnel Marine Holdings Inc.")
    assert _got(text, "en") == []


MANAGERS = [("designation", "Anton Pavlovich Kirov"), ("designation", "Lena Igorevna Sadko"),
            ("designation", "Yuri Olegovich Marsh")]
LINES = "- Anton Pavlovich Kirov – finance director\n- Lena Igorevna Sadko – head of sales\n" \
        "- Yuri Olegovich Marsh – legal counsel\n"


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The Treasury on Tuesday imposed sanctions on eleven managers of Velor Systems.\n"
     "The eleven managers of Velor Systems sanctioned are:\n" + LINES),
    ("en", "OFAC announced sanctions against twelve executives of Velor Systems today.\n"
     "The twelve executives of Velor Systems targeted and their posts are:\n" + LINES),
    ("fr", "Le Trésor a annoncé mardi des sanctions contre douze dirigeants de Velor Systems.\n"
     "Les douze dirigeants de Velor Systems sanctionnés et leurs fonctions sont :\n" + LINES),
])
def test_the_employer_of_the_announced_group_is_no_party_of_the_line(lang: str, text: str) -> None:
    assert _got(text, lang) == MANAGERS


def test_a_party_of_its_own_in_the_announcing_line_keeps_the_list_apart() -> None:
    # the line names a party that is no group's employer: its lines are not the act's
    text = ("The Treasury on Tuesday imposed sanctions on eleven managers of Velor Systems.\n"
            "Velor Systems and its partners are:\n" + LINES)
    got = _got(text, "en")
    assert not any(name in {n for _t, n in got} for _t, name in MANAGERS)
