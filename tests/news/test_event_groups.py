"""Counted groups: parties counted in one sentence and named in another get one event
each, for every action that counted them."""

from __future__ import annotations

from listwatch.news import extract_article


def _pairs(text: str, published: str | None = None) -> set[tuple[str, str]]:
    return {(e["type"], e["entity"]) for e in extract_article(text, published=published)["events"]}


NAMES = ("Kestrel Maritime Inc", "Halden Tankers Ltd", "Brisa Navigation SA")


def test_colon_list_gives_each_party_its_event() -> None:
    text = ("Commerce adds three firms\n\nThe Commerce Department on Thursday added three companies to the "
            "Entity List: Kestrel Maritime Inc., Halden Tankers Ltd and Brisa Navigation SA.")
    assert {("designation", n) for n in NAMES} <= _pairs(text, "2024-05-10")


def test_names_given_later_go_to_every_action_that_counted_them() -> None:
    # designated 3 companies; a licence for "the following persons", named in bullets
    text = ("On November 16, 2023, OFAC designated 3 Panama-based companies for carrying oil above the "
            "price cap. The 3 companies were designated pursuant to Executive Order 14024.\n"
            "On the same day, OFAC issued General License 80 to authorize limited transactions involving "
            "the following blocked persons:\n"
            "• Kestrel Maritime Inc.;\n• Halden Tankers Ltd; or\n• Brisa Navigation SA.\n")
    got = _pairs(text)
    assert {("designation", n) for n in NAMES} <= got
    assert {("license", n) for n in NAMES} <= got


def test_a_group_of_another_size_is_not_named_by_the_list() -> None:
    text = ("On November 16, 2023, OFAC designated 5 Panama-based companies for carrying oil above the "
            "price cap.\nOn the same day, OFAC issued General License 80 to authorize limited transactions "
            "involving the following blocked persons:\n"
            "• Kestrel Maritime Inc.;\n• Halden Tankers Ltd; or\n• Brisa Navigation SA.\n")
    got = _pairs(text)
    assert {("license", n) for n in NAMES} <= got
    assert not {("designation", n) for n in NAMES} & got


def test_french_counted_group_named_after() -> None:
    text = ("Le Trésor américain a sanctionné jeudi trois sociétés. Il s'agit de Kestrel Maritime Inc, "
            "Halden Tankers Ltd et Brisa Navigation SA.")
    assert {("designation", n) for n in NAMES} <= _pairs(text, "2024-05-10")
