"""Site-wide settings editors change in Settings (hotlines, footer links, the contact details
shown in the footer) and the contact details themselves, a snippet translated like a page."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import StreamField
from wagtail.models import TranslatableMixin
from wagtail_localize.fields import SynchronizedField, TranslatableField

from home import blocks


class ContactDetails(TranslatableMixin, models.Model):
    """The address, phone and e-mail of the service, shown in every footer. Editors meet it in
    Snippets and translate it there with wagtail-localize, as they translate pages: the address
    is written in each language, the phone and e-mail follow the source."""

    name = models.CharField(
        _("name"),
        max_length=120,
        help_text=_("For editors: which contact this is (the site settings choose one)."),
    )
    address = models.CharField(_("address"), max_length=200, blank=True)
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)

    translatable_fields = [
        TranslatableField("name"),
        TranslatableField("address"),
        SynchronizedField("phone"),
        SynchronizedField("email"),
    ]
    panels = [FieldPanel("name"), FieldPanel("address"), FieldPanel("phone"), FieldPanel("email")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("contact details")
        verbose_name_plural = _("contact details")

    def __str__(self):
        return self.name


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
    contact = models.ForeignKey(
        ContactDetails,
        verbose_name=_("contact details"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Shown in every footer, in the visitor's language once translated."),
    )
    footer_links = StreamField(
        [("page", blocks.FooterLinkBlock())],
        blank=True,
        verbose_name=_("footer links"),
        help_text=_("Pages linked in every footer, shown in the visitor's language."),
    )

    panels = [
        FieldPanel("hotlines"),
        FieldPanel("exit_url"),
        FieldPanel("contact"),
        FieldPanel("footer_links"),
    ]

    class Meta:
        verbose_name = _("site settings")

    def localized_contact(self):
        """The contact details in the visitor's language, or in their source language while
        they are not translated."""
        return self.contact.localized if self.contact else None
