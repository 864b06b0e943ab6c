import secrets

from django.conf import settings
from django.db import models, transaction
from django.utils.translation import gettext_lazy as _

from audit import trail
from audit.models import AuditAction
from casework.models.versioning import VersionedModel
from cms import crypto
from cms.crypto import EncryptedTextField


class Sex(models.TextChoices):
    FEMALE = "F", _("Female")
    MALE = "M", _("Male")
    UNKNOWN = "U", _("Not recorded")


class Disability(models.TextChoices):
    NONE = "none", _("None")
    PHYSICAL = "physical", _("Physical")
    INTELLECTUAL = "intellectual", _("Intellectual")
    AUTISM = "autism", _("Autism spectrum")
    SENSORY = "sensory", _("Sensory")
    MULTIPLE = "multiple", _("Multiple")


class MigrantStatus(models.TextChoices):
    NOT_MIGRANT = "no", _("Not a migrant")
    REGULAR = "regular", _("Regular residence")
    IRREGULAR = "irregular", _("Irregular situation")
    ASYLUM = "asylum", _("Asylum seeker")
    REFUGEE = "refugee", _("Refugee")
    TRANSIT = "transit", _("In transit")


def new_person_reference():
    return "P-" + secrets.token_hex(4).upper()


class PersonQuerySet(models.QuerySet):
    def matching(self, *, name="", phone="", document=""):
        """Persons whose exact name, phone or document number match (through blind indexes)."""
        query = models.Q(pk__in=[])
        if name := Person.name_hint(name):
            query |= models.Q(name_index=name)
        if phone := Person.phone_hint(phone):
            query |= models.Q(phone_index=phone)
        if document := Person.document_hint(document):
            query |= models.Q(document_index=document)
        return self.filter(query)


class Person(VersionedModel):
    """Someone a service accompanies. Known to the system by a pseudonymous reference; identifying
    fields are encrypted, and found only by exact match through keyed hashes. Sex, birth year,
    nationality, disability and migrant status stay plain: they feed the indicators."""

    reference = models.CharField(
        _("reference"), max_length=12, unique=True, default=new_person_reference, editable=False
    )
    first_name = EncryptedTextField(_("first name"), blank=True)
    last_name = EncryptedTextField(_("last name"), blank=True)
    phone = EncryptedTextField(_("phone"), blank=True)
    address = EncryptedTextField(_("address"), blank=True)
    identity_document = EncryptedTextField(_("identity document number"), blank=True)
    details = EncryptedTextField(_("other identifying details"), blank=True)

    name_index = models.CharField(max_length=64, blank=True, db_index=True, editable=False)
    phone_index = models.CharField(max_length=64, blank=True, db_index=True, editable=False)
    document_index = models.CharField(max_length=64, blank=True, db_index=True, editable=False)

    sex = models.CharField(_("sex"), max_length=1, choices=Sex.choices, default=Sex.UNKNOWN)
    birth_year = models.PositiveSmallIntegerField(_("birth year"), null=True, blank=True)
    nationality = models.CharField(_("nationality"), max_length=60, blank=True)
    disability = models.CharField(
        _("disability"), max_length=20, choices=Disability.choices, default=Disability.NONE
    )
    migrant_status = models.CharField(
        _("migrant status"),
        max_length=20,
        choices=MigrantStatus.choices,
        default=MigrantStatus.NOT_MIGRANT,
    )

    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    anonymised_at = models.DateTimeField(_("anonymised"), null=True, blank=True, editable=False)

    objects = PersonQuerySet.as_manager()

    class Meta:
        verbose_name = _("person")
        verbose_name_plural = _("persons")
        ordering = ["reference"]

    def __str__(self):
        # Only the pseudonym: this string reaches admin titles, logs and history.
        return self.reference

    @transaction.atomic
    def register(self, *, by):
        """Record a person met for the first time; audited under her pseudonym."""
        self.created_by = by
        self.save()
        trail.record(AuditAction.CREATE, user=by, obj=self)

    def save(self, *args, **kwargs):
        self.name_index = self.name_hint(self.full_name)
        self.phone_index = self.phone_hint(self.phone)
        self.document_index = self.document_hint(self.identity_document)
        super().save(*args, **kwargs)

    @staticmethod
    def name_hint(full_name):
        return crypto.blind_index("name", crypto.normalise(full_name))

    @staticmethod
    def phone_hint(phone):
        return crypto.blind_index("phone", crypto.normalise_phone(phone))

    @staticmethod
    def document_hint(document):
        return crypto.blind_index("document", crypto.normalise(document).replace(" ", ""))

    @property
    def full_name(self):
        return " ".join(part for part in (self.first_name, self.last_name) if part)

    IDENTIFYING_FIELDS = (
        "first_name",
        "last_name",
        "phone",
        "address",
        "identity_document",
        "details",
    )

    def anonymise(self, when):
        """Erase what identifies the person; keep what the statistics need."""
        for field in self.IDENTIFYING_FIELDS:
            setattr(self, field, "")
        self.anonymised_at = when
        self.save()
