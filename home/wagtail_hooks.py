"""Admin wiring of the public site: the view of unpublished photos of people, the editors' script
that writes Arabic right to left, the translatable snippets (topics, contact details), page
reports only for those who edit pages."""

from django.conf import settings
from django.templatetags.static import static
from django.urls import path, reverse
from django.utils.html import format_html
from wagtail import hooks
from wagtail.admin.auth import user_has_any_page_permission
from wagtail.snippets.models import register_snippet

from home import media
from home.snippets import ContactDetailsViewSet, TopicViewSet

register_snippet(TopicViewSet)
register_snippet(ContactDetailsViewSet)


@hooks.register("register_admin_urls")
def withheld_image_urls():
    return [
        path(
            "withheld-images/<str:signature>/<int:image_id>/<str:filter_spec>/",
            media.withheld_rendition,
            name="home_withheld_rendition",
        )
    ]


@hooks.register("insert_editor_js")
def content_direction_js():
    """Page and snippet editors and wagtail-localize's translation editor."""
    return format_html(
        '<script src="{}" data-rtl-languages="{}" defer></script>',
        static("js/admin-content-direction.js"),
        " ".join(settings.LANGUAGES_BIDI),
    )


@hooks.register("construct_reports_menu")
def page_reports_for_page_editors(request, menu_items):
    """wagtail-localize shows its Translations report to every admin user: caseworkers, the DPO
    and the coordinator, who have no page, get no menu of pages."""
    if not user_has_any_page_permission(request.user):
        translations = reverse("wagtail_localize:translations_report")
        menu_items[:] = [item for item in menu_items if item.url != translations]
