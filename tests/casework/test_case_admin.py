"""The caseworkers' admin: what each screen does. Who reaches which URL is the permission
matrix's business (test_permission_matrix.py)."""

import io

import pytest
from django.urls import reverse
from PIL import Image

from audit.models import AuditEntry
from casework.models import (
    Attachment,
    Case,
    Consent,
    EmergencyAccess,
    Person,
    Referral,
)
from tests.factories import AttachmentFactory, CaseFactory, ConsentFactory, intake_data, service

POST_URLS = ["closure_approve", "closure_reject", "reopen"]


def sent_back_to_the_dashboard(response):
    """Wagtail's answer to an admin section the user has no part in: back to the dashboard."""
    return response.status_code == 302 and response["Location"] == reverse("wagtailadmin_home")


def refused(response):
    """Casework's answer to someone who may see the case but not do this: 403, with the reason."""
    return response.status_code == 403 and "You may see this record" in response.content.decode()


def url(name, case, *args):
    return reverse(f"casework_cases:{name}", args=[case.pk, *args])


@pytest.mark.parametrize("name", POST_URLS)
def test_state_changes_by_outsiders_get_404_and_change_nothing(
    login, cw_migrants, listening_case, name
):
    client = login(cw_migrants)
    assert client.post(url(name, listening_case)).status_code == 404
    listening_case.refresh_from_db()
    assert listening_case.status == "active"


def test_supervisor_opens_every_case_of_her_service(login, sup_listening, listening_case):
    client = login(sup_listening)
    assert client.get(url("inspect", listening_case)).status_code == 200
    assert client.get(url("edit", listening_case)).status_code == 200


def test_a_supervisor_who_steps_down_loses_her_services_cases_at_her_next_request(
    login, sup_listening, listening_case
):
    """Roles are remembered for one request only, on the user that request loaded."""
    client = login(sup_listening)
    index = reverse("casework_cases:index")
    assert client.get(url("inspect", listening_case)).status_code == 200
    assert listening_case.reference in client.get(index).content.decode()

    listening = service("listening")
    sup_listening.groups.remove(listening.supervisors_group)
    sup_listening.groups.add(listening.caseworkers_group)
    assert client.get(url("inspect", listening_case)).status_code == 404
    response = client.get(index)
    assert response.status_code == 200
    assert listening_case.reference not in response.content.decode()


def test_a_case_is_never_deleted_from_the_admin(login, cw_listening, listening_case):
    client = login(cw_listening)
    assert refused(client.post(url("delete", listening_case)))
    assert Case.objects.filter(pk=listening_case.pk).exists()


def test_listing_shows_only_the_cases_one_may_open(
    login, cw_listening, cw_listening_2, listening_case, migrants_case
):
    client = login(cw_listening)
    html = client.get(reverse("casework_cases:index")).content.decode()
    assert listening_case.reference in html
    assert migrants_case.reference not in html

    client = login(cw_listening_2)
    html = client.get(reverse("casework_cases:index")).content.decode()
    assert listening_case.reference not in html


@pytest.mark.parametrize("persona", ["editor", "dpo", "coordinator", "tech_admin"])
def test_staff_outside_casework_cannot_list_cases(request, login, listening_case, persona):
    client = login(request.getfixturevalue(persona))
    assert sent_back_to_the_dashboard(client.get(reverse("casework_cases:index")))


def test_search_finds_a_person_by_exact_name_or_phone_through_the_blind_index(
    login, cw_listening, cw_listening_2, listening_case
):
    person = listening_case.person
    client = login(cw_listening)
    index = reverse("casework_cases:index")
    client.post(index, {"q": f"{person.first_name.upper()} {person.last_name}"})
    assert listening_case.reference in client.get(index).content.decode()
    client.post(index, {"q": "+212" + person.phone.replace(" ", "")[1:]})
    assert listening_case.reference in client.get(index).content.decode()
    assert AuditEntry.objects.filter(action="search", actor=cw_listening).exists()
    assert person.first_name not in str(list(AuditEntry.objects.values_list("details", flat=True)))

    colleague = login(cw_listening_2)
    colleague.post(index, {"q": person.full_name})
    assert listening_case.reference not in colleague.get(index).content.decode()


def test_export_lists_only_visible_cases_and_is_audited(
    login, cw_listening, listening_case, migrants_case
):
    client = login(cw_listening)
    response = client.get(reverse("casework_cases:index"), {"export": "csv"})
    body = b"".join(response.streaming_content).decode()
    assert listening_case.reference in body
    assert migrants_case.reference not in body
    assert listening_case.person.first_name not in body
    assert AuditEntry.objects.filter(action="export", actor=cw_listening).exists()


def test_opening_a_case_is_audited(login, cw_listening, listening_case):
    login(cw_listening).get(url("inspect", listening_case))
    entry = AuditEntry.objects.filter(action="view").latest("pk")
    assert (entry.actor, entry.object_repr) == (cw_listening, listening_case.reference)


def test_intake_opens_a_case_owned_by_the_caseworker(login, cw_listening):
    client = login(cw_listening)
    response = client.post(
        reverse("casework_cases:add"), intake_data(service=service("listening").pk)
    )
    case = Case.objects.get()
    assert response.status_code == 302
    assert case.owner == cw_listening
    assert case.reference.startswith("LC-")
    assert client.get(url("inspect", case)).status_code == 200


def test_intake_warns_of_a_person_already_known_to_the_service(
    login, cw_listening, cw_listening_2, listening_case
):
    person = listening_case.person
    data = intake_data(
        first_name=person.first_name, last_name=person.last_name, service=service("listening").pk
    )
    response = login(cw_listening).post(reverse("casework_cases:add"), data)
    assert response.status_code == 200
    assert person.reference in response.content.decode()

    # Her colleague, who cannot see that case, is told to ask, and learns nothing about the person.
    response = login(cw_listening_2).post(reverse("casework_cases:add"), data)
    html = response.content.decode()
    assert "supervisor" in html
    assert person.reference not in html
    assert Case.objects.count() == 1

    data["different_person"] = "on"
    assert login(cw_listening_2).post(reverse("casework_cases:add"), data).status_code == 302
    assert Person.objects.count() == 2


def test_intake_does_not_reveal_persons_of_other_services(login, cw_migrants, listening_case):
    person = listening_case.person
    data = intake_data(
        first_name=person.first_name, last_name=person.last_name, service=service("migrants").pk
    )
    response = login(cw_migrants).post(reverse("casework_cases:add"), data)
    assert response.status_code == 302


def test_the_second_of_two_concurrent_edits_is_refused_and_keeps_what_was_typed(
    login, cw_listening, sup_listening, listening_case
):
    first = login(cw_listening)
    form = first.get(url("edit", listening_case)).context["form"]
    version = form.initial["version"]
    data = {"risk_level": "high", "status": "active", "opened_on": "2026-01-05", "version": version}
    assert first.post(url("edit", listening_case), data).status_code == 302

    second = login(sup_listening)
    stale = {**data, "risk_level": "low", "owner": cw_listening.pk}
    response = second.post(url("edit", listening_case), stale)
    assert response.status_code == 200
    assert "Someone else saved this case" in response.content.decode()
    assert response.context["form"]["risk_level"].value() == "low"
    listening_case.refresh_from_db()
    assert listening_case.risk_level == "high"


def test_supervisor_assigns_a_collaborator_who_then_sees_the_case(
    login, sup_listening, cw_listening, cw_listening_2, listening_case
):
    client = login(sup_listening)
    data = {
        "risk_level": "medium",
        "status": "active",
        "opened_on": "2026-01-05",
        "owner": cw_listening.pk,
        "collaborators": [cw_listening_2.pk],
        "version": listening_case.version,
    }
    assert client.post(url("edit", listening_case), data).status_code == 302
    assert login(cw_listening_2).get(url("inspect", listening_case)).status_code == 200
    assert AuditEntry.objects.filter(action="grant", object_id=str(listening_case.pk)).exists()


def test_a_caseworker_cannot_reassign_her_case(login, cw_listening, cw_listening_2, listening_case):
    data = {
        "risk_level": "medium",
        "status": "active",
        "opened_on": "2026-01-05",
        "owner": cw_listening_2.pk,
        "collaborators": [cw_listening_2.pk],
        "version": listening_case.version,
    }
    login(cw_listening).post(url("edit", listening_case), data)
    listening_case.refresh_from_db()
    assert listening_case.owner == cw_listening
    assert login(cw_listening_2).get(url("inspect", listening_case)).status_code == 404


def test_closure_needs_a_supervisor(login, cw_listening, sup_listening, listening_case):
    client = login(cw_listening)
    client.post(url("closure_request", listening_case), {"reason": "goals_met"})
    assert refused(client.post(url("closure_approve", listening_case)))
    listening_case.refresh_from_db()
    assert listening_case.status == "active"

    login(sup_listening).post(url("closure_approve", listening_case))
    listening_case.refresh_from_db()
    assert listening_case.status == "closed"
    assert refused(login(cw_listening).get(url("session_add", listening_case)))


def test_a_referral_without_the_right_consent_is_refused(login, cw_listening, listening_case):
    response = login(cw_listening).post(
        url("referral_add", listening_case),
        {"partner_kind": "police", "partner_name": "Gendarmerie royale", "reason": "Plainte"},
    )
    assert response.status_code == 200
    assert "consent" in response.content.decode()
    assert not Referral.objects.exists()


def test_a_consent_override_is_allowed_only_with_the_permission_and_is_flagged(
    login, cw_listening, listening_case
):
    from django.contrib.auth.models import Permission

    data = {
        "partner_kind": "police",
        "partner_name": "Gendarmerie royale",
        "reason": "Danger immédiat",
        "override_consent": "on",
    }
    login(cw_listening).post(url("referral_add", listening_case), data)
    assert not Referral.objects.exists()

    cw_listening.user_permissions.add(Permission.objects.get(codename="override_referral_consent"))
    login(cw_listening).post(url("referral_add", listening_case), data)
    referral = Referral.objects.get()
    assert referral.consent_overridden
    assert AuditEntry.objects.filter(action="consent_override", flagged=True).exists()


def test_an_internal_referral_opens_only_the_referral_to_the_receiving_service_until_revoked(
    login, cw_listening, cw_migrants, listening_case
):
    consent = ConsentFactory(case=listening_case, recorded_by=cw_listening)
    login(cw_listening).post(
        url("referral_add", listening_case),
        {
            "partner_kind": "internal",
            "to_service": service("migrants").pk,
            "reason": "Aide aux démarches de séjour",
            "consent": consent.pk,
        },
    )
    referral = Referral.objects.get()
    receiver = login(cw_migrants)
    detail = reverse("casework_cases:referral_detail", args=[referral.pk])
    assert receiver.get(detail).status_code == 200
    assert receiver.get(url("inspect", listening_case)).status_code == 404
    receiver.post(reverse("casework_cases:referral_answer", args=[referral.pk, "accept"]))
    referral.refresh_from_db()
    assert referral.status == "accepted"

    login(cw_listening).post(url("referral_revoke", listening_case, referral.pk))
    assert login(cw_migrants).get(detail).status_code == 404


def png_upload(name="certificat.png"):
    buffer = io.BytesIO()
    Image.new("RGB", (4, 4), "white").save(buffer, "PNG")
    buffer.name = name
    buffer.seek(0)
    return buffer


def test_an_attachment_is_stored_encrypted_and_served_only_through_the_audited_view(
    login, cw_listening, cw_migrants, listening_case
):
    client = login(cw_listening)
    client.post(
        url("attachment_add", listening_case), {"title": "Certificat médical", "file": png_upload()}
    )
    attachment = Attachment.objects.get()
    download = url("attachment_download", listening_case, attachment.pk)
    response = client.get(download)
    assert response.status_code == 200
    assert response.content.startswith(b"\x89PNG")
    assert "no-store" in response["Cache-Control"]
    assert AuditEntry.objects.filter(action="download", actor=cw_listening).exists()
    assert login(cw_migrants).get(download).status_code == 404


def test_an_upload_of_the_wrong_type_is_refused_with_a_reason(login, cw_listening, listening_case):
    fake = io.BytesIO(b"MZ\x90\x00 not really a pdf")
    fake.name = "scan.pdf"
    response = login(cw_listening).post(
        url("attachment_add", listening_case), {"title": "Scan", "file": fake}
    )
    assert response.status_code == 200
    assert "Only PDF, JPEG and PNG" in response.content.decode()
    assert response.context["form"]["title"].value() == "Scan"
    assert not Attachment.objects.exists()


def test_emergency_access_lets_the_administrator_read_one_case_and_is_flagged(
    login, tech_admin, listening_case
):
    client = login(tech_admin)
    assert client.get(url("inspect", listening_case)).status_code == 404
    client.post(
        reverse("casework_cases:emergency_access"),
        {"reference": listening_case.reference, "reason": "Database repair after incident 42"},
    )
    assert EmergencyAccess.objects.filter(user=tech_admin, case=listening_case).exists()
    assert client.get(url("inspect", listening_case)).status_code == 200
    assert refused(client.get(url("edit", listening_case)))
    assert AuditEntry.objects.filter(action="emergency_access", flagged=True).exists()


def test_only_superusers_reach_the_emergency_access_form(login, cw_listening):
    response = login(cw_listening).get(reverse("casework_cases:emergency_access"))
    assert sent_back_to_the_dashboard(response)


def test_the_dashboard_shows_the_caseworkers_day(login, cw_listening, listening_case):
    html = login(cw_listening).get(reverse("wagtailadmin_home")).content.decode()
    assert "My casework" in html
    assert listening_case.reference in html


def test_a_new_case_in_another_service_is_not_on_the_dashboard(
    login, cw_listening, listening_case, migrants_case
):
    new_elsewhere = CaseFactory(service=service("migrants"))
    response = login(cw_listening).get(reverse("wagtailadmin_home"))
    html = response.content.decode()
    assert response.status_code == 200 and 'id="casework-dashboard-heading"' in html
    assert listening_case.reference in html
    assert new_elsewhere.reference not in html
    assert migrants_case.reference not in html


def test_a_consent_can_point_to_its_signed_form_among_the_cases_attachments(
    login, cw_listening, listening_case, migrants_case
):
    client = login(cw_listening)
    client.post(
        url("attachment_add", listening_case), {"title": "Formulaire signé", "file": png_upload()}
    )
    signed = Attachment.objects.get()
    AttachmentFactory(case=migrants_case)

    form = client.get(url("consent_add", listening_case)).context["form"]
    assert list(form.fields["signed_form"].queryset) == [signed]
    client.post(
        url("consent_add", listening_case),
        {
            "purpose": "Plainte",
            "scope": "legal",
            "given_on": "2026-11-20",
            "signed_form": signed.pk,
        },
    )
    assert Consent.objects.get().signed_form == signed


def test_the_second_of_two_concurrent_identity_edits_is_refused(
    login, cw_listening, sup_listening, listening_case
):
    person = listening_case.person
    edit = url("person_edit", listening_case)
    version = login(cw_listening).get(edit).context["form"].initial["version"]
    base = {"sex": "F", "disability": "none", "migrant_status": "no", "version": version}
    first = {**base, "first_name": "Tilelli", "last_name": "Amazigh", "phone": "0600000001"}
    assert login(cw_listening).post(edit, first).status_code == 302

    stale = {**base, "first_name": "Tilelli", "last_name": "Autre", "phone": "0600000002"}
    response = login(sup_listening).post(edit, stale)
    assert response.status_code == 200
    assert "Someone else saved this record" in response.content.decode()
    assert response.context["form"]["last_name"].value() == "Autre"
    person.refresh_from_db()
    assert (person.last_name, person.phone) == ("Amazigh", "0600000001")


def test_the_second_of_two_concurrent_session_edits_is_refused(
    login, cw_listening, sup_listening, listening_case
):
    session = listening_case.sessions.get()
    edit = url("session_edit", listening_case, session.pk)
    version = login(cw_listening).get(edit).context["form"].initial["version"]
    data = {"date": "2026-11-20", "kind": "listening", "version": version}
    login(cw_listening).post(edit, {**data, "narrative": "Version de Fatima"})
    response = login(sup_listening).post(edit, {**data, "narrative": "Version de Naima"})
    assert "Someone else saved this record" in response.content.decode()
    session.refresh_from_db()
    assert session.narrative == "Version de Fatima"


def test_a_closure_asked_while_someone_else_saves_the_case_keeps_the_form(
    login, cw_listening, listening_case, monkeypatch
):
    """Found by wapiti's parallel posts: a closure request racing another save was a 500."""
    from casework.models import Case, StaleEdit

    def someone_saved_meanwhile(self, **kwargs):
        raise StaleEdit

    monkeypatch.setattr(Case, "save_checked", someone_saved_meanwhile)
    response = login(cw_listening).post(
        url("closure_request", listening_case), {"reason": "goals_met"}
    )
    assert response.status_code == 200
    assert "Someone else changed this case meanwhile" in response.content.decode()
    assert response.context["form"]["reason"].value() == "goals_met"
    listening_case.refresh_from_db()
    assert listening_case.closure_requested_at is None
