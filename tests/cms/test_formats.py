"""Dates and times in the Arabic admin read day before month, on the 24-hour clock: Django's
Arabic formats have none for dates with times, and fell back to the American ones. Django has no
Tamazight formats at all: cms/formats/zgh gives them, in Moroccan usage, with Tifinagh names."""

import datetime
import re
from decimal import Decimal

import pytest
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.formats import (
    date_format,
    get_format,
    number_format,
    sanitize_separators,
    time_format,
)

from tests.language_check import language_findings, runs_from_html

MOMENT = datetime.datetime(2026, 12, 4, 20, 16)


def test_an_arabic_date_and_time_reads_day_month_year_on_the_24_hour_clock():
    with translation.override("ar"):
        assert date_format(MOMENT, "SHORT_DATETIME_FORMAT") == "04\u200f/12\u200f/2026 20:16"
        assert date_format(MOMENT, "DATETIME_FORMAT") == "4 ديسمبر، 2026، 20:16"
        assert time_format(MOMENT.time()) == "20:16"


def test_french_formats_are_djangos_own():
    with translation.override("fr"):
        assert date_format(MOMENT, "SHORT_DATETIME_FORMAT") == "04/12/2026 20:16"


TIFINAGH_OR_DIGITS = re.compile(r"^[\u2d30-\u2d7f0-9 ,:/\u00a0]+$")


def test_a_tamazight_date_reads_day_month_year_on_the_24_hour_clock():
    # Django has no Tamazight formats: this was "12/04/2026 8:16 p.m." and "8:30 matin".
    with translation.override("zgh"):
        assert date_format(MOMENT, "SHORT_DATE_FORMAT") == "04/12/2026"
        assert date_format(MOMENT, "SHORT_DATETIME_FORMAT") == "04/12/2026 20:16"
        assert time_format(MOMENT.time()) == "20:16"
        assert time_format(datetime.time(8, 30)) == "08:30"
        assert get_format("FIRST_DAY_OF_WEEK") == 1


def test_tamazight_numbers_have_a_decimal_comma_and_a_space_between_thousands():
    with translation.override("zgh"):
        assert number_format(Decimal("12500.5"), 1, force_grouping=True) == "12\xa0500,5"
        # What a group types in the localized budget field.
        assert sanitize_separators("1500,5") == "1500.5"


def test_a_tamazight_date_names_its_month_in_tifinagh():
    with translation.override("zgh"):
        assert date_format(datetime.date(2019, 7, 14)) == "14 ⵢⵓⵍⵢⵓⵣ 2019"
        assert date_format(MOMENT, "DATETIME_FORMAT") == "4 ⴷⵓⵊⴰⵏⴱⵉⵔ 2026, 20:16"
        assert date_format(MOMENT, "YEAR_MONTH_FORMAT") == "ⴷⵓⵊⴰⵏⴱⵉⵔ 2026"


@pytest.mark.parametrize("month", range(1, 13))
def test_every_tamazight_month_and_day_name_is_tifinagh_in_every_form_django_writes(month):
    # F: full, E: alternative full, N: abbreviated (AP style), b and M: three letters;
    # l and D: the weekday; A and a: morning or evening.
    day = datetime.datetime(2026, month, 1 + month, 8 + month)
    with translation.override("zgh"):
        for format_ in ("F", "E", "N", "b", "M", "l", "D", "A", "a"):
            written = date_format(day, format_)
            assert TIFINAGH_OR_DIGITS.match(written), (format_, written)


def test_an_event_time_in_tamazight_is_all_tifinagh_and_digits():
    start = timezone.make_aware(datetime.datetime(2019, 7, 14, 8, 30))
    with translation.override("zgh"):
        html = render_to_string("components/event_when.html", {"start": start})
    language, runs = runs_from_html(f'<html lang="zgh"><body>{html}</body></html>')
    assert "ⴰⵙⴰⵎⴰⵙ" in html and "14 ⵢⵓⵍⵢⵓⵣ 2019" in html and "08:30" in html
    assert language_findings(runs, language) == []
