"""The score's upper bounds (``listwatch.screening.bounds``): never below the explained
score (screening skips the candidates whose bound is under what it keeps), on labelled
real pairs and on generated names."""

from __future__ import annotations

import csv
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from listwatch.match.names import compare_names as name_score
from listwatch.match.normalize import ORG, PERSON, VESSEL, NormName, kind_of, normalize
from listwatch.match.scorer import DEFAULT_THRESHOLD
from listwatch.screening.bounds import upper_bounds

CASES = Path("name_matching_nomenklatura") / "2026-05-03" / "cases-dev.csv"


def test_upper_bound_is_a_bound(shared_data: Path) -> None:
    """bounds.upper_bounds never scores a pair below compare_names (screening skips the
    candidates whose bound is under the threshold)."""
    with open(shared_data / CASES, newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    names = [(r["name1"], r["name2"], kind_of(r["schema"])) for r in rows]
    names += [("Kalomer Holdings Ltd", "Kalomer Holding GmbH", "org"),
              ("Vladimir Vladimirovich Putin", "Vladimir Putin", "person"),
              ("JC Juncker", "Jean Claude Juncker", "person"),
              ("Bashar al-Assad", "بشار الأسد", "person"),
              ("Joint Stock Locko Bank", "JOINT STOCK COMPANY LOCKO BANK", "org"),
              ("Limited Liability Alpha Stock", "ALPHA STOCK LLC", "org"),
              ("Seven Sea Golden General Trading LLC", "Seven Sea Golden LLC", "org"),
              ("Acme Trading International Holding", "Acme Bolts Group", "org"),
              ("Acme Bolts", "Acme Bolts Global Trading Nuts", "org"),
              ("Acme Group Trading", "Acme Holding", "org"),
              ("PETERSBURG INTELLIGENT TRANSPORT LO", "Petersburg Intelligent Transport "
               "Logistics", "org"),
              ("Kostyantyn Volodymyrovych IVASHCHENKO", "IVASHCHENKO, Kostyantyn Volodymyrov",
               "person"),
              ("Jam Petrochem Company", "JAM PETROCHEMICAL COMPANY", "org"),
              ("State Enterprise of Sparkling Wine Novy Svet",
               "STATE ENTERPRISE FACTORY OF SPARKLING WINE NOVY SVET", "org"),
              ("Sirjan Steel Complex", "SIRJAN JAHAN STEEL COMPLEX", "org"),
              ("Sirjan Steel Complex Mining", "SIRJAN JAHAN STEEL COMPLEX", "org")]
    for a, b, kind in names:
        na, nb = normalize(a, kind), normalize(b, kind)
        (bound,) = upper_bounds(na, [nb])
        assert bound >= name_score(na, nb, explain=False).score - 1e-9, (a, b)
    # and it does rule out pairs: a second word with no counterpart on either side
    na, nb = normalize("Kalomer Holdings", "org"), normalize("Tesco Holdings", "org")
    assert upper_bounds(na, [nb])[0] < DEFAULT_THRESHOLD


def test_words_that_never_align_and_a_person_agreeing_in_one_word_bound_lower() -> None:
    """Two words near each other whose similarity is below ``min_pair`` (Ryu / Yu: a
    consonant of a short word changed) are no counterparts, so they are a differing word;
    a person's name agreeing in one word only pays ``single_extra`` on its extra words.
    Both bounds fall under the threshold, and stay at or above the score."""
    for a, b in [("Ryu Jin", "Yu Jin"), ("Nazario Moreno", "Moreno"),
                 ("Moreno Gonzalez Nazario", "Moreno")]:
        na, nb = normalize(a, PERSON), normalize(b, PERSON)
        (bound,) = upper_bounds(na, [nb])
        assert name_score(na, nb, explain=False).score - 1e-9 <= bound < DEFAULT_THRESHOLD, (
            a, b, bound)
    # an organisation's one agreeing word is not bounded so (its brand rule may count it
    # as two): a second telling word still rules the pair out, as before
    na, nb = normalize("Moreno Trading", ORG), normalize("Moreno", ORG)
    (bound,) = upper_bounds(na, [nb])
    assert bound >= name_score(na, nb, explain=False).score


def test_the_bound_side_kept_on_a_name_changes_nothing(shared_data: Path) -> None:
    """``upper_bounds`` keeps what it reads of the other side on the name
    (``NormName.bound_side``): the bound is the same whether the side was worked out
    against another query before or is worked out now (so nothing of the query is kept),
    and the name's value (equality, hash, repr) does not include it."""
    with open(shared_data / CASES, newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    checked = 0
    for r, other in zip(rows, rows[1:] + rows[:1], strict=True):
        kind = kind_of(r["schema"])
        a, b = normalize(r["name1"], kind), normalize(r["name2"], kind)
        upper_bounds(normalize(other["name1"], kind), [b])  # (b's side made for another)
        assert b.bound_side is not None
        kept = upper_bounds(a, [b])
        fresh = NormName(b.original, b.kind, b.text, b.tokens, b.forms, b.numbers, b.script,
                         b.native)
        assert fresh.bound_side is None
        assert fresh == b and hash(fresh) == hash(b) and repr(fresh) == repr(b)
        assert upper_bounds(a, [fresh]) == kept, (r["name1"], r["name2"])
        checked += 1
    assert checked == len(rows) > 400


# Names made of words near one another (one edit, a letter dropped, initials, legal forms,
# stopwords, words cut short, other scripts): the cases where the bound's shortcuts and the
# scorer's alignment could part ways.
_WORDS = ["ivan", "ivanov", "ivanova", "iwan", "petrov", "petro", "al", "abd", "abdul",
          "bank", "banc", "trading", "trade", "technology", "technol", "holding", "holdings",
          "group", "general", "international", "company", "co", "ltd", "limited", "llc",
          "jsc", "joint", "stock", "of", "the", "and", "de", "sea", "golden", "gold", "j", "k",
          "mohammed", "muhammad", "mohamad", "hassan", "hasan", "سعيد", "محمد", "иван",
          "петров", "中国", "银行", "star", "rats", "novy", "svet", "steel", "complex"]
_NAME = st.lists(st.sampled_from(_WORDS), min_size=1, max_size=5).map(" ".join)


@settings(max_examples=400, deadline=None, derandomize=True)
@given(a=_NAME, others=st.lists(_NAME, min_size=1, max_size=4),
       kind=st.sampled_from([PERSON, ORG, VESSEL]), upper=st.booleans())
def test_the_bound_is_never_below_the_score(a: str, others: list[str], kind: str,
                                            upper: bool) -> None:
    na = normalize(a.upper() if upper else a, kind)
    nbs = [normalize(b, kind) for b in others]
    for nb, bound in zip(nbs, upper_bounds(na, nbs), strict=True):
        assert bound >= name_score(na, nb, explain=False).score - 1e-9, (a, nb.original)
