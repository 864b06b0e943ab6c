"""The data protection officer reads the register of processing in Chromium, in the French and
the Arabic admin: from the menu to the page, its download and its printable copy; zero axe-core
violations on the page and the printable copy."""

import os
from pathlib import Path

import pytest
from playwright.sync_api import expect
from wagtail.users.models import UserProfile

from casework.register import REGISTER_UPDATED
from tests.browser import sign_in
from tests.factories import ensure_casework_setup, ensure_site_tree, make_persona

pytestmark = pytest.mark.browser

AXE = Path(__file__).resolve().parents[2] / "node_modules" / "axe-core" / "axe.min.js"
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
# Where to leave screenshots for a person to look at (unset: none are kept).
SCREENSHOTS = os.environ.get("REGISTER_SCREENSHOTS")

WORDS = {
    "fr": {
        "listening": "Centre d'écoute pour les femmes victimes de violence",
        "first_name": "Prénom",
        "download": "Télécharger XLSX",
    },
    "ar": {
        "listening": "مركز الاستماع للنساء ضحايا العنف",
        "first_name": "الاسم الشخصي",
        "download": "تنزيل XLSX",
    },
}


def axe_violations(page):
    page.evaluate(AXE.read_text())
    result = page.evaluate(
        "async (tags) => await axe.run(document, {runOnly: {type: 'tag', values: tags}})",
        WCAG_TAGS,
    )
    return [(v["id"], [node["target"] for node in v["nodes"]]) for v in result["violations"]]


def shot(page, name):
    if SCREENSHOTS:
        page.screenshot(path=f"{SCREENSHOTS}/{name}.png", full_page=False)


@pytest.mark.parametrize("language", ["fr", "ar"])
def test_the_dpo_reads_downloads_and_prints_the_register(page, live_server, language):
    ensure_site_tree()
    ensure_casework_setup()
    karim = make_persona("dpo")
    profile = UserProfile.get_for_user(karim)
    profile.preferred_language = language
    profile.save()
    words = WORDS[language]

    sign_in(page, live_server.url, karim)
    page.locator('a[href="/admin/casework/register/"]').first.click()
    page.wait_for_url("**/admin/casework/register/")
    expect(page.locator("html")).to_have_attribute("lang", language)
    expect(page.locator("html")).to_have_attribute("dir", "rtl" if language == "ar" else "ltr")
    heading = page.locator("#activity-listening-title")
    expect(heading).to_have_text(words["listening"])
    expect(page.locator("#activity-listening table").first).to_contain_text(words["first_name"])
    shot(page, f"register-{language}")
    page.locator("#activity-listening table").first.scroll_into_view_if_needed()
    shot(page, f"register-fields-{language}")
    assert axe_violations(page) == []

    with page.expect_download() as download:
        page.get_by_role("link", name=words["download"]).click()
    assert download.value.suggested_filename == f"register-of-processing-{REGISTER_UPDATED}.xlsx"

    page.locator('a[href="/admin/casework/register/print/"]').click()
    page.wait_for_url("**/admin/casework/register/print/")
    expect(page.locator("html")).to_have_attribute("lang", language)
    expect(page.locator("#activity-listening-title")).to_have_text(words["listening"])
    page.emulate_media(media="print")
    shot(page, f"register-print-{language}")
    assert axe_violations(page) == []
