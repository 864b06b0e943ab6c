"""Five failed logins lock a username for thirty minutes (django-axes on Wagtail's login view),
without telling whether the username exists, and without locking anyone else behind the same
address."""

import re
from datetime import timedelta

import pytest
from axes.models import AccessAttempt
from django.utils import timezone

from tests.factories import PASSWORD

pytestmark = pytest.mark.django_db

LOGIN = "/admin/login/"
WRONG_GUESS = "wrong-password-123"
PROXY = {"REMOTE_ADDR": "10.0.0.2", "HTTP_X_FORWARDED_FOR": "203.0.113.5"}


def attempt(client, username, password=WRONG_GUESS, **extra):
    return client.post(
        LOGIN, {"username": username, "password": password, "next": "/admin/"}, **extra
    )


def fail(client, username, times, **extra):
    return [attempt(client, username, **extra) for _ in range(times)]


def signed_in(client):
    return "_auth_user_id" in client.session


def comparable(response, username):
    """The page without the per-response CSRF token and the username its sender typed."""
    html = response.content.decode()
    html = re.sub(r'"CSRF_TOKEN": ?"[^"]*"', "", html)
    html = re.sub(r'name="csrfmiddlewaretoken" value="[^"]*"', "", html)
    return html.replace(f'value="{username}"', 'value="…"')


def test_five_failed_logins_lock_the_username_even_against_the_right_password(client, editor):
    responses = fail(client, "editor", 5)
    assert [r.status_code for r in responses] == [200, 200, 200, 200, 429]
    response = attempt(client, "editor", PASSWORD)
    assert response.status_code == 429
    assert not signed_in(client)


def test_four_failed_logins_do_not_lock_and_a_success_clears_the_count(client, editor):
    fail(client, "editor", 4)
    assert AccessAttempt.objects.get(username="editor").failures_since_start == 4
    assert attempt(client, "editor", PASSWORD).status_code == 302
    assert signed_in(client)
    assert not AccessAttempt.objects.filter(username="editor").exists()
    client.logout()
    # The count starts again from zero: four more failures, still no lock.
    fail(client, "editor", 4)
    assert attempt(client, "editor", PASSWORD).status_code == 302


def test_the_lock_lifts_after_thirty_minutes_and_not_before(client, editor):
    fail(client, "editor", 5)
    AccessAttempt.objects.update(attempt_time=timezone.now() - timedelta(minutes=29))
    assert attempt(client, "editor", PASSWORD).status_code == 429
    AccessAttempt.objects.update(attempt_time=timezone.now() - timedelta(minutes=31))
    assert attempt(client, "editor", PASSWORD).status_code == 302
    assert signed_in(client)


def test_a_locked_unknown_username_looks_the_same_as_a_locked_real_one(client, editor):
    real, unknown = "editor", "nobody-by-this-name"
    # Before the lock, the same refusal; at the lock, the same page.
    for real_response, unknown_response in zip(
        fail(client, real, 5), fail(client, unknown, 5), strict=True
    ):
        assert real_response.status_code == unknown_response.status_code
        assert comparable(real_response, real) == comparable(unknown_response, unknown)
    # Afterwards, even the right password for the real account changes nothing.
    real_page = attempt(client, real, PASSWORD)
    unknown_page = attempt(client, unknown, PASSWORD)
    assert real_page.status_code == unknown_page.status_code == 429
    assert comparable(real_page, real) == comparable(unknown_page, unknown)


def test_the_lockout_page_has_the_sign_in_look_and_says_how_long(client):
    response = fail(client, "someone", 5)[-1]
    html = response.content.decode()
    assert '<body id="wagtail" class="login' in html
    assert re.search(
        r'<li class="error">\s*Too many failed sign-in attempts with this username', html
    )
    assert "Sign-in with it is paused for 30 minutes." in html
    assert f'href="{LOGIN}"' in html
    assert "someone" not in html
    assert "no-store" in response["Cache-Control"]


def test_one_locked_username_does_not_lock_a_colleague_behind_the_same_address(
    client, editor, comms_lead, settings
):
    settings.REVERSE_PROXY_COUNT = 1
    fail(client, "editor", 5, **PROXY)
    response = attempt(client, "comms-lead", PASSWORD, **PROXY)
    assert response.status_code == 302
    assert signed_in(client)
    client.logout()
    assert attempt(client, "editor", PASSWORD, **PROXY).status_code == 429
