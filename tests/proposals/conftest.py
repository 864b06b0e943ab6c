"""Fixtures of the youth proposals: `officer` (the youth programme officer persona), a client
signed in as that officer (`officer_client`, or `officer_speaking(code)` with the admin in a given
language), and clean caches (the rate limits live in the "limits" one)."""

import pytest
from django.core.cache import cache, caches


@pytest.fixture
def officer(youth_officer):
    return youth_officer


@pytest.fixture
def officer_client(client, officer):
    client.force_login(officer)
    return client


@pytest.fixture(autouse=True)
def _fresh_cache(request, django_db_blocker):
    cache.clear()
    yield
    cache.clear()
    if {"live_server", "transactional_db"} & set(request.fixturenames):
        # The limits are a table, which a test's rollback empties but a flush leaves alone.
        with django_db_blocker.unblock():
            caches["limits"].clear()


@pytest.fixture
def officer_speaking(client, officer):
    """`officer_speaking(code)`: the test client signed in as the officer, whose admin is set to
    the language `code` (the French admin is the staff's usual one)."""
    from wagtail.users.models import UserProfile

    def speaking(code):
        profile = UserProfile.get_for_user(officer)
        profile.preferred_language = code
        profile.save()
        client.force_login(officer)
        return client

    return speaking
