"""Every access decision on a confidential record, in one place.

The rules (need to know):
- a caseworker sees the cases they own or collaborate on (per-case grants in guardian's direct
  foreign-key table, made and removed by `sync_case_grants()` on every assignment); a service's
  supervisors see every case of their service (their group says so); nobody else sees any case.
- model-wide permissions never open a record; superusers are not caseworkers: the technical
  administrator reads a case only under a current, audited EmergencyAccess, and a casework role or
  grant he holds opens nothing. A per-case grant counts only while its holder works in the case's
  service (a role withdrawn closes her former cases at the next request).
- casework roles are asked for by the DPO or a service's supervisor and confirmed by a second of
  them (RoleChange), never given in the generic Users admin (accounts/roles.py).
- a record on a case (session, referral, consent, attachment, follow-up) follows its case; a person
  is visible through a visible case; an internal referral is visible to the receiving service
  while it is sent or accepted (revoking it closes that view at the next request).
- who may not know a record exists gets 404; who may see it but not do the action gets 403.

Decisions read the user's grants and, for supervisors, the case's service, so the listing walks
one index and stops at a page whatever the number of cases (measured by
bench/bench_casework_listing.py). Admin views, choosers, exports, search and tasks all ask through
here or through the Wagtail permission policies at the end of this module, which delegate here.
"""

from typing import NamedTuple

from django.contrib.auth.models import Permission
from django.core.exceptions import PermissionDenied
from django.db.models import Q
from django.http import Http404
from guardian.shortcuts import assign_perm, remove_perm

from audit import trail
from audit.models import AuditAction
from audit.permissions import RuleBasedPolicy, is_dpo
from casework.models import (
    Case,
    CaseUserObjectPermission,
    EmergencyAccess,
    GroupActivity,
    Person,
    Referral,
    RightsRequest,
    RoleChange,
    Service,
)

VIEW = "view"
CHANGE = "change"
ADD = "add"  # add a record (session, follow-up...) to a case
CLOSE = "close"  # ask for closure
APPROVE_CLOSURE = "approve_closure"
ASSIGN = "assign"
REFER = "refer"
OVERRIDE_CONSENT = "override_consent"
ANSWER = "answer"  # answer an incoming referral
DOWNLOAD = "download"
EXPORT = "export"
DELETE = "delete"  # a group activity (case records are never deleted from the admin)
HOLD = "hold"  # place a legal hold on a case
LIFT_HOLD = "lift_hold"


_CASE_PERMS = ("casework.view_case", "casework.change_case")


# --- Roles ----------------------------------------------------------------------------------------


class _Roles(NamedTuple):
    member_of: frozenset  # ids of the services where the user is a caseworker or a supervisor
    supervises: frozenset  # ids of the services the user supervises


_NO_ROLES = _Roles(frozenset(), frozenset())
_ROLES_ATTR = "_casework_roles"


def _roles(user):
    """The user's casework roles, read in one query and remembered on this user object, as Django
    remembers permissions in `user._perm_cache`. Each request loads its user afresh, so a group
    joined or left counts from the next request; never keep them anywhere longer-lived."""
    if not user.is_authenticated or user.is_superuser:
        # The technical administrator is not a caseworker, whatever groups he put himself in.
        return _NO_ROLES
    roles = getattr(user, _ROLES_ATTR, None)
    if roles is None:
        member_of, supervises = set(), set()
        rows = user.groups.values_list(
            "casework_service_as_caseworkers", "casework_service_as_supervisors"
        )
        for worker_of, supervisor_of in rows:
            member_of.update(pk for pk in (worker_of, supervisor_of) if pk is not None)
            if supervisor_of is not None:
                supervises.add(supervisor_of)
        roles = _Roles(frozenset(member_of), frozenset(supervises))
        setattr(user, _ROLES_ATTR, roles)
    return roles


def services_of(user):
    member_of = _roles(user).member_of
    return Service.objects.filter(pk__in=member_of) if member_of else Service.objects.none()


def supervised_services(user):
    supervises = _roles(user).supervises
    return Service.objects.filter(pk__in=supervises) if supervises else Service.objects.none()


def is_casework_staff(user):
    return user.is_authenticated and user.is_active and bool(_roles(user).member_of)


def is_supervisor(user, service=None):
    supervises = _roles(user).supervises
    return service.pk in supervises if service is not None else bool(supervises)


# --- Grants ---------------------------------------------------------------------------------------


def sync_case_grants(case, *, by=None):
    """Make the per-case grants match the case's assignment: its owner and collaborators. Removes
    the grants of anyone no longer assigned. Audited. (A service's supervisors need no grant:
    supervising the case's service is the rule, read from their group by _roles().)"""
    wanted_users = {user.pk: user for user in case.collaborators.all()}
    if case.owner_id:
        wanted_users[case.owner_id] = case.owner
    current = CaseUserObjectPermission.objects.filter(content_object=case).select_related(
        "user", "permission"
    )
    current_users = {row.user_id: row.user for row in current}

    for user_id, user in wanted_users.items():
        if user_id not in current_users:
            for perm in _CASE_PERMS:
                assign_perm(perm, user, case)
            trail.record(AuditAction.GRANT, user=by, obj=case, grantee=user.pk)
    for user_id, user in current_users.items():
        if user_id not in wanted_users:
            for perm in _CASE_PERMS:
                remove_perm(perm, user, case)
            trail.record(AuditAction.REVOKE, user=by, obj=case, grantee=user.pk)


# --- Questions ------------------------------------------------------------------------------------


def _permission_ids(codename):
    return Permission.objects.filter(content_type__app_label="casework", codename=codename).values(
        "pk"
    )


def visible_cases(user):
    """The cases `user` may open: those granted to them (owner, collaborator) and every case of a
    service they supervise. Superusers and model-wide permissions add nothing.

    Supervisors are matched on the case's service (they hold no per-case grant), so PostgreSQL
    walks the listing index and stops at a page instead of hashing and sorting a whole service's
    grants on every request.
    Their own grants outside those services (rare) are read first, as a list: an OR with a
    subquery made PostgreSQL count a supervisor's cases by scanning every case."""
    if not (user.is_authenticated and user.is_active):
        return Case.objects.none()
    roles = _roles(user)
    if not roles.member_of:
        return Case.objects.none()
    granted = CaseUserObjectPermission.objects.filter(
        user=user, permission__in=_permission_ids("view_case")
    ).values("content_object_id")
    supervised = sorted(roles.supervises)
    if not supervised:
        return Case.objects.filter(pk__in=granted, service__in=sorted(roles.member_of))
    elsewhere = list(
        Case.objects.filter(pk__in=granted, service__in=sorted(roles.member_of))
        .exclude(service__in=supervised)
        .values_list("pk", flat=True)
    )
    if not elsewhere:
        return Case.objects.filter(service__in=supervised)
    return Case.objects.filter(Q(service__in=supervised) | Q(pk__in=elsewhere))


def _has_case_perm(user, case, codename):
    if not (user.is_authenticated and user.is_active):
        return False
    # The same rule as visible_cases(): supervision of the service, or the user's own grants in
    # a service she works in.
    roles = _roles(user)
    return case.service_id in roles.supervises or (
        case.service_id in roles.member_of
        and CaseUserObjectPermission.objects.filter(
            user=user, content_object=case, permission__in=_permission_ids(codename)
        ).exists()
    )


def may_open_emergency_access(user):
    """The technical administrator (an active superuser) may open one case at a time for an hour,
    giving a reason (EmergencyAccess.open); nobody else, whatever their permissions."""
    return user.is_authenticated and user.is_active and user.is_superuser


def has_emergency_access(user, case):
    return (
        may_open_emergency_access(user)
        and EmergencyAccess.objects.current().filter(user=user, case=case).exists()
    )


def _can_on_case(user, action, case):
    if action == VIEW:
        return _has_case_perm(user, case, "view_case") or has_emergency_access(user, case)
    if action == HOLD:
        # Open or closed: a file closed before the complaint reached the court is held too.
        return _has_case_perm(user, case, "change_case")
    if action == LIFT_HOLD:
        return is_supervisor(user, case.service) and _has_case_perm(user, case, "view_case")
    if case.is_closed and action not in (VIEW, EXPORT, DOWNLOAD, APPROVE_CLOSURE):
        # A closed file is read-only until a supervisor reopens it.
        return (
            action == CHANGE
            and is_supervisor(user, case.service)
            and _can_on_case(user, VIEW, case)
        )
    if action in (CHANGE, ADD, CLOSE, REFER, EXPORT, DOWNLOAD):
        return _has_case_perm(user, case, "change_case")
    if action in (APPROVE_CLOSURE, ASSIGN):
        return is_supervisor(user, case.service) and _has_case_perm(user, case, "view_case")
    if action == OVERRIDE_CONSENT:
        return _has_case_perm(user, case, "change_case") and user.has_perm(
            "casework.override_referral_consent"
        )
    return False


def _can_on_referral(user, action, referral):
    if _can_on_case(user, VIEW, referral.case):
        if action == VIEW:
            return True
        if action == CHANGE:  # revoke
            return _can_on_case(user, REFER, referral.case)
    incoming = (
        referral.to_service_id is not None
        and Referral.objects.incoming_to(services_of(user)).filter(pk=referral.pk).exists()
    )
    return incoming and action in (VIEW, ANSWER)


def visible_activities(user):
    """The group activities of the services `user` works in."""
    return GroupActivity.objects.filter(service__in=services_of(user))


def _can_on_activity(user, action, activity):
    return (
        action in (VIEW, CHANGE, DELETE)
        and is_casework_staff(user)
        and activity.service_id in _roles(user).member_of
    )


def can(user, action, obj):
    """May `user` do `action` on `obj` (a case, a record on a case, a person, a referral, a group
    activity)?"""
    if isinstance(obj, GroupActivity):
        return _can_on_activity(user, action, obj)
    if isinstance(obj, Case):
        return _can_on_case(user, action, obj)
    if isinstance(obj, Referral):
        return _can_on_referral(user, action, obj)
    if isinstance(obj, Person):
        cases = visible_cases(user).filter(person=obj)
        if action == VIEW:
            return cases.exists()
        return any(_can_on_case(user, CHANGE, case) for case in cases)
    case = getattr(obj, "case", None)
    if isinstance(case, Case):
        record_action = {VIEW: VIEW, DOWNLOAD: DOWNLOAD}.get(action, CHANGE)
        return _can_on_case(user, record_action, case)
    return False


def _get_for(user, record, pk, action, request, may):
    """`record` (or None, when `pk` names nothing) if `may(action)`: 404 if `user` may not know it
    exists, 403 if she may see it but not do `action`. Each refusal is audited; the technical
    administrator's are flagged (he is not a caseworker)."""
    flagged = user.is_authenticated and user.is_superuser
    if record is None or not may(VIEW):
        trail.record(
            AuditAction.DENIED,
            user=user,
            request=request,
            obj=record,
            flagged=flagged,
            pk=str(pk),
            wanted=action,
        )
        raise Http404
    if action != VIEW and not may(action):
        trail.record(
            AuditAction.DENIED,
            user=user,
            request=request,
            obj=record,
            flagged=flagged,
            wanted=action,
        )
        raise PermissionDenied
    return record


def get_case_for(user, pk, action=VIEW, *, request=None, what=None):
    """The case `pk` for `user`: 404 if they may not know it exists, 403 if they may see it but not
    do `action`. Refusals are audited; so is reading (`action` VIEW: one entry per page, `what`
    names a page other than the case's own, flagged with the page's address when the user reads
    it only through an emergency access)."""
    case = Case.objects.select_related("service", "person", "owner").filter(pk=pk).first()
    _get_for(user, case, pk, action, request, lambda wanted: _can_on_case(user, wanted, case))
    if action == VIEW:
        _record_read(user, case, case, request, **({"what": what} if what else {}))
    return case


def get_referral_for(user, pk, action=VIEW, *, request=None):
    """The referral `pk` for `user`, by the same rule as get_case_for(): the sending case's
    readers and the receiving service see it, nobody else knows it exists; a read is recorded."""
    referral = (
        Referral.objects.select_related("case__person", "case__service").filter(pk=pk).first()
    )
    _get_for(user, referral, pk, action, request, lambda wanted: can(user, wanted, referral))
    if action == VIEW:
        _record_read(user, referral, referral.case, request)
    return referral


def get_activity_for(user, pk, action=VIEW, *, request=None):
    """The group activity `pk` for `user`: only the staff of its service know it exists."""
    activity = GroupActivity.objects.select_related("service").filter(pk=pk).first()
    return _get_for(user, activity, pk, action, request, lambda wanted: can(user, wanted, activity))


def reads_under_emergency(user, case):
    """Is `user` reading `case` only through an emergency access (not as its caseworker)?"""
    return user.is_superuser and not _has_case_perm(user, case, "view_case")


def _record_read(user, obj, case, request, **details):
    """One "view" entry for a page showing `obj` of `case`. Every page the technical administrator
    opens under emergency access is flagged, with its address (record ids only), not only the
    access itself."""
    emergency = reads_under_emergency(user, case)
    if emergency:
        details.update(emergency=True, page=request.path if request is not None else "")
    trail.record(
        AuditAction.VIEW, user=user, request=request, obj=obj, flagged=emergency, **details
    )


def visible_persons(user):
    return Person.objects.filter(cases__in=visible_cases(user)).distinct()


def disclosed_duplicates(user, matches):
    """What an intake may tell `user` of the persons `matches` (same name, phone or document):
    those she may see, named (a list), and only whether one exists whose case in her services she
    is not assigned to (a yes/no: ask the supervisor). Persons known only to other services are
    never disclosed, not even as a yes/no."""
    in_her_services = matches.filter(cases__service__in=services_of(user))
    visible = visible_persons(user)
    named = list(visible.filter(pk__in=in_her_services.values("pk")))
    hidden = in_her_services.exclude(pk__in=visible.values("pk")).exists()
    return named, hidden


def visible_referrals(user):
    """Referrals on the user's cases and internal referrals waiting for their services."""
    return Referral.objects.filter(
        Q(case__in=visible_cases(user))
        | Q(pk__in=Referral.objects.incoming_to(services_of(user)).values("pk"))
    )


def assignable_users(service):
    """Who may own or collaborate on a case of `service`: its caseworkers and supervisors."""
    from django.contrib.auth import get_user_model

    return (
        get_user_model()
        .objects.filter(
            Q(groups=service.caseworkers_group) | Q(groups=service.supervisors_group),
            is_active=True,
            is_superuser=False,
        )
        .distinct()
        .order_by("username")
    )


# --- Casework roles ------------------------------------------------------------------------------


def role_services_of(user):
    """The services whose roles `user` answers for: every service for a data protection officer,
    her own services for a supervisor; none for anyone else, the technical administrator
    included."""
    if not (user.is_authenticated and user.is_active) or user.is_superuser:
        return Service.objects.none()
    if is_dpo(user):
        return Service.objects.all()
    return supervised_services(user)


def may_manage_roles(user):
    return role_services_of(user).exists()


def visible_role_changes(user):
    return RoleChange.objects.filter(service__in=role_services_of(user))


def get_role_change_for(user, pk, *, request=None):
    """A role change `user` answers for (404 otherwise, audited). Whether she may confirm,
    refuse or cancel it is the change's own rule (a second person; who asked cancels)."""
    change = (
        RoleChange.objects.select_related("service", "user", "requested_by")
        .filter(pk=pk, service__in=role_services_of(user))
        .first()
    )
    return _get_for(user, change, pk, VIEW, request, lambda wanted: True)


# --- Data rights -----------------------------------------------------------------------------------


def may_answer_rights_requests(user):
    """Only a data protection officer records and answers a person's requests about her data
    (and so reads the files they name): not the technical administrator, not the services."""
    return user.is_authenticated and user.is_active and is_dpo(user)


def may_read_register(user):
    """The register of processing (casework/register.py) is the data protection officer's."""
    return user.is_authenticated and user.is_active and is_dpo(user)


def visible_rights_requests(user):
    if may_answer_rights_requests(user):
        return RightsRequest.objects.all()
    return RightsRequest.objects.none()


def get_rights_request_for(user, pk, *, request=None):
    """The request `pk` for a data protection officer; 404 for anyone else, audited."""
    rights_request = visible_rights_requests(user).select_related("person").filter(pk=pk).first()
    return _get_for(user, rights_request, pk, VIEW, request, lambda wanted: True)


# --- Wagtail permission policies ------------------------------------------------------------------


class CaseworkPermissionPolicy(RuleBasedPolicy):
    """Lets Wagtail's generic views, menus, choosers and bulk actions ask `permissions.py`. The
    model-wide answer only opens the door to the casework screens; every record is checked."""

    model_actions = {VIEW, ADD, CHANGE}

    def may(self, user, action):
        if action == VIEW and may_open_emergency_access(user):
            # Only to reach the one case opened under a current emergency access.
            return EmergencyAccess.objects.current().filter(user=user).exists()
        return action in self.model_actions and is_casework_staff(user)

    def may_on(self, user, action, instance):
        return can(user, action, instance)

    def visible(self, user, actions):
        cases = visible_cases(user)
        if self.model is Case:
            return cases
        if self.model is Person:
            return visible_persons(user)
        if self.model is Referral:
            return visible_referrals(user)
        if self.model is GroupActivity:
            return visible_activities(user)
        return self.model._default_manager.filter(case__in=cases)


class GroupActivityPermissionPolicy(CaseworkPermissionPolicy):
    """Staff of a service keep its activities (and may delete them); nobody else sees them, an
    emergency access included."""

    model_actions = {VIEW, ADD, CHANGE, DELETE}

    def may(self, user, action):
        return action in self.model_actions and is_casework_staff(user)


class RightsRequestPermissionPolicy(RuleBasedPolicy):
    """The data protection officer's requests: his alone, whatever Wagtail screen asks."""

    def may(self, user, action):
        return action in (VIEW, ADD, CHANGE) and may_answer_rights_requests(user)

    def visible(self, user, actions):
        return visible_rights_requests(user)
