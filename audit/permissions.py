"""Who may read the audit trail: the members of the "Data protection officers" group, nobody
else (superusers included). Nobody may change it."""

from django.contrib.auth import get_user_model
from django.utils.translation import gettext_noop
from wagtail.permission_policies.base import BasePermissionPolicy

VIEW = "view"
DPO_GROUP = gettext_noop("Data protection officers")  # translated where a screen shows it
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


class RuleBasedPolicy(BasePermissionPolicy):
    """A Wagtail permission policy answered by rules written in code, never by model-wide
    permissions or superuser status. Casework, the youth proposals and the audit trail each
    subclass it (this app stands below them all), so every admin view, listing, chooser, export
    and bulk action asks their rules.

    A subclass says what a user may do (`may`), on one record (`may_on`: `may` by default),
    which records she may act on (`visible`: all or none by default), and who may
    (`users_who_may`: nobody listed by default)."""

    def may(self, user, action):
        # A policy that says nothing denies everything.
        return False

    def may_on(self, user, action, instance):
        return self.may(user, action)

    def visible(self, user, actions):
        manager = self.model._default_manager
        return manager.all() if self.user_has_any_permission(user, actions) else manager.none()

    def users_who_may(self, actions):
        return get_user_model().objects.none()

    # Wagtail's questions, answered from the rules above.

    def user_has_permission(self, user, action):
        return self.may(user, action)

    def user_has_any_permission(self, user, actions):
        return any(self.may(user, action) for action in actions)

    def user_has_permission_for_instance(self, user, action, instance):
        return self.may_on(user, action, instance)

    def user_has_any_permission_for_instance(self, user, actions, instance):
        return any(self.may_on(user, action, instance) for action in actions)

    def instances_user_has_any_permission_for(self, user, actions):
        return self.visible(user, actions)

    def users_with_any_permission(self, actions):
        return self.users_who_may(actions)

    def users_with_any_permission_for_instance(self, actions, instance):
        return self.users_who_may(actions)


class AuditTrailPermissionPolicy(RuleBasedPolicy):
    """Data protection officers may read the audit trail; nobody may change it, whatever their
    model-wide permissions (superusers are not data protection officers)."""

    def may(self, user, action):
        return action == VIEW and user.is_active and is_dpo(user)

    def users_who_may(self, actions):
        users = get_user_model().objects
        if VIEW not in actions:
            return users.none()
        return users.filter(is_active=True, groups__name=DPO_GROUP).distinct()
