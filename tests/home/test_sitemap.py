"""The sitemap: every live, public page of every language, with `hreflang` alternates."""

import xml.etree.ElementTree as ET

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Locale, PageViewRestriction

from tests.factories import StandardPageFactory, copy_for_translation

NS = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9", "xhtml": "http://www.w3.org/1999/xhtml"}
LANGUAGES = ["ar", "en", "fr", "zgh"]


def translate(page, code, title):
    translated = copy_for_translation(page, Locale.objects.get(language_code=code))
    translated.title = title
    translated.save_revision().publish()
    return translated


def read(client):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/xml")
    root = ET.fromstring(response.content)  # noqa: S314 - our own output
    entries = {}
    for url in root.findall("sm:url", NS):
        location = url.findtext("sm:loc", namespaces=NS)
        entries[location] = {
            "lastmod": url.findtext("sm:lastmod", namespaces=NS),
            "alternates": {
                link.get("hreflang"): link.get("href")
                for link in url.findall("xhtml:link", NS)
                if link.get("rel") == "alternate"
            },
        }
    return entries


@pytest.fixture
def about(public_site):
    """ "À propos", a French page translated into Arabic only; a draft and a private page."""
    page = StandardPageFactory(parent=public_site.root_page, title="À propos", slug="a-propos")
    translate(page, "ar", "من نحن")
    StandardPageFactory(
        parent=public_site.root_page, title="Brouillon", slug="brouillon", live=False
    )
    private = StandardPageFactory(parent=public_site.root_page, title="Interne", slug="interne")
    PageViewRestriction.objects.create(
        page=private, restriction_type=PageViewRestriction.PASSWORD, password="x"
    )
    return page


def test_the_sitemap_lists_the_home_page_in_every_language_with_its_alternates(client, about):
    entries = read(client)

    homes = {f"http://localhost/{code}/" for code in LANGUAGES}
    assert homes <= set(entries)
    french_home = entries["http://localhost/fr/"]
    assert french_home["lastmod"]
    assert french_home["alternates"] == {
        "fr": "http://localhost/fr/",
        "ar": "http://localhost/ar/",
        "zgh": "http://localhost/zgh/",
        "en": "http://localhost/en/",
        "x-default": "http://localhost/fr/",
    }
    assert entries["http://localhost/ar/"]["alternates"] == french_home["alternates"]


def test_a_page_translated_into_one_language_lists_that_translation_only(client, about):
    entries = read(client)

    french = entries["http://localhost/fr/a-propos/"]
    arabic_url = french["alternates"]["ar"]
    assert arabic_url.startswith("http://localhost/ar/")
    assert arabic_url in entries
    assert set(french["alternates"]) == {"fr", "ar", "x-default"}
    assert entries[arabic_url]["alternates"] == french["alternates"]


def test_drafts_and_private_pages_are_left_out(client, about):
    locations = set(read(client))

    assert "http://localhost/fr/a-propos/" in locations  # the live, public page beside them
    assert not any("brouillon" in location for location in locations)
    assert not any("interne" in location for location in locations)


def test_an_untranslated_page_has_no_alternates(client, public_site):
    StandardPageFactory(parent=public_site.root_page, title="Seule", slug="seule")

    assert read(client)["http://localhost/fr/seule/"]["alternates"] == {}


def test_a_draft_translation_is_not_offered_as_an_alternate(client, about):
    english = copy_for_translation(about, Locale.objects.get(language_code="en"))
    english.save_revision()  # saved, never published

    alternates = read(client)["http://localhost/fr/a-propos/"]["alternates"]

    assert set(alternates) == {"fr", "ar", "x-default"}  # the published translation is offered
    assert "en" not in alternates


def _sitemap_queries(client):
    client.get("/sitemap.xml")  # the site root paths are read once, then cached
    with CaptureQueriesContext(connection) as queries:
        client.get("/sitemap.xml")
    return len(queries)


def test_the_sitemap_does_not_query_per_page(client, public_site):
    pages = [
        StandardPageFactory(parent=public_site.root_page, title=f"Page {n}", slug=f"page-{n}")
        for n in range(2)
    ]
    few = _sitemap_queries(client)
    for n in range(2, 10):
        pages.append(
            StandardPageFactory(parent=public_site.root_page, title=f"Page {n}", slug=f"page-{n}")
        )
    for page in pages:
        for code in ("ar", "zgh", "en"):
            translate(page, code, f"{page.title} ({code})")

    many = _sitemap_queries(client)

    assert len(read(client)) == 4 + 40
    assert many == few
    assert many <= 15
