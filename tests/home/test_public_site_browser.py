"""The public site in a real browser: every page type in French and Arabic (and the Tamazight home
page) with the right language and direction, landmarks, zero axe-core violations and nothing asked
of any other host; the quick exit of sensitive pages, with and without JavaScript; the keyboard.

Page trees: `demo_site` is the whole demo (`load_demo_data --only site`); `services` is
`public_site`'s home page in four languages → a sensitive "Centre d'écoute" and an ordinary
"Centre d'accueil de jour", both in the menu, with the exit address set to a host the tests
intercept, so nothing leaves the machine.
"""

from pathlib import Path
from urllib.parse import urlsplit

import pytest
from django.utils import translation
from playwright.sync_api import expect
from wagtail.models import Locale

from demo.site import PUBLIC_PAGE_TYPES as ALL_PAGE_TYPES
from home.models import ServicePage, SiteSettings
from tests.factories import ServicePageFactory, ensure_site_tree

pytestmark = pytest.mark.browser

AXE = Path(__file__).resolve().parents[2] / "node_modules" / "axe-core" / "axe.min.js"
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]

DESKTOP = {"width": 1280, "height": 720}
PHONE = {"width": 360, "height": 740}

EXIT_URL = "https://meteo.example/belfaa"
NEUTRAL_PAGE = "<!DOCTYPE html><html lang='fr'><title>Météo</title><h1>Météo à Belfaa</h1></html>"

# Service pages are picked apart: one sensitive, one not.
PAGE_TYPES = [model for model in ALL_PAGE_TYPES if model is not ServicePage]


def in_language(code, message):
    """An interface string as a visitor in that language reads it."""
    with translation.override(code):
        return translation.gettext(message)


def path_of(page):
    return urlsplit(page.get_url()).path


def keep_to(page, server_url):
    """Let requests to the live server through and refuse every other one; returns the set of
    hosts the page asked for."""
    server = urlsplit(server_url).netloc
    hosts = set()

    def handle(route):
        host = urlsplit(route.request.url).netloc
        hosts.add(host)
        if host == server:
            route.continue_()
        else:
            route.abort()

    page.route("**/*", handle)
    return hosts


def serve_the_neutral_site(page):
    """Answer for the exit host; returns the requests it received."""
    requests = []

    def handle(route):
        requests.append(route.request)
        route.fulfill(status=200, content_type="text/html; charset=utf-8", body=NEUTRAL_PAGE)

    page.route(f"{EXIT_URL}**", handle)
    return requests


def axe_violations(page):
    # Run as the test's own code: the site's Content-Security-Policy rightly refuses an added
    # <script> element.
    page.evaluate(AXE.read_text())
    result = page.evaluate(
        "async (tags) => await axe.run(document, {runOnly: {type: 'tag', values: tags}})",
        WCAG_TAGS,
    )
    return result["violations"]


def problems_of(page, code, *, search=False):
    """What a visitor, a screen reader or a search engine would find wrong on the open page."""
    problems = []
    direction = "rtl" if code == "ar" else "ltr"
    html = page.locator("html")
    if html.get_attribute("lang") != code:
        problems.append(f"lang is {html.get_attribute('lang')!r}")
    if html.get_attribute("dir") != direction:
        problems.append(f"dir is {html.get_attribute('dir')!r}")
    computed = page.evaluate("getComputedStyle(document.body).direction")
    if computed != direction:
        problems.append(f"text runs {computed}")
    if (headings := page.locator("h1").count()) != 1:
        problems.append(f"{headings} h1 headings")
    for role in ("banner", "navigation", "main", "contentinfo"):
        if page.get_by_role(role).count() == 0:
            problems.append(f"no {role} landmark")
    if page.get_by_role("main").count() > 1:
        problems.append("more than one main landmark")
    title = page.title().removesuffix("· Tiwizi").strip()
    if not title:
        problems.append("empty title")
    description = page.locator("meta[name=description]")
    if search:
        # Search results are kept out of search engines; they need no description.
        if page.locator("meta[name=robots][content=noindex]").count() != 1:
            problems.append("search results not marked noindex")
    elif description.count() != 1 or not description.get_attribute("content").strip():
        problems.append("no meta description")
    for violation in axe_violations(page):
        targets = [node["target"] for node in violation["nodes"]][:3]
        problems.append(f"axe {violation['id']}: {violation['help']} {targets}")
    return problems


@pytest.fixture
def demo_site(live_server, load_demo_data):
    """The whole demo public site, in French, Arabic, Tamazight and English."""
    ensure_site_tree()
    load_demo_data("--only", "site")
    return live_server.url


@pytest.fixture
def services(live_server, public_site):
    """A sensitive and an ordinary service page under the French home page, and the site
    settings that give the exit address and the hotlines."""
    settings = SiteSettings.for_site(public_site)
    settings.exit_url = EXIT_URL
    settings.hotlines = [("hotline", {"kind": "listening_centre", "number": "0800 00 00 00"})]
    settings.save()
    home = public_site.root_page
    listening = ServicePageFactory(
        parent=home,
        title="Centre d'écoute",
        slug="centre-d-ecoute",
        sensitive=True,
        show_in_menus=True,
    )
    day_centre = ServicePageFactory(
        parent=home, title="Centre d'accueil de jour", slug="centre-de-jour", show_in_menus=True
    )
    return {
        "home": live_server.url + path_of(home),
        "listening": live_server.url + path_of(listening),
        "day_centre": live_server.url + path_of(day_centre),
        "arabic_home": live_server.url + "/ar/",
    }


def test_every_page_type_in_the_four_languages_passes_axe_and_stays_on_this_server(page, demo_site):
    french = Locale.objects.get(language_code="fr")
    pages = [model.objects.live().filter(locale=french).first() for model in PAGE_TYPES]
    services = ServicePage.objects.live().filter(locale=french)
    pages += [services.filter(sensitive=True).first(), services.filter(sensitive=False).first()]
    assert None not in pages, "the demo site lacks a page type"

    # Every page type in every language: its translation, or its marked fallback.
    urls = []
    for code in ("fr", "ar", "zgh", "en"):
        locale = Locale.objects.get(language_code=code)
        urls += [(code, path_of(french_page.get_translation(locale))) for french_page in pages]
    urls += [("fr", "/fr/search/?q=centre"), ("ar", "/ar/search/?q=%D9%85%D8%B1%D9%83%D8%B2")]

    hosts = keep_to(page, demo_site)
    failures = {}
    broken = []
    page.on("response", lambda response: response.ok or broken.append(response.url))
    for code, path in urls:
        # French on a desktop screen, the other languages on a cheap phone's: both layouts.
        page.set_viewport_size(DESKTOP if code == "fr" else PHONE)
        response = page.goto(demo_site + path)
        problems = [] if response.ok else [f"HTTP {response.status}"]
        problems += problems_of(page, code, search="/search/" in path)
        if "/search/" in path and page.locator(".search-results li").count() == 0:
            problems.append("no search results")
        if problems:
            failures[path] = problems

    assert not failures, "\n".join(f"{path}: {problems}" for path, problems in failures.items())
    assert broken == []
    assert hosts == {urlsplit(demo_site).netloc}


def test_the_quick_exit_leaves_a_sensitive_page_with_the_keyboard(page, services):
    keep_to(page, services["home"])
    exits = serve_the_neutral_site(page)
    page.goto(services["home"])
    page.goto(services["listening"])
    expect(page.get_by_text(in_language("fr", "Press Esc twice to leave quickly."))).to_be_visible()

    page.keyboard.press("Escape")
    page.keyboard.press("Escape")
    page.wait_for_url(EXIT_URL)
    expect(page.get_by_role("heading", name="Météo à Belfaa")).to_be_visible()
    # The sensitive page was replaced in the history: Back goes to the page before it.
    page.go_back()
    assert page.url == services["home"]

    page.goto(services["listening"])
    page.get_by_role("link", name=in_language("fr", "Leave this page")).click()
    page.wait_for_url(EXIT_URL)
    page.go_back()
    assert page.url == services["home"]

    assert len(exits) == 2
    assert all("referer" not in request.headers for request in exits)


def test_a_single_escape_does_not_leave_the_page(page, services):
    keep_to(page, services["home"])
    exits = serve_the_neutral_site(page)
    page.goto(services["listening"])
    # The sensitive page, with the script that answers Escape at work (it shows the hint).
    expect(page.get_by_role("heading", level=1)).to_have_text("Centre d'écoute")
    expect(page.get_by_text(in_language("fr", "Press Esc twice to leave quickly."))).to_be_visible()
    page.keyboard.press("Escape")
    page.wait_for_timeout(1600)
    page.keyboard.press("Escape")
    page.wait_for_timeout(300)
    assert page.url == services["listening"]
    assert exits == []


def test_the_quick_exit_works_without_javascript(browser, services):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    keep_to(page, services["home"])
    exits = serve_the_neutral_site(page)
    page.goto(services["listening"])

    leave = page.get_by_role("link", name=in_language("fr", "Leave this page"))
    expect(leave).to_be_visible()
    expect(leave).to_be_in_viewport()
    assert leave.get_attribute("href") == EXIT_URL
    assert "noreferrer" in leave.get_attribute("rel").split()
    # The Escape hint is only true with the script; without it, it stays hidden.
    expect(page.get_by_text(in_language("fr", "Press Esc twice to leave quickly."))).to_be_hidden()

    leave.click()
    page.wait_for_url(EXIT_URL)
    expect(page.get_by_role("heading", name="Météo à Belfaa")).to_be_visible()
    assert len(exits) == 1
    assert "referer" not in exits[0].headers
    context.close()


def test_a_non_sensitive_service_page_has_no_exit(page, services):
    keep_to(page, services["home"])
    exits = serve_the_neutral_site(page)
    page.goto(services["day_centre"])

    expect(page.get_by_role("heading", level=1)).to_have_text("Centre d'accueil de jour")
    assert page.get_by_role("link", name=in_language("fr", "Leave this page")).count() == 0
    assert page.locator(f"a[href='{EXIT_URL}']").count() == 0
    page.keyboard.press("Escape")
    page.keyboard.press("Escape")
    page.wait_for_timeout(300)
    assert page.url == services["day_centre"]
    assert exits == []


def test_the_first_tab_reaches_the_skip_link_then_the_exit_on_a_sensitive_page(page, services):
    keep_to(page, services["home"])
    page.goto(services["listening"])

    page.keyboard.press("Tab")
    skip = page.get_by_role("link", name=in_language("fr", "Skip to content"))
    expect(skip).to_be_focused()
    expect(skip).to_be_in_viewport()
    page.keyboard.press("Tab")
    expect(page.get_by_role("link", name=in_language("fr", "Leave this page"))).to_be_focused()


FOCUSED = """() => {
    const element = document.activeElement;
    if (element === document.body || element === null) {
        return null;
    }
    const style = getComputedStyle(element);
    const box = element.getBoundingClientRect();
    // Is some of it on screen and not under something else (the sticky quick exit)?
    const points = [
        [box.left + box.width / 2, box.top + box.height / 2],
        [box.left + 2, box.top + 2], [box.right - 2, box.top + 2],
        [box.left + 2, box.bottom - 2], [box.right - 2, box.bottom - 2],
    ];
    const seen = points.some(([x, y]) => {
        const hit = document.elementFromPoint(x, y);
        return hit !== null && (element.contains(hit) || hit.contains(element));
    });
    return {
        element: element.outerHTML.slice(0, 100),
        outline: style.outlineStyle === "none" ? 0 : parseFloat(style.outlineWidth),
        ring: [style.outlineStyle, style.outlineWidth, style.outlineColor, style.boxShadow].join(" "),
        seen: seen,
    };
}"""

LOOK_OF = """(html) => {
    const element = [...document.querySelectorAll("*")].find(
        (e) => e.outerHTML.slice(0, 100) === html);
    const style = getComputedStyle(element);
    return [style.outlineStyle, style.outlineWidth, style.outlineColor, style.boxShadow].join(" ");
}"""


def walk_with(page, key):
    """Press `key` until the focus comes round again; what a keyboard user saw at each stop."""
    failures, reached, previous = [], [], None
    for _stop in range(150):
        page.keyboard.press(key)
        focused = page.evaluate(FOCUSED)
        if focused is None or (reached and focused["element"] == reached[0]):
            break
        reached.append(focused["element"])
        if focused["outline"] < 2:
            failures.append(("no focus ring", focused["element"], focused["ring"]))
        if not focused["seen"]:
            failures.append(("hidden when focused", focused["element"]))
        # The ring goes when the focus moves on: it shows the focus, not the element.
        if previous is not None and page.evaluate(LOOK_OF, previous["element"]) == previous["ring"]:
            failures.append(("same look focused or not", previous["element"]))
        previous = focused
    return reached, failures


# The French sensitive page (quick exit, hotlines, menu, footer) and the Arabic home page (right
# to left); the service pages of this tree exist in French only.
@pytest.mark.parametrize("page_name", ["listening", "arabic_home"])
def test_every_element_the_keyboard_reaches_shows_where_the_focus_is_and_stays_in_sight(
    page, services, page_name
):
    # Visitors who ask for less motion get instant scrolling; the test reads the page at once.
    page.emulate_media(reduced_motion="reduce")
    keep_to(page, services["home"])
    page.goto(services[page_name])

    forward, failures = walk_with(page, "Tab")
    # Back up the page: the sticky quick exit must not cover what gets the focus.
    backward, failures_back = walk_with(page, "Shift+Tab")

    assert len(forward) >= 8
    assert len(backward) >= len(forward) - 1
    assert failures + failures_back == []
