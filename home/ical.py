"""iCalendar (RFC 5545) exports of the public calendar: one event, or an events index's whole
calendar, for visitors to add to their phone's agenda or subscribe to."""

import datetime

from django.conf import settings
from django.http import HttpResponse
from django.utils import timezone
from django.utils.http import content_disposition_header
from icalendar import Calendar, Event

from home.views import cache_briefly

PRODID = "-//Tiwizi//Public calendar of the social service of Belfaa//EN"


def event_uid(event, host):
    """Stable across edits, slug changes and moves; one per language version of the event."""
    return f"event-{event.translation_key}-{event.locale.language_code}@{host}"


def _date_range(event):
    """(first day, last day) of one occurrence, in the commune's time zone."""
    start = timezone.localtime(event.start)
    if not event.end:
        return start.date(), start.date()
    end = timezone.localtime(event.end)
    last = end.date()
    if end.time() == datetime.time.min and end > start:
        # Ends at midnight: the day before was the last one.
        last -= datetime.timedelta(days=1)
    return start.date(), max(start.date(), last)


def build_event(event, request, stamp):
    """The VEVENT of one event page."""
    host = request.get_host().split(":")[0]
    vevent = Event()
    vevent.add("uid", event_uid(event, host))
    vevent.add("dtstamp", stamp)
    if event.last_published_at:
        vevent.add("last-modified", event.last_published_at)
    vevent.add("summary", event.title)
    if event.intro:
        vevent.add("description", event.intro)
    place = event.place_name
    if place:
        vevent.add("location", place)
    vevent.add("url", request.build_absolute_uri(event.get_url(request)))
    vevent.add("categories", [str(event.get_theme_display())])

    if event.all_day:
        # All-day events are DATE values; DTEND is the day after the last one (exclusive).
        first, last = _date_range(event)
        vevent.add("dtstart", first)
        vevent.add("dtend", last + datetime.timedelta(days=1))
    else:
        vevent.add("dtstart", timezone.localtime(event.start))
        if event.end:
            vevent.add("dtend", timezone.localtime(event.end))

    if event.repeats and event.recurrence_until:
        if event.all_day:
            until = event.recurrence_until
        else:
            # With a zoned DTSTART, UNTIL must be in UTC: the end of the last day, as
            # EventPage.occurrences() counts it.
            until = datetime.datetime.combine(
                event.recurrence_until, datetime.time.max, tzinfo=timezone.get_default_timezone()
            ).astimezone(datetime.UTC)
            until = until.replace(microsecond=0)
        vevent.add("rrule", {"freq": event.recurrence.upper(), "until": until})
    return vevent


def build_calendar(page, events, request):
    """A VCALENDAR named after `page` (an events index or one event) holding `events`."""
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", f"{page.title} · {settings.WAGTAIL_SITE_NAME}")
    calendar.add("x-wr-timezone", settings.TIME_ZONE)
    if page.intro:
        calendar.add("x-wr-caldesc", page.intro)

    stamp = timezone.now().replace(microsecond=0)
    starts = []
    for event in events:
        calendar.add_component(build_event(event, request, stamp))
        starts.append(timezone.localtime(event.start).date())
    if starts:
        # A VTIMEZONE for Africa/Casablanca (its offset changes around Ramadan), trimmed to the
        # years the calendar spans so it stays small.
        calendar.add_missing_timezones(
            first_date=min(starts) - datetime.timedelta(days=366),
            last_date=max(starts) + datetime.timedelta(days=3 * 366),
        )
    return calendar


def calendar_response(page, events, request):
    """The .ics file of `events`, named after `page`'s slug."""
    events = list(events)
    for event in events:
        if event.locale_id == page.locale_id:
            # Events listed by their index share its locale: spare a query per event.
            event.locale = page.locale
    calendar = build_calendar(page, events, request)
    response = HttpResponse(calendar.to_ical(), content_type="text/calendar; charset=utf-8")
    response.headers["Content-Disposition"] = content_disposition_header(
        as_attachment=True, filename=f"{page.slug}.ics"
    )
    return cache_briefly(response, page)
