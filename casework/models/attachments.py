import secrets

from django.conf import settings
from django.core.files.base import ContentFile
from django.core.files.storage import storages
from django.db import models, transaction
from django.utils.translation import gettext_lazy as _

from audit import trail
from audit.models import AuditAction
from casework.models.cases import Case
from cms import crypto
from cms.crypto import EncryptedTextField


def private_storage():
    """Casework files never go to the public media storage: a separate private one."""
    return storages["casework"]


class Attachment(models.Model):
    """A file on a case (a medical certificate, a complaint, a signed consent form). Its content is
    encrypted before it reaches the private storage; it is served only by a permission-checked,
    audited view."""

    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="attachments")
    title = EncryptedTextField(_("title"))
    original_name = EncryptedTextField(editable=False)
    content_type = models.CharField(max_length=100, editable=False)
    size = models.PositiveIntegerField(editable=False)
    blob = models.CharField(max_length=200, editable=False, unique=True)
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    uploaded_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("attachment")
        verbose_name_plural = _("attachments")
        ordering = ["-uploaded_at"]

    def __str__(self):
        return f"{self.case} · {_('attachment')} {self.pk}"

    def store(self, uploaded_file):
        """Encrypt and store an uploaded file (call before saving)."""
        data = uploaded_file.read()
        self.size = len(data)
        self.original_name = uploaded_file.name
        self.content_type = getattr(uploaded_file, "content_type", "") or "application/octet-stream"
        name = f"cases/{secrets.token_hex(16)}.bin"
        self.blob = private_storage().save(name, ContentFile(crypto.encrypt_bytes(data)))

    @transaction.atomic
    def add_to(self, case, *, by, file):
        """Encrypt and store `file` as this attachment of `case`; audited (its size, never its
        name, which may carry a person's)."""
        self.case = case
        self.uploaded_by = by
        self.store(file)
        self.save()
        trail.record(AuditAction.CREATE, user=by, obj=self, size=self.size, case=case.pk)

    def read(self):
        with private_storage().open(self.blob, "rb") as handle:
            return crypto.decrypt_bytes(handle.read())

    def delete(self, *args, **kwargs):
        private_storage().delete(self.blob)
        return super().delete(*args, **kwargs)
