"""Every persona against every URL of a case of each service, records on the case included."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from casework.models import Attachment, CaseSession, Consent, FollowUp, Referral

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
        owner = case.owner
        session = CaseSession.objects.create(case=case, kind="listening", recorded_by=owner)
        followup = FollowUp.objects.create(case=case, title="Rappeler", due_on="2026-12-01")
        consent = Consent.objects.create(
            person=case.person, case=case, purpose="Santé", scope="health", recorded_by=owner
        )
        referral = Referral.objects.create(
            case=case, partner_kind="health_centre", partner_name="Centre de santé", consent=consent
        )
        attachment = Attachment(case=case, title="Certificat")
        attachment.store(SimpleUploadedFile("a.png", b"\x89PNG\r\n", content_type="image/png"))
        attachment.save()
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
    if allowed:
        assert case.reference in listing.content.decode()
    else:
        assert listing.status_code != 200 or case.reference not in listing.content.decode()
