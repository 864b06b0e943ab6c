"""What every public page shares: an introduction, a listing image, a theme vocabulary."""

from django.db import models
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.models import Page
from wagtail.search import index


class Theme(models.TextChoices):
    """The themes events, projects and youth proposals are filed under."""

    SOCIAL = "social", _("Social")
    SOCIO_ECONOMIC = "socio_economic", _("Socio-economic")
    ENVIRONMENT = "environment", _("Environment")
    CULTURE = "culture", _("Culture")
    SPORT = "sport", _("Sport")
    HEALTH = "health", _("Health")
    CITIZENSHIP = "citizenship", _("Citizenship")
    OTHER = "other", pgettext_lazy("theme", "Other")


class BasePage(Page):
    """Fields shared by the public page types: a short introduction (also the page's description
    for search engines and link previews) and an image for listings and the page header."""

    intro = models.TextField(
        _("introduction"),
        max_length=500,
        help_text=_(
            "One or two sentences shown under the title, in listings and in search results."
        ),
    )
    image = models.ForeignKey(
        "home.SiteImage",
        verbose_name=_("image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Shown at the top of the page and in listings."),
    )
    image_alt = models.CharField(
        _("image description"),
        max_length=250,
        blank=True,
        help_text=_(
            "What the image shows, for visitors who cannot see it; translated with the page. "
            "Empty: the image's own title."
        ),
    )

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        MultiFieldPanel([FieldPanel("image"), FieldPanel("image_alt")], heading=_("Image")),
    ]
    search_fields = Page.search_fields + [index.SearchField("intro")]

    class Meta:
        abstract = True

    @property
    def description(self):
        return self.search_description or self.intro

    @cached_property
    def image_with_alt(self):
        """The page's image carrying the page's description of it, the way Wagtail's ImageBlock
        gives an image its alt text for one use: renditions (and so `{% picture %}`) take it."""
        image = self.image
        if image is not None and self.image_alt:
            image.contextual_alt_text = self.image_alt
        return image
