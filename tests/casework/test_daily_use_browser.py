"""Issue 15's morning in Chromium, in the French and the Arabic admin: the listening centre's
caseworker finds Malika by her first name alone, recognises her in the list, records an incident,
a session and then the complaint's outcome; the name she typed reaches no address, no page title
and no server log line; her colleague without access and the migrant office get 404 on every
address of the journey."""

import logging

import pytest
from playwright.sync_api import expect
from wagtail.users.models import UserProfile

from casework.models import CaseSession, Incident
from tests.browser import sign_in
from tests.factories import (
    CaseFactory,
    PersonFactory,
    ensure_casework_setup,
    ensure_site_tree,
    make_persona,
    service,
)

pytestmark = pytest.mark.browser

# What each admin language shows (the catalogue's words).
WORDS = {
    "fr": {"cases": "Dossiers", "assault": "Agression physique", "conviction": "Condamnation"},
    "ar": {"cases": "الملفات", "assault": "اعتداء جسدي", "conviction": "إدانة"},
}


@pytest.fixture
def morning(live_server):
    ensure_site_tree()
    ensure_casework_setup()
    fatima = make_persona("cw-listening")
    malika = CaseFactory(
        service=service("listening"),
        owner=fatima,
        person=PersonFactory(first_name="Malika", last_name="Aït Brahim"),
    )
    other = CaseFactory(
        service=service("listening"),
        owner=fatima,
        person=PersonFactory(first_name="Amina", last_name="Malik"),
    )
    return {
        "url": live_server.url,
        "fatima": fatima,
        "colleague": make_persona("cw-listening-2"),
        "migrants": make_persona("cw-migrants"),
        "malika": malika,
        "other": other,
    }


@pytest.mark.parametrize("language", ["fr", "ar"])
def test_the_listening_centre_finds_malika_and_records_her_incident(
    page, browser, morning, language, caplog
):
    caplog.set_level(logging.DEBUG)
    base, fatima, case = morning["url"], morning["fatima"], morning["malika"]
    profile = UserProfile.get_for_user(fatima)
    profile.preferred_language = language
    profile.save()
    words = WORDS[language]
    visited, titles = [], []
    page.on("framenavigated", lambda frame: visited.append(frame.url))
    page.on("load", lambda loaded: titles.append(loaded.title()))

    sign_in(page, base, fatima)
    expect(page.locator("html")).to_have_attribute("lang", language)
    page.get_by_role("link", name=words["cases"], exact=True).first.click()
    search = page.locator(".casework-search input[name=q]")
    search.fill("Malika")
    search.press("Enter")
    page.wait_for_load_state()
    assert page.url == f"{base}/admin/casework/cases/"
    listing = page.locator("table.listing")
    expect(listing).to_contain_text("Malika Aït Brahim")
    expect(listing).not_to_contain_text(morning["other"].reference)

    listing.get_by_role("link", name=case.reference).click()
    page.locator("a[href$='/incidents/new/']").click()
    page.locator("input[name=acts][value=physical_assault]").check()
    page.locator("input[name=acts][value=psychological]").check()
    page.fill("#id_occurred_on", "2026-11-20")
    page.select_option("#id_place_type", "survivor_home")
    page.select_option("#id_aggressor_relationship", "partner")
    page.fill("#id_details", "Dans la cuisine, devant les enfants.")
    page.select_option("#id_complaint_stage", "police")
    page.fill("#id_complaint_filed_on", "2026-11-22")
    page.select_option("#id_complaint_outcome", "pending")
    page.locator("main form button[type=submit]").click()
    expect(page.locator("#incidents")).to_contain_text(words["assault"])

    page.locator("a[href$='/sessions/new/']").click()
    page.select_option("#id_kind", "listening")
    page.fill("#id_narrative", "Elle envisage de porter plainte.")
    page.locator("main form button[type=submit]").click()
    expect(page.locator("#sessions")).to_contain_text("Elle envisage de porter plainte.")

    page.locator("#incidents a[href$='/edit/']").click()
    page.select_option("#id_complaint_stage", "closed")
    page.select_option("#id_complaint_outcome", "conviction")
    page.locator("main form button[type=submit]").click()
    expect(page.locator("#incidents")).to_contain_text(words["conviction"])

    incident = Incident.objects.get(case=case)
    assert (incident.violence_type, incident.complaint_outcome) == (
        "physical_assault",
        "conviction",
    )
    assert CaseSession.objects.filter(case=case).exists()
    journey = sorted({url.split("#")[0] for url in visited if "/admin/casework/" in url})
    assert len(journey) >= 5
    for where in (*visited, *titles, *(record.getMessage() for record in caplog.records)):
        assert "Malika" not in where and "malika" not in where.casefold(), where

    for persona in ("colleague", "migrants"):
        outsider = browser.new_context().new_page()
        sign_in(outsider, base, morning[persona])
        for url in journey:
            if url.rstrip("/").endswith("/casework/cases"):
                continue  # the listing itself: theirs, without her
            assert outsider.goto(url).status == 404, (persona, url)
        outsider.goto(f"{base}/admin/casework/cases/")
        assert "Malika" not in outsider.content()
        outsider.context.close()
