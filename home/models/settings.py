"""Site-wide settings editors change in Settings: contact details, hotlines, footer links."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import StreamField

from home import blocks


@register_setting(icon="site")
class SiteSettings(BaseSiteSetting):
    """One record per site. The hotline numbers are written once here and shown on every
    sensitive service page and in the footer."""

    hotlines = StreamField(
        [("hotline", blocks.HotlineBlock())],
        blank=True,
        verbose_name=_("hotline numbers"),
    )
    exit_url = models.URLField(
        _("quick exit address"),
        default="https://www.google.com/search?q=m%C3%A9t%C3%A9o",
        help_text=_("The neutral site the quick exit on sensitive pages opens instead."),
    )
    address = models.CharField(_("address"), max_length=200, blank=True)
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    footer_links = StreamField(
        [("page", blocks.FooterLinkBlock())],
        blank=True,
        verbose_name=_("footer links"),
        help_text=_("Pages linked in every footer, shown in the visitor's language."),
    )

    panels = [
        FieldPanel("hotlines"),
        FieldPanel("exit_url"),
        MultiFieldPanel(
            [FieldPanel("address"), FieldPanel("phone"), FieldPanel("email")],
            heading=_("Contact"),
        ),
        FieldPanel("footer_links"),
    ]

    class Meta:
        verbose_name = _("site settings")
