"""Casework is recorded in its audit trail only, never in Wagtail's own history.

Wagtail logs what its admin saves (ModelLogEntry) and shows it to the technical administrator in
*Site history*, its CSV, and history and usage screens. A line there such as "LC-2026-00036 ·
Case · Session recorded · 3 minutes ago" tells the existence, timing and handler of a victim's
session to someone who is not a caseworker. The case's own history is read from the audit trail,
for those who may open the case.
"""

import csv
import importlib
import io

import pytest
from bs4 import BeautifulSoup
from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.urls import NoReverseMatch, reverse
from django.utils import timezone
from wagtail.log_actions import log
from wagtail.models import ModelLogEntry, ReferenceIndex
from wagtail.users.models import UserProfile

from audit.models import AuditEntry
from casework.models import (
    Case,
    Consent,
    EmergencyAccess,
    GroupActivity,
)
from tests.factories import AttachmentFactory, ReferralFactory, intake_data, service

pytestmark = pytest.mark.django_db


def url(name, case, *args):
    return reverse(f"casework_cases:{name}", args=[case.pk, *args])


def last_audit_entry():
    """The id of the newest audit entry (ids are not counts on PostgreSQL, whose sequences go
    on across tests)."""
    return AuditEntry.objects.order_by("-pk").values_list("pk", flat=True).first() or 0


def casework_content_types():
    return ContentType.objects.filter(app_label="casework")


@pytest.fixture
def a_day_of_casework(login, cw_listening, sup_listening, cw_migrants):
    """A caseworker's day through the admin: intake, session, consent, referral, follow-up, the
    case edited, closure asked and approved by the supervisor; a group activity at the migrant
    office, edited and deleted."""
    client = login(cw_listening)
    client.post(reverse("casework_cases:add"), intake_data(service=service("listening").pk))
    case = Case.objects.get()
    client.post(
        url("session_add", case),
        {
            "date": "2026-03-14",
            "kind": "listening",
            "duration_minutes": "45",
            "narrative": "Planted narrative",
        },
    )
    client.post(
        url("consent_add", case),
        {"purpose": "Plainte", "scope": "legal", "given_on": "2026-03-14"},
    )
    consent = Consent.objects.get()
    client.post(
        url("referral_add", case),
        {
            "partner_kind": "police",
            "partner_name": "Gendarmerie royale",
            "reason": "Plainte",
            "consent": consent.pk,
        },
    )
    client.post(
        url("followup_add", case),
        {"title": "Rappeler", "due_on": "2026-03-20", "assigned_to": cw_listening.pk},
    )
    client.post(
        url("edit", case),
        {"risk_level": "high", "status": "active", "opened_on": "2026-03-14", "version": 1},
    )
    client.post(url("closure_request", case), {"reason": "goals_met"})
    login(sup_listening).post(url("closure_approve", case))

    client = login(cw_migrants)
    client.post(
        reverse("casework_activities:add"),
        {
            "service": service("migrants").pk,
            "kind": GroupActivity._meta.get_field("kind").choices[0][0],
            "title": "Réunion d'information",
            "date": "2026-03-14",
            "women_count": "2",
            "men_count": "9",
        },
    )
    activity = GroupActivity.objects.get()
    client.post(
        reverse("casework_activities:edit", args=[activity.pk]),
        {
            "service": service("migrants").pk,
            "kind": activity.kind,
            "title": "Réunion d'information (2)",
            "date": "2026-03-14",
            "women_count": "3",
            "men_count": "9",
        },
    )
    client.post(reverse("casework_activities:delete", args=[activity.pk]))
    case.refresh_from_db()
    assert case.status == "closed" and case.sessions.exists() and case.referrals.exists()
    assert not GroupActivity.objects.exists()
    return case


def test_a_day_of_casework_writes_nothing_to_wagtails_history(a_day_of_casework):
    assert not ModelLogEntry.objects.filter(content_type__in=casework_content_types()).exists()
    assert AuditEntry.objects.filter(action="create").exists()


def test_a_day_of_casework_leaves_nothing_in_wagtails_reference_index(a_day_of_casework):
    types = casework_content_types()
    assert not ReferenceIndex.objects.filter(base_content_type__in=types).exists()
    assert not ReferenceIndex.objects.filter(to_content_type__in=types).exists()


def test_the_superuser_finds_no_casework_in_site_history_or_its_exports(
    a_day_of_casework, login, tech_admin
):
    log(instance=tech_admin, action="wagtail.edit", user=tech_admin)  # an entry of Wagtail's own
    client = login(tech_admin)
    client.cookies.pop("messages", None)  # the caseworkers' own notices, on this shared client
    reference = a_day_of_casework.reference
    casework_labels = {
        str(m._meta.verbose_name) for m in apps.get_app_config("casework").get_models()
    }
    report = reverse("wagtailadmin_reports:site_history")

    response = client.get(report)
    assert response.status_code == 200
    assert response.context["object_list"], "the report lists Wagtail's own entries"
    assert not [
        e for e in response.context["object_list"] if e.content_type.app_label == "casework"
    ]
    assert reference not in response.content.decode()
    for export in ("csv", "xlsx"):
        response = client.get(report, {"export": export})
        assert response.status_code == 200
        body = b"".join(response.streaming_content) if response.streaming else response.content
        assert reference.encode() not in body
    rows = list(
        csv.DictReader(
            io.StringIO(b"".join(client.get(report, {"export": "csv"}).streaming_content).decode())
        )
    )
    assert rows
    assert not {row.get("Type") for row in rows} & casework_labels


def test_wagtails_history_and_usage_screens_of_casework_do_not_exist(a_day_of_casework):
    for name in ("casework_cases:history_results", "casework_cases:usage"):
        with pytest.raises(NoReverseMatch):
            reverse(name, args=[a_day_of_casework.pk])
    for name in ("history", "history_results", "usage"):
        with pytest.raises(NoReverseMatch):
            reverse(f"casework_activities:{name}", args=[1])


def test_the_case_history_shows_what_was_done_from_the_audit_trail(
    a_day_of_casework, login, cw_listening
):
    client = login(cw_listening)
    client.cookies.pop("messages", None)
    response = client.get(url("history", a_day_of_casework))

    assert response.status_code == 200
    rows = [(entry.action, label) for entry, _what, label in response.context["entries"]]
    actions = {action for action, _label in rows}
    assert {"create", "refer", "close", "change", "grant"} <= actions
    assert "view" not in actions, "who opened the case is for the data protection officer"
    assert ("create", "Session") in rows
    # Each step of the closure says which it was, newest first.
    steps = [str(what) for entry, what, _label in response.context["entries"]]
    assert [step for step in steps if step.startswith("Closure")] == [
        "Closure approved",
        "Closure requested",
    ]
    assert "Planted narrative" not in response.content.decode()


def test_a_colleague_without_the_case_gets_404_on_its_history(
    a_day_of_casework, login, cw_listening_2, cw_migrants
):
    for user in (cw_listening_2, cw_migrants):
        assert login(user).get(url("history", a_day_of_casework)).status_code == 404


def test_each_page_opened_under_emergency_access_is_recorded_and_flagged(
    login, tech_admin, listening_case
):
    EmergencyAccess.objects.create(
        user=tech_admin, case=listening_case, reason="Incident 42 repair"
    )
    client = login(tech_admin)
    before = last_audit_entry()

    for name in ("inspect", "history", "inspect"):
        assert client.get(url(name, listening_case)).status_code == 200

    flagged = AuditEntry.objects.filter(pk__gt=before, flagged=True, details__emergency=True)
    assert [entry.details["page"] for entry in flagged.order_by("pk")] == [
        url("inspect", listening_case),
        url("history", listening_case),
        url("inspect", listening_case),
    ]
    assert {entry.actor for entry in flagged} == {tech_admin}


def test_pages_opened_by_the_cases_own_caseworker_are_not_flagged(
    login, cw_listening, listening_case
):
    assert login(cw_listening).get(url("inspect", listening_case)).status_code == 200
    read = AuditEntry.objects.filter(action="view", object_id=str(listening_case.pk)).get()
    assert read.actor == cw_listening and not read.flagged
    assert not AuditEntry.objects.filter(flagged=True).exists()


def test_the_upgrade_removes_casework_from_wagtails_history_and_reference_index(
    listening_case, tech_admin
):
    """Lines that earlier versions wrote are removed by the migration."""
    case_type = ContentType.objects.get_for_model(Case)
    ModelLogEntry.objects.create(
        content_type=case_type,
        label=listening_case.reference,
        action="wagtail.edit",
        object_id=str(listening_case.pk),
        user=tech_admin,
        timestamp="2026-01-01T00:00:00Z",
    )
    ReferenceIndex.objects.create(
        content_type=case_type,
        base_content_type=case_type,
        object_id=str(listening_case.pk),
        to_content_type=ContentType.objects.get(app_label="casework", model="person"),
        to_object_id=str(listening_case.person_id),
        model_path="person",
        content_path="person",
        content_path_hash="00000000-0000-0000-0000-000000000000",
    )
    migration = importlib.import_module("casework.migrations.0006_forget_wagtail_history")

    migration.forget_wagtail_history(apps, None)

    assert not ModelLogEntry.objects.filter(content_type__in=casework_content_types()).exists()
    assert not ReferenceIndex.objects.filter(base_content_type=case_type).exists()


def test_the_emergency_access_page_is_titled_as_such_in_the_french_admin(login, tech_admin):
    profile = UserProfile.get_for_user(tech_admin)
    profile.preferred_language = "fr"
    profile.save()

    html = login(tech_admin).get(reverse("casework_cases:emergency_access")).content.decode()

    soup = BeautifulSoup(html, "html.parser")
    breadcrumb = soup.find("nav", attrs={"aria-label": True}).find_all(["a", "span"])
    assert breadcrumb[-1].get_text(strip=True) == "Accès d'urgence à un dossier"
    assert soup.title.get_text(strip=True).startswith("Accès d'urgence à un dossier")


def test_under_emergency_access_each_page_is_recorded_once(login, tech_admin, listening_case):
    EmergencyAccess.objects.create(
        user=tech_admin, case=listening_case, reason="Incident 42 repair"
    )
    client = login(tech_admin)
    before = last_audit_entry()

    client.get(url("inspect", listening_case))

    assert list(AuditEntry.objects.filter(pk__gt=before).values_list("action", "flagged")) == [
        ("view", True)
    ]


def test_the_administrator_under_emergency_access_is_offered_no_download_and_a_try_is_flagged(
    login, tech_admin, listening_case
):
    attachment = AttachmentFactory(case=listening_case, title="Certificat")
    EmergencyAccess.objects.create(
        user=tech_admin, case=listening_case, reason="Incident 42 repair"
    )
    client = login(tech_admin)
    download = url("attachment_download", listening_case, attachment.pk)

    page = client.get(url("inspect", listening_case)).content.decode()
    assert "Certificat" in page
    assert download not in page
    response = client.get(download)
    assert response.status_code == 403 or response["Location"] == reverse("wagtailadmin_home")
    refusal = AuditEntry.objects.filter(action="denied").latest("pk")
    assert (refusal.actor, refusal.flagged) == (tech_admin, True)


def test_the_emergency_access_page_leads_back_to_the_cases_open_now(
    login, tech_admin, listening_case
):
    EmergencyAccess.objects.create(
        user=tech_admin, case=listening_case, reason="Incident 42 repair"
    )
    page = login(tech_admin).get(reverse("casework_cases:emergency_access")).content.decode()
    assert f'href="{url("inspect", listening_case)}"' in page


def test_the_emergency_access_notice_gives_the_communes_time(login, tech_admin, listening_case):
    profile = UserProfile.get_for_user(tech_admin)
    profile.preferred_language = "fr"
    profile.save()
    client = login(tech_admin)
    response = client.post(
        reverse("casework_cases:emergency_access"),
        {"reference": listening_case.reference, "reason": "Database repair after incident 42"},
        follow=True,
    )
    access = EmergencyAccess.objects.get()
    local = timezone.localtime(access.expires_at).strftime("%H:%M")
    assert local != access.expires_at.strftime("%H:%M"), "Casablanca is not UTC in December"
    notices = [str(message) for message in response.context["messages"]]
    assert any(local in notice for notice in notices), notices


def test_a_referral_opened_under_emergency_access_is_recorded_once(
    login, tech_admin, listening_case
):
    referral = ReferralFactory(case=listening_case)
    EmergencyAccess.objects.create(
        user=tech_admin, case=listening_case, reason="Incident 42 repair"
    )
    client = login(tech_admin)
    before = last_audit_entry()

    assert (
        client.get(reverse("casework_cases:referral_detail", args=[referral.pk])).status_code == 200
    )

    assert list(AuditEntry.objects.filter(pk__gt=before).values_list("action", "flagged")) == [
        ("view", True)
    ]
