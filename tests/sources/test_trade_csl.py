"""trade.gov Consolidated Screening List adapter, on the real shared file and small cases."""

from __future__ import annotations

import collections
import re
from pathlib import Path

import pytest

from listwatch.errors import ParseError
from listwatch.model import ParseResult, Record
from listwatch.sources import get_source
from listwatch.sources.files import snapshot_files
from listwatch.sources.trade_csl import (
    COLUMNS,
    ID_PROPS,
    OTHER_ID_TYPES,
    TEXT_TYPES,
    TradeCsl,
    sublist,
    type_first,
)

HEADER = ",".join(COLUMNS)


def row(**values: str) -> str:
    return ",".join('"' + values.get(c, "").replace('"', '""') + '"' for c in COLUMNS)


EL = "Entity List (EL) - Bureau of Industry and Security"


def parse(text: str, **kw: bool) -> ParseResult:
    return TradeCsl(**kw).parse({"consolidated.csv": text.encode("utf-8")})


@pytest.fixture(scope="module")
def real(shared_data: Path) -> ParseResult:
    files = snapshot_files(TradeCsl(), [shared_data / "trade_gov_csl" / "2023-11-30"])
    assert list(files) == ["csl.csv"]
    return TradeCsl().parse(files)


@pytest.fixture(scope="module")
def by_id(real: ParseResult) -> dict[str, Record]:
    return {r.id: r for r in real.records}


def test_registry_and_metadata() -> None:
    source = get_source("us_trade_csl")
    assert isinstance(source, TradeCsl)
    assert source.accepts("consolidated.csv") and source.accepts("CSL.csv")
    assert source.downloads["consolidated.csv"].endswith("/v1/consolidated.csv")
    assert "presumption of denial" in source.effect_of(["Entity List"])
    assert "ITAR" in source.effect_of(["DTC"])
    assert source.effect_of(["no such list"]) == source.legal_effect


@pytest.mark.realdata
def test_real_file_counts_and_warnings(real: ParseResult) -> None:
    assert len(real.records) == 4226
    assert real.published is None
    assert real.warnings[0] == "line 2: repeated header skipped"
    assert real.warnings[1].startswith("line 4233: 8 fields instead of 29, skipped")
    assert "cut short" in real.warnings[1]
    assert len(real.warnings) == 2
    lists = collections.Counter(r.first("list") for r in real.records)
    # SOURCES.md counts 1738 SDN rows: one of them is the cut last row.
    assert lists["Specially Designated Nationals"] == 1737
    assert lists["Entity List"] == 919
    assert lists["Denied Persons List"] == 577
    assert lists["Non-SDN Chinese Military-Industrial Complex Companies List"] == 68
    assert len({r.id for r in real.records}) == 4226


@pytest.mark.realdata
def test_huawei_on_the_cmic_list(real: ParseResult, by_id: dict[str, Record]) -> None:
    huawei = [r for r in real.records if "HUAWEI" in r.name]
    assert [r.id for r in huawei] == ["CMIC-30947"]
    r = by_id["CMIC-30947"]
    assert r.name == "HUAWEI TECHNOLOGIES CO., LTD."
    assert r.schema == "Organization"
    assert r.get("list") == ["Non-SDN Chinese Military-Industrial Complex Companies List"]
    assert r.get("authority") == ["U.S. Treasury, Office of Foreign Assets Control"]
    assert r.get("program") == ["CMIC-EO13959"]
    assert r.get("uscCode") == ["914403001922038216"]
    assert r.get("listingDate") == ["2021-06-03"]
    assert r.get("effectiveDate") == ["2021-08-02"]
    assert r.get("divestmentDate") == ["2022-06-03"]
    assert r.get("country") == ["CN"]
    assert r.get("alias") == ["Huawei Investment & Holding Co Ltd"]
    assert "Target Type: Private Company" in r.get("notes")
    assert "securities" in TradeCsl().effect_of(r.get("list"))


@pytest.mark.realdata
def test_entity_list_entry(by_id: dict[str, Record]) -> None:
    r = by_id["EL-b6e959b59898e975daaae8fae3a8da1ec522f9f888cafc0e6401a16d"]
    assert r.name == "Abdul Satar Ghoura"
    assert r.schema == "LegalEntity"  # the BIS lists give no type
    assert r.get("list") == ["Entity List"]
    assert r.get("listingDate") == ["2011-11-21"]
    assert r.get("federalRegister") == ["76 FR 71867"]
    assert r.get("country") == ["AF", "PK"]
    assert len(r.get("address")) == 4
    assert "License policy: Presumption of denial." in r.get("notes")


@pytest.mark.realdata
def test_ofac_entity_on_two_sub_lists_gets_two_ids(by_id: dict[str, Record]) -> None:
    ssi, mbs = by_id["SSI-17014"], by_id["NS-MBS-17014"]
    assert ssi.get("list") == ["Sectoral Sanctions Identifications List"]
    assert mbs.get("list") == ["Non-SDN Menu-Based Sanctions List"]
    assert ssi.get("program") == ["RUSSIA-EO14024", "UKRAINE-EO13662"]


@pytest.mark.realdata
def test_identifiers_vessels_and_birth_dates(by_id: dict[str, Record]) -> None:
    vtb = by_id["SSI-17013"]
    assert vtb.get("swiftBic") == ["VTBRRUMM"]
    assert vtb.get("leiCode") == ["253400V1H6ART1UQ0N98"]
    assert vtb.get("taxNumber") == ["7702070139"]
    assert vtb.get("registrationNumber") == ["1027739609391"]
    assert "BIK (RU): 044030707" in vtb.get("idNumber")
    vessel = by_id["SDN-4243"]
    assert vessel.schema == "Vessel"
    assert vessel.get("imoNumber") == ["IMO 7406784"]
    assert vessel.get("flag") == ["Panama"]
    assert vessel.get("tonnage") == ["2595"]
    circa = by_id["SDN-7854"]
    assert circa.schema == "Person"
    assert circa.get("birthDate") == ["1946", "1949"]
    assert "Date of birth: circa 1946" in circa.get("notes")


@pytest.mark.realdata
def test_strict_mode_refuses_the_cut_real_file(shared_data: Path) -> None:
    data = (shared_data / "trade_gov_csl" / "2023-11-30" / "csl.csv").read_bytes()
    with pytest.raises(ParseError, match="line 4233.*cut short"):
        TradeCsl(strict=True).parse({"csl.csv": data})


@pytest.mark.realdata
def test_real_file_cut_in_half(shared_data: Path) -> None:
    data = (shared_data / "trade_gov_csl" / "2023-11-30" / "csl.csv").read_bytes()
    half = data[: len(data) // 2]
    with pytest.raises(ParseError, match="cut short"):
        TradeCsl(strict=True).parse({"csl.csv": half})
    lenient = TradeCsl().parse({"csl.csv": half})
    assert 1000 < len(lenient.records) < 4226
    assert "cut short" in lenient.warnings[-1]


def test_small_file_and_dates() -> None:
    text = "\n".join(
        [
            HEADER,
            row(_id="a1", source=EL, name="ACME", start_date="2020-05-22", ids="ISIN, X1"),
            row(
                _id="7",
                source="Specially Designated Nationals (SDN) - Treasury Department",
                type="Individual",
                name="DOE, John",
                dates_of_birth="Sep 1938; 1960 to 1962",
                ids="Passport, AB123, EG, 18 Jan 1984; Cedula No., 99, CO",
            ),
            row(_id="a2", source="Brand New List (BNL) - Some Agency", type="Aircraft", name="X"),
        ]
    )
    result = parse(text + "\n")
    assert result.warnings == []
    acme, doe, plane = result.records
    assert acme.id == "EL-a1" and acme.get("isin") == ["X1"]
    assert acme.get("listingDate") == ["2020-05-22"]
    assert doe.get("birthDate") == ["1938-09", "1960", "1962"]
    assert doe.get("passportNumber") == ["AB123"]
    assert doe.get("idNumber") == ["Cedula No.: 99"]
    assert plane.schema == "Airplane" and plane.id == "BNL-a2"
    assert plane.get("list") == ["Brand New List"] and plane.get("authority") == ["Some Agency"]


def test_sublist_names() -> None:
    assert sublist("Military End User (MEU) List - Bureau of Industry and Security")[:2] == (
        "MEU",
        "Military End User List",
    )
    assert sublist("Non-SDN Menu-Based Sanctions List (NS-MBS List) - Treasury Department")[0] == (
        "NS-MBS"
    )
    assert sublist("odd text")[0] == "ODD-TEXT"


def test_repeated_id_in_same_sub_list_is_kept_with_suffix() -> None:
    text = "\n".join([HEADER, row(_id="1", source=EL, name="A"), row(_id="1", source=EL, name="B")])
    result = parse(text)
    assert [r.id for r in result.records] == ["EL-1", "EL-1~2"]
    assert "repeats an earlier row" in result.warnings[0]


def test_cp1252_fallback_is_reported() -> None:
    text = "\n".join([HEADER, row(_id="1", source=EL, name="Soci\xe9t\xe9 G\xe9n\xe9rale")])
    result = TradeCsl().parse({"csl.csv": text.encode("cp1252")})
    assert result.records[0].name == "Soci\xe9t\xe9 G\xe9n\xe9rale"
    assert "Windows-1252" in result.warnings[0]


def test_utf8_bom_is_accepted() -> None:
    text = "\n".join([HEADER, row(_id="1", source=EL, name="A")])
    result = TradeCsl().parse({"csl.csv": b"\xef\xbb\xbf" + text.encode()})
    assert len(result.records) == 1 and result.warnings == []


def test_truncated_small_file() -> None:
    text = "\n".join([HEADER, row(_id="1", source=EL, name="A"), row(_id="2", source=EL)])
    cut = text + '\n"3","Entity List (EL) - Bureau of Indus'
    with pytest.raises(ParseError, match="line 4.*cut short"):
        parse(cut, strict=True)
    assert len(parse(cut).records) == 1  # row 2 has no name; row 3 is cut


def test_sdn_csv_given_as_csl_is_refused() -> None:
    sdn = '36,"AEROCARIBBEAN AIRLINES",-0- ,"CUBA",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n'
    with pytest.raises(ParseError, match="OFAC CSV"):
        TradeCsl().parse({"csl.csv": sdn.encode()})


def test_renamed_column_is_refused() -> None:
    text = HEADER.replace("alt_names", "aliases") + "\n" + row(_id="1", source=EL, name="A")
    with pytest.raises(ParseError, match="missing column.*alt_names"):
        parse(text)


def test_missing_column_is_refused() -> None:
    text = HEADER.replace(",ids", "") + "\n"
    with pytest.raises(ParseError, match="missing column.*ids"):
        parse(text)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"PK\x03\x04\x00\x00binary", "binary"),
        (HEADER.encode(), "no entries"),
        (HEADER.encode() + b'\n"a","b\n"c"d"\n', "line 2: malformed CSV"),
        (b'"a","b"\n', "missing column"),
    ],
)
def test_damaged_files(data: bytes, message: str) -> None:
    with pytest.raises(ParseError, match=message):
        TradeCsl().parse({"consolidated.csv": data})


def test_many_broken_rows_mean_wrong_format() -> None:
    lines = [HEADER] + ['"x","y"'] * 30 + [row(_id="1", source=EL, name="A")]
    with pytest.raises(ParseError, match="not a usable"):
        parse("\n".join(lines))


def test_no_file() -> None:
    with pytest.raises(ParseError, match="consolidated.csv"):
        TradeCsl().parse({"other.csv": b"x"})


# The two layouts of the ``ids`` column: type first (2023 file) and type last (2022 file).

ENTRY_PROPS = ("passportNumber", "idNumber", "taxNumber", "gender", "registrationNumber", "notes")


def entries_with(result: ParseResult) -> dict[str, int]:
    return {p: sum(1 for r in result.records if r.get(p)) for p in ENTRY_PROPS}


def test_type_last_layout_fixture(fixtures: Path) -> None:
    data = (fixtures / "us_trade_csl" / "consolidated_2022.csv").read_bytes()
    result = TradeCsl().parse({"consolidated.csv": data})
    by = {r.id: r for r in result.records}
    person = by["SDN-9001"]
    assert person.get("gender") == ["male"]
    assert person.get("passportNumber") == ["K475336"]
    assert person.get("idNumber") == ["National ID No.: 28940000602"]
    assert "Additional Sanctions Information: Subject to Secondary Sanctions" in person.get("notes")
    assert (
        "Secondary sanctions risk: section 1(b) of Executive Order 13224, as amended by "
        "Executive Order 13886" in person.get("notes")
    )
    other = by["SDN-9002"]
    assert other.get("gender") == ["female"]
    assert other.get("passportNumber") == ["AB123", "K048787"]
    # A label we have no table entry for is still recognised by its shape.
    assert other.get("idNumber") == [
        "C.U.R.P.: LOGM800101MDFPRR09",
        "Numero de Identidad: 0801-1970-01234",
    ]
    company = by["SDN-9003"]
    assert company.get("taxNumber") == ["GEJ010101AB1"]
    assert company.get("registrationNumber") == ["0412345"]
    assert company.get("website") == ["http://www.grupo-ejemplo.example"]
    # Neither end is a label: kept whole, never a wrong identifier.
    assert company.get("notes") == ["Identifier: UA ZKA, UN/LOCODE",
                                    "R.F.C. GEJ010101AB1: country of issue MX"]
    assert not company.get("idNumber")
    assert result.warnings == [
        "line 4: identifier 'UA ZKA, UN/LOCODE' has no recognisable type label, kept in notes"
    ]
    cmic = by["CMIC-9004"]
    assert cmic.get("listingDate") == ["2021-06-03"]
    assert cmic.get("effectiveDate") == ["2021-08-02"]
    assert cmic.get("divestmentDate") == ["2022-06-03"]
    assert cmic.get("uscCode") == ["91110000100001234X"]
    plane = by["SDN-9005"]
    assert plane.get("idNumber") == [
        "Aircraft Operator: Iran Air",
        "Previous Aircraft Tail Number: G-VAIR",
    ]


def test_both_layouts_give_the_same_properties() -> None:
    pairs = [
        ("Passport, K475336, JO, 2009-08-31, 2014-08-30", "JO, 2014-08-30, 2009-08-31, K475336, Passport"),
        ("Gender, Male", "Male, Gender"),
        ("Tax ID No., 7702070139, RU", "RU, 7702070139, Tax ID No."),
        ("Cedula No., 99, CO", "CO, 99, Cedula No."),
        ("Kenyan ID No., 12345678", "12345678, Kenyan ID No."),
        ("Listing Date (CMIC), 2021-06-03", "2021-06-03, Listing Date (CMIC)"),
        ("Additional Sanctions Information -, Subject to Secondary Sanctions",
         "Subject to Secondary Sanctions, Additional Sanctions Information -"),
    ]  # fmt: skip
    text = "\n".join(
        [HEADER]
        + [
            row(_id=f"{n}{i}", source=EL, type="Individual", name="X", ids=ids)
            for i, pair in enumerate(pairs)
            for n, ids in zip("ab", pair, strict=True)
        ]
    )
    result = parse(text + "\n")
    assert result.warnings == []
    records = result.records
    for first, last in zip(records[::2], records[1::2], strict=True):
        props = {k: first.get(k) for k in first.properties if k != "notes" or first.get(k)}
        assert props == {k: last.get(k) for k in last.properties}, (first.id, last.id)
    assert records[0].get("passportNumber") == ["K475336"]


@pytest.fixture(scope="module")
def real_2022(shared_data: Path) -> ParseResult:
    files = snapshot_files(TradeCsl(), [shared_data / "trade_gov_csl" / "2022-05-16"])
    return TradeCsl().parse(files)


@pytest.mark.realdata
def test_real_2022_file_type_last_layout(real_2022: ParseResult) -> None:
    result = real_2022
    assert len(result.records) == 14160
    labels = {*ID_PROPS, *OTHER_ID_TYPES}
    for record in result.records:
        for value in record.get("idNumber"):
            label, _, number = value.partition(": ")
            assert not re.match(r"\d{4}-\d\d-\d\d|\d\d? [A-Z][a-z]{2} \d{4}$", label), value
            assert number.rsplit(", ", 1)[-1] not in labels, value
            assert not TEXT_TYPES.match(number), value
    counts = entries_with(result)
    assert counts["passportNumber"] == 1298
    assert counts["gender"] == 2404
    assert counts["taxNumber"] == 1718
    assert counts["registrationNumber"] == 1334
    assert counts["idNumber"] == 2821
    genders = collections.Counter(g for r in result.records for g in r.get("gender"))
    assert set(genders) == {"male", "female"}
    unplaced = [w for w in result.warnings if "no recognisable type label" in w]
    assert len(unplaced) == 7


@pytest.mark.realdata
def test_real_2023_file_identifiers_unchanged(real: ParseResult) -> None:
    # Measured on the 2023 file before the type-last layout was recognised.
    assert entries_with(real) == {
        "passportNumber": 249,
        "idNumber": 441,
        "taxNumber": 492,
        "gender": 29,
        "registrationNumber": 303,
        # (2,425 before the country and dates of issue were kept: ``issue_note``)
        "notes": 2996,
    }
    assert sum(len(r.get("idNumber")) for r in real.records) == 483


@pytest.mark.parametrize(
    ("item", "expected"),
    [
        ("Passport, K475336, JO", "Passport, K475336, JO"),
        ("JO, 2014-08-30, 2009-08-31, K475336, Passport", "Passport, K475336, JO, 2014-08-30, 2009-08-31"),
        ("EG, 18 Jan 1984, AB123, Passport", "Passport, AB123, EG, 18 Jan 1984"),
        ("Male, Gender", "Gender, Male"),
        ("LB, 3864865468, Moroccan Personal ID No.", "Moroccan Personal ID No., 3864865468, LB"),
        ("Residence Permit Card, 77-AB-1, TR", "Residence Permit Card, 77-AB-1, TR"),
        ("TR, 77-AB-1, Residence Permit Card", "Residence Permit Card, 77-AB-1, TR"),
        ("G-VAIR, Previous Aircraft Tail Number", "Previous Aircraft Tail Number, G-VAIR"),
        ("ISIN, Identification Number", None),
        ("UA ZKA, UN/LOCODE", None),
        ("Burma, Registration Country", None),
        ("K475336", None),
    ],
)  # fmt: skip
def test_type_first(item: str, expected: str | None) -> None:
    assert type_first(item) == expected


@pytest.mark.realdata
def test_real_files_agree_on_identifiers_of_the_same_entries(
    real_2022: ParseResult, by_id: dict[str, Record]
) -> None:
    """Entries in both files (one layout each) carry the same identifiers."""
    old = {r.id: r for r in real_2022.records}
    agreed: dict[str, tuple[int, int]] = {}
    for prop in ("passportNumber", "taxNumber", "registrationNumber", "gender", "idNumber"):
        both = [k for k, r in by_id.items() if r.get(prop) and k in old and old[k].get(prop)]
        shared = [k for k in both if set(by_id[k].get(prop)) & set(old[k].get(prop))]
        agreed[prop] = (len(both), len(shared))
    assert agreed == {
        "passportNumber": (249, 249),
        "taxNumber": (487, 487),
        "registrationNumber": (301, 301),
        "gender": (26, 26),
        "idNumber": (438, 438),
    }


def test_country_and_dates_of_issue_are_kept_in_notes_in_both_layouts() -> None:
    """The CSL gives an identifier's country of issue and dates after its value (type
    first) or before it (type last), the dates in either order: kept as one note, the
    identifier itself unchanged."""
    pairs = [
        ("Passport, E590976, TN, 19 Jun 1987, 18 Jun 1992",
         "TN, 1992-06-18, 1987-06-19, E590976, Passport"),
        ("Registration ID, 200004646G, SG, 29 May 2000",
         "SG, 2000-05-29, 200004646G, Registration ID"),
        ("Passport, D000000483, Diplomatic, SY", "SY, D000000483, Diplomatic, Passport"),
    ]  # fmt: skip
    text = "\n".join([HEADER] + [
        row(_id=f"{n}{i}", source=EL, type="Individual", name="X", ids=ids)
        for i, pair in enumerate(pairs) for n, ids in zip("ab", pair, strict=True)])
    records = dict(zip([f"{n}{i}" for i in range(len(pairs)) for n in "ab"],
                       parse(text + "\n").records, strict=True))
    expected = {
        "0": ("passportNumber", "E590976",
              "Passport E590976: country of issue TN; issued 1987-06-19; expires 1992-06-18"),
        "1": ("registrationNumber", "200004646G",
              "Registration ID 200004646G: country of issue SG; dated 2000-05-29"),
        "2": ("passportNumber", "D000000483", "Passport D000000483: Diplomatic; country of issue SY"),
    }  # fmt: skip
    for i, (prop, value, note) in expected.items():
        for layout in "ab":
            record = records[f"{layout}{i}"]
            assert record.get(prop) == [value], (layout, i)
            assert record.get("notes") == [note], (layout, i)


@pytest.mark.realdata
def test_real_files_agree_on_the_country_and_dates_of_issue(
    real_2022: ParseResult, by_id: dict[str, Record]
) -> None:
    """Entries in both files (one layout each) say the same of their identifiers'
    countries and dates of issue."""
    old = {r.id: r for r in real_2022.records}

    def issued(record: Record) -> set[str]:
        return {n for n in record.get("notes") if "country of issue" in n or "; issued" in n
                or ": issued" in n or "dated " in n}

    both = [k for k, r in by_id.items() if issued(r) and k in old and issued(old[k])]
    same = [k for k in both if issued(by_id[k]) == issued(old[k])]
    assert len(both) >= 100
    assert len(same) / len(both) >= 0.95, sorted(set(both) - set(same))[:10]
