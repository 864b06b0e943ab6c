"""The footer of every page, from the site settings (home/models/settings.py)."""

import pytest

from home.models import SiteSettings
from tests import factories
from tests.home.helpers import get, texts, translate

pytestmark = pytest.mark.django_db


def test_footer_shows_contact_hotlines_and_footer_links_in_the_visitors_language(
    client, home, public_site
):
    about = factories.StandardPageFactory(parent=home, title="À propos")
    translate(about, "ar", "من نحن")
    legal = factories.StandardPageFactory(parent=home, title="Mentions légales")
    site_settings = SiteSettings.for_site(public_site)
    site_settings.phone = "05 28 81 00 00"
    site_settings.email = "contact@belfaa.test"
    site_settings.address = "Commune de Belfaa"
    site_settings.hotlines = [("hotline", {"kind": "police", "number": "19"})]
    site_settings.footer_links = [("page", about.page_ptr), ("page", legal.page_ptr)]
    site_settings.save()

    _response, soup = get(client, "/ar/")

    footer = soup.select_one("body > footer")
    assert footer.select_one("a[href='tel:0528810000']").get_text(strip=True) == "05 28 81 00 00"
    assert footer.select_one("a[href='mailto:contact@belfaa.test']")
    assert footer.select_one("a[href='tel:19']")
    links = texts(footer, "nav a")
    # The Arabic translation where there is one, else the French page itself.
    assert links == ["من نحن", "Mentions légales"]
