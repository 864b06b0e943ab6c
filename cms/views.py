"""Views that belong to the platform rather than to any feature: the health check."""

from django.http import JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

from ops import health


@never_cache
@require_safe
def healthz(request):
    """What a load balancer or an uptime check polls: 200 when the database, the cache, the media
    storages and the task worker all answer, 503 naming the failing parts otherwise."""
    report = health.report()
    return JsonResponse(report, status=503 if report["failing"] else 200)
