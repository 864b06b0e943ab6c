"""RSS 2.0 and Atom 1.0 feeds of a news index: its newest articles, in the index's language."""

import datetime
from html import escape

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed
from django.utils.translation import gettext

from home.views import cache_briefly

FEED_LENGTH = 20


class NewsRssFeed(Feed):
    """The newest articles of one news index; `NewsRssFeed(index)(request)`."""

    feed_type = Rss201rev2Feed

    def __init__(self, index):
        self.index = index
        self.language = index.locale.language_code
        self.request = None

    def __call__(self, request, *args, **kwargs):
        self.request = request
        return cache_briefly(super().__call__(request, *args, **kwargs), self.index)

    def _absolute(self, page):
        return self.request.build_absolute_uri(page.get_url(self.request))

    def get_object(self, request, *args, **kwargs):
        return self.index

    def title(self, index):
        return f"{index.title} · {settings.WAGTAIL_SITE_NAME}"

    def link(self, index):
        return self._absolute(index)

    def description(self, index):
        return index.intro

    subtitle = description

    def feed_url(self, index):
        return self.request.build_absolute_uri(self.request.path)

    def author_name(self, index):
        return gettext("Social service of Belfaa")

    def items(self, index):
        return index.articles().prefetch_related("topic_links__topic")[:FEED_LENGTH]

    def item_title(self, article):
        return article.title

    def item_description(self, article):
        # Readers take the description as HTML; the introduction is plain text.
        return escape(article.intro, quote=False)

    def item_link(self, article):
        return self._absolute(article)

    def item_guid(self, article):
        # Stays the same when the article's slug or title changes, so readers never show an
        # article twice. 2022: the partnership's first year, a fixed date the tag URI needs.
        host = self.request.get_host().split(":")[0]
        return f"tag:{host},2022:news/{article.translation_key}/{self.language}"

    item_guid_is_permalink = False

    def item_pubdate(self, article):
        published = article.first_published_at
        if published and timezone.localtime(published).date() == article.date:
            return published
        return datetime.datetime.combine(
            article.date, datetime.time(0), tzinfo=timezone.get_default_timezone()
        )

    def item_updateddate(self, article):
        return article.last_published_at or self.item_pubdate(article)

    def item_categories(self, article):
        return [topic.name for topic in article.topics]


class NewsAtomFeed(NewsRssFeed):
    feed_type = Atom1Feed
