"""Synthetic history for the indicators, 2022 to this year: every person and record here is
invented.

The demo caseload (demo/casework.py) starts in 2023 and is left as it is. This part tops it up,
year by year, to about the partnership's targets (seeds, "Plan d'action"): 30 women a year at
the listening centre, 43 young women and 51 young men a year at the day centre (many of them
followed several years running), a score of persons a year at the migrant office, and the
information meetings' 6 women and 46 men a year. It reads what the indicators already count
(indicators.measures) and adds persons for the years below target only: a year the caseload
already passes is left as it is. It also gives the years before this one, from 2022, their
youth proposals and forums.

Older records arrive as a paper archive would be keyed in: written in bulk (bulk_create), with
their per-case grants, but without an audit entry each (they were not made in the admin), and
with the contact of closed proposals already erased, as retention would have done. A fixed seed
makes every run build the same data; a second run finds it (persons whose reference starts with
"P-H": never a hexadecimal reference; the first forum of 2022) and does nothing.
"""

import random
from datetime import date, datetime, time, timedelta
from decimal import Decimal

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.db import transaction
from django.db.models import Max
from django.utils import timezone

from casework.models import (
    ActivityKind,
    Case,
    CaseSession,
    CaseStatus,
    CaseUserObjectPermission,
    ClosureReason,
    Consent,
    Disability,
    GroupActivity,
    MigrantStatus,
    Person,
    PersonNameToken,
    Referral,
    ReferralStatus,
    RiskLevel,
    Service,
    ServiceKind,
    SessionKind,
)
from casework.models.records import SCOPE_FOR_PARTNER, PartnerKind
from demo.casework import (
    DAYCENTRE_NOTES,
    DOUARS,
    FAMILY,
    LISTENING_NOTES,
    MEN,
    MIGRANT_NOTES,
    NATIONALITIES_MIGRANTS,
    WOMEN,
)
from demo.proposals import IDEAS
from indicators.measures import BY_KEY
from proposals.models import Forum, ForumPresentation, Proposal, ProposalStatus
from proposals.utils import CODE_ALPHABET, CODE_LENGTH

FIRST_YEAR, LAST_YEAR = 2022, 2026
MARK = "P-H"  # no person reference made by the app starts so: its references are hexadecimal
SEASONS = ("du printemps", "d'automne")

# Persons followed a year, by sex, and how likely a follow-up carries on into the next year.
# A year is not a plan: each year's figures sit a little under or over the targets (the
# current year, not over, a little under), as real records would.
YEAR_FACTOR = {2022: 0.86, 2023: 0.95, 2024: 1.02, 2025: 1.07}
CURRENT_YEAR_FACTOR = 0.9
# The information meetings' women and men of each year (the roadmap: 6 and 46 a year); a year
# after 2025 gets the last pair.
MEETINGS = {2022: (4, 39), 2023: (6, 44), 2024: (7, 49), 2025: (5, 47)}


def year_factor(year, last):
    return CURRENT_YEAR_FACTOR if year == last else YEAR_FACTOR.get(year, 1.0)


PLAN = {
    ServiceKind.LISTENING: ({"F": 30}, 0.2),
    ServiceKind.DAYCENTRE: ({"F": 43, "M": 51}, 0.8),
    ServiceKind.MIGRANTS: ({"F": 3, "M": 17}, 0.3),
}
OWNERS = {
    ServiceKind.LISTENING: ("cw-listening", "cw-listening-2"),
    ServiceKind.DAYCENTRE: ("cw-daycentre",),
    ServiceKind.MIGRANTS: ("cw-migrants",),
}
SESSION_KINDS = {
    ServiceKind.LISTENING: [
        SessionKind.LISTENING,
        SessionKind.LISTENING,
        SessionKind.SUPPORT_GROUP,
        SessionKind.LEGAL,
        SessionKind.SHELTER,
        SessionKind.HEALTH_REFERRAL,
    ],
    ServiceKind.DAYCENTRE: [SessionKind.HOME_VISIT, SessionKind.PARENT_SUPPORT],
    ServiceKind.MIGRANTS: [
        SessionKind.ORIENTATION_RIGHTS,
        SessionKind.ORIENTATION_HEALTH,
        SessionKind.ORIENTATION_ADMIN,
    ],
}
NOTES = {
    ServiceKind.LISTENING: LISTENING_NOTES,
    ServiceKind.DAYCENTRE: DAYCENTRE_NOTES,
    ServiceKind.MIGRANTS: MIGRANT_NOTES,
}
PARTNERS = {
    ServiceKind.LISTENING: [
        (PartnerKind.HEALTH_CENTRE, "Centre de santé de Belfaa"),
        (PartnerKind.POLICE, "Gendarmerie royale"),
        (PartnerKind.COURT, "Tribunal de première instance"),
    ],
    ServiceKind.DAYCENTRE: [
        (PartnerKind.HOSPITAL, "Hôpital provincial"),
        (PartnerKind.ASSOCIATION, "Association des parents d'enfants autistes"),
    ],
    ServiceKind.MIGRANTS: [
        (PartnerKind.HOSPITAL, "Hôpital provincial"),
        (PartnerKind.ASSOCIATION, "Association d'aide aux migrants"),
    ],
}


def build_indicators(log):
    """The caseload's history: persons followed, their records, the information meetings."""
    if Person.objects.filter(reference__startswith=MARK).exists():
        log("Indicators history already there.")
        return
    rng = random.Random(2022)  # noqa: S311 (demo data, not secrets)
    today = timezone.localdate()
    last = min(LAST_YEAR, today.year)
    users = {user.username: user for user in get_user_model().objects.all()}
    with transaction.atomic():
        added = {
            kind: _followed(rng, Service.objects.get(kind=kind), users, last, today)
            for kind in PLAN
        }
        meetings = _information_meetings(users, last)
    log(
        "Indicators history: "
        + ", ".join(f"{n} persons at the {kind} service" for kind, n in added.items())
        + f"; {meetings} information meetings."
    )


def build_proposals_history(log):
    """The youth proposals and forums of the years before this one. Built before the demo's own
    proposals (demo/proposals.py), so that the demo's forums stay the newest."""
    if Forum.objects.filter(title=f"Forum des jeunes {SEASONS[0]} {FIRST_YEAR}").exists():
        log("Youth proposals of past years already there.")
        return
    rng = random.Random(2023)  # noqa: S311 (demo data, not secrets)
    last = min(LAST_YEAR, timezone.localdate().year - 1)
    with transaction.atomic():
        proposals = _proposals(rng, last)
    log(f"{proposals} youth proposals of past years, with their forums.")


def _shortfall(kind, targets, last):
    """{sex: {year: persons to add}}: the target less what the indicators count already."""
    measure = BY_KEY[f"{kind}_followed"]
    years = range(FIRST_YEAR, last + 1)
    tables = measure.tables(FIRST_YEAR, last, [(year, year) for year in years])
    return {
        sex: {
            t.first_year: max(0, round(target * year_factor(t.first_year, last)) - t.row_total(sex))
            for t in tables
        }
        for sex, target in targets.items()
    }


def _runs(rng, missing, carry_on, last):
    """Follow-ups (first year, last year) that fill `missing` ({year: persons}) exactly."""
    missing = dict(missing)
    runs = []
    while any(missing.values()):
        start = min(year for year, n in missing.items() if n)
        end = start
        while end < last and missing[end + 1] and rng.random() < carry_on:
            end += 1
        for year in range(start, end + 1):
            missing[year] -= 1
        runs.append((start, end))
    return runs


def _day_in(rng, year, today, earliest=None, latest=None):
    """A day of `year`, not after today, between `earliest` and `latest` when given."""
    start = max(date(year, 1, 1), earliest or date(year, 1, 1))
    end = min(latest or date(year, 12, 31), today)
    return start + timedelta(days=rng.randint(0, max(0, (end - start).days)))


def _new_person(rng, kind, sex, number):
    first = rng.choice(WOMEN if sex == "F" else MEN)
    last = rng.choice(FAMILY)
    phone = f"06 {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)}"
    person = Person(
        reference=f"{MARK}{number:07d}",
        first_name=first,
        last_name=last,
        phone=phone,
        address=rng.choice(DOUARS),
        sex=sex,
        nationality="Maroc",
        name_index=Person.name_hint(f"{first} {last}"),
        phone_index=Person.phone_hint(phone),
    )
    if kind == ServiceKind.DAYCENTRE:
        person.birth_year = rng.randint(2002, 2014)
        person.disability = rng.choice(list(Disability)[1:])
    elif kind == ServiceKind.MIGRANTS:
        person.birth_year = rng.randint(1985, 2006)
        person.nationality = rng.choice(NATIONALITIES_MIGRANTS)
        person.migrant_status = rng.choice(list(MigrantStatus)[1:])
    else:
        person.birth_year = rng.randint(1968, 2004)
    return person


def _next_numbers(service, years):
    """The next free case number of each year, as Case.save() would draw it."""
    numbers = {}
    for year in years:
        prefix = f"{service.reference_prefix}-{year}-"
        last = Case.objects.filter(reference__startswith=prefix).aggregate(Max("reference"))
        last = last["reference__max"]
        numbers[year] = int(last.rsplit("-", 1)[1]) + 1 if last else 1
    return numbers


def _followed(rng, service, users, last, today):
    targets, carry_on = PLAN[service.kind]
    shortfall = _shortfall(service.kind, targets, last)
    plan = [
        (sex, run)
        for sex, missing in shortfall.items()
        for run in _runs(rng, missing, carry_on, last)
    ]
    if not plan:
        return 0
    start_number = Person.objects.filter(reference__startswith=MARK).count()
    persons = Person.objects.bulk_create(
        [
            _new_person(rng, service.kind, sex, start_number + n + 1)
            for n, (sex, _run) in enumerate(plan)
        ]
    )
    PersonNameToken.objects.bulk_create(PersonNameToken.of(persons))
    numbers = _next_numbers(service, range(FIRST_YEAR, last + 1))
    owners = [users[name] for name in OWNERS[service.kind] if name in users] or [None]
    cases = []
    for person, (_sex, (start, end)) in zip(persons, plan, strict=True):
        # Opened early enough in its first year to be closed within it.
        opened = _day_in(rng, start, today, latest=date(start, 11, 30))
        owner = rng.choice(owners)
        case = Case(
            reference=f"{service.reference_prefix}-{start}-{numbers[start]:05d}",
            service=service,
            person=person,
            owner=owner,
            risk_level=rng.choice([RiskLevel.LOW, RiskLevel.MEDIUM, RiskLevel.HIGH]),
            opened_on=opened,
            status=CaseStatus.ACTIVE,
        )
        numbers[start] += 1
        # A follow-up that reaches this year may still go on; the others were closed.
        closed = _day_in(rng, end, today, earliest=opened + timedelta(days=20))
        if opened < closed <= today and (end < today.year or rng.random() < 0.3):
            case.status = CaseStatus.CLOSED
            case.closed_on = closed
            case.closure_reason = rng.choice(list(ClosureReason)[:4])
            case.closure_requested_at = timezone.make_aware(
                datetime.combine(case.closed_on - timedelta(days=1), time(10))
            )
            case.closure_requested_by = owner
        cases.append(case)
    cases = Case.objects.bulk_create(cases)
    _grants(cases)
    _sessions_and_referrals(rng, service.kind, cases, today)
    return len(persons)


def _grants(cases):
    """What permissions.sync_case_grants() gives each case's owner."""
    permissions = list(
        Permission.objects.filter(
            content_type__app_label="casework", codename__in=["view_case", "change_case"]
        )
    )
    CaseUserObjectPermission.objects.bulk_create(
        [
            CaseUserObjectPermission(
                user_id=case.owner_id, permission=permission, content_object=case
            )
            for case in cases
            if case.owner_id
            for permission in permissions
        ]
    )


def _sessions_and_referrals(rng, kind, cases, today):
    sessions, consents, referrals = [], [], []
    for case in cases:
        end = case.closed_on or today
        span = max(0, (end - case.opened_on).days)
        for number in range(rng.randint(1, 4)):
            day = case.opened_on + timedelta(days=min(span, number * rng.randint(10, 90)))
            session = CaseSession(
                case=case,
                date=day,
                kind=rng.choice(SESSION_KINDS[kind]),
                duration_minutes=rng.choice([30, 45, 60, 90]),
                narrative=rng.choice(NOTES[kind]),
                recorded_by_id=case.owner_id,
            )
            if session.kind == SessionKind.SHELTER:
                session.stay_start = day
                session.stay_end = min(day + timedelta(days=rng.randint(5, 40)), today)
                session.children_count = rng.randint(0, 3)
            sessions.append(session)
        if rng.random() < 0.3:
            partner_kind, partner_name = rng.choice(PARTNERS[kind])
            scope = SCOPE_FOR_PARTNER[partner_kind]
            consent = Consent(
                person=case.person,
                case=case,
                purpose=str(scope.label),
                scope=scope,
                given_on=case.opened_on,
                recorded_by_id=case.owner_id,
            )
            consents.append(consent)
            sent = case.opened_on + timedelta(days=min(span, rng.randint(5, 60)))
            status = rng.choice(
                [ReferralStatus.ACCEPTED, ReferralStatus.DONE, ReferralStatus.DONE]
                + [ReferralStatus.REFUSED]
            )
            referrals.append(
                Referral(
                    case=case,
                    partner_kind=partner_kind,
                    partner_name=partner_name,
                    reason="Accompagnement demandé avec l'accord de la personne.",
                    consent=consent,
                    status=status,
                    sent_by_id=case.owner_id,
                    sent_at=timezone.make_aware(datetime.combine(sent, time(11))),
                    answered_at=timezone.make_aware(
                        datetime.combine(min(sent + timedelta(days=7), today), time(15))
                    ),
                )
            )
    CaseSession.objects.bulk_create(sessions)
    Consent.objects.bulk_create(consents)
    Referral.objects.bulk_create(referrals)


def _information_meetings(users, last):
    """Four information meetings for migrants in each year the demo caseload has none, with the
    year's women and men (MEETINGS: about the roadmap's 6 and 46)."""
    migrants = Service.objects.get(kind=ServiceKind.MIGRANTS)
    meetings = GroupActivity.objects.filter(kind=ActivityKind.INFORMATION_MEETING)
    held = set(meetings.values_list("date__year", flat=True))
    rows = [
        GroupActivity(
            service=migrants,
            kind=ActivityKind.INFORMATION_MEETING,
            title="Réunion d'information : droits et services de la commune",
            date=date(year, 2 + quarter * 3, 12),
            place="Bureau d'accueil des migrants",
            women_count=women // 4 + (1 if quarter < women % 4 else 0),
            men_count=men // 4 + (1 if quarter < men % 4 else 0),
            recorded_by=users.get("cw-migrants"),
        )
        for year in range(FIRST_YEAR, last + 1)
        if year not in held
        for women, men in [MEETINGS.get(year, MEETINGS[max(MEETINGS)])]
        for quarter in range(4)
    ]
    GroupActivity.objects.bulk_create(rows)
    return len(rows)


def _code(rng):
    return "".join(rng.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))


def _proposals(rng, last):
    """Two closed forums a year and the dozen proposals each year brought, for the years before
    the demo's own (2022 to last year): some not eligible, the others presented, about half of
    them selected; the selected ones are completed, or in progress for last year's."""
    proposals, forums, outcomes = [], [], []
    for year in range(FIRST_YEAR, last + 1):
        for season, (month, place) in enumerate(
            [(5, "Maison de la création multiculturelle"), (11, "Salle communale de Belfaa")]
        ):
            forum = Forum(
                title=f"Forum des jeunes {SEASONS[season]} {year}",
                date=date(year, month, 14),
                place=place,
                attendance_women=rng.randint(30, 55),
                attendance_men=rng.randint(28, 50),
                minutes=f"Compte rendu du forum des jeunes de {year}.",
                closed_at=timezone.make_aware(datetime(year, month, 14, 19)),
            )
            forums.append(forum)
            for number in range(6):
                title, theme = rng.choice(IDEAS)
                submitted = timezone.make_aware(
                    datetime(year, month - 4 + number // 2, rng.randint(1, 28), 10)
                )
                minors = rng.random() < 0.3
                tracking_code = _code(rng)
                # These groups wrote in French, as their titles and names are (the public forum
                # results mark them so); the draw is kept so the seeded history stays the same.
                rng.choice(["fr", "fr", "ar", "zgh"])
                proposal = Proposal(
                    tracking_code=tracking_code,
                    language="fr",
                    group_name=f"Jeunes du {rng.choice(DOUARS)} ({year})",
                    female_15_17=rng.randint(1, 4) if minors else 0,
                    male_15_17=rng.randint(0, 3) if minors else 0,
                    female_18_24=rng.randint(1, 6),
                    male_18_24=rng.randint(0, 6),
                    female_25_35=rng.randint(0, 2),
                    male_25_35=rng.randint(0, 2),
                    title=title,
                    summary=f"{title} : un projet des jeunes pour la commune.",
                    description=f"{title}. Le groupe décrit les étapes et les partenaires.",
                    theme=theme,
                    target_publics="Les jeunes et les familles de Belfaa",
                    estimated_budget=Decimal(rng.randrange(3000, 60000, 500)),
                    created_at=submitted,
                )
                if number == 5:
                    proposal.status = ProposalStatus.NOT_ELIGIBLE
                    outcome = None
                else:
                    selected = rng.random() < 0.5
                    outcome = (forum, selected, rng.randint(5, 60))
                    if not selected:
                        proposal.status = ProposalStatus.NOT_SELECTED
                    elif year < last:
                        proposal.status = ProposalStatus.COMPLETED
                    else:
                        proposal.status = ProposalStatus.IN_PROGRESS
                proposal.status_changed_at = forum.closed_at
                if proposal.status == ProposalStatus.IN_PROGRESS:
                    proposal.contact_name = "Contact synthétique"
                    proposal.contact_email = f"historique{len(proposals) + 1}@demo.tiwizi.invalid"
                else:
                    # Closed more than a year ago: retention has erased the contact.
                    proposal.contact_erased_at = min(
                        forum.closed_at + timedelta(days=372), timezone.now()
                    )
                proposals.append(proposal)
                outcomes.append(outcome)
    Forum.objects.bulk_create(forums)
    Proposal.objects.bulk_create(proposals)
    ForumPresentation.objects.bulk_create(
        [
            ForumPresentation(forum=forum, proposal=proposal, votes=votes, selected=selected)
            for proposal, outcome in zip(proposals, outcomes, strict=True)
            if outcome
            for forum, selected, votes in [outcome]
        ]
    )
    return len(proposals)
