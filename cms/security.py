"""Security headers of every response: the Content-Security-Policy (django-csp), with the looser
policy the Wagtail admin needs under /admin/, and the Permissions-Policy and
Cross-Origin-Resource-Policy. The policies themselves are in settings (Security). And a refusal
of addresses no browser sends (a NUL character), before any view sees them."""

import logging
import os
import traceback

from csp.middleware import CSPMiddleware
from csp.utils import default_config
from django.conf import settings
from django.core.exceptions import BadRequest
from django.http import HttpResponseBadRequest
from django.utils import translation
from django.utils.translation import gettext
from wagtail.users.models import UserProfile

logger = logging.getLogger(__name__)


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


class RejectNullCharactersMiddleware:
    """400 for an address whose path or query holds a NUL character. No browser sends one; a
    scanner does, and PostgreSQL refuses it in any query (a 500 from every view that filters on
    a parameter, such as the news tags). Forms already refuse it in posted fields (Django's
    ProhibitNullCharactersValidator)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if "\x00" in request.path or any(
            "\x00" in key or any("\x00" in value for value in values)
            for key, values in request.GET.lists()
        ):
            raise BadRequest("NUL character in the address")
        return self.get_response(request)


def _reading_frame(exception):
    """(file, line, function) of the innermost frame outside Django's MultiValueDict, whose
    own __getitem__ raises for every form: the view's line that read the missing field."""
    frames = [
        frame
        for frame in traceback.extract_tb(exception.__traceback__)
        if not frame.filename.endswith(os.path.join("django", "utils", "datastructures.py"))
    ]
    if not frames:
        return ("?", "?", "?")
    return (frames[-1].filename, frames[-1].lineno, frames[-1].name)


class IncompleteFormMiddleware:
    """400, not 500, for a form posted without a field its view reads unconditionally (Wagtail's
    page editor reads `body-count`, the redirects import its earlier step's file name): a browser
    always sends the whole form, so this is a crafted or truncated request. The error is still
    logged, for the rare case where it is a bug of ours: its type and the line that read the
    field, never its message or traceback, which carry the key (a field name may be built from
    what was typed) and could carry typed values."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if request.method != "POST" or not isinstance(exception, KeyError):
            return None
        file, line, function = _reading_frame(exception)
        logger.warning(
            "Incomplete form posted to %s: %s in %s, line %s, in %s",
            request.path,
            type(exception).__name__,
            file,
            line,
            function,
        )
        language = translation.get_language()
        if request.user.is_authenticated and is_admin_path(request.path_info):
            # Wagtail's admin speaks the user's own language only inside its views.
            language = UserProfile.get_for_user(request.user).get_preferred_language()
        with translation.override(language):
            message = gettext("The form sent was incomplete. Reload the page and try again.")
        return HttpResponseBadRequest(message, content_type="text/plain; charset=utf-8")
