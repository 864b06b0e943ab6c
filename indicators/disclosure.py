"""What anyone can work out from published tables, and the proof that small counts stay hidden.

The attacker reads every release ever published (`ShownTable`s, indicators.suppression) and knows:

- every shown figure; a figure shown as "fewer than 5" (SMALL) is 1, 2, 3 or 4; a WITHHELD figure
  is a whole number that is not 1-4 (small ones are labelled SMALL), so 0 or at least 5;
- every cell is a whole number >= 0, and every margin (row total, column total, grand total) is
  the sum of its cells;
- a table published again under the same key (measure, first year, last year) is the same table:
  its figures are one set of unknowns, whatever the release;
- the relations between tables of one measure over nested periods. For events (`counts_persons`
  False) each event falls in one year and one cell, so for every period P and every split of P
  into published periods, each cell and margin of P is the sum of the same cell or margin over
  the parts, and a sub-period's figure is at most P's. For distinct persons (`counts_persons`
  True), a person counts once in a period, in the cell of her first counted record in it; that
  record is also her first in the part of P that holds it, so each cell or margin of P is at most
  the sum over the parts; a person counted in a sub-period Q of P is counted in P, so P's total
  is at least Q's; and when Q starts the year P starts, her first record in P is her first in Q,
  so each cell and margin of P is at least Q's. Cells and row/column margins are related only
  between tables with the same rows (columns); grand totals always. A valid relation missing
  here would make the real attacker stronger than the one checked: any relation the computation
  guarantees belongs in `Attacker._relations`.

The statement checked, for a release published after earlier ones (`exposures` returns what
breaks it, and nothing when it holds; `suppress` publishes nothing that breaks it):

    For every figure shown as "fewer than 5", in this release or an earlier one, every value
    from 1 to 4 stays possible given all published figures of all releases together, except
    the values already ruled out by the earlier releases as published together with this
    release's labels; and no such figure is fixed by the published equations (unless those
    already fix it).

A release's labels (which figures are small, which are not) follow from the true counts, and
"not small" is public whether the figure is shown or withheld, so nothing a release withholds
can hide what they say: small figures that add up to a small figure bound one another (two small
cells in a small row are each at most 3; four are each 1), and a figure that is not small may
combine with a number published earlier (a total of 5 published in 2025, then a new table whose
figures must be small or at least 5). The first release is held to its labels alone.

Both checks are exact:

(a) linear algebra: a hidden figure is exposed when it is a combination of the published
    equations (shown figures, margins, event sums), decided in rational arithmetic
    (`fractions.Fraction`, sparse Gauss-Jordan elimination), not by a floating-point rank;
(b) bounds: for each small figure and each value v in 1-4, we look for an integer table (every
    cell of every table, with the labels, margins and relations above, WITHHELD figures
    restricted to 0 or >= 5) where the figure equals v, with `scipy.optimize.milp` (HiGHS), and
    we accept v only once the solution, rounded to integers, passes an exact check in Python
    integers. So a value is declared possible only with a verified witness, against the integer
    attacker, which is stronger than the linear-programming attacker: witnesses at 1 and 4 put
    the bounds `linprog` would give on the LP relaxation at or beyond 1 and 4. A value with no
    witness is excused only when the baseline above rules it out: by interval propagation over
    the baseline's constraints (sound, it only derives implied bounds), or as an integer program
    that HiGHS proves infeasible with every cell at most `LABELS_BOUND` times the witnesses'
    search bound (far above any count here); any solver doubt counts as an exposure.

Libraries checked before writing this (2026-12): ACRO/SACRO (PyPI `acro`) does primary
suppression of research outputs (threshold, dominance) but no secondary suppression nor audit
across tables; Statistics Norway's GaussSuppression and sdcTable are R packages (the Python
wrapper ssb-wrapr runs them through R); tau-Argus is a Java/Windows program. None audits linked
tables across releases with these person relations, so this module does.
"""

from dataclasses import dataclass
from fractions import Fraction

import numpy as np
from scipy.optimize import Bounds, LinearConstraint, milp
from scipy.sparse import csr_array

SMALL = "small"
WITHHELD = "withheld"
HIDDEN = (SMALL, WITHHELD)

# The smallest and largest value a "fewer than 5" figure can have.
PROTECTION = (1, 4)
# The smallest non-zero value a WITHHELD figure can have.
FIRST_SHOWN = PROTECTION[1] + 1
# How much larger than the witnesses' search the tables may be when the labels alone excuse a value.
LABELS_BOUND = 10


def labels(table):
    """Every figure of a table: its cells, row totals, column totals and grand total."""
    cells = [("cell", r, c) for r in table.rows for c in table.columns]
    rows = [("row", r) for r in table.rows]
    columns = [("column", c) for c in table.columns]
    return cells + rows + columns + [("total",)]


def cells_of(table, label):
    """The (row, column) pairs a figure adds up."""
    if label[0] == "cell":
        return [(label[1], label[2])]
    if label[0] == "row":
        return [(label[1], c) for c in table.columns]
    if label[0] == "column":
        return [(r, label[1]) for r in table.rows]
    return [(r, c) for r in table.rows for c in table.columns]


def comparable(a, b):
    """The figures that mean the same thing in two tables of one measure."""
    return [
        label
        for label in labels(a)
        if label == ("total",)
        or (
            label[0] in ("cell", "row")
            and a.rows == b.rows
            and (label[0] == "row" or a.columns == b.columns)
        )
        or (label[0] == "column" and a.columns == b.columns)
    ]


@dataclass(frozen=True)
class Exposure:
    """One way the publication breaks the statement: a small figure `determined`, or `narrowed`
    (the value `value` ruled out)."""

    key: tuple
    label: tuple
    reason: str
    value: int | None = None

    def __str__(self):
        where = f"{self.key} {self.label}"
        if self.reason == "determined":
            return f"{where}: determined by the published figures"
        return f"{where}: cannot be {self.value} given the published figures"


def distinct(shown_tables):
    """One table per key; the same key published twice must be published identically."""
    by_key = {}
    for shown in shown_tables:
        if shown.key in by_key and by_key[shown.key] != shown:
            raise ValueError(f"{shown.key} was published with different figures")
        by_key.setdefault(shown.key, shown)
    return list(by_key.values())


def flatten(releases):
    """ShownTables from a list of them or a list of releases (lists of them)."""
    for item in releases:
        if hasattr(item, "key"):
            yield item
        else:
            yield from flatten(item)


class Attacker:
    """Everything the public knows, as linear constraints over the true cells of every table.

    Unknowns are the cells of each distinct table; `self.figures` lists every figure as
    (table index, label, published value, unknown indices); `self.relations` the relations
    between tables as (coefficients, lower, upper) on a sum of unknowns."""

    def __init__(self, shown_tables, earlier=(), bound=None, protection=PROTECTION):
        if not PROTECTION[0] <= protection[0] <= protection[1] <= PROTECTION[1]:
            raise ValueError(f"a protection interval lies within {PROTECTION}")
        self.protection = range(protection[0], protection[1] + 1)
        earlier = distinct(flatten(earlier))
        self.tables = distinct([*earlier, *flatten(shown_tables)])
        # Tables already public before this release: their numbers are part of the baseline.
        self.public = set(range(len(earlier)))
        self.unknowns = {}
        for t, table in enumerate(self.tables):
            for r in table.rows:
                for c in table.columns:
                    self.unknowns[(t, r, c)] = len(self.unknowns)
        self.figures = []
        for t, table in enumerate(self.tables):
            for label in labels(table):
                terms = [self.unknowns[(t, r, c)] for r, c in cells_of(table, label)]
                self.figures.append((t, label, table.value(label), terms))
        self.index = {(t, label): i for i, (t, label, _, _) in enumerate(self.figures)}
        self.position = {table.key: t for t, table in enumerate(self.tables)}
        self.relations = list(self._relations())
        self._programs = {}
        shown_sum = sum(v for _, _, v, _ in self.figures if v not in HIDDEN)
        # Witnesses are searched for below this bound on every cell: a tighter search only makes
        # the check more cautious.
        self.bound = bound if bound is not None else 2 * shown_sum + 10 * FIRST_SHOWN

    # The attacker's knowledge.

    def _figure(self, t, label):
        return self.figures[self.index[(t, label)]][3]

    def _relations(self):
        """(coefficients {unknown: coef}, lower, upper) for every relation between tables."""
        groups = {}
        for t, table in enumerate(self.tables):
            groups.setdefault((table.measure, table.counts_persons), []).append(t)
        for (_, persons), members in groups.items():
            periods = {(self.tables[t].first_year, self.tables[t].last_year): t for t in members}
            for p in members:
                whole = self.tables[p]
                for split in _splits(whole.first_year, whole.last_year, periods):
                    parts = [periods[period] for period in split]
                    shared = set(labels(whole))
                    for part in parts:
                        shared &= set(comparable(whole, self.tables[part]))
                    for label in labels(whole):
                        if label not in shared:
                            continue
                        coefs = dict.fromkeys(self._figure(p, label), 1)
                        for part in parts:
                            for u in self._figure(part, label):
                                coefs[u] = coefs.get(u, 0) - 1
                        # events: P equals the sum of its parts; persons: at most
                        yield coefs, (-np.inf if persons else 0), 0
                for q in members:
                    inner = self.tables[q]
                    if q == p or not (
                        whole.first_year <= inner.first_year and inner.last_year <= whole.last_year
                    ):
                        continue
                    same_start = inner.first_year == whole.first_year
                    for label in comparable(whole, inner):
                        if persons and label != ("total",) and not same_start:
                            continue
                        coefs = dict.fromkeys(self._figure(p, label), 1)
                        for u in self._figure(q, label):
                            coefs[u] = coefs.get(u, 0) - 1
                        yield coefs, 0, np.inf

    def holds(self, assignment):
        """Whether true cells `assignment` (a list of ints, one per unknown) fit everything
        published, checked exactly in integers."""
        if any(not isinstance(x, int) or x < 0 for x in assignment):
            return False
        for _, _, value, terms in self.figures:
            total = sum(assignment[u] for u in terms)
            if value == SMALL:
                if not PROTECTION[0] <= total <= PROTECTION[1]:
                    return False
            elif value == WITHHELD:
                if PROTECTION[0] <= total <= PROTECTION[1]:
                    return False
            elif total != value:
                return False
        for coefs, low, high in self.relations:
            total = sum(coef * assignment[u] for u, coef in coefs.items())
            if not low <= total <= high:
                return False
        return True

    def linear_program(self, labels_only=False):
        """The attacker's knowledge relaxed to a linear program over the unknowns (WITHHELD only
        >= 0): (coefficients, lower, upper) rows, every unknown >= 0."""
        rows = []
        for t, _, value, terms in self.figures:
            base = dict.fromkeys(terms, 1)
            if value == SMALL:
                rows.append((base, *PROTECTION))
            elif value == WITHHELD:
                continue
            elif labels_only and t not in self.public:
                rows.append((base, *((0, 0) if value == 0 else (FIRST_SHOWN, np.inf))))
            else:
                rows.append((base, value, value))
        return rows + self.relations

    # The two checks.

    def exposures(self, witnesses=(), excused=None):
        """Every breach of the module's statement. `witnesses` are assignments known to fit, to
        spare solver calls (each is checked again here); `excused`, a set of (key, label, value)
        the labels alone were found to rule out, spares the search for them (a fresh audit, with
        None, proves everything again). Afterwards `self.pool` holds the witnesses and
        `self.excused` the excused values."""
        pool = [w for w in witnesses if self.holds(w)]
        self.excused = set()
        found = []
        for i, (t, label, value, terms) in enumerate(self.figures):
            if value != SMALL:
                continue
            key = self.tables[t].key
            seen = {sum(w[u] for u in terms) for w in pool}
            low, high = self._label_bounds(i)
            for v in self.protection:
                if v in seen:
                    continue
                if not low <= v <= high or (excused is not None and (key, label, v) in excused):
                    self.excused.add((key, label, v))
                    continue
                if not self.labels_allow(i, v):
                    self.excused.add((key, label, v))
                    continue
                witness = self.witness(i, v)
                if witness is None:
                    found.append(Exposure(key, label, "narrowed", v))
                    continue
                pool.append(witness)
                seen.add(v)
            if len(seen) <= 1 and self.determined(terms):
                by_labels = [v for v in self.protection if self.labels_allow(i, v)]
                if len(by_labels) > 1:
                    found.append(Exposure(key, label, "determined"))
        self.pool = pool
        return found

    def _label_bounds(self, i):
        """Bounds on figure i that follow from the labels alone by interval propagation (sound:
        it only derives what the labels imply). Spares the solver the commonest excuses."""
        if not hasattr(self, "_propagated"):
            self._propagated = self._propagate()
        low, high = self._propagated
        terms = self.figures[i][3]
        return (
            max(PROTECTION[0], sum(low[u] for u in terms)),
            min(PROTECTION[1], sum(high[u] for u in terms)),
        )

    def _propagate(self, rounds=20):
        n = len(self.unknowns)
        low, high = [0.0] * n, [np.inf] * n
        rows = self.linear_program(labels_only=True)
        withheld = [terms for _, _, value, terms in self.figures if value == WITHHELD]
        for _ in range(rounds):
            changed = False
            for coefs, row_low, row_high in rows:
                for u, c in coefs.items():
                    # What the rest of the row can add up to, then c * x_u is what is left.
                    rest = [(c2 * low[v], c2 * high[v]) for v, c2 in coefs.items() if v != u]
                    rest = [(min(a, b), max(a, b)) for a, b in rest]
                    rest_least = sum(a for a, _ in rest)
                    rest_most = sum(b for _, b in rest)
                    ends = [row_low - rest_most, row_high - rest_least]
                    ends = sorted(e / c for e in ends if not np.isnan(e))
                    if len(ends) < 2:
                        continue
                    new_low, new_high = (
                        max(low[u], np.ceil(ends[0])),
                        min(high[u], np.floor(ends[1])),
                    )
                    if new_low > low[u] or new_high < high[u]:
                        low[u], high[u], changed = new_low, new_high, True
            still = []
            for terms in withheld:
                # 0 or at least 5: a sum above 0 is at least 5; a sum below 5 is 0.
                if sum(low[u] for u in terms) >= 1:
                    rows.append((dict.fromkeys(terms, 1), FIRST_SHOWN, np.inf))
                    changed = True
                elif sum(high[u] for u in terms) < FIRST_SHOWN:
                    for u in terms:
                        high[u] = 0.0
                    changed = True
                else:
                    still.append(terms)
            withheld = still
            if not changed:
                break
        return low, high

    def determined(self, terms):
        """Whether the sum of `terms` is fixed by the published equations (exact arithmetic)."""
        pivots = self._echelon()
        vector = {u: Fraction(1) for u in terms}
        for col in [u for u in vector if u in pivots]:
            factor = vector.get(col, 0)
            if factor:
                for u, coef in pivots[col].items():
                    vector[u] = vector.get(u, 0) - factor * coef
        return not any(vector.values())

    def _echelon(self):
        if hasattr(self, "_pivots"):
            return self._pivots
        equations = [terms for _, _, value, terms in self.figures if value not in HIDDEN]
        equations = [{u: Fraction(1) for u in terms} for terms in equations]
        equations += [
            {u: Fraction(c) for u, c in coefs.items() if c}
            for coefs, low, high in self.relations
            if low == high
        ]
        pivots = {}
        for row in equations:
            for col in [u for u in row if u in pivots]:
                factor = row.get(col, 0)
                if factor:
                    for u, coef in pivots[col].items():
                        row[u] = row.get(u, 0) - factor * coef
            row = {u: c for u, c in row.items() if c}
            if not row:
                continue
            col = min(row)
            lead = row[col]
            row = {u: c / lead for u, c in row.items()}
            for other in pivots.values():
                factor = other.get(col, 0)
                if factor:
                    for u, coef in row.items():
                        other[u] = other.get(u, 0) - factor * coef
                    for u in [u for u, c in other.items() if not c]:
                        del other[u]
            pivots[col] = row
        self._pivots = pivots
        return pivots

    # Solver calls.

    def witness(self, i, v):
        """An integer assignment that fits everything published with figure i equal to v, or None."""
        x = self._solve(fix=(i, v))
        return x if x is not None and self.holds(x) else None

    def labels_allow(self, i, v):
        """Whether the labels alone (each shown number replaced by what its label says: 0, or at
        least 5) leave figure i free to equal v, as an integer program with every cell at most
        `LABELS_BOUND` times the witnesses' bound. Solver doubt answers yes."""
        return self._solve(fix=(i, v), labels_only=True, status_only=True) != 2

    def cheapest_withholding(self, i, v, candidates, costs):
        """The figures among `candidates` (indices in self.figures, now shown) whose withholding,
        at least cost, lets figure i equal v; None when no choice does."""
        x = self._solve(fix=(i, v), candidates=candidates, costs=costs)
        if x is None:
            return None
        chosen = [
            j for j in candidates if sum(x[u] for u in self.figures[j][3]) != self.figures[j][2]
        ]
        return chosen, x

    def _program(self, labels_only=False, candidates=(), costs=()):
        """The integer program of what is published (or of its labels alone), without the figure
        being probed: sparse rows, their bounds, the unknowns' upper bounds and the objective.
        Binaries after the cells: one per WITHHELD figure (0, or >= 5), and for each candidate
        figure one more (withheld or not)."""
        cache_key = (labels_only, tuple(candidates))
        if cache_key in self._programs:
            return self._programs[cache_key]
        n = len(self.unknowns)
        bound = self.bound * (LABELS_BOUND if labels_only else 1)
        rows, lows, highs, objective = [], [], [], []

        def add(coefs, low, high):
            rows.append(coefs)
            lows.append(low)
            highs.append(high)

        def binary(cost=0):
            objective.append(cost)
            return n + len(objective) - 1

        costs = dict(zip(candidates, costs, strict=True))
        for j, (t, _, value, terms) in enumerate(self.figures):
            base = dict.fromkeys(terms, 1)
            big = bound * len(terms)
            if j in costs:
                z = binary(costs[j])
                add({**base, z: -big}, -np.inf, value)
                add({**base, z: big}, value, np.inf)
            if value == SMALL:
                add(base, PROTECTION[0], PROTECTION[1])
            elif value == WITHHELD or j in costs:
                b = binary()
                add({**base, b: -big}, -np.inf, 0)
                add({**base, b: -FIRST_SHOWN}, 0, np.inf)
            elif labels_only and t not in self.public:
                add(base, *((0, 0) if value == 0 else (FIRST_SHOWN, np.inf)))
            else:
                add(base, value, value)
        for coefs, low, high in self.relations:
            add(coefs, low, high)
        size = n + len(objective)
        data, indices, indptr = [], [], [0]
        for coefs in rows:
            for u, coef in coefs.items():
                if coef:
                    indices.append(u)
                    data.append(coef)
            indptr.append(len(indices))
        upper = np.full(size, float(bound))
        upper[n:] = 1
        c = np.zeros(size)
        c[n:] = objective
        program = (data, indices, indptr, lows, highs, upper, c)
        self._programs[cache_key] = program
        return program

    def _solve(self, fix, labels_only=False, candidates=(), costs=(), status_only=False):
        data, indices, indptr, lows, highs, upper, c = self._program(labels_only, candidates, costs)
        n = len(self.unknowns)
        i, v = fix
        terms = self.figures[i][3]
        matrix = csr_array(
            (data + [1] * len(terms), indices + list(terms), indptr + [indptr[-1] + len(terms)]),
            shape=(len(indptr), len(c)),
        )
        if not candidates and not status_only:
            # Any witness will do: aim it at a different corner each time, so that it shows
            # other values of other figures too and spares later searches.
            c = c.copy()
            c[:n] = np.random.default_rng([i, v]).integers(-1, 2, n)
        result = milp(
            c,
            integrality=np.ones(len(c)),
            bounds=Bounds(np.zeros(len(c)), upper),
            constraints=LinearConstraint(matrix, [*lows, v], [*highs, v]),
            # A witness needs no optimum: the first integer solution will do.
            options={"time_limit": 30, "mip_rel_gap": 0.05 if candidates else np.inf},
        )
        if status_only:
            return result.status
        if result.status != 0 or result.x is None:
            return None
        return [int(round(x)) for x in result.x[:n]]


def _splits(first, last, periods):
    """Every way to cut first..last into two or more published periods, in year order."""

    def cut(start):
        if start > last:
            yield []
            return
        for a, b in periods:
            if a == start and b <= last:
                for rest in cut(b + 1):
                    yield [(a, b), *rest]

    return [split for split in cut(first) if len(split) > 1]


def exposures(shown_tables, earlier=(), protection=PROTECTION, bound=None):
    """What breaks the module's statement for a release (ShownTables) published after `earlier`
    releases (ShownTables, or lists of them, one per release); empty when it holds. `protection`
    is the interval of values that must stay possible for every small figure (all of 1-4 unless
    a narrower one is asked for). Nothing relates two measures, so each is audited on its own."""
    shown_tables, earlier = list(flatten(shown_tables)), distinct(flatten(earlier))
    found = []
    for measure in dict.fromkeys(s.measure for s in [*earlier, *shown_tables]):
        attacker = Attacker(
            [s for s in shown_tables if s.measure == measure],
            [s for s in earlier if s.measure == measure],
            bound,
            protection,
        )
        found += attacker.exposures()
    return found
