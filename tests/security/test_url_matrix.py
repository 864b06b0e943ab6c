"""Every URL against every persona, for GET and POST (issue 12, point 3).

Every route of Django's resolver (the public site, Wagtail's admin, every viewset, report,
chooser, API and bulk action a hook registered) is filled in with real ids (url_world.py: a case,
a record of each kind, an activity and a referral of each of the three services; a reserved and
an open group; a role holder's account and an open account; a page in moderation...), and asked
with GET and with an empty POST by the anonymous visitor and by every demo persona, plus two
identities of an attacker: a caseworker who has only her password (the second step not taken),
and the superuser with an emergency access open on the listening centre's case.

Each answer is compared with url_expectations.py, the table of what each persona must get; a
route of the resolver that the table does not name fails the test, so a new screen comes with
its expectations. Each request runs in a savepoint rolled back after it: a POST that deletes or
approves leaves the world as the next request expects it.

Who may do what does not depend on the database: the walk (about 3½ minutes) runs once. In
`make test` its identities are split in two halves, one in each lane (SQLite and PostgreSQL side
by side, TIWIZI_LANE), so that neither lane waits for the whole; run alone, both halves run on
SQLite. tests/casework/test_admin_urls.py walks the casework URLs on both databases.

`TIWIZI_URL_MATRIX_DUMP=FILE` writes every answer seen to FILE (JSON), to review a change."""

import copy
import json
import os
from collections import defaultdict

import pytest
from django.conf import settings
from django.core.cache import caches
from django.db import transaction
from django.test import Client
from django.utils import translation

from casework.models import EmergencyAccess
from tests.factories import confirmed_totp_device
from tests.security import url_expectations
from tests.security.url_world import World, routes

ON_POSTGRES = "postgresql" in settings.DATABASES["default"]["ENGINE"]
# Which half of the identities each database walks: in make test's lanes one each; run alone,
# SQLite both.
HALVES_HERE = {
    ("sqlite", False): (0,),
    ("postgres", True): (1,),
    ("", False): (0, 1),
}.get((os.environ.get("TIWIZI_LANE", ""), ON_POSTGRES), ())

PERSONAS = (
    "editor",
    "comms-lead",
    "youth-officer",
    "cw-listening",
    "cw-listening-2",
    "cw-migrants",
    "cw-daycentre",
    "sup-listening",
    "sup-migrants",
    "sup-daycentre",
    "coordinator",
    "dpo",
    "admin",
)
# Identities beyond the personas: (label, username, how).
ATTACKERS = (
    ("anonymous", None, None),
    ("cw-listening, password only", "cw-listening", "password only"),
    ("admin under emergency access", "admin", "emergency"),
)


def signed_in(user, *, second_step=True):
    from django_otp import DEVICE_ID_SESSION_KEY

    client = Client(HTTP_ACCEPT_LANGUAGE="fr")
    client.raise_request_exception = False
    if user is None:
        return client
    client.force_login(user)
    if second_step:
        session = client.session
        session[DEVICE_ID_SESSION_KEY] = confirmed_totp_device(user).persistent_id
        session.save()
    return client


def ask(client, method, url):
    """One request, in a savepoint rolled back afterwards, with the client's cookies as they
    were (a sign-out changes the session cookie); the rate limits start afresh."""
    for cache in ("default", "limits"):
        caches[cache].clear()
    cookies = copy.deepcopy(client.cookies)
    with transaction.atomic():
        response = getattr(client, method)(url)
        transaction.set_rollback(True)
    client.cookies = cookies
    return response.status_code


@pytest.fixture
def world(load_demo_data):
    load_demo_data()
    return World()


def identities(world, half):
    """Every other identity, from the first (half 0) or the second (half 1), each signed in only
    when its turn comes (the emergency access stays open for its own walk only)."""
    every = [(username, username, None) for username in PERSONAS] + list(ATTACKERS)
    for label, username, how in every[half::2]:
        user = username and world.user[username]
        if how == "emergency":
            access = EmergencyAccess.open(
                world.cases["listening"], by=user, reason="Database repair after incident 42"
            )
            yield label, signed_in(user), access
        elif how == "password only":
            # Her authenticator is enrolled (whichever half walked her as a persona): she lacks
            # only its code.
            confirmed_totp_device(user)
            yield label, signed_in(user, second_step=False), None
        else:
            yield label, signed_in(user), None


@pytest.mark.parametrize(
    "half",
    [
        pytest.param(
            half,
            id=name,
            marks=pytest.mark.skipif(
                half not in HALVES_HERE,
                reason="this half of the identities walks in the other lane of make test",
            ),
        )
        for half, name in ((0, "first half"), (1, "second half"))
    ],
)
def test_every_url_answers_every_persona_as_the_table_says(world, half):
    # The public routes carry the language prefix of the active language: French, the default.
    with translation.override("fr"):
        every_route = routes()
        walked = [(route, instance) for route in every_route for instance in world.urls(route)]
    seen = defaultdict(dict)
    for label, client, access in identities(world, half):
        for _route, instance in walked:
            for method in ("get", "post"):
                key = (instance.route, instance.variant, method)
                seen[key][label] = ask(client, method, instance.url)
        if access is not None:
            access.delete()

    if os.environ.get("TIWIZI_URL_MATRIX_DUMP"):
        with open(os.environ["TIWIZI_URL_MATRIX_DUMP"], "w") as out:
            json.dump([[*key, answers] for key, answers in seen.items()], out, indent=1)

    missing = sorted({route.route for route in every_route} - set(url_expectations.TABLE))
    assert missing == [], "routes with no expectation"
    wrong = url_expectations.compare(seen)
    assert wrong == [], "\n".join(wrong)
