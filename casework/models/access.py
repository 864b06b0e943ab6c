from datetime import timedelta

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from audit import trail
from audit.models import AuditAction
from casework.models.cases import Case
from cms.crypto import EncryptedTextField

EMERGENCY_ACCESS_DURATION = timedelta(hours=1)


class EmergencyAccessQuerySet(models.QuerySet):
    def current(self, now=None):
        return self.filter(expires_at__gt=now or timezone.now())


class EmergencyAccess(models.Model):
    """The technical administrator opening one case, for a stated reason and a limited time.
    Flagged to the data protection officer in the audit trail."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="emergency_accesses"
    )
    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="emergency_accesses")
    reason = EncryptedTextField(_("reason"))
    started_at = models.DateTimeField(default=timezone.now)
    expires_at = models.DateTimeField()

    objects = EmergencyAccessQuerySet.as_manager()

    class Meta:
        verbose_name = _("emergency access")
        verbose_name_plural = _("emergency accesses")
        ordering = ["-started_at"]

    def __str__(self):
        return f"{self.user} → {self.case} ({self.started_at:%Y-%m-%d %H:%M})"

    def save(self, *args, **kwargs):
        if not self.expires_at:
            self.expires_at = (self.started_at or timezone.now()) + EMERGENCY_ACCESS_DURATION
        super().save(*args, **kwargs)

    @classmethod
    @transaction.atomic
    def open(cls, case, *, by, reason):
        """`by` opens `case` for an hour, for `reason`: flagged to the data protection officer.
        Who may ask is permissions.may_open_emergency_access()'s answer, asked by the view."""
        if not reason.strip():
            raise ValidationError(_("Give the reason for opening this case."))
        access = cls.objects.create(user=by, case=case, reason=reason)
        trail.record(
            AuditAction.EMERGENCY_ACCESS,
            user=by,
            obj=case,
            flagged=True,
            access=access.pk,
            until=access.expires_at.isoformat(),
        )
        return access
