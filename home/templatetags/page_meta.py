"""The head of a public page: description, canonical and alternate links, Open Graph."""

from django import template
from django.conf import settings
from django.utils.translation import get_language
from wagtail.models import Page

from home import fallbacks
from home.templatetags.navigation import _live_translations, _request_cache

register = template.Library()

# Open Graph wants language_TERRITORY; the site speaks to Morocco (English: its partners).
OG_LOCALES = {"fr": "fr_MA", "ar": "ar_MA", "zgh": "zgh_MA", "en": "en_GB"}
OG_IMAGE_FILTER = "fill-1200x630|format-jpeg|jpegquality-75"


def _canonical_url(request, page):
    """The page's address; a later page of a listing is its own page, a filtered one is not."""
    url = page.get_full_url(request)
    if request is not None and list(request.GET) == ["page"]:
        number = request.GET["page"]
        if number.isdigit() and int(number) > 1:
            url = f"{url}?page={number}"
    return url


@register.inclusion_tag("components/page_meta.html", takes_context=True)
def page_meta(context, page=None):
    request = context.get("request")
    if not isinstance(page, Page):
        return {}
    translations = _request_cache(
        request, ("translations", page.pk), lambda: _live_translations(page)
    )
    code = get_language()
    # A fallback (home.fallbacks) is not a version in its locale's language: search engines get
    # the page it shows as canonical, and only real versions as alternates.
    source = fallbacks.source_of(page)
    others = fallbacks.fallback_ids(version.pk for version in translations.values())
    alternates = [
        {"code": lang, "url": translations[lang].get_full_url(request)}
        for lang, _name in settings.LANGUAGES
        if lang in translations and translations[lang].pk not in others
    ]
    default = translations.get(settings.LANGUAGE_CODE) or page
    if default.pk in others:
        default = source or page
    # The page's own description of its image (translated with the page), else the image's title.
    image = getattr(page, "image_with_alt", None)
    og_image = None
    if image is not None:
        rendition = image.get_rendition(OG_IMAGE_FILTER)
        og_image = {
            "url": request.build_absolute_uri(rendition.url) if request else rendition.full_url,
            "width": rendition.width,
            "height": rendition.height,
            "alt": image.alt_text,
        }
    description = getattr(page, "description", "") or page.search_description
    is_article = page.specific_class.__name__ == "NewsArticlePage"
    return {
        "page": page,
        "description": description,
        "canonical": _canonical_url(request, source or page),
        "alternates": alternates,
        "x_default": default.get_full_url(request),
        "og_type": "article" if is_article else "website",
        "og_locale": OG_LOCALES.get(code, code),
        "og_locale_alternates": [
            OG_LOCALES.get(a["code"], a["code"]) for a in alternates if a["code"] != code
        ],
        "og_image": og_image,
        "published": getattr(page, "date", None) if is_article else None,
        "site_name": settings.WAGTAIL_SITE_NAME,
    }
