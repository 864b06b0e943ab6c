"""The task worker's heartbeat: a row per running worker, touched every few seconds by a thread
of its own, so the health check can tell a live worker from a dead one, on any server."""

import os
import socket
import threading

from django.conf import settings
from django.db import DatabaseError, close_old_connections, connection
from django.utils import timezone

from ops.models import WorkerHeartbeat


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
