"""Screening: candidate retrieval (index, vector), the screener, batches, the score upper
bounds. Pairwise scoring lives in ``listwatch.match``.

The hot modules may run compiled (``listwatch.match.compiled``): the same sources built
with Cython, used only when built for this interpreter from exactly these files."""

from listwatch.match import compiled as _compiled
from listwatch.settings import compiled_enabled as _enabled

_compiled.activate(__path__, _enabled(), "screening")
