"""Fixtures of the youth proposals: `officer` (the youth programme officer persona), a client
signed in as that officer (`officer_client`, or `officer_speaking(code)` with the admin in a given
language), and a clean cache (the rate limits live there)."""

import pytest
from django.core.cache import cache


@pytest.fixture
def officer(youth_officer):
    return youth_officer


@pytest.fixture
def officer_client(client, officer):
    client.force_login(officer)
    return client


@pytest.fixture(autouse=True)
def _fresh_cache():
    cache.clear()
    yield
    cache.clear()


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
