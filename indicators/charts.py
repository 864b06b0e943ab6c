"""Charts drawn on the server as accessible SVG, with the table of the same figures.

Plain data in, markup out; no database. A `BarChart` is grouped horizontal bars (a group per
year or age band, a bar per sex) with optional target markers; a `ProgressChart` is one figure
against its target. A figure of None is not shown (suppressed): it is drawn as an empty dashed
slot of one fixed length, whatever it hides, with the text the caller gives ("fewer than 5",
"not published"), so that no length ever encodes it.

The SVG has a <title> and a <desc> (the figures in a sentence) that name it for assistive
technology, ids unique on the page, no script, no style attribute (the public pages' CSP has
no 'unsafe-inline'): colours are presentation attributes, layout is static/css/charts.css.
Series differ by more than colour (a pattern and a direct label on every bar). Under a
right-to-left language bars grow from the right. Numbers are formatted in the active language.
"""

import re
from dataclasses import dataclass, field
from types import MappingProxyType

from django.utils.formats import number_format
from django.utils.html import format_html, format_html_join
from django.utils.translation import get_language_bidi, gettext, pgettext

# Everything is drawn in a 320-unit-wide box: at 14 units, text stays readable (12.6 px) on a
# 320 px screen, where the chart is at most 288 px wide; charts.css caps the width elsewhere.
WIDTH = 320
PAD = 4
FONT = 14
LINE = 20
BAR = 16
BAR_GAP = 4
GROUP_GAP = 10
# Rough advance of one character at FONT (SVG text cannot be measured on the server).
CHAR = 8.4

PAPER = "#ffffff"
INK = "#1d2327"
MUTED = "#4a5560"  # 7.6:1 on white
# Series colours, each >= 3:1 against white and the site's paper (#fffdf8); the second and third
# are also patterned, so that colour is never the only difference (WCAG 1.4.1).
SERIES_STYLES = (
    ("#9b3d12", "solid"),  # terracotta, 6.7:1
    ("#1b5fa8", "hatch"),  # blue, 6.0:1
    ("#2e6b34", "dots"),  # green, 6.3:1
    ("#6b3f8f", "cross"),  # purple, 7.3:1
)
DONE = "#2e6b34"

# Explicit bidi formatting characters (embeddings, overrides, isolates): a label carrying one
# could reverse the text around it. Control characters XML 1.0 forbids would break the SVG.
_UNSAFE_CHARACTERS = re.compile(
    "[\u202a-\u202e\u2066-\u2069\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]"
)
_ISOLATE = "\u2068{}\u2069"  # first-strong isolate: a label keeps its own direction in a sentence


def clean_label(text):
    """A label as it may be drawn: a string without bidi overrides or XML-forbidden characters.
    Escaping comes later, where markup is built."""
    return _UNSAFE_CHARACTERS.sub("", str(text))


def format_count(value):
    """A count in the active language's format (grouped thousands)."""
    return number_format(value, force_grouping=True)


def format_percent(value, target):
    """`value` as a whole percentage of `target`, in the active language ("72 %")."""
    percent = round(value * 100 / target)
    return pgettext("percentage", "%(percent)s%%") % {"percent": format_count(percent)}


def _n(number):
    """A coordinate as SVG wants it: short, with a dot whatever the language."""
    return f"{number:.1f}".rstrip("0").rstrip(".")


@dataclass(frozen=True)
class Cell:
    """One cell of a chart's table: the text shown, and whether it stands for a hidden figure."""

    text: str
    hidden: bool = False


@dataclass(frozen=True)
class HeadCell:
    text: str
    scope: str = "col"
    colspan: int = 1
    rowspan: int = 1


@dataclass(frozen=True)
class DataTable:
    """The figures of a chart as a table: header rows of `HeadCell`, then rows of
    (row header, [`Cell`])."""

    caption: str
    head: tuple
    rows: tuple


def _frozen(mapping):
    return MappingProxyType(dict(mapping or {}))


@dataclass(frozen=True)
class BarChart:
    """Grouped horizontal bars: a group per category (years, age bands), a bar per series
    (women, men).

    `values[(category, series)]` is a count, or None for a figure not shown, whose text
    (`value_labels[(category, series)]`, e.g. "fewer than 5") is then required.
    `targets[(category, series)]`, where given, draws a marker and a table column.
    `categories` and `series` are (key, label) pairs; `category_heading` names the categories
    in the table ("Year")."""

    title: str
    description: str = ""
    categories: tuple = ()
    series: tuple = ()
    values: MappingProxyType = field(default_factory=dict)
    value_labels: MappingProxyType = field(default_factory=dict)
    targets: MappingProxyType = field(default_factory=dict)
    category_heading: str = ""

    def __post_init__(self):
        object.__setattr__(self, "categories", tuple(self.categories))
        object.__setattr__(self, "series", tuple(self.series))
        for name in ("values", "value_labels", "targets"):
            object.__setattr__(self, name, _frozen(getattr(self, name)))
        if not self.categories or not self.series:
            raise ValueError("a bar chart needs categories and series")
        if len(self.series) > len(SERIES_STYLES):
            raise ValueError(f"a bar chart draws at most {len(SERIES_STYLES)} series")
        keys = {(c, s) for c, _ in self.categories for s, _ in self.series}
        if set(self.values) != keys:
            raise ValueError("a bar chart needs a value (or None) for every (category, series)")
        for key, value in self.values.items():
            if value is None and not self.value_labels.get(key):
                raise ValueError(f"the hidden figure {key} needs its text in value_labels")
            if value is not None and (not isinstance(value, int) or value < 0):
                raise ValueError("values are non-negative integers or None")
        if not set(self.targets) <= keys:
            raise ValueError("a target is for a (category, series) of the chart")

    @property
    def has_targets(self):
        return any(target is not None for target in self.targets.values())

    def value_text(self, category, series):
        value = self.values[(category, series)]
        if value is None:
            return clean_label(self.value_labels[(category, series)])
        return format_count(value)

    def summary(self):
        """The figures in a sentence per category, for the SVG's <desc>."""
        separator = pgettext("list separator", ", ")
        sentences = []
        for category, category_label in self.categories:
            figures = []
            for series, series_label in self.series:
                words = {
                    "series": _ISOLATE.format(clean_label(series_label)),
                    "value": _ISOLATE.format(self.value_text(category, series)),
                }
                target = self.targets.get((category, series))
                if target is None:
                    figures.append(pgettext("chart summary", "%(series)s %(value)s") % words)
                else:
                    words["target"] = format_count(target)
                    figures.append(
                        pgettext("chart summary", "%(series)s %(value)s (target %(target)s)")
                        % words
                    )
            sentences.append(
                pgettext("chart summary", "%(category)s: %(figures)s.")
                % {
                    "category": _ISOLATE.format(clean_label(category_label)),
                    "figures": separator.join(figures),
                }
            )
        return " ".join(sentences)

    def table(self):
        corner = clean_label(self.category_heading)
        if self.has_targets:
            head = (
                (HeadCell(corner, rowspan=2),)
                + tuple(HeadCell(clean_label(label), "colgroup", 2) for _, label in self.series),
                tuple(
                    HeadCell(text)
                    for _ in self.series
                    for text in (
                        pgettext("chart table", "Figure"),
                        pgettext("chart table", "Target"),
                    )
                ),
            )
        else:
            head = (
                (HeadCell(corner),)
                + tuple(HeadCell(clean_label(label)) for _, label in self.series),
            )
        rows = []
        for category, category_label in self.categories:
            cells = []
            for series, _ in self.series:
                value = self.values[(category, series)]
                cells.append(Cell(self.value_text(category, series), hidden=value is None))
                if self.has_targets:
                    target = self.targets.get((category, series))
                    cells.append(
                        Cell(gettext("no target") if target is None else format_count(target))
                    )
            rows.append((clean_label(category_label), tuple(cells)))
        return DataTable(clean_label(self.title), head, tuple(rows))

    def svg(self, uid):
        return _Drawing(self, uid).bars()


@dataclass(frozen=True)
class ProgressChart:
    """One figure against its target ("108 of 150, 72 %"). `value` None is a figure not shown,
    with its text in `value_label`."""

    title: str
    description: str = ""
    value: int | None = None
    target: int | None = None
    value_label: str = ""

    def __post_init__(self):
        if self.value is None and not self.value_label:
            raise ValueError("a hidden figure needs its text in value_label")
        if self.value is not None and (not isinstance(self.value, int) or self.value < 0):
            raise ValueError("the value is a non-negative integer or None")
        if self.target is not None and (not isinstance(self.target, int) or self.target < 0):
            raise ValueError("the target is a non-negative integer or None")

    def value_text(self):
        if self.value is None:
            return clean_label(self.value_label)
        return format_count(self.value)

    def percent_text(self):
        if self.value is None or not self.target:
            return ""
        return format_percent(self.value, self.target)

    def summary(self):
        value = _ISOLATE.format(self.value_text())
        if self.target is None:
            return pgettext("chart summary", "%(value)s, no target.") % {"value": value}
        words = {"value": value, "target": format_count(self.target)}
        if not self.percent_text():
            return pgettext("chart summary", "%(value)s; target %(target)s.") % words
        words["percent"] = self.percent_text()
        return (
            pgettext("chart summary", "%(value)s of a target of %(target)s: %(percent)s.") % words
        )

    def headline(self):
        """What is written above the bar."""
        if self.value is None or self.target is None:
            return self.value_text()
        words = {"value": self.value_text(), "target": format_count(self.target)}
        if not self.percent_text():
            return pgettext("progress", "%(value)s of %(target)s") % words
        words["percent"] = self.percent_text()
        return pgettext("progress", "%(value)s of %(target)s (%(percent)s)") % words

    def table(self):
        rows = [
            (pgettext("chart table", "Figure"), (Cell(self.value_text(), self.value is None),)),
            (
                pgettext("chart table", "Target"),
                (Cell(gettext("no target") if self.target is None else format_count(self.target)),),
            ),
        ]
        if self.percent_text():
            rows.append(
                (pgettext("chart table", "Share of the target"), (Cell(self.percent_text()),))
            )
        return DataTable(clean_label(self.title), (), tuple(rows))

    def svg(self, uid):
        return _Drawing(self, uid).progress()


class _Drawing:
    """Lays a chart out in logical coordinates (distance from the start edge) and writes it,
    mirrored under a right-to-left language."""

    def __init__(self, chart, uid):
        if not re.fullmatch(r"[A-Za-z][\w-]*", uid):
            raise ValueError("a chart id is a letter then letters, digits, - or _")
        self.chart = chart
        self.uid = uid
        self.rtl = get_language_bidi()
        self.parts = []

    # Mirroring: logical x (from the start edge) to the drawing's x.
    def x(self, logical):
        return WIDTH - logical if self.rtl else logical

    def rect(self, start, y, length, height, **attributes):
        """A rectangle `length` long from logical `start`, growing towards the end edge."""
        x = WIDTH - start - length if self.rtl else start
        extra = format_html_attributes(attributes)
        self.parts.append(
            format_html(
                '<rect x="{}" y="{}" width="{}" height="{}"{}/>',
                _n(x),
                _n(y),
                _n(length),
                _n(height),
                extra,
            )
        )

    def text(self, start, y, content, anchor="start", **attributes):
        """Text whose start (in the reading direction) is at logical `start`."""
        extra = format_html_attributes(attributes)
        self.parts.append(
            format_html(
                '<text x="{}" y="{}" text-anchor="{}"{}>{}</text>',
                _n(self.x(start)),
                _n(y),
                anchor,
                extra,
                content,
            )
        )

    def line(self, start, y1, y2, **attributes):
        extra = format_html_attributes(attributes)
        x = _n(self.x(start))
        self.parts.append(
            format_html('<line x1="{}" y1="{}" x2="{}" y2="{}"{}/>', x, _n(y1), x, _n(y2), extra)
        )

    def hidden_slot(self, start, y, length, height, label):
        """An empty dashed slot of a fixed length, with the text of the hidden figure."""
        self.rect(
            start + 0.5,
            y + 0.5,
            length - 1,
            height - 1,
            fill="none",
            stroke=MUTED,
            stroke_dasharray="4 3",
            class_="chart__hidden",
        )
        self.text(start + 6, y + height - 4, label, fill=INK, class_="chart__hidden-label")

    def target_marker(self, at, y, height):
        self.line(
            at,
            y - 3,
            y + height + 3,
            stroke=INK,
            stroke_width="3",
            class_="chart__target",
        )

    def patterns(self):
        defs = []
        for index, (colour, kind) in enumerate(SERIES_STYLES[: len(self.chart.series)]):
            pid = f"{self.uid}-series-{index}"
            if kind == "hatch":
                body = format_html(
                    '<rect width="6" height="6" fill="{}"/><rect width="3" height="6" fill="{}"/>',
                    PAPER,
                    colour,
                )
                defs.append(
                    format_html(
                        '<pattern id="{}" width="6" height="6" patternUnits="userSpaceOnUse" '
                        'patternTransform="rotate(45)">{}</pattern>',
                        pid,
                        body,
                    )
                )
            elif kind == "dots":
                defs.append(
                    format_html(
                        '<pattern id="{}" width="5" height="5" patternUnits="userSpaceOnUse">'
                        '<rect width="5" height="5" fill="{}"/>'
                        '<circle cx="2.5" cy="2.5" r="1.6" fill="{}"/></pattern>',
                        pid,
                        PAPER,
                        colour,
                    )
                )
            elif kind == "cross":
                defs.append(
                    format_html(
                        '<pattern id="{}" width="6" height="6" patternUnits="userSpaceOnUse">'
                        '<rect width="6" height="6" fill="{}"/>'
                        '<path d="M0 0L6 6M6 0L0 6" stroke="{}" stroke-width="1.5"/></pattern>',
                        pid,
                        PAPER,
                        colour,
                    )
                )
        return defs

    def fill(self, index):
        colour, kind = SERIES_STYLES[index]
        return colour if kind == "solid" else f"url(#{self.uid}-series-{index})"

    def bars(self):
        chart = self.chart
        series_labels = [clean_label(label) for _, label in chart.series]
        label_room = min(WIDTH * 0.38, max(len(label) for label in series_labels) * CHAR + 10)
        bar_start = PAD + label_room
        value_texts = [
            chart.value_text(c, s)
            for c, _ in chart.categories
            for s, _ in chart.series
            if chart.values[(c, s)] is not None
        ]
        value_room = max([len(t) for t in value_texts] + [2]) * CHAR + 8
        bar_room = WIDTH - PAD - bar_start - value_room
        shown = [v for v in chart.values.values() if v is not None]
        targets = [t for t in chart.targets.values() if t is not None]
        scale = max(shown + targets + [1])

        y = PAD
        for category, category_label in chart.categories:
            self.text(
                PAD,
                y + FONT,
                clean_label(category_label),
                fill=INK,
                font_weight="700",
                class_="chart__category",
            )
            y += LINE + 2
            for index, (series, _) in enumerate(chart.series):
                value = chart.values[(category, series)]
                self.text(
                    PAD,
                    y + BAR - 3,
                    series_labels[index],
                    fill=INK,
                    class_="chart__series-label",
                )
                target = chart.targets.get((category, series))
                if value is None:
                    self.hidden_slot(
                        bar_start, y, bar_room, BAR, chart.value_text(category, series)
                    )
                    end = bar_start + bar_room
                else:
                    length = bar_room * value / scale
                    colour, _ = SERIES_STYLES[index]
                    self.rect(
                        bar_start,
                        y,
                        length,
                        BAR,
                        fill=self.fill(index),
                        stroke=colour,
                        stroke_width="1",
                        class_=f"chart__bar chart__bar--{index}",
                    )
                    end = bar_start + length
                    if target is not None:
                        end = max(end, bar_start + bar_room * target / scale)
                    self.text(
                        end + 5,
                        y + BAR - 3,
                        chart.value_text(category, series),
                        fill=INK,
                        class_="chart__value",
                    )
                if target is not None and value is not None:
                    # Not over an empty slot's text: the table beside gives that target.
                    self.target_marker(bar_start + bar_room * target / scale, y, BAR)
                y += BAR + BAR_GAP
            y += GROUP_GAP
        # The start axis the bars grow from.
        self.line(
            bar_start,
            PAD + LINE,
            y - GROUP_GAP - BAR_GAP,
            stroke=MUTED,
            stroke_width="1",
            class_="chart__axis",
        )
        if chart.has_targets:
            y += 4
            self.target_marker(PAD + 4, y, BAR - 6)
            self.text(PAD + 14, y + BAR - 6, pgettext("chart legend", "target"), fill=INK)
            y += BAR + 4
        return self.svg(y + PAD, "chart--bars", self.patterns())

    def progress(self):
        chart = self.chart
        y = PAD
        self.text(PAD, y + FONT, chart.headline(), fill=INK, class_="chart__headline")
        y += LINE + 4
        bar_room = WIDTH - 2 * PAD - 6
        if chart.value is None:
            self.hidden_slot(PAD, y, bar_room, BAR + 4, chart.value_text())
        else:
            scale = max(chart.value, chart.target or 0, 1)
            self.rect(
                PAD + 0.5,
                y + 0.5,
                bar_room * (chart.target or 0) / scale - 1 if chart.target else bar_room - 1,
                BAR + 3,
                fill=PAPER,
                stroke=MUTED,
                stroke_width="1",
                class_="chart__track",
            )
            self.rect(
                PAD,
                y,
                bar_room * chart.value / scale,
                BAR + 4,
                fill=DONE,
                class_="chart__bar chart__bar--progress",
            )
        if chart.target:
            scale = max(chart.value or 0, chart.target)
            self.target_marker(PAD + bar_room * chart.target / scale, y, BAR + 4)
        y += BAR + 4 + 6
        return self.svg(y + PAD, "chart--progress", [])

    def svg(self, height, kind, defs):
        title_id, desc_id = f"{self.uid}-title", f"{self.uid}-desc"
        description = " ".join(
            part for part in (clean_label(self.chart.description), self.chart.summary()) if part
        )
        return format_html(
            '<svg xmlns="http://www.w3.org/2000/svg" id="{uid}" class="chart__svg {kind}" '
            'role="img" aria-labelledby="{title_id} {desc_id}" viewBox="0 0 {width} {height}" '
            'direction="{direction}" font-size="{font}" font-family="inherit">'
            '<title id="{title_id}">{title}</title><desc id="{desc_id}">{description}</desc>'
            "{defs}{body}</svg>",
            uid=self.uid,
            kind=kind,
            title_id=title_id,
            desc_id=desc_id,
            width=WIDTH,
            height=_n(height),
            direction="rtl" if self.rtl else "ltr",
            font=FONT,
            title=clean_label(self.chart.title),
            description=description,
            defs=format_html("<defs>{}</defs>", _join(defs)) if defs else "",
            body=_join(self.parts),
        )


def _join(parts):
    """Markup already escaped by format_html, one after the other (still safe)."""
    return format_html_join("", "{}", ((part,) for part in parts))


def format_html_attributes(attributes):
    """attr="value" pairs, escaped; `class_` is `class`, underscores are dashes."""
    return format_html_join(
        "",
        ' {}="{}"',
        ((name.rstrip("_").replace("_", "-"), value) for name, value in attributes.items()),
    )
