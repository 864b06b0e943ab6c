"""Limits on what the public can make the site do: submissions and tracking-code lookups per
client address and hour, e-mails per address and day.

Counted in the "limits" cache (settings.CACHES): Redis when REDIS_URL is set, else a table of
the database, so every gunicorn worker and every app server shares one count. An attempt claims
one of `limit` numbered slots with the cache's `add`, which is atomic in both (an INSERT on the
table's primary key, SET NX in Redis): two requests at the same instant never take the same
slot, so no process lets one more through. The keys hold a keyed hash of the address, never the
address itself: the table is in the backups.
"""

import time

from django.core.cache import caches
from django.utils.crypto import salted_hmac

HOUR = 60 * 60
DAY = 24 * HOUR


def _cache():
    return caches["limits"]


def _slots(bucket, who, limit, window):
    who = salted_hmac("proposals.ratelimit", who).hexdigest()[:32]
    base = f"proposals:limit:{bucket}:{who}:{int(time.time() // window)}"
    return [f"{base}:{n}" for n in range(limit)]


def client(request):
    """Who is counted for a request: its client address, as the nearest trusted proxy reports it
    (accounts.addresses.ClientAddressMiddleware)."""
    return getattr(request, "client_address", None) or "unknown"


def take(bucket, who, limit, window=HOUR):
    """Count one attempt by `who`: the slot taken, or None when all `limit` are taken already."""
    slots = _slots(bucket, who, limit, window)
    taken = _cache().get_many(slots)
    for slot in slots:
        if slot not in taken and _cache().add(slot, 1, window):
            return slot
    return None


def give_back(slot):
    """Undo `take` (an attempt that turned out not to count: a form sent back with errors)."""
    if slot:
        _cache().delete(slot)
