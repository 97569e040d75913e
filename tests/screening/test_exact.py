"""Every name as the lists write it, as hashes (``screening.exact``): the same answers as a
set of the spellings, read back from the index cache."""

from __future__ import annotations

import random

import numpy as np

from listwatch.screening.exact import ExactNames, listed_spellings
from listwatch.screening.index import NameIndex

#: spellings as lists write them: scripts, case, punctuation, one longer than the block of
#: aligned hashes, an empty main name
LISTED = ["ACME LTD", "Ivan Petrov", "Müller GmbH", "МИНИСТЕРСТВО ОБОРОНЫ", "中国移动通信集团有限公司",
          "محمد بن سلمان", "O'Neil & Sons, Inc.", "X" * 40, "Zhang Wei", ""]


def _variants(name: str) -> list[str]:
    return [name, name.lower(), name.upper(), name.title(), name + " ", name[:-1], name[1:]]


def test_membership_is_that_of_a_set_of_the_spellings():
    exact = ExactNames.build(LISTED[:5], LISTED[5:])
    spelled = set(LISTED)
    asked = [v for name in LISTED for v in _variants(name)]
    rng = random.Random(3)
    asked += ["".join(rng.choice("abcdefgh ÄöЖ中") for _ in range(rng.randint(1, 30)))
              for _ in range(300)]
    assert exact.contains_many(asked).tolist() == [a in spelled for a in asked]
    assert [a in exact for a in asked] == [a in spelled for a in asked]
    assert "acme ltd" not in exact and "ACME LTD" in exact and None not in exact
    assert len(exact) == len(spelled)
    assert not ExactNames.build().contains_many(["ACME LTD"]).any()


def test_state_round_trip_and_an_index_s_spellings():
    index = NameIndex.from_records([
        {"key": "x:1", "schema": "Company", "name": "ACME LTD",
         "properties": {"alias": ["Acme Trading"]}},
        {"key": "x:2", "schema": "Person", "name": "Ivan Petrov", "properties": {}},
    ])
    exact = ExactNames.build(*listed_spellings(index))
    back = ExactNames.from_state(exact.state())
    assert np.array_equal(back.hashes, exact.hashes)
    assert back.contains_many(["ACME LTD", "Acme Trading", "Ivan Petrov", "Acme Ltd"]).tolist() \
        == [True, True, True, False]
