"""Incidents of gender-based violence recorded by the listening centre, classified as the GBV
Information Management System (GBVIMS) does: six core types, chosen by its rules. What could
identify the survivor or the incident (where exactly, what happened) is encrypted; the type, the
month, the kind of place, the relationship to the alleged aggressor and the complaint's stage are
plain, for the indicators' aggregates."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from audit import trail
from audit.models import AuditAction
from casework.models.cases import Case
from casework.models.services import ServiceKind
from casework.models.versioning import VersionedModel
from cms.crypto import EncryptedTextField


class ViolenceType(models.TextChoices):
    """GBVIMS's six core types, in the order its classification tool asks about them."""

    RAPE = "rape", _("Rape")
    SEXUAL_ASSAULT = "sexual_assault", _("Sexual assault")
    PHYSICAL_ASSAULT = "physical_assault", _("Physical assault")
    FORCED_MARRIAGE = "forced_marriage", _("Forced marriage")
    DENIAL = "denial", _("Denial of resources, opportunities or services")
    PSYCHOLOGICAL = "psychological", _("Psychological or emotional abuse")


# The classification tool's questions, one per type, in its order: an incident is of the type of
# the first question answered yes, so each incident has exactly one type.
CLASSIFICATION_QUESTIONS = (
    (ViolenceType.RAPE, _("Was there penetration, however slight, without consent?")),
    (
        ViolenceType.SEXUAL_ASSAULT,
        _("Was there any other unwanted sexual contact (touching, attempted rape, mutilation)?"),
    ),
    (
        ViolenceType.PHYSICAL_ASSAULT,
        _("Was there physical violence that was not sexual (hitting, slapping, burning)?"),
    ),
    (ViolenceType.FORCED_MARRIAGE, _("Was she married against her will (or as a child)?")),
    (
        ViolenceType.DENIAL,
        _("Was she denied her resources, income, inheritance, schooling, health care or services?"),
    ),
    (
        ViolenceType.PSYCHOLOGICAL,
        _("Was there psychological or emotional abuse (threats, humiliation, confinement)?"),
    ),
)


def classify(acts):
    """The GBVIMS type of an incident whose acts (types answered yes) are `acts`, or None."""
    for violence_type, _question in CLASSIFICATION_QUESTIONS:
        if violence_type in acts:
            return violence_type
    return None


class PlaceType(models.TextChoices):
    SURVIVOR_HOME = "survivor_home", _("Her home")
    AGGRESSOR_HOME = "aggressor_home", _("The alleged aggressor's home")
    OTHER_HOME = "other_home", _("Another home")
    STREET = "street", _("Street or public place")
    WORKPLACE = "workplace", _("Workplace or field")
    SCHOOL = "school", _("School")
    TRANSPORT = "transport", _("Transport")
    ONLINE = "online", _("Online or by telephone")
    OTHER = "other", _("Other place")


class AggressorRelationship(models.TextChoices):
    PARTNER = "partner", _("Husband or intimate partner")
    FORMER_PARTNER = "former_partner", _("Former husband or partner")
    FAMILY = "family", _("Other family member")
    CAREGIVER = "caregiver", _("Caregiver")
    EMPLOYER = "employer", _("Employer, supervisor or colleague")
    TEACHER = "teacher", _("Teacher or school staff")
    COMMUNITY = "community", _("Neighbour or other person she knows")
    SERVICE_PROVIDER = "service_provider", _("Service provider")
    STRANGER = "stranger", _("Nobody she knows")
    UNKNOWN = "unknown", _("Not known")


class ComplaintStage(models.TextChoices):
    NONE = "none", _("No complaint")
    POLICE = "police", _("Complaint filed with the police or gendarmerie")
    PROSECUTOR = "prosecutor", _("Before the public prosecutor")
    COURT = "court", _("Before the court")
    CLOSED = "closed", _("Closed")


class ComplaintOutcome(models.TextChoices):
    PENDING = "pending", _("Pending")
    CONVICTION = "conviction", _("Conviction")
    ACQUITTAL = "acquittal", _("Acquittal")
    DISMISSED = "dismissed", _("Dismissed without further action")
    WITHDRAWN = "withdrawn", _("Withdrawn by her")
    PROTECTION_ORDER = "protection_order", _("Protection order granted")


class Incident(VersionedModel):
    """One incident reported by a woman the listening centre follows."""

    case = models.ForeignKey(
        Case, on_delete=models.CASCADE, related_name="incidents", verbose_name=_("case")
    )
    acts = models.JSONField(_("what happened"), default=list)
    violence_type = models.CharField(
        _("type of violence"), max_length=20, choices=ViolenceType.choices, editable=False
    )
    occurred_on = models.DateField(_("date of the incident"))
    place_type = models.CharField(_("type of place"), max_length=20, choices=PlaceType.choices)
    aggressor_relationship = models.CharField(
        _("relationship to the alleged aggressor"),
        max_length=20,
        choices=AggressorRelationship.choices,
    )
    details = EncryptedTextField(
        _("what happened and where"),
        blank=True,
        help_text=_("Identifying details: kept encrypted, never counted or exported."),
    )
    complaint_stage = models.CharField(
        _("complaint"), max_length=12, choices=ComplaintStage.choices, default=ComplaintStage.NONE
    )
    complaint_filed_on = models.DateField(_("complaint filed on"), null=True, blank=True)
    complaint_outcome = models.CharField(
        _("outcome"), max_length=20, choices=ComplaintOutcome.choices, blank=True
    )
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("incident")
        verbose_name_plural = _("incidents")
        ordering = ["-occurred_on", "-pk"]

    def __str__(self):
        return f"{self.case} · {self.get_violence_type_display()} · {self.occurred_on:%Y-%m}"

    def clean(self):
        errors = {}
        acts = [act for act in self.acts or [] if act in ViolenceType.values]
        self.acts = acts
        self.violence_type = classify(acts) or ""
        if not self.violence_type:
            errors["acts"] = _("Answer yes to at least one question: it gives the incident's type.")
        if self.occurred_on and self.occurred_on > timezone.localdate():
            errors["occurred_on"] = _("The incident cannot be in the future.")
        if self.complaint_stage == ComplaintStage.NONE:
            if self.complaint_filed_on or self.complaint_outcome:
                errors["complaint_stage"] = _(
                    "Say where the complaint stands, or leave its date and outcome empty."
                )
        elif not self.complaint_filed_on:
            errors["complaint_filed_on"] = _("Give the day the complaint was filed.")
        elif self.occurred_on and self.complaint_filed_on < self.occurred_on:
            errors["complaint_filed_on"] = _("A complaint cannot be filed before the incident.")
        if self.complaint_stage == ComplaintStage.CLOSED and self.complaint_outcome in (
            "",
            ComplaintOutcome.PENDING,
        ):
            errors["complaint_outcome"] = _("A closed complaint has an outcome.")
        if self.case_id and self.case.service.kind != ServiceKind.LISTENING:
            errors["__all__"] = _("Incidents are recorded by the listening centre only.")
        if errors:
            raise ValidationError(errors)

    @transaction.atomic
    def add_to(self, case, *, by):
        """Record this incident on `case`: validated, saved and audited together (the type, never
        the details)."""
        self.case = case
        self.recorded_by = by
        self.full_clean()
        self.save()
        trail.record(AuditAction.CREATE, user=by, obj=self, case=case.pk)
