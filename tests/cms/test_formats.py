"""Dates and times in the Arabic admin read day before month, on the 24-hour clock: Django's
Arabic formats have none for dates with times, and fell back to the American ones."""

import datetime

from django.utils import translation
from django.utils.formats import date_format, time_format

MOMENT = datetime.datetime(2026, 12, 4, 20, 16)


def test_an_arabic_date_and_time_reads_day_month_year_on_the_24_hour_clock():
    with translation.override("ar"):
        assert date_format(MOMENT, "SHORT_DATETIME_FORMAT") == "04\u200f/12\u200f/2026 20:16"
        assert date_format(MOMENT, "DATETIME_FORMAT") == "4 ديسمبر، 2026، 20:16"
        assert time_format(MOMENT.time()) == "20:16"


def test_french_formats_are_djangos_own():
    with translation.override("fr"):
        assert date_format(MOMENT, "SHORT_DATETIME_FORMAT") == "04/12/2026 20:16"
