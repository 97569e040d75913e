"""The parties file beside the screening index cache: the same parties as the loaded
screener, the reviewers' corrections applied at reading, nothing for another state of the
store or a file that cannot be read (SQLite and PostgreSQL)."""

from __future__ import annotations

from pathlib import Path

from listwatch.screening.index_cache import cache_file, store_key
from listwatch.screening.links import review_link
from listwatch.screening.party_cache import parties_file, party
from listwatch.screening.screen import Screener
from listwatch.store.db import Store
from listwatch.store.ingest import ingest_paths

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
UK_PERSON, EU_PERSON = "gb_fcdo:RUS9001", "eu_fsf:139001"


def test_parties_beside_the_index_cache(db_url: str, tmp_path: Path) -> None:
    store = Store(db_url)
    ingest_paths(store, "eu_fsf", [FIXTURES / "eu_fsf"], date="2024-01-01")
    ingest_paths(store, "gb_fcdo", [FIXTURES / "gb_fcdo"], date="2024-01-01")
    folder = tmp_path / "cache"
    assert party(store, UK_PERSON, folder) is None  # nothing cached yet
    screener = Screener.load(store, cache=folder)
    path = parties_file(cache_file(folder, store, store_key(store)))
    assert path.is_file()
    for key in screener.links.cluster:
        assert party(store, key, folder) == screener.links.referents(key)
    assert party(store, UK_PERSON, folder) == tuple(sorted((UK_PERSON, EU_PERSON)))
    assert party(store, "gb_fcdo:nobody", folder) == ("gb_fcdo:nobody",)
    assert party(store, UK_PERSON, None) is None  # no cache folder: no answer
    # a reviewer's split is read from the store, not from the file
    review_link(store, UK_PERSON, EU_PERSON, "split", "two men")
    assert party(store, UK_PERSON, folder) == (UK_PERSON,)
    # a file that cannot be read is no answer
    path.write_text("{not json", encoding="utf-8")
    assert party(store, UK_PERSON, folder) is None
    # another state of the store (a new snapshot): the file is not for it
    text = (FIXTURES / "eu_fsf" / "eu_fsf.xml").read_text(encoding="utf-8")
    later = tmp_path / "eu-2024-02-01"
    later.mkdir()
    (later / "eu_fsf.xml").write_text(text.replace("SIDOROW", "SIDOROFF"), encoding="utf-8")
    ingest_paths(store, "eu_fsf", [later], date="2024-02-01")
    assert party(store, EU_PERSON, folder) is None
    Screener.load(store, cache=folder)  # a new index: its parties replace the old file
    assert not path.exists()
    assert party(store, EU_PERSON, folder) == (EU_PERSON,)  # (still split by the reviewer)
    store.dispose()
