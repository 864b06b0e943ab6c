"""Passkeys as the second step: who may add one, what a session not yet verified may reach, and
what is audited. The whole ceremony runs in a real browser in test_passkeys_browser.py."""

import hashlib
import io
import json

import pytest
from django.core.management import call_command
from wagtail.users.models import UserProfile

from accounts.models import Passkey
from audit.models import AuditAction, AuditEntry
from tests.factories import confirmed_totp_device

pytestmark = pytest.mark.django_db

DEVICES = "/admin/two-factor/"
PASSKEYS = "/admin/two-factor/passkeys/"
VERIFY = "/admin/two-factor/verify/"


def passkey_for(user):
    credential_id = f"credential-of-{user.username}".encode()
    return Passkey.objects.create(
        user=user,
        name="laptop",
        confirmed=True,
        credential_id=credential_id,
        credential_id_sha256=hashlib.sha256(credential_id).hexdigest(),
        public_key=b"not a real key",
        aaguid="00000000-0000-0000-0000-000000000000",
    )


def signed_in_not_verified(client, user):
    confirmed_totp_device(user)
    client.force_login(user)
    return client


def test_a_session_not_yet_verified_cannot_add_a_passkey(client, cw_listening):
    signed_in_not_verified(client, cw_listening)
    response = client.post(f"{PASSKEYS}registration/begin/")
    assert response.status_code == 302 and response["Location"].startswith(VERIFY)
    assert client.get(DEVICES)["Location"].startswith(VERIFY)


def test_a_session_not_yet_verified_may_start_a_passkey_check(client, cw_listening):
    passkey_for(cw_listening)
    signed_in_not_verified(client, cw_listening)
    response = client.post(f"{PASSKEYS}authentication/begin/")
    assert response.status_code == 200
    assert response.json()["allowCredentials"]  # only her own passkeys are offered


def test_a_failed_passkey_check_is_refused_in_her_language_and_audited(client, cw_listening):
    profile = UserProfile.get_for_user(cw_listening)
    profile.preferred_language = "fr"
    profile.save()
    passkey_for(cw_listening)
    signed_in_not_verified(client, cw_listening)
    client.post(f"{PASSKEYS}authentication/begin/")
    response = client.post(
        f"{PASSKEYS}authentication/complete/",
        data=json.dumps({"id": "forged", "rawId": "forged", "type": "public-key"}),
        content_type="application/json",
    )
    assert response.status_code >= 400
    assert "code de votre application" in response.json()["detail"]
    assert AuditEntry.objects.filter(
        action=AuditAction.LOGIN_FAILED, actor=cw_listening, details__step="passkey"
    ).exists()
    assert client.get("/admin/")["Location"].startswith(VERIFY)  # still not verified


def test_staff_who_need_no_second_step_have_no_passkey_page(verified_client, editor):
    client = verified_client(editor)
    assert client.get(DEVICES).status_code == 404
    response = client.post(f"{PASSKEYS}registration/begin/")
    assert response.status_code == 403 and response.json()["code"] == "not_verified"


def test_a_verified_caseworker_may_start_adding_a_passkey(verified_client, cw_listening):
    client = verified_client(cw_listening)
    response = client.post(f"{PASSKEYS}registration/begin/")
    assert response.status_code == 200
    assert response.json()["rp"]["name"] == "Tiwizi"


def test_at_an_address_the_page_says_where_passkeys_work(verified_client, cw_listening, settings):
    settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, "127.0.0.1"]  # as `make run` serves it
    html = verified_client(cw_listening).get(DEVICES, HTTP_HOST="127.0.0.1").content.decode()
    assert "Passkeys are made for the address localhost." in html
    assert "passkey-register-button" not in html


def test_she_removes_her_own_passkey_never_someone_elses(
    verified_client, cw_listening, cw_migrants
):
    own = passkey_for(cw_listening)
    other = passkey_for(cw_migrants)
    client = verified_client(cw_listening)
    assert "laptop" in client.get(DEVICES).content.decode()
    assert client.post(DEVICES, {"remove_passkey": other.pk}).status_code == 404
    assert Passkey.objects.filter(pk=other.pk).exists()
    response = client.post(DEVICES, {"remove_passkey": own.pk})
    assert response.status_code == 302
    assert not Passkey.objects.filter(pk=own.pk).exists()
    entry = AuditEntry.objects.filter(action=AuditAction.REVOKE).latest("pk")
    assert (entry.actor, entry.details) == (cw_listening, {"what": "passkey", "device": own.pk})


def test_the_verify_page_offers_a_passkey_only_where_it_can_work(client, cw_listening, settings):
    signed_in_not_verified(client, cw_listening)
    settings.OTP_WEBAUTHN_RP_ID = "testserver"
    assert "passkey-verification-button" not in client.get(VERIFY).content.decode()  # none yet
    passkey_for(cw_listening)
    assert "passkey-verification-button" in client.get(VERIFY).content.decode()
    settings.OTP_WEBAUTHN_RP_ID = "tiwizi.example.org"  # the admin reached at another address
    assert "passkey-verification-button" not in client.get(VERIFY).content.decode()


def test_resetting_the_second_step_removes_her_passkeys_too(cw_listening, tech_admin):
    confirmed_totp_device(cw_listening)
    passkey_for(cw_listening)
    call_command(
        "reset_two_factor",
        "cw-listening",
        "--reason",
        "Laptop and phone stolen",
        "--by",
        "admin",
        stdout=io.StringIO(),
    )
    assert not Passkey.objects.filter(user=cw_listening).exists()
    assert AuditEntry.objects.latest("pk").details["devices"] == 2


@pytest.mark.parametrize(
    ("language", "expected"),
    [("fr", "Clé d'accès ajoutée."), ("ar", "تمت إضافة مفتاح المرور."), ("zgh", "ⵉⵜⵜⵓⵔⵏⴰ")],
)
def test_the_passkey_script_speaks_her_admin_language(client, cw_listening, language, expected):
    profile = UserProfile.get_for_user(cw_listening)
    profile.preferred_language = language
    profile.save()
    signed_in_not_verified(client, cw_listening)
    response = client.get(f"{PASSKEYS}jsi18n/")
    assert response.status_code == 200
    assert json.dumps(expected)[1:-1] in response.content.decode()  # the catalogue is JSON
