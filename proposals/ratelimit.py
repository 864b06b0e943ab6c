"""A per-address hourly limit through Django's cache (shared by every app server with Redis)."""

import time

from django.core.cache import cache

WINDOW = 60 * 60


def _key(bucket, request):
    # Set by accounts.addresses.ClientAddressMiddleware, as the nearest trusted proxy reports it.
    address = getattr(request, "client_address", None) or "unknown"
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
