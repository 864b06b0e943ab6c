"""RSS and Atom feeds of the news, per language."""

import datetime

import feedparser
import pytest
from django.utils import timezone
from wagtail.models import Locale, PageViewRestriction

from home.feeds import FEED_LENGTH
from tests.factories import NewsArticlePageFactory, NewsIndexPageFactory, copy_for_translation
from tests.home.helpers import file_under


@pytest.fixture
def news(public_site):
    """French news index with 25 published articles (one a day, the newest today), a draft and a
    password-protected article."""
    index = NewsIndexPageFactory(parent=public_site.root_page)
    today = timezone.localdate()
    articles = [
        NewsArticlePageFactory(
            parent=index,
            title=f"Nouvelle du jour {n}",
            slug=f"nouvelle-{n}",
            intro=f"Ce qui s'est passé il y a {n} jours.",
            date=today - datetime.timedelta(days=n),
        )
        for n in range(25)
    ]
    file_under(articles[0], "Jeunesse", "Forum")
    NewsArticlePageFactory(parent=index, title="Brouillon secret", live=False, date=today)
    private = NewsArticlePageFactory(parent=index, title="Réservée aux partenaires", date=today)
    PageViewRestriction.objects.create(
        page=private, restriction_type=PageViewRestriction.PASSWORD, password="x"
    )
    return index


def parse(response):
    feed = feedparser.parse(response.content)
    assert not feed.bozo, feed.get("bozo_exception")
    return feed


def test_rss_feed_lists_the_twenty_newest_articles_with_absolute_links(client, news):
    response = client.get("/fr/actualites/feed/rss/")

    assert response.status_code == 200
    assert response["Content-Type"] == "application/rss+xml; charset=utf-8"
    feed = parse(response)
    assert feed.version == "rss20"
    assert feed.feed.title == "Actualités · Tiwizi"
    assert feed.feed.link == "http://testserver/fr/actualites/"
    assert feed.feed.language == "fr"
    assert len(feed.entries) == FEED_LENGTH
    assert [entry.title for entry in feed.entries[:3]] == [
        "Nouvelle du jour 0",
        "Nouvelle du jour 1",
        "Nouvelle du jour 2",
    ]
    newest = feed.entries[0]
    assert newest.link == "http://testserver/fr/actualites/nouvelle-0/"
    assert newest.summary == "Ce qui s'est passé il y a 0 jours."
    assert sorted(tag.term for tag in newest.tags) == ["Forum", "Jeunesse"]
    assert newest.published_parsed is not None
    assert newest.id.startswith("tag:testserver,2022:news/")


def test_atom_feed_is_valid_atom_in_the_index_language(client, news):
    response = client.get("/fr/actualites/feed/atom/")

    assert response["Content-Type"] == "application/atom+xml; charset=utf-8"
    feed = parse(response)
    assert feed.version == "atom10"
    assert feed.feed.language == "fr"
    assert feed.feed.author == "Service social de Belfaa"
    assert len(feed.entries) == FEED_LENGTH
    newest = feed.entries[0]
    assert newest.title == "Nouvelle du jour 0"
    assert newest.link == "http://testserver/fr/actualites/nouvelle-0/"
    assert newest.updated_parsed is not None
    assert {tag.term for tag in newest.tags} == {"Forum", "Jeunesse"}


def test_an_article_keeps_its_id_when_its_address_changes(client, news):
    before = parse(client.get("/fr/actualites/feed/atom/")).entries[0].id
    article = news.get_children().get(slug="nouvelle-0").specific
    article.slug = "nouvelle-renommee"
    article.save_revision().publish()

    entry = parse(client.get("/fr/actualites/feed/atom/")).entries[0]

    assert entry.link.endswith("/nouvelle-renommee/")
    assert entry.id == before


@pytest.mark.parametrize("kind", ["rss", "atom"])
def test_feeds_leave_out_drafts_and_protected_articles(client, news, kind):
    response = client.get(f"/fr/actualites/feed/{kind}/")
    titles = [entry.title for entry in parse(response).entries]

    assert response.status_code == 200
    # The published articles of the same day and before fill the feed...
    assert len(titles) == FEED_LENGTH
    assert "Nouvelle du jour 0" in titles
    # ...without the draft or the protected one.
    assert "Brouillon secret" not in titles
    assert "Réservée aux partenaires" not in titles


@pytest.mark.parametrize("kind", ["rss", "atom"])
def test_feeds_may_be_cached_for_a_quarter_of_an_hour(client, news, kind):
    response = client.get(f"/fr/actualites/feed/{kind}/")

    assert "public" in response["Cache-Control"]
    assert "max-age=900" in response["Cache-Control"]


def test_the_arabic_news_feed_is_in_arabic_with_arabic_articles_only(
    client, news, django_capture_on_commit_callbacks
):
    arabic = Locale.objects.get(language_code="ar")
    index = copy_for_translation(news, arabic)
    index.title = "الأخبار"
    index.save_revision().publish()
    article = copy_for_translation(news.get_children().get(slug="nouvelle-0").specific, arabic)
    article.title = "خبر اليوم"
    article.save_revision().publish()

    response = client.get(f"{index.url}feed/atom/")
    feed = parse(response)

    assert feed.feed.language == "ar"
    assert feed.feed.title == "الأخبار · Tiwizi"
    assert [entry.title for entry in feed.entries] == ["خبر اليوم"]
    assert feed.entries[0].link.startswith("http://testserver/ar/")
    rss = parse(client.get(f"{index.url}feed/rss/"))
    assert rss.feed.language == "ar"
