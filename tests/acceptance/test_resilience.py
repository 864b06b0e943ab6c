"""Load with faults (`make resilience`): the production stack of the acceptance suite under 50
locust users for 60 seconds (visitors reading pages and sending youth proposals, caseworkers
signed in past both steps recording sessions), while the test breaks what is behind nginx:

    t = 10 s  the mail server stops          t = 35 s  the task worker is killed (SIGKILL)
    t = 20 s  PostgreSQL restarts            t = 38 s  the worker starts again
                                             t = 45 s  the mail server is back

Nothing is loosened for the run: the visitors come from addresses of their own on the loopback
network (locustfile.py), so the per-address limits of the public form are production's. A
worker that exits by itself is started again after the unit's RestartSec, as systemd would
(Restart=always), and the run says so.

It fails on any request that failed outside the database's restart window (from the restart
until the first success after it; no page waits for the worker or the mail server, so their
outages may cost no request at all), on the site answering more than MAX_RECOVERY seconds after
any fault ended, on a worker not running tasks MAX_WORKER_START seconds after it was started
again, on any proposal the site accepted (its tracking code on screen) or session it saved
(answered with the case file) that the database does not hold, and on any accepted proposal's
confirmation e-mail not delivered exactly once once the mail server is back.
"""

import json
import mailbox
import os
import pwd
import subprocess
import sys
import threading
import time
from collections import Counter
from email.utils import getaddresses
from pathlib import Path

import pytest
from django.conf import settings
from django.db import close_old_connections, connection
from django.urls import reverse
from django.utils import timezone

from tests.acceptance.resilience import figures

pytestmark = pytest.mark.resilience

HERE = Path(__file__).parent / "resilience"
USERS = 50
DURATION = 60
SPAWN_RATE = 10  # users started per second: all 50 within the first 5 s
MAX_RECOVERY = 5  # seconds until the site answers again after a fault ends
# Seconds from starting a worker until it runs tasks: Python and Django start (2-5 s measured);
# systemd would add the unit's RestartSec before it.
MAX_WORKER_START = 15
STAFF = ["cw-listening", "cw-listening-2", "cw-migrants", "cw-daycentre"]
SCHEDULE = {"mail down": 10, "postgresql restart": 20, "worker kill": 35, "worker start": 38}
SCHEDULE["mail back"] = 45
# The confirmations failed while the mail server was down are tried again a minute later
# (proposals.tasks.retry_delay): they must all have arrived this long after it is back.
MAIL_WAIT = 100
PROPOSAL = {
    "group_name": "Groupe de charge",
    "female_under_15": "0",
    "male_under_15": "0",
    "female_15_17": "0",
    "male_15_17": "0",
    "female_18_24": "3",
    "male_18_24": "2",
    "female_25_35": "0",
    "male_25_35": "0",
    "contact_name": "Contact Synthétique",
    "contact_phone": "",
    "guardian_consent_name": "",
    "guardian_consent_method": "",
    "title": "Une bibliothèque de quartier",
    "summary": "Ouvrir une bibliothèque.",
    "description": "Rassembler des livres, ouvrir deux après-midi par semaine.",
    "theme": "culture",
    "target_publics": "Les enfants du quartier",
    "estimated_budget": "5000",
    "needs": "Des étagères",
    "website": "",
}


def epoch(moment):
    return moment.timestamp()


def plan(stack, records):
    from wagtail.models import Page

    from casework.models import Case

    staff = []
    for username in STAFF:
        cases = Case.objects.filter(
            owner__username=username, status__in=["open", "active", "reopened"]
        ).order_by("pk")[:5]
        staff.append(
            {
                "username": username,
                "cases": [
                    {
                        "pk": case.pk,
                        "file": reverse("casework_cases:inspect", args=[case.pk]),
                        "new_session": reverse("casework_cases:session_add", args=[case.pk]),
                    }
                    for case in cases
                ],
            }
        )
        assert staff[-1]["cases"], f"the demo gives {username} open cases"
    pages = Page.objects.live().public().filter(depth__gt=1).order_by("path")
    paths = [page.get_url() for page in pages[:60]]
    paths += ["/fr/propositions/forums/", "/fr/search/?q=eau", "/sitemap.xml"]
    return {
        "records": str(records),
        "password": stack.info["demo_password"],
        "totp_secret": "JBSWY3DPEHPK3PXP",
        "staff": staff,
        "public_paths": [path for path in paths if path],
        "proposal_path": "/fr/propositions/",
        "proposal": PROPOSAL,
        "submissions_per_address": settings.PROPOSALS_SUBMISSIONS_PER_HOUR,
    }


class PostgreSQL:
    """The stack's server, restarted as its administrator would (`pg_ctl restart -m fast`: the
    connections are cut)."""

    def __init__(self):
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT current_setting('data_directory'), current_setting('server_version_num')"
            )
            self.data, version = cursor.fetchone()
        self.pg_ctl = (
            Path(os.environ.get("PGBIN", f"/usr/lib/postgresql/{int(version) // 10000}/bin"))
            / "pg_ctl"
        )
        owner = Path(self.data).stat().st_uid
        # scripts/with-postgres runs the server as `postgres` when it runs as root.
        self.prefix = (
            [] if owner == os.getuid() else ["runuser", "-u", pwd.getpwuid(owner)[0], "--"]
        )

    def restart(self):
        subprocess.run(
            [
                *self.prefix,
                str(self.pg_ctl),
                "restart",
                "-D",
                self.data,
                "-m",
                "fast",
                "-w",
                "-l",
                f"{self.data}/restart.log",
            ],
            check=True,
            cwd="/",
            stdout=subprocess.DEVNULL,
        )


class Supervisor(threading.Thread):
    """What systemd does for the worker unit (Restart=always): a worker that exits by itself is
    started again after RestartSec. The test's own kill goes through `kill_worker`."""

    def __init__(self, stack):
        super().__init__(daemon=True)
        self.stack = stack
        self.lock = threading.Lock()
        self.exits = []
        self.delay = float(stack.unit("worker.service").get("RestartSec", default="0"))
        self.stopped = threading.Event()

    def run(self):
        while not self.stopped.wait(0.5):
            with self.lock:
                process = self.stack.processes.get("worker")
                if process is None or process.popen.poll() is None:
                    continue
                self.exits.append((time.time(), process.popen.returncode))
                self.stack.processes.pop("worker")
                process.log.close()
            time.sleep(self.delay)
            with self.lock:
                if "worker" not in self.stack.processes:
                    self.stack.start("worker")

    def kill_worker(self):
        with self.lock:
            self.stack.kill("worker")

    def start_worker(self):
        with self.lock:
            if "worker" not in self.stack.processes:
                self.stack.start("worker")
            return self.stack.processes["worker"].popen.pid


def wait_for_start(records, timeout=60):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if records.exists():
            for line in records.read_text().splitlines():
                entry = json.loads(line)
                if entry["event"] == "start":
                    return entry["at"]
        time.sleep(0.1)
    raise AssertionError("locust did not start")


def break_things(stack, supervisor, postgresql, start, faults, worker):
    """The faults, at their times after the load started; each appended to `faults` once it is
    over, and the new worker's process id to `worker` (lists the test reads)."""

    def at(name):
        time.sleep(max(0.0, start + SCHEDULE[name] - time.time()))
        return time.time()

    mail_down = at("mail down")
    stack.stop_smtp()
    restart = at("postgresql restart")
    postgresql.restart()
    faults.append(figures.Fault("PostgreSQL restart", restart, time.time()))
    killed = at("worker kill")
    supervisor.kill_worker()
    started = at("worker start")
    worker.append(supervisor.start_worker())
    faults.append(figures.Fault("task worker killed", killed, started))
    back = at("mail back")
    stack.start_smtp()
    faults.append(figures.Fault("mail server down", mail_down, back))


def delivered(stack):
    """{address: messages} of the load's e-mails in the mail sink's Maildir."""
    counts = Counter()
    for message in mailbox.Maildir(stack.work / "mail", create=False):
        for _name, address in getaddresses(message.get_all("To", [])):
            if address.endswith("@resilience.example"):
                counts[address.lower()] += 1
    return counts


def test_the_stack_serves_and_loses_nothing_while_its_servers_fail(stack):
    from django_tasks_db.models import DBTaskResult

    from casework.models import CaseSession
    from ops.models import WorkerHeartbeat
    from proposals.models import Proposal
    from proposals.utils import normalize_code

    work = Path(stack.work)
    records = work / "resilience-records.jsonl"
    plan_file = work / "resilience-plan.json"
    plan_file.write_text(json.dumps(plan(stack, records)))
    postgresql = PostgreSQL()
    connection.close()
    began = timezone.now()
    supervisor = Supervisor(stack)
    supervisor.start()
    locust = subprocess.Popen(
        [
            str(Path(sys.executable).with_name("locust")),
            "--locustfile",
            str(HERE / "locustfile.py"),
            "--headless",
            "--users",
            str(USERS),
            "--spawn-rate",
            str(SPAWN_RATE),
            "--run-time",
            f"{DURATION}s",
            "--host",
            stack.base_url,
            "--only-summary",
            "--stop-timeout",
            "15",
            "--loglevel",
            "WARNING",
        ],
        cwd=HERE.parents[2],
        env={
            **os.environ,
            "PYTHONPATH": str(HERE.parents[2]),
            "TIWIZI_RESILIENCE_PLAN": str(plan_file),
        },
        stdout=open(stack.logs / "locust.log", "wb"),  # noqa: SIM115
        stderr=subprocess.STDOUT,
    )
    faults, worker = [], []
    try:
        start = wait_for_start(records)
        breaker = threading.Thread(
            target=break_things, args=(stack, supervisor, postgresql, start, faults, worker)
        )
        breaker.start()
        locust.wait(timeout=DURATION + 60)
        breaker.join(timeout=30)
    finally:
        if locust.poll() is None:
            locust.kill()
    assert not breaker.is_alive(), "the faults did not finish"
    database_fault, worker_fault, mail_fault = faults
    mail_back = mail_fault.end

    found = figures.read_records(records)
    requests = found.get("request", [])
    accepted = found.get("proposal", [])
    saved = found.get("session", [])
    signed_in = found.get("signed-in", [])
    # The site's recovery: the first success among requests sent after the fault ended.
    for fault in faults:
        fault.recovered = figures.first_success_after(requests, fault.end)
    # The worker's: its heartbeat starts as it enters its loop.
    beat = WorkerHeartbeat.objects.filter(pid=worker[0]).first()
    worker_back = epoch(beat.started_at) - worker_fault.end if beat else None

    # Every e-mail of an accepted proposal arrives, once the mail server is back.
    expected = {entry["email"].lower() for entry in accepted}
    deadline = mail_back + MAIL_WAIT
    while time.time() < deadline and not expected <= set(delivered(stack)):
        time.sleep(1)
    mail_delivered = time.time() - mail_back
    counts = delivered(stack)
    supervisor.stopped.set()
    supervisor.join(timeout=30)

    # Reconciled against the database.
    close_old_connections()
    codes = {normalize_code(entry["code"]) for entry in accepted}
    stored_codes = set(
        Proposal.objects.filter(tracking_code__in=codes).values_list("tracking_code", flat=True)
    )
    lost_proposals = sorted(codes - stored_codes)
    narratives = {
        session.narrative for session in CaseSession.objects.filter(created_at__gte=began)
    }
    lost_sessions = sorted(e["token"] for e in saved if f"load {e['token']}" not in narratives)
    missing_mail = sorted(expected - set(counts))
    duplicate_mail = figures.duplicates(counts)
    queued_while_down = [e for e in accepted if mail_fault.start <= e["at"] <= mail_back]
    mail_tasks = DBTaskResult.objects.filter(
        task_path="proposals.tasks.send_proposal_email", enqueued_at__gte=began
    )
    unfinished = mail_tasks.filter(status__in=["READY", "RUNNING"]).count()
    failed_tasks = mail_tasks.filter(status="FAILED").count()

    # Only the database's restart excuses failed requests: no page waits for the worker or the
    # mail server, so their outages must not show at all.
    outside = figures.errors_outside(requests, [database_fault])
    slow = [f for f in faults if f.recovery is None or f.recovery > MAX_RECOVERY]
    by_fault = figures.errors_by_fault(requests, faults)
    answered = [r for r in requests if r["ok"]]
    times = sorted(r["end"] - r["start"] for r in answered)

    print(f"\n== Load with faults: {USERS} users for {DURATION} s against {stack.base_url}")
    print(
        "Visitors from their own loopback addresses (127.0.1.x): the form's production limit of "
        f"{settings.PROPOSALS_SUBMISSIONS_PER_HOUR} proposals per address and hour stands."
    )
    print(
        figures.table(
            [
                ["requests", len(requests)],
                ["  answered", len(answered)],
                ["  failed", len(requests) - len(answered)],
                ["  failed outside the database's restart", len(outside)],
                ["response time median / 95th (s)", f"{pct(times, 50):.2f} / {pct(times, 95):.2f}"],
                ["staff signed in (password + code)", f"{len(signed_in)} of {len(STAFF)}"],
                ["proposals accepted (code on screen)", len(accepted)],
                ["  lost (code not in the database)", len(lost_proposals)],
                ["sessions saved (answered with the case file)", len(saved)],
                ["  lost (not in the database)", len(lost_sessions)],
                ["confirmations expected", len(expected)],
                ["  queued while the mail server was down", len(queued_while_down)],
                ["  delivered exactly once", sum(1 for a in expected if counts[a] == 1)],
                ["  missing", len(missing_mail)],
                ["  delivered more than once", len(duplicate_mail)],
                ["  mail tasks unfinished / failed", f"{unfinished} / {failed_tasks}"],
                ["worker exits by itself (restarted as systemd would)", len(supervisor.exits)],
            ],
            ["", ""],
        )
    )
    back = {
        database_fault.name: "server up at 'to t'",
        worker_fault.name: "-" if worker_back is None else f"{worker_back:.2f}: running tasks",
        mail_fault.name: (
            f"{mail_delivered:.1f}: every confirmation delivered (retry: 1 min)"
            if not missing_mail
            else f"{len(missing_mail)} confirmations still missing after {mail_delivered:.0f}"
        ),
    }
    print()
    print(
        figures.table(
            [
                [
                    fault.name,
                    f"{fault.start - start:.1f}",
                    f"{fault.end - start:.1f}",
                    "never" if fault.recovery is None else f"{fault.recovery:.2f}",
                    by_fault[fault.name],
                    back[fault.name],
                ]
                for fault in faults
            ],
            [
                "fault",
                "from t (s)",
                "to t (s)",
                "site answers after (s)",
                "errors within",
                "service back after (s)",
            ],
        )
    )
    for failure in outside[:20]:
        print("outside a window:", failure)
    assert len(signed_in) == len(STAFF) and all(entry["ok"] for entry in signed_in)
    assert accepted and saved, "the load sent proposals and saved sessions"
    assert not outside, f"{len(outside)} requests failed outside the fault windows"
    assert not slow, [(f.name, f.recovery) for f in slow]
    assert worker_back is not None and worker_back <= MAX_WORKER_START, worker_back
    assert not lost_proposals, lost_proposals
    assert not lost_sessions, lost_sessions
    assert not missing_mail, missing_mail
    assert not duplicate_mail, duplicate_mail
    assert queued_while_down, "some confirmations were queued while the mail server was down"
    assert stack.processes["web"].popen.poll() is None, "gunicorn is still running"


def pct(values, percent):
    if not values:
        return 0.0
    return values[min(len(values) - 1, int(len(values) * percent / 100))]
