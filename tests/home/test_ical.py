"""iCal files of one event and of the whole calendar, read back with the `icalendar` library."""

import datetime
import zoneinfo

import pytest
from bs4 import BeautifulSoup
from dateutil.rrule import rrulestr
from icalendar import Calendar
from wagtail.models import Locale, PageViewRestriction

from tests.factories import EventIndexPageFactory, EventPageFactory, PlacePageFactory

CASABLANCA = zoneinfo.ZoneInfo("Africa/Casablanca")


def at(*args):
    return datetime.datetime(*args, tzinfo=CASABLANCA)


@pytest.fixture
def calendar_index(public_site):
    """French events index: a one-off forum at the creation house, a weekly workshop until
    the end of June, a monthly parents' group, a three-day all-day fair and a draft event."""
    index = EventIndexPageFactory(parent=public_site.root_page)
    house = PlacePageFactory(parent=public_site.root_page, slug="maison")
    EventPageFactory(
        parent=index,
        title="Forum ouvert des jeunes",
        slug="forum",
        intro="Les jeunes présentent leurs projets.",
        start=at(2026, 5, 16, 10),
        end=at(2026, 5, 16, 13, 30),
        place=house,
        location="",
        theme="citizenship",
    )
    EventPageFactory(
        parent=index,
        title="Atelier de couture",
        slug="couture",
        start=at(2026, 3, 4, 15),
        end=at(2026, 3, 4, 17),
        recurrence="weekly",
        recurrence_until=datetime.date(2026, 6, 24),
        location="Centre d'accueil de jour",
    )
    EventPageFactory(
        parent=index,
        title="Groupe de parole des parents",
        slug="parents",
        start=at(2026, 1, 10, 9),
        end=at(2026, 1, 10, 11),
        recurrence="monthly",
        recurrence_until=datetime.date(2026, 12, 31),
    )
    EventPageFactory(
        parent=index,
        title="Belfaa accueille l'Afrique",
        slug="foire",
        start=at(2026, 7, 10, 0),
        end=at(2026, 7, 12, 23, 59),
        all_day=True,
    )
    EventPageFactory(parent=index, title="Brouillon", slug="brouillon", live=False)
    return index


def read(response):
    assert response.status_code == 200
    return Calendar.from_ical(response.content)


def events_by_summary(calendar):
    return {str(event["SUMMARY"]): event for event in calendar.walk("VEVENT")}


def test_one_event_downloads_as_an_ics_file_with_its_time_place_and_link(client, calendar_index):
    response = client.get("/fr/agenda/forum/event.ics")

    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    assert response["Content-Disposition"] == 'attachment; filename="forum.ics"'
    calendar = read(response)
    assert str(calendar["VERSION"]) == "2.0"
    assert "Tiwizi" in str(calendar["PRODID"])
    assert str(calendar["X-WR-CALNAME"]) == "Forum ouvert des jeunes · Tiwizi"
    [event] = calendar.walk("VEVENT")
    forum = calendar_index.get_children().get(slug="forum")
    assert str(event["UID"]) == f"event-{forum.translation_key}-fr@testserver"
    assert event["DTSTAMP"].dt.tzinfo is not None
    assert event.start == at(2026, 5, 16, 10)
    assert event.end == at(2026, 5, 16, 13, 30)
    assert event["DTSTART"].params["TZID"] == "Africa/Casablanca"
    assert [tz.tz_name for tz in calendar.timezones] == ["Africa/Casablanca"]
    assert str(event["SUMMARY"]) == "Forum ouvert des jeunes"
    assert str(event["DESCRIPTION"]) == "Les jeunes présentent leurs projets."
    assert str(event["LOCATION"]) == "Maison de la création multiculturelle"
    assert str(event["URL"]) == "http://testserver/fr/agenda/forum/"
    assert "RRULE" not in event


def test_the_calendar_holds_every_live_event_of_the_index(client, calendar_index):
    response = client.get("/fr/agenda/calendar.ics")

    assert response["Content-Disposition"] == 'attachment; filename="agenda.ics"'
    calendar = read(response)
    assert str(calendar["X-WR-CALNAME"]) == "Agenda · Tiwizi"
    events = events_by_summary(calendar)
    assert set(events) == {
        "Forum ouvert des jeunes",
        "Atelier de couture",
        "Groupe de parole des parents",
        "Belfaa accueille l'Afrique",
    }
    assert len({str(event["UID"]) for event in events.values()}) == 4
    assert str(events["Atelier de couture"]["LOCATION"]) == "Centre d'accueil de jour"


def test_a_weekly_event_repeats_on_the_same_days_as_on_the_site_at_the_same_local_time(
    client, calendar_index
):
    events = events_by_summary(read(client.get("/fr/agenda/calendar.ics")))
    workshop = events["Atelier de couture"]

    rule = workshop["RRULE"]
    assert rule["FREQ"] == ["WEEKLY"]
    until = rule["UNTIL"][0]
    assert until.utcoffset() == datetime.timedelta(0)
    assert until.astimezone(CASABLANCA).date() == datetime.date(2026, 6, 24)
    dates = list(rrulestr(rule.to_ical().decode(), dtstart=workshop.start))
    page = calendar_index.get_children().get(slug="couture").specific
    assert [date.date() for date in dates] == [
        date.astimezone(CASABLANCA).date() for date in page.occurrences()
    ]
    assert dates[0] == at(2026, 3, 4, 15)
    assert dates[-1] == at(2026, 6, 24, 15)
    # Morocco leaves summer time around Ramadan: the workshop stays at 15:00 local time.
    assert {date.astimezone(CASABLANCA).hour for date in dates} == {15}


def test_a_monthly_event_carries_a_monthly_rule(client, calendar_index):
    events = events_by_summary(read(client.get("/fr/agenda/calendar.ics")))
    rule = events["Groupe de parole des parents"]["RRULE"]

    assert rule["FREQ"] == ["MONTHLY"]
    assert rule["UNTIL"][0].astimezone(CASABLANCA).date() == datetime.date(2026, 12, 31)


def test_an_all_day_event_spans_whole_days_with_an_exclusive_end(client, calendar_index):
    events = events_by_summary(read(client.get("/fr/agenda/calendar.ics")))
    fair = events["Belfaa accueille l'Afrique"]

    assert fair["DTSTART"].params.get("VALUE") == "DATE"
    assert fair.start == datetime.date(2026, 7, 10)
    assert fair.end == datetime.date(2026, 7, 13)


def test_a_single_all_day_event_ends_the_next_day(client, calendar_index):
    EventPageFactory(
        parent=calendar_index,
        title="Journée portes ouvertes",
        slug="portes-ouvertes",
        start=at(2026, 9, 5, 9),
        end=None,
        all_day=True,
    )

    [event] = read(client.get("/fr/agenda/portes-ouvertes/event.ics")).walk("VEVENT")

    assert event.start == datetime.date(2026, 9, 5)
    assert event.end == datetime.date(2026, 9, 6)


def test_calendars_may_be_cached_briefly(client, calendar_index):
    for url in ("/fr/agenda/calendar.ics", "/fr/agenda/forum/event.ics"):
        cache_control = client.get(url)["Cache-Control"]
        assert "public" in cache_control
        assert "max-age=900" in cache_control


def test_the_arabic_calendar_has_its_own_uids_and_the_arabic_place_name(client, calendar_index):
    arabic = Locale.objects.get(language_code="ar")
    forum = calendar_index.get_children().get(slug="forum").specific
    house = forum.place
    house_ar = house.copy_for_translation(arabic)
    house_ar.title = "دار الإبداع متعدد الثقافات"
    house_ar.save_revision().publish()
    index_ar = calendar_index.copy_for_translation(arabic)
    index_ar.save_revision().publish()
    forum_ar = forum.copy_for_translation(arabic)
    forum_ar.title = "المنتدى المفتوح للشباب"
    forum_ar.save_revision().publish()

    calendar = read(client.get(f"{index_ar.url}calendar.ics"))

    [event] = calendar.walk("VEVENT")
    assert str(event["SUMMARY"]) == "المنتدى المفتوح للشباب"
    assert str(event["LOCATION"]) == "دار الإبداع متعدد الثقافات"
    assert str(event["UID"]) == f"event-{forum.translation_key}-ar@testserver"
    assert str(event["URL"]).startswith("http://testserver/ar/")


def test_a_draft_event_or_a_wrong_path_has_no_calendar_file(client, calendar_index):
    # Beside a live event, whose file is there...
    [event] = read(client.get("/fr/agenda/forum/event.ics")).walk("VEVENT")
    assert str(event["SUMMARY"]) == "Forum ouvert des jeunes"
    # ...a draft event and wrong paths have none.
    assert client.get("/fr/agenda/brouillon/event.ics").status_code == 404
    assert client.get("/fr/agenda/forum/calendar.ics").status_code == 404
    assert client.get("/fr/agenda/nowhere/event.ics").status_code == 404
    assert client.get("/fr/event.ics").status_code == 404


def test_a_password_protected_event_asks_for_the_password_before_its_file(client, calendar_index):
    forum = calendar_index.get_children().get(slug="forum")
    PageViewRestriction.objects.create(
        page=forum, restriction_type=PageViewRestriction.PASSWORD, password="secret"
    )

    response = client.get("/fr/agenda/forum/event.ics")

    assert response.status_code == 200
    assert not response["Content-Type"].startswith("text/calendar")
    soup = BeautifulSoup(response.content.decode(), "html.parser")
    assert soup.select_one("form[method=post] input[type=password][name=password]")
    # The whole calendar leaves it out and keeps the other events.
    events = events_by_summary(read(client.get("/fr/agenda/calendar.ics")))
    assert "Forum ouvert des jeunes" not in events
    assert set(events) == {
        "Atelier de couture",
        "Groupe de parole des parents",
        "Belfaa accueille l'Afrique",
    }
