"""Admin wiring of the public site: the view of unpublished photos of people, the editors' script
that writes Arabic right to left, the translatable snippets (topics, contact details), the
translation status report and the fallbacks that follow their page, page reports only for those
who edit pages."""

from django.conf import settings
from django.templatetags.static import static
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.auth import user_has_any_page_permission
from wagtail.admin.menu import MenuItem
from wagtail.models import Page
from wagtail.permission_policies.pages import PagePermissionPolicy
from wagtail.snippets.models import register_snippet

from home import media, reports
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


@hooks.register("construct_translated_pages_to_cascade_actions")
def fallbacks_follow_their_page(pages, action):
    """Moving or deleting a page in the admin moves or deletes its fallbacks in the other
    locales (home.fallbacks) with it: a deleted page's alias would otherwise stay behind as a
    page of its own. Translations stay where their editors put them. (Unpublishing needs nothing:
    Wagtail unpublishes a page's aliases with it.)"""
    if action not in ("move", "delete"):
        return None
    return {page: Page.objects.filter(alias_of=page) for page in pages}


class TranslationsMenuItem(MenuItem):
    def is_shown(self, request):
        return PagePermissionPolicy().user_has_any_permission(
            request.user, ["add", "change", "publish"]
        )


@hooks.register("register_admin_urls")
def translations_report_urls():
    view = reports.TranslationsReportView
    return [
        path("reports/translation-status/", view.as_view(), name="home_translations_report"),
        path(
            "reports/translation-status/results/",
            view.as_view(results_only=True),
            name="home_translations_report_results",
        ),
    ]


@hooks.register("register_reports_menu_item")
def translations_report_menu_item():
    return TranslationsMenuItem(
        _("Translation status"),
        reverse("home_translations_report"),
        name="translations",
        icon_name="globe",
        order=1100,
    )
