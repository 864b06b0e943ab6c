"""/healthz tells a load balancer or an uptime check whether this server can do its work: reach its
database and cache, write its media storages, and count on a task worker (e-mails and search
indexing wait for it)."""

from datetime import timedelta

import pytest
from django.core.cache import caches
from django.db import OperationalError
from django.utils import timezone
from django_tasks_db.models import DBTaskResult, get_date_max

from ops import health
from ops.models import WorkerHeartbeat

pytestmark = pytest.mark.django_db

DATABASE_QUEUE = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}}


@pytest.fixture(autouse=True)
def fresh_storage_probe(monkeypatch):
    """Each test probes the storages anew (the probe is remembered a minute per process)."""
    monkeypatch.setitem(health._storage_probe, "result", None)


@pytest.fixture
def database_queue(settings):
    """The production task backend: a database queue emptied by `manage.py db_worker`."""
    settings.TASKS = DATABASE_QUEUE
    settings.HEALTH_WORKER_MAX_DELAY = 300


def a_worker_beat(seconds_ago):
    now = timezone.now()
    WorkerHeartbeat.objects.create(
        worker_id=f"worker-{seconds_ago}",
        hostname="app1",
        pid=4242,
        started_at=now - timedelta(hours=1),
        beat_at=now - timedelta(seconds=seconds_ago),
    )


def a_task_waiting(seconds, run_after=None):
    task = DBTaskResult.objects.create(
        args_kwargs={"args": [], "kwargs": {}},
        task_path="proposals.tasks.send_proposal_email",
        backend_name="default",
        run_after=run_after or get_date_max(),
    )
    DBTaskResult.objects.filter(pk=task.pk).update(
        enqueued_at=timezone.now() - timedelta(seconds=seconds)
    )
    return task


def test_healthz_answers_ok_when_everything_answers(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    body = response.json()
    assert (body["status"], body["failing"]) == ("ok", [])
    assert (body["database"], body["cache"], body["storage"]) == ("ok", "ok", "ok")
    assert body["encryption_keys"] == "ok"
    assert "no-store" in response["Cache-Control"]


def test_healthz_answers_503_when_the_database_does_not(client, monkeypatch):
    class UnreachableDatabase:
        def cursor(self):
            raise OperationalError("connection refused")

    monkeypatch.setattr("ops.health.connection", UnreachableDatabase())
    response = client.get("/healthz")
    assert response.status_code == 503
    body = response.json()
    assert body["database"] == "unavailable"
    assert body["failing"] == ["database", "worker", "encryption_keys"]
    assert "no-store" in response["Cache-Control"]


def test_healthz_names_a_media_storage_it_cannot_write(client, monkeypatch):
    from django.core.files.storage import storages

    def refuse(name, content, max_length=None):
        raise PermissionError("read-only file system")

    monkeypatch.setattr(storages["casework"], "save", refuse)
    response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json()["failing"] == ["storage"]
    assert response.json()["storage"] == "not writable: casework"


def test_healthz_answers_503_when_the_cache_does_not(client, monkeypatch):
    monkeypatch.setattr(caches["default"], "get", lambda key: None)
    response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json()["failing"] == ["cache"]


def test_healthz_answers_503_when_no_worker_runs(client, database_queue):
    response = client.get("/healthz")
    assert response.status_code == 503
    body = response.json()
    assert body["failing"] == ["worker"]
    assert body["worker"]["status"] == "no worker running"


def test_healthz_reports_a_live_worker_and_an_empty_queue(client, database_queue):
    a_worker_beat(seconds_ago=5)
    response = client.get("/healthz")
    assert response.status_code == 200
    worker = response.json()["worker"]
    assert worker["status"] == "ok"
    assert worker["workers"] == 1
    assert 4 <= worker["heartbeat_age_seconds"] <= 7
    assert (worker["waiting_tasks"], worker["oldest_waiting_seconds"]) == (0, None)


def test_healthz_answers_503_when_the_worker_stopped_beating(client, database_queue):
    a_worker_beat(seconds_ago=301)
    response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json()["worker"]["status"] == "no heartbeat"
    assert response.json()["worker"]["workers"] == 0


def test_healthz_answers_503_when_a_ready_task_waits_too_long(client, database_queue):
    """A worker alive but stuck (or pointed at another database) beats, and picks nothing up."""
    a_worker_beat(seconds_ago=2)
    a_task_waiting(seconds=20)
    assert client.get("/healthz").status_code == 200

    a_task_waiting(seconds=400)
    response = client.get("/healthz")
    assert response.status_code == 503
    worker = response.json()["worker"]
    assert worker["status"] == "tasks are waiting"
    assert worker["waiting_tasks"] == 2
    assert 399 <= worker["oldest_waiting_seconds"] <= 402


def test_a_task_deferred_to_later_is_not_late(client, database_queue):
    """A failed e-mail retried in an hour is deferred: it waits for its time, not for a worker."""
    a_worker_beat(seconds_ago=2)
    a_task_waiting(seconds=4000, run_after=timezone.now() + timedelta(hours=1))
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json()["worker"]["waiting_tasks"] == 0


def test_the_allowed_delay_is_a_setting(client, database_queue, settings):
    a_worker_beat(seconds_ago=2)
    a_task_waiting(seconds=40)
    settings.HEALTH_WORKER_MAX_DELAY = 30
    assert client.get("/healthz").status_code == 503


def test_healthz_is_not_redirected_to_https(client, settings):
    settings.SECURE_SSL_REDIRECT = True
    assert client.get("/healthz").status_code == 200
    assert client.get("/fr/").status_code == 301


@pytest.mark.django_db(transaction=True)
def test_healthz_answers_503_when_the_limits_table_is_missing(client):
    from django.core.management import call_command
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("DROP TABLE tiwizi_limits")
    try:
        response = client.get("/healthz")
    finally:
        call_command("createcachetable", verbosity=0)
    assert response.status_code == 503
    assert response.json()["failing"] == ["cache"]
    assert response.json()["cache"] == "unavailable: limits"
