"""The web fonts in a real browser, on the whole demo site: Arabic and Tamazight pages do not jump
when their fonts arrive, and a first visit stays light (the Arabic home page at most 90 KB, no
Arabic or Tifinagh font at all for a French or English page).

The fonts are held back until the page has been drawn, as on a slow phone network, so the page is
first drawn in the fallback fonts; the layout shift is what PerformanceObserver("layout-shift")
reports once the fonts have arrived, on a phone-sized screen. Lighthouse measures the same on a
production-mode server in bench/bench_lighthouse.py.
"""

import gzip

import pytest

from tests.factories import ensure_site_tree

pytestmark = pytest.mark.browser

# Lighthouse's phone (a Moto G Power).
PHONE = {
    "viewport": {"width": 412, "height": 823},
    "device_scale_factor": 1.75,
    "is_mobile": True,
    "has_touch": True,
}
MAX_SHIFT = 0.02
MAX_ARABIC_FIRST_VISIT = 90 * 1024
# Every shift counts: nobody touches the page, yet Chromium driven by Playwright marks some shifts
# "hadRecentInput", which the usual filter would drop.
OBSERVE_SHIFTS = """
window.layoutShift = 0;
new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.layoutShift += entry.value;
}).observe({type: "layout-shift", buffered: true});
"""
# A device whose only font for Arabic and Tifinagh is DejaVu Sans (a Linux desktop without Noto):
# the font stacks of static/css/site.css without the Noto fallbacks, set before the page loads.
ONLY_DEJAVU = """
const onlyDejaVu = new CSSStyleSheet();
onlyDejaVu.replaceSync(`:root {
    --font-arabic: "Tiwizi Arabic", "Tiwizi Arabic DejaVu";
    --font-tifinagh: "Tiwizi Tifinagh", "Tiwizi Tifinagh DejaVu";
}`);
document.adoptedStyleSheets = [onlyDejaVu];
"""
# Production compresses text (WhiteNoise for static files, the reverse proxy for pages); the test
# server does not, so text is counted gzipped, as bench/bench_first_visit.py counts it.
TEXT_TYPES = {"document", "stylesheet", "script"}


@pytest.fixture
def demo_site(live_server, load_demo_data):
    """The whole demo public site, in French, Arabic, Tamazight and English."""
    ensure_site_tree()
    load_demo_data("--only", "site")
    return live_server.url


def open_with_late_fonts(browser, url, device_fonts=None):
    """Open `url` on a phone, hold its fonts back until the page is drawn, then let them in and
    wait until they are in use. Returns (page, names of the font files held, layout shift)."""
    context = browser.new_context(**PHONE, bypass_csp=True)
    page = context.new_page()
    page.add_init_script(OBSERVE_SHIFTS)
    if device_fonts:
        page.add_init_script(device_fonts)
    held, released = [], []

    def hold(route):
        if released:
            route.continue_()
        else:
            held.append(route)

    page.route("**/*.woff2", hold)
    page.goto(url, wait_until="domcontentloaded")
    page.wait_for_function("performance.getEntriesByName('first-contentful-paint').length > 0")
    page.wait_for_timeout(200)
    released.append(True)
    for route in held:
        route.continue_()
    page.evaluate("document.fonts.ready.then(() => true)")
    # The fonts are drawn at the next frames; the observer is called back a while after.
    for _ in range(10):
        page.evaluate("new Promise((done) => requestAnimationFrame(() => setTimeout(done, 100)))")
    names = {route.request.url.rsplit("/", 1)[-1].split(".")[0] for route in held}
    return page, names, page.evaluate("window.layoutShift")


@pytest.mark.parametrize(
    ("device", "device_fonts"),
    [("a phone with Noto (Android)", None), ("a desktop with only DejaVu Sans", ONLY_DEJAVU)],
)
def test_arabic_and_tamazight_pages_do_not_jump_when_their_fonts_arrive(
    browser, demo_site, device, device_fonts
):
    for path, fonts, family in [
        ("/ar/", {"arabic", "arabic-bold"}, "Tiwizi Arabic"),
        ("/zgh/", {"tifinagh"}, "Tiwizi Tifinagh"),
    ]:
        page, held, shift = open_with_late_fonts(browser, demo_site + path, device_fonts)
        # The page asked for its fonts before they were let in, and now draws with them.
        assert fonts <= held, (path, held)
        loaded = page.evaluate(
            "(family) => [...document.fonts].filter("
            "(face) => face.family.replaceAll('\"', '') === family && face.status === 'loaded'"
            ").length",
            family,
        )
        assert loaded, (path, family)
        assert shift <= MAX_SHIFT, f"{path} on {device}: layout shift {shift:.3f}"
        page.context.close()


def first_visit(browser, url):
    """Bytes a first visit transfers (text gzipped) and the font files it fetched."""
    context = browser.new_context(**PHONE)
    page = context.new_page()
    responses = []
    page.on("response", lambda response: responses.append(response))
    page.goto(url, wait_until="networkidle")
    page.evaluate("document.fonts.ready.then(() => true)")
    total, fonts = 0, set()
    for response in responses:
        sizes = response.request.sizes()
        body = sizes["responseBodySize"]
        if response.request.resource_type in TEXT_TYPES:
            body = len(gzip.compress(response.body(), 9))
        if response.request.resource_type == "font":
            fonts.add(response.url.rsplit("/", 1)[-1].split(".")[0])
        total += body + sizes["responseHeadersSize"]
    context.close()
    return total, fonts


def test_a_first_visit_is_light_and_fetches_only_the_fonts_of_the_pages_language(
    browser, demo_site
):
    total, fonts = first_visit(browser, demo_site + "/ar/")
    assert fonts == {"arabic", "arabic-bold"}
    assert total <= MAX_ARABIC_FIRST_VISIT, f"/ar/ first visit {total / 1024:.1f} KB"

    assert first_visit(browser, demo_site + "/zgh/")[1] == {"tifinagh"}
    # The switcher's "العربيّة" and "ⵜⴰⵎⴰⵣⵉⵖⵜ" and the brand ⵜⵉⵡⵉⵣⵉ are on every page: the
    # system's fonts write them (this machine has Noto Sans Tifinagh, as Android has).
    for path in ("/fr/", "/en/"):
        assert first_visit(browser, demo_site + path)[1] == set(), path
