"""A page shown in another locale before its translation: the notice above it and the `lang`
and `dir` of its content, on the page itself and on its cards in listings."""

from django import template
from django.conf import settings

from home import fallbacks

register = template.Library()


@register.simple_tag
def fallback_notice(page):
    """{"not_yet", "shown_in", "code", "dir"} for a fallback page, else None."""
    return fallbacks.notice(page)


@register.simple_tag(takes_context=True)
def content_lang(context, page):
    """` lang="ar" dir="rtl"` for a card whose page is a fallback, else ""."""
    return lang_attributes(page, context.get("request"))


def lang_attributes(page, request=None):
    from django.utils.html import format_html

    cache = request.__dict__.setdefault("_tiwizi_fallbacks", {}) if request is not None else None
    code = fallbacks.content_language(page, cache)
    if not code:
        return ""
    direction = "rtl" if code in settings.LANGUAGES_BIDI else "ltr"
    return format_html(' lang="{}" dir="{}"', code, direction)
