"""The day an outlet reported the news, told with its verb of reporting (", the X Ledger
reported on Tuesday", « a rapporté mardi le journal X »), is the report's day, no act's:
the act is told as undated by that sentence, and takes its own day where the story
tells one. An authority that says or announces on a day still dates its act. Sentences
of our own."""

from __future__ import annotations

import pytest

from listwatch.news import extract_article

PUBLISHED = "2024-03-15"  # a Friday


def _dates(text: str, typ: str, who: str) -> list[str | None]:
    evs = extract_article(text, published=PUBLISHED)["events"]
    return [e["date"] for e in evs if e["type"] == typ and who in e["entity"]]


@pytest.mark.parametrize(("text", "typ", "who"), [
    ("Norvane Textiles, a yarn maker based in Porto, sued the Commerce Department over its export "
     "blacklisting, the Harbour Ledger reported on Tuesday.", "legal_challenge", "Norvane"),
    ("The Harbour Ledger reported this month that Norvane Textiles had filed a suit against the "
     "Treasury to challenge its designation.", "legal_challenge", "Norvane"),
    ("Norvane Textiles has challenged its designation in court, the weekly Vista Courier reports "
     "on Wednesday.", "legal_challenge", "Norvane"),
    ("Norvane Textiles a saisi la justice pour contester son inscription sur la liste noire, a "
     "rapporté mardi le quotidien Le Guetteur.", "legal_challenge", "Norvane"),
    ("Selon Le Guetteur, qui le révèle mercredi, Norvane Textiles a attaqué en justice le Trésor "
     "pour faire annuler les sanctions.", "legal_challenge", "Norvane"),
])
def test_a_reports_day_is_no_acts_day(text: str, typ: str, who: str) -> None:
    assert _dates(text, typ, who) == [None]


def test_the_act_takes_its_own_day_told_next() -> None:
    text = ("Washington a rayé le Valdoria de sa liste des États qui appuient le terrorisme, a rapporté "
            "vendredi la radio Onda Libre. La décision est entrée en vigueur mercredi.")
    assert _dates(text, "removal", "Valdoria") == ["2024-03-13"]


@pytest.mark.parametrize(("text", "typ", "who", "want"), [
    # near misses: an authority's own word on a day dates its act ...
    ("The Treasury said on Tuesday it had added Norvane Textiles to its sanctions list.", "designation",
     "Norvane", "2024-03-12"),
    ("Le Trésor a annoncé mardi l'inscription de Norvane Textiles sur sa liste noire.", "designation",
     "Norvane", "2024-03-12"),
    # ... and so does a day the sentence gives the act beside the report
    ("Norvane Textiles sued the Treasury on 4 March, the Harbour Ledger reported.", "legal_challenge",
     "Norvane", "2024-03-04"),
])
def test_an_authoritys_day_or_the_acts_own_stays(text: str, typ: str, who: str, want: str) -> None:
    assert _dates(text, typ, who) == [want]
