"""The agenda and its events (home/models/events.py). Their calendar files: test_ical.py."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from tests import factories
from tests.home.helpers import at, fr, get, texts, translate

pytestmark = pytest.mark.django_db


def test_event_page_shows_its_date_time_and_place(client, home, agenda):
    place = factories.PlacePageFactory(parent=home, title="Maison de la création")
    start = timezone.make_aware(datetime.datetime(2031, 3, 14, 10, 0))
    event = factories.EventPageFactory(
        parent=agenda,
        start=start,
        end=start + datetime.timedelta(hours=2),
        place=place,
        location="Salle 2",
    )

    _response, soup = get(client, event.url)

    times = soup.select("main .event-when time")
    assert times[0]["datetime"] == timezone.localtime(start).isoformat()
    assert " ".join(times[0].get_text().split()) == fr(
        "%(day)s %(date)s, %(time)s",
        "weekday, date and time",
        day="vendredi",
        date="14 mars 2031",
        time="10:00",
    )
    assert times[1].get_text(strip=True) == "12:00"
    where = soup.select_one("main .event-place")
    assert where.select_one("a")["href"] == place.url
    assert "Salle 2" in where.get_text()
    assert soup.select_one(f"main a[href='{event.url}event.ics']")


def test_event_dates_are_written_in_the_visitors_language(client, home, agenda):
    start = timezone.make_aware(datetime.datetime(2031, 3, 14, 10, 0))
    event = factories.EventPageFactory(parent=agenda, start=start, end=None)
    translate(agenda, "ar", "المواعيد")
    arabic = translate(event, "ar", "منتدى الشباب")

    _response, soup = get(client, arabic.url)

    when = soup.select_one("main .event-when time").get_text()
    assert "مارس" in when and "mars" not in when


def test_all_day_event_over_several_days_shows_both_dates_without_hours(client, agenda):
    start = timezone.make_aware(datetime.datetime(2031, 5, 1, 0, 0))
    event = factories.EventPageFactory(
        parent=agenda, all_day=True, start=start, end=start + datetime.timedelta(days=2)
    )

    _response, soup = get(client, event.url)

    when = soup.select_one("main .event-when")
    assert [t["datetime"] for t in when.select("time")] == ["2031-05-01", "2031-05-03"]
    assert f"({fr('all day', 'event')})" in when.get_text()
    assert ":" not in " ".join(t.get_text() for t in when.select("time"))


def test_weekly_event_shows_its_next_session_and_until_when_it_repeats(client, agenda):
    event = factories.EventPageFactory(
        parent=agenda,
        start=at(days=-13),
        end=at(days=-13, hour=12),
        recurrence="weekly",
        recurrence_until=datetime.date(2031, 6, 30),
    )

    _response, soup = get(client, event.url)

    # Sessions 13 and 6 days ago; the next one tomorrow, whatever the hour the test runs at.
    next_session = soup.select_one("main .event-when time")["datetime"]
    assert next_session.startswith(at(days=1).date().isoformat())
    repeats = soup.select_one("main .event-when__repeats")
    assert fr("Repeats every week until %(until)s", until="30 juin 2031") == " ".join(
        repeats.get_text().split()
    )
    assert repeats.select_one("time")["datetime"] == "2031-06-30"


def test_past_event_says_it_has_taken_place(client, agenda):
    event = factories.EventPageFactory(parent=agenda, start=at(days=-10), end=at(days=-10, hour=12))

    _response, soup = get(client, event.url)

    assert fr("This event has already taken place.") in soup.select_one("main").get_text()


def test_events_index_lists_upcoming_events_and_past_ones_on_demand(client, agenda):
    factories.EventPageFactory(parent=agenda, title="Forum à venir", start=at(days=5))
    factories.EventPageFactory(
        parent=agenda, title="Réunion passée", start=at(days=-5), end=at(days=-5, hour=12)
    )

    _response, soup = get(client, agenda.url)
    assert texts(soup, "main .event-card h3") == ["Forum à venir"]
    assert texts(soup, "ul.toggle [aria-current]") == [fr("Upcoming events")]
    for event_card in soup.select("main .event-card"):
        assert event_card.select_one("a[href$='/event.ics']")

    _response, soup = get(client, agenda.url + "?when=past")
    assert texts(soup, "main .event-card h3") == ["Réunion passée"]
    assert texts(soup, "ul.toggle [aria-current]") == [fr("Past events")]
    assert soup.select_one("form.filters input[name=when]")["value"] == "past"


def test_events_index_filters_by_month_and_by_theme(client, agenda):
    march = timezone.make_aware(datetime.datetime(2031, 3, 14, 10, 0))
    may = timezone.make_aware(datetime.datetime(2031, 5, 9, 10, 0))
    factories.EventPageFactory(parent=agenda, title="Concert", start=march, theme="culture")
    factories.EventPageFactory(parent=agenda, title="Tournoi", start=may, theme="sport")
    factories.EventPageFactory(parent=agenda, title="Atelier", start=may, theme="culture")

    _response, soup = get(client, agenda.url + "?month=2031-03")
    assert texts(soup, "main .event-card h3") == ["Concert"]
    month = soup.select_one("select[name=month]")
    assert month.select_one("option[selected]")["value"] == "2031-03"
    assert "mars 2031" in texts(month, "option")

    _response, soup = get(client, agenda.url + "?theme=culture")
    assert texts(soup, "main .event-card h3") == ["Concert", "Atelier"]

    _response, soup = get(client, agenda.url + "?theme=culture&month=2031-05")
    assert texts(soup, "main .event-card h3") == ["Atelier"]


def test_events_filter_form_works_without_script_and_labels_its_fields(client, agenda):
    _response, soup = get(client, agenda.url)

    form = soup.select_one("form.filters")
    assert form["method"] == "get"
    assert form.select_one("button[type=submit]")
    for select in form.select("select"):
        assert soup.select_one(f"label[for={select['id']}]")
    assert soup.select_one(f"main a[href='{agenda.url}calendar.ics']")


def test_events_index_paginates_and_keeps_the_filters(client, agenda):
    for n in range(14):
        factories.EventPageFactory(parent=agenda, start=at(days=n + 1), theme="sport")

    _response, soup = get(client, agenda.url + "?theme=sport")

    assert len(soup.select("main .event-card")) == 12
    assert soup.select_one("a[rel=next]")["href"] == "?theme=sport&page=2"


def test_events_index_costs_the_same_queries_for_two_or_eight_events(client, home, agenda):
    place = factories.PlacePageFactory(parent=home)

    def queries_for(count):
        for _n in range(count - agenda.get_children().count()):
            factories.EventPageFactory(parent=agenda, place=place)
        client.get(agenda.url)  # fills the caches a first visit fills
        with CaptureQueriesContext(connection) as queries:
            _response, soup = get(client, agenda.url)
        # Every event is listed with its place: the queries counted are those that show them.
        places = soup.select("main .event-card .event-place a")
        assert [a["href"] for a in places] == [place.url] * count
        return len(queries)

    assert queries_for(2) == queries_for(8)
