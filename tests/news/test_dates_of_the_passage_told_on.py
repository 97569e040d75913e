"""An undated act told on in the passage of a dated one is that act's detail, however old
its day: the measure as the subject of its verb ("The sanctions were imposed on A", "the
measures targeted A", « la mesure visait A ») or an adverb of detail ("They notably added
A", « Ils ont notamment ajouté A »), within two sentences of an act of the same kind told
with its own date, in the same paragraph, takes that act's date, not the lede's. A new
paragraph ends the passage; an act of another kind is not the passage's detail
(``events._TOLD_ON_DETAIL``). Sentences of our own."""

from __future__ import annotations

import pytest

from listwatch.news import extract_article

_LEDE_EN = "On Friday the EU froze the assets of Lena Orsk. "
_LEDE_FR = "Vendredi, l'UE a gelé les avoirs de Lena Orsk. "


def _dates(text: str) -> dict[str, str | None]:
    evs = extract_article(text, published="2023-05-10")["events"]
    return {e["entity"]: e["date"] for e in evs if e["type"] == "designation"}


@pytest.mark.parametrize(("text", "day"), [
    (_LEDE_EN + "On 3 March, Canada imposed sanctions on 20 Belarusian firms. The sanctions were imposed on "
     "Minsk Steel and Gomel Timber.", "2023-03-03"),
    (_LEDE_EN + "On 3 March, Ottawa sanctioned 20 Belarusian firms. Besides these firms, the measures "
     "targeted Minsk Steel and Gomel Timber.", "2023-03-03"),
    (_LEDE_EN + "In early March, Canada imposed new sanctions on Belarus. They notably added Minsk Steel "
     "and Gomel Timber to the list.", "2023-03"),
    (_LEDE_FR + "Début mars, le Canada a adopté de nouvelles sanctions contre la Biélorussie. Ils ont "
     "notamment ajouté à leur liste Minsk Steel et Gomel Timber.", "2023-03"),
])
def test_the_detail_of_a_dated_act_takes_its_date(text: str, day: str) -> None:
    dates = _dates(text)
    assert dates["Lena Orsk"] == "2023-05-05"
    assert dates["Minsk Steel"] == dates["Gomel Timber"] == day


def test_a_new_paragraph_ends_the_passage() -> None:
    text = (_LEDE_EN + "On 3 March, Canada imposed sanctions on 20 Belarusian firms.\n\nThe sanctions were "
            "imposed on Minsk Steel and Gomel Timber.")
    assert _dates(text)["Minsk Steel"] == "2023-05-05"
