"""The Content-Security-Policy in real Chromium: the public site in its four languages and the
admin's main screens (dashboard, a StreamField page's editor with the image chooser open, the
images, casework's listing, a case and its session form, youth proposals, the two-step pages, the
lockout page) run without a single violation reported by the browser.

The page tree is the demo site (`load_demo_data --only site`); the staff are the demo personas,
their admin in French. Run with `-s` to see the count of every page.
"""

import pytest
from django.conf import settings
from playwright.sync_api import expect
from wagtail.models import Locale
from wagtail.users.models import UserProfile

from accounts.twofactor import current_code
from home.models import EventPage, NewsArticlePage, ServicePage, StandardPage
from tests.factories import (
    PASSWORD,
    CaseFactory,
    confirmed_totp_device,
    ensure_casework_setup,
    ensure_site_tree,
    make_persona,
    service,
)

pytestmark = pytest.mark.browser

# Runs in every document before its own scripts, whatever the page's policy says.
RECORD_VIOLATIONS = """
window.__cspViolations = [];
document.addEventListener("securitypolicyviolation", (event) => {
    window.__cspViolations.push(
        `${event.effectiveDirective} blocked ${event.blockedURI || "inline"} ` +
        `at ${event.sourceFile}:${event.lineNumber}`
    );
});
"""


class ViolationRecorder:
    """Every page visited, and the violations Chromium reported on each (its console messages,
    and the securitypolicyviolation events that say what was blocked)."""

    def __init__(self, browser):
        self.browser = browser
        self.context = None
        self.counts = {}
        self.details = {}
        self.current = None
        # What Chromium says of the Permissions-Policy header (an unknown feature, say).
        self.header_errors = []

    def new_visitor(self):
        """A fresh browser profile: no cookies, nobody signed in."""
        if self.context is not None:
            self.context.close()
        self.context = self.browser.new_context()
        self.context.add_init_script(RECORD_VIOLATIONS)
        self.page = self.context.new_page()
        self.page.on("console", self._console)
        return self.page

    def _console(self, message):
        if "Permissions-Policy" in message.text or "Permissions Policy" in message.text:
            self.header_errors.append(f"{self.current}: {message.text[:200]}")
        if self.current and "Content Security Policy" in message.text:
            self.counts[self.current] += 1
            self.details[self.current].append(message.text[:300])

    def start(self, label):
        self.current = label
        self.counts.setdefault(label, 0)
        self.details.setdefault(label, [])

    def visit(self, label, url):
        self.start(label)
        response = self.page.goto(url)
        assert response.ok, f"{label}: HTTP {response.status}"
        self.settle()
        return response

    def settle(self):
        self.page.wait_for_load_state("networkidle")
        self.page.wait_for_timeout(300)
        events = self.page.evaluate("window.__cspViolations || []")
        self.details[self.current] += [f"event: {event}" for event in events]
        # An event the console did not report still counts.
        self.counts[self.current] = max(self.counts[self.current], len(events))

    def report(self):
        for label, count in self.counts.items():
            print(f"{count:3d} CSP violations  {label}")
            for detail in self.details[label] if count else ():
                print(f"      {detail[:200]}")
        return {label: self.details[label] for label, count in self.counts.items() if count}


def in_french(user):
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "fr"
    profile.save()
    return user


def sign_in(recorder, base, user, label):
    """The admin's sign-in page, then the second step when the user needs one."""
    page = recorder.page
    recorder.visit(f"sign-in page ({label})", f"{base}/admin/login/")
    page.fill("#id_username", user.username)
    page.fill("#id_password", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_load_state("networkidle")
    if "/admin/two-factor/verify/" in page.url:
        recorder.start(f"two-step verification page ({label})")
        recorder.settle()
        page.fill("#id_otp_token", current_code(confirmed_totp_device(user)))
        page.click("button[type=submit]")
    page.wait_for_url(f"{base}/admin/")
    recorder.start(f"dashboard ({label})")
    recorder.settle()


@pytest.fixture
def site(live_server, load_demo_data):
    """The demo site, the communications editor, and the listening centre's caseworker with one
    case; the youth officer."""
    ensure_site_tree()
    load_demo_data("--only", "site")
    ensure_casework_setup()
    editor = in_french(make_persona("editor"))
    caseworker = in_french(make_persona("cw-listening"))
    confirmed_totp_device(caseworker)
    youth_officer = in_french(make_persona("youth-officer"))
    case = CaseFactory(service=service("listening"), owner=caseworker)
    return {
        "url": live_server.url,
        "editor": editor,
        "caseworker": caseworker,
        "youth_officer": youth_officer,
        "case": case,
    }


def public_pages():
    locales = {code: Locale.objects.get(language_code=code) for code in ("fr", "ar", "zgh", "en")}
    pages = [("home fr", "/fr/"), ("home ar", "/ar/"), ("home zgh", "/zgh/"), ("home en", "/en/")]
    for model, codes in (
        (StandardPage, ("fr", "ar", "en")),
        (NewsArticlePage, ("fr", "ar")),
        (EventPage, ("fr", "ar")),
        (ServicePage, ("fr", "ar", "zgh")),
    ):
        french = model.objects.live().filter(locale=locales["fr"]).first()
        for code in codes:
            translated = french.get_translation_or_none(locales[code])
            if translated is not None and translated.live:
                pages.append((f"{model.__name__} {code}", translated.get_url()))
    pages += [
        ("search fr", "/fr/search/?q=centre"),
        ("search ar", "/ar/search/?q=%D9%85%D8%B1%D9%83%D8%B2"),
        ("youth proposal form fr", "/fr/propositions/"),
        ("youth proposal form ar", "/ar/propositions/"),
    ]
    return pages


def open_image_chooser(recorder, base, page_id):
    """A StreamField page's editor, then the image chooser of its first image field."""
    page = recorder.page
    recorder.visit("page editor of a StreamField page", f"{base}/admin/pages/{page_id}/edit/")
    recorder.start("image chooser in the page editor")
    # The block menu of the first StreamField, then an image block, whose chooser opens.
    page.locator("[data-streamfield-list-container] button[title], .c-sf-add-button").first.click()
    recorder.settle()
    page.get_by_role("option", name="Image").first.click()
    recorder.settle()
    page.locator("[data-chooser-action-choose]:visible").last.click()
    expect(page.locator(".modal-dialog")).to_be_visible()
    recorder.settle()


def a_photo(directory):
    from PIL import Image

    path = directory / "fontaine.jpg"
    Image.new("RGB", (640, 480), (200, 120, 40)).save(path)
    return path


def test_no_page_of_the_site_or_the_admin_breaks_its_content_security_policy(
    browser, site, tmp_path
):
    base = site["url"]
    recorder = ViolationRecorder(browser)
    recorder.new_visitor()
    for label, path in public_pages():
        recorder.visit(label, base + path)

    recorder.new_visitor()
    sign_in(recorder, base, site["editor"], "editor")
    standard = StandardPage.objects.live().filter(locale__language_code="fr").first()
    open_image_chooser(recorder, base, standard.pk)
    recorder.visit("images", f"{base}/admin/images/")
    recorder.visit("image upload", f"{base}/admin/images/multiple/add/")
    recorder.page.set_input_files("#fileupload", str(a_photo(tmp_path)))
    expect(recorder.page.locator("#upload-list .upload-success")).to_be_visible()
    recorder.settle()
    recorder.visit("page explorer", f"{base}/admin/pages/{standard.get_parent().pk}/")

    recorder.new_visitor()
    case = site["case"]
    sign_in(recorder, base, site["caseworker"], "caseworker")
    recorder.visit("case listing", f"{base}/admin/casework/cases/")
    recorder.visit("case page", f"{base}/admin/casework/cases/inspect/{case.pk}/")
    recorder.start("new session form")
    recorder.page.get_by_role("link", name="Nouvelle séance").click()
    recorder.settle()
    recorder.visit("two-step verification settings (passkeys)", f"{base}/admin/two-factor/")

    recorder.new_visitor()
    sign_in(recorder, base, site["youth_officer"], "youth officer")
    recorder.visit("youth proposals admin", f"{base}/admin/proposals/")

    page = recorder.new_visitor()
    recorder.visit("sign-in page (lockout)", f"{base}/admin/login/")
    for _attempt in range(settings.LOGIN_FAILURE_LIMIT):
        page.fill("#id_username", "editor")
        page.fill("#id_password", "not the password")
        page.click("button[type=submit]")
        page.wait_for_load_state("networkidle")
    recorder.start("lockout page")
    recorder.settle()
    expect(page.locator("h1")).to_be_visible()
    recorder.context.close()

    violations = recorder.report()
    assert len(recorder.counts) >= 25
    assert violations == {}
    assert recorder.header_errors == []
