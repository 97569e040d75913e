"""Parties from links (``screening.clusters``): a big party on many lists and sub-lists
stays one; a chain of links by names is split on its weakest links, never dropped whole;
links by names never join two groups holding different one-per-party identifiers."""

from __future__ import annotations

from listwatch.screening.clusters import MAX_CLUSTER, EntityLinks


def _by_name(a: str, b: str) -> tuple[tuple[str, str], list[str]]:
    return (min(a, b), max(a, b)), [f"name+country: same name 'x' and country iq ({a}, {b})"]


def test_a_party_on_many_lists_named_one_way_stays_one() -> None:
    """The DPL lists the airline under three addresses, the CSL republishes each (ten
    entries), the SDN lists it once: 14 entries, every list naming them one way."""
    dpl = [f"us_bis_dpl:{i}" for i in range(3)]
    csl = [f"us_trade_csl:DPL-{i}" for i in range(10)]
    sdn = "us_ofac_sdn:18133"
    names = {k: "AL NASER AIRLINES" for k in dpl[:2] + csl[:5]}
    names.update({k: "ALNASER AIRLINES" for k in dpl[2:] + csl[5:]})
    names[sdn] = "AL-NASER AIRLINES"
    links = dict(_by_name(d, c) for d in dpl for c in csl)
    links.update(_by_name(d, sdn) for d in dpl)
    clusters = EntityLinks.build(links, names=names)
    group = clusters.referents(sdn)
    assert len(group) == 14 > MAX_CLUSTER
    assert set(group) == {*dpl, *csl, sdn}


def test_a_chain_of_name_links_is_split_on_its_weakest_links() -> None:
    """Seven parties, each on one list and republished by the CSL (a strong link),
    chained by links by names (a shared alias and country) from one party's CSL entry to
    the next party: 14 entries under seven names. The chain is cut on its weakest links;
    each party stays whole."""
    lists = ["us_ofac_sdn", "us_ofac_cons", "us_bis_dpl", "un_sc", "gb_hmt", "eu_fsf",
             "gb_fcdo"]
    own = [f"{src}:{i}" for i, src in enumerate(lists)]
    csl = [f"us_trade_csl:X-{i}" for i in range(len(lists))]
    names = {k: f"PARTY NUMBER {i}" for i, k in enumerate(own)}
    names.update({k: f"PARTY NUMBER {i}" for i, k in enumerate(csl)})
    links = {(min(c, o), max(c, o)): [f"identifier: same registrationNumber {i}00000"]
             for i, (c, o) in enumerate(zip(csl, own, strict=True))}
    links.update(_by_name(csl[i], own[i + 1]) for i in range(len(lists) - 1))
    whole = EntityLinks.build({p: r for p, r in links.items() if "identifier" in r[0]})
    assert len(set(whole.cluster.values())) == 7
    clusters = EntityLinks.build(links, names=names)
    for c, o in zip(csl, own, strict=True):
        assert clusters.referents(c) == tuple(sorted((c, o)))
    # (the old rule dropped the whole cluster: every entry came back alone)
    assert len(set(clusters.cluster.values())) == 7


def test_links_by_names_never_join_two_anchored_groups() -> None:
    """Two UN entries of one name and birth date (namesakes the UN numbers apart), each
    with its OFSI twin by UN reference, both linked by name and birth date to one SDN
    entry: the SDN entry joins one of them, the two UN parties stay two."""
    un1, un2 = "un_sc:1", "un_sc:2"
    uk1, uk2 = "gb_hmt:1", "gb_hmt:2"
    sdn = "us_ofac_sdn:9"
    names = {k: "ABU MUHAMMAD AL-TEST" for k in (un1, un2, uk1, uk2, sdn)}
    links = {
        (uk1, un1): ["identifier: same UN reference number QDI001"],
        (uk2, un2): ["identifier: same UN reference number QDI002"],
        (un1, sdn): ["name+birth: same name 'abu al muhammad test' and birth date 1970"],
        (un2, sdn): ["name+birth: same name 'abu al muhammad test' and birth date 1970"],
    }
    anchors = {un1: frozenset({"UN-QD:QDI001"}), un2: frozenset({"UN-QD:QDI002"})}
    # without the guard the names and birth date glue both UN parties into one
    assert len(EntityLinks.build(links, names=names).referents(sdn)) == 5
    clusters = EntityLinks.build(links, names=names, anchors=anchors)
    assert clusters.referents(un1) != clusters.referents(un2)
    assert clusters.referents(uk1) == clusters.referents(un1)
    assert sdn in clusters.referents(un1) and sdn not in clusters.referents(un2)
    # an identifier link is no name link: a reviewer's confirmation joins them
    confirmed = EntityLinks.build(links, {(un1, un2): ("confirmed", "one man")},
                                  names=names, anchors=anchors)
    assert len(confirmed.referents(sdn)) == 5
    # one UN reference per regime: the same person under QD and SO joins
    regimes = {un1: frozenset({"UN-QD:QDI001"}), un2: frozenset({"UN-SO:SOI002"})}
    assert len(EntityLinks.build(links, names=names, anchors=regimes).referents(sdn)) == 5


def test_anchors_are_the_un_lists_own_references_and_one_per_party_ids() -> None:
    """Anchors: the UN list's references (per regime), IMO numbers, LEIs, USCCs; another
    list's quote of a UN reference is none (typos, associates' numbers), nor a value two
    entries of one list hold."""
    from listwatch.screening.index import NameIndex
    from listwatch.screening.links import anchors

    rows = [
        {"key": "un_sc:1", "schema": "Person", "name": "A B C",
         "properties": {"idNumber": ["UN reference number: QDi.042"]}},
        {"key": "un_sc:2", "schema": "Person", "name": "A B C",
         "properties": {"idNumber": ["UN reference number: SOi.002"]}},
        {"key": "gb_hmt:1", "schema": "Person", "name": "A B C",
         "properties": {"idNumber": ["UN reference number: QI.A.42.01"]}},
        {"key": "us_ofac_sdn:1", "schema": "Vessel", "name": "SHIP ONE",
         "properties": {"imoNumber": ["IMO 9283019"]}},
        {"key": "us_ofac_sdn:2", "schema": "Company", "name": "OWNER ONE",
         "properties": {"imoNumber": ["5555555"], "leiCode": ["253400V1H6ART1UQ0N98"]}},
        {"key": "us_ofac_sdn:3", "schema": "Company", "name": "OWNER TWO",
         "properties": {"imoNumber": ["5555555"]}},
    ]
    got = anchors(NameIndex.from_records(rows))
    assert got["un_sc:1"] == {"UN-QD:QDI042"} and got["un_sc:2"] == {"UN-SO:SOI002"}
    assert "gb_hmt:1" not in got
    assert got["us_ofac_sdn:1"] == {"IMO:9283019"}
    assert got["us_ofac_sdn:2"] == {"LEI:253400V1H6ART1UQ0N98"}  # (5555555: two hold it)
    assert "us_ofac_sdn:3" not in got


def test_the_csl_counts_as_one_list_per_sub_list() -> None:
    """The CSL republishes a party once in each sub-list that holds it: two entries of one
    sub-list named otherwise are two parties (China Telecom Corporation Limited and China
    Telecommunications Corporation, both CMIC), while one party's entries in two
    sub-lists, or a name written in another order, stay one."""
    names = {
        "us_dod_1260h:ct": "China Telecom Corporation Limited",
        "us_dod_1260h:ctc": "China Telecommunications Corporation",
        "us_trade_csl:CMIC-30882": "CHINA TELECOM CORPORATION LIMITED",
        "us_trade_csl:CMIC-30939": "CHINA TELECOMMUNICATIONS CORPORATION",
        "us_bis_dpl:1": "ZHONGDA JIN",
        "us_trade_csl:DPL-a": "ZHONGDA JIN",
        "us_trade_csl:DPL-b": "JIN, ZHONGDA",
        "us_trade_csl:EL-c": "Zhongda Jin",
    }
    country = ["name+country: same name 'china telecommunication' and country cn"]
    written = [*country, "name: same main name written alike"]
    links = {
        # a lossy name form ("telecom" read as "telecommunication") links all four
        ("us_dod_1260h:ct", "us_trade_csl:CMIC-30882"): written,
        ("us_dod_1260h:ct", "us_trade_csl:CMIC-30939"): country,
        ("us_dod_1260h:ctc", "us_trade_csl:CMIC-30882"): country,
        ("us_dod_1260h:ctc", "us_trade_csl:CMIC-30939"): written,
        ("us_bis_dpl:1", "us_trade_csl:DPL-a"): ["name+country: same name 'jin zhongda'"],
        ("us_bis_dpl:1", "us_trade_csl:DPL-b"): ["name+country: same name 'jin zhongda'"],
        ("us_bis_dpl:1", "us_trade_csl:EL-c"): ["name+country: same name 'jin zhongda'"],
    }
    clusters = EntityLinks.build(links, names=names)
    assert clusters.referents("us_dod_1260h:ct") == ("us_dod_1260h:ct", "us_trade_csl:CMIC-30882")
    assert clusters.referents("us_dod_1260h:ctc") == (
        "us_dod_1260h:ctc", "us_trade_csl:CMIC-30939")
    assert len(clusters.referents("us_bis_dpl:1")) == 4
