# C types for the compiled core (``listwatch.match.compiled``): an augmenting declaration
# file. Python never reads it; Cython compiles ``vector.py`` with these types, so the .py
# stays the specification and its meaning is unchanged.

cimport cython


@cython.locals(i=Py_ssize_t, jj=Py_ssize_t, kk=Py_ssize_t, j=Py_ssize_t, k=Py_ssize_t,
               h=Py_ssize_t, m=Py_ssize_t, size=Py_ssize_t, mask=Py_ssize_t,
               total=Py_ssize_t, length=Py_ssize_t, nnz=Py_ssize_t, v=float)
cpdef Py_ssize_t _product_into(const Py_ssize_t[:] q_ptr, const int[:] q_idx,
                               const float[:] q_val, const int[:] indptr,
                               const int[:] indices, int[:] slots, float[:] sums,
                               int[:] met, Py_ssize_t[:] out_ptr, int[:] out_idx,
                               float[:] out_val) except -1

@cython.locals(g=Py_ssize_t, s=Py_ssize_t, n=Py_ssize_t, first=Py_ssize_t, p=Py_ssize_t,
               c=Py_ssize_t, row=Py_ssize_t, k=Py_ssize_t, name=Py_ssize_t, bit=int,
               found=bint, best=float)
cpdef int _common_into(const Py_ssize_t[:] g_start, const Py_ssize_t[:] g_size,
                       const Py_ssize_t[:] g_ptr, const Py_ssize_t[:] c_id,
                       const float[:] c_val, const unsigned char[:] flat, Py_ssize_t width,
                       const Py_ssize_t[:] names_hit, float[:] covered,
                       unsigned char[:] got) except -1

@cython.locals(p=Py_ssize_t, n=Py_ssize_t, name=Py_ssize_t, row=Py_ssize_t, c=float, w=float,
               own=float, part=float, cheap=float, one=float, tiny=float,
               three_quarters=float, quarter=float, floor=float)
cpdef Py_ssize_t _cheap_into(const Py_ssize_t[:] rows, const Py_ssize_t[:] names_hit,
                             const float[:] covered, const float[:] totals,
                             const Py_ssize_t[:] rows_q, const float[:] weight_hit,
                             const unsigned char[:] valid, bint everyone, double min_cheap,
                             Py_ssize_t[:] out_qi, Py_ssize_t[:] out_nid,
                             float[:] out_cheap) except -1

@cython.locals(p=Py_ssize_t, q=Py_ssize_t, b=Py_ssize_t, k=Py_ssize_t, n=Py_ssize_t,
               top=Py_ssize_t, total=Py_ssize_t, width=Py_ssize_t, scale=float)
cpdef Py_ssize_t _top_into(const Py_ssize_t[:] qi_arr, const float[:] cheap,
                           Py_ssize_t queries, Py_ssize_t need, Py_ssize_t[:] counts,
                           Py_ssize_t[:] last, Py_ssize_t[:] keep) except -1
