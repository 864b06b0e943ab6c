"""Addresses of the site's own views in another language.

The public views that are not Wagtail pages (the youth proposals, search) live under a language
prefix with the same path in every language (cms/urls.py, i18n_patterns): their address in another
language is the same view reversed under that language. Wagtail pages are not: their slugs differ
per language, and only the page tree knows the translation of a page.
"""

from urllib.parse import urlsplit

from django.urls import Resolver404, resolve, translate_url
from django.utils import translation
from django.utils.translation import get_language_from_path

# Views that serve the page tree by its path: a path there is not the same page in another
# language.
PAGE_VIEWS = {"wagtail_serve", "page_file"}


def url_in_language(url, code):
    """`url` (a path of this site, with its query string) of a public Django view in the language
    `code`: "/fr/search/?q=eau" → "/ar/search/?q=eau". None for what is not such a view: a
    Wagtail page, an unknown path, an address elsewhere."""
    parts = urlsplit(url)
    if parts.scheme or parts.netloc:
        return None
    source = get_language_from_path(parts.path)
    if source is None:
        return None
    with translation.override(source):
        try:
            match = resolve(parts.path)
        except Resolver404:
            return None
        if match.url_name in PAGE_VIEWS:
            return None
        translated = translate_url(url, code)
    return translated if translated != url or code == source else None
