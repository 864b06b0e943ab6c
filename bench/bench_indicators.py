"""Indicators at scale: the time of compute_all(2022, 2026), what the coordinator's page computes,
and of the page itself, over 100,000 synthetic cases, on SQLite and on PostgreSQL.

Fills a throw-away database (production settings) by bulk_create with 100,000 cases of about
75,000 persons over 2015-2026 in the three services, about three sessions a case (shelter stays
among them), a referral on one case in five, 600 group activities, 3,000 youth proposals and 60
forums; then times compute_all over the whole span and each year (median of --runs), and each
measure alone. Issue 13 asks for under one second: each figure is printed against that ceiling,
and beside the time of one full scan of the sessions table measured in the same run (what this
machine takes to read the biggest table once: a shared machine's load moves both). Prints
figures; asserts nothing.

By default runs itself twice: on SQLite, and under scripts/with-postgres.
Usage: .venv/bin/python bench/bench_indicators.py [--cases N] [--runs N] [--database sqlite|postgres]
"""

import argparse
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, datetime, timedelta
from datetime import time as clock
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.production import setup_django, verified_client  # noqa: E402 (needs the path above)

CEILING_MS = 1000
BATCH = 5000
FIRST, LAST = 2022, 2026


def bulk(model, rows):
    model.objects.bulk_create(rows, batch_size=BATCH)
    return len(rows)


def generate(cases, rng):
    """Synthetic records, written by bulk_create (no audit, no grants: the indicators read
    none of them)."""
    from django.db import transaction
    from django.utils import timezone

    from casework.models import (
        ActivityKind,
        Case,
        CaseSession,
        CaseStatus,
        GroupActivity,
        PartnerKind,
        Person,
        Referral,
        ReferralStatus,
        Service,
        SessionKind,
    )
    from home.models import Theme
    from proposals.models import Forum, ForumPresentation, Proposal, ProposalStatus

    today = timezone.localdate()
    services = list(Service.objects.order_by("pk"))
    kinds = list(SessionKind)
    persons_count = cases * 3 // 4
    with transaction.atomic():
        bulk(
            Person,
            [
                Person(
                    reference=f"B-{i:08X}",
                    sex=rng.choice("FFFMMU"),
                    birth_year=None if rng.random() < 0.03 else rng.randint(1950, 2014),
                )
                for i in range(persons_count)
            ],
        )
        person_ids = list(Person.objects.values_list("pk", flat=True))
        rows = []
        for i in range(cases):
            service = services[i % len(services)]
            opened = date(2015, 1, 1) + timedelta(
                days=rng.randrange((today - date(2015, 1, 1)).days)
            )
            closed = None
            if rng.random() < 0.6:
                closed = min(today, opened + timedelta(days=rng.randint(30, 900)))
            rows.append(
                Case(
                    reference=f"{service.reference_prefix}-B-{i:07d}",
                    service=service,
                    person_id=person_ids[i % persons_count]
                    if i < persons_count
                    else rng.choice(person_ids),
                    status=CaseStatus.CLOSED if closed else CaseStatus.ACTIVE,
                    opened_on=opened,
                    closed_on=closed,
                )
            )
        bulk(Case, rows)
        sessions, referrals = [], []
        for case_id, opened, closed in Case.objects.values_list("pk", "opened_on", "closed_on"):
            end = closed or today
            for _n in range(rng.randint(1, 5)):
                day = opened + timedelta(days=rng.randint(0, max(0, (end - opened).days)))
                kind = rng.choice(kinds)
                shelter = kind == SessionKind.SHELTER
                sessions.append(
                    CaseSession(
                        case_id=case_id,
                        date=day,
                        kind=kind,
                        stay_start=day if shelter else None,
                        stay_end=day + timedelta(days=rng.randint(1, 40)) if shelter else None,
                        children_count=rng.randint(0, 3) if shelter else None,
                    )
                )
            if rng.random() < 0.2:
                referrals.append(
                    Referral(
                        case_id=case_id,
                        partner_kind=rng.choice(list(PartnerKind)),
                        status=rng.choice(list(ReferralStatus)),
                        sent_at=timezone.make_aware(datetime.combine(opened, clock(10))),
                    )
                )
        bulk(CaseSession, sessions)
        bulk(Referral, referrals)
        migrants = next(s for s in services if s.kind == "migrants")
        bulk(
            GroupActivity,
            [
                GroupActivity(
                    service=migrants,
                    kind=rng.choice(list(ActivityKind)),
                    title="Réunion",
                    date=date(
                        rng.randint(2015, today.year), rng.randint(1, 12), rng.randint(1, 28)
                    ),
                    women_count=rng.randint(0, 5),
                    men_count=rng.randint(0, 20),
                )
                for _n in range(600)
            ],
        )
        bulk(
            Proposal,
            [
                Proposal(
                    tracking_code=f"BENCH{i:06d}",
                    group_name=f"Groupe {i}",
                    title=f"Projet {i}",
                    summary="Synthétique",
                    description="Synthétique",
                    theme=rng.choice(list(Theme)),
                    status=rng.choice(list(ProposalStatus)),
                    target_publics="Jeunes",
                    estimated_budget=1000,
                    contact_phone="+212600000000",
                    female_18_24=rng.randint(0, 6),
                    male_18_24=rng.randint(0, 6),
                    created_at=timezone.make_aware(
                        datetime(rng.randint(2020, today.year), rng.randint(1, 12), 5, 12)
                    ),
                )
                for i in range(3000)
            ],
        )
        bulk(
            Forum,
            [
                Forum(
                    title=f"Forum {i}",
                    date=date(rng.randint(2020, today.year), rng.randint(1, 12), 10),
                    attendance_women=rng.randint(10, 60),
                    attendance_men=rng.randint(10, 60),
                    closed_at=timezone.now(),
                )
                for i in range(60)
            ],
        )
        forums = list(Forum.objects.values_list("pk", flat=True))
        chosen = rng.sample(list(Proposal.objects.values_list("pk", flat=True)), 900)
        bulk(
            ForumPresentation,
            [
                ForumPresentation(
                    forum_id=rng.choice(forums), proposal_id=pk, votes=10, selected=n % 2 == 0
                )
                for n, pk in enumerate(chosen)
            ],
        )
    return persons_count, len(sessions), len(referrals)


def timed(function, runs):
    times = []
    for _n in range(runs):
        started = time.perf_counter()
        result = function()
        times.append((time.perf_counter() - started) * 1000)
    return result, times


def count_queries(function):
    from django.db import connection

    queries = []

    def count(execute, sql, params, many, context):
        queries.append(sql)
        return execute(sql, params, many, context)

    with connection.execute_wrapper(count):
        function()
    return len(queries)


def run(cases, runs):
    from django.db import connection

    from casework.models import CaseSession
    from indicators.computation import compute_all
    from indicators.measures import MEASURES

    rng = random.Random(13)  # noqa: S311 (synthetic data, repeatable on purpose)
    started = time.perf_counter()
    persons, sessions, referrals = generate(cases, rng)
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE" if connection.vendor == "sqlite" else "VACUUM ANALYZE")
    print(
        f"{connection.vendor}: {cases:,} cases of {persons:,} persons, {sessions:,} sessions, "
        f"{referrals:,} referrals, 3,000 proposals, generated in "
        f"{time.perf_counter() - started:.0f} s; load average {os.getloadavg()[0]:.1f}",
        flush=True,
    )
    table = connection.ops.quote_name(CaseSession._meta.db_table)

    def scan():
        with connection.cursor() as cursor:
            # The sessions table's own name, quoted: nothing typed.
            cursor.execute(f"SELECT COUNT(*), MAX(date) FROM {table}")  # noqa: S608  # nosec B608
            return cursor.fetchone()

    _rows, scans = timed(scan, runs)
    computed, times = timed(lambda: compute_all(FIRST, LAST), runs)
    tables = sum(len(periods) for periods in computed.values())
    queries = count_queries(lambda: compute_all(FIRST, LAST))
    median = statistics.median(times)
    print(
        f"  compute_all({FIRST}, {LAST}): {tables} tables, {queries} queries; median "
        f"{median:.0f} ms, first {times[0]:.0f} ms, best {min(times):.0f} ms of {runs} "
        f"(ceiling {CEILING_MS} ms: {'under' if median < CEILING_MS else 'OVER'}); one full scan "
        f"of the sessions: {statistics.median(scans):.0f} ms",
        flush=True,
    )
    page(runs)
    for measure in MEASURES:
        _t, each = timed(lambda m=measure: m.tables(FIRST, LAST, [(FIRST, LAST)]), runs)
        print(f"    {measure.key:<24}{statistics.median(each):>8.0f} ms", flush=True)
    for service in ("listening", "migrants", "daycentre"):
        _t, each = timed(lambda s=service: compute_all(FIRST, LAST, service=s), runs)
        print(f"  compute_all(..., service={service!r}): {statistics.median(each):.0f} ms")


def page(runs):
    """The coordinator's page itself, as she opens it: the request, its audit entry, the
    charts and tables of every measure over 2022-2026."""
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group

    from indicators.permissions import COORDINATORS_GROUP

    coordinator = get_user_model().objects.create_user("bench-coordinator")
    coordinator.groups.add(Group.objects.get_or_create(name=COORDINATORS_GROUP)[0])
    client = verified_client(coordinator)

    def get():
        response = client.get("/admin/indicators/", HTTP_HOST="testserver")
        assert response.status_code == 200, response.status_code  # noqa: S101 (a bench's own check)
        return len(response.content)

    size, times = timed(get, runs)
    median = statistics.median(times)
    print(
        f"  the coordinator's page /admin/indicators/ ({size // 1024} KB): median {median:.0f} ms, "
        f"best {min(times):.0f} ms of {runs} (ceiling {CEILING_MS} ms: "
        f"{'under' if median < CEILING_MS else 'OVER'})",
        flush=True,
    )


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--cases", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--database", choices=["sqlite", "postgres"])
    args = parser.parse_args()
    if args.database is None:
        status = 0
        command = [sys.executable, os.path.abspath(__file__), "--cases", str(args.cases)]
        command += ["--runs", str(args.runs), "--database"]
        sqlite_env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
        status |= subprocess.call([*command, "sqlite"], env=sqlite_env)  # noqa: S603 (this script)
        with_postgres = str(ROOT / "scripts" / "with-postgres")
        status |= subprocess.call([with_postgres, *command, "postgres"])  # noqa: S603 (ours)
        return status
    if args.database == "postgres" and not os.environ.get("DATABASE_URL", "").startswith(
        ("postgres://", "postgresql://")
    ):
        sys.exit("--database postgres needs a PostgreSQL DATABASE_URL (scripts/with-postgres).")
    with tempfile.TemporaryDirectory() as tmp:
        setup_django(tmp)
        run(args.cases, args.runs)
    return 0


if __name__ == "__main__":
    sys.exit(main())
