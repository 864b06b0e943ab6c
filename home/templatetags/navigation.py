"""Template tags for site-wide navigation."""

from django import template
from django.conf import settings
from django.utils.translation import get_language_info
from wagtail.models import Page, Site

register = template.Library()


def _live_translations(page):
    """{language code: live page} for `page` and its translations."""
    if not isinstance(page, Page):
        return {}
    translations = page.get_translations(inclusive=True).live().select_related("locale")
    return {translation.locale.language_code: translation for translation in translations}


@register.inclusion_tag("components/language_switcher.html", takes_context=True)
def language_switcher(context, page=None):
    """Links to this page in every language: its translation where one is live, else that
    language's home page, so switching language never lands on a 404."""
    request = context.get("request")
    site = Site.find_for_request(request) if request is not None else None
    homes = _live_translations(site.root_page) if site else {}
    pages = _live_translations(page)

    links = []
    for code, _name in settings.LANGUAGES:
        target = pages.get(code) or homes.get(code)
        info = get_language_info(code)
        links.append(
            {
                "code": code,
                "name_local": info["name_local"],
                "bidi": info["bidi"],
                "url": target.get_url(request) if target else f"/{code}/",
                "current": code == context.get("LANGUAGE_CODE"),
            }
        )
    return {"links": links}
