"""A caseworker's morning in a real browser, and a caseworker of another service kept out."""

import pytest
from playwright.sync_api import expect

from casework.models import CaseSession, Referral
from tests.browser import sign_in
from tests.factories import (
    CaseFactory,
    ensure_casework_setup,
    ensure_site_tree,
    make_persona,
    service,
)

pytestmark = pytest.mark.browser


@pytest.fixture
def team(live_server):
    """The listening centre's caseworker with one case, and the migrant office's caseworker."""
    ensure_site_tree()
    ensure_casework_setup()
    fatima = make_persona("cw-listening")
    aminata = make_persona("cw-migrants")
    case = CaseFactory(
        service=service("listening"),
        owner=fatima,
        person__first_name="Tilelli",
        person__last_name="Oufkir",
        person__phone="06 61 22 33 44",
    )
    return {"fatima": fatima, "aminata": aminata, "case": case, "url": live_server.url}


def test_caseworker_finds_opens_updates_and_refers_her_case(page, browser, team):
    base, case = team["url"], team["case"]
    sign_in(page, base, team["fatima"])
    expect(page.get_by_role("link", name="Cases", exact=True)).to_be_visible()
    assert case.reference in page.locator(".casework-dashboard").inner_text()

    page.get_by_role("link", name="Cases", exact=True).click()
    page.get_by_role("textbox", name="Search").fill("tilelli OUFKIR")
    page.get_by_role("textbox", name="Search").press("Enter")
    page.wait_for_load_state()
    assert page.url == f"{base}/admin/casework/cases/"
    page.get_by_role("link", name=case.reference).click()
    expect(page.locator("#person")).to_contain_text("Tilelli Oufkir")

    page.get_by_role("link", name="New session").click()
    page.select_option("#id_kind", "listening")
    page.fill("#id_narrative", "Elle a parlé de son projet de formation.")
    page.get_by_role("button", name="Save").click()
    expect(page.locator("#sessions")).to_contain_text("Elle a parlé de son projet de formation.")
    assert CaseSession.objects.filter(case=case).count() == 1

    page.get_by_role("link", name="Record a consent").click()
    page.fill("#id_purpose", "Démarches auprès du bureau des migrants")
    page.select_option("#id_scope", "internal")
    page.get_by_role("button", name="Save").click()

    page.get_by_role("link", name="Refer", exact=True).click()
    page.select_option("#id_partner_kind", "internal")
    page.select_option("#id_to_service", str(service("migrants").pk))
    page.select_option("#id_consent", index=1)
    page.fill("#id_reason", "Aide pour la carte de séjour.")
    page.get_by_role("button", name="Send the referral").click()
    referral = Referral.objects.get(case=case)
    assert referral.status == "sent"

    # The migrant office sees the referral, never the file.
    other = browser.new_context().new_page()
    sign_in(other, base, team["aminata"])
    for path in ("inspect", "edit", "history"):
        response = other.goto(f"{base}/admin/casework/cases/{path}/{case.pk}/")
        assert response.status == 404
        assert "Tilelli" not in other.content()
    response = other.goto(f"{base}/admin/casework/cases/referrals/{referral.pk}/")
    assert response.status == 200
    assert "Aide pour la carte de séjour." in other.content()
    assert "Tilelli" not in other.content()
