"""Charts of indicators drawn on the server: accessible SVG and the table of the same figures."""

import re
import xml.etree.ElementTree as ET

import pytest
from bs4 import BeautifulSoup
from django.conf import settings
from django.template import Context, Template
from django.test import RequestFactory
from django.utils import translation

from indicators.charts import SERIES_STYLES, WIDTH, BarChart, ProgressChart

pytestmark = pytest.mark.database_independent

SVG = "{http://www.w3.org/2000/svg}"
HOSTILE = '<script>alert("x")</script> l\'\u202eevil\u2066'


def day_centre(**overrides):
    """Young people with disabilities at the day centre, by year and sex, against the targets;
    the men of 2023 were fewer than 5."""
    fields = {
        "title": "Young people with disabilities at the day centre",
        "description": "Distinct persons followed each year.",
        "category_heading": "Year",
        "categories": [(2023, "2023"), (2024, "2024"), (2025, "2025")],
        "series": [("women", "Women"), ("men", "Men")],
        "values": {
            (2023, "women"): 20,
            (2023, "men"): None,
            (2024, "women"): 40,
            (2024, "men"): 1234,
            (2025, "women"): 0,
            (2025, "men"): 10,
        },
        "value_labels": {(2023, "men"): "fewer than 5"},
        "targets": {(y, "women"): 43 for y in (2023, 2024, 2025)}
        | {(y, "men"): 51 for y in (2023, 2024, 2025)},
    }
    fields.update(overrides)
    return BarChart(**fields)


def parse(svg):
    """The SVG as XML: it must parse."""
    return ET.fromstring(str(svg))  # noqa: S314 - our own output


def by_class(root, name):
    return [e for e in root.iter() if name in (e.get("class") or "").split()]


def bar_widths(root):
    return [float(rect.get("width")) for rect in by_class(root, "chart__bar")]


def render(template, **context):
    return Template("{% load indicator_charts %}" + template).render(Context(context))


@pytest.fixture(autouse=True)
def english():
    with translation.override("en"):
        yield


def test_the_svg_parses_as_xml_and_is_named_by_its_title_and_description():
    root = parse(day_centre().svg("day-centre"))

    assert root.tag == f"{SVG}svg"
    assert root.get("role") == "img"
    title, desc = root.find(f"{SVG}title"), root.find(f"{SVG}desc")
    assert root.get("aria-labelledby") == f"{title.get('id')} {desc.get('id')}"
    assert title.text == "Young people with disabilities at the day centre"
    assert desc.text.startswith("Distinct persons followed each year. ")
    # The description says every figure, the hidden one by its text, and the targets.
    plain = re.sub("[\u2068\u2069]", "", desc.text)
    assert "2023: Women 20 (target 43), Men fewer than 5 (target 51)." in plain
    assert "2024: Women 40 (target 43), Men 1,234 (target 51)." in plain


def test_the_svg_has_no_script_no_style_and_loads_nothing():
    svg = str(day_centre().svg("c") + ProgressChart(title="t", value=3, target=4).svg("p"))

    assert "<script" not in svg
    assert "style" not in svg
    assert "href" not in svg
    assert re.findall(r"https?://[^\"]*", svg) == ["http://www.w3.org/2000/svg"] * 2


def test_hostile_labels_are_escaped_and_lose_their_bidi_controls():
    chart = day_centre(
        title=HOSTILE,
        description=HOSTILE,
        categories=[(2023, HOSTILE), (2024, "2024"), (2025, "2025")],
        series=[("women", HOSTILE), ("men", '"Men" & boys')],
        value_labels={(2023, "men"): HOSTILE},
        category_heading=HOSTILE,
    )
    svg = str(chart.svg("c"))
    html = render("{% chart chart %}", chart=chart)

    for markup in (svg, html):
        assert "<script" not in markup
        assert "\u202e" not in markup and "\u2066" not in markup
    root = parse(svg)
    assert root.find(f"{SVG}title").text == '<script>alert("x")</script> l\'evil'
    texts = [t.text for t in root.iter(f"{SVG}text")]
    assert '"Men" & boys' in texts
    soup = BeautifulSoup(html, "html.parser")
    assert soup.find("script") is None
    assert soup.caption.text == '<script>alert("x")</script> l\'evil'


def test_a_chart_id_cannot_break_out_of_its_attribute():
    with pytest.raises(ValueError):
        day_centre().svg('x" onload="alert(1)')


def test_bar_lengths_are_proportional_to_the_values():
    root = parse(day_centre().svg("c"))

    # Shown values in order: 20, 40, 1234, 0, 10 (the hidden one draws no bar).
    widths = bar_widths(root)
    assert len(widths) == 5
    assert widths[3] == 0
    for width, value in zip(widths, [20, 40, 1234, 0, 10], strict=True):
        assert width == pytest.approx(widths[2] * value / 1234, abs=0.1)


def test_the_scale_makes_room_for_a_target_above_every_value():
    chart = day_centre(values={key: 10 for key in day_centre().values}, value_labels={}, targets={})
    with_targets = day_centre(values={key: 10 for key in day_centre().values}, value_labels={})

    full = bar_widths(parse(chart.svg("a")))[0]
    assert bar_widths(parse(with_targets.svg("b")))[0] == pytest.approx(full * 10 / 51, abs=0.1)


def test_a_hidden_value_draws_no_length_but_an_empty_slot_with_its_text():
    root = parse(day_centre().svg("c"))

    slots = by_class(root, "chart__hidden")
    assert len(slots) == 1
    assert slots[0].get("fill") == "none"
    assert slots[0].get("stroke-dasharray")
    assert [t.text for t in by_class(root, "chart__hidden-label")] == ["fewer than 5"]
    # The slot spans the whole room a bar may take, the same whatever it hides.
    full_bar = max(bar_widths(root))
    assert float(slots[0].get("width")) == pytest.approx(full_bar - 1, abs=0.2)


def test_a_target_is_marked_beside_shown_bars_not_over_an_empty_slot():
    # Six figures with a target, one hidden: five markers and the legend's; the hidden one's
    # target is in the table beside, and its slot's text stays readable.
    root = parse(day_centre().svg("c"))
    assert len(by_class(root, "chart__target")) == 5 + 1


def test_whatever_a_hidden_value_is_the_drawing_is_the_same():
    # The chart never receives the hidden count; two hidden cells draw identical slots.
    chart = day_centre(
        values=day_centre().values | {(2025, "women"): None},
        value_labels={(2023, "men"): "fewer than 5", (2025, "women"): "not published"},
    )
    slots = by_class(parse(chart.svg("c")), "chart__hidden")

    assert len(slots) == 2
    assert slots[0].get("width") == slots[1].get("width")
    assert slots[0].get("x") == slots[1].get("x")


def test_a_hidden_value_needs_its_text():
    with pytest.raises(ValueError):
        day_centre(value_labels={})
    with pytest.raises(ValueError):
        ProgressChart(title="t", value=None, target=150)


def test_every_cell_needs_a_value():
    values = dict(day_centre().values)
    del values[(2025, "men")]
    with pytest.raises(ValueError):
        day_centre(values=values)


def test_series_differ_by_a_pattern_and_a_direct_label_not_only_by_colour():
    root = parse(day_centre().svg("c"))

    fills = {rect.get("fill") for rect in by_class(root, "chart__bar--1")}
    assert fills == {"url(#c-series-1)"}
    assert root.find(f".//{SVG}pattern[@id='c-series-1']") is not None
    labels = [t.text for t in by_class(root, "chart__series-label")]
    assert labels == ["Women", "Men"] * 3


def contrast(colour, background):
    def luminance(hex_colour):
        channels = [int(hex_colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
        linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]

    lighter, darker = sorted((luminance(colour), luminance(background)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


@pytest.mark.parametrize("background", ["#ffffff", "#fffdf8"])
def test_series_colours_contrast_at_least_3_to_1_with_the_background(background):
    for colour, _ in SERIES_STYLES:
        assert contrast(colour, background) >= 3


def test_in_arabic_bars_grow_from_the_right_and_labels_mirror():
    chart = day_centre(values=day_centre().values | {(2024, "men"): 234})
    ltr = parse(chart.svg("c"))
    with translation.override("ar"):
        rtl = parse(chart.svg("c"))

    assert ltr.get("direction") == "ltr" and rtl.get("direction") == "rtl"
    ltr_bars, rtl_bars = by_class(ltr, "chart__bar"), by_class(rtl, "chart__bar")
    assert len({b.get("x") for b in ltr_bars}) == 1
    for left, right in zip(ltr_bars, rtl_bars, strict=True):
        assert left.get("width") == right.get("width")
        mirrored = WIDTH - float(left.get("x")) - float(left.get("width"))
        assert float(right.get("x")) == pytest.approx(mirrored, abs=0.15)
    # Every bar ends on the same right-hand axis.
    ends = {round(float(b.get("x")) + float(b.get("width")), 0) for b in rtl_bars}
    assert len(ends) == 1
    for left, right in zip(ltr.iter(f"{SVG}text"), rtl.iter(f"{SVG}text"), strict=True):
        assert float(right.get("x")) == pytest.approx(WIDTH - float(left.get("x")), abs=0.1)


def test_numbers_are_formatted_in_the_active_language():
    with translation.override("fr"):
        svg, table = str(day_centre().svg("c")), day_centre().table()
    assert ">1\xa0234<" in svg
    assert table.rows[1][1][2].text == "1\xa0234"


def table_of(html):
    """[[cells of the row]] of the chart's table body, header first."""
    soup = BeautifulSoup(html, "html.parser")
    return [[c.get_text() for c in tr.find_all(["th", "td"])] for tr in soup.tbody.find_all("tr")]


@pytest.mark.parametrize("language", ["en", "fr"])
def test_the_table_holds_the_same_figures_as_the_chart(language):
    with translation.override(language):
        html = render("{% chart chart %}", chart=day_centre())
    thousand = "1,234" if language == "en" else "1\xa0234"
    target_words = {"en": "target", "fr": "objectif"}

    assert table_of(html) == [
        ["2023", "20", "43", "fewer than 5", "51"],
        ["2024", "40", "43", thousand, "51"],
        ["2025", "0", "43", "10", "51"],
    ]
    soup = BeautifulSoup(html, "html.parser")
    svg_values = [t.get_text() for t in soup.select("svg .chart__value")]
    assert svg_values == ["20", "40", thousand, "0", "10"]
    assert [t.get_text() for t in soup.select("svg .chart__hidden-label")] == ["fewer than 5"]
    assert soup.select_one("td.chart__hidden-figure").get_text() == "fewer than 5"
    assert target_words[language] in soup.svg.get_text()


def test_the_table_has_a_caption_and_scoped_headers():
    soup = BeautifulSoup(render("{% chart chart %}", chart=day_centre()), "html.parser")

    assert soup.figure.figcaption.get_text(" ", strip=True).startswith(
        "Young people with disabilities at the day centre"
    )
    assert soup.caption.get_text() == "Young people with disabilities at the day centre"
    head = soup.thead.find_all("th")
    assert [(th.get_text(), th["scope"]) for th in head] == [
        ("Year", "col"),
        ("Women", "colgroup"),
        ("Men", "colgroup"),
        ("Figure", "col"),
        ("Target", "col"),
        ("Figure", "col"),
        ("Target", "col"),
    ]
    assert all(th["scope"] == "row" for th in soup.tbody.find_all("th"))


def test_without_targets_the_table_has_one_column_per_series():
    chart = day_centre(targets={})
    soup = BeautifulSoup(render("{% chart chart %}", chart=chart), "html.parser")

    assert [th.get_text() for th in soup.thead.find_all("th")] == ["Year", "Women", "Men"]
    assert table_of(str(soup))[0] == ["2023", "20", "fewer than 5"]
    assert not by_class(parse(chart.svg("c")), "chart__target")


@pytest.mark.parametrize("with_request", [True, False])
def test_two_charts_on_a_page_have_distinct_ids(with_request):
    request = RequestFactory().get("/") if with_request else None
    html = Template(
        "{% load indicator_charts %}{% chart a %}{% include 'indicators/components/chart.html' "
        "with uid='other' %}{% chart b %}"
    ).render(
        Context({"a": day_centre(), "b": ProgressChart("p", value=3, target=4), "request": request})
    )
    soup = BeautifulSoup(html, "html.parser")

    ids = [tag["id"] for tag in soup.find_all(id=True)]
    assert len(ids) == len(set(ids))
    for svg in soup.find_all("svg"):
        for ref in svg["aria-labelledby"].split():
            assert svg.find(id=ref) is not None


def test_the_progress_bar_says_its_percentage_in_text():
    chart = ProgressChart(title="Women followed", value=108, target=150)
    root = parse(chart.svg("p"))

    headline = by_class(root, "chart__headline")[0].text
    assert headline == "108 of 150 (72%)"
    (bar,) = by_class(root, "chart__bar")
    (track,) = by_class(root, "chart__track")
    assert float(bar.get("width")) == pytest.approx((float(track.get("width")) + 1) * 0.72, abs=0.1)
    assert "72%" in root.find(f"{SVG}desc").text
    soup = BeautifulSoup(render("{% chart chart %}", chart=chart), "html.parser")
    assert table_of(str(soup)) == [
        ["Figure", "108"],
        ["Target", "150"],
        ["Share of the target", "72%"],
    ]


def test_a_progress_past_its_target_grows_past_the_marker():
    root = parse(ProgressChart(title="t", value=180, target=150).svg("p"))

    (bar,), (marker,) = by_class(root, "chart__bar"), by_class(root, "chart__target")
    assert float(marker.get("x1")) == pytest.approx(
        4 + float(bar.get("width")) * 150 / 180, abs=0.1
    )
    assert by_class(root, "chart__headline")[0].text == "180 of 150 (120%)"


def test_a_hidden_progress_draws_no_bar_and_no_percentage():
    chart = ProgressChart(title="t", value=None, target=150, value_label="not published")
    root = parse(chart.svg("p"))

    assert not by_class(root, "chart__bar")
    assert [t.text for t in by_class(root, "chart__hidden-label")] == ["not published"]
    assert "%" not in "".join(root.itertext())


def test_text_stays_readable_on_a_320_px_screen():
    # The chart takes the whole column of a 320 px screen (288 px inside the page's margins).
    for svg in (day_centre().svg("c"), ProgressChart(title="t", value=3, target=4).svg("p")):
        root = parse(svg)
        width = float(root.get("viewBox").split()[2])
        assert float(root.get("font-size")) * 288 / width >= 12


def test_a_wide_table_scrolls_in_a_region_a_keyboard_can_reach():
    soup = BeautifulSoup(render("{% chart chart %}", chart=day_centre()), "html.parser")

    region = soup.select_one(".chart__table")
    assert region["tabindex"] == "0" and region["role"] == "region"
    assert soup.find(id=region["aria-labelledby"]).name == "caption"


def test_the_stylesheet_uses_logical_properties_for_both_directions():
    css = (settings.BASE_DIR / "static" / "css" / "charts.css").read_text()

    assert not re.search(r"\b(left|right)\b", re.sub(r"/\*.*?\*/", "", css, flags=re.S))
