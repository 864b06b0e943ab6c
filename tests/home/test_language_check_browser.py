"""The language check in a real browser, on what Chromium displays: every public page of the demo
in French, Arabic, Tamazight and English, and Django's public views (the proposal form and its
errors, the status page, the forums and their results, search, the 404 page). axe-core cannot see
a passage in the wrong language (WCAG 3.1.2); tests/language_check.py can.

Page tree: `demo_site` is the whole demo public site (`load_demo_data --only site`) with its
forums and proposals (`--only personas --only proposals`).
"""

from collections import defaultdict
from urllib.parse import quote, urlsplit

import pytest
from wagtail.models import Locale, Page

from proposals.models import Forum
from tests.factories import ensure_casework_setup, ensure_site_tree
from tests.language_check import language_findings, runs_in_browser

pytestmark = pytest.mark.browser

PHONE = {"width": 360, "height": 740}
# What a visitor of each language would look for.
SEARCH_TERMS = {"fr": "centre", "ar": "مركز", "zgh": "ⴰⵎⵎⴰⵙ", "en": "centre"}


@pytest.fixture
def demo_site(live_server, load_demo_data):
    ensure_site_tree()
    # The groups the personas join, which the live server's flush took with it.
    ensure_casework_setup()
    load_demo_data("--only", "site", "--only", "personas", "--only", "proposals")
    return live_server.url


def public_paths(code):
    """(what, path, action) of every public view in `code`; action is "send" for a form that
    the visitor sends empty, to read its errors."""
    locale = Locale.objects.get(language_code=code)
    pages = Page.objects.live().public().filter(locale=locale, depth__gt=1).specific()
    paths = [(type(page).__name__, page.url, None) for page in pages]
    prefix = f"/{code}"
    paths += [
        ("search", f"{prefix}/search/?q={quote(SEARCH_TERMS[code])}", None),
        ("404", f"{prefix}/this-page-does-not-exist/", None),
        ("proposal form", f"{prefix}/propositions/", None),
        ("proposal form sent empty", f"{prefix}/propositions/", "send"),
        ("status lookup", f"{prefix}/propositions/suivi/", None),
        ("status lookup sent empty", f"{prefix}/propositions/suivi/", "send"),
        ("forums", f"{prefix}/propositions/forums/", None),
    ]
    for forum in Forum.objects.exclude(closed_at=None)[:1]:
        paths.append(("forum results", f"{prefix}/propositions/forums/{forum.pk}/", None))
    return paths


def findings_on(page, code):
    language, runs = runs_in_browser(page)
    found = [] if language == code else [f"the page says lang={language!r}"]
    return found + [str(finding) for finding in language_findings(runs, language)]


def crawlable(url, base, code):
    """A public page of `code` on this server, not a file (calendar, feed)."""
    parts = urlsplit(url)
    last = parts.path.rstrip("/").rsplit("/", 1)[-1]
    return (
        url.startswith(base)
        and parts.path.startswith(f"/{code}/")
        and "." not in last
        and "/feed/" not in parts.path
    )


def walk(page, base, codes, limit=250):
    """{(code, what, path): [findings]} over every public view of each language: the pages of
    the locale, its Django views, and every page its links lead to (fallbacks, listings' filters
    and pages), as a visitor clicking around would find them."""
    page.set_viewport_size(PHONE)
    report = defaultdict(list)
    for code in codes:
        queue = [(what, base + path, action) for what, path, action in public_paths(code)]
        seen = {url for _what, url, action in queue if action is None}
        while queue and len(seen) <= limit:
            what, url, action = queue.pop(0)
            page.goto(url)
            if action == "send":
                page.locator("main form button[type=submit]").last.click()
                page.wait_for_load_state()
            found = findings_on(page, code)
            if found:
                report[(code, what, url.removeprefix(base))] = found
            for link in page.eval_on_selector_all("a[href]", "links => links.map(a => a.href)"):
                link = link.split("#")[0]
                if link not in seen and crawlable(link, base, code):
                    seen.add(link)
                    queue.append(("linked", link, None))
    return report


def as_text(report):
    return "\n".join(
        f"{code} {what} {path}:\n  " + "\n  ".join(found)
        for (code, what, path), found in report.items()
    )


def test_every_public_page_in_every_language_reads_in_that_language(page, demo_site):
    report = walk(page, demo_site, ["fr", "ar", "zgh", "en"])
    assert not report, as_text(report)


def test_the_french_site_reads_in_french(page, demo_site):
    # French is the source language: nothing there waits for another point.
    report = walk(page, demo_site, ["fr"])
    assert not report, as_text(report)


CHECKED_PAGE = """<!DOCTYPE html><html lang="zgh"><head><title>ⴰⵙⵏⵓⴱⴳ · Tiwizi</title>
<style>.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden;
clip: rect(0 0 0 0); white-space: nowrap; } .gone { display: none; } .unseen { visibility: hidden; }
</style></head><body>
<h1>ⴰⵙⵏⵓⴱⴳ</h1>
<p>ⴰⵙⴰⵎⴰⵙ 14 juil. 2019</p>
<p>ⵜⴰⵙⵏⴰ ⴰⴷ <span lang="fr">Centre d'écoute de la commune</span> ⴷ <span lang="ar">مركز</span></p>
<p class="gone">Ce champ est obligatoire.</p>
<p class="unseen">Ce champ est obligatoire.</p>
<p><span class="visually-hidden">Erreur :</span> ⴰⴳⵔ ⴰ ⵉⵍⵣⵎ.</p>
<p>ⵜⴰⵡⵍⴰⴼⵜ <img alt="Illustration : un champ de figuiers" src="data:,"></p>
<p>ⴰⵙⵖⵓⵏ ⵏ YouTube ⵏⵖ Vimeo, PDF 5 MB, https://belfaa.ma/</p>
</body></html>"""


def test_the_check_reads_what_chromium_displays_and_its_declared_language(page):
    page.set_content(CHECKED_PAGE)
    language, runs = runs_in_browser(page)
    found = {(f.found, " ".join(f.words)) for f in language_findings(runs, language)}
    # The French date, the screen reader's "Erreur :" and the alt text; not the hidden errors,
    # the marked French and Arabic, the names, the acronym, the number or the address.
    assert found == {
        ("Latin", "juil."),
        ("Latin", "Erreur"),
        ("Latin (French)", "Illustration un champ de figuiers"),
    }
