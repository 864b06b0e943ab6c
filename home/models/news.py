"""News: an index per language and its articles, with tags and feeds."""

from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import PageManager, PageQuerySet
from wagtail.search import index

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
            articles = articles.filter(tags__slug=tag)
        paginator = Paginator(articles, NEWS_PER_PAGE)
        try:
            articles_page = paginator.page(request.GET.get("page", 1))
        except PageNotAnInteger:
            articles_page = paginator.page(1)
        except EmptyPage:
            articles_page = paginator.page(paginator.num_pages)
        tags = (
            NewsArticleTag.objects.filter(content_object__in=self.articles())
            .values_list("tag__name", "tag__slug")
            .distinct()
            .order_by("tag__name")
        )
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


class NewsArticleTag(TaggedItemBase):
    """The tags of a news article (taggit through model)."""

    content_object = ParentalKey(
        "home.NewsArticlePage", on_delete=models.CASCADE, related_name="tagged_items"
    )


class NewsArticlePage(BasePage):
    """One piece of news: dated, tagged, with a body of blocks."""

    date = models.DateField(_("date"), default=timezone.localdate)
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("body"))
    tags = ClusterTaggableManager(through=NewsArticleTag, blank=True, verbose_name=_("tags"))

    content_panels = BasePage.content_panels + [
        FieldPanel("date"),
        FieldPanel("body"),
        FieldPanel("tags"),
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
