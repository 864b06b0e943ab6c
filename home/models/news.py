"""News: an index per language and its articles, with topics and feeds."""

from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Orderable, PageManager, PageQuerySet, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from home.blocks import BodyBlock
from home.models.base import BasePage

NEWS_PER_PAGE = 10


class PublicPageQuerySet(PageQuerySet):
    def in_site_locale(self, page):
        """Live, public pages in the same language as `page`."""
        return self.live().public().filter(locale_id=page.locale_id)

    def for_listing(self):
        return self.select_related("image", "locale")


class NewsArticleQuerySet(PublicPageQuerySet):
    def for_listing(self):
        return super().for_listing().order_by("-date", "-pk")


class NewsIndexPage(RoutablePageMixin, BasePage):
    """The list of news in one language, newest first, with RSS and Atom feeds."""

    subpage_types = ["home.NewsArticlePage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("news index")
        verbose_name_plural = _("news indexes")

    def articles(self):
        return NewsArticlePage.objects.child_of(self).live().public().for_listing()

    @path("")
    def index_route(self, request):
        articles = self.articles()
        tag = request.GET.get("tag", "").strip()
        if tag:
            articles = articles.filter(topic_links__topic__slug=tag)
        paginator = Paginator(articles, NEWS_PER_PAGE)
        try:
            articles_page = paginator.page(request.GET.get("page", 1))
        except PageNotAnInteger:
            articles_page = paginator.page(1)
        except EmptyPage:
            articles_page = paginator.page(paginator.num_pages)
        tags = [
            (topic.name, topic.slug)
            for topic in Topic.objects.of_articles(self.articles(), locale=self.locale)
        ]
        return self.render(
            request,
            context_overrides={"articles": articles_page, "tag": tag, "tags": tags},
        )

    @path("feed/rss/", name="rss")
    def rss_route(self, request):
        from home.feeds import NewsRssFeed

        return NewsRssFeed(self)(request)

    @path("feed/atom/", name="atom")
    def atom_route(self, request):
        from home.feeds import NewsAtomFeed

        return NewsAtomFeed(self)(request)


class TopicQuerySet(models.QuerySet):
    def of_articles(self, articles, locale=None):
        """The topics `articles` are filed under, by name; with `locale`, each in that language
        where it is translated (a fallback article is filed under its source's topics)."""
        topics = self.filter(article_links__article__in=articles.values("pk")).distinct()
        if locale is None:
            return topics.order_by("name")
        found = {}
        for topic in topics:
            found.setdefault(topic.slug, topic)
        for topic in self.filter(locale=locale, slug__in=list(found)):
            found[topic.slug] = topic
        return sorted(found.values(), key=lambda topic: topic.name)


class Topic(TranslatableMixin, models.Model):
    """A subject news articles are filed under; the news index filters by it. Editors meet it in
    Snippets and translate its name there (wagtail-localize); an article's translation is filed
    under the topics' translations. The slug, in the filter's address, is the same in every
    language."""

    name = models.CharField(_("name"), max_length=60)
    slug = models.SlugField(
        _("slug"),
        max_length=60,
        help_text=_(
            "In the address of the news filtered by this topic; the same in every language."
        ),
    )

    translatable_fields = [TranslatableField("name"), SynchronizedField("slug")]
    panels = [FieldPanel("name"), FieldPanel("slug")]

    objects = TopicQuerySet.as_manager()

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("topic")
        verbose_name_plural = _("topics")
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(fields=["locale", "slug"], name="unique_topic_slug_per_locale")
        ]

    def __str__(self):
        return self.name


class NewsArticleTopic(TranslatableMixin, Orderable):
    """A topic of a news article (an inline row of the article). Translatable, so that
    wagtail-localize files the article's translation under the topic's translation."""

    article = ParentalKey(
        "home.NewsArticlePage", on_delete=models.CASCADE, related_name="topic_links"
    )
    topic = models.ForeignKey(
        Topic, verbose_name=_("topic"), on_delete=models.CASCADE, related_name="article_links"
    )

    panels = [FieldPanel("topic")]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        pass


class NewsArticlePage(BasePage):
    """One piece of news: dated, tagged, with a body of blocks."""

    date = models.DateField(_("date"), default=timezone.localdate)
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("body"))

    content_panels = BasePage.content_panels + [
        FieldPanel("date"),
        FieldPanel("body"),
        InlinePanel("topic_links", label=_("Topics")),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("body"),
        index.FilterField("date"),
    ]

    parent_page_types = ["home.NewsIndexPage"]
    subpage_types = []

    objects = PageManager.from_queryset(NewsArticleQuerySet)()

    class Meta:
        verbose_name = _("news article")
        verbose_name_plural = _("news articles")

    @property
    def topics(self):
        """The article's topics; a translated article is filed under the topics' translations."""
        return [link.topic for link in self.topic_links.all()]
