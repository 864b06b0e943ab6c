"""The shape every figure takes, from computation to suppression, the dashboard and the public page.

A `Table` counts one measure over one period, by row and column (sex by age band, destination by
outcome...). Its cells partition what it counts, so its margins are sums of its cells. It carries
no name, reference or id: only counts, and only this module's plain data crosses from the
confidential records (indicators.computation) to everything that shows figures.

A `Table` holds the true counts; what the public may see of it is a `ShownTable`
(indicators.suppression), where each cell and margin is shown, "fewer than 5", or withheld.
"""

from dataclasses import dataclass, field
from types import MappingProxyType

# Where a table's row or column breakdown has a single value.
ALL = "all"


@dataclass(frozen=True)
class Table:
    """Counts of `measure` over the years `first_year`..`last_year` (inclusive), by row and column.

    `counts` maps every (row, column) pair to a count (0 where nothing was counted).
    `counts_persons` says whether a cell counts distinct persons (a person is in one cell of a
    period, whatever the number of her records) or events (sessions, attendances, proposals...),
    which add up over periods. Tables of the same measure over nested periods are related:
    events add up over years; distinct persons do not (a woman followed in 2023 and 2025 counts
    once in 2022-2026 and once in each of those years). Each person is classified in a period by
    her first counted record in it, so a period's cell is at most the sum of that cell over its
    years, and at least the same cell of a sub-period that starts the same year; its totals are at
    least any sub-period's. (A cell is not at least the same cell of any of its years: a girl of 14
    in 2023 and 15 in 2024 is in "under 15" for 2023-2024 and "15 to 17" for 2024.)"""

    measure: str
    first_year: int
    last_year: int
    rows: tuple
    columns: tuple
    counts: MappingProxyType = field(compare=True)
    counts_persons: bool = True

    def __post_init__(self):
        expected = {(r, c) for r in self.rows for c in self.columns}
        if set(self.counts) != expected:
            raise ValueError("a table needs a count for every (row, column) pair")
        if any(not isinstance(n, int) or n < 0 for n in self.counts.values()):
            raise ValueError("counts are non-negative integers")
        if self.first_year > self.last_year:
            raise ValueError("a period ends after it starts")
        object.__setattr__(self, "counts", MappingProxyType(dict(self.counts)))

    @property
    def key(self):
        """What identifies a table across releases: its measure and its period."""
        return (self.measure, self.first_year, self.last_year)

    @property
    def years(self):
        return range(self.first_year, self.last_year + 1)

    def cell(self, row, column):
        return self.counts[(row, column)]

    def row_total(self, row):
        return sum(self.counts[(row, c)] for c in self.columns)

    def column_total(self, column):
        return sum(self.counts[(r, column)] for r in self.rows)

    def total(self):
        return sum(self.counts.values())
