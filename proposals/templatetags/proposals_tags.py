"""Template tags that bring the youth proposals onto the public pages, without touching the page
models (home/ knows nothing of proposals/): the group and forum that chose a project, the
"youth proposals" filter of the projects index, and the forum an event page announces."""

from django import template

from proposals.models import Forum, ForumPresentation, Proposal

register = template.Library()

ORIGIN_PROPOSALS = "proposals"


def _proposals_of(translation_keys):
    """Proposals whose project page is any language copy of the given pages."""
    return Proposal.objects.filter(project_page__translation_key__in=translation_keys)


@register.simple_tag
def project_origin(page):
    """The group and the forum that chose `page`, if it comes from a youth proposal:
    `{"group": …, "forum": …}` or None. Translations of the page share its origin."""
    proposal = _proposals_of([page.translation_key]).only("pk", "group_name").order_by("pk").first()
    if proposal is None:
        return None
    presentation = (
        ForumPresentation.objects.filter(
            proposal=proposal, selected=True, forum__closed_at__isnull=False
        )
        .select_related("forum")
        .order_by("-forum__date")
        .first()
    )
    return {"group": proposal.group_name, "forum": presentation.forum if presentation else None}


@register.simple_tag
def project_origin_choice(value):
    """The origin filter of the projects index as asked in its address: "proposals" or ""."""
    return ORIGIN_PROPOSALS if value == ORIGIN_PROPOSALS else ""


@register.simple_tag
def filter_projects_by_origin(projects, origin):
    """`projects` kept to those born of a youth proposal when `origin` is "proposals"."""
    if origin != ORIGIN_PROPOSALS:
        return projects
    keys = Proposal.objects.filter(project_page__isnull=False).values(
        "project_page__translation_key"
    )
    return projects.filter(translation_key__in=keys)


@register.simple_tag
def forum_of_event(page):
    """The forum that `page` (an event page, in any of its languages) announces, or None: the
    event page shows the way to the form before the forum and to its results after."""
    return (
        Forum.objects.filter(event__translation_key=page.translation_key)
        .order_by("-date", "-pk")
        .first()
    )
