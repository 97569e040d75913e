"""One party on several lists: links with reasons, one result carrying every listing,
reviewers' confirm / split kept across re-ingests."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from listwatch.screening.clusters import list_of
from listwatch.screening.index import NameIndex
from listwatch.screening.links import (
    EntityLinks,
    find_links,
    list_links,
    main_names,
    old_un_reference,
    review_link,
    sync_links,
    un_reference,
)
from listwatch.screening.screen import Screener
from listwatch.store.db import Store
from listwatch.store.ingest import ingest_paths

ROWS = [
    {"key": "un_sc:1", "schema": "Person", "name": "KIM CHOL SU",
     "properties": {"birthDate": ["1961-02-03"], "passportNumber": ["PD1234567"]}},
    {"key": "us_ofac_sdn:9", "schema": "Person", "name": "KIM, Chol Su",
     "properties": {"birthDate": ["1961-02-03"]}},
    # same name, other birth date: another person
    {"key": "us_ofac_sdn:10", "schema": "Person", "name": "KIM, Chol Su",
     "properties": {"birthDate": ["1977-07-07"]}},
    {"key": "eu_fsf:5", "schema": "Person", "name": "Chol-Su Kim",
     "properties": {"passportNumber": ["PD 1234567"]}},
    # two entries of one list with the same name and birth date stay two entries
    {"key": "un_sc:2", "schema": "Person", "name": "PAK HO", "properties": {"birthDate": ["1950"]}},
    {"key": "un_sc:3", "schema": "Person", "name": "PAK HO", "properties": {"birthDate": ["1950"]}},
    {"key": "us_ofac_cons:30944", "schema": "Company", "name": "ACME DEFENCE GROUP CO., LTD.",
     "properties": {"country": ["China"]}},
    {"key": "us_trade_csl:CMIC-30944", "schema": "Company", "name": "ACME DEFENCE GROUP",
     "properties": {"country": ["CN"]}},
]


def test_links_and_reasons_from_records():
    index = NameIndex.from_records(ROWS)
    links = find_links(index)
    assert any("passportNumber PD1234567" in r for r in links[("eu_fsf:5", "un_sc:1")])
    assert any(r.startswith("name+birth") for r in links[("un_sc:1", "us_ofac_sdn:9")])
    assert ("un_sc:1", "us_ofac_sdn:10") not in links
    assert ("un_sc:2", "un_sc:3") not in links
    assert links[("us_ofac_cons:30944", "us_trade_csl:CMIC-30944")][0].startswith("republished")
    clusters = EntityLinks.build(links)
    assert clusters.referents("us_ofac_sdn:9") == ("eu_fsf:5", "un_sc:1", "us_ofac_sdn:9")
    assert clusters.referents("us_ofac_sdn:10") == ("us_ofac_sdn:10",)
    split = EntityLinks.build(links, {("un_sc:1", "us_ofac_sdn:9"): ("split", "other man")})
    # un_sc:1 and us_ofac_sdn:9 stay apart though both link to eu_fsf:5 (passport first)
    assert split.referents("us_ofac_sdn:9") == ("us_ofac_sdn:9",)
    assert split.referents("un_sc:1") == ("eu_fsf:5", "un_sc:1")


def test_screening_returns_one_result_per_party():
    screener = Screener.from_index(NameIndex.from_records(ROWS))
    results = screener.screen({"name": "Kim Chol Su", "schema": "Person"}, limit=10)
    parties = [tuple(r.get("referents") or [r["key"]]) for r in results]
    assert ("eu_fsf:5", "un_sc:1", "us_ofac_sdn:9") in parties
    assert ("us_ofac_sdn:10",) in parties and len(parties) == 2
    merged = next(r for r in results if r.get("referents"))
    assert merged["datasets"] == ["eu_fsf", "un_sc", "us_ofac_sdn"]
    assert {x["key"] for x in merged["listings"]} == set(merged["referents"])
    assert merged["links"] and all(link["reasons"] for link in merged["links"])
    only_un = screener.screen({"name": "Kim Chol Su", "schema": "Person"}, sources=["un_sc"])
    assert "referents" not in only_un[0]  # the other listings are not screened


LATEST = [("us_ofac_sdn", "ofac_sdn/2024-05-03"), ("us_ofac_cons", "ofac_consolidated/2025-12-19"),
          ("us_trade_csl", "trade_gov_csl/2023-11-30"), ("un_sc", "un_sc_consolidated")]


@pytest.fixture(scope="module")
def real_store(shared_data: Path, tmp_path_factory: pytest.TempPathFactory) -> Store:
    url = f"sqlite:///{tmp_path_factory.mktemp('links') / 'links.db'}"
    store = Store(url)
    for source, folder in LATEST:
        ingest_paths(store, source, [shared_data / folder], force=True)
    return store


@pytest.mark.realdata
def test_real_cross_list_twins_come_back_as_one_result(real_store: Store):
    screener = Screener.load(real_store)
    links = screener.links.links
    rng = random.Random(7)
    un_sdn = sorted(p for p in links if p[0].startswith("un_sc:") and p[1].startswith("us_ofac_sdn:"))
    cons_csl = sorted(p for p in links if p[0].startswith("us_ofac_cons:")
                      and p[1].startswith("us_trade_csl:CMIC-"))
    assert len(un_sdn) > 300 and len(cons_csl) > 50
    names = {v.key: v.name for v in screener.index.versions}
    checked = failed = 0
    for a, b in rng.sample(un_sdn, 40) + rng.sample(cons_csl, 20):
        results = screener.screen({"name": names[a]}, limit=10)
        holding = [r for r in results if {a, b} & set(r.get("referents") or [r["key"]])]
        checked += 1
        if len(holding) != 1 or not {a, b} <= set(holding[0].get("referents") or ()):
            failed += 1
    assert failed <= 1, f"{failed} of {checked} twins not one result"


@pytest.mark.realdata
def test_a_party_is_scored_by_the_names_of_all_its_listings(real_store: Store):
    # (the UN entry's name, written in full, scores 0.49 against the given and family
    # names; retrieval keeps it and not its SDN twin, `QADHAFI, Ayesha`, behind other
    # Qadhafis of the same cheap score: the twin's names are scored with it)
    screener = Screener.load(real_store)
    assert {"un_sc:690757", "us_ofac_sdn:12610"} <= set(screener.links.cluster["un_sc:690757"])
    for results in (screener.screen({"name": "Aisha Qadhafi", "schema": "Person"}),
                    screener.screen_batch([{"name": "Aisha Qadhafi"}], explain=False)[0]):
        assert results and results[0]["match"] and results[0]["name"] == "QADHAFI, Ayesha"
        assert {"un_sc:690757", "us_ofac_sdn:12610"} <= set(results[0]["referents"])
    # (a twin of a list not screened stays out)
    only_un = screener.screen({"name": "Aisha Qadhafi", "schema": "Person"}, sources=["un_sc"])
    assert not [r for r in only_un if r["match"]]


@pytest.mark.realdata
def test_reviewers_split_and_confirm_survive_reingest(real_store: Store, shared_data: Path):
    counts = sync_links(real_store)
    assert counts["links"] > 2000 and list_links(real_store, status="auto", limit=5)
    review_link(real_store, "un_sc:112044", "us_ofac_sdn:6925", "split", "different DOB on file",
                user="rita")
    review_link(real_store, "us_ofac_cons:30947", "us_ofac_cons:30944", "confirmed",
                "test: one group", user="rita")
    # a re-ingest of a list (a later snapshot) keeps the reviewers' rows
    ingest_paths(real_store, "us_bis_dpl", [shared_data / "bis_dpl" / "2022-09-07"])
    sync_links(real_store)
    rows = {(r["key_a"], r["key_b"]): r for r in list_links(real_store, status=None, limit=100000)}
    assert rows[("un_sc:112044", "us_ofac_sdn:6925")]["status"] == "split"
    assert rows[("us_ofac_cons:30944", "us_ofac_cons:30947")]["reviewed_by"] == "rita"
    screener = Screener.load(real_store)
    assert "us_ofac_sdn:6925" not in screener.links.referents("un_sc:112044")
    assert "us_ofac_cons:30944" in screener.links.referents("us_ofac_cons:30947")


def test_same_main_name_without_qualifiers_and_birth_year():
    rows = [
        {"key": "un_sc:7", "schema": "Organization", "name": "KAVEH CUTTING TOOLS COMPANY",
         "properties": {"country": ["Iran (Islamic Republic of)"]}},
        {"key": "us_ofac_sdn:70", "schema": "Organization", "name": "KAVEH CUTTING TOOLS COMPANY",
         "properties": {}},
        # an alias shared by two groups does not link them
        {"key": "un_sc:8", "schema": "Organization", "name": "THE HOUTHIS",
         "properties": {"alias": ["Ansar Allah"]}},
        {"key": "us_ofac_sdn:80", "schema": "Organization", "name": "HIZBALLAH",
         "properties": {"alias": ["Ansar Allah"]}},
        {"key": "un_sc:9", "schema": "Person", "name": "RI MAN GON",
         "properties": {"birthDate": ["1945"]}},
        {"key": "us_ofac_sdn:90", "schema": "Person", "name": "RI, Man Gon",
         "properties": {"birthDate": ["1945-07-29"]}},
    ]
    links = find_links(NameIndex.from_records(rows))
    assert links[("un_sc:7", "us_ofac_sdn:70")][0].startswith("name: same name")
    assert ("un_sc:8", "us_ofac_sdn:80") not in links
    assert "birth year 1945" in links[("un_sc:9", "us_ofac_sdn:90")][0]


def test_one_source_links_nothing():
    rows = [{**r, "key": "ftm:" + r["key"].split(":", 1)[1] + r["key"].split(":")[0]}
            for r in ROWS]
    assert find_links(NameIndex.from_records(rows)) == {}
    assert find_links(NameIndex()) == {}


def test_identifiers_written_differently_still_link():
    """A UN reference number however each list writes it, a CSL id with a two-part
    prefix, a CSL entry whose OFAC entry is on the other OFAC list, and one party on
    three lists: one cluster each."""
    rows = [
        {"key": "un_sc:7", "schema": "Organization", "name": "KOREA RYONHA TRADING",
         "properties": {"idNumber": ["UN reference number: KPe.035"]}},
        {"key": "gb_hmt:8", "schema": "Organization", "name": "RYONHA TRADING CORP",
         "properties": {"idNumber": ["UN reference number: KPe.035.Subordinated to X"]}},
        {"key": "eu_fsf:9", "schema": "Organization", "name": "Korea Ryonha",
         "properties": {"idNumber": ["UN reference number: KPe 035 "]}},
        # another party whose reference only starts the same way
        {"key": "eu_fsf:10", "schema": "Organization", "name": "OTHER",
         "properties": {"idNumber": ["UN reference number: KPe.0351"]}},
        {"key": "us_ofac_cons:17014", "schema": "Company", "name": "AGRI BANK JSC",
         "properties": {}},
        {"key": "us_trade_csl:NS-MBS-17014", "schema": "Company", "name": "AGRI BANK JSC",
         "properties": {}},
        {"key": "us_ofac_sdn:34542", "schema": "Company", "name": "MARKET FUND LLC",
         "properties": {}},
        {"key": "us_trade_csl:CAP-34542", "schema": "Company", "name": "MARKET FUND LLC",
         "properties": {}},
    ]
    clusters = EntityLinks.build(find_links(NameIndex.from_records(rows)))
    assert clusters.referents("gb_hmt:8") == ("eu_fsf:9", "gb_hmt:8", "un_sc:7")
    assert clusters.referents("eu_fsf:10") == ("eu_fsf:10",)
    assert clusters.referents("us_trade_csl:NS-MBS-17014") == (
        "us_ofac_cons:17014", "us_trade_csl:NS-MBS-17014")
    assert clusters.referents("us_trade_csl:CAP-34542") == (
        "us_ofac_sdn:34542", "us_trade_csl:CAP-34542")
    screener = Screener.from_index(NameIndex.from_records(rows))
    results = screener.screen({"name": "Korea Ryonha Trading", "schema": "Organization"},
                              limit=10)
    holding = [r for r in results if {"un_sc:7", "gb_hmt:8", "eu_fsf:9"}
               & {r["key"], *(r.get("referents") or [])}]
    assert len(holding) == 1 and holding[0]["datasets"] == ["eu_fsf", "gb_hmt", "un_sc"]


def test_one_name_spelled_two_ways_with_the_same_birth_date():
    """Transliterations of one name with one birth date link; twins (Iyad / Ihab, one
    birth date), brothers one letter apart (Kamal / Jamal) and a name two entries of one
    list could be do not."""
    def person(key: str, name: str, born: str) -> dict:
        return {"key": key, "schema": "Person", "name": name,
                "properties": {"birthDate": [born]}}

    rows = [
        person("gb_hmt:1", "Vladimir Andreevich KONSTANTINOV", "1956-11-19"),
        person("us_ofac_sdn:1", "KONSTANTINOV, Vladimir Andreyevich", "1956-11-19"),
        person("un_sc:1", "TARKHAN ISMAILOVICH GAZIEV", "1965-11-11"),
        person("us_ofac_sdn:2", "GAZIYEV, Tarkhan Ismailovich", "1965-11-11"),
        person("gb_hmt:2", "Aleksandr Vasilievich BORTNIKOV", "1951-11-15"),
        person("us_ofac_sdn:3", "BORTNIKOV, Alexander Vasilievich", "1951-11-15"),
        person("gb_hmt:3", "Iyad MAKHLOUF", "1973-01-21"),
        person("us_ofac_sdn:4", "MAKHLUF, Ihab", "1973-01-21"),
        person("gb_hmt:4", "Kamal Mustafa ABDALLAH", "1955-05-04"),
        person("us_ofac_sdn:5", "AL-TIKRITI, Jamal Mustafa Abdallah Sultan", "1955-05-04"),
        # two OFAC entries a UK name could be: neither is linked
        person("gb_hmt:5", "Omar HASSAN", "1970-02-02"),
        person("us_ofac_sdn:6", "HASAN, Omar Ali", "1970-02-02"),
        person("us_ofac_sdn:7", "HASSAN, Omar Said", "1970-02-02"),
        # another birth date: not linked
        person("un_sc:8", "VLADIMIR ANDREYEVICH KONSTANTINOV", "1957-01-01"),
    ]
    clusters = EntityLinks.build(find_links(NameIndex.from_records(rows)))
    assert clusters.referents("gb_hmt:1") == ("gb_hmt:1", "us_ofac_sdn:1")
    assert clusters.referents("un_sc:1") == ("un_sc:1", "us_ofac_sdn:2")
    assert clusters.referents("gb_hmt:2") == ("gb_hmt:2", "us_ofac_sdn:3")
    for alone in ("gb_hmt:3", "gb_hmt:4", "gb_hmt:5", "un_sc:8"):
        assert clusters.referents(alone) == (alone,)


def test_a_party_on_many_lists_and_names_written_alike():
    """A passport on six lists (one entry each) still links; two entries of one list
    sharing a number do not; organisations whose main names are written alike link
    (a one-word name with a legal form), unless their countries differ."""
    rows = [{"key": f"{src}:1", "schema": "Person", "name": "Person One",
             "properties": {"passportNumber": ["X1234567"]}}
            for src in ("un_sc", "us_ofac_sdn", "us_trade_csl", "eu_fsf", "gb_hmt",
                        "gb_fcdo")]
    rows += [
        {"key": "us_ofac_sdn:2", "schema": "Person", "name": "Other A",
         "properties": {"taxNumber": ["7712345678"]}},
        {"key": "us_ofac_sdn:3", "schema": "Person", "name": "Other B",
         "properties": {"taxNumber": ["7712345678"]}},
        {"key": "un_sc:4", "schema": "Person", "name": "Other C",
         "properties": {"taxNumber": ["7712345678"]}},
        {"key": "us_ofac_sdn:4", "schema": "Company", "name": "TAMAS COMPANY",
         "properties": {}},
        {"key": "un_sc:5", "schema": "Organization", "name": "TAMAS COMPANY",
         "properties": {"country": ["Iran"]}},
        {"key": "un_sc:6", "schema": "Organization",
         "name": "YAZD METALLURGY INDUSTRIES (YMI)", "properties": {}},
        {"key": "us_ofac_sdn:6", "schema": "Company", "name": "Yazd Metallurgy Industries",
         "properties": {}},
        {"key": "eu_fsf:7", "schema": "Organization", "name": "HARA COMPANY",
         "properties": {"country": ["DE"]}},
        {"key": "gb_hmt:7", "schema": "Organization", "name": "Hara Company",
         "properties": {"country": ["FR"]}},
    ]
    index = NameIndex.from_records(rows)
    clusters = EntityLinks.build(find_links(index), names=main_names(index))
    assert len(clusters.referents("gb_fcdo:1")) == 6
    # the SDN list names the two holders differently: never one party
    assert not {"us_ofac_sdn:2", "us_ofac_sdn:3"} <= set(clusters.referents("un_sc:4"))
    assert clusters.referents("un_sc:5") == ("un_sc:5", "us_ofac_sdn:4")
    assert clusters.referents("un_sc:6") == ("un_sc:6", "us_ofac_sdn:6")
    assert clusters.referents("eu_fsf:7") == ("eu_fsf:7",)


def test_old_style_un_references_link_to_the_permanent_form():
    """OFSI writes the Al-Qaida and Taliban lists' old references (``QI.A.86.03``,
    ``TE.H.10.12``): read as the UN's permanent form (``QDi.086``, ``TAe.010``), their
    entries link by identifier though the names differ; a reference of another number,
    regime or kind does not."""
    assert un_reference("UN reference number: QI.A.86.03") == "QDI086"
    assert un_reference("UN reference number: QE.A.5.01") == "QDE005"
    assert un_reference("UN reference number: TE.H.10.12") == "TAE010"
    assert un_reference("UN reference number: Q.I.M.12.03") == "QDI012"
    assert un_reference("UN reference number: QDi.123") == "QDI123"
    assert un_reference("UN reference number: QI.A.1234.03") is None
    assert un_reference("UN reference number: E.9.I.9") is None
    assert un_reference("QI.A.86.03") is None  # (no UN label: any id number)
    rows = [
        {"key": "un_sc:86", "schema": "Person", "name": "ABU HAFS THE TEST",
         "properties": {"idNumber": ["UN reference number: QDi.086"]}},
        {"key": "gb_hmt:86", "schema": "Person", "name": "Omar Test MAHMUD",
         "properties": {"idNumber": ["UN reference number: QI.M.86.03"]}},
        {"key": "un_sc:10", "schema": "Organization", "name": "TEST HAWALA",
         "properties": {"idNumber": ["UN reference number: TAe.010"]}},
        {"key": "gb_hmt:10", "schema": "Organization", "name": "HAJI TEST EXCHANGE",
         "properties": {"idNumber": ["UN reference number: TE.H.10.12"]}},
        # the same number on the other regime, and an individual's number on an entity
        {"key": "gb_hmt:11", "schema": "Organization", "name": "OTHER TEST GROUP",
         "properties": {"idNumber": ["UN reference number: QE.A.10.01"]}},
        {"key": "eu_fsf:12", "schema": "Organization", "name": "THIRD TEST FIRM",
         "properties": {"idNumber": ["UN reference number: TI.H.10.01"]}},
    ]
    clusters = EntityLinks.build(find_links(NameIndex.from_records(rows)))
    assert clusters.referents("gb_hmt:86") == ("gb_hmt:86", "un_sc:86")
    assert clusters.referents("gb_hmt:10") == ("gb_hmt:10", "un_sc:10")
    assert clusters.referents("gb_hmt:11") == ("gb_hmt:11",)
    assert clusters.referents("eu_fsf:12") == ("eu_fsf:12",)


FIXTURES = Path(__file__).parent.parent / "fixtures" / "twins_imo"


def test_imo_number_written_in_remarks_links_the_company(tmp_path: Path):
    """The UN writes a shipping company's IMO number in its comments only; OFAC in its
    remarks, read into ``imoNumber``: the two are one party. A company's comments that give
    its tanker's number (a ship number) never link it to the tanker's entry, and a
    company's own number among its ships' numbers still counts."""
    store = Store(f"sqlite:///{tmp_path / 'imo.db'}")
    ingest_paths(store, "un_sc", [FIXTURES / "un_sc"])
    ingest_paths(store, "us_ofac_sdn", [FIXTURES / "us_ofac_sdn"], date="2026-11-30")
    index = NameIndex.from_store(store)
    sdn = {v.key: v.properties for v in index.versions if v.source == "us_ofac_sdn"}
    assert sdn["us_ofac_sdn:91001"]["imoNumber"] == ["5123450"]  # (the remarks, read)
    links = find_links(index)
    assert any("imoNumber 5123450" in r for r in links[("un_sc:9900001", "us_ofac_sdn:91001")])
    assert any("imoNumber 5234560" in r for r in links[("un_sc:9900003", "us_ofac_sdn:91003")])
    assert ("un_sc:9900002", "us_ofac_sdn:91002") not in links  # owner ≠ its tanker
    assert ("un_sc:9900003", "us_ofac_sdn:91004") not in links
    screener = Screener.load(store)
    results = screener.screen({"name": "TAEDONGGANG SEA TRANSPORT CO"}, limit=5)
    holding = [r for r in results if "un_sc:9900001" in (r.get("referents") or [r["key"]])]
    assert len(holding) == 1
    assert set(holding[0]["referents"]) == {"un_sc:9900001", "us_ofac_sdn:91001"}
    assert set(holding[0]["datasets"]) == {"un_sc", "us_ofac_sdn"}


def test_patronymic_in_two_transliterations_links_not_brothers(tmp_path: Path):
    """A patronymic written two ways (``Akhmadovitch`` / ``Akhmatovich``, ``Evgenevich``
    / ``Yevgenyevich``) with the same birth date is one person on two lists; two brothers
    of one birth date whose given names are one letter apart stay two."""
    names = Path(__file__).parent.parent / "fixtures" / "twins_names"
    store = Store(f"sqlite:///{tmp_path / 'names.db'}")
    ingest_paths(store, "gb_hmt", [names / "gb_hmt"])
    ingest_paths(store, "us_ofac_sdn", [names / "us_ofac_sdn"], date="2026-11-30")
    links = find_links(NameIndex.from_store(store))
    assert links[("gb_hmt:99101", "us_ofac_sdn:91101")][0].startswith("name+birth")
    assert links[("gb_hmt:99102", "us_ofac_sdn:91102")][0].startswith("name+birth")
    assert ("gb_hmt:99103", "us_ofac_sdn:91103") not in links


def test_registration_numbers_written_in_ofsi_remarks_link(tmp_path: Path):
    """OFSI gives a company's registration and tax numbers in its remarks only; OFAC as
    identifiers: one party. Remarks with two numbers under one label (another company's
    too) link to nobody."""
    noted = Path(__file__).parent.parent / "fixtures" / "twins_noted"
    store = Store(f"sqlite:///{tmp_path / 'noted.db'}")
    ingest_paths(store, "gb_hmt", [noted / "gb_hmt"])
    ingest_paths(store, "us_ofac_sdn", [noted / "us_ofac_sdn"], date="2026-11-30")
    links = find_links(NameIndex.from_store(store))
    reasons = links[("gb_hmt:99201", "us_ofac_sdn:91201")]
    assert any("registrationNumber 1037899001234" in r for r in reasons)
    assert any("taxNumber 7802991234" in r for r in reasons)
    assert ("gb_hmt:99202", "us_ofac_sdn:91202") not in links
    assert any("01279911" in r for r in links[("gb_hmt:99203", "us_ofac_sdn:91203")])
    assert any("CH66004699771" in r for r in links[("gb_hmt:99204", "us_ofac_sdn:91204")])
    assert ("gb_hmt:99204", "us_ofac_sdn:91205") not in links


def test_one_word_coined_name_links_without_a_country():
    """A company the lists name in one coined word (as OFAC and the Entity List name a
    Russian works) is one party when each list gives that name to one entry, with no
    country to compare on one side; a short word, an alias, or a name two entries of one
    list carry link nothing."""
    rows = [
        {"key": "us_ofac_sdn:1", "schema": "Organization", "name": "KRASNOVAGONMASH",
         "properties": {"program": ["UKRAINE-EO13661"]}},
        {"key": "us_trade_csl:EL-1", "schema": "LegalEntity", "name": "Krasnovagonmash",
         "properties": {"country": ["RU"]}},
        # short: a word like a brand or an acronym
        {"key": "us_ofac_sdn:2", "schema": "Organization", "name": "ZARVEK", "properties": {}},
        {"key": "us_trade_csl:EL-2", "schema": "LegalEntity", "name": "Zarvek",
         "properties": {"country": ["RU"]}},
        # on one list twice: the name does not say which
        {"key": "us_ofac_sdn:3", "schema": "Organization", "name": "TELEMARKOIL", "properties": {}},
        {"key": "us_ofac_sdn:4", "schema": "Organization", "name": "TELEMARKOIL",
         "properties": {"country": ["Belarus"]}},
        {"key": "us_trade_csl:EL-3", "schema": "LegalEntity", "name": "Telemarkoil",
         "properties": {"country": ["RU"]}},
        # an alias only on one side
        {"key": "un_sc:5", "schema": "Organization", "name": "SOUTHERN STAR FRONT",
         "properties": {"alias": ["Novazvezdar"]}},
        {"key": "us_ofac_sdn:5", "schema": "Organization", "name": "NOVAZVEZDAR", "properties": {}},
    ]
    links = find_links(NameIndex.from_records(rows))
    reason = links[("us_ofac_sdn:1", "us_trade_csl:EL-1")][0]
    assert reason.startswith("name: same name 'krasnovagonmash'"), reason
    assert ("us_ofac_sdn:2", "us_trade_csl:EL-2") not in links
    assert not [p for p in links if "us_trade_csl:EL-3" in p]
    assert ("un_sc:5", "us_ofac_sdn:5") not in links
    # two countries written in one form that differ: two parties
    rows[1] = {**rows[1], "properties": {"country": ["BY"]}}
    rows[0] = {**rows[0], "properties": {"country": ["RU"]}}
    assert ("us_ofac_sdn:1", "us_trade_csl:EL-1") not in find_links(NameIndex.from_records(rows))


REPUBLISHED = [
    {"key": "us_ofac_sdn:6365", "schema": "Company", "name": "NORTHERN HARBOUR TRADING LLC",
     "properties": {"country": ["Iran"], "program": ["IRAN"]}},
    # the CSL's republication of it gives an alias the SDN entry does not
    {"key": "us_trade_csl:SDN-6365", "schema": "Company", "name": "NORTHERN HARBOUR TRADING LLC",
     "properties": {"country": ["IR"], "alias": ["BANDAR SHOMALI TEJARAT"],
                    "program": ["IRAN-EO13902"]}},
]


def test_a_party_is_named_by_the_listing_a_republication_republishes():
    screener = Screener.from_index(NameIndex.from_records(REPUBLISHED))
    assert screener.links.original == {"us_trade_csl:SDN-6365": "us_ofac_sdn:6365"}
    for found in (screener.screen({"name": "Bandar Shomali Tejarat"}),
                  screener.screen_batch([{"name": "Bandar Shomali Tejarat"}])[0],
                  screener.screen_batch([{"name": "Bandar Shomali Tejarat"}], brief=True)[0]):
        assert len(found) == 1
        result = found[0]
        # named by the SDN entry, scored and matched by the CSL's alias
        assert (result["key"], result["source"]) == ("us_ofac_sdn:6365", "us_ofac_sdn")
        assert result["caption"] == "NORTHERN HARBOUR TRADING LLC"
        assert result["name"] == "BANDAR SHOMALI TEJARAT" and result["score"] > 0.9
        assert result["programs"] == ["IRAN"]
        assert result["referents"] == ["us_ofac_sdn:6365", "us_trade_csl:SDN-6365"]
    # the CSL screened alone: its own entry names the result
    alone = screener.screen({"name": "Bandar Shomali Tejarat"}, sources=["us_trade_csl"])
    assert alone[0]["key"] == "us_trade_csl:SDN-6365"


def test_a_chinese_place_and_its_initials_link_once_unmistakable():
    """``SZ X`` on one list and ``Shenzhen X`` on another are one party; not when a
    generic word follows the initials, nor when two places read the same initials."""
    rows = [
        {"key": "us_ofac_cons:1", "schema": "Company", "name": "SZ HAIXIN ROBOTICS CO., LTD.",
         "properties": {"country": ["China"]}},
        {"key": "us_dod_1260h:haixin", "schema": "Company",
         "name": "Shenzhen Haixin Robotics Co., Ltd", "properties": {"country": ["CN"]}},
        # a generic word after the initials: other companies as likely
        {"key": "us_ofac_cons:2", "schema": "Company", "name": "BJ SERVICES COMPANY",
         "properties": {}},
        {"key": "us_dod_1260h:bjs", "schema": "Company", "name": "Beijing Services Company",
         "properties": {}},
        # Shenzhen and Suzhou are both SZ: which one the initials mean is unclear
        {"key": "us_ofac_cons:3", "schema": "Company", "name": "SZ LIANKE OPTICS CO., LTD.",
         "properties": {}},
        {"key": "us_dod_1260h:lianke", "schema": "Company", "name": "Shenzhen Lianke Optics",
         "properties": {}},
        {"key": "us_trade_csl:EL-9", "schema": "Company", "name": "Suzhou Lianke Optics",
         "properties": {}},
        # countries that contradict
        {"key": "us_ofac_cons:4", "schema": "Company", "name": "GZ TIANHE MOTORS LTD",
         "properties": {"country": ["HK"]}},
        {"key": "us_dod_1260h:tianhe", "schema": "Company", "name": "Guangzhou Tianhe Motors",
         "properties": {"country": ["CN"]}},
    ]
    links = find_links(NameIndex.from_records(rows))
    assert "initials" in links[("us_dod_1260h:haixin", "us_ofac_cons:1")][0]
    assert ("us_dod_1260h:bjs", "us_ofac_cons:2") not in links
    assert not any("us_ofac_cons:3" in p for p in links)
    assert ("us_dod_1260h:tianhe", "us_ofac_cons:4") not in links


@pytest.mark.realdata
def test_real_twins_named_with_a_place_and_its_initials_are_one_result(shared_data: Path,
                                                                        tmp_path: Path):
    store = Store(f"sqlite:///{tmp_path / 'dod.db'}")
    ingest_paths(store, "us_ofac_cons", [shared_data / "ofac_consolidated/2025-12-19"])
    ingest_paths(store, "us_trade_csl", [shared_data / "trade_gov_csl/2023-11-30"])
    ingest_paths(store, "us_dod_1260h", [shared_data / "us_dod_cmc"])
    screener = Screener.load(store)
    found = {p: r for p, r in screener.links.links.items()
             if any("initials" in why for why in r)}
    assert found, "no NS-CMIC / 1260H twin named with a place's initials"
    names = {v.key: v.name for v in screener.index.versions}
    for a, b in found:
        for asked in (names[a], names[b]):
            results = screener.screen({"name": asked}, limit=10)
            holding = [r for r in results if {a, b} & set(r.get("referents") or [r["key"]])]
            assert len(holding) == 1 and {a, b} <= set(holding[0]["referents"]), (asked, results)
            assert holding[0] is results[0] and holding[0]["score"] >= 0.95


def test_a_short_one_word_name_links_on_its_main_name_or_bracketed_short_form():
    """An organisation the lists name in one short word links, with a shared country,
    when on each side the word is the entry's main name (a legal form apart) or the
    short form its list writes in brackets after its name; a mere alias, a missing or
    another country, or a word two entries of one list carry link nothing."""
    rows = [
        {"key": "us_dod_1237:rvta", "schema": "Company", "name": "RVTA Corp.",
         "properties": {"country": ["CN"]}},
        {"key": "us_dod_1260h:rvta", "schema": "Company", "name": "RVTA Corporation Limited",
         "properties": {"country": ["CN"], "alias": ["RVTA Corporation Limited (RVTA)"]}},
        {"key": "us_dod_1237:quanyu", "schema": "Company", "name": "Quanyu",
         "properties": {"country": ["CN"]}},
        {"key": "us_dod_1260h:quanyu-tech", "schema": "Company",
         "name": "Quanyu Technologies Co., Ltd",
         "properties": {"country": ["CN"],
                        "alias": ["Quanyu", "Quanyu Technologies Co., Ltd. (Quanyu)"]}},
        # the word as a mere alias of another list's entry: aliases are shared
        {"key": "us_ofac_sdn:1", "schema": "Organization", "name": "ZOTEL",
         "properties": {"country": ["IR"]}},
        {"key": "un_sc:1", "schema": "Organization", "name": "ZAGROS TELECOM GROUP",
         "properties": {"country": ["IR"], "alias": ["Zotel"]}},
        # no country on one side, or another one
        {"key": "us_ofac_sdn:2", "schema": "Organization", "name": "KAVRO", "properties": {}},
        {"key": "us_trade_csl:EL-2", "schema": "Company", "name": "Kavro Ltd",
         "properties": {"country": ["RU"]}},
        {"key": "us_ofac_sdn:3", "schema": "Organization", "name": "TEMIX LLC",
         "properties": {"country": ["AE"]}},
        {"key": "us_trade_csl:EL-3", "schema": "Company", "name": "Temix",
         "properties": {"country": ["TR"]}},
        # on one list twice: the word does not say which
        {"key": "us_ofac_sdn:4", "schema": "Organization", "name": "OMNIA",
         "properties": {"country": ["SY"]}},
        {"key": "us_ofac_sdn:5", "schema": "Organization", "name": "OMNIA CO",
         "properties": {"country": ["SY"]}},
        {"key": "un_sc:5", "schema": "Organization", "name": "Omnia",
         "properties": {"country": ["SY"]}},
    ]
    links = find_links(NameIndex.from_records(rows))
    reason = links[("us_dod_1237:rvta", "us_dod_1260h:rvta")][0]
    assert reason.startswith("name+country: same short name 'rvta'") and "CN" in reason.upper()
    reason = links[("us_dod_1237:quanyu", "us_dod_1260h:quanyu-tech")][0]
    assert "short form in brackets" in reason, reason
    assert ("un_sc:1", "us_ofac_sdn:1") not in links
    assert ("us_ofac_sdn:2", "us_trade_csl:EL-2") not in links
    assert ("us_ofac_sdn:3", "us_trade_csl:EL-3") not in links
    assert not [p for p in links if "un_sc:5" in p]
    screener = Screener.from_index(NameIndex.from_records(rows))
    for asked in ("Quanyu", "Quanyu Technologies"):
        results = screener.screen({"name": asked, "schema": "Company"}, limit=5)
        assert results[0]["referents"] == ["us_dod_1237:quanyu", "us_dod_1260h:quanyu-tech"]


@pytest.mark.realdata
def test_real_dod_twins_known_by_a_short_name_are_one_result(shared_data: Path,
                                                             tmp_path: Path):
    """The two DoD lists name some companies by a short word on one (a legal form apart,
    or the short form the other writes in brackets): each such pair is one result,
    whichever listing's name is asked, and the reviewers' split holds."""
    store = Store(f"sqlite:///{tmp_path / 'dod.db'}")
    ingest_paths(store, "us_ofac_cons", [shared_data / "ofac_consolidated/2025-12-19"])
    ingest_paths(store, "us_dod_1237", [shared_data / "us_dod_cmc"])
    ingest_paths(store, "us_dod_1260h", [shared_data / "us_dod_cmc"])
    screener = Screener.load(store)
    found = {p: r for p, r in screener.links.links.items()
             if any("same short name" in why for why in r)}
    assert len(found) >= 2, found
    names = {v.key: v.name for v in screener.index.versions}
    current = {v.key for v in screener.index.versions if v.valid_to is None}
    for a, b in found:
        if not {a, b} <= current:
            continue  # (a listing since removed: not among today's results)
        assert {a.split(":")[0], b.split(":")[0]} == {"us_dod_1237", "us_dod_1260h"}, (a, b)
        for asked in (names[a], names[b]):
            results = screener.screen({"name": asked}, limit=10)
            holding = [r for r in results if {a, b} & set(r.get("referents") or [r["key"]])]
            assert len(holding) == 1 and {a, b} <= set(holding[0]["referents"]), (asked, results)
            assert holding[0] is results[0]
    a, b = sorted(found)[0]
    sync_links(store)
    review_link(store, a, b, "split", "test: two parties", user="rita")
    assert b not in Screener.load(store).links.referents(a)


def test_numbers_bracketed_short_forms_and_a_list_naming_two_entries():
    """A number is part of a name (two numbered companies are two parties); a main name
    ending in a one-word short form in brackets is also the name without it (another
    list writes it with a legal form instead); a list giving a name to two entries (one
    party at two addresses) leaves two other lists' entries of it linkable."""
    rows = [
        {"key": "us_ofac_sdn:1", "schema": "Organization", "name": "KESTREL 49 GROUP CO., LIMITED",
         "properties": {}},
        {"key": "us_trade_csl:EL-1", "schema": "Company", "name": "32 Group Kestrel Ltd.",
         "properties": {"country": ["HK"]}},
        {"key": "un_sc:2", "schema": "Organization", "name": "HARBOR TOOLING PROCUREMENT (HTP)",
         "properties": {}},
        {"key": "us_ofac_sdn:2", "schema": "Organization",
         "name": "HARBOR TOOLING PROCUREMENT COMPANY", "properties": {}},
        # a bracketed qualifier of several words is not a short form
        {"key": "us_dod_1260h:3", "schema": "Company",
         "name": "Lanfeng Aircraft Works Co., Ltd. (Assembly Center)",
         "properties": {"country": ["CN"]}},
        {"key": "us_trade_csl:MEU-3", "schema": "Company", "name": "Lanfeng Aircraft Works",
         "properties": {"country": ["CN"]}},
        # the Entity List names one party at two addresses: two entries
        {"key": "un_sc:4", "schema": "Organization", "name": "MARVAND ROTOR INDUSTRIAL GROUP (MRIG)",
         "properties": {}},
        {"key": "us_ofac_sdn:4", "schema": "Organization", "name": "MARVAND ROTOR INDUSTRIAL GROUP",
         "properties": {}},
        {"key": "us_trade_csl:EL-4a", "schema": "Company", "name": "Marvand Rotor Industrial Group",
         "properties": {}},
        {"key": "us_trade_csl:EL-4b", "schema": "Company", "name": "Marvand Rotor Industrial Group",
         "properties": {}},
    ]
    links = find_links(NameIndex.from_records(rows))
    assert ("us_ofac_sdn:1", "us_trade_csl:EL-1") not in links
    assert links[("un_sc:2", "us_ofac_sdn:2")][0].startswith("name: same name"), links
    assert ("us_dod_1260h:3", "us_trade_csl:MEU-3") not in links
    assert ("un_sc:4", "us_ofac_sdn:4") in links
    assert not [p for p in links if "us_trade_csl:EL-4a" in p or "us_trade_csl:EL-4b" in p]
    # the same number on both sides: one party
    rows[1] = {**rows[1], "name": "Kestrel 49 Group Ltd."}
    assert ("us_ofac_sdn:1", "us_trade_csl:EL-1") in find_links(NameIndex.from_records(rows))


def test_a_name_written_with_the_same_words_joins_before_one_read_alike():
    """Two entries of one list whose names normalise alike only through an abbreviation
    read out (Telecom / Telecommunications): a third list's entry joins the one written
    with its words, not whichever comes first."""
    rows = [
        {"key": "us_dod_1237:vantel", "schema": "Company", "name": "Vantel Telecommunications Corp",
         "properties": {"country": ["CN"]}},
        {"key": "us_ofac_cons:1", "schema": "Company", "name": "VANTEL TELECOM CORPORATION LIMITED",
         "properties": {"country": ["CN"]}},
        {"key": "us_ofac_cons:2", "schema": "Company",
         "name": "VANTEL TELECOMMUNICATIONS CORPORATION", "properties": {"country": ["CN"]}},
    ]
    links = find_links(NameIndex.from_records(rows))
    assert len(links[("us_dod_1237:vantel", "us_ofac_cons:2")]) == 2
    assert len(links[("us_dod_1237:vantel", "us_ofac_cons:1")]) == 1
    screener = Screener.from_index(NameIndex.from_records(rows))
    assert screener.links.referents("us_dod_1237:vantel") == ("us_dod_1237:vantel",
                                                              "us_ofac_cons:2")


def test_one_country_written_in_two_forms_does_not_part_a_name():
    """The UN writes ``Iran (Islamic Republic of)`` where OFSI writes ``Iran``: the same
    country once in one form, so the same main name on one entry of each list links
    (the reason says so); two countries that differ still keep namesakes apart."""
    rows = [
        {"key": "un_sc:1", "schema": "Organization", "name": "TEST ASHTAR UNIVERSITY",
         "properties": {"country": ["Iran (Islamic Republic of)"]}},
        {"key": "gb_hmt:1", "schema": "Organization", "name": "TEST ASHTAR UNIVERSITY",
         "properties": {"country": ["Iran"]}},
        {"key": "un_sc:2", "schema": "Organization", "name": "TEST DAEDONG CREDIT BANK",
         "properties": {"country": ["Democratic People's Republic of Korea"]}},
        {"key": "gb_hmt:2", "schema": "Organization", "name": "TEST DAEDONG CREDIT BANK",
         "properties": {"country": ["Syria"]}},
    ]
    links = find_links(NameIndex.from_records(rows))
    assert links[("gb_hmt:1", "un_sc:1")][0] == (
        "name: same name 'ashtar test university' on one entry of each list, country ir "
        "written in other forms")
    assert ("gb_hmt:2", "un_sc:2") not in links


def test_the_uns_old_iran_references_and_references_quoted_for_another_party():
    """The UN renumbered its Iran entries and keeps the old reference in the remarks
    (``[Old Reference # E.29.I.9]``); OFSI still quotes the old one: one party. A UN
    reference another list quotes for an entry whose name is another UN entry's main
    name (and none of the holder's) was the neighbour's number: not a link, and the
    entry joins its namesake."""
    assert old_un_reference("UN reference number: E.29.I.9") == "E.29.I.9"
    assert old_un_reference("UN reference number: I.AC.50.18.04.12.(1)") == "I.AC.50.18.04.12.(1)"
    assert old_un_reference("E.29.I.9") is None  # (no UN label)
    assert old_un_reference("UN reference number: QDi.123") is None
    rows = [
        {"key": "un_sc:110364", "schema": "Organization", "name": "TEST MALEK UNIVERSITY",
         "properties": {"idNumber": ["UN reference number: IRe.040"],
                        "notes": ["Subordinate of the DTRSC. [Old Reference # E.29.I.9]"]}},
        {"key": "gb_hmt:10653", "schema": "Organization", "name": "TEST MALEK UNIVERSITY",
         "properties": {"idNumber": ["UN reference number: E.29.I.9"]}},
        {"key": "gb_hmt:9", "schema": "Organization", "name": "OTHER TEST PLANT",
         "properties": {"idNumber": ["UN reference number: E.29.I.10"]}},
        # OFSI quotes the bank's number for the trading company
        {"key": "un_sc:35", "schema": "Organization", "name": "KOREA TESTSONG BANK",
         "properties": {"idNumber": ["UN reference number: KPe.035"]}},
        {"key": "un_sc:36", "schema": "Organization", "name": "KOREA TESTSONG TRADING CORPORATION",
         "properties": {"idNumber": ["UN reference number: KPe.036"]}},
        {"key": "gb_hmt:35", "schema": "Organization", "name": "KOREA TESTSONG TRADING CORPORATION",
         "properties": {"idNumber": ["UN reference number: KPe.035"]}},
        {"key": "gb_hmt:34", "schema": "Organization", "name": "KOREA TESTSONG BANK",
         "properties": {"idNumber": ["UN reference number: KPe.023"]}},
    ]
    links = find_links(NameIndex.from_records(rows))
    assert "identifier: same old UN reference number E.29.I.9" in links[
        ("gb_hmt:10653", "un_sc:110364")]
    assert not any("gb_hmt:9" in p for p in links)
    assert ("gb_hmt:35", "un_sc:35") not in links
    clusters = EntityLinks.build(links, names=main_names(NameIndex.from_records(rows)))
    assert clusters.referents("un_sc:36") == ("gb_hmt:35", "un_sc:36")
    assert clusters.referents("un_sc:35") == ("gb_hmt:34", "un_sc:35")


@pytest.mark.realdata
def test_real_ofsi_and_un_twins_renumbered_or_written_in_other_forms(shared_data: Path,
                                                                    tmp_path: Path):
    """OFSI's last file (2020) against the UN's list of 2026: Iran entries the UN
    renumbered (OFSI quotes the old reference; the UN writes the country in its own
    form) and an OFSI entry quoting a neighbour's reference come back as one result
    holding both listings, never another party's."""
    store = Store(f"sqlite:///{tmp_path / 'ofsi.db'}")
    ingest_paths(store, "un_sc", [shared_data / "un_sc_consolidated"], force=True)
    ingest_paths(store, "gb_hmt", [shared_data / "gb_ofsi_conlist" / "2020-04-27"], force=True)
    screener = Screener.load(store)
    links = screener.links.links
    old = [p for p, reasons in links.items()
           if any("old UN reference number" in r for r in reasons)]
    assert len(old) >= 20
    reasons = links[("gb_hmt:10653", "un_sc:110364")]
    assert any("E.29.I.9" in r for r in reasons)
    for name, pair in (("MALEK ASHTAR UNIVERSITY", {"gb_hmt:10653", "un_sc:110364"}),
                       ("MAKIN", {"gb_hmt:11142", "un_sc:110365"}),
                       ("KOREA DAESONG BANK", {"gb_hmt:11286", "un_sc:6908552"}),
                       ("KOREA DAESONG GENERAL TRADING CORPORATION",
                        {"gb_hmt:11287", "un_sc:6908560"})):
        results = screener.screen({"name": name}, limit=10)
        holding = [r for r in results if pair & set(r.get("referents") or [r["key"]])]
        assert len(holding) == 1 and set(holding[0]["referents"]) == pair, (name, holding)
    # persons whose references OFSI swapped or gave a namesake's stay with their names
    assert "un_sc:6908652" not in screener.links.referents("gb_hmt:13569")
    assert "un_sc:6908714" not in screener.links.referents("gb_hmt:13698")


def test_a_company_and_the_ship_whose_number_it_carries_are_two_parties():
    """A list that types no vessels (OFSI's pre-2022 file) gives a one-ship company its
    ship's IMO number; the SDN lists the ship as a vessel: the company is not the ship,
    its name twin on the SDN is its party. A ship that list types as an organisation is
    the SDN's vessel."""
    rows = [
        {"key": "gb_hmt:11244", "schema": "Organization",
         "name": "BUSHEHR TEST SHIPPING COMPANY LIMITED",
         "properties": {"imoNumber": ["9270658"], "country": ["Malta"]}},
        {"key": "us_ofac_sdn:25361", "schema": "Vessel", "name": "SHAMTEST",
         "properties": {"imoNumber": ["9270658"]}},
        {"key": "us_ofac_sdn:25481", "schema": "Organization",
         "name": "BUSHEHR TEST SHIPPING COMPANY LIMITED", "properties": {}},
        {"key": "gb_hmt:13555", "schema": "Organization", "name": "HAO TEST 6",
         "properties": {"imoNumber": ["8628597"]}},
        {"key": "us_ofac_sdn:23771", "schema": "Vessel", "name": "HAO TEST 6",
         "properties": {"imoNumber": ["8628597"]}},
    ]
    index = NameIndex.from_records(rows)
    links = find_links(index)
    assert ("gb_hmt:11244", "us_ofac_sdn:25361") not in links
    assert links[("gb_hmt:13555", "us_ofac_sdn:23771")][0] == "identifier: same imoNumber 8628597"
    clusters = EntityLinks.build(links, names=main_names(index))
    assert clusters.referents("gb_hmt:11244") == ("gb_hmt:11244", "us_ofac_sdn:25481")


@pytest.mark.parametrize(("un", "sdn"), [
    ("ABDUL RAHIM HAMDAN TESTALO", "TESTALO, Abdelrahim Hamdan"),  # a compound written as one
    ("Elena Borisovna TESTULINA", "TESTULINA, Yelena Borisovna"),  # a y opening a vowel
    ("Serhiy Vitalyovych TESTCHENKO", "TESTCHENKO, Sergey Vitalievich"),  # Ukrainian h
    ("Oleg Yevgenyvich TESTAVENTSEV", "TESTAVENCEV, Oleg Evgenyevich"),  # ts / c
])
def test_one_person_in_two_lists_spellings_with_one_birth_date(un: str, sdn: str):
    """One person, one full birth date, the name in two lists' transliterations: one
    result holding both listings; two brothers of one birth date stay two."""
    rows = [
        {"key": "un_sc:1", "schema": "Person", "name": un,
         "properties": {"birthDate": ["1972-03-04"]}},
        {"key": "us_ofac_sdn:2", "schema": "Person", "name": sdn,
         "properties": {"birthDate": ["1972-03-04"]}},
        {"key": "un_sc:3", "schema": "Person", "name": "Iyad TESTLOUF",
         "properties": {"birthDate": ["1973-01-21"]}},
        {"key": "us_ofac_sdn:4", "schema": "Person", "name": "TESTLUF, Ihab",
         "properties": {"birthDate": ["1973-01-21"]}},
    ]
    index = NameIndex.from_records(rows)
    links = find_links(index)
    assert links[("un_sc:1", "us_ofac_sdn:2")][0].startswith("name+birth: the names of")
    assert ("un_sc:3", "us_ofac_sdn:4") not in links
    results = Screener.from_index(index).screen({"name": un, "schema": "Person"}, limit=5)
    holding = [r for r in results if "un_sc:1" in (r.get("referents") or [r["key"]])]
    assert len(holding) == 1 and set(holding[0]["referents"]) == {"un_sc:1", "us_ofac_sdn:2"}


def test_an_entry_under_its_former_key_is_not_a_second_namesake():
    """Lists that key an entry by a digest of its fields (the CSL, the DPL) give it a
    new key when a field or the digest changes: a store holding both snapshots has the
    old key's last version beside the current one. They are one listing, so the name is
    still on one entry of that list: the other lists' twins link (and the old key too);
    two *current* entries of one list with that name still keep it from linking."""
    rows = [
        {"key": "un_sc:1", "schema": "Organization", "name": "TEST MUNITIONS BUREAU"},
        {"key": "us_ofac_sdn:2", "schema": "Organization", "name": "TEST MUNITIONS BUREAU"},
        {"key": "gb_hmt:3", "schema": "Organization", "name": "TEST MUNITIONS BUREAU"},
        {"key": "us_trade_csl:SDN-2", "schema": "Organization", "name": "TEST MUNITIONS BUREAU"},
        {"key": "us_trade_csl:ISN-aaaa", "schema": "Organization", "name": "Test Munitions Bureau",
         "valid_to": "2023-11-30"},
        {"key": "us_trade_csl:ISN-bbbb", "schema": "Organization", "name": "Test Munitions Bureau"},
    ]
    links = find_links(NameIndex.from_records(rows))
    assert ("un_sc:1", "us_ofac_sdn:2") in links
    assert ("un_sc:1", "us_trade_csl:ISN-bbbb") in links
    assert ("un_sc:1", "us_trade_csl:ISN-aaaa") in links
    clusters = EntityLinks.build(links)
    assert set(clusters.referents("un_sc:1")) == {r["key"] for r in rows}
    # a second current entry of the name on the CSL's ISN list: namesakes, no name link
    # for them (the other lists' entries still link: four publishers hold the name, the
    # CSL counted once)
    rows.append({"key": "us_trade_csl:ISN-cccc", "schema": "Organization",
                 "name": "Test Munitions Bureau"})
    links = find_links(NameIndex.from_records(rows))
    assert not [p for p in links if {"us_trade_csl:ISN-bbbb", "us_trade_csl:ISN-cccc"} & set(p)
                and any(r.startswith("name") for r in links[p])], links
    assert ("un_sc:1", "us_ofac_sdn:2") in links
    # a fifth publisher: too common a name to link without a country
    rows.append({"key": "eu_fsf:4", "schema": "Organization", "name": "TEST MUNITIONS BUREAU"})
    links = find_links(NameIndex.from_records(rows))
    assert ("un_sc:1", "us_ofac_sdn:2") not in links


def test_names_alike_but_for_a_legal_form_of_one_word():
    """A name whose words but one read as a legal form (``JSC`` and a long Russian form
    in English) normalises to that one word: too short for the rules by words, it links
    when the main names are the same but for the one-word legal forms, each list giving
    it to one entry only; a subsidiary named as its parent plus a legal form makes the
    parent's name two entries of that list, and links nothing by it."""
    rows = [
        {"key": "us_ofac_sdn:1", "schema": "Organization",
         "name": "JSC RESEARCH AND PRODUCTION ASSOCIATION TESTOR"},
        {"key": "us_trade_csl:EL-1", "schema": "Organization",
         "name": "Research and Production Association TESTOR", "properties": {"country": ["RU"]}},
        {"key": "gb_hmt:1", "schema": "Organization", "name": "BANK TESTMELLI"},
        {"key": "us_ofac_sdn:2", "schema": "Organization", "name": "BANK TESTMELLI CO."},
        {"key": "us_ofac_sdn:3", "schema": "Organization", "name": "BANK TESTMELLI ZAO"},
    ]
    links = find_links(NameIndex.from_records(rows))
    assert links[("us_ofac_sdn:1", "us_trade_csl:EL-1")] == [
        "name: same main name 'research and production association testor' legal forms "
        "aside, on one entry of each list"]
    assert not {("gb_hmt:1", "us_ofac_sdn:2"), ("gb_hmt:1", "us_ofac_sdn:3")} & set(links)


@pytest.mark.realdata
def test_real_twins_in_a_store_holding_two_csl_snapshots(shared_data: Path, tmp_path: Path):
    """The CSL of 2022 and of 2023 key their entries by digests of different lengths:
    every entry of the 2023 file has a former key. Twins of the UN, OFAC and the CSL's
    own sub-lists are one result all the same."""
    store = Store(f"sqlite:///{tmp_path / 'two-csl.db'}")
    for source, folder in [("us_ofac_sdn", "ofac_sdn/2024-05-03"), ("un_sc", "un_sc_consolidated"),
                           ("us_trade_csl", "trade_gov_csl/2022-05-16"),
                           ("us_trade_csl", "trade_gov_csl/2023-11-30")]:
        ingest_paths(store, source, [shared_data / folder], force=True)
    screener = Screener.load(store)
    refs = screener.links.referents("un_sc:6908522")  # (the UN's Munitions Industry Department)
    assert "us_ofac_sdn:12214" in refs
    assert {list_of(k) for k in refs} >= {"un_sc", "us_ofac_sdn", "us_trade_csl:ISN"}
    results = screener.screen({"name": "MUNITIONS INDUSTRY DEPARTMENT"}, limit=10)
    holding = [r for r in results if "us_ofac_sdn:12214" in (r.get("referents") or [r["key"]])]
    assert len(holding) == 1 and "un_sc:6908522" in holding[0]["referents"]


@pytest.mark.realdata
def test_british_and_american_spellings_of_one_name_link(shared_data: Path, tmp_path: Path):
    """OFSI writes DEFENCE INDUSTRIES ORGANISATION and the SDN DEFENSE INDUSTRIES
    ORGANIZATION, OFSI MINISTRY OF DEFENCE LOGISTICS EXPORT and the SDN MINISTRY OF
    DEFENSE LOGISTICS EXPORT: one party each, one result holding both listings."""
    store = Store(f"sqlite:///{tmp_path / 'spell.db'}")
    ingest_paths(store, "us_ofac_sdn", [shared_data / "ofac_sdn" / "2024-05-03"], force=True)
    ingest_paths(store, "gb_hmt", [shared_data / "gb_ofsi_conlist" / "2020-04-27"], force=True)
    screener = Screener.load(store)
    for name, pair in (("Defence Industries Organisation", {"gb_hmt:8989", "us_ofac_sdn:10153"}),
                       ("Ministry of Defense Logistics Export",
                        {"gb_hmt:10656", "us_ofac_sdn:13156"})):
        results = screener.screen({"name": name}, limit=10)
        holding = [r for r in results if pair & set(r.get("referents") or [r["key"]])]
        assert len(holding) == 1 and pair <= set(holding[0]["referents"]), (name, holding)


def test_a_name_the_csl_republishes_under_several_sub_lists_links_the_other_lists():
    """A name on four publishers' lists, the CSL holding it under three of its sub-lists
    (the SDN's republication, the nonproliferation list, and the Entity List at two
    addresses): the CSL counts once among the lists holding it, so the UN's, OFSI's and
    the SDN's entries, none with a country, are one party with the ISN's; the Entity
    List's two entries of it stay apart (two entries of one list)."""
    name = "SHAHID KAVOUS PROPULSION GROUP"
    rows = [
        {"key": "un_sc:1", "schema": "Organization", "name": f"{name} (SKPG)", "properties": {}},
        {"key": "gb_hmt:1", "schema": "Organization", "name": f"{name} (SKPG)", "properties": {}},
        {"key": "us_ofac_sdn:1", "schema": "Organization", "name": name, "properties": {}},
        {"key": "us_trade_csl:SDN-1", "schema": "Organization", "name": name, "properties": {}},
        {"key": "us_trade_csl:ISN-a", "schema": "LegalEntity", "name": "Shahid Kavous Propulsion "
         "Group (SKPG)", "properties": {}},
        {"key": "us_trade_csl:EL-b", "schema": "LegalEntity", "name": name.title(),
         "properties": {}},
        {"key": "us_trade_csl:EL-c", "schema": "LegalEntity", "name": name.title(),
         "properties": {}},
    ]
    links = find_links(NameIndex.from_records(rows))
    for a, b in (("gb_hmt:1", "us_ofac_sdn:1"), ("un_sc:1", "us_ofac_sdn:1"),
                 ("us_ofac_sdn:1", "us_trade_csl:ISN-a"), ("gb_hmt:1", "un_sc:1")):
        assert (a, b) in links, (a, b, links)
    assert not [p for p in links if "us_trade_csl:EL-b" in p or "us_trade_csl:EL-c" in p]
    # a fifth publisher holding the name: too common a name to link without a country
    rows.append({"key": "eu_fsf:1", "schema": "Organization", "name": name, "properties": {}})
    links = find_links(NameIndex.from_records(rows))
    assert ("gb_hmt:1", "us_ofac_sdn:1") not in links


def test_a_short_name_holding_a_number_links_without_a_country():
    """``OFFICE 39``, ``7TH OF TIR``: a number makes a short name one party's; two
    numbers are two parties, and a word too short with its number stays unlinked."""
    rows = [
        {"key": "un_sc:1", "schema": "Organization", "name": "BUREAU 47", "properties": {}},
        {"key": "us_ofac_sdn:1", "schema": "Organization", "name": "BUREAU 47", "properties": {}},
        {"key": "gb_hmt:1", "schema": "Organization", "name": "BUREAU 48", "properties": {}},
        {"key": "un_sc:2", "schema": "Organization", "name": "9TH OF DEY", "properties": {}},
        {"key": "us_ofac_sdn:2", "schema": "Organization", "name": "9TH OF DEY",
         "properties": {"country": ["Iran"]}},
        {"key": "un_sc:3", "schema": "Organization", "name": "UNIT 5", "properties": {}},
        {"key": "us_ofac_sdn:3", "schema": "Organization", "name": "UNIT 5", "properties": {}},
    ]
    links = find_links(NameIndex.from_records(rows))
    assert links[("un_sc:1", "us_ofac_sdn:1")][0].startswith("name: same name"), links
    assert ("un_sc:2", "us_ofac_sdn:2") in links
    assert not [p for p in links if "gb_hmt:1" in p]
    assert ("un_sc:3", "us_ofac_sdn:3") not in links


@pytest.mark.realdata
def test_real_names_on_many_lists_and_short_numbered_names_are_one_result(
        shared_data: Path, tmp_path: Path):
    """Today's SDN, CSL and UN lists and OFSI's last file: SHAHID HEMMAT INDUSTRIAL GROUP
    (on five lists, the CSL holding it under three sub-lists), OFFICE 39 and 7TH OF TIR
    (short names with a number, no country on one side) come back as one result holding
    every list's listing."""
    store = Store(f"sqlite:///{tmp_path / 'many.db'}")
    for source, folder in [*LATEST[:1], *LATEST[2:]]:
        ingest_paths(store, source, [shared_data / folder], force=True)
    ingest_paths(store, "gb_hmt", [shared_data / "gb_ofsi_conlist" / "2020-04-27"], force=True)
    screener = Screener.load(store)
    for name, keys in (
            ("Shahid Hemmat Industrial Group",
             {"gb_hmt:8992", "un_sc:110337", "us_ofac_sdn:9349", "us_trade_csl:SDN-9349"}),
            ("Office 39", {"gb_hmt:12453", "un_sc:6908524", "us_ofac_sdn:12209"}),
            ("7th of Tir", {"gb_hmt:8990", "un_sc:110403", "us_ofac_sdn:10863",
                            "us_trade_csl:SDN-10863"})):
        results = screener.screen({"name": name}, limit=10)
        holding = [r for r in results if keys & set(r.get("referents") or [r["key"]])]
        assert len(holding) == 1 and keys <= set(holding[0]["referents"]), (name, holding)


@pytest.mark.realdata
def test_real_twins_with_a_patronymic_cut_short_are_one_result(shared_data: Path,
                                                               tmp_path: Path):
    """OFSI's 2014 list writes Matviyenko's patronymic ``Ivanova``, the SDN ``Ivanovna``,
    the same birth date on both: one party, found as one result from either name."""
    store = Store(f"sqlite:///{tmp_path / 'ofsi2014.db'}")
    ingest_paths(store, "gb_hmt", [shared_data / "gb_ofsi_conlist/2014-04-02"])
    ingest_paths(store, "us_ofac_sdn", [shared_data / "ofac_sdn_history/2022-04-05"])
    screener = Screener.load(store)
    pair = ("gb_hmt:12943", "us_ofac_sdn:16660")
    assert screener.links.links[pair][0].startswith("name+birth")
    for asked in ("Valentina Matviyenko", "Valentina Ivanova MATVIYENKO"):
        results = screener.screen({"name": asked, "schema": "Person"}, limit=10)
        holding = [r for r in results if set(pair) & set(r.get("referents") or [r["key"]])]
        assert len(holding) == 1 and set(pair) <= set(holding[0]["referents"]), results[:3]
