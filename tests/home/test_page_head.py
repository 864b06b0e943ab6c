"""The head of every page: description, canonical address, hreflang alternates, Open Graph."""

import pytest

from tests import factories
from tests.home.helpers import get, translate

pytestmark = pytest.mark.django_db


def test_head_has_description_canonical_hreflang_and_open_graph(client, home):
    page = factories.StandardPageFactory(
        parent=home, title="À propos", slug="a-propos", intro="Qui nous sommes."
    )
    arabic = translate(page, "ar", "من نحن")

    _response, soup = get(client, "/fr/a-propos/")

    head = soup.head
    assert head.select_one("meta[name=description]")["content"] == "Qui nous sommes."
    assert head.select_one("link[rel=canonical]")["href"] == "http://localhost/fr/a-propos/"
    alternates = {
        link["hreflang"]: link["href"] for link in head.select("link[rel=alternate][hreflang]")
    }
    assert alternates == {
        "fr": "http://localhost/fr/a-propos/",
        "ar": f"http://localhost/ar/{arabic.slug}/",
        "x-default": "http://localhost/fr/a-propos/",
    }
    og = {meta["property"]: meta["content"] for meta in head.select("meta[property]")}
    assert og["og:title"] == "À propos"
    assert og["og:description"] == "Qui nous sommes."
    assert og["og:url"] == "http://localhost/fr/a-propos/"
    assert og["og:type"] == "website"
    assert og["og:locale"] == "fr_MA"
    assert og["og:locale:alternate"] == "ar_MA"
    assert "og:image" not in og


def test_arabic_translation_points_x_default_to_the_french_page(client, home):
    page = factories.StandardPageFactory(parent=home, title="À propos", slug="a-propos")
    arabic = translate(page, "ar", "من نحن")

    _response, soup = get(client, arabic.url)

    assert soup.select_one("link[rel=canonical]")["href"].startswith("http://localhost/ar/")
    x_default = soup.select_one("link[hreflang=x-default]")["href"]
    assert x_default == "http://localhost/fr/a-propos/"
    assert soup.select_one("meta[property='og:locale']")["content"] == "ar_MA"
