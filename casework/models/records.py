from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from casework.crypto import EncryptedTextField
from casework.models.cases import Case
from casework.models.people import Person
from casework.models.services import Service
from casework.models.versioning import VersionedModel


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

    def __str__(self):
        return f"{self.case} · {self.get_kind_display()} · {self.date:%Y-%m-%d}"

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

    def withdraw(self, *, on=None):
        self.withdrawn_on = on or timezone.localdate()
        self.save(update_fields=["withdrawn_on"])


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

    def incoming_for(self, user):
        """Internal referrals waiting for a service `user` works in."""
        return self.active().filter(to_service__in=Service.objects.of_member(user))


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
        Consent, on_delete=models.PROTECT, null=True, blank=True, related_name="referrals"
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

    def _move(self, allowed_from, to):
        if self.status not in allowed_from:
            raise ValidationError(
                _("A referral that is %(status)s cannot become %(new)s.")
                % {"status": self.get_status_display(), "new": ReferralStatus(to).label}
            )
        self.status = to
        self.answered_at = timezone.now()
        self.save(update_fields=["status", "answered_at"])

    @transaction.atomic
    def accept(self):
        self._move([ReferralStatus.SENT], ReferralStatus.ACCEPTED)

    @transaction.atomic
    def refuse(self):
        self._move([ReferralStatus.SENT], ReferralStatus.REFUSED)

    @transaction.atomic
    def complete(self):
        self._move([ReferralStatus.ACCEPTED], ReferralStatus.DONE)

    @transaction.atomic
    def revoke(self):
        self._move([ReferralStatus.SENT, ReferralStatus.ACCEPTED], ReferralStatus.REVOKED)


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

    def mark_done(self):
        self.done_at = timezone.now()
        self.save(update_fields=["done_at"])
