"""Done when (issue 14, point 1): from each of the four home pages a youth group reaches the
proposal form in at most two clicks, sends it, and gets its tracking code in that language.

In Chromium, from the demo's home page in French, Arabic, Tamazight and English (`public_site`):
one click on "Propose a project" in the main menu; or two, through the home card of the youth
forums and the forums page. The form is filled and sent; the thanks page, in the same language,
shows the tracking code of the proposal just saved.
"""

import pytest
from django.utils import translation
from playwright.sync_api import expect

from proposals.models import Proposal
from tests.proposals.test_journey_browser import PDF, fill_proposal

pytestmark = pytest.mark.browser

CARDS = {
    "fr": "Forums ouverts des jeunes",
    "ar": "المنتديات المفتوحة للشباب",
    "zgh": "ⵉⵎⵓⴳⴰⵔⵏ ⵉⵕⵥⵎⵏ ⵏ ⵉⵏⴰⵢⵍⵉⵍⵏ",
    "en": "Youth open forums",
}


def in_language(code, message):
    with translation.override(code):
        return translation.gettext(message)


@pytest.mark.parametrize("code", list(CARDS))
def test_from_each_home_page_the_form_is_two_clicks_away_and_answers_in_that_language(
    page, live_server, public_site, tmp_path, code
):
    base = live_server.url
    form = f"{base}/{code}/propositions/"
    propose = in_language(code, "Propose a project")
    pdf_path = tmp_path / "plan.pdf"
    pdf_path.write_bytes(PDF)
    page.set_default_timeout(10_000)

    # One click: the main menu.
    page.goto(f"{base}/{code}/")
    page.get_by_role("navigation", name=in_language(code, "Main menu")).get_by_role(
        "link", name=propose
    ).click()
    page.wait_for_url(form)

    # Two clicks: the card of the youth forums, then the forums page's button.
    page.goto(f"{base}/{code}/")
    page.get_by_role("link", name=CARDS[code]).click()
    page.wait_for_url(f"{base}/{code}/propositions/forums/")
    page.locator("main").get_by_role("link", name=propose).click()
    page.wait_for_url(form)
    assert page.locator("html").get_attribute("lang") == code

    fill_proposal(page, "Terrain de sport", pdf_path)
    page.wait_for_url(f"{base}/{code}/propositions/merci/")
    assert page.locator("html").get_attribute("lang") == code
    expect(page.locator("h1")).to_have_text(
        in_language(code, "Thank you: your proposal is received")
    )
    proposal = Proposal.objects.get()
    expect(page.locator(".tracking-code")).to_have_text(proposal.display_code)
    assert proposal.language == code
