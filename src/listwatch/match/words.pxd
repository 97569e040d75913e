# C types for the compiled core (``listwatch.match.compiled``): an augmenting declaration
# file. Python never reads it; Cython compiles ``words.py`` with these types, so the .py
# stays the specification and its meaning is unchanged.

cimport cython


@cython.locals(newer=dict, row=dict, old=dict)
cpdef dict _near_row(str x)

@cython.locals(lx=Py_ssize_t, ly=Py_ssize_t, close=bint, known=dict, px=str, py=str,
               short=dict, folds=dict, fx=tuple, fy=tuple, places=dict, respelt=dict)
cpdef bint _near(str x, str y)

@cython.locals(n=Py_ssize_t, ch=Py_UCS4)
cdef bint _apart(str x, str y) except -1
