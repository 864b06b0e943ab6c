"""What the public may see of a `Table`: small counts hidden, and whatever would reveal them.

`suppress(tables, earlier)` turns a release's tables into `ShownTable`s, where every cell and
margin (row totals, column totals, grand total) is a shown number, SMALL ("fewer than 5": the
true value is 1-4) or WITHHELD (hidden to protect a small figure; the true value is 0 or at least
5). A ShownTable keeps no hidden true value, so it can be frozen in a release as it is
(`to_json()`, `from_json()`).

1. Primary suppression: every figure with a true value from 1 to 4 is SMALL; 0 is shown.
2. Secondary suppression: while the audit (indicators.disclosure, whose docstring states what is
   proved and how) finds a small figure, of this release or an earlier one, that this release
   *taken together with every earlier release* narrows or determines, withhold more figures of
   this release. Each choice is a small integer program: the cheapest set of figures to withhold
   so that the value found impossible becomes possible (a cell costs 5 + its value, a margin 5 +
   twice its value: few figures, small ones, and the totals the public reads first kept). Each
   round adds at least one figure, so it ends; it stops when an audit that proves everything
   afresh finds nothing. `SuppressionError` means that even withholding every figure of the
   release would not do; the audit excuses what the labels cannot help saying, so this takes
   a solver failure.
3. A table whose key (measure, first year, last year) was published in an earlier release is not
   recomputed: it is repeated exactly as it was published then, even if records entered since
   would change it. The same figure never differs between releases, so no difference between
   releases can reveal a small count, and the audit treats the two publications as one table.
"""

import json
from dataclasses import dataclass, field
from types import MappingProxyType

from indicators.disclosure import (
    HIDDEN,
    PROTECTION,
    SMALL,
    WITHHELD,
    Attacker,
    cells_of,
    distinct,
    exposures,
    flatten,
    labels,
)

__all__ = ["SMALL", "WITHHELD", "ShownTable", "SuppressionError", "exposures", "suppress"]


class SuppressionError(Exception):
    """No withholding in this release protects a small figure (one already published decides it)."""


@dataclass(frozen=True)
class ShownTable:
    """A table as the public sees it: `figures` maps each label (("cell", row, column),
    ("row", row), ("column", column), ("total",)) to a number, SMALL or WITHHELD."""

    measure: str
    first_year: int
    last_year: int
    rows: tuple
    columns: tuple
    figures: MappingProxyType = field(compare=True)
    counts_persons: bool = True

    def __post_init__(self):
        object.__setattr__(self, "rows", tuple(self.rows))
        object.__setattr__(self, "columns", tuple(self.columns))
        if set(self.figures) != set(labels(self)):
            raise ValueError("a shown table needs a figure for every cell and margin")
        for value in self.figures.values():
            if value not in HIDDEN and (
                not isinstance(value, int) or value < 0 or PROTECTION[0] <= value <= PROTECTION[1]
            ):
                raise ValueError(f"{value!r} cannot be shown")
        object.__setattr__(self, "figures", MappingProxyType(dict(self.figures)))

    def __hash__(self):
        return hash((self.key, tuple(sorted(self.figures.items(), key=repr))))

    @classmethod
    def primary(cls, table):
        """The table with every figure of 1-4 SMALL, the rest shown."""
        figures = {}
        for label in labels(table):
            value = sum(table.cell(r, c) for r, c in cells_of(table, label))
            figures[label] = SMALL if PROTECTION[0] <= value <= PROTECTION[1] else value
        return cls(
            table.measure,
            table.first_year,
            table.last_year,
            table.rows,
            table.columns,
            figures,
            table.counts_persons,
        )

    def withholding(self, withheld):
        """The same table with the figures labelled in `withheld` WITHHELD."""
        figures = dict(self.figures)
        for label in withheld:
            if figures[label] == SMALL:
                raise ValueError("a small figure stays SMALL")
            figures[label] = WITHHELD
        return ShownTable(
            self.measure,
            self.first_year,
            self.last_year,
            self.rows,
            self.columns,
            figures,
            self.counts_persons,
        )

    @property
    def key(self):
        return (self.measure, self.first_year, self.last_year)

    @property
    def years(self):
        return range(self.first_year, self.last_year + 1)

    def value(self, label):
        return self.figures[label]

    def cell(self, row, column):
        return self.figures[("cell", row, column)]

    def row_total(self, row):
        return self.figures[("row", row)]

    def column_total(self, column):
        return self.figures[("column", column)]

    def total(self):
        return self.figures[("total",)]

    def to_json(self):
        """Plain JSON types, for a JSONField."""
        return {
            "measure": self.measure,
            "first_year": self.first_year,
            "last_year": self.last_year,
            "counts_persons": self.counts_persons,
            "rows": list(self.rows),
            "columns": list(self.columns),
            "cells": [[self.cell(r, c) for c in self.columns] for r in self.rows],
            "row_totals": [self.row_total(r) for r in self.rows],
            "column_totals": [self.column_total(c) for c in self.columns],
            "total": self.total(),
        }

    @classmethod
    def from_json(cls, data):
        if isinstance(data, str):
            data = json.loads(data)
        rows, columns = tuple(data["rows"]), tuple(data["columns"])
        figures = {("total",): data["total"]}
        for r, line in zip(rows, data["cells"], strict=True):
            figures.update({("cell", r, c): v for c, v in zip(columns, line, strict=True)})
        figures.update({("row", r): v for r, v in zip(rows, data["row_totals"], strict=True)})
        figures.update(
            {("column", c): v for c, v in zip(columns, data["column_totals"], strict=True)}
        )
        return cls(
            data["measure"],
            data["first_year"],
            data["last_year"],
            rows,
            columns,
            figures,
            data["counts_persons"],
        )


def cost(label, value):
    """What withholding a figure costs the reader: few figures, small ones, margins kept."""
    return 5 + (value if label[0] == "cell" else 2 * value)


def suppress(tables, earlier=()):
    """The ShownTables of a release of `tables`, safe together with the `earlier` releases
    (ShownTables, or lists of them, one per release), in the order of `tables`. Nothing relates
    two measures, so each is suppressed on its own."""
    tables = list(tables)
    if len({t.key for t in tables}) != len(tables):
        raise ValueError("a release has one table per key")
    earlier = distinct(flatten(earlier))
    shown = {}
    for measure in dict.fromkeys(t.measure for t in tables):
        mine = [t for t in tables if t.measure == measure]
        before = [s for s in earlier if s.measure == measure]
        shown.update({s.key: s for s in _suppress_measure(mine, before)})
    return [shown[t.key] for t in tables]


def _suppress_measure(tables, earlier):
    published = {shown.key: shown for shown in earlier}
    shown = {t.key: ShownTable.primary(t) for t in tables if t.key not in published}
    bound = 2 * sum(t.total() for t in tables) + 2 * sum(
        v for s in published.values() for v in s.figures.values() if v not in HIDDEN
    )
    bound += 50
    pool, excused = [], set()
    for _ in range(2 + sum(len(s.figures) for s in shown.values())):
        attacker = Attacker(shown.values(), earlier=published.values(), bound=bound)
        problems = attacker.exposures(pool, excused)
        if not problems and excused:
            # What the labels excused may no longer hold since more was withheld: prove it again.
            problems = attacker.exposures(pool)
        pool, excused = attacker.pool, attacker.excused
        if not problems:
            return [published.get(t.key) or shown[t.key] for t in tables]
        narrowed = [p for p in problems if p.reason == "narrowed"]
        if not narrowed:
            raise SuppressionError(str(problems[0]))
        for problem in narrowed:
            attacker = Attacker(shown.values(), earlier=published.values(), bound=bound)
            target = attacker.index[(attacker.position[problem.key], problem.label)]
            terms = attacker.figures[target][3]
            if any(sum(w[u] for u in terms) == problem.value for w in pool if attacker.holds(w)):
                continue
            candidates = [
                j
                for j, (t, label, value, _) in enumerate(attacker.figures)
                if attacker.tables[t].key in shown and value not in HIDDEN
            ]
            costs = [cost(attacker.figures[j][1], attacker.figures[j][2]) for j in candidates]
            answer = attacker.cheapest_withholding(target, problem.value, candidates, costs)
            if answer is None:
                raise SuppressionError(str(problem))
            chosen, witness = answer
            pool.append(witness)
            by_table = {}
            for j in chosen:
                t, label, _, _ = attacker.figures[j]
                by_table.setdefault(attacker.tables[t].key, []).append(label)
            for key, withheld in by_table.items():
                shown[key] = shown[key].withholding(withheld)
    raise SuppressionError("secondary suppression did not converge")
