"""Two-step login (TOTP) for every casework role, the DPO and superusers.

Without a confirmed device they are sent to enrolment, with one to verification, and reach no
admin URL before that; communications staff are not asked for a second step.
"""

import re
import time
from html.parser import HTMLParser
from urllib.parse import quote

import pytest

from accounts.models import AppDevice
from accounts.twofactor import base32_secret, current_code
from tests.factories import PASSWORD

pytestmark = pytest.mark.django_db

SETUP = "/admin/two-factor/setup/"
VERIFY = "/admin/two-factor/verify/"
# The admin home and casework URLs, whether or not their views exist yet: the door is shut first.
GUARDED_URLS = [
    "/admin/",
    "/admin/casework/cases/",
    "/admin/casework/cases/1/",
    "/admin/casework/persons/1/edit/",
    "/admin/pages/",
    "/admin/account/",
]


def make_device(user, confirmed=True):
    return AppDevice.objects.create(user=user, name="phone", confirmed=confirmed)


def wrong_code(device):
    """A six-digit code that the device does not accept in its current window."""
    valid = {current_code(device, at=time.time() + 30 * k) for k in (-1, 0, 1)}
    return next(f"{n:06d}" for n in range(123456, 1_000_000) if f"{n:06d}" not in valid)


class _OutsideRequests(HTMLParser):
    """Collects every address a page makes the browser load by itself."""

    def __init__(self):
        super().__init__()
        self.loaded = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag in ("script", "img", "iframe", "audio", "video", "source") and attrs.get("src"):
            self.loaded.append(attrs["src"])
        if tag == "link" and attrs.get("href"):
            self.loaded.append(attrs["href"])


def loaded_addresses(html):
    parser = _OutsideRequests()
    parser.feed(html)
    return parser.loaded


# --- Who is stopped, and where --------------------------------------------------------------------


@pytest.mark.parametrize("url", GUARDED_URLS)
def test_a_caseworker_without_a_device_reaches_no_admin_url_but_enrolment(
    client, cw_listening, url
):
    client.force_login(cw_listening)
    response = client.get(url)
    assert response.status_code == 302
    assert response["Location"] == f"{SETUP}?next={quote(url, safe='')}"


@pytest.mark.parametrize("url", GUARDED_URLS)
def test_a_caseworker_whose_session_is_not_verified_reaches_no_admin_url_but_verification(
    client, cw_listening, url
):
    make_device(cw_listening)
    client.force_login(cw_listening)
    response = client.get(url)
    assert response.status_code == 302
    assert response["Location"] == f"{VERIFY}?next={quote(url, safe='')}"


def test_a_change_posted_before_verification_is_stopped_before_any_view(client, cw_listening):
    make_device(cw_listening)
    client.force_login(cw_listening)
    response = client.post("/admin/casework/cases/1/edit/", {"status": "closed"})
    assert response.status_code == 302
    assert response["Location"] == VERIFY


@pytest.mark.parametrize("persona", ["cw_listening", "sup_listening", "dpo", "tech_admin"])
def test_every_role_that_needs_a_second_step_is_stopped_at_the_admin_home(request, client, persona):
    client.force_login(request.getfixturevalue(persona))
    response = client.get("/admin/")
    assert response.status_code == 302
    assert response["Location"].startswith(SETUP)


@pytest.mark.parametrize("persona", ["editor", "comms_lead"])
def test_communications_staff_reach_the_admin_without_a_second_step(request, client, persona):
    client.force_login(request.getfixturevalue(persona))
    assert client.get("/admin/").status_code == 200
    assert client.get(SETUP).status_code == 302
    assert not AppDevice.objects.exists()


def test_an_anonymous_visitor_is_sent_to_sign_in_from_the_two_factor_pages(client):
    for url in (SETUP, VERIFY):
        response = client.get(url)
        assert response.status_code == 302
        assert response["Location"].startswith("/admin/login/?next=")


def test_an_unverified_user_can_still_sign_out(client, cw_listening):
    make_device(cw_listening)
    client.force_login(cw_listening)
    response = client.post("/admin/logout/")
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")
    assert client.get("/admin/")["Location"].startswith("/admin/login/")


def test_the_two_factor_pages_get_the_admin_scripts_they_load(client, cw_listening):
    client.force_login(cw_listening)
    assert client.get("/admin/jsi18n/").status_code == 200
    assert client.get("/admin/sprite/").status_code == 200


# --- Enrolment --------------------------------------------------------------------------------------


def test_the_enrolment_page_shows_a_qr_code_and_the_secret_in_the_sign_in_look(
    client, cw_listening
):
    client.force_login(cw_listening)
    response = client.get(SETUP)
    html = response.content.decode()
    device = AppDevice.objects.get(user=cw_listening, confirmed=False)
    assert response.status_code == 200
    assert '<body id="wagtail" class="login' in html
    assert re.search(r'role="img"[^>]*><svg [^>]*viewBox', html)
    assert base32_secret(device) in html
    # A plain form: it works with JavaScript off.
    assert f'<form class="login-form" action="{SETUP}" method="post"' in html
    assert 'name="otp_token"' in html and 'type="submit"' in html
    # The QR code stays the same on a second visit: one pending device.
    client.get(SETUP)
    assert AppDevice.objects.filter(user=cw_listening).count() == 1


def test_the_two_factor_pages_load_nothing_from_another_host(client, cw_listening):
    client.force_login(cw_listening)
    setup_html = client.get(SETUP).content.decode()
    make_device(cw_listening)
    verify_html = client.get(VERIFY).content.decode()
    for html in (setup_html, verify_html):
        loaded = loaded_addresses(html)
        assert loaded, "the admin's own styles and scripts should be there"
        assert all(address.startswith("/") and not address.startswith("//") for address in loaded)


def test_confirming_enrolment_with_the_current_code_opens_the_admin(client, cw_listening):
    client.force_login(cw_listening)
    client.get(SETUP)
    device = AppDevice.objects.get(user=cw_listening, confirmed=False)
    response = client.post(SETUP, {"otp_token": current_code(device), "next": "/admin/pages/"})
    assert response.status_code == 302
    assert response["Location"] == "/admin/pages/"
    device.refresh_from_db()
    assert device.confirmed
    assert client.get("/admin/").status_code == 200


def test_a_wrong_code_at_enrolment_confirms_nothing(client, cw_listening):
    client.force_login(cw_listening)
    client.get(SETUP)
    device = AppDevice.objects.get(user=cw_listening, confirmed=False)
    response = client.post(SETUP, {"otp_token": wrong_code(device)})
    assert response.status_code == 200
    assert "This code is not valid" in response.content.decode()
    assert not AppDevice.objects.filter(user=cw_listening, confirmed=True).exists()
    assert client.get("/admin/")["Location"].startswith(SETUP)


def test_a_user_with_a_device_cannot_enrol_another_with_only_the_password(client, cw_listening):
    make_device(cw_listening)
    client.force_login(cw_listening)
    assert client.get(SETUP)["Location"].startswith(VERIFY)
    response = client.post(SETUP, {"otp_token": "123456"})
    assert response["Location"].startswith(VERIFY)
    assert AppDevice.objects.filter(user=cw_listening).count() == 1


# --- Verification -----------------------------------------------------------------------------------


def test_a_caseworker_signs_in_with_her_password_then_the_code_of_her_app(client, cw_listening):
    device = make_device(cw_listening)
    response = client.post(
        "/admin/login/", {"username": "cw-listening", "password": PASSWORD, "next": "/admin/"}
    )
    assert response["Location"] == "/admin/"
    response = client.get("/admin/")
    assert response["Location"] == f"{VERIFY}?next=%2Fadmin%2F"
    page = client.get(response["Location"])
    assert '<body id="wagtail" class="login' in page.content.decode()
    response = client.post(VERIFY, {"otp_token": current_code(device), "next": "/admin/"})
    assert response["Location"] == "/admin/"
    assert client.get("/admin/").status_code == 200


def test_a_wrong_code_keeps_the_admin_closed(client, cw_listening):
    device = make_device(cw_listening)
    client.force_login(cw_listening)
    response = client.post(VERIFY, {"otp_token": wrong_code(device)})
    assert response.status_code == 200
    # In the banner where the sign-in page shows errors (its CSS hides the field's own copy).
    assert re.search(r'<li class="error">\s*This code is not valid', response.content.decode())
    assert client.get("/admin/")["Location"].startswith(VERIFY)


def test_a_code_is_accepted_only_once(client, cw_listening):
    device = make_device(cw_listening)
    code = current_code(device)
    client.force_login(cw_listening)
    assert client.post(VERIFY, {"otp_token": code})["Location"] == "/admin/"
    client.logout()
    client.force_login(cw_listening)
    response = client.post(VERIFY, {"otp_token": code})
    assert response.status_code == 200
    assert client.get("/admin/")["Location"].startswith(VERIFY)


def test_repeated_wrong_codes_make_the_user_wait_even_for_the_right_one(client, cw_listening):
    device = make_device(cw_listening)
    client.force_login(cw_listening)
    for _ in range(3):
        client.post(VERIFY, {"otp_token": wrong_code(device)})
    response = client.post(VERIFY, {"otp_token": current_code(device)})
    assert response.status_code == 200
    assert "Too many wrong codes" in response.content.decode()
    assert client.get("/admin/")["Location"].startswith(VERIFY)


def test_verification_never_sends_the_user_to_another_site(client, cw_listening):
    device = make_device(cw_listening)
    client.force_login(cw_listening)
    response = client.post(
        VERIFY, {"otp_token": current_code(device), "next": "https://evil.example/admin/"}
    )
    assert response["Location"] == "/admin/"


def test_the_verified_client_fixture_opens_the_admin_to_a_caseworker(verified_client, cw_listening):
    assert verified_client(cw_listening).get("/admin/").status_code == 200


# --- A lost phone ----------------------------------------------------------------------------------


def test_resetting_a_lost_phone_sends_the_user_back_to_enrolment_and_is_flagged(
    cw_listening, tech_admin
):
    from io import StringIO

    from django.core.management import call_command

    from accounts.models import AppDevice
    from audit.models import AuditEntry
    from tests.factories import confirmed_totp_device

    confirmed_totp_device(cw_listening)
    call_command(
        "reset_two_factor",
        "cw-listening",
        "--reason",
        "Phone lost on the way home",
        "--by",
        "admin",
        stdout=StringIO(),
    )
    assert not AppDevice.objects.filter(user=cw_listening).exists()
    entry = AuditEntry.objects.latest("pk")
    assert (entry.actor, entry.flagged, entry.object_repr) == (tech_admin, True, "cw-listening")
    assert entry.details["reason"] == "Phone lost on the way home"


def test_a_reset_without_a_reason_is_refused(cw_listening, tech_admin):
    from django.core.management import CommandError, call_command

    from tests.factories import confirmed_totp_device

    confirmed_totp_device(cw_listening)
    with pytest.raises(CommandError, match="reason"):
        call_command("reset_two_factor", "cw-listening", "--reason", "lost", "--by", "admin")
