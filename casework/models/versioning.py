from django.db import models, transaction

from audit import trail
from audit.models import AuditAction


class StaleEdit(Exception):
    """Someone else saved this record since it was opened."""


class VersionedModel(models.Model):
    """Optimistic locking: every checked save bumps `version`; a save from a form opened at an
    older version is refused, never merged or silently overwritten."""

    version = models.PositiveIntegerField(default=1, editable=False)

    class Meta:
        abstract = True

    @transaction.atomic
    def save_checked(self, *, expected_version, update_fields=None):
        """Save only if nobody else saved since `expected_version` was read; bump the version."""
        updated = (
            type(self)
            ._default_manager.filter(pk=self.pk, version=expected_version)
            .update(version=models.F("version") + 1)
        )
        if not updated:
            raise StaleEdit
        self.version = expected_version + 1
        self.save(update_fields=update_fields)

    @transaction.atomic
    def save_edit(self, *, by, expected_version, fields, **details):
        """Save an edit `by` someone from a form opened at `expected_version` (StaleEdit if
        someone else saved since), and record which fields changed, never their values."""
        self.save_checked(expected_version=expected_version)
        trail.record(AuditAction.CHANGE, user=by, obj=self, fields=sorted(fields), **details)
