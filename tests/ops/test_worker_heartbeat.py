"""The task worker beats while it runs, from a thread of its own, and removes its beat when it
stops cleanly, so /healthz tells at once that no worker is left."""

import time

import pytest
from django.core.management import call_command
from django.utils import timezone

from ops.models import WorkerHeartbeat
from ops.worker import Heartbeat

# The heartbeat thread has its own database connection: it must see committed rows.
pytestmark = pytest.mark.django_db(transaction=True)


def test_a_running_worker_beats_every_interval_and_removes_its_beat_when_it_stops():
    heartbeat = Heartbeat("worker-a", interval=0.2)
    heartbeat.start()
    first = WorkerHeartbeat.objects.get(worker_id="worker-a").beat_at
    time.sleep(0.7)
    later = WorkerHeartbeat.objects.get(worker_id="worker-a").beat_at
    heartbeat.stop()

    assert later > first
    assert not WorkerHeartbeat.objects.filter(worker_id="worker-a").exists()


def test_the_worker_command_beats_while_it_runs(monkeypatch, settings):
    """`manage.py db_worker` is the library's worker with the heartbeat around it."""
    from django_tasks_db.management.commands import db_worker

    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}

    seen = {}

    def run(self, *args, **options):
        seen["beat"] = WorkerHeartbeat.objects.get(worker_id=options["worker_id"])

    monkeypatch.setattr(db_worker.Command, "handle", run)
    call_command("db_worker", "--worker-id", "worker-b", "--no-reload", "--batch")

    assert seen["beat"].beat_at <= timezone.now()
    assert not WorkerHeartbeat.objects.exists()
