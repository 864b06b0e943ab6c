"""The queries behind every figure: counts grouped in the database, never a loop over records.

Each counter answers, for a span of whole years, the counts of several periods inside it at once
(the whole span and each of its years), from one query: `compute_all()` is what the
coordinator's page asks for, and it makes one query per measure.

- `FollowedPersons` groups a service's cases (with their sessions) by person in the database,
  flags each year the person was followed, then counts persons by sex, birth year and the
  pattern of years followed. The rows that reach Python are these groups (a few hundred), not
  persons; a person's cell in each period is worked out from them (`indicators.measures`
  states the rule).
- `Events` counts or sums records by row, column and year.
"""

from collections import Counter
from datetime import date, datetime, time

from django.db import connection
from django.db.models import (
    Case,
    Count,
    F,
    IntegerField,
    Max,
    Q,
    Sum,
    Value,
    When,
)
from django.db.models.functions import Coalesce, ExtractYear
from django.utils import timezone

from indicators.tables import ALL

UNKNOWN = "unknown"
OTHER = "other"


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

    def _followed_in(self, year, today):
        """Is a case row (with one of its sessions, or none) evidence that its person was
        followed in `year`: the case open during the year, or the session dated in it."""
        start, end = date(year, 1, 1), date(year, 12, 31)
        still_open = Q(closed_on__isnull=True) if start <= today else Q(pk__in=[])
        return (Q(opened_on__lte=end) & (Q(closed_on__gte=start) | still_open)) | Q(
            sessions__date__gte=start, sessions__date__lte=end
        )

    def histogram(self, first_year, last_year, today=None):
        """{(sex, birth year, (followed in first_year, ..., followed in last_year)): persons}."""
        from casework.models import Case as CaseRecord

        today = today or timezone.localdate()
        years = year_span(first_year, last_year)
        flags = {
            f"y{year}": Max(
                Case(
                    When(self._followed_in(year, today), then=Value(1)),
                    default=Value(0),
                    output_field=IntegerField(),
                )
            )
            for year in years
        }
        per_person = (
            CaseRecord.objects.filter(service__kind=self.service)
            .order_by()
            .values(pid=F("person_id"), sex=F("person__sex"), born=F("person__birth_year"))
            .annotate(**flags)
        )
        # Django cannot group the result of a grouped query again: the outer grouping is
        # written here around the query Django wrote.
        inner, params = per_person.query.sql_with_params()
        quote = connection.ops.quote_name
        columns = ", ".join(f"t.{quote(name)}" for name in ["sex", "born", *flags])
        sql = f"SELECT {columns}, COUNT(*) FROM ({inner}) t GROUP BY {columns}"  # noqa: S608 (our own names)
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
            rows = cursor.fetchall()
        return {(sex, born, tuple(bool(f) for f in fl)): n for sex, born, *fl, n in rows}

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


class Events:
    """Records (or amounts on them) by row, column and year.

    `records` returns the base queryset; `year` is the expression of the year a record counts
    in, and `within(first, last)` the filter of the span; `row` and `column` are expressions
    (None: the table's single ALL). Either `amounts` maps each row key to an aggregate (women
    and men on a headcount), or every record counts one."""

    def __init__(self, records, *, year, within, row=None, column=None, amounts=None):
        self.records = records
        self.year = year
        self.within = within
        self.row = row
        self.column = column
        self.amounts = amounts

    def yearly(self, measure, first_year, last_year):
        """{year: Counter({(row, column): count})}."""
        groups = {"year": self.year}
        if self.row is not None:
            groups["row_value"] = self.row
        if self.column is not None:
            groups["column_value"] = self.column
        aggregates = self.amounts or {"amount": Count("pk")}
        rows = (
            self.records()
            .filter(self.within(first_year, last_year))
            .order_by()
            .values(**groups)
            .annotate(**{f"sum_{key}": value for key, value in aggregates.items()})
        )
        yearly = {year: Counter() for year in year_span(first_year, last_year)}
        for group in rows:
            if group["year"] not in yearly:
                continue
            column = place(group.get("column_value", ALL), measure.column_keys)
            for key in aggregates:
                row = key if self.amounts else place(group.get("row_value", ALL), measure.row_keys)
                yearly[group["year"]][(row, column)] += group[f"sum_{key}"] or 0
        return yearly

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


def sessions_of(service):
    def records():
        from casework.models import CaseSession

        return CaseSession.objects.filter(case__service__kind=service)

    return Events(
        records,
        year=ExtractYear("date"),
        within=lambda first, last: in_years("date", first, last),
        row=F("case__person__sex"),
        column=F("kind"),
    )


def referrals_of(service):
    def records():
        from casework.models import Referral

        return Referral.objects.filter(case__service__kind=service)

    return Events(
        records,
        year=ExtractYear("sent_at"),
        within=lambda first, last: in_years("sent_at", first, last, moment=True),
        row=F("partner_kind"),
        column=F("status"),
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
            year=ExtractYear("began"),
            within=lambda first, last: in_years("began", first, last),
            amounts={ALL: Sum(Coalesce("children_count", 0))},
        )
    return Events(
        records,
        year=ExtractYear("began"),
        within=lambda first, last: in_years("began", first, last),
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
        year=ExtractYear("date"),
        within=lambda first, last: in_years("date", first, last),
        amounts={"F": Sum("women_count"), "M": Sum("men_count")},
    )


def _proposals():
    from proposals.models import Proposal

    return Proposal.objects.all()


def proposals_by_theme_and_status():
    return Events(
        _proposals,
        year=ExtractYear("created_at"),
        within=lambda first, last: in_years("created_at", first, last, moment=True),
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
        return Sum(total)

    return Events(
        _proposals,
        year=ExtractYear("created_at"),
        within=lambda first, last: in_years("created_at", first, last, moment=True),
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
        year=ExtractYear("forum__date"),
        within=lambda first, last: in_years("forum__date", first, last),
        row=F("proposal__theme"),
        column=F("proposal__status"),
    )


def forum_attendance():
    def records():
        from proposals.models import Forum

        return Forum.objects.closed()

    return Events(
        records,
        year=ExtractYear("date"),
        within=lambda first, last: in_years("date", first, last),
        amounts={
            "F": Sum(Coalesce("attendance_women", 0)),
            "M": Sum(Coalesce("attendance_men", 0)),
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
    return {
        measure.key: measure.tables(first_year, last_year, periods)
        for measure in MEASURES
        if service is None or measure.service == service
    }
