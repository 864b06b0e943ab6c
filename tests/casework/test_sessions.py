"""Sessions end after an hour without activity, and every login step starts a new session id."""

from datetime import timedelta

import pytest
from django.conf import settings as django_settings
from django.contrib.sessions.models import Session
from django.utils import timezone

from accounts.models import AppDevice
from accounts.twofactor import current_code
from tests.factories import PASSWORD

pytestmark = pytest.mark.django_db

_real_now = timezone.now


def minutes_later(monkeypatch, minutes):
    """From now on, the server's clock reads `minutes` after the real time."""
    monkeypatch.setattr(timezone, "now", lambda: _real_now() + timedelta(minutes=minutes))


def session_id(client):
    return client.cookies[django_settings.SESSION_COOKIE_NAME].value


def test_a_caseworker_idle_for_over_an_hour_must_sign_in_again(
    verified_client, cw_listening, monkeypatch
):
    client = verified_client(cw_listening)
    assert client.get("/admin/").status_code == 200
    minutes_later(monkeypatch, 61)
    response = client.get("/admin/")
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")


def test_activity_within_each_hour_keeps_a_caseworker_signed_in(
    verified_client, cw_listening, monkeypatch
):
    client = verified_client(cw_listening)
    for minutes in (50, 100, 150):
        minutes_later(monkeypatch, minutes)
        assert client.get("/admin/").status_code == 200


def test_remember_me_does_not_stretch_an_idle_session_past_an_hour(client, editor, monkeypatch):
    client.post("/admin/login/", {"username": "editor", "password": PASSWORD, "remember": "on"})
    assert client.get("/admin/").status_code == 200
    minutes_later(monkeypatch, 61)
    assert client.get("/admin/")["Location"].startswith("/admin/login/")


def test_signing_in_issues_a_new_session_id(client, editor):
    session = client.session
    session["language_seen"] = "fr"
    session.save()
    before = session_id(client)
    response = client.post("/admin/login/", {"username": "editor", "password": PASSWORD})
    assert response.status_code == 302
    assert session_id(client) != before
    assert not Session.objects.filter(session_key=before).exists()


def test_the_second_step_issues_a_new_session_id_too(client, cw_listening):
    device = AppDevice.objects.create(user=cw_listening, name="phone")
    client.post("/admin/login/", {"username": "cw-listening", "password": PASSWORD})
    after_password = session_id(client)
    client.post("/admin/two-factor/verify/", {"otp_token": current_code(device)})
    assert session_id(client) != after_password
    assert not Session.objects.filter(session_key=after_password).exists()
    assert client.get("/admin/").status_code == 200
