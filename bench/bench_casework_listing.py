"""Case listing at scale: server time and SQL queries of /admin/casework/cases/ on PostgreSQL.

Fills the database given by DATABASE_URL with 100,000 cases over the three services (encrypted
persons with their blind indexes, 200 caseworkers, a supervisor per service, follow-ups, guardian
grants exactly as permissions.sync_case_grants() makes them), then times the listing, a page in
the middle, filters and searches as a supervisor (~33,000 cases visible) and as a caseworker
(~500), then the supervisor's listing at page sizes 10, 50 and 200: median and p95 ms, this
process's CPU ms, SQL ms, SQL queries; with --explain, the plans of the slowest queries. Issue 3
asks for < 100 ms and a query count that does not grow with the page size; issue 15 for a name
search < 150 ms, timed with a common first name (2.5 % of persons) and a rare one (0.02 %).
Prints figures (and the load average: on a shared machine the times follow it); asserts nothing.

Without a PostgreSQL DATABASE_URL it runs itself under scripts/with-postgres (a throw-away
server). It refuses a database that already holds cases. Runs the production settings.
Usage: .venv/bin/python bench/bench_casework_listing.py [--cases N] [--requests N] [--explain]
"""

import argparse
import os
import random
import re
import statistics
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.production import setup_django, verified_client  # noqa: E402 (needs the path above)

CASEWORKERS = 200
BATCH = 5000
PAGE_SIZES = [10, 50, 200]
FIRST_NAMES = (
    "Fatima Khadija Aicha Meryem Zineb Salma Nadia Hanane Samira Latifa Naima Rachida Souad Ilham "
    "Houda Karima Loubna Siham Hajar Imane Ikram Kenza Yasmine Sara Amal Asmae Btissam Fadma Itto "
    "Tuda Mamma Ijja Aziza Hafsa Wafae Rabia Zahra Malika Jamila Ghizlane"
).split()
LAST_NAMES = (
    "Alaoui Bennani Amrani Idrissi Tazi Berrada Chraibi Fassi Benjelloun Lahlou Ouazzani Sqalli "
    "Kettani Mernissi Bouazza Ait-Ali Oubaha Amazigh Ouchen Aithammou Azzouzi Belkadi Benali "
    "Boukhari Chakir Dahbi El-Idrissi Elmansouri Essaidi Filali Gharbi Hajji Hamdaoui Jabri "
    "Karimi Lamrani Mansouri Naciri Ouali Rami Saidi Tahiri Yacoubi Zerouali Ziani Bakkali Slaoui"
).split()
# One person in RARE_EVERY gets one of these instead: each then names about 17 persons in 100,000
# (0.017 %), where each common one above names 2,500 (2.5 %, between Khadija's 2.2 % and Fatima's
# 4.8 % among Moroccan women in Spain, INE 2015). A name search decrypts every true match, so it
# is timed for both kinds.
RARE_FIRST_NAMES = (
    "Tiziri Tilelli Thanina Taziri Tafsut Dihya Tinhinan Tamazirt Tanirt Tudert Tafukt Tamimt "
    "Tislit Tayri Lunja Numidia Sekoura Tagrawla Titrit Tamsoult Ghita Chaimae Oumaima Douae "
    "Kaoutar Ibtissam Nisrine Hind Sanae Mouna Rajae Yousra Widad Safae Firdaous Basma Fatiha "
    "Zoubida Hasna Rim Manal Nawal Hayat Majda Bouchra Leila Najat Saida Jihane Ouafae Hiba "
    "Soukaina Khaoula Fadwa Lamia Nezha Malak Zakia Halima Mounia"
).split()
RARE_EVERY = 100


def ensure_postgres():
    """Run again under scripts/with-postgres unless DATABASE_URL already names PostgreSQL."""
    if os.environ.get("DATABASE_URL", "").startswith(("postgres://", "postgresql://")):
        return
    if os.environ.get("BENCH_UNDER_WITH_POSTGRES"):
        sys.exit("scripts/with-postgres gave no PostgreSQL DATABASE_URL.")
    os.environ["BENCH_UNDER_WITH_POSTGRES"] = "1"
    script = str(ROOT / "scripts" / "with-postgres")
    os.execv(script, [script, sys.executable, os.path.abspath(__file__), *sys.argv[1:]])  # noqa: S606


def configure(tmp):
    setup_django(tmp)


# --- Data -----------------------------------------------------------------------------------------


def bulk(model, rows):
    model.objects.bulk_create(rows, batch_size=BATCH)
    return len(rows)


def make_users(services):
    """200 caseworkers spread over the services' caseworkers groups, a supervisor per service."""
    from django.contrib.auth import get_user_model
    from django.contrib.auth.hashers import make_password

    User = get_user_model()
    unusable = make_password(None)
    names = [f"bench-cw-{i:03d}" for i in range(CASEWORKERS)] + [
        f"bench-sup-{service.kind}" for service in services
    ]
    bulk(User, [User(username=name, password=unusable, is_active=True) for name in names])
    users = {user.username: user for user in User.objects.filter(username__in=names)}
    staff = {service.pk: [] for service in services}
    memberships = []
    for i in range(CASEWORKERS):
        service = services[i % len(services)]
        user = users[f"bench-cw-{i:03d}"]
        staff[service.pk].append(user)
        memberships.append(User.groups.through(user=user, group=service.caseworkers_group))
    supervisors = {}
    for service in services:
        user = users[f"bench-sup-{service.kind}"]
        supervisors[service.pk] = user
        memberships.append(User.groups.through(user=user, group=service.supervisors_group))
    bulk(User.groups.through, memberships)
    return staff, supervisors


def make_persons(count, rng):
    """Persons with names, phones encrypted by the model field on insert and blind indexes
    computed as Person.save() would; references made unique here (bulk_create skips save())."""
    from casework.models import Person, PersonNameToken

    rows = []
    for i in range(count):
        first, last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
        if is_rare(i):  # drawn above all the same, so the other persons stay as they were
            first = RARE_FIRST_NAMES[i // RARE_EVERY % len(RARE_FIRST_NAMES)]
        phone = f"06{i:08d}"
        rows.append(
            Person(
                reference=f"P-{i:08X}",
                first_name=first,
                last_name=last,
                phone=phone,
                name_index=Person.name_hint(f"{first} {last}"),
                phone_index=Person.phone_hint(phone),
                sex=rng.choice("FFFFMU"),
                birth_year=rng.randint(1950, 2012),
                nationality=rng.choice(["Maroc", "Maroc", "Maroc", "Sénégal", "Guinée", "Mali"]),
            )
        )
    bulk(Person, rows)
    persons = Person.objects.order_by("pk").only("pk", "first_name", "last_name")
    bulk(PersonNameToken, PersonNameToken.of(persons))
    return [person.pk for person in persons]


def is_rare(i):
    """Whether the i-th person (reference P-{i:08X}) has a rare first name."""
    return i % RARE_EVERY == RARE_EVERY // 2


def make_cases(count, person_ids, services, staff, rng, today):
    """Cases spread over ten years, the services and their caseworkers; 2 % unassigned, 10 % with
    a collaborator. Returns the collaborator pairs (case pk, user pk)."""
    from casework.models import Case, CaseStatus, ClosureReason, RiskLevel

    statuses = [CaseStatus.CLOSED] * 11 + [CaseStatus.ACTIVE] * 5 + [CaseStatus.OPEN] * 2
    statuses += [CaseStatus.REOPENED] * 2
    risks = [RiskLevel.LOW] * 9 + [RiskLevel.MEDIUM] * 6 + [RiskLevel.HIGH] * 4
    risks += [RiskLevel.SEVERE]
    numbers = {}
    rows, wanted_collaborators = [], []
    for i in range(count):
        service = services[i % len(services)]
        opened_on = today - timedelta(days=rng.randrange(3650))
        key = (service.reference_prefix, opened_on.year)
        numbers[key] = numbers.get(key, 0) + 1
        status = rng.choice(statuses)
        closed = status == CaseStatus.CLOSED
        owner = None if rng.random() < 0.02 else rng.choice(staff[service.pk])
        rows.append(
            Case(
                reference=f"{key[0]}-{key[1]}-{numbers[key]:05d}",
                service=service,
                person_id=person_ids[i],
                status=status,
                risk_level=rng.choice(risks),
                owner=owner,
                opened_on=opened_on,
                closed_on=min(today, opened_on + timedelta(days=rng.randrange(400)))
                if closed
                else None,
                closure_reason=rng.choice(ClosureReason.values) if closed else "",
            )
        )
        if rng.random() < 0.1:
            colleague = rng.choice(staff[service.pk])
            if colleague != owner:
                wanted_collaborators.append((i, colleague.pk))
    bulk(Case, rows)
    case_ids = dict(Case.objects.values_list("reference", "pk"))
    collaborators = [(case_ids[rows[i].reference], user_id) for i, user_id in wanted_collaborators]
    bulk(
        Case.collaborators.through,
        [Case.collaborators.through(case_id=c, user_id=u) for c, u in collaborators],
    )
    return collaborators


def make_grants(collaborators):
    """view_case and change_case for the owner and each collaborator: what sync_case_grants()
    leaves after assignment (supervisors hold no per-case grant)."""
    from django.contrib.auth.models import Permission

    from casework.models import Case, CaseUserObjectPermission

    perms = list(
        Permission.objects.filter(
            content_type__app_label="casework", codename__in=["view_case", "change_case"]
        )
    )
    user_rows = []
    for case_id, owner_id in Case.objects.exclude(owner=None).values_list("pk", "owner_id"):
        for perm in perms:
            user_rows.append(
                CaseUserObjectPermission(
                    user_id=owner_id, permission=perm, content_object_id=case_id
                )
            )
    for case_id, user_id in collaborators:
        for perm in perms:
            user_rows.append(
                CaseUserObjectPermission(
                    user_id=user_id, permission=perm, content_object_id=case_id
                )
            )
    return bulk(CaseUserObjectPermission, user_rows)


def make_followups(rng, today):
    """A follow-up on half the cases not closed, due within two months either side of today, a
    third of them done: what the 'overdue' filter looks through."""
    from django.utils import timezone

    from casework.models import Case, FollowUp

    rows = []
    now = timezone.now()
    for case_id in Case.objects.open().values_list("pk", flat=True):
        if rng.random() < 0.5:
            rows.append(
                FollowUp(
                    case_id=case_id,
                    title="Rappeler",
                    due_on=today + timedelta(days=rng.randint(-60, 60)),
                    done_at=now if rng.random() < 0.33 else None,
                )
            )
    return bulk(FollowUp, rows)


def generate(cases, seed=1):
    from django.db import connection, transaction
    from django.utils import timezone

    from casework.models import Case, Service

    if Case.objects.exists():
        sys.exit("This database already holds cases: run the benchmark on an empty one.")
    rng = random.Random(seed)  # noqa: S311 (synthetic data, repeatable on purpose)
    today = timezone.localdate()
    services = list(Service.objects.select_related("caseworkers_group", "supervisors_group"))
    started = time.perf_counter()
    with transaction.atomic():
        staff, supervisors = make_users(services)
        person_ids = make_persons(cases, rng)
        collaborators = make_cases(cases, person_ids, services, staff, rng, today)
        user_grants = make_grants(collaborators)
        followups = make_followups(rng, today)
    with connection.cursor() as cursor:
        # What autovacuum does soon after such inserts: statistics, and the visibility map that
        # index-only scans need.
        cursor.execute("VACUUM ANALYZE")
    elapsed = time.perf_counter() - started
    print(
        f"Generated in {elapsed:.0f} s: {cases} cases and persons, {CASEWORKERS} caseworkers, "
        f"{len(services)} supervisors, {len(collaborators)} collaborators, {followups} follow-ups, "
        f"{user_grants} user grant rows.",
        flush=True,
    )
    return supervisors, staff


# --- Measures -------------------------------------------------------------------------------------


class SqlTimer:
    """Counts the queries of a request and the time spent in them; keeps the slowest."""

    def __init__(self):
        self.count, self.seconds, self.slowest = 0, 0.0, (0.0, "", None)

    def __call__(self, execute, sql, params, many, context):
        start = time.perf_counter()
        try:
            return execute(sql, params, many, context)
        finally:
            took = time.perf_counter() - start
            self.count += 1
            self.seconds += took
            if took > self.slowest[0]:
                self.slowest = (took, sql, params)


def measure(client, url, params, requests):
    from django.db import connection

    params = dict(params)
    query = params.pop("q", None)
    # A search is posted once and kept in the session (casework/viewsets/search.py); the
    # listing is then read without it in the URL. Cleared afterwards for the next scenario.
    client.post(url, {"q": query} if query else {"clear": "1"})
    client.get(url, params)  # warm caches, as a running server would be
    timings, cpu_times, sql_times, counts = [], [], [], set()
    slowest = (0.0, "", None)
    for _ in range(requests):
        timer = SqlTimer()
        with connection.execute_wrapper(timer):
            start, start_cpu = time.perf_counter(), time.process_time()
            response = client.get(url, params)
            timings.append((time.perf_counter() - start) * 1000)
            cpu_times.append((time.process_time() - start_cpu) * 1000)
        if response.status_code != 200:
            sys.exit(f"{url} {params} answered {response.status_code}: nothing to measure.")
        sql_times.append(timer.seconds * 1000)
        counts.add(timer.count)
        slowest = max(slowest, timer.slowest, key=lambda query: query[0])
    inspect = re.escape(url + "inspect/")
    shown = set(re.findall(rf'href="{inspect}(\d+)/"', response.content.decode()))
    return {
        "median": statistics.median(timings),
        "cpu": statistics.median(cpu_times),
        "p95": statistics.quantiles(timings, n=20, method="inclusive")[-1]
        if len(timings) > 1
        else timings[0],
        "sql": statistics.median(sql_times),
        "queries": "/".join(str(c) for c in sorted(counts)),
        "rows": len(shown),
        "slowest": slowest,
    }


def explain(sql, params):
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute(f"EXPLAIN (ANALYZE, BUFFERS) {sql}", params)
        return "\n".join(f"    {line}" for (line,) in cursor.fetchall())


def scenarios(user):
    """The number of cases `user` sees, and the requests made: (label, GET parameters)."""
    from casework.models import Person
    from casework.permissions import visible_cases

    visible = visible_cases(user)
    total = visible.count()
    middle = max(1, (total + 49) // 50 // 2)
    sample = visible.select_related("person").order_by("pk")[total // 2]
    person = sample.person  # decrypted here, to type her name as a caseworker would
    persons = Person.objects.count()
    rare = list(
        visible.filter(person__reference__in=[f"P-{i:08X}" for i in range(persons) if is_rare(i)])
        .select_related("person")
        .order_by("pk")
    )
    rare = rare[len(rare) // 2].person if rare else None

    def found(name):
        """'n/m': the persons of the visible cases whose name holds `name`, and the candidates
        among them (sharing its blind token), whose names a search for it decrypts."""
        candidates = Person.objects.named(name).filter(pk__in=visible.values("person_id"))
        return f"{len(candidates.confirm_named(name))}/{candidates.count()}"

    return total, [
        ("plain listing", {}),
        (f"page {middle} (middle)", {"p": middle}),
        ("status=active&risk_level=high", {"status": "active", "risk_level": "high"}),
        ("assignment=mine", {"assignment": "mine"}),
        ("assignment=overdue", {"assignment": "overdue"}),
        ("assignment=unassigned", {"assignment": "unassigned"}),
        ("search by reference", {"q": sample.reference}),
        ("search by exact name", {"q": f"{person.first_name} {person.last_name}"}),
        (f"search by first name ({found(person.first_name)})", {"q": person.first_name}),
        *(
            [(f"search by rare name ({found(rare.first_name)})", {"q": rare.first_name})]
            if rare
            else []
        ),
        ("search by phone", {"q": "+212 " + person.phone[1:]}),
        ("search, no match", {"q": "XX-1999-99999"}),
    ]


HEADER = (
    f"{'who':<11}{'request':<32}{'visible':>8}{'rows':>5}{'median ms':>10}{'p95 ms':>8}"
    f"{'CPU ms':>8}{'SQL ms':>8}{'queries':>8}{'slowest SQL ms':>15}"
)


def row(who, label, visible, result):
    return (
        f"{who:<11}{label:<32}{visible:>8}{result['rows']:>5}{result['median']:>10.1f}"
        f"{result['p95']:>8.1f}{result['cpu']:>8.1f}{result['sql']:>8.1f}{result['queries']:>8}"
        f"{result['slowest'][0] * 1000:>15.1f}"
    )


def set_page_size(size):
    """The view takes no page size from the URL: set it here, to show the count stays flat."""
    from casework.viewsets.cases import CaseIndexView

    CaseIndexView.get_paginate_by = lambda self, queryset: size


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--cases", type=int, default=100_000)
    parser.add_argument("--requests", type=int, default=30)
    parser.add_argument("--explain", action="store_true", help="EXPLAIN ANALYZE the slowest query")
    args = parser.parse_args()
    ensure_postgres()

    with tempfile.TemporaryDirectory() as tmp:
        configure(tmp)
        from django.db import connection
        from django.urls import reverse

        from casework.models import Service

        print(
            f"PostgreSQL {connection.cursor().connection.info.server_version}, "
            f"{os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f}",
            flush=True,
        )
        supervisors, staff = generate(args.cases)
        url = reverse("casework_cases:index")
        listening = Service.objects.get(kind="listening")
        supervisor = supervisors[listening.pk]
        # The caseworker of the listening centre with the median number of cases.
        caseworkers = sorted(staff[listening.pk], key=lambda user: user.owned_cases.count())
        caseworker = caseworkers[len(caseworkers) // 2]

        print(
            f"\n{args.requests} requests each. rows: table rows on the page; CPU: this process "
            "(Django, templates, driver); SQL: time in queries as the client sees it. (n/m) after "
            "a first name: the persons it finds / the candidates sharing its blind token, whose "
            "names the search decrypts."
        )
        print(HEADER)
        print("-" * len(HEADER))
        plans = []
        for who, user in [("supervisor", supervisor), ("caseworker", caseworker)]:
            client = verified_client(user)
            visible, requests = scenarios(user)
            for label, params in requests:
                result = measure(client, url, params, args.requests)
                print(row(who, label, visible, result), flush=True)
                plans.append((who, label, *result["slowest"]))

        print(
            "\nPage sizes (the view's list_per_page is 50 and the URL cannot change it: set here)"
        )
        client = verified_client(supervisor)
        visible = scenarios(supervisor)[0]
        for size in PAGE_SIZES:
            set_page_size(size)
            result = measure(client, url, {}, args.requests)
            print(row("supervisor", f"plain listing, {size} a page", visible, result), flush=True)
        print(f"\nLoad average at the end: {' '.join(f'{n:.1f}' for n in os.getloadavg())}")

        if args.explain:
            for who, label, took, sql, params in sorted(plans, key=lambda plan: -plan[2])[:4]:
                print(f"\nSlowest query of {who} / {label} ({took * 1000:.1f} ms):\n  {sql}")
                print(f"  params: {params}")
                print(explain(sql, params))


if __name__ == "__main__":
    main()
