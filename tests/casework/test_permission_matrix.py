"""Every persona against every URL of a case of each service, records on the case included."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from audit.models import AuditEntry
from casework.models import Consent, EmergencyAccess, FollowUp, Referral
from tests.factories import (
    AttachmentFactory,
    CaseSessionFactory,
    FollowUpFactory,
    ReferralFactory,
)

PERSONAS = [
    "cw_listening",
    "cw_listening_2",
    "cw_migrants",
    "cw_daycentre",
    "sup_listening",
    "editor",
    "comms_lead",
    "youth_officer",
    "coordinator",
    "dpo",
    "tech_admin",
]
CASES = {
    "listening_case": {"cw_listening", "sup_listening"},
    "migrants_case": {"cw_migrants"},
    "daycentre_case": {"cw_daycentre"},
}


@pytest.fixture
def records(request):
    """A case of the given service with one record of each kind on it."""

    def build(case_fixture):
        case = request.getfixturevalue(case_fixture)
        session = CaseSessionFactory(case=case, recorded_by=case.owner)
        followup = FollowUpFactory(case=case)
        referral = ReferralFactory(
            case=case,
            partner_kind="health_centre",
            partner_name="Centre de santé",
            to_service=None,
            consent__scope="health",
        )
        attachment = AttachmentFactory(case=case)
        consent = referral.consent
        return (
            case,
            {
                "session_edit": session.pk,
                "followup_done": followup.pk,
                "consent_withdraw": consent.pk,
                "referral_revoke": referral.pk,
                "attachment_download": attachment.pk,
            },
            referral,
        )

    return build


GET_SCREENS = [
    "inspect",
    "edit",
    "history",
    "session_add",
    "followup_add",
    "consent_add",
    "referral_add",
    "attachment_add",
    "closure_request",
    "person_edit",
]
RECORD_GETS = ["session_edit", "attachment_download"]
RECORD_POSTS = ["followup_done", "consent_withdraw", "referral_revoke"]


@pytest.mark.parametrize("case_fixture", list(CASES))
@pytest.mark.parametrize("persona", PERSONAS)
def test_every_casework_url_answers_each_persona_by_need_to_know(
    db, request, login, records, case_fixture, persona
):
    case, record_ids, referral = records(case_fixture)
    user = request.getfixturevalue(persona)
    client = login(user)
    allowed = persona in CASES[case_fixture]
    # Without access to the admin at all (the youth officer, until proposals arrive) Wagtail
    # sends back to the login page before any case is looked up.
    denied = 404 if user.has_perm("wagtailadmin.access_admin") else 302

    for name in GET_SCREENS:
        response = client.get(reverse(f"casework_cases:{name}", args=[case.pk]))
        assert response.status_code == (200 if allowed else denied), (name, response.status_code)
    for name in RECORD_GETS:
        response = client.get(reverse(f"casework_cases:{name}", args=[case.pk, record_ids[name]]))
        assert response.status_code == (200 if allowed else denied), (name, response.status_code)
    referral_url = reverse("casework_cases:referral_detail", args=[referral.pk])
    assert client.get(referral_url).status_code == (200 if allowed else denied)
    if not allowed:
        for name in RECORD_POSTS:
            response = client.post(
                reverse(f"casework_cases:{name}", args=[case.pk, record_ids[name]])
            )
            assert response.status_code == denied, name
        assert FollowUp.objects.get(pk=record_ids["followup_done"]).done_at is None
        assert Consent.objects.get(pk=record_ids["consent_withdraw"]).withdrawn_on is None
        assert Referral.objects.get(pk=record_ids["referral_revoke"]).status == "sent"

    listing = client.get(reverse("casework_cases:index"))
    if persona.startswith(("cw_", "sup_")):
        assert listing.status_code == 200
        assert (case.reference in listing.content.decode()) == allowed
    elif denied == 404:  # in the admin, but no part in casework: Wagtail sends her back
        assert (listing.status_code, listing["Location"]) == (302, reverse("wagtailadmin_home"))
    else:
        assert listing.status_code == 302 and listing["Location"].startswith("/admin/login/")


# Who may see a case but not do what she asks gets 403, with the reason; the record is unchanged.

CHANGE_SCREENS = [
    "edit",
    "session_add",
    "followup_add",
    "consent_add",
    "referral_add",
    "attachment_add",
    "closure_request",
    "person_edit",
]


def test_the_administrator_under_emergency_access_reads_the_case_and_gets_403_on_every_change(
    login, records, tech_admin
):
    case, record_ids, referral = records("listening_case")
    EmergencyAccess.open(case, by=tech_admin, reason="Database repair after incident 42")
    client = login(tech_admin)
    assert client.get(reverse("casework_cases:inspect", args=[case.pk])).status_code == 200
    for name in CHANGE_SCREENS:
        response = client.get(reverse(f"casework_cases:{name}", args=[case.pk]))
        assert response.status_code == 403, name
    for name in RECORD_POSTS:
        url = reverse(f"casework_cases:{name}", args=[case.pk, record_ids[name]])
        assert client.post(url).status_code == 403, name
    assert Referral.objects.get(pk=record_ids["referral_revoke"]).status == "sent"
    download = reverse(
        "casework_cases:attachment_download", args=[case.pk, record_ids["attachment_download"]]
    )
    assert client.get(download).status_code == 403


def test_a_caseworker_gets_403_approving_a_closure_and_adding_to_a_closed_case(
    login, listening_case, cw_listening, sup_listening
):
    listening_case.request_closure(by=cw_listening, reason="goals_met")
    client = login(cw_listening)
    approve = reverse("casework_cases:closure_approve", args=[listening_case.pk])
    response = client.post(approve)
    assert response.status_code == 403
    assert "You may see this record" in response.content.decode()
    listening_case.approve_closure(by=sup_listening)
    for name in ("session_add", "edit", "person_edit"):
        url = reverse(f"casework_cases:{name}", args=[listening_case.pk])
        assert client.get(url).status_code == 403, name
    # Her supervisor may still change it (to reopen it); the case is there for both.
    assert (
        client.get(reverse("casework_cases:inspect", args=[listening_case.pk])).status_code == 200
    )


def test_the_sender_reads_her_referral_but_gets_403_answering_it_for_the_other_service(
    login, listening_case, cw_listening, cw_migrants
):
    referral = ReferralFactory(case=listening_case)
    detail = reverse("casework_cases:referral_detail", args=[referral.pk])
    accept = reverse("casework_cases:referral_answer", args=[referral.pk, "accept"])
    sender = login(cw_listening)
    assert sender.get(detail).status_code == 200
    response = sender.post(accept)
    assert response.status_code == 403
    referral.refresh_from_db()
    assert referral.status == "sent"
    # The receiving service reads and answers it, without opening the case it comes from.
    receiver = login(cw_migrants)
    assert receiver.get(detail).status_code == 200
    assert (
        receiver.get(reverse("casework_cases:inspect", args=[listening_case.pk])).status_code == 404
    )
    assert receiver.post(accept).status_code == 302
    referral.refresh_from_db()
    assert referral.status == "accepted"
    # Once done, it is out of her sight again.
    referral.answer("complete", by=cw_migrants)
    assert receiver.get(detail).status_code == 404


def test_on_a_closed_case_the_supervisor_marks_a_follow_up_done_and_its_caseworker_gets_403(
    login, listening_case, cw_listening, sup_listening
):
    followup = FollowUpFactory(case=listening_case)
    listening_case.request_closure(by=cw_listening, reason="goals_met")
    listening_case.approve_closure(by=sup_listening)
    done = reverse("casework_cases:followup_done", args=[listening_case.pk, followup.pk])
    assert login(cw_listening).post(done).status_code == 403
    followup.refresh_from_db()
    assert followup.done_at is None
    assert login(sup_listening).post(done).status_code == 302
    followup.refresh_from_db()
    assert followup.done_at is not None


# Faults injected by hand into permissions.py once left the suite green; these two catch them.


@pytest.mark.parametrize("elsewhere", [False, True], ids=["alone", "with-a-current-access"])
def test_an_expired_emergency_access_opens_nothing_and_the_administrator_gets_404(
    login, tech_admin, listening_case, migrants_case, elsewhere
):
    """Expired is expired, also when he holds a current access to another case (which lets
    him into the casework screens)."""
    expired = EmergencyAccess.open(listening_case, by=tech_admin, reason="Repair after incident 7")
    hour = timedelta(hours=1)
    EmergencyAccess.objects.filter(pk=expired.pk).update(
        started_at=timezone.now() - 2 * hour, expires_at=timezone.now() - timedelta(seconds=1)
    )
    if elsewhere:
        EmergencyAccess.open(migrants_case, by=tech_admin, reason="Repair after incident 8")
    client = login(tech_admin)
    last_entry = AuditEntry.objects.latest("pk").pk

    for name in ("inspect", "history"):
        response = client.get(reverse(f"casework_cases:{name}", args=[listening_case.pk]))
        assert response.status_code == 404, name
        assert listening_case.person.first_name not in response.content.decode()
    entries = AuditEntry.objects.filter(pk__gt=last_entry)
    assert set(entries.values_list("action", flat=True)) == {"denied"}
    assert all(entries.values_list("flagged", flat=True))
    assert EmergencyAccess.objects.filter(case=listening_case).count() == 1


def test_the_receiving_service_gets_403_revoking_a_referral_and_it_stays_sent(
    login, listening_case, cw_listening, cw_migrants, cw_daycentre
):
    referral = ReferralFactory(case=listening_case)  # to the migrant office
    revoke = reverse("casework_cases:referral_revoke", args=[listening_case.pk, referral.pk])
    detail = reverse("casework_cases:referral_detail", args=[referral.pk])
    receiver = login(cw_migrants)
    assert receiver.get(detail).status_code == 200  # she reads it...
    last_entry = AuditEntry.objects.latest("pk").pk

    response = receiver.post(revoke)  # ...but may not take it back
    assert response.status_code == 403
    assert "You may see this record" in response.content.decode()
    referral.refresh_from_db()
    assert (referral.status, referral.answered_at) == ("sent", None)
    entries = AuditEntry.objects.filter(pk__gt=last_entry)
    assert list(entries.values_list("action", "details__wanted")) == [("denied", "change")]

    # Another service does not know the referral exists; its sender takes it back.
    assert login(cw_daycentre).post(revoke).status_code == 404
    response = login(cw_listening).post(revoke)
    assert response.status_code == 302
    assert response["Location"].endswith(f"/{listening_case.pk}/#referrals")
    referral.refresh_from_db()
    assert referral.status == "revoked"
    assert login(cw_migrants).get(detail).status_code == 404


# The register of processing: the data protection officer's only, whoever else asks.

REGISTER_URLS = [
    ("casework_register", {}),
    ("casework_register", {"export": "xlsx"}),
    ("casework_register", {"export": "csv"}),
    ("casework_register_print", {}),
]


@pytest.mark.parametrize("persona", PERSONAS)
def test_the_register_of_processing_answers_the_dpo_only(db, request, login, persona):
    user = request.getfixturevalue(persona)
    client = login(user)
    denied = 404 if user.has_perm("wagtailadmin.access_admin") else 302
    for name, query in REGISTER_URLS:
        response = client.get(reverse(name), query)
        assert response.status_code == (200 if persona == "dpo" else denied), (name, query)
