"""Public page types. Editors meet them in the Wagtail page tree, one tree per language."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from home.blocks import HomeBodyBlock


class HomePage(Page):
    """The root of each language's site: who the social service is for and what it offers."""

    intro = models.TextField(
        _("introduction"),
        max_length=500,
        help_text=_("One or two sentences shown under the title and in search results."),
    )
    body = StreamField(HomeBodyBlock(), blank=True, verbose_name=_("body"))

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    search_fields = Page.search_fields + [index.SearchField("intro"), index.SearchField("body")]

    parent_page_types = ["wagtailcore.Page"]

    class Meta:
        verbose_name = _("home page")
        verbose_name_plural = _("home pages")
