from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from audit import trail
from audit.models import AuditAction
from casework.models.cases import Case
from casework.models.people import Person
from casework.models.services import Service, ServiceKind
from casework.models.versioning import VersionedModel
from cms.crypto import EncryptedTextField


class SessionKind(models.TextChoices):
    LISTENING = "listening", _("Listening session")
    SUPPORT_GROUP = "support_group", _("Support group")
    LEGAL = "legal", _("Legal help / complaint filed")
    SHELTER = "shelter", _("Shelter stay")
    ORIENTATION_RIGHTS = "orientation_rights", _("Orientation: rights")
    ORIENTATION_HEALTH = "orientation_health", _("Orientation: health")
    ORIENTATION_ADMIN = "orientation_admin", _("Orientation: administration")
    HEALTH_REFERRAL = "health_referral", _("Health referral")
    HOME_VISIT = "home_visit", _("Home visit")
    PARENT_SUPPORT = "parent_support", _("Parent support")

    @classmethod
    def of_service(cls, service_kind):
        """The kinds of session a service records (the form offers only these; the indicators
        count any other as "other")."""
        return SERVICE_SESSION_KINDS.get(service_kind, tuple(cls))


SERVICE_SESSION_KINDS = {
    ServiceKind.LISTENING: (
        SessionKind.LISTENING,
        SessionKind.SUPPORT_GROUP,
        SessionKind.LEGAL,
        SessionKind.SHELTER,
        SessionKind.HEALTH_REFERRAL,
    ),
    ServiceKind.MIGRANTS: (
        SessionKind.ORIENTATION_RIGHTS,
        SessionKind.ORIENTATION_HEALTH,
        SessionKind.ORIENTATION_ADMIN,
    ),
    ServiceKind.DAYCENTRE: (SessionKind.HOME_VISIT, SessionKind.PARENT_SUPPORT),
}


class CaseSession(VersionedModel):
    """One meeting, call or stay recorded on a case: its kind and date are plain (indicators count
    them), what was said is encrypted."""

    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="sessions")
    date = models.DateField(_("date"), default=timezone.localdate)
    kind = models.CharField(_("kind"), max_length=30, choices=SessionKind.choices)
    duration_minutes = models.PositiveSmallIntegerField(
        _("duration (minutes)"), null=True, blank=True
    )
    narrative = EncryptedTextField(_("narrative"), blank=True)
    children_count = models.PositiveSmallIntegerField(
        _("children sheltered"), null=True, blank=True, help_text=_("Shelter stays only.")
    )
    stay_start = models.DateField(_("stay from"), null=True, blank=True)
    stay_end = models.DateField(_("stay until"), null=True, blank=True)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("session")
        verbose_name_plural = _("sessions")
        ordering = ["-date", "-pk"]
        indexes = [
            # The indicators read a service's sessions by case, date and kind from this index
            # alone (indicators.computation), never the rows with their narratives.
            models.Index(fields=["case", "date", "kind"], name="session_indicators_idx"),
        ]

    def __str__(self):
        return f"{self.case} · {self.get_kind_display()} · {self.date:%Y-%m-%d}"

    @transaction.atomic
    def add_to(self, case, *, by):
        """Record this new session on `case`: validated, saved and audited together."""
        self.case = case
        self.recorded_by = by
        self.full_clean()
        self.save()
        trail.record(AuditAction.CREATE, user=by, obj=self, case=case.pk)

    def clean(self):
        if self.kind == SessionKind.SHELTER:
            if not self.stay_start:
                raise ValidationError({"stay_start": _("A shelter stay needs its first day.")})
            if self.stay_end and self.stay_end < self.stay_start:
                raise ValidationError({"stay_end": _("The stay cannot end before it starts.")})


class ConsentScope(models.TextChoices):
    INTERNAL = "internal", _("Sharing with another service of the commune")
    HEALTH = "health", _("Sharing with health services")
    LEGAL = "legal", _("Sharing with police and courts")
    ASSOCIATIONS = "associations", _("Sharing with partner associations")


class Consent(models.Model):
    """What a person agreed to share, with whom, since when and until when."""

    person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="consents")
    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="consents")
    purpose = EncryptedTextField(_("purpose"))
    scope = models.CharField(_("scope"), max_length=20, choices=ConsentScope.choices)
    given_on = models.DateField(_("given on"), default=timezone.localdate)
    withdrawn_on = models.DateField(_("withdrawn on"), null=True, blank=True)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    signed_form = models.ForeignKey(
        "casework.Attachment",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("signed form"),
    )

    class Meta:
        verbose_name = _("consent")
        verbose_name_plural = _("consents")
        ordering = ["-given_on"]

    def __str__(self):
        return f"{self.case} · {self.get_scope_display()}"

    def is_valid_on(self, day=None):
        day = day or timezone.localdate()
        return self.given_on <= day and (self.withdrawn_on is None or self.withdrawn_on > day)

    @transaction.atomic
    def add_to(self, case, *, by):
        """Record this consent, given by the case's person, on `case`; audited."""
        self.case = case
        self.person = case.person
        self.recorded_by = by
        self.full_clean()
        self.save()
        trail.record(AuditAction.CREATE, user=by, obj=self, scope=self.scope, case=case.pk)

    @transaction.atomic
    def withdraw(self, *, by, on=None):
        """The person takes her consent back from `on` (today): referrals under it stop."""
        if self.withdrawn_on is not None:
            raise ValidationError(_("This consent is already withdrawn."))
        self.withdrawn_on = on or timezone.localdate()
        if self.withdrawn_on < self.given_on:
            raise ValidationError(_("A consent cannot be withdrawn before it was given."))
        self.save(update_fields=["withdrawn_on"])
        trail.record(AuditAction.CHANGE, user=by, obj=self, fields=["withdrawn_on"])


class PartnerKind(models.TextChoices):
    INTERNAL = "internal", _("Another service of the commune")
    HEALTH_CENTRE = "health_centre", _("Health centre")
    HOSPITAL = "hospital", _("Provincial hospital")
    ASSOCIATION = "association", _("Association")
    POLICE = "police", _("Police")
    COURT = "court", _("Court")


# Which consent scope a referral to each kind of partner needs.
SCOPE_FOR_PARTNER = {
    PartnerKind.INTERNAL: ConsentScope.INTERNAL,
    PartnerKind.HEALTH_CENTRE: ConsentScope.HEALTH,
    PartnerKind.HOSPITAL: ConsentScope.HEALTH,
    PartnerKind.ASSOCIATION: ConsentScope.ASSOCIATIONS,
    PartnerKind.POLICE: ConsentScope.LEGAL,
    PartnerKind.COURT: ConsentScope.LEGAL,
}


class ReferralStatus(models.TextChoices):
    SENT = "sent", _("Sent")
    ACCEPTED = "accepted", _("Accepted")
    DONE = "done", pgettext_lazy("referral status", "Done")
    REFUSED = "refused", _("Refused")
    REVOKED = "revoked", _("Revoked")


class ReferralQuerySet(models.QuerySet):
    def active(self):
        return self.filter(status__in=[ReferralStatus.SENT, ReferralStatus.ACCEPTED])

    def incoming_to(self, services):
        """Internal referrals open at any of `services` (for a user: permissions.services_of)."""
        return self.active().filter(to_service__in=services)


class Referral(models.Model):
    """A case sent to another service or an outside partner, under a recorded consent."""

    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="referrals")
    partner_kind = models.CharField(_("to"), max_length=20, choices=PartnerKind.choices)
    to_service = models.ForeignKey(
        Service,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="incoming_referrals",
        verbose_name=_("service"),
    )
    partner_name = models.CharField(_("partner"), max_length=200, blank=True)
    reason = EncryptedTextField(_("what is shared and why"), blank=True)
    consent = models.ForeignKey(
        Consent,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="referrals",
        verbose_name=_("consent"),
    )
    consent_overridden = models.BooleanField(default=False, editable=False)
    status = models.CharField(
        max_length=10, choices=ReferralStatus.choices, default=ReferralStatus.SENT
    )
    sent_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    sent_at = models.DateTimeField(default=timezone.now)
    answered_at = models.DateTimeField(null=True, blank=True)

    objects = ReferralQuerySet.as_manager()

    class Meta:
        verbose_name = _("referral")
        verbose_name_plural = _("referrals")
        ordering = ["-sent_at"]

    def __str__(self):
        return f"{self.case} → {self.destination}"

    @property
    def destination(self):
        if self.partner_kind == PartnerKind.INTERNAL and self.to_service_id:
            return str(self.to_service)
        return self.partner_name or self.get_partner_kind_display()

    @property
    def required_scope(self):
        return SCOPE_FOR_PARTNER[PartnerKind(self.partner_kind)]

    def has_valid_consent(self):
        """A consent of the scope this destination needs, given and not withdrawn."""
        return (
            self.consent is not None
            and self.consent.scope == self.required_scope
            and self.consent.is_valid_on()
        )

    @transaction.atomic
    def send(self, case, *, by):
        """Send `case` to this destination. Without a valid consent of the scope it needs, the
        referral is an override (the form lets only those allowed to override get here), and
        both entries are flagged to the data protection officer."""
        self.case = case
        self.sent_by = by
        self.consent_overridden = not self.has_valid_consent()
        self.full_clean()
        self.save()
        trail.record(
            AuditAction.REFER,
            user=by,
            obj=self,
            flagged=self.consent_overridden,
            partner_kind=self.partner_kind,
            to_service=self.to_service_id,
        )
        if self.consent_overridden:
            trail.record(AuditAction.CONSENT_OVERRIDE, user=by, obj=self, flagged=True)

    # What each answer does: the statuses it may come from, and the status it gives.
    ANSWERS = {
        "accept": ([ReferralStatus.SENT], ReferralStatus.ACCEPTED),
        "refuse": ([ReferralStatus.SENT], ReferralStatus.REFUSED),
        "complete": ([ReferralStatus.ACCEPTED], ReferralStatus.DONE),
    }

    def _move(self, allowed_from, to):
        # Read the status under a lock: two colleagues answering at once give one answer.
        current = type(self).objects.select_for_update().values_list("status", flat=True)
        self.status = current.get(pk=self.pk)
        if self.status not in allowed_from:
            raise ValidationError(
                _("A referral that is %(status)s cannot become %(new)s.")
                % {"status": self.get_status_display(), "new": ReferralStatus(to).label}
            )
        self.status = to
        self.answered_at = timezone.now()
        self.save(update_fields=["status", "answered_at"])

    @transaction.atomic
    def answer(self, answer, *, by):
        """The receiving service's answer: "accept", "refuse" or "complete"."""
        if answer not in self.ANSWERS:
            raise ValidationError(_("Unknown answer to a referral."))
        self._move(*self.ANSWERS[answer])
        trail.record(AuditAction.REFERRAL_ANSWER, user=by, obj=self, answer=answer)

    @transaction.atomic
    def revoke(self, *, by):
        """The sending service takes the referral back: the receiving service stops seeing it."""
        self._move([ReferralStatus.SENT, ReferralStatus.ACCEPTED], ReferralStatus.REVOKED)
        trail.record(AuditAction.REVOKE, user=by, obj=self)


class FollowUpQuerySet(models.QuerySet):
    def pending(self):
        return self.filter(done_at=None)

    def due(self, today=None):
        return self.pending().filter(due_on__lte=today or timezone.localdate())


class FollowUp(models.Model):
    """Something to do on a case by a date."""

    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="followups")
    title = EncryptedTextField(_("what to do"))
    due_on = models.DateField(_("due on"))
    assigned_to = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="casework_followups",
        verbose_name=_("assigned to"),
    )
    done_at = models.DateTimeField(_("done"), null=True, blank=True)

    objects = FollowUpQuerySet.as_manager()

    class Meta:
        verbose_name = _("follow-up")
        verbose_name_plural = _("follow-ups")
        ordering = ["due_on"]

    def __str__(self):
        return f"{self.case} · {self.due_on:%Y-%m-%d}"

    @property
    def is_overdue(self):
        """Not done and past its date (the same rule as CaseQuerySet.overdue())."""
        return self.done_at is None and self.due_on < timezone.localdate()

    @transaction.atomic
    def add_to(self, case, *, by):
        """Add this follow-up to `case`; audited."""
        self.case = case
        self.full_clean()
        self.save()
        trail.record(AuditAction.CREATE, user=by, obj=self, case=case.pk)

    @transaction.atomic
    def mark_done(self, *, by):
        if self.done_at is not None:
            raise ValidationError(_("This follow-up is already done."))
        self.done_at = timezone.now()
        self.save(update_fields=["done_at"])
        trail.record(AuditAction.CHANGE, user=by, obj=self, fields=["done_at"])
