"""What the platform records about its own processes."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from cms.crypto import EncryptedTextField


class WorkerHeartbeat(models.Model):
    """One row per running task worker (`manage.py db_worker`), touched every few seconds, so the
    health check can tell a live worker from a dead one on any app server. Nobody edits it."""

    worker_id = models.CharField(_("worker id"), max_length=64, unique=True)
    hostname = models.CharField(_("host name"), max_length=255)
    pid = models.PositiveIntegerField(_("process id"))
    started_at = models.DateTimeField(_("started at"))
    beat_at = models.DateTimeField(_("last heartbeat"), db_index=True)

    class Meta:
        verbose_name = _("worker heartbeat")
        verbose_name_plural = _("worker heartbeats")

    def __str__(self):
        return f"{self.hostname}:{self.pid}"


class KeyCanary(models.Model):
    """One known value encrypted under the casework keys, so the health check can tell that the
    configured keys still read what the database holds without reading any record. It is
    re-encrypted by `rotate_casework_keys` like every encrypted field."""

    value = EncryptedTextField()

    class Meta:
        verbose_name = _("encryption key canary")
        verbose_name_plural = _("encryption key canaries")

    def __str__(self):
        return "key canary"
