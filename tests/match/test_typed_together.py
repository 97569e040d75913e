"""Two words of a listed organisation's name typed together in a client file
(ISLAMICSTATE), against a listed name that closes with its own initials: the letters are
the same once the initials are read as the name said again (``names.initials_joined``);
before, the query returned nothing."""

from __future__ import annotations

import pytest

from listwatch.match.compare import compare_names
from listwatch.match.names import compare_names as raw
from listwatch.match.normalize import ORG, normalize
from listwatch.screening.bounds import upper_bounds

LISTED = "ISLAMIC STATE WEST AFRICA PROVINCE (ISWAP)"


def test_words_typed_together_before_the_names_own_initials() -> None:
    result = compare_names("ISLAMICSTATE WEST AFRICA PROVINCE", LISTED, "Organization")
    assert result.match
    assert "own initials" in result.explanation[0]["detail"]


@pytest.mark.parametrize("query", [
    "ISLAMICSTATE EAST AFRICA PROVINCE",  # (another word: another body)
    "ISLAMICSTATE WEST AFRICA",  # (a word left out: not the same letters)
])
def test_other_letters_are_no_typed_together_name(query: str) -> None:
    assert compare_names(query, LISTED, "Organization").score < 0.95


@pytest.mark.parametrize(("a", "b"), [
    ("ISLAMICSTATE WEST AFRICA PROVINCE", LISTED),
    (LISTED, "ISLAMICSTATE WEST AFRICA PROVINCE"),
    ("SPECIALINDUSTRIES GROUP", "SPECIAL INDUSTRIES GROUP (SIG)"),
])
def test_the_screening_bound_stays_above(a: str, b: str) -> None:
    na, nb = normalize(a, ORG), normalize(b, ORG)
    assert upper_bounds(na, [nb])[0] >= raw(na, nb).score


@pytest.mark.realdata
def test_the_un_list_entry_is_found_typed_together(shared_data, tmp_path) -> None:
    from listwatch.screening.screen import Screener
    from listwatch.store.db import Store
    from listwatch.store.ingest import ingest_paths

    store = Store(f"sqlite:///{tmp_path / 'un.db'}")
    ingest_paths(store, "un_sc", [shared_data / "un_sc_consolidated" / "2026-02-27"])
    results = Screener.load(store).screen({"name": "ISLAMICSTATE WEST AFRICA PROVINCE"})
    store.dispose()
    assert results and results[0]["match"]
    assert "ISLAMIC STATE WEST AFRICA PROVINCE" in results[0]["name"]
