"""Template tags for site-wide navigation: language switcher, main menu, breadcrumbs, footer.

Each tag asks the database once (or not at all when an earlier tag of the same request already
did): the trail from the language's home page to the current page is computed once per request
and shared by the menu and the breadcrumbs.
"""

from django import template
from django.conf import settings
from django.utils.translation import get_language, get_language_info
from wagtail.models import Locale, Page, Site

from home.blocks import HotlineKind
from home.i18n import url_in_language
from home.models import SiteSettings

register = template.Library()


def _live_translations(page):
    """{language code: live page} for `page` and its translations."""
    if not isinstance(page, Page) or not page.pk:
        return {}
    translations = page.get_translations(inclusive=True).live().select_related("locale")
    return {translation.locale.language_code: translation for translation in translations}


def _lang_attributes(page, request=None):
    """The `lang` and `dir` of a fallback's title (home.fallbacks), else ""."""
    from home.templatetags.fallbacks import lang_attributes

    return lang_attributes(page, request)


def _page_or_none(page):
    """The template's `page`, None outside Wagtail pages (an unknown variable renders as "")."""
    return page if isinstance(page, Page) else None


def _site(request):
    return Site.find_for_request(request) if request is not None else None


def _request_cache(request, key, compute):
    """compute() once per request (plain attributes on the request, gone with it)."""
    if request is None:
        return compute()
    cache = request.__dict__.setdefault("_tiwizi_navigation", {})
    if key not in cache:
        cache[key] = compute()
    return cache[key]


def _trail(request, page):
    """(home page of the page's language, [ancestors from that home down to the page's
    parent]). Pages outside a page tree (404, search) get the home page of the active language
    and no ancestors."""

    def compute():
        if isinstance(page, Page) and page.pk and page.path:
            ancestors = list(page.get_ancestors().filter(depth__gte=2))
            if ancestors:
                return ancestors[0], ancestors[1:]
            if page.depth == 2:
                return page, []
        return _home_for_language(request), []

    key = ("trail", getattr(page, "pk", None))
    return _request_cache(request, key, compute)


def _home_for_language(request):
    """The live home page in the active language, else the site's root page."""
    site = _site(request)
    if site is None:
        return None
    root = site.root_page
    code = get_language()
    if root.locale.language_code == code:
        return root
    translation = (
        Page.objects.filter(translation_key=root.translation_key, locale__language_code=code)
        .live()
        .first()
    )
    return translation or root


@register.inclusion_tag("components/language_switcher.html", takes_context=True)
def language_switcher(context, page=None):
    """Links to this page in every language: its translation where one is live; on the site's
    other views (the proposal form, its status page, the forums, search) the same view and query
    in that language; else that language's home page, so switching language never lands on a
    404."""
    request = context.get("request")
    page = _page_or_none(page)
    site = _site(request)
    homes = _live_translations(site.root_page) if site else {}
    pages = _request_cache(
        request, ("translations", getattr(page, "pk", None)), lambda: _live_translations(page)
    )
    # Outside the page tree: this view's own address (query string kept) in each language.
    here = request.get_full_path() if request is not None and page is None else None

    links = []
    for code, _name in settings.LANGUAGES:
        target = pages.get(code) or homes.get(code)
        url = url_in_language(here, code) if here else None
        if url is None:
            url = target.get_url(request) if target else f"/{code}/"
        info = get_language_info(code)
        links.append(
            {
                "code": code,
                "name_local": info["name_local"],
                "bidi": info["bidi"],
                "url": url,
                "current": code == context.get("LANGUAGE_CODE"),
            }
        )
    return {"links": links}


@register.inclusion_tag("components/main_menu.html", takes_context=True)
def main_menu(context, page=None):
    """The live, public children of the language's home page that are shown in menus, then the
    youth groups' entrance, "Propose a project" (the template reverses its address by name, so
    the menu works without the proposals app). The current page is marked
    `aria-current="page"`, the section it belongs to `aria-current="true"`."""
    request = context.get("request")
    page = _page_or_none(page)
    home, _ancestors = _trail(request, page)
    if home is None:
        return {"items": []}
    children = home.get_children().live().public().in_menu().select_related("locale")
    current_path = getattr(page, "path", "") or ""
    items = []
    for child in children:
        if page is not None and child.pk == page.pk:
            current = "page"
        elif current_path.startswith(child.path):
            current = "true"
        else:
            current = None
        items.append(
            {
                "title": child.title,
                "url": child.get_url(request),
                "current": current,
                "lang": _lang_attributes(child, request),
            }
        )
    return {
        "home_url": home.get_url(request),
        "home_current": page is not None and home.pk == page.pk,
        "items": items,
        "path": request.path if request is not None else "",
    }


@register.inclusion_tag("components/breadcrumbs.html", takes_context=True)
def breadcrumbs(context, page=None):
    """From the language's home page down to the current page (nothing on the home page)."""
    request = context.get("request")
    if not isinstance(page, Page):
        return {"crumbs": []}
    home, ancestors = _trail(request, page)
    if home is None or home.pk == page.pk:
        return {"crumbs": []}
    crumbs = [{"title": home.title, "url": home.get_url(request)}]
    crumbs += [
        {"title": a.title, "url": a.get_url(request), "lang": _lang_attributes(a, request)}
        for a in ancestors
    ]
    return {
        "crumbs": crumbs,
        "current": page.title,
        "current_lang": _lang_attributes(page, request),
    }


def hotline_links(site_settings):
    """The hotline numbers, named in the visitor's language by their kind."""
    labels = dict(HotlineKind.choices)
    hotlines = []
    for block in site_settings.hotlines:
        number = block.value["number"]
        hotlines.append(
            {
                "label": labels.get(block.value["kind"], block.value["kind"]),
                "number": number,
                "href": tel_href(number),
            }
        )
    return hotlines


def _footer_pages(request, site_settings):
    """The footer's pages in the visitor's language (two queries for all of them): a live
    translation in the active language, else the chosen page itself if it is live."""
    ids = [block["value"] for block in site_settings.footer_links.raw_data if block.get("value")]
    if not ids:
        return []
    chosen = Page.objects.filter(pk__in=ids).public()
    chosen = {page.pk: page for page in chosen}
    locale = Locale.objects.filter(language_code=get_language()).first()
    translations = {}
    if locale is not None:
        keys = [page.translation_key for page in chosen.values()]
        for page in Page.objects.live().public().filter(translation_key__in=keys, locale=locale):
            translations[page.translation_key] = page
    pages = []
    for pk in ids:
        page = chosen.get(pk)
        if page is None:
            continue
        page = translations.get(page.translation_key) or (page if page.live else None)
        if page is not None:
            pages.append(page)
    return [{"title": page.title, "url": page.get_url(request)} for page in pages]


@register.inclusion_tag("components/site_footer.html", takes_context=True)
def site_footer(context):
    request = context.get("request")
    site = _site(request)
    if site is None:
        return {}
    site_settings = SiteSettings.for_request(request)
    contact = site_settings.localized_contact()
    return {
        "contact": contact,
        "phone_href": tel_href(contact.phone) if contact else "",
        "hotlines": hotline_links(site_settings),
        "links": _footer_pages(request, site_settings),
        "LANGUAGE_CODE": context.get("LANGUAGE_CODE"),
    }


@register.filter
def in_language(url, code=None):
    """A link of a block in the visitor's language: a path of the site's own views written in
    one language ("/fr/propositions/") becomes that view in the active language (or `code`);
    any other address is left as it is."""
    if not url:
        return url
    return url_in_language(str(url), code or get_language()) or url


@register.filter
def tel_href(number):
    """A phone number as written ("05 28 00 00 00", "+212 (0)5…") to a tel: address."""
    if not number:
        return ""
    number = str(number).replace("(0)", "")
    digits = "".join(ch for ch in number if ch.isdigit())
    prefix = "+" if number.strip().startswith("+") else ""
    return f"tel:{prefix}{digits}"
