"""Another authority's earlier act told in passing, named by the United Nations acting or by
its list ("two years after the U.N. list had named X", « la liste de l'ONU », « l'ONU avait
retiré X »): the Security Council's act, an event of its own beside the main clause's act
of another authority. Near miss: United Nations words that name no act or list."""

from __future__ import annotations

from listwatch.news import extract_article


def _acts(text: str, lang: str) -> set[tuple[str, str | None]]:
    r = extract_article(text, published="2024-06-12", language=lang)
    return {(e["type"], e["authority"]) for e in r["events"] if e["entity"] == "Ana Roe"}


def test_a_un_list_in_an_after_clause_is_the_council_s_act() -> None:
    got = _acts("Brussels sanctioned Ana Roe in 2004, two years after she was added to a U.N. list.", "en")
    assert ("designation", "UN Security Council") in got
    assert ("designation", "Council of the European Union") in got  # (Brussels)


def test_the_united_nations_acting() -> None:
    got = _acts("Ana Roe, whom the United Nations added to its list in 2002, lost her appeal on Monday.", "en")
    assert ("designation", "UN Security Council") in got


def test_l_onu_agissant() -> None:
    got = _acts("L'ONU avait retiré Ana Roe de sa liste en 2012, mais l'Union l'a maintenue.", "fr")
    assert ("removal", "UN Security Council") in got


def test_un_words_that_name_no_act_give_no_authority() -> None:
    # near miss: a UN envoy's words, the Treasury's act
    got = _acts("The Treasury on Monday sanctioned Ana Roe, a UN envoy said.", "en")
    assert ("designation", "UN Security Council") not in got
