"""Retention: what is kept of a closed file, and for how long (`manage.py apply_retention`).

A case closed more than CASEWORK_RETENTION_DAYS ago loses what was written in it: session
narratives, incident details, consent purposes, referral reasons, follow-up titles, emergency
access reasons, and its attachments with their stored files. A person loses their identifying
fields (and the notes of her data rights requests) once every one of their cases is in that state, so nobody
still accompanied, or closed recently, is touched. What the indicators count stays: sex, birth
year, nationality, disability, migrant status, session kinds and dates, case dates and status.
A case on legal hold, or with a complaint before the prosecutor or the court, is kept whole,
and so is its person. Erasing twice changes nothing, so the command can run every night.
"""

import logging
from dataclasses import asdict, dataclass
from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.db.models import Exists, OuterRef, Q
from django.utils import timezone

from casework.models import (
    Attachment,
    Case,
    CaseSession,
    CaseStatus,
    Consent,
    EmergencyAccess,
    FollowUp,
    Incident,
    Person,
    Referral,
    RightsRequest,
)
from casework.models.attachments import private_storage

logger = logging.getLogger(__name__)

# What is written in a case, one text field per kind of record: what retention empties, and an
# erasure on request too (casework/rights.py); the register of processing lists it.
CASE_TEXTS = (
    ("sessions", CaseSession, "narrative"),
    ("incidents", Incident, "details"),
    ("referrals", Referral, "reason"),
    ("followups", FollowUp, "title"),
    ("consents", Consent, "purpose"),
    ("emergency_accesses", EmergencyAccess, "reason"),
)


@dataclass
class RetentionReport:
    """What was (or, in a dry run, would be) erased. Counts only."""

    cutoff: str
    dry_run: bool = False
    cases: int = 0
    sessions: int = 0
    incidents: int = 0
    referrals: int = 0
    followups: int = 0
    consents: int = 0
    emergency_accesses: int = 0
    attachments: int = 0
    persons: int = 0
    requests: int = 0
    persons_kept: int = 0  # have an expired case, but another is open or closed recently

    def as_details(self):
        return asdict(self)


def cutoff_for(days, today=None):
    """Cases closed before this day are past retention."""
    return (today or timezone.localdate()) - timedelta(days=days)


def expired_cases(cutoff):
    """Closed before the cutoff, and not held for the justice (Case.objects.held())."""
    return Case.objects.filter(status=CaseStatus.CLOSED, closed_on__lt=cutoff).not_held()


def _live_cases(cutoff):
    """Cases still needed: open, closed recently, closed without a date, or held."""
    live = Case.objects.filter(
        ~Q(status=CaseStatus.CLOSED) | Q(closed_on=None) | Q(closed_on__gte=cutoff)
    )
    return live | Case.objects.held()


def _erasable(cutoff):
    """What is left to erase on each expired case."""
    expired = expired_cases(cutoff)
    erasable = {
        name: model.objects.filter(case__in=expired).exclude(**{field: ""})
        for name, model, field in CASE_TEXTS
    }
    erasable["attachments"] = Attachment.objects.filter(case__in=expired)
    return erasable


def cases_to_erase(cutoff):
    """Expired cases that still hold something to erase (already erased ones are skipped)."""
    left = Q()
    for records in _erasable(cutoff).values():
        left |= Q(Exists(records.filter(case=OuterRef("pk"))))
    return expired_cases(cutoff).filter(left)


def persons_to_anonymise(cutoff):
    """Persons not yet anonymised whose every case is past retention."""
    return (
        Person.objects.filter(anonymised_at=None)
        .filter(Exists(expired_cases(cutoff).filter(person=OuterRef("pk"))))
        .exclude(Exists(_live_cases(cutoff).filter(person=OuterRef("pk"))))
    )


def persons_kept(cutoff):
    return (
        Person.objects.filter(anonymised_at=None)
        .filter(Exists(expired_cases(cutoff).filter(person=OuterRef("pk"))))
        .filter(Exists(_live_cases(cutoff).filter(person=OuterRef("pk"))))
    )


def _batches(ids, size):
    for start in range(0, len(ids), size):
        yield ids[start : start + size]


def _erase_cases(case_ids, cutoff, report):
    with transaction.atomic():
        # Locked and checked again: a case reopened since the list was made is left alone.
        locked = list(
            expired_cases(cutoff)
            .filter(pk__in=case_ids)
            .select_for_update()
            .values_list("pk", flat=True)
        )
        records = {name: rows.filter(case__in=locked) for name, rows in _erasable(cutoff).items()}
        report.cases += cases_to_erase(cutoff).filter(pk__in=locked).count()
        for name, _model, field in CASE_TEXTS:
            erased = records[name].update(**{field: ""})
            setattr(report, name, getattr(report, name) + erased)
        blobs = list(records["attachments"].values_list("blob", flat=True))
        report.attachments += len(blobs)
        # Rows first; the files go once the deletion is committed (a rollback keeps both).
        records["attachments"].delete()
        transaction.on_commit(lambda: _delete_files(blobs))


def _delete_files(blobs):
    storage = private_storage()
    for blob in blobs:
        storage.delete(blob)


def _anonymise_persons(person_ids, cutoff, when, report):
    with transaction.atomic():
        # Locked, then checked again: a case opened for them meanwhile keeps them as they are.
        list(Person.objects.filter(pk__in=person_ids).select_for_update().values_list("pk"))
        for person in persons_to_anonymise(cutoff).filter(pk__in=person_ids):
            person.anonymise(when)
            report.requests += person.rights_requests.exclude(note="").update(note="")
            report.persons += 1


def apply(*, days=None, dry_run=False, batch_size=200, now=None):
    """Erase what is past retention; return what was (or would be) erased."""
    days = settings.CASEWORK_RETENTION_DAYS if days is None else days
    now = now or timezone.now()
    cutoff = cutoff_for(days, timezone.localdate(now))
    report = RetentionReport(cutoff=cutoff.isoformat(), dry_run=dry_run)

    if dry_run:
        report.cases = cases_to_erase(cutoff).count()
        for name, records in _erasable(cutoff).items():
            setattr(report, name, records.count())
        report.persons = persons_to_anonymise(cutoff).count()
        report.requests = (
            RightsRequest.objects.filter(person__in=persons_to_anonymise(cutoff))
            .exclude(note="")
            .count()
        )
    else:
        case_ids = list(cases_to_erase(cutoff).order_by("pk").values_list("pk", flat=True))
        for batch in _batches(case_ids, batch_size):
            _erase_cases(batch, cutoff, report)
        person_ids = list(persons_to_anonymise(cutoff).order_by("pk").values_list("pk", flat=True))
        for batch in _batches(person_ids, batch_size):
            _anonymise_persons(batch, cutoff, now, report)
    report.persons_kept = persons_kept(cutoff).count()
    logger.info("Retention %s: %s", "dry run" if dry_run else "applied", report.as_details())
    return report
