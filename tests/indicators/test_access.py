"""Who reaches the indicators' screens: live figures for the coordinators only (past the second
step), releases awaiting approval for the communications leads, 404 for everyone else, the
technical administrator included; refusals audited."""

import re

import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.core.management.base import CommandError
from django.urls import reverse

from accounts.roles import reserved_groups
from accounts.rules import requires_two_factor
from audit.models import AuditAction, AuditEntry
from indicators import permissions
from indicators.models import Release, ReleaseStatus

pytestmark = pytest.mark.django_db

LIVE_URLS = [
    reverse("indicators_dashboard"),
    reverse("indicators_dashboard") + "?export=csv",
    reverse("indicators_release_new"),
    reverse("indicator_definitions:index"),
    reverse("indicator_definitions:add"),
]


@pytest.fixture
def preparing(coordinator):
    return Release.objects.create(first_year=2022, last_year=2025, prepared_by=coordinator)


@pytest.fixture
def submitted(coordinator):
    return Release.objects.create(
        first_year=2022, last_year=2024, prepared_by=coordinator, status=ReleaseStatus.SUBMITTED
    )


@pytest.mark.parametrize("url", LIVE_URLS)
def test_the_coordinator_reaches_the_live_figures(login, coordinator, url):
    assert login(coordinator).get(url).status_code == 200


@pytest.mark.parametrize("url", LIVE_URLS)
@pytest.mark.parametrize(
    "who",
    ["editor", "comms_lead", "youth_officer", "cw_listening", "sup_listening", "dpo", "tech_admin"],
)
def test_nobody_else_knows_they_exist(login, request, who, url):
    user = request.getfixturevalue(who)
    response = login(user).get(url)
    if url.startswith("/admin/indicators/definitions/"):
        # Wagtail's own viewset answers a refusal by sending her to the admin home.
        assert response.status_code == 302
        assert response.url == reverse("wagtailadmin_home")
    else:
        assert response.status_code == 404


def test_a_refusal_is_audited(login, cw_listening):
    login(cw_listening).get(reverse("indicators_dashboard"))
    entry = AuditEntry.objects.get(action=AuditAction.DENIED, actor=cw_listening)
    assert entry.details["path"] == reverse("indicators_dashboard")


def test_the_coordinator_signs_in_with_a_second_step(client, coordinator):
    assert requires_two_factor(coordinator)
    client.force_login(coordinator)
    response = client.get(reverse("indicators_dashboard"))
    assert response.status_code == 302
    # No device yet: she is sent to set one up before any figure.
    assert response.url.startswith(reverse("two_factor_setup"))


def test_the_superuser_in_the_coordinators_group_is_not_a_coordinator(login, tech_admin):
    tech_admin.groups.add(Group.objects.get(name=permissions.COORDINATORS_GROUP))
    assert login(tech_admin).get(reverse("indicators_dashboard")).status_code == 404


def test_coordinators_are_appointed_on_the_server_only(tech_admin, editor):
    assert reserved_groups().filter(name=permissions.COORDINATORS_GROUP).exists()
    args = ["--by", "admin", "--reason", "Named by the steering committee"]
    call_command("partnership_coordinators", "add", "editor", *args)
    editor.refresh_from_db()
    assert permissions.is_coordinator(type(editor).objects.get(pk=editor.pk))
    with pytest.raises(CommandError, match="superuser"):
        call_command("partnership_coordinators", "add", "admin", *args)
    assert AuditEntry.objects.filter(flagged=True, details__role="partnership_coordinator").exists()


def test_releases_a_lead_may_see(login, comms_lead, coordinator, preparing, submitted):
    client = login(comms_lead)
    assert client.get(reverse("indicators_releases")).status_code == 200
    assert client.get(reverse("indicators_release", args=[submitted.pk])).status_code == 200
    # Figures still being prepared may move: not hers to see.
    assert client.get(reverse("indicators_release", args=[preparing.pk])).status_code == 404


def test_a_lead_may_not_submit_nor_a_coordinator_publish(login, comms_lead, coordinator, submitted):
    submit = reverse("indicators_release_action", args=[submitted.pk, "prepare"])
    assert login(comms_lead).post(submit).status_code == 403
    publish = reverse("indicators_release_action", args=[submitted.pk, "publish"])
    assert login(coordinator).post(publish).status_code == 403
    submitted.refresh_from_db()
    assert submitted.status == ReleaseStatus.SUBMITTED


@pytest.mark.parametrize("who", ["editor", "cw_listening", "dpo", "tech_admin"])
def test_releases_are_unknown_to_others(login, request, who, submitted):
    client = login(request.getfixturevalue(who))
    assert client.get(reverse("indicators_releases")).status_code == 404
    assert client.get(reverse("indicators_release", args=[submitted.pk])).status_code == 404
    publish = reverse("indicators_release_action", args=[submitted.pk, "publish"])
    assert client.post(publish).status_code == 404


def test_the_menu_shows_what_each_may_open(login, coordinator, comms_lead, cw_listening):
    def menu_urls(user):
        page = login(user).get(reverse("wagtailadmin_home")).content.decode()
        return set(re.findall(r"/admin/indicators/[a-z/]*(?=&quot;|\")", page))

    dashboard, releases = reverse("indicators_dashboard"), reverse("indicators_releases")
    definitions = reverse("indicator_definitions:index")
    assert menu_urls(coordinator) == {dashboard, releases, definitions}
    assert menu_urls(comms_lead) == {releases}
    assert menu_urls(cw_listening) == set()
