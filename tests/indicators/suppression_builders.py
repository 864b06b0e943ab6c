"""Tables for the suppression tests: from a grid of counts, or from records as the computation
counts them (events one by one; a person once per period, in the cell of her first record in it)."""

import numpy as np
from scipy.optimize import Bounds, LinearConstraint, linprog, milp

from indicators.disclosure import SMALL, WITHHELD, Attacker
from indicators.tables import Table


def grid_table(
    grid, first_year=2022, last_year=None, measure="m", persons=False, rows=None, columns=None
):
    rows = rows or tuple("wmxyz"[: len(grid)])
    columns = columns or tuple("abcdef"[: len(grid[0])])
    counts = {(r, c): grid[i][j] for i, r in enumerate(rows) for j, c in enumerate(columns)}
    return Table(measure, first_year, last_year or first_year, rows, columns, counts, persons)


def records_table(records, first_year, last_year, rows, columns, persons, measure="m"):
    """`records` are (person, year, row index, column index), in the order they were entered."""
    counts = dict.fromkeys(((r, c) for r in rows for c in columns), 0)
    inside = sorted(
        (year, n, person, rows[i], columns[j])
        for n, (person, year, i, j) in enumerate(records)
        if first_year <= year <= last_year
    )
    counted = set()
    for _, _, person, r, c in inside:
        if persons and person in counted:
            continue
        counted.add(person)
        counts[(r, c)] += 1
    return Table(measure, first_year, last_year, rows, columns, counts, persons)


def truth(attacker, tables):
    """The true cells of every table the attacker reads, as her list of unknowns."""
    by_key = {t.key: t for t in tables}
    values = [0] * len(attacker.unknowns)
    for (t, r, c), u in attacker.unknowns.items():
        values[u] = by_key[attacker.tables[t].key].cell(r, c)
    return values


def lp_range(rows, n, terms, fixed=None):
    """The smallest and largest value of sum(terms) under `rows`, by linprog (HiGHS), unknowns
    >= 0; None when infeasible. `fixed` = (terms, value) adds one equation."""
    a_ub, b_ub, a_eq, b_eq = [], [], [], []
    if fixed:
        rows = [*rows, (dict.fromkeys(fixed[0], 1), fixed[1], fixed[1])]
    for coefs, low, high in rows:
        line = np.zeros(n)
        for u, coef in coefs.items():
            line[u] += coef
        if low == high:
            a_eq.append(line)
            b_eq.append(low)
            continue
        if high != np.inf:
            a_ub.append(line)
            b_ub.append(high)
        if low != -np.inf:
            a_ub.append(-line)
            b_ub.append(-low)
    objective = np.zeros(n)
    objective[list(terms)] = 1
    bounds = []
    for sign in (1, -1):
        result = linprog(
            sign * objective,
            A_ub=np.array(a_ub) if a_ub else None,
            b_ub=b_ub or None,
            A_eq=np.array(a_eq) if a_eq else None,
            b_eq=b_eq or None,
            bounds=(0, None),
            method="highs",
        )
        if result.status == 2:
            return None
        bounds.append(sign * result.fun if result.status == 0 else sign * np.inf)
    return bounds


def labels_allow(attacker, terms, v, bound=10_000):
    """Whether the labels of the new release (its shown numbers read as 0 or >= 5, WITHHELD as 0
    or >= 5, SMALL as 1-4), with the earlier releases as published, let sum(terms) equal v, as an
    integer program."""
    n = len(attacker.unknowns)
    withheld = [t for _, _, value, t in attacker.figures if value == WITHHELD]
    rows = [*attacker.linear_program(labels_only=True), (dict.fromkeys(terms, 1), v, v)]
    size = n + len(withheld)
    matrix, lows, highs = [], [], []
    for coefs, low, high in rows:
        line = np.zeros(size)
        for u, coef in coefs.items():
            line[u] += coef
        matrix.append(line)
        lows.append(low)
        highs.append(high)
    for k, cells in enumerate(withheld):
        # 0 when the switch is off, 5 or more when it is on.
        for low, high, switch in ((-np.inf, 0, -bound * len(cells)), (0, np.inf, -5)):
            line = np.zeros(size)
            line[cells] = 1
            line[n + k] = switch
            matrix.append(line)
            lows.append(low)
            highs.append(high)
    upper = np.r_[np.full(n, bound), np.ones(len(withheld))]
    result = milp(
        np.zeros(size),
        integrality=np.ones(size),
        bounds=Bounds(np.zeros(size), upper),
        constraints=LinearConstraint(np.array(matrix), lows, highs),
    )
    return result.status != 2


def lp_leaks(shown_tables, earlier=()):
    """Small figures whose linear-programming bounds, given everything published, are narrower than
    the values 1-4 that the labels of the new release allow, given the earlier ones (checked
    apart from the module's witnesses)."""
    attacker = Attacker(shown_tables, earlier)
    n = len(attacker.unknowns)
    full = attacker.linear_program()
    leaks = []
    for t, label, value, terms in attacker.figures:
        if value != SMALL:
            continue
        low, high = lp_range(full, n, terms)
        if low <= 1 + 1e-7 and high >= 4 - 1e-7:
            continue
        allowed = [v for v in range(1, 5) if labels_allow(attacker, terms, v)]
        if low > min(allowed) + 1e-7 or high < max(allowed) - 1e-7:
            leaks.append((attacker.tables[t].key, label, low, high))
    return leaks


def float_determined(shown_tables, earlier=()):
    """Small figures fixed by the published equations, by a floating-point rank (a cross-check of
    the module's exact arithmetic), leaving out those the labels alone already pin to one value."""
    attacker = Attacker(shown_tables, earlier)
    n = len(attacker.unknowns)
    equations = [coefs for coefs, low, high in attacker.linear_program() if low == high]
    matrix = np.zeros((len(equations), n))
    for k, coefs in enumerate(equations):
        for u, coef in coefs.items():
            matrix[k, u] = coef
    rank = np.linalg.matrix_rank(matrix) if equations else 0
    found = []
    for t, label, value, terms in attacker.figures:
        if value != SMALL:
            continue
        row = np.zeros((1, n))
        row[0, terms] = 1
        if np.linalg.matrix_rank(np.vstack([matrix, row])) > rank:
            continue
        if sum(1 for v in range(1, 5) if labels_allow(attacker, terms, v)) > 1:
            found.append((attacker.tables[t].key, label))
    return found


def unfounded_excuses(shown_tables, earlier=()):
    """Values the module's audit excused as ruled out by the labels alone, that the labels allow
    (by the integer program above, written apart from the module's)."""
    attacker = Attacker(shown_tables, earlier)
    attacker.exposures()
    return [
        (key, label, v)
        for key, label, v in attacker.excused
        if labels_allow(
            attacker, attacker.figures[attacker.index[(attacker.position[key], label)]][3], v
        )
    ]
