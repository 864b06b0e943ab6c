"""Admin wiring of the public site: the view of unpublished photos of people."""

from django.urls import path
from wagtail import hooks

from home import media


@hooks.register("register_admin_urls")
def withheld_image_urls():
    return [
        path(
            "withheld-images/<str:signature>/<int:image_id>/<str:filter_spec>/",
            media.withheld_rendition,
            name="home_withheld_rendition",
        )
    ]

