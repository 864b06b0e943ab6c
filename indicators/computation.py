"""The queries behind every figure: counts grouped in the database, never a loop over records.

Each counter answers, for a span of whole years, the counts of several periods inside it at once
(the whole span and each of its years), from one query: `compute_all()` is what the
coordinator's page asks for, and it makes one query per measure, except that the persons
followed by the three services come from one query, and their sessions from another.

- `FollowedPersons` flags, in the database, each year a person was followed by a service (from
  her cases' dates, and from the sessions dated outside them), then counts persons by sex,
  birth year and the pattern of years followed. The rows that reach Python are these groups
  (at most sexes x birth years x patterns, a few hundred in practice), not persons; a person's
  cell in each period is worked out from them (`indicators.measures` states the rule).
- `Events` counts or sums records by row and column, one conditional aggregate per year.

Two covering indexes serve these reads (casework migration 0010): a service's cases by person
and dates, and sessions by case, date and kind.
"""

from collections import Counter
from contextvars import ContextVar
from datetime import date, datetime, time

from django.db import connection
from django.db.models import (
    Case,
    Count,
    F,
    IntegerField,
    Q,
    Sum,
    Value,
    When,
)
from django.db.models.functions import Coalesce
from django.utils import timezone

from casework.models import Person
from indicators.tables import ALL

UNKNOWN = "unknown"
OTHER = "other"

# What the queries of one compute_all() call share (None outside one).
_SHARED = ContextVar("indicators_shared", default=None)


def year_span(first_year, last_year):
    return range(first_year, last_year + 1)


def periods_of(first_year, last_year):
    """The periods the dashboard shows for a span: the whole span, then each year when it has
    more than one."""
    whole = [(first_year, last_year)]
    if first_year == last_year:
        return whole
    return whole + [(year, year) for year in year_span(first_year, last_year)]


def age_band(bands, year, birth_year):
    """The key of the band (a tuple of (lowest age, key), youngest first) of someone born in
    `birth_year` during `year`; UNKNOWN without a birth year or for an impossible age."""
    if birth_year is None or year < birth_year:
        return UNKNOWN
    age = year - birth_year
    key = UNKNOWN
    for lowest, band in bands:
        if age >= lowest:
            key = band
    return key


def place(value, keys):
    """`value` as one of a table's `keys`: itself, else OTHER where the table has it."""
    if value in keys:
        return value
    if OTHER in keys:
        return OTHER
    raise ValueError(f"{value!r} has no place among {keys!r}")


def _aware(day, end=False):
    return timezone.make_aware(datetime.combine(day, time.max if end else time.min))


def in_years(field, first_year, last_year, *, moment=False):
    """A filter on a date (or, with `moment`, a date and time read in the site's time zone)
    falling in the years `first_year`..`last_year`; written as a range so an index can serve it."""
    start, end = date(first_year, 1, 1), date(last_year, 12, 31)
    if moment:
        start, end = _aware(start), _aware(end, end=True)
    return Q(**{f"{field}__gte": start, f"{field}__lte": end})


class FollowedPersons:
    """Distinct persons followed by a service, by sex and age band (see the rule in
    `indicators.measures`)."""

    def __init__(self, service, bands):
        self.service = service
        self.bands = bands

    @staticmethod
    def _flags(years, today, opened, closed, day=None):
        """{"y<year>": 1 when followed in that year, else 0}: from a case's dates, or from a
        session's `day`."""
        flags = {}
        for year in years:
            start, end = date(year, 1, 1), date(year, 12, 31)
            if day is not None:
                followed = Q(**{f"{day}__gte": start, f"{day}__lte": end})
            else:
                still_open = Q(**{f"{closed}__isnull": True}) if start <= today else Q(pk__in=[])
                followed = Q(**{f"{opened}__lte": end}) & (
                    Q(**{f"{closed}__gte": start}) | still_open
                )
            flags[f"y{year}"] = Case(
                When(followed, then=Value(1)), default=Value(0), output_field=IntegerField()
            )
        return flags

    def histogram(self, first_year, last_year):
        """{(sex, birth year, (followed in first_year, ..., followed in last_year)): persons}.

        Within compute_all(), one query answers for every service it shows."""
        shared = _SHARED.get()
        if shared is None:
            return followed_histograms([self.service], first_year, last_year)[self.service]
        key = ("followed", first_year, last_year)
        if key not in shared:
            shared[key] = followed_histograms(shared["services"], first_year, last_year)
        return shared[key][self.service]

    def count(self, measure, first_year, last_year, periods):
        histogram = self.histogram(first_year, last_year)
        years = list(year_span(first_year, last_year))
        results = {}
        for low, high in periods:
            counts = Counter()
            for (sex, born, followed), persons in histogram.items():
                seen = [year for year, yes in zip(years, followed, strict=True) if yes]
                seen = [year for year in seen if low <= year <= high]
                if seen:
                    row = place(sex, measure.row_keys)
                    counts[(row, age_band(self.bands, seen[0], born))] += persons
            results[(low, high)] = counts
        return results


def followed_histograms(services, first_year, last_year, today=None):
    """{service kind: {(sex, birth year, (followed in first_year, ..., last_year)): persons}}
    for each of `services`, from one query."""
    from casework.models import Case as CaseRecord
    from casework.models import CaseSession, Service

    today = today or timezone.localdate()
    years = year_span(first_year, last_year)
    kinds = dict(Service.objects.filter(kind__in=services).values_list("pk", "kind"))
    # Each case says in which years it was open; a session adds its year only when it lies
    # outside its case's dates (rare: the rest is known from the case alone, so sessions are
    # read through an index, not grouped).
    cases = (
        CaseRecord.objects.filter(service__in=kinds)
        .order_by()
        .values(sid=F("service_id"), pid=F("person_id"))
        .annotate(**FollowedPersons._flags(years, today, "opened_on", "closed_on"))
    )
    sessions = (
        CaseSession.objects.filter(case__service__in=kinds)
        .filter(
            Q(date__lt=F("case__opened_on"))
            | Q(date__gt=Coalesce(F("case__closed_on"), Value(today)))
        )
        .order_by()
        .values(sid=F("case__service_id"), pid=F("case__person_id"))
        .annotate(**FollowedPersons._flags(years, today, None, None, day="date"))
    )
    inner, params = cases.union(sessions, all=True).query.sql_with_params()
    # Django cannot group a grouped query again: the two groupings (by service and person, then
    # by service, sex, birth year and years followed) are written here around Django's query.
    quote = connection.ops.quote_name
    flags = [quote(f"y{year}") for year in years]
    person = quote(Person._meta.db_table)
    per_person = ", ".join(f"MAX(u.{flag}) AS {flag}" for flag in flags)
    grouped = ", ".join(["t.sid", "p.sex", "p.birth_year", *(f"t.{flag}" for flag in flags)])
    # Only quoted names of ours and the SQL Django wrote go in; the values are parameters.
    sql = (
        f"SELECT {grouped}, COUNT(*) FROM "  # noqa: S608  # nosec B608
        f"(SELECT u.sid AS sid, u.pid AS pid, {per_person} FROM ({inner}) u "
        f"GROUP BY u.sid, u.pid) t JOIN {person} p ON p.id = t.pid GROUP BY {grouped}"
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        rows = cursor.fetchall()
    histograms = {kind: {} for kind in services}
    for sid, sex, born, *followed, persons in rows:
        histograms[kinds[sid]][(sex, born, tuple(bool(f) for f in followed))] = persons
    return histograms


class Events:
    """Records (or amounts on them) by row, column and year.

    `records` returns the base queryset; `field` is the date (or, with `moment`, the date and
    time) that says in which year a record counts; `row` and `column` are expressions (None:
    the table's single ALL). Either `amounts` maps each row key to what is added up (women and
    men on a headcount), or every record counts one. The years are columns of one grouped query
    (conditional aggregates), not a grouping by an extracted year, which SQLite would compute
    in Python row by row."""

    def __init__(
        self,
        records,
        *,
        field,
        moment=False,
        row=None,
        column=None,
        amounts=None,
        service=None,
        service_of=None,
    ):
        self.records = records
        self.service = service
        self.service_of = service_of
        self.field = field
        self.moment = moment
        self.row = row
        self.column = column
        self.amounts = amounts

    def yearly(self, measure, first_year, last_year):
        """{year: Counter({(row, column): count})}."""
        groups = {}
        if self.row is not None:
            groups["row_value"] = self.row
        if self.column is not None:
            groups["column_value"] = self.column
        amounts = self.amounts or {"one": None}
        aggregates = {}
        for year in year_span(first_year, last_year):
            within = in_years(self.field, year, year, moment=self.moment)
            for key, amount in amounts.items():
                counted = (
                    Count("pk", filter=within) if amount is None else Sum(amount, filter=within)
                )
                aggregates[f"n_{key}_{year}"] = counted
        shared = _SHARED.get()
        if self.service_of is not None and shared is not None:
            # Within compute_all(), one query answers for every service it shows.
            key = (id(self.records), first_year, last_year)
            if key not in shared:
                records = self.records(*shared["services"])
                groups["service_value"] = self.service_of
                shared[key] = list(
                    self._grouped(records, groups, aggregates, first_year, last_year)
                )
            found = [group for group in shared[key] if group["service_value"] == self.service]
        else:
            records = self.records(self.service) if self.service_of is not None else self.records()
            found = self._grouped(records, groups, aggregates, first_year, last_year)
        yearly = {year: Counter() for year in year_span(first_year, last_year)}
        for group in found:
            column = place(group.get("column_value", ALL), measure.column_keys)
            for key in amounts:
                row = key if self.amounts else place(group.get("row_value", ALL), measure.row_keys)
                for year in yearly:
                    yearly[year][(row, column)] += group[f"n_{key}_{year}"] or 0
        return yearly

    def _grouped(self, records, groups, aggregates, first_year, last_year):
        records = records.filter(in_years(self.field, first_year, last_year, moment=self.moment))
        if groups:
            return records.order_by().values(**groups).annotate(**aggregates)
        return [records.aggregate(**aggregates)]

    def count(self, measure, first_year, last_year, periods):
        yearly = self.yearly(measure, first_year, last_year)
        results = {}
        for low, high in periods:
            counts = Counter()
            for year in year_span(low, high):
                counts.update(yearly[year])
            results[(low, high)] = counts
        return results


# --- What each measure counts -----------------------------------------------------------------


def _sessions(*services):
    from casework.models import CaseSession

    return CaseSession.objects.filter(case__service__kind__in=services)


def sessions_of(service):
    return Events(
        _sessions,
        field="date",
        row=F("case__person__sex"),
        column=F("kind"),
        service=service,
        service_of=F("case__service__kind"),
    )


def referrals_of(service):
    def records():
        from casework.models import Referral

        return Referral.objects.filter(case__service__kind=service)

    return Events(
        records,
        field="sent_at",
        moment=True,
        row=F("partner_kind"),
        column=F("status"),
    )


def incidents():
    """Incidents of violence recorded at the listening centre, in the year each occurred, by
    their GBVIMS type and where the complaint stands today. Their details (encrypted) are never
    read."""

    def records():
        from casework.models import Incident, ServiceKind

        return Incident.objects.filter(case__service__kind=ServiceKind.LISTENING)

    return Events(
        records,
        field="occurred_on",
        row=F("violence_type"),
        column=F("complaint_stage"),
    )


def shelter_stays(*, children):
    """Shelter stays at the listening centre, in the year each began; with `children`, the
    children who stayed with their mother, summed over the stays."""

    def records():
        from casework.models import CaseSession, ServiceKind, SessionKind

        return CaseSession.objects.filter(
            case__service__kind=ServiceKind.LISTENING, kind=SessionKind.SHELTER
        ).alias(began=Coalesce("stay_start", "date"))

    if children:
        return Events(
            records,
            field="began",
            amounts={ALL: Coalesce("children_count", 0)},
        )
    return Events(
        records,
        field="began",
        column=Case(
            When(children_count__gt=0, then=Value("with_children")),
            When(children_count=0, then=Value("without_children")),
            default=Value(UNKNOWN),
        ),
    )


def information_meetings():
    def records():
        from casework.models import ActivityKind, GroupActivity

        return GroupActivity.objects.filter(kind=ActivityKind.INFORMATION_MEETING)

    return Events(
        records,
        field="date",
        amounts={"F": F("women_count"), "M": F("men_count")},
    )


def _proposals():
    from proposals.models import Proposal

    return Proposal.objects.all()


def proposals_by_theme_and_status():
    return Events(
        _proposals,
        field="created_at",
        moment=True,
        row=F("theme"),
        column=F("status"),
    )


def proposal_members():
    from proposals.models import Proposal

    def members(sex):
        fields = [f.name for f in Proposal._meta.fields if f.name.startswith(f"{sex}_")]
        total = F(fields[0])
        for name in fields[1:]:
            total += F(name)
        return total

    return Events(
        _proposals,
        field="created_at",
        moment=True,
        column=F("theme"),
        amounts={"F": members("female"), "M": members("male")},
    )


def selected_projects():
    def records():
        from proposals.models import ForumPresentation, ProposalQuerySet

        return ForumPresentation.objects.filter(
            selected=True, proposal__status__in=ProposalQuerySet.SELECTED
        )

    return Events(
        records,
        field="forum__date",
        row=F("proposal__theme"),
        column=F("proposal__status"),
    )


def forum_attendance():
    def records():
        from proposals.models import Forum

        return Forum.objects.closed()

    return Events(
        records,
        field="date",
        amounts={
            "F": Coalesce("attendance_women", 0),
            "M": Coalesce("attendance_men", 0),
        },
    )


def compute_all(first_year, last_year, service=None):
    """What the coordinator's page shows for the years `first_year`..`last_year`: for each
    measure (only the measures of `service`, a ServiceKind, when given; proposals and forums
    belong to none), its table over the whole span, then over each of its years.

    Returns {measure key: (whole span, first year, ..., last year)}, in the registry's order."""
    from indicators.measures import MEASURES

    service = getattr(service, "kind", service)
    periods = periods_of(first_year, last_year)
    measures = [m for m in MEASURES if service is None or m.service == service]
    shared = {"services": sorted({m.service for m in measures if m.service})}
    token = _SHARED.set(shared)
    try:
        return {m.key: m.tables(first_year, last_year, periods) for m in measures}
    finally:
        _SHARED.reset(token)
