"""The probe's replay: the technical administrator tries every route of the generic admin to put
himself (or an account he controls) in a casework group or the DPO group, and still reads no case.

Found by a probe of a production-mode server: re-posting the Users admin with the group "Listening
centre supervisors" opened every listening-centre file to `admin`, with no record of the change.
"""

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from wagtail.users.models import UserProfile

from accounts.roles import open_groups
from audit.models import AuditAction, AuditEntry
from audit.permissions import DPO_GROUP
from casework.models import Service
from tests.factories import CaseFactory, service

pytestmark = pytest.mark.django_db


def reserved_groups():
    groups = []
    for each in Service.objects.order_by("kind"):
        groups += [each.caseworkers_group, each.supervisors_group]
    return groups + [Group.objects.get_or_create(name=DPO_GROUP)[0]]


def one_case_per_service():
    return [CaseFactory(service=service(kind)) for kind in ("listening", "migrants", "daycentre")]


def assert_reads_no_case(client, cases):
    for case in cases:
        assert client.get(reverse("casework_cases:inspect", args=[case.pk])).status_code == 404
    listing = client.get(reverse("casework_cases:index"))
    assert listing.status_code in (302, 403, 404)
    export = client.get(reverse("casework_cases:index") + "?export=csv")
    assert export.status_code in (302, 403, 404)


def user_form_data(user, **changes):
    data = {
        "username": user.username,
        "email": user.email,
        "first_name": user.first_name,
        "last_name": user.last_name,
        "password1": "",
        "password2": "",
        "is_active": "on",
        # What the browser posts: the open groups the form shows.
        "groups": [group.pk for group in user.groups.filter(pk__in=open_groups())],
    }
    data.update(changes)
    return data


def test_the_users_admin_does_not_offer_a_reserved_group(login, tech_admin):
    client = login(tech_admin)
    page = client.get(reverse("wagtailusers_users:edit", args=[tech_admin.pk]))
    offered = {choice.data["value"] for choice in page.context["form"]["groups"]}
    assert offered
    assert not offered & {group.pk for group in reserved_groups()}


@pytest.mark.parametrize("index", range(7))
def test_editing_himself_into_a_reserved_group_is_refused(login, tech_admin, index):
    cases = one_case_per_service()
    group = reserved_groups()[index]
    client = login(tech_admin)
    response = client.post(
        reverse("wagtailusers_users:edit", args=[tech_admin.pk]),
        user_form_data(tech_admin, groups=[group.pk]),
    )
    assert response.status_code == 200  # the form again, with its error
    assert "groups" in response.context["form"].errors
    assert not tech_admin.groups.filter(pk=group.pk).exists()
    assert_reads_no_case(client, cases)


@pytest.mark.parametrize("index", range(7))
def test_creating_an_account_in_a_reserved_group_is_refused(login, tech_admin, index):
    group = reserved_groups()[index]
    client = login(tech_admin)
    response = client.post(
        reverse("wagtailusers_users:add"),
        {
            "username": "puppet",
            "email": "puppet@example.invalid",
            "first_name": "Sock",
            "last_name": "Puppet",
            "password1": "a long enough passphrase 42",
            "password2": "a long enough passphrase 42",
            "groups": [group.pk],
        },
    )
    assert response.status_code == 200
    assert "groups" in response.context["form"].errors
    assert not group.user_set.filter(username="puppet").exists()


@pytest.mark.parametrize("index", range(7))
def test_a_reserved_group_cannot_be_edited_or_deleted_in_the_groups_admin(login, tech_admin, index):
    group = reserved_groups()[index]
    client = login(tech_admin)
    listing = client.get(reverse("wagtailusers_groups:index"))
    assert listing.status_code == 200
    assert group.name not in listing.content.decode()
    for view in ("edit", "delete"):
        url = reverse(f"wagtailusers_groups:{view}", args=[group.pk])
        assert client.get(url).status_code == 404
        assert client.post(url, {"name": group.name}).status_code == 404
    assert Group.objects.filter(pk=group.pk, name=group.name).exists()


@pytest.mark.parametrize("index", range(7))
def test_the_assign_role_bulk_action_refuses_a_reserved_group(login, tech_admin, index):
    cases = one_case_per_service()
    group = reserved_groups()[index]
    client = login(tech_admin)
    url = reverse("wagtail_bulk_action", args=["auth", "user", "assign_role"])
    response = client.post(
        f"{url}?id={tech_admin.pk}&next=/admin/users/", {"role": group.pk}, follow=True
    )
    assert response.status_code == 200
    assert not tech_admin.groups.filter(pk=group.pk).exists()
    assert_reads_no_case(client, cases)


def test_an_open_group_can_still_be_assigned_in_bulk(login, tech_admin, editor):
    client = login(tech_admin)
    group = Group.objects.get(name="Communications editors")
    editor.groups.clear()
    url = reverse("wagtail_bulk_action", args=["auth", "user", "assign_role"])
    client.post(f"{url}?id={editor.pk}&next=/admin/users/", {"role": group.pk})
    assert editor.groups.filter(pk=group.pk).exists()


def test_a_role_held_by_a_superuser_opens_nothing_and_the_admin_says_so(login, tech_admin):
    """However he got it (a database edit, an old installation), the role opens nothing."""
    cases = one_case_per_service()
    for group in reserved_groups():
        tech_admin.groups.add(group)
    client = login(tech_admin)
    assert_reads_no_case(client, cases)
    page = client.get(reverse("wagtailusers_users:edit", args=[tech_admin.pk]))
    assert "refused every confidential record" in page.content.decode()


def test_saving_a_staff_account_keeps_her_roles(login, tech_admin, cw_listening):
    """The Users admin does not show the reserved groups, and saving does not drop them."""
    client = login(tech_admin)
    response = client.post(
        reverse("wagtailusers_users:edit", args=[cw_listening.pk]),
        user_form_data(cw_listening, groups=[], first_name="Renamed"),
    )
    assert response.status_code == 302
    cw_listening.refresh_from_db()
    assert cw_listening.first_name == "Renamed"
    assert cw_listening.groups.filter(pk=service("listening").caseworkers_group.pk).exists()


def test_a_staff_account_cannot_be_taken_over_through_its_email_or_password(
    login, tech_admin, sup_listening
):
    before = sup_listening.password
    client = login(tech_admin)
    response = client.post(
        reverse("wagtailusers_users:edit", args=[sup_listening.pk]),
        user_form_data(
            sup_listening,
            email="attacker@example.invalid",
            password1="attacker passphrase 4242",
            password2="attacker passphrase 4242",
        ),
    )
    assert response.status_code == 302, response.context["form"].errors
    sup_listening.refresh_from_db()
    assert sup_listening.email != "attacker@example.invalid"
    assert sup_listening.password == before


def test_an_account_with_a_role_cannot_be_deleted_in_the_users_admin(login, tech_admin, dpo):
    client = login(tech_admin)
    url = reverse("wagtailusers_users:delete", args=[dpo.pk])
    for response in (client.get(url), client.post(url)):
        # Wagtail's answer to a refused admin action: back to the dashboard, with a message.
        assert (response.status_code, response.url) == (302, reverse("wagtailadmin_home"))
    bulk = reverse("wagtail_bulk_action", args=["auth", "user", "delete"])
    client.post(f"{bulk}?id={dpo.pk}&next=/admin/users/")
    assert type(dpo).objects.filter(pk=dpo.pk).exists()


def test_deactivating_an_account_with_a_role_is_flagged_to_the_dpo(login, tech_admin, dpo):
    client = login(tech_admin)
    response = client.post(
        reverse("wagtailusers_users:edit", args=[dpo.pk]), user_form_data(dpo, is_active="")
    )
    assert response.status_code == 302
    dpo.refresh_from_db()
    assert not dpo.is_active
    entry = AuditEntry.objects.get(action=AuditAction.CHANGE, object_id=str(dpo.pk))
    assert entry.flagged and entry.actor_username == "admin"
    assert entry.details == {"is_active": False, "roles": [DPO_GROUP]}


def test_the_french_users_admin_names_the_roles_it_keeps_in_french(
    login, tech_admin, sup_listening
):
    profile = UserProfile.get_for_user(tech_admin)
    profile.preferred_language = "fr"
    profile.save()
    page = login(tech_admin).get(reverse("wagtailusers_users:edit", args=[sup_listening.pk]))
    text = page.content.decode()
    assert "Détient aussi Superviseures du centre d&#x27;écoute" in text
    assert "Listening centre supervisors" not in text
