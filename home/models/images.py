"""The site's images: Wagtail's image with a credit and a flag for photos of people."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.images.models import AbstractImage, AbstractRendition, Image


class SiteImage(AbstractImage):
    """An image of the public site. Editors meet it in Images; its credit is shown under it, and
    a photo of identifiable people stays private until a page that uses it is published."""

    credit = models.CharField(_("credit"), max_length=120, blank=True)
    shows_people = models.BooleanField(
        _("shows identifiable people"),
        default=False,
        help_text=_(
            "Kept out of the public site until a published page uses it; ask the people shown "
            "for their consent first."
        ),
    )

    admin_form_fields = Image.admin_form_fields + ("credit", "shows_people")

    class Meta(AbstractImage.Meta):
        verbose_name = _("image")
        verbose_name_plural = _("images")
        permissions = [("choose_siteimage", "Can choose image")]


class SiteRendition(AbstractRendition):
    """A resized copy of a SiteImage (Wagtail makes them on demand)."""

    image = models.ForeignKey(SiteImage, on_delete=models.CASCADE, related_name="renditions")

    class Meta:
        unique_together = (("image", "filter_spec", "focal_point_key"),)
