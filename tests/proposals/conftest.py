"""Fixtures of the youth proposals: `officer` (the youth programme officer persona), a client
signed in as that officer, and a clean cache (the rate limits live there)."""

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
