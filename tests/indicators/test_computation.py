"""Every measure reconciles with a count done here, in Python, record by record; and the rules'
edge cases (a person in two years, a case spanning years, a closed case, sex or birth year
unknown, another service's records) give the figures the rules say."""

import datetime
import random
from collections import Counter
from datetime import date

import pytest
from django.utils import timezone

from casework.models import (
    ActivityKind,
    CaseSession,
    ComplaintStage,
    GroupActivity,
    Incident,
    PartnerKind,
    Person,
    Referral,
    ReferralStatus,
    SessionKind,
    ViolenceType,
)
from casework.models.incidents import classify
from indicators.computation import compute_all, periods_of
from indicators.measures import BY_KEY, MEASURES, SESSION_KINDS
from indicators.tables import ALL
from proposals.models import Forum, ForumPresentation, Proposal, ProposalStatus
from tests.factories import (
    CaseFactory,
    CaseSessionFactory,
    GroupActivityFactory,
    PersonFactory,
    ReferralFactory,
    service,
)
from tests.proposals.factories import ForumFactory, ProposalFactory

pytestmark = pytest.mark.django_db

FIRST, LAST = 2022, 2026
SERVICES = ("listening", "migrants", "daycentre")


# --- Counting by hand -----------------------------------------------------------------------------


def band_of(measure, year, birth_year):
    """The age column, read off the measure's columns: "A-B", "A+" or "unknown"."""
    if birth_year is None or birth_year > year:
        return "unknown"
    age = year - birth_year
    for key in measure.column_keys:
        low, _dash, high = key.partition("-")
        if key.endswith("+") and age >= int(key[:-1]):
            return key
        if high and int(low) <= age <= int(high):
            return key
    raise AssertionError(f"no band for {age}")


def years_followed(person, kind, today):
    years = set()
    for case in person.cases.filter(service__kind=kind):
        end = case.closed_on or today
        years.update(range(case.opened_on.year, end.year + 1))
        years.update(session.date.year for session in case.sessions.all())
    return years


def hand_count(measure, low, high, today=None):
    """The measure's counts over `low`..`high`, record by record."""
    today = today or timezone.localdate()
    counts = Counter()
    key = measure.key
    if measure.counts_persons:
        for person in Person.objects.all():
            seen = sorted(
                y for y in years_followed(person, measure.service, today) if low <= y <= high
            )
            if seen:
                counts[(person.sex, band_of(measure, seen[0], person.birth_year))] += 1
        return counts

    def in_period(day):
        return low <= day.year <= high

    if key.endswith("_sessions"):
        kinds = SESSION_KINDS[measure.service]
        for session in CaseSession.objects.filter(case__service__kind=measure.service):
            if in_period(session.date):
                kind = session.kind if session.kind in kinds else "other"
                counts[(session.case.person.sex, kind)] += 1
    elif key.endswith("_referrals"):
        for referral in Referral.objects.filter(case__service__kind=measure.service):
            if in_period(timezone.localtime(referral.sent_at)):
                counts[(referral.partner_kind, referral.status)] += 1
    elif key == "information_meetings":
        for activity in GroupActivity.objects.all():
            if activity.kind == ActivityKind.INFORMATION_MEETING and in_period(activity.date):
                counts[("F", ALL)] += activity.women_count
                counts[("M", ALL)] += activity.men_count
    elif key.startswith("shelter_"):
        for session in CaseSession.objects.filter(
            case__service__kind="listening", kind=SessionKind.SHELTER
        ):
            if not in_period(session.stay_start or session.date):
                continue
            if key == "shelter_children":
                counts[(ALL, ALL)] += session.children_count or 0
            elif session.children_count is None:
                counts[(ALL, "unknown")] += 1
            else:
                counts[
                    (ALL, "with_children" if session.children_count else "without_children")
                ] += 1
    elif key == "gbv_incidents":
        for incident in Incident.objects.filter(case__service__kind="listening"):
            if in_period(incident.occurred_on):
                counts[(incident.violence_type, incident.complaint_stage)] += 1
    elif key == "proposals":
        for proposal in Proposal.objects.all():
            if in_period(timezone.localtime(proposal.created_at)):
                counts[(proposal.theme, proposal.status)] += 1
    elif key == "proposal_members":
        for proposal in Proposal.objects.all():
            if in_period(timezone.localtime(proposal.created_at)):
                women = sum(v for f, v in vars(proposal).items() if f.startswith("female_"))
                men = sum(v for f, v in vars(proposal).items() if f.startswith("male_"))
                counts[("F", proposal.theme)] += women
                counts[("M", proposal.theme)] += men
    elif key == "selected_projects":
        for presentation in ForumPresentation.objects.filter(selected=True):
            proposal = presentation.proposal
            if in_period(presentation.forum.date) and proposal.status in (
                "selected",
                "in_progress",
                "completed",
            ):
                counts[(proposal.theme, proposal.status)] += 1
    elif key == "forum_attendance":
        for forum in Forum.objects.exclude(closed_at=None):
            if in_period(forum.date):
                counts[("F", ALL)] += forum.attendance_women or 0
                counts[("M", ALL)] += forum.attendance_men or 0
    else:
        raise AssertionError(f"no hand count for {key}")
    return counts


def as_counter(table):
    return Counter({cell: n for cell, n in table.counts.items() if n})


# --- Records --------------------------------------------------------------------------------------


def some_day(rng, first=2021, last=2026):
    today = timezone.localdate()
    start = date(first, 1, 1)
    end = min(date(last, 12, 31), today)
    return start + datetime.timedelta(days=rng.randrange((end - start).days + 1))


@pytest.fixture
def records():
    """A varied, repeatable set of records over 2021-2026 in every service: persons of every
    sex (and unknown), with and without a birth year, several cases each (open, closed,
    spanning years), sessions of every kind (shelter stays with and without children),
    referrals in every status, meetings of every kind, proposals and forums."""
    rng = random.Random(13)  # noqa: S311 (repeatable synthetic records)
    today = timezone.localdate()
    for n in range(36):
        person = PersonFactory(
            sex=rng.choice("FFFMU"),
            birth_year=None if n % 7 == 0 else rng.randint(1965, 2014),
        )
        for _case in range(rng.choice([1, 1, 2, 3])):
            opened = some_day(rng, 2020)
            closed = None
            if rng.random() < 0.5:
                closed = min(opened + datetime.timedelta(days=rng.randint(0, 900)), today)
            case = CaseFactory(
                person=person,
                service=service(rng.choice(SERVICES)),
                opened_on=opened,
                closed_on=closed,
                status="closed" if closed else "active",
            )
            for _session in range(rng.randint(0, 4)):
                kind = rng.choice(list(SessionKind))
                start = some_day(rng) if kind == SessionKind.SHELTER else None
                CaseSessionFactory(
                    case=case,
                    date=some_day(rng, 2021),
                    kind=kind,
                    stay_start=start,
                    stay_end=start and start + datetime.timedelta(days=rng.randint(1, 40)),
                    children_count=rng.choice([None, 0, 1, 3]) if start else None,
                )
            if case.service.kind == "listening":
                for _incident in range(rng.choice([0, 1, 1, 2])):
                    acts = rng.sample(list(ViolenceType.values), rng.randint(1, 3))
                    stage = rng.choice(list(ComplaintStage.values))
                    Incident.objects.create(
                        case=case,
                        acts=acts,
                        violence_type=classify(acts),
                        occurred_on=some_day(rng, 2021),
                        place_type="survivor_home",
                        aggressor_relationship=rng.choice(["partner", "family", "stranger"]),
                        complaint_stage=stage,
                    )
            if rng.random() < 0.5:
                referral = ReferralFactory(case=case, partner_kind=rng.choice(list(PartnerKind)))
                Referral.objects.filter(pk=referral.pk).update(
                    status=rng.choice(list(ReferralStatus)),
                    sent_at=timezone.make_aware(
                        datetime.datetime.combine(some_day(rng), datetime.time(rng.randint(0, 23)))
                    ),
                )
    for _n in range(12):
        GroupActivityFactory(
            kind=rng.choice(list(ActivityKind)),
            date=some_day(rng),
            women_count=rng.randint(0, 9),
            men_count=rng.randint(0, 30),
        )
    statuses = list(ProposalStatus)
    for _n in range(20):
        proposal = ProposalFactory(
            theme=rng.choice(["social", "sport", "culture", "health"]),
            status=rng.choice(statuses),
            female_15_17=rng.randint(0, 3),
            male_25_35=rng.randint(0, 2),
        )
        Proposal.objects.filter(pk=proposal.pk).update(
            created_at=timezone.make_aware(
                datetime.datetime.combine(some_day(rng), datetime.time(9))
            )
        )
    for _n in range(5):
        forum = ForumFactory(
            date=some_day(rng),
            attendance_women=rng.randint(0, 40),
            attendance_men=rng.randint(0, 40),
            closed_at=timezone.now() if rng.random() < 0.8 else None,
        )
        # Chosen by the seeded generator, not the database ("?"), so every run is the same.
        for proposal in rng.sample(list(Proposal.objects.order_by("pk")), 3):
            ForumPresentation.objects.create(
                forum=forum, proposal=proposal, votes=3, selected=rng.random() < 0.6
            )


def test_every_measure_over_every_period_matches_a_count_made_record_by_record(records):
    computed = compute_all(FIRST, LAST)
    assert list(computed) == [measure.key for measure in MEASURES]
    nonzero = set()
    for measure in MEASURES:
        tables = computed[measure.key]
        assert [(t.first_year, t.last_year) for t in tables] == periods_of(FIRST, LAST)
        for table in tables:
            expected = hand_count(measure, table.first_year, table.last_year)
            assert as_counter(table) == expected, (measure.key, table.first_year, table.last_year)
            assert table.counts_persons == measure.counts_persons
            if table.total():
                nonzero.add(measure.key)
        # One measure alone gives the same figures as the whole page.
        assert measure.compute(2023, 2024) == measure.tables(2023, 2024, [(2023, 2024)])[0]
        assert as_counter(measure.compute(2023, 2024)) == hand_count(measure, 2023, 2024)
    # The records reach every measure: none of the comparisons above is between two zeros.
    assert nonzero == {measure.key for measure in MEASURES}


def test_a_service_filter_keeps_only_that_services_measures(records):
    computed = compute_all(2024, 2024, service="daycentre")
    assert list(computed) == ["daycentre_followed", "daycentre_sessions", "daycentre_referrals"]
    assert [(t.first_year, t.last_year) for t in computed["daycentre_followed"]] == [(2024, 2024)]
    assert computed["daycentre_followed"][0] == BY_KEY["daycentre_followed"].compute(2024, 2024)
    listening = compute_all(2024, 2025, service=service("listening"))
    assert "shelter_stays" in listening and "proposals" not in listening


# --- The rules ------------------------------------------------------------------------------------


def followed(key, first, last):
    return BY_KEY[key].compute(first, last)


def test_a_woman_followed_in_2023_and_2025_counts_once_in_the_five_years_and_once_in_each_year():
    woman = PersonFactory(sex="F", birth_year=1990)
    listening = service("listening")
    CaseFactory(
        person=woman,
        service=listening,
        opened_on=date(2023, 3, 1),
        closed_on=date(2023, 6, 1),
        status="closed",
    )
    second = CaseFactory(
        person=woman,
        service=listening,
        opened_on=date(2025, 2, 1),
        closed_on=date(2025, 9, 1),
        status="closed",
    )
    CaseSessionFactory(case=second, date=date(2025, 2, 3))
    CaseSessionFactory(case=second, date=date(2025, 4, 3))
    assert followed("listening_followed", 2022, 2026).counts == {
        **{cell: 0 for cell in followed("listening_followed", 2022, 2026).counts},
        ("F", "25-34"): 1,
    }
    assert followed("listening_followed", 2023, 2023).total() == 1
    assert followed("listening_followed", 2024, 2024).total() == 0
    assert followed("listening_followed", 2025, 2025).cell("F", "35-49") == 1
    assert followed("listening_followed", 2025, 2025).total() == 1
    # Her sessions are events: both count.
    assert BY_KEY["listening_sessions"].compute(2022, 2026).cell("F", "listening") == 2


def test_a_case_spanning_years_counts_each_year_and_the_period_by_her_age_when_it_began():
    # Born in 2005: 17 in 2022, 18 from 2023.
    young = PersonFactory(sex="M", birth_year=2005)
    CaseFactory(
        person=young,
        service=service("daycentre"),
        opened_on=date(2021, 10, 1),
        closed_on=date(2024, 1, 10),
        status="closed",
    )
    period = followed("daycentre_followed", 2022, 2026)
    assert period.total() == 1 and period.cell("M", "15-17") == 1
    assert followed("daycentre_followed", 2022, 2022).cell("M", "15-17") == 1
    assert followed("daycentre_followed", 2023, 2023).cell("M", "18-24") == 1
    assert followed("daycentre_followed", 2024, 2024).cell("M", "18-24") == 1
    # Closed in January 2024: not followed afterwards.
    assert followed("daycentre_followed", 2025, 2026).total() == 0
    # The period 2023-2026 classifies him by his age in 2023, its first year.
    assert followed("daycentre_followed", 2023, 2026).cell("M", "18-24") == 1
    # So an age cell of a period may be below the same cell of one of its years (he is in
    # 18-24 in 2023, never in 2022-2026's 18-24): the bound "at least the largest of its
    # years" holds for each sex's total and the grand total, not cell by cell. "At most the
    # sum of its years" holds cell by cell.
    years = [followed("daycentre_followed", y, y) for y in range(2022, 2027)]
    assert period.cell("M", "18-24") < max(t.cell("M", "18-24") for t in years)
    for row in period.rows:
        assert max(t.row_total(row) for t in years) <= period.row_total(row)
        for column in period.columns:
            assert period.cell(row, column) <= sum(t.cell(row, column) for t in years)


def test_a_case_still_open_counts_until_today_and_never_in_a_year_to_come():
    this_year = timezone.localdate().year
    CaseFactory(
        person=PersonFactory(sex="F", birth_year=1980),
        service=service("listening"),
        opened_on=date(this_year - 2, 5, 1),
        status="active",
    )
    assert followed("listening_followed", this_year, this_year).total() == 1
    assert followed("listening_followed", this_year - 2, this_year).total() == 1
    assert followed("listening_followed", this_year + 1, this_year + 1).total() == 0
    assert followed("listening_followed", this_year - 3, this_year - 3).total() == 0


def test_sex_not_recorded_and_birth_year_missing_have_their_own_row_and_column():
    CaseFactory(
        person=PersonFactory(sex="U", birth_year=None),
        service=service("migrants"),
        opened_on=date(2024, 5, 1),
    )
    table = followed("migrants_followed", 2024, 2024)
    assert table.cell("U", "unknown") == 1 and table.total() == 1


def test_other_services_records_are_never_counted():
    person = PersonFactory(sex="F", birth_year=1995)
    case = CaseFactory(person=person, service=service("migrants"), opened_on=date(2024, 5, 1))
    CaseSessionFactory(
        case=case,
        date=date(2024, 6, 1),
        kind=SessionKind.SHELTER,
        stay_start=date(2024, 6, 1),
        children_count=2,
    )
    ReferralFactory(case=case, partner_kind="hospital", to_service=None)
    GroupActivityFactory(kind=ActivityKind.SUPPORT_GROUP, date=date(2024, 6, 1))
    for key in (
        "listening_followed",
        "daycentre_followed",
        "listening_sessions",
        "listening_referrals",
        "shelter_stays",
        "shelter_children",
        "information_meetings",
    ):
        assert followed(key, 2024, 2024).total() == 0, key
    assert followed("migrants_followed", 2024, 2024).total() == 1
    # A kind the office does not usually record is counted, under "other kinds".
    assert followed("migrants_sessions", 2024, 2024).cell("F", "other") == 1


def test_a_person_whose_file_was_anonymised_still_counts():
    person = PersonFactory(sex="F", birth_year=1988)
    CaseFactory(
        person=person,
        service=service("listening"),
        opened_on=date(2022, 1, 5),
        closed_on=date(2022, 3, 1),
        status="closed",
    )
    person.anonymise(timezone.now())
    person.refresh_from_db()
    assert person.first_name == "" and person.anonymised_at
    assert followed("listening_followed", 2022, 2022).cell("F", "25-34") == 1


def test_a_referral_counts_in_the_year_of_the_site_clock_not_of_utc():
    case = CaseFactory(service=service("listening"), opened_on=date(2024, 1, 1))
    late = ReferralFactory(case=case)
    # 00:30 on 1 January 2025 in Casablanca is still 2024 in UTC.
    sent = timezone.make_aware(datetime.datetime(2025, 1, 1, 0, 30))
    assert sent.astimezone(datetime.UTC).year == 2024
    Referral.objects.filter(pk=late.pk).update(sent_at=sent)
    assert followed("listening_referrals", 2024, 2024).total() == 0
    assert followed("listening_referrals", 2025, 2025).cell("internal", "sent") == 1


def test_meetings_and_forums_add_their_headcounts_and_ignore_other_activities():
    GroupActivityFactory(date=date(2023, 2, 1), women_count=2, men_count=11)
    GroupActivityFactory(date=date(2023, 9, 1), women_count=4, men_count=35)
    GroupActivityFactory(date=date(2024, 2, 1), women_count=1, men_count=5)
    GroupActivityFactory(kind="parents_group", date=date(2023, 2, 1), women_count=9)
    table = followed("information_meetings", 2023, 2023)
    assert (table.cell("F", ALL), table.cell("M", ALL)) == (6, 46)
    assert followed("information_meetings", 2022, 2026).total() == 58
    ForumFactory(
        date=date(2025, 4, 1), attendance_women=30, attendance_men=20, closed_at=timezone.now()
    )
    ForumFactory(date=date(2025, 6, 1))  # not held yet: no headcount
    assert followed("forum_attendance", 2025, 2025).cell("F", ALL) == 30


def test_a_period_outside_the_span_asked_for_is_refused_not_counted_as_zero():
    with pytest.raises(ValueError):
        BY_KEY["listening_followed"].tables(2023, 2024, [(2022, 2024)])
    with pytest.raises(ValueError):
        BY_KEY["proposals"].tables(2023, 2024, [(2025, 2025)])
    with pytest.raises(ValueError):
        BY_KEY["proposals"].compute(2025, 2024)
