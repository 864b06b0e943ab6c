"""The sitemap of every language, with `hreflang` alternates between the translations of a page.

Wagtail's own sitemap lists the default site's root page tree only, which is the French one: the
other languages' home pages are its siblings under the root, so their trees would be missing.
"""

from collections import defaultdict

from django.conf import settings
from django.db.models import Q
from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Locale, Page, Site

from home.fallbacks import fallback_ids

X_DEFAULT = "x-default"


class LocalizedSitemap(Sitemap):
    """Every live, public page of every site in every language.

    A constant number of queries whatever the number of pages: one for the pages, one per page
    type (`.specific()`), a few for the sites, locales and view restrictions. Alternates are
    found among the listed pages themselves, so a draft or private translation is never offered.
    """

    # The framework's default; the alternates of a page are looked for on the same sitemap page.
    limit = 50_000

    def items(self):
        roots = Q()
        for site in Site.objects.select_related("root_page"):
            for home in site.root_page.get_translations(inclusive=True):
                roots |= Q(path__startswith=home.path)
        if not roots:
            return Page.objects.none()
        return (
            Page.objects.live()
            .public()
            .filter(roots)
            .order_by("path")
            .defer_streamfields()
            .specific()
        )

    def _urls(self, page, protocol, domain):
        language_codes = dict(Locale.objects.values_list("pk", "language_code"))
        default_language = settings.LANGUAGE_CODE

        entries = []
        by_translation = defaultdict(dict)
        items = self.paginator.page(page).object_list
        fallbacks = fallback_ids(item.pk for item in items)
        for item in items:
            code = language_codes[item.locale_id]
            for url_info in item.get_sitemap_urls(self.request):
                fallback = item.pk in fallbacks
                entries.append((item.translation_key, fallback, url_info))
                # A fallback (home.fallbacks) is listed, but it is no version in its locale's
                # language: never an alternate, and it has none (its canonical is its source).
                if not fallback:
                    by_translation[item.translation_key].setdefault(code, url_info["location"])

        urls = []
        last_mods = set()
        for translation_key, fallback, url_info in entries:
            translations = by_translation[translation_key]
            if len(translations) > 1 and not fallback:
                alternates = [
                    {"lang_code": code, "location": location}
                    for code, location in sorted(translations.items())
                ]
                if default_language in translations:
                    alternates.append(
                        {"lang_code": X_DEFAULT, "location": translations[default_language]}
                    )
                url_info = {**url_info, "alternates": alternates}
            urls.append(url_info)
            last_mods.add(url_info.get("lastmod"))

        if last_mods and None not in last_mods:
            self.latest_lastmod = max(last_mods)
        return urls
