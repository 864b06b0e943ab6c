"""Casework roles: asked by one person responsible, applied when a second confirms, every step
flagged to the DPO; nobody else reaches the screen."""

import pytest
from django.contrib.messages import get_messages
from django.core.management import CommandError, call_command
from django.http import Http404
from django.urls import reverse
from wagtail.users.models import UserProfile

from audit.models import AuditAction, AuditEntry
from audit.permissions import is_dpo
from casework import permissions
from casework.models import RoleChange, RoleChangeStatus
from tests.factories import CaseFactory, UserFactory, service

pytestmark = pytest.mark.django_db

ROLES = reverse("casework_roles")


def decide(pk, decision):
    return reverse("casework_role_decision", args=[pk, decision])


def ask(client, user, kind="listening", role="caseworker", change="grant"):
    return client.post(
        ROLES, {"user": user.pk, "service": service(kind).pk, "role": role, "change": change}
    )


def fresh(user):
    return type(user).objects.get(pk=user.pk)


def said(response):
    return [str(message) for message in get_messages(response.wsgi_request)]


@pytest.fixture
def newcomer(db):
    return UserFactory(username="newcomer", first_name="Nadia", last_name="New Demo")


def test_a_role_applies_only_once_a_second_person_confirms(login, sup_listening, dpo, newcomer):
    case = CaseFactory(service=service("listening"))
    client = login(sup_listening)
    assert ask(client, newcomer).status_code == 302
    change = RoleChange.objects.get(user=newcomer)
    assert change.status == RoleChangeStatus.PENDING
    assert not permissions.visible_cases(fresh(newcomer)).exists()

    # Who asked cannot confirm: nothing changes.
    response = client.post(decide(change.pk, "confirm"))
    assert response.status_code == 302
    assert "A second person confirms" in " ".join(said(response))
    assert not permissions.visible_cases(fresh(newcomer)).exists()

    login(dpo).post(decide(change.pk, "confirm"))
    change.refresh_from_db()
    assert change.status == RoleChangeStatus.CONFIRMED
    assert change.decided_by == dpo
    assert list(permissions.visible_cases(fresh(newcomer))) == []  # a caseworker: her own only
    assert permissions.is_casework_staff(fresh(newcomer))
    assert case.service in permissions.services_of(fresh(newcomer))

    entries = AuditEntry.objects.filter(object_type="casework.rolechange", object_id=str(change.pk))
    assert list(entries.order_by("pk").values_list("action", "actor_username", "flagged")) == [
        (AuditAction.ROLE_REQUEST, "sup-listening", True),
        (AuditAction.GRANT, "dpo", True),
    ]
    assert entries.last().details["subject"] == newcomer.pk


def test_a_withdrawn_role_closes_her_files_at_the_next_request(
    login, dpo, sup_listening, cw_listening, listening_case
):
    url = reverse("casework_cases:inspect", args=[listening_case.pk])
    assert login(cw_listening).get(url).status_code == 200
    ask(login(dpo), cw_listening, change="withdraw")
    change = RoleChange.objects.get(user=cw_listening)
    login(sup_listening).post(decide(change.pk, "confirm"))
    with pytest.raises(Http404):
        permissions.get_case_for(fresh(cw_listening), listening_case.pk)
    # Her only role gone, the admin itself is closed to her: the sign-in page.
    response = login(cw_listening).get(url)
    assert response.status_code == 302 and response.url.startswith(reverse("wagtailadmin_login"))
    assert AuditEntry.objects.filter(
        action=AuditAction.REVOKE, object_id=str(change.pk), flagged=True
    ).exists()


def test_nobody_asks_for_her_own_roles_nor_confirms_them(login, dpo, sup_listening):
    client = login(sup_listening)
    response = ask(client, sup_listening, role="caseworker")
    # Not even offered: the form refuses her as an unknown choice.
    assert response.status_code == 200
    assert "user" in response.context["form"].errors
    change = RoleChange.request(
        sup_listening, service=service("listening"), role="caseworker", change="grant", by=dpo
    )
    response = client.post(decide(change.pk, "confirm"))
    assert "A second person confirms" in " ".join(said(response))
    change.refresh_from_db()
    assert change.status == RoleChangeStatus.PENDING


def test_an_administrator_account_cannot_be_given_a_role(login, dpo, tech_admin):
    response = ask(login(dpo), tech_admin)
    assert response.status_code == 200
    assert "user" in response.context["form"].errors
    with pytest.raises(Exception, match="cannot hold a casework role"):
        RoleChange.request(
            tech_admin, service=service("listening"), role="caseworker", change="grant", by=dpo
        )
    assert not RoleChange.objects.exists()


def test_a_supervisor_answers_for_her_own_service_only(
    login, sup_listening, cw_migrants, dpo, newcomer
):
    client = login(sup_listening)
    response = ask(client, newcomer, kind="migrants")
    assert response.status_code == 200
    assert "service" in response.context["form"].errors
    assert not RoleChange.objects.exists()
    # A change about another service is not hers to know of.
    other = RoleChange.request(
        newcomer, service=service("migrants"), role="caseworker", change="grant", by=dpo
    )
    for decision in ("confirm", "refuse", "cancel"):
        assert client.post(decide(other.pk, decision)).status_code == 404
    other.refresh_from_db()
    assert other.status == RoleChangeStatus.PENDING
    assert decide(other.pk, "confirm") not in client.get(ROLES).content.decode()


@pytest.mark.parametrize("persona", ["cw_listening", "editor", "coordinator", "tech_admin"])
def test_nobody_else_reaches_the_roles_screen(request, login, dpo, newcomer, persona):
    change = RoleChange.request(
        newcomer, service=service("listening"), role="caseworker", change="grant", by=dpo
    )
    client = login(request.getfixturevalue(persona))
    assert client.get(ROLES).status_code == 404
    assert ask(client, newcomer).status_code == 404
    assert client.post(decide(change.pk, "confirm")).status_code == 404
    change.refresh_from_db()
    assert change.status == RoleChangeStatus.PENDING
    assert "casework/roles" not in client.get(reverse("wagtailadmin_home")).content.decode()


def test_the_menu_offers_the_screen_to_the_dpo_and_supervisors(login, dpo, sup_listening):
    for user in (dpo, sup_listening):
        home = login(user).get(reverse("wagtailadmin_home"))
        assert ROLES in home.content.decode()


def test_refused_and_cancelled_changes_change_nothing(login, dpo, sup_listening, newcomer):
    refused = RoleChange.request(
        newcomer, service=service("listening"), role="caseworker", change="grant", by=dpo
    )
    login(sup_listening).post(decide(refused.pk, "refuse"))
    cancelled = RoleChange.request(
        newcomer, service=service("listening"), role="supervisor", change="grant", by=dpo
    )
    # Only who asked cancels.
    login(sup_listening).post(decide(cancelled.pk, "cancel"))
    cancelled.refresh_from_db()
    assert cancelled.status == RoleChangeStatus.PENDING
    login(dpo).post(decide(cancelled.pk, "cancel"))
    refused.refresh_from_db()
    cancelled.refresh_from_db()
    assert (refused.status, cancelled.status) == ("refused", "cancelled")
    assert not fresh(newcomer).groups.exists()
    assert set(
        AuditEntry.objects.filter(flagged=True, object_type="casework.rolechange").values_list(
            "action", flat=True
        )
    ) == {AuditAction.ROLE_REQUEST, AuditAction.ROLE_REFUSE, AuditAction.ROLE_CANCEL}


def test_the_screen_reads_in_french_and_lists_who_holds_a_role(login, sup_listening, cw_listening):
    profile = UserProfile.get_for_user(sup_listening)
    profile.preferred_language = "fr"
    profile.save()
    page = login(sup_listening).get(ROLES)
    assert page.status_code == 200
    text = page.content.decode()
    assert "Rôles des équipes" in text
    assert cw_listening.get_full_name() in text


def test_the_first_supervisor_is_named_on_the_server(dpo, newcomer):
    call_command(
        "casework_role",
        "grant",
        "newcomer",
        "listening",
        "supervisor",
        "--by",
        "dpo",
        "--reason",
        "Decision of the commune council of 3 March",
    )
    assert permissions.is_supervisor(fresh(newcomer), service("listening"))
    entry = AuditEntry.objects.get(action=AuditAction.GRANT, object_type="casework.rolechange")
    assert entry.flagged and entry.details["on_server"] is True
    with pytest.raises(CommandError, match="already holds"):
        call_command(
            "casework_role",
            "grant",
            "newcomer",
            "listening",
            "supervisor",
            "--by",
            "dpo",
            "--reason",
            "Decision of the commune council of 3 March",
        )


def test_data_protection_officers_are_appointed_on_the_server(tech_admin, newcomer):
    args = ["--by", "admin", "--reason", "Appointed by the municipal council"]
    call_command("data_protection_officers", "add", "newcomer", *args)
    assert is_dpo(fresh(newcomer))
    with pytest.raises(CommandError, match="superuser"):
        call_command("data_protection_officers", "add", "admin", *args)
    call_command("data_protection_officers", "remove", "newcomer", *args)
    assert not is_dpo(fresh(newcomer))
    assert (
        AuditEntry.objects.filter(flagged=True, details__role="data_protection_officer").count()
        == 2
    )
