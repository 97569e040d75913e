# C types for the compiled core (``listwatch.match.compiled``): an augmenting declaration
# file. Python never reads it; Cython compiles ``cells.py`` with these declarations, so the
# .py stays the specification and its meaning is unchanged.

cimport cython


# (the fragments' helpers called as C functions: no test or module reads them)
cdef bint _texts(values) except -1

cdef str _text_list(values)

cdef str _opt_str(str value)
