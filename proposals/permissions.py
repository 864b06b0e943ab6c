"""Who may see youth proposals: youth programme officers and superusers, nobody else.

Proposals hold young people's contact data, so the whole admin side is closed to everyone else,
who gets a 404 (not a redirect that would tell them the records exist). One permission policy per
model asks this module, so listings, exports, choosers and views agree.
"""

from django.http import Http404
from wagtail.permission_policies.base import BasePermissionPolicy

OFFICERS_GROUP = "Youth programme officers"
OFFICER_ACTIONS = {"add", "change", "view"}


def is_youth_officer(user):
    if not (user.is_authenticated and user.is_active):
        return False
    if user.is_superuser:
        return True
    cache = getattr(user, "_is_youth_officer", None)
    if cache is None:
        cache = user.groups.filter(name=OFFICERS_GROUP).exists()
        user._is_youth_officer = cache
    return cache


def require_youth_officer(user):
    if not is_youth_officer(user):
        raise Http404


class OfficersOnlyPolicy(BasePermissionPolicy):
    """Officers add, change and view; only superusers delete (records are erased by retention)."""

    def user_has_permission(self, user, action):
        if not is_youth_officer(user):
            return False
        return user.is_superuser or action in OFFICER_ACTIONS

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)

    def users_with_any_permission(self, actions):
        from django.contrib.auth import get_user_model
        from django.db.models import Q

        return (
            get_user_model()
            .objects.filter(Q(is_superuser=True) | Q(groups__name=OFFICERS_GROUP), is_active=True)
            .distinct()
        )

    def user_has_permission_for_instance(self, user, action, instance):
        return self.user_has_permission(user, action)

    def user_has_any_permission_for_instance(self, user, actions, instance):
        return self.user_has_any_permission(user, actions)

    def instances_user_has_any_permission_for(self, user, actions):
        if self.user_has_any_permission(user, actions):
            return self.model._default_manager.all()
        return self.model._default_manager.none()
