"""`manage.py apply_retention`: files closed longer than the retention period are emptied and their
persons anonymised; the statistics the indicators need survive; nobody still followed is touched."""

import io
from datetime import timedelta

import pytest
from django.core.management import CommandError, call_command
from django.utils import timezone

from audit.models import AuditAction, AuditEntry
from casework.models import (
    Attachment,
    Case,
    CaseSession,
    Consent,
    EmergencyAccess,
    FollowUp,
    Incident,
    Person,
    Referral,
    RightsRequest,
)
from casework.models.attachments import private_storage
from tests.factories import (
    AttachmentFactory,
    CaseFactory,
    CaseSessionFactory,
    ConsentFactory,
    FollowUpFactory,
    PersonFactory,
    ReferralFactory,
    service,
)

pytestmark = pytest.mark.django_db

RETENTION_DAYS = 365


@pytest.fixture(autouse=True)
def retention_settings(settings, tmp_path):
    """A one-year retention period; attachments stored in a private folder of this test."""
    settings.CASEWORK_RETENTION_DAYS = RETENTION_DAYS
    settings.STORAGES = {
        **settings.STORAGES,
        "casework": {
            "BACKEND": "django.core.files.storage.FileSystemStorage",
            "OPTIONS": {"location": str(tmp_path / "private"), "base_url": None},
        },
    }


def days_ago(days):
    return timezone.localdate() - timedelta(days=days)


def closed_case(person, *, days_ago_closed, **kwargs):
    case = CaseFactory(person=person, opened_on=days_ago(days_ago_closed + 200), **kwargs)
    Case.objects.filter(pk=case.pk).update(
        status="closed", closed_on=days_ago(days_ago_closed), closure_reason="goals_met"
    )
    case.refresh_from_db()
    return case


def fill(case, caseworker):
    """Two sessions, a referral, a follow-up and an attachment on `case`."""
    CaseSessionFactory(
        case=case, kind="shelter", date=case.opened_on, stay_start=case.opened_on, children_count=2
    )
    CaseSessionFactory(case=case, kind="legal", date=case.opened_on + timedelta(days=3))
    ReferralFactory(
        case=case,
        partner_kind="police",
        to_service=None,
        consent=None,
        reason="Complaint for threats",
    )
    FollowUpFactory(case=case, title="Call the court clerk", due_on=case.opened_on)
    Incident.objects.create(
        case=case,
        acts=["physical_assault"],
        violence_type="physical_assault",
        occurred_on=case.opened_on,
        place_type="survivor_home",
        aggressor_relationship="partner",
        details="Beaten in the kitchen of the douar house",
    )
    AttachmentFactory(
        case=case,
        title="Complaint receipt",
        uploaded_by=caseworker,
        file_name="recepisse-plainte.pdf",
        content=b"%PDF receipt",
        content_type="text/plain",
    )
    return case


@pytest.fixture
def old_file(cw_listening):
    """Ijja, accompanied by the listening centre; her only case closed 400 days ago."""
    person = PersonFactory(
        first_name="Ijja",
        last_name="Retentiontest",
        phone="0670 11 22 33",
        address="Douar Ait Oufella",
        identity_document="JC778899",
        details="Works at the cooperative",
        sex="F",
        birth_year=1987,
        nationality="Maroc",
        disability="physical",
        migrant_status="no",
    )
    return fill(closed_case(person, days_ago_closed=400, owner=cw_listening), cw_listening)


@pytest.fixture
def run_retention(django_capture_on_commit_callbacks):
    """Run the command as cron does (commit hooks included); return what it printed."""

    def run(*args):
        out = io.StringIO()
        with django_capture_on_commit_callbacks(execute=True):
            call_command("apply_retention", *args, stdout=out)
        return out.getvalue()

    return run


def test_a_case_closed_longer_than_the_period_loses_what_was_written_in_it(old_file, run_retention):
    run_retention()

    assert [s.narrative for s in CaseSession.objects.filter(case=old_file)] == ["", ""]
    assert Referral.objects.get(case=old_file).reason == ""
    assert FollowUp.objects.get(case=old_file).title == ""
    incident = Incident.objects.get(case=old_file)
    assert incident.details == ""
    assert (incident.violence_type, incident.occurred_on) == (
        "physical_assault",
        old_file.opened_on,
    )


def test_its_attachments_are_deleted_with_their_stored_files(old_file, run_retention):
    blob = Attachment.objects.get(case=old_file).blob
    assert private_storage().exists(blob)

    output = run_retention()

    assert not Attachment.objects.filter(case=old_file).exists()
    assert not private_storage().exists(blob)
    assert "1 attachments deleted with their files" in output


def test_the_person_is_anonymised_when_her_only_case_is_past_retention(old_file, run_retention):
    output = run_retention()

    person = Person.objects.get(pk=old_file.person_id)
    assert person.anonymised_at is not None
    for field in Person.IDENTIFYING_FIELDS:
        assert getattr(person, field) == "", field
    assert not Person.objects.matching(
        name="Ijja Retentiontest", phone="0670112233", document="JC778899"
    ).exists()
    assert "1 persons anonymised" in output


def test_the_statistics_the_indicators_need_survive(old_file, run_retention):
    sessions_before = list(
        CaseSession.objects.filter(case=old_file).values_list(
            "kind", "date", "duration_minutes", "children_count", "stay_start"
        )
    )

    run_retention()

    person = Person.objects.get(pk=old_file.person_id)
    assert (
        person.sex,
        person.birth_year,
        person.nationality,
        person.disability,
        person.migrant_status,
        person.reference,
    ) == ("F", 1987, "Maroc", "physical", "no", old_file.person.reference)
    case = Case.objects.get(pk=old_file.pk)
    assert (case.service, case.status, case.opened_on, case.closed_on, case.closure_reason) == (
        old_file.service,
        "closed",
        old_file.opened_on,
        old_file.closed_on,
        "goals_met",
    )
    sessions_after = list(
        CaseSession.objects.filter(case=old_file).values_list(
            "kind", "date", "duration_minutes", "children_count", "stay_start"
        )
    )
    assert sessions_after == sessions_before
    referral = Referral.objects.get(case=old_file)
    assert (referral.partner_kind, referral.status) == ("police", "sent")


def test_a_person_with_one_case_still_open_keeps_her_identity_and_her_open_file(
    old_file, run_retention, cw_migrants
):
    still_followed = CaseFactory(
        person=old_file.person, service=service("migrants"), owner=cw_migrants
    )
    CaseSessionFactory(case=still_followed, narrative="Appointment at the prefecture.")

    output = run_retention()

    person = Person.objects.get(pk=old_file.person_id)
    assert person.anonymised_at is None
    assert (person.full_name, person.phone, person.identity_document) == (
        "Ijja Retentiontest",
        "0670 11 22 33",
        "JC778899",
    )
    assert CaseSession.objects.get(case=still_followed).narrative == (
        "Appointment at the prefecture."
    )
    # Her old case, closed 400 days ago, is emptied all the same.
    assert set(CaseSession.objects.filter(case=old_file).values_list("narrative", flat=True)) == {
        ""
    }
    assert "0 persons anonymised" in output
    assert "1 persons kept" in output


def test_a_case_closed_recently_is_untouched(cw_listening, run_retention):
    person = PersonFactory(first_name="Touda")
    recent = fill(closed_case(person, days_ago_closed=30, owner=cw_listening), cw_listening)

    run_retention()

    assert Person.objects.get(pk=person.pk).first_name == "Touda"
    assert all(s.narrative for s in CaseSession.objects.filter(case=recent))
    assert Referral.objects.get(case=recent).reason == "Complaint for threats"
    assert Attachment.objects.filter(case=recent).exists()


def test_already_anonymised_records_are_skipped(old_file, run_retention):
    run_retention()
    anonymised_at = Person.objects.get(pk=old_file.person_id).anonymised_at

    second = run_retention()

    assert "0 closed cases emptied" in second
    assert "0 persons anonymised" in second
    assert Person.objects.get(pk=old_file.person_id).anonymised_at == anonymised_at


def test_a_dry_run_reports_the_same_counts_and_changes_nothing(old_file, run_retention):
    dry = run_retention("--dry-run")

    assert "Dry run, nothing changed" in dry
    person = Person.objects.get(pk=old_file.person_id)
    assert (person.first_name, person.anonymised_at) == ("Ijja", None)
    assert all(s.narrative for s in CaseSession.objects.filter(case=old_file))
    assert Attachment.objects.filter(case=old_file).exists()
    assert not AuditEntry.objects.filter(action=AuditAction.RETENTION).exists()

    done = run_retention()

    counts = [line.split()[0] for line in dry.splitlines()[1:]]
    assert counts == [line.split()[0] for line in done.splitlines()[1:]]
    assert counts == ["1", "2", "1", "1", "1", "0", "0", "1", "1", "0", "0"]


def test_the_run_is_audited_once_with_counts_only(old_file, run_retention):
    run_retention()

    entry = AuditEntry.objects.get(action=AuditAction.RETENTION)
    assert entry.actor_username == "(apply_retention)"
    assert entry.details["persons"] == 1
    assert entry.details["sessions"] == 2
    assert entry.details["cutoff"] == (timezone.localdate() - timedelta(RETENTION_DAYS)).isoformat()
    assert "Ijja" not in str(entry.details)


def test_days_on_the_command_line_override_the_setting(cw_listening, run_retention):
    person = PersonFactory(first_name="Mamma")
    case = fill(closed_case(person, days_ago_closed=100, owner=cw_listening), cw_listening)

    run_retention()
    assert Person.objects.get(pk=person.pk).anonymised_at is None

    output = run_retention("--days", "90")

    assert Person.objects.get(pk=person.pk).anonymised_at is not None
    assert Referral.objects.get(case=case).reason == ""
    assert f"cases closed before {days_ago(90).isoformat()}" in output


def test_a_negative_period_is_refused(db, run_retention):
    with pytest.raises(CommandError, match="cannot be negative"):
        run_retention("--days", "-1")


def test_a_case_on_legal_hold_keeps_everything_and_so_does_its_person(
    old_file, cw_listening, run_retention
):
    Case.objects.get(pk=old_file.pk).place_legal_hold(
        by=cw_listening, reason="Appeal before the court of Agadir"
    )

    run_retention()

    assert sorted(s.narrative != "" for s in CaseSession.objects.filter(case=old_file)) == [
        True,
        True,
    ]
    assert Incident.objects.get(case=old_file).details == "Beaten in the kitchen of the douar house"
    assert Attachment.objects.filter(case=old_file).count() == 1
    person = Person.objects.get(pk=old_file.person_id)
    assert (person.first_name, person.anonymised_at) == ("Ijja", None)


def test_a_complaint_before_the_prosecutor_holds_the_case_as_well(old_file, run_retention):
    Incident.objects.filter(case=old_file).update(
        complaint_stage="prosecutor", complaint_filed_on=old_file.opened_on
    )

    run_retention()

    assert Referral.objects.get(case=old_file).reason == "Complaint for threats"
    assert Person.objects.get(pk=old_file.person_id).first_name == "Ijja"


def test_once_the_hold_is_lifted_retention_erases_the_case(
    old_file, cw_listening, sup_listening, run_retention
):
    case = Case.objects.get(pk=old_file.pk)
    case.place_legal_hold(by=cw_listening, reason="Court")
    run_retention()
    case.refresh_from_db()
    case.lift_legal_hold(by=sup_listening)

    run_retention()

    assert Incident.objects.get(case=old_file).details == ""
    assert Person.objects.get(pk=old_file.person_id).first_name == ""


def test_consent_purposes_emergency_reasons_and_request_notes_are_erased_too(
    old_file, cw_listening, dpo, run_retention
):
    ConsentFactory(case=old_file, purpose="Housing help for Ijja")
    started = timezone.now() - timedelta(days=500)
    EmergencyAccess.objects.create(
        user=cw_listening,
        case=old_file,
        reason="Ijja's file was needed by the court",
        started_at=started,
        expires_at=started + timedelta(hours=1),
    )
    rights_request = RightsRequest(person=old_file.person, kind="access", note="Ijja at the desk")
    rights_request.record(by=dpo)

    output = run_retention()

    assert set(Consent.objects.filter(case=old_file).values_list("purpose", flat=True)) == {""}
    assert EmergencyAccess.objects.get(case=old_file).reason == ""
    rights_request.refresh_from_db()
    assert (rights_request.note, rights_request.kind) == ("", "access")
    assert "1 emergency access reasons erased" in output
    assert "1 notes of their data rights requests erased" in output
