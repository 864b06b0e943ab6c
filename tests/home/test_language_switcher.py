"""The language switcher keeps the visitor on the same page in the other language: a Wagtail
page's translation, and for the site's own views (the proposal form, its thanks and status
pages, the forums, a forum's results, search) the same view, and query, in that language."""

import pytest
from bs4 import BeautifulSoup

from home.i18n import url_in_language
from tests import factories
from tests.home.helpers import translate
from tests.proposals.factories import ForumFactory

pytestmark = pytest.mark.django_db


def switcher(client, url, method="get", **data):
    response = getattr(client, method)(url, data) if data else getattr(client, method)(url)
    soup = BeautifulSoup(response.content.decode(), "html.parser")
    return {a["hreflang"]: a["href"] for a in soup.select("nav.language-switcher a")}


def everywhere(path):
    return {code: f"/{code}/{path}" for code in ("fr", "ar", "zgh", "en")}


@pytest.mark.parametrize(
    ("start", "path"),
    [
        ("/fr/propositions/", "propositions/"),
        ("/ar/propositions/", "propositions/"),
        ("/zgh/propositions/suivi/", "propositions/suivi/"),
        ("/en/propositions/forums/", "propositions/forums/"),
        ("/fr/search/?q=eau", "search/?q=eau"),
        ("/ar/search/?q=%D9%85%D8%A7%D8%A1&page=2", "search/?q=%D9%85%D8%A7%D8%A1&page=2"),
    ],
)
def test_the_switcher_keeps_the_visitor_on_the_same_view(client, public_site, start, path):
    assert switcher(client, start) == everywhere(path)


def test_the_switcher_on_a_forums_results_keeps_the_forum(client, public_site, youth_officer):
    forum = ForumFactory()
    forum.close({}, (3, 4), "", by=youth_officer)
    assert switcher(client, f"/zgh/propositions/forums/{forum.pk}/") == everywhere(
        f"propositions/forums/{forum.pk}/"
    )


def test_the_switcher_after_a_status_lookup_offers_the_status_page(client, public_site):
    links = switcher(client, "/ar/propositions/suivi/", method="post", code="ABCD-EFGH")
    assert links == everywhere("propositions/suivi/")


def test_the_switcher_on_a_form_sent_back_with_errors_offers_the_form(client, public_site):
    links = switcher(client, "/en/propositions/", method="post", title="")
    assert links == everywhere("propositions/")


def test_the_switcher_on_a_page_still_follows_its_translations(client, public_site):
    home = public_site.root_page
    page = factories.StandardPageFactory(parent=home, title="À propos", slug="a-propos")
    translate(page, "ar", "من نحن")  # Its slug stays "a-propos"; no zgh nor en translation.

    # The translation in Arabic, the marked fallbacks in Tamazight and English.
    assert switcher(client, "/fr/a-propos/") == {
        "fr": "/fr/a-propos/",
        "ar": "/ar/a-propos/",
        "zgh": "/zgh/a-propos/",
        "en": "/en/a-propos/",
    }


def test_the_switcher_on_an_unknown_address_offers_the_home_pages(client, public_site):
    assert switcher(client, "/ar/propositions/nowhere/") == everywhere("")


@pytest.mark.database_independent
@pytest.mark.parametrize(
    ("url", "code", "expected"),
    [
        ("/fr/propositions/", "ar", "/ar/propositions/"),
        ("/ar/propositions/merci/", "fr", "/fr/propositions/merci/"),
        ("/fr/propositions/forums/12/", "zgh", "/zgh/propositions/forums/12/"),
        ("/en/search/?q=water#results", "fr", "/fr/search/?q=water#results"),
        ("/fr/propositions/", "fr", "/fr/propositions/"),
        # Wagtail pages have a slug per language: not this function's to guess.
        ("/fr/service-social/", "ar", None),
        ("/fr/agenda/calendar.ics", "ar", None),
        ("/propositions/", "ar", None),
        ("https://example.org/fr/propositions/", "ar", None),
        ("/fr/propositions/nowhere/", "ar", None),
    ],
)
def test_url_in_language(url, code, expected):
    assert url_in_language(url, code) == expected
