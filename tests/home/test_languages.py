"""The public site speaks French, Arabic, Tamazight and English, each at its own prefix."""

import re

import pytest
from django.conf import settings
from django.utils import translation
from django.utils.translation import check_for_language

HTML_TAG = re.compile(r'<html lang="([^"]+)" dir="([^"]+)">')


@pytest.mark.parametrize(
    ("prefix", "lang", "direction", "title"),
    [
        ("fr", "fr", "ltr", "Bienvenue à Belfaa"),
        ("ar", "ar", "rtl", "مرحبا بكم في بلفاع"),
        ("zgh", "zgh", "ltr", "ⴰⵏⵙⵓⴼ ⵖⵔ ⴱⵍⴼⴰⵄ"),
        ("en", "en", "ltr", "Welcome to Belfaa"),
    ],
)
def test_home_page_is_served_in_each_language_with_its_lang_and_direction(
    client, public_site, prefix, lang, direction, title
):
    response = client.get(f"/{prefix}/")
    assert response.status_code == 200
    html = response.content.decode()
    assert HTML_TAG.search(html).groups() == (lang, direction)
    assert f"<h1>{title}</h1>" in html


@pytest.mark.parametrize(
    ("accept_language", "expected"),
    [
        ("ar-MA,ar;q=0.9,fr;q=0.8", "/ar/"),
        ("zgh", "/zgh/"),
        ("en-GB,en;q=0.9", "/en/"),
        ("de-DE,de;q=0.9", "/fr/"),
        ("", "/fr/"),
    ],
)
def test_root_sends_visitors_to_their_best_language_else_french(
    client, public_site, accept_language, expected
):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE=accept_language)
    assert response.status_code == 302
    assert response["Location"] == expected


def test_tamazight_is_a_full_language_with_its_own_catalogue():
    assert check_for_language("zgh")
    with translation.override("zgh"):
        assert translation.get_language() == "zgh"
        assert translation.gettext("Skip to content") == "ⴷⴷⵓ ⵖⵔ ⵜⵓⵎⴰⵢⵜ"
        assert not translation.get_language_bidi()


def test_interface_strings_follow_the_page_language(client, public_site):
    assert "الانتقال إلى المحتوى" in client.get("/ar/").content.decode()
    assert "ⴷⴷⵓ ⵖⵔ ⵜⵓⵎⴰⵢⵜ" in client.get("/zgh/").content.decode()
    assert "Aller au contenu" in client.get("/fr/").content.decode()


def test_language_switcher_links_to_the_translations_of_the_page(client, public_site):
    html = client.get("/fr/").content.decode()
    for code in ("fr", "ar", "zgh", "en"):
        assert f'href="/{code}/" lang="{code}" hreflang="{code}"' in html
    assert 'aria-current="true">français</a>' in html


def test_admin_is_offered_in_french_arabic_and_english_only():
    codes = [code for code, _name in settings.WAGTAILADMIN_PERMITTED_LANGUAGES]
    assert codes == ["fr", "ar", "en"]


def test_an_unknown_page_gets_a_translated_404(client, public_site):
    response = client.get("/ar/no-such-page/")
    assert response.status_code == 404
    assert "الصفحة غير موجودة" in response.content.decode()
