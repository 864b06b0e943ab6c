"""The site's images: Wagtail's image with a credit and a flag for photos of people."""

from django.contrib.contenttypes.models import ContentType
from django.db import models, transaction
from django.dispatch import receiver
from django.utils.translation import gettext_lazy as _
from wagtail.images.models import (
    AbstractImage,
    AbstractRendition,
    Filter,
    Image,
    WagtailImageField,
    get_upload_to,
)
from wagtail.models import Page, ReferenceIndex
from wagtail.signals import page_published, page_unpublished

from home.media import private_media_storage, withheld_rendition_url


class SiteImage(AbstractImage):
    """An image of the public site. Editors meet it in Images; its credit is shown under it.

    Originals are stored out of public reach (home.media: the "private_media" storage); the public
    site only shows renditions. A photo of identifiable people (`shows_people`) stays private until
    a page using it is published: as long as no live, unrestricted page refers to it (Wagtail's
    reference index), asking it for a rendition writes nothing public and returns one that only
    signed-in editors can load (admin thumbnails, choosers, previews of drafts). Publishing the
    page that uses it releases it, and its renditions go to the public media storage as for any
    image; when no live page uses it any more, those public renditions are deleted again.
    """

    file = WagtailImageField(
        verbose_name=_("file"),
        upload_to=get_upload_to,
        width_field="width",
        height_field="height",
        storage=private_media_storage,
    )
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

    def save(self, *args, **kwargs):
        super().save(*args, **kwargs)
        if self.is_withheld():
            # Marked as a photo of people after the admin made thumbnails of it.
            self.withdraw_public_renditions()

    @property
    def alt_text(self):
        """The alt text of this use of the image: empty when marked decorative, else the text
        given where it is used (Wagtail's ImageBlock, a page's image description), else the
        image's own. Read from this instance, not from a rendition, whose image may be another
        copy of the same record (a prefetched or cached rendition)."""
        if self.decorative:
            return ""
        return self.contextual_alt_text or self.default_alt_text

    def is_used_by_live_page(self):
        """Whether a live page that anyone may read refers to this image."""
        page_ids = (
            ReferenceIndex.get_references_to(self)
            .filter(base_content_type=ContentType.objects.get_for_model(Page))
            .values_list("object_id", flat=True)
        )
        return Page.objects.live().public().filter(pk__in=[int(pk) for pk in page_ids]).exists()

    def is_withheld(self):
        """A photo of people that no live page uses yet: no public file of it may exist."""
        return self.shows_people and not self.is_used_by_live_page()

    def withdraw_public_renditions(self):
        # Wagtail deletes each rendition's file (and cache entry) with it.
        self.renditions.all().delete()

    def get_rendition(self, filter):
        if self.is_withheld():
            return self._withheld_rendition(filter)
        return super().get_rendition(filter)

    def get_renditions(self, *filters):
        if self.is_withheld():
            renditions = [self._withheld_rendition(filter) for filter in filters]
            return {rendition.filter_spec: rendition for rendition in renditions}
        return super().get_renditions(*filters)

    def _withheld_rendition(self, filter):
        """An unsaved rendition whose URL is the admin's withheld-image view (home.media)."""
        if isinstance(filter, str):
            filter = Filter(spec=filter)
        filter = self.clean_filter_for_svg(filter)
        width, height = filter.get_transform(self).size
        rendition = self.get_rendition_model()(
            image=self,
            filter_spec=filter.spec,
            focal_point_key=filter.get_cache_key(self),
            width=width,
            height=height,
        )
        rendition.withheld_url = withheld_rendition_url(self, filter.spec)
        return rendition


class SiteRendition(AbstractRendition):
    """A resized copy of a SiteImage (Wagtail makes them on demand), in public media storage;
    for a withheld photo of people, an unsaved stand-in served by the admin only."""

    image = models.ForeignKey(SiteImage, on_delete=models.CASCADE, related_name="renditions")

    class Meta:
        unique_together = (("image", "filter_spec", "focal_point_key"),)

    @property
    def url(self):
        return getattr(self, "withheld_url", None) or self.file.url


# --- Releasing and withdrawing photos of people with the pages that use them ----------------------


@receiver(page_published)
def index_references_on_publish(sender, instance, **kwargs):
    """Wagtail updates the reference index in a background task; a photo of people on the page
    just published must be released before its first visitor, so index the page now."""
    with transaction.atomic():
        ReferenceIndex.create_or_update_for_object(instance)


@receiver(page_unpublished)
def withdraw_photos_of_people_on_unpublish(sender, instance, **kwargs):
    """Photos of people the unpublished page used lose their public renditions unless another
    live page still uses them (checked once the unpublication, or deletion, is committed)."""
    image_ids = list(
        ReferenceIndex.get_references_for_object(instance)
        .filter(to_content_type=ContentType.objects.get_for_model(SiteImage))
        .values_list("to_object_id", flat=True)
    )
    if not image_ids:
        return

    def withdraw():
        for image in SiteImage.objects.filter(pk__in=image_ids, shows_people=True):
            if not image.is_used_by_live_page():
                image.withdraw_public_renditions()

    transaction.on_commit(withdraw)
