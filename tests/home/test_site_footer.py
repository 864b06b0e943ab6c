"""The footer of every page, from the site settings and the contact details they choose
(home/models/settings.py)."""

import json

import pytest
from bs4 import BeautifulSoup
from wagtail.models import Locale

from home.models import ContactDetails, SiteSettings
from tests import factories
from tests.home.helpers import get, texts, translate, translate_through_localize

pytestmark = pytest.mark.django_db


def test_footer_shows_contact_hotlines_and_footer_links_in_the_visitors_language(
    client, home, public_site
):
    about = factories.StandardPageFactory(parent=home, title="À propos")
    translate(about, "ar", "من نحن")
    legal = factories.StandardPageFactory(parent=home, title="Mentions légales")
    site_settings = SiteSettings.for_site(public_site)
    site_settings.contact = ContactDetails.objects.create(
        name="Service social",
        phone="05 28 81 00 00",
        email="contact@belfaa.test",
        address="Commune de Belfaa",
    )
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


ADDRESS = "Siège de la commune, Belfaa"
ADDRESS_AR = "مقر الجماعة، بلفاع"


@pytest.fixture
def contact(public_site):
    """The site's contact details in French, chosen by the site settings."""
    contact = ContactDetails.objects.create(
        name="Service social", address=ADDRESS, phone="05 28 81 00 00", email="s@belfaa.test"
    )
    site_settings = SiteSettings.for_site(public_site)
    site_settings.contact = contact
    site_settings.save()
    return contact


def test_the_arabic_footer_gives_the_arabic_address_once_translated(client, contact):
    _response, soup = get(client, "/ar/")
    # Not translated yet: the French address, rather than none.
    assert soup.select_one("body > footer address p").get_text(strip=True) == ADDRESS

    translate_through_localize(
        contact, "ar", {"Service social": "المصلحة الاجتماعية", ADDRESS: ADDRESS_AR}
    )

    _response, soup = get(client, "/ar/")
    footer = soup.select_one("body > footer address")
    assert footer.select_one("p").get_text(strip=True) == ADDRESS_AR
    # The phone and e-mail follow the French record (synchronised, not translated).
    assert footer.select_one("a[href='tel:0528810000']")
    _response, soup = get(client, "/fr/")
    assert soup.select_one("body > footer address p").get_text(strip=True) == ADDRESS


def test_a_french_speaking_editor_translates_the_contact_details_in_wagtail_localize(
    client, contact, editor
):
    from wagtail.users.models import UserProfile

    profile = UserProfile.get_for_user(editor)
    profile.preferred_language = "fr"
    profile.save()
    client.force_login(editor)
    arabic = Locale.objects.get(language_code="ar")

    response = client.post(
        f"/admin/localize/submit/snippet/home/contactdetails/{contact.pk}/",
        {"locales": [arabic.pk]},
    )

    assert response.status_code == 302
    translation = contact.get_translation(arabic)
    response = client.get(response["Location"])
    assert response.status_code == 200
    soup = BeautifulSoup(response.content.decode(), "html.parser")
    assert soup.html["lang"] == "fr"
    # wagtail-localize's editor offers the name and the address to translate, not the phone
    # and e-mail, which follow the French record.
    props = json.loads(soup.select_one(".js-translation-editor")["data-props"])
    sources = [segment.get("source") for segment in props["segments"]]
    assert ADDRESS in sources and "Service social" in sources
    assert contact.phone not in sources
    assert translation.address == ADDRESS
