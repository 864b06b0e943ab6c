"""However active, an admin session ends ADMIN_SESSION_MAX_AGE_HOURS (10) after sign-in: the next
admin request signs the user out and sends her to the login page, which says why."""

from datetime import timedelta

import pytest
from django.test import override_settings
from django.utils import timezone

from accounts.twofactor import current_code
from tests.factories import PASSWORD, confirmed_totp_device

pytestmark = pytest.mark.django_db

_real_now = timezone.now


def minutes_later(monkeypatch, minutes):
    """From now on, the server's clock reads `minutes` after the real time."""
    monkeypatch.setattr(timezone, "now", lambda: _real_now() + timedelta(minutes=minutes))


def sign_in(client, user):
    """Both steps through the login pages, as she does every morning."""
    device = confirmed_totp_device(user)
    client.post("/admin/login/", {"username": user.username, "password": PASSWORD})
    response = client.post("/admin/two-factor/verify/", {"otp_token": current_code(device)})
    assert response.status_code == 302
    return client


def test_a_busy_caseworker_is_signed_out_ten_hours_after_signing_in(
    client, cw_listening, monkeypatch
):
    sign_in(client, cw_listening)
    # A request every 50 minutes: the idle hour never runs out.
    for minutes in range(50, 600, 50):
        minutes_later(monkeypatch, minutes)
        assert client.get("/admin/").status_code == 200, minutes

    minutes_later(monkeypatch, 601)
    response = client.get("/admin/casework/cases/")
    assert response.status_code == 302
    assert response["Location"] == "/admin/login/?next=/admin/casework/cases/"
    assert "_auth_user_id" not in client.session

    login_page = client.get(response["Location"])
    assert "a session lasts at most 10 hours" in login_page.content.decode()
    # Signed out for good: the next admin page asks for the password again.
    assert client.get("/admin/")["Location"].startswith("/admin/login/")


def test_signing_in_again_starts_a_new_ten_hours(client, editor, monkeypatch):
    client.post("/admin/login/", {"username": "editor", "password": PASSWORD})
    minutes_later(monkeypatch, 50)
    assert client.get("/admin/").status_code == 200
    minutes_later(monkeypatch, 100)
    client.post("/admin/login/", {"username": "editor", "password": PASSWORD})
    minutes_later(monkeypatch, 640)
    assert client.get("/admin/").status_code == 302  # idle for over an hour, as ever
    client.post("/admin/login/", {"username": "editor", "password": PASSWORD})
    for minutes in range(690, 1240, 50):
        minutes_later(monkeypatch, minutes)
        assert client.get("/admin/").status_code == 200, minutes


@override_settings(ADMIN_SESSION_MAX_AGE=2 * 60 * 60)
def test_the_lifetime_follows_the_setting(client, editor, monkeypatch):
    client.post("/admin/login/", {"username": "editor", "password": PASSWORD})
    minutes_later(monkeypatch, 50)
    assert client.get("/admin/").status_code == 200
    minutes_later(monkeypatch, 100)
    assert client.get("/admin/").status_code == 200
    minutes_later(monkeypatch, 121)
    assert client.get("/admin/").status_code == 302
