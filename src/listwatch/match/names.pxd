# C types for the compiled core (``listwatch.match.compiled``): an augmenting declaration
# file. Python never reads it; Cython compiles ``names.py`` with these declarations, so the
# .py stays the specification and its meaning is unchanged.

cimport cython

# (called as C functions, not through the module's Python names)
from listwatch.match.words cimport _near, _near_row


# (the flags of a pair as C truth values; no closure in the function: Cython compiles
# none inside a ``cpdef`` one)
@cython.locals(is_person=bint, org=bint, latin=bint, person=bint, alphabetic=bint,
               maybe_person=bint, initials=bint, syllabic=bint, both_arabic=bint,
               only_initials=bint, reordered=bint, has_bin=bint, vowelless=int)
cpdef object _compare_words(object a, object b, bint explain=*)
