"""load_demo_data builds the demo site from the seeds, with its personas, and is idempotent."""

import re

import pytest
from django.apps import apps
from django.contrib.auth import get_user_model
from django.core.management import CommandError
from wagtail.models import Locale
from wagtail_localize.models import Translation

from demo.personas import PERSONAS
from demo.site import french_home


def row_counts():
    return {model._meta.label: model._default_manager.count() for model in apps.get_models()}


@pytest.fixture
def load(load_demo_data):
    return load_demo_data


@pytest.fixture
def debug(settings):
    settings.DEBUG = True


def test_running_it_twice_leaves_the_same_rows(load, debug, client):
    load("--demo-password", "pw-for-tests")
    first = row_counts()
    load("--demo-password", "pw-for-tests")
    assert row_counts() == first
    assert first["home.HomePage"] == 4
    assert_the_home_page_is_translated_through_wagtail_localize()
    assert_the_whole_public_site_is_there()
    assert_every_live_page_answers(client)
    assert_nothing_a_visitor_reads_stays_french(client)
    assert_every_page_is_in_every_locale(client)
    assert_no_news_or_event_listing_is_empty_in_any_locale(client)


def assert_the_whole_public_site_is_there():
    """Every page type; 12+ news and 10+ events, past and upcoming; every French page in
    Arabic, the main ones in Tamazight and English; hotlines in the site settings."""
    from wagtail.models import Page, Site

    from demo.site import PUBLIC_PAGE_TYPES
    from home.models import EventPage, NewsArticlePage, SiteSettings
    from proposals.models import Proposal

    french = Locale.objects.get(language_code="fr")
    live = Page.objects.live().filter(locale=french, depth__gt=1).specific()
    assert {type(page) for page in live} >= set(PUBLIC_PAGE_TYPES)
    assert NewsArticlePage.objects.live().filter(locale=french).count() >= 12
    events = EventPage.objects.live().filter(locale=french)
    assert events.count() >= 10
    assert events.upcoming().exists() and events.past().exists()
    projects = {page.slug for page in live if type(page).__name__ == "ProjectPage"}
    assert {"plantation-toulaasri", "terrain-de-sport", "1000-premiers-jours"} <= projects
    # Youth groups' project pages are written in the group's language only.
    youth_projects = set(Proposal.objects.values_list("project_page", flat=True))
    for page in live.exclude(pk__in=youth_projects).filter(alias_of__isnull=True):
        translated = page.get_translations().live().filter(alias_of__isnull=True)
        codes = set(translated.values_list("locale__language_code", flat=True))
        assert "ar" in codes, page.url_path
        if type(page).__name__ in ("HomePage", "ServicePage", "PlacePage", "ProjectPage"):
            assert {"zgh", "en"} <= codes, page.url_path
    settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    assert len(settings.hotlines) >= 3


def assert_the_home_page_is_translated_through_wagtail_localize():
    home = french_home()
    assert home.locale.language_code == "fr"
    translations = Translation.objects.filter(source__object_id=home.translation_key)
    assert sorted(t.target_locale.language_code for t in translations) == ["ar", "en", "zgh"]
    arabic = home.get_translation(Locale.objects.get(language_code="ar"))
    assert arabic.live
    assert arabic.title == "مرحبا بكم في بلفاع"
    assert "مهامنا" in str(arabic.specific.body)


def test_demo_password_gives_every_persona_that_password(load, debug, client):
    load("--only", "personas", "--demo-password", "pw-for-tests")
    usernames = set(get_user_model().objects.values_list("username", flat=True))
    assert {p.username for p in PERSONAS} <= usernames
    assert client.login(username="cw-listening", password="pw-for-tests")


def test_demo_password_is_refused_on_a_server_with_debug_off(load, settings):
    settings.DEBUG = False
    with pytest.raises(CommandError, match="DEBUG off"):
        load("--only", "personas", "--demo-password", "pw-for-tests")
    assert not get_user_model().objects.filter(username="editor").exists()


def test_force_allows_the_demo_password_with_debug_off(load, settings, client):
    settings.DEBUG = False
    load("--only", "personas", "--demo-password", "pw-for-tests", "--force")
    assert client.login(username="editor", password="pw-for-tests")


def test_without_a_password_each_persona_gets_a_generated_one_shown_once(load):
    out = load("--only", "personas")
    line = next(line for line in out.splitlines() if line.strip().startswith("dpo "))
    password = line.split()[1]
    user = get_user_model().objects.get(username="dpo")
    assert user.check_password(password)

    assert "dpo " not in load("--only", "personas")
    user.refresh_from_db()
    assert user.check_password(password)


def test_communications_personas_reach_the_admin_and_only_the_lead_publishes(load, debug, client):
    load("--only", "personas", "--demo-password", "pw-for-tests")
    editor = get_user_model().objects.get(username="editor")
    lead = get_user_model().objects.get(username="comms-lead")
    home = french_home()
    assert home.permissions_for_user(editor).can_edit()
    assert not home.permissions_for_user(editor).can_publish()
    assert home.permissions_for_user(lead).can_publish()
    client.force_login(editor)
    assert client.get("/admin/").status_code == 200


def test_the_technical_administrator_is_the_only_superuser(load, debug):
    load("--only", "personas", "--demo-password", "pw-for-tests")
    superusers = get_user_model().objects.filter(is_superuser=True)
    assert list(superusers.values_list("username", flat=True)) == ["admin"]


def assert_every_live_page_answers(client):
    """Every page of every language opens: translated children stay reachable in the tree."""
    from wagtail.models import Page

    pages = Page.objects.live().filter(depth__gt=1)
    failures = [page.url for page in pages if client.get(page.url).status_code != 200]
    assert not failures


ARABIC = re.compile("[\u0600-\u06ff]")
TIFINAGH = re.compile("[\u2d30-\u2d7f]")


def assert_nothing_a_visitor_reads_stays_french(client):
    """Image descriptions, contact details and topics exist in every language of the demo; the
    youth groups write in the language they chose."""
    from wagtail.models import Page

    from home.models import ContactDetails, Topic
    from proposals.models import Proposal

    french = Locale.objects.get(language_code="fr")
    # Translated pages (a fallback shows its source's own description, marked as French).
    for page in Page.objects.live().exclude(locale=french).filter(alias_of=None).specific():
        source = page.get_translation_or_none(french)
        if getattr(page, "image_id", None) and source is not None:
            assert page.image_alt and page.image_alt != source.specific.image_alt, page.url_path
    for code, script in (("ar", ARABIC), ("zgh", TIFINAGH)):
        locale = Locale.objects.get(language_code=code)
        assert script.search(ContactDetails.objects.get(locale=locale).address)
        names = Topic.objects.filter(locale=locale).values_list("name", flat=True)
        assert names and all(script.search(name) for name in names)
        for proposal in Proposal.objects.filter(language=code):
            assert script.search(proposal.title) and script.search(proposal.group_name)
    for proposal in Proposal.objects.filter(language__in=["fr", "en"]):
        assert not ARABIC.search(proposal.title) and not TIFINAGH.search(proposal.title)
    response = client.get("/zgh/")
    assert "ⵜⴰⴷⴷⴰⵔⵜ ⵏ ⵜⵎⵙⵎⵓⵏⵜ, ⴱⵍⴼⴰⵄ" in response.content.decode()


def assert_every_page_is_in_every_locale(client):
    """Every live page of every locale is live in the three others too, translated or as a
    marked fallback (the notice, and its content in its source's language)."""
    from bs4 import BeautifulSoup
    from wagtail.models import Page

    from home.fallbacks import content_language

    live = Page.objects.live().filter(depth__gt=1)
    for key in set(live.values_list("translation_key", flat=True)):
        versions = live.filter(translation_key=key).select_related("locale")
        assert sorted(v.locale.language_code for v in versions) == ["ar", "en", "fr", "zgh"]
    # What a fallback looks like, and that a translation does not.
    fallback = live.filter(alias_of__isnull=False, locale__language_code="zgh").first()
    html = BeautifulSoup(client.get(fallback.url).content, "html.parser")
    assert html.select_one(".fallback-notice") is not None
    assert html.find("h1").find_parent(attrs={"lang": True})["lang"] == "fr"
    assert content_language(fallback) == "fr"
    translated = live.filter(alias_of__isnull=True, locale__language_code="zgh", depth=3).first()
    html = BeautifulSoup(client.get(translated.url).content, "html.parser")
    assert html.select_one(".fallback-notice") is None
    # A youth group's project page is a page of the language the group writes in (the others'
    # sites show it as a fallback).
    from proposals.models import Proposal

    projects = Proposal.objects.exclude(project_page=None).select_related("project_page__locale")
    assert projects.exists()
    for proposal in projects:
        assert proposal.project_page.locale.language_code == proposal.language, proposal.title


def assert_no_news_or_event_listing_is_empty_in_any_locale(client):
    """The news and the agenda of every language list what the French ones list, and so do
    their feeds and calendars."""
    import feedparser

    from home.models import EventIndexPage, EventPage, NewsArticlePage, NewsIndexPage

    french_news = NewsArticlePage.objects.live().filter(locale__language_code="fr").count()
    french_events = EventPage.objects.live().filter(locale__language_code="fr").count()
    for index in NewsIndexPage.objects.live():
        assert index.get_children().live().count() == french_news, index.url
        feed = feedparser.parse(client.get(f"{index.url}feed/atom/").content)
        assert feed.entries, index.url
    for agenda in EventIndexPage.objects.live():
        assert agenda.get_children().live().count() == french_events, agenda.url
        assert client.get(agenda.url).status_code == 200
        assert "BEGIN:VEVENT" in client.get(f"{agenda.url}calendar.ics").content.decode()
