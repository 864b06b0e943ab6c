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


# How many bits of a name word's keyed hash are kept (cms.crypto.blind_token): 1,024 values, so
# that in a commune's few thousand files each value stands for several different words and a
# stolen table does not tell which names are frequent; a search decrypts the few candidates to
# drop the words that only share the value. Changing it needs `manage.py index_names`.
NAME_TOKEN_BITS = 10


def with_name_tokens(queryset, query, field="pk"):
    """`queryset` narrowed to the rows whose person (`field`) has a blind token for every word of
    `query`: the candidates of a search by name, each token shared by a few other words too
    (name_holds() keeps the true matches). One semi-join per word, on the (value, person) index;
    a single GROUP BY ... HAVING COUNT = n over all words is not used: PostgreSQL cannot estimate
    the HAVING and then runs it once per visible case (half a second for a caseworker)."""
    tokens = crypto.name_tokens(query)
    if not tokens:
        return queryset.none()
    for value in {Person.token_value(token) for token in tokens}:
        tokens_of = PersonNameToken.objects.filter(value=value).values("person_id")
        queryset = queryset.filter(**{f"{field}__in": tokens_of})
    return queryset


def sealed(field):
    """A name field as stored, its Fernet token undecrypted: for values_list(), so that
    name_holds() decrypts only what it needs."""
    return models.ExpressionWrapper(models.F(field), output_field=models.TextField())


def _unsealed(token):
    return crypto.decrypt_str(token) if token else ""


def name_holds(words, first_name, last_name):
    """Whether a name, given as its two fields as stored (encrypted), holds every one of `words`
    (crypto.name_tokens of a query). The first name is decrypted first and the last name only
    for the words the first lacks: a search by first name decrypts one value per candidate."""
    missing = words - crypto.name_tokens(_unsealed(first_name))
    return not missing or missing <= crypto.name_tokens(_unsealed(last_name))


def names_holding(rows, query):
    """The ids of `rows`, (id, first name, last name) with the names as stored, whose name holds
    every word of `query`; each id's name decrypted once, however many rows repeat it."""
    words = crypto.name_tokens(query)
    if not words:  # nothing to hold, nothing to read
        return []
    holds = {}
    for pk, first_name, last_name in rows:
        if pk not in holds:
            holds[pk] = name_holds(words, first_name, last_name)
    return [pk for pk, held in holds.items() if held]


class PersonQuerySet(models.QuerySet):
    def named(self, query):
        """Candidates for a search by name: persons with a blind token for every word of `query`
        (each token a few other words share too; confirm_named() keeps the true matches)."""
        return with_name_tokens(self, query)

    def confirm_named(self, query):
        """The ids of the persons of this queryset whose decrypted name holds every word of
        `query`. Decrypts names: call it on the candidates of named(), narrowed to those the user
        may see (the case listing's search: CaseQuerySet.persons_named())."""
        rows = self.order_by().values_list("pk", sealed("first_name"), sealed("last_name"))
        return names_holding(rows, query)

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
        with transaction.atomic():
            super().save(*args, **kwargs)
            fields = kwargs.get("update_fields")
            if fields is None or {"first_name", "last_name"} & set(fields):
                self.name_tokens.all().delete()
                PersonNameToken.objects.bulk_create(PersonNameToken.of([self]))

    @staticmethod
    def token_value(token):
        return crypto.blind_token("name", token, NAME_TOKEN_BITS)

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

    # The blind index each searchable identifying field is found by.
    INDEX_FOR = {
        "full_name": "name_index",
        "phone": "phone_index",
        "identity_document": "document_index",
    }

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


class PersonNameToken(models.Model):
    """One word of a person's name, as a short keyed hash (Person.token_value): what a search by
    any part of a name looks up. Never the word itself."""

    person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="name_tokens")
    value = models.PositiveIntegerField()

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["value", "person"], name="casework_name_token_unique")
        ]

    def __str__(self):
        return f"{self.person_id}:{self.value}"

    @classmethod
    def of(cls, persons):
        """The token rows of saved `persons` (for bulk_create, by whoever bypasses save())."""
        return [
            cls(person=person, value=value)
            for person in persons
            for value in {
                Person.token_value(token) for token in crypto.name_tokens(person.full_name)
            }
        ]


def rebuild_name_tokens(person_model=Person, token_model=PersonNameToken, batch=5000):
    """Compute every person's name tokens again (after a change of NAME_TOKEN_BITS or of the
    blind-index key); the migration that creates the table runs it on the historical models.
    Returns how many persons were indexed."""
    token_model.objects.all().delete()
    rows, count = [], 0
    for person in person_model.objects.only("pk", "first_name", "last_name").iterator(2000):
        name = " ".join(part for part in (person.first_name, person.last_name) if part)
        values = {Person.token_value(token) for token in crypto.name_tokens(name)}
        rows += [token_model(person_id=person.pk, value=value) for value in values]
        count += 1
        if len(rows) >= batch:
            token_model.objects.bulk_create(rows)
            rows = []
    token_model.objects.bulk_create(rows)
    return count
