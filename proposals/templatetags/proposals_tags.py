"""Template tags that bring the youth proposals onto the public pages, without touching the page
models (home/ knows nothing of proposals/): the group and forum that chose a project, the
"youth proposals" filter of the projects index, the forum an event page announces; and the `lang`
of the texts shown as written."""

from django import template
from django.utils.html import format_html

from proposals.models import Forum, ForumPresentation, InLanguage, Proposal
from proposals.utils import text_direction

register = template.Library()

ORIGIN_PROPOSALS = "proposals"


def _proposals_of(translation_keys):
    """Proposals whose project page is any language copy of the given pages."""
    return Proposal.objects.filter(project_page__translation_key__in=translation_keys)


@register.simple_tag
def project_origin(page):
    """The group and the forum that chose `page`, if it comes from a youth proposal:
    `{"group": …, "forum": …}` or None, the group's name with its language. Translations of the page share its origin."""
    proposal = (
        _proposals_of([page.translation_key])
        .only("pk", "group_name", "language")
        .order_by("pk")
        .first()
    )
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
    return {
        "group": InLanguage(proposal.group_name, proposal.language),
        "forum": presentation.forum if presentation else None,
    }


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


@register.simple_tag
def lang_attrs(language):
    """` lang="…" dir="…"` for an element holding text written in `language`: a youth group's
    own words, kept as written, or a forum's name in the language it is available in."""
    if not language:
        return ""
    return format_html(' lang="{}" dir="{}"', language, text_direction(language))


@register.filter
def with_lang(text):
    """A text with its language (proposals.models.InLanguage) as an inline element with `lang`."""
    return format_html(
        '<span lang="{}" dir="{}">{}</span>',
        text.language,
        text_direction(text.language),
        text.text,
    )
