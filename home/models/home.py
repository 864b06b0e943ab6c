"""The home page of each language's site."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.search import index

from home.blocks import HomeBodyBlock
from home.models.base import BasePage


class HomePage(BasePage):
    """The root of each language's site: who the social service is for and what it offers, with
    the latest news and the next events."""

    body = StreamField(HomeBodyBlock(), blank=True, verbose_name=_("body"))

    content_panels = BasePage.content_panels + [FieldPanel("body")]
    search_fields = BasePage.search_fields + [index.SearchField("body")]

    parent_page_types = ["wagtailcore.Page"]

    class Meta:
        verbose_name = _("home page")
        verbose_name_plural = _("home pages")

    def get_context(self, request, *args, **kwargs):
        from home.models.events import EventPage
        from home.models.news import NewsArticlePage

        context = super().get_context(request, *args, **kwargs)
        context["latest_news"] = NewsArticlePage.objects.in_site_locale(self).for_listing()[:3]
        context["next_events"] = EventPage.objects.in_site_locale(self).upcoming().for_listing()[:3]
        return context
