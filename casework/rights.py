"""What the data protection officer does for a person who asks about her own data: a copy of her
file, a correction of her identity, the erasure of her file. Each verb validates, acts and records
its audit entry in one transaction; who may call them is casework.permissions' answer
(may_answer_rights_requests), asked by the views.

Erasure leaves what the published figures count (sex, birth year, nationality, disability, migrant
status, the kinds and dates of sessions and incidents, the cases' dates and status), as retention
does (casework/retention.py), and nothing that identifies her: her identity and its indexes, every
text written in her cases, her attachments and their stored files. A case on legal hold, or with a
complaint before the prosecutor or the court, stops it: nothing is erased while one holds.
"""

import io
import json
import logging
import zipfile
from dataclasses import asdict, dataclass
from datetime import date, datetime
from importlib import import_module

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.db import models, transaction
from django.template.loader import render_to_string
from django.utils import formats, timezone, translation
from django.utils.text import get_valid_filename
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from audit import trail
from audit.models import AuditAction
from casework.models import (
    Attachment,
    Case,
    GroupActivity,
    Incident,
    Person,
    RequestKind,
    RequestStatus,
    ViolenceType,
)
from casework.models.attachments import private_storage
from casework.retention import CASE_TEXTS

logger = logging.getLogger(__name__)

# The languages a file can be exported in (the admin's).
EXPORT_LANGUAGES = (
    ("fr", gettext_lazy("French")),
    ("ar", gettext_lazy("Arabic")),
    ("zgh", gettext_lazy("Tamazight")),
    ("en", gettext_lazy("English")),
)
RTL_LANGUAGES = {"ar"}


def export_language():
    """The admin's language if a file can be exported in it, else French."""
    language = translation.get_language() or ""
    return language if language in dict(EXPORT_LANGUAGES) else "fr"


# --- Access: the person's file as an archive --------------------------------------------------


def _label(record, field):
    value = getattr(record, field)
    display = getattr(record, f"get_{field}_display", None)
    return str(display()) if display and value not in ("", None) else value


def _when(value):
    """(ISO value, its text in the active language) of a date or a moment."""
    if isinstance(value, datetime):
        moment = timezone.localtime(value)
        return moment.isoformat(timespec="seconds"), formats.date_format(moment, "DATETIME_FORMAT")
    return value.isoformat(), formats.date_format(value, "DATE_FORMAT")


def _field(record, name):
    """One field as {name, label, value, text} in the active language: codes by their labels,
    dates as ISO values and as the language writes them."""
    field = record._meta.get_field(name)
    value = _label(record, name)
    text = value
    if isinstance(value, date):
        value, text = _when(value)
    elif isinstance(value, models.Model):
        value = text = str(value)
    return {"name": name, "label": str(field.verbose_name), "value": value, "text": text}


def _fields(record, names):
    return [_field(record, name) for name in names if getattr(record, name) not in ("", None)]


def person_file(person):
    """Everything held about `person`, read in the active language: identity, cases and every
    record in them, the group activities she took part in, her requests. Decrypts."""
    cases = Case.objects.filter(person=person).select_related("service").order_by("opened_on", "pk")
    exported_at, exported_at_text = _when(timezone.now())
    data = {
        "reference": person.reference,
        "exported_at": exported_at,
        "exported_at_text": exported_at_text,
        "identity": _fields(
            person,
            [
                *Person.IDENTIFYING_FIELDS,
                "sex",
                "birth_year",
                "nationality",
                "disability",
                "migrant_status",
                "created_at",
            ],
        ),
        "cases": [],
        "activities": [
            _fields(activity, ["title", "kind", "date", "place"])
            for activity in GroupActivity.objects.filter(participants=person).order_by("date")
        ],
        "requests": [
            _fields(request, ["kind", "received_on", "status", "answered_at"])
            for request in person.rights_requests.order_by("received_on", "pk")
        ],
    }
    for case in cases:
        data["cases"].append(
            {
                "reference": case.reference,
                "service": str(case.service),
                "fields": _fields(
                    case,
                    [
                        "status",
                        "risk_level",
                        "opened_on",
                        "closed_on",
                        "closure_reason",
                        "legal_hold_since",
                    ],
                ),
                "sessions": [
                    _fields(
                        session,
                        [
                            "date",
                            "kind",
                            "duration_minutes",
                            "narrative",
                            "children_count",
                            "stay_start",
                            "stay_end",
                        ],
                    )
                    for session in case.sessions.order_by("date", "pk")
                ],
                "incidents": [_incident(incident) for incident in case.incidents.order_by("pk")],
                "consents": [
                    _fields(consent, ["scope", "purpose", "given_on", "withdrawn_on"])
                    for consent in case.consents.order_by("given_on", "pk")
                ],
                "referrals": [
                    _fields(
                        referral,
                        ["partner_kind", "to_service", "partner_name", "reason", "status"],
                    )
                    + [_field(referral, "sent_at")]
                    for referral in case.referrals.select_related("to_service").order_by("pk")
                ],
                "followups": [
                    _fields(followup, ["title", "due_on", "done_at"])
                    for followup in case.followups.order_by("due_on", "pk")
                ],
                "attachments": [
                    {
                        "title": attachment.title,
                        "file": _attachment_path(case, attachment),
                        "uploaded_at": _when(attachment.uploaded_at)[1],
                    }
                    for attachment in case.attachments.order_by("uploaded_at", "pk")
                ],
            }
        )
    return data


def _incident(incident):
    acts = ", ".join(str(ViolenceType(act).label) for act in incident.acts or [])
    acts = {
        "name": "acts",
        "label": str(Incident._meta.get_field("acts").verbose_name),
        "value": acts,
        "text": acts,
    }
    return [acts] + _fields(
        incident,
        [
            "violence_type",
            "occurred_on",
            "place_type",
            "aggressor_relationship",
            "details",
            "complaint_stage",
            "complaint_filed_on",
            "complaint_outcome",
        ],
    )


def _attachment_path(case, attachment):
    name = get_valid_filename(attachment.original_name or "") or "file"
    return f"attachments/{case.reference}/{attachment.pk}-{name}"


def archive_name(person, language):
    return f"tiwizi-{person.reference}-{language}.zip"


@dataclass
class Archive:
    content: bytes
    name: str
    files: int


@transaction.atomic
def export_file(rights_request, *, by, language):
    """The person's file as a zip archive in `language`: a readable page (index.html, printable
    to PDF), the same data for a machine (data.json) and her attachments, decrypted. Audited;
    answers an open access request."""
    person = rights_request.person
    if language not in dict(EXPORT_LANGUAGES):
        raise ValidationError(_("Choose the language of the file."))
    with translation.override(language):
        data = person_file(person)
        page = render_to_string(
            "casework/rights/person_file.html",
            {
                "file": data,
                "language": language,
                "direction": "rtl" if language in RTL_LANGUAGES else "ltr",
            },
        )
    buffer = io.BytesIO()
    files = 0
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("index.html", page)
        archive.writestr("data.json", json.dumps(data, ensure_ascii=False, indent=2))
        for attachment in Attachment.objects.filter(case__person=person).select_related("case"):
            archive.writestr(_attachment_path(attachment.case, attachment), attachment.read())
            files += 1
    if rights_request.is_open and rights_request.kind == RequestKind.ACCESS:
        rights_request.close(
            by=by, status=RequestStatus.DONE, answer=_("Her file was exported for her.")
        )
    trail.record(
        AuditAction.EXPORT,
        user=by,
        obj=person,
        what="person_file",
        rights_request=rights_request.pk,
        language=language,
        attachments=files,
    )
    return Archive(buffer.getvalue(), archive_name(person, language), files)


# --- Rectification ------------------------------------------------------------------------------

RECTIFIABLE_FIELDS = (*Person.IDENTIFYING_FIELDS, "sex", "birth_year", "nationality")


@transaction.atomic
def rectify(rights_request, *, by, values, expected_version, answer):
    """Correct the person's identity with `values` (field → new value), from a form opened at
    `expected_version` (StaleEdit if her file changed since). Audited with the names of the
    fields changed, never their values; answers the request."""
    if not (answer or "").strip():
        raise ValidationError(_("Give the reason for the rectification."))
    if not rights_request.is_open:
        raise ValidationError(_("This request is already answered."))
    person = Person.objects.select_for_update().get(pk=rights_request.person_id)
    changed = sorted(
        name
        for name, value in values.items()
        if name in RECTIFIABLE_FIELDS and getattr(person, name) != value
    )
    if not changed:
        raise ValidationError(_("Nothing was changed: correct at least one field."))
    for name in changed:
        setattr(person, name, values[name])
    person.save_checked(expected_version=expected_version)
    rights_request.close(by=by, status=RequestStatus.DONE, answer=answer)
    trail.record(
        AuditAction.RECTIFY, user=by, obj=person, fields=changed, rights_request=rights_request.pk
    )
    return changed


# --- Erasure ------------------------------------------------------------------------------------


@dataclass
class ErasureReport:
    cases: int = 0
    sessions: int = 0
    incidents: int = 0
    consents: int = 0
    referrals: int = 0
    followups: int = 0
    attachments: int = 0
    emergency_accesses: int = 0
    requests: int = 0

    def as_details(self):
        return asdict(self)


def holds_of(person):
    """Her cases that stop an erasure: on legal hold or before the prosecutor or the court."""
    return Case.objects.filter(person=person).held().order_by("reference")


def _records_of(cases):
    """Her cases' records that hold text, with the field holding it (retention.CASE_TEXTS)."""
    return {
        name: (model.objects.filter(case__in=cases), field) for name, model, field in CASE_TEXTS
    }


def erasure_preview(person):
    """What erasing `person` would erase (counts), for the DPO to read before confirming."""
    cases = Case.objects.filter(person=person)
    report = ErasureReport(cases=cases.count())
    for name, (records, _field_name) in _records_of(cases).items():
        setattr(report, name, records.count())
    report.attachments = Attachment.objects.filter(case__in=cases).count()
    report.requests = person.rights_requests.exclude(note="").count()
    return report


@transaction.atomic
def erase(rights_request, *, by, answer):
    """Erase the person of an erasure request: her identity and its indexes, every text in her
    cases, her attachments (their files once committed), her requests' notes. Refused, erasing
    nothing, while one of her cases is held. Audited with counts; answers the request; written
    in the erasure ledger once committed."""
    if not (answer or "").strip():
        raise ValidationError(_("Give the reason for the erasure."))
    if not rights_request.is_open:
        raise ValidationError(_("This request is already answered."))
    person = Person.objects.select_for_update().get(pk=rights_request.person_id)
    cases = Case.objects.filter(person=person)
    list(cases.select_for_update().values_list("pk"))  # no case changes meanwhile
    held = list(holds_of(person).values_list("reference", flat=True))
    if held:
        raise ValidationError(
            _(
                "Nothing was erased: %(cases)s is kept for the justice (legal hold, or a "
                "complaint before the prosecutor or the court). Answer her with the reason, "
                "and erase once the hold is lifted."
            )
            % {"cases": ", ".join(held)}
        )
    report, blobs = _erase_person(person)
    rights_request.refresh_from_db()
    rights_request.close(by=by, status=RequestStatus.DONE, answer=answer)
    trail.record(
        AuditAction.ERASE,
        user=by,
        obj=person,
        rights_request=rights_request.pk,
        **report.as_details(),
    )
    erased_at = timezone.now()
    # Robust: the erasure is committed whatever befalls its files or its ledger entry; a failure
    # is logged (record numbers only) for the technical administrator.
    transaction.on_commit(lambda: _after_erasure(blobs), robust=True)
    transaction.on_commit(
        lambda: _write_ledger(person.pk, rights_request.pk, erased_at), robust=True
    )
    return report


def _erase_person(person):
    """The erasure itself (inside the caller's transaction): the counts, and the stored files
    to delete once committed."""
    cases = Case.objects.filter(person=person)
    report = ErasureReport(cases=cases.count())
    for name, (records, field_name) in _records_of(cases).items():
        setattr(report, name, records.update(**{field_name: ""}))
    cases.update(legal_hold_reason="")
    attachments = Attachment.objects.filter(case__in=cases)
    blobs = list(attachments.values_list("blob", flat=True))
    report.attachments = len(blobs)
    # The rows go now (a queryset's delete() never calls Attachment.delete(), which would
    # delete each file before the commit); the files once it is committed.
    attachments.delete()
    report.requests = person.rights_requests.exclude(note="").update(note="")
    person.anonymise(timezone.now())
    return report, blobs


# --- The erasure ledger -------------------------------------------------------------------------
#
# An archive made before an erasure still holds her, and a restore of that archive would bring
# her back. Each erasure therefore leaves an entry in the private storage, outside the database:
# record numbers and a date, nothing that identifies her without the database. After a restore,
# `reapply_erasures` (run by `manage.py restore` itself once the schema is current) erases again
# every person whose entry is there and whose restored file still holds something of her. The
# storage keeps entries newer than the archive (a restore writes the archive's files and leaves
# the others), and every later archive carries them.

LEDGER_FOLDER = "erasure-ledger"


def _ledger_name(person_pk):
    return f"{LEDGER_FOLDER}/person-{person_pk}.json"


def _write_ledger(person_pk, request_pk, erased_at):
    entry = {"person": person_pk, "request": request_pk, "erased_at": erased_at.isoformat()}
    storage = private_storage()
    name = _ledger_name(person_pk)
    try:
        if storage.exists(name):
            storage.delete(name)
        storage.save(name, ContentFile(json.dumps(entry).encode()))
    except Exception:
        logger.exception(
            "The erasure ledger entry of person #%s (request #%s) could not be written: a "
            "restore of an older backup would not erase her again. Write %s by hand: %s",
            person_pk,
            request_pk,
            name,
            json.dumps(entry),
        )
        raise


def ledger_entries():
    """The ledger's entries, oldest erasure first."""
    storage = private_storage()
    try:
        _folders, names = storage.listdir(LEDGER_FOLDER)
    except FileNotFoundError:
        return []
    entries = []
    for name in names:
        if name.startswith("person-") and name.endswith(".json"):
            with storage.open(f"{LEDGER_FOLDER}/{name}") as handle:
                entries.append(json.loads(handle.read()))
    return sorted(entries, key=lambda entry: entry["erased_at"])


def _still_holds_her(person):
    if person.anonymised_at is None or person.rights_requests.exclude(note="").exists():
        return True
    cases = Case.objects.filter(person=person)
    if Attachment.objects.filter(case__in=cases).exists():
        return True
    if cases.exclude(legal_hold_reason="").exists():
        return True
    return any(
        records.exclude(**{field_name: ""}).exists()
        for records, field_name in _records_of(cases).values()
    )


def reapply_erasures():
    """Erase again, after a restore, every person of the ledger whose restored file still holds
    something of her (whatever her cases' holds say now: she was erased when none held). Her
    request, if the archive has it open, is answered. Audited. Returns how many were erased."""
    again = 0
    for entry in ledger_entries():
        with transaction.atomic():
            person = Person.objects.select_for_update().filter(pk=entry["person"]).first()
            if person is None or not _still_holds_her(person):
                continue
            report, blobs = _erase_person(person)
            request = person.rights_requests.filter(pk=entry["request"]).first()
            if request is not None and request.is_open:
                request.close(
                    by=None,
                    status=RequestStatus.DONE,
                    answer=_("Erased on %(date)s; erased again after a restore of an older backup.")
                    % {"date": entry["erased_at"][:10]},
                )
            trail.record(
                AuditAction.ERASE,
                obj=person,
                rights_request=entry["request"],
                reapplied=True,
                erased_at=entry["erased_at"],
                **report.as_details(),
            )
            # Robust, as in erase(): a file that cannot be deleted stops no other entry.
            transaction.on_commit(lambda blobs=blobs: _after_erasure(blobs), robust=True)
            again += 1
    return again


def _after_erasure(blobs):
    """Once the erasure is committed: her files, and the expired sessions (a search typed for
    her lives, encrypted, in its session until it expires)."""
    storage = private_storage()
    for blob in blobs:
        storage.delete(blob)
    import_module(settings.SESSION_ENGINE).SessionStore.clear_expired()


def reapply_after_restore(sender, *, schema_current, **kwargs):
    """ops.signals.archive_restored: the ledger's erasures, made again on the restored data."""
    if not schema_current:
        return (
            "The erasure ledger is not applied yet: run `manage.py migrate`, then "
            "`manage.py reapply_erasures`."
        )
    again = reapply_erasures()
    return f"Erasure ledger: {again} erasure(s) made since the archive made again."
