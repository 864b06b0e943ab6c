"""Sensitive service pages (listening centre, migrant office): a quick exit that works without
JavaScript, a notice on browsing history, the hotlines, and nothing kept or told to others.

The page tree: `public_site`'s French home page → a sensitive and an ordinary service page.
"""

import pytest
from bs4 import BeautifulSoup
from django.utils import translation

from home.blocks import HotlineKind
from home.models import SiteSettings
from tests import factories
from tests.home.helpers import texts

pytestmark = pytest.mark.django_db

EXIT_URL = "https://meteo.example/belfaa"
HISTORY_NOTICE = (
    "This page stays in your browser's history. If someone else uses your phone or computer, "
    "open this site in a private window next time (in the browser menu: “New private window” "
    "or “New incognito tab”), or delete this page from your history when you are done."
)


@pytest.fixture
def site_settings(public_site):
    site_settings = SiteSettings.for_site(public_site)
    site_settings.exit_url = EXIT_URL
    site_settings.hotlines = [
        ("hotline", {"kind": "listening_centre", "number": "0800 00 00 00"}),
        ("hotline", {"kind": "police", "number": "19"}),
    ]
    site_settings.save()
    return site_settings


@pytest.fixture
def listening_centre(public_site, site_settings):
    return factories.ServicePageFactory(
        parent=public_site.root_page, title="Centre d'écoute", sensitive=True
    )


@pytest.fixture
def day_centre(public_site, site_settings):
    return factories.ServicePageFactory(parent=public_site.root_page, title="Centre de jour")


def soup_of(response):
    assert response.status_code == 200
    return BeautifulSoup(response.content.decode(), "html.parser")


def fr(message):
    """An interface string as a French visitor reads it (the source text until translated)."""
    with translation.override("fr"):
        return translation.gettext(message)


def label(kind, language="fr"):
    with translation.override(language):
        return str(HotlineKind(kind).label)


def test_sensitive_page_opens_with_a_leave_this_page_link_to_the_neutral_site(
    client, listening_centre
):
    soup = soup_of(client.get(listening_centre.url))

    exit_link = soup.select_one("a[data-quick-exit]")
    assert exit_link["href"] == EXIT_URL
    assert "noreferrer" in exit_link["rel"]
    # A real link, before the site's header: reachable at once, with or without JavaScript.
    links = soup.select("body a[href]")
    assert links.index(exit_link) == 1  # right after the skip link
    assert exit_link.find_parent("form") is None


def test_sensitive_page_documents_the_escape_shortcut_that_its_script_answers(
    client, listening_centre
):
    soup = soup_of(client.get(listening_centre.url))

    hint = soup.select_one("[data-quick-exit-hint]")
    assert hint.get_text(strip=True) == fr("Press Esc twice to leave quickly.")
    # Shown by the script, which is the one that answers the key; hidden without it.
    assert "hidden" in hint.attrs
    script = soup.select_one("script[src$='js/site.js']")
    assert "defer" in script.attrs


def test_sensitive_page_tells_how_to_leave_no_trace_in_the_browsing_history(
    client, listening_centre
):
    soup = soup_of(client.get(listening_centre.url))

    notice = soup.select_one("main aside.safety")
    assert notice.select_one("h2").get_text(strip=True) == fr("Your safety online")
    # French puts no-break spaces inside « »: compare the words, whatever the spaces.
    assert " ".join(fr(HISTORY_NOTICE).split()) in " ".join(notice.get_text().split())


def test_sensitive_page_lists_the_hotlines_as_phone_links_named_by_who_answers(
    client, listening_centre
):
    soup = soup_of(client.get(listening_centre.url))

    hotlines = soup.select("main .hotlines a[href^='tel:']")
    assert [(a["href"], " ".join(a.get_text(" ", strip=True).split())) for a in hotlines] == [
        ("tel:0800000000", f"{label('listening_centre')} 0800 00 00 00"),
        ("tel:19", f"{label('police')} 19"),
    ]


def test_hotlines_are_named_in_the_visitors_language(client, listening_centre):
    from wagtail.models import Locale

    arabic = listening_centre.copy_for_translation(Locale.objects.get(language_code="ar"))
    arabic.save_revision().publish()

    soup = soup_of(client.get(arabic.url))

    names = [a.get_text(" ", strip=True) for a in soup.select("main .hotlines a")]
    assert names[1].startswith(label("police", "ar"))
    assert soup.select_one("a[data-quick-exit]")["href"] == EXIT_URL


def test_sensitive_page_is_never_stored_and_sends_no_referrer(client, listening_centre):
    response = client.get(listening_centre.url)

    assert "no-store" in response["Cache-Control"]
    assert response["Referrer-Policy"] == "no-referrer"
    soup = soup_of(response)
    assert soup.select_one("meta[name=referrer]")["content"] == "no-referrer"


def test_sensitive_page_loads_nothing_from_another_host(client, listening_centre):
    soup = soup_of(client.get(listening_centre.url))

    addresses = [el["src"] for el in soup.select("[src]")] + [
        el["href"] for el in soup.select("link[href]") if "stylesheet" in el.get("rel", [])
    ]
    assert addresses
    assert all(address.startswith("/") and not address.startswith("//") for address in addresses)


def test_ordinary_service_page_has_no_exit_no_hotline_block_and_may_be_cached(client, day_centre):
    response = client.get(day_centre.url)

    soup = soup_of(response)
    assert texts(soup, "main h1") == ["Centre de jour"]
    assert texts(soup, "main .lead") == [day_centre.intro]
    assert soup.select_one("[data-quick-exit]") is None
    assert soup.select_one("aside.safety") is None
    assert soup.select_one("main .hotlines") is None
    assert "no-store" not in response.get("Cache-Control", "")
    assert response.get("Referrer-Policy") != "no-referrer"
