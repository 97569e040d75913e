# C types for the compiled core (``listwatch.match.compiled``): an augmenting declaration
# file. Python never reads it; Cython compiles ``names.py`` with these declarations, so the
# .py stays the specification and its meaning is unchanged.

# (called as C functions, not through the module's Python names; ``_compare_words`` itself
# stays a Python function: Cython compiles no closure inside a ``cpdef`` one)
from listwatch.match.words cimport _near, _near_row
