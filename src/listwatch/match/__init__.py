"""Pairwise scoring: normalisation, vocabulary, name comparison, weighted features, the
explained scorer. Retrieval and batches live in ``listwatch.screening``.

The hot modules may run compiled (``compiled.py``): the same sources built with Cython,
used only when built for this interpreter from exactly these files."""

from listwatch.match import compiled as _compiled
from listwatch.settings import compiled_enabled as _enabled

_compiled.activate(__path__, _enabled(), "match")
