"""Who may see which figures, in one place.

- Live figures (the dashboard and its exports, the definitions and targets, a release being
  prepared) are for the partnership coordinators only: unsuppressed small counts about the
  listening centre are sensitive. The group is reserved (appointed on the server with
  `manage.py partnership_coordinators`, never in the Users admin) and its members sign in with a
  second step. The technical administrator is not a coordinator, whatever groups he is in.
- A release awaiting approval is seen, as the public will see it, by the communications leads, who
  publish it or send it back; they never see live figures.
- The public sees published releases only (indicators.models.ResultsPage).
Everyone else gets 404 for all of it.
"""

from django.contrib.auth import get_user_model
from django.http import Http404
from django.utils.translation import gettext_noop

from audit import trail
from audit.models import AuditAction
from audit.permissions import RuleBasedPolicy

COORDINATORS_GROUP = gettext_noop("Partnership coordinators")
LEADS_GROUP = "Communications leads"

VIEW_FIGURES = "view_figures"  # the dashboard, its exports
EDIT_DEFINITIONS = "edit_definitions"
PREPARE = "prepare"  # prepare, refresh and submit a release
PUBLISH = "publish"  # publish or send back a submitted release
SEE_RELEASES = "see_releases"  # the releases listing

_ATTR = "_indicators_groups"


def _groups(user):
    """The names of the user's groups that matter here, read once per user object (each request
    loads its user afresh, so a group joined or left counts from the next request)."""
    if not user.is_authenticated or user.is_superuser:
        return frozenset()
    groups = getattr(user, _ATTR, None)
    if groups is None:
        groups = frozenset(
            user.groups.filter(name__in=[COORDINATORS_GROUP, LEADS_GROUP]).values_list(
                "name", flat=True
            )
        )
        setattr(user, _ATTR, groups)
    return groups


def is_coordinator(user):
    return COORDINATORS_GROUP in _groups(user)


def is_communications_lead(user):
    return LEADS_GROUP in _groups(user)


def can(user, action):
    if action in (VIEW_FIGURES, EDIT_DEFINITIONS, PREPARE):
        return is_coordinator(user)
    if action == PUBLISH:
        return is_communications_lead(user)
    if action == SEE_RELEASES:
        return is_coordinator(user) or is_communications_lead(user)
    return False


def visible_releases(user):
    """The releases a user may open: every one for a coordinator; for a communications lead,
    those submitted or published (never one being prepared, whose figures may still move)."""
    from indicators.models import Release, ReleaseStatus

    if is_coordinator(user):
        return Release.objects.all()
    if is_communications_lead(user):
        return Release.objects.exclude(status=ReleaseStatus.PREPARING)
    return Release.objects.none()


def refuse(request):
    """404 for whoever may not know these screens or this release exist; the attempt is audited."""
    trail.record(AuditAction.DENIED, request=request, path=request.path[:200])
    raise Http404


def get_release_for(request, pk):
    """The release `pk` for the request's user, or 404 (audited) if she may not open it."""
    release = visible_releases(request.user).filter(pk=pk).first()
    if release is None:
        refuse(request)
    return release


class IndicatorPermissionPolicy(RuleBasedPolicy):
    """Wagtail's questions about indicator definitions, answered by the rules above: only
    coordinators list, add, change or delete them."""

    def may(self, user, action):
        return can(user, EDIT_DEFINITIONS)

    def users_who_may(self, actions):
        return get_user_model().objects.filter(
            groups__name=COORDINATORS_GROUP, is_active=True, is_superuser=False
        )
