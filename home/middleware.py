"""Language handling for the public site only."""

from django.middleware.locale import LocaleMiddleware


class PublicSiteLocaleMiddleware(LocaleMiddleware):
    """Django's LocaleMiddleware, except that a 404 outside the public site stays a 404.

    Django redirects a 404 to the same path under the visitor's language prefix whenever that
    path would resolve, and Wagtail's catch-all page route resolves everything: /admin/x would
    become /fr/admin/x, telling an outsider that a confidential record exists behind the 404.
    """

    unprefixed = ("/admin/", "/documents/", "/healthz", "/sitemap.xml", "/static/", "/media/")

    def process_response(self, request, response):
        if request.path_info.startswith(self.unprefixed):
            return response
        return super().process_response(request, response)
