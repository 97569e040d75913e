# C types for the compiled core (``listwatch.match.compiled``): an augmenting declaration
# file. Python never reads it; Cython compiles ``bounds.py`` with these types, so the .py
# stays the specification and its meaning is unchanged.

cimport cython

# (called as C functions, not through the module's Python names)
from listwatch.match.words cimport _near, _near_row


@cython.locals(len_a=Py_ssize_t, org=bint, a_cut=bint, a_native=bint, person=bint,
               a_initials=bint, a_sino=bint, a_head=bint, a_arabic=bint, i=Py_ssize_t, rest_a=Py_ssize_t,
               rest_b=Py_ssize_t, gen_a=Py_ssize_t, gen_b=Py_ssize_t, telling=Py_ssize_t,
               b_long=bint, b_initials=bint, b_native=bint, stop_y=bint,
               generic_y=bint, generic=bint, cheap=bint, by_word=dict, b_words=tuple,
               found=Py_ssize_t, matched=Py_ssize_t, near=Py_ssize_t, bit=Py_ssize_t,
               gen=Py_ssize_t,
               key=Py_ssize_t, table=dict,
               b_joined=str, b_flat=str, b_original=str, b_text=str, b_script=str,
               b_forms=frozenset, form_codes=dict, by_kind=dict)
cpdef list upper_bounds(a, list others)

@cython.locals(out=Py_ssize_t, ly=Py_ssize_t, gap=Py_ssize_t, x=str, row=dict, arow=dict,
               near=object, ok=object, bit=Py_ssize_t)
cdef Py_ssize_t _near_words(str y, list pairs, bint org) except -1

@cython.locals(sim=double)
cdef bint _aligns(str x, str y) except -1

@cython.locals(newer=dict, row=dict, old=dict)
cdef dict _align_row(str x)

@cython.locals(tb=tuple, words=tuple)
cdef tuple _bound_side(b)

@cython.locals(t=str)
cdef bint _may_be_initials(tuple words) except -1

@cython.locals(org=bint, i=Py_ssize_t, j=Py_ssize_t, x=str, y=str, ok=bint,
               rest_a=Py_ssize_t, rest_b=Py_ssize_t, gen_a=Py_ssize_t, gen_b=Py_ssize_t,
               telling=Py_ssize_t, matched=Py_ssize_t, gen=Py_ssize_t, generic=bint,
               found_a=list, found_b=list, vowelless=int)
cdef double _pair_bound(tuple ta, tuple tb, str kind, frozenset a_forms, frozenset b_forms,
                        bint across, bint hebrew, bint initials) except -1

@cython.locals(row=dict, arow=dict)
cdef bint _may_align(str x, str y, bint org) except -1
