"""Who may see youth proposals: youth programme officers and superusers, nobody else.

Proposals hold young people's contact data, so the whole admin side is closed to everyone else,
who gets a 404 (not a redirect that would tell them the records exist). One permission policy per
model asks this module, so listings, exports, choosers and views agree.
"""

from django.contrib.auth import get_user_model
from django.db.models import Q
from django.http import Http404

from audit.permissions import RuleBasedPolicy

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


class OfficersOnlyPolicy(RuleBasedPolicy):
    """Officers add, change and view; only superusers delete (records are erased by retention)."""

    def may(self, user, action):
        if not is_youth_officer(user):
            return False
        return user.is_superuser or action in OFFICER_ACTIONS

    def users_who_may(self, actions):
        return (
            get_user_model()
            .objects.filter(Q(is_superuser=True) | Q(groups__name=OFFICERS_GROUP), is_active=True)
            .distinct()
        )
