"""The health check's probes: each answers (ok, what it saw). Nothing here reads a record (the key
canary is a known value, not a record)."""

import os
import socket
import time
import uuid
from datetime import timedelta

from django.conf import settings
from django.core.cache import caches
from django.core.files.base import ContentFile
from django.core.files.storage import storages
from django.db import DatabaseError, connection, models
from django.db.models import Min, Q
from django.utils import timezone

from cms import crypto

# Storages the site writes to: public media, casework attachments, youth attachments, image
# originals. Static files are written once, by collectstatic.
WRITTEN_STORAGES = ("default", "casework", "proposals", "private_media")
# A write to each storage at most this often per process: a load balancer polling every few
# seconds would otherwise write to an object store as often.
STORAGE_PROBE_SECONDS = 60
_storage_probe = {"at": 0.0, "result": None}


def database():
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError:
        return False, "unavailable"
    return True, "ok"


def cache_probe():
    """Every configured cache answers: the default one, and the shared limits of the public forms
    (without them, or without their table, every public form fails)."""
    key = f"healthz:{uuid.uuid4().hex}"
    failing = []
    for alias in settings.CACHES:
        backend = caches[alias]
        try:
            backend.set(key, "1", 10)
            answered = backend.get(key) == "1"
            backend.delete(key)
        except Exception:  # noqa: BLE001 - any cache backend error means the same thing here
            answered = False
        if not answered:
            failing.append(alias)
    if not failing:
        return True, "ok"
    return False, "unavailable" if failing == ["default"] else f"unavailable: {', '.join(failing)}"


def storage():
    now = time.monotonic()
    if _storage_probe["result"] is not None and now - _storage_probe["at"] < STORAGE_PROBE_SECONDS:
        return _storage_probe["result"]
    failing = []
    name = f".healthz/{socket.gethostname()}-{os.getpid()}-{uuid.uuid4().hex}"
    for alias in WRITTEN_STORAGES:
        if alias not in settings.STORAGES:
            continue
        store = storages[alias]
        try:
            saved = store.save(name, ContentFile(b"ok"))
            store.delete(saved)
        except Exception:  # noqa: BLE001 - permissions, full disk, unreachable bucket...
            failing.append(alias)
    result = (True, "ok") if not failing else (False, f"not writable: {', '.join(failing)}")
    _storage_probe.update(at=now, result=result)
    return result


def uses_database_queue():
    backend = settings.TASKS.get("default", {}).get("BACKEND", "")
    return backend.startswith("django_tasks_db.")


def worker(now=None):
    """The task worker: its last heartbeat and the oldest task waiting for it. Late when no worker
    has beaten, or a ready task has waited, for longer than HEALTH_WORKER_MAX_DELAY."""
    if not uses_database_queue():
        return True, {"status": "ok", "queue": "not a database queue"}
    from django_tasks_db.models import DBTaskResult, get_date_max

    from ops.models import WorkerHeartbeat

    now = now or timezone.now()
    limit = settings.HEALTH_WORKER_MAX_DELAY
    try:
        last_beat = (
            WorkerHeartbeat.objects.order_by("-beat_at").values_list("beat_at", flat=True).first()
        )
        alive = WorkerHeartbeat.objects.filter(beat_at__gte=now - timedelta(seconds=limit))
        ready = DBTaskResult.objects.ready()
        waiting = ready.count()
        # A task is ready from its enqueueing, or from its run_after when it was deferred.
        oldest = ready.aggregate(
            undeferred=Min("enqueued_at", filter=Q(run_after=get_date_max())),
            deferred=Min("run_after", filter=~Q(run_after=get_date_max())),
        )
    except DatabaseError:
        return False, {"status": "unknown"}
    since = min((value for value in oldest.values() if value is not None), default=None)
    oldest_seconds = round((now - since).total_seconds()) if since else None
    detail = {
        "status": "ok",
        "workers": alive.count(),
        "last_heartbeat": last_beat.isoformat() if last_beat else None,
        "heartbeat_age_seconds": round((now - last_beat).total_seconds()) if last_beat else None,
        "waiting_tasks": waiting,
        "oldest_waiting_seconds": oldest_seconds,
        "max_delay_seconds": limit,
    }
    problems = []
    if last_beat is None:
        problems.append("no worker running")
    elif detail["heartbeat_age_seconds"] > limit:
        problems.append("no heartbeat")
    if oldest_seconds is not None and oldest_seconds > limit:
        problems.append("tasks are waiting")
    if problems:
        detail["status"] = "; ".join(problems)
        return False, detail
    return True, detail


CANARY = "tiwizi-key-canary"


def encryption_keys():
    """The casework keys still read what the database holds: the canary (ops.KeyCanary), written
    under them on the first check, re-encrypted by every rotation, decrypts. A key dropped from
    CASEWORK_ENCRYPTION_KEYS before `rotate_casework_keys` ran, or keys replaced by others, fail
    here, not as a caseworker's 500."""
    from ops.models import KeyCanary

    try:
        token = (
            KeyCanary.objects.filter(pk=1)
            .values_list(
                models.ExpressionWrapper(models.F("value"), output_field=models.TextField()),
                flat=True,
            )
            .first()
        )
        if token is None:
            KeyCanary.objects.get_or_create(pk=1, defaults={"value": CANARY})
            return True, "ok"
    except DatabaseError:
        return False, "unknown"
    try:
        readable = crypto.decrypt_str(token) == CANARY
    except crypto.DecryptionError:
        readable = False
    if not readable:
        return False, "no configured key reads the database's encrypted values"
    return True, "ok"


def report():
    """Every probe, and the names of those failing. The database comes first: without it the
    worker's state cannot be read."""
    results = {}
    failing = []
    db_ok, results["database"] = database()
    if not db_ok:
        failing.append("database")
    for name, probe in (("cache", cache_probe), ("storage", storage)):
        ok, results[name] = probe()
        if not ok:
            failing.append(name)
    if db_ok:
        ok, results["worker"] = worker()
    else:
        ok, results["worker"] = False, {"status": "unknown: the database is unavailable"}
    if not ok:
        failing.append("worker")
    if db_ok:
        ok, results["encryption_keys"] = encryption_keys()
    else:
        ok, results["encryption_keys"] = False, "unknown: the database is unavailable"
    if not ok:
        failing.append("encryption_keys")
    return {"status": "error" if failing else "ok", "failing": failing, **results}
