"""A court case's sentence names others besides the party that brought it or won relief:
the judge (a name after a judge's title), the party's counsel (a law firm told as acting for
the party, « SCP X Y, avocats » in a judgment's heading), the defendants a suit is brought
against ("filed the suit against Minister A and Director B"), the outlet that reports it
("..., according to X, ..."). None of them gets a court event; the
party does. Near misses: a party told after "against" with lower-case words between or
with its possessive ("against the listing of X", "against X's designation"), a law firm
that is itself the party, a source that names the party after "by". Sentences of our own."""

from __future__ import annotations

import pytest

from listwatch.news import extract_article
from listwatch.news.court_nonparties import judge_named, paper_label_name


def _events(text: str, kind: str, published: str = "2024-03-09") -> list[str]:
    evs = extract_article(text, published=published)["events"]
    return sorted(e["entity"] for e in evs if e["type"] == kind)


@pytest.mark.parametrize(("text", "name", "judge"), [
    ("The motion was granted on Tuesday by Judge Tamsin Orr Velde in Norfolk.", "Orr Velde", True),
    ("Mardi, la juge Anne Marie Roussel a ordonné la suspension de la mesure.", "Roussel", True),
    ("The judge heard Tamsin Orr Velde, the company's founder, on Tuesday.", "Orr Velde", False),
    ("Judges in Norfolk froze the assets of Orr Velde Trading.", "Orr Velde", False),
])
def test_a_name_after_a_judges_title_is_the_judges(text: str, name: str, judge: bool) -> None:
    assert judge_named(text, text.index(name)) is judge


def test_the_judge_is_no_party_and_the_party_keeps_its_relief() -> None:
    text = "La société Harwick a saisi la justice en mars. Mardi, le juge Orr Velde a ordonné la suspension de la mesure."
    assert _events(text, "injunction") == ["Harwick"]


def test_counsel_acting_for_the_party_is_no_party() -> None:
    text = ("In May, Brandt Kessler LLP brought the case for its client in a federal court. Last week Brandt "
            "Kessler LLP secured an interim order for the Velmar Foundation that halts the listing.")
    assert _events(text, "injunction") == ["Velmar Foundation"]


def test_a_law_firm_in_a_judgments_heading_is_no_party() -> None:
    for firm in ("SCP Orval et Pierre", "SCP ORVAL & PIERRE"):
        text = (f"Décision n° 11223\n{firm}, avocats\n\nElle a introduit un recours contre le gel de ses "
                "comptes, décidé le 3 mars 2024.")
        assert _events(text, "legal_challenge") == [], text


def test_the_defendants_a_suit_names_are_no_plaintiffs() -> None:
    text = "Une plainte a été déposée lundi par la société Tarvos contre la ministre Hanna Boll et le directeur Piet Kamm."
    assert _events(text, "legal_challenge") == ["Tarvos"]


def test_a_party_told_after_against_with_lower_case_words_between_stays() -> None:
    text = "Une plainte a été déposée lundi par la société Tarvos contre la décision visant Orsk Metals."
    assert _events(text, "legal_challenge") == ["Orsk Metals", "Tarvos"]


def test_the_outlet_that_reports_the_suits_is_no_plaintiff() -> None:
    text = "Dozens of businessmen, according to RIAV, have since filed lawsuits at the EU court over the sanctions."
    assert _events(text, "legal_challenge") == []


def test_the_party_beside_its_lawyers_and_the_defendants_keeps_its_case() -> None:
    # near misses: the party's own lawyers, the defendant told with lower-case words before it
    for text, who in [
        ("Korvan Energy's lawyers filed a complaint in court on Monday against the Treasury and its director, "
         "Piet Kamm.", "Korvan Energy"),
        ("Korvan Energy filed a lawsuit in a federal court against the Commerce Department's designation.",
         "Korvan Energy"),
    ]:
        assert who in _events(text, "legal_challenge"), text


def test_a_law_firm_that_is_itself_the_party_keeps_its_case() -> None:
    text = "Halden & Rusk LLP sued the Treasury in a federal court over its own designation on Monday."
    assert _events(text, "legal_challenge") == ["Halden & Rusk LLP"]


def test_a_source_that_names_the_party_by_its_filing_is_no_outlet() -> None:
    text = "According to the complaint filed by Orsk Metals in a federal court, the listing was unlawful."
    assert "Orsk Metals" in _events(text, "legal_challenge")


@pytest.mark.parametrize("text", [
    "Jeudi, le juge de district américain Anselm Quarry a émis une injonction préliminaire en faveur de la société Harwick.",
    "Jeudi, la juge fédérale Anselm Quarry a ordonné la suspension de la désignation de la société Harwick.",
    "On Thursday, Mr Justice Anselm Quarry granted an interim injunction to Harwick Ltd against its designation.",
])
def test_a_judge_titled_with_the_courts_words_is_no_party(text: str) -> None:
    assert "Quarry" not in " ".join(_events(text, "injunction"))
    assert judge_named(text, text.index("Anselm"))


@pytest.mark.parametrize("text", [
    ("Entretien avec Maître Odile Brasseur, après la décision du Tribunal de l'UE du 2 mai 2024 ayant annulé "
     "les sanctions visant la société Harwick."),
    ("Selon Me Odile Brasseur, les juges de Luxembourg ont annulé le 2 mai 2024 les sanctions visant la société Harwick."),
    ("The court annulled the sanctions on Harwick Ltd on 2 May 2024, its lawyer, Odile Brasseur, told reporters."),
])
def test_counsel_told_by_a_title_or_a_word_of_the_bar_is_no_party(text: str) -> None:
    names = " ".join(e["entity"] for e in extract_article(text, published="2024-05-09")["events"])
    assert "Brasseur" not in names


@pytest.mark.parametrize(("name", "label"), [
    ("Civil Action No", True), ("Re Document No.", True), ("Case No", True), ("Docket No.", True),
    ("Requête n°", True), ("Orval Trading", False), ("Case Western Holdings", False), ("Action Nord", False),
])
def test_the_labels_of_a_court_papers_heading_are_no_names(name: str, label: bool) -> None:
    assert paper_label_name(name) is label
