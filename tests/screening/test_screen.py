"""Screening on real ingested lists: names, typos, identifiers, as-of dates."""

from __future__ import annotations

import pytest

from listwatch.history.diff import diff
from listwatch.screening.screen import Screener, guess_identifier_kind
from listwatch.store.db import Store
from listwatch.store.ingest import ingest_paths

pytestmark = pytest.mark.realdata

DESIGN_KEYS = {"key", "source", "name", "caption", "score", "match", "explanation",
               "listed_from", "listed_to"}


@pytest.fixture(scope="module")
def screener(shared_data, tmp_path_factory) -> Screener:
    store = Store(f"sqlite:///{tmp_path_factory.mktemp('screen') / 'lists.db'}")
    ingest_paths(store, "us_ofac_sdn", [shared_data / "ofac_sdn" / "2024-05-03"])
    ingest_paths(store, "us_ofac_cons", [shared_data / "ofac_consolidated" / "2025-12-19"])
    ingest_paths(store, "un_sc", [shared_data / "un_sc_consolidated"])
    s = Screener.load(store)
    assert not s.is_stale(store)
    store.dispose()
    return s


def test_rosneft_trading_finds_the_sdn_entry(screener):
    results = screener.screen({"name": "Rosneft Trading"})
    assert DESIGN_KEYS <= set(results[0])
    by_key = {k: r for r in results for k in r.get("referents") or [r["key"]]}
    sdn = by_key["us_ofac_sdn:18299"]
    # one result for the party on both OFAC lists, named by the SDN entry (a tie)
    assert sdn["key"] == "us_ofac_sdn:18299" and "us_ofac_cons:18299" in sdn["referents"]
    assert sdn["datasets"] == ["us_ofac_cons", "us_ofac_sdn"]
    assert sdn["match"] and sdn["score"] >= 0.9
    assert sdn["listed_from"] == "2024-05-03" and sdn["listed_to"] is None
    assert sdn["legal_effect"] and sdn["programs"]
    assert sdn["explanation"][0]["feature"] == "name_similarity"
    assert len({r["key"] for r in results}) == len(results)  # one result per entry
    assert [r["score"] for r in results] == sorted((r["score"] for r in results), reverse=True)


def test_perturbed_name_still_matches(screener):
    results = screener.screen({"name": "rosneft tradnig sa"})
    assert "us_ofac_sdn:18299" in [r["key"] for r in results]
    results = screener.screen({"name": "Trading Rosneft"}, sources=["us_ofac_sdn"])
    assert [r["key"] for r in results][:1] == ["us_ofac_sdn:18299"]


def test_isin_only_query_returns_cmic_entity_with_dates(screener):
    assert guess_identifier_kind("CND10003ND87") == "isin"
    results = screener.screen({"identifier": "CND10003ND87"})
    assert results, "the ISIN is on the consolidated list"
    top = results[0]
    assert top["source"] == "us_ofac_cons" and top["match"]
    assert "CMIC-EO13959" in top["programs"]
    assert top["divestment_date"] and top["listing_date"]
    assert "CND10003ND87" in top["properties"]["isin"]
    assert top["explanation"][0]["feature"] == "identifier_match"


def test_unrelated_name_gives_no_match(screener):
    assert screener.screen({"name": "Zebulon Quartz Plumbing Supplies"}) == []


def test_person_qualifiers(screener):
    hit = screener.screen({"name": "Saddam Hussein al-Tikriti", "schema": "Person"})
    assert hit and hit[0]["schema"] == "Person"
    assert screener.screen({"name": "Saddam Hussein al-Tikriti", "schema": "Vessel"}) == []


def test_snapshots_used(screener):
    snaps = screener.snapshots_used()
    assert snaps["us_ofac_sdn"]["date"] == "2024-05-03"
    assert screener.snapshots_used("2020-01-01")["us_ofac_sdn"] == {"id": None, "date": None}


def test_as_of_before_designation_no_match_after_match(shared_data, tmp_path):
    store = Store(f"sqlite:///{tmp_path / 'two.db'}")
    ingest_paths(store, "us_ofac_sdn", [shared_data / "ofac_sdn" / "2021-08-18"])
    ingest_paths(store, "us_ofac_sdn", [shared_data / "ofac_sdn" / "2021-08-20"])
    added = diff(store, "us_ofac_sdn", "2021-08-18", "2021-08-20")["added"]
    screener = Screener.load(store)
    key = added[0]
    name = next(v.name for v in screener.index.versions if v.key == key)
    assert key not in [r["key"] for r in screener.screen({"name": name}, as_of="2021-08-19")]
    after = screener.screen({"name": name}, as_of="2021-08-20")
    assert after[0]["key"] == key and after[0]["listed_from"] == "2021-08-20"
    assert key in [r["key"] for r in screener.screen({"name": name})]
    # a new snapshot makes the screener stale
    ingest_paths(store, "us_ofac_sdn", [shared_data / "ofac_sdn" / "2021-11-08"])
    assert screener.is_stale(store)
    store.dispose()


def test_screen_many_keeps_order(screener):
    items = screener.screen_many([{"name": "Rosneft Trading", "id": "a"},
                                  {"name": "nobody at all here", "id": "b"}])
    assert [i["query"]["id"] for i in items] == ["a", "b"]
    assert items[0]["results"] and not items[1]["results"]


def test_a_query_without_schema_may_name_a_vessel_or_an_aircraft(screener):
    """A name given without saying what it names can be a vessel's or an aircraft's (an
    aircraft is found by its registration number); saying Company rules vessels out."""
    (hit, *_) = screener.screen({"name": "mekhanik pustoshnyy"})
    assert hit["schema"] == "Vessel" and hit["match"]
    assert screener.screen({"name": "mekhanik pustoshnyy", "schema": "Company"}) == []
    (plane, *_) = screener.screen({"name": "ra-85155"})
    assert plane["name"] == "RA-85155" and plane["match"]


def test_words_of_a_legal_form_written_apart_are_the_form(screener):
    for query, listed in [("Joint Stock Locko Bank", "JOINT STOCK COMPANY LOCKO BANK"),
                          ("LIABILITY PIK GENPODRYAD",
                           "LIMITED LIABILITY COMPANY PIK GENPODRYAD")]:
        (hit, *_) = screener.screen({"name": query})
        assert hit["name"] == listed and hit["match"], query


def test_screening_makes_no_reference_cycles(screener):
    """Batch workers freeze what each job leaves instead of letting the cyclic GC walk
    their caches (screening/batch.py): that is only safe while screening makes no cycles."""
    import gc
    import random

    from listwatch.screening.batch import BatchOptions, screen_queries

    rng = random.Random(5)
    names = [v.name for v in screener.index.versions if v.name][:3000]
    queries = [{"name": " ".join(rng.sample(n.split(), len(n.split()))).lower()}
               for n in rng.sample(names, 300)]
    queries += [{"name": "Nobody Special Bakery"}, {"name": "Ivan Petrov"}, {"name": ""}]
    gc.collect()
    enabled = gc.isenabled()
    gc.disable()
    try:
        results = screen_queries(screener, queries, BatchOptions())
        screener.screen_batch(queries[:50], explain=True)  # (the JSON output path)
        assert sum(bool(r) for r in results) > 100
        assert gc.collect() == 0
    finally:
        if enabled:
            gc.enable()


def test_a_name_with_a_company_form_is_not_screened_against_persons():
    """Without a schema, a name carrying a legal form no person's name has (LLC, Ltd,
    GmbH …) names an organisation: it does not match a person who shares its words."""
    from listwatch.screening.index import NameIndex

    rows = [
        {"key": "t:p", "schema": "Person", "name": "AL-ZUBAIDI, Khaled", "properties": {}},
        {"key": "t:c", "schema": "Company", "name": "ZUBAIDI TRADING LLC", "properties": {}},
    ]
    s = Screener.from_index(NameIndex.from_records(rows))

    def keys(name, schema=None):
        query = {"name": name} | ({"schema": schema} if schema else {})
        single = [r["key"] for r in s.screen(query) if r["match"]]
        batch = [r["key"] for r in s.screen_batch([query])[0] if r["match"]]
        assert single == batch
        return single

    assert keys("Khaled Al-Zubaidi") == ["t:p"]
    assert keys("Khaled Al-Zubaidi LLC") == []
    assert keys("Khaled Al-Zubaidi Ltd", "LegalEntity") == []
    assert keys("Zubaidi Trading Limited Liability Company") == ["t:c"]
    # a short form that is also a name part (Ag, Pao, Zao …) does not decide it
    assert keys("Ag Khaled Al-Zubaidi") == ["t:p"]
    assert keys("Pao Khaled Al-Zubaidi") == ["t:p"]


def test_candidates_of_an_incompatible_schema_are_left_out_unscored(screener):
    """With a floor above 0, candidates whose schema the query's cannot be are skipped
    (``Scorer.schema_veto``): the results are those of scoring them all and keeping what
    reaches the threshold."""
    names = [v.name for v in screener.index.versions if v.name][:4000:40]
    queries = [{"name": n, "schema": schema} for n in names
               for schema in ("Person", "Organization", "Vessel")]
    queries += [{"name": n + " LLC"} for n in names]
    assert screener.scorer.schema_veto()
    for q in queries:
        fast = [(r["key"], r["score"]) for r in screener.screen(q, explain=False)]
        full = [(r["key"], r["score"]) for r in screener.screen(q, explain=False, min_score=0.0)
                if r["match"]]
        assert fast == full, q


def test_candidate_entities_kept_are_the_ones_made_and_follow_the_index(screener):
    """Without a query country a candidate entity depends only on its version and names:
    ``_candidate`` keeps it, equal to a new one; with a country it is made for the query
    and not kept; a new index starts a new set."""
    from listwatch.screening.screen import ENTITIES_KEPT

    hits = screener.vector().hits_many([(["Rosneft Trading"], None), (["Ivan Petrov"], None)],
                                       limit=8, min_cheap=0.3)
    pairs = [(vid, nids) for found in hits for vid, nids, _ in found]
    assert len(pairs) > 4
    index = screener.index
    for vid, nids in pairs:
        ver = index.versions[vid]
        made = screener._entity(ver, [index.name_text[n] for n in nids], [])
        kept = screener._candidate(vid, nids, [])
        assert kept == made and screener._candidate(vid, nids, []) is kept
        with_country = screener._candidate(vid, nids, ["ru"])
        assert with_country == screener._entity(ver, [index.name_text[n] for n in nids], ["ru"])
        assert with_country is not screener._candidate(vid, nids, ["ru"])
    owner, kept_set = screener._entities
    assert owner is index and 0 < len(kept_set) <= ENTITIES_KEPT
    other = Screener.from_index(index)
    assert other._entities[0] is None  # (each screener its own)
    other._entities = (object(), {(-1,): made})  # (kept for another index)
    vid, nids = pairs[0]
    other._candidate(vid, nids, [])
    assert other._entities[0] is index and list(other._entities[1]) == [(vid, *nids)]


def test_a_name_gets_the_same_answer_alone_in_a_batch_and_in_a_file(screener, tmp_path):
    """One retrieval path: perturbed list names (typos, words dropped or swapped, case)
    screened one at a time, as one batch and as a CSV file give the same entries and
    scores (ties at the candidate cut included)."""
    import csv
    import random

    from listwatch.screening.batch import BatchOptions, run_batch

    rng = random.Random(1815)
    names = sorted({v.name for v in screener.index.versions if v.name and " " in v.name})
    queries = []
    for name in rng.sample(names, 150):
        words = name.split()
        op = rng.random()
        if op < 0.3:
            i = rng.randrange(len(words))
            if len(words[i]) > 3:
                j = rng.randrange(1, len(words[i]) - 1)
                words[i] = words[i][:j] + words[i][j + 1:]
        elif op < 0.6:
            rng.shuffle(words)
        elif op < 0.8:
            words = words[:-1]
        queries.append({"name": " ".join(words).lower() if rng.random() < 0.3
                        else " ".join(words)})

    def answer(results):
        return [(r["key"], r["score"], r["match"]) for r in results]

    alone = [answer(screener.screen(q, explain=False)) for q in queries]
    together = [answer(rs) for rs in screener.screen_batch(queries, brief=True)]
    assert alone == together
    infile = tmp_path / "in.csv"
    with infile.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["id", "name"])
        w.writerows([f"r{i}", q["name"]] for i, q in enumerate(queries))
    out = tmp_path / "out.csv"
    run_batch(screener, infile, out, opts=BatchOptions(), workers=1)
    with out.open(newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    best = [(a[0][0], a[0][1]) if a else ("", None) for a in alone]
    assert [(r["key"], float(r["score"]) if r["score"] else None) for r in rows] == best
    assert sum(bool(a) for a in alone) > 100  # (most of them are found at all)


def test_a_query_without_qualifiers_scores_as_with_the_candidates_properties(screener):
    """A query with no country, birth date or identifier reads nothing of a candidate
    but its schema and names: the bare candidate (properties not read back) scores as
    the whole one, for persons, companies and vessels alike."""
    from listwatch.match.features import Entity
    from listwatch.screening.screen import qualifiers_only

    assert qualifiers_only(screener.scorer)
    names = [v.name for v in screener.index.versions if v.name][:6000:60]
    asks = [([n[:-1] + "x" if len(n) > 6 else n], None) for n in names]
    hits = screener.vector().hits_many(asks, limit=6, min_cheap=0.3)
    compared = with_props = 0
    for (qnames, _), found in zip(asks, hits, strict=True):
        q = Entity("Thing", qnames)
        for vid, nids, _ in found:
            bare = screener._candidate(vid, nids, [], bare=True)
            whole = screener._candidate(vid, nids, [])
            assert bare.schema == whole.schema and bare.names == whole.names
            with_props += bool(whole.birth_date or whole.identifiers)
            assert (screener.scorer.compare(q, bare, explain=False).score
                    == screener.scorer.compare(q, whole, explain=False).score)
            compared += 1
    assert compared > 300 and with_props > 50


def test_a_scorer_reading_other_properties_gets_them_without_qualifiers(screener):
    """A Scorer with an entity feature of its own may read any candidate property: the
    screener then gives it whole candidates even for a query without qualifiers."""
    from listwatch.match.features import Entity
    from listwatch.match.scorer import Scorer
    from listwatch.screening.screen import qualifiers_only

    def has_birth_date(q: Entity, c: Entity) -> tuple[float, str]:
        return (1.0, "candidate has a birth date") if c.birth_date else (0.0, "")

    class DatedScorer(Scorer):
        ENTITY_FEATURES = [*Scorer.ENTITY_FEATURES, (has_birth_date, -1.0)]

    dated = next(v for v in screener.index.versions
                 if v.schema == "Person" and v.name and v.properties.get("birthDate"))
    plain = Screener.from_index(screener.index)
    custom = Screener.from_index(screener.index, DatedScorer())
    assert not qualifiers_only(custom.scorer)
    query = {"name": dated.name}
    assert dated.key in [r["key"] for r in plain.screen_batch([query], explain=False)[0]]
    for found in (custom.screen(query, explain=False),
                  custom.screen_batch([query], explain=False)[0]):
        assert dated.key not in [r["key"] for r in found]


def _wade_giles(family: str, given: str) -> str | None:
    """``FAMILY, Given`` in pinyin -> ``Family Gi-ven`` in Wade-Giles (Chinese order, the
    given name's syllables hyphenated), or None when a word is not pinyin syllables."""
    from listwatch.match.sino import PINYIN_WG, _segment

    fam = _segment(family.lower())
    syl = _segment(given.lower().replace(" ", ""))
    if not fam or len(fam) != 1 or not syl or len(syl) != 2:
        return None
    if any(s not in PINYIN_WG for s in (*fam, *syl)):
        return None
    wg = [PINYIN_WG[s] for s in (*fam, *syl)]
    if wg == [s for s in (*fam, *syl)]:
        return None  # (written alike in both systems: nothing to test)
    return f"{wg[0].capitalize()} {wg[1].capitalize()}-{wg[2]}"


def test_chinese_names_in_wade_giles_find_the_pinyin_entry(screener):
    # every SDN person written ``FAMILY, Given`` in pinyin (one-syllable family name, a
    # two-syllable given name), asked for in Wade-Giles in Chinese order: ``Kuo Yun-nien``
    # for ``GUO, Yunnian``: words that differ from the entry's by more than a typo
    index = screener.index
    asked = {}
    for ver in index.versions:
        if ver.source != "us_ofac_sdn" or ver.schema != "Person" or "," not in ver.name:
            continue
        family, given = (p.strip() for p in ver.name.split(",", 1))
        query = _wade_giles(family, given)
        if query:
            asked[query] = ver.key
    assert len(asked) >= 20, asked
    missed, below = [], []
    for query, key in sorted(asked.items()):
        results = screener.screen({"name": query, "schema": "Person"})
        found = [r for r in results if key in (r.get("referents") or [r["key"]])]
        if not found or not found[0]["match"]:
            missed.append((query, key))
        elif found[0]["score"] < results[0]["score"]:
            below.append((query, key))  # (a namesake a letter away may rank first)
    assert not missed, missed
    assert len(below) <= len(asked) // 10, below


def test_names_compared_best_bound_first_score_as_all_of_them(screener):
    """With a floor, ``_score`` compares a candidate's names one at a time, best bound
    first, and stops once no name left can beat the best score or reach the floor: each
    candidate it keeps at or above the floor scores what all its names give, and one it
    leaves out, or keeps below the floor, scores below the floor with all of them."""
    from listwatch.match.features import Entity
    from listwatch.screening.screen import lowering_only

    assert lowering_only(screener.scorer)
    floor = screener.scorer.threshold
    names = [v.name for v in screener.index.versions if v.name][:9000:30]
    # (a letter dropped, and the first word dropped: names that reach several aliases)
    asks = [n[:-2] + n[-1] if len(n) > 8 else n for n in names]
    asks += [n.split(" ", 1)[1] for n in names if n.count(" ") >= 2]
    several = compared = 0
    for name in asks:
        query = {"name": name}
        hits = screener.vector().hits([name], limit=6, min_cheap=0.3)
        got = {s[2]: s[0] for s in screener._score(query, hits, None, None, floor)}
        for vid, nids, _ in hits:
            whole = screener.scorer.compare(Entity("Thing", [name]),
                                            screener._candidate(vid, nids, []),
                                            explain=False).score
            if whole >= floor:
                assert got.get(vid) == whole, (name, vid)
            else:
                assert got.get(vid, 0.0) < floor, (name, vid)
            several += len(nids) > 1
            compared += 1
    assert compared > 1000 and several > 100, (compared, several)


def test_a_scorer_that_may_raise_a_score_has_every_name_compared(screener):
    """A Scorer whose entity feature may raise a score is not ``lowering_only``: a name's
    bound then says nothing of the candidate's score, and every name is compared."""
    from listwatch.match.features import Entity
    from listwatch.match.scorer import Scorer
    from listwatch.screening.screen import lowering_only

    def listed(q: Entity, c: Entity) -> tuple[float, str]:
        return 1.0, "listed"

    class Raising(Scorer):
        ENTITY_FEATURES = [*Scorer.ENTITY_FEATURES, (listed, 0.1)]

    assert lowering_only(Scorer()) and not lowering_only(Raising())


def test_a_family_name_that_is_a_title_word_is_screened_as_a_name(screener):
    # SDN's HE, Jing (何 He, a common Chinese family name, also the abbreviation of His
    # Excellency): the family name counts, the given name alone is not the person
    listed = "us_ofac_sdn:32476"
    hits = screener.screen({"name": "He Jing", "schema": "Person"}, sources=["us_ofac_sdn"])
    assert hits and hits[0]["key"] == listed and hits[0]["match"]
    alone = screener.screen({"name": "Jing", "schema": "Person"}, sources=["us_ofac_sdn"])
    assert listed not in [h["key"] for h in alone if h["match"]]
    other = screener.screen({"name": "Jing Hu", "schema": "Person"}, sources=["us_ofac_sdn"])
    assert listed not in [h["key"] for h in other if h["match"]]


def test_a_listed_north_korean_written_in_hangul_is_found(screener):
    # (SDN writes North Korean names in McCune-Reischauer; a query in Hangul reads each
    # syllable letter by letter: 룡 lyong, 최 choe; the same persons in their own letters)
    for hangul, listed in (("최룡해", "CHOE, Ryong Hae"), ("리병철", "RI, Pyong Chol")):
        hits = screener.screen({"name": hangul, "schema": "Person"}, sources=["us_ofac_sdn"])
        assert hits and hits[0]["match"] and hits[0]["name"] == listed, (hangul, hits[:2])


def test_a_name_run_together_that_is_also_an_indexed_word_finds_both(screener):
    # the SDN's vessel SAM JONG 1 and the company KOREA SAMJONG SHIPPING: a user typing
    # the vessel's two words as one types a word the index holds (the company's), which
    # must reach the two words as well
    hits = screener.screen({"name": "SAMJONG 1"}, sources=["us_ofac_sdn"])
    assert hits and hits[0]["name"] == "SAM JONG 1" and hits[0]["match"], hits[:2]
    # the word alone still finds the company that writes it so
    company = screener.screen({"name": "Korea Samjong Shipping"}, sources=["us_ofac_sdn"])
    assert company and company[0]["name"].startswith("KOREA SAMJONG SHIPPING")
    assert company[0]["match"]


def test_a_legal_form_and_a_trade_word_shortened_as_users_write_them(screener):
    # Co. for Company inside a Russian form written in English (the SDN's PUBLIC JOINT
    # STOCK COMPANY KB VOSTOCHNY), and Indl for Industrial (SHAHID HEMMAT INDUSTRIAL
    # GROUP): each the listed entry, a match
    for typed, listed in (("Public Joint Stock Co. KB Vostochny", "us_ofac_sdn:34767"),
                          ("Closed Joint Stock Co. VTB Registrar", "us_ofac_sdn:18737"),
                          ("Shahid Hemmat Indl Group", "us_ofac_sdn:9349")):
        hits = screener.screen({"name": typed}, sources=["us_ofac_sdn"])
        assert hits and hits[0]["key"] == listed and hits[0]["match"], (typed, hits[:2])


def test_words_run_together_and_no_legal_form_find_the_name_written_apart_with_one(
        screener):
    # a user types the SDN's DAMASCUS CHAM HOLDING COMPANY and INTRA CHEM TRADING GMBH
    # with two words run together and no legal form: normalising folds one side's
    # plural (damascus) or reads its abbreviation (chem), not the run-together word
    for typed, listed in (("DamascusCham Holding", "us_ofac_sdn:28798"),
                          ("Intrachem Trading", "us_ofac_sdn:11621")):
        hits = screener.screen({"name": typed}, sources=["us_ofac_sdn"])
        assert hits and hits[0]["key"] == listed and hits[0]["match"], (typed, hits[:2])
    # letters that are not the name's stay apart
    hits = screener.screen({"name": "Damascus Holding"}, sources=["us_ofac_sdn"])
    assert not [h for h in hits if h["key"] == "us_ofac_sdn:28798" and h["score"] >= 0.9]


def test_a_listed_name_with_a_roman_number_run_into_its_word_is_found(screener):
    # the SDN's vessel SARA II typed with its two words run together: the run-together
    # word is in no list, and its halves are a listed word and the number the Roman
    # numeral stands for (``2``, as normalising writes it), reached alone and in a batch
    for hits in (screener.screen({"name": "SARAII"}, limit=3),
                 screener.screen_batch([{"name": ["SARAII"]}], limit=3)[0]):
        assert hits and hits[0]["key"] == "us_ofac_sdn:47226" and hits[0]["match"], hits[:2]
        assert hits[0]["score"] < 1.0  # (not the name as listed)


@pytest.mark.parametrize("mark", [" [1]", "[2]", "\u00b9", " \u00b2", " *", " \u2020", " [3] *"])
def test_a_footnote_mark_pasted_after_a_name_is_not_part_of_it(screener, mark):
    """Names copied from a report or an encyclopedia page carry their footnote marks
    (``GRIFFON FZC¹``, ``Abdul Quddus MAZHARI [1]``): the mark's digits were read as a
    number of the name and the listed entry was not found at all; alone and in a batch,
    the entry now comes first as without the mark."""
    for name, key in (("GAZPROM SOTSINVEST, OOO", "us_ofac_"),
                      ("Hussein Mahmoud FARZAT", "us_ofac_sdn:")):
        plain = screener.screen({"name": name}, limit=3)
        assert plain and plain[0]["match"] and plain[0]["key"].startswith(key), plain
        for got in (screener.screen({"name": name + mark}, limit=3),
                    screener.screen_batch([{"name": [name + mark]}], limit=3)[0]):
            assert got and got[0]["key"] == plain[0]["key"], (name + mark, got)
            assert got[0]["score"] == plain[0]["score"]
    # a number that is part of a name stays
    assert not screener.screen({"name": "GAZPROM SOTSINVEST, OOO 2"}, limit=3) or \
        screener.screen({"name": "GAZPROM SOTSINVEST, OOO 2"}, limit=3)[0]["score"] < \
        screener.screen({"name": "GAZPROM SOTSINVEST, OOO"}, limit=3)[0]["score"]
