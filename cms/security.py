"""Security headers of every response: the Content-Security-Policy (django-csp), with the looser
policy the Wagtail admin needs under /admin/, and the Permissions-Policy and
Cross-Origin-Resource-Policy. The policies themselves are in settings (Security)."""

from csp.middleware import CSPMiddleware
from csp.utils import default_config
from django.conf import settings


def is_admin_path(path):
    return path.startswith(settings.ADMIN_URL_PREFIX)


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """django-csp's middleware: CONTENT_SECURITY_POLICY for the public site,
    ADMIN_CONTENT_SECURITY_POLICY for every page under the admin's prefix (two-step pages and
    the lockout page included). A view's own decorators still win over both."""

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if not report_only and parts.config is None and is_admin_path(request.path_info):
            parts.config = default_config(settings.ADMIN_CONTENT_SECURITY_POLICY["DIRECTIVES"])
        return parts


class PermissionsPolicyMiddleware:
    """The browser features no page of the site may use (camera, microphone, location, payment,
    USB...), and the resources no other site may embed."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.permissions_policy = ", ".join(
            f"{feature}=({' '.join(allowed)})"
            for feature, allowed in settings.PERMISSIONS_POLICY.items()
        )

    def __call__(self, request):
        response = self.get_response(request)
        response.headers.setdefault("Permissions-Policy", self.permissions_policy)
        response.headers.setdefault(
            "Cross-Origin-Resource-Policy", settings.CROSS_ORIGIN_RESOURCE_POLICY
        )
        return response
