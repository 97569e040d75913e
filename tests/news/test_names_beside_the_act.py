"""Names that stand beside the act, not in it (``attribution``): the one a protest or an
aim is about ("in protest at the treatment of X", « pour protester contre le sort de X »),
where the party holds a role ("noting his role in X", "citing her position at X"),
and the owner told before its named unit ("including Brenner subsidiary Orvex Air"); in
both languages. Sentences of our own."""

from __future__ import annotations

import pytest

from listwatch.news import extract_article


def _parties(text: str) -> list[tuple[str, str]]:
    res = extract_article(text, published="2024-03-14")
    return sorted((e["type"], e["entity"]) for e in res["events"])


@pytest.mark.parametrize("text", [
    # a stake or holdings in a firm are no role: the firm stays the party of a divestment
    "Investors have until 3 March 2025 to sell their stakes in Orvex Holdings.",
    "Les investisseurs ont jusqu'au 3 mars 2025 pour céder leurs participations dans Orvex Holdings.",
])
def test_a_stake_in_a_firm_keeps_the_firm(text: str) -> None:
    assert any(n == "Orvex Holdings" for _t, n in _parties(text))


@pytest.mark.parametrize(("text", "kept", "beside"), [
    # the one the protest is about
    ("Canada on Tuesday imposed sanctions on six Zemblan officials in protest at the treatment of "
     "the dissident Ivan Petrenko.", None, "Ivan Petrenko"),
    ("Le Canada a sanctionné mardi six responsables pour protester contre le sort réservé à "
     "l'opposant Ivan Petrenko.", None, "Ivan Petrenko"),
    ("The ministry sanctioned Karel Dvorak on Monday to protest the arrest of the reporter Ivan "
     "Petrenko.", "Karel Dvorak", "Ivan Petrenko"),
    ("L'Union a sanctionné lundi Karel Dvorak pour dénoncer la détention du journaliste Ivan "
     "Petrenko.", "Karel Dvorak", "Ivan Petrenko"),
    # where the party holds a role
    ("The tribunal dismissed the appeal, noting his role in the steelmaker Orvex Holdings.", None,
     "Orvex Holdings"),
    ("The court upheld the listing of Karel Dvorak, citing her position at Orvex Holdings.",
     "Karel Dvorak", "Orvex Holdings"),
    ("Le tribunal a rejeté le recours de Karel Dvorak, compte tenu de son rôle au sein du groupe "
     "Orvex.", "Karel Dvorak", "Orvex"),
    # the owner told before its named unit
    ("Last week the ministry sanctioned seven firms, including Brenner subsidiary Orvex Air.",
     "Orvex Air", "Brenner"),
    ("The Treasury designated Kestrel unit Orvex Air and its director Karel Dvorak on Monday.",
     "Orvex Air", "Kestrel"),
])
def test_a_name_beside_the_act_is_no_party(text: str, kept: str | None, beside: str) -> None:
    names = {n for _t, n in _parties(text)}
    assert beside not in names
    if kept is not None:
        assert kept in names
