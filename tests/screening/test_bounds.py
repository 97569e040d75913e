"""The score's upper bounds (``listwatch.screening.bounds``): never below the explained
score (screening skips the candidates whose bound is under what it keeps), on labelled
real pairs and on generated names."""

from __future__ import annotations

import csv
import json
import random
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from listwatch.match.names import compare_names as name_score
from listwatch.match.normalize import (
    ORG,
    PERSON,
    VESSEL,
    NormName,
    kind_of,
    normalize,
    script_of,
)
from listwatch.match.scorer import DEFAULT_THRESHOLD
from listwatch.screening.bounds import upper_bounds

CASES = Path("name_matching_nomenklatura") / "2026-05-03" / "cases-dev.csv"
#: OpenSanctions' entities (FtM): names in Arabic, Hebrew, Cyrillic, Greek, Han, Hangul
#: and kana script beside their Latin forms
FTM = Path("ftm") / "opensanctions-delta" / "2024-05-30" / "entities.delta.json"


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


def test_a_name_of_no_name_word_bounds_its_own_spelling_at_its_score() -> None:
    """A person named by titles alone ("General General": no name word) scores 1.0 against
    the same name as written and 0.99 against the same text; its bound was 0.0, so
    screening could leave the listed name out. The bound now holds, both ways round."""
    for a, b in [("General General", "General General"), ("General General", "GENERAL GENERAL"),
                 ("General General", "Mr Smith")]:
        na, nb = normalize(a, PERSON), normalize(b, PERSON)
        for x, y in [(na, nb), (nb, na)]:
            (bound,) = upper_bounds(x, [y])
            assert bound >= name_score(x, y, explain=False).score - 1e-9, (a, b, bound)
    na = normalize("General General", PERSON)
    assert upper_bounds(na, [normalize("General General", PERSON)]) == [1.0]


def test_a_name_starting_another_a_short_cjk_name_and_the_same_arabic_letters_bound_lower(
        ) -> None:
    """A name whose written text starts the other's is read as cut short only when the
    shorter one has two telling words (as the scorer reads it); two Han characters
    against another script score at most ``short_syllabic`` whatever else agrees; two
    names in Arabic script with the same Arabic letters and other Latin words are
    bounded by those words. Each bound falls under the threshold and stays at or above
    the score."""
    for a, b, kind in [("Иванов Пётр Сергеевич", "АО «ЗАО «Иванов»»", ORG),
                       ("王红 76", "Wanghong", PERSON),
                       ("Front عباسی", "Institute عباسی", ORG)]:
        na, nb = normalize(a, kind), normalize(b, kind)
        (bound,) = upper_bounds(na, [nb])
        assert name_score(na, nb, explain=False).score - 1e-9 <= bound < DEFAULT_THRESHOLD, (
            a, b, bound)

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
          "петров", "中国", "银行", "star", "rats", "novy", "svet", "steel", "complex",
          "김영남", "손영남", "김", "王伟", "王", "李玉", "陈", "חסן", "מוחמד", "אל", "حسن", "حسين",
          "الحسيني", "الحسينى", "عبد", "الله", "عبدالله", "أحمد", "احمد", "ابو"]
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


def _ftm_names(path: Path) -> list[list[str]]:
    """The names of each entity of an FtM file (name, aliases, previous names)."""
    out = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            data = json.loads(line)
            props = data.get("entity", data).get("properties", {})
            names = sorted({n for k in ("name", "alias", "weakAlias", "previousName")
                            for n in props.get(k, [])})
            if names:
                out.append(names)
    return out


def test_the_bound_holds_on_real_names_in_other_scripts(shared_data: Path) -> None:
    """On real names of OpenSanctions' entities (pairs of one entity's names, often one
    name in several scripts; names sharing a word; random pairs of every two scripts),
    read as a person's and an organisation's: the bound is never below the score, and
    the pairs whose bound was 1.0 before (two names in Arabic script, in one CJK script,
    a name in Arabic or Hebrew script against one in other letters) are ruled out
    where the score is low."""
    groups = _ftm_names(shared_data / FTM)
    every = sorted({n for g in groups for n in g})
    by_script: dict[str, list[str]] = {}
    for n in every:
        by_script.setdefault(script_of(n), []).append(n)
    assert {"arabic", "hebrew", "cyrillic", "han", "kana"} <= set(by_script)
    rng = random.Random(5)
    pairs: set[tuple[str, str]] = set()
    for g in groups:
        pairs.update((a, b) for a in g[:8] for b in g[:8] if a != b)
    by_word: dict[str, list[str]] = {}
    for n in every:
        for t in set(normalize(n, PERSON).tokens):
            by_word.setdefault(t, []).append(n)
    for names in by_word.values():
        some = names if len(names) <= 5 else rng.sample(names, 5)
        pairs.update((a, b) for a in some for b in some if a != b)
    scripts = sorted(by_script)
    for s1 in scripts:
        for s2 in scripts:
            for _ in range(150):
                pairs.add((rng.choice(by_script[s1]), rng.choice(by_script[s2])))
    others: dict[str, list[str]] = {}
    for a, b in sorted(pairs):
        others.setdefault(a, []).append(b)
    checked = 0
    ruled_out: dict[str, int] = {"arabic": 0, "cjk": 0, "across": 0}
    for kind in (PERSON, ORG):
        for a, bs in others.items():
            na = normalize(a, kind)
            nbs = [normalize(b, kind) for b in bs]
            for nb, bound in zip(nbs, upper_bounds(na, nbs), strict=True):
                score = name_score(na, nb, explain=False).score
                assert bound >= score - 1e-9, (kind, a, nb.original, bound, score)
                checked += 1
                if bound < DEFAULT_THRESHOLD:
                    if na.script == nb.script == "arabic":
                        ruled_out["arabic"] += 1
                    elif na.native and nb.native and na.script == nb.script:
                        ruled_out["cjk"] += 1
                    elif na.script != nb.script and {na.script, nb.script} & {"arabic",
                                                                              "hebrew"}:
                        ruled_out["across"] += 1
    assert checked > 100_000
    assert min(ruled_out.values()) > 1000, ruled_out
