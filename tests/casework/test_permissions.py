"""The need-to-know rules of casework/permissions.py, asked directly."""

import pytest
from django.contrib.auth.models import Permission
from django.core.exceptions import PermissionDenied
from django.http import Http404

from audit.models import AuditEntry
from casework import permissions
from casework.models import EmergencyAccess
from tests.factories import CaseFactory, service


def test_owner_sees_and_changes_her_case(cw_listening, listening_case):
    assert permissions.can(cw_listening, permissions.VIEW, listening_case)
    assert permissions.can(cw_listening, permissions.CHANGE, listening_case)
    assert list(permissions.visible_cases(cw_listening)) == [listening_case]


def test_colleague_in_the_same_service_does_not_see_a_case_she_is_not_on(
    cw_listening_2, listening_case
):
    assert not permissions.can(cw_listening_2, permissions.VIEW, listening_case)
    assert not permissions.visible_cases(cw_listening_2).exists()


def test_collaborator_sees_the_case_once_added_and_not_after_removal(
    cw_listening_2, listening_case
):
    listening_case.collaborators.add(cw_listening_2)
    permissions.sync_case_grants(listening_case)
    assert permissions.can(cw_listening_2, permissions.CHANGE, listening_case)
    listening_case.collaborators.remove(cw_listening_2)
    permissions.sync_case_grants(listening_case)
    assert not permissions.can(cw_listening_2, permissions.VIEW, listening_case)


def test_supervisor_sees_every_case_of_her_service_only(
    sup_listening, listening_case, migrants_case
):
    unassigned = CaseFactory(service=service("listening"), owner=None)
    assert set(permissions.visible_cases(sup_listening)) == {listening_case, unassigned}
    assert not permissions.can(sup_listening, permissions.VIEW, migrants_case)


def test_supervisor_sees_a_case_of_another_service_only_while_she_is_on_it(
    sup_listening, listening_case, migrants_case
):
    # She works in the migrants' office too, as a caseworker.
    sup_listening.groups.add(migrants_case.service.caseworkers_group)
    sup_listening = type(sup_listening).objects.get(pk=sup_listening.pk)
    migrants_case.collaborators.add(sup_listening)
    permissions.sync_case_grants(migrants_case)
    assert set(permissions.visible_cases(sup_listening)) == {listening_case, migrants_case}
    migrants_case.collaborators.remove(sup_listening)
    permissions.sync_case_grants(migrants_case)
    assert set(permissions.visible_cases(sup_listening)) == {listening_case}


def test_a_grant_opens_nothing_once_she_no_longer_works_in_the_service(
    cw_listening, listening_case
):
    """A grant (owner, collaborator) counts only while its holder works in the case's service: a
    withdrawn role closes her former files at the next request."""
    assert permissions.get_case_for(cw_listening, listening_case.pk) == listening_case
    cw_listening.groups.remove(listening_case.service.caseworkers_group)
    cw_listening = type(cw_listening).objects.get(pk=cw_listening.pk)
    assert not permissions.visible_cases(cw_listening).exists()
    with pytest.raises(Http404):
        permissions.get_case_for(cw_listening, listening_case.pk)


def test_caseworker_of_another_service_gets_404(cw_migrants, listening_case):
    with pytest.raises(Http404):
        permissions.get_case_for(cw_migrants, listening_case.pk)


def test_a_closed_case_is_read_only_for_its_caseworker(cw_listening, listening_case):
    listening_case.status = "closed"
    listening_case.save()
    assert permissions.can(cw_listening, permissions.VIEW, listening_case)
    with pytest.raises(PermissionDenied):
        permissions.get_case_for(cw_listening, listening_case.pk, permissions.CHANGE)


@pytest.mark.parametrize("persona", ["editor", "youth_officer", "coordinator", "dpo", "tech_admin"])
def test_staff_outside_casework_see_no_case(request, persona, listening_case, migrants_case):
    user = request.getfixturevalue(persona)
    assert not permissions.visible_cases(user).exists()
    with pytest.raises(Http404):
        permissions.get_case_for(user, listening_case.pk)


def test_a_model_wide_permission_never_opens_a_case(cw_listening_2, listening_case):
    for codename in ("view_case", "change_case"):
        cw_listening_2.user_permissions.add(Permission.objects.get(codename=codename))
    assert not permissions.visible_cases(cw_listening_2).exists()
    assert not permissions.can(cw_listening_2, permissions.VIEW, listening_case)


def test_superuser_reads_a_case_only_under_emergency_access(tech_admin, listening_case):
    assert not permissions.can(tech_admin, permissions.VIEW, listening_case)
    EmergencyAccess.objects.create(user=tech_admin, case=listening_case, reason="Server incident")
    assert permissions.can(tech_admin, permissions.VIEW, listening_case)
    assert not permissions.can(tech_admin, permissions.CHANGE, listening_case)


def test_refusals_are_audited(cw_migrants, listening_case):
    with pytest.raises(Http404):
        permissions.get_case_for(cw_migrants, listening_case.pk)
    entry = AuditEntry.objects.filter(action="denied").latest("pk")
    assert entry.actor == cw_migrants
    assert entry.object_id == str(listening_case.pk)
