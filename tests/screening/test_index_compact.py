"""An index built from a large store keeps each version's properties as its stored bytes
(``index.COMPACT_FROM``): screening must not tell the difference."""

from __future__ import annotations

import pickle
from pathlib import Path

import pytest

from listwatch.screening import index as index_mod
from listwatch.screening.screen import Screener
from listwatch.store.db import Store
from listwatch.store.ingest import ingest_paths

from .index_equal import assert_same_index

FTM = "\n".join([
    '{"id": "p1", "schema": "Person", "properties": {"name": ["Ivan Petrovich Sidorov",'
    ' "Иван Петрович Сидоров"], "birthDate": ["1961-04-02"], "nationality": ["ru"],'
    ' "passportNumber": ["7501 123456"]}, "datasets": ["eu_fsf"]}',
    '{"id": "c1", "schema": "Company", "properties": {"name": ["Rosneft Trading S.A."],'
    ' "registrationNumber": ["CHE-123.456.789"], "country": ["ch"]}, "datasets": ["us_ofac_sdn"]}',
    '{"id": "s1", "schema": "Sanction", "properties": {"entity": ["c1"], "program":'
    ' ["RUSSIA-EO14024"], "startDate": ["2022-02-24"]}}',
    '{"id": "v1", "schema": "Vessel", "properties": {"name": ["OCEAN GLORY"], "imoNumber":'
    ' ["IMO 9387421"], "flag": ["pa"]}}',
]) + "\n"


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Store:
    folder: Path = tmp_path_factory.mktemp("compact")
    (folder / "entities.ftm.json").write_text(FTM, encoding="utf-8")
    store = Store(f"sqlite:///{folder / 'lw.db'}")
    ingest_paths(store, "ftm", [folder / "entities.ftm.json"], date="2024-06-01")
    return store


def test_compact_index_screens_as_the_plain_one(store: Store,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    plain = Screener.load(store)
    monkeypatch.setattr(index_mod, "COMPACT_FROM", 0)
    compact = Screener.load(store)
    assert all(isinstance(v._props, dict) for v in plain.index.versions)
    assert all(isinstance(v._props, bytes) for v in compact.index.versions)
    assert [v.properties for v in compact.index.versions] == [
        v.properties for v in plain.index.versions]
    assert compact.index.versions == plain.index.versions
    for query in ({"name": "Sidorov Ivan", "birthDate": "1961-04-02"},
                  {"name": "Иван Сидоров"}, {"name": "rosneft trading"},
                  {"name": "ocean glory", "identifier": "9387421"}):
        assert compact.screen(query) == plain.screen(query)
        assert compact.screen(query)
    result = compact.screen({"name": "Rosneft Trading"})[0]
    assert result["properties"]["program"] == ["RUSSIA-EO14024"]


def test_compact_version_pickles(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(index_mod, "COMPACT_FROM", 0)
    version = Screener.load(store).index.versions[0]
    again = pickle.loads(pickle.dumps(version))
    assert again == version and again.properties == version.properties
    assert "Version(key=" in repr(version)


def test_compact_index_saved_and_read_back_stays_compact(
        store: Store, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from listwatch.screening import index_cache

    monkeypatch.setattr(index_mod, "COMPACT_FROM", 0)
    built = Screener.load(store).index
    again = index_cache._index_from(index_cache._index_state(built))
    assert all(isinstance(v.stored_properties, bytes) for v in again.versions)
    assert again.versions == built.versions


def test_index_built_in_chunks_on_helpers_is_the_same(store: Store,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    serial = index_mod.NameIndex.from_store(store)
    monkeypatch.setattr(index_mod, "PARALLEL_FROM", 0)  # (helpers from the first version)
    monkeypatch.setattr(index_mod, "CHUNK", 1)  # (every version a chunk of its own)
    monkeypatch.setattr(index_mod, "cores", lambda: 2)
    chunked = index_mod.NameIndex.from_store(store)
    assert_same_index(chunked, serial)
    assert len(chunked.skeleton.hashes)  # (Latin names have whole-name skeletons)


def test_identifier_properties_are_known_without_decoding(store: Store,
                                                         monkeypatch: pytest.MonkeyPatch
                                                         ) -> None:
    """Each version's identifier properties holding a value, as bits: what reads only
    some kinds of identifiers (the links' anchors) skips the versions without them."""
    from listwatch.screening.index import NameIndex, id_bits
    from listwatch.screening.links import anchors

    monkeypatch.setattr(index_mod, "COMPACT_FROM", 0)
    index = NameIndex.from_store(store)
    bits = {v.key.split(":", 1)[1]: index.id_props[n] for n, v in enumerate(index.versions)}
    assert bits["p1"] == id_bits(["passportNumber"])
    assert bits["c1"] == id_bits(["registrationNumber"])
    assert bits["v1"] == id_bits(["imoNumber"])
    assert len(index.id_props) == len(index.versions)
    assert {k.split(":", 1)[1]: v for k, v in anchors(index).items()} == {
        "v1": frozenset({"IMO:9387421"})}


def test_a_built_index_is_out_of_the_collectors_sight(store: Store) -> None:
    """Built with the collector off, the index's objects are frozen before it is on
    again: no automatic collection walks them (neither the young generation's next pass
    nor a full one)."""
    import gc

    from listwatch.screening.index import NameIndex

    gc.collect()
    frozen = gc.get_freeze_count()
    try:
        index = NameIndex.from_store(store)
        assert gc.isenabled()
        assert gc.get_count()[0] < 100
        assert gc.get_freeze_count() > frozen + len(index.name_norm)
    finally:
        gc.unfreeze()


def test_packed_names_screen_as_the_names_themselves(store: Store,
                                                      monkeypatch: pytest.MonkeyPatch,
                                                      tmp_path: Path) -> None:
    """Names packed (``index.PACKED_FROM``) read back as the very names and texts;
    screening tells no difference, nor does the index saved and read back."""
    from listwatch.screening import index_cache

    plain = Screener.load(store, cache=None)
    monkeypatch.setattr(index_mod, "PACKED_FROM", 0)
    built = Screener.load(store, cache=tmp_path / "cache")
    assert isinstance(built.index.name_norm, list)  # (the process that built it: its names)
    packed = Screener.load(store, cache=tmp_path / "cache")  # (read back from the cache)
    assert packed.origin == "cache"
    names = packed.index.name_norm
    assert isinstance(plain.index.name_norm, list)
    assert isinstance(names, index_mod.PackedNames)
    assert names == plain.index.name_norm and len(names) == len(plain.index.name_norm)
    assert names[-1] == plain.index.name_norm[-1]
    texts = packed.index.name_text  # (each name as written, read from the packed names)
    assert isinstance(texts, index_mod.PackedTexts)
    assert texts == plain.index.name_text and texts[-1] == plain.index.name_text[-1]
    assert [texts[i] for i in range(len(texts))] == plain.index.name_text
    assert names[0] is names[0]  # (a name asked for again: the one made)
    assert any(n.forms for n in names)
    with pytest.raises(IndexError):
        names[len(names)]
    for query in ({"name": "Sidorov Ivan", "birthDate": "1961-04-02"},
                  {"name": "Иван Сидоров"}, {"name": "rosneft trading SA"},
                  {"name": "ocean glory", "identifier": "9387421"}):
        assert packed.screen(query) == plain.screen(query)
        assert packed.screen(query)
    monkeypatch.setattr(index_mod, "PACKED_FROM", 10**9)  # (what is read back stays packed)
    again = index_cache._index_from(index_cache._index_state(packed.index))
    assert isinstance(again.name_norm, index_mod.PackedNames)
    assert isinstance(again.name_text, index_mod.PackedTexts)
    assert_same_index(again, plain.index)


def test_a_name_holding_a_separator_is_kept_whole() -> None:
    """A name whose strings hold what separates a packed name's fields or words is kept
    as it is: read back the same, saved and read back the same."""
    from listwatch.match.normalize import NormName, normalize
    from listwatch.screening.index import PackedNames

    odd = NormName("Acme\0Trading", "org", "acme\0trading", ("acme\0trading",),
                   frozenset(), (), "latin", "")
    words = NormName("Acme \x01 Trading", "org", "acme trading", ("acme", "\x01"),
                     frozenset({"llc"}), ("7",), "latin", "")
    norms = [normalize("Rosneft Trading S.A.", "org"), odd, words,
             normalize("Иван Петрович Сидоров", "person"), normalize("北京华为", "org")]
    packed = PackedNames.pack(norms)
    assert set(packed.odd) == {1, 2}
    assert list(packed) == norms and [packed[i] for i in range(5)] == norms
    assert [packed.original(i) for i in range(5)] == [n.original for n in norms]
    again = PackedNames.from_state(packed.state())
    assert list(again) == norms and again.odd.keys() == {1, 2}
    assert len(packed.data) < sum(len(n.original) + len(n.text) for n in norms) * 3


def test_a_packed_index_read_back_grows_on(store: Store,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    """Names added to a packed index read back: it is unpacked and grown, and saved
    packed again."""
    from listwatch.screening import index_cache
    from listwatch.screening.index import Version

    monkeypatch.setattr(index_mod, "PACKED_FROM", 0)
    built = Screener.load(store, cache=None).index
    again = index_cache._index_from(index_cache._index_state(built))
    size = len(again.name_norm)
    assert isinstance(again.name_norm, index_mod.PackedNames)
    again.add(Version("x:new", "x", "Company", "Late Trading Ltd", {}, "2024-07-01", None))
    again.finish()
    again = index_cache._index_from(index_cache._index_state(again))
    assert isinstance(again.name_norm, index_mod.PackedNames)
    assert isinstance(again.name_text, index_mod.PackedTexts)
    assert len(again.name_norm) == size + 1 and list(again.name_norm)[:size] == list(built.name_norm)
    assert again.name_norm[size].original == again.name_text[size] == "Late Trading Ltd"


@pytest.mark.parametrize("packed_from", [0, 2])
def test_an_index_built_in_chunks_packs_its_names_as_they_come(
        store: Store, monkeypatch: pytest.MonkeyPatch, packed_from: int) -> None:
    """From ``PACKED_FROM`` names on, an index built in chunks packs each chunk's names
    as they come (from the first chunk, or the names so far packed at once then the rest
    as they come): the very names, texts and postings of an index built one version at a
    time, screening the same, and the index cache's bytes of the names the same as the
    names packed afterwards."""
    from listwatch.screening import index_cache

    serial = Screener.load(store, cache=None)
    monkeypatch.setattr(index_mod, "PARALLEL_FROM", 0)
    monkeypatch.setattr(index_mod, "CHUNK", 1)
    monkeypatch.setattr(index_mod, "cores", lambda: 2)
    monkeypatch.setattr(index_mod, "PACKED_FROM", packed_from)
    chunked = Screener.load(store, cache=None)
    names, texts = chunked.index.name_norm, chunked.index.name_text
    assert isinstance(names, index_mod.PackedNames) and isinstance(names.data, bytes)
    assert isinstance(texts, index_mod.PackedTexts)
    assert_same_index(chunked.index, serial.index)
    with pytest.raises(ValueError, match="sealed"):
        names.codes("person", "latin", frozenset())
    state = index_cache._index_state(chunked.index)["name_norm"]["packed"]
    assert state == index_mod.PackedNames.pack(serial.index.name_norm).state()
    for query in ({"name": "Sidorov Ivan", "birthDate": "1961-04-02"},
                  {"name": "Иван Сидоров"}, {"name": "rosneft trading SA"},
                  {"name": "ocean glory", "identifier": "9387421"}):
        assert chunked.screen(query) == serial.screen(query)
        assert chunked.screen(query)


def test_packed_names_grown_one_by_one_or_a_chunk_at_a_time_are_alike() -> None:
    """Names packed elsewhere and added a chunk at a time (``PackedNames.extend``, as a
    chunk's helper packs them) read back as those appended one by one, odd ones too."""
    import numpy as np

    from listwatch.match.normalize import NormName, normalize
    from listwatch.screening.index import PackedNames, _packed

    odd = NormName("Acme\0Trading", "org", "acme trading", ("acme", "trading"),
                   frozenset(), (), "latin", "")
    norms = [normalize("Rosneft Trading S.A.", "org"), odd,
             normalize("Иван Петрович Сидоров", "person"), normalize("北京华为", "org")]
    one = PackedNames.growing()
    for norm in norms:
        one.append(norm)
    chunked = PackedNames.growing()
    chunked.append(norms[0])
    rest = norms[1:]
    raws = [_packed(n) or b"" for n in rest]
    chunked.extend(b"".join(raws), np.cumsum([len(r) for r in raws]),
                   np.array([chunked.codes(n.kind, n.script, n.forms) for n in rest]),
                   [(0, odd)])
    assert list(chunked) == list(one) == norms  # (readable while growing)
    assert chunked.sealed().state() == one.sealed().state()
    assert set(chunked.odd) == {1} and chunked[1] is odd
