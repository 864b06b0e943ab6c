"""The home page in a real browser: language, direction, no outside request, no axe violation."""

from pathlib import Path
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

AXE = Path(__file__).resolve().parents[2] / "node_modules" / "axe-core" / "axe.min.js"
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
HEADINGS = {
    "fr": "Bienvenue à Belfaa",
    "ar": "مرحبا بكم في بلفاع",
    "zgh": "ⴰⵏⵙⵓⴼ ⵖⵔ ⴱⵍⴼⴰⵄ",
    "en": "Welcome to Belfaa",
}


@pytest.fixture
def site_url(live_server, public_site):
    return live_server.url


def record_hosts(page):
    hosts = set()
    page.on("request", lambda request: hosts.add(urlsplit(request.url).netloc))
    return hosts


@pytest.mark.parametrize(
    ("code", "direction", "heading"),
    [("fr", "ltr", HEADINGS["fr"]), ("ar", "rtl", HEADINGS["ar"])],
)
def test_home_page_opens_in_its_language_and_direction_without_outside_requests(
    page, site_url, code, direction, heading
):
    hosts = record_hosts(page)
    page.goto(f"{site_url}/{code}/")
    page.wait_for_load_state("networkidle")

    assert page.locator("html").get_attribute("lang") == code
    assert page.locator("html").get_attribute("dir") == direction
    assert page.evaluate("getComputedStyle(document.body).direction") == direction
    assert page.locator("h1").inner_text() == heading
    assert hosts == {urlsplit(site_url).netloc}


def test_language_switcher_takes_the_visitor_to_the_arabic_page(page, site_url):
    page.goto(f"{site_url}/fr/")
    page.get_by_role("navigation", name="Langue").get_by_role("link", name="العربيّة").click()
    page.wait_for_url(f"{site_url}/ar/")
    assert page.locator("html").get_attribute("dir") == "rtl"


def test_skip_link_is_the_first_stop_of_the_keyboard_and_moves_focus_to_main(page, site_url):
    page.goto(f"{site_url}/fr/")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent") == "Aller au contenu"
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"


@pytest.mark.parametrize("code", ["fr", "ar", "zgh", "en"])
def test_home_page_has_no_accessibility_violations(page, site_url, code):
    response = page.goto(f"{site_url}/{code}/")
    # The home page with its content: an empty or error page would pass axe as well.
    assert response.ok
    expect(page.locator("main h1")).to_have_text(HEADINGS[code])
    # Run as the test's own code: the site's Content-Security-Policy rightly refuses an added
    # <script> element.
    page.evaluate(AXE.read_text())
    result = page.evaluate(
        "async (tags) => await axe.run(document, {runOnly: {type: 'tag', values: tags}})",
        WCAG_TAGS,
    )
    violations = [
        (v["id"], v["help"], [node["target"] for node in v["nodes"]]) for v in result["violations"]
    ]
    assert violations == []
