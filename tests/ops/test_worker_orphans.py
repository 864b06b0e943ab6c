"""A task claimed by a worker that died (SIGKILL, a crash when the database went away) is put back
in the queue by the next heartbeat of a live worker, and runs: its e-mail leaves. django-tasks-db
alone leaves it RUNNING for ever (found by `make resilience`, which kills the worker)."""

import time
from datetime import timedelta

import pytest
from django.core import mail
from django.core.management import call_command
from django.utils import timezone
from django_tasks_db.models import DBTaskResult, get_date_max

from ops.models import WorkerHeartbeat
from ops.worker import Heartbeat, requeue_orphans
from proposals import notifications
from tests.proposals.factories import ProposalFactory

# The heartbeat thread has its own database connection: it must see committed rows.
pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture(autouse=True)
def database_queue(settings):
    settings.TASKS = {
        "default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}
    }
    settings.HEALTH_WORKER_MAX_DELAY = 300


def a_worker(worker_id, seconds_ago):
    now = timezone.now()
    WorkerHeartbeat.objects.create(
        worker_id=worker_id,
        hostname="app1",
        pid=4242,
        started_at=now - timedelta(hours=1),
        beat_at=now - timedelta(seconds=seconds_ago),
    )


def a_task_claimed_by(worker_id, proposal_id=1):
    return DBTaskResult.objects.create(
        args_kwargs={"args": [proposal_id, notifications.SUBMITTED, None, 0], "kwargs": {}},
        task_path="proposals.tasks.send_proposal_email",
        backend_name="default",
        run_after=get_date_max(),
        status="RUNNING",
        started_at=timezone.now() - timedelta(minutes=10),
        worker_ids=[worker_id],
    )


def status(task):
    task.refresh_from_db()
    return task.status


def test_tasks_of_dead_workers_go_back_to_the_queue_and_those_of_live_ones_stay():
    a_worker("killed", seconds_ago=301)
    a_worker("alive", seconds_ago=5)
    killed = a_task_claimed_by("killed")
    vanished = a_task_claimed_by("never-seen-again")
    running = a_task_claimed_by("alive")
    # Claimed by a worker that died, then by a live one: the live one has it.
    taken_over = a_task_claimed_by("killed")
    taken_over.worker_ids = ["killed", "alive"]
    taken_over.save()

    assert requeue_orphans() == 2

    assert (status(killed), status(vanished)) == ("READY", "READY")
    assert killed.started_at is None
    assert (status(running), status(taken_over)) == ("RUNNING", "RUNNING")
    assert set(DBTaskResult.objects.ready()) == {killed, vanished}
    assert requeue_orphans() == 0


def test_the_email_of_a_killed_worker_leaves_once_a_live_worker_beats(settings):
    settings.WORKER_HEARTBEAT_SECONDS = 1
    proposal = ProposalFactory(contact_email="groupe@example.test")
    a_worker("killed", seconds_ago=400)
    task = a_task_claimed_by("killed", proposal.pk)

    heartbeat = Heartbeat("alive", interval=0.2)
    heartbeat.start()
    try:
        deadline = time.monotonic() + 5
        while status(task) == "RUNNING" and time.monotonic() < deadline:
            time.sleep(0.1)
    finally:
        heartbeat.stop()
    assert status(task) == "READY"

    call_command("db_worker", "--batch", "--no-reload", "--no-startup-delay", verbosity=0)
    assert status(task) == "SUCCESSFUL"
    assert [message.to for message in mail.outbox] == [["groupe@example.test"]]
