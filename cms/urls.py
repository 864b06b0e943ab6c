from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path
from django.views.decorators.cache import never_cache
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.admin.auth import require_admin_access
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from cms.views import ExternalLinkChooser, healthz, no_error_test
from home import views as home_views
from home.sitemaps import LocalizedSitemap

urlpatterns = [
    path("healthz", healthz, name="healthz"),
    # Two-step verification, before the admin it guards.
    path("admin/two-factor/", include("accounts.urls")),
    # Two of Wagtail's admin views corrected (cms/views.py), before the admin's own.
    path("admin/failwhale/", no_error_test),
    path(
        "admin/choose-external-link/",
        never_cache(require_admin_access(ExternalLinkChooser.as_view())),
    ),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("sitemap.xml", sitemap, {"sitemaps": {"pages": LocalizedSitemap}}, name="sitemap"),
    path("robots.txt", home_views.robots, name="robots"),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# Every public page lives under its language prefix (/fr/, /ar/, /zgh/, /en/); "/" is sent by
# LocaleMiddleware to the visitor's best Accept-Language match, else French.
urlpatterns += i18n_patterns(
    path("search/", home_views.search, name="search"),
    # Youth proposals: the public form, the status page, the forums' results.
    path("propositions/", include("proposals.urls")),
    # Calendar files of the events pages (agenda/calendar.ics, agenda/<event>/event.ics), which
    # Wagtail's catch-all below cannot match (it takes no dot).
    re_path(
        r"^(?P<path>(?:[\w\-]+/)*)(?P<filename>[\w\-]+\.ics)$",
        home_views.page_file,
        name="page_file",
    ),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)
