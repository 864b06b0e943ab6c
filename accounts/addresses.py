"""Where a request comes from: the one reading of the client's address, for the lockout
(django-axes), the audit trail and the public forms' rate limits."""

from contextvars import ContextVar

from django.conf import settings

from audit import trail


def client_address(request):
    """The client's address as the nearest trusted proxy reports it: with REVERSE_PROXY_COUNT
    proxies in front (nginx: 1), the address that many hops from the end of X-Forwarded-For,
    which the client cannot forge; without a proxy, the connection's address."""
    if request is None:
        return None
    forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
    hops = [hop.strip() for hop in forwarded.split(",") if hop.strip()]
    depth = settings.REVERSE_PROXY_COUNT
    if depth and len(hops) >= depth:
        return hops[-depth]
    return request.META.get("REMOTE_ADDR") or None


class ClientAddressMiddleware:
    """Reads the client's address once per request: as `request.client_address` for the rate
    limits, and for every audit entry written while the request is served."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        request.client_address = client_address(request)
        token = _current_request.set(request)
        try:
            with trail.from_address(request.client_address):
                return self.get_response(request)
        finally:
            _current_request.reset(token)


_current_request = ContextVar("accounts_current_request", default=None)


def current_request():
    """The request being served (for a model signal that must name who acted), or None."""
    return _current_request.get()
