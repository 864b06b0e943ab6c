"""The public calendar: an events index per language and its events, with iCal exports."""

import datetime

from dateutil.rrule import MONTHLY, WEEKLY, rrule
from django.core.exceptions import ValidationError
from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import PageManager
from wagtail.search import index

from home.blocks import BodyBlock
from home.models.base import BasePage, Theme
from home.models.news import PublicPageQuerySet

EVENTS_PER_PAGE = 12


class Recurrence(models.TextChoices):
    NONE = "none", _("Does not repeat")
    WEEKLY = "weekly", _("Every week")
    MONTHLY = "monthly", _("Every month")


class EventQuerySet(PublicPageQuerySet):
    def upcoming(self, now=None):
        """Events not over yet, a repeating event while its series runs."""
        now = now or timezone.now()
        return self.filter(
            Q(end__gte=now)
            | Q(end__isnull=True, start__gte=now)
            | (~Q(recurrence=Recurrence.NONE) & Q(recurrence_until__gte=now.date()))
        )

    def past(self, now=None):
        now = now or timezone.now()
        return self.exclude(pk__in=self.upcoming(now).values("pk"))

    def in_month(self, year, month):
        """Events with at least one day in that month (a series counts while it runs)."""
        first = datetime.date(year, month, 1)
        last = (first + datetime.timedelta(days=32)).replace(day=1) - datetime.timedelta(days=1)
        single = Q(start__date__lte=last) & (
            Q(end__date__gte=first) | Q(end__isnull=True, start__date__gte=first)
        )
        series = (
            ~Q(recurrence=Recurrence.NONE)
            & Q(start__date__lte=last)
            & Q(recurrence_until__gte=first)
        )
        return self.filter(single | series)

    def for_listing(self):
        return super().for_listing().select_related("place").order_by("start", "pk")


class EventIndexPage(RoutablePageMixin, BasePage):
    """The calendar of one language: upcoming events first, past events on demand, filters by
    month and theme, and the whole calendar as an iCal file."""

    subpage_types = ["home.EventPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("events index")
        verbose_name_plural = _("events indexes")

    def events(self):
        return EventPage.objects.child_of(self).live().public().for_listing()

    @path("")
    def index_route(self, request):
        events = self.events()
        past = request.GET.get("when") == "past"
        events = events.past() if past else events.upcoming()
        theme = request.GET.get("theme", "")
        if theme in Theme.values:
            events = events.filter(theme=theme)
        else:
            theme = ""
        month = request.GET.get("month", "")
        try:
            year, month_number = (int(part) for part in month.split("-"))
            events = events.in_month(year, month_number)
        except ValueError:
            month = ""
        events = list(events)
        if past:
            events.sort(key=lambda event: event.start, reverse=True)
        else:
            events.sort(key=lambda event: event.next_start() or event.start)
        paginator = Paginator(events, EVENTS_PER_PAGE)
        try:
            events_page = paginator.page(request.GET.get("page", 1))
        except PageNotAnInteger:
            events_page = paginator.page(1)
        except EmptyPage:
            events_page = paginator.page(paginator.num_pages)
        return self.render(
            request,
            context_overrides={
                "events": events_page,
                "past": past,
                "theme": theme,
                "month": month,
                "themes": Theme.choices,
                "months": self.months(),
            },
        )

    def months(self):
        """(value, date) of each month that has an event, for the month filter."""
        dates = self.events().dates("start", "month")
        return [(f"{d.year:04d}-{d.month:02d}", d) for d in dates]

    @path("calendar.ics", name="ical")
    def ical_route(self, request):
        from home.ical import calendar_response

        return calendar_response(self, self.events(), request)


class EventPage(RoutablePageMixin, BasePage):
    """One event: when, where, what; a regular activity repeats weekly or monthly."""

    start = models.DateTimeField(_("starts"))
    end = models.DateTimeField(_("ends"), null=True, blank=True)
    all_day = models.BooleanField(_("all day"), default=False)
    place = models.ForeignKey(
        "home.PlacePage",
        verbose_name=_("place"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("A place of the site, or leave empty and write the location below."),
    )
    location = models.CharField(_("location"), max_length=200, blank=True)
    theme = models.CharField(_("theme"), max_length=20, choices=Theme.choices, default=Theme.SOCIAL)
    recurrence = models.CharField(
        _("repeats"), max_length=10, choices=Recurrence.choices, default=Recurrence.NONE
    )
    recurrence_until = models.DateField(_("repeats until"), null=True, blank=True)
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("body"))

    content_panels = BasePage.content_panels + [
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("start"), FieldPanel("end"), FieldPanel("all_day")]),
                FieldRowPanel([FieldPanel("recurrence"), FieldPanel("recurrence_until")]),
            ],
            heading=_("When"),
        ),
        MultiFieldPanel([FieldPanel("place"), FieldPanel("location")], heading=_("Where")),
        FieldPanel("theme"),
        FieldPanel("body"),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("location"),
        index.SearchField("body"),
        index.FilterField("start"),
        index.FilterField("theme"),
    ]

    parent_page_types = ["home.EventIndexPage"]
    subpage_types = []

    objects = PageManager.from_queryset(EventQuerySet)()

    class Meta:
        verbose_name = _("event")
        verbose_name_plural = _("events")

    def clean(self):
        super().clean()
        errors = {}
        if self.end and self.start and self.end < self.start:
            errors["end"] = _("The event cannot end before it starts.")
        if self.recurrence != Recurrence.NONE and not self.recurrence_until:
            errors["recurrence_until"] = _("Say until when the event repeats.")
        if self.recurrence == Recurrence.NONE:
            self.recurrence_until = None
        if errors:
            raise ValidationError(errors)

    @property
    def repeats(self):
        return self.recurrence != Recurrence.NONE

    @property
    def duration(self):
        return (self.end - self.start) if self.end else None

    def occurrences(self):
        """Start times of every occurrence (one for a single event)."""
        if not self.repeats or not self.recurrence_until:
            return [self.start]
        # Repeat in local wall-clock time: a 15:00 meeting stays at 15:00 across clock changes.
        start = timezone.localtime(self.start).replace(tzinfo=None)
        until = datetime.datetime.combine(self.recurrence_until, datetime.time.max)
        frequency = WEEKLY if self.recurrence == Recurrence.WEEKLY else MONTHLY
        return [
            timezone.make_aware(occurrence)
            for occurrence in rrule(frequency, dtstart=start, until=until)
        ]

    def next_start(self, now=None):
        """The next occurrence's start, or None once the event (or its series) is over."""
        now = now or timezone.now()
        duration = self.duration or datetime.timedelta(0)
        for start in self.occurrences():
            if start + duration >= now:
                return start
        return None

    @property
    def place_name(self):
        place = self.place.localized if self.place_id else None
        return place.title if place else self.location

    @path("")
    def event_route(self, request):
        return self.render(request)

    @path("event.ics", name="ical")
    def ical_route(self, request):
        from home.ical import calendar_response

        return calendar_response(self, [self], request)
