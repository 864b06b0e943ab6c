"""The organisation-wide audit trail: one hash-chained line per thing done to a record, signing in
included. Casework, sign-in and the other apps write it through `audit.trail.record()`."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class AuditAction(models.TextChoices):
    VIEW = "view", _("Viewed")
    CREATE = "create", _("Created")
    CHANGE = "change", _("Changed")
    DELETE = "delete", _("Deleted")
    SEARCH = "search", _("Searched")
    EXPORT = "export", _("Exported")
    DOWNLOAD = "download", _("Downloaded an attachment")
    REFER = "refer", _("Referred")
    REFERRAL_ANSWER = "referral_answer", _("Answered a referral")
    CONSENT_OVERRIDE = "consent_override", _("Referred without consent (override)")
    EMERGENCY_ACCESS = "emergency_access", _("Emergency access")
    GRANT = "grant", _("Permission granted")
    REVOKE = "revoke", _("Permission removed")
    ROLE_REQUEST = "role_request", _("Role change asked")
    ROLE_REFUSE = "role_refuse", _("Role change refused")
    ROLE_CANCEL = "role_cancel", _("Role change cancelled")
    CLOSE = "close", _("Closure")
    LOGIN = "login", _("Logged in")
    LOGIN_FAILED = "login_failed", _("Failed login")
    LOGOUT = "logout", _("Logged out")
    DENIED = "denied", _("Access refused")
    RETENTION = "retention", _("Retention applied")
    KEY_ROTATION = "key_rotation", _("Keys rotated")
    SUBMIT = "submit", _("Submitted for approval")
    PUBLISH = "publish", _("Published")
    SEND_BACK = "send_back", _("Sent back")
    LEGAL_HOLD = "legal_hold", _("Legal hold")
    RIGHTS_REQUEST = "rights_request", _("Data rights request")
    RECTIFY = "rectify", _("Rectified on request")
    ERASE = "erase", _("Erased on request")


class AuditEntryQuerySet(models.QuerySet):
    # What people looked at, rather than what they did: left out of a case's history.
    READS = (
        AuditAction.VIEW,
        AuditAction.SEARCH,
        AuditAction.EXPORT,
        AuditAction.DOWNLOAD,
        AuditAction.DENIED,
    )

    def changes(self):
        return self.exclude(action__in=self.READS)


class AuditEntry(models.Model):
    """One line of the audit trail: who did what to which record, when, from where; never a
    sensitive value. Each entry's hash covers the previous one, so an altered or removed row
    breaks the chain (`manage.py verify_audit_chain`). The data protection officer reads it."""

    at = models.DateTimeField(_("when (UTC)"), db_index=True)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        db_constraint=False,
    )
    actor_username = models.CharField(_("who"), max_length=150, blank=True, db_index=True)
    action = models.CharField(
        _("action"), max_length=20, choices=AuditAction.choices, db_index=True
    )
    object_type = models.CharField(_("record type"), max_length=60, blank=True)
    object_id = models.CharField(_("record id"), max_length=40, blank=True, db_index=True)
    object_repr = models.CharField(_("record"), max_length=60, blank=True, db_index=True)
    ip_address = models.GenericIPAddressField(_("from"), null=True, blank=True)
    flagged = models.BooleanField(_("flagged"), default=False, db_index=True)
    details = models.JSONField(_("details"), default=dict, blank=True)
    previous_hash = models.CharField(_("previous hash"), max_length=64)
    hash = models.CharField(_("hash"), max_length=64, unique=True)

    objects = AuditEntryQuerySet.as_manager()

    class Meta:
        verbose_name = _("audit entry")
        verbose_name_plural = _("audit entries")
        ordering = ["-pk"]
        default_permissions = ("view",)

    def __str__(self):
        return f"#{self.pk} {self.actor_username} {self.action} {self.object_repr}"

    @staticmethod
    def naming(target):
        """The condition on entries that name `target`, a record or a queryset of records."""
        if isinstance(target, models.QuerySet):
            ids = [str(pk) for pk in target.values_list("pk", flat=True)]
            return models.Q(object_type=target.model._meta.label_lower, object_id__in=ids)
        return models.Q(object_type=target._meta.label_lower, object_id=str(target.pk))


class AuditChainHead(models.Model):
    """The last link of the audit chain, one row, locked by every writer: entries are appended
    one at a time whatever the number of servers, and a removed tail shows."""

    last_entry_id = models.BigIntegerField(default=0)
    last_hash = models.CharField(max_length=64)

    def __str__(self):
        return f"audit chain head at #{self.last_entry_id}"
