"""The task worker's heartbeat: a row per running worker, touched every few seconds by a thread
of its own, so the health check can tell a live worker from a dead one, on any server; and, with
each beat, the tasks a dead worker had claimed put back in the queue."""

import logging
import os
import socket
import threading
from datetime import timedelta

from django.conf import settings
from django.db import DatabaseError, close_old_connections, connection
from django.utils import timezone

from ops.models import WorkerHeartbeat

logger = logging.getLogger(__name__)


def beat(worker_id, started_at):
    WorkerHeartbeat.objects.update_or_create(
        worker_id=worker_id,
        defaults={
            "hostname": socket.gethostname()[:255],
            "pid": os.getpid(),
            "started_at": started_at,
            "beat_at": timezone.now(),
        },
    )


def requeue_orphans(now=None):
    """Put back in the queue the tasks claimed by a worker that is dead: killed (SIGKILL, the
    out-of-memory killer, a lost machine) or crashed when the database went away in the middle
    of a task. django-tasks-db leaves such a task RUNNING for ever, and an e-mail in it would
    never leave. A worker is dead when it has not beaten for HEALTH_WORKER_MAX_DELAY seconds, or
    has no beat at all (a worker stopped cleanly finishes its task before it removes its beat).
    The task runs again from the start: at least once, never lost (a worker killed between
    sending an e-mail and recording it may send it twice). The number of tasks put back."""
    from django_tasks_db.compat import TaskResultStatus
    from django_tasks_db.models import DBTaskResult

    now = now or timezone.now()
    alive = set(
        WorkerHeartbeat.objects.filter(
            beat_at__gte=now - timedelta(seconds=settings.HEALTH_WORKER_MAX_DELAY)
        ).values_list("worker_id", flat=True)
    )
    orphans = [
        task.pk
        for task in DBTaskResult.objects.running().only("pk", "worker_ids")
        if not task.worker_ids or task.worker_ids[-1] not in alive
    ]
    if not orphans:
        return 0
    put_back = DBTaskResult.objects.filter(pk__in=orphans, status=TaskResultStatus.RUNNING).update(
        status=TaskResultStatus.READY, started_at=None
    )
    logger.warning("Put back in the queue %s task(s) a dead worker had claimed.", put_back)
    return put_back


class Heartbeat:
    """Beats from a daemon thread until stopped; a worker stopped cleanly removes its row, so the
    health check reports it gone at once rather than after the allowed delay."""

    def __init__(self, worker_id, interval=None):
        self.worker_id = worker_id
        self.interval = interval or settings.WORKER_HEARTBEAT_SECONDS
        self.started_at = timezone.now()
        self._stopped = threading.Event()
        self._thread = threading.Thread(target=self._run, name="heartbeat", daemon=True)

    def start(self):
        beat(self.worker_id, self.started_at)
        self._thread.start()

    def _run(self):
        try:
            while not self._stopped.wait(self.interval):
                close_old_connections()
                try:
                    beat(self.worker_id, self.started_at)
                    requeue_orphans()
                except DatabaseError:
                    # A database that is away for a moment: the next beat tries again, and
                    # the health check meanwhile says the worker is late.
                    pass
        finally:
            connection.close()

    def stop(self):
        self._stopped.set()
        self._thread.join(timeout=self.interval + 5)
        try:
            WorkerHeartbeat.objects.filter(worker_id=self.worker_id).delete()
        except DatabaseError:
            pass
