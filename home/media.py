"""Where the site's image files live, and how the admin shows photos of people not yet published.

Originals of every image sit in the "private_media" storage, which has no public URL; visitors
only ever get renditions, written to the public media storage. A photo of identifiable people
(`SiteImage.shows_people`) gets no public rendition until a live page uses it: until then the
admin's thumbnails and the previews of draft pages show it through `withheld_rendition`, a view
for signed-in editors that resizes the private original on the fly and writes nothing public.
"""

from io import BytesIO

from django.core.cache import cache
from django.core.exceptions import PermissionDenied
from django.core.files.storage import storages
from django.http import Http404, HttpResponse, HttpResponseBadRequest
from django.shortcuts import get_object_or_404
from django.urls import reverse
from wagtail.images.exceptions import InvalidFilterSpecError
from wagtail.images.models import Filter
from wagtail.images.utils import generate_signature, verify_signature
from wagtail.permissions import policy_registry

# Resized copies kept in the cache so a listing of people photos is not resized on every visit;
# large ones (the "original" size the image editor offers) are made again when asked for.
CACHE_SECONDS = 24 * 60 * 60
CACHE_MAX_BYTES = 512 * 1024


def private_media_storage():
    """The storage of image originals (settings.STORAGES["private_media"])."""
    return storages["private_media"]


def withheld_rendition_url(image, filter_spec):
    """The admin-only address of `image` resized by `filter_spec`, signed so that only the sizes
    the site's templates and the admin ask for can be requested."""
    signature = generate_signature(image.pk, filter_spec)
    return reverse("home_withheld_rendition", args=[signature, image.pk, filter_spec])


def withheld_rendition(request, signature, image_id, filter_spec):
    """A photo of people that no live page uses yet, resized for someone who may use it in a page.

    Registered under /admin/ (home/wagtail_hooks.py), so only signed-in admin users reach it.
    """
    from home.models import SiteImage

    if not verify_signature(signature.encode(), image_id, filter_spec):
        raise Http404
    image = get_object_or_404(SiteImage, pk=image_id)
    policy = policy_registry.get_by_type(SiteImage)
    if not policy.user_has_any_permission_for_instance(request.user, ["change", "choose"], image):
        raise PermissionDenied

    image_filter = Filter(spec=filter_spec)
    key = ":".join(
        [
            "home-withheld-rendition",
            str(image.pk),
            image.file_hash,
            image_filter.get_cache_key(image),
            filter_spec,
        ]
    )
    cached = cache.get(key)
    if cached is None:
        try:
            output = image_filter.run(image, BytesIO())
        except InvalidFilterSpecError:
            return HttpResponseBadRequest("Invalid filter spec.", content_type="text/plain")
        cached = (output.f.getvalue(), output.mime_type)
        if len(cached[0]) <= CACHE_MAX_BYTES:
            cache.set(key, cached, CACHE_SECONDS)

    content, mime_type = cached
    response = HttpResponse(content, content_type=mime_type)
    # As Wagtail's own image serve view: an SVG upload must not run as a page.
    response["Content-Security-Policy"] = "default-src 'none'"
    response["X-Content-Type-Options"] = "nosniff"
    return response
