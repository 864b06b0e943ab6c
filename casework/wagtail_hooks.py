"""Registers casework with the Wagtail admin. It only registers: decisions live in permissions.py.

Permission policies come first, before any viewset asks for one, so every admin view, listing,
chooser, bulk action and export of these models asks casework/permissions.py.
"""

from django.apps import apps
from django.contrib.auth.models import Group
from django.db.models import Q
from django.templatetags.static import static
from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.permissions import register_permission_policy

from casework import models, permissions
from casework.dashboard import CaseworkPanel
from casework.permissions import (
    CaseworkPermissionPolicy,
    GroupActivityPermissionPolicy,
    RightsRequestPermissionPolicy,
)
from casework.viewsets.activities import GroupActivityViewSet
from casework.viewsets.cases import CaseViewSet
from casework.viewsets.register import register_urlpatterns
from casework.viewsets.rights import rights_urlpatterns
from casework.viewsets.roles import role_urlpatterns

for _model in (
    models.Case,
    models.Person,
    models.CaseSession,
    models.Referral,
    models.Consent,
    models.Attachment,
    models.FollowUp,
):
    register_permission_policy(_model, CaseworkPermissionPolicy(_model))
register_permission_policy(
    models.GroupActivity, GroupActivityPermissionPolicy(models.GroupActivity)
)
register_permission_policy(
    models.RightsRequest, RightsRequestPermissionPolicy(models.RightsRequest)
)


# The caseworkers' admin -----------------------------------------------------------------------


@hooks.register("register_admin_viewset")
def register_case_viewset():
    return CaseViewSet()


@hooks.register("register_admin_viewset")
def register_activity_viewset():
    return GroupActivityViewSet()


@hooks.register("register_log_actions")
def keep_casework_out_of_wagtail_history(actions):
    """Wagtail logs every model it saves to its own history (ModelLogEntry), which its Site
    history report, history views and exports show to the technical administrator. The existence,
    timing and handler of a victim's session are confidential: casework is recorded in its own
    audit trail only (audit.trail), so for these models Wagtail's log has no table."""
    for model in apps.get_app_config("casework").get_models():
        actions.log_entry_models_by_type.register(model, value=None)


@hooks.register("register_audited_models")
def casework_records_in_the_audit_trail():
    """The record types the DPO can filter the audit trail by."""
    models_ = apps.get_app_config("casework").get_models()
    return [model for model in models_ if model is not models.CaseUserObjectPermission]


# Casework staff sign in with a second step (accounts.rules.requires_two_factor).
hooks.register("requires_two_factor", permissions.is_casework_staff)


@hooks.register("construct_homepage_panels")
def add_casework_panel(request, panels):
    if permissions.is_casework_staff(request.user):
        panels.insert(0, CaseworkPanel(request.user))


@hooks.register("insert_global_admin_css")
def casework_admin_css():
    return format_html('<link rel="stylesheet" href="{}">', static("casework/admin.css"))


class EmergencyAccessMenuItem(MenuItem):
    def is_shown(self, request):
        return permissions.may_open_emergency_access(request.user)


@hooks.register("register_admin_menu_item")
def register_emergency_access_menu_item():
    return EmergencyAccessMenuItem(
        _("Emergency access"),
        reverse("casework_cases:emergency_access"),
        icon_name="warning",
        order=10000,
    )


# Casework roles: asked and confirmed by the people responsible, never in the Users admin ---------


@hooks.register("register_reserved_groups")
def casework_roles_are_not_the_users_admins():
    """Every service's caseworkers and supervisors groups (accounts/roles.py)."""
    return Group.objects.filter(
        Q(casework_service_as_caseworkers__isnull=False)
        | Q(casework_service_as_supervisors__isnull=False)
    )


@hooks.register("register_admin_urls")
def register_role_urls():
    return role_urlpatterns()


class RolesMenuItem(MenuItem):
    def is_shown(self, request):
        return permissions.may_manage_roles(request.user)


@hooks.register("register_admin_menu_item")
def register_roles_menu_item():
    return RolesMenuItem(
        _("Casework roles"), reverse("casework_roles"), icon_name="group", order=9000
    )


# A person's requests about her data: the data protection officer's ---------------------------


@hooks.register("register_admin_urls")
def register_rights_urls():
    return rights_urlpatterns()


class RightsMenuItem(MenuItem):
    def is_shown(self, request):
        return permissions.may_answer_rights_requests(request.user)


@hooks.register("register_admin_menu_item")
def register_rights_menu_item():
    return RightsMenuItem(
        _("Data rights requests"), reverse("casework_rights"), icon_name="user", order=9002
    )


# The register of processing, beside the audit trail, for the data protection officer ----------


@hooks.register("register_admin_urls")
def register_register_urls():
    return register_urlpatterns()


class RegisterMenuItem(MenuItem):
    def is_shown(self, request):
        return permissions.may_read_register(request.user)


@hooks.register("register_admin_menu_item")
def register_register_menu_item():
    return RegisterMenuItem(
        _("Register of processing"), reverse("casework_register"), icon_name="list-ul", order=9001
    )
