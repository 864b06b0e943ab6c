"""The youth groups' entrance: "Propose a project" in the main menu of every page and on the
home page, in each language, leading to the proposal form in that language."""

import pytest
from django.utils import translation

from tests import factories
from tests.home.helpers import get

pytestmark = pytest.mark.django_db

LANGUAGES = ("fr", "ar", "zgh", "en")


def propose(code):
    with translation.override(code):
        return translation.gettext("Propose a project")


@pytest.mark.parametrize("code", LANGUAGES)
def test_the_home_page_and_its_menu_lead_to_the_form_in_their_language(client, public_site, code):
    _response, soup = get(client, f"/{code}/")
    form = f"/{code}/propositions/"

    entrance = soup.select_one("nav.main-menu li.main-menu__entrance a")
    assert (entrance["href"], entrance.get_text(strip=True)) == (form, propose(code))
    button = soup.select_one("main .hero a.button")
    assert (button["href"], button.get_text(strip=True)) == (form, propose(code))
    assert propose(code) != "Propose a project" or code == "en"


def test_every_page_offers_the_entrance_and_the_form_is_marked_current(client, home):
    page = factories.StandardPageFactory(parent=home, title="À propos", show_in_menus=True)

    _response, soup = get(client, page.url)
    assert soup.select_one("nav.main-menu .main-menu__entrance a")["href"] == "/fr/propositions/"
    assert not soup.select(".main-menu__entrance [aria-current]")

    _response, soup = get(client, "/fr/propositions/")
    current = soup.select("nav.main-menu [aria-current]")
    assert [a.get_text(strip=True) for a in current] == [propose("fr")]
    assert current[0]["aria-current"] == "page"
