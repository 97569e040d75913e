"""Retrieval's product: a few rows summed with numpy, and many in the compiled core's
own loop, give what scipy's product gives."""

from __future__ import annotations

import random
from typing import Any

import numpy as np
from scipy import sparse

from listwatch.screening import vector
from listwatch.screening.index import NameIndex
from listwatch.screening.vector import FEW_ROWS, PLAN_AHEAD, VectorIndex

SYLLABLES = ["ka", "ri", "mo", "han", "pet", "rov", "al", "din", "sun", "li", "ma", "ko"]


def _index(rng: random.Random, n: int = 3000) -> NameIndex:
    def word() -> str:
        return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(1, 3)))

    rows = [{"key": f"t:{i}", "schema": rng.choice(["Person", "Company"]),
             "name": " ".join(word() for _ in range(rng.randint(1, 4)))} for i in range(n)]
    return NameIndex.from_records(rows)


def test_few_rows_are_the_products_rows_bit_for_bit() -> None:
    rng = random.Random(3)
    vec = VectorIndex.build(_index(rng))
    words = vec.matrix.shape[0]
    for _ in range(300):
        nrows = rng.randint(1, FEW_ROWS)
        q_ptr, q_idx, q_val = [0], [], []
        for _ in range(nrows):
            for _ in range(rng.randint(0, 12)):  # (a word may come twice in a row)
                q_idx.append(rng.randrange(words))
                q_val.append(rng.choice([0.1, 1 / 3, 0.8 * 0.37, rng.random()]))
            q_ptr.append(len(q_idx))
        q = sparse.csr_matrix((np.asarray(q_val, np.float32), np.asarray(q_idx, np.int32),
                               np.asarray(q_ptr, np.int64)), shape=(nrows, words))
        want = (q @ vec.matrix).tocsr()
        ptr, idx, val = vec.product_rows(q_ptr, q_idx, q_val)
        assert ptr.tolist() == want.indptr.tolist()
        assert idx.tolist() == want.indices.tolist()  # (the same order: ties depend on it)
        assert val.tobytes() == want.data.astype(np.float32).tobytes()


def test_many_rows_are_the_products_rows_bit_for_bit() -> None:
    # (``product_many`` is what a compiled batch uses; here in whichever mode runs: pure
    # Python, its loop reads numpy's float32 scalars, the same additions)
    rng = random.Random(5)
    vec = VectorIndex.build(_index(rng))
    words = vec.matrix.shape[0]
    for _ in range(40):
        nrows = rng.randint(FEW_ROWS + 1, 30)
        q_ptr, q_idx, q_val = [0], [], []
        for _ in range(nrows):
            for _ in range(rng.randint(0, 12)):  # (a word may come twice in a row)
                q_idx.append(rng.randrange(words))
                q_val.append(rng.choice([0.1, 1 / 3, 0.8 * 0.37, rng.random(), 0.0]))
            q_ptr.append(len(q_idx))
        q = sparse.csr_matrix((np.asarray(q_val, np.float32), np.asarray(q_idx, np.int32),
                               np.asarray(q_ptr, np.int64)), shape=(nrows, words))
        want = (q @ vec.matrix).tocsr()
        ptr, idx, val = vec.product_many(q_ptr, q_idx, q_val)
        assert ptr.tolist() == want.indptr.tolist()
        assert idx.tolist() == want.indices.tolist()  # (the same order: ties depend on it)
        assert val.tobytes() == want.data.astype(np.float32).tobytes()


def test_the_compiled_loops_give_the_numpy_rounds_hits(monkeypatch: Any) -> None:
    # (``COMPILED`` picks the product and the common words' additions: the loops of
    # ``_product_into`` and ``_common_into``, or scipy and numpy's rounds; whichever mode
    # runs, both ways give the very hits, cheap scores and order)
    rng = random.Random(8)

    def word() -> str:
        return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(1, 3)))

    # (two words in more than COMMON_DF names each, beside rarer ones)
    rows = [{"key": f"{'tu'[i % 2]}:{i}", "schema": rng.choice(["Person", "Company"]),
             "name": " ".join([word() for _ in range(rng.randint(1, 3))]
                              + [w for w in ("global", "trading") if rng.random() < 0.45])}
            for i in range(4000)]
    index = NameIndex.from_records(rows)
    vec = VectorIndex.build(index)
    assert vec.common_of  # (words in more than COMMON_DF names: the additions are tried)
    names = [index.name_text[rng.randrange(len(index))] for _ in range(60)]
    names = [" ".join(w[:-1] if rng.random() < 0.3 else w for w in n.split()) for n in names]
    queries: list[tuple[list[str], str | None]] = [([n], None) for n in names]
    monkeypatch.setattr(vector, "COMPILED", False)
    want = vec.hits_many(queries, limit=6)
    monkeypatch.setattr(vector, "COMPILED", True)
    got = vec.hits_many(queries, limit=6)
    assert sum(map(len, want)) > 60
    assert got == want
    # (a list left out: the names of the others only, as the mask says)
    for sources in ({"t"}, {"u"}):
        monkeypatch.setattr(vector, "COMPILED", False)
        want = vec.hits_many(queries, limit=6, sources=sources)
        monkeypatch.setattr(vector, "COMPILED", True)
        assert vec.hits_many(queries, limit=6, sources=sources) == want
        assert vec.everyone[(None, (next(iter(sources)),))] is False
        assert sum(map(len, want)) > 30


def test_the_cheap_scores_loop_gives_numpys_bits(monkeypatch: Any) -> None:
    # (``COMPILED`` picks ``_cheap_scores``'s way: the loop of ``_cheap_into`` or numpy's
    # passes; whichever mode runs, the same entries kept, in order, with the same float32
    # bits, and a floor between two float32 values compared as numpy compares it)
    rng = np.random.default_rng(9)
    names, rows_n, entries = 500, 40, 6000
    rows = np.sort(rng.integers(0, rows_n, entries)).astype(np.intp)
    names_hit = rng.integers(0, names, entries).astype(np.intp)
    covered = (rng.choice(np.asarray([0.05, 1 / 3, 0.5, 0.8 * 0.37, 1.0, 1.25], np.float32),
                          entries) * rng.random(entries, np.float32).round(1)).astype(np.float32)
    totals = rng.random(rows_n, np.float32) * 9 + 0.5
    rows_q = rng.permutation(rows_n).astype(np.int64)
    weight = rng.random(names, np.float32) * 12
    weight[:5] = [0.0, 1e-12, 1e-9, 3.0, 0.25]  # (a weight's floor, and small ones)

    def both(valid: np.ndarray, floor: float) -> list[np.ndarray]:
        ways = []
        for compiled in (False, True):
            monkeypatch.setattr(vector, "COMPILED", compiled)
            ways.append(vector._cheap_scores(rows, names_hit, covered, totals, rows_q,
                                             weight, valid, floor))
        (qa, na, ca), (qb, nb, cb) = ways
        assert qa.tolist() == qb.tolist() and na.tolist() == nb.tolist()
        assert ca.tobytes() == cb.tobytes()
        return ways[0]

    for valid in (np.ones(names, bool), rng.random(names) < 0.8):
        for floor in (0.0, 0.3, 0.6):
            kept = both(valid, floor)
            assert 0 < len(kept[0]) and (floor == 0.0 or len(kept[0]) < entries)
        # a floor just above a kept score's float32, as a double: numpy reads it as that
        # float32, so the entry is kept (a comparison in doubles would drop it)
        scores = both(valid, 0.3)[2]
        score = float(scores[len(scores) // 2])
        edge = float(np.nextafter(score, 1.0))
        assert np.float32(edge) == np.float32(score) and edge > score
        assert score in both(valid, edge)[2].tolist()


def test_the_top_loops_keep_what_numpy_keeps(monkeypatch: Any) -> None:
    # (``COMPILED`` picks ``_top``'s way: the loops of ``_top_into`` or numpy's passes;
    # whichever mode runs, the same entries kept in the same order, scores on the bins'
    # edges, a score of 1, and queries with few or no entries among the others)
    rng = np.random.default_rng(11)
    queries, entries = 30, 8000
    qi = np.sort(rng.integers(0, queries - 3, entries)).astype(np.int64)
    cheap = rng.random(entries, np.float32)
    edges = rng.integers(0, vector.TOP_BINS + 1, 600)
    cheap[:600] = (edges / vector.TOP_BINS).astype(np.float32)  # (0, 1/128 ... 1)
    cheap = rng.permutation(cheap)
    names = rng.integers(0, 10**6, entries).astype(np.intp)
    for need in (1, 6, 36, 400):
        ways = []
        for compiled in (False, True):
            monkeypatch.setattr(vector, "COMPILED", compiled)
            ways.append(vector._top(qi, names, cheap, queries, need))
        (qa, na, ca), (qb, nb, cb) = ways
        assert 0 < len(qa) <= entries and (need > 100 or len(qa) < entries)
        assert qa.tolist() == qb.tolist() and na.tolist() == nb.tolist()
        assert ca.tobytes() == cb.tobytes()


def test_a_query_alone_gets_its_candidates_in_a_batch() -> None:
    rng = random.Random(4)
    index = _index(rng)
    vec = VectorIndex.build(index)
    names = [index.name_text[rng.randrange(len(index))] for _ in range(40)]
    names = [" ".join(w[:-1] if rng.random() < 0.3 else w for w in n.split()) for n in names]
    batch = vec.hits_many([([n], None) for n in names], limit=6)
    assert sum(map(len, batch)) > 40
    for n, hits in zip(names, batch, strict=True):
        assert vec.hits([n], None, limit=6) == hits, n


def test_words_planned_ahead_give_the_plans_made_one_at_a_time() -> None:
    rng = random.Random(6)
    index = _index(rng)
    names = [index.name_text[rng.randrange(len(index))] for _ in range(300)]
    # typos, swapped letters, a letter more: words the index does not hold
    names = [" ".join(w[:-1] if rng.random() < 0.3 else w[1] + w[0] + w[2:]
                      if rng.random() < 0.3 else w + "a" for w in n.split()) for n in names]
    names += ["Маргарита Петрова", "محمد كريم", "kari mohan"]
    together = VectorIndex.build(index)
    batch = together.hits_many([([n], None) for n in names], limit=6)
    assert len(together.token_plans) > PLAN_AHEAD
    alone = VectorIndex.build(index)  # (nothing planned yet: each word alone)
    assert [alone.hits([n], None, limit=6) for n in names] == batch
    assert together.token_plans == alone.token_plans


def _namesakes_index() -> NameIndex:
    """Names made of the common spellings of one Arabic consonant skeleton (hmd: Ahmed,
    Hamed, Mohammed ...), one ``Mohammad Ahmadi``, and Arabic-script names that put the
    query's words in the index as written."""
    rng = random.Random(1)
    common = ["Ahmed", "Mohammed", "Hamed", "Hamid", "Mahmoud", "Ahmad", "Muhammad", "Hamada"]
    rows = [{"key": f"t:{i}", "schema": "Person", "name": " ".join(rng.sample(common, 3))}
            for i in range(60)]
    rows.append({"key": "t:x", "schema": "Person", "name": "Mohammad Ahmadi"})
    rows += [{"key": "a:1", "schema": "Person", "name": "محمد حسن"},
             {"key": "a:2", "schema": "Person", "name": "محمد علي"}]
    rows += [{"key": f"o:{i}", "schema": "Person",
              "name": f"Other{chr(97 + i % 26)}{chr(97 + i // 26)} Person{i}"}
             for i in range(200)]
    return NameIndex.from_records(rows)


def test_an_arabic_script_word_gives_a_name_its_best_spelling_not_their_sum() -> None:
    index = _namesakes_index()
    vec = VectorIndex.build(index)
    for query in ("محمد احمدی", "احمدی محمد"):
        hits = vec.hits([query], "Person", limit=6)
        keys = [index.versions[vid].key for vid, _, _ in hits]
        assert "t:x" in keys, (query, keys)
        # three spellings of the skeleton in one name are not three matches of a word
        cheap = {index.versions[vid].key: c for vid, _, c in hits}
        assert all(c <= cheap["t:x"] + 1e-6 for k, c in cheap.items() if k.startswith("t:"))


def test_arabic_script_queries_alone_get_their_candidates_in_a_batch() -> None:
    index = _namesakes_index()
    names = ["محمد احمدی", "احمدی محمد", "حامد محمود", "Mohamad Ahmadi", "محمد",
             "Hamid Ahmedd", "אחמד חמיד", "Otherab Person27"]
    together = VectorIndex.build(index)
    batch = together.hits_many([([n], None) for n in names] * 2, limit=6)
    alone = VectorIndex.build(index)
    assert [alone.hits([n], None, limit=6) for n in names] * 2 == batch
    assert sum(map(len, batch)) > len(names)


def test_the_best_of_many_are_kept_before_the_sort(monkeypatch: Any) -> None:
    # (``_top`` leaves out what cannot be among a query's best: the same candidates)
    import listwatch.screening.vector as vector

    rng = random.Random(8)
    index = _index(rng, 4000)
    names = [" ".join(rng.choice(SYLLABLES) for _ in range(rng.randint(1, 3)))
             for _ in range(60)] + ["ka", "ri mo", "han pet rov"]
    vec = VectorIndex.build(index)
    monkeypatch.setattr(vector, "TOP_FROM", 10**9)
    whole = vec.hits_many([([n], None) for n in names], limit=6)
    monkeypatch.setattr(vector, "TOP_FROM", 0)
    assert vec.hits_many([([n], None) for n in names], limit=6) == whole


def _common_loop(vec: VectorIndex, rows: np.ndarray, names_hit: np.ndarray,
                 covered: np.ndarray, common: list[tuple[int, int, int, float]]) -> np.ndarray:
    """The common words' shares added one (row, query word) at a time."""
    covered = covered.copy()
    where = {}
    for i, row in enumerate(rows.tolist()):
        s, _ = where.get(row, (i, i))
        where[row] = (s, i + 1)
    ordered = sorted(common)
    i = 0
    while i < len(ordered):
        j = i
        while j < len(ordered) and ordered[j][:2] == ordered[i][:2]:
            j += 1
        s, e = where.get(ordered[i][0], (0, 0))
        if s < e:
            hit = names_hit[s:e]
            part = None
            for _, _, cid, val in ordered[i:j]:
                bits = (vec.common_member[cid][hit >> 3] >> (7 - (hit & 7))) & 1
                got = np.float32(val) * bits.astype(np.float32)
                part = got if part is None else np.maximum(part, got)
            covered[s:e] += part
        i = j
    return covered


def test_common_words_added_every_row_at_once_give_the_loops_sums(monkeypatch: Any) -> None:
    import listwatch.screening.index as index_module

    monkeypatch.setattr(index_module, "COMMON_DF", 40)
    rng = random.Random(5)
    vec = VectorIndex.build(_index(rng, 3000))
    assert len(vec.common_id) > 5
    names = vec.matrix.shape[1]
    changed = 0
    for _ in range(200):
        nrows = rng.randint(1, 12)
        present = sorted(rng.sample(range(nrows), rng.randint(1, nrows)))
        rng.shuffle(present)  # (a row's entries are contiguous, the rows in any order)
        rows_l, hits_l = [], []
        for row in present:
            for nid in rng.sample(range(names), rng.randint(1, 40)):
                rows_l.append(row)
                hits_l.append(nid)
        rows = np.asarray(rows_l, np.intp)
        names_hit = np.asarray(hits_l, np.intp)
        covered = np.asarray([rng.random() for _ in rows_l], np.float32)
        common = [(rng.randrange(nrows), rng.randrange(4), rng.randrange(len(vec.common_id)),
                   rng.choice([0.1, 1 / 3, 0.8 * 0.37, rng.random()]))
                  for _ in range(rng.randint(1, 20))]
        got = vec._add_common(rows, names_hit, covered.copy(), nrows, common)
        want = _common_loop(vec, rows, names_hit, covered, common)
        assert got.tobytes() == want.tobytes()
        changed += got.tobytes() != covered.tobytes()
    assert changed > 50  # (the shares did reach names)
    # and retrieval through common words: alone as in a batch
    queries = [" ".join(rng.choice(SYLLABLES) for _ in range(rng.randint(1, 3)))
               for _ in range(80)]
    batch = vec.hits_many([([q], None) for q in queries], limit=6)
    assert [vec.hits([q], None, limit=6) for q in queries] == batch
    assert sum(map(len, batch)) > len(queries)


def _best_sifted(vec: VectorIndex, rows: np.ndarray, names_hit: np.ndarray,
                 covered: np.ndarray, sub_rows: list[int], sub_ptr: list[int],
                 sub_idx: list[int], sub_val: list[float]
                 ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """``_add_best`` with every entry sifted by its row (a mask over the whole product),
    as it was first written."""
    indptr = vec.matrix.indptr
    words = np.asarray(sub_idx, np.intp)
    starts = indptr[words]
    lens = indptr[words + 1] - starts
    firsts = np.zeros(len(lens), np.int64)
    np.cumsum(lens[:-1], out=firsts[1:])
    cols = vec.matrix.indices[np.repeat(starts - firsts, lens) + np.arange(int(lens.sum()))]
    n = np.int64(vec.matrix.shape[1])
    subs = np.repeat(np.repeat(np.arange(len(sub_rows), dtype=np.int64),
                               np.diff(np.asarray(sub_ptr))), lens)
    vals = np.repeat(np.asarray(sub_val, np.float32), lens)
    key = subs * n + cols
    order = np.lexsort((-vals, key))
    key, vals = key[order], vals[order]
    first = np.ones(len(key), bool)
    first[1:] = key[1:] != key[:-1]
    key, vals = key[first], vals[first]
    reading = np.asarray(sub_rows, np.int64)[key // n]
    has = np.zeros(max(int(rows.max(initial=-1)), max(sub_rows)) + 1, bool)
    has[sub_rows] = True
    mine = has[rows]
    key2 = np.concatenate([rows[mine].astype(np.int64) * n + names_hit[mine],
                           reading * n + key % n])
    val2 = np.concatenate([covered[mine], vals])
    order = np.argsort(key2, kind="stable")
    key2, val2 = key2[order], val2[order]
    edge = np.ones(len(key2), bool)
    edge[1:] = key2[1:] != key2[:-1]
    at = np.flatnonzero(edge)
    summed = np.add.reduceat(val2, at).astype(np.float32, copy=False)
    key2 = key2[at]
    return (np.concatenate([rows[~mine], (key2 // n).astype(np.intp)]),
            np.concatenate([names_hit[~mine], (key2 % n).astype(np.intp)]),
            np.concatenate([covered[~mine], summed]))


def test_best_spellings_added_to_their_rows_only_the_rest_in_place() -> None:
    rng = random.Random(10)
    vec = VectorIndex.build(_index(rng, 2000))
    words, names = vec.matrix.shape
    for _ in range(150):
        nrows = rng.randint(1, 10)
        counts = [rng.choice([0, rng.randint(1, 60)]) for _ in range(nrows)]
        row_ptr = np.concatenate([[0], np.cumsum(counts)]).astype(np.int64)
        rows = np.repeat(np.arange(nrows, dtype=np.intp), counts)
        names_hit = np.concatenate([np.asarray(sorted(rng.sample(range(names), c)), np.intp)
                                    for c in counts])
        covered = np.asarray([rng.random() for _ in rows], np.float32)
        sub_rows, sub_ptr, sub_idx, sub_val = [], [0], [], []
        for _ in range(rng.randint(1, 4)):  # (a row may have several such words)
            sub_rows.append(rng.randrange(nrows))
            for _ in range(rng.randint(1, 6)):
                sub_idx.append(rng.randrange(words))
                sub_val.append(rng.choice([0.1, 1 / 3, rng.random()]))
            sub_ptr.append(len(sub_idx))
        got = vec._add_best(rows, names_hit, covered, row_ptr, sub_rows, sub_ptr, sub_idx,
                            sub_val)
        want = _best_sifted(vec, rows, names_hit, covered, sub_rows, sub_ptr, sub_idx,
                            sub_val)
        for a, b in zip(got, want, strict=True):
            assert a.tolist() == b.tolist()
        assert got[2].tobytes() == want[2].tobytes()


def test_a_query_splitting_an_abd_compound_reaches_the_joined_name() -> None:
    """A list writes the compound as one word (``TESTOUDI, Abdelghani``), the query
    splits it with another article (``Abdul Ghani Testoudi``): the name it governs
    reaches the joined word, so the entry is a candidate (the scorer reads them as one
    name); without the compound's name, nothing does."""
    from listwatch.screening.screen import Screener

    rows = [{"key": "t:1", "schema": "Person", "name": "TESTOUDI, Abdelghani"}]
    rows += [{"key": f"t:{i}", "schema": "Person", "name": f"Abdul Ghani Namesake{i}"}
             for i in range(2, 60)]
    screener = Screener.from_index(NameIndex.from_records(rows))
    found = screener.screen({"name": "Abdul Ghani Testoudi", "schema": "Person"}, limit=5)
    assert found and found[0]["key"] == "t:1" and found[0]["score"] >= 0.9, found[:2]
    vec = VectorIndex.build(NameIndex.from_records(rows))
    plan = vec.token_plan("ghani", "latin")
    assert vec.word_id["abdelghani"] in plan[1] + plan[5]
    # the other way: the query joins what a list writes apart
    rows = [{"key": "t:1", "schema": "Person", "name": "ABDUL HAKIM TESTRAD"}]
    rows += [{"key": f"t:{i}", "schema": "Person", "name": f"Abdelhakim Namesake{i}"}
             for i in range(2, 300)]
    rows += [{"key": f"t:{i}", "schema": "Person", "name": f"Other{i} Testrad"}
             for i in range(300, 600)]
    screener = Screener.from_index(NameIndex.from_records(rows))
    found = screener.screen({"name": "Abdelhakim Testrad", "schema": "Person"}, limit=5)
    assert found and found[0]["key"] == "t:1" and found[0]["score"] >= 0.9, found[:2]
