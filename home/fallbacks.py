"""No empty language: a page not yet translated into a locale is there anyway, as a fallback.

The fallback is a wagtail-localize alias: a real page in the locale's tree, kept in step with its
source by Wagtail (published, updated and unpublished with it), so that locale's menus, listings,
feeds, iCal, search and sitemap include it without asking. "Translate this page" in the admin
turns the alias into the translation at the same address; until that translation is published the
page still shows the source's content, so it stays marked as a fallback (`source_of`).

wagtail-localize's own LocaleSynchronization copies one locale into another and only for pages
created in the admin; here every published page reaches every locale, whatever its language (a
youth group's project page written in Arabic reaches the French site too) and however it was
published (the admin, code, the scheduled publishing command).
"""

from django.conf import settings
from django.db import transaction
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale, Page


def fill_locales(page):
    """Give a live page a fallback in every locale that has no version of it yet."""
    if page.alias_of_id or not page.live or page.depth < 2:
        return
    present = set(
        Page.objects.filter(translation_key=page.translation_key).values_list("locale", flat=True)
    )
    for locale in Locale.objects.exclude(pk__in=present):
        with transaction.atomic():
            # Parents without a version in that locale get an alias too (copy_parents).
            alias = page.copy_for_translation(locale, copy_parents=True, alias=True)
            for mirrored in [alias, *alias.get_ancestors().filter(alias_of__isnull=False)]:
                sync_view_restrictions(Page.objects.get(pk=mirrored.alias_of_id), mirrored)


def sync_view_restrictions(source, alias):
    """The alias is as private as its source: a password or a group on the French page holds on
    its fallbacks (an alias sits in another tree, so the source's restriction does not reach
    it)."""
    from wagtail.models import PageViewRestriction

    PageViewRestriction.objects.filter(page=alias).delete()
    for restriction in PageViewRestriction.objects.filter(page=source):
        groups = list(restriction.groups.all())
        restriction.pk = None
        restriction.id = None
        restriction.page = alias
        restriction.save()
        restriction.groups.set(groups)


def on_view_restriction_changed(sender, instance, **kwargs):
    """Signal handler (home.apps): a restriction set on or taken off a page holds on its
    fallbacks at once."""
    page = Page.objects.filter(pk=instance.page_id).first()
    if page is None:
        return
    for alias in Page.objects.filter(alias_of=page):
        sync_view_restrictions(page, alias)


def fill_every_locale():
    """fill_locales() for every live page, parents first: what a site that had pages before this
    module (or the demo) runs once. A second run changes nothing."""
    pages = Page.objects.live().filter(depth__gte=2, alias_of__isnull=True).order_by("path")
    for page in pages.specific().iterator():
        fill_locales(page)


def _shows_another(pk, alias_of, live, live_object, latest_revision):
    if alias_of:
        return True
    if not live:
        return False
    if live_object is None:
        # A converted alias (aliases have no revisions) whose translation is still a draft.
        return latest_revision is not None
    # A converted alias updated by its source since it was made keeps the source's revision.
    return live_object != str(pk)


def fallback_ids(pks):
    """The pages among `pks` that are fallbacks (an alias, or a converted alias whose
    translation was never published), in one query: what the sitemap, the `hreflang` alternates
    and the Translations report ask of many pages at once."""
    rows = Page.objects.filter(pk__in=list(pks)).values_list(
        "pk", "alias_of", "live", "live_revision__object_id", "latest_revision"
    )
    return {row[0] for row in rows if _shows_another(*row)}


def source_of(page):
    """The page whose content `page` shows when `page` is a fallback (an alias, or an alias being
    translated whose translation is not published yet), else None."""
    if not isinstance(page, Page) or not page.pk:
        return None
    seen = set()
    current = page
    while current.alias_of_id and current.alias_of_id not in seen:
        seen.add(current.alias_of_id)
        current = Page.objects.select_related("locale").get(pk=current.alias_of_id)
    if current is not page:
        return current
    if page.live and page.has_unpublished_changes and page.pk in fallback_ids([page.pk]):
        # "Translate this page" turned the alias into a draft translation: until that draft is
        # published, what the visitor reads is still the mirrored source (aliases have no
        # revisions, so no live one either; a page published the usual way has one).
        from wagtail_localize.models import Translation

        translation = (
            Translation.objects.filter(
                source__object_id=page.translation_key, target_locale_id=page.locale_id
            )
            .select_related("source")
            .first()
        )
        if translation is not None:
            return (
                Page.objects.select_related("locale")
                .filter(
                    translation_key=page.translation_key, locale_id=translation.source.locale_id
                )
                .first()
            )
    return None


def content_language(page, cache=None):
    """The language code of what a fallback shows, or "" for a page in its own language.
    Cheap for listings: no query for a page in its own language, and with `cache` (a dict kept
    for one request) one per source, not one per card."""
    if not isinstance(page, Page) or not page.pk:
        return ""
    cache = {} if cache is None else cache
    if page.alias_of_id and page.alias_of_id not in cache and page.path:
        # A listing's cards are siblings: the sources of all of them in one query.
        siblings = Page.objects.filter(
            path__startswith=page.path[: -Page.steplen], depth=page.depth, alias_of__isnull=False
        ).values("alias_of")
        sources = Page.objects.filter(pk__in=siblings, alias_of__isnull=True).values_list(
            "pk", "locale_id", "locale__language_code"
        )
        for pk, locale_id, code in sources:
            cache[pk] = (locale_id, code)
    known = cache.get(page.alias_of_id) if page.alias_of_id else None
    if known is None:
        source = source_of(page)
        if source is None:
            return ""
        known = (source.locale_id, source.locale.language_code)
        if page.alias_of_id == source.pk:
            cache[source.pk] = known
    locale_id, code = known
    return "" if locale_id == page.locale_id else code


# Whole sentences, one per language, so that each translation can follow its own grammar ("en
# arabe", "بالعربية").
NOT_YET_IN = {
    "fr": _("This page is not yet available in French."),
    "ar": _("This page is not yet available in Arabic."),
    "zgh": _("This page is not yet available in Tamazight."),
    "en": _("This page is not yet available in English."),
}
SHOWN_IN = {
    "fr": _("Here is its French version."),
    "ar": _("Here is its Arabic version."),
    "zgh": _("Here is its Tamazight version."),
    "en": _("Here is its English version."),
}


def notice(page):
    """What a fallback page tells the visitor, in the visitor's language, and the language of
    what follows; None for a page in its own language."""
    code = content_language(page)
    if not code:
        return None
    return {
        "not_yet": NOT_YET_IN.get(page.locale.language_code, ""),
        "shown_in": SHOWN_IN.get(code, ""),
        "code": code,
        "dir": "rtl" if code in settings.LANGUAGES_BIDI else "ltr",
    }


class Status:
    """The state of a page in one locale, as the admin's Translations report shows it."""

    TRANSLATED = "translated"
    FALLBACK = "fallback"
    MISSING = "missing"
    SOURCE = "source"


def translation_states(source_pages, locales):
    """{source page id: {locale id: Status}} for non-alias pages, in a few queries."""
    keys = {page.translation_key for page in source_pages}
    rows = list(
        Page.objects.filter(translation_key__in=keys).values_list(
            "translation_key",
            "locale",
            "pk",
            "alias_of",
            "live",
            "live_revision__object_id",
            "latest_revision",
        )
    )
    versions = {}
    for key, locale, *row in rows:
        state = Status.FALLBACK if _shows_another(*row) else Status.TRANSLATED
        versions[(key, locale)] = (row[0], state)
    states = {}
    for page in source_pages:
        row = {}
        for locale in locales:
            pk, state = versions.get((page.translation_key, locale.pk), (None, Status.MISSING))
            row[locale.pk] = Status.SOURCE if pk == page.pk else state
        states[page.pk] = row
    return states


def report_rows():
    """One page per translation key (its first non-alias version): the rows of the report."""
    from django.db.models import Min

    firsts = (
        Page.objects.filter(alias_of__isnull=True, depth__gte=2)
        .values("translation_key")
        .annotate(first=Min("pk"))
        .values("first")
    )
    return Page.objects.filter(pk__in=firsts).select_related("locale").order_by("path")


def on_page_published(sender, instance, alias=False, **kwargs):
    """Signal handler (home.apps): a page just published reaches every locale."""
    if not alias:
        fill_locales(instance)
