"""A courtesy title written without its full stop, as British and Irish papers write it ("Mr
Briel", "Ms Varga", "Dr Osk"), names no one of its own: the surname after it is the person
the article named in full, and the act told of "Mr X" is that person's. A relative with the
same surname and a given name of their own stays apart. Sentences of our own."""

from __future__ import annotations

import pytest

from listwatch.news import extract_article


def _designations(text: str) -> list[tuple[str, str | None]]:
    evs = extract_article(text, published="2024-03-14")["events"]
    return sorted((e["entity"], e["date"]) for e in evs if e["type"] == "designation")


@pytest.mark.parametrize(("text", "party", "date"), [
    ("The tribunal heard the appeal of Anton Briel on Monday. On 10 March 2022, Mr Briel was designated "
     "under the 2019 Regulations.", "Anton Briel", "2022-03-10"),
    ("The tribunal heard the appeal of Lena Varga on Monday. Ms Varga was sanctioned by the Foreign "
     "Secretary in March 2022.", "Lena Varga", "2022-03"),
    ("Lena Varga sued the Council on Monday. In March 2022 the Council had added Mrs Varga to its list.",
     "Lena Varga", "2022-03"),
    ("Lena Varga sued the Council on Monday. In March 2022 the Foreign Secretary designated Dr Varga "
     "under the regulations.", "Lena Varga", "2022-03"),
])
def test_the_surname_after_a_courtesy_title_is_the_persons(text: str, party: str, date: str) -> None:
    assert (party, date) in _designations(text)


def test_a_relative_with_a_given_name_of_their_own_stays_apart() -> None:
    text = "The Treasury sanctioned Anton Briel in May. His brother Pavel Briel was not sanctioned."
    assert [p for p, _d in _designations(text)] == ["Anton Briel"]
