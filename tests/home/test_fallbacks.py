"""No empty language: a page not yet translated is in every other locale anyway, as a marked
fallback in its source language, until its translation is published at the same address.

The page tree (`news`): `public_site`'s home page in four languages → "Actualités" (French, with
an article) and an agenda with an event, published in French only; the other locales get them as
fallbacks when they are published.
"""

import datetime

import feedparser
import pytest
from bs4 import BeautifulSoup
from django.urls import reverse
from django.utils import timezone, translation
from wagtail.models import Locale, Page
from wagtail.users.models import UserProfile
from wagtail_localize.operations import TranslationCreator

from demo.site import translate_page
from home import fallbacks
from tests import factories

pytestmark = pytest.mark.django_db

NOT_YET_IN_ENGLISH = "This page is not yet available in English."


def locale(code):
    return Locale.objects.get(language_code=code)


def publish(page):
    page.save_revision().publish()
    return page


@pytest.fixture
def news(public_site):
    home = public_site.root_page
    index = publish(factories.NewsIndexPageFactory(parent=home, title="Actualités"))
    article = publish(
        factories.NewsArticlePageFactory(
            parent=index,
            title="Le forum des jeunes a choisi six projets",
            slug="forum-des-jeunes",
            intro="Six projets de jeunes commencent cet été.",
            date=timezone.localdate(),
        )
    )
    agenda = publish(factories.EventIndexPageFactory(parent=home, title="Agenda"))
    event = publish(
        factories.EventPageFactory(
            parent=agenda,
            title="Forum des jeunes",
            slug="forum-ete",
            start=timezone.now() + datetime.timedelta(days=3),
        )
    )
    return {"index": index, "article": article, "agenda": agenda, "event": event}


def version(page, code):
    return Page.objects.get(translation_key=page.translation_key, locale__language_code=code)


def soup(response):
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def notice(html):
    element = html.select_one(".fallback-notice")
    return element.get_text(" ", strip=True) if element else None


def test_a_page_published_in_french_is_in_every_locale_as_a_fallback(news):
    for code in ("ar", "zgh", "en"):
        for page in news.values():
            other = version(page, code)
            assert other.live and other.alias_of_id == page.pk, (page.title, code)
            assert fallbacks.content_language(other) == "fr"


def test_a_fallback_says_so_in_the_visitors_language_and_marks_its_content_french(client, news):
    english = version(news["article"], "en")
    html = soup(client.get(english.url))

    assert english.url == "/en/actualites/forum-des-jeunes/"
    assert html.html["lang"] == "en"
    assert notice(html) == f"{NOT_YET_IN_ENGLISH} Here is its French version."
    heading = html.find("h1")
    assert heading.get_text() == "Le forum des jeunes a choisi six projets"
    content = heading.find_parent(attrs={"lang": True})
    assert (content["lang"], content["dir"]) == ("fr", "ltr")


def test_the_notice_names_the_language_of_the_visitor(client, news):
    for code, expected in (("zgh", "Tamazight"), ("ar", "Arabic")):
        # Looked up in the catalogue the page uses (a name makemessages does not collect).
        in_catalogue = translation.gettext
        with translation.override(code):
            sentence = in_catalogue(f"This page is not yet available in {expected}.")
        assert notice(soup(client.get(version(news["article"], code).url))).startswith(sentence)


def test_a_page_in_its_own_language_has_no_notice_nor_lang_of_its_own(client, news):
    html = soup(client.get(news["article"].url))
    assert notice(html) is None
    assert html.find("h1").find_parent(attrs={"lang": True}).name == "html"


def test_every_listing_feed_and_calendar_of_a_locale_offers_the_fallbacks(client, news):
    index = version(news["index"], "zgh")
    html = soup(client.get(index.url))
    card = html.find("a", string="Le forum des jeunes a choisi six projets")
    assert card["href"] == "/zgh/actualites/forum-des-jeunes/"
    assert card.find_parent(attrs={"lang": True})["lang"] == "fr"

    for kind in ("rss", "atom"):
        feed = feedparser.parse(client.get(f"{index.url}feed/{kind}/").content)
        assert [entry.title for entry in feed.entries] == [
            "Le forum des jeunes a choisi six projets"
        ]
        assert feed.entries[0].link == "http://testserver/zgh/actualites/forum-des-jeunes/"

    agenda = version(news["agenda"], "zgh")
    assert "Forum des jeunes" in soup(client.get(agenda.url)).get_text()
    calendar = client.get(f"{agenda.url}calendar.ics").content.decode()
    assert "SUMMARY:Forum des jeunes" in calendar


def test_search_and_the_sitemap_offer_the_fallbacks_without_calling_them_alternates(client, news):
    results = client.get("/en/search/", {"q": "forum"}).content.decode()
    assert "/en/actualites/forum-des-jeunes/" in results

    sitemap = client.get("/sitemap.xml").content.decode()
    assert "/en/actualites/forum-des-jeunes/</loc>" in sitemap
    assert 'hreflang="en" href="http://localhost/en/actualites/forum-des-jeunes/"' not in sitemap


def test_a_fallback_names_its_source_as_canonical_and_offers_no_alternate_of_itself(client, news):
    html = soup(client.get("/en/actualites/forum-des-jeunes/"))
    canonical = html.find("link", rel="canonical")["href"]
    alternates = {link["hreflang"] for link in html.find_all("link", rel="alternate")}

    assert canonical.endswith("/fr/actualites/forum-des-jeunes/")
    assert alternates == {"fr", "x-default"}


def test_publishing_the_translation_replaces_the_fallback_at_the_same_address(
    client, news, django_capture_on_commit_callbacks
):
    article = news["article"]
    fallback = version(article, "en")
    strings = {
        "Le forum des jeunes a choisi six projets": "The youth forum chose six projects",
        "Six projets de jeunes commencent cet été.": "Six youth projects start this summer.",
    }
    with django_capture_on_commit_callbacks(execute=True):
        translate_page(article, "en", strings, log=lambda message: None)

    translated = version(article, "en")
    html = soup(client.get("/en/actualites/forum-des-jeunes/"))
    assert translated.pk == fallback.pk and translated.alias_of_id is None
    assert html.find("h1").get_text() == "The youth forum chose six projects"
    assert notice(html) is None
    assert fallbacks.content_language(translated) == ""
    # Only the real versions are alternates now, the English one with them.
    alternates = {link["hreflang"] for link in html.find_all("link", rel="alternate")}
    assert alternates == {"fr", "en", "x-default"}


def test_a_translation_started_but_not_published_is_still_a_marked_fallback(
    client, news, editor, django_capture_on_commit_callbacks
):
    """The admin's "Translate this page" turns the alias into a draft
    translation at once, not a published copy of the French; until that draft is published the
    visitor still reads the French page, marked."""
    article = news["article"]
    with django_capture_on_commit_callbacks(execute=True):
        TranslationCreator(editor, [locale("en")]).create_translations(article)

    started = version(article, "en")
    html = soup(client.get(started.url))
    assert started.alias_of_id is None and started.live and started.has_unpublished_changes
    assert notice(html).startswith(NOT_YET_IN_ENGLISH)
    assert html.find("h1").find_parent(attrs={"lang": True})["lang"] == "fr"


def test_unpublishing_the_source_unpublishes_its_fallbacks(client, news):
    news["article"].unpublish()
    assert client.get("/zgh/actualites/forum-des-jeunes/").status_code == 404


def test_a_page_written_in_arabic_reaches_the_french_site_right_to_left(client, news):
    arabic_index = version(news["index"], "ar")
    page = publish(
        factories.NewsArticlePageFactory(
            parent=arabic_index,
            locale=locale("ar"),
            title="مشروع الشباب",
            slug="machrou",
            date=timezone.localdate(),
        )
    )
    french = version(page, "fr")
    html = soup(client.get(french.url))

    assert french.get_parent().specific_deferred.pk == news["index"].pk
    assert html.html["lang"] == "fr"
    content = html.find("h1").find_parent(attrs={"lang": True})
    assert (content["lang"], content["dir"]) == ("ar", "rtl")


def test_a_sensitive_service_page_keeps_its_protections_as_a_fallback(client, public_site):
    page = publish(
        factories.ServicePageFactory(parent=public_site.root_page, slug="ecoute", sensitive=True)
    )
    response = client.get(version(page, "zgh").url)
    html = soup(response)

    assert response["Cache-Control"] == "no-store, max-age=0"
    assert response["Referrer-Policy"] == "no-referrer"
    assert html.select_one("[data-quick-exit]") is not None
    assert notice(html) is not None


def test_a_fallbacks_title_carries_its_language_in_the_menu_and_breadcrumbs(client, news):
    news["index"].show_in_menus = True
    publish(news["index"])
    html = soup(client.get("/zgh/actualites/forum-des-jeunes/"))

    menu_item = html.select_one(".main-menu").find("a", string="Actualités")
    assert menu_item["lang"] == "fr"
    current = html.select_one('.breadcrumbs [aria-current="page"]')
    assert (current.get_text(), current["lang"]) == (
        "Le forum des jeunes a choisi six projets",
        "fr",
    )


# --- Moves and deletions in the admin -------------------------------------------------------------


@pytest.fixture
def lead_client(client, comms_lead):
    client.force_login(comms_lead)
    return client


@pytest.fixture
def admin_client(login, tech_admin):
    """The technical administrator: moving pages between sections is his."""
    return login(tech_admin)


def test_deleting_a_page_in_the_admin_deletes_its_fallbacks_not_its_translations(lead_client, news):
    article = news["article"]
    arabic = version(article, "ar")
    arabic.alias_of = None
    arabic.save()  # as if translated: a page of its own
    response = lead_client.post(reverse("wagtailadmin_pages:delete", args=[article.pk]))

    assert response.status_code == 302
    remaining = Page.objects.filter(translation_key=article.translation_key)
    assert list(remaining.values_list("locale__language_code", flat=True)) == ["ar"]


def test_moving_a_page_in_the_admin_moves_its_fallbacks(admin_client, news, public_site):
    article = news["article"]
    archives = publish(
        factories.NewsIndexPageFactory(
            parent=public_site.root_page, title="Archives", slug="archives"
        )
    )
    response = admin_client.post(
        reverse("wagtailadmin_pages:move_confirm", args=[article.pk, archives.pk])
    )

    assert response.status_code == 302
    for code in ("ar", "zgh", "en"):
        parent = version(article, code).get_parent()
        assert parent.translation_key == archives.translation_key, code
    assert client_get_ok(admin_client, "/zgh/archives/forum-des-jeunes/")


def client_get_ok(client, url):
    return client.get(url).status_code == 200


# --- The admin's Translations report --------------------------------------------------------------


def admin_in(user, language):
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()
    return user


@pytest.mark.parametrize("language", ["fr", "ar"])
def test_the_translations_report_shows_each_pages_state_per_locale(client, news, editor, language):
    client.force_login(admin_in(editor, language))
    translate_page(
        news["index"],
        "en",
        {"Actualités": "News", "Les nouvelles du service social.": "The social service's news."},
        log=lambda message: None,
    )
    response = client.get(reverse("home_translations_report"))
    html = soup(response)
    with translation.override(language):
        labels = {key: translation.gettext(key) for key in ("Source", "Translated", "Fallback")}
        headings = [str(Locale.objects.get(language_code=c).get_display_name()) for c in LOCALES]

    assert html.html["lang"] == language
    assert [th.get_text(strip=True) for th in html.select("table thead th")][2:] == headings
    rows = {row[0]: row[2:] for row in _rows(html)}
    fallback, source, translated = labels["Fallback"], labels["Source"], labels["Translated"]
    assert rows["Actualités"] == [source, fallback, fallback, translated]
    assert rows["Le forum des jeunes a choisi six projets"] == [
        source,
        fallback,
        fallback,
        fallback,
    ]


def test_the_report_lists_what_is_left_to_translate_into_one_language(client, news, editor):
    client.force_login(admin_in(editor, "fr"))
    translate_page(
        news["index"],
        "zgh",
        {"Actualités": "ⵉⵏⵖⵎⵉⵙⵏ", "Les nouvelles du service social.": "ⵉⵏⵖⵎⵉⵙⵏ"},
        log=lambda message: None,
    )

    response = client.get(
        reverse("home_translations_report"), {"language": "zgh", "state": "fallback"}
    )
    titles = [row[0] for row in _rows(soup(response))]

    assert "Le forum des jeunes a choisi six projets" in titles
    assert "Actualités" not in titles


def test_a_caseworker_does_not_see_the_translations_report(client, news, cw_listening):
    client.force_login(cw_listening)
    response = client.get(reverse("home_translations_report"))
    assert response.status_code == 302
    assert "Translations" not in client.get("/admin/reports/").content.decode()


LOCALES = ["fr", "ar", "zgh", "en"]


def _rows(html):
    rows = []
    for row in html.select("table tbody tr"):
        cells = [cell.get_text(" ", strip=True) for cell in row.find_all(["td", "th"])]
        rows.append(cells)
    return rows


def test_fill_locales_gives_pages_published_before_their_fallbacks_once(public_site):
    from io import StringIO

    from django.core.management import call_command

    # A page made live without going through publishing, as before this feature.
    page = factories.StandardPageFactory(parent=public_site.root_page, slug="avant")
    assert not Page.objects.filter(translation_key=page.translation_key, alias_of=page).exists()

    first, second = StringIO(), StringIO()
    call_command("fill_locales", stdout=first)
    call_command("fill_locales", stdout=second)

    assert first.getvalue() == "3 fallback pages created.\n"
    assert second.getvalue() == "0 fallback pages created.\n"
    assert version(page, "zgh").alias_of_id == page.pk


def test_a_listing_of_fallbacks_costs_the_same_queries_for_two_or_eight(client, news):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    agenda = news["agenda"]
    zgh_agenda = version(agenda, "zgh")

    def queries_for(count):
        for n in range(count - agenda.get_children().count()):
            publish(
                factories.EventPageFactory(
                    parent=agenda,
                    slug=f"evenement-{count}-{n}",
                    start=timezone.now() + datetime.timedelta(days=5 + n),
                )
            )
        client.get(zgh_agenda.url)  # fills the caches a first visit fills
        with CaptureQueriesContext(connection) as queries:
            html = soup(client.get(zgh_agenda.url))
        titles = html.select("main .event-card .card__title[lang=fr]")
        assert len(titles) == count
        return len(queries)

    assert queries_for(2) == queries_for(8)


def test_a_private_page_is_as_private_in_its_fallbacks(client, news):
    from wagtail.models import PageViewRestriction

    article = news["article"]
    restriction = PageViewRestriction.objects.create(
        page=article, restriction_type=PageViewRestriction.PASSWORD, password="x"
    )
    fallback = version(article, "zgh")
    protected = client.get(fallback.url).content.decode()
    assert 'name="password"' in protected
    assert "Six projets de jeunes commencent cet été." not in protected
    assert "/zgh/actualites/forum-des-jeunes/" not in client.get("/sitemap.xml").content.decode()

    restriction.delete()
    assert notice(soup(client.get(fallback.url))) is not None

    # A page published while private gets private fallbacks.
    PageViewRestriction.objects.create(
        page=news["index"], restriction_type=PageViewRestriction.LOGIN
    )
    later = publish(factories.NewsArticlePageFactory(parent=news["index"], slug="plus-tard"))
    assert client.get(version(later, "en").url).status_code == 302
