"""A per-address hourly limit through Django's cache (shared by every app server with Redis)."""

import time

from django.conf import settings
from django.core.cache import cache

from proposals.utils import client_address

WINDOW = 60 * 60


def _key(bucket, request):
    address = client_address(request, getattr(settings, "REVERSE_PROXY_COUNT", 0))
    return f"proposals:rate:{bucket}:{address}:{int(time.time() // WINDOW)}"


def is_limited(bucket, request, limit):
    """True once `request`'s address has been counted `limit` times this hour."""
    return (cache.get(_key(bucket, request)) or 0) >= limit


def count(bucket, request):
    key = _key(bucket, request)
    cache.add(key, 0, WINDOW)
    try:
        return cache.incr(key)
    except ValueError:  # expired between add() and incr()
        cache.set(key, 1, WINDOW)
        return 1
