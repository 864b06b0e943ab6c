"""Who may read the audit trail: the members of the "Data protection officers" group, nobody
else (superusers included). Nobody may change it."""

from django.contrib.auth import get_user_model
from wagtail.permission_policies.base import BasePermissionPolicy

VIEW = "view"
DPO_GROUP = "Data protection officers"
_DPO_ATTR = "_audit_is_dpo"


def is_dpo(user):
    """Whether the user is a data protection officer, read once per user object (each request
    loads its user afresh, so a group joined or left counts from the next request)."""
    if not user.is_authenticated:
        return False
    dpo = getattr(user, _DPO_ATTR, None)
    if dpo is None:
        dpo = user.groups.filter(name=DPO_GROUP).exists()
        setattr(user, _DPO_ATTR, dpo)
    return dpo


class AuditTrailPermissionPolicy(BasePermissionPolicy):
    """Data protection officers may read the audit trail; nobody may change it, whatever their
    model-wide permissions (superusers are not data protection officers)."""

    def _may_read(self, user):
        return user.is_active and is_dpo(user)

    def user_has_permission(self, user, action):
        return action == VIEW and self._may_read(user)

    def user_has_any_permission(self, user, actions):
        return VIEW in actions and self._may_read(user)

    def users_with_any_permission(self, actions):
        users = get_user_model().objects
        if VIEW not in actions:
            return users.none()
        return users.filter(is_active=True, groups__name=DPO_GROUP).distinct()

    def user_has_permission_for_instance(self, user, action, instance):
        return self.user_has_permission(user, action)

    def user_has_any_permission_for_instance(self, user, actions, instance):
        return self.user_has_any_permission(user, actions)

    def instances_user_has_any_permission_for(self, user, actions):
        if self.user_has_any_permission(user, actions):
            return self.model._default_manager.all()
        return self.model._default_manager.none()

    def users_with_any_permission_for_instance(self, actions, instance):
        return self.users_with_any_permission(actions)
