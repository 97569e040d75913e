"""OFAC's two lists: the SDN list (``us_ofac_sdn``) and the non-SDN consolidated list
(``us_ofac_cons``, which holds the NS-CMIC list of Chinese military-industrial complex
companies under EO 13959, and the SSI, NS-PLC, FSE, NS-MBS and CAPTA lists).

A snapshot is either OFAC's legacy CSV set (parsed by ``ofac_csv``) or, when no legacy
main file is present, the Sanctions List Service "enhanced" XML (``ofac_enhanced``).
"""

from __future__ import annotations

from typing import ClassVar

from listwatch.model import ParseResult
from listwatch.sources.base import SnapshotFiles, Source
from listwatch.sources.ofac_csv import CONS_SET, SDN_SET, CsvSet, parse_csv_set

OFAC_DOWNLOADS = "https://www.treasury.gov/ofac/downloads"

_DIRECTIVES = (
    "not blocking: US persons may deal with the entity except in the kinds of transactions "
    "the directive(s) named in the entry prohibit"
)


class _OfacSource(Source):
    """Shared parse dispatch: legacy CSV set first, enhanced XML otherwise."""

    csv_set: ClassVar[CsvSet]
    enhanced: ClassVar[tuple[str, ...]]

    def parse(self, files: SnapshotFiles) -> ParseResult:
        if self.csv_set.main not in files:
            for name in self.enhanced:
                if name in files:
                    return self._parse_enhanced(files[name], name)
        return parse_csv_set(files, self.csv_set, self.id)

    def _parse_enhanced(self, data: bytes, name: str) -> ParseResult:
        from listwatch.sources.ofac_enhanced import parse_enhanced

        return parse_enhanced(data, name, self.id)


class OfacSdn(_OfacSource):
    id: ClassVar[str] = "us_ofac_sdn"
    title: ClassVar[str] = "OFAC Specially Designated Nationals and Blocked Persons List (SDN)"
    publisher: ClassVar[str] = "U.S. Department of the Treasury, Office of Foreign Assets Control"
    homepage: ClassVar[str] = (
        "https://ofac.treasury.gov/specially-designated-nationals-and-blocked-persons-list-sdn-"
        "human-readable-lists"
    )
    legal_effect: ClassVar[str] = (
        "Blocking (asset freeze): all property and interests in property of the listed person "
        "in the US or held by US persons are blocked, and US persons are generally prohibited "
        "from dealing with them; entities owned 50% or more by blocked persons are blocked too"
    )
    program_effects: ClassVar[dict[str, str]] = {
        "CAATSA - RUSSIA": (
            "Sanctioned under CAATSA section 231/235 (menu-based): the sanctions chosen for the "
            "entry apply; on the SDN list this includes blocking"
        ),
    }
    downloads: ClassVar[dict[str, str]] = {
        name: f"{OFAC_DOWNLOADS}/{name}"
        for name in ("sdn.csv", "add.csv", "alt.csv", "sdn_comments.csv")
    }
    files: ClassVar[tuple[str, ...]] = (
        "sdn.csv",
        "add.csv",
        "alt.csv",
        "sdn_comments.csv",
        "sdn_enhanced.zip",
        "sdn_enhanced.xml",
    )
    required: ClassVar[tuple[str, ...]] = ("sdn.csv",)
    mirror_names: ClassVar[tuple[str, ...]] = ("ofac_sdn", "ofac_sdn_history")
    csv_set: ClassVar[CsvSet] = SDN_SET
    enhanced: ClassVar[tuple[str, ...]] = ("sdn_enhanced.zip", "sdn_enhanced.xml")


class OfacCons(_OfacSource):
    id: ClassVar[str] = "us_ofac_cons"
    title: ClassVar[str] = "OFAC Consolidated Sanctions List (non-SDN lists, incl. NS-CMIC)"
    publisher: ClassVar[str] = "U.S. Department of the Treasury, Office of Foreign Assets Control"
    homepage: ClassVar[str] = "https://ofac.treasury.gov/consolidated-sanctions-list-non-sdn-lists"
    legal_effect: ClassVar[str] = (
        "Non-SDN sanctions: not blocked (no asset freeze); US persons are prohibited only from "
        "the kinds of dealings the entry's program restricts"
    )
    program_effects: ClassVar[dict[str, str]] = {
        "CMIC-EO13959": (
            "NS-CMIC list (EO 13959 as amended by EO 14032): US persons are prohibited from "
            "purchasing or selling publicly traded securities of the company, or securities "
            "derivative of or giving exposure to them; purchases and sales made solely to divest "
            "are allowed until the entry's divestment date (365 days after listing)"
        ),
        "UKRAINE-EO13662": (
            "Sectoral Sanctions Identifications (SSI) list, EO 13662 directives: US persons may "
            "not deal in new debt or new equity of the maturities the entry's directive (1-4) "
            "names, or provide goods, services or technology for the listed oil projects; "
            + _DIRECTIVES
        ),
        "RUSSIA-EO14024": (
            "EO 14024 directives (NS-MBS list: transactions in new debt/equity of listed Russian "
            "entities, or with the Central Bank, National Wealth Fund and Ministry of Finance; "
            "CAPTA list: no correspondent or payable-through accounts); " + _DIRECTIVES
        ),
        "NS-PLC": (
            "Non-SDN Palestinian Legislative Council list: members of the PLC elected on the "
            "party slate of a Foreign Terrorist Organization; not blocked, but US financial "
            "institutions must reject transactions in which the PLC member has an interest"
        ),
        "561-Related": (
            "CAPTA list (31 CFR 561, Iran): US financial institutions may not open or maintain "
            "correspondent or payable-through accounts for the listed foreign financial "
            "institution, or must observe the strict conditions the entry gives"
        ),
        "CAATSA - RUSSIA": (
            "Menu-based sanctions under CAATSA section 235: only the sanctions listed in the "
            "entry apply (e.g. export sanctions, loans from US financial institutions)"
        ),
        "BURMA-EO14014": (
            "EO 14014 directive: the provision of the financial services the directive names to "
            "or for the listed entity is prohibited; " + _DIRECTIVES
        ),
        "FSE": (
            "Foreign Sanctions Evaders list (EO 13608): US persons may not engage in any "
            "transaction involving the person, including goods, services or technology to or "
            "from them; property is not blocked"
        ),
        "SSI": "Sectoral Sanctions Identifications: see UKRAINE-EO13662; " + _DIRECTIVES,
        "NS-MBS": "Non-SDN Menu-Based Sanctions: only the sanctions named in the entry apply",
        "CAPTA": (
            "Correspondent Account or Payable-Through Account Sanctions: US financial "
            "institutions may not open or maintain such accounts for the listed institution"
        ),
    }
    for _fse in ("FSE-IR", "FSE-SY", "FSE-WMD", "FSE-SDGT"):
        program_effects[_fse] = program_effects["FSE"]
    del _fse
    downloads: ClassVar[dict[str, str]] = {
        name: f"{OFAC_DOWNLOADS}/consolidated/{name}"
        for name in ("cons_prim.csv", "cons_add.csv", "cons_alt.csv", "cons_comments.csv")
    }
    files: ClassVar[tuple[str, ...]] = (
        "cons_prim.csv",
        "cons_add.csv",
        "cons_alt.csv",
        "cons_comments.csv",
        "cons_enhanced.zip",
        "cons_enhanced.xml",
    )
    required: ClassVar[tuple[str, ...]] = ("cons_prim.csv",)
    mirror_names: ClassVar[tuple[str, ...]] = ("ofac_consolidated",)
    csv_set: ClassVar[CsvSet] = CONS_SET
    enhanced: ClassVar[tuple[str, ...]] = ("cons_enhanced.zip", "cons_enhanced.xml")


__all__ = ["OfacCons", "OfacSdn"]
