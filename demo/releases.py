"""The demo's releases of the partnership's figures: 2022-2024, published by the communications
lead in February 2025, and 2022-2025, prepared by the coordinator and not yet submitted. Both are
computed from the demo's records and suppressed like any release."""

from datetime import datetime

from django.contrib.auth import get_user_model
from django.utils import timezone

from indicators.models import Release

PUBLISHED_ON = datetime(2025, 2, 14, 10, 30)
PREPARED_ON = datetime(2026, 2, 10, 9, 0)


def build_releases(log):
    users = get_user_model().objects
    coordinator = users.get(username="coordinator")
    lead = users.get(username="comms-lead")
    if Release.objects.exists():
        log("Releases already there.")
        return
    published = Release(first_year=2022, last_year=2024)
    published.prepare(by=coordinator)
    published.submit(by=coordinator)
    published.publish(by=lead)
    at = timezone.make_aware(PUBLISHED_ON)
    # Demo dating only: a published release is otherwise never written again.
    Release.objects.filter(pk=published.pk).update(computed_at=at, submitted_at=at, published_at=at)
    preparing = Release(first_year=2022, last_year=2025)
    preparing.prepare(by=coordinator)
    Release.objects.filter(pk=preparing.pk).update(computed_at=timezone.make_aware(PREPARED_ON))
    log("Releases: 2022-2024 published, 2022-2025 in preparation.")
