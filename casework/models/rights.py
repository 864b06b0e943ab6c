"""A person's request to the data protection officer (Moroccan law 09-08, as under the GDPR): for a
copy of what is held about her, for a correction, or for erasure. The request is the record the
DPO answers on: what was asked and when, what was done, why, and by whom. The verbs that act on
the person's file are in casework/rights.py; every step is in the audit trail."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from audit import trail
from audit.models import AuditAction
from casework.models.people import Person
from cms.crypto import EncryptedTextField


class RequestKind(models.TextChoices):
    ACCESS = "access", _("Access: a copy of everything held about her")
    RECTIFICATION = "rectification", _("Rectification: correct her identity")
    ERASURE = "erasure", _("Erasure: erase her file")


class RequestStatus(models.TextChoices):
    # A request's own words: in French a request is feminine (« ouverte »), a case is not.
    OPEN = "open", pgettext_lazy("data rights request", "Open")
    DONE = "done", pgettext_lazy("data rights request", "Answered")
    REFUSED = "refused", pgettext_lazy("data rights request", "Refused")


class RightsRequestQuerySet(models.QuerySet):
    def open(self):
        return self.filter(status=RequestStatus.OPEN)


class RightsRequest(models.Model):
    """One request by a person about her own data, recorded and answered by the DPO."""

    person = models.ForeignKey(
        Person, on_delete=models.PROTECT, related_name="rights_requests", verbose_name=_("person")
    )
    kind = models.CharField(_("request"), max_length=20, choices=RequestKind.choices)
    received_on = models.DateField(_("received on"), default=timezone.localdate)
    note = EncryptedTextField(
        _("what she asked and how her identity was checked"),
        blank=True,
        help_text=_("Erased with her file if she asks for erasure."),
    )
    status = models.CharField(
        _("status"), max_length=10, choices=RequestStatus.choices, default=RequestStatus.OPEN
    )
    answer = EncryptedTextField(
        _("reason"),
        blank=True,
        help_text=_(
            "Why this was done or refused, kept as the record of the answer: no name, no phone "
            "number, nothing that identifies her."
        ),
    )
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    recorded_at = models.DateTimeField(auto_now_add=True)
    answered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    answered_at = models.DateTimeField(_("answered"), null=True, blank=True)

    objects = RightsRequestQuerySet.as_manager()

    class Meta:
        verbose_name = _("data rights request")
        verbose_name_plural = _("data rights requests")
        ordering = ["-received_on", "-pk"]

    def __str__(self):
        # The request's number and the person's pseudonym only: this reaches titles and the trail.
        return f"DR-{self.pk} · {self.person.reference}"

    @property
    def is_open(self):
        return self.status == RequestStatus.OPEN

    @transaction.atomic
    def record(self, *, by):
        """Record a new request; audited under the person's pseudonym."""
        if self.received_on and self.received_on > timezone.localdate():
            raise ValidationError({"received_on": _("A request cannot be received in the future.")})
        self.recorded_by = by
        self.save()
        trail.record(
            AuditAction.RIGHTS_REQUEST, user=by, obj=self, kind=self.kind, person=self.person_id
        )

    def close(self, *, by, status, answer):
        """Mark the request answered or refused, with its reason (inside the verb's
        transaction)."""
        if not self.is_open:
            raise ValidationError(_("This request is already answered."))
        self.status = status
        self.answer = (answer or "").strip()
        self.answered_by = by
        self.answered_at = timezone.now()
        self.save()

    @transaction.atomic
    def refuse(self, *, by, answer):
        if not (answer or "").strip():
            raise ValidationError(_("Give the reason for refusing."))
        self.close(by=by, status=RequestStatus.REFUSED, answer=answer)
        trail.record(AuditAction.RIGHTS_REQUEST, user=by, obj=self, step="refused")
