from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from guardian.models import UserObjectPermissionBase

from audit import trail
from audit.models import AuditAction, AuditEntry
from casework.models.people import Person, names_holding, sealed, with_name_tokens
from casework.models.services import Service
from casework.models.versioning import VersionedModel
from cms.crypto import EncryptedTextField


class CaseStatus(models.TextChoices):
    OPEN = "open", _("Open")
    ACTIVE = "active", _("Active")
    CLOSED = "closed", _("Closed")
    REOPENED = "reopened", _("Reopened")


class RiskLevel(models.TextChoices):
    LOW = "low", _("Low")
    MEDIUM = "medium", _("Medium")
    HIGH = "high", _("High")
    SEVERE = "severe", _("Severe: immediate danger")


class ClosureReason(models.TextChoices):
    GOALS_MET = "goals_met", _("Goals met")
    REFERRED = "referred", _("Referred elsewhere, no further follow-up")
    MOVED = "moved", _("Moved away")
    NO_CONTACT = "no_contact", _("Contact lost")
    DECLINED = "declined", _("Person declined further support")
    DECEASED = "deceased", _("Deceased")


# Case.open_for()'s default owner: whoever opens the case.
OPENER = object()


class CaseQuerySet(models.QuerySet):
    def open(self):
        return self.exclude(status=CaseStatus.CLOSED)

    def closed(self):
        return self.filter(status=CaseStatus.CLOSED)

    def persons_named(self, query):
        """The ids of the persons of these cases whose name holds every word of `query`, found
        through the blind name tokens (people.py). One query, from the cases: only the names of
        the candidates among these cases are decrypted, each person's once, so narrow them to
        the cases the user may open first. Person ids, not case ids: for a supervisor,
        PostgreSQL then reads the candidates from two indexes alone (cases by service and
        person, tokens by value), where case ids made it read a whole service's rows."""
        rows = with_name_tokens(self.order_by(), query, "person_id").values_list(
            "person_id", sealed("person__first_name"), sealed("person__last_name")
        )
        return names_holding(rows, query)

    def unassigned(self):
        return self.open().filter(owner=None)

    def overdue(self, today=None):
        """Open cases with a follow-up past due."""
        today = today or timezone.localdate()
        late = self.model._meta.get_field("followups").related_model.objects.filter(
            case=models.OuterRef("pk"), done_at=None, due_on__lt=today
        )
        # EXISTS, not a join: a join repeats a case per late follow-up and needs DISTINCT.
        return self.open().filter(models.Exists(late))

    def awaiting_closure(self):
        return self.open().exclude(closure_requested_at=None)

    def held(self):
        """Cases under a legal hold: put on hold by their staff, or with a complaint before the
        prosecutor or the court. Nothing of theirs is erased, by retention or on request."""
        return self.filter(self._held())

    def not_held(self):
        return self.exclude(self._held())

    def _held(self):
        incidents = self.model._meta.get_field("incidents").related_model.objects
        in_court = incidents.filter(
            case=models.OuterRef("pk"), complaint_stage__in=COMPLAINT_STAGES_IN_COURT
        )
        return models.Q(legal_hold=True) | models.Q(models.Exists(in_court))


# An incident's complaint at these stages holds its case (casework.models.incidents).
COMPLAINT_STAGES_IN_COURT = ("prosecutor", "court")


class Case(VersionedModel):
    """A file a service keeps on one person it accompanies. Caseworkers meet it in the admin's
    Casework menu; only its owner, collaborators and the service's supervisors can open it."""

    reference = models.CharField(_("reference"), max_length=20, unique=True, editable=False)
    service = models.ForeignKey(
        Service, on_delete=models.PROTECT, related_name="cases", verbose_name=_("service")
    )
    person = models.ForeignKey(
        Person, on_delete=models.PROTECT, related_name="cases", verbose_name=_("person")
    )
    status = models.CharField(
        _("status"), max_length=10, choices=CaseStatus.choices, default=CaseStatus.OPEN
    )
    risk_level = models.CharField(
        _("risk level"), max_length=10, choices=RiskLevel.choices, default=RiskLevel.LOW
    )
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="owned_cases",
        verbose_name=_("owner"),
    )
    collaborators = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        blank=True,
        related_name="collaborating_cases",
        verbose_name=_("collaborators"),
    )
    opened_on = models.DateField(_("opened on"), default=timezone.localdate)
    hide_name = models.BooleanField(
        _("hide the name in lists"),
        default=False,
        help_text=_(
            "Lists and the dashboard show the person's initials instead of her name, for the most "
            "sensitive files. The case page still shows it."
        ),
    )
    closed_on = models.DateField(_("closed on"), null=True, blank=True, editable=False)
    legal_hold = models.BooleanField(_("legal hold"), default=False, editable=False)
    legal_hold_reason = EncryptedTextField(
        _("reason for the legal hold"), blank=True, editable=False
    )
    legal_hold_since = models.DateField(_("on hold since"), null=True, blank=True, editable=False)
    closure_reason = models.CharField(
        _("closure reason"), max_length=20, choices=ClosureReason.choices, blank=True
    )
    closure_requested_at = models.DateTimeField(null=True, blank=True, editable=False)
    closure_requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        editable=False,
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = CaseQuerySet.as_manager()

    class Meta:
        verbose_name = _("case")
        verbose_name_plural = _("cases")
        ordering = ["-opened_on", "-pk"]
        indexes = [
            models.Index(fields=["service", "status"]),
            # The listing's order, with the service a supervisor's filter needs, so a page is
            # read from the index (an index-only scan on PostgreSQL) instead of sorting a service.
            models.Index(fields=["-opened_on", "-id", "service"], name="case_listing_idx"),
            # Who was followed by a service when (indicators.computation), read from the index.
            models.Index(
                fields=["service", "person", "opened_on", "closed_on"], name="case_indicators_idx"
            ),
        ]
        # No "view"/"change" here opens a case: these are granted per case by permissions.py.
        default_permissions = ("add", "change", "delete", "view")
        permissions = [
            ("override_referral_consent", "Can refer without a recorded consent"),
        ]

    def __str__(self):
        return self.reference

    def save(self, *args, **kwargs):
        if self.reference:
            return super().save(*args, **kwargs)
        with transaction.atomic():
            # Lock the service row so two intakes at once never draw the same number.
            Service.objects.select_for_update().filter(pk=self.service_id).first()
            self.reference = self._next_reference()
            super().save(*args, **kwargs)

    def _next_reference(self):
        year = (self.opened_on or timezone.localdate()).year
        prefix = f"{self.service.reference_prefix}-{year}-"
        last = (
            Case.objects.filter(reference__startswith=prefix)
            .order_by("-reference")
            .values_list("reference", flat=True)
            .first()
        )
        number = int(last.rsplit("-", 1)[1]) + 1 if last else 1
        return f"{prefix}{number:05d}"

    @property
    def is_closed(self):
        return self.status == CaseStatus.CLOSED

    def audit_entries(self):
        """The audit trail of this file: entries on the case, on each record it holds, and on its
        person's identity when it was changed from this case (not from another service's case of
        hers)."""
        about = AuditEntry.naming(self)
        for records in (
            self.sessions,
            self.followups,
            self.consents,
            self.referrals,
            self.attachments,
        ):
            about |= AuditEntry.naming(records.all())
        about |= AuditEntry.naming(self.person) & models.Q(details__case=self.pk)
        return AuditEntry.objects.filter(about)

    @classmethod
    @transaction.atomic
    def open_for(cls, person, *, service, risk_level, by, owner=OPENER, opened_on=None):
        """A new case for `person` at `service`, owned by the caseworker who opens it (or by
        `owner`, None to leave it to the supervisor to assign), granted to its owner and the
        service's supervisors, and audited. `opened_on` (today) for a file carried over from
        paper."""
        case = cls.objects.create(
            service=service,
            person=person,
            risk_level=risk_level,
            owner=by if owner is OPENER else owner,
            status=CaseStatus.OPEN,
            opened_on=opened_on or timezone.localdate(),
        )
        _sync_grants(case, by=by)
        trail.record(AuditAction.CREATE, user=by, obj=case)
        return case

    @transaction.atomic
    def save_edit(self, *, by, expected_version, fields, collaborators=None):
        """Save an edit (StaleEdit if someone else saved since the form was opened), make the
        grants follow the owner and collaborators, and record which fields changed."""
        self.save_checked(expected_version=expected_version)
        if collaborators is not None:
            self.collaborators.set(collaborators)
        _sync_grants(self, by=by)
        trail.record(AuditAction.CHANGE, user=by, obj=self, fields=sorted(fields))

    @transaction.atomic
    def request_closure(self, *, by, reason):
        if self.is_closed:
            raise ValidationError(_("This case is already closed."))
        self.closure_reason = reason
        self.closure_requested_at = timezone.now()
        self.closure_requested_by = by
        self.save_checked(expected_version=self.version)
        trail.record(AuditAction.CLOSE, user=by, obj=self, step="requested")

    @transaction.atomic
    def approve_closure(self, *, by, on=None):
        """A supervisor closes the case, as of `on` (today; earlier for a file closed on paper)."""
        if self.is_closed:
            raise ValidationError(_("This case is already closed."))
        if self.closure_requested_at is None:
            raise ValidationError(_("Nobody asked to close this case."))
        on = on or timezone.localdate()
        if on < self.opened_on:
            raise ValidationError(_("A case cannot be closed before it was opened."))
        self.status = CaseStatus.CLOSED
        self.closed_on = on
        self.save_checked(expected_version=self.version)
        trail.record(AuditAction.CLOSE, user=by, obj=self, step="approved")

    @transaction.atomic
    def reject_closure(self, *, by):
        if self.is_closed or self.closure_requested_at is None:
            raise ValidationError(_("There is no closure request to refuse."))
        self.closure_requested_at = None
        self.closure_requested_by = None
        self.closure_reason = ""
        self.save_checked(expected_version=self.version)
        trail.record(AuditAction.CLOSE, user=by, obj=self, step="rejected")

    @transaction.atomic
    def reopen(self, *, by):
        if not self.is_closed:
            raise ValidationError(_("Only a closed case can be reopened."))
        self.status = CaseStatus.REOPENED
        self.closed_on = None
        self.closure_requested_at = None
        self.closure_requested_by = None
        self.closure_reason = ""
        self.save_checked(expected_version=self.version)
        trail.record(AuditAction.CHANGE, user=by, obj=self, fields=["status"], step="reopened")

    @property
    def in_court(self):
        """Whether one of the case's incidents has a complaint before the prosecutor or the
        court (which holds the case as a legal hold does)."""
        return self.incidents.filter(complaint_stage__in=COMPLAINT_STAGES_IN_COURT).exists()

    @property
    def is_held(self):
        return self.legal_hold or self.in_court

    @transaction.atomic
    def place_legal_hold(self, *, by, reason):
        """Keep everything in this case, whatever retention or an erasure request would erase
        (evidence for a court): audited, flagged to the data protection officer."""
        if not (reason or "").strip():
            raise ValidationError(_("Give the reason for the legal hold."))
        if self.legal_hold:
            raise ValidationError(_("This case is already on legal hold."))
        self.legal_hold = True
        self.legal_hold_reason = reason.strip()
        self.legal_hold_since = timezone.localdate()
        self.save_checked(expected_version=self.version)
        trail.record(AuditAction.LEGAL_HOLD, user=by, obj=self, step="placed", flagged=True)

    @transaction.atomic
    def lift_legal_hold(self, *, by):
        if not self.legal_hold:
            raise ValidationError(_("This case is not on legal hold."))
        self.legal_hold = False
        self.legal_hold_reason = ""
        self.legal_hold_since = None
        self.save_checked(expected_version=self.version)
        trail.record(AuditAction.LEGAL_HOLD, user=by, obj=self, step="lifted", flagged=True)


def _sync_grants(case, *, by):
    # permissions.py reads these models, so it is imported when a verb runs, not at import time.
    from casework.permissions import sync_case_grants

    sync_case_grants(case, by=by)


class CaseUserObjectPermission(UserObjectPermissionBase):
    """Guardian's per-case grants to a user, in a table with a real foreign key (fast, and rows go
    with the case)."""

    content_object = models.ForeignKey(Case, on_delete=models.CASCADE)
