"""Registers the audit trail with the Wagtail admin: its permission policy first, then the data
protection officer's viewset."""

from django.contrib.auth.models import Group
from wagtail import hooks
from wagtail.permissions import register_permission_policy

from audit.models import AuditEntry
from audit.permissions import DPO_GROUP, AuditTrailPermissionPolicy, is_dpo
from audit.viewsets import AuditTrailViewSet

register_permission_policy(AuditEntry, AuditTrailPermissionPolicy(AuditEntry))


@hooks.register("register_admin_viewset")
def register_audit_trail_viewset():
    return AuditTrailViewSet()


# Data protection officers sign in with a second step (accounts.rules.requires_two_factor).
hooks.register("requires_two_factor", is_dpo)


@hooks.register("register_reserved_groups")
def data_protection_officers_are_appointed_elsewhere():
    """Appointed on the server (`manage.py data_protection_officers`), never in the Users admin."""
    return Group.objects.filter(name=DPO_GROUP)
