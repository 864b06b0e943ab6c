"""Every state change of a case and its records is one verb: it validates, saves and writes its own
audit entry in one transaction, with the person who did it. Views only call verbs, so no screen
can change a file without the audit trail knowing (the last test reads the views' source)."""

import ast
import datetime
from pathlib import Path
from unittest import mock

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import translation

from audit import trail
from audit.models import AuditAction, AuditEntry, AuditEntryQuerySet
from casework.models import (
    Attachment,
    Case,
    CaseSession,
    Consent,
    EmergencyAccess,
    FollowUp,
    GroupActivity,
    Person,
    Referral,
    StaleEdit,
)
from tests.factories import (
    ConsentFactory,
    FollowUpFactory,
    ReferralFactory,
    service,
)

pytestmark = pytest.mark.django_db

ROOT = Path(__file__).resolve().parents[2]


def entries_since(mark):
    return list(AuditEntry.objects.filter(pk__gt=mark).order_by("pk"))


def newest_id():
    last = AuditEntry.objects.order_by("-pk").first()
    return last.pk if last else 0


def test_opening_a_case_registers_the_person_grants_the_owner_and_records_both(cw_listening):
    mark = newest_id()
    person = Person(first_name="Ittou", last_name="Oubella", sex="F")
    person.register(by=cw_listening)
    case = Case.open_for(person, service=service("listening"), risk_level="low", by=cw_listening)
    actions = [(e.action, e.object_type, e.actor_id) for e in entries_since(mark)]
    assert actions == [
        (AuditAction.CREATE, "casework.person", cw_listening.pk),
        (AuditAction.GRANT, "casework.case", cw_listening.pk),
        (AuditAction.CREATE, "casework.case", cw_listening.pk),
    ]
    assert case.owner == cw_listening and case.status == "open"


def test_the_closure_verbs_record_who_asked_approved_refused_and_reopened(
    listening_case, cw_listening, sup_listening
):
    mark = newest_id()
    listening_case.request_closure(by=cw_listening, reason="goals_met")
    listening_case.reject_closure(by=sup_listening)
    listening_case.request_closure(by=cw_listening, reason="goals_met")
    listening_case.approve_closure(by=sup_listening)
    listening_case.reopen(by=sup_listening)
    assert [(e.actor_id, e.action, e.details) for e in entries_since(mark)] == [
        (cw_listening.pk, AuditAction.CLOSE, {"step": "requested"}),
        (sup_listening.pk, AuditAction.CLOSE, {"step": "rejected"}),
        (cw_listening.pk, AuditAction.CLOSE, {"step": "requested"}),
        (sup_listening.pk, AuditAction.CLOSE, {"step": "approved"}),
        (sup_listening.pk, AuditAction.CHANGE, {"fields": ["status"], "step": "reopened"}),
    ]


@pytest.mark.parametrize(
    "verb, message",
    [
        ("reject_closure", "There is no closure request to refuse."),
        ("approve_closure", "Nobody asked to close this case."),
        ("reopen", "Only a closed case can be reopened."),
    ],
)
def test_a_verb_the_state_forbids_is_refused_with_a_reason_and_records_nothing(
    listening_case, sup_listening, verb, message
):
    mark = newest_id()
    with pytest.raises(ValidationError) as refused:
        getattr(listening_case, verb)(by=sup_listening)
    with translation.override("en"):
        assert refused.value.messages == [message]
    assert entries_since(mark) == []


def test_when_the_audit_entry_cannot_be_written_the_change_is_not_saved(
    listening_case, cw_listening
):
    with (
        mock.patch.object(trail, "record", side_effect=RuntimeError("disk full")),
        pytest.raises(RuntimeError),
    ):
        listening_case.request_closure(by=cw_listening, reason="goals_met")
    listening_case.refresh_from_db()
    assert listening_case.closure_requested_at is None


def test_records_added_to_a_case_are_recorded_with_the_case(listening_case, cw_listening):
    mark = newest_id()
    CaseSession(kind="listening").add_to(listening_case, by=cw_listening)
    FollowUp(title="Call back", due_on=datetime.date(2027, 1, 4)).add_to(
        listening_case, by=cw_listening
    )
    Consent(scope="internal", purpose="Papers").add_to(listening_case, by=cw_listening)
    Attachment(title="Scan").add_to(
        listening_case,
        by=cw_listening,
        file=SimpleUploadedFile("scan.pdf", b"%PDF-1.4", "application/pdf"),
    )
    created = entries_since(mark)
    assert [e.object_type for e in created] == [
        "casework.casesession",
        "casework.followup",
        "casework.consent",
        "casework.attachment",
    ]
    assert all(e.action == AuditAction.CREATE and e.actor == cw_listening for e in created)
    assert all(e.details["case"] == listening_case.pk for e in created)


def test_a_shelter_session_without_its_first_day_is_refused_and_not_saved(
    listening_case, cw_listening
):
    with pytest.raises(ValidationError):
        CaseSession(kind="shelter").add_to(listening_case, by=cw_listening)
    assert not listening_case.sessions.filter(kind="shelter").exists()


def test_a_consent_is_withdrawn_once(listening_case, cw_listening):
    consent = ConsentFactory(case=listening_case)
    mark = newest_id()
    consent.withdraw(by=cw_listening)
    with pytest.raises(ValidationError):
        consent.withdraw(by=cw_listening)
    [entry] = entries_since(mark)
    assert (entry.action, entry.details) == (AuditAction.CHANGE, {"fields": ["withdrawn_on"]})


def test_a_follow_up_is_done_once(listening_case, cw_listening):
    followup = FollowUpFactory(case=listening_case)
    mark = newest_id()
    followup.mark_done(by=cw_listening)
    with pytest.raises(ValidationError):
        followup.mark_done(by=cw_listening)
    assert [e.action for e in entries_since(mark)] == [AuditAction.CHANGE]


def test_a_referral_without_consent_is_sent_as_a_flagged_override(listening_case, cw_listening):
    mark = newest_id()
    Referral(partner_kind="internal", to_service=service("migrants")).send(
        listening_case, by=cw_listening
    )
    sent, override = entries_since(mark)
    assert (sent.action, sent.flagged) == (AuditAction.REFER, True)
    assert (override.action, override.flagged) == (AuditAction.CONSENT_OVERRIDE, True)


def test_the_receiving_service_answers_and_the_sender_revokes(
    listening_case, cw_listening, cw_migrants
):
    referral = ReferralFactory(case=listening_case)
    mark = newest_id()
    referral.answer("accept", by=cw_migrants)
    with pytest.raises(ValidationError):
        referral.answer("refuse", by=cw_migrants)  # already accepted
    referral.revoke(by=cw_listening)
    assert [(e.actor_id, e.action, e.details) for e in entries_since(mark)] == [
        (cw_migrants.pk, AuditAction.REFERRAL_ANSWER, {"answer": "accept"}),
        (cw_listening.pk, AuditAction.REVOKE, {}),
    ]


def test_an_emergency_access_is_opened_with_its_flagged_entry(listening_case, tech_admin):
    mark = newest_id()
    access = EmergencyAccess.open(listening_case, by=tech_admin, reason="Server incident")
    [entry] = entries_since(mark)
    assert (entry.action, entry.flagged, entry.details["access"]) == (
        AuditAction.EMERGENCY_ACCESS,
        True,
        access.pk,
    )
    with pytest.raises(ValidationError):
        EmergencyAccess.open(listening_case, by=tech_admin, reason="  ")


def test_a_group_activity_is_added_changed_and_deleted_with_an_entry_each(cw_migrants):
    activity = GroupActivity(
        service=service("migrants"), kind="information_meeting", title="Papers", women_count=3
    )
    mark = newest_id()
    activity.add(by=cw_migrants)
    activity.men_count = 5
    activity.save_edit(by=cw_migrants, fields=["men_count"])
    activity.remove(by=cw_migrants)
    entries = entries_since(mark)
    assert [e.action for e in entries] == [
        AuditAction.CREATE,
        AuditAction.CHANGE,
        AuditAction.DELETE,
    ]
    assert entries[-1].details == {
        "kind": "information_meeting",
        "service": service("migrants").pk,
        "women": 3,
        "men": 5,
    }
    assert not GroupActivity.objects.exists()


def test_a_case_edit_from_a_stale_form_saves_and_records_nothing(listening_case, sup_listening):
    opened_at = listening_case.version
    Case.objects.filter(pk=listening_case.pk).update(version=opened_at + 1)  # a colleague saved
    mark = newest_id()
    listening_case.risk_level = "high"
    with pytest.raises(StaleEdit):
        listening_case.save_edit(by=sup_listening, expected_version=opened_at, fields=["risk"])
    assert entries_since(mark) == []
    listening_case.refresh_from_db()
    assert listening_case.risk_level != "high"


def _record_calls(path):
    """(line, action name) of every trail.record(AuditAction.X, ...) call in the file."""
    tree = ast.parse(path.read_text())
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr == "record"
            and isinstance(node.func.value, ast.Name)
            and node.func.value.id == "trail"
        ):
            first = node.args[0] if node.args else None
            name = first.attr if isinstance(first, ast.Attribute) else ast.unparse(first)
            yield node.lineno, name


def test_views_record_only_what_people_read_never_a_change():
    view_modules = [
        path
        for app in ("casework", "proposals", "audit", "accounts", "home")
        for path in sorted((ROOT / app).rglob("*.py"))
        if path.name in ("views.py", "viewsets.py") or path.parent.name in ("viewsets", "views")
    ]
    assert ROOT / "casework" / "viewsets" / "records.py" in view_modules
    reads = {action.name for action in AuditEntryQuerySet.READS}
    changes = [
        f"{path.relative_to(ROOT)}:{line} records {name}"
        for path in view_modules
        for line, name in _record_calls(path)
        if name not in reads
    ]
    assert changes == []
