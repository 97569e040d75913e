"""An act's word written inside a proper name is part of that name, not the act.

A body, a law or an order may carry an act's word in its capitalised name: a committee
named for reviewing removals, a law named for designations, a religious police named for
enjoining virtue. In running text ("the spokesman of the Bureau for Enjoining Thrift and
Restraining Waste was named", "the Narrow Path Designation Act became law") the word is
capitalised and sits between capitalised words of the name: it tells no act, and the
names around it are no parties. A headline writes every word with a capital ("Court
Blocks Trade Ban on Norland Firm"), so there the capital tells nothing and the word keeps
its act.
"""

from __future__ import annotations

import re

from .sentences import running_text
from .triggers import Trig

# the types an institution's or a law's name may spell out (a licence's or a deadline's
# name is the act itself: "General License K establishes ...")
_TYPES = frozenset({"designation", "removal", "injunction", "vacatur"})

# a capitalised word of the name right before the act's word, with a joining word between
# or not ("Review Committee", "Bureau for", « Office du »)
_NAME_BEFORE = re.compile(r"(?-i:[A-Z][\w’'&-]*)(?:\s+(?:for|of|and|on|de|du|des|pour|et))?\s+$")
# and right after it ("... Committee", "... of Trade")
_NAME_AFTER = re.compile(r"\s+(?:(?:for|of|and|on|de|du|des|pour|et)\s+)?(?-i:[A-Z][\w’'-]*)")
def inside_name(sent: str, t: Trig) -> bool:
    """The trigger ``t`` of sentence ``sent`` is a word of a capitalised name: every word
    of it capitalised, a capitalised word of the name on each side, in running text."""
    if t.event not in _TYPES:
        return False
    words = re.findall(r"[^\W\d_]+", sent[t.start : t.end])
    if not words or not all(w[0].isupper() for w in words) or t.start == 0:
        return False
    if not _NAME_BEFORE.search(sent[max(0, t.start - 40) : t.start]) or not _NAME_AFTER.match(sent, t.end):
        return False
    return running_text(sent)
