"""The per-kind pairs generator (bench/bench_pair_kinds.py): seeded, both labels in every
kind, and the transliteration rules it builds its positives with."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

_PATH = Path(__file__).resolve().parent.parent / "bench" / "bench_pair_kinds.py"
_SPEC = importlib.util.spec_from_file_location("bench_pair_kinds", _PATH)
assert _SPEC and _SPEC.loader
kinds = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(kinds)

# (a few listed-looking names stand in for the lists, so the test needs no data files)
PERSONS = [("Sergey", "Ivanov"), ("Yury", "Petrenko"), ("Mikhail", "Sokolov"),
           ("Andrei", "Kozlovsky"), ("Pavel", "Karpov"), ("Ahmad", "Haddad"),
           ("Maria", "Garcia"), ("Oleg", "Zakharchuk"),
           # (real names two or three letters from a well-known one: Medvedev, Usmanov)
           ("Dmitry", "Mendeleev"), ("Alexei", "Ustinov")]
# (equivalent first names as ``nam_dict_equivalents`` reads them: long -> shorts)
NAM = {"Katarzyna": ["Kasia"], "Istvan": ["Pista"], "Cornelis": ["Kees"],
       "Jakob": ["Kobi"]}
COMPANIES = ["NOVA TRADING LIMITED", "NOVA SHIPPING COMPANY", "ALMAZ NEFT LLC",
             "ALMAZ TRANS CORPORATION", "KILO AVIA LIMITED", "ORION SYSTEMS LTD",
             "ORDEN TECHNICS LIMITED"]


def test_every_kind_has_both_labels_and_the_seed_repeats() -> None:
    rows = kinds.build(PERSONS, COMPANIES, seed=3, per_kind=4, nam_dict=NAM)
    for kind in kinds.KINDS:
        labels = {r["is_match"] for r in rows if r["kind"] == kind}
        assert labels == {"true", "false"}, kind
    assert rows == kinds.build(PERSONS, COMPANIES, seed=3, per_kind=4, nam_dict=NAM)
    assert rows != kinds.build(PERSONS, COMPANIES, seed=4, per_kind=4, nam_dict=NAM)
    assert all(r["name1"] != r["name2"] for r in rows)
    # (a company in its own script: every script of the tables, both labels)
    subs = {(r["sub"], r["is_match"]) for r in rows if r["kind"] == "script_company"}
    # (``kob``: a Korean group's own name instead of a place)
    assert {s for s, _ in subs} <= {*kinds.SCRIPTS, "kob"} and len(subs) >= 4


def test_near_names_follow_the_labeller() -> None:
    # (a typo of a name is the same party; a real name a few letters away is another;
    # one word's other ending or spelling is not drawn as another)
    rows = kinds.build(PERSONS, COMPANIES, seed=5, per_kind=6, nam_dict=NAM)
    negatives = [r for r in rows if r["kind"] == "famous_near" and r["is_match"] == "false"]
    listed = {w.casefold() for g, f in PERSONS for w in (g, f)} | {
        w.casefold() for c in COMPANIES for w in c.split()}
    assert negatives
    for r in negatives:
        changed = [(x, y) for x, y in zip(r["name1"].split(), r["name2"].split(), strict=True)
                   if x != y]
        assert len(changed) == 1 and changed[0][1].casefold() in listed, r
        assert 2 <= kinds.Levenshtein.distance(*(w.lower() for w in changed[0])) <= 3, r
    assert kinds._sound("Nikolic") == kinds._sound("Nicolic")
    assert kinds._common_prefix("Electronics", "Electron") == 8


def test_romanisations() -> None:
    assert kinds.baltic("Sergey", "lt") == "Sergejus"
    assert kinds.baltic("Sergey", "lv") == "Sergejs"
    assert kinds.baltic("Ivanov", "lt") == "Ivanovas"
    assert kinds.baltic("Nikita", "lv") == "Nikita"
    # (with the letters each language writes: Lithuanian ch, Latvian h for kh, carons)
    assert kinds.baltic("Khodorkovsky", "lt", letters=True) == "Chodorkovskis"
    assert kinds.baltic("Mikhail", "lv", letters=True) == "Mihails"
    assert kinds.baltic("Prigozhin", "lt", letters=True) == "Prigožinas"
    assert kinds.translit("Mikhail Shcherbakov", kinds.PL) == "Michail Szczerbakow"
    assert kinds.translit("Mikhail Zhukov", kinds.CZ) == "Michail Žukov"


def test_scores_per_kind() -> None:
    rows = [{"kind": "wade_giles", "is_match": "true"}, {"kind": "wade_giles", "is_match": "false"},
            {"kind": "joined", "is_match": "true"}]
    res = kinds.by_kind(rows, [0.9, 0.8, 0.1], 0.7)
    assert res["wade_giles"]["precision"] == 0.5 and res["wade_giles"]["recall"] == 1.0
    assert res["joined"]["recall"] == 0.0 and res["all"]["n"] == 3


@pytest.mark.realdata
def test_on_the_lists(shared_data: Path) -> None:
    """50 of each label in every kind from the real lists."""
    data = shared_data
    persons, companies = kinds.load_csl(data / "trade_gov_csl" / "2023-11-30" / "csl.csv",
                                        data / "ofac_sdn" / "2024-05-03" / "sdn.csv")
    rows = kinds.build(persons, companies, seed=7, per_kind=50, nam_dict=NAM)
    for kind in kinds.KINDS:
        for label in ("true", "false"):
            assert sum(r["kind"] == kind and r["is_match"] == label for r in rows) >= 50


def test_nam_dict_equivalents_read_the_file_format(tmp_path: Path) -> None:
    """``nam_dict.txt``'s header names a country above the column of its frequencies;
    an ``=`` line is two equivalent names; names of Britain, Ireland and the US only are
    left out (the matcher's English table covers them); letters folded to ASCII."""
    head = ["# list of countries", "#" + " " * 29 + "Great Britain", "#" + " " * 29 + "|",
            "#", "#" + " " * 30 + "Hungary", "#" + " " * 30 + "|", "#"]
    lines = [*head,
             "=  Pista István" + " " * (30 - 15) + " 1",
             "=  Bill William" + " " * (30 - 15) + "1",
             "M  István" + " " * (30 - 9) + " 9"]
    path = tmp_path / "nam_dict.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert kinds.nam_dict_equivalents(path) == {"Istvan": ["Pista"]}
