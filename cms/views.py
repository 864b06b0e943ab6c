"""Views that belong to the platform rather than to any feature: the health check, and two
corrections of Wagtail's admin views."""

from django.http import Http404, JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe
from wagtail.admin.views import chooser

from ops import health


@never_cache
@require_safe
def healthz(request):
    """What a load balancer or an uptime check polls: 200 when the database, the cache, the media
    storages and the task worker all answer, 503 naming the failing parts otherwise."""
    report = health.report()
    return JsonResponse(report, status=503 if report["failing"] else 200)


def no_error_test(request):
    """Wagtail's /admin/failwhale/ raises an error on purpose, for any signed-in editor, and every
    error mails the administrators: not served. `manage.py sendtestemail --admins` tests the mail."""
    raise Http404


class ExternalLinkChooser(chooser.ExternalLinkView):
    """Wagtail's "external link" step of the link chooser, answering a post without the URL field
    with the form's own "required" error (Wagtail's field reads `None.startswith`: a 500)."""

    def post(self, request):
        field = f"{self.form_prefix}-url"
        if field not in request.POST:
            request.POST = request.POST.copy()
            request.POST[field] = ""
        return super().post(request)
