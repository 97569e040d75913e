"""The candidate index: words, fuzzy keys, identifiers, validity intervals."""

from __future__ import annotations

from listwatch.screening.index import SPLIT, NameIndex, identifier_keys, normalize_identifier
from listwatch.screening.vector import VectorIndex

ROWS = [
    {"key": "x:1", "schema": "Company", "name": "ROSNEFT TRADING S.A.",
     "properties": {"alias": ["RT SA"], "isin": ["RU000A0J2Q06"]},
     "valid_from": "2020-01-01", "valid_to": None},
    {"key": "x:2", "schema": "Person", "name": "AL-TIKRITI, Saddam Hussein",
     "properties": {"nameOriginal": ["صدام حسين التكريتي"], "passportNumber": ["OB 0243318"]},
     "valid_from": "2020-01-01", "valid_to": "2021-01-01"},
    {"key": "x:2", "schema": "Person", "name": "AL-TIKRITI, Saddam Hussein",
     "properties": {"birthDate": ["1937"]}, "valid_from": "2021-01-01", "valid_to": "2022-06-01"},
    {"key": "x:3", "schema": "Company", "name": "Huawei Technologies Co., Ltd.",
     "properties": {"alias": ["华为技术有限公司"], "imoNumber": ["IMO 7406784"]},
     "valid_from": "2021-03-01", "valid_to": None},
    {"key": "x:4", "schema": "Person", "name": "ABDUL RAHMAN ZAHED",
     "properties": {}, "valid_from": "2020-01-01", "valid_to": None},
    {"key": "y:9", "schema": "Company", "name": "Trading Company Alpha",
     "properties": {}, "valid_from": "2020-01-01", "valid_to": None},
]


def index() -> NameIndex:
    return NameIndex.from_records(ROWS)


def candidates(ix: NameIndex, names: list[str], schema: str | None = None, **kwargs):
    """Retrieval over ``ix`` (the one path of single queries and batches)."""
    return VectorIndex.build(ix).hits(names, schema, **kwargs)


def keys(hits, ix) -> list[str]:
    return [ix.versions[h[0]].key for h in hits]


def test_every_name_is_indexed_with_its_version():
    ix = index()
    assert len(ix.versions) == 6
    assert "صدام حسين التكريتي" in ix.name_text
    assert "RT SA" in ix.name_text


def test_exact_typo_split_and_cross_script_retrieval():
    ix = index()
    assert keys(candidates(ix, ["Rosneft Trading"], as_of="2021-05-01"), ix)[0] == "x:1"
    assert keys(candidates(ix, ["Rosnetf Tradnig"], as_of="2021-05-01"), ix)[0] == "x:1"
    assert keys(candidates(ix, ["ROSNEFTTRADING"], as_of="2021-05-01"), ix)[0] == "x:1"
    assert keys(candidates(ix, ["华为技术"]), ix)[0] == "x:3"
    assert keys(candidates(ix, ["Saddam Husein Tikriti"], as_of="2021-05-01"), ix)[0] == "x:2"


def test_words_run_together_reach_a_plural_folded_or_a_legal_form():
    # (indexed names fold their plurals: TETIS is indexed ``teti``; a legal form's word
    # is no indexed word, so the name word alone is reached)
    rows = [{"key": f"z:{i}", "schema": "Company", "name": name, "properties": {}}
            for i, name in enumerate(["TETIS GLOBAL FZE", "FOCUS COMPANY SARL",
                                      "LLC ONELEK", "NORTHERN LIGHTS TRADING",
                                      "ELECTRONICS KORVANDI TRADING"])]
    ix = NameIndex.from_records(rows)
    assert keys(candidates(ix, ["TETISGLOBAL FZE"]), ix)[:1] == ["z:0"]
    # (a half the names write read out: ELECTRONICS is indexed ``electric``)
    assert keys(candidates(ix, ["ELECTRONICSKORVANDI TRADING"]), ix)[:1] == ["z:4"]
    reached = {ix.words[w]: f for w, f in ix.expand_ids("electronicskorvandi", "latin").items()}
    assert reached.get("korvandi") == SPLIT and reached.get("electric") == SPLIT
    assert keys(candidates(ix, ["FOCUSCOMPANY SARL"]), ix)[:1] == ["z:1"]
    assert keys(candidates(ix, ["LLCONELEK"]), ix)[:1] == ["z:2"]
    # (a legal form's word of two letters is no sign of a join: ``dimco`` is no ``dim co``)
    assert candidates(ix, ["NORTHERNCO"], min_cheap=0.0) == candidates(ix, ["NORTHERNQX"],
                                                                         min_cheap=0.0)


def test_as_of_filters_by_validity_interval():
    ix = index()
    assert keys(candidates(ix, ["Huawei Technologies"], as_of="2021-01-15"), ix) == []
    assert keys(candidates(ix, ["Huawei Technologies"], as_of="2021-03-01"), ix) == ["x:3"]
    # current (no as_of): only versions with no end
    assert "x:2" not in keys(candidates(ix, ["Saddam Hussein"]), ix)
    # one version per entry at a date: the one valid then
    found = candidates(ix, ["Saddam Hussein"], as_of="2020-06-01")
    assert [ix.versions[h[0]].valid_from for h in found] == ["2020-01-01"]


def test_sources_filter():
    ix = index()
    assert keys(candidates(ix, ["Trading Company Alpha"], sources={"y"}), ix) == ["y:9"]
    assert "y:9" not in keys(candidates(ix, ["Trading Company Alpha"], sources={"x"}), ix)


def test_identifiers_normalised():
    ix = index()
    assert normalize_identifier("ob-0243318") == "OB0243318"
    assert "7406784" in identifier_keys("IMO 7406784", "imoNumber")
    assert [ix.versions[v].key for v, _, _ in ix.by_identifier("ru000a0j2q06")] == ["x:1"]
    assert [ix.versions[v].key for v, _, _ in ix.by_identifier("7406784")] == ["x:3"]
    assert ix.by_identifier("OB 0243318") == []  # that version is no longer current
    assert len(ix.by_identifier("OB 0243318", as_of="2020-05-05")) == 1


def test_listed_interval_merges_contiguous_versions():
    ix = index()
    assert ix.listed_interval("x:2") == ("2020-01-01", "2022-06-01")
    assert ix.listed_interval("x:3", "2022-01-01") == ("2021-03-01", None)
    assert ix.listed_interval("nope") == (None, None)


def test_common_words_do_not_flood_candidates():
    rows = [{"key": f"z:{i}", "schema": "Company", "name": f"Trading Company N{i}x{i}",
             "properties": {}} for i in range(3000)]
    rows.append({"key": "z:rare", "schema": "Company", "name": "Zyxwv Trading", "properties": {}})
    ix = NameIndex.from_records(rows)
    found = candidates(ix, ["Zyxwv Trading"], limit=5)
    assert ix.versions[found[0][0]].key == "z:rare"


def test_arabic_query_finds_latin_name_by_its_skeleton():
    """The words of عبدالرحمان زاهد (bdlrhmn, zhd) are not the Latin words; the whole-name
    skeleton finds the entry, in the single and the batch path alike."""
    from listwatch.screening.screen import Screener

    ix = index()
    assert "x:4" in keys(candidates(ix, ["عبدالرحمان زاهد"], "Person"), ix)
    screener = Screener.from_index(ix)
    single = screener.screen({"name": "عبدالرحمان زاهد"}, explain=False)
    (batch,) = screener.screen_batch([{"name": "عبدالرحمان زاهد"}], brief=True)
    assert [r["key"] for r in single] == [r["key"] for r in batch] == ["x:4"]
    assert single[0]["match"]


ARABIC_ROWS = [
    {"key": "a:1", "schema": "Person", "name": "KHAWLA BARZAN IBRAHIM HASAN AL-TIKRITI",
     "properties": {}, "valid_from": "2020-01-01", "valid_to": None},
    # another entry whose Arabic-script name puts the romanised ``brhym`` (إبراهيم) and
    # ``hsn`` (حسن) among the indexed words as they are
    {"key": "a:2", "schema": "Person", "name": "IBRAHIM HASSAN TALI AL-ASIRI",
     "properties": {"nameOriginal": ["إبراهيم حسن طالع العسيري"]},
     "valid_from": "2020-01-01", "valid_to": None},
    {"key": "a:3", "schema": "Person", "name": "JAMAL MUSTAFA ZUBAIDI",
     "properties": {}, "valid_from": "2020-01-01", "valid_to": None},
]


def test_arabic_variants_are_the_article_apart_and_a_final_taa_marbuta_as_a():
    from listwatch.screening.index import _arabic_variants

    assert _arabic_variants("altkryty") == ["tkryty"]
    assert _arabic_variants("khwlh") == ["khwla"]
    assert _arabic_variants("alnsrh") == ["nsrh", "nsra"]
    assert _arabic_variants("brzn") == [] and _arabic_variants("alhq") == []


def test_arabic_script_query_reaches_the_latin_spellings_of_its_words():
    """خولة برزان إبراهيم حسن التكريتي: its entry is reached with the article apart
    (altkryty ~ AL-TIKRITI) and the final taa marbuta read as ``a`` (khwlh ~ KHAWLA),
    though ``brhym`` and ``hsn`` are indexed words (another entry's romanised name, which
    they reach as they are); single and batch paths alike."""
    from listwatch.screening.screen import Screener

    ix = NameIndex.from_records(ARABIC_ROWS)
    assert {"brhym", "hsn"} <= set(ix.postings)
    assert "tikriti" in ix.expand("altkryty", "arabic")
    assert "khawla" in ix.expand("khwlh", "arabic")
    assert "tikriti" not in ix.expand("altkryty", "latin")  # (Arabic script only)
    query = "خولة برزان إبراهيم حسن التكريتي"
    assert keys(candidates(ix, [query], "Person"), ix)[0] == "a:1"
    screener = Screener.from_index(ix)
    single = screener.screen({"name": query, "schema": "Person"}, explain=False)
    (batch,) = screener.screen_batch([{"name": query, "schema": "Person"}], brief=True)
    assert [r["key"] for r in single] == [r["key"] for r in batch]
    assert single[0]["key"] == "a:1" and single[0]["match"]


def _skeleton_family() -> list[str]:
    """Words sharing the consonant skeleton ``kln`` (more than ``FANOUT`` of them)."""
    vowels = ["a", "e", "i", "o", "u", "y", "aa", "ou"]
    return [f"k{a}l{b}n{c}" for a in vowels for b in vowels for c in ("", "a", "o")]


def test_a_word_reaching_too_many_spellings_keeps_the_best_by_evidence():
    from rapidfuzz.distance import Indel

    from listwatch.screening.index import CONSONANT, DELETE1, FANOUT

    family = _skeleton_family()
    assert len(family) > FANOUT
    ix = NameIndex.from_records([{"key": f"k:{i}", "schema": "Person", "name": f"{w} Smith"}
                                 for i, w in enumerate(family)])
    full = ix._expand("qualolin", "latin", variants=False)  # (no cap on the variants' pass)
    assert len(full) > FANOUT
    got = ix.expand("qualolin")
    assert len(got) == FANOUT
    # every word reached a better way is kept, and the consonant-only ones kept are the
    # closest in letters to the query word
    assert all(w in got for w, f in full.items() if f > CONSONANT)
    kept = [Indel.normalized_similarity("qualolin", w) for w, f in got.items() if f == CONSONANT]
    dropped = [Indel.normalized_similarity("qualolin", w) for w in full if w not in got]
    assert min(kept) >= max(dropped)
    # in the order reached (the cheap scores add a query's words in that order)
    assert list(got) == [w for w in full if w in got]
    # a word in reach of a few keeps them all
    assert ix.expand("kalinn") == ix._expand("kalinn", "latin")
    assert ix.expand("kalinn").get("kalin") == DELETE1


def test_retrieval_still_finds_the_name_a_far_reaching_word_stands_for():
    family = _skeleton_family()
    ix = NameIndex.from_records([{"key": f"k:{i}", "schema": "Person", "name": f"{w} Smith"}
                                 for i, w in enumerate(family)]
                                + [{"key": "t:1", "schema": "Person", "name": "Kaloulin Smith"}])
    assert keys(candidates(ix, ["Qualolin Smith"], "Person", limit=3), ix)[0] == "t:1"


def test_a_query_word_weighs_as_the_likeliest_word_it_reaches():
    # of the words reached the best way, the most common one's IDF (the likeliest
    # reading); a word reached less well does not count however rare
    rows = [{"key": f"a:{i}", "schema": "Person", "name": "Petrov Ivan"} for i in range(6)]
    rows += [{"key": f"b:{i}", "schema": "Person", "name": "Petrova Anna"} for i in range(2)]
    rows += [{"key": "c:1", "schema": "Person", "name": "Petrovskaya Olga"}]
    ix = NameIndex.from_records(rows)
    assert ix.idf["petrov"] < ix.idf["petrova"] < ix.idf["petrovskaya"]
    both = {"petrovskaya": 0.8, "petrova": 0.8, "petrov": 0.8, "olga": 0.6}
    assert ix.query_weight("petrv", both) == ix.idf["petrov"]
    assert ix.query_weight("petrv", {"petrova": 0.8, "petrov": 0.7}) == ix.idf["petrova"]
    assert ix.query_weight("petrv", ix.expand("petrv")) == ix.idf["petrov"]
    assert ix.query_weight("petrov", {"petrov": 1.0}) == ix.idf["petrov"]


def test_a_short_form_of_a_given_name_reaches_the_full_name():
    # ``Joe`` is no typo of ``Joseph``: retrieval reached only the entry's one-word alias
    # and other Konys, and the scorer never saw JOSEPH KONY (0.9 by ``compare``)
    from listwatch.screening.screen import Screener

    rows = [
        {"key": "u:1", "schema": "Person", "name": "JOSEPH KONY",
         "properties": {"alias": ["Kony"]}},
        {"key": "u:2", "schema": "Person", "name": "ALI KONY", "properties": {}},
        {"key": "u:3", "schema": "Person", "name": "KONY, Salim", "properties": {}},
        {"key": "u:4", "schema": "Person", "name": "YAZID SUFAAT",
         "properties": {"alias": ["Joe"]}},
        {"key": "u:5", "schema": "Person", "name": "SHIH, Joe", "properties": {}},
    ]
    results = Screener.from_index(NameIndex.from_records(rows)).screen(
        {"name": "Joe Kony", "schema": "Person"})
    assert [r["key"] for r in results][:1] == ["u:1"] and results[0]["score"] >= 0.85
