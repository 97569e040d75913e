"""Candidate retrieval, the one path for a single query and a batch: sparse matrix
products instead of a Python loop over posting lists.

A query's cheap score of a name sums the IDF share of every query word over the names
that carry it (or a fuzzy neighbour of it): one sparse product per chunk of queries: ``Q (query norms x words) @ M (words x names)``, where a
cell of ``Q`` is the query word's share times the factor of the way it reaches the
indexed word (exact, typo, phonetic …). Two rules of the loop are kept:

* words in more than ``COMMON_DF`` names only re-score names found through rarer words
  (unless the query has nothing but such words);
* a name's cheap score is ``0.75 * covered + 0.25 * min(1, own)`` (how much of the query
  is found, tempered by how much of the name is left over).

Everything after the product (cheap scores, merging the person and organisation readings
of a schema-less query, the per-query top ``limit * 6`` names) is vectorised; only the
final grouping of a few names per query into entries runs in Python.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import numpy as np
from scipy import sparse

try:
    import cython

    #: True when this module runs compiled (``listwatch.match.compiled``): retrieval's
    #: product is then a loop of its own (``_product_into``), in pure Python scipy's
    COMPILED: bool = cython.compiled
except ImportError:  # (pure Python without Cython installed)
    COMPILED = False

from listwatch.match.hypocorisms import _table as _hypocorism_table
from listwatch.match.normalize import PERSON, NormName
from listwatch.match.vocab import FORM_WORD_CODES
from listwatch.screening.index import (
    EXACT,
    FORM_WORD_WEIGHT,
    SKELETON,
    SPLIT,
    NameIndex,
    _query_norms,
    script_group,
)

#: The factor of an indexed word a query's given name reaches as its short or full form
HYPOCORISM = 0.9
#: The heads of an Arabic compound given name a list may write joined to the name it
#: governs (``Abdelghani`` for ``Abdul Ghani``): a query's word reaches the indexed word
#: of each head joined to it, and a compound the name it governs (the scorer reads them
#: alike: ``names.abd_joined``); longer heads first
ABD_HEADS = ("abdel", "abdul", "abdal", "abdol", "abdoul", "abd")
#: ... at this factor (a split word's, ``index.SPLIT``)
ABD_JOINED = 0.9
#: Up to this many query rows (one name read both ways: two), the product is summed
#: with numpy (``VectorIndex.product_rows``); more go through scipy.
FEW_ROWS = 4
#: From this many new words in one call, their fuzzy neighbours are looked up together
#: (``VectorIndex.plan_ahead``).
PLAN_AHEAD = 16
#: A query plan: (word ids, values) of the words reaching one indexed word each, summed
#: by the product; (word ids, values) of each word reaching several, of which a name
#: gets the best; (common word ids, values, the query word of each); total.
Plan = tuple[list[int], list[float], list[tuple[list[int], list[float]]], list[int],
             list[float], list[int], float]
#: Retrieval's entries (name, query) from which, on average per query, those that cannot
#: be among a query's best are left out before sorting (``_top``), and its bins.
TOP_FROM = 200
TOP_BINS = 128
#: Script groups (``index.script_group``) written without short vowels: a word reaches
#: many indexed spellings, of which a name gets the best (``VectorIndex.plan``).
CONSONANT_GROUPS = frozenset({"arabic", "hebrew"})
#: The fewest letters of each half of an indexed query word that also reaches two
#: indexed words it is written of (``_halves``)
SPLIT_HALF = 3
#: Word plans kept in each of two generations (their memory: bench/NOTES.md)
TOKEN_PLANS = 60_000
#: Each bit of a byte of ``VectorIndex.common_member``, first name first (``np.packbits``)
_BITS = np.array([128, 64, 32, 16, 8, 4, 2, 1], np.uint8)
#: A candidate as retrieval finds it: (version, the names that brought it (best first),
#: cheap score).
Hit = tuple[int, list[int], float]
#: A query word's part of a plan (see ``VectorIndex.token_plan``).
TokenPlan = tuple[float, list[int], list[float], list[int], list[float], list[int]]


@dataclass
class VectorIndex:
    """Sparse word x name incidence over a ``NameIndex`` (build with ``build``)."""

    index: NameIndex
    word_id: dict[str, int]
    matrix: Any  # scipy CSR, words x names, 1.0 where the name has the word
    common_id: dict[str, int]
    #: ``common_id`` by word id (``word_id``)
    common_of: dict[int, int]
    #: common words x names, one bit a name (``np.packbits`` of each word's row: a
    #: million entities' names x a few hundred common words would be gigabytes as bools)
    common_member: np.ndarray
    name_weight: np.ndarray
    name_version: np.ndarray
    masks: dict[tuple[str | None, tuple[str, ...]], np.ndarray]
    #: word plans in two generations: the newer takes ``TOKEN_PLANS`` of them, then
    #: becomes the older one (what was in use stays; memory stays bounded)
    token_plans: dict[tuple[str, str], TokenPlan]
    old_token_plans: dict[tuple[str, str], TokenPlan] = field(default_factory=dict)
    #: whether every name of ``masks[key]`` is valid (worked out with the mask: a single
    #: query would otherwise read the whole mask)
    everyone: dict[tuple[str | None, tuple[str, ...]], bool] = field(default_factory=dict)

    @classmethod
    def build(cls, index: NameIndex) -> VectorIndex:
        words = list(index.postings)
        lengths = np.fromiter((len(index.postings[w]) for w in words), np.int64, len(words))
        indptr = np.zeros(len(words) + 1, np.int64)
        np.cumsum(lengths, out=indptr[1:])
        indices = np.fromiter(
            (n for w in words for n in index.postings[w]), np.int32, int(indptr[-1])
        )
        common = sorted(index.common)
        row = np.zeros(len(index.name_text), bool)
        member = np.zeros((len(common), (len(row) + 7) // 8), np.uint8)
        for i, w in enumerate(common):
            row[:] = False
            row[index.postings[w]] = True
            member[i] = np.packbits(row)
        return cls.from_parts(index, indptr, indices, member)

    @classmethod
    def from_parts(cls, index: NameIndex, indptr: np.ndarray, indices: np.ndarray,
                   common_member: np.ndarray) -> VectorIndex:
        """The view over ``index`` from the arrays ``build`` makes (the words in the
        order of ``index.postings``, the common words sorted): what a cached index keeps
        (``index_cache``)."""
        words = list(index.postings)
        data = np.ones(len(indices), np.float32)
        matrix = sparse.csr_matrix((data, indices, indptr),
                                   shape=(len(words), len(index.name_text)))
        word_id = index.word_ids()  # (one dict of the words, the index's: ``words`` order)
        index.word_idf()  # (made now, before a batch forks its workers)
        common_id = {w: i for i, w in enumerate(sorted(index.common))}
        return cls(
            index=index,
            word_id=word_id,
            matrix=matrix,
            common_id=common_id,
            common_of={word_id[w]: i for w, i in common_id.items()},
            common_member=common_member,
            name_weight=np.asarray(index.name_weight, np.float32),
            name_version=np.asarray(index.name_version, np.int32),
            masks={},
            token_plans={},
        )

    # -- plans ------------------------------------------------------------------------

    def plan(self, norm: NormName) -> Plan | None:
        """The product rows of one normalised query name, made of its words' plans (not
        kept: in a batch nearly every query name is new, while its words are not)."""
        tokens = tuple(dict.fromkeys(norm.tokens + norm.numbers))
        if not tokens:
            return None
        group = script_group(norm.script)
        steps = [self.token_plan(tok, group) for tok in tokens]
        qtotal = sum(step[0] for step in steps) or 1.0
        # a word of a consonant script reaches the many vowelled spellings of its
        # skeleton (hmd: Ahmed, Hamed, Mohammed, Hamid ...): a name gets the best of them,
        # not their sum (elsewhere the sum is kept: a typo reaches a few words)
        best = group in CONSONANT_GROUPS
        q_idx: list[int] = []
        q_val: list[float] = []
        subs: list[tuple[list[int], list[float]]] = []
        c_idx: list[int] = []
        c_val: list[float] = []
        c_word: list[int] = []
        for w, (weight, rare_ids, rare_factors, common_ids, common_factors, _) in enumerate(steps):
            share = weight / qtotal
            if best and len(rare_ids) > 1:
                subs.append((rare_ids, [f * share for f in rare_factors]))
            else:
                q_idx.extend(rare_ids)
                q_val.extend([f * share for f in rare_factors])
            c_idx.extend(common_ids)
            c_val.extend([f * share for f in common_factors])
            # (the best of a word's common words, or each counted, as above)
            c_word.extend([w] * len(common_ids) if best else
                          range(len(tokens) + len(c_word), len(tokens) + len(c_word)
                                + len(common_ids)))
        if not q_idx and not subs and c_idx:
            # nothing but very common words: they have to find the names themselves
            for weight, _, _, _, common_factors, common_wids in steps:
                share = weight / qtotal
                if best and len(common_wids) > 1:
                    subs.append((common_wids, [f * share for f in common_factors]))
                else:
                    q_idx.extend(common_wids)
                    q_val.extend([f * share for f in common_factors])
            c_idx, c_val, c_word = [], [], []
        # (a word reached through two query words appears twice: the product adds them)
        return q_idx, q_val, subs, c_idx, c_val, c_word, qtotal

    def token_plan(self, token: str, group: str,
                   near: dict[int, float] | None = None) -> TokenPlan:
        """A query word's weight and the indexed words it reaches, with their factors:
        (weight, word ids, factors, common word ids, factors, their word ids). Cached.
        ``near``: the word's fuzzy neighbours (``NameIndex.neighbour_ids``) when already
        looked up."""
        key = (token, group)
        hit = self.token_plans.get(key)
        if hit is not None:
            return hit
        hit = self.old_token_plans.get(key)
        if hit is not None:
            self.token_plans[key] = hit
            return hit
        index = self.index
        # (not ``index.expand``: its cache would hold the same words a second time; by
        # word id: the reached words' strings are not read)
        wid = self.word_id.get(token)
        exp: dict = ({wid: EXACT} if wid is not None
                     else index.expand_ids(token, group, near=near))
        if wid is not None and group == "latin" and len(token) >= 2 * SPLIT_HALF:
            # an indexed word may be two indexed words run together as well (a company's
            # own word SAMJONG, and a ship's SAM JONG): it reaches both
            exp = _halves(token, exp, self.word_id)
        if group == "latin" and len(token) >= 3:
            # the name an Abd compound governs reaches the compound written as one word
            # (Ghani: ABDELGHANI), which no query word reaches when the query splits it
            # with another article (Abdul Ghani)
            reach = [head + token for head in ABD_HEADS]
            # (and the compound written as one word reaches the name it governs, which a
            # list writing it apart indexes: Abdelhakim: HAKIM)
            head = next((h for h in ABD_HEADS if token.startswith(h)), None)
            if head is not None and len(token) - len(head) >= 3:
                reach.append(token[len(head):])
            for word in reach:
                oid = self.word_id.get(word)
                if oid is not None and exp.get(oid, 0.0) < ABD_JOINED:
                    exp = dict(exp)
                    exp[oid] = ABD_JOINED
            # a given name reaches its short forms and full forms (Joe: JOSEPH KONY),
            # which are no typo of it (``hypocorisms``; the scorer pairs them at 0.9);
            # not a form of three letters, as often a word of a company's name (JEN
            # FIBERS for Jennifer)
            related = _hypocorism_table().get(token)
            if related:
                exp = dict(exp)
                for other in sorted(related):  # (a set's order changes between processes)
                    if len(other) < 4:
                        continue
                    oid = self.word_id.get(other)
                    if oid is not None and exp.get(oid, 0.0) < HYPOCORISM:
                        exp[oid] = HYPOCORISM
        weight = index.query_weight_ids(token, exp)
        if group in CONSONANT_GROUPS and len(exp) > 1:
            # of the many spellings a consonant-script word reaches, one more common than
            # the one it most likely stands for is weaker evidence: its factor shrinks by
            # the ratio of their IDFs (rare-word evidence ranks the candidates)
            idf = index.word_idf()
            base = weight / FORM_WORD_WEIGHT if token in FORM_WORD_CODES else weight
            exp = {t: f * idf[t] / base if idf[t] < base else f for t, f in exp.items()}
        common_of: dict = self.common_of
        rare = [(t, f) for t, f in exp.items() if t not in common_of]
        common = [(common_of[t], f, t) for t, f in exp.items() if t in common_of]
        hit = (weight, [w for w, _ in rare], [f for _, f in rare], [c for c, _, _ in common],
               [f for _, f, _ in common], [w for _, _, w in common])
        if len(self.token_plans) >= TOKEN_PLANS:
            self.old_token_plans, self.token_plans = self.token_plans, {}
        self.token_plans[key] = hit
        return hit

    def plan_ahead(self, norms: list[NormName]) -> None:
        """Make the plans of the words of ``norms`` not planned yet, their fuzzy
        neighbours looked up together (``NameIndex.neighbours_many``): one word at a
        time, the hashing and the binary searches cost several times more. Too few new
        words are left to ``token_plan``."""
        postings = self.index.postings
        plans, old = self.token_plans, self.old_token_plans
        asks: dict[tuple[str, str], None] = {}
        for norm in norms:
            group = script_group(norm.script)
            for tok in norm.tokens + norm.numbers:
                key = (tok, group)
                if key not in plans and key not in old and tok not in postings:
                    asks[key] = None
        if len(asks) < PLAN_AHEAD:
            return
        pairs = list(asks)
        for (tok, group), near in zip(pairs, self.index.neighbours_many(pairs), strict=True):
            self.token_plan(tok, group, near)

    def mask(self, as_of: str | None, sources: set[str] | None) -> np.ndarray:
        """Names whose version is valid on ``as_of`` and from one of ``sources``."""
        key = _mask_key(as_of, sources)
        found = self.masks.get(key)
        if found is None:
            # (each part made a bool first: compiled, ``x and (not s or y in s)`` in a
            # comprehension crashes Cython 3.0.12 to 3.3.1 when ``x`` is true: bench/NOTES.md)
            valid = np.fromiter(
                (bool(v.valid_on(as_of)) and (not sources or v.source in sources)
                 for v in self.index.versions),
                bool,
                len(self.index.versions),
            )
            found = self.masks[key] = valid[self.name_version]
            self.everyone[key] = bool(found.all())
        return found

    # -- retrieval --------------------------------------------------------------------

    def product_rows(self, q_ptr: list[int], q_idx: list[int], q_val: list[float]
                     ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """``Q @ M`` for a few query rows, as (indptr, indices, data): the names of each
        row in the very order and with the very float32 sums of scipy's product
        (``csr_matmat`` adds a row's words in order into float32 sums and lists the
        row's names last met first, leaving out a zero sum), without building the
        three sparse matrices whose set-up was most of a single query's retrieval."""
        indptr = self.matrix.indptr
        indices = self.matrix.indices
        out_ptr = [0]
        out_idx: list[np.ndarray] = []
        out_val: list[np.ndarray] = []
        for r in range(len(q_ptr) - 1):
            s, e = q_ptr[r], q_ptr[r + 1]
            if s == e:
                out_ptr.append(out_ptr[-1])
                continue
            words = np.asarray(q_idx[s:e], np.intp)
            starts, ends = indptr[words], indptr[words + 1]
            cols = np.concatenate([indices[a:b] for a, b in zip(starts.tolist(), ends.tolist(),
                                                                strict=True)])
            vals = np.repeat(np.asarray(q_val[s:e], np.float32), ends - starts)
            uniq, first, inverse = np.unique(cols, return_index=True, return_inverse=True)
            sums = np.zeros(len(uniq), np.float32)
            np.add.at(sums, inverse, vals)  # (in order, one float32 addition at a time)
            order = np.argsort(-first)
            order = order[sums[order] != 0]
            out_idx.append(uniq[order])
            out_val.append(sums[order])
            out_ptr.append(out_ptr[-1] + len(order))
        if not out_idx:
            return (np.asarray(out_ptr, np.int64), np.zeros(0, indices.dtype),
                    np.zeros(0, np.float32))
        return (np.asarray(out_ptr, np.int64), np.concatenate(out_idx),
                np.concatenate(out_val))

    def product_many(self, q_ptr: list[int], q_idx: list[int], q_val: list[float]
                     ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """``Q @ M`` as (indptr, indices, data), the very entries, order and float32 sums
        of scipy's product, in one pass of ``_product_into`` (scipy's makes two, each
        through a scratch array as long as the names): the compiled core's way."""
        indptr = np.asarray(self.matrix.indptr, np.int32)
        indices = np.asarray(self.matrix.indices, np.int32)
        words = np.asarray(q_idx, np.int32)
        ptr = np.asarray(q_ptr, np.intp)
        # (each row's postings: at most that many names; a table twice as large)
        ends = np.zeros(len(words) + 1, np.int64)
        np.cumsum(indptr.take(words + 1) - indptr.take(words), out=ends[1:])
        per_row = ends.take(ptr[1:]) - ends.take(ptr[:-1])
        longest = int(per_row.max()) if len(per_row) else 0
        size = 16
        while size < 2 * longest:
            size *= 2
        out_ptr = np.zeros(len(ptr), np.intp)
        out_idx = np.empty(int(ends[-1]), np.int32)
        out_val = np.empty(int(ends[-1]), np.float32)
        nnz = _product_into(ptr, words, np.asarray(q_val, np.float32), indptr, indices,
                            np.empty(size, np.int32), np.empty(size, np.float32),
                            np.empty(longest, np.int32), out_ptr, out_idx, out_val)
        return out_ptr, out_idx[:nnz], out_val[:nnz]

    def _add_best(self, rows: np.ndarray, names_hit: np.ndarray, covered: np.ndarray,
                  row_ptr: np.ndarray, sub_rows: list[int], sub_ptr: list[int],
                  sub_idx: list[int], sub_val: list[float]
                  ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """The product's (row, name, value) entries with the words that reach several
        indexed words added: each such word gives a name the best value of the indexed
        words it reaches in it (``Ahmed Mohammed Hamed`` is not three times ``hmd``).
        Rows without such words keep their entries, in place; the others come after,
        their names in id order: a row's entries depend on nothing else in the batch.
        ``row_ptr``: the product's, row ``r``'s entries at ``row_ptr[r]:row_ptr[r + 1]``
        (few rows have such words: theirs are read by position, the rest copied whole
        between them, not sifted entry by entry)."""
        indptr = self.matrix.indptr
        words = np.asarray(sub_idx, np.intp)
        starts = indptr[words]
        lens = indptr[words + 1] - starts
        firsts = np.zeros(len(lens), np.int64)
        np.cumsum(lens[:-1], out=firsts[1:])
        total = int(lens.sum())
        cols = self.matrix.indices[np.repeat(starts - firsts, lens) + np.arange(total)]
        n = np.int64(self.matrix.shape[1])
        subs = np.repeat(np.repeat(np.arange(len(sub_rows), dtype=np.int64),
                                   np.diff(np.asarray(sub_ptr))), lens)
        vals = np.repeat(np.asarray(sub_val, np.float32), lens)
        key = subs * n + cols
        order = np.lexsort((-vals, key))  # (by sub row and name, the best value first)
        key, vals = key[order], vals[order]
        first = np.empty(len(key), bool)
        first[:1] = True
        np.not_equal(key[1:], key[:-1], out=first[1:])
        key, vals = key[first], vals[first]
        reading = np.asarray(sub_rows, np.int64)[key // n]
        own = sorted(set(sub_rows))  # (the rows with such words, in the product's order)
        ptr = np.asarray(row_ptr, np.int64)
        lo = ptr[own].tolist()
        hi = ptr[np.asarray(own, np.intp) + 1].tolist()
        mine = (np.concatenate([np.arange(a, b) for a, b in zip(lo, hi, strict=True)])
                if own else np.zeros(0, np.intp))
        key2 = np.concatenate([np.take(rows, mine).astype(np.int64) * n
                               + np.take(names_hit, mine), reading * n + key % n])
        val2 = np.concatenate([np.take(covered, mine), vals])
        order = np.argsort(key2, kind="stable")  # (a row's own value first, then each word's)
        key2, val2 = key2[order], val2[order]
        edge = np.empty(len(key2), bool)
        edge[:1] = True
        np.not_equal(key2[1:], key2[:-1], out=edge[1:])
        at = np.flatnonzero(edge)
        summed = np.add.reduceat(val2, at).astype(np.float32, copy=False)
        key2 = key2[at]
        # (the other rows' entries: the stretches between those rows', in place)
        spans = list(zip([0, *hi], [*lo, len(rows)], strict=True))
        return (np.concatenate([rows[a:b] for a, b in spans]
                               + [(key2 // n).astype(np.intp)]),
                np.concatenate([names_hit[a:b] for a, b in spans]
                               + [(key2 % n).astype(np.intp)]),
                np.concatenate([covered[a:b] for a, b in spans] + [summed]))

    def _add_common(self, rows: np.ndarray, names_hit: np.ndarray, covered: np.ndarray,
                    nrows: int, common: list[tuple[int, int, int, float]]) -> np.ndarray:
        """``covered`` with the common words' shares added: a common word's share goes to
        the names of its own row only (found there through rarer words), the best of a
        query word's common words, each query word in turn (the float sums in one order,
        however the batch is made). ``common``: (row, query word, common word, value).

        Every row at once, a round at a time: round ``k`` adds the ``k``-th query word of
        each row (their names are apart: a row's entries are contiguous), so each name
        gets the very float32 additions, in the very order, of a loop over the rows."""
        if not len(rows):
            return covered
        edges = np.flatnonzero(rows[1:] != rows[:-1]) + 1
        run_start = np.zeros(len(edges) + 1, np.int64)
        run_start[1:] = edges
        run_len = np.diff(np.append(run_start, len(rows)))
        start = np.zeros(nrows, np.int64)
        size = np.zeros(nrows, np.int64)
        start[rows[run_start]] = run_start
        size[rows[run_start]] = run_len
        ordered = sorted(common)
        c_row = np.fromiter((c[0] for c in ordered), np.int64, len(ordered))
        c_word = np.fromiter((c[1] for c in ordered), np.int64, len(ordered))
        c_id = np.fromiter((c[2] for c in ordered), np.intp, len(ordered))
        c_val = np.fromiter((c[3] for c in ordered), np.float64, len(ordered)).astype(np.float32)
        # each (row, query word) group's rank among its row's groups: its round
        new_group = np.ones(len(ordered), bool)
        new_group[1:] = (c_row[1:] != c_row[:-1]) | (c_word[1:] != c_word[:-1])
        if COMPILED:
            # (the loop itself, group by group: a row's groups in order, each name of the
            # row the best share of the group's common words it carries)
            g_at = np.flatnonzero(new_group)
            g_row = c_row.take(g_at)
            g_size = size.take(g_row).astype(np.intp)
            g_ptr = np.append(g_at, len(ordered)).astype(np.intp)
            room = int((g_size * np.diff(g_ptr)).max())
            _common_into(start.take(g_row).astype(np.intp), g_size, g_ptr,
                         c_id.astype(np.intp), c_val, self.common_member.reshape(-1),
                         self.common_member.shape[1], np.asarray(names_hit, np.intp),
                         covered, np.empty(room, np.uint8))
            return covered
        group = np.cumsum(new_group) - 1
        group_row = c_row[new_group]
        row_first = np.ones(len(group_row), bool)
        row_first[1:] = group_row[1:] != group_row[:-1]
        first_of_row = np.maximum.accumulate(np.where(row_first, np.arange(len(group_row)), 0))
        round_of = (np.arange(len(group_row)) - first_of_row)[group]
        lens = size[c_row]
        member = self.common_member
        flat = member.reshape(-1)  # (one byte a row's 8 names; a row a common word)
        width = member.shape[1]
        part = np.zeros(len(covered), np.float32)
        for r in range(int(round_of.max()) + 1):
            pick = np.flatnonzero((round_of == r) & (lens > 0))
            if not len(pick):
                continue
            n = lens[pick]
            total = int(n.sum())
            firsts = np.zeros(len(n), np.int64)
            np.cumsum(n[:-1], out=firsts[1:])
            pos = np.repeat(start[c_row[pick]] - firsts, n) + np.arange(total)
            hit = names_hit[pos]
            byte = flat.take(np.repeat(c_id[pick] * width, n) + (hit >> 3))
            # (the few names that carry the common word; a name without it gets nothing,
            # and adding 0 leaves its sum as it is)
            on = np.flatnonzero(byte & _BITS.take(hit & 7))
            pos = pos.take(on)
            got = c_val[pick].take(np.searchsorted(firsts, on, "right") - 1)
            np.maximum.at(part, pos, got)  # (the best of the query word's common words)
            # (a position met by several common words is set several times, alike)
            covered[pos] += part[pos]
            part[pos] = 0.0
        return covered

    def hits(
        self,
        names: list[str],
        schema: str | None = None,
        *,
        as_of: str | None = None,
        sources: set[str] | None = None,
        limit: int = 10,
        min_cheap: float = 0.0,
    ) -> list[Hit]:
        """The candidates of one query: ``hits_many`` of a batch of one, so that a name
        screened alone gets the very candidates it gets in a file."""
        return self.hits_many([(names, schema)], as_of=as_of, sources=sources, limit=limit,
                              min_cheap=min_cheap)[0]

    def hits_many(
        self,
        queries: list[tuple[list[str], str | None]],
        *,
        as_of: str | None = None,
        sources: set[str] | None = None,
        limit: int = 10,
        min_cheap: float = 0.0,
    ) -> list[list[Hit]]:
        """The candidates of each ``(names, schema)`` query: the versions valid on
        ``as_of`` (and of ``sources``) whose names best share words with the query's, at
        most ``limit``, best cheap score first, as ``Hit`` tuples (a tuple is made several
        times faster than a dataclass, and a batch makes about five a query). A query's
        hits depend on nothing else in the batch."""
        rows_q: list[int] = []
        q_ptr = [0]
        q_idx: list[int] = []
        q_val: list[float] = []
        sub_rows: list[int] = []  # (the words reaching several indexed words)
        sub_ptr = [0]
        sub_idx: list[int] = []
        sub_val: list[float] = []
        common: list[tuple[int, int, int, float]] = []  # (row, query word, word, value)
        totals: list[float] = []
        extra_q: list[int] = []  # names found by their skeleton (Arabic-script queries,
        # and a Chinese name's other romanisation)
        extra_n: list[int] = []
        asked = [(qi, norm) for qi, (names, schema) in enumerate(queries)
                 for name in names for norm in _query_norms(name, schema)]
        if len(asked) > 1:
            self.plan_ahead([norm for _, norm in asked])
        for qi, norm in asked:
            if norm.script == "arabic" or norm.kind == PERSON:
                hits = self.index.skeleton_hits(norm)
                extra_q.extend([qi] * len(hits))
                extra_n.extend(hits)
            plan = self.plan(norm)
            if plan is None:
                continue
            row = len(rows_q)
            rows_q.append(qi)
            q_idx.extend(plan[0])
            q_val.extend(plan[1])
            q_ptr.append(len(q_idx))
            for ids, vals in plan[2]:
                sub_rows.append(row)
                sub_idx.extend(ids)
                sub_val.extend(vals)
                sub_ptr.append(len(sub_idx))
            common.extend(zip([row] * len(plan[3]), plan[5], plan[3], plan[4], strict=True))
            totals.append(plan[6])
        out: list[list[Hit]] = [[] for _ in queries]
        if not rows_q and not extra_q:
            return out
        if not rows_q:  # (only skeleton hits: an empty product)
            rows_q, q_ptr, totals = [0], [0, 0], [1.0]
        if len(rows_q) <= FEW_ROWS:
            s_ptr, s_idx, s_val = self.product_rows(q_ptr, q_idx, q_val)
        elif COMPILED:
            s_ptr, s_idx, s_val = self.product_many(q_ptr, q_idx, q_val)
        else:
            q = sparse.csr_matrix(
                (np.asarray(q_val, np.float32), np.asarray(q_idx, np.int32),
                 np.asarray(q_ptr, np.int64)),
                shape=(len(rows_q), self.matrix.shape[0]),
            )
            scores = (q @ self.matrix).tocsr()
            s_ptr, s_idx, s_val = scores.indptr, scores.indices, scores.data
        # (indexes as ``intp``: numpy gathers with them on its fast path; an ``int32``
        # index array takes the general one, casting as it goes, several times slower)
        rows = np.repeat(np.arange(len(rows_q), dtype=np.intp), np.diff(s_ptr))
        names_hit = s_idx.astype(np.intp)
        covered = s_val.astype(np.float32, copy=False)
        if sub_rows:
            rows, names_hit, covered = self._add_best(rows, names_hit, covered, s_ptr,
                                                      sub_rows, sub_ptr, sub_idx, sub_val)
        if common:
            covered = self._add_common(rows, names_hit, covered, len(rows_q), common)
        valid = self.mask(as_of, sources)
        qi_arr, names_hit, cheap = _cheap_scores(
            rows, names_hit, covered, np.asarray(totals, np.float32),
            np.asarray(rows_q, np.int64), self.name_weight, valid, min_cheap,
            self.everyone.get(_mask_key(as_of, sources)))
        take = np.take
        if extra_q:
            more = np.asarray(extra_n, np.intp)
            valid = self.mask(as_of, sources)[more]
            qi_arr = np.concatenate([qi_arr, np.asarray(extra_q, np.int64)[valid]])
            names_hit = np.concatenate([names_hit, more[valid]])
            cheap = np.concatenate([cheap, np.full(int(valid.sum()), SKELETON, np.float32)])
        if not len(cheap):
            return out
        if len(cheap) > TOP_FROM * len(queries):
            qi_arr, names_hit, cheap = _top(qi_arr, names_hit, cheap, len(queries), limit * 6)
        # by query, best cheap score first (cheap is in 0..1)
        order = np.argsort(qi_arr * 2.0 - cheap, kind="stable")
        qi_arr, names_hit, cheap = take(qi_arr, order), take(names_hit, order), take(cheap, order)
        # (arrays filled in place, not ``np.r_``: parsing its index took a tenth of a
        # single query's retrieval)
        edge = np.empty(len(qi_arr), bool)
        edge[0] = True
        np.not_equal(qi_arr[1:], qi_arr[:-1], out=edge[1:])
        starts = np.flatnonzero(edge)
        ends = np.empty(len(starts), starts.dtype)
        ends[:-1] = starts[1:]
        ends[-1] = len(qi_arr)
        sizes = np.minimum(ends, starts + limit * 6) - starts
        # (only each query's first ``limit * 6`` names become Python objects)
        firsts = np.zeros(len(sizes), sizes.dtype)
        np.cumsum(sizes[:-1], out=firsts[1:])
        chosen = np.repeat(starts - firsts, sizes) + np.arange(int(sizes.sum()))
        names_hit = take(names_hit, chosen)
        versions = take(self.name_version, names_hit).tolist()
        nids, cheaps = names_hit.tolist(), take(cheap, chosen).tolist()
        qis = take(qi_arr, starts).tolist()
        for qi, s, e in zip(qis, firsts.tolist(), (firsts + sizes).tolist(), strict=True):
            out[qi] = _group(nids[s:e], versions[s:e], cheaps[s:e], limit)
        return out


def _halves(token: str, exp: dict[int, float], word_id: dict[str, int]
            ) -> dict[int, float]:
    """``exp`` with the indexed words ``token`` is written of, run together (each half
    ``SPLIT_HALF`` letters or more), each at half the factor of a split word: a name
    holding both gets what a split word's one would, never more than the word itself
    (ABDULRAHMAN reaching ABDUL and RAHMAN at a split word's factor each would rank any
    name holding both above those holding the word)."""
    half = SPLIT / 2
    out = exp
    for i in range(SPLIT_HALF, len(token) - SPLIT_HALF + 1):
        lid = word_id.get(token[:i])
        if lid is None:
            continue
        rid = word_id.get(token[i:])
        if rid is None:
            continue
        if out is exp:
            out = dict(exp)
        if out.get(lid, 0.0) < half:
            out[lid] = half
        if out.get(rid, 0.0) < half:
            out[rid] = half
    return out


def _mask_key(as_of: str | None, sources: set[str] | None
              ) -> tuple[str | None, tuple[str, ...]]:
    """The key of ``VectorIndex.masks`` and ``everyone`` for a date and sources."""
    return (as_of, tuple(sorted(sources or ())))


def _cheap_scores(rows: np.ndarray, names_hit: np.ndarray, covered: np.ndarray,
                  totals: np.ndarray, rows_q: np.ndarray, weight: np.ndarray,
                  valid: np.ndarray, min_cheap: float, everyone: bool | None = None
                  ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The product's entries (``rows``, ``names_hit``, ``covered``) whose cheap score
    reaches ``min_cheap`` and whose name is ``valid``, in their order, as (query, name,
    cheap score): ``0.75 * covered + 0.25 * own`` (both at most 1), ``own`` the covered
    share of the name's own weight (``everyone``: whether every name is valid, when
    known). Compiled, one pass of ``_cheap_into``; else numpy's passes, the very float32
    operations in the same order (the specification)."""
    if COMPILED:
        names_hit = np.asarray(names_hit, np.intp)
        qi_arr = np.empty(len(rows), np.intp)
        nids = np.empty(len(rows), np.intp)
        cheap = np.empty(len(rows), np.float32)
        # (each entry's name weight gathered first, in a pass of loads alone: at a million
        # names nearly every read misses the CPU's caches, and there the misses overlap,
        # while in the loop each waits on the branches of the one before: bench/NOTES.md;
        # every name valid, as when one snapshot of each list is loaded: the mask is not
        # read, one cache miss an entry less)
        n = _cheap_into(np.asarray(rows, np.intp), names_hit,
                        np.asarray(covered, np.float32), totals, np.asarray(rows_q, np.intp),
                        np.take(weight, names_hit), valid.view(np.uint8),
                        bool(valid.all()) if everyone is None else everyone, min_cheap,
                        qi_arr, nids, cheap)
        return qi_arr[:n], nids[:n], cheap[:n]
    covered = np.minimum(covered, 1.0)
    # (``np.take`` for the gathers over the whole product, and a boolean mask turned
    # into positions once: both measured faster than indexing with the arrays)
    take = np.take
    qtotal = take(totals, rows)
    own = np.minimum(1.0, covered * qtotal / np.maximum(take(weight, names_hit), 1e-9))
    cheap = 0.75 * covered + 0.25 * own
    # (a Python float against a float32 array: numpy compares it as a float32)
    keep = np.flatnonzero((cheap >= min_cheap) & take(valid, names_hit))
    return (take(rows_q, take(rows, keep)), take(names_hit, keep).astype(np.intp, copy=False),
            take(cheap, keep))


def _cheap_into(rows: Any, names_hit: Any, covered: Any, totals: Any, rows_q: Any,
                weight_hit: Any, valid: Any, everyone: Any, min_cheap: Any, out_qi: Any,
                out_nid: Any, out_cheap: Any) -> int:
    """``_cheap_scores`` as one loop: the kept entries written into ``out_qi``,
    ``out_nid``, ``out_cheap``; returns how many (``weight_hit``: each entry's name
    weight; ``everyone``: every name is ``valid``). Every step a float32 operation, as
    numpy makes it (``min_cheap`` too is compared as a float32), in numpy's order: the
    same bits. Compiled, a C loop (``vector.pxd``; its float locals are C floats, and
    the build contracts no multiply-add: ``scripts/compile_core.py``); in pure Python
    numpy's passes are used (this loop then runs on numpy's float32 scalars, for the
    tests)."""
    one = np.float32(1.0)
    tiny = np.float32(1e-9)
    three_quarters = np.float32(0.75)
    quarter = np.float32(0.25)
    floor = np.float32(min_cheap)
    n = 0
    for p in range(len(rows)):
        c = covered[p]
        if c > one:
            c = one
        name = names_hit[p]
        w = weight_hit[p]
        if w < tiny:
            w = tiny
        row = rows[p]
        own = c * totals[row]
        own = own / w
        if own > one:
            own = one
        part = three_quarters * c
        cheap = quarter * own
        cheap = part + cheap
        if cheap >= floor and (everyone or valid[name]):
            out_qi[n] = rows_q[row]
            out_nid[n] = name
            out_cheap[n] = cheap
            n += 1
    return n


def _product_into(q_ptr: Any, q_idx: Any, q_val: Any, indptr: Any, indices: Any,
                  slots: Any, sums: Any, met: Any, out_ptr: Any, out_idx: Any,
                  out_val: Any) -> int:
    """The sparse product ``Q @ M`` (``Q``: ``q_ptr``, ``q_idx``, ``q_val``; ``M``:
    ``indptr``, ``indices``, every value 1.0) written into ``out_ptr``, ``out_idx``,
    ``out_val``; returns the entries written. As scipy's ``csr_matmat`` makes it: a row's
    words added in order into float32 sums, its names listed last met first, a zero sum
    left out. A row's names are gathered in a small open-addressing table (``slots``,
    ``sums``: as long as twice the row's postings, rounded up to a power of two; ``met``:
    the slots in the order first met), not in a scratch array as long as the names, whose
    every access would miss the cache. Compiled, a C loop (``vector.pxd``); in pure
    Python far too slow for a batch (scipy's product is used there)."""
    nnz = 0
    out_ptr[0] = 0
    for i in range(len(q_ptr) - 1):
        total = 0
        for jj in range(q_ptr[i], q_ptr[i + 1]):
            j = q_idx[jj]
            total += indptr[j + 1] - indptr[j]
        size = 16
        while size < 2 * total:
            size *= 2
        mask = size - 1
        for h in range(size):
            slots[h] = -1
        length = 0
        for jj in range(q_ptr[i], q_ptr[i + 1]):
            j = q_idx[jj]
            v = q_val[jj]
            for kk in range(indptr[j], indptr[j + 1]):
                k = indices[kk]
                h = (k ^ (k >> 12)) & mask
                while slots[h] != k and slots[h] != -1:
                    h = (h + 1) & mask
                if slots[h] == -1:
                    slots[h] = k
                    sums[h] = 0
                    met[length] = h
                    length += 1
                sums[h] += v
        for m in range(length - 1, -1, -1):
            h = met[m]
            if sums[h] != 0:
                out_idx[nnz] = slots[h]
                out_val[nnz] = sums[h]
                nnz += 1
        out_ptr[i + 1] = nnz
    return nnz


def _common_into(g_start: Any, g_size: Any, g_ptr: Any, c_id: Any, c_val: Any, flat: Any,
                 width: Any, names_hit: Any, covered: Any, got: Any) -> int:
    """``VectorIndex._add_common``'s additions as a loop: group ``g`` (one query word of a
    row) adds to each of the row's entries ``g_start[g]:g_start[g] + g_size[g]`` the best
    value ``c_val[c]`` of its common words ``c_id[c]`` (``c`` in ``g_ptr[g]:g_ptr[g +
    1]``) whose bit the entry's name has in ``flat`` (``width`` bytes a common word),
    groups in order. ``got``: room for the bytes of a group's entries, each of its common
    words (they are read first, in passes of loads alone: at a million names nearly every
    read misses the CPU's caches, and there the misses overlap, while in the loop that
    tests them each waits on the branches of the one before: bench/NOTES.md). Compiled,
    a C loop (``vector.pxd``); in pure Python the rounds of numpy operations are used."""
    for g in range(len(g_start)):
        s = g_start[g]
        n = g_size[g]
        first = g_ptr[g]
        for c in range(first, g_ptr[g + 1]):
            row = c_id[c] * width
            k = (c - first) * n
            for p in range(n):
                got[k + p] = flat[row + (names_hit[s + p] >> 3)]
        for p in range(n):
            name = names_hit[s + p]
            bit = 128 >> (name & 7)
            found = False
            best = 0.0
            for c in range(first, g_ptr[g + 1]):
                if got[(c - first) * n + p] & bit:
                    found = True
                    if c_val[c] > best:
                        best = c_val[c]
            if found:
                covered[s + p] += best
    return 0


def _top(qi_arr: np.ndarray, names_hit: np.ndarray, cheap: np.ndarray, queries: int,
         need: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The entries that can be among each query's ``need`` best, the others left out
    before the sort (at a million entities a query's words reach thousands of names):
    a histogram of each query's cheap scores in ``TOP_BINS`` bins finds the bin holding
    its ``need``-th best, and every entry from that bin up is kept, in its order (the
    stable sort then ranks them as it would have ranked all). Compiled, the loops of
    ``_top_into``; else numpy's passes (the specification)."""
    if COMPILED:
        keep = np.empty(len(cheap), np.intp)
        n = _top_into(np.asarray(qi_arr, np.intp), np.asarray(cheap, np.float32), queries,
                      need, np.zeros(queries * TOP_BINS, np.intp), np.empty(queries, np.intp),
                      keep)
        keep = keep[:n]
        return np.take(qi_arr, keep), np.take(names_hit, keep), np.take(cheap, keep)
    bins = np.minimum((cheap * TOP_BINS).astype(np.intp), TOP_BINS - 1)
    down = (TOP_BINS - 1) - bins  # (0: the best bin)
    counts = np.bincount(qi_arr.astype(np.intp) * TOP_BINS + down,
                         minlength=queries * TOP_BINS).reshape(queries, TOP_BINS)
    full = np.cumsum(counts, axis=1) < need  # (bins, best first, before the need-th)
    last = np.minimum(full.sum(axis=1), TOP_BINS - 1)  # (the bin holding it, or the worst)
    keep = np.flatnonzero(down <= np.take(last, qi_arr))
    return np.take(qi_arr, keep), np.take(names_hit, keep), np.take(cheap, keep)


def _top_into(qi_arr: Any, cheap: Any, queries: Any, need: Any, counts: Any, last: Any,
              keep: Any) -> int:
    """``_top``'s histogram as loops: each entry's bin counted in ``counts`` (zeros,
    ``TOP_BINS`` a query, the best bin first), each query's bin holding its ``need``-th
    best (or the worst) in ``last``, and the positions of the entries from that bin up
    written into ``keep``, in order; returns how many. A bin is the score times
    ``TOP_BINS`` (a float32 product, as numpy's) cut to an integer, as numpy's ``astype``
    cuts it. Compiled, C loops (``vector.pxd``); in pure Python numpy's passes are used."""
    width = TOP_BINS
    scale = np.float32(width)
    top = width - 1
    for p in range(len(cheap)):
        b = int(cheap[p] * scale)
        if b > top:
            b = top
        counts[qi_arr[p] * width + top - b] += 1
    for q in range(queries):
        total = 0
        k = 0
        while k < width:
            total += counts[q * width + k]
            if total >= need:
                break
            k += 1
        last[q] = k if k < top else top
    n = 0
    for p in range(len(cheap)):
        b = int(cheap[p] * scale)
        if b > top:
            b = top
        if top - b <= last[qi_arr[p]]:
            keep[n] = p
            n += 1
    return n


def _group(nids: list[int], vids: list[int], cheaps: list[float], limit: int
           ) -> list[Hit]:
    """Names (best first) into at most ``limit`` entries, as ``NameIndex._group`` does."""
    out: dict[int, Hit] = {}
    # (``float`` locals: C doubles in the compiled core)
    floor: float = -1.0  # once ``limit`` entries are in: below it no name can join one
    cheap: float
    for nid, vid, cheap in zip(nids, vids, cheaps, strict=True):
        if cheap < floor:
            break  # (names come best first, and the last entry added has the lowest score)
        hit = out.get(vid)
        if hit is not None:
            # (a name met by both readings of the query comes twice: keep the first)
            names = hit[1]
            if len(names) < 3 and cheap >= hit[2] - 0.05 and nid not in names:
                names.append(nid)
            continue
        if len(out) >= limit:
            continue
        out[vid] = (vid, [nid], cheap)
        if len(out) >= limit:
            floor = cheap - 0.05
    return list(out.values())
