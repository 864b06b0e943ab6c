"""Failed passwords pause sign-in (django-axes on Wagtail's login view, accounts/lockout.py):
five from one address for one username pause that pair for thirty minutes; twenty from one
address pause the address; twenty for one username from anywhere pause it, except in a browser
that has signed in to it before. Nobody can lock a real user out of her own browser, and the page
never tells whether the username exists."""

import re
from datetime import timedelta

import pytest
from axes.models import AccessAttempt
from django.test import Client
from django.utils import timezone

from accounts.lockout import KNOWN_DEVICE_COOKIE
from audit.models import AuditAction, AuditEntry
from tests.factories import PASSWORD

pytestmark = pytest.mark.django_db

LOGIN = "/admin/login/"
WRONG_GUESS = "wrong-password-123"
PROXY = {"REMOTE_ADDR": "10.0.0.2", "HTTP_X_FORWARDED_FOR": "203.0.113.5"}


def from_address(address):
    """The request headers of a client at `address`, seen through the one reverse proxy."""
    return {"REMOTE_ADDR": "10.0.0.2", "HTTP_X_FORWARDED_FOR": address}


ADDRESS_A = from_address("203.0.113.5")
ADDRESS_B = from_address("198.51.100.9")


@pytest.fixture
def behind_proxy(settings):
    settings.REVERSE_PROXY_COUNT = 1


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
        r'<li class="error">\s*Too many failed sign-in attempts\. Sign-in is paused', html
    )
    assert "Sign-in is paused for 30 minutes." in html
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


# --- One address, one username: the attacker's own address is stopped, the real user is not -----


def test_five_wrong_passwords_from_one_address_pause_it_while_the_real_user_signs_in_elsewhere(
    client, editor, behind_proxy
):
    responses = fail(client, "editor", 5, **ADDRESS_A)
    assert [r.status_code for r in responses] == [200, 200, 200, 200, 429]
    locked = attempt(client, "editor", PASSWORD, **ADDRESS_A)
    assert locked.status_code == 429
    assert "Sign-in is paused for 30 minutes." in locked.content.decode()
    assert not signed_in(client)

    real_user = Client()
    assert attempt(real_user, "editor", PASSWORD, **ADDRESS_B).status_code == 302
    assert signed_in(real_user)
    # Her sign-in proves nothing about address A: it stays paused for that username.
    assert attempt(client, "editor", PASSWORD, **ADDRESS_A).status_code == 429


def test_failures_at_the_paused_address_are_audited_as_locked(client, editor, behind_proxy):
    fail(client, "editor", 6, **ADDRESS_A)
    entries = AuditEntry.objects.filter(action=AuditAction.LOGIN_FAILED).order_by("pk")
    assert entries.count() == 6
    assert [bool(e.details.get("locked_out")) for e in entries] == [False] * 4 + [True] * 2
    assert {e.ip_address for e in entries} == {"203.0.113.5"}
    assert {e.actor_username for e in entries} == {"editor"}


def test_a_known_browser_is_still_paused_at_an_address_that_failed_five_times(
    client, editor, behind_proxy
):
    assert attempt(client, "editor", PASSWORD, **ADDRESS_A).status_code == 302
    client.logout()
    fail(client, "editor", 5, **ADDRESS_A)
    assert attempt(client, "editor", PASSWORD, **ADDRESS_A).status_code == 429


# --- One address, many usernames: password spraying ------------------------------------------


def test_twenty_failures_from_one_address_over_many_usernames_pause_the_address(
    client, editor, comms_lead, behind_proxy
):
    for n in range(19):
        assert attempt(client, f"guess-{n}", **ADDRESS_A).status_code == 200
    # Nineteen: the address may still sign in.
    assert attempt(client, "comms-lead", PASSWORD, **ADDRESS_A).status_code == 302
    client.logout()
    # The right password cleared only comms-lead's own count at A; the spray still counts.
    assert attempt(client, "guess-19", **ADDRESS_A).status_code == 429
    assert attempt(client, "editor", PASSWORD, **ADDRESS_A).status_code == 429
    assert not signed_in(client)
    assert attempt(Client(), "editor", PASSWORD, **ADDRESS_B).status_code == 302


def test_a_browser_that_signed_in_before_is_not_paused_by_a_spray_from_its_address(
    client, editor, behind_proxy
):
    # Her office, or her mobile carrier, shows the world one address that an attacker shares.
    assert attempt(client, "editor", PASSWORD, **ADDRESS_A).status_code == 302
    known_device = client.cookies[KNOWN_DEVICE_COOKIE].value
    client.logout()
    client.cookies[KNOWN_DEVICE_COOKIE] = known_device
    attacker = Client()
    for n in range(25):
        attempt(attacker, f"guess-{n}", **ADDRESS_A)
    assert attempt(attacker, "editor", PASSWORD, **ADDRESS_A).status_code == 429
    assert attempt(client, "editor", PASSWORD, **ADDRESS_A).status_code == 302


# --- One username, many addresses: slowed for new browsers, never for the real user's own ------


def spread_failures(username, count):
    """`count` wrong passwords for `username`, four from each of as many addresses as needed."""
    for n in range(count):
        attempt(Client(), username, **from_address(f"192.0.2.{n // 4 + 1}"))


def test_twenty_failures_for_one_username_from_many_addresses_pause_it_for_a_new_browser(
    client, editor, behind_proxy
):
    spread_failures("editor", 19)
    assert AccessAttempt.objects.filter(username="editor").count() == 5
    assert attempt(Client(), "editor", PASSWORD, **ADDRESS_B).status_code == 302
    AccessAttempt.objects.filter(ip_address=ADDRESS_B["HTTP_X_FORWARDED_FOR"]).delete()
    spread_failures("editor", 1)  # the twentieth, from an address with one failure
    response = attempt(client, "editor", PASSWORD, **ADDRESS_B)
    assert response.status_code == 429
    assert not signed_in(client)


def test_a_browser_that_signed_in_before_gets_through_a_paused_username(
    client, editor, behind_proxy
):
    assert attempt(client, "editor", PASSWORD, **ADDRESS_B).status_code == 302
    assert client.cookies[KNOWN_DEVICE_COOKIE]["path"] == "/admin/"
    assert client.cookies[KNOWN_DEVICE_COOKIE]["httponly"]
    known_device = client.cookies[KNOWN_DEVICE_COOKIE].value
    client.logout()  # the test client forgets every cookie; a browser keeps this one
    client.cookies[KNOWN_DEVICE_COOKIE] = known_device
    spread_failures("editor", 40)
    assert attempt(Client(), "editor", PASSWORD, **ADDRESS_B).status_code == 429
    # Her own browser, even from a new address (the train, a café), is not paused.
    assert attempt(client, "editor", PASSWORD, **from_address("198.51.100.77")).status_code == 302
    assert signed_in(client)


def test_a_forged_or_borrowed_known_device_cookie_does_not_lift_the_pause(
    client, editor, comms_lead, behind_proxy
):
    colleague = Client()
    attempt(colleague, "comms-lead", PASSWORD, **ADDRESS_B)
    spread_failures("editor", 20)
    client.cookies[KNOWN_DEVICE_COOKIE] = "editor"
    assert attempt(client, "editor", PASSWORD, **ADDRESS_B).status_code == 429
    client.cookies[KNOWN_DEVICE_COOKIE] = colleague.cookies[KNOWN_DEVICE_COOKIE].value
    assert attempt(client, "editor", PASSWORD, **ADDRESS_B).status_code == 429


def test_the_pause_of_a_username_lifts_when_its_failures_are_thirty_minutes_old(
    client, editor, behind_proxy
):
    spread_failures("editor", 20)
    assert attempt(client, "editor", PASSWORD, **ADDRESS_B).status_code == 429
    AccessAttempt.objects.update(attempt_time=timezone.now() - timedelta(minutes=31))
    assert attempt(client, "editor", PASSWORD, **ADDRESS_B).status_code == 302
