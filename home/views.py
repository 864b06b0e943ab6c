"""Public views that are not pages: search, robots.txt, and the files pages offer."""

import unicodedata

from django.conf import settings
from django.core.paginator import Paginator
from django.http import Http404, HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils import translation
from django.utils.cache import patch_cache_control
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_safe
from wagtail import hooks
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import Locale, Page, Site

SEARCH_RESULTS_PER_PAGE = 10
# Longer queries are cut: nobody types more, and the database backend's work grows with it.
MAX_QUERY_LENGTH = 200
FEED_MAX_AGE = 15 * 60


def cache_briefly(response, page):
    """Let browsers and proxies keep a feed or calendar of `page` for a few minutes, unless the
    page sits behind a view restriction (then only the visitor's own browser may)."""
    if page.get_view_restrictions().exists():
        patch_cache_control(response, private=True, max_age=0)
    else:
        patch_cache_control(response, public=True, max_age=FEED_MAX_AGE)
    return response


@require_safe
def page_file(request, path, filename):
    """A routable page's sub-route named like a file (`agenda/calendar.ics`), served as Wagtail
    serves pages: view restrictions and the other serve hooks apply.

    Wagtail's catch-all URL only takes paths made of `[\\w-]+/` segments, so it never reaches
    these routes itself.
    """
    route = Page.route_for_request(request, path)
    if route is None:
        raise Http404
    page = route[0]
    if not isinstance(page, RoutablePageMixin) or request.path != (
        (page.get_url(request) or "") + filename
    ):
        # The path must name the page itself, not one of its other sub-routes.
        raise Http404
    match = page.resolve_subpage("/" + filename)
    args, kwargs = (match.func, match.args, match.kwargs), {}

    def serve_chain(page, request, args, kwargs):
        return page.serve(request, *args, **kwargs)

    on_serve_chain = serve_chain
    for fn in reversed(hooks.get_hooks("on_serve_page")):
        on_serve_chain = fn(on_serve_chain)
    for fn in hooks.get_hooks("before_serve_page"):
        result = fn(page, request, args, kwargs)
        if isinstance(result, HttpResponse):
            return result
    return on_serve_chain(page, request, args, kwargs)


def _searchable_pages(request):
    """Live, public pages of this site in the active language (its home page's tree)."""
    site = Site.find_for_request(request) or Site.objects.filter(is_default_site=True).first()
    locale = Locale.get_active()
    home = site.root_page.get_translation_or_none(locale) if site else None
    if home is None:
        return Page.objects.none()
    return Page.objects.live().public().descendant_of(home, inclusive=True).filter(locale=locale)


def search_terms(query):
    """The words of `query`, punctuation dropped: the SQLite full-text backend passes quotes and
    operators through to FTS5, where a stray `"` is a syntax error. Combining marks stay (Arabic
    vowel signs)."""
    kept = (
        char if char.isalnum() or unicodedata.category(char).startswith("M") else " "
        for char in query
    )
    return " ".join("".join(kept).split())


@require_safe
def search(request):
    """Full-text search of the public pages in the visitor's language.

    Deliberately no `Query.add_hit()`: we keep no record of what visitors search for.
    """
    query = request.GET.get("q", "").strip()[:MAX_QUERY_LENGTH]
    results = None
    if query:
        terms = search_terms(query)
        pages = _searchable_pages(request).search(terms) if terms else Page.objects.none()
        paginator = Paginator(pages, SEARCH_RESULTS_PER_PAGE)
        results = paginator.get_page(request.GET.get("page"))
        # One query per page type for the introductions, not one per result.
        specific = Page.objects.filter(pk__in=[page.pk for page in results]).specific()
        by_pk = {page.pk: page for page in specific}
        results.object_list = [by_pk[page.pk] for page in results if page.pk in by_pk]
    return render(request, "home/search.html", {"query": query, "results": results})


@require_safe
@cache_control(public=True, max_age=60 * 60)
def robots(request):
    search_paths = []
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            search_paths.append(reverse("search"))
    return render(
        request,
        "robots.txt",
        {
            "sitemap_url": request.build_absolute_uri(reverse("sitemap")),
            "search_paths": search_paths,
        },
        content_type="text/plain; charset=utf-8",
    )
