"""From tables to what a screen shows: the blocks of the coordinator's dashboard (live tables) and
of a release (suppressed tables), with their targets, progress, charts and data tables.

Both go through `Figure`, one number as shown: a count, "fewer than 5" or "not published". A
dashboard block is built from `Table`s (every figure shown); a release block from the
`ShownTable`s a release froze, so the results page and the coordinator's preview draw exactly
what the public may see, and nothing else.
"""

from dataclasses import dataclass, field

from django.utils.formats import number_format
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from casework.models import ServiceKind
from indicators.charts import BarChart, ProgressChart
from indicators.computation import compute_all
from indicators.measures import BY_KEY, MEASURES
from indicators.models import Indicator
from indicators.suppression import SMALL, WITHHELD

PARTICIPATION = "participation"  # the filter for the measures of no service: proposals, forums

SMALL_TEXT = _("fewer than 5")
WITHHELD_TEXT = _("not published")
TOTAL = pgettext_lazy("table margin", "Total")
YEAR = _("Year")


def service_choices():
    return [*ServiceKind.choices, (PARTICIPATION, _("Youth participation"))]


@dataclass(frozen=True)
class Figure:
    """One number as shown: `value` (None when not shown) and, when not shown, why."""

    value: int | None
    small: bool = False

    @property
    def shown(self):
        return self.value is not None

    @property
    def text(self):
        if self.value is not None:
            return number_format(self.value, force_grouping=True)
        return str(SMALL_TEXT if self.small else WITHHELD_TEXT)

    def __str__(self):
        return self.text


class LiveFigures:
    """Every figure of a `Table`, shown."""

    def __init__(self, table):
        self.table = table

    def cell(self, row, column):
        return Figure(self.table.cell(row, column))

    def row_total(self, row):
        return Figure(self.table.row_total(row))

    def column_total(self, column):
        return Figure(self.table.column_total(column))

    def total(self):
        return Figure(self.table.total())


class ReleasedFigures:
    """The figures of a `ShownTable`, as the public sees them."""

    def __init__(self, shown):
        self.table = shown

    @staticmethod
    def _figure(shown):
        if shown == SMALL:
            return Figure(None, small=True)
        if shown == WITHHELD:
            return Figure(None)
        return Figure(shown)

    def cell(self, row, column):
        return self._figure(self.table.cell(row, column))

    def row_total(self, row):
        return self._figure(self.table.row_total(row))

    def column_total(self, column):
        return self._figure(self.table.column_total(column))

    def total(self):
        return self._figure(self.table.total())


@dataclass
class Progress:
    """A target and the figure that answers it."""

    label: str
    target: int
    figure: Figure

    @property
    def chart(self):
        return ProgressChart(
            title=self.label,
            value=self.figure.value,
            target=self.target,
            value_label="" if self.figure.shown else self.figure.text,
        )


@dataclass
class Block:
    """One measure over one period: its table with margins, its targets and charts."""

    measure: object
    indicator: Indicator | None
    first_year: int
    last_year: int
    figures: object  # LiveFigures or ReleasedFigures of the whole period
    yearly: list = field(default_factory=list)  # (year, figures) when the period spans years
    progress: list = field(default_factory=list)

    @property
    def period(self):
        if self.first_year == self.last_year:
            return str(self.first_year)
        return f"{self.first_year}–{self.last_year}"

    @property
    def caption(self):
        return _("%(measure)s, %(period)s") % {"measure": self.measure.label, "period": self.period}

    @property
    def rows(self):
        """The measure's rows, without those shown as 0 over the whole period (men at the
        listening centre...), which are 0 in each of its years too."""
        return [
            (row, label)
            for row, label in self.measure.rows
            if self.figures.row_total(row).value != 0
        ] or list(self.measure.rows)

    @property
    def columns(self):
        return self.measure.columns

    def grid(self):
        """[(row label, [cell figures], row total)] then the column totals and the total."""
        figures = self.figures
        body = [
            (
                label,
                [figures.cell(row, column) for column, _l in self.columns],
                figures.row_total(row),
            )
            for row, label in self.rows
        ]
        footer = [figures.column_total(column) for column, _l in self.columns]
        return body, footer, figures.total()

    def year_target(self, row, year):
        """The target for `row` in `year`, if the indicator has one."""
        if self.indicator is None:
            return None
        for target in self.indicator.targets.all():
            if target.row == row and target.applies_to(year, year):
                return target.value
        return None

    def year_chart(self):
        """Women and men (the rows) year by year, with each year's target."""
        if not self.yearly or len(self.rows) > 4:
            return None
        categories = [(str(year), str(year)) for year, _f in self.yearly]
        values, labels, targets = {}, {}, {}
        for year, figures in self.yearly:
            for row, _label in self.rows:
                figure = figures.row_total(row)
                values[(str(year), row)] = figure.value
                if not figure.shown:
                    labels[(str(year), row)] = figure.text
                targets[(str(year), row)] = self.year_target(row, year)
        return BarChart(
            title=_("%(measure)s, year by year") % {"measure": self.measure.label},
            categories=categories,
            series=self.rows,
            values=values,
            value_labels=labels,
            targets=targets,
            category_heading=YEAR,
        )


def _progress(block):
    """The period-wide targets (the roadmap's "150 over five years") against the figure of the
    period so far (a period that starts with the target's and ends within it), and, for a single
    year, that year's targets."""
    if block.indicator is None:
        return []
    found = []
    for target in block.indicator.targets.all():
        so_far = (
            not target.each_year
            and target.first_year == block.first_year
            and block.last_year <= target.last_year
        )
        if not (so_far or target.applies_to(block.first_year, block.last_year)):
            continue
        figures = block.figures
        figure = figures.total() if target.row == "all" else figures.row_total(target.row)
        label = _("%(measure)s: %(target)s") % {"measure": block.measure.label, "target": target}
        found.append(Progress(label=label, target=target.value, figure=figure))
    return found


def _indicators():
    return {
        indicator.measure: indicator for indicator in Indicator.objects.prefetch_related("targets")
    }


def _order(measures, indicators):
    """Defined indicators first, in their order, then the other measures in the registry's."""
    return sorted(
        measures,
        key=lambda m: (m.key not in indicators, getattr(indicators.get(m.key), "sort_order", 0)),
    )


def dashboard_blocks(first_year, last_year, service=None):
    """The coordinator's page: every measure (of `service`, a ServiceKind or PARTICIPATION),
    computed live from the records."""
    kind = None if service in (None, PARTICIPATION) else service
    computed = compute_all(first_year, last_year, kind)
    indicators = _indicators()
    measures = [
        BY_KEY[key] for key in computed if service != PARTICIPATION or BY_KEY[key].service is None
    ]
    blocks = []
    for measure in _order(measures, indicators):
        whole, *years = computed[measure.key]
        block = Block(
            measure=measure,
            indicator=indicators.get(measure.key),
            first_year=first_year,
            last_year=last_year,
            figures=LiveFigures(whole),
            yearly=[(t.first_year, LiveFigures(t)) for t in years] if len(years) > 1 else [],
        )
        block.progress = _progress(block)
        blocks.append(block)
    return blocks


def release_blocks(release):
    """What the public sees of a release: each public indicator's period table, its years, and
    its targets, from the frozen suppressed tables only."""
    shown = {table.key: table for table in release.shown_tables()}
    indicators = _indicators()
    blocks = []
    for measure in _order([m for m in MEASURES if m.key in indicators], indicators):
        whole = shown.get((measure.key, release.first_year, release.last_year))
        if whole is None:
            continue
        years = [
            (year, ReleasedFigures(shown[(measure.key, year, year)]))
            for year in range(release.first_year, release.last_year + 1)
            if (measure.key, year, year) in shown
        ]
        block = Block(
            measure=measure,
            indicator=indicators[measure.key],
            first_year=release.first_year,
            last_year=release.last_year,
            figures=ReleasedFigures(whole),
            yearly=years if release.first_year != release.last_year else [],
        )
        block.progress = _progress(block)
        blocks.append(block)
    return blocks


@dataclass
class ExportRow:
    indicator: str
    period: str
    row: str
    column: str
    count: int
    target: int | None


def export_rows(blocks):
    """The dashboard's figures as long rows (indicator, period, row, column, count, target), for
    CSV and XLSX: every cell of each period's table, then the yearly tables."""
    rows = []
    for block in blocks:
        tables = [(block.period, block.figures, block.first_year == block.last_year)]
        tables += [(str(year), figures, True) for year, figures in block.yearly]
        for period, figures, single_year in tables:
            year = int(period) if single_year else None
            for row, row_label in block.measure.rows:
                target = block.year_target(row, year) if year else None
                for column, column_label in block.columns:
                    rows.append(
                        ExportRow(
                            indicator=str(block.measure.label),
                            period=period,
                            row=str(row_label),
                            column=str(column_label),
                            count=figures.cell(row, column).value,
                            target=target,
                        )
                    )
    return rows
