"""The commune's register of processing activities for this platform: what the data protection
officer declares to the CNDP (Moroccan law 09-08) and keeps as article 30 of the GDPR describes
it: controller and DPO, purposes, legal basis, data subjects, categories of data, recipients,
transfers abroad, retention and security measures.

It is kept next to the code and checked against it: the categories name the models' fields (read
from their `_meta`, with their labels and whether they are encrypted), the retention figures are
read from the settings, the recipients from the referral choices. tests/casework/test_register.py
fails when a casework model gains a field that FIELDS does not place in a category, and when
RETENTION_ERASES stops saying what `apply_retention` erases. Plain data: the admin page, its
export and its printable copy (casework/viewsets/register.py) only lay it out.
"""

from dataclasses import dataclass, field
from datetime import date

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import models
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

from audit.models import AuditEntry
from audit.permissions import DPO_GROUP
from casework.models import (
    Attachment,
    Case,
    CaseSession,
    CaseUserObjectPermission,
    Consent,
    EmergencyAccess,
    FollowUp,
    GroupActivity,
    Incident,
    PartnerKind,
    Person,
    PersonNameToken,
    Referral,
    RightsRequest,
    RoleChange,
    Service,
    ServiceKind,
    SessionKind,
)
from casework.models.records import SCOPE_FOR_PARTNER
from casework.retention import CASE_TEXTS
from cms.crypto import EncryptedTextField

# The day this register was last reviewed; change it with any change to what it says.
REGISTER_UPDATED = date(2026, 12, 5)
APP_VERSION = "0.1.0"  # pyproject.toml's version (a test keeps them equal)

CONTROLLER = _("Commune of Belfaa (Souss-Massa, Morocco), its social service")


class Category(models.TextChoices):
    """The categories of data the register names; each casework field is in one of them."""

    IDENTITY = "identity", _("Identity and contact details")
    PROFILE = "profile", _("Sex, age and nationality")
    HEALTH = "health", _("Disability (health data)")
    MIGRATION = "migration", _("Migration status")
    CASE = "case", _("Case file and follow-up")
    SESSIONS = "sessions", _("Sessions and what was said")
    VIOLENCE = "violence", _("Violence suffered (incidents and complaints)")
    SHARING = "sharing", _("Consents and referrals")
    DOCUMENTS = "documents", _("Attached documents")
    ATTENDANCE = "attendance", _("Attendance at group activities")
    RIGHTS = "rights", _("Her requests about her own data")
    STAFF = "staff", _("Staff who recorded or acted")
    TECHNICAL = "technical", _("Technical data")


# Categories of data that law 09-08 (art. 1) and the GDPR (art. 9) treat as sensitive, or that
# would harm the person if disclosed (violence, migration status).
SENSITIVE = {
    Category.HEALTH,
    Category.MIGRATION,
    Category.SESSIONS,
    Category.VIOLENCE,
    Category.SHARING,
    Category.DOCUMENTS,
}

CATEGORY_NOTES = {
    Category.TECHNICAL: _(
        "Identifiers, versions, dates of entry, links between records, and the keyed hashes "
        "that let staff find a person without the database holding a searchable name."
    ),
}

# Short names for the table below (removed after it).
IDENTITY = Category.IDENTITY
PROFILE = Category.PROFILE
HEALTH = Category.HEALTH
MIGRATION = Category.MIGRATION
CASE = Category.CASE
SESSIONS = Category.SESSIONS
VIOLENCE = Category.VIOLENCE
SHARING = Category.SHARING
DOCUMENTS = Category.DOCUMENTS
ATTENDANCE = Category.ATTENDANCE
RIGHTS = Category.RIGHTS
STAFF = Category.STAFF
TECHNICAL = Category.TECHNICAL

# Every concrete field of every casework model, in its category. A field added to a casework
# model must be placed here (the test says which): that is how the register stays true.
FIELDS = {
    Person: {
        "id": TECHNICAL,
        "version": TECHNICAL,
        "reference": TECHNICAL,
        "first_name": IDENTITY,
        "last_name": IDENTITY,
        "phone": IDENTITY,
        "address": IDENTITY,
        "identity_document": IDENTITY,
        "details": IDENTITY,
        "name_index": TECHNICAL,
        "phone_index": TECHNICAL,
        "document_index": TECHNICAL,
        "sex": PROFILE,
        "birth_year": PROFILE,
        "nationality": PROFILE,
        "disability": HEALTH,
        "migrant_status": MIGRATION,
        "created_at": TECHNICAL,
        "created_by": STAFF,
        "anonymised_at": TECHNICAL,
    },
    PersonNameToken: {"id": TECHNICAL, "person": TECHNICAL, "value": TECHNICAL},
    Service: {
        "id": TECHNICAL,
        "kind": TECHNICAL,
        "name": TECHNICAL,
        "reference_prefix": TECHNICAL,
        "caseworkers_group": TECHNICAL,
        "supervisors_group": TECHNICAL,
    },
    Case: {
        "id": TECHNICAL,
        "version": TECHNICAL,
        "reference": TECHNICAL,
        "service": CASE,
        "person": TECHNICAL,
        "status": CASE,
        "risk_level": CASE,
        "owner": STAFF,
        "collaborators": STAFF,
        "opened_on": CASE,
        "hide_name": CASE,
        "legal_hold": CASE,
        "legal_hold_reason": CASE,
        "legal_hold_since": CASE,
        "closed_on": CASE,
        "closure_reason": CASE,
        "closure_requested_at": CASE,
        "closure_requested_by": STAFF,
        "created_at": TECHNICAL,
        "updated_at": TECHNICAL,
    },
    CaseUserObjectPermission: {
        "id": TECHNICAL,
        "permission": TECHNICAL,
        "user": STAFF,
        "content_object": TECHNICAL,
    },
    CaseSession: {
        "id": TECHNICAL,
        "version": TECHNICAL,
        "case": TECHNICAL,
        "date": SESSIONS,
        "kind": SESSIONS,
        "duration_minutes": SESSIONS,
        "narrative": SESSIONS,
        "children_count": SESSIONS,
        "stay_start": SESSIONS,
        "stay_end": SESSIONS,
        "recorded_by": STAFF,
        "created_at": TECHNICAL,
    },
    Incident: {
        "id": TECHNICAL,
        "version": TECHNICAL,
        "case": TECHNICAL,
        "acts": VIOLENCE,
        "violence_type": VIOLENCE,
        "occurred_on": VIOLENCE,
        "place_type": VIOLENCE,
        "aggressor_relationship": VIOLENCE,
        "details": VIOLENCE,
        "complaint_stage": VIOLENCE,
        "complaint_filed_on": VIOLENCE,
        "complaint_outcome": VIOLENCE,
        "recorded_by": STAFF,
        "created_at": TECHNICAL,
    },
    Consent: {
        "id": TECHNICAL,
        "person": TECHNICAL,
        "case": TECHNICAL,
        "purpose": SHARING,
        "scope": SHARING,
        "given_on": SHARING,
        "withdrawn_on": SHARING,
        "recorded_by": STAFF,
        "signed_form": SHARING,
    },
    Referral: {
        "id": TECHNICAL,
        "case": TECHNICAL,
        "partner_kind": SHARING,
        "to_service": SHARING,
        "partner_name": SHARING,
        "reason": SHARING,
        "consent": SHARING,
        "consent_overridden": SHARING,
        "status": SHARING,
        "sent_by": STAFF,
        "sent_at": SHARING,
        "answered_at": SHARING,
    },
    FollowUp: {
        "id": TECHNICAL,
        "case": TECHNICAL,
        "title": CASE,
        "due_on": CASE,
        "assigned_to": STAFF,
        "done_at": CASE,
    },
    Attachment: {
        "id": TECHNICAL,
        "case": TECHNICAL,
        "title": DOCUMENTS,
        "original_name": DOCUMENTS,
        "content_type": DOCUMENTS,
        "size": DOCUMENTS,
        "blob": TECHNICAL,
        "uploaded_by": STAFF,
        "uploaded_at": DOCUMENTS,
    },
    GroupActivity: {
        "id": TECHNICAL,
        "service": ATTENDANCE,
        "kind": ATTENDANCE,
        "title": ATTENDANCE,
        "date": ATTENDANCE,
        "place": ATTENDANCE,
        "women_count": ATTENDANCE,
        "men_count": ATTENDANCE,
        "participants": ATTENDANCE,
        "recorded_by": STAFF,
    },
    EmergencyAccess: {
        "id": TECHNICAL,
        "user": STAFF,
        "case": TECHNICAL,
        "reason": STAFF,
        "started_at": STAFF,
        "expires_at": STAFF,
    },
    RightsRequest: {
        "id": TECHNICAL,
        "person": TECHNICAL,
        "kind": RIGHTS,
        "received_on": RIGHTS,
        "note": RIGHTS,
        "status": RIGHTS,
        "answer": RIGHTS,
        "recorded_by": STAFF,
        "recorded_at": TECHNICAL,
        "answered_by": STAFF,
        "answered_at": RIGHTS,
    },
    RoleChange: {
        "id": TECHNICAL,
        "user": STAFF,
        "service": STAFF,
        "role": STAFF,
        "change": STAFF,
        "status": STAFF,
        "requested_by": STAFF,
        "requested_at": STAFF,
        "decided_by": STAFF,
        "decided_at": STAFF,
    },
}
del (
    IDENTITY,
    PROFILE,
    HEALTH,
    MIGRATION,
    CASE,
    SESSIONS,
    VIOLENCE,
    SHARING,
    DOCUMENTS,
    ATTENDANCE,
    RIGHTS,
    STAFF,
    TECHNICAL,
)

# Labels for the fields the models leave unnamed (their `verbose_name` is the field's name).
FIELD_LABELS = {
    (Person, "created_by"): _("registered by"),
    (Case, "closure_requested_at"): _("closure asked on"),
    (Case, "closure_requested_by"): _("closure asked by"),
    (CaseUserObjectPermission, "user"): _("staff member granted access"),
    (CaseSession, "recorded_by"): _("recorded by"),
    (Incident, "recorded_by"): _("recorded by"),
    (Consent, "recorded_by"): _("recorded by"),
    (Referral, "consent_overridden"): _("sent without a consent (override)"),
    (Referral, "status"): _("status"),
    (Referral, "sent_by"): _("sent by"),
    (Referral, "sent_at"): _("sent on"),
    (Referral, "answered_at"): _("answered on"),
    (Attachment, "original_name"): _("file name"),
    (Attachment, "content_type"): _("file type"),
    (Attachment, "size"): _("file size"),
    (Attachment, "uploaded_by"): _("uploaded by"),
    (Attachment, "uploaded_at"): _("uploaded on"),
    (GroupActivity, "service"): _("service"),
    (GroupActivity, "recorded_by"): _("recorded by"),
    (EmergencyAccess, "user"): _("administrator"),
    (EmergencyAccess, "started_at"): _("started"),
    (EmergencyAccess, "expires_at"): _("ends"),
    (RightsRequest, "recorded_by"): _("recorded by"),
    (RightsRequest, "recorded_at"): _("recorded on"),
    (RightsRequest, "answered_by"): _("answered by"),
}

# What `manage.py apply_retention` (casework/retention.py) erases once a case has been closed
# for CASEWORK_RETENTION_DAYS: these fields are emptied, the attachments deleted with their files,
# and the person's identifying fields once all her cases are past it.
RETENTION_ERASES = {
    **{model: (field,) for _name, model, field in CASE_TEXTS},
    Person: Person.IDENTIFYING_FIELDS,
    RightsRequest: ("note",),
}
RETENTION_DELETES = (Attachment,)

# The records each casework service keeps: incidents are the listening centre's only
# (Incident.clean() refuses them elsewhere).
COMMON_MODELS = (Person, Case, CaseSession, Consent, Referral, FollowUp, Attachment, GroupActivity)
SERVICE_MODELS = {
    ServiceKind.LISTENING: COMMON_MODELS[:3] + (Incident,) + COMMON_MODELS[3:],
    ServiceKind.MIGRANTS: COMMON_MODELS,
    ServiceKind.DAYCENTRE: COMMON_MODELS,
}


def unplaced_fields():
    """What FIELDS fails to say: casework models or fields it does not place, and fields it
    names that the models no longer have. Empty when the register covers the code."""
    from django.apps import apps

    problems = []
    for model in apps.get_app_config("casework").get_models():
        label = model._meta.label_lower
        if model not in FIELDS:
            problems.append(f"{label} (model)")
            continue
        names = {model_field.name for model_field in model_fields(model)}
        problems += [f"{label}.{name}" for name in sorted(names - FIELDS[model].keys())]
        problems += [
            f"{label}.{name} (not in the model)" for name in sorted(FIELDS[model].keys() - names)
        ]
    return sorted(problems)


@dataclass
class FieldEntry:
    model: type
    name: str
    label: str
    category: str
    encrypted: bool

    @property
    def model_label(self):
        return self.model._meta.verbose_name

    @property
    def coded(self):
        """Named by its name in the code (a technical field with no label)."""
        return not isinstance(self.label, Promise)


def is_encrypted(model_field):
    # EncryptedBytesField is an EncryptedTextField: one test covers both.
    return isinstance(model_field, EncryptedTextField)


def field_label(model, model_field):
    """The field's translated label, or its name in the code where it has none (a technical
    field: the test keeps every other one labelled)."""
    label = FIELD_LABELS.get((model, model_field.name), model_field.verbose_name)
    return label if isinstance(label, Promise) else model_field.name


def model_fields(model):
    """A model's concrete fields and many-to-many fields, as the register counts them."""
    return [*model._meta.concrete_fields, *model._meta.many_to_many]


def field_entries(model, names=None):
    """The register's entries for `model`'s fields (those named in `names`, or all)."""
    placed = FIELDS.get(model, {})
    entries = []
    for model_field in model_fields(model):
        if names is not None and model_field.name not in names:
            continue
        entries.append(
            FieldEntry(
                model=model,
                name=model_field.name,
                label=field_label(model, model_field),
                category=placed.get(model_field.name, ""),
                encrypted=is_encrypted(model_field),
            )
        )
    return entries


@dataclass
class CategoryEntry:
    """One category of data held by an activity, with its fields."""

    label: str
    fields: list
    sensitive: bool = False
    note: str = ""
    key: str = ""  # the Category, for the casework records'


def categories_of(models_held):
    """The categories of the casework records `models_held`, in Category's order, with fields."""
    by_category = {category: [] for category in Category}
    for model in models_held:
        for entry in field_entries(model):
            by_category[Category(entry.category)].append(entry)
    return [
        CategoryEntry(
            category.label,
            entries,
            sensitive=category in SENSITIVE,
            note=CATEGORY_NOTES.get(category, ""),
            key=category,
        )
        for category, entries in by_category.items()
        if entries
    ]


def fields_list(entries):
    return ", ".join(str(entry.label) for entry in entries)


@dataclass
class Activity:
    """One processing activity, as article 30 of the GDPR lists it."""

    key: str
    name: str
    purposes: list
    legal_basis: list
    data_subjects: list
    categories: list
    recipients: list
    transfers: list
    retention: list
    security: list
    extra: dict = field(default_factory=dict)


def years(days):
    return f"{days / 365:.1f}".rstrip("0").rstrip(".")


def controller():
    return CONTROLLER


@dataclass
class Contact:
    name: str
    email: str

    def __str__(self):
        return f"{self.name} <{self.email}>" if self.email else self.name


def dpo_contacts():
    """The data protection officers' names and e-mail addresses, as the register names them."""
    users = get_user_model().objects.filter(is_active=True, groups__name=DPO_GROUP)
    return [
        Contact(user.get_full_name() or user.get_username(), user.email)
        for user in users.order_by("last_name", "first_name").distinct()
    ]


TRANSFERS = [
    _(
        "No personal data is transferred outside Morocco. The twin commune of Jette (Brussels, "
        "Belgium) receives the partnership's indicators as aggregates only, with small figures "
        "suppressed: never a name, a reference or a record."
    ),
]


def casework_legal_basis():
    return [
        _(
            "Public-interest mission of the commune's social action (law 09-08, art. 4; GDPR "
            "art. 6(1)(e) as the model)."
        ),
        _(
            "Sensitive data (violence, health and disability, migration status): the person's "
            "express consent, recorded in her file (law 09-08, art. 4 and 21; GDPR art. 9(2)(a) "
            "as the model). Sharing with a partner needs a recorded consent of the matching "
            "scope."
        ),
        _("Prior authorisation of the CNDP for sensitive data (law 09-08, art. 12)."),
    ]


def referral_recipients():
    """Who receives data through a referral, from the referral choices: each kind of partner
    with the consent scope its referral needs."""
    recipients = []
    for kind in PartnerKind:
        scope = SCOPE_FOR_PARTNER[kind].label
        if kind == PartnerKind.INTERNAL:
            text = _(
                "Another service of the commune, through an internal referral, under the "
                "person's consent: %(scope)s"
            )
        else:
            text = _("%(partner)s, through a referral, under the person's consent: %(scope)s")
        recipients.append(text % {"partner": kind.label, "scope": scope})
    return recipients


def casework_recipients():
    return [
        _(
            "The service's caseworkers and supervisors who follow the case (need to know: its "
            "owner, collaborators and the service's supervisors)."
        ),
        *referral_recipients(),
        _(
            "Exceptionally, without a consent: a referral by a member of staff allowed to "
            "override it, flagged to the data protection officer."
        ),
        _(
            "The partnership coordinator: aggregates only, through the indicators; small figures "
            "are suppressed in every release."
        ),
        _(
            "The data protection officer: the audit trail, this register and the requests of "
            "the persons concerned."
        ),
        _(
            "The technical administrator: a case only under an emergency access, with a reason "
            "that is recorded and flagged to the data protection officer."
        ),
    ]


def security_measures():
    return [
        _(
            "Encryption at rest: identifying fields, narratives, incident details, referral "
            "reasons and attached files are encrypted with authenticated encryption (Fernet, "
            "cms/crypto.py); the keys are kept out of the database and can be rotated."
        ),
        _(
            "Blind indexes: a name, phone or document number is found through keyed hashes "
            "only; the database holds no searchable clear name, and each name-word hash is "
            "shared by several words."
        ),
        _(
            "Two-step sign-in (an authenticator app or a passkey) for every casework role, the "
            "data protection officer, the coordinator and the administrators; a session ends "
            "after %(minutes)d minutes without activity; sign-in pauses after %(failures)d "
            "failed attempts."
        )
        % {
            "minutes": settings.SESSION_COOKIE_AGE // 60,
            "failures": settings.LOGIN_FAILURE_LIMIT,
        },
        _(
            "Need to know: a case opens only to its owner, its collaborators and its service's "
            "supervisors (casework/permissions.py); anyone else is told it does not exist."
        ),
        _(
            "Audit trail: every view, change, export, referral, consent override and sign-in is "
            "recorded, without sensitive values, in entries chained by hash that the data "
            "protection officer reads and verifies."
        ),
        _(
            "Encrypted backups: one archive a night, encrypted to keys kept off the server "
            "(ops/backup.py), the last %(keep)d kept; the casework keys never enter an archive."
        )
        % {"keep": settings.BACKUP_KEEP},
    ]


def casework_retention(models_held):
    days = settings.CASEWORK_RETENTION_DAYS
    erased = [
        entry
        for model in models_held
        for entry in field_entries(model, RETENTION_ERASES.get(model, ()))
        if model is not Person
    ]
    deleted = [
        model._meta.verbose_name_plural for model in RETENTION_DELETES if model in models_held
    ]
    erased_names = {(entry.model, entry.name) for entry in erased}
    erased_names |= {(Person, name) for name in Person.IDENTIFYING_FIELDS}
    kept = [
        CategoryEntry(
            category.label,
            [entry for entry in category.fields if (entry.model, entry.name) not in erased_names],
        )
        for category in categories_of(
            [model for model in models_held if model not in RETENTION_DELETES]
        )
        if category.key not in (Category.TECHNICAL, Category.STAFF)
    ]
    kept_text = "; ".join(
        f"{category.label} ({fields_list(category.fields)})" for category in kept if category.fields
    )
    return [
        _("While the case is open: everything in it, for the person's follow-up."),
        _(
            "%(days)d days (about %(years)s years) after a case is closed "
            "(CASEWORK_RETENTION_DAYS), `manage.py apply_retention` erases: %(fields)s; and "
            "deletes the %(deleted)s with their files."
        )
        % {
            "days": days,
            "years": years(days),
            "fields": fields_list(erased),
            "deleted": ", ".join(str(name) for name in deleted),
        },
        _(
            "The person's identifying fields (%(fields)s) are erased once every one of her "
            "cases is past that time."
        )
        % {"fields": fields_list(field_entries(Person, Person.IDENTIFYING_FIELDS))},
        _("Kept after that, without the person's identity: %(fields)s.") % {"fields": kept_text},
        _(
            "A case on legal hold, or with a complaint before the prosecutor or the court, is "
            "kept whole, and so is her identity, until the hold ends."
        ),
        _(
            "On her request the data protection officer erases the same at once, whatever the "
            "dates, unless one of her cases is held."
        ),
        _("Backups keep what they held for as long as they are kept: %(keep)d nightly archives.")
        % {"keep": settings.BACKUP_KEEP},
        _(
            "An erasure on request is written in the erasure ledger (record numbers only): "
            "restoring a backup made before it erases her again."
        ),
    ]


SERVICE_TEXTS = {
    ServiceKind.LISTENING: {
        "purposes": [
            _(
                "Listen to, accompany and protect women victims of violence: listening sessions, "
                "support groups, shelter stays, legal help and the follow-up of their complaints."
            ),
            _(
                "Record each incident of violence with the GBVIMS classification, for the "
                "woman's follow-up and, as aggregates only, for the partnership's indicators."
            ),
        ],
        "subjects": [
            _("Women victims of violence who come to the listening centre."),
            _("Their children sheltered with them (counted only, never named)."),
            _(
                "Alleged aggressors, described by their relationship to the woman and in what "
                "she tells."
            ),
        ],
    },
    ServiceKind.MIGRANTS: {
        "purposes": [
            _("Receive migrants and orient them on their rights, health and administrative steps."),
            _(
                "Count attendance at the information meetings, by sex, for the partnership's "
                "indicators."
            ),
        ],
        "subjects": [
            _("Migrants received by the office."),
            _(
                "People attending information meetings (counted by sex; named only when they "
                "have a case)."
            ),
        ],
    },
    ServiceKind.DAYCENTRE: {
        "purposes": [
            _(
                "Accompany young people with disabilities and their families: home visits, "
                "parents' support group, activities."
            ),
            _(
                "Count the young people followed each year, by sex, for the partnership's indicators."
            ),
        ],
        "subjects": [
            _("Young people with disabilities followed by the day centre."),
            _("Their parents, in the parents' support group."),
        ],
    },
}

COMMON_PURPOSE = _(
    "Refer the person, with her recorded consent, to another service of the commune or to an "
    "outside partner."
)
STAFF_SUBJECT = _("The staff who keep the files (caseworkers and supervisors).")


def service_categories(kind):
    """The service's categories of data; its sessions name the kinds it records (the kinds its
    session form offers)."""
    categories = categories_of(SERVICE_MODELS[kind])
    for category in categories:
        if category.key == Category.SESSIONS:
            kinds = ", ".join(
                str(session_kind.label) for session_kind in SessionKind.of_service(kind)
            )
            category.note = _("Kinds of session recorded: %(kinds)s.") % {"kinds": kinds}
    return categories


def service_activity(kind):
    models_held = SERVICE_MODELS[kind]
    texts = SERVICE_TEXTS[kind]
    return Activity(
        key=kind.value,
        name=kind.label,
        purposes=[*texts["purposes"], COMMON_PURPOSE],
        legal_basis=casework_legal_basis(),
        data_subjects=[*texts["subjects"], STAFF_SUBJECT],
        categories=service_categories(kind),
        recipients=casework_recipients(),
        transfers=TRANSFERS,
        retention=casework_retention(models_held),
        security=security_measures(),
    )


def proposals_activity():
    from proposals.models import Proposal

    days = settings.PROPOSALS_CONTACT_RETENTION_DAYS
    contact = ("contact_name", "contact_phone", "contact_email")
    guardian = ("guardian_consent_name", "guardian_consent_method")
    counts = tuple(
        model_field.name
        for model_field in Proposal._meta.concrete_fields
        if model_field.name.startswith(("female_", "male_"))
    )
    return Activity(
        key="proposals",
        name=_("Youth project proposals"),
        purposes=[
            _(
                "Receive, review and answer the project proposals of youth groups, and follow "
                "the selected projects."
            )
        ],
        legal_basis=[
            _(
                "The consent of the group's contact, who submits the proposal (law 09-08, art. "
                "4; GDPR art. 6(1)(a) as the model), and a guardian's consent for minors."
            )
        ],
        data_subjects=[
            _("The contact person of each youth group."),
            _("The guardian who consented for minor members."),
            _("The group's members, counted by sex and age band only."),
        ],
        categories=[
            CategoryEntry(_("Contact of the group"), field_entries(Proposal, contact)),
            CategoryEntry(_("Guardian's consent"), field_entries(Proposal, guardian)),
            CategoryEntry(_("Members counted by sex and age"), field_entries(Proposal, counts)),
        ],
        recipients=[
            _("The youth programme officers."),
            _(
                "The public: the group's name and its project, once selected; the status of a "
                "proposal, to whoever holds its tracking code."
            ),
        ],
        transfers=TRANSFERS,
        retention=[
            _(
                "The contact's and the guardian's details are erased %(days)d days after the "
                "proposal is closed (PROPOSALS_CONTACT_RETENTION_DAYS, `manage.py "
                "erase_proposal_contacts`); the proposal itself stays."
            )
            % {"days": days}
        ],
        security=[
            _(
                "The contact's and the guardian's details are encrypted at rest (cms/crypto.py) "
                "and seen by the youth programme officers only."
            ),
            _("The public form and the tracking-code lookups are limited per address and hour."),
        ],
    )


def staff_activity():
    user_model = get_user_model()
    return Activity(
        key="staff",
        name=_("Staff accounts, sign-in and the audit trail"),
        purposes=[
            _("Sign staff in, with a second step for those who read confidential records."),
            _(
                "Keep a trail of who did what, to detect and answer misuse: the audit trail, "
                "which the data protection officer reads and verifies."
            ),
        ],
        legal_basis=[
            _(
                "The controller's duty to secure the processing (law 09-08, art. 23; GDPR art. 32 "
                "as the model)."
            )
        ],
        data_subjects=[
            _("The commune's staff who use the admin."),
            _("Anyone who tries to sign in (the user name typed and the address)."),
        ],
        categories=[
            CategoryEntry(
                _("Account"),
                field_entries(user_model, ("username", "first_name", "last_name", "email")),
            ),
            CategoryEntry(
                _("Second sign-in step"),
                [],
                note=_("The authenticator apps and passkeys each account registered."),
            ),
            CategoryEntry(
                _("Failed sign-ins"),
                [],
                note=_(
                    "The user name typed, the address and the time of each failed attempt, "
                    "counted over %(minutes)d minutes to pause sign-in."
                )
                % {"minutes": settings.LOGIN_LOCKOUT_MINUTES},
            ),
            CategoryEntry(
                _("Casework roles and access"),
                [
                    entry
                    for entry in field_entries(RoleChange) + field_entries(EmergencyAccess)
                    if entry.category != Category.TECHNICAL
                ],
            ),
            CategoryEntry(
                _("Audit trail"),
                field_entries(
                    AuditEntry,
                    (
                        "at",
                        "actor_username",
                        "action",
                        "object_type",
                        "object_repr",
                        "ip_address",
                        "details",
                    ),
                ),
                note=_(
                    "A person followed by a service appears only by the pseudonymous reference "
                    "of her records, never by her name."
                ),
            ),
        ],
        recipients=[
            _("The data protection officer (the audit trail)."),
            _("The technical administrator (accounts)."),
        ],
        transfers=TRANSFERS,
        retention=[
            _("An account: while the person works for the commune."),
            _("A session ends after %(minutes)d minutes without activity.")
            % {"minutes": settings.SESSION_COOKIE_AGE // 60},
            _(
                "The audit trail is never erased: removing an entry would break its hash chain. "
                "It holds no name of a person followed and no narrative."
            ),
        ],
        security=security_measures(),
    )


def public_site_activity():
    return Activity(
        key="public_site",
        name=_("Visits to the public site"),
        purposes=[_("Serve the public site and keep it secure.")],
        legal_basis=[
            _("The commune's public-interest mission of informing residents (law 09-08, art. 4).")
        ],
        data_subjects=[_("Visitors of the public site.")],
        categories=[
            CategoryEntry(
                _("Server log"),
                [],
                note=_(
                    "The web server records the visitor's address, the time, the path without "
                    "its query and the answer's status; the site loads nothing from other sites."
                ),
            )
        ],
        recipients=[_("The technical administrator.")],
        transfers=TRANSFERS,
        retention=[_("As long as the server's log rotation keeps the log files.")],
        security=[_("Encrypted connections (TLS); no third-party requests.")],
    )


def activities():
    """The whole register, in the active language: one activity per casework service, then the
    platform's other processing of personal data."""
    return [
        *(service_activity(kind) for kind in ServiceKind),
        proposals_activity(),
        staff_activity(),
        public_site_activity(),
    ]


@dataclass
class ExportRow:
    activity: str
    section: str
    entry: str
    detail: str


SECTIONS = {
    "purposes": _("Purposes"),
    "legal_basis": _("Legal basis"),
    "data_subjects": _("Data subjects"),
    "categories": _("Categories of personal data"),
    "recipients": _("Recipients"),
    "transfers": _("Transfers outside Morocco"),
    "retention": _("Retention"),
    "security": _("Security measures"),
}


def field_detail(entry):
    return str(_("encrypted")) if entry.encrypted else ""


def export_rows(register):
    """The register as long rows (activity, section, entry, detail), for CSV and XLSX: one row
    per purpose, recipient..., and one per field of each category of data."""
    rows = []
    header = str(_("Register of processing"))
    rows.append(ExportRow(header, str(_("Controller")), str(controller()), ""))
    for contact in dpo_contacts():
        rows.append(ExportRow(header, str(_("Data protection officer")), str(contact), ""))
    rows.append(
        ExportRow(header, str(_("Last updated")), REGISTER_UPDATED.isoformat(), APP_VERSION)
    )
    for activity in register:
        name = str(activity.name)
        for key, section in SECTIONS.items():
            if key == "categories":
                for category in activity.categories:
                    label = str(category.label)
                    if category.note:
                        rows.append(ExportRow(name, str(section), label, str(category.note)))
                    for entry in category.fields:
                        rows.append(
                            ExportRow(
                                name,
                                str(section),
                                label,
                                f"{entry.model_label}: {entry.label}"
                                + (f" ({field_detail(entry)})" if entry.encrypted else ""),
                            )
                        )
                continue
            for item in getattr(activity, key):
                rows.append(ExportRow(name, str(section), str(item), ""))
    return rows
