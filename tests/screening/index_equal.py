"""One check that two name indexes hold the same thing, field by field."""

from __future__ import annotations

import numpy as np

from listwatch.screening.index import NameIndex


def assert_same_index(got: NameIndex, want: NameIndex) -> None:
    """Names, their versions, postings, identifiers (and which properties hold them),
    programs, whole-name skeletons and weights."""
    assert got.name_text == want.name_text
    assert got.name_norm == want.name_norm
    assert got.name_version == want.name_version
    assert got.postings == want.postings
    assert got.identifiers == want.identifiers
    assert got.id_props == want.id_props
    assert got.version_programs == want.version_programs
    assert got.program_lists == want.program_lists
    assert got.versions == want.versions
    assert np.array_equal(got.skeleton.hashes, want.skeleton.hashes)
    assert np.array_equal(got.skeleton.words, want.skeleton.words)
    assert np.array_equal(got.name_weight, want.name_weight)
    assert got.common_keys == want.common_keys
