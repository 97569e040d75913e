"""The version codec is a storage format: it must round-trip and never change."""

import hashlib

from listwatch.model import Record
from listwatch.store import codec


def test_dictionary_is_frozen():
    # Stored versions depend on these exact bytes; a change would make old rows unreadable.
    assert hashlib.sha1(codec._DICT_V1).hexdigest() == "36498c52a451dfaca87b72a29bb24283fae5661d"


def test_round_trip_and_compression():
    r = Record("us_ofac_sdn", "1", "Organization", "ACME TRADING LLC")
    r.add("alias", "ACME ТРЕЙДИНГ", "小米")
    r.add("program", "RUSSIA-EO14024")
    r.add("address", "Moscow, Russia")
    text = r.canonical_json()
    blob = codec.encode(text)
    assert codec.decode(blob) == text
    assert len(blob) < len(text.encode("utf-8"))
    assert codec.decode(text.encode("utf-8")) == text  # uncompressed rows stay readable
