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


@register.simple_tag
def content_lang(page):
    """` lang="ar" dir="rtl"` for a card whose page is a fallback, else ""."""
    from django.utils.html import format_html

    code = fallbacks.content_language(page)
    if not code:
        return ""
    direction = "rtl" if code in settings.LANGUAGES_BIDI else "ltr"
    return format_html(' lang="{}" dir="{}"', code, direction)
