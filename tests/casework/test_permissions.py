"""The need-to-know rules of casework/permissions.py, asked directly.

The second half pins what a mutation run (`make mutants`) showed no test noticed: group
activities and role changes fetched for a user, who may be assigned a case, what an audited
read or refusal says, and the Wagtail permission policies asked directly."""

import pytest
from django.contrib.auth.models import Permission
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.test import RequestFactory

from audit.models import AuditAction, AuditEntry
from casework import permissions
from casework.models import (
    Case,
    CaseSession,
    EmergencyAccess,
    GroupActivity,
    Person,
    Referral,
    RoleChange,
)
from casework.permissions import CaseworkPermissionPolicy, GroupActivityPermissionPolicy
from tests.factories import CaseFactory, ReferralFactory, UserFactory, service


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


def last_denial():
    return AuditEntry.objects.filter(action=AuditAction.DENIED).latest("pk")


@pytest.fixture
def meeting(cw_migrants):
    activity = GroupActivity(
        service=service("migrants"), kind="information_meeting", title="Réunion", men_count=3
    )
    activity.add(by=cw_migrants)
    return activity


# --- Group activities -----------------------------------------------------------------------------


@pytest.mark.parametrize("action", [permissions.VIEW, permissions.CHANGE, permissions.DELETE])
def test_the_staff_of_the_service_get_its_activity_for_each_action(cw_migrants, meeting, action):
    assert permissions.can(cw_migrants, action, meeting)
    assert permissions.get_activity_for(cw_migrants, meeting.pk, action) == meeting
    assert not AuditEntry.objects.filter(action=AuditAction.DENIED).exists()


def test_an_activity_of_another_service_is_404_and_the_refusal_names_what_was_asked(
    cw_listening, meeting
):
    request = RequestFactory().get("/")
    with pytest.raises(Http404):
        permissions.get_activity_for(cw_listening, meeting.pk, permissions.CHANGE, request=request)
    entry = last_denial()
    assert (entry.actor, entry.object_id) == (cw_listening, str(meeting.pk))
    assert entry.details == {"pk": str(meeting.pk), "wanted": "change"}
    meeting.refresh_from_db()
    assert meeting.title == "Réunion"


def test_an_unknown_activity_is_404_with_the_number_asked_for(cw_migrants, meeting):
    with pytest.raises(Http404):
        permissions.get_activity_for(cw_migrants, meeting.pk + 100)
    assert last_denial().details == {"pk": str(meeting.pk + 100), "wanted": "view"}


# --- Role changes ---------------------------------------------------------------------------------


@pytest.fixture
def two_changes(dpo):
    first, second = (
        RoleChange.request(
            UserFactory(username=name),
            service=service("listening"),
            role="caseworker",
            change="grant",
            by=dpo,
        )
        for name in ("first-newcomer", "second-newcomer")
    )
    return first, second


def test_a_role_change_is_fetched_by_its_own_number(sup_listening, two_changes):
    first, second = two_changes
    assert permissions.get_role_change_for(sup_listening, second.pk) == second
    assert permissions.get_role_change_for(sup_listening, first.pk) == first


def test_a_role_change_she_does_not_answer_for_is_404_naming_the_number(cw_listening, two_changes):
    _first, second = two_changes
    with pytest.raises(Http404):
        permissions.get_role_change_for(cw_listening, second.pk)
    entry = last_denial()
    assert (entry.actor, entry.object_id) == (cw_listening, "")
    assert entry.details == {"pk": str(second.pk), "wanted": "view"}
    second.refresh_from_db()
    assert second.status == "pending"


# --- Who may be assigned a case -------------------------------------------------------------------


def test_only_active_staff_of_the_service_may_be_assigned_its_cases(
    cw_listening, cw_listening_2, sup_listening, cw_migrants, tech_admin
):
    listening = service("listening")
    UserFactory(username="left-the-service", is_active=False).groups.add(
        listening.caseworkers_group
    )
    tech_admin.groups.add(listening.caseworkers_group)
    UserFactory(username="no-group-at-all")
    assert [user.username for user in permissions.assignable_users(listening)] == [
        "cw-listening",
        "cw-listening-2",
        "sup-listening",
    ]


# --- Reads under emergency access -----------------------------------------------------------------


def test_the_receiving_service_reads_a_referral_unflagged(
    cw_listening, cw_migrants, listening_case
):
    """Reading an internal referral sent to her service is her work, not an emergency access,
    although she holds no grant on the sending case."""
    referral = ReferralFactory(case=listening_case)
    request = RequestFactory().get("/admin/referral/")
    assert permissions.get_referral_for(cw_migrants, referral.pk, request=request) == referral
    entry = AuditEntry.objects.filter(action=AuditAction.VIEW).latest("pk")
    assert (entry.actor, entry.object_id, entry.flagged) == (cw_migrants, str(referral.pk), False)
    assert "emergency" not in entry.details
    assert not permissions.reads_under_emergency(cw_migrants, listening_case)
    with pytest.raises(PermissionDenied):
        permissions.get_referral_for(cw_migrants, referral.pk, permissions.CHANGE)


def last_read():
    return AuditEntry.objects.filter(action=AuditAction.VIEW).latest("pk")


def test_every_page_read_under_emergency_access_is_flagged_with_its_address(
    tech_admin, listening_case
):
    EmergencyAccess.objects.create(user=tech_admin, case=listening_case, reason="Incident")
    assert permissions.reads_under_emergency(tech_admin, listening_case)
    request = RequestFactory().get(f"/admin/casework/case/{listening_case.pk}/")
    permissions.get_case_for(tech_admin, listening_case.pk, request=request, what="history")
    entry = last_read()
    assert (entry.actor, entry.object_id, entry.flagged) == (
        tech_admin,
        str(listening_case.pk),
        True,
    )
    assert entry.details == {
        "what": "history",
        "emergency": True,
        "page": f"/admin/casework/case/{listening_case.pk}/",
    }
    # Asked without a request (a task, a command): still flagged, no address to give.
    permissions.get_case_for(tech_admin, listening_case.pk)
    entry = last_read()
    assert (entry.actor, entry.flagged) == (tech_admin, True)
    assert entry.details == {"emergency": True, "page": ""}


def test_her_own_reads_are_recorded_unflagged(cw_listening, listening_case):
    permissions.get_case_for(cw_listening, listening_case.pk)
    entry = last_read()
    assert (entry.actor, entry.flagged, entry.details) == (cw_listening, False, {})
    assert not permissions.reads_under_emergency(cw_listening, listening_case)


# --- Wagtail permission policies ------------------------------------------------------------------


def policy(model):
    if model is GroupActivity:
        return GroupActivityPermissionPolicy(model)
    return CaseworkPermissionPolicy(model)


def test_the_policy_answers_for_one_case_as_permissions_does(
    cw_listening, cw_listening_2, listening_case
):
    case_policy = policy(Case)
    for action in ("view", "change"):
        assert case_policy.user_has_permission_for_instance(cw_listening, action, listening_case)
        assert not case_policy.user_has_permission_for_instance(
            cw_listening_2, action, listening_case
        )
    session = listening_case.sessions.get()
    assert policy(CaseSession).user_has_permission_for_instance(cw_listening, "change", session)


def test_the_policy_answers_whether_any_of_several_actions_is_allowed_on_one_case(
    cw_listening, cw_listening_2, listening_case
):
    case_policy = policy(Case)
    assert case_policy.user_has_any_permission_for_instance(
        cw_listening, ["delete", "view"], listening_case
    )
    assert not case_policy.user_has_any_permission_for_instance(
        cw_listening_2, ["view", "change"], listening_case
    )


def test_the_policies_list_exactly_what_each_may_see(
    cw_listening, cw_migrants, sup_listening, listening_case, migrants_case, meeting
):
    incoming = ReferralFactory(case=listening_case)  # to the migrant office
    other = CaseFactory(service=service("listening"), owner=None)
    outgoing = ReferralFactory(case=migrants_case, to_service=service("daycentre"))

    def visible(model, user):
        return set(policy(model).instances_user_has_any_permission_for(user, ["view"]))

    assert visible(Case, cw_migrants) == {migrants_case}
    assert visible(Case, sup_listening) == {listening_case, other}
    assert visible(Person, cw_migrants) == {migrants_case.person}
    assert visible(Referral, cw_migrants) == {incoming, outgoing}
    assert visible(Referral, cw_listening) == {incoming}
    assert visible(CaseSession, cw_listening) == set(listening_case.sessions.all())
    assert visible(CaseSession, cw_migrants) == set()
    assert visible(GroupActivity, cw_migrants) == {meeting}
    assert visible(GroupActivity, cw_listening) == set()


def test_a_deactivated_caseworker_sees_none_of_her_cases(cw_listening, listening_case):
    cw_listening.is_active = False
    cw_listening.save()
    cw_listening = type(cw_listening).objects.get(pk=cw_listening.pk)
    assert not permissions.visible_cases(cw_listening).exists()
    assert not permissions.can(cw_listening, permissions.VIEW, listening_case)
    assert not permissions.is_casework_staff(cw_listening)


def test_only_a_view_grant_lists_a_case(cw_listening_2, listening_case):
    """A per-case grant other than view_case (made outside sync_case_grants) lists nothing."""
    from guardian.shortcuts import assign_perm

    assign_perm("casework.change_case", cw_listening_2, listening_case)
    assert not permissions.visible_cases(cw_listening_2).exists()
    assert not permissions.can(cw_listening_2, permissions.VIEW, listening_case)


def test_a_grant_in_a_service_she_does_not_work_in_lists_nothing(
    cw_listening, sup_listening, listening_case, migrants_case
):
    """Grants on a migrant office case held by listening centre staff (a caseworker, a
    supervisor) who do not work at the migrant office open nothing there."""
    migrants_case.collaborators.add(cw_listening, sup_listening)
    permissions.sync_case_grants(migrants_case)
    assert set(permissions.visible_cases(cw_listening)) == {listening_case}
    assert set(permissions.visible_cases(sup_listening)) == {listening_case}
    assert not permissions.can(cw_listening, permissions.VIEW, migrants_case)


def test_the_sending_caseworker_may_revoke_her_referral(cw_listening, listening_case):
    referral = ReferralFactory(case=listening_case)
    assert permissions.can(cw_listening, permissions.CHANGE, referral)
    assert permissions.get_referral_for(cw_listening, referral.pk, permissions.CHANGE) == referral


def test_a_referral_read_under_emergency_access_is_flagged_with_its_page(
    tech_admin, listening_case
):
    referral = ReferralFactory(case=listening_case)
    EmergencyAccess.objects.create(user=tech_admin, case=listening_case, reason="Incident")
    request = RequestFactory().get(f"/admin/referral/{referral.pk}/")
    assert permissions.get_referral_for(tech_admin, referral.pk, request=request) == referral
    entry = last_read()
    assert (entry.actor, entry.object_id, entry.flagged) == (tech_admin, str(referral.pk), True)
    assert entry.details == {"emergency": True, "page": f"/admin/referral/{referral.pk}/"}


def test_an_unknown_referral_is_404_with_the_number_asked_for(cw_listening, listening_case):
    referral = ReferralFactory(case=listening_case)
    with pytest.raises(Http404):
        permissions.get_referral_for(cw_listening, referral.pk + 100)
    assert last_denial().details == {"pk": str(referral.pk + 100), "wanted": "view"}


def test_a_person_is_seen_through_a_visible_case_and_changed_only_while_it_is_open(
    cw_listening, cw_listening_2, listening_case
):
    person = listening_case.person
    assert permissions.can(cw_listening, permissions.VIEW, person)
    assert permissions.can(cw_listening, permissions.CHANGE, person)
    assert not permissions.can(cw_listening_2, permissions.VIEW, person)
    assert not permissions.can(cw_listening_2, permissions.CHANGE, person)
    listening_case.status = "closed"
    listening_case.save()
    assert permissions.can(cw_listening, permissions.VIEW, person)
    assert not permissions.can(cw_listening, permissions.CHANGE, person)


def test_a_closed_case_s_records_are_read_and_downloaded_never_changed(
    cw_listening, listening_case
):
    from tests.factories import AttachmentFactory

    attachment = AttachmentFactory(case=listening_case)
    session = listening_case.sessions.get()
    listening_case.status = "closed"
    listening_case.save()
    session.case.refresh_from_db()
    attachment.case.refresh_from_db()
    assert permissions.can(cw_listening, permissions.VIEW, session)
    assert permissions.can(cw_listening, permissions.DOWNLOAD, attachment)
    assert not permissions.can(cw_listening, permissions.CHANGE, session)


def test_anything_that_is_not_a_casework_record_is_refused(cw_listening, sup_listening):
    assert not permissions.can(cw_listening, permissions.VIEW, service("listening"))
    assert not permissions.can(sup_listening, permissions.VIEW, cw_listening)


def test_the_activity_policy_lets_only_the_staff_of_a_service_in(editor, cw_migrants):
    activity_policy = policy(GroupActivity)
    for action in ("add", "change", "view", "delete"):
        assert activity_policy.user_has_permission(cw_migrants, action)
        assert not activity_policy.user_has_permission(editor, action)
    assert not activity_policy.user_has_permission(cw_migrants, "publish")


def test_an_unknown_case_is_404_with_the_number_asked_for(cw_listening, listening_case):
    with pytest.raises(Http404):
        permissions.get_case_for(cw_listening, listening_case.pk + 100, permissions.CHANGE)
    assert last_denial().details == {"pk": str(listening_case.pk + 100), "wanted": "change"}


def test_an_emergency_access_opens_its_own_case_to_its_own_administrator_only(
    tech_admin, listening_case, migrants_case
):
    EmergencyAccess.objects.create(user=tech_admin, case=listening_case, reason="Incident")
    other_admin = UserFactory(username="second-admin", is_superuser=True, is_staff=True)
    assert permissions.has_emergency_access(tech_admin, listening_case)
    assert not permissions.has_emergency_access(tech_admin, migrants_case)
    assert not permissions.has_emergency_access(other_admin, listening_case)
    with pytest.raises(Http404):
        permissions.get_case_for(other_admin, listening_case.pk)


def test_a_superuser_or_a_deactivated_dpo_answers_for_no_role(dpo, tech_admin):
    from django.contrib.auth.models import Group

    from audit.permissions import DPO_GROUP

    assert set(permissions.role_services_of(dpo)) == set(permissions.Service.objects.all())
    tech_admin.groups.add(Group.objects.get(name=DPO_GROUP))
    tech_admin = type(tech_admin).objects.get(pk=tech_admin.pk)
    assert not permissions.role_services_of(tech_admin).exists()
    assert not permissions.may_manage_roles(tech_admin)
    dpo.is_active = False
    dpo.save()
    dpo = type(dpo).objects.get(pk=dpo.pk)
    assert not permissions.role_services_of(dpo).exists()


def test_her_grant_on_one_case_opens_no_other_case_of_her_service(cw_listening, listening_case):
    other = CaseFactory(service=service("listening"), owner=None)
    assert not permissions.can(cw_listening, permissions.VIEW, other)
    with pytest.raises(Http404):
        permissions.get_case_for(cw_listening, other.pk)


def test_only_a_supervisor_of_its_own_service_assigns_approves_and_reopens_a_case(
    sup_listening, migrants_case, listening_case
):
    """A listening centre supervisor who also works at the migrant office, on a case there,
    neither assigns it nor approves its closure, and once it is closed reads it but may not
    reopen it; she does all three on a case of her own service."""
    sup_listening.groups.add(migrants_case.service.caseworkers_group)
    sup_listening = type(sup_listening).objects.get(pk=sup_listening.pk)
    migrants_case.collaborators.add(sup_listening)
    permissions.sync_case_grants(migrants_case)
    for action in (permissions.ASSIGN, permissions.APPROVE_CLOSURE):
        assert not permissions.can(sup_listening, action, migrants_case)
        assert permissions.can(sup_listening, action, listening_case)
    for case in (migrants_case, listening_case):
        case.status = "closed"
        case.save()
    assert permissions.can(sup_listening, permissions.VIEW, migrants_case)
    assert not permissions.can(sup_listening, permissions.CHANGE, migrants_case)
    assert permissions.can(sup_listening, permissions.CHANGE, listening_case)


def test_no_other_action_is_allowed_on_a_case(cw_listening, sup_listening, listening_case):
    for user in (cw_listening, sup_listening):
        for action in (permissions.DELETE, permissions.ANSWER, "publish"):
            assert not permissions.can(user, action, listening_case)


def test_only_the_administrator_s_refusals_are_flagged(cw_migrants, tech_admin, listening_case):
    with pytest.raises(Http404):
        permissions.get_case_for(cw_migrants, listening_case.pk)
    assert (last_denial().actor, last_denial().flagged) == (cw_migrants, False)
    with pytest.raises(Http404):
        permissions.get_case_for(tech_admin, listening_case.pk)
    assert (last_denial().actor, last_denial().flagged) == (tech_admin, True)


def test_a_403_is_audited_with_the_record_and_the_action_wanted(
    cw_listening, tech_admin, listening_case
):
    listening_case.status = "closed"
    listening_case.save()
    with pytest.raises(PermissionDenied):
        permissions.get_case_for(cw_listening, listening_case.pk, permissions.CHANGE)
    entry = last_denial()
    assert (entry.actor, entry.object_id, entry.flagged) == (
        cw_listening,
        str(listening_case.pk),
        False,
    )
    assert entry.details == {"wanted": "change"}
    EmergencyAccess.objects.create(user=tech_admin, case=listening_case, reason="Incident")
    with pytest.raises(PermissionDenied):
        permissions.get_case_for(tech_admin, listening_case.pk, permissions.EXPORT)
    entry = last_denial()
    assert (entry.actor, entry.flagged, entry.details) == (tech_admin, True, {"wanted": "export"})
    listening_case.refresh_from_db()
    assert listening_case.status == "closed"


def test_each_grant_and_revocation_is_audited_naming_who_and_by_whom(
    sup_listening, cw_listening_2, listening_case
):
    listening_case.collaborators.add(cw_listening_2)
    permissions.sync_case_grants(listening_case, by=sup_listening)
    listening_case.collaborators.remove(cw_listening_2)
    permissions.sync_case_grants(listening_case, by=sup_listening)
    entries = AuditEntry.objects.filter(
        action__in=[AuditAction.GRANT, AuditAction.REVOKE], actor=sup_listening
    ).order_by("pk")
    assert [(e.action, e.object_id, e.details) for e in entries] == [
        (AuditAction.GRANT, str(listening_case.pk), {"grantee": cw_listening_2.pk}),
        (AuditAction.REVOKE, str(listening_case.pk), {"grantee": cw_listening_2.pk}),
    ]


def test_her_roles_are_read_once_per_request_user(
    cw_listening, listening_case, django_assert_num_queries
):
    """Each request loads its user afresh; within it, the roles are read by one query."""
    user = type(cw_listening).objects.get(pk=cw_listening.pk)
    with django_assert_num_queries(1):
        assert permissions.is_casework_staff(user)
    with django_assert_num_queries(0):
        assert permissions.is_casework_staff(user)
        assert not permissions.is_supervisor(user)
