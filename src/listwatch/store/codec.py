"""Compact storage of record versions: raw DEFLATE with a fixed preset dictionary.

A record's canonical JSON is a few hundred bytes, too short for plain zlib to find
much to share; a preset dictionary of the words every record repeats (property names,
OFAC/UN/EU vocabulary) roughly halves it. The dictionary is part of the storage format:
never edit ``_WORDS_V1``; add a ``_V2`` and a new prefix byte instead.
"""

from __future__ import annotations

import zlib

_WORDS_V1 = (
    (
    '{"id":"","name":"","properties":{"address":["","alias":["","birthDate":["",'
    '"birthPlace":["","callSign":["","citizenship":["","city":["","country":["",'
    '"email":["","flag":["","gender":["Male","Female"],"grossRegisteredTonnage":["",'
    '"idNumber":["","imoNumber":["","isin":["","linkedTo":["","listingDate":["",'
    '"effectiveDate":["","divestmentDate":["","expirationDate":["","mmsi":["",'
    '"nationality":["","notes":["","owner":["","passportNumber":["","previousName":["",'
    '"program":["","registrationNumber":["","taxNumber":["","title":["","tonnage":["",'
    '"uscCode":["","vesselType":["","website":["","weakAlias":["","nameOriginal":["",'
    '"list":["","authority":["","federalRegister":["","action":["","reason":["",'
    '"sourceUrl":["","leiCode":["","swiftBic":["","phone":["","schema":"Person",'
    '"schema":"Organization","schema":"Company","schema":"Vessel","schema":"Airplane",'
    'Additional Sanctions Information - Subject to Secondary Sanctions; '
    "Secondary sanctions risk: Ukraine-/Russia-Related Sanctions Regulations; "
    "Organization Established Date; Organization Type: ; Target Type Financial Institution; "
    "Executive Order 14024 Directive Information; Registration Number; Tax ID No.; "
    "Government Gazette Number; Registration ID; National ID No.; Identification Number; "
    "Nationality of Registration; Website http://www.; Email Address; Passport; "
    "RUSSIA-EO14024"
    ),"SDGT","SDNTK","IRAN","IRGC","IFSR","NPWMD","CYBER2","UKRAINE-EO13662",
    "UKRAINE-EO13660","SYRIA","VENEZUELA-EO13850","GLOMAG","ILLICIT-DRUGS-EO14059",
    "BELARUS-EO14038","IRAN-EO13902","IRAN-TRA","DPRK3","MAGNIT","CMIC-EO13959",
    "Russia","Moscow","Russian Federation","Iran","Tehran","China","Hong Kong","Syria",
    "United Arab Emirates","Dubai","Venezuela","Mexico","Colombia","Lebanon","Beirut",
    "Iraq","Baghdad","Afghanistan","Pakistan","Turkey","Istanbul","Cyprus","Belarus",
    "Ukraine","Crimea","Korea, North","Pyongyang","Saint Petersburg","Guangdong",
    "Limited","Company","Corporation","Ltd.","LLC","Co., Ltd.","Trading","Group",
    "Obshchestvo s Ogranichennoi Otvetstvennostyu","Aktsionernoe Obshchestvo",
    "Publichnoe","International","Industrial","Technology","Shipping","Bank",
    "Jan ","Feb ","Mar ","Apr ","May ","Jun ","Jul ","Aug ","Sep ","Oct ","Nov ","Dec ",
    "19","20","DOB","POB","nationality","citizen","Gender","a.k.a.","f.k.a.",
)
_DICT_V1 = "".join(_WORDS_V1).encode("utf-8")[-32768:]
_V1 = b"\x01"


#: zlib's memory level for records: a smaller hash table is set up faster and, on records
#: this short, gives the same output size (decoding is unchanged; bench/NOTES.md).
_MEM_LEVEL = 5


def encode(text: str) -> bytes:
    """Compress a version's JSON (prefix byte = dictionary version)."""
    comp = zlib.compressobj(9, zlib.DEFLATED, -15, _MEM_LEVEL, zlib.Z_DEFAULT_STRATEGY, _DICT_V1)
    return _V1 + comp.compress(text.encode("utf-8")) + comp.flush()


def decode(data: bytes | memoryview) -> str:
    raw = bytes(data)
    if raw[:1] == _V1:
        dec = zlib.decompressobj(-15, _DICT_V1)
        return (dec.decompress(raw[1:]) + dec.flush()).decode("utf-8")
    return raw.decode("utf-8")
