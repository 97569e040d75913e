"""Retrieval's product: a few rows summed with numpy give what scipy's product gives."""

from __future__ import annotations

import random

import numpy as np
from scipy import sparse

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
